package pdf

import (
	"slices"
	"strings"
	"testing"
)

// docTexts analyses one page of lines and returns the Doc's line texts,
// a blank line as "".
func docTexts(lines []*textLine) []string {
	doc, _ := analyse([]*page{{num: 1, w: 595, h: 842, lines: lines}})
	var got []string
	for _, l := range doc.Lines {
		got = append(got, l.Text)
	}
	return got
}

// bolded sets a line's words in bold.
func bolded(l *textLine) *textLine {
	for i := range l.words {
		l.words[i].bold = true
	}
	return l
}

// TestParagraphs: a paragraph ends, with a blank line, where the next line
// stands clearly further down than the page's line step or where the line
// stops short of the margin; lines that wrapped at line spacing run on; a
// bold title of body size that wraps is one line.
func TestParagraphs(t *testing.T) {
	// A 12pt page set 13.5pt apart; a full line reaches the right margin.
	const full = "There was no additional funding for the Plans and this issue of funding would be monitored"
	tests := []struct {
		name  string
		lines []*textLine
		want  []string
	}{
		{
			name: "wider gap breaks",
			lines: []*textLine{
				setLine(700, 12, 34, "46.1 "+full),
				setLine(686.5, 12, 34, "going forward by the Board."),
				setLine(661, 12, 34, "46.2 "+full),
				setLine(647.5, 12, 34, "at each meeting."),
				setLine(622, 12, 34, "AGREED that the progress of the Plans be noted."),
			},
			want: []string{"46.1 " + full, "going forward by the Board.", "", "46.2 " + full, "at each meeting.", "", "AGREED that the progress of the Plans be noted."},
		},
		{
			name: "short line breaks a list at line spacing",
			lines: []*textLine{
				setLine(700, 12, 54, "i. There were Action Plans to go alongside the CHWPs."),
				setLine(686.5, 12, 51, "ii. "+full),
				setLine(673, 12, 64, "going forward."),
				setLine(659.5, 12, 49, "iii. Membership lists would be circulated."),
			},
			want: []string{"i. There were Action Plans to go alongside the CHWPs.", "", "ii. " + full, "going forward.", "", "iii. Membership lists would be circulated."},
		},
		{
			name: "wrapped bold title",
			lines: []*textLine{
				bolded(setLine(700, 12, 34, "Recommendation 6a - Improving Communication across")),
				bolded(setLine(686.5, 12, 34, "Organisations and with Local Residents:")),
				setLine(661, 12, 34, full),
				setLine(647.5, 12, 34, "going forward."),
			},
			want: []string{"Recommendation 6a - Improving Communication across Organisations and with Local Residents:", "", full, "going forward."},
		},
		{
			name: "bold lines that end a title stay apart",
			lines: []*textLine{
				bolded(setLine(700, 12, 34, "Recommendation 6 - Social Prescribing:")),
				bolded(setLine(686.5, 12, 34, "Recommendation 7 - South Wigston Health Centre")),
				setLine(661, 12, 34, full),
			},
			want: []string{"Recommendation 6 - Social Prescribing:", "", "Recommendation 7 - South Wigston Health Centre", "", full},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := docTexts(tt.lines); !slices.Equal(got, tt.want) {
				t.Errorf("lines %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestColumns: lines of two columns of prose set side by side are read
// left column first; a single column, and a table whose cells hold a word
// or two, are read line by line.
func TestColumns(t *testing.T) {
	// side sets a line of the left column and one of the right on a
	// baseline, as one line, the way the line grouping finds them.
	side := func(base float64, left, right string) *textLine {
		l := setLine(base, 10, 34, left)
		if right != "" {
			l.words = append(l.words, setLine(base, 10, 320, right).words...)
		}
		return l
	}
	twoCol := []*textLine{
		side(700, "(iv) There was no additional funding for", "Membership lists of the Working Groups"),
		side(689, "the CHWPs therefore the work would have", "would be circulated to all Board members."),
		side(678, "to be carried out from existing funding.", "Public Health representatives had been"),
		side(667, "This issue of funding would be monitored", "invited to attend the Working Groups."),
		side(656, "going forward.", ""),
	}
	got := docTexts(twoCol)
	want := []string{
		"(iv) There was no additional funding for", "the CHWPs therefore the work would have",
		"to be carried out from existing funding.", "This issue of funding would be monitored", "going forward.",
		"", "Membership lists of the Working Groups", "would be circulated to all Board members.",
		"Public Health representatives had been", "invited to attend the Working Groups.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("two columns: lines %q\nwant %q", got, want)
	}

	// A table of short cells, here with no header to be found by, keeps
	// its rows, gutters and all.
	var table []*textLine
	for i, row := range []string{"4|Agree the plan|C. Brown|June 2024", "1|Review funding|J. Smith|March 2024", "2|Circulate lists|A. Jones|April 2024", "3|Invite leads|B. Patel|May 2024"} {
		l := &textLine{base: 700 - 14*float64(i), size: 10}
		for k, cell := range strings.Split(row, "|") {
			l.words = append(l.words, setLine(l.base, 10, 34+140*float64(k), cell).words...)
		}
		table = append(table, l)
	}
	for _, l := range docTexts(table) {
		if strings.Contains(l, "Review funding") && !strings.Contains(l, "March 2024") {
			t.Errorf("table row split: %q", l)
		}
	}
}
