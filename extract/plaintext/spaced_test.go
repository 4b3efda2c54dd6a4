package plaintext

import (
	"context"
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

// TestSplitAcross: a piece that starts on a column and runs over the next
// column's start with one space there is split; a piece that has drifted
// off any column start stays whole.
func TestSplitAcross(t *testing.T) {
	anchor := pieces("No   What we will do        By when   Who")
	tests := []struct{ line, want string }{
		{"1    Provide energy advice 2022/23   Housing", "1|Provide energy advice|2022/23|Housing"},
		{"2    Review the local plan      2023/24   Planning Policy", "2|Review the local plan|2023/24|Planning Policy"},
		// Drifted between two column starts: whole, in the column it overlaps most.
		{"3    Do it" + strings.Repeat(" ", 23) + "Avril Lennox Smith", "3|Do it||Avril Lennox Smith"},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range cut(pieces(tt.line), anchor) {
			got = append(got, c.Text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.line, strings.Join(got, "|"), tt.want)
		}
	}
}
