package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/numeral"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Some copies of a plan's table set each cell on a line of its own (or a
// run of lines, a blank line between cells), the header's names first,
// one under another:
//
//	Theme
//
//	Action / step
//
//	When
//
//	Greener streets
//
//	• Plant a tree on every new estate
//	• Replace the park's lamps
//
//	2026
//
// Nothing ends a row, and an empty cell leaves no line. cellLineTables
// reads such a table where something else tells the rows apart: a bullet
// before each point of the action column (bulletRows), a number
// opening each row, counting on ("a)", "b)", …; refRows), or the owner's
// cell that ends each row, the same post leading several (ownerRows).
// Where none does, the lines are left as they are. (stackedTables reads the rows
// whose numbers stand alone, "1", "2", under a header as this.)

// cellHeader reads a header's names, one under another (blank lines
// between them or not), that end at the line ls[p] (the last line naming
// a column, so that a short heading under the header is no name): the
// fewest that name a table of actions, and before them each
// line that names a column too, or is one word as a column's name is
// ("Category"), so that a short title above the header ("Village plan
// steps") is left out. It gives the names and the first one's place in ls.
func cellHeader(lines []layout.Line, raws []string, ls []int, p int) ([]string, int) {
	var short []string
	for q := p; q >= 0 && p-q < 8; q-- {
		t := strings.TrimSpace(raws[ls[q]])
		if lines[ls[q]].IsTable() || !shortName(t) {
			break
		}
		short = append([]string{t}, short...)
	}
	for n := 2; n <= len(short); n++ {
		names := short[len(short)-n:]
		if _, _, ok := table.HeaderCells(names); !ok {
			continue
		}
		for n < len(short) {
			t := short[len(short)-n-1]
			wider := short[len(short)-n-1:]
			if _, _, ok := table.HeaderCells(wider); !ok || table.ColumnRole(t) == "" && len(strings.Fields(t)) > 1 {
				break
			}
			names, n = wider, n+1
		}
		return names, p - n + 1
	}
	return nil, 0
}

// strongHeader: the names a header's lines give (their roles) are enough
// to read the lines under them as a table's cells: a column of who or
// when beside the action's, or three columns of different roles. Short
// headings one under another ("Plan update" over "Progress" over
// "Actions", over a lettered list) name an action table as well as a
// header of two or three names would, but a report sets them as
// headings as often; a header that names an owner or a deadline, or
// three different things, is seldom a run of headings.
func strongHeader(roles []string) bool {
	seen := map[string]bool{}
	for _, r := range roles {
		if r == "owner" || r == "due" {
			return true
		}
		if r != "" {
			seen[r] = true
		}
	}
	return len(seen) >= 3
}

// shortName is a line that may be a header's cell: a few words, no
// sentence, no bullet, no number (a row's, or a section's: "1. PURPOSE"),
// no label before its value ("Status: Open", "STATUS - Key").
func shortName(t string) bool {
	return t != "" && len(t) <= 30 && len(strings.Fields(t)) <= 4 && !strings.HasSuffix(t, ".") && !strings.ContainsAny(t, ":|\t") &&
		!strings.Contains(t, " - ") && !strings.Contains(t, " – ") && cellBullet(t) == "" && !cellRef.MatchString(t) && !numbered.MatchString(t)
}

// numbered opens a section's heading with its number: "2. ", "3.1 ".
var numbered = lazyre.New(`^\d{1,2}(?:\.\d{1,2})*\.?\s`)

// cellBulletPat is a bullet glyph that opens a cell's point: a bullet, a
// dash or an asterisk, or the "o" a copy makes of a list's hollow bullet.
var cellBulletPat = lazyre.New(`^[` + layout.Bullets + `\-–*o]\s+`)

// cellBullet is the text of a bulleted line after its glyph, or "".
func cellBullet(t string) string {
	m := cellBulletPat.FindString(t)
	if m == "" {
		return ""
	}
	rest := strings.TrimSpace(t[len(m):])
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return ""
	}
	return rest
}

// textLines are the indexes of the lines with text outside tables and
// page furniture.
func textLines(lines []layout.Line, raws []string) []int {
	var ls []int
	for i := range raws {
		if strings.TrimSpace(raws[i]) != "" && !lines[i].Furniture {
			ls = append(ls, i)
		}
	}
	return ls
}

// cellItem is one row read from a table set a cell a line: what is done,
// the lines it took, its deadline and its number.
type cellItem struct {
	text        string
	first, last int
	due, ref    string
	head        bool // a section's heading over the rows numbered under it
	// second and owner: the row's second cell and its owner's, where
	// ownerRows read it
	second, owner string
}

// cellLineTables turns such tables into rows: the header's names, found
// ending at a line that names a column, become its header row, and the
// rows that bulletRows, refRows or ownerRows read under it its rows, the action in
// the header's action column, a number in a numbers' column (a blank one
// put first where the header names none), a deadline in the deadline's.
func cellLineTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	ls := textLines(lines, raws)
	for p := 0; p < len(ls); p++ {
		if lines[ls[p]].IsTable() {
			continue
		}
		// A header ends with a column it names, a short name as
		// cellHeader takes (asked first, the cheaper test).
		if t := strings.TrimSpace(raws[ls[p]]); !shortName(t) || table.ColumnRole(t) == "" {
			continue
		}
		if next := strings.TrimSpace(raws[ls[min(p+1, len(ls)-1)]]); p+1 < len(ls) && shortName(next) && table.ColumnRole(next) != "" {
			continue // the header goes on
		}
		names, h := cellHeader(lines, raws, ls, p)
		if names == nil {
			continue
		}
		hasRefs, action, _ := table.HeaderCells(names)
		roles, _ := table.HeaderRoles(names)
		if !strongHeader(roles) {
			continue
		}
		due := -1
		for c, r := range roles {
			if r == "due" && c > action && due < 0 {
				due = c
			}
		}
		items, heads, used, end := bulletRows(lines, raws, ls, p+1, due >= 0, action > 0)
		owner := -1
		if r := roles[len(roles)-1]; r == "owner" && len(roles) >= 3 {
			owner = len(roles) - 1
		}
		byOwner := false
		if len(items) < 3 || !grouped(items, heads, used) {
			heads = nil
			if items, used, end = refRows(lines, raws, ls, p+1, due >= 0, len(names)); len(items) < 2 {
				if owner < 0 || action != 0 {
					continue
				}
				if items, used, end = ownerRows(lines, raws, ls, p+1, len(names)); len(items) < 2 {
					continue
				}
				byOwner = true
			}
			if !hasRefs && !byOwner {
				// The rows' numbers' column, its header blank.
				names = append([]string{""}, names...)
				action++
				if due >= 0 {
					due++
				}
			}
		}
		*tables++
		width := len(names)
		if err := takeCellLines(lines, ls[h:p+1], used, width*(len(items)+1), cells); err != nil {
			return err
		}
		first := ls[h]
		lines[first] = tableRow(names, lines[first].Page, *tables, false)
		for k, text := range heads {
			lines[k] = tableRow([]string{text}, lines[k].Page, *tables, false)
			lines[k].Bold = true
		}
		for _, it := range items {
			for k := it.first + 1; k <= it.last; k++ {
				lines[k] = layout.Line{Page: lines[k].Page} // the row's own lines after its first
			}
			if it.head {
				lines[it.first] = tableRow([]string{it.text}, lines[it.first].Page, *tables, false)
				lines[it.first].Bold = true
				continue
			}
			parts := make([]string, width)
			parts[action] = it.text
			if it.ref != "" {
				parts[0] = it.ref
			}
			if byOwner {
				parts[owner] = it.owner
				if roles[action+1] == "" && headingCell(it.text) && !milestone(it.second) {
					// A first cell that only names the work (a
					// project's title, no sentence) over a second
					// column that names no field ("Detail"): the
					// second tells what is done, and its words go
					// with the action's, which the table's reader
					// would otherwise leave out. (Elsewhere the
					// second run may be any later column's, an empty
					// cell leaving no line, and is left out; so is
					// a run that ends in a date its words do not
					// lead on to, a milestone's cell where the
					// second column's was empty: "Survey – May
					// 2026".)
					parts[action] += " " + it.second
				}
			}
			if due >= 0 {
				parts[due] = it.due
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

// milestone: a run ending in a date set after its words, not led on to
// by them ("Survey – May 2026", not "… for each child born in 2026").
func milestone(t string) bool {
	words := strings.Fields(t)
	n := trailing(words, dueCell, 4)
	return dueCell(strings.TrimSpace(t)) || n > 0 && !leadsOn[strings.ToLower(words[len(words)-n-1])]
}

// bulletRows reads the rows under a header from ls[q]: each bulleted line a
// row (a line after it in small letters, or a bullet in small letters
// after one that ends no sentence, goes on with it), a date line the
// deadline of the bullets above it when dated (the header puts the
// deadline after the action), and a short line the heading of the bullets
// under it when headed (the header has a column before the action, a
// theme's). Any other line ends the table, so that prose after it is not
// taken into a row. It gives the rows, the headings by line, the lines
// the rows took in, and the line it stopped at.
func bulletRows(lines []layout.Line, raws []string, ls []int, q int, dated, headed bool) (items []cellItem, heads map[int]string, used []int, end int) {
	heads = map[int]string{}
	group := 0 // the first row of the group the next date ends
	last := -1 // the line of the last bullet's text
	end = len(raws)
	for ; q < len(ls); q++ {
		k := ls[q]
		if lines[k].IsTable() {
			end = k
			break
		}
		t := strings.TrimSpace(raws[k])
		if b := cellBullet(t); b != "" {
			if n := len(items); n > 0 && last == k-1 && startsLower(b) && !endsSentenceText(items[n-1].text) {
				items[n-1].text += " " + b // a point the copy broke at a line that looked like a bullet's
				items[n-1].last = k
				used = append(used, k)
			} else {
				items = append(items, cellItem{text: b, first: k, last: k})
			}
			last = k
			continue
		}
		if n := len(items); n > 0 && last == k-1 && startsLower(t) {
			items[n-1].text += " " + t // the point wrapped
			items[n-1].last = k
			used = append(used, k)
			last = k
			continue
		}
		switch {
		case dated && len(strings.Fields(t)) <= 5 && dueCell(t):
			for i := group; i < len(items); i++ {
				if items[i].due == "" {
					items[i].due = t
				}
			}
			group = len(items)
			used = append(used, k)
		case headed && headingCell(t):
			heads[k] = t
			group = len(items)
		default:
			end = k
			return lastHeads(cutLast(lines, items), heads, used, end)
		}
	}
	return lastHeads(cutLast(lines, items), heads, used, end)
}

// lastHeads ends the rows at a heading after the last of them: with no
// rows under it ("How we will know" over the paragraph after the table)
// it heads what follows, not a group of the table's rows.
func lastHeads(items []cellItem, heads map[int]string, used []int, end int) ([]cellItem, map[int]string, []int, int) {
	if len(items) == 0 {
		return items, heads, used, end
	}
	after := items[len(items)-1].last
	for k := range heads {
		if k > after && k < end {
			end = k
		}
	}
	for k := range heads {
		if k >= end {
			delete(heads, k)
		}
	}
	kept := used[:0]
	for _, k := range used {
		if k < end {
			kept = append(kept, k)
		}
	}
	return items, heads, kept, end
}

// cutLast leaves out the last row when it is on the text's last line, with
// no deadline after it and no sentence ended: the copy stopped inside it.
func cutLast(lines []layout.Line, items []cellItem) []cellItem {
	n := len(items)
	if n == 0 {
		return items
	}
	it := items[n-1]
	if it.last == lastText(lines) && it.due == "" && !endsSentenceText(it.text) {
		return items[:n-1]
	}
	return items
}

// headingCell is a short line that may head the rows under it: a few
// words, opening with a capital, ending no sentence.
func headingCell(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) && len(strings.Fields(t)) <= 10 && len(t) <= 80 && !endsSentenceText(t)
}

// endsSentenceText: the text ends with a sentence's stop.
func endsSentenceText(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"'’”)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// grouped: some cell of another column (a date, a heading) stands between
// two of the bullets, so that they are the rows of a table, not one list
// under a header-like line.
func grouped(items []cellItem, heads map[int]string, used []int) bool {
	first, last := items[0].first, items[len(items)-1].first
	between := func(k int) bool { return k > first && k < last }
	for k := range heads {
		if between(k) {
			return true
		}
	}
	for _, k := range used {
		if between(k) && !inItem(items, k) {
			return true
		}
	}
	return false
}

// inItem: line k is part of a row's text.
func inItem(items []cellItem, k int) bool {
	for _, it := range items {
		if k >= it.first && k <= it.last {
			return true
		}
	}
	return false
}

// cellRun is a run of lines with text, one under another: a cell, as a
// blank line stands between cells.
type cellRun struct {
	text        string
	first, last int
}

// cellRuns are the runs of lines from ls[q] up to a line of a table
// already read, and the place in ls where they stop.
func cellRuns(lines []layout.Line, raws []string, ls []int, q int) ([]cellRun, int) {
	var runs []cellRun
	for ; q < len(ls) && !lines[ls[q]].IsTable(); q++ {
		k := ls[q]
		t := strings.TrimSpace(raws[k])
		if n := len(runs); n > 0 && runs[n-1].last == k-1 {
			runs[n-1].text += " " + t
			runs[n-1].last = k
			continue
		}
		runs = append(runs, cellRun{t, k, k})
	}
	return runs, q
}

// cellRef opens a row with its number: "a)", "(b)", "c.", "(iv)", "2.",
// "1.1", "M3", "OUT 001.02", alone or before the row's first cell. It
// gives the number and the text after it.
var cellRef = lazyre.New(`^(\(?[a-z]\)\.?|[a-z]\.|\(?[ivx]{1,5}\)|\(?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?\)?\.?|[A-Z]{1,3} ?\d{1,3}(?:\.\d{1,3})?\.?)(?:\s+(\S.*))?$`)

// subPoint opens a point numbered under a row's number: "(a) ", "b. ",
// "(iv) ", "2.1 ".
var subPoint = lazyre.New(`^(?:\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,5}\)|\d{1,2}(?:\.\d{1,2})+\.?)\s`)

// firstRef is a number that opens a list: its last count is 1 ("a)",
// "(i)", "1.1", "M1", "OUT 001.01").
func firstRef(ref string) bool {
	t := strings.TrimRight(strings.TrimLeft(ref, "("), ".)")
	if t == "a" || t == "i" {
		return true
	}
	j := len(t)
	for j > 0 && t[j-1] >= '0' && t[j-1] <= '9' {
		j--
	}
	return j < len(t) && strings.TrimLeft(t[j:], "0") == "1"
}

// refRows reads the rows under a header from ls[q] when each opens with its
// number, the numbers counting on from a first one ("a)", "b)", …), and
// the cells stand apart, a blank line between them: the number's run of
// lines is the row's first cell, what is done (or, the number alone, the
// run after it), and the runs up to the next number its other cells, of
// which a date alone is its deadline when dated and points after a cell
// ending in a colon go on with it; the others are left out, as which
// column each is cannot be told once an empty cell leaves no line. A row
// with more other cells than the header has columns, or one of them
// numbered, is a numbered list's point and what it says under it, not a
// table's row. A row that is only a number and a short heading, the rows
// under it numbered a level deeper ("1." and "Parks" over "1.1", "1.2"),
// heads a section of the table (the row's head is set): a merged row
// naming the theme of the rows under it. After the last row, fewer runs
// than the header has columns are its cells, up to the first too long
// for a short cell: prose.
func refRows(lines []layout.Line, raws []string, ls []int, q int, dated bool, width int) (items []cellItem, used []int, end int) {
	runs, q := cellRuns(lines, raws, ls, q)
	end = len(raws)
	if q < len(ls) {
		end = ls[q]
	}
	prev := ""
	listing := false // in the points of a cell's list
	others := 0      // the row's runs that are other cells
	most := 0        // the most other cells a row before this one had
	sub := false     // one of them opens with a number of its own
	dueAt := -1      // the line of the run the row's deadline came from
	section := ""    // the number of the section whose rows these are
	for _, r := range runs {
		m := cellRef.FindStringSubmatch(r.text)
		// A row that is only its number and a short heading, with no
		// other cell, and the next number one a level under its own
		// ("2." and "Roads" over "2.1", "2.2"), is the heading of a
		// section of the table, whose rows count on under it; after
		// them the next section's number follows the section's ("3."
		// after "2.4").
		opens := m != nil && len(items) > 0 && others == 0 && !sub && numeral.Opens(prev, m[1]) &&
			headingCell(items[len(items)-1].text) && !dueCell(items[len(items)-1].text)
		if m != nil && (opens || prev == "" && firstRef(m[1]) || prev != "" && numeral.Follows(prev, m[1]) || section != "" && numeral.Follows(section, m[1])) {
			if others >= width || sub {
				// More runs than the header has columns, or points
				// numbered under the row's number: a numbered list
				// and its sub-points, not a table's rows.
				return nil, nil, 0
			}
			if opens {
				items[len(items)-1].head = true
				section = prev
			}
			prev = m[1]
			items = append(items, cellItem{text: m[2], first: r.first, last: r.last, ref: strings.TrimRight(m[1], ".")})
			most = max(most, others)
			listing, others, sub, dueAt = false, 0, false, -1
			continue
		}
		n := len(items)
		if n == 0 {
			return nil, nil, 0
		}
		it := &items[n-1]
		t := strings.TrimSpace(r.text)
		b := cellBullet(t)
		listing = b != "" && (listing || strings.HasSuffix(it.text, ":"))
		switch {
		case listing:
			it.text += " " + b // a point of the cell's list
			it.last = r.last
		case it.text == "":
			it.text = t // the number alone, the cell after it
			it.last = r.last
		default:
			others++
			sub = sub || subPoint.MatchString(t)
			if dated && it.due == "" && len(strings.Fields(t)) <= 5 && dueCell(t) {
				it.due, dueAt = t, r.first
			}
		}
		for k := r.first; k <= r.last; k++ {
			used = append(used, k)
		}
	}
	// The last row's runs: no more than the rows before it had (where they
	// had none, "a) Mend the hall" over "Next steps", the rows are a
	// list's points and what follows them is not theirs), fewer than the
	// header has columns, none of them prose, and none a heading over
	// the prose after the table ("Next steps" over a paragraph).
	n := len(items)
	if n == 0 {
		return nil, nil, 0
	}
	last := items[n-1]
	cells := 0
	for i, r := range runs {
		if r.first <= last.last {
			continue
		}
		if inItem(items, r.last) {
			continue // a point of its list
		}
		if cells++; cells >= width || cells > most || longCell(r.text) || i+1 < len(runs) && headsProse(r.text, runs[i+1].text) {
			end = r.first
			break
		}
	}
	if dueAt >= end {
		items[n-1].due = "" // the deadline came from past the table's end
	}
	kept := used[:0]
	for _, k := range used {
		if k < end {
			kept = append(kept, k)
		}
	}
	return cutLast(lines, items), kept, end
}

// ownerRows reads the rows under a header from ls[q] whose first column
// says what is done and whose last names who leads it, when neither a
// bullet nor a number tells the rows apart: each row ends with its
// owner's cell, a short name of a post or a body that stands as a whole
// cell more than once under the header (one post leads several rows:
// "Head of Parks" under "Plant the verges" and under "Mend the paths"),
// so that where it stands a row ends and the next begins. A row's first
// run is its first cell and its second run its second; the runs between
// them and the owner's (milestones, outcomes, an empty cell leaving no
// line) are left out, as which column each is cannot be told. Every row
// needs two runs before its owner and no more than twice as many runs
// as the header has columns (a cell's list may take a run a point); the
// runs after the last owner (a row the copy cut short, or prose) stay
// text.
func ownerRows(lines []layout.Line, raws []string, ls []int, q int, width int) (items []cellItem, used []int, end int) {
	runs, q := cellRuns(lines, raws, ls, q)
	end = len(raws)
	if q < len(ls) {
		end = ls[q]
	}
	seen := map[string]int{}
	for _, r := range runs {
		seen[r.text]++
	}
	var row []cellRun
	for _, r := range runs {
		if seen[r.text] >= 2 && ownerName(r.text) && len(row) >= 2 {
			it := cellItem{text: row[0].text, first: row[0].first, last: row[0].last, second: row[1].text, owner: r.text}
			for _, c := range append(row[1:], r) {
				for k := c.first; k <= c.last; k++ {
					used = append(used, k)
				}
			}
			items = append(items, it)
			row = nil
			continue
		}
		if row = append(row, r); len(row) > 2*width {
			break // far more runs than the header has columns: no row
		}
	}
	if len(row) > 0 {
		end = row[0].first
	}
	return items, used, end
}

// ownerName is a run that may name who leads a row: a few words, each a
// capitalised word of a name or a word that joins one ("Head of Parks
// and Open Spaces"), not a date or a status.
func ownerName(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 8 || endsSentenceText(t) || dueCell(t) || action.IsStatus(t) {
		return false
	}
	for _, w := range ws {
		if !ownerWord(w) {
			return false
		}
	}
	return true
}

// longCell is a run too long for a table's short cell: a paragraph.
func longCell(t string) bool {
	return len(strings.Fields(t)) > 12
}

// headsProse: a run shaped as a heading, not a date, with a paragraph
// under it is the heading of what follows a table, not its last cell.
func headsProse(t, next string) bool {
	return layout.LostHeadingShape(t) && !dueCell(t) && longCell(next)
}

// takeCellLines counts a table rebuilt from cells a line against the
// document's cell limit and blanks the lines it was read from (its
// header's and its cells'), keeping each line's page, so that no other
// reader takes them again.
func takeCellLines(lines []layout.Line, header, used []int, n int, cells *limit.Counter) error {
	if err := cells.Add(n); err != nil {
		return err
	}
	for _, q := range header {
		lines[q] = layout.Line{Page: lines[q].Page}
	}
	for _, k := range used {
		lines[k] = layout.Line{Page: lines[k].Page}
	}
	return nil
}
