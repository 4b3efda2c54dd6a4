package scoring

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

func TestScoreItems(t *testing.T) {
	const gold = `{"document": {"kind": "minutes", "title": "Cabinet", "optional_refs": ["9"], "pages": [1, 2]}}
{"ref": "33(a)", "part": 1, "kind": "resolution", "action": "Cabinet agree to approve the delivery plan for adult services"}
{"ref": "33(b)", "part": 1, "kind": "resolution", "action": "Cabinet agree to delegate the contract award to the Director", "owner": ["Director of Adult Services"]}
{"ref": "", "part": 1, "kind": "commitment", "action": "the figures would be circulated to members"}
`
	act := func(ref, kind, text string, page int, owner ...string) action.Action {
		return action.Action{Ref: ref, Part: 1, Kind: kind, Action: text, Page: page, Owner: owner}
	}
	tests := []struct {
		name                 string
		got                  []action.Action
		recall, prec, fields float64
		wantProblem          string
		wrong                string // FieldsWrong's tally
	}{
		{
			name: "all found",
			got: []action.Action{
				act("33(a)", "resolution", "Cabinet agree to approve the delivery plan for adult services", 1),
				act("33(b)", "resolution", "Cabinet agree to delegate the contract award to the Director", 1, "Director of Adult Services"),
				act("", "commitment", "The Director said the figures would be circulated to members.", 2),
			},
			recall: 1, prec: 1, fields: 1, wrong: "fields wrong:",
		},
		{
			name: "found by text under another ref and kind; the kind is a field error",
			got: []action.Action{
				act("(a)", "commitment", "Cabinet agree to approve the delivery plan for adult services", 1),
			},
			recall: 1.0 / 3, prec: 1, fields: 0, wantProblem: "part 1 kind: want \"resolution\"", wrong: "fields wrong: kind 1 kinds: resolution>commitment 1",
		},
		{
			name: "a ref with the wrong text is not found, and is spurious",
			got: []action.Action{
				act("33(a)", "resolution", "the minutes of the last meeting be approved as a correct record", 1),
			},
			recall: 0, prec: 0, fields: 1, wantProblem: "spurious",
		},
		{
			name: "items off the gold's pages and optional refs are left out",
			got: []action.Action{
				act("33(a)", "resolution", "Cabinet agree to approve the delivery plan for adult services", 1),
				act("7", "action", "something on page five", 5),
				act("9", "resolution", "an optional item", 1),
			},
			recall: 1.0 / 3, prec: 1, fields: 1,
		},
		{
			name: "a wrong owner costs a field",
			got: []action.Action{
				act("33(b)", "resolution", "Cabinet agree to delegate the contract award to the Director", 1, "Cabinet"),
			},
			recall: 1.0 / 3, prec: 1, fields: 0.5, wantProblem: "owner", wrong: "fields wrong: owner 1",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ext := action.Extraction{Document: action.Document{Kind: "minutes", Title: "Cabinet"}, Actions: tc.got}
			res, err := ScoreItems(strings.NewReader(gold), ext)
			if err != nil {
				t.Fatal(err)
			}
			near := func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
			if !near(res.Recall(), tc.recall) || !near(res.Precision(), tc.prec) || !near(res.FieldAccuracy(), tc.fields) {
				t.Errorf("%s, want recall %.3f precision %.3f fields %.3f\n%s", res, tc.recall, tc.prec, tc.fields, strings.Join(res.Problems, "\n"))
			}
			if res.DocRight != 2 || res.DocScored != 2 {
				t.Errorf("document %d/%d, want 2/2", res.DocRight, res.DocScored)
			}
			if tc.wrong != "" && res.FieldsWrong() != tc.wrong {
				t.Errorf("FieldsWrong() = %q, want %q", res.FieldsWrong(), tc.wrong)
			}
			if tc.wantProblem != "" && !strings.Contains(strings.Join(res.Problems, "\n"), tc.wantProblem) {
				t.Errorf("problems do not mention %q:\n%s", tc.wantProblem, strings.Join(res.Problems, "\n"))
			}
		})
	}
}

// Add sums the wrong fields by name and leaves both of its inputs as they
// were (Items is passed by value, but its map is not).
func TestItemsAddFieldWrong(t *testing.T) {
	a := Items{FieldWrong: map[string]int{"owner": 2}}
	b := Items{FieldWrong: map[string]int{"owner": 1, "kind": 3}}
	sum := a.Add(b).Add(Items{})
	if got, want := sum.FieldsWrong(), "fields wrong: kind 3 owner 3"; got != want {
		t.Errorf("sum: %q, want %q", got, want)
	}
	if a.FieldWrong["owner"] != 2 || len(a.FieldWrong) != 1 || b.FieldWrong["owner"] != 1 {
		t.Errorf("inputs changed: %v %v", a.FieldWrong, b.FieldWrong)
	}
	if got, want := (Items{}).Add(a).FieldsWrong(), "fields wrong: owner 2"; got != want {
		t.Errorf("from zero: %q, want %q", got, want)
	}
}

// A part of an item not found costs each of its fields, told as "part";
// the tally always sums to the fields wrong.
func TestScoreItemsFieldWrongPart(t *testing.T) {
	const gold = `{"document": {"kind": "minutes"}}
{"ref": "5", "part": 1, "kind": "resolution", "action": "That the hall roof be repaired before the winter"}
{"ref": "5", "part": 2, "kind": "commitment", "action": "the Clerk would obtain three quotes for the roof", "owner": ["Clerk"]}
`
	got := action.Extraction{Document: action.Document{Kind: "minutes"}, Actions: []action.Action{
		// Both parts read as one item: found, but its second part is not.
		{Ref: "5", Part: 1, Kind: "resolution", Action: "That the hall roof be repaired before the winter; the Clerk would obtain three quotes for the roof"},
	}}
	res, err := ScoreItems(strings.NewReader(gold), got)
	if err != nil {
		t.Fatal(err)
	}
	if want := "fields wrong: part 2"; res.FieldsWrong() != want {
		t.Errorf("FieldsWrong() = %q, want %q\n%s", res.FieldsWrong(), want, strings.Join(res.Problems, "\n"))
	}
	sum := 0
	for _, n := range res.FieldWrong {
		sum += n
	}
	if sum != res.FieldsScored-res.FieldsRight {
		t.Errorf("tally sums to %d, fields wrong %d", sum, res.FieldsScored-res.FieldsRight)
	}
}

func TestKindName(t *testing.T) {
	for _, tc := range []struct {
		in   any
		want string
	}{
		{"resolution", "resolution"},
		{"", "none"},
		{nil, "none"},
		{map[string]any{"any": []any{"resolution", "commitment"}}, "any"},
	} {
		if got := kindName(tc.in); got != tc.want {
			t.Errorf("kindName(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A perfect copy of every seed's gold is found whole.
func TestScoreItemsPerfect(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(goldDir, "*.gold.jsonl"))
	if len(golds) == 0 {
		t.Fatal("no gold files")
	}
	for _, g := range golds {
		ext := perfectCopy(t, g)
		f := strings.NewReader(readFile(t, g))
		res, err := ScoreItems(f, ext)
		if err != nil {
			t.Fatal(err)
		}
		if res.Recall() != 1 || res.Precision() != 1 || res.FieldAccuracy() != 1 {
			t.Errorf("%s: %s\n%s", filepath.Base(g), res, strings.Join(res.Problems, "\n"))
		}
	}
}

func TestScoreItemsBadPages(t *testing.T) {
	for _, doc := range []string{`{"pages": [3]}`, `{"pages": [4, 2]}`, `{"pages": "1-3"}`} {
		_, err := ScoreItems(strings.NewReader(`{"document": `+doc+`}`+"\n"), action.Extraction{})
		if err == nil || !strings.Contains(err.Error(), "pages") {
			t.Errorf("%s: err %v, want one about pages", doc, err)
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// Unnumbered gold items are items of their own, each found by its text.
func TestScoreItemsUnnumbered(t *testing.T) {
	const gold = `{"document": {}}
{"ref": "", "kind": "resolution", "action": "approve the proposal to close the centre"}
{"ref": "", "kind": "resolution", "action": "delegate the contract to the Director of Infrastructure"}
`
	ext := action.Extraction{Actions: []action.Action{
		{Kind: "resolution", Action: "delegate the contract to the Director of Infrastructure", Part: 1},
	}}
	res, err := ScoreItems(strings.NewReader(gold), ext)
	if err != nil {
		t.Fatal(err)
	}
	if res.Gold != 2 || res.Found != 1 || res.Precision() != 1 {
		t.Errorf("%s, want 1 of 2 found, precision 1", res)
	}
}

// An optional gold item is neither missed when absent nor spurious when found.
func TestScoreItemsOptional(t *testing.T) {
	const gold = `{"document": {}}
{"ref": "", "kind": "commitment", "action": "officers would circulate the figures"}
{"ref": "", "kind": "commitment", "action": "the clerks would meet where the committees disagree", "optional": true}
`
	for _, tc := range []struct {
		got  []string
		want string
	}{
		{[]string{"officers would circulate the figures"}, "recall 1.000 (1/1) precision 1.000 (1/1)"},
		{[]string{"officers would circulate the figures", "the clerks would meet where the committees disagree"}, "recall 1.000 (1/1) precision 1.000 (1/1)"},
		{[]string{"the clerks would meet where the committees disagree"}, "recall 0.000 (0/1) precision 1.000 (0/0)"},
	} {
		var ext action.Extraction
		for _, g := range tc.got {
			ext.Actions = append(ext.Actions, action.Action{Kind: "commitment", Action: g, Part: 1})
		}
		res, err := ScoreItems(strings.NewReader(gold), ext)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(res.String(), tc.want) {
			t.Errorf("%q: %s, want %s", tc.got, res, tc.want)
		}
	}
}

// Missed gives each gold item the extraction misses (not the found one;
// the optional one marked so), taking text as ScoreItems would.
func TestMissed(t *testing.T) {
	const gold = `{"document": {}}
{"ref": "1", "kind": "resolution", "action": "the budget for next year be approved"}
{"ref": "2", "kind": "resolution", "action": {"any": ["the clerk write to the county council about the verge", "write to the county council about the verge"]}}
{"ref": "", "kind": {"any": ["commitment", "resolution"]}, "action": "the chair would meet the school", "optional": true}
`
	ext := action.Extraction{Actions: []action.Action{{Ref: "1", Kind: "resolution", Action: "the budget for next year be approved", Part: 1}}}
	missed, err := Missed(strings.NewReader(gold), ext)
	if err != nil {
		t.Fatal(err)
	}
	if len(missed) != 2 || missed[0].Optional || !missed[1].Optional {
		t.Fatalf("got %d missed items (%+v), want item 2 and the optional one", len(missed), missed)
	}
	if got := fmt.Sprint(missed[0].Kinds, missed[1].Kinds); got != "[resolution] [commitment resolution]" {
		t.Errorf("kinds %s, want [resolution] [commitment resolution]", got)
	}
	for text, want := range map[string]bool{
		"Write to the county council about the verge.":                            true,
		"the budget for next year be approved":                                    false,
		"write to the county council about the verge and the hedge and the ditch": false,
	} {
		if got := missed[0].Takes(text); got != want {
			t.Errorf("missed item 2 takes %q: %v, want %v", text, got, want)
		}
	}
	if !missed[1].Takes("The chair would meet the school next month.") {
		t.Error("the optional item does not take its own words")
	}
}

// A due the gold does not ask for is counted apart and leaves the fields
// be; one unlike the gold's, or missing, is counted apart too and costs
// its field as well. A gold due named both ways is met by the normalised
// one.
func TestScoreItemsDues(t *testing.T) {
	const gold = `{"document": {"kind": "minutes"}}
{"ref": "1", "part": 1, "kind": "commitment", "action": "the clerk would order new benches"}
{"ref": "2", "part": 1, "kind": "commitment", "action": "the treasurer would report on the reserves", "due": "2031-05-31"}
{"ref": "3", "part": 1, "kind": "commitment", "action": "the chair would write to the bus company", "due|due_raw": "June 2031"}
{"ref": "4", "part": 1, "kind": "commitment", "action": "the warden would check the footpaths"}
{"ref": "5", "part": 1, "kind": "commitment", "action": "the clerk would renew the insurance", "due_raw": "the summer", "due": "2031-08-31"}
`
	act := func(ref, text, raw, due string) action.Action {
		return action.Action{Ref: ref, Part: 1, Kind: "commitment", Action: text, DueRaw: raw, Due: due}
	}
	tests := []struct {
		name           string
		got            []action.Action
		unasked, wrong int
		notes          int
		right, scored  int // FieldsRight, FieldsScored
	}{
		{
			name: "no dues given",
			got: []action.Action{
				act("1", "the clerk would order new benches", "", ""),
				act("2", "the treasurer would report on the reserves", "", ""),
			},
			wrong: 1, right: 2, scored: 3,
		},
		{
			name: "a due where the gold names none, and the gold's dues right",
			got: []action.Action{
				act("1", "the clerk would order new benches", "the 2030/31 budget", "2031-03-31"),
				act("2", "the treasurer would report on the reserves", "May 2031", "2031-05-31"),
				act("3", "the chair would write to the bus company", "", "June 2031"),
			},
			unasked: 1, notes: 1, right: 5, scored: 5,
		},
		{
			name: "dues unlike the gold's",
			got: []action.Action{
				act("2", "the treasurer would report on the reserves", "April 2031", "2031-04-30"),
				act("3", "the chair would write to the bus company", "July 2031", "2031-07-31"),
				act("4", "the warden would check the footpaths", "", ""),
			},
			wrong: 2, right: 3, scored: 5,
		},
		{
			name: "a gold due named both ways",
			got: []action.Action{
				act("5", "the clerk would renew the insurance", "by 31 August 2031", "2031-08-31"),
			},
			right: 2, scored: 3,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ScoreItems(strings.NewReader(gold), action.Extraction{Actions: tc.got})
			if err != nil {
				t.Fatal(err)
			}
			if res.DueUnasked != tc.unasked || res.DueWrong != tc.wrong || len(res.DueNotes) != tc.notes {
				t.Errorf("%s, %d notes; want unasked %d wrong %d, %d notes", res.Dues(), len(res.DueNotes), tc.unasked, tc.wrong, tc.notes)
			}
			if res.FieldsRight != tc.right || res.FieldsScored != tc.scored {
				t.Errorf("fields %d/%d, want %d/%d", res.FieldsRight, res.FieldsScored, tc.right, tc.scored)
			}
			if sum := res.Add(res); sum.DueUnasked != 2*tc.unasked || sum.DueWrong != 2*tc.wrong {
				t.Errorf("sum %s, want twice %s", sum.Dues(), res.Dues())
			}
		})
	}
}
