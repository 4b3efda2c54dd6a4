package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

func newScheduleCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "schedule",
		Short: "Run each source on its cron schedule in one long-running process (Ctrl-C or SIGTERM stops it cleanly)",
		Long: `Run every source that has a "schedule" (a cron expression such as "0 3 * * *") at the
times it names: crawl, extract and index, never two runs of one source at once. The process
owns the index while it runs. Stop it with Ctrl-C or SIGTERM: the current document is
abandoned safely and the next run resumes. "councilactions status" shows the runs.
Without this command, "councilactions run" can be started from system cron instead.`,
		Example: `  councilactions schedule --config config.yaml`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadSourcesConfig(g)
			if err != nil {
				return err
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
			defer ix.Close()
			fmt.Fprintln(cmd.ErrOrStderr(), "councilactions: scheduling; Ctrl-C or SIGTERM to stop")
			return pipeline.ScheduleWith(cmd.Context(), cfg, ix, pipeline.ScheduleOptions{Extract: ex.Extract, Workers: ex.Workers()})
		},
	}
}
