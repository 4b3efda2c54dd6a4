package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// KeptHeadings tells whether the paper marks any line as a heading: a copy
// that kept them says what its headings are, and a line it left plain is
// none.
func KeptHeadings(lines []Line) bool {
	for _, l := range lines {
		if l.Heading > 0 {
			return true
		}
	}
	return false
}

// MaxLostHeading bounds the words of a heading whose style a text copy
// lost: a priority may be named at some length ("2. Help everyone find a
// home they can afford and keep"), but not at a paragraph's.
const MaxLostHeading = 20

// LostHeadingShape tells whether text reads as a heading a text copy kept
// no mark of: a phrase, not a sentence — up to MaxLostHeading words,
// starting with a capital or a number, holding no full stop but its
// number's ("2.3 "), ending in no punctuation — and holding no telephone
// number or day's date, which a cover's or a page's short lines carry
// ("Contact: A Bell 01632 960123", "Published 4 May 2024") and a theme
// does not (a theme may name a year or a span: "Plan 2024 to 2027").
// Each reader adds what else is no heading to it (a card's label, a
// bullet point, a part's name).
func LostHeadingShape(text string) bool {
	text = strings.TrimSpace(text)
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > MaxLostHeading || strings.Contains(text, ". ") && !numberedStart.MatchString(text) {
		return false
	}
	if phoneNumber.MatchString(text) || dayDate.MatchString(text) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".:;,!?-–", r)
}

// phoneNumber is a telephone number: a 0 or a country's "+" and nine
// digits or more, spaces, dashes or brackets between them ("01632
// 960123", "(0161) 496 0000", "+44 20 7946 0000"); a year or a span of
// years opens with no 0.
var phoneNumber = lazyre.New(`(?:^|[^\d.,/])(?:\+\d|\(?0\d)(?:[\s()-]*\d){7,}`)

// dayDate is a day's date: "4 May 2024", "4th May", "May 4, 2024",
// "04/05/2024", "4.5.24".
var dayDate = lazyre.New(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + months + `\b|\b` + months + `\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,|\s+\d{4})|\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b`)

// months names a month, in full or cut short.
const months = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

// numberedStart is a heading's number ("1. ", "2.3 ") before its words.
var numberedStart = lazyre.New(`^\d{1,2}(?:\.\d{1,2})*\.?\s+\S`)

// StandsAlone tells whether line i stands as a heading would: in a copy
// that sets a paragraph a line, any line does; in text wrapped to a width
// a line ending short is as often a paragraph's last, so there it must
// stand between blank lines (or the paper's ends).
func StandsAlone(ld Doc, i int) bool {
	if ld.Flowing {
		return true
	}
	blank := func(j int) bool { return j < 0 || j >= len(ld.Lines) || strings.TrimSpace(ld.Lines[j].Text) == "" }
	return blank(i-1) && blank(i+1)
}

// carriedLogHead is a line that heads a log of the actions an earlier
// meeting set, kept to see how each stands: "Actions from the last
// meeting", "Outstanding actions", "Outstanding action points – March to
// May 2024", "Action points from previous minutes". The words alone: a
// sentence about such actions has a verb and runs on.
var carriedLogHead = lazyre.New(`(?i)^(?:(?:outstanding|open)\s+actions?(?:\s+points?|\s+log)?|actions?(?:\s+points?)?\s+(?:arising\s+)?from\s+(?:the\s+)?(?:last|previous|earlier)\s+(?:minutes|meetings?))(?:\s*[-–—:]\s*[^.;:]{0,80})?$`)

// CarriedLogHead reports whether text, a line standing alone, heads a log
// of the actions an earlier meeting set (carriedLogHead).
func CarriedLogHead(text string) bool {
	return carriedLogHead.MatchString(strings.TrimSpace(text))
}
