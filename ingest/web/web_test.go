package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/crawl"
	"github.com/councilactions/councilactions/ingest/fetch"
	"github.com/councilactions/councilactions/ingest/state"
)

func TestCrawlOwnSite(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	full := 0 // 200 answers for papers
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits["other"+r.URL.Path]++
		mu.Unlock()
	}))
	defer other.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/":
			fmt.Fprint(w, `<html><body><a href="/minutes/">Minutes</a> <a href="/news/">News</a></body></html>`)
		case "/minutes/":
			fmt.Fprintf(w, `<html><body>
<a href="/files/plan.txt">Action plan 23 June 2020</a>
<a href="files/minutes%%201.txt#p2">Minutes</a>
<a href="/private/secret.txt">Secret</a>
<a href="%s/files/partner.txt">Partner</a>
<a href="/minutes/?page=2">Older</a></body></html>`, other.URL)
		case "/files/plan.txt", "/minutes/files/minutes 1.txt", "/private/secret.txt":
			w.Header().Set("ETag", `"`+r.URL.Path+`"`)
			if r.Header.Get("If-None-Match") == `"`+r.URL.Path+`"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			mu.Lock()
			full++
			mu.Unlock()
			fmt.Fprint(w, "1\tDo the thing\tA Person\tMarch 2021\tComplete\n")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	cfg := ingest.SourceConfig{Name: "own-site", Kind: ingest.KindHTML, URL: srv.URL + "/", Board: "A Board",
		Follow: []string{`/minutes/$`}, Patterns: []string{`\.txt$`}}
	dataDir := t.TempDir()
	run := func() ([]ingest.Document, ingest.CrawlStats) {
		st, err := state.Open(filepath.Join(dataDir, "s.db"), time.Second)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		f := fetch.New(fetch.Config{UserAgent: "councilactions/test", Interval: time.Millisecond, Concurrency: 1, Timeout: 5 * time.Second, MaxBytes: 1 << 20})
		src := New(cfg, crawl.Env{Fetcher: f, State: st, DataDir: dataDir, Crawl: ingest.DefaultCrawl()})
		docs, err := src.Documents(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return docs, src.Stats()
	}
	docs, stats := run()
	if len(docs) != 2 {
		t.Fatalf("%d documents: %+v", len(docs), docs)
	}
	if stats.New != 2 || stats.Failed != 1 { // the robots-disallowed paper
		t.Errorf("stats %+v", stats)
	}
	for _, d := range docs {
		if u, _ := url.Parse(d.URL); u.Path == "/files/plan.txt" && (d.MeetingDate != "2020-06-23" || d.Board != "A Board") {
			t.Errorf("plan: %+v", d)
		}
	}
	mu.Lock()
	if hits["/private/secret.txt"] != 0 || hits["other/files/partner.txt"] != 0 || hits["/news/"] != 0 {
		t.Errorf("disallowed, off-site or unfollowed pages fetched: %v", hits)
	}
	full = 0
	mu.Unlock()
	_, stats = run()
	mu.Lock()
	defer mu.Unlock()
	if full != 0 || stats.Unchanged != 2 {
		t.Errorf("second run downloaded %d papers; stats %+v", full, stats)
	}
}

func FuzzParseLinks(f *testing.F) {
	f.Add([]byte(`<a href="/minutes/">Minutes</a><a href="files/a b.txt#x">A</a><a href="javascript:x()">x</a><a href="http://other/x.pdf">o</a>`))
	f.Add([]byte(`<a href="&amp;amp;%zz">bad</a>`))
	page, _ := url.Parse("https://council.example.gov.uk/meetings/")
	f.Fuzz(func(t *testing.T, data []byte) {
		links, err := ParseLinks(page, data)
		if err != nil {
			return
		}
		for _, l := range links {
			u, err := url.Parse(l.URL)
			if err != nil || u.Host != page.Host {
				t.Fatalf("link %q leaves the host or does not parse", l.URL)
			}
		}
	})
}

// TestDefaultPatternTakesSpreadsheets: with no patterns configured, links
// to workbooks, OpenDocument papers and CSV logs are papers too.
func TestDefaultPatternTakesSpreadsheets(t *testing.T) {
	re := regexp.MustCompile(DefaultPattern)
	for _, u := range []string{"/a/plan.pdf", "/a/Action%20Log.XLSX", "/a/plan.xlsm?v=2", "/a/plan.ods", "/a/minutes.odt", "/a/log.csv", "/a/plan.docx"} {
		if !re.MatchString(u) {
			t.Errorf("%s is not taken as a paper", u)
		}
	}
	for _, u := range []string{"/a/photo.jpg", "/a/page.html", "/a/data.xlsx.html"} {
		if re.MatchString(u) {
			t.Errorf("%s is taken as a paper", u)
		}
	}
}
