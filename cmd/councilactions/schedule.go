package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newScheduleCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "schedule",
		Short: "not implemented yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("schedule: not implemented yet")
		},
	}
}
