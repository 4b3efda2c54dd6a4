package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/extract/action"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/ocr"
	"github.com/councilactions/councilactions/extract/pdf"
)

type tablesOptions struct {
	format string
	file   string
	ocr    ocr.Config // scanned pages are read by OCR as extract reads them
}

func newTablesCmd(g *globalOptions) *cobra.Command {
	opts := &tablesOptions{}
	cmd := &cobra.Command{
		Use:   "tables FILE.pdf",
		Short: "Print the tables found in a PDF, as the reader rebuilds them (for debugging)",
		Long: `Print each table the PDF reader finds: its page, bounding box (x0 y0 x1 y1 in
PDF points, origin bottom left), whether it is drawn with rules, its rows
(ruled tables: one real row a row; else one visual line a row), a multi-line
header joined into one row, and in JSON its non-empty cells with the row and
column each starts in and how many it spans. The same file always gives the
same output. A scanned page is read by OCR as extract reads it (extract.ocr).`,
		Example: `  councilactions tables fixtures/pdf/004_89f8b84181bf5b9a.lo-ruled.pdf
  councilactions tables plan.pdf --format csv`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.file = args[0]
			cfg, err := loadConfig(g)
			if err != nil {
				return err
			}
			opts.ocr = cfg.OCR()
			return runTables(cmd.Context(), cmd.OutOrStdout(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "json", "output: json or csv")
	return cmd
}

func runTables(ctx context.Context, out io.Writer, opts *tablesOptions) error {
	if opts.format != "json" && opts.format != "csv" {
		return usageError{fmt.Errorf("--format: %q is not json or csv", opts.format)}
	}
	st, err := os.Stat(opts.file)
	if err != nil {
		return err
	}
	if st.Size() > extract.MaxFileBytes {
		return fmt.Errorf("%s: file is %d bytes, over the %d-byte limit", opts.file, st.Size(), extract.MaxFileBytes)
	}
	data, err := os.ReadFile(opts.file)
	if err != nil {
		return err
	}
	if len(data) == 0 {
		return fmt.Errorf("%s: %w", opts.file, extract.ErrEmpty)
	}
	tables, err := tablesOf(ctx, data, opts.ocr)
	if err != nil {
		return fmt.Errorf("%s: %w", opts.file, err)
	}
	if opts.format == "json" {
		if tables == nil {
			tables = []pdf.Table{}
		}
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(tables)
	}
	// CSV: one record a row, led by the table's number, page and row number.
	w := csv.NewWriter(out)
	if err := w.Write([]string{"table", "page", "row", "cells..."}); err != nil {
		return err
	}
	for i, t := range tables {
		for j, r := range t.Rows {
			rec := append([]string{strconv.Itoa(i + 1), strconv.Itoa(t.Page), strconv.Itoa(j + 1)}, guardRow(r)...)
			if err := w.Write(rec); err != nil {
				return err
			}
		}
	}
	w.Flush()
	return w.Error()
}

// tablesOf runs the PDF table finder; a parser bug costs this file with an
// error, not a crash.
func tablesOf(ctx context.Context, data []byte, cfg ocr.Config) (tables []pdf.Table, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdf parser failed: %v", p)
		}
	}()
	return pdf.Reader{OCR: ocr.New(cfg)}.Tables(ctx, data)
}

// guardRow guards every cell against formula injection, as the export does.
func guardRow(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = action.GuardCell(c)
	}
	return out
}
