package index

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"golang.org/x/sys/unix"

	"github.com/councilactions/councilactions/internal/atomicfile"
)

// Readers and the writer.
//
// One process writes the index (run, schedule, serve --schedule: Open). A
// scorch index cannot be opened by a second process while it is open for
// writing, not even read-only: both opens take bolt's lock on root.bolt,
// and the reader's waits until the writer closes (measured: bleve's
// OpenUsing with read_only gives "timeout" while another process holds
// the index). So the writer publishes snapshots that readers open instead:
// a copy of the index as it stood, under snapshots/, made with bleve's
// online backup (CopyTo), its segment files hard links to the writer's
// (segments never change once written), so a snapshot costs a small
// root.bolt and a few links, not a copy of the data. The writer publishes
// one when it opens and closes the index and, while it writes, every
// publishEvery when something changed. search and export (OpenReader)
// open the newest, read-only, so they never wait for a crawl and never
// make one wait; a snapshot stays readable by whoever has it open after
// the next replaces it.

const (
	snapshotsDir = "snapshots"
	currentName  = "CURRENT" // names the newest complete snapshot
	// publishEvery is how often a writer publishes while it writes: how
	// far behind the crawl a reader can be.
	publishEvery = 15 * time.Second
)

// ErrReadOnly is returned by a write to an index opened for reading.
var ErrReadOnly = errors.New("index opened read-only")

// OpenReader opens the index under dir for reading only: the newest
// snapshot a writer published, whether or not a writer is running, or, on
// storage this process cannot write (a read-only mount, another user's
// index), the index itself. It never writes to dir, except to publish the
// first snapshot of an index that has none and no writer (one made before
// snapshots were).
func OpenReader(dir string) (*Index, error) {
	if !Exists(dir) {
		return nil, fmt.Errorf("no index at %s", dir)
	}
	for attempt := 0; ; attempt++ {
		name, err := currentSnapshot(dir)
		switch {
		case err != nil:
			return nil, err
		case name == "":
			if err := publishFirst(dir); err != nil {
				if errors.Is(err, errNotWritable) {
					// Nobody can be writing what this process may not.
					return openRead(dir, filepath.Join(dir, bleveDir))
				}
				return nil, err
			}
			continue
		}
		ix, err := openRead(dir, filepath.Join(dir, snapshotsDir, name))
		if err == nil || attempt == 2 {
			return ix, err
		}
		// The writer may have replaced this snapshot while we opened it.
		slog.Debug("snapshot gone while opening; reading the newer one", "snapshot", name, "err", err)
	}
}

// openRead opens the bleve index at path read-only as the index of dir.
func openRead(dir, path string) (*Index, error) {
	bi, err := bleve.OpenUsing(path, map[string]interface{}{"read_only": true, "bolt_timeout": "1s"})
	if err != nil {
		return nil, fmt.Errorf("open index %s for reading: %w", dir, err)
	}
	if err := checkSchema(dir, bi, true); err != nil {
		bi.Close()
		return nil, err
	}
	return &Index{dir: dir, bi: bi}, nil
}

var errNotWritable = errors.New("index directory not writable")

// publishFirst publishes the first snapshot of an index that has none, by
// opening it as its writer for a moment. With a writer running, there is
// nothing to read yet: it publishes one as it opens, so this only happens
// while an older version of the tool holds the index.
func publishFirst(dir string) error {
	if unix.Access(dir, unix.W_OK) != nil {
		return errNotWritable
	}
	ix, err := Open(dir)
	if err != nil {
		return fmt.Errorf("index %s has no snapshot for readers yet, and: %w", dir, err)
	}
	return ix.Close() // Open published one
}

// currentSnapshot names the newest snapshot of dir, or "" when there is
// none.
func currentSnapshot(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, snapshotsDir, currentName))
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("open index %s: %w", dir, err)
	}
	name := strings.TrimSpace(string(b))
	if _, err := strconv.ParseUint(name, 10, 64); err != nil {
		return "", fmt.Errorf("open index %s: %s names no snapshot: %q", dir, currentName, name)
	}
	return name, nil
}

// publish writes a snapshot of the index as it stands and makes it the
// current one, then removes the older ones. Only the writer calls it.
func (ix *Index) publish() error {
	if ix.lock == nil {
		return ErrReadOnly
	}
	ix.publishMu.Lock()
	defer ix.publishMu.Unlock()
	epoch, _ := ix.epochs()
	snaps := filepath.Join(ix.dir, snapshotsDir)
	prev, err := currentSnapshot(ix.dir)
	if err != nil {
		return err
	}
	seq := uint64(1)
	if prev != "" {
		n, _ := strconv.ParseUint(prev, 10, 64)
		seq = n + 1
	}
	name := fmt.Sprintf("%012d", seq)
	tmp := filepath.Join(snaps, ".tmp-"+name)
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("publish snapshot: %w", err)
	}
	if err := os.MkdirAll(filepath.Join(tmp, "store"), 0o755); err != nil {
		return fmt.Errorf("publish snapshot: %w", err)
	}
	cp, ok := ix.bi.(bleve.IndexCopyable)
	if !ok {
		return fmt.Errorf("publish snapshot: %T cannot be copied", ix.bi)
	}
	d := &linkDir{src: filepath.Join(ix.dir, bleveDir), dst: tmp}
	err = cp.CopyTo(d)
	if err == nil {
		err = d.err
	}
	if err == nil {
		err = syncDirs(filepath.Join(tmp, "store"), tmp)
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(snaps, name))
	}
	if err == nil {
		err = atomicfile.Write(filepath.Join(snaps, currentName), []byte(name+"\n"), 0o644)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("publish snapshot of %s: %w", ix.dir, err)
	}
	ix.published.Store(epoch)
	// Readers that have an older snapshot open keep its files; those that
	// are opening one now retry with the new one.
	entries, err := os.ReadDir(snaps)
	if err != nil {
		return nil
	}
	for _, e := range entries {
		if e.IsDir() && e.Name() != name {
			if err := os.RemoveAll(filepath.Join(snaps, e.Name())); err != nil {
				slog.Warn("remove old index snapshot", "dir", e.Name(), "err", err)
			}
		}
	}
	return nil
}

// publishWhileWriting publishes a snapshot every publishEvery when the
// index changed, until stop is closed.
func (ix *Index) publishWhileWriting(stop <-chan struct{}) {
	t := time.NewTicker(publishEvery)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			if root, _ := ix.epochs(); root == ix.published.Load() {
				continue
			}
			if err := ix.publish(); err != nil {
				slog.Warn("readers keep the previous snapshot", "err", err)
			}
		}
	}
}

// linkDir is the bleve Directory a snapshot is copied into: segment files
// are hard-linked from the index, everything else is written and synced.
type linkDir struct {
	src, dst string
	err      error // a write that failed after its writer was handed out
}

// GetWriter opens filePath, relative to the snapshot, for bleve to write.
// root.bolt must be an *os.File: bleve reopens it by name.
func (d *linkDir) GetWriter(filePath string) (io.WriteCloser, error) {
	dst := filepath.Join(d.dst, filePath)
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return nil, err
	}
	if strings.HasSuffix(filePath, ".zap") {
		return &segmentFile{dir: d, src: filepath.Join(d.src, filePath), dst: dst}, nil
	}
	return d.create(dst)
}

// create makes the snapshot's file dst, synced as it is closed, except
// root.bolt, which bleve syncs itself.
func (d *linkDir) create(dst string) (io.WriteCloser, error) {
	f, err := os.OpenFile(dst, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, err
	}
	if filepath.Base(dst) == "root.bolt" {
		return f, nil
	}
	return &syncedFile{File: f, dir: d}, nil
}

// segmentFile is one segment of the snapshot. Bleve copies a segment the
// index has on disk from its file (io.Copy, which hands the file to
// ReadFrom): that one is hard-linked instead. It writes out a segment the
// index holds only in memory (Write): that one is written, never linked,
// though the index may have a file of its name by then, for the persister
// may be writing that very segment, and a link to its half-written file
// would publish a broken segment.
type segmentFile struct {
	dir      *linkDir
	src, dst string
	w        io.WriteCloser // once bleve writes
}

func (s *segmentFile) ReadFrom(r io.Reader) (int64, error) {
	if s.w == nil {
		if err := os.Link(s.src, s.dst); err == nil {
			// scorch writes segments 0600; a snapshot is for any user
			// who may read the data dir.
			return 0, os.Chmod(s.dst, 0o644)
		}
	}
	// A filesystem without hard links: a copy.
	return io.Copy(struct{ io.Writer }{s}, r)
}

func (s *segmentFile) Write(p []byte) (int, error) {
	if s.w == nil {
		w, err := s.dir.create(s.dst)
		if err != nil {
			return 0, err
		}
		s.w = w
	}
	return s.w.Write(p)
}

func (s *segmentFile) Close() error {
	if s.w == nil {
		return nil
	}
	return s.w.Close()
}

// syncedFile is synced to disk as it is closed, so that a snapshot named
// CURRENT is whole after a crash; an error is kept for publish.
type syncedFile struct {
	*os.File
	dir *linkDir
}

func (f *syncedFile) Close() error {
	err := f.File.Sync()
	if cerr := f.File.Close(); err == nil {
		err = cerr
	}
	if err != nil && f.dir.err == nil {
		f.dir.err = err
	}
	return err
}

// syncDirs makes the entries of each directory durable.
func syncDirs(dirs ...string) error {
	for _, dir := range dirs {
		if err := atomicfile.SyncDir(dir); err != nil {
			return err
		}
	}
	return nil
}
