// Package table finds action-plan tables among a paper's lines by their
// header row, maps their columns to the action model by header synonyms, and
// assembles wrapped lines and sub-rows into actions. It reads the lines of
// every format alike: visual lines (text, PDF), where a wrapped cell goes on
// over the following lines, and real rows (HTML, DOCX).
package table

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Result is what Find returns: the actions, and which lines the tables used
// (so that the narrative rules skip them).
type Result struct {
	Actions []action.Action
	Used    []bool // indexed like the Doc's lines
}

// maxHeaderLines is how many visual lines a wrapped header row may take.
const maxHeaderLines = 3

// Find finds the action tables of a paper and returns their actions.
func Find(ld layout.Doc) Result {
	return FindIn(ld, "")
}

// FindIn is Find for a paper of the genre its lines show
// (meta.FindGenre: action.DocMinutes, DocDecision, DocReport, DocOther,
// or "" for none). Only a paper of no genre — a plan, or a paper the
// signs leave unknown — has its short lines standing alone read as
// headings a text copy kept no mark of (lostHeadings): a report's,
// minutes' or decision's short lines are its cover fields, an officer's
// name, a date.
func FindIn(ld layout.Doc, genre string) Result {
	res := Result{Used: make([]bool, len(ld.Lines))}
	styled := !lostHeadings(ld, genre)
	for i := 0; i < len(ld.Lines); {
		h, n, ok := headerAt(ld.Lines, i)
		if !ok || isCard(ld.Lines, i) {
			i++
			continue
		}
		t := &assembler{h: h, theme: themeBefore(ld.Lines, i)}
		if t.theme == "" && h.pledges {
			t.theme = sectionBefore(ld.Lines, i)
		}
		// The heading right above the table heads its first part when the
		// parts after it are headed alike ("Helping people keep warm" above
		// the first table, "Food and essentials" above the second).
		above, aboveAt := headingAbove(ld.Lines, i)
		if status, ok := statusHeading(above); ok {
			t.status, above = status, "" // "Actions in progress" above the first part
		}
		table, page := ld.Lines[i].Table, ld.Lines[i].Page
		end := i + n
		afterGap := false
		for ; end < len(ld.Lines); end++ {
			l := ld.Lines[end]
			if !l.IsTable() {
				if l.Furniture || strings.TrimSpace(l.Text) == "" {
					afterGap = afterGap || !l.Furniture
					continue
				}
				// A heading, then the same table again (with its header or
				// without), is the theme of what follows; but in a paged
				// paper a short line before the header repeated is more
				// likely a running title, unless its words say theme
				// ("Priority 2 – …"). A running title heads a new page: a
				// paper that flows has none, and a heading on the page the
				// table's rows are on is none.
				running := 0
				if !ld.Flowing && l.Page != page {
					running = runningLines(ld.Lines, end, h)
				}
				if theme, n := themeBetween(ld.Lines, end, h, table); n > 0 && (running == 0 || themeWords.MatchString(theme)) {
					if status, ok := statusHeading(theme); ok {
						t.status = status
					} else {
						if above != "" && t.theme == "" && ld.Lines[end].Heading == ld.Lines[aboveAt].Heading {
							t.headFirstParts(above)
						}
						t.theme = theme
						t.themed = true
					}
					above = ""
					t.flow = nil
					end += n - 1
					continue
				}
				if running > 0 {
					end += running - 1 // a page's running title between two parts of the table
					continue
				}
				break // prose ends the table
			}
			if afterGap && !l.Record && len(l.Cells) != len(h.cols) && l.NonEmpty() > 1 {
				// After a gap, a row of another shape is another table
				// (a budget under the plan); one stray cell is wrapped text.
				break
			}
			afterGap = false
			if h2, n2, ok := headerAt(ld.Lines, end); ok {
				if !h2.same(h) {
					break // another table starts
				}
				table, page = l.Table, l.Page
				end += n2 - 1 // the header again, after a page break
				continue
			}
			if startsOtherTable(l, h, table) {
				break // a budget or a list of measures under the plan, with its own header
			}
			if (l.Bold || l.Table != table) && namesColumns(l, h) {
				// The header again in words too long to read as one
				// ("Strategy / plan / Service in place to deliver").
				table, page = l.Table, l.Page
				continue
			}
			if l.Table != 0 {
				table = l.Table
			}
			page = l.Page
			t.add(l)
		}
		if !styled {
			// A copy that kept no headings, whose table is cut into
			// parts by lines that head them ("2. Members can report …"
			// over the rows after it): the like line over the header
			// ("1. Good information …") heads the first part. A table
			// of one part has that line as the theme of all its rows
			// ("Safer parks" alone over "Action | Lead | By when"), as
			// a heading kept as one would be. (Rows a heading or theme
			// word already heads keep theirs.)
			if text, ok := lostHeadingAbove(ld, i); ok {
				t.headFirstParts(text)
			}
		}
		for j := i; j < end; j++ {
			res.Used[j] = true
		}
		res.Actions = append(res.Actions, t.actions()...)
		i = end
	}
	res.Actions = append(res.Actions, labelCards(ld, res.Used, styled)...)
	res.Actions = append(res.Actions, blocks(ld, res.Used, styled)...)
	return res
}

// lostHeadings: the paper's headings may be lines a text copy kept no
// mark of — it marks none as a heading, and its genre is a plan's or
// unknown ("").
func lostHeadings(ld layout.Doc, genre string) bool {
	return genre == "" && !layout.KeptHeadings(ld.Lines)
}

// maxRunning bounds the short lines (running titles, page numbers) that may
// stand between a table and its header repeated on the next page.
const maxRunning = 4

// runningLines reports how many lines from i are page furniture between two
// parts of one table: a few short lines, then the same header again.
func runningLines(lines []layout.Line, i int, h header) int {
	for n := 0; n <= maxRunning && i+n < len(lines); n++ {
		l := lines[i+n]
		if l.IsTable() {
			if h2, _, ok := headerAt(lines, i+n); ok && h2.same(h) {
				return n
			}
			return 0
		}
		if len(l.Text) > 80 {
			return 0
		}
	}
	return 0
}

// themeHeading returns the text of a line that may head a part of a plan
// ("Priority 2 – Healthy lives"): short, not a sentence, and set as a
// heading or in bold or starting with a theme word.
func themeHeading(l layout.Line) (string, bool) {
	if l.IsTable() || l.Furniture {
		return "", false
	}
	text := strings.TrimSpace(l.Text)
	if text == "" || len(text) > maxThemeLen || strings.HasSuffix(text, ".") {
		return "", false
	}
	return text, l.Heading > 0 || l.Bold || themeWords.MatchString(text) || numberedTheme.MatchString(text)
}

// numberedTheme is a heading numbered as a plan's sections are ("1.1
// Encourage early approaches …"), where a text copy kept no bold.
var numberedTheme = lazyre.New(`^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+[A-Z]`)

// startsOtherTable reports whether a row is the first of another table
// that the reader told apart (its Table differs from the plan's): a real
// table of another shape, or one whose first row is set as a header is —
// in bold, or short cells with no dates or statuses in them — and does not
// name the plan's columns again.
func startsOtherTable(l layout.Line, h header, table int) bool {
	if l.Table == 0 || table == 0 || l.Table == table || l.NonEmpty() < 2 {
		return false
	}
	if l.Record && len(l.Cells) != len(h.cols) {
		return true // a real table of another shape: a card under the plan
	}
	return (l.Bold || headerLike(l)) && !namesColumns(l, h)
}

// namesColumns: each filled cell of the line names the field its column
// holds in h (a header repeated in words too long to parse as one).
func namesColumns(l layout.Line, h header) bool {
	if len(l.Cells) != len(h.cols) {
		return false
	}
	for i, c := range l.Cells {
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		f, g := classify(c.Text), h.cols[i]
		if f != g && !(f == fObjective && g == fAction) {
			return false
		}
	}
	return true
}

// headerLike: every filled cell a few words naming something, none a
// sentence, a date or a status.
func headerLike(l layout.Line) bool {
	for _, c := range l.Cells {
		t := strings.TrimSpace(c.Text)
		if t == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		if len(t) > 40 || len(strings.Fields(t)) > 6 || strings.HasSuffix(t, ".") || !unicode.IsUpper(r) ||
			action.IsStatus(t) || action.NormalizeDue(t) != "" {
			return false
		}
	}
	return true
}

// themeBetween reports whether the table with header h goes on after a
// theme heading at line i: the next line (past blanks and furniture) is
// the same header again, or a row of the table's shape that does not start
// a table of its own. It returns the heading and how many lines precede
// that next line.
func themeBetween(lines []layout.Line, i int, h header, table int) (string, int) {
	theme, ok := themeHeading(lines[i])
	if !ok {
		return "", 0
	}
	for j := i + 1; j < len(lines) && j <= i+maxRunning; j++ {
		l := lines[j]
		if l.Furniture || strings.TrimSpace(l.Text) == "" {
			continue
		}
		if !l.IsTable() {
			return "", 0
		}
		if h2, _, ok := headerAt(lines, j); ok {
			if h2.same(h) {
				return theme, j - i
			}
			return "", 0
		}
		if len(l.Cells) == len(h.cols) && !startsOtherTable(l, h, table) {
			return theme, j - i
		}
		return "", 0
	}
	return "", 0
}

// headingAbove is the heading right above a table's header, set as a
// heading or in bold, and its line.
func headingAbove(lines []layout.Line, i int) (string, int) {
	for j := i - 1; j >= 0 && j >= i-maxRunning; j-- {
		l := lines[j]
		if l.Furniture || strings.TrimSpace(l.Text) == "" {
			continue
		}
		if text, ok := themeHeading(l); ok && (l.Heading > 0 || l.Bold) {
			return text, j
		}
		return "", 0
	}
	return "", 0
}

// lostHeadingAbove is the line right above a table's header when it
// reads as a heading whose style a text copy lost (lostHeading).
func lostHeadingAbove(ld layout.Doc, i int) (string, bool) {
	for j := i - 1; j >= 0 && j >= i-maxRunning; j-- {
		l := ld.Lines[j]
		if l.Furniture || strings.TrimSpace(l.Text) == "" {
			continue
		}
		if l.IsTable() {
			return "", false
		}
		if lostHeading(ld, j) {
			return clean.Space(l.Text), true
		}
		return labelledHeading(ld, j)
	}
	return "", false
}

// labelledHeading reads the line j right above a table's header, and the
// lines before it when the heading wraps onto j ("B - Help more people
// into" / "work they can keep"), as a heading that a text copy set with
// no blank line round it (labelledHeadingFrom).
func labelledHeading(ld layout.Doc, j int) (string, bool) {
	first := j
	for first > 0 && j-first < maxHeadingLines-1 {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(ld.Lines[first].Text)); !unicode.IsLower(r) {
			break
		}
		first-- // the heading goes on from the line before
	}
	text, last, ok := labelledHeadingFrom(ld, first)
	return text, ok && last == j
}

// labelledHeadingFrom reads line i, and the lines after it that go on in
// small letters (a narrow page may break a heading twice: "… and" / "of"
// / "the town"), as a heading that a text copy set with no blank line
// round it: its first line opens with the letter or number that labels a
// plan's part ("B - ", "3. ", "Aim 2:"), the whole reads as a heading (a
// phrase, no full stop, ending in no punctuation), and the line before it
// ends whatever came first (a sentence's stop, a heading's phrase, a
// blank). A paragraph's lines open with no such label, and a label over
// words going on as a sentence is a list's point. It gives the heading
// and its last line.
func labelledHeadingFrom(ld layout.Doc, i int) (string, int, bool) {
	at := func(k int) (string, bool) {
		l := ld.Lines[k]
		text := clean.Space(l.Text)
		return text, text != "" && !l.IsTable() && !l.Furniture
	}
	text, ok := at(i)
	if !ok || !partLabel.MatchString(text) {
		return "", 0, false
	}
	last := i
	for k := i + 1; k < len(ld.Lines) && k-i < maxHeadingLines; k++ {
		more, ok := at(k)
		if r, _ := utf8.DecodeRuneInString(more); !ok || !unicode.IsLower(r) {
			break
		}
		text, last = text+" "+more, k
	}
	if len(text) > maxThemeLen || !layout.LostHeadingShape(text) || pointLine.MatchString(text) || statement(partPrefix.ReplaceAllString(text, "")) {
		return "", 0, false
	}
	if i > 0 {
		p := ld.Lines[i-1]
		before := clean.Space(p.Text)
		if !p.Furniture && before != "" && !p.IsTable() && !strings.HasSuffix(before, ".") && !layout.LostHeadingShape(before) {
			return "", 0, false
		}
	}
	return text, last, true
}

// statement is text that says something rather than names a part: a
// modal, a body asked or a deciding verb ("3. The Council will report …", "2.
// The Board is asked to note …"), a pointer to what comes ("… set out
// below"), or a report's section ("4. Recommendations"). A numbered
// paragraph or a report's section heading is no theme of a plan's rows.
func statement(text string) bool {
	if k := relative.FindStringIndex(text); k != nil {
		text = text[:k[0]] // ("… information which is easy to keep" names a part still)
	}
	return toldWords.MatchString(text) || pointer.MatchString(text) || reportSection.MatchString(strings.TrimSpace(text))
}

// relative opens a relative clause, whose verb describes the phrase's noun.
var relative = lazyre.New(`(?i)\b(?:which|who|whose|where)\b`)

var (
	toldWords     = lazyre.New(`(?i)^that\b|\b(?:will|would|shall|should|must|(?:is|are|was|were|be|been)\s+(?:asked|invited|recommended)|notes?|noted|agreed|agrees|resolved)\b`)
	reportSection = lazyre.New(`(?i)^(?:recommendations?|purpose(?: of (?:the )?report)?|background|introduction|implications|summary|conclusions?|context|options(?: considered)?|risks?|consultation|financial implications|legal implications|appendi(?:x|ces))\s*:?$`)
)

// maxHeadingLines is how many lines a heading may wrap over.
const maxHeadingLines = 3

// partLabel is the label that opens a heading of a plan's part: a
// capital letter or a number and a dash, stop, colon or bracket ("C –
// ", "4. ", "2) "), or a theme word and its number ("Priority 3: ").
var partLabel = lazyre.New(`^(?:[A-Z]|\d{1,2})\s*[-–—.:)]\s+[A-Z]|^(?i:priority|theme|objective|outcome|aim|goal|workstream|strand)\s+(?:\d{1,2}|[A-Z])\s*[-–—.:]\s+\S`)

// partPrefix is partLabel's label alone, without the words it opens.
var partPrefix = lazyre.New(`^(?:(?:[A-Z]|\d{1,2})\s*[-–—.:)]|(?i:priority|theme|objective|outcome|aim|goal|workstream|strand)\s+(?:\d{1,2}|[A-Z])\s*[-–—.:])\s+`)

// statusHeading reads a heading that names the status of the rows under it
// rather than their theme: "Complete", "Actions in progress", "Completed
// actions", "Actions not yet started".
func statusHeading(text string) (string, bool) {
	if len(strings.Fields(text)) > 5 {
		return "", false
	}
	rest := strings.TrimSpace(actionWords.ReplaceAllString(text, " "))
	if rest == "" || !action.IsStatus(rest) {
		return "", false
	}
	return rest, true
}

// actionWords are the nouns a status heading names its rows by.
var actionWords = lazyre.New(`(?i)\b(actions?|recommendations?|items?|tasks?|projects?)\b`)

// headFirstParts gives the rows so far that have no theme the one above
// the table.
func (t *assembler) headFirstParts(theme string) {
	for _, p := range t.parts {
		if p.theme == "" {
			p.theme = theme
		}
	}
}

// themeBefore is the theme heading right above a table's first header,
// when it reads as one by its words ("Priority 1 – …"): a paper's title or
// section heading there is no theme. One line of text may stand between
// them, saying what the theme means ("Aim 3" over "Fewer families in
// temporary homes, and for less time." over the header).
func themeBefore(lines []layout.Line, i int) string {
	described := false
	for j := i - 1; j >= 0 && j >= i-maxRunning; j-- {
		l := lines[j]
		if l.Furniture || strings.TrimSpace(l.Text) == "" {
			continue
		}
		if text, ok := themeHeading(l); ok && themeWords.MatchString(text) {
			return text
		}
		if t := strings.TrimSpace(l.Text); described || l.IsTable() || strings.HasSuffix(t, ":") || pointer.MatchString(t) {
			return "" // (a line leading in to the table, "… in the table below:", is no description)
		}
		described = true
	}
	return ""
}

// pointer is a sentence that points to the table under it.
var pointer = lazyre.New(`(?i)\b(?:table|actions?|set\s+out|listed|shown)\s+below\b|\b(?:the\s+following|as\s+follows)\s*:?$`)

// sectionBefore is the title of the section a table of goals sits in, as
// a strategy heads each of its parts ("PREVENTING WELL"), maybe pages
// before the table: the last heading set in capitals above it.
func sectionBefore(lines []layout.Line, i int) string {
	for j := i - 1; j >= 0; j-- {
		l := lines[j]
		text := strings.TrimSpace(l.Text)
		if l.Heading == 0 || l.IsTable() || l.Furniture || len(text) > 60 || strings.ToUpper(text) != text {
			continue
		}
		letters := 0
		for _, r := range text {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 4 {
			return text
		}
	}
	return ""
}

// headerAt reads a header row starting at line i. A header whose cells
// wrap over up to maxHeaderLines visual lines is joined first; the joined
// reading wins when it recognises more columns than the first line alone.
func headerAt(lines []layout.Line, i int) (header, int, bool) {
	if !lines[i].IsTable() || lines[i].Furniture {
		return header{}, 0, false
	}
	best, bestN := header{}, 0
	cells := lines[i].CellTexts()
	for n := 1; n <= maxHeaderLines && i+n <= len(lines); n++ {
		unfinished := false // a name the line before broke off ("… prospects for the")
		if n > 1 {
			next := lines[i+n-1]
			if !next.IsTable() || next.Record || len(next.Cells) != len(cells) || !headerish(next) {
				break
			}
			if _, ok := parseHeader(next.CellTexts()); ok {
				break // the next line is a header by itself
			}
			for c, t := range next.CellTexts() {
				unfinished = unfinished || t != "" && brokenName(cells[c])
				cells[c] = clean.Join(cells[c], t)
			}
		}
		if h, ok := parseHeader(cells); ok && (h.known() > best.known() || unfinished && n == bestN+1 && h.known() == best.known()) {
			best, bestN = h, n
		}
	}
	if best.swapped && !best.whoRows(lines[i+bestN:]) {
		best.cols[best.item], best.cols[best.who] = fRef, fAction
		best.swapped = false
	}
	return best, bestN, bestN > 0
}

// brokenName: a column's name that stops where no name can, at an
// article, a preposition or a conjunction ("What are the prospects for
// the"), its rest wrapped onto the header's next line.
func brokenName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	switch ws[len(ws)-1] {
	case "a", "an", "the", "of", "to", "for", "with", "by", "in", "on", "at", "and", "or":
		return true
	}
	return false
}

// headerish: a line that may be the wrapped rest of a header row, with
// short cells and no row number.
func headerish(l layout.Line) bool {
	for c, cell := range l.Cells {
		t := strings.TrimSpace(cell.Text)
		if len(t) > 40 || (c == 0 && isRef(t)) {
			return false
		}
	}
	return l.NonEmpty() > 0
}

// part is one row of a table, or one sub-row of a numbered row that carries
// its own owner, progress or status.
type part struct {
	ref   string
	theme string
	// status is that of the heading the row stands under, for a row that
	// gives none of its own.
	status string
	page   int
	fields map[field]string
	source []string
}

// assembler turns the lines of one table into parts.
type assembler struct {
	h     header
	theme string
	// themed is set once a heading within or between the table's parts
	// has named their theme.
	themed bool
	// status is the status heading the rows below it stand under.
	status string
	parts  []*part
	rows   []int // index into parts where each numbered row starts
	// flow says which part a column's wrapped text goes on into: a new
	// sub-row may start while the action text of the row above is still
	// mid-sentence.
	flow map[int]*part
}

// perPart are the fields a sub-row carries for itself; text in the other
// columns may still be the row's wrapped text.
var perPart = map[field]bool{fOwner: true, fStatus: true, fDue: true, fProgress: true}

func (t *assembler) add(l layout.Line) {
	cells := l.Cells
	if isSeparator(cells) || l.NonEmpty() == 0 || l.Furniture {
		return
	}
	ref := ""
	refSpanned := false
	if t.h.refCol >= 0 && t.h.refCol < len(cells) {
		ref = strings.TrimSpace(cells[t.h.refCol].Text)
		refSpanned = cells[t.h.refCol].Spanned
	}
	cur := t.current()
	if !l.Record && cur != nil && refHead.MatchString(cur.ref) && refTail.MatchString(ref) {
		// The rest of a number that wrapped in a narrow column: "IA24-"
		// over "03.1" is one ref.
		cur.ref = joinRef(cur.ref, ref)
		t.appendLine(withoutRef(l, t.h.refCol), cur, false)
		return
	}
	switch {
	case ref != "" && !refSpanned && (isRef(ref) || !l.Record && refHead.MatchString(ref) || l.Record && spacedCode(ref)):
		t.startRow(withoutRef(l, t.h.refCol), normRef(ref))
	case t.isTheme(l):
		// A row that only says a status ("Complete", "Action
		// outstanding") heads the rows with that status, not a theme.
		text := themeText(l)
		if status, ok := statusHeading(text); ok {
			t.status = status
		} else {
			t.theme, t.themed = text, true
		}
		t.flow = nil
		return
	case cur == nil:
		if t.h.refCol >= 0 && !l.Record {
			return // text before the first numbered row
		}
		t.startRow(l, "")
	case t.h.refCol < 0 && t.startsUnnumbered(l):
		t.startRow(l, "")
	case t.startsPart(l, cur):
		t.startPart(l, cur)
	default:
		t.appendLine(l, cur, false)
	}
}

// refHead is the first line of a ref that wrapped in a narrow column:
// letters and digits up to a joining mark ("IA24-", "OS/", "SR (25/26)").
// refTail is its rest ("03.1", "24/07").
var (
	refHead = lazyre.New(`^[A-Za-z]{1,5}\d{0,4}[-/.]$|^[A-Za-z]{1,5} ?\(\d{2}/\d{2}\)$`)
	refTail = lazyre.New(`^\d{1,4}(?:[./-]\d{1,4}){0,3}[a-z]?$`)
)

// spacedCode is a row's code of short parts set apart by spaces and
// dashes, ending in its number ("HSG 25/26 - T B 04"): too long and too
// broken up for isRef, which must not take a cell of words for a number,
// but a code all the same in the number's column of a row the reader knew
// for a row (Record), where no wrapped line's words can stand.
func spacedCode(s string) bool {
	ws := strings.Fields(s)
	if len(s) > 24 || len(ws) < 2 || !unicode.IsDigit(rune(s[len(s)-1])) || monthYear.MatchString(s) {
		return false // (a month or quarter and its year is a date's cell)
	}
	letters := false
	for _, w := range ws {
		if utf8.RuneCountInString(w) > 5 {
			return false
		}
		letters = letters || strings.IndexFunc(w, unicode.IsLetter) >= 0
	}
	return letters
}

// monthYear is a cell that is a month or a quarter and its year: "May
// 2026", "Sept. 2025", "Q1 2026".
var monthYear = lazyre.New(`(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|q[1-4])\s+\d{4}$`)

func joinRef(head, tail string) string {
	if strings.HasSuffix(head, ")") {
		return head + " " + tail
	}
	return head + tail
}

// withoutRef is the line with its number cell emptied, so that the number
// is not taken for text.
func withoutRef(l layout.Line, refCol int) layout.Line {
	if refCol < 0 || refCol >= len(l.Cells) {
		return l
	}
	cells := append([]layout.Cell(nil), l.Cells...)
	cells[refCol].Text = ""
	l.Cells = cells
	return l
}

func (t *assembler) current() *part {
	if len(t.parts) == 0 {
		return nil
	}
	return t.parts[len(t.parts)-1]
}

func (t *assembler) startRow(l layout.Line, ref string) {
	p := &part{ref: ref, theme: t.theme, status: t.status, page: l.Page, fields: map[field]string{}}
	if prev := t.current(); prev != nil {
		// A merged cell belongs to every row it spans.
		for c, cell := range l.Cells {
			if f := t.fieldOf(c); cell.Spanned && f != fNone && f != fRef && f != fExplain {
				p.fields[f] = t.rowField(f)
			}
		}
	}
	t.rows = append(t.rows, len(t.parts))
	t.parts = append(t.parts, p)
	t.flow = map[int]*part{}
	t.appendLine(l, p, true)
}

func (t *assembler) startPart(l layout.Line, prev *part) {
	p := &part{ref: prev.ref, theme: prev.theme, page: l.Page, fields: map[field]string{}}
	// An owner or deadline merged over the sub-rows is each one's.
	for c, cell := range l.Cells {
		if f := t.fieldOf(c); cell.Spanned && perPart[f] {
			p.fields[f] = t.rowField(f)
		}
	}
	t.parts = append(t.parts, p)
	t.appendLine(l, p, true)
}

// appendLine adds a line's cells to p. When p is new, the per-part columns
// move to it, and so does any other column whose text starts afresh rather
// than going on from the text above.
func (t *assembler) appendLine(l layout.Line, p *part, fresh bool) {
	p.source = append(p.source, strings.TrimSpace(l.Text))
	if t.flow == nil {
		t.flow = map[int]*part{}
	}
	unswap := t.h.swapped && clauseInWho(l, t.h)
	for c, cell := range l.Cells {
		text := strings.TrimSpace(cell.Text)
		if text == "" && cell.Shade != "" && c < len(t.h.cols) && t.h.cols[c] == fStatus {
			text = cell.Shade // a status shown by the cell's colour alone
		}
		if cell.Spanned || text == "" || c >= len(t.h.cols) {
			continue
		}
		f := t.h.cols[c]
		if unswap && c == t.h.item {
			continue // the row's item is its topic, as the header names it
		} else if unswap && c == t.h.who {
			f = fAction
		}
		if c == t.h.refCol {
			if fresh && isRef(text) {
				continue
			}
			f = fAction // text in the number column that is no number
		}
		if f == fNone || f == fRef {
			continue
		}
		dst := p
		if prev, ok := t.flow[c]; ok && prev != p {
			if !fresh || (!perPart[f] && continues(prev.fields[f], text)) {
				dst = prev
			}
		}
		t.flow[c] = dst
		dst.fields[f] = clean.Join(dst.fields[f], text)
	}
}

// clauseInWho: under a header whose Item/Action swap most rows bore out
// (whoRows), l is a row whose "Action" cell is a clause of what is done
// ("Clerk to write to the landowner"), not who acts: that row keeps the
// header's own reading.
func clauseInWho(l layout.Line, h header) bool {
	if len(l.Cells) != len(h.cols) {
		return false
	}
	// Only a clause proper: a "to" of what is done or a full stop. A long
	// cell of names ("Clerk + Cllrs Ames & Bell") is still who acts.
	text := strings.TrimSpace(l.Cells[h.who].Text)
	return slices.Contains(strings.Fields(text), "to") || strings.HasSuffix(text, ".")
}

// continues reports whether next reads as the rest of prev: prev stops
// mid-sentence, or next starts in lower case.
func continues(prev, next string) bool {
	if prev == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return !strings.ContainsRune(".!?:;)", last) && !unicode.IsUpper(first) && !unicode.IsDigit(first)
}

// startsPart decides whether a line without a number of its own starts a
// sub-row of the current row. A real table row always does when it brings
// its own owner, status, deadline or progress; a visual line does when it
// brings a second status (or deadline) to a part that already has one
// complete, which is how a sub-row shows in text taken from a PDF.
func (t *assembler) startsPart(l layout.Line, cur *part) bool {
	if l.Record {
		for c, cell := range l.Cells {
			if c < len(t.h.cols) && perPart[t.h.cols[c]] && !cell.Spanned && strings.TrimSpace(cell.Text) != "" {
				return true
			}
		}
		return false
	}
	for c, cell := range l.Cells {
		if c >= len(t.h.cols) {
			break
		}
		text := strings.TrimSpace(cell.Text)
		if text == "" {
			continue
		}
		switch t.h.cols[c] {
		case fStatus:
			// "Not" then "started" is one wrapped status, not two.
			if action.IsStatus(cur.fields[fStatus]) && action.IsStatus(text) {
				return true
			}
		case fDue:
			if action.NormalizeDue(cur.fields[fDue]) != "" && action.NormalizeDue(text) != "" {
				return true
			}
		}
	}
	return t.startsOwnUpdate(l, cur)
}

// startsOwnUpdate: with no status to go by, a line that brings a new owner
// and a progress note starting a fresh sentence, after a part whose owner
// and progress are complete, is a sub-row ("Cllr Kaufman" / "Cllr Kaufman
// circulated a map.").
func (t *assembler) startsOwnUpdate(l layout.Line, cur *part) bool {
	owner, progress := t.h.col(fOwner), t.h.col(fProgress)
	if owner < 0 || progress < 0 || owner >= len(l.Cells) || progress >= len(l.Cells) {
		return false
	}
	o, p := strings.TrimSpace(l.Cells[owner].Text), strings.TrimSpace(l.Cells[progress].Text)
	if o == "" || p == "" || cur.fields[fOwner] == "" || cur.fields[fProgress] == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(p)
	ownerFirst, _ := utf8.DecodeRuneInString(o)
	last, _ := utf8.DecodeLastRuneInString(cur.fields[fProgress])
	return unicode.IsUpper(first) && unicode.IsUpper(ownerFirst) && strings.ContainsRune(".!?", last)
}

// startsUnnumbered decides, in a table with no number column, whether a
// visual line starts a new row: it fills most of the columns and its first
// filled cell starts a sentence. Real rows always start one unless their
// action cell continues a spanned cell above.
func (t *assembler) startsUnnumbered(l layout.Line) bool {
	if l.Record {
		// A row whose action continues a merged cell above is a sub-row
		// of it — unless it brings its own objective, when the merged
		// action serves each of several objectives.
		spannedAction, ownWhat := false, false
		for c, cell := range l.Cells {
			if c >= len(t.h.cols) {
				break
			}
			switch t.h.cols[c] {
			case fAction:
				spannedAction = spannedAction || cell.Spanned
			case fObjective, fTitle:
				ownWhat = ownWhat || !cell.Spanned && strings.TrimSpace(cell.Text) != ""
			}
		}
		return !spannedAction || ownWhat
	}
	mapped, filled := 0, 0
	first := ""
	for c, f := range t.h.cols {
		if f == fNone {
			continue
		}
		mapped++
		if c < len(l.Cells) && strings.TrimSpace(l.Cells[c].Text) != "" {
			filled++
			if first == "" {
				first = strings.TrimSpace(l.Cells[c].Text)
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(first)
	return filled >= 2 && filled*5 >= mapped*3 && (unicode.IsUpper(r) || unicode.IsDigit(r))
}

// maxThemeLen bounds a theme row that is not set in bold; longer text alone
// in the first column is wrapped text, not a heading.
const maxThemeLen = 150

// themeWords start a theme heading ("Priority 2 – …"), or name it after a
// word or two when a number or a colon follows ("Shared outcome 5: …").
var themeWords = lazyre.New(`(?i)^(priority|theme|objective|outcome|section|area|aim|goal|workstream|strand|part)\b|^(?:[\w'’]+\s+){1,2}?(priority|theme|objective|outcome|aim|goal|workstream|strand)\s*(?:\d{1,2}[a-z]?|[A-Z])?\s*[:\-–—]`)

// isTheme reports whether a line is a heading row spanning the table
// ("Priority 1 - Housing for all"): one filled cell, in the first column or
// spanning most of the table, that is no row number.
func (t *assembler) isTheme(l layout.Line) bool {
	var only layout.Cell
	col := -1
	for c, cell := range l.Cells {
		if strings.TrimSpace(cell.Text) == "" || cell.Spanned {
			continue
		}
		if col >= 0 {
			return false
		}
		only, col = cell, c
	}
	if col < 0 {
		return false
	}
	text := strings.TrimSpace(only.Text)
	first, _ := utf8.DecodeRuneInString(text)
	if isRef(text) || unicode.IsLower(first) {
		return false
	}
	spans := only.Span*2 >= len(t.h.cols) && only.Span > 1
	leftmost := col == 0 || col == t.h.refCol
	if !spans && !leftmost {
		return false
	}
	return l.Bold || spans || len(text) <= maxThemeLen && (t.h.refCol == col || themeWords.MatchString(text))
}

func themeText(l layout.Line) string {
	for _, c := range l.Cells {
		if t := strings.TrimSpace(c.Text); t != "" {
			return t
		}
	}
	return ""
}

var separator = lazyre.New(`^[-–—_=.*` + layout.Bullets + `\s]+$`)

// isSeparator reports a row of dashes and other rules drawn in text.
func isSeparator(cells []layout.Cell) bool {
	any := false
	for _, c := range cells {
		t := strings.TrimSpace(c.Text)
		if t == "" {
			continue
		}
		if !separator.MatchString(t) {
			return false
		}
		any = true
	}
	return any
}

// actions turns the parts into actions, numbering the parts of each row.
func (t *assembler) actions() []action.Action {
	var out []action.Action
	partNo := 0
	row := 0
	columnTheme, rowRef := "", ""
	codes := t.leadingCodes()
	for i, p := range t.parts {
		if row < len(t.rows) && t.rows[row] == i {
			partNo = 0
			row++
		}
		if len(p.fields) == 0 {
			continue
		}
		partNo++
		// A theme column names the theme of its row and, left blank or
		// merged, of the rows below it.
		if v := p.fields[fTheme]; v != "" && !rating.MatchString(v) {
			columnTheme = v
		}
		theme := p.theme
		if columnTheme != "" {
			theme = columnTheme
		}
		ref, text := p.ref, p.fields[fAction]
		if ref == "" && partNo == 1 {
			ref, text = leadingRef(text)
			if m := leadingCode.FindStringSubmatch(text); ref == "" && m != nil && codes[m[2]] >= 2 {
				ref, text = m[1], text[len(m[0])-1:] // (the capital is the action's)
			}
			rowRef = ref
		} else if ref == "" {
			ref = rowRef
		}
		p.fields[fAction] = text
		if t.h.has(fOwner) && t.h.has(fStatus) && p.fields[fOwner] == "" && p.fields[fStatus] == "" {
			if r, ok := splitRunTogether(text); ok {
				ref = cmp.Or(ref, r.ref)
				p.fields[fAction], p.fields[fOwner], p.fields[fStatus] = r.action, r.owner, r.status
				p.fields[fProgress] = strings.TrimSpace(r.rest + " " + p.fields[fProgress])
			}
		}
		if p.fields[fStatus] == "" && p.status != "" && !action.IsStatus(leadingStatus.FindString(p.fields[fProgress])) {
			p.fields[fStatus] = p.status
		}
		a := fieldsAction(p.fields, theme, p.page, p.source)
		if t.h.reached && !action.IsStatus(a.StatusRaw) && (affirmative.MatchString(a.StatusRaw) || dateAlone(a.StatusRaw)) {
			// "Yes" or "15/10/2015" under "Completed": done (on that
			// date). A date with a word of planning before it
			// ("Expected May 2027", "Target: June 2027") is when it is
			// to be done, not that it is.
			a.Status = action.StatusComplete
		}
		if m := closingDue.FindStringSubmatch(a.Action); a.DueRaw == "" && m != nil && action.NormalizeDue(m[1]) != "" {
			// With no column for it, a row says when in brackets at the
			// end of its action: "Introduce a panel (by June 2024)".
			a.DueRaw = m[1]
		}
		if m := endingDue.FindStringSubmatchIndex(a.Action); a.DueRaw == "" && !t.h.has(fDue) && m != nil && action.NormalizeDue(a.Action[m[2]:m[3]]) != "" && !doneBefore(a.Action[:m[0]]) {
			// With no column for it, a row's action may close on when
			// it is done: "Pilot the new rota in Autumn 2025".
			a.DueRaw = a.Action[m[2]:m[3]]
		}
		if strings.TrimSpace(a.Action) == "" && ref == "" && a.Title == "" && a.Objective == "" && len(a.Owner) == 0 && a.DueRaw == "" && a.StatusRaw == "" {
			// A row with nothing that says what is to be done, nor a
			// number, title, owner, date or status to follow it by
			// (only an outcome or a note), is no action.
			continue
		}
		if t.h.pledges && p.fields[fObjective] == "" {
			// A goal with nothing said of its delivery is a commitment,
			// not an action of a plan.
			a.Kind = action.KindCommitment
		}
		a.Ref, a.Part = ref, partNo
		out = append(out, a)
	}
	return out
}

// A row whose cells a text copy ran into one line is all read as the
// first column's. Under a header that names an owner and a status column
// ("Action Action Owner Status Update") it splits where the owner's
// initials are followed by a status opening in a capital: "002 Planter
// sizes and costs KP Outstanding No progress yet".
var (
	ownerThenCapital = lazyre.New(`\s([A-Z]{2,3}(?:\s*[/&,]\s*[A-Z]{2,3})*)\s+[A-Z]`)
	rowNumber        = lazyre.New(`^(\d{1,4}[a-z]?)\.?\s+`)
)

// runRow is a run-together row's cells.
type runRow struct{ ref, action, owner, status, rest string }

// splitRunTogether splits a run-together row at its first owner's
// initials followed by a status.
func splitRunTogether(text string) (runRow, bool) {
	for _, m := range ownerThenCapital.FindAllStringSubmatchIndex(text, -1) {
		after := text[m[1]-1:]
		st := action.StatusPrefix(after)
		if st == "" {
			continue
		}
		r := runRow{action: strings.TrimSpace(text[:m[0]]), owner: text[m[2]:m[3]], status: st, rest: strings.TrimLeft(after[len(st):], " .:;–-")}
		if n := rowNumber.FindStringSubmatch(r.action); n != nil {
			r.ref, r.action = n[1], r.action[len(n[0]):]
		}
		if r.action != "" {
			return r, true
		}
	}
	return runRow{}, false
}

// rating is what a Priority column holds when it rates a row rather than
// naming the priority it serves: High, Medium, Low, P1, a RAG colour.
var rating = lazyre.New(`(?i)^(very high|high|medium|med|low|h|m|l|critical|major|moderate|minor|significant|p?[1-5]|red|amber|green)$`)

// leadingStatus is the first few words of a note, to its first stop.
// affirmative is a cell that answers yes.
// dateAlone is a date alone, opening with its day, year or month
// ("3rd May 2025", "May 2025", "12/03/2026").
func dateAlone(s string) bool {
	return dateFirst.MatchString(s) && action.NormalizeDue(s) != ""
}

var dateFirst = lazyre.New(`(?i)^\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)`)

// dayDate is a date of a day: "3 May 2025", "3rd May 2025", "03/05/2025".
var dayDate = lazyre.New(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`)

var affirmative = lazyre.New(`(?i)^\s*(?:yes|y|✓|✔)\s*\.?\s*$`)

var leadingStatus = lazyre.New(`^[A-Za-z][A-Za-z ]{1,30}?(?:\s*[:–—-]|\.|$)`)

var leadingNumber = lazyre.New(`^(\d{1,3}(?:\.\d{1,3})*[a-z]?)[.)]\s+`)

// endingDue is a month or a season and its year closing a row's action,
// after "in", "by" or "before": "… in Spring 2024", "… by March 2025".
var endingDue = lazyre.New(`(?i)\s(?:in|by|before)\s+((?:(?:the\s+)?end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter)[a-z]*\s+\d{4})\.?$`)

// doneBefore: the words before the closing date end on a past
// participle, perhaps with its particle ("the survey carried out", "the
// count held"), and not as the action's opening verb: the date says when
// that was done, not when the action is due ("Act on the survey carried
// out in March 2025").
func doneBefore(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	k := len(ws) - 1
	if k > 0 && particle[ws[k]] {
		k-- // "carried out", "set up"
	}
	if k <= 0 {
		return false // "Set up in May 2026": the action's own verb
	}
	w := strings.Trim(ws[k], ",;")
	return strings.HasSuffix(w, "ed") && len(w) > 4 || pastParticiple[w]
}

// particle ends a phrasal verb: "carried out", "set up".
var particle = map[string]bool{"out": true, "up": true, "off": true, "over": true, "down": true}

// pastParticiple are common irregular past participles, which no "-ed"
// shows ("held", "done"). (A small list: the verbs of events a plan
// looks back on.)
var pastParticiple = map[string]bool{"held": true, "done": true, "made": true, "taken": true, "given": true, "begun": true,
	"written": true, "sent": true, "built": true, "won": true, "undertaken": true, "run": true, "published": true, "agreed": true, "set": true, "put": true}

// closingDue is a deadline in brackets closing an action: "(by June
// 2024)", "(by end of 2024)"; what is inside must read as a date.
var closingDue = lazyre.New(`\((?i:by|before|due)\s+([^()]{3,30})\)\.?$`)

// leadingCode is a code an unnumbered table's row prints before its action
// ("NE1 Plant 10 hectares …", "NE2: Complete …"): letters (group 2) and a
// number, then the action in a capital.
var leadingCode = lazyre.New(`^(([A-Z]{1,4})\d{1,3}(?:\.\d{1,3})*[a-z]?)(?:[:.]|\s[–-])?\s+(?:[A-Z])`)

// leadingCodes counts, by their letters, the codes that start rows'
// actions: two or more make a series ("NE1", "NE2"), where one row's "CO2
// Reduction …" is words.
func (t *assembler) leadingCodes() map[string]int {
	seen := map[string]int{}
	for _, p := range t.parts {
		if m := leadingCode.FindStringSubmatch(p.fields[fAction]); p.ref == "" && m != nil {
			seen[m[2]]++
		}
	}
	return seen
}

// leadingRef takes the number an unnumbered table's row prints at the start
// of its action ("3. Review the policy").
func leadingRef(text string) (string, string) {
	if m := leadingNumber.FindStringSubmatch(text); m != nil {
		return m[1], strings.TrimSpace(text[len(m[0]):])
	}
	return "", text
}

func (t *assembler) fieldOf(c int) field {
	if c < len(t.h.cols) {
		return t.h.cols[c]
	}
	return fNone
}

// rowField is f of the current row's first part.
func (t *assembler) rowField(f field) string {
	if len(t.rows) == 0 {
		return ""
	}
	return t.parts[t.rows[len(t.rows)-1]].fields[f]
}

// fieldsAction makes an action of the fields a row (or block) gathered.
func fieldsAction(fields map[field]string, theme string, page int, source []string) action.Action {
	if fields[fStatus] == "" {
		// With no status of its own, a progress note that opens with one
		// ("Complete – report published") gives it.
		if m := leadingStatus.FindString(fields[fProgress]); m != "" && action.IsStatus(m) {
			fields[fStatus] = strings.TrimRight(m, " :–—-.")
		} else if o := strings.TrimRight(fields[fOutcome], " ."); len(strings.Fields(o)) <= 3 && action.IsStatus(o) {
			// An "Outcome" column that records how it stands ("Actioned.",
			// "Pending") is the action's status, not what it achieved.
			fields[fStatus], fields[fOutcome] = o, ""
		}
	}
	if dayDate.MatchString(fields[fOwner]) {
		// "Planning Committee 3 May 2025": a meeting on a day, not
		// who acts.
		fields[fOwner] = ""
	}
	return action.Action{
		Part:       1,
		Kind:       action.KindAction,
		Title:      fields[fTitle],
		Theme:      theme,
		Objective:  fields[fObjective],
		Action:     fields[fAction],
		Owner:      action.SplitOwners(fields[fOwner]),
		DueRaw:     fields[fDue],
		StatusRaw:  fields[fStatus],
		Target:     fields[fTarget],
		Outcome:    fields[fOutcome],
		Milestones: fields[fMilestones],
		Progress:   fields[fProgress],
		Page:       page,
		SourceText: strings.Join(source, "\n"),
	}
}
