// Package atomicfile writes files whole or not at all: into a temporary
// file beside the target, synced, renamed over it, and the rename synced,
// so that a crash or a failed write leaves the old file or the new one,
// never half of one, and no temporary file behind an error.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Write replaces the file at path with data, made with permissions perm.
// The folder must exist.
func Write(path string, data []byte, perm fs.FileMode) error {
	return WriteWith(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteWith replaces the file at path with what write writes, made with
// permissions perm. When write fails, the file is left as it was.
//
// An error from syncing the folder comes after the rename: the new file is
// in place but may not survive a crash (the error is ErrNotDurable).
func WriteWith(path string, perm fs.FileMode, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), perm) // CreateTemp made it 0600
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := SyncDir(dir); err != nil {
		return fmt.Errorf("%w: %w", ErrNotDurable, err)
	}
	return nil
}

// ErrNotDurable is WriteWith's error when only the last step, syncing the
// folder, failed.
var ErrNotDurable = errors.New("written, but the rename may not survive a crash")

// SyncDir makes the entries of dir, a rename into it for one, durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
