package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest"
)

// TestPapersReadAtOnceWrittenInOrder: with three workers, three papers are
// read at once and finish out of order, and the index takes them in the
// folder's order, ending as a run with one worker leaves it.
func TestPapersReadAtOnceWrittenInOrder(t *testing.T) {
	papers := t.TempDir()
	seeds, _ := filepath.Glob("../../fixtures/seeds/*.txt")
	var names []string
	for i := 0; i < 6; i++ {
		b, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("p%d.txt", i)
		names = append(names, name)
		b = append(b, fmt.Sprintf("\n%s\n", name)...) // each its own bytes
		if err := os.WriteFile(filepath.Join(papers, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// p0 and p3 wait until the other two of their three have been read;
	// every paper waits until its three are all being read. One at a
	// time, the first would wait for ever (here: until the bail-out).
	var mu sync.Mutex
	started, finished := map[string]bool{}, map[string]bool{}
	var order []string
	waitFor := func(names []string, in map[string]bool) error {
		deadline := time.Now().Add(30 * time.Second)
		for !all(names, in) {
			if time.Now().After(deadline) {
				return fmt.Errorf("waited in vain for %v", names)
			}
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			mu.Lock()
		}
		return nil
	}
	grouped := func(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
		name := filepath.Base(path)
		var k int
		fmt.Sscanf(name, "p%d.txt", &k)
		group := names[k/3*3 : k/3*3+3]
		mu.Lock()
		started[name] = true
		err := waitFor(group, started)
		if err == nil && k%3 == 0 {
			err = waitFor(group[1:], finished)
		}
		mu.Unlock()
		if err != nil {
			return action.Extraction{}, err
		}
		ext, err := extract.File(ctx, path, doc)
		mu.Lock()
		finished[name] = true
		order = append(order, name)
		mu.Unlock()
		return ext, err
	}

	ctx := context.Background()
	run := func(opts Options) (Summary, string, []int) {
		cfg := DefaultConfig()
		cfg.DataDir = t.TempDir()
		cfg.Sources = []ingest.SourceConfig{{Name: "folder", Kind: ingest.KindDir, Path: papers, Board: "B"}}
		ix, err := index.Open(IndexDir(cfg.DataDir))
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		var progress []int
		// The same clock, so that the threads' stamps agree.
		opts.Now = func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }
		opts.Progress = func(_ string, done, total int, path string) {
			if path != "" {
				progress = append(progress, done)
			}
		}
		sum, err := RunWith(ctx, cfg, ix, opts)
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		if _, err := ix.ExportTo(ctx, index.Request{}, &out, index.ExportFormat{JSONL: true}); err != nil {
			t.Fatal(err)
		}
		return sum, out.String(), progress
	}
	sum, got, progress := run(Options{Extract: grouped, Workers: 3})
	if sum.Documents.New != 6 || len(sum.Failed) != 0 {
		t.Fatalf("three at once: %+v %v", sum.Documents, sum.Failed)
	}
	if order[0] == "p0.txt" || order[3] == "p3.txt" {
		t.Errorf("papers finished in the order %v: the test shows less than it should", order)
	}
	if !slices.Equal(progress, []int{0, 1, 2, 3, 4, 5}) {
		t.Errorf("papers taken in the order %v, want the folder's", progress)
	}
	one, want, _ := run(Options{Workers: 1})
	if got != want || one.Documents != sum.Documents || one.Actions != sum.Actions {
		t.Errorf("three workers left %+v %+v, one %+v %+v", sum.Documents, sum.Actions, one.Documents, one.Actions)
	}
}

func all(names []string, in map[string]bool) bool {
	for _, n := range names {
		if !in[n] {
			return false
		}
	}
	return true
}

// TestPaperListedTwice: a paper listed again with other bytes is looked up
// after the first listing is written, and replaces it, as one paper after
// the other would; the index ends holding its second version.
func TestPaperListedTwice(t *testing.T) {
	ctx := context.Background()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	a, b := "../../fixtures/seeds/001_6c1427c512f07a38.txt", "../../fixtures/seeds/004_89f8b84181bf5b9a.txt"
	var mu sync.Mutex
	reads := map[string]int{}
	versions := func(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
		mu.Lock()
		reads[path]++
		n := reads[path]
		mu.Unlock()
		ext, err := extract.File(ctx, path, doc)
		if n == 2 {
			ext.Actions = ext.Actions[:3] // the second version has fewer rows
			ext.Finish()
		}
		ext.Document.SHA256 = fmt.Sprintf("v%d", n)
		return ext, err
	}
	sum := Summary{ByKind: map[string]int{}, ByBoard: map[string]int{}}
	pw := &paperWriter{ix: ix, opts: Options{Extract: versions, Workers: 3, Version: "test"}, source: "s", total: 3, sum: &sum, lastSync: time.Now()}
	docs := []ingest.Document{{Source: "s", Path: a, SHA256: "v1"}, {Source: "s", Path: b, SHA256: "v1"}, {Source: "s", Path: a, SHA256: "v2"}}
	if _, err := pw.indexPapers(ctx, docs, ""); err != nil {
		t.Fatal(err)
	}
	if err := pw.w.sync(ctx, ix, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Documents.New != 2 || sum.Documents.Changed != 1 || reads[a] != 2 {
		t.Errorf("counts %+v, %s read %d times", sum.Documents, a, reads[a])
	}
	info, ok, err := ix.Document(ctx, action.ID(a, ""))
	if err != nil || !ok || info.SHA256 != "v2" || info.Actions != 3 {
		t.Errorf("the index holds %+v (%v %v), want its second version", info, ok, err)
	}
}

// TestWorkerFailureStopsTheSource: when the extraction worker itself
// fails, the source fails once, the papers after it are not read, and
// those before it are written.
func TestWorkerFailureStopsTheSource(t *testing.T) {
	ctx := context.Background()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	seeds, _ := filepath.Glob("../../fixtures/seeds/*.txt")
	broken := func(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
		if path == seeds[2] {
			return action.Extraction{}, fmt.Errorf("cannot start: %w", sandbox.ErrUnavailable)
		}
		return extract.File(ctx, path, doc)
	}
	var docs []ingest.Document
	for _, s := range seeds {
		docs = append(docs, ingest.Document{Source: "s", Path: s, SHA256: "x"})
	}
	sum := Summary{ByKind: map[string]int{}, ByBoard: map[string]int{}}
	pw := &paperWriter{ix: ix, opts: Options{Extract: broken, Workers: 2, Version: "test"}, source: "s", total: len(docs), sum: &sum, lastSync: time.Now()}
	_, err = pw.indexPapers(ctx, docs, "")
	if !errors.Is(err, sandbox.ErrUnavailable) || sum.Documents.Failed != 1 || len(sum.Failed) != 0 {
		t.Fatalf("err %v, counts %+v, failures %v", err, sum.Documents, sum.Failed)
	}
	if err := pw.w.sync(ctx, ix, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Documents.New != 2 {
		t.Errorf("%d papers before the failure written, want 2", sum.Documents.New)
	}
	if n, _ := ix.Count(ctx, index.Request{}); n == 0 {
		t.Error("nothing written")
	}
}

// TestSameBytesInOneRun: with several workers, a paper whose bytes a paper
// before it in the same run has is recorded as that one's copy, not read,
// as one paper after the other would be.
func TestSameBytesInOneRun(t *testing.T) {
	papers := t.TempDir()
	seed, err := os.ReadFile("../../fixtures/seeds/004_89f8b84181bf5b9a.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		if err := os.WriteFile(filepath.Join(papers, name), seed, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Sources = []ingest.SourceConfig{{Name: "folder", Kind: ingest.KindDir, Path: papers, Board: "B"}}
	ix, err := index.Open(IndexDir(cfg.DataDir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var mu sync.Mutex
	read := map[string]int{}
	counting := func(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
		mu.Lock()
		read[filepath.Base(path)]++
		mu.Unlock()
		return extract.File(ctx, path, doc)
	}
	ctx := context.Background()
	sum, err := RunWith(ctx, cfg, ix, Options{Extract: counting, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents.New != 3 || len(read) != 1 || read["a.txt"] != 1 {
		t.Fatalf("counts %+v, papers read %v; want a.txt read, its two copies not", sum.Documents, read)
	}
	res, err := ix.Search(ctx, index.Request{Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 || len(res.Hits[0].AlsoIn) != 2 {
		t.Errorf("%d actions, the first also in %d papers; want every action once, also in the two copies", res.Total, len(res.Hits[0].AlsoIn))
	}
}
