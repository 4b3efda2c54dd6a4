package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/councilactions/councilactions/index/pipeline"
)

// bar draws a one-line progress bar on a terminal. It is nil when w is not
// a terminal: then structured logs tell the story.
type bar func(label string, done, total int, what string)

func newBar(w io.Writer) bar {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return func(label string, done, total int, what string) {
		const width = 30
		filled := 0
		if total > 0 {
			filled = width * done / total
		}
		b := strings.Repeat("█", filled) + strings.Repeat("·", width-filled)
		fmt.Fprintf(f, "\r\033[K%s %s %d/%d %s", b, label, done, total, clip(what, 40))
		if done == total {
			fmt.Fprint(f, "\r\033[K")
		}
	}
}

// newProgress reports documents extracted and indexed.
func newProgress(w io.Writer) pipeline.Progress {
	b := newBar(w)
	if b == nil {
		return nil
	}
	return func(done, total int, path string) { b("documents", done, total, filepath.Base(path)) }
}

// newCrawlProgress reports meetings crawled.
func newCrawlProgress(w io.Writer) pipeline.CrawlProgress {
	b := newBar(w)
	if b == nil {
		return nil
	}
	return pipeline.CrawlProgress(b)
}
