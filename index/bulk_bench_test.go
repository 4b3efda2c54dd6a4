package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/councilactions/councilactions/extract/action"
)

// zipfCorpus makes papers whose words follow a Zipf distribution over a
// vocabulary of 20,000 words, as real text does: the commonest are the
// common words of real papers (pairwords.txt, so that their pairs are
// indexed as real text's would be), the rest made up. Indexing cost
// grows with the vocabulary, so this is the corpus indexing is measured
// on; the small corpus of newCorpus makes queries match much of the index
// and is the one searches are measured on.
func zipfCorpus(seed uint64, papers, perPaper int) []action.Extraction {
	r := rand.New(rand.NewPCG(seed, 3))
	vocab := strings.Fields(pairWordsText)
	r.Shuffle(len(vocab), func(i, j int) { vocab[i], vocab[j] = vocab[j], vocab[i] })
	for i := len(vocab); i < 20000; i++ {
		vocab = append(vocab, fmt.Sprintf("w%c%c%d", 'a'+rune(i%26), 'a'+rune(i/26%26), i))
	}
	zipf := rand.NewZipf(r, 1.07, 2, uint64(len(vocab)-1))
	words := func(k int) string {
		w := make([]string, k)
		for i := range w {
			w[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(w, " ")
	}
	out := make([]action.Extraction, papers)
	for d := range out {
		year := 2015 + r.IntN(11)
		board := r.IntN(400)
		ext := action.Extraction{Document: action.Document{
			Source: fmt.Sprintf("https://council%03d.example/papers/%d.pdf", board, d),
			Kind:   action.DocActionPlan, Title: "Action plan " + words(4), Date: fmt.Sprintf("%d-%02d-15", year, 1+r.IntN(12)),
			Year: year, Board: fmt.Sprintf("Board %03d Health and Wellbeing Board", board), Council: fmt.Sprintf("Council %03d", board),
			SHA256: fmt.Sprintf("%064d", d),
		}}
		for i := 0; i < perPaper; i++ {
			ext.Actions = append(ext.Actions, action.Action{
				Ref: strconv.Itoa(i + 1), Kind: []string{"action", "action", "recommendation", "resolution", "commitment"}[r.IntN(5)],
				Theme:  "Priority " + strconv.Itoa(1+r.IntN(8)) + " - " + words(2),
				Action: words(12 + r.IntN(20)), Owner: []string{fmt.Sprintf("Officer %03d", r.IntN(300))},
				DueRaw: fmt.Sprintf("%s %d", time.Month(1+r.IntN(12)), year+r.IntN(3)), StatusRaw: benchStatuses[r.IntN(len(benchStatuses))],
				Progress: words(8), Target: words(4), Page: 1 + r.IntN(10),
			})
		}
		ext.Finish()
		out[d] = ext
	}
	return out
}

// BenchmarkIndexing writes the same papers into a fresh index on disk in
// three ways, side by side and interleaved, several rounds, and reports
// the medians of actions per second of wall and of CPU time (the whole
// process's, until the index is closed and on disk):
//
//   - each: Replace, one batch per paper (what run did before);
//   - many: ReplaceMany, papers in batches of about BatchActions actions
//     (what run does now);
//   - bleve: the anchor, plain bleve with the same mapping and the same
//     documents in batches of 1,000, no reading of old actions, no
//     markers, no threads.
//
// COUNCILACTIONS_BENCH_ACTIONS sets how many actions (20,000),
// COUNCILACTIONS_BENCH_ROUNDS the rounds (3), COUNCILACTIONS_BENCH_CORPUS
// "small" the corpus (zipfCorpus otherwise), COUNCILACTIONS_BENCH_WAYS
// which ways ("many,bleve").
func BenchmarkIndexing(b *testing.B) {
	n := envInt(b, "COUNCILACTIONS_BENCH_ACTIONS", 20_000)
	rounds := envInt(b, "COUNCILACTIONS_BENCH_ROUNDS", 3)
	var papers []action.Extraction
	if os.Getenv("COUNCILACTIONS_BENCH_CORPUS") == "small" {
		c := newCorpus(11)
		for i := 0; i*benchPerPaper < n; i++ {
			papers = append(papers, c.paper(i, benchPerPaper))
		}
	} else {
		papers = zipfCorpus(11, n/benchPerPaper, benchPerPaper)
	}
	ctx := context.Background()
	ways := []struct {
		name  string
		write func(dir string) error
	}{
		{"each", func(dir string) error {
			ix, err := Open(dir)
			if err != nil {
				return err
			}
			for _, p := range papers {
				if _, err := ix.Replace(ctx, p); err != nil {
					return err
				}
			}
			return ix.Close()
		}},
		{"many", func(dir string) error {
			ix, err := Open(dir)
			if err != nil {
				return err
			}
			var batch []Paper
			size := 0
			for i, p := range papers {
				batch = append(batch, Paper{Extraction: p})
				size += len(p.Actions)
				if size >= BatchActions || i == len(papers)-1 {
					if _, err := ix.ReplaceMany(ctx, batch); err != nil {
						return err
					}
					batch, size = nil, 0
				}
			}
			return ix.Close()
		}},
		{"bleve", func(dir string) error { return plainBleve(dir, papers, 1000) }},
	}
	if only := os.Getenv("COUNCILACTIONS_BENCH_WAYS"); only != "" {
		ways = slices.DeleteFunc(ways, func(w struct {
			name  string
			write func(dir string) error
		}) bool {
			return !slices.Contains(strings.Split(only, ","), w.name)
		})
	}
	for b.Loop() {
		wall := map[string][]float64{}
		cpu := map[string][]float64{}
		for r := 0; r < rounds; r++ {
			for _, w := range ways {
				dir := filepath.Join(b.TempDir(), w.name)
				c0, t0 := cpuTime(), time.Now()
				if err := w.write(dir); err != nil {
					b.Fatal(err)
				}
				wall[w.name] = append(wall[w.name], float64(n)/time.Since(t0).Seconds())
				cpu[w.name] = append(cpu[w.name], float64(n)/(cpuTime()-c0).Seconds())
				os.RemoveAll(dir)
			}
		}
		for _, w := range ways {
			b.ReportMetric(median(wall[w.name]), w.name+"-actions/s")
			b.ReportMetric(median(cpu[w.name]), w.name+"-actions/cpu-s")
			b.Logf("%-6s actions/s %v, per CPU-second %v", w.name, round(wall[w.name]), round(cpu[w.name]))
		}
		b.ReportMetric(median(wall["many"])/median(wall["bleve"]), "many/bleve")
		b.ReportMetric(median(cpu["many"])/median(cpu["bleve"]), "many/bleve-cpu")
	}
}

// plainBleve indexes the papers' actions as the index does, with bleve
// alone: the anchor of BenchmarkIndexing.
func plainBleve(dir string, papers []action.Extraction, batchSize int) error {
	m, err := newMapping()
	if err != nil {
		return err
	}
	bi, err := bleve.New(dir, m)
	if err != nil {
		return err
	}
	batch := bi.NewBatch()
	for _, p := range papers {
		for pos, r := range p.Records() {
			d, err := actionDoc(r, orderKey(r.DocumentDate, r.DocumentID, pos))
			if err != nil {
				return err
			}
			if err := batch.Index(r.ID, d); err != nil {
				return err
			}
			if batch.Size() >= batchSize {
				if err := bi.Batch(batch); err != nil {
					return err
				}
				batch = bi.NewBatch()
			}
		}
	}
	if err := bi.Batch(batch); err != nil {
		return err
	}
	return bi.Close()
}

func envInt(b *testing.B, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		b.Fatalf("%s: %v", name, err)
	}
	return n
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

func round(xs []float64) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = int(x + 0.5)
	}
	return out
}
