package narrative

// Plans and strategies: the runs of points, paragraphs and rows that a
// plan promises, and the headings and lead-ins that say so.

import (
	"maps"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// aheadHeading names a section of what is planned next.
var aheadHeading = lazyre.New(`(?i)^(?:(looking (ahead|forward)|looking to (the )?(\d{4}|future|year ahead|next year)|next steps|the year ahead|future (plans|priorities|work|developments)|(our )?(plans|priorities|ambitions) for (\d{4}|the (coming|next) year)|priorities for (\d{4}|the (coming|next) year)|forward (plan|look|work programme)|what we` + willDo + `|` + howWeWill + `|what happens next|our (?:commitments?|pledges?|promises?)|(?:summary of|key|our|priority) actions|actions\s*:?$|actions we will take|what we(?:'re|’re| are) (?:focusing|focussing|working) on|(?:[\w-]+\s+){0,3}(?:timetable|timeline)\s+(?:for|of)\s+(?:implementation|delivery|the work))\b|` + whatDoerWillDo + `)`)

// hollowUnder: the line cur is a point of a list's second level under
// prev's first, as a copy prints them: "o" before cur (a hollow bullet)
// and another bullet before prev, or "o" before both when prev was itself
// such a sub-point (sub). A list all of whose points open with "o" has
// one level.
func hollowUnder(prev, cur string, sub bool) bool {
	if !hollow(cur) {
		return false
	}
	return sub || bulletPat.MatchString(strings.TrimSpace(prev)) && !hollow(prev)
}

func hollow(t string) bool { return strings.HasPrefix(strings.TrimSpace(t), "o ") }

// whoWe is who a heading of what will be done names: the authors as
// "we", or whoever it names (doerNP).
const whoWe = `(?:we|` + doerNP + `)`

// doerNP is who a heading of what will be done names, by its shape, not
// from a list of bodies: "the" and up to five words ("What the town
// council will do"), or up to five capitalised words, perhaps joined by
// "of", "and", "for" or "the" ("What the Parish Clerk will do", "What
// Friends of the Green will do"). (?-i: keeps the capitals a test though the
// headings' patterns ignore case.)
const doerNP = `(?:the\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,4}|` + capWord + `(?:\s+(?:(?-i:of|and|for|the|&)\s+){0,2}` + capWord + `){0,4})`

const capWord = `(?-i:[A-Z][\w'’&-]*)`

// willDo is the verb of a heading of what will be done: "will do", "plans
// to do", "are going to do".
const willDo = `(?: will| plans? to| intends? to| are going to| is going to| aims? to) do`

// whatDoerWillDo is a heading that names who will do the points under it
// other than as "we": the heading ends with "do", or a colon and what is
// done follows ("What the Parish Clerk will do", "What Housing Services
// will do: …"). A line that goes on after "do" is a sentence ("What the
// new owners will do with the barn is not known"), not such a heading.
// Its group "doer" is who (headingDoer).
const whatDoerWillDo = `what (?P<doer>` + doerNP + `)` + willDo + `(?:\s*:.*)?$`

// headingDoer is who a heading of what will be done names, when it names
// someone other than the authors: "What the Parish Clerk will do" puts
// each point under it to the Parish Clerk, as a lead-in that names a body
// does (followingOwner). "" for "What we will do" and any other heading,
// and for a heading that names the paper or its money as the doer ("What
// the Strategy will do", "What the new grant will do"): a document or a
// sum does nothing itself, its points are still the authors'.
func headingDoer(body string) string {
	m := doerHeading.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil {
		return ""
	}
	doer := m[doerHeading.SubexpIndex("doer")]
	ws := strings.Fields(doer)
	if strings.EqualFold(doer, "we") || len(ws) == 0 || thingDoer.MatchString(ws[len(ws)-1]) || !nameLike(doer) || toldDoer.MatchString(doer) {
		// (nor one whose words hold a verb: "What the report says the
		// council will do" names no doer.)
		return ""
	}
	return doer
}

var doerHeading = lazyre.New(`(?i)^` + whatDoerWillDo)

// toldDoer is a doer phrase that reports what someone else says will be
// done: a verb of saying or thinking among its words.
var toldDoer = lazyre.New(`(?i)\b(?:says|said|thinks|thought|believes|told|tells|shows|suggests|expects|hopes|knows|asks)\b`)

// thingDoer is the head noun of a doer that is a document or money, not
// someone: a small class, the words a plan names itself or its funding
// by.
var thingDoer = lazyre.New(`(?i)^(?:strateg(?:y|ies)|plans?|polic(?:y|ies)|funding|funds?|grants?|budgets?|schemes?|projects?|programmes?)$`)

// periodAims: a heading or lead-in that names what follows as the aims,
// objectives or focus for a year or years to come — "Objectives 2017 -
// 2020", "Focus for the current year 2017/2018 is as follows:" — whose
// points in the imperative (or "To …") are what the authors mean to do.
// The year's before ("the previous year's seven objectives") are not.
func periodAims(s string) bool {
	return aimsWord.MatchString(s) && aimsPeriod.MatchString(s) && !pastPeriod.MatchString(s) && len(strings.Fields(s)) <= 14
}

var (
	aimsWord   = lazyre.New(`(?i)^(?:(?:town|parish|city|district|county|borough)\s+council\s+)?(?:our\s+|the\s+|key\s+|main\s+)*(?:objectives|aims|focus|priorities|targets|goals)\b`)
	aimsAny    = lazyre.New(`(?i)\b(?:objectives|aims|focus|priorities|targets|goals)\b`)
	aimsPeriod = lazyre.New(`(?i)\b(?:19|20)\d\d\b|\b(?:current|coming|next|this)\s+(?:financial\s+|municipal\s+)?year\b`)
	pastPeriod = lazyre.New(`(?i)\b(?:previous|last|past|were|achieved|met)\b`)
)

// howWeWill heads the points that say how a priority will be met ("How we
// will do it", "How we will achieve this") or names them as the actions
// ("Areas for action", "Action areas").
const howWeWill = `how we(?: will| plan to| intend to| are going to) (?:do|achieve|deliver|make)\w*(?: (?:it|this|these|them))?$|areas? for action|action areas`

// milestonesHead heads a plan's milestones: "Milestones", "Key milestones
// and outcomes".
var milestonesHead = lazyre.New(`(?i)^(?:key\s+|our\s+|delivery\s+)?milestones?\b`)

// measuresHead heads how a plan's progress is measured: "How will we
// measure progress?", "Key performance indicators", "Measures of success".
var measuresHead = lazyre.New(`(?i)^(?:how (?:will|do|can|would) we (?:measure|know|monitor|track)\b|(?:key |our |success |performance |outcome )*(?:measures|indicators|kpis)(?: of (?:success|progress))?\b|measuring (?:success|progress)|what success (?:will )?looks? like)`)

var howHeading = lazyre.New(`(?i)^(?:` + howWeWill + `)`)

// howLine opens a heading that says how the authors will deliver what it
// names: "How we will deliver the outcomes for …".
var howLine = lazyre.New(`^How we(?: will| plan to| intend to| are going to) (?:deliver|achieve|do|make)\w*\s+\w`)

// plansLead is a sentence that names what follows as the authors' plans:
// "what we plan to do", "what we will do", "what we are going to do",
// "The planned activities to help us achieve this theme are:".
var plansLead = lazyre.New(`(?i)\bwhat (?:we|the council) (?:will|plans? to|intends? to|are going to|is going to|aims? to) (?:do|deliver|achieve)\b|` + plannedLead.String() + `|` + proposeLead.String())

// plannedLead names the points after it as the planned activities, each
// on its line with its progress told after it; a lead-in's list would end
// at the first paragraph of progress.
var plannedLead = lazyre.New(`(?i)\b(?:planned|proposed)\s+(?:actions|activities|steps|projects)\b`)

// followingPromise is the authors promising what follows, its colon
// perhaps a full stop: "… we will be doing the following.", "The Town
// Council will embrace the following objectives:".
var followingPromise = lazyre.New(`(?i)\b(?:we|council|committee|board|authority|partnership)\s+(?:will|shall|are going to|plan to|intend to)\s+(\w+)\b[^.;:]{0,60}\bthe following(?:\s+[\w-]+){0,2}\s*[.:]$`)

// followingOwner is the named body that promises what follows, "" when
// the authors speak as "we".
func followingOwner(body string) string {
	m := followingPromise.FindStringSubmatchIndex(body)
	if m == nil {
		return ""
	}
	// The match opens at the body's noun ("Council will …"): the subject
	// ends with it.
	who := wholeSubject(body, m[0]+strings.Index(body[m[0]:], " "))
	if strings.EqualFold(who, "we") || !nameLike(who) {
		return ""
	}
	return who
}

// aimsFollowing: a lead-in whose subject is the points after it, named
// as aims or objectives ("These aims and objectives are either not yet
// started, in progress or ongoing."): what the authors mean to do, though
// no colon ends it. Aims that were met, or were the year before's, are
// not.
func aimsFollowing(body string) bool {
	return aimsSubject.MatchString(body) && !pastPeriod.MatchString(body)
}

var aimsSubject = lazyre.New(`(?i)^(?:these|the following)\s+(?:[\w-]+\s+){0,2}(?:aims|objectives|priorities|goals)(?:\s+and\s+(?:aims|objectives|priorities|goals))?\s+(?:are|will|include)\b`)

// promisesFollowing: body is a following promise whose verb undertakes
// something — a body that "will consider the following" or "will note
// the following" only has them before it.
func promisesFollowing(body string) bool {
	if !strings.Contains(body, "following") {
		return false // the cheap test: most paragraphs promise nothing that follows
	}
	m := followingPromise.FindStringSubmatch(body)
	if m == nil {
		return false
	}
	v := strings.ToLower(m[1])
	return !takesNote[v] && !meetingVerb[v] && !holdsPower[v] && v != "consider" && v != "discuss"
}

// holdsPower: verbs that say who holds a power, not what will be done
// with it — "only the Authority will exercise the following functions:"
// heads a constitution's list of reserved matters.
var holdsPower = map[string]bool{"exercise": true, "retain": true, "reserve": true, "discharge": true, "hold": true}

// proposeLead is the authors proposing or planning what the points after
// it name, under headings of their own ("We are proposing to use the fund
// on projects under the following themes:"): each point, a verb or not,
// is a thing planned.
var proposeLead = lazyre.New(`(?i)^(?:we|the council)\s+(?:(?:are|is)\s+(?:proposing|planning|intending)|propose|plan|intend)s?\s+to\b[^:.;]{0,120}\bfollowing\b[^:.;]{0,40}:$`)

// takesNote: verbs a meeting takes note with, which begin no plan's action.
var takesNote = map[string]bool{"note": true, "approve": true, "agree": true, "endorse": true, "adopt": true, "accept": true, "receive": true, "welcome": true, "confirm": true}

// nounAfter follows a first word that is a noun, not a verb.
var nounAfter = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true, "will": true, "would": true,
	"to": true, "for": true, "of": true, "in": true, "on": true, "from": true, "by": true}

// takesTo: verbs that begin a plan's action with "to" after them
// ("Continue to support …").
var takesTo = map[string]bool{"continue": true, "seek": true, "aim": true, "strive": true, "work": true, "begin": true, "start": true}

// othersAsked is a lead-in that asks others to act: "we ask you to:",
// "residents can help by:", "What residents need to do:", "Your
// responsibilities:".
var othersAsked = lazyre.New(`(?i)\b(?:ask|asks|expect|need)\s+(?:of\s+|from\s+)?(?:you|residents|customers|tenants|partners|others)\b|\byou\s+(?:can|should|must|will|need\s+to)\b|\b(?:residents|customers|tenants|households|the\s+public)\s+(?:can|should|must|need\s+to|are\s+asked)\b|^(?:your|residents['’]?|customers['’]?|tenants['’]?)\s+(?:responsibilities|part|role|obligations)\b`)

// weSpeak opens a sentence in the authors' voice: "We will", "We'll",
// "We promise".
var weSpeak = lazyre.New(`^We(?:\s|'|’)`)

// toVerbPoint: a point that is an infinitive, "To help you have new
// experiences …", under "We pledge:".
func toVerbPoint(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 3 || ws[0] != "To" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[1])
	return unicode.IsLower(r) && !nounAfter[ws[1]] && !nounStart[ws[1]]
}

// valueWord: a point that only names a value ("Be compassionate.", "Be
// ambitious"), which says how, not what, the authors will do.
func valueWord(text string) bool {
	f := strings.Fields(strings.TrimRight(text, ". "))
	return len(f) == 2 && strings.EqualFold(f[0], "be")
}

// bareWeWill is the authors' promise with nothing after it but its
// points: "We will:", "We will also:", "We pledge:".
var bareWeWill = lazyre.New(`(?i)^we\s+(?:will|shall|pledge|promise|commit|undertake)(?:\s+also)?(?:\s+to)?\s*[:\-–—]$`)

// recWord names recommendations.
var recWord = lazyre.New(`(?i)\brecommendations?\b`)

// flatRow is a plan's table row run into one line: a short type cell,
// the action's number, the action (to its last full stop) and the
// cells after it, which hold no full stop.
var flatRow = lazyre.New(`^(?:[A-Z][\w ]{0,30}?\s)?(\d{1,2}\.\d{1,2})\s+([A-Z].*\.)\s+([A-Z][^.]*)$`)

// flatRowOwners finds who leads each of a plan's rows run into one line
// (flatRow) under a header a copy set a name a line above them:
//
//	Type
//	Action
//	Lead
//	Priority
//	When
//	Project 2.1 Map the cycle routes. Parks Team Green Travel March 2026
//	Project 2.2 Count the riders. Parks Team and Police Green Travel Ongoing
//	Project 2.3 Fit the racks. Highways Safer Streets Ongoing
//
// The header says which cells follow the action's last full stop. Where
// only the lead's comes before the date, the words there are the lead's.
// Where a column between them has cells of its own (the priority), where
// one ends cannot be told from one row, but a column whose rows share a
// few values shows them as the same last words in several rows ("Green
// Travel"): the longest ending more rows share than share it a word
// longer is that column's cell, and the words before it the lead's. A
// row whose cells end in nothing another row shares, or whose split no
// count tells, gets no lead; nor does a row whose last cell reads as no
// date under a header that has a date column. A date cut short where the
// copy stopped ("… Green Travel Octo") is still left off first. It
// gives, by paragraph, the lead's words.
func flatRowOwners(ps []paragraph) map[int]string {
	out := map[int]string{}
	row := func(p paragraph) []string {
		if p.marker != "" || p.heading {
			return nil
		}
		if m := flatRow.FindStringSubmatch(p.body); m != nil {
			return strings.Fields(m[3])
		}
		return nil
	}
	for i := 0; i < len(ps); i++ {
		if row(ps[i]) == nil {
			continue
		}
		j := i
		for j < len(ps) && row(ps[j]) != nil {
			j++
		}
		after := rolesAfterAction(namesAbove(ps, i))
		hasDue := len(after) >= 2 && after[len(after)-1] == "due"
		if hasDue {
			after = after[:len(after)-1]
		}
		tails := map[int][]string{}
		undated := map[int]bool{}
		for k := i; k < j; k++ {
			ws := row(ps[k])
			if n := dueWords(ws); n > 0 && n < len(ws) {
				ws = ws[:len(ws)-n]
			} else if hasDue {
				// "… Parks Team Medium term", "… Tree Officer TBC":
				// the last cell is no date read, so where the
				// lead's ends cannot be told.
				undated[k] = true
			}
			tails[k] = ws
		}
		switch {
		case len(after) == 1 && after[0] == "owner":
			for k, ws := range tails {
				out[k] = strings.Join(ws, " ")
			}
		case len(after) == 2 && after[0] == "owner":
			shared := map[string]int{}
			for _, ws := range tails {
				for n := 1; n <= len(ws); n++ {
					shared[strings.Join(ws[len(ws)-n:], " ")]++
				}
			}
			ending := func(ws []string, n int) int { return shared[strings.Join(ws[len(ws)-n:], " ")] }
			for k, ws := range tails {
				// The longest ending more rows share than share
				// the one a word longer: "Green Travel" in two
				// rows' "Parks Team Green Travel" and "Parks Team
				// and Police Green Travel", not "Team Green
				// Travel". Where every row shares the words up to
				// the whole cells ("Parks Team Green Travel" in
				// each), the split cannot be told: no lead.
				best := 0
				for n := 1; n < len(ws); n++ {
					if c := ending(ws, n); c > 1 && c > ending(ws, n+1) {
						best = n
					}
				}
				if best > 0 && startsUpper(ws[len(ws)-best]) {
					out[k] = strings.Join(ws[:len(ws)-best], " ")
				}
			}
		}
		for k, o := range out {
			ws := strings.Fields(o)
			if len(ws) == 0 || !startsUpper(ws[0]) || undated[k] || !leadEnd(ws[len(ws)-1]) {
				delete(out, k)
			}
		}
		i = j - 1
	}
	return out
}

// namesAbove are the short lines right above paragraph i, a name each,
// that could name a table's columns: up to eight of them.
func namesAbove(ps []paragraph, i int) []string {
	k := i
	for k > 0 && i-k < 8 {
		p := ps[k-1]
		if p.marker != "" || p.heading || bulletPat.MatchString(p.text) || len(strings.Fields(p.body)) > 4 || endsSentence(p.body) {
			break
		}
		k--
	}
	var names []string
	for ; k < i; k++ {
		names = append(names, strings.TrimSpace(ps[k].body))
	}
	return names
}

// rolesAfterAction are the roles of a header's columns after the one of
// what is done, nil when the names head no table of actions.
func rolesAfterAction(names []string) []string {
	roles, ok := table.HeaderRoles(names)
	if !ok {
		return nil
	}
	for c, r := range roles {
		if r == "action" {
			return roles[c+1:]
		}
	}
	return nil
}

// dueWords is how many of the last words read as a date or "Ongoing", a
// deadline's cell (one or two words, or a span of two such: "2025 to
// 2027", "May 2025 - June 2026"), or as a month cut short where a copy
// stopped ("… Core Offer Decem"); 0 when none do.
func dueWords(ws []string) int {
	n := dateWords(ws)
	// A span's end read with the word before it ("to 2027") or alone
	// ("June 2026" after "-"): its start goes with it.
	var rest []string
	switch {
	case n == 2 && rangeWord[strings.ToLower(ws[len(ws)-2])]:
		rest = ws[:len(ws)-2]
	case n > 0 && n < len(ws) && rangeWord[strings.ToLower(ws[len(ws)-n-1])]:
		rest = ws[:len(ws)-n-1]
	}
	if m := spanStart(rest); m > 0 {
		n = len(ws) - len(rest) + m
	}
	if n > 0 {
		return n
	}
	if len(ws) > 1 && monthPrefix(strings.ToLower(ws[len(ws)-1])) {
		return 1
	}
	return 0
}

// dateWords is how many of the last words (one or two) read as a date or
// "Ongoing"; 0 when none do.
func dateWords(ws []string) int {
	for n := min(2, len(ws)); n >= 1; n-- {
		last := strings.Join(ws[len(ws)-n:], " ")
		if action.NormalizeDue(last) != "" || strings.EqualFold(last, "ongoing") {
			return n
		}
	}
	return 0
}

// spanStart is how many of the last words (one or two) are a date that
// opens with a day, year or month ("2025", "May 2025"; not "Team 2025",
// the lead's name before the year); 0 when none are.
func spanStart(ws []string) int {
	for n := min(2, len(ws)); n >= 1; n-- {
		w := strings.ToLower(ws[len(ws)-n])
		r, _ := utf8.DecodeRuneInString(w)
		if action.NormalizeDue(strings.Join(ws[len(ws)-n:], " ")) != "" && (unicode.IsDigit(r) || monthPrefix(w)) {
			return n
		}
	}
	return 0
}

// monthPrefix: w (in small letters) is a month's name or its first three
// letters or more ("sept", "decem").
func monthPrefix(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, m := range monthNames {
		if strings.HasPrefix(m, w) {
			return true
		}
	}
	return false
}

// rangeWord joins the two ends of a span of dates.
var rangeWord = map[string]bool{"to": true, "until": true, "-": true, "–": true, "—": true}

var monthNames = strings.Fields("january february march april may june july august september october november december")

// leadEnd: a lead's last word is a name's, not a number's or a cell
// still to be filled ("… Tree Officer TBC", "… Parks Team Medium term").
func leadEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return !unicode.IsDigit(r) && !strings.EqualFold(w, "tbc") && !strings.EqualFold(w, "term")
}

// rowCell reads a short line after a plan's action as a cell of the
// action's row, its table flattened to a line a cell: the lead who owns
// it ("Housing Options Team Leader / Senior Housing Officer") or when it
// is due ("Up to 2025"). A line in sentence case that is neither — a
// measure of success — belongs to the row too and heads nothing; only a
// line in title case may still be a heading over the next actions.
func (f *finder) rowCell(body string) bool {
	ws := strings.Fields(body)
	if len(ws) > 12 || endsSentence(body) && len(ws) > 8 {
		return false
	}
	a := &f.out[f.planRow]
	if owners := action.SplitOwners(body); len(a.Owner) == 0 && len(owners) > 0 && allOwners(owners) {
		a.Owner = owners
		f.ownPoint(owners...)
		return true
	}
	if raw := dueIn(body); a.DueRaw == "" && raw != "" {
		a.DueRaw, a.Due = raw, resolveDue(raw, f.opts.Date)
		return true
	}
	return !titleCase(ws)
}

// allOwners: every part names a person or body.
func allOwners(owners []string) bool {
	for _, o := range owners {
		if !nameLike(o) || agent(o) == "" {
			return false
		}
	}
	return true
}

// titleCase: most of the words that are not short joining words are
// capitalised, as a heading's are.
func titleCase(ws []string) bool {
	caps, words := 0, 0
	for _, w := range ws {
		if len(w) <= 3 {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return words > 0 && caps*2 > words
}

// knownVerb: a word the verb lists know, not a capitalised word guessed at.
func knownVerb(w string) bool {
	lw := strings.ToLower(w)
	if a, b, ok := strings.Cut(lw, "/"); ok && a != "" && b != "" && !strings.Contains(b, "/") {
		return knownVerb(a) && knownVerb(b) // "Review/Update the policies": either verb, both known
	}
	return baseVerb.MatchString(lw) || actVerb[lw] || imperative.MatchString(lw)
}

// planVerb: verbs plans and strategies are written in, beyond the ones a
// meeting's record uses, in their base form. Only a plan's list reads them
// (see doingBullet and toAim), and a list's point that opens with one
// is no name (namesOnly): the learned reader's features keep to the
// verbs it was trained with.
var planVerb = wordSet(`achieve acknowledge acquire adapt address advance advise aim align allocate analyse
	anticipate apply appoint assess assist attract audit be boost broaden build
	calculate campaign capture carry celebrate champion clarify clean
	collaborate collect combat communicate compile comply consult contribute convert
	coordinate create declare decrease define demonstrate design digitise diversify educate
	embed embrace empower enable encourage enforce engage enhance enrich equip
	evaluate examine expand extend facilitate finalise fix foster fund gather
	generate give grow guide harness help hold identify implement improve
	incentivise incorporate influence inform initiate install integrate intervene introduce invest involve
	keep lobby maximise minimise mobilise modernise motivate narrow nurture offer
	open optimise oversee pilot plant pledge prevent prioritise procure protect publicise pursue put
	rebuild recognise recruit redesign reduce refresh refurbish regenerate regulate
	reinforce relocate remove renew repair replace reshape respond restore restructure
	retain revise run safeguard secure seek simplify start stimulate streamline
	shape sustain tackle transform undergo understand upgrade utilise widen`)

// infinitiveRuns marks runs of two or more points numbered one after the
// other, one straight after another, each a whole decision in the
// infinitive ending its sentence — not the agenda's own "To receive …",
// "To consider …", whose minutes follow each.
func infinitiveRuns(ps []paragraph) map[int]bool {
	return numberedRuns(ps, 2, func(i int) bool {
		p := ps[i]
		w := strings.Fields(p.body)
		return p.marker != "" && len(w) >= 3 && infinitiveDecision(p.body) && endsSentence(p.body) &&
			!strings.EqualFold(w[1], "receive") && !strings.EqualFold(w[1], "consider")
	}, markerFollows)
}

// subjunctiveRuns marks runs of two or more points of one list, bulleted
// or numbered one after the other, each a clause read as a decision once
// "That" is put before it: its subject, then the subjunctive "be" and a
// participle ("Grundon's be appointed to provide the trial;") or a verb
// in its base form after who acts. Nothing in the tense of the indicative
// stands before it ("The trial was to be approved" tells, it does not
// decide).
func subjunctiveRuns(ps []paragraph) map[int]bool {
	clause := func(i int) bool {
		p := ps[i]
		body := strings.TrimRight(dropBullet(p.body), ";,.")
		if p.marker == "" && !bulletPat.MatchString(p.text) || p.heading || !startsUpper(body) || hasPrefixFold(body, "that ") {
			return false
		}
		before, _, ok := strings.Cut(body, " be ")
		return ok && len(strings.Fields(before)) <= 12 && !strings.ContainsAny(before, ":;") && !finiteVerb.MatchString(before) && !thatWord.MatchString(before) && !hasPrefixFold(before, "to ") && thatDecides("That "+strings.ToLower(body[:1])+body[1:])
	}
	return numberedRuns(ps, 2, clause, func(a, b string) bool { return a == "" && b == "" || markerFollows(a, b) })
}

// thatWord is "that" as a word, which a decision's own clause does not
// hold before its "be".
var thatWord = lazyre.New(`(?i)\bthat\b`)

// imperativeRuns marks the paragraphs of runs of three or more points
// numbered one after the other ("3.1.1", "3.1.2", "3.1.3" or "1.", "2.",
// "3."), each opening with a verb in the imperative that the verb lists
// know and that is not what a meeting does ("Note …", "Approve …"). (A
// capitalised word guessed at as a verb makes as many lists of aims.)
//
// Bullets count too, three or more one straight after another, each a
// bullet of doing (see doingBullet): a plan's list of what it will do,
// whatever its title. What was done is told in the past tense, and a
// lead-in that says the list was aimed at before ("The aims of the review
// were to:") keeps it out, as does a heading over what a body is for
// ("Role of the parish council") or over options, one of which will be
// taken ("The options open to the Committee are:"). (Bullets opening with
// a capitalised word the verb lists do not know were tried as a list's
// points where most of the list's were known verbs: on pages never read
// they added eleven items, three of them right.)
func imperativeRuns(ps []paragraph) map[int]bool {
	doing := func(p paragraph) bool {
		return p.marker != "" && !strings.HasSuffix(p.body, ":") && len(strings.Fields(p.body)) >= 4 &&
			(pointOfDoing(strings.TrimLeft(p.body, "-–— ")) || toAim(p.body))
	}
	// A point taken for a title only for want of a full stop ("3.3
	// Undergo accreditation as a Carbon Literate Organisation") joins a
	// run next to a point that is not; one the paper sets as a heading,
	// in bold or at a heading's level, only between two. (Titles in a
	// row are listedHeads' to judge.)
	//
	// A point of two or three words that opens with a known verb
	// ("Intervene earlier", "Develop place-based partnerships") is a title
	// alone, but one of the run beside a point that is not.
	short := func(p paragraph) bool {
		n := len(strings.Fields(p.body))
		return p.marker != "" && n >= 2 && n < 4 && !strings.HasSuffix(p.body, ":") && pointOfDoing(p.body)
	}
	follows := func(a, b string) bool { return markerFollows(a, b) || sectionFollows(a, b) }
	listed := func(k int) bool {
		return k >= 0 && k < len(ps) && !ps[k].heading && doing(ps[k]) && (k > 0 && follows(ps[k-1].marker, ps[k].marker) || k+1 < len(ps) && follows(ps[k].marker, ps[k+1].marker))
	}
	point := func(i int) bool {
		p := ps[i]
		plain := func(k int) bool { return k >= 0 && k < len(ps) && !ps[k].heading && doing(ps[k]) }
		if short(p) {
			return listed(i-1) || listed(i+1)
		}
		if p.heading && (p.level > 0 || p.bold) {
			return doing(p) && plain(i-1) && plain(i+1)
		}
		return doing(p) && (!p.heading || plain(i-1) || plain(i+1))
	}
	marks := numberedRuns(ps, 3, point, follows)
	// A list's points share their form: in a numbered run under a
	// lead-in's colon whose points are mostly aims in the infinitive
	// ("Our aims for the service:" over "2. To widen …", "3. To cut …"),
	// a point in the same form whose verb the lists do not know ("4. To
	// rehouse …") is one of them, and does not break the run.
	toForm := func(i int) bool {
		p := ps[i]
		return p.marker != "" && !p.heading && !strings.HasSuffix(p.body, ":") && (doing(p) || infinitiveForm(p.body))
	}
	loose := numberedRuns(ps, 3, toForm, follows)
	for i := 0; i < len(ps); {
		j, n := i, 0
		for j < len(ps) && loose[j] && (j == i || follows(ps[j-1].marker, ps[j].marker)) {
			if doing(ps[j]) {
				n++
			}
			j++
		}
		if 2*n > j-i && i > 0 && !ps[i-1].heading && strings.HasSuffix(ps[i-1].body, ":") {
			for k := i; k < j; k++ {
				marks[k] = true
			}
		}
		i = max(j, i+1)
	}
	for k := range ps {
		if marks[k] && (k == 0 || !marks[k-1]) && k > 0 && (namesRole(ps[k-1].body) || namesOptions(ps[k-1].body) || underMeasures(ps, k)) {
			for j := k; j < len(ps) && marks[j]; j++ {
				delete(marks, j) // "The options open to the Committee are:" over "1. To take no further action"
			}
		}
	}
	ledAway := func(i int) bool {
		// (Under "How will we measure progress?" the points are measures;
		// under "Adopted in 2013, it named five aims:" what was adopted
		// then.)
		return i > 0 && (pastPurpose.MatchString(ps[i-1].body) || datedDecision(ps[i-1].body) || namesRole(ps[i-1].body) || namesOptions(ps[i-1].body) || underMeasures(ps, i))
	}
	for _, doing := range []func(paragraph) bool{doingBullet, doingParagraph} {
		for i := 0; i < len(ps); {
			j := i
			for j < len(ps) && doing(ps[j]) {
				j++
			}
			if j-i >= 3 && !ledAway(i) {
				for k := i; k < j; k++ {
					marks[k] = true
				}
			}
			i = max(j, i+1)
		}
	}
	// A paragraph of four words or more that opens so but is short of
	// ten ("Support local business and economic activity in the
	// village."), or that states an aim in the infinitive ("To support the
	// work of village voluntary organisations …"), is one of a run of
	// three or more where at least half are doing paragraphs. A bullet
	// that opens with a known verb but reads, alone, as a title's words
	// ("Include Climate Emergency references in …") or a noun's ("Refer to
	// the …") is a point of a list of three or more where at least half
	// the points read as doing.
	mixedRuns(ps, doingParagraph, aimParagraph, ledAway, marks)
	mixedRuns(ps, doingBullet, verbBullet, ledAway, marks)
	return marks
}

// headedRuns finds the statements of a plan's parts each named by its
// number over one paragraph that says what will be done ("Objective 4:
// Customer satisfaction" over "Maintain high levels of customer
// satisfaction."), three or more parts numbered one after the other, a
// heading of a group of them allowed between two. It gives each
// statement's index its heading. At least half the statements must be
// doing paragraphs; the rest may be short aims. The heading of a group
// ("Libraries improving wellbeing"), met before the run or in it, is the
// theme of the statements under it.
func headedRuns(ps []paragraph) map[int]partStatement {
	out := map[int]partStatement{}
	for i := 0; i < len(ps); i++ {
		group := ""
		if i > 0 && styleLostHeading(ps[i-1]) && !numberedPart(ps[i-1]) {
			group = ps[i-1].body
		}
		statements := map[int]partStatement{}
		prev, n, last := "", 0, i
		for k := i; k+1 < len(ps); {
			if len(statements) > 0 && styleLostHeading(ps[k]) && !numberedPart(ps[k]) {
				group = ps[k].body // the heading of a group of parts
				k++
				continue
			}
			num := partNumbered.FindStringSubmatch(ps[k].body)
			body := ps[k+1]
			if !numberedPart(ps[k]) || num == nil || prev != "" && !markerFollows(prev, num[1]) || !(doingParagraph(body) || aimParagraph(body)) {
				break
			}
			if doingParagraph(body) {
				n++
			}
			statements[k+1] = partStatement{heading: ps[k].body, group: group}
			prev, last = num[1], k+1
			k += 2
		}
		if len(statements) >= 3 && 2*n >= len(statements) {
			maps.Copy(out, statements)
			i = last
		}
	}
	return out
}

// partPoints finds a plan's numbered parts that are its points, not
// headings: three or more lines each naming a part by its number and
// going on with a verb in the imperative ("Aim 3: Widen the reach of the
// youth offer"), numbered one after the other, one straight after
// another with at most a short heading between (the theme of the parts
// under it), and nothing said under any but the last. It gives each
// part's index the heading of its group ("" before the first). A part
// with its own statement or points under it is their theme instead (see
// headedRuns).
func partPoints(ps []paragraph) map[int]string {
	out := map[int]string{}
	doing := func(p paragraph) bool {
		if !numberedPart(p) || strings.HasSuffix(p.body, ":") {
			return false
		}
		_, name := partName(p.body)
		return pointOfDoing(name) || imperativeOpening(name)
	}
	for i := 0; i < len(ps); i++ {
		if !doing(ps[i]) {
			continue
		}
		group := ""
		if i > 0 && styleLostHeading(ps[i-1]) && !numberedPart(ps[i-1]) {
			group = ps[i-1].body
		}
		run := map[int]string{i: group}
		prev, _ := partName(ps[i].body)
		k := i + 1
		for k < len(ps) {
			j := k
			if styleLostHeading(ps[j]) && !numberedPart(ps[j]) && j+1 < len(ps) {
				j++ // a heading over the next group of parts
			}
			num, _ := partName(ps[j].body)
			if !doing(ps[j]) || !markerFollows(prev, num) {
				break
			}
			if j > k {
				group = ps[k].body
			}
			run[j], prev, k = group, num, j+1
		}
		if len(run) >= 3 {
			maps.Copy(out, run)
		}
		i = k - 1
	}
	return out
}

// lowerPoints finds a plan's points set a line each in lower case with
// no bullet or number, as a table copied a cell a line leaves them:
//
//	Parish Council
//	Footpath Group
//	review the play area fencing each spring
//	to repair the benches by the pond
//
// It reads runs of lines, one straight after another (or with one blank
// line between, as some copies set every line), each opening in lower
// case. In a run a line starts a point unless the line before it leaves
// its words open (a comma, "and", "to", "will": a wrapped line goes on
// there); at least two thirds of the points must open with a verb in its
// base form, perhaps after "to" (lowerVerbLine). The page must hold one
// such run of three points or more; a shorter run of the same shape
// elsewhere on it is its points too. The short lines opening with a
// capital straight above a run (not the page's title) are the cells of
// the column that says who does them (see ownerCells). A blank line ends
// them: a heading stands over a run with a blank line between
// ("Greener streets" over its points) and is no one's name; past a
// blank line only the cells that the page sets straight above a run
// elsewhere go on ("Parish Council" again, a copy having set a blank line
// under it here). Each line that starts a point, each cell and the line
// after each run start a paragraph.
func lowerPoints(ld layout.Doc, used []bool, title string) map[int]lineMark {
	text := func(k int) string {
		if k < 0 || k >= len(ld.Lines) || k < len(used) && used[k] || ld.Lines[k].IsTable() || ld.Lines[k].Furniture {
			return ""
		}
		return strings.TrimSpace(ld.Lines[k].Text)
	}
	// step is the next line with words after k, or before it (dir -1),
	// one blank line between allowed; -1 when there is none.
	step := func(k, dir int) int {
		for n := 0; n < 2; n++ {
			k += dir
			if k < 0 || k >= len(ld.Lines) || k < len(used) && used[k] || ld.Lines[k].IsTable() {
				return -1
			}
			if text(k) != "" {
				return k
			}
		}
		return -1
	}
	type run struct {
		starts, cells []int
		after         int // the line after the run, -1 when blank or none
	}
	cell := func(k int) bool { return cellLine(text(k)) && text(k) != strings.TrimSpace(title) }
	var runs []run
	strong := false
	for i := 0; i < len(ld.Lines); i++ {
		if !lowerVerbLine(text(i)) {
			continue
		}
		if k := step(i, -1); k >= 0 && (startsLower(text(k)) || goesOnLine(text(k))) {
			continue // inside a run already read, or a wrapped line's end
		}
		r := run{starts: []int{i}, after: -1}
		verbs, last := 1, i
		for j := step(i, 1); j >= 0 && startsLower(text(j)); j = step(j, 1) {
			if !goesOnLine(text(last)) {
				r.starts = append(r.starts, j)
				if lowerVerbLine(text(j)) {
					verbs++
				}
			}
			last = j
		}
		if last+1 < len(ld.Lines) && text(last+1) != "" {
			r.after = last + 1
		}
		if 3*verbs >= 2*len(r.starts) {
			for k := i - 1; k >= 0 && cell(k); k-- {
				r.cells = append([]int{k}, r.cells...)
			}
			runs = append(runs, r)
			strong = strong || verbs >= 3
		}
		i = last
	}
	out := map[int]lineMark{}
	if !strong {
		return out
	}
	seen := map[string]bool{} // the cells set straight above a run
	for _, r := range runs {
		for _, k := range r.cells {
			seen[text(k)] = true
		}
	}
	for n, r := range runs {
		top := r.starts[0]
		if len(r.cells) > 0 {
			top = r.cells[0]
		}
		for k := step(top, -1); k >= 0 && cell(k) && seen[text(k)]; k = step(k, -1) {
			runs[n].cells = append([]int{k}, runs[n].cells...)
		}
	}
	names := map[string]int{}
	for _, r := range runs {
		for _, k := range r.cells {
			names[text(k)]++
		}
	}
	for _, r := range runs {
		owners, whom := ownerCells(r.cells, len(r.starts), text, names)
		for n, k := range r.starts {
			out[k] = lineMark{point: true}
			if owners != nil {
				out[k] = lineMark{point: true, owner: owners[min(n, len(owners)-1)]}
			}
		}
		if whom {
			for _, k := range r.cells {
				out[k] = lineMark{cell: true}
			}
		}
		if r.after >= 0 {
			out[r.after] = lineMark{}
		}
	}
	return out
}

// lineMark is what lowerPoints makes of a line that starts a paragraph:
// a point (and who its cell names), a cell naming who, or neither (the
// line after a run).
type lineMark struct {
	point, cell bool
	owner       string
}

// cellLine: a short line opening with a capital that ends no sentence
// or clause — a name in a table's column.
func cellLine(t string) bool {
	n := len(strings.Fields(t))
	return n > 0 && n <= 5 && startsUpper(t) && !endsSentence(t) && !strings.ContainsAny(t, ":;,") && !goesOnLine(t)
}

// ownerCells gives who does each of n points from the cells above them:
// one cell for each point, in order, or one cell for them all; whom
// is set when the cells name people or bodies, though not one to a point
// (owners nil then). A cell names who when it reads as a person or body,
// or when the page's cells repeat its words (a column's "Village
// volunteers", again and again).
func ownerCells(cells []int, n int, text func(int) string, names map[string]int) (owners []string, whom bool) {
	for _, k := range cells {
		t := text(k)
		if names[t] < 2 && !allOwners(action.SplitOwners(t)) {
			return nil, false
		}
		owners = append(owners, t)
	}
	if len(cells) != n && len(cells) != 1 {
		return nil, len(cells) > 0
	}
	return owners, len(cells) > 0
}

// goesOnLine: a line whose words the next line goes on with — it ends
// with a comma, a joining word or a word no sentence ends with.
func goesOnLine(t string) bool {
	f := strings.Fields(t)
	return len(f) > 0 && (strings.HasSuffix(t, ",") || unfinished(t) || endsAnd(t) || goesOnWord[strings.ToLower(f[len(f)-1])])
}

// goesOnWord: a modal, a form of "be" or a relative word, which a line
// the wrap broke ends with and a point's line does not ("… the council
// will" over "review the fencing").
var goesOnWord = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true, "must": true,
	"be": true, "been": true, "is": true, "are": true, "was": true, "were": true, "that": true, "which": true, "who": true}

// lowerVerbLine: a line of two to sixteen words that opens in lower case
// with a verb in its base form, perhaps after "to" ("review the fencing",
// "to repair the benches"), not a noun ("review of the …").
func lowerVerbLine(t string) bool {
	ws := strings.Fields(t)
	if len(ws) > 2 && ws[0] == "to" {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 16 || !startsLower(ws[0]) {
		return false
	}
	v, w1 := strings.TrimRight(ws[0], ",;:"), strings.ToLower(ws[1])
	return (knownVerb(v) || planVerb[v]) && !nounStart[v] && (!nounAfter[w1] || w1 == "to" && takesTo[v] || phrasalVerb[v+" "+w1])
}

// gerundPoints marks a plan's projects set as paragraphs that open with
// a verb's "-ing" form, perhaps after a short run-in title ("Improving
// the footpaths so that …", "Parking – asking the county to …"), each of
// nine words or more and none a phrase set before a sentence of its own
// ("Following the survey, a group was formed …", its verb after the
// comma): three or more, one straight after another, on a page named a
// plan (plan set); or two or more straight under a lead-in that names
// what follows as projects or plans for a time to come ("Our projects
// for the coming year include:"), on any page.
func gerundPoints(ps []paragraph, plan bool) map[int]bool {
	project := func(p paragraph) bool {
		if _, ok := ownParagraph(p, 9); !ok {
			return false
		}
		text := p.body
		if m := runInHead.FindStringSubmatch(text); m != nil && len(strings.Fields(m[1])) <= 3 {
			text = strings.TrimSpace(text[len(m[0])-1:])
		}
		if !gerundOpening(text) && !planGerund(firstWord(text)) {
			return false
		}
		first := text
		if s := sentences(text); len(s) > 0 {
			first = s[0]
		}
		_, rest, comma := strings.Cut(first, ", ")
		return !comma || !finiteVerb.MatchString(rest) && !modalWord.MatchString(rest)
	}
	marks := map[int]bool{}
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && project(ps[j]) {
			j++
		}
		led := i > 0 && projectsAhead(ps[i-1].body)
		if plan && j-i >= 3 || led && j-i >= 2 {
			for k := i; k < j; k++ {
				marks[k] = true
			}
		}
		i = max(j, i+1)
	}
	return marks
}

// planGerund: the "-ing" form of a verb plans are written in ("aiming",
// "digitising", "planting").
func planGerund(w string) bool {
	stem, ok := strings.CutSuffix(strings.ToLower(w), "ing")
	return ok && len(stem) >= 2 && (planVerb[stem] || planVerb[stem+"e"] || len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && planVerb[stem[:len(stem)-1]])
}

// projectsAhead: a lead-in ending in a colon that names what follows as
// projects, plans or schemes for a time to come ("We have several
// projects planned for the next two years. These include:"), not ones
// done ("Projects completed last year were:").
func projectsAhead(body string) bool {
	return strings.HasSuffix(body, ":") && projectsWord.MatchString(body) && comingTime.MatchString(body) && !pastPeriod.MatchString(body)
}

var (
	projectsWord = lazyre.New(`(?i)\b(?:projects|plans|schemes|initiatives)\b`)
	comingTime   = lazyre.New(`(?i)\b(?:next|coming|forthcoming|pipeline|planned|ahead)\b`)
)

// partStatement is what heads a statement of headedRuns: its part's
// heading and the heading of the group of parts it is in.
type partStatement struct{ heading, group string }

// partName splits a numbered part's heading into its number and its
// name: "Objective 4: Customer satisfaction" gives "4", "Customer
// satisfaction".
func partName(s string) (ref, name string) {
	m := partNumbered.FindStringSubmatchIndex(s)
	if m == nil {
		return "", s
	}
	return s[m[2]:m[3]], strings.TrimSpace(s[m[1]-1:])
}

// underMeasures: ps[i] is one of the points under a heading of measures
// ("How will we measure progress?"), the points before it in the list
// passed over.
func underMeasures(ps []paragraph, i int) bool {
	k := i - 1
	for k >= 0 && bulletPat.MatchString(ps[k].text) && bulletPat.MatchString(ps[i].text) {
		k--
	}
	return k >= 0 && measuresHead.MatchString(ps[k].body)
}

// mixedRuns marks the runs of three or more paragraphs, each strong or
// weak, at least two and at least half of them strong, that no lead-in
// leads away.
func mixedRuns(ps []paragraph, strong, weak func(paragraph) bool, ledAway func(int) bool, marks map[int]bool) {
	for i := 0; i < len(ps); {
		j, n := i, 0
		for j < len(ps) && (strong(ps[j]) || weak(ps[j])) {
			if strong(ps[j]) {
				n++
			}
			j++
		}
		if n >= 2 && 2*n >= j-i && j-i >= 3 && !ledAway(i) {
			for k := i; k < j; k++ {
				marks[k] = true
			}
		}
		i = max(j, i+1)
	}
}

// pointOfDoing: a numbered point that opens, capitalised, with a verb in
// the imperative, perhaps after an adverb ("Undergo accreditation as …",
// "Continually improve and monitor …"). A verb only plans use counts
// when no noun follows it, as in a bullet.
func pointOfDoing(body string) bool {
	ws := strings.Fields(body)
	if len(ws) < 2 || ws[0] == strings.ToLower(ws[0]) {
		return false
	}
	v := strings.ToLower(firstWord(body))
	if len(ws) > 2 && leadAdverb[v] {
		v = strings.ToLower(firstWord(ws[1]))
	}
	return knownVerb(v) && !takesNote[v] || plansVerb(ws)
}

// plansVerb: words that open, perhaps after an adverb, with a verb only
// plans use and no noun after it ("Undergo accreditation …", "Protect
// the green …").
func plansVerb(ws []string) bool {
	if len(ws) > 2 && leadAdverb[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return false
	}
	v, w1 := strings.ToLower(strings.TrimRight(ws[0], ",")), strings.ToLower(ws[1])
	return planVerb[v] && (!nounAfter[w1] || phrasalVerb[v+" "+w1])
}

// aimParagraph is a paragraph of its own (see ownParagraph) of four
// words or more that opens with a verb in the imperative or states an aim
// in the infinitive (toAim): a doingParagraph's weaker kin, read only in
// a run of them.
func aimParagraph(p paragraph) bool {
	ws, ok := ownParagraph(p, 4)
	return ok && (imperativeOpening(p.body) || plansVerb(ws) || toAim(p.body))
}

// ownParagraph gives the words of a paragraph of its own, of min words or
// more: neither numbered, bulleted nor a heading, no lead-in, not
// speaking to the reader, and no stage's label ("Phase 1. The first phase
// …") or table's row with its cells run together ("Improve care in the
// homeAdults’ ServicesOctober 2022"). A lead adverb is left off.
func ownParagraph(p paragraph, min int) ([]string, bool) {
	ws := strings.Fields(p.body)
	if p.marker != "" || p.heading || p.subhead || bulletPat.MatchString(p.text) || strings.HasSuffix(p.body, ":") || len(ws) < min || holdsWord(p.body, "you") && readerAddressed.MatchString(p.body) || gluedCells.MatchString(p.body) {
		return nil, false
	}
	if leadAdverb[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	if r, _ := utf8.DecodeRuneInString(ws[1]); unicode.IsDigit(r) {
		return nil, false
	}
	return ws, true
}

// doingParagraph is a paragraph of its own, neither numbered nor
// bulleted, of ten words or more, that opens with a verb in the
// imperative and does not speak to the reader ("Tackle institutional
// racism. People in power …", "Actively promote and celebrate …"): three
// running are a charter's or a strategy's undertakings, as bullets are.
func doingParagraph(p paragraph) bool {
	ws, ok := ownParagraph(p, 10)
	if !ok {
		return false
	}
	v := strings.ToLower(strings.TrimRight(ws[0], ","))
	return imperativeOpening(p.body) || ws[0] != v && plansVerb(ws)
}

var gluedCells = lazyre.New(`\p{Ll}{2}\p{Lu}\p{Ll}`)

var readerAddressed = lazyre.New(`(?i)\b(?:you|your|yours)\b`)

// namesRole is a heading or lead-in over what a body is for ("Role of
// the parish council", "The committee's functions are to:", "Terms of
// reference"): its points say what such a body does, not what this one
// will.
func namesRole(s string) bool {
	return len(strings.Fields(s)) <= 10 && roleWord.MatchString(s)
}

// namesOptions is a lead-in over choices, of which one will be taken:
// "The options open to the Committee are:".
func namesOptions(s string) bool {
	return len(strings.Fields(s)) <= 12 && optionWord.MatchString(s)
}

var optionWord = lazyre.New(`(?i)\b(?:options?|choices|alternatives)\b`)

var roleWord = lazyre.New(`(?i)\b(?:role|roles|functions?|remit|duties|powers|terms\s+of\s+reference|responsibilities)\b`)

// doingBullet is a bullet that leads no list of its own and opens with a
// capitalised verb in the imperative ("Protect green spaces", "Acquire
// 15 units …"), an aim in the infinitive ("To seek …"), or an "-ing" form
// in a bullet of nine words or more (a short one, "Supporting a thriving
// economy", names a priority).
func doingBullet(p paragraph) bool {
	if p.marker != "" || p.heading || !bulletPat.MatchString(p.text) {
		return false
	}
	text := dropBullet(p.body)
	ws := strings.Fields(text)
	if len(ws) < 2 || strings.HasSuffix(text, ":") || ws[0] == strings.ToLower(ws[0]) {
		return false
	}
	return imperativeOpening(text) || plansVerb(ws) || gerundOpening(text) && len(ws) >= 9 || toAim(text)
}

// verbBullet: a bullet of four words or more that opens, capitalised,
// with a verb the lists know and that is not what a meeting does, though
// the word after it may read as a title's or a noun's.
func verbBullet(p paragraph) bool {
	if p.marker != "" || p.heading || !bulletPat.MatchString(p.text) {
		return false
	}
	ws := strings.Fields(dropBullet(p.body))
	if len(ws) < 4 || ws[0] == strings.ToLower(ws[0]) || strings.HasSuffix(p.body, ":") {
		return false
	}
	w := strings.ToLower(strings.TrimRight(ws[0], ","))
	return knownVerb(w) && !takesNote[w]
}

// toAim is an aim in the infinitive, four words or more: "To seek
// improvement of road surfaces", "To raise the profile of the village".
// An agenda's own infinitives ("To receive the clerk's report", "To
// consider …", "To approve the minutes") are what a meeting does, not an
// aim.
func toAim(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 4 || ws[0] != "To" {
		return false
	}
	v := strings.ToLower(strings.TrimRight(ws[1], ",;"))
	return (knownVerb(v) || planVerb[v]) && !takesNote[v] && !agendaVerb[v]
}

// infinitiveForm: text in the form of an aim in the infinitive, "To" and
// a word in lower case that no determiner is ("To rehouse families …"),
// whatever the verb; not what a meeting or an agenda does ("To note …",
// "To receive …").
func infinitiveForm(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 4 || ws[0] != "To" {
		return false
	}
	v := strings.TrimRight(ws[1], ",;")
	return isLetters(v) && v == strings.ToLower(v) && !notVerbAfterTo[v] && !takesNote[v] && !agendaVerb[v]
}

// agendaVerb: what an agenda's items ask a meeting to do, beyond takesNote.
var agendaVerb = map[string]bool{"receive": true, "consider": true, "discuss": true, "resolve": true, "decide": true, "elect": true, "appoint": true, "determine": true, "ratify": true, "review": true, "authorise": true, "authorize": true, "co-opt": true, "sign": true}

// gerundOpening: text that opens with a known verb's "-ing" form
// ("Working with …", "Providing …", "Reducing …", "Running …").
func gerundOpening(text string) bool {
	w := strings.ToLower(firstWord(text))
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return false
	}
	doubled := len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2]
	return knownVerb(stem) && !takesNote[stem] || knownVerb(stem+"e") && !takesNote[stem+"e"] || doubled && knownVerb(stem[:len(stem)-1])
}

// numberedRuns marks the paragraphs of runs of at least min points, one
// straight after another, each ok, their markers following.
func numberedRuns(ps []paragraph, min int, ok func(i int) bool, follows func(a, b string) bool) map[int]bool {
	marks := map[int]bool{}
	for i := 0; i < len(ps); {
		j := i + 1
		for ok(i) && j < len(ps) && ok(j) && follows(ps[j-1].marker, ps[j].marker) {
			j++
		}
		if j-i >= min {
			for k := i; k < j; k++ {
				marks[k] = true
			}
		}
		i = j
	}
	return marks
}

// imperativeParagraph: a paragraph of ten words or more that opens with
// a verb in the imperative, perhaps after "Further" or "Jointly" — an
// action set as a paragraph of its own. ("Work has taken place …" and
// "Report to the Committee …" start with a noun; "Note …" and "Approve …"
// are what a meeting does.)
func imperativeParagraph(body string) bool {
	return len(strings.Fields(body)) >= 10 && imperativeOpening(body)
}

// imperativeOpening: text that opens with a verb in the imperative (see
// imperativeParagraph), whatever its length.
func imperativeOpening(body string) bool {
	ws := strings.Fields(body)
	if len(ws) < 2 {
		return false
	}
	if leadAdverb[strings.ToLower(ws[0])] && len(ws) > 2 {
		ws = ws[1:]
	}
	// ("Monitor, learn from and act on …": a verb a list begins with.)
	if r, _ := utf8.DecodeRuneInString(ws[1]); unicode.IsUpper(r) && !strings.HasSuffix(ws[0], ",") {
		return false // "Forward Plan of Decisions …": a title's words
	}
	w0, w1 := strings.ToLower(strings.TrimRight(ws[0], ",")), strings.ToLower(ws[1])
	return knownVerb(w0) && !takesNote[w0] &&
		(!nounAfter[w1] || w1 == "to" && takesTo[w0] || phrasalVerb[w0+" "+w1])
}

// planBullet: a plan's bullet of four words or more that says what is to
// be done — in the imperative or the infinitive ("To maintain the
// defibrillators"), or that something should be or needs to be done.
func planBullet(text string) bool {
	ws := strings.Fields(text)
	return len(ws) >= 4 && (imperativeOpening(text) || plansVerb(ws) || toBeDoneIn.MatchString(text) || toVerbPoint(text) && !takesNote[ws[1]])
}

// toBeDoneIn is a deontic passive: "… should be made more robust", "…
// needs to be established".
var toBeDoneIn = lazyre.New(`\b(?:should|needs? to|must)\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|de|lt|wn)\b`)

// phrasalVerb: verbs whose particle looks like the preposition after a
// noun ("Build on the work …", "Focus on …").
var phrasalVerb = map[string]bool{"build on": true, "focus on": true, "draw on": true, "sign up": true, "decide on": true, "agree on": true, "respond to": true, "contribute to": true, "listen to": true, "adapt to": true}

// leadAdverb: adverbs an imperative action may open with ("Further develop
// the partnership …").
var leadAdverb = map[string]bool{"further": true, "jointly": true, "also": true, "actively": true, "continually": true, "continuously": true, "regularly": true, "proactively": true}

// stageHead heads a plan's stage: "Stage 1", "Phase 2:", "Step 3 –
// Consultation".
var stageHead = lazyre.New(`(?i)^(?:(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,3}\s+[–—:-]\s+)?(?:stage|phase|step)\s+\d{1,2}[a-z]?(?:\s*[:.–—-]\s*(?:[\w'’-]+\s*){0,6})?$`)

// parenStatus is how a stage or step stands, in brackets at its end.
var parenStatus = lazyre.New(`(?i)\((complete|completed|done|underway|under way|in progress|ongoing|future|not started|to do)\)\s*$`)

// planTitle names a paper as a plan of actions, by any of the names
// plans go by: an action, delivery, business, work or service plan, a
// work programme. Its paragraphs in the imperative are what it will do,
// whatever it is called. (A strategy is not named so: its paragraphs in
// the imperative are as often its aims, and the real PDFs' strategies
// gave fourteen wrong items more. Any title with "plan" in it found ten
// items more on pages never read, and fourteen wrong ones.)
var planTitle = lazyre.New(`(?i)\b(?:(?:action|delivery|implementation|improvement|project|business|work|service|operational|annual)\s+plan|workplan|work\s+programme)\b`)

// meansPhrase opens a paragraph that goes on with the heading above it,
// saying by what means: in lower case, or "By …", "Through …", "With
// measures …", "For example by …".
var meansPhrase = lazyre.New(`^(?:[a-z]|(?:By|Through|With|Via|Including|For example,?)\s)`)

// promiseHeading is a heading that names the points under it as what the
// paper's authors will do — read as a heading though the page lost its
// mark ("Forward plan", a council's list of decisions to come, is not).
var promiseHeading = lazyre.New(`(?i)^(?:(?:what we` + willDo + `|` + howWeWill + `|our (?:commitments?|pledges?|promises?)|(?:summary of|key|our|priority) actions|actions\s*:?$|actions we will take|what we(?:'re|’re| are) (?:focusing|focussing|working) on)\b|` + whatDoerWillDo + `)`)

// imperativeWord: a point's first word reads as a verb in the imperative
// ("Improve", "Tackle", "Value and support") rather than as the start of
// a noun phrase ("Greater access", "Working with", "Our parks"): a
// known verb, or a capitalised word with none of the endings of
// adjectives, participles and plurals.
// adverbImperative: a point that opens with an adverb in -ly and then a
// verb in the imperative ("Continuously monitor and update the plan").
func adverbImperative(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 3 || !strings.HasSuffix(strings.ToLower(ws[0]), "ly") {
		return false
	}
	return knownVerb(ws[1])
}

// thingNamed: a point opens with an article, a number or a share ("the
// number of …", "% of …", "25 new homes"): it names a thing, no verb.
func thingNamed(text string) bool {
	w := strings.ToLower(firstWord(text))
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(text)); unicode.IsDigit(r) || r == '%' || r == '£' {
		return true
	}
	return w == "the" || w == "a" || w == "an"
}

// measureNamed: a point names a measure of success, not a thing to do:
// it opens with a share or a count ("% of requests made online", "the
// number of visits", "average reduction in …").
var measureNamed = lazyre.New(`(?i)^(?:%|(?:the\s+)?(?:average\s+|total\s+)?(?:%|number|numbers|percentage|proportion|rate|level|amount)\s+(?:of|increase|reduction|decrease|change)\b|average\s+(?:%\s+)?(?:improvement|increase|reduction|decrease|change)\b)`).MatchString

// continuesWill: a point in lower case that goes on from "We will:" with
// its verb — "involve customers in …", "always be courteous", "never
// argue with a customer" — not a thing named ("more homes").
func continuesWill(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[0])
	if !unicode.IsLower(r) {
		return false
	}
	w := strings.ToLower(ws[0])
	if oftenWord[w] || strings.HasSuffix(w, "ly") && len(ws) > 2 && !nounStart[ws[1]] && !nonVerbEnding.MatchString(ws[1]) {
		return true // ("periodically survey our green spaces")
	}
	return !nounStart[w] && !nonVerbEnding.MatchString(w)
}

// oftenWord is how often or surely a promise holds, before its verb:
// "always be courteous", "never argue".
var oftenWord = map[string]bool{"always": true, "never": true, "also": true, "still": true, "continue": true}

func imperativeWord(w string) bool {
	lw := strings.ToLower(w)
	if knownVerb(w) {
		return true
	}
	if w == "" || w == strings.ToUpper(w) || !unicode.IsUpper([]rune(w)[0]) || nounStart[lw] {
		return false
	}
	return !nonVerbEnding.MatchString(lw)
}

var (
	nonVerbEnding = lazyre.New(`(?:ing|ed|s|ly|er|est|al|ive|ful|ous|ic|ion|ity|ment|ness)$`)
	nounStart     = map[string]bool{"the": true, "our": true, "a": true, "an": true, "all": true, "every": true, "each": true, "new": true, "more": true, "key": true, "local": true, "high": true, "good": true, "safe": true, "strong": true, "young": true, "older": true, "people": true, "children": true, "health": true, "housing": true, "education": true}
)

// refAlone is a plan's row number standing alone on its line, in parts
// with a dot between ("2.1", "3.1.4"), perhaps after a short code in
// capitals ("ENV 2.1", "OUT 001.02"): the number's prefix and its last
// part.
var refAlone = lazyre.New(`^((?:[A-Z]{1,5}\s?)?(?:\d{1,3}\.){1,2})(\d{1,3})$`)

// refLineRows finds a plan's rows copied a cell a line with the row's
// number first, alone on its line, and the action on the next:
//
//	2.1
//	Introduce a weekly litter patrol
//	Environment team
//	2.2
//	Replace the old bins on the high street
//
// The line after the number opens with a verb the lists know, and two
// such rows at least share the number's prefix, counting on ("2.1",
// "2.2"), so that a section's number or a stray figure heads nothing. It
// gives each action's index its number.
func refLineRows(ps []paragraph) map[int]string {
	type row struct {
		at   int
		ref  string
		last string
	}
	groups := map[string][]row{}
	var order []string
	for i := 0; i+1 < len(ps); i++ {
		m := refAlone.FindStringSubmatch(strings.TrimSpace(ps[i].text))
		if m == nil {
			continue
		}
		next := ps[i+1]
		ws := strings.Fields(next.body)
		if next.marker != "" || bulletPat.MatchString(next.text) || len(ws) < 3 || len(ws) > 40 || strings.HasSuffix(next.body, ":") ||
			!(knownVerb(strings.TrimRight(ws[0], ",")) || plansVerb(ws)) || ws[0] == strings.ToLower(ws[0]) {
			continue
		}
		if _, ok := groups[m[1]]; !ok {
			order = append(order, m[1])
		}
		groups[m[1]] = append(groups[m[1]], row{i + 1, strings.TrimSpace(ps[i].text), m[2]})
	}
	out := map[int]string{}
	for _, prefix := range order {
		rs := groups[prefix]
		counts := false
		for k := 1; k < len(rs); k++ {
			a, _ := strconv.Atoi(rs[k-1].last)
			b, _ := strconv.Atoi(rs[k].last)
			counts = counts || b == a+1
		}
		if !counts {
			continue
		}
		for _, r := range rs {
			out[r.at] = r.ref
		}
	}
	return out
}

// prioritiesHeading names a section of a plan's priorities, objectives
// or targets ("Targets for 2025-26").
var prioritiesHeading = lazyre.New(`(?i)^(?:our\s+)?(?:key\s+|strategic\s+|corporate\s+)?(?:priorities|objectives|targets|goals)(?:\s+for\b.*|\s+(?:19|20)\d\d\S*)?$`)

// point is a bulleted or numbered point's text.
func point(p paragraph) (string, bool) {
	if bulletPat.MatchString(p.text) {
		return strings.TrimSpace(dropBullet(p.text)), true
	}
	if p.marker != "" && (!isSectionNumber(p.marker) || isMinuteNumber(p.marker) && imperativeWord(firstWord(p.body))) {
		// ("10. Monitor …": a list numbered on from an earlier one.)
		return p.body, true
	}
	return "", false
}

// planned makes a commitment of a point of a forward plan: "Task Group:
// publicise …" names its owner; a date it gives is its deadline.
func planned(text, date string) action.Action {
	a := action.Action{Kind: action.KindCommitment, Action: text}
	if who, rest, ok := strings.Cut(text, ": "); ok && nameLike(who) && agent(who) != "" && len(rest) > 0 {
		a.Owner = []string{agent(who)}
	} else if who := passiveNote(text); who != "" {
		a.Owner = []string{who} // "Audit the halls – to be done by the Estates Team"
	}
	a.DueRaw = dueIn(text)
	a.Due = resolveDue(a.DueRaw, date)
	return a
}

// A plan often says once who will do all of it, in a lead-in ("In its
// second year the safety partnership will:"), and sets its points out under
// headings and aims further down, not straight under the lead-in. The
// post or body the lead-in names owns each point after it that names no
// owner and goes on from its "will" ("Hold four open meetings"), until
// another lead-in, a point with an owner of its own, a table (its rows
// say who) or the paper's end. Minutes and decision records tell what
// each body decided, item by item: a lead-in there reaches no further
// than its own points.

// promised starts the reach of who, the owner a lead-in just named ("":
// none, which ends the reach of the one before; "A; B" for two).
func (f *finder) promised(who string) {
	if f.opts.Genre == action.DocMinutes || f.opts.Genre == action.DocDecision {
		who = ""
	}
	f.planOwner = who
}

// ownPoint ends the plan owner's reach at a point that names owners of
// its own, unless they are the plan owner: the plan names its points'
// owners from here on.
func (f *finder) ownPoint(owners ...string) {
	if f.planOwner != "" && !sameBody(strings.Join(owners, "; "), f.planOwner) {
		f.planOwner = ""
	}
}

// sameBody: two names of one body, an article aside ("The Board", "the
// board").
func sameBody(a, b string) bool {
	trim := func(s string) string {
		s = strings.TrimSpace(s)
		if hasPrefixFold(s, "the ") {
			s = s[len("the "):]
		}
		return s
	}
	return strings.EqualFold(trim(a), trim(b))
}

// tableBetween: lines of a table stand between paragraphs a and b.
func tableBetween(ld layout.Doc, used []bool, a, b paragraph) bool {
	if a.line == 0 || b.line <= a.line {
		return false
	}
	for k := a.line; k < b.line-1 && k < len(ld.Lines); k++ {
		if k < len(used) && used[k] || ld.Lines[k].IsTable() {
			return true
		}
	}
	return false
}

// othersPromise: p is a lead-in by which someone else than owner is to
// act on the points after it ("Our partners will:", "Schools should:",
// "Residents can help by:").
func othersPromise(p paragraph, owner string) bool {
	if p.marker != "" || bulletPat.MatchString(p.text) || !strings.HasSuffix(strings.TrimRight(p.body, "- "), ":") || !modalLead.MatchString(p.body) {
		return false
	}
	return !sameBody(promiseOwner(p.body), owner)
}

// othersHeading: p is a heading (a short line with no stop) that names a
// body other than owner
// ("Police actions", "Actions for the Council" under "… the safety
// partnership will:"): the points under it are that body's to do, not
// the plan owner's. (Not "services" or "lead", which headings use as
// plain words: "Our services", "Lead by example".)
func othersHeading(p paragraph, owner string) bool {
	if p.marker != "" || bulletPat.MatchString(p.text) || endsSentence(p.body) || strings.HasSuffix(p.body, ":") || !looksLikeHeading(p.body) || len(strings.Fields(p.body)) > 8 || agent(p.body) == "" {
		return false
	}
	for _, w := range agentWords.FindAllString(p.body, -1) {
		if w = strings.ToLower(w); w != "service" && w != "services" && w != "lead" && !strings.Contains(strings.ToLower(owner), w) {
			return true
		}
	}
	return false
}

// modalLead ends a lead-in with a modal verb, or a verb that asks, and a
// word or two after it.
var modalLead = lazyre.New(`(?i)\b(?:will|shall|should|must|can|could|may|need\s+to|are\s+(?:asked|expected|encouraged)\s+to|(?:is|are)\s+committed\s+to|commits?\s+to|pledges?\s+to|undertakes?\s+to)(?:\s+[\w-]+){0,2}\s*(?::-|[:\-–—])$`)

// completesWill: a point that goes on from a lead-in's "will" with its
// verb ("Review the policy", "Jointly commission …", "continue to …"),
// not a sentence with a subject of its own.
func completesWill(text string) bool {
	return imperativeWord(firstWord(text)) || adverbImperative(text) || continuesWill(text)
}

// lostHeading tells whether p reads as a heading that a text copy kept
// no mark of: an unnumbered phrase, not a sentence — it starts with a
// capital, holds no full stop and ends in no punctuation — on a line of
// its own. In a copy that sets a paragraph a line, that is any such
// line; in text wrapped to a width a line ending short is as often a
// paragraph's last, so there it must stand between blank lines. A
// part's name ("Aim", "Actions"), "How we will do it" or a question
// names no theme (the priority above it does), and a field's label with
// its value ("Date: 4 May 2024") is no heading.
func lostHeading(ld layout.Doc, p paragraph) bool {
	text := strings.TrimSpace(p.body)
	if p.marker != "" || p.line == 0 || !layout.LostHeadingShape(text) || bulletPat.MatchString(p.text) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) {
		return false // unnumbered: a number that opens it is a point's
	}
	if partLabel.MatchString(text) || howHeading.MatchString(text) || askedHeading.MatchString(text) || doneHeading.MatchString(text) {
		return false
	}
	if _, value, ok := strings.Cut(text, ":"); ok {
		if v := strings.TrimSpace(value); v == "" || unicode.IsDigit([]rune(v)[0]) {
			return false
		}
	}
	i := p.line - 1
	if i >= len(ld.Lines) || clean.Space(ld.Lines[i].Text) != strings.TrimSpace(p.text) {
		return false // not a line of its own
	}
	if !layout.StandsAlone(ld, i) {
		return false
	}
	// A label set over each of a paper's cards ("Commentary" over what
	// is said, in every card) is no heading: a heading is said once or
	// twice (in the contents too), a card's label in every card.
	seen := 0
	for _, l := range ld.Lines {
		if clean.Space(l.Text) == text {
			seen++
		}
	}
	return seen < 3
}

// doneHeading heads what has been done so far under a priority ("What
// we've done", "What the board has achieved so far"): like "What we will
// do" it names a part of each priority, not the priority.
var doneHeading = lazyre.New(`(?i)^what ` + whoWe + `(?:['’]ve|\s+(?:have|has))?\s+(?:done|did|achieved|delivered)(?:\s+so\s+far)?\s*:?$`)

// askedHeading is a heading put as a question, its verb before its
// subject ("How will we get there", "Where do we want to be"): it names
// a part of each priority, as "Aim" does, not the priority.
var askedHeading = lazyre.New(`(?i)^(?:how|what|where|when|why|who)\s+(?:will|do|does|did|are|is|can|should|would|shall)\s+(?:we|you|they|it|the|our)\b`)
