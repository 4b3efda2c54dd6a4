package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/index/web"
)

type serveOptions struct {
	addr     string
	token    string
	schedule bool
}

// shutdownTimeout is how long requests in flight get to finish on a signal.
const shutdownTimeout = 10 * time.Second

func newServeCmd(g *globalOptions) *cobra.Command {
	opts := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the search pages and the JSON API over the index",
		Long: `Serve the search pages and the JSON API over the index, read-only.

It binds 127.0.0.1 unless told otherwise. Binding any other address needs a
token (--token or server.token); every request must then carry it, either as
"Authorization: Bearer <token>" or by opening /?token=<token> once in a
browser, which keeps it in a cookie.

With --schedule the same process also runs every source on its schedule, so
that crawling and searching share the one open index.`,
		Example: `  councilactions serve
  councilactions serve --addr 0.0.0.0:8080 --token "$(openssl rand -hex 16)" --schedule`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(g)
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("addr") {
				cfg.Server.Addr = opts.addr
			}
			if cmd.Flags().Changed("token") {
				cfg.Server.Token = opts.token
			}
			if err := web.CheckBind(cfg.Server.Addr, cfg.Server.Token); err != nil {
				return usageError{err}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			ln, err := net.Listen("tcp", cfg.Server.Addr)
			if err != nil {
				return fmt.Errorf("listen %s: %w", cfg.Server.Addr, err)
			}
			return runServe(ctx, cfg, ln, opts.schedule)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", "127.0.0.1:8080", "address to listen on (overrides server.addr)")
	cmd.Flags().StringVar(&opts.token, "token", "", "access token every request must carry (overrides server.token; required off loopback)")
	cmd.Flags().BoolVar(&opts.schedule, "schedule", false, "also crawl every source on its schedule")
	return cmd
}

// runServe opens the index once, serves it until ctx is done, then shuts
// down gracefully: requests in flight finish, the scheduler stops, and the
// index is closed last.
func runServe(ctx context.Context, cfg pipeline.Config, ln net.Listener, schedule bool) error {
	defer ln.Close()
	// With schedules the index may start empty and fill; without, an
	// empty data dir is more likely a wrong --data-dir. serve owns the
	// index it serves, unless it may not write it (a read-only mount,
	// another user's data): then it serves the published snapshot.
	open := func(dataDir string) (*index.Index, error) {
		ix, err := index.Open(pipeline.IndexDir(dataDir))
		if err != nil && !schedule && (errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)) {
			return openExisting(dataDir)
		}
		return ix, err
	}
	if !schedule && !index.Exists(pipeline.IndexDir(cfg.DataDir)) {
		open = openExisting // which says there is none
	}
	ix, err := open(cfg.DataDir)
	if err != nil {
		return fmt.Errorf("open index: %w", err)
	}
	defer ix.Close()

	srv, err := web.New(web.Options{
		Index:   ix,
		Token:   cfg.Server.Token,
		DataDir: cfg.DataDir,
		Sources: func(ctx context.Context) ([]pipeline.SourceStatus, error) {
			return pipeline.Statuses(cfg)
		},
	})
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}

	var wg sync.WaitGroup
	schedCtx, stopSched := context.WithCancel(ctx)
	defer stopSched()
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.KeepWarm(schedCtx, 30*time.Second)
	}()
	if schedule {
		ex, err := sandbox.NewPool(cfg.ExtractBudget(), cfg.Extract.WorkerCount())
		if err != nil {
			return err
		}
		defer ex.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := pipeline.ScheduleWith(schedCtx, cfg, ix, pipeline.ScheduleOptions{Extract: ex.Extract, Workers: ex.Workers()}); err != nil && !errors.Is(err, context.Canceled) {
				slog.Error("scheduler stopped", "err", err)
			}
		}()
	}

	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	slog.Info("serving", "url", "http://"+ln.Addr().String()+"/", "index", pipeline.IndexDir(cfg.DataDir), "schedule", schedule, "token", cfg.Server.Token != "")

	select {
	case err = <-served:
		// The listener failed on its own.
	case <-ctx.Done():
		slog.Info("shutting down")
		sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
		defer cancel()
		if err = hs.Shutdown(sctx); err != nil {
			// Requests still running after the grace period are cut off
			// now, before the index closes under them.
			hs.Close()
		}
	}
	stopSched()
	wg.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
