package scoring

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

const (
	goldDir      = "../../fixtures/gold"
	pythonScorer = "../../fixtures/tools/score_actions.py"
)

// perfectCopy turns a gold file into the extraction the gold describes:
// the first alternative of every {"any": ...}, the first field of every
// "a|b". It must score 1 — that checks the scorer and this conversion.
func perfectCopy(t *testing.T, goldPath string) action.Extraction {
	t.Helper()
	data, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var ex action.Extraction
	for n, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("%s line %d: %v", goldPath, n+1, err)
		}
		if n == 0 {
			m = m["document"].(map[string]any)
			delete(m, "optional_refs")
			fromJSON(t, m, &ex.Document)
			continue
		}
		var a action.Action
		fromJSON(t, m, &a)
		ex.Actions = append(ex.Actions, a)
	}
	return ex
}

// fromJSON fills v from a gold object by JSON field names.
func fromJSON(t *testing.T, m map[string]any, v any) {
	t.Helper()
	flat := map[string]any{}
	for k, val := range m {
		k, _, _ = strings.Cut(k, "|")
		for {
			alt, ok := val.(map[string]any)
			if !ok {
				break
			}
			val = alt["any"].([]any)[0]
		}
		flat[k] = val
	}
	data, err := json.Marshal(flat)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}

// find returns the action with ref and part.
func find(t *testing.T, ex *action.Extraction, ref string, part int) *action.Action {
	t.Helper()
	for i := range ex.Actions {
		if ex.Actions[i].Ref == ref && ex.Actions[i].Part == part {
			return &ex.Actions[i]
		}
	}
	t.Fatalf("no action %q part %d", ref, part)
	return nil
}

func drop(t *testing.T, ex *action.Extraction, ref string, part int) {
	t.Helper()
	a := find(t, ex, ref, part)
	for i := range ex.Actions {
		if &ex.Actions[i] == a {
			ex.Actions = append(ex.Actions[:i], ex.Actions[i+1:]...)
			return
		}
	}
}

type scoreCase struct {
	name   string
	gold   string // file name prefix in fixtures/gold
	change func(t *testing.T, ex *action.Extraction)
	// want is the last line score_actions.py prints for this case.
	want string
	// wantProblems, when set, are all the lines the python prints with
	// --verbose (TestScoreMatchesPython checks them for every case).
	wantProblems []string
}

var scoreCases = []scoreCase{
	{name: "perfect 000", gold: "000", want: "score 1.000 (81/81 fields right, 0 spurious actions)"},
	{name: "perfect 001", gold: "001", want: "score 1.000 (193/193 fields right, 0 spurious actions)"},
	{name: "perfect 002", gold: "002", want: "score 1.000 (29/29 fields right, 0 spurious actions)"},
	{name: "perfect 003", gold: "003", want: "score 1.000 (14/14 fields right, 0 spurious actions)"},
	{name: "perfect 004", gold: "004", want: "score 1.000 (253/253 fields right, 0 spurious actions)"},
	{name: "missing part", gold: "000", want: "score 0.938 (76/81 fields right, 0 spurious actions)",
		wantProblems: []string{"ref 3 part 2: missing part (5 fields)"},
		change:       func(t *testing.T, ex *action.Extraction) { drop(t, ex, "3", 2) }},
	{name: "missing ref", gold: "000", want: "score 0.926 (75/81 fields right, 0 spurious actions)",
		wantProblems: []string{"ref 10: missing (6 fields)"},
		change:       func(t *testing.T, ex *action.Extraction) { drop(t, ex, "10", 1) }},
	{name: "shorter action alternative", gold: "000", want: "score 1.000 (81/81 fields right, 0 spurious actions)",
		change: func(t *testing.T, ex *action.Extraction) {
			a := find(t, ex, "10", 1)
			a.Action, _, _ = strings.Cut(a.Action, " In South Wigston")
		}},
	{name: "parts in another order", gold: "000", want: "score 1.000 (81/81 fields right, 0 spurious actions)",
		change: func(t *testing.T, ex *action.Extraction) {
			ex.Actions[2], ex.Actions[3] = ex.Actions[3], ex.Actions[2]
		}},
	{name: "spurious action", gold: "001", want: "score 0.995 (193/193 fields right, 1 spurious actions)",
		wantProblems: []string{"spurious: ref '99' \"Open a new 'leisure' centre\""},
		change: func(t *testing.T, ex *action.Extraction) {
			ex.Actions = append(ex.Actions, action.Action{Ref: "99", Part: 1, Kind: "action", Action: "Open a new 'leisure' centre"})
		}},
	{name: "wrong status and due", gold: "001", want: "score 0.990 (191/193 fields right, 0 spurious actions)",
		wantProblems: []string{"ref 2 part 1 due: want \"2022-03-31\" got \"2022-03-30\"", "ref 2 part 1 status: want \"unknown\" got \"complete\""},
		change: func(t *testing.T, ex *action.Extraction) {
			a := find(t, ex, "2", 1)
			a.Status, a.Due = "complete", "2022-03-30"
		}},
	{name: "refs written out", gold: "001", want: "score 1.000 (193/193 fields right, 0 spurious actions)",
		change: func(t *testing.T, ex *action.Extraction) {
			for i := range ex.Actions {
				ex.Actions[i].Ref = "Action " + ex.Actions[i].Ref + "."
			}
		}},
	{name: "wrong document", gold: "001", want: "score 0.984 (190/193 fields right, 0 spurious actions)",
		wantProblems: []string{"document title: want \"2021 – 2023 Health Inequalities Action Plan\" got \"Minutes\"", "document period: want {\"any\": [\"2021-2023\", \"2021–2023\", \"2021 – 2023\", \"2021/23\"]} got \"2021/22\"", "document kind: want \"action_plan\" got \"minutes\""},
		change: func(t *testing.T, ex *action.Extraction) {
			ex.Document.Title, ex.Document.Period, ex.Document.Kind = "Minutes", "2021/22", "minutes"
		}},
	{name: "recommendation padded", gold: "002", want: "score 0.966 (28/29 fields right, 0 spurious actions)",
		wantProblems: []string{"ref 1 action: want \"Further explore whether it is possible to evaluate the population data in different ways e.g. by GP practice in order t got \"Further explore whether it is possible to evaluate the population data in different ways e.g. by GP practice in order t"},
		change: func(t *testing.T, ex *action.Extraction) {
			a := find(t, ex, "1", 1)
			a.Action += " The board noted that this would need further work, resources and a report back in the spring."
		}},
	{name: "recommendation split in two", gold: "002", want: "score 0.933 (28/29 fields right, 1 spurious actions)",
		wantProblems: []string{"ref 3 action: want \"Explore the possibility of improved transport link between South Wigston, Wigston and Oadby. i.e. public transport and  got \"Explore the possibility of improved transport link between South Wigston, Wigston and Oadby. i.e. public transport and ", "spurious: ref '3' 'Consider creating a leaflet containing information for health professionals and '"},
		change: func(t *testing.T, ex *action.Extraction) {
			a := find(t, ex, "3", 1)
			first, rest, _ := strings.Cut(a.Action, "Consider")
			a.Action = first
			ex.Actions = append(ex.Actions, action.Action{Ref: "3", Part: 2, Kind: "recommendation", Action: "Consider" + rest})
		}},
	{name: "commitment padded needs only recall", gold: "003", want: "score 1.000 (14/14 fields right, 0 spurious actions)",
		change: func(t *testing.T, ex *action.Extraction) {
			a := find(t, ex, "(iv)", 1)
			a.Action = "In response to a question, it was noted that there was no certainty of funding. " + a.Action
		}},
	{name: "commitment cut short", gold: "003", want: "score 0.929 (13/14 fields right, 0 spurious actions)",
		wantProblems: []string{"ref v action: want \"Membership lists of the Working Groups would be circulated to Health and Wellbeing Board members to ensure that the Boa got \"Membership lists of the Working Groups would be circulated.\""},
		change: func(t *testing.T, ex *action.Extraction) {
			a := find(t, ex, "(v)", 1)
			a.Action = "Membership lists of the Working Groups would be circulated."
		}},
	{name: "resolution numbered", gold: "003", want: "score 1.000 (14/14 fields right, 0 spurious actions)",
		change: func(t *testing.T, ex *action.Extraction) { find(t, ex, "", 1).Ref = "RESOLVED" }},
	{name: "unnumbered resolution found by text", gold: "003", want: "score 0.933 (14/14 fields right, 1 spurious actions)",
		wantProblems: []string{"spurious: ref '' 'That the report be noted.'"},
		change: func(t *testing.T, ex *action.Extraction) {
			other := action.Action{Ref: "", Part: 1, Kind: "resolution", Action: "That the report be noted."}
			ex.Actions = append([]action.Action{other}, ex.Actions...)
		}},
	{name: "unnumbered resolution wrong text", gold: "003", want: "score 0.929 (13/14 fields right, 0 spurious actions)",
		wantProblems: []string{"ref resolution action: want \"That the progress of the seven Community Health and Wellbeing Plans within Leicestershire County be noted.\" got \"That the report be noted.\""},
		change: func(t *testing.T, ex *action.Extraction) {
			find(t, ex, "", 1).Action = "That the report be noted."
		}},
	{name: "resolution under a wrong ref", gold: "003", want: "score 1.000 (14/14 fields right, 0 spurious actions)",
		change: func(t *testing.T, ex *action.Extraction) { find(t, ex, "", 1).Ref = "(xii)" }},
	{name: "optional refs", gold: "003", want: "score 0.933 (14/14 fields right, 1 spurious actions)",
		wantProblems: []string{"spurious: ref '(xi)' 'A letter would be sent.'"},
		change: func(t *testing.T, ex *action.Extraction) {
			ex.Actions = append(ex.Actions,
				action.Action{Ref: "(iii)", Part: 1, Kind: "commitment", Action: "An update would be given."},
				action.Action{Ref: "ix", Part: 1, Kind: "commitment", Action: "Officers would follow this up."},
				action.Action{Ref: "(xi)", Part: 1, Kind: "commitment", Action: "A letter would be sent."})
		}},
	{name: "outcome or target, owner split", gold: "004", want: "score 0.996 (252/253 fields right, 0 spurious actions)",
		wantProblems: []string{"ref 2.b part 1 owner: want {\"any\": [[\"Planning Policy Health & Wellbeing\"], [\"Planning Policy\", \"Health & Wellbeing\"]]} got [\"Planning Policy\"]"},
		change: func(t *testing.T, ex *action.Extraction) {
			a := find(t, ex, "1.a", 1)
			a.Target, a.Outcome = a.Outcome, ""
			find(t, ex, "2.a", 1).Owner = []string{"Planning Policy", "Health & Wellbeing"}
			find(t, ex, "2.b", 1).Owner = []string{"Planning Policy"}
		}},
	{name: "empty extraction", gold: "004", want: "score 0.000 (0/253 fields right, 0 spurious actions)",
		change: func(t *testing.T, ex *action.Extraction) { *ex = action.Extraction{} }},
}

// caseExtraction is the extraction a score case scores.
func caseExtraction(t *testing.T, tc scoreCase) (goldPath string, ex action.Extraction) {
	t.Helper()
	goldPath = goldFile(t, tc.gold)
	ex = perfectCopy(t, goldPath)
	if tc.change != nil {
		tc.change(t, &ex)
	}
	return goldPath, ex
}

func TestScoreGolden(t *testing.T) {
	for _, tc := range scoreCases {
		t.Run(tc.name, func(t *testing.T) {
			goldPath, ex := caseExtraction(t, tc)
			res, err := ScoreFile(goldPath, ex)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.String(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			if tc.wantProblems != nil && strings.Join(res.Problems, "\n") != strings.Join(tc.wantProblems, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(res.Problems, "\n"), strings.Join(tc.wantProblems, "\n"))
			}
		})
	}
}

func goldFile(t *testing.T, prefix string) string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(goldDir, prefix+"_*.gold.jsonl"))
	if err != nil || len(m) != 1 {
		t.Fatalf("gold %s: %v %v", prefix, m, err)
	}
	return m[0]
}

// Every gold file in fixtures/gold must be scored 1 by its perfect copy,
// including ones added after this test was written.
func TestPerfectCopyEveryGold(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(goldDir, "*.gold.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	for _, f := range files {
		res, err := ScoreFile(f, perfectCopy(t, f))
		if err != nil {
			t.Fatal(err)
		}
		if res.Score != 1 || res.Spurious != 0 || len(res.Problems) != 0 || res.Scored == 0 {
			t.Errorf("%s: %s %q", filepath.Base(f), res, res.Problems)
		}
	}
}

func TestScoreErrors(t *testing.T) {
	tests := []struct {
		name, gold, want string
	}{
		{"empty", "\n \n", "gold is empty"},
		{"no document", `{"ref": "1"}`, `gold line 1: first line must be {"document"`},
		{"bad json", "{\"document\": {}}\n{\"ref\": \"1\",", "gold line 2: "},
		{"not an object", "{\"document\": {}}\n[1]", "gold line 2: not a JSON object"},
		{"no ref", "{\"document\": {}}\n\n{\"kind\": \"action\"}", "gold line 3: gold action has no ref"},
		{"empty any ref", "{\"document\": {}}\n{\"ref\": {\"any\": []}}", "gold line 2: ref must be"},
		{"any not a list", "{\"document\": {}}\n{\"ref\": \"1\", \"due\": {\"any\": \"2021\"}}", `gold line 2: "any" must be a list`},
		{"optional_refs not a list", `{"document": {"optional_refs": "(i)"}}`, "optional_refs must be a list"},
		{"extra data", `{"document": {}} {}`, "gold line 1: extra data"},
	}
	for _, tt := range tests {
		_, err := Score(strings.NewReader(tt.gold), action.Extraction{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	_, err := ScoreFile("testdata/no-such.gold.jsonl", action.Extraction{})
	if err == nil || !strings.Contains(err.Error(), "no-such.gold.jsonl") {
		t.Errorf("missing file: error %v should name the file", err)
	}
}

func TestScoreEmptyGold(t *testing.T) {
	// Nothing scored and nothing extracted: python prints score 0.000.
	res, err := Score(strings.NewReader(`{"document": {}}`+"\r\n"), action.Extraction{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.String(), "score 0.000 (0/0 fields right, 0 spurious actions)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func FuzzScore(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(goldDir, "*.gold.jsonl"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"document": {"title": {"any": [["a"], {"any": []}]}}}` + "\n" + `{"ref": {"any": [""]}, "action": {"x": 1}}`))
	got := action.Extraction{
		Document: action.Document{Title: "Health & Wellbeing Strategy Action Plan 2022/23"},
		Actions: []action.Action{
			{Ref: "1", Part: 1, Kind: "action", Action: "Review policy", Owner: []string{"Planning Policy"}},
			{Ref: "", Part: 1, Kind: "resolution", Action: "That the progress be noted."},
			{Ref: "(iii)", Part: 2, Kind: "commitment", Action: "<b>&amp;</b>"},
		},
	}
	f.Fuzz(func(t *testing.T, gold []byte) {
		res, err := Score(bytes.NewReader(gold), got)
		if err != nil {
			return
		}
		if res.Score < 0 || res.Score > 1 || res.Correct > res.Scored || res.Spurious > len(got.Actions) {
			t.Fatalf("impossible result %s", res)
		}
	})
}

// TestScoreInline covers rules the fixture golds do not reach. The wanted
// output was printed by score_actions.py for the same gold and extraction.
func TestScoreInline(t *testing.T) {
	gold := strings.Join([]string{
		`{"document": {"kind": "minutes"}}`,
		`{"ref": {"any": ["", "a"]}, "part": 1, "kind": "resolution", "action": "That the report be noted."}`,
		`{"ref": {"any": ["", "b"]}, "part": 1, "kind": "resolution", "action": "That the report be noted."}`,
		`{"ref": "", "part": 1, "action": "Lost item"}`,
		`{"ref": "7", "part": 1, "kind": "action", "outcome|target": "Fewer falls", "page_label": "p 3", "due": {"any": ["2024-03-31", ""]}}`,
	}, "\n")
	got := action.Extraction{
		Document: action.Document{Kind: "Minutes "},
		Actions: []action.Action{
			{Ref: "", Part: 1, Kind: "resolution", Action: "That the report be noted.", Owner: []string{}},
			{Ref: "Item 7", Part: 1, Kind: "action", Owner: []string{}},
		},
	}
	res, err := Score(strings.NewReader(gold), got)
	if err != nil {
		t.Fatal(err)
	}
	want := `ref resolution: missing (2 fields)
ref None: missing (1 fields)
ref 7 part 1 outcome|target: want "Fewer falls" got ""
ref 7 part 1 page_label: want "p 3" got null
score 0.500 (5/10 fields right, 0 spurious actions)
`
	if out := goOutput(res); out != want {
		t.Errorf("got\n%swant\n%s", out, want)
	}
	if res.Score != 0.5 || res.Correct != 5 || res.Scored != 10 || res.Spurious != 0 {
		t.Errorf("result fields %+v", res)
	}
}
