package pdf

import (
	"fmt"
	"math"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/councilactions/councilactions/extract/pdf/stdfont"
)

// The content interpreter is our own rather than the library's
// Page.Content(): that one ignores the CTM for rectangles, drops m/l paths,
// never enters Form XObjects, mis-measures two-byte fonts and re-parses a
// font's cmap at every Tf. The library still parses the file, streams,
// encryption and cmaps.

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: m applied first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// translate returns m moved by (tx, ty) in its own space: [1 0 0 1 tx ty] × m.
func (m matrix) translate(tx, ty float64) matrix {
	m[4] += tx*m[0] + ty*m[2]
	m[5] += tx*m[1] + ty*m[3]
	return m
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// glyph is one shown character on the page, in page space (y up).
type glyph struct {
	x0, x1, y float64 // left, right, baseline
	size      float64
	s         string
	font      *fontInfo
	artifact  bool // inside /Artifact marked content: page furniture in tagged PDFs
	// dir is the way the text runs: 0 left to right, 1 upwards, 2 right
	// to left upside down, 3 downwards. A turned glyph runs from (x0, y)
	// to (x1, y1) until the page is turned to read it (turnPage).
	dir uint8
	y1  float64
}

// segment is a horizontal or vertical ruling, x0 ≤ x1 and y0 ≤ y1.
type segment struct{ x0, y0, x1, y1 float64 }

// box is a rectangle drawn with re larger than a rule: a cell's frame or
// its shading, stroked or only filled. A shaded area's box (pageContent's
// shades) is any filled shape's extent, with the RAG word of its colour.
type box struct {
	x0, y0, x1, y1 float64
	stroked        bool
	shade          string
}

// pageContent is what a page draws that layout needs.
type pageContent struct {
	glyphs []glyph
	hsegs  []segment
	vsegs  []segment
	boxes  []box
	// plots are the extents of paths with slanting lines in them: a
	// chart's series, a pie's slices. Text over them is a chart's labels.
	plots []box
	// shades are the areas filled in a RAG colour, in the order drawn: a
	// status cell's fill, a coloured dot.
	shades []box
	images int
	// scanPPI is the resolution of the page's largest image, in its
	// pixels per inch as drawn: a scan's, which OCR renders the page at
	// (or a whole multiple of it).
	scanPPI  float64
	scanArea float64
}

// maxPlots bounds the slanting paths noted on a page, and maxShades the
// areas filled in a RAG colour.
const (
	maxPlots  = 2000
	maxShades = 2000
)

type gstate struct {
	ctm                       matrix
	tc, tw, th, tl, tfs, rise float64
	font                      *fontInfo
	fill                      colour // the non-stroking colour
	fillN                     int    // its colour space's components (spaceComponents)
}

// maxFormDepth bounds Form XObject nesting (a form may draw itself).
const maxFormDepth = 8

type interp struct {
	pc *pageContent
	// shared holds the fonts loaded on earlier pages: pages share font
	// objects, and parsing a cmap again for every page was a twentieth of
	// the reader's time.
	shared map[string]*fontInfo
	// Marked content: one entry per open BMC/BDC, true for /Artifact;
	// artifacts counts the true ones.
	marks     []bool
	artifacts int
	fallback  *fontInfo
	decoded   int // bytes of content decoded for the page, forms included
	budget    *budget
	err       error  // a limit reached: the page stops here
	lex       *lexer // reused for the page's own content, nil for a new one
}

// run interprets decoded content with its resources.
func (in *interp) run(content []byte, res lpdf.Value, g gstate, depth int) {
	fonts := &runFonts{byName: map[string]*fontInfo{}}
	var stack []gstate
	var tm, tlm matrix
	// Current path, in page space.
	var pts []float64   // pending segments as x0,y0,x1,y1 quadruples
	var rects []float64 // pending rectangles' and straight subpaths' bounding boxes, the same way
	var boxes []float64 // pending re rectangles larger than a rule, the same way: kept whole
	var subs []float64  // every subpath's bounding box, curves and all, the same way: what a fill covers
	var cx, cy, sx, sy float64
	sub := -1  // the open subpath's box in rects, or -1 when it has a curve or there is none
	area := -1 // the open subpath's box in subs, or -1
	addSeg := func(x0, y0, x1, y1 float64) { pts = append(pts, x0, y0, x1, y1) }
	widen := func(bs []float64, k int, x, y float64) {
		if k >= 0 {
			bs[k], bs[k+1] = min(bs[k], x), min(bs[k+1], y)
			bs[k+2], bs[k+3] = max(bs[k+2], x), max(bs[k+3], y)
		}
	}
	grow := func(x, y float64) {
		widen(rects, sub, x, y)
		widen(subs, area, x, y)
	}
	// paint turns the path into rulings. A stroke gives all its straight
	// segments; a fill only its thin rectangles, drawn with re or as a
	// closed path of lines (Word draws rules so), since larger filled
	// areas are cell shading, not rules: those are kept as shades when
	// their colour is a RAG one.
	paint := func(stroke, fill bool) {
		// A path with a slanting line is drawing, not rules.
		px0, py0, px1, py1, slant := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1), false
		for i := 0; i+3 < len(pts); i += 4 {
			x0, y0, x1, y1 := pts[i], pts[i+1], pts[i+2], pts[i+3]
			px0, py0, px1, py1 = min(px0, x0, x1), min(py0, y0, y1), max(px1, x0, x1), max(py1, y0, y1)
			slant = slant || math.Abs(x1-x0) > 1 && math.Abs(y1-y0) > 1
		}
		if slant && len(in.pc.plots) < maxPlots {
			in.pc.plots = append(in.pc.plots, box{x0: px0, y0: py0, x1: px1, y1: py1, stroked: stroke})
		}
		for i := 0; i+3 < len(boxes); i += 4 {
			in.pc.boxes = append(in.pc.boxes, box{x0: boxes[i], y0: boxes[i+1], x1: boxes[i+2], y1: boxes[i+3], stroked: stroke})
		}
		if fill {
			in.addShades(subs, g.fill)
		}
		if stroke {
			for i := 0; i+3 < len(pts); i += 4 {
				in.addRuling(pts[i], pts[i+1], pts[i+2], pts[i+3])
			}
		} else {
			for i := 0; i+3 < len(rects); i += 4 {
				x0, y0, x1, y1 := min(rects[i], rects[i+2]), min(rects[i+1], rects[i+3]), max(rects[i], rects[i+2]), max(rects[i+1], rects[i+3])
				switch {
				case y1-y0 <= 2:
					in.addRuling(x0, (y0+y1)/2, x1, (y0+y1)/2)
				case x1-x0 <= 2:
					in.addRuling((x0+x1)/2, y0, (x0+x1)/2, y1)
				}
			}
		}
		pts, rects, boxes, subs, sub, area = pts[:0], rects[:0], boxes[:0], subs[:0], -1, -1
	}
	var args []operand
	num := func(i int) float64 {
		if i < len(args) {
			return args[i].num
		}
		return 0
	}
	lx := in.lex
	if depth > 0 || lx == nil {
		lx = newLexer(content) // a form runs inside its page's operator
	} else {
		lx.reset(content)
	}
	xobjects := map[string]lpdf.Value{} // resolved once: a dictionary may be large
	spaces := map[string]int{}          // colour spaces' components by name, likewise
	for {
		op, a, ok := lx.next()
		if !ok || in.err != nil {
			return
		}
		args = a
		n := len(args)
		switch string(op) {
		case "q":
			stack = append(stack, g)
		case "Q":
			if len(stack) > 0 {
				g = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if n == 6 {
				g.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
			}
		case "m":
			cx, cy = g.ctm.apply(num(0), num(1))
			sx, sy = cx, cy
			sub, area = len(rects), len(subs)
			rects = append(rects, cx, cy, cx, cy)
			subs = append(subs, cx, cy, cx, cy)
		case "l":
			x, y := g.ctm.apply(num(0), num(1))
			addSeg(cx, cy, x, y)
			grow(x, y)
			cx, cy = x, y
		case "c", "v", "y":
			// A curve: no rule, but a fill's extent (its control points
			// lie about it, near enough for a cell's dot).
			for i := 0; i+1 < n; i += 2 {
				cx, cy = g.ctm.apply(num(i), num(i+1))
				widen(subs, area, cx, cy)
			}
			if sub >= 0 {
				rects, sub = rects[:sub], -1
			}
		case "h":
			addSeg(cx, cy, sx, sy)
			cx, cy = sx, sy
		case "re":
			x, y, w, h := num(0), num(1), num(2), num(3)
			x0, y0 := g.ctm.apply(x, y)
			x1, y1 := g.ctm.apply(x+w, y)
			x2, y2 := g.ctm.apply(x+w, y+h)
			x3, y3 := g.ctm.apply(x, y+h)
			bx0, by0, bx1, by1 := min(x0, x1, x2, x3), min(y0, y1, y2, y3), max(x0, x1, x2, x3), max(y0, y1, y2, y3)
			if bx1-bx0 > 2 && by1-by0 > 2 && (math.Abs(x0-x3) < 0.01 || math.Abs(y0-y3) < 0.01) {
				// Larger than a rule and square to the page: its edges
				// are placed against its neighbours' (boxRules).
				boxes = append(boxes, bx0, by0, bx1, by1)
			} else {
				addSeg(x0, y0, x1, y1)
				addSeg(x1, y1, x2, y2)
				addSeg(x2, y2, x3, y3)
				addSeg(x3, y3, x0, y0)
				rects = append(rects, bx0, by0, bx1, by1)
			}
			subs = append(subs, bx0, by0, bx1, by1)
			cx, cy, sx, sy = x0, y0, x0, y0
			sub, area = -1, -1
		case "S", "s":
			paint(true, false)
		case "B", "B*", "b", "b*":
			paint(true, true)
		case "f", "F", "f*":
			paint(false, true)
		case "n":
			pts, rects, boxes, subs, sub, area = pts[:0], rects[:0], boxes[:0], subs[:0], -1, -1
		case "g":
			g.fillN = 1
			g.setFill(args)
		case "rg":
			g.fillN = 3
			g.setFill(args)
		case "k":
			g.fillN = 4
			g.setFill(args)
		case "cs":
			name := ""
			if n == 1 {
				name = args[0].name()
			}
			c, ok := spaces[name]
			if !ok {
				c = spaceComponents(name, res)
				spaces[name] = c
			}
			g.fillN, g.fill = c, black
			if c == 0 {
				g.fill = colour{}
			}
		case "sc", "scn":
			g.setFill(args)
		case "BT":
			tm, tlm = identity, identity
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.rise = num(0)
		case "Tf":
			if n == 2 {
				g.font = in.font(fonts, res, args[0].name())
				g.tfs = num(1)
			}
		case "TD":
			g.tl = -num(1)
			fallthrough
		case "Td":
			tlm = tlm.translate(num(0), num(1))
			tm = tlm
		case "Tm":
			if n == 6 {
				tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
				tm = tlm
			}
		case "T*":
			tlm = tlm.translate(0, -g.tl)
			tm = tlm
		case "Tj":
			if n == 1 {
				in.show(&g, &tm, args[0].b)
			}
		case "'", "\"":
			if op[0] == '"' && n == 3 {
				g.tw, g.tc = num(0), num(1)
			}
			tlm = tlm.translate(0, -g.tl)
			tm = tlm
			if n >= 1 {
				in.show(&g, &tm, args[n-1].b)
			}
		case "TJ":
			if n != 1 {
				continue
			}
			for _, x := range args[0].elems {
				switch x.kind {
				case kindString:
					in.show(&g, &tm, x.b)
				case kindNumber:
					tx := -x.num / 1000 * g.tfs * g.th
					tm = tm.translate(tx, 0)
				}
			}
		case "BMC", "BDC":
			art := n >= 1 && args[0].kind == kindName && string(args[0].b) == "Artifact"
			in.marks = append(in.marks, art)
			if art {
				in.artifacts++
			}
		case "EMC":
			if k := len(in.marks); k > 0 {
				if in.marks[k-1] {
					in.artifacts--
				}
				in.marks = in.marks[:k-1]
			}
		case "BI":
			in.pc.images++
		case "Do":
			if n == 1 {
				in.do(xobjects, res, args[0].name(), g, depth)
			}
		}
	}
}

// do draws an XObject: a form is interpreted in place, an image counted.
func (in *interp) do(xobjects map[string]lpdf.Value, res lpdf.Value, name string, g gstate, depth int) {
	xo, ok := xobjects[name]
	if !ok {
		xo = res.Key("XObject").Key(name)
		xobjects[name] = xo
	}
	form := xo.Key("Subtype").Name() == "Form"
	if !form && !in.charge(in.budget.dos, 1) {
		return
	}
	switch xo.Key("Subtype").Name() {
	case "Image":
		in.pc.images++
		// The unit square the image fills is drawn by the CTM: its width
		// in points is the length of the CTM's first column.
		m := g.ctm
		if area, wide := math.Abs(m[0]*m[3]-m[1]*m[2]), math.Hypot(m[0], m[1]); area > in.pc.scanArea && wide > 0 {
			in.pc.scanArea = area
			in.pc.scanPPI = float64(xo.Key("Width").Int64()) * 72 / wide
		}
	case "Form":
		if depth >= maxFormDepth || in.decoded >= maxContentBytes || !in.charge(in.budget.forms, 1) {
			return
		}
		content, err := readContent(xo, nil, maxContentBytes-in.decoded)
		if err != nil {
			in.decoded = maxContentBytes // over budget or broken: no more forms on this page
			return
		}
		in.decoded += len(content)
		if !in.charge(in.budget.decoded, len(content)) {
			return
		}
		m := identity
		if mv := xo.Key("Matrix"); mv.Len() == 6 {
			for i := range m {
				m[i] = mv.Index(i).Float64()
			}
		}
		g.ctm = m.mul(g.ctm)
		fres := xo.Key("Resources")
		if fres.IsNull() {
			fres = res
		}
		in.run(content, fres, g, depth+1)
	}
}

// fontRef returns what the /Font resource dictionary written out (dict,
// "<</F1 5 0 R /F2 7 0 R>>") has for name: the font object's reference,
// or, when it holds anything else (a font written in place), the whole
// dictionary with the name.
func fontRef(dict, name string) string {
	key := "/" + name + " "
	i := strings.Index(dict, key)
	if i <= 0 || dict[i-1] != ' ' && dict[i-1] != '<' {
		return dict + " " + name
	}
	v := dict[i+len(key):]
	if end := strings.IndexAny(v, "/>"); end >= 0 {
		v = v[:end]
	}
	f := strings.Fields(v)
	if len(f) != 3 || f[2] != "R" || strings.Trim(f[0]+f[1], "0123456789") != "" {
		return dict + " " + name
	}
	return f[0] + " " + f[1] + " R"
}

// runFonts are the fonts a content stream has set, by resource name, and
// its /Font resources written out (refs), which name them in the file.
type runFonts struct {
	byName map[string]*fontInfo
	refs   string
	read   bool // refs is set
}

// font returns the font a content stream names. Fonts are shared across
// pages first by the reference the resources name them with: the /Font
// dictionary written out keeps its references to the font objects unread
// ("/F1 5 0 R"), so that a page naming the fonts of pages before loads
// nothing. The library reads an object again at each lookup
// (decompressing its object stream), and looking up each font's
// fingerprint page after page was an eighth of the reader's time. A font
// met under a new entry is found by its fingerprint, in case another
// object holds the same font.
func (in *interp) font(rf *runFonts, res lpdf.Value, name string) *fontInfo {
	if f, ok := rf.byName[name]; ok {
		return f
	}
	if !rf.read {
		rf.refs, rf.read = res.Key("Font").String(), true
	}
	ref := "ref " + fontRef(rf.refs, name)
	f, ok := in.shared[ref]
	if !ok {
		v := res.Key("Font").Key(name)
		key := fingerprint(v)
		if f, ok = in.shared[key]; !ok {
			var err error
			if f, err = loadFont(v, in.budget); err != nil && in.err == nil {
				in.err = err
			}
			if in.shared != nil {
				in.shared[key] = f
			}
		}
		if in.shared != nil {
			in.shared[ref] = f
		}
	}
	rf.byName[name] = f
	return f
}

// show places the glyphs of one string.
func (in *interp) show(g *gstate, tm *matrix, raw []byte) {
	f := g.font
	if f == nil {
		// Text shown before any Tf: raw bytes, Helvetica widths. Made per
		// interpreter, since a fontInfo caches as it decodes.
		if in.fallback == nil {
			in.fallback = &fontInfo{family: stdfont.Helvetica, decode: map[int]string{}}
		}
		f = in.fallback
	}
	m := tm.mul(g.ctm)
	// Glyphs set at a slant are left out of the layout; text turned a
	// quarter or half turn is kept for turnPage.
	dir, ok := direction(m)
	sx := math.Hypot(m[0], m[1])
	size := g.tfs * math.Hypot(m[2], m[3])
	adv := 0.0
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(raw); i += step {
		code := int(raw[i])
		if step == 2 {
			code = code<<8 | int(raw[i+1])
		}
		s := f.text(code, raw[i:i+step])
		w0 := f.width(code, s)
		if ok && s != "" {
			x, y := m.apply(adv, g.rise)
			w := w0 / 1000 * g.tfs * g.th
			gl := glyph{x0: x, x1: x + w*sx, y: y, size: size, s: s, font: f, artifact: in.artifacts > 0, dir: dir}
			if dir != 0 {
				gl.x1, gl.y1 = m.apply(adv+w, g.rise)
			}
			if len(in.pc.glyphs) == maxPageGlyphs {
				in.err = errPageGlyphs
				break
			}
			in.pc.glyphs = append(in.pc.glyphs, gl)
		}
		tx := w0/1000*g.tfs + g.tc
		if step == 1 && code == 32 {
			tx += g.tw
		}
		adv += tx * g.th
	}
	*tm = tm.translate(adv, 0)
}

// direction tells which way text set with matrix m runs, to within a tenth
// of a right angle: 0 left to right, 1 upwards, 2 upside down, 3
// downwards; ok is false for text at a slant.
func direction(m matrix) (dir uint8, ok bool) {
	small := func(a, b float64) bool { return math.Abs(a) <= 0.1*math.Abs(b) }
	switch {
	case m[0] > 0 && m[3] > 0 && small(m[1], m[0]) && small(m[2], m[3]):
		return 0, true
	case m[1] > 0 && m[2] < 0 && small(m[0], m[1]) && small(m[3], m[2]):
		return 1, true
	case m[0] < 0 && m[3] < 0 && small(m[1], m[0]) && small(m[2], m[3]):
		return 2, true
	case m[1] < 0 && m[2] > 0 && small(m[0], m[1]) && small(m[3], m[2]):
		return 3, true
	}
	return 0, false
}

// turnPage turns a page whose text mostly runs other than left to right
// (a landscape table on a portrait page, a page with /Rotate whose content
// was not turned to match) so that it does: the glyphs and rules are
// turned, and the page's width and height swap for a quarter turn. The
// glyphs that ran another way are left out, as turned ones were before.
// It returns the new width and height.
func turnPage(pc *pageContent, w, h float64) (float64, float64) {
	var count [4]int
	for _, g := range pc.glyphs {
		count[g.dir]++
	}
	best := uint8(0)
	for d := uint8(1); d < 4; d++ {
		if count[d] > count[best] {
			best = d
		}
	}
	var turn func(x, y float64) (float64, float64)
	nw, nh := h, w
	switch best {
	case 0:
		kept := pc.glyphs[:0]
		for _, g := range pc.glyphs {
			if g.dir == 0 {
				kept = append(kept, g)
			}
		}
		pc.glyphs = kept
		return w, h
	case 1:
		turn = func(x, y float64) (float64, float64) { return y, w - x }
	case 2:
		turn = func(x, y float64) (float64, float64) { return w - x, h - y }
		nw, nh = w, h
	case 3:
		turn = func(x, y float64) (float64, float64) { return h - y, x }
	}
	kept := pc.glyphs[:0]
	for _, g := range pc.glyphs {
		if g.dir != best {
			continue
		}
		x0, y := turn(g.x0, g.y)
		x1, _ := turn(g.x1, g.y1)
		g.x0, g.x1, g.y, g.y1, g.dir = x0, x1, y, 0, 0
		kept = append(kept, g)
	}
	pc.glyphs = kept
	segs := append(pc.hsegs, pc.vsegs...)
	in := &interp{pc: &pageContent{}}
	for _, sg := range segs {
		x0, y0 := turn(sg.x0, sg.y0)
		x1, y1 := turn(sg.x1, sg.y1)
		in.addRuling(x0, y0, x1, y1)
	}
	pc.hsegs, pc.vsegs = in.pc.hsegs, in.pc.vsegs
	for _, bs := range [][]box{pc.boxes, pc.plots, pc.shades} {
		for i, b := range bs {
			x0, y0 := turn(b.x0, b.y0)
			x1, y1 := turn(b.x1, b.y1)
			bs[i].x0, bs[i].y0, bs[i].x1, bs[i].y1 = min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
		}
	}
	return nw, nh
}

// addShades keeps the subpaths a fill in colour c covers (quadruples of
// x0, y0, x1, y1) when c is a RAG colour and they are larger than a rule.
func (in *interp) addShades(subs []float64, c colour) {
	word := c.word()
	if word == "" {
		return
	}
	for i := 0; i+3 < len(subs) && len(in.pc.shades) < maxShades; i += 4 {
		x0, y0, x1, y1 := subs[i], subs[i+1], subs[i+2], subs[i+3]
		if x1-x0 > 2 && y1-y0 > 2 {
			in.pc.shades = append(in.pc.shades, box{x0: x0, y0: y0, x1: x1, y1: y1, shade: word})
		}
	}
}

// addRuling keeps a path segment that is horizontal or vertical.
func (in *interp) addRuling(x0, y0, x1, y1 float64) {
	if x0 > x1 {
		x0, x1 = x1, x0
	}
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	switch {
	case y1-y0 < 1 && x1-x0 > 2:
		in.pc.hsegs = append(in.pc.hsegs, segment{x0, (y0 + y1) / 2, x1, (y0 + y1) / 2})
	case x1-x0 < 1 && y1-y0 > 2:
		in.pc.vsegs = append(in.pc.vsegs, segment{(x0 + x1) / 2, y0, (x0 + x1) / 2, y1})
	}
}

// fingerprint names a font dictionary by what decides its decoding and
// widths. Embedded subsets carry a unique tag in BaseFont ("ABCDEF+Arial");
// the rest are told apart by encoding, code range and cmap size.
func fingerprint(v lpdf.Value) string {
	enc := v.Key("Encoding")
	encKey := enc.Name()
	if enc.Kind() == lpdf.Dict {
		encKey = fmt.Sprintf("%s+%d", enc.Key("BaseEncoding").Name(), enc.Key("Differences").Len())
	}
	return fmt.Sprintf("%s|%s|%s|%d-%d|%d|%d|%d",
		v.Key("Subtype").Name(), v.Key("BaseFont").Name(), encKey,
		v.Key("FirstChar").Int64(), v.Key("LastChar").Int64(), v.Key("Widths").Len(),
		v.Key("ToUnicode").Key("Length").Int64(), v.Key("DescendantFonts").Index(0).Key("W").Len())
}
