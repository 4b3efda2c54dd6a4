package thread

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// The seeds' story, as a careful reader links it: the Health Inequalities
// Report's eight recommendations (002, minutes) are the rows of the June
// 2020 action plan (000), which cites them by numbers of its own:
// "Recommendation 6a" is the report's 6 and "6b" its 6a, and the plan's
// "Recommendation 9: Housing" is in no report. The 2021–2023 plan (001)
// is a new plan, not a version of the 2020 one: its rows are new
// commitments, a few near in topic to the 2020 rows (housing licensing,
// healthy schools, lung cancer campaigns) but not the same words, so a
// link there is allowed, not required.

// seedGold is the required links, later paper's row ← earlier paper's,
// with the labels of the later appearance.
var seedGold = []struct {
	item, prev string
	change     []string
}{
	{"000 1", "002 1", []string{Completed}},
	{"000 2", "002 2", []string{Completed, Reworded}},                  // the bulletin clause is gone
	{"000 3", "002 3", []string{StatusChanged, Reworded}},              // "Consider creating a leaflet" → "Consider a leaflet"
	{"000 4", "002 4", []string{StatusChanged}},                        // "the" and "co-ordination" only
	{"000 5", "002 5", []string{Completed, Reworded}},                  // "the attached review" → "the health inequalities review"
	{"000 6", "002 6", []string{StatusChanged, Reworded}},              // the MECC paragraph has a row of its own
	{"000 7", "002 6a", []string{StatusChanged, Reworded, Renumbered}}, // cited as 6b; the Bury Directory example is gone
	{"000 8", "002 7", []string{StatusChanged, Reworded, Renumbered}},  // "ELR CCG" for the CCG's full name
	{"000 9", "002 8", []string{Completed, Renumbered}},
}

// seedAnswers: a row that answers a recommendation another row carries on.
var seedAnswers = map[string]string{"000 6/2": "002 6"}

// seedAllowed are links a reader might make or not.
var seedAllowed = map[string][]string{
	"001 7":  {"000 10"},                    // selective licensing, named in 000 10's progress only
	"001 3":  {"000 5", "000 5/2", "002 5"}, // healthy schools status
	"001 2":  {"000 4"},                     // a lung cancer campaign, in 000 4's progress
	"001 16": {"000 4"},
}

func seedExtractions(t *testing.T, board string, all bool, date002 string) map[string]action.Extraction {
	dir := "../../fixtures/seeds"
	doc := action.Document{Board: board}
	out := map[string]action.Extraction{
		"000": extractFile(t, filepath.Join(dir, "000_086a73563f357bf8.txt"), doc),
		"001": extractFile(t, filepath.Join(dir, "001_6c1427c512f07a38.txt"), doc),
	}
	d := doc
	d.Date = date002 // a crawl gives the minutes their meeting's date
	out["002"] = extractFile(t, filepath.Join(dir, "002_d4fdaa888dc2074a.txt"), d)
	if all {
		// Papers of other boards, here on the same one: nothing in them
		// is any of these commitments.
		out["003"] = extractFile(t, filepath.Join(dir, "003_fe06bfacb4d91bfa.txt"), doc)
		out["004"] = extractFile(t, filepath.Join(dir, "004_89f8b84181bf5b9a.txt"), doc)
	}
	return out
}

func TestSeedChain(t *testing.T) {
	for _, c := range []struct {
		name    string
		all     bool
		date002 string
	}{
		{"chain", false, "2019-11-27"},
		{"undated minutes", false, ""},
		{"with other boards' papers", true, "2019-11-27"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, res, keys := linked(t, seedExtractions(t, "Oadby and Wigston HWB", c.all, c.date002))
			checkThreads(t, b)
			name := func(id string) string {
				if id == "" {
					return ""
				}
				return keys[id].String()
			}
			required := map[string]bool{}
			for _, g := range seedGold {
				required[g.item] = true
				r, ok := res[parseKey(g.item)]
				if !ok {
					t.Errorf("%s: not found", g.item)
					continue
				}
				if got := name(r.Prev); got != g.prev {
					t.Errorf("%s: linked to %q (%.2f %v), want %s", g.item, got, r.Confidence, r.By, g.prev)
				}
				if !slices.Equal(r.Change, g.change) {
					t.Errorf("%s: change %v, want %v", g.item, r.Change, g.change)
				}
				if got := name(r.Answers); got != g.prev {
					t.Errorf("%s: answers %q, want %s", g.item, got, g.prev)
				}
			}
			links, wrong := 0, 0
			for k, r := range res {
				if r.Prev == "" {
					continue
				}
				links++
				if !required[k.String()] && !slices.Contains(seedAllowed[k.String()], name(r.Prev)) {
					wrong++
					t.Errorf("%s: linked to %s (%.2f %v), which a careful reader would not", k, name(r.Prev), r.Confidence, r.By)
				}
			}
			for k, r := range res {
				want, ok := seedAnswers[k.String()]
				if !ok {
					if r.Prev == "" && r.Answers != "" && !slices.Contains(seedAllowed[k.String()], name(r.Answers)) {
						t.Errorf("%s: answers %s, which it does not", k, name(r.Answers))
					}
					continue
				}
				if got := name(r.Answers); got != want {
					t.Errorf("%s: answers %q, want %s", k, got, want)
				}
			}
			t.Logf("%d links, %d wrong; %d required", links, wrong, len(seedGold))
		})
	}
}

// parseKey reads "000 6/2".
func parseKey(s string) key {
	for i := range s {
		if s[i] == ' ' {
			return key{s[:i], s[i+1:]}
		}
	}
	return key{s, ""}
}
