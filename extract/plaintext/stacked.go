package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/numeral"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Some copies of a web page's table set every cell on a line (or lines)
// of its own, a blank line between cells, the header's cells first:
//
//	Goal
//
//	Progress Report
//
//	Date Complete
//
//	1
//
//	Begin phase 1 of the play area.
//
//	Installers began in November.
//
// Nothing marks where a row ends, and an empty cell leaves no line. The
// rows' numbers do: each row opens with a cell that is only its number,
// the one after the last row's (1, 2, 3 or 1.1, 1.2, 2.1).

// block is a run of non-blank lines: one cell.
type block struct {
	text        string
	first, last int
}

// rowNumber is a cell that is only a row's number: "3", "2.1", "4.".
var rowNumber = lazyre.New(`^(\d{1,3})(?:\.(\d{1,2}))?\.?$`)

// stackedTables turns such tables into rows: the header's row, then each
// numbered row with its cells, the first of them what is to be done and
// any beyond the header's width run into the one after it. A short line
// just before the header again, or before a row's number where the rows
// had their cells, heads the rows after it.
func stackedTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	bs := blocks(lines, raws)
	for k := 0; k < len(bs); k++ {
		names, numbered := stackedHeader(bs, k)
		i := k - len(names)
		width := len(names)
		if !numbered {
			width++ // the numbers' column, its header blank
		}
		var rows [][]block
		var again, lead []block
		end, filled := k, false
		if names != nil {
			rows, again, end = stackedRows(bs, k, names, width)
		}
		if names == nil || len(rows) < 2 || !rowsFit(rows, width) {
			var ok bool
			names, lead, rows, again, end, ok = filledTable(bs, k, raws)
			if !ok {
				continue
			}
			numbered, width, filled = true, len(names), true
			i = k - len(lead) - len(names)
		}
		for _, b := range again {
			blank(lines, b) // the header, repeated over a section's rows
		}
		*tables++
		if err := cells.Add(width * (len(rows) + 1)); err != nil {
			return err
		}
		head := names
		if !numbered {
			head = append([]string{""}, names...)
		}
		for _, b := range bs[i:k] {
			blank(lines, b) // the header's cells, now its one row
		}
		for _, b := range lead { // a section's title between the header and the first row
			lines[b.first] = tableRow([]string{b.text}, lines[b.first].Page, *tables, false)
			lines[b.first].Bold = true
		}
		lines[bs[i].first] = tableRow(head, lines[bs[i].first].Page, *tables, false)
		for _, r := range rows {
			if len(r) == 1 && rowNumber.MatchString(r[0].text) && filled {
				blank(lines, r[0]) // a number whose row is empty
				continue
			}
			for _, b := range r {
				blank(lines, b)
			}
			if len(r) == 1 && !rowNumber.MatchString(r[0].text) { // a heading over the rows after it
				lines[r[0].first] = tableRow([]string{r[0].text}, lines[r[0].first].Page, *tables, false)
				lines[r[0].first].Bold = true
				continue
			}
			parts := make([]string, width)
			for c, b := range r {
				if c < width && (c < 2 || len(r) <= width) {
					parts[c] = b.text
				} else if width > 2 { // more cells than columns: the rest run into the one after the action
					parts[2] = strings.TrimSpace(parts[2] + " " + b.text)
				}
			}
			lines[r[0].first] = tableRow(parts, lines[r[0].first].Page, *tables, true)
		}
		k = end - 1
	}
	return nil
}

// rowsFit is whether the rows have the header's width: some row before the
// last has as many cells as the header names, or one fewer (an empty last
// cell). A header's last few names taken for the whole header leave every
// row too long.
func rowsFit(rows [][]block, width int) bool {
	for _, r := range rows[:len(rows)-1] {
		if len(r) == width || len(r) == width-1 {
			return true
		}
	}
	return false
}

// blocks splits the lines outside tables into runs of non-blank lines.
func blocks(lines []layout.Line, raws []string) []block {
	var bs []block
	for i := 0; i < len(raws); i++ {
		if strings.TrimSpace(raws[i]) == "" || lines[i].IsTable() {
			continue
		}
		first := i
		for i < len(raws) && strings.TrimSpace(raws[i]) != "" && !lines[i].IsTable() {
			i++
		}
		bs = append(bs, blockOf(raws, first, i-1))
	}
	return bs
}

// blockOf is the block of lines first to last, their text joined.
func blockOf(raws []string, first, last int) block {
	words := make([]string, 0, last-first+1)
	for _, r := range raws[first : last+1] {
		words = append(words, strings.TrimSpace(r))
	}
	return block{text: strings.Join(words, " "), first: first, last: last}
}

// blank empties a block's lines.
func blank(lines []layout.Line, b block) {
	for l := b.first; l <= b.last; l++ {
		lines[l] = layout.Line{Page: lines[l].Page}
	}
}

// stackedHeader reads the blocks before block k, the first row's number
// ("1", "1.1"), as the header: the fewest short cells, one under
// another, that name a table of actions, and the numbers' own name
// before them when it is there ("Number"). What is to be done must be
// the first cell after the number, as a row's cells give no other way to
// tell which of them it is once an empty one leaves no line.
func stackedHeader(bs []block, k int) (names []string, numbered bool) {
	if !firstRow(bs[k].text) {
		return nil, false
	}
	short := shortBefore(bs, k)
	for n := 2; n <= len(short); n++ {
		names = short[len(short)-n:]
		if _, action, ok := table.HeaderCells(names); !ok || action != 0 {
			continue
		}
		if n < len(short) {
			if wider := short[len(short)-n-1:]; numberedHeader(wider) {
				return wider, true
			}
		}
		return names, false
	}
	return nil, false
}

// firstRow is whether a block is the first row's number: "1", "3.1".
func firstRow(t string) bool {
	m := rowNumber.FindStringSubmatch(t)
	return m != nil && (m[2] == "" && m[1] == "1" || m[2] == "1")
}

// shortBefore is the run of short cells, one under another, just before
// block k: a header's names as a cell a line sets them, eight at most.
func shortBefore(bs []block, k int) []string {
	var short []string
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		t := bs[j].text
		if len(t) > 30 || len(strings.Fields(t)) > 4 || strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "No.") || rowNumber.MatchString(t) {
			break
		}
		short = append([]string{t}, short...)
	}
	return short
}

// A header that names four columns or more, the numbers' own name first,
// may set what is done after other cells ("No." / "Priority" / "Task" /
// "Year" / "Who"). Where every row fills the header's columns no empty
// cell has shifted the rest, so the rows read as they stand. A section's
// title may stand between the header and the first row, a row may be
// only its number (every cell of it empty), and the last row may be cut
// short.

// minFilled is how many rows must fill the header for such a table: two
// could fill it by chance.
const minFilled = 3

// filledTable reads such a table, block k the first row's number. It
// gives the header's names, the section's title before the first row if
// there is one, the rows, the header's cells repeated between them and
// the block after the rows.
func filledTable(bs []block, k int, raws []string) (names []string, lead []block, rows [][]block, again []block, end int, ok bool) {
	if !firstRow(bs[k].text) {
		return nil, nil, nil, nil, 0, false
	}
	for h := k; h >= k-1 && h > 0; h-- {
		if h < k && !sectionRow(bs[h].text) {
			break
		}
		names = filledHeader(shortBefore(bs, h))
		if names == nil {
			continue
		}
		rows, again, end = stackedRows(bs, k, names, len(names))
		_, act, _ := table.HeaderCells(names)
		var unplaced []block
		var cut int
		if rows, unplaced, cut, ok = fillRows(rows, len(names), act, raws); ok {
			// The cells of a row that cannot be placed surely are
			// blanked with the header's repeats, in no column.
			return names, bs[h:k], rows, append(again, unplaced...), end - cut, true
		}
	}
	return nil, nil, nil, nil, 0, false
}

// sectionRow is a section's title set as a row of its own: three words
// at most, no sentence, opening with a capital and not with a verb before
// its object ("Repair the bench" is a row's action, its other cells
// empty).
func sectionRow(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return shortTitle(t) && len(strings.Fields(t)) <= 3 && unicode.IsUpper(r) && !table.VerbLed(t)
}

// filledHeader is the widest run of the short cells' last ones that names
// a table of actions, four names or more, the first the rows' numbers.
func filledHeader(short []string) []string {
	for n := len(short); n >= 4; n-- {
		names := short[len(short)-n:]
		if numbered, _, ok := table.HeaderCells(names); ok && numbered {
			return names
		}
	}
	return nil
}

// fillRows checks that the rows fill the header's width (see above),
// minFilled of them at least, and parts a number alone from the section's
// title after it. act is the column of what is done.
//
// A row one cell short whose cell goes on over a line indented where its
// first was not is two cells the copy left no blank line between: the
// indent opens the second (partIndented). A row one cell short that
// cannot be parted so cannot be placed: which cell is empty is unknown,
// so its cells are given back as unplaced, in no column, rather than
// shifted. A row of its number and one text ("3" / "Repair the bench")
// has that text as what is done, its other cells empty.
//
// The last row ends before a block that reads as a sentence of its own
// beyond the action's column ("The committee is recommended to …."): the
// paragraph after the table, not a cell. cut is how many blocks it gave
// back.
func fillRows(rows [][]block, width, act int, raws []string) (out [][]block, unplaced []block, cut int, ok bool) {
	full := 0
	for j, r := range rows {
		last := j == len(rows)-1
		if last {
			for c := len(r) - 1; c > act && c > 0 && clause(r[c].text); c-- {
				r, cut = r[:c], cut+1
			}
		}
		if len(r) == width && !last && sectionRow(r[width-1].text) {
			// A row one cell short that parts at an indent, then the next
			// section's title ("PLAY AREAS") counted as its last cell:
			// the title is a row of its own, under the parted row.
			if parted, ok := partIndented(r[:width-1], raws); ok {
				out, full = append(out, parted), full+1
				r = r[width-1:]
			}
		}
		if len(r) == width-1 {
			if parted, ok := partIndented(r, raws); ok {
				r = parted
			}
		}
		switch {
		case len(r) == width:
			full++
		case len(r) == 1:
			// a section's title, or a number whose cells are all empty
		case len(r) == 2 && !last && rowNumber.MatchString(r[0].text) && sectionRow(r[1].text):
			out = append(out, r[:1])
			r = r[1:]
		case len(r) == 2 && !last && act > 0 && rowNumber.MatchString(r[0].text):
			r = sparseRow(r, width, act)
		case len(r) == width-1 && !last:
			unplaced = append(unplaced, r[1:]...)
			r = r[:1]
		case last && len(r) < width:
			// cut short
		default:
			return nil, nil, 0, false
		}
		out = append(out, r)
	}
	return out, unplaced, cut, full >= minFilled
}

// sparseRow is a row of its number and one text set in the action's
// column, act, of width columns; the other cells are empty placeholders
// (first < 0), no line of the copy.
func sparseRow(r []block, width, act int) []block {
	out := make([]block, width)
	for c := range out {
		out[c] = block{first: -1, last: -2}
	}
	out[0], out[act] = r[0], r[1]
	return out
}

// clause is a block that reads as a sentence of its own: a full stop
// at its end and a finite verb ("is", "will", "has") among five words or
// more.
func clause(t string) bool {
	return strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 5 && finiteVerb.MatchString(t)
}

var finiteVerb = lazyre.New(`(?i)\b(?:is|are|was|were|will|would|shall|should|may|must|can|could|has|have|had)\b`)

// partIndented parts the first of a row's cells (after its number) whose
// later line opens with a space where its first line did not. A line that
// goes on with the sentence the line before broke off ("… again at the"
// over "  school gates …"), in lower case or after a word no cell ends
// at, is the same cell wrapped, however it is indented.
func partIndented(r []block, raws []string) ([]block, bool) {
	for c, b := range r {
		if c == 0 || indented(raws[b.first]) {
			continue
		}
		for l := b.first + 1; l <= b.last; l++ {
			if indented(raws[l]) && !wrapsOn(raws[l-1], raws[l]) {
				out := append(append([]block{}, r[:c]...), blockOf(raws, b.first, l-1), blockOf(raws, l, b.last))
				return append(out, r[c+1:]...), true
			}
		}
	}
	return nil, false
}

// wrapsOn is whether line next goes on with the words of line prev: it
// opens in lower case, or prev ends at an article, a preposition or a
// conjunction.
func wrapsOn(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next))
	if unicode.IsLower(r) {
		return true
	}
	ws := strings.Fields(prev)
	if len(ws) == 0 {
		return false
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "a", "an", "the", "of", "to", "for", "with", "by", "in", "on", "at", "and", "or", "from":
		return true
	}
	return false
}

// indented is whether a line opens with a space or a tab.
func indented(raw string) bool {
	return strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\t")
}

// numberedHeader is a header whose first cell names the rows' numbers and
// whose second what is to be done.
func numberedHeader(names []string) bool {
	numbered, action, ok := table.HeaderCells(names)
	return ok && numbered && action == 1
}

// stackedRows reads the rows from block k: each opens with the number
// after the last row's and takes the blocks up to the next such number;
// the last takes as many as the header has columns. It returns the rows
// (a heading alone in its row), the header's cells repeated between
// them, and the block after them.
func stackedRows(bs []block, k int, names []string, width int) (rows [][]block, again []block, end int) {
	last := ""
	for k < len(bs) {
		if !rowNumber.MatchString(bs[k].text) || last != "" && !numeral.Follows(last, bs[k].text) {
			break
		}
		last = bs[k].text
		row := []block{bs[k]}
		k++
		for k < len(bs) && !numeral.Follows(last, bs[k].text) && len(row) < 4*width {
			if sameHeader(bs, k, names) || len(row) >= 2 && sectionTitle.MatchString(bs[k].text) && !numeral.Follows(last, bs[k].text) {
				break
			}
			row = append(row, bs[k])
			k++
		}
		var heading []block
		if k+1 < len(bs) && sectionTitle.MatchString(bs[k].text) && shortTitle(bs[k].text) && sameHeader(bs, k+1, names) {
			// A section's number and title, then the header again.
			heading = bs[k : k+1]
			again = append(again, bs[k+1:k+1+len(names)]...)
			k += 1 + len(names)
		} else if k < len(bs) && sameHeader(bs, k, names) {
			// The header again, a section's title before it.
			if n := len(row); n > 2 && shortTitle(row[n-1].text) {
				heading, row = row[n-1:], row[:n-1]
			}
			again = append(again, bs[k:k+len(names)]...)
			k += len(names)
		} else if n := len(row); k < len(bs) && n > width && shortTitle(row[n-1].text) {
			heading, row = row[n-1:], row[:n-1] // "ASSETS" between two rows
		}
		if k >= len(bs) || !numeral.Follows(last, bs[k].text) {
			// The last row: as many cells as the header has.
			k -= max(len(row)-width, 0)
			row = row[:min(len(row), width)]
			rows = append(rows, row)
			break
		}
		rows = append(rows, row)
		if heading != nil {
			rows = append(rows, heading)
		}
	}
	return rows, again, k
}

// sameHeader is whether the blocks from k are the header's names again.
func sameHeader(bs []block, k int, names []string) bool {
	if k+len(names) > len(bs) {
		return false
	}
	for j, n := range names {
		if strings.TrimSpace(bs[k+j].text) != strings.TrimSpace(n) {
			return false
		}
	}
	return true
}

// sectionTitle is a section's number and title: "2. Data Collection".
var sectionTitle = lazyre.New(`^\d{1,2}\.\s+[A-Z]`)

// shortTitle is a section's title between rows: a few words, no sentence.
func shortTitle(t string) bool {
	n := len(strings.Fields(t))
	return n >= 1 && n <= 8 && !strings.HasSuffix(t, ".") && !rowNumber.MatchString(t)
}
