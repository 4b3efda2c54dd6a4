package moderngov

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/councilactions/councilactions/fixtures/sites"
	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/crawl"
	"github.com/councilactions/councilactions/ingest/fetch"
	"github.com/councilactions/councilactions/ingest/state"
)

// hits counts requests by path (lower case, cookieless prefix kept).
type hits struct {
	mu     sync.Mutex
	byPath map[string]int
	// before, when set, runs first and may answer the request itself.
	before func(w http.ResponseWriter, r *http.Request) bool
}

func (h *hits) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		h.byPath[strings.ToLower(r.URL.Path)]++
		before := h.before
		h.mu.Unlock()
		if before != nil && before(w, r) {
			return
		}
		next.ServeHTTP(w, r)
	})
}

// count sums the hits on paths with the prefix.
func (h *hits) count(prefix string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for p, c := range h.byPath {
		if strings.HasPrefix(p, strings.ToLower(prefix)) {
			n += c
		}
	}
	return n
}

func (h *hits) reset() {
	h.mu.Lock()
	h.byPath = map[string]int{}
	h.mu.Unlock()
}

type fixture struct {
	site    *sites.ModernGovSite
	srv     *httptest.Server
	hits    *hits
	other   *hits // a second host, linked from the pages
	papers  string
	dataDir string
	cfg     ingest.SourceConfig
	now     time.Time
}

func copySeeds(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	seeds, err := filepath.Glob("../../fixtures/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("seed papers: %v", err)
	}
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// newFixture serves the seed ModernGov site with two list pages, one item
// with minutes (so an mgAi.aspx page) and an off-site link on each meeting.
func newFixture(t *testing.T, webService bool) *fixture {
	t.Helper()
	fx := &fixture{papers: copySeeds(t), dataDir: t.TempDir(), hits: &hits{byPath: map[string]int{}}, other: &hits{byPath: map[string]int{}}}
	otherSrv := httptest.NewServer(fx.other.wrap(http.NotFoundHandler()))
	t.Cleanup(otherSrv.Close)
	fx.site = &sites.ModernGovSite{Site: sites.Site{PapersDir: fx.papers, Committees: sites.SeedModernGov(), PerPage: 2}, WebService: webService}
	fx.site.OffsiteDoc = otherSrv.URL + "/documents/s999/Partner paper.txt"
	fx.site.Committees[0].Meetings[0].Items[1].Minutes = "RESOLVED that the Health Inequalities Report be noted."
	fx.srv = httptest.NewServer(fx.hits.wrap(fx.site))
	t.Cleanup(fx.srv.Close)
	fx.cfg = ingest.SourceConfig{Name: "oadby-wigston-hwb", Kind: ingest.KindModernGov, Council: "Oadby and Wigston Borough Council",
		Board: "Oadby and Wigston Health and Wellbeing Board", URL: fx.srv.URL, CommitteeID: 220, Since: "2019-01-01"}
	fx.now = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	return fx
}

// crawl runs the source once with its own state handle, as a run does.
func (fx *fixture) crawl(t *testing.T, ctx context.Context) ([]ingest.Document, ingest.CrawlStats, error) {
	t.Helper()
	st, err := state.Open(filepath.Join(fx.dataDir, "state.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cc := ingest.DefaultCrawl()
	cc.PerHostInterval = 2 * time.Millisecond
	f := fetch.New(fetch.Config{UserAgent: cc.UserAgent, Interval: cc.PerHostInterval, Concurrency: 2, Timeout: 5 * time.Second,
		Retries: 1, MaxBytes: 1 << 20, Backoff: time.Millisecond})
	src := New(fx.cfg, crawl.Env{Fetcher: f, State: st, DataDir: fx.dataDir, Crawl: cc, Now: func() time.Time { return fx.now }})
	docs, err := src.Documents(ctx)
	return docs, src.Stats(), err
}

// crawlFor crawls once and returns the stored document whose URL holds
// part.
func (fx *fixture) crawlFor(t *testing.T, part string) ingest.Document {
	t.Helper()
	docs, _, err := fx.crawl(t, context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if strings.Contains(d.URL, part) {
			return d
		}
	}
	t.Fatalf("no document at %s stored", part)
	return ingest.Document{}
}

func fileSHA(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

func byURL(docs []ingest.Document) map[string]ingest.Document {
	m := map[string]ingest.Document{}
	for _, d := range docs {
		m[d.URL] = d
	}
	return m
}

func TestCrawl(t *testing.T) {
	for _, ws := range []bool{false, true} {
		name := "html"
		if ws {
			name = "web service"
		}
		t.Run(name, func(t *testing.T) {
			fx := newFixture(t, ws)
			docs, stats, err := fx.crawl(t, context.Background())
			if err != nil {
				t.Fatal(err)
			}
			base := fx.srv.URL
			want := map[string]struct{ date, item, seed string }{
				base + "/documents/g1600/Printed%20minutes%2015th-Oct-2019%2018.00%20Oadby%20and%20Wigston%20Health%20and%20Wellbeing%20Board.txt": {"2019-10-15", "", "002_d4fdaa888dc2074a.txt"},
				base + "/mgAi.aspx?ID=5004": {"2019-10-15", "Health Inequalities Report", ""},
				base + "/documents/s20513/Health%20Inequalities%20Action%20Plan%20updated%20June%202020.txt": {"2020-06-23", "Health Inequalities Action Plan - Update", "000_086a73563f357bf8.txt"},
				base + "/documents/s23120/Health%20Inequalities%20Action%20Plan%202021-2023.txt":             {"2021-06-22", "Health Inequalities Action Plan 2021-2023", "001_6c1427c512f07a38.txt"},
			}
			got := byURL(docs)
			if len(got) != len(want) {
				var urls []string
				for u := range got {
					urls = append(urls, u)
				}
				sort.Strings(urls)
				t.Fatalf("got %d documents, want %d:\n%s", len(got), len(want), strings.Join(urls, "\n"))
			}
			for u, w := range want {
				d, ok := got[u]
				if !ok {
					t.Errorf("missing %s", u)
					continue
				}
				if d.MeetingDate != w.date {
					t.Errorf("%s: meeting date %q, want %q", u, d.MeetingDate, w.date)
				}
				if w.item != "" && d.ItemTitle != w.item {
					t.Errorf("%s: item title %q, want %q", u, d.ItemTitle, w.item)
				}
				if d.Source != fx.cfg.Name || d.Council != fx.cfg.Council || d.Board != fx.cfg.Board || d.Committee == "" {
					t.Errorf("%s: provenance %+v", u, d)
				}
				if d.SHA256 != fileSHA(t, d.Path) {
					t.Errorf("%s: recorded sha differs from the stored file", u)
				}
				if w.seed != "" && d.SHA256 != fileSHA(t, filepath.Join(fx.papers, w.seed)) {
					t.Errorf("%s: stored bytes differ from the served paper", u)
				}
				if d.ContentType == "" || d.Fetched.IsZero() {
					t.Errorf("%s: content type %q fetched %v", u, d.ContentType, d.Fetched)
				}
				if !strings.HasPrefix(d.Path, filepath.Join(fx.dataDir, "papers", fx.cfg.Name)) {
					t.Errorf("%s stored at %s, outside papers/<source>", u, d.Path)
				}
			}
			if stats.Meetings != 4 || stats.Cancelled != 1 || stats.New != 4 || stats.Failed != 0 {
				t.Errorf("stats %+v, want 4 meetings, 1 cancelled, 4 new, 0 failed", stats)
			}
			// Every meeting but the cancelled one is read once (and, with the
			// web service, asked for once there too).
			if n := fx.hits.count("/ielistdocuments.aspx"); n != 3 {
				t.Errorf("%d meeting pages read, want 3", n)
			}
			if n := fx.hits.count("/mgwebservice.asmx/getmeeting"); ws && n != 4 {
				t.Errorf("web service asked %d times, want 4 (GetMeetings, then GetMeeting thrice)", n)
			}
			for _, p := range []string{"/documents/", "/mgai.aspx"} {
				if n := fx.hits.count(p); n != map[string]int{"/documents/": 3, "/mgai.aspx": 1}[p] {
					t.Errorf("%d requests for %s; each document should be fetched once", n, p)
				}
			}
			if n := fx.other.count("/"); n != 0 {
				t.Errorf("the off-site host got %d requests", n)
			}

			// The second run downloads no document.
			fx.hits.reset()
			docs2, stats2, err := fx.crawl(t, context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if n := fx.hits.count("/documents/") + fx.hits.count("/mgai.aspx"); n != 0 {
				t.Errorf("second run made %d document requests, want 0", n)
			}
			if stats2.New != 0 || stats2.Changed != 0 || stats2.Unchanged != 4 || stats2.Meetings != 4 {
				t.Errorf("second run stats %+v", stats2)
			}
			if len(docs2) != len(docs) {
				t.Errorf("second run lists %d documents, first %d", len(docs2), len(docs))
			}
		})
	}
}

// A meeting whose list entry does not say it is cancelled is found
// cancelled from its own page, as real sites show it.
func TestCancelledMeetingFoundFromItsPage(t *testing.T) {
	for _, ws := range []bool{false, true} {
		t.Run(map[bool]string{false: "html", true: "web service"}[ws], func(t *testing.T) {
			fx := newFixture(t, ws)
			fx.site.UnmarkedCancellations = true
			docs, stats, err := fx.crawl(t, context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if stats.Meetings != 4 || stats.Cancelled != 1 || len(docs) != 4 || stats.Failed != 0 {
				t.Errorf("%d documents, stats %+v; want 4 meetings, 1 cancelled", len(docs), stats)
			}
			st, err := state.Open(filepath.Join(fx.dataDir, "state.db"), time.Second)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			m, found, err := st.Meeting("mg:1611")
			if err != nil || !found || !m.Cancelled || m.Date != "2020-03-17" {
				t.Errorf("meeting 1611 recorded as %+v (found %v, err %v); want cancelled on 2020-03-17", m, found, err)
			}
		})
	}
}

// A site that links each item paper both as documents/s<ID>/<name> and as
// mgConvert2PDF.aspx?ID=<ID> has each fetched once.
func TestPaperLinkedTwiceFetchedOnce(t *testing.T) {
	for _, ws := range []bool{false, true} {
		t.Run(map[bool]string{false: "html", true: "web service"}[ws], func(t *testing.T) {
			fx := newFixture(t, ws)
			fx.site.ConvertLinks = true
			docs, stats, err := fx.crawl(t, context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 4 || stats.New != 4 {
				t.Errorf("%d documents, stats %+v; want the 4 papers once each", len(docs), stats)
			}
			if d, c := fx.hits.count("/documents/"), fx.hits.count("/mgconvert2pdf.aspx"); d != 3 || c != 0 {
				t.Errorf("%d requests for documents/ and %d for mgConvert2PDF.aspx; want 3 and 0", d, c)
			}
		})
	}
}

func TestWebServiceDisallowedFallsBackToHTML(t *testing.T) {
	fx := newFixture(t, true)
	fx.site.Robots = "User-agent: *\nDisallow: /mgWebService.asmx\n"
	docs, stats, err := fx.crawl(t, context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := fx.hits.count("/mgwebservice.asmx"); n != 0 {
		t.Errorf("%d requests to a path robots.txt disallows", n)
	}
	if len(docs) != 4 || stats.Cancelled != 1 {
		t.Errorf("%d documents, stats %+v; want the HTML crawl's 4", len(docs), stats)
	}
}

func TestChangedDocumentDetected(t *testing.T) {
	for _, validators := range []bool{false, true} {
		t.Run(map[bool]string{false: "no validators", true: "etag"}[validators], func(t *testing.T) {
			fx := newFixture(t, false)
			fx.site.Validators = validators
			// Meeting 1650 is recent and publishes its printed minutes.
			fx.now = time.Date(2021, 7, 10, 9, 0, 0, 0, time.UTC)
			minutes := filepath.Join(fx.papers, "minutes-1650.txt")
			if err := os.WriteFile(minutes, []byte("Minutes, draft.\n1\tAgree the plan\tAvril Lennox\tMarch 2022\tOn track\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			fx.site.Update(func(s *sites.Site) {
				for i := range s.Committees[0].Meetings {
					if s.Committees[0].Meetings[i].ID == 1650 {
						s.Committees[0].Meetings[i].PrintedMinutes = "minutes-1650.txt"
					}
				}
			})
			before := fx.crawlFor(t, "/documents/g1650/")

			// Next day, nothing new: no document is downloaded again.
			fx.now = fx.now.Add(24 * time.Hour)
			fx.hits.reset()
			_, stats, err := fx.crawl(t, context.Background())
			if err != nil {
				t.Fatal(err)
			}
			asked := fx.hits.count("/documents/g1650/")
			if stats.Unchanged != 5 || (!validators && asked != 0) || (validators && asked != 1) {
				t.Errorf("unchanged re-run: stats %+v, minutes asked for %d times", stats, asked)
			}

			// The minutes are approved and republished at the same URL.
			if err := os.WriteFile(minutes, []byte("Minutes, approved.\n1\tAgree the plan\tAvril Lennox\tMarch 2022\tComplete\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			os.Chtimes(minutes, time.Now().Add(time.Hour), time.Now().Add(time.Hour))
			if !validators {
				// Without validators the bytes are compared every RefetchAfter.
				fx.now = fx.now.Add(crawl.RefetchAfter)
			}
			fx.hits.reset()
			docs, stats, err := fx.crawl(t, context.Background())
			if err != nil {
				t.Fatal(err)
			}
			after := byURL(docs)[before.URL]
			if after.SHA256 == before.SHA256 || after.SHA256 != fileSHA(t, minutes) {
				t.Errorf("sha before %s after %s; want the new bytes' sha", before.SHA256, after.SHA256)
			}
			if after.Path != before.Path {
				t.Errorf("changed document moved from %s to %s", before.Path, after.Path)
			}
			if stats.Changed != 1 || stats.New != 0 {
				t.Errorf("stats %+v, want 1 changed", stats)
			}
			// The recent meeting's item paper is asked for again only when
			// the server gave validators (a conditional GET, answered 304).
			if n, want := fx.hits.count("/documents/s"), map[bool]int{false: 0, true: 1}[validators]; n != want {
				t.Errorf("%d requests for immutable item papers, want %d", n, want)
			}
		})
	}
}

// An item paper replaced at its URL (documents/s…, which ModernGov means
// never to change) is found while its meeting is recent when the server
// sends validators; an old meeting's papers are not asked for.
func TestReplacedItemPaperRevalidated(t *testing.T) {
	for _, validators := range []bool{false, true} {
		t.Run(map[bool]string{false: "no validators", true: "etag"}[validators], func(t *testing.T) {
			fx := newFixture(t, false)
			fx.site.Validators = validators
			fx.now = time.Date(2021, 7, 10, 9, 0, 0, 0, time.UTC) // meeting 1650 (2021-06-22) is recent
			before := fx.crawlFor(t, "/documents/s23120/")
			plan := filepath.Join(fx.papers, "001_6c1427c512f07a38.txt")
			if err := os.WriteFile(plan, []byte("Corrected plan.\n1\tAgree the plan\tAvril Lennox\tMarch 2022\tComplete\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			os.Chtimes(plan, time.Now().Add(time.Hour), time.Now().Add(time.Hour))

			fx.now = fx.now.Add(24 * time.Hour)
			fx.hits.reset()
			docs, stats, err := fx.crawl(t, context.Background())
			if err != nil {
				t.Fatal(err)
			}
			after := byURL(docs)[before.URL]
			asked := fx.hits.count("/documents/s23120/")
			if validators {
				if after.SHA256 != fileSHA(t, plan) || stats.Changed != 1 || asked != 1 {
					t.Errorf("replaced paper: asked %d times, stats %+v, sha changed %v; want it fetched once and changed",
						asked, stats, after.SHA256 != before.SHA256)
				}
			} else if asked != 0 || after.SHA256 != before.SHA256 || stats.Changed != 0 {
				t.Errorf("without validators an immutable paper was asked for %d times (stats %+v)", asked, stats)
			}

			// A year on the meeting is old: its papers are not asked for.
			fx.now = fx.now.AddDate(1, 0, 0)
			fx.hits.reset()
			if _, _, err := fx.crawl(t, context.Background()); err != nil {
				t.Fatal(err)
			}
			if n := fx.hits.count("/documents/"); n != 0 {
				t.Errorf("%d document requests for old meetings", n)
			}
		})
	}
}

func TestInterruptedCrawlResumes(t *testing.T) {
	fx := newFixture(t, false)
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	docHits := map[string]int{}
	n := 0
	fx.hits.before = func(w http.ResponseWriter, r *http.Request) bool {
		if !strings.HasPrefix(r.URL.Path, "/documents/") && r.URL.Path != "/mgAi.aspx" {
			return false
		}
		mu.Lock()
		docHits[r.URL.String()]++
		n++
		second := n == 2
		mu.Unlock()
		if second {
			// Half a body, then the crawl is stopped (Ctrl-C).
			w.Header().Set("Content-Length", "100000")
			w.Write([]byte(strings.Repeat("x", 5000)))
			w.(http.Flusher).Flush()
			cancel()
			<-r.Context().Done()
			return true
		}
		return false
	}
	_, stats1, err := fx.crawl(t, ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("first crawl: err = %v, want cancelled", err)
	}
	if stats1.New != 1 {
		t.Errorf("first crawl stored %d documents before the stop, want 1", stats1.New)
	}
	tmp := filepath.Join(fx.dataDir, "papers", fx.cfg.Name, ".tmp")
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("%d temp files left by the cancelled fetch", len(left))
	}
	fx.hits.before = func(w http.ResponseWriter, r *http.Request) bool {
		if strings.HasPrefix(r.URL.Path, "/documents/") || r.URL.Path == "/mgAi.aspx" {
			mu.Lock()
			docHits[r.URL.String()]++
			mu.Unlock()
		}
		return false
	}
	docs, stats2, err := fx.crawl(t, context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 4 || stats2.New != 3 || stats2.Unchanged != 1 {
		t.Errorf("resumed crawl: %d documents, stats %+v; want 4 documents, 3 new, 1 unchanged", len(docs), stats2)
	}
	twice := 0
	for u, c := range docHits {
		if c > 1 {
			twice++
			if c > 2 {
				t.Errorf("%s requested %d times", u, c)
			}
		}
	}
	if twice != 1 {
		t.Errorf("%d documents requested twice; only the interrupted one should be: %v", twice, docHits)
	}
	for _, d := range docs {
		if d.SHA256 != fileSHA(t, d.Path) {
			t.Errorf("%s: stored file does not match its recorded sha", d.Path)
		}
	}
}

func TestKilledCrawlCleanedUp(t *testing.T) {
	fx := newFixture(t, false)
	docs, _, err := fx.crawl(t, context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// What kill -9 can leave: a temp file mid-write, and a stored file that
	// does not match its record.
	tmp := filepath.Join(fx.dataDir, "papers", fx.cfg.Name, ".tmp")
	if err := os.WriteFile(filepath.Join(tmp, "fetch-123.part"), []byte("half a paper"), 0o644); err != nil {
		t.Fatal(err)
	}
	victim := docs[0]
	if err := os.Truncate(victim.Path, 10); err != nil {
		t.Fatal(err)
	}
	fx.hits.reset()
	docs2, stats, err := fx.crawl(t, context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("temp files left: %d", len(left))
	}
	if stats.New != 1 || stats.Unchanged != 3 {
		t.Errorf("stats %+v, want the damaged file fetched again and 3 unchanged", stats)
	}
	d := byURL(docs2)[victim.URL]
	if d.SHA256 != victim.SHA256 || fileSHA(t, d.Path) != victim.SHA256 {
		t.Errorf("damaged document not restored")
	}
}

func TestSinceLimitsMeetings(t *testing.T) {
	fx := newFixture(t, false)
	fx.cfg.Since = "2020-06-01"
	fx.site.PerPage = 1
	docs, stats, err := fx.crawl(t, context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Meetings != 2 || len(docs) != 2 {
		t.Errorf("since 2020-06-01: %d meetings, %d documents; want 2 and 2", stats.Meetings, len(docs))
	}
	// One meeting a page: the third page reaches before the since date,
	// so the fourth is not read.
	if n := fx.hits.count("/ieListMeetings.aspx"); n != 3 {
		t.Errorf("%d list pages read, want 3", n)
	}
}

func TestOversizePaperRecordedNotRetried(t *testing.T) {
	fx := newFixture(t, false)
	big := make([]byte, 2<<20) // over the fixture's 1 MiB limit
	if err := os.WriteFile(filepath.Join(fx.papers, "big.txt"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	fx.site.Update(func(s *sites.Site) {
		m := &s.Committees[0].Meetings[2] // 2020-06-23
		m.Items[1].Papers = append(m.Items[1].Papers, sites.Paper{ID: 777, Title: "Appendix scans", File: "big.txt"})
	})
	docs, stats, err := fx.crawl(t, context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 4 || stats.Failed != 1 || len(stats.Failures) != 1 || !strings.Contains(stats.Failures[0].Err, "max_document_bytes") {
		t.Fatalf("%d documents, stats %+v; want the 4 others and the big one recorded as failed", len(docs), stats)
	}
	if left, _ := os.ReadDir(filepath.Join(fx.dataDir, "papers", fx.cfg.Name, ".tmp")); len(left) != 0 {
		t.Errorf("%d temp files left", len(left))
	}
	fx.hits.reset()
	_, stats, err = fx.crawl(t, context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := fx.hits.count("/documents/s777/"); n != 0 {
		t.Errorf("the oversize paper of an old meeting was asked for again (%d)", n)
	}
	if stats.Failed != 1 {
		t.Errorf("second run stats %+v; the failure should still be reported", stats)
	}
}
