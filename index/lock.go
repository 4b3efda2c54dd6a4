package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// lockName is the lock file inside the index dir.
const lockName = "LOCK"

// lockFile is an exclusive flock on dir/LOCK holding the owner's pid. bleve
// and bolt would block on their own locks; this one fails at once.
type lockFile struct{ f *os.File }

func acquireLock(dir string) (*lockFile, error) {
	path := filepath.Join(dir, lockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open index %s: lock: %w", dir, err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, fmt.Errorf("index %s in use by %s", dir, holder(path))
		}
		return nil, fmt.Errorf("open index %s: lock: %w", dir, err)
	}
	// Record who holds the lock, for the error the next opener sees.
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &lockFile{f: f}, nil
}

// holder names the lock owner from the pid it wrote.
func holder(path string) string {
	b, err := os.ReadFile(path)
	pid, convErr := strconv.Atoi(strings.TrimSpace(string(b)))
	switch {
	case err != nil || convErr != nil:
		return "another process (pid unknown; another councilactions run, serve or schedule holds it)"
	case pid == os.Getpid():
		return fmt.Sprintf("pid %d (this process has it open already)", pid)
	default:
		return fmt.Sprintf("pid %d (another councilactions run, serve or schedule; stop it or wait)", pid)
	}
}
func (l *lockFile) release() {
	if l == nil || l.f == nil {
		return
	}
	// Closing the file drops the flock; the file stays so that its pid can
	// be read while it is held and is harmlessly stale afterwards.
	_ = unix.Flock(int(l.f.Fd()), unix.LOCK_UN)
	l.f.Close()
	l.f = nil
}
