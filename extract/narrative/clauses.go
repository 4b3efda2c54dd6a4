package narrative

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/internal/lazyre"

	"github.com/councilactions/councilactions/extract/layout"
)

// A decision or a set of recommendations is written as a lead-in and a
// list of clauses: "That Cabinet agree to: (a) …; (b) …", "The County
// Council is asked to: • AGREE …; • DELEGATE …", "I agree to: APPROVE …
// DELEGATE …". Each clause is an item of its own, and carries the lead-in's
// subject and verb ("Cabinet agree to note the report"), since a clause
// alone ("the Commissioning Plan for 2025-29") often says nothing.
//
// A block is open from its opener — a label ("Decision:", "RESOLVED:",
// "Recommendations:") or a lead-in ending in a colon — until a heading, a
// new label, or a paragraph that is neither a clause nor a clause's
// continuation.

var (
	// labelPat is a paragraph that labels what follows as decided or
	// recommended: "Decision:", "DECISION", "Decisions made", "Agreed:",
	// "Recommendation(s):", "RECOMMENDED –", "Proposed decision". Its
	// rest, if any, is the first clause or the lead-in.
	labelPat = lazyre.New(`(?i)^(?:the\s+)?(?:proposed\s+)?(decisions?(?:\s+made|\s+taken|\s+proposed)?|recommendations?(?:\s*\(s\))?(?:\s+to\s+(?:the\s+)?[\w ]{2,40}?\s*:)?|recommended(?:\s+to\s+(?:the\s+)?[\w ]{2,40}?(?:\s*\([^)]{1,60}\))?\s*:)?|resolved|agreed|decided|resolutions?)(?:\s*\((?:unanimously|by [^)]{1,40}|nem\.? con\.?|[^)]{3,30})\))?` + moverAside + `\s*(?::-|[:\-–—])?\s*(.*)$`)
	// moverAside names a decision's mover and seconder between its label
	// and its words: "Resolved, proposed by Cllr Benton, seconded by Cllr
	// Waples, that …".
	moverAside = `(?:\s*,\s*(?:proposed|moved)\s+by\s+[^,;.:]{2,60}?,?\s+(?:and\s+)?seconded\s+by\s+[^,;.:]{2,60},)?`
	// leadVerb is the verb of a lead-in and says which kind its clauses
	// are: asking, recommending and proposing give recommendations; agreeing,
	// resolving and deciding give resolutions, as does authorising or
	// instructing a named officer "to:" (each point is what they may do).
	leadVerb = lazyre.New(`(?i)\b(?:is|are|be|was|were)\s+(?:\w+ly\s+)?(asked|recommended|requested|invited|minded)\s+to\b|\b(recommends?|proposes?)\s+(?:that|to)\b|\brecommended\b|\b(resolved|resolves?|agreed|agrees?|decided|decides?|approved|approves?|determined|endorsed|endorses|adopted|adopts|ORDERED)\b|\b(?:authori[sz]ed|instructed)\s+(?:the\s+)?(?-i:[A-Z])[^:;.]{0,160}?\s+to\s*(?::-|[:\-–—])$|\b(agree|resolve|decide|approve|determine|note)\s+(?:to|that)\b|` + bodySupported + `|` + bodyNotedColon)
	// participleLabel is a form's column label, a noun and a participle
	// with its preposition: "Recommendation made to:", "Decision taken
	// by:", "Date agreed on:".
	participleLabel = lazyre.New(`(?i)^(?:[\w'’]+\s+){0,2}(?:made|taken|given|sent|raised|received|submitted|assigned|allocated|reported|completed)\s+(?:to|by|on|at)\s*:$`)
	// purposeLead introduces what something is for: "Its main role is
	// to:-", "The aims of the group are to:".
	purposeLead = lazyre.New(`(?i)\b(?:is|are|was|were|will be)\s+to\s*(?::-|[:\-–—])$`)
	recommend   = lazyre.New(`(?i)\b(recommend\w*|propos\w*|asked|requested|invited|suggest\w*|minded)\b`)
	// bulletPat is a bullet a clause may start with.
	bulletPat = lazyre.New(`^[` + layout.Bullets + `§Øü\-–—*o]\s+`) // §, Ø and ü: Wingdings bullets as a Word page prints them
	// upperMarker is a lettered point in capitals: "A)", "(B)", "C.".
	upperMarker = lazyre.New(`^(\((?:[A-Z]|[IVX]{1,5})\)|(?:[A-Z]|[IVX]{1,5})\)|(?:[A-Z]|[IVX]{1,5})\.\s)\s*`)
)

// dropBullet is s without the bullet that opens it: what
// bulletPat.ReplaceAllString(s, "") gives (the pattern is anchored, so
// it matches once), without building a new string each time.
func dropBullet(s string) string {
	if loc := bulletPat.FindStringIndex(s); loc != nil {
		return s[loc[1]:]
	}
	return s
}

// opener is what starts a block of clauses.
type opener struct {
	kind string // action.KindResolution or action.KindRecommendation
	// lead is the subject and verb the clauses carry: "Cabinet agree to",
	// "The County Council is asked to"; "" under a bare label.
	lead string
	// rest is the text after a label on the label's own line.
	rest string
	// whole is set to a lead-in that is a decision of its own, whose list
	// elaborates it (grounds, conditions, parts): the list joins it as
	// one item.
	whole string
	// named is set for a label that names the block ("Decision:") rather
	// than makes the decision ("RESOLVED"): what follows it must decide,
	// and a sentence that decides after its clauses, before the next
	// label, is the label's decision too. A lead-in under the label keeps
	// it.
	named bool
	// motion is set for a motion's text ("This Council: i) Notes …"):
	// what a member moves is no decision until it is carried.
	motion bool
	// retold is set for a lead-in that tells an earlier meeting's
	// decisions (retoldLead): its points are read but not kept.
	retold bool
	// subNumbered is set for a lead-in whose points are numbered under
	// its own number: "2. That, in respect of …:" over "2.1 …", "2.2 …".
	subNumbered bool
	// asked is set for "X is asked to …": what a report or agenda asks,
	// which minutes that go on to record the decision do not keep.
	asked bool
	// announced is set for a lead-in that names its points as the
	// decisions ("… recommendations, which were agreed as follows:"):
	// its first point is a decision even when it leads a list of its own.
	announced bool
	// plainLines is set for a lead-in whose points may be lines of their
	// own with no marker, each a sentence (actionsNeeded).
	plainLines bool
}

var (
	// (or taking others' recommendations as its own: "that Cabinet
	// endorse the following recommendations")
	decidingVerb = lazyre.New(`(?i)\b(agreed|approved|resolved|decided|endorsed|adopted|accepted)\b|` + bodySupported + `|\b(?:cabinet|council|board|committee|executive|panel|members)\s+(?:endorse|approve|accept|agree|adopt)s?\s+(?:the\s+)?(?:following\s+)?recommendations\b`)
	// councilResolves is a motion's operative words, in the present as
	// its mover wrote them: "To this end, Oxford City Council resolves
	// to ask the Executive to:" (minutes record "RESOLVED – That this
	// Council resolves to:").
	councilResolves = lazyre.New(`\b[Cc]ouncil,?\s+(?:(?:therefore|further|also),?\s+)?resolves\s+(?:to|that)\b`)
	motionLead      = lazyre.New(`(?i)^(?:this|the)\s+council,?\s*(?:(?:therefore|further|also),?\s+)?(?:notes|believes|resolves)?(?:\s+that)?\s*(?::-|[:\-–—])$`)
)

// bareThat is a lead-in of "That" alone.
var bareThat = lazyre.New(`^(?i:that)\s*(?::-|[:\-–—])$`)

// asFollowsEnd ends a lead-in by "as follows", perhaps with where else
// the points are, and any stop or none.
var asFollowsEnd = lazyre.New(`(?i)\bas\s+follows(?:\s+and\s+(?:as\s+)?(?:attached|appended|circulated))?\s*[;,.]?$`)

// bodySupported is a meeting supporting what was put to it, which decides
// ("Cabinet supported the committee's recommendations"); a thing that
// "can be supported" decides nothing.
const bodySupported = `\b(?:cabinet|council|committee|sub-committee|board|panel|executive|members)\s+(?:also\s+|fully\s+|unanimously\s+)?supported\b`

// bodyNotedColon is a meeting's noting set before the points it noted:
// "The Local Committee (Surrey Heath) noted:", and after what it did with
// the paper first ("The Panel considered the report and noted:").
const bodyNotedColon = `\b(?:cabinet|council|committee|sub-committee|board|panel|executive)(?:\s+\([^)]{1,40}\))?\s+(?:(?:considered|received|discussed|reviewed)\s+(?:the|this|a|an)\s+[\w'’ -]{1,40}?\s+and\s+)?(?:also\s+)?noted\s*(?::-|[:\-–—])$`

var askedLead = lazyre.New(`(?i)\b(?:is|are)\s+(?:\w+ly\s+)?(?:asked|recommended|requested|invited)\s+to\b`)

// elaborates ends a lead-in whose list gives the grounds, conditions or
// parts of the decision already stated, not decisions of their own.
// followingAre is a lead-in whose list is the subject of its own verb:
// "the following proposals, as set out …, are not recommended:-".
// businessLead announces a meeting's business: "… to transact the
// following business:", "the following items of business".
var businessLead = lazyre.New(`(?i)\b(?:(?:transact|conduct)\s+(?:the\s+)?(?:following\s+)?business|the\s+following\s+(?:items?\s+of\s+)?business)\b`)

var followingAre = lazyre.New(`(?i)\bthe following\b[^:]{0,200}\b(?:are|is|were|was|be|have been|has been)\b[^:]{0,60}(?::-|[:\-–—])$`)

var elaborates = lazyre.New(`(?i)\b(on the grounds? that|grounds that|including(?: that)?|namely|as follows|for the following reasons?|because|the reasons? (?:being|are)|subject to(?:\s+[^\s:]+){0,5}|subject to\b[^:]{0,80}?\b(?:following|below|conditions?|amendments?|changes?)\b[^:]{0,40}?|set out below|listed below|in (?:cases|the cases?|circumstances) where|provided that)\s*(?::-|;-|[:\-–—])$`)

// voteNote is how a decision was carried, in brackets on its label's line.
var voteNote = lazyre.New(`(?i)^\((?:unanimous(?:ly)?|by\s[^)]{1,40}|nem\.?\s*con\.?|[^)]{0,20}\bvotes?\b[^)]{0,20})\)$`)

// saysNothing: a label's words tell that there was nothing to decide,
// in full or after a title's colon ("Nothing to report at present.",
// "Interests: None were declared."); "None of the objections were
// upheld" decides.
func saysNothing(rest string) bool {
	if k := strings.LastIndex(rest, ": "); k >= 0 {
		rest = rest[k+2:]
	}
	return nothingThere.MatchString(strings.TrimSpace(rest))
}

var nothingThere = lazyre.New(`(?i)^(?:nothing\s+(?:(?:further|new|more)\s+)?to\s+report|none(?:\s+(?:were|was|had\s+been))?(?:\s+(?:noted|received|declared|made|reported|raised))?)(?:\s+(?:at\s+(?:present|this\s+time)|this\s+month|today))?\s*\.?$`)

// formAnswer is a form field's answer, no decision: "Yes", "N/A".
var formAnswer = lazyre.New(`(?i)^(?:yes|no|n/?a|none|tbc|nil)\.?$`)

// labelOpener reads a label paragraph ("Decision:", "RESOLVED –", "That
// Cabinet:"). A label is short and ends its line, or its rest follows a
// colon or dash.
func labelOpener(p paragraph) (opener, bool) {
	m := labelPat.FindStringSubmatch(p.body)
	if m == nil {
		return opener{}, false
	}
	word, rest := strings.ToLower(m[1]), strings.TrimSpace(m[2])
	if k := strings.Index(strings.ToLower(p.body), word); k >= 0 && compound(p.body[k+len(word):]) {
		return opener{}, false // "Decision-making …"
	}
	head := strings.TrimSpace(p.body[:len(p.body)-len(m[2])])
	// "Agreed targets were …", "Decisions about funding are …": a label
	// stands alone, in capitals, or with its colon or dash.
	marked := strings.HasSuffix(head, ":") || strings.HasSuffix(head, "-") || strings.HasSuffix(head, "–") || strings.HasSuffix(head, "—") ||
		strings.HasSuffix(head, ",") && strings.Contains(head, "seconded")
	// "Recommendation (to Council: 5 May 2026)" alone on its line: the
	// note in brackets closes the label as its colon would.
	marked = marked || rest == "" && strings.HasSuffix(head, ")") && strings.Contains(head, "(")
	capital := m[1] == strings.ToUpper(m[1])
	if rest != "" && !marked && !capital && !p.heading {
		return opener{}, false
	}
	if p.heading && !marked {
		// A heading names the section ("Decisions made by the Cabinet
		// Member on 15 December"); its words are no decision.
		rest = ""
	}
	if rest == "" && !marked && !capital && !p.heading && !strings.Contains(word, " ") {
		return opener{}, false // "Decision made" alone is a label; "Agreed" alone is not
	}
	if voteNote.MatchString(rest) {
		rest = "" // "Resolved: (By 14 votes to none)", its decision below
	}
	if r := strings.ToLower(strings.TrimRight(rest, ":-–— ")); r == "that" || r == "to" {
		rest = "" // "RESOLVED that:" with its clauses below
	}
	if rest != "" && len(strings.Fields(rest)) < 3 && !strings.HasSuffix(rest, ":") && !(hasPrefixFold(rest, "that ") && (strings.HasSuffix(rest, ";") || strings.HasSuffix(rest, ".") || danglingSubject.MatchString(rest))) &&
		!(word == "resolved" && marked && !formAnswer.MatchString(rest)) {
		// A form's field ("Key decision: YES"). A meeting's "RESOLVED –"
		// labels a decision however short: "RESOLVED – Recommend
		// approval", "RESOLVED: No objection", as a planning committee
		// answers each application.
		return opener{}, false
	}
	if participleLabel.MatchString(rest) {
		return opener{}, false // a form's column: "Recommendation made to:", "Decision taken by:"
	}
	if saysNothing(rest) {
		// "RESOLVED – Nothing to report.", "RESOLVED – Interests: None
		// were declared.": a clerk's label on an item where nothing was
		// there to decide.
		return opener{}, false
	}
	if rest != "" && !marked && isCapitals(rest) && !strings.HasPrefix(rest, "THAT") {
		return opener{}, false // a heading in capitals: "DECISION TO BE TAKEN BY:"
	}
	if strings.HasSuffix(rest, ":") {
		if _, ok := leadIn(rest); !ok {
			return opener{}, false // a form's labels: "Decision to be taken by: Decision no:"
		}
	}
	o := opener{kind: action.KindResolution, rest: rest, named: strings.HasPrefix(word, "decision")}
	if strings.HasPrefix(word, "recommend") || strings.HasSuffix(word, " proposed") || strings.HasPrefix(strings.ToLower(strings.TrimSpace(p.body)), "proposed") {
		// ("Decision Proposed", "Proposed decision": not yet taken, so
		// what it proposes is a recommendation.)
		o.kind = action.KindRecommendation
	}
	return o, true
}

// decidesToRecommend is a lead-in whose deciding verb takes recommending
// as its object ("Cabinet agreed to recommend that –", "RESOLVED: to
// recommend to Council to:", "resolved that the Committee recommends to
// Council:"): what it lists is still for another body to decide. The
// recommending must be the deciding body's own: right after "to", or the
// first verb after "that the <Body>", a name in capitals ("agreed that
// the measures officers recommend be put in place" decides itself).
var decidesToRecommend = lazyre.New(`(?i)\b(?:resolved|resolves?|agreed|agrees?|decided|decides?)\s*(?::-|[:\-–—])?\s*(?:unanimously\s+)?(?:that\s+(?:the\s+|this\s+)?(?-i:(?:[A-Z][\w&'’-]*|and|of|for|&)\s+){1,6})?(?:to\s+)?recommends?\b[^:;.]{0,80}?(?:(?::-|[:\-–—])|\sthat)$`)

// pointsNoted ends a lead-in over the points a discussion made: "… the
// following points were noted:", "… the following comments were raised:";
// or over the points a report put to the meeting to note, told in the
// past: "The Board was asked to note the following:" (a report's own "is
// asked to note" proposes, and stays a lead-in).
var pointsNoted = lazyre.New(`(?i)\bthe\s+following\s+(?:main\s+|key\s+)?(?:points|comments|issues|questions|observations)\s+(?:were|was)\s+(?:noted|raised|made|discussed|highlighted)\b[^:]{0,40}:-?$|\b(?:was|were)\s+asked\s+to\s+(?:\w+ly\s+)?note\s+the\s+following(?:\s+[\w-]+){0,2}\s*:-?$`)

// leadIn reads a paragraph that introduces a list: it ends in a colon (or
// "to" with the list on the next lines) and has a deciding or asking verb.
// It returns the opener with the lead the clauses carry.
func leadIn(text string) (opener, bool) {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") && holdsWord(t, "follow") && asFollowsEnd.MatchString(t) {
		// "… RESOLVED to approve the amendments as follows and
		// attached;" over "a. Remove …": "as follows" leads in to the
		// points, whatever stop the page put after it.
		t = strings.TrimRight(t, ";,. ") + ":"
	}
	if standingRule.MatchString(t) {
		return opener{}, false // "Every contract made by the Council shall:-" over the rule's parts
	}
	if (strings.HasSuffix(t, ":") || strings.HasSuffix(t, ":-")) && pointsNoted.MatchString(t) {
		// "Members were invited to ask questions, in which the following
		// points were noted:": what was said in the discussion, no list
		// of decisions or recommendations, whatever verb asked for it.
		return opener{}, false
	}
	if bareThat.MatchString(t) {
		// "1. That:" over "• progress to date is noted;", "• the updated
		// plan is agreed; and": each point completes the "That", a
		// decision (or, in a report, a recommendation) of its own.
		return opener{kind: action.KindResolution}, true
	}
	// A lead-in ends in a colon or dash, or — its colon lost — in the
	// word that wants the clause: "… the Cabinet agreed that".
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ":-") && !strings.HasSuffix(t, "–") && !strings.HasSuffix(t, "—") && !strings.HasSuffix(t, " -") &&
		!(hasSuffixFold(t, "that") && danglingThat.MatchString(t)) {
		if hasSuffixFold(t, " to") && danglingResolved.MatchString(t) {
			// "The Executive RESOLVED to" over a blank line and its verb;
			// "… reports. It was unanimously agreed to" carries its last
			// sentence.
			return opener{kind: action.KindResolution, lead: carried(strings.TrimSpace(t[strings.LastIndex(t, ". ")+1:]))}, true
		}
		if hasSuffixFold(t, " has") || hasSuffixFold(t, " have") {
			if danglingHas.MatchString(t) {
				// "The Cabinet has" over "(a) approved …; (b) delegated …".
				return opener{kind: action.KindResolution, lead: t}, true
			}
		}
		if danglingDecided.MatchString(t) {
			// "That Members approved" over "1" "the cessation of …": the
			// decision's verb wants the object each point gives it.
			return opener{kind: action.KindResolution, lead: t}, true
		}
		if danglingWeBy.MatchString(t) {
			// "We will do this by" over points in -ing: each point is the
			// means promised, whole ("Giving more support to carers").
			return opener{kind: action.KindCommitment}, true
		}
		if danglingWe.MatchString(t) {
			// "We plan to", "We will", the colon lost, over the points
			// that complete it.
			return opener{kind: action.KindCommitment, lead: t}, true
		}
		if hasSuffixFold(t, " to") && danglingCommit.MatchString(t) {
			// "Action - The Council commits to", its colon lost, over its
			// numbered points.
			return opener{kind: action.KindCommitment, lead: carried(danglingCommit.FindString(t))}, true
		}
		return opener{}, false
	}
	if doerHeading.MatchString(t) {
		// "What the Parish Clerk will do:" over its points is a heading
		// set as a lead-in: each point is the Clerk's, whole, with no
		// lead's words carried in (open takes the doer as the owner).
		return opener{kind: action.KindCommitment}, true
	}
	if namedThenTo.MatchString(t) {
		// "We have 3 strategic priorities. These are to:": the points are
		// the priorities the sentence before names.
		return opener{kind: action.KindCommitment}, true
	}
	if willTo.MatchString(t) && !planHoldsOnly(t) || prioritiesTo.MatchString(t) {
		// "We will work with the NHS and others through the Strategy
		// to:", "Our priorities are to:": each point is an undertaking,
		// said with the whole lead-in.
		return opener{kind: action.KindCommitment, lead: strings.TrimSpace(strings.TrimRight(t, ":-–— "))}, true
	}
	if promiseHas.MatchString(t[strings.LastIndex(t, ". ")+1:]) || expectFollowing.MatchString(t) {
		// "At the heart of what we do is our customer care promise, which
		// has three standards:", "You can expect the following standards
		// to be met when you deal with us:": each point is a standard
		// promised, whole.
		return opener{kind: action.KindCommitment}, true
	}
	if expectUs.MatchString(t) {
		// "You can expect us to:", "What you can expect from us:": each
		// point is what the authors undertake, said with the lead-in.
		return opener{kind: action.KindCommitment, lead: strings.TrimSpace(strings.TrimRight(t, ":-–— "))}, true
	}
	if lead, who := doerToLead(t); who != "" {
		// "ACTION: Officers to provide:" over "1. A list of …", "2. …":
		// each point is what the one named undertook, said with the
		// lead-in (its tag aside); who is named owns each.
		return opener{kind: action.KindCommitment, lead: lead}, true
	}
	if actionsNeeded.MatchString(t) {
		// "Further action required:" over "Write to the owner.", "A
		// site visit by the ranger.": each line is a thing still to be
		// done, whole, though no bullet marks it.
		return opener{kind: action.KindCommitment, plainLines: true}, true
	}
	if actionsLead.MatchString(t) {
		// "Our action headlines:": each point an undertaking, whole.
		return opener{kind: action.KindCommitment}, true
	}
	if last := t[strings.LastIndex(t, ". ")+1:]; weLead.MatchString(last) && len(strings.Fields(last)) <= 30 {
		// "The 10 pledges outline that we promise to do our best to:":
		// each point is the authors' undertaking, whole.
		return opener{kind: action.KindCommitment}, true
	}
	if deliverablesLead.MatchString(t[strings.LastIndex(t, ". ")+1:]) {
		// "This delivery plan includes some key deliverables which
		// include:", however long the paragraph before it.
		return opener{kind: action.KindCommitment}, true
	}
	if len(strings.Fields(t)) > 40 && followingDecided.MatchString(t[strings.LastIndex(t, ". ")+1:]) {
		// "… to declare a climate emergency. The following points were
		// proposed and agreed:": each point is a decision, however long
		// the story before it. (A short lead-in is read below.)
		return opener{kind: action.KindResolution}, true
	}
	if len(strings.Fields(t)) > 40 || participleLabel.MatchString(t) || purposeLead.MatchString(t) || strings.Contains(t, "motion") && procedural.MatchString(t) || businessLead.MatchString(t) {
		// ("Council is asked to consider the following motions:": the
		// meeting's business, its motions not yet moved. "The Council
		// will convene to conduct the following business:": its
		// agenda's items, not promises.)
		return opener{}, false
	}
	// The list is introduced by the paragraph's last sentence: "Workers
	// were invited to take part. Its objectives were:" asks nothing.
	if k := strings.LastIndex(t, ". "); k >= 0 {
		t = t[k+2:]
	}
	if m := capsDecidedLead.FindStringSubmatch(t); m != nil && !elaborates.MatchString(t) {
		// "CONFIRMED the Town Council remains fully committed to:": the
		// meeting's decision, each point completing it.
		return opener{kind: action.KindResolution, lead: carried(t)}, true
	}
	if m := willLead.FindStringSubmatch(t); m != nil && (m[1] == "" || selfLead.MatchString(m[1]) || agent(m[1]) != "" || hasSuffixFold(m[1], " we")) && !makeUp.MatchString(t) {
		// ("Over the next four years we will:": the match that starts
		// leftmost takes the time before "we" into its subject.)
		// "This strategy will ensure:", "We will:", "The Council is
		// committed to:": each point is an undertaking, said with it.
		return opener{kind: action.KindCommitment, lead: carried(t)}, true
	}
	if weColon.MatchString(t) {
		// "In order to do this, we:": each point is what the authors do,
		// whole; the lead's words add nothing to it.
		return opener{kind: action.KindCommitment}, true
	}
	if thatRegarding.MatchString(t) {
		// "2. That, in respect of the responses at Appendix 2:" over
		// "2.1 a Delivery Programme is submitted …": each point
		// completes the decision, whole.
		return opener{kind: action.KindResolution, subNumbered: true}, true
	}
	if thatBeLead.MatchString(t) {
		// "That the Scheme of Delegation be updated to:-" over "(a)
		// replace …; (b) include …": each point completes the decision.
		// "That the rota be supported subject to:" is one decision,
		// its points the conditions it holds on.
		if elaborates.MatchString(t) && !namelyDecisions.MatchString(t) {
			return opener{kind: action.KindResolution, whole: strings.TrimSpace(text)}, true
		}
		return opener{kind: action.KindResolution, lead: carried(t)}, true
	}
	if measureLead.MatchString(t) {
		// "We will measure this by:": its points are the measures of
		// success, not things to be done.
		return opener{}, false
	}
	if promiseLead.MatchString(t) {
		// "We will enable this through:", "… sets out actions that will
		// be taken to:": each point is what will be done.
		return opener{kind: action.KindCommitment}, true
	}
	if makesRecommendations.MatchString(t) {
		// "The Executive makes the following recommendations to
		// Council:", "The following recommendations are made to
		// Cabinet:": each point is a recommendation, whole.
		return opener{kind: action.KindRecommendation}, true
	}
	if announcesDecisions.MatchString(t) {
		// "The outcomes of the items considered are as follows:", "The
		// following decisions were made:": each point is a decision.
		return opener{kind: action.KindResolution}, true
	}
	if !leadVerb.MatchString(t) && !subjectOnly.MatchString(t) && !roleLead.MatchString(t) && !frontedBody(t) {
		return opener{}, false
	}
	if datedDecision(t) {
		// "Adopted in 2013, the plan named five priorities:": what was
		// decided then, its points told as history.
		return opener{}, false
	}
	if !leadVerb.MatchString(t) && hasSuffixFold(strings.TrimRight(t, ":-–— "), " to") && !strings.HasPrefix(strings.ToLower(t), "that ") &&
		!nameLike(strings.TrimSpace(t[:strings.LastIndex(strings.ToLower(t), " to")])) {
		return opener{}, false // "In everything we do we aim to:": not who is to act
	}
	o := opener{kind: action.KindResolution, lead: carried(t), asked: askedLead.MatchString(t)}
	if weLead.MatchString(t) {
		// "For the next year, we have agreed to take forward the following
		// projects, to:", "… we promise to do our best to:": the authors'
		// own undertakings, not a meeting's decision.
		o.kind = action.KindCommitment
	}
	// "… is asked to:", "… recommends that:" propose; "Cabinet agreed the
	// following recommendations:" decides, whatever it decided.
	if recommend.MatchString(t) && !(decidingVerb.MatchString(t) && !askedLead.MatchString(t)) || decidesToRecommend.MatchString(t) {
		o.kind = action.KindRecommendation
	}
	if motionLead.MatchString(t) || councilResolves.MatchString(t) && !hasPrefixFold(t, "that ") && !hasPrefixFold(t, "resolved") {
		o.motion = true
	}
	if namelyDecisions.MatchString(t) {
		o.lead = "" // it announces its points, each a decision whole
		o.announced = true
	}
	if elaborates.MatchString(t) && !namelyDecisions.MatchString(t) {
		// "… be excluded on the grounds that: (i) …; (ii) …": the list
		// gives the reasons or parts of one decision. ("… agreed the
		// recommendations as outlined above namely:" lists decisions.)
		o.whole, o.lead = strings.TrimSpace(text), ""
	}
	return o, true
}

// datedDecision: a lead-in's one deciding verb is dated in the past
// ("Adopted in 2013 it set out five aims:", "The charter agreed by the
// Board in May 2019 lists:"), which tells the history of what its points
// name, not a decision of the meeting.
func datedDecision(t string) bool {
	if k := strings.LastIndex(t, ". "); k >= 0 {
		t = t[k+2:] // (the lead-in is the paragraph's last sentence)
	}
	ms := leadVerb.FindAllStringIndex(t, 2)
	return len(ms) == 1 && datedAfter.MatchString(t[ms[0][1]:])
}

// retoldLead: the lead-in's last sentence dates its deciding verb, in the
// past tense, before the paper's own date, the date standing before the
// verb: "On 4 March 2021 the Panel agreed that:", "The Board, in its
// report of June 2020, made the following recommendations:" in a paper
// of 2022 retell what was decided then. (A date after the verb is
// datedDecision's.) The date must be the earlier meeting's: "On <date>",
// "at its meeting of <date>", "its report (<date>)"; a date that only
// sets the scene ("Having considered the responses received by May
// 2025, officers recommended that:") is the paper's own advice. With no
// date for the paper nothing is retold.
func retoldLead(t, date string) bool {
	if date == "" {
		return false
	}
	if k := strings.LastIndex(t, ". "); k >= 0 {
		t = t[k+2:]
	}
	v := pastDecidingVerb.FindStringIndex(t)
	if v == nil || notYet.MatchString(t[:v[0]]) {
		return false
	}
	for _, m := range datedWithYear.FindAllStringIndex(t[:v[0]], -1) {
		if !meetingDate.MatchString(t[:m[0]]) {
			continue
		}
		d := t[m[0]:m[1]]
		if due := action.NormalizeDue(strings.Trim(d, "(), ")); due != "" && due < date {
			return true
		}
	}
	return false
}

var (
	// pastDecidingVerb: a body's decision or recommendation in the past
	// tense ("agreed", "made the following recommendations"), not one
	// to be made ("will be agreed", "to be approved").
	pastDecidingVerb = lazyre.New(`(?i)\b(?:agreed|resolved|decided|approved|adopted|endorsed|recommended|made\s+the\s+following)\b`)
	// meetingDate ends the words before a date that tie it to a meeting
	// or its paper: "On ", "In ", "…, on the ", a body named in capitals
	// then "on" ("Cabinet on "), "at its meeting of " or "… in ", "in
	// its report to Council (", "the minutes dated ".
	meetingDate = lazyre.New(`(?i)(?:(?:^|[,;(]\s*)(?:on|in)\s+(?:the\s+)?|(?-i:\b[A-Z][a-z]+)\s+on\s+(?:the\s+)?|\b(?:meeting|report|minutes|decision)\b[^.;:()]{0,40}?(?:\b(?:of|on|in|dated|held\s+on)\s+(?:the\s+)?|\())$`)
	notYet      = lazyre.New(`(?i)\b(?:will|shall|would|to|is|are|being)\s+(?:\w+ly\s+)?(?:be\s+)?$`)
	// datedWithYear is a date with its year: "28 November 2013", "the
	// 3rd of May 2020", "April, 2013", "June 2020".
	datedWithYear = lazyre.New(`(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:` + monthName + `),?\s+(?:19|20)\d{2}\b`)
)

var datedAfter = lazyre.New(`^\s+(?:by\s+[^,:;]{1,40}?\s+)?(?:in|since|during)\s+(?:\d{4}|` + monthName + `)\b`)

// leaveToAct: who, named in rest, is followed by "to" and a verb of their
// own doing, not "to be".
func leaveToAct(rest, who string) bool {
	i := strings.Index(rest, who)
	if i < 0 {
		return true
	}
	return !toBePassive.MatchString(rest[i+len(who):])
}

// thatRegarding is a decision's "That" with only what it concerns before
// its colon: "That, in respect of the responses at Appendix 2:".
var thatRegarding = lazyre.New(`(?i)^that,?\s+(?:in respect of|in relation to|with regard to|with respect to|regarding|subject to|in light of|as regards)\b[^:;.]{0,120}[:\-–]+$`)

// capsDecidedLead is a lead-in that opens with the decision's verb in
// capitals: "CONFIRMED <the council> remains fully committed to:",
// "AGREED the following changes:".
var capsDecidedLead = lazyre.New(`^(?:CONFIRMED|AGREED|NOTED|ENDORSED|APPROVED)\s+\S.*(?::-|[:\-–—])$`)

// weColon ends a lead-in with its subject alone: "…, we:".
var weColon = lazyre.New(`(?i)(?:^|,\s*)we\s*(?::-|[:\-–—])$`)

// willLead is a lead-in that promises what its points say.
var willLead = lazyre.New(`(?i)(?:^|\b(we|i|the\s+\w+(?:\s+\w+){0,4}|this\s+(?:strategy|plan|policy|programme|partnership|board|council))\s+)(?:will|shall|(?:are|is|remains?)\s+(?:fully\s+|firmly\s+)?committed\s+to|commits?\s+to|pledges?\s+to|promises?\s+to|undertakes?\s+to|(?:has|have)\s+(?:also\s+)?(?:pledged|promised|committed)\s+to)(?:\s+\w+){0,2}\s*(?::-|[:\-–—])$` +
	// "You can trust us to:": the authors' promise told to the reader.
	`|(?i)\byou\s+can\s+(?:trust|rely\s+on|count\s+on|expect)\s+(?:us|me|the\s+council)\s+to\s*(?::-|[:\-–—])$`)

// deliverablesLead names the points after it as a plan's deliverables or
// milestones, or as the actions the authors are taking ("Some of the
// actions we are taking to protect wildlife:").
var deliverablesLead = lazyre.New(`(?i)(?:\bplan\b[^:.;]{0,80}\b(?:deliverables|milestones)\b[^:.;]{0,40}\b(?:include|includes|are)|\b(?:actions|steps|projects)\s+(?:that\s+)?(?:we|the council)\s+(?:are|is|will\s+be)\s+(?:taking|delivering|carrying\s+out)\b[^:.;]{0,100})\s*(?::-|[:\-–—])$`)

// makeUp says what something is made of ("The membership of the Board
// will consist of:"): its points are its parts, not promises.
var makeUp = lazyre.New(`(?i)\bwill\s+(?:consist\s+of|comprise|be\s+made\s+up\s+of|be\s+composed\s+of)\b`)

// expectUs is a service's promise told from the reader's side: "You can
// expect us to:", "Customers can expect the team to:", "What you can
// expect from us:".
var expectUs = lazyre.New(`(?i)^(?:you|customers|residents|tenants|applicants)\s+(?:can|will|should)\s+expect\s+(?:us|the\s+(?:council|service|team|[\w ]{1,30}?\s+team))\s+to\s*(?::-|[:\-–—])$|^what\s+(?:you|customers)\s+can\s+expect\s+(?:from\s+us)?\s*(?::-|[:\-–—])$`)

// promiseHas is a lead-in naming its points as the parts of "our"
// promise or pledge: "… our customer care promise, which has three
// standards:", "Our pledges are:".
var promiseHas = lazyre.New(`(?i)\bour\s+(?:[\w-]+\s+){0,3}(?:promises?|pledges?|commitments?|guarantees?)\b[^:.]{0,40}\b(?:has|have|are|is|include|includes|comprises?)\b[^:.]{0,40}(?::-|[:\-–—])$`)

// expectFollowing names the points after it as what the reader can
// expect: "You can expect the following standards to be met …:".
var expectFollowing = lazyre.New(`(?i)^(?:you|customers|residents|tenants|applicants)\s+(?:can|will|should)\s+expect\s+the\s+following\b[^:]{0,100}(?::-|[:\-–—])$`)

// namedThenTo is a sentence naming "our" priorities or aims, then "These
// are to:" over them.
var namedThenTo = lazyre.New(`(?i)\b(?:we|our|the council|the partnership|the board)\b[^.]{0,60}\b(?:priorities|aims|objectives|ambitions|goals)\b[^.]{0,40}\.\s+(?:these|they)\s+are\s+to\s*(?::-|[:\-–—])$`)

// thatBeLead is a subjunctive decision that its points complete: "That
// the Scheme … be updated to:-", "That the fees be set as follows:".
// promiseLead is a promise whose points say how or what: "We will enable
// this through:", "actions that will be taken to:", "By 2030, we will
// take several actions including:", "The budget set by the council will
// deliver an investment in local services including:".
var (
	thatBeLead  = lazyre.New(`^(?i:that)\s[^:]{3,200}\bbe\s+\w+(?:ed|en|set|made|put)\b[^:]{0,40}(?::-|[:\-–—])$`)
	promiseLead = lazyre.New(`(?i)(?:^(?:[^,:;.]{2,40},\s+)?(?:we|the council|the partnership|the board|(?:the|this|our)\s+(?:budget|plan|strategy|programme)\b[^:;.]{0,40}?)\s+will\s+[^:.;]{0,80}\b(?:through|by|including|with|via|on|action\s+points|key\s+actions)|\bthe following\b[^:.;]{0,60}\bwill\s+be\s+(?:developed|delivered|taken forward|implemented|introduced|launched|put in place|carried out|undertaken)|\b(?:actions?|steps|measures|work)\s+(?:that\s+)?(?:will|we will)\s+(?:be\s+)?(?:taken|take|carry out|carried out|do|done|deliver|delivered)\s+to)\s*(?::-|[:\-–—])$`)
)

// measureLead names the points after it as how success will be judged:
// "We will measure this by:", "We will know we have succeeded when:".
var measureLead = lazyre.New(`(?i)\bwill\s+(?:measure|monitor|track|evaluate|assess|know|judge|see)\s+(?:this|that|it|our|progress|success|impact|whether|we|how)\b[^:.;]{0,60}(?::-|[:\-–—])$`)

// doerTo is a lead-in that is who is to act and a verb whose object the
// points below give, an action tag perhaps before it: "ACTION: Officers
// to provide:", "Clerk to obtain:".
var doerTo = lazyre.New(`^(?:(?i:actions?)\s*[:\-–—]\s*)?((\S.{0,40}?)\s+to\s+[a-z]+)\s*:$`)

// doerToLead gives the lead-in's words (its tag aside) and who a doerTo
// lead-in names, who "" when it is none: the name must read as one
// (three words at most, in capitals or title case, no decision's word
// among them), so "Resolved to:" and "Cabinet AGREED to:" name no one,
// nor does "We are proud to:" ("are" is no name's word). With no
// "ACTION:" before it the name must be of someone who acts (doerNamed):
// "Items to note:" or "Key Dates to remember:" head a list of things.
func doerToLead(t string) (lead, who string) {
	m := doerTo.FindStringSubmatch(t)
	if m == nil || len(strings.Fields(m[2])) > 3 {
		return "", ""
	}
	for _, w := range strings.Fields(m[2]) {
		if decidedVerb.MatchString(w) || decidedVerb.MatchString(strings.ToUpper(w)) {
			return "", "" // "Resolved to:", "Cabinet AGREED to:": a decision's lead-in
		}
	}
	who, _ = ownerTag("Action: " + m[2])
	if who == "" || !actionTag.MatchString(t) && !doerNamed(who) {
		return "", ""
	}
	return m[1], who
}

// doerNamed: who, named alone before "to", is someone who acts — a post
// or councillor ("Clerk", "Cllr Ash"), initials ("PT", "SM & KN"), a
// first name, or a word for people or a body ("Officers", "the Working
// Group"). A capitalised noun of any other kind ("Items", "Details",
// "Next Steps") names the things a heading lists, not a doer; so the
// two title-case words that personWho would read as a name are not
// enough here.
func doerNamed(who string) bool {
	return namedDoer.MatchString(who) || agentWords.MatchString(who)
}

var namedDoer = lazyre.New(`^(?:(?:[Tt]he\s+)?` + onePost + `|(?:Cllrs?|Councill?ors?)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|` + initialsPat + `|` + givenNamePat + `)$`)

// actionsNeeded is a label naming the lines under it as actions still to
// be taken: "Action required:", "Further actions needed:".
var actionsNeeded = lazyre.New(`(?i)^(?:further\s+|next\s+)?actions?\s+(?:required|needed|to\s+be\s+taken)\s*(?::-|[:\-–—])$`)

// actionsLead names the points after it as the body's actions: "Our
// action headlines:", "Key actions:", "The following commitments:".
// willTo is a promise whose points say what it is for: "We will work
// within the Council, NHS and with others to:". prioritiesTo names the
// points as what the body sets out to do: "Our priorities are to:", "The
// Board's aims for 2024 are to:".
var (
	willTo      = lazyre.New(`(?i)^(?:we|the\s+(?:council|board|partnership|authority)|(?:this|the|our)\s+(?:[\w-]+\s+){0,2}?(?:strategy|plan|policy|programme|partnership))\s+will\s+[^:.;]{0,160}?\bto(?:\s+(?:deliver|achieve|do))?\s*(?::-|[:\-–—])$`)
	actionsLead = lazyre.New(`(?i)^(?:our|key|priority|summary of(?: our)?|the following)\s+(?:[\w-]+\s+){0,2}?(?:actions?(?:\s+(?:headlines|points|areas))?|commitments)(?:\s+(?:are|will be|include))?\s*(?::-|[:\-–—])$`)
	// planHolds is a plan said to hold what the points name ("The first
	// plan will have projects to deliver:"); planHoldsOnly says when the
	// whole sentence is that.
	planHolds = lazyre.New(`(?i)^(?:this|the|our)\s+(?:[\w-]+\s+){0,2}?(?:strategy|plan|policy|programme)\s+will\s+(have|hold|contain)\b`)
	// havePerfect is "have" as an auxiliary: a past participle after it
	// ("will have enabled", "will have been").
	havePerfect = lazyre.New(`(?i)^\s+(?:been|done|made|given|taken|seen|shown|brought|built|grown|won|begun|kept|led|met|sent|spent|run|driven|written|chosen|proven|risen|fallen|\w{3,}ed)\b`)
	// agentWill is a later clause whose subject will act ("…, and we
	// will work with partners to deliver:").
	agentWill    = lazyre.New(`(?i)\b(?:we|they|you|partners|the\s+(?:council|board|partnership|authority|partners))\s+will\b`)
	prioritiesTo = lazyre.New(`(?i)^(?:our|its|their|the\s+[\w'’ ]{1,40}?['’]s)\s+(?:[\w-]+\s+){0,3}(?:priorities|aims|objectives|ambitions|commitments|goals)\s+(?:for\s+[^:]{1,60}?\s+)?(?:are|will\s+be)\s+to\s*(?::-|[:\-–—])$`)
)

// planHoldsOnly is a lead-in that says only what a plan will contain
// ("The first action plan will have projects and initiatives to
// deliver:"), a state and no one's act, so its points are no promises. It
// is not that where "have" is an auxiliary ("This strategy will have
// enabled the council to:", future perfect, an act), or where a later
// clause has someone who will act ("Our plan will have three priorities,
// and we will work with partners to deliver:").
func planHoldsOnly(t string) bool {
	m := planHolds.FindStringSubmatchIndex(t)
	if m == nil {
		return false
	}
	rest := t[m[1]:]
	if strings.EqualFold(t[m[2]:m[3]], "have") && havePerfect.MatchString(rest) {
		return false
	}
	return !agentWill.MatchString(rest)
}

// danglingThat ends a lead-in whose colon a rendering lost.
// hasSuffixFold: the cheap test before danglingThat, which scans the whole
// paragraph for a pattern anchored only at its end.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// danglingResolved is a decision's lead cut from its verb: "The
// Executive RESOLVED to".
// namelyDecisions names the list after it as the decisions themselves.
var namelyDecisions = lazyre.New(`(?i)\b(?:recommendations|decisions|resolutions)\b[^:]{0,60}\b(?:namely|(?:was|were|are)\s+(?:agreed|approved|adopted|endorsed)\s+as\s+follows)\s*(?::-|[:\-–—])$`)

// weLead is a lead-in in which the authors themselves agree or promise.
var weLead = lazyre.New(`(?i)\bwe\s+(?:have\s+)?(?:also\s+)?(?:agreed|promised?|pledged?|committed|commit)\s+to\b`)

// danglingHas is a deciding body and "has", its decisions in the past
// participle on the lines below.
var danglingHas = lazyre.New(`^(?:The\s+)?` + deciders + `\s+(?:has|have)$`)

var danglingResolved = lazyre.New(`(?:^|\s)(?:RESOLVED|AGREED|DECIDED|[Ii]t\s+was\s+(?:(?:unanimously|also|further|then)\s+)?(?:agreed|resolved|decided)(?:\s+unanimously)?)\s+to$`)

// danglingCommit is an undertaking's lead-in that ends in "to" with its
// colon lost: "The Council commits to".
var danglingCommit = lazyre.New(`(?i)(?:we|(?:the\s+)?[\w&'’]+(?:\s+[\w&'’]+){0,4})\s+(?:commits?|pledges?|promises?|undertakes?|(?:is|are)\s+committed)\s+to$`)

// danglingWe is the authors' promise wanting its points: "We plan to",
// "We will".
var danglingWe = lazyre.New(`(?i)^(?:we|the council)\s+(?:also\s+)?(?:(?:plan|aim|intend|want|are going)\s+to|will)$`)

// danglingWeBy is the authors' promise of means wanting its points, its
// colon lost: "We will do this by", "We will achieve our aims through".
var danglingWeBy = lazyre.New(`(?i)^(?:we|the council)\s+(?:will|shall|(?:plan|aim|intend)\s+to)\s+[^.:;]{2,50}\s(?:by|through)$`)

var danglingThat = lazyre.New(`(?i)(?:^|\b(?:agreed|agrees|resolved|resolves|decided|decides|recommended|recommends|requested|approved|approves)\s+)that$`)

// danglingDecided is a decision in the past whose verb has no object, its
// colon lost: "That Members approved".
var danglingDecided = lazyre.New(`^(?:That|THAT)\s+(?:the\s+)?[A-Z][\w ]{1,40}?\s+(?:approved|agreed|noted|endorsed|supported|authori[sz]ed)$`)

// selfLead is a paper speaking of what it or its authors will do.
var selfLead = lazyre.New(`(?i)^(we|i|this\s+\w+)$`)

// subjectOnly is a lead-in that is only "That the Executive Board:" or
// "Members to:" — its clauses give the verb.
var subjectOnly = lazyre.New(`^(?:(?i:that)\s+(?:the\s+)?[A-Z][\w'’&,\- ]{1,60}?|[A-Z][\w'’&\- ]{1,40}?\s+(?:to|then)|(?:This|The)\s+Council|[A-Z][\w ]{1,40},\s+(?:the|The)\s+(?i:committee|sub-committee|cabinet|council|board|panel|executive))\s*(?::-|[:\-–—])$`)

// frontedBody is a body named alone as the subject its points' verbs
// complete, after a phrase set before it with no verb of its own: "Having
// heard the officer's report, the views of members and the public, the
// Committee:" over "• Agreed …", "• Noted …". (The phrase may hold commas
// of its own: the subject is what follows the last.)
func frontedBody(t string) bool {
	k := strings.LastIndex(t, ", ")
	if k < 0 {
		return false
	}
	subject := t[k+2:]
	if subject == "" {
		return false
	}
	subject = strings.ToUpper(subject[:1]) + subject[1:]
	head := strings.Fields(t[:k])
	return bodyLine.MatchString(subject) && len(head) >= 2 && len(head) <= 25 && frontedWord.MatchString(head[0]) &&
		!finiteVerb.MatchString(t[:k]) && !modalWord.MatchString(t[:k])
}

// roleLead is an office holder named alone over the decisions they took,
// as an officer's record of decision reads: "The Chief Officer (Highways
// and Transportation):" over "i) noted the content of this report;". (A
// body or a member's office named so may head what it is for: "The Parks
// Board:" over "set the parks policy", "The Executive:" over what it is.)
var roleLead = lazyre.New(`^(?:The\s+)?(?:[A-Z][\w'’&-]*\s+){0,5}(?i:officer|director|head|manager)(?:\s+(?:of|for)\s+[A-Z][\w'’&,\- ]{1,50}?)?(?:\s*\([^)]{1,60}\))?\s*(?::-|:)$`)

// announcesDecisions is a lead-in whose points are a meeting's
// decisions or outcomes, named as such.
var announcesDecisions = lazyre.New(`(?i)^(?:the\s+)?(?:following\s+)?(?:decisions?|outcomes?|resolutions?)\b[^:]{0,160}\b(?:as follows|made|taken|agreed|approved|include[sd]?)\s*(?::-|[:\-–—])$`)

// makesRecommendations is a lead-in whose points are the recommendations
// a body makes or sends on, named as such ("The Panel's recommendations
// are that:").
var makesRecommendations = lazyre.New(`(?i)(?:\b(?:makes?|made|submits?|submitted|puts?\s+forward|has|have|had)\s+the\s+following\s+(?:[\w-]+\s+){0,2}recommendations?\b|^(?:the\s+)?following\s+(?:[\w-]+\s+){0,2}recommendations?\s+(?:are|were|is|was)\s+(?:made|submitted|put\s+forward)\b)[^:]{0,80}(?::-|[:\-–—])$|^the\s+[\w'’ ]{1,40}?['’]s?\s+recommendations?\s+(?:are|were|is|was)(?:\s+that|\s+as\s+follows)?\s*(?::-|[:\-–—])$`)

// namesItsPoints is a lead-in whose subject is its points: "The
// following decisions have been approved", "… are as follows".
var namesItsPoints = lazyre.New(`(?i)^the\s+following\s+[\w-]+(?:\s+[\w-]+)?\s+(?:have|has|were|was|are|is)\b|\b(?:are|were)\s+as\s+follows$`)

// carried is what of a lead-in each clause carries: the lead-in without
// "That", its closing colon, and a preamble before its last comma ("As
// Cabinet Member for …, I agree to"), kept to a dozen words.
func carried(lead string) string {
	s := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(lead), ":-–— "))
	// "resolved with 6 votes for, 2 abstentions and the Chair not voting":
	// how it was carried is no part of what each clause decides.
	s = voteCount.ReplaceAllString(s, "")
	if namesItsPoints.MatchString(s) {
		// "The following decisions were approved:", "The outcomes … are
		// as follows:": each point is a decision whole.
		return ""
	}
	if movedOnly.MatchString(s) {
		// "Cllr A proposed and Cllr B seconded and it was Resolved": who
		// moved and seconded, then the label, and nothing each point
		// carries.
		return ""
	}
	// "Cllr A MOVED, Cllr B SECONDED and it was RESOLVED to": who moved
	// and seconded is how the decision came about, not part of it.
	s = movedSeconded.ReplaceAllString(s, "")
	if t := strings.TrimSpace(resolvedLabel.ReplaceAllString(s, "")); subjectThat.MatchString(t) {
		// "RESOLVED: That the Committee:-" keeps its "That": each clause
		// reads as the paper's "That the Committee notes …".
		s = t
	} else {
		s = strings.TrimLeft(thatPrefix.ReplaceAllString(s, ""), ", ")
	}
	if purposeWe.MatchString(s) {
		// "To do this we will:", "In order to achieve these, we will:":
		// the authors' bare promise, after what its points serve, carries
		// nothing to each point, as "We will:" carries nothing.
		return ""
	}
	// "Having considered the report, the Cabinet agreed that": the clause
	// carries who decides, not how the meeting came to it.
	if k := strings.LastIndex(s, ", "); k > 0 && frontedBody(s+":") {
		// "Having heard the report, the views of members, the Board:":
		// the body alone, however many commas its preamble holds.
		s = s[k+2:]
	} else if m := preamble.FindStringIndex(s); m != nil && len(strings.Fields(s[m[1]:])) >= 2 {
		s = s[m[1]:]
	} else if m := purposeFront.FindStringIndex(s); m != nil && len(strings.Fields(s[m[1]:])) >= 2 {
		// "To achieve this, the Council will:": what the points serve
		// is no part of each.
		s = s[m[1]:]
	}
	// "That the Deputy Chief Executive, in consultation with the Cabinet
	// Member, be given delegated authority to:": whom the decider will
	// consult is no part of who decides.
	// (Its closing comma may be lost before the "to" of the powers given.)
	s = consultAside.ReplaceAllString(s, "$1")
	if k := strings.LastIndex(s, ", "); k > 0 && whoDecided.MatchString(s[k+2:]) {
		// "… and a presentation by the Cabinet Member for Housing, the
		// Mayor agreed that": a preamble cut off its start still ends
		// where who decides begins.
		s = s[k+2:]
	}
	if n := len(strings.Fields(s)); n > 12 {
		if k := strings.LastIndex(s, ", "); k > 0 {
			s = strings.TrimSpace(s[k+2:])
		}
	}
	if len(strings.Fields(s)) > 12 {
		return ""
	}
	return s
}

// editVerb opens a point that changes a document: "a) Remove the aim on
// …", "b) Move the target to …". Such points complete a clause's "to:"
// ("Ask the Parks Committee to:") as deciding verbs do.
var editVerb = lazyre.New(`(?i)^(?:remove|move|add|delete|insert|include|exclude|change|amend|replace|rename|update|reword)$`)

// promiseOwner is who a promise's lead-in names as doing its points: the
// post or body before "will" ("The head of audit will:", "In its third
// year the safety partnership will:", the time no part of it: see
// frontedSubject), or the body a preamble says the authors speak as ("As
// a Board, we undertake that we will:": "we" are the Board). "We will:"
// alone names no one, nor does the authors' own council ("The Council
// will:", "As a council we will:") or their "our …" ("Over the next year
// our partnership will:"), nor a thing ("This strategy will:").
func promiseOwner(lead string) string {
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(lead), ":-–— "))
	if k := strings.LastIndex(t, ". "); k >= 0 {
		t = t[k+2:]
	}
	who := ""
	if m := asBodyWe.FindStringSubmatch(t); m != nil {
		who = strings.TrimSpace(m[2])
		if strings.EqualFold(m[1], "the") {
			who = "the " + who
		}
	} else if m := promiseEnd.FindStringIndex(t); m != nil {
		if who = wholeSubject(t, m[0]); who == "" {
			who = t[:m[0]]
		}
	}
	if who == "" || agent(who) == "" || !nameLike(who) || selfSubject.MatchString(who) || selfSubject.MatchString("the "+who) || timeWord[strings.ToLower(firstWord(who))] {
		return ""
	}
	return who
}

// theJoiner joins the words of a post's or body's name, before a "the"
// of its own: "the head of the finance team", "the Clerk to the Board",
// "the Officer in the Parks Team".
var theJoiner = map[string]bool{"of": true, "for": true, "and": true, "&": true, "to": true, "at": true, "in": true}

// timeWord opens a phrase of time or place set before a subject ("Over
// the next year our partnership"), which a name never opens with.
var timeWord = map[string]bool{"in": true, "over": true, "during": true, "within": true, "by": true, "from": true, "for": true, "after": true,
	"before": true, "throughout": true, "across": true, "at": true, "on": true, "until": true, "this": true, "next": true, "each": true, "every": true}

// asBodyWe is a preamble naming the body the authors speak as, then
// "we": "As an Executive, we …", "As the Panel we …".
var asBodyWe = lazyre.New(`(?i)^as\s+(a|an|the)\s+([^,;:]{2,60}?),?\s+we\b`)

// promiseEnd ends a lead-in with the verb of a promise and at most two
// words after it: " will", " will also", " shall continue to".
var promiseEnd = lazyre.New(`(?i)\s(?:will|shall)(?:\s+\w+){0,2}$`)

// whoDecided is who decides and the deciding verb, whole: "the Mayor
// agreed that", "Cabinet resolved to".
var whoDecided = lazyre.New(`^(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|and|for|&|[A-Z][\w'’&-]*)){0,4}\s+(?:agreed|resolved|decided|approved|RESOLVED|AGREED)(?:\s+(?:that|to))?$`)

// consultAside is "in consultation with …" set between commas, or
// between a comma and the lead-in's closing "to".
var consultAside = lazyre.New(`(?i),\s*in\s+consultation\s+with\s+[^,]{1,160}?(?:,|(\s+to)$)`)

// preamble is a lead-in's opening phrase up to its comma: "Having
// considered …,", "Following discussion,", "For the reasons set out …,".
// voteCount is the tally a lead-in gives: "with 6 votes for, 2
// abstentions and the Chair not voting", "(unanimously)".
var voteCount = lazyre.New(`(?i)\s+(?:with|by)\s+(?:\d+|[a-z]+)\s+votes?\b.*$|\s*\((?:unanimously|nem\.? con\.?)\)`)

var movedOnly = lazyre.New(`(?i)^.{0,200}?\b(?:moved|proposed)\b.{0,200}?\bseconded\b.{0,60}?\b(?:resolved|agreed)$`)

var movedSeconded = lazyre.New(`(?i)^.{0,80}?\bmoved\b.{0,80}?\bseconded\b(?:\s+by\s+[^,]{0,60})?,?\s*(?:and\s+)?`)

// purposeFront is what a lead-in's points serve, fronted before its
// subject and a comma: "To achieve this,", "In order to do these things,".
// (Its "To" may be gone already: thatPrefix takes it.)
var purposeFront = lazyre.New(`(?i)^(?:(?:to|in\s+order\s+to)\s+)?[\p{L}-]+\s+(?:this|these|that|those|them|it)\b[^,:.]{0,40},\s*`)

// purposeWe is a purpose fronted before the authors' bare promise: "(To)
// do this we will", "In order to achieve these aims, we will".
var purposeWe = lazyre.New(`(?i)^(?:(?:to|in\s+order\s+to)\s+)?[\p{L}-]+\s+(?:this|these|that|those|them|it)\b[^,:.]{0,40}?,?\s*we\s+(?:will|shall)$`)

var preamble = lazyre.New(`(?i)^(?:having|following|after|for|in|on|upon|subject to|further to|noting|as|with|at)\b[^,]{0,120},\s*`)

// subjectThat is a lead-in that is only "That" and who decides: "That
// the Committee", "That Cabinet".
var subjectThat = lazyre.New(`^That\s+(?:the\s+)?[A-Z][\w'’&\-]*(?:\s+(?:of|and|for|&)?\s*[A-Z][\w'’&\-]*){0,4}$`)

// resolvedLabel is a lead-in's label before its "That": "RESOLVED:", "It was
// resolved", "AGREED UNANIMOUSLY BY THE CABINET MEMBERS PRESENT:" (who
// agreed is part of the label when a colon ends it).
var resolvedLabel = lazyre.New(`(?i)^` + resolvedLabelPat)

const resolvedLabelPat = `(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|decided)\b(?:\s+unanimously\b)?(?:\s+by\s+(?:all|the\s+[a-z ]{1,40}?)(?:\s+present)?\s*(?::|$))?\s*(?::-|[:\-–—])?\s*`

// thatPrefix is a lead-in's opening that no clause carries: "That", "It was
// resolved that", "RESOLVED –", "RESOLVED that", "Agreed to".
var thatPrefix = lazyre.New(`(?i)^(?:` + resolvedLabelPat + `)?(?:that\b|to\b)?\s*`)

// announcing is a lead-in that only announces a list of whole statements
// ("… to consider the following:"), which carry none of it.
var announcing = lazyre.New(`(?i)\b(the following|as follows|below)$`)

// block is an open list of clauses.
type block struct {
	opener
	// owner is who the lead-in names as doing its points (promiseOwner);
	// due the deadline it sets them (leadDue).
	owner, due string
	// leadRef is the lead-in's own marker ("1) CONFIRMED … committed
	// to:"): a point numbered alike ("2) …") is its sibling, not a clause.
	leadRef string
	// leadText is the lead-in paragraph's words ("It was RESOLVED
	// that:").
	leadText string
	// clauses are the items added so far, as indexes into the finder's
	// output; indent is the first clause's, which its siblings share.
	clauses []int
	indent  float64
	marked  bool // the clauses have markers or bullets
	// glyph is the first clause's bullet ("·"); subGlyph another bullet
	// ("o") set under a clause that ends in a colon, while its points
	// are being read.
	glyph, subGlyph string
	single          bool // a label with one decision said as a sentence
	id              int  // numbers the blocks of a paper, from 1
	letters         int  // bare capital letters read as clause markers so far
	// firstRef is the first clause's marker, whose numbering its
	// siblings share; sub is the numbering of a list inside the last
	// clause, while one is being read.
	firstRef string
	sub      string
	// subLead and subRef are the clause whose points, each a power
	// given in the infinitive, are decisions of their own.
	subLead, subRef string
	// subWhole is set while the points numbered under a clause that only
	// says what they concern ("2. That, in respect of the responses at
	// Appendix 2:") are read: each is a decision, whole.
	subWhole bool
	// subSplit is set while the points numbered under a section-numbered
	// clause that wants its object ("2.3 … the adoption of:") are read:
	// each completes the clause (subLead), a decision of its own.
	subSplit bool
	// subEach is set while the points numbered under a clause that only
	// names its decision's verb over them ("(a) To note the following:")
	// are read: each is a decision whole, as under a lead-in alike.
	subEach bool
	// wholeOpen is set once a whole decision's item stands, before any
	// of its list has been read.
	wholeOpen bool
	// lastInfinitive: the last clause was a decision in the infinitive
	// ("To agree …"), which the next ("To delegate …") may follow as
	// one of a list with no markers.
	lastInfinitive bool
	// infinitives is set once a clause was a decision in the infinitive:
	// the list's later "To …" sentences are decisions whatever their verb.
	infinitives bool
	// onward is the marker of a clause that recommends on and leads the
	// points under it ("(b) recommends to Council that –"), while they
	// are read.
	onward string
	// topic is the number of a topic's heading among a label's decisions
	// ("4.2 Parking:"), whose points are numbered under it ("4.2.1").
	topic string
}

// bareRoman is a small roman numeral and a space before a capitalised word.
var bareRoman = lazyre.New(`^([ivx]{1,4})\s+[A-Z]`)

// markerStyleOf is markerStyle for this package's clause blocks.
var markerStyleOf = func(ref string) string { return "" }

// bareLetter is a capital letter and a space before a capitalised word.
var bareLetter = lazyre.New(`^([A-H])\s+[A-Z]`)

// decides: a sentence that records a decision by its verb ("The Cabinet
// agreed the recommendations set out in the report").
var decides = lazyre.New(`(?i)\b(agreed|approved|resolved|decided|endorsed|adopted|noted|accepted|rejected|deferred|refused|granted|authori[sz]ed|delegated|supported|confirmed|ratified|determined|agrees|approves|notes|endorses|resolves|decides)\b`)

// clauseStart tells whether p starts a clause of b, and gives its ref and
// text: a list marker or bullet, a capital letter point, "That …", or —
// where the lead-in wants a verb — a verb in capitals ("APPROVE the …").
func (b *block) clauseStart(p paragraph) (ref, text string, ok bool) {
	switch {
	case p.marker != "" && !isSectionNumber(p.marker):
		return p.marker, p.body, true
	case p.marker != "" && (b.lead != "" && completes(p.body) || b.kind == action.KindResolution && decidedVerb.MatchString(firstWord(p.body)) || sameSection(b.firstRef, p.marker) ||
		b.subNumbered && b.leadRef != "" && strings.HasPrefix(p.marker, b.leadRef+".") || b.topic != "" && strings.HasPrefix(p.marker, b.topic+".") ||
		b.kind == action.KindResolution && b.lead == "" && subjectDecided.MatchString(p.body) ||
		b.kind == action.KindResolution && b.lead == "" && thatDecides("That "+p.body)):
		// "The Board is recommended to: 2.1 approve …; 2.2 agree …": a
		// report numbers its clauses as paragraphs of the section, as a
		// decision may ("Decision: 1.1 Agreed that …").
		return p.marker, p.body, true
	case bulletPat.MatchString(p.text):
		return "", strings.TrimSpace(dropBullet(p.text)), true
	}
	if m := letterPoint.FindStringSubmatch(p.text); m != nil && p.marker == "" && (m[1] == "a" && len(b.clauses) == 0 || markerStyle(b.firstRef) == "letter" && b.firstRef != "") {
		// "a. Approval of the Strategy including:" under "Agreed to
		// recommend to Council the following:": "a." numbers the clause
		// where a list begins with it or is lettered already.
		return "(" + m[1] + ")", strings.TrimSpace(p.text[2:]), true
	}
	if m := upperMarker.FindString(p.text); m != "" && len(p.text) > len(m) {
		return normMarker(strings.ToLower(m)), strings.TrimSpace(p.text[len(m):]), true
	}
	// "A In the light of …, Cabinet endorsed …": a bare capital letter,
	// next in the list's run (A, then B …), numbers a clause.
	if m := bareRoman.FindStringSubmatch(p.text); m != nil && b.firstRef != "" && markerStyleOf(b.firstRef) == "roman" {
		return "(" + m[1] + ")", strings.TrimSpace(p.text[len(m[1]):]), true // "ii Ask the Council …"
	}
	if m := bareLetter.FindStringSubmatch(p.text); m != nil && m[1][0] == byte('A'+b.letters) {
		return "(" + strings.ToLower(m[1]) + ")", strings.TrimSpace(p.text[len(m[1]):]), true
	}
	if b.marked {
		return "", "", false
	}
	first := firstWord(p.body)
	switch {
	case strings.EqualFold(first, "that"):
		return p.marker, p.body, true
	case len(first) >= 3 && first == strings.ToUpper(first) && isLetters(first) && (knownVerb(first) || decidedVerb.MatchString(first) || len(first) >= 5 || capsVerbObject(p.body)):
		// "APPROVE the proposal …", "REFUSE planning permission …"; a
		// short acronym no verb list knows ("LTP outcomes agreed at the
		// board.") is the sentence's subject, no verb.
		return p.marker, p.body, true
	case b.lead != "" && baseVerb.MatchString(first) && len(b.clauses) > 0:
		return p.marker, p.body, true
	case b.plainLines && p.marker == "" && !p.heading && startsUpper(first) && endsSentence(p.body) && len(strings.Fields(p.body)) <= 20 && (b.kind != action.KindResolution || verbOpens(p.body)):
		// (Under "RESOLVED to:" a point opens with its verb: "Members
		// thanked the volunteers." after the points is the story again.)
		return "", p.body, true // "Action required:" over "Write to the owner."
	case b.plainLines && b.kind == action.KindResolution && p.marker == "" && !p.heading && startsUpper(first) && verbThenObject(p.body) && verbOpens(p.body):
		// "RESOLVED to:" over "Agree the terms of reference" with no
		// stop: the "to" wants a verb, and a line that opens with one
		// and goes on to its object is a point.
		return "", p.body, true
	case b.lead != "" && hasSuffixFold(b.lead, " to") && !p.heading && startsUpper(first) && knownVerb(first) && (endsSentence(p.body) || len(b.clauses) > 0 && verbThenObject(p.body)):
		// "The Panel agreed to:" over "Widen the survey to tenants.",
		// "Publish the results.": a lead-in whose "to" wants a verb, and
		// lines each a sentence opening with one, their bullets lost.
		// Once one such line is a clause, the list's lines need no stop
		// ("Appoint a chair and decide the number of members").
		return p.marker, p.body, true
	case b.lead != "" && hasSuffixFold(b.lead, " to") && !p.heading && startsUpper(first) && (endsSentence(p.body) || len(b.clauses) > 0) && verbThenObject(p.body) && verbOpens(p.body):
		// "… resolves to:" over "Pick the venue for the fair.": the "to"
		// wants a verb, and a first word its object follows is one,
		// whether a verb list knows it or not.
		return p.marker, p.body, true
	case b.kind == action.KindRecommendation && b.lead == "" && (baseVerb.MatchString(first) && startsUpper(first) || infinitiveDecision(p.body)):
		// "Recommendations" over "Approve the plan." and "Note the
		// risks.", or "To note the report.": a report's recommendations
		// in the imperative or the infinitive, their bullets lost.
		return p.marker, p.body, true
	case b.lead != "" && first != "" && first == strings.ToLower(first) && decidedVerb.MatchString(strings.ToUpper(first[:1])+first[1:]):
		return p.marker, p.body, true // "that Cabinet:" then "approved the plan", "noted the report"
	case b.kind == action.KindResolution && len(b.clauses) == 0 && (infinitiveDecision(p.body) || infinitiveDecision(afterFronted(p.body))):
		return p.marker, p.body, true // "RESOLVED:" then "To note the report."
	case b.kind == action.KindResolution && b.lead == "" && b.lastInfinitive && infinitiveDecision(p.body):
		return p.marker, p.body, true // then "To delegate authority to …", a decision of its own
	case b.kind == action.KindResolution && b.lead == "" && b.infinitives && toInfinitive.MatchString(p.body) && endsSentence(p.body):
		return p.marker, p.body, true // "To adopt the policy." … then "To complete a review of …."
	}
	return "", "", false
}

// verbThenObject: a line that opens with its verb and goes on in lower
// case to the verb's object ("Appoint a chair …", "Seek nominations from
// each group and …"), not a label ("Note:"), a title in capitals ("Select
// Committee"), nor the next agenda heading opening with a word that may be
// a verb: one a preposition follows ("Update on the allocations policy")
// or a short title with no stop and no determiner opening an object
// ("Draft budget for the revenue account").
func verbThenObject(s string) bool {
	w := strings.Fields(s)
	if len(w) < 3 || len(w) > 60 || strings.ContainsAny(w[0], ":;,.") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[1])
	next := strings.ToLower(w[1])
	if countedObject(w[1:]) {
		// "Appoint 3 members to the panel": a number opens the object
		// as a determiner does, its noun after it in lower case.
		return true
	}
	if !unicode.IsLower(r) || afterVerbPreposition[next] {
		return false
	}
	return len(w) > 8 || endsSentence(s) || objectOpener[next]
}

// countedObject: ws opens with a number in figures and then a word in
// lower case, an object counted ("3 members", "12 trees"), not a date or
// a reference ("3 May", "4.2 The …").
func countedObject(ws []string) bool {
	if len(ws) < 2 || strings.Trim(ws[0], "0123456789") != "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[1])
	return unicode.IsLower(r) && !afterVerbPreposition[strings.ToLower(ws[1])]
}

// verbOpens: the first word of a line verbThenObject accepts is its verb,
// not a word that opens a sentence of its own — a determiner or pronoun
// ("This report sets out …"), a preposition or conjunction ("After the
// meeting the …"), a participle or adverb ("Following the review …",
// "Finally the …") — nor a subject a finite verb follows ("Members
// agreed the …", "Officers will write …").
func verbOpens(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 {
		return false
	}
	first, next := strings.ToLower(w[0]), strings.ToLower(strings.Trim(w[1], ",;:"))
	if objectOpener[first] || notVerbOpener[first] || strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ly") || strings.HasSuffix(w[0], ",") {
		return false
	}
	return !finiteAfter[next] && !strings.HasSuffix(next, "ed")
}

// notVerbOpener opens a sentence with a word no verb can be: a pronoun,
// a preposition or a conjunction.
var notVerbOpener = map[string]bool{"it": true, "we": true, "they": true, "he": true, "she": true, "i": true, "you": true, "there": true, "here": true, "some": true, "most": true, "many": true, "no": true, "in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "after": true, "before": true, "during": true, "since": true, "until": true, "once": true, "if": true, "when": true, "where": true, "while": true, "although": true, "as": true, "because": true, "under": true, "over": true, "through": true, "within": true, "without": true, "between": true, "from": true, "of": true, "to": true, "and": true, "but": true, "or": true, "so": true, "also": true, "however": true, "given": true, "subject": true, "other": true, "such": true, "his": true, "her": true, "my": true, "your": true}

// finiteAfter is a finite verb or modal after a line's first word, which
// makes that word the subject.
var finiteAfter = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "will": true, "would": true, "shall": true, "should": true, "may": true, "might": true, "can": true, "could": true, "must": true, "said": true, "did": true, "does": true, "do": true, "felt": true, "made": true, "took": true, "gave": true, "met": true, "told": true, "thought": true, "went": true, "saw": true, "heard": true}

// capsVerbObject: a short word in capitals that no verb list knows is a
// verb where a determiner opens its object ("SELL the land …", "PAY the
// grant …"); followed by a noun or another word in capitals ("LTP
// outcomes agreed …", "PTP BOARD") it is an acronym, the subject.
func capsVerbObject(s string) bool {
	w := strings.Fields(s)
	return len(w) >= 3 && objectOpener[w[1]]
}

// afterVerbPreposition follows a word set as a noun in a title ("Update
// on …", "Review of …"), not a verb that takes an object.
var afterVerbPreposition = map[string]bool{"on": true, "of": true, "for": true, "from": true, "about": true, "at": true, "in": true, "into": true, "by": true, "with": true, "to": true}

// objectOpener opens an object: a determiner, a possessive or a number.
var objectOpener = map[string]bool{"a": true, "an": true, "the": true, "this": true, "these": true, "that": true, "those": true, "its": true, "their": true, "our": true, "all": true, "any": true, "each": true, "every": true, "both": true, "two": true, "three": true, "further": true, "how": true, "whether": true, "what": true}

// infinitiveDecision: a decision worded as an infinitive, "To note the
// report.", "To recommend to Full Council the adoption of …".
// "To receive any deputations": an agenda's open business, which
// decides nothing whatever comes of it, is not one.
func infinitiveDecision(s string) bool {
	w := strings.Fields(s)
	return len(w) >= 3 && strings.EqualFold(w[0], "to") && (baseVerb.MatchString(w[1]) || decisionVerb.MatchString(w[1])) && !strings.EqualFold(w[2], "any")
}

// completes: text that carries on a lead-in's sentence — a lower-case
// start, a verb in its base form, or one after "To" ("The Executive is
// recommended:" over "1.1 To approve …").
func completes(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || baseVerb.MatchString(firstWord(s)) || infinitiveDecision(s)
}

// baseVerb: the verbs clauses start with once a list of them has begun.
var baseVerb = lazyre.New(`(?i)^(note|notes|agree|agrees|approve|approves|endorse|endorses|delegate|delegates|authorise|authorises|authorize|request|requests|ask|asks|support|supports|adopt|adopts|accept|accepts|reject|rejects|confirm|confirms|consider|considers|receive|receives|comment|comments|recommend|recommends|refer|refers|defer|defers|establish|establishes|allocate|allocates|instruct|instructs|appoint|appoints|continue|continues|welcome|welcomes|thank|thanks|commission|commissions|publish|publishes|review|reviews|set|sets|give|gives|make|makes|provide|provides|undertake|undertakes|implement|implements|launch|launches|proceed|proceeds|grant|grants|invite|invites)$`)

// isSectionNumber: "1.1", "12" as a report numbers its paragraphs — not a
// clause of a list.
// subjectDecided is a body's decision told in the past, its verb right
// after it: "Cabinet noted the contents of the report".
var subjectDecided = lazyre.New(`^(?:The\s+)?` + deciders + `\s+(?:noted|agreed|approved|endorsed|resolved|decided|adopted|accepted|authori[sz]ed|delegated|requested|recommended)\b`)

// sameSection: two paragraph numbers of one section ("1.1", "1.4"), as
// the clauses of a decision numbered like a report's paragraphs are.
func sameSection(a, b string) bool {
	i, j := strings.LastIndexByte(a, '.'), strings.LastIndexByte(b, '.')
	return i > 0 && j > 0 && a[:i] == b[:j] && a != b
}

func isSectionNumber(m string) bool {
	if strings.HasPrefix(m, "(") {
		return false
	}
	return strings.Contains(m, ".") || isMinuteNumber(m) && len(m) > 1
}

func firstWord(s string) string {
	// (strings.Fields would split the whole paragraph to read one word.)
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[:i]
	}
	return strings.Trim(s, ",.;:")
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// joinLead puts the carried lead before a clause: "Cabinet agree to" +
// "note the report" → "Cabinet agree to note the report". A clause that
// starts "That …" keeps its own words; one that starts with a verb in
// title case ("Note the report") joins the lead's sentence in lower case.
func joinLead(lead, clause string) string {
	clause = strings.TrimSpace(clause)
	if m := voteBeforeLabel.FindStringSubmatch(lead); m != nil {
		// "It was proposed by Cllr Gill, seconded by Cllr Stone and
		// RESOLVED:": each clause carries what was decided, not who moved
		// it.
		lead = m[1]
	}
	if lead == "" || clause == "" || strings.EqualFold(firstWord(clause), "that") || bodyPast.MatchString(clause) {
		return clause // (or a decision told whole: "The committee agreed to consult …")
	}
	if ws := strings.Fields(lead); strings.EqualFold(ws[len(ws)-1], "noted") && (infinitiveDecision(clause) || ownDecider.MatchString(clause)) {
		// "Cabinet considered the report and NOTED:" over "4. To approve
		// the changes." or "5. In approving them Cabinet NOTED …": a
		// point that decides in words of its own is no thing noted. (What
		// a body approved may be to delegate; what it noted is a thing.)
		return clause
	}
	if pastVerb.MatchString(firstWord(clause)) && hasSuffixFold(lead, " and") {
		// "That Cabinet noted the report, reviewed the approach and:"
		// over "i) noted the draft budget": each clause is one more of
		// what the subject did, not what it did before the list; only
		// the subject carries.
		ws := strings.Fields(strings.TrimPrefix(lead, "That "))
		k := slices.IndexFunc(ws, func(w string) bool { return pastVerb.MatchString(w) && w == strings.ToLower(w) })
		if k <= 0 {
			return clause
		}
		return strings.Join(ws[:k], " ") + " " + clause
	}
	if strings.HasPrefix(lead, "That ") && pastVerb.MatchString(firstWord(clause)) {
		lead = lead[len("That "):] // "That Cabinet" over "Approved the plan": told, not resolved in the subjunctive
	}
	if (strings.HasPrefix(clause, "To ") || strings.HasPrefix(clause, "to ")) && (infinitiveLead.MatchString(lead) || hasSuffixFold(lead, " to")) {
		// "… RECOMMENDED to" over "c) To approve the use of …", "… be
		// given delegated authority to:" over "(2) to finalise …": one "to".
		clause = strings.TrimSpace(clause[len("To "):])
	} else if strings.HasPrefix(clause, "To ") && infinitiveDecision(clause) && askedToLead.MatchString(lead) {
		// "The Executive is recommended:" over "1.1 To approve …": the
		// lead's sentence goes on in lower case.
		clause = "to " + clause[len("To "):]
	}
	if first := firstWord(clause); first != strings.ToUpper(first) && baseVerb.MatchString(first) {
		clause = strings.ToLower(clause[:1]) + clause[1:]
	} else if infinitiveLead.MatchString(lead) && gerund.MatchString(first) {
		// "Council are asked to" over "altering of the boundary …": the
		// point is a thing, not what to do; "to" cannot carry into it.
		return clause
	}
	return lead + " " + clause
}

// ownDecider is a point whose main clause has a body deciding: "Cabinet
// NOTED the comments …", "In approving them Cabinet NOTED …". The body
// must be the main clause's subject, at the point's start or after an
// opening "In/On/After …ing" phrase: a thing noted that only mentions a
// body deciding ("the savings plan which the Council approved") is still
// a thing noted.
var ownDecider = lazyre.New(`(?i)^(?:that\s+)?(?:(?:in|on|after|before|when|while|by)\s+\w+ing\b[^,;:]{0,80}?,?\s+|having\s+[^,;:]{1,80}?,?\s+)?(?:the\s+)?(?-i:(?:[A-Z][\w&'’-]*\s+){0,3})(?:cabinet|council|committee|sub-committee|board|panel|executive)\s+(?:also\s+)?(?:noted|approved|agreed|resolved|decided|endorsed|adopted)\b`)

// askedToLead is a lead-in that asks, its "to" left to the points: "The
// Executive is recommended".
var askedToLead = lazyre.New(`(?i)\b(?:is|are|be)\s+(?:recommended|asked|invited|requested)$`)

// followingDecided is a sentence that says the points after it were
// decided: "The following points were proposed and agreed:".
var followingDecided = lazyre.New(`(?i)^\s*the\s+following(?:\s+[\w-]+){0,3}\s+(?:was|were)\s+(?:\w+\s+and\s+)?(?:unanimously\s+)?(?:agreed|resolved|approved|adopted|decided)\s*:-?$`)

// voteBeforeLabel is a lead-in that tells its vote before its label.
// (A copy may set its mover apart, leaving "seconded by … and RESOLVED to:".)
var voteBeforeLabel = lazyre.New(`^(?:(?:[Ii]t\s+was\s+)?(?i:proposed|moved)\b[^:;]{0,120}?)?\b(?i:seconded)\b[^:;]{0,80}?\band\s+(?:(?i:unanimously|duly)\s+)?((?i:resolved|agreed)\b.*)$`)

// pastVerb is a clause's first word in the past tense: "Approved",
// "Noted", "Endorsed".
var pastVerb = lazyre.New(`^[A-Za-z]{3,}ed$`)

// infinitiveLead is a lead-in whose "to" wants a verb: "… asked to",
// "RESOLVED to" (where "committed to" takes "delivering …" too).
var infinitiveLead = lazyre.New(`(?i)\b(?:asked|recommended|requested|invited|resolved|agreed|decided)\s+to$`)

// gerund is a word in -ing that is no verb's base form.
var gerund = lazyre.New(`(?i)^[a-z]{3,}ing$`)

// endsClause: text that closes its clause, so the next paragraph is not its
// continuation.
func endsClause(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, "; and") ||
		strings.HasSuffix(s, "; or") || strings.HasSuffix(s, ":")
}

// A decision that hands work to someone names who acts: "DELEGATE
// authority to the Director of Finance to …", "request the Clerk to …",
// "That the Director of Public Health be asked to …".
var (
	properName = `([A-Z][\w'’&\-]*(?:\s+(?:of|for|within|and|or|&|the|/|-|–|\d{1,4}|\((?:[A-Z][\w ]{1,20}|[A-Z][\w'’&\-]*(?:,?\s+[\w'’&\-]+){1,7}|S151|s151)\)|[A-Z][\w'’&\-]*))*)`
	// roleName is properName where a role's remit may list its parts
	// ("Executive Director for Adults, Health Partnerships and Housing",
	// "Corporate Director, People Services", "Assistant Director,
	// Parks and Leisure", "Area Head of Service: Housing & Estates"), or whose
	// remit is said ("Strategic Director with responsibility
	// for Corporate Services").
	roleName = `((?:` + capWords + `\s+` + remitPost + `,\s+` + remit + `)|(?:` + remitPost + `,\s+` + capWords + `\s+(?:and|&)\s+` + capWords + `)|(?:(?:` + capWords + `\s+(?:Director|Head|Manager)(?:\s+of\s+` + capWords + `)?|Head\s+of\s+Service|Director\s+of\s+` + capWords + `):\s+` + remit + `)|(?:` + capWords + `\s+(?:for|of|–|-)\s+` + capWords + `(?:,\s+` + capWords + `)+,?\s+(?:and|&)\s+` + capWords + `(?:\s+\([A-Z]{2,8}\))?)|(?:` + capWords + `\s+with\s+(?:lead\s+|portfolio\s+)?responsibility\s+for\s+` + capWords + `(?:\s+(?:and|&)\s+` + capWords + `)?)|` + properName[1:]
	capWords = `[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*)*`
	// remitPost is a post that a remit may follow. After a comma the
	// remit is the post's with a word before the post ("Deputy Director,
	// Parks"), or with its two parts joined ("Director, Parks and
	// Leisure"); a bare "Director, Clerk" lists two posts. After a colon
	// only a post that heads a remit takes one ("Head of Service:
	// Housing", "Corporate Director: People"); "Finance Officer: Sam
	// Jones" names the holder.
	remitPost = `(?:Director|Head|Manager|Officer)(?:\s+of\s+` + capWords + `)?`
	remit     = capWords + `(?:\s+(?:and|&)\s+` + capWords + `)?(?:\s+(?:Services|Directorate|Department|Team))?`
	// allowsTo opens leave given to someone to act: "To approve the
	// Events Team to …", "permits the Clerk to …".
	allowsTo = lazyre.New(`(?i)^(?:to\s+)?(?:approve[sd]?|permit(?:s|ted)?|allow(?:s|ed)?)\b`)
	// toBePassive is a passive after whom leave would be given: "… to be
	// reconvened", in which they are acted on, where "… to book" acts.
	toBePassive = lazyre.New(`^\s+to\s+be\b`)
	handsOver   = lazyre.New(`(?i)^(?:to\s+)?(delegates?|delegated|authori[sz](?:es?|ed)|requests?|requested|asks?|asked|instructs?|instructed|invites?|invited|directs?|directed|commissions?|commissioned)\b`)
	// toWhom is a name work is handed to ("delegates to the Head of Parks"); a
	// name after "of" is a remit or a thing's ("Instruct Director of Housing",
	// "the length of the Licences"), one after "with" is consulted.
	toWhom = lazyre.New(`\bto\s+(?:the\s+)?` + properName)
	// directObj is who is asked, an aside of who they act with allowed
	// before "to": "Authorise the Director, in conjunction with the
	// Leader, to finalise …".
	directObj = lazyre.New(`^\s*(?:the\s+)?(` + properName[1:len(properName)-1] + `|officers|partners|partner\s+(?:organisations|agencies))` + `(?:,?\s+(?:in conjunction|in consultation|following consultation|after consult|jointly)[^;]{0,120}?,?)?\s+to\b`)
	beAsked   = lazyre.New(`(?:^|\bthat\s+|\bthe\s+)((?:(?:convener|convenor|chair|clerk|head|leader|director|manager|secretary|officer|members?)\s+of\s+(?:the\s+)?)?(?:` + roleName[1:] + `)(?:,\s*(?:in|following|after)\s+(?:consultation|liaison|discussion)\s+with[^,]{3,80},|\s*\((?:in|following|after)\s+(?:consultation|liaison|discussion)\s+with[^)]{3,80}\)|,?\s+(?:in|following|after)\s+(?:consultation|liaison|discussion)\s+with\s+[^,;]{3,80}?|,)?\s+(?:be|is|are)\s+(?:asked|requested|instructed|authori[sz]ed|delegated|invited|directed|designated|nominated|granted|given\s+(?:delegated\s+)?(?:authority|powers?))\b`)
	// shouldDo: a recommendation of what a named body or people should do.
	shouldDo = lazyre.New(`^(?:[Tt]he\s+)?(` + properName[1:len(properName)-1] + `(?:\s+(?:partners|officers|colleagues|leads|teams?))?)\s+should\s+(?:\w+ly\s+)?[a-z]+`)
	// lowerSubjectSet is a clause's subject in lower case set to work: with
	// "to" and a verb, or asked in the passive. The subject is a post or
	// a group by its head word ("the parks manager to liaise …", "the
	// parks manager was tasked with …"), a relative clause after it
	// allowed ("officers who form the tree group be requested to …").
	lowerSubjectSet = lazyre.New(`(?:^|\b[Tt]hat\s+)([Tt]he\s+)?(\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,3}?)((?:\s+who\s+\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,7}?)?)\s+((?:be|is|are|was|were)\s+(?:asked|requested|instructed|tasked|directed)\s+(?:to|with)|to)\s+(?:then\s+|now\s+|also\s+)?(\p{Ll}+)\b`)
	// officersAsked: officers, named in lower case, told to act.
	officersAsked = lazyre.New(`\b([Oo]fficers)\s+(?:be|are)\s+(?:asked|requested|instructed|authori[sz]ed|directed)\s+to\b`)
	// doneBy: "… be undertaken by the Parks Team".
	// "… be submitted by the relevant Directorate(s)" names who does it,
	// and so does "with any changes being agreed by the Head of Parks".
	// A participle joined before it shares the agent ("be set up and
	// led by the Portfolio Holder"), and the agent may be posts named in
	// lower case ("conducted by the scrutiny chairs").
	doneBy = lazyre.New(`\b(?:be|is|are|being)\s+(?:\w+ly\s+)?(?:\p{Ll}+(?:\s+(?:up|out))?\s+and\s+)?(?:undertaken|carried out|conducted|done|led|delivered|managed|monitored|taken forward|prepared|produced|arranged|circulated|reported|submitted|presented|brought|provided|completed|agreed|approved|signed off|determined|developed|maintained|reviewed|implemented|updated)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?((?:relevant\s+|appropriate\s+)?(?:` + roleName[1:] + `|\p{Ll}+\s+(?:chairs|chairmen|leads|officers|managers|directors|clerks)\b)`)
	// leadsIt: "that the Tobacco Control Alliance leads the delivery".
	leadsIt = lazyre.New(`\bthat\s+(?:the\s+)?` + properName + `\s+(?:leads|will lead|should lead|takes the lead|delivers|will deliver|is responsible|be responsible)\b`)
	// delegatedTo: "That authority be delegated to the Director of …".
	// "delegate responsibility for decisions on grants to the S151 Officer".
	// "Grant delegation of approval to the Executive Cllr for …".
	delegatedTo = lazyre.New(`\b(?:[Dd]elegated?|DELEGATED?|[Dd]elegates|DELEGATES|delegating|(?:[Gg]rants?|[Gg]ives?)\s+delegation|delegation\s+of\s+(?:approval|authority|powers?|responsibility))\s+(?:(?:delegated\s+)?authority\s+|(?:authority|responsibility|powers?)\s+(?:for|over|on)\s+[^,;.:]{1,80}?\s+)?to\s+(?:the\s+)?` + postQualifier + roleName +
		`|(?i:authority)\s+(?:be|is|was)\s+(?:given|granted|delegated|provided)\s+to\s+(?:the\s+)?` + postQualifier + roleName +
		// "That delegation be given to officers to …": the staff named
		// as a body, in small letters.
		`|(?i:delegation|authority)\s+(?:be|is|was)\s+(?:given|granted|delegated)\s+to\s+(?:the\s+)?(officers|staff)\b` +
		`|\bdelegated\s+(?:powers?|authority)\s+(?:for|to)\s+(?:the\s+)?` + roleName +
		`|(?i:authority)\s+(?:be|is|was)\s+delegated\s+to\s+[a-z][^.;]{0,200}?\bto\s+the\s+` + roleName +
		`|\b(?i:gave|give|gives|given|grants?|granted)\s+(?:delegated\s+)?(?i:authority)\s+to\s+(?:the\s+)?` + postQualifier + roleName +
		// "the delegation of approval for small changes to the Chief
		// Executive": what is delegated, then to whom.
		`|\bdelegation\s+of\s+(?:approval|authority|powers?|responsibility)\s+(?:for|over|on)\s+[^,;.:]{1,80}?\s+to\s+(?:the\s+)?` + postQualifier + roleName)
)

// delegationWithheld: the delegation delegatedTo matched (at m) gives no
// one anything: it is denied ("no delegation be given to …"), the
// clause's own verb refuses it ("the request that delegation be given
// to officers be refused"), or the staff word only owns what is named
// ("the officers' working group").
func delegationWithheld(clause string, m []int) bool {
	if strings.HasPrefix(clause[m[1]:], "'") || strings.HasPrefix(clause[m[1]:], "’") {
		return true
	}
	// A refusal inside a relative clause of the task handed over ("… to
	// look again at the bids that were refused") refuses nothing; any
	// other refusal is the request's own verb, even after the task ("the
	// plea that delegation be given to officers to fix the prices be
	// rejected").
	rest := refusedRelative.ReplaceAllString(clause[m[1]:], "")
	return noDelegation.MatchString(clause[:m[1]]) ||
		refusedClause.MatchString(clause[:m[1]]) || refusedClause.MatchString(rest)
}

var (
	noDelegation    = lazyre.New(`(?i)\bno\s+(?:delegat\w*|authority)\b`)
	refusedClause   = lazyre.New(`(?i)\b(?:be|is|was|were|are)\s+(?:\w+ly\s+)?(?:refused|rejected|declined|turned\s+down)\b`)
	refusedRelative = lazyre.New(`(?i)\b(?:that|which|who|whose\s+[a-z]+)\s+(?:is|was|were|are|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:refused|rejected|declined|turned\s+down)\b`)
)

// morePosts goes on from a post's name with more of them listed: ",
// Leader and Mayor", " and Treasurer".
var morePosts = lazyre.New(`^(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*,?\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\b`)

// postQualifier: which holder of a post, in lower case before its name
// ("the relevant Cabinet Member"); the post is the owner.
const postQualifier = `(?:(?:relevant|appropriate|responsible)\s+)?`

// objectOfTo ends the words before a post that is written or sent to
// (where authority delegated "to the Head of Legal to agree" gives it).
var objectOfTo = lazyre.New(`(?i)\b(?:write|writes|wrote|written|writing|send|sends|sent|copy|copied|complain|speak|talk|letter|e-?mail|reply|respond)\s+(?:\w+\s+)?to\s*$`)

// postActs is a post named as acting within a decision: its title ends
// in (or is) a post's word, then "to", "will" or "should" and a verb
// ("resolved that the Clerk should check the register").
var postActs = lazyre.New(`\b[Tt]he\s+((?:[A-Z][\w'’&-]*\s+){0,3}(?:Head|Director|Manager|Officer|Clerk|Chief Executive|Lead)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and|&)?\s*[A-Z][\w'’&-]*){0,3})?)(?:,?\s+(?:in|following|after)\s+consultation\s+with\s+[^,.;]{3,100}?,?)?\s+(?:to|will|shall|should|is\s+to)\s+(?:then\s+|now\s+|also\s+)?[a-z]+`)

// postNamed is a clerk, a chair or a councillor named as who acts (one:
// "Councillors will …", all of them, is the body deciding).
var postNamed = lazyre.New(`^(?:[Tt]he\s+)?` + onePost + `\b`)

// thatAsked is a that-clause after a verb that asks, its subject a post
// and a verb: "that the Head of Parks review(s) …".
var thatAsked = lazyre.New(`^that\s+(?:the\s+)?` + roleName + `\s+(?:(?:should|will|to)\s+)?[a-z]+\b`)

// consulted ends the words before one consulted, not asked: "the Head of
// Parks, in consultation with" the Chair of Leisure, "be authorised …".
var consulted = lazyre.New(`(?i)\b(?:consultation|liaison|discussion|conjunction)\s+with\s+(?:the\s+)?$`)

// grantWord: what is delegated, not to whom ("Authority be delegated to
// …").
var grantWord = map[string]bool{"authority": true, "delegated authority": true, "powers": true, "responsibility": true}

// ownersOf splits who a decision hands its work to where the name joins
// several: each with its article ("the Clerk and the Treasurer"), or a
// short list of posts ("the Town Clerk, Leader and Mayor"). A post whose
// remit is a list ("Director of Housing, Planning and Regeneration") or a
// body named with "and" ("Health and Wellbeing Board") is one.
func ownersOf(who string) []string {
	if who == "" {
		return nil
	}
	if parts := eachWithArticle.Split(who, -1); len(parts) > 1 {
		out := make([]string, 0, len(parts))
		for _, p := range parts {
			if p = trimName(p); !nameLike(p) {
				return []string{who}
			}
			out = append(out, p)
		}
		return out
	}
	parts := postList.Split(who, -1)
	if len(parts) < 2 {
		return []string{who}
	}
	for _, p := range parts {
		ws := strings.Fields(p)
		// Each part a post ("the Mayor, Clerk and Treasurer") or a
		// councillor by name ("the Chair and Cllr Ames").
		if len(ws) == 0 || len(ws) > 3 || !nameLike(p) || !listedPost.MatchString(ws[len(ws)-1]) && !(len(ws) > 1 && councillorTitle.MatchString(ws[0])) {
			return []string{who}
		}
		for _, w := range ws {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return []string{who} // "Head of Parks": a post's remit
			}
		}
	}
	return parts
}

var (
	// eachWithArticle joins two names that each have their article.
	eachWithArticle = lazyre.New(`\s+(?:and|&)\s+[Tt]he\s+`)
	// councillorTitle is the title before a councillor's name.
	councillorTitle = lazyre.New(`^(?:Cllrs?|Councill?ors?)\.?$`)
	// postList separates the names of a list: ", " and the last "and".
	postList = lazyre.New(`\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+`)
	// listedPost ends the name of a post or of those who hold posts.
	listedPost = lazyre.New(`(?i)^(?:clerks?|chair(?:man|woman|person)?s?|vice-chair(?:man|woman|person)?s?|mayors?|leaders?|members?|holders?|managers?|directors?|officers?|heads?|secretar(?:y|ies)|treasurers?|councill?ors?|cllrs?|executives?)$`)
)

// delegatedOwners are the owners of the post or body text delegates to
// ("… delegated to the Head of Parks"); nil when it names none.
func delegatedOwners(text string) []string {
	if who := delegate(text); who != "" {
		return ownersOf(who)
	}
	return nil
}

// delegate finds who a decision's clause hands its work to; "" if none.
func delegate(clause string) string {
	if shouted(clause) {
		// "THAT THE TOWN CLERK WRITES TO …": a resolution printed in
		// capitals is read in ordinary case, its post named as posts are.
		return delegate(unshout(clause))
	}
	// "Subject to the survey, Cllr Rowe to order …": a condition set
	// first names no one; who acts is the subject after it.
	clause = frontedCondition.ReplaceAllString(strings.TrimSpace(clause), "")
	clause = dropHelperAside(clause)
	if m := trailingDoer.FindStringSubmatch(clause); m != nil {
		return m[1] // "… to be arranged – AS & TD", "… – AV to action"
	}
	if who := passiveNote(clause); who != "" {
		return who
	}
	// The first hand-over in a clause names who acts; one after it is a
	// further step ("(i) authority be delegated to the Director …, and
	// (ii) the Leader be authorised to act as consultee", "request the
	// Director to report …, before being approved by the Leader").
	dm := delegatedTo.FindStringSubmatchIndex(clause)
	if dm != nil && delegationWithheld(clause, dm) {
		dm = nil
	}
	if m := beAsked.FindStringSubmatchIndex(clause); m != nil && !consulted.MatchString(clause[:m[2]]) && !(dm != nil && dm[0] < m[0]) {
		// "The Head of Parks is asked to review …" acts; "Members are
		// asked to agree …" decide, and own nothing.
		after := strings.Fields(clause[m[1]:])
		if len(after) > 1 && strings.EqualFold(after[0], "to") {
			after = after[1:]
		}
		asked := strings.Contains(clause[m[0]:m[1]], "asked") || strings.Contains(clause[m[0]:m[1]], "invited")
		if asked && len(after) > 0 && meetingVerb[strings.ToLower(strings.Trim(after[0], ",;."))] {
			return ""
		}
		if who := trimName(clause[m[2]:m[3]]); !grantWord[strings.ToLower(who)] {
			return who
		}
	}
	if m := dm; m != nil {
		who := ""
		for k := 2; k < len(m); k += 2 {
			if m[k] >= 0 {
				who = clause[m[k]:m[k+1]] // one of the names matched
			}
		}
		if more := morePosts.FindString(clause[m[1]:]); more != "" && len(ownersOf(trimName(who+more))) > 1 {
			// "delegated to the Town Clerk, Leader and Mayor": the
			// name matched heads a short list of posts, each an owner.
			who += more
		}
		return trimName(beforeClause(who, clause[m[1]:]))
	}
	if m := doneBy.FindStringSubmatchIndex(clause); m != nil && !namedBefore(clause, m[0]) && !countingWord[strings.ToLower(firstWord(clause[m[2]:m[3]]))] {
		// (Posts in lower case need their own word before the head,
		// "scrutiny chairs"; "the two officers" counts, names nothing.)
		return trimName(beforeClause(clause[m[2]:m[3]], clause[m[3]:]))
	}
	if m := leadsIt.FindStringSubmatch(clause); m != nil {
		return trimName(m[1]) // "agree that the Alliance leads the delivery"
	}
	if thatDoes.MatchString(clause) {
		return thatDoesWho(clause)
	}
	if m := itWasAgreedThat.FindStringIndex(clause); m != nil && thatDoes.MatchString("That "+clause[m[1]:]) {
		// "It was agreed that the Lead Member Parks provide a note …":
		// the that-clause after the deciding words, read as one.
		return thatDoesWho("That " + clause[m[1]:])
	}
	if who := pairedSubject(clause); who != "" {
		return who
	}
	if m := thatPostMay.FindStringSubmatch(clause); m != nil && !stateVerb[m[2]] && subjunctiveOwner(m[1], m[2]) {
		// "approve that the Head of Parks may submit the plan", "That
		// the Deputy Clerk to the Council is to find out …": leave or a
		// charge given to a post, which acts. ("… the Treasurer may be
		// away" tells what may happen.)
		return trimName(m[1])
	}
	if m := shouldDo.FindStringSubmatch(clause); m != nil {
		return trimName(m[1]) // "The Health & Wellbeing Board should ensure …": whoever it names, a board too
	}
	if m := officersAsked.FindStringSubmatch(clause); m != nil {
		return m[1] // "… and officers be requested to undertake this"
	}
	if who := lowerPostSet(clause); who != "" {
		return who
	}
	if m := postActs.FindStringSubmatchIndex(clause); m != nil && !objectOfTo.MatchString(clause[:m[0]]) {
		// "The Head of Assets in consultation with the Portfolio Holder
		// to transfer facilities …", "… the Head of Assets will
		// consult …": a post the decision sets to work. (Not one written
		// to: "that the Clerk write to the Chief Executive to complain".)
		return trimName(clause[m[2]:m[3]])
	}
	if who, ok := namedSubjunctive(thatStart.ReplaceAllString(clause, "")); ok && subjunctiveOwner(who, strings.ToLower(firstWord(strings.TrimPrefix(thatStart.ReplaceAllString(clause, ""), who)))) {
		// ("Members approve the business case": the meeting deciding.)
		// "Officers check the repairs and report back": who is told to
		// act; a deciding body ("The council take part …") decides,
		// and is no owner.
		return trimName(joinCompany(who))
	}
	if m := personActs.FindStringSubmatch(strings.TrimSpace(clause)); m != nil && postNamed.MatchString(m[1]) && !manyPosts(m[1]) && !personStance[strings.ToLower(m[3])] && !meetingVerb[strings.ToLower(m[3])] {
		// "Clerk to arrange siting of the map", "the clerk will price
		// the signs": the clerk, a chair or a councillor named as the
		// decision's subject, set to act.
		return trimName(m[1])
	}
	if who := decidedActor(clause); who != "" {
		return who
	}
	if loc := allowsTo.FindStringIndex(clause); loc != nil {
		// "To approve the Events Team to book the hall": leave given to
		// whom the verb names, before the "to" of what they will do. (A
		// thing approved, "approve the grant to the Hall" or "approve the
		// plan subject to review", names no one: the name must end in
		// who acts, a team, a group, a post; "approve the plan and ask
		// officers to …" is read by the rules for asking.)
		// "To approve the Working Group to be reconvened": a passive
		// after "to" acts on them, and no one is given leave.
		rest := clause[loc[1]:]
		if who := objectAsked(rest); who != "" && actorHead(lastWord(who)) && !strings.Contains(who, " and ") && leaveToAct(rest, who) {
			return who
		}
	}
	loc := handsOver.FindStringIndex(clause)
	if loc == nil {
		if who := agreedWouldDo(clause); who != "" {
			return who
		}
		if who := subjunctiveDoer(clause); who != "" {
			return who
		}
		return laterAsked(clause)
	}
	rest := clause[loc[1]:]
	rest = strings.TrimPrefix(strings.TrimSpace(rest), "authority")
	if m := thatAsked.FindStringSubmatch(rest); m != nil {
		// "Requests that the Head of Parks reviews …": who the
		// that-clause sets to act, not a name inside theirs.
		return trimName(m[1])
	}
	if m := directObj.FindStringSubmatch(rest); m != nil {
		return trimName(m[1])
	}
	if who := objectAsked(rest); who != "" {
		return who
	}
	if m := toWhom.FindStringSubmatchIndex(rest); m != nil {
		return trimName(beforeClause(rest[m[2]:m[3]], rest[m[3]:]))
	}
	return subjunctiveDoer(clause)
}

// namedBefore: a name that work is handed to stands in clause before at
// ("request the Head of Leisure to redraft …, before it is approved by
// the Portfolio Holder"): a step done by someone after it is a further
// one, and the one named first acts.
func namedBefore(clause string, at int) bool {
	before := func(loc []int) bool { return loc != nil && loc[0] < at }
	// (delegate trims the clause first, as personActs wants.)
	if m := personActs.FindStringSubmatchIndex(clause); m != nil && postNamed.MatchString(clause[m[2]:m[3]]) && m[0] < at {
		return true
	}
	if before(beAsked.FindStringIndex(clause)) || before(officersAsked.FindStringIndex(clause)) {
		return true
	}
	if loc := handsOver.FindStringIndex(clause); loc != nil {
		rest := strings.TrimPrefix(strings.TrimSpace(clause[loc[1]:]), "authority")
		for _, re := range []*lazyre.RE{thatAsked, directObj} {
			if m := re.FindStringIndex(rest); m != nil && len(clause)-len(rest)+m[1] <= at {
				return true
			}
		}
	}
	return false
}

// agreedWouldDo is who a decision, opened by its "that" (or by the words
// that agree and their "that"), sets to act with "would", "will" or
// "should": "It was agreed that the Advisory Board would monitor …",
// "That the Skills Board would monitor …". Not a thing acted on ("that
// the Highways Team would be contacted"), what the meeting agreed to do
// itself ("that the Council would write …"), nor a stance ("that Cllr
// Moss would welcome …"); a "that" further into the clause reports what
// was noted or heard, not what was agreed.
func agreedWouldDo(clause string) string {
	s := clause
	if loc := decisionThat.FindStringIndex(clause); loc != nil {
		s = "that " + clause[loc[1]:]
	}
	m := thatWhoWould.FindStringSubmatchIndex(s)
	if m == nil || m[0] != 0 || agent(s[m[2]:m[3]]) == "" {
		return ""
	}
	who, rest := s[m[2]:m[3]], strings.Fields(s[m[1]-1:])
	verb := strings.ToLower(rest[0])
	if wholeBody(who) || manyPosts(who) || personStance[verb] || meetingVerb[verb] && decidingBody(who) {
		return ""
	}
	if verb == "be" && len(rest) > 1 && passiveParticiple(strings.ToLower(rest[1])) {
		return ""
	}
	return trimName(who)
}

// decisionThat opens a decision with its "that", in any capitals, after
// the words that agree or its label, if any: "It was agreed that",
// "It was also resolved that", "RESOLVED: That", "That". (The "that" may
// be left out: "It was RESOLVED the Clerk would …", read by
// thatWhoWould.)
var decisionThat = lazyre.New(`(?i)^(?:it\s+was\s+\w+\s+(?:agreed|resolved|decided)\s*:?\s+|` + resolvedLabelPat + `)?that\s+`)

// passiveParticiple: w is a verb's past participle, as after "be" in a
// passive.
func passiveParticiple(w string) bool {
	switch w {
	case "given", "taken", "seen", "written", "chosen", "shown", "known", "done", "driven", "spoken", "undertaken", "drawn":
		return true
	}
	return strings.HasSuffix(w, "ed") || irregularPast[w]
}

// lowerPostSet is who a clause, or a that-clause within it, written with
// its subject in lower case sets to work (lowerSubjectSet), or "". The
// head word must name who acts,
// not a thing ("the report to be circulated") nor the body deciding ("the
// council to note"); "be" as the verb is a passive, a thing done.
func lowerPostSet(clause string) string {
	clause = strings.TrimSpace(clause)
	for _, k := range lowerSubjectSet.FindAllStringSubmatchIndex(clause, -1) {
		m := make([]string, len(k)/2)
		for j := range m {
			if k[2*j] >= 0 {
				m[j] = clause[k[2*j]:k[2*j+1]]
			}
		}
		if m[4] == "to" && m[1] == "" {
			continue // "asks partners to review …": no article, no subject read
		}
		if pastAsked.MatchString(m[4]) && strings.HasPrefix(strings.ToLower(m[0]), "that") {
			// "It was noted that the parks officer was asked to mow …":
			// asked before, as told in a clause reported; only the
			// clause's own subject "was tasked with …" is set to work.
			continue
		}
		if comingGoing[m[5]] && !takesObject(clause[k[1]:]) {
			continue // "the new manager to start in May": news, no task
		}
		if who := m[2]; setToWork(who, m[5]) {
			return who + m[3]
		}
	}
	return ""
}

// setToWork: who, a bare noun phrase, is a post or group, and verb a task
// for them.
func setToWork(who, verb string) bool {
	if verb == "be" || notVerb[verb] || meetingVerb[verb] || !actorHead(lastWord(who)) || decidingBody(who) {
		return false
	}
	for _, w := range strings.Fields(who) {
		if strings.HasSuffix(w, "ed") || notVerb[w] {
			// No verb in the past ("the chair asked officers to …"),
			// no word that joins or governs ("the cost of staff to").
			return false
		}
	}
	return true
}

// comingGoing: verbs of a post's holder coming or going ("the new
// manager to start in May"), news of them, not a task, unless they take
// an object ("the team to start the mowing", "to leave the gate open").
var comingGoing = map[string]bool{"start": true, "retire": true, "leave": true, "join": true, "arrive": true}

// takesObject: rest, the words after a verb, go on with what it acts
// on, not the clause's end or only a time ("in May", "from April",
// "next week").
func takesObject(rest string) bool {
	rest = strings.TrimSpace(strings.TrimLeft(rest, " .;,"))
	if rest == "" || timeOnly.MatchString(rest) {
		return false
	}
	k := duePat.FindStringIndex(rest)
	return k == nil || k[0] > 0
}

var timeOnly = lazyre.New(`^(?i:from|next|later|shortly|soon|today|tomorrow)\b`)

// pastAsked: set to work in the past ("was asked to").
var pastAsked = lazyre.New(`^(?:was|were)\s`)

// objectAsked is who a verb that hands work on names as its object, read
// by the phrase's place rather than its capitals: the words after the verb
// (after its "to" where authority is handed) up to the "to" and verb of the
// task, an aside of whom they consult left out ("asks members of the
// forum to review the leaflet", "Delegate authority to the wardens listed
// in the schedule to report back to the Board"). A name later in the
// sentence is inside the task, one reported or referred to, not who acts.
// The phrase's head must name who acts (a post, people, a team, a body),
// not a thing ("asks the survey to be repeated"), and a task the meeting
// itself does ("asks members to note …") names no one.
func objectAsked(rest string) string {
	s := strings.TrimPrefix(strings.TrimSpace(rest), "to ")
	for _, m := range taskTo.FindAllStringSubmatchIndex(s, -1) {
		verb := s[m[2]:m[3]]
		if taskNotVerb[verb] {
			continue // "to the", "to all": a name handed to, no task yet
		}
		if meetingVerb[verb] {
			return ""
		}
		obj := s[:m[0]]
		if strings.ContainsAny(obj, ".;:") {
			return "" // the task's "to" is in a later clause
		}
		if loc := consultsWith.FindStringIndex(obj); loc != nil {
			obj = obj[:loc[0]]
		}
		obj = strings.Trim(obj, ", ")
		if n := len(strings.Fields(obj)); n == 0 || n > 12 {
			return ""
		}
		head := obj
		if loc := postModifier.FindStringIndex(head); loc != nil {
			head = head[:loc[0]]
		}
		if strings.ContainsAny(head, "'’") || !(actorHead(lastWord(head)) || agent(head) != "") {
			return ""
		}
		// "asks all councillors to …", "each ward member": the
		// quantifier picks who of them, and is no part of the name.
		if w := firstWord(obj); quantifier[strings.ToLower(w)] {
			obj = strings.TrimSpace(obj[len(w):])
		}
		return trimName(obj)
	}
	return ""
}

// countingWord: numerals and determiners, which count or point at posts
// but name none ("by the two officers", "by both officers").
var countingWord = wordSet(`one two three four five six seven eight nine ten all both each any some several many these those such other its their our`)

// quantifier: the words before a name that say how many of them are meant.
var quantifier = wordSet(`all each every any both`)

var (
	// taskTo is the "to" and verb of a task handed on.
	taskTo = lazyre.New(`\sto\s+([a-z][a-z-]*)\b`)
	// taskNotVerb: words after "to" that open a name or a thing, not a verb.
	taskNotVerb = map[string]bool{"the": true, "a": true, "an": true, "all": true, "any": true, "each": true, "every": true, "this": true,
		"that": true, "these": true, "those": true, "its": true, "their": true, "his": true, "her": true, "our": true, "relevant": true, "appropriate": true}
	// consultsWith opens an aside of whom the one asked consults.
	consultsWith = lazyre.New(`,?\s+(?:(?:in|following|after)\s+(?:consultation|conjunction|liaison|discussion)\s+with|jointly\s+with)\b`)
	// postModifier opens what follows a name's head: its remit, or a
	// phrase that picks those meant out ("officers named in …").
	postModifier = lazyre.New(`,|\s(?:of|for|in|within|from|at|on|with|named|identified|listed|nominated|responsible)\s`)
)

// thatDoesWho is who a clause thatDoes matches names: "That the Strategic
// Director of Housing report on …"; "That Council adopt …" and "That
// Members note …" name who decides, and give "".
func thatDoesWho(clause string) string {
	m := thatDoes.FindStringSubmatchIndex(clause)
	who := strings.TrimSpace(clause[len("That "):m[2]])
	if i := strings.LastIndexByte(who, ' '); i > 0 && strings.HasSuffix(who, "ly") && unicode.IsLower(rune(who[i+1])) {
		who = who[:i] // the adverb before the verb: "That the Club warmly thank …"
	}
	who = trimName(who)
	verb := strings.ToLower(clause[m[2]:m[3]])
	// One post is read before the body its remit names: "the Chair of
	// the Finance Committee" is a post, not the committee.
	if bare := strings.TrimSuffix(verb, "s"); decidingBody(who) && !oneOffice(who) || meetingVerb[verb] && !postToSettle(who, verb) || bare != verb && meetingVerb[bare] {
		return ""
	}
	if strings.TrimSuffix(verb, "s") == "thank" && thankingBody(who) {
		// A vote of thanks is the meeting's own act when the body that
		// meets gives it ("That the Club warmly thank its treasurer"); a
		// post asked to thank someone acts for it ("That the Clerk thank
		// the helpers by letter").
		return ""
	}
	return who
}

// pairedSubject is who a that-clause sets to act when its subject is two
// names, each with its article, before a plain verb: "that the Bursar and
// the Registrar write to …", "That the Mayor and the Cabinet member for
// Parks and Open Spaces meet with …". thatDoes reads one name; the second
// article, a post's lower-case "member" and a remit of more words than
// namedSubjunctive looks through would stop it. Each name must be one who
// may be told to act (subjunctiveOwner); "" otherwise.
func pairedSubject(clause string) string {
	m := pairedNames.FindStringSubmatch(clause)
	if m == nil {
		return ""
	}
	verb := m[3]
	if verb == "be" || strings.HasSuffix(verb, "s") && !strings.HasSuffix(verb, "ss") || !subjunctiveOwner(m[1], verb) || !subjunctiveOwner(m[2], verb) {
		return "" // "the Chair and the Clerk be asked …" is read by beAsked; "-s" tells, not bids
	}
	return m[1] + " and the " + m[2]
}

// pairedNames: "that the NAME and the NAME verb", a name being words in
// capitals with their joining words, or the plain word for a member.
var pairedNames = lazyre.New(`^(?:[Tt]hat|THAT)\s+the\s+(` + pairedName + `?)\s+(?:and|&)\s+the\s+(` + pairedName + `)\s+(?:(?:should|will|to)\s+)?([a-z]+)\b`)

// thatPostMay is a that-clause, after at most a few words that decide,
// whose subject is a post given leave or a charge: "may", "shall", "is
// to" and a verb. A post's name holds words in capitals joined by "of",
// "for", "and" or "to" ("Clerk to the Council").
var thatPostMay = lazyre.New(`^(?:[\w:]+\s+){0,3}?(?:[Tt]hat|THAT)\s+the\s+([A-Z][\w'’-]*(?:\s+(?:of|for|and|&|to)(?:\s+the)?\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*)*)\s+(?:may|shall|(?:is|are)\s+to)\s+(?:\w+ly\s+)?([a-z]+)\b`)

// pairedName is one name of pairedNames (its last quantifier left open).
const pairedName = `[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&|members?))*`

// subjunctiveOwner: who, told by a that-clause's plain verb to act, owns
// it: not a body that decides, unless one post is read first ("the Chair
// of the Finance Committee"), and not with a meeting's verb, unless a
// post is handed the thing to settle (postToSettle).
func subjunctiveOwner(who, verb string) bool {
	if decidingBody(who) && !oneOffice(who) {
		return false
	}
	return !meetingVerb[verb] || postToSettle(who, verb)
}

// postToSettle: a meeting's verb in its plain form after one post
// hands the post a thing to settle ("That the Treasurer agree the
// quote"): the post acts. Its -s form records the post's own decision
// ("THAT the Head of Parks Approves …"), and noting, receiving or
// welcoming settles nothing ("That the Director note the figures").
func postToSettle(who, verb string) bool {
	switch verb {
	case "note", "receive", "welcome", "support", "endorse":
		return false
	}
	return oneOffice(who)
}

// oneOffice: a subject that names one office by its head word, the
// word before its remit ("Director of Place", "Head of Service: Waste",
// "Clerk to the Council") or the last ("the Town Clerk"), not members or
// a body.
func oneOffice(who string) bool {
	head := who
	if i := strings.IndexAny(head, ":,"); i > 0 {
		head = head[:i]
	}
	for _, sep := range []string{" of ", " for ", " to "} {
		if i := strings.Index(head, sep); i > 0 {
			head = head[:i]
		}
	}
	switch strings.ToLower(lastWord(head)) {
	case "clerk", "director", "officer", "manager", "head", "holder", "leader", "mayor", "chair", "chairman", "chairwoman", "chairperson", "secretary", "treasurer":
		return true
	}
	return false
}

// thankingBody: a subject naming a body that meets, as decidingBody does,
// or a club's or forum's own meeting, which thanks in its minutes as a
// council does. (Kept to "thank": "That the Football Club provide …" asks
// an outside club to act.)
func thankingBody(who string) bool {
	switch strings.ToLower(lastWord(who)) {
	case "club", "forum", "meeting", "group", "association", "society", "assembly":
		return true
	}
	return decidingBody(who)
}

// itWasAgreedThat opens a sentence telling a decision before its
// that-clause: "It was agreed that", "RESOLVED that".
var itWasAgreedThat = lazyre.New(`^(?i:it\s+was\s+(?:\w+ly\s+)?)?(?i:agreed|resolved|decided)\s+that\s+`)

// laterAsked is who a decision's second verb, joined by "and", hands
// the work to: "The Cabinet Member approves the plan and asks Parks and
// Open Spaces to publish it" — the first verb is the decider's, the one
// asked to act is named after "asks". Only a name followed by "to" is
// taken (the direct object of the asking), so "… and asks that the
// report be noted" names nobody.
func laterAsked(clause string) string {
	m := andAsks.FindStringIndex(clause)
	if m == nil {
		return ""
	}
	if d := askedName.FindStringSubmatch(clause[m[1]:]); d != nil {
		return trimName(d[1])
	}
	return ""
}

// askedName is the name asked, its words in capitals (a remit's list
// joined by commas and "and" is part of it), or officers or partners,
// then "to" and a verb.
var askedName = lazyre.New(`^\s+(?:the\s+)?([A-Z][\w'’&-]*(?:(?:,\s+|\s+(?:and|&|of|for|the)\s+|\s+)[A-Z][\w'’&-]*)*|officers|partners)\s+to\s+[a-z]`)

// andAsks is a verb that hands work on, joined to a decision's first
// verb by "and".
var andAsks = lazyre.New(`\s(?:and|&)\s+(?:asks|requests|instructs|invites|directs|asked|requested|instructed|invited|directed)\b`)

// beforeClause cuts a name that properName ran on through "and" into
// the subject of a new clause, after (the words following the name)
// opening with its verb: "delegated to the Head of Parks and the Council
// will review …" hands the work to the Head of Parks, and "the Council"
// is the next clause's subject. The verb told is a modal or a form of
// "be" or "have" (a closed set, where a name's own words are not);
// "the Head of Parks and Leisure to agree …" is left whole.
func beforeClause(name, after string) string {
	if !clauseVerb.MatchString(after) {
		return name
	}
	if k := lastAnd.FindAllStringIndex(name, -1); k != nil {
		// "the Head of Leisure and Tourism is …": a remit that goes on
		// through "and" is one post, not a name and a new subject.
		if i, j := k[len(k)-1][0], k[len(k)-1][1]; !remitGoesOn(name[:i], name[j:]) {
			return name[:i]
		}
	}
	return name
}

// clauseVerb opens a clause's verb phrase after its subject.
var clauseVerb = lazyre.New(`^\s*(?:will|shall|would|should|can|could|may|might|must|is|are|was|were|has|have|had)\b`)

// lastAnd is an "and" (or "&") joining two names.
var lastAnd = lazyre.New(`\s+(?:and|&)\s+`)

// thatClauseStart is where a decision's that-clause may begin: the
// clause's own start, or a "that" after "and", "resolved" or "agreed"
// ("… be noted and that the Head of Parks …").
var thatClauseStart = lazyre.New(`(?i)^\s*(?:that\s+)?|\b(?:and|resolved|agreed)\s*[:–-]?\s*that\s+`)

// subjunctiveDoer is who a decision's that-clause names as its subject
// and sets to act, told by the clause's grammar rather than its verb:
// a name in capitals (its joining words aside) ends at the clause's
// first plain word, which is a verb in the base form ("That the Head of
// Parks write to the trust"), "be" and a participle with "to" and a verb
// ("that the Lead Member for Sport be appointed to chair the group"),
// "be responsible" or "be the lead", or "would", "should" or "will" and
// a verb. The name's head (the word before its "of" or "for", else its
// last) must be a post or a team, not a thing ("That the Plan be amended
// to add …") nor the body deciding ("That the Committee ask …"). A
// verb in -s, -ed or -ing tells, and a deciding verb ("That the Director
// note …") is the meeting's; both give "".
func subjunctiveDoer(clause string) string {
	for _, loc := range thatClauseStart.FindAllStringIndex(clause, -1) {
		if who := subjectBeforeVerb(clause[loc[1]:]); who != "" {
			return who
		}
	}
	return ""
}

// subjectBeforeVerb reads subjunctiveDoer's subject and verb at the start
// of s.
func subjectBeforeVerb(s string) string {
	words := strings.Fields(s)
	i := 0
	for i < len(words) && determiner[strings.ToLower(words[i])] {
		i++ // "the relevant Cabinet Member"
	}
	start, head := i, ""
	for ; i < len(words); i++ {
		w := strings.TrimRight(words[i], ",")
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			if head == "" && (i+1 < len(words) && (words[i+1] == "of" || words[i+1] == "for") || strings.HasSuffix(words[i], ",")) {
				head = w // "Director of Finance", "Director, Place": the post, not its remit
			}
			if aside := strings.Join(words[i+1:min(i+3, len(words))], " "); strings.HasSuffix(words[i], ",") && i+2 < len(words) && (withAside.MatchString(aside) || companyWith.MatchString(" "+aside+" ")) {
				// "the Director, in consultation with the Leader, be
				// asked …": the aside is no part of the name. One set
				// apart with its company ("the Mayor, together with the
				// Treasurer, write …") is: both act, as joinCompany has
				// it.
				j := i + 1
				for j < len(words) && !strings.HasSuffix(words[j], ",") {
					j++
				}
				if j+1 >= len(words) {
					return ""
				}
				name := strings.TrimRight(strings.Join(words[start:i+1], " "), ",")
				if !withAside.MatchString(aside) {
					name = joinCompany(strings.Join(words[start:j+1], " "))
				}
				return doerBefore(name, words[i], head, words[j+1:])
			}
			continue
		}
		if joinWord.MatchString(w) && i > start && !strings.HasSuffix(words[i-1], ",") || w == "and" {
			continue
		}
		break
	}
	if i == start || i >= len(words) {
		return ""
	}
	last := strings.TrimRight(words[i-1], ",")
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) {
		return "" // "the Minutes of the meeting …": the name ended in a joining word
	}
	return doerBefore(strings.Join(words[start:i], " "), last, head, words[i:])
}

// severalNames: a name with commas lists several ("the Clerk, Chair
// …"), unless an "and" closes the list ("the Mayor, Clerk and
// Treasurer") or one comma sets off a post's remit, words that name no
// post ("the Director, Place": one post).
func severalNames(name string) bool {
	if !strings.Contains(name, ",") || strings.Contains(name, " and ") || strings.Contains(name, " & ") {
		return false
	}
	_, remit, _ := strings.Cut(name, ",")
	if strings.Contains(remit, ",") {
		return true
	}
	for _, w := range strings.Fields(remit) {
		if listedPost.MatchString(w) || peopleWord.MatchString(w) && !determiner[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// frontedCondition is a condition set before a decision's subject with
// its comma: "Subject to the survey, ", "Once the quote is in, ". The
// subject after it still names who acts.
var frontedCondition = lazyre.New(`^(?i:subject\s+to|provided|pending|once|if|following|after|on\s+receipt\s+of)\s[^,;:.]{1,80},\s+`)

// withAside opens an aside of who a post acts with.
var withAside = lazyre.New(`^(?:in|following|after)\s+(?:consultation|conjunction|liaison|discussion)\b`)

// doerBefore is subjectBeforeVerb's name when rest opens with the verb it
// asks for; "" if not.
func doerBefore(name, last, head string, rest []string) string {
	if head == "" {
		head = last
	}
	head = strings.Trim(head, ",()")
	if objectStart[strings.ToLower(last)] {
		return "" // "that Cabinet APPROVES The plan": no name
	}
	if len(rest) > 1 && (rest[1] == "and" || rest[1] == "or" || rest[1] == "be" || rest[1] == "of") && !strings.EqualFold(rest[0], "be") {
		return "" // "that the Audit Team report and its plan be …": a noun, the verb to come
	}
	if manyPosts(name) {
		return "" // "Councillors will consider it": who decide
	}
	if hasPastWord(strings.Fields(name)) {
		return "" // "The Director Approved the plan": a decision told, its verb in capitals
	}
	if !(actorHead(head) || listedPost.MatchString(head)) || decidingBody(head) || severalNames(name) {
		return ""
	}
	verb := strings.ToLower(strings.Trim(rest[0], ",;:."))
	next := func(k int) string {
		if k < len(rest) {
			return strings.Trim(rest[k], ",;:.")
		}
		return ""
	}
	plainVerb := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return w != "" && unicode.IsLower(r) && !notVerb[w] && !objectStart[w] && !meetingVerb[w] && !finiteVerb.MatchString(w)
	}
	switch {
	case verb == "be":
		p := next(1)
		if p == "responsible" || p == "the" && strings.EqualFold(next(2), "lead") {
			return trimName(name) // "be responsible for …", "be the lead"
		}
		if !(strings.HasSuffix(p, "ed") || irregularPast[p]) || next(2) != "to" || !plainVerb(next(3)) {
			return ""
		}
	case verb == "would" || verb == "should" || verb == "will" || verb == "shall":
		if !plainVerb(next(1)) {
			return ""
		}
	default:
		if !plainVerb(verb) || strings.HasSuffix(verb, "s") || strings.HasSuffix(verb, "ed") || strings.HasSuffix(verb, "ing") || strings.HasSuffix(verb, "ly") || irregularPast[verb] {
			return ""
		}
	}
	return trimName(name)
}

// passiveNote is who a note closing a point names to do it, in the
// passive after a comma or a dash, whatever its capitals: "That a log of
// repairs be kept, to be updated by the estates team", "Review the
// leases – to be checked and costed by the Property Group". The note's
// verbs are participles, and not a meeting's deciding ("– to be agreed by
// the new council" tells when it is decided, not who does the work); the
// name's head must be who acts, not a thing ("…, to be replaced by new
// schemes"). Nor a note of who pays for it or holds it ("…, to be funded
// by the parish council", "– to be owned by the trust": payingParticiple),
// nor one whose name holds a "by" of its own ("…, to be replaced by one
// given by the club" names what replaces it, not who acts).
func passiveNote(clause string) string {
	m := byNote.FindStringSubmatch(clause)
	if m == nil {
		return ""
	}
	for _, v := range strings.Fields(m[1]) {
		if v == "and" || v == "&" {
			continue
		}
		if !(strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "en") || irregularPast[v]) || meetingParticiple[v] || payingParticiple[v] {
			return ""
		}
	}
	who, head := m[2], m[2]
	if strings.Contains(who, " by ") {
		return ""
	}
	if loc := postModifier.FindStringIndex(head); loc != nil {
		head = head[:loc[0]]
	}
	if strings.ContainsAny(head, "'’") || len(strings.Fields(who)) > 8 || !(actorHead(lastWord(head)) || agent(head) != "") {
		return ""
	}
	return trimName(who)
}

var (
	// byNote is a closing note "to be <participle> by <name>", its verbs
	// perhaps two joined by "and".
	byNote = lazyre.New(`(?:,|\s[–—-])\s*to\s+be\s+([a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)\s+by\s+((?:the\s+)?[^,;:.()]{2,60}?)\.?\s*$`)
	// meetingParticiple is a meeting's deciding, done to a point rather
	// than its work.
	meetingParticiple = map[string]bool{"agreed": true, "approved": true, "noted": true, "considered": true, "endorsed": true, "adopted": true,
		"ratified": true, "decided": true, "confirmed": true, "received": true, "discussed": true, "determined": true, "resolved": true,
		"authorised": true, "authorized": true}
	// payingParticiple names who pays for a point or holds it, not who
	// does it: a closed class, as such notes use few verbs.
	payingParticiple = map[string]bool{"funded": true, "met": true, "paid": true, "financed": true, "owned": true}
)

// trailingDoer is who acts on a decision, set after a dash at its end:
// by initials or post, perhaps with "to action".
var trailingDoer = lazyre.New(`\s[–—-]\s*(` + initialsPat + `|(?:[Tt]he\s+)?` + onePost + `)(?:\s+to\s+action)?\.?\s*$`)

// decidedActor is the one person a decision's "that" or "for" sets to
// act, after the last word that tells it was decided: "It was AGREED
// that the clerk would order a notice board", "RESOLVED for Tracy
// Knights to complete the maintenance", "… RESOLVED Clerk to purchase a
// voucher", or, the label gone, "that the Chairman sign the statements".
func decidedActor(clause string) string {
	rest := strings.TrimPrefix(clause, "that ")
	if locs := decidedThat.FindAllStringIndex(clause, -1); len(locs) > 0 {
		rest = clause[locs[len(locs)-1][1]:]
	}
	if m := personWould.FindStringSubmatch(rest); m != nil && agent(m[1]) != "" && !decidingBody(m[1]) && !manyPosts(m[1]) && !personStance[strings.ToLower(m[2])] && !meetingVerb[strings.ToLower(m[2])] {
		return trimName(m[1])
	}
	if m := personFirst.FindString(rest); m != "" && agent(m) != "" && !decidingBody(m) && !manyPosts(m) {
		if who, ok := namedSubjunctive(rest); ok && who == m && !meetingVerb[strings.ToLower(firstWord(strings.TrimPrefix(rest, who)))] {
			return trimName(who)
		}
		if errand[strings.ToLower(firstWord(strings.TrimPrefix(rest, m)))] {
			return trimName(m) // "RESOLVED that the Clerk order two new benches"
		}
	}
	return ""
}

// errand is a verb for the errands a decision sets one person: after a
// decision's "that" and the person it names, it is that person's to do,
// though alone it may read as a noun ("order", "book").
var errand = map[string]bool{"order": true, "purchase": true, "obtain": true, "buy": true, "book": true, "send": true, "email": true,
	"chase": true, "pay": true, "inform": true, "organise": true, "organize": true, "repair": true, "replace": true, "install": true,
	"remove": true, "sign": true, "speak": true, "visit": true, "source": true}

// manyPosts is a post named in the plural ("Councillors", "the
// officers"), who decide together rather than act for the decision.
// Councillors named ("Councillors Ash and Oak") act, and so does one
// whose name ends in s ("Councillor Williams").
func manyPosts(who string) bool {
	return pluralPost[strings.ToLower(lastWord(who))] && postNamed.MatchString(who)
}

// pluralPost is a post in the plural.
var pluralPost = map[string]bool{"councillors": true, "cllrs": true, "members": true, "officers": true, "clerks": true, "chairs": true,
	"directors": true, "heads": true, "managers": true, "partners": true, "trustees": true, "governors": true}

// decidedThat is the word that tells a decision, and the "that" or "for"
// that may follow it.
var decidedThat = lazyre.New(`(?i)\b(?:agreed|resolved|decided|recommended)\b(?:\s+(?:unanimously|nem\.?\s*con\.?))?\s*[:–-]?\s*(?:that\s+|for\s+)?`)

// personWould is one person named, then what they would, should or are
// to do.
var personWould = lazyre.New(`^(` + personWho + `)\s+(?:would|should|shall|will|(?:is\s+)?to)\s+(?:\w+ly\s+)?([a-z]+)\b`)

// personFirst is one person named at the start.
var personFirst = lazyre.New(`^(?:` + personWho + `)`)

// yearWord is a year, or a financial year's start: "2026", "2026/27".
var yearWord = lazyre.New(`^(?:19|20)\d\d(?:/\d\d)?$`)

// trimName drops the joining words a name's match may end on.
func trimName(s string) string {
	f := strings.Fields(s)
	if n := len(f); n > 2 && yearWord.MatchString(f[n-1]) {
		f = f[:n-1] // "the Cabinet for 2026/27": the year it acts in
	}
	for len(f) > 0 && joinWord.MatchString(strings.ToLower(f[len(f)-1])) {
		f = f[:len(f)-1]
	}
	for len(f) > 0 && (strings.EqualFold(f[0], "the") || strings.EqualFold(strings.TrimSuffix(f[0], ","), "that") || f[0] == "For") {
		f = f[1:] // ("For Officers to identify …": the one it is for acts.)
	}
	if n := len(f); n > 0 && (strings.HasSuffix(f[n-1], "'s") || strings.HasSuffix(f[n-1], "’s")) {
		return "" // "The Clerk's report was approved": whose report, not who acts
	}
	return strings.Join(f, " ")
}

// decidingBody: a subject headed by the name of a body that decides
// ("The council", "the Parks Board"), not by who acts for it.
func decidingBody(subject string) bool {
	switch strings.ToLower(lastWord(subject)) {
	case "council", "cabinet", "board", "committee", "panel", "executive", "sub-committee", "authority":
		return true
	}
	return false
}

// wholeBody: a subject that is a deciding body itself ("the Parish
// Council", "the Cabinet", "the Board"), not a part of one named to do
// its work ("the Skills Advisory Board", "the Paving Sub-committee").
func wholeBody(subject string) bool {
	if !decidingBody(subject) {
		return false
	}
	switch strings.ToLower(lastWord(subject)) {
	case "council", "cabinet", "executive", "authority":
		return true
	case "sub-committee":
		// ("The Sub-committee would …" under a council's minutes of
		// its sub-committees' reports: the sub-committee, not the
		// body deciding, is to act.)
		return false
	}
	return len(strings.Fields(trimName(subject))) < 2
}

// meetingVerb: what a meeting does in deciding, not an act it asks for.
var meetingVerb = map[string]bool{"note": true, "approve": true, "agree": true, "endorse": true, "adopt": true, "accept": true, "confirm": true, "support": true, "welcome": true, "receive": true}

// shouted: a clause set wholly in capitals, as some councils print their
// resolutions; a few letters (an acronym, initials) are not enough.
func shouted(s string) bool {
	return capitalsAtLeast(s, 12)
}

// unshout writes a clause in capitals in ordinary case: its first word
// capitalised, the rest in small letters but a post's name ("the TOWN
// CLERK" → "the Town Clerk"): the head listedPost knows and the words
// between it and the article before it.
func unshout(s string) string {
	words := strings.Fields(strings.ToLower(s))
	capital := make([]bool, len(words))
	if len(words) > 0 {
		capital[0] = true
	}
	for i, w := range words {
		if !listedPost.MatchString(strings.Trim(w, ",;.:")) {
			continue
		}
		for j := i; j > 0 && i-j < 3; j-- {
			if words[j] == "the" || words[j] == "a" || words[j] == "an" {
				break
			}
			capital[j] = true
		}
	}
	for i, w := range words {
		if capital[i] {
			r, n := utf8.DecodeRuneInString(w)
			words[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return strings.Join(words, " ")
}
