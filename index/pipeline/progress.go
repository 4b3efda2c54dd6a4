package pipeline

import (
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"
)

// LogProgress returns progress reporters for extraction and indexing and
// for crawling that log one line at most every interval — the source, how
// many of its papers (or meetings) are done of how many, the rate and the
// current one — so that a long run nobody watches on a terminal (cron,
// schedule, a service) still says how far it has got.
func LogProgress(every time.Duration) (Progress, CrawlProgress) {
	return newProgressLog(every, time.Now).reporters()
}

func newProgressLog(every time.Duration, now func() time.Time) *progressLog {
	return &progressLog{every: every, now: now, last: now(), started: map[string]time.Time{}}
}

func (l *progressLog) reporters() (Progress, CrawlProgress) {
	return func(source string, done, total int, path string) {
			l.note("indexing", "papers", source, done, total, path)
		},
		func(source string, done, total int, what string) {
			l.note("crawling", "meetings", source, done, total, what)
		}
}

type progressLog struct {
	every   time.Duration
	now     func() time.Time
	mu      sync.Mutex
	last    time.Time            // when a line was last logged
	started map[string]time.Time // phase and source → its first report
}

func (l *progressLog) note(phase, unit, source string, done, total int, what string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	key := phase + "\x00" + source
	start, ok := l.started[key]
	if !ok {
		l.started[key] = now
		start = now
	}
	if now.Sub(l.last) < l.every {
		return
	}
	l.last = now
	args := []any{"source", source, unit, fmt.Sprintf("%d/%d", done, total), "rate", Rate(done, now.Sub(start))}
	if what != "" {
		args = append(args, "current", filepath.Base(what))
	}
	slog.Info(phase, args...)
}

// Rate says how many things a second n in d is, as a progress line shows it.
func Rate(n int, d time.Duration) string {
	if d <= 0 {
		return "—/s"
	}
	return fmt.Sprintf("%.1f/s", float64(n)/d.Seconds())
}
