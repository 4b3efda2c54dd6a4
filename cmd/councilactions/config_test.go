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
		{"data_dirr: x\n", "data_dirr"},
		{"crawl:\n  concurrency: 0\n", "crawl.concurrency"},
		{"crawl:\n  timeout: 2m\n  max_fetch_time: 1m\n", "crawl.max_fetch_time"},
		{"crawl:\n  timeout: soon\n", "timeout"},
		{"crawl:\n  max_document_bytes: lots\n", "max_document_bytes"},
		{"sources:\n  - name: a\n    kind: ftp\n", "sources[0] (a).kind"},
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
