// Package sandbox extracts papers in a child process of the same binary
// under a time and memory budget. A parser stuck in a loop that never
// checks its context, or one that allocates without end, can only be
// stopped from outside: the child is killed at its deadline, dies at its
// memory limit, and either way one paper fails while the run goes on.
//
// The child is started once and reads papers one at a time; it is started
// again after it dies or is killed, and retired when its heap has grown.
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
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/councilactions/councilactions/extract/action"
)

// WorkerArg is the hidden first argument that makes the binary an
// extraction worker (see Worker).
const WorkerArg = "__extract-worker"

// Budget bounds the extraction of one paper.
type Budget struct {
	Timeout time.Duration // wall-clock time for one paper
	Memory  int64         // bytes of heap the worker may map
	// Env is added to the worker's environment: the extraction options
	// it reads (ocr.Config.Env), which are not its budget's business.
	Env []string
}

// DefaultBudget is the budget when the config says nothing.
func DefaultBudget() Budget { return Budget{Timeout: 60 * time.Second, Memory: 1 << 30} }

// Func extracts one paper from disk; extract.File is one.
type Func func(ctx context.Context, path string, doc action.Document) (action.Extraction, error)

// ErrUnavailable marks a failure of the worker machinery itself (it could
// not be started, or answered nonsense), which says nothing about the paper.
var ErrUnavailable = errors.New("extraction worker unavailable")

// Extractor runs extractions in worker processes, each reading one paper
// at a time, as many at once as it has workers.
type Extractor struct {
	budget Budget
	// command starts a worker: the executable and its arguments before the
	// budget's.
	command []string
	// logTo receives what the worker logs while reading a paper that it
	// finished (a worker that dies is reported as the paper's error instead).
	logTo io.Writer

	// slots holds one token per worker that may be reading a paper.
	slots chan struct{}
	mu    sync.Mutex
	idle  []*worker // started and waiting for a paper
}

// New returns an Extractor with one worker, this executable run with
// WorkerArg. The binary must call Worker when it sees that argument.
func New(b Budget) (*Extractor, error) { return NewPool(b, 1) }

// NewPool returns an Extractor that reads up to workers papers at once,
// each in its own process under the budget.
func NewPool(b Budget, workers int) (*Extractor, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	if b.Timeout <= 0 || b.Memory <= 0 {
		return nil, fmt.Errorf("sandbox: budget %+v must be positive", b)
	}
	if workers < 1 {
		return nil, fmt.Errorf("sandbox: %d workers: must be at least 1", workers)
	}
	return &Extractor{budget: b, command: []string{exe, WorkerArg}, logTo: os.Stderr, slots: make(chan struct{}, workers)}, nil
}

// Workers is how many papers the Extractor reads at once.
func (e *Extractor) Workers() int { return cap(e.slots) }

// Close stops the idle workers. Call it when no Extract is running.
func (e *Extractor) Close() error {
	e.mu.Lock()
	idle := e.idle
	e.idle = nil
	e.mu.Unlock()
	for _, w := range idle {
		w.retire()
	}
	return nil
}

// request and reply are the protocol: one JSON value each way per paper.
type request struct {
	Path string          `json:"path"`
	Doc  action.Document `json:"doc"`
}

type reply struct {
	Extraction action.Extraction `json:"extraction"`
	Error      string            `json:"error,omitempty"`
	HeapSys    uint64            `json:"heap_sys"` // bytes the worker's heap has mapped after this paper
}

// Extract reads one paper in the worker. The paper's own failures (a parse
// error, the budget) come back as errors naming path; a cancelled ctx kills
// the worker and returns ctx's error; ErrUnavailable says the worker could
// not be run at all.
func (e *Extractor) Extract(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
	select {
	case e.slots <- struct{}{}:
	case <-ctx.Done():
		return action.Extraction{}, ctx.Err()
	}
	defer func() { <-e.slots }()
	var w *worker
	e.mu.Lock()
	if n := len(e.idle); n > 0 {
		w, e.idle = e.idle[n-1], e.idle[:n-1]
	}
	e.mu.Unlock()
	ext, w, err := e.extract(ctx, w, path, doc)
	if w != nil {
		e.mu.Lock()
		e.idle = append(e.idle, w)
		e.mu.Unlock()
	}
	return ext, err
}

// extract reads the paper on w (nil: a fresh worker) and returns the
// worker, or nil when it is gone.
func (e *Extractor) extract(ctx context.Context, w *worker, path string, doc action.Document) (action.Extraction, *worker, error) {
	for attempt := 0; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return action.Extraction{}, w, err
		}
		if w == nil {
			var err error
			if w, err = e.start(); err != nil {
				return action.Extraction{}, nil, err
			}
		}
		reused := w.papers > 0
		ext, err, died := w.extract(ctx, e.budget, path, doc)
		if died {
			w = nil
			// A worker that had read other papers may have died of their
			// leftovers; only a death on a fresh worker is this paper's.
			if reused && attempt == 0 && ctx.Err() == nil && !errors.Is(err, errTimeout) {
				slog.Debug("extraction worker died; trying the paper again on a fresh one", "path", path, "err", err)
				continue
			}
		} else if w.heapSys > uint64(e.budget.Memory)/2 {
			// A worker never returns its heap to the limit: start afresh
			// rather than let the next paper inherit a full one.
			w.retire()
			w = nil
		}
		if err == nil {
			return ext, w, nil
		}
		if ctx.Err() != nil {
			return action.Extraction{}, w, ctx.Err()
		}
		if errors.Is(err, ErrUnavailable) {
			return action.Extraction{}, w, err
		}
		if !strings.HasPrefix(err.Error(), path) {
			err = fmt.Errorf("%s: %w", path, err)
		}
		return action.Extraction{}, w, err
	}
}

// worker is one running child process.
type worker struct {
	cmd     *exec.Cmd
	in      io.WriteCloser
	out     *os.File
	dec     *json.Decoder
	stderr  *paperLog
	logTo   io.Writer
	exited  chan struct{} // closed once the process is reaped
	waitErr error
	papers  int
	heapSys uint64
}

func (e *Extractor) start() (*worker, error) {
	args := append(append([]string{}, e.command[1:]...), strconv.FormatInt(e.budget.Memory, 10), logLevel())
	cmd := exec.Command(e.command[0], args...)
	cmd.Env = append(append(os.Environ(), e.budget.Env...), "GOTRACEBACK=none")
	cmd.SysProcAttr = procAttr()
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	// Our own pipe rather than StdoutPipe, which Wait closes: a reply
	// must read to its end (EOF when the worker dies) whenever Wait returns.
	out, outW, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	cmd.Stdout = outW
	w := &worker{cmd: cmd, in: in, dec: json.NewDecoder(bufio.NewReader(out)), stderr: &paperLog{}, logTo: e.logTo, exited: make(chan struct{})}
	cmd.Stderr = w.stderr
	err = cmd.Start()
	outW.Close()
	if err != nil {
		out.Close()
		return nil, fmt.Errorf("%w: start %s: %v", ErrUnavailable, e.command[0], err)
	}
	go func() {
		w.waitErr = cmd.Wait()
		close(w.exited)
	}()
	w.out = out
	return w, nil
}

// errTimeout marks a paper stopped at its deadline.
var errTimeout = errors.New("over its time budget (extract.timeout)")

// extract sends one paper and waits for its reply, the deadline or ctx.
// died reports that the worker is gone (killed or dead) and must not be
// used again.
func (w *worker) extract(ctx context.Context, b Budget, path string, doc action.Document) (ext action.Extraction, err error, died bool) {
	w.stderr.reset()
	line, err := json.Marshal(request{Path: path, Doc: doc})
	if err != nil {
		return ext, err, false
	}
	if _, err := w.in.Write(append(line, '\n')); err != nil {
		w.kill()
		return ext, w.deathError(b), true
	}
	w.papers++
	replies := make(chan error, 1)
	var r reply
	go func() { replies <- w.dec.Decode(&r) }()
	timer := time.NewTimer(b.Timeout)
	defer timer.Stop()
	select {
	case err := <-replies:
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				w.kill()
				return ext, w.deathError(b), true
			}
			w.kill()
			return ext, fmt.Errorf("%w: unreadable reply: %v", ErrUnavailable, err), true
		}
	case <-timer.C:
		w.kill()
		<-replies
		return ext, fmt.Errorf("stopped after %s, %w", b.Timeout, errTimeout), true
	case <-ctx.Done():
		w.kill()
		<-replies
		return ext, ctx.Err(), true
	}
	w.heapSys = r.HeapSys
	w.stderr.copyTo(w.logTo)
	if r.Error != "" {
		return ext, errors.New(r.Error), false
	}
	return r.Extraction, nil, false
}

// kill ends the worker at once, waits for it and closes its pipe. (The
// OCR engine it may be running dies with it: extract/ocr starts it with
// a parent-death signal.)
func (w *worker) kill() {
	_ = w.cmd.Process.Kill() // an error means it has already exited
	<-w.exited
	w.out.Close()
}

// retire lets an idle worker finish: its input ends, so it exits.
func (w *worker) retire() {
	w.in.Close()
	select {
	case <-w.exited:
	case <-time.After(5 * time.Second):
	}
	w.kill()
}

// deathError says why a worker died while reading a paper, from the
// runtime's last words on its stderr.
func (w *worker) deathError(b Budget) error {
	fatal := w.stderr.fatal()
	switch {
	case strings.Contains(fatal, "out of memory"):
		return fmt.Errorf("over its memory budget of %s (extract.max_memory)", sizeString(b.Memory))
	case fatal != "":
		return fmt.Errorf("extraction process died: %s", fatal)
	case w.waitErr != nil:
		return fmt.Errorf("extraction process died: %v", w.waitErr)
	}
	return errors.New("extraction process ended without an answer")
}

// paperLog keeps what the worker writes to stderr while it reads one paper,
// up to a limit.
type paperLog struct {
	mu  sync.Mutex
	buf []byte
}

const paperLogMax = 64 << 10

func (l *paperLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if room := paperLogMax - len(l.buf); room > 0 {
		l.buf = append(l.buf, p[:min(len(p), room)]...)
	}
	return len(p), nil
}

func (l *paperLog) reset() {
	l.mu.Lock()
	l.buf = l.buf[:0]
	l.mu.Unlock()
}

func (l *paperLog) copyTo(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.buf) > 0 && w != nil {
		_, _ = w.Write(l.buf)
	}
	l.buf = l.buf[:0]
}

// fatal returns the Go runtime's "fatal error: …" line (or a panic's first
// line), without the prefix.
func (l *paperLog) fatal() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, line := range strings.Split(string(l.buf), "\n") {
		for _, prefix := range []string{"fatal error: ", "panic: "} {
			if rest, ok := strings.CutPrefix(line, prefix); ok {
				return strings.TrimPrefix(rest, "runtime: ")
			}
		}
	}
	return ""
}

// logLevel is the lowest level the parent's default logger shows, for the
// worker to log at the same level.
func logLevel() string {
	for _, l := range []slog.Level{slog.LevelDebug, slog.LevelInfo, slog.LevelWarn} {
		if slog.Default().Enabled(context.Background(), l) {
			return l.String()
		}
	}
	return slog.LevelError.String()
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
