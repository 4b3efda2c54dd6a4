package layout

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// WrapWidth is the width, in characters, a text's lines were wrapped to:
// the length most of its long lines come up to (the eightieth percentile
// of the lines of forty characters or more). A PDF's lines are counted so
// too, their fonts' varying widths allowed for by the tenth WouldFit
// spares. It is 0 for text a line a paragraph and for text with too few
// long lines to tell.
func WrapWidth(d Doc) int {
	if d.Flowing {
		return 0
	}
	var n []int
	for _, l := range d.Lines {
		if k := utf8.RuneCountInString(strings.TrimSpace(l.Text)); k >= 40 && !l.IsTable() {
			n = append(n, k)
		}
	}
	if len(n) < 5 {
		return 0
	}
	slices.Sort(n)
	return n[len(n)*4/5]
}

// WouldFit reports whether the first word of next would have fitted on
// line within width, with a tenth of it to spare for a copy of a
// proportional font's lines: if so, the line was broken there on
// purpose, not wrapped.
func WouldFit(line, next string, width int) bool {
	if width == 0 {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(next), " ")
	return utf8.RuneCountInString(strings.TrimSpace(line))+1+utf8.RuneCountInString(first) < width*9/10
}

// Unwrapped is d with each run of lines that the wrap broke joined into
// one line, as a copy that kept a paragraph a line would have it (a
// PDF's lines too): a line
// joins the one before when that one came up near the wrap width (the
// line's first word would not have fitted after it) and this one opens no
// list point. Tables, furniture and blank lines are kept as they are. A
// text with no wrap width to tell is returned as it is.
func Unwrapped(d Doc) Doc {
	width := WrapWidth(d)
	if width == 0 {
		return d
	}
	out := d
	out.Lines = make([]Line, 0, len(d.Lines))
	for i, l := range d.Lines {
		t := strings.TrimSpace(l.Text)
		if k := len(out.Lines) - 1; i > 0 && k >= 0 && t != "" && plain(l) && plain(out.Lines[k]) && strings.TrimSpace(d.Lines[i-1].Text) != "" &&
			!WouldFit(d.Lines[i-1].Text, t, width) && !listPoint.MatchString(t) {
			out.Lines[k].Text = strings.TrimRight(out.Lines[k].Text, " ") + " " + t
			continue
		}
		out.Lines = append(out.Lines, l)
	}
	return out
}

func plain(l Line) bool { return !l.IsTable() && !l.Furniture && l.Heading == 0 }

// OpensPoint reports whether a line's text opens a list's point: a
// bullet, or a number or letter and its stop or bracket ("2.1 ", "b) ").
func OpensPoint(t string) bool { return listPoint.MatchString(t) }

// listPoint opens a list's point: a bullet, or a number or letter and its
// stop or bracket.
var listPoint = lazyre.New(`^(?:[` + Bullets + `✓\-–*]\s|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxlc]{1,5})[.)]\s)`)
