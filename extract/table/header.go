package table

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// field is the action field a column holds.
type field int

const (
	fNone field = iota
	fRef
	fTheme
	fTitle
	fObjective
	fAction
	fOwner
	fDue
	fStatus
	fTarget
	fOutcome
	fMilestones
	fProgress
	// fExplain is a column that explains another ("What we mean"): known,
	// but no field of the action.
	fExplain
)

// headerRules map header wording to fields. They are tried in order, so a
// more specific rule comes before a looser one that would also match:
// "Target date" is a deadline, not a target; "Action owner" an owner, not an
// action; "Target/Outcome" a target (pairedMeasure: the one named first).
var headerRules = []struct {
	f  field
	re *lazyre.RE
}{
	{fRef, lazyre.New(`^(no|nos|number|ref|refs|ref no|reference|id|item|item no|action no|action ref|action number|rec no|rec|serial|serial no|serial number|(?:priority|recommendation|objective|action|row) (?:number|no|ref))$`)},
	// "Area(s) for action" heads the theme the actions are grouped in.
	{fTheme, lazyre.New(`^areas?(?: s)? for action$`)},
	{fProgress, lazyre.New(`\b(status update|update on status|progress update|progress to date|update to date|position to date)\b`)},
	// What has been done about an action, or the answer to a
	// recommendation: "Action taken", "Action update", "Cabinet response".
	{fProgress, lazyre.New(`^(actions? taken( or planned)?( to date)?|actions? update|update on actions?|responses?|(management|cabinet|executive|council|officer|service) responses?|response to recommendations?)$`)},
	// What an action answers, beside it: an audit's finding, a governance
	// issue, an impact an assessment found.
	{fObjective, lazyre.New(`^((audit |key )?findings?|(governance |key |significant )?issues?( identified)?|(negative |adverse )?impacts? identified|areas? (for|of) (improvement|development|concern|weakness))$`)},
	// Whom a recommendation was put to acts on it: "Recommendation made
	// to", "Referred to".
	{fOwner, lazyre.New(`\b(made|referred|addressed|sent|put) to$`)},
	{fStatus, lazyre.New(`\b(status|b?rag|rating)\b`)},
	// A column named by the state its rows reach ("Completed", "Done?")
	// says whether, or when, each row reached it: the row's status.
	{fStatus, stateHeader},
	// A project tracker's project is what is done, its executive or
	// sponsor who answers for it.
	{fOwner, lazyre.New(`^(project|programme) (executive|manager|sponsor)$|^sponsors?$`)},
	{fAction, lazyre.New(`^(projects?|project (title|name|description))$`)},
	// "Timetable" names the column alone; in a cell's words it is a
	// bus timetable. A financial year ("Target FY") is when, as a year is.
	{fDue, lazyre.New(`\b(by when|deadlines?|time ?scales?|time ?frames?|timelines?|dates?|when|due|completion)\b|^years?$|^time ?tables?$|\bfy$|^financial years?$`)},
	{fOwner, lazyre.New(`\b(responsible|responsibility|lead|leads|led by|owners?|ownership|who|whom|accountable|officers?|delivered by|action by|delivery partners?|partners?|organisations?|agency|agencies)\b`)},
	// An organisational unit named as a field says who leads: a
	// tracker's "Directorate: Housing" or a "Department" column is the
	// owner, as "Lead officer" is. A small list, as no shape tells a
	// unit's name from a theme's; whole cells only, so that "Team
	// building" or "Department plan" name no owner. Beside any other
	// column or label of who acts, that one is the owner (keepStrongest,
	// blocks).
	{fOwner, unitOwner},
	// "Action / milestone": the action, a step of which marks progress.
	{fAction, lazyre.New(`^actions? mile ?stones?$`)},
	{fMilestones, lazyre.New(`\bmile ?stones?\b`)},
	{fProgress, lazyre.New(`\b(progress|comments?|commentary|updates?|notes?|position|narrative|evidence|quarterly)\b`)},
	{fOutcome, lazyre.New(`\b(outcomes?|impacts?|results?|benefits?|success (?:looks?|will look) like)\b`)},
	// A plan's card says, beside what will be done, what will be seen
	// to change ("What you will see: fewer missed bins") and what the
	// reader wanted in the first place ("What we want: a clean street").
	// Both are "what" questions, which would otherwise name the action;
	// where things stand now ("Where are we now: two posts vacant") is
	// the action's position, its progress. Who sees or wants is any
	// short noun phrase between "what" and the verb, the whole cell
	// ("What tenants will see", "What local people want"), not a list of
	// words for readers: the cell is a question to which its rows answer.
	{fOutcome, lazyre.New(`^what ([a-z0-9]+ ){1,3}will see$|^(the )?difference (this|it|we) will make$`)},
	{fObjective, lazyre.New(`^what ([a-z0-9]+ ){1,3}want( to (achieve|see))?$`)},
	{fProgress, lazyre.New(`^(where (are we|we are)|where things stand)( now| today)?$`)},
	// "Action/Target": the action first, its measure beside it.
	{fAction, lazyre.New(`^actions? targets?$`)},
	{fTarget, lazyre.New(`\b(targets?|kpis?|measures?|measurements?|measuring|indicators?|metrics?|success criteria|performance|outputs?)\b|\bhow\b.*\b(know|tell|judge|monitor|monitored|measured?)\b`)},
	{fExplain, lazyre.New(`^(what (we|this|it|that) means?|what do we mean|why( this matters| it matters)?|rationale|context|explanation|background)$`)},
	// What consultation heard is no action: "What we heard", "You said".
	{fExplain, lazyre.New(`^(what (we|you|people|residents|partners) (heard|told us|said|say)|we heard|you (said|told us)|we did|what we did)$`)},
	// How an action is paid for is no field of it: "How financed",
	// "Resources", "Funding source", "Cost".
	{fExplain, lazyre.New(`^(how (is it |it is |will it be )?(financed|funded|resourced|paid for)|(funding|finance)( sources?| required| implications)?|budget( sources?| required| implications)|financial implications|resources?( required| needed| implications)?|resourcing|(estimated )?costs?)$`)},
	{fObjective, lazyre.New(`\b(objectives?|aims?|goals?|ambitions?|purpose|what we (have )?committed to|what we are committed to|our commitments?|pledges?)\b`)},
	{fAction, lazyre.New(`\b(actions?|what we will do|what will we do|we will|what|activity|activities|tasks?|deliverables?|recommendations?|interventions?|commitments?|description|initiatives?|how|plans? in place|in place to deliver|how we will deliver)\b`)},
	{fTheme, lazyre.New(`\b(themes?|priority|priorities|areas?|workstreams?|sections?|strands?|focus)\b`)},
	{fTitle, lazyre.New(`^(title|heading|name)$`)},
}

// headerNote is a header cell's explanation in brackets, longer than a
// unit or a plural's "(s)".
var headerNote = lazyre.New(`\s*\([^)]{12,}\)`)

var nonWord = lazyre.New(`[^a-z0-9#]+`)

// footnoteMark is a note's mark a header cell's name carries: "Response[iii]",
// "Lead Officer[2]".
var footnoteMark = lazyre.New(`\[(?:[ivx]{1,5}|\d{1,2})\]$`)

// classified remembers the fields of cells classify has read: the same
// words ("Action", "Lead officer", a paragraph a text reader asks about)
// come back from many readers and many rows, and the header rules are
// some thirty regular expressions. Bounded, as a server reads paper
// after paper: emptied when full, and long cells are not kept.
var classified = struct {
	sync.Mutex
	m map[string]field
}{m: map[string]field{}}

const (
	maxClassified    = 1 << 14 // cells remembered
	maxClassifiedLen = 200     // bytes of a cell worth remembering
)

// classify maps one header cell to a field.
func classify(cell string) field {
	classified.Lock()
	f, ok := classified.m[cell]
	classified.Unlock()
	if ok {
		return f
	}
	f = classifyCell(cell)
	if len(cell) <= maxClassifiedLen {
		classified.Lock()
		if len(classified.m) >= maxClassified {
			clear(classified.m)
		}
		classified.m[cell] = f
		classified.Unlock()
	}
	return f
}

// classifyCell is classify without the memory.
func classifyCell(cell string) field {
	cell = footnoteMark.ReplaceAllString(strings.TrimSpace(cell), "")
	t := strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(cell), " "))
	if t == "" {
		return fNone
	}
	if t == "#" {
		return fRef
	}
	if f, ok := pairedMeasure(cell); ok {
		return f
	}
	for _, r := range headerRules {
		if r.re.MatchString(t) {
			return r.f
		}
	}
	return fNone
}

// pairedMeasure reads a label that names a target and an outcome as one
// field ("Target / outcome", "Outcome/Target"): the two are near enough
// that the writer gives them one column, and the one named first is what
// its cells are meant as. The rule list alone would take outcome for
// both orders. Only these two: other pairs ("Action / Target") have rules
// of their own.
func pairedMeasure(cell string) (field, bool) {
	first, second, ok := strings.Cut(strings.ToLower(cell), "/")
	if !ok {
		return fNone, false
	}
	a, b := measureWord(first), measureWord(second)
	if a == fNone || b == fNone || a == b {
		return fNone, false
	}
	return a, true
}

// measureWord is fTarget or fOutcome for a part of a label that is that
// word alone ("targets", " outcome "), else fNone.
func measureWord(s string) field {
	switch strings.TrimSpace(s) {
	case "target", "targets":
		return fTarget
	case "outcome", "outcomes":
		return fOutcome
	}
	return fNone
}

// undertakes is a cell that says what someone will do ("We will develop a
// gallery/ exhibition"), a row's action: a header names the column ("What
// we will do", "We will").
var undertakes = lazyre.New(`(?i)^(?:we|they|the council|the partnership|partners)\s+(?:will|shall|are going to)\s+[a-z]+\s+\S`)

// header is a recognised header row: the field of each column.
type header struct {
	cols   []field
	refCol int // -1 when the table has no number column
	// pledges is set for a table of goals or commitments with no who,
	// when or status: its rows are commitments unless they say how they
	// are delivered.
	pledges bool
	// reached is set when the status column is named by the state its
	// rows reach (stateHeader): a "Yes" or a date there says the row
	// reached it.
	reached bool
	// swapped is set when itemThenWho read column item as what is done
	// and column who as who acts; whoRows may undo it.
	swapped   bool
	item, who int
}

// stateHeader names a column by the state its rows reach: "Completed",
// "Achieved?", "Done".
//
// A date column named by the state ("Date completed", "Date achieved")
// says the same: a date there is when the row reached it, not a
// deadline ("Completion date", the date planned, is a deadline).
var stateHeader = lazyre.New(`^(?:date )?(completed?|done|achieved)$`)

// maxHeaderCell and maxHeaderWords bound a header cell: longer cells are data.
const (
	maxHeaderCell  = 80
	maxHeaderWords = 8
)

// parseHeader reads cells as a header row. It needs at least one column of
// what will be done (action or objective) and one of who, when, status or
// measure, and most of its non-empty cells recognised, so that a budget
// table or a row of data is not taken for a header.
func parseHeader(cells []string) (header, bool) {
	if strings.Contains(strings.Join(cells, ""), "(") {
		// "Lead Officer (including which department or organisation …)":
		// what a header explains in brackets is no part of its name.
		named := make([]string, len(cells))
		for i, c := range cells {
			named[i] = strings.TrimSpace(headerNote.ReplaceAllString(c, ""))
		}
		cells = named
	}
	filled := 0
	for _, c := range cells {
		// Most lines are data: a long cell rules a line out before any
		// header word is looked for.
		if len(c) > maxHeaderCell {
			return header{}, false
		}
		if t := strings.TrimSpace(c); t != "" {
			// A header cell is a few words starting a name, not a line of
			// wrapped text ("campaigns/interventions for topics such as").
			// After a first cell in capitals, a short name may be set in
			// small letters ("Action | lead body | Due date").
			words := len(strings.Fields(t))
			if r, _ := utf8.DecodeRuneInString(t); (unicode.IsLower(r) && (filled == 0 || words > 2)) || words > maxHeaderWords || undertakes.MatchString(t) {
				return header{}, false
			}
			filled++
		}
	}
	if filled < 2 || isRiskRegister(cells) {
		return header{}, false
	}
	h := header{cols: make([]field, len(cells)), refCol: -1}
	known, unknown := 0, 0
	var what, about, pledge, when bool
	for i, c := range cells {
		if strings.TrimSpace(c) == "" {
			continue
		}
		f := classify(c)
		h.cols[i] = f
		if f == fDue && fiscalYear.MatchString(strings.ToLower(strings.TrimSpace(c))) {
			// A financial year gives the rows' due in a table read as a
			// plan on other grounds, but a grants or budget table has
			// one too: it counts as a column of no plan's.
			unknown++
			continue
		}
		when = when || f == fDue
		switch f {
		case fNone:
			unknown++
			continue
		case fAction, fObjective:
			what = true
			pledge = pledge || pledgeHeader.MatchString(strings.ToLower(c))
		case fOwner, fDue, fStatus, fTarget, fOutcome, fProgress, fMilestones:
			about = true
		}
		known++
		if f == fRef && h.refCol < 0 {
			h.refCol = i
		}
	}
	h.keepStrongest(cells)
	h.itemThenWho(cells)
	for i, f := range h.cols {
		if f == fStatus && stateHeader.MatchString(strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(cells[i]), " "))) {
			h.reached = true // "Completed" with no "Status" beside it
		}
	}
	// A table of what a strategy commits to needs no who or when: its
	// goals, with what they mean or how they are delivered.
	// A plan may carry columns of its own ("Client Group", and in a list
	// exported whole from a tracking system "Funding Type", "Attachments",
	// "Modified By"); one that names what is done, by whom and by when
	// is a plan however many.
	wide := h.has(fAction) && h.has(fOwner) && when
	if !what || !(about || pledge && h.onlyWhat()) || known < 2 || unknown*2 > known && !wide {
		return header{}, false
	}
	h.pledges = !about
	if h.refCol < 0 {
		// Many plans leave the number column's header blank: take the first
		// blank-headed column left of what will be done.
		for i, f := range h.cols {
			if f == fAction || f == fObjective {
				break
			}
			if f == fNone && strings.TrimSpace(cells[i]) == "" {
				h.refCol = i
				break
			}
		}
	}
	if !h.has(fAction) {
		// Without an action column the objective is what will be done.
		for i, f := range h.cols {
			if f == fObjective {
				h.cols[i] = fAction
			}
		}
	}
	return h, true
}

// Some columns name a field weakly: partners who support the lead, the
// date an item was raised beside the date it is due, a response beside the
// progress made, a recommendation beside the action agreed in answer to it.
// When a table has a column that names the field plainly, the weak ones are
// not it; alone, a partners column is still who acts and a response still
// the progress, but a raised date is never a deadline.
var (
	weakOwner = lazyre.New(`\b(partners?|supported by|support(ing)?|organisations?|agency|agencies|contributors?|stakeholders?|involved|others?|key partners|working with)\b`)
	// notDue are dates of what has happened: an item raised, agreed at a
	// meeting, taken to the executive, completed or reviewed.
	notDue = lazyre.New(`\b(raised|added|agreed|opened|logged|identified|meeting date|date of meeting|start|started|created|reported|last updated|updated|review date|reviewed|completed|actual|closed|closure|exec|executive|cabinet|committee|decision|approved|considered|submitted|received)\b`)
	// bareDate is a date column that says nothing of what the date is; it
	// is the deadline only when no column names one.
	bareDate   = lazyre.New(`^dates?$`)
	weakAction = lazyre.New(`\b(recommendations?|description|findings?)\b|^tasks?$`)
	// weakStatus is the state of the record, not of the work: a tracking
	// list's "Publish Status" beside its "Status".
	weakStatus = lazyre.New(`^(publish|publishing|publication|approval|record|page|document) status$`)
	weakUpdate = lazyre.New(`\bresponses?\b`)
	// unitOwner is an organisational unit, the owner only when nothing
	// else names one (headerRules). A town council's plan gives each row
	// to one of its committees ("Committee", "Council committee": the
	// Finance Committee, or the full Council) as a district's gives it
	// to a directorate.
	unitOwner = lazyre.New(`^(directorates?|departments?|divisions?|teams?|service areas?|(?:council )?committees?)$`)
	// committeeCol is a column of committees (unitOwner); meetingCol one
	// of the meetings or minutes rows come from.
	committeeCol = lazyre.New(`^(?:council )?committees?$`)
	meetingCol   = lazyre.New(`\b(?:meetings?|minutes?)\b`)
	// plainDue names the deadline, whatever other date shares its column:
	// "Timescale & Review Date".
	plainDue = lazyre.New(`\b(time ?scales?|deadlines?|due|by when|target dates?|time ?frames?)\b`)
)

// keepStrongest leaves each of owner, due, progress and action to the
// columns that name it plainly when there are such.
func (h *header) keepStrongest(cells []string) {
	norm := func(c string) string { return strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(c), " ")) }
	weak := func(f field, c string) bool {
		switch f {
		case fOwner:
			return weakOwner.MatchString(c)
		case fDue:
			return bareDate.MatchString(c)
		case fProgress:
			return weakUpdate.MatchString(c)
		case fAction:
			return weakAction.MatchString(c)
		case fStatus:
			// (A column named by a state gives way to one named
			// "Status": "Completed" beside it holds the date.)
			return weakStatus.MatchString(c) || stateHeader.MatchString(c)
		}
		return false
	}
	// A unit gives way to any other owner column, weak or plain:
	// "Responsible organisation" beside "Team".
	owners := 0
	for _, f := range h.cols {
		if f == fOwner {
			owners++
		}
	}
	for i, f := range h.cols {
		if f == fOwner && owners > 1 && unitOwner.MatchString(norm(cells[i])) {
			h.cols[i] = fNone
			owners--
		}
	}
	// A log of several committees' actions names, beside the meeting or
	// minute each came from, the committee that met ("Meeting |
	// Committee | Action"): the committee is where the action was
	// agreed, not who carries it out.
	for i, f := range h.cols {
		if f != fOwner || !committeeCol.MatchString(norm(cells[i])) {
			continue
		}
		for j, c := range cells {
			if j != i && meetingCol.MatchString(norm(c)) {
				h.cols[i] = fNone
				break
			}
		}
	}
	strong := map[field]bool{}
	for i, f := range h.cols {
		if f == fDue && notDue.MatchString(norm(cells[i])) && !plainDue.MatchString(norm(cells[i])) {
			h.cols[i] = fNone
			continue
		}
		if !weak(f, norm(cells[i])) {
			strong[f] = true
		}
	}
	for i, f := range h.cols {
		if !strong[f] || !weak(f, norm(cells[i])) {
			continue
		}
		h.cols[i] = fNone
		if f == fAction && !h.has(fObjective) && !strings.HasPrefix(norm(cells[i]), "task") {
			// The recommendation or finding an agreed action answers is
			// that action's objective.
			h.cols[i] = fObjective
		}
	}
}

// itemThenWho reads a header that numbers its rows in a column of their
// own and names another "Item" ("No. | Item | Action | Year"): the item
// is then what is to be done, not its number, and a bare "Action" after
// it, where no column names who acts, is who acts on it, as a minute's
// "Action: Clerk" is.
func (h *header) itemThenWho(cells []string) {
	if h.refCol < 0 || h.has(fOwner) {
		return
	}
	norm := func(c string) string { return strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(c), " ")) }
	for i, f := range h.cols {
		if f != fRef || i <= h.refCol || norm(cells[i]) != "item" {
			continue
		}
		for j := i + 1; j < len(h.cols); j++ {
			if h.cols[j] == fAction && norm(cells[j]) == "action" && h.col(fAction) == j {
				h.cols[i], h.cols[j] = fAction, fOwner
				h.swapped, h.item, h.who = true, i, j
				return
			}
		}
	}
}

// whoRows says whether the rows under a header itemThenWho swapped bear
// the swap out: most "Action" cells read as who acts, a name or a role
// (namesWho), not a clause ("Clerk to report the pothole"), and the "Item"
// cells are no shorter than they are. A header
// alone cannot tell "No. | Item | Action" of a log whose items are topics
// and whose actions are sentences from one whose actions name who acts.
func (h header) whoRows(rows []layout.Line) bool {
	seen, clauses, itemWords, whoWords := 0, 0, 0, 0
	for _, l := range rows {
		if seen == maxWhoRows || !l.IsTable() {
			break
		}
		if len(l.Cells) != len(h.cols) {
			continue
		}
		who := strings.Fields(l.Cells[h.who].Text)
		if len(who) == 0 {
			continue
		}
		seen++
		if !namesWho(l.Cells[h.who].Text, who) {
			clauses++
			continue
		}
		whoWords += len(who)
		itemWords += len(strings.Fields(l.Cells[h.item].Text))
	}
	// The column is judged as a whole: one odd cell does not undo what
	// most rows bear out. (No row read leaves the header's word.)
	return (clauses == 0 || clauses*2 < seen) && itemWords >= whoWords
}

// namesWho says whether a cell reads as who acts: no "to" clause, no full
// stop, and either a few words ("Clerk", "Cllr Ames") or a longer title
// whose words are all capitalised or joiners ("Head of Adult Social
// Care"), which holds no verb as a sentence of what is done would.
func namesWho(text string, words []string) bool {
	if slices.Contains(words, "to") || strings.HasSuffix(text, ".") {
		return false
	}
	if len(words) > 1 && verbObjectWord[strings.ToLower(words[1])] && !postRemit(words) {
		// "Report On Delays", "Chase The Contractor": in Title Case
		// still a verb and its object or particle; a role's words after
		// its first join a remit ("Head of Parks"), seldom "on" or
		// "with" but after a post's own word ("Officer With
		// Responsibility For Parks", "Lead On Safeguarding"), never an
		// article ("Chair The Working Group", "Lead The Review").
		return false
	}
	if len(words) <= maxWhoWords {
		return true
	}
	for _, w := range words {
		if !titleWord(w) {
			return false
		}
	}
	return true
}

// verbObjectWord follows a verb, opening its object or particle: a
// determiner or a preposition no role's title has second.
var verbObjectWord = map[string]bool{"the": true, "a": true, "an": true, "on": true, "to": true, "with": true, "about": true,
	"into": true, "up": true, "back": true, "out": true, "off": true, "all": true, "any": true, "new": true}

// roleHead is a word a role's title opens with; some are verbs too
// ("Chair", "Lead"), so postRemit reads the words after it.
var roleHead = map[string]bool{"officer": true, "lead": true, "head": true, "manager": true, "director": true, "member": true,
	"members": true, "chair": true, "clerk": true, "councillor": true, "cllr": true, "deputy": true, "assistant": true, "team": true}

// postRemit: words open with a post's word, then "with" or "on" and the
// noun of its remit ("Lead On Safeguarding"), not an article. (namesWho
// asks only when the second word is a verbObjectWord, which "for" is
// not: "Lead for Parks" never reads as a verb and its object.)
func postRemit(words []string) bool {
	if len(words) < 3 || !roleHead[strings.ToLower(words[0])] || verbObjectWord[strings.ToLower(words[2])] {
		return false
	}
	switch strings.ToLower(words[1]) {
	case "with", "on":
		return true
	}
	return false
}

// titleWord is a word a role's title is made of: capitalised, or a joiner.
func titleWord(w string) bool {
	switch w {
	case "of", "and", "for", "the", "&":
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// maxWhoRows rows are enough to judge a column; a name or role that acts
// takes no more than maxWhoWords words.
const (
	maxWhoRows  = 8
	maxWhoWords = 4
)

// fiscalYear names a column by a financial year ("Financial year",
// "Relevant FY").
var fiscalYear = lazyre.New(`\bfy$|^financial years?$`)

// riskHeader names a column only a risk register has: the risk itself
// first, its scores, or the owner of a risk.
var riskHeader = lazyre.New(`^(risks?|risk (description|title|name|id|ref|no)|risk owner|likelihood|probability|(inherent|residual|current|target|initial) (risk|score|rating)( score| rating)?|risk (score|rating|level))$`)

// isRiskRegister: a table whose first named column is the risk, or that
// scores risks or names their owners, is a risk register, whatever actions
// it lists to mitigate them.
func isRiskRegister(cells []string) bool {
	first := true
	for _, c := range cells {
		t := strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(c), " "))
		if t == "" || t == "ref" || t == "no" || t == "id" {
			continue
		}
		if riskHeader.MatchString(t) && (first || t != "risks") {
			return true
		}
		first = false
	}
	return false
}

// pledgeHeader names a column of what a paper commits to (its goals,
// objectives or aims).
var pledgeHeader = lazyre.New(`\b(goals?|commitments?|committed to|pledges?|objectives?|aims?|ambitions?|what we will (do|achieve|deliver)|we will)\b`)

// onlyWhat: every recognised column says what will be done or explains it,
// as a strategy's goals table does ("Our goals | What we mean").
func (h header) onlyWhat() bool {
	for _, c := range h.cols {
		switch c {
		case fNone, fAction, fObjective, fExplain, fTheme, fRef:
		default:
			return false
		}
	}
	return true
}

// known counts the recognised columns.
func (h header) known() int {
	n := 0
	for _, c := range h.cols {
		if c != fNone {
			n++
		}
	}
	return n
}

// col returns the first column holding f, or -1.
func (h header) col(f field) int {
	for i, c := range h.cols {
		if c == f {
			return i
		}
	}
	return -1
}

func (h header) has(f field) bool {
	for _, c := range h.cols {
		if c == f {
			return true
		}
	}
	return false
}

// same reports whether two headers map columns alike (a header repeated
// after a page break).
func (h header) same(o header) bool {
	if len(h.cols) != len(o.cols) {
		return false
	}
	for i := range h.cols {
		if h.cols[i] != o.cols[i] && !(i == h.refCol && o.cols[i] == fNone) {
			return false
		}
	}
	return true
}

// refPattern matches a row's own number: "1", "1.a", "6a", "(iv)", "A1", "2.3.1".
var refPattern = lazyre.New(`(?i)^\(?(\d{1,3}(\.\d{1,3})*[a-z]?|\d{1,3}\.[a-z]|[a-z]|[ivx]{1,6}|[a-z]{1,3}\d{1,3}(\.\d{1,3})*[a-z]?)\)?[.:]?$`)

// codeRef matches a register's code for a row: letters, then numbers
// joined by slashes, dots or dashes, maybe a year in brackets — "OS/24/07",
// "IA24-03.1", "SR (25/26) 01", "HWB/23/4".
var codeRef = lazyre.New(`^[A-Za-z]{1,5}(?:[ /.\-]?\(?\d{1,4}(?:/\d{1,4})?\)?){1,4}[a-z]?$`)

func isRef(s string) bool {
	s = strings.TrimSpace(s)
	return refPattern.MatchString(s) || len(s) <= 16 && codeRef.MatchString(s)
}

// normRef drops the trailing dot or colon a printed number carries ("1." → "1").
func normRef(s string) string { return strings.TrimRight(strings.TrimSpace(s), ".:") }

// HeaderLine reports whether text, a line whose cells a copy ran together
// with single spaces, is a header row of one word a column ("Action
// Responsibility", "Action Lead Timescale Status"): every word names a
// column, and one of them the action.
func HeaderLine(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	action := false
	for _, w := range words {
		switch classify(w) {
		case fNone, fRef:
			return false
		case fAction:
			action = true
		}
	}
	_, ok := parseHeader(words)
	return ok && action
}

// FlatHeader gives the column names of a header line whose cells a copy
// ran together with single spaces: a word a column ("Action Lead
// Timescale", as HeaderLine reads it) or, where names run to more words,
// each name opening with a capital and going on in small letters ("What
// we will do and when", "What does success look like?"), and a word that
// qualifies another one name with it ("Target Date", "Lead Officer").
// Every name must name a column, and the first what is done.
func FlatHeader(text string) ([]string, bool) {
	if HeaderLine(text) {
		return strings.Fields(text), true
	}
	words := strings.Fields(text)
	if len(words) < 3 || len(words) > 14 || len(text) > 90 || strings.Contains(text, ":") {
		return nil, false // (a colon sets a label before its value: "What we will do: Implement …")
	}
	var names []string
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); len(names) > 0 && unicode.IsLower(r) {
			names[len(names)-1] += " " + w // "What we will do and when"
			continue
		}
		names = append(names, w)
	}
	var merged []string
	for i := 0; i < len(names); i++ {
		if i+1 < len(names) && nameModifier[strings.ToLower(names[i])] && !strings.Contains(names[i+1], " ") && classify(names[i]+" "+names[i+1]) == classify(names[i+1]) {
			merged = append(merged, names[i]+" "+names[i+1]) // "Target Date"
			i++
			continue
		}
		merged = append(merged, names[i])
	}
	if len(merged) < 2 || len(merged) > 8 || classify(merged[0]) != fAction {
		return nil, false
	}
	for _, n := range merged {
		if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) || len(strings.Fields(n)) > 7 || classify(n) == fNone || classify(n) == fRef {
			return nil, false // "activities be approved to assure …": a wrapped sentence's line
		}
	}
	if _, ok := parseHeader(merged); !ok {
		return nil, false
	}
	return merged, true
}

// nameModifier opens a column's name of two words that names what its
// second word names alone: "Target Date", "Lead Officer", "RAG Status".
var nameModifier = map[string]bool{"target": true, "due": true, "completion": true, "delivery": true, "review": true, "start": true, "end": true,
	"lead": true, "responsible": true, "accountable": true, "key": true, "rag": true, "progress": true, "current": true}

// HeaderCells reports whether names, a header's cells that a copy set one
// under another ("Goal", "Progress Report", "Date Complete"), head a table
// of actions; whether the first of them names the rows' numbers; and
// which of them names what is to be done.
func HeaderCells(names []string) (numbered bool, action int, ok bool) {
	if len(names) < 2 || len(names) > 8 {
		return false, -1, false
	}
	h, ok := parseHeader(names)
	if !ok || !h.has(fAction) {
		return false, -1, false
	}
	return classify(names[0]) == fRef, h.col(fAction), true
}

// FlatRoles gives, for a header of one name a column, what each column
// holds in the terms a run-together row can be cut by: "action" for the
// first column when it names what is done, then "owner", "due" or
// "status", or "text" for a column of free words (an outcome, a measure)
// that only the cells around it can bound: it must come after a date
// column straight after the action's, which ends the action, and be the
// only one. ok is false when any column is something else, so that a row
// cannot be cut by what its later cells look like.
func FlatRoles(names []string) (roles []string, ok bool) {
	if len(names) < 2 || classify(names[0]) != fAction {
		return nil, false
	}
	roles = []string{"action"}
	text := false
	for _, n := range names[1:] {
		switch classify(n) {
		case fOwner:
			roles = append(roles, "owner")
		case fDue:
			roles = append(roles, "due")
		case fStatus:
			roles = append(roles, "status")
		case fOutcome, fTarget, fMilestones, fProgress:
			if text || len(roles) < 3 || roles[1] != "due" {
				return nil, false
			}
			text = true
			roles = append(roles, "text")
		default:
			return nil, false
		}
	}
	return roles, true
}

// fieldNames name the fields for readers outside the package.
var fieldNames = map[field]string{fRef: "ref", fTheme: "theme", fTitle: "title", fObjective: "objective", fAction: "action",
	fOwner: "owner", fDue: "due", fStatus: "status", fTarget: "target", fOutcome: "outcome", fMilestones: "milestones",
	fProgress: "progress", fExplain: "explain"}

// HeaderRoles tells what each of a header's cells names, as its words
// alone say ("ref", "action", "owner", "due", …, "" for none), and
// whether the cells head a table of actions (a column of what is done,
// and one of who, when, status or measure).
func HeaderRoles(names []string) (roles []string, ok bool) {
	h, ok := parseHeader(names)
	if !ok || !h.has(fAction) {
		return nil, false
	}
	roles = make([]string, len(names))
	for i, n := range names {
		roles[i] = ColumnRole(n)
	}
	return roles, true
}

// ColumnRole is what a column named name holds, as HeaderRoles tells it.
func ColumnRole(name string) string {
	return fieldNames[classify(headerNote.ReplaceAllString(name, ""))]
}

// NumbersColumn reports whether name, a column's name in a header a copy
// ran into a line of text, names the rows' numbers: as ColumnRole tells
// it ("Ref", "No."), or by its last word, which a longer name of such a
// column ends with ("Code number", "Item no"). The flat readers of
// plaintext and narrative both ask it of a run of names.
func NumbersColumn(name string) bool {
	if ColumnRole(strings.TrimRight(name, ".")) == "ref" {
		return true
	}
	words := strings.Fields(name)
	return len(words) > 0 && numbersWord[strings.ToLower(strings.TrimRight(words[len(words)-1], "."))]
}

// numbersWord ends the name of a column of numbers.
var numbersWord = map[string]bool{"number": true, "no": true, "ref": true, "reference": true}
