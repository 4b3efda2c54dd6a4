// Package narrative finds recommendations, resolutions and commitments in the
// running text of reports and minutes.
package narrative

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
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
}

var (
	recHeading = regexp.MustCompile(`(?i)^(?:recommendation|rec\.?)\s+(\d{1,3}[a-z]?|[ivx]{1,6})\b\s*[-–—:.)]?\s*(.*)$`)
	recSection = regexp.MustCompile(`(?i)^(recommendations?|recommended actions?)(\s+(?:to|from)\b.*)?\s*:?$`)
	recRunIn   = regexp.MustCompile(`^(?:Recommendations?|RECOMMENDATIONS?|Recommendation\(s\))\s*[:\-–]?\s+(That\s.+)$`)
	// resolved also takes "It was resolved that", "Cabinet RESOLVED";
	// isResolvedWord decides which of those prefixes count.
	resolved = regexp.MustCompile(`(?i)^(?:(?:the\s+)?\w+(?:\s+\w+){0,3}\s+)?(resolved|agreed|decision|decided|ORDERED|Ordered)\s*(?::-|:|-|–|—)?\s*(.*)$`)
	// thatBe is a decision said as "That … be <done>": the subjunctive
	// "be" with a past participle, which no modal comes before ("That the
	// report be noted", not "… so that the service can be retained").
	thatBe = regexp.MustCompile(`(?i)\b(\w+\s+)?(?:(?:\w+ly|also|then)\s+)?be\s+(?:not\s+)?(?:\w+ly\s+)?(?:[\w-]+ed|noted|made|given|taken|held|set|sent|brought|sought|kept|shown|drawn|written|undertaken|withdrawn|granted|done|put|paid|read)\b`)
	// thatDoes: "That the Strategic Director of Housing report on …".
	thatDoes  = regexp.MustCompile(`^(?:That|THAT|that)\s+(?:the\s+)?` + postQualifier + `(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and)\s+)?){1,8}((?i:report|bring|provide|write|prepare|circulate|arrange|review|undertake|submit|present|investigate|explore|develop|ensure|liaise|contact|publish|monitor|seek|continue|lead|update|consult|hold|establish|note|approve|agree|endorse|adopt|accept|delegate|authorise|authorize|support|confirm|receive|request|ask|recommend|welcome|consider|decide|make|lobby|share|invite|raise|send|recogni[sz]e|give|acknowledge|commit|grant|allocate|appoint|work|engage|identify|produce|deliver|implement|promote)(?:s|es)?)\s`)
	thatStart = regexp.MustCompile(`^(?:That|THAT)\s`)
	modal     = regexp.MustCompile(`(?i)^(can|could|may|might|will|would|should|must|shall|to|not|cannot)\s+$`)
	// blockOpener starts a paragraph that reports the meeting again, so it
	// ends the recommendation whose text ran on before it.
	blockOpener = regexp.MustCompile(`(?i)^(it was (noted|reported|explained|agreed|resolved|decided|highlighted|stated|confirmed|suggested|requested)|(the\s+(\w+\s+){1,4}?|members\s+|councillors\s+)(noted|discussed|considered|received|agreed|asked|welcomed|questioned|queried|resolved)|in response|resolved)\b`)
	stops       = regexp.MustCompile(`(?i)^(supporting documents|background papers|alternative options|other options|options considered|appendix|appendices|attachments?|annex|documents?:|reason|officer contact|contact officer)`)
	itemMinutes = regexp.MustCompile(`(?i)^minutes\s*:?$`)
	recommended = regexp.MustCompile(`(?i)^(?:it is recommended that|(?:(?:the|that the|that)\s+)?(?:[\w&'’]+\s+){1,8}?(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to:?)\s*(.*)$`)
	inlineList  = regexp.MustCompile(`\s\(([a-zA-Z]|[ivx]{1,5}|\d{1,2})\)\s`)
	// letterList is a letter closed by a bracket before a capital: ": a)
	// Approve … b) To delegate …".
	letterList = regexp.MustCompile(`\s([a-z])\)\s+[A-Z]`)
	romanList  = regexp.MustCompile(`\s([ivx]{1,4})\)\s`)
	// numberedList marks "1. That … 2. That …" run together in one cell or
	// paragraph, as Word's numbered lists come out of a table cell.
	numberedList = regexp.MustCompile(`\s(\d{1,2})[.)]\s+(?:That|THAT|To|TO)\s`)
	// numberedClause is a point numbered at a clause's start or end,
	// before a verb in lower case: " 1. note …; and 2. endorse …".
	numberedClause = regexp.MustCompile(`(?:^ |[;:] (?:and |or )?)(\d{1,2})[.)]?\s+[a-z]`)
	// numberedVerb is a point numbered before a verb with a capital, in
	// text run together: "… to: 1. Note the outcome 2. Agree the …".
	numberedVerb = regexp.MustCompile(`\s(\d{1,2})[.)]\s+([A-Z][a-z]+)\s`)
	// inlineLead is a lead-in whose numbered points run on after its
	// colon in the same paragraph: "That the Committee agree to: 1. …".
	// ("The Executive recommended to Full Council (at its meeting on 9
	// June): 1. That …" too.)
	// subjectThenPoints is a decision's subject alone, then its points
	// numbered from 1, each a verb: "That Council 1. Notes … 2. Endorses …".
	subjectThenPoints = regexp.MustCompile(`^((?:That|THAT)\s+(?:the\s+)?[A-Z][\w&'’ -]{1,40}?)\s+(1[.)]\s+[A-Z][a-z]+\s.*)$`)
	inlineLead        = regexp.MustCompile(`^(.{8,200}?(?:\b(?:to|that|TO|THAT)|\b(?:to|TO)\s[^:()]{2,60}\([^():]{3,80}\))):\s+((?:1|a|i|\(1\)|\(a\)|\(i\))[.)]?\s+.*)$`)
)

// leadTag is who leads a plan's point, told after it: ". Lead Service –
// Finance.", ". Lead: Housing Team".
var leadTag = regexp.MustCompile(`[.;]\s+Lead(?:\s+(?:Service|Officer|Organisation|Partner|Team|Body|Directorate))?s?\s*[–—:-]\s*([A-Z][^.;]{1,80}?)\.?$`)

// fieldLabel is a form's next field, alone on its line: "Alternative
// options considered:", "Background papers:".
var fieldLabel = regexp.MustCompile(`^[A-Z][\w ,/&'’()-]{2,60}:$`)

// leadTagIn is leadTag's match in s, looked for only where s names a lead.
func leadTagIn(s string) []int {
	if !strings.Contains(s, "Lead") {
		return nil
	}
	return leadTag.FindStringSubmatchIndex(s)
}

// reasonsLabel is a decision form's "Reason for Decision:" field.
var reasonsLabel = regexp.MustCompile(`(?i)^reasons?\s+for\s+(?:the\s+)?decisions?\s*:?$`)

// reasonsRunIn is the reasons field run in after a decision's clauses.
var reasonsRunIn = regexp.MustCompile(`\s(?:Reasons?(?:\(s\))?|REASONS?)(?:\s+for\s+(?:the\s+)?(?:decisions?|recommendations?))?\s*:\s`)

// reasonsFor is that field or a report's "Reasons for recommendations".
var reasonsFor = regexp.MustCompile(`(?i)^reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\s*:?$`)

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
		if j == i || j > 0 && (labelOnly.MatchString(ps[j-1].body) || strings.HasSuffix(ps[j-1].body, ":")) {
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
var frontedWord = regexp.MustCompile(`^(?:After|Following|Further|Subject|Pending|Upon|On|In|Prior|Having|[A-Z][a-z]+ing|[A-Z][a-z]+ed)$`)

// Find returns the recommendations, resolutions and commitments in the lines
// that no table used.
func Find(ld layout.Doc, used []bool, opts Options) []action.Action {
	f := finder{opts: opts, theme: opts.Title, itemStart: -1, nextMeeting: nextMeeting(ld), prevItem: -1, planRow: -1, paged: ld.Pages > 0}
	// A page titled as an action or delivery plan: its paragraphs in the
	// imperative are what the plan will do, whatever heads them.
	f.planPage = opts.Genre != action.DocMinutes && opts.Genre != action.DocDecision && planTitle.MatchString(opts.Title)
	// (Minutes and decisions run into a line are cut as minutes.)
	ps := labelBeforeReasons(planParagraphs(ld, used, opts.Genre == ""))
	if opts.Genre == "" {
		f.imperatives = imperativeRuns(ps)
		f.headed = headedRuns(ps)
		for i := range f.headed {
			f.imperatives[i] = true
		}
	}
	if opts.Genre == action.DocMinutes {
		f.infinitives = infinitiveRuns(ps)
	}
	if opts.Genre == action.DocMinutes || opts.Genre == action.DocDecision {
		f.subjunctives = subjunctiveRuns(ps)
	}
	f.remits = remitPoints(ps)
	f.initialled = initialledPoints(ps)
	f.matters = matterRows(ps)
	var headed map[int]nested
	if !f.paged {
		// (A PDF's indents come from where its lines stand, which sets
		// a bullet's wrapped lines in under it as deep.)
		headed = nestedUnderBullets(ps)
	}
	f.rows = headerRows(ps)
	for i, p := range ps {
		if f.remits[i] {
			continue
		}
		if p.row > 0 {
			f.tableRowItem(p, tableRow{first: true, progress: p.progress})
			continue
		}
		if r, ok := f.rows[i]; ok {
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
		f.next, f.nextBare, f.nextText, f.nextMarker = "", false, "", ""
		if i+1 < len(ps) {
			f.next, f.nextBare, f.nextText, f.nextMarker = ps[i+1].body, ps[i+1].marker == "", ps[i+1].text, ps[i+1].marker
		}
		f.recordDecides = p.marker != "" && recordDecides(ps, i)
		if i+1 < len(ps) && (softLabel.MatchString(p.text) && opts.Genre == action.DocMinutes || (softLabel.MatchString(p.text) || bareDecided.MatchString(p.text)) && opts.Genre == action.DocDecision) && labelsDecision(ps[i+1].body) ||
			// "Resolved" alone over "(1) That the previous decision … be
			// re-affirmed …": on any page, numbered decisions under it.
			i+1 < len(ps) && bareDecided.MatchString(p.text) && ps[i+1].marker != "" && thatDecides(ps[i+1].body) {
			// "Decision" or "Decision taken" alone, its colon lost, over
			// "Cabinet noted the report": the label.
			p.text, p.body = "Decision:", "Decision:"
		}
		if i+1 < len(ps) && colonLost(p, ps[i+1]) {
			// "Cabinet supported the committee's recommendations." over
			// "(a) that the committee plays a formal role …": a point
			// that starts in lower case continues the sentence before
			// it, whose colon was lost.
			p.text, p.body = strings.TrimSuffix(p.text, ".")+":", strings.TrimSuffix(p.body, ".")+":"
		}
		if f.imperatives[i] {
			// A point in a run of imperatives is one of them, though it
			// has no full stop and reads as a title ("3.3 Undergo
			// accreditation as a Carbon Literate Organisation").
			p.heading = false
		}
		n := len(f.out)
		f.paragraph(p)
		if (len(f.out) <= n || f.out[len(f.out)-1].Kind != action.KindCommitment) && !f.keepPrevItem {
			f.prevItem = -1
		}
		f.keepPrevItem = false
	}
	out, told := restated(f.out, f.blockOf)
	f.toldAgain = told
	out = cutRepeat(out)
	for i := range out {
		if out[i].Kind == action.KindResolution && (recommendsOn.MatchString(out[i].Action) || recommendsPoint.MatchString(out[i].Action)) {
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
	return kept
}

// setsQuorum: a paragraph states how many make a meeting ("Each meeting
// requires a quorum of 3 Councillors", "The quorum shall be four"). In
// minutes only a numbered rule counts ("3. Each meeting requires …"): an
// agenda's "The quorum for Cabinet is 3 members" under apologies is not
// the page's subject.
func setsQuorum(ps []paragraph, anywhere bool) bool {
	for _, p := range ps {
		if (anywhere || p.marker != "") && quorumRule.MatchString(p.body) {
			return true
		}
	}
	return false
}

var quorumRule = regexp.MustCompile(`(?i)\bquorum\s+(?:of|for\s[^.]{0,40}?\s(?:is|shall\s+be|will\s+be)|shall\s+be|will\s+be|is)\s+(?:\d|one|two|three|four|five|six|seven|eight|half|a\s+third|one[- ]third)`)

// cutRepeat drops a page's last item when it is an earlier item's words
// cut off mid-way, as a page printed twice and copied up to a limit ends
// ("… be approved and adopted." then "… A new Parks and Open Spac").
func cutRepeat(items []action.Action) []action.Action {
	if len(items) < 2 {
		return items
	}
	last := strings.TrimSpace(items[len(items)-1].Action)
	if len(last) < 20 || strings.ContainsAny(last[len(last)-1:], ".;:)!?") {
		return items
	}
	for _, a := range items[:len(items)-1] {
		if len(a.Action) > len(last) && strings.HasPrefix(strings.TrimSpace(a.Action), last) {
			return items[:len(items)-1]
		}
	}
	return items
}

// restated drops the recommendations and resolutions a paper states again:
// a report gives its recommendations in its summary and again in its last
// section, in the same or nearly the same words. The first keeps its place
// and takes the later one's number if it had none ("12.1"). told holds the
// source text of each decision told in a sentence that a record's clause
// took the place of.
func restated(items []action.Action, blockOf []origin) (out []action.Action, told map[string]bool) {
	out = items[:0:0]
	told = map[string]bool{}
	var outBlock []origin
	for k, a := range items {
		if a.Kind == action.KindCommitment {
			// A paper that says the same undertaking again (a response
			// repeated under each point it answers) gives it once.
			dup := false
			for i := range out {
				if out[i].Kind == a.Kind && sameSentence(out[i].Action, a.Action) {
					// The fuller statement stands for both.
					if len(contentSet(a.Action)) > len(contentSet(out[i].Action)) {
						out[i] = a
					}
					dup = true
					break
				}
			}
			if !dup {
				out, outBlock = append(out, a), append(outBlock, blockOf[k])
			}
			continue
		}
		if a.Kind != action.KindRecommendation && a.Kind != action.KindResolution {
			out, outBlock = append(out, a), append(outBlock, blockOf[k])
			continue
		}
		if a.Kind == action.KindResolution {
			// "Members … agreed that the three issues be carried forward",
			// then "RESOLVED – that … (C) the three issues … be carried
			// forward": the record's clause stands for the agreement told
			// before it.
			for i := len(out) - 1; i >= 0; i-- {
				if out[i].Kind == action.KindCommitment && outBlock[i].entry == blockOf[k].entry && agreementRecorded(out[i].Action, a.Action) {
					told[out[i].SourceText] = true
					out, outBlock = slices.Delete(out, i, i+1), slices.Delete(outBlock, i, i+1)
				}
			}
			// "Council is asked to approve the Report …", then "Council
			// resolved to approve the Report …": the proposal was decided.
			for i := range out {
				if (out[i].Kind == action.KindRecommendation || toInfinitive.MatchString(out[i].Action)) &&
					(!toInfinitive.MatchString(a.Action) && (sameSentence(askedOrResolved.ReplaceAllString(out[i].Action, ""), askedOrResolved.ReplaceAllString(a.Action, "")) || askedObject(out[i].Action, a.Action)) ||
						out[i].Kind == action.KindRecommendation && (askedObject(out[i].Action, a.Action) || decidedWithin(out[i].Action, a.Action) || sameNumbered(out[i], a))) {
					out[i] = a
					outBlock[i] = blockOf[k]
					a.Kind = ""
					break
				}
			}
			if a.Kind == "" {
				continue
			}
		}
		dup := false
		for i := range out {
			b := &out[i]
			// The clauses of one list are never each other's restatement.
			if blockOf[k].block != 0 && outBlock[i].block == blockOf[k].block {
				continue
			}
			// Nor are a point and the point numbered next after it: "(1)
			// That the policies … be approved." and "(2) That the rollout
			// plan for … be approved.", however alike their words.
			if b.Ref != "" && markerFollows(b.Ref, a.Ref) {
				continue
			}
			// Entries of a decisions list are decisions of their own, however
			// alike their words ("The minutes were noted." under each).
			if outBlock[i].entry != blockOf[k].entry {
				continue
			}
			// So are the decisions of two minutes ("The report was
			// noted." under minutes 1 and 5).
			// (or of their points: "541(i) that the correspondence be
			// received." and "542(i) …").
			if a.Kind == action.KindResolution && isMinuteNumber(minuteOfRef(a.Ref)) && isMinuteNumber(minuteOfRef(b.Ref)) && minuteOfRef(a.Ref) != minuteOfRef(b.Ref) {
				continue
			}
			// "These were agreed." under "Minutes of Meeting:" and again
			// under "Accounts for Payment:": a pronoun stands for what its
			// item names, so the same words decide two things.
			if pronounRecord.MatchString(a.Action) {
				continue
			}
			// A meeting page prints an item's decision under "Decision:"
			// and again, a word or two shorter, under "Minutes:".
			// Two labelled resolutions are one only if the shorter's
			// words are all the longer's: "the minutes of the ordinary
			// meeting" and "… of the special meeting" are two. (A
			// report's summary may reword its recommendation.)
			labelled := a.Kind == action.KindResolution && outBlock[i].block != 0 && blockOf[k].block != 0
			// Under one number, one sentence said again is one decision;
			// but unlabelled, a name or a post of its own ("… that Cllr
			// Ash be Vice Chair" after "… that Cllr Elm be Chair") makes
			// another however alike the words.
			// (Labelled, a short clause said again without the lead-in
			// it carried the first time is one too: "(2) the Mayor
			// agreed that the rationale be noted" and "(2) the
			// rationale be noted".)
			sameUnderRef := a.Ref != "" && a.Ref == b.Ref && (sameSentence(b.Action, a.Action) || labelled && wordsWithin(b.Action, a.Action) && min(len(wordSet(a.Action)), len(wordSet(b.Action))) >= 4) &&
				(labelled || !ownMark(a.Action, b.Action) && !ownMark(b.Action, a.Action))
			if b.Kind == a.Kind && (sameWords(b.Action, a.Action) && (!labelled || wordsWithin(b.Action, a.Action)) || sameUnderRef) {
				if b.Kind == action.KindResolution && bodyActs.MatchString(b.Action) && !bodyActs.MatchString(a.Action) {
					// "(2) The Committee agreed that it wished for a
					// schedule …" then "(3) RESOLVED that: … (b) a
					// schedule … be included": the record's clause
					// stands for both, in its own place.
					told[b.SourceText] = true
					out, outBlock = slices.Delete(out, i, i+1), slices.Delete(outBlock, i, i+1)
					break
				}
				if b.Ref == "" && a.Ref != "" {
					b.Ref = a.Ref
				}
				dup = true
				break
			}
		}
		if !dup {
			out, outBlock = append(out, a), append(outBlock, blockOf[k])
		}
	}
	return out, told
}

// agreementRecorded: told is a sentence of the meeting agreeing or asking
// that a thing be done, and every word of that thing is in the decision.
func agreementRecorded(told, decision string) bool {
	m := agreedThatTail.FindStringIndex(told)
	if m == nil {
		return false
	}
	tail := told[m[1]:]
	return len(contentSet(tail)) >= 4 && wordsWithin(tail, decision)
}

var agreedThatTail = regexp.MustCompile(`(?i)\b(?:agreed|requested|asked)\s+that\s+`)

// pronounRecord is a decision whose subject is a pronoun: "These were
// agreed.", "This was approved."
var pronounRecord = regexp.MustCompile(`^(?:This|These|They|Both)\s+(?:was|were|is|are|has\s+been|have\s+been)\s`)

// minuteOfRef is the minute's number a ref starts with: "542" of
// "542(i)".
func minuteOfRef(ref string) string {
	m, _, _ := strings.Cut(ref, "(")
	return m
}

// wordsWithin: all the words of the shorter text are in the longer.
func wordsWithin(a, b string) bool {
	wa, wb := wordSet(a), wordSet(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for w := range wa {
		if !wb[w] {
			return false
		}
	}
	return true
}

// sameWords: two statements of one thing — most of the shorter's words are
// in the longer, and they differ in at most a few ("asked to note the
// report" / "asked to endorse this report"). A date, a number or a name of
// its own makes another decision (the minutes of one meeting and of the
// next).
func sameWords(a, b string) bool {
	if ownMark(a, b) || ownMark(b, a) {
		return false
	}
	wa, wb := wordSet(a), wordSet(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 3 {
		return false
	}
	common := shared(wa, wb)
	return float64(common) >= 0.9*float64(len(wa)) || len(wa)-common <= 2 && len(wb)-common <= 2 && common >= 4
}

// sameNumbered: a decision numbered as a recommendation was ("IV." under
// "Recommendation:", "66(iv)" under "Decision:") and saying most of what
// it said, in its own words ("That the Executive endorses the plan" /
// "Agree to endorse the plan"), is that recommendation decided.
func sameNumbered(rec, res action.Action) bool {
	r := refTail(rec.Ref)
	if r == "" || r != refTail(res.Ref) {
		return false
	}
	a, b := contentSet(rec.Action), contentSet(res.Action)
	n := min(len(a), len(b))
	return n >= 3 && float64(shared(a, b)) >= 0.7*float64(n)
}

// refTail is the last part of a point's number, as a list under another
// number writes it: "66(iv)", "(iv)" and "iv." are all "iv".
func refTail(ref string) string {
	ref = strings.ToLower(strings.TrimRight(ref, ".) "))
	if i := strings.LastIndexAny(ref, "(."); i >= 0 {
		ref = ref[i+1:]
	}
	return ref
}

// askedOrResolved is the frame a proposal and its decision put around the
// same words.
var askedOrResolved = regexp.MustCompile(`(?i)\b(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b|\b(?:resolved|agreed|decided)\s+to\b|\bRESOLVED\b`)

// askedObject: what a body was asked to act on ("Cabinet is asked to
// approve the minutes of the last meeting held on") is named again, word
// for word, in a decision ("The minutes of the last meeting … were
// approved").
func askedObject(asked, decided string) bool {
	object := ""
	if m := recommended.FindStringSubmatch(asked); m != nil {
		object = m[len(m)-1]
	} else if toInfinitive.MatchString(asked) {
		object = asked[3:] // "To confirm the minutes of the last meeting."
	}
	words, in := contentSet(object), contentSet(decided)
	n := 0
	for w := range words {
		if decisionVerb.MatchString(w) || baseVerb.MatchString(w) || w == "consider" || w == "last" || w == "previous" {
			continue // the act asked for, told in the past; "the last meeting" is dated in the record
		}
		if !in[w] {
			return false
		}
		n++
	}
	return n >= 2
}

// decidedWithin: a decision in the infinitive ("To APPROVE the Corporate
// Parenting Strategy.") acts, with the verb it was asked for, on what the
// proposal named at more length ("Cabinet are asked to approve the
// Council's Corporate Parenting Strategy setting out how …").
func decidedWithin(asked, decided string) bool {
	m := recommended.FindStringSubmatch(asked)
	if m == nil || !hasPrefixFold(decided, "to ") {
		return false
	}
	verb, object := firstWord(m[len(m)-1]), strings.TrimSpace(decided[3:])
	if !strings.EqualFold(verb, firstWord(object)) {
		return false
	}
	words, in := contentSet(object[len(firstWord(object)):]), contentSet(m[len(m)-1])
	n := 0
	for w := range words {
		if !in[w] {
			return false
		}
		n++
	}
	return n >= 2
}

// sameSentence: one statement said again, perhaps with a phrase more or
// less ("… support their transition, linking in with the SEND service"):
// every content word of the shorter is in the longer. A word of its own
// ("at Millmead" for "at Seashells") makes another statement.
func sameSentence(a, b string) bool {
	wa, wb := contentSet(a), contentSet(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 6 {
		return false
	}
	for w := range wa {
		if !wb[w] {
			return false
		}
	}
	return true
}

// contentSet is a text's words of four letters or more, lower-cased.
func contentSet(s string) map[string]bool {
	out := map[string]bool{}
	for w := range wordSet(s) {
		if len(w) >= 4 {
			out[w] = true
		}
	}
	return out
}

// ownMark: a has a number or a capitalised name that b lacks.
func ownMark(a, b string) bool {
	wb := wordSet(b)
	for i, w := range strings.FieldsFunc(a, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		if i > 0 && (unicode.IsDigit(r) || unicode.IsUpper(r) && len(w) > 2) && !wb[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// shared counts a's words that are in b.
func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// sameMatter: a vote and the record after it speak of one thing, a word of
// what was put in both ("proposed to accept this policy" / "resolved to
// accept the reserves policy"); the words of the vote itself do not count.
func sameMatter(vote, record string) bool {
	if nominated.MatchString(vote) {
		return false // an election; what follows it is the next business
	}
	stems := func(s string) map[string]bool {
		out := map[string]bool{}
		for w := range wordSet(s) {
			if len(w) >= 5 && !voteWord[w[:5]] {
				out[w[:5]] = true
			}
		}
		return out
	}
	return shared(stems(vote), stems(record)) > 0
}

// nominated tells an election: "was nominated for Chairman", "elected".
var nominated = regexp.MustCompile(`(?i)\b(?:nominat|elect)(?:ed|ion|s)?\b`)

// voteWord holds the stems of the words that tell a vote, not its matter.
var voteWord = map[string]bool{"propo": true, "secon": true, "agree": true, "resol": true, "carri": true, "unani": true, "counc": true, "favou": true, "voted": true, "decid": true, "motio": true, "membe": true, "prese": true, "there": true, "which": true}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out[w] = true
	}
	return out
}

// finder walks the paragraphs, remembering the block it is in.
type finder struct {
	paged bool // a paper of pages (a PDF), which the second reader leaves alone
	// proposedBy is set after a line naming a motion's mover and seconder
	// ("Cllr Atkins proposed, Cllr Munday seconded:"); moved holds the
	// motion that followed it until its outcome ("CARRIED 7 in favour")
	// says it was decided.
	proposedBy bool
	moved      *paragraph
	// alternatives is set under a lead-in that offers a choice ("the
	// Panel must either:"): its points are options, none of them decided.
	alternatives bool
	// imperatives marks the paragraphs (by index) of a numbered run of
	// imperative points; at is the index of the paragraph being read.
	imperatives map[int]bool
	// headed gives, for a paragraph of a run under numbered parts'
	// headings, its heading (see headedRuns).
	headed map[int]partStatement
	// rows marks the paragraphs of a flattened table's numbered rows
	// (see headerRows): the second reader reads none of them.
	rows map[int]tableRow
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
	opts          Options
	// planPage is set for a page titled as an action or delivery plan.
	// planRow is the last planned action read from a paragraph of its
	// own, whose row's cells may follow it a line each (-1: none).
	planPage bool
	planRow  int
	// recPart is set under a heading that names the paper's
	// recommendations, until a heading names another labelled part.
	recPart bool
	// sectionHead is the last numbered heading of a plan's sections ("1.
	// Identification and response"), the theme of its flattened rows.
	sectionHead string
	// whenHead is the date a timetable's heading gives the steps under it
	// ("Summer 2023", "Autumn 2023 to Spring 2024"), until another heading.
	whenHead string
	out      []action.Action
	theme    string
	// declaring is set under an item that records members' interests
	// ("P14/157 ITEM 2 – Councillors' Disclosure of an Interest"), until
	// the next item's title.
	declaring bool
	// remits marks the paragraphs that are points of a body's remit.
	remits []bool
	// toldAgain holds the text of paragraphs whose decision a record's
	// clause stands for (see restated): the second reader leaves them.
	toldAgain map[string]bool
	// initialled holds, by paragraph, the points an action column closed
	// with who does them.
	initialled map[int]initialledPoint
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
	// aheadOwner is the body a lead-in named as promising the points
	// ahead ("The Town Council will embrace the following objectives:").
	aheadOwner string
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
	// paras counts the paragraphs read; lastAt is the count when the last
	// item was added.
	paras, lastAt int
	// listed is the marker of the last point read as a decision of an
	// unlabelled list and listedAt the length of out after it; unread is
	// the last listed point that gave nothing, unreadAt likewise.
	listed   string
	listedAt int
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
}

func (f *finder) paragraph(p paragraph) {
	f.paras++
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
		step := strings.TrimSpace(bulletPat.ReplaceAllString(body, ""))
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
		f.add(p, a)
		return
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
	if reasonsLabel.MatchString(body) {
		f.endBlocks()
		f.reasons = true
		return
	}
	if f.reasons {
		if !(p.heading || fieldLabel.MatchString(body) && len(strings.Fields(body)) <= 5 || decisionLabel.MatchString(p.text)) {
			return
		}
		f.reasons = false
	}
	if m := leadTagIn(body); m != nil && f.blk == nil && (p.marker != "" || bulletPat.MatchString(p.text)) {
		// "3. Promoting an inclusive economy, by raising skills …. Lead
		// Service – Growth.": a plan's point with who leads it.
		text := strings.TrimSpace(bulletPat.ReplaceAllString(body[:m[0]+1], ""))
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindCommitment, Action: text, Owner: []string{strings.TrimSpace(body[m[2]:m[3]])}})
		return
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
	if f.blk == nil && byReference.MatchString(p.text) && f.prev.marker != "" && infinitiveDecision(f.prev.body) && (len(f.out) == 0 || f.out[len(f.out)-1].SourceText != f.prev.text) {
		// "3.1. To note the budget review." then "AGREED RECOMMENDATION
		// and thanked the team": the point was what was agreed.
		f.add(f.prev, action.Action{Ref: f.prev.marker, Kind: action.KindResolution, Action: f.prev.body})
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
	if m := recHeading.FindStringSubmatch(strings.TrimLeft(p.text, "-–•*·▪ ")); m != nil {
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
		f.open(o, p)
		return
	}
	// "That … be noted" stands for a decision in minutes; in a report or
	// a decision record, outside its list of decisions, it quotes one.
	// A decision page may print its clauses with no label; once a
	// labelled decision has been read, later ones are quoted.
	if thatDecides(body) && (f.opts.Genre == action.DocMinutes || f.opts.Genre == "" || f.opts.Genre == action.DocDecision && !f.decidedByLabel) {
		f.rec = nil
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
	if who, ok := ownerTag(body); ok {
		// The tag on a line of its own names who acts on the point before.
		if n := len(f.out); n > 0 && f.out[n-1].Kind == action.KindCommitment && f.out[n-1].SourceText == f.prev.text {
			f.out[n-1].Owner = []string{who}
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
		if !partLabel.MatchString(body) {
			f.theme = strings.TrimRight(body, " .:")
		} else if styleLostHeading(f.prev) {
			// "Retail Development" over "THE ISSUES": the part's own
			// heading, its style lost, names the priority.
			f.theme = strings.TrimRight(f.prev.body, " :")
		}
		how := f.aheadHow
		f.aheadHow = false
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
			f.ahead, f.aheadVerbs, f.aheadOwner = true, false, ""
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
		step := strings.TrimSpace(strings.TrimLeft(bulletPat.ReplaceAllString(body, ""), ">"))
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
		return
	}
	if f.ahead && strings.HasSuffix(body, ":") && othersAsked.MatchString(body) {
		// "In return, we ask you to:": what others are to do ends the
		// authors' promises.
		f.ahead = false
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
			f.theme = strings.TrimRight(body, " :")
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
		// (One word is no action: "4 views" under a plan is the page's counter.)
		if text, ok := point(p); ok && strings.Contains(text, " ") && (!f.aheadVerbs || imperativeWord(firstWord(text)) || adverbImperative(text) || toVerbPoint(text) || continuesWill(text)) && !valueWord(text) && !measureNamed(text) {
			a := planned(text, f.opts.Date)
			a.Ref = p.marker // "A1.", "3." number the point; a bullet does not
			if len(a.Owner) == 0 && f.aheadOwner != "" {
				a.Owner = []string{f.aheadOwner}
			}
			f.add(p, a)
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
	if (minutes || unlabelled) && (capsDecided(body) || decidedBody(body) || minutes && passiveByBody.MatchString(body) || minutes && laterSentenceDecided(body) || minutes && appointedHere(body) || unlabelled && officerHasDecided.MatchString(body) || withoutTitle(body) != body || laterDecided(body)) && !(strings.Contains(body, "as follows") && listRunIn.MatchString(body)) {
		// "Having considered the evidence, the Committee AGREED to refer
		// …", "Cabinet approved the recommendations set out in the
		// report", "The minutes were agreed as a correct record": a
		// decision recorded in a sentence, as many minutes do. The
		// sentences around it are the meeting's narrative.
		var decided, before, after []string
		prevSent := ""
		sents := sentences(body)
		for k, sent := range sents {
			sent = withoutTitle(sent)
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
			if minutes && agreedSomeoneWould.MatchString(sent) {
				// "It was AGREED that the clerk would order a notice
				// board": what was agreed is someone's undertaking, read
				// as a commitment below.
				if len(decided) > 0 {
					after = append(after, sent)
				} else {
					before = append(before, sent)
				}
			} else if unlabelled && (decidedBody(body) || officerHasDecided.MatchString(sent)) || capsDecided(sent) || decidedBody(sent) || minutes && (appointedHere(sent) || passiveByBody.MatchString(sent)) {
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
			for _, d := range decided {
				f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: d})
			}
			undertaken(after)
			return
		}
		if len(decided) > 0 {
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: strings.Join(decided, " ")})
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
		a := planned(bulletPat.ReplaceAllString(body, ""), f.opts.Date)
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
		(infinitiveDecision(body) && toldInPast.MatchString(f.prev.body) || strings.HasPrefix(body, "that ") && thatDecides("T"+body[1:])) {
		// A meeting page whose labels the rendering lost: after an item's
		// narrative, told in the past ("A report … was considered"), "To
		// note the report." or "that the minutes … be signed" on its own
		// is what was resolved.
		f.add(p, action.Action{Kind: action.KindResolution, Action: body})
		return
	}
	// "4/17 To approve the minutes of the last meeting." over "Cllr Shearer
	// proposed …. It was resolved unanimously to approve the minutes.": a
	// numbered line whose record, unnumbered under it, tells a decision is
	// the item's title, worded as the agenda put it. (In minutes the
	// decision may come after the record's narrative.)
	titleOverRecord := listed && (f.nextBare && readsDecided(f.next) || f.opts.Genre == action.DocMinutes && f.recordDecides)
	if (f.opts.Genre == action.DocMinutes || f.opts.Genre == "") && !f.labelled && listed && !titleOverRecord && f.blk == nil && infinitiveDecision(body) && !agendaDash.MatchString(body) && !memberTold.MatchString(body) &&
		(toldInPast.MatchString(f.prev.body) && !f.prev.heading && f.prev.marker == "" || f.listed != "" && f.listedAt == len(f.out) && markerFollows(f.listed, p.marker)) {
		// "… questions and officer responses were noted." then "1. To
		// note the programme …", "2. To note the model …": the decisions,
		// numbered, their label lost as the lone "To note …" above.
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
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: body})
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
	if _, ok := f.headed[f.at+1]; ok && numberedPart(p) {
		// "Objective 4: Customer satisfaction" over its one statement:
		// the statement's number and title, not a part of the plan.
		return
	}
	if (f.planPage && styleLostHeading(p) || numberedPart(p)) && !strings.HasSuffix(body, ":") {
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
		// "The aims of the review were to:": the bullets under it are
		// what was aimed at before, no plan's actions.
		f.pastLead = pastPurpose.MatchString(body)
	}
	if f.planPage && f.blk == nil && p.marker == "" && !p.heading && bulletPat.MatchString(p.text) && !f.pastLead && planBullet(bulletPat.ReplaceAllString(body, "")) {
		// "• reinforce resilience of ICT infrastructure", "• procedures
		// should be made more robust" under an area's heading: on a page
		// titled as a plan, a bullet that says what is to be done is
		// one of its actions.
		f.add(p, planned(bulletPat.ReplaceAllString(body, ""), f.opts.Date))
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
	cs := commitments(bulletPat.ReplaceAllString(body, ""), f.opts.Date, f.opts.Genre)
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
		whole.Action = strings.TrimSpace(bulletPat.ReplaceAllString(body, ""))
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

// dashedWho reads a point that opens with what to do, in the imperative,
// and ends with who is to do it after a dash, perhaps with when: "Prepare
// the budget template – D Berry by 2nd Oct", "Circulate the survey – B
// Puzey, C Barron.", "… usage. – All by the next meeting". It gives the
// point's text without its bullet, and who.
func dashedWho(body string) (string, []string, bool) {
	text := strings.TrimSpace(bulletPat.ReplaceAllString(body, ""))
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
var dashedWhoTail = regexp.MustCompile(`\s[–—-]\s+((?:` + dashedPerson + `)(?:\s*(?:,|/|&|\band\b)\s*(?:` + dashedPerson + `))*)(?:\s+(?:by|before)\s+[^.;:]{2,40}?)?\.?$`)

const dashedPerson = `[A-Z]\.?\s?[A-Z][a-z'’-]+|[A-Z]{2,3}|(?:[Tt]he\s+)?` + onePost + `|All`

// whoSplit parts the people a tail names.
var whoSplit = regexp.MustCompile(`\s*(?:,|/|&|\band\b)\s*`)

// reportedBefore is a sentence of the discussion that came before a
// decision telling what someone said or had done, an aside in brackets, or
// a standing rule: "Hertfordshire Homes have confirmed that they would …",
// "(The Clerk reported that …)", "the Surgery had agreed to …", "Where
// documents require signature the Clerk will …".
var reportedBefore = regexp.MustCompile(`^\(|^(?:Where|If|When|Whenever|Should)\s|\b(?:reported|confirmed|advised|informed|explained|stated|said|indicated|noted)\b(?:\s+[\w'’]+){0,3}?\s+that\b|\bhad\s+(?:\w+ly\s+)?(?:agreed|offered|undertaken|promised)\b`)

// agendaDash is an agenda's item as the minutes keep it, its outcome after
// a dash: "To receive apologies for absence – Councillors A and B", "To
// receive declarations of interest – None". What follows the dash tells
// what the meeting did; the infinitive is the agenda's, not a decision.
var agendaDash = regexp.MustCompile(`^To\s+[a-z]+\b[^–—]{2,150}?\s[–—-]\s+\S`)

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

var titleCapOutcome = regexp.MustCompile(`^[^–—:.;\s]+\s[^–—:.;]{1,150}?\s()(?:Approved|Agreed|Adopted|Accepted|Ratified)(?:\s+(?:and|&)\s+signed)?\s*\.?$`)

var titleDashOutcome = regexp.MustCompile(`^[^–—:]{3,120}?\s[–—-]\s+([^–—]{0,100}?)\s*\b(?i:approved|agreed|adopted|accepted|ratified|confirmed|authori[sz]ed)(?:\s+(?:and|&)\s+signed)?(?:\s+(?:unanimously|by\s+all(?:\s+present)?))?\s*\.?$`)

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

// startsTo: s opens as an agenda's item does, "To approve …".
func startsTo(s string) bool {
	return strings.HasPrefix(s, "To ") || strings.HasPrefix(s, "to ")
}

var (
	voteTold      = regexp.MustCompile(`^\(?(?i:proposed|seconded|moved|carried|unanimous|all\s+in\s+favour|agreed\s+by\s+all|vote[sd]?\b)`)
	toAccept      = regexp.MustCompile(`(?i)\bto\s+(?:take\s+as\s+read\s+and\s+)?(?:approve|confirm|accept|adopt|sign|agree|receive)\b`)
	recordWord    = regexp.MustCompile(`(?i)\b(?:minutes?|notes|payments?|accounts|cheques|invoices)\b`)
	recordPending = regexp.MustCompile(`(?i)\b(?:not|deferred|postponed|until|once|will|would|shall|to\s+be|(?:confirmed|agreed|accepted)\s+that|for\s+(?:approval|acceptance|adoption|signature))\b`)
	acceptedDone  = regexp.MustCompile(`(?i)\b(?:was|were|been|being)\s+(?:(?:\w+ly|\w+ed|read|taken|then|as|and|&),?\s+){0,4}?(?:approved|adopted|accepted|confirmed|signed|agreed|ratified|authori[sz]ed)\b|^(?:(?:the|all)\s+)?(?:[\w-]+\s+){0,2}?(?:minutes|notes|payments|accounts|cheques|invoices)\s+(?:(?:unanimously|duly|all)\s+)?(?:approved|agreed|authori[sz]ed|accepted|signed|adopted|confirmed)\b|\b(?:resolved|agreed|voted|decided)\s+(?:unanimously\s+)?(?:to|that)\s+(?:\w+\s+){0,2}?(?:approve|adopt|accept|confirm|sign)\b|^(?:Resolved\W+|RESOLVED\W+)?(?:Examined|Read|Received|Considered)?(?:\s*(?:and|&)\s*)?(?i:approved|accepted|agreed|adopted|confirmed|signed)(?:\s*(?:[.,;:&]|$)|\s+(?:and|by|as|unanimously)\b)`)
	// recordProposed: the record's acceptance proposed and seconded, no
	// one against ("Cllr Long proposed and Cllr Brown seconded approval of
	// the minutes", "JS proposed adoption of the notes as the correct
	// minutes, seconded by LB").
	recordProposed = regexp.MustCompile(`(?i)\b(?:proposed|moved)\b[^.;]{0,60}?\bseconded\b[^.;]{0,40}?\b(?:approval|adoption|acceptance)\s+of\b|\b(?:proposed|moved)\s+(?:the\s+)?(?:approval|adoption|acceptance)\s+of\b[^.;]{0,120}?\bseconded\b`)
	asRecord       = regexp.MustCompile(`(?i)\b(?:as|to\s+be)\s+(?:a|an|the)?\s*(?:true|correct|accurate|fair)\s+record\b|\bsigned\s+as\s+(?:true|correct|accurate)\b`)
	acceptedShort  = regexp.MustCompile(`^(?:(?i:resolved)\W+)?(?:(?i:examined|read|received|considered)\s*(?:,|and|&)\s*)*(?i:approved|accepted|agreed|adopted|confirmed|signed)(?:\s*(?:[.,;:&]|$)|\s+(?:and|by|as|unanimously)\b)`)
)

// notedFirst is a body's noting told in one sentence: "The Cabinet noted
// the interim report of the Task Group."
var notedFirst = regexp.MustCompile(`^((?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+noted\s+the\s+[^.]{3,200}\.$`)

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
	pageLabel   = regexp.MustCompile(`^((?:\S+\s+){0,8}?)Minutes\s*:\s*`)
	recordTitle = regexp.MustCompile(`(?i)\b(?:of|previous|last|meeting|approv\w*|confirm\w*|minutes|notes|record)\b`)
)

// proposerLead names a motion's mover and seconder on a line of their
// own, the motion below: "Cllr H Atkins proposed, Cllr Munday seconded:".
var proposerLead = regexp.MustCompile(`(?i)^(?:(?:cllr|councillor)\.?\s+[^,:;.]{1,40}?\s+(?:proposed|moved),?\s+(?:and\s+)?(?:cllr|councillor)\.?\s+[^,:;.]{1,40}?\s+seconded|(?:proposed|moved)(?:\s+by)?\s+(?:cllr|councillor)\.?\s+[^,:;.]{1,40}?,?\s+seconded(?:\s+by)?\s+(?:cllr|councillor)\.?\s+[^,:;.]{1,40}?)\s*[:\-–]?$`)

// carriedOutcome is a motion's outcome on a line of its own: "CARRIED 7
// in favour, 1 abstention", "Agreed unanimously".
var carriedOutcome = regexp.MustCompile(`^(?:CARRIED|Carried|AGREED|Agreed|Unanimously (?:agreed|carried|resolved))\b`)

// groundsFirst opens what a decision was taken after or subject to.
var groundsFirst = regexp.MustCompile(`^(?:Having|Following|After|Subject to|In accordance with|In light of)\b`)

// alternativesLead offers a choice of what may be done: "the Panel must
// either:", "Members may choose one of the following options:".
var alternativesLead = regexp.MustCompile(`(?i)\b(?:either(?:\s+to)?|one of the following(?:\s+options)?|the following options)\s*(?::-|[:\-–—])$`)

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
var inAddition = regexp.MustCompile(`(?i)\b(?:in addition|additionally|furthermore|and further)\s*[:\-–]+$`)

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

// grow adds words to what a, read already, says, and p's text to its
// source: a list's point, a wrapped line or a title's second line.
func grow(a *action.Action, words string, p paragraph) {
	a.Action = joinText(a.Action, words)
	a.SourceText = joinText(a.SourceText, p.text)
}

// mayTellVote: the paragraph holds a word a vote or the proposal put to
// it is told with, which seconded needs.
func mayTellVote(body string) bool {
	return tellsVote(body) || strings.Contains(body, "roposed") || strings.Contains(body, "ominat") || strings.Contains(body, "ROPOSED") || strings.Contains(body, "OMINAT")
}

// tellsVote: the text tells how a vote went or who seconded what was put
// (in capitals too: "Cllr Reed SECONDED and all AGREED").
func tellsVote(s string) bool {
	return strings.Contains(s, "econded") || strings.Contains(s, "in favour") || strings.Contains(s, "ECONDED")
}

// carriedProposal reads a proposal put to a meeting and told as won, in
// its own sentence or the two after: "Tim Ing proposed Steve Milner as
// Chairman, this was agreed unanimously.", "Cllr Hartley proposed that the
// minutes be accepted. The council agreed unanimously.", or an office
// filled by a seconded nomination ("CHAIR – Rosie Curtis - nominated JC,
// seconded MH"), which no one opposed when the vote goes untold. It
// returns one past the last sentence the telling takes, or i when
// sents[i] puts no proposal, its vote was lost, or it leads in to the
// decision recorded after it ("… proposed and Councillor Jo Ruddle
// seconded and, following a vote, it was:").
func carriedProposal(sents []string, i int) int {
	s := sents[i]
	if !proposalPut.MatchString(s) || lostVote.MatchString(s) || endsInColon(s) {
		return i
	}
	end := i
	if carriedWith.MatchString(s) {
		end = i + 1
	}
	for j := i + 1; j < len(sents) && j <= i+2 && end <= i+1; j++ {
		t := sents[j]
		if t == "" || lostVote.MatchString(t) {
			break
		}
		if carriedAfter.MatchString(t) {
			end = j + 1
			break
		}
		if !secondOnly.MatchString(t) && !seconderFirst.MatchString(t) && !acceptsOffice.MatchString(t) {
			break
		}
	}
	if end > i {
		return end
	}
	if officeFilled.MatchString(s) && strings.Contains(s, "econded") {
		return i + 1
	}
	return i
}

var (
	// proposalPut: someone proposes or nominates, in the verb's sense
	// ("X proposed that", "was proposed by", "nominated Y", "Mr Hall
	// proposed the Rector be Chairman again"), not a proposed thing ("the
	// proposed budget").
	proposalPut = regexp.MustCompile(`(?i)\b(?:proposed|nominated)\s+(?:by|that|and|to|for|as|the\s+minutes|(?:cllr|councillor|mr|mrs|ms|dr)\b)|(?:\bwas|\bwere|[a-z]{2,})\s+(?:proposed|nominated)\b[^.]{0,40}\b(?:seconded|as|for)\b|\bnominated\s+[A-Z]{2,3}\b|\b(?:proposed|nominated)\s+[A-Z][a-z]+\s+[A-Z]|\b(?:Chair(?:man|woman|person)?|Clerk|Mayor|Rector|Vicar|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:[A-Z]{1,3}\s+)?[A-Z][\w'’-]+)\s+proposed\s+(?:that\s+)?[^.]{1,60}?\bbe\b`)
	// carriedWith: the proposal's own sentence tells it won ("…, this
	// was agreed unanimously", "… and the council agreed unanimously",
	// "…, Cllr Herbert seconded them and they were agreed as a true
	// record", "… and was duly elected", "…, seconded by Cllr Budge and
	// agreed by the Council", "… to act as Vice Chairman which he
	// accepted", "… was proposed and seconded and accepted the position
	// of Chairman").
	carriedWith = regexp.MustCompile(`(?i)(?:,|\band)\s+(?:(?:this|it|they|which)\s+(?:was|were)\s+(?:duly\s+|then\s+)?(?:seconded(?:\s+by\s+(?:cllr|councillor|mr|mrs|ms|dr)\.?\s[^,.;]{1,40}?)?\s+and\s+)?(?:unanimously\s+)?(?:agreed|approved|carried|adopted|accepted|passed)|the\s+(?:council|committee|meeting)\s+(?:unanimously\s+)?(?:agreed|approved|resolved)|(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected|(?:unanimously\s+)?(?:agreed|approved|carried|accepted)\s+(?:unanimously\s+)?by\s+(?:the\s+)?(?:full\s+)?(?:council|committee|meeting|members|all))\b|\b(?:re-?)?elected\s+unopposed\b|\bwhich\s+(?:he|she|they)\s+(?:duly\s+)?accepted\b|\band\s+(?:\w+ly\s+)?accepted\s+the\s+(?:office|position|role|post)\b`)
	// carriedAfter: a sentence after the proposal telling it won ("Cllr
	// Reed seconded and all agreed.", "This was carried unanimously.",
	// "Resolved: Unanimously.", "Cllr Bennett kindly accepted the office
	// of Chairperson.", a count that ends "… who was duly elected").
	carriedAfter = regexp.MustCompile(`(?i)^(?:(?:cllr|councillor|mr|mrs|ms|dr)\.?\s[^.;,]{1,40}?\s+seconded(?:\s+(?:the\s+(?:motion|proposal)|this|it))?\s*,?\s+and\s+(?:(?:it|this|the\s+motion)\s+was|all(?:\s+present|\s+members)?|members|councillors)\s+(?:\w+ly\s+)?(?:carried|agreed|approved|passed)\b|(?:this|it|the\s+(?:proposal|motion|nomination|council|committee|meeting)|members|councillors|all(?:\s+present)?)\s+(?:was\s+|were\s+)?(?:then\s+|duly\s+)?(?:seconded\s+and\s+)?(?:unanimously\s+)?(?:agreed|approved|carried|adopted|accepted|passed|resolved|supported)\b(?:\s+(?:unanimously|by\s+(?:all|a\s+majority)(?:\s+present)?|nem\.?\s*con\.?))?(?:\s*$|\.|,?\s+and\s)|(?:unanimously\s+)?(?:agreed|approved|carried|adopted)(?:\s+unanimously|\s+by\s+all)?\.?$|vote\s*:\s*unanimous|(?:(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+)?[A-Z][^.;,]{0,40}?\s+(?:\w+ly\s+)?accepted\s+(?:the\s+)?(?:office|position|role|post)\b|(?:resolved|agreed|carried)\s*[:\-–]\s*(?:unanimously|nem\.?\s*con\.?|by\s+all(?:\s+present)?)\.?$|[^.]{0,240}\b(?:no\s+(?:other|further)\s+nominations|(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected))`)
	// acceptsOffice: the nominee's acceptance, between the nomination
	// and its vote.
	acceptsOffice = regexp.MustCompile(`(?i)^(?:(?:cllr|councillor|mr|mrs|ms)\.?\s+)?[A-Z][\w'’-]+\s+accepted\b[^.]{0,80}\.?$`)
	// officeFilled: a nomination to an office ("nominated … for the
	// office of Chairman", "proposed … that X remain as Chairman", "CHAIR
	// – Rosie Curtis - nominated JC"), not the proposer's ("X, as Chair,
	// proposed").
	officeFilled = regexp.MustCompile(`(?i)\b(?:proposed|nominated|seconded)\b[^.]*?\b(?:as|for|to\s+be|remains?(?:\s+as)?|continues?\s+as|office\s+of)\s+(?:the\s+)?` + office + `|^` + office + `\s*[–:-]?\s+[A-Z][^.]{0,60}?[–-]\s*(?:nominated|proposed)\b`)
	// lostVote: a proposal that did not carry.
	lostVote = regexp.MustCompile(`(?i)\b(?:lost|defeated|fell|rejected|withdrawn|declined|not\s+(?:carried|seconded|agreed|approved|supported)|no\s+seconder)\b`)
)

// inSentence is a character that does not end a sentence: any but a
// full stop, or the stop of a title ("seconded by Cllr. Oak and agreed").
const inSentence = `(?:[^.]|\b(?:cllr|councillor|mr|mrs|ms|dr|coun)\.)`

// office names the offices a council fills by election.
const office = `(?:(?:vice|deputy)[- ]?)?(?:chair(?:man|woman|person)?|mayor|leader|secretary|treasurer|president)\b`

// seconded reads a parish council's way of recording a decision: who
// proposed it, who seconded it and how the vote went, in one sentence
// ("Cllr Hill proposed the minutes be accepted as a true record, seconded
// Cllr Kirk, all in favour.") or after the sentence it carries ("It was
// agreed to ask for a precept of £12,000. Proposed Cllr Dunn, seconded
// Cllr Kirk, all in favour."). Each is a resolution; the rest of the
// paragraph is returned for the other readers.
func (f *finder) seconded(p paragraph, body string) string {
	sents := sentences(body)
	var rest []string
	for i, s := range sents {
		if s != "" && !secondedCarried.MatchString(s) && proposes.MatchString(s) && strings.Contains(s, "econded") && i+2 < len(sents) && voteOutcome.MatchString(sents[i+2]) &&
			!proposes.MatchString(sents[i+1]) && !voteOutcome.MatchString(sents[i+1]) && !lostVote.MatchString(sents[i+1]) {
			// "It was proposed by … and seconded by … that Alison Smith be
			// appointed. She had volunteered …. Agreed, the resolution was
			// passed.": a word on the proposal before its vote.
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: s + " " + sents[i+1] + " " + sents[i+2]})
			sents[i+1], sents[i+2] = "", ""
			continue
		}
		if s != "" && !secondedCarried.MatchString(s) && (proposes.MatchString(s) && strings.Contains(s, "econded") || proposesAlone.MatchString(s)) && i+1 < len(sents) && voteOutcome.MatchString(sents[i+1]) {
			// "DB proposed the minutes of 11th March, seconded by DD.
			// Passed by all as a true record.": the proposal with its
			// seconder, carried in the sentence after (which may say what
			// it was carried as).
			told := s + " " + sents[i+1]
			if n := len(rest); n > 0 && namesOnlyProposal.MatchString(s) {
				// "It was resolved to pay …. Proposed Mrs A Lord, seconded
				// by Mrs S Grant. All in favour.": the proposal names only
				// who moved it; what they moved is the sentence before.
				told = rest[n-1] + " " + told
				rest = rest[:n-1]
			}
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: told})
			sents[i+1] = ""
			continue
		}
		carriedHere := secondCarried.MatchString(s) // "This was seconded by … and unanimously agreed."
		if carriedHere || secondOnly.MatchString(s) && i+1 < len(sents) && voteOutcome.MatchString(sents[i+1]) && !proposes.MatchString(s) {
			// "Proposed to approve the minutes by Cllr Archer. Seconded by
			// Cllr Gray. All in favour.", "This proposal was seconded by
			// … and unanimously agreed.": the proposal, told in the
			// sentences before its seconder (up to the one that proposes),
			// was carried.
			k := len(rest)
			for k > 0 && len(rest)-k < 3 && !proposes.MatchString(rest[k-1]) {
				k--
			}
			for k > 1 && len(rest)-k < 3 && proposes.MatchString(rest[k-2]) {
				k-- // "Cllr Ashdown proposed that …. Proposal that …": both put
			}
			if k > 0 && proposes.MatchString(rest[k-1]) {
				told := strings.Join(rest[k-1:], " ")
				if carriedHere {
					told += " " + s // how it was carried, as a vote told after its proposal is kept
				}
				f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: told})
				rest = rest[:k-1]
				if !carriedHere {
					sents[i+1] = "" // the vote, read with it
				}
				continue
			}
		}
		if s == "" {
			continue
		}
		after := f.next
		if i+1 < len(sents) {
			after = sents[i+1]
		}
		if m := minutesSeconded.FindStringSubmatchIndex(s); m != nil && !lostVote.MatchString(after) && !resolvedLabel.MatchString(after) && !lostVote.MatchString(s) {
			// "The minutes of the 20th October meeting were proposed for
			// acceptance by Bob Ness and seconded by Freda McRae.": the
			// record approved, its vote untold because no one opposed.
			// (An item's title run into it is left out; where the
			// resolution follows, it is the record.)
			from := m[2]
			if strings.HasSuffix(s[:from], "The ") {
				from -= len("The ")
			}
			told := s[from:]
			if rest := afterMinutesTitle(told); minutesSeconded.MatchString(rest) {
				told = rest // "Minutes of the meetings held on 13th June 2024: The minutes … were proposed …"
			}
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: told})
			continue
		}
		if !secondedCarried.MatchString(s) && !formalVote.MatchString(s) {
			if end := carriedProposal(sents, i); end > i {
				// "Cllr Gregson proposed Cllr Waine. This was seconded and
				// ADOPTED.": the proposal and the telling of its vote
				// (not the item's title in capitals run in before it).
				told := slices.Clone(sents[i:end])
				if rest := afterCapsTitle(told[0]); rest != "" && proposalPut.MatchString(rest) {
					told[0] = rest
				}
				f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: strings.Join(told, " ")})
				for j := i + 1; j < end; j++ {
					sents[j] = ""
				}
				continue
			}
		}
		if !resolvedInline.MatchString(s) && !secondedCarried.MatchString(s) && untoldVote(s, sents[i+1:], f.next) {
			// "Cllr Reid proposed and Cllr Evans seconded to accept the
			// minutes as a true record.": put and seconded, its vote
			// untold because no one opposed.
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: s})
			continue
		}
		if !resolvedInline.MatchString(s) && (!secondedCarried.MatchString(s) || formalVote.MatchString(s) && !passiveCarried.MatchString(s) && !motionCarriedEnd.MatchString(s)) {
			rest = append(rest, s)
			continue
		}
		if i == len(sents)-1 && (!endsSentence(s) || f.nextBare && secondedCarried.MatchString(s) && sameMatter(s, after)) && resolvedLabel.MatchString(after) {
			// "It was proposed, seconded and unanimously" over "RESOLVED
			// that …": the vote on the resolution that follows. So is a
			// vote told whole ("Cllr Burley proposed that the document
			// was accepted, Cllr Wilson seconded this and it was agreed")
			// when the record of that decision follows it, unnumbered.
			continue
		}
		decision := s
		// A title run in is left out: "Grass cutting It was proposed …
		// and resolved that …", "TO APPROVE THE MINUTES … HELD ON 2nd
		// DECEMBER 2019 The minutes … were accepted, proposed by …,
		// seconded by … and carried."
		if _, rest := minuteTitle(s); resolvedInline.MatchString(rest) {
			decision = rest
		} else if m := capsTitle.FindStringSubmatch(s); m != nil && secondedCarried.MatchString(m[2]) {
			decision = m[2]
		}
		if proposerOnly.MatchString(s) {
			if i == 0 || len(rest) == 0 || rest[len(rest)-1] != sents[i-1] {
				continue // what it carried was read already, or is elsewhere
			}
			decision = sents[i-1]
			rest = rest[:len(rest)-1]
		}
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: decision})
	}
	return strings.Join(rest, " ")
}

// untoldVote reports whether s puts the last meeting's minutes with a
// seconder named and neither it nor the two sentences after it (or the
// paragraph after, at its end) tells a vote: minutes no one opposes are
// recorded without a count. (Other proposals told so are not taken as
// carried: a proposal whose vote is untold is as often the lead-in to a
// debate, and taking it cost more than it found.) An amendment is put to a
// vote told elsewhere; a proposal that leads in to what follows it is
// that, not a decision.
func untoldVote(s string, after []string, next string) bool {
	low := strings.ToLower(s)
	if !strings.Contains(low, "minutes") || !strings.Contains(low, "seconded") || !strings.Contains(low, "propos") ||
		!proposalPut.MatchString(s) || namesOnlyMover.MatchString(s) || lostVote.MatchString(s) || voteCounted.MatchString(s) ||
		endsInColon(s) || strings.HasSuffix(s, "?") {
		return false
	}
	if len(after) == 0 {
		after = []string{next}
	}
	for k, t := range after {
		if k == 2 {
			break
		}
		if lostVote.MatchString(t) || voteCounted.MatchString(t) || resolvedLabel.MatchString(t) {
			return false
		}
	}
	return true
}

// namesOnlyMover is a sentence that only names who moved and seconded
// what the sentence before it told ("Proposed by Sam Crowe, seconded by
// Jo Price.", "Cllr Bell – Proposed by Cllr Moore …", "This was
// proposed by …", "… (proposed Cllr Ligo, seconded Cllr Hart)").
var namesOnlyMover = regexp.MustCompile(`(?i)^(?:[^–—-]{0,40}\s[–—-]\s*)?(?:proposed|seconded|moved|nominated)\b|^(?:this|it|these|they|which)\s|\((?:proposed|moved|seconded)\b`)

// voteCounted tells a vote or an amendment to what was put.
var voteCounted = regexp.MustCompile(`(?i)\b(?:vot(?:e|es|ed|ing)|in\s+favou?r|in\s+agreement|against|abstain\w*|abstentions?|carried|amendments?|amended|show\s+of\s+hands)\b`)

var (
	// secondedCarried: a motion seconded and carried, in one sentence.
	// (The vote's outcome, not the proposal's verb: "… that the minutes
	// be approved" is what was proposed.)
	secondedCarried = regexp.MustCompile(`(?i)\bseconded\b.*\b(?:all in favou?r|carried|unanimous(?:ly)?|agreed by all|all agreed|nem\.?\s*con\b|(?:all|everyone|all those)\b[^.]{0,40}\bwere\s+in\s+favou?r)\b`)
	// resolvedInline: a motion seconded and what it resolved, in one
	// sentence: "It was proposed by Councillor Newsome, seconded by
	// Councillor Allott and resolved that the minutes … be accepted.",
	// "Councillor Howkins proposed and Councillor Nichols seconded and
	// Committee resolved that Standing Order 38.3 be suspended …"
	resolvedInline = regexp.MustCompile(`(?i)\bseconded\b` + inSentence + `{0,80}?\band\s+(?:was\s+|it\s+was\s+|(?:the\s+)?(?:committee|council|board|cabinet|panel|members|councillors)\s+)?(?:unanimously\s+|duly\s+)?(?:resolved|agreed)\s+(?:that|to)\s+\S`)
	// formalVote: a vote told formally, the decision it carried recorded
	// after it ("It was proposed by Councillor Marsh and seconded by …,
	// and on being put to the vote it was RESOLVED", "A motion moved and
	// seconded … was declared carried").
	formalVote = regexp.MustCompile(`(?i)\bput to the vote\b|\bdeclared\b|\bmotion\b|\bRESOLVED\b`)
	// motionCarriedEnd ends a proposal's sentence with its vote: "It was
	// proposed by … and seconded by … that the item be deferred – This
	// motion was unanimously carried". What was carried is in the
	// sentence; no decision follows it.
	motionCarriedEnd = regexp.MustCompile(`(?i)\s(?:this|the)\s+motion\s+was\s+(?:(?:duly|then|unanimously)\s+)*carried(?:\s+unanimously)?\.?$`)
	// passiveCarried: what was decided as the subject of its own vote,
	// "Motion to exclude the public was proposed, seconded and agreed
	// unanimously".
	passiveCarried = regexp.MustCompile(`(?i)\b(?:was|were)\s+(?:duly\s+)?proposed,?\s+(?:and\s+)?seconded,?\s+and\s+(?:agreed|carried|approved)\b`)
	// secondOnly is a sentence that only names a seconder, and voteOutcome
	// one that only says how the vote went; proposes a sentence that puts
	// a proposal ("Cllr Ashdown proposed that …", "Proposal that …").
	// seconderFirst is a sentence that only names who seconded: "Mr C
	// Smith seconded.", "Cllr Hale seconded this."
	seconderFirst = regexp.MustCompile(`^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]{1,3}\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+seconded(?:\s+(?:this|it|the\s+(?:proposal|motion)))?\.?$`)
	secondOnly    = regexp.MustCompile(`(?i)^(?:and\s+)?seconded(?:\s+by)?\s+(?:cllr|councillor)s?\.?\s[^.;]{1,60}\.?$`)
	voteOutcome   = regexp.MustCompile(`(?i)^(?:(?:(?:there\s+was|on|upon|after|following)\s+a\s+show\s+of\s+hands,?\s+(?:and\s+)?)?all\s+(?:were\s+)?(?:in\s+favou?r|agreed)(?:\s+and\s+[^.]{3,80})?|carried(?:\s+unanimously)?|unanimously\s+(?:agreed|carried|resolved)|agreed(?:\s+unanimously|\s+by\s+all)?|motion\s+carried)\.?$|^(?:passed|carried)\s+(?:by\s+all|unanimously|nem\.?\s*con)\b[^.]{0,80}\.?$` +
		// "Resolution passed.", "Agreed, the resolution was passed."
		`|^(?:agreed,?\s+)?(?:the\s+)?(?:resolution|motion|proposal)\s+(?:was\s+)?(?:duly\s+|then\s+|unanimously\s+)?(?:passed|carried|agreed|approved)(?:\s+unanimously|\s+by\s+all(?:\s+present)?)?\.?$`)
	// proposesAlone is a sentence that puts someone forward with no
	// seconder, its vote the sentence after: "Peter Hill proposed Kay
	// Wiltshire become chair for the coming year. All were in favour."
	// namesOnlyProposal: a proposal that names who moved and seconded it
	// and nothing moved ("Proposed Mrs A Lord, seconded by Mrs S Grant.").
	namesOnlyProposal = regexp.MustCompile(`^(?:Proposed|Moved)(?:\s+by)?\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*,?\s+(?:and\s+)?[Ss]econded(?:\s+by)?\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*\.?$`)
	proposesAlone     = regexp.MustCompile(`^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:proposed|offered\s+to|nominated)\s`)
	// secondCarried is a seconder and the vote in one sentence after the
	// proposal's: "This was seconded by Cllr C Davies and unanimously
	// agreed by all present."
	// So is "This was seconded by Cllr Moss with all in favour." and,
	// its subject left out, "Seconded by Cllr Hale and agreed."
	secondCarried = regexp.MustCompile(`(?i)^(?:(?:this|the)(?:\s+(?:proposal|motion|nomination))?\s+was\s+)?(?:duly\s+)?seconded\s+by\s+(?:[^.;]|\b[a-z]\.|\b(?:cllr|mr|mrs|dr)\.){2,60}?\s+(?:(?:and\s+(?:was\s+)?(?:unanimously\s+)?(?:agreed|carried|approved|passed))\b[^.]{0,40}|(?:and|with)\s+all(?:\s+members)?(?:\s+present)?\s+in\s+favour)\.?$`)
	// minutesSeconded: the last meeting's minutes put as a correct record
	// by one member and seconded by another, perhaps after the item's
	// title ("Minutes of the Previous Meeting The minutes of …").
	minutesSeconded = regexp.MustCompile(`^(?:[A-Z][\w'’]*\s+(?:of\s+(?:the\s+)?)?){0,6}((?i:(?:the\s+)?(?:draft\s+)?minutes\b[^.]{0,100}?\b(?:was|were)\s+(?:duly\s+)?(?:proposed|moved)\b[^.]{0,80}?\bseconded\b))`)
	proposes        = regexp.MustCompile(`(?i)\b(?:proposed|proposal|moved)\b`)
	// proposerOnly: the proposer, seconder and vote alone ("Proposed
	// Cllr Dunn, seconded Cllr Kirk, all in favour.", "Proposed: Cllr Dunn
	// Seconded: Cllr Kirk Carried: Unanimously").
	proposerOnly = regexp.MustCompile(`(?i)^(?:proposed|moved)(?:\s+by)?\s*:?\s+(?:cllr|councillor)\.?\s[^.;]{0,60}?,?\s*seconded(?:\s+by)?\s*:?\s+(?:cllr|councillor)\.?\s[^.;]{0,60}\.?$`)
)

// nextInList: p is the point after the last decision of an unlabelled
// list, nothing read between, and ends as a clause does.
func (f *finder) nextInList(p paragraph) bool {
	return f.listed != "" && f.listedAt == len(f.out) && markerFollows(f.listed, p.marker) && siblingClause(p.body)
}

// siblingClause: a point that may be a decision when its neighbours are —
// it ends as a clause does and tells nothing in the past or to come ("had
// been set up", "would have to"), as a point of the discussion does.
func siblingClause(s string) bool {
	return readsAsClause(s) && !finiteVerb.MatchString(relativeVerb.ReplaceAllString(s, "")) && !modalWord.MatchString(s)
}

var modalWord = regexp.MustCompile(`(?i)\b(?:will|would|should|could|might|may|must|shall|can)\b`)

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

// namedSubjunctive is a clause whose subject names who acts and whose
// verb is in its base form, with no "be": "the Parks Board monitor
// delivery", "Board Members brief their bodies", "The council take part
// in …". It returns the subject.
func namedSubjunctive(s string) (string, bool) {
	words := strings.Fields(s)
	for k := 1; k < len(words) && k <= 8; k++ {
		verb := strings.ToLower(strings.Trim(words[k], ",;"))
		if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsLower(r) || strings.HasSuffix(verb, "s") || !baseVerb.MatchString(verb) && !actVerb[verb] && !verbBeforeObject(words, k) {
			continue
		}
		// The subject is headed by who acts ("the Parks Board", "Board
		// Members"), not by a thing ("The Strategy set out …", where
		// "set" is as much past as base).
		subject := strings.Join(words[:k], " ")
		head := strings.ToLower(strings.Trim(words[k-1], ",()"))
		if strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "’s") {
			return "", false // "Chairman’s welcome and apologies": whose, not who acts
		}
		if gerund := strings.HasSuffix(words[0], "ing") && unicode.IsLower(rune(words[0][0])); gerund {
			return "", false // "listening to its staff through …": a doing, no doer
		}
		if nameLike(subject) && (peopleWord.MatchString(head) && !determiner[head] || agentWords.MatchString(head)) && !hasPastWord(words[:k]) && !strings.Contains(strings.ToLower(subject), "that ") {
			return subject, true
		}
		return "", false
	}
	return "", false
}

var determiner = map[string]bool{"the": true, "all": true, "relevant": true}

// hasPastWord: a word of the subject reads as a verb in the past ("Cabinet
// Approved the draft …").
func hasPastWord(words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(strings.ToLower(w), "ed") {
			return true
		}
	}
	return false
}

// verbBeforeObject: words[k] reads as a verb by its place, a plain word
// between the subject and the determiner its object starts with ("the
// council join the scheme").
func verbBeforeObject(words []string, k int) bool {
	w := strings.ToLower(words[k])
	if k+1 >= len(words) || notVerb[w] || irregularPast[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	return objectStart[strings.ToLower(words[k+1])]
}

var (
	notVerb = map[string]bool{"of": true, "and": true, "or": true, "for": true, "to": true, "in": true, "on": true, "with": true, "at": true, "by": true, "from": true, "the": true, "a": true, "an": true, "be": true, "will": true, "would": true, "should": true, "can": true, "could": true, "may": true, "must": true, "shall": true, "not": true, "also": true, "then": true, "had": true}
	// irregularPast are past tenses that do not end in -ed: "The Mayor
	// made the announcements" tells, it does not decide.
	irregularPast = map[string]bool{"made": true, "gave": true, "took": true, "sent": true, "held": true, "met": true, "led": true, "brought": true,
		"told": true, "said": true, "went": true, "had": true, "did": true, "wrote": true, "spoke": true, "saw": true, "began": true, "found": true,
		"thought": true, "felt": true, "kept": true, "left": true, "paid": true, "sought": true, "taught": true, "won": true, "read": true, "put": true}
	objectStart = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "this": true, "these": true, "all": true, "any": true, "each": true, "every": true, "our": true}
)

// actVerb are verbs in the base form a decision tells someone to act by,
// besides the deciding verbs of baseVerb.
var actVerb = map[string]bool{"take": true, "monitor": true, "brief": true, "work": true, "write": true, "prepare": true, "bring": true,
	"hold": true, "consult": true, "seek": true, "explore": true, "ensure": true, "report": true, "develop": true, "engage": true,
	"promote": true, "deliver": true, "lead": true, "use": true, "keep": true, "check": true, "submit": true, "meet": true,
	"contact": true, "identify": true, "investigate": true, "arrange": true, "produce": true, "look": true, "liaise": true,
	"circulate": true, "update": true, "share": true, "draft": true, "agree": true, "approve": true, "note": true, "consider": true}

// decidedVerb: a decision's clause told in the past tense with its body
// left out ("1. Noted the outturn", "2. Approved the changes").
var decidedVerb = regexp.MustCompile(`^(?:Noted|Gave|GAVE|Considered|CONSIDERED|Agreed|Approved|Endorsed|Delegated|Authori[sz]ed|Requested|Supported|Adopted|Accepted|Rejected|Confirmed|Referred|Deferred|Established|Allocated|Instructed|Appointed|Granted|Recommended|Resolved|Acknowledged|Welcomed|Ratified|NOTED|AGREED|APPROVED|ENDORSED|DELEGATED|AUTHORI[SZ]ED|REQUESTED|SUPPORTED|ADOPTED|ACCEPTED|REJECTED|CONFIRMED|REFERRED|DEFERRED|ESTABLISHED|ALLOCATED|INSTRUCTED|APPOINTED|GRANTED|RECOMMENDED|RESOLVED|ACKNOWLEDGED|WELCOMED|RATIFIED)$`)

// deciders are the bodies and office holders whose decisions minutes
// record.
const deciders = `(?:Cabinet|Council|County Council|(?:Police(?:,? Fire)? and Crime )?Commissioner|Committee|[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}\s+Committee|[A-Z][\w&]*\s+Meeting|Board|Panel|Sub-Committee|Executive|(?:Cabinet|Executive|Lead) Member|[Pp]ortfolio Holder|Leader|Mayor(?:\s+and\s+Cabinet)?)` + memberFor

// memberFor is the portfolio a member holds, after the post: "Portfolio
// Holder for Lifestyles, Health and Wellbeing".
const memberFor = `(?:\s+for\s+[A-Z][\w&]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w&]*){0,6})?`

// bodyDecided is a meeting body's decision told in the past tense: the
// body as subject with a deciding verb, or its papers agreed. A decision
// list's "The Commissioner has noted the report" or "… has established a
// fund" is the decision, told in the perfect. What the body did with the
// report may come first: "Cabinet welcomed the report and agreed …". Members
// who "agreed that" may only share a view; members who "resolved to" or
// "resolved that" decided: resolving is what a meeting does.
var bodyDecided = regexp.MustCompile(`^(?:The\s+)?` + deciders + `\s+has\s+(?:also\s+)?(?:noted|established)\s+(?:the|a|an)\s|^(?:(?:The|That the|That)\s+)?` + deciders + `\s+(?:has\s+|have\s+)?(?:then\s+|unanimously\s+|also\s+)?(?:(?:welcomed|noted|received|considered|discussed)\s+the\s+(?:report|update|presentation|paper)\s+and\s+)?(approved|agreed|endorsed|adopted|accepted|resolved|decided|ratified|delegated|authori[sz]ed|(?:received|considered|discussed)\s+and\s+(?:noted|agreed|approved|endorsed))\b|^(?:[A-Z]\w+\s+)?(?i:councillors|members)\s+(?:have\s+)?(?:(?:today|now|unanimously|formally)\s+)?(?:\([^)]{0,40}\)\s+)?(?:(approved|endorsed|adopted|ratified)\b|resolved(?:\s+unanimously)?,?\s+(?:not\s+)?(?:to\s+[a-z]|that\b))|^(?:(?:The|These|Those|Its)\s+(?:(?:Open|Exempt|Confidential|Public|Private|Draft|Signed|and|&)\s+){0,3}(?i:recommendations?|minutes|proposals?|report's recommendations)|(?i:minutes\s+of))\b(?:[^.]|(?i:nos?)\.){0,200}?\b(?:was|were)\s+(?:(?:\w+ly|then|also|duly)\s+)?(?:(?:considered|discussed|debated|noted|submitted|taken as read)\s*,?\s+(?:and\s+)?)?(?i:approved|agreed|adopted|endorsed|accepted|confirmed|carried|signed)\b`)

// minutesPassedIn: s tells the last meeting's minutes passed, however the
// sentence is built — the minutes named (with any words before them: "The
// revised minutes", "Halls sub-committee minutes") and then what was done
// to them, perhaps after what else was ("were tabled, read and accepted",
// "were read, agreed and signed"), or with no verb at all as parish
// minutes often write ("Minutes of the meeting dated 12 March accepted as
// an accurate record", "Minutes of previous meetings approved"). Not the
// minutes still to pass ("to be agreed", "are published once they have
// been approved"), nor a title before a dash and the record after it.
func minutesPassedIn(s string) bool {
	m := minutesPassed.FindStringIndex(s)
	if m == nil {
		return false
	}
	span := s[m[0]:m[1]]
	// (recordPending has the words of a record still to pass; minutesAwaited
	// the few more a sentence about minutes in general uses.)
	return !recordPending.MatchString(span) && !minutesAwaited.MatchString(span) && !strings.Contains(span, " – ") && !strings.Contains(span, " - ")
}

var (
	minutesPassed  = regexp.MustCompile(`^(?:[\w-]+\s+){0,4}(?i:minutes)\b[^.]{0,160}?(?:\b(?:was|were|have\s+been|had\s+been)\s+(?:(?:\w+ly|then|also|duly)\s+)?(?:(?:considered|discussed|debated|noted|submitted|taken\s+as\s+read|tabled|read|circulated|presented|reviewed|received|checked|proposed|seconded)\s*(?:,|\s+and|\s*&)?\s+){0,3}(?i:approved|agreed|adopted|endorsed|accepted|confirmed|signed|ratified)\b|\s(?i:approved|agreed|adopted|accepted|confirmed|ratified)(?:\s+(?:and|&)\s+(?i:signed|approved|adopted))?\s*(?:$|[.(]|as\s+(?:an?\s+)?(?:true|correct|accurate|fair)\b))`)
	minutesAwaited = regexp.MustCompile(`(?i)\b(?:are|is|be|when|before|if)\b`)
)

// passiveDecided is a decision told in the passive with the body that
// made it: "Updated plans were approved by Executive Board at the
// meeting".
var passiveDecided = regexp.MustCompile(`^[A-Z][^.]{0,120}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:approved|agreed|adopted|endorsed)\s+by\s+(?:the\s+)?(?:Cabinet|Council|Executive|Committee|Board|[A-Z][\w&]*\s+(?:Board|Committee))\s+at\s+(?:the|its|their|this)\s+meeting\b`)

// passiveByBody is a decision told whole in the passive with the body
// that made it and nothing after but its signing: "The end of year
// accounts were approved by the Council.", "The new Code of Conduct was
// approved by the Council and signed by Chair." (When or where it was
// approved, after it, tells a history: "… by the Council in 2019".)
var passiveByBody = regexp.MustCompile(`^[A-Z][^.]{0,160}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:approved|adopted|agreed|accepted|ratified|endorsed)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:(?:[Ff]ull|[Pp]arish|[Tt]own)\s+)?(?:Council|Committee|[Mm]embers|[Cc]ouncillors|all(?:\s+present|\s+members|\s+councillors)?)(?:\s+present|\s+unanimously)?(?:,?\s+and\s+signed\s+by\s+(?:the\s+)?[A-Z][a-z]+)?\.?$`)

// allDecidedBody: every sentence is a body's decision of its own, its
// subject named ("The Board agreed …", "The Board also agreed …").
func allDecidedBody(sents []string) bool {
	for _, s := range sents {
		if !bodyDecided.MatchString(s) && !(localOpener(s) && localDecided.MatchString(s)) && !agreedThatDecided(s) {
			return false
		}
	}
	return true
}

// decidedBody: bodyDecided, or passiveDecided where the words it needs
// are there (most paragraphs have none, and the pattern backtracks).
func decidedBody(s string) bool {
	if t := strings.TrimSpace(s); strings.HasSuffix(t, " to") || strings.HasSuffix(t, " that") {
		return false // "It was unanimously agreed to" over its list: a lead-in
	}
	if m := leadingAdverbial.FindStringIndex(s); m != nil {
		s = s[m[1]:] // "Due to the lateness of the day, at the Mayor's suggestion, Council agreed …"
	}
	cut := false
	if at := titledRecord(s); at > 0 {
		// "Best Kept Village – it was agreed that …": a title, its dash,
		// then the record in small letters, which decides as a sentence
		// of its own would. The title stays in what is kept.
		s, cut = s[at:], true
	}
	if m := afterDebate.FindStringSubmatchIndex(s); m != nil {
		s, cut = s[m[3]:], true // "following discussion it was resolved not to join …"
	}
	if cut && strings.HasPrefix(s, "it ") {
		s = "It" + s[2:]
	}
	return bodyDecided.MatchString(s) || minutesPassedIn(s) || (localOpener(s) || strings.Contains(s, " voted") || strings.Contains(s, "nanimously ") || strings.Contains(s, "t was agreed") || strings.Contains(s, "t was decided")) && localDecided.MatchString(s) || strings.Contains(s, " by ") && strings.Contains(s, " meeting") && passiveDecided.MatchString(s) ||
		grantedHere(s) || agreedThatDecided(s)
}

// agreedThatDecided is a decision told as "It was agreed that …", no one
// undertaking to act: "It was agreed that the Parish Council needs to see
// the accounts", "… that the figures be circulated". One where someone
// would, will or is to act ("… that the Clerk would order a pane", "…
// that the clerk to order the bin") is an undertaking, read as a
// commitment.
func agreedThatDecided(s string) bool {
	m := itAgreedThat.FindStringIndex(s)
	if m == nil {
		return false
	}
	clause := strings.SplitN(s[m[1]:], ".", 2)[0]
	// What "should be" done, no one named to do it, is what the meeting
	// settled: "… that the hedge should be cut back", "… that the matter
	// should be left".
	// (Four words at least: "It was agreed that SS an" is a page cut off.)
	if !strings.HasPrefix(s, "It") && statedView.MatchString(clause) {
		// "Members agreed that the report was helpful": a view shared,
		// not a thing settled.
		return false
	}
	return len(strings.Fields(clause)) >= 4 && !undertakingWord.MatchString(shouldBeDone.ReplaceAllString(clause, " "))
}

var (
	itAgreedThat = regexp.MustCompile(`^(?:It\s+was|(?:The\s+)?(?:Members|Councillors)(?:\s+present)?)\s+(?:(?:unanimously|also|therefore|then|further|duly|generally)\s+)?agreed(?:\s+(?:unanimously|by\s+all))?,?\s+that\s`)
	shouldBeDone = regexp.MustCompile(`\bshould\s+(?:not\s+)?be\b`)
	statedView   = regexp.MustCompile(`(?i)\b(?:was|were|is|are|had|has|have)\b`)
	// (Who is "to" act is the clause's subject: in "that the Clerk write
	// to the Chief Executive to complain" no one is "Executive to".)
	undertakingWord = regexp.MustCompile(`(?i:\b(?:would|will|should|shall|must|is\s+to|are\s+to|to\s+be)\b)|^\s*(?:(?i:the)\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:and|&)\s+(?:the\s+)?)?){0,3}(?:[A-Z][\w'’.-]*|(?i:clerk|chair\w*|council|members?|councillors?|officers?))\s+to\s+[a-z]`)
)

// appointedHere is a person named and then elected, appointed or co-opted
// at the meeting, wherever the clause stands: "Highways – Martin Lyne was
// co-opted", "Nominations were invited and Cllr K Organ was elected as Vice
// Chairman", "Chairman: WS was appointed", "The following office-bearers
// were appointed: …". The subject is a name (capitalised words or
// initials), so "a contractor was appointed" is not one; an appointment
// dated in the past ("was appointed in 2019") is history retold.
func appointedHere(s string) bool {
	m := appointedName.FindStringIndex(s)
	return m != nil && !appointedBefore.MatchString(s[m[1]:])
}

var (
	appointedName = regexp.MustCompile(`(?:^|\band\s+|[,;:–—-]\s+)(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Rev|Revd)\.?\s+)*(?:[A-Z][\w'’.-]*(?:\s+(?:and|&)\s+|,\s*|\s+)){0,5}[A-Z][\w'’.-]*\s+(?:was|were)\s+(?:(?:duly|unanimously|then|formally)\s+)?(?:re-?elected|elected|appointed|co-opted|nominated\s+and\s+(?:duly\s+)?elected)(?:\s+(?:unopposed|unanimously))?(?:\s*$|\s*[.,;:(–—-]|\s+(?:as|to|onto|the|Chair\w*|Vice\w*|Deputy|Clerk|Treasurer|Secretary|Mayor|Leader|Town|Parish|for\s+the)\b)` +
		`|^The\s+following\s+(?:[\w-]+\s+)?(?:office[- ]bearers|officers|members|councillors|representatives|nominations|appointments)\s+(?:were|was)\s+(?:duly\s+)?(?:elected|appointed|co-opted|made|agreed|approved)\b`)
	appointedBefore = regexp.MustCompile(`\b(?:in|since|during)\s+(?:\d{4}|` + monthName + `|last)\b|\blast\s+(?:year|month|week)\b|\b(?:ago|previously|earlier)\b`)
)

// pastPurpose is a lead-in that says what was aimed at: "The aims of the
// review were to:".
var pastPurpose = regexp.MustCompile(`(?i)\b(?:was|were|had\s+been)\s+to\s*(?::-|[:\-–—])$`)

// actionStatus is a line that says how the action above it stands, and
// perhaps what was done: "Action ongoing – The Clerk had written …",
// "Action complete".
// The word "Action" may be left out where the status is set off from
// what follows ("Completed, task and finish group meeting arranged"), so
// that "Complete the form" is not read as one.
var actionStatus = regexp.MustCompile(`^(?:(?i:action)\s+((?i:complete|completed|ongoing|outstanding|in progress|closed|carried forward|not started|on hold))\b\s*[.:–—-]?|((?i:complete|completed|done|ongoing|outstanding|in progress|closed|carried forward|not started|on hold))(?:\s*[.,:–—-]|\s*$))\s*(.*)$`)

// trailingStatus ends an action's line with how it stands, after its
// owner's tag: "… Action – The Clerk Action complete."
var trailingStatus = regexp.MustCompile(`\s+(?i:action)\s+((?i:complete|completed|ongoing|outstanding|in progress|closed))\.?$`)

// grantedHere is a thing granted at the meeting, told in the passive:
// "A community grant of £500 was approved for the church." One approved
// "by Council in May" is another meeting's decision retold.
func grantedHere(s string) bool {
	m := grantedThing.FindStringIndex(s)
	return m != nil && !strings.Contains(s[m[1]:], " by ")
}

var grantedThing = regexp.MustCompile(`^(?:A|An)\s+[^.;]{3,80}?\s+was\s+(?:duly\s+|unanimously\s+)?(?:approved|granted|awarded)\b`)

// voteWords opens a sentence that names who moved or seconded.
var voteWords = regexp.MustCompile(`^(?i:proposed|seconded|moved)\b`)

// allAgreed is a vote of all present told in a sentence of its own,
// which decides what the sentence before it said: "All present agreed.",
// "Agreed by all.", "Unanimously agreed."
var allAgreed = regexp.MustCompile(`^(?i:all|everyone)(?:\s+(?:present|members|councillors))?\s+(?:agreed|were\s+in\s+favour)\.?$|^(?:[Uu]nanimously\s+)?[Aa]greed\s+by\s+all(?:\s+present)?\.?$|^[Uu]nanimously\s+agreed\.?$|^[Aa]ll\s+in\s+favour\.?$`)

// pronounDecided is a decision told of what the sentence before named:
// "This was accepted."
var pronounDecided = regexp.MustCompile(`^(?:This|These|They)\s+(?:was|were)\s+(?:then\s+|duly\s+|unanimously\s+)?(?:accepted|agreed|approved|adopted)\b`)

// localOpener: s opens as localDecided needs, the cheap test first.
func localOpener(s string) bool {
	switch firstWord(s) {
	case "The", "the", "All", "Cllr", "Cllr.", "Councillor", "Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms.", "This", "These", "It", "They",
		"Accounts", "Payments", "Invoices", "Cheque", "Agreed", "AGREED", "Resolved", "RESOLVED", "Minutes":
		return true
	}
	return false
}

// localDecided is how a small council's minutes tell what it decided:
// "The council confirmed approval of …", "The meeting agreed …", "The
// Parish Council resolves to …", "All Cllrs agreed that …", "Councillor
// Tan was nominated and elected as Chairman …", "The following payments
// were approved …".
var localDecided = regexp.MustCompile(`^(?:The\s+)?(?i:(?:parish|town|full)\s+)?(?i:council|meeting|pc|tc)\s+(?:(?:then|unanimously|also)\s+)?(?:agreed|resolved|approved|decided|resolves?|confirmed\s+(?:its\s+)?approval)\b` +
	`|^All\s+(?i:cllrs|councillors|members)\.?\s+(?:present\s+)?(?:agreed|approved|resolved)\b` +
	`|^(?:Cllr|Councillor|Mr|Mrs|Ms)\.?\s+[A-Z][\w.' -]{1,40}?\s+was\s+(?:duly\s+|unanimously\s+)?(?:proposed,?\s+seconded\s+and\s+|nominated\s+and\s+)?(?:elected|appointed|co-opted|voted(?:\s+in)?)\s+(?:as|to|onto|(?:the\s+)?(?:Vice[- ])?Chair(?:man|woman|person)?\b)` +
	`|^(?:Cllr|Councillor)\.?\s+[A-Z][\w.' -]{1,40}?\s+nominated\s+(?:Cllr|Councillor)\.?\s+[A-Z][\w.' -]{1,40}?\s+(?:to\s+be|as)\s+(?:the\s+)?(?:Vice[- ])?Chair(?:man|woman|person)?\b` +
	`|^The\s+following\s+(?:payments|accounts|invoices|grants|donations|quotes?|applications?|amendments?)\s+(?:were|was)\s+(?:duly\s+)?(?:approved|agreed|accepted)\b` +
	// "These were circulated, read, approved and signed as a correct
	// record", "These were approved (Proposed Mr Wright, seconded Mr Gray)",
	// "This was agreed at £100 a year to cover …", "… subject to …".
	`|^(?:This|These|It|They)\s+(?:was|were)\s+(?:then\s+|duly\s+|unanimously\s+)?(?:(?:circulated|read|considered|received),?\s+(?:and\s+)?)*(?:accepted|agreed|approved|adopted|confirmed)(?:\s+as\s+(?:a\s+|an\s+)?(?:true|correct|accurate)\s+record(?:\s+of\s+(?:the\s+)?(?:proceedings|meeting))?)?(?:\s+and\s+signed(?:\s+as\s+(?:a\s+)?(?:correct|true)\s+record|\s+(?:in|at)\s+the\s+meeting|\s+by\s+[^.()]{2,40})*)?(?:\s+(?:by all|unanimously))?(?:\s+(?:at|for)\s+£[\d,.]+[^.]*|\s+subject\s+to\s[^.]*|\s+in\s+principle\b[^.]*)?(?:\s*\([^)]{0,80}\))?\.?$` +
	`|\bit\s+was\s+(?:then\s+|unanimously\s+)?voted\b` +
	// "All accounts were received and agreed for payment."
	`|^(?:All\s+)?(?:[Tt]he\s+)?(?i:cheque\s+|bank\s+)?(?i:accounts|payments|invoices|cheques|bills)\b[^.]{0,80}?\b(?:was|were)\s+(?:(?:duly|then)\s+)?(?:received\s+and\s+|checked\s+and\s+)?(?:approved|agreed|authori[sz]ed)\b` +
	// "the minutes of a meeting held July 25th were agreed and signed",
	// "… were found to be correct."
	`|^(?:(?:The|the)\s+(?:last\s+)?minutes|Minutes\s+(?:from|of)\b)\b[^.]{0,120}?\b(?:was|were)\s+(?:(?:then|duly|unanimously)\s+)?(?:(?:read|circulated|considered),?\s+(?:and\s+)?)*(?:found\s+to\s+be\s+(?:a\s+)?(?:correct|true|accurate)|proposed\s+as\s+(?:a\s+)?(?:correct|true|accurate)|(?i:agreed|approved|accepted|confirmed|signed))\b` +
	// "Agreed by all that the ladder could be installed in-house."
	`|^(?:Agreed|AGREED|Resolved|RESOLVED)\s+(?:by\s+all(?:\s+present)?|unanimously|by\s+the\s+(?:council|meeting))\s+(?:that|to)\b` +
	// "Those present Unanimously Resolved to …", "It was resolved at this
	// point to …".
	`|\b[Uu]nanimously\s+(?:Resolved|RESOLVED|resolved|Agreed|AGREED|agreed)\s+(?:that|to)\b` +
	`|^It\s+was\s+(?:resolved|agreed)\s+(?:at\s+this\s+point|then|also|further)\s+(?:to|that)\b` +
	// "It was agreed to send a letter of congratulations …", "…, it was
	// agreed to defer this item": the meeting decided, naming no one who
	// undertakes it.
	`|\b[Ii]t\s+was\s+(?:(?:unanimously|also|therefore|then|further|duly)\s+)?agreed(?:\s+(?:unanimously|by\s+all))?\s+(?:not\s+)?to\s+[a-z]` +
	// "It was agreed for the office staff to keep watch", "It was
	// resolved for the Planning Committee to review the draft": who is
	// to act, put as the object of "for".
	`|\b[Ii]t\s+was\s+(?:(?:unanimously|also|therefore|then|further|duly)\s+)?(?:agreed|resolved|decided)\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?to\s+[a-z]` +
	// "Two applications were received. It was resolved to co-opt both.":
	// a resolution told after the item's narrative, in its paragraph.
	// "It was decided the standing orders should remain the same.", "It
	// was resolved the minutes … were to be signed", "It was decided by
	// majority vote to withhold the payment.": resolved and decided say
	// the meeting's mind was made up, whoever is named after.
	`|\b[Ii]t\s+was\s+(?:(?:unanimously|also|therefore|then|further|duly)\s+)?(?:resolved|RESOLVED|Resolved|decided)(?:\s+(?:unanimously|by\s+all|by\s+(?:a\s+)?majority(?:\s+vote)?))?,?\s+(?:that\s+|not\s+to\s+|to\s+[a-z]|(?:the|this|these|we|a|an|no)\s)` +
	// "The Clerk's report was presented and approved.": a thing put
	// before the meeting and approved there, in one breath (one approved
	// "by Cabinet in March" is another meeting's).
	`|^(?:The|This|These)\s[^.]{0,80}?\b(?:was|were)\s+(?:duly\s+)?(?:presented|received|considered|discussed|reviewed|read|tabled|circulated|submitted)\s*,?\s+(?:and\s+)?(?:duly\s+|unanimously\s+)?(?:approved|agreed|adopted|accepted|ratified|endorsed)(?:\s+(?:unanimously|by\s+(?:all(?:\s+present)?|members|councillors|the\s+(?:council|committee|meeting))))?\s*\.?$` +
	// "The proposed budget was discussed in detail and amended and
	// agreed by all councillors.": a thing agreed at the meeting by all.
	`|^(?:The|This|These)\s+[^.]{0,100}?\b(?:was|were)\b[^.]{0,60}?\b(?:agreed|approved|adopted|accepted)\s+(?:by\s+all\b|unanimously\b)`)

// itemRecord is one sentence that tells what a meeting did with an item:
// "The report was noted, as recommended.", "The Minute of Meeting of 19
// June was approved.", "The Minutes were noted by the Committee.",
// "Members noted the update." A thing approved by another body or at
// another meeting is a report of the past, not this record.
func itemRecord(body string) bool {
	if !endsSentence(body) || len(sentences(body)) != 1 {
		return false
	}
	if m := passiveRecord.FindStringIndex(body); m != nil {
		rest := body[m[1]:]
		return !strings.Contains(body[:m[1]], " that ") && (!otherBody.MatchString(rest) || byThisMeeting.MatchString(rest))
	}
	return bodyNoted.MatchString(body) || bodyDecided.MatchString(body)
}

var (
	passiveRecord = regexp.MustCompile(`^(?:The|This|These|Those|Its|All)\s[^.;:]{2,120}?\b(?:was|were)\s+(?:(?:duly|unanimously|then|also|formally)\s+)?(?:(?:received|considered|discussed|read)\s*,?\s+(?:and\s+)?)?(?:noted|approved|agreed|adopted|endorsed|accepted|confirmed|ratified)\b`)
	byThisMeeting = regexp.MustCompile(`^\s+by\s+(?:the\s+)?(?:` + deciders + `|[Mm]embers|[Cc]ouncillors|all(?:\s+present)?)\s*[.,]`)
	otherBody     = regexp.MustCompile(`^\s+(?:by|at|in|on)\s+(?:(?:the|its)\s+)?(?:[A-Z]|last|previous|an?\s|\d)`)
)

// bodyNoted is a meeting noting a thing, not that something is so:
// "Cabinet noted the appointments", "The Board noted the Forward Plan …".
var bodyNoted = regexp.MustCompile(`^(?:The\s+)?` + deciders + `\s+(?:also\s+)?noted\s+(?:the|its|their|a|an)\s`)

// pledgeLead names the points after it as the authors' pledge: "Our
// pledge to all children in our care is:".
var pledgeLead = regexp.MustCompile(`(?i)^our\s+(?:pledges?|promises?|commitments?)\b[^.]*\s(?:is|are)\s*:$`)

// reportedLead is a lead-in to what others said or listed: "… were
// listed as:", "Residents told us:", "Comments raised included:".
var reportedLead = regexp.MustCompile(`(?i)\b(?:(?:were|was)\s+(?:listed|described|mentioned|raised|suggested|expressed|voiced|put\s+forward)|(?:said|told\s+us|told\s+the\s+\w+|commented|included))(?:\s+(?:as|that|were|was|the\s+following))?\s*:$`)

// dashedRecord is a title set off by a dash from a record that opens in
// small letters, as "it was agreed" does.
var dashedRecord = regexp.MustCompile(`^[A-Z][^–—.;:]{2,100}?\s[–—-]\s+(it\s+was\s|(?:following|after)\s)`)

// titledRecord is where the record after a title's dash starts in s
// (dashedRecord, the title no clause of its own), or 0.
func titledRecord(s string) int {
	if m := dashedRecord.FindStringSubmatchIndex(s); m != nil && !finiteVerb.MatchString(s[:m[2]]) {
		return m[2]
	}
	return 0
}

// afterDebate is a debate a decision followed, told with no comma before
// it: "Following discussion it was resolved …".
var afterDebate = regexp.MustCompile(`^((?i:following|after)\s+(?:(?i:a|some|further|brief|lengthy|much|full|detailed)\s+)?(?i:discussion|debate|consideration)\s+)(?i:it\s+was)\b`)

// leadingAdverbial is the circumstance a decision's sentence opens with,
// before the body that decided: "Due to the lateness of the day,", "at the
// suggestion of the Mayor,", "Following discussion,".
var leadingAdverbial = regexp.MustCompile(`^(?:(?i:due to|owing to|at the (?:suggestion|request) of|following|after|having|in light of|in view of|upon|on the advice of)\b[^,.]{0,100},\s+)+`)

// runInTitle is an item's title run into its first sentence, the line
// break between them lost: "Minutes of Previous Meeting The Minutes of
// the meeting … were confirmed". Its words (up to twelve) are
// capitalised, small joining words or a date's day and year ("Approval
// of the Minutes of the Meeting 9th July 2019 The Minutes …"); the
// sentence starts at "The" or "These".
var runInTitle = regexp.MustCompile(`^(?:\d{1,3}[.)]?\s*[–-]?\s*)?(?:(?:[A-Z][\w'’&-]*|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)\s+(?:(?:of|and|for|on|to|the|&|-|–)\s+)*){1,12}?((?:The|These)\s.*)$`)

// minutesTitle is an agenda's title for a meeting's minutes, its words
// in any case, that ends in the meeting's date ("Approval of the Minutes
// of the meeting held on 17th August 2020", "Minutes of meeting held on
// 3 February 2016:"), then the record (group 1), a capital after a colon,
// a dash or the record's own number ("3.1").
var minutesTitle = regexp.MustCompile(`^(?:[A-Z][\w'’]*\s+){0,3}(?:[Tt]he\s+)?[Mm]inutes\b[^.:;]{0,100}?\b(?:19|20)\d\d\s*[:–-]?\s*(?:\d{1,2}\.\d{1,2}\s+)?([A-Z].*)$`)

// afterMinutesTitle gives s without an agenda's title for the minutes run
// in before the record ("Minutes of the previous meeting held on
// Wednesday 14th May 2019 The minutes were approved"), or s whole.
func afterMinutesTitle(s string) string {
	if !strings.Contains(s, "inutes") {
		return s // (the cheap test: withoutTitle asks it of every minute's paragraph)
	}
	if m := minutesTitle.FindStringSubmatchIndex(s); m != nil && !finiteVerb.MatchString(s[:m[2]]) {
		return s[m[2]:]
	}
	return s
}

// agendaRunIn is an agenda's wording, "To" and its verb, run into the
// record's first sentence, which opens "The" or "These" (group 1), a
// colon between them or not.
var agendaRunIn = regexp.MustCompile(`^To\s+[a-z]{3,}\b[^.;:]{2,150}?:?\s((?:The|These)\s)`)

// withoutTitle gives a sentence without a title run into it, when what
// is left is a decision told in the past.
func withoutTitle(sent string) string {
	if titledRecord(sent) > 0 {
		return sent // its title and dash kept whole, as decidedBody reads it
	}
	// "TO APPROVE THE MINUTES OF THE MEETING HELD ON THE 19 th APRIL 2018
	// The minutes … were approved", "NOMINATION OF MAYOR FOR 2013/2014 It
	// was RESOLVED …": a title in capitals of any length, its date and all.
	if rest := afterCapsTitle(sent); rest != sent && (decidedBody(rest) || capsDecided(rest)) {
		return rest
	}
	if rest := afterMinutesTitle(sent); rest != sent && (decidedBody(rest) || capsDecided(rest)) {
		return rest
	}
	if !strings.Contains(sent, " The ") && !strings.Contains(sent, " These ") && !strings.Contains(sent, ": ") && !agendaDash.MatchString(sent) {
		return afterTitleCase(sent) // (the cheap test: most sentences have no title run in)
	}
	if m := runInTitle.FindStringSubmatch(sent); m != nil && decidedBody(m[1]) {
		return m[1]
	}
	if m := agendaRunIn.FindStringSubmatchIndex(sent); m != nil && !finiteVerb.MatchString(sent[:m[2]]) && decidedBody(sent[m[2]:]) {
		// "To receive and confirm the minutes of the previous meeting
		// (10th September) The minutes … were confirmed": the agenda's
		// wording, then the record.
		return sent[m[2]:]
	}
	if t := afterTitleCase(sent); t != sent {
		return t
	}
	for _, dash := range []string{" – ", " - "} {
		// "Approval of Minutes held on 15 May - The minutes … were
		// approved": a title, numbers and all, then its dash. (An
		// agenda's wording with its meeting's date, "To consider the
		// minutes of the meeting held on the 26th October 2021", runs to
		// some seventy letters.)
		if i := strings.Index(sent, dash); i > 0 && i < 100 && !finiteVerb.MatchString(sent[:i]) && decidedBody(sent[i+len(dash):]) {
			rest := sent[i+len(dash):]
			if j := strings.Index(rest, ": "); j > 0 && j < 40 && decidedBody(rest[j+2:]) {
				rest = rest[j+2:] // "41/22 – MINUTES: The Minutes …"
			}
			return rest
		}
	}
	if i := strings.Index(sent, ": "); i > 0 && i < 40 && decidedBody(sent[i+2:]) {
		return sent[i+2:] // "41/22 – MINUTES: The Minutes … were approved"
	}
	if i := strings.LastIndex(sent[:min(len(sent), 60)], ": "); i > 0 && decidedBody(sent[i+2:]) {
		return sent[i+2:] // "5. Banking: 069/23: All Cllrs agreed that …"
	}
	return sent
}

// afterCapsTitle gives the sentence after a title in capitals run in at
// its start, or the sentence whole where none is.
func afterCapsTitle(sent string) string {
	if len(sent) > 1 && sent[0] >= 'A' && sent[0] <= 'Z' && sent[1] >= 'A' && sent[1] <= 'Z' {
		if heads, _ := capsHeads(sent); len(heads) > 0 && heads[0][0] == 0 {
			return strings.TrimSpace(sent[heads[0][1]:])
		}
	}
	return sent
}

// afterTitleCase gives a sentence without the title case words run in
// before it ("Payment of Accounts Cheque payments to 7 July were
// approved …"), when what is left decides; else the sentence.
func afterTitleCase(sent string) string {
	if !strings.Contains(sent, " were ") && !strings.Contains(sent, " was ") {
		return sent
	}
	if r, _ := utf8.DecodeRuneInString(sent); !unicode.IsUpper(r) {
		return sent // a title starts with a capital
	}
	ws := strings.Fields(sent)
	if len(ws) < 4 || phraseOpener[strings.ToLower(ws[0])] || subordinator[strings.ToLower(ws[0])] {
		return sent // "The Parish Council agreed …": a subject, no title; "Since Cllr Sadler is …": a clause
	}
	// The longest title whose rest decides: "Payment of Accounts" before
	// "Cheque payments …", not "Payment of" before "Accounts Cheque …".
	best, at := sent, 0
	for k := 0; k < min(len(ws)-1, 8); k++ {
		at += len(ws[k]) + 1
		if !titleWord(ws[k]) {
			break
		}
		if r, _ := utf8.DecodeRuneInString(ws[k+1]); unicode.IsUpper(r) && k > 0 && !joinerWord(ws[k]) && !nameTitle[strings.ToLower(strings.TrimRight(ws[k], "."))] && decidedBody(sent[at:]) {
			best = sent[at:]
		}
	}
	return best
}

// subordinator opens a clause that a sentence's main clause follows.
var subordinator = map[string]bool{"since": true, "as": true, "because": true, "when": true, "while": true, "whilst": true, "although": true, "though": true,
	"if": true, "once": true, "until": true, "unless": true, "after": true, "before": true}

func joinerWord(w string) bool {
	return w == "of" || w == "and" || w == "for" || w == "the" || w == "to" || w == "&"
}

// titleWord is a word a title in title case is made of.
func titleWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || joinerWord(w)
}

// actsOnObject: a verb-first clause goes on to what it acts on ("Approved
// the award …", "Noted that …"), not a participle before its noun
// ("Delegated decisions are …", "Confirmed as a true record").
func actsOnObject(body string) bool {
	w := strings.Fields(body)
	if len(w) < 3 {
		return false
	}
	next := strings.ToLower(w[1])
	return objectStart[next] || next == "that" || next == "to" || strings.HasPrefix(next, "£")
}

// namesList: a lead-in that announces a list of things it acts on ("the
// following contracts", "the documents listed below").
func namesList(lead string) bool {
	l := strings.ToLower(lead)
	return strings.Contains(l, "following") || strings.Contains(l, "listed below") || strings.Contains(l, "set out below")
}

// namesOnly: a list item with no verb of its own — a name, a contract, a
// meeting ("Sam Green", "A contract between the Council and …"). A body
// with its verb in the past ("The committee agreed to consult …") is a
// decision told, whatever the lead-in announced.
func namesOnly(text string) bool {
	w := firstWord(text)
	lw := strings.ToLower(w)
	return !finiteVerb.MatchString(text) && !subjectDecided.MatchString(text) && !bodyPast.MatchString(text) && !modalWord.MatchString(text) && !strings.Contains(text, " be ") &&
		!decisionVerb.MatchString(w) && !decidedVerb.MatchString(w) && !actVerb[lw] && !baseVerb.MatchString(lw) && lw != "that" && lw != "to" &&
		!(planVerb[lw] && secondLower(text)) // "Declare a climate emergency", but "Open Spaces" names
}

// styleLostHeading tells whether p is a short unmarked line that reads
// as a heading though it was not printed as one: "Physical Activity".
// numberedPart: a paragraph that names a part of a plan by its number
// before what it is about ("Objective 1: Prevent …", "Priority 3 –
// Homes"), no sentence.
func numberedPart(p paragraph) bool {
	// (A full stop may close its title: "Priority 2: To widen access to
	// the service." is one sentence, still the part's name.)
	return p.marker == "" && !bulletPat.MatchString(p.text) && partNumbered.MatchString(p.body) && !strings.Contains(strings.TrimSuffix(p.body, "."), ". ") && len(strings.Fields(p.body)) <= 20
}

var partNumbered = regexp.MustCompile(`(?i)^(?:strategic\s+)?(?:priority|objective|theme|outcome|aim|goal|ambition|workstream|strand)\s+(\d{1,2}[a-z]?)\s*[:\-–—]\s*[A-Z]`)

func styleLostHeading(p paragraph) bool {
	return p.marker == "" && !p.heading && !bulletPat.MatchString(p.text) && len(strings.Fields(p.body)) <= 8 &&
		!endsSentence(p.body) && looksLikeHeading(p.body) && !finiteVerb.MatchString(p.body)
}

// secondLower tells whether text's second word starts in lower case.
func secondLower(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsLower(r)
}

// bodyPast is a meeting body, in any case, and a deciding verb in the
// past: "The committee agreed to consult …", "the Board noted …".
var bodyPast = regexp.MustCompile(`(?i)^(?:the\s+)?(?:committee|sub-committee|council|cabinet|board|panel|executive|group|forum|members|councillors)\s+(?:noted|agreed|approved|endorsed|resolved|decided|adopted|accepted|authori[sz]ed|delegated|requested|recommended|considered|received)\b`)

// presentPassive is a decision told in the present passive: "is
// approved", "is to be made".
var presentPassive = regexp.MustCompile(`\b(?:is|are)\s+(?:to\s+be\s+)?(?:\w+ly\s+)?(?:approved|agreed|noted|made|given|granted|delegated|authori[sz]ed|endorsed|adopted|accepted|allocated|awarded|rejected|deferred|confirmed|established|set|appointed|withdrawn|released)\b`)

// perfectPassive is a change recorded as made ("that the fee has also
// been increased"), which a list of decisions decides.
// pastDecided is a decision told in the past: "… was approved",
// "Authority was delegated to …", "It was agreed that …".
var pastDecided = regexp.MustCompile(`\b(?:was|were)\s+(?:\w+ly\s+)?(?:approved|agreed|noted|delegated|authori[sz]ed|endorsed|adopted|accepted|granted|confirmed|deferred|rejected|resolved)\b|^It\s+was\s+(?:\w+ly\s+)?(?:agreed|resolved|decided)\b`)

var perfectPassive = regexp.MustCompile(`\b(?:has|have)\s+(?:also\s+|now\s+|\w+ly\s+)?been\s+[\w-]+ed\b`)

// carriedRec is another body's recommendation to this one: "<Body> [on
// <date>] recommended that the Cabinet <verb> …".
var carriedRec = regexp.MustCompile(`^(?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|&)){0,8}(?:\s+(?:on|at its meeting (?:held )?on)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})?\s+recommended\s+that\s+(?:the\s+)?(?:Cabinet|Council|Executive|Committee|Board|Panel)\s+[a-z]+`)

// laterDecided: a sentence after the paragraph's first records the
// decision ("Cabinet considered a report …. The recommendations in the
// report were considered and agreed.").
func laterDecided(body string) bool {
	if !strings.Contains(body, ". ") || !strings.Contains(body, " were ") && !strings.Contains(body, " was ") && !strings.Contains(body, " approved") && !strings.Contains(body, " agreed") && !strings.Contains(body, " Agreed") {
		return false
	}
	for _, sent := range sentences(body)[1:] {
		if decidedBody(sent) || withoutTitle(sent) != sent {
			return true
		}
	}
	return false
}

// byReference is a decision that agrees what the report recommended:
// "AGREED RECOMMENDATIONS", "AGREED RECOMMENDATION and thanked …".
var byReference = regexp.MustCompile(`^(?:AGREED|APPROVED|Agreed|Approved)\s+(?:THE\s+|the\s+)?(?:RECOMMENDATIONS?|[Rr]ecommendations?)\b`)

// agreedDecision is a decision told as agreed: "It was agreed that the
// minutes be approved", not what someone would do ("… be circulated").
var agreedDecision = regexp.MustCompile(`^It was (?:agreed|resolved|unanimously agreed)(?:\s+unanimously)? that\b[^.]{0,200}?\bbe\s+(?:\w+ly\s+)?(?:approved|noted|adopted|endorsed|accepted|signed|confirmed|agreed|received|ratified|elected|appointed|co-opted)\b`)

// listRunIn is a list run in after its lead: "… as follows: 1. To …",
// "… as follows:- (a) that …".
var listRunIn = regexp.MustCompile(`as follows:?-?\s*\(?(?:1|a|i)[.)]\s`)

// resolvedAsFollows: "The Executive resolved as follows: …".
func resolvedAsFollows(s string) bool {
	return strings.Contains(s, "as follows") && resolved.MatchString(s)
}

// toInfinitive is a point that starts with "To" and its verb, whatever the
// verb: "1. To waive the rule …", "2. To directly contract with …".
// (Many decisions set their verb in capitals: "To ENDORSE the objectives".)
var toInfinitive = regexp.MustCompile(`^To\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}|(?:NOTE|AGREE|APPROVE|ENDORSE|DELEGATE|AUTHORI[SZ]E|ADOPT|ACCEPT|REJECT|CONFIRM|RECOMMEND|REQUEST|SUPPORT|REFER|DEFER|APPOINT|ASK|RECEIVE|CONSIDER|INSTRUCT|NOMINATE|ELECT|AWARD|GRANT|REFUSE|AMEND|ALLOCATE|COMMISSION|PROCEED|RETAIN|REVIEW))\s+\S`)

// compound: the text after a label's word makes it part of a compound
// ("Decision-making", "Decision-maker"), not a label and its dash.
func compound(after string) bool {
	return len(after) > 1 && after[0] == '-' && unicode.IsLetter(rune(after[1]))
}

// capsRecommended is a meeting's decision to recommend, its verb in
// capitals: "It was therefore RECOMMENDED to Council that …".
var capsRecommended = regexp.MustCompile(`\bRECOMMENDED\s+(?:to\s+(?:the\s+)?[A-Z][\w ]{1,40}?\s+)?that\b`)

// recommendedSentences cuts a paragraph at the end of the sentence in
// which the meeting RECOMMENDED: "Baby burial area. It was RECOMMENDED
// that …. This follows research … PCllr Ball suggested …" recommends in
// its second sentence and goes on to tell the discussion, which is rest.
// A sentence after it that tells a decision too ("The quotation from
// Green Ltd was accepted.") stays with it.
func recommendedSentences(body string) (text, rest string) {
	sents := sentences(body)
	for i, sent := range sents {
		if !capsRecommended.MatchString(sent) {
			continue
		}
		end := i + 1
		for end < len(sents) && decides.MatchString(sents[end]) {
			end++
		}
		return strings.Join(sents[:end], " "), strings.Join(sents[end:], " ")
	}
	return body, ""
}

// recommendationIs states a report's recommendation: "The recommendation
// is to implement option 2."
var recommendationIs = regexp.MustCompile(`(?i)^the\s+recommendation\s+is\s+(?:to|that)\s+\S`)

// decisionTo is a decision named by its noun, under its label: "Decision
// to award a contract for three months …".
var decisionTo = regexp.MustCompile(`^(?:The\s+)?[Dd]ecision\s+(?:is\s+|was\s+|taken\s+)?to\s+[a-z]{3,}\b`)

// decidesFinite: a deciding verb that tells what was decided, not a
// participle describing a thing ("The budgets delegated by the Council
// would not change").
func decidesFinite(s string) bool {
	for _, loc := range decides.FindAllStringIndex(s, -1) {
		if !strings.HasPrefix(strings.TrimSpace(s[loc[1]:]), "by ") {
			return true
		}
	}
	return false
}

// datedEntry starts an entry of a decisions list: "04/03/2024 - Parks
// Board - 12 February 2024 ref: 497".
var datedEntry = regexp.MustCompile(`^\d{1,2}/\d{1,2}/\d{4}\s+[-–]\s+\S`)

// softLabel is a decision's label without its colon: "Decision",
// "Decision taken".
var softLabel = regexp.MustCompile(`(?i)^(?:summary of (?:the )?)?decisions?(?:\s+(?:taken|made|reached))?$`)

// bareDecided is "Resolved" alone on a decision page's line, its colon
// lost, over the decision. (In minutes "AGREED" alone closes the point
// above it.)
var bareDecided = regexp.MustCompile(`^(?:Resolved|Agreed|Decided)$`)

// labelsDecision: a paragraph that a label over it would make a decision —
// the deciding body's act told in the past, or a "that" clause deciding.
func labelsDecision(body string) bool {
	return bodyActs.MatchString(body) || decidedBody(body) || thatDecides(body) || subjunctive(body) || hasDecided.MatchString(body) || presentDecided.MatchString(body)
}

// presentDecided is a decision told in the present passive under its
// label: "The updated Grant Policy … is approved."
var presentDecided = regexp.MustCompile(`^(?:The|That the|This)\s[^.]{3,200}?\s(?:is|are)\s+(?:hereby\s+)?(?:approved|agreed|adopted|endorsed|accepted|authori[sz]ed|granted)\b`)

// hasDecided is a decision maker's decision told in the present perfect:
// "The Executive Director for Parks has approved the signing of …".
var hasDecided = regexp.MustCompile(`^(?:The\s+)?[A-Z][\w,&'’ -]{2,80}?\s+has\s+(?:also\s+)?(?:approved|agreed|decided|authori[sz]ed|delegated|noted|endorsed|accepted)\b`)

// officerHasDecided is hasDecided with an officer or member who decides
// alone as its subject: "The Director of Public Health has approved …"
// (where "The Council with its partners has agreed an approach" is the
// background).
var officerHasDecided = regexp.MustCompile(`^(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}?(?:Director|Chief Executive|Head|Manager|Officer|Cabinet Member|Portfolio Holder|Leader|Executive Member|Lead Member)\b[\w ,&'’-]{0,60}?\s+has\s+(?:also\s+)?(?:approved|agreed|decided|authori[sz]ed|delegated|endorsed|accepted)\b`)

// bodyActs is a numbered clause with the deciding body as its subject:
// "1. Cabinet noted the visitor survey", "2. Cabinet recommended the plan
// to Council".
var bodyActs = regexp.MustCompile(`^(?:The\s+)?` + deciders + `\s+(?:also\s+)?((?i:noted|approved|agreed|endorsed|adopted|accepted|resolved|decided|recommended|requested|delegated|authori[sz]ed|supported|asked|instructed|welcomed|received|reviewed)|notes|approves|agrees|endorses|adopts|accepts|resolves|decides|delegates|authori[sz]es|supports|(?:note|approve|agree|endorse|adopt|accept|delegate|authori[sz]e|support)\s+(?:and\s+(?:note|approve|agree|endorse|adopt|accept)\s+)?(?:the|that|a|an|its|to)\b)`)

// namedBodyActs is bodyActs with a committee, board or panel named at
// length ("The Resources and Public Realm Scrutiny Committee noted …"),
// which only a list of decisions reads as deciding: elsewhere it is as
// often another body's decision retold.
var namedBodyActs = regexp.MustCompile(`^(?:The\s+)?[A-Z][\w&]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&-]*){0,6}\s+(?:Committee|Board|Panel|Sub-Committee)\s+(?:also\s+)?(noted|approved|agreed|endorsed|adopted|accepted|resolved|decided|recommended|requested|delegated|authori[sz]ed|supported|welcomed|received)\b`)

// bodyLine is a deciding body's name alone with a colon ("Cabinet:").
var bodyLine = regexp.MustCompile(`^(?:The\s+)?(?:Cabinet|Council|County Council|[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}\s+(?:Committee|Board|Panel)|Committee|Board|Panel|Executive|Cabinet Member(?:\s+for\s+[A-Z][\w&, ]+)?|Leader|Mayor(?:\s+and\s+Cabinet)?)\s*:$`)

// narrativeVerb is what a body does in minutes' narrative as much as in a
// decision: in minutes "(iii) The Board noted the update" is a point of the
// discussion; on a decision page it is what was decided.
// toldInPast: a paragraph that tells what happened at the meeting.
var toldInPast = regexp.MustCompile(`\b(?:was|were|had|introduced|presented|outlined|explained|reported|considered|discussed)\b`)

var narrativeVerb = regexp.MustCompile(`^(?:The\s+)?[\w& -]{2,60}?\s+(?:also\s+)?(noted|welcomed|received|asked)\b`)

// bareSubjunctive is a sentence whose verb is the subjunctive "be" with a
// past participle and no "That" before it: "The parks plan be adopted."
var bareSubjunctive = regexp.MustCompile(`^(?:The|This|These|Its|Their)\s+[^.;:]{2,220}?\s+be\s+(?:\w+ly\s+)?(?:[\w-]+ed|made|given|taken|held|set|sent|brought|kept|shown|drawn|written|undertaken|withdrawn|granted|done|put|paid|read)\b[^.]*\.?$`)

// subjunctive: a clause whose verb is "be" with a participle, no modal,
// "to" or "that" before it, and no verb in its subject: "approval be given
// to lease the cafes", "a strip of land be transferred to the Parks
// budget".
func subjunctive(s string) bool {
	i := strings.Index(s, " be ")
	if i < 0 || i > 220 {
		return false
	}
	// "the guide for tenants who are new to allotments be approved": a
	// relative clause's verb is not the subject's.
	subject := relativeVerb.ReplaceAllString(strings.ToLower(s[:i]), "")
	if strings.Contains(subject, " that ") || finiteVerb.MatchString(subject) || strings.ContainsAny(subject, ";:") {
		return false
	}
	m := thatBe.FindStringSubmatch(s[max(0, i-30):])
	return m != nil && !modal.MatchString(m[1])
}

var relativeVerb = regexp.MustCompile(`\b(?:who|which|that)\s+(?:are|is|were|was|has|have)\b`)

// modalBefore: the sentence's "be" follows a modal ("The plan would be
// adopted"), so it reports, not decides.
func modalBefore(s string) bool {
	for _, m := range thatBe.FindAllStringSubmatch(s, -1) {
		// "held on 12 May be confirmed": the month, not the modal.
		if !modal.MatchString(m[1]) || strings.TrimSpace(m[1]) == "May" {
			return false
		}
	}
	return true
}

// decidingVerbFirst: a verb a decision starts with in its base form,
// naming what it acts on.
func decidingVerbFirst(w string) bool {
	return decisionVerb.MatchString(w) || undoVerb.MatchString(w)
}

var undoVerb = regexp.MustCompile(`(?i)^(?:withdraw|revoke|rescind|amend|replace|retain)$`)

// decisionVerb: the verbs a decision's clause starts with.
// weighedThenDecided opens a decision with the weighing before it:
// "Consider and approve the strategic approach …".
var weighedThenDecided = regexp.MustCompile(`^(?:Consider|Considered|Review|Reviewed|Receive|Received)\s+and\s+(?:approve|agree|note|endorse|adopt|accept)d?\b`)

var decisionVerb = regexp.MustCompile(`(?i)^(notes?|agrees?|approves?|endorses?|delegates?|authori[sz]es?|requests?|asks?|supports?|adopts?|accepts?|rejects?|confirms?|refers?|defers?|establishes?|allocates?|instructs?|appoints?|grants?|recommends?|resolves?)$`)

// capsDecided: a decision word in capitals inside a sentence ("RESOLVED
// that", "AGREED to"); the words are looked for before the pattern runs.
func capsDecided(s string) bool {
	return (strings.Contains(s, "RESOLVED") || strings.Contains(s, "AGREED") || strings.Contains(s, "DECIDED")) && capsDecision.MatchString(s) ||
		capsAfterSubject.MatchString(s)
}

// ("It was RESOLVED upon a recommendation from the committee to …": how
// it came to be decided may stand before the "to".)
// ("RESOLVED Clerk to send the form": who is to act may come first.)
var capsDecision = regexp.MustCompile(`\b(RESOLVED|AGREED|DECIDED)\s+(?:(?:unanimously|nem\.?\s*con\.?)\s+)?(?:\([^)]{0,80}\)\s+)?(?:(?:upon|on|following|after|having)\s+[^.;:]{3,80}?\s+)?(?:(?:[Tt]he\s+)?` + onePost + `\s+)?(to|that|not to)\b`)

// agreedSomeoneWould is an agreement that a person or officer would do
// something: "It was also AGREED that the clerk would obtain …", "it was
// agreed that MM would contact highways". (What "we" or a thing would do,
// "that the June meeting would commence at 7.30pm", is left to the rules
// that read any other sentence.)
var agreedSomeoneWould = regexp.MustCompile(`\b(?:was|were)\s+(?:also\s+)?(?i:agreed)\s+that\s+(?:(?:[Tt]he\s+)?` + onePost + `|(?:Cllrs?|Councillors?)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z][a-z]+\s+[A-Z][a-z]+|` + initialsPat + `)\s+(?:would|will)\s+(?:\w+ly\s+)?[a-z]`)

// capsAfterSubject is a body's decision whose verb alone is in capitals,
// after its subject and before its object: "The Cabinet NOTED the
// progress", "Council APPROVED the budget".
var capsAfterSubject = regexp.MustCompile(`\b[A-Z][a-z]+\s+(?:NOTED|APPROVED|ENDORSED|ADOPTED|CONFIRMED|SUPPORTED|ACCEPTED|AGREED|RESOLVED|DECIDED|AUTHORI[SZ]ED|DELEGATED|RECOMMENDED)\s+[a-z]`)

// decisionLabel is ModernGov's "Decision:" block label on a meeting or
// item page.
var decisionLabel = regexp.MustCompile(`(?i)^decisions?\s*:$`)

// bodyLabel is a deciding body's name alone as a label: "Cabinet –",
// "The Committee:", "Council:-".
var bodyLabel = regexp.MustCompile(`^(?:The\s+)?` + deciders + `\s*(?::-|[:–—-])$`)

var (
	nextMeetingWords = regexp.MustCompile(`(?i)\bnext meeting\b`)
	// nextMeetingLine gives the next meeting's date: "Date of next meeting:
	// 12 March 2025", "The next meeting will be held on Thursday 12 March".
	nextMeetingLine = regexp.MustCompile(`(?i)\b(?:date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting(?:\s+of\s+the\s+[\w ]{2,40}?)?\s+(?:will\s+be|is|to\s+be)\s+(?:held\s+)?(?:on\s+)?)`)
	fullDatePat     = regexp.MustCompile(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`)
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
var resolvedAdverb = regexp.MustCompile(`^(?i:unanimously|accordingly|therefore|formally|also|further|nem\.?\s*con\.?)\s*,?\s+`)

// motionQuoted is a sentence that quotes a motion's words after it.
var motionQuoted = regexp.MustCompile(`(?i)\bmotion\b[^.]{0,160}\b(?:reads|states|says|as follows)\s*[:;,\-–]?$`)

func opens(p paragraph) (opener, bool) {
	body := p.body
	if recSection.MatchString(body) || toBody.MatchString(body) {
		return opener{kind: action.KindRecommendation}, true
	}
	if m := resolved.FindStringSubmatch(body); m != nil && isResolvedWord(m[1], body) {
		if o, ok := leadIn(body); ok {
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
		if f := firstWord(rest); !strings.EqualFold(f, "that") && !strings.EqualFold(f, "to") && !thatDecides("That "+rest) && !decides.MatchString(rest) {
			return opener{}, false
		}
		if prefix := strings.TrimSpace(body[:strings.Index(body, m[1])]); strings.EqualFold(firstWord(rest), "to") && (prefix != "" &&
			(nameLike(prefix) && !strings.HasPrefix(strings.ToLower(prefix), "it ") || strings.EqualFold(prefix, "it was") && !strings.HasPrefix(rest, "to:")) ||
			prefix == "" && m[1] == "Resolved" && resolvedInfinitive(rest)) {
			// "The Cabinet Member RESOLVED to approve the Plan", "It was
			// RESOLVED to approve the report": the whole sentence, who
			// resolved with what.
			rest = strings.TrimSpace(body)
		}
		// ("It was resolved unanimously that …": how it was resolved may
		// stand between the word and its clause.)
		clause := strings.TrimPrefix(rest, resolvedAdverb.FindString(rest))
		if prefix := strings.TrimSpace(body[:strings.Index(body, m[1])]); (strings.EqualFold(prefix, "it was") || nameLike(prefix) && !strings.HasPrefix(strings.ToLower(prefix), "it ")) && strings.EqualFold(firstWord(clause), "that") {
			// "It was AGREED that a link … be circulated to members.", "The
			// Group AGREED that Cllr Berry be adopted onto the Group.": the
			// sentence whole, as the minutes put it, who decided with what.
			rest = strings.TrimSpace(body)
		}
		return withLead(opener{kind: action.KindResolution, rest: rest}), true
	}
	if o, ok := labelOpener(p); ok {
		return withLead(o), true
	}
	if m := inlineLead.FindStringSubmatch(body); m != nil {
		rest := m[2]
		if k := reasonsRunIn.FindStringIndex(rest); k != nil {
			rest = strings.TrimSpace(rest[:k[0]]) // "… 2. That …. Reason(s): 1. To enable …": the reasons decide nothing
		}
		if o, ok := leadIn(m[1] + ":"); ok && o.whole == "" && len(splitList(rest, "")) >= 2 {
			o.rest = rest
			return o, true
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
var goesOn = regexp.MustCompile(`^(?:However|Further|Furthermore|Also|In addition|Additionally|Moreover|But|And|This|These|It|They|Such|Subject to|Otherwise|Therefore|Accordingly)\b`)

// followsAs is a lead-in that points at the list below it, neither reasons
// nor conditions: "… as follows:", "… set out below:".
var followsAs = regexp.MustCompile(`(?i)\b(?:as follows|set out below|listed below)\s*(?::-|;-|[:\-–—])$`)

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
	f.blk = &block{opener: o, indent: -1, id: f.blocks, leadRef: p.marker}
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
	if b.motion {
		// A motion's clauses, moved but not yet carried: read, not kept.
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
		b.sub = "section"
		if b.subWhole {
			f.add(p, action.Action{Ref: p.marker, Kind: last.Kind, Action: strings.TrimSpace(p.body)})
			b.clauses = append(b.clauses, len(f.out)-1)
			return true
		}
		grow(last, p.text, p)
		return true
	}
	if ref, text, ok := b.clauseStart(p); ok && len(b.clauses) > 0 && b.firstRef != "" && markerStyle(ref) != markerStyle(b.firstRef) &&
		(b.sub == markerStyle(ref) || endsInColon(f.out[b.clauses[len(b.clauses)-1]].SourceText) && !inAddition.MatchString(f.out[b.clauses[len(b.clauses)-1]].SourceText)) {
		// "(b) That the following charges be approved: (i) …; (ii) …": a
		// list in another numbering under a clause that ends in a colon
		// is that clause's own.
		last := &f.out[b.clauses[len(b.clauses)-1]]
		if b.sub == "" && strings.HasSuffix(last.SourceText, ":") && delegate(last.Action) != "" &&
			(infinitivePoint.MatchString(text) || hasSuffixFold(strings.TrimRight(last.SourceText, ":- "), " to") && knownVerb(firstWord(text))) {
			// "2. That Council delegate authority to the Executive …:"
			// over "a. to bid …" "b. to determine …" (or "… to:" over
			// "a) approve …"): each point is a power given, a decision of
			// its own with its clause's words.
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
		b.sub, b.subLead, b.subWhole, b.subEach = "", "", false, false // back to the list's own numbering
	}
	if g := bulletOf(p.text); len(b.clauses) > 0 && b.glyph != "" && g != "" && g != b.glyph && !p.heading &&
		(g == b.subGlyph || endsInColon(f.out[b.clauses[len(b.clauses)-1]].SourceText)) {
		// "· to publish:" over "o the Flood Risk Assessment", "o the
		// Retail Study": another bullet under a point that ends in a
		// colon, set in where the copy kept no indent, is a part of it.
		b.subGlyph = g
		grow(&f.out[b.clauses[len(b.clauses)-1]], strings.TrimSpace(bulletPat.ReplaceAllString(p.text, "")), p)
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
	if len(b.clauses) == 0 {
		// A label with one decision under it, said as a sentence.
		// It must read as deciding something: "That …", or a deciding
		// verb ("The Cabinet agreed the recommendations"), not a note of
		// the meeting ("Apologies were received from …").
		if p.marker == "" && !strings.HasSuffix(p.body, ":") && (b.lead != "" || decidesFinite(p.body) || decisionTo.MatchString(p.body) || toInfinitive.MatchString(p.body) || firstPersonDecides.MatchString(p.body)) && !speaking.MatchString(p.body) {
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
	if b.named && p.marker == "" && !p.heading && !strings.HasSuffix(p.body, ":") && decidedBody(p.body) && !speaking.MatchString(p.body) {
		// "Decision:" over "The Cabinet authorised the Director to:" and
		// its clauses, then "The Cabinet agreed the revised targets.":
		// the label's next decision, told as a sentence of its own.
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
	return false
}

var smallRoman = regexp.MustCompile(`^[ivx]{1,5}$`)

func init() { markerStyleOf = markerStyle }

// firstPersonDecides is an officer's or member's decision in their own
// words under the record's label: "I approve.", "I agree the award …".
var firstPersonDecides = regexp.MustCompile(`^I\s+(?:(?:hereby|therefore)\s+)?(?:approve|agree|authori[sz]e|decide|endorse|accept)\b`)

// labelledEntry is a list entry of a name and its value: "Millbrook Park -
// J Green", "Finance: Cllr Ash".
var labelledEntry = regexp.MustCompile(`^[A-Z][^.;:]{1,60}?\s*[-–—:]\s+\S`)

// decidingLead is a sentence whose verb decides or agrees to act.
var decidingLead = regexp.MustCompile(`(?i)\b(agreed|resolved|decided)\s+to\b`)

// pastEvent names a date as when something happened.
var pastEvent = regexp.MustCompile(`(?i)\b(held|dated|published|submitted|received|considered|made|taken|agreed|approved)\s+on\s+(?:the\s+)?\d`)

// markerStyle names how a marker numbers: "(a)" and "b)" are letters,
// "(iv)" roman, "(2)" and "3" digits.
// prefixedNumber is a number after a letter or two that says what it
// numbers: "R1:" for a recommendation, "A12." for an action.
var prefixedNumber = regexp.MustCompile(`^([A-Z]{1,2})(\d{1,2}):?$`)

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

// whenWords are what may stand beside a timetable heading's date.
var whenWords = regexp.MustCompile(`(?i)\b(?:by|from|to|until|in|during|early|late|mid|end of|the|and|onwards)\b|[–-]`)

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

var lowerClause = regexp.MustCompile(`^(?:that|to)\s`)

// bareFollowing is "the following" with no noun after it: "That the
// following be noted:".
var bareFollowing = regexp.MustCompile(`(?i)\bthe\s+following\s+(?:be|is|are|were|was|have\s+been|has\s+been)\b`)

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

// clauseItem adds one clause of the open block.
func (f *finder) clauseItem(p paragraph, ref, text string) {
	b := f.blk
	lead := b.lead
	if strings.HasSuffix(f.prev.body, ":") || strings.HasSuffix(f.prev.body, ":-") {
		lead = f.prev.body // as the paper words it, however long: "RESOLVED that the following …:"
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
	if who := delegate(text); who != "" {
		a.Owner = ownersOf(who)
	} else if kind == action.KindCommitment {
		// "The head of internal audit will:" over its points: who
		// undertakes each.
		if subj, ok := strings.CutSuffix(b.lead, " will"); ok && !selfSubject.MatchString(subj) {
			if who := agent(subj); who != "" && nameLike(subj) {
				a.Owner = []string{who}
			}
		}
	}
	f.add(p, a)
	b.clauses = append(b.clauses, len(f.out)-1)
	b.lastInfinitive = infinitiveDecision(text)
	b.infinitives = b.infinitives || b.lastInfinitive
	if b.asked {
		f.proposals = append(f.proposals, len(f.out)-1)
	}
}

// leadNamesRecs is a lead-in whose verb already has its object, the
// recommendations its points are ("Cabinet supported the committee's
// recommendations" over "(a) that …", "(b) to approve …"): a point in
// small letters with "to" is one of them, whole, and carries none of the
// lead ("… recommendations to approve …" would misread it as their
// purpose). A point that is a sentence of its own keeps the lead, as
// CONTRACT.md has it.
var leadNamesRecs = regexp.MustCompile(`(?i)\brecommendations$`)

// decided is the kind a decision takes in this paper: in a proposed
// decision (a draft record, a report's proposed decision) nothing is
// decided yet, so its decisions are recommendations.
func (f *finder) decided(kind string) string {
	if f.opts.Proposed && kind == action.KindResolution {
		return action.KindRecommendation
	}
	return kind
}

// thatDecides: "That … be <done>" with the subjunctive be, or a person or
// body with a verb in its bare form ("That the Director report on …").
func thatDecides(s string) bool {
	if !thatStart.MatchString(s) {
		return false
	}
	if thatDoes.MatchString(s) || thatIsDone.MatchString(s) {
		return true
	}
	for _, m := range thatBe.FindAllStringSubmatch(s, -1) {
		if !modal.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// thatIsDone is a decision in the indicative where the subjunctive is
// usual: "That the Strategy is published for consultation", "That
// authority is delegated to …", or in the past as some decision pages
// record it ("That delegated authority was given to …").
var thatIsDone = regexp.MustCompile(`^(?:That|THAT)\s+[^.;:]{2,160}?\s(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:approved|adopted|published|agreed|noted|endorsed|delegated|authori[sz]ed|accepted|submitted|referred|granted|given|made|undertaken|received|confirmed|ratified)\b`)

// minuteID is a minute's number alone on its line: "57/25", "41.",
// "Minute 33", "C1595".
// numberedDecision is a decision's number and a year before its text.
var numberedDecision = regexp.MustCompile(`^(\d{1,4}/(?:19|20)\d\d)\s+([A-Z].*)$`)

var minuteID = regexp.MustCompile(`(?i)^(?:minute\s+(?:no\.?\s*)?)?(\d{1,4}/\d{2,4}|\d{1,4}|[A-Z]{1,3}\.?\d{1,4}(?:/\d{2,4})?)\.?$`)

// minuteAfter: minute number a comes after b ("7" after "4").
func minuteAfter(a, b string) bool {
	if x, y := yearDotted.FindStringSubmatch(a), yearDotted.FindStringSubmatch(b); x != nil && y != nil {
		n, _ := strconv.Atoi(x[2])
		m, _ := strconv.Atoi(y[2])
		return x[1] == y[1] && n > m // "23.006" after "23.005"
	}
	a, yearA, _ := strings.Cut(a, "/")
	b, yearB, _ := strings.Cut(b, "/")
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	return errA == nil && errB == nil && x > y && yearA == yearB // ("005/20" after "003/20")
}

// minuteLike is a minute's number, bare or with its year: "45", "005/20",
// "23.006".
func minuteLike(m string) bool {
	return isMinuteNumber(m) || slashNumber.MatchString(m) || yearDotted.MatchString(m)
}

// yearDotted is a minute's number after its year's last two digits and
// a dot: "23.006", "14.520". Three digits or more after the dot tell it
// from a report's section ("2.1").
var yearDotted = regexp.MustCompile(`^(\d{2})\.(\d{3,4})$`)

// recordDecides: one of the few unnumbered paragraphs after ps[i], before
// the next numbered one or a heading, tells a decision.
func recordDecides(ps []paragraph, i int) bool {
	for j := i + 1; j < len(ps) && j <= i+6 && ps[j].marker == "" && !ps[j].heading; j++ {
		if readsDecided(ps[j].body) {
			return true
		}
	}
	return false
}

// laterSentenceDecided: a sentence after the first is the meeting's
// decision, its subject named ("Cllr Hale said the verge may be
// unregistered. Members resolved that the Clerk search the register.").
func laterSentenceDecided(body string) bool {
	sents := sentences(body)
	for k, s := range sents[min(1, len(sents)):] {
		// (A vote of all present decides only as the record's last
		// sentence.)
		if decidedBody(s) || k == len(sents)-2 && allAgreed.MatchString(s) {
			return true
		}
	}
	return false
}

// itemTitled: p opens an item of the meeting — numbered, a heading, or
// led by a minute's number ("P14/157 ITEM 2 – …").
func itemTitled(p paragraph) bool {
	return p.marker != "" || p.heading || minuteLed.MatchString(p.body)
}

var (
	minuteLed = regexp.MustCompile(`^[A-Z]{0,3}\d{1,4}[/.]\d{1,4}(?:\s|$)`)
	// interestsTitle is an item's title that records members' interests:
	// "Declarations of Interest", "To receive any disclosures of
	// pecuniary interests", "Councillors' Disclosure of an Interest".
	interestsTitle = regexp.MustCompile(`(?i)^(?:[A-Z]{0,3}\d{1,4}[/.]\d{1,4}\s+)?(?:item\s+\d+\s*[–:.-]?\s*)?(?:to\s+(?:receive|record|note|declare)\s+(?:any\s+)?)?(?:(?:members['’]?|councillors['’]?)\s+)?(?:declarations?|disclosures?)\s+of\s+(?:an?\s+|any\s+)?(?:(?:pecuniary|personal|prejudicial|non-pecuniary|disclosable|other|members['’]?|councillors['’]?)\s+(?:(?:or|and)\s+)?)*interests?\b`)
)

// minuteTitleLine is a minute's title told as a line: one short sentence that
// decides nothing ("Verge.", "To receive apologies for absence").
func minuteTitleLine(body string) bool {
	return len(strings.Fields(body)) <= 14 && len(sentences(body)) == 1 && !strings.HasSuffix(body, ":") && !decidedBody(body) && !decides.MatchString(body)
}

// slashNumber is a minute's number with its year or meeting after a
// slash: "4460/20", "033/19". (Under a minute numbered otherwise, "5.
// Planning applications", it is an application's number.)
var slashNumber = regexp.MustCompile(`^\d{1,5}/\d{2,4}$`)

// slashMinuteNumber is such a number perhaps after its committee's
// letters, as minutes number their items: "A23/018", "JTB 08/022".
var slashMinuteNumber = regexp.MustCompile(`^(?:[A-Z]{1,3}\s?|[A-Z]{1,2}&[A-Z]{1,2})?\d{1,5}/\d{2,4}$`)

// isCapitalsOnlyNumber guards against a heading that is only a number.
func isCapitalsOnlyNumber(s string) bool { return strings.TrimSpace(s) == "" }

// minuteRef puts a resolution's own marker under its minute's number:
// "(a)" of minute 33 is "33(a)", a clause "1" of minute 61/25 is
// "61/25(1)", an unnumbered resolution is the minute's number.
func minuteRef(minute, ref string) string {
	switch {
	case ref == "" || ref == minute:
		return minute
	case strings.HasPrefix(ref, "("):
		return minute + ref
	case isMinuteNumber(ref) && len(ref) <= 2:
		return minute + "(" + ref + ")"
	}
	return ref // its own paragraph number ("21.2") says enough
}

// isResolvedWord tells "RESOLVED: …" and "Agreed: …" from prose that merely
// starts with the word ("Agreed targets were …").
func isResolvedWord(word, body string) bool {
	at := strings.Index(strings.ToLower(body), strings.ToLower(word))
	prefix, rest := strings.ToLower(body[:at]), strings.TrimSpace(body[at+len(word):])
	if compound(body[at+len(word):]) {
		return false // "Decision-making was delegated …": one word
	}
	if word == "DECISION" && isCapitals(body[:at]) && strings.TrimSpace(prefix) != "" && !strings.HasPrefix(rest, ":") {
		return false // a heading in capitals: "ITEM REQUIRING KEY DECISION"
	}
	if word == strings.ToUpper(word) {
		return true // RESOLVED, AGREED in capitals, whoever resolved
	}
	switch {
	case strings.HasPrefix(prefix, "it was"):
		// "It was resolved that …" decides; "It was agreed that officers
		// would …" is an undertaking, left to the commitment rules.
		return strings.EqualFold(word, "resolved")
	case prefix != "" && !strings.HasPrefix(prefix, "the "):
		return false // "Members agreed that …" reports a view
	}
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") ||
		hasPrefixFold(strings.TrimLeft(rest, ", "), "that") || hasPrefixFold(rest, "as follows") || rest == "" ||
		prefix == "" && strings.EqualFold(word, "resolved") && resolvedInfinitive(rest) // "Resolved to reject the applications …."
}

// resolvedInfinitive is what follows a bare "Resolved" when it decides: an
// infinitive that ends its sentence, or runs to four words or more and
// leads no list ("Resolved to approve next year's precept of £60,652", its
// full stop lost in the copy). "Resolved to note" heads a form.
func resolvedInfinitive(rest string) bool {
	return (infinitiveDecision(rest) || electing.MatchString(rest)) && (endsSentence(rest) || len(strings.Fields(rest)) >= 4 && !strings.HasSuffix(rest, ":") && !strings.HasSuffix(rest, ";"))
}

// electing is a resolution to fill a post: "Resolved to elect Cllr
// Francis", "… to co-opt both applicants".
var electing = regexp.MustCompile(`^(?i:to)\s+(?:re-?elect|elect|co-?opt)\s+\S`)

// isListMarker: "(a)", "(ii)", "(2)" number the points of one list; a bare
// "47" or "7.3" numbers minutes and paragraphs.
func isListMarker(m string) bool {
	return strings.HasPrefix(m, "(")
}

// isMinuteNumber: a whole number ("47"), which starts a new minute.
func isMinuteNumber(m string) bool {
	if m == "" {
		return false
	}
	for _, r := range m {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// titleLead is the short heading a numbered recommendation may start with:
// "6. Social Prescribing – Ensure …", "7. Education: Raise …".
var titleLead = regexp.MustCompile(`^(.{3,80}?)(?:\s[–—-]\s|:\s)(.+)$`)

// splitTitle splits a short lead without a verb off a recommendation as its
// title; a lead that reads as a clause ("ELR CCG to review – …") stays.
func splitTitle(s string) (title, text string) {
	m := titleLead.FindStringSubmatch(s)
	if m == nil {
		return "", s
	}
	lead := m[1]
	if len(strings.Fields(lead)) > 10 || finiteVerb.MatchString(lead) || toVerb.MatchString(lead) ||
		!looksLikeHeading(lead) || strings.ContainsAny(lead, ".;") || decidingVerbFirst(firstWord(lead)) {
		// "Withdraw The Historic Buildings Guide: Listed Buildings …"
		// decides; the colon is in what it names.
		return "", s
	}
	// A dash follows a clause as readily as a title ("Officers develop a
	// plan – see Appendix A"); after a title a new sentence starts.
	text = strings.TrimSpace(m[2])
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) {
		return "", s
	}
	return lead, text
}

var toVerb = regexp.MustCompile(`(?i)\b(to|will|would|should|must|shall|may|can)\s`)

// partLabel names a part of each priority of a plan, not the priority:
// "Aim", "Actions", "Outcomes".
var partLabel = regexp.MustCompile(`(?i)^(?:(?:the|key)\s+)?(?:actions?|aims?|objectives?|outcomes?|purpose|issues|challenges)\s*:?$`)

// runInHead is a point's heading run in before a dash: "strong
// enforcement – the Council will target …".
var runInHead = regexp.MustCompile(`^([^–—:.;]{3,60}?)\s[–—-]\s+\S`)

// otherField opens another field of the page, the purpose left empty:
// "Content: 1. To note …".
var otherField = regexp.MustCompile(`^[A-Z][A-Za-z ]{0,20}:\s`)

// purposeLabel is a decision page's field for the report's purpose.
var purposeLabel = regexp.MustCompile(`(?i)^(?:purpose(?:\s+of\s+(?:the\s+)?report)?|summary)\s*:$`)

// resolvedToRecommend: a decision told as one to recommend on.
var resolvedToRecommend = regexp.MustCompile(`(?i)^(?:[^.]{0,60}?,\s*)?it\s+was\s+(?:unanimously\s+)?(?:resolved|agreed|decided)\s+to\s+recommend\b`)

// recommendsOn is a meeting's decision that recommends on to the body
// that decides, said as its record's main clause: "That the Committee
// recommends to Council that …", "Committee resolved to recommend to
// Council that …", "That it be RECOMMENDED TO COUNCIL that …", "that
// Council be recommended to approve …".
var recommendsOn = regexp.MustCompile(`(?i)^(?:that\s+)?(?:(?:the\s+)?[a-z][\w&'’ -]{1,60}?\s+(?:(?:also\s+)?recommend(?:s|ed)?|(?:resolved|agreed|decided)\s+to\s+recommend)|it\s+(?:be|is|was)\s+recommended)\s+to\s+(?:the\s+)?(?:full\s+)?(?:county\s+)?(?:council|cabinet|executive)\b|^(?:that\s+)?(?:the\s+)?(?:full\s+)?(?:county\s+)?(?:council|cabinet|executive)\s+be\s+recommended\s+to\s+[a-z]`)

// recommendsPoint is a point of a meeting's decisions whose own verb
// recommends, to any body: "2) Recommended that the Parish Assembly be
// consulted" or "Recommended the establishment of …" under "The Panel:"
// (its body carried in or not), "That, it be recommended to the Policy &
// Finance Committee that …".
var recommendsPoint = regexp.MustCompile(`^(?:(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}\s+)?(?:Recommended|RECOMMENDED)\s+(?:that|the|to)\s|^(?i:that,?\s+)?(?i:it\s+(?:be|is|was)\s+recommended\s+to\s+(?:the\s+)?)[A-Z][\w&'’-]*,?(?:\s+(?:[A-Z][\w&'’-]*,?|&|and|of|for)){0,8}?\s+(?:Committee|Council|Cabinet|Executive|Board|Panel|Assembly)\b`)

// recommendedOn is a decision's lead-in that recommends its points on to
// the body that decides: "That it be recommended to Full Council that:".
var recommendedOn = regexp.MustCompile(`(?i)\b(?:be|is|was)\s+recommended\s+to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive)\b`)

// capsRecommendTo is a clause's verb in capitals recommending on to the
// body that decides: "For the reasons set out above RECOMMEND TO FULL
// COUNCIL the adoption of …".
var capsRecommendTo = regexp.MustCompile(`\bRECOMMENDS? TO (?:THE )?(?:FULL )?(?:COUNCIL|CABINET|EXECUTIVE)\b`)

// toRecommend is a decision to recommend: "To RECOMMEND that Council
// agrees …", "(The Cabinet:) Recommended to Council the appropriation …".
var toRecommend = regexp.MustCompile(`(?i)^(?:to\s+recommend|recommended)\s+(?:(?:to\s+(?:full\s+)?council\s+)?that\b|to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive)\b)`)

// bodyRecommended is a meeting recommending in its own name: "The panel
// recommended that members consider …".
var bodyRecommended = regexp.MustCompile(`^(?:The|the)\s+(?:[\w&'’-]+\s+){0,4}?(?:[Pp]anel|[Cc]ommittee|[Bb]oard|[Gg]roup|[Ss]ub-[Cc]ommittee|[Cc]abinet|[Ee]xecutive)\s+(?:unanimously\s+)?recommended\s+(?:to\s+(?:the\s+)?[\w ]{1,30}?\s+)?that\b`)

// aheadHeading names a section of what is planned next.
var aheadHeading = regexp.MustCompile(`(?i)^(looking (ahead|forward)|looking to (the )?(\d{4}|future|year ahead|next year)|next steps|the year ahead|future (plans|priorities|work|developments)|(our )?(plans|priorities|ambitions) for (\d{4}|the (coming|next) year)|priorities for (\d{4}|the (coming|next) year)|forward (plan|look|work programme)|what we(?: will| plan to| intend to| are going to| aim to) do|` + howWeWill + `|what happens next|our (?:commitments?|pledges?|promises?)|(?:summary of|key|our|priority) actions|actions\s*:?$|actions we will take|what we(?:'re|’re| are) (?:focusing|focussing|working) on|(?:[\w-]+\s+){0,3}(?:timetable|timeline)\s+(?:for|of)\s+(?:implementation|delivery|the work))\b`)

// periodAims: a heading or lead-in that names what follows as the aims,
// objectives or focus for a year or years to come — "Objectives 2017 -
// 2020", "Focus for the current year 2017/2018 is as follows:" — whose
// points in the imperative (or "To …") are what the authors mean to do.
// The year's before ("the previous year's seven objectives") are not.
func periodAims(s string) bool {
	return aimsWord.MatchString(s) && aimsPeriod.MatchString(s) && !pastPeriod.MatchString(s) && len(strings.Fields(s)) <= 14
}

var (
	aimsWord   = regexp.MustCompile(`(?i)^(?:(?:town|parish|city|district|county|borough)\s+council\s+)?(?:our\s+|the\s+|key\s+|main\s+)*(?:objectives|aims|focus|priorities|targets|goals)\b`)
	aimsAny    = regexp.MustCompile(`(?i)\b(?:objectives|aims|focus|priorities|targets|goals)\b`)
	aimsPeriod = regexp.MustCompile(`(?i)\b(?:19|20)\d\d\b|\b(?:current|coming|next|this)\s+(?:financial\s+|municipal\s+)?year\b`)
	pastPeriod = regexp.MustCompile(`(?i)\b(?:previous|last|past|were|achieved|met)\b`)
)

// howWeWill heads the points that say how a priority will be met ("How we
// will do it", "How we will achieve this") or names them as the actions
// ("Areas for action", "Action areas").
const howWeWill = `how we(?: will| plan to| intend to| are going to) (?:do|achieve|deliver|make)\w*(?: (?:it|this|these|them))?$|areas? for action|action areas`

// milestonesHead heads a plan's milestones: "Milestones", "Key milestones
// and outcomes".
var milestonesHead = regexp.MustCompile(`(?i)^(?:key\s+|our\s+|delivery\s+)?milestones?\b`)

// measuresHead heads how a plan's progress is measured: "How will we
// measure progress?", "Key performance indicators", "Measures of success".
var measuresHead = regexp.MustCompile(`(?i)^(?:how (?:will|do|can|would) we (?:measure|know|monitor|track)\b|(?:key |our |success |performance |outcome )*(?:measures|indicators|kpis)(?: of (?:success|progress))?\b|measuring (?:success|progress)|what success (?:will )?looks? like)`)

var howHeading = regexp.MustCompile(`(?i)^(?:` + howWeWill + `)`)

// howLine opens a heading that says how the authors will deliver what it
// names: "How we will deliver the outcomes for …".
var howLine = regexp.MustCompile(`^How we(?: will| plan to| intend to| are going to) (?:deliver|achieve|do|make)\w*\s+\w`)

// plansLead is a sentence that names what follows as the authors' plans:
// "what we plan to do", "what we will do", "what we are going to do",
// "The planned activities to help us achieve this theme are:".
var plansLead = regexp.MustCompile(`(?i)\bwhat (?:we|the council) (?:will|plans? to|intends? to|are going to|is going to|aims? to) (?:do|deliver|achieve)\b|` + plannedLead.String() + `|` + proposeLead.String())

// plannedLead names the points after it as the planned activities, each
// on its line with its progress told after it; a lead-in's list would end
// at the first paragraph of progress.
var plannedLead = regexp.MustCompile(`(?i)\b(?:planned|proposed)\s+(?:actions|activities|steps|projects)\b`)

// followingPromise is the authors promising what follows, its colon
// perhaps a full stop: "… we will be doing the following.", "The Town
// Council will embrace the following objectives:".
var followingPromise = regexp.MustCompile(`(?i)\b(?:we|council|committee|board|authority|partnership)\s+(?:will|shall|are going to|plan to|intend to)\s+(\w+)\b[^.;:]{0,60}\bthe following(?:\s+[\w-]+){0,2}\s*[.:]$`)

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

var aimsSubject = regexp.MustCompile(`(?i)^(?:these|the following)\s+(?:[\w-]+\s+){0,2}(?:aims|objectives|priorities|goals)(?:\s+and\s+(?:aims|objectives|priorities|goals))?\s+(?:are|will|include)\b`)

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
var proposeLead = regexp.MustCompile(`(?i)^(?:we|the council)\s+(?:(?:are|is)\s+(?:proposing|planning|intending)|propose|plan|intend)s?\s+to\b[^:.;]{0,120}\bfollowing\b[^:.;]{0,40}:$`)

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
var othersAsked = regexp.MustCompile(`(?i)\b(?:ask|asks|expect|need)\s+(?:of\s+|from\s+)?(?:you|residents|customers|tenants|partners|others)\b|\byou\s+(?:can|should|must|will|need\s+to)\b|\b(?:residents|customers|tenants|households|the\s+public)\s+(?:can|should|must|need\s+to|are\s+asked)\b|^(?:your|residents['’]?|customers['’]?|tenants['’]?)\s+(?:responsibilities|part|role|obligations)\b`)

// weSpeak opens a sentence in the authors' voice: "We will", "We'll",
// "We promise".
var weSpeak = regexp.MustCompile(`^We(?:\s|'|’)`)

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
var bareWeWill = regexp.MustCompile(`(?i)^we\s+(?:will|shall|pledge|promise|commit|undertake)(?:\s+also)?(?:\s+to)?\s*[:\-–—]$`)

// recWord names recommendations.
var recWord = regexp.MustCompile(`(?i)\brecommendations?\b`)

// flatRow is a plan's table row run into one line: a short type cell,
// the action's number, the action (to its last full stop) and the
// cells after it, which hold no full stop.
var flatRow = regexp.MustCompile(`^(?:[A-Z][\w ]{0,30}?\s)?(\d{1,2}\.\d{1,2})\s+([A-Z].*\.)\s+([A-Z][^.]*)$`)

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
		body := strings.TrimRight(bulletPat.ReplaceAllString(p.body, ""), ";,.")
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
var thatWord = regexp.MustCompile(`(?i)\bthat\b`)

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
	for k := range ps {
		if marks[k] && (k == 0 || !marks[k-1]) && k > 0 && (namesRole(ps[k-1].body) || namesOptions(ps[k-1].body) || underMeasures(ps, k)) {
			for j := k; j < len(ps) && marks[j]; j++ {
				delete(marks, j) // "The options open to the Committee are:" over "1. To take no further action"
			}
		}
	}
	ledAway := func(i int) bool {
		// (Under "How will we measure progress?" the points are measures.)
		return i > 0 && (pastPurpose.MatchString(ps[i-1].body) || namesRole(ps[i-1].body) || namesOptions(ps[i-1].body) || underMeasures(ps, i))
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
	if p.marker != "" || p.heading || p.subhead || bulletPat.MatchString(p.text) || strings.HasSuffix(p.body, ":") || len(ws) < min || readerAddressed.MatchString(p.body) || gluedCells.MatchString(p.body) {
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

var gluedCells = regexp.MustCompile(`\p{Ll}{2}\p{Lu}\p{Ll}`)

var readerAddressed = regexp.MustCompile(`(?i)\b(?:you|your|yours)\b`)

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

var optionWord = regexp.MustCompile(`(?i)\b(?:options?|choices|alternatives)\b`)

var roleWord = regexp.MustCompile(`(?i)\b(?:role|roles|functions?|remit|duties|powers|terms\s+of\s+reference|responsibilities)\b`)

// doingBullet is a bullet that leads no list of its own and opens with a
// capitalised verb in the imperative ("Protect green spaces", "Acquire
// 15 units …"), an aim in the infinitive ("To seek …"), or an "-ing" form
// in a bullet of nine words or more (a short one, "Supporting a thriving
// economy", names a priority).
func doingBullet(p paragraph) bool {
	if p.marker != "" || p.heading || !bulletPat.MatchString(p.text) {
		return false
	}
	text := bulletPat.ReplaceAllString(p.body, "")
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
	ws := strings.Fields(bulletPat.ReplaceAllString(p.body, ""))
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
var toBeDoneIn = regexp.MustCompile(`\b(?:should|needs? to|must)\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|de|lt|wn)\b`)

// phrasalVerb: verbs whose particle looks like the preposition after a
// noun ("Build on the work …", "Focus on …").
var phrasalVerb = map[string]bool{"build on": true, "focus on": true, "draw on": true, "sign up": true, "decide on": true, "agree on": true, "respond to": true, "contribute to": true, "listen to": true, "adapt to": true}

// leadAdverb: adverbs an imperative action may open with ("Further develop
// the partnership …").
var leadAdverb = map[string]bool{"further": true, "jointly": true, "also": true, "actively": true, "continually": true, "continuously": true, "regularly": true, "proactively": true}

// stageHead heads a plan's stage: "Stage 1", "Phase 2:", "Step 3 –
// Consultation".
var stageHead = regexp.MustCompile(`(?i)^(?:(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,3}\s+[–—:-]\s+)?(?:stage|phase|step)\s+\d{1,2}[a-z]?(?:\s*[:.–—-]\s*(?:[\w'’-]+\s*){0,6})?$`)

// parenStatus is how a stage or step stands, in brackets at its end.
var parenStatus = regexp.MustCompile(`(?i)\((complete|completed|done|underway|under way|in progress|ongoing|future|not started|to do)\)\s*$`)

// planTitle names a paper as a plan of actions, by any of the names
// plans go by: an action, delivery, business, work or service plan, a
// work programme. Its paragraphs in the imperative are what it will do,
// whatever it is called. (A strategy is not named so: its paragraphs in
// the imperative are as often its aims, and the real PDFs' strategies
// gave fourteen wrong items more. Any title with "plan" in it found ten
// items more on pages never read, and fourteen wrong ones.)
var planTitle = regexp.MustCompile(`(?i)\b(?:(?:action|delivery|implementation|improvement|project|business|work|service|operational|annual)\s+plan|workplan|work\s+programme)\b`)

// meansPhrase opens a paragraph that goes on with the heading above it,
// saying by what means: in lower case, or "By …", "Through …", "With
// measures …", "For example by …".
var meansPhrase = regexp.MustCompile(`^(?:[a-z]|(?:By|Through|With|Via|Including|For example,?)\s)`)

// promiseHeading is a heading that names the points under it as what the
// paper's authors will do — read as a heading though the page lost its
// mark ("Forward plan", a council's list of decisions to come, is not).
var promiseHeading = regexp.MustCompile(`(?i)^(?:what we(?: will| plan to| intend to| are going to| aim to) do|` + howWeWill + `|our (?:commitments?|pledges?|promises?)|(?:summary of|key|our|priority) actions|actions\s*:?$|actions we will take|what we(?:'re|’re| are) (?:focusing|focussing|working) on)\b`)

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
var measureNamed = regexp.MustCompile(`(?i)^(?:%|(?:the\s+)?(?:average\s+|total\s+)?(?:%|number|numbers|percentage|proportion|rate|level|amount)\s+(?:of|increase|reduction|decrease|change)\b|average\s+(?:%\s+)?(?:improvement|increase|reduction|decrease|change)\b)`).MatchString

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
	nonVerbEnding = regexp.MustCompile(`(?:ing|ed|s|ly|er|est|al|ive|ful|ous|ic|ion|ity|ment|ness)$`)
	nounStart     = map[string]bool{"the": true, "our": true, "a": true, "an": true, "all": true, "every": true, "each": true, "new": true, "more": true, "key": true, "local": true, "high": true, "good": true, "safe": true, "strong": true, "young": true, "older": true, "people": true, "children": true, "health": true, "housing": true, "education": true}
)

// prioritiesHeading names a section of a plan's priorities, objectives
// or targets ("Targets for 2025-26").
var prioritiesHeading = regexp.MustCompile(`(?i)^(?:our\s+)?(?:key\s+|strategic\s+|corporate\s+)?(?:priorities|objectives|targets|goals)(?:\s+for\b.*|\s+(?:19|20)\d\d\S*)?$`)

// point is a bulleted or numbered point's text.
func point(p paragraph) (string, bool) {
	if bulletPat.MatchString(p.text) {
		return strings.TrimSpace(bulletPat.ReplaceAllString(p.text, "")), true
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
	}
	a.DueRaw = dueIn(text)
	a.Due = resolveDue(a.DueRaw, date)
	return a
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
	numbered := false
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
var thatToMarker = regexp.MustCompile(`^(?i:that|to)\s*:?\s+`)

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

func (f *finder) add(p paragraph, a action.Action) {
	if f.declaring && a.Kind == action.KindCommitment {
		// "Cllr Batt / Member of HBC – will consider any same item at
		// HBC afresh": what a member says of an interest declared
		// undertakes no work.
		return
	}
	// A bullet marks the point; it is not the point's words.
	a.Action = strings.TrimPrefix(a.Action, bulletGlyph.FindString(a.Action))
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
		if a.DueRaw == "" {
			a.DueRaw = dueIn(a.Action)
			a.Due = resolveDue(a.DueRaw, f.opts.Date)
			// "the minutes of the meeting held on 3 March", "the plan for
			// 2021/22": a date a decision speaks of, not one it sets.
			if a.Due != "" && (f.opts.Date != "" && a.Due < f.opts.Date || pastEvent.MatchString(a.Action)) {
				a.DueRaw, a.Due = "", ""
			}
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
	}
	a.Page = p.page
	if a.SourceText == "" {
		a.SourceText = p.text
	}
	f.out = append(f.out, a)
	f.lastAt = f.paras
	id := 0
	if f.blk != nil {
		id = f.blk.id
	}
	f.blockOf = append(f.blockOf, origin{block: id, entry: f.entry})
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
var nextLetter = regexp.MustCompile(`\w([.;])\s+\(?[b-h][.)]$`)

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

var nilEntry = regexp.MustCompile(`(?i)^[^.:–—]{3,80}?\s*(?:[:–—]|\s-)\s*(?:none|nil)(?:\s+(?:recorded|requested|received|declared|made|reported|noted|given))?\.?$`)

// bulletGlyph is a bullet that opens a point's text ("• 0607 RESOLVED …").
// (A dash or "o" may open words; those are left.)
var bulletGlyph = regexp.MustCompile(`^[•·▪◦●○■□‣⁃]\s+`)

// minutesSigned is a sentence that tells only that the minutes were
// signed, or who was to sign them: "The minutes were signed by the
// Chair.", "Both sets of minutes were duly signed.", "Mrs Lark was
// authorised to sign them", "The Chairman then signed the minutes."
var minutesSigned = regexp.MustCompile(`(?i)^(?:(?:(?:the|these|both)\s+(?:sets?\s+of\s+)?minutes|they|these)\s+(?:was|were)\s+(?:then\s+|duly\s+|subsequently\s+)*signed\b|[^.;]{2,60}?\s+(?:was|were)\s+(?:duly\s+)?authori[sz]ed\s+to\s+sign\s+(?:them|these|the\s+minutes)\b|(?:the\s+)?[^.;]{2,40}?\s+(?:then\s+|duly\s+)*signed\s+(?:them|these|the\s+minutes)\b)[^.;]*\.?$`)

// minutesWord: a decision about the minutes (or the record) of a meeting.
var minutesWord = regexp.MustCompile(`(?i)\bminutes\b|\b(?:true|correct|accurate)\s+record\b`)

// votersOnly is a sentence that tells only who moved and seconded a motion
// and that it carried, not what it was: "Proposed by Cllr White, seconded
// by Cllr Lee, resolution carried.", "This was seconded by Cllr Cobb and
// unanimously agreed.", "Proposed Cllr Burrows."
var votersOnly = regexp.MustCompile(`^(?:[•·-]\s*)?(?i:(?:it|this|which|the\s+(?:motion|proposal|resolution))\s+(?:was|were)\s+)?(?:(?i:proposed|moved|seconded)(?:\s+by)?\s+` + voter + `(?:,?\s+(?:and\s+)?(?i:seconded|proposed)(?:\s+by)?\s+` + voter + `)?|(?i:(?:proposed|seconded)\s+and\s+(?:carried|agreed)))(?i:[,.;]?\s*(?:and\s+|with\s+)?(?:(?:the\s+)?(?:resolution|motion)\s+(?:was\s+)?)?(?:(?:unanimously\s+)?(?:carried|agreed|approved)(?:\s+unanimously|\s+by\s+all(?:\s+present)?)?|all\s+in\s+favour|unanimously|nem\.?\s*con\.?))*\.?$`)

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
	var marks [][]int
	want := "i"
	for _, l := range locs {
		if padded[l[2]:l[3]] == want {
			marks = append(marks, l)
			want = romanNext[want]
		}
	}
	if len(marks) < 2 {
		return nil
	}
	head := strings.TrimSpace(padded[:marks[0][0]])
	if !strings.HasSuffix(head, ":") && !strings.HasSuffix(head, ":-") && !hasSuffixFold(strings.TrimRight(head, ";"), " that") {
		return nil
	}
	var out []item
	for i, l := range marks {
		end := len(padded)
		if i+1 < len(marks) {
			end = marks[i+1][0]
		}
		t := strings.TrimSpace(padded[l[1]:end])
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, " and"), ";"))
		out = append(out, item{ref: "(" + padded[l[2]:l[3]] + ")", text: t})
	}
	return out
}

// leadAlone is a decision's lead-in whose clauses went elsewhere: "The
// Executive RESOLVED to RECOMMEND to Council that".
var leadAlone = regexp.MustCompile(`(?i)^(?:the\s+)?[\w ]{0,40}?\b(?:resolved|recommended)(?:\s+to\s+recommend)?(?:\s+to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive))?\s+(?:that|to)\s*[:\-–—]?$`)

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
// proposal was carried unanimously."
var voteOnly = regexp.MustCompile(`(?i)^(?:the|this)\s+(?:substantive\s+)?(?:motion|proposal|amendment|recommendations?)\s+(?:was|were)\s+(?:then\s+)?(?:(?:proposed|moved)[^.]{0,80}?\s+)?(?:carried|agreed|approved|lost|defeated)(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+[^.]{1,40}))?\.?$`)

// subjectAlone is a decision's subject with nothing decided: "That the
// Board", its clauses lost to the page.
var subjectAlone = regexp.MustCompile(`^(?:RESOLVED\s*[:\-–—]?\s*)?(?:That|THAT|that)\s+(?:the\s+)?` + deciders + `\s*[.:;]?$`)

// labelLead is a decision's label and lead-in with nothing after it:
// "Resolved to RECOMMEND: (to Council)", "RECOMMENDED that".
var labelLead = regexp.MustCompile(`(?i)^(?:resolved|agreed|decided|recommended)(?:\s+to\s+recommend)?\s*(?::-|:)?\s*(?:\((?:to|for)\s+[^)]{1,40}\))?(?:\s*that)?\s*(?::-|:)?$`)

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
var readerAsked = regexp.MustCompile(`(?i)\b(?:asked|requested|invited)\s+to\s+[a-z]+\s+any\b|\b(?:asked|requested|invited)\s+to\s+(?:suggest|propose|put forward|submit)\s+(?:any\s+|future\s+|further\s+)*(?:agenda\s+)?items\b|^(?:you|all\s+(?:persons|people|those|visitors)\b[^.]{0,40}?|(?:(?:the\s+)?press\s+and\s+(?:the\s+)?)?(?:members\s+of\s+the\s+)?public\b[^.]{0,40}?|anyone\b[^.]{0,40}?)\s+(?:are|is)\s+(?:\w+ly\s+)?(?:asked|requested|invited)\s+to\b` +
	// "Residents who wish to speak are requested to email the Clerk":
	// whoever wishes to take part.
	`|^[^.]{0,60}?\bwho\s+wish(?:es)?\s+to\b[^.]{0,80}?\s(?:are|is)\s+(?:\w+ly\s+)?(?:asked|requested|invited)\s+to\b`)

// toBody heads what a committee puts to another body to decide: "To
// Council:", "Recommendation to Full Council:".
var toBody = regexp.MustCompile(`^(?i:recommendations?\s+)?(?:to|To|TO)\s+(?:(?i:the|full)\s+)?(?:Council|Cabinet|Executive|COUNCIL|CABINET|EXECUTIVE)\s*[:\-–—]$`)

// infinitivePoint is a point in the infinitive, lower case: "to bid,
// negotiate and complete …".
var infinitivePoint = regexp.MustCompile(`^to\s+[a-z]{3,}\b`)

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
var pastInSubject = regexp.MustCompile(`\s[a-z]+ed\s+(?:the|a|an|that|this|these|those|all|its|their|his|her|our)\s|\s(?:said|asked|moved|sought|felt|thought)\s|\s(?:proposed|requested)\s+(?:the|a|an|that|this|these|those|all|its|their|his|her|our)\s`)

// speaking is the meeting letting someone speak, which decides nothing
// of the matter before it.
var speaking = regexp.MustCompile(`(?i)\b(?:permission|leave|allowed|invited)\s+to\s+(?:speak|address)\b|\bspoke\s+(?:in\s+support|against|on)\b`)

// resolvedLater is a decision's formula after a paragraph's first
// sentences.
var resolvedLater = regexp.MustCompile(`[.!?]\s+((?:It\s+was\s+)?(?:resolved|RESOLVED|Resolved)\b.*)$`)

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
var postHolder = regexp.MustCompile(`^[A-Z][\w&'’ ,/()-]{1,60}?(?:\s*:|\s+[–—-]|\.)\s+(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]` +
	// "Cllr Hart to the Village Hall Committee", "Mrs Lee as Tree Warden":
	// the member named, then the body or post.
	`|^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:and|&)\s+(?:Cllrs?\.?\s+)?[A-Z][\w'’-]+)?\s+(?:to|as|on|for)\s+(?:the\s+)?[A-Z]` +
	`|^[A-Z][\w&'’ ,/()-]{0,50}?\b(?i:officer|representative|rep|warden|chair(?:man|person)?|secretary|treasurer|clerk|member|lead|champion|liaison|delegate|trustee|governor)\s*(?::|[–—-])\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\.?$`)

// memberTold is a member's words reported, run in after an agenda's
// title: "To receive Declarations of Interest Cllr T. Munday spoke to
// express …" records the meeting; it decides nothing.
var memberTold = regexp.MustCompile(`\b(?:Cllrs?|Councillors?)\.?\s+(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’-]+\s+(?:\w+ly\s+)?(?:spoke|declared|said|reported|explained|stated|asked|raised|informed)\b`)

// labelOnly is a decision's label with nothing after it.
var labelOnly = regexp.MustCompile(`^(?:[*•·-]\s*)?(?i:resolved|agreed|decided|decisions?(?:\s+(?:taken|made))?)\s*[:.\-–—]*$`)

// deedsListed names its list as things to be done: "the following works
// needed doing:", "the following actions:".
var deedsListed = regexp.MustCompile(`(?i)\bthe\s+following\s+(?:[\w-]+\s+)?(?:works?|actions?|tasks?|jobs?|repairs?|improvements?|measures?|steps?)\b`)

// followingStop ends a decision whose subject is the list below it, with
// a stop: "that the following grants be awarded.".
var followingStop = regexp.MustCompile(`(?i)\bthe\s+following(?:\s+[\w-]+){0,3}\s+(?:be|are|were|is|was)\s+(?:[\w-]+\s+){0,2}?[\w-]+\.$`)

// followingEnd ends a lead-in that names its list: "the following
// recommendations".
var followingEnd = regexp.MustCompile(`(?i)\bthe following(?:\s+[\w-]+){0,2}$`)

// danglingSubject ends a lead-in whose colon was lost after the subject
// its clauses' verbs complete: "… recommend that Council".
var danglingSubject = regexp.MustCompile(`(?:^|\s)(?:that|THAT)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}$`)

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
var remitLead = regexp.MustCompile(`(?i)\b(?:responsibilities|powers|functions|duties|remit|terms\s+of\s+reference)\b[^.:]*:\s*$`)

// remitModal tells whether a lead-in says what a body shall be able to
// do: "The Personnel Committee shall be delegated to make decisions … in
// the following matters:". Not when a decision comes first ("RESOLVED
// that the Clerk shall be delegated the following:").
func remitModal(s string) bool {
	loc := modalFollowing.FindStringIndex(s)
	return loc != nil && !decides.MatchString(s[:loc[0]])
}

// modalFollowing is a lead-in in the modal over what follows: "shall
// have the following", "will be delegated … the following matters:".
var modalFollowing = regexp.MustCompile(`(?i)\b(?:shall|will)\s+(?:have|be\s+delegated)\b[^.]*\bfollowing\b[^.]*:\s*$`)

// remitTitle is a line that only names a remit: "Terms of Reference".
var remitTitle = regexp.MustCompile(`(?i)^(?:terms\s+of\s+reference|remit|delegated\s+powers|functions)\s*:?$`)

// pointsOn is a short line that ends by pointing at what follows.
var pointsOn = regexp.MustCompile(`^[^.]{0,80}(?::|\s[–-])$`)

// decidesOn is a lead-in that ends in its decision: "The Council
// RESOLVED that:", "Members agreed the following:" (but not "In
// accordance with approved policies –").
var decidesOn = regexp.MustCompile(`(?i)\b(?:agreed|approved|resolved|decided|endorsed|adopted|noted|delegated|recommended|agrees|approves|resolves|decides|recommends)\s*(?:that|to|the\s+following|as\s+follows)?\s*(?::-?|[–-])$`)

// voteSentence is a decision's last sentence when all it says is how the
// decision was carried: "Unanimously agreed.", "All in favour.".
var voteSentence = regexp.MustCompile(`(?i)[.;]\s+((?:unanimously\s+(?:agreed|carried|resolved)|(?:agreed|carried|resolved)\s+unanimously|carried|all\s+(?:in\s+favou?r|agreed)|agreed\s+by\s+all|nem\.?\s*con\.?)\.?)$`)

// voteTally is a decision's vote, in brackets after it.
var voteTally = regexp.MustCompile(`(?i)\s*\((?:votes?|voting)\s*:[^)]*\)\s*$`)

// stageNote is a note in capitals and brackets closing a decision's
// text: "(COUNCILLOR J SMITH IN THE CHAIR)", "(CLLR ASH LEFT THE MEETING)".
var stageNote = regexp.MustCompile(`\s\(\p{Lu}[\p{Lu}\s.'’-]{8,}\)\s*\|?$`)

// origin is where an item was read: its block of clauses (0 for none)
// and its entry of a decisions list.
type origin struct{ block, entry int }

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
}

// nestedUnderBullets reads a plan's list of headed bullets: "• Offer
// awareness raising to all staff" over, set in deeper, "Provide bespoke
// sessions for staff and partners" and "Being implemented". Each bullet
// is the title of the points set in under it, each point an action with
// that title, and a line of three words or fewer after a point its
// status. It reads them only where two or more bullets have points so
// set, which says the list is built that way.
func nestedUnderBullets(ps []paragraph) map[int]nested {
	out := map[int]nested{}
	groups := 0
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if !bulletPat.MatchString(p.text) || p.heading {
			continue
		}
		j := i + 1
		points := 0
		group := map[int]nested{}
		title := strings.TrimSpace(bulletPat.ReplaceAllString(p.body, ""))
		for ; j < len(ps) && !bulletPat.MatchString(ps[j].text) && ps[j].marker == "" && ps[j].indent > p.indent+4; j++ {
			short := len(strings.Fields(ps[j].body)) <= 3 && !endsSentence(ps[j].body)
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
		return nil
	}
	return out
}

// sentenceCase opens a sentence: a capital, then small letters.
var sentenceCase = regexp.MustCompile(`^[A-Z][a-z]+\b`)

// nestedPoint gives what a paragraph of such a list holds.
func (f *finder) nestedPoint(p paragraph, n nested) {
	switch {
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
