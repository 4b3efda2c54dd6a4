package pdf

import (
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

// printed sets each text line from x = 40 as a printer does, wrapped
// within width and 12 points a line, its leading spaces six points each;
// an empty one leaves a line's space.
func printed(width float64, texts ...string) []*textLine {
	var out []*textLine
	base := 760.0
	x := 40.0
	put := func(s string) {
		out = append(out, setLine(base, 10, x, s))
		base -= 12
		x = 40
	}
	for _, t := range texts {
		x = 40 + 6*float64(len(t)-len(strings.TrimLeft(t, " ")))
		var cur []string
		for _, w := range strings.Fields(t) {
			if l := setLine(0, 10, 40, strings.Join(append(cur, w), " ")); len(cur) > 0 && l.x1() > 40+width {
				put(strings.Join(cur, " "))
				cur = nil
			}
			cur = append(cur, w)
		}
		if len(cur) == 0 {
			base -= 12
			continue
		}
		put(strings.Join(cur, " "))
	}
	return out
}

// rowsOf returns the cells of the Doc's table rows, and its other lines'
// texts, in order.
func rowsOf(doc layout.Doc) (rows [][]string, prose []string) {
	for _, l := range doc.Lines {
		if l.IsTable() {
			rows = append(rows, l.CellTexts())
		} else if l.Text != "" {
			prose = append(prose, l.Text)
		}
	}
	return rows, prose
}

// TestFlattenedTables: a table a copy flattened into text before it was
// printed (its cells set apart by slashes or pipes, or set a cell a line)
// comes out as rows, its wrapped rows whole, though each row that stops
// short of the margin is a paragraph on the page; a line the printer
// broke is joined, but a list's point, a framed row under a closed one,
// the line under a lone cell closed by a pipe, a row numbered "1.2"
// under slashed cells, a header of pipes under prose and the rule under a
// header start lines of their own though the line above ran to the
// margin; cells set one or a few a line under a header and its rule are
// joined into the rule's number of cells a row; prose with no such table
// is left as the page's lines.
func TestFlattenedTables(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		rows  [][]string
		prose []string
	}{
		{
			name: "slashes, rows wrapped",
			texts: []string{
				"Plan for the village hall",
				"",
				"Task / Lead / Deadline",
				"Repaint the doors and window frames of the main hall before the summer fete begins / Hall Committee / June 2025",
				"Mend the bench / Clerk / May 2025",
				"Replace the kitchen boiler with a heat pump once the grant has been confirmed by the county / Chair / March 2026",
			},
			rows: [][]string{
				{"Task", "Lead", "Deadline"},
				{"Repaint the doors and window frames of the main hall before the summer fete begins", "Hall Committee", "June 2025"},
				{"Mend the bench", "Clerk", "May 2025"},
				{"Replace the kitchen boiler with a heat pump once the grant has been confirmed by the county", "Chair", "March 2026"},
			},
			prose: []string{"Plan for the village hall"},
		},
		{
			name: "pipes, rows wrapped",
			texts: []string{
				"Action | Owner | When |",
				"Survey the footpaths across the parish and report any that are blocked or unsafe | Footpaths Officer | Spring |",
				"Order new litter bins | Clerk | April |",
				"Write to the highway authority about the speed of traffic along the main road through the village | Chair | May |",
			},
			rows: [][]string{
				{"Action", "Owner", "When"},
				{"Survey the footpaths across the parish and report any that are blocked or unsafe", "Footpaths Officer", "Spring"},
				{"Order new litter bins", "Clerk", "April"},
				{"Write to the highway authority about the speed of traffic along the main road through the village", "Chair", "May"},
			},
		},
		{
			// The header's own first cell wraps: its tail ("… in March |
			// Owner | When |") names no column, so it is no table opened
			// under prose but the rest of the header.
			name: "pipes, header's first cell wrapped",
			texts: []string{
				"Action to be taken by the parish council over the coming year, as agreed by members in March | Owner | When |",
				"Order new litter bins | Clerk | April |",
				"Mend the bench | Chair | May |",
			},
			rows: [][]string{
				{"Action to be taken by the parish council over the coming year, as agreed by members in March", "Owner", "When"},
				{"Order new litter bins", "Clerk", "April"},
				{"Mend the bench", "Chair", "May"},
			},
		},
		{
			name: "cells a line closed by pipes",
			texts: []string{
				"Action |",
				"Lead |",
				"When |",
				"---|---|---|",
				"Order new litter bins |",
				"Clerk |",
				"April |",
				"Mend the bench |",
				"Chair |",
				"As soon as the carpenter can come, and before the summer fete at the latest |",
				"Cut back the hedge |",
				"Footpaths Officer |",
				"Autumn |",
			},
			rows: [][]string{
				{"Action", "Lead", "When"},
				{"Order new litter bins", "Clerk", "April"},
				{"Mend the bench", "Chair", "As soon as the carpenter can come, and before the summer fete at the latest"},
				{"Cut back the hedge", "Footpaths Officer", "Autumn"},
			},
		},
		{
			name: "a framed header over cells a line",
			texts: []string{
				"| Task | Lead | When |",
				"|---|---|---|",
				"Repaint the doors and window frames of the main hall before the summer fete begins |",
				"Hall Committee |",
				"June 2025 |",
				"Mend the bench |",
				"Clerk |",
				"May 2025",
			},
			rows: [][]string{
				{"Task", "Lead", "When"},
				{"Repaint the doors and window frames of the main hall before the summer fete begins", "Hall Committee", "June 2025"},
				{"Mend the bench", "Clerk", "May 2025"},
			},
		},
		{
			name: "a rule too long to fit beside the header's last line, cells a few a line",
			texts: []string{
				"Reference | Outcome wanted | Action to be taken | Date to start | Date to finish | Lead officer | Review |",
				"--------------|--------------|--------------|--------------|--------------|--------------|--------------|",
				"R1 |",
				"Every family can find the help it needs. |",
				"Write a guide to the services on offer and post it to every home in the district. |",
				"March | June | Family Services Manager |",
				"Quarterly |",
				"R2 |",
				"Schools hear of changes in good time. |",
				"Send a termly letter to each head teacher. |",
				"April | July | Schools Officer |",
				"Each term |",
			},
			rows: [][]string{
				{"Reference", "Outcome wanted", "Action to be taken", "Date to start", "Date to finish", "Lead officer", "Review"},
				{"R1", "Every family can find the help it needs.", "Write a guide to the services on offer and post it to every home in the district.", "March", "June", "Family Services Manager", "Quarterly"},
				{"R2", "Schools hear of changes in good time.", "Send a termly letter to each head teacher.", "April", "July", "Schools Officer", "Each term"},
			},
		},
		{
			name: "a framed row under one that ran to the margin",
			texts: []string{
				"| Ref | Action | Lead |",
				"|---|---|---|",
				"| 1 | Write to the highway authority about the speed of traffic in the lane | Clerk |",
				"| 2 | Order bins | Chair |",
				"| 3 | Cut the hedge | Clerk |",
			},
			rows: [][]string{
				{"Ref", "Action", "Lead"},
				{"1", "Write to the highway authority about the speed of traffic in the lane", "Clerk"},
				{"2", "Order bins", "Chair"},
				{"3", "Cut the hedge", "Clerk"},
			},
		},
		{
			name: "a point under a row that ran to the margin",
			texts: []string{
				"| Ref | Action | Lead |",
				"|---|---|---|",
				"| 1 | Order bins | Chair |",
				"| 2 | Write to the highway authority about the speed of traffic in the lane | Clerk |",
				"- Members noted the survey.",
			},
			rows: [][]string{
				{"Ref", "Action", "Lead"},
				{"1", "Order bins", "Chair"},
				{"2", "Write to the highway authority about the speed of traffic in the lane", "Clerk"},
			},
			prose: []string{"- Members noted the survey."},
		},
		{
			name: "points set in inside a cell",
			texts: []string{
				"The board backs a shift of money from crisis work towards prevention, and asks for reports.",
				"",
				"No. / Recommendation / Actions / Lead",
				"1. / The board backs a shift of money from crisis work towards prevention. /",
				"  1. Receive the early help plan",
				"  2. Receive an update in the autumn",
				"/ Jo Bloggs",
				"2. / A guide to local support is written for staff. /",
				"  1. Write the guide",
				"  2. Share it with schools",
				"/ Sam Green",
			},
			rows: [][]string{
				{"No.", "Recommendation", "Actions", "Lead"},
				{"1", "The board backs a shift of money from crisis work towards prevention.", "1. Receive the early help plan 2. Receive an update in the autumn", "Jo Bloggs"},
				{"2", "A guide to local support is written for staff.", "1. Write the guide 2. Share it with schools", "Sam Green"},
			},
			prose: []string{"The board backs a shift of money from crisis work towards prevention, and asks for", "reports."},
		},
		{
			name: "a numbered row under one that ran to the margin",
			texts: []string{
				"Ref / Task / Lead / When",
				"1.1 Repaint the doors and the window frames of the hall / Hall Committee / June",
				"1.2 Mend the bench / Clerk / May",
				"1.3 Replace the old kitchen boiler with a heat pump / Chair / March 2026 or later",
				"2.1 Cut the hedge / Clerk / Autumn",
			},
			rows: [][]string{
				{"Ref", "Task", "Lead", "When"},
				{"1.1 Repaint the doors and the window frames of the hall", "Hall Committee", "June"},
				{"1.2 Mend the bench", "Clerk", "May"},
				{"1.3 Replace the old kitchen boiler with a heat pump", "Chair", "March 2026 or later"},
				{"2.1 Cut the hedge", "Clerk", "Autumn"},
			},
		},
		{
			name: "a header of pipes under prose that ran to the margin",
			texts: []string{
				"The parish council agreed the following actions for the coming year at its meeting in",
				"Action | Owner | When |",
				"Survey the footpaths across the parish and report any that are blocked or unsafe | Footpaths Officer | Spring |",
				"Order new litter bins | Clerk | April |",
			},
			rows: [][]string{
				{"Action", "Owner", "When"},
				{"Survey the footpaths across the parish and report any that are blocked or unsafe", "Footpaths Officer", "Spring"},
				{"Order new litter bins", "Clerk", "April"},
			},
			prose: []string{"The parish council agreed the following actions for the coming year at its meeting in"},
		},
		{
			name: "prose with slashes",
			texts: []string{
				"The hall / pavilion was let on three evenings and the income / expenditure account was balanced at the end of the year.",
				"Members thanked the volunteers.",
			},
			prose: []string{
				"The hall / pavilion was let on three evenings and the income / expenditure account was",
				"balanced at the end of the year.",
				"Members thanked the volunteers.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := analyse([]*page{{num: 1, w: 595, h: 842, lines: printed(400, tt.texts...)}})
			rows, prose := rowsOf(doc)
			if !slices.EqualFunc(rows, tt.rows, slices.Equal) {
				t.Errorf("rows %q\nwant %q", rows, tt.rows)
			}
			if !slices.Equal(prose, tt.prose) {
				t.Errorf("prose %q\nwant %q", prose, tt.prose)
			}
		})
	}
}

// TestFlattenedTablePageBreak: a paragraph that ends short at the foot of
// a page is taken to end with the blank line the page break may have
// hidden: in a table set a cell a line, a blank line between each, the
// next page's first cell (a row's number) is a cell of its own, not the
// rest of the one above it.
func TestFlattenedTablePageBreak(t *testing.T) {
	first := printed(400,
		"The council agreed this plan of work at its meeting in March, and asked the clerk to report on it to every meeting of the year.",
		"", "Goal", "", "Progress Report", "", "Date Complete", "",
		"1", "", "Open the new play area.", "", "The fitters finished in March.", "", "April 2025")
	next := printed(400, "2", "", "Plan the second phase of the play area.", "", "A survey went to every home.", "", "June 2025",
		"", "3", "", "Mend the fence.", "", "Quotes are in.", "", "July 2025", "",
		"The clerk will report on the plan to every meeting of the year, and the council will review it next March.")
	doc, _ := analyse([]*page{{num: 1, w: 595, h: 842, lines: first}, {num: 2, w: 595, h: 842, lines: next}})
	rows, _ := rowsOf(doc)
	want := [][]string{{"", "Goal", "Progress Report", "Date Complete"},
		{"1", "Open the new play area.", "The fitters finished in March.", "April 2025"},
		{"2", "Plan the second phase of the play area.", "A survey went to every home.", "June 2025"},
		{"3", "Mend the fence.", "Quotes are in.", "July 2025"}}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("rows %q\nwant %q", rows, want)
	}
}

// TestPipeCellOverLines: a meeting page copied as a pipe table, a row a
// line, where one row's cell was set over two lines of the copy ("Notes:
// AGREED:" over the decision, its pipe after the second), printed by
// headless Chromium a line a paragraph (testdata/pipe_cells.txt, made
// into pipe_cells_chromium.pdf as a browser prints a text page). The two
// lines are one cell, and the rows under it are still the table's; read a
// line a row, the cell ended the table and the rows after it were prose.
func TestPipeCellOverLines(t *testing.T) {
	rows, _ := rowsOf(readTestdata(t, "pipe_cells_chromium.pdf"))
	var got []string
	for _, r := range rows {
		got = append(got, strings.TrimSpace(strings.Join(r, " | ")))
	}
	want := []string{
		"No. | Item",
		"Welcome and apologies Notes: The chair welcomed the trustees. Two sent apologies. |",
		"Notes of the last meeting Notes: AGREED: That the notes of the meeting held on 12 March be signed as a true record. |",
		"Roof repairs Decision: The quote from the roofer be accepted for the north side. |",
		"Bookings policy Decision: The draft policy be sent to all hirers for comment. |",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
