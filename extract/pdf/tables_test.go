package pdf

import (
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
