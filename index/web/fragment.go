package web

import (
	"html"
	"html/template"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// safeFragment re-sanitises a highlighted fragment from the index. The index
// already escapes the extracted text, but the page must not depend on that:
// everything except the <mark> and </mark> tags is unescaped and escaped
// again, so any other markup shows as text, and the marks are kept balanced.
func safeFragment(frag string) template.HTML {
	var b strings.Builder
	open := false
	for frag != "" {
		i := strings.Index(frag, "<mark>")
		j := strings.Index(frag, "</mark>")
		next, tag, isOpen := len(frag), "", false
		if i >= 0 && i < next {
			next, tag, isOpen = i, "<mark>", true
		}
		if j >= 0 && j < next {
			next, tag, isOpen = j, "</mark>", false
		}
		b.WriteString(template.HTMLEscapeString(html.UnescapeString(frag[:next])))
		if tag == "" {
			break
		}
		frag = frag[next+len(tag):]
		switch {
		case isOpen && !open:
			b.WriteString("<mark>")
			open = true
		case !isOpen && open:
			b.WriteString("</mark>")
			open = false
		}
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}

// safeFragments sanitises every fragment of a hit, for the JSON API too, so
// that a client may put them into a page as HTML.
func safeFragments(in map[string][]string) map[string][]string {
	if len(in) == 0 {
		return nil
	}
	out := make(map[string][]string, len(in))
	for field, frags := range in {
		for _, f := range frags {
			out[field] = append(out[field], string(safeFragment(f)))
		}
	}
	return out
}

// markMatches escapes text and marks in it the words the index marked in
// frags, where they stand as whole words: a hit's heading is its action's
// words from their start, which bleve's fragment may not be ("…al schools
// and nurseries"), and still shows what matched.
func markMatches(text string, frags []string) template.HTML {
	var words []string
	for _, f := range frags {
		for {
			i := strings.Index(f, "<mark>")
			j := strings.Index(f, "</mark>")
			if i < 0 || j < i {
				break
			}
			if w := html.UnescapeString(f[i+len("<mark>") : j]); w != "" && !slices.Contains(words, w) {
				words = append(words, w)
			}
			f = f[j+len("</mark>"):]
		}
	}
	// Longest first, so that "schools" wins over "school".
	slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) })
	var b strings.Builder
	plain := 0 // text[plain:i] is yet to be written
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if i == 0 || !isWordRune(prev) {
			for _, w := range words {
				if !strings.HasPrefix(text[i:], w) {
					continue
				}
				if next, _ := utf8.DecodeRuneInString(text[i+len(w):]); i+len(w) == len(text) || !isWordRune(next) {
					b.WriteString(template.HTMLEscapeString(text[plain:i]))
					b.WriteString("<mark>" + template.HTMLEscapeString(w) + "</mark>")
					i += len(w)
					plain = i
					size = 0
					break
				}
			}
		}
		i += size
	}
	b.WriteString(template.HTMLEscapeString(text[plain:]))
	return template.HTML(b.String())
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
