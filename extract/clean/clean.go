// Package clean tidies text taken from papers: entities decoded, tags
// dropped, white space folded, and cells wrapped over lines joined.
package clean

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var tag = regexp.MustCompile(`</?[a-zA-Z][^<>]{0,200}>`)

// Text decodes HTML entities, drops tags and folds runs of white space
// (including no-break spaces) to one space.
func Text(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = tag.ReplaceAllString(s, " ")
		s = html.UnescapeString(s)
	}
	return Space(s)
}

// Space folds every run of white space, no-break spaces included, to one
// space and trims the ends.
func Space(s string) string {
	if folded(s) {
		return s // most lines are: no need to split and join them again
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// folded reports whether Space would give s back as it is: its only white
// space single plain spaces between words.
func folded(s string) bool {
	prev := ' ' // a space at the start is not folded
	for _, r := range s {
		if isSpace(r) && (r != ' ' || prev == ' ') {
			return false
		}
		prev = r
	}
	return prev != ' ' || s == ""
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// IsBold reports whether s is wholly wrapped in <b> or <strong>.
func IsBold(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	return (strings.HasPrefix(t, "<b>") && strings.HasSuffix(t, "</b>")) ||
		(strings.HasPrefix(t, "<strong>") && strings.HasSuffix(t, "</strong>"))
}

// Join appends a wrapped line to the text before it: with a space, or,
// where a word was split by a hyphen at the line end, without the hyphen.
func Join(prev, next string) string {
	next = strings.TrimSpace(next)
	prev = strings.TrimRight(prev, " ")
	switch {
	case next == "":
		return prev
	case prev == "":
		return next
	case splitWord(prev, next):
		return prev[:len(prev)-1] + next
	case strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "/"):
		// "Sub-" + "group", "staff/" + "parents": a compound, keep it whole.
		if r, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1]); unicode.IsLetter(r) {
			return prev + next
		}
	}
	return prev + " " + next
}

// splitWord reports whether prev ends in a word broken by a hyphen that next
// finishes: "imple-" + "mentation". Short stems ("co-", "re-", "sub-") are
// prefixes that keep their hyphen, so they are not taken as split words.
func splitWord(prev, next string) bool {
	if !strings.HasSuffix(prev, "-") {
		return false
	}
	stem := prev[:len(prev)-1]
	i := strings.LastIndexFunc(stem, func(r rune) bool { return !unicode.IsLetter(r) })
	word := stem[i+1:]
	first, _ := utf8.DecodeRuneInString(next)
	return utf8.RuneCountInString(word) > 4 && unicode.IsLower(first) && strings.ToLower(word) == word
}
