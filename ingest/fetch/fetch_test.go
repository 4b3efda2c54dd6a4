package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// recorder is a test server that records when each request arrived.
type recorder struct {
	mu    sync.Mutex
	times []time.Time
	paths []string
	ua    []string
}

func (r *recorder) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.mu.Lock()
		r.times = append(r.times, time.Now())
		r.paths = append(r.paths, req.URL.Path)
		r.ua = append(r.ua, req.UserAgent())
		r.mu.Unlock()
		h.ServeHTTP(w, req)
	})
}

func (r *recorder) count(path string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, p := range r.paths {
		if p == path {
			n++
		}
	}
	return n
}

func testConfig() Config {
	return Config{
		UserAgent: "councilactions/test (+https://example.org)", Interval: 5 * time.Millisecond,
		Concurrency: 4, Timeout: 2 * time.Second, Retries: 3, MaxBytes: 1 << 20, Backoff: 5 * time.Millisecond,
	}
}

func serve(t *testing.T, rec *recorder, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(rec.wrap(h))
	t.Cleanup(srv.Close)
	return srv
}

func TestRobotsDisallowRespected(t *testing.T) {
	rec := &recorder{}
	srv := serve(t, rec, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nDisallow: /\n\nUser-agent: councilactions\nDisallow: /private/\n")
			return
		}
		fmt.Fprint(w, "ok")
	})
	f := New(testConfig())
	_, err := f.Get(context.Background(), Request{URL: srv.URL + "/private/paper.pdf"})
	if !errors.Is(err, ErrDisallow) {
		t.Fatalf("err = %v, want ErrDisallow", err)
	}
	if n := rec.count("/private/paper.pdf"); n != 0 {
		t.Errorf("disallowed path requested %d times", n)
	}
	resp, err := f.Get(context.Background(), Request{URL: srv.URL + "/public/paper.pdf"})
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("allowed path: %v %+v", err, resp)
	}
	if n := rec.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once", n)
	}
	for _, ua := range rec.ua {
		if ua != testConfig().UserAgent {
			t.Errorf("User-Agent %q, want the configured one", ua)
		}
	}
}

func TestRobotsServerErrorMeansNothingFetched(t *testing.T) {
	rec := &recorder{}
	srv := serve(t, rec, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, "ok")
	})
	cfg := testConfig()
	cfg.Retries = 1
	_, err := New(cfg).Get(context.Background(), Request{URL: srv.URL + "/a"})
	if err == nil || !strings.Contains(err.Error(), "robots.txt") {
		t.Fatalf("err = %v, want a robots.txt unreachable error", err)
	}
	if n := rec.count("/a"); n != 0 {
		t.Errorf("page fetched %d times while robots.txt was failing", n)
	}
}

// gaps returns the sorted arrival times' gaps.
func gaps(times []time.Time) []time.Duration {
	ts := append([]time.Time(nil), times...)
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	var out []time.Duration
	for i := 1; i < len(ts); i++ {
		out = append(out, ts[i].Sub(ts[i-1]))
	}
	return out
}

func TestPerHostIntervalHeld(t *testing.T) {
	for _, tt := range []struct {
		name     string
		robots   string
		interval time.Duration
		want     time.Duration
	}{
		{"configured interval", "", 20 * time.Millisecond, 20 * time.Millisecond},
		{"crawl-delay longer", "User-agent: *\nCrawl-delay: 0.06\n", 10 * time.Millisecond, 60 * time.Millisecond},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{}
			srv := serve(t, rec, func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" && tt.robots == "" {
					http.NotFound(w, r)
					return
				}
				if r.URL.Path == "/robots.txt" {
					fmt.Fprint(w, tt.robots)
					return
				}
				fmt.Fprint(w, "page")
			})
			cfg := testConfig()
			cfg.Interval = tt.interval
			f := New(cfg)
			var wg sync.WaitGroup
			for i := 0; i < 8; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if _, err := f.Get(context.Background(), Request{URL: fmt.Sprintf("%s/p%d", srv.URL, i)}); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
			rec.mu.Lock()
			defer rec.mu.Unlock()
			if len(rec.times) != 9 {
				t.Fatalf("%d requests, want 9 (robots.txt + 8)", len(rec.times))
			}
			// From robots.txt on, every gap keeps the delay, the first too.
			for i, g := range gaps(rec.times) {
				if g < tt.want {
					t.Errorf("gap %d between requests to one host = %v, want ≥ %v", i, g, tt.want)
				}
			}
		})
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name      string
		fail      func(n int, w http.ResponseWriter, r *http.Request) bool // true: failed this attempt
		wantHits  int
		wantErr   bool
		wantAfter time.Duration // minimum gap between first and second attempt
	}{
		{"500 twice then ok", func(n int, w http.ResponseWriter, r *http.Request) bool {
			if n <= 2 {
				http.Error(w, "oops", http.StatusInternalServerError)
				return true
			}
			return false
		}, 3, false, 0},
		{"429 with Retry-After", func(n int, w http.ResponseWriter, r *http.Request) bool {
			if n == 1 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "slow down", http.StatusTooManyRequests)
				return true
			}
			return false
		}, 2, false, time.Second},
		{"503 with Retry-After", func(n int, w http.ResponseWriter, r *http.Request) bool {
			if n == 1 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return true
			}
			return false
		}, 2, false, time.Second},
		{"timeout then ok", func(n int, w http.ResponseWriter, r *http.Request) bool {
			if n == 1 {
				select {
				case <-r.Context().Done():
				case <-time.After(5 * time.Second):
				}
				return true
			}
			return false
		}, 2, false, 0},
		{"always 502 gives up", func(n int, w http.ResponseWriter, r *http.Request) bool {
			http.Error(w, "bad gateway", http.StatusBadGateway)
			return true
		}, 4, true, 0},
		{"404 not retried", func(n int, w http.ResponseWriter, r *http.Request) bool {
			http.NotFound(w, r)
			return true
		}, 1, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{}
			var n atomic.Int32
			srv := serve(t, rec, func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				if tt.fail(int(n.Add(1)), w, r) {
					return
				}
				fmt.Fprint(w, "paper")
			})
			cfg := testConfig()
			if tt.name == "timeout then ok" {
				// Long enough that a loaded machine answering the second
				// attempt slowly does not trip it as well.
				cfg.Timeout = time.Second
			}
			resp, err := New(cfg).Get(context.Background(), Request{URL: srv.URL + "/doc"})
			if tt.wantErr != (err != nil) {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err == nil && string(resp.Body) != "paper" {
				t.Errorf("body %q", resp.Body)
			}
			if got := rec.count("/doc"); got != tt.wantHits {
				t.Errorf("%d attempts, want %d", got, tt.wantHits)
			}
			if tt.wantAfter > 0 {
				rec.mu.Lock()
				g := gaps(rec.times)
				rec.mu.Unlock()
				if last := g[len(g)-1]; last < tt.wantAfter {
					t.Errorf("retry came %v after the 429/503, want ≥ %v (Retry-After)", last, tt.wantAfter)
				}
			}
		})
	}
}

// TestDripTooSlow: a server that keeps sending a byte now and then never
// trips the no-progress timeout, but the attempt ends at MaxTime, with
// ErrTooSlow and no retry.
func TestDripTooSlow(t *testing.T) {
	rec := &recorder{}
	srv := serve(t, rec, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		// It promises far more than it sends, and stops after a few
		// seconds of dripping: a fetcher that does not stop it at MaxTime
		// gets a short body, not ErrTooSlow.
		w.Header().Set("Content-Length", "1000000")
		for range 250 {
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	})
	cfg := testConfig()
	// The no-progress timeout is far longer than any pause between drips
	// on a loaded machine, so that only MaxTime can end the attempt.
	cfg.Timeout, cfg.MaxTime = time.Minute, 400*time.Millisecond
	_, err := New(cfg).Get(context.Background(), Request{URL: srv.URL + "/doc"})
	if !errors.Is(err, ErrTooSlow) {
		t.Fatalf("err = %v, want ErrTooSlow", err)
	}
	if !strings.Contains(err.Error(), "/doc") {
		t.Errorf("error %q does not name the URL", err)
	}
	if got := rec.count("/doc"); got != 1 {
		t.Errorf("%d attempts, want 1", got)
	}
}

func TestOversizeRefused(t *testing.T) {
	const total = 64 << 20
	var written atomic.Int64
	rec := &recorder{}
	srv := serve(t, rec, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/declared":
			w.Header().Set("Content-Length", fmt.Sprint(total))
			w.Write(make([]byte, 1024))
		case "/streamed":
			buf := make([]byte, 32<<10)
			for written.Load() < total {
				n, err := w.Write(buf)
				written.Add(int64(n))
				if err != nil {
					return
				}
			}
		}
	})
	cfg := testConfig()
	cfg.MaxBytes = 100 << 10
	f := New(cfg)
	for _, p := range []string{"/declared", "/streamed"} {
		tmp := t.TempDir()
		resp, err := f.Get(context.Background(), Request{URL: srv.URL + p, TempDir: tmp})
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("%s: err = %v (resp %v), want ErrTooLarge", p, err, resp)
		}
		left, _ := os.ReadDir(tmp)
		if len(left) != 0 {
			t.Errorf("%s: %d files left in the temp dir", p, len(left))
		}
		if _, err := f.Get(context.Background(), Request{URL: srv.URL + p}); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s in memory: err = %v, want ErrTooLarge", p, err)
		}
	}
	// The connection was dropped early: far less than the body was sent.
	if w := written.Load(); w >= total/2 {
		t.Errorf("server wrote %d of %d bytes; the crawler should stop reading at the limit", w, total)
	}
}

func TestOffSiteRefused(t *testing.T) {
	other := &recorder{}
	otherSrv := serve(t, other, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "elsewhere") })
	rec := &recorder{}
	srv := serve(t, rec, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/away":
			http.Redirect(w, r, otherSrv.URL+"/paper.pdf", http.StatusFound)
		case "/moved":
			http.Redirect(w, r, "/here", http.StatusMovedPermanently)
		default:
			fmt.Fprint(w, "here")
		}
	})
	f := New(testConfig())
	host := strings.TrimPrefix(srv.URL, "http://")
	if _, err := f.Get(context.Background(), Request{URL: otherSrv.URL + "/paper.pdf", Host: host}); !errors.Is(err, ErrOffSite) {
		t.Errorf("direct off-site: err = %v, want ErrOffSite", err)
	}
	if _, err := f.Get(context.Background(), Request{URL: srv.URL + "/away", Host: host}); !errors.Is(err, ErrOffSite) {
		t.Errorf("redirect off-site: err = %v, want ErrOffSite", err)
	}
	other.mu.Lock()
	if len(other.paths) != 0 {
		t.Errorf("the other host got %d requests: %v", len(other.paths), other.paths)
	}
	other.mu.Unlock()
	resp, err := f.Get(context.Background(), Request{URL: srv.URL + "/moved", Host: host})
	if err != nil || string(resp.Body) != "here" || !strings.HasSuffix(resp.URL, "/here") {
		t.Errorf("same-host redirect: %v %+v", err, resp)
	}
}

func TestConditionalGet(t *testing.T) {
	rec := &recorder{}
	srv := serve(t, rec, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, "paper")
	})
	f := New(testConfig())
	tmp := t.TempDir()
	resp, err := f.Get(context.Background(), Request{URL: srv.URL + "/p", TempDir: tmp})
	if err != nil || resp.ETag != `"v1"` || resp.TempPath == "" {
		t.Fatalf("first GET: %v %+v", err, resp)
	}
	data, _ := os.ReadFile(resp.TempPath)
	if string(data) != "paper" {
		t.Errorf("temp file holds %q", data)
	}
	resp, err = f.Get(context.Background(), Request{URL: srv.URL + "/p", TempDir: tmp, ETag: `"v1"`})
	if err != nil || !resp.NotModified || resp.TempPath != "" {
		t.Fatalf("conditional GET: %v %+v", err, resp)
	}
}

func TestCancelStopsWaiting(t *testing.T) {
	srv := serve(t, &recorder{}, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		<-r.Context().Done()
	})
	cfg := testConfig()
	cfg.Timeout = time.Minute
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	tmp := t.TempDir()
	_, err := New(cfg).Get(ctx, Request{URL: srv.URL + "/slow", TempDir: tmp})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("%d temp files left", len(left))
	}
}
