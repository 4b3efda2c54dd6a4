package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/councilactions/councilactions/index/pipeline"
)

// TestReadOnlyDataDir: search, export and serve work on an index this
// user may not write — here a data dir read by user nobody when the test
// runs as root (who may write anything), or made read-only otherwise —
// where they used to fail creating the index's LOCK.
func TestReadOnlyDataDir(t *testing.T) {
	dataDir := searchDataDir(t)
	// Make the published snapshots the only way in for another user, and
	// the data dir unwritable for this one.
	reader := readOnlyReader(t, dataDir)

	out, err := reader("search", "lung", "--json", "--data-dir", dataDir).Output()
	if err != nil {
		t.Fatalf("search on a read-only index: %v\n%s", err, exitText(err))
	}
	var res struct{ Total int }
	if err := json.Unmarshal(out, &res); err != nil || res.Total != 3 {
		t.Fatalf("search: %d hits (%v), want 3\n%s", res.Total, err, out)
	}
	out, err = reader("export", "--format", "jsonl", "--data-dir", dataDir).Output()
	if err != nil {
		t.Fatalf("export on a read-only index: %v\n%s", err, exitText(err))
	}
	if n := strings.Count(string(out), "\n"); n != 4 {
		t.Fatalf("export: %d lines, want 4", n)
	}

	serve := reader("serve", "--addr", "127.0.0.1:0", "--data-dir", dataDir)
	logs, err := serve.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer serve.Process.Kill()
	addr := regexp.MustCompile(`url=(http://127\.0\.0\.1:\d+/)`)
	sc := bufio.NewScanner(logs)
	base := ""
	for base == "" && sc.Scan() {
		if m := addr.FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		serve.Process.Kill()
		serve.Wait()
		t.Fatalf("serve on a read-only index did not start (last line %q)", sc.Text())
	}
	go io.Copy(io.Discard, logs)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"api/search?q=lung", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	res.Total = 0
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil || resp.StatusCode != http.StatusOK || res.Total != 3 {
		t.Fatalf("serve: %d, %d hits (%v)", resp.StatusCode, res.Total, err)
	}
	serve.Process.Signal(syscall.SIGTERM)
	serve.Wait()

	// And a writer is refused, saying why. (It needs a source to run,
	// from the config file it finds in its working directory.)
	if err := os.WriteFile(filepath.Join(filepath.Dir(dataDir), "config.yaml"), []byte("sources:\n  - {name: here, kind: dir, path: .}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = reader("run", "--data-dir", dataDir).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "permission denied") && !strings.Contains(string(out), "read-only") {
		t.Errorf("run on a read-only index: %v\n%s", err, out)
	}
}

// readOnlyReader returns a maker of commands that run this binary as the
// councilactions command without write access to dataDir: as user nobody
// when the test runs as root, else as this user with dataDir made
// read-only.
func readOnlyReader(t *testing.T, dataDir string) func(args ...string) *exec.Cmd {
	t.Helper()
	exe := os.Args[0]
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		// nobody must reach the data dir and run a copy of this binary;
		// the index's own files stay as the writer left them.
		for d := dataDir; strings.HasPrefix(d, os.TempDir()+"/"); d = filepath.Dir(d) {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if st, err := os.Stat(os.TempDir()); err != nil || st.Mode().Perm()&0o001 == 0 {
			t.Skipf("%s is closed to other users", os.TempDir())
		}
		b, err := os.ReadFile(exe)
		if err != nil {
			t.Fatal(err)
		}
		exe = filepath.Join(filepath.Dir(dataDir), "reader.test")
		if err := os.WriteFile(exe, b, 0o755); err != nil {
			t.Fatal(err)
		}
		cred = &syscall.Credential{Uid: 65534, Gid: 65534}
	} else {
		chmodTree(t, pipeline.IndexDir(dataDir), 0o222, false)
		t.Cleanup(func() { chmodTree(t, pipeline.IndexDir(dataDir), 0o200, true) })
	}
	return func(args ...string) *exec.Cmd {
		cmd := exec.Command(exe)
		cmd.Env = append(os.Environ(), "COUNCILACTIONS_TEST_ARGS="+strings.Join(args, " "), "HOME=/nonexistent")
		cmd.Dir = filepath.Dir(dataDir)
		if cred != nil {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		}
		return cmd
	}
}

// chmodTree adds (or takes away) the bits in mask on dir and all in it.
func chmodTree(t *testing.T, dir string, mask os.FileMode, add bool) {
	t.Helper()
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		mode := info.Mode().Perm() &^ mask
		if add {
			mode = info.Mode().Perm() | mask
		}
		return os.Chmod(p, mode)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// exitText is what a failed command wrote to stderr.
func exitText(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}
