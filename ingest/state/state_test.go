package state

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestStateRoundTripAndLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "src.db")
	if _, err := OpenReadOnly(path, 10*time.Millisecond); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("read-only open of a missing file: %v", err)
	}
	db, err := Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.PutDoc(Doc{URL: "u1", Path: "/p", SHA256: "abc", Size: 3}); err != nil {
		t.Fatal(err)
	}
	d, ok, err := db.Doc("u1")
	if err != nil || !ok || d.SHA256 != "abc" {
		t.Fatalf("Doc = %+v %v %v", d, ok, err)
	}
	if _, ok, _ := db.Doc("missing"); ok {
		t.Error("missing doc found")
	}
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, r := range []string{"ok", "failed", "ok"} {
		if err := db.AddRun(Run{Start: t0.Add(time.Duration(i) * time.Hour), Result: r}); err != nil {
			t.Fatal(err)
		}
	}
	// A second opener (another process, or status) is told the state is busy.
	if _, err := Open(path, 50*time.Millisecond); !errors.Is(err, ErrBusy) {
		t.Errorf("second Open: %v, want ErrBusy", err)
	}
	if _, err := OpenReadOnly(path, 50*time.Millisecond); !errors.Is(err, ErrBusy) {
		t.Errorf("read-only Open while held: %v, want ErrBusy", err)
	}
	db.Close()
	ro, err := OpenReadOnly(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	last, ok, err := ro.LastRun()
	if err != nil || !ok || !last.Start.Equal(t0.Add(2*time.Hour)) {
		t.Errorf("LastRun = %+v %v %v", last, ok, err)
	}
	runs, _ := ro.Runs()
	if len(runs) != 3 || runs[1].Result != "failed" {
		t.Errorf("Runs = %+v", runs)
	}
}
