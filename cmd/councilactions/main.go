// Command councilactions finds what English councils have promised in their
// committee papers and what became of it.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}

// execute runs the command line and returns the exit status. The first
// SIGINT or SIGTERM cancels the command's context, which stops it at the
// next safe point, keeping what it finished; a second one ends the process
// at once, whatever it is doing.
func execute(args []string, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer func() {
		signal.Stop(sigs)
		close(sigs)
	}()
	go func() {
		sig, ok := <-sigs
		if !ok {
			return
		}
		cancel(signalled{sig})
		fmt.Fprintf(stderr, "\ncouncilactions: %v: stopping (%v again to stop at once)\n", sig, sig)
		if sig, ok = <-sigs; !ok {
			return
		}
		fmt.Fprintf(stderr, "councilactions: %v again: stopped at once\n", sig)
		os.Exit(signalled{sig}.exitCode())
	}()

	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	var sig signalled
	if errors.As(context.Cause(ctx), &sig) && (err == nil || errors.Is(err, context.Canceled)) {
		if err == nil {
			return 0 // serve and schedule stop cleanly on a signal
		}
		fmt.Fprintln(stderr, "councilactions: interrupted; what was finished is kept")
		return sig.exitCode()
	}
	if err != nil {
		var quiet quietError
		if !errors.As(err, &quiet) {
			fmt.Fprintln(stderr, "councilactions:", err)
		}
		var ue usageError
		if errors.As(err, &ue) {
			return 2
		}
		return 1
	}
	return 0
}

// signalled is the cause of a context cancelled by a signal.
type signalled struct{ sig os.Signal }

func (s signalled) Error() string { return "interrupted by " + s.sig.String() }

// exitCode is the shell's convention: 128 plus the signal's number (130
// for Ctrl-C, 143 for SIGTERM).
func (s signalled) exitCode() int {
	if n, ok := s.sig.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 130
}

// quietError fails the process without a further message: what went wrong
// was already said, one line per file.
type quietError struct{ err error }

func (e quietError) Error() string { return e.err.Error() }
func (e quietError) Unwrap() error { return e.err }

// usageError marks an error the user must correct in the command line or
// query; it exits with status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }
