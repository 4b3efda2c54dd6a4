// Package layout is the format-neutral shape every reader turns a paper into:
// a page-ordered list of lines, some of which are table rows split into cells.
// Table reconstruction, column mapping and the minutes rules work on it, so
// they are written once for text, PDF, HTML and DOCX.
package layout

import "strings"

// Doc is one paper as lines in reading order.
type Doc struct {
	Pages int // page count for paged formats, else 0
	Lines []Line
	// Flowing is true when each text line is a whole paragraph (HTML,
	// DOCX) rather than a visual line that the next one may continue.
	Flowing bool
	// Warnings say what of the paper was left unread ("only the first
	// 5000 of 10000 pages read"), one line each.
	Warnings []string
}

// Line is one visual line of a paged paper, or one paragraph or table row of
// a flowing one (HTML, DOCX).
type Line struct {
	Page int    // 1-based page, 0 for formats without pages
	Text string // the line's text; for a table row, its cells joined by tabs
	// Cells is set when the line is a table row: one entry per column of
	// its table, "" for an empty cell.
	Cells []Cell
	// Record is true when the row is a real table row (HTML <tr>, DOCX
	// w:tr) rather than a visual line that a wrapped cell may continue.
	Record bool
	// Table numbers the table a row belongs to when the reader knows it
	// (PDF, HTML, DOCX); rows of one table share it, 0 means unknown.
	Table int
	// Heading is 1–6 for a heading line, 0 otherwise; Bold marks a line
	// set wholly in bold (a theme row or title in many plans).
	Heading int
	Bold    bool
	// Furniture marks running headers, footers and page numbers.
	Furniture bool
	// Indent is how far the line starts right of the page's usual left
	// margin, in points (PDF), or 18 points a list or quotation level
	// (HTML, DOCX); 0 for text. Nested clauses are told by it.
	Indent float64
}

// Cell is one table cell.
type Cell struct {
	Text string
	// Spanned is true when the cell is covered by a cell above it
	// (rowspan, w:vMerge continue): it belongs to this row too, but its
	// text is already in the cell it continues.
	Spanned bool
	// Span is how many grid columns the cell covers (colspan); 0 or 1 is one.
	Span int
	// Shade is the cell's fill read as a RAG word ("Red", "Amber", "Green",
	// "Blue"; see ShadeOf), for statuses shown by colour alone.
	Shade string
}

// IsTable reports whether the line is a table row.
func (l Line) IsTable() bool { return l.Cells != nil }

// CellTexts returns the text of each cell.
func (l Line) CellTexts() []string {
	out := make([]string, len(l.Cells))
	for i, c := range l.Cells {
		out[i] = c.Text
	}
	return out
}

// NonEmpty counts the cells with text.
func (l Line) NonEmpty() int {
	n := 0
	for _, c := range l.Cells {
		if strings.TrimSpace(c.Text) != "" {
			n++
		}
	}
	return n
}

// Row makes a table line from cell texts.
func Row(page int, cells ...string) Line {
	l := Line{Page: page, Cells: make([]Cell, len(cells))}
	for i, c := range cells {
		l.Cells[i] = Cell{Text: c}
	}
	l.Text = strings.Join(cells, "\t")
	return l
}
