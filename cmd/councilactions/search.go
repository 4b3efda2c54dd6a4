package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newSearchCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "search",
		Short: "not implemented yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("search: not implemented yet")
		},
	}
}
