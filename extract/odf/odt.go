package odf

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/layout/grouped"
	"github.com/councilactions/councilactions/extract/numeral"
)

// Limits against hostile files, as DOCX's.
const (
	// MaxTableDepth bounds how deep tables may nest inside table cells.
	MaxTableDepth = 32
	// MaxTableCells bounds one table's grid (rows × columns after spans).
	MaxTableCells = 50_000
	// maxListDepth bounds list nesting; ODF numbers ten levels.
	maxListDepth = 10
)

// TextReader reads OpenDocument text papers (.odt).
type TextReader struct{}

// Read lays out the document body: a line per paragraph or heading, a
// record per table row.
func (TextReader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	root, st, err := open(ctx, data, "odt", MimeText)
	if err != nil {
		return layout.Doc{}, err
	}
	body := find(root, "text")
	if body == nil {
		return layout.Doc{}, fmt.Errorf("%w: content.xml has no text body", ErrNotODF)
	}
	w := &writer{st: st, counters: map[string][]int{}}
	lines, err := w.block(body, 0)
	if err != nil {
		return layout.Doc{}, err
	}
	if len(lines) == 0 {
		return layout.Doc{}, errors.New("odt: no text")
	}
	return layout.Doc{Lines: lines, Flowing: true}, nil
}

// writer turns the body into lines, keeping list counters and table
// numbers across it.
type writer struct {
	st       styles
	counters map[string][]int // per list style, the count at each level
	nTable   int
	depth    int // tables open
}

// block lays out the paragraphs, lists and tables inside n. level is the
// list level they sit at (0 outside lists).
func (w *writer) block(n *node, level int) ([]layout.Line, error) {
	var out []layout.Line
	for _, k := range n.kids {
		switch k.name {
		case "p", "h":
			if l, ok := w.para(k, "", level); ok {
				out = append(out, l)
			}
		case "list":
			lines, err := w.list(k, "", 1)
			if err != nil {
				return nil, err
			}
			out = append(out, lines...)
		case "table":
			lines, err := w.table(k)
			if err != nil {
				return nil, err
			}
			out = append(out, lines...)
		case "section", "frame", "text-box", "index-body", "table-of-content", "alphabetical-index",
			"illustration-index", "object-index", "user-index", "bibliography", "deletion-free-region":
			lines, err := w.block(k, level)
			if err != nil {
				return nil, err
			}
			out = append(out, lines...)
		}
	}
	return out, nil
}

// para makes a line of a paragraph or heading, with a list marker before
// its text when it opens a numbered item.
func (w *writer) para(p *node, marker string, level int) (layout.Line, bool) {
	text := textOf(p)
	if marker != "" {
		text = strings.TrimSpace(marker + " " + text)
	}
	if text == "" {
		return layout.Line{}, false
	}
	style := p.attr("style-name")
	l := layout.Line{Text: text, Bold: w.boldText(p)}
	if p.name == "h" {
		l.Heading = 1
		if v, err := strconv.Atoi(p.attr("outline-level")); err == nil && v >= 1 {
			l.Heading = min(v, 6)
		}
	} else {
		l.Heading = w.st.heading(style)
	}
	if level > 0 {
		l.Indent = 18 * float64(level)
	}
	return l, true
}

// boldText: every run of text in the paragraph is bold, by its span's
// style or the paragraph's.
func (w *writer) boldText(p *node) bool {
	any, plain := false, false
	var walk func(n *node, bold bool)
	walk = func(n *node, bold bool) {
		for _, k := range n.kids {
			switch k.name {
			case "":
				if strings.TrimSpace(k.text) != "" {
					any = true
					plain = plain || !bold
				}
			case "note", "annotation":
			case "span", "a":
				b := bold
				st := k.attr("style-name")
				w.st.chain(st, func(s *style) bool {
					if s.bold != nil {
						b = *s.bold
						return true
					}
					return false
				})
				walk(k, b)
			default:
				walk(k, bold)
			}
		}
	}
	walk(p, w.st.bold(p.attr("style-name")))
	return any && !plain
}

// list lays out a list: each item's first paragraph carries its number
// when the list style numbers that level. A list that continues another
// (text:continue-numbering, text:continue-list) goes on counting.
func (w *writer) list(n *node, style string, level int) ([]layout.Line, error) {
	if level > maxListDepth {
		return nil, fmt.Errorf("lists nested more than %d deep", maxListDepth)
	}
	if s := n.attr("style-name"); s != "" {
		style = s
	}
	if level == 1 && n.attr("continue-numbering") != "true" && n.attr("continue-list") == "" {
		delete(w.counters, style)
	}
	var out []layout.Line
	for _, item := range n.kids {
		if item.name != "list-item" && item.name != "list-header" {
			continue
		}
		marker := ""
		if item.name == "list-item" {
			marker = w.number(style, level, item)
		}
		for _, k := range item.kids {
			switch k.name {
			case "p", "h":
				m := marker
				if m == "" && k.attr("style-name") != "" {
					// numbered through the paragraph's style
					if ls := w.st.listStyle(k.attr("style-name")); ls != "" && ls != style && item.name == "list-item" {
						m = w.number(ls, level, item)
					}
				}
				if l, ok := w.para(k, m, level); ok {
					out = append(out, l)
				}
				marker = ""
			case "list":
				lines, err := w.list(k, style, level+1)
				if err != nil {
					return nil, err
				}
				out = append(out, lines...)
			case "table":
				lines, err := w.table(k)
				if err != nil {
					return nil, err
				}
				out = append(out, lines...)
			}
		}
	}
	return out, nil
}

// number counts an item at a level of a list style and writes its marker
// ("(iii)", "2.1"), or "" when the level is not numbered (bullets).
func (w *writer) number(style string, level int, item *node) string {
	s := w.st[style]
	if s == nil || s.levels == nil {
		return ""
	}
	lv, ok := s.levels[level]
	if !ok || lv.format == "" {
		return ""
	}
	c := w.counters[style]
	for len(c) < level {
		c = append(c, 0)
	}
	c = c[:level]
	if c[level-1] == 0 {
		c[level-1] = lv.start - 1
	}
	c[level-1]++
	if v, err := strconv.Atoi(item.attr("start-value")); err == nil && v >= 0 {
		c[level-1] = v
	}
	w.counters[style] = c
	var parts []string
	for l := level - lv.display + 1; l <= level; l++ {
		f := s.levels[l].format
		if l != level && f == "" {
			continue
		}
		if l == level {
			f = lv.format
		}
		parts = append(parts, listNumber(c[l-1], f))
	}
	return lv.prefix + strings.Join(parts, ".") + lv.suffix
}

// listNumber writes n in a list format: 1, i, I, a, A.
func listNumber(n int, format string) string {
	switch format {
	case "i", "I":
		s, ok := numeral.Roman(n)
		if !ok {
			break
		}
		if format == "I" {
			s = strings.ToUpper(s)
		}
		return s
	case "a", "A":
		s := ""
		for m := n; m > 0; m = (m - 1) / 26 {
			s = string(rune('a'+(m-1)%26)) + s
		}
		if format == "A" {
			s = strings.ToUpper(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

// cell is one table cell as read.
type cell struct {
	lines   []layout.Line
	span    int
	rows    int
	shade   string
	covered bool
}

// table lays out a table as DOCX's reader does: a data table gives a
// record a row on the grid, merged cells with their text in the first
// cell (Span across, Spanned below); a layout table (one row or column,
// or a table in a cell) gives its cells' lines in order.
func (w *writer) table(t *node) ([]layout.Line, error) {
	if w.depth >= MaxTableDepth {
		return nil, fmt.Errorf("tables nested more than %d deep", MaxTableDepth)
	}
	w.depth++
	defer func() { w.depth-- }()
	var rows [][]cell
	nested := false
	grid := 0
	var addRows func(n *node) error
	addRows = func(n *node) error {
		for _, r := range n.kids {
			switch r.name {
			case "table-row":
				var row []cell
				for _, k := range r.kids {
					if k.name != "table-cell" && k.name != "covered-table-cell" {
						continue
					}
					rep := k.count("number-columns-repeated", MaxTableCells)
					c := cell{span: k.count("number-columns-spanned", MaxTableCells), rows: k.count("number-rows-spanned", MaxTableCells), covered: k.name == "covered-table-cell"}
					c.shade = layout.ShadeOfColour(w.st.fill(k.attr("style-name")))
					if !c.covered {
						if find(k, "table") != nil {
							nested = true
						}
						lines, err := w.block(k, 0)
						if err != nil {
							return err
						}
						c.lines = lines
					}
					for range rep {
						row = append(row, c)
						grid++
						if grid > MaxTableCells {
							return fmt.Errorf("table has more than %d cells", MaxTableCells)
						}
					}
				}
				rows = append(rows, row)
			case "table-header-rows", "table-rows", "table-row-group":
				if err := addRows(r); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := addRows(t); err != nil {
		return nil, err
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	if len(rows)*width > MaxTableCells {
		return nil, fmt.Errorf("table has more than %d cells", MaxTableCells)
	}
	if nested || len(rows) < 2 || width < 2 {
		var out []layout.Line
		for _, r := range rows {
			for _, c := range r {
				out = append(out, c.lines...)
			}
		}
		return out, nil
	}
	w.nTable++
	// below[c] counts the rows a cell above still covers in column c;
	// first[c] says c is that cell's first column.
	below := make([]int, width)
	first := make([]bool, width)
	var out []layout.Line
	for _, r := range rows {
		l := layout.Line{Cells: make([]layout.Cell, 0, width), Record: true, Table: w.nTable}
		bold, plain := false, false
		for ci, c := range r {
			lc := layout.Cell{Shade: c.shade}
			switch {
			case c.covered:
				lc.Spanned = below[ci] > 0 && first[ci]
			default:
				texts := make([]string, 0, len(c.lines))
				for _, cl := range c.lines {
					texts = append(texts, cl.Text)
					bold = bold || cl.Bold
					plain = plain || !cl.Bold
				}
				lc.Text = strings.Join(texts, " ")
				if c.span > 1 {
					lc.Span = c.span
				}
				for k := ci; k < ci+c.span && k < width; k++ {
					below[k] = c.rows
					first[k] = k == ci
				}
			}
			l.Cells = append(l.Cells, lc)
		}
		for k := range below {
			if below[k] > 0 {
				below[k]--
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
