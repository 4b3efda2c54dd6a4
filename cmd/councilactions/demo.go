package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

// defaultDemoDir is where the demo builds its data unless --data-dir says otherwise.
const defaultDemoDir = "./demo-data"

type demoOptions struct {
	dataDir string
	query   string
}

func newDemoCmd(g *globalOptions) *cobra.Command {
	opts := &demoOptions{}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Extract and index the bundled council papers, then search them (no network, no config)",
		Example: `  go run ./cmd/councilactions demo
  councilactions demo --data-dir /tmp/ca-demo`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.dataDir = orDefault(g.dataDir, defaultDemoDir)
			if !cmd.Flags().Changed("log-level") {
				// The fake sites' expected misses (no web service) are not news here.
				if err := setupLogging("warn"); err != nil {
					return err
				}
			}
			return runDemo(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opts.query, "query", "lung cancer", "the sample search to run")
	return cmd
}

func runDemo(ctx context.Context, opts *demoOptions, out io.Writer) error {
	fmt.Fprintf(out, "Building %s: serving the bundled council papers as a ModernGov and a CMIS site on loopback, crawling them, extracting and indexing…\n\n", opts.dataDir)
	ex, err := sandbox.NewPool(sandbox.DefaultBudget(), runtime.NumCPU())
	if err != nil {
		return err
	}
	defer ex.Close()
	cfg, sum, err := pipeline.RunDemo(ctx, opts.dataDir, pipeline.Options{Extract: ex.Extract, Workers: ex.Workers()})
	if err != nil {
		return err
	}
	for _, s := range cfg.Sources {
		fmt.Fprintf(out, "crawled %-20s %-9s %s (committee %d)\n", s.Name, s.Kind, s.URL, s.CommitteeID)
	}
	t := sum.Total()
	fmt.Fprintf(out, "meetings: %d seen, %d cancelled\n", t.Meetings, t.Cancelled)
	printRun(out, sum)
	printCounts(out, "actions by kind", sum.ByKind)
	printCounts(out, "actions by board", sum.ByBoard)

	ix, err := index.Open(pipeline.IndexDir(opts.dataDir))
	if err != nil {
		return err
	}
	res, err := ix.Search(ctx, index.Request{Query: opts.query, Size: 5, Facets: true})
	ix.Close()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\nsearch %q: %d actions\n", opts.query, res.Total)
	for _, h := range res.Hits {
		fmt.Fprintf(out, "  [%s] %s\n      owner: %s · due: %s · status: %s · %s\n",
			h.Ref, clip(h.Action.Action, 100), orDefault(strings.Join(h.Owner, "; "), "—"),
			orDefault(h.Due, "—"), h.Status, h.DocumentTitle)
	}
	dd := opts.dataDir
	fmt.Fprintf(out, `
Next, try:
  councilactions search "healthy schools" --data-dir %[1]s
  councilactions search "" --status delayed --data-dir %[1]s
  councilactions search '+status:delayed +owner:"Avril Lennox"' --data-dir %[1]s
  councilactions export --format csv -o actions.csv --data-dir %[1]s
  councilactions serve --data-dir %[1]s        # then open http://127.0.0.1:8080
(with go run: go run ./cmd/councilactions search … --data-dir %[1]s)
`, dd)
	return nil
}

func printCounts(out io.Writer, title string, counts map[string]int) {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(out, "%s:\n", title)
	for _, k := range keys {
		fmt.Fprintf(out, "  %-50s %d\n", k, counts[k])
	}
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
