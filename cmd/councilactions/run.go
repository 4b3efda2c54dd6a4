package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newRunCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "run",
		Short: "not implemented yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("run: not implemented yet")
		},
	}
}
