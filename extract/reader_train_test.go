package extract

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/narrative"
	"github.com/councilactions/councilactions/extract/scoring"
)

var train = flag.Bool("train", false, "retrain the second reader on COUNCILACTIONS_PAGESETS and rewrite narrative/reader.weights")

// Training settings, chosen by scoring each set on a reader trained
// without it.
const (
	trainEpochs = 8
	trainL2     = 1e-3
)

// TestTrainReader retrains the learned second reader on the page sets read
// for tuning (a set marked blind is refused: it is kept for measuring).
// It first scores each set on a reader trained on the others and prints
// what the reader would add at each threshold, then writes the weights of
// one trained on them all.
func TestTrainReader(t *testing.T) {
	if !*train {
		t.Skip("run with -train to retrain the second reader")
	}
	list := os.Getenv("COUNCILACTIONS_PAGESETS")
	if list == "" {
		t.Fatal("-train needs COUNCILACTIONS_PAGESETS")
	}
	bySet := map[string][]narrative.Example{}
	var dirs []string
	for _, dir := range filepath.SplitList(list) {
		if _, err := os.Stat(filepath.Join(dir, "blind")); err == nil {
			t.Fatalf("%s is blind: it may be measured, not trained on", dir)
		}
		ex, err := readerExamples(dir)
		if err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, dir)
		bySet[dir] = ex
	}
	thresholds := []float64{0.9, 0.8, 0.7, 0.6, 0.5, 0.4}
	right, wrong := make([]int, len(thresholds)), make([]int, len(thresholds))
	var all []narrative.Example
	for _, dir := range dirs {
		var rest []narrative.Example
		for _, d := range dirs {
			if d != dir {
				rest = append(rest, bySet[d]...)
			}
		}
		r := narrative.Train(rest, trainEpochs, trainL2)
		for _, e := range bySet[dir] {
			p := r.Score(e.Features)
			for k, th := range thresholds {
				switch {
				case p < th:
				case e.Item:
					right[k]++
				default:
					wrong[k]++
				}
			}
		}
		all = append(all, bySet[dir]...)
	}
	var report []string
	for k, th := range thresholds {
		report = append(report, fmt.Sprintf("p >= %.1f: %d right, %d wrong", th, right[k], wrong[k]))
	}
	t.Logf("each set scored on a reader trained on the others:\n%s", strings.Join(report, "\n"))
	r := narrative.Train(all, trainEpochs, trainL2)
	header := fmt.Sprintf("The second reader's weights (go test ./extract -run TestTrainReader -train).\nTrained on %d paragraphs of %d page sets: %s.\nEach set scored on a reader trained on the others:\n%s",
		len(all), len(dirs), setNames(dirs), strings.Join(report, "\n"))
	if err := writeAtomic(filepath.Join("narrative", "reader.weights"), r.Format(header)); err != nil {
		t.Fatal(err)
	}
}

func setNames(dirs []string) string {
	names := make([]string, len(dirs))
	for i, d := range dirs {
		names[i] = filepath.Base(d)
	}
	return strings.Join(names, " ")
}

// readerExamples is a set's paragraphs the rules took nothing from, each
// marked with whether it holds a gold item the rules missed.
func readerExamples(dir string) ([]narrative.Example, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "gold", "*.gold.jsonl"))
	if err != nil || len(golds) == 0 {
		return nil, fmt.Errorf("%s: no gold/*.gold.jsonl (%v)", dir, err)
	}
	var out []narrative.Example
	for _, g := range golds {
		paper := pageSetPaper(dir, strings.TrimSuffix(filepath.Base(g), ".gold.jsonl"))
		var cands []narrative.Candidate
		narrative.Observe = func(cs []narrative.Candidate) { cands = append(cands, cs...) }
		x, err := File(context.Background(), paper, action.Document{})
		narrative.Observe = nil
		if err != nil {
			return nil, fmt.Errorf("%s: %w", paper, err)
		}
		f, err := os.Open(g)
		if err != nil {
			return nil, err
		}
		missed, err := scoring.Missed(f, x)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", g, err)
		}
		taken := make([]bool, len(missed))
		for _, c := range cands {
			if !c.Open {
				continue
			}
			e, doubtful := narrative.Example{Features: c.Features}, false
			for k, m := range missed {
				if !taken[k] && m.Takes(c.Body) {
					taken[k], e.Item, doubtful = true, !m.Optional, m.Optional
					break
				}
			}
			if !doubtful {
				// (A doubtful item teaches neither way, as the scorer
				// counts it neither way.)
				out = append(out, e)
			}
		}
	}
	return out, nil
}
