package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/index/pipeline"
)

type statusOptions struct {
	json bool
}

func newStatusCmd(g *globalOptions) *cobra.Command {
	opts := &statusOptions{}
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show each source's last run (result and counts) and its next scheduled run",
		Example: `  councilactions status
  councilactions status --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(g)
			if err != nil {
				return usageError{err}
			}
			st, err := pipeline.Statuses(cfg)
			if err != nil {
				return err
			}
			return printStatus(cmd.OutOrStdout(), st, opts.json)
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print JSON")
	return cmd
}

func printStatus(out io.Writer, st []pipeline.SourceStatus, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tKIND\tLAST RUN\tRESULT\tCOUNTS\tNEXT RUN")
	for _, s := range st {
		last := "—"
		if !s.LastRun.IsZero() {
			last = s.LastRun.Local().Format("2006-01-02 15:04") + " (" + s.LastKind + ", " + s.LastEnd.Sub(s.LastRun).Round(time.Second).String() + ")"
		}
		next := "—"
		if !s.NextRun.IsZero() {
			next = s.NextRun.Local().Format("2006-01-02 15:04") + " [" + s.Schedule + "]"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", s.Name, s.Kind, last, s.Result, formatCounts(s.Counts), next)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, s := range st {
		if s.LastError != "" {
			fmt.Fprintf(out, "%s: last error: %s\n", s.Name, s.LastError)
		}
	}
	return nil
}

func formatCounts(c map[string]int) string {
	if len(c) == 0 {
		return "—"
	}
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		if c[k] != 0 {
			parts = append(parts, fmt.Sprintf("%s=%d", k, c[k]))
		}
	}
	if len(parts) == 0 {
		return "all zero"
	}
	return strings.Join(parts, " ")
}
