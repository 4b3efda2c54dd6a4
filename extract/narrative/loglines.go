package narrative

import (
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/internal/lazyre"

	"github.com/councilactions/councilactions/extract/layout"
)

// An action log kept as lines of text — a clerk's list of actions from
// the last meeting, a steering group's matters arising — puts each action
// on a line of its own, often after the number of the minute that raised
// it, and ends it with how it stands after a dash or a full stop:
//
//	201/17 Circulate the draft to all councillors- Done
//	- 17/06. Ask the owners whether they can plant the verge. COMPLETED – NO REPLY
//	13/08/15-09 Sub Group to look into community events. -Ongoing
//	DC to move the balances to the savings account – Complete
//
// The status at the end is what tells such a line from a title or a
// note: a line that says what is to be done and then that it is done or
// under way is an action, whatever its number looks like.

// logRef is an action log line's number: a minute's number with its year
// ("201/17", "17/06."), or a meeting's date with a running number
// ("13/08/15-09", "13/08/15- 02"), and the dash that may part it from
// the action ("13/08/15-09-Clerk to …").
var logRef = lazyre.New(`^(\d{1,4}/\d{1,4}(?:/\d{2,4})?(?:\s?-\s?\d{1,3})?|\d{1,3}[a-z])\b\.?\s*(?:[-–]\s*)?`)

// logStatus is how a logged action stands, after the dash or full stop
// that ends its words: a status word, perhaps after "still" or "now",
// then perhaps a note of what was done. A status that reads as a verb
// ("Complete", "Open") must end the line or be set off from its note,
// so "– complete the form" is not read as one; past forms ("Done",
// "Completed") may run straight into their note.
var logStatus = lazyre.New(`(?i)(?:\s*[-–—]+\s*|\.\s*[-–—]?\s*)(?:(?:still|now|status:?)\s+)?` +
	`(?:((?:done|completed|actioned|achieved|c/f)\b)|((?:complete|on-?\s?going|in progress|outstanding|open|closed|pending|not started|carried forward|deferred))(?:\s*$|\s*[-–—:,;.(]))`)

// logLine reads an action log line: its number (if it has one), the
// action's words and how it stands, as written, or the note of what came
// of it where a dash sets one after the action's full stop.
func logLine(text string) (ref, act, status, note string, ok bool) {
	s := strings.TrimSpace(dropBullet(text))
	if m := logRef.FindStringSubmatch(s); m != nil {
		ref, s = strings.Join(strings.Fields(m[1]), ""), s[len(m[0]):]
	}
	locs := logStatus.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		if act, note, ok := loggedOutcome(ref, s); ok {
			return ref, act, "", note, true
		}
		return "", "", "", "", false
	}
	// The first status after words that say what is to be done: an
	// action's own words may hold a dash ("Parish plan – to be done").
	for _, l := range locs {
		act = strings.TrimSpace(s[:l[0]])
		if l[2] >= 0 {
			status = s[l[2]:l[3]]
		} else {
			status = s[l[4]:l[5]]
		}
		if loggedAction(act) || logOwner.MatchString(act) && len(strings.Fields(act)) >= 4 {
			return ref, act, status, "", true
		}
	}
	return "", "", "", "", false
}

// outcomeNote is a finished sentence's stop, then a dash and a note
// opening with a capital: "… to the hall.– Booked for 3 May", "… by
// Friday. – Letter sent".
var outcomeNote = lazyre.New(`\.\s*[-–—]\s*\p{Lu}`)

// loggedOutcome reads a numbered log line whose action, a finished
// sentence, is followed by a dash and a note of what came of it rather
// than a status word ("13/08/15-03 Plan to be shown to the council.–
// Shown at the meeting of 2 May"): the action ends at its full stop and
// the note is its progress. Only a line with a log's number, and only
// the last such dash, for an action's own words may hold a full stop
// ("… a meeting. Preferred date 3 May. – Meeting held").
func loggedOutcome(ref, s string) (act, note string, ok bool) {
	locs := outcomeNote.FindAllStringIndex(s, -1)
	if ref == "" || locs == nil {
		return "", "", false
	}
	l := locs[len(locs)-1]
	act = strings.TrimSpace(s[:l[0]])
	note = strings.TrimSpace(strings.TrimLeft(s[l[0]+1:], " -–—"))
	// (No status word says the line is an action, so its words must:
	// who is to act and "to", a passive "to be", or an imperative.)
	if len(strings.Fields(act)) < 3 || !(logDoer(act) != "" || strings.Contains(act, " to be ") || personActs.MatchString(act) || imperativeOpening(act)) {
		return "", "", false
	}
	return act, note, true
}

// loggedAction: words that say what someone is to do — in the imperative
// ("Circulate the draft"), with who does it and "to" ("Chair to locate a
// copy"), or in the passive ("Map of units to be obtained").
func loggedAction(s string) bool {
	if len(strings.Fields(s)) < 3 || strings.HasSuffix(s, ":") {
		return false
	}
	// (A log's verbs are any verbs: "Source a list", "Agenda the item";
	// the status after them is what says they are actions.)
	if ws := strings.Fields(s); imperativeOpening(s) || logVerb(ws[0]) && !startsUpper(ws[1]) {
		return true
	}
	if logDoer(s) != "" {
		return true // "DC to Transfer balances", "Sub Group to investigate …"
	}
	return strings.Contains(s, " to be ") || personActs.MatchString(s)
}

// logOwner is a logged action led by who does it, in initials or as
// "All" or "Clerk", and a dash: "KH – Meeting with Highways team
// (30.07.05) - completed", "SM & KN – CCTV inspection of the drain -
// completed". Who, what (two words or more) and how it stands make the
// line an action whatever its words.
var logOwner = lazyre.New(`^((?:[A-Z]{2,3}|All|Clerk)(?:\s*(?:&|and|/|,)\s*(?:[A-Z]{2,3}|Clerk))*)\s+[–—-]\s+(\S.*)$`)

// initialsSep parts the doers logOwner names ("SM & KN").
var initialsSep = lazyre.New(`\s*(?:&|\band\b|/|,)\s*`)

// logDoer is who a logged action names before its "to": "DC" in "DC to
// Transfer balances", "Sub Group" in "Sub Group to investigate …".
func logDoer(s string) string {
	who, rest, ok := cellDoer(s)
	if !ok {
		who, rest, ok = strings.Cut(s, " to ")
	}
	if !ok || len(strings.Fields(who)) > 5 || !nameLike(who) || nounStart[strings.ToLower(firstWord(rest))] {
		return ""
	}
	return strings.TrimRight(who, ",")
}

// cellDoer splits a log's row whose cells a copy ran together, who then
// what in the infinitive ("Clerk To extend the cover …", "MQ To take
// photographs …"): the capital "To" starts the action's cell.
func cellDoer(s string) (who, rest string, ok bool) {
	who, rest, ok = strings.Cut(s, " To ")
	if !ok || len(strings.Fields(who)) > 3 || !startsUpper(who) {
		return "", "", false
	}
	return who, rest, true
}

// logged reads p as a line of an action log: the action, who does it
// when the line names them before "to", and how it stands.
func (f *finder) logged(p paragraph) (action.Action, bool) {
	text := p.text
	if p.marker != "" {
		text = p.body
	}
	ref, act, status, note, ok := logLine(text)
	// logRun is 0 until a log's line is read, as is the first
	// paragraph's f.at; sameLogNumber then has no log number to match
	// (logPrev ""), so a page's first line is never read so.
	if !ok && f.at == f.logRun {
		ref, act, note, ok = newLogLine(text)
		ok = ok && sameLogNumber(f.logPrev, ref)
	}
	if !ok {
		return action.Action{}, false
	}
	f.logRun, f.logPrev = f.at+1, ref
	if p.marker != "" {
		ref = p.marker
	}
	a := planned(act, f.opts.Date)
	a.Kind, a.Ref, a.StatusRaw, a.Status, a.Progress = action.KindAction, ref, status, action.NormalizeStatus(status), note
	if m := logOwner.FindStringSubmatch(act); m != nil {
		a.Action, a.Owner = m[2], initialsSep.Split(m[1], -1)
	} else if who := logDoer(act); who != "" {
		a.Owner = []string{who}
		if _, rest, ok := cellDoer(act); ok {
			a.Action = "To " + rest // the action's own cell
		}
	}
	return a, true
}

// A log's line straight after another of the log may have no status yet,
// for it was raised at the meeting the log records, or a note of where
// it stands in its place ("see the item below"):
//
//	24/03/25-04 Secretary to book the hall for June. Completed
//	24/03/25-05 Treasurer to open a savings account
//	24/03/25-06 Chair to draft the leaflet – See item 7.
//
// Such a line is an action when it has the log's number and names who
// is to act before "to"; the note after its last dash, opening with a
// capital, is its progress.

// dashNote is a note set after an action's words by a dash: " – See
// item 7."
var dashNote = lazyre.New(`\s+[-–—]\s*\p{Lu}[^-–—]*$`)

// sameLogNumber: a line's number, cur, is one of the log whose line
// before it was numbered prev — of the same shape, its digits and
// letters aside. So a minute's sub-item ("12b Chair to welcome …") after
// a log's line ("24/03/25-04 …") is not read as the log's, while a new
// meeting's line ("02/05/25-01 …") after an older one's is.
func sameLogNumber(prev, cur string) bool {
	return prev != "" && logShape(prev) == logShape(cur)
}

// logShape is a log's number with each run of digits as "9" and each
// letter as "a": "24/03/25-05" is "9/9/9-9", "12b" is "9a".
func logShape(ref string) string {
	return logLetter.ReplaceAllString(logDigits.ReplaceAllString(ref, "9"), "a")
}

var (
	logDigits = lazyre.New(`[0-9]+`)
	logLetter = lazyre.New(`[A-Za-z]`)
)

// ownNote: what a dash sets after a new log line's words is a note of
// where it stands only when it reads as one — opening with "See" or a
// status ("– See item 7", "– Ongoing"), or a sentence of its own with
// its verb ("– A quote has come in."). Otherwise the dash is the
// action's own ("Clerk to write to the owner – Mr Smith – about …").
func ownNote(note string) bool {
	if l := logStatus.FindStringIndex(" – " + note); l != nil && l[0] == 0 {
		return true
	}
	return seeNote.MatchString(note) || strings.HasSuffix(note, ".") && finiteVerb.MatchString(note)
}

var seeNote = lazyre.New(`^(?i:see)\b`)

// newLogLine reads a log's line with no status: its number, the action's
// words (who, "to", what) and the note a dash sets after them.
func newLogLine(text string) (ref, act, note string, ok bool) {
	s := strings.TrimSpace(dropBullet(text))
	m := logRef.FindStringSubmatch(s)
	if m == nil {
		return "", "", "", false
	}
	ref, act = strings.Join(strings.Fields(m[1]), ""), strings.TrimSpace(s[len(m[0]):])
	if l := dashNote.FindStringIndex(act); l != nil && l[0] > 0 && ownNote(strings.TrimSpace(strings.TrimLeft(act[l[0]:], " -–—"))) {
		act, note = strings.TrimSpace(act[:l[0]]), strings.TrimSpace(strings.TrimLeft(act[l[0]:], " -–—"))
	}
	if len(strings.Fields(act)) < 4 || !startsUpper(act) || strings.HasSuffix(act, ":") || logDoer(act) == "" {
		return "", "", "", false
	}
	return ref, act, strings.TrimRight(note, " ."), true
}

// logVerb: a word a logged action may open with — any capitalised word
// but one that opens a noun phrase ("The", "All") or reads as no
// imperative ("Following", "Delayed", "Currently"). A log's verbs are
// any verbs ("Source a list", "Order two bins", "Write to the school"),
// and the status after them already says the line is an action.
func logVerb(w string) bool {
	lw := strings.ToLower(w)
	if knownVerb(w) {
		return true
	}
	if w == strings.ToUpper(w) || !startsUpper(w) || nounStart[lw] || joinerWord(lw) {
		return false
	}
	return !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "ly")
}

// A minutes' action column copied beside its notes leaves each action a
// point closed by who does it, in initials: "- Letter of thanks to the
// highways officer SP", "- Consider a management plan MW/SP". Initials
// alone could be any acronym ("… returned to SLDC"); the same initials
// closing two or more points are the people the actions fall to.

// initialledPoint is a point's action and the initials that close it.
type initialledPoint struct {
	action string
	owners []string
}

// closingInitials is a point, by its bullet, whose words end in one or
// more people's initials.
var closingInitials = lazyre.New(`^[/\s]*[-–` + layout.Bullets + `]\s*(\S.{8,}?)\s+([A-Z]{2,3}(?:\s*[/&]\s*[A-Z]{2,3})*)$`)

// initialledPoints finds, by paragraph, the points closed by initials that
// close another point too.
func initialledPoints(ps []paragraph) map[int]initialledPoint {
	found := map[int]initialledPoint{}
	seen := map[string]int{}
	for i, p := range ps {
		m := closingInitials.FindStringSubmatch(p.text)
		if m == nil || p.marker != "" {
			continue
		}
		if c := m[1][len(m[1])-1]; '0' <= c && c <= '9' {
			continue // a size, "PDF 133 KB", is no one's initials
		}
		pt := initialledPoint{action: m[1], owners: initialsSep.Split(m[2], -1)}
		found[i] = pt
		for _, o := range pt.owners {
			seen[o]++
		}
	}
	for i, pt := range found {
		recurs := false
		for _, o := range pt.owners {
			recurs = recurs || seen[o] >= 2
		}
		if !recurs {
			delete(found, i)
		}
	}
	return found
}

// A clerk's list of matters still open keeps each matter on a line of its
// own: its name, the date it was raised in brackets, then where it
// stands, with no status word a log line would end with:
//
//	Allotment rules (18 Feb 08) To be reviewed once the tenancy agreement is agreed.
//	Bench on the green (3 March 2024) Quote awaited from the supplier.
//
// One such line could be a note; three or more in a row are the list.

// matterRow is a matter's name, the date it was raised in brackets, and
// where it stands.
var matterRow = lazyre.New(`^[A-Z][^.()]{2,120}?\s+\((?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{4}|\d{2})|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\)\s+\S`)

// openMatters names a list of matters still open ("Ongoing matters",
// "Outstanding items"); closedMatters one of those done.
var (
	openMatters   = lazyre.New(`(?i)\b(?:on-?going|outstanding|open|current|in progress)\b`)
	closedMatters = lazyre.New(`(?i)\b(?:completed?|closed|done|finished)\b`)
)

// matterRows finds, by paragraph, the rows of runs of three or more
// matter lines, each with the status its list's heading gives it ("" when
// the heading gives none).
func matterRows(ps []paragraph) map[int]string {
	found := map[int]string{}
	status := ""
	for i := 0; i < len(ps); {
		if ps[i].heading {
			status = ""
			switch {
			case openMatters.MatchString(ps[i].body):
				status = action.StatusInProgress
			case closedMatters.MatchString(ps[i].body):
				status = action.StatusComplete
			}
		}
		j := i
		for j < len(ps) && ps[j].marker == "" && !ps[j].heading && matterRow.MatchString(ps[j].body) {
			j++
		}
		if j-i < 3 {
			i++
			continue
		}
		for k := i; k < j; k++ {
			found[k] = status
		}
		i = j
	}
	return found
}
