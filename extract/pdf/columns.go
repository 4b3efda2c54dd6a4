package pdf

import "math"

// Two-column pages (a print stylesheet's columns, a newsletter layout) set
// a line of the left column and one of the right on about the same
// baseline, so the line grouping runs them together side by side. A
// column gutter is a vertical strip that no word crosses, down a run of
// lines holding prose on both sides of it; tables, whose columns are
// separated by gutters too, are left alone.

// minColumnLines is how many lines of such a run must hold prose on each
// side, and words on both sides at once, before it is read as two columns:
// a few lines can line up their word spaces by chance.
const minColumnLines = 3

// splitColumns reorders the page's lines so that where the text runs in two
// columns the left column's lines come first, then the right column's, each
// split at the gutter, with the column's right edge noted for the
// paragraph breaks. regs are the page's tables. It reports whether it
// split any lines.
func splitColumns(pg *page, regs []region) bool {
	if len(pg.lines) < minColumnLines || !gapped(pg) {
		return false
	}
	blocked := make([]bool, len(pg.lines)) // table and furniture lines
	for _, r := range regs {
		for k := r.first; k <= r.last; k++ {
			blocked[k] = true
		}
	}
	for i, l := range pg.lines {
		blocked[i] = blocked[i] || l.furniture
	}
	// The gutter is where the most lines stand on both sides; of places
	// alike, the one whose runs hold the most lines, not one that cuts
	// through the end of a long line in the left column.
	// A place where fewer lines are free than the best place has on both
	// sides holds no more: only places with more free lines are scored.
	lo, hi := 0.25*pg.w, 0.75*pg.w
	free := freeLines(pg.lines, blocked, lo, hi)
	bestX, best, bestLen := 0.0, 0, 0
	for x := lo; x <= hi; x++ {
		if f := free[int(x-lo)]; f <= best || f < minColumnLines {
			continue
		}
		n, m := 0, 0
		for _, run := range columnRuns(pg.lines, blocked, x) {
			n += run[2]
			m += run[1] - run[0]
		}
		if n > best || n == best && m > bestLen {
			bestX, best, bestLen = x, n, m
		}
	}
	if best == 0 {
		return false
	}
	var out []*textLine
	next := 0
	for _, run := range columnRuns(pg.lines, blocked, bestX) {
		out = append(out, pg.lines[next:run[0]]...)
		out = append(out, splitRun(pg.lines[run[0]:run[1]], bestX)...)
		next = run[1]
	}
	pg.lines = append(out, pg.lines[next:]...)
	return true
}

// freeLines counts, at each point x = lo, lo+1, … ≤ hi, the lines that
// are not blocked and free at x (freeAt).
func freeLines(lines []*textLine, blocked []bool, lo, hi float64) []int {
	n := int(hi-lo) + 1
	cover := make([]int, n+1) // differences: lines covering x
	total := 0
	for i, l := range lines {
		if blocked[i] {
			continue
		}
		total++
		g := 0.5 * l.size
		next := 0 // the first point this line does not cover yet
		for _, w := range l.words {
			// Points x with w.x0-g < x-lo+lo < w.x1+g, as freeAt has it.
			a := int(math.Floor(w.x0-g-lo)) + 1
			b := int(math.Ceil(w.x1+g-lo)) - 1
			a, b = max(a, next, 0), min(b, n-1)
			if a > b {
				continue
			}
			cover[a]++
			cover[b+1]--
			next = b + 1
		}
	}
	free := make([]int, n)
	c := 0
	for k := range free {
		c += cover[k]
		free[k] = total - c
	}
	return free
}

// columnRuns returns the runs of lines [first, end) that a gutter at x
// divides into two columns of prose, each with its count of lines holding
// words on both sides.
func columnRuns(lines []*textLine, blocked []bool, x float64) [][3]int {
	var runs [][3]int
	start := -1
	left, right, both := 0, 0, 0
	end := func(i int) {
		if start >= 0 && left >= minColumnLines && right >= minColumnLines && both >= minColumnLines {
			runs = append(runs, [3]int{start, i, both})
		}
		start, left, right, both = -1, 0, 0, 0
	}
	for i, l := range lines {
		if blocked[i] || !freeAt(l, x) {
			end(i)
			continue
		}
		if start < 0 {
			start = i
		}
		nl, nr := 0, 0
		for _, w := range l.words {
			if w.x1 <= x {
				nl++
			} else {
				nr++
			}
		}
		// Prose: several words a line; a table's cells hold a few.
		if nl >= 4 {
			left++
		}
		if nr >= 4 {
			right++
		}
		if nl > 0 && nr > 0 {
			both++
		}
	}
	end(len(lines))
	return runs
}

// freeAt tells whether no word of the line comes within half the font size
// of x, a gap wider than a word space.
func freeAt(l *textLine, x float64) bool {
	g := 0.5 * l.size
	for _, w := range l.words {
		if w.x0 < x+g && w.x1 > x-g {
			return false
		}
	}
	return true
}

// splitRun splits each line at x and returns the left column's lines, then
// the right column's, in reading order.
func splitRun(lines []*textLine, x float64) []*textLine {
	var left, right []*textLine
	for _, l := range lines {
		k := 0
		for k < len(l.words) && l.words[k].x1 <= x {
			k++
		}
		if k > 0 {
			left = append(left, part(l, l.words[:k]))
		}
		if k < len(l.words) {
			right = append(right, part(l, l.words[k:]))
		}
	}
	for _, col := range [][]*textLine{left, right} {
		edge := 0.0
		for _, l := range col {
			edge = max(edge, l.x1())
		}
		for _, l := range col {
			l.right = edge
		}
	}
	return append(left, right...)
}

// part is a line made of some of l's words.
func part(l *textLine, ws []word) *textLine {
	p := &textLine{words: ws, base: l.base, furniture: l.furniture, space: l.space}
	for _, w := range ws {
		p.size = max(p.size, w.size)
	}
	return p
}

// gapped is a quick test that the page may hold two columns side by side:
// enough lines with words on both sides of a gap a gutter wide in the
// middle of the page, which lines of a single column never have.
func gapped(pg *page) bool {
	n := 0
	for _, l := range pg.lines {
		for k := 1; k < len(l.words); k++ {
			a, b := l.words[k-1].x1, l.words[k].x0
			if b-a >= l.size && b > 0.25*pg.w && a < 0.75*pg.w {
				n++
				break
			}
		}
	}
	return n >= minColumnLines
}
