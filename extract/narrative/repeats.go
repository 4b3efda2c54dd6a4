package narrative

// The same decision told twice: a minute that restates, summarises or
// records again what an earlier item of the paper already decided.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/internal/lazyre"
)

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
			// A note of who is to act, just after the undertaking it
			// notes again, is that undertaking.
			for i := len(out) - 1; i >= 0 && i >= len(out)-3 && !dup; i-- {
				dup = out[i].Kind == a.Kind && notedAgain(out[i].Action, a.Action)
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
			if i := lastAsk(out); i >= 0 && outBlock[i].entry == blockOf[k].entry && answersAsk(out[i].Action, a.Action) {
				// "The Council is recommended to appoint Cllr Lee to the
				// Planning Committee." then "Resolved that Cllr Lee be
				// appointed to the Planning Committee …": the first
				// decision after an agenda's ask that does what it asked
				// stands for it.
				out[i], outBlock[i] = a, blockOf[k]
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
			// "As no one else was nominated, Cllr Oak was elected Chair
			// for the year." then "RESOLVED: That Cllr Oak be elected
			// Chair for the year.": a sentence told in the item's prose
			// that holds every content word of the RESOLVED clause after
			// it is that clause told first; the clause stands for both —
			// unless the sentence says more than the clause: someone to
			// act ("… and that the Clerk order the swings") or a name the
			// clause lacks, a second decision the clause does not hold.
			if a.Kind == action.KindResolution && b.Kind == a.Kind && outBlock[i].block == 0 && blockOf[k].block != 0 &&
				len(b.Owner) == 0 && recordRetells(clauseThat.ReplaceAllString(a.Action, ""), b.Action) {
				told[b.SourceText] = true
				out, outBlock = slices.Delete(out, i, i+1), slices.Delete(outBlock, i, i+1)
				break
			}
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

var agreedThatTail = lazyre.New(`(?i)\b(?:agreed|requested|asked)\s+that\s+`)

// pronounRecord is a decision whose subject is a pronoun: "These were
// agreed.", "This was approved."
var pronounRecord = lazyre.New(`^(?:This|These|They|Both)\s+(?:was|were|is|are|has\s+been|have\s+been)\s`)

// minuteOfRef is the minute's number a ref starts with: "542" of
// "542(i)".
func minuteOfRef(ref string) string {
	m, _, _ := strings.Cut(ref, "(")
	return m
}

// clauseThat is the "That" a clause of a record opens with.
var clauseThat = lazyre.New(`^(?i:that)\s+`)

// contentWithin: every content word of a is in b.
func contentWithin(a, b string) bool {
	wb := contentSet(b)
	for w := range contentSet(a) {
		if !wb[w] {
			return false
		}
	}
	return true
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

// lastAsk is the index of the last item of out, when it is a body asked
// to act ("Cabinet is recommended to note this report.") with nothing
// decided since; -1 otherwise. (Undertakings told between them do not
// count.)
func lastAsk(out []action.Action) int {
	for i := len(out) - 1; i >= 0; i-- {
		switch out[i].Kind {
		case action.KindRecommendation:
			if recommended.MatchString(out[i].Action) {
				return i
			}
			return -1
		case action.KindCommitment:
			continue
		default:
			return -1
		}
	}
	return -1
}

// answersAsk: decided does what asked asked for — its verb's participle
// is there ("recommended to appoint …" / "… be appointed …", "to note
// this report" / "Noted – …"), and it names at least half of what the ask
// names (anything, when the ask names only the report or paper itself).
func answersAsk(asked, decided string) bool {
	m := recommended.FindStringSubmatch(asked)
	if m == nil {
		return false
	}
	object := m[len(m)-1]
	verb := strings.ToLower(firstWord(object))
	if !baseVerb.MatchString(verb) {
		return false
	}
	done := verb + "ed"
	if strings.HasSuffix(verb, "e") {
		done = verb + "d"
	}
	said := wordSet(decided)
	if !said[done] {
		return false
	}
	named, unnamed := 0, 0
	for w := range contentSet(object[len(firstWord(object)):]) {
		switch {
		case reportWord[w]:
		case said[w]:
			named++
		default:
			unnamed++
		}
	}
	return named >= unnamed
}

// reportWord names the paper before a meeting itself.
var reportWord = map[string]bool{"this": true, "report": true, "paper": true, "update": true, "contents": true}

// askedOrResolved is the frame a proposal and its decision put around the
// same words.
var askedOrResolved = lazyre.New(`(?i)\b(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b|\b(?:resolved|agreed|decided)\s+to\b|\bRESOLVED\b`)

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

// notedAgain: a note of who is to act ("Sam to mend the gate before
// winter", as an "Action:" line gives it) says again an undertaking told
// before it ("Sam agreed to mend the broken gate", "the Clerk was asked
// to write to …"): the same doer, the same verb after "to" (or, in
// another verb, the head noun of its object told after "to"), at least
// half of what the note names (two words or more where it names more
// than one, words like "about" not counted), and the thing it ends on
// told too, its deadline left aside: "Sam to write to the school about
// the fence" is not "Sam agreed to write to the school about the hedge".
func notedAgain(told, note string) bool {
	m := noteDoer.FindStringSubmatch(note)
	if m == nil {
		return false
	}
	words := wordSet(told)
	for w := range wordSet(m[1]) {
		if !words[w] {
			return false
		}
	}
	rest := note[len(m[0]):]
	if !strings.Contains(strings.ToLower(told), " to "+strings.ToLower(m[2])+" ") {
		// A shorter note may put the act in another verb ("agreed to
		// obtain quotes …", "Clerk to get three quotes …"): the thing
		// acted on then tells it, so the head noun of the note's object
		// must be told after the earlier sentence's "to".
		head := firstObjectHead(rest)
		_, after, ok := strings.Cut(strings.ToLower(told), " to ")
		if head == "" || !ok || !wordSet(after)[head] {
			return false
		}
	}
	// "… about the fence by March": the deadline is not what it acts on.
	if k := duePat.FindStringIndex(rest); k != nil {
		rest = rest[:k[0]]
	}
	named := contentSet(rest)
	last := ""
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if clauseWord[w] {
			break // "… the fence safe until it is repaired": what it acts on is told before
		}
		if len(w) >= 4 && !linkWord[w] && !strings.HasSuffix(w, "ly") {
			last = w
		}
	}
	for w := range named {
		if linkWord[w] {
			delete(named, w)
		}
	}
	toldWords := contentSet(told)
	n := shared(named, toldWords)
	return n >= min(2, len(named)) && n > 0 && 2*n >= len(named) && (last == "" || toldWords[last])
}

// firstObjectHead is the head noun of the object that opens rest, the
// words after a note's verb: the last word before a preposition, a clause
// or the end ("three quotes for the ash trees" → "quotes", "the tree
// surgeon accordingly" → "surgeon"), or "" where there is none.
func firstObjectHead(rest string) string {
	head := ""
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if preposition[w] || clauseWord[w] {
			break
		}
		if !objectDeterminer[w] && !strings.HasSuffix(w, "ly") {
			head = w
		}
	}
	return head
}

// clauseWord opens a clause of its own after what a note acts on.
var clauseWord = map[string]bool{"until": true, "when": true, "once": true, "unless": true, "while": true, "because": true, "so": true, "if": true}

// linkWord: a word of four letters or more that only links the words
// that name things ("about", "with"), so says nothing of what is meant.
var linkWord = map[string]bool{"about": true, "with": true, "from": true, "that": true, "this": true, "these": true, "those": true,
	"into": true, "onto": true, "over": true, "upon": true, "their": true, "them": true, "they": true, "then": true, "than": true,
	"once": true, "when": true, "where": true, "which": true, "will": true, "would": true, "should": true, "before": true, "after": true,
	"until": true, "within": true, "regarding": true, "following": true, "also": true, "some": true, "each": true, "every": true}

// noteDoer opens a note of who is to act: a name or post of up to four
// words, each capitalised but "the", "of" and "and", then "to" and a verb.
var noteDoer = lazyre.New(`^((?:[A-Z][\w&'’.-]*|the|of|and|&)(?:\s+(?:[A-Z][\w&'’.-]*|the|of|and|&)){0,3})\s+to\s+([a-z]+)\b`)

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
var nominated = lazyre.New(`(?i)\b(?:nominat|elect)(?:ed|ion|s)?\b`)

// voteWord holds the stems of the words that tell a vote, not its matter.
var voteWord = map[string]bool{"propo": true, "secon": true, "agree": true, "resol": true, "carri": true, "unani": true, "counc": true, "favou": true, "voted": true, "decid": true, "motio": true, "membe": true, "prese": true, "there": true, "which": true}

// recordRetells tells a sentence of an item's prose (told) that holds
// every content word of the RESOLVED clause after it, and no name or
// figure the clause lacks.
func recordRetells(clause, told string) bool {
	return len(contentSet(clause)) >= 4 && contentWithin(clause, told) && !ownMark(told, clause)
}
