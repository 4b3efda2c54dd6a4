package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest/fetch"
)

// Schedule runs every source on its cron schedule until ctx is done, never
// two runs of one source at once. It owns ix for writing meanwhile.
func Schedule(ctx context.Context, cfg Config, ix *index.Index) error {
	return ScheduleWith(ctx, cfg, ix, ScheduleOptions{})
}

// alertShutdownWait is how long alerts still being posted may take once
// the scheduler stops.
const alertShutdownWait = 10 * time.Second

// scheduleProgressEvery is how often a scheduled run logs how far it is.
const scheduleProgressEvery = 30 * time.Second

// ScheduleOptions are for tests and embedding.
type ScheduleOptions struct {
	// OnRun is told of each finished run of a source.
	OnRun func(SourceResult)
	// Extract reads one paper, and Workers papers at once, as in Options.
	Extract sandbox.Func
	Workers int
}

// ScheduleWith is Schedule with options. Each scheduled source has one
// loop: wait for the next time its cron expression names, run, repeat; a
// run that overruns its next time simply makes the loop skip the missed
// times. All runs share one fetcher (so hosts stay polite across sources)
// and take turns writing the index. When ctx is done the current documents
// are abandoned safely (their temp files removed, nothing recorded as
// stored) and Schedule returns nil.
func ScheduleWith(ctx context.Context, cfg Config, ix *index.Index, opts ScheduleOptions) error {
	type job struct {
		name  string
		sched cron.Schedule
	}
	var jobs []job
	for _, sc := range cfg.Sources {
		if sc.Schedule == "" {
			continue
		}
		s, err := cron.ParseStandard(sc.Schedule)
		if err != nil {
			return fmt.Errorf("source %s: schedule %q: %w", sc.Name, sc.Schedule, err)
		}
		jobs = append(jobs, job{sc.Name, s})
	}
	if len(jobs) == 0 {
		return errors.New("schedule: no source in the config has a schedule")
	}
	if ix == nil {
		return errors.New("schedule: no index")
	}
	fetcher := fetch.New(fetch.FromCrawl(cfg.Crawl))
	// Alerts are posted after each run, in the background; at shutdown
	// they get a moment to finish.
	alerts := newAlerter()
	alertCtx, stopAlerts := context.WithCancel(context.WithoutCancel(ctx))
	defer func() {
		go func() { <-time.After(alertShutdownWait); stopAlerts() }()
		alerts.Wait()
		stopAlerts()
	}()
	var indexMu sync.Mutex
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next := j.sched.Next(time.Now())
				slog.Info("next run", "source", j.name, "at", next.Format(time.RFC3339))
				t := time.NewTimer(time.Until(next))
				select {
				case <-ctx.Done():
					t.Stop()
					return
				case <-t.C:
				}
				slog.Info("run starting", "source", j.name)
				started := time.Now()
				progress, crawlProgress := LogProgress(scheduleProgressEvery)
				sum, err := RunWith(ctx, cfg, ix, Options{Only: []string{j.name}, Fetcher: fetcher, IndexMu: &indexMu, Extract: opts.Extract, Workers: opts.Workers,
					Progress: progress, CrawlProgress: crawlProgress})
				if ctx.Err() != nil {
					slog.Info("run abandoned at shutdown", "source", j.name)
					return
				}
				if err != nil {
					slog.Error("run failed", "source", j.name, "err", err)
				}
				alerts.notify(alertCtx, ix, cfg.Alerts, started)
				for _, r := range sum.PerSource {
					// The counts status and /sources show, from the same place.
					c := r.Counts()
					level := slog.LevelInfo
					if r.Result() != "ok" {
						level = slog.LevelWarn
					}
					slog.Log(ctx, level, "run done", "source", r.Name, "result", r.Result(),
						"meetings", c.Meetings, "new", c.New, "changed", c.Changed, "unchanged", c.Unchanged,
						"failed", c.Failed, "removed", c.Removed,
						"actions_added", c.ActionsAdded, "actions_updated", c.ActionsUpdated, "actions_removed", c.ActionsRemoved)
					if opts.OnRun != nil {
						opts.OnRun(r)
					}
				}
			}
		}()
	}
	wg.Wait()
	return nil
}
