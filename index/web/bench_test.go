package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
)

// synthWords are the words synthetic actions are made of.
var synthWords = strings.Fields(`support local primary schools achieve healthy school status review
housing policy design standards homes develop targeted health campaigns lung cancer mental
wellbeing physical activity programme children young people community champions volunteers
deliver funding bids social prescribing prevention referrals partners transport leisure centre
awareness inequalities data population practice engagement events fairs checks smoking obesity
carers dementia loneliness isolation vaccination screening food poverty employment skills`)

var synthStatuses = []string{"Complete", "On track", "In progress", "Amber", "Delayed due to COVID", "Not started", "", "Cancelled"}

// synthExtractions makes n actions in papers of 50 actions each. Words are
// drawn from a Zipf distribution over a 5000-word vocabulary, as in real
// text, with the real words placed at middling ranks, so that a query word
// matches a realistic share of actions rather than half of them.
func synthExtractions(n int) []action.Extraction {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%c%c%d", 'a'+rune(i%26), 'a'+rune(i/26%26), i)
	}
	for i, w := range synthWords {
		vocab[20+i*20] = w // ranks 20 … ~1500
	}
	zipf := rand.NewZipf(r, 1.07, 2, uint64(len(vocab)-1))
	words := func(k int) string {
		w := make([]string, k)
		for i := range w {
			w[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(w, " ")
	}
	var out []action.Extraction
	for d := 0; d*50 < n; d++ {
		year := 2015 + r.IntN(11)
		board := fmt.Sprintf("Board %02d HWB", r.IntN(40))
		ext := action.Extraction{Document: action.Document{
			Source: fmt.Sprintf("https://council%02d.example/papers/%d.pdf", r.IntN(40), d),
			Kind:   action.DocActionPlan, Title: "Action plan " + words(4), Date: fmt.Sprintf("%d-%02d-15", year, 1+r.IntN(12)),
			Year: year, Board: board, Council: strings.Replace(board, "HWB", "Council", 1), Pages: 10,
		}}
		for i := 0; i < 50 && d*50+i < n; i++ {
			ext.Actions = append(ext.Actions, action.Action{
				Ref: strconv.Itoa(i + 1), Kind: []string{"action", "action", "recommendation", "resolution", "commitment"}[r.IntN(5)],
				Theme:  "Priority " + strconv.Itoa(1+r.IntN(8)) + " - " + words(2),
				Action: words(12 + r.IntN(20)), Owner: []string{fmt.Sprintf("Officer %03d", r.IntN(300))},
				DueRaw: fmt.Sprintf("%s %d", time.Month(1+r.IntN(12)), year+r.IntN(3)), StatusRaw: synthStatuses[r.IntN(len(synthStatuses))],
				Progress: words(8), Target: words(4), Page: 1 + r.IntN(10),
			})
		}
		ext.Finish()
		out = append(out, ext)
	}
	return out
}

// BenchmarkSearchHTTP measures /api/search with facets and highlights over
// a 100k-action index (COUNCILACTIONS_BENCH_ACTIONS changes the size),
// through the whole HTTP stack on loopback, and reports p50 and p99.
func BenchmarkSearchHTTP(b *testing.B) {
	n := 100_000
	if s := os.Getenv("COUNCILACTIONS_BENCH_ACTIONS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	start := time.Now()
	ix, err := index.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	for _, e := range synthExtractions(n) {
		if _, err := ix.Replace(context.Background(), e); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("indexed %d actions in %v", n, time.Since(start).Round(time.Second))
	srv, err := New(Options{Index: ix, Now: func() time.Time { return testToday }, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	queries := []string{
		"q=healthy+schools",
		"q=lung+cancer&status=delayed",
		"q=mental+wellbeing&board=Board+07+HWB",
		"q=%22social+prescribing%22&year=2020",
		"status=at_risk&sort=due",
		"q=housing&overdue=true",
		"q=carers+dementia&kind=recommendation&sort=date",
		"",
	}
	// The same queries straight to the index, and through HTTP: the
	// difference is what this package adds.
	b.Run("index", func(b *testing.B) {
		reqs := make([]index.Request, len(queries))
		for k, q := range queries {
			v, _ := url.ParseQuery(q)
			if reqs[k], err = parseRequest(v, "2022-06-01"); err != nil {
				b.Fatal(err)
			}
			reqs[k].Size++ // as the handler asks
		}
		measure(b, queries, func(k int) error {
			_, err := ix.Search(context.Background(), reqs[k])
			return err
		})
	})
	b.Run("http", func(b *testing.B) {
		client := ts.Client()
		measure(b, queries, func(k int) error {
			resp, err := client.Get(ts.URL + "/api/search?" + queries[k])
			if err != nil {
				return err
			}
			_, err = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if err == nil && resp.StatusCode != http.StatusOK {
				err = fmt.Errorf("status %d", resp.StatusCode)
			}
			return err
		})
	})
}

// measure runs the queries in turn, timing each, and reports p50 and p99
// overall and per query.
func measure(b *testing.B, queries []string, run func(k int) error) {
	var lat []time.Duration
	byQuery := make([][]time.Duration, len(queries))
	k := 0
	for b.Loop() {
		t0 := time.Now()
		if err := run(k); err != nil {
			b.Fatalf("%q: %v", queries[k], err)
		}
		d := time.Since(t0)
		lat = append(lat, d)
		byQuery[k] = append(byQuery[k], d)
		k = (k + 1) % len(queries)
	}
	for i, q := range queries {
		b.Logf("%-50q p50 %6.1f ms  p99 %6.1f ms", q, percentile(byQuery[i], 0.50), percentile(byQuery[i], 0.99))
	}
	b.ReportMetric(percentile(lat, 0.50), "p50-ms")
	b.ReportMetric(percentile(lat, 0.99), "p99-ms")
}

// percentile returns the p-th latency in milliseconds.
func percentile(lat []time.Duration, p float64) float64 {
	if len(lat) == 0 {
		return 0
	}
	lat = slices.Clone(lat)
	slices.Sort(lat)
	return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
}
