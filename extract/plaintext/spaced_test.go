package plaintext

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

// TestSpacedTables: text without tabs whose table is set in columns with
// spaces, as pdftotext -layout writes it, gets cells: pieces drifting a
// few columns from the header's positions go to the column they overlap
// most, wrapped lines keep their columns, a running title pauses the table
// and rows that fit its columns resume it, and prose ends it.
func TestSpacedTables(t *testing.T) {
	text := strings.Join([]string{
		"Health Inequalities Action Plan (updated 17 June 2020):",
		"No      Action                           Responsible person/org.   Comments                Status",
		"1       Recommendation 1: Developing     Dr Kath Packham           Health profiles have    Complete",
		"        understanding further                                      now been produced.",
		"2       Recommendation 2: Oadby & BC  Avril Lennox                 Terms of Reference      Ongoing",
		"",
		"\fAction Plan – page 2",
		"3       Recommendation 3: Transport      Cllr Boulter              In discussion with      Delayed",
		"        links between the towns                                    Arriva.",
		"The board noted the plan and thanked officers for their work on it over the year.",
		"Page 2",
	}, "\n")
	expectLines(t, text, func(l layout.Line) string {
		if len(l.Cells) > 0 {
			return l.Text
		}
		return "- " + l.Text
	}, []string{
		"- Health Inequalities Action Plan (updated 17 June 2020):",
		"No\tAction\tResponsible person/org.\tComments\tStatus",
		"1\tRecommendation 1: Developing\tDr Kath Packham\tHealth profiles have\tComplete",
		"\tunderstanding further\t\tnow been produced.\t",
		"2\tRecommendation 2: Oadby & BC\tAvril Lennox\tTerms of Reference\tOngoing",
		"- ",
		"- Action Plan – page 2",
		"3\tRecommendation 3: Transport\tCllr Boulter\tIn discussion with\tDelayed",
		"\tlinks between the towns\t\tArriva.\t",
		"- The board noted the plan and thanked officers for their work on it over the year.",
		"- Page 2",
	})
}

// TestSpacedLeavesTabsAndProse: a text with tabs is read by its tabs
// alone, and prose with an odd double space stays prose.
// TestSpacedThemeRowAndWrappedRows: a header of single words set apart
// by spaces is a spaced table, not a flat one (whose rows would each be a
// record, and every wrapped line a row); a line across the columns with
// rows after it is a theme row over them, one cell spanning the table.
func TestSpacedThemeRowAndWrappedRows(t *testing.T) {
	text := strings.Join([]string{
		"  Objective                 Action                                When         Lead",
		"Enjoying the district: to give everyone the chance to take part in the arts",
		"",
		"  Make the most of the      We will bid to host the national      Bid June     Arts Board",
		"  district's venues         festival of music in 2028.            2026",
		"",
		"                            We will open a new gallery in the     2027/28      Museum partners",
		"                            old corn exchange.",
	}, "\n")
	expectLines(t, text, func(l layout.Line) string {
		s := l.Text
		if len(l.Cells) > 0 {
			s += fmt.Sprintf(" [record=%v span=%d]", l.Record, l.Cells[0].Span)
		}
		return s
	}, []string{
		"Objective\tAction\tWhen\tLead [record=false span=0]",
		"Enjoying the district: to give everyone the chance to take part in the arts\t\t\t [record=false span=4]",
		"Make the most of the\tWe will bid to host the national\tBid June\tArts Board [record=false span=0]",
		"district's venues\tfestival of music in 2028.\t2026\t [record=false span=0]",
		"\tWe will open a new gallery in the\t2027/28\tMuseum partners [record=false span=0]",
		"\told corn exchange.\t\t [record=false span=0]",
	})
}

func TestSpacedLeavesTabsAndProse(t *testing.T) {
	texts, _, _ := read(t, "No\tAction\tLead\n1\tRecruit  volunteers  now\tAnn\n")
	if texts[1] != "1\tRecruit volunteers now\tAnn" {
		t.Errorf("tab row: %q", texts[1])
	}
	prose := "The board  agreed the plan.\nIt will  meet again in March.\n" +
		"The Board welcomed the strategy.  Members asked about funding.  The Head of Waste\n" +
		"would circulate the recycling figures by 31 March 2025.  Officers would report back.\n" +
		// Numbered decisions typed with two spaces after the number and
		// after each full stop, their pieces lined up from one to the next.
		"1.  That the plan set out in paragraph 1 of the report be agreed.  This decision is to consult on it.\n\n" +
		"2.  That the consultation period in paragraph 34 of the report    be extended to six weeks.\n\n" +
		// A stray double space in a numbered decision, its next line's
		// pieces lined up by chance.
		"3.        That the Director of  Finance and the Town Clerk be authorised to agree the budget.\n\n" +
		"4.        That the two Chief Executives, as accounting officers for the three Councils, delegate spending decisions.\n\n" +
		// A sentence going on in lower case across a stray gap.
		"2.1      That Members approve the new rules for them to be          put in place.\n\n" +
		"2.2       Members agree that the rules will be reviewed  on an annual basis.\n"
	d, err := Reader{}.Read(context.Background(), []byte(prose))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range d.Lines {
		if len(l.Cells) > 0 {
			t.Errorf("prose line %q given cells", l.Text)
		}
	}
}

// TestSpacedAfterIndentingTabs: tabs that only indent a line (a title
// pushed right) set no cells, so the columns set with spaces below are
// still read.
func TestSpacedAfterIndentingTabs(t *testing.T) {
	texts, _, _ := read(t, "\t\t\t\tAppendix 1\n\n"+
		"Aim             Action                                Year      Lead\n"+
		"Help people     Run a campaign on housing advice      Year 1    Housing Advice\n"+
		"early           for people at risk\n")
	if texts[2] != "Aim\tAction\tYear\tLead" || texts[3] != "Help people\tRun a campaign on housing advice\tYear 1\tHousing Advice" {
		t.Errorf("rows: %q", texts[2:4])
	}
}

// TestSpacedTypedProse: after a table, a numbered paragraph typed with
// two spaces after each full stop, its number and heading lined up with
// the table's first columns by chance, is prose, and ends the table.
func TestSpacedTypedProse(t *testing.T) {
	text := strings.Join([]string{
		"1.1.1.  Green Acre Gardens                              £300.00 – no VAT",
		"1.1.2.  Hedge and Verge Ltd                             £420.00 + VAT",
		"2.      Memorial bench.  It was RECOMMENDED that the Clerk would order a new bench and report on the cost to the Committee in May.  This follows a survey of the old benches carried out by two members of the committee last year.",
	}, "\n")
	texts, _, _ := read(t, text)
	if texts[0] != "1.1.1.\tGreen Acre Gardens\t£300.00 – no VAT" {
		t.Errorf("table row: %q", texts[0])
	}
	if strings.Contains(texts[2], "\t") {
		t.Errorf("typed prose given cells: %q", texts[2])
	}
}

// TestSpacedBulletTabs: bullets whose glyph a word processor set apart
// with a tab's worth of spaces are points, not a table, though one of
// them has two spaces inside (322/02).
func TestSpacedBulletTabs(t *testing.T) {
	text := strings.Join([]string{
		"-       The hall needs booking by the Clerk,  Parish Office staff to help.",
		"",
		"-       Sue and Jan were to write to the county.",
		"",
		"-       Tom to talk to Sue about a shared open day for the villages.",
	}, "\n")
	texts, _, _ := read(t, text)
	for _, s := range texts {
		if strings.Contains(s, "\t") {
			t.Errorf("a bullet given cells: %q", s)
		}
	}
}

// TestSpacedDashCells: inside a table a dash is a cell's value (a nil in
// a budget's column, a row's mark), not a bullet to join to the next
// cell; a dash set before a number is no bullet either.
func TestSpacedDashCells(t *testing.T) {
	text := strings.Join([]string{
		"Budget line             2025/26     2026/27     2027/28",
		"Hall repairs            500         600         700",
		"                        -           120         120",
		"Verge cutting           250         250         250",
		"",
		"Ref    Action                 Lead       Due",
		"1      Paint the railings     Clerk      June 2025",
		"-      Fix the gate latch     Warden     May 2025",
	}, "\n")
	expectLines(t, text, func(l layout.Line) string { return l.Text }, []string{
		"Budget line\t2025/26\t2026/27\t2027/28",
		"Hall repairs\t500\t600\t700",
		"\t-\t120\t120",
		"Verge cutting\t250\t250\t250",
		"Ref\tAction\tLead\tDue",
		"1\tPaint the railings\tClerk\tJune 2025",
		"-\tFix the gate latch\tWarden\tMay 2025",
	})
}

// TestSplitAcross: a piece that starts on a column and runs over the next
// column's start with one space there is split; a piece that has drifted
// off any column start stays whole. In text written a paragraph a line, a
// split that would end or start a cell on a word that opens a phrase is a
// sentence run across the column, and stays whole; in wrapped text a
// cell's line may end so.
func TestSplitAcross(t *testing.T) {
	anchor := pieces("No   What we will do        By when   Who")
	tests := []struct {
		line    string
		flowing bool
		want    string
	}{
		{"1    Provide energy advice 2022/23   Housing", false, "1|Provide energy advice|2022/23|Housing"},
		{"2    Review the local plan      2023/24   Planning Policy", false, "2|Review the local plan|2023/24|Planning Policy"},
		// Drifted between two column starts: whole, in the column it overlaps most.
		{"3    Do it" + strings.Repeat(" ", 23) + "Avril Lennox Smith", false, "3|Do it||Avril Lennox Smith"},
		{"4    That the sum of money be spent on it", true, "4|That the sum of money be spent on it||"},
		{"5    Accept the quotation for £280 from Ann Lee", true, "5|Accept the quotation for £280 from Ann Lee||"},
		{"1    Provide energy advice 2022/23   Housing", true, "1|Provide energy advice|2022/23|Housing"},
		{"7    Provide energy advice The Clerk  Housing", true, "7|Provide energy advice|The Clerk|Housing"},
		{"6    Work with partners on canals    Parks", false, "6|Work with partners on|canals|Parks"},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range cut(pieces(tt.line), anchor, tt.flowing) {
			got = append(got, c.Text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q (flowing %v): got %q, want %q", tt.line, tt.flowing, strings.Join(got, "|"), tt.want)
		}
	}
}
