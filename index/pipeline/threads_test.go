package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest"
)

// TestRunLinksThreads: a run links the boards whose papers changed, so
// that a plan's second version finds its first; threads keep their ids
// through a re-crawl of changed bytes and the removal of a paper.
func TestRunLinksThreads(t *testing.T) {
	papers := t.TempDir()
	put := func(name, replace, with string) {
		data, err := os.ReadFile(filepath.Join("../../fixtures/threads", name))
		if err != nil {
			t.Fatal(err)
		}
		data = []byte(strings.Replace(string(data), replace, with, 1))
		if err := os.WriteFile(filepath.Join(papers, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Sources = []ingest.SourceConfig{{Name: "folder", Kind: ingest.KindDir, Path: papers, Board: "Brackenford HWB"}}
	ix, err := index.Open(IndexDir(cfg.DataDir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	clock := time.Date(2023, 7, 21, 3, 0, 0, 0, time.UTC)
	run := func() {
		t.Helper()
		if _, err := RunWith(ctx, cfg, ix, Options{Now: func() time.Time { return clock }}); err != nil {
			t.Fatal(err)
		}
		clock = clock.Add(24 * time.Hour)
	}
	threads := func() map[string]action.Record {
		t.Helper()
		out := map[string]action.Record{}
		err := ix.Export(ctx, index.Request{}, func(r action.Record) error {
			if r.Thread == "" {
				t.Errorf("ref %s of %s has no thread", r.Ref, r.DocumentTitle)
			}
			q := "q2 "
			if strings.Contains(r.DocumentTitle, "Quarter 1") {
				q = "q1 "
			}
			out[q+r.Ref] = r
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	slipped := func() []string {
		t.Helper()
		res, err := ix.Search(ctx, index.Request{Change: []string{"slipped"}, Size: 50})
		if err != nil {
			t.Fatal(err)
		}
		var refs []string
		for _, h := range res.Hits {
			refs = append(refs, h.Ref)
		}
		slices.Sort(refs)
		return refs
	}

	put("brackenford-delivery-plan-q1.txt", "", "")
	run()
	put("brackenford-delivery-plan-q2.txt", "", "")
	run()
	first := threads()
	if got := slipped(); !slices.Equal(got, []string{"1.2", "1.3", "3.2"}) {
		t.Errorf("slipped after the second version: %v", got)
	}
	if w := first["q2 2.2"]; w.TimesSeen != 2 || !slices.Equal(w.Change, []string{"renumbered"}) {
		t.Errorf("q2 2.2: %+v", w.History)
	}

	// Q2 is published again with the clinic at Riverside slipping: a
	// re-crawl of changed bytes relabels it, and no thread moves.
	put("brackenford-delivery-plan-q2.txt", "Riverside health centre\tStop Smoking Service\tDecember 2023", "Riverside health centre\tStop Smoking Service\tFebruary 2024")
	run()
	if got := slipped(); !slices.Equal(got, []string{"1.2", "1.3", "3.2", "3.5"}) {
		t.Errorf("slipped after the re-crawl: %v", got)
	}
	for k, r := range threads() {
		if r.Thread != first[k].Thread {
			t.Errorf("%s moved from thread %s to %s", k, first[k].Thread, r.Thread)
		}
	}
	// Q1 is taken down: Q2's actions keep their threads, alone now.
	if err := os.Remove(filepath.Join(papers, "brackenford-delivery-plan-q1.txt")); err != nil {
		t.Fatal(err)
	}
	run()
	after := threads()
	if len(after) != 13 {
		t.Errorf("%d actions after q1 went, want q2's 13", len(after))
	}
	for k, r := range after {
		if r.Thread != first[k].Thread || r.Previous != "" || r.TimesSeen != 1 {
			t.Errorf("%s after q1 went: %+v, was thread %s", k, r.History, first[k].Thread)
		}
	}
	if got := slipped(); len(got) != 0 {
		t.Errorf("slipped with no earlier version: %v", got)
	}
}
