package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/councilactions/councilactions/index/pipeline"
)

// newProgress returns a one-line progress bar when w is a terminal, and nil
// (structured logs only) otherwise.
func newProgress(w io.Writer) pipeline.Progress {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return func(done, total int, path string) {
		const width = 30
		filled := 0
		if total > 0 {
			filled = width * done / total
		}
		bar := strings.Repeat("█", filled) + strings.Repeat("·", width-filled)
		fmt.Fprintf(f, "\r\033[K%s %d/%d %s", bar, done, total, filepath.Base(path))
		if done == total {
			fmt.Fprint(f, "\r\033[K")
		}
	}
}
