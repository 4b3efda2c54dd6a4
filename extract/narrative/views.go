package narrative

import (
	"strings"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// agreedView is an item that is one sentence in which a meeting agreed
// with a view, settling nothing: what its that-clause says is a state, told
// in the past or present or as what "would be" so, with "there" or "it"
// standing for the subject or a quality after "was" or "were" ("It was
// agreed that there was a need to look again at the figures", "The Board
// agreed that it would be useful for members to see the draft", "Members
// agreed that the changes were welcome"). A that-clause that settles a
// thing names an act ("… that the clerk would write", "… that the fence
// should be mended", "… that the minutes were a true record", "… that there
// would be no rise in the precept"), and so does any clause after the view
// ("… and that the clerk would write to them"): those are kept.
func agreedView(text string) bool {
	text = strings.TrimSpace(text)
	if !holdsWord(text, "agreed that") || len(sentences(text)) != 1 {
		return false
	}
	m := viewAgreed.FindStringSubmatchIndex(text)
	if m == nil {
		return false
	}
	for g := 2; g <= 4; g += 2 {
		if m[g] >= 0 && !quality(text[m[g]:m[g+1]]) {
			return false // "… the minutes were approved", "… were a true record"
		}
	}
	return !actAfter(text[m[1]:])
}

// quality: w, after "was" or "were", names a quality ("welcome",
// "helpful"), not a participle that tells what was done ("approved",
// "taken") nor a word that opens a phrase ("a", "in", "to", "not").
func quality(w string) bool {
	w = strings.ToLower(w)
	return len(w) >= 3 && !doneWord(w) && !viewOpener[w]
}

// doneWord: w reads as a past participle, a regular one or one of the
// irregular ones minutes use for what is done.
func doneWord(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularPast[w]
}

var viewOpener = map[string]bool{
	"the": true, "and": true, "not": true, "for": true, "from": true, "into": true, "onto": true,
	"with": true, "within": true, "without": true, "under": true, "over": true, "about": true,
	"now": true, "still": true, "also": true, "all": true, "both": true, "each": true,
	"this": true, "that": true, "these": true, "those": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "due": true, "able": true, "one": true, "two": true,
}

// actAfter: rest, the sentence after a view, settles something as well:
// a modal before a verb other than "be", or before "be" and a participle
// ("… and that the clerk would write", "… would be sent"). "Would be a
// help" is a view still.
func actAfter(rest string) bool {
	for _, m := range viewModal.FindAllStringSubmatch(rest, -1) {
		if !strings.EqualFold(m[1], "be") || doneWord(m[2]) {
			return true
		}
	}
	return false
}

var (
	// viewAgreed is a sentence whose deciding verb is "agreed that" and
	// whose that-clause opens on a view: "there was", "it would be
	// <word> for/to/that", or a subject and "was/were <word>" where the
	// clause or its first part ends (the word after "be" in group 1 or
	// 2, for quality). Whatever opens the sentence before its subject
	// ("Following debate, …", "Noting the hour, …") is left to stand.
	viewAgreed = lazyre.New(`(?i)^(?:[^.;:]{0,160}?,\s+)?(?:it\s+was|(?:the\s+|all\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3})\s+(?:(?:also|unanimously|then|further|generally)\s+)?agreed,?\s+that\s+(?:there\s+(?:was|were|is|are)\s|it\s+(?:was|is|would\s+be)\s+(?:\w+ly\s+)?([a-z]+)\s+(?:for|to|that)\s|(?:the|these|those|this|such)\s+[\w'’ -]{1,60}?\s+(?:was|were)\s+(?:\w+ly\s+)?([a-z]+)(?:\s+and\s|\s*[,.;]|\s*$))`)
	// viewModal is a modal and the verb after it, and the word after
	// that.
	viewModal = lazyre.New(`(?i)\b(?:would|will|should|shall|must)\s+(?:not\s+)?([a-z]+)(?:\s+([a-z]+))?`)
)

// askedOnly is an item that is one sentence whose only business is a
// question put at the meeting: a verb of asking and what is asked, told
// as an indirect question ("Members asked who would be invited to the
// event", "The Chair requested information as to whether the matter had
// been discussed"). Asking whether someone could or would do a thing is
// a request, and stays ("… asked if the clerk could find out the dates");
// so does a sentence where anyone undertakes to act, before the question
// or after it ("… and the clerk agreed to find out").
func askedOnly(text string) bool {
	text = strings.TrimSpace(text)
	if !holdsAnyWord(text, "asked", "enquired", "inquired", "queried", "requested", "sought") || len(sentences(text)) != 1 {
		return false
	}
	m := askedWhat.FindStringSubmatchIndex(text)
	if m == nil {
		return false
	}
	before, word, asked := text[:m[0]], strings.ToLower(text[m[2]:m[3]]), text[m[3]:]
	if actAfter(before) || undertakes.MatchString(before) || undertakes.MatchString(asked) {
		return false
	}
	if k := questionEnd.FindStringIndex(asked); k != nil {
		// "… asked when the hall would open, and the clerk will
		// find out": a clause after the question may undertake.
		if actAfter(asked[k[1]:]) {
			return false
		}
		asked = asked[:k[0]]
	}
	if len(viewModal.FindAllStringIndex(asked, -1)) > 1 {
		// "… asked how the swings would be checked and were told
		// that the parks team would check them weekly": the answer
		// is told too.
		return false
	}
	if word == "whether" || word == "if" {
		// "whether officers would send it": a request put as a
		// question.
		return !actAfter(asked) && !canDo.MatchString(asked)
	}
	return true
}

var (
	// askedWhat is a verb of asking, what it asks about, and the word
	// that opens the question (group 1).
	askedWhat = lazyre.New(`(?i)\b(?:asked|enquired|inquired|queried|requested\s+(?:further\s+)?(?:information|clarification|details)|sought\s+(?:further\s+)?(?:information|clarification|details))(?:\s+(?:as\s+to|on|about))?\s+(who|what|which|when|where|why|how|whether|if)\b`)
	// undertakes is someone taking on a thing: "agreed to", "would
	// find out", an action's tag.
	undertakes = lazyre.New(`(?i)\b(?:agreed|undertook|offered|promised|volunteered|committed)\s+to\b|\baction\b`)
	// questionEnd ends the question where a clause of its own follows.
	questionEnd = lazyre.New(`[,;]\s|\s+but\s`)
	// canDo is "could" or "can" and a verb: what someone is asked to do.
	canDo = lazyre.New(`(?i)\b(?:could|can|might)\s+(?:not\s+)?[a-z]+`)
)
