package pdf

import (
	"math"
	"slices"
	"strings"

	"github.com/councilactions/councilactions/extract/layout"
)

// recordLines makes the rows of a ruled table as real rows (Record): where
// rules close every cell, the row boundaries are certain, so each cell's
// wrapped lines are joined here. A cell that no rule closes at the top
// continues the cell above (a rowspan): it is marked Spanned and its text
// goes to the cell it continues. ok is false when the rules do not separate
// the rows (a band holds two lines that each start in the first column), and
// the caller falls back to visual lines.
func recordLines(pg *page, r *region, body []int) (rows []layout.Line, ok bool) {
	n := r.columns()
	// Row cuts: the distinct y of the horizontal rules, top to bottom.
	var ys []float64
	for _, h := range r.hrules {
		ys = append(ys, h.y0)
	}
	slices.Sort(ys)
	slices.Reverse(ys)
	var cuts []float64
	for _, y := range ys {
		if len(cuts) == 0 || cuts[len(cuts)-1]-y > 1.5 {
			cuts = append(cuts, y)
		}
	}
	covers := func(y float64, c int) bool {
		for _, h := range r.hrules {
			if h.y0 > y-1.5 && h.y0 < y+1.5 && h.x0 <= r.bounds[c]+3 && h.x1 >= r.bounds[c+1]-3 {
				return true
			}
		}
		return false
	}
	// Bands of body lines between consecutive cuts.
	type band struct {
		top   float64
		lines []*textLine
	}
	var bands []band
	for _, i := range body {
		l := pg.lines[i]
		top := r.y1
		for _, y := range cuts {
			if y > l.base+0.3*l.size { // its middle: text may overflow its cell a little (Calc)
				top = y
			}
		}
		if len(bands) == 0 || bands[len(bands)-1].top != top {
			bands = append(bands, band{top: top})
		}
		b := &bands[len(bands)-1]
		b.lines = append(b.lines, l)
	}
	// Where the first column's text may run to: its cell's right rule
	// less the padding its text keeps from the left one, or further where
	// a line goes further. A line that reaches it wrapped there.
	pad, edge := math.Inf(1), 0.0
	for _, i := range body {
		l := pg.lines[i]
		if spansColumns(r, l) {
			continue // a theme row across the columns
		}
		if x, ok := cellEnd(l, r.bounds, 0); ok {
			edge = max(edge, x)
			pad = min(pad, max(0, l.words[0].x0-r.bounds[0]))
		}
	}
	if !math.IsInf(pad, 1) {
		edge = max(edge, r.bounds[1]-pad)
	}
	origin := make([]int, n) // the row each column's open cell started in
	for c := range origin {
		origin[c] = -1
	}
	for _, b := range bands {
		// Lines that start a cell in the first column: one that goes on
		// under the line before, in lower case, where that line ran to the
		// column's edge, or alone on its line after one that did not end
		// its sentence (a line broken by hand), is that cell wrapped.
		starts := 0
		for k, l := range b.lines {
			if spansColumns(r, l) || column(r.bounds, (l.words[0].x0+l.words[0].x1)/2) != 0 {
				continue
			}
			if k > 0 && column(r.bounds, (b.lines[k-1].words[0].x0+b.lines[k-1].words[0].x1)/2) == 0 &&
				(lowerStart(l.words[0].text) || wrapsInCell(b.lines[k-1], l, r.bounds, edge) || runsOnAlone(b.lines[k-1], l, r.bounds)) {
				continue
			}
			starts++
		}
		// A band whose cells are set at heights of their own (centred in
		// the row, so that their lines interleave) is one row, whatever
		// its lines start with.
		if starts > 1 && !interleaved(b.lines) {
			return nil, false
		}
		if len(b.lines) == 1 && spansColumns(r, b.lines[0]) {
			row := spanningRow(pg.num, r, b.lines[0])
			rows = append(rows, row)
			for k := range origin {
				origin[k] = len(rows) - 1
			}
			continue
		}
		cells := make([]wrapped, n)
		bold := true
		for _, l := range b.lines {
			bold = bold && l.bold()
			for _, w := range l.words {
				cells[column(r.bounds, (w.x0+w.x1)/2)].add(w.text)
			}
		}
		texts := make([]string, n)
		for c := range cells {
			texts[c] = cells[c].String()
		}
		row := layout.Row(pg.num, texts...)
		row.Record, row.Bold = true, bold
		idx := len(rows)
		for c := 0; c < n; c++ {
			if origin[c] >= 0 && (b.top < r.y1-1.5) && !covers(b.top, c) {
				// No rule above: the cell above reaches down into this row.
				o := &rows[origin[c]].Cells[c]
				o.Text = joinWrapped(o.Text, texts[c])
				row.Cells[c] = layout.Cell{Spanned: true}
				continue
			}
			origin[c] = idx
		}
		bottom := r.y0 // the band's foot: the next cut below its top
		for _, y := range cuts {
			if y < b.top-1.5 {
				bottom = y
				break
			}
		}
		shadeCells(&row, pg.shades, r.bounds, b.top, bottom, nil)
		row.Text = strings.Join(row.CellTexts(), "\t")
		rows = append(rows, row)
	}
	for i := range rows {
		rows[i].Text = strings.Join(rows[i].CellTexts(), "\t")
	}
	return rows, true
}

// wrapped builds a cell's text from its words and lines as joinWrapped
// does, in time linear in its length.
type wrapped struct{ strings.Builder }

func (w *wrapped) add(s string) {
	t := w.String()
	switch {
	case s == "":
	case t == "", strings.HasSuffix(t, "-") && !strings.HasSuffix(t, " -"):
		w.WriteString(s)
	default:
		w.WriteByte(' ')
		w.WriteString(s)
	}
}

// joinWrapped joins a cell's next line or word to its text, closing up a
// word hyphenated at the line end.
func joinWrapped(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case strings.HasSuffix(a, "-") && !strings.HasSuffix(a, " -"):
		return a + b
	}
	return a + " " + b
}

// interleaved tells whether some of the lines stand closer than their
// size: cells of one row set at heights of their own.
func interleaved(ls []*textLine) bool {
	for k := 1; k < len(ls); k++ {
		if ls[k-1].base-ls[k].base < 0.85*min(ls[k-1].size, ls[k].size) {
			return true
		}
	}
	return false
}

// spansColumns tells whether line l of ruled region r runs across column
// boundaries: a word crosses one, or words a space apart sit either side
// of one, or a column rule drawn above and below the line breaks off
// where it is (a merged cell) while the line has words on both sides of
// it. The last needs no measure of spaces, which OCR's word boxes upset.
func spansColumns(r *region, l *textLine) bool {
	if straddles(l, r.bounds, nil) {
		return true
	}
	if r.vrules == nil {
		return false
	}
	first := column(r.bounds, (l.words[0].x0+l.words[0].x1)/2)
	last := column(r.bounds, (l.words[len(l.words)-1].x0+l.words[len(l.words)-1].x1)/2)
	top, foot := l.base+l.size, l.base-0.3*l.size
	for k := first + 1; k <= last; k++ {
		above, below, through := false, false, false
		for _, v := range r.vrules {
			if v.x0 <= r.bounds[k]-3 || v.x0 >= r.bounds[k]+3 {
				continue
			}
			switch {
			case v.y0 >= top:
				above = true
			case v.y1 <= foot:
				below = true
			default:
				through = true
			}
		}
		if above && below && !through {
			return true
		}
	}
	return false
}

// spanningRow makes the row of a line that runs across column boundaries
// (a spanning header, a theme or caption row): its cells are those the
// vertical rules drawn through the line make, each spanning the columns it
// covers ("2020" over "n" and "%", a title over the whole table). Without
// rules known there, the line is one cell from the column it starts in.
func spanningRow(num int, r *region, l *textLine) layout.Line {
	n := r.columns()
	y := l.base + 0.3*l.size
	edges := []int{0} // the boundaries drawn through the line, as indexes into r.bounds
	for k := 1; k < n; k++ {
		for _, v := range r.vrules {
			if v.x0 > r.bounds[k]-3 && v.x0 < r.bounds[k]+3 && v.y0 <= y+1 && v.y1 >= y-1 {
				edges = append(edges, k)
				break
			}
		}
	}
	edges = append(edges, n)
	texts := make([]string, n)
	spans := make([]int, n)
	if r.vrules == nil {
		edges = []int{column(r.bounds, l.x0()+0.5), column(r.bounds, l.x1()-0.5) + 1}
	}
	for _, w := range l.words {
		mid := (w.x0 + w.x1) / 2
		j := 0
		for j+2 < len(edges) && mid >= r.bounds[edges[j+1]] {
			j++
		}
		c := edges[j]
		texts[c] = joinWrapped(texts[c], w.text)
		spans[c] = edges[j+1] - edges[j]
	}
	row := layout.Row(num, texts...)
	for c, s := range spans {
		if s > 1 {
			row.Cells[c].Span = s
		}
	}
	row.Record, row.Bold = true, l.bold()
	return row
}

// cellEnd returns where line l's text in column c ends; ok is false when
// it has none there.
func cellEnd(l *textLine, bounds []float64, c int) (x float64, ok bool) {
	for _, w := range l.words {
		if column(bounds, (w.x0+w.x1)/2) == c {
			x, ok = w.x1, true
		}
	}
	return x, ok
}

// wrapsInCell tells whether line b's first-column text carries on a's: b
// follows at line spacing and its first word would not have fitted after
// a's text before edge, where the column's text ends at its widest. A
// short cell ("First point") followed by another is two rows.
func wrapsInCell(a, b *textLine, bounds []float64, edge float64) bool {
	end, ok := cellEnd(a, bounds, 0)
	if !ok || a.base-b.base > 1.5*max(a.size, b.size) {
		return false
	}
	first := b.words[0]
	return end+0.25*a.size+(first.x1-first.x0) > edge-1
}

// runsOnAlone tells whether line b, with text in the first column only,
// reads on from a's first-column text: a stopped mid-sentence just above.
// A new row's first cell has its neighbours beside it.
func runsOnAlone(a, b *textLine, bounds []float64) bool {
	if a.base-b.base > 1.5*max(a.size, b.size) {
		return false
	}
	var prev, next []string
	for _, w := range b.words {
		if column(bounds, (w.x0+w.x1)/2) != 0 {
			return false
		}
		next = append(next, w.text)
	}
	for _, w := range a.words {
		if column(bounds, (w.x0+w.x1)/2) == 0 {
			prev = append(prev, w.text)
		}
	}
	return len(prev) > 0 && runsOn(strings.Join(prev, " "), strings.Join(next, " "))
}
