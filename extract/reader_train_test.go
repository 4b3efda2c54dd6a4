package extract

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
	bySet := map[string]setExamples{}
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
	var kindRight, guessRight, kinds int
	var all setExamples
	for _, dir := range dirs {
		var rest setExamples
		for _, d := range dirs {
			if d != dir {
				rest.add(bySet[d])
			}
		}
		r := rest.train()
		for _, e := range bySet[dir].open {
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
		for _, k := range bySet[dir].kinds {
			if k.open {
				kinds++
				kindRight += btoi(slices.Contains(k.gold, r.Kind(k.features, k.guess)))
				guessRight += btoi(slices.Contains(k.gold, k.guess))
			}
		}
		all.add(bySet[dir])
	}
	var report []string
	for k, th := range thresholds {
		report = append(report, fmt.Sprintf("p >= %.1f: %d right, %d wrong", th, right[k], wrong[k]))
	}
	report = append(report, fmt.Sprintf("kind of the items the rules missed: %d of %d right (the grammar's guess: %d)", kindRight, kinds, guessRight))
	t.Logf("each set scored on a reader trained on the others:\n%s", strings.Join(report, "\n"))
	header := fmt.Sprintf("The second reader's weights (go test ./extract -run TestTrainReader -train).\nTrained on %d paragraphs the rules took nothing from and %d they took items from, of %d page sets: %s.\nEach set scored on a reader trained on the others:\n%s",
		len(all.open), len(all.covered), len(dirs), setNames(dirs), strings.Join(report, "\n"))
	if err := writeAtomic(filepath.Join("narrative", "reader.weights"), all.train().Format(header)); err != nil {
		t.Fatal(err)
	}
}

// setExamples is what one page set teaches the reader.
type setExamples struct {
	open    []narrative.Example // paragraphs the rules took nothing from: is a missed item there?
	covered []narrative.Example // paragraphs they took items from: is an item there?
	kinds   []kindExample       // the paragraphs of gold items, with the kinds the gold accepts
}

type kindExample struct {
	guess          string
	features, gold []string
	open           bool
}

func (s *setExamples) add(o setExamples) {
	s.open = append(s.open, o.open...)
	s.covered = append(s.covered, o.covered...)
	s.kinds = append(s.kinds, o.kinds...)
}

// train fits the item model and the kind model and holds both in one reader.
func (s setExamples) train() narrative.Reader {
	var kinds []narrative.Example
	for _, k := range s.kinds {
		kinds = append(kinds, narrative.KindExamples(k.guess, k.features, k.gold)...)
	}
	return narrative.Merge(narrative.Train(append(slices.Clip(s.open), s.covered...), trainEpochs, trainL2),
		narrative.Train(kinds, trainEpochs, trainL2))
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func setNames(dirs []string) string {
	names := make([]string, len(dirs))
	for i, d := range dirs {
		names[i] = filepath.Base(d)
	}
	return strings.Join(names, " ")
}

// readerExamples is what a set teaches the reader: each paragraph the
// rules took nothing from, marked with whether it holds a gold item they
// missed; each they took items from, marked with whether it holds a gold
// item at all; and the kinds of the gold items so found.
func readerExamples(dir string) (setExamples, error) {
	var out setExamples
	golds, err := filepath.Glob(filepath.Join(dir, "gold", "*.gold.jsonl"))
	if err != nil || len(golds) == 0 {
		return out, fmt.Errorf("%s: no gold/*.gold.jsonl (%v)", dir, err)
	}
	for _, g := range golds {
		paper := pageSetPaper(dir, strings.TrimSuffix(filepath.Base(g), ".gold.jsonl"))
		var cands []narrative.Candidate
		narrative.Observe = func(cs []narrative.Candidate) { cands = append(cands, cs...) }
		x, err := File(context.Background(), paper, action.Document{})
		narrative.Observe = nil
		if err != nil {
			return out, fmt.Errorf("%s: %w", paper, err)
		}
		missed, err := goldMissed(g, x)
		if err != nil {
			return out, err
		}
		everything, err := goldMissed(g, action.Extraction{Document: x.Document})
		if err != nil {
			return out, err
		}
		taken := make([]bool, len(missed))
		for _, c := range cands {
			var m *scoring.Missing
			switch {
			case c.Open:
				m = takenBy(missed, taken, c.Body)
			case c.Covered:
				m = takenBy(everything, nil, c.Body)
			default:
				continue
			}
			if m != nil && m.Optional {
				continue // a doubtful item teaches neither way, as the scorer counts it neither way
			}
			e := narrative.Example{Features: c.Features, Item: m != nil}
			if c.Open {
				out.open = append(out.open, e)
			} else {
				out.covered = append(out.covered, e)
			}
			if m != nil {
				out.kinds = append(out.kinds, kindExample{guess: c.Guess, features: c.Features, gold: m.Kinds, open: c.Open})
			}
		}
	}
	return out, nil
}

// goldMissed is the gold items of file g that x misses.
func goldMissed(g string, x action.Extraction) ([]scoring.Missing, error) {
	f, err := os.Open(g)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	missed, err := scoring.Missed(f, x)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", g, err)
	}
	return missed, nil
}

// takenBy is the first gold item (not yet taken, where taken is kept) that
// text would be taken for, or nil.
func takenBy(items []scoring.Missing, taken []bool, text string) *scoring.Missing {
	for k := range items {
		if (taken == nil || !taken[k]) && items[k].Takes(text) {
			if taken != nil {
				taken[k] = true
			}
			return &items[k]
		}
	}
	return nil
}
