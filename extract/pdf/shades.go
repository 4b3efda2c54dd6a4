package pdf

import (
	"math"

	"github.com/councilactions/councilactions/extract/layout"
)

// shadeCells gives the cells of a table row, which runs from top down to
// bottom, the RAG word of an area filled behind them (see colour.go): an
// area lies behind a cell when most of its width is in the cell's columns
// and it covers half the row's height or half its own, whichever is less
// (a cell's fill, a dot in the cell; not a band across the table); the
// outer columns reach out to the page's edges. Of
// several, the last drawn is on top. Spanned cells take nothing: theirs is
// the cell they continue. used, when not nil, marks the areas given, so
// that a tall fill goes only to the first of a table's visual lines it
// lies behind.
func shadeCells(row *layout.Line, shades []box, bounds []float64, top, bottom float64, used []bool) {
	if len(shades) == 0 {
		return
	}
	for c := 0; c < len(row.Cells) && c+1 < len(bounds); {
		cell := &row.Cells[c]
		end := min(c+max(cell.Span, 1), len(bounds)-1)
		x0, x1 := bounds[c], bounds[end]
		// The outer columns run on: an unruled table's bounds end at its
		// text, where the fills go on to its edge.
		if c == 0 {
			x0 = math.Inf(-1)
		}
		if end == len(bounds)-1 {
			x1 = math.Inf(1)
		}
		c = end
		if cell.Spanned {
			continue
		}
		pick := -1
		for i, s := range shades {
			if used != nil && used[i] {
				continue
			}
			oy := math.Min(s.y1, top) - math.Max(s.y0, bottom)
			ox := math.Min(s.x1, x1) - math.Max(s.x0, x0)
			if oy > 0 && oy >= 0.5*math.Min(s.y1-s.y0, top-bottom) && ox >= 0.5*(s.x1-s.x0) {
				pick = i
			}
		}
		if pick >= 0 {
			cell.Shade = shades[pick].shade
			if used != nil {
				used[pick] = true
			}
		}
	}
}
