package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/index/pipeline"
)

type crawlOptions struct {
	sources []string
}

func newCrawlCmd(g *globalOptions) *cobra.Command {
	opts := &crawlOptions{}
	cmd := &cobra.Command{
		Use:   "crawl",
		Short: "Fetch new and changed papers from the configured council sites (no extraction)",
		Long: `Fetch new and changed papers from every configured source, or only the named ones,
politely (robots.txt, per-host interval, retries) and incrementally (documents already
stored are not fetched again). Papers are kept under <data_dir>/papers/<source>/.
Use "run" to crawl, extract and index in one go.`,
		Example: `  councilactions crawl
  councilactions crawl --source oadby-wigston-hwb --config config.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(g)
			if err != nil {
				return usageError{err}
			}
			return runCrawl(cmd.Context(), cfg, opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringSliceVar(&opts.sources, "source", nil, "only this source (repeatable)")
	return cmd
}

func runCrawl(ctx context.Context, cfg pipeline.Config, opts *crawlOptions, out, errOut io.Writer) error {
	for _, name := range opts.sources {
		if _, err := cfg.Source(name); err != nil {
			return usageError{fmt.Errorf("--source: %w", err)}
		}
	}
	sum, err := pipeline.Crawl(ctx, cfg, opts.sources, newCrawlProgress(errOut))
	printCrawlSummary(out, sum)
	if err != nil {
		return err
	}
	failed := 0
	for _, r := range sum.PerSource {
		if r.Err != nil {
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d sources failed", failed, len(sum.PerSource))
	}
	return nil
}

// printCrawlSummary writes one line per source: meetings seen and what
// happened to its documents.
func printCrawlSummary(out io.Writer, sum pipeline.Summary) {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tKIND\tMEETINGS\tCANCELLED\tNEW\tCHANGED\tUNCHANGED\tFAILED\tRESULT")
	for _, r := range sum.PerSource {
		c := r.Crawl
		result := "ok"
		if r.Err != nil {
			result = "failed"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", r.Name, r.Kind, c.Meetings, c.Cancelled, c.New, c.Changed, c.Unchanged, c.Failed, result)
	}
	tw.Flush()
	for _, r := range sum.PerSource {
		if r.Err != nil {
			fmt.Fprintf(out, "failed: source %s: %v\n", r.Name, r.Err)
		}
		for _, f := range r.Crawl.Failures {
			fmt.Fprintf(out, "not fetched: source %s: %s: %s\n", r.Name, f.URL, f.Err)
		}
	}
}
