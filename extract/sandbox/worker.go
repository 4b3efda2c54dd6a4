package sandbox

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"

	"golang.org/x/sys/unix"
)

// Worker is the child's main: args are what follows WorkerArg (the memory
// budget in bytes and a log level). It limits its own memory, then reads
// requests from stdin and answers each on stdout until stdin closes.
func Worker(args []string, extract Func) error {
	if len(args) != 2 {
		return fmt.Errorf("%s: want MEMORY LOG-LEVEL, got %q", WorkerArg, args)
	}
	mem, err := strconv.ParseInt(args[0], 10, 64)
	if err != nil || mem <= 0 {
		return fmt.Errorf("%s: memory %q is not a positive number of bytes", WorkerArg, args[0])
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(args[1])); err != nil {
		return fmt.Errorf("%s: log level %q: %w", WorkerArg, args[1], err)
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})))
	if err := limitMemory(mem); err != nil {
		return err
	}
	return serve(os.Stdin, os.Stdout, extract)
}

// limitMemory makes the kernel refuse the worker's heap beyond mem bytes
// (RLIMIT_DATA counts private writable mappings, which is where Go's heap
// and goroutine stacks live), so a paper that allocates without end kills
// only the worker. The GC is told of the limit first so that garbage is
// collected before the wall is reached, and a runaway recursion stops at a
// stack limit well inside it. (A stack grows by doubling and holds both
// copies while it moves, so a limit of mem/4 could ask for 3/4 of mem at
// once and meet the wall first, reported as memory, not recursion.)
func limitMemory(mem int64) error {
	debug.SetMemoryLimit(mem / 4 * 3)
	debug.SetMaxStack(int(min(mem/8, 128<<20)))
	if raceEnabled {
		return nil
	}
	lim := &unix.Rlimit{Cur: uint64(mem), Max: uint64(mem)}
	if err := unix.Setrlimit(unix.RLIMIT_DATA, lim); err != nil {
		return fmt.Errorf("%s: limit memory to %d bytes: %w", WorkerArg, mem, err)
	}
	return nil
}

// serve answers requests until in ends.
func serve(in io.Reader, out io.Writer, extract Func) error {
	dec := json.NewDecoder(bufio.NewReader(in))
	bw := bufio.NewWriter(out)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for {
		var req request
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("%s: read request: %w", WorkerArg, err)
		}
		var r reply
		ext, err := extract(context.Background(), req.Path, req.Doc)
		if err != nil {
			r.Error = err.Error()
		} else {
			r.Extraction = ext
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		r.HeapSys = ms.HeapSys + ms.StackSys
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("%s: write reply: %w", WorkerArg, err)
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("%s: write reply: %w", WorkerArg, err)
		}
	}
}
