package pipeline

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/councilactions/councilactions/fixtures/sites"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/state"
)

// crawlFixture serves the seed ModernGov site with the 2020 action plan
// also published as meeting 1650's printed minutes (a URL whose bytes may
// change), and counts document requests.
type crawlFixture struct {
	cfg     Config
	plan    string // the served copy of the action plan
	mu      sync.Mutex
	docHits int
}

func newCrawlFixture(t *testing.T) *crawlFixture {
	t.Helper()
	papers := t.TempDir()
	seeds, _ := filepath.Glob("../../fixtures/seeds/*.txt")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(papers, filepath.Base(s)), data, 0o644)
	}
	fx := &crawlFixture{plan: filepath.Join(papers, "plan-minutes.txt")}
	data, _ := os.ReadFile("../../fixtures/seeds/000_086a73563f357bf8.txt")
	if err := os.WriteFile(fx.plan, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// The site sends validators, so changed minutes are found at once by a
	// conditional GET.
	site := &sites.ModernGovSite{Site: sites.Site{PapersDir: papers, Committees: sites.SeedModernGov(), Validators: true}}
	for i, m := range site.Committees[0].Meetings {
		if m.ID == 1650 {
			site.Committees[0].Meetings[i].PrintedMinutes = "plan-minutes.txt"
		}
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/documents/") {
			fx.mu.Lock()
			fx.docHits++
			fx.mu.Unlock()
		}
		site.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	fx.cfg = DefaultConfig()
	fx.cfg.DataDir = t.TempDir()
	fx.cfg.Crawl.PerHostInterval = time.Millisecond
	fx.cfg.Crawl.RecheckDays = 100000 // every meeting is recent: mutable papers are asked for again
	fx.cfg.Sources = []ingest.SourceConfig{
		{Name: "oadby-wigston-hwb", Kind: ingest.KindModernGov, Council: "Oadby and Wigston Borough Council",
			Board: "Oadby and Wigston Health and Wellbeing Board", URL: srv.URL, CommitteeID: 220, Since: "2019-01-01"},
	}
	if err := fx.cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	return fx
}

func (fx *crawlFixture) hits() int {
	fx.mu.Lock()
	defer fx.mu.Unlock()
	n := fx.docHits
	fx.docHits = 0
	return n
}

func search(t *testing.T, ix *index.Index, q string) uint64 {
	t.Helper()
	res, err := ix.Search(context.Background(), index.Request{Query: q})
	if err != nil {
		t.Fatal(err)
	}
	return res.Total
}

func TestRunCrawlsExtractsAndReplacesChangedActions(t *testing.T) {
	fx := newCrawlFixture(t)
	ix, err := index.Open(IndexDir(fx.cfg.DataDir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()

	sum, err := Run(ctx, fx.cfg, ix, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failed) != 0 {
		t.Fatalf("failures: %v", sum.Failed)
	}
	if sum.Crawl.Meetings != 4 || sum.Crawl.Cancelled != 1 || sum.Crawl.New != 4 {
		t.Errorf("crawl %+v, want 4 meetings, 1 cancelled, 4 new", sum.Crawl)
	}
	if sum.Documents.New != 4 || sum.Actions.Added == 0 {
		t.Errorf("documents %+v actions %+v", sum.Documents, sum.Actions)
	}
	inMinutes := func() int {
		res, err := ix.Search(ctx, index.Request{Query: "Arriva", Size: 50})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, h := range res.Hits {
			if strings.Contains(h.Source, "/documents/g1650/") {
				n++
			}
		}
		return n
	}
	// The plan and the minutes are the same bytes: one paper, indexed
	// once, its actions naming the other address.
	res, err := ix.Search(ctx, index.Request{Query: "Arriva"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || inMinutes() != 1 || len(res.Hits[0].AlsoIn) != 1 || !strings.Contains(res.Hits[0].AlsoIn[0].SourceURL, "/documents/s20513/") {
		t.Fatalf("the plan's transport action (Arriva): %d hits; want one, from the minutes, also in the item paper: %+v", res.Total, res.Hits)
	}
	fx.hits()

	// The council republishes the minutes without recommendation 3.
	data, _ := os.ReadFile(fx.plan)
	lines := strings.Split(string(data), "\n")
	var kept []string
	for i, l := range lines {
		if i == 5 || i == 6 { // row 3 and its sub-row
			continue
		}
		kept = append(kept, l)
	}
	if err := os.WriteFile(fx.plan, []byte(strings.Join(kept, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err = Run(ctx, fx.cfg, ix, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The item paper, no longer a copy of the minutes, is read in its own
	// right in the same run.
	if sum.Crawl.Changed != 1 || sum.Documents.Changed != 1 || sum.Documents.New != 1 || sum.Documents.Unchanged != 2 {
		t.Errorf("after the change: crawl %+v documents %+v; want 1 changed and the item paper read anew", sum.Crawl, sum.Documents)
	}
	if sum.Actions.Removed == 0 {
		t.Errorf("actions %+v; the dropped rows' actions should be removed", sum.Actions)
	}
	// Only the printed-minutes copy lost the row; the item paper still has it.
	if n := inMinutes(); n != 0 {
		t.Errorf("%d removed actions still indexed for the changed document", n)
	}
	if n := search(t, ix, "Arriva"); n != 1 {
		t.Errorf("%d hits for the unchanged item paper's action, want 1", n)
	}
	// Every meeting is recent and the site sends validators, so each of the
	// four papers was asked for again (the item papers answered 304).
	if n := fx.hits(); n != 4 {
		t.Errorf("%d document requests on the second run, want 4 (conditional GETs)", n)
	}

	sum, err = Run(ctx, fx.cfg, ix, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Crawl.New+sum.Crawl.Changed != 0 || sum.Documents.New+sum.Documents.Changed != 0 || sum.Actions != (index.Change{}) {
		t.Errorf("third run changed things: crawl %+v documents %+v actions %+v", sum.Crawl, sum.Documents, sum.Actions)
	}

	st, err := Statuses(fx.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 || st[0].Result != "ok" || st[0].LastKind != "run" || st[0].Counts.Meetings != 4 || st[0].LastRun.IsZero() {
		t.Errorf("status %+v", st)
	}
}

func TestCrawlOnlyAndFailingSource(t *testing.T) {
	fx := newCrawlFixture(t)
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	fx.cfg.Sources = append(fx.cfg.Sources, ingest.SourceConfig{Name: "gone", Kind: ingest.KindModernGov, URL: deadURL, CommitteeID: 1})
	fx.cfg.Crawl.Retries = 0
	sum, err := Crawl(context.Background(), fx.cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.PerSource) != 2 || sum.PerSource[0].Err != nil || sum.PerSource[1].Err == nil {
		t.Fatalf("per source %+v", sum.PerSource)
	}
	if sum.PerSource[0].Crawl.New != 4 || sum.Documents != (DocCounts{}) {
		t.Errorf("crawl-only run: crawl %+v documents %+v", sum.PerSource[0].Crawl, sum.Documents)
	}
	if _, err := os.Stat(IndexDir(fx.cfg.DataDir)); !os.IsNotExist(err) {
		t.Errorf("a crawl-only run made an index: %v", err)
	}
	st, err := Statuses(fx.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if st[0].Result != "ok" || st[0].LastKind != "crawl" || st[1].Result != "failed" || st[1].LastError == "" {
		t.Errorf("statuses %+v", st)
	}
	if _, err := Crawl(context.Background(), fx.cfg, []string{"nope"}, nil); err == nil {
		t.Error("an unknown --source should be an error")
	}
}

func TestScheduleRunsAndStopsCleanly(t *testing.T) {
	fx := newCrawlFixture(t)
	fx.cfg.Sources[0].Schedule = "@every 1s"
	fx.cfg.Sources = append(fx.cfg.Sources, ingest.SourceConfig{Name: "unscheduled", Kind: ingest.KindDir, Path: t.TempDir()})
	ix, err := index.Open(IndexDir(fx.cfg.DataDir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var runs []SourceResult
	var mu sync.Mutex
	done := make(chan error, 1)
	go func() {
		done <- ScheduleWith(ctx, fx.cfg, ix, ScheduleOptions{OnRun: func(r SourceResult) {
			mu.Lock()
			runs = append(runs, r)
			mu.Unlock()
			cancel()
		}})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("schedule did not run and stop")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(runs) != 1 || runs[0].Name != "oadby-wigston-hwb" || runs[0].Err != nil || runs[0].Crawl.New != 4 {
		t.Errorf("runs %+v", runs)
	}
	st, err := Statuses(fx.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if st[0].Result != "ok" || st[0].NextRun.IsZero() || st[1].Result != "never" {
		t.Errorf("statuses %+v", st)
	}
	if err := ScheduleWith(context.Background(), Config{Sources: []ingest.SourceConfig{{Name: "x", Kind: ingest.KindDir, Path: "."}}}, ix, ScheduleOptions{}); err == nil {
		t.Error("a config without schedules should be an error")
	}
}

func TestStatusShowsRunningSource(t *testing.T) {
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Sources = []ingest.SourceConfig{{Name: "busy", Kind: ingest.KindDir, Path: t.TempDir(), Schedule: "*/5 * * * *"}}
	st, err := state.Open(StatePath(cfg.DataDir, "busy"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Statuses(cfg)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Result != "running" || got[0].NextRun.Minute()%5 != 0 || !got[0].NextRun.After(time.Now()) {
		t.Errorf("status %+v, want running with a next run on a 5-minute mark", got[0])
	}
	got, _ = Statuses(cfg)
	if got[0].Result != "never" {
		t.Errorf("status after the run let go: %+v", got[0])
	}
}
