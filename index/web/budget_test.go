package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestCostlySearchesRefused: the searches issue 16 found costly are
// answered 400 with what was refused, on the API, the export and the page,
// before the index builds anything for them.
func TestCostlySearchesRefused(t *testing.T) {
	ts, _ := newTestServer(t, "")
	tests := []struct{ q, mention string }{
		{`/.{0,1000}e.{0,1000}/`, "repetition {0,1000}"},
		{`/.{0,100}e.{0,100}/`, "repetition {0,100}"},
		{`*e* *a* *o* *i* *u*`, "at most 3"},
		{`health~2 lung~2 cancer~2 school~2 board~2`, "at most 3"},
		{strings.Repeat("x", 100_000), "characters long"},
		{strings.Repeat("health ", 60), "more than 40 words"},
	}
	for _, tt := range tests {
		t.Run(tt.mention, func(t *testing.T) {
			for _, path := range []string{"/api/search", "/api/export.csv", "/"} {
				resp, body := get(t, ts.URL+path+"?q="+url.QueryEscape(tt.q))
				if resp.StatusCode != http.StatusBadRequest {
					t.Fatalf("%s: status %d, want 400", path, resp.StatusCode)
				}
				msg := string(body)
				if strings.HasPrefix(path, "/api/") {
					var e struct{ Error string }
					if err := json.Unmarshal(body, &e); err != nil {
						t.Fatalf("%s: %v", path, err)
					}
					msg = e.Error
				}
				if !strings.Contains(msg, tt.mention) {
					t.Errorf("%s: answer does not say %q: %.300s", path, tt.mention, msg)
				}
			}
		})
	}
}

// TestRequestDeadline: a request that outruns its budget is stopped and
// answered 503 saying so.
func TestRequestDeadline(t *testing.T) {
	ts, _, _ := newTestServerWith(t, func(o *Options) {
		o.SearchTimeout = time.Nanosecond
		o.ExportTimeout = time.Nanosecond
	})
	for _, path := range []string{"/api/search?q=health", "/api/export.csv?q=health", "/?q=health"} {
		resp, body := get(t, ts.URL+path)
		if resp.StatusCode != http.StatusServiceUnavailable || !bytes.Contains(body, []byte("took longer than 1ns and was stopped")) {
			t.Errorf("%s: %d %.300s", path, resp.StatusCode, body)
		}
	}
	// The budget does not touch what needs no search.
	if resp, _ := get(t, ts.URL+"/healthz"); resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz: %d", resp.StatusCode)
	}
}

// TestClientGoneStopsSearch: when the client hangs up, the search it asked
// for is stopped rather than run to the end.
func TestClientGoneStopsSearch(t *testing.T) {
	logs := &syncBuffer{}
	ts, srv, _ := newTestServerWith(t, func(o *Options) {
		o.Log = slog.New(slog.NewTextHandler(logs, nil))
	})
	started := make(chan struct{})
	seen := make(chan error, 1)
	srv.searching = func(ctx context.Context) {
		close(started)
		select {
		case <-ctx.Done():
		case <-time.After(30 * time.Second):
		}
		seen <- ctx.Err()
	}
	ctx, hangUp := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL+"/api/search?q=health", nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		done <- err
	}()
	<-started
	hangUp()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("client: %v", err)
	}
	if err := <-seen; !errors.Is(err, context.Canceled) {
		t.Fatalf("the search's context: %v, want cancelled when the client left", err)
	}
	// The handler goes on to the index with the cancelled context, which
	// refuses it; wait for the handler's line.
	for i := 0; i < 1000 && !strings.Contains(logs.String(), "the client went away"); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(logs.String(), "request stopped: the client went away") {
		t.Fatalf("log: %s", logs.String())
	}
}

// syncBuffer is a bytes.Buffer safe for a logger and a test to share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
