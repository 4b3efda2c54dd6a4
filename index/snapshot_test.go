package index

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/councilactions/councilactions/extract/action"
)

// envWriter makes the test binary the writer process of
// TestReadersWhileWriting.
const envWriter = "COUNCILACTIONS_TEST_WRITER"

// TestMain lets this test binary also act as a writer process, or as a
// reader without write access.
func TestMain(m *testing.M) {
	if dir := os.Getenv(envWriter); dir != "" {
		os.Exit(writerProcess(dir, os.Stdin, os.Stdout))
	}
	if dir := os.Getenv(envReadOnly); dir != "" {
		os.Exit(readOnlyProcess(dir, os.Stdout))
	}
	os.Exit(m.Run())
}

// writerProcess holds the index of dir open for writing, as run or
// schedule does, and on each line "add N" of in indexes fixture paper N
// and publishes, answering "ok" on out; it closes at the end of in.
func writerProcess(dir string, in io.Reader, out io.Writer) int {
	ix, err := Open(dir)
	if err != nil {
		fmt.Fprintln(out, "error:", err)
		return 1
	}
	defer ix.Close()
	fmt.Fprintln(out, "ready")
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		var n int
		if _, err := fmt.Sscanf(sc.Text(), "add %d", &n); err != nil {
			fmt.Fprintln(out, "error:", err)
			continue
		}
		_, err := ix.Replace(context.Background(), fixtures()[n])
		if err == nil {
			err = ix.publish()
		}
		if err != nil {
			fmt.Fprintln(out, "error:", err)
			continue
		}
		fmt.Fprintln(out, "ok")
	}
	return 0
}

// TestReadersWhileWriting: while another process holds the index for
// writing, as a crawl does, readers open the snapshots it publishes,
// search and export them, see what it adds once it publishes, and keep
// reading a snapshot the writer has since replaced.
func TestReadersWhileWriting(t *testing.T) {
	dir := indexedDir(t, filepath.Join(t.TempDir(), "index"), fixtures()[0])

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envWriter+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	answers := bufio.NewScanner(stdout)
	expect := func(what string) {
		t.Helper()
		if !answers.Scan() || answers.Text() != what {
			t.Fatalf("writer said %q, want %q (%v)", answers.Text(), what, answers.Err())
		}
	}
	expect("ready")

	// The writer holds the index: a second writer is refused.
	if w, err := Open(dir); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("in use by pid %d", cmd.Process.Pid)) {
		w.Close()
		t.Fatalf("a second writer: %v", err)
	}
	count := func(r *Index, q string) uint64 {
		t.Helper()
		res, err := r.Search(context.Background(), Request{Query: q, Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	r1, err := OpenReader(dir)
	if err != nil {
		t.Fatalf("reader while the writer runs: %v", err)
	}
	defer r1.Close()
	if n := count(r1, ""); n != 4 {
		t.Fatalf("reader sees %d actions, want the first paper's 4", n)
	}
	var exported int
	if err := r1.Export(context.Background(), Request{Query: "lung"}, func(action.Record) error { exported++; return nil }); err != nil || exported != 2 {
		t.Fatalf("export while the writer runs: %d rows, %v", exported, err)
	}
	if _, err := r1.Replace(context.Background(), fixtures()[1]); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("a reader's write: %v, want ErrReadOnly", err)
	}

	// The writer adds a paper and publishes: a new reader sees it, the one
	// already open keeps the snapshot it has, though it is gone from disk.
	fmt.Fprintln(stdin, "add 1")
	expect("ok")
	r2, err := OpenReader(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	if n := count(r2, ""); n != 7 {
		t.Fatalf("new reader sees %d actions, want 7", n)
	}
	if n := count(r1, "lung"); n != 2 {
		t.Fatalf("old reader finds %d lung actions, want 2", n)
	}
	snaps, _ := os.ReadDir(filepath.Join(dir, snapshotsDir))
	if len(snaps) != 2 { // the newest snapshot and CURRENT
		t.Errorf("snapshots dir holds %d entries: old ones are not removed", len(snaps))
	}

	// The writer closes: it publishes on the way out, and its lock is free.
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("writer: %v", err)
	}
	w, err := Open(dir)
	if err != nil {
		t.Fatalf("open after the writer left: %v", err)
	}
	w.Close()
}

// indexedDir builds an index of exts in dir and closes it.
func indexedDir(t *testing.T, dir string, exts ...action.Extraction) string {
	t.Helper()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, ext := range exts {
		if _, err := ix.Replace(context.Background(), ext); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSnapshotLinksSegments: a snapshot shares the index's segment files
// (hard links), so publishing costs no copy of the data.
func TestSnapshotLinksSegments(t *testing.T) {
	ix := loaded(t)
	if err := ix.waitPersisted(persistTimeout); err != nil {
		t.Fatal(err)
	}
	// Merged into one segment first, so that scorch's merger, which would
	// otherwise merge the papers' segments and delete their files at any
	// moment, leaves the index's files as they are while they are compared.
	adv, err := ix.bi.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	if err := adv.(*scorch.Scorch).ForceMerge(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if err := ix.publish(); err != nil {
		t.Fatal(err)
	}
	name, err := currentSnapshot(ix.dir)
	if err != nil || name == "" {
		t.Fatalf("current snapshot %q, %v", name, err)
	}
	zaps, _ := filepath.Glob(filepath.Join(ix.dir, snapshotsDir, name, "store", "*.zap"))
	if len(zaps) == 0 {
		t.Fatal("snapshot has no segments")
	}
	// Readable by any user who may read the data dir.
	err = filepath.Walk(filepath.Join(ix.dir, snapshotsDir), func(p string, info os.FileInfo, err error) error {
		if err == nil && info.Mode().Perm()&0o004 == 0 {
			t.Errorf("%s is %v: other users cannot read it", p, info.Mode())
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, z := range zaps {
		a, err1 := os.Stat(z)
		b, err2 := os.Stat(filepath.Join(ix.dir, bleveDir, "store", filepath.Base(z)))
		if err1 != nil || err2 != nil || !os.SameFile(a, b) {
			t.Errorf("%s is not a link to the index's segment (%v, %v)", filepath.Base(z), err1, err2)
		}
	}
}

// TestSnapshotSegmentFiles: a segment bleve copies from the index's file
// is linked; one it writes out from memory is written, even where the
// index has a file of its name, which the persister may be writing still.
func TestSnapshotSegmentFiles(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	for name, data := range map[string]string{"persisted.zap": "a whole segment", "persisting.zap": "half a seg"} {
		if err := os.WriteFile(filepath.Join(src, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	d := &linkDir{src: src, dst: dst}

	// As bleve copies a persisted segment (copyToDirectory).
	w, err := d.GetWriter("persisted.zap")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(src, "persisted.zap"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.Copy(w, f)
	f.Close()
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	a, err1 := os.Stat(filepath.Join(src, "persisted.zap"))
	b, err2 := os.Stat(filepath.Join(dst, "persisted.zap"))
	if err1 != nil || err2 != nil || !os.SameFile(a, b) {
		t.Errorf("a persisted segment is not linked (%v, %v)", err1, err2)
	}

	// As bleve writes out a segment held in memory (persistToDirectory).
	w, err = d.GetWriter("persisting.zap")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(w, "the whole segment"); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil || d.err != nil {
		t.Fatal(err, d.err)
	}
	got, err := os.ReadFile(filepath.Join(dst, "persisting.zap"))
	if err != nil || string(got) != "the whole segment" {
		t.Errorf("a segment written from memory holds %q (%v)", got, err)
	}
	if left, _ := os.ReadFile(filepath.Join(src, "persisting.zap")); string(left) != "half a seg" {
		t.Errorf("the index's own file became %q", left)
	}
}

// TestReadOnlyIndex: an index on storage the process cannot write (here a
// directory made read-only, and the reader running as another user when
// the test runs as root, who may write anything) can be searched and
// exported; Open, which needs to write LOCK, is refused.
func TestReadOnlyIndex(t *testing.T) {
	base := t.TempDir()
	dir := indexedDir(t, filepath.Join(base, "index"), fixtures()...)
	for _, withSnapshots := range []bool{true, false} {
		name := "published snapshot"
		if !withSnapshots {
			// As copied by an older version, or by hand without them.
			name = "index alone"
			if err := os.RemoveAll(filepath.Join(dir, snapshotsDir)); err != nil {
				t.Fatal(err)
			}
			os.Remove(filepath.Join(dir, lockName))
		}
		t.Run(name, func(t *testing.T) {
			if os.Geteuid() == 0 {
				readAsNobody(t, base, dir, !withSnapshots)
				return
			}
			setWritable(t, dir, false)
			defer setWritable(t, dir, true)
			if w, err := Open(dir); err == nil {
				w.Close()
				t.Fatal("Open on a read-only index succeeded")
			}
			if err := readAll(dir); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// readAll opens dir for reading, then searches and exports it.
func readAll(dir string) error {
	r, err := OpenReader(dir)
	if err != nil {
		return err
	}
	defer r.Close()
	res, err := r.Search(context.Background(), Request{Query: "lung", Facets: true, Highlight: true})
	if err != nil {
		return err
	}
	if res.Total != 3 {
		return fmt.Errorf("search found %d lung actions, want 3", res.Total)
	}
	var sb strings.Builder
	n, err := r.ExportTo(context.Background(), Request{}, &sb, ExportFormat{})
	if err != nil || n != 9 {
		return fmt.Errorf("export: %d rows, %v", n, err)
	}
	return nil
}

// envReadOnly makes the test binary run readAll on a directory, as the
// unprivileged reader of TestReadOnlyIndex.
const envReadOnly = "COUNCILACTIONS_TEST_READ_ONLY"

// readOnlyProcess reads dir, which it may not write, and says "ok" or why
// not.
func readOnlyProcess(dir string, out io.Writer) int {
	if err := readAll(dir); err != nil {
		fmt.Fprintln(out, "error:", err)
		return 1
	}
	if w, err := Open(dir); err == nil {
		w.Close()
		fmt.Fprintln(out, "error: Open succeeded without write access")
		return 1
	}
	fmt.Fprintln(out, "ok")
	return 0
}

// readAsNobody runs readOnlyProcess as user nobody, who may not write the
// index. The snapshots a writer publishes are readable by other users as
// they are; with grant the whole index is made readable too, as a copy for
// analysts would be.
func readAsNobody(t *testing.T, base, dir string, grant bool) {
	t.Helper()
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if !grant {
			return filepath.SkipAll
		}
		if err != nil {
			return err
		}
		// Readable by all, and searchable where the owner may search.
		perm := info.Mode().Perm()
		return os.Chmod(p, perm|0o444|(perm&0o100)>>3|(perm&0o100)>>6)
	})
	if err != nil {
		t.Fatal(err)
	}
	// nobody must reach the index, and run a copy of this binary.
	for d := filepath.Dir(dir); strings.HasPrefix(d, os.TempDir()+"/"); d = filepath.Dir(d) {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if st, err := os.Stat(os.TempDir()); err != nil || st.Mode().Perm()&0o001 == 0 {
		t.Skipf("%s is closed to other users: cannot run a reader as nobody", os.TempDir())
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(base, "reader.test")
	b, err := os.ReadFile(self)
	if err == nil {
		err = os.WriteFile(exe, b, 0o755)
	}
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), envReadOnly+"="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Fatalf("reader as nobody: %v\n%s", err, out)
	}
}

// setWritable adds or takes away write permission on dir and all in it.
func setWritable(t *testing.T, dir string, w bool) {
	t.Helper()
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		mode := info.Mode().Perm()
		if w {
			mode |= 0o200
		} else {
			mode &^= 0o222
		}
		return os.Chmod(p, mode)
	})
	if err != nil {
		t.Fatal(err)
	}
}
