package plaintext

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

func read(t *testing.T, s string) ([]string, []int, int) {
	t.Helper()
	d, err := Reader{}.Read(context.Background(), []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	var pages []int
	for _, l := range d.Lines {
		texts = append(texts, l.Text)
		pages = append(pages, l.Page)
	}
	return texts, pages, d.Pages
}

func TestCellsAndCleaning(t *testing.T) {
	d, err := Reader{}.Read(context.Background(), []byte("<b>Priority 1 &amp; 2</b>\t\t\nNo\tAction  <i>now</i>\r\nplain   line\u00a0here"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Lines) != 3 {
		t.Fatalf("%d lines", len(d.Lines))
	}
	if l := d.Lines[0]; !l.Bold || l.Cells[0].Text != "Priority 1 & 2" || len(l.Cells) != 3 {
		t.Errorf("theme line = %+v", l)
	}
	if l := d.Lines[1]; l.Cells[1].Text != "Action now" || l.Bold {
		t.Errorf("row = %+v", l)
	}
	if l := d.Lines[2]; l.IsTable() || l.Text != "plain line here" {
		t.Errorf("text line = %+v", l)
	}
}

func TestPages(t *testing.T) {
	texts, pages, n := read(t, "one\n\ftwo\nthree\f\nfour")
	if n != 3 || pages[0] != 1 || pages[1] != 2 || pages[2] != 2 || pages[3] != 3 || texts[1] != "two" {
		t.Errorf("pages %v of %d, texts %q", pages, n, texts)
	}
	_, pages, n = read(t, "a\nb")
	if n != 0 || pages[0] != 0 {
		t.Errorf("unpaged text got pages %v / %d", pages, n)
	}
}

func TestEncodings(t *testing.T) {
	// windows-1252: £ is 0xA3, – is 0x96, ’ is 0x92.
	texts, _, _ := read(t, "Cost \xa3100 \x96 council\x92s plan")
	if texts[0] != "Cost £100 – council’s plan" {
		t.Errorf("cp1252 decoded as %q", texts[0])
	}
	texts, _, _ = read(t, "\xef\xbb\xbfCost £100 – council’s plan")
	if texts[0] != "Cost £100 – council’s plan" {
		t.Errorf("utf-8 decoded as %q", texts[0])
	}
}

func TestBinaryRejected(t *testing.T) {
	for _, data := range [][]byte{{0x89, 'P', 'N', 'G', 0, 0, 1}, []byte("\x01\x02\x03\x04\x05\x06\x07\x08abc")} {
		if _, err := (Reader{}).Read(context.Background(), data); !errors.Is(err, ErrBinary) {
			t.Errorf("Read(%q) err = %v, want ErrBinary", data, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob("../../fixtures/seeds/*.txt")
	spaced, _ := filepath.Glob("../../fixtures/variants/*.txt") // tables set with spaces
	for _, s := range append(seeds, spaced...) {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("a\tb\f\tc\n\x96"))
	f.Add([]byte("|\nRef |\nAction |\nR1 |\nDo it\nnow |\nR2 |\nAgain |\nR3 |\nOnce more |"))
	f.Add([]byte("Action / When / Lead\nA / May / B\nC / June\nD / July / E"))
	f.Add([]byte("ActionLeadDue\nMend gatesClerkMay 2024\nmore\nCut hedgesCllr Ames2025\nX"))
	// Ragged " / " rows under a wrapped header, and a flat table whose
	// header names the rows' numbers first.
	f.Add([]byte("Outcome / Ref / Action / When / Lead\n(extra) /\nSafe parks / 1.1 Mend the gates / May\n2025 / Parks\n1.2 Cut the hedges / June / July 2025 / Parks\n1.3 Paint / Ongoing / Clerk"))
	f.Add([]byte("Ref Action Lead Timescale\n1 Repair the benches Parks Team June 2025\n2 Plant trees on the green Parks Team 2026\n3 Clear the pond Volunteers"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Reader{}.Read(context.Background(), data)
		if err != nil {
			return
		}
		for _, l := range d.Lines {
			if l.Page < 0 || (d.Pages > 0 && l.Page > d.Pages) {
				t.Fatalf("line on page %d of %d", l.Page, d.Pages)
			}
			if len(l.Cells) > 0 && strings.Count(l.Text, "\t") != len(l.Cells)-1 {
				t.Fatalf("line %q has %d cells", l.Text, len(l.Cells))
			}
		}
	})
}

func TestPageNumbersAreFurniture(t *testing.T) {
	d, err := Reader{}.Read(context.Background(), []byte("Page 2 of 4\n- 3 -\n12\nPage two is prose\n2024 plan"))
	if err != nil {
		t.Fatal(err)
	}
	want := []bool{true, true, true, false, false}
	for i, l := range d.Lines {
		if l.Furniture != want[i] {
			t.Errorf("line %q furniture = %v", l.Text, l.Furniture)
		}
	}
}

// A text rendering of a web page writes tables with pipes, each row a line.
func TestPipeTables(t *testing.T) {
	text := "Agenda, decisions and minutes\nNo. | Item |\n---|---|\n1 | APOLOGIES Decision: None received. |\n|\n2 | MINUTES RESOLVED: That the minutes be approved. |\n\nA closing line | with a pipe"
	expectLines(t, text, func(l layout.Line) string {
		if l.IsTable() {
			return fmt.Sprintf("T%d %q", l.Table, l.CellTexts())
		}
		return "P " + l.Text
	}, []string{"P Agenda, decisions and minutes", `T1 ["No." "Item"]`, "P ", `T1 ["1" "APOLOGIES Decision: None received."]`, "P ",
		`T1 ["2" "MINUTES RESOLVED: That the minutes be approved."]`, "P ", "P A closing line | with a pipe"})
}

// TestSplitPipeRows: a pipe table whose rows a copy broke over lines, each
// line ending a cell or more with a pipe, is read row by row as the rule
// under the header counts its columns; a line without a pipe wraps the
// next cell.
func TestSplitPipeRows(t *testing.T) {
	text := "Our plan\n| Ref | Action | Lead | When |\n|---|---|---|---|\n" +
		"P1 | Open the new depot |\nDepot Manager |\nJune 2026 |\n" +
		"P2 | Replace the\nstreet lights |\nHighways Lead | March 2027 |\n" +
		"P3 | Plant trees |\nParks Lead | Autumn\n\nAfter the table."
	expectLines(t, text, rowOrText, []string{"P Our plan", `true ["Ref" "Action" "Lead" "When"]`,
		`true ["P1" "Open the new depot" "Depot Manager" "June 2026"]`,
		`true ["P2" "Replace the street lights" "Highways Lead" "March 2027"]`,
		`true ["P3" "Plant trees" "Parks Lead" "Autumn"]`, "P After the table."})
	// A cell's line break kept, its pipe opening the next line: the
	// lines before the pipe are the cell.
	text = "Task | Lead | Due |\n---|---|---|\nMend the gate | Site Team | May 2026 |\nPaint the hall\n| Works Team | June 2026 |\n" +
		"Sweep the yard\n| Site Team | July 2026 |\nClear the drains | Works Team | August 2026 |\n"
	expectLines(t, text, rowOrText, []string{`true ["Task" "Lead" "Due"]`, `true ["Mend the gate" "Site Team" "May 2026"]`,
		`true ["Paint the hall" "Works Team" "June 2026"]`, `true ["Sweep the yard" "Site Team" "July 2026"]`,
		`true ["Clear the drains" "Works Team" "August 2026"]`})
	// Where the header is not framed, a line opening with a pipe starts a
	// cell: the line before it, with no pipe, was the whole first cell.
	text = "Action | Lead | When |\n---|---|---|\nMend the gate | The Clerk | May |\n" +
		"Paint the benches by the pond:\n| Cllr Reed | June |\nSweep the path\n| Parks Lead | July |\n"
	expectLines(t, text, rowOrText, []string{`true ["Action" "Lead" "When"]`, `true ["Mend the gate" "The Clerk" "May"]`,
		`true ["Paint the benches by the pond:" "Cllr Reed" "June"]`, `true ["Sweep the path" "Parks Lead" "July"]`})
	// A page cut off inside the table's only row, run over lines: the row's
	// cells from the left, the one it ends in too. Cut off inside a later
	// row, that row too, when two of its cells were ended (TestCellTables
	// keeps a row with one as lines).
	text = "Plan\nNo. | Action | Start | End | Lead | Measure |\n---|---|---|---|---|---|\n" +
		"2.1 |\nOpen a second library. |\nMay 2026 | May 2027 | Head of Libraries |\nVisits rise by a"
	expectLines(t, text, rowOrText, []string{"P Plan", `true ["No." "Action" "Start" "End" "Lead" "Measure"]`,
		`true ["2.1" "Open a second library." "May 2026" "May 2027" "Head of Libraries" "Visits rise by a"]`})
	text = "Ref | Action | Lead | When |\n---|---|---|---|\nA1 | Open the depot |\nDepot Manager | May |\nA2 | Plant trees |\nParks Le"
	expectLines(t, text, rowOrText, []string{`true ["Ref" "Action" "Lead" "When"]`, `true ["A1" "Open the depot" "Depot Manager" "May"]`,
		`true ["A2" "Plant trees" "Parks Le"]`})
	// Every row opens with its number where the header names no column of
	// numbers and ends in an empty cell: the copy left out the name over
	// the numbers, and the names stand one cell to the right.
	text = "Action | Targets | Partners | |\n---|---|---|---|\nB2 | Survey the old walls |\nA report 2026 |\nSee list |\n" +
		"B3 | Repair the lych gate |\nGate mended 2027 |\nSee list |\n"
	expectLines(t, text, rowOrText, []string{`true ["" "Action" "Targets" "Partners"]`, `true ["B2" "Survey the old walls" "A report 2026" "See list"]`,
		`true ["B3" "Repair the lych gate" "Gate mended 2027" "See list"]`})
	// The header again over its rule (a new page) ends the row before it
	// where that row is short of cells, two or more of them ended: the
	// copy left out its empty last cells. The rows after the header are
	// the next table's.
	text = "Ref | Action | Lead | Status | |\n---|---|---|---|---|\nC1 | Mend the stile |\nWardens |\nDone ||\n" +
		"C2 | Clear the ditch |\nWardens |\nStarted |\nRef | Action | Lead | Status | |\n---|---|---|---|---|\n" +
		"C3 | Cut the verge |\nFarmer |\nDone ||\nC4 | Fix the gate |\nWardens |\nStarted ||\n"
	expectLines(t, text, rowOrText, []string{`true ["Ref" "Action" "Lead" "Status" ""]`, `true ["C1" "Mend the stile" "Wardens" "Done" ""]`,
		`true ["C2" "Clear the ditch" "Wardens" "Started" ""]`, `true ["Ref" "Action" "Lead" "Status" ""]`,
		`true ["C3" "Cut the verge" "Farmer" "Done" ""]`, `true ["C4" "Fix the gate" "Wardens" "Started" ""]`})
	// Whole rows a line are read a line a row, as before, with or
	// without pipes closing them.
	text = "No. | Item |\n---|---|\n1 | Apologies |\n2 | Minutes |\n"
	expectLines(t, text, rowOrText, []string{`true ["No." "Item"]`, `true ["1" "Apologies"]`, `true ["2" "Minutes"]`})
	text = "No. | Item\n---|---\n1 | Apologies\n2 | Minutes\n3 | Matters arising\n4 | Any other business\n"
	expectLines(t, text, rowOrText, []string{`true ["No." "Item"]`, `true ["1" "Apologies"]`, `true ["2" "Minutes"]`,
		`true ["3" "Matters arising"]`, `true ["4" "Any other business"]`})
}

// TestTablesOfPrintedLines: Tables, for a PDF's lines joined a paragraph a
// line, rebuilds the same tables as the text reader, a pipe table's rows
// read across lines as there: "P1 | Open the new depot |" and "Depot
// Manager |" are one row of three cells, as the rule under the header
// counts them.
func TestTablesOfPrintedLines(t *testing.T) {
	raws := []string{"| Ref | Action | Lead |", "|---|---|---|", "P1 | Open the new depot |", "Depot Manager |",
		"P2 | Plant trees |", "Parks Lead |", "", "Task / Lead / When", "Mend the gate / Clerk / May", "Cut the hedge / Chair / June"}
	lines := make([]layout.Line, len(raws))
	for i, r := range raws {
		lines[i] = layout.Line{Page: 1, Text: r}
	}
	n, err := Tables(lines, raws, 4)
	if err != nil || n != 6 {
		t.Fatalf("tables numbered to %d (%v), want 6", n, err)
	}
	var got []string
	for _, l := range lines {
		if s := rowOrText(l); s != "" {
			got = append(got, fmt.Sprintf("%d %s", l.Table, s))
		}
	}
	want := []string{`5 true ["Ref" "Action" "Lead"]`, `5 true ["P1" "Open the new depot" "Depot Manager"]`,
		`5 true ["P2" "Plant trees" "Parks Lead"]`,
		`6 false ["Task" "Lead" "When"]`, `6 true ["Mend the gate" "Clerk" "May"]`, `6 true ["Cut the hedge" "Chair" "June"]`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// expectLines reads text and fails t unless its lines, each shown by
// show ("" leaves a line out), are want.
func expectLines(t *testing.T, text string, show func(layout.Line) string, want []string) {
	t.Helper()
	ld, err := Reader{}.Read(context.Background(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range ld.Lines {
		if s := show(l); s != "" {
			got = append(got, s)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCellTables: a table rendered a cell a line, each cell ended by a
// pipe, is rebuilt row by row from the distance between its references;
// without references repeating at one distance it stays text.
// rowOrText shows a line as a table row, its record flag and cells, or as
// text.
func rowOrText(l layout.Line) string {
	switch {
	case l.IsTable():
		return fmt.Sprintf("%v %q", l.Record, l.CellTexts())
	case l.Text != "":
		return "P " + l.Text
	}
	return ""
}

func TestCellTables(t *testing.T) {
	text := "Tracker\n|\nCommittee |\nRecommendation |\nMade to |\nOutcome |\n" +
		"R1 |\nParks |\nThat the play areas\nbe renewed. |\nThe Portfolio Holder |\nActioned. |\n" +
		"R2 |\nHousing |\nThat rents be frozen. |\nThe Leader |\nPending |\n" +
		"R3 |\nParks |\nThat the lake be cleaned. |\nThe Portfolio Holder |\nPending |\n\nAfter the table."
	expectLines(t, text, rowOrText, []string{"P Tracker", `false ["" "Committee" "Recommendation" "Made to" "Outcome"]`,
		`true ["R1" "Parks" "That the play areas be renewed." "The Portfolio Holder" "Actioned."]`,
		`true ["R2" "Housing" "That rents be frozen." "The Leader" "Pending"]`,
		`true ["R3" "Parks" "That the lake be cleaned." "The Portfolio Holder" "Pending"]`, "P After the table."})
	// With no references, a rule under the header's cells gives the
	// row's length; a cell may end on a pipe of its own, and a row cut
	// short at the end is left as lines.
	text = "Plan\nAction |\nWho |\nWhen |\n---|---|---|\n" +
		"Mend the gate |\nThe Clerk\n|\nMay |\n" +
		"Paint the\nbenches |\nCllr Reed |\n|\n" +
		"Sweep the path |\nThe"
	expectLines(t, text, rowOrText, []string{"P Plan", `false ["Action" "Who" "When"]`,
		`true ["Mend the gate" "The Clerk" "May"]`,
		`true ["Paint the benches" "Cllr Reed" ""]`, "P Sweep the path |", "P The"})
	// Cells ended by pipes whose references do not repeat at one distance
	// are left as lines.
	ld, err := Reader{}.Read(context.Background(), []byte("Notes |\n1 |\nOne thing |\n2 |\nAnother |\nand a third |\n3 |"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ld.Lines {
		if l.IsTable() {
			t.Errorf("irregular cells made a row: %q", l.CellTexts())
		}
	}
}

// TestFramedRows: rows framed by pipes with no rule under the header are
// a table when three or more lines hold as many cells; two such lines, or
// lines of differing cells, are not.
func TestFramedRows(t *testing.T) {
	for _, c := range []struct {
		text string
		rows int
	}{
		{"Plan\n| Action | Target date |\n| Publish the plan | March |\n| Review it | Ongoing |\nAfter.", 3},
		{"| a | b |\n| c | d |", 0},
		{"| a | b |\n| c | d | e |\n| f | g |", 0},
	} {
		ld, err := Reader{}.Read(context.Background(), []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		rows := 0
		for _, l := range ld.Lines {
			if l.IsTable() {
				rows++
			}
		}
		if rows != c.rows {
			t.Errorf("%q: %d rows, want %d", c.text, rows, c.rows)
		}
	}
}

// TestSlashTables: rows whose cells a copy set apart with " / " are a
// table when three or more run together, most with the header's cells; a
// line or two of "and / or" prose is not.
func TestSlashTables(t *testing.T) {
	for _, c := range []struct {
		text string
		rows []string
	}{
		{"Plan\nAction / By when / Lead / Outcome\nReview the scheme / October 2015 / AG / Compliance\nTrain the staff / By 2018 / ZW and Directors\nPublish the pay policy / December / AG / Openness\nAfter.",
			[]string{`["Action" "By when" "Lead" "Outcome"]`, `["Review the scheme" "October 2015" "AG" "Compliance"]`, `["Train the staff" "By 2018" "ZW and Directors"]`, `["Publish the pay policy" "December" "AG" "Openness"]`}},
		{"Members and / or officers may attend / speak / vote.\nThe Chair and / or the Vice-Chair / Clerk will decide.", nil},
		// A cell holding line breaks runs its row over several lines: they
		// are joined until the row has the header's cells, the last row cut
		// short where the text ends.
		{"Project / End date / Lead / Progress / Q1 / Q2 /\nOpen the new depot / Mar 2027 / J Green / Land bought.\nDesign under way. / G / A\nRepair the pier / Jun 2026 / A Khan / Survey done.\nThe bid goes in soon.\nFunding still to find. / A / R\nReview fees / Apr 2026 / A Khan / Not started",
			[]string{`["Project" "End date" "Lead" "Progress" "Q1" "Q2"]`, `["Open the new depot" "Mar 2027" "J Green" "Land bought. Design under way." "G" "A"]`, `["Repair the pier" "Jun 2026" "A Khan" "Survey done. The bid goes in soon. Funding still to find." "A" "R"]`, `["Review fees" "Apr 2026" "A Khan" "Not started"]`}},
	} {
		ld, err := Reader{}.Read(context.Background(), []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		var rows []string
		for _, l := range ld.Lines {
			if l.IsTable() {
				rows = append(rows, fmt.Sprintf("%q", l.CellTexts()))
			}
		}
		if strings.Join(rows, "\n") != strings.Join(c.rows, "\n") {
			t.Errorf("%q: rows\n%s\nwant\n%s", c.text, strings.Join(rows, "\n"), strings.Join(c.rows, "\n"))
		}
	}
}

// A copy that keeps the line breaks inside " / " cells runs rows over
// several lines with nothing to mark where a row ends: the rows' numbers
// do. The first row shows in which cell a series of numbers stands, and a
// line opening with the next number starts a row in that column, the
// cells on its left merged down from the row above (shown "^"). Each
// number goes in a number column (blank-headed where the header had
// none).
func TestRaggedSlashTables(t *testing.T) {
	for _, c := range []struct {
		name, text string
		rows       []string
	}{
		{"numbered rows under a merged cell, a wrapped header",
			"Plan\nGoal / Objective / Key Tasks / Time scale\n(where known) / Lead / Partners\n1. Safer streets\n" +
				"Safer streets / 1.1 Light the paths / Survey the lamps\nFit new lamps / June / July 2026 / Parks Team / Police\n" +
				"1.2 Cut the hedges / Trim each spring / Ongoing / Parks Team\n" +
				"1.3 Clear the\ngullies / Book a\ncontractor / 2027 / Highways\n1.4 Paint the",
			[]string{`["" "Goal" "Objective" "Key Tasks" "Time scale (where known)" "Lead" "Partners"]`,
				`["1. Safer streets" "" "" "" "" "" ""]`,
				`["1.1" "Safer streets" "Light the paths" "Survey the lamps Fit new lamps" "June / July 2026" "Parks Team" "Police"]`,
				`["1.2" "^" "Cut the hedges" "Trim each spring" "Ongoing" "Parks Team" ""]`,
				`["1.3" "^" "Clear the gullies" "Book a contractor" "2027" "Highways" ""]`}},
		// A second series, lettered, stands in a later cell and starts
		// rows of its own there; a header naming more columns than any row
		// fills had one name cut by the separator. A list's points set in
		// inside a cell start no row; a date after cells left out goes
		// under the deadline.
		{"sub-rows, a name holding the separator, a date moved",
			"No / Finding / Action / Lead Officer / Partner / Due Date / Progress\n" +
				"1 / Reports are late / (1a) Send reminders / J Brown / May 2026 / Sent.\nFewer late now.\n" +
				"(1b) Chase the late ones\n  2. by phone\n(1c) Publish the dates / K Shah / June 2026\n" +
				"2 / Data is thin / (2a) Buy a licence\n  1. compare offers / April 2026",
			[]string{`["No" "Finding" "Action" "Lead Officer / Partner" "Due Date" "Progress"]`,
				`["1" "Reports are late" "(1a) Send reminders" "J Brown" "May 2026" "Sent. Fewer late now."]`,
				`["(1b)" "^" "Chase the late ones 2. by phone" "" "" ""]`,
				`["(1c)" "^" "Publish the dates" "K Shah" "June 2026" ""]`,
				`["2" "Data is thin" "(2a) Buy a licence 1. compare offers" "" "April 2026" ""]`}},
		// With no numbers, a cell that is a list ends its row; the rows
		// after the first left out the merged cell on their left and are
		// taken from the right, the last, cut short, where the one above
		// started. The header ran into the first row, its line break
		// lost; an update labelled inside the action's cell goes under a
		// column of its own.
		{"unnumbered rows closed by a list",
			"Plan\nAIM / ACTION / WHEN / LeadWe want cleaner parks. / We will hire two rangers.\nUpdate – one started in May. / May 2026 /\n- Parks manager\n- Friends group\n" +
				"We will add bins.\nUpdate: ordered. / June 2026 /\n- Parks manager\nWe will hold litter picks.",
			[]string{`["AIM" "ACTION" "WHEN" "Lead" "Update"]`,
				`["We want cleaner parks." "We will hire two rangers." "May 2026" "Parks manager; Friends group" "Update – one started in May."]`,
				`["^" "We will add bins." "June 2026" "Parks manager" "Update: ordered."]`,
				`["^" "We will hold litter picks." "" "" ""]`}},
		// A row that ran two cells into one (its steps and measures, one
		// list) has a cell too few: its date goes under the deadline,
		// and the names beside the date under the lead, the column
		// beside it.
		{"names beside a date moved with it",
			"Plan\nNo. / Aim / Actions / Measures / Lead / Due\n1. / Cleaner parks /\n  1. Hire two rangers\n  2. Fewer complaints\n/ Kim Lee & Sam Roe / May 2026\n" +
				"2. / Safer paths / Fit lamps / Fewer falls / Parks Team / June 2026",
			[]string{`["No." "Aim" "Actions" "Measures" "Lead" "Due"]`,
				`["1" "Cleaner parks" "1. Hire two rangers 2. Fewer complaints" "" "Kim Lee & Sam Roe" "May 2026"]`,
				`["2" "Safer paths" "Fit lamps" "Fewer falls" "Parks Team" "June 2026"]`}},
		// One run of capitals beside the date names no one for sure (a
		// measure's cell, as here): it stays in its column.
		{"a measure beside a date stays",
			"Plan\nNo. / Aim / Actions / Measures / Lead / Due\n1. / Cleaner parks /\n  1. Hire two rangers\n  2. Empty the bins daily\n/ Visitor Count Rises / May 2026\n" +
				"2. / Safer paths / Fit lamps / Fewer falls / Parks Team / June 2026",
			[]string{`["No." "Aim" "Actions" "Measures" "Lead" "Due"]`,
				`["1" "Cleaner parks" "1. Hire two rangers 2. Empty the bins daily" "Visitor Count Rises" "" "May 2026"]`,
				`["2" "Safer paths" "Fit lamps" "Fewer falls" "Parks Team" "June 2026"]`}},
	} {
		var rows []string
		for _, l := range tableLinesOf(t, c.text) {
			texts := l.CellTexts()
			for k, cell := range l.Cells {
				if cell.Spanned {
					texts[k] = "^" // merged down from the row above
				}
			}
			rows = append(rows, fmt.Sprintf("%q", texts))
		}
		if strings.Join(rows, "\n") != strings.Join(c.rows, "\n") {
			t.Errorf("%s: rows\n%s\nwant\n%s", c.name, strings.Join(rows, "\n"), strings.Join(c.rows, "\n"))
		}
	}
}

// tableLinesOf reads text and gives the lines the reader made a table's
// rows.
func tableLinesOf(t *testing.T, text string) []layout.Line {
	t.Helper()
	ld, err := Reader{}.Read(context.Background(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out []layout.Line
	for _, l := range ld.Lines {
		if l.IsTable() {
			out = append(out, l)
		}
	}
	return out
}

// Text written a paragraph a line reads as flowing; text wrapped at a
// width does not.
func TestUnwrapped(t *testing.T) {
	para := "Members agreed that a visit to the depot be added to the work programme.\nIt was agreed that an update on allotment waiting lists be presented in March.\nRESOLVED – That the work programme be noted.\n"
	wrapped := "The Board considered a report of the Director which set out\nthe progress made on the seven plans across the county and\nthe work that remained to be done before the end of the year.\n"
	// A web page's text: headings and sentences a line each, many far
	// longer than text is wrapped at, some without a full stop.
	web := "Our vision\nWe believe that strong families are the foundation of a thriving community, and we will support people at every stage of life\n" +
		"In practice\nWe will reshape adult social care so that it focuses on prevention, independence, and personalised support for everyone.\n" +
		"We will work closely with partners such as the NHS and the voluntary sector to reduce the reliance on formal care where possible\n" +
		"We will strengthen services for education, special educational needs and disabilities and family support across the county\n"
	// A page of headings and bullets, none ending in a stop, that no line
	// after carries on in lower case.
	bullets := "How we will deliver the outcomes for safer and greener streets\nCleaner streets and open spaces in every ward\n" +
		"- Sweep the town centre streets every day of the week\n- Clear fly-tipping from the public highway within two days\n" +
		"- Work with residents' groups to adopt their local green spaces\n- Replace litter bins in the parks with larger recycling bins\n" +
		"- Plant street trees along the main routes into the town centre\n"
	wrapped2 := wrapped + "and the Board agreed that the figures should be published with\nthe next report to the Board in the spring of next year and\nthat the Director should consult the partners on them before\nthey are published, so that they can say how the\nplans have gone in their areas\n"
	for text, want := range map[string]bool{para: true, wrapped: false, web: true, bullets: true, wrapped2: false} {
		ld, err := Reader{}.Read(context.Background(), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if ld.Flowing != want {
			t.Errorf("Flowing = %v, want %v for\n%s", ld.Flowing, want, text)
		}
	}
}

func TestIsPageNumber(t *testing.T) {
	for text, want := range map[string]bool{
		"Page 3 of 12": true,
		"- 4 -":        true,
		"3/12":         true,
		"12 / 12":      true,
		"17":           true,
		"39/20":        false, // minute 39 of 2020: no page 39 of 20
		"41/25":        false,
		"Page three":   false,
		"2024":         false,
	} {
		if got := isPageNumber(text); got != want {
			t.Errorf("isPageNumber(%q) = %v, want %v", text, got, want)
		}
	}
}

// A text copy keeps a list's nesting as the spaces before its points.
func TestIndent(t *testing.T) {
	d, err := Reader{}.Read(context.Background(), []byte("The plan will:\n  • review the strategy\n    • with partners\n  • publish it\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{0, 10, 20, 10}
	for i, l := range d.Lines[:len(want)] {
		if l.Indent != want[i] {
			t.Errorf("line %q indent = %v, want %v", l.Text, l.Indent, want[i])
		}
	}
}

// A table a copy flattened to a line a row, its cells run together with
// single spaces: under a header line of column names each line is a row,
// kept whole; a short line heads the rows under it; prose ends it. A web
// page's copy may end each cell with a pipe and leave out empty ones:
// under "Action | Partners |" each line ending in a pipe is a row, the
// header repeated is dropped, and a line with no pipe heads the rows
// under it.
func TestFlatTables(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Attendance plan\n\nAction Responsibility\n\nYear one\n\n" +
			"Training on the new approach for schools and partners Attendance team\n" +
			"Setting up a new team within inclusion services Inclusion team\n" +
			"Naming an attendance champion in each school Schools\n\n" +
			"The plan will be reviewed by the partnership board every year and its progress reported to the cabinet member.\n" +
			"Action Lead\nNot enough rows follow this header to make a table\n",
			[]string{
				"1|false|false|Action\tResponsibility",
				"1|true|false|Year one\t",
				"1|false|true|Training on the new approach for schools and partners Attendance team\t",
				"1|false|true|Setting up a new team within inclusion services Inclusion team\t",
				"1|false|true|Naming an attendance champion in each school\tSchools",
			}},
		// Cells cut from the row's end by what they look like (a date, a
		// post's capitalised words); the header again after a line that
		// then heads the rows under it.
		{"Empty Homes Plan\n\nActions Lead Timescales\n" +
			"Set up a caseload system Empty Homes Officer April 2027\n" +
			"Upgrade the records to capture empty homes Empty Homes Officer/IT Manager June 2027\n\n" +
			"2. Neighbours can tell us about empty homes\n\nActions Lead Timescales\n" +
			"Add an online reporting form Housing Standards Coordinator May/November 2027\n" +
			"Review the register twice a year Empty Homes Officer ongoing effort\n" +
			// The action does not stop at a preposition or a slash: the
			// capitals after them are its words, not the owner's.
			"Agree joint visits across HR / IT Empty Homes Officer/IT Manager July 2027\n",
			[]string{
				"1|false|false|Actions\tLead\tTimescales",
				"1|false|true|Set up a caseload system\tEmpty Homes Officer\tApril 2027",
				"1|false|true|Upgrade the records to capture empty homes\tEmpty Homes Officer/IT Manager\tJune 2027",
				"1|true|false|2. Neighbours can tell us about empty homes\t\t",
				"1|false|true|Add an online reporting form\tHousing Standards Coordinator\tMay/November 2027",
				"1|false|true|Review the register twice a year Empty Homes Officer ongoing effort\t\t",
				"1|false|true|Agree joint visits across HR / IT\tEmpty Homes Officer/IT Manager\tJuly 2027",
			}},
		// An owner not in capitals is known by ending more rows than one.
		{"Attendance plan\n\nAction Responsibility\n\n" +
			"Train school staff in the new approach Attendance team (AT)\n" +
			"Share attendance data with all schools Attendance team (AT)\n" +
			"Name an attendance lead in each school AT and schools\n" +
			"Hold a termly meeting of the leads AT and schools\n" +
			"Write a new policy for the service Policy unit\n" +
			// An owner the rows know ("AT") joined by "and" to a few words
			// in small letters is the owner's cell, though no other row
			// ends so; one the action's words lead to is not.
			"Pilot the new meetings in the autumn term AT and three schools\n" +
			"Set up a forum with AT and local charities\n" +
			"Review the policy each year AT\n" +
			"Check the figures each term AT\n",
			[]string{
				"1|false|false|Action\tResponsibility",
				"1|false|true|Train school staff in the new approach\tAttendance team (AT)",
				"1|false|true|Share attendance data with all schools\tAttendance team (AT)",
				"1|false|true|Name an attendance lead in each school\tAT and schools",
				"1|false|true|Hold a termly meeting of the leads\tAT and schools",
				"1|false|true|Write a new policy for the service Policy unit\t",
				"1|false|true|Pilot the new meetings in the autumn term\tAT and three schools",
				"1|false|true|Set up a forum with AT and local charities\t",
				"1|false|true|Review the policy each year\tAT",
				"1|false|true|Check the figures each term\tAT",
			}},
		// A header whose names run to more words than one, with a column
		// of free words: the action ends at its date, the owner's
		// capitals end at the free words' first, the status ends the row.
		{"Play plan\n\nAction Target Date Lead What does success look like? Status\n" +
			"Survey every play area 30 June 2026 Parks Team Every site has a known condition. On track\n" +
			"Replace the worn swings Ongoing Parks Team Children use safe equipment. Complete\n" +
			"Agree a new inspection rota 1 May 2026 Parks and Estates Inspections happen on time. Delayed\n",
			[]string{
				"1|false|false|Action\tTarget Date\tLead\tWhat does success look like?\tStatus",
				"1|false|true|Survey every play area\t30 June 2026\tParks Team\tEvery site has a known condition.\tOn track",
				"1|false|true|Replace the worn swings\tOngoing\tParks Team\tChildren use safe equipment.\tComplete",
				"1|false|true|Agree a new inspection rota\t1 May 2026\tParks and Estates\tInspections happen on time.\tDelayed",
			}},
		{"Priority 1: Prevention\nAction | Partners |\n" +
			"Open a weekly advice session (by June 2024) |\n" +
			"Train front-line staff in other agencies (ongoing) |\n" +
			"Priority 2: Accommodation\nAction | Partners |\n" +
			"Review the temporary accommodation plan (by end of 2024) |\n\n" +
			"The plan will be reviewed by the partnership board every year and its progress reported to the cabinet member.\n",
			[]string{
				"1|false|false|Action\tPartners",
				"1|false|true|Open a weekly advice session (by June 2024)\t",
				"1|false|true|Train front-line staff in other agencies (ongoing)\t",
				"1|true|false|Priority 2: Accommodation\t",
				"1|false|true|Review the temporary accommodation plan (by end of 2024)\t",
			}},
		// A row's points bulleted under it are its cell's words, however
		// long (not rows, nor the prose that ends the table); bullets
		// under a heading, with no row above them, stay rows.
		{"Parks plan\n\nAction Lead Timescale\n" +
			"1. Make the parks greener and safer for everyone.\n" +
			"  • Plant two hundred new trees along the paths of the three largest parks, with the help of local schools and volunteers.\n" +
			"  • Light the main paths\n" +
			"2. Open the pavilion cafe\n" +
			"Year two\n" +
			"• Repair the bandstand roof\n" +
			"• Paint the park benches\n",
			[]string{
				"1|false|false|Action\tLead\tTimescale",
				"1|false|true|1. Make the parks greener and safer for everyone. Plant two hundred new trees along the paths of the three largest parks, with the help of local schools and volunteers. Light the main paths\t\t",
				"1|false|true|2. Open the pavilion cafe\t\t",
				"1|true|false|Year two\t\t",
				"1|false|true|• Repair the bandstand roof\t\t",
				"1|false|true|• Paint the park benches\t\t",
			}},
		// A row wrapped at the page's width, its second line going on in
		// small letters: one row, its cells cut from the end of both.
		{"Empty Homes Plan\n\nActions Lead Timescales\n" +
			"Set up a caseload system Empty Homes Officer April 2027\n" +
			"Write to the owners of every home empty for two years or more and\n" +
			"offer them advice Empty Homes Officer June 2027\n" +
			"Upgrade the records to capture empty homes IT Manager July 2027\n" +
			"Agree joint visits with the fire service Empty Homes Officer May 2027\n",
			[]string{
				"1|false|false|Actions\tLead\tTimescales",
				"1|false|true|Set up a caseload system\tEmpty Homes Officer\tApril 2027",
				"1|false|true|Write to the owners of every home empty for two years or more and offer them advice\tEmpty Homes Officer\tJune 2027",
				"1|false|true|Upgrade the records to capture empty homes\tIT Manager\tJuly 2027",
				"1|false|true|Agree joint visits with the fire service\tEmpty Homes Officer\tMay 2027",
			}},
		// A heading over the header again, wrapped onto a second line in
		// small letters: the wrapped heading heads the rows under it.
		{"Empty Homes Plan\n\nActions Lead Timescales\n" +
			"Set up a caseload system Empty Homes Officer April 2027\n" +
			"Upgrade the records to capture empty homes IT Manager June 2027\n\n" +
			"2. Owners are given help and advice to bring their homes back\n" +
			"   into use\n\nActions Lead Timescales\n" +
			"Offer a loan for repairs Empty Homes Officer May 2027\n",
			[]string{
				"1|false|false|Actions\tLead\tTimescales",
				"1|false|true|Set up a caseload system\tEmpty Homes Officer\tApril 2027",
				"1|false|true|Upgrade the records to capture empty homes\tIT Manager\tJune 2027",
				"1|true|false|2. Owners are given help and advice to bring their homes back into use\t\t",
				"1|false|true|Offer a loan for repairs\tEmpty Homes Officer\tMay 2027",
			}},
		// In text wrapped at a width, a row broken where the last few
		// words of its cells go onto a line of their own ("Officer April
		// 2027"): the row's end, no heading of the rows under it.
		{"Empty Homes Plan\n\nThe plan will be looked at again by the board at the end of every year, and its\n" +
			"progress reported to the cabinet member for housing in the spring of each year.\n\n" +
			"Actions Lead Timescales\n" +
			"Write to the owners of every home that has stood empty for two years Empty Homes\n" +
			"Officer April 2027\n" +
			"Set up a caseload system Empty Homes Officer May 2027\n" +
			"Upgrade the council's records so that they show every home standing empty IT\n" +
			"Manager June 2027\n" +
			"Agree joint visits to empty homes with the fire and rescue service Empty Homes\n" +
			"Officer July 2027\n",
			[]string{
				"1|false|false|Actions\tLead\tTimescales",
				"1|false|true|Write to the owners of every home that has stood empty for two years\tEmpty Homes Officer\tApril 2027",
				"1|false|true|Set up a caseload system\tEmpty Homes Officer\tMay 2027",
				"1|false|true|Upgrade the council's records so that they show every home standing empty\tIT Manager\tJune 2027",
				"1|false|true|Agree joint visits to empty homes with the fire and rescue service\tEmpty Homes Officer\tJuly 2027",
			}},
		// A short line under a row that is whole, its date last, heads
		// the rows under it, though the text is wrapped at a width.
		{"Play Areas Plan\n\nThe plan will be read again by the parks board at the close of every year, and\n" +
			"its progress told to the cabinet member for leisure in the summer of each year.\n\n" +
			"Actions Lead Timescales\n" +
			"Survey every swing and slide in the borough for wear and rust Parks\n" +
			"Officer April 2027\n" +
			"Fence the pond beside the play area by the school Parks Team May 2027\n" +
			"New equipment\n" +
			"Buy a zip wire for the park by the river Parks Officer June 2027\n",
			[]string{
				"1|false|false|Actions\tLead\tTimescales",
				"1|false|true|Survey every swing and slide in the borough for wear and rust\tParks Officer\tApril 2027",
				"1|false|true|Fence the pond beside the play area by the school\tParks Team\tMay 2027",
				"1|true|false|New equipment\t\t",
				"1|false|true|Buy a zip wire for the park by the river\tParks Officer\tJune 2027",
			}},
		// A row wrapped onto a line in small letters before the header
		// comes again on the next page is a row still when it cuts into
		// its columns.
		{"Play Areas Plan\n\nActions Lead Timescales\n" +
			"Survey every swing and slide in the borough\n" +
			"for wear and rust Parks Officer April 2027\n\nPage 2 of 3\n\n" +
			"Actions Lead Timescales\n" +
			"Buy a zip wire for the park Parks Officer June 2027\n",
			[]string{
				"1|false|false|Actions\tLead\tTimescales",
				"1|false|true|Survey every swing and slide in the borough for wear and rust\tParks Officer\tApril 2027",
				"1|false|true|Buy a zip wire for the park\tParks Officer\tJune 2027",
			}},
		// Under the header, text wrapped at a width: its lines go on in
		// small letters from the line above, so they are no rows run into
		// a line each, and no table is made of them.
		{"Progress report\n\nTask Status\n" +
			"Task 01 - We will open a\n" +
			"new advice desk in the town\n" +
			"library for tenants\n" +
			"On Track\n" +
			"Task 02 - We will publish\n" +
			"the repairs figures on our\n" +
			"website every month\n" +
			"Delayed\n",
			nil},
	}
	for _, tt := range tests {
		got := tableLines(t, tt.text, tableRowBoldRecord)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestNumberedFlatTables: a header naming the rows' numbers first over
// rows one a line, each opening with its number: the words after the
// number go under the column of what is done, up to the first date where
// a deadline's column comes next; a last row the copy cut short (the
// text's last line, no date, no sentence ended) is left out.
func TestNumberedFlatTables(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Repairs service plan\n\nStandard number Standard What we will change When Status\n" +
			"2.1 Tenants are told how to report a repair. Put the repairs line on every letter we send. March 2026 Done in January\n" +
			"3.4 Repairs are booked at a time that suits the tenant. Offer evening slots for booked repairs. September 2026\n" +
			"4.2 Tenants can see where a repair has got to. Send a text when the operative is on the way. December 2026\n" +
			"5.1 Complaints about repairs are answered within ten days and the ans",
			[]string{
				"1|false|false|Ref\tStandard\tWhat we will change\tWhen\tStatus",
				"1|false|true|2.1\t\tTenants are told how to report a repair. Put the repairs line on every letter we send.\tMarch 2026\tDone in January",
				"1|false|true|3.4\t\tRepairs are booked at a time that suits the tenant. Offer evening slots for booked repairs.\tSeptember 2026\t",
				"1|false|true|4.2\t\tTenants can see where a repair has got to. Send a text when the operative is on the way.\tDecember 2026\t",
			}},
		{"Museum strategy\n\nReference number Aim name Aim\n" +
			"2.1 Collections Care for the collections so that they last for the next century\n" +
			"2.2 Learning Offer a visit to every primary school in the county each year\n" +
			"2.3 Visitors Welcome more visitors from the towns furthest from the museum\n",
			[]string{
				"1|false|false|Ref\tAim name\tAim",
				"1|false|true|2.1\t\tCollections Care for the collections so that they last for the next century",
				"1|false|true|2.2\t\tLearning Offer a visit to every primary school in the county each year",
				"1|false|true|2.3\t\tVisitors Welcome more visitors from the towns furthest from the museum",
			}},
	}
	for _, tt := range tests {
		got := tableLines(t, tt.text, tableRowBoldRecord)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// A cell-a-line table whose rows leave their last cells out, empty: the
// header keeps all its cells and each row is padded to its width.
func TestCellTablesShortRows(t *testing.T) {
	text := "Priority number |\nArea for action |\nSteps |\nLead officer |\nTimescale |\n" +
		"1 |\nParks |\nRepaint the benches |\n2 |\nParks |\nMend the gates |\n3 |\nLibraries |\nOpen on Sundays |\n"
	got := tableLines(t, text, func(l layout.Line) string { return l.Text })
	want := []string{"Priority number\tArea for action\tSteps\tLead officer\tTimescale",
		"1\tParks\tRepaint the benches\t\t", "2\tParks\tMend the gates\t\t", "3\tLibraries\tOpen on Sundays\t\t"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// tableRowBoldRecord shows a table line as "table|bold|record|text", the
// form the cell-a-line, wrapped and framed table tests compare.
func tableRowBoldRecord(l layout.Line) string {
	return fmt.Sprintf("%d|%v|%v|%s", l.Table, l.Bold, l.Record, l.Text)
}

// tableLines reads text and shows each line the reader made a table's row.
func tableLines(t *testing.T, text string, show func(layout.Line) string) []string {
	t.Helper()
	d, err := Reader{}.Read(context.Background(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range d.Lines {
		if l.IsTable() {
			got = append(got, show(l))
		}
	}
	return got
}

// A table whose cells a copy set apart with " | " without framing its rows
// (a wiki's copy, its bold quotes and span notes kept): a row a line.
func TestBarTables(t *testing.T) {
	text := "Action Plan (short version)\n" +
		"'''Issue''' | '''Project''' | '''Progress''' | %colspan=3|'''Public Services''' |\n" +
		"Policing | Re-establish the watch schemes | Set up in most streets | |\n" +
		"Parking | Ask for double yellow lines by the school | Requested | |\n" +
		"Wellbeing | Start a walking group | Meets on Tuesdays | |\n"
	got := tableLines(t, text, func(l layout.Line) string { return l.Text })
	want := []string{"Issue\tProject\tProgress\tPublic Services",
		"Policing\tRe-establish the watch schemes\tSet up in most streets",
		"Parking\tAsk for double yellow lines by the school\tRequested",
		"Wellbeing\tStart a walking group\tMeets on Tuesdays"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A table a copy set a cell a line, a blank line between cells, its
// header's cells first: each row opens with its number, the next after the
// last row's, and takes the cells up to the next; an empty cell leaves no
// line. A section's number and title before the header again heads the
// rows after it. A header whose action comes after another cell, and rows
// longer than the header, are no such table.
func TestStackedTables(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"numbers unnamed, a row of more cells than columns",
			"Village Plan\n\n2026 Aims\n\nAim\n\nProgress\n\nDone by\n\n" +
				"1\n\nMend the footbridge over the brook.\n\nContractor booked for March.\n\nApril 2026\n\n" +
				"2\n\nRepaint the bus shelter.\n\nQuotes sought.\n\nTwo quotes so far.\n\nA third is due.\n\n" +
				"3\n\nPlant twelve trees on the green.\n\nSaplings ordered.\n\nNovember 2026\n\n" +
				"The council reviews these aims each spring.\n",
			[]string{
				"1|false|false|\tAim\tProgress\tDone by",
				"1|false|true|1\tMend the footbridge over the brook.\tContractor booked for March.\tApril 2026",
				"1|false|true|2\tRepaint the bus shelter.\tQuotes sought. Two quotes so far. A third is due.\t",
				"1|false|true|3\tPlant twelve trees on the green.\tSaplings ordered.\tNovember 2026",
			}},
		{"numbers named, sections with the header again",
			"Number\n\nAction\n\nDeadline\n\nProgress\n\n" +
				"1.1\n\nPublish the new grants policy\n\nJune 2026\n\n \n\n" +
				"1.2\n\nWrite to every sports club\n\nJuly 2026\n\n \n\n" +
				"2.              Play areas\n\nNumber\n\nAction\n\nDeadline\n\nProgress\n\n" +
				"2.1\n\nInspect the swings each month\n\nOngoing\n\n \n",
			[]string{
				"1|false|false|Number\tAction\tDeadline\tProgress",
				"1|false|true|1.1\tPublish the new grants policy\tJune 2026\t",
				"1|false|true|1.2\tWrite to every sports club\tJuly 2026\t",
				"1|true|false|2. Play areas",
				"1|false|true|2.1\tInspect the swings each month\tOngoing\t",
			}},
		{"a header whose action comes after who leads it",
			"No.\n\nLead\n\nAction\n\n1\n\nClerk\n\nOrder the salt bins\n\n2\n\nChair\n\nMeet the school\n",
			nil},
		{"a header of four names or more that every row fills, what is done after another cell",
			"Our aims\n\nRef No.\n\nUrgency\n\nItem\n\nYear\n\nAction\n\nDone %\n\nROADS\n\n" +
				"1\n\nHigh\n\nResurface the lane by the mill\n\n25/26\n\nClerk\n\n50\n\n" +
				"2\n\nLow\n\nPaint the white lines again at the\nschool gates\n 26/27\n\nClerk + Cllr Ames\n\n0\n\n" +
				"3\n\nTREES\n\n4\n\nHigh\n\nPlant an oak on the green\n\n25/26\n\nTree warden\n\n90\n\n" +
				"HALLS\n\n5\n\nLow\n\nFix the hall's back\n",
			[]string{
				"1|false|false|Ref No.\tUrgency\tItem\tYear\tAction\tDone %",
				"1|true|false|ROADS",
				"1|false|true|1\tHigh\tResurface the lane by the mill\t25/26\tClerk\t50",
				"1|false|true|2\tLow\tPaint the white lines again at the school gates\t26/27\tClerk + Cllr Ames\t0",
				"1|true|false|TREES",
				"1|false|true|4\tHigh\tPlant an oak on the green\t25/26\tTree warden\t90",
				"1|true|false|HALLS",
				"1|false|true|5\tLow\tFix the hall's back\t\t\t",
			}},
		{"a row that parts at an indent, then the next section's title, which is no cell of it",
			"Our aims\n\nRef No.\n\nUrgency\n\nItem\n\nYear\n\nAction\n\nDone %\n\nROADS\n\n" +
				"1\n\nHigh\n\nResurface the lane by the mill\n\n25/26\n\nClerk\n\n50\n\n" +
				"2\n\nLow\n\nPaint the white lines again. The school to be told\nbefore the work starts\n 26/27\n\nClerk + Cllr Ames\n\n10\n\n" +
				"TREES\n\n3\n\nHigh\n\nPlant an oak on the green\n\n25/26\n\nTree warden\n\n90\n\n" +
				"4\n\nLow\n\nFix the hall's back door\n\n26/27\n\nCaretaker\n\n0\n",
			[]string{
				"1|false|false|Ref No.\tUrgency\tItem\tYear\tAction\tDone %",
				"1|true|false|ROADS",
				"1|false|true|1\tHigh\tResurface the lane by the mill\t25/26\tClerk\t50",
				"1|false|true|2\tLow\tPaint the white lines again. The school to be told before the work starts\t26/27\tClerk + Cllr Ames\t10",
				"1|true|false|TREES",
				"1|false|true|3\tHigh\tPlant an oak on the green\t25/26\tTree warden\t90",
				"1|false|true|4\tLow\tFix the hall's back door\t26/27\tCaretaker\t0",
			}},
		{"such a header over rows that do not fill it",
			"Ref No.\n\nUrgency\n\nItem\n\nYear\n\nAction\n\n" +
				"1\n\nHigh\n\nResurface the lane\n\nClerk\n\n" +
				"2\n\nLow\n\nPaint the lines\n\nClerk\n\n" +
				"3\n\nHigh\n\nPlant an oak\n\n25/26\n\nTree warden\n\n" +
				"4\n\nLow\n\nFix the hall\n\n25/26\n\nCaretaker\n",
			nil},
		{"a row one cell short whose wrapped line goes on with its sentence is not parted at the indent: its cells go in no column",
			"Our aims\n\nRef No.\n\nUrgency\n\nItem\n\nYear\n\nAction\n\nDone %\n\n" +
				"1\n\nHigh\n\nMend the fence by the pond\n\n25/26\n\nWarden\n\n40\n\n" +
				"2\n\nLow\n\nRepaint the railings along the\n  path to the church\n\n26/27\n\nWarden\n\n" +
				"3\n\nHigh\n\nSow wild flowers on the verge\n\n25/26\n\nGardener\n\n80\n\n" +
				"4\n\nLow\n\nClean the war memorial\n\n26/27\n\nCaretaker\n\n60\n",
			[]string{
				"1|false|false|Ref No.\tUrgency\tItem\tYear\tAction\tDone %",
				"1|false|true|1\tHigh\tMend the fence by the pond\t25/26\tWarden\t40",
				"1|false|true|3\tHigh\tSow wild flowers on the verge\t25/26\tGardener\t80",
				"1|false|true|4\tLow\tClean the war memorial\t26/27\tCaretaker\t60",
			}},
		{"the paragraph after a last row cut short is no cell of it",
			"Our aims\n\nRef No.\n\nUrgency\n\nItem\n\nYear\n\nAction\n\nDone %\n\n" +
				"1\n\nHigh\n\nMend the fence by the pond\n\n25/26\n\nWarden\n\n40\n\n" +
				"2\n\nLow\n\nRepaint the railings\n\n26/27\n\nWarden\n\n0\n\n" +
				"3\n\nHigh\n\nSow wild flowers on the verge\n\n25/26\n\nGardener\n\n80\n\n" +
				"4\n\nLow\n\nClean the war memorial\n\n26/27\n\nCaretaker\n\n" +
				"Members are asked to agree the plan above.\n",
			[]string{
				"1|false|false|Ref No.\tUrgency\tItem\tYear\tAction\tDone %",
				"1|false|true|1\tHigh\tMend the fence by the pond\t25/26\tWarden\t40",
				"1|false|true|2\tLow\tRepaint the railings\t26/27\tWarden\t0",
				"1|false|true|3\tHigh\tSow wild flowers on the verge\t25/26\tGardener\t80",
				"1|false|true|4\tLow\tClean the war memorial\t26/27\tCaretaker\t",
			}},
		{"a row of its number and a verb-led text is a row, not a number then a section's title",
			"Our aims\n\nRef No.\n\nUrgency\n\nTask\n\nYear\n\nWho\n\nDone %\n\n" +
				"1\n\nHigh\n\nMend the fence by the pond\n\n25/26\n\nWarden\n\n40\n\n" +
				"2\n\nLow\n\nRepaint the railings\n\n26/27\n\nWarden\n\n0\n\n" +
				"3\n\nReplace the notice board\n\n" +
				"4\n\nHigh\n\nSow wild flowers on the verge\n\n25/26\n\nGardener\n\n80\n\n" +
				"5\n\nLow\n\nClean the war memorial\n\n26/27\n\nCaretaker\n\n10\n",
			[]string{
				"1|false|false|Ref No.\tUrgency\tTask\tYear\tWho\tDone %",
				"1|false|true|1\tHigh\tMend the fence by the pond\t25/26\tWarden\t40",
				"1|false|true|2\tLow\tRepaint the railings\t26/27\tWarden\t0",
				"1|false|true|3\t\tReplace the notice board\t\t\t",
				"1|false|true|4\tHigh\tSow wild flowers on the verge\t25/26\tGardener\t80",
				"1|false|true|5\tLow\tClean the war memorial\t26/27\tCaretaker\t10",
			}},
		{"rows twice as long as the header",
			"Action\n\nStatus\n\n1\n\nH\n\nRenew the lease\n\n2025\n\nClerk\n\n2\n\nL\n\nSurvey the hall\n\n2026\n\nChair\n\n3\n\nM\n\nTrim the hedge\n",
			nil},
	}
	for _, tt := range tests {
		got := tableLines(t, tt.text, tableRowBoldRecord)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// A table whose copy ran each row's cells together with nothing between
// them: the glued header names the columns, each row splits where a word
// runs on into a capital, a reference into a name or a word into a date
// that ends it; a line that does not split continues the full row before
// it; prose after the rows is left alone.
func TestGluedTables(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"rows under a glued header",
			"Delivery plan\nActionLeadDue date\n" +
				"Repair the bus shelter roofClerkMay 2024\n" +
				"Publish the footpath surveyCllr Ames2025\n" +
				"Agree the grants policyFinance committeeTBC\n" +
				"The plan is reviewed each spring by the full council at its annual meeting.\n",
			[]string{
				"1|false|Action\tLead\tDue date",
				"1|true|Repair the bus shelter roof\tClerk\tMay 2024",
				"1|true|Publish the footpath survey\tCllr Ames\t2025",
				"1|true|Agree the grants policy\tFinance committee\tTBC",
			}},
		{"a row's comment runs on; a short row leaves its last cell empty",
			"RefActionLeadComments\n" +
				"W1Clear the ditchClerkBlocked after the storm.\n" +
				"Check again in spring.\n" +
				"W2Paint the railingsCllr Hope\n",
			[]string{
				"1|false|Ref\tAction\tLead\tComments",
				"1|true|W1\tClear the ditch\tClerk\tBlocked after the storm. Check again in spring.",
				"1|true|W2\tPaint the railings\tCllr Hope\t",
			}},
		{"one row is no table", "ActionLeadDue\nMend the gateClerkJune\n", nil},
		{"a header of names that head no plan", "NameAddressPhone\nJo SmithHigh StreetNone\nAl JonesMill LaneNone\n", nil},
	}
	for _, tt := range tests {
		got := tableLines(t, tt.text, func(l layout.Line) string { return fmt.Sprintf("%d|%v|%s", l.Table, l.Record, l.Text) })
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

func TestGlueSplit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Improve care in the homeAdults’ ServicesOctober 2023", "Improve care in the home|Adults’ Services|October 2023"},
		{"T05Silver BirchRemove deadwoodFungi in crown. Cavity to stem.", "T05|Silver Birch|Remove deadwood|Fungi in crown. Cavity to stem."},
		{"Refresh the strategyPublic Health2025", "Refresh the strategy|Public Health|2025"},
		{"Review the planSEND teamQ4 2024", "Review the plan|SEND team|Q4 2024"},
		{"Order an iPad for the clerk", "Order an iPad for the clerk"},
		{"Spend £5,000 on 2 benches in 2025", "Spend £5,000 on 2 benches in 2025"},
		{"Covid19 recovery plan", "Covid19 recovery plan"},
	}
	for _, tt := range tests {
		if got := strings.Join(glueSplit(tt.in), "|"); got != tt.want {
			t.Errorf("glueSplit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRowsUnder: a flat header's rows run on past blank lines and page
// furniture, and stop at a line the caller's rule ends them with or at a
// table already read.
func TestRowsUnder(t *testing.T) {
	lines := []layout.Line{
		{Text: "Task Owner Deadline"},
		{Text: "Paint the hall Caretaker May"},
		{Text: ""},
		{Text: "Page 3", Furniture: true},
		{Text: "Mend the gate Caretaker June"},
		{Text: "Next steps:"},
		{Text: "Sweep the yard Caretaker July"},
	}
	ends := func(_ int, t string) bool { return strings.HasSuffix(t, ":") }
	rows, j := rowsUnder(lines, 0, ends)
	if fmt.Sprint(rows) != "[1 4]" || j != 5 {
		t.Errorf("rowsUnder = %v, %d; want [1 4], 5", rows, j)
	}
	lines[4].Cells = []layout.Cell{{Text: "a"}, {Text: "b"}}
	if rows, j := rowsUnder(lines, 0, ends); fmt.Sprint(rows) != "[1]" || j != 4 {
		t.Errorf("rowsUnder before a table = %v, %d; want [1], 4", rows, j)
	}
}

// A table copied a cell a line under a header of its names one under
// another. Where the action column marks each point with a bullet, each
// bullet is a row, a date line after a group of bullets their deadline, a
// short line before a group the heading of the rows under it; a bullet in
// small letters after one that ends no sentence goes on with it, and the
// last bullet, cut short where the text ends, is left out. Where rows open
// with their numbers, counting on, each number opens a row, its cell what
// is done, and a list after a colon goes on with it; a numbered point
// with points numbered under it is a list's, not a row. A header's last
// cell ending in a colon is a lead-in, bullets with no cell of another
// column between them are one list, and a label or a numbered heading
// names no column.
func TestCellLineTables(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"bullets grouped by theme and year",
			"Parish plan steps\n\nTheme\n\nAction / milestone\n\nYear\n\nGreener village\n\n" +
				"  • Plant hedges along the school lane\n  • Survey the pond's wildlife\n\n2026\n\n" +
				"  • Fit solar panels on the hall,\n  • making the hall's roof safe first\n\n2027\n\n" +
				"Safer roads\n\n  • Ask for a 20 mph limit\n  • Paint the crossing again\n  • Put up new sig",
			[]string{
				"1|false|false|Theme\tAction / milestone\tYear",
				"1|true|false|Greener village",
				"1|false|true|\tPlant hedges along the school lane\t2026",
				"1|false|true|\tSurvey the pond's wildlife\t2026",
				"1|false|true|\tFit solar panels on the hall, making the hall's roof safe first\t2027",
				"1|true|false|Safer roads",
				"1|false|true|\tAsk for a 20 mph limit\t",
				"1|false|true|\tPaint the crossing again\t",
			}},
		{"rows opened by their letters, a list after a colon kept with its cell",
			"Review panel's advice[i]\n\nRecommendation[i]\n\nResponse[ii]\n\nTimetable[iii]\n\nLead Officer[iv]\n\n" +
				"a) The library's opening hours be set out on its door;\n\n" +
				"b) The leaflet should list the following:\n\no opening hours\n\no the mobile library's stops\n\n" +
				"c) A survey of users be held each year;\n\nd) The survey's findin",
			[]string{
				"1|false|false|\tRecommendation[i]\tResponse[ii]\tTimetable[iii]\tLead Officer[iv]",
				"1|false|true|a)\tThe library's opening hours be set out on its door;\t\t\t",
				"1|false|true|b)\tThe leaflet should list the following: opening hours the mobile library's stops\t\t\t",
				"1|false|true|c)\tA survey of users be held each year;\t\t\t",
			}},
		{"numbered sections, each a heading over the rows numbered under it",
			"Estate plan\n\nNo.\n\nTheme\n\nAction\n\nBy when\n\n1.\n\nParks\n\n\n\n\n\n1.1\n\n\n\nRepaint the bandstand.\n\nMay-2026\n\n" +
				"1.2\n\n\n\nReplant the rose beds by the gate.\n\nJune-2026\n\n2.\n\nLibraries\n\n\n\n\n\n2.1\n\n\n\nOpen the library on Sundays.\n\nOngoing\n\n" +
				"2.2\n\n\n\nLend laptops to readers who have none.\n\nSept-2026\n",
			[]string{
				"1|false|false|\tTheme\tAction\tBy when",
				"1|true|false|Parks",
				"1|false|true|1.1\t\tRepaint the bandstand.\tMay-2026",
				"1|false|true|1.2\t\tReplant the rose beds by the gate.\tJune-2026",
				"1|true|false|Libraries",
				"1|false|true|2.1\t\tOpen the library on Sundays.\tOngoing",
				"1|false|true|2.2\t\tLend laptops to readers who have none.\tSept-2026",
			}},
		{"rows told apart by the owner's cell that ends each, the same post leading several",
			"Project\n\nDetail\n\nMilestones\n\nResponsible Owner\n\nRiver Walk\n\nOpen the path along the river to walkers.\n\n" +
				"Survey – May 2026\n\nOpen – June 2027\n\nHead of Parks and Open Spaces\n\nTown Trees\n\nPlant a tree for every child born in the town.\n\n" +
				"First trees – March 2026\n\nHead of Parks and Open Spaces\n\nMarket Hall\n\nRepair the roof of the market hall.\n\n" +
				"Works start – April 2026\n\nHead of Property\n\nBus Shelters\n\nReplace the shelters.\n\nHead of Property\n\nCycle Hire\n\nBring a cycle hire sch",
			[]string{
				"1|false|false|Project\tDetail\tMilestones\tResponsible Owner",
				"1|false|true|River Walk Open the path along the river to walkers.\t\t\tHead of Parks and Open Spaces",
				"1|false|true|Town Trees Plant a tree for every child born in the town.\t\t\tHead of Parks and Open Spaces",
				"1|false|true|Market Hall Repair the roof of the market hall.\t\t\tHead of Property",
				"1|false|true|Bus Shelters Replace the shelters.\t\t\tHead of Property",
			}},
		{"a milestone where the detail's cell is empty is no part of the action",
			"Project\n\nDetail\n\nMilestones\n\nResponsible Owner\n\nCanal Towpath\n\nSurface works – August 2026\n\nHead of Highways\n\n" +
				"Play Areas\n\nRenew the swings in every park.\n\nHead of Leisure\n\nPublic Toilets\n\nReopen the toilets at the bus station.\n\n" +
				"Head of Leisure\n\nTown Signs\n\nFit new signs for visitors.\n\nHead of Highways\n",
			[]string{
				"1|false|false|Project\tDetail\tMilestones\tResponsible Owner",
				"1|false|true|Canal Towpath\t\t\tHead of Highways",
				"1|false|true|Play Areas Renew the swings in every park.\t\t\tHead of Leisure",
				"1|false|true|Public Toilets Reopen the toilets at the bus station.\t\t\tHead of Leisure",
				"1|false|true|Town Signs Fit new signs for visitors.\t\t\tHead of Highways",
			}},
		{"an owner's cell that stands but once, no table",
			"Project\n\nDetail\n\nResponsible Owner\n\nRiver Walk\n\nOpen the path along the river to walkers.\n\nHead of Parks\n\n" +
				"Market Hall\n\nRepair the roof of the market hall.\n\nHead of Property\n",
			nil},
		{"numbered points with points under them, no table",
			"Action\n\nReason\n\nLead\n\n1. That the hall be let.\n\n(a) to the youth club;\n\n(b) on Mondays.\n\n" +
				"2. That the fees rise.\n\nCosts have risen.\n\nThe Clerk\n\n3. That the report be noted.\n",
			nil},
		{"numbered paragraphs under a label and a heading, no table",
			"STATUS - Final\n\n1. PURPOSE\n\n1.1 To set out the budget.\n\n1.2 To seek approval.\n\n2. BACKGROUND\n\n2.1 The budget was set in March.\n",
			nil},
		{"short headings over a lettered list, no table",
			"Plan update\n\nProgress\n\nActions\n\na) The hall's roof was mended in May.\n\nb) The new path was laid.\n\n" +
				"c) The survey went out to every home.\n\nNext steps\n\nThe group will meet again in the autumn to agree the work of the year ahead.\n",
			nil},
		{"a lead-in and one list, no table",
			"What you can do\n\nOutcomes you will see:\n\nTimescale\n\n" +
				"  • Less litter on the green\n  • Cleaner verges\n  • Fewer fly-tips\n\nMore about litter\n",
			nil},
	}
	for _, tt := range tests {
		got := tableLines(t, tt.text, tableRowBoldRecord)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// A table copied a cell a line ends at its last row: a heading after it
// with a paragraph under it, or a line after rows that had no other
// cells, stays text, and a date further on is no deadline of the last
// row; a heading after the last bullet, with no rows under it, is no
// group of the table's.
func TestCellLineEnds(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"numbered rows, a heading and a paragraph after them",
			"Action\n\nLead\n\nWhen\n\na) Mend the hall roof\n\nMay 2026\n\nb) Lay the new path\n\nJune 2026\n\nc) Send the survey out\n\n" +
				"Next steps\n\nThe group will meet again in the autumn to agree the work of the year ahead.\n\nJuly 2027\n",
			[]string{"T \tAction\tLead\tWhen", "T a)\tMend the hall roof\t\tMay 2026", "T b)\tLay the new path\t\tJune 2026",
				"T c)\tSend the survey out\t\t", "P Next steps",
				"P The group will meet again in the autumn to agree the work of the year ahead.", "P July 2027"}},
		{"the last row's number alone over a long action, its deadline after it",
			"Action\n\nLead\n\nWhen\n\na)\n\nMend the hall roof\n\nMay 2026\n\nb)\n\n" +
				"Ask every club that uses the hall which evenings and which rooms it will need next year\n\nJune 2026\n",
			[]string{"T \tAction\tLead\tWhen", "T a)\tMend the hall roof\t\tMay 2026",
				"T b)\tAsk every club that uses the hall which evenings and which rooms it will need next year\t\tJune 2026"}},
		{"numbered rows with no other cells, a heading after them",
			"Action\n\nLead\n\nWhen\n\na) Mend the hall roof\n\nb) Lay the new path\n\nc) Send the survey out\n\nFunding\n\nGrants\n",
			[]string{"T \tAction\tLead\tWhen", "T a)\tMend the hall roof\t\t", "T b)\tLay the new path\t\t",
				"T c)\tSend the survey out\t\t", "P Funding", "P Grants"}},
		{"bullets grouped by theme, a heading after them",
			"Theme\n\nAction / milestone\n\nYear\n\nGreener village\n\n  • Plant hedges along the school lane\n  • Survey the pond's wildlife\n\n2026\n\n" +
				"Safer roads\n\n  • Ask for a 20 mph limit\n  • Paint the crossing again\n\nHow we will know\n\n" +
				"We will count the cars each spring and publish what we find.\n",
			[]string{"T Theme\tAction / milestone\tYear", "T Greener village", "T \tPlant hedges along the school lane\t2026",
				"T \tSurvey the pond's wildlife\t2026", "T Safer roads", "T \tAsk for a 20 mph limit\t", "T \tPaint the crossing again\t",
				"P How we will know", "P We will count the cars each spring and publish what we find."}},
	}
	for _, tt := range tests {
		got := tableOrProse(t, tt.text)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestGappedRows: rows whose cells a copy set apart with " / " or " | ",
// standing apart under their header with a line or two of a cell's later
// paragraphs or only a blank line between them, are the header's table:
// each line with as many separators is a row, and a paragraph between (a sentence, or a long
// line) a line of the table with its text in the cell the row before ended
// in; a short line with no stop (a heading) stays text. Without a header
// of column names, or with rows too far apart, the lines stay text; so
// does a sentence with a slash in it.
func TestGappedRows(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"slashes", "Notes of the group\nItem / Raised by / Decision\nWelcome / Chair / Six came.\nThe Chair thanked the hosts.\n" +
			"Accounts / Treasurer / The accounts were approved.\nFees\n(for next year) / Treasurer / Fees to stay the same.\nA1 Clerk to write to the bank.",
			[]string{"P Notes of the group", `false ["Item" "Raised by" "Decision"]`, `true ["Welcome" "Chair" "Six came."]`,
				`false ["" "" "The Chair thanked the hosts."]`, `true ["Accounts" "Treasurer" "The accounts were approved."]`, "P Fees",
				`true ["(for next year)" "Treasurer" "Fees to stay the same."]`, "P A1 Clerk to write to the bank."}},
		{"bars, the header again over a second part", "Action | Who | When | Progress |\nMend the fence | Parks | May | Posts ordered.\n" +
			"The gate waits for a quote.\nPart two\nAction | Who | When | Progress |\nClean the pond | Parks | June | Not started. |",
			[]string{`false ["Action" "Who" "When" "Progress"]`, `true ["Mend the fence" "Parks" "May" "Posts ordered."]`,
				`false ["" "" "" "The gate waits for a quote."]`, "P Part two", `false ["Action" "Who" "When" "Progress"]`,
				`true ["Clean the pond" "Parks" "June" "Not started."]`}},
		{"a blank line between rows, long names", "What we will do / Who leads it / How we will know it worked\n\nMend the fence / Parks / No more gaps\n\n" +
			"Clean the pond / Parks / Clear water\n",
			[]string{`false ["What we will do" "Who leads it" "How we will know it worked"]`, `true ["Mend the fence" "Parks" "No more gaps"]`,
				`true ["Clean the pond" "Parks" "Clear water"]`}},
		{"no header", "The rota / the key / the list\nWelcome / Chair / Six came.\nSome words.\nAccounts / Treasurer / Approved.",
			[]string{"P The rota / the key / the list", "P Welcome / Chair / Six came.", "P Some words.", "P Accounts / Treasurer / Approved."}},
		{"too far apart", "Item / Lead / Decision\nWelcome / Chair / Six came.\nOne.\nTwo.\nThree.\nFour.\nAccounts / Treasurer / Approved.",
			[]string{"P Item / Lead / Decision", "P Welcome / Chair / Six came.", "P One.", "P Two.", "P Three.", "P Four.", "P Accounts / Treasurer / Approved."}},
		{"a sentence with slashes", "Item / Lead / Decision\nWelcome / Chair / Six came.\nA note.\nThe and / or rule applies to members / officers / staff alike.",
			[]string{"P Item / Lead / Decision", "P Welcome / Chair / Six came.", "P A note.", "P The and / or rule applies to members / officers / staff alike."}},
	} {
		t.Run(c.name, func(t *testing.T) { expectLines(t, c.text, rowOrText, c.want) })
	}
}

// A table of what is done and by when, copied a cell a paragraph with no
// number or bullet before its rows, is read by the date alone that closes
// each row: under a header on one line (a name keeping the period it
// covers) or one name a line, each action with its deadline, a date the
// copy ran onto the action's last line cut off as its deadline, and the
// prose after the last date left as text; with no blank lines between
// cells, each cell on one line, or the table of the two columns only.
// Two dated rows are no table, nor are paragraphs with no date after
// them; a date is not cut off a cell of a column after the deadline, nor
// where the words before it lead on to it.
func TestDatedCellTables(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"header on one line",
			"Cycling plan\n\nTasks 2026-2028 Deadline\n\nReplant the verges along the ring road\n\nMay 2026\n\n" +
				"Survey the footbridges and mend the worst of them\n\nMarch 2027\nCount the bikes parked at the station June 2027\n\n" +
				"Publish a map of the quiet lanes\n\nApril 2028\n\nThe plan will be looked at again once the survey is done and its results are known.\n",
			[]string{"P Cycling plan", "T Tasks 2026-2028\tDeadline", "T Replant the verges along the ring road\tMay 2026",
				"T Survey the footbridges and mend the worst of them\tMarch 2027", "T Count the bikes parked at the station\tJune 2027",
				"T Publish a map of the quiet lanes\tApril 2028",
				"P The plan will be looked at again once the survey is done and its results are known."}},
		{"names one a line, a lead's cell between",
			"Action\n\nLead\n\nTarget date\n\nRepaint the shelter\n\nParks team\n\nJuly 2026\n\n" +
				"Clear the brook's culvert\n\nDrainage officer\n\nSeptember 2026\n\nPlant the orchard\n\nTree warden\n\nNovember 2026\n",
			[]string{"T Action\tLead\tTarget date", "T Repaint the shelter\tParks team\tJuly 2026",
				"T Clear the brook's culvert\tDrainage officer\tSeptember 2026", "T Plant the orchard\tTree warden\tNovember 2026"}},
		{"a cell a line, no blank lines",
			"Tasks Deadline\nReplant the verges along the ring road\nMay 2026\nSurvey the footbridges\nMarch 2027\n" +
				"Count the bikes parked at the station\nJune 2027\n",
			[]string{"T Tasks\tDeadline", "T Replant the verges along the ring road\tMay 2026", "T Survey the footbridges\tMarch 2027",
				"T Count the bikes parked at the station\tJune 2027"}},
		{"two columns, an action's lines wrapped with no blank lines",
			"Tasks\nDeadline\nReplant the verges along\nthe ring road\nMay 2026\nSurvey the footbridges\nMarch 2027\n" +
				"Count the bikes parked at\nthe station\nJune 2027\n",
			[]string{"T Tasks\tDeadline", "T Replant the verges along the ring road\tMay 2026", "T Survey the footbridges\tMarch 2027",
				"T Count the bikes parked at the station\tJune 2027"}},
		{"two rows only",
			"Tasks\n\nDeadline\n\nReplant the verges\n\nMay 2026\n\nMend the bridge\n\nJune 2026\n",
			[]string{"P Tasks", "P Deadline", "P Replant the verges", "P May 2026", "P Mend the bridge", "P June 2026"}},
		{"a third column after the deadline, its cells ending in dates",
			"Action\n\nDeadline\n\nProgress\n\nResurface the car park\n\nMay 2026\n\nContractor chosen in February 2026\n\n" +
				"Fix the church clock\n\nJune 2026\n\nParts ordered in April 2026\n\nPrune the lime trees\n\nMarch 2027\n\nNot begun\n",
			[]string{"P Action", "P Deadline", "P Progress", "P Resurface the car park", "P May 2026", "P Contractor chosen in February 2026",
				"P Fix the church clock", "P June 2026", "P Parts ordered in April 2026", "P Prune the lime trees", "P March 2027", "P Not begun"}},
		{"a year the action's words lead on to is no deadline",
			"Tasks\n\nDeadline\n\nResurface the car park\n\nMay 2026\n\nCheck the design guide approved in 2021\n\n" +
				"Fix the church clock\n\nJune 2026\n\nPrune the lime trees\n\nMarch 2027\n",
			[]string{"P Tasks", "P Deadline", "P Resurface the car park", "P May 2026", "P Check the design guide approved in 2021",
				"P Fix the church clock", "P June 2026", "P Prune the lime trees", "P March 2027"}},
		{"a sentence after the table ending in a date",
			"Tasks\n\nDeadline\n\nResurface the car park\n\nMay 2026\n\nFix the church clock\n\nJune 2026\n\nPrune the lime trees\n\nMarch 2027\n\n" +
				"The list is to be looked at again by the parish meeting in April 2027\n\nCopies are at the library.\n",
			[]string{"T Tasks\tDeadline", "T Resurface the car park\tMay 2026", "T Fix the church clock\tJune 2026", "T Prune the lime trees\tMarch 2027",
				"P The list is to be looked at again by the parish meeting in April 2027", "P Copies are at the library."}},
		{"paragraphs with no dates",
			"Tasks\n\nDeadline\n\nReplant the verges this spring.\n\nMend the bridge when the river is low.\n\nPaint the benches.\n\nClean the signs.\n",
			[]string{"P Tasks", "P Deadline", "P Replant the verges this spring.", "P Mend the bridge when the river is low.", "P Paint the benches.", "P Clean the signs."}},
	} {
		got := tableOrProse(t, c.text)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

// TestDatedRowsBounded: rows sought under a header that prose follows read
// the lines up to the first that is no row's, not the rest of the paper,
// so a paper of such headers over prose, again and again, is read in time
// that grows with it only once.
func TestDatedRowsBounded(t *testing.T) {
	var raws []string
	for i := 0; i < 500; i++ {
		raws = append(raws, "Action", "", "Deadline", "", "The warden is to walk the footpaths again before the winter.", "")
	}
	lines := make([]layout.Line, len(raws))
	for i, r := range raws {
		lines[i] = layout.Line{Text: r, Page: 1}
	}
	ls := textLines(lines, raws)
	for _, p := range []int{1, 700, len(ls) - 5} {
		r := &cellReader{lines: lines, raws: raws, ls: ls, q: p + 1}
		if items, _, _, _ := datedRows(r, 0, true); items != nil {
			t.Errorf("header at %d: rows %v", p, items)
		}
		if r.q-(p+1) > 4 {
			t.Errorf("header at %d: read %d lines past it", p, r.q-(p+1))
		}
	}
}

// tableOrProse reads text and gives each line that is not blank, marked
// "T" where it is a table row and "P" where it is prose.
func tableOrProse(t *testing.T, text string) []string {
	t.Helper()
	d, err := Reader{}.Read(context.Background(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range d.Lines {
		switch {
		case l.IsTable():
			got = append(got, "T "+l.Text)
		case strings.TrimSpace(l.Text) != "":
			got = append(got, "P "+l.Text)
		}
	}
	return got
}

// A report's column copied a row a run of lines: the row's code, what is
// done wrapped over lines, then its status alone. The codes count on by
// their last number, and a status ends every row: a table of a code, the
// action and a status. Numbered paragraphs of prose, their last lines
// short but no status, and codes that do not count on, are no such rows.
func TestStatusRows(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"codes counting on, a status ending each row",
			"Homes and streets\n" +
				"HSG 25/26 - T B 03 - We will open a\n" +
				"second library van route to the\n" +
				"northern villages\n" +
				"Amber\n" +
				"HSG 25/26 - T B 04 - We will review\n" +
				"the opening hours of the pool\n" +
				"On target\n" +
				"\n" +
				"HSG 25/26 - T B 05 - Working with the\n" +
				"trust we will replant the avenue\n" +
				"Completed\n" +
				"Comments\n",
			[]string{"Ref\tAction\tStatus",
				"HSG 25/26 - T B 03\tWe will open a second library van route to the northern villages\tAmber",
				"HSG 25/26 - T B 04\tWe will review the opening hours of the pool\tOn target",
				"HSG 25/26 - T B 05\tWorking with the trust we will replant the avenue\tCompleted"}},
		{"numbered prose, no status ending its paragraphs",
			"Item 1 - The committee heard about the\nnew depot\nfor vans\n" +
				"Item 2 - Members asked about the\ncost of fuel\nin winter\n" +
				"Item 3 - The clerk read the letters\nfrom residents\nabout parking\n",
			nil},
		{"numbered prose whose paragraphs end on a status's word",
			"1: The new bins for the high street will be\ndelivered by May\n2: The library will stay\nopen on Sundays\n3: The repairs to the church roof are now\ncomplete\n",
			nil},
		{"a planning list's items with their outcomes",
			"Item 5 - Two houses on the old yard\nWithdrawn\nItem 6 - A porch at the mill\nDeferred\nItem 7 - A barn made a home\nDeferred\n",
			nil},
		{"codes that do not count on",
			"ENV 01 - We will plant trees\nGreen\nENV 04 - We will clean the brook\nAmber\nENV 02 - We will mend the stiles\nGreen\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tableLines(t, tt.text, func(l layout.Line) string { return l.Text })
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// A row's code is the longest opening that ends in a number before a
// dash; a year is no code's number.
func TestCodeOpening(t *testing.T) {
	for _, c := range []struct {
		line, prefix string
		n            int
		rest         string
		ok           bool
	}{
		{"PLN 24 - H 07 - We will open", "PLN 24 - H ", 7, "We will open", true},
		{"Item 12: Bins", "Item ", 12, "Bins", true},
		{"CS 04 - Open the hub for ages 11 - 16", "CS ", 4, "Open the hub for ages 11 - 16", true},
		{"Budget 2024 - the year", "", 0, "", false},
		{"We will open the hall", "", 0, "", false},
	} {
		prefix, n, rest, ok := codeOpening(c.line)
		if prefix != c.prefix || n != c.n || rest != c.rest || ok != c.ok {
			t.Errorf("codeOpening(%q) = %q %d %q %v", c.line, prefix, n, rest, ok)
		}
	}
}
