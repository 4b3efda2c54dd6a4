package main

import (
	"context"
	"fmt"
	"io"

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
			cfg, err := loadSourcesConfig(g)
			if err != nil {
				return err
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
	_, crawlProgress := newProgress(errOut)
	sum, err := pipeline.Crawl(ctx, cfg, opts.sources, crawlProgress)
	printRun(out, sum)
	if err != nil {
		return err
	}
	return failures(sum)
}
