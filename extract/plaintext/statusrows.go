package plaintext

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// A performance system's report, copied as text a column at a time, sets
// each row of its first column as a run of lines: the row's code and what
// is to be done, wrapped at the column's width, then the row's status on
// a line of its own:
//
//	PLN 24 - H 07 - We will open a
//	second library van route to the
//	northern villages
//	Amber
//	PLN 24 - H 08 - We will review the
//	opening hours of the leisure pool
//	On target
//
// No header names the columns (the copy printed the column's header, if
// any, far from its cells) and no blank line parts the rows. The codes
// do: each row opens with the same code as the one before but for its
// last number, which counts on by one, and the line before the next code
// is a status alone. statusRows reads three or more such rows, one after
// another, as a table of a code, what is done and a status, where each
// row's last line is a status: wrapped prose whose numbered paragraphs
// happen to end on a short line ends them on words, not a status.

// statusCode opens a row with its code: text ending in a number of one
// to three digits, then a dash or a colon and the row's words.
var statusCode = lazyre.New(`^(.{0,40}?)(\d{1,3})\s*[-–:]\s+\S`)

// codeOpening splits a line opening with a row's code into the code's
// words before its last number, that number and the row's words; ok is
// false when the line opens with no code. Of the openings statusCode can
// take, the one whose number comes last wins, so that "PLN 24 - H 07 -
// We will" is the code "PLN 24 - H 07", not "PLN 24"; a number that ends
// a longer one ("2024" read as "202" and "4") is no code's. Only the
// line's first words are searched: a code is short.
func codeOpening(t string) (prefix string, n int, rest string, ok bool) {
	head := t[:min(len(t), 120)]
	for cut := 0; cut <= 40 && cut < len(head); {
		m := statusCode.FindStringSubmatchIndex(head[cut:])
		if m == nil {
			break
		}
		if cut > 0 {
			// A later number goes on the code only across a code's short
			// capitals ("- H "), not across words: "CS 04 - Open the hub
			// for ages 11 - 16" is the code "CS 04".
			if between := head[cut : cut+m[4]]; len(between) > 12 || strings.IndexFunc(between, unicode.IsLower) >= 0 {
				break
			}
		}
		pre := t[:cut+m[3]]
		if pre != "" && pre[len(pre)-1] >= '0' && pre[len(pre)-1] <= '9' {
			break
		}
		num, _ := strconv.Atoi(t[cut+m[4] : cut+m[5]])
		rest = strings.TrimLeft(t[cut+m[5]:], " \t")
		prefix, n, rest, ok = pre, num, strings.TrimLeft(strings.TrimLeft(rest, "-–:"), " \t"), true
		cut += m[5] // look on for a later number: the code may go on
	}
	return prefix, n, rest, ok
}

// statusRow is one row: its lines (first to last, the status's), its
// code and what is to be done.
type statusRow struct {
	first, last  int
	code, action string
	status       string
}

// statusRows turns such runs of rows into tables: a header of the
// columns' roles over the rows (the first row's first line takes the
// header, as the rows have no line of their own for it; a row has two
// lines at least, so the row goes on the next).
func statusRows(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	for i := 0; i < len(raws); i++ {
		rows, end := statusRun(lines, raws, i)
		if len(rows) < 3 {
			continue
		}
		*tables++
		if err := cells.Add(3 * (len(rows) + 1)); err != nil {
			return err
		}
		for _, r := range rows {
			for k := r.first; k <= r.last; k++ {
				lines[k] = layout.Line{Page: lines[k].Page}
			}
		}
		first := rows[0].first
		lines[first] = tableRow([]string{"Ref", "Action", "Status"}, lines[first].Page, *tables, false)
		for n, r := range rows {
			at := r.first
			if n == 0 {
				at++
			}
			lines[at] = tableRow([]string{r.code, r.action, r.status}, lines[at].Page, *tables, true)
		}
		i = end
	}
	return nil
}

// statusRun reads the rows from line i: each a run of lines with text,
// the first opening with a code that counts on from the last row's, the
// last a status, none between them a code or a status; blank lines and
// page furniture may part the rows. It gives the rows and the last line
// they took.
func statusRun(lines []layout.Line, raws []string, i int) ([]statusRow, int) {
	var rows []statusRow
	prefix, last := "", 0
	end := i
	for k := i; k < len(raws); {
		t := strings.TrimSpace(raws[k])
		if t == "" || lines[k].Furniture {
			if len(rows) == 0 {
				break
			}
			k++
			continue
		}
		if lines[k].IsTable() {
			break
		}
		pre, n, rest, ok := codeOpening(t)
		if !ok || !lettered(pre) || len(rows) > 0 && (pre != prefix || n != last+1) {
			break
		}
		words := []string{rest}
		j := k + 1
		for ; j < len(raws) && j-k <= 12; j++ {
			u := strings.TrimSpace(raws[j])
			if u == "" || lines[j].IsTable() || lines[j].Furniture {
				break
			}
			if _, _, _, code := codeOpening(u); code || wholeStatus(u) {
				break
			}
			words = append(words, u)
		}
		if j >= len(raws) || !wholeStatus(strings.TrimSpace(raws[j])) || lines[j].IsTable() || lines[j].Furniture {
			break
		}
		code := strings.TrimSpace(t[:len(t)-len(rest)])
		code = strings.TrimSpace(strings.TrimRight(code, "-–:"))
		rows = append(rows, statusRow{first: k, last: j, code: code, action: strings.Join(words, " "), status: strings.TrimSpace(raws[j])})
		prefix, last, end = pre, n, j
		k = j + 1
	}
	return rows, end
}

// lettered is a code's words before its number holding a code of capitals
// ("PLN 24 - H ", "ENV "): a bare number or a word such as "Item" or
// "Para" numbers a list, whose lines are no table's rows.
func lettered(prefix string) bool {
	for _, w := range strings.Fields(prefix) {
		if len(w) >= 2 && strings.IndexFunc(w, unicode.IsLetter) >= 0 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsDigit) < 0 {
			return true
		}
	}
	return false
}

// wholeStatus is a line that is a status and nothing more, set as a cell
// is, with a capital ("On target", "Amber"): a wrapped sentence's last
// line may open with a status's word ("delivered by May", "complete").
func wholeStatus(t string) bool {
	if !statusLine(t) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return false
	}
	p := action.StatusPrefix(t)
	return p == "" || strings.TrimRight(t[len(p):], " .") == ""
}
