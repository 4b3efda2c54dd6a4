package ocr

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
)

// gray is an 8-bit grey image, row by row, 0 black and 255 white.
type gray struct {
	w, h int
	pix  []byte
}

func (g *gray) at(x, y int) byte { return g.pix[y*g.w+x] }

// maxPixels bounds a page image: A0 at 300 dpi is 140 million.
const maxPixels = 150_000_000

// readPGM reads a binary PGM (P5) as pdftoppm -gray writes it.
func readPGM(data []byte) (*gray, error) {
	r := bufio.NewReader(bytes.NewReader(data))
	var fields []int
	magic := make([]byte, 2)
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != "P5" {
		return nil, errors.New("page image is not a binary PGM")
	}
	for len(fields) < 3 {
		tok, err := pnmToken(r)
		if err != nil {
			return nil, fmt.Errorf("page image header: %w", err)
		}
		n, err := strconv.Atoi(tok)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("page image header: bad number %q", tok)
		}
		fields = append(fields, n)
	}
	w, h, maxv := fields[0], fields[1], fields[2]
	if maxv > 255 || w > maxPixels/h {
		return nil, fmt.Errorf("page image %d×%d (max %d) is not 8-bit or too large", w, h, maxv)
	}
	g := &gray{w: w, h: h, pix: make([]byte, w*h)}
	if _, err := io.ReadFull(r, g.pix); err != nil {
		return nil, fmt.Errorf("page image: %w", err)
	}
	return g, nil
}

// pnmToken reads one header number, past white space and comments, and
// the single white-space byte after it.
func pnmToken(r *bufio.Reader) (string, error) {
	var tok []byte
	for {
		c, err := r.ReadByte()
		if err != nil {
			return "", err
		}
		switch {
		case c == '#' && len(tok) == 0:
			if _, err := r.ReadString('\n'); err != nil {
				return "", err
			}
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			if len(tok) > 0 {
				return string(tok), nil
			}
		default:
			if len(tok) > 10 {
				return "", errors.New("header number too long")
			}
			tok = append(tok, c)
		}
	}
}

// pgm writes the image as a binary PGM, which tesseract reads.
func (g *gray) pgm() []byte {
	head := fmt.Sprintf("P5\n%d %d\n255\n", g.w, g.h)
	out := make([]byte, 0, len(head)+len(g.pix))
	return append(append(out, head...), g.pix...)
}

// dark is the grey level below which a pixel counts as ink.
const dark = 150

// skew estimates how far the page is turned, in degrees (positive:
// anticlockwise), by the projection of its ink: text lines and rules make
// sharp peaks in the count of ink per row only when the rows follow them.
// Angles up to maxSkew are tried, coarsely then finely.
func (g *gray) skew() float64 {
	// A sample of the ink, at most ~300k points.
	step := 1
	for ink := g.inkCount(4); ink/(step*step) > 300_000/16; step++ {
	}
	var xs, ys []float64
	for y := 0; y < g.h; y += step {
		for x := 0; x < g.w; x += step {
			if g.at(x, y) < dark {
				xs = append(xs, float64(x-g.w/2))
				ys = append(ys, float64(y))
			}
		}
	}
	if len(xs) < 100 {
		return 0
	}
	// Bins as tall as the sampling step: finer bins would favour the
	// angle at which the sampled rows land on bins of their own.
	fs := float64(step)
	score := func(deg float64) float64 {
		t := math.Tan(deg * math.Pi / 180)
		bins := make([]float64, (g.h+2*g.w)/step+2)
		for i := range xs {
			b := int((ys[i] + xs[i]*t + float64(g.w)) / fs)
			if b >= 0 && b < len(bins) {
				bins[b]++
			}
		}
		s := 0.0
		for _, v := range bins {
			s += v * v
		}
		return s
	}
	best, bestScore := 0.0, score(0)
	for d := -maxSkew; d <= maxSkew+1e-9; d += 0.25 {
		if s := score(d); s > bestScore {
			best, bestScore = d, s
		}
	}
	centre := best
	for d := centre - 0.25; d <= centre+0.25+1e-9; d += 0.05 {
		if s := score(d); s > bestScore {
			best, bestScore = d, s
		}
	}
	return math.Round(best*100) / 100
}

// maxSkew is the most a page is taken to be turned by a scanner, degrees.
const maxSkew = 4.0

// inkCount counts ink pixels on a grid of every n-th pixel, times n².
func (g *gray) inkCount(n int) int {
	c := 0
	for y := 0; y < g.h; y += n {
		for x := 0; x < g.w; x += n {
			if g.at(x, y) < dark {
				c++
			}
		}
	}
	return c * n * n
}

// rotate turns the image by deg degrees about its centre, the way skew
// measures (rotate(-skew()) straightens a page), filling with white. Each
// pixel is interpolated from the four it falls between: nearest-pixel
// sampling would leave every stroke of a black-and-white scan stepped,
// which costs the engine letters.
func (g *gray) rotate(deg float64) *gray {
	out := &gray{w: g.w, h: g.h, pix: make([]byte, len(g.pix))}
	s, c := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(g.w)/2, float64(g.h)/2
	px := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= g.w || y >= g.h {
			return 255
		}
		return float64(g.pix[y*g.w+x])
	}
	for y := 0; y < g.h; y++ {
		dy := float64(y) - cy
		for x := 0; x < g.w; x++ {
			dx := float64(x) - cx
			sx := cx + dx*c - dy*s
			sy := cy + dx*s + dy*c
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			v := (px(x0, y0)*(1-fx)+px(x0+1, y0)*fx)*(1-fy) + (px(x0, y0+1)*(1-fx)+px(x0+1, y0+1)*fx)*fy
			out.pix[y*g.w+x] = byte(v + 0.5)
		}
	}
	return out
}

// rule is a drawn line found in the image, in pixels: x0 ≤ x1, y0 ≤ y1.
type rule struct{ x0, y0, x1, y1 int }

// rules finds the long thin runs of ink that table rules make, then
// paints them white, so that the OCR engine does not read a rule as "|"
// and the table's words come out clean. dpi scales the lengths.
func (g *gray) rules(dpi int) (hs, vs []rule) {
	minH := max(dpi/3, g.w/40) // a third of an inch, or a fortieth of the width
	minV := dpi / 4            // a header cell's height; a letter is less
	maxThick := max(3, dpi/30) // thicker is a filled block, not a rule
	// A scanned rule breaks up; gaps up to a twenty-fifth of an inch are
	// bridged, as long as three quarters of the run is ink. What tells a
	// rule from a row through text is the paper either side of it.
	gap := max(2, dpi/25)
	hs = g.isolated(g.runs(minH, maxThick, gap, false), false)
	vs = g.isolated(g.runs(minV, maxThick, gap, true), true)
	for _, r := range append(append([]rule{}, hs...), vs...) {
		for y := max(0, r.y0-1); y <= min(g.h-1, r.y1+1); y++ {
			for x := max(0, r.x0-1); x <= min(g.w-1, r.x1+1); x++ {
				g.pix[y*g.w+x] = 255
			}
		}
	}
	return hs, vs
}

// isolated keeps the rules with paper either side of them: a run of ink
// through a line of bold text (the bars of its letters) has ink above and
// below it too, and painting it out would cut the letters in half.
func (g *gray) isolated(rs []rule, vertical bool) []rule {
	out := rs[:0]
	for _, r := range rs {
		// inkAt is the share of ink on the line off pixels beside the
		// rule, off < 0 before it and off > 0 after it.
		inkAt := func(off int) float64 {
			// Along the rule from (x, y) by (dx, dy), the line beside it.
			x, y, dx, dy, n := r.x0, r.y0+off, 1, 0, r.x1-r.x0+1
			if off > 0 {
				y = r.y1 + off
			}
			if vertical {
				x, y, dx, dy, n = r.x0+off, r.y0, 0, 1, r.y1-r.y0+1
				if off > 0 {
					x = r.x1 + off
				}
			}
			if x < 0 || x >= g.w || y < 0 || y >= g.h {
				return 0
			}
			ink := 0
			for k := 0; k < n; k++ {
				if g.at(x+k*dx, y+k*dy) < dark {
					ink++
				}
			}
			return float64(ink) / float64(max(n, 1))
		}
		// The top or foot of a line of figures is a dense run too, with
		// paper on one side only; a rule has paper on both, a few pixels
		// out (crossing rules and the odd touching letter aside).
		above, below := 0.0, 0.0
		for d := 2; d <= 6; d++ {
			above = max(above, inkAt(-d))
			below = max(below, inkAt(d))
		}
		if above < 0.15 && below < 0.15 {
			out = append(out, r)
		}
	}
	return out
}

// runs finds rules along rows (or, vertical, along columns): lines of ink
// at least minLen long, three quarters ink, no gap longer than maxGap, and
// at most maxThick thick.
//
// It works in two steps. Each row's pieces — runs of ink at least maxGap
// long, bridging specks of paper — are merged with the pieces they overlap
// on the row before into runs of some thickness. Then runs that follow on
// from one another, within maxGap, on rows at most one apart are chained
// (joined). The chaining is what finds a hairline rule scanned askew and
// straightened again: it is then a staircase of dashes, each a pixel above
// or below the last and none as long as a rule.
func (g *gray) runs(minLen, maxThick, maxGap int, vertical bool) []rule {
	minPiece := min(minLen, maxGap)
	along, across := g.w, g.h
	px := func(a, b int) bool { return g.at(a, b) < dark }
	if vertical {
		along, across = g.h, g.w
		px = func(a, b int) bool { return g.at(b, a) < dark }
	}
	var open, done []inkRun
	for b := 0; b < across; b++ {
		var found []inkRun
		start, gap := -1, 0
		for a := 0; a <= along; a++ {
			if a < along && px(a, b) {
				if start < 0 {
					start = a
				}
				gap = 0
				continue
			}
			if start < 0 {
				continue
			}
			gap++
			if gap > speck || a == along {
				if end := a - gap; end-start+1 >= minPiece {
					found = append(found, inkRun{start, end, b, b})
				}
				start, gap = -1, 0
			}
		}
		// Carry on the open runs that a piece of this row overlaps.
		var next []inkRun
		for _, f := range found {
			merged := false
			for i := range open {
				o := &open[i]
				if o.b1 == b-1 && f.a0 < o.a1 && f.a1 > o.a0 {
					o.a0, o.a1, o.b1 = min(o.a0, f.a0), max(o.a1, f.a1), b
					merged = true
					break
				}
			}
			if !merged {
				next = append(next, f)
			}
		}
		for _, o := range open {
			if o.b1 == b {
				next = append(next, o)
			} else if o.b1-o.b0+1 <= maxThick {
				done = append(done, o)
			}
		}
		open = next
		if len(done) > maxRuns {
			break // a page of noise, not of rules
		}
	}
	for _, o := range open {
		if o.b1-o.b0+1 <= maxThick {
			done = append(done, o)
		}
	}
	var out []rule
	for _, c := range joined(done, maxGap) {
		if c.a1-c.a0+1 < minLen || c.b1-c.b0+1 > maxThick || 4*c.inked < 3*(c.a1-c.a0+1) {
			continue
		}
		if vertical {
			out = append(out, rule{c.b0, c.a0, c.b1, c.a1})
		} else {
			out = append(out, rule{c.a0, c.b0, c.a1, c.b1})
		}
	}
	return out
}

// speck is the longest break in a line of ink that is still one piece:
// threshold noise, not a gap.
const speck = 2

// maxRuns bounds the runs one page may give; more is a page of noise.
const maxRuns = 400_000

// inkRun is a run of ink along a, on rows (or columns) b0–b1.
type inkRun struct{ a0, a1, b0, b1 int }

// chain is runs joined end to end: its extent, its last run's rows, and
// how much of its length is ink.
type chain struct {
	a0, a1, b0, b1 int
	lastB0, lastB1 int
	inked          int
}

// joined chains the runs that follow on from one another along a — the
// next starts at most maxGap after the chain ends — on rows at most one
// apart from the chain's last run. Runs are taken in order along a; a
// chain leaves the search once the runs have passed its end.
func joined(rs []inkRun, maxGap int) []chain {
	slices.SortFunc(rs, func(x, y inkRun) int { return cmp.Or(x.a0-y.a0, x.b0-y.b0) })
	var out []chain
	var active []int // indexes into out of the chains that may go on
	for _, r := range rs {
		live, to := active[:0], -1
		for _, i := range active {
			c := &out[i]
			if c.a1+maxGap < r.a0 {
				continue // passed: no later run can follow on
			}
			live = append(live, i)
			if to < 0 && r.b0 <= c.lastB1+1 && r.b1+1 >= c.lastB0 {
				to = i
			}
		}
		active = live
		if to < 0 {
			out = append(out, chain{r.a0, r.a1, r.b0, r.b1, r.b0, r.b1, r.a1 - r.a0 + 1})
			active = append(active, len(out)-1)
			continue
		}
		c := &out[to]
		c.inked += max(0, r.a1-max(r.a0, c.a1+1)+1) // ink under the chain counts once
		c.a1, c.b0, c.b1 = max(c.a1, r.a1), min(c.b0, r.b0), max(c.b1, r.b1)
		c.lastB0, c.lastB1 = r.b0, r.b1
	}
	return out
}
