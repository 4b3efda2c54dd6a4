package narrative

import (
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

func TestItemFeatures(t *testing.T) {
	a := action.Action{Ref: "(a)", Kind: action.KindResolution, Action: "To approve the new opening hours of the library.",
		Owner: []string{"Clerk"}, SourceText: "RESOLVED: (a) To approve the new opening hours of the library, subject to the budget being agreed in March."}
	fs := ItemFeatures(a, action.DocMinutes, 0, 3)
	for _, want := range []string{"bias", "d=minutes", "kind=resolution", "d=minutes|kind=resolution", "has=owner", "fc=to", "w1=to", "end=.", "pos=first", "part_of_source"} {
		if !slices.Contains(fs, want) {
			t.Errorf("ItemFeatures lacks %q: %v", want, fs)
		}
	}
	// The topic's words are no feature.
	for _, f := range fs {
		if strings.Contains(f, "library") || strings.Contains(f, "hours") || strings.Contains(f, "budget") {
			t.Errorf("ItemFeatures has a topic word: %q", f)
		}
	}
	if got := ItemFeatures(a, action.DocMinutes, 1, 3); !slices.Contains(got, "pos=1") {
		t.Errorf("the middle of three items: want pos=1, got %v", got)
	}
	// Every paper has a first part; only a later one is marked.
	a.Part = 1
	if got := ItemFeatures(a, action.DocMinutes, 0, 3); slices.Contains(got, "part") {
		t.Errorf("part 1: want no part feature, got %v", got)
	}
	a.Part = 2
	if got := ItemFeatures(a, action.DocMinutes, 0, 3); !slices.Contains(got, "part") {
		t.Errorf("part 2: want the part feature, got %v", got)
	}
}
