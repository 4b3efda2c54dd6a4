package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/councilactions/councilactions/index/pipeline"
)

// progressLogEvery is how often a run not on a terminal logs how far it is.
const progressLogEvery = 10 * time.Second

// newProgress reports a run's progress: a bar on a terminal, else a log
// line every progressLogEvery.
func newProgress(w io.Writer) (pipeline.Progress, pipeline.CrawlProgress) {
	b := newBar(w)
	if b == nil {
		return pipeline.LogProgress(progressLogEvery)
	}
	return func(source string, done, total int, path string) { b.draw("papers", source, done, total, path) },
		func(source string, done, total int, what string) { b.draw("meetings", source, done, total, what) }
}

// bar draws a one-line progress bar on a terminal: how many papers (or
// meetings) of the current source are done, the rate, the source and the
// current one.
type bar struct {
	w       io.Writer
	now     func() time.Time
	mu      sync.Mutex
	started map[string]time.Time
}

// newBar returns a bar for w, or nil when w is not a terminal.
func newBar(w io.Writer) *bar {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return &bar{w: w, now: time.Now, started: map[string]time.Time{}}
}

func (b *bar) draw(unit, source string, done, total int, what string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	key := unit + "\x00" + source
	start, ok := b.started[key]
	if !ok {
		start = b.now()
		b.started[key] = start
	}
	const width = 30
	filled := 0
	if total > 0 {
		filled = width * min(done, total) / total
	}
	line := fmt.Sprintf("%s%s %d/%d %s · %s · %s: %s", strings.Repeat("█", filled), strings.Repeat("·", width-filled),
		done, total, unit, pipeline.Rate(done, b.now().Sub(start)), source, clip(filepath.Base(what), 40))
	fmt.Fprintf(b.w, "\r\033[K%s", line)
	if done == total {
		fmt.Fprint(b.w, "\r\033[K")
	}
}
