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
		{x0: 24, y0: 476, x1: 169, y1: 512, stroked: true}, {x0: 177, y0: 475.5, x1: 801, y1: 512, stroked: true},
		{x0: 24, y0: 385, x1: 169, y1: 476, stroked: true}, {x0: 177, y0: 381.5, x1: 801, y1: 475.5, stroked: true},
		{x0: 24, y0: 300, x1: 169, y1: 385, stroked: true}, {x0: 177, y0: 302, x1: 801, y1: 381.5, stroked: true},
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
			bs = append(bs, box{x0: 29, y0: 440, x1: 164, y1: 470}, box{x0: 182, y0: 400, x1: 796, y1: 470})
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
		shade = append(shade, box{x0: 340, y0: y, x1: 400, y1: y + 20}, box{x0: 400, y0: y, x1: 460, y1: y + 20})
	}
	labels := []*textLine{
		line(606, map[float64]string{60: "Information on where to get help", 350: "97.5%", 410: "0.5%"}),
		line(586, map[float64]string{60: "Clear referral routes", 350: "93.1%", 410: "1.0%"}),
	}
	if h, v := boxRules(shade, labels); len(h)+len(v) != 0 {
		t.Errorf("shaded figures beside unshaded labels gave %d rules", len(h)+len(v))
	}
	// Two charts' frames side by side, filled: no rules at all.
	if h, v := boxRules([]box{{x0: 78, y0: 503, x1: 295, y1: 662}, {x0: 298, y0: 503, x1: 518, y1: 662}}, nil); len(h)+len(v) != 0 {
		t.Errorf("charts' frames in one row gave %d rules", len(h)+len(v))
	}
}

// TestClipToGrids: two ruled tables side by side, their rows on the same
// baselines, and a chart's labels beside them, are read as two tables of
// their own words, the labels after them; a label column just outside a
// grid's frame stays with it.
func TestClipToGrids(t *testing.T) {
	var h, v []segment
	for _, x := range [][2]float64{{50, 170}, {180, 300}} {
		for y := 600.0; y <= 660; y += 20 {
			h = append(h, segment{x[0], y, x[1], y})
		}
		for _, vx := range []float64{x[0], x[0] + 80, x[1]} {
			v = append(v, segment{vx, 600, vx, 660})
		}
	}
	pg := pageOf(
		line(646, map[float64]string{55: "Spain", 135: "268", 185: "Spain", 265: "153", 400: "Unspecified"}),
		line(626, map[float64]string{55: "Germany", 135: "233", 185: "France", 265: "99", 400: "Total EU-15"}),
		line(606, map[float64]string{55: "Italy", 135: "92", 185: "Italy", 265: "82", 400: "21%"}),
	)
	pg.hsegs, pg.vsegs = h, v
	clipToGrids(pg)
	regs := findRegions(pg, nil)
	if len(regs) != 2 {
		t.Fatalf("%d tables, want 2", len(regs))
	}
	var got []string
	for _, r := range regs {
		var rows []string
		for _, l := range regionLines(pg, &r) {
			rows = append(rows, strings.Join(l.CellTexts(), "|"))
		}
		got = append(got, rowTexts(rows))
	}
	want := []string{"Spain|268 / Germany|233 / Italy|92", "Spain|153 / France|99 / Italy|82"}
	if strings.Join(got, " // ") != strings.Join(want, " // ") {
		t.Errorf("tables\n %s\nwant\n %s", strings.Join(got, " // "), strings.Join(want, " // "))
	}
	if last := pg.lines[len(pg.lines)-1].text(); last != "21%" {
		t.Errorf("last line %q, want the chart's last label", last)
	}

	// A label column left of a grid that rules only the figures.
	pg = pageOf(
		line(646, map[float64]string{185: "Spain", 230: "153", 265: "99"}),
		line(626, map[float64]string{185: "France", 230: "99", 265: "12"}),
	)
	var h2, v2 []segment
	for y := 620.0; y <= 660; y += 20 {
		h2 = append(h2, segment{225, y, 300, y})
	}
	for _, vx := range []float64{225, 260, 300} {
		v2 = append(v2, segment{vx, 620, vx, 660})
	}
	pg.hsegs, pg.vsegs = h2, v2
	clipToGrids(pg)
	if len(pg.lines) != 2 || pg.lines[0].text() != "Spain 153 99" {
		t.Errorf("label column split off: %d lines, first %q", len(pg.lines), pg.lines[0].text())
	}
}

// TestFlowChartBox: a flow chart's box, an arrow drawn down from its
// middle, is no table of two columns; two lines of a table that continues
// from the page before at the top of a page are.
func TestFlowChartBox(t *testing.T) {
	h := []segment{{100, 600, 250, 600}, {100, 630, 250, 630}}
	v := []segment{{100, 600, 100, 630}, {250, 600, 250, 630}, {175, 560, 175, 630}}
	pg := pageOf(line(612, map[float64]string{140: "Municipalities"}))
	pg.hsegs, pg.vsegs = h, v
	if regs := findRegions(pg, nil); len(regs) != 0 {
		t.Errorf("a flow chart's box read as %d tables", len(regs))
	}
	pg = pageOf(line(612, map[float64]string{180: "the rest of a cell"}))
	pg.hsegs, pg.vsegs = h, v
	if regs := findRegions(pg, &region{bounds: []float64{100, 175, 250}, ruled: true}); len(regs) != 1 {
		t.Errorf("the rest of a table from the page before: %d tables", len(regs))
	}
}
