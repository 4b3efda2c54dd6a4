// Package narrative finds recommendations, resolutions and commitments in the
// running text of reports and minutes.
package narrative

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Options carry what the rules need to know of the paper.
type Options struct {
	// Date (YYYY-MM-DD) anchors deadlines written without a year ("by the
	// end of March"); "" leaves them unnormalised.
	Date string
	// Title is the default theme of what is found outside any heading.
	Title string
	// Genre is the paper's kind as its lines show it (meta.FindGenre):
	// in a report, "That … be noted" outside a list of recommendations
	// quotes a decision rather than records one.
	Genre string
	// Agenda is set for an agenda before its meeting: nothing in it is
	// decided yet, its "RESOLVED" formulas are still to be passed.
	Agenda bool
	// Proposed is set for a paper that proposes decisions rather than
	// records them (a proposed record of decision, a draft): its
	// decisions are recommendations.
	Proposed bool
	// PlanOfWork is set for a paper whose title names it a plan of work
	// of any kind (meta.PlanOfWork): its runs of points are its actions
	// whatever shape they take.
	PlanOfWork bool
	// ActionRows is set when the table readers found actions in the
	// paper's tables (the lines they took are in used): the points set
	// out before such a table are its aims (introPoints).
	ActionRows bool
}

var (
	recHeading = lazyre.New(`(?i)^(?:recommendation|rec\.?)\s+(\d{1,3}[a-z]?|[ivx]{1,6})\b\s*[-–—:.)]?\s*(.*)$`)
	recSection = lazyre.New(`(?i)^(recommendations?|recommended actions?)(\s+(?:to|from)\b.*)?\s*:?$`)
	recRunIn   = lazyre.New(`^(?:Recommendations?|RECOMMENDATIONS?|Recommendation\(s\))\s*[:\-–]?\s+(That\s.+)$`)
	// resolved also takes "It was resolved that", "Cabinet RESOLVED";
	// isResolvedWord decides which of those prefixes count.
	resolved = lazyre.New(`(?i)^(?:(?:the\s+)?\w+(?:\s+\w+){0,3}\s+)?(resolved|agreed|decision|decided|ORDERED|Ordered)\s*(?::-|:|-|–|—)?\s*(.*)$`)
	// thatBe is a decision said as "That … be <done>": the subjunctive
	// "be" with a past participle, which no modal comes before ("That the
	// report be noted", not "… so that the service can be retained").
	thatBe = lazyre.New(`(?i)\b(\w+\s+)?(?:(?:\w+ly|also|then)\s+)?be\s+(?:not\s+)?(?:\w+ly\s+)?(?:[\w-]+ed|noted|made|given|taken|held|set|sent|brought|sought|kept|shown|drawn|written|undertaken|withdrawn|granted|done|put|paid|read)\b`)
	// thatDoes: "That the Strategic Director of Housing report on …"; an
	// adverb may stand before the bare verb, and a meeting's vote of
	// thanks decides like its other verbs ("That the Club warmly thank
	// its treasurer for her years of service").
	thatDoes  = lazyre.New(`^(?:That|THAT|that)\s+(?:the\s+)?` + postQualifier + `(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and)\s+)?){1,8}(?:[a-z]+ly\s+)?((?i:thank|report|bring|provide|write|prepare|circulate|arrange|review|undertake|submit|present|investigate|explore|develop|ensure|liaise|contact|publish|monitor|seek|continue|lead|update|consult|hold|establish|note|approve|agree|endorse|adopt|accept|delegate|authorise|authorize|support|confirm|receive|request|ask|recommend|welcome|consider|decide|make|lobby|share|invite|raise|send|recogni[sz]e|give|acknowledge|commit|grant|allocate|appoint|work|engage|identify|produce|deliver|implement|promote)(?:s|es)?)\s`)
	thatStart = lazyre.New(`^(?:That|THAT)\s`)
	modal     = lazyre.New(`(?i)^(can|could|may|might|will|would|should|must|shall|to|not|cannot)\s+$`)
	// blockOpener starts a paragraph that reports the meeting again, so it
	// ends the recommendation whose text ran on before it.
	blockOpener = lazyre.New(`(?i)^(it was (noted|reported|explained|agreed|resolved|decided|highlighted|stated|confirmed|suggested|requested)|(the\s+(\w+\s+){1,4}?|members\s+|councillors\s+)(noted|discussed|considered|received|agreed|asked|welcomed|questioned|queried|resolved)|in response|resolved)\b`)
	stops       = lazyre.New(`(?i)^(supporting documents|background papers|alternative options|other options|options considered|appendix|appendices|attachments?|annex|documents?:|reason|officer contact|contact officer)`)
	itemMinutes = lazyre.New(`(?i)^minutes\s*:?$`)
	recommended = lazyre.New(`(?i)^(?:it is recommended that|(?:(?:the|that the|that)\s+)?(?:[\w&'’]+\s+){1,8}?(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to:?)\s*(.*)$`)
	inlineList  = lazyre.New(`\s\(([a-zA-Z]|[ivx]{1,5}|\d{1,2})\)\s`)
	// letterList is a letter closed by a bracket before a capital: ": a)
	// Approve … b) To delegate …".
	letterList = lazyre.New(`\s([a-z])\)\s+[A-Z]`)
	romanList  = lazyre.New(`\s([ivx]{1,4})\)\s`)
	// numberedList marks "1. That … 2. That …" run together in one cell or
	// paragraph, as Word's numbered lists come out of a table cell.
	numberedList = lazyre.New(`\s(\d{1,2})[.)]\s+(?:That|THAT|To|TO)\s`)
	// numberedClause is a point numbered at a clause's start or end,
	// before a verb in lower case: " 1. note …; and 2. endorse …".
	numberedClause = lazyre.New(`(?:^ |[;:] (?:and |or )?)(\d{1,2})[.)]?\s+[a-z]`)
	// numberedVerb is a point numbered before a verb with a capital, in
	// text run together: "… to: 1. Note the outcome 2. Agree the …".
	numberedVerb = lazyre.New(`\s(\d{1,2})[.)]\s+([A-Z][a-z]+)\s`)
	// inlineLead is a lead-in whose numbered points run on after its
	// colon in the same paragraph: "That the Committee agree to: 1. …".
	// ("The Executive recommended to Full Council (at its meeting on 9
	// June): 1. That …" too.)
	// subjectThenPoints is a decision's subject alone, then its points
	// numbered from 1, each a verb: "That Council 1. Notes … 2. Endorses …".
	subjectThenPoints = lazyre.New(`^((?:That|THAT)\s+(?:the\s+)?[A-Z][\w&'’ -]{1,40}?)\s+(1[.)]\s+[A-Z][a-z]+\s.*)$`)
	inlineLead        = lazyre.New(`^(.{8,200}?(?:\b(?:to|that|TO|THAT)|\b(?:to|TO)\s[^:()]{2,60}\([^():]{3,80}\))):\s+((?:(?:1|a|i|\(1\)|\(a\)|\(i\))[.)]?\s+|A\s+[A-Z]).*)$`)
	// listAfterColon is a colon with a list's first marker after it.
	listAfterColon = lazyre.New(`:\s+(?:(?:1|a|i|\(1\)|\(a\)|\(i\))[.)]?\s|A\s+[A-Z])`)
)

// leadTag is who leads a plan's point, told after it: ". Lead Service –
// Finance.", ". Lead: Housing Team".
var leadTag = lazyre.New(`[.;]\s+Lead(?:\s+(?:Service|Officer|Organisation|Partner|Team|Body|Directorate))?s?\s*[–—:-]\s*([A-Z][^.;]{1,80}?)\.?$`)

// fieldLabel is a form's next field, alone on its line: "Alternative
// options considered:", "Background papers:".
var fieldLabel = lazyre.New(`^[A-Z][\w ,/&'’()-]{2,60}:$`)

// leadTagIn is leadTag's match in s, looked for only where s names a lead.
func leadTagIn(s string) []int {
	if !strings.Contains(s, "Lead") {
		return nil
	}
	return leadTag.FindStringSubmatchIndex(s)
}

// decidingNoun opens a decision told by its verb's noun and what it
// decides: "Approval of the lease …", "Authority to award …", "Agreement
// to enter into …".
var decidingNoun = lazyre.New(`^(?:Approval|Agreement|Authority|Authorisation|Authorization|Endorsement|Adoption|Acceptance|Confirmation|Permission|Consent)\s+(?:of|to|for|given|granted)\s+\S+\s+\S`)

// bareDecision: under a label, a decision told by its deciding verb alone
// ("Approve the second phase of the works"), as an officer's form writes
// it, its decider the form's "Decision Maker:"; or, under the form's
// "Decision:" label only (named), by the verb's noun ("Approval to award
// the contract to …"), which elsewhere names a matter ("Approval of the
// budget is for Council"). Not a verb used as a noun or a pointer
// ("Request for a bus shelter on Mill Road", "Refer to the report for the
// wording": a word after the verb that a noun takes, where a verb wants
// its object), nor a form's field naming who may decide ("Authority to
// make this decision: Part 3"). (A line in title case may still decide:
// "Approve Option Two".)
func bareDecision(s string, named bool) bool {
	if !startsUpper(s) {
		return false
	}
	if decidingNoun.MatchString(s) {
		return named && !strings.Contains(strings.TrimRight(s, ": "), ":") && !thisDecision.MatchString(s)
	}
	verb, next, _ := strings.Cut(s, " ")
	next = strings.ToLower(firstWord(next))
	return decidingVerbFirst(strings.Trim(verb, ",.;:")) && (!nounJoin[next] || verbThenTo.MatchString(verb))
}

// nounJoin follows a word used as a noun ("Request for …", "Notes of
// …") or a pointer ("Refer to …", "Report on …"), not a verb and its
// object.
var nounJoin = map[string]bool{"for": true, "to": true, "on": true, "of": true}

// verbThenTo is a deciding verb that takes "to" and still decides:
// "Agree to the lease …", "Delegate to the Director the power to …".
var verbThenTo = lazyre.New(`(?i)^(?:agree|delegate)s?$`)

// formField is a form's field about its own decision with its value:
// "Authority to make this decision: Part 3", "Date of this decision: 5
// May".
func formField(s string) bool {
	label, value, ok := strings.Cut(s, ":")
	return ok && strings.TrimSpace(value) != "" && len(strings.Fields(label)) <= 8 && thisDecision.MatchString(label)
}

// thisDecision is a form's field about the decision, not the decision:
// "Authority to make this decision: …".
var thisDecision = lazyre.New(`(?i)\bth(?:is|e)\s+decision\b`)

// reasonsLabel is a decision form's "Reason for Decision:" field.
var reasonsLabel = lazyre.New(`(?i)^reasons?\s+for\s+(?:the\s+)?decisions?\s*:?$`)

// bareReasons: a decision form's reasons field under a label of one
// word, "Reasons:", or with its label wrapped ("Reasons" over "for
// Decisions"). Between a decision's numbered clauses the word gives
// that clause's reason, the list going on after it (stops, reasonOf).
func (f *finder) bareReasons(body string) bool {
	if !reasonWord.MatchString(body) {
		return false
	}
	if reasonsWrapped.MatchString(f.next) {
		return true
	}
	b := f.blk
	return strings.HasSuffix(body, ":") && !(b != nil && len(b.clauses) > 0 && f.out[b.clauses[len(b.clauses)-1]].Ref != "")
}

// reasonWord is the reasons field's label of one word.
var reasonWord = lazyre.New(`(?i)^reasons?\s*:?$`)

// reasonsWrapped is the rest of a reasons label wrapped to its own line.
var reasonsWrapped = lazyre.New(`(?i)^for\s+(?:the\s+)?(?:decisions?|recommendations?)\s*:?$`)

// reasonsRunIn is the reasons field run in after a decision's clauses.
var reasonsRunIn = lazyre.New(`\s(?:Reasons?(?:\(s\))?|REASONS?)(?:\s+for\s+(?:the\s+)?(?:decisions?|recommendations?))?\s*:\s`)

// reasonsFor is that field or a report's "Reasons for recommendations".
var reasonsFor = lazyre.New(`(?i)^reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\s*:?$`)

// labelBeforeReasons gives a run of decision clauses ("To note the
// feedback;", "That the Strategy be adopted; and") its lost "Decision:"
// label when the form's "Reason for Decision:" follows it straight after:
// what stands just before the reasons is what was decided.
func labelBeforeReasons(ps []paragraph) []paragraph {
	for i := 1; i < len(ps); i++ {
		if !reasonsFor.MatchString(ps[i].body) {
			continue
		}
		j := i
		for j > 0 && decisionClause(ps[j-1].body) {
			j--
		}
		if j == i || j > 0 && (labelOnly.MatchString(ps[j-1].body) || strings.HasSuffix(ps[j-1].body, ":") || runInLabelled(ps[j-1])) {
			continue // no clauses, or a label or lead-in already heads them
		}
		label := paragraph{text: "Decision:", body: "Decision:", page: ps[j].page}
		if strings.Contains(strings.ToLower(ps[i].body), "recommendation") {
			// "Reasons for recommendations": a report's proposals.
			label.text, label.body = "Recommendations:", "Recommendations:"
		}
		ps = append(ps[:j], append([]paragraph{label}, ps[j:]...)...)
		i++
	}
	return ps
}

// listClosed: the list's last clause ends its sentence and the clause
// before it ended "…; and", so the list has ended.
func listClosed(out []action.Action, clauses []int) bool {
	n := len(clauses)
	if n < 2 || clauses[n-1] >= len(out) {
		return false
	}
	last, before := strings.TrimSpace(out[clauses[n-1]].SourceText), strings.TrimSpace(out[clauses[n-2]].SourceText)
	return strings.HasSuffix(last, ".") && (strings.HasSuffix(before, "; and") || strings.HasSuffix(before, "; or"))
}

// sectionDecision: a point numbered as a report's paragraph that decides
// in the infinitive, its verb one a decision takes ("to note …", "to
// endorse …"); not a report's aim ("To set out the findings …") nor an
// infinitive of purpose before a main clause of its own ("To support this
// work the council set aside …").
func sectionDecision(body string) bool {
	w := strings.Fields(body)
	return infinitiveDecision(body) && decisionVerb.MatchString(strings.TrimRight(w[1], ",;")) && !purposeThenClause.MatchString(body)
}

// purposeThenClause is an infinitive of purpose whose object points back
// ("this work", "these aims"), then the sentence's own subject and verb.
var purposeThenClause = lazyre.New(`(?i)^to\s+\w+\s+(?:this|these|that|those|it|so)\b(?:\s+[a-z]+)?,?\s+(?:the\s+)?(?:council|cabinet|committee|board|panel|service|authority|team|officers|members|we|it|they)\s+\w+`)

// reportSection heads a report's own account, whose numbered points in the
// infinitive say what the report is for: "Purpose of the report",
// "Summary", "Background".
var reportSection = lazyre.New(`(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:purpose|summary|background|introduction|executive\s+summary|reasons?)\b[\w ]{0,30}:?$`)

// recommendedMark is a line that only marks the decisions above it as
// recommended to another body: "*Recommended to Council", "Recommended
// to Cabinet".
var recommendedMark = lazyre.New(`^\*?\s*(?:Recommended|RECOMMENDED)\s+(?:to|TO)\s+(?:the\s+|THE\s+)?(?:Full\s+|FULL\s+)?(?:County\s+|COUNTY\s+)?(?:Council|COUNCIL|Cabinet|CABINET|Executive|EXECUTIVE)\s*\.?$`)

// runInLabelled: a label with the list's first point run in after it
// ("RECOMMENDED: 1) That Council approve …") heads the points after it as
// a label alone on its line would.
func runInLabelled(p paragraph) bool {
	o, ok := labelOpener(p)
	if !ok || o.rest == "" {
		return false
	}
	items := splitList(o.rest, p.marker)
	return isListMarker(items[0].ref) && items[0].ref != p.marker
}

// labelAcrossValues gives a run of decision clauses the label a report's
// cover set above them among its other labels, where the cover was copied
// a cell a line, the labels' column before the values' (a form's two
// columns read down, not across):
//
//	Purpose:
//	Recommendations:
//	Portfolio holder
//	This report sets out how the parks budget was spent.
//	a) That the spending be noted.
//	b) That the new rates be agreed.
//
// A bare "Recommendations:" (or "Decision:") label under another bare
// label is such a column's when no clause follows it; the first run of
// clauses, lettered or numbered from its first, within as many
// paragraphs after it as the labels over it and two more (the values of
// the labels before it, and of one or two after it run in), is its value,
// when nothing between ends in a colon (a label or lead-in of its own).
func labelAcrossValues(ps []paragraph) []paragraph {
	for i := 1; i+1 < len(ps); i++ {
		word := strings.ToLower(strings.TrimRight(ps[i].body, ": "))
		if !strings.HasSuffix(ps[i].body, ":") || word != "recommendations" && word != "recommendation" && word != "decision" && word != "decisions" {
			continue
		}
		above := 0
		for k := i - 1; k >= 0 && bareLabel(ps[k].body); k-- {
			above++
		}
		if above == 0 || decisionClause(ps[i+1].body) {
			continue
		}
		for j := i + 1; j < len(ps) && j <= i+above+2; j++ {
			if strings.HasSuffix(ps[j].body, ":") || strings.HasSuffix(ps[j].body, ":-") {
				break
			}
			if ps[j].marker == "" || !firstMarker(ps[j].marker) || !decisionClause(ps[j].body) {
				continue
			}
			label := paragraph{text: ps[i].body, body: ps[i].body, page: ps[j].page}
			ps = append(ps[:j], append([]paragraph{label}, ps[j:]...)...)
			break
		}
	}
	return ps
}

// bareLabel is a cover's label alone: a few words and a colon ("Summary:",
// "Wards affected:").
func bareLabel(s string) bool {
	return strings.HasSuffix(s, ":") && len(strings.Fields(s)) <= 4 && !strings.ContainsAny(strings.TrimSuffix(s, ":"), ".:;")
}

// decisionClause: a point of a decision list — "To note …", "That … be
// adopted" — ended as such a point is.
func decisionClause(s string) bool {
	return (infinitiveDecision(s) || thatDecides(s) || infinitiveDecision(afterFronted(s))) && (endsSentence(s) || strings.HasSuffix(s, ";") || strings.HasSuffix(s, "; and") || strings.HasSuffix(s, "; or"))
}

// afterFronted is what follows a phrase set before a clause and its comma
// ("Following finalisation of the Plan by all partners, to recommend …"):
// a phrase with no verb of its own, opened by a preposition or a participle.
// Otherwise "".
func afterFronted(s string) string {
	i := strings.Index(s, ", ")
	if i < 0 {
		return ""
	}
	head := strings.Fields(s[:i])
	if len(head) < 2 || len(head) > 16 || !frontedWord.MatchString(head[0]) || finiteVerb.MatchString(s[:i]) || modalWord.MatchString(s[:i]) {
		return ""
	}
	return s[i+2:]
}

// frontedWord opens a phrase set before its clause: a preposition or a
// participle in -ing or -ed with a capital.
var frontedWord = lazyre.New(`^(?:After|Following|Further|Subject|Pending|Upon|On|In|Prior|Having|[A-Z][a-z]+ing|[A-Z][a-z]+ed)$`)

// Find returns the recommendations, resolutions and commitments in the lines
// that no table used.
func Find(ld layout.Doc, used []bool, opts Options) []action.Action {
	f := finder{opts: opts, theme: opts.Title, itemStart: -1, nextMeeting: nextMeeting(ld), prevItem: -1, planRow: -1, aheadPoint: -1, paged: ld.Pages > 0}
	// A page titled as an action or delivery plan: its paragraphs in the
	// imperative are what the plan will do, whatever heads them.
	f.planPage = opts.Genre != action.DocMinutes && opts.Genre != action.DocDecision && planTitle.MatchString(opts.Title)
	// A page named a plan of any kind but one of land or money ("Parish
	// Plan", "Our five year plan for …"): the runs of lines of one shape
	// that it sets out are its points (partPoints, lowerPoints,
	// gerundPoints).
	f.planNamed = opts.Genre == "" && opts.PlanOfWork
	// (Minutes and decisions run into a line are cut as minutes.)
	var points map[int]lineMark
	if f.planNamed && !ld.Flowing {
		points = lowerPoints(ld, used, opts.Title)
	}
	ps := colonTails(labelAcrossValues(labelBeforeReasons(planParagraphs(ld, used, opts.Genre == "", points))))
	if opts.Genre == "" {
		f.imperatives = imperativeRuns(ps)
		f.refRows = refLineRows(ps)
		f.headed = headedRuns(ps)
		if f.planNamed {
			f.parts = partPoints(ps)
		}
		f.gerunds = gerundPoints(ps, f.planNamed)
		for i := range f.headed {
			f.imperatives[i] = true
		}
	}
	if opts.Genre == action.DocMinutes {
		ps = siblingLines(ps)
		f.infinitives = infinitiveRuns(ps)
	}
	if opts.Genre == action.DocMinutes || opts.Genre == action.DocDecision {
		f.subjunctives = subjunctiveRuns(ps)
	}
	f.remits = remitPoints(ps)
	f.whyAt = map[int]bool{}
	f.previews = previewPoints(ps)
	for i, ends := range endsBeforeMeans(ps) {
		f.previews[i] = f.previews[i] || ends
	}
	for i, r := range reasonPoints(ps) {
		f.previews[i] = f.previews[i] || r
	}
	for i, aim := range headsLabelled(ps, opts.Genre) {
		f.previews[i] = f.previews[i] || aim
	}
	for i, purpose := range itemPurposes(ps) {
		f.previews[i] = f.previews[i] || purpose
	}
	for i, said := range officersComments(ps) {
		f.previews[i] = f.previews[i] || said
	}
	f.ownBody = paperBody(opts.Title, ps)
	f.series = partSeries(ps)
	if opts.Genre == action.DocMinutes {
		f.agendaPoints, f.agendaRecords = agendaLists(ps)
	}
	f.initialled = initialledPoints(ps)
	f.matters = matterRows(ps)
	var headed map[int]nested
	if !f.paged {
		headed = nestedUnderBullets(ps, nil)
	} else {
		// (A PDF's indents come from where its lines stand, which sets
		// a bullet's wrapped lines in under it as deep: there a point
		// is under a bullet only when it stands deeper than the
		// bullet's own words wrap to; see bulletWraps.)
		headed = nestedUnderBullets(ps, bulletWraps(ld, ps))
	}
	f.rows = headerRows(ps)
	f.flatOwners = flatRowOwners(ps)
	if opts.Genre == "" {
		// (A plan's or an unknown paper's: minutes and decisions list
		// what was decided before a table of votes or details.)
		tableUsed := used
		if !opts.ActionRows {
			// (A table of recommendations or a decision's details is
			// no plan's table of actions.)
			tableUsed = nil
		}
		for i, intro := range introPoints(ld, tableUsed, ps, f.rows) {
			f.previews[i] = f.previews[i] || intro
		}
	}
	if !f.paged {
		// (Only in papers read as text: a PDF's paragraphs are joined
		// from where its lines stand, so where a motion's words stop
		// and its vote begins is less sure there.)
		f.unvoted = movedUnvoted(ps)
	}
	// (Minutes and decisions title their items, and the lines under a
	// title name who presented it or when; a report's short lines are its
	// cover's fields, an officer's name, a date: lostHeading reads the
	// papers of no genre, plans and the unknown.)
	styled := layout.KeptHeadings(ld.Lines) || opts.Genre != ""
	f.themeAt, f.lostAt = make([]string, len(ps)), make([]string, len(ps))
	for i, p := range ps {
		if f.remits[i] {
			continue
		}
		if f.previews[i] {
			continue // the page's contents, its sections named ahead
		}
		if f.unvoted[i] {
			f.endBlocks() // a motion's words, moved and not carried: no item
			continue
		}
		if p.row > 0 {
			f.planOwner = "" // a table's rows: its columns say who
			f.tableRowItem(p, tableRow{first: true, progress: p.progress})
			continue
		}
		if r, ok := f.rows[i]; ok {
			f.planOwner = ""
			if r.first {
				f.tableRowItem(p, r)
			}
			continue
		}
		if n, ok := headed[i]; ok {
			f.nestedPoint(p, n)
			continue
		}
		f.at = i
		f.themeAt[i], f.lostAt[i] = f.theme, f.lostHead
		f.next, f.nextBare, f.nextText, f.nextMarker = "", false, "", ""
		if i+1 < len(ps) {
			f.next, f.nextBare, f.nextText, f.nextMarker = ps[i+1].body, ps[i+1].marker == "", ps[i+1].text, ps[i+1].marker
		}
		if ref, ok := f.refRows[i+1]; ok && strings.TrimSpace(p.text) == ref {
			continue // the row's number, read with the action under it
		}
		if ref, ok := f.refRows[i]; ok {
			// "2.1" alone over "Introduce a weekly patrol": a plan's
			// row set a cell a line, its number first. The short
			// cells after the action (a lead, a date) are the row's.
			a := planned(p.body, f.opts.Date)
			a.Kind, a.Ref = action.KindAction, ref
			f.add(p, a)
			f.planRow = len(f.out) - 1
			f.prev = p
			continue
		}
		f.recordDecides = p.marker != "" && recordDecides(ps, i)
		f.listOverRecord = f.agendaPoints[i]
		if i+1 < len(ps) && (softLabel.MatchString(p.text) && opts.Genre == action.DocMinutes || (softLabel.MatchString(p.text) || bareDecided.MatchString(p.text)) && opts.Genre == action.DocDecision) && labelsDecision(ps[i+1].body) ||
			// "Resolved" alone over "(1) That the previous decision … be
			// re-affirmed …": on any page, numbered decisions under it.
			i+1 < len(ps) && bareDecided.MatchString(p.text) && ps[i+1].marker != "" && thatDecides(ps[i+1].body) {
			// "Decision" or "Decision taken" alone, its colon lost, over
			// "Cabinet noted the report": the label.
			p.text, p.body = "Decision:", "Decision:"
		}
		if i+1 < len(ps) && colonLost(p, ps[i+1]) || verbLost(ps, i) {
			// A lead-in whose colon was lost: "Cabinet supported the
			// committee's recommendations." over "(a) that the committee
			// plays a formal role …" (a point that starts in lower case
			// continues the sentence before it), or "Decision: That the
			// Board approves" over "1. the budget; 2. the fees;" (the
			// verb wants its object, which the points give).
			p.text, p.body = strings.TrimSuffix(p.text, ".")+":", strings.TrimSuffix(p.body, ".")+":"
		}
		if f.imperatives[i] {
			// A point in a run of imperatives is one of them, though it
			// has no full stop and reads as a title ("3.3 Undergo
			// accreditation as a Carbon Literate Organisation").
			p.heading = false
		}
		if f.planOwner != "" && (i > 0 && tableBetween(ld, used, ps[i-1], p) || othersPromise(p, f.planOwner) || othersHeading(p, f.planOwner)) {
			// A table (with its own owner column, or of something else),
			// another's lead-in ("Our partners will:") or a heading naming
			// another body ("Police actions") ends the reach of the plan's
			// owner.
			f.planOwner = ""
		}
		if f.carriedLog && f.theme != f.carriedLogTheme {
			if logColumns(f.theme) {
				// "Item  Councillor  Due Date  Completed": the log's own
				// column heads, its rows flattened under them.
				f.carriedLogTheme = f.theme
			} else {
				f.carriedLog = false // a heading of the rules' own ends the log
			}
		}
		logHead := p.marker == "" && layout.CarriedLogHead(p.body)
		if logHead {
			f.carriedLog, f.carriedLogTheme, f.carriedLogAt = true, f.theme, len(f.out)
		}
		n, theme := len(f.out), f.theme
		before := f.lastRow()
		f.paragraph(p)
		if f.carriedLog && !logHead && len(f.out) == n && f.lastRow() == before && f.endsLog(p) {
			f.carriedLog = false
		}
		if f.theme != theme {
			f.lostHead = "" // the rules read a heading of their own
		}
		if !styled && len(f.out) == n && f.planRow < 0 && f.theme == opts.Title && lostHeading(ld, p) {
			// A copy that kept no headings: a short line standing alone
			// that gave no item ("Keeping streets clean" between a
			// paragraph and the promises under it) heads the promises
			// and actions after it, as a heading marked as one would —
			// where no heading the rules read stands above it, only the
			// paper's title. (Not a cell of a plan's row flattened a
			// cell a line, which the row took.)
			f.lostHead = p.body
		}
		// (A log's row, read as an undertaking and kept as an action, takes
		// the line telling how it stands as an undertaking would.)
		if (len(f.out) <= n || f.out[len(f.out)-1].Kind != action.KindCommitment && !(f.carriedLog && f.out[len(f.out)-1].Kind == action.KindAction)) && !f.keepPrevItem {
			f.prevItem = -1
		}
		f.keepPrevItem = false
	}
	for i := range f.out {
		if who := f.blockOf[i].reached; who != "" && len(f.out[i].Owner) == 0 {
			f.out[i].Owner = action.SplitOwners(who)
		}
	}
	unnameDefined(f.out, ps) // "(CIL)" where the page spells it out
	speakerOwners(f.out, ps)
	taggedDecisions(f.out)
	out, told := restated(f.out, f.blockOf)
	f.toldAgain = told
	out = cutRepeat(out)
	for i := range out {
		if out[i].Kind == action.KindResolution && recommendsOnward(out[i].Action) {
			// "Committee resolved to recommend to Council that …": a
			// decision that another body is still to make. (Read once
			// the proposals it decided have given way to it.)
			out[i].Kind = action.KindRecommendation
		}
	}
	// A page that sets a body's quorum is its constitution: "The
	// Committee will appoint a Chairman", "Draft minutes will be sent"
	// are its standing rules, not undertakings, nor what the second
	// reader would make of its numbered points. A decision may change a
	// quorum and still promise things.
	constitution := opts.Genre != action.DocDecision && setsQuorum(ps, opts.Genre != action.DocMinutes)
	kept := out[:0]
	for _, a := range out {
		if constitution && a.Kind == action.KindCommitment {
			continue
		}
		// An agenda's decisions are formulas still to be passed; a point
		// with no words ("i);") says nothing, nor a lead-in's word alone
		// on its line ("That").
		if !(opts.Agenda && a.Kind == action.KindResolution) && strings.TrimSpace(a.Action) != "" && !bareWord[strings.ToLower(strings.Trim(a.Action, " .:;,-–"))] && !labelLead.MatchString(a.Action) && !bareLead(a.Action) && !subjectAlone.MatchString(a.Action) && !leadAlone.MatchString(a.Action) && !(voteOnly.MatchString(a.Action) && !reportApproved(out, a)) {
			kept = append(kept, a)
		}
	}
	if read := f.secondRead(ps, kept); len(read) > 0 && !constitution {
		kept = append(kept, read...)
		sort.SliceStable(kept, func(a, b int) bool { return kept[a].Page < kept[b].Page })
	}
	for i := range kept {
		kept[i].Action = withoutStoppedTitle(kept[i].Action) // whichever reading found it
	}
	// A view the meeting agreed with, or a question put to it, settles
	// nothing, whichever reading took it for a decision or an undertaking.
	kept = slices.DeleteFunc(kept, func(a action.Action) bool { return agreedView(a.Action) || askedOnly(a.Action) })
	return recordOverProposal(kept)
}

// recordOverProposal drops the last meeting's minutes put for approval
// ("2. Minutes of the May meeting to be agreed and signed", "The Board is
// asked to approve the minutes …", "To confirm the minutes …") from a page
// that also records them approved ("The minutes … were agreed and
// signed"): the agenda's wording and the decision are one act, and the
// record of it is the item. Whichever reading found the proposal. Only a
// decision or recommendation with no one to do it is such a proposal:
// "Clerk to circulate the draft minutes …, to be approved at the next
// meeting" is a task, and "the minutes of the Planning Committee be
// received and its recommendations to be adopted" puts something else
// for approval.
func recordOverProposal(items []action.Action) []action.Action {
	proposed := func(a action.Action) bool {
		if len(a.Owner) > 0 || a.Kind != action.KindResolution && a.Kind != action.KindRecommendation {
			return false
		}
		return minutesWord.MatchString(a.Action) && !acceptedDone.MatchString(a.Action) &&
			(minutesPut.MatchString(a.Action) && !putOfOther.MatchString(a.Action) || startsTo(a.Action) && toAccept.MatchString(a.Action))
	}
	recorded := slices.ContainsFunc(items, func(a action.Action) bool {
		return a.Kind == action.KindResolution && minutesWord.MatchString(a.Action) && acceptedDone.MatchString(a.Action) && !proposed(a)
	})
	if !recorded {
		return items
	}
	return slices.DeleteFunc(items, proposed)
}

// putOfOther: what is put for approval is another thing the minutes
// bring ("… and its recommendations to be adopted").
var putOfOther = lazyre.New(`(?i)\b(?:its|their)\s+(?:\w+\s+){0,2}?(?:to\s+be|(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to)\b`)

// minutesPut: a record put to the meeting for its approval, not yet
// given: "… to be agreed", "… is asked to approve …".
var minutesPut = lazyre.New(`(?i)\bto\s+be\s+(?:\w+ly\s+)?(?:approved|agreed|confirmed|signed|accepted|adopted)\b|\b(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s+(?:approve|agree|confirm|accept|adopt)\b`)

// setsQuorum: a paragraph states how many make a meeting ("Each meeting
// requires a quorum of 3 Councillors", "The quorum shall be four"). In
// minutes only a numbered rule counts ("3. Each meeting requires …"): an
// agenda's "The quorum for Cabinet is 3 members" under apologies is not
// the page's subject.
func setsQuorum(ps []paragraph, anywhere bool) bool {
	for _, p := range ps {
		// (holdsWord first: the pattern scans every paragraph of the paper)
		if (anywhere || p.marker != "") && holdsWord(p.body, "quorum") && quorumRule.MatchString(p.body) {
			return true
		}
	}
	return false
}

var quorumRule = lazyre.New(`(?i)\bquorum\s+(?:of|for\s[^.]{0,40}?\s(?:is|shall\s+be|will\s+be)|shall\s+be|will\s+be|is)\s+(?:\d|one|two|three|four|five|six|seven|eight|half|a\s+third|one[- ]third)`)

// finder walks the paragraphs, remembering the block it is in.
type finder struct {
	// ownBody is the body whose paper this is, lower-cased (paperBody).
	ownBody string
	paged   bool // a paper of pages (a PDF), which the second reader leaves alone
	// proposedBy is set after a line naming a motion's mover and seconder
	// ("Cllr Atkins proposed, Cllr Munday seconded:"); moved holds the
	// motion that followed it until its outcome ("CARRIED 7 in favour")
	// says it was decided.
	proposedBy bool
	moved      *paragraph
	// unvoted marks the paragraphs of a motion's words, moved and not
	// carried (see movedUnvoted): neither reader reads them.
	unvoted map[int]bool
	// alternatives is set under a lead-in that offers a choice ("the
	// Panel must either:"): its points are options, none of them decided.
	alternatives bool
	// imperatives marks the paragraphs (by index) of a numbered run of
	// imperative points; at is the index of the paragraph being read.
	imperatives map[int]bool
	// refRows gives, for the action of a plan's row whose number stood
	// alone on the line before it, that number (see refLineRows).
	refRows map[int]string
	// headed gives, for a paragraph of a run under numbered parts'
	// headings, its heading (see headedRuns).
	headed map[int]partStatement
	// rows marks the paragraphs of a flattened table's numbered rows
	// (see headerRows): the second reader reads none of them.
	rows map[int]tableRow
	// flatOwners gives, for a plan's row run into one line (flatRow),
	// who leads it (see flatRowOwners).
	flatOwners map[int]string
	// infinitives marks, in minutes, a numbered run of decisions in the
	// infinitive ("1. To endorse the strategy.", "2. To note the
	// feedback.").
	infinitives map[int]bool
	// subjunctives marks, in minutes and decision records, a list of
	// decisions each told as a clause with the subjunctive "be" and no
	// label or "That" before it (see subjunctiveRuns).
	subjunctives map[int]bool
	at           int
	next         string // the body of the paragraph after the one read
	nextBare     bool   // the paragraph after the one read has no number
	nextText     string // and its text, its bullet kept
	nextMarker   string // and its number
	// recordDecides: the paragraph read is numbered, and an unnumbered one
	// after it, before the next numbered one, tells a decision.
	recordDecides bool
	// listOverRecord: the paragraph read is a point of an agenda's list
	// in the infinitive that the record after the list decides again.
	// agendaPoints and agendaRecords are such lists' points and records,
	// by paragraph (see agendaLists).
	listOverRecord              bool
	agendaPoints, agendaRecords map[int]bool
	opts                        Options
	// planPage is set for a page titled as an action or delivery plan.
	// planRow is the last planned action read from a paragraph of its
	// own, whose row's cells may follow it a line each (-1: none).
	planPage bool
	planRow  int
	// planNamed is set for a page whose title names it a plan of any
	// kind of work (Options.PlanOfWork); parts gives, for each numbered part
	// that is one of its points, the heading of its group (partPoints).
	planNamed bool
	parts     map[int]string
	// series marks the parts named with their numbers one after another
	// ("Priority 1: …", "Priority 2: …"), however long (see partSeries).
	series map[int]bool
	// gerunds marks a plan's projects set as paragraphs opening with an
	// "-ing" form (see gerundPoints).
	gerunds map[int]bool
	// recPart is set under a heading that names the paper's
	// recommendations, until a heading names another labelled part.
	recPart bool
	// sectionHead is the last numbered heading of a plan's sections ("1.
	// Identification and response"), the theme of its flattened rows.
	sectionHead string
	// lostHead is the last line read as a heading whose style the copy
	// lost (lostHeading) since the rules last read a heading: the theme
	// of the promises and actions after it.
	lostHead string
	// themeAt and lostAt are the theme and lost heading in force at each
	// paragraph as the rules came to it: what the second reader finds
	// there stands under them as the rules' items do.
	themeAt, lostAt []string
	// whenHead is the date a timetable's heading gives the steps under it
	// ("Summer 2023", "Autumn 2023 to Spring 2024"), until another heading.
	whenHead string
	out      []action.Action
	theme    string
	// carriedLog is set under a line that heads the actions carried from
	// an earlier meeting ("Actions from the Last Minutes", "Outstanding
	// Action points – May to June"), while the theme it found stands:
	// what is undertaken under it is a row of that log, an action.
	carriedLog      bool
	carriedLogTheme string
	carriedLogAt    int // len(out) at the log's head
	// declaring is set under an item that records members' interests
	// ("P14/157 ITEM 2 – Councillors' Disclosure of an Interest"), until
	// the next item's title.
	declaring bool
	// remits marks the paragraphs that are points of a body's remit.
	remits []bool
	// previews marks the points that are a plan's aims or a decision's
	// reasons, not undertakings: a list naming the sections that follow
	// (see previewPoints), the ends that a list of means after it serves
	// (endsBeforeMeans), a numbered aim over labelled actions
	// (headsLabelled), points before an action table (introPoints),
	// reasons for a decision (reasonPoints).
	previews []bool
	// toldAgain holds the text of paragraphs whose decision a record's
	// clause stands for (see restated): the second reader leaves them.
	toldAgain map[string]bool
	// initialled holds, by paragraph, the points an action column closed
	// with who does them.
	initialled map[int]initialledPoint
	// logWho is who a label alone on its line names ("Cllr Ash:"), and
	// logNext the paragraph an action log's line must be at to be theirs
	// (the next one after the label or after the last line of theirs).
	logWho  string
	logNext int
	// logRun is the paragraph a line must be at to follow straight on
	// from the last line read as an action log's.
	logRun int
	// logPrev is the number of the last line read as an action log's.
	logPrev string
	// matters holds the rows of a clerk's list of matters, by paragraph,
	// with the status their list's heading gives them.
	matters map[int]string
	// milestones is set under a heading of a plan's milestones.
	milestones bool
	// nestedAt is the item the last point set in under a bullet gave.
	nestedAt int
	// reasons is set under a decision form's "Reasons for decision:"
	// field, which explains a decision and makes none, until the next
	// field or heading.
	reasons bool
	// rec is the recommendation whose text the following paragraphs add to.
	rec *action.Action
	// blk is the open block of decisions or recommendations; blocks
	// counts them, and blockOf gives each item in out the block it came
	// from (0 for none).
	blk     *block
	blocks  int
	blockOf []origin
	// entry counts a decisions list's dated entries ("04/03/2024 -
	// Parks Board ref: 497") read so far.
	entry int
	// minute is the number of the minute being read ("33", "57/25"),
	// which a resolution's ref includes.
	minute string
	// ahead is set under a heading that looks forward ("Looking to 2025",
	// "Next steps"): its points are commitments; under one of priorities,
	// aheadVerbs, only its points in the imperative are.
	ahead, aheadVerbs bool
	// aheadHow is set under a "How we will …" heading, whose short
	// subheadings (the outcomes it delivers) keep its points planned.
	aheadHow bool
	// aheadLead is set when a sentence, not a heading, named the points
	// ahead ("The planned activities … are:"): a short line in the
	// imperative under it is one of them, not a heading over them.
	aheadLead bool
	// aheadPoint is the index in out of the item the last point under a
	// forward-looking heading gave, its sub-points still to come; -1
	// when the paragraph before gave none.
	aheadPoint int
	// aheadSub is set when the paragraph before was such a sub-point.
	aheadSub bool
	// aheadOwner is the body a lead-in named as promising the points
	// ahead ("The Town Council will embrace the following objectives:").
	aheadOwner string
	// planOwner is the post or body a promise's lead-in named ("The
	// safety partnership will:"), which owns the plan's points after it that
	// name no owner, through its headings and aims, until something
	// ends its reach (see promised). The points it reached keep it with
	// them (origin.reached) and are given it once the paper is read, if
	// nothing named their owner meanwhile.
	planOwner string
	// decidedByLabel is set once a labelled block has given a resolution.
	decidedByLabel bool
	// prevItem is the item the last paragraph gave as a commitment, -1
	// if it gave none: a lead-in that lost its colon reads as one.
	prevItem int
	// pastLead is set under a lead-in that tells past aims ("The aims of
	// the review were to:").
	pastLead bool
	// stage is set under a plan's "Stage 1", "Phase 2" heading: the
	// short lines under it are its steps.
	stage bool
	// stageStatus is how the stage stands, from its name: "Getting
	// started (Complete)".
	stageStatus string
	// keepPrevItem is set by a paragraph that only told how prevItem
	// stands ("Action complete"): the item stays the last one given.
	keepPrevItem bool
	// nextMeeting is the date the paper gives its next meeting, which
	// "to the next meeting" means.
	nextMeeting string
	// itemStart is where in out the current agenda item's text starts,
	// -1 when no item heading or number has been read since the last
	// "Minutes:" or "Decision:" label.
	itemStart int
	// mark is where in out the text since the last "Minutes:" or
	// "Decision:" label starts; proposals are the recommendations read
	// there from "X is asked to …" (agenda text).
	mark      int
	proposals []int
	prev      paragraph
	// tagged is the text of the last owner tag on a line of its own that
	// named who acts on the item before it: a second tag line under it
	// names a second owner of the same item.
	tagged string
	// paras counts the paragraphs read; lastAt is the count when the last
	// item was added.
	paras, lastAt int
	// listed is the marker of the last point read as a decision of an
	// unlabelled list and listedAt the length of out after it; unread is
	// the last listed point that gave nothing, unreadAt likewise.
	listed   string
	listedAt int
	// powersTo is who a delegation numbered in an unlabelled list hands
	// its powers to ("(2) To delegate authority to the Director to:"),
	// and powersStyle that point's numbering: the points numbered in
	// another style under it are the powers, the Director's.
	powersTo    []string
	powersStyle string
	// purposeStyle is the numbering of a list of purposes ("1. To make
	// sure …") read after a decision page's decisions: why they were
	// made, their label lost. An item added ends it. whyAt marks its
	// points and the paragraphs under a reasons label, which the second
	// reader leaves too.
	purposeStyle string
	whyAt        map[int]bool
	// labelled is set once a "Minutes:" or "Decision:" label is read;
	// minuted once a "Minutes:" label is: the text under it is minutes,
	// whatever the paper's genre (an issue page holds the agenda's
	// report, then what the meeting did with it).
	labelled, minuted bool
	unread            paragraph
	unreadAt          int
	// paused is a list of bullets a bullet's explanation broke off,
	// which the next bullet that decides goes on with; pausedFor counts
	// the paragraphs since.
	paused    *block
	pausedFor int
	// reasonOf is a list a decision's "REASON:" broke off, which the
	// next point in its numbering goes on with.
	reasonOf *block
	// inner is the marker of the last point joined to a decision as a
	// point of its own inner list.
	inner string
	// runFrom is where in out the points read since the last heading or
	// unnumbered paragraph that gave nothing start.
	runFrom int
}

func (f *finder) paragraph(p paragraph) {
	f.paras++
	if n := len(f.out); p.heading || p.marker == "" {
		// A heading, or an unnumbered paragraph that adds nothing (a
		// label, "Consideration was given to …"), ends the run of
		// points a "*Recommended to Council" under them would mark.
		defer func() {
			if p.heading || len(f.out) == n {
				f.runFrom = len(f.out)
			}
		}()
	}
	if f.opts.Genre == action.DocDecision && p.marker == "" && !p.heading && purposeLabel.MatchString(f.prev.body) && !decidingVerb.MatchString(p.body) && !otherField.MatchString(p.body) {
		// A decision page's "Purpose:" restates what the report asked
		// ("Cabinet is asked to agree …", "To recommend to Council …");
		// its "Decision:" says what was decided. (Text that tells a
		// decision made, "The Executive resolved …", stays.)
		f.prev = p
		return
	}
	if label, value, ok := strings.Cut(p.body, ": "); ok && p.marker == "" && len(label) < 20 && !strings.Contains(label, " ") && (resolvedAsFollows(value) || infinitiveList(value) != nil || subjectThenPoints.MatchString(value)) {
		// "Content: The Executive resolved as follows: 1. To …": a
		// record's field whose value is the decision.
		p.text, p.body = value, value
	}
	body := p.body
	defer func() { f.prev = p }()
	if p.ownerCell {
		return // who does the points under it: given to them (lowerPoints)
	}
	if p.lowerPoint || f.gerunds[f.at] {
		// "review the play area fencing each spring" in a run of such
		// lines on a plan's page, or "Improving the village hall by …" in
		// a run of such paragraphs: one of its points.
		a := planned(body, f.opts.Date)
		if p.pointOwner != "" {
			a.Owner = []string{p.pointOwner}
		}
		f.add(p, a)
		return
	}
	if f.opts.Genre != action.DocMinutes && f.opts.Genre != action.DocDecision && p.marker == "" {
		if when, ok := whenHeading(body); ok {
			f.whenHead = when
		} else if !bulletPat.MatchString(p.text) && (p.heading || len(strings.Fields(body)) <= 8 && !endsSentence(body) && looksLikeHeading(body)) {
			f.whenHead = "" // another heading ("How to take part")
			// Under "Milestones and outcomes" each point is a step of the
			// plan, however it is worded ("Care leavers' guides
			// published"), until another heading.
			f.milestones = milestonesHead.MatchString(body)
		}
	}
	if f.milestones && bulletPat.MatchString(p.text) && f.blk == nil {
		step := strings.TrimSpace(dropBullet(body))
		if len(strings.Fields(step)) >= 3 {
			a := planned(step, f.opts.Date)
			a.Kind = action.KindAction
			f.add(p, a)
			return
		}
	}
	if p.elected {
		// An office filled, read from its row ("Treasurer Keith Muir
		// Proposed Chris Hobson Seconded John Green").
		// Each row is a record of its own, however alike two rows read.
		f.entry++
		f.endBlocks()
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: p.body})
		return
	}
	if f.agendaRecords[f.at] && f.blk == nil && !readsDecided(body) {
		// "… the minutes of the Parks Group … were noted." after the
		// agenda's "To note …" list it answers (agendaLists): what was
		// done with the item, the decision.
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body})
		return
	}
	if itemTitled(p) {
		f.declaring = interestsTitle.MatchString(body)
	}
	if m := actionStatus.FindStringSubmatch(body); m != nil && p.marker == "" && f.prevItem >= 0 && f.prevItem == len(f.out)-1 {
		// "Action ongoing – The Clerk had written to the Land Registry
		// …" under an action arising: how it stands, and what was done.
		a := &f.out[f.prevItem]
		raw := m[1] + m[2]
		a.StatusRaw, a.Status = raw, action.NormalizeStatus(raw)
		a.Progress = strings.TrimSpace(m[3])
		f.keepPrevItem = true
		return
	}
	if pt, ok := f.initialled[f.at]; ok {
		a := planned(pt.action, f.opts.Date)
		a.Kind, a.Owner = action.KindAction, pt.owners
		f.add(p, a)
		return
	}
	if a, ok := f.logged(p); ok {
		if len(a.Owner) == 0 && f.logWho != "" && f.at == f.logNext {
			// "Cllr Ash:" over "- 17/18. Draft the terms. COMPLETED":
			// the lines of the log straight under a name are theirs.
			a.Owner = []string{f.logWho}
			f.logNext++
		}
		f.add(p, a)
		return
	}
	if m := logWhoLabel.FindStringSubmatch(strings.TrimSpace(p.text)); m != nil {
		f.logWho, f.logNext = m[1], f.at+1
	}
	if status, ok := f.matters[f.at]; ok {
		a := planned(p.body, f.opts.Date)
		a.Kind, a.Status = action.KindAction, status
		f.add(p, a)
		return
	}
	if p.marker == "" && !bulletPat.MatchString(p.text) {
		f.alternatives = alternativesLead.MatchString(body)
	}
	if f.opts.Genre == action.DocMinutes || f.opts.Genre == "" {
		if m := f.moved; m != nil {
			f.moved = nil
			if carriedOutcome.MatchString(body) {
				f.add(*m, action.Action{Ref: m.marker, Kind: action.KindResolution, Action: m.body})
				return
			}
		}
		if f.proposedBy && !p.heading {
			f.proposedBy = false
			if sents := sentences(body); len(sents) > 1 && carriedOutcome.MatchString(sents[len(sents)-1]) {
				// The motion and "CARRIED 3 in favour" run together.
				f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: strings.Join(sents[:len(sents)-1], " ")})
				return
			}
			f.moved = &p
			return
		}
		// ("Moved by Councillor Foster, Seconded by Councillor Young and"
		// leads to its "Resolved", lost from the copy: what follows was
		// carried, and is read as decided.)
		if f.proposedBy = proposerLead.MatchString(body) && !strings.HasSuffix(body, " and"); f.proposedBy {
			return
		}
	}
	if f.planPage && isMinuteNumber(p.marker) && !endsSentence(body) && len(strings.Fields(body)) <= 10 && looksLikeHeading(body) {
		f.sectionHead = body
	}
	if reasonsLabel.MatchString(body) || f.bareReasons(body) {
		f.endBlocks()
		f.reasons = true
		return
	}
	if f.reasons {
		if !(p.heading || fieldLabel.MatchString(body) && len(strings.Fields(body)) <= 5 || decisionLabel.MatchString(p.text)) {
			f.whyAt[f.at] = true
			return
		}
		f.reasons = false
	}
	if m := leadTagIn(body); m != nil && f.blk == nil && (p.marker != "" || bulletPat.MatchString(p.text)) {
		// "3. Promoting an inclusive economy, by raising skills …. Lead
		// Service – Growth.": a plan's point with who leads it.
		text := strings.TrimSpace(dropBullet(body[:m[0]+1]))
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindCommitment, Action: text, Owner: []string{strings.TrimSpace(body[m[2]:m[3]])}})
		return
	}
	if recommendedMark.MatchString(p.text) {
		// "(1) … be noted; and (2) … be adopted." then "*Recommended to
		// Council": the mark under the numbered decisions says they go
		// to Council to decide, recommendations still.
		// Only the unlabelled run directly above is marked: a point under
		// a label ("RESOLVED that:") or above a heading or another item
		// keeps its kind. With no such run the mark is a heading over the
		// list after it ("RECOMMENDED TO COUNCIL" over "(1) that …"), read
		// as a label below.
		marked := false
		for i := len(f.out) - 1; i >= f.runFrom && f.out[i].Kind == action.KindResolution && i < len(f.blockOf) && f.blockOf[i].block == 0 && isListMarker(strings.TrimLeft(f.out[i].Ref, "0123456789/")); i-- {
			f.out[i].Kind = action.KindRecommendation
			marked = true
		}
		if marked {
			f.endBlocks()
			return
		}
	}
	if itemMinutes.MatchString(p.text) || decisionLabel.MatchString(p.text) {
		// ModernGov prints an item's title, then its agenda text, then
		// "Decision:" or "Minutes:" and them. What the agenda asked for
		// is no item of the minutes: the decision is.
		if looksLikeHeading(f.prev.body) && !finiteVerb.MatchString(f.prev.body) {
			f.theme = strings.TrimRight(f.prev.body, " .:")
		}
		f.dropAgenda()
		f.endBlocks()
		f.mark = len(f.out)
		f.itemStart = -1
		f.labelled = true
		f.minuted = f.minuted || itemMinutes.MatchString(p.text)
		if decisionLabel.MatchString(p.text) {
			f.open(opener{kind: action.KindResolution, named: true}, p)
		}
		return
	}
	if (f.opts.Genre == action.DocMinutes || f.opts.Genre == action.DocDecision) && bodyLabel.MatchString(p.text) {
		// "Cabinet –" or "The Committee:" alone over its points ("§ Noted
		// the budget position", "§ Agreed the virements"): the body
		// named as the label of what it decided.
		f.endBlocks()
		f.open(opener{kind: action.KindResolution, lead: strings.TrimRight(p.text, " :-–—")}, p)
		return
	}
	if datedEntry.MatchString(p.text) {
		// A decisions list's entry: its date and title, no decision. Each
		// entry is a record of its own, labelled or not.
		f.entry++
		f.endBlocks()
		f.decidedByLabel = false
		return
	}
	if f.blk == nil && byReference.MatchString(p.text) && f.prev.marker != "" && infinitiveDecision(f.prev.body) {
		// "3.1. To note the budget review." then "AGREED RECOMMENDATION
		// and thanked the team": the point was what was agreed (once,
		// if it was read as a decision already).
		if len(f.out) == 0 || f.out[len(f.out)-1].SourceText != f.prev.text {
			f.add(f.prev, action.Action{Ref: f.prev.marker, Kind: action.KindResolution, Action: f.prev.body})
		}
		return
	}
	if stops.MatchString(p.text) || signOff.MatchString(p.text) {
		if b := f.blk; b != nil && len(b.clauses) > 0 && f.out[b.clauses[len(b.clauses)-1]].Ref != "" && strings.HasPrefix(strings.ToLower(p.text), "reason") {
			// "RESOLVED: (i) That …" then "REASON: …" then "(ii) That …":
			// each decision with its reason, the list going on after.
			f.reasonOf = b
		}
		f.endBlocks()
		return
	}
	if b := f.reasonOf; b != nil {
		f.reasonOf = nil
		if p.marker != "" && markerFollows(f.out[b.clauses[len(b.clauses)-1]].Ref, p.marker) {
			f.blk = b
		}
	}
	if b := f.blk; b != nil && len(b.clauses) > 0 && markerStyle(b.firstRef) != "digit" && isMinuteNumber(p.marker) && minuteLike(f.minute) && markerFollows(f.minute, p.marker) {
		// "(i) Cllr Hart to …", "(ii) …", then "6. Playground" under
		// minute 5: the minutes' next number ends the list, however its
		// lead-in names "the following".
		f.endBlocks()
	}
	if m := numberedDecision.FindStringSubmatch(p.text); m != nil && p.marker == "" {
		// "198/2005 The Cabinet approved …": a decision's number, then
		// its text.
		f.minute = m[1]
		f.itemStart = len(f.out)
		f.endBlocks()
		p.marker, p.text, p.body, body = m[1], m[2], m[2], m[2]
	}
	if m := minuteID.FindStringSubmatch(p.text); m != nil {
		// A minute's number on a line of its own, as meeting pages and
		// minute tables print it.
		f.minute = m[1]
		f.itemStart = len(f.out)
		f.endBlocks()
		return
	}
	if p.minute && f.blk == nil {
		// "541 Network Rail LAND AT … It was moved by …": one of the
		// minutes' run of numbers, whatever its title runs on into.
		f.minute = p.marker
		f.itemStart = len(f.out)
	} else if p.heading && (isMinuteNumber(p.marker) || slashMinuteNumber.MatchString(p.marker) && (f.minute == "" || slashMinuteNumber.MatchString(f.minute))) && !isCapitalsOnlyNumber(p.body) && !(f.blk != nil && strings.Contains(strings.ToLower(f.blk.lead+f.blk.whole), "following")) {
		f.minute = p.marker // "45 HEALTH INEQUALITIES REPORT"
		f.itemStart = len(f.out)
	} else if f.opts.Genre == action.DocMinutes && !p.heading && f.blk == nil && minuteLike(f.minute) && minuteLike(p.marker) && minuteAfter(p.marker, f.minute) {
		// "7. Finances a. payments … were agreed.": an item numbered in
		// the run of the minutes' own numbers, its title run into its
		// record, is the minute the points after it belong to.
		f.minute = p.marker
	} else if f.opts.Genre == action.DocMinutes && yearDotted.MatchString(p.marker) && (f.minute == "" || minuteAfter(p.marker, f.minute)) {
		// "23.006. Matters arising from allotment inspections.": a number
		// only minutes give, the first of them too, which ends the item
		// before it.
		f.minute = p.marker
		f.itemStart = len(f.out)
		f.endBlocks()
	} else if f.opts.Genre == action.DocMinutes && !p.heading && f.blk == nil && f.minute == "" && minuteLike(p.marker) && f.nextBare && endsSentence(f.next) && minuteTitleLine(p.body) {
		// "5. Verge." or "3. To approve the minutes of the last meeting."
		// over its unnumbered record, told in sentences: the first item's
		// title, not taken for a heading, numbers the minutes from here
		// on. (Over another title, "To consider the report", it is an
		// agenda's line.)
		f.minute = p.marker
		f.itemStart = len(f.out)
	}
	if f.blk == nil && f.paused != nil {
		switch {
		case bulletPat.MatchString(p.text) && decides.MatchString(p.body):
			f.blk, f.paused = f.paused, nil
		case p.heading || p.marker != "" || f.pausedFor >= 6 || strings.HasSuffix(p.body, ":"):
			f.paused = nil
		default:
			f.pausedFor++
		}
	}
	if f.blk != nil {
		if f.clause(p) {
			return
		}
		if b := f.blk; b.marked && b.firstRef == "" && len(b.clauses) > 0 && !p.heading && p.marker == "" && !bulletPat.MatchString(p.text) && !strings.HasSuffix(p.body, ":") {
			// "• Councillors agreed the plan." then a paragraph or two
			// on what the plan is, then "• Councillors noted …": a list
			// of bullets goes on after a bullet's explanation.
			f.paused, f.pausedFor = b, 0
		}
		f.blk = nil
	}
	if f.innerPoint(p) {
		// "(b) That authority be delegated … to agree a. contract award"
		// then "b. changes … including:" then "i. scope ii. term": the
		// points inside a decision of an unlabelled list are its words.
		last := &f.out[len(f.out)-1]
		grow(last, p.text, p)
		f.inner = p.marker
		return
	}
	// (A bullet may stand before it: "- Recommendation 1: For Cabinet to
	// review …".)
	if m := recHeading.FindStringSubmatch(strings.TrimLeft(p.text, "-–* "+layout.Bullets)); m != nil {
		f.endBlocks()
		f.recommendation(p, m[1], strings.TrimSpace(m[2]))
		return
	}
	if (f.opts.Genre == action.DocMinutes || f.opts.Genre == "" || f.opts.Genre == action.DocDecision) && strings.Contains(body, "recommended that") && bodyRecommended.MatchString(body) {
		// "The panel recommended that members consider the revised
		// policy …": the meeting's recommendation, whole.
		f.endBlocks()
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindRecommendation, Action: body})
		return
	}
	if (f.opts.Genre == action.DocMinutes || f.opts.Genre == "" || f.opts.Genre == action.DocDecision) && strings.Contains(body, "RECOMMENDED") && capsRecommended.MatchString(body) {
		// "It was therefore RECOMMENDED to Council that the Motion be
		// accepted.": the meeting decided to recommend. ("RECOMMENDED that
		// Council approve:-" over "(1) …" "(2) …" leads its points.)
		f.endBlocks()
		if o, ok := leadIn(body); ok && o.kind == action.KindRecommendation {
			f.open(o, p)
			return
		}
		text, rest := recommendedSentences(body)
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindRecommendation, Action: text})
		for _, c := range commitments(rest, f.opts.Date, f.opts.Genre) {
			f.add(p, c)
		}
		return
	}
	if p.marker == "" && bareWeWill.MatchString(body) && f.opts.Genre != action.DocMinutes && f.opts.Genre != action.DocDecision {
		// "We will:" over points grouped under headings of their own ("Be
		// easy to reach" / "• Offer different ways to contact us"): each
		// point in the imperative is a promise, whatever heads it.
		f.endBlocks()
		f.ahead, f.aheadVerbs, f.aheadLead, f.aheadOwner = true, true, false, ""
		f.planOwner = "" // another lead-in, which names no one
		return
	}
	if o, ok := opens(p); ok && !(p.marker == "" && strings.HasSuffix(body, ":") && plannedLead.MatchString(body)) {
		f.endBlocks()
		if o.kind == action.KindCommitment && motionQuoted.MatchString(f.prev.body) {
			// "… a motion for our next meeting, which reads;" over
			// "This Council pledges to:": a motion's words before any
			// vote, promising nothing yet.
			return
		}
		if o.rest == "" && o.whole == "" && f.opts.Genre != action.DocMinutes && backgroundHead.MatchString(f.theme) && retoldLead(body, f.opts.Date) {
			// Under "Background": "On 3 May 2022 the Board agreed that:"
			// over its points, in a paper of a later date, is an earlier
			// meeting's decisions told as the paper's background, read
			// but not kept. (Elsewhere, as in an annual report's account
			// of its year, what the body decided is the paper's news; and a
			// meeting's own record decides under any heading.)
			o.retold = true
		}
		f.open(o, p)
		return
	}
	// "That … be noted" stands for a decision in minutes; in a report or
	// a decision record, outside its list of decisions, it quotes one.
	// A decision page may print its clauses with no label; once a
	// labelled decision has been read, later ones are quoted.
	if thatDecides(body) && (f.opts.Genre == action.DocMinutes || f.opts.Genre == "" || f.opts.Genre == action.DocDecision && !f.decidedByLabel) {
		f.rec = nil
		f.unreadNoted(p)
		f.add(p, action.Action{Ref: p.marker, Kind: f.decided(action.KindResolution), Action: body})
		return
	}
	if r := f.rec; r != nil && p.heading && r.Action == "" && r.Title != "" && !strings.HasSuffix(r.SourceText, ":") {
		// A recommendation's title wrapped onto a second heading line
		// ("… and with" / "Local Residents:").
		r.Title = strings.TrimRight(r.Title+" "+body, " :.-–")
		r.SourceText = joinText(r.SourceText, p.text)
		return
	}
	if actionByLabel.MatchString(f.prev.body) && p.marker == "" && !endsSentence(body) && len(strings.Fields(body)) <= 10 {
		// "Action by:" alone on its line, as a decision page sets it
		// under its numbered decisions, and the post on the next line
		// ("HEAD OF PARKS"): who acts on each of the decisions above
		// that names nobody itself. (Only a line that names someone: a
		// person or a post, "Cllr Hale", "Director of Place"; not a
		// status or a date, "Ongoing", "TBC", "31 March 2027".)
		if who := trimName(body); namesSomeone(who) && f.ownDecisions(who) {
			return
		}
	}
	tagLine := body
	if in, ok := strings.CutPrefix(strings.TrimRight(body, " ."), "("); ok && strings.HasSuffix(in, ")") && actionTag.MatchString(in) {
		// "(ACTION - Treasurer)": the tag in brackets reads as it does
		// without them.
		tagLine = strings.TrimSuffix(in, ")")
	}
	if who, ok := ownerTag(tagLine); ok {
		// The tag on a line of its own names who acts on the point before.
		n := len(f.out)
		again := n > 0 && f.tagged != "" && f.tagged == f.prev.text
		if n > 0 && f.out[n-1].Kind == action.KindResolution && len(f.out[n-1].Owner) == 0 && f.out[n-1].SourceText == f.prev.text {
			// "RESOLVED to write to all tenants." over "(ACTION - Asst
			// Clerk)": the decision the tag closes is whose to carry
			// out; its words stay as decided.
			f.out[n-1].Owner = []string{who}
			f.tagged = p.text
			return
		}
		if n > 0 && f.out[n-1].Kind == action.KindCommitment && (f.out[n-1].SourceText == f.prev.text || again) {
			a := &f.out[n-1]
			if !again {
				a.Owner = []string{who}
			} else if !slices.Contains(a.Owner, who) {
				// "(ACTION - Clerk)" under "(ACTION - Treasurer)": a
				// second owner of the same point.
				a.Owner = append(a.Owner, who)
			}
			if in := strings.TrimRight(body, " ."); strings.HasPrefix(body, "(") && !strings.HasSuffix(strings.TrimRight(a.Action, " ."), in) {
				// "(ACTION - Treasurer)" in brackets, broken onto its
				// own line: the point's closing note, kept in its text
				// as a bracket at the line's end is (bracketTag) —
				// once, where the point does not end with it already.
				a.Action += " " + body
			}
			f.ownPoint(a.Owner...)
			f.tagged = p.text
		}
		return
	}
	longHow := p.marker == "" && !endsSentence(body) && len(strings.Fields(body)) <= 20 && howLine.MatchString(body)
	if longHow {
		// "How we will deliver the outcomes for high quality and inclusive
		// education, skills and employment": a heading, however long.
		p.heading = true
	}
	if !p.heading && p.marker == "" && (prioritiesHeading.MatchString(body) || promiseHeading.MatchString(body) && !endsSentence(body)) && len(strings.Fields(body)) <= 8 {
		// "Our priorities for the future", "Summary of actions" on a line
		// of its own, not marked as a heading (a page's first line, a
		// page whose headings were not kept).
		p.heading = true
	}
	if f.opts.Genre == action.DocMinutes && (p.heading || f.blk == nil) && dashOutcome(body) {
		// "4. Approval of minutes – Approved and signed", "c. bank
		// reconciliation – approved and signed": an item's title, a
		// dash, and what the meeting did with it (short as a title, but
		// it tells what was done).
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body})
		return
	}
	if p.heading && looksLikeHeading(body) && (labelNames.MatchString(body) || isMinuteNumber(p.marker)) {
		// "SELECT COMMITTEE RECOMMENDATIONS", "Reasons for the decision",
		// "8. Next steps": the part of the paper its subheadings' points
		// belong to.
		f.recPart = recWord.MatchString(body) && !reasonsLabel.MatchString(body)
	}
	if p.heading && (looksLikeHeading(body) || longHow) {
		// (A heading under "Stage 1" names the stage: "Getting started
		// (Complete)", how its steps stand in brackets.)
		named := f.stage && stageHead.MatchString(f.prev.body)
		f.stage = f.planPage && (stageHead.MatchString(body) || named)
		if f.stage {
			f.stageStatus = ""
			if m := parenStatus.FindStringSubmatch(body); m != nil && named {
				f.stageStatus = m[1]
			}
		}
		f.endBlocks()
		f.aheadLead = false
		if howHeading.MatchString(body) {
			// "1. Workforce development – Everyone who works with …"
			// over "How we will do it": the priority the points serve is
			// the one the paragraph above names before its dash; "How
			// we will do it" names only a part of each priority.
			if m := runInHead.FindStringSubmatch(f.prev.body); m != nil && f.prev.marker != "" && len(strings.Fields(m[1])) <= 8 && !finiteVerb.MatchString(m[1]) && !modalVerb.MatchString(m[1]) {
				f.theme = strings.TrimSpace(m[1])
			}
		} else if !partLabel.MatchString(body) && !doneHeading.MatchString(body) {
			f.theme = strings.TrimRight(body, " .:")
		} else if styleLostHeading(f.prev) {
			// "Retail Development" over "THE ISSUES": the part's own
			// heading, its style lost, names the priority.
			f.theme = strings.TrimRight(f.prev.body, " :")
		}
		how := f.aheadHow
		f.aheadHow = false
		// A later heading ends the doer a heading or lead-in named ("What
		// the Clerk will do" over its points, then "2. The Drainage
		// Board" over others): only a heading that names one itself
		// gives its points one (below).
		f.aheadOwner = ""
		switch {
		case howHeading.MatchString(body) || longHow:
			// "How we will do it", "Areas for action": its points in the
			// imperative are the actions; what else it holds says why.
			f.ahead, f.aheadVerbs, f.aheadHow, f.aheadOwner = true, true, true, ""
		case f.ahead && how && len(strings.Fields(body)) <= 10:
			// "How we will deliver the outcomes" over "High quality
			// education provision" over its points: an outcome's heading
			// under the section, whose points go on being planned.
			f.aheadHow = true
		case aheadHeading.MatchString(body) || periodAims(body):
			f.ahead, f.aheadVerbs, f.aheadOwner = true, false, headingDoer(body)
		case prioritiesHeading.MatchString(body):
			// "Our priorities for the future": its points in the
			// imperative ("Improve …", "Tackle …") are what the paper's
			// authors mean to do; its other points are aims.
			f.ahead, f.aheadVerbs, f.aheadOwner = true, true, ""
		case f.ahead && (p.marker != "" || p.subhead):
			// "1. Active, fulfilled lives": a numbered priority under the
			// section, whose points go on being planned.
		case !strings.HasSuffix(body, ":"):
			f.ahead = false
		}
		return
	}
	if f.planPage && p.marker == "" && !p.heading && stageHead.MatchString(body) {
		f.stage, f.stageStatus, f.theme = true, "", body
		return
	}
	if f.stage && p.marker == "" && !p.heading {
		// Under "Stage 1" on a plan's page, each short line is a step,
		// whatever its grammar ("Designation of the neighbourhood area.",
		// "Parish council establishes a steering group"). A plain line
		// over bullets names the stage ("Getting started (Complete)").
		step := strings.TrimSpace(strings.TrimLeft(dropBullet(body), ">"))
		if n := len(strings.Fields(step)); n >= 2 && n <= 20 && !strings.Contains(strings.TrimRight(step, "."), ". ") && !strings.HasSuffix(step, ":") {
			if n <= 4 && strings.HasSuffix(strings.ToLower(firstWord(step)), "ed") || thingNamed(step) && !modalWord.MatchString(step) {
				return // "Commenced July 2016", "The parish newsletter": no step
			}
			if !bulletPat.MatchString(p.text) && bulletPat.MatchString(f.nextText) {
				f.theme = step
				if m := parenStatus.FindStringSubmatch(step); m != nil {
					f.stageStatus = m[1]
				}
				return
			}
			a := planned(step, f.opts.Date)
			if a.StatusRaw == "" && f.stageStatus != "" {
				a.StatusRaw, a.Status = f.stageStatus, action.NormalizeStatus(f.stageStatus)
			}
			f.add(p, a)
			f.planRow = len(f.out) - 1
			return
		}
		f.stage = false // prose after the steps
	}
	if p.marker == "" && !bulletPat.MatchString(p.text) && (strings.HasSuffix(body, ":") && (plansLead.MatchString(body) || periodAims(body) || pledgeLead.MatchString(body)) || promisesFollowing(body) || aimsFollowing(body)) && !businessLead.MatchString(body) {
		// "Here's a brief summary of what we plan to do over the next five
		// years:": the points under it, under headings of their own, are
		// what the authors mean to do.
		f.endBlocks()
		f.ahead, f.aheadVerbs = true, !proposeLead.MatchString(body) && !promisesFollowing(body) && !pledgeLead.MatchString(body)
		f.aheadOwner = followingOwner(body)
		f.aheadLead = true
		f.planOwner = ""
		return
	}
	if f.ahead && strings.HasSuffix(body, ":") && othersAsked.MatchString(body) {
		// "In return, we ask you to:": what others are to do ends the
		// authors' promises.
		f.ahead = false
		f.planOwner = ""
		return
	}
	if p.marker != "" || p.heading || bulletPat.MatchString(p.text) {
		f.planRow = -1
	} else if f.planRow >= 0 {
		if f.rowCell(body) {
			return
		}
		f.planRow = -1 // a row's cells follow it straight away; prose ends them
	}
	if f.ahead {
		// Under "Looking to 2025" or "Next steps", each point is what the
		// paper's authors mean to do; a line ending in a colon heads the
		// points after it, and so does a short line that ends no sentence
		// ("To make the best use of our existing homes").
		if partLabel.MatchString(body) {
			// "Aim" then the aim, "Actions" then the actions: the part's
			// name, no theme; an aim is what the actions serve, no action.
			f.ahead = strings.HasPrefix(strings.ToLower(body), "action")
			return
		}
		if strings.HasSuffix(body, ":") && !bulletPat.MatchString(p.text) && reportedLead.MatchString(body) {
			// "Attributes of a perfect corporate parent were listed as:",
			// "Young people told us:": what others said, not what the
			// authors will do, until a lead-in of promises again.
			f.ahead = false
			f.planOwner = ""
			return
		}
		if p.marker == "" && !bulletPat.MatchString(p.text) && len(strings.Fields(body)) <= 14 && measuresHead.MatchString(body) {
			// "How will we measure progress? (Key indicators)": the
			// points under it are measures of the promises, not more of
			// them.
			f.ahead = false
			return
		}
		if p.marker == "" && pastPeriod.MatchString(body) && aimsAny.MatchString(body) && !endsSentence(body) {
			// "Last year's objectives were met as follows:": what was aimed
			// at before, not what is to be done.
			f.ahead = false
			return
		}
		if strings.HasSuffix(body, ":") && !bulletPat.MatchString(p.text) ||
			p.marker == "" && !bulletPat.MatchString(p.text) && !endsSentence(body) && len(strings.Fields(body)) <= 12 && !(f.aheadVerbs && f.aheadLead && imperativeWord(firstWord(body))) {
			// ("1. Improving transport by:" heads its points too.)
			if strings.HasSuffix(body, ":") {
				// "Working with the wardens:" after "What the Clerk
				// will do" and its points: a lead-in of its own, the
				// heading's doer not its points'.
				f.aheadOwner = ""
			}
			if !toldLead.MatchString(body) || f.theme == f.opts.Title {
				f.theme = strings.TrimRight(body, " :")
			}
			// (A lead-in that tells, with its subject and verb, what the
			// points are — "Since 2019 the council has worked towards
			// three themes:" — heads nothing: they stay under the
			// heading above it. With none read above it, it is the best
			// name the points have.)
			return
		}
		if p.marker == "" && !bulletPat.MatchString(p.text) && f.prev.heading && f.prev.marker != "" && meansPhrase.MatchString(body) {
			// "2. Providing homes for the future" then "By working with
			// housing associations to deliver 1000 homes a year.": the
			// numbered priority goes on to say how it will be done.
			a := planned(strings.TrimSpace(f.prev.body)+" "+body, f.opts.Date)
			a.Ref = f.prev.marker
			f.add(p, a)
			return
		}
		sub := f.aheadSub
		f.aheadSub = false
		if n := f.aheadPoint; n >= 0 && n == len(f.out)-1 && hollowUnder(f.prev.text, p.text, sub) {
			// "* Manage the verges by:" then "o leaving the grass long",
			// "o cutting it once a year": a copy prints a list's second
			// level with "o", its first with another bullet. The
			// sub-points are the words of the point above them.
			f.out[n].Action = joinText(f.out[n].Action, strings.TrimSpace(dropBullet(p.text)))
			f.out[n].SourceText = joinText(f.out[n].SourceText, p.text)
			f.aheadSub = true
			return
		}
		f.aheadPoint = -1
		// (One word is no action: "4 views" under a plan is the page's counter.)
		if text, ok := point(p); ok && strings.Contains(text, " ") && (!f.aheadVerbs || imperativeWord(firstWord(text)) || adverbImperative(text) || toVerbPoint(text) || continuesWill(text)) && !valueWord(text) && !measureNamed(text) {
			a := planned(text, f.opts.Date)
			a.Ref = p.marker // "A1.", "3." number the point; a bullet does not
			if len(a.Owner) == 0 && f.aheadOwner != "" {
				a.Owner = []string{f.aheadOwner}
			}
			f.add(p, a)
			if bulletPat.MatchString(p.text) {
				f.aheadPoint = len(f.out) - 1
			}
			return
		}
		if p.marker == "" && !bulletPat.MatchString(p.text) && (imperativeParagraph(body) ||
			f.aheadLead && f.aheadVerbs && imperativeWord(firstWord(body)) && len(strings.Fields(body)) >= 3 && !endsSentence(body)) {
			// "Build on the work with the local community …" as a
			// paragraph of its own under "What we plan to do"; "Implement
			// a volunteering strategy" on its line under "The planned
			// activities … are:", its progress told after it.
			f.add(p, planned(body, f.opts.Date))
			f.planRow = len(f.out) - 1
			return
		}
	}
	if f.rec != nil && (blockOpener.MatchString(body) || isMinuteNumber(p.marker)) {
		f.endBlocks()
	}
	if r := f.rec; r != nil && r.Action != "" && p.marker == "" && !bulletPat.MatchString(p.text) && !strings.Contains(body, ":") &&
		len(strings.Fields(body)) <= 5 && !endsSentence(body) && looksLikeHeading(body) {
		// "Recommendation 3: The Council should publish the fees." then
		// "Background" over the report's next part: a heading of its
		// own, which the recommendation's words do not go on over.
		f.rec = nil
	}
	if f.rec != nil {
		grow(f.rec, p.text, p)
		return
	}
	if recommendationIs.MatchString(body) {
		// "The recommendation is to implement option 2. The council will
		// also …": the recommendation is its own sentence.
		sents := sentences(body)
		f.rec = nil
		f.endBlocks()
		f.add(p, action.Action{Kind: action.KindRecommendation, Action: sents[0]})
		for _, c := range commitments(strings.Join(sents[1:], " "), f.opts.Date, f.opts.Genre) {
			f.add(p, c)
		}
		return
	}
	if m := recommended.FindStringSubmatch(body); m != nil {
		f.rec = nil
		if (strings.Contains(body, "declare") || strings.Contains(body, "interest") || strings.Contains(body, "apologies") || strings.Contains(body, "motion")) && procedural.MatchString(body) {
			// "Members are invited to declare any interests …", "Council
			// is asked to consider the following motions:": the
			// meeting's own business.
			return
		}
		if readerAsked.MatchString(body) {
			return // "You are invited to attend", "All persons attending … are requested to": a notice to readers
		}
		if (f.opts.Genre == action.DocMinutes || f.labelled) && invitedLead.MatchString(body) {
			// "The Panel is invited to hear a presentation …" in minutes,
			// or on a meeting's page whose items carry "Decision:": the
			// item's agenda text, what the meeting was to do, whatever
			// the verb; what it did is recorded apart.
			return
		}
		rest := strings.TrimSpace(m[len(m)-1])
		lead := ""
		if !strings.HasPrefix(strings.ToLower(body), "it is recommended") {
			// "The Board is asked to (a) …; (b) …": each point carries who
			// is asked; "It is recommended that" names nobody.
			lead = carried(strings.TrimSpace(strings.TrimSuffix(body, rest)))
		}
		f.recommends(p, lead, rest)
		return
	}
	if f.opts.Genre != action.DocMinutes && f.opts.Genre != action.DocDecision && strings.Contains(body, "recommended that") && carriedRec.MatchString(body) {
		// An agenda's item: "The Policy Board on 14 October recommended
		// that the Cabinet approve the Guide" is what this meeting is
		// asked to decide. (Minutes retelling it are not.)
		f.rec = nil
		f.endBlocks()
		f.add(p, action.Action{Kind: action.KindRecommendation, Action: body})
		if a := &f.out[len(f.out)-1]; a.DueRaw != "" && strings.Contains(carriedRec.FindString(body), a.DueRaw) {
			a.Due, a.DueRaw = "", "" // the date the other body met
		}
		return
	}
	if m := recRunIn.FindStringSubmatch(body); m != nil {
		// A cover sheet's row with its label run into its text:
		// "Recommendations That Members note the update".
		f.rec = nil
		f.endBlocks()
		f.recommends(p, "", m[1])
		return
	}
	minutes := f.opts.Genre == action.DocMinutes || f.opts.Genre == "" || f.minuted
	unlabelled := f.opts.Genre == action.DocDecision && !f.decidedByLabel
	if minutes && mayTellVote(body) && strings.Contains(body, ". ") {
		// "Agreed by all that …. DD proposed accepting the quote, DB
		// seconded the proposal, agreed by all.": the vote's sentence is
		// read first, the rest as any paragraph.
		if body = f.seconded(p, body); body == "" {
			return
		}
	}
	if minutes && agreedDecision.MatchString(body) {
		// "It was agreed that the minutes … be approved as a correct
		// record": the meeting decided, it did not undertake.
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body})
		return
	}
	if (f.opts.Genre == action.DocMinutes || f.opts.Genre == action.DocDecision) && f.prev.marker != "" && (f.prev.heading || len(sentences(f.prev.body)) == 1 && len(strings.Fields(f.prev.body)) <= 25) && p.marker == "" && itemRecord(body) {
		// "5. Decisions taken under delegated powers" then "The report was
		// noted, as recommended.": an item's record told in one sentence
		// straight under its numbered title is what the meeting did.
		f.add(p, action.Action{Ref: f.prev.marker, Kind: action.KindResolution, Action: body})
		return
	}
	if f.opts.Genre == action.DocMinutes && f.blk == nil && minuteLike(p.marker) && !p.heading && itemRecord(body) {
		// "14.520 The Minutes of the Finance Committee held on 13 April
		// were noted.": a minute whose whole record is that sentence,
		// without a title run in before it ("3. MINUTES OF THE LAST
		// MEETING The minutes … were agreed").
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: withoutTitle(body)})
		return
	}
	if minutes && p.marker == "" && !p.heading {
		if bare := dropBullet(body); bare != body && decidedBody(bare) && !othersDecision(bare, f.ownBody) {
			// "• The minutes … were approved and will be signed …": a
			// bulleted record decides as it would with no bullet before it.
			// (Not "• The County Council agreed to …": a report's bullet
			// tells another body's decision; nothing shows it is this
			// meeting's.)
			body = bare
		}
	}
	if (minutes || unlabelled) && (capsDecided(body) || decidedBody(body) || minutes && passiveByBodyDecided(body) || minutes && laterSentenceDecided(body) || minutes && appointedHere(body) || unlabelled && officerHasDecided.MatchString(body) || withoutTitle(body) != body || laterDecided(body)) && !(strings.Contains(body, "as follows") && listRunIn.MatchString(body)) {
		// "Having considered the evidence, the Committee AGREED to refer
		// …", "Cabinet approved the recommendations set out in the
		// report", "The minutes were agreed as a correct record": a
		// decision recorded in a sentence, as many minutes do. The
		// sentences around it are the meeting's narrative.
		var decided, before, after []string
		tagged := map[int]string{} // a decision's place in decided → who its tag names
		prevSent := ""
		sents := sentences(body)
		for k, sent := range sents {
			sent = withoutTitle(sent)
			if m := bracketTag.FindStringSubmatchIndex(sent); m != nil && m[0] == 0 && len(decided) > 0 && prevSent == decided[len(decided)-1] {
				// "Members agreed that the owner be told. (Action:
				// Clerk).": the tag in brackets after a decision names
				// who carries it out, as one after an undertaking does.
				tagged[len(decided)-1] = sent[m[2]:m[3]]
				continue
			}
			if minutes && k > 0 && assentsTo(sents[k-1], sent) != "" {
				// "… requested that infographics be provided. The
				// Commissioner agreed, …": an undertaking, not a decision.
				before = append(before, sent)
				prevSent = sent
				continue
			}
			if len(decided) == 0 && prevSent != "" && k == len(sents)-1 && allAgreed.MatchString(sent) && !voteWords.MatchString(prevSent) {
				// "Councillors recommended that permission be granted. All
				// present agreed.": the sentence before, then the vote that
				// ends the record. (Not the seconder's name before it.)
				decided = append(decided, prevSent, sent)
				if n := len(before); n > 0 && before[n-1] == prevSent {
					before = before[:n-1]
				}
				prevSent = sent
				continue
			}
			if len(decided) == 0 && prevSent != "" && pronounDecided.MatchString(sent) {
				// "The Chairman introduced the revised Risk Assessment.
				// This was accepted.": what "this" is, then its decision.
				decided = append(decided, prevSent)
				if n := len(before); n > 0 && before[n-1] == prevSent {
					before = before[:n-1]
				}
			}
			prevSent = sent
			// On a decision page that opens with its decision the whole
			// paragraph is the decision.
			// "The Director of Public Health has approved the scheme": an
			// officer's decision on its own decision page.
			if minutes && (agreedSomeoneWould.MatchString(sent) || doerAssents.MatchString(sent)) {
				// "It was AGREED that the clerk would order a notice
				// board": what was agreed is someone's undertaking, read
				// as a commitment below.
				if len(decided) > 0 {
					after = append(after, sent)
				} else {
					before = append(before, sent)
				}
			} else if unlabelled && (decidedBody(body) || officerHasDecided.MatchString(sent)) || capsDecided(sent) || decidedBody(sent) || minutes && (appointedHere(sent) || passiveByBodyDecided(sent)) {
				decided = append(decided, sent)
			} else if len(decided) > 0 {
				after = append(after, sent)
			} else {
				before = append(before, sent)
			}
		}
		// "Council agreed that written responses be provided. These would
		// be circulated by e-mail to all Members.": the undertaking the
		// decision brings, told after it, is a commitment of its own. "The
		// Clerk will contact the ambulance service. … It was agreed to
		// include it on the next agenda.": one told before it is too, but
		// not what the discussion before it reported, an aside or a
		// standing rule.
		undertaken := func(sents []string) {
			if !minutes || len(sents) == 0 {
				return
			}
			for _, c := range commitments(strings.Join(sents, " "), f.opts.Date, f.opts.Genre) {
				c.Ref = p.marker
				f.add(p, c)
			}
		}
		if len(decided) > 0 {
			undertaken(slices.DeleteFunc(before, reportedBefore.MatchString))
		}
		if len(decided) > 1 && !unlabelled && allDecidedBody(decided) {
			// "The Board agreed to keep … The Board also agreed with …":
			// each sentence its body's decision of its own.
			for k, d := range decided {
				a := action.Action{Ref: p.marker, Kind: action.KindResolution, Action: d}
				if who := tagged[k]; who != "" && len(delegatedOwners(d)) == 0 {
					a.Owner = []string{who}
				}
				f.add(p, a)
			}
			undertaken(after)
			return
		}
		if len(decided) > 0 {
			a := action.Action{Ref: p.marker, Kind: action.KindResolution, Action: strings.Join(decided, " ")}
			if who := tagged[len(decided)-1]; who != "" && len(delegatedOwners(a.Action)) == 0 {
				a.Owner = []string{who}
			}
			f.add(p, a)
			undertaken(after)
			return
		}
	}
	if f.subjunctives[f.at] && f.blk == nil {
		// "• The trial be approved for five locations;", "• Caddies be
		// provided at a cost of £30k": a list of what was decided, each
		// point a decision's clause with its "That" left off.
		f.add(p, action.Action{Ref: p.marker, Kind: f.decided(action.KindResolution), Action: body})
		return
	}
	if f.infinitives[f.at] && f.blk == nil {
		// Under an item's heading, its decisions numbered and each in the
		// infinitive, no label over them.
		f.add(p, action.Action{Ref: p.marker, Kind: f.decided(action.KindResolution), Action: body})
		return
	}
	if f.imperatives[f.at] && f.blk == nil {
		// "3.1.1 - Prepare a five year plan …", "3.1.2 - Develop …":
		// points numbered in a run, each opening with its verb, are a
		// plan's actions whatever heads them, and
		// though one opens with a verb a decision might ("4. Support …").
		a := planned(dropBullet(body), f.opts.Date)
		a.Ref = p.marker
		if h, ok := f.headed[f.at]; ok {
			a.Ref, a.Title = partName(h.heading)
			if h.group != "" {
				a.Theme = h.group
			}
		}
		f.add(p, a)
		return
	}
	listed := p.marker != "" && !isSectionNumber(p.marker)
	if listed && decisionVerb.MatchString(firstWord(body)) && f.prevItem >= 0 && f.prevItem == len(f.out)-1 &&
		decidingLead.MatchString(f.out[f.prevItem].Action) && !endsSentence(f.out[f.prevItem].Action) {
		// "… the Chief Executive agreed to use her urgency powers" (its
		// colon lost, read as an undertaking), then "i. Approve …": the
		// sentence was the lead-in of a list of decisions.
		lead := f.out[f.prevItem]
		f.out, f.blockOf = f.out[:f.prevItem], f.blockOf[:f.prevItem]
		f.open(opener{kind: action.KindResolution, lead: carried(lead.Action + ":")}, p)
		f.clause(p)
		return
	}
	decisionPage := minutes || unlabelled
	if f.opts.Genre == action.DocMinutes && !f.labelled && p.marker == "" && f.prev.marker != "" && purposeDone(f.prev.body, body) {
		// "4. To renew the grounds contract" over "The contract was
		// renewed for three years.": straight under its own "To …" item
		// line, a record in the past passive whose verb is the one the
		// item put (or its noun's) tells that it was done.
		f.add(p, action.Action{Kind: action.KindResolution, Action: body})
		return
	}
	if f.opts.Genre == action.DocMinutes && f.labelled && f.itemStart == -1 && p.marker == "" && infinitiveDecision(body) && endsSentence(body) && endsSentence(f.prev.body) && !f.prev.heading {
		// Under "Minutes:", after the item's narrative, "To note the
		// report.": the decision, its "RESOLVED:" lost. The agenda's own
		// "To note …" comes before the next item's label, which drops it.
		f.add(p, action.Action{Kind: action.KindResolution, Action: body})
		f.proposals = append(f.proposals, len(f.out)-1)
		return
	}
	if f.opts.Genre == action.DocMinutes && p.marker == "" && itemMinutes.MatchString(f.prev.body) && bodyNoted.MatchString(body) && len(sentences(body)) == 1 {
		// "Minutes:" then "Cabinet noted the appointments.": what the
		// meeting did with the item, said first and alone.
		f.add(p, action.Action{Kind: action.KindResolution, Action: body})
		return
	}
	if f.opts.Genre == action.DocMinutes && !f.labelled && p.marker == "" && !f.prev.heading && endsSentence(body) &&
		(infinitiveDecision(body) && toldInPast.MatchString(f.prev.body) && (!f.recordBelow() || !readsDecided(f.prev.body) && refersBack(body, f.prev.body, f.next)) || strings.HasPrefix(body, "that ") && thatDecides("T"+body[1:])) {
		// A meeting page whose labels the rendering lost: after an item's
		// narrative, told in the past ("A report … was considered"), "To
		// note the report." or "that the minutes … be signed" on its own
		// is what was resolved. Where a record of its own follows, the
		// line closes the item above only when it points back at it ("To
		// note the report.") and that item's decision is still untold;
		// otherwise it is the next item's title ("To consider the
		// allotment rents …" over what was said of them).
		f.add(p, action.Action{Kind: action.KindResolution, Action: body})
		return
	}
	// "4/17 To approve the minutes of the last meeting." over "Cllr Shearer
	// proposed …. It was resolved unanimously to approve the minutes.": a
	// numbered line whose record, unnumbered under it, tells a decision is
	// the item's title, worded as the agenda put it. (In minutes the
	// decision may come after the record's narrative.)
	titleOverRecord := listed && (f.nextBare && readsDecided(f.next) || f.opts.Genre == action.DocMinutes && (f.recordDecides || f.listOverRecord))
	if (f.opts.Genre == action.DocMinutes || f.opts.Genre == "") && !f.labelled && listed && !titleOverRecord && f.blk == nil && infinitiveDecision(body) && !agendaDash.MatchString(body) && !memberTold.MatchString(body) && !f.recordBelow() &&
		(toldInPast.MatchString(f.prev.body) && !f.prev.heading && f.prev.marker == "" && !f.took(f.prev) || f.listed != "" && f.listedAt == len(f.out) && markerFollows(f.listed, p.marker)) {
		// "… questions and officer responses were noted." then "1. To
		// note the programme …", "2. To note the model …": the decisions,
		// numbered, their label lost as the lone "To note …" above. (A
		// record that told its own decision, "It was resolved to …", has
		// its label: the numbered line after it is the next item's title.)
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body})
		f.listed, f.listedAt = p.marker, len(f.out)
		return
	}
	if items := infinitiveList(body); decisionPage && p.marker == "" && items != nil {
		// "1. To note the guidance. 2. To delegate authority to …": a
		// record's numbered decisions run together on one line.
		for _, it := range items {
			f.add(p, action.Action{Ref: it.ref, Kind: action.KindResolution, Action: it.text})
		}
		return
	}
	if decisionPage && p.marker == "" && strings.Count(body, "That ")+strings.Count(body, "THAT ") >= 2 {
		// A record's table printed as running text: "Play 1. That the
		// swings be replaced … 2. That £40,000 be added …". Each numbered
		// clause that decides is a resolution; the words before the
		// first are the table's other columns.
		var found []item
		for _, it := range splitList(body, "") {
			if it.ref != "" && (thatDecides(it.text) || subjunctive(it.text)) {
				found = append(found, it)
			}
		}
		if len(found) >= 2 {
			for _, it := range found {
				f.add(p, action.Action{Ref: it.ref, Kind: action.KindResolution, Action: it.text})
			}
			return
		}
	}
	if unlabelled && p.marker == "" && decidedVerb.MatchString(firstWord(body)) && !strings.HasSuffix(body, ":") && actsOnObject(body) {
		// A decision record that lost its label: "Approved the award of
		// grants …", "Noted that the groups will sign …", a line each.
		f.add(p, action.Action{Kind: action.KindResolution, Action: body})
		return
	}
	if unlabelled && listed && (presentPassive.MatchString(body) || pastDecided.MatchString(body)) && (!modalWord.MatchString(body) || agreedThat.MatchString(body)) {
		// "(1) A bid is to be made to the Fund …", "(2) Building of the
		// route … is approved": the page's numbered decisions, told in
		// the present — or in the past: "(1) The approach … was
		// approved.", "(3) It was agreed that the Board …".
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body})
		f.listed, f.listedAt = p.marker, len(f.out)
		return
	}
	if w := firstWord(body); listed && (minutes || f.opts.Genre == action.DocDecision) && w == strings.ToUpper(w) && decidedVerb.MatchString(w) {
		// "2) CONFIRMED it remains committed to …": the decision's verb
		// in capitals opens the point.
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body})
		return
	}
	// "2.1 Cabinet approved the Masterplan" then "2.2 Cabinet noted …":
	// a decision numbered as a report's paragraph, and the paragraphs of
	// its section after it, are one list.
	sectionListed := isSectionNumber(p.marker) && len(f.out) > 0 && f.out[len(f.out)-1].Kind == action.KindResolution && sameSection(f.out[len(f.out)-1].Ref, p.marker)
	if unlabelled && isSectionNumber(p.marker) && sectionDecision(body) && !strings.HasSuffix(body, ":") && (sectionListed || strings.HasSuffix(p.marker, ".1") && !reportSection.MatchString(f.prev.body)) {
		// "2.1 to note the findings …", "2.2 to note …", "2.3 to endorse
		// …": a decision page's decisions numbered as the report's
		// paragraphs, their label lost; the section's first point starts
		// the run, and each point in the infinitive after it goes on.
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body})
		return
	}
	if listed && (f.powersTo == nil || markerStyle(p.marker) == f.powersStyle) {
		f.powersTo, f.powersStyle = nil, ""
		if decisionPage && strings.HasSuffix(body, ":") {
			// "(2) To DELEGATE authority to the Director, in
			// consultation with the Leader, to:" over "(i) agree …",
			// "(ii) approve …": each power is the Director's.
			f.powersTo, f.powersStyle = delegatedOwners(body), markerStyle(p.marker)
		}
	}
	if decisionPage && (listed || p.marker == "") && f.purposes(p, body) {
		f.whyAt[f.at] = true
		return
	}
	if decisionPage && (listed || sectionListed) && !titleOverRecord && !f.alternatives {
		// "(a) Approve the budget; (b) Note the risks", "1. Noted the
		// outturn", "1. Cabinet noted the survey", "1) that a briefing be
		// added to the programme", "c) the Board monitor delivery": a list
		// of decisions whose label the page (or its text rendering) lost.
		// A list is of one kind, so a point between two decisions, or
		// just before one, is a decision too.
		_, named := namedSubjunctive(body)
		if named || decisionVerb.MatchString(firstWord(body)) || weighedThenDecided.MatchString(body) || decidedVerb.MatchString(firstWord(body)) || unlabelled && toInfinitive.MatchString(body) && !strings.HasSuffix(body, ":") ||
			(bodyActs.MatchString(body) || namedBodyActs.MatchString(body)) && (f.opts.Genre == action.DocDecision || !narrativeVerb.MatchString(body)) ||
			strings.HasPrefix(body, "That ") && bodyActs.MatchString(body[len("That "):]) || // "(2) That Council noted that …"
			strings.HasPrefix(body, "that ") && thatDecides("T"+body[1:]) || subjunctive(body) || f.nextInList(p) ||
			f.listed != "" && f.listedAt == len(f.out) && hasPrefixFold(body, "that ") && perfectPassive.MatchString(body) {
			if u := f.unread; u.marker != "" && f.unreadAt == len(f.out) && (markerFollows(u.marker, p.marker) && siblingClause(u.body) ||
				sectionListed && sectionFollows(u.marker, p.marker) && !modalWord.MatchString(u.body) && !strings.HasSuffix(u.body, ":")) {
				// ("2.2 Cabinet noted …", "2.3 The Masterplan is used to
				// inform planning policy", "2.4 Cabinet noted …": a
				// paragraph-numbered list of decisions is one list.)
				f.add(u, action.Action{Ref: u.marker, Kind: action.KindResolution, Action: u.body})
			}
			a := action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body}
			if f.powersTo != nil && markerStyle(p.marker) != f.powersStyle && f.prev.marker != "" && delegate(body) == "" {
				a.Owner = f.powersTo
			}
			f.add(p, a)
			f.listed, f.listedAt = p.marker, len(f.out)
			return
		}
	}
	if decisionPage && bareSubjunctive.MatchString(body) && !modalBefore(body) && !strings.Contains(strings.ToLower(body[:strings.Index(body, " be ")+1]), " that ") &&
		!pastInSubject.MatchString(body[:strings.Index(body, " be ")+1]) {
		// "The parks plan be adopted." after its mover and seconder: the
		// subjunctive decides even with its "That" lost.
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body})
		return
	}
	if f.opts.Genre != action.DocMinutes && f.opts.Genre != action.DocDecision && meansDoing.MatchString(body) {
		// A priority spelt out, the whole paragraph: "This means working
		// with the park friends groups …. It also means …".
		f.add(p, action.Action{Kind: action.KindCommitment, Action: body})
		return
	}
	if group, ok := f.parts[f.at]; ok {
		// "Objective 7: Improve the way we buy services" in a run of
		// such lines with nothing under them: a point of the plan, its
		// number the part's; the short heading over its group is its
		// theme.
		ref, name := partName(body)
		a := planned(name, f.opts.Date)
		a.Ref, a.Theme = ref, group
		f.add(p, a)
		return
	}
	if _, ok := f.headed[f.at+1]; ok && numberedPart(p) {
		// "Objective 4: Customer satisfaction" over its one statement:
		// the statement's number and title, not a part of the plan.
		return
	}
	if (f.planPage && styleLostHeading(p) || numberedPart(p) || f.series[f.at]) && !strings.HasSuffix(body, ":") {
		// "Physical Activity" over a plan's paragraphs: the part of the
		// plan they belong to, its heading's style lost. So is a part
		// named with its number, "Objective 1: Prevent hate crime and
		// increase community cohesion", however long.
		f.theme = strings.TrimSuffix(body, ".")
		return
	}
	if m := flatRow.FindStringSubmatch(body); m != nil && f.planPage && p.marker == "" && !p.heading {
		// "Business As Usual 1.1 Maintain the dashboard …. Consider …
		// Public Health Knowledge and Intelligence Ongoing": a plan's
		// table row flattened to one line — its type, its number, the
		// action up to its last full stop, then the cells after it.
		a := planned(m[2], f.opts.Date)
		a.Kind, a.Ref = action.KindAction, m[1]
		if o := f.flatOwners[f.at]; o != "" && len(a.Owner) == 0 {
			a.Owner = action.SplitOwners(o)
		}
		if ws := strings.Fields(m[3]); a.DueRaw == "" && len(ws) >= 2 {
			// The last cell is when: "… December 2023", "… Ongoing".
			if last := strings.Join(ws[len(ws)-2:], " "); action.NormalizeDue(last) != "" {
				a.DueRaw, a.Due = last, resolveDue(last, f.opts.Date)
			}
		}
		if f.sectionHead != "" {
			a.Theme = f.sectionHead
		}
		f.add(p, a)
		return
	}
	if !bulletPat.MatchString(p.text) {
		// "The aims of the review were to:", "Adopted in 2013, it named
		// five aims:": the bullets under it are what was aimed at
		// before, no plan's actions.
		f.pastLead = pastPurpose.MatchString(body) || strings.HasSuffix(body, ":") && datedDecision(body)
	}
	if f.planPage && f.blk == nil && p.marker == "" && !p.heading && bulletPat.MatchString(p.text) && !f.pastLead && planBullet(dropBullet(body)) {
		// "• reinforce resilience of ICT infrastructure", "• procedures
		// should be made more robust" under an area's heading: on a page
		// titled as a plan, a bullet that says what is to be done is
		// one of its actions.
		f.add(p, planned(dropBullet(body), f.opts.Date))
		f.planRow = len(f.out) - 1
		return
	}
	if f.planPage && p.marker == "" && !p.heading && !bulletPat.MatchString(p.text) && imperativeParagraph(body) {
		// "Support and promote the Fitter Futures services …": a plan's
		// action set as a paragraph of its own.
		f.add(p, planned(body, f.opts.Date))
		f.planRow = len(f.out) - 1
		return
	}
	n := len(f.out)
	if (f.opts.Genre == action.DocMinutes || f.opts.Genre == "") && mayTellVote(body) {
		body = f.seconded(p, body)
	}
	doneRaw := ""
	if m := trailingStatus.FindStringSubmatchIndex(body); m != nil && m[0] > 0 {
		// "3. Distribute copies of the statement. Action – The Clerk
		// Action complete.": the tag, then how the action stands.
		doneRaw, body = body[m[2]:m[3]], strings.TrimSpace(body[:m[0]])
	}
	noteTitle, titled := "", ""
	if bulleted := bulletPat.FindString(body); (p.marker != "" || bulleted != "") && titledNote(body[len(bulleted):]) && !dashedSubject.MatchString(body[len(bulleted):]) {
		// "12. Park inspection- clerk to get quotes …", "• Phone box –
		// Cllr Jones to find a restorer": the note after the item's
		// title is what is read; the title names it, and stays before
		// the words of the item its note opens.
		body = body[len(bulleted):]
		m := titleDash.FindStringSubmatchIndex(body)
		noteTitle, titled, body = body[m[2]:m[3]], body[m[2]:], body[m[4]:]
	}
	// A bullet is the point's marker, not its words.
	cs := commitments(dropBullet(body), f.opts.Date, f.opts.Genre)
	if f.opts.Genre == action.DocReport && backgroundHead.MatchString(f.theme) {
		// Under a report's "Introduction" or "Background", what was
		// agreed or noted before and told in the past ("the Committee
		// agreed to monitor …", "it was noted that … would be
		// considered") is the paper's history; a promise in the future
		// tense ("We will …") stays, and so does one told in the present
		// ("The Council is committed to reviewing …").
		cs = slices.DeleteFunc(cs, func(c action.Action) bool {
			return !futureTense.MatchString(c.Action) && toldPast.MatchString(mainVerb(c.Action))
		})
	}
	if len(cs) == 1 && p.marker != "" && !isSectionNumber(p.marker) && f.opts.Genre != action.DocMinutes && f.opts.Genre != action.DocDecision &&
		strings.HasPrefix(body, cs[0].Action) && weSpeak.MatchString(body) {
		// "6. We'll do our utmost to support you …. This includes
		// support with housing.": the authors' numbered promise is the
		// whole point, what follows its first sentence saying more of it.
		cs[0].Action = body
	}
	if len(cs) > 0 && bulletPat.MatchString(p.text) && f.opts.Genre != action.DocMinutes && f.opts.Genre != action.DocDecision && len(sentences(body)) > 1 {
		// "- The council will maintain its general reserve at 5% …. The
		// Council will aim to balance its budget …": a strategy's bullet
		// is one point, however many of its sentences promise.
		whole := cs[0]
		whole.Action = strings.TrimSpace(dropBullet(body))
		cs = []action.Action{whole}
	}
	for _, c := range cs {
		c.Ref = p.marker
		if f.recPart && p.marker != "" && c.Kind == action.KindCommitment && toDo.MatchString(c.Action) {
			// "1. Officers to continue to work with schools …" under
			// "Select Committee Recommendations": what the committee
			// recommends, not what someone undertook.
			c.Kind = action.KindRecommendation
		}
		if c.Kind == action.KindCommitment && (f.opts.Genre == action.DocMinutes || f.opts.Genre == action.DocDecision) &&
			(p.marker != "" && thatSubject(c.Action) || resolvedThat.MatchString(c.Action)) {
			// "2. That, where a group is short, the lead councillor shall
			// ask …", "Resolved: That the specification would be used …":
			// a decision in its that-clause form, whatever modal the
			// clause holds. (Not "That said, the Clerk will …", nor a
			// decision told of in passing, "Following the meeting where
			// it was resolved that …, the Clerk will …"; and only in a
			// record of decisions, where a report's "That the service
			// will need …" is its argument.)
			c.Kind = action.KindResolution
		}
		if m := runInHead.FindStringSubmatch(c.Action); m != nil && c.Title == "" && len(strings.Fields(m[1])) <= 6 && !finiteVerb.MatchString(m[1]) && !modalVerb.MatchString(m[1]) {
			// "community pride – the Council will support …": the point's
			// run-in heading names it.
			c.Title = m[1]
		}
		if c.Title == "" {
			c.Title = noteTitle
		}
		if titled != "" && strings.HasPrefix(body, c.Action) {
			c.Action = strings.TrimSpace(titled[:len(titled)-len(body)]) + " " + c.Action
		}
		if doneRaw != "" {
			c.StatusRaw, c.Status = doneRaw, action.NormalizeStatus(doneRaw)
		}
		f.add(p, c)
		f.prevItem = len(f.out) - 1
	}
	if decisionPage && (listed || sectionListed) && len(f.out) == n {
		f.unread, f.unreadAt = p, len(f.out)
	}
	if len(f.out) == n && f.opts.Genre == action.DocMinutes && !p.heading {
		text := recordAccepted(body, f.prev)
		if text == "" && noteTitle != "" && recordWord.MatchString(noteTitle) {
			// "Minutes – of the meeting of 12 March accepted as an
			// accurate record": the title is what was accepted.
			text = recordAccepted(titled, f.prev)
		}
		if text != "" {
			// "The ordinary minutes of 13 November were adopted and
			// signed.", "Minutes of the last meeting: Examined and
			// approved.", under "4. Minutes" just "Approved and signed.":
			// the meeting took the record of an earlier one as correct,
			// however it is worded.
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: text})
		}
	}
	if len(f.out) == n && (f.opts.Genre == action.DocMinutes || f.opts.Genre == "") && (p.marker != "" || bulletPat.MatchString(p.text)) && !p.heading {
		if text, who, ok := dashedWho(p.body); ok {
			// "6. Prepare the budget template – D Berry by 2nd Oct mtg.":
			// a point of an action list, what to do and then who. (The
			// point whole: what is before its dash is no title.)
			raw := dueIn(text)
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindCommitment, Action: text, Owner: who, DueRaw: raw, Due: resolveDue(raw, f.opts.Date)})
		}
	}
}

// resolvedThat is the word of deciding then its that-clause, where the
// record starts, after its item's title and a dash and the motion's
// steps if any: "Resolved: That", "RESOLVED that", "… – It was proposed,
// seconded and Agreed: That". "Agreed" and "decided" need their label's
// colon or dash ("It was agreed that the Clerk would …" is what someone
// undertook).
var resolvedThat = lazyre.New(`(?i)^(?:[^–—]{0,150}?\s[–—-]\s+)?(?:it\s+was\s+)?(?:(?:proposed|seconded|moved)(?:\s*,|\s+and)?\s+)*(?:unanimously\s+)?(?:resolved\s*[:–-]?|(?:agreed|decided)\s*[:–-])\s*that\b`)

// thatSubject: s opens with a that-clause's "That", read by the first
// word after it. An aside set off by a comma straight after "That"
// ("That, where …, the warden shall …") and a subject — a pronoun, a
// noun, a name, a determiner ("That it …", "That officers …", "That
// subject to funding the Clerk …") — open one. A word with its own comma
// ("That said, …") is an aside of the writer's, a subordinating word
// ("That when …") opens no subject, and a verb ("That is, …", "That
// would …") makes "That" the pronoun, no clause's opening.
func thatSubject(s string) bool {
	rest, ok := cutPrefixFold(s, "that")
	if !ok {
		return false
	}
	if strings.HasPrefix(strings.TrimLeft(rest, " "), ",") {
		return true
	}
	if rest == "" || rest[0] != ' ' {
		return false // "Thatcham", or nothing after
	}
	words := strings.Fields(rest)
	if len(words) == 0 || strings.HasSuffix(words[0], ",") {
		return false
	}
	first := strings.ToLower(words[0])
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsLower(r) {
		return !thatNoSubject[first] // a name, a title, "(a)"
	}
	// A lower-case word opens a subject only as a determiner or pronoun,
	// or as a noun with its verb right after it ("That volunteers will
	// …", "That planning permission be …"); any other word may be the
	// verb that makes "That" the pronoun ("That means the Clerk will …",
	// "That may change, so …").
	if thatOpener[first] || first == "subject" && len(words) > 1 && words[1] == "to" {
		return true
	}
	if thatModal[first] {
		return false
	}
	for k := 1; k < len(words) && k <= 2; k++ {
		w := strings.ToLower(words[k])
		if thatModal[w] || w == "be" {
			return k == 1 || !thatVerbsObject(first, strings.ToLower(words[1]))
		}
	}
	// An -ed adjective before a plural and its bare verb: "That revised
	// fees apply from April."
	return strings.HasSuffix(first, "ed") && bareVerbAfter("That "+strings.Join(words[1:], " "))
}

// thatVerbsObject: an -ed or -s word after "That" followed by a
// determiner or pronoun is a verb with its object ("That led the Clerk
// to …"), so "That" is the pronoun; followed by a noun it is an
// adjective or noun of the subject ("That delegated authority be …",
// "That named officers will …").
func thatVerbsObject(first, next string) bool {
	if !strings.HasSuffix(first, "ed") && !strings.HasSuffix(first, "s") {
		return false
	}
	return thatOpener[next] || objectPronoun[next]
}

// objectPronoun: pronouns that follow a verb as its object.
var objectPronoun = map[string]bool{"him": true, "them": true, "us": true, "me": true, "you": true}

// thatOpener: determiners and pronouns, which open a subject after "That".
var thatOpener = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "its": true, "their": true,
	"our": true, "his": true, "her": true, "any": true, "all": true, "each": true, "every": true, "no": true,
	"some": true, "it": true, "he": true, "she": true, "they": true, "we": true, "both": true, "further": true,
}

// thatModal: the verbs that make "That" the pronoun when right after it
// and, right after a noun, are that noun's verb.
var thatModal = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "may": true, "might": true, "must": true,
	"can": true, "could": true, "is": true, "are": true, "was": true, "were": true, "does": true, "did": true,
}

// thatNoSubject are words after "That" that begin no subject: a
// subordinating word, or a verb that makes "That" the pronoun.
var thatNoSubject = map[string]bool{
	"if": true, "when": true, "where": true, "while": true, "whilst": true, "although": true, "though": true,
	"because": true, "unless": true, "once": true, "since": true, "until": true, "as": true, "whether": true,
	"is": true, "was": true, "were": true, "are": true, "would": true, "will": true, "could": true,
	"should": true, "has": true, "had": true, "being": true, "said": true,
}

// dashedWho reads a point that opens with what to do, in the imperative,
// and ends with who is to do it after a dash, perhaps with when: "Prepare
// the budget template – D Berry by 2nd Oct", "Circulate the survey – B
// Puzey, C Barron.", "… usage. – All by the next meeting". It gives the
// point's text without its bullet, and who.
func dashedWho(body string) (string, []string, bool) {
	text := strings.TrimSpace(dropBullet(body))
	ws := strings.Fields(text)
	if len(ws) < 4 || !knownVerb(ws[0]) || !startsUpper(ws[0]) || ws[1] == strings.ToUpper(ws[1]) && len(ws[1]) > 3 {
		return "", nil, false // (a title in capitals after its verb is no point: "Review OF THE …")
	}
	m := dashedWhoTail.FindStringSubmatch(text)
	if m == nil {
		return "", nil, false
	}
	var who []string
	for _, w := range whoSplit.Split(m[1], -1) {
		if w = strings.TrimSpace(w); w != "" {
			who = append(who, w)
		}
	}
	return text, who, len(who) > 0
}

// dashedWhoTail is who is to act, after a dash at a point's end: people
// by initial and surname or initials alone, a post, or "All"; then perhaps
// by when.
var dashedWhoTail = lazyre.New(`\s[–—-]\s+((?:` + dashedPerson + `)(?:\s*(?:,|/|&|\band\b)\s*(?:` + dashedPerson + `))*)(?:\s+(?:by|before)\s+[^.;:]{2,40}?)?\.?$`)

const dashedPerson = `[A-Z]\.?\s?[A-Z][a-z'’-]+|[A-Z]{2,3}|(?:[Tt]he\s+)?` + onePost + `|All`

// whoSplit parts the people a tail names.
var whoSplit = lazyre.New(`\s*(?:,|/|&|\band\b)\s*`)

// reportedBefore is a sentence of the discussion that came before a
// decision telling what someone said or had done, an aside in brackets, or
// a standing rule: "Hertfordshire Homes have confirmed that they would …",
// "(The Clerk reported that …)", "the Surgery had agreed to …", "Where
// documents require signature the Clerk will …".
var reportedBefore = lazyre.New(`^\(|^(?:Where|If|When|Whenever|Should)\s|\b(?:reported|confirmed|advised|informed|explained|stated|said|indicated|noted)\b(?:\s+[\w'’]+){0,3}?\s+that\b|\bhad\s+(?:\w+ly\s+)?(?:agreed|offered|undertaken|promised)\b`)

// agendaDash is an agenda's item as the minutes keep it, its outcome after
// a dash: "To receive apologies for absence – Councillors A and B", "To
// receive declarations of interest – None". What follows the dash tells
// what the meeting did; the infinitive is the agenda's, not a decision.
var agendaDash = lazyre.New(`^To\s+[a-z]+\b[^–—]{2,150}?\s[–—-]\s+\S`)

// dashOutcome is an item told as its title, a dash and its outcome, the
// outcome's verb last: "Approval of minutes – Approved and signed",
// "renewal of membership – the benefits were noted and a payment of £134
// agreed." Not an outcome still to come ("– to be agreed") or told of the
// past ("– had been approved").
func dashOutcome(body string) bool {
	m := titleDashOutcome.FindStringSubmatchIndex(body)
	if m == nil {
		// "9. To Approve the Governance Statement Approved.": the dash
		// lost when the page was copied, the outcome a capitalised word
		// of its own after the title.
		if m = titleCapOutcome.FindStringSubmatchIndex(body); m == nil {
			return false
		}
	}
	before := strings.Fields(strings.ToLower(body[:m[3]]))
	if n := len(before); n > 0 && notDoneYet[before[n-1]] {
		return false
	}
	return !finiteVerb.MatchString(body[:m[2]])
}

// notDoneYet are the words before an outcome's verb that leave it undone
// or done before: "to be agreed", "had been approved", "not yet agreed".
var notDoneYet = map[string]bool{"be": true, "been": true, "being": true, "not": true, "yet": true}

var titleCapOutcome = lazyre.New(`^[^–—:.;\s]+\s[^–—:.;]{1,150}?\s()(?:Approved|Agreed|Adopted|Accepted|Ratified)(?:\s+(?:and|&)\s+signed)?\s*\.?$`)

var titleDashOutcome = lazyre.New(`^[^–—:]{3,120}?\s[–—-]\s+([^–—]{0,100}?)\s*\b(?i:approved|agreed|adopted|accepted|ratified|confirmed|authori[sz]ed)(?:\s+(?:and|&)\s+signed)?(?:\s+(?:unanimously|by\s+all(?:\s+present)?))?\s*\.?$`)

// recordAccepted gives the sentences of body that tell the meeting
// accepting the minutes (or notes) of an earlier meeting, or the payments
// and accounts put to it, or "". The record is named in them or in the
// title above, and acceptance is told as done: not an adjective ("Approved
// Minutes 2021", "the approved minutes will go on the website"), a thing
// still to come, or the minutes put forward for the decision told after.
func recordAccepted(body string, prev paragraph) string {
	words := len(strings.Fields(body))
	if startsTo(body) || !endsSentence(body) && words > 12 || words > 120 {
		return ""
	}
	// (Under the minutes' title: a heading or a short numbered line, not
	// a long point that speaks of "the minutes" in passing.)
	titled := (prev.heading || prev.marker != "" && len(strings.Fields(prev.body)) <= 12) && recordWord.MatchString(prev.body)
	sents := sentences(body)
	from := -1 // the sentence that last named the record
	for i, sent := range sents {
		if m := pageLabel.FindStringSubmatch(sent); m != nil && !recordTitle.MatchString(m[1]) {
			// "Entertainment Minutes: Cllr Williams has confirmed …": a
			// meeting page's label for the item's record, not a record
			// the meeting accepted.
			sent = sent[len(m[0]):]
		}
		if recordWord.MatchString(sent) {
			from = i
		}
		named := from >= 0
		if !named && !titled || recordPending.MatchString(sent) || len(strings.Fields(sent)) > 60 {
			continue
		}
		if acceptedIn(sent) || named && asRecord.MatchString(sent) && !toAccept.MatchString(sent) || named && recordProposed.MatchString(sent) && !lostVote.MatchString(body) {
			if from < 0 {
				from = i
			}
			end := i + 1
			for end < len(sents) && voteTold.MatchString(sents[end]) {
				end++ // "Proposed by Sam Ingram and seconded by Joe Cole."
			}
			text := strings.Join(sents[from:end], " ")
			// "Minutes of the Last Meeting – These Minutes were approved":
			// the item's title before the dash is not what was done.
			if _, rest, ok := strings.Cut(text, " – "); ok && acceptedDone.MatchString(rest) && recordWord.MatchString(rest) {
				text = rest
			}
			if rest := afterMinutesTitle(text); recordWord.MatchString(rest) {
				text = rest // "Approval of the Minutes of the meeting held on 17th August 2020 3.1 The minutes … were approved"
			}
			return text
		}
	}
	// "Approved and signed.", "Resolved: Approved.", "Accepted & signed"
	// under the minutes' title.
	if titled && from < 0 && words <= 8 && !recordPending.MatchString(body) && acceptedShort.MatchString(body) {
		return body
	}
	return ""
}

// acceptedIn: s tells acceptance as done, in its own words or after the
// label it opens with ("Minutes of previous meeting: Examined and
// approved.").
func acceptedIn(s string) bool {
	if acceptedDone.MatchString(s) {
		return true
	}
	for _, sep := range []string{": ", " – ", " - "} {
		if _, rest, ok := strings.Cut(s, sep); ok && acceptedDone.MatchString(rest) {
			return true
		}
	}
	return false
}

// recordBelow: the paragraph after the one read is the record of an
// agenda item — prose of its own, unnumbered, not another "To …" line, a
// decision or a vote — so that a "To …" line just read is the item's
// title over it ("To review the risk register." over "The register is
// at appendix A …"), not the decision that closes the item before.
func (f *finder) recordBelow() bool {
	if !f.nextBare || startsTo(f.next) || len(strings.Fields(f.next)) < 6 || readsDecided(f.next) || voteTold.MatchString(f.next) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.next)
	return unicode.IsUpper(r)
}

// refersBack: a "To …" line whose object points at the item above
// rather than opening one of its own: "the above", or a word after its
// determiner (past "the contents of the") whose stem the paragraph above
// used ("To note the report." after "A report … was considered", or
// after "The Clerk reported on …"). The paragraph below may go on about
// the same thing; that does not make the line its title.
func refersBack(body, prev, _ string) bool {
	w := lowerWords(body)
	if len(w) < 4 {
		return false
	}
	switch w[2] {
	case "the", "this", "these", "its", "their":
	default:
		return false
	}
	k := 3
	// "the contents of the report": the thing is after "of".
	for k+2 < len(w) && (w[k] == "contents" || w[k] == "content" || w[k] == "details") && w[k+1] == "of" {
		k += 2
		if w[k] == "the" || w[k] == "this" || w[k] == "these" {
			k++
		}
	}
	if k >= len(w) {
		return false
	}
	return w[k] == "above" || usesWord(prev, wordStem(w[k]))
}

// usesWord: s has a word whose stem is stem ("report", "reports",
// "reported").
func usesWord(s, stem string) bool {
	for _, x := range lowerWords(s) {
		if wordStem(x) == stem {
			return true
		}
	}
	return false
}

// wordStem cuts one plural or verb ending and a final e, so a noun and
// its verb's forms meet ("report", "reported"; "issue", "issued").
func wordStem(w string) string {
	for _, suf := range []string{"ing", "ed", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	return strings.TrimSuffix(w, "e")
}

// startsTo: s opens as an agenda's item does, "To approve …".
func startsTo(s string) bool {
	return strings.HasPrefix(s, "To ") || strings.HasPrefix(s, "to ")
}

var (
	voteTold      = lazyre.New(`^\(?(?i:proposed|seconded|moved|carried|unanimous|all\s+in\s+favour|agreed\s+by\s+all|vote[sd]?\b)`)
	toAccept      = lazyre.New(`(?i)\bto\s+(?:take\s+as\s+read\s+and\s+)?(?:approve|confirm|accept|adopt|sign|agree|receive)\b`)
	recordWord    = lazyre.New(`(?i)\b(?:minutes?|notes|payments?|accounts|cheques|invoices)\b`)
	recordPending = lazyre.New(`(?i)\b(?:not|deferred|postponed|until|once|will|would|shall|to\s+be|(?:confirmed|agreed|accepted)\s+that|for\s+(?:approval|acceptance|adoption|signature))\b`)
	acceptedDone  = lazyre.New(`(?i)\b(?:was|were|been|being)\s+(?:(?:\w+ly|\w+ed|read|taken|then|as|and|&),?\s+){0,4}?(?:approved|adopted|accepted|confirmed|signed|agreed|ratified|authori[sz]ed)\b|^(?:(?:the|all)\s+)?(?:[\w-]+\s+){0,2}?(?:minutes|notes|payments|accounts|cheques|invoices)\s+(?:(?:unanimously|duly|all)\s+)?(?:approved|agreed|authori[sz]ed|accepted|signed|adopted|confirmed)\b|\b(?:resolved|agreed|voted|decided)\s+(?:unanimously\s+)?(?:to|that)\s+(?:\w+\s+){0,2}?(?:approve|adopt|accept|confirm|sign)\b|^(?:Resolved\W+|RESOLVED\W+)?(?:Examined|Read|Received|Considered)?(?:\s*(?:and|&)\s*)?(?i:approved|accepted|agreed|adopted|confirmed|signed)(?:\s*(?:[.,;:&]|$)|\s+(?:and|by|as|unanimously)\b)`)
	// recordProposed: the record's acceptance proposed and seconded, no
	// one against ("Cllr Long proposed and Cllr Brown seconded approval of
	// the minutes", "JS proposed adoption of the notes as the correct
	// minutes, seconded by LB").
	recordProposed = lazyre.New(`(?i)\b(?:proposed|moved)\b[^.;]{0,60}?\bseconded\b[^.;]{0,40}?\b(?:approval|adoption|acceptance)\s+of\b|\b(?:proposed|moved)\s+(?:the\s+)?(?:approval|adoption|acceptance)\s+of\b[^.;]{0,120}?\bseconded\b`)
	asRecord       = lazyre.New(`(?i)\b(?:as|to\s+be)\s+(?:a|an|the)?\s*(?:true|correct|accurate|fair)\s+record\b|\bsigned\s+as\s+(?:true|correct|accurate)\b`)
	acceptedShort  = lazyre.New(`^(?:(?i:resolved)\W+)?(?:(?i:examined|read|received|considered)\s*(?:,|and|&)\s*)*(?i:approved|accepted|agreed|adopted|confirmed|signed)(?:\s*(?:[.,;:&]|$)|\s+(?:and|by|as|unanimously)\b)`)
)

// notedFirst is a body's noting told in one sentence: "The Cabinet noted
// the interim report of the Task Group."
var notedFirst = lazyre.New(`^((?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+noted\s+the\s+[^.]{3,200}\.$`)

// took: an item was read from p.
func (f *finder) took(p paragraph) bool {
	for _, a := range f.out {
		if a.SourceText == p.text {
			return true
		}
	}
	return false
}

// pageLabel is a meeting page's "Minutes:" label after an item's title;
// recordTitle is a title that names a record to accept ("Minutes of the
// last meeting Minutes:", "Approval of Minutes:").
var (
	pageLabel   = lazyre.New(`^((?:\S+\s+){0,8}?)Minutes\s*:\s*`)
	recordTitle = lazyre.New(`(?i)\b(?:of|previous|last|meeting|approv\w*|confirm\w*|minutes|notes|record)\b`)
)

// proposerLead names a motion's mover and seconder on a line of their
// own, the motion below: "Cllr H Atkins proposed, Cllr Munday seconded:".
var proposerLead = lazyre.New(`(?i)^(?:(?:cllr|councillor)\.?\s+[^,:;.]{1,40}?\s+(?:proposed|moved),?\s+(?:and\s+)?(?:cllr|councillor)\.?\s+[^,:;.]{1,40}?\s+seconded|(?:proposed|moved)(?:\s+by)?\s+(?:cllr|councillor)\.?\s+[^,:;.]{1,40}?,?\s+seconded(?:\s+by)?\s+(?:cllr|councillor)\.?\s+[^,:;.]{1,40}?)\s*[:\-–]?$`)

// carriedOutcome is a motion's outcome on a line of its own: "CARRIED 7
// in favour, 1 abstention", "Agreed unanimously".
var carriedOutcome = lazyre.New(`^(?:CARRIED|Carried|AGREED|Agreed|Unanimously (?:agreed|carried|resolved))\b`)

// groundsFirst opens what a decision was taken after or subject to.
var groundsFirst = lazyre.New(`^(?:Having|Following|After|Subject to|In accordance with|In light of)\b`)

// alternativesLead offers a choice of what may be done: "the Panel must
// either:", "Members may choose one of the following options:".
var alternativesLead = lazyre.New(`(?i)\b(?:either(?:\s+to)?|one of the following(?:\s+options)?|the following options)\s*(?::-|[:\-–—])$`)

// subSection: p, numbered as a report numbers its paragraphs, is a part
// of the block's last clause — under a clause with a marker of another
// style that ends in a colon ("(1) … be approved:" over "1.1", "1.2"), or
// numbered under a paragraph-numbered clause that wants its objects ("2.3
// RECOMMEND … the adoption of:" or "2.1 Considered and Agreed;" over
// "2.3.1", "2.3.2").
func (f *finder) subSection(b *block, p paragraph) bool {
	last := f.out[b.clauses[len(b.clauses)-1]]
	if !isSectionNumber(b.firstRef) {
		return b.sub == "section" || endsInColon(last.SourceText)
	}
	if b.subSplit {
		return strings.HasPrefix(p.marker, b.subRef+".")
	}
	return strings.HasPrefix(p.marker, last.Ref+".") && (b.sub == "section" || endsInColon(last.SourceText) || wantsObject(last.SourceText))
}

// wantsObject: a clause that is only its verbs ("2.1 Considered and
// Agreed;"), whose objects the points numbered under it give.
func wantsObject(source string) bool {
	t := strings.TrimRight(strings.TrimSpace(markerPat.ReplaceAllString(strings.TrimSpace(source), "")), ";:,- ")
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !strings.EqualFold(w, "and") && !decidedVerb.MatchString(strings.ToUpper(w[:1])+strings.ToLower(w[1:])) {
			return false
		}
	}
	return true
}

// inAddition ends a clause whose list is more decisions, not its parts:
// "(b) that the recommendations be approved; and in addition:".
var inAddition = lazyre.New(`(?i)\b(?:in addition|additionally|furthermore|and further)\s*[:\-–]+$`)

// innerPoint: p goes on the last decision of an unlabelled list as a point
// of its own inner list — the letter after one the decision's words hold
// ("… to agree a. contract award" then "b. changes …"), or a point in
// another style than the list's after a decision that ends in a colon.
func (f *finder) innerPoint(p paragraph) bool {
	if len(f.out) == 0 || f.blk != nil || f.prev.text == "" {
		return false
	}
	last := f.out[len(f.out)-1]
	if last.Ref == "" || last.Kind != action.KindResolution || !strings.HasSuffix(last.SourceText, f.prev.text) {
		return false
	}
	if m := letterPoint.FindStringSubmatch(p.text); m != nil && p.marker == "" && m[1] != "a" {
		return strings.Contains(last.SourceText, " "+string(m[1][0]-1)+". ")
	}
	if p.marker == "" || markerStyle(p.marker) == markerStyle(last.Ref) {
		return false
	}
	// The inner list begins after the colon and goes on in its numbering.
	return strings.HasSuffix(strings.TrimSpace(last.SourceText), ":") || f.inner != "" && markerFollows(f.inner, p.marker)
}

// unreadNoted keeps the point just before p, left unread, when in it the
// body noted a thing: "(1) The Panel noted the figures and thanked the
// officers." then "(2) That the figures be shown by ward.": a list of
// decisions is one list, and the body's noting is its first decision,
// in minutes as elsewhere. Only the next point of the same list, itself
// a decision, makes it so: told alone in minutes' narrative the same
// words tell the discussion, and the point stays unread.
func (f *finder) unreadNoted(p paragraph) {
	if u := f.unread; p.marker != "" && u.marker != "" && f.unreadAt == len(f.out) && markerFollows(u.marker, p.marker) && bodyNoted.MatchString(u.body) {
		f.add(u, action.Action{Ref: u.marker, Kind: action.KindResolution, Action: u.body})
	}
}

// nextInList: p is the point after the last decision of an unlabelled
// list, nothing read between, and ends as a clause does.
func (f *finder) nextInList(p paragraph) bool {
	return f.listed != "" && f.listedAt == len(f.out) && markerFollows(f.listed, p.marker) && siblingClause(p.body)
}

// siblingClause: a point that may be a decision when its neighbours are —
// it ends as a clause does and tells nothing in the past or to come ("had
// been set up", "would have to"), as a point of the discussion does.
func siblingClause(s string) bool {
	if thatWordOpens.MatchString(s) && readsAsClause(s) && !discussedPast.MatchString(relativeVerb.ReplaceAllString(s, "")) {
		// "(c) that, at its next meeting, the Panel considers how the
		// costs could be cut;" after a that-clause that decides: a point
		// that opens with "that" is a clause of the list's lead, whatever
		// its modals or verbs in the present. One in the past tells the
		// discussion ("(b) that Members had asked whether …, and officers
		// said …").
		return true
	}
	// (", being the balance of …," is an aside in the participle, no
	// finite verb of the point's.)
	return readsAsClause(s) && !finiteVerb.MatchString(relativeVerb.ReplaceAllString(beingAside.ReplaceAllString(s, ","), "")) && !modalWord.MatchString(s)
}

// beingAside is a phrase set off by commas that opens with "being": ", a
// further sum, being the balance of the grant, be allocated …".
var beingAside = lazyre.New(`,\s+being\s[^,;:]{1,200},`)

// discussedPast: a verb in the past that tells what was said or done ("had",
// "were", "said", "asked"), the finite past of finiteVerb and the two
// verbs a discussion is told in.
var discussedPast = lazyre.New(`(?i)\b(?:was|were|had|did|said|asked)\b`)

// thatWordOpens: s opens with "that" and a space or a comma.
var thatWordOpens = lazyre.New(`^(?i:that)[\s,]`)

var modalWord = lazyre.New(`(?i)\b(?:will|would|should|could|might|may|must|shall|can)\b`)

// endsInColon: s ends in a colon, or in the ":-" minutes often write.
func endsInColon(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, ":-")
}

// sectionFollows: next numbers the paragraph after prev in the same
// section — 2.4 after 2.3.
func sectionFollows(prev, next string) bool {
	i, j := strings.LastIndexByte(prev, '.'), strings.LastIndexByte(next, '.')
	if i <= 0 || j <= 0 || prev[:i] != next[:j] {
		return false
	}
	x, err1 := strconv.Atoi(prev[i+1:])
	y, err2 := strconv.Atoi(next[j+1:])
	return err1 == nil && err2 == nil && y == x+1
}

// ownMarker is a clause's own marker, its ref's minute number taken off:
// "(b)" of "33(b)".
func ownMarker(ref string) string {
	if i := strings.Index(ref, "("); i > 0 && strings.Trim(ref[:i], "0123456789.") == "" {
		return ref[i:]
	}
	return ref
}

// markerFollows: next numbers the point after prev in the same style —
// 2 after 1, (b) after (a), (iii) after (ii).
func markerFollows(prev, next string) bool {
	// "5(a)" then "5(b)": points of one minute follow as their own
	// markers do.
	if m, p, ok := strings.Cut(prev, "("); ok && m != "" {
		if n, q, ok := strings.Cut(next, "("); ok && n == m {
			return markerFollows("("+p, "("+q)
		}
	}
	a, b := strings.Trim(prev, "(). "), strings.Trim(next, "(). ")
	if markerStyle(prev) != markerStyle(next) || a == "" || b == "" {
		return false
	}
	switch markerStyle(prev) {
	case "digit":
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		return err1 == nil && err2 == nil && y == x+1
	case "roman":
		return romanNext[a] == b
	case "prefixed":
		x, y := prefixedNumber.FindStringSubmatch(a), prefixedNumber.FindStringSubmatch(b)
		n, _ := strconv.Atoi(x[2])
		m, _ := strconv.Atoi(y[2])
		return x[1] == y[1] && m == n+1
	}
	return len(a) == 1 && len(b) == 1 && b[0] == a[0]+1
}

var (
	nextMeetingWords = lazyre.New(`(?i)\bnext(?:\s+(?-i:[A-Z][\w&]*)){0,3} meeting\b`)
	// nextMeetingLine gives the next meeting's date: "Date of next meeting:
	// 12 March 2025", "The next meeting will be held on Thursday 12 March".
	nextMeetingLine = lazyre.New(`(?i)\b(?:date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting(?:\s+of\s+the\s+[\w ]{2,40}?)?\s+(?:will\s+be|is|to\s+be)\s+(?:held\s+)?(?:on\s+)?)`)
	fullDatePat     = lazyre.New(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`)
)

// nextMeeting finds the date a paper gives its next meeting, or "".
func nextMeeting(ld layout.Doc) string {
	for _, l := range ld.Lines {
		if !strings.Contains(strings.ToLower(l.Text), "next meeting") {
			continue
		}
		loc := nextMeetingLine.FindStringIndex(l.Text)
		if loc == nil {
			continue
		}
		if d := fullDatePat.FindString(l.Text[loc[1]:]); d != "" {
			if due := action.NormalizeDue(d); due != "" {
				return due
			}
		}
	}
	return ""
}

// dropAgenda removes what an item's agenda text said, read since the last
// label: the proposals ("X is asked to …") and, after the item's number
// or heading, the undertakings ("X and Y will give a briefing on the
// works"). A page that goes on to record the decision or the minutes
// makes them what the meeting was asked and told, not what it did. A
// page whose kind is not yet known ("Agenda item" over a title, "The
// Panel is asked to review …", then "Minutes:") is minutes by that label;
// and before a page's first label everything read is its first item's
// agenda text, numbered or not ("Play Areas" over "The Panel will check
// the play areas at each meeting.").
func (f *finder) dropAgenda() {
	defer func() { f.proposals = nil }()
	if f.opts.Genre != action.DocMinutes && f.opts.Genre != "" {
		return
	}
	asked := map[int]bool{}
	for _, i := range f.proposals {
		asked[i] = i >= f.mark
	}
	out, blockOf := f.out[:0], f.blockOf[:0]
	for i := range f.out {
		agenda := (f.itemStart >= 0 && i >= f.itemStart || !f.labelled && i >= f.mark) && f.out[i].Kind == action.KindCommitment
		if !asked[i] && !agenda {
			out, blockOf = append(out, f.out[i]), append(blockOf, f.blockOf[i])
		}
	}
	f.out, f.blockOf = out, blockOf
}

// opens tells whether p opens a block of clauses: a label ("Decision:",
// "RESOLVED –", "Recommendations"), a "RESOLVED" or "agreed" sentence of a
// meeting, or a lead-in ending in a colon ("The Council is asked to:").
// resolvedAdverb is how a decision was taken, told between "resolved" and
// its clause: "It was resolved unanimously that …".
var resolvedAdverb = lazyre.New(`^(?i:unanimously|accordingly|therefore|formally|also|further|nem\.?\s*con\.?)\s*,?\s+`)

// motionQuoted is a sentence that quotes a motion's words after it.
var motionQuoted = lazyre.New(`(?i)\bmotion\b[^.]{0,160}\b(?:reads|states|says|as follows)\s*[:;,\-–]?$`)

// namedToAct is a decision's clause that names who is to act and the
// act, its "that … be" left out: "Cllr Ash to chair the meeting", "the
// Clerk to order the signs".
var namedToAct = lazyre.New(`^(?:(?:[Tt]he\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Clerk|Chair(?:man)?|Mayor)\.?(?:\s+[A-Z][\w'’-]*){0,3})\s+to\s+[a-z]{3,}\s+\S`)

// labelOpensSentence: the resolved word opens its sentence as a label
// ("Resolved: Cllr Ash to …", "It was resolved: …"), no subject before it.
// "The dispute has been resolved: Mr Hall to pay …" tells a thing settled,
// and "It was not resolved: …" a thing left open.
func labelOpensSentence(body, word string) bool {
	prefix := strings.TrimSpace(body[:strings.Index(body, word)])
	if i := strings.LastIndexAny(prefix, ".!?"); i >= 0 {
		prefix = strings.TrimSpace(prefix[i+1:])
	}
	// (An adverb may stand between "It was" and the word: "It was
	// therefore resolved: …".)
	return prefix == "" || itWasAdverb.MatchString(prefix)
}

var (
	// itWasAdverb is what may come before the resolved word as a label:
	// "It was", perhaps with an adverb of how or in what order.
	itWasAdverb = lazyre.New(`^(?i:it\s+was(?:\s+(?:therefore|unanimously|also|then|further|accordingly|formally))?)$`)
	// leadThenItWas is a short lead phrase before "it was": "After
	// discussion, it was resolved: …".
	leadThenItWas = lazyre.New(`^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+(it\s+was\s)`)
	// proceduralLead tells only how the meeting came to decide ("After
	// discussion", "On a vote"); any other lead ("If the grant fails",
	// "Unless the County objects") is part of what was decided.
	proceduralLead = lazyre.New(`^(?i:after|following|on|upon|having)\b`)
)

// keptLead: the lead before "it was" that the decision's text keeps, with
// its comma ("Unless the County objects, "), or "" where there is none or
// it is procedural.
func keptLead(body string) string {
	m := leadThenItWas.FindStringSubmatchIndex(body)
	if m == nil || proceduralLead.MatchString(body) {
		return ""
	}
	return body[:m[2]]
}

// leadDropped: body without a short lead phrase before "it was" where what
// follows is a label over someone named to act ("After discussion, it was
// resolved: the Clerk to …"), so that the label opens its sentence.
func leadDropped(body string) string {
	m := leadThenItWas.FindStringSubmatchIndex(body)
	if m == nil {
		return body
	}
	rest := "I" + body[m[2]+1:]
	if r := resolved.FindStringSubmatch(rest); r != nil && namedToAct.MatchString(strings.TrimLeft(r[2], ", ")) {
		return rest
	}
	return body
}

func opens(p paragraph) (opener, bool) {
	body := leadDropped(p.body)
	if recSection.MatchString(body) || toBody.MatchString(body) {
		return opener{kind: action.KindRecommendation}, true
	}
	if m := resolved.FindStringSubmatch(body); m != nil && isResolvedWord(m[1], body) {
		if o, ok := leadIn(body); ok {
			// "RESOLVED to:" alone, its lead empty: the "to" wants a
			// verb, and lines under it that open with one, their
			// markers lost, are its points (plainLines).
			o.plainLines = o.plainLines || o.lead == "" && hasSuffixFold(strings.TrimRight(body, ":-– "), " to")
			return o, true // "The Board RESOLVED to:"
		}
		if o, ok := labelOpener(p); ok {
			return withLead(o), true
		}
		if r := strings.TrimLeft(m[2], ", "); strings.HasPrefix(strings.ToLower(body), strings.ToLower(m[1])) && !((m[1] == "Resolved" || m[1] == "Agreed" && p.marker == "") && (hasPrefixFold(r, "that ") || resolvedInfinitive(r))) {
			// ("Resolved to reject the applications …." decides, a
			// sentence; "Resolved Items" heads a form.)
			return opener{}, false // a form's heading, not a decision
		}
		// "Cabinet RESOLVED that …", "It was resolved that …" — but not a
		// heading that names the word ("RECORD OF DECISION OF THE Cabinet").
		rest := strings.TrimLeft(strings.TrimSpace(m[2]), ", ") // "Resolved, that …"
		if hasPrefixFold(rest, "as follows") {
			// "The Executive resolved as follows: 1. To agree … 2. To
			// note …", the list run in.
			rest = strings.TrimLeft(rest[len("as follows"):], ":-–— ")
			return withLead(opener{kind: action.KindResolution, rest: rest}), true
		}
		if f := firstWord(rest); !strings.EqualFold(f, "that") && !strings.EqualFold(f, "to") && !thatDecides("That "+rest) && !decides.MatchString(rest) && !(namedToAct.MatchString(rest) && labelOpensSentence(body, m[1])) {
			return opener{}, false
		}
		if prefix := strings.TrimSpace(body[:strings.Index(body, m[1])]); strings.EqualFold(firstWord(rest), "to") && (prefix != "" &&
			(nameLike(prefix) && !strings.HasPrefix(strings.ToLower(prefix), "it ") || strings.EqualFold(prefix, "it was") && !strings.HasPrefix(rest, "to:")) ||
			prefix == "" && m[1] == "Resolved" && resolvedInfinitive(rest)) {
			// "The Cabinet Member RESOLVED to approve the Plan", "It was
			// RESOLVED to approve the report": the whole sentence, who
			// resolved with what.
			rest = decisionAfterTitle(strings.TrimSpace(body))
		}
		// ("It was resolved unanimously that …": how it was resolved may
		// stand between the word and its clause.)
		clause := strings.TrimPrefix(rest, resolvedAdverb.FindString(rest))
		if prefix := strings.TrimSpace(body[:strings.Index(body, m[1])]); (strings.EqualFold(prefix, "it was") || nameLike(prefix) && !strings.HasPrefix(strings.ToLower(prefix), "it ")) && strings.EqualFold(firstWord(clause), "that") {
			// "It was AGREED that a link … be circulated to members.", "The
			// Group AGREED that Cllr Berry be adopted onto the Group.": the
			// sentence whole, as the minutes put it, who decided with what
			// (but not an item's title run in before it: "Grants for 2025
			// RESOLVED that …").
			rest = decisionAfterTitle(strings.TrimSpace(body))
		}
		if l := keptLead(p.body); l != "" && body != p.body {
			rest = l + rest // "Unless the County objects, the Clerk to …": the condition stays
		}
		return withLead(opener{kind: action.KindResolution, rest: rest}), true
	}
	if o, ok := labelOpener(p); ok {
		return withLead(o), true
	}
	// A list run in after a lead-in follows its colon (inlineLead,
	// listAfterColon): a paragraph without one is spared their scans.
	if strings.Contains(body, ":") {
		m := inlineLead.FindStringSubmatch(body)
		if c := listAfterColon.FindStringIndex(body); m == nil && c != nil {
			// "The Board received a report …. A further update was given
			// …. It was resolved to: A Note …. B Note …": the lead-in is the
			// last sentence before the list, however long the story before.
			if k := strings.LastIndex(body[:c[0]], ". "); k > 0 {
				m = inlineLead.FindStringSubmatch(body[k+2:])
			}
		}
		if m != nil {
			rest := m[2]
			if k := reasonsRunIn.FindStringIndex(rest); k != nil {
				rest = strings.TrimSpace(rest[:k[0]]) // "… 2. That …. Reason(s): 1. To enable …": the reasons decide nothing
			}
			if o, ok := leadIn(m[1] + ":"); ok && o.whole == "" && len(splitList(rest, "")) >= 2 {
				o.rest = rest
				return o, true
			}
		}
	}
	if m := subjectThenPoints.FindStringSubmatch(body); m != nil {
		// "That Council 1. Notes the approach …; and 2. Endorses the
		// delivery …": the subject its numbered verbs complete, its colon
		// and line breaks lost.
		if o, ok := leadIn(m[1] + ":"); ok && o.whole == "" && len(splitList(m[2], "")) >= 2 {
			o.rest = m[2]
			return o, true
		}
	}
	return leadIn(body)
}

// withLead turns a label whose rest is a lead-in ("RESOLVED that Cabinet:")
// into an opener with that lead.
// restoredColon gives a lead-in the colon a rendering lost: after a
// subject alone ending in a semicolon or stop ("RESOLVED: That Cabinet;",
// "That Cabinet."), after a short lead ending in a semicolon, or after the
// subject its clauses' verbs complete ("RESOLVED that the Cabinet
// recommend that Council" over "(i) consider …").
func restoredColon(rest string) string {
	n := len(strings.Fields(rest))
	switch {
	case strings.HasSuffix(rest, ";") && n <= 6, strings.HasSuffix(rest, ".") && n <= 3 && hasPrefixFold(rest, "that "):
		return rest[:len(rest)-1] + ":"
	case n <= 12 && danglingSubject.MatchString(rest), n <= 16 && followingEnd.MatchString(rest):
		// ("… endorse the following recommendations", its list below.)
		return rest + ":"
	}
	return rest
}

func withLead(o opener) opener {
	if o.rest == "" {
		return o
	}
	if bodyLine.MatchString(strings.TrimSuffix(o.rest, ":") + ":") {
		// "Resolved: The Parks Board" over "(i) Noted …", "(ii) Agreed
		// …": a body's name alone after the label, colon or none, is
		// the subject its clauses' verbs complete.
		o.lead, o.rest = strings.TrimSuffix(o.rest, ":"), ""
		return o
	}
	rest := restoredColon(o.rest)
	if l, ok := leadIn(rest); ok {
		if o.kind == action.KindRecommendation {
			l.kind = o.kind
		}
		return l
	}
	return o
}

// afterDecision reads what follows a decision said whole in its first
// sentence ("It was RESOLVED to open a bank account. Clerk to set this
// up. It was further RESOLVED to …"): a later sentence that decides is a
// decision of its own, and one that someone undertakes is a commitment;
// the decision is its first sentence alone, what the meeting went on to
// say no part of it. A second sentence that goes on from the first
// ("However, …", "Further, …", "This …") or decides with it ("The minutes
// were signed by the Chair.") keeps the text whole, as does a first
// sentence that is only the vote ("RESOLVED unanimously."); one that
// decides in capitals ("It was further RESOLVED …") is its own decision
// though it opens with "It".
func (f *finder) afterDecision(text *string) (further []string, undertakings []action.Action) {
	sents := sentences(*text)
	if len(sents) < 2 || len(strings.Fields(sents[0])) < 4 || !capsDecided(sents[1]) && (goesOn.MatchString(sents[1]) || decidedBody(sents[1])) {
		return nil, nil
	}
	var after []string
	for _, sent := range sents[1:] {
		if capsDecided(sent) {
			further = append(further, sent)
		} else {
			after = append(after, sent)
		}
	}
	if len(after) > 0 {
		undertakings = commitments(strings.Join(after, " "), f.opts.Date, f.opts.Genre)
	}
	*text = sents[0]
	return further, undertakings
}

// goesOn opens a sentence that goes on from the one before: a connective
// or a pronoun standing for it.
var goesOn = lazyre.New(`^(?:However|Further|Furthermore|Also|In addition|Additionally|Moreover|But|And|This|These|It|They|Such|Subject to|Otherwise|Therefore|Accordingly)\b`)

// followsAs is a lead-in that points at the list below it, neither reasons
// nor conditions: "… as follows:", "… set out below:".
var followsAs = lazyre.New(`(?i)\b(?:as follows|set out below|listed below)\s*(?::-|;-|[:\-–—])$`)

// unfolded: a lead-in that states its decision whole ("… be amended …
// as follows:") over points each with a verb of its own ("(i) To remove
// …; (ii) To limit …") leads them as decisions, not parts of one.
func (f *finder) unfolded(o opener) opener {
	if f.unfolds(o.whole) {
		o.lead, o.whole = carried(o.whole), ""
	} else if f.unfoldsWhole(o.whole) {
		// "… and RESOLVED as follows:" over "1) That a working group be
		// set up …": the points are the decisions, each whole, as under
		// "The following decisions were made:"; the lead-in announces
		// them and is no decision of its own.
		o.lead, o.whole = "", ""
	}
	return o
}

// unfoldsWhole: a lead-in that points at the list below it ("… as
// follows:") over a numbered point that is a decision whole ("That …
// be …").
func (f *finder) unfoldsWhole(lead string) bool {
	return followsAs.MatchString(lead) && isListMarker(f.nextMarker) && hasPrefixFold(f.next, "that ") && thatDecides(f.next)
}

func (f *finder) unfolds(lead string) bool {
	w := strings.Fields(f.next)
	return followsAs.MatchString(lead) && isListMarker(f.nextMarker) && len(w) >= 3 && toInfinitive.MatchString(f.next) && !notVerbAfterTo[strings.ToLower(w[1])]
}

// notVerbAfterTo: words after a point's "To" that make it no infinitive
// ("To the Council's own scheme …").
var notVerbAfterTo = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "all": true, "any": true, "each": true,
	"our": true, "its": true, "their": true, "his": true, "her": true, "date": true}

// open starts a block: an opener with its first clauses on its own line
// ("RESOLVED – (a) that …; (b) that …") adds them at once.
func (f *finder) open(o opener, p paragraph) {
	if f.opts.Genre == action.DocReport && o.kind == action.KindResolution && (subjectOnly.MatchString(p.body) && !leadVerb.MatchString(p.body) || bareThat.MatchString(p.body)) {
		// "That the Executive:" over "1. note …", "2. support …" in a
		// report whose "Recommendations" label was lost: a report
		// proposes what its meeting is to decide.
		o.kind = action.KindRecommendation
	}
	f.blocks++
	f.paused = nil
	// (The block reads its points as the unfolded lead-in says: one
	// unfolded has no whole decision for them to join.)
	o = f.unfolded(o)
	f.blk = &block{opener: o, indent: -1, id: f.blocks, leadRef: p.marker, leadText: p.body}
	if o.kind == action.KindCommitment {
		_, doer := doerToLead(strings.TrimSpace(p.body)) // its "ACTION:" kept
		if doer == "" {
			_, doer = doerToLead(o.lead + ":")
		}
		f.blk.owner = cmp.Or(promiseOwner(p.body), promiseOwner(o.lead), doer)
		if doerHeading.MatchString(strings.TrimSpace(p.body)) {
			f.blk.owner = headingDoer(p.body) // "What we will do:", "What the report says … will do:" name none
		}
		f.blk.due = leadDue(p.body)
	}
	f.promised(f.blk.owner)
	if o.whole != "" {
		// The decision is stated whole before its list ("… as follows:-"):
		// it stands though the list below is only names.
		f.add(p, action.Action{Ref: p.marker, Kind: f.decided(o.kind), Action: o.whole})
		f.blk.clauses = append(f.blk.clauses, len(f.out)-1)
		f.blk.wholeOpen = true
		return
	}
	if hasPrefixFold(o.rest, "that ") && followingStop.MatchString(o.rest) && isListMarker(f.nextMarker) {
		// "RESOLVED that the following appointments be made." over "(i)
		// Cllr Hart to …": "the following" points past the stop, to the
		// clauses it leads as its colon would.
		f.blk.lead = carried(strings.TrimSuffix(o.rest, "."))
		return
	}
	if recommendsToList(o.rest) && f.nextMarker != "" {
		// "RESOLVED that the Panel recommend to the Board" over "1.
		// That …", "2. That …": the verb wants its object, the list
		// below, as its colon would; each point is recommended on.
		f.blk.kind = action.KindRecommendation
		return
	}
	if o.rest == "" {
		return
	}
	items := splitList(o.rest, p.marker)
	if o.named && len(items) == 1 && !decides.MatchString(items[0].text) && !strings.EqualFold(firstWord(items[0].text), "that") {
		// "Decision: Apologies were received from …" decides nothing.
		f.blk = nil
		return
	}
	var further []string
	var undertakings []action.Action
	if f.opts.Genre == action.DocMinutes && len(items) == 1 && (items[0].ref == "" || items[0].ref == p.marker) {
		further, undertakings = f.afterDecision(&items[0].text)
	}
	if sub := notedFirst.FindStringSubmatch(f.prev.body); sub != nil && bodyActs.MatchString(f.prev.body) && strings.HasPrefix(p.body, sub[1]+" ") && f.prev.marker == p.marker && !f.took(f.prev) {
		// "The Cabinet noted the interim report." then "The Cabinet
		// agreed that …": the body's decisions told one a paragraph,
		// its noting the first of them.
		f.add(f.prev, action.Action{Ref: p.marker, Kind: f.decided(action.KindResolution), Action: f.prev.body})
	}
	for _, it := range items {
		f.clauseItem(p, it.ref, it.text)
	}
	for _, sent := range further {
		f.add(p, action.Action{Ref: p.marker, Kind: f.decided(action.KindResolution), Action: sent})
	}
	for _, c := range undertakings {
		c.Ref = p.marker
		f.add(p, c)
	}
	// "Resolved – (a) that …;" with (b) in the next paragraph: the list
	// goes on; a resolution said whole ends it.
	if !isListMarker(items[len(items)-1].ref) {
		f.blk = nil
	}
}

// clause takes p into the open block: as a clause, as the lead-in of a
// bare label's list, or as the last clause's continuation. false ends the
// block.
func (f *finder) clause(p paragraph) bool {
	b := f.blk
	if b.motion || b.retold {
		// A motion's clauses, moved but not yet carried: read, not kept.
		// (So are an earlier meeting's decisions, retold.)
		// A lead-in of its own ("RESOLVED – That this Council resolves
		// to:") ends them.
		if _, ok := opens(p); ok {
			return false
		}
		_, _, ok := b.clauseStart(p)
		return ok
	}
	if strings.Contains(p.body, "RECOMMENDED") && capsRecommended.MatchString(p.body) {
		return false // "It was therefore RECOMMENDED to Council that …": a decision of its own
	}
	if len(b.clauses) == 0 && labelOnly.MatchString(p.body) {
		return true // "Decision:" then "Resolved" or "* RESOLVED": a second label, no decision yet
	}
	if b.kind == action.KindResolution && b.whole == "" && (len(b.clauses) == 0 || b.topic != "") && p.marker != "" && strings.HasSuffix(p.body, ":") &&
		len(strings.Fields(p.body)) <= 5 && strings.HasPrefix(f.nextMarker, p.marker+".") {
		// "RESOLVED:" over "4.2 Parking:" over "4.2.1 The Clerk would
		// write …", "4.2.2 …", then "4.3 Grants:" over "4.3.1 …": a
		// topic's heading among the decisions, its points numbered
		// under its own number.
		b.topic = p.marker
		return true
	}
	if b.named && len(b.clauses) == 0 && p.marker == "" && formField(p.body) {
		// "Decision:" then "Authority to make this decision: Part 3" over
		// the decision: a field of the form about the decision, not it.
		return true
	}
	if len(b.clauses) == 0 && b.lead == "" && b.whole == "" && p.marker == "" && isListMarker(f.nextMarker) && bodyLine.MatchString(strings.TrimRight(p.body, " :-–—")+":") {
		// "Decision:" then "The Cabinet" alone over "(a) commented on
		// …", "(b) noted …": the body whose verbs its points complete,
		// its colon lost.
		b.lead = strings.TrimRight(p.body, " :-–—")
		return true
	}
	if len(b.clauses) == 0 && p.marker == "" && strings.HasSuffix(p.body, ":") && groundsFirst.MatchString(p.body) {
		// "Cabinet agreed the following:" then "Having complied with
		// paragraph 15 of the Rules:" over "(i) To approve …": the
		// grounds set before the decisions, not a lead of their own.
		return true
	}
	if b.leadRef != "" && p.marker != "" && len(b.clauses) > 0 && markerStyle(p.marker) == markerStyle(b.leadRef) && markerStyle(p.marker) != markerStyle(b.firstRef) {
		return false // the lead-in's sibling point
	}
	if ref, _, ok := b.clauseStart(p); ok && ref != "" && b.sub == "" {
		for _, k := range b.clauses {
			if k < len(f.out) && strings.HasSuffix(f.out[k].Ref, ref) && !(b.subRef != "" && strings.HasPrefix(f.out[k].Ref, b.subRef)) {
				// "a) … b) … c) …" then "a) …" again: the numbering
				// starts over, so a new list (the reasons, say) begins.
				return false
			}
		}
	}
	if m := letterPoint.FindStringSubmatch(p.text); m != nil && m[1] != "a" && len(b.clauses) > 0 {
		// "… rendered by a. Sam Green b. Jo Brown, and" then "c. …": the
		// clause's own lettered list goes on, whatever "c." reads as.
		last := &f.out[b.clauses[len(b.clauses)-1]]
		if prev := string(m[1][0] - 1); markerStyle(last.Ref) != "letter" && markerStyle(last.Ref) != "roman" && strings.Contains(last.SourceText, " "+prev+". ") {
			grow(last, p.text, p)
			return true
		}
	}
	if len(b.clauses) > 0 && b.firstRef != "" && p.marker == "" && strings.HasPrefix(p.body, "“") && strings.HasSuffix(strings.TrimSpace(f.out[b.clauses[len(b.clauses)-1]].SourceText), ":") {
		// "2. That the Guarantee be approved which states that:" over
		// "“The Council guarantees …”", then "3. …": the quoted words
		// stand inside the numbered list, which goes on after them.
		return true
	}
	if b.wholeOpen && p.marker == "" && !p.heading && len(p.body) < 100 && !endsSentence(p.body) && labelledEntry.MatchString(p.body) {
		// "Millbrook Park - J Green": an entry of the list it announced.
		last := &f.out[b.clauses[len(b.clauses)-1]]
		grow(last, p.body, p)
		return true
	}
	// A heading ends the block, unless it is a sentence ("2. Officers
	// develop a plan.") or a lead-in; so does the next label ("Reason(s)
	// for decision:").
	// A numbered name under "… the following volunteers:" is an entry of
	// the list, however much it looks like a heading.
	following := p.marker != "" && p.level == 0 && namesList(b.lead+b.whole)
	// The next number of a list of promises is its next point, set in
	// title case or not ("1. Make Mendip a fairer place", "2. Deliver
	// on our climate commitment").
	following = following || b.kind == action.KindCommitment && p.marker != "" && p.level == 0 && len(b.clauses) > 0 && markerFollows(f.out[b.clauses[len(b.clauses)-1]].Ref, p.marker)
	// The first numbered point right under its lead-in is its first
	// point, however short ("… which has three standards:" over "1. When
	// dealing with you we aim to get it right first time").
	following = following || p.marker != "" && p.level == 0 && len(b.clauses) == 0 && strings.HasSuffix(f.prev.body, ":") && f.prev.marker == ""
	if len(b.clauses) == 0 && byReference.MatchString(p.body) {
		// "Decision:" then "AGREED RECOMMENDATIONS": the report's
		// recommendations, agreed by reference.
		f.clauseItem(p, "", p.body)
		b.single = true
		return true
	}
	if text, ok := point(p); ok && b.kind == action.KindCommitment && strings.HasSuffix(b.lead, " will") && p.level == 0 && thingNamed(text) &&
		!(len(b.clauses) > 0 && strings.Contains(f.out[b.clauses[len(b.clauses)-1]].Action, ":")) {
		// "We will" over "Launch …", "Deliver …", then "Measuring
		// success" over "the number of visits", "% of requests online":
		// a point that opens with what it counts cannot go on from the
		// lead-in's verb, so the promises ended before it. (Unless it
		// is a point inside the last promise: "agree a budget to meet:"
		// over "the audit plan".)
		return false
	}
	if b.kind == action.KindCommitment && strings.HasSuffix(b.lead, " will") && p.heading && p.marker == "" && len(strings.Fields(p.body)) <= 6 && !endsSentence(p.body) && !strings.HasSuffix(p.body, ":") {
		// "The HIA will:" then "Strategy" over its points, then "Planning"
		// over more: the promise goes on under each short heading, which
		// names its points' theme.
		f.theme = strings.TrimSpace(p.body)
		return true
	}
	if len(b.clauses) > 0 && p.marker != "" && sectionTitle(p.body) && (strings.Contains(p.marker, ".") || markerStyle(p.marker) != markerStyle(b.firstRef)) {
		// "1) Cabinet approves the plan." then "1.0 BACKGROUND": a
		// section's number and its title in capitals, numbered in
		// another style than the list's points, start the paper's next
		// part. (A run-in copy loses the line that set it apart.)
		return false
	}
	if !following && (p.level > 0 || p.heading && looksLikeHeading(p.body) && !readsAsClause(p.body)) {
		if _, ok := leadIn(p.body); !ok {
			return false
		}
	}
	if len(b.clauses) == 0 && b.lead == "" && bodyLine.MatchString(p.body) {
		// "Decision:", then "Cabinet:", then its clauses: the body decides.
		b.lead = strings.TrimSuffix(strings.TrimSpace(p.body), ":")
		return true
	}
	if len(b.clauses) == 0 && b.lead == "" && !b.announced {
		// ("That Full Council resolves to;" under the label: its colon
		// printed as a semicolon.)
		lead := p.body
		if p.marker == "" && !thatDecides(lead) {
			lead = restoredColon(lead)
		}
		if o, ok := leadIn(lead); ok {
			if b.kind == action.KindRecommendation {
				o.kind = b.kind
			}
			o.named = b.named
			b.opener = f.unfolded(o)
			return true
		}
		if p.marker == "" && strings.HasSuffix(p.body, ":") && strings.HasPrefix(strings.ToLower(p.body), "that") {
			// "That, after consulting …, delegated authority be granted
			// to:" under the label: the lead of the clauses after it.
			if lead := carried(p.body); lead != "" {
				b.lead = lead
				return true
			}
		}
	}
	// A clause numbered as its siblings are stays a clause though it reads
	// as a lead-in itself ("(b) That the following charges be approved:").
	sibling := false
	if ref, text, ok := b.clauseStart(p); ok && len(b.clauses) > 0 && ref != "" && b.firstRef == "" && (b.marked || b.whole != "" && !b.wholeOpen && !namesOnly(text)) {
		// "It was RESOLVED to elect the following councillors:" over "-
		// Vice Chair: Cllr Lowe" and more such points, then "3. Consider
		// co-opting …. It was RESOLVED to …": a numbered point after a
		// list's bullets, or after the names its one decision acts on, is
		// the paper's next item.
		return false
	}
	if ref, _, ok := b.clauseStart(p); ok && b.firstRef != "" && markerStyle(ref) == markerStyle(b.firstRef) {
		sibling = true
	}
	if len(b.clauses) == 0 && (b.lead != "" || b.announced) && (isListMarker(p.marker) || p.marker != "" && !isSectionNumber(p.marker)) && !p.heading {
		// "RESOLVED: that Cabinet" then "a) Agree the fees. In addition,
		// Cabinet agreed to implement:": the first clause of the lead,
		// with a list of its own.
		sibling = true
	}
	if b.kind == action.KindCommitment && len(b.clauses) > 0 && b.marked && b.firstRef == "" && bulletPat.MatchString(p.text) && p.indent <= b.indent+4 {
		// "• Agree an audit budget sufficient for:" among the promise's
		// bullets is one more of them, its own list set in under it.
		sibling = true
	}
	if _, ok := opens(p); ok && !sibling {
		return false
	}
	if len(b.clauses) > 0 && isSectionNumber(p.marker) && !p.heading && b.firstRef != "" && f.subSection(b, p) {
		// "(1) Recommend … that the strategy, which includes the
		// following, be approved:" then "1.1 …", "1.2 …": the clause's
		// own list, numbered under it.
		last := &f.out[b.clauses[len(b.clauses)-1]]
		if b.sub == "" && thatRegarding.MatchString(strings.TrimSpace(last.Action)) {
			// "2. That, in respect of the responses at Appendix 2:" over
			// "2.1 a Delivery Programme is submitted …": each point
			// completes the decision, and the clause gives nothing apart.
			b.subWhole = true
			last.Ref, last.Action = p.marker, unglued(p.body)
			last.SourceText = joinText(last.SourceText, p.text)
			b.sub = "section"
			return true
		}
		if b.sub == "" && isSectionNumber(b.firstRef) && (wantsObject(last.SourceText) || endsOpen(strings.TrimRight(last.Action, ":;,-–— "))) {
			// "2.3 RECOMMEND to Council the adoption of:" (or "2.1
			// Approved;") over "2.3.1 …", "2.3.2 …": the clause wants
			// its object, and each point numbered under it completes
			// it, a decision of its own with the clause's words.
			b.subSplit, b.subLead, b.subRef = true, strings.TrimRight(last.Action, ":;,-–— "), last.Ref
		}
		b.sub = "section"
		if b.subSplit {
			// (The "; and" that joins the points belongs to the list.)
			text := b.subLead + " " + strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(p.body), " and"), ";, ")
			if last.Ref == b.subRef {
				// The clause itself gives nothing apart from its points.
				last.Ref, last.Action = p.marker, text
				last.SourceText = joinText(last.SourceText, p.text)
				return true
			}
			f.add(p, action.Action{Ref: p.marker, Kind: last.Kind, Action: text, Owner: last.Owner})
			b.clauses = append(b.clauses, len(f.out)-1)
			return true
		}
		if b.subWhole {
			f.add(p, action.Action{Ref: p.marker, Kind: last.Kind, Action: strings.TrimSpace(p.body)})
			b.clauses = append(b.clauses, len(f.out)-1)
			return true
		}
		grow(last, p.text, p)
		return true
	}
	if ref, _, ok := b.clauseStart(p); ok && b.sub == "" && b.firstRef != "" && markerStyle(ref) != markerStyle(b.firstRef) && markerRank(ref) <= markerRank(b.firstRef) && listClosed(f.out, b.clauses) {
		// "(b) noted …; and" then "(c) approved ….", then "4. Annual
		// Report …": the "and" named the list's last point, so a point
		// in a numbering above the list's after it is the paper's next
		// item. A lower one ("2. … be approved." over "(a) …; (b) …") is
		// the last point's own list, read below.
		return false
	}
	if ref, text, ok := b.clauseStart(p); ok && len(b.clauses) > 0 && b.firstRef != "" && markerStyle(ref) != markerStyle(b.firstRef) &&
		(b.sub == markerStyle(ref) || endsInColon(f.out[b.clauses[len(b.clauses)-1]].SourceText) && !inAddition.MatchString(f.out[b.clauses[len(b.clauses)-1]].SourceText)) {
		// "(b) That the following charges be approved: (i) …; (ii) …": a
		// list in another numbering under a clause that ends in a colon
		// is that clause's own.
		last := &f.out[b.clauses[len(b.clauses)-1]]
		endsTo := hasSuffixFold(strings.TrimRight(last.SourceText, ":- "), " to")
		if b.sub == "" && strings.HasSuffix(last.SourceText, ":") &&
			(delegate(last.Action) != "" && infinitivePoint.MatchString(text) || endsTo && (knownVerb(firstWord(text)) || editVerb.MatchString(firstWord(text)))) {
			// "2. That Council delegate authority to the Executive …:"
			// over "a. to bid …" "b. to determine …" (or "… to:" over
			// "a) approve …"): each point is a power given, a decision of
			// its own with its clause's words. So is each point that
			// completes a clause's "to:" with a verb ("2. Ask the Parks
			// Committee to:" over "a) drop …", "b) add …").
			b.subLead, b.subRef = last.Action, last.Ref
		}
		if b.sub == "" && b.kind == action.KindResolution && stepsApproved(last, text) {
			// "2. Approved the next steps set out in the report:" over
			// "a. To prepare a recovery plan …", "b. To set up a
			// steering group …": each point in the infinitive is a step
			// the clause approved, a decision of its own with the
			// clause's words, as a delegation's powers are. (A clause
			// that names its points as grounds, or only announces "the
			// following", is read as before.)
			b.subLead, b.subRef = last.Action, last.Ref
		}
		if b.sub == "" && b.kind == action.KindResolution && strings.HasSuffix(last.SourceText, ":") && announcing.MatchString(strings.TrimRight(last.Action, ":-–— ")) &&
			(infinitiveDecision(last.Action) || thatDecides(last.Action)) && !elaborates.MatchString(last.Action) {
			// "(a) To note the following:" over "(i) the report …",
			// "(ii) the steps taken …": the clause only says what is done
			// with each point, so each point is a decision whole, as the
			// points under a lead-in "To note the following:" are.
			b.subEach, b.subRef = true, last.Ref
		}
		b.sub = markerStyle(ref)
		if b.subEach {
			if last.Ref == b.subRef {
				last.Ref, last.Action = b.subRef+ref, text
				last.SourceText = joinText(last.SourceText, p.text)
				return true
			}
			f.add(p, action.Action{Ref: b.subRef + ref, Kind: last.Kind, Action: text, Owner: last.Owner})
			b.clauses = append(b.clauses, len(f.out)-1)
			return true
		}
		if b.subLead != "" {
			if last.Ref == b.subRef {
				// The clause itself gives nothing apart from its points.
				last.Ref, last.Action = b.subRef+ref, b.subLead+" "+text
				last.SourceText = joinText(last.SourceText, p.text)
				return true
			}
			f.add(p, action.Action{Ref: b.subRef + ref, Kind: last.Kind, Action: b.subLead + " " + text, Owner: last.Owner})
			b.clauses = append(b.clauses, len(f.out)-1)
			return true
		}
		grow(last, strings.TrimSpace(ref+" "+text), p)
		return true
	}
	if ref, _, ok := b.clauseStart(p); ok && len(b.clauses) > 0 && b.firstRef != "" && b.sub == "" && markerStyle(ref) == "bullet" && markerStyle(b.firstRef) != "bullet" {
		// "(1) That … be adopted. (2) That authority be delegated …."
		// then "· The proposed Strategy has been prepared …": bullets
		// after a numbered list that ended are the reasons that follow
		// it, their label lost, not more of its decisions.
		return false
	}
	if ref, _, ok := b.clauseStart(p); ok && b.firstRef != "" && markerStyle(ref) == markerStyle(b.firstRef) {
		b.sub, b.subLead, b.subWhole, b.subEach, b.subSplit = "", "", false, false, false // back to the list's own numbering
	}
	if g := bulletOf(p.text); len(b.clauses) > 0 && b.glyph != "" && g != "" && g != b.glyph && !p.heading &&
		(g == b.subGlyph || endsInColon(f.out[b.clauses[len(b.clauses)-1]].SourceText)) {
		// "· to publish:" over "o the Flood Risk Assessment", "o the
		// Retail Study": another bullet under a point that ends in a
		// colon, set in where the copy kept no indent, is a part of it.
		b.subGlyph = g
		grow(&f.out[b.clauses[len(b.clauses)-1]], strings.TrimSpace(dropBullet(p.text)), p)
		return true
	}
	if g := bulletOf(p.text); g != "" && g == b.glyph {
		b.subGlyph = ""
	}
	if len(b.clauses) > 0 && b.marked && b.firstRef == "" && p.indent > b.indent+4 && bulletPat.MatchString(p.text) && !p.heading {
		// "• Engage with management and consider the council's:" over
		// "    • strategic and operational objectives": a bullet set in
		// under the list's own bullets is a part of the point above.
		grow(&f.out[b.clauses[len(b.clauses)-1]], p.body, p)
		return true
	}
	if ref, text, ok := b.clauseStart(p); ok {
		if bareLetter.MatchString(p.text) && ref == "("+strings.ToLower(p.text[:1])+")" {
			b.letters++ // the next bare letter must follow this one
		}
		if b.indent < 0 {
			b.firstRef = ref
			b.indent = p.indent
			b.glyph = bulletOf(p.text)
			b.marked = ref != "" || bulletPat.MatchString(p.text) || upperMarker.MatchString(p.text)
		}
		f.clauseItem(p, ref, text)
		if b.whole == "" && elaborates.MatchString(text) && !f.unfolds(text) {
			// "REFUSE planning permission for the following reason:-"
			// then "1. The proposal would …": the reasons belong to
			// the clause.
			b.whole, b.wholeOpen = text, true
		}
		return true
	}
	if p.marker != "" && !p.heading && len(b.clauses) >= 2 && markerStyle(b.firstRef) == "digit" && markerFollows(f.out[b.clauses[len(b.clauses)-1]].Ref, p.marker) {
		// "9. Keep you informed …" then "10. Answer within a week …": the
		// list's next point, though a number of two figures elsewhere
		// reads as a minute's own.
		f.clauseItem(p, p.marker, p.body)
		return true
	}
	if len(b.clauses) == 0 {
		// A label with one decision under it, said as a sentence.
		// It must read as deciding something: "That …", or a deciding
		// verb ("The Cabinet agreed the recommendations"), not a note of
		// the meeting ("Apologies were received from …"). An officer's
		// decision is often the verb alone, its decider the form's
		// "Decision Maker:" ("Approve the scheme's second phase …"), or
		// the verb's noun ("Approval to award the contract to …").
		if p.marker == "" && !strings.HasSuffix(p.body, ":") && (b.lead != "" || decidesFinite(p.body) || decisionTo.MatchString(p.body) || toInfinitive.MatchString(p.body) || firstPersonDecides.MatchString(p.body) || bareDecision(p.body, b.named)) && !speaking.MatchString(p.body) {
			if m := resolvedLater.FindStringSubmatch(p.body); m != nil {
				// "The Committee welcomed … It was resolved that the
				// Council proceed …": the meeting's view, then its
				// decision.
				f.clauseItem(p, "", m[1])
				b.single = true
				return true
			}
			f.clauseItem(p, "", p.body)
			b.single = true
			return true
		}
		return false
	}
	if b.named && p.marker == "" && !p.heading && !strings.HasSuffix(p.body, ":") && (decidedBody(p.body) || bodyNoted.MatchString(p.body) && len(sentences(p.body)) == 1) && !speaking.MatchString(p.body) {
		// "Decision:" over "The Cabinet authorised the Director to:" and
		// its clauses, then "The Cabinet agreed the revised targets.":
		// the label's next decision, told as a sentence of its own. So
		// is "The Cabinet noted the survey.": under the label, the body
		// noting a thing is what it decided, as the label's first
		// sentence is.
		f.add(p, action.Action{Ref: p.marker, Kind: f.decided(action.KindResolution), Action: p.body})
		return true
	}
	if b.single {
		return false
	}
	// A clause goes on in a paragraph of its own only where it visibly
	// does: a sentence carried on in lower case, or text set in under it.
	last := &f.out[b.clauses[len(b.clauses)-1]]
	r, _ := utf8.DecodeRuneInString(p.body)
	lettered := letterPoint.MatchString(p.text) && (strings.HasSuffix(last.SourceText, ":") || b.sub == "run-in letter")
	if p.marker == "" && letterPoint.MatchString(p.text) && b.kind == action.KindResolution && b.firstRef != "" {
		// The same steps in the infinitive as above, their letters read
		// here where the copy ran them in ("a. To agree …").
		ref, text := "("+p.text[:1]+")", strings.TrimSpace(p.text[2:])
		if b.subLead == "" && b.sub == "" && stepsApproved(last, text) {
			b.subLead, b.subRef = last.Action, last.Ref
		}
		if b.subLead != "" && (b.sub == "" || b.sub == "letter") && toKnownVerb(text) {
			b.sub = "letter"
			if last.Ref == b.subRef {
				last.Ref, last.Action = b.subRef+ref, b.subLead+" "+text
				last.SourceText = joinText(last.SourceText, p.text)
				f.decisionDue(last) // the point's own deadline
				return true
			}
			f.add(p, action.Action{Ref: b.subRef + ref, Kind: last.Kind, Action: b.subLead + " " + text, Owner: last.Owner})
			b.clauses = append(b.clauses, len(f.out)-1)
			return true
		}
	}
	if lettered {
		// "1. Work with the parishes and:" then "a. Clear …", "b. …":
		// the clause's own list.
		b.sub = "run-in letter"
	}
	// (So does a clause cut after a word no sentence ends with, "… to
	// Mayor and Cabinet in", by a few words more: "November 2015.")
	openEnd := endsOpen(last.Action) && len(strings.Fields(p.body)) <= 8
	if p.marker == "" && !p.heading && !lettered && b.firstRef != "" && endsListItem(strings.TrimSpace(last.SourceText)) && strings.HasPrefix(p.body, "that ") && p.indent <= b.indent {
		// "(ii) that the Chairman write …;" then "that the Chamberlain
		// write …": after a clause ended as a list's point, a "that"
		// clause set level with it is the list's next point, its
		// number lost, not the last one's tail.
		f.clauseItem(p, "", p.body)
		return true
	}
	if p.marker == "" && !p.heading && (lettered || (unicode.IsLower(r) || openEnd) && !endsClause(last.Action) || b.indent >= 0 && p.indent > b.indent+4) {
		if f.partsOfOne(b, p) {
			return true
		}
		grow(last, p.body, p)
		return true
	}
	if p.marker == "" && !p.heading && strings.HasSuffix(strings.TrimSpace(last.SourceText), ":") && markerFollows(last.Ref, f.nextMarker) {
		// "2) … be approved as follows:" over a sentence of its own, then
		// "3) …": the sentence is the matter the colon announced, or a
		// note on it, and the list goes on after it with its next number.
		return true
	}
	return false
}

var smallRoman = lazyre.New(`^[ivx]{1,5}$`)

func init() { markerStyleOf = markerStyle }

// firstPersonDecides is an officer's or member's decision in their own
// words under the record's label: "I approve.", "I agree the award …".
var firstPersonDecides = lazyre.New(`^I\s+(?:(?:hereby|therefore)\s+)?(?:approve|agree|authori[sz]e|decide|endorse|accept)\b`)

// labelledEntry is a list entry of a name and its value: "Millbrook Park -
// J Green", "Finance: Cllr Ash".
var labelledEntry = lazyre.New(`^[A-Z][^.;:]{1,60}?\s*[-–—:]\s+\S`)

// decidingLead is a sentence whose verb decides or agrees to act.
var decidingLead = lazyre.New(`(?i)\b(agreed|resolved|decided)\s+to\b`)

// futureTense holds a verb's future: "will", "shall", "we'll".
var futureTense = lazyre.New(`(?i)\b(?:will|shall)\b|['’]ll\b`)

// toldPast marks a sentence told in the past: "agreed", "was noted",
// "would be considered".
var toldPast = lazyre.New(`(?i)\b(?:agreed|noted|decided|resolved|approved|asked|requested|was|were|would|had|did)\b`)

// mainVerb is s up to its first verb of promising or deciding
// ("committed", "agreed", "noted" …), whose tense is the sentence's, or s
// where there is none. A verb in a clause after it ("… the charges that
// were set in 2019") does not tell the sentence's tense.
func mainVerb(s string) string {
	if v := upToMainVerb.FindString(s); v != "" {
		return v
	}
	return s
}

var upToMainVerb = lazyre.New(`(?i)^.*?\b(?:committed|agreed|noted|decided|resolved|approved|asked|requested|undertook|promised|pledged)\b`)

// backgroundHead is a section heading whose role is to tell what came
// before the paper: "1. Introduction", "Background", "Context",
// "Introduction and background:", "Background to the proposal",
// "Background information". The word is the whole heading: "6.
// Introduction of a new bus lane" or "History Society grant" names an
// item's subject, not the section's role. (The words are few and fixed:
// they are the names officers' reports give that section.) Two of the
// names may be joined by "and", "/" or "&" ("Introduction / Background"):
// the joint is punctuation, the role the same.
var backgroundHead = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:introduction|background(?:\s+(?:to\b.*|information))?|context|history)(?:(?:\s+and\s+|\s*[/&]\s*)(?:background|context|purpose))?\s*:?\s*$`)

// pastEvent names a date as when something happened.
var pastEvent = lazyre.New(`(?i)\b` + pastEventVerb + `\s+on\s+(?:the\s+)?\d`)

// futurePassive ends the words that put pastEvent's verb in the future:
// "the meeting to be held on 4 May", "it will be considered on 9 June".
var futurePassive = lazyre.New(`(?i)\b(?:to|will|shall|would)\s+be\s+$`)

// pastEventIn: s names a date as when something happened, not when it is
// to happen ("submitted to the board to be held on 4 May" sets a date).
func pastEventIn(s string) bool {
	for _, m := range pastEvent.FindAllStringIndex(s, -1) {
		if !futurePassive.MatchString(s[:m[0]]) {
			return true
		}
	}
	return false
}

// markerStyle names how a marker numbers: "(a)" and "b)" are letters,
// "(iv)" roman, "(2)" and "3" digits.
// prefixedNumber is a number after a letter or two that says what it
// numbers: "R1:" for a recommendation, "A12." for an action.
var prefixedNumber = lazyre.New(`^([A-Z]{1,2})(\d{1,2}):?$`)

func markerStyle(ref string) string {
	r := strings.Trim(ref, "().")
	switch {
	case r == "":
		return "bullet"
	case smallRoman.MatchString(r):
		return "roman" // "(i)" is rarer as the ninth letter than as one

	case prefixedNumber.MatchString(r):
		return "prefixed" // "R1:", a recommendation's number

	case isMinuteNumber(r):
		return "digit"
	}
	return "letter"
}

// markerRank is how high a numbering stands in the usual outline: "4",
// "2.1" and "R1" above "(a)", above "(i)", above a bullet.
func markerRank(ref string) int {
	r := strings.Trim(ref, "().")
	switch style := markerStyle(ref); {
	case style == "bullet":
		return 3
	case style == "roman":
		return 2
	case style == "digit" || style == "prefixed" || r[0] >= '0' && r[0] <= '9':
		return 0
	}
	return 1
}

// withoutStoppedTitle cuts an item's title in capitals, ended by a full
// stop, from the record run in after it: "CONFIRMATION OF MINUTES. The
// Council resolved they were a true record." (A title with no stop is
// withoutTitle's, where what follows must read as a decision.)
func withoutStoppedTitle(s string) string {
	heads, _ := capsHeads(s)
	if len(heads) == 0 || heads[0][0] != 0 || !strings.HasSuffix(strings.TrimSpace(s[:heads[0][1]]), ".") {
		return s
	}
	rest := strings.TrimSpace(s[heads[0][1]:])
	if first := firstWord(rest); len(strings.Fields(rest)) < 4 || first == strings.ToUpper(first) {
		return s
	}
	return rest
}

// bulletOf is a line's bullet ("·", "o", "•"), or "" if it has none.
func bulletOf(text string) string {
	if m := bulletPat.FindString(text); m != "" {
		return strings.TrimSpace(m)
	}
	return ""
}

// whenHeading: a line that is a date and nothing else, or a span of two
// ("Summer 2023", "By March 2025", "Autumn 2023 to Spring 2024"), heads
// the steps of a timetable; a span's end is their deadline.
func whenHeading(body string) (string, bool) {
	body = strings.TrimSpace(strings.TrimSuffix(body, ":"))
	body = whenLabel.ReplaceAllString(body, "") // "Deadline 31 March 2025": the date is the heading
	if len(strings.Fields(body)) > 7 || endsSentence(body) {
		return "", false
	}
	last := body
	for _, sep := range []string{" to ", " – ", " - ", "–", " until "} {
		if i := strings.LastIndex(last, sep); i >= 0 {
			last = last[i+len(sep):]
		}
	}
	raw := strings.TrimSpace(last)
	if r := dueIn("by " + raw); r != "" {
		raw = r
	} else if d := figuresEnd.FindString(raw); d != "" {
		raw = d // "Q3 2023/24"; a title's words before them are checked below
	}
	if action.NormalizeDue(raw) == "" {
		return "", false
	}
	rest := strings.ToLower(strings.Replace(body, raw, " ", 1))
	rest = strings.Trim(whenWords.ReplaceAllString(rest, " "), " ,-–")
	if rest != "" && action.NormalizeDue(rest) == "" {
		return "", false // words beside the date: a title that names one ("Plan for 2025")
	}
	if last == body {
		// One date, not a span: the heading is the deadline as written,
		// its "By" too ("By June 2026").
		return body, true
	}
	return raw, true
}

// figuresEnd is the words at a line's end that carry figures: "Q3
// 2023/24", "2023-2028" (after "Housing Strategy").
var figuresEnd = lazyre.New(`(?:\S*\d\S*\s*)+$`)

// whenWords are what may stand beside a timetable heading's date.
var whenWords = lazyre.New(`(?i)\b(?:by|from|to|until|in|during|early|late|mid|end of|the|and|onwards)\b|[–-]`)

// whenLabel opens a heading that labels its date a deadline: "Deadline
// 31 March 2025", "Target date: 31/03/2025", "Complete by …", "To be
// completed by …". "Completed March 2024" tells when a thing was done and
// is no label.
var whenLabel = lazyre.New(`(?i)^(?:deadline|target(?:\s+date)?|due(?:\s+date)?|complete\s+by|to\s+be\s+completed\s+by)\s*:?\s+`)

// unglued is a clause without the "; and" or ";" that joins it to the
// next.
func unglued(s string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "; and"), ";"))
}

// colonLost: p ends in a sentence telling what a body decided, and next is
// a numbered point that starts in lower case with "that" or "to", which
// only a lead-in can begin.
func colonLost(p, next paragraph) bool {
	if p.marker != "" || p.heading || !strings.HasSuffix(p.body, ".") || next.marker == "" || !lowerClause.MatchString(next.body) {
		return false
	}
	ss := sentences(p.body)
	last := ss[len(ss)-1]
	m := decidingVerb.FindStringIndex(last)
	// (Who decided is before the verb, or, for "Cabinet supported", in
	// the match.)
	return m != nil && (m[0] == 0 || nameLike(strings.TrimSpace(last[:m[0]])))
}

// verbLost: p ends in a subject and its verb with nothing after ("That
// the Board approves", "Decision: The Panel agrees"), a lead-in that its
// points complete, and a list starts right after it, its first two points
// numbered in turn ("1." then "2.", "(a)" then "(b)"). A verb ending a
// line wants its object; the points are it.
func verbLost(ps []paragraph, i int) bool {
	p := ps[i]
	if p.marker != "" || i+2 >= len(ps) || !firstMarker(ps[i+1].marker) || !markerFollows(ps[i+1].marker, ps[i+2].marker) {
		return false
	}
	m := verbEnd.FindStringSubmatch(p.body)
	return m != nil && (baseVerb.MatchString(m[1]) || resolveVerb.MatchString(m[1]))
}

// verbEnd is a lead-in ending in its verb: "that" and a capitalised
// name, or a deciding body's name opening the line or its label's rest,
// then one word in lower case.
var verbEnd = lazyre.New(`(?:(?:^|\s)(?:that|That|THAT)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}|(?:^|:\s*)(?:The\s+)?` + deciders + `)\s+([a-z]+)$`)

// resolveVerb is a deciding verb baseVerb leaves out, since a clause rarely
// starts with it: "That Council resolves" over its points.
var resolveVerb = lazyre.New(`^(?:resolve|resolves|decide|decides)$`)

var lowerClause = lazyre.New(`^(?:that|to)\s`)

// bareFollowing is "the following" with no noun after it: "That the
// following be noted:".
var bareFollowing = lazyre.New(`(?i)\bthe\s+following\s+(?:be|is|are|were|was|have\s+been|has\s+been)\b`)

// readsAsClause: short text that is a clause of a list rather than a
// heading, though it may look like one ("1. Approve the programme;", "2.
// Officers develop a plan."): it ends as a clause does or starts with a
// verb or "That".
func readsAsClause(s string) bool {
	first := firstWord(s)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, "; and") ||
		baseVerb.MatchString(first) || strings.EqualFold(first, "that") ||
		decidedVerb.MatchString(first) && len(strings.Fields(s)) >= 4 // "2. Delegated to the Chief Executive final approval …"
}

var (
	// labelAdverb is how a decision was resolved, after its label:
	// "RESOLVED unanimously to …", "RESOLVED by a majority that …".
	// "RESOLVED unanimously: …" puts the label's colon after the adverb.
	labelAdverb = lazyre.New(`^(?i:unanimously|nem\.?\s*con\.?|by\s+(?:a\s+)?majority(?:\s+vote)?)\s*[,:]?\s+`)
	// agendaTitle is an agenda's item title, an infinitive: "To resolve
	// to take apologies …", "To receive declarations of interest".
	agendaTitle = lazyre.New(`^(?:\d+(?:\.\d+)*[.)]?\s+)?To\s+[a-z]{3,}\b`)
)

// ownClause: a decision's text is a clause of its own ("to accept the
// apologies", "that the fees rise"), not words that finish the line above
// ("Cllr Penn, Cllr Hope and Cllr Vane."); one that names who is to act
// and the act ("the Clerk to order the signs") is a clause too.
func ownClause(text string) bool {
	return hasPrefixFold(text, "to ") || hasPrefixFold(text, "that ") || thatDecides("That "+text) || namedToAct.MatchString(text)
}

// clauseItem adds one clause of the open block.
func (f *finder) clauseItem(p paragraph, ref, text string) {
	b := f.blk
	lead := b.lead
	runIn := p.body == b.leadText // written on its label's own line: "RESOLVED unanimously to …"
	if runIn {
		text = strings.TrimPrefix(text, labelAdverb.FindString(text)) // how it was resolved is no part of what
	}
	if (strings.HasSuffix(f.prev.body, ":") || strings.HasSuffix(f.prev.body, ":-")) && !(runIn && (agendaTitle.MatchString(f.prev.body) || ownClause(text))) {
		// as the paper words it, however long: "RESOLVED that the
		// following …:", "Cllr Ash proposed these members:" over
		// "RESOLVED: Cllr Penn and Cllr Hope." (A clause run in after its
		// own label that is a whole clause, "RESOLVED to accept …", or
		// that sits under an agenda title, "To resolve to take
		// apologies … Interests:", takes no lead-in from the line above.)
		lead = f.prev.body
	}
	if b.whole == "" && len(b.clauses) == 0 && b.kind != action.KindCommitment && namesList(lead) && namesOnly(text) && !postHolder.MatchString(text) && !bareFollowing.MatchString(lead) && !deedsListed.MatchString(lead) {
		// "RESOLVED that the following volunteers receive an award: 1.
		// Sam Green 2. Jo Brown": the list names what the one decision
		// acts on. (Projects a plan names are each its own promise; and
		// under "That the following be noted:", with no noun for the
		// list, each point is what is decided, "(a) The information in
		// the report;"; and a list of works or actions to be done gives
		// each deed whole, "a. All ivy removed from the walls.")
		b.whole = lead
		if !strings.HasSuffix(lead, ":") && !strings.HasSuffix(lead, ":-") {
			b.whole += ":"
		}
		b.lead = ""
	}
	if b.wholeOpen && len(b.clauses) > 0 && ref != "" && markerFollows(ownMarker(f.out[b.clauses[len(b.clauses)-1]].Ref), ownMarker(ref)) {
		// "(b) That the rents be set as follows:" over "(i) …", "(ii)
		// …", then "(c) The map be adopted …": the next point in the
		// clause's own numbering is its sibling, not one of its parts,
		// though no "That" opens it; the whole clause is closed.
		b.whole, b.wholeOpen = "", false
	}
	if b.whole != "" && !(ref != "" && hasPrefixFold(text, "that ") && thatDecides(text)) {
		// The list goes into the one decision its lead-in states — unless
		// a numbered point is a whole decision of its own ("… subject to
		// the following amendments: (2) That officers be requested to …").
		if len(b.clauses) > 0 || b.wholeOpen {
			last := &f.out[b.clauses[len(b.clauses)-1]]
			grow(last, strings.TrimSpace(ref+" "+text), p)
			return
		}
		text, ref = b.whole+" "+strings.TrimSpace(ref+" "+text), ""
		b.lead = ""
	}
	kind := f.decided(b.kind)
	if kind == action.KindResolution && b.leadRef == "" {
		// (A lead-in numbered as a point of an unlabelled list, "(ii)
		// That the Director be given delegated authority to:", is one of
		// the list's decisions, not a label over them.)
		f.decidedByLabel = true
	}
	if kind == action.KindResolution && (toRecommend.MatchString(text) || toRecommend.MatchString(afterFronted(text)) || capsRecommendTo.MatchString(text) || recommendedOn.MatchString(lead)) {
		// "(1) To RECOMMEND that Council agrees …": what was decided is
		// a recommendation to another body, still to decide.
		kind = action.KindRecommendation
	}
	if b.onward != "" && ref != "" && markerStyle(ref) == markerStyle(b.onward) {
		b.onward = "" // the clause's sibling: its points are done
	}
	if kind == action.KindResolution && b.onward != "" && ref != "" {
		// "(b) recommends to Council that –" over "(i) …", "(ii) …":
		// each point is what the clause recommends on.
		kind = action.KindRecommendation
	}
	a := action.Action{Ref: ref, Kind: kind}
	if kind == action.KindRecommendation {
		// "6. Social Prescribing – Ensure …": a titled recommendation
		// is a statement of its own and carries no lead.
		a.Title, text = splitTitle(text)
	}
	if a.Title != "" || announcing.MatchString(b.lead) || leadNamesRecs.MatchString(b.lead) && strings.HasPrefix(text, "to ") || b.whole != "" {
		a.Action = text
	} else {
		a.Action = joinLead(b.lead, text)
	}
	if kind == action.KindCommitment {
		f.pointDue(&a, text, b.due)
	}
	if who := delegate(text); who != "" {
		a.Owner = ownersOf(who)
	} else if kind == action.KindCommitment {
		// "The head of internal audit will:" over its points: who
		// undertakes each. (A lead-in under a label gives the block its
		// lead after it opened.)
		if who := cmp.Or(b.owner, promiseOwner(b.lead)); who != "" {
			// ("The Head of Parks and the Clerk will:": each, as a
			// sentence's subject names them.)
			a.Owner = action.SplitOwners(who)
		}
	}
	f.add(p, a)
	b.clauses = append(b.clauses, len(f.out)-1)
	if ref != "" && leadsOn(text) && recommendsOnward(a.Action) {
		b.onward = ref
	}
	b.lastInfinitive = infinitiveDecision(text)
	b.infinitives = b.infinitives || b.lastInfinitive
	if b.asked {
		f.proposals = append(f.proposals, len(f.out)-1)
	}
}

// leadsOn: a clause that ends wanting the points under it, at a colon or
// dash, its "that", or the body it recommends to.
func leadsOn(text string) bool {
	t := strings.TrimSpace(text)
	return endsInColon(t) || strings.HasSuffix(t, "–") || strings.HasSuffix(t, "—") || strings.HasSuffix(t, " -") || hasSuffixFold(t, " that") || recommendsTo.MatchString(t)
}

// toldLead is a lead-in told as a sentence: a subject ("we", "the
// council", "it") and a finite verb after it.
var toldLead = lazyre.New(`(?i)(?:^|[,;]\s*|\b(?:that|which)\s+)(?:we|they|it|the(?:\s+[\w&'’-]+){1,3})\s+(?:has|have|had|is|are|was|were)\b`)

// pointDue gives a promise under a lead-in its deadline: the one its own
// words name ("• replace the fence by March 2027"), else the one the
// lead-in set for all its points (leadDue). A date before the paper's is
// one spoken of, no deadline.
func (f *finder) pointDue(a *action.Action, text, leadDue string) {
	raw := cmp.Or(dueIn(text), leadDue)
	due := resolveDue(raw, f.opts.Date)
	if due == "" || f.opts.Date != "" && due < f.opts.Date {
		return
	}
	a.DueRaw, a.Due = raw, due
}

// leadDue is the deadline a lead-in sets its points: "By March 2027 we
// will:", or, where the words after "by" are no date by themselves, the
// phrase set before its subject up to the year that ends it ("By the
// summer half term (20 July 2027) we will have:").
func leadDue(lead string) string {
	raw := dueIn(lead)
	if m := frontedDue.FindStringSubmatchIndex(lead); m != nil && !yearIn.MatchString(raw) && m[3] <= leadSubjectAt(lead) {
		return lead[m[2]:m[3]]
	}
	return raw
}

// leadSubjectAt is where a lead-in's subject starts, after a phrase set
// before it: the last noun phrase before its first modal or verb ("By
// the end of the season (30 June 2027) the Trust will:", at "the Trust";
// "… 2027) we will", at "we"). A fronted deadline ends before it: in "By
// the spring the Trust will plant 2000 trees:" the year is the deed's,
// and the span up to it runs across the subject and the verb. len(lead)
// when no verb or no subject is found.
func leadSubjectAt(lead string) int {
	end := len(lead)
	for _, re := range []*lazyre.RE{modalWord, finiteVerb} {
		if v := re.FindStringIndex(lead); v != nil && v[0] < end {
			end = v[0]
		}
	}
	if end == len(lead) {
		return end
	}
	loc := wordAt.FindAllStringIndex(lead[:end], -1)
	ws := make([]string, len(loc))
	for i, l := range loc {
		ws[i] = lead[l[0]:l[1]]
	}
	if n := len(ws); n > 1 && subjectPronoun[strings.ToLower(ws[n-1])] {
		return loc[n-1][0]
	}
	if i := subjectStart(ws); i > 0 {
		return loc[i][0]
	}
	return end
}

// wordAt is a word, as strings.Fields splits them.
var wordAt = lazyre.New(`\S+`)

// subjectPronoun is a pronoun that stands as a lead-in's subject.
var subjectPronoun = map[string]bool{"we": true, "they": true, "it": true, "i": true}

// frontedDue is a deadline set before a lead-in's subject, up to the year
// that ends it: "By the end of next term (26 April 2027) we will have:".
var frontedDue = lazyre.New(`(?i)^((?:by|before|no later than)\s+[^,:;]*?\b\d{4}\)?)[,\s]`)

// yearIn finds a year.
var yearIn = lazyre.New(`\b\d{4}\b`)

// leadNamesRecs is a lead-in whose verb already has its object, the
// recommendations its points are ("Cabinet supported the committee's
// recommendations" over "(a) that …", "(b) to approve …"): a point in
// small letters with "to" is one of them, whole, and carries none of the
// lead ("… recommendations to approve …" would misread it as their
// purpose). A point that is a sentence of its own keeps the lead, as
// CONTRACT.md has it.
var leadNamesRecs = lazyre.New(`(?i)\brecommendations$`)

// decided is the kind a decision takes in this paper: in a proposed
// decision (a draft record, a report's proposed decision) nothing is
// decided yet, so its decisions are recommendations.
func (f *finder) decided(kind string) string {
	if f.opts.Proposed && kind == action.KindResolution {
		return action.KindRecommendation
	}
	return kind
}

func (f *finder) endBlocks() {
	f.rec = nil
	f.blk = nil
}

// recommendation starts "Recommendation 6a - Improving Communication:". A
// short rest is its title and the paragraphs after it are its text; a long
// one is the text itself.
func (f *finder) recommendation(p paragraph, ref, rest string) {
	a := action.Action{Ref: ref, Kind: action.KindRecommendation, SourceText: p.text}
	rest = strings.TrimSpace(rest)
	if isTitle(rest) {
		a.Title = strings.TrimRight(rest, " :.-–")
	} else {
		// Title and text run together when the paper's line breaks are
		// lost: "Recommendation 1 - Developing understanding: Explore …".
		a.Title, a.Action = splitTitle(rest)
	}
	f.add(p, a)
	f.rec = &f.out[len(f.out)-1]
}

// isTitle: a recommendation's heading rather than its text.
func isTitle(s string) bool {
	return s == "" || strings.HasSuffix(s, ":") || len(s) <= 100 && !strings.Contains(s, ". ") && !strings.HasSuffix(s, ".")
}

type item struct{ ref, text string }

// splitList splits "(a) That … ; (b) That …" into its items; text without
// such a list is one item, numbered by a marker it starts with or by ref.
func splitList(text, ref string) []item {
	text = strings.TrimLeft(text, ":-–— ")
	padded := " " + text + " "
	locs := inlineList.FindAllStringSubmatchIndex(padded, -1)
	numbered, capitals := false, false
	if len(locs) < 2 {
		locs, numbered = consecutive(numberedList.FindAllStringSubmatchIndex(padded, -1), padded), true
	}
	if len(locs) < 2 {
		// "1. note the report; and 2. endorse the plan": numbers after a
		// clause's end, each before a verb in lower case.
		locs = consecutive(numberedClause.FindAllStringSubmatchIndex(padded, -1), padded)
	}
	if len(locs) < 2 {
		// "1. Note the outcome 2. Agree the priorities": numbers before a
		// decision's verb, the list's line breaks lost.
		locs = consecutive(verbLed(numberedVerb.FindAllStringSubmatchIndex(padded, -1), padded), padded)
	}
	if len(locs) < 2 {
		// "… asked to: a) Approve the framework. b) To delegate …":
		// letters closed by a bracket only, in order from "a".
		locs, numbered = lettered(letterList.FindAllStringSubmatchIndex(padded, -1), padded), false
		for _, loc := range locs {
			loc[1]-- // the capital the match ends on starts the point
		}
	}
	if len(locs) < 2 {
		// "… resolved to: A Note the change …. B Note the appointment
		// …. C Note …": capital letters standing alone, in order from
		// A, the first opening the list and each after a finished
		// sentence, before a capitalised word — three or more, as one
		// "A" may be the article.
		locs = capitalRun(bareCapital.FindAllStringSubmatchIndex(padded, -1), padded)
		capitals = len(locs) > 0
	}
	if len(locs) < 2 {
		// "RESOLVED: i) that the correspondence be received. ii) that
		// …": roman numbers closed by a bracket only, in order from "i".
		locs, numbered = romanOrder(romanList.FindAllStringSubmatchIndex(padded, -1), padded), false
	}
	if len(locs) < 2 {
		if m := thatToMarker.FindString(text); m != "" && markerPat.MatchString(text[len(m):]) {
			text = text[len(m):] // "RESOLVED that 1) the answer be noted;", "RESOLVED to: 1. Note …"
		}
		if m := markerPat.FindString(text); m != "" {
			ref, text = normMarker(m), strings.TrimSpace(text[len(m):])
		} else if m := upperMarker.FindString(text); m != "" {
			ref, text = normMarker(strings.ToLower(m)), strings.TrimSpace(text[len(m):]) // "RESOLVED (A) That …"
		}
		return []item{{ref, text}}
	}
	var out []item
	if head := strings.TrimSpace(padded[:locs[0][0]]); len(head) > 3 && !strings.HasSuffix(head, ":") && !strings.HasSuffix(head, ":-") && padded[locs[0][0]] != ':' {
		out = append(out, item{"", head})
	}
	for i, loc := range locs {
		end := len(padded)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		start, ref := loc[1], "("+padded[loc[2]:loc[3]]+")"
		if capitals {
			ref = strings.ToLower(ref) // "(A)" is "(a)"
		}
		if numbered {
			// The match takes in "That"; the item keeps it.
			ref = padded[loc[2]:loc[3]]
			start = len(padded) - len(strings.TrimLeft(padded[loc[3]:], ".) "))
		}
		t := strings.TrimSpace(padded[start:end])
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, " and"), ";"))
		out = append(out, item{ref, t})
	}
	return out
}

// thatToMarker is the "that" or "to:" between a label and a point's number.
var thatToMarker = lazyre.New(`^(?i:that|to)\s*:?\s+`)

// verbLed keeps the numberedVerb matches whose word is a decision's verb.
func verbLed(locs [][]int, s string) [][]int {
	var out [][]int
	for _, loc := range locs {
		if baseVerb.MatchString(s[loc[4]:loc[5]]) {
			out = append(out, loc)
		}
	}
	return out
}

// consecutive keeps numbered-list matches only when they count 1, 2, 3…
// from the first: "2. That" inside a sentence about version 2 is no item.
// lettered keeps the locs whose letters run a, b, c … from the first,
// up to the first out of turn.
func lettered(locs [][]int, s string) [][]int {
	for i, loc := range locs {
		if loc[3]-loc[2] != 1 || s[loc[2]] != byte('a'+i) {
			return locs[:i]
		}
	}
	return locs
}

// bareCapital is a capital letter standing alone as a point's marker, at
// the list's start or after a finished sentence, before a capitalised
// word: " A Note …", ". B Note …".
var bareCapital = lazyre.New(`(?:^\s|[.;]\s+)([A-H])\s+[A-Z][a-z]`)

// capitalRun keeps the bareCapital locs when they run A, B, C … from the
// list's start, three or more, up to the first out of turn; each loc
// then starts after the stop before its letter (which ends the point
// before), and its text after the letter.
func capitalRun(locs [][]int, s string) [][]int {
	var out [][]int
	for i, loc := range locs {
		if s[loc[2]] != byte('A'+i) || i == 0 && loc[0] != 0 {
			break
		}
		if c := s[loc[0]]; c == '.' || c == ';' {
			loc[0]++
		}
		loc[1] = loc[3]
		out = append(out, loc)
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// romanOrder keeps the locs whose numbers run i, ii, iii … from the
// first, up to the first out of turn.
func romanOrder(locs [][]int, s string) [][]int {
	want := "i"
	for i, loc := range locs {
		if s[loc[2]:loc[3]] != want {
			return locs[:i]
		}
		want = romanNext[want]
	}
	return locs
}

func consecutive(locs [][]int, s string) [][]int {
	for i, loc := range locs {
		if n, err := strconv.Atoi(s[loc[2]:loc[3]]); err != nil || n != i+1 {
			return nil
		}
	}
	return locs
}

// recommends adds "It is recommended that the Board (a) …; (b) …" as
// recommendations; a lead-in ending in a colon makes the numbered points
// that follow recommendations.
func (f *finder) recommends(p paragraph, lead, rest string) {
	f.blocks++
	f.blk = &block{opener: opener{kind: action.KindRecommendation, lead: lead, asked: true}, indent: -1, id: f.blocks}
	if rest == "" || strings.HasSuffix(rest, ":") && len(inlineList.FindAllString(" "+rest+" ", -1)) < 2 {
		return
	}
	if i := strings.Index(rest, ":"); i > 0 && followingAre.MatchString(rest[:i+1]) {
		// "… to note that the following proposals are not recommended:-
		// (1) …; (2) …": one recommendation, its list what it names.
		f.clauseItem(p, p.marker, rest)
		f.blk = nil
		return
	}
	items := splitList(rest, p.marker)
	if len(items) == 1 && lead == "" && hasPrefixFold(p.body, "it is recommended that ") && !strings.HasSuffix(rest, ":") {
		// "It is recommended that funding is provided …": one
		// recommendation, whole as the paper words it.
		items[0].text = strings.TrimSpace(p.body)
		if items[0].ref != "" {
			items[0].text = strings.TrimSpace(strings.Replace(items[0].text, markerPat.FindString(rest), "", 1))
		}
	}
	for _, it := range items {
		f.clauseItem(p, it.ref, it.text)
	}
	if !isListMarker(items[len(items)-1].ref) {
		f.blk = nil
	}
}

// thatLead is a decision's lead ending in the "that" its points go on
// from: "It was RESOLVED that:", "Cabinet agreed that -".
var thatLead = lazyre.New(`(?i)\bthat\s*[:\-–—]?\s*$`)

// logWhoLabel is a person or post alone on a line, ending in a colon,
// over the lines of an action log that fall to them: "Cllr Ash:",
// "Clerk:", "JB:".
var logWhoLabel = lazyre.New(`^(` + personWho + `)\s*:$`)

// namesSomeone: s is a person or a post whole, as a label's value gives
// one ("Cllr Hale", "HEAD OF PARKS", "Parks Team"), not a word of status.
func namesSomeone(s string) bool {
	return !notYetKnown[s] && (personWhole.MatchString(s) || agent(s) != "")
}

// personWhole is personWho, the whole of a line.
var personWhole = lazyre.New(`^(?:` + personWho + `)$`)

// actionByLabel is the label a decision page sets over who acts on its
// decisions, alone on its line: "Action by:".
var actionByLabel = lazyre.New(`(?i)^action(?:ed)?\s+by\s*:$`)

// ownDecisions gives who to the decisions of the last block read, back
// from the last item, that name no owner of their own; false if the last
// item is no decision of a block.
func (f *finder) ownDecisions(who string) bool {
	n := len(f.out)
	if who == "" || n == 0 || n != len(f.blockOf) || f.blockOf[n-1].block == 0 {
		return false
	}
	blk, owned := f.blockOf[n-1].block, false
	for i := n - 1; i >= 0 && f.blockOf[i].block == blk; i-- {
		if a := &f.out[i]; (a.Kind == action.KindResolution || a.Kind == action.KindRecommendation) && len(a.Owner) == 0 {
			a.Owner, owned = []string{who}, true
		}
	}
	return owned
}

// endsLog: p, read under a log of carried actions, gave no row and told
// nothing of how the last row stands, and is the minutes going on past
// the log where they kept no heading: once the log has rows, a whole
// sentence that names nothing of the row above it ("The Chair reported
// on the fete." after "Cllr Hale will write to the bank"). Not a lead-in
// to the rows ("October actions:"), nor a status in words of its own
// ("Ms Lee could not attend." under "Invite Ms Lee to …"), nor a cell of
// a flattened log ("(May 2020)", "14 – Footpaths": a numbered title
// there is the row's agenda item, so numbering alone does not end it),
// nor a status with no subject or verb of its own (newBusiness).
func (f *finder) endsLog(p paragraph) bool {
	if len(f.out) == f.carriedLogAt || p.marker != "" || !endsSentence(p.body) || !newBusiness(p.body) {
		return false
	}
	row := wordSet(f.out[len(f.out)-1].Action)
	for w := range wordSet(p.body) {
		if len(w) >= 5 && row[w] {
			return false
		}
	}
	return true
}

// newBusiness: s opens with a subject — a noun phrase ("The Chair", "A
// resident", "Cllr Smith and Cllr Jones", "Members") — and then its own
// finite verb, one that tells the meeting's business: someone reported,
// spoke, asked ("A resident spoke about dog fouling."). A row's status
// has no subject ("Awaiting quotes.", "Chased in May, no reply yet."), an
// auxiliary or passive ("The supplier has been contacted."), a verb that
// tells how a task stands ("Delivery expected in June."), or a doing
// verb in the past that tells the row's work done ("The contractor
// repaired the fence in May.").
func newBusiness(s string) bool {
	w := strings.Fields(s)
	for k := 0; k < len(w) && k <= 6; k++ {
		v := strings.ToLower(strings.Trim(w[k], ",.;:"))
		if k > 0 && businessVerb[v] {
			return true
		}
		if statusVerb[v] || strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") || v != w[k] && unicode.IsLower([]rune(w[k])[0]) {
			return false // a verb of the row's, or none before the subject ended
		}
		if r, _ := utf8.DecodeRuneInString(w[k]); k == 0 && !unicode.IsUpper(r) {
			return false
		}
	}
	return false
}

var (
	// businessVerb: the past of verbs that tell what was said or put to
	// the meeting.
	businessVerb = map[string]bool{
		"reported": true, "spoke": true, "said": true, "explained": true, "asked": true, "presented": true,
		"discussed": true, "told": true, "gave": true, "read": true, "raised": true, "informed": true,
		"updated": true, "introduced": true, "outlined": true, "advised": true, "described": true,
		"highlighted": true, "mentioned": true, "summarised": true, "summarized": true, "queried": true,
		"questioned": true, "thanked": true, "welcomed": true, "noted": true, "agreed": true,
		"resolved": true, "considered": true, "proposed": true, "declared": true, "made": true, "took": true,
	}
	// statusVerb: auxiliaries and verbs that tell how a task stands.
	statusVerb = map[string]bool{
		"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true, "will": true,
		"would": true, "could": true, "can": true, "may": true, "should": true, "must": true, "still": true,
		"expected": true, "completed": true, "contacted": true, "chased": true, "received": true, "ordered": true,
		"delivered": true, "replied": true, "awaited": true,
	}
)

// lastRow is what a line telling how the last item stands may change of
// it, "" when there is no item yet.
func (f *finder) lastRow() string {
	if len(f.out) == 0 {
		return ""
	}
	a := f.out[len(f.out)-1]
	return a.Action + "\x00" + a.StatusRaw + "\x00" + a.Status + "\x00" + a.Progress + "\x00" + a.DueRaw
}

func (f *finder) add(p paragraph, a action.Action) {
	if f.declaring && a.Kind == action.KindCommitment {
		// "Cllr Batt / Member of HBC – will consider any same item at
		// HBC afresh": what a member says of an interest declared
		// undertakes no work.
		return
	}
	if f.carriedLog && a.Kind == action.KindCommitment {
		a.Kind = action.KindAction
	}
	// A bullet marks the point; it is not the point's words.
	a.Action = strings.TrimPrefix(a.Action, bulletGlyph.FindString(a.Action))
	if a.Kind == action.KindResolution || a.Kind == action.KindRecommendation {
		if head, points := inlineRun(a.Action); len(points) > 0 && a.Title == "" {
			// "That authority be delegated to the Director to (i)
			// publish … (ii) amend … and (iii) bid …": each power given
			// is a decision of its own with the clause's words, as the
			// points set under a clause's "to:" are.
			for _, pt := range points {
				c := a
				c.Ref, c.Action = a.Ref+pt.ref, head+" "+pt.text
				f.add(p, c)
			}
			return
		}
	}
	if (f.opts.Genre == action.DocMinutes || f.opts.Genre == action.DocDecision || f.opts.Genre == "") && a.Kind != action.KindAction && asksAll(a.Action) {
		// "b) were the targets the right ones?" under "The Board was
		// asked:": a question put to the meeting, each sentence asked
		// (asks), which the meeting answers and no one takes on.
		return
	}
	if nilReturn(a.Action) {
		// "Declarations of Interest – none.", "Grants for Dispensation –
		// none requested": an agenda item's title and that nothing came
		// of it.
		return
	}
	if a.Kind == action.KindResolution || a.Kind == action.KindRecommendation {
		// "(Vote: For – 28, Abstentions – 5)": how it was carried, not
		// what was decided.
		a.Action = strings.TrimLeft(voteTally.ReplaceAllString(a.Action, ""), ",;:- ")
		if m := voteSentence.FindStringSubmatchIndex(a.Action); m != nil && !proposes.MatchString(a.Action) && !strings.Contains(a.Action, "nominated") {
			// (A proposal or nomination keeps the vote that carried it:
			// "Peter Hill proposed Kay Wiltshire become chair. All in
			// favour.")
			a.Action = strings.TrimSpace(a.Action[:m[2]]) // "… be donated. Unanimously agreed."
		}
		a.Action = unglued(a.Action)
		if m := stageNote.FindStringIndex(a.Action); m != nil && endsSentence(a.Action[:m[0]]) {
			// "… be appointed Chair. (COUNCILLOR WAINWRIGHT IN THE
			// CHAIR)": the minute's note of who took the chair or left,
			// set in capitals after the decision, is none of it.
			a.Action = strings.TrimSpace(a.Action[:m[0]])
		}
		if m := nextLetter.FindStringSubmatchIndex(a.Action); m != nil {
			// "… signed by the Chair. b.": the next point's letter, its
			// words cut away.
			a.Action = a.Action[:m[3]]
		}
		if a.Ref != "" {
			// "… Noted the plan. 1.1.": the point's number printed again
			// at its end, as a page's number column reads run in.
			if rest, ok := strings.CutSuffix(strings.TrimSuffix(a.Action, "."), " "+strings.TrimSuffix(a.Ref, ".")); ok && endsSentence(rest) {
				a.Action = rest
			}
		}
		if len(a.Owner) == 0 {
			a.Owner = delegatedOwners(a.Action)
		}
		if len(a.Owner) == 0 && f.blk != nil && thatLead.MatchString(f.blk.leadText) && !thatStart.MatchString(a.Action) && !strings.Contains(strings.ToLower(a.Action), " that ") {
			// "RESOLVED that: (c) the Friends Group bring a report in
			// May": the point is the lead's that-clause, its "That" left
			// with the lead, and read as one. (Not a point that took its
			// lead's words in, "This report asks … that the plan be …".)
			a.Owner = delegatedOwners("That " + a.Action)
		}
		if len(a.Owner) == 1 && f.ownBody != "" && strings.EqualFold(trimName(a.Owner[0]), f.ownBody) {
			// "(2) It was agreed that the Finance Committee would
			// review …" read as a decision (a decision page's numbered
			// points) on the Finance Committee's own page: the body
			// deciding, no owner. (In minutes the same line is read as
			// the body's undertaking, a commitment it owns, as "the
			// Council would review …" is; this drop is for decisions.)
			a.Owner = nil
		}
		if a.DueRaw == "" {
			f.decisionDue(&a)
		}
	}
	if a.Kind == action.KindResolution && f.minute != "" && (f.opts.Genre == action.DocMinutes || f.opts.Genre == "" && a.Ref == "") {
		// (A page that may not be minutes still gives an unnumbered
		// decision its item's number: "3. Disposals Programme" over "The
		// recommendations were approved.")
		a.Ref = minuteRef(f.minute, a.Ref)
	}
	if a.Kind == action.KindResolution && votersOnly.MatchString(a.Action) && len(f.out) > 0 && f.lastAt >= f.paras-1 {
		if last := f.out[len(f.out)-1]; last.Kind == action.KindResolution && last.Ref == a.Ref {
			// "RESOLVED to approve the minutes." then "Proposed by Cllr
			// White, seconded by Cllr Lee, resolution carried.": the vote
			// on the decision just read, which decides nothing more. (A
			// vote under an item's title alone is how its decision is told.)
			return
		}
	}
	if len(f.out) > 0 && f.lastAt == f.paras && minutesSigned.MatchString(a.Action) {
		if last := &f.out[len(f.out)-1]; last.Kind == action.KindResolution && last.SourceText == p.text && minutesWord.MatchString(last.Action) {
			// "The minutes of the last meeting were approved. The Chair
			// was authorised to sign them.": signing the record is how
			// its approval is carried out, part of the decision told just
			// before it in the paragraph, neither a decision nor an
			// undertaking of its own.
			last.Action = joinText(last.Action, a.Action)
			return
		}
	}
	if a.Kind == action.KindResolution && resolvedToRecommend.MatchString(a.Action) {
		// "It was resolved to recommend the revised Terms of Reference
		// to the Council": a committee's decision that another body is
		// still to make. (It keeps its minute's number.)
		a.Kind = action.KindRecommendation
	}
	if due := resolveDue(f.whenHead, f.opts.Date); a.DueRaw == "" && due != "" && due >= f.opts.Date && (a.Kind == action.KindCommitment || a.Kind == action.KindAction) {
		// A step under its timetable's heading. (A date before the
		// paper's heads an entry of a diary or news page, no deadline.)
		a.DueRaw, a.Due = f.whenHead, due
	}
	if a.Due == "" && f.nextMeeting != "" && nextMeetingWords.MatchString(a.DueRaw) {
		a.Due = f.nextMeeting
	}
	if a.Theme == "" {
		a.Theme = f.theme
		if f.lostHead != "" && (a.Kind == action.KindCommitment || a.Kind == action.KindAction) {
			a.Theme = f.lostHead
		}
	}
	a.Page = p.page
	if a.SourceText == "" {
		a.SourceText = p.text
	}
	reached := ""
	if len(a.Owner) > 0 {
		f.ownPoint(a.Owner...)
	} else if f.planOwner != "" && a.Kind == action.KindCommitment && completesWill(a.Action) {
		reached = f.planOwner
	}
	f.out = append(f.out, a)
	f.lastAt = f.paras
	f.purposeStyle = ""
	id := 0
	if f.blk != nil {
		id = f.blk.id
	}
	f.blockOf = append(f.blockOf, origin{block: id, entry: f.entry, reached: reached})
	if a.Kind == action.KindResolution || a.Kind == action.KindRecommendation {
		// "That the report go to Council with a recommendation that; (i)
		// … (ii) …": the decision, and each point it forwards.
		for _, it := range romanRunIn(a.Action) {
			sub := a
			sub.Ref, sub.Action, sub.Owner = a.Ref+it.ref, it.text, nil
			if o := delegatedOwners(it.text); o != nil {
				sub.Owner = o
			}
			f.out = append(f.out, sub)
			f.blockOf = append(f.blockOf, origin{block: id, entry: f.entry})
		}
	}
}

// nextLetter is a lone letter's marker after a finished sentence, at the
// end of text.
var nextLetter = lazyre.New(`\w([.;])\s+\(?[b-h][.)]$`)

// nilReturn: every sentence of text is a title, a dash or colon, and
// "none" or "nil", perhaps with a participle ("– none recorded").
func nilReturn(text string) bool {
	sentences := strings.SplitAfter(strings.TrimSpace(text), ". ")
	for _, s := range sentences {
		if !nilEntry.MatchString(strings.TrimSpace(s)) {
			return false
		}
	}
	return true
}

var nilEntry = lazyre.New(`(?i)^[^.:–—]{3,80}?\s*(?:[:–—]|\s-)\s*(?:none|nil)(?:\s+(?:recorded|requested|received|declared|made|reported|noted|given))?\.?$`)

// bulletGlyph is a bullet that opens a point's text ("• 0607 RESOLVED …").
// (A dash or "o" may open words; those are left.)
var bulletGlyph = lazyre.New(`^[` + layout.Bullets + `]\s+`)

// minutesSigned is a sentence that tells only that the minutes were
// signed, or who was to sign them: "The minutes were signed by the
// Chair.", "Both sets of minutes were duly signed.", "Mrs Lark was
// authorised to sign them", "The Chairman then signed the minutes." Only
// a short "by …", "as …" may follow: "… to sign them and to write to the
// bank" promises more.
var minutesSigned = lazyre.New(`(?i)^(?:(?:(?:the|these|both)\s+(?:sets?\s+of\s+)?minutes|they|these)\s+(?:was|were)\s+(?:then\s+|duly\s+|subsequently\s+)*signed\b|[^.;]{2,60}?\s+(?:was|were)\s+(?:duly\s+)?authori[sz]ed\s+to\s+sign\s+(?:them|these|the\s+minutes)\b|(?:the\s+)?[^.;]{2,40}?\s+(?:then\s+|duly\s+)*signed\s+(?:them|these|the\s+minutes)\b)(?:\s+(?:by|on|as|at|in)\s+[^.;]{1,60})?\s*\.?$`)

// minutesWord: a decision about the minutes (or the record) of a meeting.
var minutesWord = lazyre.New(`(?i)\bminutes\b|\b(?:true|correct|accurate)\s+record\b`)

// votersOnly is a sentence that tells only who moved and seconded a motion
// and that it carried, not what it was: "Proposed by Cllr White, seconded
// by Cllr Lee, resolution carried.", "This was seconded by Cllr Cobb and
// unanimously agreed.", "Proposed Cllr Burrows."
var votersOnly = lazyre.New(`^(?:[` + layout.Bullets + `-]\s*)?(?i:(?:it|this|which|the\s+(?:motion|proposal|resolution))\s+(?:was|were)\s+)?(?:(?i:proposed|moved|seconded)(?:\s+by)?\s+` + voter + `(?:,?\s+(?:and\s+)?(?i:seconded|proposed)(?:\s+by)?\s+` + voter + `)?|(?i:(?:proposed|seconded)\s+and\s+(?:carried|agreed)))(?i:[,.;]?\s*(?:and\s+|with\s+)?(?:(?:the\s+)?(?:resolution|motion)\s+(?:was\s+)?)?(?:(?:unanimously\s+)?(?:carried|agreed|approved)(?:\s+unanimously|\s+by\s+all(?:\s+present)?)?|all\s+in\s+favour|unanimously|nem\.?\s*con\.?))*\.?$`)

// voter names who moved or seconded: "Cllr. J. Cobb", "Sara McCulloch",
// "Cllrs Ash & Oak".
const voter = `(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s*)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&|and))*?`

// romanRunIn is the list a decision runs in after "… that;" or "…:",
// numbered (i), (ii) … in order: its points, each without the "and" that
// joins it to the next. Nil when the text runs in no such list.
func romanRunIn(text string) []item {
	if !strings.Contains(text, "(ii)") {
		return nil
	}
	padded := " " + text + " "
	locs := inlineList.FindAllStringSubmatchIndex(padded, -1)
	first := slices.IndexFunc(locs, func(l []int) bool { return padded[l[2]:l[3]] == "i" })
	if first < 0 {
		return nil
	}
	marks := countingRun(padded, locs[first:])
	if len(marks) < 2 {
		return nil
	}
	head := strings.TrimSpace(padded[:marks[0][0]])
	if !strings.HasSuffix(head, ":") && !strings.HasSuffix(head, ":-") && !hasSuffixFold(strings.TrimRight(head, ";"), " that") {
		return nil
	}
	return runPoints(padded, marks)
}

// leadAlone is a decision's lead-in whose clauses went elsewhere: "The
// Executive RESOLVED to RECOMMEND to Council that".
var leadAlone = lazyre.New(`(?i)^(?:the\s+)?[\w ]{0,40}?\b(?:resolved|recommended)(?:\s+to\s+recommend)?(?:\s+to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive))?\s+(?:that|to)\s*[:\-–—]?$`)

// reportApproved: "The recommendations were approved." is a minute's only
// item, so the recommendations it carried are the report's, not text read
// elsewhere on the page ("3. Disposals Programme – Report by the
// Director" over it).
func reportApproved(items []action.Action, a action.Action) bool {
	if !isMinuteNumber(a.Ref) || !strings.Contains(strings.ToLower(a.Action), "recommendation") {
		return false
	}
	n := 0
	for _, b := range items {
		if b.Ref == a.Ref || strings.HasPrefix(b.Ref, a.Ref+"(") {
			n++
		}
	}
	return n == 1
}

// voteOnly says how a motion fared and nothing of what it said: "The
// proposal was carried unanimously.", "The recommendations as set out in
// the report were moved, seconded and carried."
var voteOnly = lazyre.New(`(?i)^(?:the|this)\s+(?:substantive\s+)?(?:motion|proposal|amendment|recommendations?)(?:\s+(?:as\s+)?(?:set\s+out|contained|detailed|printed)\s+in\s+(?:the|this)\s+(?:report|agenda|paper))?\s+(?:was|were)\s+(?:then\s+)?(?:(?:proposed|moved)[^.]{0,80}?\s+)?(?:carried|agreed|approved|lost|defeated)(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+[^.]{1,40}))?\.?$`)

// subjectAlone is a decision's subject with nothing decided: "That the
// Board", its clauses lost to the page.
var subjectAlone = lazyre.New(`^(?:RESOLVED\s*[:\-–—]?\s*)?(?:That|THAT|that)\s+(?:the\s+)?` + deciders + `\s*[.:;]?$`)

// labelLead is a decision's label and lead-in with nothing after it:
// "Resolved to RECOMMEND: (to Council)", "RECOMMENDED that".
var labelLead = lazyre.New(`(?i)^(?:resolved|agreed|decided|recommended)(?:\s+to\s+recommend)?\s*(?::-|:)?\s*(?:\((?:to|for)\s+[^)]{1,40}\))?(?:\s*that)?\s*(?::-|:)?$`)

// bareLead: a short lead-in left with no points after it ("Cabinet
// RECOMMENDED that Council:") is no item.
func bareLead(s string) bool {
	s = strings.TrimSpace(s)
	return (strings.HasSuffix(s, ":") || strings.HasSuffix(s, ":-") || strings.HasSuffix(s, " -") || strings.HasSuffix(s, " –") || strings.HasSuffix(s, " —")) && len(strings.Fields(s)) <= 8
}

// bareWord is a word that is no item on its own. ("Noted." is: a
// decision page's "Decision:" over "Noted." records what was decided.)
var bareWord = map[string]bool{"that": true, "to": true, "and": true, "or": true, "the": true, "resolved": true, "agreed": true, "decided": true}

// readerAsked is a notice's request of its readers or of whoever comes
// to the meeting, or an ask of open business ("Members are asked to
// submit any declarations"), not a proposal to a decision maker.
// invitedLead is a body invited to do something, up to a dozen words
// (an item's heading run in) before it.
var invitedLead = lazyre.New(`(?i)^(?:[\w&'’]+\s+){1,12}?(?:is|are)\s+invited\s+to\s+[a-z]`)

var readerAsked = lazyre.New(`(?i)\b(?:asked|requested|invited)\s+to\s+[a-z]+\s+any\b|\b(?:asked|requested|invited)\s+to\s+(?:suggest|propose|put forward|submit)\s+(?:any\s+|future\s+|further\s+)*(?:agenda\s+)?items\b|^(?:you|all\s+(?:persons|people|those|visitors)\b[^.]{0,40}?|(?:(?:the\s+)?press\s+and\s+(?:the\s+)?)?(?:members\s+of\s+the\s+)?public\b[^.]{0,40}?|anyone\b[^.]{0,40}?)\s+(?:are|is)\s+(?:\w+ly\s+)?(?:asked|requested|invited)\s+to\b` +
	// "Residents who wish to speak are requested to email the Clerk":
	// whoever wishes to take part.
	`|^[^.]{0,60}?\bwho\s+wish(?:es)?\s+to\b[^.]{0,80}?\s(?:are|is)\s+(?:\w+ly\s+)?(?:asked|requested|invited)\s+to\b`)

// toBody heads what a committee puts to another body to decide: "To
// Council:", "Recommendation to Full Council:".
var toBody = lazyre.New(`^(?i:recommendations?\s+)?(?:to|To|TO)\s+(?:(?i:the|full)\s+)?(?:Council|Cabinet|Executive|COUNCIL|CABINET|EXECUTIVE)\s*[:\-–—]$`)

// decisionDue gives a decision the deadline its words set. "The minutes
// of the meeting held on 3 March", "the plan for 2021/22": a date a
// decision speaks of, not one it sets.
func (f *finder) decisionDue(a *action.Action) {
	a.DueRaw = dueIn(a.Action)
	a.Due = resolveDue(a.DueRaw, f.opts.Date)
	if a.Due != "" && (f.opts.Date != "" && a.Due < f.opts.Date || pastEventIn(a.Action)) {
		a.DueRaw, a.Due = "", ""
	}
}

// stepsApproved: clause, a decision told in the past that ends in a
// colon ("2. Approved the next steps set out in the report:"), heads
// point text in the infinitive ("To agree …") as a step it decides. A
// clause told otherwise ("That the terms of reference be amended to
// read:" over duties in the infinitive), one that names its points as
// grounds or parts ("… on the grounds that:"), or one that only
// announces "the following", does not; nor does a verb that only takes
// note ("2. Noted the steps officers are already taking:" over "To hire
// more staff": the officers' work, not the meeting's decision).
func stepsApproved(clause *action.Action, text string) bool {
	src := strings.Fields(clause.SourceText) // its number, then its verb
	told := len(src) > 0 && decidingPast.MatchString(src[0]) || len(src) > 1 && decidingPast.MatchString(src[1])
	return told && strings.HasSuffix(clause.SourceText, ":") && toKnownVerb(text) &&
		!elaborates.MatchString(clause.Action) && !announcing.MatchString(strings.TrimRight(clause.Action, ":-–— "))
}

// decidingPast is a past-tense verb that decides what is to be done, or
// hands it on to be done ("Delegated", "Commissioned"), as decidedVerb's
// "Noted", "Considered" or "Welcomed" do not.
var decidingPast = lazyre.New(`(?i)^(?:Approved|Agreed|Endorsed|Adopted|Authori[sz]ed|Resolved|Instructed|Requested|Delegated|Recommended|Supported|Decided|Commissioned)$`)

// toKnownVerb is a point in the infinitive with a capital "To" and a
// verb the lists know: "To prepare a plan …", "To align the two plans …".
func toKnownVerb(text string) bool {
	w := strings.Fields(text)
	if len(w) < 3 || w[0] != "To" {
		return false
	}
	v := strings.ToLower(w[1])
	return knownVerb(v) || planVerb[v]
}

// infinitivePoint is a point in the infinitive, lower case: "to bid,
// negotiate and complete …".
var infinitivePoint = lazyre.New(`^to\s+[a-z]{3,}\b`)

// infinitiveList gives a text's points when it is a numbered list of
// decisions in the infinitive run together ("1. To note … 2. To agree
// …"), from its first number; nil otherwise.
func infinitiveList(text string) []item {
	if !strings.HasPrefix(text, "1. To ") && !strings.HasPrefix(text, "1) To ") {
		return nil
	}
	items := splitList(text, "")
	if len(items) < 2 {
		return nil
	}
	for _, it := range items {
		if it.ref == "" || !infinitiveDecision(it.text) {
			return nil
		}
	}
	return items
}

// pastInSubject is a verb in the past before a subjunctive's "be": "The
// Portfolio Holder, Cllr Ash, requested the minutes be approved" reports
// a request; "The Minutes of the meeting held on 4 May be confirmed"
// decides. A participle before a preposition ("the updates proposed to
// the Plan", "as presented at Appendix A") qualifies the subject.
var pastInSubject = lazyre.New(`\s[a-z]+ed\s+(?:the|a|an|that|this|these|those|all|its|their|his|her|our)\s|\s(?:said|asked|moved|sought|felt|thought)\s|\s(?:proposed|requested)\s+(?:the|a|an|that|this|these|those|all|its|their|his|her|our)\s`)

// speaking is the meeting letting someone speak, which decides nothing
// of the matter before it.
var speaking = lazyre.New(`(?i)\b(?:permission|leave|allowed|invited)\s+to\s+(?:speak|address)\b|\bspoke\s+(?:in\s+support|against|on)\b`)

// resolvedLater is a decision's formula after a paragraph's first
// sentences.
var resolvedLater = lazyre.New(`[.!?]\s+((?:It\s+was\s+)?(?:resolved|RESOLVED|Resolved)\b.*)$`)

// partsOfOne joins a list whose points have no verb of their own into
// the one decision the line after it completes: "RESOLVED that: 1. the
// public minutes; and 2. the confidential minutes" then "of the meeting
// … be confirmed and signed". It reports whether it did.
func (f *finder) partsOfOne(b *block, p paragraph) bool {
	n := len(b.clauses)
	if n < 2 || b.clauses[0] != len(f.out)-n || !thatBe.MatchString(p.body) || modalBefore(p.body) {
		return false
	}
	text := ""
	for _, k := range b.clauses {
		a := f.out[k]
		if thatBe.MatchString(a.Action) || decidesFinite(a.Action) || baseVerb.MatchString(firstWord(a.Action)) || strings.EqualFold(firstWord(a.Action), "that") {
			return false // a point that decides on its own
		}
		text = joinText(text, strings.TrimSpace(a.Ref+" "+a.Action))
	}
	first := &f.out[b.clauses[0]]
	first.Action, first.Ref = joinText(text, p.body), ""
	first.SourceText = joinText(first.SourceText, p.text)
	f.out, f.blockOf = f.out[:b.clauses[0]+1], f.blockOf[:b.clauses[0]+1]
	b.clauses = b.clauses[:1]
	b.single = true
	return true
}

// postHolder is a point that pairs a post with whoever fills it: "Vice
// Chair: Cllr Lowe", "Tree Warden – Sam Green", "Finance – Councillors
// Ash, Oak and Elm". Under a lead-in naming "the following", each such
// point is an appointment of its own, not a name the one decision lists.
var postHolder = lazyre.New(`^[A-Z][\w&'’ ,/()-]{1,60}?(?:\s*:|\s+[–—-]|\.)\s+(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]` +
	// "Cllr Hart to the Village Hall Committee", "Mrs Lee as Tree Warden":
	// the member named, then the body or post.
	`|^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:and|&)\s+(?:Cllrs?\.?\s+)?[A-Z][\w'’-]+)?\s+(?:to|as|on|for)\s+(?:the\s+)?[A-Z]` +
	`|^[A-Z][\w&'’ ,/()-]{0,50}?\b(?i:officer|representative|rep|warden|chair(?:man|person)?|secretary|treasurer|clerk|member|lead|champion|liaison|delegate|trustee|governor)\s*(?::|[–—-])\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\.?$`)

// memberTold is a member's words reported, run in after an agenda's
// title: "To receive Declarations of Interest Cllr T. Munday spoke to
// express …" records the meeting; it decides nothing.
var memberTold = lazyre.New(`\b(?:Cllrs?|Councillors?)\.?\s+(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’-]+\s+(?:\w+ly\s+)?(?:spoke|declared|said|reported|explained|stated|asked|raised|informed)\b`)

// labelOnly is a decision's label with nothing after it.
var labelOnly = lazyre.New(`^(?:[` + layout.Bullets + `*-]\s*)?(?i:resolved|agreed|decided|decisions?(?:\s+(?:taken|made))?)\s*[:.\-–—]*$`)

// deedsListed names its list as things to be done: "the following works
// needed doing:", "the following actions:".
var deedsListed = lazyre.New(`(?i)\bthe\s+following\s+(?:[\w-]+\s+)?(?:works?|actions?|tasks?|jobs?|repairs?|improvements?|measures?|steps?)\b`)

// recommendsToList is a decision that ends at the body it recommends to,
// with no stop and nothing recommended ("RESOLVED that the Panel recommend
// to the Board"): the list below is what it recommends.
func recommendsToList(s string) bool {
	return recommendsTo.MatchString(s) && recommendsOnward(s)
}

var recommendsTo = lazyre.New(`\b(?i:recommends?|recommended)\s+to\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|&))*$`)

// followingStop ends a decision whose subject is the list below it, with
// a stop: "that the following grants be awarded.".
var followingStop = lazyre.New(`(?i)\bthe\s+following(?:\s+[\w-]+){0,3}\s+(?:be|are|were|is|was)\s+(?:[\w-]+\s+){0,2}?[\w-]+\.$`)

// followingEnd ends a lead-in that names its list: "the following
// recommendations".
var followingEnd = lazyre.New(`(?i)\bthe following(?:\s+[\w-]+){0,2}$`)

// danglingSubject ends a lead-in whose colon was lost after the subject
// its clauses' verbs complete: "… recommend that Council".
var danglingSubject = lazyre.New(`(?:^|\s)(?:that|THAT)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}$`)

// remitPoints marks the points under a lead-in that names a body's
// remit: "The Staffing Committee shall have the following
// responsibilities:" over "a. to be responsible for staff recruitment;
// b. decide upon annual salary awards; …" says what the committee may
// do, not what it decided or undertook. A lead-in that decides ("RESOLVED
// that the following powers be delegated:") is no remit.
func remitPoints(ps []paragraph) []bool {
	marks := make([]bool, len(ps))
	remit := false
	for i, p := range ps {
		point := (p.marker != "" || bulletPat.MatchString(p.text)) && !p.heading
		switch {
		case !point && ((remitLead.MatchString(p.body) || remitTitle.MatchString(p.body)) && !decides.MatchString(p.body) || remitModal(p.body)):
			remit = true
		case remit && !point && !p.heading && pointsOn.MatchString(p.body) && !decidesOn.MatchString(p.body):
			// "In accordance with approved policies –" between the
			// remit's title and its points still leads into them.
		case !point:
			remit = false
		default:
			marks[i] = remit
		}
	}
	return marks
}

// remitLead leads in a body's remit: its responsibilities, powers,
// functions or terms of reference.
var remitLead = lazyre.New(`(?i)\b(?:responsibilities|powers|functions|duties|remit|terms\s+of\s+reference)\b[^.:]*:\s*$`)

// remitModal tells whether a lead-in says what a body shall be able to
// do: "The Personnel Committee shall be delegated to make decisions … in
// the following matters:". Not when a decision comes first ("RESOLVED
// that the Clerk shall be delegated the following:").
func remitModal(s string) bool {
	if !strings.Contains(s, ":") || !holdsWord(s, "following") {
		return false // asked of every paragraph; most have neither
	}
	loc := modalFollowing.FindStringIndex(s)
	return loc != nil && !decides.MatchString(s[:loc[0]])
}

// modalFollowing is a lead-in in the modal over what follows: "shall
// have the following", "will be delegated … the following matters:".
var modalFollowing = lazyre.New(`(?i)\b(?:shall|will)\s+(?:have|be\s+delegated)\b[^.]*\bfollowing\b[^.]*:\s*$`)

// remitTitle is a line that only names a remit: "Terms of Reference".
var remitTitle = lazyre.New(`(?i)^(?:terms\s+of\s+reference|remit|delegated\s+powers|functions)\s*:?$`)

// pointsOn is a short line that ends by pointing at what follows.
var pointsOn = lazyre.New(`^[^.]{0,80}(?::|\s[–-])$`)

// decidesOn is a lead-in that ends in its decision: "The Council
// RESOLVED that:", "Members agreed the following:" (but not "In
// accordance with approved policies –").
var decidesOn = lazyre.New(`(?i)\b(?:agreed|approved|resolved|decided|endorsed|adopted|noted|delegated|recommended|agrees|approves|resolves|decides|recommends)\s*(?:that|to|the\s+following|as\s+follows)?\s*(?::-?|[–-])$`)

// voteSentence is a decision's last sentence when all it says is how the
// decision was carried: "Unanimously agreed.", "All in favour.".
var voteSentence = lazyre.New(`(?i)[.;]\s+((?:unanimously\s+(?:agreed|carried|resolved)|(?:agreed|carried|resolved)\s+unanimously|carried|all\s+(?:in\s+favou?r|agreed)|agreed\s+by\s+all|nem\.?\s*con\.?)\.?)$`)

// voteTally is a decision's vote, in brackets after it.
var voteTally = lazyre.New(`(?i)\s*\((?:votes?|voting)\s*:[^)]*\)\s*$`)

// stageNote is a note in capitals and brackets closing a decision's
// text: "(COUNCILLOR J SMITH IN THE CHAIR)", "(CLLR ASH LEFT THE MEETING)".
var stageNote = lazyre.New(`\s\(\p{Lu}[\p{Lu}\s.'’-]{8,}\)\s*\|?$`)

// origin is where an item was read: its block of clauses (0 for none)
// and its entry of a decisions list.
//
// reached is the plan owner whose reach the item was read in (see
// promised), kept with the item as out is cut back or thinned
// (dropAgenda), so that it is given to this item and no other.
type origin struct {
	block, entry int
	reached      string
}

func joinText(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// nested is what a paragraph is in a list of bullets each with its
// points set in deeper under it: the bullet itself (a title), a point
// under it (an action under that title), or a short line after a point
// (how it stands).
type nested struct {
	title, headText string
	head, status    bool
	// item: the bullet is itself the action, its cells set in under it
	// (cellBullets); owner: such a cell that names who; label: a
	// status's label standing over it ("Status:" over "Delivered").
	item, owner, label bool
}

// nestedUnderBullets reads a plan's list of headed bullets: "• Offer
// awareness raising to all staff" over, set in deeper, "Provide bespoke
// sessions for staff and partners" and "Being implemented". Each bullet
// is the title of the points set in under it, each point an action with
// that title, and a line of three words or fewer after a point its
// status. It reads them only where two or more bullets have points so
// set, which says the list is built that way.
//
// wraps, given for a paper of pages, holds where each bullet's words
// wrap to (bulletWraps): a point there must stand deeper than that, for
// a PDF sets a bullet's own wrapped lines in under its glyph.
func nestedUnderBullets(ps []paragraph, wraps map[int]float64) map[int]nested {
	out := map[int]nested{}
	groups := 0
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if !bulletPat.MatchString(p.text) || p.heading {
			continue
		}
		in := p.indent
		if wraps != nil {
			w, ok := wraps[i]
			if !ok {
				continue // where its words would wrap is not known
			}
			in = max(in, w)
		}
		j := i + 1
		points := 0
		group := map[int]nested{}
		title := strings.TrimSpace(dropBullet(p.body))
		for ; j < len(ps) && !bulletPat.MatchString(ps[j].text) && ps[j].marker == "" && ps[j].indent > in+4; j++ {
			short := len(strings.Fields(ps[j].body)) <= 3 && !endsSentence(ps[j].body)
			if short && points > 0 && statusLabel(ps[j].body) && j+1 < len(ps) && ps[j+1].indent == ps[j].indent && ps[j+1].marker == "" && !bulletPat.MatchString(ps[j+1].text) {
				// "Status:" over "Delivered": the label, and the
				// status under it.
				group[j] = nested{label: true}
				continue
			}
			if short && points > 0 {
				group[j] = nested{status: true}
				continue
			}
			if !sentenceCase.MatchString(ps[j].body) || len(strings.Fields(ps[j].body)) < 4 {
				points = 0 // a name, a label: no list of headed points
				break
			}
			group[j] = nested{title: title, headText: p.text}
			points++
		}
		if points == 0 {
			continue
		}
		groups++
		group[i] = nested{head: true}
		for k, n := range group {
			out[k] = n
		}
		i = j - 1
	}
	if groups < 2 {
		out = map[int]nested{}
	}
	for k, n := range cellBullets(ps) {
		if _, ok := out[k]; !ok {
			out[k] = n
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// bulletWraps gives, for each bullet of a paper of pages, the indent its
// words wrap to: its own second line's, or where another bullet set as
// far in wraps ("• Keep the library open" at 20 points over "on
// Saturdays" at 38 says a bullet at 20 wraps to 38). A bullet of one
// line on a paper where no bullet so set wraps is left out.
func bulletWraps(ld layout.Doc, ps []paragraph) map[int]float64 {
	own := map[int]float64{}
	for k, p := range ps {
		if !bulletPat.MatchString(p.text) || p.line <= 0 || p.line >= len(ld.Lines) {
			continue
		}
		next := ld.Lines[p.line] // the line after its first
		if strings.TrimSpace(next.Text) == "" || next.IsTable() || next.Page != p.page || k+1 < len(ps) && ps[k+1].line == p.line+1 {
			continue
		}
		own[k] = next.Indent
	}
	out := map[int]float64{}
	for k, p := range ps {
		if !bulletPat.MatchString(p.text) {
			continue
		}
		if w, ok := own[k]; ok {
			out[k] = w
			continue
		}
		for o, w := range own {
			if math.Abs(ps[o].indent-p.indent) <= 2 {
				out[k] = max(out[k], w)
			}
		}
	}
	return out
}

// statusLabel is a label standing alone over a status: "Status:",
// "Progress:" (a word or two, a colon after them). The words are few on
// purpose: a label over a point's other fields reads otherwise.
func statusLabel(t string) bool {
	return statusLabelPat.MatchString(strings.TrimSpace(t))
}

var statusLabelPat = lazyre.New(`(?i)^(?:current\s+)?(?:status|progress|rag(?:\s+status)?)\s*:$`)

// cellBullets reads a list whose bullets are themselves the actions, each
// with its cells set in deeper on the lines under it, as a web page
// copies a plan kept as cards: "• Repaint the bandstand" over "Ann
// Smith" and "On track". Under each such bullet are one to three short
// lines, none a sentence, the last a status; those before it name who
// leads it (or, a date, when it is due). It reads them only where two or
// more bullets of one run of cards (no other paragraph between them) end
// in a status the contract knows, which says the list is built that way.
// In such a paper another run is read too where each of its bullets ends
// in a known status, or has a lead's (or a date's) line over a last line
// that is no date: a status of the plan's own words ("Needs action").
// A run of bullets with a line or two set in under each elsewhere in the
// paper (a place under a wish: "• Dogs on leads" over "Mill Field") is
// not.
func cellBullets(ps []paragraph) map[int]nested {
	type card struct {
		at    int
		cells []int
		run   int
	}
	var cards []card
	var known []int // known statuses in each run of cards
	strong := false
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if !bulletPat.MatchString(p.text) || p.heading {
			continue
		}
		var cells []int
		j := i + 1
		for ; j < len(ps) && !bulletPat.MatchString(ps[j].text) && ps[j].marker == "" && ps[j].indent > p.indent+4; j++ {
			cells = append(cells, j)
		}
		if len(cells) == 0 || len(cells) > 3 {
			continue
		}
		ok := true
		for n, k := range cells {
			t := strings.TrimSpace(ps[k].body)
			if len(strings.Fields(t)) > 6 || endsSentence(t) || strings.HasSuffix(t, ":") {
				ok = false
				break
			}
			if n < len(cells)-1 && action.NormalizeDue(t) == "" && !ownerCell(t) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n := len(cards); n == 0 || cards[n-1].cells[len(cards[n-1].cells)-1]+1 != i {
			known = append(known, 0)
		}
		run := len(known) - 1
		if action.IsStatus(ps[cells[len(cells)-1]].body) {
			known[run]++
			strong = strong || known[run] >= 2
		}
		cards = append(cards, card{i, cells, run})
		i = j - 1
	}
	if !strong {
		return nil
	}
	// A run with fewer known statuses: every card must have the full shape.
	weak := map[int]bool{}
	for _, c := range cards {
		last := strings.TrimSpace(ps[c.cells[len(c.cells)-1]].body)
		if known[c.run] < 2 && !action.IsStatus(last) && (len(c.cells) < 2 || action.NormalizeDue(last) != "") {
			weak[c.run] = true
		}
	}
	out := map[int]nested{}
	for _, c := range cards {
		if weak[c.run] {
			continue
		}
		out[c.at] = nested{item: true}
		for n, k := range c.cells {
			if n == len(c.cells)-1 {
				out[k] = nested{status: true}
			} else {
				out[k] = nested{owner: true}
			}
		}
	}
	return out
}

// ownerCell: a short line that names who leads, each of its names (split
// at "/", "&", ",") looking like one.
func ownerCell(t string) bool {
	names := action.SplitOwners(t)
	for _, n := range names {
		if !nameLike(n) {
			return false
		}
	}
	return len(names) > 0
}

// sentenceCase opens a sentence: a capital, then small letters.
var sentenceCase = lazyre.New(`^[A-Z][a-z]+\b`)

// nestedPoint gives what a paragraph of such a list holds.
func (f *finder) nestedPoint(p paragraph, n nested) {
	switch {
	case n.label:
		// the status's label: the line under it is the status
	case n.item:
		f.endBlocks()
		a := action.Action{Kind: action.KindAction, Action: strings.TrimSpace(p.body)}
		f.add(p, a)
		f.nestedAt = len(f.out) - 1
	case n.owner:
		if f.nestedAt >= 0 && f.nestedAt < len(f.out) {
			a := &f.out[f.nestedAt]
			t := strings.TrimSpace(p.body)
			if due := action.NormalizeDue(t); due != "" && a.DueRaw == "" {
				a.DueRaw, a.Due = t, resolveDue(t, f.opts.Date)
			} else if len(a.Owner) == 0 {
				a.Owner = action.SplitOwners(t)
			}
			a.SourceText = joinText(a.SourceText, p.text)
		}
	case n.head:
		f.endBlocks()
		f.nestedAt = -1 // a status belongs to a point under this bullet
	case n.status:
		if f.nestedAt >= 0 && f.nestedAt < len(f.out) && f.out[f.nestedAt].StatusRaw == "" {
			a := &f.out[f.nestedAt]
			a.StatusRaw, a.Status = strings.TrimSpace(p.body), action.NormalizeStatus(p.body)
		}
	default:
		a := planned(strings.TrimSpace(p.body), f.opts.Date)
		a.Kind, a.Title = action.KindAction, n.title
		f.add(p, a)
		f.nestedAt = len(f.out) - 1
		// The bullet it is set under is its source too, so that nothing
		// reads the title again as a point of its own.
		f.out[f.nestedAt].SourceText = joinText(n.headText, f.out[f.nestedAt].SourceText)
	}
}

// grow adds words to what a, read already, says, and p's text to its
// source: a list's point, a wrapped line or a title's second line.
func grow(a *action.Action, words string, p paragraph) {
	a.Action = joinText(a.Action, words)
	a.SourceText = joinText(a.SourceText, p.text)
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out[w] = true
	}
	return out
}

// purposeVerb are verbs that tell what a decision is for, not what is
// done: "To ensure …", "To keep costs down".
var purposeVerb = map[string]bool{"ensure": true, "enable": true, "allow": true, "secure": true, "keep": true, "give": true, "improve": true,
	"reduce": true, "provide": true, "make": true, "comply": true, "meet": true, "assist": true, "deliver": true, "help": true,
	"maintain": true, "protect": true, "promote": true, "achieve": true, "avoid": true, "widen": true, "increase": true, "minimise": true,
	"maximise": true, "safeguard": true, "encourage": true, "prevent": true, "fulfil": true, "address": true, "respond": true, "reflect": true,
	"facilitate": true, "mitigate": true, "demonstrate": true, "contribute": true, "bolster": true}

// purposes tells whether the listed point p is one of the reasons a
// decision page gives after its decisions, their label lost: decisions
// set as "That … be done" (or "… be agreed" with its "That" left off),
// then a list numbered from its start again whose points open "To" and a
// verb that tells an aim ("1. To make sure the service …", "(i) To keep
// costs down"), or one such sentence unnumbered straight after them. A
// page that decides in the infinitive ("1. To approve …", "1. To award
// the contract …") keeps its points, as does a list that goes on
// numbering.
func (f *finder) purposes(p paragraph, body string) bool {
	w := strings.Fields(body)
	if len(w) < 3 || w[0] != "To" || !purposeVerb[w[1]] || decisionVerb.MatchString(w[1]) || strings.HasSuffix(body, ":") {
		return false
	}
	switch {
	case p.marker == "":
		// Unnumbered, a purpose is a sentence of its own straight after
		// the decisions ("To keep costs down.").
		if !endsSentence(body) || f.paras-f.lastAt > 1 {
			return false
		}
	case f.purposeStyle != "":
		return markerStyle(p.marker) == f.purposeStyle
	case !firstMarker(p.marker):
		return false
	}
	if len(f.out) == 0 {
		return false
	}
	last := f.out[len(f.out)-1]
	if last.Kind != action.KindResolution || last.Ref == "" && p.marker != "" || firstMarker(last.Ref) && len(f.out) == 1 || toInfinitive.MatchString(last.Action) {
		return false
	}
	if !thatDecides(last.Action) && !subjunctive(last.Action) && !bareSubjunctive.MatchString(last.Action) {
		return false
	}
	if p.marker != "" {
		f.purposeStyle = markerStyle(p.marker)
	}
	return true
}

// logColumn is a word that heads a column of an action log: who, by when,
// and how it stands.
var logColumn = lazyre.New(`(?i)\b(?:councillor|owner|lead|responsible|by\s+whom|who|due(?:\s+date)?|deadline|target\s+date|by\s+when|status|completed|progress|update)\b`)

// logColumns is a line of an action log's column heads, three at least
// ("Agenda Item  Councillor  Due Date  Completed") and no sentence.
func logColumns(s string) bool {
	return !strings.ContainsAny(s, ".,;") && len(logColumn.FindAllString(s, -1)) >= 3
}

// taggedDecisions gives a decision that names no one the owner an action
// tag run onto its paragraph's end names ("It was agreed to ask the
// school.  Action S Mills"), where it is the last item the paragraph
// gave: the tag closes what was said just before it, not an earlier
// sentence of the paragraph.
func taggedDecisions(out []action.Action) {
	for i := range out {
		a := &out[i]
		if a.Kind != action.KindResolution || len(a.Owner) > 0 || i+1 < len(out) && out[i+1].SourceText == a.SourceText {
			continue
		}
		if who, _, ok := closingTag(a.SourceText); ok {
			a.Owner = []string{who}
		}
	}
}
