package narrative

import (
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// previewPoints marks the points of a list that names the sections a
// page goes on to set out: a run of two or more points whose first point
// comes back further down as a line of its own, not a point, alone or
// after a label and number of its own ("Aim 1: Cut waiting times"). Such a
// list is the page's contents — its aims or themes, each a heading over
// what will be done under it — not the undertakings themselves:
//
//	The plan has three aims:
//	  1. Cut waiting times
//	  2. Widen access
//	Aim 1: Cut waiting times
//	We will:
//	  • Open two more clinics
//
// Only the bullets under "We will:" are items. (Whether the later points
// come back too depends on where a copy of the page stops, so the first
// point decides.)
func previewPoints(ps []paragraph) []bool {
	return previewPointsCounted(ps, nil)
}

// previewPointsCounted is previewPoints, counting a step for each
// paragraph it looks at where work is given (a test's), so that a page of
// thousands of points and lines costs a few steps a paragraph: the lines
// that are no points are keyed once, each key to the last paragraph that
// says it, rather than scanned again for every run of points.
func previewPointsCounted(ps []paragraph, work *int) []bool {
	step := func() {
		if work != nil {
			*work++
		}
	}
	last := map[string]int{} // a line's key → the last paragraph saying it
	for i, p := range ps {
		step()
		if listPoint(p) {
			continue
		}
		last[lineKey(p.body)] = i
	}
	marks := make([]bool, len(ps))
	for i := 0; i < len(ps); {
		step()
		if !listPoint(ps[i]) {
			i++
			continue
		}
		j := i
		for j < len(ps) && listPoint(ps[j]) {
			step()
			j++
		}
		if j-i >= 2 && restatedAsLine(last, j, previewKey(ps[i].body)) {
			for k := i; k < j; k++ {
				marks[k] = true
			}
		}
		i = j
	}
	return marks
}

// listPoint is a numbered or bulleted point, not a heading.
func listPoint(p paragraph) bool {
	return (p.marker != "" || bulletPat.MatchString(p.text)) && !p.heading
}

// restatedAsLine: a paragraph from the from'th on that is not a point
// says key again, whole, maybe after a label and number ("Theme 2 –"):
// last keys each such paragraph (lineKey) to the last one saying it.
func restatedAsLine(last map[string]int, from int, key string) bool {
	if len(strings.Fields(key)) < 3 {
		return false // "Housing", "Our people": too short to tell
	}
	at, ok := last[key]
	return ok && at >= from
}

// lineKey is a line's previewKey after any label and number of its own.
func lineKey(body string) string {
	if m := numberedLabel.FindStringIndex(body); m != nil {
		body = body[m[1]:]
	}
	return previewKey(body)
}

// numberedLabel is a section's word and number before its title:
// "Objective 1:", "Theme 2 –", "Priority three.".
var numberedLabel = lazyre.New(`(?i)^[\p{L}]+\s+(\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.\-–—]\s*`)

// firstOfSeries are the numbers a series of labels starts from.
var firstOfSeries = map[string]bool{"1": true, "01": true, "one": true, "i": true}

// previewKey is a point's or line's words for comparing: no bullet, no
// closing stop or semicolon, one case, single spaces.
func previewKey(s string) string {
	s = strings.TrimPrefix(s, bulletPat.FindString(s))
	s = strings.TrimRight(strings.TrimSpace(s), ".;:,")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// endsBeforeMeans marks the points of a list that a second lead-in, straight
// after it, names as what its own points serve: "To do this we will:",
// "To achieve these, the partnership will:". The first list is what is
// wanted, the second what will be done for it:
//
//	We hope to:
//	  • cut queues at the library
//	To do this we will:
//	  • open on Sundays
//
// Only "open on Sundays" is an undertaking.
func endsBeforeMeans(ps []paragraph) []bool {
	marks := make([]bool, len(ps))
	for j := 1; j < len(ps); j++ {
		if listPoint(ps[j]) || !meansLead.MatchString(ps[j].body) {
			continue
		}
		i := j
		for i > 0 && listPoint(ps[i-1]) {
			i--
		}
		if i == j || i == 0 || !strings.HasSuffix(strings.TrimSpace(ps[i-1].body), ":") {
			continue // no list straight before, or none led in
		}
		for k := i; k < j; k++ {
			marks[k] = true
		}
	}
	return marks
}

// meansLead is a lead-in whose purpose looks back at what came before it:
// "To do this we will:", "In order to achieve these aims, we will:".
var meansLead = lazyre.New(`(?i)^(?:to|in\s+order\s+to)\s+[\p{L}-]+\s+(?:this|these|that|those|them|it)\b[^:.]{0,40}\bwill\s*:$`)

// headsLabelled marks a numbered point that stands alone, with no closing
// stop, straight over a paragraph opened by a label and number of its own
// ("Policy 1:", "Action 1:"): the point is the aim that the labelled
// policies and actions under it serve, a heading in a plan's numbering,
// not one of them:
//
//  2. Make travel safer for all ages
//     Action 1: Add a crossing by the primary school (2026)
//
// Only on a paper of no genre (minutes' numbered items run on to "Item 5:
// Planning", whose label is the next item's), and only over the first of
// the labelled series ("Action 1", "Policy one", "Aim i"): a label further
// on ("Phase 2:") goes on from a series above, not one the point heads.
func headsLabelled(ps []paragraph, genre string) []bool {
	marks := make([]bool, len(ps))
	if genre != "" {
		return marks
	}
	for i := 0; i+1 < len(ps); i++ {
		p := ps[i]
		if p.marker == "" || p.heading || endsSentence(p.body) || strings.HasSuffix(p.body, ":") {
			continue
		}
		if i > 0 && listPoint(ps[i-1]) || listPoint(ps[i+1]) {
			continue // one of a run of points
		}
		if m := numberedLabel.FindStringSubmatch(ps[i+1].body); m != nil && firstOfSeries[strings.ToLower(m[1])] {
			marks[i] = true
		}
	}
	return marks
}

// introPoints marks, on a page whose actions are a table's rows, the
// points set out before the table: a plan that keeps its actions in rows
// with their columns (lead, date, status) puts its aims, drivers and
// outcomes ahead of them as short lists, which are not undertakings:
//
//	Our goals
//	  • Fewer empty homes
//	  • Better insulated homes
//	Ref | Action | Lead | Due
//	1 | Survey empty homes | Housing | 2026
//
// Only the row is an item; a list whose points are sentences or long
// (outcomeLine) may be promises in their own right and stays. The table
// is one whose rows of actions a table reader took (used, which Find is
// given only when those rows hold an action: Options.ActionRows) or a
// copy's rows the narrative reads as a plan's (rows, a paragraph's row).
func introPoints(ld layout.Doc, used []bool, ps []paragraph, rows map[int]tableRow) []bool {
	marks := make([]bool, len(ps))
	firstLine := -1 // the first line a table reader took
	for k := range ld.Lines {
		if k < len(used) && used[k] {
			firstLine = k
			break
		}
	}
	firstRow := len(ps) // the first paragraph read as a table's row
	for i, p := range ps {
		if _, ok := rows[i]; ok || p.row > 0 {
			firstRow = i
			break
		}
	}
	before := func(i int) bool {
		p := ps[i]
		return i < firstRow && firstRow < len(ps) || firstLine >= 0 && p.line > 0 && p.line-1 < firstLine
	}
	for i := 0; i < len(ps); i++ {
		if !listPoint(ps[i]) || !before(i) {
			continue
		}
		j, short := i, !promisedRun(ps, i)
		for ; j < len(ps) && listPoint(ps[j]) && before(j); j++ {
			short = short && outcomeLine(ps[j].body)
		}
		for k := i; k < j && short; k++ {
			marks[k] = true
		}
		i = j - 1
	}
	return marks
}

// promisedRun: the paragraph over the run of points from i leads them in
// as promises, its verb "will" or "shall" ("We will:", "The Council
// shall:"): short as they may be, such points are undertakings, whatever
// table comes after them ("We will:" over "• Write to every landlord").
func promisedRun(ps []paragraph, i int) bool {
	if i == 0 || listPoint(ps[i-1]) {
		return false
	}
	lead := strings.TrimSpace(ps[i-1].body)
	o, ok := leadIn(lead)
	return ok && o.kind == action.KindCommitment && promiseModal.MatchString(lead)
}

// promiseModal is the modal verb of a promise.
var promiseModal = lazyre.New(`(?i)\b(?:will|shall)\b`)

// outcomeLine is a point as short as an aim's or an outcome's line, with
// no sentence's closing stop: "Less waste sent to landfill", "Meet our
// legal duties;". A point that is a sentence or longer ("We will write to
// every tenant by May to explain the new scheme.") may be a promise.
func outcomeLine(body string) bool {
	return len(strings.Fields(body)) <= 12 && !strings.HasSuffix(strings.TrimSpace(body), ".")
}

// reasonPoints marks the points straight under a "Reason for decision"
// or "Reasons for recommendations" label of its own: why it was decided ("1. The
// new rota will free staff for weekend opening."), not a further
// decision or promise, whatever their modal verbs.
func reasonPoints(ps []paragraph) []bool {
	marks := make([]bool, len(ps))
	for i := 0; i+1 < len(ps); i++ {
		if ps[i].marker != "" || !reasonsFor.MatchString(ps[i].body) {
			continue // (a report's numbered section "3. Reasons for …" runs on in paragraphs, not points)
		}
		for j := i + 1; j < len(ps) && listPoint(ps[j]) && !strings.Contains(ps[j].marker, "."); j++ {
			marks[j] = true
		}
	}
	return marks
}
