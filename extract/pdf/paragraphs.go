package pdf

import (
	"cmp"
	"math"
	"slices"
)

// sizeKey rounds a font size to the half point that sizes are compared at.
func sizeKey(s float64) float64 { return math.Round(s*2) / 2 }

// lineSteps estimates the page's usual baseline-to-baseline step for each
// font size: the smallest step from a line that ran to the margin (so
// wrapped) to the next of its size. A size none of whose lines wrapped
// takes the smallest step between its lines, but no more than 1.3 times
// the size, so that their gaps, all between paragraphs, still read as
// breaks.
func lineSteps(pg *page, inTable []bool, right float64) map[float64]float64 {
	wrapped, all := map[float64]float64{}, map[float64]float64{}
	least := func(m map[float64]float64, k, gap float64) {
		if s, ok := m[k]; !ok || gap < s {
			m[k] = gap
		}
	}
	for i := 1; i < len(pg.lines); i++ {
		a, b := pg.lines[i-1], pg.lines[i]
		if inTable[i-1] || inTable[i] || a.furniture || b.furniture || sizeKey(a.size) != sizeKey(b.size) {
			continue
		}
		gap := a.base - b.base
		if gap < 0.9*a.size { // superscripts, lines side by side
			continue
		}
		k := sizeKey(a.size)
		least(all, k, gap)
		if fills(a, b, right) {
			least(wrapped, k, gap)
		}
	}
	for k, s := range all {
		if _, ok := wrapped[k]; !ok {
			wrapped[k] = min(s, 1.3*k)
		}
	}
	return wrapped
}

// textRight is the right edge of the page's text block: where its widest
// prose line ends, so that a table set wider than the text (as Word sets
// them) does not move it, nor running headers and footers. A widest line
// that ends beyond the mirror of the left margin overflowed it (a long web
// address): the next one's end is the edge. A page of tables alone takes
// its tables' edge.
func textRight(pg *page, inTable []bool) float64 {
	var ls []*textLine
	for i, l := range pg.lines {
		if !l.furniture && !inTable[i] {
			ls = append(ls, l)
		}
	}
	if len(ls) == 0 {
		ls = pg.lines
	}
	if len(ls) == 0 {
		return 0
	}
	left := ls[0].x0()
	for _, l := range ls {
		left = min(left, l.x0())
	}
	ls = slices.Clone(ls)
	slices.SortFunc(ls, func(a, b *textLine) int { return cmp.Compare(b.x1(), a.x1()) })
	if len(ls) > 1 && ls[0].x1() > pg.w-left+ls[0].size {
		return ls[1].x1()
	}
	return ls[0].x1()
}

// textLeft is the page's left margin for prose: the left edge most of its
// prose lines start at (to the point), so that indented points, centred
// headings and hanging numbers are measured from it.
func textLeft(pg *page, inTable []bool) float64 {
	count := map[int]int{}
	best, bestN := 0, 0
	for i, l := range pg.lines {
		if l.furniture || inTable[i] {
			continue
		}
		x := int(math.Round(l.x0()))
		count[x]++
		if n := count[x]; n > bestN || n == bestN && x < best {
			best, bestN = x, n
		}
	}
	return float64(best)
}

// fills tells whether line a ran to where b's first word would not have
// fitted beside it before the text block's right edge: a line that stops
// short of that ended its paragraph (or was broken on purpose).
func fills(a, b *textLine, right float64) bool {
	if a.right > 0 {
		right = a.right
	}
	first := b.words[0]
	return a.x1()+0.25*a.size+(first.x1-first.x0) > right-1
}

// breaksBefore tells whether prose line b starts a new paragraph after
// line a: it stands clearly further below a than the page's usual step for
// its size, or a stopped short of the right edge (a list item that ends
// before the next starts at the same spacing) and is not centred.
func breaksBefore(a, b *textLine, steps map[float64]float64, right float64) bool {
	gap := a.base - b.base
	if gap <= 0 {
		// The top of the next column: a paragraph may flow on into it.
		return !fills(a, b, right)
	}
	step, ok := steps[sizeKey(max(a.size, b.size))]
	if !ok {
		step = 1.3 * max(a.size, b.size)
	}
	if gap >= 1.4*step {
		return true
	}
	// Centred lines all stop short of the margin.
	if left, centred := alignment(a, b); centred && !left {
		return false
	}
	return !fills(a, b, right)
}

// alignment tells whether lines a and b start alike (within half the font
// size) and whether they are centred alike.
func alignment(a, b *textLine) (left, centred bool) {
	tol := 0.5 * a.size
	left = math.Abs(a.x0()-b.x0()) <= tol
	centred = math.Abs(a.x0()+a.x1()-b.x0()-b.x1()) <= 2*tol
	return left, centred
}
