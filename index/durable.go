package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Batches return once they are searchable (unsafe_batch, see Open); scorch
// writes them to disk behind, and when that fails (a full disk, an I/O
// error) it only tells a callback and tries again. Sync is how a writer
// learns whether what it wrote is on disk.

// asyncErrorCallback is the name scorch knows our error callback by. The
// registry is global and read-only after init, so one callback serves every
// open index, found by its scorch path (scorchPath).
const asyncErrorCallback = "councilactions"

var openIndexes sync.Map // scorch path → *Index

// scorchPath is the directory scorch names in its callbacks.
func scorchPath(bleveDir string) string { return filepath.Join(bleveDir, "store") }

func init() {
	scorch.RegistryAsyncErrorCallbacks[asyncErrorCallback] = func(err error, path string) {
		if v, ok := openIndexes.Load(path); ok {
			v.(*Index).noteAsyncError(err)
		}
	}
}

// persistErrors counts scorch's failures to write batches to disk, keeping
// the last, and when one was last logged.
type persistErrors struct {
	mu     sync.Mutex
	count  uint64
	last   error
	logged time.Time
}

// noteAsyncError records a failure of scorch's persister, which loses the
// batches not yet on disk if the process ends (the persister tries again
// at once, so a full disk reports thousands a second). A failed merge or
// clean-up loses nothing and is only logged. Either is logged at most once
// a minute.
func (ix *Index) noteAsyncError(err error) {
	var se *scorch.ScorchError
	persist := errors.As(err, &se) && se.Source == "persister"
	ix.persistErrs.mu.Lock()
	defer ix.persistErrs.mu.Unlock()
	if persist {
		ix.persistErrs.count++
		ix.persistErrs.last = err
	}
	if time.Since(ix.persistErrs.logged) > time.Minute {
		ix.persistErrs.logged = time.Now()
		slog.Warn("index cannot write to disk (repeats are not logged for a minute)", "index", ix.dir, "err", ix.writeError(err))
	}
}

func (ix *Index) persistErrorState() (uint64, error) {
	ix.persistErrs.mu.Lock()
	defer ix.persistErrs.mu.Unlock()
	return ix.persistErrs.count, ix.persistErrs.last
}

// ErrWrite marks an index that could not write to disk.
var ErrWrite = errors.New("index write failed")

// Sync waits until everything written so far is on disk. It fails with
// ErrWrite as soon as scorch reports that it cannot write (the disk is
// full, an I/O error), and then what was written since the last successful
// Sync may be lost when the process ends: count nothing as indexed before
// Sync says so.
func (ix *Index) Sync(ctx context.Context) error {
	if err := ix.checkOpen(); err != nil {
		return err
	}
	target, _ := ix.epochs()
	errsBefore, _ := ix.persistErrorState()
	for {
		if _, persisted := ix.epochs(); persisted >= target {
			return nil
		}
		if n, err := ix.persistErrorState(); n > errsBefore {
			return ix.writeError(err)
		}
		if err := ctxErr(ctx); err != nil {
			return err
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// epochs returns scorch's current root epoch and the last one on disk.
func (ix *Index) epochs() (root, persisted uint64) {
	st, _ := ix.bi.StatsMap()["index"].(map[string]interface{})
	root, ok1 := st["CurRootEpoch"].(uint64)
	persisted, ok2 := st["LastPersistedEpoch"].(uint64)
	if !ok1 || !ok2 {
		return 0, 0 // not scorch: every batch was synchronous
	}
	return root, persisted
}

// writeError says in one line what scorch could not write.
func (ix *Index) writeError(err error) error {
	msg := err.Error()
	var se *scorch.ScorchError
	if errors.As(err, &se) {
		msg = se.ErrMsg
	}
	for _, prefix := range []string{"got err persisting snapshot: ", "merging err: "} {
		if i := strings.Index(msg, prefix); i >= 0 {
			msg = msg[i+len(prefix):]
		}
	}
	return fmt.Errorf("index %s: %w: %s", ix.dir, ErrWrite, msg)
}
