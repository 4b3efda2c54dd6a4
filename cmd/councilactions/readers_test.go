package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/fixtures/sites"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

// TestSearchWhileRunHolds: while a `run` process holds the index (here
// stalled mid-crawl), analysts' search and export work, on what the index
// held when the crawl began; once the run ends they see what it added.
func TestSearchWhileRunHolds(t *testing.T) {
	site := &stallingSite{next: sites.ModernGov("../../fixtures/seeds"), docs: map[string]int{},
		stalled: make(chan struct{}), release: make(chan struct{})}
	srv := httptest.NewServer(site)
	defer srv.Close()
	released := false
	release := func() {
		if !released {
			close(site.release)
			released = true
		}
	}
	defer release()

	dir := t.TempDir()
	dataDir := filepath.Join(dir, "data")
	// What the index held before the crawl: one paper of the analysts'.
	ix, err := index.Open(pipeline.IndexDir(dataDir))
	if err != nil {
		t.Fatal(err)
	}
	before := action.Extraction{
		Document: action.Document{Source: "plans/leics.pdf", Kind: action.DocActionPlan, Title: "Leicestershire Plan", Year: 2022, Board: "Leicestershire HWB", SHA256: "b"},
		Actions: []action.Action{
			{Ref: "1", Kind: action.KindAction, Action: "Expand lung cancer awareness", StatusRaw: "Amber"},
			{Ref: "2", Kind: action.KindAction, Action: "Offer lung health checks", StatusRaw: "Delayed"},
		},
	}
	before.Finish()
	if _, err := ix.Replace(context.Background(), before); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	config := filepath.Join(dir, "config.yaml")
	yaml := fmt.Sprintf("data_dir: %s\ncrawl:\n  per_host_interval: 1ms\n  retries: 0\nsources:\n  - name: oadby\n    kind: moderngov\n    url: %s\n    committee_id: 220\n    since: 2019-01-01\n", dataDir, srv.URL)
	if err := os.WriteFile(config, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	run := exec.Command(os.Args[0])
	run.Env = append(os.Environ(), "COUNCILACTIONS_TEST_ARGS=run --config "+config)
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	defer run.Process.Kill()
	select {
	case <-site.stalled:
	case <-time.After(30 * time.Second):
		t.Fatal("the crawl never reached the second document")
	}
	// The run holds the index.
	if w, err := index.Open(pipeline.IndexDir(dataDir)); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("in use by pid %d", run.Process.Pid)) {
		w.Close()
		t.Fatalf("the index is not held by the run: %v", err)
	}

	search := func(q string) index.Result {
		t.Helper()
		out, _, err := searchCLI(t, "search", q, "--json", "--limit", "100", "--data-dir", dataDir)
		if err != nil {
			t.Fatalf("search %q while the run holds the index: %v", q, err)
		}
		var res index.Result
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	if res := search("lung"); res.Total != 2 {
		t.Fatalf("search lung during the run: %d hits, want 2", res.Total)
	}
	csvPath := filepath.Join(dir, "lung.csv")
	if _, _, err := searchCLI(t, "export", "lung", "-o", csvPath, "--data-dir", dataDir); err != nil {
		t.Fatalf("export while the run holds the index: %v", err)
	}
	f, err := os.Open(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) != 3 {
		t.Fatalf("export during the run: %d rows (%v), want a header and 2", len(rows), err)
	}

	// The run goes on, finishes and publishes: readers see its papers.
	release()
	if err := run.Wait(); err != nil {
		t.Logf("run: %v (a paper of the fake site may fail; the index is what matters here)", err)
	}
	if res := search("healthy schools"); res.Total == 0 {
		t.Fatal("after the run, its papers are not searchable")
	}
	if res := search("lung"); res.Total <= 2 {
		t.Fatalf("after the run, lung finds %d: only the old paper", res.Total)
	}
}
