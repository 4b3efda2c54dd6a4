package plaintext

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/numeral"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Some copies of a table printed in columns (a PDF's, or a Word table
// pasted as text) set a cell on lines of its own, its text wrapped as
// narrow as its column, with no blank line between cells (or one at a
// page's break) and nothing between rows:
//
//	Ref
//	Action
//	Lead
//	A1
//	Resurface the path
//	along the canal and
//	light its underpass
//	Parks Team
//	A2
//	…
//
// wrappedTables reads such a table from the shape of its lines: a wrapped
// cell's lines go on in small letters, or with a word too long for the
// line above (wrapCells); its rows from their numbers counting on
// (numberedWrapRows) or, unnumbered, from the width of the action
// column's lines (widthWrapRows).

// wrapCell is one cell of such a table: its text, its lines, and the
// length of its longest line, in characters.
type wrapCell struct {
	text        string
	first, last int
	width       int
	lines       int
	// stopped: the cell ended at a sentence's stop, the next line opening
	// with a capital (another sentence of the same cell, or the next cell).
	stopped bool
}

const (
	// maxWrapLine bounds a line of a wrapped cell: a longer one is prose
	// after the table.
	maxWrapLine = 60
	// shortWrapLine: most of a wrapped table's lines are no longer than
	// this, its columns being a fraction of the page's width.
	shortWrapLine = 45
	// minWrapLines is the fewest lines under the header worth reading as
	// a table.
	minWrapLines = 8
)

// wrappedTables turns such tables into rows: a header's names one under
// another (wrapHeader), then a run of short lines (wrapBody) cut into
// cells, its rows read as above. A table whose rows cannot be told is
// left as it is, and so are the lines after its last row.
func wrappedTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	ls := wrapLines(lines, raws)
	for p := 0; p < len(ls); p++ {
		names, body := wrapHeader(lines, raws, ls, p)
		if names == nil {
			continue
		}
		end := wrapBody(lines, raws, ls, body)
		ok := end-body >= minWrapLines && narrowLines(raws, ls[body:end])
		var cs []wrapCell
		var head []string
		var rows []wrapRow
		var used int
		if ok {
			cs = wrapCells(raws, ls[body:end], names)
			head, rows, used, ok = numberedWrapRows(cs, names)
			if !ok {
				head, rows, used, ok = widthWrapRows(cs, names)
			}
		}
		if !ok {
			p = max(p, end-1) // (no table starts inside the lines looked at: each is looked at once)
			continue
		}
		*tables++
		if err := cells.Add(len(head) * (len(rows) + 1)); err != nil {
			return err
		}
		last := cs[used-1].last // the table's last line: what follows is text
		for end = p; end < len(ls) && ls[end] <= last; end++ {
			lines[ls[end]] = layout.Line{Page: lines[ls[end]].Page}
		}
		lines[ls[p]] = tableRow(head, lines[ls[p]].Page, *tables, false)
		for _, r := range rows {
			if len(r.parts) == 1 {
				lines[r.line] = tableRow(r.parts, lines[r.line].Page, *tables, false)
				lines[r.line].Bold = true // a heading over the rows after it
				continue
			}
			lines[r.line] = tableRow(r.parts, lines[r.line].Page, *tables, true)
		}
		p = end - 1
	}
	return nil
}

// wrapRow is a row rebuilt: its cells, and the line it is set on.
type wrapRow struct {
	parts []string
	line  int
}

// wrapLines are the indexes of the lines with text but page furniture: a
// number alone, that a text copy takes for a page's, is kept, as it may
// number a row ("3" over its action).
func wrapLines(lines []layout.Line, raws []string) []int {
	var ls []int
	for i := range raws {
		t := strings.TrimSpace(raws[i])
		if t != "" && (!lines[i].Furniture || len(t) <= 2 && strings.Trim(t, "0123456789") == "") {
			ls = append(ls, i)
		}
	}
	return ls
}

// wrapHeader reads the header's names from ls[p], one a line: short lines
// naming columns, a name's lines that go on in small letters joined
// ("Expected", "outcome"). Names that name no column after the last
// that does are left to the body (a first cell as short as a name). It
// gives the names and where in ls the body starts, or nil where they
// head no table of actions.
func wrapHeader(lines []layout.Line, raws []string, ls []int, p int) ([]string, int) {
	first := strings.TrimSpace(raws[ls[p]])
	if lines[ls[p]].IsTable() || !headerName(first) || table.ColumnRole(strings.TrimSuffix(first, ".")) == "" {
		return nil, 0
	}
	if p > 0 && ls[p-1] >= ls[p]-3 {
		if prev := strings.TrimSpace(raws[ls[p-1]]); headerName(prev) && table.ColumnRole(strings.TrimSuffix(prev, ".")) != "" {
			return nil, 0 // the header started above
		}
	}
	var names []string
	var ends []int // where in ls each name ends
	for q := p; q < len(ls) && q-p < 16; q++ {
		if q > p && ls[q] > ls[q-1]+3 || lines[ls[q]].IsTable() {
			break
		}
		t := strings.TrimSpace(raws[ls[q]])
		if n := len(names); n > 0 && ls[q] == ls[q-1]+1 && startsLower(t) && len(t) <= 20 && len(strings.Fields(t)) <= 2 {
			names[n-1] += " " + t // a name wrapped in its cell
			ends[n-1] = q
			continue
		}
		if !headerName(t) {
			break
		}
		names = append(names, t)
		ends = append(ends, q)
	}
	last, named := -1, 0
	for i, n := range names {
		if table.ColumnRole(n) != "" {
			last = i
			named++
		}
	}
	if _, _, ok := table.HeaderCells(names[:last+1]); last < 1 || named*2 < last+1 || !ok && !hasRole(names[:last+1], "action") {
		return nil, 0 // most of the names name columns, one of them what is done
	}
	return names[:last+1], ends[last] + 1
}

// headerName is a line that may be a header's name: a short name that is
// no date, or a numbers column's abbreviated name ("No.").
func headerName(t string) bool {
	return shortName(t) && !startsLower(t) && !dateLine(t) || len(t) <= 6 && table.ColumnRole(strings.TrimSuffix(t, ".")) == "ref"
}

// wrapBody is where the table's lines under the header end: at a table
// already read, a line too long for a cell, more than two blank lines
// together (a blank line or two may stand between cells), or the next
// table's header. Stopping at a header keeps the work in proportion to
// the text: a page of short lines with a header every dozen ("No.",
// "Action", "Lead", two rows, then "No." again) would otherwise be cut
// into cells to its end once for each header.
func wrapBody(lines []layout.Line, raws []string, ls []int, q int) int {
	for ; q < len(ls); q++ {
		scanStep()
		if ls[q] > ls[q-1]+3 || lines[ls[q]].IsTable() || utf8.RuneCountInString(strings.TrimSpace(raws[ls[q]])) > maxWrapLine {
			break
		}
		if names, _ := wrapHeader(lines, raws, ls, q); names != nil {
			break
		}
	}
	return q
}

// scanStep counts a line a table reader's scan looks at, when a test
// sets onScanStep to count the work done; it is nil otherwise.
func scanStep() {
	if onScanStep != nil {
		onScanStep()
	}
}

var onScanStep func()

// narrowLines: most of the lines are short, as a column's are, and most
// stop short of a sentence's end, as a wrapped cell's lines do.
func narrowLines(raws []string, idx []int) bool {
	short, open := 0, 0
	for _, k := range idx {
		t := strings.TrimSpace(raws[k])
		if utf8.RuneCountInString(t) <= shortWrapLine {
			short++
		}
		if !endsSentenceText(t) {
			open++
		}
	}
	return short*100 >= len(idx)*85 && open*2 >= len(idx)
}

// wrapCells cuts the lines into cells. A blank line ends a cell. A line
// goes on with the cell above when it opens in small letters. A line opens a cell of its own when it
// starts with a number or a bullet, names a column, is a date, a status
// or a figure, or follows a line that ended a sentence or had room for its
// first word: "Parks Team" under "light its underpass" (19 characters,
// in a cell 20 wide) is the next cell, as "Parks" would have fitted. A
// line in capitals that would not have fitted goes on with the cell when
// the line after it goes on in small letters (it is inside a wrapped
// run), the line above ends in a capital that is no month's (a name the
// wrap broke: "Friends of the" over "Park") or it ends the sentence the
// line above left open; else it is the next cell, one line long ("Parks
// Team" under "resurface the towpath").
func wrapCells(raws []string, idx []int, names []string) []wrapCell {
	var cs []wrapCell
	prev := ""
	for i, k := range idx {
		t := strings.TrimSpace(raws[k])
		next := ""
		if i+1 < len(idx) && idx[i+1] == k+1 {
			next = strings.TrimSpace(raws[idx[i+1]])
		}
		n := utf8.RuneCountInString(t)
		if c := len(cs) - 1; c >= 0 && k == cs[c].last+1 && goesOn(cs[c], prev, t, next, names) {
			cs[c].text += " " + t
			cs[c].last = k
			cs[c].width = max(cs[c].width, n)
			cs[c].lines++
		} else {
			if c >= 0 && endsSentenceText(prev) {
				cs[c].stopped = true
			}
			cs = append(cs, wrapCell{text: t, first: k, last: k, width: n, lines: 1})
		}
		prev = t
	}
	return cs
}

// goesOn: line t, under prev and over next, is more of cell c.
func goesOn(c wrapCell, prev, t, next string, names []string) bool {
	switch {
	case c.lines == 1 && !dueCell(c.text) && dueCell(c.text+" "+t) && len(strings.Fields(c.text+" "+t)) <= 3:
		return true // "September" over "2026"
	case isName(c.text, names) || isName(t, names), wrapRefLine(t), cellBullet(t) != "", dateLine(t), dateLine(c.text), statusLine(t), statusLine(c.text):
		return false
	case !startsLower(t) && (figureLine(t) || c.lines == 1 && figureLine(c.text)):
		return false
	case startsLower(t):
		return true
	case endsSentenceText(prev):
		return false
	}
	first, _, _ := strings.Cut(t, " ")
	if utf8.RuneCountInString(prev)+1+utf8.RuneCountInString(first) <= c.width {
		return false // the word would have fitted above
	}
	words := strings.Fields(prev)
	last := words[len(words)-1]
	return startsLower(next) && !wrapRefLine(next) || startsUpper(last) && !dueCell(last+" 2000") || endsSentenceText(t)
}

// dateLine is a line that is only a date, a deadline's cell.
func dateLine(t string) bool {
	return len(strings.Fields(t)) <= 4 && dueCell(t)
}

// statusLine is a line that is only a status, a status column's cell:
// "On track", "Not started".
func statusLine(t string) bool {
	return len(strings.Fields(t)) <= 3 && action.IsStatus(t)
}

// figureLine is a short line of figures, a code or a count with at most
// one word ("Phase 2", "KPI 4/KPI 7", "2024/25"): a cell of its own, as
// such a cell seldom wraps.
func figureLine(t string) bool {
	f := strings.Fields(t)
	if len(f) > 3 || !strings.ContainsAny(t, "0123456789") || dueCell(t) {
		return false // (a date is a deadline's cell)
	}
	words := 0
	for _, w := range f {
		if !strings.ContainsAny(w, "0123456789") {
			words++
		}
	}
	return words <= 1
}

// isName: t is one of the header's names, or another column's name as a
// copy sets the header's later names among the first row's cells.
func isName(t string, names []string) bool {
	for _, n := range names {
		if strings.EqualFold(t, n) {
			return true
		}
	}
	return len(t) <= 40 && len(strings.Fields(t)) <= 3 && !endsSentenceText(t) && !startsLower(t) && table.ColumnRole(t) != "" && !dueCell(t)
}

// wrapRefPat opens a row with its number: "A1", "a)", "b).", "(c)",
// "D)", "1.2", "3.", "4" — alone, or before the cell's first words.
var wrapRefPat = lazyre.New(`^(\(?[a-zA-Z]\)\.?|\([ivx]{1,4}\)|\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[A-Z]{1,2} ?\d{1,2}(?:\.\d{1,2})?\.?)(?:\s+(\S.*))?$`)

// wrapRefLine: t opens with a row's number.
func wrapRefLine(t string) bool {
	ref, _ := wrapRef(t)
	return ref != ""
}

// wrapRef is a cell's number and the text after it, or "". A number of
// bare digits must stand alone: "2 new posts" is a wrapped line's figure.
func wrapRef(t string) (ref, rest string) {
	m := wrapRefPat.FindStringSubmatch(t)
	if m == nil || m[2] != "" && strings.Trim(m[1], "0123456789") == "" {
		return "", ""
	}
	return m[1], m[2]
}

// opensList: a number that is the first of its list ("a)", "A)", "1.1",
// "M1").
func opensList(ref string) bool {
	return firstRef(strings.ToLower(strings.TrimRight(ref, ".")))
}

// numberedWrapRows reads the rows by their numbers: each cell opening
// with the number after the last row's starts a row, its text (or, the
// number alone, the next cell's) what is done. A list numbered inside
// another (1.1, then a), b), …, then 1.2 and A)) makes the outer numbers
// headings over the rows under them. Cells after a row's action that end
// a sentence and go on at the same width are more of it: the copy broke
// one cell at its sentences. The other cells are left out, as which
// column each is in cannot be told.
func numberedWrapRows(cs []wrapCell, names []string) ([]string, []wrapRow, int, bool) {
	var found []wrapNumber
	group, row := "", ""
	for c, cell := range cs {
		ref, rest := wrapRef(cell.text)
		if ref == "" {
			continue
		}
		switch {
		case row != "" && numeral.Follows(row, ref):
			row = ref
		case group != "" && numeral.Follows(group, ref):
			group, row = ref, ""
			found = append(found, wrapNumber{c, ref, rest, true})
			continue
		case row == "" && opensList(ref):
			row = ref
		case group == "" && len(found) == 1 && opensList(ref):
			// The one number before is the heading over a list inside it.
			found[0].group = true
			group, row = found[0].ref, ref
		default:
			continue
		}
		found = append(found, wrapNumber{c, ref, rest, false})
	}
	var rows []int // the cells that open rows
	grouped := false
	for _, f := range found {
		if f.group {
			grouped = true
		} else {
			rows = append(rows, f.c)
		}
	}
	if len(rows) < 2 {
		return nil, nil, 0, false
	}
	head, act, ok := numberedHead(cs[:rows[1]], names, grouped)
	if !ok {
		return nil, nil, 0, false
	}
	wrapped := false
	var out []wrapRow
	// For each row in out that is a heading: its number's cell, the cell
	// of the next number, and its text; from is -1 for a row.
	type heading struct {
		from, next int
		text       string
	}
	var heads []heading
	aim := "" // the heading's text, in the header's objective column
	used := 0 // the cells the rows take
	for i, f := range found {
		next := len(cs)
		if i+1 < len(found) {
			next = found[i+1].c
		}
		if f.group {
			// The heading's cells, up to the first row under it.
			text := f.text
			for c := f.c + 1; c < next; c++ {
				text = strings.TrimSpace(text + " " + cs[c].text)
			}
			if act == 2 {
				aim = text
				continue
			}
			heads = append(heads, heading{f.c, next, f.text})
			out = append(out, wrapRow{parts: []string{text}, line: cs[f.c].first})
			continue
		}
		text, c := f.text, f.c
		if text == "" && c+1 < next {
			c++ // the number alone: what is done is the next cell
			text = cs[c].text
		}
		wrapped = wrapped || cs[c].lines > 1
		for cs[c].stopped && c+1 < next && sameWidth(cs[c], cs[c+1]) && cs[c+1].lines > 1 {
			c++
			text += " " + cs[c].text // the cell's next sentence
		}
		parts := make([]string, len(head))
		parts[0], parts[act] = strings.TrimRight(f.ref, "."), text
		if act == 2 {
			parts[1] = aim
		}
		out = append(out, wrapRow{parts: parts, line: cs[f.c].first})
		heads = append(heads, heading{from: -1})
		used = c + 1
	}
	if !wrapped {
		return nil, nil, 0, false // cells a line each: the cell-a-line readers' tables
	}
	// The table ends after the last row's cells, or as many as the longest
	// row before it took. A heading at or after that end heads no row: it
	// and the cells after it are the text after the table ("3" then "Any
	// other business" under the last row stays text, not a bold row).
	used = max(used, lastCells(rows, len(cs)))
	kept := out[:0]
	for k, r := range out {
		if h := heads[k]; h.from >= used {
			continue
		} else if h.from >= 0 && h.next > used {
			// The heading's cells up to the table's end.
			text := h.text
			for c := h.from + 1; c < used; c++ {
				text = strings.TrimSpace(text + " " + cs[c].text)
			}
			r.parts = []string{text}
		}
		kept = append(kept, r)
	}
	return head, kept, used, true
}

// lastCells is where the table's last row ends, rows being the cells
// that open its rows: it takes as many cells as the longest row before
// it, or what is left, so that the text after the table stays text.
func lastCells(rows []int, n int) int {
	span := 1
	for i := 1; i < len(rows); i++ {
		span = max(span, rows[i]-rows[i-1])
	}
	return min(n, rows[len(rows)-1]+span)
}

// numberedHead is the header a numbered table's rows are set under: its
// numbers' column, its objective's when the rows are grouped under
// numbered headings and the header names one, its action's, and the
// header's other columns — with those names a copy set among the first
// row's cells (a header whose names wrap to different heights is read
// out so), up to the second row's number — when they name a table of
// actions. It gives the header and its action's column.
func numberedHead(cs []wrapCell, names []string, grouped bool) ([]string, int, bool) {
	all := slices.Clone(names)
	for _, c := range cs {
		if c.lines == 1 && isName(c.text, names) && !slices.Contains(all, c.text) {
			all = append(all, c.text)
		}
	}
	ref, action, objective := "", "", ""
	var others []string
	for _, n := range all {
		switch table.ColumnRole(n) {
		case "ref":
			ref = n
		case "action":
			action = n // the last: "Action" may span "No." and "Description"
		case "objective":
			objective = n
		case "", "theme":
		default:
			if len(others) < 5 { // a header has up to eight names
				others = append(others, n)
			}
		}
	}
	head := []string{ref, action}
	switch {
	case action == "":
		head[1] = objective
	case grouped && objective != "":
		head = []string{ref, objective, action}
	}
	head = append(head, others...)
	_, at, ok := table.HeaderCells(head)
	return head, at, ok && at == len(head)-len(others)-1
}

// wrapNumber is a cell opening with a number: the cell, its number, the
// text after it, and whether it numbers a heading over rows.
type wrapNumber struct {
	c     int
	ref   string
	text  string
	group bool
}

// sameWidth: two cells wrapped at about the same width, as one column's
// are.
func sameWidth(a, b wrapCell) bool {
	return abs(a.width-b.width) <= 2
}

// hasRole: one of the names names a column of that role.
func hasRole(names []string, role string) bool {
	for _, n := range names {
		if table.ColumnRole(n) == role {
			return true
		}
	}
	return false
}

// widthWrapRows reads unnumbered rows by the width their lines wrap at:
// the columns of a table printed across a page differ in width, and a
// wrapped cell's lines come up to its column's. Where the header's first
// column holds what is done, its cells are those as narrow as the first
// cell under the header, when the cells fall into two widths far apart
// (two cells' longest lines split by the widest gap); a date after them
// is the deadline of those before it that have none, in turn. A cell of
// a few words before another of its column is that one's title. A cell
// of names only ("Parks Team", "Clerk and Chair") or a status opens no
// row, however narrow (a one-line cell may sit in any column), and is
// left out: which row it is for cannot be told. Where only the
// first column wraps, the others naming who, when or a status, every
// cell but those is what a row does.
func widthWrapRows(cs []wrapCell, names []string) ([]string, []wrapRow, int, bool) {
	_, act, ok := table.HeaderCells(names)
	if !ok || act != 0 {
		return nil, nil, 0, false
	}
	var content []int
	var widths []int
	wrapped := 0
	for c, cell := range cs {
		if isName(cell.text, names) || dateLine(cell.text) || cell.lines == 1 && figureLine(cell.text) {
			continue
		}
		content = append(content, c)
		if cell.lines > 1 {
			wrapped++
		}
		if cell.lines > 2 {
			widths = append(widths, cell.width) // (two lines may stop well short of the column's width)
		}
	}
	if len(content) == 0 {
		return nil, nil, 0, false
	}
	slices.Sort(widths)
	gap, cut := 0, 0
	for i := 1; i < len(widths); i++ {
		if d := widths[i] - widths[i-1]; d > gap {
			gap, cut = d, widths[i-1] // the narrower column's widest line
		}
	}
	narrow := cs[content[0]].width <= cut
	inColumn := func(c wrapCell) bool { return (c.width <= cut) == narrow }
	titled := true // a short cell may be a title over the next
	switch {
	case len(widths) >= 4 && gap >= 5:
	case wrapped >= 2 && shortColumns(names[1:]):
		// Only what is done wraps, the other columns' cells being a
		// name, a date or a status each: every other cell is an
		// action's, a short one too.
		inColumn = func(wrapCell) bool { return true }
		titled = false
	default:
		return nil, nil, 0, false
	}
	due := -1
	for i, n := range names {
		if table.ColumnRole(n) == "due" {
			due = i
			break
		}
	}
	var out []wrapRow
	group := 0 // the first row of those the next dates are the deadlines of
	var dates []string
	// settle hands the dates after a group of rows to them: in turn when
	// there are as many or more, else to the last of them.
	settle := func() {
		if due >= 0 && len(dates) > 0 {
			rows := out[group:]
			if len(dates) < len(rows) {
				rows = rows[len(rows)-len(dates):]
			}
			for i := range rows {
				if i < len(dates) {
					rows[i].parts[due] = dates[i]
				}
			}
		}
		group, dates = len(out), nil
	}
	title := ""
	var starts []int // the cells that open rows
	closed := 0      // the rows followed by a cell of another column
	for k, c := range cs {
		switch {
		case isName(c.text, names), c.lines == 1 && figureLine(c.text):
			// a column's name; a figure, or a page's number
		case dateLine(c.text):
			dates = append(dates, c.text)
			closed = len(out)
		case inColumn(c):
			if titled && k+1 < len(cs) && len(strings.Fields(c.text)) <= 3 && inColumn(cs[k+1]) && !dateLine(cs[k+1].text) && !isName(cs[k+1].text, names) {
				title += c.text + " "
				continue
			}
			if ownerLike(c.text) || statusLine(c.text) {
				closed = len(out)
				continue // who, or a status ("On track")
			}
			if len(dates) > 0 {
				settle()
			}
			parts := make([]string, len(names))
			parts[0] = title + c.text
			title = ""
			out = append(out, wrapRow{parts: parts, line: c.first})
			starts = append(starts, k)
		default:
			closed = len(out)
		}
	}
	// The last rows with no cell of another column after them are the
	// text after the table.
	out, starts = out[:closed], starts[:closed]
	settle()
	if len(out) < 2 {
		return nil, nil, 0, false
	}
	return names, out, lastCells(starts, len(cs)), true
}

// shortColumns: the names are of columns whose cells are short — who
// leads, a date, a status — and one of them is who or when.
func shortColumns(names []string) bool {
	lead := false
	for _, n := range names {
		switch table.ColumnRole(n) {
		case "owner", "due":
			lead = true
		case "status":
		default:
			return false
		}
	}
	return lead
}

// ownerLike is a cell of names only, its words each opening with a
// capital but for the few that join names ("Head of Parks and Open
// Spaces").
func ownerLike(t string) bool {
	for _, w := range strings.Fields(t) {
		if !ownerWord(w) {
			return false
		}
	}
	return true
}
