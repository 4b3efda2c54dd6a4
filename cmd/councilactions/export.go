package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newExportCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "export",
		Short: "not implemented yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("export: not implemented yet")
		},
	}
}
