package pdf

import (
	"cmp"
	"slices"
)

// grid is a table drawn with rules: its frame and the x of each column rule.
type grid struct {
	x0, y0, x1, y1 float64
	xs             []float64 // column boundaries, left to right, frame included
	rows           []float64 // y of rules crossing most of the width, top to bottom
	hrules         []segment // every horizontal rule, merged
	vrules         []segment // every vertical rule, merged
}

// mergeSegs joins collinear rulings that touch or overlap; vertical when vert.
func mergeSegs(segs []segment, vert bool) []segment {
	// Normalise to (pos, from, to).
	type run struct{ pos, from, to float64 }
	rs := make([]run, 0, len(segs))
	for _, s := range segs {
		if vert {
			rs = append(rs, run{s.x0, s.y0, s.y1})
		} else {
			rs = append(rs, run{s.y0, s.x0, s.x1})
		}
	}
	slices.SortFunc(rs, func(a, b run) int {
		switch {
		case a.pos < b.pos:
			return -1
		case a.pos > b.pos:
			return 1
		}
		return 0
	})
	var out []segment
	emit := func(r run) {
		if r.to-r.from < 4 {
			return
		}
		if vert {
			out = append(out, segment{r.pos, r.from, r.pos, r.to})
		} else {
			out = append(out, segment{r.from, r.pos, r.to, r.pos})
		}
	}
	for i := 0; i < len(rs); {
		// One line's pieces: the rulings within 1.5pt of the first one's position.
		j := i + 1
		for j < len(rs) && rs[j].pos-rs[i].pos <= 1.5 {
			j++
		}
		line := rs[i:j]
		slices.SortFunc(line, func(a, b run) int {
			switch {
			case a.from < b.from:
				return -1
			case a.from > b.from:
				return 1
			}
			return 0
		})
		cur := line[0]
		for _, r := range line[1:] {
			if r.from <= cur.to+3 {
				cur.to = max(cur.to, r.to)
				continue
			}
			emit(cur)
			cur = r
		}
		emit(cur)
		i = j
	}
	return out
}

// findGrids finds the ruled tables of a page: groups of horizontal and
// vertical rules that cross each other, with at least two columns.
func findGrids(hsegs, vsegs []segment) []grid {
	if len(hsegs) == 0 || len(vsegs) == 0 || len(hsegs)+len(vsegs) > 20000 {
		return nil
	}
	hs := mergeSegs(hsegs, false)
	vs := mergeSegs(vsegs, true)
	n := len(hs) + len(vs)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	const tol = 3
	for i, h := range hs {
		for j, v := range vs {
			if v.x0 >= h.x0-tol && v.x0 <= h.x1+tol && h.y0 >= v.y0-tol && h.y0 <= v.y1+tol {
				a, b := find(i), find(len(hs)+j)
				if a != b {
					parent[a] = b
				}
			}
		}
	}
	// Groups in the order of their first rule, not a map's: the same page
	// must give the same tables every time.
	group := map[int]int{}
	var groups [][]int
	for i := 0; i < n; i++ {
		k, ok := group[find(i)]
		if !ok {
			k = len(groups)
			group[find(i)] = k
			groups = append(groups, nil)
		}
		groups[k] = append(groups[k], i)
	}
	var out []grid
	for _, members := range groups {
		var gh, gv []segment
		for _, m := range members {
			if m < len(hs) {
				gh = append(gh, hs[m])
			} else {
				gv = append(gv, vs[m-len(hs)])
			}
		}
		if len(gh) < 2 || len(gv) < 2 {
			continue
		}
		g := grid{x0: gh[0].x0, x1: gh[0].x1, y0: gv[0].y0, y1: gv[0].y1}
		for _, h := range gh {
			g.x0, g.x1 = min(g.x0, h.x0), max(g.x1, h.x1)
			g.y0, g.y1 = min(g.y0, h.y0), max(g.y1, h.y1)
		}
		for _, v := range gv {
			g.x0, g.x1 = min(g.x0, v.x0), max(g.x1, v.x0)
			g.y0, g.y1 = min(g.y0, v.y0), max(g.y1, v.y1)
		}
		if g.x1-g.x0 < 50 || g.y1-g.y0 < 10 {
			continue
		}
		// Column rules: x positions whose rules together cover a good part
		// of the height (rules broken by spanning rows still count).
		slices.SortFunc(gv, func(a, b segment) int {
			switch {
			case a.x0 < b.x0:
				return -1
			case a.x0 > b.x0:
				return 1
			}
			return 0
		})
		height := g.y1 - g.y0
		for i := 0; i < len(gv); {
			j, total, x := i, 0.0, gv[i].x0
			for j < len(gv) && gv[j].x0-x <= 3 {
				total += gv[j].y1 - gv[j].y0
				j++
			}
			if total >= 0.3*height {
				g.xs = append(g.xs, x)
			}
			i = j
		}
		// A table drawn with inner rules only still has its outer edges.
		if len(g.xs) == 0 || g.xs[0]-g.x0 > 3 {
			g.xs = append([]float64{g.x0}, g.xs...)
		}
		if g.x1-g.xs[len(g.xs)-1] > 3 {
			g.xs = append(g.xs, g.x1)
		}
		if len(g.xs) < 3 {
			continue
		}
		g.hrules, g.vrules = gh, gv
		for _, h := range gh {
			if h.x1-h.x0 >= 0.5*(g.x1-g.x0) {
				g.rows = append(g.rows, h.y0)
			}
		}
		slices.SortFunc(g.rows, func(a, b float64) int {
			switch {
			case a > b:
				return -1
			case a < b:
				return 1
			}
			return 0
		})
		out = append(out, g)
	}
	slices.SortStableFunc(out, func(a, b grid) int {
		switch {
		case a.y1 > b.y1:
			return -1
		case a.y1 < b.y1:
			return 1
		}
		return cmp.Compare(a.x0, b.x0)
	})
	return out
}

// clipToGrids splits the lines that run out of a grid (a table beside
// another, or beside a chart whose labels share its rows' baselines) into
// the part inside the grid and the rest, and puts each grid's parts
// together where its first line was, the rest after them, so that a grid
// takes only its own words and side-by-side grids are read one after the
// other. Words just outside a grid's frame, within twice their size of it,
// and the words a space on from them, stay with it (a label column the
// rules leave out).
func clipToGrids(pg *page) {
	grids := pg.pageGrids()
	if len(grids) == 0 {
		return
	}
	// owners sets own[k] to the grid word k of line l is in, or -1.
	owners := func(l *textLine, own []int) []int {
		own = own[:0]
		for _, w := range l.words {
			o, mid := -1, (w.x0+w.x1)/2
			for gi, g := range grids {
				if l.base >= g.y0-1 && l.base <= g.y1+1 && mid >= g.x0-2 && mid <= g.x1+2 {
					o = gi
					break
				}
			}
			own = append(own, o)
		}
		// Outside words close to a grid's frame, and those a space or so
		// on from them, go with it.
		reach := 2 * l.size
		for k := 1; k < len(own); k++ {
			if o := own[k-1]; own[k] < 0 && o >= 0 {
				w, p := l.words[k], l.words[k-1]
				if w.x0-grids[o].x1 <= reach || p.x1 > grids[o].x1+1 && w.x0-p.x1 <= 0.5*l.size {
					own[k] = o
				}
			}
		}
		for k := len(own) - 2; k >= 0; k-- {
			if o := own[k+1]; own[k] < 0 && o >= 0 {
				w, n := l.words[k], l.words[k+1]
				if grids[o].x0-w.x1 <= reach || n.x0 < grids[o].x0-1 && n.x0-w.x1 <= 0.5*l.size {
					own[k] = o
				}
			}
		}
		return own
	}
	// Most pages have no line that runs out of a grid.
	var own []int
	split := false
	for _, l := range pg.lines {
		own = owners(l, own)
		inside := own[0] >= 0
		for _, o := range own[1:] {
			if o != own[0] {
				split = split || inside || o >= 0
			}
		}
		if split {
			break
		}
	}
	if !split {
		return
	}
	// Each line's parts: one per grid it touches, left to right, and the
	// words outside any.
	type parts struct {
		grid  []int // grid indexes, left to right
		lines []*textLine
		rest  *textLine
	}
	all := make([]parts, len(pg.lines))
	for i, l := range pg.lines {
		own = owners(l, own)
		p := &all[i]
		var rest []word
		for k, w := range l.words {
			o := own[k]
			if o < 0 {
				rest = append(rest, w)
				continue
			}
			n := slices.Index(p.grid, o)
			if n < 0 {
				n = len(p.grid)
				p.grid = append(p.grid, o)
				p.lines = append(p.lines, &textLine{base: l.base, furniture: l.furniture, space: l.space})
			}
			p.lines[n].words = append(p.lines[n].words, w)
			p.lines[n].size = max(p.lines[n].size, w.size)
		}
		if len(p.grid) == 1 && len(rest) == 0 {
			p.lines[0] = l // wholly inside one grid
			continue
		}
		if len(rest) > 0 && len(p.grid) > 0 {
			p.rest = part(l, rest)
		}
	}
	var out []*textLine
	emitted := make([]bool, len(grids))
	for i, l := range pg.lines {
		p := all[i]
		if len(p.grid) == 0 {
			out = append(out, l)
			continue
		}
		for _, g := range p.grid {
			if emitted[g] {
				continue
			}
			emitted[g] = true
			for j := i; j < len(pg.lines); j++ {
				if n := slices.Index(all[j].grid, g); n >= 0 {
					out = append(out, all[j].lines[n])
				}
			}
		}
		if p.rest != nil {
			out = append(out, p.rest)
		}
	}
	pg.lines = out
}
