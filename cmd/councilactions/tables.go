package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newTablesCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "tables",
		Short: "not implemented yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("tables: not implemented yet")
		},
	}
}
