package table

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// A plan copied as cards, a label a line: each action is a block whose
// fields are labels standing alone on their lines, each over its value,
// and the same labels come again block after block, perhaps under a
// numbered heading:
//
//	2. priority
//	Keep the register of empty flats up to date
//	Target
//	All records checked twice a year
//	Completion date
//	June 2026
//	Action
//	Send each owner a letter
//
// The labels that repeat fix the card's shape. The one that names the
// action ("Action", "Priority for action", "What we will do") gives the
// item; the others its fields. A heading over each card that numbers it
// gives its ref, and the words under the heading are what the card is for
// (its objective beside an action label, else the action itself).

// cardBullet is the mark a copy may set before every cell of a card,
// label and value alike: "- Objective" over "- 1".
var cardBullet = lazyre.New(`^[-–*` + layout.Bullets + `]\s*`)

// cardLabelText is a line read as a label alone on its line: a few
// words, starting with a capital, with no stop or comma, perhaps a
// closing colon ("Lead officer", "Completion date:"); "" otherwise.
func cardLabelText(text string) string {
	t := strings.TrimSpace(cardBullet.ReplaceAllString(text, ""))
	t = strings.TrimSpace(strings.TrimSuffix(t, ":"))
	if t == "" || len(t) > 50 || len(strings.Fields(t)) > 6 || strings.ContainsAny(t, ".;,!?:") {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return ""
	}
	return t
}

// cardHead is a line that only numbers the card under it: "3. priority",
// "Objective 4", "Commitment 12". The word names what is numbered; it is
// the same word over every card.
var (
	numberFirstHead = lazyre.New(`^(\d{1,3})[.)]?\s+([A-Za-z][A-Za-z ]{0,30})$`)
	wordFirstHead   = lazyre.New(`^([A-Za-z][A-Za-z ]{0,30}?)\s+(?:[Nn]o\.?\s*)?(\d{1,3}[a-z]?)[.:]?$`)
)

func cardHead(text string) (word, ref string, ok bool) {
	if m := numberFirstHead.FindStringSubmatch(text); m != nil {
		return strings.ToLower(strings.TrimSpace(m[2])), m[1], true
	}
	if m := wordFirstHead.FindStringSubmatch(text); m != nil {
		return strings.ToLower(strings.TrimSpace(m[1])), m[2], true
	}
	return "", "", false
}

// cardEntry is one label of a card and the lines of its value.
type cardEntry struct {
	at    int
	f     field
	value []int
}

// card is one block: its numbered heading (or -1), the lines under the
// heading before the first label, and its labelled entries.
type card struct {
	head      int
	ref       string
	headLines []int
	entries   []cardEntry
	bulleted  bool   // the copy marks every cell with a bullet
	theme     string // the heading over the card
}

func (c *card) has(label string, ld layout.Doc) bool {
	for _, e := range c.entries {
		if strings.EqualFold(cardLabelText(ld.Lines[e.at].Text), label) {
			return true
		}
	}
	return false
}

// cardLabels are the labels that a paper's cards repeat, lower-cased,
// with the field each names (fNone for a label the card has no field
// for, "Next steps"). A label is a line shaped as one that comes two
// times or more. One the header words know is a label unless it never
// has a value of its own (a lead's name, "Project manager", under "Lead"
// and over the next label, is a value). One they do not know is a label
// only where it follows a value and has one: never straight under
// another label, as a repeated value ("Ongoing" under "Timescale") is.
func cardLabels(ld layout.Doc, used []bool) map[string]field {
	count := map[string]int{}
	for i, l := range ld.Lines {
		if used[i] || l.IsTable() || l.Furniture {
			continue
		}
		if t := cardLabelText(l.Text); t != "" {
			count[strings.ToLower(t)]++
		}
	}
	known := map[string]field{}
	for t, n := range count {
		if n >= 2 {
			if f := classify(t); f != fNone && f != fTitle {
				known[t] = f
			}
		}
	}
	if len(known) < 2 {
		return nil
	}
	labelAt := func(i int) (string, bool) {
		if i < 0 || i >= len(ld.Lines) || ld.Lines[i].IsTable() {
			return "", false
		}
		t := strings.ToLower(cardLabelText(ld.Lines[i].Text))
		_, ok := known[t]
		return t, ok && t != ""
	}
	// A known label that is never followed by anything but another label
	// is a value.
	hasValue := map[string]bool{}
	afterLabel := map[string]bool{} // unknown texts seen straight under a label
	for i := range ld.Lines {
		t, ok := labelAt(i)
		if !ok {
			continue
		}
		k := nextWithText(ld.Lines, i)
		if k < 0 {
			continue
		}
		if _, next := labelAt(k); !next {
			hasValue[t] = true
			if u := cardLabelText(ld.Lines[k].Text); u != "" {
				afterLabel[strings.ToLower(u)] = true
			}
		}
	}
	for t := range known {
		if !hasValue[t] {
			delete(known, t)
		}
	}
	// An unknown label: repeated, never under a label, always over a value.
	for t, n := range count {
		if _, ok := known[t]; ok || n < 2 || afterLabel[t] {
			continue
		}
		over := true
		for i, l := range ld.Lines {
			if strings.ToLower(cardLabelText(l.Text)) != t {
				continue
			}
			k := nextWithText(ld.Lines, i)
			if k < 0 {
				over = false
				break
			}
			if _, next := labelAt(k); next || cardLabelText(ld.Lines[k].Text) != "" && count[strings.ToLower(cardLabelText(ld.Lines[k].Text))] >= 2 {
				over = false
				break
			}
			p := prevWithText(ld.Lines, i)
			if _, prev := labelAt(p); p < 0 || prev {
				over = false
				break
			}
		}
		if over {
			known[t] = fNone
		}
	}
	return known
}

// prevWithText is the index of the last line before i with text, or -1.
func prevWithText(lines []layout.Line, i int) int {
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(lines[j].Text) != "" {
			return j
		}
	}
	return -1
}

// labelCards reads the cards of a plan set a label a line (see above).
// A run of cards counts when two cards or more each give what will be
// done and something about it (who, when, status, a target, an outcome
// or progress).
func labelCards(ld layout.Doc, used []bool, styled bool) []action.Action {
	labels := cardLabels(ld, used)
	if labels == nil {
		return nil
	}
	// The heading words that number two cards or more.
	headWords := map[string]int{}
	for i, l := range ld.Lines {
		if used[i] || l.IsTable() || l.Furniture {
			continue
		}
		if w, _, ok := cardHead(clean.Space(l.Text)); ok {
			if _, isLabel := labels[w]; !isLabel {
				headWords[w]++
			}
		}
	}
	headAt := func(i int) (string, bool) {
		w, ref, ok := cardHead(clean.Space(ld.Lines[i].Text))
		return ref, ok && headWords[w] >= 2 && nextLabelled(ld, i, labels)
	}
	var out []action.Action
	var run []*card
	var cur *card
	theme := ""
	endRun := func() {
		out = append(out, cardActions(ld, endOfRun(ld, run), labels, used)...)
		run, cur = nil, nil
	}
	for i, l := range ld.Lines {
		text := clean.Space(l.Text)
		if used[i] || l.IsTable() || l.Furniture {
			endRun()
			continue
		}
		if text == "" {
			continue
		}
		if ref, ok := headAt(i); ok {
			theme = headingBetween(ld, cur, theme, styled)
			cur = &card{head: i, ref: ref, theme: theme}
			run = append(run, cur)
			continue
		}
		label := strings.ToLower(cardLabelText(text))
		if f, isLabel := labels[label]; isLabel && label != "" {
			if cur == nil || cur.has(label, ld) {
				theme = headingBetween(ld, cur, theme, styled)
				cur = &card{head: -1, theme: theme}
				run = append(run, cur)
			}
			cur.bulleted = cur.bulleted || cardBullet.MatchString(strings.TrimSpace(l.Text))
			cur.entries = append(cur.entries, cardEntry{at: i, f: f})
			continue
		}
		switch {
		case l.Heading > 0 || cur == nil && !styled && lostHeading(ld, i):
			// A heading over the cards after it ("Keeping homes
			// safe"): their theme, no card's value.
			theme, cur = text, nil
		case cur == nil:
		case len(cur.entries) == 0:
			cur.headLines = append(cur.headLines, i)
		default:
			e := &cur.entries[len(cur.entries)-1]
			e.value = append(e.value, i)
		}
	}
	endRun()
	return out
}

// headingBetween takes a heading off the end of the card before the next
// one: the last line of a value of two lines or more, just above the next
// card, that reads as a heading a copy kept no mark of ("Safer streets"
// after a card's "Progress" paragraph, over the next card's number). It
// is the theme of the cards after it; theme is returned otherwise.
func headingBetween(ld layout.Doc, prev *card, theme string, styled bool) string {
	if prev == nil || len(prev.entries) == 0 || styled {
		return theme
	}
	e := &prev.entries[len(prev.entries)-1]
	if n := len(e.value); n >= 2 && lostHeading(ld, e.value[n-1]) {
		theme = clean.Space(ld.Lines[e.value[n-1]].Text)
		e.value = e.value[:n-1]
	}
	return theme
}

// endOfRun cuts the last value of a run of cards where the paper's own
// text takes over again: nothing but the next label bounds a value, and
// after the last card there is none. In a copy that keeps a paragraph a
// line, the value takes as many lines as the longest value the labels
// bounded; in text wrapped to a width, its first paragraph.
func endOfRun(ld layout.Doc, run []*card) []*card {
	if len(run) == 0 || len(run[len(run)-1].entries) == 0 {
		return run
	}
	last := run[len(run)-1]
	e := &last.entries[len(last.entries)-1]
	longest := 1
	for _, c := range run {
		for k := range c.entries {
			if &c.entries[k] != e {
				longest = max(longest, len(c.entries[k].value))
			}
		}
	}
	n := 0
	for n < len(e.value) {
		if ld.Flowing && n >= longest || !ld.Flowing && n > 0 && e.value[n] != e.value[n-1]+1 {
			break
		}
		n++
	}
	e.value = e.value[:n]
	return run
}

// nextLabelled: the lines under a card's heading reach a label within a
// few lines.
func nextLabelled(ld layout.Doc, i int, labels map[string]field) bool {
	for j, seen := i+1, 0; j < len(ld.Lines) && seen < 4; j++ {
		t := clean.Space(ld.Lines[j].Text)
		if t == "" {
			continue
		}
		seen++
		if _, ok := labels[strings.ToLower(cardLabelText(t))]; ok && cardLabelText(t) != "" {
			return seen > 1
		}
	}
	return false
}

// cardActions makes the actions of a run of cards, or none when the run
// is no plan's: fewer than two cards that say what will be done and
// something about it.
func cardActions(ld layout.Doc, run []*card, labels map[string]field, used []bool) []action.Action {
	type built struct {
		a     action.Action
		lines []int
	}
	labelsOf := func(c *card) []string {
		var seq []string
		for _, e := range c.entries {
			seq = append(seq, strings.ToLower(cardLabelText(ld.Lines[e.at].Text)))
		}
		return seq
	}
	// The card with the most labels shows the card's shape; a card
	// whose labels come in another order is no card of it (a table's
	// cells copied a line each, which only happen to repeat).
	var shape []string
	for _, c := range run {
		if seq := labelsOf(c); len(seq) > len(shape) {
			shape = seq
		}
	}
	var made []built
	for _, c := range run {
		if !subsequence(labelsOf(c), shape) {
			continue
		}
		fields := map[field]string{}
		var lines, source []int
		add := func(i int) {
			lines = append(lines, i)
			source = append(source, i)
		}
		if c.head >= 0 {
			add(c.head)
		}
		value := func(ls []int) string {
			s := ""
			for n, i := range ls {
				t := clean.Space(ld.Lines[i].Text)
				if c.bulleted && n == 0 {
					t = cardBullet.ReplaceAllString(t, "")
				}
				s = clean.Join(s, t)
				add(i)
			}
			return s
		}
		headText := value(c.headLines)
		hasAction := false
		empty := 0
		for _, e := range c.entries {
			add(e.at)
			v := value(e.value)
			if v == "" {
				empty++
			}
			if e.f == fNone || v == "" {
				continue
			}
			if e.f == fAction {
				hasAction = true
			}
			fields[e.f] = clean.Join(fields[e.f], v)
		}
		if headText != "" {
			if hasAction {
				fields[fObjective] = clean.Join(headText, fields[fObjective])
			} else {
				fields[fAction] = clean.Join(headText, fields[fAction])
			}
		}
		if fields[fAction] == "" {
			fields[fAction], fields[fObjective] = fields[fObjective], ""
		}
		about := false
		for _, f := range []field{fOwner, fDue, fStatus, fTarget, fOutcome, fProgress, fMilestones} {
			about = about || fields[f] != ""
		}
		if fields[fAction] == "" || !about || empty > 1 {
			// Labels in a row with nothing under them are a table's
			// header copied a cell a line, no card.
			continue
		}
		var src []string
		for _, i := range source {
			src = append(src, clean.Space(ld.Lines[i].Text))
		}
		fields[fOwner] = strings.TrimSuffix(fields[fOwner], ".") // "Housing team."
		a := fieldsAction(fields, c.theme, ld.Lines[lines[0]].Page, src)
		a.Ref = c.ref
		made = append(made, built{a, lines})
	}
	if len(made) < 2 {
		return nil
	}
	out := make([]action.Action, 0, len(made))
	for _, b := range made {
		for _, i := range b.lines {
			used[i] = true
		}
		out = append(out, b.a)
	}
	return out
}

// subsequence tells whether a's items come in b in the same order.
func subsequence(a, b []string) bool {
	k := 0
	for _, x := range b {
		if k < len(a) && a[k] == x {
			k++
		}
	}
	return k == len(a)
}
