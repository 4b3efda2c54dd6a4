package index

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/sys/unix"

	"github.com/councilactions/councilactions/extract/action"
)

// corpus makes synthetic papers with realistic field values: ~30 boards, 10
// years, the status enum, a few hundred owners and text from a small
// vocabulary.
type corpus struct {
	rng    *rand.Rand
	words  []string
	owners []string
	themes []string
}

func newCorpus(seed uint64) *corpus {
	c := &corpus{rng: rand.New(rand.NewPCG(seed, 1))}
	base := strings.Fields(`health wellbeing housing smoking cancer lung heart diabetes obesity
		schools children young people older adults carers mental loneliness poverty food
		employment skills transport air quality green spaces physical activity alcohol drugs
		domestic abuse safeguarding prevention screening vaccination immunisation dementia
		hospital discharge primary care pharmacy community hubs digital inclusion data
		partnership review develop deliver improve reduce increase support promote launch
		strategy plan pilot programme campaign service network workforce training funding
		report board council district county team officer lead director manager`)
	for _, w := range base {
		c.words = append(c.words, w)
	}
	for i := 0; i < 200; i++ {
		c.words = append(c.words, fmt.Sprintf("term%03d", i))
	}
	for i := 0; i < 300; i++ {
		c.owners = append(c.owners, fmt.Sprintf("%s %s Officer %d", c.pick(base), c.pick(base), i))
	}
	for i := 0; i < 40; i++ {
		c.themes = append(c.themes, fmt.Sprintf("Priority %d - %s and %s", i%6+1, c.pick(base), c.pick(base)))
	}
	return c
}

func (c *corpus) pick(s []string) string { return s[c.rng.IntN(len(s))] }

func (c *corpus) text(min, max int) string {
	n := min + c.rng.IntN(max-min+1)
	w := make([]string, n)
	for i := range w {
		// Skew towards the first words, as real text is.
		if c.rng.IntN(3) == 0 {
			w[i] = c.pick(c.words)
		} else {
			w[i] = c.words[c.rng.IntN(40)]
		}
	}
	return strings.Join(w, " ")
}

var benchStatuses = []string{"Complete", "In progress", "On track", "Amber", "Delayed", "Not started", "Cancelled", ""}

// paper makes document number n with the given number of actions.
func (c *corpus) paper(n, actions int) action.Extraction {
	board := n % 30
	year := 2015 + n%10
	ext := action.Extraction{Document: action.Document{
		Source:  fmt.Sprintf("https://council%02d.example/papers/%06d.pdf", board, n),
		Kind:    []string{action.DocActionPlan, action.DocMinutes, action.DocReport}[n%3],
		Title:   "Action plan " + c.text(3, 8),
		Date:    fmt.Sprintf("%d-%02d-%02d", year, 1+c.rng.IntN(12), 1+c.rng.IntN(28)),
		Year:    year,
		Board:   fmt.Sprintf("Board %02d Health and Wellbeing Board", board),
		Council: fmt.Sprintf("Council %02d", board),
		SHA256:  fmt.Sprintf("%064d", n),
	}}
	for i := 0; i < actions; i++ {
		a := action.Action{
			Ref:       fmt.Sprintf("%d.%d", i/5+1, i%5+1),
			Kind:      []string{action.KindAction, action.KindAction, action.KindAction, action.KindRecommendation, action.KindResolution, action.KindCommitment}[c.rng.IntN(6)],
			Theme:     c.pick(c.themes),
			Action:    c.text(10, 30),
			Owner:     []string{c.pick(c.owners)},
			StatusRaw: c.pick(benchStatuses),
			Progress:  c.text(0, 20),
			Page:      1 + i/10,
		}
		if c.rng.IntN(4) == 0 {
			a.Owner = append(a.Owner, c.pick(c.owners))
		}
		if c.rng.IntN(5) > 0 {
			a.DueRaw = fmt.Sprintf("%s %d", time.Month(1+c.rng.IntN(12)), year+c.rng.IntN(3))
		}
		if c.rng.IntN(3) == 0 {
			a.Target = c.text(3, 10)
		}
		a.SourceText = a.Action
		ext.Actions = append(ext.Actions, a)
	}
	ext.Finish()
	return ext
}

const (
	benchPerPaper   = 50
	benchQueryCount = 200
)

// benchActions is how many actions the search benchmarks index: 100k, or
// COUNCILACTIONS_BENCH_SEARCH_ACTIONS (1000000 for the figures at a
// million).
func benchActions(b *testing.B) int { return envInt(b, "COUNCILACTIONS_BENCH_SEARCH_ACTIONS", 100_000) }

// build100k fills a fresh index with benchActions actions (100k), written
// as run writes them (ReplaceMany, about BatchActions a batch). With
// COUNCILACTIONS_BENCH_DIR set it keeps the index there and reuses it on
// the next run, for tuning queries without rebuilding.
func build100k(b *testing.B) (*Index, time.Duration) {
	b.Helper()
	dir := os.Getenv("COUNCILACTIONS_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(b.TempDir(), "index")
	}
	reuse := Exists(dir)
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	if reuse {
		if n, err := ix.Count(context.Background(), Request{}); err != nil || n != uint64(benchActions(b)) {
			b.Fatalf("reused index %s holds %d actions (%v)", dir, n, err)
		}
		return ix, 0
	}
	c := newCorpus(42)
	start := time.Now()
	var batch []Paper
	for n := 0; n < benchActions(b)/benchPerPaper; n++ {
		batch = append(batch, Paper{Extraction: c.paper(n, benchPerPaper)})
		if len(batch)*benchPerPaper >= BatchActions || (n+1)*benchPerPaper >= benchActions(b) {
			if _, err := ix.ReplaceMany(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	return ix, time.Since(start)
}

// benchRequests are the kinds of query an analyst runs: words, phrases,
// fields, filters, and the empty query that lists everything.
func benchRequests() []Request {
	return []Request{
		{Query: "smoking"},
		{Query: "lung cancer"},
		{Query: `"mental health"`},
		{Query: "+housing -older"},
		{Query: "status:delayed"},
		{Query: "term042"},
		{Query: "schools", Board: []string{"Board 07 Health and Wellbeing Board"}},
		{Query: "", Year: []int{2020}},
		{Query: "vaccination", Status: []string{"delayed", "at_risk"}},
		{Query: "", Overdue: true, Today: "2022-06-01"},
		{Query: "carers", Sort: "due"},
		{Query: ""},
	}
}

func percentile(d []time.Duration, p float64) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	i := int(float64(len(s)-1) * p)
	return s[i]
}

// latencies collects per-query wall and process CPU time. On a busy
// machine wall time mostly measures the neighbours; CPU time (the whole
// process's, which is quiet between queries) is the steadier figure.
type latencies struct{ wall, cpu []time.Duration }

func (l *latencies) time(fn func()) {
	c0, w0 := cpuTime(), time.Now()
	fn()
	l.wall = append(l.wall, time.Since(w0))
	l.cpu = append(l.cpu, cpuTime()-c0)
}

func (l *latencies) report(b *testing.B) {
	if len(l.wall) == 0 {
		return
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(percentile(l.wall, 0.50)), "p50-ms")
	b.ReportMetric(ms(percentile(l.wall, 0.99)), "p99-ms")
	b.ReportMetric(ms(percentile(l.cpu, 0.50)), "cpu-p50-ms")
	b.ReportMetric(ms(percentile(l.cpu, 0.99)), "cpu-p99-ms")
}

func cpuTime() time.Duration {
	var ru unix.Rusage
	if err := unix.Getrusage(unix.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIndex100k builds a 100k-action index once and times faceted
// searches, highlighted searches and a full export over it.
func BenchmarkIndex100k(b *testing.B) {
	ix, took := build100k(b)
	if took > 0 {
		b.Logf("built %d actions in %s (%.0f actions/s)", benchActions(b), took.Round(time.Millisecond), float64(benchActions(b))/took.Seconds())
	}
	ctx := context.Background()
	reqs := benchRequests()

	run := func(name string, reqs []Request, mod func(*Request)) {
		b.Run(name, func(b *testing.B) {
			for _, r := range reqs {
				mod(&r)
				if _, err := ix.Search(ctx, r); err != nil { // warm caches
					b.Fatal(err)
				}
			}
			var lat latencies
			i := 0
			for b.Loop() {
				r := reqs[i%len(reqs)]
				mod(&r)
				i++
				lat.time(func() {
					if _, err := ix.Search(ctx, r); err != nil {
						b.Fatal(err)
					}
				})
			}
			lat.report(b)
		})
	}
	facets := func(r *Request) { r.Facets = true }
	run("faceted", reqs, facets)
	run("faceted+highlight", reqs, func(r *Request) { r.Facets = true; r.Highlight = true })
	run("plain", reqs, func(r *Request) {})
	run("match_all_faceted", []Request{{}}, facets)
	// The reference: the same faceted queries through bleve's own
	// collector, which sorts and counts from each hit's doc values.
	b.Run("bleve_collector_faceted", func(b *testing.B) {
		var lat latencies
		i := 0
		for b.Loop() {
			r := reqs[i%len(reqs)]
			i++
			lat.time(func() { reference(b, ix, r) })
		}
		lat.report(b)
	})
	b.Run("export_all", func(b *testing.B) {
		for b.Loop() {
			n := 0
			if err := ix.Export(ctx, Request{}, func(action.Record) error { n++; return nil }); err != nil {
				b.Fatal(err)
			}
			if n != benchActions(b) {
				b.Fatalf("exported %d of %d", n, benchActions(b))
			}
		}
		b.ReportMetric(float64(benchActions(b)), "actions/op")
	})
}

// BenchmarkEachQuery times each of the mixed queries of
// BenchmarkIndex100k on its own, with facets, in turn for
// COUNCILACTIONS_BENCH_PASSES passes (10), and logs each one's hits and
// median wall and CPU time: the queries that make the mixed percentiles.
func BenchmarkEachQuery(b *testing.B) {
	ix, _ := build100k(b)
	ctx := context.Background()
	reqs := benchRequests()
	passes := envInt(b, "COUNCILACTIONS_BENCH_PASSES", 10)
	if err := ix.Warm(); err != nil { // read the columns before timing
		b.Fatal(err)
	}
	lat := make([]latencies, len(reqs))
	hits := make([]uint64, len(reqs))
	for b.Loop() {
		for range passes {
			for i, r := range reqs {
				r.Facets = true
				lat[i].time(func() {
					res, err := ix.Search(ctx, r)
					if err != nil {
						b.Fatal(err)
					}
					hits[i] = res.Total
				})
			}
		}
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for i, r := range reqs {
		what := fmt.Sprintf("q=%q board=%q year=%v status=%v overdue=%v sort=%q", r.Query, r.Board, r.Year, r.Status, r.Overdue, r.Sort)
		b.Logf("%-100s %8d hits, median %6.1f ms, CPU %6.1f ms", what, hits[i], ms(percentile(lat[i].wall, 0.5)), ms(percentile(lat[i].cpu, 0.5)))
	}
}

// BenchmarkExclusion walks the matches of queries that leave words out
// over the benchmark index (build100k) on one core, scored, as the first
// pass of a relevance search does: in two passes (walk: the left-out
// words into a bitset, then the rest) and, interleaved, by bleve's
// boolean searcher (walkAll). It reports the median CPU time of each
// query, their sums and the ratio.
func BenchmarkExclusion(b *testing.B) {
	ix, _ := build100k(b)
	ctx := context.Background()
	queries := []string{"+housing -older", "lung cancer -screening", "smoking -older -carers", "term042 -housing", "housing -term042"}
	is, err := ix.snapshot()
	if err != nil {
		b.Fatal(err)
	}
	defer is.Close()
	type walker func(context.Context, *scorch.IndexSnapshot, query.Query, search.SearcherOptions, uint64, uint64, func(uint64, float64) error) error
	ways := []struct {
		name string
		walk walker
	}{{"walk", ix.walk}, {"bleve", ix.walkAll}}
	lat := make([][]latencies, len(queries)) // by query, by way
	for b.Loop() {
		for qi, s := range queries {
			q, err := ix.prepare(ctx, Request{Query: s}, collectorSkips)
			if err != nil {
				b.Fatal(err)
			}
			q = ix.narrowPhrases(q)
			if lat[qi] == nil {
				lat[qi] = make([]latencies, len(ways))
			}
			hits := make([]int, len(ways))
			for i, w := range ways {
				lat[qi][i].time(func() {
					err = w.walk(ctx, is, q, search.SearcherOptions{}, 0, ^uint64(0), func(uint64, float64) error { hits[i]++; return nil })
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			if hits[0] != hits[1] {
				b.Fatalf("%s: %d hits in two passes, %d by bleve", s, hits[0], hits[1])
			}
		}
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	sum := make([]float64, len(ways))
	for qi, s := range queries {
		line := fmt.Sprintf("%-24q CPU p50", s)
		for i, w := range ways {
			p := ms(percentile(lat[qi][i].cpu, 0.5))
			sum[i] += p
			line += fmt.Sprintf(" %s %.2f ms", w.name, p)
		}
		b.Log(line)
	}
	for i, w := range ways {
		b.ReportMetric(sum[i], w.name+"-cpu-ms")
	}
	b.ReportMetric(sum[1]/sum[0], "bleve/walk")
}

// BenchmarkExport writes CSV, JSON lines and a bulk load of the benchmark
// index (build100k) to nowhere, whole and filtered, beside the anchor — the
// first 100k records, decoded beforehand (not timed), written by
// encoding/csv as the contract's rows — interleaved, several rounds
// (COUNCILACTIONS_BENCH_ROUNDS, 3). It reports the medians of rows per
// second, of wall and of CPU time, and the heap in use after each.
func BenchmarkExport(b *testing.B) {
	ix, _ := build100k(b)
	ctx := context.Background()
	rounds := envInt(b, "COUNCILACTIONS_BENCH_ROUNDS", 3)
	filtered := Request{Query: "smoking", Status: []string{"delayed", "in_progress", "on_track"}}
	memory := func(lat *latencies) (n int, err error) {
		var recs []action.Record
		stop := errors.New("enough")
		err = ix.Export(ctx, Request{}, func(r action.Record) error {
			if len(recs) == 100_000 {
				return stop
			}
			recs = append(recs, r)
			return nil
		})
		if err != nil && err != stop {
			return 0, err
		}
		runtime.GC()
		lat.time(func() {
			w := csv.NewWriter(io.Discard)
			w.Write(action.CSVColumns)
			for _, r := range recs {
				w.Write(action.CSVRow(r))
			}
			w.Flush()
			n, err = len(recs), w.Error()
		})
		return n, err
	}
	export := func(r Request, f ExportFormat) func(*latencies) (int, error) {
		return func(lat *latencies) (n int, err error) {
			lat.time(func() { n, err = ix.ExportTo(ctx, r, io.Discard, f) })
			return n, err
		}
	}
	ways := []struct {
		name string
		run  func(*latencies) (int, error)
	}{
		{"csv-memory", memory},
		{"csv-all", export(Request{}, ExportFormat{})},
		{"jsonl-all", export(Request{}, ExportFormat{JSONL: true})},
		{"bulk-all", export(Request{}, ExportFormat{Bulk: "councilactions"})},
		{"csv-filtered", export(filtered, ExportFormat{})},
		{"jsonl-filtered", export(filtered, ExportFormat{JSONL: true})},
	}
	for b.Loop() {
		rate := map[string][]float64{}
		cpu := map[string][]float64{}
		heapMB := map[string][]float64{}
		rows := map[string]int{}
		for r := 0; r < rounds; r++ {
			for _, w := range ways {
				runtime.GC()
				var lat latencies
				n, err := w.run(&lat)
				if err != nil {
					b.Fatal(err)
				}
				rate[w.name] = append(rate[w.name], float64(n)/lat.wall[0].Seconds())
				cpu[w.name] = append(cpu[w.name], float64(n)/lat.cpu[0].Seconds())
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				heapMB[w.name] = append(heapMB[w.name], float64(ms.HeapInuse)/(1<<20))
				rows[w.name] = n
			}
		}
		for _, w := range ways {
			b.ReportMetric(median(rate[w.name]), w.name+"-rows/s")
			b.Logf("%-15s %7d rows, rows/s %v, per CPU-second %v, heap in use after %v MB", w.name, rows[w.name], round(rate[w.name]), round(cpu[w.name]), round(heapMB[w.name]))
		}
		b.ReportMetric(median(rate["csv-all"])/median(rate["csv-memory"]), "csv-all/memory")
	}
}

// BenchmarkReplace times Replace of 50-action papers: new papers into a
// growing index, and re-runs of papers already indexed unchanged.
func BenchmarkReplace(b *testing.B) {
	ctx := context.Background()
	b.Run("new", func(b *testing.B) {
		ix, err := Open(filepath.Join(b.TempDir(), "index"))
		if err != nil {
			b.Fatal(err)
		}
		defer ix.Close()
		c := newCorpus(7)
		n := 0
		start := time.Now()
		for b.Loop() {
			if _, err := ix.Replace(ctx, c.paper(n, benchPerPaper)); err != nil {
				b.Fatal(err)
			}
			n++
		}
		b.ReportMetric(float64(n*benchPerPaper)/time.Since(start).Seconds(), "actions/s")
	})
	b.Run("rerun_unchanged", func(b *testing.B) {
		ix, err := Open(filepath.Join(b.TempDir(), "index"))
		if err != nil {
			b.Fatal(err)
		}
		defer ix.Close()
		c := newCorpus(7)
		papers := make([]action.Extraction, 100)
		for i := range papers {
			papers[i] = c.paper(i, benchPerPaper)
			if _, err := ix.Replace(ctx, papers[i]); err != nil {
				b.Fatal(err)
			}
		}
		n := 0
		start := time.Now()
		for b.Loop() {
			ch, err := ix.Replace(ctx, papers[n%len(papers)])
			if err != nil {
				b.Fatal(err)
			}
			if ch != (Change{}) {
				b.Fatalf("unchanged paper changed: %+v", ch)
			}
			n++
		}
		b.ReportMetric(float64(n*benchPerPaper)/time.Since(start).Seconds(), "actions/s")
	})
}
