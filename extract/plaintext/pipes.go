package plaintext

import (
	"regexp"
	"strings"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
)

// Text renderings of web pages (and Markdown) write tables with "|" between
// cells and a "---|---" line under the header, one row a line however long
// its cells: ModernGov's meeting pages come out so, every item a row.

// pipeRule is the line under a header: "---|---|", "| --- | :---: |".
var pipeRule = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)

// pipeTables turns the runs of lines that a pipe rule marks as a table into
// rows: cells split at "|", each line a whole row. A line of bare pipes
// between rows, and the rule itself, become blank lines. The cells made are
// counted in cells.
func pipeTables(lines []layout.Line, raws []string, cells *limit.Counter) error {
	table := 0
	for i := 0; i < len(raws); i++ {
		if !pipeRule.MatchString(raws[i]) || i == 0 || !strings.Contains(raws[i-1], "|") {
			continue
		}
		table++
		start := i - 1 // the header row
		end := i + 1
		for end < len(raws) && strings.Contains(raws[end], "|") {
			end++
		}
		for k := start; k < end; k++ {
			if k == i || strings.Trim(raws[k], " |\t") == "" {
				lines[k] = layout.Line{Page: lines[k].Page}
				continue
			}
			if err := cells.Add(strings.Count(raws[k], "|") + 1); err != nil {
				return err
			}
			lines[k] = pipeRow(raws[k], lines[k].Page, table)
		}
		i = end - 1
	}
	return nil
}

// pipeRow splits one table line at its pipes; the empty cells a leading or
// trailing pipe makes are no cells.
func pipeRow(raw string, page, table int) layout.Line {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimSuffix(strings.TrimPrefix(raw, "|"), "|")
	parts := strings.Split(raw, "|")
	l := layout.Line{Page: page, Cells: make([]layout.Cell, len(parts)), Record: true, Table: table}
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = clean.Text(p)
		l.Cells[i] = layout.Cell{Text: texts[i]}
	}
	l.Text = strings.Join(texts, "\t")
	return l
}
