package html

import (
	"fmt"
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/layout/grouped"
)

// table emits a data table's rows as records, or walks a layout table's
// cells as running text.
func (w *walker) table(t *xhtml.Node, depth int) error {
	if depth > MaxTableDepth {
		return errTooDeep
	}
	rows, caption := tableRows(t)
	if caption != nil {
		if err := w.block(caption, depth); err != nil {
			return err
		}
	}
	if layoutTable(t, rows) {
		for _, tr := range rows {
			cs := cells(tr)
			for i, td := range cs {
				// An agenda row's number cell ("7.") leads the item's
				// first line rather than standing alone.
				if i == 0 && len(cs) > 1 && !containsTable(td) {
					if text, _, _ := cellText(td); len(text) <= 8 && hasMarker.MatchString(text+" ") {
						w.marker = text
						continue
					}
				}
				if err := w.block(td, depth); err != nil {
					return err
				}
			}
			w.flush()
			w.marker = ""
		}
		return nil
	}
	grid, bold, err := w.grid(rows)
	if err != nil {
		return err
	}
	w.tables++
	var lines []layout.Line
	for i, row := range grid {
		l := layout.Line{Cells: row, Record: true, Table: w.tables, Bold: bold[i]}
		if l.NonEmpty() == 0 {
			continue
		}
		l.Text = strings.Join(l.CellTexts(), "\t")
		lines = append(lines, l)
	}
	w.lines = append(w.lines, grouped.Merge(lines)...)
	return nil
}

// tableRows lists a table's own rows, head first and foot last, as a
// browser draws them; rows of tables nested in cells are not included.
func tableRows(t *xhtml.Node) (rows []*xhtml.Node, caption *xhtml.Node) {
	var head, body, foot []*xhtml.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != xhtml.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Caption:
			caption = c
		case atom.Tr:
			body = append(body, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.Type != xhtml.ElementNode || r.DataAtom != atom.Tr {
					continue
				}
				switch c.DataAtom {
				case atom.Thead:
					head = append(head, r)
				case atom.Tfoot:
					foot = append(foot, r)
				default:
					body = append(body, r)
				}
			}
		}
	}
	rows = append(append(head, body...), foot...)
	return rows, caption
}

func cells(tr *xhtml.Node) []*xhtml.Node {
	var out []*xhtml.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			out = append(out, c)
		}
	}
	return out
}

// layoutTable tells a table used to place things on the page from one that
// holds data: it has a table inside it, has fewer than two rows or
// columns, says it is presentational, is ModernGov's list of agenda items,
// or has headings in its cells.
func layoutTable(t *xhtml.Node, rows []*xhtml.Node) bool {
	switch strings.ToLower(attr(t, "role")) {
	case "presentation", "none":
		return true
	}
	if strings.Contains(attr(t, "id")+" "+attr(t, "class"), "mgItemTable") {
		return true
	}
	if len(rows) < 2 {
		return true
	}
	wide := false
	for _, tr := range rows {
		cs := cells(tr)
		if len(cs) > 1 || (len(cs) == 1 && span(cs[0], "colspan", MaxColspan) > 1) {
			wide = true
		}
		for _, td := range cs {
			if holdsStructure(td) {
				return true
			}
		}
	}
	return !wide
}

// holdsStructure reports whether a cell contains a table, a heading, or
// ModernGov's agenda item markup, whatever the table around it is called.
func holdsStructure(n *xhtml.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != xhtml.ElementNode {
			continue
		}
		if c.DataAtom == atom.Table || headingLevel(c) > 0 || agendaMarkup(c) || holdsStructure(c) {
			return true
		}
	}
	return false
}

func containsTable(n *xhtml.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && (c.DataAtom == atom.Table || containsTable(c)) {
			return true
		}
	}
	return false
}

func agendaMarkup(n *xhtml.Node) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		switch c {
		case "mgAiTitleTxt", "mgSubItemTitleTxt", "mgWordPara":
			return true
		}
	}
	return false
}

// span reads a colspan or rowspan attribute, clamped to [0, max]; junk is 1.
func span(n *xhtml.Node, key string, max int) int {
	v := strings.TrimSpace(attr(n, key))
	end := 0
	for end < len(v) && end < 8 && v[end] >= '0' && v[end] <= '9' {
		end++
	}
	if end == 0 {
		return 1
	}
	k, _ := strconv.Atoi(v[:end])
	if k > max {
		k = max
	}
	return k
}

// grid lays the rows out on a grid. A cell spanning rows gives the rows
// below a Spanned cell with no text in its column; a cell spanning columns
// keeps its text in its first column with Span set, and the columns it
// covers get empty cells, so that every row has the table's width.
func (w *walker) grid(rows []*xhtml.Node) ([][]layout.Cell, []bool, error) {
	type slot struct {
		cell layout.Cell
		set  bool
	}
	g := make([][]slot, len(rows))
	bold := make([]bool, len(rows))
	placed, width := 0, 0
	put := func(r, c int, cell layout.Cell) error {
		for len(g[r]) <= c {
			g[r] = append(g[r], slot{})
		}
		g[r][c] = slot{cell: cell, set: true}
		placed++
		if placed > MaxTableCells {
			return fmt.Errorf("table has more than %d cells", MaxTableCells)
		}
		if err := w.cells.Add(1); err != nil {
			return err
		}
		if c+1 > width {
			width = c + 1
		}
		return nil
	}
	for r, tr := range rows {
		col := 0
		rowBold, rowPlain := false, false
		for _, td := range cells(tr) {
			if err := w.tick(); err != nil {
				return nil, nil, err
			}
			for col < len(g[r]) && g[r][col].set {
				col++
			}
			cs := span(td, "colspan", MaxColspan)
			if cs < 1 {
				cs = 1
			}
			rs := span(td, "rowspan", MaxRowspan)
			if rs == 0 || r+rs > len(rows) {
				rs = len(rows) - r // 0 means "to the end"; never past the end
			}
			text, b, p := cellText(td)
			rowBold, rowPlain = rowBold || b, rowPlain || p
			first := layout.Cell{Text: text, Shade: cellShade(td)}
			if cs > 1 {
				first.Span = cs
			}
			for dr := 0; dr < rs; dr++ {
				for dc := 0; dc < cs; dc++ {
					var cell layout.Cell
					switch {
					case dr == 0 && dc == 0:
						cell = first
					case dc == 0:
						cell = layout.Cell{Spanned: true, Span: first.Span}
					}
					if err := put(r+dr, col+dc, cell); err != nil {
						return nil, nil, err
					}
				}
			}
			col += cs
		}
		bold[r] = rowBold && !rowPlain
	}
	if len(rows)*width > MaxTableCells {
		return nil, nil, fmt.Errorf("table has more than %d cells", MaxTableCells)
	}
	out := make([][]layout.Cell, len(rows))
	for r := range g {
		out[r] = make([]layout.Cell, width)
		for c, s := range g[r] {
			out[r][c] = s.cell
		}
	}
	return out, bold, nil
}

// cellText is a data cell's text: tags dropped, line breaks and blocks
// inside it made spaces, white space folded. It also says whether the text
// was bold, plain, or both.
func cellText(td *xhtml.Node) (text string, bold, plain bool) {
	var b strings.Builder
	var walk func(n *xhtml.Node, inBold bool)
	walk = func(n *xhtml.Node, inBold bool) {
		switch n.Type {
		case xhtml.TextNode:
			if strings.TrimSpace(strings.ReplaceAll(n.Data, "\u00a0", " ")) != "" {
				if inBold {
					bold = true
				} else {
					plain = true
				}
			}
			b.WriteString(n.Data)
			return
		case xhtml.ElementNode:
		default:
			return
		}
		if skipped[n.DataAtom] || hidden(n) {
			return
		}
		if n.DataAtom == atom.Br || blocks[n.DataAtom] {
			b.WriteByte(' ')
		}
		inBold = inBold || isBold(n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBold)
		}
		if blocks[n.DataAtom] {
			b.WriteByte(' ')
		}
	}
	for c := td.FirstChild; c != nil; c = c.NextSibling {
		walk(c, isBold(td))
	}
	return fold(b.String()), bold, plain
}

// cellShade reads a cell's background colour (bgcolor, or background in
// its style) as a RAG word; see layout.ShadeOf.
func cellShade(td *xhtml.Node) string {
	if c := attr(td, "bgcolor"); c != "" {
		return layout.ShadeOfColour(c)
	}
	for _, decl := range strings.Split(attr(td, "style"), ";") {
		name, value, ok := strings.Cut(decl, ":")
		name = strings.ToLower(strings.TrimSpace(name))
		if !ok || name != "background-color" && name != "background" {
			continue
		}
		// "background: #ff0000 url(…)": the colour is one of the words.
		for _, word := range strings.Fields(strings.ReplaceAll(value, ", ", ",")) {
			if shade := layout.ShadeOfColour(word); shade != "" {
				return shade
			}
		}
	}
	return ""
}
