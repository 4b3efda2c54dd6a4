package pipeline

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/councilactions/councilactions/ingest/state"
)

// SourceStatus is what is known of one source's runs.
type SourceStatus struct {
	Name      string         `json:"name"`
	Kind      string         `json:"kind"`
	Board     string         `json:"board"`
	Council   string         `json:"council"`
	Schedule  string         `json:"schedule"`
	LastRun   time.Time      `json:"last_run"`
	LastError string         `json:"last_error,omitempty"`
	Result    string         `json:"result"` // ok, failed, cancelled, never, running
	Counts    map[string]int `json:"counts,omitempty"`
	NextRun   time.Time      `json:"next_run"`
	// LastEnd is when the last run ended; LastKind is "run" (crawl,
	// extract, index) or "crawl" (fetch only).
	LastEnd  time.Time `json:"last_end,omitempty"`
	LastKind string    `json:"last_kind,omitempty"`
}

// statusWait is how long Statuses waits for a source whose state a run
// holds before it reports the source as running.
const statusWait = 200 * time.Millisecond

// Statuses reports every configured source's last run and next run.
func Statuses(cfg Config) ([]SourceStatus, error) {
	return statusesAt(cfg, time.Now())
}

func statusesAt(cfg Config, now time.Time) ([]SourceStatus, error) {
	out := make([]SourceStatus, 0, len(cfg.Sources))
	for _, s := range cfg.Sources {
		ss := SourceStatus{Name: s.Name, Kind: s.Kind, Board: s.Board, Council: s.Council, Schedule: s.Schedule, Result: "never"}
		if s.Schedule != "" {
			sched, err := cron.ParseStandard(s.Schedule)
			if err != nil {
				return nil, fmt.Errorf("source %s: schedule %q: %w", s.Name, s.Schedule, err)
			}
			ss.NextRun = sched.Next(now)
		}
		st, err := state.OpenReadOnly(StatePath(cfg.DataDir, s.Name), statusWait)
		switch {
		case errors.Is(err, os.ErrNotExist):
		case errors.Is(err, state.ErrBusy):
			ss.Result = "running"
		case err != nil:
			return nil, err
		default:
			r, found, err := st.LastRun()
			st.Close()
			if err != nil {
				return nil, err
			}
			if found {
				ss.LastRun, ss.LastEnd, ss.LastKind = r.Start, r.End, r.Kind
				ss.Result, ss.LastError, ss.Counts = r.Result, r.Error, r.Counts
			}
		}
		out = append(out, ss)
	}
	return out, nil
}
