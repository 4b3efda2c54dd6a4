package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/sandbox"
)

type extractOptions struct {
	format  string
	board   string
	council string
	files   []string
	budget  sandbox.Budget
}

func newExtractCmd(g *globalOptions) *cobra.Command {
	opts := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract FILE...",
		Short: "Extract the actions of papers (PDF, HTML, DOCX, ODT, XLSX, ODS, CSV, text) and print them",
		Example: `  councilactions extract fixtures/seeds/001_6c1427c512f07a38.txt
  councilactions extract plan.pdf minutes.html --format csv --board "Oadby and Wigston HWB"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.files = args
			cfg, err := loadConfig(g)
			if err != nil {
				return err
			}
			opts.budget = cfg.ExtractBudget()
			return runExtract(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "json", "output: json, jsonl or csv")
	cmd.Flags().StringVar(&opts.board, "board", "", "board to record on every document")
	cmd.Flags().StringVar(&opts.council, "council", "", "council to record on every document")
	return cmd
}

// runExtract extracts every file; a file that fails is reported on stderr and
// the others are still printed. It fails when any file failed.
func runExtract(ctx context.Context, out, errOut io.Writer, opts *extractOptions) error {
	switch opts.format {
	case "json", "jsonl", "csv":
	default:
		return usageError{fmt.Errorf("--format: %q is not json, jsonl or csv", opts.format)}
	}
	// Each file is read in a child process under the budget, so that one
	// that hangs or explodes costs itself and a signal always stops it.
	ex, err := sandbox.New(opts.budget)
	if err != nil {
		return err
	}
	defer ex.Close()
	var exts []action.Extraction
	failed := 0
	for _, f := range opts.files {
		ext, err := ex.Extract(ctx, f, action.Document{Board: opts.board, Council: opts.council})
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			fmt.Fprintf(errOut, "councilactions: %v\n", err)
			failed++
			continue
		}
		exts = append(exts, ext)
	}
	if len(exts) > 0 || len(opts.files) > 1 {
		if err := writeExtractions(out, opts.format, exts, len(opts.files) == 1); err != nil {
			return err
		}
	}
	if failed > 0 {
		err := fmt.Errorf("%d of %d files failed", failed, len(opts.files))
		if len(opts.files) == 1 {
			return quietError{err} // its one line naming the file is enough
		}
		return err
	}
	return nil
}

func writeExtractions(out io.Writer, format string, exts []action.Extraction, single bool) error {
	switch format {
	case "json":
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if single && len(exts) == 1 {
			return enc.Encode(exts[0])
		}
		if exts == nil {
			exts = []action.Extraction{}
		}
		return enc.Encode(exts)
	case "jsonl":
		for _, e := range exts {
			if err := action.WriteJSONL(out, e.Records()); err != nil {
				return err
			}
		}
		return nil
	default:
		w, err := action.NewCSVWriter(out, false)
		if err != nil {
			return err
		}
		for _, e := range exts {
			for _, r := range e.Records() {
				if err := w.Write(r); err != nil {
					return err
				}
			}
		}
		return w.Flush()
	}
}
