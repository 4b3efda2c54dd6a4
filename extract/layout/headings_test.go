package layout

import (
	"strings"
	"testing"
)

func TestLostHeadingShape(t *testing.T) {
	for text, want := range map[string]bool{
		"Greener streets":                                true,
		"2. Help everyone find a home they keep":         true,
		"2.3 Parks. Play areas":                          true, // the stop is its number's
		"We will plant trees.":                           false,
		"The group met. It agreed":                       false,
		"planting more trees":                            false,
		"Next steps:":                                    false,
		"":                                               false,
		"Contact: A Bell 01632 960123":                   false, // a telephone number
		"Call us on (0161) 496 0000":                     false,
		"Published 4 May 2024":                           false, // a day's date
		"Page last updated 28/06/2019":                   false,
		"Uploaded on December 2, 2023":                   false,
		"Plan 2024 to 2027":                              true, // years name a theme's span
		"Objective 3: Safer streets by 2030":             true,
		"Action plan from May 2022":                      true,
		"1.2 Homes for 250 families":                     true,
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
