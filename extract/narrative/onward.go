package narrative

// A body recommending to another body: the deciding body's only act is to
// put the matter to a body that has yet to decide, so what it records is a
// recommendation, whatever label heads it (the first convention settled
// between gold writers, fixtures/realworld/README.md).

import (
	"strings"
	"unicode"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// recommendsOnward reads a decision's clause whose own verb is recommend,
// with or without the body it goes to: "The Panel recommends that …",
// "RESOLVED to recommend to Council that …", "That Council be recommended
// to adopt …", "recommend the Board to agree …", "That a recommendation be
// made to Council that …". A verb of the body's own decision before it
// ("Approve the plan and recommend it to Council", "notes the report and
// recommends …") makes the clause a decision, as does recommending only in
// a noun ("Approve the Committee's recommendation that …"); a verb of
// deliberating ("Cabinet reviews and recommends …") does not. A decision's
// label ("RESOLVED –", "It was agreed to") is set aside.
func recommendsOnward(s string) bool {
	s = strings.TrimSpace(thatOpening.ReplaceAllString(strings.TrimSpace(s), ""))
	if m := frontedPhrase.FindStringIndex(s); m != nil {
		// "That, subject to the consultation, the Committee recommends
		// …": the phrase set before the clause has no verb of its own.
		s = s[m[1]:]
	}
	loc := recommendWord.FindStringIndex(s)
	if loc == nil {
		return false
	}
	before, after := s[:loc[0]], s[loc[1]:]
	if strings.Contains(before, ";") || sentenceBreak.MatchString(before) {
		return false // the verb is another sentence's
	}
	words := strings.Fields(before)
	if len(words) > 14 {
		return false
	}
	var subject []string
	for i, w := range words {
		bare := strings.Trim(w, ",:-–—()")
		lower := strings.ToLower(bare)
		last := i+1 == len(words)
		switch {
		case lower == "not":
			return false // "RESOLVED not to recommend …": nothing goes on
		case modalWord.MatchString(lower):
			return false // "… that the Board would review and recommend …": another's act to come
		case bare == "" || lower == "it" || lower == "was" || lower == "unanimously" || lower == "also" || lower == "that" || lower == "to" && last:
			continue
		case labelVerb[lower] && (w != bare || last || labelNext[strings.ToLower(words[i+1])]):
			continue // "RESOLVED that", "agreed to", "RESOLVED:"
		case ownDecision.MatchString(lower) && (i == 0 || !nameWord(bare) && !afterDeterminer(strings.ToLower(words[i-1]))):
			// The body decided something of its own too. (Not a noun
			// after its determiner, "the requests", nor part of a
			// name, "Support Services".)
			return false
		}
		subject = append(subject, bare)
	}
	passive := passiveBe.MatchString(before)
	if len(subject) > 0 && !passive && !bodySubject(subject) {
		return false
	}
	if strings.HasPrefix(strings.ToLower(s[loc[0]:]), "recommend") {
		if passive {
			// "Council be recommended to adopt …", "the plan be
			// recommended to Council for adoption".
			return passiveOn.MatchString(after)
		}
		if m := recommendToVerb.FindStringSubmatch(after); m != nil && !afterDeterminer(m[1]) && !recipientWord[m[1]] {
			// "That the working groups recommended to continue be
			// kept": only a passive takes a verb after "to"; an active
			// "recommend" names a body there.
			return false
		}
		if notOnward.MatchString(after) {
			// "the measures officers recommend be put in place", "as
			// recommended in the report": recommending is told of, not
			// done.
			return false
		}
	}
	return true
}

// bodySubject: who recommends is a body ("the Executive", "Members"), not
// an officer, a member named or a paper; nor is the verb a participle
// before its noun ("the recommended option", "the Panel's recommended
// route").
func bodySubject(subject []string) bool {
	head := strings.ToLower(subject[len(subject)-1])
	if afterDeterminer(head) || strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "’s") {
		return false
	}
	body := false
	for _, w := range subject {
		l := strings.ToLower(w)
		if notBody.MatchString(l) {
			return false
		}
		body = body || meetingWord[l] || bodyWord[l] || l == "members" || shortForm.MatchString(w)
	}
	return body
}

var (
	// thatOpening is a decision's "That" and its comma.
	thatOpening = lazyre.New(`^(?i:that),?\s+`)
	// frontedPhrase is a phrase set before the clause, opened by a
	// preposition, up to its comma.
	frontedPhrase = lazyre.New(`^(?i:in\s+respect\s+of|in\s+relation\s+to|in\s+light\s+of|with\s+regard\s+to|subject\s+to|following|further\s+to|having|after|pending|upon|given|notwithstanding)\b[^,;]{1,300},\s*`)
	// recommendWord is the verb recommend in any form, or its noun made
	// the verb by "be made to".
	recommendWord = lazyre.New(`(?i)\brecommend(?:s|ed)?\b|\b(?:a\s+)?recommendation\s+(?:be|is|was)\s+made\s+to\b`)
	// sentenceBreak ends a sentence before the verb.
	sentenceBreak = lazyre.New(`[.!?]\s+\S`)
	// ownDecision is a verb by which a body decides in its own right.
	ownDecision = lazyre.New(`^(?:approv(?:e|es|ed|ing)|agree[sd]?|adopt(?:s|ed)?|endorse[sd]?|note[sd]?|accept(?:s|ed)?|authori[sz]e[sd]?|delegate[sd]?|support(?:s|ed)?|confirm(?:s|ed)?|receive[sd]?|welcome[sd]?|ratif(?:y|ies|ied)|resolve[sd]?|decide[sd]?|instruct(?:s|ed)?|request(?:s|ed)?|asks?|asked|invite[sd]?)$`)
	// notBody is a word of a subject that is no body: an officer, a
	// member named by title, a paper, a pronoun.
	notBody = lazyre.New(`^(?:officers?|director|clerk|chair(?:man|person)?|manager|head|cllrs?|councillors?|mr|mrs|ms|dr|report|paper|i|we|he|she|they|who|which|as)$`)
	// passiveBe stands just before a passive participle.
	passiveBe = lazyre.New(`(?i)\b(?:be|is|was|been|being)\s*$`)
	// passiveOn goes on from "be recommended" to a body or a verb:
	// "… to Council", "… to adopt", "… for adoption".
	passiveOn = lazyre.New(`^\s*(?i:to|for)\b`)
	// recommendToVerb is "to" and a word in lower case after "recommend".
	recommendToVerb = lazyre.New(`^\s+to\s+([a-z]+)\b`)
	// notOnward follows "recommend" told of rather than done.
	notOnward = lazyre.New(`^\s*(?:(?i:be|is|are|was|were|by|in|within|at|on|above|below|herein|and|or)\b|[,.;:)]|$)`)
)

// labelVerb heads a decision as its label when "that", "to" or a stop
// follows it.
var labelVerb = map[string]bool{"resolved": true, "agreed": true, "decided": true, "resolves": true, "agrees": true, "decides": true}

var labelNext = map[string]bool{"that": true, "that:": true, "to": true, "-": true, "–": true, "—": true, "unanimously": true, ":": true}

// recipientWord opens, in lower case, the body a recommendation goes to:
// "to full Council", "to council".
var recipientWord = setOf(`full county district city town parish council cabinet executive members`)

// afterDeterminer: a word before which "recommended" is an adjective —
// the determiners an object opens with (objectDeterminer), and "any" and
// "each".
func afterDeterminer(w string) bool {
	return objectDeterminer[w] || w == "any" || w == "each"
}

// nameWord is a word with a capital and a lower-case letter after it: in
// a clause's middle, part of a name ("Support Services Committee").
func nameWord(w string) bool {
	r := []rune(w)
	return len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
}
