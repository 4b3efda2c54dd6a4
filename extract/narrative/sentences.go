package narrative

// Sentences: where a paragraph's sentences end, despite abbreviations,
// initials and stops a copy lost.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// sentences splits text after ., ! or ? followed by a capital, skipping
// abbreviations.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		if c == '.' && j < len(text) && text[j] != ' ' && gluedStop(text, i) {
			// "… the Recreation Project.The Parish Council decided …": a
			// copy lost the space after the stop.
			out = append(out, strings.TrimSpace(text[start:j]))
			start = j
			continue
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		for j < len(text) && text[j] == ' ' {
			j++
		}
		next, _ := utf8.DecodeRuneInString(text[j:])
		if m := inlinePoint.FindStringSubmatchIndex(text[j:]); m != nil {
			// "… at the next meeting. b. Clerk to order …": the next
			// point's letter, run on into the paragraph, is no part of
			// either sentence.
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = j + m[3]
			i = start - 1
			continue
		}
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '(' && next != '"' && next != '\'' && next != '‘' && next != '“' {
			continue
		}
		if c == '.' {
			w := text[start:i]
			if k := strings.LastIndexByte(w, ' '); k >= 0 {
				w = w[k+1:]
			}
			if abbreviations[strings.ToLower(strings.TrimLeft(w, "([\"'‘“"))] { // "(e.g. Sheppey Matters)"
				continue
			}
			if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) && initialOfName(text, start, i) {
				continue // "Councillor R. Taylor", "S. J. Worden": an initial
			}
			if ordinalDay.MatchString(w) && monthAhead.MatchString(text[j:]) {
				continue // "from 23rd. December": a date, stopped after its day
			}
			if dottedInitials.MatchString(w) && !opensSentence(firstWord(text[j:])) {
				continue // "P.C.S.O. MacPherson agreed …": a title in initials before a name
			}
		}
		out = append(out, strings.TrimSpace(text[start:i+1]))
		start = j
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// inlinePoint is a list point's letter or small roman number run on
// after a sentence, before the capital that opens the point: "b. ", "ii) ".
var inlinePoint = lazyre.New(`^((?:[a-z]|[ivx]{2,4})[.)] +)(?:\p{Lu}|\d|[‘“"'])`)

// dottedInitials is a title or body set in capitals with stops, its last
// stop the one before the space: "P.C.S.O", "P.C".
var dottedInitials = lazyre.New(`^(?:[A-Z]\.)+[A-Z]$`)

// sentenceOpener are words that open a sentence rather than a name: after
// "… reported to the N.H.S." the next sentence starts. True marks the
// articles and pronouns, which open one even after a word in small
// letters with no stop between (lostStop); a sentence may hold the others
// in a capital ("Plan A", "Britain In Bloom", "the ward Councillors").
var sentenceOpener = map[string]bool{"The": true, "This": true, "That": false, "These": true, "Those": true, "It": true, "A": false, "An": false,
	"There": true, "They": true, "He": true, "She": true, "We": true, "Our": true, "I": false, "In": false, "On": false, "At": false, "All": false,
	"Members": false, "Councillors": false}

// opensSentence: w is one of sentenceOpener's words.
func opensSentence(w string) bool {
	_, ok := sentenceOpener[w]
	return ok
}

// endsSmall: w ends in two small letters, as a word a sentence ends with
// does, and no name, address or abbreviation.
func endsSmall(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] >= 'a' && w[n-1] <= 'z' && w[n-2] >= 'a' && w[n-2] <= 'z'
}

// gluedStop: the stop at i ends a word in small letters and a sentence's
// usual first word follows it with no space ("project.The Council …"),
// as no name, address or abbreviation is written.
func gluedStop(text string, i int) bool {
	if !endsSmall(text[:i]) {
		return false
	}
	w := text[i+1 : min(len(text), i+14)] // (the longest opener, "Councillors", and its space: a long run with no space is read no further)
	k := strings.IndexByte(w, ' ')
	return k > 0 && opensSentence(w[:k])
}

// lostStop: a copy lost the stop between word and next and kept the
// space: word ends in small letters and next is an article or pronoun in
// a capital ("… the leisure centres The contract was let …"), which
// opens a sentence wherever it stands.
func lostStop(word, next string) bool {
	return endsSmall(word) && sentenceOpener[next]
}

// firstSentence cuts text after its first sentence: where sentences
// ends it, or before where a stop was lost (lostStop). ended is whether
// a sentence ended, rather than the words running out with none ended.
func firstSentence(text string) (first, rest string, ended bool) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", "", false
	}
	first = text
	if ss := sentences(text); len(ss) > 1 && strings.HasPrefix(text, ss[0]) {
		first = ss[0]
	}
	ws := wordSpan.FindAllStringIndex(first, -1)
	for k := 0; k+1 < len(ws); k++ {
		if lostStop(first[ws[k][0]:ws[k][1]], first[ws[k+1][0]:ws[k+1][1]]) {
			first = first[:ws[k][1]]
			break
		}
	}
	rest = strings.TrimSpace(text[len(first):])
	return first, rest, rest != "" || strings.ContainsAny(text[len(text)-1:], ".!?")
}

// monthName is a month's full name.
const monthName = `January|February|March|April|May|June|July|August|September|October|November|December`

var (
	ordinalDay = lazyre.New(`^\d{1,2}(?:st|nd|rd|th)$`)
	monthAhead = lazyre.New(`^(?:` + monthName + `|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b`)
)

// initialOfName: the initial ending at i follows a title or another initial
// ("Councillor R.", "S. J."), so a name goes on after it. A capital alone
// at a sentence's end ("… in Appendix B.") ends the sentence.
func initialOfName(text string, start, i int) bool {
	before := strings.Fields(text[start : i-1])
	if len(before) == 0 {
		return true
	}
	last := strings.TrimRight(before[len(before)-1], ".")
	if r, n := utf8.DecodeRuneInString(last); n == len(last) && unicode.IsUpper(r) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(last); unicode.IsUpper(r) && strings.HasSuffix(last, ",") || last == "&" {
		return true // a list of names: "Cllrs Bushell, C. Lock, S. Lock & M. Way"
	}
	return nameTitle[strings.ToLower(last)]
}

// nameTitle comes before a person's initial; so does the word a vote names
// its mover with ("Proposed D. Rimmer").
var nameTitle = map[string]bool{"councillor": true, "cllr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "rev": true, "revd": true, "prof": true, "sir": true,
	"proposed": true, "seconded": true, "moved": true, "nominated": true}
