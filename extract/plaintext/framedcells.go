package plaintext

import (
	"strings"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Some renderings of a web page's table set a cell a line, a pipe after
// each cell and one before each row's first, an empty cell a bare pipe:
//
//	| Road works |
//	| 2026 |
//	2027 |
//	| Resurface the high street |
//	|
//	| Close the old depot |
//	Open the new depot |
//
// The pipe that opens a line marks where a row starts, so the rows need
// no numbers: the first row of two cells or more is the header, and a
// row of one cell before it its caption. framedCellTables reads such a
// table where most rows have the header's width. A header of years
// (2026, 2027 or 2026/27, …) is a timeline: each cell is what is done in
// its column's year, so each becomes a row of its own under "what" and
// "year".

// framedRow is a row read so: its cells and the line each starts on.
type framedRow struct {
	cells []string
	at    []int
}

// yearName is a timeline's column: a year, or a financial year.
var yearName = lazyre.New(`^(?:19|20)\d{2}(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?$`)

// framedCellTables turns such tables into rows.
func framedCellTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	for i := 0; i < len(raws); i++ {
		if lines[i].IsTable() || !rowOpener(raws[i]) {
			continue
		}
		rows, end := framedRows(lines, raws, i)
		h := 0
		for h < len(rows) && len(rows[h].cells) < 2 {
			h++
		}
		switch {
		case h >= len(rows):
			// No row of two cells: no scan from a row inside the run
			// finds one either.
			i = max(i, end-1)
			continue
		case h > 1:
			// Rows of one cell before the header: the last of them may
			// be its caption, so the scan starts again there.
			i = rows[h-1].at[0] - 1
			continue
		case len(rows)-h-1 < 2 || !framedWidths(rows[h+1:], len(rows[h].cells)):
			continue
		}
		names := rows[h].cells
		caption := ""
		if h == 1 {
			caption = rows[0].cells[0]
		}
		type placed struct {
			at  int // the raw line the row is set on
			row []string
			rec bool
		}
		var out []placed
		if timeline(names) {
			// Each cell of the timeline a row: what is done, and the year.
			what := "Action"
			if table.ColumnRole(caption) == "action" {
				what = caption
			}
			out = append(out, placed{rows[0].at[0], []string{what, "Year"}, false})
			for _, r := range rows[h+1:] {
				for c, t := range r.cells {
					if t != "" {
						out = append(out, placed{r.at[c], []string{t, names[c]}, true})
					}
				}
			}
		} else {
			if caption != "" {
				out = append(out, placed{rows[0].at[0], []string{caption}, false})
			}
			for k, r := range rows[h:] {
				parts := make([]string, len(names))
				copy(parts, r.cells)
				out = append(out, placed{r.at[0], parts, k > 0})
			}
		}
		*tables++
		n := 0
		for _, p := range out {
			n += len(p.row)
		}
		if err := cells.Add(n); err != nil {
			return err
		}
		for k := i; k < end; k++ {
			lines[k] = layout.Line{Page: lines[k].Page}
		}
		for _, p := range out {
			lines[p.at] = tableRow(p.row, lines[p.at].Page, *tables, p.rec)
			lines[p.at].Bold = len(p.row) == 1 // the caption over the rows
		}
		i = end - 1
	}
	return nil
}

// rowOpener is a line that opens a row with a pipe before its first
// cell's text: "| Close the old depot |".
func rowOpener(raw string) bool {
	t := strings.TrimSpace(raw)
	return strings.HasPrefix(t, "|") && strings.Trim(t, "| \t") != "" && strings.Count(t, "|") <= 2
}

// framedRows reads the rows from line i: a line opening with a pipe
// starts a row, a line ending with one ends a cell (a bare pipe an empty
// one), and a line with no pipe is more of the cell it stands in. It
// stops at a blank line, a line with more pipes, or a cell that no pipe
// ends (the text after the table), and gives the rows and the line after
// the last cell ended.
func framedRows(lines []layout.Line, raws []string, i int) ([]framedRow, int) {
	var rows []framedRow
	var text []string // the open cell's lines
	from := -1        // the open cell's first line
	end := i
	for k := i; k < len(raws); k++ {
		scanStep()
		t := strings.TrimSpace(raws[k])
		if t == "" || lines[k].IsTable() || strings.Count(t, "|") > 2 || strings.Count(t, "|") == 2 && !strings.HasPrefix(t, "|") {
			break
		}
		if rowOpener(t) {
			if len(text) > 0 {
				break // a cell left open
			}
			rows = append(rows, framedRow{})
			t = strings.TrimSpace(strings.TrimPrefix(t, "|"))
		}
		if len(rows) == 0 {
			break
		}
		if from < 0 {
			from = k
		}
		if body, ok := strings.CutSuffix(t, "|"); ok {
			text = append(text, strings.TrimSpace(body))
			r := &rows[len(rows)-1]
			r.cells = append(r.cells, clean.Text(strings.Join(text, " ")))
			r.at = append(r.at, from)
			text, from, end = nil, -1, k+1
			continue
		}
		text = append(text, t)
	}
	// A row the run ended inside keeps the cells it ended.
	for len(rows) > 0 && len(rows[len(rows)-1].cells) == 0 {
		rows = rows[:len(rows)-1]
	}
	return rows, end
}

// framedWidths: most rows have the header's width, none more.
func framedWidths(rows []framedRow, width int) bool {
	fit := 0
	for _, r := range rows {
		switch {
		case len(r.cells) > width:
			return false
		case len(r.cells) == width:
			fit++
		}
	}
	return fit*3 >= len(rows)*2
}

// timeline: every name is a year, and there are two at least.
func timeline(names []string) bool {
	for _, n := range names {
		if !yearName.MatchString(n) {
			return false
		}
	}
	return len(names) >= 2
}
