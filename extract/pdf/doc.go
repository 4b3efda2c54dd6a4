package pdf

import (
	"context"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

// Table is one table region of one page, for debugging the geometry:
// BBox is x0, y0, x1, y1 in PDF points with the origin at the bottom left.
type Table struct {
	Page  int        `json:"page"`
	BBox  [4]float64 `json:"bbox"`
	Ruled bool       `json:"ruled"`
	Rows  [][]string `json:"rows"`
	// Cells are the table's non-empty cells on the grid of Rows, with
	// what each spans: a merged cell's text is in the first row and column
	// it covers.
	Cells []TableCell `json:"cells"`
}

// TableCell is one cell of a Table: its first row and column, counted from
// 0, how many of each it covers, and its text.
type TableCell struct {
	Row     int    `json:"row"`
	Col     int    `json:"col"`
	RowSpan int    `json:"row_span"`
	ColSpan int    `json:"col_span"`
	Text    string `json:"text"`
}

// Tables returns the tables the reader finds in a PDF, one a page, with the
// rows the reader makes: a ruled table's rows whole, a row a page break
// split joined on the page it starts, else a row a visual line; a
// multi-line header joined into one row.
func Tables(ctx context.Context, data []byte) ([]Table, error) {
	return Reader{}.Tables(ctx, data)
}

// Tables is the package's Tables with the reader's OCR: a scanned page's
// tables are rebuilt from the words and rules OCR finds.
func (r Reader) Tables(ctx context.Context, data []byte) ([]Table, error) {
	pages, _, err := readAll(ctx, data, r.OCR)
	if err != nil {
		return nil, err
	}
	_, tables := analyse(pages)
	return tables, nil
}

func buildDoc(pages []*page) layout.Doc {
	doc, _ := analyse(pages)
	return doc
}

// analyse turns the pages' lines into the Doc, rows of tables with cells.
func analyse(pages []*page) (layout.Doc, []Table) {
	markFurniture(pages)
	doc := layout.Doc{Pages: len(pages)}
	heading := headingLevels(pages)
	var tables []Table
	var spans [][2]int // each table's lines in doc.Lines
	id, open, openCols := 0, false, 0
	lastRecord := -1 // the last real row of the open table
	var openReg *region
	var openTop []string // the open table's first rows, as it began
	// The prose line just before, for paragraph breaks, and the right edge
	// of its page's text.
	var prev *textLine
	prevPage, prevRight := 0, 0.0
	gaps := map[int]bool{}   // blank lines that stand for a line's space
	margins := map[int]int{} // the pages so far by their left margin
	for _, pg := range pages {
		var carry *region
		if open {
			carry = openReg
		}
		clipToGrids(pg)
		regs := findRegions(pg, carry)
		if splitColumns(pg, regs) {
			regs = findRegions(pg, carry)
		}
		inTable := make([]bool, len(pg.lines))
		for _, r := range regs {
			for k := r.first; k <= r.last; k++ {
				inTable[k] = true
			}
		}
		right, left := textRight(pg, inTable), textLeft(pg, inTable)
		if left = paperLeft(pg, inTable, left, margins); left > 0 {
			margins[int(math.Round(left))]++ // (a page of tables alone has none)
		}
		narrowBlocks(pg, inTable, left, right)
		steps := lineSteps(pg, inTable, right)
		content := false // a non-furniture line came before on this page
		for i := 0; i < len(pg.lines); {
			if len(regs) > 0 && regs[0].first == i {
				r := regs[0]
				regs = regs[1:]
				// A table that ran to the foot of the last page and starts
				// this one with the same columns goes on.
				cont := open && !content && openCols == r.columns()
				if !cont {
					id++
					lastRecord = -1
				}
				rows := regionLines(pg, &r)
				if cont {
					markRepeated(rows, openTop)
				} else {
					openTop = topRows(rows)
				}
				if cont && lastRecord >= 0 {
					carrySpans(doc.Lines[lastRecord], rows)
					rows = mergeBroken(doc.Lines, lastRecord, rows)
				}
				t := Table{Page: pg.num, BBox: [4]float64{r.x0, r.y0, r.x1, r.y1}, Ruled: r.ruled}
				start := len(doc.Lines)
				for _, l := range rows {
					if l.Record && l.NonEmpty() > 0 {
						lastRecord = len(doc.Lines)
					}
					l.Table = id
					doc.Lines = append(doc.Lines, l)
				}
				tables = append(tables, t)
				spans = append(spans, [2]int{start, len(doc.Lines)})
				open, openCols, content = true, r.columns(), true
				openReg = &r
				prev = nil
				i = r.last + 1
				continue
			}
			l := pg.lines[i]
			i++
			if l.furniture {
				doc.Lines = append(doc.Lines, layout.Line{Page: pg.num, Text: l.text(), Furniture: true})
				continue
			}
			open, content = false, true
			// A blank line ends the paragraph before, as in the text
			// readers, where the spacing or a short line shows one ended;
			// over a page break only a short line can tell.
			samePage := prev != nil && prevPage == pg.num
			var next *textLine
			if i < len(pg.lines) && !inTable[i] && !pg.lines[i].furniture {
				next = pg.lines[i]
			}
			runsOn := samePage && !breaksBefore(prev, l, next, steps, right)
			if samePage && !runsOn || !samePage && prev != nil && !fills(prev, l, prevRight) {
				// Over a page break the spacing tells nothing: a
				// paragraph that ended short at the foot of a page is
				// taken to have had a blank line after it, which ends a
				// table the text's rules read (rather than one read on
				// into what follows).
				if !samePage || spaced(prev, l, steps) {
					gaps[len(doc.Lines)] = true
				}
				doc.Lines = append(doc.Lines, layout.Line{Page: pg.num})
			}
			// A line in bold that carries on a plain paragraph is its bold
			// end ("ACTION: Caroline Trevithick"), no title.
			boldEnd := runsOn && !prev.bold()
			text, level, first := l.text(), heading(l), l
			// A heading that wraps is one heading: the title and its date
			// are read from it whole.
			for i < len(pg.lines) && !inTable[i] && wrapsOnto(l, pg.lines[i], level > 0, steps, right) {
				l = pg.lines[i]
				text += " " + l.text()
				i++
			}
			doc.Lines = append(doc.Lines, layout.Line{Page: pg.num, Text: text, Bold: l.bold() && !boldEnd, Heading: level,
				Indent: max(0, math.Round(first.x0()-left))})
			prev, prevPage, prevRight = l, pg.num, right
		}
	}
	// The rows as they finally are: a later page may have added to them.
	for i, sp := range spans {
		for _, l := range doc.Lines[sp[0]:sp[1]] {
			tables[i].Rows = append(tables[i].Rows, l.CellTexts())
		}
		tables[i].Cells = tableCells(doc.Lines[sp[0]:sp[1]])
	}
	return flattenedTables(doc, gaps), tables
}

// tableCells lists the non-empty cells of a table's rows with their spans:
// a cell's Span widens it, a Spanned cell below lengthens the cell above.
// Rows marked furniture (a caption repeated on a later page) keep their
// place but give no cells.
func tableCells(rows []layout.Line) []TableCell {
	var cells []TableCell
	var above []int // for each column, the cell covering it in the row before, or -1
	for r, l := range rows {
		if l.Furniture {
			above = nil
			continue
		}
		cur := make([]int, len(l.Cells))
		for c := 0; c < len(l.Cells); {
			cell := l.Cells[c]
			if cell.Spanned {
				cur[c] = -1
				if c < len(above) && above[c] >= 0 {
					k := above[c]
					if cells[k].Row+cells[k].RowSpan == r {
						cells[k].RowSpan++
					}
					cur[c] = k
				}
				c++
				continue
			}
			span := min(max(cell.Span, 1), len(l.Cells)-c)
			k := -1
			if strings.TrimSpace(cell.Text) != "" {
				k = len(cells)
				cells = append(cells, TableCell{Row: r, Col: c, RowSpan: 1, ColSpan: span, Text: cell.Text})
			}
			for j := c; j < c+span; j++ {
				cur[j] = k
			}
			c += span
		}
		above = cur
	}
	return cells
}

// wrapsOnto tells whether line b carries on heading a: set alike, at line
// spacing, aligned left or centred alike. A heading by its size wraps where
// b's first word would not have fitted beside a; a bold line of body size
// (a recommendation's title) may wrap short of the margin, in a narrower
// box, so it goes on unless it ends in a colon or a full stop.
func wrapsOnto(a, b *textLine, heading bool, steps map[float64]float64, right float64) bool {
	if b.furniture || sizeKey(a.size) != sizeKey(b.size) || a.bold() != b.bold() {
		return false
	}
	step, ok := steps[sizeKey(a.size)]
	if !ok || step > 1.4*a.size {
		step = 1.4 * a.size
	}
	if gap := a.base - b.base; gap <= 0 || gap >= 1.4*step {
		return false
	}
	if left, centred := alignment(a, b); !left && !centred {
		return false
	}
	if heading {
		return fills(a, b, right)
	}
	t := a.text()
	return a.bold() && !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ".")
}

// regionLines makes the table's lines: the header as one row, then one row a
// visual line, each word in the column its middle falls in. A line that runs
// across the columns (a theme row) keeps its text whole in the column it
// starts in.
func regionLines(pg *page, r *region) []layout.Line {
	n := r.columns()
	var out []layout.Line
	cells := func(ls []*textLine) []string {
		c := make([]string, n)
		for _, l := range ls {
			for _, w := range l.words {
				k := column(r.bounds, (w.x0+w.x1)/2)
				if c[k] != "" {
					c[k] += " "
				}
				c[k] += w.text
			}
		}
		return c
	}
	used := make([]bool, len(pg.shades)) // a shade goes to one visual line
	isHdr := map[int]bool{}
	var hdr []*textLine
	for _, i := range r.header {
		isHdr[i] = true
		hdr = append(hdr, pg.lines[i])
	}
	if r.aligned {
		var ls []int
		for i := r.first; i <= r.last; i++ {
			if !pg.lines[i].furniture {
				ls = append(ls, i)
			}
		}
		return segmentRows(pg, ls, r.bounds, ruleCuts(pg.hsegs, r.x0, r.x1))
	}
	if r.ruled {
		var body []int
		for i := r.first; i <= r.last; i++ {
			if !isHdr[i] && !pg.lines[i].furniture {
				body = append(body, i)
			}
		}
		if recs, ok := recordLines(pg, r, body); ok {
			if len(hdr) > 0 {
				row := layout.Row(pg.num, cells(hdr)...)
				row.Record, row.Bold = true, true
				for _, h := range hdr {
					row.Bold = row.Bold && h.bold()
				}
				out = append(out, row)
			}
			return append(out, recs...)
		}
	}
	for i := r.first; i <= r.last; i++ {
		l := pg.lines[i]
		switch {
		case l.furniture:
			continue
		case isHdr[i]:
			if i != r.header[0] {
				continue
			}
			row := layout.Row(pg.num, cells(hdr)...)
			row.Bold = true
			for _, h := range hdr {
				row.Bold = row.Bold && h.bold()
			}
			out = append(out, row)
		case straddles(l, r.bounds, r.zones):
			c := make([]string, n)
			c[column(r.bounds, l.x0()+0.5)] = l.text()
			row := layout.Row(pg.num, c...)
			row.Bold = l.bold()
			out = append(out, row)
		default:
			row := layout.Row(pg.num, cells([]*textLine{l})...)
			row.Bold = l.bold()
			shadeCells(&row, pg.shades, r.bounds, l.top(), l.base-0.3*l.size, used)
			out = append(out, row)
		}
	}
	return out
}

var pageNumberRE = regexp.MustCompile(`(?i)^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$`)

// markFurniture marks running headers, footers and page numbers: lines in
// the top or bottom margin band that are page numbers, or whose text (digits
// aside) recurs in the band on other pages.
func markFurniture(pages []*page) {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '#'
			}
			return r
		}, s)
	}
	inBand := func(pg *page, l *textLine) bool {
		band := 0.075 * pg.h
		return l.base > pg.h-band || l.base < band
	}
	seen := map[string]int{}
	for _, pg := range pages {
		onPage := map[string]bool{}
		for _, l := range pg.lines {
			if inBand(pg, l) && !isHeader(l) {
				onPage[norm(l.text())] = true
			}
		}
		for k := range onPage {
			seen[k]++
		}
	}
	for _, pg := range pages {
		for _, l := range pg.lines {
			if !inBand(pg, l) || isHeader(l) {
				continue
			}
			t := strings.TrimSpace(l.text())
			if pageNumberRE.MatchString(t) || len(pages) > 1 && seen[norm(t)] >= 2 {
				l.furniture = true
			}
		}
	}
}

// headingLevels returns a function giving a line's heading level from its
// font size against the body size: the larger sizes in the paper are
// levels 1, 2 and 3.
func headingLevels(pages []*page) func(*textLine) int {
	weight := map[float64]int{}
	for _, pg := range pages {
		for _, l := range pg.lines {
			for _, w := range l.words {
				weight[math.Round(w.size*2)/2] += len(w.text)
			}
		}
	}
	body, best := 0.0, -1
	for s, n := range weight {
		if n > best || n == best && s < body {
			body, best = s, n
		}
	}
	var larger []float64
	for s := range weight {
		if s >= body*1.15 {
			larger = append(larger, s)
		}
	}
	slices.Sort(larger)
	slices.Reverse(larger)
	return func(l *textLine) int {
		if len(l.words) > 25 {
			return 0
		}
		s := math.Round(l.size*2) / 2
		for i, ls := range larger {
			if s == ls {
				return min(i+1, 3)
			}
		}
		return 0
	}
}

// repeatRows is how many of a table's first rows a later page may repeat
// above its body: a caption, a header of up to two rows.
const repeatRows = 3

// topRows returns the texts of a table's first rows.
func topRows(rows []layout.Line) []string {
	var top []string
	for _, l := range rows[:min(len(rows), repeatRows)] {
		top = append(top, rowKey(l))
	}
	return top
}

// markRepeated marks as furniture the rows at the top of a table's next
// page that repeat its first page's top rows, as a browser or word
// processor repeats a caption row with the header: the caption is no part
// of the row the page break split. A repeated header row is left to the
// callers, which know it by its words.
func markRepeated(rows []layout.Line, top []string) {
	for i := 0; i < len(rows) && i < len(top); i++ {
		if rowKey(rows[i]) == "" || !slices.Contains(top, rowKey(rows[i])) {
			return
		}
		if !isHeaderRow(rows[i]) {
			rows[i].Furniture = true
		}
	}
}

// rowKey is a row's text with the spacing and the cell boundaries left
// out, which may differ between pages.
func rowKey(l layout.Line) string {
	return strings.Join(strings.Fields(strings.Join(l.CellTexts(), " ")), " ")
}

// carrySpans marks the cells of the first new row on a table's next page
// that a merged cell reaches down into from the page before (an objective
// spanning rows across the break): under the repeated header the rules
// close every cell, so only the last row before the break tells, by a cell
// that was already merged down, and the new row's cell there is empty.
// A row whose number cell is empty may be the rest of a broken row and is
// left to mergeBroken.
func carrySpans(prev layout.Line, rows []layout.Line) {
	i := firstBodyRow(rows)
	if i < 0 {
		return
	}
	l := rows[i]
	if len(l.Cells) != len(prev.Cells) || strings.TrimSpace(l.Cells[0].Text) == "" || l.Cells[0].Spanned {
		return
	}
	for c := 1; c < len(l.Cells); c++ {
		if prev.Cells[c].Spanned && !l.Cells[c].Spanned && strings.TrimSpace(l.Cells[c].Text) == "" {
			rows[i].Cells[c] = layout.Cell{Spanned: true}
		}
	}
}

// firstBodyRow returns the index of the first real row of a table's next
// page, under the repeated caption (marked furniture) and header, or -1
// when the page starts with visual lines.
func firstBodyRow(rows []layout.Line) int {
	header := false
	for i, l := range rows {
		switch {
		case l.Furniture:
		case !l.Record:
			return -1
		case !header && isHeaderRow(l):
			header = true
		default:
			return i
		}
	}
	return -1
}

// mergeBroken joins a row that a page break split: the first real row under
// the repeated header (and any repeated caption, marked furniture), when
// its first column is empty, is the rest of the
// row lines[last], the last on the page before. Its text goes to the cells
// it continues, which for a cell merged down from a row above (Spanned) is
// that row's cell. A sub-row that happens to start the page is left a row of
// its own.
func mergeBroken(lines []layout.Line, last int, rows []layout.Line) []layout.Line {
	prev := &lines[last]
	i := firstBodyRow(rows)
	if i < 0 {
		return rows
	}
	l := rows[i]
	if strings.TrimSpace(l.Cells[0].Text) != "" || l.Cells[0].Spanned || len(l.Cells) != len(prev.Cells) {
		return rows
	}
	if startsSubRow(prev, l) {
		// Under the numbered row: its number cell reaches down here.
		rows[i].Cells[0] = layout.Cell{Spanned: true}
		return rows
	}
	top := last
	for c := range l.Cells {
		k := owner(lines, last, c)
		top = min(top, k)
		lines[k].Cells[c].Text = joinWrapped(lines[k].Cells[c].Text, l.Cells[c].Text)
	}
	for k := top; k <= last; k++ {
		lines[k].Text = strings.Join(lines[k].CellTexts(), "\t")
	}
	return append(rows[:i:i], rows[i+1:]...)
}

// owner returns the row whose cell in column c lines[at] shows: its own, or,
// when that cell is Spanned, the row above that the merge started in.
func owner(lines []layout.Line, at, c int) int {
	for at > 0 && lines[at].Cells[c].Spanned {
		up := lines[at-1]
		if !up.Record || up.Table != lines[at].Table || c >= len(up.Cells) || isHeaderRow(up) {
			break
		}
		at--
	}
	return at
}

// startsSubRow tells a sub-row that starts a page from the rest of a row the
// page break split. The rules cannot: the page's repeated header closes both
// at the top. A broken row's cells go on with their text, so a column that
// holds a complete status on both sides of the break, or a fresh sentence
// beside a finished one in every column that has text on both sides, starts
// a row of its own.
func startsSubRow(prev *layout.Line, next layout.Line) bool {
	both, fresh := 0, 0
	for c, cell := range next.Cells {
		a, b := strings.TrimSpace(prev.Cells[c].Text), strings.TrimSpace(cell.Text)
		if a == "" || b == "" || prev.Cells[c].Spanned {
			continue
		}
		if action.IsStatus(a) && action.IsStatus(b) {
			return true
		}
		both++
		if !readsOn(a, b) {
			fresh++
		}
	}
	return both > 1 && fresh == both
}

// readsOn reports whether next reads as the rest of prev: prev stops
// mid-sentence, or next starts in lower case.
func readsOn(prev, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return !strings.ContainsRune(".!?:;)", last) && !unicode.IsUpper(first) && !unicode.IsDigit(first)
}

// isHeaderRow tells a header row by its header words.
func isHeaderRow(l layout.Line) bool {
	hits := 0
	for _, c := range l.Cells {
		for _, w := range strings.Fields(c.Text) {
			if headerWord(w) {
				hits++
				break
			}
		}
	}
	return hits >= 2
}
