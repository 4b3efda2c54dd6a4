// Package grouped folds a table's grouped header, two or more header rows
// where a cell spans the columns named in the row below, into the one
// header row the table assembler reads. HTML and DOCX tables lay out
// their cells on the same grid (layout.Cell's Spanned and Span), so both
// readers share it.
package grouped

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
)

// Bounds on a header cell's name, matching what the table assembler takes
// for a header: longer text is data, and a joined name past them would make
// the assembler reject the whole row.
const (
	maxHeaderName  = 80
	maxHeaderWords = 8
)

// Merge folds each grouped header in one table's rows into one row. A
// grouped header is a row of short names where some cells span several
// columns ("Progress" over two), followed by rows naming the columns under
// those cells ("Update", "RAG") while the other cells reach down over them
// (rowspan, vMerge) or leave them blank. The table assembler reads one
// header row, so left alone it would map only the top row, lose the
// columns under the group, and take the row below for an action.
//
// Each column of the merged row is named from every header cell over it,
// top down ("Progress Update", "Progress RAG"): the lower name alone is
// often too bare to map ("Q1", "Start"), and the header synonyms already
// let the more telling word win. A name too long to be a header falls back
// to its lowest cell.
func Merge(rows []layout.Line) []layout.Line {
	grid := make([][]layout.Cell, len(rows))
	for i, l := range rows {
		grid[i] = l.Cells
	}
	var out []layout.Line
	var first []string // the texts of the table's top header row
	atTop := true      // no row but titles so far
	for r := 0; r < len(rows); r++ {
		// A header starts the table, follows a title row (a theme's own
		// header), or repeats the top one. Elsewhere a wide cell with short
		// text below it is data.
		texts := rows[r].CellTexts()
		isTitle := title(grid[r])
		candidate := !isTitle && (atTop || title(grid[r-1]) || slices.Equal(texts, first))
		if atTop && !isTitle {
			first, atTop = texts, false
		}
		if !candidate {
			out = append(out, rows[r])
			continue
		}
		end := r
		for end+1 < len(grid) && groupsOver(grid, end, end+1) {
			end++
		}
		if end == r {
			out = append(out, rows[r])
			continue
		}
		merged := rows[r]
		merged.Cells = make([]layout.Cell, len(grid[r]))
		for c := range merged.Cells {
			merged.Cells[c].Text = columnName(grid, r, end, c)
		}
		merged.Text = strings.Join(merged.CellTexts(), "\t")
		for _, l := range rows[r : end+1] {
			merged.Bold = merged.Bold && l.Bold
		}
		out = append(out, merged)
		r = end
	}
	return out
}

// groupsOver reports whether row lo names columns under row hi's grouping
// cells: both are rows of header names, hi has a cell spanning some but
// not all columns, and every name in lo sits under such a cell while the
// columns under hi's single-column cells are covered from above or blank.
func groupsOver(grid [][]layout.Cell, hi, lo int) bool {
	// Both readers pad every row to the table's width; a row that is not
	// cannot be laid under another column by column.
	if len(grid[hi]) != len(grid[lo]) || !headerNames(grid[hi], true) || !headerNames(grid[lo], false) {
		return false
	}
	width, grouped, named := len(grid[hi]), false, 0
	for c := range grid[lo] {
		_, wide := owner(grid[hi], c)
		if wide > 1 && wide < width {
			grouped = true
		}
		cell := grid[lo][c]
		if cell.Spanned || strings.TrimSpace(cell.Text) == "" {
			continue
		}
		// A name under a single column, or under a title across the
		// whole table, is a row of its own.
		if wide < 2 || wide >= width {
			return false
		}
		named++
	}
	return grouped && named > 0
}

// headerNames reports whether a row could be header cells: at least two
// names, each a few words starting with a capital or a digit, as the table
// assembler expects. With longGroups, a cell spanning columns may be long:
// a group's title ("Progress reported to the board in June") is often a
// sentence, and its columns get their names from the row below.
func headerNames(row []layout.Cell, longGroups bool) bool {
	n := 0
	for _, cell := range row {
		t := strings.TrimSpace(cell.Text)
		if t == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		long := len(t) > maxHeaderName || len(strings.Fields(t)) > maxHeaderWords
		if unicode.IsLower(r) || long && !(longGroups && cell.Span > 1) {
			return false
		}
		n++
	}
	return n >= 2
}

// title reports whether a row is one cell across the whole table, such as
// a caption or theme above the header.
func title(row []layout.Cell) bool {
	return len(row) > 0 && row[0].Span >= len(row)
}

// owner finds the cell of row covering column c: the nearest cell at or
// left of c whose span reaches it. It returns that cell's column and span.
func owner(row []layout.Cell, c int) (at, wide int) {
	for j := c; j >= 0; j-- {
		if s := row[j].Span; s > 1 && j+s > c {
			return j, s
		}
	}
	return c, 1
}

// coveredText is the text shown at row r, column c: a cell spanned from
// above shows the text of the cell it continues, a column under a colspan
// the text of the spanning cell.
func coveredText(grid [][]layout.Cell, r, c int) string {
	if c >= len(grid[r]) {
		return ""
	}
	c, _ = owner(grid[r], c)
	// Rows above may be shorter (callers today pad them; nothing promises it).
	for r > 0 && c < len(grid[r]) && grid[r][c].Spanned && c < len(grid[r-1]) {
		r--
	}
	if c >= len(grid[r]) {
		return ""
	}
	return strings.TrimSpace(grid[r][c].Text)
}

// columnName joins the header names over column c in rows top to bottom,
// each once, or gives the lowest name if the join is too long for a header.
func columnName(grid [][]layout.Cell, top, bottom, c int) string {
	var names []string
	for r := top; r <= bottom; r++ {
		t := coveredText(grid, r, c)
		if t != "" && (len(names) == 0 || names[len(names)-1] != t) {
			names = append(names, t)
		}
	}
	joined := strings.Join(names, " ")
	if len(joined) > maxHeaderName || len(strings.Fields(joined)) > maxHeaderWords {
		return names[len(names)-1]
	}
	return joined
}
