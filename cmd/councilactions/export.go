package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

type exportOptions struct {
	filters filterOptions
	query   string
	format  string
	output  string
	bom     bool
}

func newExportCmd(g *globalOptions) *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export [QUERY]",
		Short: "Export the indexed actions (all, or those matching a query and filters) as CSV or JSONL",
		Long: `Export every indexed action that matches QUERY (every word must match, as
for search; empty means all) and the filters, one CSV row or JSON line per
action, in a stable order: by paper date, paper, then place in the paper.
CSV has the columns of CONTRACT.md, with cells that a spreadsheet would run
as a formula prefixed with '.`,
		Example: `  councilactions export -o actions.csv --bom
  councilactions export --format jsonl --board "Leicestershire HWB" --year 2023
  councilactions export "lung cancer" --status delayed -o delayed.csv`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				if opts.query != "" {
					return usageError{errors.New("give the query either as an argument or with --query, not both")}
				}
				opts.query = args[0]
			}
			cfg, err := loadConfig(g)
			if err != nil {
				return usageError{err}
			}
			return runExport(cmd.Context(), cfg, opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.filters.addFlags(cmd.Flags())
	cmd.Flags().StringVar(&opts.query, "query", "", "only actions matching this query (as for search)")
	cmd.Flags().StringVar(&opts.format, "format", "csv", "output: csv or jsonl")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file (atomically) instead of stdout")
	cmd.Flags().BoolVar(&opts.bom, "bom", false, "start the CSV with a UTF-8 byte order mark, for Excel")
	return cmd
}

func runExport(ctx context.Context, cfg pipeline.Config, opts *exportOptions, out, errOut io.Writer) error {
	switch opts.format {
	case "csv":
	case "jsonl":
		if opts.bom {
			return usageError{errors.New("--bom: only for --format csv")}
		}
	default:
		return usageError{fmt.Errorf("--format: %q is not csv or jsonl", opts.format)}
	}
	req, err := opts.filters.request(opts.query, "")
	if err != nil {
		return err
	}
	ix, err := openExisting(cfg.DataDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	// A bad query is found before anything is written: no stray BOM or
	// half-made file.
	if _, err := ix.Count(ctx, req); err != nil {
		return badQueryIsUsage(err)
	}

	f := index.ExportFormat{JSONL: opts.format == "jsonl", BOM: opts.bom}
	if opts.output == "" {
		_, err := ix.ExportTo(ctx, req, out, f)
		return badQueryIsUsage(err)
	}
	n, err := ix.ExportFile(ctx, req, opts.output, f)
	if err != nil {
		return badQueryIsUsage(err)
	}
	fmt.Fprintf(errOut, "exported %d actions to %s\n", n, opts.output)
	return nil
}

func badQueryIsUsage(err error) error {
	if errors.Is(err, index.ErrBadQuery) {
		return usageError{err}
	}
	return err
}
