package pdf

import (
	"math"
	"slices"
	"strings"
)

// word is a run of glyphs without a space or gap between them.
type word struct {
	x0, x1 float64
	size   float64
	text   string
	bold   bool
}

// textLine is the words that share a baseline, left to right.
type textLine struct {
	words     []word
	base      float64 // baseline, page space (y up)
	size      float64 // largest font size on the line
	furniture bool
	right     float64 // its column's or narrow block's right edge, else 0
	step      float64 // the line step to the next its block shows, else 0
	gaps      []zone  // its column gaps (gapsOf), once gapsRead
	gapsRead  bool
	// space is the width of a word space in the line's font, from its
	// space glyphs (their median), or 0 where it printed none.
	space float64
}

func (l *textLine) x0() float64  { return l.words[0].x0 }
func (l *textLine) x1() float64  { return l.words[len(l.words)-1].x1 }
func (l *textLine) top() float64 { return l.base + 0.8*l.size }

// wideGap is the least gap between two of the line's words that is wider
// than a word space: half its size, or one and a half of its own spaces
// where its font sets them wider. A typewriter face (Courier, Liberation
// Mono) gives every letter and space 0.6 of the size, so a single space
// between "No." and "Item" is already over half the size, and only two
// spaces or more part two cells.
func (l *textLine) wideGap() float64 { return max(0.5*l.size, 1.5*l.space) }

func (l *textLine) text() string {
	var b strings.Builder
	for i, w := range l.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

func (l *textLine) bold() bool {
	for _, w := range l.words {
		if !w.bold {
			return false
		}
	}
	return true
}

// makeLines groups glyphs into lines by baseline, then into words by the
// spaces and gaps between them.
func makeLines(gs []glyph) []*textLine {
	if len(gs) == 0 {
		return nil
	}
	// Sort indexes, not the glyphs: moving 56-byte structs with pointers
	// was a tenth of the reader's time.
	idx := make([]int32, len(gs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int {
		switch {
		case gs[a].y > gs[b].y:
			return -1
		case gs[a].y < gs[b].y:
			return 1
		}
		return 0
	})
	var lines []*textLine
	for i := 0; i < len(idx); {
		// A line holds the glyphs whose baseline is within a third of the
		// font size of the first one's.
		first := &gs[idx[i]]
		tol := math.Max(first.size*0.3, 1)
		j := i + 1
		for j < len(idx) && first.y-gs[idx[j]].y <= tol {
			j++
		}
		if l := lineOf(gs, idx[i:j]); l != nil {
			lines = append(lines, l)
		}
		i = j
	}
	return mergeScripts(lines)
}

// mergeScripts puts superscripts and subscripts ("21st", "CO2", a footnote
// mark) back into the line they belong to: set smaller and off its
// baseline, they were grouped as a line of their own, which cut the
// paragraph around them.
func mergeScripts(lines []*textLine) []*textLine {
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		s := lines[i]
		var host *textLine
		if i+1 < len(lines) && isScript(s, lines[i+1], true) {
			host = lines[i+1]
		} else if len(out) > 0 && isScript(s, out[len(out)-1], false) {
			host = out[len(out)-1]
		}
		if host == nil {
			out = append(out, s)
			continue
		}
		for _, w := range s.words {
			host.addWord(w)
		}
		host.furniture = host.furniture && s.furniture
	}
	return out
}

// isScript tells whether s is set as a superscript above line l (above
// true) or a subscript below it: a few words in a smaller size, within the
// line's height, over its text.
func isScript(s, l *textLine, above bool) bool {
	if len(s.words) > 3 || s.size > 0.85*l.size {
		return false
	}
	d := s.base - l.base
	if !above {
		d = -d
	}
	limit := 0.6 * l.size
	if !above {
		limit = 0.35 * l.size
	}
	return d > 0 && d <= limit && s.x0() >= l.x0()-l.size && s.x1() <= l.x1()+2*l.size
}

// addWord adds a word to the line in its place, joined to a word it
// touches.
func (l *textLine) addWord(w word) {
	k := 0
	for k < len(l.words) && l.words[k].x0 < w.x0 {
		k++
	}
	if k > 0 && w.x0-l.words[k-1].x1 <= 0.15*l.size {
		p := &l.words[k-1]
		p.text += w.text
		p.x1 = max(p.x1, w.x1)
		return
	}
	l.words = slices.Insert(l.words, k, w)
}

func lineOf(gs []glyph, idx []int32) *textLine {
	slices.SortFunc(idx, func(a, b int32) int {
		switch {
		case gs[a].x0 < gs[b].x0:
			return -1
		case gs[a].x0 > gs[b].x0:
			return 1
		}
		return 0
	})
	l := &textLine{}
	var cur strings.Builder
	var w word
	boldChars, chars := 0, 0
	var sumY, nY float64
	flush := func() {
		if cur.Len() > 0 {
			w.text = cur.String()
			w.bold = boldChars*2 > chars
			l.words = append(l.words, w)
		}
		cur.Reset()
		boldChars, chars = 0, 0
	}
	var prev *glyph
	var spaces []float64 // the widths of the line's space glyphs
	spaced := false      // a space came since the word's last glyph
	artifacts := 0
	for _, k := range idx {
		g := &gs[k]
		if g.artifact {
			artifacts++
		}
		if prev != nil && g.s == prev.s && math.Abs(g.x0-prev.x0) < 0.3*g.size*0.25 {
			continue // overprinted to fake bold
		}
		if strings.TrimSpace(g.s) == "" {
			// A space ends the word, unless the next glyph follows
			// with no gap at all: a space of no width, which shows none.
			spaced = true
			if g.s == " " && g.x1-g.x0 > 0 {
				spaces = append(spaces, g.x1-g.x0)
			}
			prev = g
			continue
		}
		if cur.Len() > 0 && (g.x0-w.x1 > 0.15*math.Max(g.size, w.size) || g.x0 < w.x0 || spaced && g.x0-w.x1 > 0.02*g.size) {
			flush()
		}
		spaced = false
		if cur.Len() == 0 {
			w = word{x0: g.x0, x1: g.x1, size: g.size}
		}
		cur.WriteString(g.s)
		w.x1 = math.Max(w.x1, g.x1)
		w.size = math.Max(w.size, g.size)
		n := len(g.s)
		chars += n
		if g.font != nil && g.font.bold {
			boldChars += n
		}
		l.size = math.Max(l.size, g.size)
		sumY += g.y
		nY++
		prev = g
	}
	flush()
	if len(l.words) == 0 {
		return nil
	}
	l.base = sumY / nY
	if len(spaces) > 0 {
		slices.Sort(spaces)
		l.space = spaces[len(spaces)/2]
	}
	// Tagged PDFs (Word, LibreOffice) mark running headers, footers and
	// page numbers as artifacts.
	l.furniture = artifacts == len(idx)
	return l
}
