package main

import (
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/state"
)

// printRun writes what a run or a crawl did: a row per source and the
// totals, all from the same counts that status and /sources show, then
// every failure once.
func printRun(out io.Writer, sum pipeline.Summary) {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tKIND\tMEETINGS\tNEW\tCHANGED\tUNCHANGED\tFAILED\tREMOVED\tACTIONS\tRESULT")
	crawlOnly := false
	for _, r := range sum.PerSource {
		crawlOnly = r.CrawlOnly
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Name, r.Kind, countCells(r.Counts(), r.Kind, r.CrawlOnly, r.Result()))
	}
	tw.Flush()
	t := sum.Total()
	fmt.Fprintf(out, "documents: %d new, %d changed, %d unchanged, %d removed, %d failed\n", t.New, t.Changed, t.Unchanged, t.Removed, t.Failed)
	if !crawlOnly {
		fmt.Fprintf(out, "actions: %d added, %d updated, %d removed\n", t.ActionsAdded, t.ActionsUpdated, t.ActionsRemoved)
	}
	for _, r := range sum.PerSource {
		if r.Err != nil {
			fmt.Fprintf(out, "failed: %v\n", pipeline.Failure{Source: r.Name, Err: r.Err})
		}
		for _, f := range r.Failed {
			fmt.Fprintf(out, "failed: %v\n", f)
		}
	}
}

// countCells are the count columns of a source's row, tab-separated.
func countCells(c state.Counts, kind string, crawlOnly bool, result string) string {
	meetings := strconv.Itoa(c.Meetings)
	if kind == ingest.KindDir {
		meetings = "—"
	}
	actions := fmt.Sprintf("+%d ~%d -%d", c.ActionsAdded, c.ActionsUpdated, c.ActionsRemoved)
	if crawlOnly {
		actions = "—"
	}
	return fmt.Sprintf("%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s", meetings, c.New, c.Changed, c.Unchanged, c.Failed, c.Removed, actions, result)
}

// printStatus writes each source's last run, its failures and its next run.
func printStatus(out io.Writer, st []pipeline.SourceStatus) error {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tKIND\tLAST RUN\tMEETINGS\tNEW\tCHANGED\tUNCHANGED\tFAILED\tREMOVED\tACTIONS\tRESULT\tNEXT RUN")
	for _, s := range st {
		last := "—"
		if !s.LastRun.IsZero() {
			last = s.LastRun.Local().Format("2006-01-02 15:04") + " (" + s.LastKind + ", " + s.LastEnd.Sub(s.LastRun).Round(time.Second).String() + ")"
		}
		next := "—"
		if !s.NextRun.IsZero() {
			next = s.NextRun.Local().Format("2006-01-02 15:04") + " [" + s.Schedule + "]"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", s.Name, s.Kind, last, countCells(s.Counts, s.Kind, s.LastKind == "crawl", s.Result), next)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, s := range st {
		if s.LastError != "" {
			fmt.Fprintf(out, "failed: source %s: %s\n", s.Name, s.LastError)
		}
		for _, f := range s.Failures {
			fmt.Fprintf(out, "failed: source %s: %s: %s\n", s.Name, f.Paper, f.Error)
		}
		if s.FailuresOmitted > 0 {
			fmt.Fprintf(out, "failed: source %s: %d more papers (see status --json of a later run)\n", s.Name, s.FailuresOmitted)
		}
	}
	return nil
}
