package narrative

// Which line goes on with the one before: how a paper's lines are joined
// into paragraphs across wraps, page breaks and blank lines.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// flattenedLine is the length past which a line holds what were many:
// no paragraph of a paper runs so long without a break.
const flattenedLine = 600

// tailBytes is how much of a growing paragraph's end the checks above
// look at: more than an "ACTION: Name" tag or a hyphen-split word needs.
const tailBytes = 300

// tail is the end of buf from a word start at most tailBytes back, so a
// \b or a word taken from it reads as in the whole text.
func tail(buf []byte) string {
	if len(buf) <= tailBytes {
		return string(buf)
	}
	t := buf[len(buf)-tailBytes:]
	if i := bytes.IndexByte(t, ' '); i >= 0 {
		t = t[i:]
	}
	return string(t)
}

// join appends a wrapped line as clean.Join does; Join looks only at the
// end of the text before, so it is given the tail alone.
func join(buf []byte, next string) []byte {
	t := tail(buf)
	return append(buf[:len(buf)-len(t)], clean.Join(t, next)...)
}

// endsSentence: text ending in a full stop, question or exclamation mark,
// perhaps inside a closing bracket or quote.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " )\"'’”")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// finish splits off the paragraph's marker and decides whether a plain
// paragraph reads as a heading.
// countOf follows a number that counts, not one that numbers: "2 x
// Payments to HMRC".
var countOf = lazyre.New(`^[x×]\s`)

// datedLine opens with a date, not a point's number: "11 April 2023
// Garden Allotments Committee" over the minutes it titles.
var datedLine = lazyre.New(`^\d{1,2}\s+(?:` + monthName + `)\s+\d{4}\s+[A-Z]`)

// closesBracket: the marker m is the end of a bracket the line before
// opened, its sentence going on ("… (Appendix" over "1), which included
// …"): a point's number stands before its words, not before a comma.
func closesBracket(text, m string) bool {
	return strings.HasSuffix(m, ")") && len(text) > len(m) && strings.ContainsAny(text[len(m):len(m)+1], ",;:.")
}

func finish(p paragraph) paragraph {
	if m := markerPat.FindString(p.text); m != "" && len(p.text) > len(m) && !countOf.MatchString(p.text[len(m):]) && !datedLine.MatchString(p.text) && !closesBracket(p.text, m) {
		p.marker = normMarker(m)
		p.body = strings.TrimSpace(p.text[len(m):])
		if rest, ok := strings.CutPrefix(p.body, "- "); ok && strings.Contains(m, ".") {
			p.body = rest // "3.1.1 - Prepare a plan …": the dash sets the number off
		}
	} else if m := closedMarker.FindStringSubmatch(p.text); m != nil {
		// "1.The Portfolio Holder approves …", "17.07.02Minutes of
		// Previous Meeting": the number's space lost.
		p.marker, p.body = m[1]+m[2], strings.TrimPrefix(p.text[len(m[1])+len(m[2]):], ".")
	} else {
		p.body = p.text
	}
	if !p.heading {
		// A numbered item's title ("7. Progress Report on …") or a line
		// in capitals heads what follows; other short lines (a presenter's
		// name, a lead-in ending in a colon) do not.
		numbered := p.marker != "" && p.marker[0] >= '0' && p.marker[0] <= '9'
		p.heading = numbered && itemTitle(p.body) || !numbered && isCapitals(p.body) && looksLikeHeading(p.body) && !finiteVerb.MatchString(p.body)
	}
	return p
}

// reportBy is an item's title with the report it takes, by whom: "3.
// Nominated Disposals Programme - Report by the Executive Director of
// Regeneration." — the heading its record goes under.
var reportBy = lazyre.New(`^[A-Z][^.;:]{3,160}?\s[-–—]\s(?:(?:Joint\s+)?Report|Update|Verbal\s+update|Presentation)\s+(?:by|of|from)\s+(?:the\s+)?[A-Z][^.;:]{2,120}\.?$`)

// itWasDecided opens a line with "It was RESOLVED", "It was agreed".
var itWasDecided = lazyre.New(`^It\s+was\s+(?:(?:also|further|then|unanimously)\s+)?(?:RESOLVED|AGREED|DECIDED|resolved|agreed|decided)\b`)

// titledNote is a typed minute whose title runs into its note after a
// dash: "12. Park inspection- clerk to get quotes for an inspection". The
// note, three words or more, makes the line the item, not its heading (as
// a person named as acting does: "15. Clerk to get quotes …").
func titledNote(body string) bool {
	m := titleDash.FindStringSubmatch(body)
	return m != nil && len(strings.Fields(m[2])) >= 3
}

// (A bracketed number before the title refers to the minute the item
// follows up: "(3.2) Communication with villagers – Clerk to …".)
var titleDash = lazyre.New(`^(?:\(\d{1,2}(?:\.\d{1,2})?\)\s+)?([A-Z][^–—:.;]{2,50}?)\s?[–—-]\s+(\S.*)$`)

// closedMarker is a point's number run into its first word, a capital
// and a small letter ("1.The …", "13.Implement …", "2016/27Declarations
// …", a number of two parts or more needing no stop).
var closedMarker = lazyre.New(`^(?:(\d{1,2})\.|(\d{1,4}(?:[./]\d{1,3}){1,3}))[A-Z][a-z]`)

// midPhrase: text that stops on a word no sentence ends with ("and" and
// "or" end points of lists, before the next point), an article, a
// preposition, an auxiliary ("… be" over "agreed as a correct record"),
// "as" ("… were approved as" over "a fair record") or an owner’s name,
// whose thing is still to come ("… review the Committee’s" over "Work
// Programme.").
func midPhrase(t string) bool {
	k := strings.LastIndexByte(t, ' ')
	return k >= 0 && (phraseWord[t[k+1:]] || possessive.MatchString(t[k+1:]))
}

var possessive = lazyre.New(`^[A-Za-z]{2,}['’]s$`)

var phraseWord = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "for": true, "with": true, "by": true, "in": true,
	"be": true, "been": true, "will": true, "would": true, "shall": true, "should": true, "must": true, "as": true}

// openWord: more words no sentence ends with, which a numbered point cut
// over a blank line may stop at ("… the works at"). (A line of web text
// may: "… held on" over the date in a field of its own.)
var openWord = map[string]bool{"at": true, "from": true, "on": true, "into": true, "onto": true, "upon": true, "between": true,
	"within": true, "towards": true, "via": true, "its": true, "their": true, "our": true, "@": true}

// endsOpen: t stops at a word no point's sentence ends with.
func endsOpen(t string) bool {
	k := strings.LastIndexByte(t, ' ')
	return midPhrase(t) || k >= 0 && openWord[t[k+1:]]
}

// trailingMarker is a point's number after a finished sentence at a
// line's end: "… for contracts 12 & 47. 2.".
var trailingMarker = lazyre.New(`[.;]\s+(\d{1,2}\.)$`)

// goesOnPastBlank: the text so far stops mid-sentence and the next line
// goes on with it: in lower case, or after a word no sentence ends with
// ("(a) … the revised budget for the" over "Village Hall as set out …"),
// or after a comma in lower case ("… regard for the vulnerable," over
// "disadvantaged and disabled …"), or inside a name that the next line
// finishes before a lead-in's colon (nameCut). A PDF sets such a blank
// after any line that stops short of the margin, so a sentence its
// author broke by hand ("… the grant awarded on" over "12 May be
// confirmed") is split by one; so is a decision broken inside a name.
// A label of a few words with no number ("Reasons for") or a title is
// cut short, not run on; a point that ends with its tag ("… to be fitted.
// Action: JB") is finished, though the next opens in lower case ("b/f the
// manhole cover …"), unless that line says what they are to do ("to mend
// the gate").
func goesOnPastBlank(buf []byte, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	t := tail(buf)
	// (Only a numbered point's or a decision's sentence: a title or a
	// lead-in may stop so, "What the council aims for".)
	open := r != 0 && (markerPat.Match(buf) || decisionOpens.Match(buf)) && (midPhrase(t) || endsOpen(t) && len(strings.Fields(t)) >= 5) &&
		!newSentence(t, next) // "… the new bins as" over "The Chair will …"
	return (unicode.IsLower(r) || open || nameCut(buf, next)) && !bareMarker.Match(buf) && !endsSentence(t) && !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ";") && !(namedTag(t) >= 0 && !tagGoesOn.MatchString(next)) &&
		!(strings.HasSuffix(t, "-") && !brokenWord(t)) && !strings.HasSuffix(t, "–") && !startsBlock.MatchString(next) && !bareMarker.MatchString(next) && !dashItem(next)
}

// newSentence: next, past a blank after t, opens a sentence of its own:
// an article or pronoun in capitals after "as" or "the", which no name
// follows ("… the new bins as" over "The Chair …"), or one whose subject
// has a finite verb of its own ("The hall will be painted …"). After
// "… be sent to" a name may start so ("The Planning Inspectorate before
// …"), and the point goes on.
func newSentence(t, next string) bool {
	if !sentenceOpener[firstWord(next)] {
		return false
	}
	w := t[strings.LastIndexByte(t, ' ')+1:]
	return w == "as" || w == "the" || subjectVerb.MatchString(next)
}

// subjectVerb is a subject of a few words, then its finite verb.
var subjectVerb = lazyre.New(`^\S+(?:\s+[\w’'-]+){0,3}\s+(?:will|would|is|are|was|were|has|have|had|shall|should|can|could|may|must)\b`)

// brokenWord: t ends with a word cut at its hyphen ("… an e-" over
// "mail about …"), not with a dash set apart before what follows.
func brokenWord(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(t, "-"))
	return unicode.IsLetter(r)
}

// squareMarker opens a line with a point's number in square brackets,
// "[2] the plan be noted": after a finished sentence it starts the point,
// as "(2)" does (a note's "[2]" is set against the word it marks).
var squareMarker = lazyre.New(`^\[(?:\d{1,2}|[ivx]{1,4}|[a-h])\]\s`)

// decisionOpens opens a decision's sentence: "That …", "RESOLVED that
// …", "Agreed: that …".
var decisionOpens = lazyre.New(`^(?:(?:RESOLVED|Resolved|AGREED|Agreed)\s*[:,–-]?\s*)?(?:That|THAT|that)\b`)

// endsAnd: t stops at a conjunction, its clause still to come.
func endsAnd(t string) bool {
	k := strings.LastIndexByte(t, ' ')
	w := t[k+1:]
	return w == "and" || w == "or" || w == "&"
}

// nextText is the text of the first line after i that has any.
func nextText(lines []layout.Line, i int) string {
	for _, l := range lines[i+1:] {
		if t := clean.Space(l.Text); t != "" {
			return t
		}
	}
	return ""
}

// namedTag is where a whole "Action: JB/WM" tag, who acts named, starts
// at the end of t (-1 if none): the point ends with it.
func namedTag(t string) int {
	if !strings.Contains(t, ":") || !holdsWord(t, "action") {
		return -1 // asked of every line; most have neither
	}
	m := openTag.FindStringSubmatchIndex(t)
	if m == nil || m[2] < 0 {
		return -1
	}
	return m[0]
}

// pointGoesOn: a short line after a numbered point's finished sentence,
// with the list's next point straight after it ("1. Chair – Alan Green.
// Secretary – Jo Brown." over "Treasurer – Sam Black" over "2. …"), is
// the point's last line, not a heading: a heading between a list's points
// would head nothing.
func pointGoesOn(buf []byte, next string) bool {
	m := markerPat.Find(buf)
	n := markerPat.FindString(next)
	return m != nil && n != "" && markerFollows(strings.TrimSpace(string(m)), strings.TrimSpace(n))
}

// startsUpper: text that opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentenceGoesOn: the next line of web text carries on the sentence buf
// left open, after an item title in capitals, a word no sentence ends
// with, or a comma the next line follows in lower case.
func sentenceGoesOn(buf []byte, text string) bool {
	if t := tail(buf); midPhrase(t) || endsOpen(t) && markerPat.Match(buf) {
		return true // (a numbered point, not a field: "… held on" over its date)
	}
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsLower(r) && bytes.HasSuffix(buf, []byte(",")) && !dashItem(text) {
		return true // "• To improve … for the vulnerable," over "disadvantaged and disabled …"
	}
	return unicode.IsLower(r) && !endsSentence(tail(buf)) && !bytes.HasSuffix(buf, []byte(":")) && (capsLead(string(buf)) || cutMidClause(buf, text) || capsVerbAlone(buf, text)) ||
		nameCut(buf, text)
}

// capsVerbAlone: a line that is a deciding verb alone in capitals, the
// clerk's mark of a decision ("NOTED" over "the update report on …"),
// whose object the next line in lower case gives. "NOTED" over "that …"
// tells what was said, no decision, and is left as it stands.
func capsVerbAlone(buf []byte, text string) bool {
	w := string(bytes.TrimSpace(buf))
	return len(w) >= 5 && isCapitals(w) && decidedVerb.MatchString(w) && !(strings.EqualFold(w, "NOTED") && strings.EqualFold(firstWord(text), "that"))
}

// nameCut: a decision ("That …") whose line stops at an article and one
// word of a name ("… agrees that the Local"), over a line that goes on
// with the name and ends leading in to points ("Council Tax Reduction
// Scheme be amended … as follows:"), is one sentence the copy broke inside
// the name. (A title never opens with "That", and a decision ended by a
// name, "… be referred to the Cabinet", has no lead-in after it.)
func nameCut(buf []byte, text string) bool {
	return thatOpens.Match(buf) && articleName.MatchString(tail(buf)) && startsUpper(text) && strings.HasSuffix(text, ":") &&
		!startsBlock.MatchString(text) && !bareMarker.MatchString(text)
}

var (
	thatOpens   = lazyre.New(`^(?i:that)\b`)
	articleName = lazyre.New(`\b(?:the|a|an|its|their)\s+[A-Z][a-z]+$`)
)

// cutMidClause: a line of five words or more that ends with no stop, over
// one that opens in lower case with no marker of its own, is a sentence
// the copy broke ("RESOLVED: that the Minutes of the meeting held on 1
// October" over "be confirmed as a correct record").
// (Not after a point's end, "…; and", nor a tag's initials, "Action: JB",
// and not over a point lettered in lower case, "j. Review …". A line that
// opens in lower case or with a point's number is a list's point, whose
// lines the list's own rules join.)
func cutMidClause(buf []byte, text string) bool {
	t := tail(buf)
	return len(bytes.Fields(buf)) >= 5 && startsUpper(string(buf[:min(len(buf), 8)])) && !markerPat.Match(buf) && !endsListItem(t) && !strings.HasSuffix(t, " and") && !capsLast.MatchString(t) &&
		!dashItem(text) && !bareMarker.MatchString(text) && !startsBlock.MatchString(text) && !lowerPoint.MatchString(text)
}

var (
	capsLast   = lazyre.New(`\b[A-Z]{2,4}\W*$`)
	lowerPoint = lazyre.New(`^\(?(?:[a-z]|[ivx]{1,4})[.)]\s*[A-Z(]`)
)

// capsLead: text that opens with three or more words in capitals
// ("MINUTES OF THE PREVIOUS MEETING HELD June 28").
func capsLead(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 3 && isCapitals(strings.Join(f[:3], " "))
}

// isCapitals reports text written in capitals ("HEALTH INEQUALITIES REPORT").
func isCapitals(s string) bool {
	return capitalsAtLeast(s, 4)
}

// capitalsAtLeast: s has no small letter and at least n capitals.
func capitalsAtLeast(s string, n int) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= n
}

var romanPat = lazyre.New(`^[ivxlc]{1,6}$`)

func normMarker(m string) string {
	m = strings.TrimSpace(m)
	if bare, ok := strings.CutSuffix(m, ".)"); ok {
		m = bare + ")" // "ii.)" is "ii)"
	}
	m = strings.TrimSuffix(m, ".")
	if len(m) > 2 && m[0] == '[' && m[len(m)-1] == ']' {
		m = "(" + m[1:len(m)-1] + ")" // "[1]" is the point "(1)"
	}
	// "iv." is the same point as "(iv)", as minutes number it elsewhere.
	if romanPat.MatchString(m) {
		return "(" + m + ")"
	}
	if len(m) == 1 && m[0] >= 'a' && m[0] <= 'z' {
		return "(" + m + ")" // "a." is the point "(a)"
	}
	if len(m) == 3 && m[0] == '(' && m[1] >= 'A' && m[1] <= 'Z' && m[2] == ')' {
		return strings.ToLower(m) // "(A)" numbers as "(a)" does
	}
	if strings.HasSuffix(m, ")") && !strings.HasPrefix(m, "(") {
		m = "(" + m
	}
	return m
}

// looksLikeHeading: short, one line of words without a sentence in it, in
// capitals or title case.
func looksLikeHeading(s string) bool {
	if len(s) > 100 || len(strings.Fields(s)) > 14 || strings.Contains(strings.TrimSuffix(s, "."), ". ") {
		return false
	}
	if strings.HasPrefix(strings.ToLower(s), "that ") || strings.HasSuffix(s, ",") {
		return false
	}
	if t := strings.ToLower(strings.TrimRight(s, ":;- ")); strings.HasSuffix(t, " and") || strings.HasSuffix(t, " or") || strings.HasSuffix(t, " to") {
		return false // "… keep the verges clear and:" goes on in what follows
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first)
}

// nextRoman: the line opens with the roman numeral after the one the
// paragraph opened with, its point lost ("i. Approve …" then "ii Seek …"),
// so it starts the next point rather than carrying on this one.
func nextRoman(buf []byte, text string) bool {
	m := bareRoman.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	head := buf[:min(len(buf), 12)]
	cur := strings.Trim(markerPat.FindString(string(head)), "(). \t")
	return cur != "" && romanNext[cur] == m[1]
}

var romanNext = map[string]string{"i": "ii", "ii": "iii", "iii": "iv", "iv": "v", "v": "vi", "vi": "vii", "vii": "viii", "viii": "ix", "ix": "x"}

// titleLine: two to eight words, each capitalised, a number or code, or a
// short joining word, with no colon and no punctuation at the end: how a heading reads
// when nothing else marks it.
func titleLine(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 8 || strings.ContainsAny(s[len(s)-1:], ".,;:?!") || strings.Contains(s, ":") {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if i == 0 || i == len(words)-1 || !titleJoiner[strings.ToLower(w)] {
			return false
		}
	}
	// "2. To" is a point whose words go on the next line.
	return !titleJoiner[strings.ToLower(words[len(words)-1])] && !startsBlock.MatchString(s)
}

var titleJoiner = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "to": true, "in": true, "on": true, "-": true, "–": true, "a": true, "an": true, "with": true, "from": true, "@": true}

// abbreviations end in a full stop without ending a sentence.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "eg": true, "ie": true, "dr": true, "cllr": true, "mr": true, "mrs": true,
	"ms": true, "no": true, "nos": true, "st": true, "etc": true, "approx": true, "vs": true, "cf": true, "para": true,
	"coun": true, "messrs": true, "rev": true, "revd": true, "prof": true, "insp": true, "sgt": true, "cttee": true,
}

// closingMarker opens a line with a number or letter and a closing
// bracket alone, as a point's marker may be set ("1) ", "b) ").
var closingMarker = lazyre.New(`^(?:\d{1,3}|[a-z]|[ivx]{1,6})\)(?:\s|$)`)

// closesOpenBracket: line, after prev, opens with what reads as a point's
// number ("1) which …") but closes a bracket prev opened and left open
// ("… set out in Appendix (see"): the number is the bracket's last word,
// wrapped onto the next line. (closesBracket reads the like close by the
// stop after it; here the line before shows it.)
func closesOpenBracket(prev, line string) bool {
	return closingMarker.MatchString(line) && strings.Count(prev, "(") > strings.Count(prev, ")")
}
