package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newCrawlCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "crawl",
		Short: "not implemented yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("crawl: not implemented yet")
		},
	}
}
