package narrative

// Minutes' own furniture: minute numbers and refs, item titles, and the
// labels that head a decision or a recommendation.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// thatDecides: "That … be <done>" with the subjunctive be, or a person or
// body with a verb in its bare form ("That the Director report on …").
func thatDecides(s string) bool {
	if !thatStart.MatchString(s) {
		return false
	}
	if thatDoes.MatchString(s) || thatIsDone.MatchString(s) || bareVerbAfter(s) {
		return true
	}
	for _, m := range thatBe.FindAllStringSubmatch(s, -1) {
		if !modal.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// bareVerbAfter reads the subjunctive by its form, whatever the verb:
// "That" and a short noun phrase whose last word is the verb with no -s
// ending, after a plural ("That allotment rents rise …", "That bus fares
// rise", "That Councillors attend …") or a name ("That the Treasurer
// increase …"). The phrase runs to the first word no noun or bare verb
// takes (a word that joins or points, an -ed or -ing form, the end), so
// the verb is its last word and the head the one before: in "That the
// sports pavilion roof leaked" the head is "pavilion", no plural, so no
// verb. A past form right after the phrase ("That the parks staff worked
// hard") shows the phrase was all noun, and a verb of showing ("That the
// figures show …") makes a statement, not a decision.
func bareVerbAfter(s string) bool {
	words := strings.Fields(s)
	i := 1
	the := i < len(words) && strings.EqualFold(words[i], "the")
	if i < len(words) && (the || strings.EqualFold(words[i], "all")) {
		i++
	}
	if i+1 < len(words) && strings.HasSuffix(words[i], "ed") && plainWord.MatchString(words[i]) && unicode.IsLower([]rune(words[i])[0]) {
		i++ // an -ed adjective before the noun: "That revised fees apply"
	}
	j, lyVerb := i, false
	for ; j < len(words) && j-i < 8; j++ {
		w := strings.TrimRight(words[j], ",.;:")
		if k := postsRemit(words, i, j); k > j {
			j = k - 1 // the loop goes on at the remit's first name
			continue
		}
		if !nounOrBareVerb(w) {
			lyVerb = lyInVerbSlot(words, i, j, the)
			if lyVerb {
				j++
			}
			break
		}
		if w != words[j] {
			j++ // the phrase ends on its punctuation
			break
		}
	}
	if j-i < 2 || j < len(words) && strings.TrimRight(words[j-1], ",.;:") == words[j-1] && pastOrOngoing.MatchString(strings.ToLower(words[j])) {
		return false
	}
	head, verb := words[j-2], strings.TrimRight(words[j-1], ",.;:")
	if strings.TrimRight(head, ",.;:") != head || !unicode.IsLower([]rune(verb)[0]) || notBareVerb.MatchString(verb) && !lyVerb || showingVerb[verb] || pastNotBase(verb) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(head); unicode.IsUpper(r) || pluralHead(head) {
		return true
	}
	// A singular head in lower case after "the" ("That the hall hire
	// charge increase to £12") is a subject only where the bare verb
	// takes its complement straight after it, opened by a word that
	// opens a phrase (a preposition, a determiner, a sum) or nothing, and
	// no finite verb follows in the clause: "That the fee rise was
	// small" and "That the works programme run late" are all noun.
	return the && complementOpens(words, j) && !finiteLater(words[j:])
}

// pluralHead: a noun's plural by its -s ending, not -ss ("charges", not
// "access").
func pluralHead(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// postsRemit: where words[j] is "of" between a name in capitals and more
// names ("the Director of Place", "the Chair of the Finance Committee"),
// the index of the remit's first name, so the phrase reads on to the
// verb after it; j itself otherwise.
func postsRemit(words []string, i, j int) int {
	if j <= i || words[j] != "of" {
		return j
	}
	before := words[j-1]
	if r, _ := utf8.DecodeRuneInString(before); !unicode.IsUpper(r) || strings.TrimRight(before, ",.;:") != before {
		return j
	}
	k := j + 1
	if k < len(words) && words[k] == "the" {
		k++
	}
	if k >= len(words) {
		return j
	}
	if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsUpper(r) {
		return j
	}
	return k
}

// lyInVerbSlot: an -ly word that no noun phrase takes stands where the
// verb goes, right after a head (a plural or a name), and is the verb
// rather than an adverb when what follows could not be the verb an
// adverb leads to: a preposition, a determiner, a sum, or nothing ("That
// revised fees apply from April", "That tenants comply."). Before a
// content word it is read as the adverb ("That members fully support
// …"), and so is any -ly word after a word that is no head (a singular
// after "the" is weighed as a head by bareVerbAfter's own test).
func lyInVerbSlot(words []string, i, j int, the bool) bool {
	w := strings.TrimRight(words[j], ",.;:")
	if j-i < 1 || !strings.HasSuffix(strings.ToLower(w), "ly") || !plainWord.MatchString(w) || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	head := words[j-1]
	if strings.TrimRight(head, ",.;:") != head {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) && !pluralHead(head) && !the {
		return false
	}
	return complementOpens(words, j+1)
}

// complementOpens: words[k] opens what a verb takes after it — a
// preposition or determiner, a sum or number — or the clause ends there.
// "of" is left out: after a noun it binds the noun ("the fee rise of 3%").
func complementOpens(words []string, k int) bool {
	if k >= len(words) || strings.TrimRight(words[k-1], ",.;:") != words[k-1] {
		return true
	}
	w := strings.ToLower(strings.TrimRight(words[k], ",.;:"))
	if w == "of" {
		return false
	}
	if notVerb[w] && !finiteAfter[w] || objectOpener[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || unicode.IsSymbol(r)
}

// finiteLater: a finite verb further on in the clause (before a full
// stop or semicolon) shows the that-clause is the subject of a statement,
// not a decision: "That the fee rise by 3% was needed is plain."
func finiteLater(words []string) bool {
	for _, w := range words {
		bare := strings.TrimRight(w, ",.;:")
		if finiteAfter[strings.ToLower(bare)] {
			return true
		}
		if strings.HasSuffix(w, ".") || strings.HasSuffix(w, ";") {
			return false
		}
	}
	return false
}

// pastNotBase: a past form no bare verb shares ("held", "made"); "cut",
// "put" and the like are their own base form and pass.
func pastNotBase(w string) bool {
	switch w {
	case "cut", "let", "shut", "hit", "put", "read":
		return false
	}
	return irregularPast[w]
}

// nounOrBareVerb: a word a noun phrase or its bare verb may take.
func nounOrBareVerb(w string) bool {
	lw := strings.ToLower(w)
	if w == "" || !plainWord.MatchString(w) || notVerb[lw] || finiteAfter[lw] || lw == "this" || lw == "these" || lw == "those" {
		return false
	}
	return !notBareVerb.MatchString(lw) || strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss")
}

var (
	// pastOrOngoing is a verb's -ed or -ing form.
	pastOrOngoing = lazyre.New(`^[\p{L}'’-]+(?:ed|ing)[,.;:]?$`)
	// showingVerb: verbs of reporting or showing, whose present after a
	// plural states a fact ("That the figures show a deficit").
	showingVerb = map[string]bool{"show": true, "suggest": true, "indicate": true, "say": true, "mean": true}
)

var (
	// plainWord is a word with no punctuation that would end a phrase.
	plainWord = lazyre.New(`^[\p{L}'’-]+$`)
	// notBareVerb are word shapes no bare verb takes: an -s, -ed, -ing
	// or -ly ending, or a word that joins, relates or points.
	notBareVerb = lazyre.New(`(?:s|ed|ing|ly)$|^(?:are|were|have|do|who|which|that|this|these|those|present|only|if|as|so|but|nor|within|under|over|into|onto|per|than|via|each|every|any|no|both|either|now|there|here|other|own|same|such|due)$`)
)

// thatIsDone is a decision in the indicative where the subjunctive is
// usual: "That the Strategy is published for consultation", "That
// authority is delegated to …", or in the past as some decision pages
// record it ("That delegated authority was given to …").
var thatIsDone = lazyre.New(`^(?:That|THAT)\s+[^.;:]{2,160}?\s(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:approved|adopted|published|agreed|noted|endorsed|delegated|authori[sz]ed|accepted|submitted|referred|granted|given|made|undertaken|received|confirmed|ratified)\b`)

// minuteID is a minute's number alone on its line: "57/25", "41.",
// "Minute 33", "C1595".
// numberedDecision is a decision's number and a year before its text.
var numberedDecision = lazyre.New(`^(\d{1,4}/(?:19|20)\d\d)\s+([A-Z].*)$`)

var minuteID = lazyre.New(`(?i)^(?:minute\s+(?:no\.?\s*)?)?(\d{1,4}/\d{2,4}|\d{1,4}|[A-Z]{1,3}\.?\d{1,4}(?:/\d{2,4})?)\.?$`)

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
var yearDotted = lazyre.New(`^(\d{2})\.(\d{3,4})$`)

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

// agendaLists finds the points of numbered lists in the infinitive whose
// run ends on an unnumbered record that decides the matter the points
// name: "(a) To note the minutes of the Parks Group of 3 May" and "(b) To
// note the minutes … of 7 June", then "The minutes of the Parks Group
// meetings of 3 May and 7 June were noted." Such a list is the agenda's
// wording printed above what was done, not decisions of its own, and the
// record is the decision, though it only notes. (A list of decisions
// followed by a record of other business stays a list: the record must
// say again most of what the list's first point names.) It gives the
// lists' points and their records, by paragraph.
func agendaLists(ps []paragraph) (points, records map[int]bool) {
	points, records = map[int]bool{}, map[int]bool{}
	for k := 0; k < len(ps); k++ {
		if ps[k].marker == "" || !infinitiveDecision(ps[k].body) {
			continue
		}
		j := k + 1
		for j < len(ps) && ps[j].marker != "" && markerFollows(ps[j-1].marker, ps[j].marker) && infinitiveDecision(ps[j].body) {
			j++
		}
		if j-k >= 2 && j < len(ps) && ps[j].marker == "" && !ps[j].heading && (readsDecided(ps[j].body) || notedRecord.MatchString(ps[j].body)) && restatesPoint(ps[j].body, ps[k].body) {
			for i := k; i < j; i++ {
				points[i] = true
			}
			records[j] = true
		}
		k = j - 1
	}
	return points, records
}

// notedRecord is a record that papers named were noted: "Subject to the
// change below, the minutes of the Parks Group were noted."
var notedRecord = lazyre.New(`(?i)^(?:[^.,]{1,80},\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}(?:minutes|reports?|notes)\b[^.]{0,240}?\b(?:was|were)\s+(?:duly\s+|formally\s+)?noted\.?$`)

// restatesPoint: record names again at least two thirds of the words
// (four letters or more) a point in the infinitive names after its verb.
func restatesPoint(record, point string) bool {
	f := strings.Fields(point)
	if len(f) < 4 {
		return false
	}
	said := wordSet(record)
	n, in := 0, 0
	for w := range wordSet(strings.Join(f[2:], " ")) {
		if len(w) >= 4 {
			n++
			if said[w] {
				in++
			}
		}
	}
	return n >= 2 && 3*in >= 2*n
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
	minuteLed = lazyre.New(`^[A-Z]{0,3}\d{1,4}[/.]\d{1,4}(?:\s|$)`)
	// interestsTitle is an item's title that records members' interests:
	// "Declarations of Interest", "To receive any disclosures of
	// pecuniary interests", "Councillors' Disclosure of an Interest".
	interestsTitle = lazyre.New(`(?i)^(?:[A-Z]{0,3}\d{1,4}[/.]\d{1,4}\s+)?(?:item\s+\d+\s*[–:.-]?\s*)?(?:to\s+(?:receive|record|note|declare)\s+(?:any\s+)?)?(?:(?:members['’]?|councillors['’]?)\s+)?(?:declarations?|disclosures?)\s+of\s+(?:an?\s+|any\s+)?(?:(?:pecuniary|personal|prejudicial|non-pecuniary|disclosable|other|members['’]?|councillors['’]?)\s+(?:(?:or|and)\s+)?)*interests?\b`)
)

// minuteTitleLine is a minute's title told as a line: one short sentence that
// decides nothing ("Verge.", "To receive apologies for absence").
func minuteTitleLine(body string) bool {
	return len(strings.Fields(body)) <= 14 && len(sentences(body)) == 1 && !strings.HasSuffix(body, ":") && !decidedBody(body) && !decides.MatchString(body)
}

// slashNumber is a minute's number with its year or meeting after a
// slash: "4460/20", "033/19". (Under a minute numbered otherwise, "5.
// Planning applications", it is an application's number.)
var slashNumber = lazyre.New(`^\d{1,5}/\d{2,4}$`)

// slashMinuteNumber is such a number perhaps after its committee's
// letters, as minutes number their items: "A23/018", "JTB 08/022".
var slashMinuteNumber = lazyre.New(`^(?:[A-Z]{1,3}\s?|[A-Z]{1,2}&[A-Z]{1,2})?\d{1,5}/\d{2,4}$`)

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
var electing = lazyre.New(`^(?i:to)\s+(?:re-?elect|elect|co-?opt)\s+\S`)

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
var titleLead = lazyre.New(`^(.{3,80}?)(?:\s[–—-]\s|:\s)(.+)$`)

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

var toVerb = lazyre.New(`(?i)\b(to|will|would|should|must|shall|may|can)\s`)

// partLabel names a part of each priority of a plan, not the priority:
// "Aim", "Actions", "Outcomes".
var partLabel = lazyre.New(`(?i)^(?:(?:the|key)\s+)?(?:actions?|aims?|objectives?|outcomes?|purpose|issues|challenges)\s*:?$`)

// runInHead is a point's heading run in before a dash: "strong
// enforcement – the Council will target …".
var runInHead = lazyre.New(`^([^–—:.;]{3,60}?)\s[–—-]\s+\S`)

// otherField opens another field of the page, the purpose left empty:
// "Content: 1. To note …".
var otherField = lazyre.New(`^[A-Z][A-Za-z ]{0,20}:\s`)

// purposeLabel is a decision page's field for the report's purpose.
var purposeLabel = lazyre.New(`(?i)^(?:purpose(?:\s+of\s+(?:the\s+)?report)?|summary)\s*:$`)

// resolvedToRecommend: a decision told as one to recommend on.
var resolvedToRecommend = lazyre.New(`(?i)^(?:[^.]{0,60}?,\s*)?it\s+was\s+(?:unanimously\s+)?(?:resolved|agreed|decided)\s+to\s+recommend\b`)

// recommendedOn is a decision's lead-in that recommends its points on to
// the body that decides: "That it be recommended to Full Council that:".
var recommendedOn = lazyre.New(`(?i)\b(?:be|is|was)\s+recommended\s+to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive)\b`)

// capsRecommendTo is a clause's verb in capitals recommending on to the
// body that decides: "For the reasons set out above RECOMMEND TO FULL
// COUNCIL the adoption of …".
var capsRecommendTo = lazyre.New(`\bRECOMMENDS? TO (?:THE )?(?:FULL )?(?:COUNCIL|CABINET|EXECUTIVE)\b`)

// toRecommend is a decision to recommend: "To RECOMMEND that Council
// agrees …", "(The Cabinet:) Recommended to Council the appropriation …".
var toRecommend = lazyre.New(`(?i)^(?:to\s+recommend|recommended)\s+(?:(?:to\s+(?:full\s+)?council\s+)?that\b|to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive)\b)`)

// bodyRecommended is a meeting recommending in its own name: "The panel
// recommended that members consider …".
var bodyRecommended = lazyre.New(`^(?:The|the)\s+(?:[\w&'’-]+\s+){0,4}?(?:[Pp]anel|[Cc]ommittee|[Bb]oard|[Gg]roup|[Ss]ub-[Cc]ommittee|[Cc]abinet|[Ee]xecutive)\s+(?:unanimously\s+)?recommended\s+(?:to\s+(?:the\s+)?[\w ]{1,30}?\s+)?that\b`)

// itemPurposes marks an item's purpose line: an unnumbered "To consider
// …" or "To receive …" that its decision follows straight away, under a
// "Decision:" or "Minutes:" label or as numbered "That …" clauses. It is
// what the agenda put before the meeting, not what was decided:
//
//	Recommendations from the scrutiny panels
//	To consider the panels' recommendations on other matters.
//	Decision:
//	RESOLVED that …
//
// (A "To consider …" with no such decision after it may be the record's
// own wording of the decision, and is left alone; so is one under a
// decision's own label, "Decision:" or "RESOLVED:", which is what was
// decided, whatever follows it.)
func itemPurposes(ps []paragraph) []bool {
	marks := make([]bool, len(ps))
	for i := 0; i+1 < len(ps); i++ {
		p, next := ps[i], ps[i+1]
		if p.marker != "" || p.heading || !purposeLine.MatchString(p.body) || i > 0 && ps[i-1].line > 0 && decidingLabel(ps[i-1].body) {
			// (A label the page printed: one the rules gave a form's
			// clauses, labelBeforeReasons, has no line.)
			continue
		}
		marks[i] = decisionLabel.MatchString(next.text) || itemMinutes.MatchString(next.text) ||
			next.marker != "" && thatStart.MatchString(next.body)
	}
	return marks
}

// decidingLabel is a decision's label alone on its line: "Decision:",
// "RESOLVED:", "Agreed".
func decidingLabel(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && (decisionLabel.MatchString(s) || resolvedLabel.FindString(s) == s)
}

// purposeLine is an agenda item's purpose: the matter to be taken up.
var purposeLine = lazyre.New(`^To\s+(?:consider|receive)\s`)

// officersComments marks what a report's statutory officers say of it,
// and its implications fields: a label such as "Monitoring Officer:",
// "S.151 Officer:", "Financial implications:" or "Legal comments:" and
// the one paragraph under it, or the text run in after it on its line.
// What they say is the report's effect ("The plan will ensure that the
// Council meets its duties"), not something the meeting decided or
// anyone undertook:
//
//	Monitoring Officer:
//	The new policy will keep the Council within the law.
//	Financial Impact: The costs will be met from the existing budget.
//
// (Only the one paragraph under a bare label: a page whose headings were
// lost may go straight on to its recommendations.)
//
// A paragraph that opens with a label of its own ("RESOLVED: …",
// "Decision:") is not the one under the label. (Minutes too: a
// cabinet's minutes may copy its report's officers' comments in.)
func officersComments(ps []paragraph) []bool {
	marks := make([]bool, len(ps))
	for i, p := range ps {
		m := officersLabel.FindStringSubmatch(p.body)
		if m == nil || p.marker != "" {
			continue
		}
		marks[i] = true
		if strings.TrimSpace(m[1]) == "" && i+1 < len(ps) && ps[i+1].marker == "" && !ps[i+1].heading && !labelOpens.MatchString(ps[i+1].body) {
			marks[i+1] = true
		}
	}
	return marks
}

// officersLabel is a statutory officer's or an implications field's
// label, and what is run in after it: a statutory officer, with their
// comments or not, or a few words and then "implications" or "comments"
// ("Resources implications:", "Section 151 Officer comments:",
// "Financial and legal implications:"). An "impact" or "considerations"
// is a field's only after the field's own word ("Financial Impact:"):
// "Applications for consideration:" heads an agenda's matters.
var officersLabel = lazyre.New(`(?i)^(?:(?:deputy\s+|interim\s+)?(?:monitoring\s+officer|s(?:ection)?\.?\s?151\s+officer|chief\s+financ(?:e|ial)\s+officer)(?:['’]s)?(?:\s+comments?)?|(?:[\w&'’.-]+\s+){1,4}(?:implications?|comments?)|(?:financial|finance|legal|resources?|risk|equality|staffing)\s+(?:impacts?|considerations?))\s*:\s*(.*)$`)

// labelOpens is a paragraph that opens with a label of its own: a few
// words and a colon ("RESOLVED:", "Decision:", "Recommendation: …").
var labelOpens = lazyre.New(`^[^\s:.;,]+(?:\s+[^\s:.;,]+){0,3}\s*:`)

// paperBody is the body whose paper this is, as its title or one of its
// first paragraphs names it ("Finance Committee", "Minutes of the Parks
// Board"), lower-cased; "" when none does.
func paperBody(title string, ps []paragraph) string {
	if m := papersBody.FindStringSubmatch(title); m != nil {
		return strings.ToLower(m[1])
	}
	for k := 0; k < len(ps) && k < 3; k++ {
		if m := papersBody.FindStringSubmatch(ps[k].body); m != nil && !endsSentence(ps[k].body) {
			return strings.ToLower(m[1])
		}
	}
	return ""
}

// papersBody is a deciding body's name opening a title or heading, after
// "Minutes of" or "Decisions of" if any.
var papersBody = lazyre.New(`^(?i:(?:minutes|decisions|record)\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?)?(?:[Tt]he\s+)?((?:[A-Z][\w&'’-]*\s+){1,5}(?:Council|Cabinet|Board|Committee|Panel|Executive|Sub-[Cc]ommittee|Authority))\b`)

// purposeDone: record, one sentence, tells in the past passive that the
// item line title put to the meeting was done: title opens "To <verb>",
// the record's first verb is "was" or "were" and a participle in -ed,
// and that participle's stem opens a word of the title after "To" ("To
// consider the renewal of …" over "… was renewed for two years", "the
// extension" over "was extended"). Any
// other verb first ("The auditor had found …", "… sent apologies, which
// were accepted"), or a participle the title does not name ("The
// contract was let in 2019"), is the item's narrative.
func purposeDone(title, record string) bool {
	tw := strings.Fields(title)
	if len(tw) < 2 || tw[0] != "To" || len(sentences(record)) != 1 || !endsSentence(record) {
		return false
	}
	m := recordPassive.FindStringSubmatch(record)
	if m == nil {
		return false
	}
	stem := strings.TrimSuffix(strings.ToLower(m[1]), "ed")
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiou", rune(stem[n-1])) {
		stem = stem[:n-1] // a doubled consonant: "planned" → "plan"
	}
	if len(stem) < 4 {
		return false
	}
	// The noun may bend the stem's last letter ("extended", "the
	// extension"): all but that letter must open the title's word.
	if len(stem) > 4 {
		stem = stem[:len(stem)-1]
	}
	for _, w := range tw[1:] {
		if strings.HasPrefix(strings.ToLower(w), stem) {
			return true
		}
	}
	return false
}

// recordPassive is a sentence whose first verb is the past passive: a
// subject of words with no verb of their own ("The contract with
// Fenside Grounds") then "was" or "were" and an -ed participle.
var recordPassive = lazyre.New(`^(?:The|This|These|Its|Their)\s[^,;:.]{2,120}?\s(?:was|were)\s+(?:\w+ly\s+)?([a-z]{3,}ed)\b`)
