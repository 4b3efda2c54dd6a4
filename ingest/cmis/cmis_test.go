package cmis

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
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

type counter struct {
	mu   sync.Mutex
	hits map[string]int
}

func (c *counter) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		c.hits[strings.ToLower(r.URL.Path)]++
		c.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

func (c *counter) count(sub string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for p, k := range c.hits {
		if strings.Contains(p, strings.ToLower(sub)) {
			n += k
		}
	}
	return n
}

func crawlOnce(t *testing.T, cfg ingest.SourceConfig, dataDir string) ([]ingest.Document, ingest.CrawlStats) {
	t.Helper()
	st, err := state.Open(filepath.Join(dataDir, "state.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cc := ingest.DefaultCrawl()
	f := fetch.New(fetch.Config{UserAgent: cc.UserAgent, Interval: 2 * time.Millisecond, Concurrency: 1, Timeout: 5 * time.Second, MaxBytes: 1 << 20})
	src := New(cfg, crawl.Env{Fetcher: f, State: st, DataDir: dataDir, Crawl: cc, Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
	docs, err := src.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return docs, src.Stats()
}

func TestCrawlCMIS(t *testing.T) {
	site := &sites.CMISSite{Site: sites.Site{PapersDir: "../../fixtures/seeds", Committees: sites.SeedCMIS()}}
	// A second paper and a meeting of another committee, in an earlier year.
	site.Committees[0].Meetings[0].Items[1].Papers = append(site.Committees[0].Meetings[0].Items[1].Papers,
		sites.Paper{ID: 3102, Title: "Partnership minutes", File: "003_fe06bfacb4d91bfa.txt"})
	site.Committees = append(site.Committees, sites.Committee{ID: 12, Name: "Planning Committee", Meetings: []sites.Meeting{
		{ID: 4000, Date: time.Date(2021, 5, 4, 18, 0, 0, 0, time.UTC), Items: []sites.Item{{Title: "Plans", Papers: []sites.Paper{{ID: 9, Title: "Plan", File: "000_086a73563f357bf8.txt"}}}}},
	}})
	site.Committees[0].Meetings = append(site.Committees[0].Meetings, sites.Meeting{ID: 5700, Date: time.Date(2021, 3, 9, 18, 0, 0, 0, time.UTC),
		Items: []sites.Item{{Number: "4.", Title: "Annual report", Papers: []sites.Paper{{ID: 3001, Title: "Annual report 2020", File: "001_6c1427c512f07a38.txt"}}}}})
	c := &counter{hits: map[string]int{}}
	srv := httptest.NewServer(c.wrap(site))
	defer srv.Close()
	cfg := ingest.SourceConfig{Name: "harborough-hwb", Kind: ingest.KindCMIS, Council: "Harborough District Council",
		Board: "Harborough Health and Wellbeing Partnership", URL: srv.URL + "/cmis5/", CommitteeID: 796, Since: "2019-01-01"}
	dataDir := t.TempDir()
	docs, stats := crawlOnce(t, cfg, dataDir)
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3: %+v", len(docs), docs)
	}
	if stats.Meetings != 3 || stats.Cancelled != 1 || stats.New != 3 || stats.Failed != 0 {
		t.Errorf("stats %+v", stats)
	}
	for _, d := range docs {
		switch {
		case strings.HasSuffix(d.URL, "id=3101"):
			if d.MeetingDate != "2022-07-19" || d.ItemTitle != "Health and Wellbeing Strategy Action Plan 2022/23" {
				t.Errorf("3101: %+v", d)
			}
			if !strings.HasSuffix(d.Path, ".txt") || !strings.Contains(filepath.Base(d.Path), "Strategy-Action-Plan") {
				t.Errorf("file named %s; want the Content-Disposition name", d.Path)
			}
			want, _ := os.ReadFile("../../fixtures/seeds/004_89f8b84181bf5b9a.txt")
			got, _ := os.ReadFile(d.Path)
			if string(got) != string(want) {
				t.Error("stored bytes differ from the served paper")
			}
		case strings.HasSuffix(d.URL, "ID=3102"):
		case strings.HasSuffix(d.URL, "id=3001"):
			if d.MeetingDate != "2021-03-09" {
				t.Errorf("3001 meeting date %q", d.MeetingDate)
			}
		default:
			t.Errorf("unexpected document %s", d.URL)
		}
	}
	if n := c.count("meeting/5890/"); n != 0 {
		t.Errorf("cancelled meeting's page fetched %d times", n)
	}
	// Year pages before the since year are not read.
	if n := c.count("meetings.aspx"); n != 5 {
		t.Errorf("%d list pages read, want 5 (the start page and 2022 back to 2019)", n)
	}
	if n := c.count("meeting/4000/"); n != 0 {
		t.Errorf("another committee's meeting fetched %d times", n)
	}
	before := c.count("document.ashx")
	docs2, stats2 := crawlOnce(t, cfg, dataDir)
	if n := c.count("document.ashx") - before; n != 0 {
		t.Errorf("second run fetched %d documents", n)
	}
	if len(docs2) != 3 || stats2.Unchanged != 3 || stats2.New != 0 {
		t.Errorf("second run: %d documents, stats %+v", len(docs2), stats2)
	}
}

func TestMeetingLink(t *testing.T) {
	page, _ := url.Parse("https://cmis.example.gov.uk/cmis5/Meetings.aspx")
	tests := []struct{ href, meeting, committee string }{
		{"/cmis5/Meetings/tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/5871/Committee/796/Default.aspx", "5871", "796"},
		{"Meetings/tabid/73/ctl/ViewMeetingPublic/mid/410/meeting/1/committee/2/SelectedTab/Documents/Default.aspx", "1", "2"},
		{"Default.aspx?tabid=73&ctl=ViewMeetingPublic&mid=410&MeetingID=7&CommitteeID=8", "7", "8"},
	}
	for _, tt := range tests {
		_, m, c, ok := MeetingLink(page, tt.href)
		if !ok || m != tt.meeting || c != tt.committee {
			t.Errorf("MeetingLink(%q) = %q %q %v", tt.href, m, c, ok)
		}
	}
	if _, _, _, ok := MeetingLink(page, "/cmis5/Document.ashx?id=1"); ok {
		t.Error("a document is not a meeting")
	}
}

func seedPages(f *testing.F) [][]byte {
	site := &sites.CMISSite{Site: sites.Site{PapersDir: "../../fixtures/seeds", Committees: sites.SeedCMIS()}}
	var out [][]byte
	for _, p := range []string{"/cmis5/Meetings.aspx", "/cmis5/Meetings.aspx?Year=2021",
		"/cmis5/Meetings/tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/5871/Committee/796/Default.aspx"} {
		rec := httptest.NewRecorder()
		site.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://cmis.example.gov.uk"+p, nil))
		out = append(out, rec.Body.Bytes())
	}
	return out
}

func FuzzParseCMIS(f *testing.F) {
	for _, p := range seedPages(f) {
		f.Add(p)
	}
	page, _ := url.Parse("https://cmis.example.gov.uk/cmis5/Meetings.aspx")
	f.Fuzz(func(t *testing.T, data []byte) {
		lp, err := ParseMeetingList(page, data, "796")
		if err == nil {
			for _, m := range lp.Meetings {
				if m.ID == "" {
					t.Fatalf("meeting without id")
				}
			}
		}
		det, err := ParseMeetingPage(page, data)
		if err == nil {
			for _, d := range det.Docs {
				if !strings.Contains(strings.ToLower(d.URL), "document.ashx") {
					t.Fatalf("non-document %q", d.URL)
				}
			}
		}
	})
}
