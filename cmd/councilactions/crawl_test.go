package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/fixtures/sites"
	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/ingest"
)

func TestCrawlCommandAndStatus(t *testing.T) {
	mg := httptest.NewServer(sites.ModernGov("../../fixtures/seeds"))
	defer mg.Close()
	cm := httptest.NewServer(sites.CMIS("../../fixtures/seeds"))
	defer cm.Close()
	cfg := pipeline.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Crawl.PerHostInterval = time.Millisecond
	cfg.Sources = sites.DemoSources(mg.URL, cm.URL)
	cfg.Sources[0].Schedule = "0 3 * * *"
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runCrawl(context.Background(), cfg, &crawlOptions{}, &out, &out); err != nil {
		t.Fatalf("crawl: %v\n%s", err, out.String())
	}
	for _, want := range []string{
		"oadby-wigston-hwb   moderngov  4         3    0        0          0       0        —        ok",
		"leicestershire-hwb  moderngov  1         1    0        0          0       0        —        ok",
		"harborough-hwb      cmis       2         1    0        0          0       0        —        ok",
		"documents: 5 new, 0 changed, 0 unchanged, 0 removed, 0 failed",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("crawl output lacks %q:\n%s", want, out.String())
		}
	}

	st, err := pipeline.Statuses(cfg)
	if err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := printStatus(&out, st); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "4         3    0        0          0       0        —        ok      ") || !strings.Contains(out.String(), "[0 3 * * *]") {
		t.Errorf("status output:\n%s", out.String())
	}

	// A source that cannot be reached fails the command.
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	cfg.Crawl.Retries = 0
	cfg.Sources = append(cfg.Sources, ingest.SourceConfig{Name: "gone", Kind: ingest.KindCMIS, URL: dead.URL, CommitteeID: 1})
	out.Reset()
	err = runCrawl(context.Background(), cfg, &crawlOptions{}, &out, &out)
	if err == nil || !strings.Contains(err.Error(), "1 of 4 sources and 0 papers failed") {
		t.Errorf("err = %v, want one failed source", err)
	}
	if !strings.Contains(out.String(), "failed: source gone:") {
		t.Errorf("output does not name the failed source:\n%s", out.String())
	}
	if err := runCrawl(context.Background(), cfg, &crawlOptions{sources: []string{"nope"}}, &out, &out); err == nil {
		t.Error("unknown --source accepted")
	}
}
