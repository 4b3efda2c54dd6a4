package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// region is one table on one page: a run of the page's lines and the x
// boundaries of its columns.
type region struct {
	first, last int       // line indexes, inclusive
	header      []int     // the header's lines, joined into one row
	bounds      []float64 // column boundaries, len = columns+1
	zones       []zone    // unruled: the white-space gutters the bounds lie in
	ruled       bool
	aligned     bool      // found by the alignment of its text: rows made by segmentRows
	hrules      []segment // ruled: the horizontal rules
	vrules      []segment // ruled: the vertical rules
	x0, y0      float64   // bounding box, page space
	x1, y1      float64
}

func (r *region) columns() int { return len(r.bounds) - 1 }

// zone is a gutter: a run of x that no word of a table's rows covers.
type zone struct{ lo, hi float64 }

// headerWords are words that name an action plan's columns. Geometry
// decides the columns; these only tell a table's header line from prose.
var headerWords = map[string]bool{
	"no": true, "ref": true, "reference": true, "action": true, "actions": true,
	"owner": true, "owners": true, "lead": true, "responsible": true, "officer": true,
	"deadline": true, "timescale": true, "timescales": true, "when": true, "date": true,
	"status": true, "rag": true, "target": true, "targets": true, "outcome": true,
	"outcomes": true, "progress": true, "comments": true, "comment": true, "update": true,
	"milestones": true, "milestone": true, "objective": true, "objectives": true,
	"kpi": true, "completion": true, "who": true, "measure": true, "measures": true,
	"recommendation": true, "priority": true, "deliver": true, "task": true, "item": true,
}

func headerWord(s string) bool {
	s = strings.ToLower(strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	return headerWords[s]
}

// chunks splits a line where the gap between words is wider than a space:
// in a table, where one cell ends and the next begins.
func chunks(l *textLine) [][]word {
	var out [][]word
	start := 0
	for i := 1; i <= len(l.words); i++ {
		if i == len(l.words) || l.words[i].x0-l.words[i-1].x1 > l.wideGap() {
			out = append(out, l.words[start:i])
			start = i
		}
	}
	return out
}

// isHeader tells whether a line looks like an action table's header: header
// words in at least two separate chunks, and no chunk that reads as prose
// (long, or starting in lower case), as a wrapped row's line would.
func isHeader(l *textLine) bool {
	hits := 0
	for _, c := range chunks(l) {
		if len(c) > 6 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(c[0].text); unicode.IsLower(r) {
			return false
		}
		for _, w := range c {
			if headerWord(w.text) {
				hits++
				break
			}
		}
	}
	return hits >= 2
}

// findRegions finds the tables of a page: ruled grids first, then unruled
// tables under a header line among the lines no grid holds.
//
// carry is the unruled table still open at the foot of the page before;
// lines at the top of this page that keep to its columns continue it.
func findRegions(pg *page, carry *region) []region {
	var regs []region
	inGrid := make([]bool, len(pg.lines))
	for _, g := range pg.pageGrids() {
		if r, ok := gridRegion(pg, g, inGrid, carry); ok {
			regs = append(regs, r)
		}
	}
	if carry != nil && !carry.ruled {
		if r, ok := carryRegion(pg, carry, inGrid); ok {
			regs = append(regs, r)
			for i := r.first; i <= r.last; i++ {
				inGrid[i] = true
			}
		}
	}
	for i := 0; i < len(pg.lines); i++ {
		l := pg.lines[i]
		if inGrid[i] || l.furniture || !isHeader(l) {
			continue
		}
		if r, ok := textRegion(pg, i, inGrid); ok {
			regs = append(regs, r)
			for k := r.first; k <= r.last; k++ {
				inGrid[k] = true
			}
			i = r.last
		}
	}
	regs = append(regs, alignedRegions(pg, inGrid)...)
	slices.SortFunc(regs, func(a, b region) int { return a.first - b.first })
	return regs
}

// gridRegion takes the lines inside a grid. Its top row is the header when
// it is set in bold or holds header words.
func gridRegion(pg *page, g grid, inGrid []bool, carry *region) (region, bool) {
	r := region{first: -1, bounds: g.xs, ruled: true, hrules: g.hrules, vrules: g.vrules, x0: g.x0, y0: g.y0, x1: g.x1, y1: g.y1}
	for i, l := range pg.lines {
		if inGrid[i] || l.furniture || l.base < g.y0 || l.base > g.y1 || l.x1() < g.x0 || l.x0() > g.x1 {
			continue
		}
		if r.first >= 0 && i != r.last+1 {
			// Lines of the grid must be contiguous; something else sits between.
			if !allInside(pg.lines[r.last+1:i], g) {
				break
			}
		}
		if r.first < 0 {
			r.first = i
		}
		r.last = i
	}
	if r.first < 0 || chart(pg, g, r.first, r.last) || !twoWays(pg, r) && !continues(pg, r, carry) {
		return r, false
	}
	for i := r.first; i <= r.last; i++ {
		inGrid[i] = true
	}
	// The top row: lines above the first rule below the first line.
	top := pg.lines[r.first]
	cut := g.y0
	for _, y := range g.rows {
		if y < top.base-1 {
			cut = y
			break
		}
	}
	var rows []int
	for i := r.first; i <= r.last && pg.lines[i].base > cut; i++ {
		rows = append(rows, i)
	}
	bold, hits := true, false
	for _, i := range rows {
		bold = bold && pg.lines[i].bold()
		hits = hits || isHeader(pg.lines[i])
	}
	// A caption row above the header ("Table 1: …") runs across the
	// columns; it stays a row of its own, whole, and the header below it
	// is known by its words.
	caption := len(rows) == 1 && !hits && straddles(pg.lines[rows[0]], r.bounds, nil)
	if len(rows) > 0 && len(rows) <= 4 && !caption && (hits || bold && r.last > rows[len(rows)-1]) {
		r.header = rows
	}
	return r, true
}

// chart tells a chart's gridlines from a table's rules: a chart's text is
// its tick labels and a few category names, so that most of the cells its
// lines make hold nothing, where a table fills most of its cells.
func chart(pg *page, g grid, first, last int) bool {
	if len(g.rows) < 4 {
		return false
	}
	cols := len(g.xs) - 1
	filled := map[[2]int]bool{}
	for i := first; i <= last; i++ {
		l := pg.lines[i]
		row := 0
		for _, y := range g.rows {
			if y > l.base+0.3*l.size {
				row++
			}
		}
		for _, w := range l.words {
			filled[[2]int{row, column(g.xs, (w.x0+w.x1)/2)}] = true
		}
	}
	cells := (len(g.rows) - 1) * cols
	return 5*len(filled) < cells
}

// twoWays tells whether a grid's text makes a table: two lines at least,
// and cells in two columns at least that no line runs across. A box of a
// flow chart with its arrows, or two boxes an arrow joins, does not; the
// rest of a table from the page before may (continues).
func twoWays(pg *page, r region) bool {
	cols := map[int]bool{}
	lines := 0
	for i := r.first; i <= r.last; i++ {
		l := pg.lines[i]
		if l.furniture {
			continue
		}
		lines++
		if straddles(l, r.bounds, nil) {
			continue
		}
		for _, w := range l.words {
			cols[column(r.bounds, (w.x0+w.x1)/2)] = true
		}
	}
	return lines >= 2 && len(cols) >= 2
}

// continues tells whether a grid may be the rest of the table open at
// the foot of the page before, which may hold a line or a column only:
// it starts the page and has that table's columns.
func continues(pg *page, r region, carry *region) bool {
	if carry == nil || carry.columns() != r.columns() {
		return false
	}
	for _, l := range pg.lines[:r.first] {
		if !l.furniture {
			return false
		}
	}
	return true
}

func allInside(ls []*textLine, g grid) bool {
	for _, l := range ls {
		if !l.furniture && !(l.base >= g.y0 && l.base <= g.y1) {
			return false
		}
	}
	return true
}

// textRegion builds an unruled table from the header line at h: the header
// (with its wrapped lines), the body down to where the lines stop sharing
// the table's columns, and the columns from the gutters of white space.
func textRegion(pg *page, h int, inGrid []bool) (region, bool) {
	ls := pg.lines
	hl := ls[h]
	header := []int{h}
	for j := h + 1; j < len(ls) && len(header) < 4; j++ {
		prev := ls[j-1]
		if inGrid[j] || ls[j].furniture || !hl.bold() || !ls[j].bold() || prev.base-ls[j].base > 1.6*hl.size {
			break
		}
		header = append(header, j)
	}
	// Candidate body: down to the next header, a grid, or a wide gap.
	var body []int
	for j := header[len(header)-1] + 1; j < len(ls); j++ {
		if ls[j].furniture {
			continue
		}
		prev := ls[j-1]
		if inGrid[j] || len(body) > 0 && isHeader(ls[j]) && ls[j].bold() == hl.bold() || prev.base-ls[j].base > 4*math.Max(hl.size, ls[j].size) {
			break
		}
		body = append(body, j)
	}
	if len(body) == 0 {
		return region{}, false
	}
	var hdr, bod []*textLine
	for _, i := range header {
		hdr = append(hdr, ls[i])
	}
	for _, i := range body {
		bod = append(bod, ls[i])
	}
	bounds, zones := gutters(hdr, bod)
	// The table ends at a line that flows across the columns and is not
	// a spanning row between two table lines.
	end := len(body)
	for k, l := range bod {
		if !straddles(l, bounds, zones) {
			continue
		}
		if k+1 < len(bod) && !straddles(bod[k+1], bounds, zones) && l.base-bod[k+1].base < 3*l.size {
			continue
		}
		end = k
		break
	}
	if end == 0 {
		return region{}, false
	}
	if end < len(body) {
		body, bod = body[:end], bod[:end]
		bounds, zones = gutters(hdr, bod)
	}
	if len(bounds) < 3 {
		return region{}, false
	}
	r := region{first: h, last: body[len(body)-1], header: header, bounds: bounds, zones: zones}
	r.x0, r.x1 = bounds[0], bounds[len(bounds)-1]
	r.y1 = hl.top()
	r.y0 = ls[r.last].base - 0.25*ls[r.last].size
	return r, true
}

// carryRegion continues an unruled table from the page before when the
// page starts with lines that keep to its columns (a table whose header is
// not repeated).
func carryRegion(pg *page, prev *region, taken []bool) (region, bool) {
	first := -1
	for i, l := range pg.lines {
		if !l.furniture {
			first = i
			break
		}
	}
	if first < 0 || taken[first] || isHeader(pg.lines[first]) {
		return region{}, false
	}
	last := -1
	for i := first; i < len(pg.lines); i++ {
		l := pg.lines[i]
		if l.furniture {
			continue
		}
		if taken[i] || isHeader(l) || last >= 0 && pg.lines[last].base-l.base > 4*l.size {
			break
		}
		if straddles(l, prev.bounds, nil) {
			// A spanning row keeps the table open only between table lines.
			next := i + 1
			for next < len(pg.lines) && pg.lines[next].furniture {
				next++
			}
			if next >= len(pg.lines) || straddles(pg.lines[next], prev.bounds, nil) {
				break
			}
		}
		last = i
	}
	if last < 0 {
		return region{}, false
	}
	r := region{first: first, last: last, bounds: prev.bounds}
	r.x0, r.x1 = prev.bounds[0], prev.bounds[len(prev.bounds)-1]
	r.y1 = pg.lines[first].top()
	r.y0 = pg.lines[last].base - 0.25*pg.lines[last].size
	return r, true
}

// straddles tells whether a line's text runs across a column boundary:
// prose, or a row spanning the table. In an unruled table that is a word in
// a gutter; in a ruled one, a word across a rule or two words either side
// of it no further apart than a space.
func straddles(l *textLine, bounds []float64, zones []zone) bool {
	return straddlesWithin(l, bounds, zones, 0.35*l.size)
}

// straddlesWithin is straddles with join, the widest space that still joins
// two words across a boundary into one cell.
func straddlesWithin(l *textLine, bounds []float64, zones []zone, join float64) bool {
	for i, w := range l.words {
		if column(bounds, w.x0+0.5) != column(bounds, w.x1-0.5) {
			return true
		}
		for _, z := range zones {
			if w.x0 < z.hi-0.5 && w.x1 > z.lo+0.5 {
				return true
			}
		}
		if i > 0 && zones == nil {
			p := l.words[i-1]
			if w.x0-p.x1 < join && column(bounds, p.x1-0.5) != column(bounds, w.x0+0.5) {
				return true
			}
		}
	}
	return false
}

// column returns the column holding x.
func column(bounds []float64, x float64) int {
	for i := 1; i < len(bounds)-1; i++ {
		if x < bounds[i] {
			return i - 1
		}
	}
	return len(bounds) - 2
}

// gutters finds column boundaries the way stream-mode table finders do:
// the runs of x that no word of the table covers. Rows that span the table
// are found in a first pass, which tolerates a few covering lines, and left
// out of the second. Header words count as cover, since a header cell never
// crosses a column boundary.
func gutters(hdr, body []*textLine) ([]float64, []zone) {
	x0, x1 := math.Inf(1), math.Inf(-1)
	var wides []float64
	for _, ls := range [][]*textLine{hdr, body} {
		for _, l := range ls {
			x0, x1 = min(x0, l.x0()), max(x1, l.x1())
			wides = append(wides, l.wideGap())
		}
	}
	if x1-x0 < 1 || x1-x0 > 5000 {
		return nil, nil
	}
	// A gutter is wider than the lines' word space (wideGap): in a
	// typewriter face every word space is a gap of 0.6 of the size, and
	// on a grid of letters alike they line up from line to line.
	slices.Sort(wides)
	minGap := max(3, wides[len(wides)/2])
	// A narrower gutter, down to a word space, is a column gap when the
	// text beside it is aligned on it (see aligned): a browser's tight cell
	// padding leaves gaps of 3 to 5pt. Only where no line crosses it: a
	// narrow run that a few lines cover is as likely the spaces between a
	// spanning row's words.
	space := wordSpace(hdr, body)
	bins := int(x1-x0) + 2
	used := func(skip []bool) []*textLine {
		ls := slices.Clone(hdr)
		for i, l := range body {
			if skip == nil || !skip[i] {
				ls = append(ls, l)
			}
		}
		return ls
	}
	cover := func(skip []bool) []int {
		c := make([]int, bins)
		add := func(l *textLine) {
			for _, w := range l.words {
				for b := int(w.x0 - x0); b <= int(w.x1-x0) && b < bins; b++ {
					if b >= 0 {
						c[b]++
					}
				}
			}
		}
		for _, l := range hdr {
			add(l)
		}
		for i, l := range body {
			if skip == nil || !skip[i] {
				add(l)
			}
		}
		return c
	}
	// runs returns the gutters and a boundary in each, at the middle of
	// its longest stretch of least cover.
	runs := func(c []int, tol int, ls []*textLine) ([]float64, []zone) {
		b := []float64{x0 - 1}
		var zs []zone
		for i := 0; i < bins; {
			if c[i] > tol {
				i++
				continue
			}
			j := i
			for j < bins && c[j] <= tol {
				j++
			}
			width := float64(j - i)
			if i > 0 && j < bins && (width >= minGap || tol == 0 && width >= 1 && aligned(hdr, ls, x0+float64(i), x0+float64(j), space)) {
				zs = append(zs, zone{x0 + float64(i), x0 + float64(j)})
				least := slices.Min(c[i:j])
				core, k := zone{}, i
				for k < j {
					if c[k] != least {
						k++
						continue
					}
					m := k
					for m < j && c[m] == least {
						m++
					}
					if float64(m-k) > core.hi-core.lo {
						core = zone{float64(k), float64(m)}
					}
					k = m
				}
				b = append(b, x0+(core.lo+core.hi)/2)
			}
			i = j
		}
		return append(b, x1+1), zs
	}
	// First pass: gutters that a few lines may cross; the lines that run
	// across their boundaries are spanning rows or prose, left out of the
	// second pass.
	tol := len(body) / 10
	if len(body) >= 5 {
		tol = max(tol, 1) // one theme row must not hide a gutter
	}
	first, _ := runs(cover(nil), tol, used(nil))
	skip := make([]bool, len(body))
	for i, l := range body {
		// Words either side of a boundary as far apart as the line's
		// other words are a spanning row's; a tight table's neighbouring
		// cells may be hardly further apart, but further.
		skip[i] = straddlesWithin(l, first, nil, min(0.35*l.size, wordSpace(nil, []*textLine{l})+0.1))
	}
	return runs(cover(skip), 0, used(skip))
}

// wordSpace returns the median space between words in the lines: gaps
// narrower than a column gap (wideGap), the rest being column gaps. (A
// typewriter face's space is 0.6 of the size: cut at half the size, as
// for a proportional face, a page set in one had no word space at all,
// and a single space lined up on the letters' grid read as a gutter.)
func wordSpace(hdr, body []*textLine) float64 {
	var gaps []float64
	for _, ls := range [][]*textLine{hdr, body} {
		for _, l := range ls {
			for i := 1; i < len(l.words); i++ {
				if g := l.words[i].x0 - l.words[i-1].x1; g > 0 && g < l.wideGap() {
					gaps = append(gaps, g)
				}
			}
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/2]
}

// aligned tells whether the gap from lo to hi is an edge the table's text
// keeps to: words start at its right end (a left-aligned column) or end at
// its left end (a right-aligned one) on several lines, and either on many of
// the lines or on the header's, whose words name the columns. Between the
// words of prose a gap lines up with word starts only by chance, and not on
// many lines at once; a column's cells start at the same x on every row.
//
// A gap no wider than a word space (space) may be the spaces of cells
// that start alike ("Recommendation 1: …", "Recommendation 2: …"): then
// on most aligned lines the words either side are a space apart, where a
// column's neighbour leaves the gap that narrow only on its widest lines.
func aligned(hdr, ls []*textLine, lo, hi, space float64) bool {
	const slack = 1.5 // bins are whole points; a word may start inside one
	near := func(x, edge float64) bool { return x >= edge-slack && x <= edge+slack }
	edge := func(l *textLine) (start, end, tight bool) {
		for i, w := range l.words {
			s, e := near(w.x0, hi), near(w.x1, lo)
			start, end = start || s, end || e
			if s && i > 0 && w.x0-l.words[i-1].x1 <= space+0.5 || e && i+1 < len(l.words) && l.words[i+1].x0-w.x1 <= space+0.5 {
				tight = true
			}
		}
		return start, end, tight
	}
	starts, ends, tight := 0, 0, 0
	for _, l := range ls {
		s, e, t := edge(l)
		if s {
			starts++
		}
		if e {
			ends++
		}
		if t {
			tight++
		}
	}
	anchored := false
	for _, l := range hdr {
		s, e, _ := edge(l)
		anchored = anchored || s && starts >= ends || e && ends > starts
	}
	n := max(starts, ends)
	if hi-lo <= space+1 && 2*tight > n {
		return false
	}
	return n >= 3 && (anchored || float64(n) >= 0.3*float64(len(ls)))
}
