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
func flatTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	for i := 0; i < len(raws); i++ {
		if t := strings.TrimSpace(raws[i]); lines[i].IsTable() || len(t) > 60 || !table.HeaderLine(t) {
			continue
		}
		width := len(strings.Fields(raws[i]))
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
			rows = append(rows, j)
		}
		if len(rows) < 3 {
			continue
		}
		*tables++
		if err := cells.Add(width * (len(rows) + 1)); err != nil {
			return err
		}
		lines[i] = tableRow(strings.Fields(raws[i]), lines[i].Page, *tables, false)
		for _, k := range rows {
			parts := make([]string, width)
			parts[0] = raws[k]
			head := len(strings.Fields(raws[k])) <= 3
			lines[k] = tableRow(parts, lines[k].Page, *tables, !head)
			// ("Year one": the heading of the rows under it, as a plan
			// sets its themes in bold.)
			lines[k].Bold = head
		}
		i = j - 1
	}
	return nil
}
