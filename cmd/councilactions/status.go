package main

import (
	"encoding/json"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/index/pipeline"
)

type statusOptions struct {
	json bool
}

func newStatusCmd(g *globalOptions) *cobra.Command {
	opts := &statusOptions{}
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show each source's last run (result and counts) and its next scheduled run",
		Example: `  councilactions status
  councilactions status --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadSourcesConfig(g)
			if err != nil {
				return err
			}
			st, err := pipeline.Statuses(cfg)
			if err != nil {
				return err
			}
			if opts.json {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			return printStatus(cmd.OutOrStdout(), st)
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print JSON")
	return cmd
}
