package docx

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/extract/archive"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/layout/grouped"
	"github.com/councilactions/councilactions/extract/limit"
)

// parser streams word/document.xml. Paragraphs become lines; a table is
// held until it ends, because only then is it known whether a table nested
// in it makes it a layout table.
type parser struct {
	ctx    context.Context
	styles map[string]style
	nums   *numbering
	lines  []layout.Line
	paras  []*para // open paragraphs; text boxes nest them
	tables []*tbl  // open tables, innermost last
	nTable int
	tokens int
	cells  *limit.Counter // the document's table cells

	// the element path, by local name, to know a run's properties from
	// the paragraph's and a w:tab in a run from a tab stop
	stack []string
	// one entry per open content control: true while it shows its
	// placeholder prompt ("Choose an item."), which is no value
	sdts []bool
	// open tracked removals (w:del, w:moveFrom around runs): Word shows
	// the document as changed, without them
	removed int
}

type para struct {
	text        strings.Builder
	bold, plain bool
	style       string
	outline     int // 1-based outline level from w:outlineLvl, 0 if none
	numID       string
	ilvl        int
	ownIlvl     bool    // the paragraph gives its own w:ilvl
	left        float64 // w:ind's left (or start) indent, in points
	runBold     *bool
	runStyle    string
	runHidden   bool // w:vanish: Word does not show the run
	markDeleted bool // the paragraph mark is a tracked deletion
}

type tbl struct {
	rows   []*row
	nested bool // a table sits in one of its cells: a layout table
	cells  int  // grid cells so far, to stop a huge table early
}

type row struct {
	cells  []*cell
	before int // w:gridBefore: empty grid columns before the first cell
}

type cell struct {
	lines  []layout.Line // its paragraphs, and the lines of tables inside it
	span   int           // w:gridSpan
	shade  string        // w:shd fill as a RAG word (layout.ShadeOf)
	vmerge int           // 0 none, 1 restart, 2 continue
}

const (
	vmergeRestart = 1
	vmergeCont    = 2
)

func (p *parser) parent() string {
	if len(p.stack) < 2 {
		return ""
	}
	return p.stack[len(p.stack)-2]
}

func (p *parser) parse(r io.Reader) error {
	d := xml.NewDecoder(r)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return fmt.Errorf("invalid XML: %w", err)
			}
			return err
		}
		p.tokens++
		if p.tokens%4096 == 0 {
			if err := p.ctx.Err(); err != nil {
				return err
			}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(p.stack) >= archive.MaxXMLDepth {
				return fmt.Errorf("XML elements nested more than %d deep", archive.MaxXMLDepth)
			}
			p.stack = append(p.stack, t.Name.Local)
			if t.Name.Local == "Fallback" {
				// mc:Fallback repeats what mc:Choice already said.
				if err := d.Skip(); err != nil {
					return fmt.Errorf("invalid XML: %w", err)
				}
				p.stack = p.stack[:len(p.stack)-1]
				continue
			}
			if err := p.start(t); err != nil {
				return err
			}
		case xml.EndElement:
			if err := p.end(t.Name.Local); err != nil {
				return err
			}
			if len(p.stack) > 0 {
				p.stack = p.stack[:len(p.stack)-1]
			}
		case xml.CharData:
			if len(p.stack) > 0 && p.stack[len(p.stack)-1] == "t" && p.parent() == "r" {
				p.write(string(t))
			}
		}
	}
	if len(p.tables) > 0 || len(p.paras) > 0 {
		return errors.New("invalid XML: document ends inside a table or paragraph")
	}
	return nil
}

func val(t xml.StartElement) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == "val" {
			return a.Value, true
		}
	}
	return "", false
}

func (p *parser) cur() *para {
	if len(p.paras) == 0 {
		return nil
	}
	return p.paras[len(p.paras)-1]
}

func (p *parser) start(t xml.StartElement) error {
	pr := p.cur()
	switch t.Name.Local {
	case "p":
		p.paras = append(p.paras, &para{})
	case "pStyle":
		if pr != nil && p.parent() == "pPr" {
			pr.style, _ = val(t)
		}
	case "numId":
		if pr != nil && p.parent() == "numPr" {
			pr.numID, _ = val(t)
		}
	case "ilvl":
		if pr != nil && p.parent() == "numPr" {
			v, _ := val(t)
			pr.ilvl, pr.ownIlvl = clamp(v, MaxListLevels), true
		}
	case "ind":
		if pr != nil && p.parent() == "pPr" {
			for _, a := range t.Attr {
				if a.Name.Local == "left" || a.Name.Local == "start" {
					if tw, err := strconv.Atoi(a.Value); err == nil && tw > 0 && tw < 1<<20 {
						pr.left = float64(tw) / 20 // twentieths of a point
					}
				}
			}
		}
	case "outlineLvl":
		if pr != nil && p.parent() == "pPr" {
			if v, _ := val(t); len(v) == 1 && v[0] >= '0' && v[0] <= '5' {
				pr.outline = int(v[0]-'0') + 1
			}
		}
	case "r":
		if pr != nil {
			pr.runBold, pr.runStyle, pr.runHidden = nil, "", false
		}
	case "vanish":
		if pr != nil && p.parent() == "rPr" && p.grandparent() == "r" {
			v, _ := val(t)
			pr.runHidden = on(v)
		}
	case "del":
		// a w:del in the paragraph mark's properties: the paragraph was
		// deleted with tracked changes (its runs' w:delText is never read)
		if pr != nil && p.parent() == "rPr" && p.grandparent() == "pPr" {
			pr.markDeleted = true
		}
		if p.wrapsRuns() {
			p.removed++
		}
	case "moveFrom":
		p.removed++
	case "sdt":
		p.sdts = append(p.sdts, false)
	case "showingPlcHdr":
		if len(p.sdts) > 0 && p.parent() == "sdtPr" {
			p.sdts[len(p.sdts)-1] = true
		}
	case "rStyle":
		if pr != nil && p.parent() == "rPr" {
			pr.runStyle, _ = val(t)
		}
	case "b":
		if pr != nil && p.parent() == "rPr" && p.grandparent() == "r" {
			v, _ := val(t)
			b := on(v)
			pr.runBold = &b
		}
	case "tab", "br", "cr":
		if pr != nil && p.parent() == "r" {
			p.write(" ")
		}
	case "noBreakHyphen":
		if pr != nil && p.parent() == "r" {
			p.write("-")
		}
	case "tbl":
		if len(p.tables) >= MaxTableDepth {
			return fmt.Errorf("tables nested more than %d deep", MaxTableDepth)
		}
		if len(p.tables) > 0 {
			p.tables[len(p.tables)-1].nested = true
		}
		p.tables = append(p.tables, &tbl{})
	case "tr":
		if t := p.table(); t != nil {
			t.rows = append(t.rows, &row{})
		}
	case "gridBefore":
		if r := p.row(); r != nil && p.parent() == "trPr" {
			v, _ := val(t)
			r.before = clamp(v, MaxGridSpan)
		}
	case "tc":
		if r := p.row(); r != nil {
			r.cells = append(r.cells, &cell{span: 1})
			if err := p.grow(1); err != nil {
				return err
			}
		}
	case "gridSpan":
		if c := p.cell(); c != nil && p.parent() == "tcPr" {
			v, _ := val(t)
			c.span = max(1, clamp(v, MaxGridSpan))
			if err := p.grow(c.span - 1); err != nil {
				return err
			}
		}
	case "shd":
		// A cell's fill: statuses are often shown by colour alone.
		if c := p.cell(); c != nil && p.parent() == "tcPr" {
			for _, a := range t.Attr {
				if a.Name.Local == "fill" {
					c.shade = layout.ShadeOfColour(a.Value)
				}
			}
		}
	case "vMerge":
		if c := p.cell(); c != nil && p.parent() == "tcPr" {
			if v, _ := val(t); v == "restart" {
				c.vmerge = vmergeRestart
			} else {
				c.vmerge = vmergeCont
			}
		}
	}
	return nil
}

// grow counts grid cells as a table is read.
func (p *parser) grow(n int) error {
	t := p.table()
	t.cells += n
	if t.cells > MaxTableCells {
		return fmt.Errorf("table has more than %d cells", MaxTableCells)
	}
	return p.cells.Add(n)
}

func (p *parser) grandparent() string {
	if len(p.stack) < 3 {
		return ""
	}
	return p.stack[len(p.stack)-3]
}

func clamp(v string, hi int) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 {
		return 0
	}
	return min(n, hi)
}

func (p *parser) table() *tbl {
	if len(p.tables) == 0 {
		return nil
	}
	return p.tables[len(p.tables)-1]
}

func (p *parser) row() *row {
	t := p.table()
	if t == nil || len(t.rows) == 0 {
		return nil
	}
	return t.rows[len(t.rows)-1]
}

func (p *parser) cell() *cell {
	r := p.row()
	if r == nil || len(r.cells) == 0 {
		return nil
	}
	return r.cells[len(r.cells)-1]
}

// write adds run text to the open paragraph, noting whether it is bold.
// Text Word does not show — hidden runs, a content control's placeholder
// prompt — is left out.
func (p *parser) write(s string) {
	pr := p.cur()
	if pr == nil || pr.runHidden || p.removed > 0 || p.placeholder() {
		return
	}
	if strings.TrimSpace(s) != "" {
		if p.runIsBold(pr) {
			pr.bold = true
		} else {
			pr.plain = true
		}
	}
	pr.text.WriteString(s)
}

// runIsBold: the run's own w:b, else its character style, else the
// paragraph style.
func (p *parser) runIsBold(pr *para) bool {
	if pr.runBold != nil {
		return *pr.runBold
	}
	if st, ok := p.styles[pr.runStyle]; ok && st.bold {
		return true
	}
	return p.styles[pr.style].bold
}

// placeholder reports whether any open content control shows its prompt.
func (p *parser) placeholder() bool {
	for _, ph := range p.sdts {
		if ph {
			return true
		}
	}
	return false
}

// wrapsRuns tells a w:del around content from a w:del in properties
// (a deleted paragraph mark or table row).
func (p *parser) wrapsRuns() bool {
	switch p.parent() {
	case "rPr", "trPr", "pPr", "tcPr", "numPr":
		return false
	}
	return true
}

func (p *parser) end(name string) error {
	switch name {
	case "moveFrom":
		p.removed--
	case "del":
		if p.wrapsRuns() {
			p.removed--
		}
	case "sdt":
		if len(p.sdts) > 0 {
			p.sdts = p.sdts[:len(p.sdts)-1]
		}
	case "p":
		if len(p.paras) == 0 {
			return nil
		}
		pr := p.paras[len(p.paras)-1]
		p.paras = p.paras[:len(p.paras)-1]
		text := fold(pr.text.String())
		if pr.markDeleted && text == "" {
			// a paragraph deleted whole: gone from the page, and from its
			// list's count
			return nil
		}
		// Word prints a numbered paragraph's marker, empty or not (a
		// table's ref column is often just a numbered empty paragraph);
		// the text lacks it.
		if st := p.styles[pr.style]; pr.numID == "" {
			// numbered through its style ("List Number", numbered
			// headings); a paragraph's own numId, even "0", wins
			pr.numID = st.numID
			if !pr.ownIlvl {
				pr.ilvl = st.ilvl
			}
		}
		if pr.numID != "" {
			if m := p.nums.marker(pr.numID, pr.ilvl); m != "" {
				text = strings.TrimSpace(m + " " + text)
			}
		}
		if text == "" {
			return nil
		}
		h := p.styles[pr.style].heading
		if h == 0 {
			h = headingName(pr.style)
		}
		if h == 0 {
			h = pr.outline
		}
		indent := pr.left
		if pr.numID != "" && indent == 0 {
			// Word indents each list level by its numbering definition;
			// a level's depth is what tells sub-points apart.
			indent = 18 * float64(pr.ilvl+1)
		}
		p.emit(layout.Line{Text: text, Heading: h, Bold: pr.bold && !pr.plain, Indent: indent})
	case "tbl":
		if len(p.tables) == 0 {
			return nil
		}
		t := p.tables[len(p.tables)-1]
		p.tables = p.tables[:len(p.tables)-1]
		lines, err := p.finish(t)
		if err != nil {
			return err
		}
		for _, l := range lines {
			p.emit(l)
		}
	}
	return nil
}

// emit sends a line to the innermost open table cell, or to the document.
func (p *parser) emit(l layout.Line) {
	if c := p.cell(); c != nil {
		c.lines = append(c.lines, l)
		return
	}
	p.lines = append(p.lines, l)
}

// finish turns a table into lines: a layout table gives its cells' lines
// in order; a data table gives a record per row on the grid. A cell merged
// with the one above (w:vMerge continue) is Spanned with no text; a cell
// spanning grid columns keeps its text in its first column with Span set,
// and the columns it covers get empty cells.
func (p *parser) finish(t *tbl) ([]layout.Line, error) {
	width, placed := 0, 0
	for _, r := range t.rows {
		w := r.before
		for _, c := range r.cells {
			w += c.span
		}
		placed += w
		if placed > MaxTableCells {
			return nil, fmt.Errorf("table has more than %d cells", MaxTableCells)
		}
		width = max(width, w)
	}
	if len(t.rows)*width > MaxTableCells {
		return nil, fmt.Errorf("table has more than %d cells", MaxTableCells)
	}
	if t.nested || len(t.rows) < 2 || width < 2 {
		var out []layout.Line
		for _, r := range t.rows {
			for _, c := range r.cells {
				out = append(out, c.lines...)
			}
		}
		return out, nil
	}
	p.nTable++
	var out []layout.Line
	for _, r := range t.rows {
		l := layout.Line{Cells: make([]layout.Cell, 0, width), Record: true, Table: p.nTable}
		bold, plain := false, false
		for range r.before {
			l.Cells = append(l.Cells, layout.Cell{})
		}
		for _, c := range r.cells {
			first := layout.Cell{Shade: c.shade}
			if c.span > 1 {
				first.Span = c.span
			}
			if c.vmerge == vmergeCont {
				first.Spanned = true
			} else {
				texts := make([]string, 0, len(c.lines))
				for _, cl := range c.lines {
					texts = append(texts, cl.Text)
					bold = bold || cl.Bold
					plain = plain || !cl.Bold
				}
				first.Text = strings.Join(texts, " ")
			}
			l.Cells = append(l.Cells, first)
			for range c.span - 1 {
				l.Cells = append(l.Cells, layout.Cell{})
			}
		}
		for len(l.Cells) < width {
			l.Cells = append(l.Cells, layout.Cell{})
		}
		if l.NonEmpty() == 0 {
			continue
		}
		l.Text = strings.Join(l.CellTexts(), "\t")
		l.Bold = bold && !plain
		out = append(out, l)
	}
	return grouped.Merge(out), nil
}

// fold turns runs of white space into one space and trims the ends.
func fold(s string) string {
	s = strings.ReplaceAll(s, "\u00ad", "")
	return strings.Join(strings.Fields(s), " ")
}
