package plaintext

import (
	"strings"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Text renderings of web pages (and Markdown) write tables with "|" between
// cells and a "---|---" line under the header, one row a line however long
// its cells: ModernGov's meeting pages come out so, every item a row.

// pipeRule is the line under a header: "---|---|", "| --- | :---: |".
var pipeRule = lazyre.New(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)

// pipeTables turns the runs of lines that a pipe rule marks as a table into
// rows: cells split at "|", each line a whole row, unless the copy broke
// the rows over lines (see splitPipeRows; only when broken is set). A line
// of bare pipes between rows, and the rule itself, become blank lines. The
// cells made are counted in cells.
func pipeTables(lines []layout.Line, raws []string, table *int, cells *limit.Counter, broken bool) error {
	for i := 0; i < len(raws); i++ {
		if n := framedRun(raws, i); n >= 3 && (i == 0 || !strings.Contains(raws[i-1], "|")) && (i+1 >= len(raws) || !pipeRule.MatchString(raws[i+1])) {
			// Rows framed by pipes, one a line, all with as many cells,
			// and no rule under the first: a table whose rule the
			// rendering left out; the first row is its header.
			*table++
			for k := i; k < i+n; k++ {
				if err := cells.Add(strings.Count(raws[k], "|") - 1); err != nil {
					return err
				}
				lines[k] = pipeRow(raws[k], lines[k].Page, *table)
			}
			i += n - 1
			continue
		}
		if !pipeRule.MatchString(raws[i]) || i == 0 || !strings.Contains(raws[i-1], "|") {
			continue
		}
		*table++
		start := i - 1 // the header row
		end := i + 1
		head := strings.TrimSpace(raws[start])
		if rows, stop := splitPipeRows(raws, i+1, ruleWidth(raws[i])); broken && rows != nil && strings.HasSuffix(head, "|") {
			// (Only where the header ends its cells with pipes, as rows
			// broken over lines do: Markdown's "No. | Item" over
			// "1 | Apologies" ends none, and each line is a row.)
			if err := cells.Add(strings.Count(raws[start], "|") + 1); err != nil {
				return err
			}
			lines[start] = pipeRow(raws[start], lines[start].Page, *table)
			if names, ok := overNumbers(lines[start].CellTexts(), rows); ok {
				lines[start] = tableRow(names, lines[start].Page, *table, true)
			}
			lines[i] = layout.Line{Page: lines[i].Page}
			for _, r := range rows {
				if err := cells.Add(len(r.texts)); err != nil {
					return err
				}
				for l := r.first; l <= r.last; l++ {
					lines[l] = layout.Line{Page: lines[l].Page}
				}
				lines[r.first] = tableRow(r.texts, lines[r.first].Page, *table, true)
			}
			i = stop - 1 // a row cut short at the end is left as lines
			continue
		}
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
			lines[k] = pipeRow(raws[k], lines[k].Page, *table)
		}
		i = end - 1
	}
	return nil
}

// ruleWidth is how many columns a pipe rule marks: "---|---|---|" and
// "|---|---|---|" both mark three.
func ruleWidth(rule string) int {
	return len(strings.FieldsFunc(rule, func(r rune) bool { return r == '|' || r == ' ' || r == '\t' }))
}

// splitRow is one row of a pipe table whose rows a copy broke over lines:
// its cells' texts and the lines it took.
type splitRow struct {
	texts       []string
	first, last int
}

// splitPipeRows reads the lines from i as the rows of a table of width cells
// when the copy broke each row over several lines, every line ending a
// cell or more with a pipe; the text after a line's last pipe, and lines
// without one, begin the next cell:
//
//	Ref | Action | Lead | When |
//	---|---|---|---|
//	A1 | Open the new depot |
//	Depot Manager |
//	June |
//
// The cells of each row add up to the rule's width, never past it.
//
// A row the text ends inside, two of its cells or more ended, is a page
// cut short: the row is read as far as it goes, its cells from the left.
// It returns nil unless two rows or more are read and one at least took
// more than one line (whole rows a line are read as they are), or the
// table's only row is such a cut one that took several lines; stop is the
// line after the last row read.
func splitPipeRows(raws []string, i, width int) (rows []splitRow, stop int) {
	var texts []string
	var wrap []string // lines without a pipe, the start of the next cell
	broken := false
	first, j := i, i
	for ; j < len(raws); j++ {
		t := strings.TrimSpace(raws[j])
		if t == "" {
			break
		}
		if !strings.Contains(t, "|") {
			wrap = append(wrap, t)
			continue
		}
		if j+1 < len(raws) && pipeRule.MatchString(raws[j+1]) {
			// A header over its rule: the next table, or this one's
			// header again on a new page. A row short of cells before it,
			// two or more of them ended, is whole, the copy having left
			// out its empty last cells ("5 | Ongoing | View |" where the
			// rows before it ended "| ||").
			if len(wrap) == 0 && len(texts) >= 2 {
				for len(texts) < width {
					texts = append(texts, "")
				}
				rows = append(rows, splitRow{texts, first, j - 1})
				texts, stop = nil, j
				broken = broken || j-1 > first
			}
			break
		}
		parts := strings.Split(strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|"), "|")
		if strings.HasPrefix(t, "|") && len(wrap) > 0 && strings.Trim(t, "| ") != "" {
			// A line opening with a pipe, cells after it, closes the cell
			// the lines before it hold: "Plant the orchard" over "| Parks
			// Lead | May |" is a row of three cells, the first ended by
			// the line break the copy kept and its pipe put on the next
			// line. (A pipe alone on its line ends the cell above it.)
			parts = append([]string{strings.Join(wrap, " ")}, parts...)
		} else {
			parts[0] = strings.Join(append(wrap, parts[0]), " ")
		}
		wrap = nil
		if !strings.HasSuffix(t, "|") {
			// The line ends inside a cell, which the next goes on with.
			wrap = []string{parts[len(parts)-1]}
			parts = parts[:len(parts)-1]
		}
		if len(texts)+len(parts) > width {
			break
		}
		for _, p := range parts {
			texts = append(texts, clean.Text(p))
		}
		if len(texts) < width {
			continue
		}
		if j > first {
			broken = true
		}
		rows = append(rows, splitRow{texts, first, j})
		texts, first, stop = nil, j+1, j+1
	}
	closed := len(texts) // the row's cells a pipe ended
	if len(wrap) > 0 && (j == len(raws) || strings.TrimSpace(raws[j]) == "") {
		// The last cell, whose pipe the copy left off.
		texts = append(texts, clean.Text(strings.Join(wrap, " ")))
	}
	cut := false
	switch {
	case len(wrap) > 0 && len(texts) == width:
		// The table's last row, whole but for the pipe after it.
		rows = append(rows, splitRow{texts, first, j - 1})
		stop, cut = j, j == len(raws)
		broken = broken || j-first > 1
	case j == len(raws) && closed >= 2 && len(texts) < width:
		// The text ends inside a row, two of its cells or more ended
		// (its number and its action, say): a page cut short. The row's
		// cells from the left, the one it ends in too.
		rows = append(rows, splitRow{texts, first, j - 1})
		stop, cut = j, true
		broken = broken || j-first > 1
	}
	if len(rows) < 2 && !(cut && len(rows) == 1) || !broken {
		return nil, 0
	}
	return rows, stop
}

// numberCell is a cell that holds only a row's number: "4", "2.3", "1.6A",
// "SC18".
var numberCell = lazyre.New(`^[A-Za-z]{0,4}\s?\d{1,3}(?:\.\d{1,3})*[A-Za-z]?\.?$`)

// overNumbers moves a header's names one cell right where the copy left
// out the name over the rows' numbers: every row opens with a number
// ("A1 | Mend the gate | …"), the header's first name names no column of
// numbers ("Action | Lead | |") and its last cell is empty, the cell the
// names were short of. names are the header's cells.
func overNumbers(names []string, rows []splitRow) ([]string, bool) {
	n := len(names)
	if n < 3 || names[n-1] != "" || names[0] == "" || table.NumbersColumn(names[0]) {
		return nil, false
	}
	for _, r := range rows {
		if len(r.texts) == 0 || !numberCell.MatchString(r.texts[0]) {
			return nil, false
		}
	}
	return append([]string{""}, names[:n-1]...), true
}

// framedRun counts the lines from i that start and end with a pipe and
// hold as many pipes as line i, at least three (two cells).
func framedRun(raws []string, i int) int {
	framed := func(s string) (int, bool) {
		t := strings.TrimSpace(s)
		return strings.Count(t, "|"), len(t) > 2 && t[0] == '|' && t[len(t)-1] == '|' && !pipeRule.MatchString(t)
	}
	want, ok := framed(raws[i])
	if !ok || want < 3 {
		return 0
	}
	n := 1
	for i+n < len(raws) {
		if c, ok := framed(raws[i+n]); !ok || c != want {
			break
		}
		n++
	}
	return n
}

// pipeRow splits one table line at its pipes; the empty cells a leading or
// trailing pipe makes are no cells.
func pipeRow(raw string, page, table int) layout.Line {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimSuffix(strings.TrimPrefix(raw, "|"), "|")
	return tableRow(strings.Split(raw, "|"), page, table, true)
}

// tableRow makes a table's row of the raw texts of its cells.
func tableRow(parts []string, page, table int, record bool) layout.Line {
	l := layout.Line{Page: page, Cells: make([]layout.Cell, len(parts)), Record: record, Table: table}
	texts := make([]string, len(parts))
	for i, p := range parts {
		if strings.Contains(p, "''") || strings.Contains(p, "%colspan") {
			// A wiki's copy keeps its markup: bold in triple quotes and
			// a cell's "%colspan=3" span.
			p = wikiMarkup.ReplaceAllString(p, "")
		}
		texts[i] = clean.Text(p)
		l.Cells[i] = layout.Cell{Text: texts[i]}
	}
	l.Text = strings.Join(texts, "\t")
	return l
}

// wikiMarkup is a wiki's bold and italic quotes and its span notes.
var wikiMarkup = lazyre.New(`'{2,3}|%colspan=\d+\|?`)

// slashTables reads the runs of lines whose cells a copy set apart with
// " / " — "Action / By when / Responsible officer / Outcome" over rows
// the same way — as tables: three or more lines running together, each
// with at least two separators, the first (the header) with as many
// cells as most of the rest. A row with fewer cells keeps them from the
// left.
func slashTables(lines []layout.Line, raws []string, table *int, cells *limit.Counter) error {
	return sepTables(lines, raws, table, cells, " / ")
}

// barTables reads the runs of lines whose cells a copy set apart with
// " | " but framed neither the rows nor the header with pipes ("Issue |
// Project | Progress |" over "Policing | Improve police visibility | … |"),
// as slashTables reads " / ".
func barTables(lines []layout.Line, raws []string, table *int, cells *limit.Counter) error {
	return sepTables(lines, raws, table, cells, " | ")
}

// sepTables reads as tables the runs of three or more lines that each hold
// sep twice or more, most of them as many times; the first is the header,
// and a trailing separator ends a row, it opens no cell.
func sepTables(lines []layout.Line, raws []string, table *int, cells *limit.Counter, sep string) error {
	trim := strings.TrimSpace(sep)
	row := func(s string) string { return strings.TrimRight(strings.TrimSpace(s), " "+trim) }
	count := func(s string) int { return strings.Count(row(s), sep) }
	for i := 0; i < len(raws); {
		if count(raws[i]) < 2 || lines[i].IsTable() {
			i++
			continue
		}
		end, ok, err := brokenRows(lines, raws, i, sep, table, cells)
		if err != nil {
			return err
		}
		if ok {
			i = end
			continue
		}
		if end, ok, err = raggedRows(lines, raws, i, sep, table, cells); err != nil {
			return err
		} else if ok {
			i = end
			continue
		}
		if end, ok, err = gappedRows(lines, raws, i, sep, table, cells); err != nil {
			return err
		} else if ok {
			i = end
			continue
		}
		j := i
		seen := map[int]int{}
		for j < len(raws) && count(raws[j]) >= 2 && !lines[j].IsTable() {
			seen[count(raws[j])]++
			j++
		}
		// Most rows hold as many cells as one another (the header's may
		// differ by a span the copy kept as a cell).
		same := 0
		for _, n := range seen {
			same = max(same, n)
		}
		if j-i >= 3 && 2*same > j-i {
			*table++
			for k := i; k < j; k++ {
				parts := strings.Split(row(raws[k]), sep)
				if err := cells.Add(len(parts)); err != nil {
					return err
				}
				lines[k] = tableRow(parts, lines[k].Page, *table, k > i)
			}
		}
		i = j
	}
	return nil
}

// brokenRows reads the table whose header is line i when its rows' cells
// hold line breaks, so that a row runs over several lines: "Implement the
// strategy / Apr 2014 / Mar 2015 / A Lead / The plan was refreshed." over
// "It goes to the Executive in June. / G / G" under a header of eight
// cells. Lines are joined, the last cell of one going on into the first
// of the next, until a row has as many cells as the header; it reads
// the table only when two or more rows come out whole that way (the last
// may be cut short where the text ends) and at least one took more than a
// line, and gives the end of the lines read.
func brokenRows(lines []layout.Line, raws []string, i int, sep string, table *int, cells *limit.Counter) (int, bool, error) {
	trim := strings.TrimSpace(sep)
	split := func(s string) []string { return strings.Split(strings.TrimRight(strings.TrimSpace(s), " "+trim), sep) }
	want := len(split(raws[i]))
	type row struct {
		first, end int
		parts      []string
	}
	var rows []row
	broken := false
	k := i + 1
	for k < len(raws) && !lines[k].IsTable() && strings.Count(raws[k], sep) >= 1 {
		parts := split(raws[k])
		m := k + 1
		for len(parts) < want && m < len(raws) && strings.TrimSpace(raws[m]) != "" && !lines[m].IsTable() {
			next := split(raws[m])
			if len(parts)+len(next)-1 > want {
				break
			}
			parts[len(parts)-1] = strings.TrimSpace(parts[len(parts)-1]) + " " + strings.TrimSpace(next[0])
			parts = append(parts, next[1:]...)
			m++
		}
		if len(parts) != want {
			if len(rows) > 0 && (m == len(raws) || strings.TrimSpace(raws[m]) == "") {
				// The last row, cut short where the text ends: its
				// cells from the left.
				rows = append(rows, row{k, m, parts})
				k = m
			}
			break
		}
		broken = broken || m > k+1
		rows = append(rows, row{k, m, parts})
		k = m
	}
	if len(rows) < 2 || !broken {
		return i, false, nil
	}
	*table++
	if err := cells.Add(want * (len(rows) + 1)); err != nil {
		return i, false, err
	}
	lines[i] = tableRow(split(raws[i]), lines[i].Page, *table, false)
	for _, r := range rows {
		lines[r.first] = tableRow(r.parts, lines[r.first].Page, *table, true)
		for m := r.first + 1; m < r.end; m++ {
			lines[m] = layout.Line{Page: lines[m].Page} // a line the row above took in
		}
	}
	return k, true, nil
}
