package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
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
// may tune on: its figures are printed, its problems are not.
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
	for _, dir := range filepath.SplitList(list) {
		res, err := scorePageSet(t, dir)
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		pooled = pooled.Add(res)
		summary = append(summary, fmt.Sprintf("%-24s %s", filepath.Base(dir), res))
	}
	t.Logf("page sets:\n%s\nPOOLED %s", strings.Join(summary, "\n"), pooled)
}

// scorePageSet scores one set's papers, checks them against the set's
// recorded figures and returns the set's total.
func scorePageSet(t *testing.T, dir string) (scoring.Items, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "gold", "*.gold.jsonl"))
	if err != nil || len(golds) == 0 {
		return scoring.Items{}, fmt.Errorf("no gold/*.gold.jsonl (%v)", err)
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
		return scoring.Items{}, fmt.Errorf("%v (record it with -update)", err)
	}
	got := map[string][]float64{}
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
		s := []float64{res.Recall(), res.Precision(), res.FieldAccuracy()}
		got[name] = s
		line := fmt.Sprintf("%-50s %s", name, res)
		if !blind && len(res.Problems) > 0 {
			line += "\n    " + strings.Join(res.Problems, "\n    ")
		}
		lines = append(lines, line)
		if floor, ok := floors[name]; ok && !*update &&
			(f1(s) < f1(floor)-0.0005 || floor[0] > 0 && s[2] < floor[2]-0.0005) {
			t.Errorf("%s/%s fell below its record (recall %.3f precision %.3f fields %.3f): %s",
				filepath.Base(dir), name, floor[0], floor[1], floor[2], res)
		}
	}
	sort.Strings(lines)
	t.Logf("%s:\n%s\n%s OVERALL %s", dir, strings.Join(lines, "\n"), filepath.Base(dir), total)
	if *update && width == 0 {
		if err := writeFloors(floorsPath, "Item recall, item precision and field accuracy of each page (TestPageSets; rewrite with -update).", got); err != nil {
			return total, err
		}
	}
	return total, nil
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
