package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadConfig(t *testing.T) {
	p := writeConfig(t, `
data_dir: /tmp/ca-data
crawl:
  per_host_interval: 2s
  max_document_bytes: 10MB
sources:
  - name: papers
    kind: dir
    path: ./papers
    board: A Board
`)
	t.Setenv("COUNCILACTIONS_CRAWL_USER_AGENT", "tester/1.0")
	cfg, err := loadConfig(&globalOptions{configFile: p})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DataDir != "/tmp/ca-data" || cfg.Crawl.PerHostInterval != 2*time.Second || cfg.Crawl.MaxDocumentBytes != 10_000_000 {
		t.Errorf("file values not read: %+v", cfg)
	}
	if cfg.Crawl.UserAgent != "tester/1.0" {
		t.Errorf("env not applied: user_agent = %q", cfg.Crawl.UserAgent)
	}
	if cfg.Crawl.Retries != 3 || cfg.Server.Addr != "127.0.0.1:8080" {
		t.Errorf("defaults lost: %+v", cfg)
	}
	if len(cfg.Sources) != 1 || cfg.Sources[0].Board != "A Board" {
		t.Errorf("sources = %+v", cfg.Sources)
	}
	cfg, err = loadConfig(&globalOptions{configFile: p, dataDir: "/elsewhere"})
	if err != nil || cfg.DataDir != "/elsewhere" {
		t.Errorf("--data-dir not applied: %q, %v", cfg.DataDir, err)
	}
	t.Setenv("COUNCILACTIONS_DATA_DIR", "/from-env")
	if cfg, _ := loadConfig(&globalOptions{configFile: p}); cfg.DataDir != "/from-env" {
		t.Errorf("COUNCILACTIONS_DATA_DIR not applied: %q", cfg.DataDir)
	}
}

func TestLoadConfigErrorsNameTheKey(t *testing.T) {
	tests := []struct{ body, want string }{
		{"data_dirr: x\n", "data_dirr: unknown key"},
		{"crawl:\n  concurrency: 0\n", "crawl.concurrency: 0: must be at least 1"},
		{"crawl:\n  timeout: 2m\n  max_fetch_time: 1m\n", "crawl.max_fetch_time: 1m0s: must be at least crawl.timeout (2m0s)"},
		{"crawl:\n  timeout: soon\n", `crawl.timeout: "soon" is not a duration such as 60s or 10m`},
		{"crawl:\n  concurrency: many\n", `crawl.concurrency: "many" is not a whole number`},
		{"crawl:\n  max_document_bytes: lots\n", `crawl.max_document_bytes: "lots" is not a size such as 50MB`},
		{"extract:\n  max_memory: 1MB\n", "extract.max_memory: 1000000 bytes: must be at least 64MiB"},
		{"extract:\n  ocr: always\n", `extract.ocr: "always" is not auto or off`},
		{"extract:\n  ocr_page_timeout: -1s\n", "extract.ocr_page_timeout: -1s: must not be negative"},
		{"extract:\n  workers: -2\n", "extract.workers: -2: must be 0 (one per core) or more"},
		{"sources:\n  - name: a\n    kind: dir\n    paht: x\n", "sources[0].paht: unknown key"},
		{"sources:\n  - name: a\n    kind: dir\n    path: p\n    committee_id: x\n", `sources[0].committee_id: "x" is not a whole number`},
		{"crawl:\n  timout: 1s\n  retries: x\n", `crawl.retries: "x" is not a whole number; crawl.timout: unknown key`},
		{"sources:\n  - name: a\n    kind: html\n    url: https://x\n    patterns: ['ok', '(']\n", `sources[0].patterns[1]: "(" is not a regular expression`},
		{"sources:\n  - name: a\n    kind: ftp\n", `sources[0].kind: "ftp" is not one of moderngov, cmis, html, dir (source "a")`},
		{"sources:\n  - name: a\n    kind: moderngov\n    url: https://x\n", "committee_id"},
		{"sources:\n  - name: a\n    kind: dir\n    path: p\n  - name: a\n    kind: dir\n    path: q\n", "used twice"},
		{"sources:\n  - name: a\n    kind: dir\n    path: p\n    since: 2020\n", "since"},
		{"sources:\n  - name: north board\n    kind: dir\n    path: p\n  - name: north-board\n    kind: dir\n    path: q\n", "used twice"},
	}
	for _, tt := range tests {
		_, err := loadConfig(&globalOptions{configFile: writeConfig(t, tt.body)})
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("config %q: err = %v, want one line naming %q", tt.body, err, tt.want)
		}
	}
	if _, err := loadConfig(&globalOptions{configFile: "/nonexistent/config.yaml"}); err == nil {
		t.Error("a missing --config file is not an error")
	}
}

func TestShippedConfigIsValid(t *testing.T) {
	cfg, err := loadConfig(&globalOptions{configFile: "../../config.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Sources) < 3 {
		t.Errorf("shipped config lists %d sources", len(cfg.Sources))
	}
}

// TestConfigPathsResolveAgainstTheConfigFile: data_dir and a folder
// source's path written in the config are relative to the config file's
// folder, so that cron (whose working directory is the home folder) and a
// person in the project folder mean the same; a --data-dir given on the
// command line or in the environment stays relative to where it is given.
func TestConfigPathsResolveAgainstTheConfigFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "config.yaml")
	os.WriteFile(p, []byte("data_dir: data\nsources:\n  - {name: a, kind: dir, path: ./papers}\n  - {name: b, kind: dir, path: /srv/papers}\n"), 0o644)
	cfg, err := loadConfig(&globalOptions{configFile: p})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DataDir != filepath.Join(dir, "data") || cfg.Sources[0].Path != filepath.Join(dir, "papers") || cfg.Sources[1].Path != "/srv/papers" {
		t.Errorf("data_dir %q, paths %q %q", cfg.DataDir, cfg.Sources[0].Path, cfg.Sources[1].Path)
	}
	if cfg, _ := loadConfig(&globalOptions{configFile: p, dataDir: "here"}); cfg.DataDir != "here" {
		t.Errorf("--data-dir here gave %q", cfg.DataDir)
	}
	t.Setenv("COUNCILACTIONS_DATA_DIR", "there")
	if cfg, _ := loadConfig(&globalOptions{configFile: p}); cfg.DataDir != "there" {
		t.Errorf("COUNCILACTIONS_DATA_DIR=there gave %q", cfg.DataDir)
	}
}

// TestNoConfigSaysWhatToDo: without a config file, the commands that need
// sources say what to do, exit 2, print no empty table and create no data
// dir; --version answers.
func TestNoConfigSaysWhatToDo(t *testing.T) {
	for _, args := range [][]string{{"run"}, {"crawl"}, {"schedule"}, {"status"}} {
		dir := t.TempDir()
		cmd, out, errOut := councilactions(args...)
		cmd.Dir = dir
		err := cmd.Run()
		if exitCode(err) != 2 || !strings.Contains(errOut.String(), "no config file") || !strings.Contains(errOut.String(), "councilactions demo") || out.String() != "" {
			t.Errorf("%v without a config: exit %d\nstdout %q\nstderr %q", args, exitCode(err), out, errOut)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("%v without a config created %v", args, entries)
		}
	}
	empty := writeConfig(t, "data_dir: d\n")
	if _, _, err := searchCLI(t, "run", "--config", empty); err == nil || !strings.Contains(err.Error(), "lists no sources") {
		t.Errorf("a config without sources: %v", err)
	}
	out, _, err := searchCLI(t, "--version")
	if err != nil || !strings.HasPrefix(out, "councilactions ") || len(strings.TrimSpace(out)) <= len("councilactions ") {
		t.Errorf("--version: %q %v", out, err)
	}
}

// TestStatusJSONLeavesOutWhatIsNotThere: a source never run and not
// scheduled has no times, counts or failures in status --json (not
// 0001-01-01 or null).
func TestStatusJSONLeavesOutWhatIsNotThere(t *testing.T) {
	p := writeConfig(t, "data_dir: d\nsources:\n  - {name: a, kind: dir, path: p}\n")
	out, _, err := searchCLI(t, "status", "--json", "--config", p)
	if err != nil {
		t.Fatal(err)
	}
	for _, absent := range []string{"0001-01-01", "null", "last_run", "next_run", "counts", "failures"} {
		if strings.Contains(out, absent) {
			t.Errorf("status --json of a source never run has %s:\n%s", absent, out)
		}
	}
	if !strings.Contains(out, `"result": "never"`) {
		t.Errorf("status --json:\n%s", out)
	}
}

// FuzzConfig reads mutated config files: whatever the bytes, loading gives
// a valid config or one line naming the file, never a panic.
func FuzzConfig(f *testing.F) {
	shipped, err := os.ReadFile("../../config.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(shipped)
	for _, s := range []string{
		"data_dir: x\ncrawl:\n  timeout: soon\n  max_document_bytes: 1KB\n",
		"sources:\n  - name: a\n    kind: html\n    url: https://x\n    patterns: ['(']\n    since: 2020-01-01\n",
		"sources:\n  - {name: a, kind: moderngov, url: 'https://x', committee_id: 3, schedule: '0 3 * * *'}\n",
		"alerts:\n  - name: a\n    search: 'board=x&change=slipped'\n    webhook: https://hooks.example/a\n",
		"extract: [1, 2]\nserver: {addr: ''}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "config.yaml")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		cfg, err := loadConfig(&globalOptions{configFile: p})
		if err != nil {
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, p) {
				t.Fatalf("error not one line naming %s: %q", p, msg)
			}
			return
		}
		if err := cfg.Validate(); err != nil {
			t.Fatalf("loaded a config that does not validate: %v", err)
		}
	})
}
