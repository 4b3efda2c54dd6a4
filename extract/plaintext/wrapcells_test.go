package plaintext

import (
	"context"
	"strings"
	"testing"
)

// A table printed in columns and copied a cell a line, each cell's text
// wrapped as narrow as its column, no blank line between cells. Rows
// opened by numbers counting on are read by them: the number's cell
// (the next cell, the number alone) is what is done, up to the line the
// wrap did not break (a capital where the next word would have fitted,
// a column's name, a date, a figure); a list lettered under a numbered
// heading makes the heading a row of its own; a cell's next sentence at
// the same width goes on with it. Unnumbered rows are read by their
// width where two columns wrap at widths far apart: the first cell's
// column holds what is done, a date after a group of its cells is their
// deadline, a cell of a few words before another is its title, and a
// cell of names is whom a row is for; where only the first column wraps,
// the others a name, a date or a status each, every other cell is a
// row's action. Cells a line each, prose under a
// header, and a table whose columns wrap alike are left as they are. A
// number alone, that a copy would take for a page's, numbers a row.
func TestWrappedTables(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"numbered rows, each number alone",
			"Ref\nAction\nLead officer\nDeadline\n" +
				"P1\nResurface the towpath\nbetween the lock and\nthe old mill\nParks Team\nMarch 2026\n" +
				"P2\nAgree a new lease for\nthe community hall with\nits trustees\nProperty Manager\nJune 2026\n" +
				"P3\nSurvey the trees in the\ncemetery and fell those\nfound unsafe\nParks Team\nOngoing\n" +
				"The committee will review this plan every six months and report on it to the council in the spring.\n",
			[]string{
				"1|false|false|Ref\tAction\tLead officer\tDeadline",
				"1|false|true|P1\tResurface the towpath between the lock and the old mill\t\t",
				"1|false|true|P2\tAgree a new lease for the community hall with its trustees\t\t",
				"1|false|true|P3\tSurvey the trees in the cemetery and fell those found unsafe\t\t",
			}},
		{"letters under a numbered heading, a cell's second sentence",
			"Aim\nActions\nPartners\nTimescale\n" +
				"1.1 Safer walking\nroutes to school\n" +
				"a) Map the routes that\npupils walk and mark\nthe worst crossings\nSchools\nYear 1\n" +
				"b) Ask the highway\nauthority for two new\ncrossings by the park\nHighways\nYear 2\n" +
				"c) Run a walk to school\nweek every autumn.\nEach school will then\nset its own goal for\nthe week.\nSchools\nYear 1/2/3\n" +
				"1.2 Cleaner air\n" +
				"A) Ask drivers not to\nidle outside the gates\nPolice\nYear 1\n",
			[]string{
				"1|false|false|\tAim\tActions\tPartners\tTimescale",
				"1|false|true|a)\tSafer walking routes to school\tMap the routes that pupils walk and mark the worst crossings\t\t",
				"1|false|true|b)\tSafer walking routes to school\tAsk the highway authority for two new crossings by the park\t\t",
				"1|false|true|c)\tSafer walking routes to school\tRun a walk to school week every autumn. Each school will then set its own goal for the week.\t\t",
				"1|false|true|A)\tCleaner air\tAsk drivers not to idle outside the gates\t\t",
			}},
		{"letters under a numbered heading, the header naming no aim",
			"No.\nAction\nLead\n" +
				"1.1 Verges and\nhedges along\nthe lanes\n" +
				"a) Cut back the hedges\non the school lane\nbefore term starts\nParish Clerk\n" +
				"b) Mow the verges of\nall the lanes in May\nand in September\nContractor\n",
			[]string{
				"1|false|false|No.\tAction\tLead",
				"1|true|false|Verges and hedges along the lanes",
				"1|false|true|a)\tCut back the hedges on the school lane before term starts\t",
				"1|false|true|b)\tMow the verges of all the lanes in May and in September\t",
			}},
		{"a numbered heading after the last row is text after the table",
			"No.\nAction\nLead\n" +
				"1.1 Verges and\nhedges along\nthe lanes\n" +
				"a) Cut back the hedges\non the school lane\nbefore term starts\nParish Clerk\n" +
				"b) Mow the verges of\nall the lanes in May\nand in September\nContractor\n" +
				"1.2 Any other\nbusiness\nThe chair closed\nthe meeting at nine\n",
			[]string{
				"1|false|false|No.\tAction\tLead",
				"1|true|false|Verges and hedges along the lanes",
				"1|false|true|a)\tCut back the hedges on the school lane before term starts\t",
				"1|false|true|b)\tMow the verges of all the lanes in May and in September\t",
			}},
		{"unnumbered rows told by their width",
			"Objective\nTimescale\nLead and outcome\n" +
				"Hall Repairs.\nMend the leaking roof\nof the village hall and\nits side porch\n" +
				"Lead and outcome\nBuildings Committee with the hall's\ntrustees, who will let the contractor in.\n" +
				"May 2026\n" +
				"Paint the railings and\nthe gates by the green\nbefore the summer fete\n" +
				"Volunteers\nJuly 2026\n" +
				"Residents will see a tidier green and\nfewer complaints will reach the clerk\nabout its state\n" +
				"Replace the broken\nbench by the bus stop\nwith a new oak one\n" +
				"Autumn 2026\n" +
				"Clerk and Chair\n" +
				"A new bench will be in place for the\npeople who wait at the stop each day\nand the old one taken away\n",
			[]string{
				"1|false|false|Objective\tTimescale\tLead and outcome",
				"1|false|true|Hall Repairs. Mend the leaking roof of the village hall and its side porch\tMay 2026\t",
				"1|false|true|Paint the railings and the gates by the green before the summer fete\tJuly 2026\t",
				"1|false|true|Replace the broken bench by the bus stop with a new oak one\tAutumn 2026\t",
			}},
		{"unnumbered rows, only what is done wrapping",
			"Action\nLead\nTarget date\nStatus\n" +
				"Write to every household\nabout the new bin\ncollection days\nWaste Manager\nApril 2026\nOn track\n" +
				"Put two more benches\non the green\nClerk\nMay 2026\n" +
				"Replace the broken sign\nat the top of the lane\nParish Council\nJune 2026\nNot started\n",
			[]string{
				"1|false|false|Action\tLead\tTarget date\tStatus",
				"1|false|true|Write to every household about the new bin collection days\t\tApril 2026\t",
				"1|false|true|Put two more benches on the green\t\tMay 2026\t",
				"1|false|true|Replace the broken sign at the top of the lane\t\tJune 2026\t",
			}},
		{"rows numbered by a number alone",
			"Action\nLead\nTimescale\n" +
				"1\nClear the ditch along\nthe north side of the\nplaying field\nGroundsman\nMarch 2026\n" +
				"2\nFit a new lock to the\ngate of the allotments\nAllotments Officer\nApril 2026\n" +
				"3\nAsk the county to fill\nthe potholes on the hill\nClerk\nMay 2026\n",
			[]string{
				"1|false|false|\tAction\tLead\tTimescale",
				"1|false|true|1\tClear the ditch along the north side of the playing field\t\t",
				"1|false|true|2\tFit a new lock to the gate of the allotments\t\t",
				"1|false|true|3\tAsk the county to fill the potholes on the hill\t\t",
			}},
		{"numbered cells a line each, no wrapped table",
			"Ref\nAction\nLead\nDeadline\nP1\nMend the gate\nClerk\nMay 2026\nP2\nCut the hedge\nChair\nJune 2026\nP3\nSweep the path\nClerk\nJuly 2026\n",
			nil},
		{"columns wrapped alike, no width to tell them by",
			"Objective\nTimescale\nOutcome\n" +
				"Mend the leaking roof\nof the village hall and\nits side porch\nMay 2026\n" +
				"A dry hall for the\nclubs that meet there\nall through the year\n" +
				"Paint the railings and\nthe gates by the green\nbefore the summer fete\nJuly 2026\n" +
				"A tidier green for the\npeople who live round\nit and its visitors\n",
			nil},
	}
	for _, tt := range tests {
		got := tableLines(t, tt.text, tableRowBoldRecord)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// wrapCells cuts a column's wrapped lines into cells: a line goes on in
// small letters, or with a word that would not have fitted above; a
// sentence's end, a date, a figure or room left for the next word ends a
// cell; a month over its year is one date.
func TestWrapCells(t *testing.T) {
	raws := []string{
		"Write to each club",
		"about the new fees",
		"Sports Officer",
		"September",
		"2026",
		"Open the pavilion on",
		"Sundays.",
		"Review the fees each",
		"spring",
		"Phase 2",
		"Friends of the Park",
	}
	idx := make([]int, len(raws))
	for i := range idx {
		idx[i] = i
	}
	var got []string
	for _, c := range wrapCells(raws, idx, []string{"Action", "Lead", "When"}) {
		got = append(got, c.text)
	}
	want := []string{"Write to each club about the new fees", "Sports Officer", "September 2026", "Open the pavilion on Sundays.",
		"Review the fees each spring", "Phase 2", "Friends of the Park"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "|"), strings.Join(want, "|"))
	}
}

// A table's rows with a blank line or two between some of its cells (a
// page's break) are read across them; the last row takes as many cells
// as the longest row before it, and the short lines after it stay text.
func TestWrappedTableEnds(t *testing.T) {
	text := "Action\nLead\nWhen\n" +
		"Clear the ditch along\nthe north side of the\nplaying field\nGroundsman\nMarch 2026\n\n" +
		"Fit a new lock to the\ngate of the allotments\nand give keys to the\ntenants\nAllotments Officer\n\n\nApril 2026\n" +
		"Ask the county to fill\nthe potholes on the hill\nClerk\nMay 2026\n" +
		"Signed by the Chair\nAgreed at the meeting\n"
	d, err := Reader{}.Read(context.Background(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var rows, rest []string
	for _, l := range d.Lines {
		switch {
		case l.IsTable():
			rows = append(rows, l.Text)
		case strings.TrimSpace(l.Text) != "":
			rest = append(rest, l.Text)
		}
	}
	want := []string{"Action\tLead\tWhen", "Clear the ditch along the north side of the playing field\t\tMarch 2026",
		"Fit a new lock to the gate of the allotments and give keys to the tenants\t\tApril 2026", "Ask the county to fill the potholes on the hill\t\tMay 2026"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows: got\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if strings.Join(rest, "|") != "Signed by the Chair|Agreed at the meeting" {
		t.Errorf("text after the table: got %q", rest)
	}
}
