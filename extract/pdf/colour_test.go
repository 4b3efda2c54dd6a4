package pdf

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

// colourRes are page resources naming colour spaces, with the ICC profile
// streams they point to (objects 7 and 8): what LibreOffice and Word
// write where Chromium writes rg.
const colourRes = "/ColorSpace << /CS0 [/ICCBased 7 0 R] /CS1 [/ICCBased 8 0 R] /CS2 [/Separation /Spot /DeviceCMYK 9 0 R] /CS3 /DeviceRGB >>"

var colourObjs = []string{
	"<< /N 3 /Length 4 >>\nstream\nxxxx\nendstream",
	"<< /N 4 /Length 4 >>\nstream\nxxxx\nendstream",
	"<< /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [0 1 1 0] /N 1 >>",
}

// TestFillColour: the interpreter keeps the fill colour that g, rg, k, and
// sc or scn in the space cs set (device spaces, ICC-based ones by their
// component count, saved and restored with q and Q), and keeps each area
// filled in a RAG colour with its word; grey, pale, black, stroked-only,
// rule-thin and unknown colours (patterns, separations) give none.
func TestFillColour(t *testing.T) {
	const cell = " 100 400 60 40 re f"
	tests := []struct {
		name, content string
		want          []string // each shade: word x0 y0 x1 y1
	}{
		{"rg", "0 0.69 0.31 rg" + cell, []string{"Green 100 400 160 440"}},
		{"gray", "0.5 g" + cell, nil},
		{"cmyk amber", "0 0.25 1 0 k" + cell, []string{"Amber 100 400 160 440"}},
		{"device rgb by cs", "/DeviceRGB cs 1 0 0 sc" + cell, []string{"Red 100 400 160 440"}},
		{"cs starts at black", "1 0 0 rg /DeviceRGB cs" + cell, nil},
		{"named device space", "/CS3 cs 1 0 0 scn" + cell, []string{"Red 100 400 160 440"}},
		{"icc with 3 components", "/CS0 cs 0 0.44 0.75 scn" + cell, []string{"Blue 100 400 160 440"}},
		{"icc with 4 components", "/CS1 cs 0.9 0 1 0 scn" + cell, []string{"Green 100 400 160 440"}},
		{"components fewer than the space's", "/CS0 cs 1 0 scn" + cell, nil},
		{"pattern", "1 0 0 rg /Pattern cs /P0 scn" + cell, nil},
		{"separation", "/CS2 cs 1 scn" + cell, nil},
		{"unknown space", "/CS9 cs 1 0 0 scn" + cell, nil},
		{"q Q restores the colour", "1 0 0 rg q 0 1 0 rg Q" + cell, []string{"Red 100 400 160 440"}},
		{"q Q restores the space", "/DeviceRGB cs q /DeviceGray cs Q 1 0 0 sc" + cell, []string{"Red 100 400 160 440"}},
		{"stroking colour is not the fill", "0 0 1 rg 1 0 0 RG /DeviceRGB CS 0 1 0 SC" + cell, []string{"Blue 100 400 160 440"}},
		{"stroked only", "1 0 0 rg 1 0 0 RG 100 400 60 40 re S", nil},
		{"filled and stroked", "1 0 0 rg 100 400 60 40 re B", []string{"Red 100 400 160 440"}},
		{"grey header", "0.906 0.902 0.902 rg" + cell, nil},
		{"pale green zebra", "0.886 0.937 0.855 rg" + cell, nil},
		{"white", "1 g" + cell, nil},
		{"a rule, not an area", "1 0 0 rg 100 400 60 0.5 re f", nil},
		{"closed path of lines", "0 1 0 rg 100 400 m 160 400 l 160 440 l 100 440 l h f", []string{"Green 100 400 160 440"}},
		{"dot of curves", "1 0.75 0 rg 130 420 m 130 431 121 440 110 440 c 99 440 90 431 90 420 c 90 409 99 400 110 400 c 121 400 130 409 130 420 c f",
			[]string{"Amber 90 400 130 440"}},
		{"two subpaths, one fill", "1 0 0 rg 100 400 60 40 re 200 400 60 40 re f", []string{"Red 100 400 160 440", "Red 200 400 260 440"}},
		{"the CTM applies", "q 2 0 0 2 0 0 cm 1 0 0 rg 50 200 30 20 re f Q", []string{"Red 100 400 160 440"}},
		{"unpainted path", "1 0 0 rg 100 400 60 40 re n 0.5 g" + cell, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := readPages(context.Background(), onePageWith("BT /F1 10 Tf 72 700 Td (Text) Tj ET "+tt.content+"\n", colourRes, colourObjs))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range pages[0].shades {
				got = append(got, fmt.Sprintf("%s %g %g %g %g", s.shade, s.x0, s.y0, s.x1, s.y1))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("shades %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDeviceColour: device colour components to RGB, clamped; a count no
// device space has is no colour.
func TestDeviceColour(t *testing.T) {
	tests := []struct {
		in   []float64
		want colour
	}{
		{[]float64{0.5}, colour{128, 128, 128, true}},
		{[]float64{1, 0.75, 0}, colour{255, 191, 0, true}},
		{[]float64{0, 0.25, 1, 0}, colour{255, 191, 0, true}},
		{[]float64{0, 0, 0, 1}, colour{0, 0, 0, true}},
		{[]float64{2, -1, 0.5}, colour{255, 0, 128, true}},
		{[]float64{1, 0}, colour{}},
		{nil, colour{}},
	}
	for _, tt := range tests {
		if got := deviceColour(tt.in...); got != tt.want {
			t.Errorf("deviceColour(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestShadeCells: a cell takes the RAG word of the area filled behind it —
// its own fill, a dot inside it, the last drawn of two — and not of a band
// across the table, an area mostly in the next column or one that only
// touches its row; a spanned cell takes nothing; with used, an area goes
// to the first row it lies behind only.
func TestShadeCells(t *testing.T) {
	bounds := []float64{0, 100, 200, 260}
	sh := func(x0, y0, x1, y1 float64, word string) box {
		return box{x0: x0, y0: y0, x1: x1, y1: y1, shade: word}
	}
	tests := []struct {
		name    string
		shades  []box
		spanned bool
		want    string // each cell's shade, | between
	}{
		{"the cell's fill", []box{sh(200, 100, 260, 140, "Red")}, false, "||Red"},
		{"a dot in the cell", []box{sh(220, 112, 236, 128, "Amber")}, false, "||Amber"},
		{"the last drawn is on top", []box{sh(200, 100, 260, 140, "Red"), sh(200, 100, 260, 140, "Green")}, false, "||Green"},
		{"a band across the table", []box{sh(0, 100, 260, 140, "Blue")}, false, "||"},
		{"mostly in the next column", []box{sh(150, 100, 210, 140, "Red")}, false, "|Red|"},
		{"touches the row only", []box{sh(200, 136, 260, 180, "Red")}, false, "||"},
		{"a fill over this row and the next", []box{sh(200, 60, 260, 140, "Red")}, false, "||Red"},
		{"spanned cell", []box{sh(200, 100, 260, 140, "Red")}, true, "||"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row := layout.Row(1, "Repair the bridge", "City Engineer", "")
			row.Cells[2].Spanned = tt.spanned
			shadeCells(&row, tt.shades, bounds, 140, 100, nil)
			var got []string
			for _, c := range row.Cells {
				got = append(got, c.Shade)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("shades %q, want %q", strings.Join(got, "|"), tt.want)
			}
		})
	}
	// A visual line each: the fill behind a row's two lines goes to the first.
	used := make([]bool, 1)
	shades := []box{sh(200, 100, 260, 140, "Red")}
	first, second := layout.Row(1, "Open the new library", "", ""), layout.Row(1, "in the town centre", "", "")
	shadeCells(&first, shades, bounds, 140, 125, used)
	shadeCells(&second, shades, bounds, 125, 110, used)
	if first.Cells[2].Shade != "Red" || second.Cells[2].Shade != "" {
		t.Errorf("visual lines' shades %q and %q, want Red and none", first.Cells[2].Shade, second.Cells[2].Shade)
	}
}

// TestShadedStatus: an empty status cell filled red or green gives its row
// that word, in a ruled table (a row a band) and in one without rules (a
// row a visual line, the colour on the row's first); the grey header's fill
// gives nothing.
func TestShadedStatus(t *testing.T) {
	fills := "0.85 g 50 680 420 20 re f 1 0 0 rg 400 640 70 40 re f 0 0.69 0.31 rg 400 600 70 40 re f 0 g\n"
	rules := "0.5 w 50 700 m 470 700 l S 50 680 m 470 680 l S 50 640 m 470 640 l S 50 600 m 470 600 l S " +
		"50 600 m 50 700 l S 250 600 m 250 700 l S 400 600 m 400 700 l S 470 600 m 470 700 l S\n"
	text := "BT /F1 10 Tf 55 686 Td (Action) Tj 200 0 Td (Owner) Tj 150 0 Td (Status) Tj ET " +
		"BT /F1 10 Tf 55 666 Td (Open the new library) Tj 0 -12 Td (in the town centre) Tj 200 12 Td (Head of Libraries) Tj ET " +
		"BT /F1 10 Tf 55 626 Td (Repair the bridge) Tj 200 0 Td (City Engineer) Tj ET\n"
	tests := []struct {
		name, content string
		want          []string // each table row: its first cell and its status cell's shade
	}{
		{"ruled", fills + rules + text, []string{"Action:", "Open the new library in the town centre:Red", "Repair the bridge:Green"}},
		{"unruled", fills + text, []string{"Action:", "Open the new library:Red", "in the town centre:", "Repair the bridge:Green"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Reader{}.Read(context.Background(), onePage(tt.content))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range doc.Lines {
				if len(l.Cells) == 3 {
					got = append(got, l.Cells[0].Text+":"+l.Cells[2].Shade)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("rows %q, want %q", got, tt.want)
			}
		})
	}
}
