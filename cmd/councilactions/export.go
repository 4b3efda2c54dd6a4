package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/extract/action"
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
		Long: `Export every indexed action that matches QUERY (bleve query-string syntax, as
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
	req, err := opts.filters.request(opts.query)
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

	if opts.output == "" {
		_, err := exportTo(ctx, ix, req, opts, out)
		return badQueryIsUsage(err)
	}
	n, err := writeFileAtomic(opts.output, func(w io.Writer) (int, error) {
		return exportTo(ctx, ix, req, opts, w)
	})
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

// exportTo writes the matching actions to w and returns how many.
func exportTo(ctx context.Context, ix *index.Index, req index.Request, opts *exportOptions, w io.Writer) (int, error) {
	n := 0
	if opts.format == "jsonl" {
		err := ix.Export(ctx, req, func(r action.Record) error {
			n++
			return action.WriteJSONL(w, []action.Record{r})
		})
		return n, err
	}
	cw, err := action.NewCSVWriter(w, opts.bom)
	if err != nil {
		return 0, err
	}
	err = ix.Export(ctx, req, func(r action.Record) error {
		n++
		return cw.Write(r)
	})
	if err != nil {
		return n, err
	}
	return n, cw.Flush()
}

// writeFileAtomic writes path through a temporary file in the same
// directory, renamed into place only when write and sync succeed, so that a
// failed export never leaves a half-written file behind.
func writeFileAtomic(path string, write func(io.Writer) (int, error)) (n int, err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if n, err = write(tmp); err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	return n, nil
}
