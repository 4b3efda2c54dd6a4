package narrative

import (
	"strconv"

	"github.com/councilactions/councilactions/extract/action"
)

// ItemFeatures are the names of what an item the rules gave shows, for a
// model that judges their items rather than the paragraphs they left: the
// paper's kind, the item's kind and ref, which fields the rule that gave
// it filled (a table's row fills status and target, a minute's decision
// neither), where among the paper's n items it stands (the pos-th), and
// the shape and grammar of its text, as the second reader's features
// read a paragraph. Like those, it leaves out the words of the topic.
func ItemFeatures(a action.Action, docKind string, pos, n int) []string {
	d := "d=" + docKind
	fs := []string{"bias", d}
	add := func(f string) { fs = append(fs, f, d+"|"+f) }
	add("kind=" + a.Kind)
	style := "none"
	if a.Ref != "" {
		style = markerStyle(a.Ref)
	}
	add("ref=" + style)
	if a.Part > 1 {
		// A paper's first part is 1: only a later part is worth a feature.
		add("part")
	}
	for _, f := range []struct {
		name string
		set  bool
	}{{"theme", a.Theme != ""}, {"objective", a.Objective != ""}, {"owner", len(a.Owner) > 0}, {"due", a.DueRaw != ""},
		{"status", a.StatusRaw != ""}, {"target", a.Target != ""}, {"outcome", a.Outcome != ""}, {"progress", a.Progress != ""}} {
		if f.set {
			add("has=" + f.name)
		}
	}
	ws := lowerWords(a.Action)
	textFeatures(a.Action, ws, add)
	add("srclen=" + bucket(len(lowerWords(a.SourceText))))
	if len(a.SourceText) > len(a.Action)+20 {
		add("part_of_source") // a clause cut from a longer paragraph
	}
	add("fc=" + firstClass(a.Action))
	for _, g := range grammar(a.Action) {
		add("gr=" + g)
	}
	switch {
	case n <= 1:
		add("pos=only")
	case pos == 0:
		add("pos=first")
	case pos == n-1:
		add("pos=last")
	default:
		add("pos=" + strconv.Itoa(4*pos/n))
	}
	add("items=" + bucket(n))
	return fs
}
