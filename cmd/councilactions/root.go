package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/ocr"
	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/version"
)

// globalOptions are the flags every command takes.
type globalOptions struct {
	configFile string
	dataDir    string
	logLevel   string
	// configUsed is the config file loadConfig read ("" when none).
	configUsed string
}

func newRootCmd() *cobra.Command {
	g := &globalOptions{}
	cmd := &cobra.Command{
		Use:           "councilactions",
		Short:         "Find what councils promised in their committee papers, and what became of it",
		SilenceUsage:  true,
		SilenceErrors: true,
		// The version is worked out only when asked for (see the template).
		Version: "?",
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return setupLogging(g.logLevel)
		},
	}
	f := cmd.PersistentFlags()
	f.StringVar(&g.configFile, "config", "", "config file (default ./config.yaml when present)")
	f.StringVar(&g.dataDir, "data-dir", "", "data directory (overrides data_dir in the config)")
	f.StringVar(&g.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	cobra.AddTemplateFunc("toolVersion", version.Get)
	cmd.SetVersionTemplate("councilactions {{toolVersion}}\n")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	cmd.AddCommand(
		newExtractCmd(g),
		newTablesCmd(g),
		newRunCmd(g),
		newCrawlCmd(g),
		newSearchCmd(g),
		newExportCmd(g),
		newThreadCmd(g),
		newChangesCmd(g),
		newServeCmd(g),
		newScheduleCmd(g),
		newStatusCmd(g),
		newDemoCmd(g),
		newWorkerCmd(),
	)
	cmd.Args = cobra.ArbitraryArgs
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usageError{fmt.Errorf("unknown command %q (see councilactions --help)", args[0])}
		}
		return cmd.Help()
	}
	for _, c := range cmd.Commands() {
		if c.Args != nil {
			c.Args = usageArgs(c.Args)
		}
	}
	return cmd
}

// usageArgs makes a wrong number of arguments a usage error (exit 2).
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func setupLogging(level string) error {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return usageError{fmt.Errorf("--log-level: %q is not debug, info, warn or error", level)}
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})))
	return nil
}

// newWorkerCmd is the hidden command a run starts as its extraction worker
// (see extract/sandbox): it reads papers one at a time under the budget
// the parent passes, so that a paper that hangs or explodes kills only it.
func newWorkerCmd() *cobra.Command {
	return &cobra.Command{
		Use:                sandbox.WorkerArg,
		Hidden:             true,
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			// The parent passes the OCR options in the environment.
			return sandbox.Worker(args, extract.New(ocr.FromEnv(os.Getenv)).File)
		},
	}
}
