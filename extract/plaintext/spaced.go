package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
)

// Text with no tabs may still hold tables, set in columns with spaces:
// pdftotext -layout writes them so, and so does text copied from a
// terminal or an old report. There a run of two or more spaces separates
// cells, and a line with three or more such cells — usually the header —
// anchors the columns. Every line of the table is then cut into the
// anchor's columns by where its pieces stand: a piece goes to the column
// whose anchor cell it overlaps most, or else the nearest. Positions from
// pdftotext drift by a few characters from row to row, which is why
// pieces are matched by overlap rather than cut at fixed offsets.

// minAnchorCells is how many cells a line needs to anchor a table, and
// maxAnchorCells how many it may have: no plan has thirty columns, and a
// bound keeps cutting a long line linear.
const (
	minAnchorCells = 3
	maxAnchorCells = 30
)

// piece is a run of text between runs of two or more spaces, by rune
// column.
type piece struct {
	start, end int
	text       string
}

// pieces splits a line at runs of two or more spaces.
func pieces(raw string) []piece {
	var out []piece
	col, start, spaces := 0, -1, 0
	var b strings.Builder
	flush := func(end int) {
		if start >= 0 {
			out = append(out, piece{start, end, strings.TrimSpace(b.String())})
		}
		start = -1
		b.Reset()
	}
	for _, r := range raw {
		if r == ' ' || r == '\u00a0' {
			spaces++
			if spaces == 2 {
				flush(col - 1)
			}
			if start >= 0 {
				b.WriteRune(' ')
			}
		} else {
			if start < 0 {
				start = col
			}
			spaces = 0
			b.WriteRune(r)
		}
		col++
	}
	flush(col - spaces)
	return out
}

// bulletPoint joins a bullet glyph at the left margin to the words after
// it: "-       Jo to book the hall." is a bullet and its point, the spaces
// a word processor's tab after the glyph, not a column, so it cannot
// anchor a table whose columns would cut the points after it. Only
// outside a table (its callers hold no anchor): inside one, a dash is a
// cell's value ("-   120   120", a nil in a budget's column, or a row's
// first column left empty), and so is a glyph set in from the margin or
// followed by a number.
func bulletPoint(ps []piece) []piece {
	if len(ps) < 2 || ps[0].start > bulletMargin || !bulletGlyph(ps[0].text) {
		return ps
	}
	if r, _ := utf8.DecodeRuneInString(ps[1].text); !unicode.IsLetter(r) {
		return ps
	}
	return append([]piece{{ps[0].start, ps[1].end, ps[0].text + " " + ps[1].text}}, ps[2:]...)
}

// bulletMargin is how far in from the line's start a bullet glyph may
// stand: a list set in by a space or two, not a column of a table.
const bulletMargin = 4

// bulletGlyph is a bullet alone: a dash, a dot or a symbol font's mark.
func bulletGlyph(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && (layout.IsBullet(r) || strings.ContainsRune("-–—*§Øü", r))
}

// spacedTables gives cells to the lines of raws (one a line, as read)
// that stand in a table set with spaces. Lines with tabs are left alone.
// The cells made are counted in cells.
func spacedTables(lines []layout.Line, raws []string, flowing bool, cells *limit.Counter) error {
	// paused is the anchor of a table interrupted by a line of its own (a
	// running title, a page heading): rows that fit it resume the table.
	var anchor, paused []piece
	lastPage := 0 // the page of the table's last row
	for i, raw := range raws {
		if strings.Contains(raw, "\t") || lines[i].Furniture {
			continue
		}
		ps := pieces(raw)
		if anchor == nil && !(paused != nil && len(ps) >= 2 && fits(ps, paused)) {
			ps = bulletPoint(ps) // (not in a table, nor a row resuming one)
		}
		switch {
		case len(ps) == 0:
			continue // blank lines may sit between rows
		case anchor != nil && len(ps) >= minAnchorCells && len(ps) <= maxAnchorCells && !fits(ps, anchor) && sentences(ps) >= 2:
			// Sentences typed with two spaces between them, the first
			// lined up with the table by chance ("2.      Baby burial
			// area.  It was RECOMMENDED …"): prose after the table.
			anchor, paused = nil, anchor
			continue
		case anchor != nil && len(ps) >= minAnchorCells && len(ps) <= maxAnchorCells && !fits(ps, anchor):
			anchor = ps // the table's columns moved (a new page, pdftotext's drift)
		case anchor == nil && anchors(ps, raws, i) && (paused == nil || !fits(ps, paused)):
			anchor = ps // a header starts a table
		case anchor == nil && paused != nil && len(ps) >= 2 && fits(ps, paused):
			anchor = paused
		case anchor == nil:
			continue
		case endsTable(ps, anchor) && resumes(raws, i, anchor) && lines[i].Page == lastPage:
			// "Experiencing the County: to provide …" across the columns,
			// then rows again: a theme row over the rows under it. (On a
			// new page, such a line is the page's running title.)
			if err := cells.Add(len(anchor)); err != nil {
				return err
			}
			lines[i].Cells = make([]layout.Cell, len(anchor))
			lines[i].Cells[0].Text, lines[i].Cells[0].Span = ps[0].text, len(anchor)
			lines[i].Text = ps[0].text + strings.Repeat("\t", len(anchor)-1)
			continue
		case endsTable(ps, anchor):
			anchor, paused = nil, anchor
			continue
		}
		if err := cells.Add(len(anchor)); err != nil {
			return err
		}
		lastPage = lines[i].Page
		lines[i].Cells = cut(ps, anchor, flowing)
		texts := make([]string, len(lines[i].Cells))
		for c, cell := range lines[i].Cells {
			texts[c] = cell.Text
		}
		lines[i].Text = strings.Join(texts, "\t")
	}
	return nil
}

// anchors reports whether line i, split into ps, can set a table's
// columns: a handful of cells lined up with the next line of two or more.
// Typewritten prose, with two spaces after each full stop, splits into
// pieces too, but the next line's do not line up with them.
func anchors(ps []piece, raws []string, i int) bool {
	if len(ps) < minAnchorCells || len(ps) > maxAnchorCells || prose(ps) {
		return false
	}
	for j := i + 1; j < len(raws) && j <= i+4; j++ {
		next := pieces(raws[j])
		if len(next) < 2 {
			continue // blank, or a theme row across the table
		}
		return fits(next, ps)
	}
	return false
}

// prose: pieces that read as sentences, not a header's names of
// columns: a piece before the last that is a whole sentence ("1.  That
// the report be agreed.  This decision is …", typed with two spaces after
// each full stop), or a piece of more than ten words ("2.  That the
// Director of  Finance … be authorised …", a stray double space). A
// header may ask ("Who will deliver this?").
func prose(ps []piece) bool {
	for k, p := range ps {
		n := len(strings.Fields(p.text))
		t := strings.TrimRight(p.text, ")\"'’”")
		if n > 10 || k < len(ps)-1 && n >= 4 && strings.HasSuffix(t, ".") {
			return true
		}
		if k < len(ps)-1 && n >= 4 && !strings.ContainsAny(t[len(t)-1:], ".:;,?!") && startsLower(ps[k+1].text) {
			// "That Members approve the new regulations for them to be
			// implemented accordingly.": a sentence going on across a
			// stray gap.
			return true
		}
	}
	return false
}

// sentences counts the pieces that are long whole sentences: more than
// ten words ending in a full stop. A row may hold one such cell (an
// action), but pdftotext wraps cells in their columns, so two on one line
// are prose.
func sentences(ps []piece) int {
	n := 0
	for _, p := range ps {
		t := strings.TrimRight(p.text, ")\"'’”")
		if len(strings.Fields(p.text)) > 10 && strings.HasSuffix(t, ".") {
			n++
		}
	}
	return n
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// fits reports whether a line's pieces line up with the anchor's columns:
// most pieces start near where some anchor cell starts.
func fits(ps, anchor []piece) bool {
	near := 0
	for _, p := range ps {
		for _, a := range anchor {
			if abs(p.start-a.start) <= 3 {
				near++
				break
			}
		}
	}
	return near*2 > len(ps) && len(ps) <= len(anchor)
}

// resumes reports whether the table goes on after line i: the next line
// with text, a blank or two below, has two or more pieces that fit the
// anchor.
func resumes(raws []string, i int, anchor []piece) bool {
	for j := i + 1; j < len(raws) && j <= i+3; j++ {
		if ps := pieces(raws[j]); len(ps) > 0 {
			return len(ps) >= 2 && fits(ps, anchor)
		}
	}
	return false
}

// endsTable: a line of prose after the table, a single piece starting at
// the left edge that runs on past the first column.
func endsTable(ps, anchor []piece) bool {
	if len(ps) != 1 || ps[0].start > anchor[0].start+1 {
		return false
	}
	return len(anchor) > 1 && ps[0].end > anchor[1].start
}

// splitAcross splits a piece that starts where an anchor column starts
// and runs over where a later one starts, at a single space within two
// columns of that start: pdftotext leaves only one space between cells
// when the text fills its column ("advice 2022/23" across an action and a
// date column). A piece that starts elsewhere has drifted, and is whole.
//
// In text written a paragraph a line (flowing), where no cell wraps, a
// piece is whole too when its split would leave its left part ending on a
// word that cannot end a cell ("… in the sum of | £280.00 from …"), or
// its right part starting on one ("£280.00 | from Alan Reynolds …"): that
// is a sentence run across the column, not two cells. (A wrapped cell's
// line may well end "… canals and".)
func splitAcross(p piece, anchor []piece, flowing bool) []piece {
	aligned := false
	for _, a := range anchor {
		aligned = aligned || abs(p.start-a.start) <= 2
	}
	if !aligned {
		return []piece{p}
	}
	r := []rune(p.text)
	for _, a := range anchor[1:] {
		if p.start >= a.start-2 || p.end <= a.start+2 {
			continue
		}
		for _, at := range []int{a.start, a.start - 1, a.start + 1, a.start - 2, a.start + 2} {
			i := at - p.start // rune offset of the split's first rune
			if i > 1 && i < len(r) && r[i-1] == ' ' && r[i] != ' ' {
				if flowing && runsAcross(string(r[:i-1]), string(r[i:])) {
					return []piece{p}
				}
				left := piece{p.start, p.start + i - 1, strings.TrimSpace(string(r[:i-1]))}
				right := piece{at, p.end, string(r[i:])}
				return append([]piece{left}, splitAcross(right, anchor, flowing)...)
			}
		}
	}
	return []piece{p}
}

// phraseOpeners are words that leave a phrase open: articles,
// prepositions and conjunctions.
var phraseOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true,
	"for": true, "and": true, "or": true, "with": true, "by": true,
	"from": true, "on": true, "at": true, "that": true, "be": true,
}

// runsAcross: text split into left and right reads as one sentence, the
// left ending on a word that leaves its phrase open ("… the sum of") or
// the right going on with one in lower case ("from Alan Reynolds …"). (A
// cell may well start "The Clerk …".)
func runsAcross(left, right string) bool {
	l, r := strings.Fields(left), strings.Fields(right)
	if len(l) == 0 || len(r) == 0 {
		return false
	}
	return phraseOpeners[strings.ToLower(l[len(l)-1])] || phraseOpeners[r[0]]
}

// cut places pieces in the anchor's columns.
func cut(ps, anchor []piece, flowing bool) []layout.Cell {
	var split []piece
	for _, p := range ps {
		split = append(split, splitAcross(p, anchor, flowing)...)
	}
	ps = split
	cells := make([]layout.Cell, len(anchor))
	for _, p := range ps {
		c := column(p, anchor)
		cells[c].Text = clean.Join(cells[c].Text, clean.Text(p.text))
	}
	return cells
}

// column is the anchor cell a piece overlaps most, else the one whose
// start is nearest to the piece's.
func column(p piece, anchor []piece) int {
	best, bestOverlap := -1, 0
	for c, a := range anchor {
		// An anchor cell reaches to where the next one starts.
		end := a.end
		if c+1 < len(anchor) {
			end = max(end, anchor[c+1].start-1)
		} else {
			end = max(end, p.end)
		}
		if o := min(p.end, end) - max(p.start, a.start); o > bestOverlap {
			best, bestOverlap = c, o
		}
	}
	if best >= 0 {
		return best
	}
	best = 0
	for c, a := range anchor {
		if abs(p.start-a.start) < abs(p.start-anchor[best].start) {
			best = c
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
