package pdf

import (
	"strings"
	"testing"
)

// TestBoxTable: a table drawn as a box for each cell, the columns 8pt
// apart and their rows a few points out of line (a designed strategy's
// "Our goals | What we mean"), reads as one table of two columns whose
// rows hold each cell's lines; the same boxes only filled do too.
// Paragraph shading inside a cell's, shading on some columns only, and
// charts' frames side by side in one row, make no columns.
func TestBoxTable(t *testing.T) {
	cells := []box{
		{24, 476, 169, 512, true}, {177, 475.5, 801, 512, true},
		{24, 385, 169, 476, true}, {177, 381.5, 801, 475.5, true},
		{24, 300, 169, 385, true}, {177, 302, 801, 381.5, true},
	}
	text := []*textLine{
		line(490, map[float64]string{32: "Our goals", 185: "What we mean"}),
		line(462, map[float64]string{32: "People live and work", 199: "Fewer people are overweight."}),
		line(450, map[float64]string{199: "People are more active."}),
		line(448, map[float64]string{32: "in healthy places."}),
		line(370, map[float64]string{32: "Carers are supported", 199: "Carers have breaks."}),
		line(358, map[float64]string{32: "to stay well.", 199: "Carers are offered an assessment."}),
	}
	want := "Our goals|What we mean / People live and work in healthy places.|Fewer people are overweight. People are more active. / Carers are supported to stay well.|Carers have breaks. Carers are offered an assessment."
	for _, stroked := range []bool{true, false} {
		bs := make([]box, len(cells))
		for i, c := range cells {
			c.stroked = stroked
			bs[i] = c
		}
		if !stroked {
			// Each paragraph shaded inside its cell's shading.
			bs = append(bs, box{29, 440, 164, 470, false}, box{182, 400, 796, 470, false})
		}
		pg := pageOf(text...)
		pg.w, pg.h = 842, 595
		pg.hsegs, pg.vsegs = boxRules(bs, text)
		regs := findRegions(pg, nil)
		if len(regs) != 1 || regs[0].columns() != 2 {
			t.Fatalf("stroked %v: %d regions, want one of two columns", stroked, len(regs))
		}
		var got []string
		for _, l := range regionLines(pg, &regs[0]) {
			got = append(got, strings.Join(l.CellTexts(), "|"))
		}
		if rowTexts(got) != want {
			t.Errorf("stroked %v: rows\n %s\nwant\n %s", stroked, rowTexts(got), want)
		}
	}
	// Shading on a table's figures only, its labels unshaded beside them:
	// no rules either.
	var shade []box
	for _, y := range []float64{600, 580, 560} {
		shade = append(shade, box{340, y, 400, y + 20, false}, box{400, y, 460, y + 20, false})
	}
	labels := []*textLine{
		line(606, map[float64]string{60: "Information on where to get help", 350: "97.5%", 410: "0.5%"}),
		line(586, map[float64]string{60: "Clear referral routes", 350: "93.1%", 410: "1.0%"}),
	}
	if h, v := boxRules(shade, labels); len(h)+len(v) != 0 {
		t.Errorf("shaded figures beside unshaded labels gave %d rules", len(h)+len(v))
	}
	// Two charts' frames side by side, filled: no rules at all.
	if h, v := boxRules([]box{{78, 503, 295, 662, false}, {298, 503, 518, 662, false}}, nil); len(h)+len(v) != 0 {
		t.Errorf("charts' frames in one row gave %d rules", len(h)+len(v))
	}
}
