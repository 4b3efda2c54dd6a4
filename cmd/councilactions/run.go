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
			cfg, err := loadSourcesConfig(g)
			if err != nil {
				return err
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
	ex, err := sandbox.NewPool(cfg.ExtractBudget(), cfg.Extract.WorkerCount())
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
	progress, crawlProgress := newProgress(errOut)
	sum, err := pipeline.RunWith(ctx, cfg, ix, pipeline.Options{
		Only: opts.sources, Progress: progress, CrawlProgress: crawlProgress,
		Extract: ex.Extract, Workers: ex.Workers(),
	})
	printRun(out, sum)
	if err != nil {
		return err
	}
	return failures(sum)
}

// failures is the error of a run or crawl in which any source or paper
// failed (each was printed above), so that it exits non-zero.
func failures(sum pipeline.Summary) error {
	sources := 0
	for _, r := range sum.PerSource {
		if r.Err != nil {
			sources++
		}
	}
	papers := sum.Total().Failed
	if sources == 0 && papers == 0 {
		return nil
	}
	return fmt.Errorf("%d of %d sources and %d papers failed (see above)", sources, len(sum.PerSource), papers)
}
