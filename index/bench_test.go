package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

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
	benchActions    = 100_000
	benchPerPaper   = 50
	benchPapers     = benchActions / benchPerPaper
	benchQueryCount = 200
)

// build100k fills a fresh index with 100k actions. With
// COUNCILACTIONS_BENCH_DIR set it keeps the index there and reuses it on the
// next run, for tuning queries without rebuilding.
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
		if n, err := ix.Count(context.Background(), Request{}); err != nil || n != benchActions {
			b.Fatalf("reused index %s holds %d actions (%v)", dir, n, err)
		}
		return ix, 0
	}
	c := newCorpus(42)
	start := time.Now()
	for n := 0; n < benchPapers; n++ {
		if _, err := ix.Replace(context.Background(), c.paper(n, benchPerPaper)); err != nil {
			b.Fatal(err)
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
		b.Logf("built %d actions in %s (%.0f actions/s)", benchActions, took.Round(time.Millisecond), benchActions/took.Seconds())
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
			if n != benchActions {
				b.Fatalf("exported %d of %d", n, benchActions)
			}
		}
		b.ReportMetric(float64(benchActions), "actions/op")
	})
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
