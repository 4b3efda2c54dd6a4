// Package sheet turns the sheets of a spreadsheet (XLSX, ODS, CSV) into a
// layout.Doc, so that the table rules read an action plan kept in Excel as
// they read one in Word. Each format's reader fills a Grid with what the
// sheet shows; this package does what they share: hidden rows and columns
// left out, merged cells laid on the grid as DOCX's are (the text in the
// first cell, Span across, Spanned below), empty spacer columns dropped,
// the title block above the table as text lines, the table as records,
// the sheet's name as a heading (a workbook keeps one theme or year to a
// sheet), and cell comments in a column of their own.
package sheet

import (
	"regexp"
	"slices"
	"strings"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/layout/grouped"
)

// Limits against hostile files, for every spreadsheet reader.
const (
	// MaxCols bounds the columns read; cells further right are left out
	// (an action plan has a dozen).
	MaxCols = 512
	// MaxCells bounds the cells read from one workbook, all sheets.
	MaxCells = 2_000_000
	// MaxSheets bounds the sheets read from one workbook.
	MaxSheets = 500
	// MaxRows bounds the rows with content read from one workbook, all
	// sheets: an action plan or log has hundreds.
	MaxRows = 50_000
)

// Grid is one sheet as its reader found it, in the sheet's own 0-based
// row and column numbers.
type Grid struct {
	Name       string
	Rows       []Row // in row order; rows with no cells may be left out
	HiddenCols map[int]bool
	Merges     []Range
	// Comments are the notes attached to cells, by position.
	Comments map[Pos]string
}

// Row is one row of a sheet.
type Row struct {
	N      int
	Hidden bool
	Cells  []Cell // by column
}

// Cell is what one cell shows.
type Cell struct {
	Text  string
	Shade string // the fill as a RAG word (layout.ShadeOf), "" for none
	Bold  bool
}

// Pos is a cell's row and column.
type Pos struct{ Row, Col int }

// Range is a merged range, corners inclusive.
type Range struct{ R0, C0, R1, C1 int }

// Doc lays out the sheets of a workbook, one after another.
func Doc(grids []Grid) layout.Doc {
	var doc layout.Doc
	table := 0
	for _, g := range grids {
		lines := g.lines(&table)
		if len(lines) == 0 {
			continue
		}
		// A sheet's name is what labels it when nothing above its table
		// does; a title block says more, in the paper's own words, and
		// one line between two tables is what marks a theme (a second
		// would read as a running title).
		if name := strings.TrimSpace(g.Name); name != "" && !defaultName.MatchString(name) && lines[0].IsTable() {
			doc.Lines = append(doc.Lines, layout.Line{Text: name, Heading: 2})
		}
		doc.Lines = append(doc.Lines, lines...)
	}
	doc.Flowing = true
	return doc
}

// defaultName matches the names spreadsheets give new sheets, which say
// nothing of their content.
var defaultName = regexp.MustCompile(`(?i)^(sheet|feuil|tabelle|hoja|foglio|blad|planilha|arkusz)\s*\d+$`)

// slot is one cell of the visible grid.
type slot struct {
	cell    Cell
	anchor  *Range // the merge this cell starts
	covered bool   // inside a merge, not its first cell
	below   bool   // covered from a row above
	of      *Range // the merge that covers it
}

// lines turns one sheet into lines: text lines for its title block, then
// records for its table.
func (g *Grid) lines(table *int) []layout.Line {
	rows := slices.Clone(g.Rows)
	slices.SortStableFunc(rows, func(a, b Row) int { return a.N - b.N })
	rows = slices.DeleteFunc(rows, func(r Row) bool { return r.Hidden })
	rowAt := map[int]int{} // sheet row → index in rows
	width := 0
	for i, r := range rows {
		rowAt[r.N] = i
		width = max(width, min(len(r.Cells), MaxCols))
	}
	grid := make([][]slot, len(rows))
	for i, r := range rows {
		grid[i] = make([]slot, width)
		for c := 0; c < len(r.Cells) && c < width; c++ {
			grid[i][c].cell = r.Cells[c]
			grid[i][c].cell.Text = fold(r.Cells[c].Text)
		}
	}
	for k := range g.Merges {
		m := &g.Merges[k]
		i, ok := rowAt[m.R0]
		if !ok || m.C0 < 0 || m.C0 >= width || m.C1 < m.C0 || m.R1 < m.R0 {
			continue // its first cell is hidden or empty: nothing shows
		}
		grid[i][m.C0].anchor = m
		for j := i; j < len(rows) && rows[j].N <= m.R1; j++ {
			for c := m.C0; c <= min(m.C1, width-1); c++ {
				if j == i && c == m.C0 {
					continue
				}
				grid[j][c] = slot{covered: true, below: j > i, of: m}
			}
		}
	}
	// Columns shown and holding something: spacer columns and hidden ones go.
	var cols []int
	for c := 0; c < width; c++ {
		if g.HiddenCols[c] {
			continue
		}
		for i := range grid {
			if grid[i][c].cell.Text != "" {
				cols = append(cols, c)
				break
			}
		}
	}
	if len(cols) == 0 {
		return nil
	}
	notes := g.rowComments(rows, cols)
	var out []layout.Line
	var records []layout.Line
	header := true
	for i, r := range rows {
		l, n := g.row(grid[i], cols)
		if note, ok := notes[r.N]; ok {
			l.Cells = append(l.Cells, layout.Cell{Text: note})
			n++
		} else if len(notes) > 0 {
			l.Cells = append(l.Cells, layout.Cell{})
		}
		if n == 0 {
			continue // an empty row, or one only a merge from above reaches
		}
		if n > 1 || len(records) > 0 {
			if len(records) == 0 && len(notes) > 0 && header {
				l.Cells[len(l.Cells)-1].Text = "Comments"
				header = false
			}
			l.Text = joinCells(l)
			records = append(records, l)
			continue
		}
		// The title block above the table: one text a row.
		out = append(out, layout.Line{Text: l.Text, Bold: l.Bold})
	}
	// Rows under the table's first row stay in it, one text or many: a
	// theme row between parts, or a note at its foot, which reads as a
	// theme row too, and must not come between this table and the next
	// sheet's title.
	if len(records) > 0 {
		*table++
		for k := range records {
			records[k].Record = true
			records[k].Table = *table
		}
		out = append(out, grouped.Merge(records)...)
	}
	return out
}

// row lays one row's visible cells out on the kept columns, with how many
// hold text. Its Text is its one text when it has one.
func (g *Grid) row(slots []slot, cols []int) (layout.Line, int) {
	l := layout.Line{Cells: make([]layout.Cell, len(cols))}
	n := 0
	bold, plain := false, false
	for k, c := range cols {
		s := slots[c]
		switch {
		case s.covered:
			// The first kept column under a merge from above continues
			// it, as a rowspan does; the rest are empty.
			if s.below && (k == 0 || slots[cols[k-1]].of != s.of) {
				l.Cells[k].Spanned = true
			}
			continue
		case s.anchor != nil:
			span := 0
			for _, c2 := range cols[k:] {
				if c2 > s.anchor.C1 {
					break
				}
				span++
			}
			if span > 1 {
				l.Cells[k].Span = span
			}
		}
		l.Cells[k].Text = s.cell.Text
		l.Cells[k].Shade = s.cell.Shade
		if s.cell.Text != "" {
			n++
			l.Text = s.cell.Text
			bold = bold || s.cell.Bold
			plain = plain || !s.cell.Bold
		}
	}
	l.Bold = bold && !plain
	return l, n
}

// rowComments joins each visible row's comments on kept columns.
func (g *Grid) rowComments(rows []Row, cols []int) map[int]string {
	if len(g.Comments) == 0 {
		return nil
	}
	shown := map[int]bool{}
	for _, r := range rows {
		shown[r.N] = true
	}
	byRow := map[int][]string{}
	for _, c := range cols {
		for _, r := range rows {
			if note := fold(g.Comments[Pos{r.N, c}]); note != "" {
				byRow[r.N] = append(byRow[r.N], note)
			}
		}
	}
	out := map[int]string{}
	for r, notes := range byRow {
		if shown[r] {
			out[r] = strings.Join(notes, " ")
		}
	}
	return out
}

func joinCells(l layout.Line) string {
	return strings.Join(l.CellTexts(), "\t")
}

// fold turns runs of white space (a cell's line breaks among them) into
// one space and trims the ends.
func fold(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
