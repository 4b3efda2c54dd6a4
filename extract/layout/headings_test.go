package layout

import (
	"strings"
	"testing"
)

func TestLostHeadingShape(t *testing.T) {
	for text, want := range map[string]bool{
		"Greener streets":                        true,
		"2. Help everyone find a home they keep": true,
		"2.3 Parks. Play areas":                  true, // the stop is its number's
		"We will plant trees.":                   false,
		"The group met. It agreed":               false,
		"planting more trees":                    false,
		"Next steps:":                            false,
		"":                                       false,
		strings.Repeat("word ", MaxLostHeading) + "more": false,
	} {
		if got := LostHeadingShape(text); got != want {
			t.Errorf("LostHeadingShape(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestStandsAlone(t *testing.T) {
	lines := func(ts ...string) []Line {
		var ls []Line
		for _, t := range ts {
			ls = append(ls, Line{Text: t})
		}
		return ls
	}
	wrapped := Doc{Lines: lines("", "Greener streets", "", "We will plant", "trees in every ward")}
	if !StandsAlone(wrapped, 1) || StandsAlone(wrapped, 3) {
		t.Error("in wrapped text a line stands alone only between blank lines")
	}
	if flowing := (Doc{Lines: wrapped.Lines, Flowing: true}); !StandsAlone(flowing, 3) {
		t.Error("in a copy a paragraph a line, every line stands alone")
	}
}
