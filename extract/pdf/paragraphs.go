package pdf

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// sizeKey rounds a font size to the half point that sizes are compared at.
func sizeKey(s float64) float64 { return math.Round(s*2) / 2 }

// lineSteps estimates the page's usual baseline-to-baseline step for each
// font size: the smallest step from a line that ran to the margin (so
// wrapped) to the next of its size. A size none of whose lines wrapped
// takes the smallest step between its lines, but no more than 1.3 times
// the size, so that their gaps, all between paragraphs (centred title
// lines, one-line points), still read as breaks. Each line also gets
// its neighbours' own step (localSteps).
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
	localSteps(pg, inTable, right)
	return wrapped
}

// localSteps notes on each prose line the step from it to the next that
// its neighbours in the same block (the same right edge) show where they
// wrapped: the smallest that two of them share, at most blockWindow lines
// away, its own step left out. A paragraph set 1.5 lines apart beside an
// image is measured by its own spacing, where the page also holds text
// set closer.
func localSteps(pg *page, inTable []bool, right float64) {
	prose := func(i int) bool { return !inTable[i] && !pg.lines[i].furniture }
	edge := func(l *textLine) float64 {
		if l.right > 0 {
			return l.right
		}
		return right
	}
	var gaps []float64
	for i, l := range pg.lines {
		if !prose(i) {
			continue
		}
		l.step, gaps = 0, gaps[:0]
		for k := max(0, i-blockWindow); k <= i+blockWindow && k+1 < len(pg.lines); k++ {
			a, b := pg.lines[k], pg.lines[k+1]
			if k == i || !prose(k) || !prose(k+1) || sizeKey(a.size) != sizeKey(l.size) || sizeKey(b.size) != sizeKey(l.size) || math.Abs(edge(a)-edge(l)) > 1 {
				continue
			}
			if gap := a.base - b.base; gap >= 0.9*a.size && gap < 4*a.size && fills(a, b, right) {
				gaps = append(gaps, gap)
			}
		}
		// The smallest step two of them share: one line that happens to
		// reach the margin (a right-aligned label) sets no spacing.
		slices.Sort(gaps)
		for n := 1; n < len(gaps); n++ {
			if gaps[n]-gaps[n-1] <= 0.5 {
				l.step = gaps[n-1]
				break
			}
		}
	}
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

// blockWindow is how many lines either side of a line are looked at for
// the right edge of its block of text.
const blockWindow = 3

// narrowBlocks notes, on lines set in a block narrower than the page's text
// (beside an image or a panel), the block's own right edge, so that a line
// that ran to it reads as wrapped there. The block is the line's
// neighbours of its size, at most blockWindow away, that start where it
// does or left of it (a paragraph's first line indented, a point's hanging
// lines). A line of some length that ends where two others of the block
// end (justified text) ran to the edge; else the edge is where the block's
// widest line ends, trusted when three of its lines of some length came
// within a word of it (ragged text): short lines alike (a heading and the
// next, an address) make no edge. Two-column pages' lines keep their column's edge.
func narrowBlocks(pg *page, inTable []bool, left, right float64) {
	prose := func(i int) bool { return !inTable[i] && !pg.lines[i].furniture }
	edges := make([]float64, len(pg.lines))
	for i, l := range pg.lines {
		if !prose(i) || l.right > 0 || l.x1() >= right-1 {
			continue
		}
		var block []int
		// Outwards from i, stopping at a table, furniture or a wide gap.
		for _, dir := range []int{-1, 1} {
			for k, prev := i+dir, i; k >= 0 && k < len(pg.lines) && k-i <= blockWindow && i-k <= blockWindow; k, prev = k+dir, k {
				m, p := pg.lines[k], pg.lines[prev]
				if !prose(k) || math.Abs(m.base-p.base) > 4*max(m.size, p.size) {
					break
				}
				if sizeKey(m.size) == sizeKey(l.size) && m.x0() <= l.x0()+0.5*l.size && m.x0() >= l.x0()-3*l.size {
					block = append(block, k)
				}
			}
		}
		long := func(m *textLine) bool { return m.x1()-m.x0() >= (right-left)/3 && len(m.words) >= 5 }
		if long(l) {
			alike := 0
			for _, k := range block {
				if math.Abs(pg.lines[k].x1()-l.x1()) <= 0.5 {
					alike++
				}
			}
			if alike >= 2 {
				edges[i] = l.x1() + 1
				continue
			}
		}
		block = append(block, i)
		slices.Sort(block)
		edge := 0.0
		for _, k := range block {
			edge = max(edge, pg.lines[k].x1())
		}
		if edge >= right-4*l.size {
			continue // not clearly narrower: ragged lines that stopped short
		}
		full := 0
		for n, k := range block[:len(block)-1] {
			a, w := pg.lines[k], pg.lines[block[n+1]].words[0]
			if long(a) && a.x1()+0.25*a.size+(w.x1-w.x0) > edge-1 {
				full++
			}
		}
		if full >= 3 {
			edges[i] = edge
		}
	}
	for i, e := range edges {
		if e > 0 {
			pg.lines[i].right = e
		}
	}
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

// paperLeft is the page's left margin where its own (left, the edge most
// of its prose lines start at) lies right of the margin the paper's
// earlier pages share (earlier counts those pages by their margin) and
// two of its lines or more (headings too, not furniture or tables) start at that shared margin: then the
// shared one is. A page of a plan whose indented points, and the owners
// and statuses set in under them, outnumber its lines at the margin would
// otherwise be measured from the indented edge, its points all read as
// set at the margin:
//
//	Active travel:          (at the margin, as on the page before)
//	  • Walk to school      (two in, as there)
//	      Travel Team       (four in, under each point)
//	      On track
//
// The first page, and a page with fewer than two lines at the shared
// margin, keep their own.
func paperLeft(pg *page, inTable []bool, left float64, earlier map[int]int) float64 {
	shared, most := 0, 0
	for x, n := range earlier {
		if n > most || n == most && x < shared {
			shared, most = x, n
		}
	}
	if most == 0 || float64(shared) >= left-1 {
		return left
	}
	at := 0
	for i, l := range pg.lines {
		if !l.furniture && !inTable[i] && math.Abs(l.x0()-float64(shared)) <= 1 {
			at++
		}
	}
	if at < 2 {
		return left
	}
	return float64(shared)
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

// spaced tells whether prose line b stands a line's space or more below a,
// beyond the step its neighbours or the page's lines of its size show: a
// blank line between them, where a short line that ends a paragraph at the
// usual step has none.
func spaced(a, b *textLine, steps map[float64]float64) bool {
	return a.base-b.base >= 1.4*usualStep(a, b, steps)
}

// usualStep is the step from a to b that reads as the next line: their
// neighbours' own step where a has one, else the page's for their size.
func usualStep(a, b *textLine, steps map[float64]float64) float64 {
	step, ok := steps[sizeKey(max(a.size, b.size))]
	if !ok {
		step = 1.3 * max(a.size, b.size)
	}
	if a.step > 0 && sizeKey(a.size) == sizeKey(b.size) {
		step = a.step
	}
	return step
}

// breaksBefore tells whether prose line b starts a new paragraph after
// line a: it stands clearly further below a than its neighbours' or the
// page's usual step for its size, it is indented as a paragraph's first
// line (next, the line after it, may be nil), or a stopped short of the
// right edge (a list item that ends before the next starts at the same
// spacing) and is not centred.
func breaksBefore(a, b, next *textLine, steps map[float64]float64, right float64) bool {
	gap := a.base - b.base
	if gap <= 0 {
		// The top of the next column: a paragraph may flow on into it.
		return !fills(a, b, right)
	}
	if spaced(a, b, steps) || firstIndent(a, b, next, right) {
		return true
	}
	// Centred lines all stop short of the margin.
	if left, centred := alignment(a, b); centred && !left {
		return false
	}
	return !fills(a, b, right)
}

// firstIndent tells whether b is indented as the first line of a
// paragraph: it starts from one to four times its size right of a, not
// where a's text after its marker or label starts (a point's hanging
// lines), it wrapped, and the line after it goes back to a's margin. A
// short indented line between two at the margin is the last of a
// reference's hanging lines.
func firstIndent(a, b, next *textLine, right float64) bool {
	indent := b.x0() - a.x0()
	if next == nil || indent < b.size || indent > 4*b.size || math.Abs(next.x0()-a.x0()) > 0.5*a.size || next.base >= b.base || !fills(b, next, right) {
		return false
	}
	// A point's text after its marker or label ("1.", "•", "Note:"), or
	// after a short one ("[6]") exactly where b starts.
	lead := ""
	for k := 1; k < min(4, len(a.words)); k++ {
		lead = strings.TrimSpace(lead + " " + a.words[k-1].text)
		d := math.Abs(a.words[k].x0 - b.x0())
		if d <= 0.5*b.size && (isMarker(lead) || numeric(lead) || strings.HasSuffix(lead, ":")) || d <= 1.5 && utf8.RuneCountInString(lead) <= 4 {
			return false
		}
	}
	return true
}

// alignment tells whether lines a and b start alike (within half the font
// size) and whether they are centred alike.
func alignment(a, b *textLine) (left, centred bool) {
	tol := 0.5 * a.size
	left = math.Abs(a.x0()-b.x0()) <= tol
	centred = math.Abs(a.x0()+a.x1()-b.x0()-b.x1()) <= 2*tol
	return left, centred
}
