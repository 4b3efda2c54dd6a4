package narrative

// The grammar of deciding: whether a sentence or clause records what a
// body decided (its subject, mood and tense), and the titles run in
// before it.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// namedSubjunctive is a clause whose subject names who acts and whose
// verb is in its base form, with no "be": "the Parks Board monitor
// delivery", "Board Members brief their bodies", "The council take part
// in …". It returns the subject.
func namedSubjunctive(s string) (string, bool) {
	words := strings.Fields(s)
	for k := 1; k < len(words) && k <= 8; k++ {
		verb := strings.ToLower(strings.Trim(words[k], ",;"))
		if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsLower(r) || strings.HasSuffix(verb, "s") || !baseVerb.MatchString(verb) && !actVerb[verb] && !verbBeforeObject(words, k) {
			continue
		}
		// The subject is headed by who acts ("the Parks Board", "Board
		// Members"), not by a thing ("The Strategy set out …", where
		// "set" is as much past as base).
		subject := strings.Join(words[:k], " ")
		head := strings.ToLower(strings.Trim(words[k-1], ",()"))
		if strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "’s") {
			return "", false // "Chairman’s welcome and apologies": whose, not who acts
		}
		if gerund := strings.HasSuffix(words[0], "ing") && unicode.IsLower(rune(words[0][0])); gerund {
			return "", false // "listening to its staff through …": a doing, no doer
		}
		if nameLike(subject) && actorHead(head) && !hasPastWord(words[:k]) && !strings.Contains(strings.ToLower(subject), "that ") {
			return subject, true
		}
		if loc := companyWith.FindStringIndex(subject); loc != nil && !strings.Contains(subject[loc[1]:], ",") {
			// "officers along with the clubs report …": the company
			// named is no one who acts for the council, the subject
			// before it still is. A post or a person in company
			// ("officers along with Cllr Penn") acts too.
			if before := strings.TrimRight(subject[:loc[0]], ","); nameLike(before) && actorHead(lastWord(before)) && !hasPastWord(strings.Fields(before)) {
				if companyActs(subject[loc[1]:]) {
					return subject, true
				}
				return before, true
			}
		}
		return "", false
	}
	return "", false
}

// determiner opens a subject without naming anyone: "the", "all", "the
// relevant …", "the appropriate …".
var determiner = map[string]bool{"the": true, "all": true, "relevant": true, "appropriate": true}

// actorHead: a subject's head word (the word its name turns on) is who
// acts, a post, people or a team ("Manager", "Officers", "Board"), not a
// determiner ("all") nor a thing ("Plan").
func actorHead(head string) bool {
	h := strings.ToLower(strings.Trim(head, ",()"))
	return !determiner[h] && (peopleWord.MatchString(h) || agentWords.MatchString(h))
}

// hasPastWord: a word of the subject reads as a verb in the past ("Cabinet
// Approved the draft …").
func hasPastWord(words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(strings.ToLower(w), "ed") {
			return true
		}
	}
	return false
}

// verbBeforeObject: words[k] reads as a verb by its place, a plain word
// between the subject and the determiner its object starts with ("the
// council join the scheme").
func verbBeforeObject(words []string, k int) bool {
	w := strings.ToLower(words[k])
	if k+1 >= len(words) || notVerb[w] || irregularPast[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	next := strings.ToLower(words[k+1])
	if particle[next] && k+2 < len(words) {
		// "officers sign up to the pledge", "the wardens clear out the
		// ditch": the verb's particle, then its object or "to".
		after := strings.ToLower(words[k+2])
		return objectStart[after] || after == "to" || after == "with"
	}
	if next == "with" && k+2 < len(words) {
		// "officers correspond with the clubs", "the clerk speak with
		// the owner": a verb that takes its object through "with". Not
		// the subject's own company ("the Chair, together with the
		// Clerk, meet …", "officers in consultation with the clubs
		// draw up …"), where the word before "with" is no verb.
		return !withCompany[w] && (k == 0 || strings.ToLower(words[k-1]) != "in")
	}
	return objectStart[next]
}

// withCompany are words that join a second party to the subject through
// "with" ("together with", "along with", "jointly with", "in line
// with"): adverbs and nouns, never the verb.
var withCompany = map[string]bool{"together": true, "along": true, "jointly": true, "line": true, "consultation": true,
	"conjunction": true, "accordance": true, "partnership": true, "agreement": true, "association": true}

// joinCompany names both parties of a subject that takes a second with
// it ("the Chair, together with the Clerk," is the Chair and the Clerk).
func joinCompany(subject string) string {
	return strings.TrimRight(companyWith.ReplaceAllString(subject, " and "), ", ")
}

// companyActs: the second party a subject takes with it is a post, a
// councillor or other titled person, or a team, who acts with the first
// ("the Chair, along with the Clerk,", "with Cllr Penn"), not others the
// council works with ("along with the clubs", "along with the Allotment
// Society").
func companyActs(company string) bool {
	company = strings.TrimSpace(strings.Trim(company, ", "))
	return nameLike(company) && (actorHead(lastWord(company)) || titledPerson(company))
}

// titledPerson is a person named with one of nameTitle's titles, singular
// or plural: "Cllr Penn", "Mrs Hale", "Councillors Ames and Bell".
func titledPerson(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || !startsUpper(f[1]) {
		return false
	}
	t := strings.TrimSuffix(strings.ToLower(f[0]), ".")
	return nameTitle[t] || nameTitle[strings.TrimSuffix(t, "s")]
}

var companyWith = lazyre.New(`(?i),?\s+(?:together|along)\s+with\s+`)

// listGoesOn: words after a comma that go on with a list of names.
var listGoesOn = map[string]bool{"and": true, "or": true, "but": true, "the": true, "a": true, "an": true, "all": true, "any": true, "each": true, "other": true, "relevant": true}

// helperAside is an aside, between commas or in brackets, that names
// whom the subject works with or is helped by: it opens with "with" or
// "alongside", alone or after a word or two ("working with", "in
// consultation with", "with support from"), or with "supported by" or
// "assisted by": ", in consultation with the Leader,", "(with support
// from partner officers)".
var helperAside = lazyre.New(`(?i),\s*` + helperOpens + `\s[^,;.:()]{2,120},\s+|\s*\(` + helperOpens + `\s[^,;.:()]{2,120}\)\s+`)

// helperOpens is how such an aside opens.
const helperOpens = `(?:(?:\w+ing\s+|in\s+\w+\s+|(?:following|after)\s+\w+\s+)?(?:with|alongside)|(?:supported|assisted|helped)\s+by)`

func dropHelperAside(s string) string {
	// Every aside needs a comma or bracket and its opening words, "with",
	// "along(side)" or "by" after "…ted" or "helped" (asked without k or
	// s; see holdsWord): most clauses have none, and this runs up to four
	// times a clause.
	if !strings.ContainsAny(s, ",(") || !holdsAnyWord(s, "with", "along") && !(holdsWord(s, "by") && holdsAnyWord(s, "ted", "helped")) {
		return s
	}
	locs := helperAside.FindAllStringIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		next := firstWord(s[locs[i][1]:])
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) || listGoesOn[next] {
			continue
		}
		s = s[:locs[i][0]] + " " + s[locs[i][1]:]
	}
	return s
}

// particle is an adverb a verb takes before its object: "sign up to",
// "follow up with", "clear out the".
var particle = map[string]bool{"up": true, "out": true, "back": true, "off": true}

var (
	notVerb = map[string]bool{"of": true, "and": true, "or": true, "for": true, "to": true, "in": true, "on": true, "with": true, "at": true, "by": true, "from": true, "the": true, "a": true, "an": true, "be": true, "will": true, "would": true, "should": true, "can": true, "could": true, "may": true, "must": true, "shall": true, "not": true, "also": true, "then": true, "had": true}
	// irregularPast are past tenses that do not end in -ed: "The Mayor
	// made the announcements" tells, it does not decide.
	irregularPast = map[string]bool{"made": true, "gave": true, "took": true, "sent": true, "held": true, "met": true, "led": true, "brought": true,
		"told": true, "said": true, "went": true, "had": true, "did": true, "wrote": true, "spoke": true, "saw": true, "began": true, "found": true,
		"thought": true, "felt": true, "kept": true, "left": true, "paid": true, "sought": true, "taught": true, "won": true, "read": true, "put": true,
		// (Verbs whose past is their base form: "The Wardens cut back the
		// hedges" told what they did; a decision would say "be cut back".)
		"cut": true, "let": true, "shut": true, "hit": true}
	objectStart = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "this": true, "these": true, "all": true, "any": true, "each": true, "every": true, "our": true}
)

// actVerb are verbs in the base form a decision tells someone to act by,
// besides the deciding verbs of baseVerb.
var actVerb = map[string]bool{"take": true, "monitor": true, "brief": true, "work": true, "write": true, "prepare": true, "bring": true,
	"hold": true, "consult": true, "seek": true, "explore": true, "ensure": true, "report": true, "develop": true, "engage": true,
	"promote": true, "deliver": true, "lead": true, "use": true, "keep": true, "check": true, "submit": true, "meet": true,
	"contact": true, "identify": true, "investigate": true, "arrange": true, "produce": true, "look": true, "liaise": true,
	"circulate": true, "update": true, "share": true, "draft": true, "agree": true, "approve": true, "note": true, "consider": true, "select": true}

// decidedVerb: a decision's clause told in the past tense with its body
// left out ("1. Noted the outturn", "2. Approved the changes").
var decidedVerb = lazyre.New(`^(?:Noted|Gave|GAVE|Considered|CONSIDERED|Agreed|Approved|Endorsed|Delegated|Authori[sz]ed|Requested|Supported|Adopted|Accepted|Rejected|Confirmed|Referred|Deferred|Established|Allocated|Instructed|Appointed|Granted|Recommended|Resolved|Acknowledged|Welcomed|Ratified|NOTED|AGREED|APPROVED|ENDORSED|DELEGATED|AUTHORI[SZ]ED|REQUESTED|SUPPORTED|ADOPTED|ACCEPTED|REJECTED|CONFIRMED|REFERRED|DEFERRED|ESTABLISHED|ALLOCATED|INSTRUCTED|APPOINTED|GRANTED|RECOMMENDED|RESOLVED|ACKNOWLEDGED|WELCOMED|RATIFIED)$`)

// deciders are the bodies and office holders whose decisions minutes
// record.
const deciders = `(?:Cabinet|Council|County Council|(?:Police(?:,? Fire)? and Crime )?Commissioner|Committee|[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}\s+Committee|[A-Z][\w&]*\s+Meeting|Board|Panel|Sub-Committee|Executive|(?:Cabinet|Executive|Lead) Member|[Pp]ortfolio Holder|Leader|Mayor(?:\s+and\s+Cabinet)?)` + memberFor

// memberFor is the portfolio a member holds, after the post: "Portfolio
// Holder for Lifestyles, Health and Wellbeing".
const memberFor = `(?:\s+for\s+[A-Z][\w&]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w&]*){0,6})?`

// bodyInSmall is a meeting body named in small letters after "The", as
// a small council's minutes write it: "The committee decided …".
const bodyInSmall = `(?:committee|sub-committee|council|board|panel|cabinet)`

// bodyDecided is a meeting body's decision told in the past tense: the
// body as subject with a deciding verb, or its papers agreed. A decision
// list's "The Commissioner has noted the report" or "… has established a
// fund" is the decision, told in the perfect. What the body did with the
// report may come first: "Cabinet welcomed the report and agreed …". Members
// who "agreed that" may only share a view; members who "resolved to" or
// "resolved that" decided: resolving is what a meeting does. (The body
// may be named in small letters: "The committee decided not to …".)
var bodyDecided = lazyre.New(`^(?:The\s+)?` + deciders + `\s+has\s+(?:also\s+)?(?:noted|established)\s+(?:the|a|an)\s|^(?:(?:(?:The|That the|That)\s+)?` + deciders + `|(?:The|That the)\s+` + bodyInSmall + `)\s+(?:has\s+|have\s+)?(?:then\s+|unanimously\s+|also\s+)?(?:(?:welcomed|noted|received|considered|discussed)\s+the\s+(?:report|update|presentation|paper)\s+and\s+)?(approved|agreed|endorsed|adopted|accepted|resolved|decided|ratified|delegated|authori[sz]ed|(?:received|considered|discussed)\s+and\s+(?:noted|agreed|approved|endorsed))\b|^(?:[A-Z]\w+\s+)?(?i:councillors|members)\s+(?:have\s+)?(?:(?:today|now|unanimously|formally)\s+)?(?:\([^)]{0,40}\)\s+)?(?:(approved|endorsed|adopted|ratified)\b|resolved(?:\s+unanimously)?,?\s+(?:not\s+)?(?:to\s+[a-z]|that\b))|^(?:(?:The|These|Those|Its)\s+(?:(?:Open|Exempt|Confidential|Public|Private|Draft|Signed|and|&)\s+){0,3}(?i:recommendations?|minutes|proposals?|report's recommendations)|(?i:minutes\s+of))\b(?:[^.]|(?i:nos?)\.){0,200}?\b(?:was|were)\s+(?:(?:\w+ly|then|also|duly)\s+)?(?:(?:considered|discussed|debated|noted|submitted|taken as read)\s*,?\s+(?:and\s+)?)?(?i:approved|agreed|adopted|endorsed|accepted|confirmed|carried|signed)\b`)

// bodyDecides: s is bodyDecided, told of this meeting, not of an
// earlier one: "The committee decided last year not to …", "The Council
// approved the scheme in 2012 …" are history.
func bodyDecides(s string) bool {
	m := bodyDecided.FindStringIndex(s)
	return m != nil && !toldOfBefore(s[m[1]:])
}

// localDecides: localDecided, told of this meeting ("The Council decided
// last year …" is history, as bodyDecides reads it).
func localDecides(s string) bool {
	m := localDecided.FindStringIndex(s)
	return m != nil && !toldOfBefore(s[m[1]:])
}

// toldOfBefore: rest, what follows a deciding verb, sets the decision in
// an earlier time within its own clause.
func toldOfBefore(rest string) bool {
	if cut := clauseEnd.FindStringIndex(rest); cut != nil {
		if neverSince.MatchString(rest[cut[0]:]) {
			// "approved the scheme in 2012 but it was never built":
			// what became of it since is told, so the decision is
			// history.
			return true
		}
		rest = rest[:cut[0]]
	}
	if pastTimeNext.MatchString(rest) || pastTimeAtVerb.MatchString(rest) {
		return true
	}
	// A past time that ends the clause may tell when the verb was done
	// ("approved the scheme last year"), unless a participle or "as" holds
	// it ("the footpath damaged last winter", "as previously discussed").
	m := pastTimeEnd.FindStringSubmatch(rest)
	return m != nil && !strings.EqualFold(m[2], "as") && !participle(m[1], m[2])
}

// participle: w, after the word before it, is a past participle that
// holds a phrase of its own ("the path damaged last winter"): an "-ed"
// word after a noun, not a verb's infinitive ("to proceed"), a base form
// that only ends in "-eed" ("exceed", "need"), or a short noun ("shed",
// "bed").
func participle(before, w string) bool {
	w = strings.ToLower(w)
	if !strings.HasSuffix(w, "ed") || len(w) < 5 || eedBase.MatchString(w) {
		return false
	}
	return before != "" && !infinitiveMark.MatchString(before)
}

// pastTime is a time that can only be past.
const pastTime = `(?:last\s+(?:year|month|week|time|autumn|spring|summer|winter)|previously|at\s+(?:its|their|the)\s+(?:last|previous|earlier)\s+meeting)\b`

var (
	// neverSince is a clause after "but" that tells the thing decided
	// never came about: "but it was never built", "but this never
	// happened", "but it never went ahead" (a past regular or not).
	// ("… but asked that it never open after dark" decides: "never"
	// must be told of the thing, right after its subject and a past
	// verb. "… but never for more than two years" and "… but these are
	// never to rise" bound what was decided, and decide.)
	neverSince = lazyre.New(`(?i)^,?\s+but\s+(?:it|this|that|they|these|the\s+\w+(?:\s+\w+)?)\s+(?:(?:was|were|has|have|had)\s+never\b|never\s+(?:\w+ed|came|went|got|began|took|grew|ran|did|saw|met|won|made|happened)\b)`)
	// clauseEnd ends the clause the deciding verb heads.
	clauseEnd = lazyre.New(`[.;:]|,?\s+(?:but|and|although|though|whereas)\s`)
	// pastTimeNext: a time right after the verb ("decided in 2013 to …",
	// "agreed, in March 2022, that …").
	pastTimeNext = lazyre.New(`(?i)^\s*,?\s*(?:in|during)\s+(?:(?:` + oneMonth + `)\s+)?(?:19|20)\d\d\b(?:[^/–-]|$)`)
	// pastTimeAtVerb: a time that can only be past ("last year",
	// "previously", "at its last meeting") right after the verb and any
	// "not". Further into the clause such a time may belong to what was
	// decided ("the footpath damaged last winter", "as previously
	// discussed"), and a year or month further on may be when the thing
	// decided is done ("agreed to hold the fete in June 2025").
	pastTimeAtVerb = lazyre.New(`(?i)^\s*,?\s*(?:not\s+)?` + pastTime)
	// pastTimeEnd: a past time that ends the clause, with the word before it.
	pastTimeEnd = lazyre.New(`(?i)(?:\b(\w+)\s+)?\b(\w+)\s+` + pastTime + `\s*$`)
	// eedBase: words whose "-ed" is their own base form, not a participle.
	eedBase = lazyre.New(`^(?:\w*ceed|need|speed|seed|feed|heed|breed|bleed|weed|deed|reed|greed)$`)
	// infinitiveMark: a word before a verb's base form, never a noun.
	infinitiveMark = lazyre.New(`(?i)^(?:to|not|will|would|shall|should|could|can|may|might|must|did|does|do)$`)
)

// minutesPassedIn: s tells the last meeting's minutes passed, however the
// sentence is built — the minutes named (with any words before them: "The
// revised minutes", "Halls sub-committee minutes") and then what was done
// to them, perhaps after what else was ("were tabled, read and accepted",
// "were read, agreed and signed"), or with no verb at all as parish
// minutes often write ("Minutes of the meeting dated 12 March accepted as
// an accurate record", "Minutes of previous meetings approved"). Not the
// minutes still to pass ("to be agreed", "are published once they have
// been approved"), nor a title before a dash and the record after it.
func minutesPassedIn(s string) bool {
	m := minutesPassed.FindStringIndex(s)
	if m == nil {
		return false
	}
	span := s[m[0]:m[1]]
	// (recordPending has the words of a record still to pass; minutesAwaited
	// the few more a sentence about minutes in general uses.)
	return !recordPending.MatchString(span) && !minutesAwaited.MatchString(span) && !strings.Contains(span, " – ") && !strings.Contains(span, " - ")
}

var (
	minutesPassed  = lazyre.New(`^(?:[\w-]+\s+){0,4}(?i:minutes)\b[^.]{0,160}?(?:\b(?:was|were|have\s+been|had\s+been)\s+(?:(?:\w+ly|then|also|duly)\s+)?(?:(?:considered|discussed|debated|noted|submitted|taken\s+as\s+read|tabled|read|circulated|presented|reviewed|received|checked|proposed|seconded)\s*(?:,|\s+and|\s*&)?\s+){0,3}(?i:approved|agreed|adopted|endorsed|accepted|confirmed|signed|ratified)\b|\s(?i:approved|agreed|adopted|accepted|confirmed|ratified)(?:\s+(?:and|&)\s+(?i:signed|approved|adopted))?\s*(?:$|[.(]|as\s+(?:an?\s+)?(?:true|correct|accurate|fair)\b))`)
	minutesAwaited = lazyre.New(`(?i)\b(?:are|is|be|when|before|if)\b`)
)

// passiveDecided is a decision told in the passive with the body that
// made it: "Updated plans were approved by Executive Board at the
// meeting".
var passiveDecided = lazyre.New(`^[A-Z][^.]{0,120}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:approved|agreed|adopted|endorsed)\s+by\s+(?:the\s+)?(?:Cabinet|Council|Executive|Committee|Board|[A-Z][\w&]*\s+(?:Board|Committee))\s+at\s+(?:the|its|their|this)\s+meeting\b`)

// passiveByBody is a decision told whole in the passive with the body
// that made it and nothing after but its signing: "The end of year
// accounts were approved by the Council.", "The new Code of Conduct was
// approved by the Council and signed by Chair.", "The work plan was
// AGREED by the Panel subject to the changes above." (When or where it was
// approved, after it, tells a history: "… by the Council in 2019".) Its
// group holds the condition after "subject to"; read it with
// passiveByBodyDecided.
var passiveByBody = lazyre.New(`^[A-Z][^.]{0,160}?\b(?:was|were)\s+(?:\w+ly\s+)?(?i:approved|adopted|agreed|accepted|ratified|endorsed)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:(?:[Ff]ull|[Pp]arish|[Tt]own)\s+)?(?:Council|Committee|Panel|Board|Cabinet|Forum|Group|[Mm]embers|[Cc]ouncillors|all(?:\s+present|\s+members|\s+councillors)?)(?:\s+present|\s+unanimously)?(?:,?\s+and\s+signed\s+by\s+(?:the\s+)?[A-Z][a-z]+|,?\s+subject\s+to\s+([^.]{1,80}))?\.?$`)

// passiveByBodyDecided: a decision told as passiveByBody tells it, not
// news of it ("The Chair reported that the fees were approved by
// Cabinet …"), and its condition only a condition, with no time and no
// verb of its own ("… subject to funding in May 2019 and has not been
// looked at since" tells the decision's history).
func passiveByBodyDecided(s string) bool {
	m := passiveByBody.FindStringSubmatchIndex(s)
	if m == nil || reportedThat.MatchString(s[:m[1]]) {
		return false
	}
	return m[2] < 0 || !historyTail.MatchString(s[m[2]:m[3]])
}

// reportedThat is a sentence that reports what it tells: "Members heard
// that …", "The Clerk explained to members that …".
var reportedThat = lazyre.New(`(?i)^[^.]*?\b(?:reported|heard|informed|explained|advised|told|said|stated)\b(?:\s+[\w'’]+){0,4}?\s+that\b`)

// historyTail is a condition that names a time or goes on to a verb of
// its own.
var historyTail = lazyre.New(`(?i)\d|\b` + oneMonth + `\b|\b(?:has|have|had|was|were|is|are|will|would|been|since|ago)\b`)

// allDecidedBody: every sentence is a body's decision of its own, its
// subject named ("The Board agreed …", "The Board also agreed …").
func allDecidedBody(sents []string) bool {
	for _, s := range sents {
		if !bodyDecides(s) && !(localOpener(s) && localDecides(s)) && !agreedThatDecided(s) {
			return false
		}
	}
	return true
}

// decidedBody: bodyDecided, or passiveDecided where the words it needs
// are there (most paragraphs have none, and the pattern backtracks).
func decidedBody(s string) bool {
	if t := strings.TrimSpace(s); strings.HasSuffix(t, " to") || strings.HasSuffix(t, " that") {
		return false // "It was unanimously agreed to" over its list: a lead-in
	}
	cut := false
	if m := leadingAdverbial.FindStringIndex(s); m != nil {
		// "Due to the lateness of the day, at the Mayor's suggestion,
		// Council agreed …"; "After a complaint about noise, it was
		// resolved that …" reads as the sentence it opens would.
		s, cut = s[m[1]:], true
	}
	if at := titledRecord(s); at > 0 {
		// "Best Kept Village – it was agreed that …": a title, its dash,
		// then the record in small letters, which decides as a sentence
		// of its own would. The title stays in what is kept.
		s, cut = s[at:], true
	}
	if m := afterDebate.FindStringSubmatchIndex(s); m != nil {
		s, cut = s[m[3]:], true // "following discussion it was resolved not to join …"
	}
	if cut && strings.HasPrefix(s, "it ") {
		s = "It" + s[2:]
	}
	return bodyDecides(s) || minutesPassedIn(s) || (localOpener(s) || strings.Contains(s, " voted") || strings.Contains(s, "nanimously ") || strings.Contains(s, "t was agreed") || strings.Contains(s, "t was decided")) && localDecides(s) || strings.Contains(s, " by ") && strings.Contains(s, " meeting") && passiveDecided.MatchString(s) ||
		grantedHere(s) || agreedThatDecided(s)
}

// agreedThatDecided is a decision told as "It was agreed that …", no one
// undertaking to act: "It was agreed that the Parish Council needs to see
// the accounts", "… that the figures be circulated". One where someone
// would, will or is to act ("… that the Clerk would order a pane", "…
// that the clerk to order the bin") is an undertaking, read as a
// commitment.
func agreedThatDecided(s string) bool {
	m := itAgreedThat.FindStringIndex(s)
	if m == nil {
		return false
	}
	clause := strings.SplitN(s[m[1]:], ".", 2)[0]
	// What "should be" done, no one named to do it, is what the meeting
	// settled: "… that the hedge should be cut back", "… that the matter
	// should be left".
	// (Four words at least: "It was agreed that SS an" is a page cut off.)
	if !strings.HasPrefix(s, "It") && statedView.MatchString(clause) {
		// "Members agreed that the report was helpful": a view shared,
		// not a thing settled.
		return false
	}
	// What "would be" a state ("… that the first review would be on
	// parking", "… would be a standing item") is what was settled too;
	// "would be sent" is someone's undertaking, and so is where a person
	// "would be" ("… that the Clerk would be on site on Monday").
	done := shouldBeDone.ReplaceAllString(clause, " ")
	settled, at := "", 0
	for _, m := range wouldBeState.FindAllStringIndex(done, -1) {
		subject := done[at:m[0]]
		if k := lastClauseStart.FindAllStringIndex(subject, -1); k != nil {
			subject = subject[k[len(k)-1][1]:]
		}
		if !personSubject.MatchString(headPhrase(subject)) {
			settled += done[at:m[0]] + " "
			at = m[1]
		}
	}
	settled += done[at:]
	return len(strings.Fields(clause)) >= 4 && !undertakingWord.MatchString(settled)
}

// headPhrase is a subject up to its head noun, before any qualifying
// phrase: "the next meeting of members" reads "the next meeting".
func headPhrase(subject string) string {
	if k := subjectTail.FindStringIndex(subject); k != nil {
		return subject[:k[0]]
	}
	return subject
}

var (
	itAgreedThat = lazyre.New(`^(?:It\s+was|(?:The\s+)?(?:Members|Councillors)(?:\s+present)?)\s+(?:(?:unanimously|also|therefore|then|further|duly|generally)\s+)?agreed(?:\s+(?:unanimously|by\s+all))?,?\s+that\s`)
	shouldBeDone = lazyre.New(`\bshould\s+(?:not\s+)?be\b`)
	wouldBeState = lazyre.New(`\b(?:would|will)\s+be\s+(?:on|about|a|an|the)\s`)
	// personSubject is a subject that is someone who acts: an office
	// holder, members or officers, a titled name, a pronoun. (The words
	// are those minutes use for who is to do a thing.)
	// It must be the subject's head, its last word before any "of …"
	// (or a titled name after it, "Cllr Jones"): "the Chairman's report"
	// and "the next meeting of members" are things, not persons.
	personSubject = lazyre.New(`(?i)\b(?:clerk|chair\w*|mayor|treasurer|officers?|councillors?|cllrs?|members?|mr|mrs|ms|miss|dr|he|she|they|we|i)(?-i:\s+[A-Z][\w'-]*)*\s*$`)
	// subjectTail is where a subject's head gives way to what qualifies
	// it: "the meeting | of members", "the Clerk | to the Council".
	subjectTail = lazyre.New(`\s(?:of|for|in|on|at|with|from|to)\s`)
	// lastClauseStart ends the words before a clause's subject.
	lastClauseStart = lazyre.New(`\b(?:that|and)\s`)
	statedView      = lazyre.New(`(?i)\b(?:was|were|is|are|had|has|have)\b`)
	// (Who is "to" act is the clause's subject: in "that the Clerk write
	// to the Chief Executive to complain" no one is "Executive to".)
	undertakingWord = lazyre.New(`(?i:\b(?:would|will|should|shall|must|is\s+to|are\s+to|to\s+be)\b)|^\s*(?:(?i:the)\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:and|&)\s+(?:the\s+)?)?){0,3}(?:[A-Z][\w'’.-]*|(?i:clerk|chair\w*|council|members?|councillors?|officers?))\s+to\s+[a-z]`)
)

// appointedHere is a person named and then elected, appointed or co-opted
// at the meeting, wherever the clause stands: "Highways – Martin Lyne was
// co-opted", "Nominations were invited and Cllr K Organ was elected as Vice
// Chairman", "Chairman: WS was appointed", "The following office-bearers
// were appointed: …". The subject is a name (capitalised words or
// initials), so "a contractor was appointed" is not one; an appointment
// dated in the past ("was appointed in 2019") is history retold.
func appointedHere(s string) bool {
	m := appointedName.FindStringIndex(s)
	return m != nil && !appointedBefore.MatchString(s[m[1]:])
}

var (
	appointedName = lazyre.New(`(?:^|\band\s+|[,;:–—-]\s+)(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Rev|Revd)\.?\s+)*(?:[A-Z][\w'’.-]*(?:\s+(?:and|&)\s+|,\s*|\s+)){0,5}[A-Z][\w'’.-]*\s+(?:was|were)\s+(?:(?:duly|unanimously|then|formally)\s+)?(?:re-?elected|elected|appointed|co-opted|nominated\s+and\s+(?:duly\s+)?elected)(?:\s+(?:unopposed|unanimously))?(?:\s*$|\s*[.,;:(–—-]|\s+(?:as|to|onto|the|Chair\w*|Vice\w*|Deputy|Clerk|Treasurer|Secretary|Mayor|Leader|Town|Parish|for\s+the)\b)` +
		`|^The\s+following\s+(?:[\w-]+\s+)?(?:office[- ]bearers|officers|members|councillors|representatives|nominations|appointments)\s+(?:were|was)\s+(?:duly\s+)?(?:elected|appointed|co-opted|made|agreed|approved)\b`)
	appointedBefore = lazyre.New(`\b(?:in|since|during)\s+(?:\d{4}|` + monthName + `|last)\b|\blast\s+(?:year|month|week)\b|\b(?:ago|previously|earlier)\b`)
)

// pastPurpose is a lead-in that says what was aimed at: "The aims of the
// review were to:".
var pastPurpose = lazyre.New(`(?i)\b(?:was|were|had\s+been)\s+to\s*(?::-|[:\-–—])$`)

// actionStatus is a line that says how the action above it stands, and
// perhaps what was done: "Action ongoing – The Clerk had written …",
// "Action complete".
// The word "Action" may be left out where the status is set off from
// what follows ("Completed, task and finish group meeting arranged"), so
// that "Complete the form" is not read as one.
var actionStatus = lazyre.New(`^(?:(?i:action)\s+((?i:complete|completed|ongoing|outstanding|in progress|closed|carried forward|not started|on hold))\b\s*[.:–—-]?|((?i:complete|completed|done|ongoing|outstanding|in progress|closed|carried forward|not started|on hold))(?:\s*[.,:–—-]|\s*$))\s*(.*)$`)

// trailingStatus ends an action's line with how it stands, after its
// owner's tag: "… Action – The Clerk Action complete."
var trailingStatus = lazyre.New(`\s+(?i:action)\s+((?i:complete|completed|ongoing|outstanding|in progress|closed))\.?$`)

// grantedHere is a thing granted at the meeting, told in the passive:
// "A community grant of £500 was approved for the church." One approved
// "by Council in May" is another meeting's decision retold.
func grantedHere(s string) bool {
	m := grantedThing.FindStringIndex(s)
	return m != nil && !strings.Contains(s[m[1]:], " by ")
}

var grantedThing = lazyre.New(`^(?:A|An)\s+[^.;]{3,80}?\s+was\s+(?:duly\s+|unanimously\s+)?(?:approved|granted|awarded)\b`)

// voteWords opens a sentence that names who moved or seconded.
var voteWords = lazyre.New(`^(?i:proposed|seconded|moved)\b`)

// allAgreed is a vote of all present told in a sentence of its own,
// which decides what the sentence before it said: "All present agreed.",
// "Agreed by all.", "Unanimously agreed."
var allAgreed = lazyre.New(`^(?i:all|everyone)(?:\s+(?:present|members|councillors))?\s+(?:agreed|were\s+in\s+favour)\.?$|^(?:[Uu]nanimously\s+)?[Aa]greed\s+by\s+all(?:\s+present)?\.?$|^[Uu]nanimously\s+agreed\.?$|^[Aa]ll\s+in\s+favour\.?$`)

// pronounDecided is a decision told of what the sentence before named:
// "This was accepted.", and "It was accepted by the meeting." when the
// sentence ends there ("It was agreed that …" names its own matter).
var pronounDecided = lazyre.New(`^(?:This|These|They)\s+(?:was|were)\s+(?:then\s+|duly\s+|unanimously\s+)?(?:accepted|agreed|approved|adopted)\b` +
	`|^It\s+was\s+(?:then\s+|duly\s+|unanimously\s+)?(?:accepted|agreed|approved|adopted)(?:\s+(?:unanimously|by\s+(?:the\s+)?(?:meeting|members|council|committee|group|board|panel|all)(?:\s+present)?))?\s*\.?$`)

// localOpener: s opens as localDecided needs, the cheap test first.
func localOpener(s string) bool {
	switch firstWord(s) {
	case "The", "the", "All", "Members", "Councillors", "Cllrs", "Parish", "Town", "Cllr", "Cllr.", "Councillor", "Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms.", "This", "These", "It", "They",
		"Accounts", "Payments", "Invoices", "Cheque", "Agreed", "AGREED", "Resolved", "RESOLVED", "Minutes":
		return true
	}
	return false
}

// localDecided is how a small council's minutes tell what it decided:
// "The council confirmed approval of …", "The meeting agreed …", "The
// Parish Council resolves to …", "All Cllrs agreed that …", "All Board
// members present agreed …", "Councillor
// Tan was nominated and elected as Chairman …", "The following payments
// were approved …".
var localDecided = lazyre.New(`^(?:The\s+)?(?i:(?:parish|town|full)\s+)?(?i:council|meeting|pc|tc)\s+(?:(?:then|unanimously|also)\s+)?(?:(?:considered|discussed|reviewed)\s+(?:this|the)\s+(?:application|proposal|plans?|request)\s+and\s+)?(?:agreed|resolved|approved|decided|resolves?|confirmed\s+(?:its\s+)?approval)\b` +
	// "The Council object to the application on the grounds …", "…
	// supports the application", "Members objected to this proposal",
	// "The Committee raised no objection to the application": a
	// consultee's view of a planning application. Whoever gives it — the
	// council, its committee or its members — and in present or past, it
	// is the body's view, so the subject is any deciding body or its
	// members and the verb either tense.
	`|^(?:The\s+)?(?i:(?:parish|town|planning)\s+)?(?i:council|committee|members|councillors|cllrs)\s+(?:(?:strongly|therefore|unanimously)\s+)?(?:object(?:s|ed)?\s+to|(?:does|did)\s+not\s+object\s+to|(?:has|had|raises?|raised)\s+no\s+objections?\s+to|support(?:s|ed)?)\s+(?:the|this)\s+(?:application|proposal)\b` +
	`|^All\s+(?:[A-Z][\w&'’-]*\s+)?(?i:cllrs|councillors|members)\.?\s+(?:present\s+)?(?:agreed|approved|resolved)\b` +
	`|^(?:Cllr|Councillor|Mr|Mrs|Ms)\.?\s+[A-Z][\w.' -]{1,40}?\s+was\s+(?:duly\s+|unanimously\s+)?(?:proposed,?\s+seconded\s+and\s+|nominated\s+and\s+)?(?:elected|appointed|co-opted|voted(?:\s+in)?)\s+(?:as|to|onto|(?:the\s+)?(?:Vice[- ])?Chair(?:man|woman|person)?\b)` +
	`|^(?:Cllr|Councillor)\.?\s+[A-Z][\w.' -]{1,40}?\s+nominated\s+(?:Cllr|Councillor)\.?\s+[A-Z][\w.' -]{1,40}?\s+(?:to\s+be|as)\s+(?:the\s+)?(?:Vice[- ])?Chair(?:man|woman|person)?\b` +
	`|^The\s+following\s+(?:payments|accounts|invoices|grants|donations|quotes?|applications?|amendments?)\s+(?:were|was)\s+(?:duly\s+)?(?:approved|agreed|accepted)\b` +
	// "These were circulated, read, approved and signed as a correct
	// record", "These were approved (Proposed Mr Wright, seconded Mr Gray)",
	// "This was agreed at £100 a year to cover …", "… subject to …",
	// "It was accepted by the meeting.".
	`|^(?:This|These|It|They)\s+(?:was|were)\s+(?:then\s+|duly\s+|unanimously\s+)?(?:(?:circulated|read|considered|received),?\s+(?:and\s+)?)*(?:accepted|agreed|approved|adopted|confirmed)(?:\s+as\s+(?:a\s+|an\s+)?(?:true|correct|accurate)\s+record(?:\s+of\s+(?:the\s+)?(?:proceedings|meeting))?)?(?:\s+and\s+signed(?:\s+as\s+(?:a\s+)?(?:correct|true)\s+record|\s+(?:in|at)\s+the\s+meeting|\s+by\s+[^.()]{2,40})*)?(?:\s+(?:by all|unanimously|by\s+(?:the\s+)?(?:meeting|members|group)))?(?:\s+(?:at|for)\s+£[\d,.]+[^.]*|\s+subject\s+to\s[^.]*|\s+in\s+principle\b[^.]*)?(?:\s*\([^)]{0,80}\))?\.?$` +
	`|\bit\s+was\s+(?:then\s+|unanimously\s+)?voted\b` +
	// "All accounts were received and agreed for payment."
	`|^(?:All\s+)?(?:[Tt]he\s+)?(?i:cheque\s+|bank\s+)?(?i:accounts|payments|invoices|cheques|bills)\b[^.]{0,80}?\b(?:was|were)\s+(?:(?:duly|then)\s+)?(?:received\s+and\s+|checked\s+and\s+)?(?:approved|agreed|authori[sz]ed)\b` +
	// "the minutes of a meeting held July 25th were agreed and signed",
	// "… were found to be correct."
	`|^(?:(?:The|the)\s+(?:last\s+)?minutes|Minutes\s+(?:from|of)\b)\b[^.]{0,120}?\b(?:was|were)\s+(?:(?:then|duly|unanimously)\s+)?(?:(?:read|circulated|considered),?\s+(?:and\s+)?)*(?:found\s+to\s+be\s+(?:a\s+)?(?:correct|true|accurate)|proposed\s+as\s+(?:a\s+)?(?:correct|true|accurate)|(?i:agreed|approved|accepted|confirmed|signed))\b` +
	// "Agreed by all that the ladder could be installed in-house."
	`|^(?:Agreed|AGREED|Resolved|RESOLVED)\s+(?:by\s+all(?:\s+present)?|unanimously|by\s+the\s+(?:council|meeting))\s+(?:that|to)\b` +
	// "Those present Unanimously Resolved to …", "It was resolved at this
	// point to …".
	`|\b[Uu]nanimously\s+(?:Resolved|RESOLVED|resolved|Agreed|AGREED|agreed)\s+(?:that|to)\b` +
	`|^It\s+was\s+(?:resolved|agreed)\s+(?:at\s+this\s+point|then|also|further)\s+(?:to|that)\b` +
	// "It was agreed to send a letter of congratulations …", "…, it was
	// agreed to defer this item": the meeting decided, naming no one who
	// undertakes it.
	`|\b[Ii]t\s+was\s+(?:(?:unanimously|also|therefore|then|further|duly)\s+)?agreed(?:\s+(?:unanimously|by\s+all))?\s+(?:not\s+)?to\s+[a-z]` +
	// "It was agreed for the office staff to keep watch", "It was
	// resolved for the Planning Committee to review the draft": who is
	// to act, put as the object of "for".
	`|\b[Ii]t\s+was\s+(?:(?:unanimously|also|therefore|then|further|duly)\s+)?(?:agreed|resolved|decided)\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?to\s+[a-z]` +
	// "Two applications were received. It was resolved to co-opt both.":
	// a resolution told after the item's narrative, in its paragraph.
	// "It was decided the standing orders should remain the same.", "It
	// was resolved the minutes … were to be signed", "It was decided by
	// majority vote to withhold the payment.": resolved and decided say
	// the meeting's mind was made up, whoever is named after.
	`|\b[Ii]t\s+was\s+(?:(?:unanimously|also|therefore|then|further|duly)\s+)?(?:resolved|RESOLVED|Resolved|decided)(?:\s+(?:unanimously|by\s+all|by\s+(?:a\s+)?majority(?:\s+vote)?))?,?\s+(?:that\s+|not\s+to\s+|to\s+[a-z]|(?:the|this|these|we|a|an|no)\s)` +
	// "The Clerk's report was presented and approved.": a thing put
	// before the meeting and approved there, in one breath (one approved
	// "by Cabinet in March" is another meeting's).
	`|^(?:The|This|These)\s[^.]{0,80}?\b(?:was|were)\s+(?:duly\s+)?(?:presented|received|considered|discussed|reviewed|read|tabled|circulated|submitted)\s*,?\s+(?:and\s+)?(?:duly\s+|unanimously\s+)?(?:approved|agreed|adopted|accepted|ratified|endorsed)(?:\s+(?:unanimously|by\s+(?:all(?:\s+present)?|members|councillors|the\s+(?:council|committee|meeting))))?\s*\.?$` +
	// "The proposed budget was discussed in detail and amended and
	// agreed by all councillors.": a thing agreed at the meeting by all.
	`|^(?:The|This|These)\s+[^.]{0,100}?\b(?:was|were)\b[^.]{0,60}?\b(?:agreed|approved|adopted|accepted)\s+(?:by\s+all\b|unanimously\b)`)

// itemRecord is one sentence that tells what a meeting did with an item:
// "The report was noted, as recommended.", "The Minute of Meeting of 19
// June was approved.", "The Minutes were noted by the Committee.",
// "Members noted the update." A thing approved by another body or at
// another meeting is a report of the past, not this record.
func itemRecord(body string) bool {
	if !endsSentence(body) || len(sentences(body)) != 1 {
		return false
	}
	if m := passiveRecord.FindStringIndex(body); m != nil {
		rest := body[m[1]:]
		return !strings.Contains(body[:m[1]], " that ") && (!otherBody.MatchString(rest) || byThisMeeting.MatchString(rest))
	}
	return bodyNoted.MatchString(body) || bodyDecides(body)
}

var (
	passiveRecord = lazyre.New(`^(?:The|This|These|Those|Its|All)\s[^.;:]{2,120}?\b(?:was|were)\s+(?:(?:duly|unanimously|then|also|formally)\s+)?(?:(?:received|considered|discussed|read)\s*,?\s+(?:and\s+)?)?(?:noted|approved|agreed|adopted|endorsed|accepted|confirmed|ratified)\b`)
	byThisMeeting = lazyre.New(`^\s+by\s+(?:the\s+)?(?:` + deciders + `|[Mm]embers|[Cc]ouncillors|all(?:\s+present)?)\s*[.,]`)
	otherBody     = lazyre.New(`^\s+(?:by|at|in|on)\s+(?:(?:the|its)\s+)?(?:[A-Z]|last|previous|an?\s|\d)`)
)

// bodyNoted is a meeting noting a thing, not that something is so:
// "Cabinet noted the appointments", "The Board noted the Forward Plan …".
var bodyNoted = lazyre.New(`^(?:The\s+)?` + deciders + `\s+(?:also\s+)?noted\s+(?:the|its|their|a|an)\s`)

// pledgeLead names the points after it as the authors' pledge: "Our
// pledge to all children in our care is:".
var pledgeLead = lazyre.New(`(?i)^our\s+(?:pledges?|promises?|commitments?)\b[^.]*\s(?:is|are)\s*:$`)

// reportedLead is a lead-in to what others said or listed: "… were
// listed as:", "Residents told us:", "Comments raised included:".
var reportedLead = lazyre.New(`(?i)\b(?:(?:were|was)\s+(?:listed|described|mentioned|raised|suggested|expressed|voiced|put\s+forward)|(?:said|told\s+us|told\s+the\s+\w+|commented|included))(?:\s+(?:as|that|were|was|the\s+following))?\s*:$`)

// dashedRecord is a title set off by a dash from a record that opens in
// small letters, as "it was agreed" does.
var dashedRecord = lazyre.New(`^[A-Z][^–—.;:]{2,100}?\s[–—-]\s+(it\s+was\s|(?:following|after)\s)`)

// titleThenCaps is a title run in before a decision in capitals, the
// title ended by a number or a dash, perhaps the motion's steps in
// capitals after it ("PROPOSED; SECONDED;").
// A step may name its mover ("PROPOSED by Cllr Hale,"), be in title
// case ("Proposed; Seconded;") and be joined by "and"; a point inside a
// number ("held on 3.6.24") does not end the title.
var titleThenCaps = lazyre.New(`^((?:[^.]|\.\d)*?(?:(\d)|\s[-–—]))\s+(?:(?:PROPOSED|SECONDED|Proposed|Seconded)(?:\s+by\s+` + moverName + `)?[;:,.]?\s+(?:and\s+)?)*(RESOLVED|AGREED|DECIDED)\b`)

// moverName is who moved or seconded a motion: "Cllr Hale", "Councillor
// J. Moss", "the Chair".
const moverName = `(?:(?:Cllrs?\.?|Councill?ors?|the|The)\s+)?(?:[A-Z]\.\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?`

// titleBody is a title that opens with a body or a post — the subject
// that decided, whatever follows it ("Full Council on 12 May 2024
// RESOLVED …", "The Council meeting of 12 May 2024 RESOLVED …").
var titleBody = lazyre.New(`^(?:(?:The|Full|Special|Annual|Extraordinary)\s+)*(?:[A-Z][\w&]*\s+){0,2}(?:` + deciders + `|` + onePost + `)\b`)

// capsAfterTitle is where the decision in capitals starts after an item's
// title run in before it (titleThenCaps), or 0: a title of words ending
// in a number ("Yearly Return 2023/24 Part 2 RESOLVED that …"), or the
// agenda's wording before a dash ("To confirm the minutes … – PROPOSED;
// SECONDED; RESOLVED that …"). A body that decides, the subject, ends in
// neither; a minute's number alone ("0605 RESOLVED …") or a named
// title's dash ("Parks Committee - RESOLVED …") stays, as do a vote's
// count ("By 6 votes to 2 RESOLVED …", "By a majority of 6 to 2 …":
// voteCounted) and a subject that opens with a body or a post, though a
// date ends it (titleBody).
func capsAfterTitle(sent string) int {
	if !strings.Contains(sent, "RESOLVED") && !strings.Contains(sent, "AGREED") && !strings.Contains(sent, "DECIDED") {
		return 0 // titleThenCaps needs one, in capitals; most sentences have none
	}
	m := titleThenCaps.FindStringSubmatchIndex(sent)
	if m == nil || finiteVerb.MatchString(sent[:m[3]]) || voteCounted.MatchString(sent[:m[3]]) || titleBody.MatchString(sent) || !capsDecision.MatchString(sent[m[6]:]) {
		return 0
	}
	title := sent[:m[3]]
	if m[4] >= 0 {
		words := 0
		for _, w := range strings.Fields(title) {
			if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				words++
			}
		}
		if words < 2 {
			return 0
		}
	} else if !agendaDash.MatchString(sent) {
		return 0
	}
	return m[6]
}

// othersDecision: s opens with a named body that decided, and the body
// is not the meeting itself or its members ("The County Council agreed
// to …", "Highways England approved …"): news of a decision made
// elsewhere. own is the paper's own body, lower-cased (paperBody): "The
// Parish Council agreed …" in the Parish Council's minutes is the meeting
// itself.
func othersDecision(s, own string) bool {
	m := activeDecider.FindStringSubmatch(s)
	if m == nil || meetingItself.MatchString(m[1]) || ownMembers.MatchString(m[1]) {
		return false
	}
	subject := strings.ToLower(m[1])
	subject = strings.TrimPrefix(subject, "the ")
	// The paper names its body in full ("Wigton Parish Council"), its
	// bullets often by the last words ("The Parish Council agreed …").
	return own == "" || subject != own && !strings.HasSuffix(own, " "+subject)
}

var (
	// activeDecider is a sentence's named subject (group 1) and a verb of
	// deciding after it.
	activeDecider = lazyre.New(`^((?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){0,4})\s+(?:(?:also|then|unanimously)\s+)?(?:agreed|resolved|decided|approved|accepted|adopted|endorsed)\b`)
	ownMembers    = lazyre.New(`^(?:[Tt]he\s+|[Aa]ll\s+)?(?:Members|Councillors|members|councillors)$`)
)

// decisionAfterTitle is body without a title run in before its decision
// in capitals (capsAfterTitle), or body whole — for the readers that
// otherwise keep a decision's sentence whole, who decided with what.
func decisionAfterTitle(body string) string {
	if at := capsAfterTitle(body); at > 0 {
		return body[at:]
	}
	return body
}

// titledRecord is where the record after a title's dash starts in s
// (dashedRecord, the title no clause of its own), or 0.
func titledRecord(s string) int {
	if m := dashedRecord.FindStringSubmatchIndex(s); m != nil && !finiteVerb.MatchString(s[:m[2]]) {
		return m[2]
	}
	return 0
}

// afterDebate is a debate a decision followed, told with no comma before
// it: "Following discussion it was resolved …".
var afterDebate = lazyre.New(`^((?i:following|after)\s+(?:(?i:a|some|further|brief|lengthy|much|full|detailed)\s+)?(?i:discussions?|debates?|considerations?)\s+)(?i:it\s+was)\b`)

// leadingAdverbial is the circumstance a decision's sentence opens with,
// before the body that decided: "Due to the lateness of the day,", "at the
// suggestion of the Mayor,", "Following discussion,", a condition set
// first ("Subject to the change below,").
var leadingAdverbial = lazyre.New(`^(?:(?i:due to|owing to|at the (?:suggestion|request) of|following|after|having|in light of|in view of|upon|on the advice of|subject to)\b[^,.]{0,100},\s+)+`)

// runInTitle is an item's title run into its first sentence, the line
// break between them lost: "Minutes of Previous Meeting The Minutes of
// the meeting … were confirmed". Its words (up to twelve) are
// capitalised, small joining words or a date's day and year ("Approval
// of the Minutes of the Meeting 9th July 2019 The Minutes …"); the
// sentence starts at "The" or "These".
var runInTitle = lazyre.New(`^(?:\d{1,3}[.)]?\s*[–-]?\s*)?(?:(?:[A-Z][\w'’&-]*|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)\s+(?:(?:of|and|for|on|to|the|&|-|–)\s+)*){1,12}?((?:The|These)\s.*)$`)

// minutesTitle is an agenda's title for a meeting's minutes, its words
// in any case, that ends in the meeting's date ("Approval of the Minutes
// of the meeting held on 17th August 2020", "Minutes of meeting held on
// 3 February 2016:"), then the record (group 1), a capital after a colon,
// a dash or the record's own number ("3.1").
var minutesTitle = lazyre.New(`^(?:[A-Z][\w'’]*\s+){0,3}(?:[Tt]he\s+)?[Mm]inutes\b[^.:;]{0,100}?\b(?:19|20)\d\d\s*[:–-]?\s*(?:\d{1,2}\.\d{1,2}\s+)?([A-Z].*)$`)

// afterMinutesTitle gives s without an agenda's title for the minutes run
// in before the record ("Minutes of the previous meeting held on
// Wednesday 14th May 2019 The minutes were approved"), or s whole.
func afterMinutesTitle(s string) string {
	if !strings.Contains(s, "inutes") {
		return s // (the cheap test: withoutTitle asks it of every minute's paragraph)
	}
	if m := minutesTitle.FindStringSubmatchIndex(s); m != nil && !finiteVerb.MatchString(s[:m[2]]) {
		return s[m[2]:]
	}
	return s
}

// agendaRunIn is an agenda's wording, "To" and its verb, run into the
// record's first sentence, which opens "The" or "These" (group 1), a
// colon between them or not.
var agendaRunIn = lazyre.New(`^To\s+[a-z]{3,}\b[^.;:]{2,150}?:?\s((?:The|These)\s)`)

// withoutTitle gives a sentence without a title run into it, when what
// is left is a decision told in the past.
func withoutTitle(sent string) string {
	if titledRecord(sent) > 0 {
		return sent // its title and dash kept whole, as decidedBody reads it
	}
	if at := capsAfterTitle(sent); at > 0 {
		return sent[at:]
	}
	// "TO APPROVE THE MINUTES OF THE MEETING HELD ON THE 19 th APRIL 2018
	// The minutes … were approved", "NOMINATION OF MAYOR FOR 2013/2014 It
	// was RESOLVED …": a title in capitals of any length, its date and all.
	if rest := afterCapsTitle(sent); rest != sent && (decidedBody(rest) || capsDecided(rest)) {
		return rest
	}
	if rest := afterMinutesTitle(sent); rest != sent && (decidedBody(rest) || capsDecided(rest)) {
		return rest
	}
	if !strings.Contains(sent, " The ") && !strings.Contains(sent, " These ") && !strings.Contains(sent, ": ") && !agendaDash.MatchString(sent) {
		return afterTitleCase(sent) // (the cheap test: most sentences have no title run in)
	}
	if m := runInTitle.FindStringSubmatch(sent); m != nil && decidedBody(m[1]) {
		return m[1]
	}
	if m := agendaRunIn.FindStringSubmatchIndex(sent); m != nil && !finiteVerb.MatchString(sent[:m[2]]) && decidedBody(sent[m[2]:]) {
		// "To receive and confirm the minutes of the previous meeting
		// (10th September) The minutes … were confirmed": the agenda's
		// wording, then the record.
		return sent[m[2]:]
	}
	if t := afterTitleCase(sent); t != sent {
		return t
	}
	for _, dash := range []string{" – ", " - "} {
		// "Approval of Minutes held on 15 May - The minutes … were
		// approved": a title, numbers and all, then its dash. (An
		// agenda's wording with its meeting's date, "To consider the
		// minutes of the meeting held on the 26th October 2021", runs to
		// some seventy letters.)
		if i := strings.Index(sent, dash); i > 0 && i < 100 && !finiteVerb.MatchString(sent[:i]) && decidedBody(sent[i+len(dash):]) {
			rest := sent[i+len(dash):]
			if j := strings.Index(rest, ": "); j > 0 && j < 40 && decidedBody(rest[j+2:]) {
				rest = rest[j+2:] // "41/22 – MINUTES: The Minutes …"
			}
			return rest
		}
	}
	if i := strings.Index(sent, ": "); i > 0 && i < 40 && decidedBody(sent[i+2:]) {
		return sent[i+2:] // "41/22 – MINUTES: The Minutes … were approved"
	}
	if i := strings.LastIndex(sent[:min(len(sent), 60)], ": "); i > 0 && decidedBody(sent[i+2:]) {
		return sent[i+2:] // "5. Banking: 069/23: All Cllrs agreed that …"
	}
	return sent
}

// afterCapsTitle gives the sentence after a title in capitals run in at
// its start, or the sentence whole where none is.
func afterCapsTitle(sent string) string {
	if len(sent) > 1 && sent[0] >= 'A' && sent[0] <= 'Z' && sent[1] >= 'A' && sent[1] <= 'Z' {
		if heads, _ := capsHeads(sent); len(heads) > 0 && heads[0][0] == 0 {
			return strings.TrimSpace(sent[heads[0][1]:])
		}
	}
	return sent
}

// afterTitleCase gives a sentence without the title case words run in
// before it ("Payment of Accounts Cheque payments to 7 July were
// approved …"), when what is left decides; else the sentence.
func afterTitleCase(sent string) string {
	if !strings.Contains(sent, " were ") && !strings.Contains(sent, " was ") {
		return sent
	}
	if r, _ := utf8.DecodeRuneInString(sent); !unicode.IsUpper(r) {
		return sent // a title starts with a capital
	}
	ws := strings.Fields(sent)
	if len(ws) < 4 || phraseOpener[strings.ToLower(ws[0])] || subordinator[strings.ToLower(ws[0])] {
		return sent // "The Parish Council agreed …": a subject, no title; "Since Cllr Sadler is …": a clause
	}
	// The longest title whose rest decides: "Payment of Accounts" before
	// "Cheque payments …", not "Payment of" before "Accounts Cheque …".
	best, at := sent, 0
	for k := 0; k < min(len(ws)-1, 8); k++ {
		at += len(ws[k]) + 1
		if !titleWord(ws[k]) {
			break
		}
		if r, _ := utf8.DecodeRuneInString(ws[k+1]); unicode.IsUpper(r) && k > 0 && !joinerWord(ws[k]) && !nameTitle[strings.ToLower(strings.TrimRight(ws[k], "."))] && decidedBody(sent[at:]) {
			best = sent[at:]
		}
	}
	return best
}

// subordinator opens a clause that a sentence's main clause follows.
var subordinator = map[string]bool{"since": true, "as": true, "because": true, "when": true, "while": true, "whilst": true, "although": true, "though": true,
	"if": true, "once": true, "until": true, "unless": true, "after": true, "before": true}

func joinerWord(w string) bool {
	return w == "of" || w == "and" || w == "for" || w == "the" || w == "to" || w == "&"
}

// titleWord is a word a title in title case is made of.
func titleWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || joinerWord(w)
}

// actsOnObject: a verb-first clause goes on to what it acts on ("Approved
// the award …", "Noted that …"), not a participle before its noun
// ("Delegated decisions are …", "Confirmed as a true record").
func actsOnObject(body string) bool {
	w := strings.Fields(body)
	if len(w) < 3 {
		return false
	}
	next := strings.ToLower(w[1])
	return objectStart[next] || next == "that" || next == "to" || strings.HasPrefix(next, "£")
}

// namesList: a lead-in that announces a list of things it acts on ("the
// following contracts", "the documents listed below").
func namesList(lead string) bool {
	l := strings.ToLower(lead)
	return strings.Contains(l, "following") || strings.Contains(l, "listed below") || strings.Contains(l, "set out below")
}

// namesOnly: a list item with no verb of its own — a name, a contract, a
// meeting ("Sam Green", "A contract between the Council and …"). A body
// with its verb in the past ("The committee agreed to consult …") is a
// decision told, whatever the lead-in announced.
func namesOnly(text string) bool {
	w := firstWord(text)
	lw := strings.ToLower(w)
	return !finiteVerb.MatchString(text) && !subjectDecided.MatchString(text) && !bodyPast.MatchString(text) && !modalWord.MatchString(text) && !strings.Contains(text, " be ") &&
		!decisionVerb.MatchString(w) && !decidedVerb.MatchString(w) && !actVerb[lw] && !baseVerb.MatchString(lw) && lw != "that" && lw != "to" &&
		!(planVerb[lw] && secondLower(text)) // "Declare a climate emergency", but "Open Spaces" names
}

// styleLostHeading tells whether p is a short unmarked line that reads
// as a heading though it was not printed as one: "Physical Activity".
// numberedPart: a paragraph that names a part of a plan by its number
// before what it is about ("Objective 1: Prevent …", "Priority 3 –
// Homes"), no sentence.
func numberedPart(p paragraph) bool {
	// (A full stop may close its title: "Priority 2: To widen access to
	// the service." is one sentence, still the part's name.)
	return p.marker == "" && !bulletPat.MatchString(p.text) && partNumbered.MatchString(p.body) && !strings.Contains(strings.TrimSuffix(p.body, "."), ". ") && len(strings.Fields(p.body)) <= 20
}

// partSeries marks the paragraphs that name parts of a plan by a number
// counting on from another's of the same word ("Priority 1: …" where
// "Priority 2: …" heads a part too), each one sentence: the series makes
// each the part's name, though it runs past numberedPart's length
// ("Priority 1: To help older people find the advice and support they need
// close to home so that they can choose where to live."). A sentence
// runs to maxSeriesPart words at most.
func partSeries(ps []paragraph) map[int]bool {
	type part struct {
		word string
		num  int
	}
	named := map[int]part{}
	for i, p := range ps {
		m := partNumbered.FindStringSubmatch(p.body)
		if m == nil || p.marker != "" || bulletPat.MatchString(p.text) || strings.Contains(strings.TrimSuffix(p.body, "."), ". ") || len(strings.Fields(p.body)) > maxSeriesPart {
			continue
		}
		n, err := strconv.Atoi(strings.TrimRightFunc(m[1], unicode.IsLetter))
		if err != nil {
			continue
		}
		named[i] = part{strings.ToLower(strings.Fields(p.body)[0]), n}
	}
	out := map[int]bool{}
	for i, a := range named {
		for j, b := range named {
			if i != j && a.word == b.word && (b.num == a.num+1 || b.num == a.num-1) {
				out[i] = true
			}
		}
	}
	return out
}

const maxSeriesPart = 40

// A word may qualify the part's name: "Strategic priority 2: …",
// "Outcomes theme 1: …", "Cross-cutting aim 3: …".
var partNumbered = lazyre.New(`(?i)^(?:[a-z][\w-]*\s+)?(?:priority|objective|theme|outcome|aim|goal|ambition|workstream|strand)\s+(\d{1,2}[a-z]?)\s*[:\-–—]\s*[A-Z]`)

func styleLostHeading(p paragraph) bool {
	return p.marker == "" && !p.heading && !bulletPat.MatchString(p.text) && len(strings.Fields(p.body)) <= 8 &&
		!endsSentence(p.body) && looksLikeHeading(p.body) && !finiteVerb.MatchString(p.body)
}

// secondLower tells whether text's second word starts in lower case.
func secondLower(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsLower(r)
}

// bodyPast is a meeting body, in any case, and a deciding verb in the
// past: "The committee agreed to consult …", "the Board noted …".
var bodyPast = lazyre.New(`(?i)^(?:the\s+)?(?:committee|sub-committee|council|cabinet|board|panel|executive|group|forum|members|councillors)\s+(?:noted|agreed|approved|endorsed|resolved|decided|adopted|accepted|authori[sz]ed|delegated|requested|recommended|considered|received)\b`)

// presentPassive is a decision told in the present passive: "is
// approved", "is to be made".
var presentPassive = lazyre.New(`\b(?:is|are)\s+(?:to\s+be\s+)?(?:\w+ly\s+)?(?:approved|agreed|noted|made|given|granted|delegated|authori[sz]ed|endorsed|adopted|accepted|allocated|awarded|rejected|deferred|confirmed|established|set|appointed|withdrawn|released)\b`)

// perfectPassive is a change recorded as made ("that the fee has also
// been increased"), which a list of decisions decides.
// pastDecided is a decision told in the past: "… was approved",
// "Authority was delegated to …", "It was agreed that …".
var pastDecided = lazyre.New(`\b(?:was|were)\s+(?:\w+ly\s+)?(?:approved|agreed|noted|delegated|authori[sz]ed|endorsed|adopted|accepted|granted|confirmed|deferred|rejected|resolved)\b|^It\s+was\s+(?:\w+ly\s+)?(?:agreed|resolved|decided)\b`)

var perfectPassive = lazyre.New(`\b(?:has|have)\s+(?:also\s+|now\s+|\w+ly\s+)?been\s+[\w-]+ed\b`)

// carriedRec is another body's recommendation to this one: "<Body> [on
// <date>] recommended that the Cabinet <verb> …".
var carriedRec = lazyre.New(`^(?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|&)){0,8}(?:\s+(?:on|at its meeting (?:held )?on)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})?\s+recommended\s+that\s+(?:the\s+)?(?:Cabinet|Council|Executive|Committee|Board|Panel)\s+[a-z]+`)

// laterDecided: a sentence after the paragraph's first records the
// decision ("Cabinet considered a report …. The recommendations in the
// report were considered and agreed.").
func laterDecided(body string) bool {
	if !strings.Contains(body, ". ") || !strings.Contains(body, " were ") && !strings.Contains(body, " was ") && !strings.Contains(body, " approved") && !strings.Contains(body, " agreed") && !strings.Contains(body, " Agreed") {
		return false
	}
	for _, sent := range sentences(body)[1:] {
		if decidedBody(sent) || withoutTitle(sent) != sent {
			return true
		}
	}
	return false
}

// byReference is a decision that agrees what the report recommended:
// "AGREED RECOMMENDATIONS", "AGREED RECOMMENDATION and thanked …".
var byReference = lazyre.New(`^(?:AGREED|APPROVED|Agreed|Approved)\s+(?:THE\s+|the\s+)?(?:RECOMMENDATIONS?|[Rr]ecommendations?)\b`)

// agreedDecision is a decision told as agreed: "It was agreed that the
// minutes be approved", not what someone would do ("… be circulated").
var agreedDecision = lazyre.New(`^It was (?:agreed|resolved|unanimously agreed)(?:\s+unanimously)? that\b[^.]{0,200}?\bbe\s+(?:\w+ly\s+)?(?:approved|noted|adopted|endorsed|accepted|signed|confirmed|agreed|received|ratified|elected|appointed|co-opted)\b`)

// listRunIn is a list run in after its lead: "… as follows: 1. To …",
// "… as follows:- (a) that …".
var listRunIn = lazyre.New(`as follows:?-?\s*\(?(?:1|a|i)[.)]\s`)

// resolvedAsFollows: "The Executive resolved as follows: …".
func resolvedAsFollows(s string) bool {
	return strings.Contains(s, "as follows") && resolved.MatchString(s)
}

// toInfinitive is a point that starts with "To" and its verb, whatever the
// verb: "1. To waive the rule …", "2. To directly contract with …".
// (Many decisions set their verb in capitals: "To ENDORSE the objectives".)
var toInfinitive = lazyre.New(`^To\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}|(?:NOTE|AGREE|APPROVE|ENDORSE|DELEGATE|AUTHORI[SZ]E|ADOPT|ACCEPT|REJECT|CONFIRM|RECOMMEND|REQUEST|SUPPORT|REFER|DEFER|APPOINT|ASK|RECEIVE|CONSIDER|INSTRUCT|NOMINATE|ELECT|AWARD|GRANT|REFUSE|AMEND|ALLOCATE|COMMISSION|PROCEED|RETAIN|REVIEW))\s+\S`)

// compound: the text after a label's word makes it part of a compound
// ("Decision-making", "Decision-maker"), not a label and its dash.
func compound(after string) bool {
	return len(after) > 1 && after[0] == '-' && unicode.IsLetter(rune(after[1]))
}

// capsRecommended is a meeting's decision to recommend, its verb in
// capitals: "It was therefore RECOMMENDED to Council that …".
var capsRecommended = lazyre.New(`\bRECOMMENDED\s+(?:to\s+(?:the\s+)?[A-Z][\w ]{1,40}?\s+)?that\b`)

// recommendedSentences cuts a paragraph at the end of the sentence in
// which the meeting RECOMMENDED: "Baby burial area. It was RECOMMENDED
// that …. This follows research … PCllr Ball suggested …" recommends in
// its second sentence and goes on to tell the discussion, which is rest.
// A sentence after it that tells a decision too ("The quotation from
// Green Ltd was accepted.") stays with it.
func recommendedSentences(body string) (text, rest string) {
	sents := sentences(body)
	for i, sent := range sents {
		if !capsRecommended.MatchString(sent) {
			continue
		}
		end := i + 1
		for end < len(sents) && decides.MatchString(sents[end]) {
			end++
		}
		return strings.Join(sents[:end], " "), strings.Join(sents[end:], " ")
	}
	return body, ""
}

// recommendationIs states a report's recommendation: "The recommendation
// is to implement option 2."
var recommendationIs = lazyre.New(`(?i)^the\s+recommendation\s+is\s+(?:to|that)\s+\S`)

// decisionTo is a decision named by its noun, under its label: "Decision
// to award a contract for three months …".
var decisionTo = lazyre.New(`^(?:The\s+)?[Dd]ecision\s+(?:is\s+|was\s+|taken\s+)?to\s+[a-z]{3,}\b`)

// decidesFinite: a deciding verb that tells what was decided, not a
// participle describing a thing ("The budgets delegated by the Council
// would not change").
func decidesFinite(s string) bool {
	for _, loc := range decides.FindAllStringIndex(s, -1) {
		if !strings.HasPrefix(strings.TrimSpace(s[loc[1]:]), "by ") {
			return true
		}
	}
	return false
}

// datedEntry starts an entry of a decisions list: "04/03/2024 - Parks
// Board - 12 February 2024 ref: 497".
var datedEntry = lazyre.New(`^\d{1,2}/\d{1,2}/\d{4}\s+[-–]\s+\S`)

// softLabel is a decision's label without its colon: "Decision",
// "Decision taken".
var softLabel = lazyre.New(`(?i)^(?:summary of (?:the )?)?decisions?(?:\s+(?:taken|made|reached))?$`)

// bareDecided is "Resolved" alone on a decision page's line, its colon
// lost, over the decision. (In minutes "AGREED" alone closes the point
// above it.)
var bareDecided = lazyre.New(`^(?:Resolved|Agreed|Decided)$`)

// labelsDecision: a paragraph that a label over it would make a decision —
// the deciding body's act told in the past, or a "that" clause deciding.
func labelsDecision(body string) bool {
	return bodyActs.MatchString(body) || decidedBody(body) || thatDecides(body) || subjunctive(body) || hasDecided.MatchString(body) || presentDecided.MatchString(body)
}

// presentDecided is a decision told in the present passive under its
// label: "The updated Grant Policy … is approved."
var presentDecided = lazyre.New(`^(?:The|That the|This)\s[^.]{3,200}?\s(?:is|are)\s+(?:hereby\s+)?(?:approved|agreed|adopted|endorsed|accepted|authori[sz]ed|granted)\b`)

// hasDecided is a decision maker's decision told in the present perfect:
// "The Executive Director for Parks has approved the signing of …".
var hasDecided = lazyre.New(`^(?:The\s+)?[A-Z][\w,&'’ -]{2,80}?\s+has\s+(?:also\s+)?(?:approved|agreed|decided|authori[sz]ed|delegated|noted|endorsed|accepted)\b`)

// officerHasDecided is hasDecided with an officer or member who decides
// alone as its subject: "The Director of Public Health has approved …"
// (where "The Council with its partners has agreed an approach" is the
// background).
var officerHasDecided = lazyre.New(`^(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}?(?:Director|Chief Executive|Head|Manager|Officer|Cabinet Member|Portfolio Holder|Leader|Executive Member|Lead Member)\b[\w ,&'’-]{0,60}?\s+has\s+(?:also\s+)?(?:approved|agreed|decided|authori[sz]ed|delegated|endorsed|accepted)\b`)

// bodyActs is a numbered clause with the deciding body as its subject:
// "1. Cabinet noted the visitor survey", "2. Cabinet recommended the plan
// to Council".
var bodyActs = lazyre.New(`^(?:The\s+)?` + deciders + `\s+(?:also\s+)?((?i:noted|approved|agreed|endorsed|adopted|accepted|resolved|decided|recommended|requested|delegated|authori[sz]ed|supported|asked|instructed|welcomed|received|reviewed)|notes|approves|agrees|endorses|adopts|accepts|resolves|decides|delegates|authori[sz]es|supports|(?:note|approve|agree|endorse|adopt|accept|delegate|authori[sz]e|support)\s+(?:and\s+(?:note|approve|agree|endorse|adopt|accept)\s+)?(?:the|that|a|an|its|to)\b)`)

// namedBodyActs is bodyActs with a committee, board or panel named at
// length ("The Resources and Public Realm Scrutiny Committee noted …"),
// which only a list of decisions reads as deciding: elsewhere it is as
// often another body's decision retold.
var namedBodyActs = lazyre.New(`^(?:The\s+)?[A-Z][\w&]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&-]*){0,6}\s+(?:Committee|Board|Panel|Sub-Committee)\s+(?:also\s+)?(noted|approved|agreed|endorsed|adopted|accepted|resolved|decided|recommended|requested|delegated|authori[sz]ed|supported|welcomed|received)\b`)

// bodyLine is a deciding body's name alone with a colon ("Cabinet:").
var bodyLine = lazyre.New(`^(?:The\s+)?(?:Cabinet|Council|County Council|[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}\s+(?:Committee|Board|Panel)|Committee|Board|Panel|Executive|Cabinet Member(?:\s+for\s+[A-Z][\w&, ]+)?|Leader|Mayor(?:\s+and\s+Cabinet)?)\s*:$`)

// narrativeVerb is what a body does in minutes' narrative as much as in a
// decision: in minutes "(iii) The Board noted the update" is a point of the
// discussion; on a decision page it is what was decided.
// toldInPast: a paragraph that tells what happened at the meeting.
var toldInPast = lazyre.New(`\b(?:was|were|had|introduced|presented|outlined|explained|reported|considered|discussed)\b`)

var narrativeVerb = lazyre.New(`^(?:The\s+)?[\w& -]{2,60}?\s+(?:also\s+)?(noted|welcomed|received|asked)\b`)

// bareSubjunctive is a sentence whose verb is the subjunctive "be" with a
// past participle and no "That" before it: "The parks plan be adopted."
var bareSubjunctive = lazyre.New(`^(?:The|This|These|Its|Their)\s+[^.;:]{2,220}?\s+be\s+(?:\w+ly\s+)?(?:[\w-]+ed|made|given|taken|held|set|sent|brought|kept|shown|drawn|written|undertaken|withdrawn|granted|done|put|paid|read)\b[^.]*\.?$`)

// subjunctive: a clause whose verb is "be" with a participle, no modal,
// "to" or "that" before it, and no verb in its subject: "approval be given
// to lease the cafes", "a strip of land be transferred to the Parks
// budget".
func subjunctive(s string) bool {
	i := strings.Index(s, " be ")
	if i < 0 || i > 220 {
		return false
	}
	// "the guide for tenants who are new to allotments be approved": a
	// relative clause's verb is not the subject's.
	subject := relativeVerb.ReplaceAllString(strings.ToLower(s[:i]), "")
	if strings.Contains(subject, " that ") || finiteVerb.MatchString(subject) || strings.ContainsAny(subject, ";:") {
		return false
	}
	m := thatBe.FindStringSubmatch(s[max(0, i-30):])
	return m != nil && !modal.MatchString(m[1])
}

var relativeVerb = lazyre.New(`\b(?:who|which|that)\s+(?:are|is|were|was|has|have)\b`)

// modalBefore: the sentence's "be" follows a modal ("The plan would be
// adopted"), so it reports, not decides.
func modalBefore(s string) bool {
	for _, m := range thatBe.FindAllStringSubmatch(s, -1) {
		// "held on 12 May be confirmed": the month, not the modal.
		if !modal.MatchString(m[1]) || strings.TrimSpace(m[1]) == "May" {
			return false
		}
	}
	return true
}

// decidingVerbFirst: a verb a decision starts with in its base form,
// naming what it acts on.
func decidingVerbFirst(w string) bool {
	return decisionVerb.MatchString(w) || undoVerb.MatchString(w)
}

var undoVerb = lazyre.New(`(?i)^(?:withdraw|revoke|rescind|amend|replace|retain)$`)

// decisionVerb: the verbs a decision's clause starts with.
// weighedThenDecided opens a decision with the weighing before it:
// "Consider and approve the strategic approach …".
var weighedThenDecided = lazyre.New(`^(?:Consider|Considered|Review|Reviewed|Receive|Received)\s+and\s+(?:approve|agree|note|endorse|adopt|accept)d?\b`)

var decisionVerb = lazyre.New(`(?i)^(notes?|agrees?|approves?|endorses?|delegates?|authori[sz]es?|requests?|asks?|supports?|adopts?|accepts?|rejects?|confirms?|refers?|defers?|establishes?|allocates?|instructs?|appoints?|grants?|recommends?|resolves?)$`)

// capsDecided: a decision word in capitals inside a sentence ("RESOLVED
// that", "AGREED to"); the words are looked for before the pattern runs.
func capsDecided(s string) bool {
	return (strings.Contains(s, "RESOLVED") || strings.Contains(s, "AGREED") || strings.Contains(s, "DECIDED")) && capsDecision.MatchString(s) ||
		capsAfterSubject.MatchString(s) || capsPassiveEnded(s) || capsVerbFirst.MatchString(s)
}

// capsVerbFirst is a minute's decision opening with its verb in capitals,
// the body left out, and its object in lower case: "NOTED the update
// report …", "APPROVED the revised budget."
// "NOTED that …" tells what was said and stays narrative (CONTRACT.md).
var capsVerbFirst = lazyre.New(`^(?:NOTED\s+(?:the|to|a|an|its|their)|(?:APPROVED|AGREED|ENDORSED|ADOPTED|ACCEPTED|CONFIRMED|RATIFIED)\s+(?:the|that|to|a|an|its|their))\s+[a-z]`)

// capsPassiveEnded: s ends on capsPassiveEnd in its own main clause. After
// "that", "whether" or "if" the passive is reported or asked about ("The
// Clerk said that the county's bid was APPROVED.", "… asked whether the
// plan was APPROVED."), another's decision or none, not the meeting's.
func capsPassiveEnded(s string) bool {
	m := capsPassiveEnd.FindStringIndex(s)
	return m != nil && !reportedClause.MatchString(s[:m[0]])
}

// reportedClause is a word that opens a clause a verb of saying or
// asking takes: "said that …", "asked whether …", "queried why …".
var reportedClause = lazyre.New(`(?i)\b(?:that|whether|if|why|how)\b`)

// capsPassiveEnd is a sentence that ends on its decision, told in the
// passive with the decision's word alone in capitals: "The revised
// budget was APPROVED.", "With no questions the update was DULY NOTED."
// The capitals are the clerk's mark of what the meeting decided; the
// sentence ending there leaves no one else ("by the Trust") to have
// decided it. (The "|" in "[.|]?" is a table's cell border, which a
// flattened row leaves after the sentence's stop or in its place.)
var capsPassiveEnd = lazyre.New(`\b(?:was|were)\s+(?:(?:DULY|duly|UNANIMOUSLY|unanimously)\s+)?(?:NOTED|APPROVED|AGREED|ADOPTED|ENDORSED|ACCEPTED|CONFIRMED|RATIFIED|RECEIVED)\s*[.|]?\s*$`)

// ("It was RESOLVED upon a recommendation from the committee to …": how
// it came to be decided may stand before the "to".)
// ("RESOLVED Clerk to send the form": who is to act may come first.)
var capsDecision = lazyre.New(`\b(RESOLVED|AGREED|DECIDED)\s+(?:(?:unanimously|nem\.?\s*con\.?)\s+)?(?:\([^)]{0,80}\)\s+)?(?:(?:upon|on|following|after|having)\s+[^.;:]{3,80}?\s+)?(?:(?:[Tt]he\s+)?` + onePost + `\s+)?(to|that|not to)\b`)

// agreedSomeoneWould is an agreement that a person or officer would do
// something: "It was also AGREED that the clerk would obtain …", "it was
// agreed that MM would contact highways". (What "we" or a thing would do,
// "that the June meeting would commence at 7.30pm", is left to the rules
// that read any other sentence.)
var agreedSomeoneWould = lazyre.New(`\b(?:was|were)\s+(?:also\s+)?(?i:agreed)\s+that\s+(?:(?:[Tt]he\s+)?` + onePost + `|(?:Cllrs?|Councillors?)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z][a-z]+\s+[A-Z][a-z]+|` + initialsPat + `)\s+(?:would|will)\s+(?:\w+ly\s+)?[a-z]`)

// doerAssents is a clause joined on after a decision in which one person
// or officer agrees to act on it: "… it was decided the fence could go,
// so the Clerk agreed to take it down", "It was agreed to list it for
// June but meanwhile Cllr Ash agreed to ring the owner". What the meeting
// decided is how the work came about; the sentence is the doer's
// undertaking, read as a commitment.
var doerAssents = lazyre.New(`\b(?:so|but|and)\s+(?:[a-z][\w ]{0,30}?\s+)?((?:[Tt]he\s+)?` + onePost + `|(?:Cllrs?|Councillors?)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|` + initialsPat + `)\s+(?:also\s+)?(?:agreed|undertook|offered|volunteered)\s+to\s+[a-z]`)

// capsAfterSubject is a body's decision whose verb alone is in capitals,
// after its subject and before its object: "The Cabinet NOTED the
// progress", "Council APPROVED the budget".
var capsAfterSubject = lazyre.New(`\b[A-Z][a-z]+\s+(?:NOTED|APPROVED|ENDORSED|ADOPTED|CONFIRMED|SUPPORTED|ACCEPTED|AGREED|RESOLVED|DECIDED|AUTHORI[SZ]ED|DELEGATED|RECOMMENDED)\s+[a-z]`)

// decisionLabel is ModernGov's "Decision:" block label on a meeting or
// item page.
var decisionLabel = lazyre.New(`(?i)^decisions?\s*:$`)

// bodyLabel is a deciding body's name alone as a label: "Cabinet –",
// "The Committee:", "Council:-".
var bodyLabel = lazyre.New(`^(?:The\s+)?` + deciders + `\s*(?::-|[:–—-])$`)
