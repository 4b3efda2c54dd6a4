package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/councilactions/councilactions/index/pipeline"
)

// councilactions starts this test binary as the councilactions command (see
// TestMain) with args; stdout and stderr are collected.
func councilactions(args ...string) (*exec.Cmd, *syncBuffer, *syncBuffer) {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "COUNCILACTIONS_TEST_ARGS="+strings.Join(args, " "))
	var out, errOut syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	return cmd, &out, &errOut
}

func exitCode(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

// hangingFolder makes a folder of two papers, a good one and one that
// hangs its reader ("hang.pdf", see hangingExtract), and a config with a
// dir source over it and the given extract timeout. One worker reads them
// in order, the hanging one last, so that a test that waits for the hang
// knows the good paper is done (two could read it alongside the hang and
// not have finished under load).
func hangingFolder(t *testing.T, timeout string) (config, dataDir string) {
	t.Helper()
	dir := t.TempDir()
	papers := filepath.Join(dir, "papers")
	os.MkdirAll(papers, 0o755)
	data, err := os.ReadFile(seed004)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(papers, "004.txt"), data, 0o644)
	os.WriteFile(filepath.Join(papers, "hang.pdf"), []byte("%PDF-1.4\n"), 0o644)
	dataDir = filepath.Join(dir, "data")
	config = filepath.Join(dir, "config.yaml")
	yaml := fmt.Sprintf("data_dir: %s\nextract:\n  timeout: %s\n  workers: 1\nsources:\n  - name: folder\n    kind: dir\n    path: %s\n", dataDir, timeout, papers)
	if err := os.WriteFile(config, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return config, dataDir
}

// TestRunSurvivesAHangingPaper: a paper whose reader never returns costs
// that paper its time budget, not the run: the run goes on, reports it and
// exits non-zero. The next run does not spend the budget on it again but
// still reports it failed.
func TestRunSurvivesAHangingPaper(t *testing.T) {
	config, _ := hangingFolder(t, "2s")
	for i, want := range []string{"stopped after 2s, over its time budget (extract.timeout)", "tried again when the paper or councilactions changes"} {
		cmd, out, errOut := councilactions("run", "--config", config)
		err := cmd.Run()
		if exitCode(err) != 1 {
			t.Fatalf("run %d: exit %d (%v), want 1\n%s\n%s", i+1, exitCode(err), err, out, errOut)
		}
		if !strings.Contains(out.String(), "hang.pdf") || !strings.Contains(out.String(), want) || !strings.Contains(out.String(), "1 failed") {
			t.Errorf("run %d does not report hang.pdf failed (%q):\n%s", i+1, want, out)
		}
		wantNew := []string{"1 new", "0 new"}[i]
		if !strings.Contains(out.String(), wantNew) {
			t.Errorf("run %d: want %s:\n%s", i+1, wantNew, out)
		}
	}
}

// TestSignalEndsAStuckExtraction: `timeout 30 councilactions extract FILE`
// on a file that hangs its reader ends at the first SIGTERM (exit 143);
// `run` interrupted by Ctrl-C there exits 130 and keeps the paper it
// finished before.
func TestSignalEndsAStuckExtraction(t *testing.T) {
	config, _ := hangingFolder(t, "10m")
	papers := filepath.Join(filepath.Dir(config), "papers")
	tests := []struct {
		args []string
		sig  syscall.Signal
		code int
		want string
	}{
		{[]string{"extract", filepath.Join(papers, "hang.pdf"), "--config", config}, syscall.SIGTERM, 143, ""},
		{[]string{"run", "--config", config}, syscall.SIGINT, 130, "1 new"},
	}
	for _, tt := range tests {
		os.Remove(filepath.Join(filepath.Dir(config), "hanging"))
		cmd, out, errOut := councilactions(tt.args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until the worker is stuck in the hanging paper (and so,
		// in a run, has finished the other).
		worker := waitForChild(t, cmd.Process.Pid)
		waitForFile(t, filepath.Join(filepath.Dir(config), "hanging"))
		cmd.Process.Signal(tt.sig)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if exitCode(err) != tt.code {
				t.Errorf("%s stopped by %v: exit %d, want %d\n%s\n%s", tt.args[0], tt.sig, exitCode(err), tt.code, out, errOut)
			}
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%s on a hanging paper still running 30 s after %v", tt.args[0], tt.sig)
		}
		if !strings.Contains(out.String(), tt.want) || !strings.Contains(errOut.String(), "interrupted") {
			t.Errorf("%s: output lacks %q or \"interrupted\":\n%s\n%s", tt.args[0], tt.want, out, errOut)
		}
		if err := syscall.Kill(worker, 0); err == nil {
			t.Errorf("%s: worker %d outlived its command", tt.args[0], worker)
		}
	}
	// status says the run was interrupted, and counts what it finished.
	cfg, err := loadConfig(&globalOptions{configFile: config})
	if err != nil {
		t.Fatal(err)
	}
	st, err := pipeline.Statuses(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 || st[0].Result != "interrupted" || st[0].Counts.New != 1 || st[0].Counts.ActionsAdded != 25 {
		t.Errorf("status after Ctrl-C: %+v", st)
	}
}

// waitForChild returns the pid of the first child of parent, once the
// parent has one (the extraction worker).
func waitForChild(t *testing.T, parent int) int {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		stats, _ := filepath.Glob("/proc/[0-9]*/stat")
		for _, p := range stats {
			b, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			// pid (comm) state ppid …; comm may hold spaces, so split after ')'.
			s := string(b)
			fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
			if len(fields) > 1 && fields[1] == strconv.Itoa(parent) {
				pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(p)))
				return pid
			}
		}
	}
	t.Fatalf("process %d started no worker", parent)
	return 0
}

// waitForFile waits until path exists.
func waitForFile(t *testing.T, path string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(path); err == nil {
			return
		}
	}
	t.Fatalf("%s never appeared", path)
}
