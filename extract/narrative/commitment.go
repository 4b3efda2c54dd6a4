package narrative

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Verbs of undertaking: what someone does when they promise to act. Plain
// "would" statements ("would play an important role", "would need to")
// are descriptions, not undertakings, so only these count.
const (
	// sureVerbs promise something to the meeting whoever the subject is.
	sureVerbs = `keep (?:\w+ ){0,4}?(?:informed|updated|apprised|briefed|up to date|under review)|(?:inform|notify) (?:the |all |other )?(?:council|committee|board|panel|councillors|meeting|group)\b|let (?:the |all |other )?(?:council|committee|board|panel|councillors|meeting|group) know|circulate|report(?: back)?|write(?: to)?|contact|approach|chase(?: up)?|arrange|share|send|feed ?back|follow(?: |-)?up|follow (?:this|that|it|these|those|them) up|liaise|look into|investigate|respond|confirm|check|clarify|bring(?: back)?|come back|return|update|take place|e-?mail|forward|chase|escalate|present|submit|circulated`
	// agentVerbs describe plans as often as promises ("the scheme would
	// provide …"), so they count only when a person or body is the subject.
	agentVerbs = `be (?:\w+ing)|provide|deliver|offer|fund|commission|launch|introduce|implement|extend|expand|establish|recruit|appoint|train|support|help|assist|supply|reach out|rent|work(?: with)?|attend|develop|pull together|put together|draw up|compile|collate|plant|build|install|refurbish|upgrade|replace|produce|include|ensure|explore|consider|review|monitor|progress|work with|hold|meet|publish|organise|organize|set up|invite|seek|add|amend|correct|prepare|draft|undertake|issue|distribute|discuss|request|pursue|revisit|reconsider|convene|speak to|take (?:this|it|the matter|the issue)? ?forward|raise|engage(?: with)?|continue (?:with|to (?:explore|work|develop|deliver|provide|support|monitor|review|engage|make|build|improve|promote|lobby|campaign|fund|offer|invest|implement|seek|press|push))|lobby|campaign|tackle|reduce|improve|promote|encourage|enable|create|build|facilitate|coordinate|communicate|champion|tender(?: for)?|go (?:out )?to (?:the )?market|go out to tender|buy|purchase|roll out|repair|fix|resurface|fit|erect|paint|clear|trial|pilot`
	doVerbs    = sureVerbs + `|` + agentVerbs
	doneVerbs  = `in place|created|formed|circulated|monitored|provided|shared|sent|reported(?: back)?|presented|brought(?: back)?|submitted|arranged|updated|considered|reviewed|investigated|explored|followed up|added|included|corrected|amended|published|organised|organized|scheduled|produced|prepared|developed|discussed|raised|taken forward|set up|held|made available|issued|distributed|forwarded|confirmed|checked|clarified|contacted|invited|sought|pursued|progressed|revisited|looked into|picked up|addressed|fed back|escalated|finalised|finalized|implemented|established|written|drafted|e-?mailed|carried out|kept under review|emailed|actioned|chased|requested|resolved|rectified|reissued|re-?circulated|tabled|convened|used|utilised|utilized|delivered|put in place|rolled out|launched|introduced|extended|expanded|funded|commissioned|recruited|appointed|trained|brought forward|taken|sent out|made|conducted|undertaken|kept (?:informed|up[- ]to[- ]date|updated|abreast)|told|notified`
)

var (
	adverbs = `(?:(?:also|then|now|further|all|again|\w+ly)\s+)*`
	// Money a named body will spend is promised only with "will" ("the
	// Council will invest £5m"); "required the Council to invest" is not.
	activeWill = lazyre.New(`(?i)\b(would|will|shall)\s+` + adverbs + `(` + doVerbs + `|spend|invest|allocate|open)\b`)
	sureVerb   = lazyre.New(`(?i)^(` + sureVerbs + `)$`)
	// ("co-created", "re-launched": the same acts, shared or again.)
	passWill = lazyre.New(`(?i)\b(would|will|shall)\s+` + adverbs + `be\s+` + adverbs + `(?:co-|re-)?(` + doneVerbs + `|designed)\b`)
	agreedTo = lazyre.New(`(?i)\b(agreed|undertook|offered|promised|committed|volunteered)\s+to\s+(?:(?:also|further|then|\w+ly)\s+)?([a-z]+)\b`)
	// Agreeing to note or receive something is taking note, not an undertaking.
	passiveAssent = lazyre.New(`(?i)^(note|receive|accept|welcome|endorse|approve|support|adopt|recommend|the|a|an|this|that|these|those|it|its|their|his|her)$`)
	// "It was also agreed by the Board that …", "Members agreed that the
	// next review would be on dementia", "It was agreed there
	// would be …", "It was RESOLVED Councillor Gill will supply …" (the
	// "that" left out before a name).
	agreedThat = lazyre.New(`(?i)(?:\bit was (?:also |unanimously |then |further )?(?:agreed|resolved|decided|requested|confirmed)|^(?:the )?(?:members|councillors)(?: present)? (?:also |unanimously |then |further )?(?:agreed|resolved|decided))(?: by (?:the )?[\w&' -]{2,60}?)? (?:that\b|there\b|the\b|(?-i:[A-Z][\w'’]+)\s).*\b(would|will|should)\b`)
	// trailingActionTag is "Action" and who acts at a paragraph's end, no
	// colon or dash between (with one, the tag is a sentence of its own).
	// Initials count too ("… chase the quote up. Action RG").
	// (Initials only after a sentence's end, or alone: in "… write to
	// Friends of the Earth and Climate Action UK." the words run on into
	// a name — initialsTag, sentenceEnded.)
	// A person by initial and surname counts as initials do ("… as a
	// resident.  Action S Mills").
	trailingActionTag = lazyre.New(`\s+(?:ACTION|Action)\s+((?i:` + tagPerson + `)\s[^.:;]{0,60}?|Clerk|[A-Z]{2,3}(?:\s*[/&]\s*[A-Z]{2,3})*|[A-Z]\.?\s[A-Z][a-z'’-]+)\.?$`)
	initialsTag       = lazyre.New(`^(?:[A-Z]{2,3}(?:\s*[/&]\s*[A-Z]{2,3})*|[A-Z]\.?\s[A-Z][a-z'’-]+)$`)
	// bareActionTag is "Action" and who acts with no colon between:
	// "Action Cllr Carnell", "Action Clerk".
	bareActionTag = lazyre.New(`(?i)^action\s+((?:` + tagPerson + `)\b[^.:;]{0,60})$`)
	// bareTagTo is "Action", who acts and what they are to do, no colon
	// after the tag: "Action Hannah – to check all correct", "Action
	// Clerk to contact the owner".
	bareTagTo = lazyre.New(`^(?:ACTION|Action)\s+((?:[A-Z][\w.'’]*\s+){1,3})(?:[–-]\s+)?to\s+[a-z]{2,}`)
	actionTag = lazyre.New(`(?i)^action(?:\s+point)?\s*[:\-–—]\s*\S`)
	// toBeDone is someone named to be asked, invited or told, as a note
	// of what comes next or told in the past ("The Rangers were to be
	// asked to …").
	toBeDone     = lazyre.New(`^(?:The\s+)?(?:[A-Z][\w&'’.()\-]*\s+(?:(?:of|for|and)\s+)?){0,5}[A-Z][\w&'’.()\-]*\s+(?:(?:is|are|was|were)\s+)?to\s+be\s+(?:invited|asked|consulted|contacted|sent|given|provided|added|included|updated|informed|circulated|shared|reported|brought|presented|reviewed|considered|published|arranged|scheduled)\s+(?:to|by|at|on|in|for|with|about|as)\b`)
	toDo         = lazyre.New(`^([A-Z][\w&'’,()\- ]{1,80}?)\s+to\s+(` + doVerbs + `)\b`)
	notCommit    = lazyre.New(`(?i)^(members|councillors|the (board|committee|panel)) (noted|queried|questioned|raised|commented|expressed|welcomed)\b|^it was (noted|reported|explained|highlighted|stated|mentioned) that\b|^in response to (a )?question`)
	askedWhether = lazyre.New(`(?i)\b(asked|queried|questioned|wondered) (whether|if|why|how|what|when)\b|\b(?:asked for|requested|sought)\s+(?:an?\s+)?(?:explanation|clarification)\s+(?:as\s+to\s+|of\s+|on\s+)?(?:why|whether|how|what|when)\b`)
	finiteVerb   = lazyre.New(`(?i)\b(was|were|is|are|had|has|have|been|being|did|does)\b`)
)

// sentenceEnded: the text before a tag ends a sentence or clause (a
// stop or semicolon), or there is none.
// closingTag is who an action tag run onto a point's end names, and
// where the tag starts: "… in August Action Cllr Carnell", "… chase the
// quote up. Action RG"; ok is false where there is none.
func closingTag(text string) (who string, at int, ok bool) {
	m := trailingActionTag.FindStringSubmatchIndex(text)
	if m == nil || initialsTag.MatchString(text[m[2]:m[3]]) && !sentenceEnded(text[:m[0]]) {
		return "", 0, false
	}
	who, ok = ownerTag("Action: " + text[m[2]:m[3]])
	return who, m[0], ok
}

func sentenceEnded(before string) bool {
	before = strings.TrimSpace(before)
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, ";")
}

// colonTitle is a short title run in before a colon at a sentence's
// start: "Drain at side of the lane, opposite school: ".
var colonTitle = lazyre.New(`^[A-Z][^:.;!?]{2,80}:\s+`)

// leadRole is a post named first, its remit after a colon as roleName
// reads it: "The Head of Service: Parks and Open Spaces".
var leadRole = lazyre.New(`^(?:[Tt]he\s+)?` + roleName)

// remitAcross: the colon that ends at colonEnd is inside a post's name,
// between the post and its remit, not after an item's title. The post
// then acts, not its remit.
func remitAcross(s string, colonEnd int) bool {
	m := leadRole.FindStringIndex(s)
	return m != nil && m[1] > colonEnd
}

// bareTitle is a short item title run straight into the sentence, no
// colon or stop, before the councillor it names: "Bus shelter Cllr Fox to
// ask …". Its words after the first are in lower case, and the last is
// no joining word or past form ("Letter from Cllr …", "Thanked Cllr …"
// are the sentence's own).
var bareTitle = lazyre.New(`^([A-Z][a-z]+(?:\s+[a-z]+){0,3})\s+(?:Cllrs?|Councill?ors?)\.?\s+[A-Z]`)

var titleTail = lazyre.New(`(?i)(?:\b(?:from|to|by|with|of|for|and|or|that|you|as|at|on|in|the|a|an)|ed)$`)

// titleRunIn is where the sentence after a bare title starts, or 0 when
// there is none.
func titleRunIn(s string) int {
	m := bareTitle.FindStringSubmatchIndex(s)
	if m == nil {
		return 0
	}
	title := s[m[2]:m[3]]
	if titleTail.MatchString(title) || finiteVerb.MatchString(title) || modalWord.MatchString(title) || !nounTitle(title) {
		return 0
	}
	return m[3] + 1
}

// nounTitle is a title that is a noun phrase, no clause's start: it opens
// with no negator, subordinator, stance adverb or pronoun ("Neither Cllr
// Fox nor …", "If Cllr Fox is …", "Please ask Cllr …", "Nobody expects
// Cllr …"), and no plural noun in it is followed by a bare word, which
// reads as a subject and its verb ("Residents urge Cllr …", "Members
// want Cllr …").
func nounTitle(title string) bool {
	ws := strings.Fields(title)
	if len(ws) == 0 || clauseOpener.MatchString(ws[0]) {
		return false
	}
	for i := 1; i < len(ws); i++ {
		if pluralNoun(ws[i-1]) && !strings.HasSuffix(ws[i], "s") {
			return false
		}
	}
	return true
}

// clauseOpener is a first word that starts a clause, not a title.
var clauseOpener = lazyre.New(`(?i)^(?:neither|no|nobody|none|not|never|nor|if|after|when|whenever|once|unless|before|until|till|while|whilst|as|since|though|although|because|where|whether|should|please|perhaps|hopefully|maybe|only|even|also|everyone|everybody|someone|somebody|anyone|anybody|nothing|we|they|he|she|i|it|you)$`)

// pluralNoun is a word with the plural's "s" ("residents"), not one whose
// stem ends so ("grass", "bus", "analysis").
func pluralNoun(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// doerIsDeed: an "owner" that opens with a verb is a deed read as a
// doer ("Delivering Homes to meet …", "Contact AWA to request …").
func doerIsDeed(owner string) bool {
	w := strings.ToLower(firstWord(owner))
	return knownVerb(w) || planVerb[w] || strings.HasSuffix(w, "ing")
}

// notTitle: labels before a colon that are no topic: an action's tag
// (ownerTag reads those), the record of who came, a standing agenda
// part, and last meeting's actions, told again.
var notTitle = lazyre.New(`(?i)^(?:actions?(?:\s+points?)?|present|in attendance|apologies|open forum|public (?:forum|participation|session|questions))\s*:|\b(?:last|previous) meeting\b`)

// commitment finds the undertakings in a paragraph of minutes. All the
// undertaking sentences of one paragraph make one commitment, so a point
// gives at most one; the owner and deadline come from the first that names
// them.
func commitment(text, date, genre string) (action.Action, bool) {
	cs := commitments(text, date, genre)
	if len(cs) == 0 {
		return action.Action{}, false
	}
	return cs[0], true
}

// commitments finds the undertakings in a paragraph of minutes. The
// undertaking sentences of one paragraph make one commitment, unless they
// name different people or bodies who act: "The Chair asked that the
// rangers be invited. The committee officer agreed to send the
// invitation." is two. Owner and deadline come from the first sentence of
// each that names them.
// pointBetween is what lies between two sentences when the second opens a
// list point run on into the paragraph: its letter or small roman number.
var pointBetween = lazyre.New(`^\s*(?:[a-z]|[ivx]{2,4})[.)]\s*$`)

func commitments(text, date, genre string) []action.Action {
	var out []action.Action
	var rest []string
	var cur *action.Action
	implied := false // cur's owner is implied, not named
	tagOwner, trailing, whole := "", false, strings.TrimSpace(text)
	if who, at, ok := closingTag(text); ok {
		// "Contractor will start work in August Action Cllr Carnell":
		// the tag run onto the point's last sentence, no stop between.
		// ("Action: Cllr Moon to email Highways" says what as well.)
		tagOwner, text, trailing = who, text[:at], true
	}
	quoted := quotedSpans(text)
	pos := 0
	newPoint := false // a list point has opened since cur began
	all, asRead := splitUndertakings(sentences(text), genre)
	for i, s := range all {
		at := pos + max(strings.Index(text[pos:], s), 0)
		// "… at the next meeting. b. Clerk to order …": a point of its own,
		// its letter between the sentences.
		newPoint = newPoint || i > 0 && pointBetween.MatchString(text[pos:at])
		pos = at + len(s)
		if inSpans(quoted, at) {
			continue // a sentence quoted from elsewhere ("… to read ‘Cllr X would update …’")
		}
		if strings.HasPrefix(s, "(Please note") || strings.HasPrefix(s, "(Note") {
			continue // an aside to the reader
		}
		who, ok := ownerTag(s)
		if m := tagBareVerb.FindStringSubmatch(tagBody(s)); !ok && i > 0 && i == len(all)-1 && actionTag.MatchString(s) && m != nil {
			// "… Work with Contractor as per HCC. ACTION: MF to monitor":
			// a verb with no object, closing the point, does what the
			// point says. (Alone, "ACTION: The Clerk to arrange." is an
			// undertaking of its own.)
			who, ok = ownerTag("Action: " + m[1])
		}
		if !ok && i > 0 && i == len(all)-1 && genre == action.DocMinutes {
			who, ok = bareVerbCloser(s)
		}
		if ok {
			// A tag closing the point ("… to be fitted. Action: JB")
			// marks all it tells, kept as printed, as a tag with no
			// colon does.
			tagOwner, trailing = who, trailing || i > 0 && i == len(all)-1
			continue
		}
		if m := impersonalForecast.FindStringIndex(s); m != nil && genre != action.DocMinutes && !agentUndertakes(s[m[1]:], genre) {
			// "It is expected that a revised plan will come to Cabinet in
			// the spring": in a paper (not a meeting's record), what "it
			// is expected" will happen is a forecast, which no one named
			// or speaking undertakes. (One who is named does: "It is
			// expected that the Director will bring …", "… the works will
			// be done by May and officers will report in June".)
			continue
		}
		if businessLead.MatchString(s) || noticeGiven.MatchString(s) {
			// "The Council will convene to conduct the following
			// business:"; "Notice is hereby given that a meeting of the
			// Policy and Resources Committee will be held …", a notice in
			// its statutory form, none of whose clauses anyone undertakes.
			continue
		}
		if paperSaid.MatchString(s) || (genre == action.DocMinutes || genre == action.DocDecision) && paperTells(s) {
			// "The 2019 Parking Strategy stated that charges would be
			// reviewed yearly": what an earlier paper said would be done,
			// told as a report's background — a paper undertakes nothing.
			// So in a meeting's record a paper before the meeting: "The
			// report noted that the board would meet monthly".
			continue
		}
		if actionTag.MatchString(s) && notOwner.MatchString(tagBody(s)) {
			continue // "ACTION: Noted" gives a status, not a deed
		}
		if (genre == action.DocMinutes || genre == action.DocDecision || genre == "") && toldOnly(s) {
			continue // told to the meeting, not undertaken at it (toldOnly)
		}
		rest = append(rest, s)
		prev := ""
		if i > 0 {
			prev = all[i-1]
		}
		if i+1 < len(all) && answeredThere(s, all[i+1]) {
			// "The Chairman asked the Head of Legal to confirm whether to
			// adjourn. The Head of Legal noted that …": a question put and
			// answered at the meeting, which leaves no one anything to do.
			continue
		}
		if who := assentsTo(prev, s); who != "" && cur != nil && len(cur.Owner) == 0 {
			// "… requested that infographics be provided. The
			// Commissioner agreed, …": the one who agreed to the request
			// undertook it.
			cur.Action = joinText(cur.Action, s)
			cur.Owner = []string{who}
			continue
		}
		// "We'll publish …" promises as "We will" does.
		clause, owner, ok := undertaking(willContraction.Replace(s), genre)
		if r, split := asRead[s]; split {
			// A second clause parted from its sentence is read as
			// splitUndertakings read it, and kept as printed.
			_, owner, ok = undertaking(r, genre)
			clause = s
		}
		if !ok {
			if clause, owner, ok = splicedUndertaking(s, genre); !ok {
				if clause, owner, ok = joinedUndertaking(s, genre); !ok {
					if clause, owner, ok = joinedToDo(s, genre); !ok {
						continue
					}
				}
			}
		}
		if clause == willContraction.Replace(s) {
			clause = s
		}
		if i := strings.Index(s, owner); i >= 0 && meetingItself.MatchString(owner) && meetingAgreedTo.MatchString(s[i+len(owner):]) && !toldBody.MatchString(s[:i]) &&
			(genre == action.DocMinutes || genre != action.DocDecision && sittingNarrated.MatchString(s[i+len(owner):]) && !yearIn.MatchString(s)) {
			// "… and the Committee agreed to send a card": the meeting
			// deciding what it will do itself, not someone's undertaking.
			// Not where someone tells what a body agreed ("The Chair
			// reported that the Council agreed to …" may be another
			// council's news). In a paper not known as minutes only the
			// sitting told step by step, undated, is its record ("The
			// Council then agreed to …"); "In May 2024 Council agreed to
			// build …" in a report is a promise it tracks.
			out = append(out, action.Action{Kind: action.KindResolution, Action: clause})
			cur = nil
			continue
		}
		owners := action.SplitOwners(owner)
		if len(owners) == 1 && companyWith.MatchString(s) {
			// "The Clerk, together with the Chair, will …" is read as
			// "the Clerk and the Chair": each acts.
			owners = ownersOf(owner)
		}
		// ("that, in future, …": the comma, blanked, keeps the places.)
		if m := tellsThat.FindStringIndex(strings.ReplaceAll(s, " that, ", " that  ")); m != nil && len(owners) == 1 && paperName.MatchString(owner) && strings.Index(s, owner) >= m[1] {
			// "The Clerk advised that the annual report would list …": a
			// paper does nothing; who told the meeting what it will hold
			// undertakes it.
			owners = action.SplitOwners(oneTeller(s[:m[0]]))
		}
		if grantLead.MatchString(owner) {
			// "Delegated authority to the Head of Parks to agree the
			// fees": read as "X to act", the subject ran in the grant;
			// who acts is the post it is delegated to.
			if d := delegatedOwners(owner); d != nil {
				owners = d
			}
		}
		// A new person or body acting starts a new commitment (one who
		// "undertook to" act after an undertaking that named nobody, too),
		// and so does a passive with its own subject after one that named who
		// acts ("… would meet the shopkeepers. A report would be brought
		// to Cabinet."); "This would be …" carries the last one on.
		named := cur != nil && len(cur.Owner) > 0 && !implied
		if cur == nil || newPoint || itWasAgreed.MatchString(s) && itWasAgreed.MatchString(cur.Action) || len(owners) > 0 && named && !sameDoer(owners[0], cur.Owner[0]) ||
			len(owners) > 0 && !named && (agreedTo.MatchString(s) || askedThatDo.MatchString(s)) ||
			len(owners) == 0 && named && !anaphor[strings.ToLower(firstWord(s))] {
			out = append(out, action.Action{Kind: action.KindCommitment})
			cur, implied = &out[len(out)-1], false
		}
		newPoint = false
		cur.Action = joinText(cur.Action, clause)
		if len(owners) > 0 && (len(cur.Owner) == 0 || implied) {
			cur.Owner, implied = owners, false
		}
		if len(cur.Owner) == 0 {
			// Who is implied fills the owner until one is named, but
			// starts no commitment of its own.
			cur.Owner = action.SplitOwners(impliedDoer(s, all[:i]))
			implied = len(cur.Owner) > 0
		}
		if cur.DueRaw == "" {
			cur.DueRaw = dueAfterModal(s)
		}
		if cur.DueRaw == "" {
			// A full date after the paper's own, though no "by" leads to
			// it: "will launch the strategy on No Smoking Day, 11 March".
			if d := fullDatePat.FindString(s); d != "" && date != "" && action.NormalizeDue(d) > date {
				cur.DueRaw = d
			}
		}
	}
	if tagOwner != "" {
		// "ACTION: Jane Smith" marks the whole point as hers, whether or
		// not its wording reads as an undertaking.
		a := action.Action{Kind: action.KindCommitment, Owner: []string{tagOwner}}
		for _, c := range out {
			a.Action = joinText(a.Action, c.Action)
			if a.DueRaw == "" {
				a.DueRaw = c.DueRaw
			}
		}
		switch {
		case trailing:
			// A tag at the point's end closes what it tells, all of it:
			// "Seats have been replaced. The planking will be repaired in
			// the autumn. Action Cllr Carnell", kept as printed.
			a.Action, a.DueRaw = whole, dueIn(whole)
		case a.Action == "":
			a.Action = strings.Join(rest, " ")
			a.DueRaw = dueIn(a.Action)
		}
		out = []action.Action{a}
	}
	if n := len(out); n > 0 && len(out[n-1].Owner) == 0 {
		if m := bracketedInitials.FindStringSubmatchIndex(out[n-1].Action); m != nil && !abbreviates(out[n-1].Action[:m[0]], out[n-1].Action[m[2]:m[3]]) && !notYetKnown[out[n-1].Action[m[2]:m[3]]] {
			// "A revised leaflet will come to the next meeting (JS).":
			// initials in brackets closing the undertaking name who
			// carries it out. (Not an abbreviation spelt out before it,
			// "… the Youth Support Service (YSS).")
			out[n-1].Owner = initialsSep.Split(out[n-1].Action[m[2]:m[3]], -1)
		}
	}
	for i := range out {
		out[i].Due = resolveDue(out[i].DueRaw, date)
	}
	return out
}

// bracketedInitials are initials in brackets at the end of a sentence,
// one person's or several joined ("(JS)", "(AB/CD)").
var bracketedInitials = lazyre.New(`\s\(([A-Z]{2,3}(?:\s*(?:/|&|,|and)\s*[A-Z]{2,3})*)\)\.?$`)

// notYetKnown are the capitals a paper closes a line with where what it
// tells is still to be settled ("(TBC)": to be confirmed), no one's
// initials. (A small list: the few such shorthands in use.)
var notYetKnown = map[string]bool{"TBC": true, "TBA": true, "TBD": true, "TBF": true}

// spelledOut gives the capitals the page spells out as an abbreviation
// somewhere ("the Community Infrastructure Levy (CIL)"): such letters in
// brackets elsewhere name the thing, not who will act.
func spelledOut(ps []paragraph) map[string]bool {
	out := map[string]bool{}
	for _, p := range ps {
		for _, m := range abbreviationPat.FindAllStringSubmatchIndex(p.body, -1) {
			if letters := p.body[m[2]:m[3]]; abbreviates(p.body[:m[0]], letters) {
				out[letters] = true
			}
		}
	}
	return out
}

// abbreviationPat is capitals in brackets, where a page spells one out.
var abbreviationPat = lazyre.New(`\s\(([A-Z]{2,5})\)`)

// unnameDefined clears the owner of an item that a closing "(CIL)" gave
// it where the page spells those letters out as an abbreviation.
func unnameDefined(out []action.Action, ps []paragraph) {
	var defined, people map[string]bool
	for i, a := range out {
		if len(a.Owner) != 1 || !strings.HasSuffix(strings.TrimRight(a.Action, ". "), "("+a.Owner[0]+")") {
			continue
		}
		if defined == nil {
			defined, people = spelledOut(ps), personInitials(ps)
		}
		if defined[a.Owner[0]] || !people[a.Owner[0]] {
			out[i].Owner = nil
		}
	}
}

// personInitials gives the capitals the page uses for a person: the
// initials of a person it names ("Cllr J. Smith", "Mrs Ann Lee", "Jane
// Smith": JS, AL, JS; with a middle name or initial both "JAS" and
// "JS"), a post's letters (RFO), and capitals it uses elsewhere as a
// person is used ("JS to send the map", "Action: JS", "JS agreed to
// ask"). Capitals in brackets closing an undertaking name who carries it
// out only when they are among these: on their own they may as well be
// a scheme or a fund the page never spells out ("… paid for from
// (CIL)").
func personInitials(ps []paragraph) map[string]bool {
	out := map[string]bool{"RFO": true}
	for _, p := range ps {
		for _, m := range titledName.FindAllStringSubmatch(p.body, -1) {
			addInitials(out, strings.Fields(m[1]))
		}
		for _, m := range plainName.FindAllStringSubmatch(p.body, -1) {
			if givenName[m[1]] {
				addInitials(out, []string{m[1], m[2]})
			}
		}
		for _, m := range capsAsPerson.FindAllStringSubmatch(p.body, -1) {
			if m[2] == "be" {
				continue // "CIL to be spent on …": a thing
			}
			for _, c := range []string{m[1], m[3]} {
				for _, l := range initialsSep.Split(c, -1) {
					out[l] = true
				}
			}
		}
	}
	delete(out, "")
	return out
}

// addInitials adds the initials of a name's words, all of them and the
// first and last alone.
func addInitials(out map[string]bool, words []string) {
	if len(words) < 2 {
		return
	}
	var all []byte
	for _, w := range words {
		all = append(all, w[0])
	}
	out[string(all)] = true
	out[string([]byte{all[0], all[len(all)-1]})] = true
}

var (
	// titledName: a title and then a person's name, its first names
	// perhaps initials ("Cllr J. A. Smith", "Dr Ann Lee").
	titledName = lazyre.New(`\b(?:Cllrs?|Councill?or|Mrs?|Ms|Miss|Dr)\.?\s+((?:[A-Z][a-z]*\.?\s+){1,2}[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)`)
	// plainName: two capitalised words, a person's name where the first
	// is a known first name (givenName).
	plainName = lazyre.New(`\b([A-Z][a-z]+)\s+([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)\b`)
	// capsAsPerson: capitals where a person stands, opening a sentence
	// a clause and before what they will do ("JS to check …", "KP/LM
	// agreed to …"; not "be"), or after an action tag ("Action: JS").
	capsAsPerson = lazyre.New(`(?:^|[.:;–—-]\s+)([A-Z]{2,3}(?:\s*(?:/|&|and)\s*[A-Z]{2,3})*)\s+(?:to|will|would|agreed|offered|undertook)\s+([a-z]+)|\b(?i:action(?:ed)?(?:\s+by)?)\s*[:–—-]?\s*([A-Z]{2,3}(?:\s*(?:/|&|,|and)\s*[A-Z]{2,3})*)\b`)
)

// abbreviates: the letters are the initials of the capitalised words just
// before them, an abbreviation being spelt out ("Youth Support Service
// (YSS)"), not who acts.
func abbreviates(before, letters string) bool {
	words := strings.Fields(before)
	var caps []byte
	for i := len(words) - 1; i >= 0 && len(caps) < len(letters); i-- {
		if joinWord.MatchString(words[i]) {
			continue // "Department for Education (DfE)": its joining words
		}
		r, _ := utf8.DecodeRuneInString(words[i])
		if !unicode.IsUpper(r) {
			break
		}
		caps = append([]byte{words[i][0]}, caps...)
	}
	return strings.ToUpper(string(caps)) == letters
}

// askedWho reads who was asked to act from the words between "asked" and
// "to": "the Clerk"; in a "that" clause, its subject if a verb follows it
// ("that officers speak with the Press to …") and no one if it is passive
// ("that infographics be provided … to …"). "for a report to …" asks
// for a thing.
// handedOn is where askedTo finds work handed on in s, or nil. The
// reported form, "… that she had asked the contractor to …", counts only
// from a teller who speaks for the council's work, and not when the ask
// came to nothing or is long past ("… but he had refused", "… last
// year").
func handedOn(s string) []int {
	loc := askedTo.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil
	}
	if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(s[loc[0]:])), "that ") {
		return loc
	}
	if !tellsOwnAsk.MatchString(s[:loc[0]]) || fellThrough.MatchString(s[loc[1]:]) {
		return nil
	}
	return loc
}

func askedWho(words string) (string, bool) {
	if strings.HasPrefix(words, "for ") {
		return "", false
	}
	if !strings.HasPrefix(words, "that ") {
		return trimName(words), true
	}
	if m := thatDoer.FindStringSubmatch(words); m != nil && m[2] != "be" {
		return trimName(m[1]), true
	}
	return "", true
}

var thatDoer = lazyre.New(`^that\s+((?:the\s+)?(?:[Oo]fficers|[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&-]*){0,5}))\s+([a-z]+)\b`)

// assentsTo gives who agreed, when s is one person or post agreeing to
// the request just made (prev) and nothing more: "… requested that maps
// be provided." then "The Commissioner agreed, explaining …". (Not the
// meeting: "The Committee agreed." decides.)
func assentsTo(prev, s string) string {
	m := bareAgreed.FindStringSubmatch(s)
	if m == nil || decidingBody(m[1]) || !requested.MatchString(prev) {
		return ""
	}
	return agent(m[1])
}

// answeredThere is s asking someone to act when the next sentence is that
// same one telling the meeting something: the ask was a question, and
// next is its answer.
func answeredThere(s, next string) bool {
	loc := handedOn(s)
	if loc == nil {
		return false
	}
	who := strings.ToLower(trimName(s[loc[2]:loc[3]]))
	if who == "" {
		return false
	}
	m := answers.FindStringIndex(next)
	return m != nil && strings.ToLower(trimName(next[:m[0]])) == who
}

// answers is a verb of telling the meeting, after who tells it.
var answers = lazyre.New(`\s(?:noted|advised|explained|confirmed|stated|said|replied|responded|clarified|informed|indicated|added)\b`)

var bareAgreed = lazyre.New(`^((?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})\s+agreed\s*(?:[,.;]|$)`)

// pastYear is a time in the past named before the verb: "in September
// 2019", "in 2021".
var pastYear = lazyre.New(`\b(?:in|during|since)\s+(?:(?:` + monthName + `)\s+)?(?:19|20)\d{2}\b`)

// minutesAmended asks for an earlier minute to be changed ("asked that
// Minute 35.3 be changed to read …").
var minutesAmended = lazyre.New(`(?i)\bminutes?\b[^;]{0,30}?\b(?:be|to be|should be)\s+(?:amended|changed|corrected|altered)\b`)

// quotedSpans are the stretches of text between an opening quotation mark
// (‘ or “) and its closing one. A ‘ opens one only at the start or after a
// space, an opening bracket or a dash; elsewhere it is an apostrophe typed
// with the wrong mark. A ’ inside a word ("Group’s") is an
// apostrophe; after a plural ("Friends’ Group") it may be either, so the
// close is the first ’ next to punctuation or at the end, else the first
// not followed by a letter.
func quotedSpans(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		open := strings.IndexAny(text[i:], "‘“")
		if open < 0 {
			break
		}
		start := i + open
		r0, n := utf8.DecodeRuneInString(text[start:])
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		if r0 == '‘' && start > 0 && !unicode.IsSpace(before) && !strings.ContainsRune("([{-–—", before) {
			// An apostrophe typed as an opening mark ("the Mayor‘s
			// fund", "the members‘ views", "the 1990‘s"): a quotation
			// opens at the start, after a space, an opening bracket or
			// a dash, never after a letter, a digit or a stop.
			i = start + n
			continue
		}
		end, weak := -1, -1
		for j, prev := start+n, ' '; j < len(text); {
			r, m := utf8.DecodeRuneInString(text[j:])
			next, _ := utf8.DecodeRuneInString(text[j+m:])
			if r == '”' || r == '’' && (strings.ContainsRune(".!?,;:", prev) || j+m == len(text) || strings.ContainsRune(".!?,;:)", next)) {
				end = j + m
				break
			}
			if r == '’' && !unicode.IsLetter(next) && weak < 0 {
				weak = j + m
			}
			prev = r
			j += m
		}
		if end < 0 {
			end = weak
		}
		if end < 0 {
			end = len(text)
		}
		out = append(out, [2]int{start, end})
		i = end
	}
	return out
}

func inSpans(spans [][2]int, at int) bool {
	for _, sp := range spans {
		if at > sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

var willContraction = strings.NewReplacer("’ll ", " will ", "'ll ", " will ")

// anaphor: a sentence's first word that points back to the one before.
// itWasAgreed opens a sentence that tells a decision of its own. Two such
// sentences in one paragraph are two points ("It was agreed that the council
// would fund a bin. It was agreed that the clerk to order it."); one after an
// undertaking told otherwise may be how that undertaking came about.
var itWasAgreed = lazyre.New(`^It was (?:also |further |then )?(?:agreed|resolved|decided)\b`)

var anaphor = map[string]bool{"this": true, "these": true, "that": true, "those": true, "it": true, "they": true, "he": true, "she": true, "which": true, "such": true, "both": true}

// tagPerson opens who an action tag names: a councillor, the clerk, the
// chair or a person by title.
const tagPerson = `cllrs?\.?|councillors?|clerk|chair(?:man|woman)?|mr|mrs|ms|dr`

// ownerTag reads "ACTION: Caroline Trevithick" – a tag that names who acts
// and says nothing of what – and returns the name.
func ownerTag(s string) (string, bool) {
	body := ""
	switch m := bareActionTag.FindStringSubmatch(strings.TrimRight(s, " .")); {
	case m != nil:
		body = m[1] // "Action Cllr Palethorpe", its colon never written
	case actionTag.MatchString(s):
		body = tagBody(s)
	default:
		return "", false
	}
	if m := tagRef.FindStringIndex(body); m != nil && m[0] > 0 {
		// "Action: JB/KL 2.3": who acts, then the number of the point
		// the tag closes, run on as the cells of a log's row.
		body = body[:m[0]]
	}
	words := strings.Fields(body)
	if len(words) == 0 || len(words) > 8 || finiteVerb.MatchString(body) || toVerb.MatchString(body+" ") || notOwner.MatchString(body) {
		return "", false
	}
	if imperative.MatchString(words[0]) {
		return "", false // "ACTION: Update Risk Register" says what, not who
	}
	for _, w := range words {
		// A name or body is in title case or capitals, bar its joining
		// words ("Hinckley and Bosworth BC", "Head of Service").
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !joinWord.MatchString(w) {
			return "", false
		}
	}
	return body, true
}

// tagRef is a point's number, two parts or more ("2.3"), closing an
// action tag after who acts.
var tagRef = lazyre.New(`\s+\d{1,3}(?:\.\d{1,3})+$`)

// tagBareVerb is a tag's who and a verb with no object, perhaps with its
// particle: "MF to monitor", "Clerk to follow up". What is to be done is
// the point the tag closes.
var tagBareVerb = lazyre.New(`^(\S.{0,40}?)\s+to\s+[a-z]+(?:\s+(?:up|on|in|into|out|back))?$`)

// bareVerbCloser reads a point's closing sentence that names who acts and
// a verb with no object, no "ACTION:" before it: "… the hedge may have
// been cut already. PT to confirm.", "… the quote came in at £400. Clerk
// to instruct". With nothing for the verb to act on, what is to be done
// is what the point told before it, so the sentence marks the whole
// point as that person's, as a closing action tag does. (The name must
// read as one, in capitals or title case: "Members agreed to defer" has
// a verb of its own before the "to"; and be of someone who acts,
// doerNamed: "Details to follow." names no one. Read in minutes only, as
// a report's "Savings to continue." is no one's.)
func bareVerbCloser(s string) (string, bool) {
	body := strings.TrimSpace(strings.TrimRight(s, " ."))
	m := tagBareVerb.FindStringSubmatch(body)
	if m == nil || len(strings.Fields(m[1])) > 3 || !doerNamed(m[1]) {
		return "", false
	}
	return ownerTag("Action: " + m[1])
}

// tagBody is what follows "ACTION:" (or a dash, of whatever width).
func tagBody(s string) string {
	return strings.TrimSpace(strings.TrimRight(afterTagMark(s), " ."))
}

// afterTagMark is s after its first colon or dash.
func afterTagMark(s string) string {
	i := strings.IndexAny(s, ":-–—")
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// imperative: a tag's first word that orders something done, so the tag is
// the action itself, however it is capitalised.
var imperative = lazyre.New(`(?i)^(` + doVerbs + `|update|review|check|confirm|send|contact|write|chase|prepare|draft|agree|add|amend|arrange|book|set|look|investigate|explore|consider|liaise|discuss|present|report|share|circulate|provide|produce|organise|organize|schedule|invite|ask|raise|follow|respond|reply|complete|finalise|finalize|publish|develop|identify|ensure|seek|obtain|progress|establish|implement|deliver|monitor|submit|clarify|refresh|revise|increase|strengthen|reinforce|embed|negotiate|maintain|decide|plan|secure|purchase|repair|renew|erect|resurface|apply|bid|decarbonise|decarbonize|retrofit|phase|broaden|widen|maximise|maximize|minimise|minimize|simplify|streamline|optimise|optimize|prioritise|prioritize|modernise|modernize|rationalise|rationalize|utilise|utilize|mobilise|mobilize|digitise|digitize|standardise|standardize|harmonise|harmonize)$`)

// notOwner: tags that give a status, not who acts ("ACTION: Noted").
var notOwner = lazyre.New(`(?i)^(noted|agreed|none|n/?a|complete[d]?|closed|ongoing|open|done|tbc|all noted)$`)

var joinWord = lazyre.New(`^(and|of|for|the|&|/|-|–)$`)

// sameDoer: two names of one doer, with or without their article ("The
// Clerk will send …" then "Clerk will file …").
func sameDoer(a, b string) bool {
	strip := func(s string) string {
		if w, rest, ok := strings.Cut(s, " "); ok && strings.EqualFold(w, "the") {
			return rest
		}
		return s
	}
	return strings.EqualFold(strip(a), strip(b))
}

// initialSurname is a person named by an initial and a surname after an
// action's tag ("Action: R Lomas to draft …", "R. Lomas"). (Untagged, "B
// Hale to …" may be a list's point B.) "A" and "I" are words, not
// initials.
var initialSurname = lazyre.New(`^(?:[B-HJ-Z]|[A-Z]\.)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?$`)

// meetingItself names the body whose meeting the minutes record, bare:
// "Council", "The Committee", "Full Council" (not "The County Council",
// another body that may undertake work for the meeting; nor "the Town
// Council" or "the Parish Council", which in another council's minutes
// is a neighbour, and which the minutes' own body calls "the Council").
var meetingItself = lazyre.New(`^(?:[Tt]he\s+)?(?:[Ff]ull\s+)?(?:Council|Committee|Sub-Committee|Cabinet|Panel|council|committee|meeting|Meeting)$`)

// toldBody ends the words of one who tells the meeting what a body did,
// up to the body: "The Chair reported that the ". (After "and" a clause
// of the minutes' own begins: "… had retired and Council agreed to …".)
var toldBody = lazyre.New(`(?i)\b(?:reported|heard|informed|explained|advised|told|said|stated|confirmed|announced)\b(?:\s+[\w'’]+){0,4}?\s+that\s+(?:the\s+)?$`)

// sittingNarrated is "then" after the body: the next step of a sitting.
var sittingNarrated = lazyre.New(`^\s+then\s`)

// meetingAgreedTo is what follows such a body when it decides to act:
// " agreed to", " then unanimously agreed to".
var meetingAgreedTo = lazyre.New(`^\s+(?:(?:then|also|further|unanimously)\s+){0,2}(?:agreed|resolved|decided)\s+(?:unanimously\s+)?to\s+[a-z]`)

// grantLead opens a name that is a delegation's grant: "Delegated
// authority to …", "Delegate powers to …".
var grantLead = lazyre.New(`(?i)^delegated?\s+(?:authority|powers?|responsibility)\s+to\s`)

// undertaking checks one sentence and returns the text that makes the
// promise (the whole sentence: a commitment is read whole) and who makes it.
func undertaking(s, genre string) (clause, owner string, ok bool) {
	clause, owner, ok = readUndertaking(s, genre)
	// "… without a reply; Cllr Frith will chase it": a semicolon the
	// sentence itself holds closes a clause, so no subject spans one.
	// Where the rules read none, or one across it (owners the rules list
	// are joined by "; " too, but not as the text has them), who acts is
	// the subject of the clause after the last.
	i := strings.LastIndex(s, "; ")
	if !ok || i < 0 || owner != "" && !(strings.Contains(owner, ";") && strings.Contains(s, owner)) {
		return clause, owner, ok
	}
	if _, who, ok := readUndertaking(s[i+2:], genre); ok && who != "" {
		owner = who
	}
	return clause, owner, ok
}

// readUndertaking is undertaking before its owner is cut to one clause.
func readUndertaking(s, genre string) (clause, owner string, ok bool) {
	// Each rule needs a word it can be told by; most sentences have none of
	// them, and skipping their patterns is most of the speed.
	low := strings.ToLower(s)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(low, w) {
				return true
			}
		}
		return false
	}
	modal := has("will ", "would ", "shall ")
	if capsCommand(s) {
		return "", "", false
	}
	if bare := dropHelperAside(s); bare != s {
		// "Cllr Hale, with the Clerk, will write …": whom the doer
		// works with is an aside, as in a decision; the doer acts.
		if clause, owner, ok := undertaking(bare, genre); ok && clause == bare {
			return s, owner, true
		}
	}
	if m := bareTagTo.FindStringSubmatch(s); m != nil && tagDoer(m[1]) != "" {
		// "Action Hannah – to check all correct.": the tag's colon never
		// written, who acts and what they are to do after it.
		return s, tagDoer(m[1]), true
	}
	if m := colonTitle.FindStringIndex(s); m != nil && startsUpper(s[m[1]:]) && !finiteVerb.MatchString(s[:m[1]]) && !modalWord.MatchString(s[:m[1]]) && !notTitle.MatchString(s[:m[1]]) && !remitAcross(s, m[1]) {
		// "Drain by the school: Clerk to report it to the county": a
		// title run in before the colon says what the rest is about;
		// who acts, named, is after it.
		if clause, owner, ok := undertaking(s[m[1]:], genre); ok && agent(owner) != "" && !doerIsDeed(owner) {
			if clause == s[m[1]:] {
				clause = s
			}
			return clause, owner, true
		}
	}
	if at := titleRunIn(s); at > 0 {
		// "Bus shelter Cllr Fox to ask the county …": an item's title
		// run into its only sentence; the councillor after it acts.
		if clause, owner, ok := undertaking(s[at:], genre); ok && agent(owner) != "" {
			if clause == s[at:] {
				clause = s // the title is the item's, kept as colonTitle keeps it
			}
			return clause, owner, true
		}
	}
	if main := onceByDate(s); main != "" {
		// "Once the fees are set, officers will write … by 30 April
		// 2026": the main clause is read as if it stood alone, so its
		// subject is who acts (the condition's comma would hide it, and
		// the standing-procedure veto below would refuse it).
		if _, owner, ok := undertaking(main, genre); ok {
			return s, owner, true
		}
	}
	if main := afterConcession(s); main != "" {
		// "Though the pavilion is shut the Clerk will book the hall": a
		// concession that has its own verb is closed, comma or none, and
		// the main clause after it is read as if it stood alone. (Left
		// whole, the concession's veto in embedded and the rules that
		// want the subject first would refuse it.)
		if clause, owner, ok := undertaking(main, genre); ok {
			if clause == main {
				clause = s
			}
			return clause, owner, true
		}
	}
	if strings.HasSuffix(strings.TrimRight(s, ". "), ")") {
		if m := bracketTag.FindStringSubmatchIndex(s); m != nil && len(strings.Fields(s[:m[0]])) >= 3 {
			// "Lights 5 and 45 need a contractor's visit (Act Clerk)": the
			// note of who acts on it, in brackets at its end. (The tag
			// alone on its line is no undertaking of its own.)
			return s, s[m[2]:m[3]], true
		}
	}
	if has("requested", "asked") && selfRequest.MatchString(s) {
		return "", "", false // a member asking for a place for himself
	}
	if has("minute") && minutesAmended.MatchString(s) {
		return "", "", false // a correction of an earlier record, settled when the minutes are signed
	}
	// "The Committee noted that …, and asked the Manager to circulate it":
	// a request made beside a note.
	if has("asked", "instructed", "requested", "tasked") && !strings.HasSuffix(s, "?") {
		if loc := handedOn(s); loc != nil {
			who := s[loc[2]:loc[3]]
			if meetingAct.MatchString(firstWord(s[loc[1]-1:])) {
				return "", "", false
			}
			// ("requested that due to the delay …": "to" before an article
			// is a preposition, and no one is asked to do anything.)
			if owner, ok := askedWho(who); ok && !audience.MatchString(who) && !askedWhether.MatchString(s) && !phraseOpener[strings.ToLower(firstWord(s[loc[1]-1:]))] {
				return s, owner, true
			}
		}
	}
	if modal && has("noted that") {
		if m := notedWillDo.FindStringSubmatch(s); m != nil && agent(m[1]) != "" && !decidingBody(m[1]) {
			// "The committee noted that the officers would correct the
			// dates in the table": an undertaking reported, whoever noted it.
			return s, agent(m[1]), true
		}
		if has("report", "update") && reportComes.MatchString(s) {
			return s, "", true // "It was noted that a report on … would be presented to the next meeting"
		}
	}
	if !modal && !has(" to ", "action", "agreed", "requested", "asked for") && !(has("asked that") && (askedThatDo.MatchString(s) || personAskedThat(s))) || strings.HasSuffix(s, "?") || notCommit.MatchString(s) ||
		has("asked", "queried", "questioned", "wondered", "requested", "sought") && askedAtMeeting(s) {
		return "", "", false
	}
	if has("be considering", "be looking at", "be thinking") && !actionTag.MatchString(s) {
		return "", "", false // thinking about something, no act promised
	}
	if noneWill.MatchString(s) || has("no longer") && roleEnds.MatchString(s) || has("likely") && hedged.MatchString(s) {
		// "No contract would be drawn up …", "It is said likely that the
		// office will be closed …": nothing undertaken, or a guess.
		return "", "", false
	}
	if m := dashedSubject.FindStringSubmatch(s); m != nil && !stateVerb[strings.ToLower(m[2])] && !personStance[strings.ToLower(m[2])] {
		// "KG – to share the stall space", "Clerk: will write to the
		// school": who acts, set off as a tag before what they do.
		return s, trimName(m[1]), true
	}
	if m := personActsIn(s, has(" will ", " to ")); m != nil && !unembeddedWill(s) && (!stateVerb[strings.ToLower(m[3])] || haveInPlace(m[3], s[len(m[0]):])) && !personStance[strings.ToLower(m[3])] && !atMeeting.MatchString(s[len(m[0]):]) && !presides(m[1], m[3], s[len(m[0]):]) && !membersBusiness(m[1], m[3], s[len(m[0]):]) &&
		!(has("urgent business", "order of") && procedural.MatchString(s)) && // "The Chairman to advise whether … items of urgent business": the meeting's running
		(postWord.MatchString(m[1]) || initialsOnly.MatchString(m[1]) || !phraseOpener[strings.ToLower(firstWord(m[1]))] && (m[2] == "" || namedFrom(s, m[1]))) {
		// "John Naylor will clear the ground …", "The Clerk to make
		// enquiries …", "The Clerk is to contact …": a person named as
		// the subject acts, whatever the verb. (The verb lists guard the
		// other subjects, whose "will" often describes; a verb they know
		// is read by the rules below, which name each of two who act.)
		return s, trimName(m[1]), true
	}
	if modal && has(" be ") && has("meeting") && laterAgenda.MatchString(s) {
		// "This will be discussed at the Parish Council meeting on 7th
		// July", "… would be considered at the Planning committee meeting":
		// when a matter comes up again, which no one undertakes.
		return "", "", false
	}
	if modal && has(" be ") && standingReview.MatchString(s) && !weSpeak.MatchString(s) {
		// "The objectives will be reviewed every four years", "Progress
		// will be reported every 6 months": a review on a standing cycle
		// that names no one to do it or report to is how the paper is
		// kept, not something undertaken.
		return "", "", false
	}
	if modal && has("normally", "usually", "typically", "generally", "ordinarily") && habit.MatchString(s) && !weSpeak.MatchString(s) {
		// "The Commissioner will normally issue the report …": how things
		// are done as a rule, not something undertaken.
		return "", "", false
	}
	if actionTag.MatchString(s) {
		body := strings.TrimSpace(afterTagMark(s))
		if m := toDo.FindStringSubmatch(body); m != nil && !finiteVerb.MatchString(m[1]) && !modalVerb.MatchString(m[1]) {
			return body, tagDoer(m[1]), true
		}
		if m := tagTo.FindStringSubmatch(body); m != nil && !modalVerb.MatchString(m[1]) && tagDoer(m[1]) != "" {
			return body, tagDoer(m[1]), true // "ACTION: JL to resubmit": whatever the verb
		}
		if _, owner, ok := undertaking(body, genre); ok && owner != "" && !actionTag.MatchString(body) {
			// "ACTION: The Clerk will write to the auditor to ask …": a
			// sentence of its own after the tag names who acts as it
			// would untagged (its "to ask" no doer's: "The Clerk will
			// write to the auditor" is who, not whom).
			return body, owner, true
		}
		// "ACTION: Sana Mirza – refresh the needs assessment".
		if who, _, ok := strings.Cut(body, " – "); ok && nameLike(who) && len(strings.Fields(who)) <= 6 {
			return body, who, true
		}
		return body, "", true
	}
	// A standing procedure or a habit says what happens whenever something
	// does, not what someone has undertaken: "Where education is not
	// suitable, officers will …", "Should an incident occur …", "Normally,
	// the Department would respond …".
	if habitual.MatchString(s) || standingRule.MatchString(s) || generalCondition.MatchString(s) && !specificCondition.MatchString(s) && !onceWeWill.MatchString(s) {
		return "", "", false
	}
	if has("was asked", "were asked", "was requested", "were requested", "was instructed", "was tasked", "was directed", "were directed", "was authorised", "was authorized") {
		if m := wasAskedTo.FindStringSubmatch(s); m != nil && agent(m[1]) != "" && !decidingBody(m[1]) && !answers.MatchString(" "+m[1]) {
			// "The Clerk was asked to convey the Council's thanks …".
			// ("The Committee was asked to approve …" is a decision asked
			// for; "Robin noted Jackie was requested to send …" retells an
			// earlier request.)
			return s, agent(m[1]), true
		}
	}
	if has("ask", "instruct", "request", "task", "commission") {
		if loc := handedOn(s); loc != nil && !audience.MatchString(s[loc[2]:loc[3]]) && !askedWhether.MatchString(s) {
			if owner, ok := askedWho(s[loc[2]:loc[3]]); ok {
				// "I have asked the Director of Highways to look into this."
				return s, owner, true
			}
		}
	}
	if has("speak", "address", "spoke") && speaking.MatchString(s) || has("this item", "the item", "this report", "this paper") && presentsItem.MatchString(s) {
		return "", "", false // "a questioner will be invited to address the Leader": the meeting's procedure
	}
	if (has("member") || has("concern", "question", "comment")) && membersView.MatchString(s) {
		// "A Member highlighted that the briefing would work better
		// face-to-face": a member's view, no one's undertaking.
		return "", "", false
	}
	if has("place", "held", "meeting") && eventNotice.MatchString(s) || has("publish", "available", "circulat", "as soon as") && papersNotice.MatchString(s) || has("agenda") && agendaAdded.MatchString(s) ||
		has("notice") && formalNotice.MatchString(s) || has("meeting") && meetingNotice.MatchString(s) || has("held", "place", "convene", " sit") && sittingNotice.MatchString(s) || has("decision") && decisionTaken.MatchString(s) {
		// "The Mayor reminded Members that the Carnival would take place
		// on Monday", "The agenda will be published five working days
		// before the meeting": an event or a standing practice told, no
		// one's undertaking.
		return "", "", false
	}
	if agendaTime.MatchString(s) || has("if agreed", "if approved", "subject to approval") && passAny.MatchString(s) {
		return "", "", false // an agenda's line, or what would follow a decision not yet made
	}
	if has("order of", "adjourn", "extend", "be held", " meet ", "declare", "call-in", "call in", "item first", "items first", "item next", "items next", "items together", "item of business", "motion", "urgent business", "apologies") && procedural.MatchString(s) {
		return "", "", false // the meeting's own running order
	}
	if has("request", "asked", "agreed that") && requested.MatchString(s) && !pastPerfect.MatchString(s) && (genre == action.DocMinutes || genre == "") && !oneAsks(s) && !weighsOnly(s) {
		// "The Committee requested that the figures be circulated",
		// "Members asked for a note setting out the costs": what the
		// meeting asked to be done or sent.
		if m := askedThatDo.FindStringSubmatch(s); m != nil {
			return s, trimName(m[1]), true
		}
		if m := thatWhoWould.FindStringSubmatch(dropHelperAside(s)); m != nil && agent(m[1]) != "" {
			return s, agent(m[1]), true // "It was agreed that PC Arnold would liaise … to arrange for the figures to be included"
		}
		if loc := agreedToIn(s, has("agreed", "undertook", "offered", "volunteered")); loc != nil {
			// "The Chair asked that the dates be printed …, and the
			// Clerk undertook to do this": the one whose assent the
			// sentence joins on takes the request up.
			if who := agent(wholeSubject(s, loc[0])); who != "" {
				return s, who, true
			}
		}
		return s, "", true
	}
	if has("it was", "agreed that", "resolved that", "decided that") && agreedThat.MatchString(s) && (genre == action.DocMinutes || genre == "") {
		// In minutes the meeting agrees what someone will do; in a report
		// "it was agreed that …" retells how the work came about.
		if m := thatWhoWould.FindStringSubmatch(dropHelperAside(s)); m != nil && agent(m[1]) != "" {
			return s, agent(m[1]), true // "it was agreed that the Democratic Advisor would contact officers"
		}
		return s, "", true
	}
	// "X committed to …" acts; "we stand committed to …" states a value.
	// A named body that "is committed to" something states a commitment
	// of its own ("The Council and the ICB are committed to ensuring …").
	if loc := agreedToIn(s, has(" to ") && has("agreed", "undertook", "offered", "promised", "committed", "volunteered")); loc != nil && !passiveAssent.MatchString(s[loc[4]:loc[5]]) &&
		!hadBeenAgreed.MatchString(s[:loc[1]]) && !reportedHad.MatchString(s[:loc[0]]) && (!stateBefore.MatchString(s[:loc[0]]) || bodyCommitted.MatchString(s[:loc[0]]) && agent(subjectBefore(s, bodyCommitted.FindStringIndex(s[:loc[0]])[0])) != "") &&
		!(strings.EqualFold(s[loc[2]:loc[3]], "committed") && pastState.MatchString(s[:loc[0]]) && !reportedPromise(s[:loc[0]], s[loc[3]:], genre)) &&
		!(genre != action.DocMinutes && genre != action.DocDecision && pastYear.MatchString(s[:loc[0]])) {
		// (A plan or report telling what was promised "in September
		// 2019" gives its history, not a promise made now.)
		at := loc[0]
		if m := trailingAux.FindStringIndex(s[:at]); m != nil {
			at = m[0] // "RM had agreed to ring the owner": the subject is before "had"
		}
		who := wholeSubject(s, at)
		if m := doerAssents.FindStringSubmatch(s); who == "" && m != nil {
			// "It was agreed to list it for June but meanwhile Cllr Ash
			// agreed to ring the owner": the meeting's agreement named no
			// one; the one who agreed to act after it did.
			who = m[1]
		}
		if m := namedThenVerb.FindStringSubmatch(s); who == "" && m != nil && strings.HasSuffix(s[:loc[0]], " and ") {
			// "Helen gave an account … and agreed to supply …": the
			// sentence's subject, named first, agreed.
			who = agent(m[1])
		}
		return s, who, true
	}
	if has(" to be ") && toBeDone.MatchString(s) && !(pastArrangement.MatchString(s) && fellThrough.MatchString(s)) {
		// "Dr Smith to be invited to the next meeting", "The Director of
		// Finance to be consulted": what is to be done to someone named,
		// the doer unnamed.
		return s, "", true
	}
	if has(" to be ") && (genre == action.DocMinutes || genre == "") {
		if m := thingToBeDone.FindStringSubmatch(s); m != nil && endsSentence(s) && !finiteVerb.MatchString(m[1]) && !modalWord.MatchString(m[1]) && !noneThing.MatchString(m[1]) && !ownVerb.MatchString(m[1]) && !meetingDeed.MatchString(m[2]) && !beVerb.MatchString(lessQuestion(s[len(m[0]):])) {
			// "Quotes to be obtained for two benches", "Draft for the
			// signs to be drawn up": in minutes, a thing to be done, its
			// doer unnamed, as a note of what comes next.
			return s, "", true
		}
	}
	if has(" to ") {
		if m := toDoIn(s); m != nil && nameLike(m[1]) && !modalWord.MatchString(m[1]) && !finiteVerb.MatchString(m[1]) && agent(m[1]) != "" {
			// "Officers to report back": a short subject that names who
			// acts, no verb of its own ("We encouraged promoters to
			// submit …"; "The Clerk will write to the auditor to ask
			// …" has one, and its subject is read by the rules for
			// "will").
			return s, agent(m[1]), true
		}
	}
	if !modal && !has("expect", "intend", "intention", "plan", "scheduled", "due to", " to be ") {
		return "", "", false
	}
	if genre == action.DocDecision {
		// A decision record's reasons tell what the decision will bring
		// about; only an undertaking to report back is a promise of its own
		// ("An update will be provided to the next meeting").
		if loc := passWill.FindStringSubmatchIndex(s); loc != nil && reportedDone.MatchString(s[loc[4]:loc[5]]) {
			return s, byAgent(s[loc[1]:]), true
		}
		if loc := activeWill.FindStringSubmatchIndex(s); loc != nil && sureVerb.MatchString(s[loc[4]:loc[5]]) {
			return s, agent(subjectBefore(s, loc[0])), true
		}
		return "", "", false
	}
	if has("from the", "to the", "in the") && paperEdit.MatchString(s) {
		// "The word 'rural' would be removed from the Strategy's first
		// paragraph": a change promised to a paper's text.
		return s, "", true
	}
	if m := weAndWillIn(s, has("we are", "we have") && has(" and will ")); m != nil && !weStance.MatchString(s[m[4]:m[5]]) && genre != action.DocMinutes && genre != action.DocDecision {
		// "We are ambitious for our communities too and will work to
		// enable every town to thrive": the promise starts at "will".
		return s[m[2]:], "", true
	}
	if genre != action.DocMinutes && genre != action.DocDecision && has(" be to ") && stageWillBe.MatchString(s) {
		// "The third phase will be to lay paths …", "Our next step will
		// be to consult residents": a plan's stage, what will be done in
		// it.
		return s, "", true
	}
	if weVow.MatchString(s) && genre != action.DocMinutes && genre != action.DocDecision {
		// "We promise that you'll be told your rights", "We pledge to
		// answer within ten days": the authors' vow, in so many words.
		return s, "", true
	}
	if m := weWillIn(s, has("we will", "we shall", "council will", "council shall")); m != nil && (!weStance.MatchString(s[m[4]:m[5]]) || haveInPlace(s[m[4]:m[5]], s[m[5]:]) || goesOnDoing(s[m[4]:m[5]], s[m[5]:])) && genre != action.DocMinutes && genre != action.DocDecision {
		// "We will renew the play areas", "Nature - we will plant 2,000
		// trees": the council speaking of what it will do, whatever the
		// act. After a comma and "and" ("We are an ambitious council,
		// and we will put people first") the promise starts at "we".
		owner := ""
		if subj := s[m[2]:m[3]]; hasPrefixFold(subj, "the ") {
			owner = subj[:strings.Index(strings.ToLower(subj), "council")+len("council")] // "The Council will …" names who
		}
		if strings.HasPrefix(s[m[0]:], ",") {
			return s[m[2]:], owner, true
		}
		return s, owner, true
	}
	if loc := passWill.FindStringSubmatchIndex(s); loc != nil && !embedded(s[:loc[0]]) && !conditioned(s[:loc[0]], s[loc[1]:]) && !anySubject(subjectBefore(s, loc[0])) {
		if usedTo.MatchString(s[loc[4]:]) {
			// "Our network of officers will be utilised to help residents":
			// what is put to use does the work.
			return s, agent(trailingAdverbs.ReplaceAllString(subjectBefore(s, loc[0]), "")), true
		}
		return s, byAgent(s[loc[1]:]), true
	}
	if loc := availableTo.FindStringIndex(s); loc != nil && !embedded(s[:loc[0]]) && toMeeting.MatchString(s[loc[1]:]) {
		// "He expected that the analysis would be available by the next
		// Board meeting."
		return s, "", true
	}
	if loc := passAny.FindStringSubmatchIndex(s); loc != nil && !embedded(s[:loc[0]]) && toMeeting.MatchString(s[loc[1]:]) && !permits.MatchString(s[loc[4]:loc[5]]) {
		// "The terms of reference would be re-considered at a future
		// meeting": whatever is done, it is promised to a meeting.
		return s, byAgent(s[loc[1]:]), true
	}
	if has("would") && pronounWill.MatchString(s) {
		// "In response, he advised that he would speak to the Chair …":
		// the speaker, named in the sentence before.
		return s, "", true
	}
	if has("report", "update") && has(" will ", " would ") && reportComes.MatchString(s) {
		// "… and that a report will come to Cabinet later in March".
		return s, "", true
	}
	if m := reportedWillIn(s, has("would")); m != nil && agent(m[1]) != "" {
		// "The Chair advised that he would forward it to members",
		// "Councillor Green said that she would raise it with officers".
		return s, agent(m[1]), true
	}
	if m := relativeWillIn(s, has(" who ")); m != nil && agent(m[1]) != "" {
		// "Queries can go to the Parks Manager, who will obtain answers."
		return s, agent(m[1]), true
	}
	if m := expectsTo.FindStringSubmatchIndex(s); m != nil && toMeeting.MatchString(s[m[1]:]) {
		// "The contractor was expecting to present its findings to the
		// October meeting"; "RSM had been appointed in April and were
		// expecting to bring a report …": the sentence's subject.
		who := agent(subjectBefore(s, m[0]))
		if lead := leadSubject.FindStringSubmatch(s); who == "" && lead != nil {
			who = agent(lead[1])
		}
		if who != "" {
			return s, who, true
		}
	}
	if loc := meantFor.FindStringIndex(s); loc != nil && (toMeeting.MatchString(s[loc[1]:]) || toNamedBody.MatchString(s[loc[1]:])) {
		return s, "", true
	}
	if loc := activeWill.FindStringSubmatchIndex(s); loc != nil && !embedded(s[:loc[0]]) && !conditioned(s[:loc[0]], s[loc[1]:]) {
		who := wholeSubject(s, loc[0]) // "The Chair and Vice-Chair will review …": both
		if presides(who, s[loc[4]:loc[5]], s[loc[5]:]) {
			return "", "", false
		}
		if who == "" && !sureVerb.MatchString(s[loc[4]:loc[5]]) && !selfSubject.MatchString(subjectBefore(s, loc[0])) {
			return "", "", false
		}
		return s, who, true
	}
	if loc := namedWill.FindStringSubmatchIndex(s); loc != nil && loc[0] == 0 && genre == "" && !stateVerb[strings.ToLower(s[loc[4]:loc[5]])] && !presides(s[loc[2]:loc[3]], s[loc[4]:loc[5]], s[loc[5]:]) {
		// "The Benefits Team will treat all its customers fairly", "The
		// case officer will visit every site": a team or post named as
		// the sentence's subject, undertaking whatever it does, on a page
		// that is not a record of a meeting.
		if who := agent(s[loc[2]:loc[3]]); who != "" && nameLike(who) && !paperName.MatchString(who) {
			return s, who, true
		}
	}
	if !has("available", "in place", "accessible", "offered", "open", "go live", "launch", "start", "begin", "commence") {
		return "", "", false
	}
	if loc := provided.FindStringIndex(s); loc != nil && agent(subjectBefore(s, loc[0])) != "" && !has(" unless ") || launches.MatchString(s) {
		// "The Family Hub service will still be available online", "The
		// new pathway will go live on 1st April": what a named service
		// or a dated launch promises. "Meetings will be open to the
		// public unless …" is a standing rule.
		return s, "", true
	}
	return "", "", false
}

// capsCommand: words that open with a verb in capitals, as a report's
// recommendations are set ("NOTE the requirement for the Committee to
// produce …"): the sentence bids the meeting decide; it undertakes
// nothing, whoever it names before a "to".
func capsCommand(s string) bool {
	w := firstWord(s)
	return len(w) >= 3 && w == strings.ToUpper(w) && isLetters(w) && knownVerb(w)
}

// thingToBeDone opens a sentence with a thing, up to nine words (a note
// names the places it is for: "New gates for Church Lane and the green"),
// then "to be" and what is to be done to it: "Quotes to be obtained", "A
// letter to be sent to the landowner", "Draft for required signage to be
// drawn up".
var thingToBeDone = lazyre.New(`^((?:[A-Z][\w'’&/-]*)(?:\s+[\w'’&/()-]+){0,8}?)\s+to\s+be\s+(?:\w+ly\s+)?((?:re-?)?(?:[a-z]+ed|drawn|sent|paid|put|set|made|done|sought|bought|brought|kept|built|cut|shown|written|laid|sold|told|spent|found|chosen))\b`)

// ownVerb is a verb of its own in what opens a note of a thing to be
// done: a pronoun subject, or a past form followed by its object or
// complement ("Residents of the lane asked for the hedge to be cut", "Mr
// Brown said that he wanted his hedge to be cut"). A subject with a
// finite verb wants a thing done; the thing is no note of what comes
// next. (A participle after its noun, "Signs damaged in the storm", is
// followed by no object.)
var ownVerb = lazyre.New(`(?i)\b(?:he|she|they|we|i|it)\b|\b[a-z]+ed\s+(?:that|for|his|her|their|its|our|my|the|a|an)\b`)

// pastArrangement is an arrangement told in the past: "was (were) to
// be"; with fellThrough it came to nothing ("… but declined") or is long
// past.
var pastArrangement = lazyre.New(`\b(?:was|were)\s+to\s+be\b`)

// stageWillBe is a plan's stage and what will be done in it: "The third
// phase will be to lay paths", "Our next step will be to consult".
var stageWillBe = lazyre.New(`^(?:The|Our|Its|This|A)\s+(?:[\w-]+\s+){0,3}?(?:phase|stage|step|priority|aim|task|focus|objective)s?\s+(?:will|shall)\s+be\s+to\s+[a-z]+`)

// meetingDeed is what a meeting does to a matter, not a deed to follow
// it: held, considered, discussed, approved, taken at a meeting.
var meetingDeed = lazyre.New(`(?i)^(?:held|considered|discussed|debated|approved|agreed|signed|noted|decided|determined|recorded|received|tabled|deferred|raised|allocated|given|met|taken)$`)

// noneThing is a subject that is no thing to be done: "Nothing", a
// pronoun, a word that opens a clause; or one whose verb comes before "to
// be" ("Any requests need to be submitted", "The email asked for motions
// to be put forward").
var noneThing = lazyre.New(`(?i)^(?:nothing|no|none|neither|there|this|that|it|these|those|which|what|who|any|to|examples?|he|she|they|we|i|as|if|when|many|some)\b|\b(?:need|needs|needed|has|have|had|is|are|was|were|due|likely|able|expected|yet|begin|began|appear|appears|seem|seems|want|wants|asked|proposed|for)$`)

// beVerb is a finite "be" or "have" after a thing to be done, which makes
// it a noun phrase of a longer sentence: "The area to be included in the
// lease was discussed".
var beVerb = lazyre.New(`\b(?:is|are|was|were|has|have|had|will|would)\b`)

// questionObject opens a clause that is the object of the verb before it:
// "to be asked whether they will share the cost".
var questionObject = lazyre.New(`^\s+(?:whether|if)\b`)

// toBeAskedWhether is a question someone is to be asked later, an
// arrangement, where "asked whether" alone is a question put at the meeting.
var toBeAskedWhether = lazyre.New(`\bto\s+be\s+asked\s+(?:whether|if)\b`)

// askedAtMeeting reports whether s tells of a question asked at the meeting,
// not one someone is to be asked.
func askedAtMeeting(s string) bool {
	return askedWhether.MatchString(s) && !toBeAskedWhether.MatchString(s)
}

// askingQuestion opens a question the thing to be done carries, put by
// a verb of asking or after "about": "A letter to be sent asking when the
// crossing will be repainted", "… enquiring whether the bins will be
// moved". The question runs to the sentence's end.
var askingQuestion = lazyre.New(`\b(?:asking|to\s+ask|enquiring|inquiring|querying|checking|about)\s+(?:whether|if|when|how|what|why|where|who)\b`)

// lessQuestion is what follows a thing to be done, less a question put as
// its object: the verbs of "whether they will …" belong to the question,
// not to a longer sentence the thing is part of.
func lessQuestion(rest string) string {
	if questionObject.MatchString(rest) {
		return ""
	}
	if loc := askingQuestion.FindStringIndex(rest); loc != nil {
		return rest[:loc[0]]
	}
	return rest
}

// namedWill is a sentence opening with who will act and the verb:
// "The Benefits Team will treat …".
var namedWill = lazyre.New(`^((?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’&-]*|team|officer|service|manager))*|[Tt]he\s+(?:[a-z]+\s+)?(?:officer|team|manager|service|crews?))\s+(?:will|shall)\s+(?:always\s+|also\s+|now\s+)?([a-z]+)\b`)

// agentUndertakes: the clause names one who undertakes what it tells,
// not a paper or a thing: "the Director will bring …", "… and officers
// will report …".
func agentUndertakes(clause, genre string) bool {
	for _, c := range commitments(clause, "", genre) {
		for _, o := range c.Owner {
			if !paperName.MatchString(o) {
				return true
			}
		}
	}
	return false
}

// paperName is a paper, not who acts: "This Delivery Plan", "The
// Strategy".
var paperName = lazyre.New(`(?i)^(?:this|these|that|those)\b|\b(?:plan|strategy|report|policy|document|programme|charter|framework|review|scheme)s?$`)

// impersonalForecast opens a sentence with an impersonal expectation in
// the present: "It is expected that …", "It is therefore anticipated
// that …".
var impersonalForecast = lazyre.New(`(?i)^it\s+is\s+(?:[a-z]+\s+)?(?:expected|anticipated|envisaged|hoped|likely|predicted|forecast)\s+that\b`)

// stateVerb: what "will" foretells rather than undertakes ("The Team will
// be …", "… will need to …").
var stateVerb = map[string]bool{"be": true, "have": true, "need": true, "require": true, "face": true, "see": true, "receive": true, "benefit": true, "mean": true, "depend": true, "become": true, "remain": true, "continue": true, "not": true, "only": true, "usually": true, "normally": true, "still": true, "then": true}

// paperEdit is a change to a paper's words, in the future passive.
var paperEdit = lazyre.New(`(?i)\b(?:would|will|shall)\s+be\s+(?:removed|deleted|reworded|changed|replaced|inserted|added|corrected|amended)\s+(?:from|to|in)\s+the\b[^.]{0,80}?\b(?:paragraph|page|report|strategy|document|minutes|plan|policy|wording|text|section|appendix|introduction|title)s?\b`)

// meansDoing spells out what a priority commits to, in gerunds.
var meansDoing = lazyre.New(`^(?:This|That|It)\s+(?:also\s+)?(?:means|will mean|involves|will involve|includes|will include)\s+(?:continuing to\s+)?([a-z]+ing)\b`)

// weAndWillIn is weAndWill's match in s, looked for only where ok says
// its words are there.
func weAndWillIn(s string, ok bool) []int {
	if !ok {
		return nil
	}
	return weAndWill.FindStringSubmatchIndex(s)
}

// weAndWill is "we are …, and will <verb>": a promise joined to a
// statement of what "we" are.
var weAndWill = lazyre.New(`(?i)\bwe\s+(?:are|have)\b[^.;]{0,100}?\s+and\s+(will\s+(?:\w+ly\s+)?([a-z]+)\b)`)

// habit is an adverb that makes "will" tell what happens as a rule: "will
// normally issue", "Typically, a meeting will take place …".
// laterAgenda is a matter said to come before a later meeting, with no
// one named to bring it: "This will be discussed further at the Town
// Council meeting on 20th".
var laterAgenda = lazyre.New(`(?i)^(?:this|these|it|they|the\s+(?:matter|item|issue|proposal|request|application)s?)\s+(?:will|would|is\s+to|are\s+to)\s+(?:then\s+)?be\s+(?:(?:further|again)\s+)?(?:discussed|considered|debated|looked\s+at|reviewed)\s+(?:(?:further|again)\s+)?(?:at|by)\s+(?:the|a|its|their)\b[^.]{0,80}?\bmeeting\b`)

// standingReview is an agentless passive of review or report on a cycle,
// with no body it goes to or is done by.
var standingReview = lazyre.New(`(?i)^[^,;]{0,80}?\b(?:will|would|shall)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:reviewed|monitored|reported|updated|refreshed|revisited|evaluated)\s+(?:(?:every|each)\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+)?(?:year|month|quarter|week)s?|annually|yearly|quarterly|monthly|periodically|regularly|on an annual basis)\b[^;]{0,80}$`)

var habit = lazyre.New(`(?i)\b(?:will|would|shall)\s+(?:not\s+)?(?:normally|usually|typically|generally|ordinarily)\b|^(?:normally|usually|typically|generally|ordinarily),?\s`)

// weVow opens a sentence with the authors vowing: "We promise to …",
// "We pledge that …", "We commit to …", "That is why we commit to …".
var weVow = lazyre.New(`(?i)^(?:(?:that|this) is why\s+|so,?\s+|therefore,?\s+|to (?:do|achieve) this,?\s+)?(?:we|the council)\s+(?:also\s+)?(?:promise|pledge|commit|undertake|guarantee)s?\s+(?:to|that)\s`)

// onceWeWill is a sentence that opens with the one time its act waits
// for, then the authors' promise with no comma between: "Once the survey
// is done we will publish its results". No standing procedure: the
// condition is one event, and the comma a condition ends with comes later
// if at all.
var onceWeWill = lazyre.New(`(?i)^once\s[^,;:.]{2,80}?\s(?:we|the\s+council)\s+(?:will|shall)\s`)

// onceByDate is the main clause of s when s opens with a condition on
// one event ("Once the new fees are set, …") and that clause promises, in
// the future, an act by a calendar date ("… officers will write to each
// customer by 30 April 2026"); otherwise "". A standing procedure holds
// whenever its case comes round, so it names no day it must be done by; a
// deadline makes the act a one-off undertaking, whoever the main clause's
// subject is.
func onceByDate(s string) (main string) {
	m := onceOpens.FindStringIndex(s)
	if m == nil {
		return ""
	}
	if main = s[m[1]:]; futureTense.MatchString(main) && byDated.MatchString(main) {
		return main
	}
	return ""
}

// onceOpens is the condition on one event, to its comma.
var onceOpens = lazyre.New(`(?i)^once\s[^,;:.]{2,80}?,\s+`)

// byDated is a deadline on a day of a year: "by 30 April 2026", "by the
// end of March 2026".
var byDated = lazyre.New(`\b[Bb]y\s+(?:the\s+end\s+of\s+)?(?:` + datedWithYear.String() + `)`)

// weWillIn is weWill's match in s, looked for only where ok says its
// words are there.
func weWillIn(s string, ok bool) []int {
	if !ok {
		return nil
	}
	m := weWill.FindStringSubmatchIndex(s)
	if m != nil && reportedFront.MatchString(s[m[0]:m[2]]) && laterVerb.MatchString(beforeRelative(s[m[1]:])) {
		// "To say that we will close every branch would be wrong", "To
		// what extent we will need agency staff is not known": "we
		// will" stands in a clause that is the subject of a later verb;
		// nothing is promised.
		return nil
	}
	return m
}

// reportedFront is a purpose or role fronted before "we will" that makes
// the "we will" clause a thing said or asked, not the sentence's own:
// "To say that …", "To what extent …", "As the Minister said …".
// laterVerb is the verb whose subject the fronted "we will" clause is:
// "… would be untrue", "… is not yet known".
var laterVerb = lazyre.New(`^[^,;:]*?\s(?:is|are|was|were|would|remains|depends|seems)\b`)

// beforeRelative cuts s at a relative clause's "that", "which" or
// "who": a verb in it belongs to the object, not to the fronted clause
// ("… we will run a survey which is open to all" promises the survey).
func beforeRelative(s string) string {
	if k := relativeWord.FindStringIndex(s); k != nil {
		return s[:k[0]]
	}
	return s
}

var relativeWord = lazyre.New(`(?i)\b(?:that|which|who)\b`)

// (A purpose's "that" stays: "To make sure that every child is safe we
// will …" promises. A question word makes the clause asked only where
// it opens it: "To what extent …", "Whether …", "How …"; a purpose
// with one inside, "To learn how residents travel we will …", promises.)
var reportedFront = lazyre.New(`(?i)^\W*(?:(?:to|in\s+order\s+to|as\s+well\s+as|as)\s(?:.*\b(?:says?|said|claims?|claimed|suggests?|suggested)\b|(?:say|claim|suggest|argue|state|pretend)\b)|to\s+what\s+(?:extent|degree)\b|how\b|whether\b)`)

// weWill is "we will" and its verb opening a sentence or after a run-in
// heading and its dash.
// A reason or a time may come between ("… and that is why this year we
// will invest …", "In 2026 we will …", "Once the survey is done we will
// …", "By 2027 we will …"), or a purpose or a role fronted with its
// comma left out ("To cut our emissions we will …", "As a landlord we
// will …", "As well as this we will …"): "we" is still the subject.
var weWill = lazyre.New(`(?i)(?:^(?:(?:equally|also|additionally|likewise|similarly|together|in addition|furthermore|moreover|finally),?\s+)?|\s[-–—:]\s+|;\s+(?:and\s+)?|,?\s+(?:and|so)\s+)(?:(?:that|this|which)\s+is\s+why\s+)?(?:(?:this|next|each|every)\s+(?:year|month|spring|summer|autumn|winter)\s+|in\s+20\d\d\s+|(?:once|after|following|by|before|over|during|within|as\s+part\s+of|to|in\s+order\s+to|as\s+well\s+as|as\s+(?:a|an|the))\s+[^,;:.]{2,80}?,?\s+)?((?:we|the\s+council)\s+(?:will|shall)\s+` + adverbs + `([a-z]+)\b)`)

// weStance are verbs after "we will" that state a position or a need, not
// an act: "we will continue to", "we will need", "we will be".
// haveInPlace: "we will have a clear outcomes framework", "… a
// relentless focus on …" — something put in place or kept to, not "have
// to" (a need) or "have an impact" (a forecast); or had done ("will have
// a banner made").
func haveInPlace(verb, rest string) bool {
	return strings.EqualFold(verb, "have") && (haveThing.MatchString(rest) || causativeHave.MatchString(rest)) || strings.EqualFold(verb, "be") && beDoing.MatchString(rest)
}

// beDoing: "we will be in touch", "we will be consulting residents": an
// act, where "we will be proud" is a state.
var beDoing = lazyre.New(`(?i)^\s+(?:in\s+(?:touch|contact)\b|(?:consult|contact|writ|publish|launch|introduc|deliver|hold|run|work|invest|review|updat|report|engag)ing\b)`)

var haveThing = lazyre.New(`(?i)^\s+(?:(?:a|an|in place)\s+(?:new\s+|clear\s+|single\s+|relentless\s+|strong\s+|dedicated\s+)?(?:[\w-]+\s+){0,2}?(?:framework|plan|focus|strategy|board|group|team|programme|policy|system|process|forum|network|officer|lead|champion|register|dashboard|offer|service)\b|(?:regular|ongoing|frequent)\s+(?:dialogue|conversations?|meetings?|contact|discussions?)\b)`)

// goesOnDoing: "we will continue to increase the number of employers …",
// "… to drive down waiting times" promise the deed gone on with;
// "continue to be", "continue to face", "continue to value our parks"
// state a position or a feeling.
func goesOnDoing(verb, rest string) bool {
	m := continueTo.FindStringSubmatch(rest)
	return strings.EqualFold(verb, "continue") && m != nil && !weStance.MatchString(m[1]) && !stateVerb[strings.ToLower(m[1])] && !feeling.MatchString(m[1])
}

var continueTo = lazyre.New(`^\s+to\s+([a-z]+)\b`)

// feeling: verbs of regard and belief, no deed.
var feeling = lazyre.New(`(?i)^(?:value|believe|care|recogni[sz]e|appreciate|welcome|expect|feel|think|hope|wish|enjoy|respect|like|love|matter|struggle|experience|grapple|suffer)$`)

var weStance = lazyre.New(`(?i)^(?:be|have|need|continue|want|aim|seek|hope|try|strive|look|remain|know|see|become|always|never|not|consider|explore|receive|get)$`)

// personActs is a person named as a sentence's subject — by post (the
// Clerk, the Chairman and Vice-Chairman), as a councillor, or by first
// name and surname — then "will", "is to" or "to" (group 2; a post's or a
// councillor's only: "Joint Commitment to carers" names no one) and a verb.
// Minutes told in the past write "is to" as "was to": "The Treasurer was
// to ring the insurer before the next meeting" is the same undertaking,
// reported ("was to have rung", what did not happen, has a state's verb).
// (A post may be a district or county councillor's, its spelling
// typed as it comes: "district councilor and clerk to put a complaint in".)
const onePost = `(?:(?i:assistant|deputy|parish|town|district|county|borough|ward)\s+)?(?i:clerk|chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|mayor|deputy mayor|rfo|locum clerk|councill?ors?|cllrs)`

var personActs = lazyre.New(`^(` + personWho + `)` + fromBody + `\s+(?:will|(?:is|are|was|were)\s+(?:also\s+|now\s+)?to|(to))\s+(?:\w+ly\s+)?([a-z]+)\b`)

// fromBody is where a person named comes from, between the name and what
// they will do: "Brianne Vally from the EA to circulate …".
const fromBody = `(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})?`

// namedFrom: the person who opens s is named with the body they come from
// ("Brianne Vally from the EA to circulate …"), as an action log names
// someone from outside the council.
func namedFrom(s, who string) bool {
	return strings.HasPrefix(strings.TrimSpace(s[len(who):]), "from ")
}

// personWho names one person, or two: by post (the clerk, a chair, a
// councillor), as a councillor, by two names, or by initials, or by first
// names ("Sue and Jan were to draft …": a name after a known first name
// and "and" is the second person's, though alone it might be a month).
var personWho = `(?:[Tt]he\s+)?` + onePost + `(?:\s+and\s+(?:the\s+)?` + onePost + `)?|(?:[A-Z]{1,3})?(?:[Cc]llrs?|[Cc]ouncill?ors?)\.?\s+(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+and\s+(?:Cllrs?\.?\s+)?[A-Z][\w'’-]+)?|(?:[A-Z][a-z]+|[B-HJ-Z]|[A-Z]\.)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?|` + initialsPat + `|` + givenNamePat + `(?:\s+(?:and|&)\s+[A-Z][a-z]+)?`

// dashedSubject is a person named as a tag — by initials, post or as a
// councillor, perhaps with "Action" ("Clerk Action:") — then a dash or
// colon, then "to" or "will" and a verb.
var dashedSubject = lazyre.New(`^((?:[Tt]he\s+)?` + onePost + `|(?:Cllrs?|Councillors?)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|` + initialsPat + `)(?:\s+[Aa]ctions?)?\s*[–—:-]\s*(?:will|to)\s+(?:\w+ly\s+)?([a-z]+)\b`)

// initialsPat is people named by their initials, as minutes name those
// present: "RM", "SV & FH".
const initialsPat = `\(?[A-Z]{2,3}\)?(?:\s*(?:&|and|/)\s*\(?[A-Z]{2,3}\)?)*`

var initialsOnly = lazyre.New(`^` + initialsPat + `$`)

// tagTo is the subject of an action tag's "to" clause: "JL to resubmit",
// "Clerk and JL to complete the form". (Not "to be": "Signage to be
// displayed" names what is acted on.)
var tagTo = lazyre.New(`^([A-Z][\w&'’()/\- ]{0,60}?)\s+to\s+(?:[ac-z]|b[a-df-z]|be[a-z])`)

// tagDoer is who an action tag sets to act, before "to": a person or
// body, or a member's initials, which minutes often write alone ("ACTION:
// NB to order new signs"), or an initial and surname ("ACTION: P Ash to
// …").
func tagDoer(subject string) string {
	if initialsOnly.MatchString(subject) || initialSurname.MatchString(subject) {
		return subject
	}
	return agent(subject)
}

// phraseOpener opens a noun phrase, not a name: "The Council", "Our Team".
var phraseOpener = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "our": true, "their": true, "its": true,
	"each": true, "every": true, "all": true, "any": true, "some": true, "no": true, "a": true, "an": true, "we": true, "it": true, "they": true}

// bracketTag is an action's owner noted in brackets at its end: "(Act
// Clerk)", "(Action: JB)", "(ACTION – Parish Clerk)", "(Act NA +AP)".
var bracketTag = lazyre.New(`\((?i:act(?:ion)?)\s*[:\-–]?\s*([A-Z][\w.&/'+ -]{0,40}?)\)\.?\s*$`)

// standingRule is a rule for every case of a kind, as a constitution or
// standing orders set it: "Every contract made by the Council shall be in
// writing", "All meetings of the Council shall take place in public".
var standingRule = lazyre.New(`^(?:Every|Each|Any|All|No)\s[^.;:]{0,120}?\bshall\b`)

// roleEnds tells that someone will cease to be what they were: "Richard
// will no longer be our county councillor after May".
var roleEnds = lazyre.New(`(?i)\b(?:will|would)\s+no\s+longer\s+be\s+(?:our|the|a|an|his|her|their|its|your)\b`)

// noneWill is a sentence, or what it reports, whose subject is none: "No
// contract would be drawn up", "Neither council will …", "She said that
// no regulated entertainment would take place".
var noneWill = lazyre.New(`^(?:No|Neither|None of)\s|\bthat\s+(?:no|neither|none\s+of)\s+[^,;.]{0,80}?\b(?:would|will)\s`)

// hedged is a guess reported: "It is said likely that …", "it is likely
// that …".
var hedged = lazyre.New(`(?i)\b(?:(?:said|thought|considered)\s+(?:to\s+be\s+)?likely|it\s+is\s+(?:most\s+|very\s+)?likely)\s+(?:that|to)\b`)

// personActsIn is personActs's match in s, looked for only where ok says
// its words are there.
func personActsIn(s string, ok bool) []string {
	if !ok {
		return nil
	}
	return personActs.FindStringSubmatch(s)
}

// splitUndertakings parts each sentence that joins two undertakings by
// "and", each clause with its own subject who acts ("The Clerk offered to
// write to the school and the Chair agreed to visit the site"), into its
// two clauses, so each gives a commitment owned by its own subject. A
// clause counts only where its owner is its subject, at its head: "and
// the church" in the first clause's object names no one who acts. Each
// second clause is given in asRead as it is read on its own: opening in
// capitals, and with "will" for a "would" that reports the first's
// undertaking.
func splitUndertakings(all []string, genre string) (out []string, asRead map[string]string) {
	asRead = map[string]string{}
	for _, s := range all {
		a, b, will, ok := twoUndertakings(s, genre)
		if !ok {
			out = append(out, s)
			continue
		}
		out = append(out, a, b)
		asRead[b] = upperFirst(b)
		if will != "" {
			asRead[b] = upperFirst(will)
		}
	}
	return out, asRead
}

// twoUndertakings: s's two clauses either side of an "and", when each is
// an undertaking whose owner opens it and the owners differ; will is the
// second clause with its reported "would" as "will", if read so.
func twoUndertakings(s, genre string) (a, b, will string, ok bool) {
	for at := 0; ; {
		k := strings.Index(s[at:], " and ")
		if k < 0 {
			return "", "", "", false
		}
		i := at + k
		at = i + len(" and ")
		left, right := strings.TrimSuffix(s[:i], ","), s[at:]
		lo, lok := ownerOpens(left, genre)
		if !lok {
			continue
		}
		will = ""
		ro, rok := ownerOpens(right, genre)
		if !rok {
			// After an undertaking told in the past, "would" is the
			// reported "will": "… undertook to check the drains and Cllr
			// Boyd would ask the county".
			if subj, pred, cut := strings.Cut(right, " would "); cut && !strings.Contains(subj, ",") {
				will = subj + " will " + pred
				ro, rok = ownerOpens(will, genre)
			}
		}
		// (A meeting agreeing to act itself decides; that is read whole.)
		if rok && !sameDoer(lo, ro) && !meetingItself.MatchString(lo) && !meetingItself.MatchString(ro) {
			return left, right, will, true
		}
	}
}

// ownerOpens: the owner of the undertaking clause c, where the clause
// opens with that owner as its subject (an article aside).
func ownerOpens(c, genre string) (string, bool) {
	_, owner, ok := undertaking(upperFirst(c), genre)
	if !ok || owner == "" {
		return "", false
	}
	head := strings.TrimPrefix(strings.TrimPrefix(c, "the "), "The ")
	if !strings.HasPrefix(head, strings.TrimPrefix(strings.TrimPrefix(owner, "the "), "The ")) {
		return "", false
	}
	return owner, true
}

// upperFirst is s with its first letter in capitals, as a clause parted
// from its sentence opens.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// splicedUndertaking reads the clause a comma, dash or "and" joins on to
// a clause of its own, when it has its own subject who acts: "Both lights
// have power faults, Clerk to liaise with the contractor again." The
// whole sentence is the commitment; what comes before says why. (After
// a phrase with no verb — "For interests declared, Councillors to inform
// the Chair" — the clause is a standing rule, and after "intended to
// appoint, by notice in writing," a name is the verb's object.)
func splicedUndertaking(s, genre string) (clause, owner string, ok bool) {
	for _, sep := range []string{", ", "; ", " – ", " and "} {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			continue
		}
		before, rest := s[:i], s[i+len(sep):]
		if sep == ", " {
			if c := strings.LastIndex(before, ", "); c >= 0 && connective[strings.ToLower(strings.TrimSpace(before[c+2:]))] {
				// "The hedge was cut in May, however, Sam to ask when it
				// is next due": the adverb between the commas joins the
				// clauses, and the clause before it has the verb; a
				// "the" before a post's name goes as after "with".
				before = before[:c]
				if w, ok := cutPrefixFold(rest, "the "); ok && startsUpper(w) {
					rest = w
				}
			}
			if w, ok := cutPrefixFold(rest, "with "); ok {
				// "A talk was asked for, with the Clerk to find a date":
				// "with" and who is to act, and their task.
				rest = w
				if w, ok := cutPrefixFold(rest, "the "); ok && startsUpper(w) {
					rest = w
				}
			}
		}
		if j := strings.LastIndexAny(before, ",;–"); j >= 0 {
			before = before[j+1:]
		}
		if sep == " and " {
			// "The noticeboard is ready and the Chairman will collect
			// it", "Ten graves will need work and the Clerk will trace
			// their owners": a clause with its own subject, after one
			// with its own verb.
			rest = strings.TrimPrefix(rest, "the ")
		}
		if sep == " and " && reportLead.MatchString(s) {
			if owner, ok := assentAfterReport(s, genre); ok {
				return s, owner, true
			}
			continue
		}
		// After a dash a note's topic and status go before who is to act
		// ("Kerrs Crescent – reported to the district – Clerk to chase
		// again"): the dash, not a verb, ends what comes before.
		if !startsUpper(rest) || sep != " – " && !finiteVerb.MatchString(before) && !modalWord.MatchString(before) || personActsIn(rest, strings.Contains(rest, " will ") || strings.Contains(rest, " to ")) == nil {
			continue
		}
		if _, owner, ok := undertaking(rest, genre); ok {
			return s, owner, true
		}
	}
	return "", "", false
}

// reportLead opens a sentence with what members raised, discussed or
// queried — a report, which undertakes nothing itself (notCommit). One
// member named by the title ("Cllr Moss queried …") reports as members
// do.
var reportLead = lazyre.New(`(?i)^(?:members|councillors|the\s+(?:board|committee|panel)|(?:cllr|councillor)\.?\s+(?:\w\.?\s+)?[\w'-]+)\s+(?:noted|queried|questioned|raised|commented|expressed|welcomed|discussed)\b`)

// assentAfterReport reads a sentence that opens with a report
// (reportLead) and joins on by "and" a clause whose own subject, one of
// the meeting's own side, agrees, offers or undertakes to act: "Members
// raised worries about the fees and the Clerk offered to send the
// figures". The first such clause names the owner, as for a sentence
// with no report before it; the whole sentence is the commitment. Not
// when the "and" is inside a clause the report verb takes ("queried
// why the District Council and the County Council agreed to …"), nor
// when the subject is another body ("… and the County Council agreed
// to …": news of its decision). A comma before the "and" closes such a
// clause ("queried whether the rule should change, and the Clerk
// offered to …"): what follows is a clause of the sentence's own.
func assentAfterReport(s, genre string) (owner string, ok bool) {
	for at := 0; ; {
		i := strings.Index(s[at:], " and ")
		if i < 0 {
			return "", false
		}
		i += at
		at = i + len(" and ")
		if reportedClause.MatchString(s[:i]) && !strings.HasSuffix(s[:i], ",") {
			return "", false
		}
		u := undertaker.FindStringSubmatch(s[at:])
		if u == nil || u[2] == "be" || !ourDoer(u[1]) {
			continue
		}
		if _, who, ok := undertaking(s[at:], genre); ok {
			return who, true
		}
	}
}

// ourDoer: who is of the meeting's own side (ownSide), a pronoun for one,
// or a person named by a post ("the Waste Officer", "the Consultant for
// Public Health"): the post's head noun names a person by its ending or
// is a post's word. "The County Council", "Highways England" are other
// bodies.
func ourDoer(who string) bool {
	switch strings.ToLower(who) {
	case "he", "she", "we":
		return true
	}
	if ownSide(who) {
		return true
	}
	head := who
	if m := postHeadEnd.FindStringIndex(head); m != nil {
		head = head[:m[0]]
	}
	head = head[strings.LastIndex(head, " ")+1:]
	return listedPost.MatchString(head) || personNoun.MatchString(head)
}

var (
	// postHeadEnd is where a post's remit begins: "Head| of Planning".
	postHeadEnd = lazyre.New(`\s+(?:of|for)\s`)
	// personNoun is a noun whose ending names one who does: "Officer",
	// "Director", "Consultant", "Accountant".
	personNoun = lazyre.New(`^[A-Z][a-z]+(?:er|or|ant|ist)$`)
)

// joinedUndertaking reads the last clause a sentence joins on with "and"
// when that clause has a subject and a modal of its own, as if it stood
// alone: "Members asked how the scheme would be policed and were told
// that wardens would be recruited" (the question's "how" does not reach
// past the second predicate), "It was explained that the survey had
// closed, and the results would be reported to the May meeting", "He
// said the hall was booked and that he would send the invitations",
// "The Clerk has had the quote and will place the order" (the subject
// of the first verb shared). The clause must read as an undertaking by
// itself (undertaking) and tell nothing by itself (toldOnly); the whole
// sentence is the commitment, as what goes before says why. Who acts
// is the clause's doer, or the sentence's subject where the clause
// shares it.
func joinedUndertaking(s, genre string) (clause, owner string, ok bool) {
	if !strings.Contains(s, " and ") {
		return "", "", false
	}
	if holdsWord(s, "that") && eventNotice.MatchString(s) {
		return "", "", false // "… and the next forum will be held in May": an event told
	}
	ms := joinedClause.FindAllStringSubmatchIndex(s, -1)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		head, joint, subj, rest := s[:m[0]], strings.TrimSpace(s[m[0]:m[2]]), s[m[2]:m[3]], s[m[2]:]
		if joint == "and" && strings.TrimSpace(subj) != "" {
			// "The Clerk noted the hedge and the verge would be cut": with
			// no comma, dash or "that" an "and" as often joins two things
			// as two clauses.
			continue
		}
		if !finiteVerb.MatchString(head) && !modalWord.MatchString(head) && !strings.HasPrefix(joint, "–") {
			continue // "Parking and litter would be …": no clause before the "and"
		}
		if headCondition.MatchString(head) {
			// "If the bid succeeds the grant would cover the roof and
			// would pay for …", "once the plan is final, a consultation
			// would run and the results would be …": what follows on a
			// case, not an undertaking.
			break
		}
		shared := ""
		if strings.TrimSpace(subj) == "" {
			// "… and will place the order": the subject is the sentence's
			// own, named at its start before its first verb.
			v := finiteVerb.FindStringIndex(head)
			if v == nil || v[0] == 0 {
				continue
			}
			shared = strings.TrimSpace(head[:v[0]])
			if len(strings.Fields(shared)) > 6 || agent(shared) == "" || !nameLike(shared) {
				continue
			}
			if strings.EqualFold(firstWord(s[m[3]:]), "would") && !pastAux[strings.ToLower(head[v[0]:v[1]])] {
				// "The Council has no objection and would support it"
				// tells a stance; "would" undertakes only after a
				// past it reports ("The Clerk had the quote and would
				// place the order").
				continue
			}
			if relativeWho.MatchString(head[v[1]:]) {
				// "Cllr Reed has rung the roofer who is away and will
				// call …": after a relative clause the "will" may be
				// its subject's (the roofer's); the sentence undertakes,
				// but whose it is stays unsaid.
				if _, _, ok := undertaking(shared+" "+rest, genre); ok {
					return s, "", true
				}
				continue
			}
			rest = shared + " " + rest
		} else if finiteVerb.MatchString(subj) || modalWord.MatchString(subj) || questionWord.MatchString(subj) {
			continue // no subject of its own: "and asked whether it would …"
		}
		if toldOnly(rest) {
			continue
		}
		if _, who, ok := undertaking(rest, genre); ok {
			if who == "" && shared != "" {
				who = agent(shared)
			}
			return s, who, true
		}
	}
	return "", "", false
}

// reportedPromise: in minutes, where speech is reported in the past, a
// "was committed to" told with a deadline ("… repairing the footpath by
// July") or of a person who acts ("she was committed to organising …")
// is a promise made at the meeting; without either it tells a standing
// stance ("advised that the Council was committed to supporting …").
// The deadline must belong to the committed clause: a date in a phrase
// of its own after it ("… the plan adopted in 2019", "… the charges
// which were set in 2019") tells when that was. before is the sentence
// up to "committed", after what follows it.
func reportedPromise(before, after, genre string) bool {
	if genre != action.DocMinutes {
		return false
	}
	if personCommitted.MatchString(before) {
		return true
	}
	if k := phraseOfItsOwn.FindStringIndex(after); k != nil {
		after = after[:k[0]]
	}
	return dueIn(after) != ""
}

// phraseOfItsOwn opens a relative or past-participle phrase, whose date
// is not the committed clause's deadline.
var phraseOfItsOwn = lazyre.New(`\b(?:which|who|whom|where|[a-z]{2,}[^e\s]ed|set|made|held|built|given|taken|done|paid|agreed|begun|won)\b`)

// relativeWho is a relative clause of a person, its own verb following,
// that runs on to the "and" with no comma: "who is away". A thing's
// ("which is broken") cannot be the one to act, and a clause set off by
// commas is closed before the "and".
var relativeWho = lazyre.New(`\bwho\s+(?:is|are|was|were|has|have|had|can|could)\b[^,]*$`)

// joinedTo is a person named after "and", then "to" and a verb: a
// minute's note of who is to act, joined on to what the meeting did
// ("Members welcomed the talk and KB to send the slides round").
var joinedTo = lazyre.New(`\s+and\s+((?:` + personWho + `)\s+to\s+[a-z]+\b.*)$`)

// joinedToDo finds in minutes the undertaking of a person named in a
// clause joined by "and" with no verb but "to" ("The council welcomed
// the talk and RM to circulate the slides"). The clause before "and"
// must be closed: its object is a thing, which cannot be the one to act
// ("the talk", "the proposals"). Where it could be a person or body
// ("supported the school and RM to apply", "asked the warden and the
// Clerk to meet"), the two may be objects of one verb, and nothing is
// given.
func joinedToDo(s, genre string) (clause, owner string, ok bool) {
	if genre != action.DocMinutes || !strings.Contains(s, " and ") {
		return "", "", false
	}
	m := joinedTo.FindStringSubmatchIndex(s)
	if m == nil {
		return "", "", false
	}
	head := s[:m[0]]
	if k := strings.LastIndexAny(head, ",;:"); k >= 0 {
		head = head[k+1:]
	}
	ws := strings.Fields(head)
	last := strings.Trim(ws[len(ws)-1], ",.'’")
	if r, _ := utf8.DecodeRuneInString(last); len(ws) < 3 || !unicode.IsLower(r) || peopleWord.MatchString(last) || postWord.MatchString(last) || !thingNoun(objectHead(ws)) {
		return "", "", false
	}
	if _, who, ok := undertaking(s[m[2]:m[3]], genre); ok && who != "" {
		return s, who, true
	}
	return "", "", false
}

// objectHead is the head noun of the last noun phrase in ws, the one
// that closes the clause: the last word after its determiner, or before
// a preposition that follows it ("the talk on hedgerows" gives "talk");
// "" when no determiner opens it.
func objectHead(ws []string) string {
	for j := len(ws) - 1; j > 0; j-- {
		if !objectDeterminer[strings.ToLower(ws[j])] {
			continue
		}
		np := ws[j+1:]
		for k, w := range np {
			if preposition[strings.ToLower(w)] {
				np = np[:k]
				break
			}
		}
		if len(np) == 0 {
			return ""
		}
		return strings.Trim(np[len(np)-1], ",.'’")
	}
	return ""
}

var objectDeterminer = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true}

var preposition = map[string]bool{"of": true, "on": true, "about": true, "from": true, "for": true, "in": true, "at": true, "by": true, "with": true, "to": true, "into": true, "over": true}

// thingNoun is a noun in lower case that names a thing done or said, not
// a person or body: one formed from a verb or adjective ("presentation",
// "agreement", "kindness", "proposal") or a word for a piece of business
// ("the report", "the talk").
func thingNoun(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
		return false
	}
	return abstractNoun.MatchString(w)
}

var abstractNoun = lazyre.New(`^(?:[a-z-]+(?:tion|sion|ment|ness|ance|ence|ity|ure|sal)s?|(?:report|update|talk|paper|item|visit|comment|point|view|idea|offer)s?|news|advice|work|information)$`)

// trailingAux is the auxiliary, perhaps with an adverb, that ends the
// words before a verb: "… had already", "… has".
var trailingAux = lazyre.New(`\s+(?:had|has|have)(?:\s+(?:also|already|now|\w+ly))?\s*$`)

// pastAux: the auxiliaries of a past clause, after which a report's
// "would" is the "will" said.
var pastAux = map[string]bool{"was": true, "were": true, "had": true}

// headCondition is a condition in the clauses before the joint, one that
// opens the sentence or a clause after a comma or semicolon ("Should a
// fire occur the council and its partners would …": a condition put
// first, its verb before its subject). A "when" or "if" inside a clause
// asks or reports ("Members asked when the lane would reopen, and …").
var headCondition = lazyre.New(`(?i)(?:^|[,;]\s*)(?:if|once|unless|when|whenever)\b|^(?:should|were|had)\s`)

// joinedClause is the joint and the clause after it: ", and", "; and" or
// "– and", "and that" (a second clause reported), "and was told that" (a
// passive predicate taking a clause), or a bare "and" (read only where
// the clause shares the sentence's subject); then the clause's subject
// (or none, when it shares the sentence's) and its modal.
var joinedClause = lazyre.New(`(?:[,;–]\s+and|\s+and\s+that|\s+and\s+(?:was|were)\s+(?:also\s+)?[a-z]+(?:ed|ld|wn|en)\s+that|\s+and)\s+((?:[\w'’&£.-]+\s+){0,16}?)(?:will|would|shall)\s+[a-z]`)

// connective: the adverbs that join a clause to the one before it, set
// between commas ("…, however, …"). A closed class of English words.
var connective = wordSet(`however therefore so then also meanwhile instead`)

// cutPrefixFold is strings.CutPrefix, the prefix's case ignored.
func cutPrefixFold(s, prefix string) (string, bool) {
	if hasPrefixFold(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// membersBusiness reports whether who is the meeting's whole membership
// and verb is what a meeting does with an item before it ("Councillors to
// consider the report's recommendations", "Members to note the update"):
// the agenda's line setting out the item's business, which the meeting
// does as it sits, not an undertaking. (One councillor, or the members
// to do something after the meeting, "Members to walk the footpath",
// acts.) Only the agenda's bare line is business: with a second verb
// ("… to consider the quotes and report back"), a deadline ("by 1
// March") or work outside the sitting ("to approve the wording by email
// before it is sent") in the rest, the members undertake it.
func membersBusiness(who, verb, rest string) bool {
	return wholeMembership.MatchString(strings.TrimSpace(who)) && meetingBusiness[strings.ToLower(verb)] &&
		!secondVerb.MatchString(rest) && !outsideSitting.MatchString(rest) && dueIn(rest) == ""
}

var (
	// secondVerb is a further verb after "and" that carries the item
	// beyond the sitting: "… and report back", "… and send the notes",
	// "… and bring them". (A short list of follow-up verbs: a bare
	// "and" may join nouns, "the quotes for fencing and gates to the
	// park", and word shapes cannot tell a verb from a noun.)
	secondVerb = lazyre.New(`\band\s+(?:then\s+)?(?:report|reply|send|bring|circulate|write|return|share)\b`)
	// outsideSitting: work done away from the meeting's sitting.
	outsideSitting = lazyre.New(`(?i)\b(?:by\s+e-?mail|before|after|outside|following)\b`)
)

// wholeMembership names all the meeting's members: "Councillors",
// "Members", "All Cllrs".
var wholeMembership = lazyre.New(`(?i)^(?:all\s+)?(?:the\s+)?(?:councillors|cllrs|members)$`)

// meetingBusiness: what a meeting does with the items before it.
var meetingBusiness = map[string]bool{"consider": true, "note": true, "receive": true, "agree": true, "approve": true,
	"comment": true, "discuss": true, "decide": true, "determine": true}

// presides reports whether who is the meeting's chair and verb is a step
// in running the meeting itself ("The Chairman will open the Meeting and
// receive apologies", "The Mayor will call upon Councillor A to
// propose …", "The Chair to rule on the admission of such items"): an
// agenda's running order, done as the meeting sits, not an undertaking.
// What a chair is to do after it ("Chairman to write to …", "The Chairman
// will sign the minutes …", "The chairman to call before the next
// meeting", "Chairman to move the noticeboard") is.
func presides(who, verb, rest string) bool {
	if !presiding.MatchString(who) {
		return false
	}
	verb = strings.ToLower(verb)
	return conductVerb[verb] || verb == "call" && callsUpon.MatchString(rest) || verb == "move" && movesMotion.MatchString(rest)
}

var callsUpon = lazyre.New(`(?i)^\s+(?:up)?on\b`)

// movesMotion is moving a motion ("The Mayor to move, in accordance with
// Standing Order …", "… move that …"), not a thing ("Chairman to move the
// noticeboard").
var movesMotion = lazyre.New(`(?i)^\s*(?:,|that\b|in\s+accordance\b|(?:the|a)\s+(?:motion|resolution|recommendations?|adoption|following)\b)`)

var presiding = lazyre.New(`(?i)^(?:the\s+)?(?:(?:vice|deputy)[- ])?(?:chair(?:man|woman|person)?|(?:town\s+|lord\s+)?mayor|convenor|presiding\s+(?:member|officer))$`)

var conductVerb = map[string]bool{"open": true, "welcome": true, "extend": true, "address": true, "invite": true, "rule": true, "announce": true, "close": true, "introduce": true}

// atMeeting is whom an agenda's formula addresses: "The Chair to advise
// the meeting that it will be webcast".
var atMeeting = lazyre.New(`^\s+(?:the meeting|members|those present|everyone|all present)\b`)

// postWord names a post held by one person.
var postWord = lazyre.New(`(?i)\b(?:clerk|chair(?:man|woman|person)?|mayor|rfo|cllrs?|councillors?)\b`)

// personStance is, beside stateVerb's, what a person may be said to do
// that undertakes nothing: wishing, thinking, noting.
var personStance = map[string]bool{"like": true, "want": true, "wish": true, "hope": true, "expect": true,
	"prefer": true, "seem": true, "feel": true, "think": true, "know": true, "say": true, "note": true,
	"welcome": true, "also": true, "then": true, "now": true,
	// ("Clerk to the Council": no verb at all.)
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "their": true, "its": true,
	"his": true, "her": true, "our": true, "all": true, "any": true, "some": true, "and": true, "or": true}

// meetingAct is what a meeting does there and then when asked: "The Chair
// asked Members to note the announcements" undertakes nothing.
var meetingAct = lazyre.New(`(?i)^(?:note|consider|receive|agree|approve|endorse|comment|vote)$`)

// audience is those at the meeting, asked to do something there and then
// ("The Chair asked all those present to stand for a minute's silence"),
// or "everyone" alone, who can only be all at the meeting ("asked
// everyone to give their names").
var audience = lazyre.New(`(?i)^(?:all\s+|everyone\s+|everybody\s+)?(?:the\s+)?(?:those|members|people|everyone|everybody|parties|attendees)?\s*(?:present|in attendance|attending)$|^(?:everyone|everybody)$`)

// availableTo is something to be there for a meeting, said with "would"
// as well as "will".
var availableTo = lazyre.New(`(?i)\b(?:would|will|shall)\s+be\s+(?:made\s+)?available\b`)

// trailingAdverbs end a subject before its verb: "… Council also".
var trailingAdverbs = lazyre.New(`(?:\s+(?:also|further|then|now|again|\w+ly))+$`)

// usedTo is a passive that puts its subject to work: "utilised to help".
var usedTo = lazyre.New(`(?i)^(?:used|utilised|utilized|deployed|tasked|commissioned)\s+to\s+[a-z]`)

// namedThenVerb is a sentence's opening name (capitalised words) and
// the word in lower case after it, its verb: "Helen gave …".
var namedThenVerb = lazyre.New(`^((?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:also\s+)?[a-z]+\b`)

// leadSubject is a sentence's opening name and its first verb.
var leadSubject = lazyre.New(`^((?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’-]*)){0,5})\s+(?:had|has|have|was|were|is|are)\b`)

// paperSaid opens a sentence with a paper as its subject and a verb
// that reports what it said: "The 2019 Strategy set out that …", "The
// previous Plan stated that …". The nouns are the kinds of paper a
// report cites; a paper, unlike a person or a body, cannot act.
var paperSaid = lazyre.New(`^(?:The\s+|This\s+|That\s+|Our\s+|Its\s+)?(?:[\w’'/&-]+\s+){0,6}?(?i:policy|plan|strategy|report|document|guidance|act|constitution|scheme|framework|protocol|agreement|charter)\s+(?:had\s+)?(?:stated|said|set\s+out|specified|stipulated|envisaged|required|proposed)\s+that\s`)

// paperTells: in a meeting's record, a sentence whose subject is a paper
// laid before the meeting and whose verb tells what it says or asks, in
// the past or present ("The report noted that the board would advise …",
// "The paper of the Finance Manager, circulated beforehand, set out a new
// policy and asked Members to adopt it"): the paper's words retold, which
// the meeting may adopt in its decision but no one undertakes by them. A
// verb of being or having, or a modal, is no telling ("The report would
// be brought to the next meeting" is promised), and a participle that
// takes no clause or object is the subject's ("The report requested by
// Members would be …").
func paperTells(s string) bool {
	m := paperTelling.FindStringSubmatchIndex(s)
	if m == nil || beOrHave[strings.ToLower(s[m[4]:m[5]])] {
		return false
	}
	// "The Lead Member for Parks policy said …": a post ("of" or "for"
	// and a capital) whose title ends in a paper's word is a person.
	return m[2] < 0 || !postBefore.MatchString(s[m[2]:m[3]])
}

// postBefore is a post's "of" or "for" and the capital that names its remit.
var postBefore = lazyre.New(`\b(?:of|for)\s+(?:the\s+)?[A-Z]`)

// paperTelling is a paper as a sentence's subject (a name of its own or
// of whose it is after "of", a phrase between commas), its verb, and the
// start of what the verb takes: a clause, or an object.
var paperTelling = lazyre.New(`^(?:The|This|That|These|Its|Their|A|An)\s+((?:[\w’'/&()-]+\s+){0,6}?)(?:report|paper|presentation|briefing|update|note|plan|strategy|document|policy|review)s?(?:\s+of\s+[^,.;]{1,80}?)?(?:,[^,;]{1,80},)?\s+(?:also\s+|further\s+|then\s+|therefore\s+)?([a-z]+ed|[a-z]+s|set\s+out|said|sought|made|gave|showed|shown)\s+(?:that|how|what|why|whether|the|a|an|its|their|this|these|those|some|members|councillors|officers|[A-Z]|\d)`)

// beOrHave are the verbs a paper's telling is not: it "is", "has", "needs".
var beOrHave = map[string]bool{"is": true, "was": true, "has": true, "does": true, "needs": true, "remains": true}

// pronounWill is a speaker, named before, reported as undertaking to act:
// "In response, he advised that he would speak to …".
var pronounWill = lazyre.New(`^(?:In response,?\s+|In reply,?\s+)?(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?(?:(?:said|advised|confirmed|stated|explained|agreed|undertook|replied|responded|indicated|noted|added|assured\s+\w+)\s+(?:that\s+)?(?:he|she|they)\s+)?would\s+` + adverbs + `(?i:` + doVerbs + `|speak to|speak with|raise|pass on|take up|find out|enquire|inquire|look at)\b`)

// reportComes is a report promised to a meeting: "a report will come to
// Cabinet", "an update would go to the Board".
// ("It was noted that a report on Affordable Housing would be presented
// to the next meeting" too: the report named, then its passive.)
var reportComes = lazyre.New(`(?i)\b(?:a|an|the)\s+(?:further\s+|full\s+|final\s+)?(?:report|update)\s+(?:(?:will|would)\s+(?:come|go|return)\s+(?:back\s+)?to\s+(?:the\s+)?[A-Z]|(?:on|about|regarding)\s+[^.;,]{2,60}?\s+(?:will|would)\s+be\s+(?:presented|brought|submitted|taken)\s+to\s+(?:the\s+)?(?:next\b|[A-Z]))`)

// permits: a passive that grants leave, as a standing rule does ("A
// period of 15 minutes will be allowed for questions").
var permits = lazyre.New(`(?i)^(?:allowed|permitted|entitled)$`)

// relativeWillIn is relativeWill's match when s has the " who " it needs.
func relativeWillIn(s string, who bool) []string {
	if !who {
		return nil
	}
	return relativeWill.FindStringSubmatch(s)
}

// toDoIn is toDo's match when s has a " to " near its start, as toDo's
// short subject needs.
func toDoIn(s string) []string {
	if i := strings.Index(s, " to "); i < 0 || i > 90 {
		return nil
	}
	return toDo.FindStringSubmatch(s)
}

// agreedToIn is agreedTo's match in s when s has a " to " it needs.
// reportedWillIn is reportedWill's match, looked for only where the
// sentence has its "would".
func reportedWillIn(s string, would bool) []string {
	if !would {
		return nil
	}
	m := reportedWill.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	who := m[2]
	if postEnd.MatchString(m[1]) {
		// "The Executive Director, Finance and Resources advised …": the
		// words before the comma are the post, after it its remit.
		who = strings.TrimPrefix(strings.TrimPrefix(m[1], "The "), "the ") + ", " + who
	}
	return []string{m[0], who}
}

// postEnd ends a post's name: "The Executive Director", "Head of Service".
var postEnd = lazyre.New(`\b(?:Director|Officer|Manager|Head|Executive|Leader|Chair(?:man|person)?|Clerk|Secretary|Treasurer|Member)$`)

func agreedToIn(s string, to bool) []int {
	if !to {
		return nil
	}
	loc := agreedTo.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil
	}
	// "Sam agreed to supply the key": a verb ending in -ly is no adverb,
	// though agreedTo's "\w+ly" (as in "agreed to gladly host") takes it
	// for one and reads "the" as the verb.
	at := loc[3] + len(agreedToWord.FindString(s[loc[3]:]))
	if w := firstWord(s[at:]); at < loc[4] && lyVerb[strings.ToLower(w)] {
		loc[4], loc[5] = at, at+len(w)
	}
	return loc
}

// agreedToWord is the "to" after agreedTo's verb of assent.
var agreedToWord = lazyre.New(`^\s+to\s+`)

// lyVerb: the verbs that end in -ly, as adverbs do (a closed set of
// English words, not the pages' vocabulary).
var lyVerb = wordSet(`apply supply reply comply rely imply multiply ally rally tally`)

// causativeHave is "have" that gets a thing done: "have a banner made",
// "have the hedge cut back" — the one who has it done acts.
var causativeHave = lazyre.New(`^\s+(?:[\w'’-]+\s+){1,4}?(?:made|done|fitted|installed|repaired|replaced|printed|mended|checked|removed|painted|built|erected|cleaned|cut|serviced|tested|valued|surveyed|quoted|laid|moved)\b`)

// unembeddedWill: s holds "will" or "would" and a verb of doing that is
// not inside a question it reports ("… to ask the designer if he would
// meet …" asks; it promises no meeting).
func unembeddedWill(s string) bool {
	loc := activeWill.FindStringIndex(s)
	return loc != nil && !embedded(s[:loc[0]])
}

// embedded: the modal sits in a question or a report of one ("did not show
// how the scheme would be funded", "asked whether the data would be
// shared"), or in a clause that tells of a place or an occasion ("a
// meeting where any questions will be discussed"), which promises nothing.
func embedded(head string) bool {
	loc := questionWord.FindAllStringIndex(head, -1)
	if n := len(loc); n > 0 && strings.EqualFold(head[loc[n-1][0]:loc[n-1][1]], "where") && whereElided.MatchString(head[loc[n-1][1]:]) {
		loc = loc[:n-1] // "bid for where appropriate and …": a condition cut short, no clause
	}
	if c := concessive.FindAllStringIndex(head, -1); len(c) > 0 && !strings.ContainsAny(head[c[len(c)-1][1]:], ",;:") {
		// "although the costs would be tabled in June, members thought
		// …": what a concession grants, not what anyone undertakes.
		return true
	}
	if len(loc) == 0 {
		return false
	}
	return !strings.ContainsAny(head[loc[len(loc)-1][1]:], ",;:")
}

// afterConcession is the main clause of a sentence that opens with a
// concession, where the concession is closed: by its comma ("Although
// late, the Clerk will …"), or, the comma left out, by a verb of its own
// followed by the main clause's subject ("Though the hut is locked the
// warden will …", subject "the warden"). "" when s opens with no
// concession, or the concession is still open where the modal comes
// ("Although the costs would be tabled in June, …": the modal is the
// concession's own).
func afterConcession(s string) string {
	m := leadConcession.FindStringIndex(s)
	if m == nil {
		return ""
	}
	rest := s[m[1]:]
	w := modalWord.FindStringIndex(rest)
	if w == nil {
		return ""
	}
	head := rest[:w[0]]
	if c := strings.LastIndex(head, ","); c >= 0 {
		// The comma that closes the concession is the last before the
		// modal, and only the main clause's subject comes after it
		// ("Though costs, fees and rents have risen, the Clerk will …");
		// a verb after the last comma means the comma was left out and
		// the commas are the concession's own ("Though costs, fees and
		// rents have risen the Clerk will …"): read on from there.
		if finiteVerb.FindStringIndex(head[c+1:]) == nil {
			return strings.TrimSpace(rest[c+1:])
		}
		head = head[c+1:]
	}
	v := finiteVerb.FindStringIndex(head)
	if v == nil {
		return ""
	}
	ws := strings.Fields(head[v[0]:]) // the verb first, as a fronted phrase's word
	if i := subjectStart(ws); i > 0 {
		return strings.Join(ws[i:], " ") + " " + rest[w[0]:]
	}
	return ""
}

// leadConcession is a concession opening a sentence.
var leadConcession = lazyre.New(`^(?i:(?:even\s+)?(?:though|although|whilst))\s+`)

// concessive opens a clause that grants something before the sentence
// goes on to say otherwise.
var concessive = lazyre.New(`(?i)\b(?:whilst|although|though)\b`)

var whereElided = lazyre.New(`(?i)^\s+(?:appropriate|possible|necessary|needed|required|practicable|feasible|applicable|relevant)\b`)

// conditioned: the modal's own clause, inside the sentence, opens with the
// case it applies in ("He reported that once installed, the unit would
// need to be registered", "… but if the bid fails, the scheme would be
// reduced"): what follows whenever that happens, as generalCondition is at
// a sentence's start, not an undertaking. What is then to come back to
// the meeting or its members ("once the sites are agreed, they would be
// shared with Members") is still promised them.
func conditioned(head, rest string) bool {
	m := innerCondition.FindStringSubmatch(head)
	return m != nil && !specificCondition.MatchString(m[1]) && !toMeeting.MatchString(rest) && !withMembers.MatchString(rest)
}

// withMembers is who a thing is shared with: "with Members", "with all
// councillors".
var withMembers = lazyre.New(`(?i)\bwith\s+(?:all\s+)?(?:the\s+)?(?:members|councillors)\b`)

// innerCondition is a condition clause after "that", "but" or "and",
// its comma before the modal.
var innerCondition = lazyre.New(`(?i)(?:\bthat|\bbut|,\s*and)\s+((?:once|when|whenever|if|where|wherever|in the event)\b[^,]{3,160}),`)

var questionWord = lazyre.New(`(?i)\b(how|whether|why|what|which|if|where)\b`)

// hadBeenAgreed retells an agreement made before: "Maggie noted it had
// been agreed to seek clarification".
var hadBeenAgreed = lazyre.New(`(?i)\bhad\s+been\s+agreed\b`)

// reportedHad is a speaker's telling that someone else had agreed or
// offered before: "He said that Councillor Pike had agreed to …", "She
// stated she was glad the Trust had offered to …". What a speaker
// reports of another's earlier word is the discussion, not an undertaking
// the meeting records.
var reportedHad = lazyre.New(`(?i)\b(?:stated|said|commented|reported|explained|advised|confirmed|mentioned|added|indicated|remarked)\b[^.;]{0,120}?\bhad\s+(?:\w+ly\s+)?$`)

// noticeGiven opens a notice in its statutory form.
var noticeGiven = lazyre.New(`(?i)^notice\s+is\s+(?:hereby\s+)?given\b`)

// anySubject is a subject that names whatever may come: "any proposal to
// allocate outside the criteria would be brought to the Forum" tells how
// such things are handled, not something undertaken. So one that names
// each of a kind ("each application would be considered on its merits",
// "Every ward's plan would be published"): how each is dealt with. (A
// second determiner after "each" starts the subject after a time set
// before it: "Each year an annual report will be provided".)
func anySubject(subject string) bool {
	m := quantSubject.FindStringSubmatch(subject)
	if m == nil {
		return false
	}
	if strings.EqualFold(m[1], "any") {
		return true
	}
	for _, w := range strings.Fields(subject)[1:] {
		if subjectDeterminer[strings.ToLower(w)] || articleWord[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var quantSubject = lazyre.New(`(?i)^(?:(?:that|but|and|so)\s+)?(any|each|every)\s`)

// articleWord opens a noun phrase, as subjectDeterminer does.
var articleWord = map[string]bool{"a": true, "an": true, "this": true, "these": true, "his": true, "her": true}

// agendaTime ends an agenda line with the time it is given.
var agendaTime = lazyre.New(`\(\d{1,3}\s*(?:minutes|mins?)\)\s*\.?$`)

// membersView is an unnamed member's view or suggestion, or a concern
// raised.
var membersView = lazyre.New(`^(?i:a|one|another|some|several|other)?\s*[Mm]embers?\s+(?:also\s+)?(?:highlighted|suggested|felt|hoped|wished|commented|considered|thought|believed|expressed|observed|stated|remarked)\b|^(?:Concerns?|Questions?|Comments?)\s+(?:was|were)\s+(?:also\s+)?(?:raised|expressed|made|voiced)\b`)

// eventNotice is an event said to be happening; papersNotice a meeting's
// papers said to be published or available ahead of it or at it.
var (
	eventNotice = lazyre.New(`(?i)\b(?:announced|reminded|advised|noted|informed|reported|said|stated|explained|added)\b[^.]{0,80}\bthat\b[^.]{0,160}\b(?:would|will)\s+(?:be\s+held|be\s+taking\s+place|take\s+place)\b|\b(?:announced|advised|informed|explained)\b[^.]{0,80}\bthat\b[^.]{0,160}\b(?:at|during|for)\s+(?:this|the)\s+meeting\.?$`)
	// formalNotice is a page's statutory notice ("This is a formal
	// notice under the … Regulations 2012 that …"); meetingNotice says how
	// meetings are held or recorded.
	formalNotice = lazyre.New(`(?i)\b(?:formal\s+)?notice\s+(?:is\s+(?:hereby\s+)?given\s+)?under\s+(?:the\s+)?[A-Z]|\bserves\s+as\s+(?:formal\s+)?notice\b`)
	// sittingNotice is a body's sitting announced: "A MEETING of the
	// PARISH COUNCIL will take place on …", "An Assembly of the Electors
	// will be held at the Church on …", and so a fete or an election
	// ("The Village Fete will be held on …"). When a meeting sits is
	// its notice, not anyone's undertaking.
	sittingNotice = lazyre.New(`(?i)^(?:(?:an?|the|this|next)\s+(?:[\w'’&-]+\s+){0,8}?(?:meeting|assembly|sitting|session|agm|f[eê]te|election|by[- ]?election|surgery|festival|fair|ceremony)\b(?:\s+(?:of|for|re|about|on)\s+(?:[\w'’&-]+\s+){0,8}?)?)\s*(?:will|shall)\s+(?:be\s+held|take\s+place|convene|sit)\b|^it\s+(?:will|shall)\s+be\s+held\s+(?:on|at)\b`)
	meetingNotice = lazyre.New(`(?i)\bmeetings?\b[^.]{0,60}\b(?:will|would|may|shall)\s+be\s+(?:held\s+(?:remotely|virtually|online|in public|in private|(?:\w+ly\s+)?(?:via|using|through)\b)|recorded|broadcast|filmed|webcast|streamed|live[- ]streamed)\b` +
		// "Sound recordings will be made of every meeting": "recorded" said
		// as a noun, the meetings coming after the verb.
		`|\brecordings?\b[^.]{0,30}\b(?:will|would|may|shall)\s+be\s+(?:made|taken|kept)\s+of\b[^.]{0,60}\bmeetings?\b` +
		// "A meeting ID and password will be emailed to all councillors":
		// how to join, told to those invited.
		`|\bmeeting\s+(?:ids?|links?|passwords?|passcodes?|codes?|details)\b[^.]{0,40}\b(?:will|would|shall)\s+be\s+(?:e-?mailed|sent|circulated|issued|provided|given)\b`)
	papersNotice = lazyre.New(`(?i)\b(?:agendas?|reports?|papers|cop(?:y|ies)|documents?|questions and replies|minutes|decisions)\b[^.]{0,80}\b(?:will|would|shall)\s+(?:normally\s+|usually\s+)?be\s+(?:published|available|made available)\b[^.]{0,60}(?:\b(?:before|at|prior to|in advance of|following|after)\s+(?:the|this|each)\s+(?:[\w-]+\s+){0,4}?meeting\b|\bas\s+(?:normal|usual)\b)` +
		// "[This report was unavailable at the time of agenda publication,
		// and will be circulated separately.]": a paper sent late.
		`|\b(?:reports?|papers?|appendix|appendices|documents?|item)\b[^.]{0,60}\b(?:was|were|is|are)\s+(?:not\s+(?:yet\s+)?available|unavailable)\b[^.]{0,80}\b(?:will|would|to)\s+(?:be\s+)?(?:circulated|published|issued|tabled|follow)\b` +
		// "Notes are put online as soon as they are ready", "We will post
		// the draft notes as soon as we can": a page's papers put up
		// whenever they come, as a habit — the "as soon as" clause with a
		// subject of its own waits on the papers' readiness, not on anyone's
		// deed ("as soon as possible" is an undertaking's haste, and stays).
		`|\b(?:agendas?|papers|minutes|notes)\b[^.]{0,40}\b(?:will|would|shall|are|is)\s+(?:normally\s+|usually\s+)?(?:be\s+)?(?:published|uploaded|posted|added|placed|put)\b[^.]{0,60}\bas\s+soon\s+as\s+(?:they|we|it|these|those)\b` +
		`|\bwe\s+(?:will|shall|would)\s+(?:normally\s+|usually\s+)?(?:publish|upload|post|add|place|put)\s+(?:the\s+|our\s+)?(?:draft\s+)?(?:agendas?|papers|minutes|notes)\b[^.]{0,60}\bas\s+soon\s+as\s+(?:they|we|it|these|those)\b`)
)

// decisionTaken is how or when the paper's decision is to be made: "This
// decision will be taken under urgency procedures", "The decision will be
// made by the Cabinet Member". A notice of the decision, not an
// undertaking.
var decisionTaken = lazyre.New(`(?i)^(?:this|the)\s+(?:key\s+)?decision\s+(?:will|would|is to|shall)\s+be\s+(?:taken|made|considered|determined)\b`)

// presentsItem is who will take the meeting through an item: "Councillor
// Morgan, Chair of the Forum, will present this item." The agenda's
// order of business, not an undertaking.
var presentsItem = lazyre.New(`(?i)\b(?:will|would|is to)\s+(?:present|introduce|lead on|speak to)\s+(?:this|the)\s+item\b|\b(?:will|would|is to)\s+(?:present|introduce|speak to)\s+this\s+(?:report|paper)\b`)

// agendaAdded is a paper the meeting's agenda will carry: "A supplement
// listing the questions will be added to the agenda", "The response will
// be published as a supplement to the agenda". A standing practice told.
var agendaAdded = lazyre.New(`(?i)\b(?:will|would|shall)\s+be\s+(?:added|published|circulated|included)\s+(?:as\s+a\s+supplement\s+)?(?:to|in|with)\s+the\s+agenda\b`)

// procedural is the meeting arranging its own business, which promises
// nothing beyond the meeting.
var procedural = lazyre.New(`(?i)\b(vary|varied|change|changed)\s+the\s+order\s+of\s+(business|the agenda|items)|\border of business\b|\b(adjourn|adjourned)\s+the\s+meeting|\bsuspend(ed)?\s+standing\s+orders|\border\s+of\s+(?:the\s+)?matters\b|\bitems?\s+of\s+urgent\s+business\b|\bextend(ed)?\s+the\s+meeting\b|\bmeeting(?:\s+of\s+the\s+[\w&'’ -]{1,60}?)?\s+(?:will|would|is to|shall)\s+be\s+held\b|\b(?:will|would|is to|are to)\s+(?:next\s+)?meet\s+(?:on|in|at|for)\b|\bdeclare\s+(?:any|all|an)\s+(?:[\w/-]+\s+){0,5}?interests?\b|\b(?:extend|receive|give|tender|record|note)s?\s+(?:any\s+)?apologies\b|\binterests?\s+to\s+declare\b|\binterests?\s+relates?\s+to\b|\bcall[- ]?in\s+period\b|\bquestion time\b|\bquestions will be taken\b|\bmotions?\s+will\s+be\s+(?:taken|moved|debated|considered)\b|\bconsider\s+the\s+following\s+motions?\b|\b(?:last|first|next) item of business\b|\bof\s+any\s+apologies\b|\b(?:taking|take)\s+(?:the\s+)?(?:\w+\s+){0,3}items?\s+(?:\d+\s+)?(?:first|next|together)\b`)

// notedWillDo is a meeting noting what someone named would do: "The
// committee noted that the officers would correct the dates", "It was
// noted that the Scrutiny Officer would contact the members".
var notedWillDo = lazyre.New(`(?i)^(?:the\s+(?:board|committee|panel|sub-committee)|members|councillors|it\s+was)\s+(?:also\s+)?noted\s+that\s+((?:the\s+)?[\w&'’ -]{2,60}?)\s+(?:would|will)\s+` + adverbs + `(?:` + sureVerbs + `|correct|amend|revise)\b`)

// thatWhoWould is who an agreed "that" clause sets to act: "that the
// Democratic Advisor would contact officers". Two named, each with its
// article or title, act together: "that Cllr Ames and the Clerk would
// meet".
var thatWhoWould = lazyre.New(`(?:\bthat|^(?i:it\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided)))\s+((?:the\s+)?(?:[A-Z][\w'’&-]*(?:\s+(?:of|for|and(?:\s+the)?|&|[A-Z][\w'’&-]*)){0,6}|` + onePost + `))\s+(?:would|will|should)\s+[a-z]`)

// askedThatDo is a request that names who is to act, in the subjunctive:
// "They asked that officers make the information public", "… requested
// that the Chamberlain provide a breakdown".
const askedThatDoPat = `\b(?:requested|asked)\s+that\s+((?:the\s+)?(?:[Oo]fficers|[Mm]anagers|[Ss]taff|[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}(?:\s+(?:team|service|department|directorate|unit))?))\s+(?:make|prepare|look|` + doVerbs + `)\b`

var askedThatDo = lazyre.New(askedThatDoPat)

// oneAsker opens a sentence with one person, not the meeting, asking: "A
// resident asked for an update …", "An MOP requested …", "A member of the
// public asked …" — a question put, which the meeting did not ask of
// anyone.
// ("A further report was requested" is the meeting's request, passive.)
var oneAsker = lazyre.New(`^(?:A|An|One)\s+(?:[\w-]+\s+){0,4}?(?:asked|requested|queried)\b`)

// askedToWeigh is a request that a thing be thought about, no more ("A
// member asked that a bench be considered for the green"): it puts the
// matter to a later meeting and gives no one a deed. The weighing passive
// must be the first verb after "that" (the words before it a noun phrase
// with no verb, modal or joint: "that the Clerk obtain quotes so they can
// be considered" asks for quotes), and no second deed may follow it ("be
// discussed with the county and sent to residents").
var askedToWeigh = lazyre.New(`\b(?:requested|asked)\s+that\s+((?:[\w'’-]+\s+){1,14}?)be\s+(?:\w+ly\s+)?(?:considered|reconsidered|discussed|debated|looked\s+at)\b([^.;]*)\.?$`)

// weighNoun is a word that cannot stand in the noun phrase before the
// weighing passive: another "be", a modal, or a word that joins a clause
// (after which a verb of its own comes first).
var weighNoun = lazyre.New(`(?i)\b(?:be|is|are|was|were|can|could|will|would|may|might|should|must|shall|so|that|and|then|to|which|who|if|when)\b`)

// secondDeed is a deed joined on after the weighing: "… and sent to",
// "… and then reported back".
var secondDeed = lazyre.New(`\b(?:and|then)\s+(?:then\s+)?(?:be\s+)?(?:\w+ly\s+)?(?:[a-z]+ed|sent|brought|written|drawn|put|made|done|taken|given)\b`)

// weighsOnly is s asking only that a thing be weighed (see askedToWeigh).
func weighsOnly(s string) bool {
	m := askedToWeigh.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	// "asked that now the hall is open that a bench be considered": an
	// aside before a second "that"; the noun phrase is after the last.
	np := " " + m[1]
	if k := strings.LastIndex(np, " that "); k >= 0 {
		np = np[k+len(" that "):]
	}
	return !weighNoun.MatchString(np) && !secondDeed.MatchString(m[2])
}

func oneAsks(s string) bool {
	m := oneAsker.FindString(s)
	return m != "" && !strings.Contains(m, " was ") && !strings.Contains(m, " were ") && !memberAsks(s)
}

// memberAsker is one member, unnamed, of the body that meets asking that
// something be done: "A member of the Trust asked that the map be
// reissued", "One councillor requested that …". The request is the
// meeting's business, as a named member's is (a member of the public's
// question is not); the body named after "of" is not who asks, and not
// who acts.
var memberAsker = lazyre.New(`^(?:A|One|Another)\s+(?:[Mm]ember|[Cc]ouncill?or)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)?\s+(?:also\s+)?(?:asked|requested)\s+that\s`)

// memberAsks: s opens with one member of the body that meets asking
// (memberAsker), not one of the public, the press or an audience ("A
// Member of the Public asked that …"), whose request decides nothing,
// however the page capitalises them.
func memberAsks(s string) bool {
	return memberAsker.MatchString(s) && !outsideAsker.MatchString(s)
}

// outsideAsker is a member of those who attend without a seat.
var outsideAsker = lazyre.New(`(?i)^(?:a|one|another)\s+member\s+of\s+(?:the\s+)?(?:public|press|audience|gallery)\b`)

// pastPerfect is an earlier request retold ("the group had requested
// that"), or one not made ("the member had not requested that").
var pastPerfect = lazyre.New(`(?i)\bhad\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?(?:requested|asked|agreed|recommended)\b`)

// selfRequest is a member asking for a place for themself, which the
// meeting may grant but no one undertakes: "Councillor Kemp requested
// that he be part of the working groups".
var selfRequest = lazyre.New(`(?i)\b(?:requested|asked)\s+(?:that\s+)?(?:he|she|they)\s+(?:be|is|are)\s+(?:part\s+of|a\s+member\s+of|included|added|involved|considered|co-opted)\b`)

// requested: a meeting's request that something be done, or for something
// to be sent. Who is asked may be one named just before, by a pronoun in
// the subjunctive ("… was due to report in May. It was requested that she
// bring it sooner"); a participle may be irregular ("that a line be put in
// the plan").
var requested = lazyre.New(`(?i)(?-i:` + askedThatDoPat + `)|\b(?:requested|asked)\s+that\s+(?:he|she|they)\s+(?:make|prepare|look|` + doVerbs + `)\b|\b(?:requested|asked|agreed)\s+that\s+[^.;]{3,200}?\b(?:be|should|would|is|are)\s+(?:\w+ly\s+)?(?:[\w-]+ed|sent|given|made|brought|taken|kept|shown|written|undertaken|circulated|provided|shared|put|set|done|drawn|sought|found|held)\b|\b(?:requested|asked\s+for|requested\s+sight\s+of)\s+(?:a|an|the|further|more|some|sight of|written|regular)\s+(?:\w+\s+){0,3}?(?:note|report|update|briefing|information|details|breakdown|figures|list|data|paper|response|answer|summary|map|plan|timetable|analysis|review)s?\b|\b(?:a|an)\s+(?:further\s+|full\s+|written\s+|more\s+detailed\s+)?(?:report|update|briefing|note|paper)\s+(?:was|were)\s+(?:also\s+)?requested\b`)

// bodyCommitted ends the words before "committed to" when a body is it.
var bodyCommitted = lazyre.New(`(?i)\b(?:are|is|remains?)(?:\s+(?:fully|firmly|jointly))?\s*$`)

var (
	// reportedWill: someone reported as saying they (or "it") would act.
	reportedWill = lazyre.New(`^(?:In response,?\s+|([A-Z][^,.]{0,60}),\s+)?((?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|[–—]|[A-Z][\w&'’.-]*)){0,6})(?:,\s+(?:the\s+)?` + appositivePost + `[^.]{0,150}?)?,?\s+(?:(?:also\s+)?(?:said|advised|indicated|confirmed|stated|explained|agreed|undertook|offered|replied|responded|noted|added|assured|informed|told)\s+(?:[^.]{0,120}?\s+)?(?:that\s+)?(?:he|she|they|it)\s+would|(?:also\s+)?would)\s+` + adverbs + `(?i:` + doVerbs + `|raise|forward|obtain|find out|pass on|take up|take back|enquire|inquire|look at)\b`)
	// appositivePost opens a post named after a person, between commas,
	// that may hold commas of its own: "Councillor Judith Cooper,
	// Chairman of the Social Services, Health and Housing Committee,
	// advised that she would …".
	appositivePost = `(?:Chair|Vice|Deputy|Head|Director|Leader|Cabinet|Portfolio|Executive|Assistant|Clerk|Manager|Officer|Lead|Mayor)`
	// relativeWill: an agent followed by ", who will …".
	relativeWill = lazyre.New(`\b(?:[Tt]he\s+)?([A-Z][\w&'’-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’-]*)){0,6}),?\s+who\s+(?i:will|would|shall)\s+` + adverbs + `(?i:` + doVerbs + `|obtain|find out|seek|get back|come back)\b`)
	// expectsTo: a plan to do something for a meeting.
	expectsTo = lazyre.New(`(?i)\b(?:was|were|is|are)\s+(?:expecting|expected|intending|planning|due|scheduled)\s+to\s+(?:present|bring|report|submit|provide|circulate|share|deliver|publish)\b`)
	// meantFor: the intention said impersonally, or an arrangement in the
	// present passive, for a meeting: "It was the intention to submit a
	// report to the April meeting", "The report is to be submitted to the
	// Panel".
	// toNamedBody is a named meeting or body something goes to: "to the
	// Overview and Scrutiny Panel (Planning and Finance)".
	toNamedBody = lazyre.New(`(?i)\b(?:to|at|before)\s+(?:the\s+|its\s+)?(?:[\w&-]+\s+){0,5}?(?:meeting|committee|board|cabinet|panel|council|group|forum|executive)\b`)
	meantFor    = lazyre.New(`(?i)\b(?:it\s+(?:was|is)\s+the\s+intention|the\s+intention\s+(?:was|is))\s+to\s+(?:present|bring|report|submit|provide|circulate|share|publish)\b|\b(?:is|are)\s+to\s+be\s+(?:submitted|presented|brought|reported|circulated|provided|considered|referred)\b`)
	// passAny is a passive future with any participle; toMeeting the
	// meeting, body or time it is promised to.
	passAny   = lazyre.New(`(?i)\b(would|will|shall)\s+` + adverbs + `be\s+` + adverbs + `([\w-]+ed|[\w-]+en|made|done|sent|brought|held|set|put)\b`)
	toMeeting = lazyre.New(`(?i)\b(?:to|at|by|before|for|in)\s+(?:the\s+|a\s+|its\s+)?(?:next|future|following|forthcoming|subsequent|further|later|march|june|september|december|january|april|july|october)?\s*(?:meeting|committee|board|cabinet|panel|council|members|sub[- ]committee|in due course)\b|\bin due course\b`)
	// stateBefore ends the words before "committed to" when it names a
	// standing state, not an act.
	stateBefore = lazyre.New(`(?i)\b(stand|stands|are|is|am|remain|remains|be|being|fully|totally|wholly|very|deeply|still|always)\s*$`)
	// pastState ends the words before "committed to" when the state is
	// told in the past ("advised that the Council was committed to
	// supporting …"): reported, not a promise made; only a present stance
	// can be a body's own (bodyCommitted).
	pastState = lazyre.New(`(?i)\b(?:was|were|remained)(?:\s+(?:fully|firmly|still|also|always|very|deeply))?\s*$`)
	// personCommitted ends the words before "was committed" with a
	// person or a post who acts, not a body: "she", "Cllr Lee", "the
	// Clerk".
	personCommitted = lazyre.New(`(?i)\b(?:he|she|i|we|(?:cllr\.?|councill?or)\s+\w+|the\s+(?:clerk|chair(?:man|person|woman)?|mayor|treasurer))\s+(?:was|were)\b[^,;]*$`)
	// reportedDone: what is done to keep a meeting informed.
	reportedDone = lazyre.New(`(?i)^(circulated|provided|shared|sent|reported(?: back)?|presented|brought(?: back)?|submitted|updated|forwarded|fed back|e-?mailed|made available|tabled|issued|distributed)$`)
	// askedTo: the speaker has handed the work on ("I have asked officers
	// to …", "I will ask the Director to …").
	askedTo = lazyre.New(`(?i)(?:\b(?:I|we)(?:\s+have|'ve|’ve|\s+will|\s+shall|\s+would)\s+(?:now\s+|already\s+|also\s+)?(?:asked|instructed|requested|tasked|commissioned|ask|instruct|request|task)|^(?:the\s+)?(?:committee|board|cabinet|council|panel|sub-committee|members|chair(?:man)?)\s+(?:also\s+|further\s+)?(?:asked|instructed|requested|tasked)|,?\s+and\s+(?:also\s+)?(?:asked|instructed|requested|tasked)|\bthat\s+(?:he|she|they)\s+had\s+(?:already\s+|also\s+)?(?:asked|instructed|requested|tasked|commissioned))\s+((?:our\s+|the\s+|my\s+)?[\w'’&\- ]{2,60}?)\s+to\s+[a-z]`)
	// tellsOwnAsk is a teller who speaks for the council's work: the
	// chair, clerk, leader, a cabinet member, an officer or director.
	// Another's "that she had asked …" is a complaint, no one's work.
	tellsOwnAsk = lazyre.New(`(?i)^(?:the\s+)?(?:(?:vice[- ]|deputy\s+)?chair(?:man|woman|person)?|(?:parish\s+|town\s+|deputy\s+|assistant\s+)?clerk|(?:deputy\s+)?leader|cabinet\s+member|(?:[\w-]+\s+){0,3}(?:officer|director))\b`)
	// fellThrough is an arrangement told as one that came to nothing or
	// is long past: a "but" clause after it, or a past date.
	fellThrough = lazyre.New(`(?i)\bbut\b|\blast\s+(?:year|month|week|summer|winter|spring|autumn|time)\b|\b(?:years?|months?)\s+ago\b|` + pastYear.String())
	// selfSubject: "we", "I", "KCC" speaking of what it will do.
	selfSubject = lazyre.New(`(?i)^(?:we|i|the council|the county council|our [\w ]{2,40})$`)
	habitual    = lazyre.New(`(?i)^(?:normally|usually|typically|generally|routinely|often|in most cases|as a rule)\b`)
	// generalCondition opens a sentence with the case it applies in.
	generalCondition = lazyre.New(`(?i)^(?:however,?\s+|but\s+)?(?:where|when|whenever|wherever|should|in the event|if|in cases where|once)\b[^,]{3,160},|^(?i:should)\s+(?:an?|any|the)\s+[\w -]{2,40}?\s+(?:occur|arise|happen|take place)\b`)
	// specificCondition is a condition on this paper's own decision, which
	// makes what follows an undertaking: "If the decision goes ahead, …".
	specificCondition = lazyre.New(`(?i)^(?:if|once|should)\s+(?:the|this)\s+(?:decision|proposal|recommendation|plan|report)\b`)
	// provided: a service or offer said to be there ("will be available").
	provided = lazyre.New(`(?i)\b(?:will|shall)\s+(?:still\s+|also\s+|continue to\s+)*be\s+(?:available|in place|accessible|offered|open)\b`)
	// launches: a dated start ("will go live on 1st April").
	launches = lazyre.New(`(?i)\b(?:will|shall)\s+(?:go live|launch|start|begin|commence|open)\b.*\b(?:on|in|from|by)\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter)`)
)

// wholeSubject is the sentence's subject when all of it names who acts
// ("The Council and the ICB are committed to …": both), else the noun
// phrase right before position i.
func wholeSubject(s string, i int) string {
	head := strings.TrimSpace(s[:i])
	head = strings.TrimSpace(bodyCommitted.ReplaceAllString(head, ""))
	head = trailingAdverbs.ReplaceAllString(head, "") // "Swale Borough Council also committed to …"
	fronted := frontedSubject(head)
	if m := listedName.FindString(fronted); m != "" {
		return agent(m) // "In future the Harbour, Ferry and Port Board will …": one name
	}
	if fronted != "" {
		head = fronted // "Between October and March the Parks Team will …"
	}
	if t := " " + head; fronted != "" && (strings.HasSuffix(t, " she") || strings.HasSuffix(t, " he") || strings.HasSuffix(t, " they")) {
		if m := tellsThat.FindStringIndex(t); m != nil && tellerPronoun.MatchString(t[m[1]:]) {
			// "After questions from members the Clerk advised that she
			// would …" (the fronted phrase's comma left out): the
			// subject found ends in the teller's "that she"; the teller
			// acts.
			return oneTeller(t[:m[0]])
		}
	}
	if titledPair.MatchString(head) {
		return titledEach(head) // "Cllrs Hale and Reed will …": one title for both
	}
	if a, b, ok := strings.Cut(head, " and "); ok && nameLike(head) && agent(a) != "" && agent(b) != "" && !remitGoesOn(a, b) {
		return agent(a) + "; " + strings.TrimPrefix(agent(b), "the ")
	}
	if fronted != "" {
		return agent(fronted)
	}
	return agent(trailingAdverbs.ReplaceAllString(subjectBefore(s, i), ""))
}

// titledPair is councillors named under one title in the plural:
// "Cllrs Hale and Reed", "Councillors Hale, Reed and Moss".
var titledPair = lazyre.New(`^(?:[Cc]llrs|[Cc]ouncill?ors)\.?\s+[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*\s+(?:and|&)\s+[A-Z][\w'’-]+$`)

// titledEach names each councillor of a titledPair under the title in
// the singular, as "Cllr Hale and Cllr Reed" name them: two named are two
// owners ("Cllrs Hale and Reed" gives "Cllr Hale; Cllr Reed").
func titledEach(pair string) string {
	title, names, _ := strings.Cut(pair, " ")
	title = strings.TrimSuffix(strings.TrimSuffix(title, "."), "s")
	var each []string
	for _, n := range strings.FieldsFunc(names, func(r rune) bool { return r == ',' || r == '&' }) {
		for _, m := range strings.Split(n, " and ") {
			if m = strings.TrimSpace(m); m != "" {
				each = append(each, title+" "+m)
			}
		}
	}
	return strings.Join(each, "; ")
}

// tellerPronoun is the pronoun alone after a teller's "that".
var tellerPronoun = lazyre.New(`^(?:he|she|they)$`)

// remitGoesOn: the words after "and" go on with the remit of the post
// before it ("the Head of Parks and Open Spaces" is one post), having no
// article of their own and ending in no post ("the Head of Parks and the
// Clerk", "the Director of Housing and Chief Executive" are two).
// A person's title after "and" starts another person too: "the Chair of
// the Board and Councillor Hale" are two ("Dr", "Mr", "Cllr" name no
// remit).
func remitGoesOn(a, b string) bool {
	ws := strings.Fields(b)
	return postRemit.MatchString(a) && len(ws) > 0 && !determiner[strings.ToLower(ws[0])] && !personTitle.MatchString(ws[0]) && !listedPost.MatchString(ws[len(ws)-1])
}

// oneGroup: two kinds of people joined as one subject, each a plain
// plural ("members and officers", "staff and partners"): those named
// act together, no one named among them.
func oneGroup(a, b string) bool {
	plainPlural := func(s string) bool {
		ws := strings.Fields(s)
		if len(ws) == 2 && (strings.EqualFold(ws[0], "the") || strings.EqualFold(ws[0], "all")) {
			ws = ws[1:]
		}
		return len(ws) == 1 && (strings.HasSuffix(strings.ToLower(ws[0]), "s") || strings.EqualFold(ws[0], "staff")) && peopleWord.MatchString(ws[0])
	}
	return plainPlural(a) && plainPlural(b)
}

// personTitle is the title a person is named with: "Councillor",
// "Cllr", "Mr", "Dr".
var personTitle = lazyre.New(`^(?:[Cc]ouncill?ors?|[Cc]llrs?\.?|Mrs?\.?|Ms\.?|Miss|Dr\.?|Sir|Dame|Professor|Prof\.?|Revd?\.?)$`)

// postRemit is a post named with its remit: "Head of Parks", "Director for
// Housing".
var postRemit = lazyre.New(`\b(?:of|for)\s+(?:the\s+)?[A-Z]`)

// subjectBefore is the noun phrase right before position i.
func subjectBefore(s string, i int) string {
	head := strings.TrimSpace(s[:i])
	if strings.HasSuffix(head, " and") {
		// "The Council will take the lead and will engage …": the second
		// verb shares the subject of the first.
		if m := modalWord.FindStringIndex(head); m != nil && m[0] > 0 {
			return subjectBefore(head, m[0])
		}
		// "Cllr Reed has had no reply and will write again": the first
		// verb has no modal, but the subject that opens the sentence is
		// the second verb's too (unless a clause reported after "that"
		// brings a subject of its own). "Would" after a present tells a
		// stance ("The Council has no objection and would support it"),
		// as joinedUndertaking reads it.
		if m := leadSubject.FindStringSubmatch(head); m != nil && !strings.Contains(head, " that ") && !clauseWithin.MatchString(head[len(m[0]):]) &&
			(!strings.EqualFold(firstWord(s[i:]), "would") || pastAux[strings.ToLower(firstWord(head[len(m[1]):]))]) {
			return m[1]
		}
	}
	if m := listedName.FindString(head); m != "" {
		// "the Police, Fire and Crime Commission will …": a name that
		// lists, read whole, not cut at its comma.
		return m
	}
	// "Cllr Fox – with the Clerk – will …": a pair of dashes encloses an
	// aside; the subject is before it, and the cut at a dash below is
	// for a run-in title's single dash.
	head = strings.TrimSpace(dashAside.ReplaceAllString(head, ""))
	// "Officers, along with the clubs, will …": the company they keep
	// is an aside; the subject is before it. A post or person in
	// company ("The Clerk, together with the Chair, will …") acts too.
	// (The subject before the company is read on as any is, below: "The
	// Leader said the Council, together with the Mayor, will …".)
	company := ""
	if m := companyAside.FindStringSubmatchIndex(head); m != nil {
		if companyActs(head[m[2]:m[3]]) {
			company = strings.TrimSpace(head[m[2]:m[3]])
		}
		head = strings.TrimSpace(head[:m[0]])
	}
	// "The Leader said the Council would …": the subject is the one
	// reported, after the reporting verb.
	for _, sep := range []string{" that ", ", ", " – ", " — ", " and ", " but ", " so ", " said ", " advised ", " confirmed ", " explained ", " reported ", " stated ", " indicated "} {
		if k := strings.LastIndex(head, sep); k >= 0 && !(sep == " and " && (remitGoesOn(head[:k], head[k+len(sep):]) || oneGroup(head[:k], head[k+len(sep):]))) {
			head = head[k+len(sep):]
		}
	}
	// "Over the next three years the Council will …": the time comes
	// before the subject.
	if f := frontedSubject(head); f != "" {
		head = f
	}
	if company != "" {
		return head + " and " + company
	}
	return head
}

// clauseWithin is a clause that brings a subject of its own between the
// sentence's subject and "and": one reported without "that" ("was told
// the contractor is unwell and will …") or a relative clause ("spoke to
// the contractor who is busy and will …"); the second verb may be its
// subject's.
var clauseWithin = lazyre.New(`(?i)\b(?:told|said|heard|informed|advised|understood|learn[te]d?)(?:\s+[\w'’-]+){1,5}?\s+(?:is|are|was|were|has|had|have|will|would|can|could)\b|\b(?:who|which|whom|whose)\b`)

// companyAside is a second party the subject acts with, last before the
// verb: ", together with the Treasurer,", " along with the clubs".
var companyAside = lazyre.New(`(?i),?\s+(?:together|along)\s+with\s+([^,;:.–—]+),?$`)

// dashAside is an aside between spaced dashes, the second ending the
// words before the verb.
var dashAside = lazyre.New(`\s+[–—]\s+[^–—]+?\s+[–—]$`)

// listedName is a name in title case whose words are listed with commas:
// "Police, Fire and Crime Commission".
var listedName = lazyre.New(`\b(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+,?\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+$`)

// wasAskedTo is someone named who was asked (told, directed, authorised)
// to act.
var wasAskedTo = lazyre.New(`^(?:The\s+)?([A-Z][\w'’&\- ]{1,60}?)\s+(?:was|were)\s+(?:also\s+)?(?:asked|requested|instructed|tasked|directed|authori[sz]ed)\s+to\s*[a-z]`)

// frontedSubject is the subject of head after a phrase of time or place,
// or a clause, set before it with no comma or with one: "Over the next
// two years the safety partnership", "In its first year our
// partnership", "After reading the survey the task group", "During 2026
// Age UK", "Over the next year we". The subject starts at the first
// "the", "our", "its" or "their", or name in capitals after a word in
// lower case, from which no other of those words comes but after a word
// that joins a name ("the Clerk to the Board", "the head of the finance
// team"). "" when head opens with no such phrase or no subject stands
// after it.
func frontedSubject(head string) string {
	ws := strings.Fields(head)
	if len(ws) > 0 && strings.EqualFold(strings.TrimRight(ws[0], ","), "so") {
		ws = ws[1:] // "So, over the next year we …"
	}
	if len(ws) > 0 && !frontWord[strings.ToLower(ws[0])] {
		// "Our Priorities 2024 - 2027 In its first year the partnership":
		// a title the copy ran into the sentence, before the phrase
		// (which a capital shows starts there).
		for i := 1; i < len(ws); i++ {
			if r, _ := utf8.DecodeRuneInString(ws[i]); unicode.IsUpper(r) && frontWord[strings.ToLower(ws[i])] {
				ws = ws[i:]
				break
			}
		}
	}
	if len(ws) < 2 || !frontWord[strings.ToLower(ws[0])] {
		return ""
	}
	if len(ws) > 2 && strings.EqualFold(ws[len(ws)-1], "we") {
		return ws[len(ws)-1]
	}
	if i := subjectStart(ws); i > 0 {
		return strings.Join(ws[i:], " ")
	}
	return ""
}

// subjectStart is where a subject starts in ws, the words of a phrase
// set before it and of the subject (ws[0] is the phrase's own first word):
// at the first "the", "our", "its" or "their", or name in capitals after a
// word in lower case, from which no other of those words comes but after
// a word that joins a name. 0 when there is none.
func subjectStart(ws []string) int {
	for i := 1; i < len(ws); i++ {
		r, _ := utf8.DecodeRuneInString(ws[i])
		prev, _ := utf8.DecodeRuneInString(ws[i-1])
		if !subjectDeterminer[strings.ToLower(ws[i])] && !(i > 1 && unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev))) {
			continue
		}
		ok := true
		for k := i + 1; k < len(ws) && ok; k++ {
			ok = !subjectDeterminer[strings.ToLower(ws[k])] || theJoiner[strings.ToLower(ws[k-1])]
		}
		if ok {
			return i
		}
	}
	return 0
}

// subjectDeterminer opens a subject set after a fronted phrase.
var subjectDeterminer = map[string]bool{"the": true, "our": true, "its": true, "their": true}

// frontWord opens a phrase of time or place, or a clause, set before a
// sentence's subject: the words of timeWord and "after", "following",
// "having", "once", "between" ("Having read the survey the panel …").
var frontWord = func() map[string]bool {
	m := map[string]bool{"following": true, "having": true, "once": true, "between": true}
	for w := range timeWord {
		m[w] = true
	}
	return m
}()

// namedBody is a name in a subject: an acronym ("KCC", "NHS") or two
// words in title case ("Community Development Workers").
var namedBody = lazyre.New(`\b[A-Z]{2,}\b|\b[A-Z][a-z]+\s+(?:(?:of|for|and|&)\s+)?[A-Z][a-z]+\b`)

var agentWords = lazyre.New(`(?i)\b(officers?|director|chair(man|person)?|clerk|manager|head|lead|team|leader|mayor|deputy|auditors?|council|board|committee|partnership|service|services|department|group|[a-z]{0,3}cllrs?|councill?or|dr|mr|mrs|ms|executive|secretary|commissioner|coordinator|co-ordinator|nhs|icb|ccg|trust|authority|healthwatch|police)\b`)

// agent keeps a subject that names who acts ("The Director of Public
// Health"), not one that names a thing ("The issue of funding").
func agent(subject string) string {
	subject = strings.TrimSpace(strings.Trim(subject, ",;"))
	// "…, and the Clerk would then write": the clause's subject comes
	// after the word that joins it to the one before; no name opens
	// with a conjunction.
	subject = leadingConjunction.ReplaceAllString(subject, "")
	if onlyGivenName(subject) {
		return subject // "Katherine will send …"
	}
	if subject == "" || len(strings.Fields(subject)) > 10 || !agentWords.MatchString(subject) && !namedBody.MatchString(subject) {
		return ""
	}
	if finiteVerb.MatchString(subject) || pointVerb.MatchString(subject) || attendees.MatchString(subject) {
		return "" // "Lobby Government to bring in higher fines": a point's verb, no one named
	}
	if m := thingOf.FindStringSubmatch(subject); m != nil && !agentWords.MatchString(m[1]) && !peopleWord.MatchString(m[1]) {
		return "" // "the expertise of the new team": a thing of theirs, which acts for no one
	}
	return subject
}

// leadingConjunction is a word that joins a clause to the one before it,
// at the start of what was read as the clause's subject.
var leadingConjunction = lazyre.New(`^(?:and|but|or|nor|yet)\s+`)

// thingOf is a subject headed by a thing that belongs to whoever follows.
var thingOf = lazyre.New(`^(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+([a-z]+)\s+of\b`)

// attendees are those at the meeting, whom a page's notice addresses
// ("Councillors and Officers attending the meeting will be signing in").
var attendees = lazyre.New(`(?i)\battending the meeting\b|\b(?:those|members|people) present\b|\bin attendance\b`)

// pointVerb is a point that starts with its verb, which reads like a
// name in title case: "Lobby Government", "Press Ministers".
var pointVerb = lazyre.New(`^(?:Lobby|Press|Campaign|Continue|Ensure|Explore|Seek|Work|Write|Develop|Deliver|Promote|Engage|Support|Encourage|Consider|Review|Monitor|Urge|Call on|Ask|Invite)\s`)

// nameLike: a subject that only names who acts — words in capitals or
// title case, joining words, and the plain nouns for people and bodies
// ("the Director of Public Health", "Officers", "ELR CCG") — with no verb
// or other words of a clause ("This preference recognised the ability of
// the Council").
func nameLike(subject string) bool {
	words := strings.Fields(subject)
	if len(words) == 0 || len(words) > 12 || strings.EqualFold(words[0], "that") {
		return false // ("That the Chair work with officers": a clause, its verb in the subjunctive)
	}
	// "the ICB dental commissioning lead": a role named by its head noun,
	// with plain words before it but no verb among them.
	if last := strings.Trim(words[len(words)-1], ",()"); peopleWord.MatchString(last) || agentWords.MatchString(last) {
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && (strings.HasSuffix(w, "ed") || finiteVerb.MatchString(w)) {
				return false
			}
		}
		return true
	}
	for _, w := range words {
		w = strings.Trim(w, ",()")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || unicode.IsUpper(r) || unicode.IsDigit(r) || joinWord.MatchString(w) || peopleWord.MatchString(w) {
			continue
		}
		return false
	}
	return true
}

var peopleWord = lazyre.New(`(?i)^(the|all|relevant|officers?|members?|councillors?|partners?|staff|colleagues|teams?|clerk|chair|leads?|representatives?|commissioners?)$`)

var byPat = lazyre.New(`^\s*(?:\w+\s+){0,3}?by\s+((?:the\s+)?[A-Z][\w&'’\- ]{1,60}?)(?:\s+(?:by|before|at|in|to|on|within|after|for)\b|[,.;]|$)`)

// byAgent finds "… would be circulated by the Clerk …".
func byAgent(rest string) string {
	if m := byPat.FindStringSubmatch(rest); m != nil {
		return agent(m[1])
	}
	return ""
}

// dueMonth is a month, in full or cut short; "April/May" (either month,
// by the later) is one too.
const dueMonth = oneMonth + `(?:\s*/\s*` + oneMonth + `)?`

// oneMonth is a month's name, in full or cut short.
const oneMonth = `(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var duePat = lazyre.New(`(?i)\b(?:by|before|no later than|in|at|for|within|to|on)\s+((?:the\s+)?(?:end of\s+|beginning of\s+|start of\s+|late\s+(?:in\s+)?|early\s+(?:in\s+)?|mid-?\s*)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?` + dueMonth + `(?:\s+\d{4}|\s*['‘’]\d{2})?|(?:spring|summer|autumn|winter)(?:\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|q[1-4](?:\s+\d{4}(?:/\d{2})?)?|quarter\s+[1-4]\s+of\s+(?:the\s+)?\d{4}(?:/\d{2})?|(?:first|second|third|fourth|final|last)\s+quarter\s+of\s+(?:the\s+)?\d{4}(?:/\d{2})?|(?:first|second)\s+half\s+of\s+(?:the\s+)?\d{4}|` + nextMeetingDue + `|(?:the\s+|this\s+)?(?:calendar\s+|financial\s+|municipal\s+)?year\b|\d{4}(?:/\d{2})?))\b`)

// nextMeetingDue is the next meeting, perhaps of a body named in capitals,
// and the month it is in where that is said: "the next meeting of the
// Parks Board in June" is due in June. (The body's name stops at a word
// in lower case, so "in" is not taken for a word of it.) The body may
// come before "meeting": "the next Parks Board meeting".
const nextMeetingDue = `(?:the\s+)?next(?:\s+(?-i:[A-Z][\w&]*)){0,3} meeting(?: of the \w+(?: (?-i:[A-Z&])[\w&]*){0,3})?(?:\s+(?:in|on)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?` + dueMonth + `(?:\s+\d{4})?)?`

// dueAfterModal is the deadline of what a sentence undertakes: the first
// date after its "will" or "would" where one follows it, since a date
// before it tells what happened or was planned first ("The survey slipped
// to May 2026 and would come to the Board in July 2026": July), else the
// sentence's first. The earlier date gives way only where it sits in a
// clause of its own, ended by a comma, a semicolon or "and" before the
// modal; one that opens the sentence sets the deadline of all that
// follows ("By 30 April the Clerk will send the accounts for the year
// ending in March 2027": April; "In May the Clerk will write, and the
// survey will close in July": May).
func dueAfterModal(s string) string {
	first := dueIn(s)
	loc := modalAt.FindStringIndex(s)
	if loc == nil {
		return first
	}
	after := dueIn(s[loc[0]:])
	if first == "" || after == "" {
		return first + after
	}
	i := strings.Index(s, first)
	if i < 0 || i >= loc[0] || openingDue.MatchString(s[:i]) || !clauseBreak.MatchString(s[i:loc[0]]) {
		return first
	}
	return after
}

var (
	// openingDue is a sentence's opening words up to a deadline that
	// leads it: "By ", "Before the end of ", "No later than ". (An
	// opening "On 3 March" or "In May 2026" tells when something was
	// done; it sets no deadline for a later clause's "will".)
	openingDue = lazyre.New(`(?i)^\W*(?:by|before|until|no\s+later\s+than)\b[^,;]{0,20}$`)
	// clauseBreak ends one clause before the next: a comma, a semicolon
	// or "and".
	clauseBreak = lazyre.New(`[,;]|\band\b`)
)

var modalAt = lazyre.New(`\b(?:will|would|shall)\s`)

// dueIn finds the deadline a sentence names, as written.
func dueIn(s string) string { return dateIn(s, true) }

// dateIn finds the first date in s that a preposition leads, as written;
// with deadlines, the first that sets a deadline rather than describing
// a thing or an event (describedDate).
func dateIn(s string, deadlines bool) string {
	if m := betweenDates.FindStringSubmatch(s); m != nil {
		return m[1] // "between October 2023 and March 2024": by its end
	}
	week := weekOf.FindStringIndex(s)
	for _, m := range duePat.FindAllStringSubmatchIndex(s, -1) {
		if week != nil && week[0] < m[0] {
			break
		}
		if before := strings.ToLower(s[max(0, m[0]-60):m[0]]); strings.Contains(before, "until after") || strings.Contains(before, "not before") {
			continue // "not put into effect until after the meeting on 20 March": a condition, no deadline
		}
		if strings.EqualFold(s[m[0]:m[0]+3], "for") && periodOnly.MatchString(s[m[2]:m[3]]) {
			continue // "the work programme for 2025/26": the period a thing covers, no deadline
		}
		if deadlines && describedDate(s, m) {
			continue // "the 2023/24 budget", "the plan was adopted in 2022"
		}
		raw := strings.TrimSpace(s[m[2]:m[3]])
		if p := partBefore.FindString(s[:m[0]]); p != "" && strings.EqualFold(s[m[0]:m[0]+2], "in") {
			raw = strings.TrimSpace(p) + " in " + raw // "report back early in 2026": its first months
		}
		if more := andDate.FindString(s[m[1]:]); more != "" {
			raw += more // "in May 2025 and June 2026", "in May – June 2025": the last date counts
		} else if more := yearSpanEnd(raw, s[m[1]:]); more != "" {
			raw += more // "in 2025 - 2026", "in Q1 2025 to 2026": a bare year ends a year's span
		}
		return raw
	}
	if week != nil {
		return s[week[0]:week[1]] // "go out w/c 12 Feb": the week, which needs no "by" or "in"
	}
	return ""
}

// partBefore is a part of the year said before "in" and its year
// ("early in 2026", "late in 2025").
var partBefore = lazyre.New(`(?i)\b(?:early|late)\s+$`)

// andDate is a second date joined to a deadline by "and", "to" or a
// dash: "update the board in May 2025 and June 2026", "the survey ran in
// May – June 2025", "in May to June 2025", "in Q1 – Q2 2025" (a month or
// quarter without its year takes the year of the span's end). A bare
// year is yearSpanEnd's.
var andDate = lazyre.New(`(?i)^(?:\s+(?:and|to)|\s*[-–—])\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?` + oneMonth + `\s+\d{4}|q[1-4]\s+\d{4}(?:/\d{2})?)\b`)

// yearEnd is a bare year (this century's) joined by "and", "to" or a
// dash, with nothing but a stop, a comma or the line's end after it.
var yearEnd = lazyre.New(`(?i)^((?:\s+(?:and|to)|\s*[-–—])\s+(20\d{2})(?:/\d{2})?)(?:\s*[.,;:)]|\s*$)`)

// yearStart is a deadline that is a year alone or a quarter of one.
var yearStart = lazyre.New(`(?i)^(?:q[1-4]\s+)?(\d{4})(?:/\d{2})?$`)

// yearSpanEnd is the bare year that ends a span begun by raw, or "": only
// a year (or a quarter of one) starts such a span, its end is not before
// its start, and no word follows it — "in 2025 - 2026" is a span, but "in
// June 2025 to 2000 households", "by March 2025 and 2030 targets" and "in
// May 2025 to 2025/26 grant holders" are none.
func yearSpanEnd(raw, after string) string {
	start := yearStart.FindStringSubmatch(raw)
	end := yearEnd.FindStringSubmatch(after)
	if start == nil || end == nil || end[2] < start[1] {
		return ""
	}
	return end[1]
}

// weekOf is a week named by the day it starts: "w/c 12 Feb", "week
// commencing 3rd March 2025".
var weekOf = lazyre.New(`(?i)\b(?:w/c|week\s+(?:commencing|beginning))\s+\d{1,2}(?:st|nd|rd|th)?\s+` + dueMonth + `(?:\s+\d{4})?\b`)

// periodOnly is a year or a financial year alone.
var periodOnly = lazyre.New(`^\d{4}(?:/\d{2})?$`)

// resolveDue normalises a deadline; one without a year is the next such
// date after the paper's (action.NormalizeDueAt).
// betweenDates is a span of months or dates; its end is the deadline.
var betweenDates = lazyre.New(`(?i)\bbetween\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?\s+and\s+((?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4})\b`)

func resolveDue(raw, date string) string { return action.NormalizeDueAt(raw, date) }

// impliedDoer is who undertakes what a sentence promises without naming
// them: the one who tells the meeting that a thing would be done ("The
// Chamberlain advised that reports would be submitted to this
// Committee"), or, for "He would …", the person the sentences before it
// were about. A body or a group is no teller: "The
// Committee noted that …" names no doer.
func impliedDoer(s string, before []string) string {
	if m := tellsThat.FindStringIndex(s); m != nil && (reportedDeed.MatchString(s[m[1]:]) || tellerWill.MatchString(s[m[1]:])) {
		if who := oneTeller(s[:m[0]]); who != "" {
			return who
		}
	}
	if !heOrShe.MatchString(s) && !askedOfPronoun.MatchString(s) {
		return ""
	}
	for j := len(before) - 1; j >= 0 && j >= len(before)-3; j-- {
		if m := tellsSomething.FindStringIndex(before[j]); m != nil {
			if who := oneTeller(before[j][:m[0]]); who != "" {
				return who
			}
		}
	}
	return ""
}

// oneTeller is the person or post a sentence's opening words name, after
// any phrase put before them ("In response to a question, the Head of
// Service …"), or "" for a body, a group or no one.
func oneTeller(head string) string {
	head = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(head), ","))
	if k := strings.LastIndex(head, " and "); k >= 0 && !nameLike(head) {
		// "Questions were raised and the Treasurer explained that …": the
		// teller is the subject of the clause "and" joins on, not the
		// clause before it.
		head = head[k+len(" and "):]
	}
	if k := strings.LastIndex(head, ", "); k >= 0 {
		head = head[k+2:] // ("Mike Lester, the Scrutiny Officer": the post)
	}
	if !nameLike(head) {
		head = afterFrontedPhrase(head)
	}
	if !nameLike(head) || decidingBody(head) {
		return ""
	}
	last := strings.ToLower(lastWord(head))
	if strings.HasSuffix(last, "s") && peopleWord.MatchString(last) {
		return "" // "Members", "Officers": many, who make no one's promise
	}
	if rest, ok := strings.CutPrefix(head, "the "); ok && agent(head) == "" {
		// A phrase put first lowers the article: "…, the Bursar advised"
		// names whom "The Bursar advised" at the sentence's start does.
		if agent("The "+rest) != "" {
			return head
		}
	}
	return agent(head)
}

// afterFrontedPhrase is the subject after a phrase put before it with no
// comma to close it ("At the May meeting Cllr Hope", "In reply to
// Cllr Hope the Clerk"): what follows the phrase's last plain word, an
// article kept with its name, joining words ("of", "for", "and") kept
// within one. "" when no name follows.
func afterFrontedPhrase(head string) string {
	words := strings.Fields(head)
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k]
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || joinsName[w] {
			continue
		}
		if w == "the" && k > 0 && joinsName[words[k-1]] {
			continue // "the Leader of the Council": the article within the name
		}
		if w == "the" {
			return strings.Join(words[k:], " ")
		}
		return strings.Join(words[k+1:], " ")
	}
	return head
}

// joinsName: the plain words a name holds within it ("Head of Parks and
// Leisure").
var joinsName = map[string]bool{"of": true, "for": true, "and": true, "&": true}

// tellsThat is a reporting verb and its "that": "… advised that", "…
// informed the Committee that".
var tellsThat = lazyre.New(`\s(?:informed|advised|explained|confirmed|stated|said|reported|indicated|assured|undertook|agreed)(?:\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Committee|Panel|Board|Council|Members|members|meeting|Group|Forum))?\s+that\s`)

// reportedDeed is what such a "that" tells: a thing that would be done,
// its doer unnamed ("reports would be submitted"), or a verb with no
// subject of its own ("… had been received and would forward it on"). (A
// past participle may end as "brought" and "sought" do, or be "held" or
// "made".)
var reportedDeed = lazyre.New(`^[^.;]{0,160}?\b(?:would|will)\s+(?:also\s+|then\s+)?be\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|wn|nt|ne|ut|ught)|held|made)\b|^[^.;]{0,160}?\band\s+(?:would|will)\s+(?:also\s+)?[a-z]+\b`)

// heOrShe opens a sentence about one person already named, perhaps after
// a connective that ties it to what they said: "Therefore, she would
// correct the record", "In response, he would write to them".
// tellerWill is a reported clause in which the teller, as "he", "she" or
// "they", says what they will do: "… advised that costs had risen and
// that she would bring a revised budget".
var tellerWill = lazyre.New(`^[^.;]{0,160}?\b(?:he|she|they)\s+(?:would|will)\s+(?:also\s+)?[a-z]`)

var heOrShe = lazyre.New(`^(?:(?:Therefore|However|Accordingly|Consequently|Also|Further|Furthermore|In addition|Additionally|In response|In reply|Meanwhile),?\s+(?:he|she)|He|She)\s`)

// personAskedThat is a request told as "X asked that …" which asks that
// something be done, by one at the meeting rather than a deciding body:
// "The Chair asked that the rota be sent round again". (A body's request,
// "The Cabinet asked that the team be thanked", is its decision, and the
// resolution the minutes print records it; and one asking that words be
// corrected, "The Chair asked that the club's name be corrected", amends
// the record the meeting is signing.)
func personAskedThat(s string) bool {
	i := strings.Index(s, " asked that ")
	return i > 0 && (!decidingBody(s[:i]) || memberAsks(s)) && requested.MatchString(s) && !recordCorrected.MatchString(s[i:])
}

// recordCorrected is a request that wording be put right.
var recordCorrected = lazyre.New(`\bbe\s+(?:corrected|amended)\b`)

// askedOfPronoun is a request made of one already named, by a pronoun
// in the subjunctive: "It was requested that she bring it back in May".
var askedOfPronoun = lazyre.New(`\b(?:requested|asked)\s+that\s+(?:he|she)\s`)

// tellsSomething is the first verb after a sentence's subject that a
// person acts or speaks with.
var tellsSomething = lazyre.New(`\s(?:informed|advised|explained|confirmed|stated|said|reported|indicated|assured|undertook|agreed|offered|outlined|presented|introduced|updated|gave|highlighted|noted|responded|replied|added|commented|clarified|thanked|would|will|was|had)\b`)

// lastWord is s's last word, without the commas or brackets round it.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",()")
}
