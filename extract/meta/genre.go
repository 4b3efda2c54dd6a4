package meta

import (
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Genre is what kind of paper the lines read as before any rule runs:
// minutes record a meeting, a decision record (or notice) records one
// decision, a report asks a meeting to decide. The rules read them
// differently — "That the minutes be approved" is decided in minutes and
// only quoted in a report.
type Genre struct {
	Kind string // action.DocMinutes, DocDecision, DocReport, or "" if none shows
	// Agenda is set for an agenda published before its meeting: what it
	// prints under "RESOLVED" is a formula still to be passed, and the
	// paper's kind is other.
	Agenda bool
	// Proposed is set for a paper that proposes a decision rather than
	// records one: a proposed or draft record of decision.
	Proposed bool
	// record is set when a decision record's own fields show (a dated
	// decision line, "Decision maker:", "Effective from:", a "Decision:"
	// label): a page that only talks about decisions has none. held
	// counts the signs that a meeting took place.
	record  bool
	held    int
	forward bool
	// issueMeetings is set by ModernGov's "Issue - meetings" header: the
	// page prints what each meeting that took the item recorded of it.
	issueMeetings bool
	// decided is set when a line records a decision ("RESOLVED that …").
	decided bool
	// minutesLabel is set by a line that is only "Minutes:": an agenda
	// item's page printing what the meeting minuted under it.
	minutesLabel bool
}

// Each sign is a line (or a line's start) that papers of one genre carry
// and others rarely do: a meeting's attendance and procedure for minutes;
// a decision form's fields; a report's cover fields and sections.
// (A decision page heads its record with its status fields, "Decision
// status: Approved", "Is Key decision?: No", "Is subject to call in?:
// Yes", which neither minutes nor a report prints. Apologies given by name,
// "Apologies: Cllr A, Cllr B", show a meeting held as "Present:" does; an
// agenda prints the item's heading alone.)
var (
	minutesSign  = lazyre.New(`(?i)^(?:\d{1,3}[.)]?\s+)?(present\s*:?|members present|in attendance|also (present|in attendance)|apologies(\s+for\s+absence)?(\s+and\s+substitut\w+)?|(declarations?|disclosures?)\s+of\s+(disclosable\s+pecuniary\s+)?interests?|(confirmation of |approval of |the )?minutes of (the |a )?(previous |last )?meeting|minutes\s*:$|the meeting (closed|ended|finished)|meeting closed|chair(man|person)?'?s? announcements|public (questions|participation|speaking)|urgent business)\b|\b(resolved|RESOLVED)\s*(:|-|–|that\b)|\bminutes of (the|a) meeting of\b|\bmeeting (held|of the)\b.*\b(on|at)\b|^an?\s+(?:[\w-]+\s+){0,3}meeting was held\b[^.]*\bon\s+(?:\w+day\b|\d)`)
	decisionSign = lazyre.New(`(?i)\b(issue\s*-\s*decisions|decisions? made|decision details|other options considered|record of (the )?(executive |key |officer )?decisions?|decision notice|notice of (a |key )?decision|decision[- ]maker|date of decision|decision (number|no\.?|reference)|reasons? for (the )?decision|key decision\s*:|subject matter / title of decision|decision (to be )?taken by|alternative options (considered|rejected)|any alternatives considered|call[- ]in (deadline|date|expiry)|implementation date|effective from|decision published|made at meeting|conflicts? of interest declared by|dispensations? granted|decision status)\b|\b(is key decision\?|is subject to call[- ]in\?)`)
	reportSign   = lazyre.New(`(?i)^(from|to|subject|author|report author|contact officer|lead officer|summary|executive summary|purpose of (the )?report|background|recommendations?|recommendation\(s\)|financial implications|legal implications|equalit(y|ies) implications|risk implications|implications|report (of|to|by|from)|classification|status|key decision|wards? affected|electoral divisions?|past pathway|future pathway|previous pathway|conclusions?|appendices|background (papers|documents))\s*[:.]?(\s|$)`)
	// reportSection is a report's numbered section heading alone on its
	// line: "2. RECOMMENDATIONS", "3 Background", "4. Financial
	// Implications". Minutes number their items too, but by their
	// business ("3. To receive the minutes", "5. Play area"); a section
	// named for a report's parts is the report's own. (Only the heading
	// alone: "2. Background checks were made" is a paragraph. Minutes may
	// number a club's "4. Background" too: the sections count only in a
	// paper that records no decision, see FindGenre.)
	reportSection = lazyre.New(`(?i)^\d{1,2}\.?\s+(purpose(?: of (?:the )?report)?|background|recommendations?|(?:financial |legal |equalit(?:y|ies) |risk )?implications|conclusions?|appendices|executive summary)\s*:?$`)
	reportAsked   = lazyre.New(`(?i)\b(is|are) (asked|recommended|requested|invited) to\b`)
	// qaSign heads a member's question or its answer: a paper of questions
	// and answers records a meeting's questions, not its decisions.
	qaSign = lazyre.New(`(?i)^(question|answer|supplementary question|reply|response)(\s+\d{1,3})?(\s+(by|from|to)\b.*)?\s*:?$`)
	// agendaSign is an agenda's business still to come ("To receive any
	// apologies", "Public Agenda Pack"); heldSign shows the meeting has
	// happened and been minuted, or its decision made and published.
	// (Apologies show it held only when a name or title, or "None",
	// follows the colon: "Apologies: Cllr Bell"; an agenda's "Apologies:
	// To receive apologies for absence" is business still to come.)
	agendaSign = lazyre.New(`(?i)^(?:\d{1,3}\.?\s+)?(public agenda(?: pack)?|agenda pack|a meeting (?:to be|will be) held\b|(?:[\w&'’]+\s+){1,5}agenda\s+[-–—]\s+\d{1,2}\s+[a-z]+\s+\d{4}\b|to (?:receive|note|confirm|consider|approve|agree)\b|scheduled$|meeting details$|the (?:chair(?:man)?|mayor|leader) will (?:move|ask|invite|propose)\b|recommendations? from the\b|there (?:is|are) circulated\b|(?:you|members|councillors) are (?:hereby )?summoned\b|summons to attend\b|the agenda is (?:set out )?below\b|(?:[\w&'’]+\s+){0,4}agenda$)`)
	// decidedSign is a decision recorded in minutes.
	decidedSign = lazyre.New(`\b(?:resolved|RESOLVED|Resolved|AGREED|DECIDED)\s*(?::|-|–|that\b|to\b)`)
	heldSign    = lazyre.New(`(?i)^(?:agenda(?:,| and) (?:draft )?(?:decisions|minutes)(?: and (?:draft )?minutes)?$|present(?:\s*/\s*[\w’']+)?\s*:|apologies (?:for absence )?were|apologies(?: for absence)?\s*:\s*(?:(?-i:[A-SU-Z]|T[^o]|To\S)|(?:none|nil)\b)|minutes\s*:(?:\s|$)|members present|the meeting (?:closed|ended)|decision\s*:$|decision published\s*:|effective from\s*:)|\b(?:was|were)\s+(?:read\s+and\s+)?(?:\w+ly\s+|then\s+|duly\s+)?(?:received|agreed|noted|approved|confirmed|adopted|taken as read|signed)\b|^(?:The\s+)?(?:Cabinet|Council|Executive|Committee|Board|Panel|Members)\s+(?:considered|received)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:minutes|report|recommendations|update|presentation)\b`)
	// forwardSign is a forward plan's: decisions still to be taken.
	forwardSign = lazyre.New(`(?i)\b(decision due(?: date)?\s*:|forthcoming (?:key )?decisions\b|forward plan of (?:key )?decisions\b|notice of (?:intention|proposed decision)\b)`)
	// settledSign is an issue's status once decided.
	settledSign = lazyre.New(`(?i)^decision status\s*:\s*(?:recommendations? approved|approved|decision made|made|taken|agreed)`)
	// recordField is a decision record's own field.
	recordField   = lazyre.New(`(?i)^(?:decision[- ]maker\s*:|decision published\s*:|effective from\s*:|date of decision\s*:|made at meeting\s*:|decided at meeting\s*:|decisions?\s*:|decision taken\s*:?$|record of (?:the )?(?:executive |key |officer )?decisions? taken by\b)`)
	meetingHeader = lazyre.New(`(?i)^agenda(?:,| and) (?:draft )?(?:decisions|minutes)(?: and (?:draft )?minutes)?$`)
	recordTitle   = lazyre.New(`(?i)\b(?:decisions?(?:[- ]making)?\s+record|record\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?decisions?)\b`)
	proposedSign  = lazyre.New(`(?i)\b(proposed|draft)\s+(record of (the )?decision|decision|executive decision|key decision)\b`)
)

// minutesLabel is a line that labels what follows as the minutes.
var minutesLabel = lazyre.New(`(?i)^minutes\s*:$`)

// issueMeetingsHeader heads a ModernGov issue's meetings page.
var issueMeetingsHeader = lazyre.New(`(?i)^issue\s*-\s*meetings$`)

// The words each family of signs cannot do without.
var (
	minutesKeys  = []string{"present", "attendance", "apolog", "declaration", "disclos", "minutes", "meeting", "chair", "public", "urgent", "resolved"}
	askedKeys    = []string{"asked to", "recommended to", "requested to", "invited to"}
	decisionKeys = []string{"decision", "call", "implementation", "alternative", "options considered", "effective", "made at", "declared by", "dispensation"}
)

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// FindGenre reads the signs in a paper's lines outside tables.
func FindGenre(ld layout.Doc) Genre {
	var g Genre
	// Only a paper's heading says it is proposed: "the proposed decision"
	// further down is the one the paper records.
	for _, l := range headOf(ld) {
		if proposedSign.MatchString(l.Text) {
			g.Proposed = true
		}
	}
	// Each genre counts its distinct signs, so that eight "Recommendation
	// N –" headings in minutes count as one sign of a report, not eight.
	minutesSeen, decisionSeen, reportSeen, sectionSeen := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	qa, agenda, held, decided, forward, settled := 0, map[string]bool{}, 0, false, 0, false
	decisions := 0 // lines that record a decision
	// meetingPage is set by ModernGov's "Agenda and minutes" header: the
	// page is a meeting's record, whatever reports its items hold.
	meetingPage := false
	issueMeetings := false
	for _, l := range headOf(ld) {
		issueMeetings = issueMeetings || issueMeetingsHeader.MatchString(strings.TrimSpace(l.Text))
		// "Minutes of the Meeting of the Town Council held at 7.00pm on
		// …": a heading that names the meeting the paper records says
		// it was held, whatever its items' agenda wording. (A sentence
		// about minutes, "… were not signed", is no heading.)
		if t := strings.ToLower(runOnHead(lineText(l))); strings.Contains(t, "minute") && strings.Contains(t, " held ") && meetingHead.MatchString(t) && !proseVerb.MatchString(t) {
			minutesSeen["minutes heading"] = true
			held++
		}
		// "March 2020 Remote Decision Making Record": a paper its heading
		// names a record of decisions has decided, though its items keep
		// an agenda's wording ("To consider and agree …").
		if recordTitle.MatchString(l.Text) && !proposedSign.MatchString(l.Text) {
			decided = true
		}
	}
	for _, l := range ld.Lines {
		if l.Furniture {
			continue
		}
		if l.IsTable() {
			// A meeting page rendered as a table ("Item | Title |
			// Minutes") keeps its item headings in cells: they are signs
			// of minutes or of a decision as much as in running text.
			// As for lines, a pattern runs only on a cell holding a word
			// it needs: a page's tables have many cells and most hold
			// none. A cell's "Disclosures of interests" is a sign of
			// minutes although no key of the lines' names it.
			for _, c := range l.Cells {
				t := strings.TrimSpace(c.Text)
				low := strings.ToLower(t)
				decided = decided || decides(t)
				if mayBeHeld(low) && heldSign.MatchString(t) {
					held++
				}
				if m := findWith(minutesSign, t, containsAny(low, minutesKeys) || strings.Contains(low, "disclosure")); m != "" {
					minutesSeen[signKey(m)] = true
				} else if strings.EqualFold(t, "minutes") {
					minutesSeen["minutes column"] = true
				}
				if m := findWith(decisionSign, t, containsAny(low, decisionKeys)); m != "" {
					decisionSeen[signKey(m)] = true
				}
			}
			continue
		}
		t := strings.TrimSpace(l.Text)
		if t == "" {
			continue
		}
		if qaSign.MatchString(t) {
			qa++
		}
		if m := agendaSign.FindString(t); m != "" {
			agenda[signKey(m)] = true
		}
		if decides(t) {
			decided = true
			decisions++
		}
		if mayBeHeld(strings.ToLower(t)) && heldSign.MatchString(t) {
			held++
		}
		meetingPage = meetingPage || meetingHeader.MatchString(t)
		if lowT := strings.ToLower(t); (strings.Contains(lowT, "decision") || strings.Contains(lowT, "notice")) && forwardSign.MatchString(t) {
			forward++
		}
		settled = settled || settledSign.MatchString(t)
		g.minutesLabel = g.minutesLabel || minutesLabel.MatchString(t)
		if strings.Contains(strings.ToLower(t), "decision") && recordField.MatchString(t) {
			g.record = true
		}
		if datedTitle.MatchString(t) {
			g.record = true
			// "24/09/2021 - Access to Information": a decision page's
			// line for each time the issue was decided.
			decisionSeen["dated decision"] = true
		}
		// Each family's words are looked for before its pattern is run:
		// most lines have none of them.
		low := strings.ToLower(t)
		for _, s := range []struct {
			pat  *lazyre.RE
			keys []string
			seen map[string]bool
		}{{minutesSign, minutesKeys, minutesSeen}, {decisionSign, decisionKeys, decisionSeen}, {reportSign, nil, reportSeen}, {reportSection, nil, sectionSeen}, {reportAsked, askedKeys, reportSeen}} {
			if s.keys != nil && !containsAny(low, s.keys) {
				continue
			}
			if m := s.pat.FindString(t); m != "" {
				s.seen[signKey(m)] = true
			}
		}
	}
	minutes, decision, report := len(minutesSeen), len(decisionSeen), len(reportSeen)
	if !decided {
		// A report's numbered sections ("2. Recommendations", "3.
		// Background") are its signs only where nothing was decided:
		// minutes that number "4. Background" over "RESOLVED that the
		// fees rise" are a meeting's record.
		report += len(sectionSeen)
	}
	g.held, g.decided, g.issueMeetings = held, decided, issueMeetings
	// A forward plan lists decisions still to be taken; an issue's page
	// that printed its notice too says when one was made.
	g.forward = forward >= 1 && !decided && held == 0 && !settled
	switch {
	case (len(agenda) >= 3 && held == 0 && decisions < 2 || len(agenda) >= 1 && held == 0 && !decided && minutes >= 1) && !(g.record && decision >= 2):
		// (Two decisions recorded, "RESOLVED that the minutes be
		// confirmed …", "RESOLVED that the matrix be noted", make a
		// meeting held whatever its items' words; an agenda prints one
		// formula, the exclusion of the public.)
		// The business to come: what is to be received, noted, approved;
		// its item headings ("Apologies for absence") are the minutes'
		// too, but nothing was recorded as held or decided. (An issue's
		// decisions page records its dated decisions in the same words:
		// "22/03/2018 - SEND Strategy" over "1. To note the strategy.")
		g.Kind, g.Agenda = action.DocOther, true
	case qa >= 4 && qa > 2*(minutes+report):
		g.Kind = action.DocOther // questions and answers
	case (decision >= 3 || decision >= 2 && decision >= report) && decision >= minutes:
		g.Kind = action.DocDecision
	case meetingPage:
		g.Kind = action.DocMinutes
	case minutes >= 2 && minutes >= report:
		g.Kind = action.DocMinutes
	case report >= 2 && !(g.record && held > 0):
		// (A page whose items each print their agenda text over a
		// "Decision:" label records a meeting's decisions: its items'
		// "To receive a report …" and "… is invited to" are no report's.)
		g.Kind = action.DocReport
	case minutes > 0:
		g.Kind = action.DocMinutes
	}
	return g
}

// mayBeHeld: the lower-cased text holds a word heldSign needs, where it
// needs it.
func mayBeHeld(low string) bool {
	return strings.HasPrefix(low, "agenda") || strings.Contains(low, "was ") || strings.Contains(low, "were ") || strings.HasPrefix(low, "present") || strings.HasPrefix(low, "minutes") ||
		strings.HasPrefix(low, "apolog") || strings.HasPrefix(low, "members") || strings.HasPrefix(low, "the meeting") || strings.HasPrefix(low, "decision") ||
		strings.HasPrefix(low, "effective") || strings.Contains(low, " considered ") || strings.Contains(low, " received ")
}

// findWith runs pat on t only when may says t holds a word it needs.
func findWith(pat *lazyre.RE, t string, may bool) string {
	if !may {
		return ""
	}
	return pat.FindString(t)
}

// decides: the line records a decision ("RESOLVED that …").
func decides(t string) bool {
	return (strings.Contains(t, "ESOLVED") || strings.Contains(t, "esolved") || strings.Contains(t, "AGREED") || strings.Contains(t, "DECIDED")) && decidedSign.MatchString(t)
}

// signKey names a sign by its words, without numbers and punctuation.
func signKey(m string) string {
	var b strings.Builder
	for _, f := range strings.Fields(strings.ToLower(m)) {
		f = strings.Trim(f, ":.-–()0123456789")
		if f != "" {
			b.WriteString(f + " ")
		}
	}
	return b.String()
}
