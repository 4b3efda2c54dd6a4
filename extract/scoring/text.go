package scoring

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// exact fields must match exactly (case and outer space aside); all other
// fields are compared as bags of words.
var exact = map[string]bool{"status": true, "due": true, "kind": true, "date": true}

var (
	tagRE  = regexp.MustCompile(`<[^>]+>`)
	wordRE = regexp.MustCompile(`[a-z0-9]+`)
	// The class after the prefix is python's \s in a str pattern.
	refPrefixRE = regexp.MustCompile(`^(?:recommendation|rec\.?|action|item|no\.?)[\s\v\x{1c}-\x{1f}\x{85}\p{Z}]*`)
)

// words is the bag of lower-case words the scorer compares: tags dropped,
// entities decoded, runs of [a-z0-9], with the PDF misreading "clir" read
// as "cllr".
func words(v any) []string {
	if v == nil {
		return nil
	}
	var s string
	if list, ok := v.([]any); ok {
		parts := make([]string, len(list))
		for i, x := range list {
			parts[i] = pyStr(x)
		}
		s = strings.Join(parts, " ")
	} else {
		s = pyStr(v)
	}
	s = pyLower(unescape(tagRE.ReplaceAllString(s, " ")))
	// python turns curly quotes into ' here; neither is a word character, so
	// that changes no word.
	toks := wordRE.FindAllString(s, -1)
	for i, t := range toks {
		if t == "clir" {
			toks[i] = "cllr"
		}
	}
	return toks
}

// charRefRE is python's html._charref: numeric references with an optional
// semicolon, and names up to 32 characters.
var charRefRE = regexp.MustCompile(`&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)`)

// unescape is python's html.unescape. Go's html.UnescapeString decodes named
// references the same way, but not numeric ones: python also decodes them
// before a letter, drops invalid code points (so "a&#1;b" is one word) and
// maps numbers past U+10FFFF to U+FFFD rather than wrapping.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return charRefRE.ReplaceAllStringFunc(s, func(ref string) string {
		switch {
		case ref == "&nGt;": // the two names Go's table lacks
			return "\u226b\u20d2"
		case ref == "&nLt;":
			return "\u226a\u20d2"
		case ref[1] != '#':
			return html.UnescapeString(ref)
		}
		digits, base := strings.TrimSuffix(ref[2:], ";"), 10
		if digits[0] == 'x' || digits[0] == 'X' {
			digits, base = digits[1:], 16
		}
		n, err := strconv.ParseUint(digits, base, 32)
		switch {
		case err != nil || n > unicode.MaxRune || n >= 0xd800 && n <= 0xdfff || n == 0:
			return "\uFFFD"
		case n == 0x0d:
			return "\r"
		case n >= 0x80 && n <= 0x9f:
			// The windows-1252 table; Go's is the same as python's.
			return html.UnescapeString("&#" + strconv.FormatUint(n, 10) + ";")
		case n <= 0x08 || n == 0x0b || n >= 0x0e && n <= 0x1f || n == 0x7f ||
			n >= 0xfdd0 && n <= 0xfdef || n&0xfffe == 0xfffe:
			return "" // python's invalid code points
		}
		return string(rune(n))
	})
}

// textOK holds when got has at least 90% of the gold words and, if
// needPrecision, at least 80% of got's words are gold words.
func textOK(gold, got any, needPrecision bool) bool {
	g, o := words(gold), words(got)
	if len(g) == 0 {
		return len(o) == 0
	}
	count := map[string]int{}
	for _, w := range g {
		count[w]++
	}
	common := 0
	for _, w := range o {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	recall := float64(common) / float64(len(g))
	precision := 0.0
	if len(o) > 0 {
		precision = float64(common) / float64(len(o))
	}
	return recall >= 0.9 && (precision >= 0.8 || !needPrecision)
}

// valueOK scores one field; gold may be {"any": [alternatives]}. Commitments
// (from minutes) need only recall.
func valueOK(field string, gold, got, kind any) bool {
	if o, ok := gold.(*object); ok && o.has("any") {
		alts, _ := o.get("any").([]any) // checkGold made sure it is a list
		for _, alt := range alts {
			if valueOK(field, alt, got, kind) {
				return true
			}
		}
		return false
	}
	if exact[field] {
		return exactText(got) == exactText(gold)
	}
	return textOK(gold, got, kind != "commitment")
}

// exactText is python's str(v or "").strip().lower().
func exactText(v any) string {
	if !truthy(v) {
		return ""
	}
	return pyLower(pyStrip(pyStr(v)))
}

// normRef makes refs comparable: "Recommendation 3.", "(3)" and "3" are one.
func normRef(r any) string {
	s := ""
	if truthy(r) {
		s = pyStr(r)
	}
	s = pyLower(pyStrip(s))
	s = refPrefixRE.ReplaceAllString(s, "")
	return strings.Trim(s, "().: ")
}
