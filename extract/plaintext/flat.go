package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// flatTables reads a table a copy flattened to one line a row, its cells
// run together with single spaces, so that where one cell ends cannot be
// told: a header line whose every word names a column ("Action
// Responsibility") over three or more such lines. Each row is kept whole
// in the first column; a line of three words or fewer ("Year one") is the
// heading of the rows under it. The rows end at a sentence of prose or a
// lead-in. Lines that go on from each other in small letters are text
// wrapped at a width, not rows (carriedOn), and make no table; where a
// few do, each is the row above it wrapped, and joins it.
//
// A web page's copy may end each cell with a pipe and leave out the empty
// ones, so that a row whose later cells are blank is one line ending in a
// pipe under a header "Action | Partners |": there each such line is a
// row, the header repeated is dropped, and a line with no pipe between
// them ("Priority 2: Accommodation") heads the rows under it.
func flatTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	wrap := layout.WrapWidth(layout.Doc{Lines: lines}) // the width the text was wrapped to, if it was
	for i := 0; i < len(raws); i++ {
		names, piped := headerNames(raws[i])
		t := strings.Join(names, " ")
		if lines[i].IsTable() || piped && (len(t) > 60 || !table.HeaderLine(t)) {
			continue
		}
		if !piped {
			var ok bool
			if names, ok = table.FlatHeader(t); !ok {
				continue
			}
		}
		if !piped && len(bulletPoint(pieces(raws[i]))) >= minAnchorCells {
			continue // its names set apart by runs of spaces: a spaced table, whose lines wrap
		}
		width := len(names)
		roles, _ := table.FlatRoles(names)
		rows, j := rowsUnder(lines, i, func(k int, t string) bool {
			if !piped && cellBullet(t) != "" {
				return false // a row's point (rowPoint), however long
			}
			if strings.HasSuffix(t, ":") || strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 15 {
				return true
			}
			// prose after the rows, or another table
			return piped && !cellEnd(raws[k]) && strings.TrimSpace(raws[k]) != strings.TrimSpace(raws[i]) && (strings.Contains(t, "|") || len(strings.Fields(t)) > 8)
		})
		if len(rows) < 3 || carriedOn(raws, rows) {
			continue
		}
		if err := countTable(tables, cells, width, rows); err != nil {
			return err
		}
		lines[i] = tableRow(names, lines[i].Page, *tables, false)
		again := func(k int) bool { return strings.TrimSpace(raws[k]) == strings.TrimSpace(raws[i]) }
		repeated := repeatedEnds(raws, rows)
		host, hostParts := -1, []string(nil) // the row the bulleted lines under it are points of
		joined := map[int]bool{}             // lines a row above took in
		for n, k := range rows {
			if joined[k] {
				continue
			}
			if again(k) {
				lines[k] = layout.Line{Page: lines[k].Page} // the header again
				host = -1
				continue
			}
			if point := cellBullet(strings.TrimSpace(raws[k])); !piped && point != "" && host >= 0 {
				// A row's points, bulleted under it ("1. Cut the
				// waste sent to landfill" over "• Collect food
				// waste from every home"): the words of its cell,
				// not rows of their own.
				hostParts[0] += " " + point
				lines[host] = tableRow(hostParts, lines[host].Page, *tables, true)
				lines[k] = layout.Line{Page: lines[k].Page}
				continue
			}
			parts := make([]string, width)
			parts[0] = strings.TrimSuffix(strings.TrimSpace(raws[k]), "|")
			// A line going on in small letters is the row above wrapped
			// at the page's width ("… contact with empty" over
			// "property owners and the public Empty Homes Officer May
			// 2026"), not a row: the row takes it in before its cells
			// are cut.
			// A short line under a row that is whole (cut into all its
			// columns, its date last) is no tail of it but the heading
			// of the rows under it.
			cuts := func(s string) bool { _, ok := cutFlat(s, roles, repeated); return ok }
			next := n + 1 // the row after this one and the lines it takes in
			for ; !piped && next < len(rows) && (startsLower(strings.TrimSpace(raws[rows[next]])) || wrappedTail(raws, rows, next, wrap) && !again(rows[next]) && !cuts(parts[0])); next++ {
				parts[0] += " " + strings.TrimSpace(raws[rows[next]])
				joined[rows[next]] = true
				lines[rows[next]] = layout.Line{Page: lines[rows[next]].Page}
			}
			// A line over the header again heads the rows under it
			// ("2. Members of the public can report …" over "Actions
			// Lead Timescales"), wrapped or not: a heading that goes on
			// onto a line of its own ("3. Owners are helped to bring" /
			// "homes back into use") is over the header still.
			// (A row wrapped onto lines of its own before the header comes
			// again is a row still when it cuts into its columns.)
			head := len(strings.Fields(raws[k])) <= 3 || piped && !cellEnd(raws[k]) || next < len(rows) && again(rows[next]) && (next == n+1 || !cuts(parts[0]))
			if cut, ok := cutFlat(parts[0], roles, repeated); ok && !head {
				parts = cut
			}
			lines[k] = tableRow(parts, lines[k].Page, *tables, !head)
			// ("Year one": the heading of the rows under it, as a plan
			// sets its themes in bold.)
			lines[k].Bold = head
			host, hostParts = -1, nil
			if !head && cellBullet(strings.TrimSpace(raws[k])) == "" {
				host, hostParts = k, parts
			}
		}
		i = j - 1
	}
	return nil
}

// wrappedTail: the row line m is the end of the row above broken at the
// width the text was wrapped to ("… Empty Homes Officer/IT" over "Manager
// June 2027"), not a heading of the rows under it, which a line of a few
// words would be: it comes straight under that row, no blank line
// between, and its first word would not have fitted on the row's line
// (in text wrapped to a width one can tell).
func wrappedTail(raws []string, rows []int, m, wrap int) bool {
	t := strings.TrimSpace(raws[rows[m]])
	return wrap > 0 && m > 0 && rows[m] == rows[m-1]+1 && len(strings.Fields(t)) <= 3 && !layout.WouldFit(raws[rows[m-1]], t, wrap)
}

// carriedOn reports whether the lines under a flat header are text wrapped
// at a width rather than rows: a row run into one line opens with its
// first cell, in capitals or a number, but here a quarter or more of the
// lines go on in small letters from the line above ("… will deliver the"
// over "planned outcomes and"), a cell or a sentence broken over lines.
// Each line read as a row would be a fragment.
func carriedOn(raws []string, rows []int) bool {
	n := 0
	for _, k := range rows[1:] {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(raws[k])); unicode.IsLower(r) {
			n++
		}
	}
	return n >= 2 && 4*n >= len(rows)
}

// rowsUnder gives the lines under a flat header at line i that are its
// rows: each line with text, passing over blank lines and page furniture
// (a page's running head between two rows is not the table's end), up to
// a line of a table already read or one that ends, given its index and
// trimmed text, says is no row. j is the line the rows stop at. Both flat
// readers gather rows so; what ends them is each one's own.
func rowsUnder(lines []layout.Line, i int, ends func(k int, t string) bool) (rows []int, j int) {
	for j = i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j].Text)
		if t == "" || lines[j].Furniture {
			continue
		}
		if lines[j].IsTable() || ends(j, t) {
			break
		}
		rows = append(rows, j)
	}
	return rows, j
}

// countTable numbers a new flat table and counts its cells, header and
// rows, against the document's limit.
func countTable(tables *int, cells *limit.Counter, width int, rows []int) error {
	*tables++
	return cells.Add(width * (len(rows) + 1))
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

// cutFlat cuts a row whose cells a copy ran together ("Map customer
// reporting journey Empty Property Officer March 2021" under "Actions
// Lead Timescales") by what its later cells look like, from the end: a
// deadline is a date, a status a status's words, an owner the run of
// capitalised words of a post or a name ("Empty Property Officer/CPU
// Manager"). What is left is the action, which must keep two words or
// more; if any cell cannot be found, the row stays whole. An owner not in
// capitals, in the last column, is found when the same words end more
// rows than one (repeated, the ends the whole rows share).
func cutFlat(row string, roles []string, repeated map[string]bool) ([]string, bool) {
	if len(roles) < 2 {
		return nil, false
	}
	words := strings.Fields(row)
	cells := make([]string, len(roles))
	end := len(words)
	text := -1 // the column of free words, which the cells around it bound
	for c := len(roles) - 1; c >= 1; c-- {
		n := 0
		switch roles[c] {
		case "text":
			text = c
		case "due":
			n = trailing(words[:end], dueCell, 4)
		case "status":
			n = trailing(words[:end], action.IsStatus, 3)
		case "owner":
			for n < end-2 && ownerWord(words[end-1-n]) {
				n++
			}
			// An owner opens with a capital ("and Partners" is not one),
			// and the action cannot stop at a preposition, an article or
			// a slash ("… protocols across HR / IT Estates Officer"): the
			// owner's first words are the end of the action's, up to a
			// capital after a word an action can end with.
			for n > 0 && (leadsOn[strings.ToLower(words[end-n-1])] || !startsUpper(words[end-n])) {
				n--
			}
			if c == len(roles)-1 {
				// "School attendance team (SAT)", "SAT and SEND,
				// education leads, PRT": an owner not all in capitals, in
				// the last column, is known by being the end of more
				// rows than one.
				n = max(n, trailing(words[:end], func(s string) bool { return repeated[s] && startsUpper(s) }, 7))
				n = max(n, jointOwner(words[:end], repeated))
			}
		}
		if text >= 0 {
			break
		}
		if n == 0 {
			return nil, false
		}
		cells[c] = strings.Join(words[end-n:end], " ")
		end -= n
	}
	first, start := end, end
	if text >= 0 {
		// "Refresh the SEND JSNA 31 July 2024 LA and ICB Refreshed joint
		// evidence base …": the action ends where its date begins; after
		// the date, the owner's capitalised words, short of the one that
		// opens the free text's sentence.
		var ok bool
		if first, start, ok = leftCells(words[:end], roles[:text], cells); !ok {
			return nil, false
		}
		cells[text] = strings.Join(words[start:end], " ")
	}
	if first < 2 {
		return nil, false
	}
	cells[0] = strings.Join(words[:first], " ")
	return cells, true
}

// leftCells fills, from the left, the cells of roles after the first
// (roles[1] a date's), and gives where the first cell ends and where the
// words after the cells it filled begin.
func leftCells(words []string, roles []string, cells []string) (first, at int, ok bool) {
	p := -1
	n := 0
	for k := 2; k < len(words) && p < 0; k++ {
		for m := 1; m <= min(4, len(words)-k); m++ {
			// (The shortest: "31 July 2024", not "31 July 2024 LA".)
			if dueCell(strings.Join(words[k:k+m], " ")) {
				p, n = k, m
				break
			}
		}
	}
	if p < 0 {
		return 0, 0, false
	}
	cells[1] = strings.Join(words[p:p+n], " ")
	at = p + n
	for c := 2; c < len(roles); c++ {
		if roles[c] != "owner" {
			return 0, 0, false
		}
		m := 0
		for at+m < len(words) && ownerWord(words[at+m]) {
			m++
		}
		if m > 1 && at+m < len(words) && !startsUpper(words[at+m]) {
			m-- // "… ICB Refreshed joint evidence": the sentence's first word
		}
		if m == 0 || !startsUpper(words[at]) {
			return 0, 0, false
		}
		cells[c] = strings.Join(words[at:at+m], " ")
		at += m
	}
	return p, at, true
}

// jointOwner is how many of the last words name an owner the rows know
// (one that ends other rows, in capitals at its start) joined by "and" to
// a few more words in small letters: "… ST and two schools" where other
// rows end "… ST". The row's words before it must not stop where no
// sentence stops ("… with ST and …" keeps its owner in the action); 0
// when there is none.
func jointOwner(words []string, repeated map[string]bool) int {
	for k := 1; k <= 3; k++ {
		and := len(words) - k - 1
		if and < 3 || words[and] != "and" && words[and] != "&" {
			continue
		}
		for _, w := range words[and+1:] {
			if startsUpper(w) || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
				return 0
			}
		}
		for m := min(4, and-2); m >= 1; m-- {
			who := strings.Join(words[and-m:and], " ")
			if repeated[who] && startsUpper(who) && !openBefore[strings.ToLower(words[and-m-1])] {
				return m + 1 + k
			}
		}
	}
	return 0
}

// openBefore: words no action ends with, which an owner's name follows
// inside the action's own words ("work with", "led by").
var openBefore = map[string]bool{"and": true, "or": true, "the": true, "a": true, "an": true, "of": true, "to": true, "for": true, "with": true,
	"by": true, "in": true, "on": true, "at": true, "from": true, "between": true}

// leadsOn: words an action's cell does not end with, for what they lead
// to follows them: a preposition, an article, a slash.
var leadsOn = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "for": true, "with": true, "by": true, "in": true,
	"on": true, "at": true, "from": true, "across": true, "between": true, "into": true, "within": true, "via": true, "through": true,
	"/": true, "&": true}

// dueCell: words a deadline's cell holds, a date or "Ongoing".
func dueCell(s string) bool {
	return dateStart.MatchString(s) && (action.NormalizeDue(s) != "" || strings.EqualFold(s, "ongoing"))
}

// dateStart opens a date as a deadline cell holds it: a month, a number,
// a quarter, a season, "by", "end of", "early", "ongoing".
var dateStart = lazyre.New(`(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]\b|\d|by\b|end\b|spring|summer|autumn|winter|early|mid|late|during|within|ongoing|quarter|year|financial)`)

// trailing is how many of the last words (at most most) read, together, as
// ok wants: the longest such run.
func trailing(words []string, ok func(string) bool, most int) int {
	for n := min(most, len(words)-2); n >= 1; n-- {
		if ok(strings.Join(words[len(words)-n:], " ")) {
			return n
		}
	}
	return 0
}

// ownerWord: a word of a post's or a body's name ("Officer/CPU", "&",
// "of"), or one of them in capitals.
func ownerWord(w string) bool {
	switch w {
	case "&", "and", "of", "the", "/", "-", "–":
		return true
	}
	return startsUpper(w)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// repeatedEnds are the runs of one to seven words that end two or more of
// the rows: the values of a last column that recur ("Schools", "School
// attendance team (SAT)").
func repeatedEnds(raws []string, rows []int) map[string]bool {
	count := map[string]int{}
	for _, k := range rows {
		words := strings.Fields(strings.TrimSuffix(strings.TrimSpace(raws[k]), "|"))
		for n := 1; n <= 7 && n < len(words)-1; n++ {
			count[strings.Join(words[len(words)-n:], " ")]++
		}
	}
	out := map[string]bool{}
	for s, c := range count {
		if c >= 2 {
			out[s] = true
		}
	}
	return out
}

// numberedFlatTables reads a table a copy flattened to one line a row
// whose header names the rows' numbers first ("Ref Action Lead
// Timescale", "Reference number Aim name Aim") and whose rows each open
// with their number ("1.2 Repair the benches by the pond Parks Team June
// 2025"), three or more one under another. Where one cell ends cannot be
// told, so a row's words after its number go under the column that says
// what is done (the last to name an action, else an aim), the cells
// before it left empty; where the header's next column is a deadline's,
// the action ends where the row's first date begins, and what follows
// the date goes to the column after, and a last row with no date and no
// sentence ended, on the text's last line, was cut short where the copy
// stopped and is left out. The header's names may hold one that names no
// field ("Code requirement": its words stay in the row's).
func numberedFlatTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	for i := 0; i < len(raws); i++ {
		if lines[i].IsTable() {
			continue
		}
		names, what, ok := refFirstHeader(strings.TrimSpace(lines[i].Text))
		if !ok {
			continue
		}
		rows, j := rowsUnder(lines, i, func(_ int, t string) bool {
			return !flatRef.MatchString(t) || len(strings.Fields(t)) < 4
		})
		if len(rows) < 3 {
			continue
		}
		width := len(names)
		if err := countTable(tables, cells, width, rows); err != nil {
			return err
		}
		head := append([]string{"Ref"}, names[1:]...) // (the number's column as the table reader names it)
		lines[i] = tableRow(head, lines[i].Page, *tables, false)
		byDate := what+1 < width && table.ColumnRole(names[what+1]) == "due"
		for n, k := range rows {
			t := strings.TrimSpace(lines[k].Text)
			ref := flatRef.FindStringSubmatch(t)
			parts := make([]string, width)
			parts[0] = strings.TrimRight(ref[1], ".")
			words := strings.Fields(t[len(ref[1]):])
			parts[what] = strings.Join(words, " ")
			if byDate {
				at, m := firstDate(words)
				if at < 0 && n == len(rows)-1 && k == lastText(lines) && !strings.ContainsAny(t[len(t)-1:], ".!?)") {
					// The text's last line, no date and no sentence ended:
					// the row was cut short where the copy stopped.
					lines[k] = layout.Line{Page: lines[k].Page}
					continue
				}
				if at >= 2 {
					parts[what], parts[what+1] = strings.Join(words[:at], " "), strings.Join(words[at:at+m], " ")
					if what+2 < width {
						parts[what+2] = strings.Join(words[at+m:], " ")
					}
				}
			}
			lines[k] = tableRow(parts, lines[k].Page, *tables, true)
		}
		i = j - 1
	}
	return nil
}

// refFirstHeader reads a flat header line that names the rows' numbers
// first: its names (each opening with a capital, going on in small
// letters: "Reference number", "What we will improve"), and which of them
// says what is done. Each name but one must name a field, and one what is
// done.
//
// narrative's inlineHeader reads a header run into prose and asks the same
// of its numbers' column (table.NumbersColumn), but the rest stays apart:
// here the line is the header, so a name may run to several words and one
// name nothing; there a name is one capitalised word, small words between
// names are the sentence's, and every name must name a field.
func refFirstHeader(t string) (names []string, what int, ok bool) {
	words := strings.Fields(t)
	if len(words) < 3 || len(words) > 16 || strings.ContainsAny(t, ":;") || strings.HasSuffix(t, ".") {
		return nil, 0, false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); len(names) > 0 && !unicode.IsUpper(r) {
			names[len(names)-1] += " " + w
			continue
		}
		names = append(names, w)
	}
	if len(names) < 3 || len(names) > 8 {
		return nil, 0, false
	}
	if !table.NumbersColumn(names[0]) {
		return nil, 0, false
	}
	what, unknown := -1, 0
	for k, n := range names[1:] {
		if len(strings.Fields(n)) > 7 {
			return nil, 0, false
		}
		switch table.ColumnRole(n) {
		case "":
			unknown++
		case "action":
			what = k + 1
		case "objective":
			if what < 0 || table.ColumnRole(names[what]) != "action" {
				what = k + 1
			}
		}
	}
	return names, what, what > 0 && unknown <= 1
}

// lastText is the index of the last line with text.
func lastText(lines []layout.Line) int {
	for k := len(lines) - 1; k >= 0; k-- {
		if strings.TrimSpace(lines[k].Text) != "" {
			return k
		}
	}
	return -1
}

// firstDate finds the first run of words, from the third on, that reads
// as a deadline's cell: where it starts and how many words it takes.
func firstDate(words []string) (at, n int) {
	for k := 2; k < len(words); k++ {
		for m := 1; m <= min(4, len(words)-k); m++ {
			if dueCell(strings.Join(words[k:k+m], " ")) {
				return k, m
			}
		}
	}
	return -1, 0
}

// flatRef opens a row with its number: "1.2 ", "3. ", "A4 ", "2b ".
var flatRef = lazyre.New(`^((?:[A-Z]{1,2})?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?\.?)\s+\S`)
