package crawl

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/fetch"
	"github.com/councilactions/councilactions/ingest/state"
)

// TestGiantURLCostsOnlyItself: a link too long to be a state key is one
// failure, not a failed source.
func TestGiantURLCostsOnlyItself(t *testing.T) {
	dir := t.TempDir()
	st, err := state.Open(filepath.Join(dir, "state.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := New(ingest.SourceConfig{Name: "s", URL: "http://127.0.0.1:1/"}, Env{
		Fetcher: fetch.New(fetch.Config{UserAgent: "test", Concurrency: 1, Timeout: time.Second, MaxBytes: 1 << 20}),
		State:   st, DataDir: dir,
	})
	if err != nil {
		t.Fatal(err)
	}
	long := "http://127.0.0.1:1/documents/" + strings.Repeat("a", 40000) + ".pdf"
	stored, err := c.Document(context.Background(), Ref{URL: long}, state.Meeting{}, RecheckNever)
	if err != nil || stored {
		t.Fatalf("Document = %v, %v; want not stored and no error", stored, err)
	}
	if s := c.Stats(); s.Failed != 1 || len(s.Failures[0].URL) > 250 {
		t.Errorf("stats = %d failed, url %d bytes", s.Failed, len(s.Failures[0].URL))
	}
	if _, err := c.Page(context.Background(), long); err == nil {
		t.Error("Page took a giant URL")
	}
}

// TestPermanent: failures that asking again cannot mend are remembered as
// permanent; a slow or failing server is asked again on the next run.
func TestPermanent(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{&fetch.StatusError{Status: 404}, true},
		{&fetch.StatusError{Status: 410}, true},
		{&fetch.StatusError{Status: 429}, false},
		{&fetch.StatusError{Status: 503}, false},
		{fmt.Errorf("GET x: %w", fetch.ErrTooLarge), true},
		{fmt.Errorf("GET x: %w", fetch.ErrDisallow), true},
		{fmt.Errorf("GET x: %w", fetch.ErrOffSite), true},
		{fmt.Errorf("GET x: not done after 10m: %w", fetch.ErrTooSlow), false},
		{errors.New("connection reset"), false},
	}
	for _, tt := range tests {
		if got := permanent(tt.err); got != tt.want {
			t.Errorf("permanent(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
