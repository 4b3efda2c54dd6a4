package pipeline

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/councilactions/councilactions/ingest/state"
)

// SourceStatus is what is known of one source's runs. Times and counts a
// source has not got (never run, not scheduled) are left out of its JSON.
type SourceStatus struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Board    string `json:"board,omitempty"`
	Council  string `json:"council,omitempty"`
	Schedule string `json:"schedule,omitempty"`
	// Result is the last run's: ok, failed (the source or any paper),
	// interrupted; or never, or running (a run holds the source now).
	Result    string    `json:"result"`
	LastRun   time.Time `json:"last_run,omitzero"`
	LastEnd   time.Time `json:"last_end,omitzero"`
	LastKind  string    `json:"last_kind,omitempty"` // "run" (crawl, extract, index) or "crawl" (fetch only)
	LastError string    `json:"last_error,omitempty"`
	// Counts are the last run's; Failures its failed papers, with why.
	Counts          state.Counts    `json:"counts,omitzero"`
	Failures        []state.Failure `json:"failures,omitempty"`
	FailuresOmitted int             `json:"failures_omitted,omitempty"`
	NextRun         time.Time       `json:"next_run,omitzero"`
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
				ss.Failures, ss.FailuresOmitted = r.Failures, r.FailuresOmitted
			}
		}
		out = append(out, ss)
	}
	return out, nil
}
