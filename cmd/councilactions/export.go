package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

type exportOptions struct {
	filters   filterOptions
	query     string
	format    string
	output    string
	bom       bool
	indexName string
	mapping   string
}

func newExportCmd(g *globalOptions) *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export [QUERY]",
		Short: "Export the indexed actions (all, or those matching a query and filters) as CSV, JSONL or an OpenSearch bulk load",
		Long: `Export every indexed action that matches QUERY (every word must match, as
for search; empty means all) and the filters, one CSV row or JSON line per
action, in a stable order: by paper date, paper, then place in the paper.
CSV has the columns of CONTRACT.md, with cells that a spreadsheet would run
as a formula prefixed with '.

--format ndjson-bulk writes what the _bulk API of OpenSearch or
Elasticsearch loads as it is: for each action an index operation (into
--index-name, under the action's id, so that loading again replaces) and
its JSON line. The index's mapping is written beside -o's file as
NAME.mapping.json (or to --mapping): create the index with it first.`,
		Example: `  councilactions export -o actions.csv --bom
  councilactions export --format jsonl --board "Leicestershire HWB" --year 2023
  councilactions export "lung cancer" --status delayed -o delayed.csv
  councilactions export --format ndjson-bulk -o actions.ndjson   # and actions.mapping.json
  curl -XPUT localhost:9200/councilactions -H 'Content-Type: application/json' --data-binary @actions.mapping.json
  curl -XPOST localhost:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @actions.ndjson`,
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
				return err
			}
			return runExport(cmd.Context(), cfg, opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.filters.addFlags(cmd.Flags())
	cmd.Flags().StringVar(&opts.query, "query", "", "only actions matching this query (as for search)")
	cmd.Flags().StringVar(&opts.format, "format", "csv", "output: csv, jsonl or ndjson-bulk (OpenSearch/Elasticsearch _bulk)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file (atomically) instead of stdout")
	cmd.Flags().BoolVar(&opts.bom, "bom", false, "start the CSV with a UTF-8 byte order mark, for Excel")
	cmd.Flags().StringVar(&opts.indexName, "index-name", "", "ndjson-bulk: the OpenSearch/Elasticsearch index to load into (default councilactions)")
	cmd.Flags().StringVar(&opts.mapping, "mapping", "", "ndjson-bulk: write the index's mapping here (default: beside -o's file, NAME.mapping.json)")
	return cmd
}

func runExport(ctx context.Context, cfg pipeline.Config, opts *exportOptions, out, errOut io.Writer) error {
	switch opts.format {
	case "csv":
	case "jsonl", "ndjson-bulk":
		if opts.bom {
			return usageError{errors.New("--bom: only for --format csv")}
		}
	default:
		return usageError{fmt.Errorf("--format: %q is not csv, jsonl or ndjson-bulk", opts.format)}
	}
	bulk := opts.format == "ndjson-bulk"
	if !bulk && (opts.indexName != "" || opts.mapping != "") {
		return usageError{errors.New("--index-name, --mapping: only for --format ndjson-bulk")}
	}
	if bulk && opts.indexName == "" {
		opts.indexName = "councilactions"
	}
	if bulk && !validIndexName(opts.indexName) {
		return usageError{fmt.Errorf("--index-name: %q is not an index name (lower case, no spaces or \\/*?\"<>|,#:, not starting with -, _ or +)", opts.indexName)}
	}
	if bulk && opts.mapping == "" && opts.output != "" {
		opts.mapping = strings.TrimSuffix(opts.output, filepath.Ext(opts.output)) + ".mapping.json"
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
	if bulk {
		f.Bulk = opts.indexName
	}
	if opts.output == "" {
		if _, err := ix.ExportTo(ctx, req, out, f); err != nil {
			return badQueryIsUsage(err)
		}
	} else {
		n, err := ix.ExportFile(ctx, req, opts.output, f)
		if err != nil {
			return badQueryIsUsage(err)
		}
		fmt.Fprintf(errOut, "exported %d actions to %s\n", n, opts.output)
	}
	// The mapping once the export is whole: a failed one leaves neither.
	if bulk && opts.mapping != "" {
		if err := index.WriteBulkMapping(opts.mapping); err != nil {
			return err
		}
		fmt.Fprintf(errOut, "wrote the index's mapping to %s (create the index with it before loading)\n", opts.mapping)
	}
	return nil
}

func badQueryIsUsage(err error) error {
	if errors.Is(err, index.ErrBadQuery) {
		return usageError{err}
	}
	return err
}

// validIndexName reports whether name is one OpenSearch and Elasticsearch
// take for an index, so that a bad one fails here rather than in every
// operation of the load.
func validIndexName(name string) bool {
	if name == "" || name == "." || name == ".." || len(name) > 255 || strings.ContainsAny(name[:1], "-_+") {
		return false
	}
	return !strings.ContainsAny(name, ` \/*?"<>|,#:`) && name == strings.ToLower(name)
}
