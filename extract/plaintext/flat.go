package plaintext

import (
	"strings"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/table"
)

// flatTables reads a table a copy flattened to one line a row, its cells
// run together with single spaces, so that where one cell ends cannot be
// told: a header line whose every word names a column ("Action
// Responsibility") over three or more such lines. Each row is kept whole
// in the first column; a line of three words or fewer ("Year one") is the
// heading of the rows under it. The rows end at a sentence of prose or a
// lead-in.
//
// A web page's copy may end each cell with a pipe and leave out the empty
// ones, so that a row whose later cells are blank is one line ending in a
// pipe under a header "Action | Partners |": there each such line is a
// row, the header repeated is dropped, and a line with no pipe between
// them ("Priority 2: Accommodation") heads the rows under it.
func flatTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	for i := 0; i < len(raws); i++ {
		names, piped := headerNames(raws[i])
		if t := strings.Join(names, " "); lines[i].IsTable() || len(t) > 60 || !table.HeaderLine(t) {
			continue
		}
		if !piped && len(pieces(raws[i])) >= minAnchorCells {
			continue // its names set apart by runs of spaces: a spaced table, whose lines wrap
		}
		width := len(names)
		var rows []int
		j := i + 1
		for ; j < len(raws); j++ {
			t := strings.TrimSpace(lines[j].Text)
			if t == "" || lines[j].Furniture {
				continue
			}
			if lines[j].IsTable() || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 15 {
				break
			}
			if piped && !cellEnd(raws[j]) && strings.TrimSpace(raws[j]) != strings.TrimSpace(raws[i]) && (strings.Contains(t, "|") || len(strings.Fields(t)) > 8) {
				break // prose after the rows, or another table
			}
			rows = append(rows, j)
		}
		if len(rows) < 3 {
			continue
		}
		*tables++
		if err := cells.Add(width * (len(rows) + 1)); err != nil {
			return err
		}
		lines[i] = tableRow(names, lines[i].Page, *tables, false)
		for _, k := range rows {
			if piped && strings.TrimSpace(raws[k]) == strings.TrimSpace(raws[i]) {
				lines[k] = layout.Line{Page: lines[k].Page} // the header again
				continue
			}
			parts := make([]string, width)
			parts[0] = strings.TrimSuffix(strings.TrimSpace(raws[k]), "|")
			head := len(strings.Fields(raws[k])) <= 3 || piped && !cellEnd(raws[k])
			lines[k] = tableRow(parts, lines[k].Page, *tables, !head)
			// ("Year one": the heading of the rows under it, as a plan
			// sets its themes in bold.)
			lines[k].Bold = head
		}
		i = j - 1
	}
	return nil
}

// headerNames are the column names of a header line: its words, or the
// cells a pipe ends ("Action | Partners |"), and whether it was so piped.
func headerNames(raw string) ([]string, bool) {
	t := strings.TrimSpace(raw)
	if strings.Count(t, "|") < 2 || !strings.HasSuffix(t, "|") || strings.HasPrefix(t, "|") {
		return strings.Fields(t), false
	}
	var names []string
	for _, c := range strings.Split(strings.TrimSuffix(t, "|"), "|") {
		names = append(names, strings.TrimSpace(c))
	}
	return names, true
}
