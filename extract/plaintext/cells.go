package plaintext

import (
	"strings"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Some renderings of a web page's table end each cell with "|" instead of
// each row, so a row's cells come one under the other, a long cell wrapped
// over lines of its own:
//
//	SC18 |
//	Economic Development |
//	That any future visits from SEEDA
//	senior executives involve local members. |
//
// Nothing marks where a row ends. The rows' numbers do: the cells that hold
// a reference ("SC18", "SC19", "4.2") come a row's length apart. So does
// a rule under the header's cells, "---|---|---|", a pipe for each column.

// cellEnd is a line that ends a cell: its text (perhaps none) and a pipe,
// no other pipe in it.
func cellEnd(raw string) bool {
	t := strings.TrimSpace(raw)
	return strings.HasSuffix(t, "|") && strings.Count(t, "|") == 1
}

// refCell is a cell that holds only a row's reference.
var refCell = lazyre.New(`^[A-Za-z]{0,4}\s?\d{1,3}(?:\.\d{1,3})*[a-z]?\.?$`)

// headerRule is the rule a table's header is underlined with when each
// cell is ended by a pipe: "---|---|---|".
var headerRule = lazyre.New(`^\s*(?::?-{3,}:?\s*\|\s*)+$`)

// ruleColumns is how many columns a header's rule marks, 0 if raw is none.
func ruleColumns(raw string) int {
	if !headerRule.MatchString(raw) {
		return 0
	}
	return strings.Count(raw, "|")
}

// cell is one cell of a cell-a-line table: its text and its raw lines.
type cell struct {
	text        string
	first, last int
}

// cellTables turns the runs of lines that end cells one at a time into a
// table's rows, when their references give the rows' length. The first
// line of each row holds it; the row's other lines become blank.
func cellTables(lines []layout.Line, raws []string, table *int, cells *limit.Counter) error {
	for i := 0; i < len(raws); {
		if !cellEnd(raws[i]) {
			i++
			continue
		}
		// The run: cells, each ended by a pipe, lines between them
		// wrapping a cell; a blank line or a line with other pipes ends it.
		// (The line before the first cell is a title, not its start.)
		var cs []cell
		from, j := i, i
		ruled := 0 // the columns of a header's rule, "---|---|---|"
		for ; j < len(raws) && strings.TrimSpace(raws[j]) != ""; j++ {
			if n := ruleColumns(raws[j]); n >= 2 && ruled == 0 && len(cs) == n && from == j {
				// The header's cells, then the rule under them: the
				// rule gives the row's length, and the rows follow.
				ruled = n
				from = j + 1
				continue
			}
			if strings.Contains(raws[j], "|") && !cellEnd(raws[j]) {
				break
			}
			if cellEnd(raws[j]) {
				var parts []string
				for k := from; k <= j; k++ {
					parts = append(parts, strings.TrimSuffix(strings.TrimSpace(raws[k]), "|"))
				}
				cs = append(cs, cell{clean.Text(strings.Join(parts, " ")), from, j})
				from = j + 1
			}
		}
		i = max(j, i+1)
		k, first := rowLength(cs)
		if ruled > 0 {
			k, first = ruled, ruled
		}
		if k == 0 {
			continue
		}
		*table++
		// The header: the k cells before the first row, when they are there.
		rowsFrom := first
		if first >= k {
			rowsFrom = first - k
		}
		width := k
		if first > k && first <= 20 {
			// More header cells than a row has: the rows left their last
			// cells out, empty ("Lead Officer |", "Timescale |" over rows
			// of three), so each row is padded to the header's width.
			width, rowsFrom = first, 0
		}
		for r := rowsFrom; r < len(cs); {
			n := k // cells in this row
			if r < first {
				n = first - r // the header
			}
			if r+n > len(cs) {
				break
			}
			if err := cells.Add(width); err != nil {
				return err
			}
			texts := make([]string, width)
			for c := 0; c < n; c++ {
				texts[c] = cs[r+c].text
				for l := cs[r+c].first; l <= cs[r+c].last; l++ {
					lines[l] = layout.Line{Page: lines[l].Page}
				}
			}
			lines[cs[r].first] = tableRow(texts, lines[cs[r].first].Page, *table, r >= first)
			r += n
		}
	}
	return nil
}

// rowLength finds how many cells a row has: the distance between the cells
// holding references, the same at least twice running, from 2 to 20. It
// returns 0 when the references give none; first is the first row's
// first cell.
func rowLength(cs []cell) (k, first int) {
	var refs []int
	for n, c := range cs {
		if refCell.MatchString(c.text) {
			refs = append(refs, n)
		}
	}
	for a := 0; a+2 < len(refs); a++ {
		d := refs[a+1] - refs[a]
		if d >= 2 && d <= 20 && refs[a+2]-refs[a+1] == d {
			return d, refs[a]
		}
	}
	return 0, 0
}
