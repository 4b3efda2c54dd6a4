package sandbox

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
)

// TestMain makes this test binary an extraction worker when started as
// one. Its extraction misbehaves on purpose for papers named after what
// they do, standing in for a parser bug that no context can stop (the
// parsers' own hostile files are tested where they live).
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == WorkerArg {
		if err := Worker(os.Args[2:], hostile); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

var papersRead int

var sink [][]byte

func hostile(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
	papersRead++
	switch filepath.Base(path) {
	case "hang.pdf":
		select {} // ignores ctx, as a parser loop would
	case "explode.pdf":
		for {
			b := make([]byte, 8<<20)
			for i := range b {
				b[i] = 1
			}
			sink = append(sink, b)
		}
	case "recurse.pdf":
		var f func(n int) int
		f = func(n int) int {
			var pad [256]byte
			pad[n%256] = byte(n)
			return f(n+1) + int(pad[7])
		}
		f(0)
	case "exit.pdf":
		os.Exit(3)
	case "left.pdf", "right.pdf":
		// Waits until its partner is being read beside it: read one
		// after the other, the first would wait until its deadline.
		partner := map[string]string{"left.pdf": "right.pdf", "right.pdf": "left.pdf"}[filepath.Base(path)]
		if err := os.WriteFile(path+".reading", nil, 0o644); err != nil {
			return action.Extraction{}, err
		}
		for {
			if _, err := os.Stat(filepath.Join(filepath.Dir(path), partner+".reading")); err == nil {
				return action.Extraction{Document: action.Document{Source: path, Title: "read beside " + partner}}, nil
			}
			time.Sleep(10 * time.Millisecond)
		}
	case "only-fresh.pdf":
		// Dies on a worker that has read another paper before.
		if papersRead > 1 {
			os.Exit(4)
		}
		return action.Extraction{Document: action.Document{Source: path, Title: "read on a fresh worker"}}, nil
	}
	return extract.File(ctx, path, doc)
}

// hostileFile makes an empty file with the given name: the hooks above go
// by name, not content.
func hostileFile(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("%PDF-1.4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// idleWorkers counts the workers kept for the next paper.
func (e *Extractor) idleWorkers() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.idle)
}

func newExtractor(t *testing.T, b Budget) *Extractor {
	t.Helper()
	e, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// TestSameResultAsInProcess: papers of every format come back from the
// worker exactly as extract.File gives them in process.
func TestSameResultAsInProcess(t *testing.T) {
	e := newExtractor(t, DefaultBudget())
	ctx := context.Background()
	for _, p := range []string{
		"../../fixtures/seeds/001_6c1427c512f07a38.txt",
		"../../fixtures/pdf/000_086a73563f357bf8.lo-ruled.pdf",
		"../../fixtures/html/003_fe06bfacb4d91bfa.html",
		"../../fixtures/docx/004_89f8b84181bf5b9a.docx",
	} {
		doc := action.Document{Board: "B", URL: "https://example.org/" + filepath.Base(p)}
		want, err := extract.File(ctx, p, doc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := e.Extract(ctx, p, doc)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if len(got.Actions) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the worker's extraction (%d actions) differs from the in-process one (%d)", p, len(got.Actions), len(want.Actions))
		}
	}
	// A paper the parser refuses is an error naming it, and the worker
	// stays up for the next.
	bad := filepath.Join(t.TempDir(), "empty.pdf")
	os.WriteFile(bad, nil, 0o644)
	_, err := e.Extract(ctx, bad, action.Document{})
	if err == nil || !strings.HasPrefix(err.Error(), bad+": ") || e.idleWorkers() != 1 {
		t.Errorf("empty file: err %v, workers kept %d", err, e.idleWorkers())
	}
}

// TestBudgetStopsWhatNothingElseCan: a paper that hangs, one that
// allocates without end, one that recurses without end and one whose
// reader kills the process each cost only themselves, with an error that
// names the paper and the limit; the next paper is read as usual.
func TestBudgetStopsWhatNothingElseCan(t *testing.T) {
	dir := t.TempDir()
	e := newExtractor(t, Budget{Timeout: 5 * time.Second, Memory: 256 << 20})
	good := "../../fixtures/seeds/004_89f8b84181bf5b9a.txt"
	tests := []struct{ name, want string }{
		{"hang.pdf", "stopped after 5s, over its time budget (extract.timeout)"},
		{"explode.pdf", "over its memory budget of 256 MiB (extract.max_memory)"},
		{"recurse.pdf", "extraction process died: stack overflow"},
		{"exit.pdf", "extraction process died: exit status 3"},
	}
	for _, tt := range tests {
		if raceEnabled && tt.name == "explode.pdf" {
			continue // no memory limit under the race detector
		}
		p := hostileFile(t, dir, tt.name)
		_, err := e.Extract(context.Background(), p, action.Document{})
		if err == nil || !strings.HasPrefix(err.Error(), p+": ") || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v; want one line naming the paper and %q", tt.name, err, tt.want)
		}
		if errors.Is(err, ErrUnavailable) {
			t.Errorf("%s: a paper's failure reported as the worker's: %v", tt.name, err)
		}
		ext, err := e.Extract(context.Background(), good, action.Document{})
		if err != nil || len(ext.Actions) == 0 {
			t.Errorf("after %s: the next paper gave %d actions, err %v", tt.name, len(ext.Actions), err)
		}
	}
}

// TestCancelKillsTheWorker: cancelling (a signal to the run) ends a stuck
// extraction at once, as the cancellation, not as the paper's failure.
func TestCancelKillsTheWorker(t *testing.T) {
	e := newExtractor(t, Budget{Timeout: time.Hour, Memory: 256 << 20})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := e.Extract(ctx, hostileFile(t, t.TempDir(), "hang.pdf"), action.Document{})
		done <- err
	}()
	time.Sleep(200 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("a cancelled extraction is still running")
	}
	if e.idleWorkers() != 0 {
		t.Error("the killed worker is kept")
	}
}

// TestDeathOnAUsedWorkerIsRetried: a worker that dies after reading other
// papers may have died of them; the paper is tried once more on a fresh
// worker before it is blamed.
func TestDeathOnAUsedWorkerIsRetried(t *testing.T) {
	e := newExtractor(t, DefaultBudget())
	ctx := context.Background()
	if _, err := e.Extract(ctx, "../../fixtures/seeds/004_89f8b84181bf5b9a.txt", action.Document{}); err != nil {
		t.Fatal(err)
	}
	ext, err := e.Extract(ctx, hostileFile(t, t.TempDir(), "only-fresh.pdf"), action.Document{})
	if err != nil || ext.Document.Title != "read on a fresh worker" {
		t.Errorf("got %q, err %v; want it read on a fresh worker", ext.Document.Title, err)
	}
}

// TestPoolReadsPapersAtOnce: an Extractor of two workers reads two papers
// at the same time, each in its own process.
func TestPoolReadsPapersAtOnce(t *testing.T) {
	e, err := NewPool(Budget{Timeout: 20 * time.Second, Memory: 256 << 20}, 2)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	dir := t.TempDir()
	errs := make(chan error, 2)
	for _, name := range []string{"left.pdf", "right.pdf"} {
		go func() {
			ext, err := e.Extract(context.Background(), hostileFile(t, dir, name), action.Document{})
			if err == nil && !strings.HasPrefix(ext.Document.Title, "read beside") {
				err = fmt.Errorf("%s: title %q", name, ext.Document.Title)
			}
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if e.idleWorkers() != 2 {
		t.Errorf("%d workers kept, want 2", e.idleWorkers())
	}
}

func TestWorkerUnavailable(t *testing.T) {
	e := newExtractor(t, DefaultBudget())
	e.command = []string{filepath.Join(t.TempDir(), "no-such-binary"), WorkerArg}
	_, err := e.Extract(context.Background(), "../../fixtures/seeds/004_89f8b84181bf5b9a.txt", action.Document{})
	if !errors.Is(err, ErrUnavailable) {
		t.Errorf("err = %v, want ErrUnavailable", err)
	}
}
