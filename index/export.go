package index

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/councilactions/councilactions/extract/action"
)

// ExportFormat is how ExportTo writes: the contract's CSV (with a byte
// order mark for Excel if BOM) or JSON lines.
type ExportFormat struct {
	JSONL bool
	BOM   bool
}

// ExportTo writes the actions matching r to w in Export's order and
// returns how many it wrote.
func (ix *Index) ExportTo(ctx context.Context, r Request, w io.Writer, f ExportFormat) (int, error) {
	n := 0
	if f.JSONL {
		err := ix.Export(ctx, r, func(rec action.Record) error {
			n++
			return action.WriteJSONL(w, []action.Record{rec})
		})
		return n, err
	}
	cw, err := action.NewCSVWriter(w, f.BOM)
	if err != nil {
		return 0, err
	}
	err = ix.Export(ctx, r, func(rec action.Record) error {
		n++
		return cw.Write(rec)
	})
	if err != nil {
		return n, err
	}
	return n, cw.Flush()
}

// ExportFile is ExportTo into the file at path, written whole or not at
// all: through a temporary file beside it, synced, renamed into place, and
// the rename synced. A file it replaces keeps its permissions.
func (ix *Index) ExportFile(ctx context.Context, r Request, path string, f ExportFormat) (n int, err error) {
	// Through a symbolic link, the file it points at is replaced, not the link.
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	dir := filepath.Dir(path)
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if n, err = ix.ExportTo(ctx, r, tmp, f); err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	for _, step := range []func() error{
		tmp.Sync,
		tmp.Close,
		func() error { return os.Chmod(tmp.Name(), mode) },
		func() error { return os.Rename(tmp.Name(), path) },
	} {
		if err = step(); err != nil {
			return n, fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := syncDir(dir); err != nil {
		return n, fmt.Errorf("write %s: written, but the rename may not survive a crash: %w", path, err)
	}
	return n, nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
