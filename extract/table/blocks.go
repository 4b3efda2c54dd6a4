package table

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// labelled matches a line that names its field: "Lead officer: Jo Bloggs",
// "Action 3: Review the policy".
var labelled = lazyre.New(`^([A-Za-z][A-Za-z /&()?'’-]{0,40}?)\s*(?:(\d{1,3}(?:\.\d{1,3})*[a-z]?)\s*)?:\s*(.*)$`)

// labelledLine matches labelled, run only on lines with a colon.
func labelledLine(text string) []string {
	if !strings.Contains(text, ":") {
		return nil
	}
	return labelled.FindStringSubmatch(text)
}

// dashLabelled is a label set off with a dash for its colon, perhaps as a
// point of a list, whatever its bullet: "Action - provide …", "- year -
// ongoing", "• target / outcome - …".
var dashLabelled = lazyre.New(`^([-*` + layout.Bullets + `]\s*)?([A-Za-z][A-Za-z /&()?'’]{0,30}?)\s*[-–]\s+(\S.*)$`)

// dashBlocks finds blocks whose labels are set off with dashes, not colons
// — "Action - provide …" over "- target /outcome - …" and "- year -
// ongoing" — and gives their lines as the colon would write them: a line
// whose label names a field over two or more such points. A dash alone
// says too little ("Alton Towers – unlocking investment"). Once the paper
// has shown its blocks so, one point under a head is enough when its label
// and the head's are ones those blocks used: the paper's own shape again,
// with a point it wrote without its dash ("- year 1"). In text wrapped to
// width, a line that goes on with the one before it (which came up near
// the width) is passed over: the block's lines read it as theirs.
func dashBlocks(lines []layout.Line, width int) map[int]string {
	out := map[int]string{}
	label := func(i int) (bullet bool, name, rewritten string, ok bool) {
		if lines[i].IsTable() {
			return false, "", "", false
		}
		m := dashLabelled.FindStringSubmatch(clean.Space(lines[i].Text))
		if m == nil || classify(m[2]) == fNone {
			return false, "", "", false
		}
		return m[1] != "", strings.ToLower(m[2]), m[2] + ": " + m[3], true
	}
	shown := map[string]bool{} // the labels of the blocks read so far
	for i := 0; i < len(lines); i++ {
		bullet, name, head, ok := label(i)
		if !ok || bullet {
			continue
		}
		// The head, then the labelled points under it: two at least.
		points := map[int]string{}
		names := []string{name}
		j := i + 1
		for ; j < len(lines); j++ {
			if strings.TrimSpace(lines[j].Text) == "" {
				continue
			}
			b, n, text, ok := label(j)
			if !ok && strings.TrimSpace(lines[j-1].Text) != "" && width > 0 && !layout.WouldFit(lines[j-1].Text, lines[j].Text, width) {
				continue // the line before it, wrapped
			}
			if !ok || !b {
				break
			}
			points[j] = text
			names = append(names, n)
		}
		if len(points) < 2 && !(len(points) == 1 && shown[names[0]] && shown[names[1]]) {
			continue
		}
		for _, n := range names {
			shown[n] = true
		}
		out[i] = head
		for k, t := range points {
			out[k] = t
		}
		i = j - 1
	}
	return out
}

// block is one action written as labelled lines.
type block struct {
	ref    string
	page   int
	fields map[field]string
	// asked is set when what the block says will be done came under a
	// label that asks for it ("Recommendation 3: …"): an "Action:" line
	// after it is the answer, and the ask its objective.
	asked bool
	// yields is set while the owner came from a label that gives way to a
	// lead named after it (partners, a unit): that lead replaces it.
	yields bool
	lines  []int
	source []string
	// titled is set for a block headed by a numbered title; theme is
	// then what its own "Section:" or "Theme:" line says.
	titled bool
	theme  string
	// numberedAction is set when the block's words came under a label
	// that numbers them as an action ("Action 2: …").
	numberedAction bool
	// headed is set for a block under "Commitment 19" or "Action 3" on a
	// line of its own, whose words are the line below; awaiting is set
	// while a label alone on its line ("Lead") waits for its value.
	headed, awaiting bool
	// update is set once a titled block's update has begun, under a
	// progress label with nothing after it ("Comments:") or as the
	// paragraph after its fields: the paragraphs after it are the
	// update's too, up to the next numbered title.
	update bool
	// aside is set while a label alone on its line that the block has no
	// field for ("Next steps") waits for its value.
	aside bool
}

// givesWay is whether an owner's label names who only shares or houses an
// action ("Partners", "Directorate"), so that a lead named beside it owns
// it instead.
func givesWay(label string) bool {
	l := strings.ToLower(strings.TrimSpace(label))
	return weakOwner.MatchString(l) || unitOwner.MatchString(l)
}

// pledgeHeading numbers a commitment or action on a line of its own.
var pledgeHeading = lazyre.New(`(?i)^(?:action|commitment|pledge|promise)\s+(?:no\.?\s*)?\d{1,3}\.?$`)

// ownLabel is the field a label alone on its line names ("Lead",
// "Timescale", "Our progress"), or fNone.
func ownLabel(text string) field {
	if strings.ContainsAny(text, ":.") || len(strings.Fields(text)) > 4 {
		return fNone
	}
	return classify(text)
}

// unfieldedLabel is a line of a card set a label a line ("Lead" over
// its value) that names no field the card knows but is shaped as its
// labels are: a few words alone, no stop or colon, a line of value under
// it and then a label the card knows or the next card's number. So
// "Next steps" between "Our progress" and "When this will happen" is a
// label; a heading over the next cards is followed by a card's number,
// not by a value and a label.
func unfieldedLabel(lines []layout.Line, i int, text string) bool {
	if ownLabel(text) != fNone || strings.ContainsAny(text, ":.;,") || len(strings.Fields(text)) > 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) {
		return false
	}
	k := nextWithText(lines, i)
	if k < 0 {
		return false
	}
	value := clean.Space(lines[k].Text)
	if ownLabel(value) != fNone || refHeading.MatchString(value) || labelledLine(value) != nil {
		return false
	}
	after := nextWithText(lines, k)
	if after < 0 {
		return false
	}
	next := clean.Space(lines[after].Text)
	return ownLabel(next) != fNone || pledgeHeading.MatchString(next)
}

var actionLabel = lazyre.New(`(?i)^actions?$`)

// ratingOnly is a value that rates, as a priority does: "High",
// "Medium/Low", "2".
var ratingOnly = lazyre.New(`(?i)^(?:very\s+)?(?:high|medium|med|low|critical|urgent|essential|desirable|[1-5])(?:\s*[/-]\s*(?:high|medium|med|low))?\.?$`)

// askLabel names what a plan's action answers: a recommendation, a
// finding, an issue.
var askLabel = lazyre.New(`(?i)^(recommendations?|findings?|issues?|areas? for improvement)\b`)

// blocks finds actions written as runs of labelled lines instead of a table
// row — the same header words, one field a line:
//
//	Action 1: Recruit volunteers
//	Lead: Health Improvement Officers
//	Timescale: October 2021
//
// A run counts when it says what will be done and one more thing about it
// (who, when, status, target, outcome or progress).
func blocks(ld layout.Doc, used []bool, styled bool) []action.Action {
	var out []action.Action
	var cur *block
	var last field
	theme := ""
	lostTheme := false // theme is a line read by lostHeading
	flush := func() {
		if cur != nil && cur.complete() {
			out = append(out, cur.action(theme))
			for _, i := range cur.lines {
				used[i] = true
			}
		}
		cur, last = nil, fNone
	}
	width := layout.WrapWidth(ld)
	dashed := dashBlocks(ld.Lines, width)
	for i, l := range ld.Lines {
		text := clean.Space(l.Text)
		if l.IsTable() {
			// A card: a two-column table of label and value, one per action.
			text = cardLine(l)
		}
		if t, ok := dashed[i]; ok {
			text = t
		}
		if used[i] || l.Furniture || l.IsTable() && text == "" {
			flush()
			continue
		}
		if text == "" {
			continue // a blank line may sit between the lines of one block
		}
		if m := numberedTitle.FindStringSubmatch(text); m != nil && l.Heading >= 0 && fieldsFollow(ld.Lines, i) {
			// "5.01.02 Local Plan government inspection" over "Due date:
			// …", "Status: …": a numbered title heads the block and is its
			// action.
			flush()
			cur = &block{page: l.Page, fields: map[field]string{fAction: m[2]}, ref: m[1], titled: true}
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
			last = fAction
			continue
		}
		if refPattern.MatchString(text) && !l.IsTable() {
			if k := nextWithText(ld.Lines, i); k > 0 {
				next, ok := dashed[k]
				if !ok {
					next = clean.Space(ld.Lines[k].Text)
				}
				if f, _, _ := fieldLine(next); f == fAction {
					// "3.1" alone (refPattern, a number as a table's
					// number column writes it) over "Action - …": the
					// number of the block under it.
					flush()
					cur = &block{page: l.Page, fields: map[field]string{}, ref: normRef(text)}
					cur.lines = append(cur.lines, i)
					continue
				}
			}
		}
		if ref := refHeading.FindStringSubmatch(text); ref != nil {
			// "Action 3" on its own, or "Action 4.2 – Healthy homes",
			// heads the card or lines below it.
			flush()
			cur = &block{page: l.Page, fields: map[field]string{}, ref: normRef(ref[1]), headed: pledgeHeading.MatchString(text)}
			if ref[2] != "" {
				cur.fields[fTitle] = ref[2]
			}
			cur.lines = append(cur.lines, i)
			continue
		}
		if cur != nil && cur.headed && len(cur.lines) == 1 && len(cur.fields) == 0 && labelledLine(text) == nil && !l.IsTable() {
			// "Commitment 19" over "Develop a cross-council approach …":
			// the line under the number is what is committed to.
			cur.fields[fAction] = text
			cur.numberedAction = true
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
			last = fAction
			continue
		}
		if cur != nil && cur.headed && last != fNone && ownLabel(text) != fNone {
			// "Lead" alone over "Corporate Strategy.": a label on its own
			// line, its value on the next.
			last = ownLabel(text)
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
			cur.awaiting = true
			continue
		}
		if cur != nil && cur.headed && last != fNone && unfieldedLabel(ld.Lines, i, text) {
			// "Next steps" alone over a sentence, then "Timescale" alone:
			// the card goes on with a label it has no field for. It and
			// its value are the card's, no paper's text outside it.
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
			cur.aside = true
			continue
		}
		if cur != nil && cur.aside {
			cur.aside = false
			if labelledLine(text) == nil {
				cur.lines = append(cur.lines, i)
				cur.source = append(cur.source, text)
				continue
			}
		}
		if cur != nil && cur.awaiting {
			cur.awaiting = false
			if labelledLine(text) == nil && cur.fields[last] == "" {
				cur.fields[last] = strings.TrimRight(text, ".")
				cur.lines = append(cur.lines, i)
				cur.source = append(cur.source, text)
				continue
			}
		}
		f, ref, value := fieldLine(text)
		if f == fTheme && ratingOnly.MatchString(value) {
			// "Priority: High" among an action's lines rates it; it names
			// no theme over the blocks after it.
			f = fNone
		}
		if l.Heading > 0 && !l.IsTable() && f != fAction && f != fRef {
			// A heading between cards or blocks is the theme of those under
			// it ("Outcome 4: Tackle the wider determinants").
			flush()
			theme, lostTheme = text, false
			continue
		}
		m := labelledLine(text)
		isLabel := f != fNone || m != nil && len(text) < 60
		label := ""
		if m != nil {
			label = m[1]
		}
		weakLabel := f == fProgress && weakUpdate.MatchString(strings.ToLower(label)) ||
			f == fOwner && givesWay(label) && cur != nil && cur.fields[fOwner] != ""
		if f == fOwner && cur != nil && cur.yields {
			// The lead named after the partners or unit owns the action.
			cur.fields[fOwner], cur.yields = "", false
		}
		if cur != nil && (f == fNone && isLabel || weakLabel) {
			// A label the block has no field for ("Response: Agreed.")
			// belongs to it all the same.
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
			last = fNone
			continue
		}
		if f == fAction && cur != nil && cur.asked && cur.fields[fObjective] == "" && !askLabel.MatchString(label) {
			// "Action: …" after "Recommendation 3: …" answers it.
			cur.fields[fObjective], cur.fields[fAction], cur.asked = cur.fields[fAction], "", false
		}
		switch {
		case f == fTheme && cur != nil && cur.titled:
			// "Section: Planning" under "5.1.01 Local Plan": the titled
			// block's own theme, not a heading over the blocks after it.
			cur.theme = value
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
			last = fNone
		case f == fTheme:
			flush()
			theme, lostTheme = value, false
			if strings.Contains(strings.TrimSpace(label), " ") || ref != "" {
				theme = text // "Theme A: Places to meet", "Priority 2: …" keep their number
			}
		case f == fNone && numberedTitle.MatchString(text):
			// "4.2 Background": a numbered heading ends the block; it is
			// no value of the field above wrapped.
			flush()
			if !styled && (theme == "" || lostTheme) && lostHeading(ld, i) {
				theme, lostTheme = text, true
			}
		case f == fNone && !isLabel && cur != nil && cur.titled && (cur.update && (cur.fields[fProgress] == "" || updateBetween(ld.Lines, i)) || cur.fields[fProgress] == "" && cur.complete() && updateBetween(ld.Lines, i)):
			// "Status: Green" over a paragraph, then the next numbered
			// title: the paragraph between one block's fields and the
			// next block says how the first stands, its update, whether
			// a label ("Comments:") heads it or not. Text that runs on to
			// anything but a numbered title (a page's closing prose) is
			// no block's, after a label's first paragraph too.
			cur.fields[fProgress] = clean.Join(cur.fields[fProgress], text)
			cur.update = true
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
			last = fProgress
		case f == fNone && entryLine.MatchString(text):
			// "20/02/2024 - Town Centre Fund ref: 521": a decisions list's
			// next entry, never the value above wrapped.
			flush()
		case f == fNone && !isLabel && cur != nil && last != fNone && !ld.Flowing && !pointLine.MatchString(text):
			cur.fields[last] = clean.Join(cur.fields[last], text) // wrapped value
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
		case f == fNone && m == nil && cur != nil && last != fNone && last != fAction && last != fDue && ld.Flowing && !pointLine.MatchString(text) && labelGoesOn(ld.Lines, i, cur):
			// A paragraph a line: a value may run to a second paragraph
			// ("Where are we now: two posts are vacant." then "Recruiting
			// has begun.") when a label of the same block comes straight
			// after it ("What you will see: …"). Prose after a block
			// has no label of a field the block still lacks after it.
			cur.fields[last] = clean.Join(cur.fields[last], text)
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
		case f == fNone:
			flush()
			if !styled && (theme == "" || lostTheme) && lostHeading(ld, i) {
				// A copy that kept no headings: a short line standing
				// alone between blocks ("Keeping homes safe" over
				// "Commitment 4") is the heading of those under it,
				// unless a label ("Theme: …") named one.
				theme, lostTheme = text, true
			} else if h, ok := lostLabelledHeading(ld, i); ok && !styled && (theme == "" || lostTheme) {
				theme, lostTheme = h, true // the like heading, labelled, wrapped or set close
			} else if !styled && (theme == "" || lostTheme) && headingOverBlock(ld, i, dashed, width) {
				theme, lostTheme = text, true
			}
		default:
			// A new action or number starts a new block, except the action
			// of a block so far only numbered ("Action 3" above its card).
			newAction := f == fAction && (cur != nil && cur.fields[fAction] != "" || cur != nil && ref != "" && cur.ref != "" && ref != cur.ref)
			newRef := f == fRef && cur != nil && (cur.fields[fAction] != "" || cur.ref != "")
			if newAction || newRef {
				flush()
			} else if cur != nil && cur.fields[f] != "" {
				flush()
			}
			if cur == nil {
				cur = &block{page: l.Page, fields: map[field]string{}}
			}
			if f == fRef {
				cur.ref = normRef(value)
			} else {
				cur.fields[f] = value
				if ref != "" && cur.ref == "" {
					cur.ref = ref
				}
				switch f {
				case fAction:
					cur.asked = askLabel.MatchString(label)
					cur.numberedAction = ref != "" && actionLabel.MatchString(label)
				case fOwner:
					// A unit, like partners, gives way to a lead named
					// after it ("Directorate: Place" over "Lead: J Smith").
					cur.yields = givesWay(label)
				}
			}
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
			last = f
			// "Comments:" alone under a titled block: its paragraphs
			// follow.
			cur.update = cur.titled && f == fProgress && value == ""
		}
	}
	flush()
	return out
}

// updateBetween tells whether line i starts paragraphs that run, with no
// label or heading among them, up to a numbered title ("4.02.01 Plant
// trees"): text between a block and the next.
func updateBetween(lines []layout.Line, i int) bool {
	for j := i; j < len(lines); j++ {
		text := clean.Space(lines[j].Text)
		switch {
		case text == "":
			continue
		case numberedTitle.MatchString(text):
			return j > i
		case lines[j].IsTable() || lines[j].Heading > 0 || lines[j].Furniture || labelledLine(text) != nil && len(text) < 60:
			return false
		}
	}
	return false
}

// pointLine is a point of a list, which starts afresh: no value above
// wraps onto it.
var pointLine = lazyre.New(`^[` + layout.Bullets + `*]\s`)

// nextWithText is the index of the first line after i with text, or -1.
func nextWithText(lines []layout.Line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j].Text) != "" {
			return j
		}
	}
	return -1
}

// numberedTitle is a line of a number in parts and a short title, no
// label: "5.1.01 Local Plan".
var numberedTitle = lazyre.New(`^(\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?)\.?\s+([A-Z][^:]{0,100})$`)

// fieldsFollow tells whether the next lines after i with text are labelled
// fields the header synonyms know, two of them among the next four: the
// title above them heads a block, not a paragraph.
func fieldsFollow(lines []layout.Line, i int) bool {
	known, seen := 0, 0
	for j := i + 1; j < len(lines) && seen < 4; j++ {
		text := clean.Space(lines[j].Text)
		if text == "" {
			continue
		}
		seen++
		if f, _, _ := fieldLine(text); f != fNone {
			known++
		} else if labelledLine(text) == nil {
			break
		}
	}
	return known >= 2
}

// refHeading is a line that only numbers what follows: "Action 3",
// "Recommendation 2.1", "Action No. 4".
var refHeading = lazyre.New(`(?i)^(?:action|recommendation|commitment|item)\s+(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,3})*[a-z]?)\.?(?:\s+[–—-]\s+(\S.{0,80}))?$`)

// cardLine reads a row of a card as a labelled line: "Lead Officer: Jo
// Bloggs" from the cells "Lead Officer" and "Jo Bloggs", or the value alone
// when the label cell is empty (its value wrapped onto a second line). Any
// other row gives "".
func cardLine(l layout.Line) string {
	if len(l.Cells) != 2 {
		return ""
	}
	label, value := clean.Space(l.Cells[0].Text), clean.Space(l.Cells[1].Text)
	if label == "" {
		return value
	}
	if value == "" && l.Cells[0].Span >= 2 {
		return label // the card's title row, across both columns
	}
	if value == "" && l.Cells[1].Shade != "" && classify(label) == fStatus {
		value = l.Cells[1].Shade // a RAG status shown by the cell's fill
	}
	if r, _ := utf8.DecodeRuneInString(label); len(strings.Fields(label)) > 4 || !unicode.IsUpper(r) {
		return ""
	}
	return label + ": " + value
}

// isCard reports whether line i starts or sits in a card: it and a
// neighbour are two-cell rows whose first cells name different fields
// ("Measure of success | 10 x campaigns" over "Target date | March 2022"),
// which a header row followed by data would not. A first cell names a
// field only when it is as short as a header cell: a goals table's first
// row ("People recognise the signs … and the benefits of diagnosis") is a
// sentence that happens to hold a header word, no label.
func isCard(lines []layout.Line, i int) bool {
	label := func(j int) field {
		if j < 0 || j >= len(lines) || !lines[j].IsTable() || len(lines[j].Cells) != 2 {
			return fNone
		}
		text := clean.Space(lines[j].Cells[0].Text)
		if len(text) > maxHeaderCell || len(strings.Fields(text)) > maxHeaderWords {
			return fNone
		}
		return classify(text)
	}
	f := label(i)
	if f == fNone {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if g := label(j); g != fNone && g != f {
			return true
		}
	}
	return false
}

// decidedValue is a decision's outcome as a form records it: "Outcome:
// Recommendations Approved".
var decidedValue = lazyre.New(`(?i)^(?:recommendations? approved|approved|agreed|deferred|rejected|for determination|noted)\b`)

// entryLine starts an entry of a decisions list: a date, a dash, a title.
var entryLine = lazyre.New(`^\d{1,2}/\d{1,2}/\d{4}\s+[-–]\s+\S`)

// recordLabel is a decision record's field label.
var recordLabel = lazyre.New(`(?i)\b(decision|publication|published|call[- ]in|effective)\b`)

// fieldLine reads "Label: value" with a label that the header synonyms know.
func fieldLine(text string) (field, string, string) {
	m := labelledLine(text)
	if m == nil || len(strings.Fields(m[1])) > 4 || len(strings.Fields(text)) > 3 && strings.ToUpper(text) == text {
		// A line in capitals is a heading ("LOCAL GOVERNMENT
		// RE-ORGANISATION: THE COUNCIL'S PROPOSAL"), not a field.
		return fNone, "", ""
	}
	f := classify(m[1])
	if f == fTitle || recordLabel.MatchString(m[1]) || f == fDue && notDue.MatchString(strings.ToLower(m[1])) || decidedValue.MatchString(strings.TrimSpace(m[3])) {
		// A decision record's form ("Decision status:", "Date of
		// decision:", "Publication date:") records a decision, not an
		// action's fields; a date of what happened is no deadline.
		f = fNone
	}
	return f, m[2], strings.TrimSpace(m[3])
}

func (b *block) complete() bool {
	if b.fields[fAction] == "" && b.fields[fObjective] == "" {
		return false
	}
	if b.ref != "" && b.fields[fAction] != "" && b.numberedAction && !progressOnly(b.fields[fAction]) {
		// "Action 2: Promote the Play Strategy to the CCGs (Ongoing)": a
		// line that numbers itself as an action is one, said alone.
		// ("Action 3: The survey had been completed in May.", told only
		// in the past, is news of the action, not the action.)
		return true
	}
	for _, f := range []field{fOwner, fDue, fStatus, fTarget, fOutcome, fProgress, fMilestones} {
		if b.fields[f] != "" {
			return true
		}
	}
	return false
}

// progressOnly: the words under an action's number tell only what has
// been done or is under way, in the past, and nothing to do: "It was
// noted that the training was ongoing.", "Work had now been completed."
// A past verb after "that", "which" or "who" is a clause inside the
// action's object, and a verb before a determiner is the action's own
// verb in the imperative: "Adopt the rules that were drafted in May."
// is still to do.
func progressOnly(text string) bool {
	first, _, _ := strings.Cut(text, ". ")
	m := pastFinite.FindStringSubmatch(first)
	if m == nil || toDoWord.MatchString(text) {
		return false
	}
	subject := m[1]
	return !relativeWord.MatchString(subject) && !(imperativeShape.MatchString(subject) && !determinerWord.MatchString(subject))
}

var (
	// pastFinite is a clause told in the past: its subject, then "was",
	// "were" or "had".
	pastFinite = lazyre.New(`^(?:It\s+was\s+(?:noted|reported|confirmed)\s+that\s+)?((?:The\s+|A\s+|An\s+)?[A-Z][\w'’-]*(?:\s+[\w'’()-]+){0,14}?)\s+(?:was|were|had)\s`)
	// toDoWord is a word that tells something still to do.
	toDoWord = lazyre.New(`(?i)\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|needs?\s+to|should|must|plan(?:s|ned)?\s+to)\b`)
	// relativeWord opens a clause inside a noun phrase.
	relativeWord = lazyre.New(`(?i)\b(?:that|which|who|whom)\b`)
	// imperativeShape is a capitalised word, then a determiner: a verb
	// and its object ("Review the", "Fund every"), unless the first word
	// is itself a determiner ("All the", "Each of") — determinerWord.
	imperativeShape = lazyre.New(`^[A-Z][a-z]+\s+(?:the|a|an|all|every|each|any|our|its|their|this|these|those)\s`)
	determinerWord  = lazyre.New(`^(?:The|A|An|All|Every|Each|Any|Our|Its|Their|This|These|Those|Some|Most|Both|Half|None|Many)\s`)
)

// VerbLed is whether text opens with a verb before its object, read by
// its shape ("Repair the bench", "Fund every club"): a capitalised word,
// then a determiner, the first word no determiner itself.
func VerbLed(text string) bool {
	return imperativeShape.MatchString(text) && !determinerWord.MatchString(text)
}

func (b *block) action(theme string) action.Action {
	if b.fields[fAction] == "" {
		b.fields[fAction], b.fields[fObjective] = b.fields[fObjective], ""
	}
	a := fieldsAction(b.fields, cmp.Or(b.theme, theme), b.page, b.source)
	a.Ref = b.ref
	if b.fields[fOwner] == "" && b.fields[fDue] == "" && b.fields[fStatus] == "" && b.pledged() {
		// "Commitment: we will …" over "Outcome: thrive": what a strategy
		// commits to, with no who, when or status to make it a plan's action.
		a.Kind = action.KindCommitment
	}
	return a
}

// pledged: the block's words came under a label that names them as a
// commitment or pledge.
func (b *block) pledged() bool {
	for _, s := range b.source {
		if m := labelledLine(s); m != nil && pledgeLabel.MatchString(m[1]) {
			return true
		}
	}
	return false
}

var pledgeLabel = lazyre.New(`(?i)^(?:our\s+)?(?:commitments?|pledges?|promises?)$`)

// lostHeading tells whether line i reads as a heading that a text copy
// kept no mark of (layout.LostHeadingShape, on a line that stands alone),
// and is not a card's label alone on its line ("When this will happen")
// nor a list's point.
func lostHeading(ld layout.Doc, i int) bool {
	l := ld.Lines[i]
	if l.IsTable() || l.Furniture {
		return false
	}
	text := clean.Space(l.Text)
	if !layout.LostHeadingShape(text) || pointLine.MatchString(text) {
		return false
	}
	if ownLabel(text) != fNone || unfieldedLabel(ld.Lines, i, text) {
		return false
	}
	return layout.StandsAlone(ld, i)
}

// headingOverBlock: in text wrapped at a width, where a short line alone
// is as often a paragraph's last (lostHeading asks for blank lines round
// it), a line of a heading's shape set straight over a block's opening
// line ("Safer streets" over "Commitment 7" or "Action - …") heads it
// too, when what is above it has ended: a blank line, the paper's start,
// a sentence's stop, or a heading over it ("Priority two" over "Fewer
// people sleeping rough" over the block) — a phrase well short of the
// width the text was wrapped to (a paragraph's line near it goes on).
func headingOverBlock(ld layout.Doc, i int, dashed map[int]string, width int) bool {
	l := ld.Lines[i]
	text := clean.Space(l.Text)
	if ld.Flowing || l.IsTable() || l.Furniture || i+1 >= len(ld.Lines) || !layout.LostHeadingShape(text) || pointLine.MatchString(text) ||
		statement(text) || ownLabel(text) != fNone || unfieldedLabel(ld.Lines, i, text) {
		return false
	}
	next := ld.Lines[i+1]
	nt, ok := dashed[i+1]
	if !ok {
		nt = clean.Space(next.Text)
	}
	if next.IsTable() || next.Furniture || nt == "" {
		return false
	}
	if f, _, _ := fieldLine(nt); f != fAction && f != fRef && refHeading.FindStringSubmatch(nt) == nil {
		return false
	}
	if i == 0 {
		return true
	}
	p := ld.Lines[i-1]
	before := clean.Space(p.Text)
	short := width > 0 && 3*utf8.RuneCountInString(before) < 2*width
	return p.Furniture || before == "" || !p.IsTable() && (strings.HasSuffix(before, ".") || short && layout.LostHeadingShape(before))
}

// lostLabelledHeading reads line i as a heading a text copy kept no mark
// of, by the label that opens it ("2. Keep our parks safe and" / "green"
// with no blank line above it: labelledHeadingFrom), where it ends as a
// heading would: at a blank line, page furniture, the paper's end or a
// block's labelled line ("Action 1: …"). A list's point goes on in text.
func lostLabelledHeading(ld layout.Doc, i int) (string, bool) {
	text, last, ok := labelledHeadingFrom(ld, i)
	if !ok {
		return "", false
	}
	if k := last + 1; k < len(ld.Lines) && !ld.Lines[k].Furniture && strings.TrimSpace(ld.Lines[k].Text) != "" {
		if f, _, _ := fieldLine(clean.Space(ld.Lines[k].Text)); ld.Lines[k].IsTable() || f == fNone {
			return "", false
		}
	}
	return text, true
}

// labelGoesOn: the next line with text after i is a labelled field that
// the block cur has not filled and that is not a next action, so that the
// paragraph at i sits between two of one block's fields.
func labelGoesOn(lines []layout.Line, i int, cur *block) bool {
	k := nextWithText(lines, i)
	if k < 0 || lines[k].IsTable() {
		return false
	}
	f, ref, _ := fieldLine(clean.Space(lines[k].Text))
	return f != fNone && f != fAction && f != fRef && f != fTheme && ref == "" && cur.fields[f] == "" // ("KPI 1: …" numbers a list's point)
}
