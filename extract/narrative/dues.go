package narrative

import (
	"strings"
	"unicode"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// A date in a sentence is a deadline only where the grammar around it
// sets one: the preposition that governs it ("by March", "to the July
// Cabinet", "report back in June") and a clause that looks ahead. The
// same words describe a thing or tell of the past as often: a period a
// thing covers ("the figures for Q2"), a date worn by a noun ("the
// 2023/24 budget"), a meeting that has been held ("At the April meeting
// the Clerk was asked …"). describedDate tells those apart.

// describedDate: the date duePat matched at m in s (its preposition at
// m[0], the date at m[2]:m[3]) describes a thing or an event rather than
// setting a deadline.
func describedDate(s string, m []int) bool {
	prep := strings.ToLower(strings.Fields(s[m[0]:m[2]])[0])
	switch {
	case prep == "for" && periodCovered.MatchString(s[m[2]:m[3]]):
		return true // "the figures for Q2", "the accounts for the year ended …": the period a thing covers
	case prep == "to" && spanWorn(s[:m[0]]):
		return true // "the Strategy 2018 to 2023": the years a thing covers
	case attributive(s, m, prep):
		return true
	case (prep == "on" || prep == "at" || prep == "in") && eventBefore(s[:m[0]]):
		return true // "the meeting held on 3 May"
	case prep != "by" && prep != "before" && prep != "no" && pastBefore(s[:m[0]]):
		return true // "the plan was adopted in 2022"
	case (prep == "on" || prep == "at" || prep == "in") && pastAfter(s[m[3]:]):
		return true // "At the May meeting the Clerk was asked …"
	}
	return false
}

// periodCovered is a quarter or a year named without its figures, as a
// thing covers it ("for Q2", "for the financial year"; a year in figures
// is periodOnly's).
var periodCovered = lazyre.New(`(?i)^(?:q[1-4](?:\s+\d{4}(?:/\d{2})?)?|(?:the\s+|this\s+)?(?:calendar\s+|financial\s+|municipal\s+)?year)$`)

// yearBeforeTo is the first year of a span ending in "to", with the word
// before it: "Strategy 2018 ", "for Shropshire, 2018 ", "club April 2024 ".
var yearBeforeTo = lazyre.New(`(?i)(?:\b([\w’'-]+)(,?)\s+)?(?:\b` + oneMonth + `\s+)?\b\d{4}(?:/\d{2,4})?,?\s+$`)

// fewWordsEnd is the last few words before a span's word.
var fewWordsEnd = lazyre.New(`(?:[\w’'-]+\W+){0,3}$`)

// spanWorn: before, the words before "to", end in the first year of a
// span that a title or a plan wears ("the Strategy 2018 to 2023", "the
// plan 2024 to 2026") or a thing covers ("for 2023/24 to 2027/28").
// Other spans ("run from 2024 to 2026", "fund the club 2025 to 2027",
// "pay the grant to Age UK 2025 to 2027") end when a thing is to end,
// and stay deadlines: a name in capitals wears the span only when a
// comma divides it from the year ("for Shropshire, 2018 to 2023") or a
// plan word stands among the few words before it ("the Local Plan
// Review 2018 to 2023").
func spanWorn(before string) bool {
	m := yearBeforeTo.FindStringSubmatchIndex(before)
	if m == nil || m[2] < 0 {
		return false
	}
	word := before[m[2]:m[3]]
	w := strings.ToLower(word)
	if w == "for" || planWord[w] {
		return true
	}
	if functionWord[w] || !startsUpper(word) {
		return false
	}
	if m[5] > m[4] {
		return true // "for Shropshire, 2018 to 2023"
	}
	for _, v := range strings.FieldsFunc(fewWordsEnd.FindString(before[:m[2]]), notWordRune) {
		if planWord[strings.ToLower(v)] {
			return true
		}
	}
	return false
}

// notWordRune is a rune that no word holds.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’' && r != '\'' && r != '-'
}

// planWord is a document that a span of years names.
var planWord = setOf(`plan plans strategy strategies programme programmes budget budgets policy framework scheme period`)

// attributedTo is what follows a date that stands before a noun: a range's
// end ("2023-24", "2020/2021") and up to four words.
var attributedTo = lazyre.New(`^(?:\s*[-–/]\s*\d{2,4})?\s+([A-Za-z][\w’'-]*)((?:\s+[A-Za-z][\w’'-]*){0,3})`)

// bareDate is a date after "the" that a noun may wear: "the 2023/24", "the
// December", "the Q2", "the Year" ("the end of March" and "the next
// meeting" are not).
var bareDate = lazyre.New(`(?i)^(?:the|this)\s+(?:\d|q[1-4]|spring|summer|autumn|winter|year|calendar|financial|municipal|` + oneMonth + `\b)`)

// attributive: the date at m is worn by the noun after it, as in "the
// 2023/24 budget", "the December orders", "the Q2 report": it says which
// thing, not by when. A noun that names a meeting ("the July Cabinet",
// "the April Full Council agenda") dates when a thing goes there, and a
// span of time after "in" or "within" ("in the 2025/26 financial year")
// when it is done; both stay deadlines, as does any date after "by",
// "before" or "no later than", or "in time for". After "to", "for" or
// "at" a name in capitals after the date is a body whose meeting it is,
// however long the name, if a meeting word or a short form in capitals
// says so (bodyNamed: "the 2026/27 Budget" is a thing's), unless it
// names a span ("the 2019/20 Academic Year") or the date is a year in a
// title ("the Year Ahead Plan").
func attributive(s string, m []int, prep string) bool {
	if prep == "by" || prep == "before" || prep == "no" || !bareDate.MatchString(s[m[2]:m[3]]) {
		return false
	}
	if prep == "for" && inTimeFor.MatchString(s[:m[0]]) {
		return false // "in time for the 2026/27 budget": ready before it
	}
	a := attributedTo.FindStringSubmatch(s[m[3]:])
	if a == nil || functionWord[strings.ToLower(a[1])] {
		return false
	}
	if (prep == "to" || prep == "for" || prep == "at") && startsUpper(a[1]) && !yearNamed.MatchString(s[m[2]:m[3]]) && !spanWord[strings.ToLower(a[1])] && bodyNamed(s[m[3]:]) {
		return false // "to the March Scrutiny Management Board", "the March OSC": a body's meeting
	}
	words := strings.Fields(strings.ToLower(a[1] + a[2]))
	for _, w := range words {
		if meetingWord[w] {
			return false
		}
	}
	if prep == "in" || prep == "within" {
		// "in the 2025/26 (school) year": when, not which
		return !spanWord[words[0]] && !(len(words) > 1 && spanWord[words[1]])
	}
	return true
}

// capitalName is the name in capitals after a date, with the small
// words that join one ("Environment and Community Services Committee").
var capitalName = lazyre.New(`^(?:\s*[-–/]\s*\d{2,4})?((?:\s+(?:[A-Z][\w’'-]*|and|of|for|the|&))+)`)

// shortForm is a body's name in capitals alone: "OSC", "PHLC".
var shortForm = lazyre.New(`^[A-Z]{2,6}$`)

// bodyWord names a body that meets, beyond meetingWord: "the May
// Steering Group", "the June Overview and Scrutiny".
var bodyWord = setOf(`group groups scrutiny overview partnership`)

// bodyNamed: the name in capitals that starts after reads as a body's,
// whose meeting a date dates ("the March Environment and Community
// Services Committee", "the March OSC"), not a thing's ("the 2026/27
// Budget", "the 2025 Summer Fair", "the 2025 Work Programme").
func bodyNamed(after string) bool {
	n := capitalName.FindStringSubmatch(after)
	if n == nil {
		return false
	}
	words := strings.Fields(n[1])
	if shortForm.MatchString(words[0]) {
		return true
	}
	for _, w := range words {
		if w = strings.ToLower(w); meetingWord[w] || bodyWord[w] {
			return true
		}
	}
	return false
}

// functionWord is a word that cannot be the noun a date stands before:
// "in May and June", "by 2026 the council will", "in 2025 following".
var functionWord = setOf(`a an the and or but nor to for on in at by of with from into onto following after
	before until till each every as so if when where which that who whose while whilst be is are was were
	been being will would shall should can could may might must has have had do does did it its he she they
	we i you their our his her this these those then also only latest onwards onward via per subject unless
	there here not no once again too`)

// meetingWord is a word that names a meeting or the body that holds one.
var meetingWord = setOf(`meeting meetings agenda agendas cabinet council committee sub-committee board panel
	executive forum session sitting conference agm hearing assembly`)

// yearNamed is a year a title may name without figures: "the Year Ahead
// Plan".
var yearNamed = lazyre.New(`(?i)\byear\b`)

// spanWord is a span of time: "in the 2025/26 financial year", "in the
// summer holidays".
var spanWord = setOf(`year years year-end financial academic municipal calendar quarter term half month
	months holiday holidays recess period`)

// inTimeFor ends the words before a "for" that sets a deadline.
var inTimeFor = lazyre.New(`(?i)\bin\s+time\s+$`)

// setOf is a word list written as one string. Unlike wordSet, which splits
// text at every mark and so serves for comparing sentences, it keeps an
// entry whole ("sub-committee", "year-end"), as the lists' look-ups take
// words split at spaces only.
func setOf(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// pastEventVerb is a participle that tells when a thing happened when a
// date follows it: "held on 3 May", "approved at the March meeting".
const pastEventVerb = `(?:held|dated|published|submitted|received|considered|made|taken|agreed|approved)`

// eventVerbBefore is that participle just before the date's preposition.
var eventVerbBefore = lazyre.New(`(?i)\b` + pastEventVerb + `\s+$`)

// eventBefore: the words before a date end in pastEventVerb, not put in
// the future or a wish by "be" ("to be held on 4 May", "so they can be
// considered in June").
func eventBefore(before string) bool {
	loc := eventVerbBefore.FindStringIndex(before)
	return loc != nil && !beBefore.MatchString(before[:loc[0]])
}

// beBefore ends the words before a participle that is not past: "to be",
// "can be", "being", "will be formally".
var beBefore = lazyre.New(`(?i)\bbe(?:ing)?\s+(?:\w+ly\s+)?$`)

// pastPassive is a verb in the past passive or the pluperfect that ends
// the words before a date: "was adopted ", "were published ", "had been
// interviewed ". (The present perfect, "has been organised for 3 May",
// "has arranged a meeting for 3 May", looks ahead as often as back.)
var pastPassive = lazyre.New(`(?i)\b(?:was|were|had(?:\s+been)?)\s+(?:\w+ly\s+)?(\w+ed|held|made|taken|given|sent|done|met|seen|shown|written|paid|built|brought|begun|won|spent|sought|told|found|kept|run|sold)\s+$`)

// movesAhead is a participle whose date lies ahead though the verb is
// past: the thing was put off, moved or arranged for then ("was deferred
// to the June meeting", "was booked for 3 May").
var movesAhead = setOf(`deferred postponed adjourned referred rescheduled re-scheduled moved delayed extended
	scheduled planned programmed expected timetabled brought put pushed carried invited asked requested tasked
	instructed delegated booked arranged required needed`)

// pastBefore: the words before a date end in a past verb whose
// adverbial it is ("the plan was adopted in 2022", "two had been
// interviewed on 3 May"), maybe after a short phrase ("was signed by both
// parties in April"), one that does not move a thing ahead. A past
// verb further back belongs to another clause ("the gate that was
// damaged repaired by June") and tells nothing of the date's.
func pastBefore(before string) bool {
	m := pastPassive.FindStringSubmatchIndex(before)
	if m == nil {
		if k := agentPhrase(before); k > 0 {
			m = pastPassive.FindStringSubmatchIndex(before[:k])
		}
	}
	if m == nil {
		return false
	}
	return !movesAhead[strings.ToLower(before[m[2]:m[3]])]
}

// shortPhrase is a short phrase after "by", "at" or "to" that ends the
// words before a date: "by both parties ", "at Full Council ".
var shortPhrase = lazyre.New(`(?i)\b(by|at|to)\s+((?:[\w’'-]+\s+){1,4})$`)

// agentSmallWord is a small word a short phrase may hold.
var agentSmallWord = setOf(`the a an of and`)

// agentPhrase is where a short phrase after "by", "at" or "to" starts at
// the end of before, which may stand between a past participle and its
// date ("the lease was signed by both parties in April", "was approved at
// Full Council on 3 May"), or 0. A phrase that holds another verb's words
// ("was agreed to order the benches in July", "by members to order") is
// none: its date is that verb's.
func agentPhrase(before string) int {
	m := shortPhrase.FindStringSubmatchIndex(before)
	if m == nil {
		return 0
	}
	words := strings.Fields(before[m[4]:m[5]])
	if strings.EqualFold(before[m[2]:m[3]], "to") && words[0] != "the" && !startsUpper(words[0]) {
		return 0
	}
	for _, w := range words {
		if w = strings.ToLower(w); functionWord[w] && !agentSmallWord[w] {
			return 0
		}
	}
	return m[0]
}

// pastNext is what tells a clause's tense after a date: a verb in the
// past ("were approved", "had been", "members noted that": its group 1),
// words that look ahead ("will", "is expected that", "to report"), "who",
// "which" or "that", whose clause's verb is not the date's (group 2), or
// the sentence's end.
var pastNext = lazyre.New(`(?i)\b(?:is|are|be|been|being)\s+\w+ed\s+that\b|\b(was|were|had|\w+ed\s+that)\b|\b(?:will|would|shall|should|must|can|could|may|might|to\s+[a-z]+)\b|\b(who|which|that)\b|[.;:!?]`)

// pastAfter: a date at or on a meeting, or in a month, is followed by
// the past verb of its clause ("At the April meeting the Clerk was asked
// …", "The minutes of the meeting on 3 May were approved"): it tells when
// that happened. A relative clause's verb is its own ("In June, members
// who were absent will be trained"): the words after it tell.
func pastAfter(after string) bool {
	relative := false
	for _, m := range pastNext.FindAllStringSubmatchIndex(after, -1) {
		switch {
		case m[4] >= 0:
			relative = true
		case m[2] >= 0 && relative:
			relative = false // "who were absent": the relative clause's verb
		default:
			return m[2] >= 0
		}
	}
	return false
}
