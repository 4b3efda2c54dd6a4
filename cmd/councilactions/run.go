package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

type runOptions struct {
	sources []string
}

func newRunCmd(g *globalOptions) *cobra.Command {
	opts := &runOptions{}
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Take every source through crawl → extract → index, changed papers only",
		Example: `  councilactions run
  councilactions run --source oadby-wigston-hwb --config config.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(g)
			if err != nil {
				return usageError{err}
			}
			return runRun(cmd.Context(), cfg, opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringSliceVar(&opts.sources, "source", nil, "only this source (repeatable)")
	return cmd
}

func runRun(ctx context.Context, cfg pipeline.Config, opts *runOptions, out, errOut io.Writer) (err error) {
	for _, name := range opts.sources {
		if _, err := cfg.Source(name); err != nil {
			return usageError{err}
		}
	}
	ex, err := sandbox.New(cfg.Extract.Budget())
	if err != nil {
		return err
	}
	defer ex.Close()
	ix, err := index.Open(pipeline.IndexDir(cfg.DataDir))
	if err != nil {
		return err
	}
	defer func() {
		// Closing waits for the index to reach the disk; if it cannot,
		// the run has failed.
		if cerr := ix.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	sum, err := pipeline.RunWith(ctx, cfg, ix, pipeline.Options{
		Only: opts.sources, Progress: newProgress(errOut), CrawlProgress: newCrawlProgress(errOut),
		Extract: ex.Extract,
	})
	printCrawlSummary(out, sum)
	printSummary(out, sum)
	if err != nil {
		return err
	}
	if len(sum.Failed) > 0 {
		return fmt.Errorf("%d failures (see above)", len(sum.Failed))
	}
	return nil
}

// printSummary writes what a run did.
func printSummary(out io.Writer, sum pipeline.Summary) {
	d, a := sum.Documents, sum.Actions
	fmt.Fprintf(out, "sources: %d\n", sum.Sources)
	fmt.Fprintf(out, "documents: %d new, %d changed, %d unchanged, %d removed, %d failed\n", d.New, d.Changed, d.Unchanged, d.Removed, d.Failed)
	fmt.Fprintf(out, "actions: %d added, %d updated, %d removed\n", a.Added, a.Updated, a.Removed)
	for _, f := range sum.Failed {
		fmt.Fprintf(out, "failed: %v\n", f)
	}
}
