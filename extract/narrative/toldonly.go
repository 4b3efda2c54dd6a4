package narrative

import (
	"strings"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// toldOnly: a sentence of a meeting's record that tells the meeting
// something — a question put, news brought in, what another body decided,
// work already under way or done, what was said at an earlier time, a
// need stated with no one to meet it, a speaker's account going on, a
// forecast of another's work, a state said to last, another's undertaking
// noted, the room's members asked for their views — and so undertakes
// nothing, whatever "would" or "to" it holds. Read in minutes, decision
// records and pages of unknown kind (commitments). Each shape is read from
// the sentence's grammar: the verb that frames it (a question's "asked for clarification on", a perfect
// "has received notice that", a past perfect "had approved"), or its
// opening ("At the time,", "There was a need"). An undertaking reported the
// plain way ("It was confirmed that the figures would be circulated") has
// none of these and is read as before.
//
// The shape vetoes the sentence only when no undertaking with a doer of
// its own stands outside the words it matched (undertakenBeside): "Cllr
// Hart asked for clarification on the costs and the Clerk agreed to send
// them" tells a question and then a promise, which stays.
func toldOnly(s string) bool {
	// (questionPut needs one of its nouns.)
	if holdsAnyWord(s, "clarification", "information", "explanation", "detail") {
		if m := questionPut.FindStringIndex(s); m != nil && !askedDeed.MatchString(s) {
			return !undertakenBeside(s, m)
		}
	}
	if soughtHere(s) {
		return true
	}
	if asks(s) {
		return !undertakenBeside(s, []int{len(s), len(s)})
	}
	if m := notedUndertaking.FindStringSubmatchIndex(s); m != nil && !ownSide(s[m[2]:m[3]]) {
		return !undertakenBeside(s, m[:2])
	}
	for _, p := range toldShapes {
		if m := p.FindStringIndex(s); m != nil {
			return !undertakenBeside(s, m)
		}
	}
	return false
}

// undertakenBeside: a clause of s before or after the span m — the
// sentence parted at "; ", ", and ", " and that " and " and the " —
// opens with who undertakes something (undertaker): "… the hedge was
// being trimmed and that she would write to the owner", "There was a
// need for new signs, and the Clerk agreed to order them".
func undertakenBeside(s string, m []int) bool {
	for _, part := range []string{s[:m[0]], s[m[1]:]} {
		for _, c := range clauseSplit.Split(part, -1) {
			c = strings.TrimSpace(leadThat.ReplaceAllString(strings.TrimSpace(c), ""))
			if u := undertaker.FindStringSubmatch(c); u != nil && u[2] != "be" && ownDoer(u[1]) {
				return true
			}
		}
	}
	return false
}

var (
	clauseSplit = lazyre.New(`;\s+|,\s+and\s+|\s+and\s+that\s+|\s+and\s+(?:the\s+)?`)
	leadThat    = lazyre.New(`^(?:that|then|also)\s+`)
	// undertaker is a clause's subject, the verb of an undertaking and
	// the verb undertaken: "the Clerk agreed to send", "she would write",
	// "the Council will install". Not "agreed that a group be set up",
	// which names no one to do it, nor a passive ("ward members would
	// be invited"), whose doer is not named (the verb "be" is refused).
	undertaker = lazyre.New(`^((?:[Tt]he\s+)?\S.{0,50}?)\s+(?:(?:has\s+|have\s+)?(?:agreed|undertook|undertaken|offered|volunteered|promised)\s+to|will|would|shall)\s+(?:also\s+|now\s+|\w+ly\s+)?(\w+)`)
)

// ownSide: who is of the council whose record it is — a post, a
// councillor, initials (namedDoer), or its officers, committee or the
// council itself unnamed ("the Council"). "The Government" or "the
// County Council" is another body.
func ownSide(who string) bool {
	return namedDoer.MatchString(who) || ownBody.MatchString(who)
}

var ownBody = lazyre.New(`(?i)^(?:the\s+)?(?:council|officers?|committee)$`)

// ownDoer: who, a clause's subject, is a doer named ("the Clerk", "Cllr
// Reed", "the Council") or "he", "she" or "we" standing for one — not
// a thing ("progress reports would be sent") nor a clause.
func ownDoer(who string) bool {
	switch strings.ToLower(who) {
	case "he", "she", "we":
		return true
	}
	return agent(who) != "" && nameLike(who)
}

// questionPut is a question put: "Cllr Hart asked for clarification on
// the costs", "sought further details about the route". With nothing
// asked to be sent or done after it (askedDeed: "… asked for details to be
// circulated" asks for a deed, and a modal makes one), the answer came at
// the meeting.
var (
	questionPut = lazyre.New(`(?i)\b(?:asked|sought|requested)\s+(?:for\s+)?(?:some\s+|further\s+|more\s+|additional\s+)?(?:clarification|information|explanation|details)\s+(?:on|about|regarding|of)\s`)
	askedDeed   = lazyre.New(`(?i)\b(?:to\s+be|be\s+\w+ed|will|would|shall|should)\b`)
)

// updateSought is a speaker seeking news or reassurance at the
// meeting: "Councillor Ash asked for an update on the play area",
// "Members sought assurance that the hall would stay open". What was
// sought is told in the room, then or not at all; the words after
// "assurance that" are what the speaker wanted to hear, not a deed asked
// of anyone, so only a deed asked before them counts (askedDeed), or one
// set for a later time (laterDeed: "asked for an update at the next
// meeting", "… to be brought to the next meeting").
var (
	updateSought = lazyre.New(`(?i)\b(?:asked|sought|requested)\s+(?:for\s+)?(?:an?\s+|some\s+|further\s+)?(?:update|(?:re)?assurances?|confirmation)\s+(?:on|about|regarding|of|that|as\s+to|in\s+respect\s+of)\s`)
	laterDeed    = lazyre.New(`(?i)\b(?:to\s+be|(?:next|future|following|forthcoming|subsequent)\s+(?:meeting|committee|board|panel)|in\s+due\s+course)\b`)
)

// soughtHere: s seeks news or reassurance for the meeting itself
// (updateSought), asking no deed before what was sought nor one for a
// later time, and names no one undertaking anything beside it ("…
// sought assurance that the Clerk would write to the owners" is the
// Clerk's undertaking: undertakenBeside).
func soughtHere(s string) bool {
	m := updateSought.FindStringIndex(s)
	return m != nil && !askedDeed.MatchString(s[:m[1]]) && !laterDeed.MatchString(s[m[1]:]) && !undertakenBeside(s, m)
}

// repliedOnly: s tells a reply ("Officers confirmed that the buyers
// would be chosen with care") whose that-clause names no one to act: a
// person, a post or a pronoun standing for one with "will" or "would"
// and an active verb ("… that they would write to the owners") is an
// undertaking, not a reply only.
func repliedOnly(s string) bool {
	m := replyOpens.FindStringIndex(s)
	if m == nil {
		return false
	}
	rest := strings.TrimSpace(s[m[1]:])
	if u := undertaker.FindStringSubmatch(rest); u != nil && u[2] != "be" && (ownDoer(u[1]) || replyPronoun[strings.ToLower(u[1])]) {
		return false
	}
	return !undertakenBeside(s, m)
}

var (
	// ("Members were advised that …" is "advised" with "were" in the
	// subject's words; a passive may name who told them: "were told by
	// the Clerk that …".)
	replyOpens   = lazyre.New(`^(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,6}?\s+(?:confirmed|advised|explained|replied|responded|clarified|stated|said|indicated|(?:was|were)\s+(?:informed|told|assured))(?:\s+by\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})?\s+that\s`)
	replyPronoun = map[string]bool{"they": true, "i": true, "it": true}
)

// asks: the sentence is a question, its mark at the end ("Were the
// targets the right ones?"): it asks the meeting and is answered there,
// by someone undertaking nothing in it. (A clause beside the question
// that names who will act, "the Clerk will check the dates; could they
// be kept?", is not vetoed by it: undertakenBeside.)
func asks(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " )\"'’”"), "?")
}

// asksAll: every sentence of s is a question (asks).
func asksAll(s string) bool {
	sents := sentences(s)
	for _, x := range sents {
		if !asks(x) {
			return false
		}
	}
	return len(sents) > 0
}

// notedUndertaking is another's undertaking noted ("The Council notes
// that the Government has agreed to fund 500 places"): the noting body
// takes on nothing, and the one that agreed did so elsewhere. Its
// subject is kept to tell the council's own (ownSide: "notes that the
// Clerk has agreed to mend the gate" is the Clerk's undertaking).
var notedUndertaking = lazyre.New(`\bnotes?\s+that\s+([^,;]{2,60}?)\s+(?:has|have|had)\s+(?:agreed|committed|pledged|promised|undertaken)\s+to\b`)

var toldShapes = []*lazyre.RE{
	// News brought to the meeting from outside: "The Clerk has received
	// notice that a new warden will start in May" — the one who acts is
	// someone else, who promised nothing to the meeting.
	lazyre.New(`(?i)\b(?:has|have|had)\s+(?:now\s+|also\s+)?received\s+(?:notice|notification|word)\s+that\b`),
	// What another body decided, told: "It was confirmed that the Board
	// had approved the six proposals and that …". The past perfect of a
	// deciding verb puts the decision before and elsewhere.
	lazyre.New(`^It\s+was\s+(?:confirmed|reported|noted|explained|advised)\s+that\s+[^,;]{2,60}?\s+had\s+(?:approved|agreed|accepted|adopted|endorsed|resolved|decided)\b`),
	// Work under way, told: "He told the Panel that a training day was
	// being planned for June and that parish clerks would be invited".
	// The progressive passive says the work is already in hand, not
	// undertaken here.
	lazyre.New(`\b(?:informed|told|advised|reminded)\s+(?:the\s+)?[A-Z]?\w+\s+that\s+[^,;]{3,80}?\s+(?:was|were)\s+being\s+\w+ed\b`),
	// What was said at an earlier time: "At the time, members were told
	// that a new plan would come to them": history retold.
	lazyre.New(`^At\s+(?:the|that)\s+time,`),
	// A need stated with no one to meet it: "There was a need for the
	// group to meet more often": the need is told, no one takes it on.
	lazyre.New(`^There\s+(?:was|is|were)\s+(?:a|an)\s+(?:\w+\s+)?need\s+(?:for|to)\b`),
	// Progress told: "Four of the actions had now been finished and would
	// come off the list" — the perfect with "now" or "already" reports
	// what is done; what follows from it is no one's undertaking.
	lazyre.New(`^[A-Z][^,;]{2,60}?\s+had\s+(?:now|already)\s+been\s+\w+ed\s+and\s+(?:would|will)\b`),
	// The meeting's own members asked by a speaker for their views: "The
	// officer drew Members' attention to the draft and asked them to let
	// her have any comments": a request to the room, that each member
	// answers or not, which no one is set to carry out. ("them" must
	// stand for members named before it, not as the sentence's subject.)
	lazyre.New(`^\S[^.;]*\s(?i:members)['’]?\s[^.;]*\basked\s+them\s+to\b`),
	// A state said to last, not a deed: "the help was ongoing and would be
	// in place for as long as families needed it".
	lazyre.New(`\bwould\s+be\s+in\s+place\s+(?:for\s+as\s+long\s+as|until|while)\b`),
	// A speaker's account going on: "The Planning Lead continued,
	// describing the new parking zones."
	lazyre.New(`^[A-Z][^,.;]{2,80}\s+(?:continued|went\s+on),\s+\w+ing\b`),
	// A forecast of what another is doing: "The group expected that the
	// county would be consulting on the bus routes in spring" — the
	// progressive after "would" tells what goes on, not what is promised.
	lazyre.New(`\b(?:anticipated|expected)\s+that\s+[^,;]{2,60}?\s+(?:would|will)\s+be\s+\w+ing\b`),
}
