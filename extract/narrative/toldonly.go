package narrative

import "regexp"

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
func toldOnly(s string) bool {
	if questionPut.MatchString(s) && !askedDeed.MatchString(s) {
		return true
	}
	for _, p := range toldShapes {
		if p.MatchString(s) {
			return true
		}
	}
	return false
}

// questionPut is a question put: "Cllr Hart asked for clarification on
// the costs", "sought further details about the route". With nothing
// asked to be sent or done after it (askedDeed: "… asked for details to be
// circulated" asks for a deed, and a modal makes one), the answer came at
// the meeting.
var (
	questionPut = regexp.MustCompile(`(?i)\b(?:asked|sought|requested)\s+(?:for\s+)?(?:some\s+|further\s+|more\s+|additional\s+)?(?:clarification|information|explanation|details)\s+(?:on|about|regarding|of)\s`)
	askedDeed   = regexp.MustCompile(`(?i)\b(?:to\s+be|be\s+\w+ed|will|would|shall|should)\b`)
)

var toldShapes = []*regexp.Regexp{
	// News brought to the meeting from outside: "The Clerk has received
	// notice that a new warden will start in May" — the one who acts is
	// someone else, who promised nothing to the meeting.
	regexp.MustCompile(`(?i)\b(?:has|have|had)\s+(?:now\s+|also\s+)?received\s+(?:notice|notification|word)\s+that\b`),
	// What another body decided, told: "It was confirmed that the Board
	// had approved the six proposals and that …". The past perfect of a
	// deciding verb puts the decision before and elsewhere.
	regexp.MustCompile(`^It\s+was\s+(?:confirmed|reported|noted|explained|advised)\s+that\s+[^,;]{2,60}?\s+had\s+(?:approved|agreed|accepted|adopted|endorsed|resolved|decided)\b`),
	// Work under way, told: "He told the Panel that a training day was
	// being planned for June and that parish clerks would be invited".
	// The progressive passive says the work is already in hand, not
	// undertaken here.
	regexp.MustCompile(`\b(?:informed|told|advised|reminded)\s+(?:the\s+)?[A-Z]?\w+\s+that\s+[^,;]{3,80}?\s+(?:was|were)\s+being\s+\w+ed\b`),
	// What was said at an earlier time: "At the time, members were told
	// that a new plan would come to them": history retold.
	regexp.MustCompile(`^At\s+(?:the|that)\s+time,`),
	// A need stated with no one to meet it: "There was a need for the
	// group to meet more often": the need is told, no one takes it on.
	regexp.MustCompile(`^There\s+(?:was|is|were)\s+(?:a|an)\s+(?:\w+\s+)?need\s+(?:for|to)\b`),
	// Progress told: "Four of the actions had now been finished and would
	// come off the list" — the perfect with "now" or "already" reports
	// what is done; what follows from it is no one's undertaking.
	regexp.MustCompile(`^[A-Z][^,;]{2,60}?\s+had\s+(?:now|already)\s+been\s+\w+ed\s+and\s+(?:would|will)\b`),
	// The meeting's own members asked by a speaker for their views: "The
	// officer drew Members' attention to the draft and asked them to let
	// her have any comments": a request to the room, that each member
	// answers or not, which no one is set to carry out. ("them" must
	// stand for members named before it, not as the sentence's subject.)
	regexp.MustCompile(`^\S[^.;]*\s(?i:members)['’]?\s[^.;]*\basked\s+them\s+to\b`),
	// A state said to last, not a deed: "the help was ongoing and would be
	// in place for as long as families needed it".
	regexp.MustCompile(`\bwould\s+be\s+in\s+place\s+(?:for\s+as\s+long\s+as|until|while)\b`),
	// Another's undertaking noted ("The Council notes that the
	// Government has agreed to fund 500 places"): the noting body takes on
	// nothing, and the one that agreed did so elsewhere.
	regexp.MustCompile(`\bnotes?\s+that\s+[^,;]{2,60}?\s+(?:has|have|had)\s+(?:agreed|committed|pledged|promised|undertaken)\s+to\b`),
	// A speaker's account going on: "The Planning Lead continued,
	// describing the new parking zones."
	regexp.MustCompile(`^[A-Z][^,.;]{2,80}\s+(?:continued|went\s+on),\s+\w+ing\b`),
	// A forecast of what another is doing: "The group expected that the
	// county would be consulting on the bus routes in spring" — the
	// progressive after "would" tells what goes on, not what is promised.
	regexp.MustCompile(`\b(?:anticipated|expected)\s+that\s+[^,;]{2,60}?\s+(?:would|will)\s+be\s+\w+ing\b`),
}
