package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest"
)

// TestDirSourceLifecycle: a folder's papers are indexed once; an unreadable
// paper fails once and is not tried again until it changes; a dangling
// link costs only itself; a deleted paper's actions leave the index.
func TestDirSourceLifecycle(t *testing.T) {
	papers := t.TempDir()
	copyFile := func(name string) {
		data, err := os.ReadFile(filepath.Join("../../fixtures/seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(papers, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile("001_6c1427c512f07a38.txt")
	copyFile("004_89f8b84181bf5b9a.txt")
	if err := os.WriteFile(filepath.Join(papers, "scan.pdf"), []byte("%PDF-1.4\n%%EOF\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(papers, "nowhere.pdf"), filepath.Join(papers, "dangling.pdf")); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Sources = []ingest.SourceConfig{{Name: "folder", Kind: ingest.KindDir, Path: papers, Board: "B"}}
	ix, err := index.Open(IndexDir(cfg.DataDir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	count := func() uint64 {
		res, err := ix.Search(ctx, index.Request{Size: 1})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}

	sum, err := Run(ctx, cfg, ix, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The unreadable paper and the dangling link both fail, and are counted.
	if sum.Documents.New != 2 || sum.Documents.Failed != 1 || len(sum.Failed) != 2 || sum.Total().Failed != 2 ||
		sum.PerSource[0].Result() != "failed" || count() != 44 {
		t.Fatalf("first run: %+v %+v %v, %d actions", sum.Documents, sum.Total(), sum.Failed, count())
	}

	// The failed paper stays failed, and is reported so, without being
	// read again, until the tool's version changes.
	tried := map[string]int{}
	counting := func(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
		tried[filepath.Base(path)]++
		return extract.File(ctx, path, doc)
	}
	sum, err = RunWith(ctx, cfg, ix, Options{Extract: counting})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents.Unchanged != 2 || sum.Documents.Failed != 1 || len(sum.Failed) != 2 || tried["scan.pdf"] != 0 ||
		!strings.Contains(sum.Failed[1].Error(), "scan.pdf: ") || !strings.Contains(sum.Failed[1].Error(), "tried again when") {
		t.Fatalf("second run: %+v %v, scan.pdf read %d times", sum.Documents, sum.Failed, tried["scan.pdf"])
	}
	sum, err = RunWith(ctx, cfg, ix, Options{Extract: counting, Version: "a later version"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents.Unchanged != 2 || sum.Documents.Failed != 1 || tried["scan.pdf"] != 1 || strings.Contains(sum.Failed[1].Error(), "tried again when") {
		t.Fatalf("run by a new version: %+v %v, scan.pdf read %d times", sum.Documents, sum.Failed, tried["scan.pdf"])
	}
	if info, _, _ := ix.Document(ctx, action.ID(filepath.Join(papers, "scan.pdf"), "")); info.Version != "a later version" || info.SHA256 == "" {
		t.Errorf("the failure is recorded as %+v", info)
	}

	if err := os.Remove(filepath.Join(papers, "001_6c1427c512f07a38.txt")); err != nil {
		t.Fatal(err)
	}
	sum, err = Run(ctx, cfg, ix, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents.Removed != 1 || sum.Actions.Removed != 19 || count() != 25 {
		t.Fatalf("after a deletion: %+v %+v, %d actions", sum.Documents, sum.Actions, count())
	}
	if len(sum.PerSource) != 1 || sum.PerSource[0].Documents.Removed != 1 {
		t.Errorf("per-source counts: %+v", sum.PerSource)
	}
}

// TestSamePaperFromTwoSources: a paper two sources hold, byte for byte, is
// indexed once, its actions naming the other place; when one source drops
// it, the other's is read in its own right.
func TestSamePaperFromTwoSources(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	plan, err := os.ReadFile("../../fixtures/seeds/001_6c1427c512f07a38.txt")
	if err != nil {
		t.Fatal(err)
	}
	other, err := os.ReadFile("../../fixtures/seeds/004_89f8b84181bf5b9a.txt")
	if err != nil {
		t.Fatal(err)
	}
	for path, data := range map[string][]byte{filepath.Join(a, "plan.txt"): plan, filepath.Join(b, "hwb-plan-2021.txt"): plan, filepath.Join(b, "strategy.txt"): other} {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Sources = []ingest.SourceConfig{
		{Name: "a", Kind: ingest.KindDir, Path: a, Board: "Oadby and Wigston HWB"},
		{Name: "b", Kind: ingest.KindDir, Path: b, Board: "Oadby and Wigston HWB"},
	}
	ix, err := index.Open(IndexDir(cfg.DataDir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	search := func() *index.Result {
		res, err := ix.Search(ctx, index.Request{Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}

	sum, err := Run(ctx, cfg, ix, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := search()
	if sum.Documents.New != 3 || res.Total != 44 || sum.Actions.Added != 44 {
		t.Fatalf("first run: %+v %+v, %d actions shown; want 3 papers and 19 + 25 actions", sum.Documents, sum.Actions, res.Total)
	}
	plans := map[string]bool{filepath.Join(a, "plan.txt"): true, filepath.Join(b, "hwb-plan-2021.txt"): true}
	copies := 0
	for _, h := range res.Hits {
		if len(h.AlsoIn) == 1 && plans[h.Source] && plans[h.AlsoIn[0].SourceURL] && h.AlsoIn[0].SourceURL != h.Source {
			copies++
		}
	}
	if copies != 19 {
		t.Errorf("%d of the plan's 19 actions name the other source's copy", copies)
	}
	sum, err = Run(ctx, cfg, ix, nil, nil)
	if err != nil || sum.Documents.Unchanged != 3 || sum.Actions != (index.Change{}) {
		t.Fatalf("second run: %+v %+v %v", sum.Documents, sum.Actions, err)
	}

	if err := os.Remove(filepath.Join(a, "plan.txt")); err != nil {
		t.Fatal(err)
	}
	// Sources are indexed in the order their crawls end: by the second
	// run the other source's copy has been read in its own right.
	for i := 0; i < 2; i++ {
		if _, err := Run(ctx, cfg, ix, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	res = search()
	if res.Total != 44 {
		t.Errorf("%d actions shown after source a dropped the plan, want 44", res.Total)
	}
	for _, h := range res.Hits {
		if len(h.AlsoIn) != 0 || !strings.HasPrefix(h.Source, b) {
			t.Errorf("%s (%s) also in %+v", h.Ref, h.Source, h.AlsoIn)
			break
		}
	}
}
