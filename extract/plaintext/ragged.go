package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/numeral"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// A copy that sets a table's cells apart with " / " keeps the line breaks
// inside the cells, so a row runs on over several lines, and nothing marks
// where one row ends and the next begins: after a line break a cell goes
// on as readily as a new row starts. Nor need a row hold every cell: the
// copy leaves out the cell merged down beside several rows (the rows under
// the first start a cell further right) and often the empty ones.
//
// The rows' numbers tell them apart. The first row shows in which cell
// each series of numbers stands ("Housing for all / 1.1 Ensure … / …": the
// rows' numbers in the second cell), and a line that opens with the next
// number of a series starts a row there ("1.2 Review …" starts in the
// second column, the first left to the merged cell above it).

// raggedRow is one row of such a table: its lines, its cells and the
// column its first cell stands in.
type raggedRow struct {
	first, end int
	cells      []string
	// updates are the updates labelled as such inside each cell
	// ("Update – …"), taken out of it.
	updates []string
	col     int
	// marker is the row's number and at the cell that holds it; "" and 0
	// for a row with no number, -1 for a heading above the rows.
	marker string
	at     int
	// listed is a row without numbers whose last cell, a list, ended it;
	// cut a last row with nothing to do.
	listed, cut bool
}

// raggedRows reads the table whose header is line i, maybe wrapped over
// the line after it ("Action / Lead / Time scale" over "(if applicable)
// / Costs / Evidence /"), when its rows run over several lines. Short
// lines with no separator before the first row head the rows under them.
// The table ends at a blank line. It reads the table only when two or
// more rows start as above (raggedStarts) and one of them takes more than
// a line, and gives the end of the lines read.
func raggedRows(lines []layout.Line, raws []string, i int, sep string, tables *int, cells *limit.Counter) (int, bool, error) {
	names, roles, src, body := raggedHeader(lines, raws, i, sep)
	if names == nil {
		return i, false, nil
	}
	end := body
	for end < len(src) && strings.TrimSpace(src[end]) != "" && !lines[end].IsTable() {
		end++
	}
	first := body
	for first < end && !strings.Contains(src[first], sep) {
		if len(strings.Fields(src[first])) > maxHeadingWords {
			return i, false, nil
		}
		first++
	}
	if first == end {
		return i, false, nil
	}
	rows := raggedStarts(src, first, end, sep)
	broken := false
	for _, r := range rows {
		broken = broken || r.end > r.first+1
	}
	if len(rows) < 2 || !broken {
		return i, false, nil // a row a line: sepTables reads it
	}
	for n := range rows {
		r := &rows[n]
		if r.first == i && r.end == i+1 {
			return i, false, nil // a row on the header's line alone: no line to hold it
		}
		r.cells, r.updates = streamCells(src[r.first:r.end], sep)
		if r.marker != "" {
			r.marker, r.cells[r.at] = markerOf(r.cells[r.at])
		}
	}
	var heads []raggedRow
	for k := body; k < first; k++ {
		heads = append(heads, raggedRow{first: k, end: k + 1, cells: []string{clean.Text(src[k])}, at: -1})
	}

	// A header with more names than any row has cells may have set one
	// name apart with the separator the copy sets cells apart with ("Lead
	// Officer / Agency"): two names side by side of one field are one.
	widest := 0
	for _, r := range rows {
		widest = max(widest, r.col+len(r.cells))
	}
	for len(names) > widest {
		c := 1
		for c < len(names) && (roles[c] == "" || roles[c] == "ref" || roles[c] != roles[c-1]) {
			c++
		}
		if c == len(names) {
			break
		}
		names = append(append(names[:c-1:c-1], names[c-1]+" "+sep+" "+names[c]), names[c+1:]...)
		roles = append(roles[:c:c], roles[c+1:]...)
		for k := range rows {
			if rows[k].col >= c {
				rows[k].col--
			}
		}
	}
	// Rows with no number whose cells end with the row (a list of leads
	// closes them) left out the cells merged down on their left: they are
	// taken from the right. The last, cut short where the text ends,
	// starts where the one above it did.
	for k := range rows {
		switch r := &rows[k]; {
		case r.marker != "" || k == 0:
		case r.listed:
			r.col = max(0, len(names)-len(r.cells))
		default:
			r.col = rows[k-1].col
		}
	}

	// col is the first column the header names role, -1 if none.
	col := func(role string) int {
		for c, r := range roles {
			if r == role {
				return c
			}
		}
		return -1
	}

	// A last row cut short where the paper ends, before its action
	// ("1.6 Ensure fair access" and no more), says nothing to do.
	actionCol := col("action")
	if actionCol < 0 {
		actionCol = len(roles)
	}
	if r := &rows[len(rows)-1]; r.col+len(r.cells) <= actionCol && blankFrom(raws, r.end) {
		r.cut = true
	}

	// The rows' numbers go in the number column; a header with none gets
	// one, blank, before its first, when the rows have numbers.
	refCol, shift := col("ref"), 0
	if refCol < 0 && rows[0].marker != "" {
		names = append([]string{""}, names...)
		refCol, shift = 0, 1
	}
	// Updates the rows give in a cell of another column ("Update – the
	// strategy was launched …" under the action) go in the progress
	// column, which the header is given when it has none.
	progressCol := col("progress")
	if progressCol >= 0 {
		progressCol += shift
	}
	for _, r := range rows {
		if label := firstUpdate(r.updates); label != "" && progressCol < 0 {
			names = append(names, label)
			progressCol = len(names) - 1
		}
	}
	width := len(names)
	dueCol := col("due")
	if dueCol >= 0 {
		dueCol += shift
	}
	*tables++
	if err := cells.Add(width * (len(rows) + len(heads) + 1)); err != nil {
		return i, false, err
	}
	lines[i] = tableRow(names, lines[i].Page, *tables, false)
	for k := i + 1; k < body; k++ {
		lines[k] = layout.Line{Page: lines[k].Page} // the header's wrapped line
	}
	for _, r := range heads {
		texts := make([]string, width)
		texts[0] = r.cells[0]
		lines[r.first] = tableRow(texts, lines[r.first].Page, *tables, true)
		lines[r.first].Cells[0].Span = width // a heading across the table
	}
	for _, r := range rows {
		for k := max(r.first, i+1); k < r.end; k++ {
			lines[k] = layout.Line{Page: lines[k].Page} // a line the row's first took in
		}
		if r.cut {
			continue
		}
		texts := make([]string, width)
		from := r.col + shift
		for k, c := range r.cells {
			if col := from + k; k > r.at && col < dueCol && dateCell(c) && dueCol+len(r.cells)-k <= width {
				// Cells left out before a date: the date goes under
				// the deadline, and the cells after it follow it.
				from += dueCol - col
				if who, was := dueCol-1, col-1; k-1 > r.at && was-shift >= 0 && who > was && roles[who-shift] == "owner" && !whatRole[roles[was-shift]] && whoCell(r.cells[k-1]) {
					// "… / Kim Lee & Sam Roe / May 2026" under "… /
					// Measures / Lead / Due": the names beside the date
					// are the lead's, the cell left out the one before.
					texts[who], texts[col-1] = r.cells[k-1], ""
				}
			}
			if col := from + k; col < width {
				texts[col] = c
			}
		}
		for _, u := range r.updates {
			if u != "" && progressCol >= 0 {
				texts[progressCol] = clean.Join(texts[progressCol], u)
			}
		}
		if r.marker != "" {
			if col := r.col + r.at + shift; texts[refCol] == "" {
				texts[refCol] = r.marker
			} else if col < width {
				texts[col] = strings.TrimSpace(r.marker + " " + texts[col]) // the number column holds another's
			}
		}
		at := max(r.first, i+1) // (the first row may start on the header's line)
		lines[at] = tableRow(texts, lines[at].Page, *tables, true)
		for c := shift; c < r.col+shift; c++ {
			if c != refCol && texts[c] == "" {
				lines[at].Cells[c].Spanned = true // the cell merged down from the row above
			}
		}
	}
	return end, true, nil
}

// raggedHeader reads the header of a table of ragged rows at line i: its
// names, what each names, the text of the lines with the header's taken
// out, and the line its rows start at. A header whose last name ran on into
// the first row's text, the line break between them lost ("… / Lead
// OfficerWe will …"), ends at the small letter before the capital; the
// rest of its line starts the rows. names is nil when line i heads no
// table of actions.
func raggedHeader(lines []layout.Line, raws []string, i int, sep string) (names, roles, src []string, body int) {
	split := func(s string) []string { return sepCells(s, sep) }
	src, body = raws, i+1
	names = split(raws[i])
	roles, ok := table.HeaderRoles(names)
	for k := 2; k < len(names) && !ok; k++ {
		if m := gluedName.FindStringIndex(names[k]); m != nil {
			src = append([]string(nil), raws...)
			src[i] = strings.Join(append([]string{names[k][m[1]-1:]}, names[k+1:]...), sep)
			names, body = append(names[:k:k], names[k][:m[1]-1]), i
			roles, ok = table.HeaderRoles(names)
			break
		}
	}
	if body == i+1 && body < len(raws) && strings.Contains(raws[body], sep) && !lines[body].IsTable() {
		// The header's last name wrapped onto the next line, and the
		// names after it follow there: the joined line names more columns.
		next := split(raws[body])
		joined := append(append([]string{}, names[:len(names)-1]...), names[len(names)-1]+" "+next[0])
		joined = append(joined, next[1:]...)
		if r, ok2 := table.HeaderRoles(joined); ok2 && (!ok || named(r) > named(roles)) {
			names, roles, ok, body = joined, r, true, body+1
		}
	}
	if !ok {
		return nil, nil, nil, 0
	}
	return names, roles, src, body
}

// gluedName is where a column's name ran into the text after it: a small
// letter, then a capital, within the first few words.
var gluedName = lazyre.New(`^(?:\S+ ){0,3}\S*?[a-z][A-Z]`)

// raggedStarts finds where the rows start, from line first to end, and
// the column each starts in. Where the first row holds numbers ("Housing
// for all / 1.1 Ensure … / …"), each series of numbers stands in the cell
// it does there, and a line that opens with the next number of a series
// starts a row in that column ("1.2 Review …" starts in the second
// column, the first left to the merged cell above it). A line set in
// further than the first row's is a list's point inside a cell.
//
// Where the rows have no numbers, a row ends with a cell that is a list
// ("/" over "- Housing officer" "- Police"): the first line after the list
// that is not a point of it starts the next row.
func raggedStarts(src []string, first, end int, sep string) []raggedRow {
	split := func(s string) []string { return sepCells(s, sep) }
	anchor, last := map[string]int{}, map[string]string{}
	rows := []raggedRow{{first: first}}
	for k, c := range split(src[first]) {
		if m, _ := markerOf(c); m != "" {
			if _, seen := anchor[markerShape(m)]; !seen {
				anchor[markerShape(m)], last[markerShape(m)] = k, m
				if rows[0].marker == "" {
					rows[0].marker, rows[0].at = m, k
				}
			}
		}
	}
	if len(anchor) == 0 {
		return listedStarts(src, first, end, sep)
	}
	for k := first + 1; k < end; k++ {
		if indent(src[k]) > indent(src[first]) {
			continue // a list's point inside a cell ("  2. Publish …")
		}
		parts := split(src[k])
		m, _ := markerOf(parts[0])
		sh := markerShape(m)
		a, ok := anchor[sh]
		if m == "" || !ok || !numeral.Follows(last[sh], m) {
			continue
		}
		rows = append(rows, raggedRow{first: k, col: a, marker: m})
		last[sh] = m
		// The row's own numbers of the series right of it go on from it
		// ("2 / … / (2a) …" after "(1c)").
		for n, c := range parts[1:] {
			if m2, _ := markerOf(c); m2 != "" && anchor[markerShape(m2)] == a+n+1 {
				last[markerShape(m2)] = m2
			}
		}
	}
	for n := range rows {
		rows[n].end = end
		if n+1 < len(rows) {
			rows[n].end = rows[n+1].first
		}
	}
	return rows
}

// listedStarts is raggedStarts for rows with no numbers.
func listedStarts(src []string, first, end int, sep string) []raggedRow {
	trim := strings.TrimSpace(sep)
	rows := []raggedRow{{first: first}}
	inList := false // the row's last cell is a list so far
	open := false   // the line before left its last cell open
	for k := first; k < end; k++ {
		t := strings.TrimSpace(src[k])
		point := listPoint.MatchString(t)
		if k > first && inList && !point && open {
			rows[len(rows)-1].end, rows[len(rows)-1].listed = k, true
			rows = append(rows, raggedRow{first: k})
			inList = false
		}
		switch {
		case t == trim || strings.HasSuffix(t, " "+trim):
			inList, open = false, false
		case point:
			inList = inList || !open // a list opening a cell
			inList = inList && !strings.Contains(t, sep)
			open = true
		default:
			inList, open = false, true
		}
	}
	rows[len(rows)-1].end = end
	return rows
}

// sepCells splits a line at sep, a trailing separator opening no cell.
func sepCells(s, sep string) []string {
	parts := strings.Split(strings.TrimRight(strings.TrimSpace(s), " "+strings.TrimSpace(sep)), sep)
	for k := range parts {
		parts[k] = strings.TrimSpace(parts[k])
	}
	return parts
}

// maxHeadingWords bounds a heading between a table's header and its rows.
const maxHeadingWords = 12

// named counts the columns a header's roles name.
func named(roles []string) int {
	n := 0
	for _, r := range roles {
		if r != "" {
			n++
		}
	}
	return n
}

// streamCells splits a row's lines into its cells: each line's text is cut
// at the separator, and the first piece of a line goes on with the last
// cell of the line before, unless that line ended with the separator (or
// this one opens with it). A cell's lines that are points of a list ("-
// Lead officer") are joined with semicolons, so that each stays an entry
// of its own. A line of a cell after its first that opens with a label
// naming progress ("Update – …", "Progress:") starts the cell's update,
// given apart from it to its end. A date the separator cut ("June / July
// 2013") is one cell.
func streamCells(raws []string, sep string) (cells, updates []string) {
	trim := strings.TrimSpace(sep)
	var cellLines [][]string
	open := false
	for _, raw := range raws {
		t := strings.TrimSpace(raw)
		closed := t == trim || strings.HasSuffix(t, " "+trim)
		if closed {
			t = strings.TrimSpace(strings.TrimSuffix(t, trim))
		}
		if strings.HasPrefix(t, trim+" ") {
			t, open = strings.TrimSpace(t[len(trim):]), false // the line opens a cell
		}
		parts := strings.Split(t, sep)
		if open && len(cellLines) > 0 {
			if parts[0] != "" {
				cellLines[len(cellLines)-1] = append(cellLines[len(cellLines)-1], parts[0])
			}
			parts = parts[1:]
		}
		for _, p := range parts {
			cellLines = append(cellLines, []string{p})
		}
		open = !closed
	}
	join := func(ls []string) string {
		text := ""
		for n, l := range ls {
			l = strings.TrimSpace(l)
			if m := listPoint.FindString(l); m != "" {
				l = l[len(m):]
				if n > 0 {
					text = strings.TrimRight(text, " ;") + "; " + l
					continue
				}
			}
			text = clean.Join(text, l)
		}
		return clean.Text(text)
	}
	for _, ls := range cellLines {
		n := 1
		for n < len(ls) && !updateLine(ls[n]) {
			n++
		}
		cells, updates = append(cells, join(ls[:n])), append(updates, join(ls[n:]))
	}
	for k := 0; k+1 < len(cells); k++ {
		if monthAlone.MatchString(cells[k]) && monthNamed.MatchString(cells[k+1]) && action.NormalizeDue(cells[k+1]) != "" {
			cells[k] += " / " + cells[k+1]
			cells = append(cells[:k+1], cells[k+2:]...)
			updates = append(updates[:k+1], updates[k+2:]...)
		}
	}
	return cells, updates
}

// updateLabel is a word or two labelling what follows: "Update –",
// "Progress:", "Update (July 2013)".
var updateLabel = lazyre.New(`^([A-Z][a-z]+(?: [a-z]+)?)\s*(?:[–—:-]|\()`)

// updateLine is a line that opens with a label a progress column is named
// by.
func updateLine(l string) bool {
	m := updateLabel.FindStringSubmatch(strings.TrimSpace(l))
	return m != nil && table.ColumnRole(m[1]) == "progress"
}

// firstUpdate is the label of the first update in updates, "" if none.
func firstUpdate(updates []string) string {
	for _, u := range updates {
		if m := updateLabel.FindStringSubmatch(u); m != nil {
			return m[1]
		}
	}
	return ""
}

// listPoint is a list's point mark opening a line in a cell.
var listPoint = lazyre.New(`^[-–o` + layout.Bullets + `]\s+`)

// markerLead is a row's number opening a cell, before the text in a
// capital ("1.2 Review …", "PA 3.Develop …", "(1b) Weekly …"); markerCell
// a cell that is only a number.
var (
	markerLead = lazyre.New(`^(\(?(?:[A-Z]{1,3} ?)?\d{1,2}(?:\.\d{1,2})*[a-z]?\)?)(?:[.:]?\s+|[.:])\S`)
	markerCell = lazyre.New(`^(\(?(?:[A-Z]{1,3} ?)?\d{1,2}(?:\.\d{1,2})*[a-z]?\)?)[.:]?$`)
	monthNamed = lazyre.New(`(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`)
)

// markerOf gives the row number a cell opens with, and the cell's text
// after it; "" and the cell when it has none. A day's number before its
// month ("1 April 2014 …") is no row's.
func markerOf(cell string) (string, string) {
	if m := markerCell.FindStringSubmatch(cell); m != nil {
		return m[1], ""
	}
	m := markerLead.FindStringSubmatch(cell)
	if m == nil || strings.Count(m[1], "(") != strings.Count(m[1], ")") {
		return "", cell
	}
	rest := strings.TrimLeft(cell[len(m[0])-1:], " .:")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || monthNamed.MatchString(rest) {
		return "", cell
	}
	return m[1], rest
}

// markerShape is a number's form: its digits as 9 and its small letter as
// a, its capitals and marks kept ("PA 9", "9.9", "(9a)").
func markerShape(m string) string {
	var b strings.Builder
	digit := false
	for _, r := range m {
		switch {
		case unicode.IsDigit(r):
			if !digit {
				b.WriteByte('9')
			}
		case unicode.IsLower(r):
			b.WriteByte('a')
		default:
			b.WriteRune(r)
		}
		digit = unicode.IsDigit(r)
	}
	return b.String()
}

// monthAlone is a month's name and nothing else.
var monthAlone = lazyre.New(`(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$`)

// indent is how far a line is set in.
func indent(raw string) int { return len(raw) - len(strings.TrimLeft(raw, " \t")) }

// dateCell is a cell that gives a date and little else ("March 2014",
// "Sept 2014 / Oct 2015"), no sentence.
func dateCell(c string) bool {
	return c != "" && len(c) <= 60 && !strings.HasSuffix(c, ".") && action.NormalizeDue(c) != ""
}

// whatRole names the columns that say what is done, whose cell is never
// a lead's.
var whatRole = map[string]bool{"ref": true, "action": true, "objective": true}

// whoCell reads as names of who acts, not a sentence: a few words, each
// capitalised or one that joins names (ownerLike), with no full stop,
// and naming more than one, joined ("Kim Lee & Sam Roe", "Parks and
// Police"). One run of capitals alone ("Resident Survey Results") may as
// well be a measure's cell as a lead's, so it stays where it is.
func whoCell(c string) bool {
	ws := strings.Fields(c)
	if len(ws) < 3 || len(ws) > 12 || strings.Contains(c, ".") || !startsUpper(ws[0]) || !ownerLike(c) {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if w == "&" || w == "and" || w == "/" {
			return true // a name on each side: the last word is one
		}
	}
	return false
}

// blankFrom is whether nothing but blank lines follows line i.
func blankFrom(raws []string, i int) bool {
	for ; i < len(raws); i++ {
		if strings.TrimSpace(raws[i]) != "" {
			return false
		}
	}
	return true
}
