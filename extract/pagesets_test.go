package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/scoring"
)

// TestPageSets scores sets of real council pages kept outside the
// repository (they are councils' own words, which the project does not
// copy): COUNCILACTIONS_PAGESETS names their directories, separated by the
// list separator. A set is a directory of docs/NAME.{html,txt,pdf,docx}
// and gold/NAME.gold.jsonl (the gold format of fixtures/realworld). Its
// figures are recorded in the set's scores.txt with -update and, like the
// suite's, may only rise. A set holding a file named "blind" is one nobody
// may tune on: its figures are printed, its problems are not. Each set's
// and the pooled line also count the dues the fields cannot score (a due
// where the gold names none, one unlike the gold's: scoring.Items), and a
// set that may be read lists the first kind under each page's problems.
//
// COUNCILACTIONS_WRAP=80 reads each text paper wrapped to that width, as a
// copy of a PDF's page has its lines (a table's rows kept whole, as a PDF
// sets them out): a check that the readers do not lean on a paragraph a
// line. Its figures are printed and neither checked nor recorded.
func TestPageSets(t *testing.T) {
	list := os.Getenv("COUNCILACTIONS_PAGESETS")
	if list == "" {
		t.Skip("COUNCILACTIONS_PAGESETS names no page sets")
	}
	var pooled scoring.Items
	var summary []string
	byKind := map[string]scoring.Items{}
	for _, dir := range filepath.SplitList(list) {
		res, kinds, err := scorePageSet(t, dir)
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		pooled = pooled.Add(res)
		summary = append(summary, fmt.Sprintf("%-24s %s", filepath.Base(dir), res))
		for k, r := range kinds {
			byKind[k] = byKind[k].Add(r)
		}
	}
	// By the kind of paper its gold gives (the first where it allows
	// several): where the readers are strong and where weak.
	var kinds []string
	for k, r := range byKind {
		kinds = append(kinds, fmt.Sprintf("KIND %-14s %s", k, r))
	}
	sort.Strings(kinds)
	t.Logf("page sets:\n%s\nPOOLED %s %s %s\n%s", strings.Join(summary, "\n"), pooled, pooled.Dues(), pooled.FieldsWrong(), strings.Join(kinds, "\n"))
}

// goldKind is the kind of paper a gold file's first line gives: its
// "kind", or the first of the kinds it allows; "unknown" if none.
func goldKind(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	var head struct {
		Document struct {
			Kind any `json:"kind"`
		} `json:"document"`
	}
	if err := json.NewDecoder(f).Decode(&head); err != nil {
		return "unknown"
	}
	switch k := head.Document.Kind.(type) {
	case string:
		return k
	case map[string]any:
		if alts, ok := k["any"].([]any); ok && len(alts) > 0 {
			if s, ok := alts[0].(string); ok {
				return s
			}
		}
	}
	return "unknown"
}

// scorePageSet scores one set's papers, checks them against the set's
// recorded figures and returns the set's total, and its totals by the
// kind of paper.
func scorePageSet(t *testing.T, dir string) (scoring.Items, map[string]scoring.Items, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "gold", "*.gold.jsonl"))
	if err != nil || len(golds) == 0 {
		return scoring.Items{}, nil, fmt.Errorf("no gold/*.gold.jsonl (%v)", err)
	}
	_, err = os.Stat(filepath.Join(dir, "blind"))
	blind := err == nil
	width, _ := strconv.Atoi(os.Getenv("COUNCILACTIONS_WRAP"))
	floorsPath := filepath.Join(dir, "scores.txt")
	floors, err := readFloors(floorsPath, 3)
	if width > 0 {
		floors, err = nil, nil
	}
	if err != nil && !*update {
		return scoring.Items{}, nil, fmt.Errorf("%v (record it with -update)", err)
	}
	got := map[string][]float64{}
	byKind := map[string]scoring.Items{}
	var total scoring.Items
	var lines []string
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.jsonl")
		paper := pageSetPaper(dir, name)
		if paper == "" {
			t.Errorf("%s: gold %s has no paper in docs/", dir, name)
			continue
		}
		res, err := scorePaper(g, paper, width)
		if err != nil {
			t.Errorf("%s: %v", paper, err)
			continue
		}
		total = total.Add(res)
		byKind[goldKind(g)] = byKind[goldKind(g)].Add(res)
		s := []float64{res.Recall(), res.Precision(), res.FieldAccuracy()}
		got[name] = s
		line := fmt.Sprintf("%-50s %s", name, res)
		if problems := slices.Concat(res.Problems, res.DueNotes); !blind && len(problems) > 0 {
			line += "\n    " + strings.Join(problems, "\n    ")
		}
		lines = append(lines, line)
		if floor, ok := floors[name]; ok && !*update &&
			(f1(s) < f1(floor)-0.0005 || floor[0] > 0 && s[2] < floor[2]-0.0005) {
			t.Errorf("%s/%s fell below its record (recall %.3f precision %.3f fields %.3f): %s",
				filepath.Base(dir), name, floor[0], floor[1], floor[2], res)
		}
	}
	sort.Strings(lines)
	t.Logf("%s:\n%s\n%s OVERALL %s %s %s", dir, strings.Join(lines, "\n"), filepath.Base(dir), total, total.Dues(), total.FieldsWrong())
	if *update && width == 0 {
		if err := writeFloors(floorsPath, "Item recall, item precision and field accuracy of each page (TestPageSets; rewrite with -update).", got); err != nil {
			return total, byKind, err
		}
	}
	return total, byKind, nil
}

// pageSetPaper finds docs/NAME with a paper's extension; "" when absent.
func pageSetPaper(dir, name string) string {
	for _, ext := range []string{".html", ".htm", ".txt", ".pdf", ".docx"} {
		p := filepath.Join(dir, "docs", name+ext)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// scorePaper extracts one paper and scores it item by item against its
// gold; a text paper wrapped to width first when width is set.
func scorePaper(gold, paper string, width int) (scoring.Items, error) {
	x, err := File(context.Background(), paper, action.Document{})
	if width > 0 && strings.HasSuffix(paper, ".txt") {
		var data []byte
		if data, err = os.ReadFile(paper); err == nil {
			x, err = Bytes(context.Background(), []byte(wrapText(string(data), width)), FormatText, action.Document{Source: paper})
		}
	}
	if err != nil {
		return scoring.Items{}, err
	}
	f, err := os.Open(gold)
	if err != nil {
		return scoring.Items{}, err
	}
	defer f.Close()
	res, err := scoring.ScoreItems(f, x)
	if err != nil {
		return scoring.Items{}, fmt.Errorf("%s: %w", gold, err)
	}
	return res, nil
}

func TestGoldKind(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ first, want string }{
		{`{"document": {"kind": "minutes", "title": "Parish Council"}}`, "minutes"},
		{`{"document": {"kind": {"any": ["action_plan", "report"]}}}`, "action_plan"},
		{`{"document": {"title": "No kind"}}`, "unknown"},
		{`not json`, "unknown"},
	} {
		p := filepath.Join(dir, "g.gold.jsonl")
		if err := os.WriteFile(p, []byte(tc.first+"\n{\"ref\": \"1\"}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := goldKind(p); got != tc.want {
			t.Errorf("goldKind(%s) = %q, want %q", tc.first, got, tc.want)
		}
	}
}
