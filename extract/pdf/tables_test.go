package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/pdf/stdfont"
)

// line sets text at x positions: each cell's words 3pt apart, as a 10pt
// Helvetica line would be.
func line(base float64, cells map[float64]string) *textLine {
	l := &textLine{base: base, size: 10}
	var xs []float64
	for x := range cells {
		xs = append(xs, x)
	}
	for i := 0; i < len(xs); i++ {
		for j := i + 1; j < len(xs); j++ {
			if xs[j] < xs[i] {
				xs[i], xs[j] = xs[j], xs[i]
			}
		}
	}
	for _, x := range xs {
		for _, w := range strings.Fields(cells[x]) {
			wd := stdfont.StringWidth(stdfont.Helvetica, false, 10, w)
			l.words = append(l.words, word{x0: x, x1: x + wd, size: 10, text: w})
			x += wd + 3
		}
	}
	return l
}

func TestGutters(t *testing.T) {
	hdr := []*textLine{line(700, map[float64]string{50: "No", 90: "Action", 300: "Owner", 420: "Status"})}
	body := []*textLine{
		line(680, map[float64]string{50: "1", 90: "Review the policy and", 300: "Planning", 420: "Ongoing"}),
		line(668, map[float64]string{90: "report to the Board", 300: "Policy"}),
		line(650, map[float64]string{50: "Priority 2 - Community Infrastructure and more"}), // theme row
		line(632, map[float64]string{50: "2", 90: "Publish the guidance", 300: "Housing", 420: "Complete"}),
		line(620, map[float64]string{90: "for applicants", 420: "in part"}),
	}
	bounds, zones := gutters(hdr, body)
	if len(bounds) != 5 {
		t.Fatalf("bounds %v: want 4 columns", bounds)
	}
	for i, want := range []float64{70, 200, 400} {
		if b := bounds[i+1]; b < want-25 || b > want+60 {
			t.Errorf("boundary %d at %.1f, want near %.0f", i+1, b, want)
		}
	}
	for i, l := range body {
		if got, want := straddles(l, bounds, zones), i == 2; got != want {
			t.Errorf("line %d %q: straddles %v, want %v", i, l.text(), got, want)
		}
	}
	if !isHeader(hdr[0]) || isHeader(body[0]) || isHeader(line(600, map[float64]string{50: "as a priority topic due to the", 300: "target groups"})) {
		t.Error("isHeader: header words in separate short capitalised chunks make a header; prose does not")
	}
}

func TestStdfontWidths(t *testing.T) {
	tests := []struct {
		fam  stdfont.Family
		bold bool
		s    string
		want float64 // points at 10pt
	}{
		{stdfont.Helvetica, false, "Action", 27.79},
		{stdfont.Helvetica, true, "Action", 29.18},
		{stdfont.Courier, false, "Action", 36},
		{stdfont.Times, false, "Action", 25.01},
	}
	for _, tt := range tests {
		if got := stdfont.StringWidth(tt.fam, tt.bold, 10, tt.s); got < tt.want-0.05 || got > tt.want+0.05 {
			t.Errorf("%v bold=%v %q: %.2f, want %.2f", tt.fam, tt.bold, tt.s, got, tt.want)
		}
	}
	if stdfont.FamilyOf("ABCDEF+TimesNewRomanPS-BoldMT") != stdfont.Times || stdfont.FamilyOf("Arial-BoldMT") != stdfont.Helvetica || stdfont.FamilyOf("CourierNew") != stdfont.Courier {
		t.Error("FamilyOf")
	}
}

// TestGuttersTightPadding: a borderless table printed with tight cell
// padding (as a browser does with 2px) leaves gaps between columns hardly
// wider than a word space. The columns still show in where the cells'
// text starts on every row and in the header's words; the spaces between
// the words of the action column line up on nothing and split nothing.
func TestGuttersTightPadding(t *testing.T) {
	rows := [][]string{
		{"Ref", "Action", "Who", "Timescale", "Comments", "Rating"},
		{"1", "Recommendation 1: Developing further understanding", "Dr Kath", "End of March", "Health profiles for the", "Blue"},
		{"", "whether it is possible to evaluate the population", "Packham", "2021", "three towns have now", ""},
		{"", "data in different ways", "", "", "been produced", ""},
		{"2", "Consider reviewing the Terms of Reference", "Avril Lennox", "Ongoing", "Terms of Reference have", "Blue"},
		{"", "including attendance list", "", "", "been revised", ""},
		{"3", "Explore the possibility of an improved transport", "Cllr Boulter", "31/12/20", "In discussion with Arriva", "Green"},
		{"", "link between the three towns", "", "", "", ""},
	}
	for _, gap := range []float64{4.5, 3.2} { // 3.2: hardly wider than these lines' 3pt spaces
		t.Run(fmt.Sprint(gap), func(t *testing.T) { tightTable(t, rows, gap) })
	}
	// Cells that start alike line up their spaces and next words exactly,
	// on every row when no cell wraps; still one column.
	alike := [][]string{rows[0]}
	for i, a := range []string{"Review the policy", "Publish the guidance", "Consult the residents", "Report to the board"} {
		alike = append(alike, []string{fmt.Sprint(i + 1), fmt.Sprintf("Recommendation %d: %s", i+1, a), "Planning", "2021", "Begun", "Blue"})
	}
	tightTable(t, alike, 8)
}

// tightTable sets rows as a borderless table whose columns are gap apart
// after each column's widest text, and checks the gutters find them all.
func tightTable(t *testing.T, rows [][]string, gap float64) {
	t.Helper()
	width := func(s string) float64 {
		var w float64
		for i, f := range strings.Fields(s) {
			if i > 0 {
				w += 3
			}
			w += stdfont.StringWidth(stdfont.Helvetica, false, 10, f)
		}
		return w
	}
	xs := []float64{50}
	for c := 0; c < len(rows[0])-1; c++ {
		widest := 0.0
		for _, r := range rows {
			widest = max(widest, width(r[c]))
		}
		xs = append(xs, xs[c]+widest+gap)
	}
	var lines []*textLine
	for i, r := range rows {
		cells := map[float64]string{}
		for c, s := range r {
			if s != "" {
				cells[xs[c]] = s
			}
		}
		lines = append(lines, line(700-12*float64(i), cells))
	}
	bounds, zones := gutters(lines[:1], lines[1:])
	if len(bounds) != len(xs)+1 {
		t.Fatalf("bounds %v: want %d columns at %v", bounds, len(xs), xs)
	}
	for c := 1; c < len(xs); c++ {
		if b := bounds[c]; b < xs[c]-gap-0.5 || b > xs[c]+0.5 {
			t.Errorf("boundary %d at %.1f, want in the gap before %.1f", c, b, xs[c])
		}
	}
	for _, l := range lines[1:] {
		if straddles(l, bounds, zones) {
			t.Errorf("%q straddles the columns", l.text())
		}
	}
}

// TestGridCaption: a ruled table's top row that runs across the columns
// with no header words (a caption, "Table 1: …") is no header: it stays a
// row of its own with its text whole, and the header row under it keeps
// its columns.
func TestGridCaption(t *testing.T) {
	xs := []float64{50, 150, 300, 450}
	pg := &page{num: 1, w: 595, h: 842}
	// The frame and the row rules; the column rules stop under the caption.
	for _, y := range []float64{700, 680, 660, 620} {
		pg.hsegs = append(pg.hsegs, segment{50, y, 450, y})
	}
	for _, x := range xs {
		top := 680.0
		if x == 50 || x == 450 {
			top = 700
		}
		pg.vsegs = append(pg.vsegs, segment{x, 620, x, top})
	}
	pg.lines = []*textLine{
		line(686, map[float64]string{55: "Table 1: Health and Wellbeing Strategy Action Plan 2022/23"}),
		line(666, map[float64]string{55: "No", 155: "Action", 305: "Owner"}),
		line(640, map[float64]string{55: "1", 155: "Review the policy", 305: "Planning"}),
	}
	for _, l := range pg.lines[:2] { // set in bold, as a browser sets <th>
		for i := range l.words {
			l.words[i].bold = true
		}
	}
	regs := findRegions(pg, nil)
	if len(regs) != 1 || regs[0].columns() != 3 {
		t.Fatalf("regions %+v: want one of 3 columns", regs)
	}
	if len(regs[0].header) != 0 {
		t.Errorf("header lines %v: the caption is no header", regs[0].header)
	}
	var got [][]string
	for _, l := range regionLines(pg, &regs[0]) {
		got = append(got, l.CellTexts())
	}
	want := [][]string{
		{pg.lines[0].text(), "", ""},
		{"No", "Action", "Owner"},
		{"1", "Review the policy", "Planning"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("rows %q, want %q", got, want)
	}
}
