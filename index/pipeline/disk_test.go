//go:build linux

package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest"
)

// A run on a disk that fills up, in a child process (this test binary,
// started by TestMain with diskChildEnv set), so that the fault — a small
// tmpfs mounted over the index in a mount namespace of its own, or a file
// size limit — is the child's alone and the kernel's own write errors reach
// bleve. The child runs, heals the disk, runs again and reports.
const diskChildEnv = "COUNCILACTIONS_TEST_DISK_CHILD"

func TestMain(m *testing.M) {
	if mode := os.Getenv(diskChildEnv); mode != "" {
		if err := diskChild(mode, os.Getenv("PAPERS"), os.Getenv("DATA")); err != nil {
			fmt.Fprintln(os.Stderr, "disk child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// diskReport is what the child saw.
type diskReport struct {
	First, Second   runReport
	OnDiskAfter1    []string // papers the index held when reopened after the first run
	FirstCloseError string
}

type runReport struct {
	Docs           DocCounts
	Actions        index.Change
	Failed         []string // failed papers (base names) and, for the source, "source: …"
	Err            string
	Indexed        int    // documents without a failure in the index after the run
	ActionsInIndex uint64 // actions in the index after the run
}

func diskChild(mode, papers, data string) error {
	ixDir := IndexDir(data)
	if err := os.MkdirAll(ixDir, 0o755); err != nil {
		return err
	}
	var heal func() error
	switch mode {
	case "tmpfs":
		// Our mounts must not leak to the parent's namespace.
		if err := unix.Mount("", "/", "", unix.MS_REC|unix.MS_PRIVATE, ""); err != nil {
			return fmt.Errorf("make / private: %w", err)
		}
		if err := unix.Mount("tmpfs", ixDir, "tmpfs", 0, "size=768k"); err != nil {
			return fmt.Errorf("mount tmpfs: %w", err)
		}
		heal = func() error { return unix.Mount("tmpfs", ixDir, "tmpfs", unix.MS_REMOUNT, "size=64m") }
	case "fsize":
		// Writes past 64 KiB in any one file fail with EFBIG (instead of
		// killing the process with SIGXFSZ).
		signal.Ignore(syscall.SIGXFSZ)
		var lim unix.Rlimit
		if err := unix.Getrlimit(unix.RLIMIT_FSIZE, &lim); err != nil {
			return err
		}
		hard := lim.Max
		if err := unix.Setrlimit(unix.RLIMIT_FSIZE, &unix.Rlimit{Cur: 64 << 10, Max: hard}); err != nil {
			return err
		}
		heal = func() error { return unix.Setrlimit(unix.RLIMIT_FSIZE, &unix.Rlimit{Cur: hard, Max: hard}) }
	default:
		return fmt.Errorf("unknown mode %q", mode)
	}
	cfg := DefaultConfig()
	cfg.DataDir = data
	cfg.Sources = []ingest.SourceConfig{{Name: "folder", Kind: ingest.KindDir, Path: papers}}
	// Sync often, so that some papers reach the disk before it fills.
	syncEvery = 4
	var rep diskReport
	var err error
	rep.First, err = diskRun(cfg, &rep.FirstCloseError)
	if err != nil {
		return err
	}
	if err := heal(); err != nil {
		return fmt.Errorf("heal: %w", err)
	}
	ix, err := index.Open(ixDir)
	if err != nil {
		return err
	}
	docs, err := ix.Documents(context.Background())
	if err != nil {
		return err
	}
	for _, d := range docs {
		if d.Error == "" {
			rep.OnDiskAfter1 = append(rep.OnDiskAfter1, filepath.Base(d.Source))
		}
	}
	if err := ix.Close(); err != nil {
		return err
	}
	var closeErr string
	if rep.Second, err = diskRun(cfg, &closeErr); err != nil {
		return err
	}
	if closeErr != "" {
		return fmt.Errorf("second close: %s", closeErr)
	}
	return json.NewEncoder(os.Stdout).Encode(rep)
}

func diskRun(cfg Config, closeErr *string) (runReport, error) {
	ix, err := index.Open(IndexDir(cfg.DataDir))
	if err != nil {
		return runReport{}, err
	}
	sum, err := Run(context.Background(), cfg, ix, nil, nil)
	r := runReport{Docs: sum.Documents, Actions: sum.Actions}
	if err != nil {
		r.Err = err.Error()
	}
	for _, f := range sum.Failed {
		if f.Path == "" {
			r.Failed = append(r.Failed, "source: "+f.Err.Error())
		} else {
			r.Failed = append(r.Failed, filepath.Base(f.Path)+": "+f.Err.Error())
		}
	}
	if docs, err := ix.Documents(context.Background()); err == nil {
		for _, d := range docs {
			if d.Error == "" {
				r.Indexed++
			}
		}
	}
	if res, err := ix.Search(context.Background(), index.Request{Size: 1}); err == nil {
		r.ActionsInIndex = res.Total
	}
	if err := ix.Close(); err != nil {
		*closeErr = err.Error()
	}
	return r, nil
}

// TestFullDiskFailsLoudlyAndHeals: when the index cannot be written (a full
// disk; a file size limit), the papers not on disk fail, the source fails
// with the disk's error, and nothing is counted indexed that the index does
// not hold when opened again; a run on the healed disk completes the work.
func TestFullDiskFailsLoudlyAndHeals(t *testing.T) {
	papers := t.TempDir()
	seeds, _ := filepath.Glob("../../fixtures/seeds/*.txt")
	var names []string
	for i := 0; i < 8; i++ {
		for _, s := range seeds {
			b, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("%d-%s", i, filepath.Base(s))
			names = append(names, name)
			os.WriteFile(filepath.Join(papers, name), b, 0o644)
		}
	}
	// What a healthy disk holds after one run.
	want, err := diskRun(Config{DataDir: t.TempDir(), Crawl: DefaultConfig().Crawl, Sources: []ingest.SourceConfig{{Name: "folder", Kind: ingest.KindDir, Path: papers}}}, new(string))
	if err != nil || want.Docs.New != len(names) {
		t.Fatalf("healthy run: %+v %v", want, err)
	}

	for _, mode := range []struct{ name, diskError string }{
		{"tmpfs", "no space left on device"},
		{"fsize", "file too large"},
	} {
		t.Run(mode.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), diskChildEnv+"="+mode.name, "PAPERS="+papers, "DATA="+t.TempDir())
			if mode.name == "tmpfs" {
				cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWNS}
				if os.Geteuid() != 0 {
					cmd.SysProcAttr.Cloneflags |= syscall.CLONE_NEWUSER
					cmd.SysProcAttr.UidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Geteuid(), Size: 1}}
					cmd.SysProcAttr.GidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getegid(), Size: 1}}
				}
			}
			var stderr strings.Builder
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				if mode.name == "tmpfs" && (errors.Is(err, syscall.EPERM) || strings.Contains(stderr.String(), "mount")) {
					t.Skipf("no mount namespace here (%v %s); the fsize case still runs", err, stderr.String())
				}
				t.Fatalf("child: %v\n%s", err, stderr.String())
			}
			var rep diskReport
			if err := json.Unmarshal(out, &rep); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			first := rep.First
			t.Logf("first run: %+v, %d on disk after it", first.Docs, len(rep.OnDiskAfter1))

			// The first run fails, loudly, naming the disk's error.
			if first.Err != "" || first.Docs.Failed == 0 || len(first.Failed) != 1 || !strings.HasPrefix(first.Failed[0], "source: ") ||
				!strings.Contains(first.Failed[0], "index write failed") || !strings.Contains(first.Failed[0], mode.diskError) ||
				!strings.Contains(first.Failed[0], fmt.Sprintf("(%d papers not written", first.Docs.Failed)) {
				t.Errorf("first run on a full disk: %+v; want the source failed in one line naming the disk's error, failures %q", first.Docs, first.Failed)
			}
			// Nothing counted indexed that the index does not hold; the
			// papers after the failure are not reached.
			if first.Docs.New > len(rep.OnDiskAfter1) || first.Docs.New+first.Docs.Failed > len(names) {
				t.Errorf("first run counted %d papers indexed, %d failed; the index holds %d of %d", first.Docs.New, first.Docs.Failed, len(rep.OnDiskAfter1), len(names))
			}
			if mode.name == "tmpfs" && first.Docs.New == 0 {
				// (A 64 KiB file limit is reached at the first sync.)
				t.Errorf("no paper reached the disk before it filled: the test shows less than it should")
			}
			// The healed disk's run completes the work.
			second := rep.Second
			if second.Err != "" || len(second.Failed) != 0 || second.Docs.New+second.Docs.Unchanged != len(names) ||
				second.Indexed != len(names) || second.ActionsInIndex != want.ActionsInIndex {
				t.Errorf("run on the healed disk: %+v, %d papers and %d actions indexed (want %d), failures %q",
					second.Docs, second.Indexed, second.ActionsInIndex, want.ActionsInIndex, second.Failed)
			}
		})
	}
}
