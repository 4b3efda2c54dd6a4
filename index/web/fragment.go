package web

import (
	"html"
	"html/template"
	"strings"
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
