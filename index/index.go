// Package index keeps the bleve index of extracted actions and answers
// searches over it with facets, filters and highlights.
package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/councilactions/councilactions/extract/action"
)

// Index is an open action index: one process writes it (Open) while any
// number read the snapshots it publishes (OpenReader).
type Index struct {
	dir  string
	bi   bleve.Index
	lock *lockFile

	// mu serialises Replace, which reads a document's old actions and then
	// writes the batch that supersedes them.
	mu sync.Mutex
	// closed is set once by Close; every call checks it first.
	closed atomic.Bool

	cols columnCache

	// persistErrs are scorch's failures to write batches to disk (Sync).
	persistErrs persistErrors

	// The writer's snapshots for readers (snapshot.go); unused by readers.
	publishMu   sync.Mutex
	published   atomic.Uint64 // the root epoch last published
	stopPublish chan struct{}
	publishing  sync.WaitGroup
}

// bleveDir is where bleve keeps its files inside the index dir; the lock
// file sits beside it.
const bleveDir = "bleve"

// Open opens (creating if needed) the index under dir. It fails at once,
// naming the holder's pid, when another Open (in this process or another)
// holds the index.
func Open(dir string) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	lk, err := acquireLock(dir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, bleveDir)
	// The lock above is what keeps a second owner out; the bolt timeout is
	// a backstop so that we never hang on bolt's own lock. unsafe_batch lets
	// a batch return once it is searchable instead of after its fsync, which
	// makes Replace several times faster; Close waits for the persister, and
	// a crash loses at most the last moments' batches, each whole with its
	// document's sha marker, so the next run redoes those papers.
	// Writers learn whether their batches reached the disk from Sync, which
	// the async error callback feeds.
	cfg := map[string]interface{}{"bolt_timeout": "1s", "unsafe_batch": true, "asyncErrorCallbackName": asyncErrorCallback}
	var bi bleve.Index
	if _, statErr := os.Stat(filepath.Join(path, "index_meta.json")); statErr == nil {
		bi, err = bleve.OpenUsing(path, cfg)
	} else {
		// A half-created index (crash before index_meta.json) is rebuilt.
		if rmErr := os.RemoveAll(path); rmErr != nil {
			lk.release()
			return nil, fmt.Errorf("open index %s: %w", dir, rmErr)
		}
		var m mapping.IndexMapping
		if m, err = newMapping(); err == nil {
			bi, err = bleve.NewUsing(path, m, scorch.Name, bleve.Config.DefaultKVStore, cfg)
		}
	}
	if err != nil {
		lk.release()
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	if err := checkSchema(dir, bi, false); err != nil {
		bi.Close()
		lk.release()
		return nil, err
	}
	ix := &Index{dir: dir, bi: bi, lock: lk, stopPublish: make(chan struct{})}
	openIndexes.Store(scorchPath(path), ix)
	// Readers get the index as it is now at once, and then as it changes.
	if err := ix.publish(); err != nil {
		slog.Warn("readers cannot see this index until a snapshot is published", "err", err)
	}
	ix.publishing.Add(1)
	go func() {
		defer ix.publishing.Done()
		ix.publishWhileWriting(ix.stopPublish)
	}()
	return ix, nil
}

// schemaVersion changes whenever the mapping or the way documents are
// indexed changes, so that an index built by another version is reported
// instead of giving wrong facets or missing hits.
const schemaVersion = "5"

var schemaKey = []byte("councilactions.schema")

// checkSchema stamps a new index with schemaVersion and checks the stamp of
// an existing one. An index opened for reading is not stamped.
func checkSchema(dir string, bi bleve.Index, readOnly bool) error {
	v, err := bi.GetInternal(schemaKey)
	if err != nil {
		return fmt.Errorf("open index %s: read schema: %w", dir, err)
	}
	if v == nil {
		count, err := bi.DocCount()
		if err != nil {
			return fmt.Errorf("open index %s: %w", dir, err)
		}
		if count == 0 && readOnly {
			return nil
		}
		if count == 0 {
			if err := bi.SetInternal(schemaKey, []byte(schemaVersion)); err != nil {
				return fmt.Errorf("open index %s: write schema: %w", dir, err)
			}
			return nil
		}
	}
	if string(v) != schemaVersion {
		return fmt.Errorf("index %s was built by another version of councilactions (schema %q, this one needs %q): remove the directory and run `councilactions run` again", dir, v, schemaVersion)
	}
	return nil
}

// Close closes the index and releases its lock.
func (ix *Index) Close() error {
	// The handle itself stays set: a search still running when the index
	// closes gets bleve's "closed" error, not a nil pointer.
	if ix == nil || ix.bi == nil || !ix.closed.CompareAndSwap(false, true) {
		return nil
	}
	if ix.lock == nil {
		// A reader: nothing to persist or publish.
		if err := ix.bi.Close(); err != nil {
			return fmt.Errorf("close index %s: %w", ix.dir, err)
		}
		return nil
	}
	close(ix.stopPublish)
	ix.publishing.Wait()
	werr := ix.waitPersisted(persistTimeout)
	if werr == nil {
		// Readers see the index as this writer leaves it.
		if err := ix.publish(); err != nil {
			slog.Warn("readers keep the previous snapshot", "err", err)
		}
	}
	openIndexes.Delete(scorchPath(filepath.Join(ix.dir, bleveDir)))
	err := ix.bi.Close()
	if err == nil {
		err = werr
	}
	ix.lock.release()
	if errors.Is(err, ErrWrite) {
		return err // it names the index already
	}
	if err != nil {
		return fmt.Errorf("close index %s: %w", ix.dir, err)
	}
	return nil
}

// persistTimeout bounds how long Close waits for batches to reach disk.
const persistTimeout = time.Minute

// waitPersisted waits until scorch has written every introduced batch to
// disk: its last persisted epoch has caught up with the root epoch. It
// gives up at once when scorch reports that it cannot write.
func (ix *Index) waitPersisted(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	errsBefore, _ := ix.persistErrorState()
	for {
		if root, persisted := ix.epochs(); persisted >= root {
			return nil
		}
		if n, err := ix.persistErrorState(); n > errsBefore {
			return ix.writeError(err)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("close index %s: batches not on disk after %s", ix.dir, timeout)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Dir is the directory the index was opened in.
func (ix *Index) Dir() string { return ix.dir }

// Change counts what a write did to the actions the index shows.
type Change struct{ Added, Updated, Removed int }

// Add adds o's counts to c.
func (c *Change) Add(o Change) {
	c.Added += o.Added
	c.Updated += o.Updated
	c.Removed += o.Removed
}

// Request is a search: a bleve query string plus filters.
type Request struct {
	Query     string   // bleve query-string syntax; "" matches all
	Board     []string // each filter: any of the values
	Council   []string
	Year      []int
	Status    []string
	Owner     []string
	Kind      []string
	Theme     []string
	DocKind   []string
	DueBefore string // YYYY-MM-DD, inclusive
	DueAfter  string // YYYY-MM-DD, inclusive
	Overdue   bool   // due before Today and status not complete/cancelled
	// Of the actions' threads (History): any of these change labels;
	// slipped at least MinSlips times; new labels found at or after
	// ChangedSince (RFC 3339, or YYYY-MM-DD for that day's start, UTC),
	// Change then naming the labels found since.
	Change       []string
	MinSlips     int
	ChangedSince string
	Today        string   // YYYY-MM-DD; "" means the real today
	Sort         string   // relevance (default; with an empty Query, date), due, date
	Size         int      // hits per page; 0 means 20
	After        []string // search-after key from the previous page's last hit
	Facets       bool
	Highlight    bool
}

// Hit is one matching action.
type Hit struct {
	action.Record
	Score     float64             `json:"score"`
	Fragments map[string][]string `json:"fragments,omitempty"` // field → highlighted HTML fragments (extracted text escaped)
	SortKey   []string            `json:"sort_key,omitempty"`  // pass as After for the next page
	// OverdueDays is how many days past due an action not complete or
	// cancelled is on the request's today; absent when it is not overdue.
	OverdueDays int `json:"overdue_days,omitempty"`
}

// FacetCount is one facet value and how many hits have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Result is one page of hits.
type Result struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets,omitempty"` // board, council, year, status, owner, kind, theme
}

// ErrBadQuery marks a query the user must correct.
var ErrBadQuery = errors.New("bad query")

// ErrNotFound is returned by Get for an unknown id.
var ErrNotFound = errors.New("not found")

// checkOpen guards every call against a closed index.
func (ix *Index) checkOpen() error {
	if ix == nil || ix.bi == nil || ix.closed.Load() {
		return errors.New("index is closed")
	}
	return nil
}

// checkWritable guards every write: an index opened for reading takes
// batches in memory and drops them.
func (ix *Index) checkWritable() error {
	if err := ix.checkOpen(); err != nil {
		return err
	}
	if ix.lock == nil {
		return fmt.Errorf("index %s: %w", ix.dir, ErrReadOnly)
	}
	return nil
}

// ctxErr reports a cancelled context before work starts.
func ctxErr(ctx context.Context) error {
	if ctx == nil {
		return nil
	}
	return ctx.Err()
}

// Exists reports whether dir holds an index, or a snapshot of one, so
// that read-only commands can tell the user to build one instead of
// creating an empty one. (Another user may see only the snapshots.)
func Exists(dir string) bool {
	for _, p := range []string{filepath.Join(bleveDir, "index_meta.json"), filepath.Join(snapshotsDir, currentName)} {
		if _, err := os.Stat(filepath.Join(dir, p)); err == nil {
			return true
		}
	}
	return false
}
