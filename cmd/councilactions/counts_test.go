package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/councilactions/councilactions/fixtures/sites"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/state"
)

// failingSite is the seed ModernGov site, except that one paper is gone
// (404).
func failingSite(t *testing.T) *httptest.Server {
	t.Helper()
	site := sites.ModernGov("../../fixtures/seeds")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/documents/s20513/") {
			http.NotFound(w, r)
			return
		}
		site.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestFailedPapersAndCountsAgreeEverywhere: a paper that cannot be fetched
// and one that cannot be read fail the run (exit non-zero) and stay failed,
// run after run, until they change; the per-source table, the totals,
// status, /api/sources, /sources and the schedule's log give the same
// counts.
func TestFailedPapersAndCountsAgreeEverywhere(t *testing.T) {
	site := failingSite(t)
	papers := t.TempDir()
	data, err := os.ReadFile(seed004)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(papers, "plan.txt"), data, 0o644)
	os.WriteFile(filepath.Join(papers, "scan.pdf"), []byte("%PDF-1.4\nnothing here\n"), 0o644)
	cfg := pipeline.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Crawl.PerHostInterval = time.Millisecond
	cfg.Crawl.Retries = 0
	cfg.Sources = []ingest.SourceConfig{
		{Name: "site", Kind: ingest.KindModernGov, URL: site.URL, CommitteeID: 220, Since: "2019-01-01", Schedule: "@every 1s"},
		{Name: "folder", Kind: ingest.KindDir, Path: papers},
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	// What each source's row must say in every report, run after run.
	want := []map[string]int{
		{"site new": 2, "site failed": 1, "folder new": 1, "folder failed": 1},
		{"site unchanged": 2, "site failed": 1, "folder unchanged": 1, "folder failed": 1},
	}
	for i, w := range want {
		var out bytes.Buffer
		var logs syncBuffer
		old := slog.Default()
		slog.SetDefault(slog.New(slog.NewTextHandler(&logs, nil)))
		err := runRun(context.Background(), cfg, &runOptions{}, &out, io.Discard)
		slog.SetDefault(old)
		// Each failure is logged once, and nothing says "source X: source X:".
		for _, paper := range []string{"scan.pdf", "s20513"} {
			n := 0
			for _, line := range strings.Split(logs.String(), "\n") {
				if strings.Contains(line, paper) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("run %d logged %s %d times:\n%s", i+1, paper, n, logs.String())
			}
		}
		if strings.Contains(logs.String()+out.String(), "source site: source site") || strings.Contains(logs.String()+out.String(), "source folder: source folder") {
			t.Errorf("run %d stutters:\n%s\n%s", i+1, logs.String(), out.String())
		}
		if err == nil || !strings.Contains(err.Error(), "0 of 2 sources and 2 papers failed") {
			t.Errorf("run %d: err = %v, want 2 failed papers", i+1, err)
		}
		report := out.String()
		for _, name := range []string{"site", "folder"} {
			got := tableRow(t, report, name)
			checkRow(t, "run table", name, got, w)
		}
		if !strings.Contains(report, "s20513") || !strings.Contains(report, "HTTP 404") || !strings.Contains(report, "scan.pdf") {
			t.Errorf("run %d does not report both failed papers:\n%s", i+1, report)
		}
		if strings.Count(report, "scan.pdf") != 1 {
			t.Errorf("run %d reports scan.pdf more than once:\n%s", i+1, report)
		}
		total := w["site new"] + w["folder new"]
		if !strings.Contains(report, "documents: "+itoa(total)+" new") || !strings.Contains(report, "removed, 2 failed") {
			t.Errorf("run %d totals disagree with the rows:\n%s", i+1, report)
		}

		// status, as text and JSON.
		st, err := pipeline.Statuses(cfg)
		if err != nil {
			t.Fatal(err)
		}
		var text bytes.Buffer
		printStatus(&text, st)
		for _, s := range st {
			checkRow(t, "status", s.Name, tableRow(t, text.String(), s.Name), w)
			checkCounts(t, "status --json", s.Name, s.Counts, w)
			if s.Result != "failed" || len(s.Failures) != 1 {
				t.Errorf("run %d: status of %s: %s with %v", i+1, s.Name, s.Result, s.Failures)
			}
		}

		// /api/sources and /sources of a running server.
		api, page := serveSources(t, cfg)
		for _, s := range api {
			checkCounts(t, "/api/sources", s.Name, s.Counts, w)
		}
		for _, want := range []string{"scan.pdf", "HTTP 404", `<span class="count">1 failed</span>`} {
			if !strings.Contains(page, want) {
				t.Errorf("/sources lacks %s", want)
			}
		}
	}

	// The schedule logs the same counts as it records.
	var logs syncBuffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&logs, nil)))
	defer slog.SetDefault(old)
	ctx, cancel := context.WithCancel(context.Background())
	if err := runScheduleOnce(ctx, cancel, cfg); err != nil {
		t.Fatal(err)
	}
	line := ""
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, `msg="run done"`) {
			line = l
		}
	}
	if !strings.Contains(line, "source=site result=failed meetings=4 new=0 changed=0 unchanged=2 failed=1 removed=0") {
		t.Errorf("schedule's log: %q", line)
	}
	st, _ := pipeline.Statuses(cfg)
	checkCounts(t, "status after the schedule", "site", st[0].Counts, want[1])
}

func runScheduleOnce(ctx context.Context, cancel context.CancelFunc, cfg pipeline.Config) error {
	cfg.Sources[1].Schedule = ""
	ix, err := index.Open(pipeline.IndexDir(cfg.DataDir))
	if err != nil {
		return err
	}
	defer ix.Close()
	return pipeline.ScheduleWith(ctx, cfg, ix, pipeline.ScheduleOptions{OnRun: func(pipeline.SourceResult) { cancel() }})
}

// tableRow returns the cells of the named source's row in a table printed
// by printRun or printStatus, keyed by header.
func tableRow(t *testing.T, table, name string) map[string]string {
	t.Helper()
	lines := strings.Split(table, "\n")
	split := regexp.MustCompile(`\s{2,}`)
	head := split.Split(strings.TrimSpace(lines[0]), -1)
	for _, l := range lines[1:] {
		cells := split.Split(strings.TrimSpace(l), -1)
		if len(cells) == len(head) && cells[0] == name {
			row := map[string]string{}
			for i, h := range head {
				row[h] = cells[i]
			}
			return row
		}
	}
	t.Fatalf("no row for %s in\n%s", name, table)
	return nil
}

func checkRow(t *testing.T, where, name string, row map[string]string, want map[string]int) {
	t.Helper()
	for _, col := range []string{"new", "changed", "unchanged", "failed"} {
		if row[strings.ToUpper(col)] != itoa(want[name+" "+col]) {
			t.Errorf("%s: %s %s = %s, want %d (row %v)", where, name, col, row[strings.ToUpper(col)], want[name+" "+col], row)
		}
	}
	wantResult := "ok"
	if want[name+" failed"] > 0 {
		wantResult = "failed"
	}
	if row["RESULT"] != wantResult {
		t.Errorf("%s: %s result %s, want %s", where, name, row["RESULT"], wantResult)
	}
}

func checkCounts(t *testing.T, where, name string, c state.Counts, want map[string]int) {
	t.Helper()
	got := map[string]int{"new": c.New, "changed": c.Changed, "unchanged": c.Unchanged, "failed": c.Failed}
	for col, n := range got {
		if n != want[name+" "+col] {
			t.Errorf("%s: %s %s = %d, want %d", where, name, col, n, want[name+" "+col])
		}
	}
}

// serveSources starts serve over cfg's data dir and returns its
// /api/sources and /sources.
func serveSources(t *testing.T, cfg pipeline.Config) ([]pipeline.SourceStatus, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, cfg, ln, false) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	base := "http://" + ln.Addr().String()
	var api struct{ Sources []pipeline.SourceStatus }
	body := httpGet(t, base+"/api/sources")
	if err := json.Unmarshal([]byte(body), &api); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	return api.Sources, httpGet(t, base+"/sources")
}

func httpGet(t *testing.T, u string) string {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		resp, err := http.Get(u)
		if err != nil {
			if time.Now().After(deadline) {
				t.Fatal(err)
			}
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s: %d %s", u, resp.StatusCode, b)
		}
		return string(b)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }
