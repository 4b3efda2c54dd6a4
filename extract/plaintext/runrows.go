package plaintext

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/table"
)

// A copy may run a whole plan's table into one line, its header's names
// and every row's cells one after another: "… Priority Ref Action Update
// 1 Fit new lamps on the paths. The survey is done. 2 Cut back the hedges
// Work starts in May. 3 …". Where one cell ends no mark shows, but a
// table whose rows hold a number, an action and an update about it can be
// cut all the same: each row opens with its number, the next after the
// last, and its action is its first sentence, the update the rest.

// minRunLine is the shortest line that may hold a table's rows run
// together.
const minRunLine = 300

// runTables gives the lines that hold such a table as its header and
// rows, one line each; the text before the header stays a line of its own.
func runTables(lines []layout.Line, tables *int, cells *limit.Counter) ([]layout.Line, error) {
	var out []layout.Line
	for _, l := range lines {
		if l.IsTable() || len(l.Text) < minRunLine {
			out = append(out, l)
			continue
		}
		before, names, rows := runRows(strings.Fields(l.Text))
		if names == nil {
			out = append(out, l)
			continue
		}
		*tables++
		if err := cells.Add(len(names) * (len(rows) + 1)); err != nil {
			return nil, err
		}
		if before != "" {
			out = append(out, layout.Line{Page: l.Page, Text: before})
		}
		out = append(out, tableRow(names, l.Page, *tables, false))
		for _, r := range rows {
			out = append(out, tableRow(r, l.Page, *tables, true))
		}
	}
	return out, nil
}

// runRows cuts the words of a line into the text before a table's header,
// the header's names and its rows' cells. The header is a run of names of
// one word, each naming a column: maybe what the row serves (a priority,
// an objective), then the number, the action and one column of free text
// (an update, comments), whose name may go on in small letters and a date
// ("Update up to 30 June 2015"). The rows follow: three or more, numbered
// from 1, each number alone before a capital. Text between the header and
// the first row is the first row's first cell. A last row whose action
// ends with the line, no sentence ended, was cut short: it is left out.
// names is nil when the line holds no such table.
func runRows(words []string) (before string, names []string, rows [][]string) {
	h, n := runHeader(words)
	if n == 0 {
		return "", nil, nil
	}
	names = append([]string(nil), words[h:h+n]...)
	end := h + n
	for end < len(words) && nameGoesOn(words[end]) {
		names[n-1] += " " + words[end]
		end++
	}
	var starts []int
	for k := end; k+1 < len(words); k++ {
		if num, ok := rowNum(words[k]); ok && num == len(starts)+1 && startsUpper(words[k+1]) {
			starts = append(starts, k)
		}
	}
	if len(starts) < 3 {
		return "", nil, nil
	}
	lead := len(names) - 3 // the columns before the number
	for n, s := range starts {
		e := len(words)
		if n+1 < len(starts) {
			e = starts[n+1]
		}
		action, update, ended := firstSentence(words[s+1 : e])
		if !ended && e == len(words) && update == "" {
			break // cut short where the line ends
		}
		row := make([]string, len(names))
		row[lead], row[lead+1], row[lead+2] = strings.TrimRight(words[s], "."), action, update
		if n == 0 && lead > 0 {
			row[0] = strings.Join(words[end:s], " ")
		}
		rows = append(rows, row)
	}
	if len(rows) < 3 {
		return "", nil, nil
	}
	return strings.Join(words[:h], " "), names, rows
}

// runHeader finds a run of one-word column names in words, as runRows
// reads them, and gives where it starts and how many names it has (0 for
// none).
func runHeader(words []string) (int, int) {
	for h := 0; h+3 <= len(words); h++ {
		for n := 4; n >= 3; n-- {
			if h+n > len(words) {
				continue
			}
			names := words[h : h+n]
			roles, ok := table.HeaderRoles(names)
			if !ok {
				continue
			}
			lead := n - 3
			if roles[lead] != "ref" || roles[lead+1] != "action" || roles[lead+2] != "progress" {
				continue
			}
			if lead == 1 && roles[0] != "theme" && roles[0] != "objective" {
				continue
			}
			return h, n
		}
	}
	return 0, 0
}

// nameGoesOn is a word that carries a column's name on: small letters, a
// number, a month ("up to 30 June 2015").
func nameGoesOn(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) || unicode.IsDigit(r) || monthAlone.MatchString(w)
}

// rowNum reads a row's number standing alone: "3", "3.".
func rowNum(w string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSuffix(w, "."))
	return n, err == nil && len(w) <= 3
}

// firstSentence cuts words after their first sentence: at a full stop
// before a capital, or where a sentence plainly starts without one, a
// word in small letters followed by an article or pronoun in a capital
// ("… leisure centres The contract was …"). ended is whether a sentence
// ended.
func firstSentence(words []string) (first, rest string, ended bool) {
	for k := 0; k+1 < len(words); k++ {
		w, next := words[k], words[k+1]
		stop := strings.HasSuffix(w, ".") && startsUpper(next) && len(strings.TrimRight(w, ".")) > 2
		r, _ := utf8.DecodeLastRuneInString(w)
		opens := unicode.IsLower(r) && sentenceOpener[next]
		if stop || opens {
			return strings.Join(words[:k+1], " "), strings.Join(words[k+1:], " "), true
		}
	}
	return strings.Join(words, " "), "", strings.HasSuffix(strings.Join(words, " "), ".")
}

// sentenceOpener are the words that, in a capital after a word in small
// letters, can only open a sentence: articles and pronouns a progress note
// starts with.
var sentenceOpener = map[string]bool{"The": true, "This": true, "These": true, "There": true, "It": true, "We": true, "Our": true}
