package narrative

import (
	"strings"

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
	case pastBefore(s[:m[0]]):
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

// yearBeforeTo is the first year of a span ending in "to": "2018 ",
// "April 2024 ", with "from" or "between" where it opens the span.
var yearBeforeTo = lazyre.New(`(?i)(?:\b(from|between)\s+)?(?:\b` + oneMonth + `\s+)?\b\d{4}(?:/\d{2,4})?,?\s+$`)

// spanWorn: before, the words before "to", end in the first year of a
// span that a noun wears ("the Strategy 2018 to 2023", "for 2023/24 to
// 2027/28"). A span opened by "from" ("run from 2024 to 2026") ends when
// a thing is to end, and stays a deadline.
func spanWorn(before string) bool {
	m := yearBeforeTo.FindStringSubmatch(before)
	return m != nil && m[1] == ""
}

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
// "before" or "no later than".
func attributive(s string, m []int, prep string) bool {
	if prep == "by" || prep == "before" || prep == "no" || !bareDate.MatchString(s[m[2]:m[3]]) {
		return false
	}
	a := attributedTo.FindStringSubmatch(s[m[3]:])
	if a == nil || functionWord[strings.ToLower(a[1])] {
		return false
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

// spanWord is a span of time: "in the 2025/26 financial year".
var spanWord = setOf(`year years year-end financial academic municipal calendar quarter term half month`)

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
// "can be", "being".
var beBefore = lazyre.New(`(?i)\bbe(?:ing)?\s+$`)

// pastPassive is a verb in the past passive or the pluperfect: "was
// adopted", "were published", "had been interviewed", "has been
// completed". (A present perfect active, "has arranged a meeting for 3
// May", looks ahead as often as back.)
var pastPassive = lazyre.New(`(?i)\b(?:was|were|had(?:\s+been)?|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(\w+ed|held|made|taken|given|sent|done|met|seen|shown|written|paid|built|brought|begun|won|spent|sought|told|found|kept|run|sold)\b`)

// looksAhead, between a verb and a date, starts a clause or a sentence
// of its own that may look ahead: "was asked to report in June", "was
// told that it would come in June", "were completed and are due in May",
// "where it was needed, a copy be sent in June", "was cut. Next cut in
// June".
var looksAhead = lazyre.New(`(?i)\b(?:to\s+(?:be\s+)?[a-z]+|will|would|shall|should|must|can|could|may|might|be|is|are|that|due|expected|scheduled|planned)\b|[,;:.!?]`)

// movesAhead is a participle whose date lies ahead though the verb is
// past: the thing was put off, moved or arranged for then ("was deferred
// to the June meeting", "was booked for 3 May").
var movesAhead = setOf(`deferred postponed adjourned referred rescheduled re-scheduled moved delayed extended
	scheduled planned programmed expected timetabled brought put pushed carried invited asked requested tasked
	instructed delegated booked arranged required needed`)

// pastBefore: the clause a date ends is told in the past ("the plan was
// adopted in 2022", "two had been interviewed on 3 May"), its verb one
// that does not move a thing ahead.
func pastBefore(before string) bool {
	all := pastPassive.FindAllStringSubmatchIndex(before, -1)
	if all == nil {
		return false
	}
	last := all[len(all)-1]
	verb := strings.ToLower(before[last[2]:last[3]])
	return !movesAhead[verb] && !looksAhead.MatchString(before[last[1]:])
}

// pastNext is the first thing after a date that tells its clause's tense:
// a verb in the past ("were approved", "had been", "members noted that":
// its group 1) or words that look ahead ("is expected that", "will",
// "to report"), or the clause's end.
var pastNext = lazyre.New(`(?i)\b(?:is|are|be|been|being)\s+\w+ed\s+that\b|\b(was|were|had|\w+ed\s+that)\b|\b(?:will|would|shall|should|must|can|could|may|might|to\s+[a-z]+|that|which)\b|[.;:!?]`)

// pastAfter: a date at or on a meeting, or in a month, is followed by
// the past verb of its clause ("At the April meeting the Clerk was asked
// …", "The minutes of the meeting on 3 May were approved"): it tells when
// that happened.
func pastAfter(after string) bool {
	m := pastNext.FindStringSubmatchIndex(after)
	return m != nil && m[2] >= 0
}
