package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/fixtures/sites"
	"github.com/councilactions/councilactions/index/pipeline"
)

// TestMain lets a test start this binary as the councilactions command, so
// that a real process can be killed mid-crawl; and makes it an extraction
// worker when a run starts one (see hangingExtract).
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == sandbox.WorkerArg {
		if err := sandbox.Worker(os.Args[2:], hangingExtract); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	if args := os.Getenv("COUNCILACTIONS_TEST_ARGS"); args != "" {
		os.Exit(execute(strings.Fields(args), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// hangingExtract is extract.File, except that a paper whose name starts
// with "hang" never finishes, as a parser stuck in a loop that checks no
// context would not: the parsers' own hostile files are fixed where they
// live, and this stands for the next one.
func hangingExtract(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
	if strings.HasPrefix(filepath.Base(path), "hang") {
		// Tell the test the worker is stuck here: a file beside the
		// papers' folder, where no source reads it as a paper.
		os.WriteFile(filepath.Join(filepath.Dir(filepath.Dir(path)), "hanging"), nil, 0o644)
		select {}
	}
	return extract.File(ctx, path, doc)
}

// stallingSite serves the seed ModernGov site but stops halfway through the
// body of the second document it is asked for, until released.
type stallingSite struct {
	next    http.Handler
	mu      sync.Mutex
	docs    map[string]int
	n       int
	stalled chan struct{} // closed when the stall begins
	release chan struct{}
}

func (s *stallingSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !strings.HasPrefix(r.URL.Path, "/documents/") {
		s.next.ServeHTTP(w, r)
		return
	}
	s.mu.Lock()
	s.docs[r.URL.Path]++
	s.n++
	stall := s.n == 2
	s.mu.Unlock()
	if !stall {
		s.next.ServeHTTP(w, r)
		return
	}
	w.Header().Set("Content-Length", "200000")
	w.Write([]byte(strings.Repeat("half a paper ", 1000)))
	w.(http.Flusher).Flush()
	close(s.stalled)
	select {
	case <-s.release:
	case <-r.Context().Done():
	}
}

func TestKilledCrawlResumes(t *testing.T) {
	for _, sig := range []os.Signal{syscall.SIGKILL, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			site := &stallingSite{next: sites.ModernGov("../../fixtures/seeds"), docs: map[string]int{},
				stalled: make(chan struct{}), release: make(chan struct{})}
			srv := httptest.NewServer(site)
			defer srv.Close()
			defer close(site.release)
			dir := t.TempDir()
			config := filepath.Join(dir, "config.yaml")
			yaml := fmt.Sprintf(`data_dir: %s
crawl:
  per_host_interval: 1ms
  retries: 0
sources:
  - name: oadby
    kind: moderngov
    url: %s
    committee_id: 220
    since: 2019-01-01
`, filepath.Join(dir, "data"), srv.URL)
			if err := os.WriteFile(config, []byte(yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0])
			cmd.Env = append(os.Environ(), "COUNCILACTIONS_TEST_ARGS=crawl --config "+config)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			select {
			case <-site.stalled:
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatal("the crawl never reached the second document")
			}
			tmp := filepath.Join(dir, "data", "papers", "oadby", ".tmp")
			// Wait until the half body is on disk in the temp file.
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
				if left, _ := os.ReadDir(tmp); len(left) > 0 {
					if info, err := left[0].Info(); err == nil && info.Size() > 0 {
						break
					}
				}
			}
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			if err == nil {
				t.Fatalf("crawl stopped by %v exited 0", sig)
			}
			left, _ := os.ReadDir(tmp)
			if sig == syscall.SIGKILL && len(left) != 1 {
				t.Errorf("kill -9 should leave the half-written temp file behind; found %d", len(left))
			}
			if sig == syscall.SIGTERM && len(left) != 0 {
				t.Errorf("SIGTERM left %d temp files; the abandoned document should be removed", len(left))
			}

			// Run again in this process: it resumes.
			cfg, err := loadConfig(&globalOptions{configFile: config})
			if err != nil {
				t.Fatal(err)
			}
			sum, err := pipeline.Crawl(context.Background(), cfg, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			c := sum.PerSource[0].Crawl
			if sum.PerSource[0].Err != nil || c.New != 2 || c.Unchanged != 1 || c.Failed != 0 {
				t.Errorf("resumed crawl: %+v err %v; want 2 new, the stored one unchanged", c, sum.PerSource[0].Err)
			}
			if left, _ := os.ReadDir(tmp); len(left) != 0 {
				t.Errorf("%d temp files left after the resumed crawl", len(left))
			}
			site.mu.Lock()
			for p, n := range site.docs {
				if n > 2 {
					t.Errorf("%s requested %d times", p, n)
				}
			}
			site.mu.Unlock()
			files := 0
			filepath.WalkDir(filepath.Join(dir, "data", "papers", "oadby"), func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					files++
					data, _ := os.ReadFile(p)
					if strings.Contains(string(data), "half a paper") {
						t.Errorf("%s holds the half-written body", p)
					}
				}
				return nil
			})
			if files != 3 {
				t.Errorf("%d stored files, want 3", files)
			}
		})
	}
}
