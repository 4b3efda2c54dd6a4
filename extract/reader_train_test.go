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

var (
	train = flag.Bool("train", false, "retrain the second reader on COUNCILACTIONS_PAGESETS and rewrite narrative/reader.weights")
	// -prior starts training from a weights file and draws it back toward
	// it, so that a few new sets adjust what older sets taught.
	trainPrior = flag.String("prior", "", "with -train, a weights file to start from and keep to")
	// -sweep prints, without writing anything, the committed weights'
	// figures on each set (held out: none of the sets trained them) and
	// each training setting's leave-one-set-out figures.
	trainSweep = flag.Bool("sweep", false, "with -train, print the committed weights' and each setting's figures; write nothing")
)

// Training settings, chosen by scoring each set on a reader trained
// without it (-sweep): with a prior, every L2 from 0.01 to 0.1 over four
// epochs gave the same figure at 0.8 on the eight sets of 2026-12-07.
//
// On the twenty read sets of 2026-12-08 (/work/local/read.txt) the
// committed weights, which none of them trained, add 11 right items and 7
// wrong at 0.8 (8/4 at 0.9, 12/13 at 0.7). Left one set out, the best
// reader trained with a prior adds 12/7 at 0.8 (these settings; L2 0.1
// over eight epochs too), and without one at most 8 right at 0.8 (4/0 at
// 0.9). Below 0.8 every setting adds at least as many wrong items as
// right. Trained on all twenty with these settings and measured once on
// the sets never read, it found no more items than the committed weights
// (as many right and wrong, one more of the wrong kind, and some papers
// below their records), so the committed weights stay. On the PDF copies
// of the read sets (the reader made to observe paged papers, a trial not
// kept) the committed weights would add 11/8 at 0.8, and a reader trained
// on the other sets' text or PDF copies 12/8: no case for reading PDFs.
// The kind tally (the last figure of -sweep) differs by up to three
// between runs of the same code and weights, the right/wrong figures not:
// the rules' output on a few papers differs from run to run (a run of the
// read sets under heavy load gave 908 of 1,025 items right, quieter runs
// 909 of 1,026, and other kinds), a cause not yet found.
const (
	trainEpochs = 4
	trainL2     = 0.03
)

// readerThresholds are the scores the reader's additions are counted at.
var readerThresholds = [...]float64{0.9, 0.8, 0.7, 0.6, 0.5, 0.4}

// TestTrainReader retrains the learned second reader on the page sets read
// for tuning (a set marked blind is refused: it is kept for measuring).
// It first scores each set on a reader trained on the others and prints
// what the reader would add at each threshold, then writes the weights of
// one trained on them all. With -sweep it writes nothing and prints what
// the committed weights add to each set, then each setting's
// leave-one-set-out figures:
//
//	COUNCILACTIONS_PAGESETS=$(for n in $(cat /work/local/read.txt); do printf /work/realpages$n:; done) \
//		go test ./extract -run 'TestTrainReader$' -count=1 -v -train -sweep -prior=narrative/reader.weights
//
// The committed weights were trained on 29 sets of an older pool, since
// lost (their header names them), with eight epochs and an L2 of 0.001;
// training them again from themselves on today's sets is
// -prior=narrative/reader.weights without -sweep.
func TestTrainReader(t *testing.T) {
	if !*train {
		t.Skip("run with -train to retrain the second reader")
	}
	dirs := trainingSets(t)
	old, err := readWeights(filepath.Join("narrative", "reader.weights"))
	if err != nil {
		t.Fatal(err)
	}
	prior := old
	if *trainPrior != "" {
		if prior, err = readWeights(*trainPrior); err != nil {
			t.Fatal(err)
		}
	}
	bySet := map[string]setExamples{}
	for _, dir := range dirs {
		ex, err := readerExamples(dir)
		if err != nil {
			t.Fatal(err)
		}
		bySet[dir] = ex
	}
	if *trainSweep {
		var lines []string
		var total readerTally
		for _, dir := range dirs {
			var tl readerTally
			tl.count(old.Score, old, bySet[dir])
			total.add(tl)
			lines = append(lines, filepath.Base(dir)+": "+tl.String())
		}
		t.Logf("the committed weights on each set:\n%s\nall: %s\n%s", strings.Join(lines, "\n"), total.String(), strings.Join(total.report(), "\n"))
		for _, from := range []bool{false, true} {
			for _, l2 := range []float64{1e-3, 1e-2, 3e-2, 1e-1} {
				for _, epochs := range []int{4, 8} {
					tl, agreed := leaveOneOut(dirs, bySet, old, prior, from, epochs, l2)
					t.Logf("prior=%v l2=%g epochs=%d, each set on a reader trained on the others: %s", from, l2, epochs, tl.String())
					t.Logf("prior=%v l2=%g epochs=%d, only where the committed weights agree: %s", from, l2, epochs, agreed.String())
				}
			}
		}
		return
	}
	tl, _ := leaveOneOut(dirs, bySet, old, prior, *trainPrior != "", trainEpochs, trainL2)
	report := tl.report()
	t.Logf("each set scored on a reader trained on the others:\n%s", strings.Join(report, "\n"))
	var all setExamples
	for _, dir := range dirs {
		all.add(bySet[dir])
	}
	from := "."
	if *trainPrior != "" {
		from = fmt.Sprintf(",\nstarting from %s (%d weights) and drawn back toward it (-prior).", filepath.Base(*trainPrior), prior.Len())
	}
	header := fmt.Sprintf("The second reader's weights (go test ./extract -run TestTrainReader -train).\nTrained on %d paragraphs the rules took nothing from and %d they took items from, of %d page sets: %s%s\nEach set scored on a reader trained on the others:\n%s",
		len(all.open), len(all.covered), len(dirs), setNames(dirs), from, strings.Join(report, "\n"))
	if err := writeAtomic(filepath.Join("narrative", "reader.weights"), all.train(prior, *trainPrior != "", trainEpochs, trainL2).Format(header)); err != nil {
		t.Fatal(err)
	}
}

func readWeights(path string) (narrative.Reader, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return narrative.Reader{}, err
	}
	r, err := narrative.ParseWeights(string(b))
	if err != nil {
		return narrative.Reader{}, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// leaveOneOut scores each set on a reader trained on the others; and,
// agreed, on that reader read only where the committed weights agree (a
// retrained reader that may take items away and never add one).
func leaveOneOut(dirs []string, bySet map[string]setExamples, committed, old narrative.Reader, prior bool, epochs int, l2 float64) (tl, agreed readerTally) {
	for _, dir := range dirs {
		var rest setExamples
		for _, d := range dirs {
			if d != dir {
				rest.add(bySet[d])
			}
		}
		r := rest.train(old, prior, epochs, l2)
		tl.count(r.Score, r, bySet[dir])
		both := func(fs []string) float64 { return min(r.Score(fs), committed.Score(fs)) }
		agreed.count(both, r, bySet[dir])
	}
	return tl, agreed
}

// readerTally is what a reader would add to a set's items at each of
// readerThresholds, and how often it gives a missed item its gold's kind.
type readerTally struct {
	right, wrong                 [len(readerThresholds)]int
	kindRight, guessRight, kinds int
}

// count tallies what score adds to s's items, and the kinds r gives them.
func (tl *readerTally) count(score func([]string) float64, r narrative.Reader, s setExamples) {
	for _, e := range s.open {
		p := score(e.Features)
		for k, th := range readerThresholds {
			switch {
			case p < th:
			case e.Item:
				tl.right[k]++
			default:
				tl.wrong[k]++
			}
		}
	}
	for _, k := range s.kinds {
		if k.open {
			tl.kinds++
			tl.kindRight += btoi(slices.Contains(k.gold, r.Kind(k.features, k.guess)))
			tl.guessRight += btoi(slices.Contains(k.gold, k.guess))
		}
	}
}

func (tl *readerTally) add(o readerTally) {
	for k := range tl.right {
		tl.right[k] += o.right[k]
		tl.wrong[k] += o.wrong[k]
	}
	tl.kindRight += o.kindRight
	tl.guessRight += o.guessRight
	tl.kinds += o.kinds
}

// String is the tally on one line: right/wrong at each threshold.
func (tl readerTally) String() string {
	var b strings.Builder
	for k, th := range readerThresholds {
		fmt.Fprintf(&b, " %.1f:%d/%d", th, tl.right[k], tl.wrong[k])
	}
	fmt.Fprintf(&b, " kind %d/%d (guess %d)", tl.kindRight, tl.kinds, tl.guessRight)
	return strings.TrimSpace(b.String())
}

// report is the tally a line a threshold, as the weights file's header
// holds it.
func (tl readerTally) report() []string {
	var out []string
	for k, th := range readerThresholds {
		out = append(out, fmt.Sprintf("p >= %.1f: %d right, %d wrong", th, tl.right[k], tl.wrong[k]))
	}
	return append(out, fmt.Sprintf("kind of the items the rules missed: %d of %d right (the grammar's guess: %d)", tl.kindRight, tl.kinds, tl.guessRight))
}

// trainingSets are the page sets of COUNCILACTIONS_PAGESETS, none of them
// blind: a blind set is kept for measuring, never trained on.
func trainingSets(t *testing.T) []string {
	list := os.Getenv("COUNCILACTIONS_PAGESETS")
	if list == "" {
		t.Fatal("-train needs COUNCILACTIONS_PAGESETS")
	}
	dirs := filepath.SplitList(list)
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "blind")); err == nil {
			t.Fatalf("%s is blind: it may be measured, not trained on", dir)
		}
	}
	return dirs
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

// train fits the item model and the kind model and holds both in one
// reader; with prior, each starts from old's weights and keeps to them.
func (s setExamples) train(old narrative.Reader, prior bool, epochs int, l2 float64) narrative.Reader {
	var kinds []narrative.Example
	for _, k := range s.kinds {
		kinds = append(kinds, narrative.KindExamples(k.guess, k.features, k.gold)...)
	}
	var fromItems, fromKinds narrative.Reader
	if prior {
		fromItems, fromKinds = old.Split()
	}
	return narrative.Merge(narrative.TrainFrom(fromItems, append(slices.Clip(s.open), s.covered...), epochs, l2),
		narrative.TrainFrom(fromKinds, kinds, epochs, l2))
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
	golds, err := setGolds(dir)
	if err != nil {
		return out, err
	}
	for _, g := range golds {
		x, cands, err := observedPaper(dir, g)
		if err != nil {
			return out, err
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

// setGolds are the gold files of a page set.
func setGolds(dir string) ([]string, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "gold", "*.gold.jsonl"))
	if err != nil || len(golds) == 0 {
		return nil, fmt.Errorf("%s: no gold/*.gold.jsonl (%v)", dir, err)
	}
	return golds, nil
}

// observedPaper extracts the paper of gold file g by the rules alone
// (the second reader adds nothing while it is watched), with the
// candidates the reader was shown.
func observedPaper(dir, g string) (action.Extraction, []narrative.Candidate, error) {
	paper := pageSetPaper(dir, strings.TrimSuffix(filepath.Base(g), ".gold.jsonl"))
	var cands []narrative.Candidate
	narrative.Observe = func(cs []narrative.Candidate) { cands = append(cands, cs...) }
	defer func() { narrative.Observe = nil }()
	x, err := File(context.Background(), paper, action.Document{})
	if err != nil {
		return x, nil, fmt.Errorf("%s: %w", paper, err)
	}
	return x, cands, nil
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
