package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/table"
)

// A copy that sets cells apart with " / " (or " | ") may keep a cell's
// paragraphs as lines of their own, so that the rows of a minutes' table
// stand apart, a line or two of the cell's later paragraphs between them:
//
//	Item / Raised by / Discussion
//	Apologies / Chair / Two sent apologies.
//	The Chair welcomed a new member.
//	Minutes / Chair / The minutes were approved.
//
// Nothing joins such rows into a run, yet each repeats the header's cells
// with its separators. So a header of column names is read with the lines
// after it that hold as many separators, each a row, the lines between
// them left as text (a cell's later paragraphs read as well on their own).

// maxGap is how many lines of text may stand between two such rows: a
// cell's few later paragraphs, not a page of prose.
const maxGap = 3

// gappedRows reads the table whose header is line i when its rows stand
// apart (see above), or only a blank line apart, as a web page's copy
// sets its paragraphs: two rows at least, and a line between two of them
// (rows a line after another are read as a run by sepTables). It gives
// the line after the last row read.
func gappedRows(lines []layout.Line, raws []string, i int, sep string, tables *int, cells *limit.Counter) (int, bool, error) {
	names := sepCells(raws[i], sep)
	if !namesColumns(names) {
		return i, false, nil
	}
	want := strings.Count(strings.Join(names, sep), sep)
	var rows []int
	gapped := false
	gap, blank := 0, false // lines of text since the last row, and whether a blank one
	for k := i + 1; k < len(raws) && !lines[k].IsTable(); k++ {
		t := strings.TrimSpace(raws[k])
		if t == "" {
			blank = true
			continue
		}
		n := strings.Count(strings.Join(sepCells(t, sep), sep), sep)
		if n == 0 {
			if gap++; gap > maxGap {
				break
			}
			continue
		}
		if n != want || sepCells(t, sep)[0] == "" {
			break // another table, or a sentence with a slash
		}
		gapped = gapped || (gap > 0 || blank) && len(rows) > 0
		rows = append(rows, k)
		gap, blank = 0, false
	}
	if len(rows) < 2 || !gapped {
		return i, false, nil
	}
	*tables++
	if err := cells.Add(len(names) * (len(rows) + 1)); err != nil {
		return i, false, err
	}
	lines[i] = tableRow(names, lines[i].Page, *tables, false)
	last := -1 // the cell the row before ends in
	for k := i + 1; k <= rows[len(rows)-1]; k++ {
		t := strings.TrimSpace(raws[k])
		switch {
		case t == "":
		case strings.Contains(t, sep):
			parts := sepCells(t, sep)
			// (The header again, over the rows of the next part, is no row.)
			again := strings.Join(parts, sep) == strings.Join(names, sep)
			lines[k] = tableRow(parts, lines[k].Page, *tables, !again)
			for last = len(parts) - 1; last > 0 && parts[last] == ""; last-- {
			}
		case last >= 0 && paragraphOf(t):
			// A later paragraph of the cell the row ended in: a line of
			// the table, that cell's text alone, so that the table reads
			// on past it.
			parts := make([]string, len(names))
			parts[last] = strings.TrimRight(t, " "+strings.TrimSpace(sep))
			lines[k] = tableRow(parts, lines[k].Page, *tables, false)
		}
	}
	return rows[len(rows)-1] + 1, true, nil
}

// paragraphOf: a line between two rows that reads as a cell's paragraph
// — a sentence ended, or a long line — not a heading over the rows after
// it ("Priority 2", "Matters arising"), which stays a line of text.
func paragraphOf(t string) bool {
	t = strings.TrimRight(t, " |/")
	return strings.ContainsAny(t[len(t)-1:], ".!?") || len(strings.Fields(t)) > maxHeadingWords
}

// namesColumns: cells that read as a header's column names — short, each
// opening with a capital, none a sentence or a label's lead-in, one at
// least naming a field of an action ("Item", "Lead", "Decision"), as
// table.ColumnRole knows them.
func namesColumns(names []string) bool {
	if len(names) < 3 || len(names) > 10 {
		return false
	}
	known := false
	for _, n := range names {
		r, _ := utf8.DecodeRuneInString(n)
		if !unicode.IsUpper(r) || len(strings.Fields(n)) > 6 || len(n) > 40 || strings.ContainsAny(n, ".:;?!") {
			return false
		}
		known = known || table.ColumnRole(n) != ""
	}
	return known
}
