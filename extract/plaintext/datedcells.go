package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// A web page's table of what will be done and by when, copied a cell a
// paragraph, may have no number and no bullet to open its rows:
//
//	Tasks 2026-2028 Deadline
//
//	Replant the verges along the ring road
//
//	May 2026
//
//	Survey the footbridges and mend the worst of them
//
//	March 2027
//
// The deadline's cell does what a number would: each row ends with a
// date alone. datedCellTables reads such a table under a header that
// names what is done first and a deadline after it (its names on one
// line, as above, or one under another as cellLineTables reads them):
// each run of lines up to a date alone is a row, its first run the action
// and the short runs between it and the date the cells between their
// columns. Three rows or more, each closed by its date, make the table;
// anything else under the header (a bulleted or numbered row, which
// cellLineTables reads, a paragraph with no date after it) ends it.

// periodName is what a column's name may carry after it: the period its
// cells cover or the date its updates were written at ("Actions
// 2026-2028", "Progress at Oct 2025", "Budget 2025/26").
var periodName = lazyre.New(`(?i)\s+(?:(?:as\s+)?at\s+|for\s+|in\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{4}(?:\s?[-–/]\s?\d{2,4})?\b`)

// datedHeader reads a header line whose names a copy ran together, as
// table.FlatHeader does, a name's period kept with it: the names, and
// whether they head a table of actions with a deadline after the action.
func datedHeader(t string) ([]string, bool) {
	bare := t
	if hasYear(t) { // (periodName holds a year: without one, the scan over a paragraph is spared)
		bare = periodName.ReplaceAllString(t, "")
	}
	names, ok := table.FlatHeader(bare)
	if !ok {
		return nil, false
	}
	if bare != t {
		// Give each name back the period that followed it.
		at := 0
		for i, n := range names {
			j := strings.Index(t[at:], n)
			if j < 0 {
				return nil, false
			}
			at += j + len(n)
			if m := periodName.FindStringIndex(t[at:]); m != nil && m[0] == 0 {
				names[i] += t[at : at+m[1]]
				at += m[1]
			}
		}
	}
	return names, true
}

// hasYear reports whether t holds four digits in a row, as every period
// name does.
func hasYear(t string) bool {
	run := 0
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			run = 0
		} else if run++; run == 4 {
			return true
		}
	}
	return false
}

// datedHeaderAt reads a header that ends at the line ls[p]: its names
// run together on that line, or one under another ending there (as
// cellLineTables finds them: the last names a column, the line after it
// none). It gives the names and the place in ls of the first one's line.
func datedHeaderAt(lines []layout.Line, raws []string, ls []int, p int) ([]string, int) {
	t := strings.TrimSpace(raws[ls[p]])
	if names, ok := datedHeader(t); ok {
		return names, p
	}
	// cellHeader takes no line but a short name: asked first, it spares
	// ColumnRole's rules a paragraph's text.
	if !shortName(t) || table.ColumnRole(t) == "" {
		return nil, 0
	}
	if p+1 < len(ls) {
		if next := strings.TrimSpace(raws[ls[p+1]]); shortName(next) && table.ColumnRole(next) != "" {
			return nil, 0 // the header goes on
		}
	}
	return cellHeader(lines, raws, ls, p)
}

// datedCellTables turns such tables into rows.
func datedCellTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	ls := textLines(lines, raws)
	for p := 0; p < len(ls); p++ {
		if lines[ls[p]].IsTable() {
			continue
		}
		names, h := datedHeaderAt(lines, raws, ls, p)
		if names == nil {
			continue
		}
		roles, ok := table.HeaderRoles(names)
		if !ok || roles[0] != "action" {
			continue
		}
		due := -1
		for c, r := range roles {
			if r == "due" && due < 0 {
				due = c
			}
		}
		if due < 0 {
			continue
		}
		items, between, used, end := datedRows(&cellReader{lines: lines, raws: raws, ls: ls, q: p + 1}, due-1, len(names) == 2)
		if len(items) < 3 {
			continue
		}
		*tables++
		width := len(names)
		if err := takeCellLines(lines, ls[h:p+1], used, width*(len(items)+1), cells); err != nil {
			return err
		}
		lines[ls[h]] = tableRow(names, lines[ls[h]].Page, *tables, false)
		for n, it := range items {
			parts := make([]string, width)
			parts[0], parts[due] = it.text, it.due
			if len(between[n]) == due-1 {
				copy(parts[1:due], between[n]) // one cell a column; else which is which cannot be told
			}
			lines[it.first] = tableRow(parts, lines[it.first].Page, *tables, true)
		}
		for p < len(ls) && ls[p] < end {
			p++
		}
		p--
	}
	return nil
}

// datedCell is a run of lines that is one cell: a date alone is a cell of
// its own even where the copy left no blank line before or after it.
type datedCell struct {
	text        string
	first, last int
	date        bool
}

// cellReader gives the cells from ls[q] up to a line of a table already
// read, each only when asked for: datedRows stops at the first cell that
// is no row's, so a header found again and again over prose reads a few
// lines each time, not the rest of the paper.
type cellReader struct {
	lines []layout.Line
	raws  []string
	ls    []int
	q     int // the next line to read
	cs    []datedCell
}

// cell gives the i-th cell, reading on until the one after it has begun
// (a cell is whole only then); ok false past the last.
func (r *cellReader) cell(i int) (datedCell, bool) {
	for len(r.cs) <= i+1 && r.q < len(r.ls) && !r.lines[r.ls[r.q]].IsTable() {
		k := r.ls[r.q]
		r.q++
		t := strings.TrimSpace(r.raws[k])
		date := len(strings.Fields(t)) <= 5 && dueCell(t)
		if n := len(r.cs); n > 0 && r.cs[n-1].last == k-1 && !date && !r.cs[n-1].date {
			r.cs[n-1].text += " " + t
			r.cs[n-1].last = k
			continue
		}
		r.cs = append(r.cs, datedCell{t, k, k, date})
	}
	if i >= len(r.cs) {
		return datedCell{}, false
	}
	return r.cs[i], true
}

// datedRows reads the rows from ls[q]: a run that opens with a letter,
// no bullet or number before it, then up to middle short runs (the
// columns between the action's and the deadline's), then a date alone,
// each cell after the first told apart from the one before it. pair: the
// header names only the two columns.
//
// A row whose date the copy ran onto the end of its action's last line,
// before the next row's action ("… meet demand May 2026"), has it cut
// off there. It gives the rows, each row's cells between, the lines the
// rows took in after their first, and the line it stopped at.
func datedRows(r *cellReader, middle int, pair bool) (items []cellItem, between [][]string, used []int, end int) {
	end = len(r.raws)
	closed := 0 // rows closed by a date of their own
	i := 0
	for {
		c, ok := r.cell(i)
		if !ok || c.date || !rowOpening(c.text) {
			break
		}
		j := i + 1
		var mid []string
		for {
			d, ok := r.cell(j)
			if !ok || !apart(r.cs[j-1], d, pair) || d.date || len(mid) >= middle || longCell(d.text) || !rowOpening(d.text) {
				break
			}
			mid = append(mid, d.text)
			j++
		}
		if d, ok := r.cell(j); ok && apart(r.cs[j-1], d, pair) && d.date {
			items = append(items, cellItem{text: c.text, first: c.first, last: d.last, due: d.text})
			between = append(between, mid)
			closed++
			i = j + 1
			continue
		}
		// No date after the action: one run onto its last line, when
		// the next run opens another row (in a table of the two columns
		// only, where no other cell can stand between). Not a date the
		// action's own words lead on to ("… the plan adopted in 2019",
		// "… reviewed by the board in May 2027"): an action's cell does
		// not end in "in", "by" or "of".
		words := strings.Fields(c.text)
		n := trailing(words, dueCell, 4)
		if next, ok := r.cell(i + 1); !pair || n == 0 || !ok || next.date || leadsOn[strings.ToLower(words[len(words)-n-1])] {
			break
		}
		items = append(items, cellItem{text: strings.Join(words[:len(words)-n], " "), first: c.first, last: c.last, due: strings.Join(words[len(words)-n:], " ")})
		between = append(between, nil)
		i++
	}
	if closed < 3 {
		return nil, nil, nil, 0
	}
	if c, ok := r.cell(i); ok {
		end = c.first
	}
	for _, it := range items {
		for k := it.first + 1; k <= it.last; k++ {
			used = append(used, k)
		}
	}
	return items, between, used, end
}

// apart: cell b is told apart from cell a before it in the row: a blank
// line stands between them, as between every cell of such a copy; a is
// one line, a cell a line; or the table has only the two columns, what
// is done and when, so that every line before a date is the action's.
// Otherwise a cell of lines one straight under another, then another
// with no blank line between, is a printed table's wrapped column
// (wrappedTables'), whose last lines may be the next column's cell ("Mend
// the gate" over "Parks team" over "May 2026").
func apart(a, b datedCell, pair bool) bool { return b.first > a.last+1 || a.first == a.last || pair }

// rowOpening: a run that may open a row's cell here, its first word's
// first letter, with no bullet or number before it (those rows are
// cellLineTables').
func rowOpening(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) && cellBullet(t) == "" && !cellRef.MatchString(t)
}
