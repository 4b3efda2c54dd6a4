package layout

import (
	"strings"
	"testing"
)

func textDoc(lines ...string) Doc {
	var d Doc
	for _, l := range lines {
		d.Lines = append(d.Lines, Line{Text: l})
	}
	return d
}

func TestUnwrapped(t *testing.T) {
	for _, tc := range []struct {
		name  string
		doc   Doc
		width int
		want  []string
	}{
		{"wrapped lines join; a short line ends its run; a point starts its own", textDoc(
			"The committee considered the report on the new cemetery and agreed",
			"that the works should begin in the spring.",
			"Short line.",
			"1. The contractor is to clear the site and fence it before the works",
			"start, and to keep the path open for visitors throughout the year.",
			"2. The clerk to write to the diocese about the consecration date."),
			68,
			[]string{
				"The committee considered the report on the new cemetery and agreed that the works should begin in the spring.",
				"Short line.",
				"1. The contractor is to clear the site and fence it before the works start, and to keep the path open for visitors throughout the year.",
				"2. The clerk to write to the diocese about the consecration date.",
			}},
		{"a line a paragraph is kept", Doc{Flowing: true, Lines: []Line{{Text: strings.Repeat("word ", 20)}, {Text: "next"}}}, 0,
			[]string{strings.Repeat("word ", 20), "next"}},
		{"too few long lines to tell a width by", Doc{Pages: 1, Lines: []Line{{Text: "one"}, {Text: "two"}}}, 0, []string{"one", "two"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if w := WrapWidth(tc.doc); w != tc.width {
				t.Errorf("WrapWidth = %d, want %d", w, tc.width)
			}
			var got []string
			for _, l := range Unwrapped(tc.doc).Lines {
				got = append(got, l.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestWouldFit(t *testing.T) {
	for _, tc := range []struct {
		line, next string
		want       bool
	}{
		{"Short line.", "Next sentence", true},
		{"A line that came up to the wrap width of the text it was in and", "more", false},
		{"Anything", "at all", false}, // no width: nothing to tell by
	} {
		width := 70
		if tc.line == "Anything" {
			width = 0
		}
		if got := WouldFit(tc.line, tc.next, width); got != tc.want {
			t.Errorf("WouldFit(%q, %q) = %v, want %v", tc.line, tc.next, got, tc.want)
		}
	}
}
