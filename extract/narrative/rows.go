package narrative

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/numeral"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// tableRow is a paragraph of a table that a copy flattened under its
// header line (see headerRows): the row's first cell, numbered, or one of
// the cells after it.
type tableRow struct {
	first    bool
	due      string // a date alone among the row's later cells
	progress string // the row's update, where its header gives one
}

// headerRows reads the rows of a table whose header line a copy kept
// ("Action What we will do and when What residents will see",
// "Recommendation Action Timescale") and whose rows each open with their
// number: "16. Better engagement with local businesses …", then, as
// paragraphs and bullets of their own, the row's other cells. Two or more
// points numbered one after the other make the rows; each is an action,
// and what lies between them is the row's other cells, no actions of
// their own, a date alone among them its deadline. The rows end at a
// heading the page marked, another header line, or a point numbered out
// of turn.
func headerRows(ps []paragraph) map[int]tableRow {
	out := map[int]tableRow{}
	for i := 0; i < len(ps); i++ {
		if !headerLine(ps[i]) {
			continue
		}
		rows := map[int]tableRow{}
		firsts, last, prev := 0, -1, ""
		k := i + 1
		for ; k < len(ps); k++ {
			p := ps[k]
			if headerLine(p) || p.level > 0 || p.bold || p.marker != "" && prev != "" && !markerFollows(prev, p.marker) && !bulletPat.MatchString(p.text) {
				break
			}
			if p.marker != "" && !bulletPat.MatchString(p.text) && (prev == "" || markerFollows(prev, p.marker)) {
				rows[k] = tableRow{first: true}
				firsts, last, prev = firsts+1, k, p.marker
				continue
			}
			if prev == "" {
				break // the first row must open with its number
			}
			rows[k] = tableRow{}
			if d := dateAlone(p.body); d != "" && rows[last].due == "" {
				rows[last] = tableRow{first: true, due: d}
			}
		}
		if firsts >= 2 {
			out[i] = tableRow{} // the header, no action either
			for j, r := range rows {
				out[j] = r
			}
			i = k - 1
		}
	}
	return out
}

// headerLine is a paragraph that names a flattened table's columns.
func headerLine(p paragraph) bool {
	if p.marker != "" || bulletPat.MatchString(p.text) || endsSentence(p.body) || strings.HasSuffix(p.body, ":") {
		return false
	}
	_, ok := table.FlatHeader(p.body)
	return ok
}

// dateAlone is s when s, its bullet left off, is a date and nothing else
// ("• December 2023", "June 2023").
func dateAlone(s string) string {
	s = strings.TrimSpace(dropBullet(s))
	if len(strings.Fields(s)) > 4 || action.NormalizeDue(s) == "" {
		return ""
	}
	return s
}

// tableRowItem is the action of a flattened table's row, read from its
// first cell.
func (f *finder) tableRowItem(p paragraph, r tableRow) {
	f.endBlocks()
	a := planned(strings.TrimSpace(p.body), f.opts.Date)
	a.Kind, a.Ref = action.KindAction, strings.TrimRight(p.marker, ".:")
	if r.due != "" {
		a.DueRaw, a.Due = r.due, resolveDue(r.due, f.opts.Date)
	}
	a.Progress = r.progress
	f.add(p, a)
}

// flatPlanRows reads a plan's table that a copy ran into one line, header
// and rows together, its line breaks and cells lost: "… Ref Action
// Priority Lead 1 Plant trees on the green High Parks 2 Repair the
// benches Low Parks 3 …". After the header's column names come the rows,
// each opening with its number, the one after the last row's (1, 2, 3;
// 1a, 1b; Q1, Q2): each row is a plan's action, its words all the row's
// cells as they ran (which cell ends where cannot be told). Where the
// header puts an update column straight after the action ("Ref Action
// Update"), the row's first sentence is the action and the rest its
// progress (firstSentence: "1 Mend the paths. Two are done. 2 Cut the
// hedges The work starts in May. 3 …"), and a last row whose action the
// copy cut short is left out. Each row is numbered (row) so that
// wholeRows can put it together again after the cutters that read
// minutes have cut it.
func flatPlanRows(ps []paragraph) []paragraph {
	var out []paragraph
	n := 0
	for _, p := range ps {
		rows, split := flatRows(p.text)
		if rows == nil {
			out = append(out, p)
			continue
		}
		if pre := strings.TrimSpace(p.text[:rows[0][0]]); pre != "" {
			// (The line's headings in capitals before its rows are
			// read as the whole line's would be: see inlineCapsHeads.)
			q := p
			q.text = pre
			out = append(out, cutCapsHeads(finish(q))...)
		}
		for _, r := range rows {
			q := p
			q.heading, q.minute, q.subhead, q.bold, q.level = false, false, false, false, 0
			q.text = strings.TrimSpace(p.text[r[0]:r[2]])
			q.marker, q.body = strings.TrimSpace(p.text[r[0]:r[1]]), strings.TrimSpace(p.text[r[1]:r[2]])
			if split {
				action, progress, ended := firstSentence(q.body)
				if !ended && progress == "" && r[2] == len(p.text) {
					// "… 5 Publish a map of the": the last row's
					// action ends with the text, no sentence ended
					// and no update after it: the copy cut it short.
					break
				}
				q.body, q.progress = action, progress
			}
			n++
			q.row = n
			out = append(out, q)
		}
	}
	return out
}

// wholeRows puts each of flatPlanRows' rows together again where the
// cutters after it cut it into pieces: the row as flatPlanRows gave it,
// where its first piece stands.
func wholeRows(ps []paragraph, rows map[int]paragraph) []paragraph {
	if len(rows) == 0 {
		return ps
	}
	var out []paragraph
	done := map[int]bool{}
	for _, p := range ps {
		if p.row == 0 {
			out = append(out, p)
		} else if !done[p.row] {
			done[p.row] = true
			out = append(out, rows[p.row])
		}
	}
	return out
}

// rowRef is a row's number as a plan's table prints it: "3", "1a",
// "1d*" (a star marking a kind of row), "Q2", "E1.2", "2.4".
var rowRef = lazyre.New(`(?:^|\s)((\d{1,2})([a-z]?)\*?|([A-Z]{1,2})(\d{1,2})|(\d{1,2})\.(\d{1,2}))\s+\(?[A-Z]`)

// flatRows finds a flattened table's rows in text: after a header of
// three or more column names, one of them the action, the rows' numbers
// each the next of the one before, two at least (three when they are bare
// numbers, which a text holds more often). It gives each row's start,
// where its words start and its end, and whether the header puts an
// update column straight after the action's.
func flatRows(text string) (rows [][3]int, split bool) {
	if len(text) < 300 {
		return nil, false
	}
	end, split, numbered, ok := inlineHeader(text)
	if !ok {
		return nil, false
	}
	var ms [][]int
	for _, m := range rowRef.FindAllStringSubmatchIndex(text[end:], -1) {
		if !monthAfter.MatchString(text[end+m[3]:]) {
			ms = append(ms, m) // (not a date's day: "30 June")
		}
	}
	// The rows start at the first number, soon after the header.
	if len(ms) == 0 || ms[0][2] > 400 {
		return nil, false
	}
	chain, last := []int{0}, text[end+ms[0][2]:end+ms[0][3]]
	for t := 1; t < len(ms); t++ {
		if ref := text[end+ms[t][2] : end+ms[t][3]]; numeral.Follows(last, ref) {
			chain, last = append(chain, t), ref
		}
	}
	least := 2
	if ms[0][12] >= 0 || ms[0][4] >= 0 && ms[0][6] == ms[0][7] {
		// Bare numbers and a report's paragraph numbers ("2.3"), which
		// a text holds more often: three, under a header that names the
		// numbers' column.
		least = 3
		if !numbered {
			return nil, false
		}
	}
	if len(chain) < least {
		return nil, false
	}
	for n, t := range chain {
		stop := len(text)
		if n+1 < len(chain) {
			stop = end + ms[chain[n+1]][2]
		}
		at := end + ms[t][2]
		rows = append(rows, [3]int{at, end + ms[t][3], stop})
	}
	return rows, split
}

// monthAfter opens with a month's name: the number before it is a day.
var monthAfter = lazyre.New(`^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`)

// inlineHeader finds a table's header inside a line: three or more
// capitalised column names one after another, of three fields or more,
// one of them the action ("Ref Action Priority Timescale Lead"), a few
// small words or signs allowed between them ("(support Outcomes /
// Deliverables"). It gives where the header ends, whether the column
// after the action's is an update's, and whether a column names the rows'
// numbers (as plaintext's refFirstHeader asks it: table.NumbersColumn).
// A name is one word: inside a sentence a name of several words could not
// be told from the words after it.
func inlineHeader(text string) (end int, split, numbered, ok bool) {
	words := wordSpan.FindAllStringIndex(text, -1)
	for i := 0; i < len(words); i++ {
		var roles []string
		glue, last := 0, -1
		numbered = false
		for k := i; k < len(words) && glue <= 2; k++ {
			w := strings.Trim(text[words[k][0]:words[k][1]], ".:,()/")
			r, _ := utf8.DecodeRuneInString(w)
			role := ""
			if unicode.IsUpper(r) {
				role = table.ColumnRole(w)
			}
			if role == "" {
				if unicode.IsUpper(r) || unicode.IsDigit(r) {
					break
				}
				glue++
				continue
			}
			if len(roles) == 0 && k != i {
				break
			}
			roles, glue, last = append(roles, role), 0, k
			numbered = numbered || table.NumbersColumn(w)
		}
		distinct := map[string]bool{}
		for _, r := range roles {
			distinct[r] = true
		}
		if len(roles) >= 3 && len(distinct) >= 3 && distinct["action"] {
			for n, r := range roles {
				if r == "action" {
					split = n+1 < len(roles) && roles[n+1] == "progress"
					break
				}
			}
			return words[last][1], split, numbered, true
		}
	}
	return 0, false, false, false
}
