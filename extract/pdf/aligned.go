package pdf

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
)

// Tables without rules and without an action plan's header words are found
// from the alignment of their text: a run of lines whose wide gaps between
// words fall on the same few vertical gutters, line after line. Prose has
// no wide gaps; a bulleted list or numbered paragraphs have one, before
// their text, and are told apart by what the columns hold.

// minAlignedLines is how many lines with a column gap such a table needs:
// two lines may line up their gaps by chance.
const minAlignedLines = 3

// maxHeaderLines is how many lines above a table's first aligned line may
// be its header.
const maxAlignedHeader = 5

// gapsOf returns the gaps between a line's words wide enough to part
// columns: wider than a generous word space.
func gapsOf(l *textLine) []zone {
	if l.gapsRead {
		return l.gaps
	}
	var out []zone
	for k := 1; k < len(l.words); k++ {
		a, b := l.words[k-1].x1, l.words[k].x0
		if b-a >= 0.8*l.size {
			out = append(out, zone{a, b})
		}
	}
	l.gaps, l.gapsRead = out, true
	return out
}

var captionRE = regexp.MustCompile(`(?i)^(table|figure|fig\.|chart|graph|source|sources|note|notes)\b`)

// alignedRegions finds the tables among the lines not yet taken.
func alignedRegions(pg *page, taken []bool) []region {
	ls := pg.lines
	free := func(i int) bool { return !taken[i] && !ls[i].furniture }
	var out []region
	for i := 0; i < len(ls); i++ {
		if !free(i) || len(gapsOf(ls[i])) == 0 || captionRE.MatchString(ls[i].text()) {
			continue
		}
		run := alignedRun(pg, i, free)
		r, ok := alignedRegion(pg, run, free)
		if !ok {
			continue
		}
		out = append(out, r)
		for k := r.first; k <= r.last; k++ {
			taken[k] = true
		}
		i = r.last
	}
	return out
}

// alignedRun returns the lines from i down that may be one table: lines
// with column gaps, and between them the lines of wrapped cells, close
// together. It stops at a wide space, a caption or note ("Table 3:",
// "Source:"), a line of prose and where no line with column gaps follows.
func alignedRun(pg *page, i int, free func(int) bool) []int {
	ls := pg.lines
	run := []int{i}
	lastGapped := 0
	x0, x1 := ls[i].x0(), ls[i].x1()
	for j := i + 1; j < len(ls) && free(j); j++ {
		a, b := ls[run[len(run)-1]], ls[j]
		if a.base-b.base > 2.5*max(a.size, b.size) || b.base >= a.base || captionRE.MatchString(b.text()) {
			break // a wide space, a line beside, a caption or a note under the table
		}
		if len(gapsOf(b)) > 0 {
			run = append(run, j)
			lastGapped = len(run) - 1
			x0, x1 = min(x0, b.x0()), max(x1, b.x1())
			continue
		}
		// A line without gaps: a wrapped cell, a section row, or prose.
		if len(b.words) >= 8 && b.x1()-b.x0() > 0.6*(x1-x0) {
			break
		}
		run = append(run, j)
	}
	return run[:lastGapped+1]
}

// alignedRegion checks that a run of lines is a table and makes its
// region: columns at the gutters its lines share, and the header lines
// above it.
func alignedRegion(pg *page, run []int, free func(int) bool) (region, bool) {
	ls := pg.lines
	// The last line of a paragraph above may line its gaps up with the
	// table's by chance (a word whose ligature left a gap).
	for len(run) > 0 && run[0] > 0 {
		u, l := ls[run[0]-1], ls[run[0]]
		if u.base-l.base > 1.5*max(u.size, l.size) || sizeKey(u.size) != sizeKey(l.size) || math.Abs(u.x0()-l.x0()) > 1 || len(gapsOf(u)) > 0 || u.x1() < l.x1()+3*l.size {
			break
		}
		run = run[1:]
	}
	var lines []*textLine
	gapped := 0
	for _, i := range run {
		lines = append(lines, ls[i])
		if len(gapsOf(ls[i])) > 0 {
			gapped++
		}
	}
	if gapped < minAlignedLines {
		return region{}, false
	}
	// Lines set closer than their size are two blocks of text side by
	// side on baselines of their own, as a designed page sets boxes, not
	// the cells of table rows, which share baselines.
	close := 0
	for k := 1; k < len(lines); k++ {
		if lines[k-1].base-lines[k].base < 0.85*min(lines[k-1].size, lines[k].size) {
			close++
		}
	}
	if 5*close > len(lines) {
		return region{}, false
	}
	bounds, zones := gutters(nil, lines)
	bounds, zones = joinMarkers(lines, bounds, zones)
	bounds, zones = joinHeaderOnly(lines, bounds, zones)
	n := len(bounds) - 1
	if n < 2 {
		return region{}, false
	}
	// The lines' wide gaps must hold the boundaries: gaps that line up
	// only here and there are word spaces in justified prose.
	aligned := 0
	for _, l := range lines {
		gs := gapsOf(l)
		if len(gs) == 0 {
			continue
		}
		ok := true
		for _, g := range gs {
			hit := false
			for _, b := range bounds[1 : len(bounds)-1] {
				if b >= g.lo-1 && b <= g.hi+1 {
					hit = true
				}
			}
			ok = ok && hit
		}
		if ok {
			aligned++
		}
	}
	if aligned < minAlignedLines || float64(aligned) < 0.7*float64(gapped) {
		return region{}, false
	}
	if !tabular(lines, bounds) || !dense(pg, run, bounds) {
		return region{}, false
	}
	r := region{first: run[0], last: run[len(run)-1], bounds: bounds, zones: zones, aligned: true}
	// Header lines above: close, within the table's width, each of their
	// cells over columns of the table; not a caption or a line of prose
	// across the whole table.
	width := bounds[n] - bounds[0]
	for h := run[0] - 1; h >= 0 && run[0]-h <= maxAlignedHeader && free(h); h-- {
		l, below := ls[h], ls[h+1]
		if l.base-below.base > 2.5*max(l.size, below.size) || l.base <= below.base || l.size > 1.3*below.size {
			break
		}
		if l.x0() < bounds[0]-l.size || l.x1() > bounds[n]+l.size || captionRE.MatchString(l.text()) {
			break
		}
		if up := h - 1; up >= 0 && ls[up].base-l.base <= 1.5*max(l.size, ls[up].size) {
			u := ls[up]
			if captionRE.MatchString(u.text()) {
				break // a caption's second line
			}
			if sizeKey(u.size) == sizeKey(l.size) && math.Abs(u.x0()-l.x0()) <= 1 && u.x1() > bounds[n]+l.size {
				break // the last line of a paragraph wider than the table
			}
		}
		cs := lineCells(l, bounds)
		if len(cs) == 1 && cs[0].c0 == 0 && cs[0].c1 > 0 && l.x1()-l.x0() > 0.5*width {
			break // a title across the table
		}
		r.first = h
	}
	// Lines below the last that fit in one column: the last row's wrapped
	// cell.
	for j := r.last + 1; j < len(ls) && free(j); j++ {
		a, b := ls[j-1], ls[j]
		if a.base-b.base > 1.5*max(a.size, b.size) || b.base >= a.base {
			break
		}
		cs := lineCells(b, bounds)
		if len(cs) != 1 || cs[0].c0 != cs[0].c1 || captionRE.MatchString(b.text()) {
			break
		}
		r.last = j
	}
	top, bottom := ls[r.first], ls[r.last]
	r.x0, r.x1 = math.Inf(1), math.Inf(-1)
	for k := r.first; k <= r.last; k++ {
		r.x0, r.x1 = min(r.x0, ls[k].x0()), max(r.x1, ls[k].x1())
	}
	r.y1 = top.top()
	r.y0 = bottom.base - 0.25*bottom.size
	if plotted(pg, r) {
		return region{}, false
	}
	return r, true
}

// plotted tells whether a region's text lies over a chart: slanting
// drawings (a series' line, a pie's slices) cover a fifth of it. A chart's
// legend and axis labels line up as a table's cells do.
func plotted(pg *page, r region) bool {
	area := (r.x1 - r.x0) * (r.y1 - r.y0)
	if area <= 0 {
		return false
	}
	covered := 0.0
	for _, p := range pg.plots {
		w, h := min(p.x1, r.x1)-max(p.x0, r.x0), min(p.y1, r.y1)-max(p.y0, r.y0)
		if w > 0 && h > 0 {
			covered += w * h
		}
	}
	return covered >= 0.2*area
}

// tabular tells a table's columns from a list's or prose's: at least two
// columns filled on three lines or more; a list's markers with text beside
// them, two columns of running text, or two columns of words where no
// figures are, are no table.
func tabular(lines []*textLine, bounds []float64) bool {
	n := len(bounds) - 1
	fill := make([]int, n)
	markers := make([]int, n)
	figures := make([]int, n)
	words := make([][]int, n)
	for _, l := range lines {
		for _, c := range lineCells(l, bounds) {
			fill[c.c0]++
			if isMarker(c.text) {
				markers[c.c0]++
			}
			if numeric(c.text) {
				figures[c.c0]++
			}
			words[c.c0] = append(words[c.c0], len(strings.Fields(c.text)))
		}
	}
	full, prose := 0, 0
	for c := range fill {
		if fill[c] >= minAlignedLines {
			full++
		}
		if len(words[c]) > 0 {
			slices.Sort(words[c])
			if words[c][len(words[c])/2] >= 6 {
				prose++
			}
		}
	}
	if full < 2 || prose >= 2 {
		return false
	}
	if n == 2 {
		// A list: markers, then text. Two columns of words: a list of
		// terms or a form; a table needs figures in its second column.
		if markers[0]*2 >= fill[0] || figures[1]*2 < fill[1] {
			return false
		}
	}
	return true
}

// isMarker tells a list item's marker: a bullet, a dash, or a short number
// or letter with its punctuation ("1.", "(a)", "iv)").
func isMarker(s string) bool {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) == 1 {
		r, _ := utf8.DecodeRuneInString(s)
		return layout.IsBullet(r) || strings.ContainsRune("-–—*>o", r)
	}
	return markerRE.MatchString(s)
}

var markerRE = regexp.MustCompile(`^\(?([0-9]{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\)?$`)

// joinMarkers removes the boundary after a column of list markers: a
// bullet set apart from its text belongs to the cell it starts.
func joinMarkers(lines []*textLine, bounds []float64, zones []zone) ([]float64, []zone) {
	cells := make([][]tcell, len(lines))
	for k, l := range lines {
		cells[k] = lineCells(l, bounds)
	}
	for c := 0; c+2 < len(bounds); {
		fill, marks := 0, 0
		for _, cs := range cells {
			for _, cell := range cs {
				if cell.c0 == c && cell.c1 == c {
					fill++
					if isMarker(cell.text) {
						marks++
					}
				}
			}
		}
		if fill > 0 && 5*marks >= 4*fill {
			bounds = slices.Delete(bounds, c+1, c+2)
			if c < len(zones) {
				zones = slices.Delete(zones, c, c+1)
			}
			for k, l := range lines {
				cells[k] = lineCells(l, bounds)
			}
			continue
		}
		c++
	}
	return bounds, zones
}

// joinHeaderOnly removes the boundaries around a column that only the
// table's first lines fill: a header cell whose words are set wide
// apart or run past the body's columns ("Fraction   of / Wealth Lost"
// over a column of figures). Its text joins the neighbour it is closer to.
func joinHeaderOnly(lines []*textLine, bounds []float64, zones []zone) ([]float64, []zone) {
	const top = 3 // the lines a header may take
	for c := 0; c < len(bounds)-1 && len(bounds) > 3; {
		first, last := -1, -1               // the first and last lines that fill it
		lo, hi := math.Inf(1), math.Inf(-1) // its text on the first
		for k, l := range lines {
			for _, w := range l.words {
				if column(bounds, (w.x0+w.x1)/2) != c {
					continue
				}
				if first < 0 {
					first = k
				}
				if first == k {
					lo, hi = min(lo, w.x0), max(hi, w.x1)
				}
				last = k
			}
		}
		if first < 0 || last >= top {
			c++
			continue
		}
		// It heads a neighbour whose cell on the same line is empty
		// ("%growth" over its figures); else it goes on the nearer
		// neighbour's text ("Fraction   of").
		left, right := math.Inf(1), math.Inf(1) // the nearest text either side
		leftCell, rightCell := false, false     // the neighbours have text on that line
		for _, w := range lines[first].words {
			switch k := column(bounds, (w.x0+w.x1)/2); {
			case k == c-1:
				leftCell = true
			case k == c+1:
				rightCell = true
			}
			if w.x1 <= lo {
				left = lo - w.x1
			}
			if w.x0 >= hi && right == math.Inf(1) {
				right = w.x0 - hi
			}
		}
		if c == 0 || c+1 < len(bounds)-1 && !rightCell && leftCell {
			right = 0
		} else if c+1 >= len(bounds)-1 || !leftCell && rightCell {
			left = 0
		}
		b := c // the boundary to drop: c is the column's left one, c+1 its right
		if right < left {
			b = c + 1
		}
		if b <= 0 || b >= len(bounds)-1 {
			c++
			continue
		}
		bounds = slices.Delete(bounds, b, b+1)
		if b-1 < len(zones) {
			zones = slices.Delete(zones, b-1, b)
		}
		c = 0
	}
	return bounds, zones
}

// dense tells whether the rows the lines make fill most of their cells,
// as a table's do; scattered text that happens to line up (an infographic,
// a diagram's labels) leaves most of them empty.
func dense(pg *page, run []int, bounds []float64) bool {
	rows := segmentRows(pg, run, bounds, nil)
	filled, cells := 0, 0
	for _, r := range rows {
		for _, c := range r.Cells {
			cells++
			if strings.TrimSpace(c.Text) != "" {
				filled += max(c.Span, 1)
			}
		}
	}
	return cells > 0 && 2*filled >= cells
}
