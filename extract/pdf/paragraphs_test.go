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
			name: "double spacing",
			lines: []*textLine{
				setLine(700, 12, 34, full),
				setLine(676, 12, 34, full),
				setLine(652, 12, 34, full),
				setLine(628, 12, 34, "going forward."),
				setLine(592, 12, 34, full),
			},
			want: []string{full, full, full, "going forward.", "", full},
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

// justified sets a line from x0 to x1 exactly, its spaces stretched, as
// justified text is.
func justified(base, size, x0, x1 float64, s string) *textLine {
	l := setLine(base, size, x0, s)
	extra := (x1 - l.x1()) / float64(len(l.words)-1)
	for i := range l.words {
		l.words[i].x0 += float64(i) * extra
		l.words[i].x1 += float64(i) * extra
	}
	return l
}

// TestParagraphSpacing: paragraphs are told by their own line spacing and
// their own right edge, not the page's: text set 1.5 lines apart in a block
// narrower than the page (beside an image) runs on where its lines ran to
// the block's edge, and breaks where one stops short or a wider gap
// follows, though text elsewhere on the page is set closer and wider; an
// indented first line starts a paragraph; a reference's short hanging
// line does not.
func TestParagraphSpacing(t *testing.T) {
	const (
		p1a  = "At the February meeting the partnership board said"
		p1b  = "goodbye to the outgoing chairman of the county"
		p1c  = "council, along with the deputy chief executive who"
		p2a  = "On the same day the board endorsed its strategic"
		wide = "The list below is set at single spacing across the whole width of the page text."
	)
	lines := []*textLine{
		// Beside an image: justified to 447 on a page whose text runs to 540.
		justified(760, 12, 57, 447, p1a),
		justified(739.6, 12, 57, 447, p1b),
		justified(719.2, 12, 57, 447, p1c),
		setLine(698.8, 12, 57, "retired from the position."),
		justified(658, 12, 57, 447, p2a),
		setLine(637.6, 12, 57, "aims under four headings:"),
		// Below the image, single spacing, full width.
		justified(600, 12, 57, 540, wide),
		justified(586, 12, 57, 540, wide),
		setLine(572, 12, 57, "That is all."),
	}
	want := []string{p1a, p1b, p1c, "retired from the position.", "", p2a, "aims under four headings:", "", wide, wide, "That is all."}
	if got := docTexts(lines); !slices.Equal(got, want) {
		t.Errorf("1.5 spacing beside an image: lines %q\nwant %q", got, want)
	}

	const (
		body = "The council set out its plans for the coming year and the partners agreed to"
		last = "report back in the spring."
	)
	indent := []*textLine{
		justified(700, 12, 57, 540, body),
		justified(686, 12, 57, 540, body),
		justified(672, 12, 93, 540, "A second paragraph starts here, set in from the margin, and runs to"),
		justified(658, 12, 57, 540, body),
		setLine(644, 12, 57, last),
	}
	want = []string{body, body, "", "A second paragraph starts here, set in from the margin, and runs to", body, last}
	if got := docTexts(indent); !slices.Equal(got, want) {
		t.Errorf("first-line indent: lines %q\nwant %q", got, want)
	}

	refs := []*textLine{
		justified(700, 12, 57, 540, "Department of Health. (2012). Preventing suicide in England: a cross-government"),
		setLine(686, 12, 93, "outcomes strategy."),
		justified(672, 12, 57, 540, "Department of Health. (2017). Preventing suicides in England: third progress"),
		setLine(658, 12, 93, "report on the strategy."),
	}
	want = []string{"Department of Health. (2012). Preventing suicide in England: a cross-government", "outcomes strategy.", "",
		"Department of Health. (2017). Preventing suicides in England: third progress", "report on the strategy."}
	if got := docTexts(refs); !slices.Equal(got, want) {
		t.Errorf("hanging references: lines %q\nwant %q", got, want)
	}
}

// TestColumns: lines of two columns of prose set side by side are read
// left column first; a single column, and a table whose cells hold a word
// or two, are read line by line.
func TestColumns(t *testing.T) {
	// wrap sets text from x in lines no wider than width, greedily, as a
	// browser does, 11pt apart from the baseline top.
	wrap := func(top, x, width float64, text string) []*textLine {
		var out []*textLine
		var cur []string
		for _, w := range strings.Fields(text) {
			if l := setLine(0, 10, x, strings.Join(append(cur, w), " ")); len(cur) > 0 && l.x1() > x+width {
				out = append(out, setLine(top-11*float64(len(out)), 10, x, strings.Join(cur, " ")))
				cur = nil
			}
			cur = append(cur, w)
		}
		return append(out, setLine(top-11*float64(len(out)), 10, x, strings.Join(cur, " ")))
	}
	// One paragraph flows from the left column into the right, at whose
	// foot a second paragraph begins; the line grouping sets each left
	// line and the right one on its baseline as one line.
	const para = "(iv) There was no additional funding for the CHWPs therefore the work would have to be carried out from existing funding and grants would be bid for where appropriate. This issue of funding would be monitored going forward and reported to the Board at each meeting of the year."
	// The paragraph's later lines go to the top of the right column.
	left := wrap(700, 34, 250, para)
	moved := left[len(left)/2:]
	left = left[:len(left)/2]
	var right []*textLine
	for i, l := range moved {
		m := &textLine{base: 700 - 11*float64(i), size: 10}
		for _, w := range l.words {
			m.words = append(m.words, word{x0: w.x0 + 286, x1: w.x1 + 286, size: w.size, text: w.text})
		}
		right = append(right, m)
	}
	right = append(right, wrap(700-11*float64(len(right)), 320, 250, "(v) Public Health representatives had been invited to attend the Working Groups and the issue of resources would be monitored.")...)
	var lines []*textLine
	for i := 0; i < max(len(left), len(right)); i++ {
		l := &textLine{base: 700 - 11*float64(i), size: 10}
		if i < len(left) {
			l.words = append(l.words, left[i].words...)
		}
		if i < len(right) {
			l.words = append(l.words, right[i].words...)
		}
		lines = append(lines, l)
	}
	var paras []string
	cur := ""
	for _, l := range docTexts(lines) {
		switch {
		case l == "":
			paras, cur = append(paras, cur), ""
		case cur == "":
			cur = l
		default:
			cur += " " + l
		}
	}
	paras = append(paras, cur)
	want := []string{para, "(v) Public Health representatives had been invited to attend the Working Groups and the issue of resources would be monitored."}
	if !slices.Equal(paras, want) {
		t.Errorf("two columns: paragraphs %q\nwant %q", paras, want)
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

// TestBoldEnd: a paragraph whose bold end wraps onto a line of its own
// ("ACTION: Caroline Trevithick") keeps that line plain, so it is read as
// the paragraph's end and not as a title; a bold line after a break is bold.
func TestBoldEnd(t *testing.T) {
	const full = "Membership lists would be circulated to the Board members by the end of September ACTION:"
	lines := []*textLine{
		setLine(700, 12, 34, full),
		bolded(setLine(686.5, 12, 34, "Caroline Trevithick")),
		bolded(setLine(661, 12, 34, "RESOLVED")),
		setLine(647.5, 12, 34, full),
	}
	doc, _ := analyse([]*page{{num: 1, w: 595, h: 842, lines: lines}})
	bold := map[string]bool{}
	for _, l := range doc.Lines {
		bold[l.Text] = l.Bold
	}
	if bold["Caroline Trevithick"] || !bold["RESOLVED"] {
		t.Errorf("bold lines %v, want RESOLVED alone", bold)
	}
}

// TestTextRight: the text block's edge is the widest prose line's end,
// whatever a wider table or a line overflowing the margin does.
func TestTextRight(t *testing.T) {
	at := func(x0, x1 float64) *textLine {
		return &textLine{size: 10, words: []word{{x0: x0, x1: x1, size: 10, text: "w"}}}
	}
	pg := &page{w: 595, lines: []*textLine{at(34, 500), at(34, 561), at(30, 575), at(34, 480), at(34, 590)}}
	inTable := []bool{false, false, true, false, false}
	// 590 overflows the 34pt margin's mirror (561); 575 is a table's, set wider.
	if got := textRight(pg, inTable); got != 561 {
		t.Errorf("edge %v, want 561", got)
	}
	pg.lines = pg.lines[:4]
	if got := textRight(pg, inTable[:4]); got != 561 {
		t.Errorf("edge %v without the overflow, want 561", got)
	}
}

// TestPaperLeft: a page whose indented points and the owners and statuses
// under them outnumber its lines at the margin keeps the margin its pages
// before it share, so that its points stand indented as theirs do; a
// first page, or a page with too few lines at that margin, keeps its own.
func TestPaperLeft(t *testing.T) {
	set := func(num int, lines ...any) *page {
		pg := &page{num: num, w: 595, h: 842}
		base := 760.0
		for k := 0; k < len(lines); k += 2 {
			pg.lines = append(pg.lines, setLine(base, 10, lines[k].(float64), lines[k+1].(string)))
			base -= 24
		}
		return pg
	}
	first := func() *page {
		return set(1, 40.0, "Healthier eating:", 52.0, "• Cook and eat sessions", 64.0, "Food Team", 64.0, "On track",
			40.0, "Example outcomes:", 52.0, "• More families eat well", 40.0, "Measures:")
	}
	indents := func(pages ...*page) map[string]float64 {
		last := pages[len(pages)-1].num
		doc, _ := analyse(pages)
		got := map[string]float64{}
		for _, l := range doc.Lines {
			if l.Page == last && l.Text != "" {
				got[l.Text] = l.Indent
			}
		}
		return got
	}
	next := func(sport ...any) *page {
		return set(2, append([]any{52.0, "• Walk to school", 64.0, "Travel Team", 64.0, "On track", 40.0, "Active travel:",
			52.0, "• Park runs", 64.0, "Leisure Team", 64.0, "Not started"}, sport...)...)
	}
	got := indents(first(), next(40.0, "Sport:"))
	if got["• Park runs"] != 12 || got["Leisure Team"] != 24 || got["Active travel:"] != 0 {
		t.Errorf("page 2 indents %v, want points at 12 and owners at 24 from the margin at 40", got)
	}
	// One line at the margin tells none: the page's own edge stands.
	if got := indents(first(), next()); got["Leisure Team"] != 0 || got["• Park runs"] != 0 {
		t.Errorf("page 2 with one line at the margin: indents %v, want owners at 0", got)
	}
	if got := indents(next(40.0, "Sport:")); got["Leisure Team"] != 0 || got["• Park runs"] != 0 {
		t.Errorf("as a first page: indents %v, want owners at 0", got)
	}
}

// TestBreakOverPages: a paragraph whose last line on a page stopped short
// ended there; one whose line ran to the margin goes on over the page.
func TestBreakOverPages(t *testing.T) {
	const full = "There was no additional funding for the Plans and this issue of funding would be monitored"
	body := func(last string) []*textLine {
		return []*textLine{setLine(120, 12, 34, full), setLine(106.5, 12, 34, full), setLine(93, 12, 34, last)}
	}
	next := func() *page {
		return &page{num: 2, w: 595, h: 842, lines: []*textLine{setLine(760, 12, 34, "AGREED that the progress of the Plans be noted.")}}
	}
	for _, tt := range []struct {
		last  string
		blank bool
	}{
		{"going forward.", true},
		{full, false},
	} {
		doc, _ := analyse([]*page{{num: 1, w: 595, h: 842, lines: body(tt.last)}, next()})
		blank := false
		for _, l := range doc.Lines {
			blank = blank || l.Page == 2 && l.Text == ""
		}
		if blank != tt.blank {
			t.Errorf("page 1 ending %q: blank line on page 2 %v, want %v", tt.last, blank, tt.blank)
		}
	}
}

// TestCentred: the lines of a centred paragraph all stop short of the
// margin, and run on all the same.
func TestCentred(t *testing.T) {
	const full = "There was no additional funding for the Plans and this issue of funding would be monitored"
	centre := func(base float64, s string) *textLine {
		l := setLine(base, 12, 0, s)
		dx := 297.5 - l.x1()/2
		for i := range l.words {
			l.words[i].x0 += dx
			l.words[i].x1 += dx
		}
		return l
	}
	lines := []*textLine{
		setLine(700, 12, 34, full),
		setLine(686.5, 12, 34, "going forward."),
		centre(661, "Signed by the Chair of the Health and Wellbeing Board"),
		centre(647.5, "on the twentieth of July"),
	}
	want := []string{full, "going forward.", "", "Signed by the Chair of the Health and Wellbeing Board", "on the twentieth of July"}
	if got := docTexts(lines); !slices.Equal(got, want) {
		t.Errorf("lines %q\nwant %q", got, want)
	}
}
