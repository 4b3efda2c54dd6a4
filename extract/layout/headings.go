package layout

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
// number's ("2.3 "), ending in no punctuation. Each reader adds what else
// is no heading to it (a card's label, a bullet point, a part's name).
func LostHeadingShape(text string) bool {
	text = strings.TrimSpace(text)
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > MaxLostHeading || strings.Contains(text, ". ") && !numberedStart.MatchString(text) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".:;,!?-–", r)
}

// numberedStart is a heading's number ("1. ", "2.3 ") before its words.
var numberedStart = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2})*\.?\s+\S`)

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
