package index

import (
	"fmt"
	"os"
	"path/filepath"
)

// Create opens an empty index in dir, deleting any index there first. It
// takes the index's lock before it deletes anything, so that, like Open,
// it fails naming the holder when another process (serve, run, schedule)
// has the index open: nothing deletes an index someone holds.
func Create(dir string) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	lk, err := acquireLock(dir)
	if err != nil {
		return nil, err
	}
	err = os.RemoveAll(filepath.Join(dir, bleveDir))
	// Open takes the lock again for itself. Between the two another
	// process may open the new, empty index, and then Open reports it.
	lk.release()
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	return Open(dir)
}
