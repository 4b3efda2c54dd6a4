package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/index/thread"
)

func newThreadCmd(g *globalOptions) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "thread ID",
		Short: "Show a commitment across its board's papers: each appearance, first to last",
		Long: `Show one thread: the same commitment in each paper of its board that has it,
first to last, with the paper, its date, status, due date and what changed since
the appearance before. ID is a thread id (a hit's "thread") or an action id.`,
		Example: `  councilactions thread 5f0c1d2e3f405162
  councilactions thread 5f0c1d2e3f405162 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(g)
			if err != nil {
				return usageError{err}
			}
			return runThread(cmd.Context(), cfg, args[0], asJSON, cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the appearances as JSON")
	return cmd
}

func runThread(ctx context.Context, cfg pipeline.Config, id string, asJSON bool, out io.Writer) error {
	ix, err := openExisting(cfg.DataDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	recs, err := ix.Thread(ctx, id)
	if errors.Is(err, index.ErrNotFound) {
		// An action's id: its thread.
		if rec, gerr := ix.Get(ctx, id); gerr == nil && rec.Thread != "" {
			recs, err = ix.Thread(ctx, rec.Thread)
		}
	}
	if errors.Is(err, index.ErrNotFound) {
		return usageError{fmt.Errorf("no thread or action with id %q", id)}
	}
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"thread": recs[0].Thread, "board": recs[0].Board, "appearances": recs})
	}
	fmt.Fprintf(out, "Thread %s · %s · seen in %d papers\n", recs[0].Thread, printable(orDefault(recs[0].Board, "(no board)")), len(recs))
	for i, r := range recs {
		date := r.DocumentDate
		if date == "" && i == 0 {
			date = r.FirstSeen
		}
		if date != "" {
			date = " (" + date + ")"
		}
		fmt.Fprintf(out, "\n%d. %s%s\n", i+1, printable(r.DocumentTitle), date)
		fmt.Fprintf(out, "   %s · status %s · due %s\n", printable(refLabel(r)), r.Status, orDefault(r.Due, "—"))
		fmt.Fprintf(out, "   %s\n", strings.ReplaceAll(strings.Join(r.Change, ", "), "_", " "))
		fmt.Fprintf(out, "   %s\n", printable(clip(r.Action.Action, 300)))
		if r.Previous != "" {
			fmt.Fprintf(out, "   linked by %s (confidence %.2f)\n", strings.Join(r.LinkedBy, ", "), r.LinkConfidence)
		}
		src := r.SourceURL
		if r.Page > 0 {
			src += fmt.Sprintf(", page %d", r.Page)
		}
		fmt.Fprintf(out, "   %s\n", printable(src))
	}
	return nil
}

// refLabel names an action by kind and ref: "action 1.3".
func refLabel(r action.Record) string {
	l := r.Kind
	if r.Ref != "" {
		l += " " + r.Ref
	}
	return l
}

type changesOptions struct {
	filters filterOptions
	query   string
	json    bool
}

func newChangesCmd(g *globalOptions) *cobra.Command {
	opts := &changesOptions{}
	cmd := &cobra.Command{
		Use:   "changes --since DATE [QUERY]",
		Short: "List the actions found new or changed since a date, by the runs since",
		Long: `List the actions that runs since DATE found new or changed: new actions,
slips, completions, status changes, rewordings, renumberings, due dates set and
actions a plan's next version dropped (not those that stayed unchanged). Takes the
query and filters of search; --change names the changes wanted.`,
		Example: `  councilactions changes --since 2024-03-01
  councilactions changes --since 2024-03-01 --change slipped --board "Oadby and Wigston HWB"
  councilactions changes --since 2024-03-01 --json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.query = args[0]
			}
			if opts.filters.changedSince == "" {
				return usageError{errors.New("--since: required (a date like 2024-03-01, or an RFC 3339 time)")}
			}
			cfg, err := loadConfig(g)
			if err != nil {
				return usageError{err}
			}
			return runChanges(cmd.Context(), cfg, opts, cmd.OutOrStdout())
		},
	}
	opts.filters.addFlags(cmd.Flags())
	// --changed-since is this command's --since.
	cmd.Flags().Lookup("changed-since").Hidden = true
	cmd.Flags().StringVar(&opts.filters.changedSince, "since", "", "changes found since YYYY-MM-DD (or an RFC 3339 time)")
	cmd.Flags().BoolVar(&opts.json, "json", false, "print one JSON action a line")
	return cmd
}

func runChanges(ctx context.Context, cfg pipeline.Config, opts *changesOptions, out io.Writer) error {
	req, err := opts.filters.request(opts.query, "")
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			return usageError{errors.New(strings.Replace(ue.Error(), "--changed-since", "--since", 1))}
		}
		return err
	}
	if len(req.Change) == 0 {
		for _, c := range thread.Labels {
			if c != thread.Unchanged {
				req.Change = append(req.Change, c)
			}
		}
	}
	ix, err := openExisting(cfg.DataDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	n := 0
	err = ix.Export(ctx, req, func(r action.Record) error {
		n++
		if opts.json {
			return action.WriteJSONL(out, []action.Record{r})
		}
		labels := strings.ReplaceAll(strings.Join(r.News, ", "), "_", " ")
		fmt.Fprintf(out, "%s  %-28s %s · %s\n", day(r.Changed), labels, printable(clip(r.Action.Action, 120)), printable(orDefault(r.Board, "(no board)")))
		fmt.Fprintf(out, "%12s status %s · due %s · %s · thread %s\n", "", r.Status, orDefault(r.Due, "—"), printable(clip(r.DocumentTitle, 80)), r.Thread)
		return nil
	})
	if err != nil {
		if errors.Is(err, index.ErrBadQuery) {
			return usageError{err}
		}
		return err
	}
	if !opts.json {
		fmt.Fprintf(out, "\n%d actions new or changed since %s.\n", n, opts.filters.changedSince)
	}
	return nil
}

// day is the date of an RFC 3339 time.
func day(t string) string {
	if len(t) >= 10 {
		return t[:10]
	}
	return t
}
