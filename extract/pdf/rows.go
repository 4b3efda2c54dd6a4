package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
)

// Where a table has no rule between its rows, a row that wraps takes
// several visual lines, and whether a line starts a row or carries on the
// one above is read from the lines themselves: a rule or a wider gap above
// it, a cell that starts afresh where the row's cell was complete (a number
// under a number, a capitalised label under a label), or text in a column
// whose cell above is already closed, starts a row; text that runs on from
// the line above in every column it fills carries on the row.

// tcell is one cell of a table's visual line: the columns it covers and
// its text.
type tcell struct {
	c0, c1 int
	text   string
}

// lineCells splits a line into cells at the column boundaries. Words a
// word space apart on either side of a boundary, or a word across one,
// make one cell spanning the columns (a spanning header, a section row).
func lineCells(l *textLine, bounds []float64) []tcell {
	join := 0.35 * l.size
	var out []tcell
	for i, w := range l.words {
		c0, c1 := column(bounds, w.x0+0.5), column(bounds, w.x1-0.5)
		if c1 < c0 {
			c0, c1 = c1, c0
		}
		if c0 != c1 && w.x1-w.x0 < 1 {
			c1 = c0
		}
		if n := len(out); n > 0 {
			last := &out[n-1]
			p := l.words[i-1]
			if c0 <= last.c1 || w.x0-p.x1 < join {
				last.c1 = max(last.c1, c1)
				last.text += " " + w.text
				continue
			}
		}
		out = append(out, tcell{c0, c1, w.text})
	}
	return out
}

// rowStarts splits a table's lines (top to bottom) into rows: it returns
// for each line whether it starts one. cuts are the y of the horizontal
// rules across the table: a line below a rule the line above is not below
// starts a row.
func rowStarts(ls []*textLine, cells [][]tcell, cuts []float64, n int) []bool {
	starts := make([]bool, len(ls))
	if len(ls) == 0 {
		return starts
	}
	// The usual step from one line to the next inside a cell: the
	// smallest in the table, superscripts aside.
	step := math.Inf(1)
	for i := 1; i < len(ls); i++ {
		if g := ls[i-1].base - ls[i].base; g >= 0.5*ls[i].size {
			step = min(step, g)
		}
	}
	anchor := anchorColumn(cells, n)
	starts[0] = true
	// The row being built: each column's text so far and the line it was
	// last added on, and the columns its cells span.
	text := make([]string, n)
	lastOn := make([]int, n)
	span := make([]int, n) // the last column of the cell that starts in each column
	reset := func() {
		for c := range text {
			text[c], lastOn[c], span[c] = "", -1, c
		}
	}
	reset()
	add := func(i int) {
		for _, c := range cells[i] {
			for k := c.c0; k <= c.c1; k++ {
				text[k] = joinWrapped(text[k], c.text)
				lastOn[k] = i
				span[k] = -1 // inside a spanning cell: nothing starts here
			}
			span[c.c0] = c.c1
		}
	}
	add(0)
	for i := 1; i < len(ls); i++ {
		a, b := ls[i-1], ls[i]
		ruled := false
		for _, y := range cuts {
			if y < a.base-0.2*a.size && y > b.base+0.5*b.size {
				ruled = true
			}
		}
		gap := a.base - b.base
		if ruled || gap > 1.3*step+0.5 || !carriesOn(cells[i], text, lastOn, span, i, anchor) {
			starts[i] = true
			reset()
		}
		add(i)
	}
	return starts
}

// carriesOn tells whether a line's cells carry on the row so far: every
// cell continues text the line just above had in its column, or fills a
// column the row had empty while another cell continues; and the anchor
// column (the one most rows fill, whose cell a new row starts with) goes
// on only in lower case.
func carriesOn(cells []tcell, text []string, lastOn, span []int, i, anchor int) bool {
	cont := 0
	for _, c := range cells {
		prev := text[c.c0]
		switch {
		case prev == "":
			continue
		case lastOn[c.c0] != i-1 || span[c.c0] != c.c1:
			return false // the cell above was closed, or is shaped otherwise
		case c.c0 == anchor && !lowerStart(c.text):
			return false
		case !runsOn(prev, c.text):
			return false
		}
		cont++
	}
	return cont > 0
}

// runsOn tells whether next can be the wrapped rest of a cell's text prev:
// no number goes on from a number, and a sentence that ended goes on only
// in lower case.
func runsOn(prev, next string) bool {
	if lowerStart(next) {
		return true
	}
	if numeric(prev) || numeric(next) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return !strings.ContainsRune(".!?:;", last)
}

func lowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// numeric tells a figure: digits with the signs and separators figures
// carry ("12,196", "-0.01", "17.4%", "(3.2)", "£60,000", "n/a" is not).
func numeric(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune(" .,%-–+()£$€*/", r):
		default:
			return false
		}
	}
	return digits > 0
}

// anchorColumn is the leftmost column that at least half the lines fill,
// else the one most fill: the column a table's rows are keyed by.
func anchorColumn(cells [][]tcell, n int) int {
	fill := make([]int, n)
	for _, cs := range cells {
		for _, c := range cs {
			fill[c.c0]++
		}
	}
	best := 0
	for c := range fill {
		if 2*fill[c] >= len(cells) {
			return c
		}
		if fill[c] > fill[best] {
			best = c
		}
	}
	return best
}

// segmentRows makes the records of a table without rules between its rows
// (or with only some): the lines are cut into rows by rowStarts and each
// row's cells joined, a cell spanning columns keeping its span.
func segmentRows(pg *page, lines []int, bounds []float64, cuts []float64) []layout.Line {
	n := len(bounds) - 1
	ls := make([]*textLine, len(lines))
	cells := make([][]tcell, len(lines))
	for k, i := range lines {
		ls[k] = pg.lines[i]
		cells[k] = lineCells(ls[k], bounds)
	}
	starts := rowStarts(ls, cells, cuts, n)
	var rows []layout.Line
	for k := 0; k < len(ls); {
		end := k + 1
		for end < len(ls) && !starts[end] {
			end++
		}
		texts := make([]string, n)
		spans := make([]int, n)
		bold := true
		for j := k; j < end; j++ {
			bold = bold && ls[j].bold()
			for _, c := range cells[j] {
				texts[c.c0] = joinWrapped(texts[c.c0], c.text)
				if spans[c.c0] == 0 {
					spans[c.c0] = c.c1 - c.c0 + 1
				}
			}
		}
		row := layout.Row(pg.num, texts...)
		for c, s := range spans {
			if s > 1 {
				row.Cells[c].Span = s
			}
		}
		row.Record, row.Bold = true, bold
		last := ls[end-1]
		shadeCells(&row, pg.shades, bounds, ls[k].top(), last.base-0.3*last.size, nil)
		rows = append(rows, row)
		k = end
	}
	return rows
}

// ruleCuts returns the distinct y of the horizontal rules that cross most
// of [x0, x1], top to bottom.
func ruleCuts(hsegs []segment, x0, x1 float64) []float64 {
	var ys []float64
	for _, h := range hsegs {
		if min(h.x1, x1)-max(h.x0, x0) >= 0.5*(x1-x0) {
			ys = append(ys, h.y0)
		}
	}
	slices.Sort(ys)
	slices.Reverse(ys)
	return slices.CompactFunc(ys, func(a, b float64) bool { return a-b <= 1.5 })
}
