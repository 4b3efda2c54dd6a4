package pipeline

import (
	"bytes"
	"log/slog"
	"strconv"
	"testing"
	"time"
)

// TestLogProgress: a run that is not on a terminal logs a line at most
// every interval, with the source, papers done of total, the rate and the
// current paper.
func TestLogProgress(t *testing.T) {
	var buf bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})))
	defer slog.SetDefault(old)

	clock := time.Date(2025, 1, 1, 3, 0, 0, 0, time.UTC)
	index, crawl := newProgressLog(10*time.Second, func() time.Time { return clock }).reporters()
	steps := []struct {
		after time.Duration
		done  int
		want  string
	}{
		{0, 0, ""},
		{5 * time.Second, 50, ""},
		{11 * time.Second, 110, "level=INFO msg=indexing source=folder papers=110/1140 rate=10.0/s current=paper-110.pdf\n"},
		{15 * time.Second, 150, ""},
		{22 * time.Second, 200, "level=INFO msg=indexing source=folder papers=200/1140 rate=9.1/s current=paper-200.pdf\n"},
	}
	start := clock
	for _, s := range steps {
		buf.Reset()
		clock = start.Add(s.after)
		index("folder", s.done, 1140, "/srv/papers/paper-"+strconv.Itoa(s.done)+".pdf")
		if buf.String() != s.want {
			t.Errorf("after %v: logged %q, want %q", s.after, buf.String(), s.want)
		}
	}
	// A crawl's meetings count in the same rhythm, under its own name.
	buf.Reset()
	clock = clock.Add(time.Minute)
	crawl("site", 3, 40, "2024-05-01")
	if want := "level=INFO msg=crawling source=site meetings=3/40 rate=—/s current=2024-05-01\n"; buf.String() != want {
		t.Errorf("crawl: logged %q, want %q", buf.String(), want)
	}
}
