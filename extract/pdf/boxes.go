package pdf

import (
	"cmp"
	"math"
	"slices"
)

// Some tables are drawn as a box for each cell, set a little apart
// (Word's and HTML's cell spacing, a designed strategy's coloured cells):
// no rule crosses from one box to the next, so the boxes make no grid
// between them. Boxes that line up with their neighbours across a narrow
// gap are cells of one table: their facing edges are moved to the middle
// of the gap, and edges that nearly line up to where they meet, so that
// their rules join into one grid.

const (
	// boxGap is the widest gap between two boxes of one table.
	boxGap = 18.0
	// boxSlack is how far the edges of neighbouring boxes may differ and
	// still be one row's (or one column's).
	boxSlack = 5.0
	// maxBoxes bounds the boxes a page is searched for tables in (a map
	// or a chart may draw thousands).
	maxBoxes = 2000
)

// boxRules turns a page's boxes into rules: a drawn box gives its edges,
// and boxes that make a table of two rows and two columns at least give
// theirs moved to meet their neighbours', filled or drawn. Shading alone
// elsewhere (a banner, a panel, a column's tint), boxes side by side in
// one row only (charts' frames), and shaded cells beside whose rows the
// lines run on unshaded (Word shading some columns of a table) are no such
// table.
func boxRules(boxes []box, lines []*textLine) (hs, vs []segment) {
	if len(boxes) == 0 {
		return nil, nil
	}
	bs := dedupeBoxes(boxes)
	keep := make([]bool, len(bs))
	for i, b := range bs {
		keep[i] = b.stroked
	}
	if len(bs) <= maxBoxes {
		right, below := boxNeighbours(bs)
		// Tables: boxes joined by neighbours, with neighbours both beside
		// and below.
		parent := make([]int, len(bs))
		for i := range parent {
			parent[i] = i
		}
		find := func(i int) int {
			for parent[i] != i {
				parent[i] = parent[parent[i]]
				i = parent[i]
			}
			return i
		}
		for i := range bs {
			for _, j := range []int{right[i], below[i]} {
				if j >= 0 {
					parent[find(i)] = find(j)
				}
			}
		}
		across, down := map[int]bool{}, map[int]bool{}
		for i := range bs {
			if right[i] >= 0 {
				across[find(i)] = true
			}
			if below[i] >= 0 {
				down[find(i)] = true
			}
		}
		// The extent of each table, and whether any of its boxes is drawn.
		type extent struct {
			x0, y0, x1, y1 float64
			drawn          bool
		}
		ext := map[int]*extent{}
		for i, b := range bs {
			r := find(i)
			if !across[r] || !down[r] {
				continue
			}
			e, ok := ext[r]
			if !ok {
				e = &extent{b.x0, b.y0, b.x1, b.y1, false}
				ext[r] = e
			}
			e.x0, e.y0, e.x1, e.y1 = min(e.x0, b.x0), min(e.y0, b.y0), max(e.x1, b.x1), max(e.y1, b.y1)
			e.drawn = e.drawn || b.stroked
		}
		for _, e := range ext {
			if e.drawn {
				continue
			}
			for _, l := range lines {
				if l.base <= e.y0 || l.base >= e.y1 || l.x1() < e.x0 || l.x0() > e.x1 {
					continue
				}
				if l.x0() < e.x0-l.size || l.x1() > e.x1+l.size {
					e.y0, e.y1 = 0, 0 // text runs out of it: no table
					break
				}
			}
		}
		table := make([]bool, len(bs))
		for i := range bs {
			e := ext[find(i)]
			table[i] = e != nil && e.y1 > e.y0
		}
		// Facing edges across a gap meet in its middle.
		for i := range bs {
			if !table[i] {
				continue
			}
			keep[i] = true
			if j := right[i]; j >= 0 {
				m := (bs[i].x1 + bs[j].x0) / 2
				bs[i].x1, bs[j].x0 = m, m
			}
			if j := below[i]; j >= 0 {
				m := (bs[i].y0 + bs[j].y1) / 2
				bs[i].y0, bs[j].y1 = m, m
			}
		}
		snapEdges(bs, table)
	}
	for i, b := range bs {
		if keep[i] {
			hs = append(hs, segment{b.x0, b.y0, b.x1, b.y0}, segment{b.x0, b.y1, b.x1, b.y1})
			vs = append(vs, segment{b.x0, b.y0, b.x0, b.y1}, segment{b.x1, b.y0, b.x1, b.y1})
		}
	}
	return hs, vs
}

// boxNeighbours finds each box's nearest neighbour on its right and below
// (-1 for none): across a gap of at most boxGap and narrower than half
// either box, with edges that line up within boxSlack. A box inside
// another filled one (a paragraph's shading inside its cell's) is no cell
// of its own and has none.
func boxNeighbours(bs []box) (right, below []int) {
	inner := make([]bool, len(bs))
	for i, a := range bs {
		for j, b := range bs {
			if i != j && !b.stroked && a.x0 >= b.x0-0.5 && a.x1 <= b.x1+0.5 && a.y0 >= b.y0-0.5 && a.y1 <= b.y1+0.5 &&
				(a.x1-a.x0)*(a.y1-a.y0) < (b.x1-b.x0)*(b.y1-b.y0) {
				inner[i] = true
			}
		}
	}
	right, below = make([]int, len(bs)), make([]int, len(bs))
	for i, a := range bs {
		right[i], below[i] = -1, -1
		if inner[i] {
			continue
		}
		gr, gb := boxGap, boxGap
		for j, b := range bs {
			if i == j || inner[j] {
				continue
			}
			lim := 0.5 * min(a.x1-a.x0, b.x1-b.x0)
			if g := b.x0 - a.x1; g >= -1.5 && g <= min(gr, lim) && math.Abs(a.y0-b.y0) <= boxSlack && math.Abs(a.y1-b.y1) <= boxSlack {
				right[i], gr = j, g
			}
			lim = 0.5 * min(a.y1-a.y0, b.y1-b.y0)
			if g := a.y0 - b.y1; g >= -1.5 && g <= min(gb, lim) && math.Abs(a.x0-b.x0) <= boxSlack && math.Abs(a.x1-b.x1) <= boxSlack {
				below[i], gb = j, g
			}
		}
	}
	return right, below
}

// dedupeBoxes merges boxes drawn twice (filled, then stroked), which count
// as drawn.
func dedupeBoxes(boxes []box) []box {
	bs := slices.Clone(boxes)
	slices.SortFunc(bs, func(a, b box) int {
		return cmp.Or(cmp.Compare(a.x0, b.x0), cmp.Compare(a.y0, b.y0), cmp.Compare(a.x1, b.x1), cmp.Compare(a.y1, b.y1))
	})
	out := bs[:0]
	for _, b := range bs {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if math.Abs(p.x0-b.x0) < 0.5 && math.Abs(p.y0-b.y0) < 0.5 && math.Abs(p.x1-b.x1) < 0.5 && math.Abs(p.y1-b.y1) < 0.5 {
				p.stroked = p.stroked || b.stroked
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// snapEdges moves the edges of boxes with neighbours that lie within
// boxSlack of each other to their mean, so that the rows of side-by-side
// boxes (drawn a few points apart) share their rules.
func snapEdges(bs []box, near []bool) {
	type edge struct {
		v   float64
		ptr *float64
	}
	snap := func(es []edge) {
		slices.SortFunc(es, func(a, b edge) int { return cmp.Compare(a.v, b.v) })
		for i := 0; i < len(es); {
			j, sum := i, 0.0
			for j < len(es) && es[j].v-es[i].v <= boxSlack {
				sum += es[j].v
				j++
			}
			m := sum / float64(j-i)
			for _, e := range es[i:j] {
				*e.ptr = m
			}
			i = j
		}
	}
	var xs, ys []edge
	for i := range bs {
		if !near[i] {
			continue
		}
		b := &bs[i]
		xs = append(xs, edge{b.x0, &b.x0}, edge{b.x1, &b.x1})
		ys = append(ys, edge{b.y0, &b.y0}, edge{b.y1, &b.y1})
	}
	snap(xs)
	snap(ys)
}
