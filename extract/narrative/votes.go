package narrative

// Motions, amendments and votes: which proposal was carried and is a
// decision, and which was lost, withdrawn or only moved.

import (
	"slices"
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// mayTellVote: the paragraph holds a word a vote or the proposal put to
// it is told with, which seconded needs.
func mayTellVote(body string) bool {
	return tellsVote(body) || strings.Contains(body, "roposed") || strings.Contains(body, "ominat") || strings.Contains(body, "ROPOSED") || strings.Contains(body, "OMINAT")
}

// tellsVote: the text tells how a vote went or who seconded what was put
// (in capitals too: "Cllr Reed SECONDED and all AGREED").
func tellsVote(s string) bool {
	return strings.Contains(s, "econded") || strings.Contains(s, "in favour") || strings.Contains(s, "ECONDED")
}

// carriedProposal reads a proposal put to a meeting and told as won, in
// its own sentence or the two after: "Tim Ing proposed Steve Milner as
// Chairman, this was agreed unanimously.", "Cllr Hartley proposed that the
// minutes be accepted. The council agreed unanimously.", or an office
// filled by a seconded nomination ("CHAIR – Rosie Curtis - nominated JC,
// seconded MH"), which no one opposed when the vote goes untold. It
// returns one past the last sentence the telling takes, or i when
// sents[i] puts no proposal, its vote was lost, or it leads in to the
// decision recorded after it ("… proposed and Councillor Jo Ruddle
// seconded and, following a vote, it was:").
func carriedProposal(sents []string, i int) int {
	s := sents[i]
	if !proposalPut.MatchString(s) || lostVote.MatchString(s) || endsInColon(s) {
		return i
	}
	end := i
	if carriedWith.MatchString(s) {
		end = i + 1
	}
	for j := i + 1; j < len(sents) && j <= i+2 && end <= i+1; j++ {
		t := sents[j]
		if t == "" || lostVote.MatchString(t) {
			break
		}
		if carriedAfter.MatchString(t) {
			if carriesBefore(s, t) {
				end = j + 1
			}
			break
		}
		if !secondOnly.MatchString(t) && !seconderFirst.MatchString(t) && !acceptsOffice.MatchString(t) {
			if j == i+1 && j+1 < len(sents) && saysMoreOnProposal(t) && thisCarried(sents[j+1]) {
				// "Jo proposed that the hall be repainted. She suggested
				// a paler colour. This was agreed.": the mover's word on
				// her proposal, then its vote told of "this".
				continue
			}
			break
		}
	}
	if end > i {
		return end
	}
	if officeFilled.MatchString(s) && strings.Contains(s, "econded") {
		return i + 1
	}
	return i
}

// carriesBefore: t, a sentence telling a vote was won, carries the
// proposal s before it. Not when t puts a proposal of its own ("Cllr Gale
// proposed that the matter be deferred; seconded by Cllr Hill, and the
// motion was carried": the win is Gale's), when s is an amendment and t
// carries "the motion" (an amendment is not the motion), nor when t's
// count has more against than for (what won is not what came before).
func carriesBefore(s, t string) bool {
	if proposalPut.MatchString(t) && !moverRestated(s, t) || motionMoved.MatchString(t) {
		return false
	}
	if amendmentPut.MatchString(s) && motionCarried.MatchString(t) {
		return false
	}
	return !moreAgainst(t)
}

// moreAgainst: t counts its vote and more voted against than for ("2 in
// favour, 4 against", "4 against and 2 for").
func moreAgainst(t string) bool {
	if m := forThenAgainst.FindStringSubmatch(t); m != nil {
		return atoi(m[2]) > atoi(m[1])
	}
	if m := againstThenFor.FindStringSubmatch(t); m != nil {
		return atoi(m[1]) > atoi(m[2])
	}
	return false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// moverRestated: t names who proposed and seconded, the mover the same
// one s names, and puts no proposal of its own ("Proposed by Cllr Ames,
// seconded by Cllr Bell and the motion was carried"): the vote on the
// proposal in s, not another. Another mover, or a ", to <verb>" of its
// own ("…, seconded by Cllr Bell, to defer the grant"), is a new proposal.
// The mover is matched by surname, as the two may name them otherwise
// ("Councillor Hart" and "Cllr Hart", "Cllr J Moss" and "Cllr Moss"),
// and only with the one s names as its mover: the same word elsewhere in
// s ("the hall car park", "Lane End") is no mover.
func moverRestated(s, t string) bool {
	m := proposedBy.FindStringSubmatch(t)
	if m == nil || newProposal.MatchString(t) {
		return false
	}
	name := surname(m[1])
	if name == "" {
		return false
	}
	for _, p := range moverOf.FindAllStringSubmatch(s, -1) {
		if surname(p[1]+p[2]) == name {
			return true
		}
	}
	return false
}

// moverOf is who proposes in a sentence: the name before "proposed" or
// "moved" ("Cllr J Moss proposed", "The Chair moved"), or after
// "proposed by".
var moverOf = lazyre.New(`([A-Z][\w'’-]*(?:\.?\s+[A-Z][\w'’-]*){0,2})\s+(?i:proposed|moved)\b|(?i:proposed|moved)\s+by\s+((?:the\s+)?[A-Z][\w'’-]*(?:\.?\s+[A-Z][\w'’-]*){0,2})`)

// surname is the last word of a person's name, lower-cased, titles and
// initials left out; "" if nothing is left.
func surname(name string) string {
	last := ""
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '.' || r == '\t' }) {
		if len(w) > 1 && !nameTitle[strings.ToLower(w)] {
			last = strings.ToLower(w)
		}
	}
	return last
}

var (
	// proposedBy: a line opening with its mover's name.
	proposedBy  = lazyre.New(`^(?i:proposed|moved)\s+by\s+([^,;.]+?)(?:\s*[,;.]|\s+(?:and|seconded)\b|$)`)
	newProposal = lazyre.New(`(?i)\b(?:that|amendment)\b|,\s*to\s+[a-z]`)
	// motionMoved: someone moves a motion of their own ("Cllr Gale then
	// moved that the question be now put").
	motionMoved    = lazyre.New(`(?i)\bmoved\s+(?:that|an?\s+amendment|the\s+closure)\b`)
	amendmentPut   = lazyre.New(`(?i)\b(?:proposed|moved|put)\s+(?:an?\s+|the\s+)?amendment\b|\bamendment\s+(?:was\s+)?(?:proposed|moved|put)\b`)
	motionCarried  = lazyre.New(`(?i)\bthe\s+(?:motion|substantive\s+motion|original\s+motion)\s+was\s+(?:\w+\s+)?carried\b`)
	forThenAgainst = lazyre.New(`(?i)\b(\d+)\s+(?:votes?\s+)?(?:in\s+favou?r|for)\b[^.]{0,60}?\b(\d+)\s+(?:votes?\s+)?against\b`)
	againstThenFor = lazyre.New(`(?i)\b(\d+)\s+(?:votes?\s+)?against\b[^.]{0,60}?\b(\d+)\s+(?:votes?\s+)?(?:in\s+favou?r|for)\b`)
)

// saysMoreOnProposal is a sentence between a proposal and its vote that
// neither puts another proposal nor tells a vote or a question: more
// said on it, by the mover or by anyone else ("He suggested a paler
// colour.", "A member thought it too dear."), which does not part the
// proposal from its vote.
func saysMoreOnProposal(t string) bool {
	return t != "" && !proposalPut.MatchString(t) && !tellsVote(t) && !lostVote.MatchString(t) && !strings.HasSuffix(t, "?")
}

// thisCarried is a vote told of "this" or "it", the proposal before it:
// "This was also agreed unanimously."
func thisCarried(t string) bool {
	return thisOrIt.MatchString(t) && carriedAfter.MatchString(t)
}

var thisOrIt = lazyre.New(`(?i)^(?:this|it)\s+was\b`)

var (
	// proposalPut: someone proposes or nominates, in the verb's sense
	// ("X proposed that", "was proposed by", "nominated Y", "Mr Hall
	// proposed the Rector be Chairman again"), not a proposed thing ("the
	// proposed budget").
	proposalPut = lazyre.New(`(?i)\b(?:proposed|nominated)\s+(?:by|that|and|to|for|as|the\s+minutes|(?:cllr|councillor|mr|mrs|ms|dr)\b)|(?:\bwas|\bwere|[a-z]{2,})\s+(?:proposed|nominated)\b[^.]{0,40}\b(?:seconded|as|for)\b|\bnominated\s+[A-Z]{2,3}\b|\b(?:proposed|nominated)\s+[A-Z][a-z]+\s+[A-Z]|\b(?:Chair(?:man|woman|person)?|Clerk|Mayor|Rector|Vicar|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:[A-Z]{1,3}\s+)?[A-Z][\w'’-]+)\s+proposed\s+(?:that\s+)?[^.]{1,60}?\bbe\b`)
	// carriedWith: the proposal's own sentence tells it won ("…, this
	// was agreed unanimously", "… and the council agreed unanimously",
	// "…, Cllr Herbert seconded them and they were agreed as a true
	// record", "… and was duly elected", "…, seconded by Cllr Budge and
	// agreed by the Council", "… to act as Vice Chairman which he
	// accepted", "… was proposed and seconded and accepted the position
	// of Chairman").
	carriedWith = lazyre.New(`(?i)(?:,|\band)\s+(?:(?:this|it|they|which)\s+(?:was|were)\s+(?:duly\s+|then\s+)?(?:seconded(?:\s+by\s+(?:cllr|councillor|mr|mrs|ms|dr)\.?\s[^,.;]{1,40}?)?\s+and\s+)?(?:unanimously\s+)?(?:agreed|approved|carried|adopted|accepted|passed)|the\s+(?:council|committee|meeting)\s+(?:unanimously\s+)?(?:agreed|approved|resolved)|(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected|(?:unanimously\s+)?(?:agreed|approved|carried|accepted)\s+(?:unanimously\s+)?by\s+(?:the\s+)?(?:full\s+)?(?:council|committee|meeting|members|all))\b|\b(?:re-?)?elected\s+unopposed\b|\bwhich\s+(?:he|she|they)\s+(?:duly\s+)?accepted\b|\band\s+(?:\w+ly\s+)?accepted\s+the\s+(?:office|position|role|post)\b`)
	// carriedAfter: a sentence after the proposal telling it won ("Cllr
	// Reed seconded and all agreed.", "This was carried unanimously.",
	// "This was seconded by Cllr Lee and all agreed.", "This was seconded
	// by Cllr Lee, and all agreed.", "This was seconded by Cllr. Lee and
	// all agreed." (a title's stop ends no sentence), "This was also
	// agreed.", "Resolved: Unanimously.", "Cllr Bennett kindly accepted
	// the office of Chairperson.", a count that ends "… who was duly
	// elected", "All were in favour and …", a count that ends "… and the
	// motion was carried").
	carriedAfter = lazyre.New(`(?i)^(?:(?:cllr|councillor|mr|mrs|ms|dr)\.?\s[^.;,]{1,40}?\s+seconded(?:\s+(?:the\s+(?:motion|proposal)|this|it))?\s*,?\s+and\s+(?:(?:it|this|the\s+motion)\s+was|all(?:\s+present|\s+members)?|members|councillors)\s+(?:\w+ly\s+)?(?:carried|agreed|approved|passed)\b|(?:this|it|the\s+(?:proposal|motion|nomination|council|committee|meeting)|members|councillors|all(?:\s+present)?)\s+(?:was\s+|were\s+)?(?:then\s+|duly\s+|also\s+)?(?:seconded(?:\s+by\s+(?:[^.;,]|\b(?:cllr|councillor|mr|mrs|ms|dr)\.){1,40}?)?,?\s+and\s+(?:all(?:\s+present|\s+members)?\s+|members\s+|councillors\s+)?)?(?:unanimously\s+)?(?:agreed|approved|carried|adopted|accepted|passed|resolved|supported)\b(?:\s+(?:unanimously|by\s+(?:all|a\s+majority)(?:\s+present)?|nem\.?\s*con\.?))?(?:\s*$|\.|,?\s+and\s)|(?:unanimously\s+)?(?:agreed|approved|carried|adopted)(?:\s+unanimously|\s+by\s+all)?\.?$|vote\s*:\s*unanimous|(?:(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+)?[A-Z][^.;,]{0,40}?\s+(?:\w+ly\s+)?accepted\s+(?:the\s+)?(?:office|position|role|post)\b|(?:resolved|agreed|carried)\s*[:\-–]\s*(?:unanimously|nem\.?\s*con\.?|by\s+all(?:\s+present)?)\.?$|all(?:\s+present|\s+members)?\s+were\s+in\s+favou?r(?:\s*$|\.|,?\s+and\s)|[^.]{0,120}?(?:,|\band)\s+the\s+(?:motion|proposal|resolution)\s+was\s+(?:duly\s+|therefore\s+|then\s+)?carried(?:\s+unanimously)?\.?$|[^.]{0,240}\b(?:no\s+(?:other|further)\s+nominations|(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected))`)
	// acceptsOffice: the nominee's acceptance, between the nomination
	// and its vote.
	acceptsOffice = lazyre.New(`(?i)^(?:(?:cllr|councillor|mr|mrs|ms)\.?\s+)?[A-Z][\w'’-]+\s+accepted\b[^.]{0,80}\.?$`)
	// officeFilled: a nomination to an office ("nominated … for the
	// office of Chairman", "proposed … that X remain as Chairman", "CHAIR
	// – Rosie Curtis - nominated JC"), not the proposer's ("X, as Chair,
	// proposed").
	officeFilled = lazyre.New(`(?i)\b(?:proposed|nominated|seconded)\b[^.]*?\b(?:as|for|to\s+be|remains?(?:\s+as)?|continues?\s+as|office\s+of)\s+(?:the\s+)?` + office + `|^` + office + `\s*[–:-]?\s+[A-Z][^.]{0,60}?[–-]\s*(?:nominated|proposed)\b`)
	// lostVote: a proposal that did not carry.
	lostVote = lazyre.New(`(?i)\b(?:lost|defeated|fell|rejected|withdrawn|declined|not\s+(?:carried|seconded|agreed|approved|supported)|no\s+seconder)\b`)
)

// inSentence is a character that does not end a sentence: any but a
// full stop, or the stop of a title ("seconded by Cllr. Oak and agreed").
const inSentence = `(?:[^.]|\b(?:cllr|councillor|mr|mrs|ms|dr|coun)\.)`

// office names the offices a council fills by election.
const office = `(?:(?:vice|deputy)[- ]?)?(?:chair(?:man|woman|person)?|mayor|leader|secretary|treasurer|president)\b`

// seconded reads a parish council's way of recording a decision: who
// proposed it, who seconded it and how the vote went, in one sentence
// ("Cllr Hill proposed the minutes be accepted as a true record, seconded
// Cllr Kirk, all in favour.") or after the sentence it carries ("It was
// agreed to ask for a precept of £12,000. Proposed Cllr Dunn, seconded
// Cllr Kirk, all in favour."). Each is a resolution; the rest of the
// paragraph is returned for the other readers.
func (f *finder) seconded(p paragraph, body string) string {
	sents := sentences(body)
	var rest []string
	for i, s := range sents {
		if s != "" && !secondedCarried.MatchString(s) && proposes.MatchString(s) && strings.Contains(s, "econded") && i+2 < len(sents) && voteOutcome.MatchString(sents[i+2]) &&
			!proposes.MatchString(sents[i+1]) && !voteOutcome.MatchString(sents[i+1]) && !lostVote.MatchString(sents[i+1]) {
			// "It was proposed by … and seconded by … that Alison Smith be
			// appointed. She had volunteered …. Agreed, the resolution was
			// passed.": a word on the proposal before its vote.
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: s + " " + sents[i+1] + " " + sents[i+2]})
			sents[i+1], sents[i+2] = "", ""
			continue
		}
		if s != "" && !secondedCarried.MatchString(s) && (proposes.MatchString(s) && strings.Contains(s, "econded") || proposesAlone.MatchString(s)) && i+1 < len(sents) && voteOutcome.MatchString(sents[i+1]) {
			// "DB proposed the minutes of 11th March, seconded by DD.
			// Passed by all as a true record.": the proposal with its
			// seconder, carried in the sentence after (which may say what
			// it was carried as).
			told := s + " " + sents[i+1]
			if n := len(rest); n > 0 && namesOnlyProposal.MatchString(s) {
				// "It was resolved to pay …. Proposed Mrs A Lord, seconded
				// by Mrs S Grant. All in favour.": the proposal names only
				// who moved it; what they moved is the sentence before.
				told = rest[n-1] + " " + told
				rest = rest[:n-1]
			}
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: told})
			sents[i+1] = ""
			continue
		}
		carriedHere := secondCarried.MatchString(s) // "This was seconded by … and unanimously agreed."
		if carriedHere || secondOnly.MatchString(s) && i+1 < len(sents) && voteOutcome.MatchString(sents[i+1]) && !proposes.MatchString(s) {
			// "Proposed to approve the minutes by Cllr Archer. Seconded by
			// Cllr Gray. All in favour.", "This proposal was seconded by
			// … and unanimously agreed.": the proposal, told in the
			// sentences before its seconder (up to the one that proposes),
			// was carried.
			k := len(rest)
			for k > 0 && len(rest)-k < 3 && !proposes.MatchString(rest[k-1]) {
				k--
			}
			for k > 1 && len(rest)-k < 3 && proposes.MatchString(rest[k-2]) {
				k-- // "Cllr Ashdown proposed that …. Proposal that …": both put
			}
			if k > 0 && proposes.MatchString(rest[k-1]) {
				told := strings.Join(rest[k-1:], " ")
				if carriedHere {
					told += " " + s // how it was carried, as a vote told after its proposal is kept
				}
				f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: told})
				rest = rest[:k-1]
				if !carriedHere {
					sents[i+1] = "" // the vote, read with it
				}
				continue
			}
		}
		if s == "" {
			continue
		}
		after := f.next
		if i+1 < len(sents) {
			after = sents[i+1]
		}
		if m := minutesSeconded.FindStringSubmatchIndex(s); m != nil && !lostVote.MatchString(after) && !resolvedLabel.MatchString(after) && !lostVote.MatchString(s) {
			// "The minutes of the 20th October meeting were proposed for
			// acceptance by Bob Ness and seconded by Freda McRae.": the
			// record approved, its vote untold because no one opposed.
			// (An item's title run into it is left out; where the
			// resolution follows, it is the record.)
			from := m[2]
			if strings.HasSuffix(s[:from], "The ") {
				from -= len("The ")
			}
			told := s[from:]
			if rest := afterMinutesTitle(told); minutesSeconded.MatchString(rest) {
				told = rest // "Minutes of the meetings held on 13th June 2024: The minutes … were proposed …"
			}
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: told})
			continue
		}
		if !secondedCarried.MatchString(s) && !formalVote.MatchString(s) {
			if end := carriedProposal(sents, i); end > i {
				// "Cllr Gregson proposed Cllr Waine. This was seconded and
				// ADOPTED.": the proposal and the telling of its vote
				// (not the item's title in capitals run in before it).
				told := slices.Clone(sents[i:end])
				if rest := afterCapsTitle(told[0]); rest != "" && proposalPut.MatchString(rest) {
					told[0] = rest
				}
				f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: strings.Join(told, " ")})
				for j := i + 1; j < end; j++ {
					sents[j] = ""
				}
				continue
			}
		}
		if !resolvedInline.MatchString(s) && !secondedCarried.MatchString(s) && untoldVote(s, sents[i+1:], f.next) {
			// "Cllr Reid proposed and Cllr Evans seconded to accept the
			// minutes as a true record.": put and seconded, its vote
			// untold because no one opposed.
			f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: s})
			continue
		}
		if !resolvedInline.MatchString(s) && (!secondedCarried.MatchString(s) || formalVote.MatchString(s) && !passiveCarried.MatchString(s) && !motionCarriedEnd.MatchString(s)) {
			rest = append(rest, s)
			continue
		}
		if i == len(sents)-1 && (!endsSentence(s) || f.nextBare && secondedCarried.MatchString(s) && sameMatter(s, after)) && resolvedLabel.MatchString(after) {
			// "It was proposed, seconded and unanimously" over "RESOLVED
			// that …": the vote on the resolution that follows. So is a
			// vote told whole ("Cllr Burley proposed that the document
			// was accepted, Cllr Wilson seconded this and it was agreed")
			// when the record of that decision follows it, unnumbered.
			continue
		}
		decision := s
		// A title run in is left out: "Grass cutting It was proposed …
		// and resolved that …", "TO APPROVE THE MINUTES … HELD ON 2nd
		// DECEMBER 2019 The minutes … were accepted, proposed by …,
		// seconded by … and carried."
		if _, rest := minuteTitle(s); resolvedInline.MatchString(rest) {
			decision = rest
		} else if m := capsTitle.FindStringSubmatch(s); m != nil && secondedCarried.MatchString(m[2]) {
			decision = m[2]
		}
		if proposerOnly.MatchString(s) {
			if i == 0 || len(rest) == 0 || rest[len(rest)-1] != sents[i-1] {
				continue // what it carried was read already, or is elsewhere
			}
			if proposalPut.MatchString(sents[i-1]) && proposedBy.MatchString(s) && !moverRestated(sents[i-1], s) {
				// "Cllr Hart proposed that …. Proposed by Cllr Lee,
				// seconded … and carried.": another mover's motion won,
				// not the proposal before, and what it was is not told.
				continue
			}
			decision = sents[i-1]
			rest = rest[:len(rest)-1]
		}
		f.add(p, action.Action{Ref: p.marker, Kind: action.KindResolution, Action: decision})
	}
	return strings.Join(rest, " ")
}

// untoldVote reports whether s puts the last meeting's minutes with a
// seconder named and neither it nor the two sentences after it (or the
// paragraph after, at its end) tells a vote: minutes no one opposes are
// recorded without a count. (Other proposals told so are not taken as
// carried: a proposal whose vote is untold is as often the lead-in to a
// debate, and taking it cost more than it found.) An amendment is put to a
// vote told elsewhere; a proposal that leads in to what follows it is
// that, not a decision.
func untoldVote(s string, after []string, next string) bool {
	low := strings.ToLower(s)
	if !strings.Contains(low, "minutes") || !strings.Contains(low, "seconded") || !strings.Contains(low, "propos") ||
		!proposalPut.MatchString(s) || namesOnlyMover.MatchString(s) || lostVote.MatchString(s) || voteCounted.MatchString(s) ||
		endsInColon(s) || strings.HasSuffix(s, "?") {
		return false
	}
	if len(after) == 0 {
		after = []string{next}
	}
	for k, t := range after {
		if k == 2 {
			break
		}
		if lostVote.MatchString(t) || voteCounted.MatchString(t) || resolvedLabel.MatchString(t) {
			return false
		}
	}
	return true
}

// namesOnlyMover is a sentence that only names who moved and seconded
// what the sentence before it told ("Proposed by Sam Crowe, seconded by
// Jo Price.", "Cllr Bell – Proposed by Cllr Moore …", "This was
// proposed by …", "… (proposed Cllr Ligo, seconded Cllr Hart)").
var namesOnlyMover = lazyre.New(`(?i)^(?:[^–—-]{0,40}\s[–—-]\s*)?(?:proposed|seconded|moved|nominated)\b|^(?:this|it|these|they|which)\s|\((?:proposed|moved|seconded)\b`)

// voteCounted tells a vote or an amendment to what was put.
var voteCounted = lazyre.New(`(?i)\b(?:vot(?:e|es|ed|ing)|in\s+favou?r|in\s+agreement|against|abstain\w*|abstentions?|carried|majority|amendments?|amended|show\s+of\s+hands)\b`)

var (
	// secondedCarried: a motion seconded and carried, in one sentence.
	// (The vote's outcome, not the proposal's verb: "… that the minutes
	// be approved" is what was proposed.)
	secondedCarried = lazyre.New(`(?i)\bseconded\b.*\b(?:all in favou?r|carried|unanimous(?:ly)?|agreed by all|all agreed|nem\.?\s*con\b|(?:all|everyone|all those)\b[^.]{0,40}\bwere\s+in\s+favou?r)\b`)
	// resolvedInline: a motion seconded and what it resolved, in one
	// sentence: "It was proposed by Councillor Newsome, seconded by
	// Councillor Allott and resolved that the minutes … be accepted.",
	// "Councillor Howkins proposed and Councillor Nichols seconded and
	// Committee resolved that Standing Order 38.3 be suspended …"
	resolvedInline = lazyre.New(`(?i)\bseconded\b` + inSentence + `{0,80}?\band\s+(?:was\s+|it\s+was\s+|(?:the\s+)?(?:committee|council|board|cabinet|panel|members|councillors)\s+)?(?:unanimously\s+|duly\s+)?(?:resolved|agreed)\s+(?:that|to)\s+\S`)
	// formalVote: a vote told formally, the decision it carried recorded
	// after it ("It was proposed by Councillor Marsh and seconded by …,
	// and on being put to the vote it was RESOLVED", "A motion moved and
	// seconded … was declared carried").
	formalVote = lazyre.New(`(?i)\bput to the vote\b|\bdeclared\b|\bmotion\b|\bRESOLVED\b`)
	// motionCarriedEnd ends a proposal's sentence with its vote: "It was
	// proposed by … and seconded by … that the item be deferred – This
	// motion was unanimously carried". What was carried is in the
	// sentence; no decision follows it.
	motionCarriedEnd = lazyre.New(`(?i)\s(?:this|the)\s+motion\s+was\s+(?:(?:duly|then|unanimously)\s+)*carried(?:\s+unanimously)?\.?$`)
	// passiveCarried: what was decided as the subject of its own vote,
	// "Motion to exclude the public was proposed, seconded and agreed
	// unanimously", "A motion to refer the petition to Cabinet was moved
	// by Cllr A, seconded by Cllr B and CARRIED".
	passiveCarried = lazyre.New(`(?i)\b(?:was|were)\s+(?:duly\s+)?(?:proposed|moved)(?:\s+by\s+[^,;.]{2,60}?)?,?\s+(?:and\s+)?seconded(?:\s+by\s+[^,;.]{2,60}?)?,?\s+and\s+(?:was\s+)?(?:duly\s+|unanimously\s+)?(?:agreed|carried|approved)\b`)
	// secondOnly is a sentence that only names a seconder, and voteOutcome
	// one that only says how the vote went; proposes a sentence that puts
	// a proposal ("Cllr Ashdown proposed that …", "Proposal that …").
	// seconderFirst is a sentence that only names who seconded: "Mr C
	// Smith seconded.", "Cllr Hale seconded this."
	seconderFirst = lazyre.New(`^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]{1,3}\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+seconded(?:\s+(?:this|it|the\s+(?:proposal|motion)))?\.?$`)
	secondOnly    = lazyre.New(`(?i)^(?:and\s+)?seconded(?:\s+by)?\s+(?:cllr|councillor)s?\.?\s[^.;]{1,60}\.?$`)
	voteOutcome   = lazyre.New(`(?i)^(?:(?:(?:there\s+was|on|upon|after|following)\s+a\s+show\s+of\s+hands,?\s+(?:and\s+)?)?all\s+(?:were\s+)?(?:in\s+favou?r|agreed)(?:\s+and\s+[^.]{3,80})?|carried(?:\s+unanimously)?|unanimously\s+(?:agreed|carried|resolved)|agreed(?:\s+unanimously|\s+by\s+all)?|motion\s+carried)\.?$|^(?:passed|carried)\s+(?:by\s+all|unanimously|nem\.?\s*con)\b[^.]{0,80}\.?$` +
		// "Resolution passed.", "Agreed, the resolution was passed."
		`|^(?:agreed,?\s+)?(?:the\s+)?(?:resolution|motion|proposal)\s+(?:was\s+)?(?:duly\s+|then\s+|unanimously\s+)?(?:passed|carried|agreed|approved)(?:\s+unanimously|\s+by\s+all(?:\s+present)?)?\.?$`)
	// proposesAlone is a sentence that puts someone forward with no
	// seconder, its vote the sentence after: "Peter Hill proposed Kay
	// Wiltshire become chair for the coming year. All were in favour."
	// namesOnlyProposal: a proposal that names who moved and seconded it
	// and nothing moved ("Proposed Mrs A Lord, seconded by Mrs S Grant.").
	namesOnlyProposal = lazyre.New(`^(?:Proposed|Moved)(?:\s+by)?\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*,?\s+(?:and\s+)?[Ss]econded(?:\s+by)?\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*\.?$`)
	proposesAlone     = lazyre.New(`^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:proposed|offered\s+to|nominated)\s`)
	// secondCarried is a seconder and the vote in one sentence after the
	// proposal's: "This was seconded by Cllr C Davies and unanimously
	// agreed by all present."
	// So is "This was seconded by Cllr Moss with all in favour." and,
	// its subject left out, "Seconded by Cllr Hale and agreed."
	secondCarried = lazyre.New(`(?i)^(?:(?:this|the)(?:\s+(?:proposal|motion|nomination))?\s+was\s+)?(?:duly\s+)?seconded\s+by\s+(?:[^.;]|\b[a-z]\.|\b(?:cllr|mr|mrs|dr)\.){2,60}?\s+(?:(?:and\s+(?:was\s+)?(?:unanimously\s+)?(?:agreed|carried|approved|passed))\b[^.]{0,40}|(?:and|with)\s+all(?:\s+members)?(?:\s+present)?\s+in\s+favour)\.?$`)
	// minutesSeconded: the last meeting's minutes put as a correct record
	// by one member and seconded by another, perhaps after the item's
	// title ("Minutes of the Previous Meeting The minutes of …").
	minutesSeconded = lazyre.New(`^(?:[A-Z][\w'’]*\s+(?:of\s+(?:the\s+)?)?){0,6}((?i:(?:the\s+)?(?:draft\s+)?minutes\b[^.]{0,100}?\b(?:was|were)\s+(?:duly\s+)?(?:proposed|moved)\b[^.]{0,80}?\bseconded\b))`)
	proposes        = lazyre.New(`(?i)\b(?:proposed|proposal|moved)\b`)
	// proposerOnly: the proposer, seconder and vote alone ("Proposed
	// Cllr Dunn, seconded Cllr Kirk, all in favour.", "Proposed: Cllr Dunn
	// Seconded: Cllr Kirk Carried: Unanimously").
	proposerOnly = lazyre.New(`(?i)^(?:proposed|moved)(?:\s+by)?\s*:?\s+(?:cllr|councillor)\.?\s[^.;]{0,60}?,?\s*seconded(?:\s+by)?\s*:?\s+(?:cllr|councillor)\.?\s[^.;]{0,60}\.?$`)
)

// movedUnvoted marks the paragraphs that print a motion's or an
// amendment's words as they were moved, under a lead-in that puts them
// with their seconder ("An amendment, moved by Cllr Ash and seconded by
// Cllr Bell, read as follows:" over its clauses), when no vote that
// carried them is told after them: the vote went against them, they were
// withdrawn, or the copy stops before it. Proposed words are not decided,
// so none of them is an item. (Where a vote carries them, or a decision
// is recorded after them, they are left to the rules that read that.)
// The words run from the lead-in to the first paragraph that tells a
// vote or a decision, or to the next of the minutes' own numbers.
func movedUnvoted(ps []paragraph) map[int]bool {
	marked := map[int]bool{}
	for i := 0; i < len(ps); i++ {
		if !movesWords(ps[i]) {
			continue
		}
		end, carried := len(ps), false
		for j := i + 1; j < len(ps); j++ {
			p := ps[j]
			if p.minute || itemMinutes.MatchString(p.text) || decisionLabel.MatchString(p.text) {
				end = j
				break
			}
			if movesWords(p) {
				// Another motion moved ("The Leader moved, seconded by
				// Cllr Hay:") before any vote is told: which vote was
				// whose is not clear, so the rules read them as before.
				end, carried = j, true
				break
			}
			if votedOn(p.body) {
				end, carried = j, !lostVote.MatchString(p.body)
				break
			}
		}
		if !carried {
			for j := i + 1; j < end; j++ {
				marked[j] = true
			}
		}
		i = end - 1
	}
	return marked
}

// movesWords: p's last sentence puts a proposal with its seconder and
// ends by leading in to its words ("… proposed by Cllr Ash, seconded by
// Cllr Bell, that the plan be changed as follows:"), and tells no vote or
// decision ("… seconded and on a vote it was RESOLVED as follows:" leads
// in to what was decided).
func movesWords(p paragraph) bool {
	sents := sentences(p.body)
	if p.marker != "" || p.heading || len(sents) == 0 {
		return false
	}
	s := sents[len(sents)-1]
	return (endsInColon(s) || asFollowsEnd.MatchString(s)) && proposes.MatchString(s) && strings.Contains(s, "seconded") &&
		!votedOn(s) && !decidedWord.MatchString(s)
}

// votedOn: the text tells how a vote went or records a decision ("On
// being put to the vote the amendment was lost.", "CARRIED", "RESOLVED:").
func votedOn(s string) bool {
	if voteTaken.MatchString(s) || carriedOutcome.MatchString(s) || resolvedLabel.MatchString(s) ||
		len(strings.Fields(s)) <= 12 && lostVote.MatchString(s) { // "Amendment lost.", not the words' "numbers have declined"
		return true
	}
	for _, t := range sentences(s) {
		if meetingDecided.MatchString(t) || carriedAfter.MatchString(t) {
			return true // "The committee unanimously agreed with it.", "This was carried."
		}
	}
	return false
}

var (
	// voteTaken: a vote taken or its outcome, in the verb's sense.
	voteTaken = lazyre.New(`(?i)\b(?:put\s+to\s+(?:the\s+|a\s+)?vote|votes?\s+(?:for|against|in\s+favou?r)|(?:on|upon)\s+a\s+vote|(?:was|were)\s+(?:\w+\s+){0,4}?(?:carried|lost|defeated|withdrawn|passed)\b)`)
	// meetingDecided: a sentence whose subject is the meeting deciding ("The
	// meeting agreed with the payments.", "Members unanimously resolved
	// to …").
	meetingDecided = lazyre.New(`(?i)^(?:the\s+)?(?:meeting|council|committee|panel|board|cabinet|members|councillors|all(?:\s+present)?)\s+(?:\w+ly\s+)?(?:agreed|resolved|approved|voted|decided|carried)\b`)
	// decidedWord: the meeting decided, in the lead-in itself.
	decidedWord = lazyre.New(`(?i)\b(?:resolved|agreed|carried|approved|decided)\b`)
)
