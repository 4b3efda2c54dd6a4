package pdf

import (
	"slices"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

// TestMergeBroken: the first row under a new page's header is the rest of
// the row the page break split, unless it reads as a sub-row of its own;
// text that goes on in a cell merged down from a row above goes to that row.
func TestMergeBroken(t *testing.T) {
	rec := func(page int, cells ...string) layout.Line {
		l := layout.Row(page, cells...)
		l.Record, l.Table = true, 1
		return l
	}
	spanned := func(l layout.Line, cols ...int) layout.Line {
		for _, c := range cols {
			l.Cells[c] = layout.Cell{Spanned: true}
		}
		return l
	}
	header := rec(2, "No", "Action", "Owner", "Comments", "Status")
	tests := []struct {
		name string
		prev []layout.Line // the table's rows so far; the last is the row the break split
		next layout.Line   // the first row under the new page's header
		want [][]string    // the prev rows' cells afterwards
		sub  bool          // next stays a row of its own, its number cell Spanned
	}{
		{
			name: "row goes on",
			prev: []layout.Line{rec(1, "3", "Explore the possibility of improved", "Cllr Boulter", "In discussion with", "")},
			next: rec(2, "", "transport links.", "", "the bus company.", "Ongoing"),
			want: [][]string{{"3", "Explore the possibility of improved transport links.", "Cllr Boulter", "In discussion with the bus company.", "Ongoing"}},
		},
		{
			name: "sub-row with a status of its own",
			prev: []layout.Line{rec(1, "3", "Explore the possibility of improved", "Cllr Boulter", "Details circulated.", "Ongoing")},
			next: rec(2, "", "transport links.", "Cllr Kaufman", "Bus map circulated.", "Complete"),
			want: [][]string{{"3", "Explore the possibility of improved", "Cllr Boulter", "Details circulated.", "Ongoing"}},
			sub:  true,
		},
		{
			name: "sub-row starting afresh in every column",
			prev: []layout.Line{rec(1, "3", "Explore transport.", "Cllr Boulter", "Details circulated.", "")},
			next: rec(2, "", "", "Cllr Kaufman", "Bus map circulated.", ""),
			want: [][]string{{"3", "Explore transport.", "Cllr Boulter", "Details circulated.", ""}},
			sub:  true,
		},
		{
			name: "merged cell goes on beside a sub-row",
			prev: []layout.Line{
				rec(2, "5", "Raise awareness in local schools", "Hussein Khan", "Sub-group set up.", "Complete"),
				spanned(rec(2, "", "", "", "Work plan and meetings", "Ongoing"), 0, 1, 2),
			},
			next: rec(3, "", "across the district.", "", "ongoing.", ""),
			want: [][]string{
				{"5", "Raise awareness in local schools across the district.", "Hussein Khan", "Sub-group set up.", "Complete"},
				{"", "", "", "Work plan and meetings ongoing.", "Ongoing"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := slices.Clone(tt.prev)
			rows := mergeBroken(lines, len(lines)-1, []layout.Line{header, tt.next})
			for i, want := range tt.want {
				if got := lines[i].CellTexts(); !slices.Equal(got, want) {
					t.Errorf("row %d = %q, want %q", i, got, want)
				}
				if got := lines[i].Text; got != layout.Row(0, want...).Text {
					t.Errorf("row %d Text = %q, not its cells", i, got)
				}
			}
			if got := len(rows) == 2; got != tt.sub {
				t.Fatalf("next kept as a row: %v, want %v", got, tt.sub)
			}
			if tt.sub && !rows[1].Cells[0].Spanned {
				t.Errorf("sub-row's number cell not Spanned: %q", rows[1].Text)
			}
		})
	}
}

// TestRepeatedCaption: a table whose caption row is printed again above the
// header on the next page; the caption there is furniture, and the row the
// page break split goes on under the header as it does without a caption.
func TestRepeatedCaption(t *testing.T) {
	rec := func(page int, cells ...string) layout.Line {
		l := layout.Row(page, cells...)
		l.Record, l.Table = true, 1
		return l
	}
	first := []layout.Line{
		rec(1, "Table 1: Health & Wellbeing", "", "", ""),
		rec(1, "No.", "Objective", "Responsible", "Milestones"),
		rec(1, "1.d", "Provide energy advice", "Regulatory Services", "Support delivery of"),
	}
	next := []layout.Line{
		rec(2, "Table 1:", "Health & Wellbeing", "", ""), // cut at other columns: the text decides
		rec(2, "No.", "Objective", "Responsible", "Milestones"),
		rec(2, "", "", "", "housing retrofit."),
		rec(2, "Table 1: Health & Wellbeing", "", "", ""), // not at the top: a row
	}
	markRepeated(next, topRows(first))
	for i, want := range []bool{true, false, false, false} {
		if next[i].Furniture != want {
			t.Errorf("row %d %q: furniture %v, want %v", i, next[i].Text, next[i].Furniture, want)
		}
	}
	lines := slices.Clone(first)
	rows := mergeBroken(lines, len(lines)-1, next)
	if got, want := lines[2].Cells[3].Text, "Support delivery of housing retrofit."; got != want {
		t.Errorf("broken row's last cell %q, want %q", got, want)
	}
	if len(rows) != 3 {
		t.Errorf("rows after the merge: %d, want caption, header and the last row", len(rows))
	}
}

// TestCarrySpans: an objective cell merged down over rows goes on across
// the page break: the first new row under the repeated header, empty
// there, is marked as covered by it; a cell the row above had of its own
// is not carried, nor are the cells of a row that may be a broken row's rest.
func TestCarrySpans(t *testing.T) {
	rec := func(cells ...string) layout.Line {
		l := layout.Row(2, cells...)
		l.Record, l.Table = true, 1
		return l
	}
	prev := rec("2.b", "", "Support the preparation", "")
	prev.Cells[1] = layout.Cell{Spanned: true} // under 2.a's objective
	header := rec("No.", "Objective", "What we will do", "Status")
	tests := []struct {
		name string
		row  layout.Line
		want []bool // Spanned, each cell
	}{
		{"new row", rec("2.c", "", "Establish links", ""), []bool{false, true, false, false}},
		{"own objective", rec("2.c", "Improve access", "Establish links", ""), []bool{false, false, false, false}},
		{"rest of a broken row", rec("", "", "of Neighbourhood Plans", ""), []bool{false, false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := []layout.Line{header, tt.row}
			carrySpans(prev, rows)
			for c, want := range tt.want {
				if got := rows[1].Cells[c].Spanned; got != want {
					t.Errorf("cell %d Spanned %v, want %v", c, got, want)
				}
			}
			if rows[0].Cells[1].Spanned {
				t.Error("header cell marked")
			}
		})
	}
}

// TestTableCells: the cells listed for the tables command carry the spans
// of the rows: a Span widens a cell, a Spanned cell below lengthens the one
// above, empty cells are left out and a furniture row gives none.
func TestTableCells(t *testing.T) {
	caption := layout.Row(1, "Table 1", "", "")
	caption.Furniture = true
	head := layout.Row(1, "Year", "", "Area")
	head.Cells[0].Span = 2
	sub := layout.Row(1, "n", "%", "")
	sub.Cells[2] = layout.Cell{Spanned: true}
	body := layout.Row(1, "1", "", "x")
	got := tableCells([]layout.Line{caption, head, sub, body})
	want := []TableCell{
		{Row: 1, Col: 0, RowSpan: 1, ColSpan: 2, Text: "Year"},
		{Row: 1, Col: 2, RowSpan: 2, ColSpan: 1, Text: "Area"},
		{Row: 2, Col: 0, RowSpan: 1, ColSpan: 1, Text: "n"},
		{Row: 2, Col: 1, RowSpan: 1, ColSpan: 1, Text: "%"},
		{Row: 3, Col: 0, RowSpan: 1, ColSpan: 1, Text: "1"},
		{Row: 3, Col: 2, RowSpan: 1, ColSpan: 1, Text: "x"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("cells:\n got %+v\nwant %+v", got, want)
	}
}
