package web

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
)

// The fictional quarterly plan (fixtures/threads), crawled twice: the
// first crawl finds the quarter 1 version, the second the quarter 2 one.
const planBoard = "Brackenford HWB"

var (
	firstCrawl  = time.Date(2023, 7, 21, 3, 0, 0, 0, time.UTC)
	secondCrawl = time.Date(2023, 10, 20, 3, 0, 0, 0, time.UTC)
)

func quarterPlan(t testing.TB, q int) action.Extraction {
	t.Helper()
	name := fmt.Sprintf("brackenford-delivery-plan-q%d.txt", q)
	u := "https://brackenford.example/documents/" + name
	ext, err := extract.File(context.Background(), filepath.Join("..", "..", "fixtures", "threads", name), action.Document{
		Source: u, URL: u, Board: planBoard, Council: "Brackenford Borough Council", SHA256: name,
		MeetingDate: []string{"", "2023-07-20", "2023-10-19"}[q],
	})
	if err != nil {
		t.Fatal(err)
	}
	return ext
}

// crawl indexes papers and links their boards, as a run does.
func crawl(t testing.TB, ix *index.Index, at time.Time, exts ...action.Extraction) {
	t.Helper()
	for _, e := range exts {
		if _, err := ix.Replace(context.Background(), e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ix.Relink(context.Background(), at); err != nil {
		t.Fatal(err)
	}
}

// threadServer serves the seeds and the quarterly plan after both crawls
// (only the first, with secondToo false).
func threadServer(t testing.TB, secondToo bool) (*httptest.Server, *index.Index, action.Extraction, action.Extraction) {
	t.Helper()
	ix := newTestIndex(t, nil)
	q1, q2 := quarterPlan(t, 1), quarterPlan(t, 2)
	crawl(t, ix, firstCrawl, append(seedExtractions(t), q1)...)
	if secondToo {
		crawl(t, ix, secondCrawl, q2)
	}
	srv, err := New(Options{Index: ix, Now: func() time.Time { return secondCrawl }, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts, ix, q1, q2
}

func refID(t testing.TB, ext action.Extraction, ref string) string {
	t.Helper()
	for _, a := range ext.Actions {
		if a.Ref == ref {
			return a.ID
		}
	}
	t.Fatalf("no %s in %s", ref, ext.Document.Title)
	return ""
}

func TestThreadAPI(t *testing.T) {
	ts, ix, q1, q2 := threadServer(t, true)
	rec, err := ix.Get(context.Background(), refID(t, q2, "1.3"))
	if err != nil {
		t.Fatal(err)
	}
	resp, body := get(t, ts.URL+"/api/threads/"+rec.Thread)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	var th apiThread
	if err := json.Unmarshal(body, &th); err != nil {
		t.Fatal(err)
	}
	if th.Thread != rec.Thread || th.Board != planBoard || len(th.Appearances) != 2 {
		t.Fatalf("thread %+v", th)
	}
	first, second := th.Appearances[0], th.Appearances[1]
	if first.ID != refID(t, q1, "1.3") || second.ID != rec.ID || second.Previous != first.ID ||
		!slices.Equal(second.Change, []string{"status_changed", "slipped", "reworded"}) ||
		first.Due != "2023-06-30" || second.Due != "2023-09-30" || second.Link != "/actions/"+rec.ID ||
		second.Paper != "https://brackenford.example/documents/brackenford-delivery-plan-q2.txt" {
		t.Errorf("appearances %+v\n%+v", first, second)
	}
	if resp, body := get(t, ts.URL+"/api/threads/0123456789abcdef"); resp.StatusCode != http.StatusNotFound || !strings.Contains(string(body), "error") {
		t.Errorf("unknown thread: %d %s", resp.StatusCode, body)
	}
	// Hits and the CSV carry the thread.
	res := searchAPI(t, ts.URL, "change=slipped&board="+url.QueryEscape(planBoard))
	if res.Total != 3 || res.Hits[0].Thread == "" || res.Hits[0].TimesSeen != 2 || res.Hits[0].FirstSeen != "2023-07-20" {
		t.Errorf("slipped: %d hits, first %+v", res.Total, res.Hits[0].History)
	}
	_, csvBody := get(t, ts.URL+"/api/export.csv?min_slips=1")
	if !bytes.Contains(csvBody, []byte(",thread,change,first_seen,times_seen\n")) || !bytes.Contains(csvBody, []byte(rec.Thread+",status_changed; slipped; reworded,2023-07-20,2\n")) {
		t.Errorf("CSV lacks the thread columns:\n%s", csvBody)
	}
}

// atom is what the test reads of a feed, as RFC 4287 names it.
type atom struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Links   []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Categories []struct {
			Term string `xml:"term,attr"`
		} `xml:"category"`
		Summary string `xml:"summary"`
	} `xml:"entry"`
}

// readFeed fetches and parses a feed, holding it to what RFC 4287 asks of
// every feed and entry: an id, a title and an RFC 3339 updated time, an
// author, entry ids unique, links that resolve on this server.
func readFeed(t *testing.T, ts *httptest.Server, query string) atom {
	t.Helper()
	resp, body := get(t, ts.URL+"/feed.atom?"+query)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("feed %s: %d %s: %s", query, resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	var f atom
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = true
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("feed %s does not parse: %v\n%s", query, err, body)
	}
	libraryReads(t, body, f)
	rfc3339 := func(what, s string) {
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			t.Errorf("feed %s: %s updated %q is not RFC 3339", query, what, s)
		}
	}
	if f.ID == "" || f.Title == "" || len(f.Author) == 0 || f.Author[0].Name == "" {
		t.Errorf("feed %s lacks id, title or author: %+v", query, f)
	}
	rfc3339("feed", f.Updated)
	ids := map[string]bool{}
	for _, e := range f.Entries {
		if e.ID == "" || e.Title == "" || ids[e.ID] {
			t.Errorf("entry without id or title, or twice: %+v", e)
		}
		ids[e.ID] = true
		rfc3339(e.ID, e.Updated)
		if len(e.Links) == 0 || !strings.HasPrefix(e.Links[0].Href, ts.URL+"/actions/") {
			t.Errorf("entry %s links to %+v", e.ID, e.Links)
		} else if resp, _ := get(t, e.Links[0].Href); resp.StatusCode != http.StatusOK {
			t.Errorf("entry %s: its page answers %d", e.ID, resp.StatusCode)
		}
	}
	return f
}

// entryActions are the action ids of a feed's entries, sorted.
func entryActions(f atom) []string {
	var out []string
	for _, e := range f.Entries {
		out = append(out, strings.Split(strings.TrimPrefix(e.ID, "urn:councilactions:action:"), ":")[0])
	}
	slices.Sort(out)
	return out
}

func sortedIDs(t testing.TB, ext action.Extraction, refs ...string) []string {
	var out []string
	for _, r := range refs {
		out = append(out, refID(t, ext, r))
	}
	slices.Sort(out)
	return out
}

// TestFeed: a search's feed lists exactly the actions the last crawl found
// new or changed.
func TestFeed(t *testing.T) {
	board := "board=" + url.QueryEscape(planBoard)
	ts, ix, q1, q2 := threadServer(t, false)
	// After the first crawl: all of Q1 is new.
	f := readFeed(t, ts, board)
	if got, want := entryActions(f), sortedIDs(t, q1, "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"); !slices.Equal(got, want) {
		t.Errorf("after the first crawl: %d entries, want Q1's %d", len(got), len(want))
	}
	if f.Updated != firstCrawl.Format(time.RFC3339) {
		t.Errorf("feed updated %s, want the first crawl's time", f.Updated)
	}
	// After the second: Q2's new and changed actions (not the two that
	// stayed as they were) and Q1's two that Q2 dropped.
	crawl(t, ix, secondCrawl, q2)
	f = readFeed(t, ts, board)
	want := append(sortedIDs(t, q2, "1.1", "1.2", "1.3", "2.2", "2.3", "2.4", "3.1", "3.2", "3.4", "3.5", "3.6"), sortedIDs(t, q1, "2.2", "3.4")...)
	slices.Sort(want)
	if got := entryActions(f); !slices.Equal(got, want) {
		t.Errorf("after the second crawl: entries %v\nwant %v", got, want)
	}
	for _, e := range f.Entries {
		if e.Updated != secondCrawl.Format(time.RFC3339) || len(e.Categories) == 0 {
			t.Errorf("entry %s: updated %s, categories %v", e.Title, e.Updated, e.Categories)
		}
	}
	// A followed search: slips only.
	f = readFeed(t, ts, board+"&change=slipped")
	if got := entryActions(f); !slices.Equal(got, sortedIDs(t, q2, "1.2", "1.3", "3.2")) {
		t.Errorf("slipped feed: %v", got)
	}
	if !strings.HasPrefix(f.Entries[0].Title, "Slipped") && !strings.Contains(f.Entries[0].Title, "Slipped") {
		t.Errorf("entry title %q does not say it slipped", f.Entries[0].Title)
	}
	// A crawl that finds nothing new leaves the feed as it was.
	crawl(t, ix, secondCrawl.Add(24*time.Hour), q2)
	if got := entryActions(readFeed(t, ts, board)); !slices.Equal(got, want) {
		t.Errorf("after a crawl with no news: %d entries", len(got))
	}
	// Another time asked for; a bad parameter is a 400.
	// (Q1's two dropped actions were last found dropped, not new.)
	if got := readFeed(t, ts, board+"&changed_since=2023-07-01&change=new"); len(got.Entries) != 13 {
		t.Errorf("new since July: %d entries, want 13", len(got.Entries))
	}
	if resp, _ := get(t, ts.URL+"/feed.atom?change=late"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad change: %d", resp.StatusCode)
	}
}

// TestBoardPage: a board's series, the latest version's status counts and
// what moved since the version before, each figure a link to the search
// that lists exactly that many actions.
func TestBoardPage(t *testing.T) {
	ts, _, _, _ := threadServer(t, true)
	resp, body := get(t, ts.URL+"/boards/"+url.PathEscape(planBoard))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("board page: %d", resp.StatusCode)
	}
	page := string(body)
	for _, want := range []string{"Joint Health and Wellbeing Delivery Plan 2023/24 – Quarter 2 update (October 2023)", "Published 2 times", "<svg", "Slipped: 3", "Completed: 1", "Dropped: 2", "New: 2", "Renumbered: 4"} {
		if !strings.Contains(page, want) {
			t.Errorf("board page lacks %q", want)
		}
	}
	if strings.Contains(page, "<script") {
		t.Error("the board page has a script")
	}
	figures := 0
	for _, m := range figureLinks.FindAllStringSubmatch(page, -1) {
		href, count := htmlUnescape(m[1]), m[3]
		u, err := url.Parse(href)
		if err != nil {
			t.Fatal(err)
		}
		res := searchAPI(t, ts.URL, u.RawQuery)
		if fmt.Sprint(res.Total) != count {
			t.Errorf("%s: %s says %s, its search finds %d", m[2], href, count, res.Total)
		}
		figures++
	}
	if figures < 8 {
		t.Errorf("%d figures checked", figures)
	}
	resp, body = get(t, ts.URL+"/boards")
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "/boards/Brackenford%20HWB") {
		t.Errorf("boards list: %d %s", resp.StatusCode, body)
	}
	if resp, _ := get(t, ts.URL+"/boards/nobody"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown board: %d", resp.StatusCode)
	}
}

// figureLinks finds the figures of a board's page: "Label: N" links.
var figureLinks = regexp.MustCompile(`<a href="([^"]+)"(?: class="[^"]*")?>([^<:]+): (\d+)</a>`)

func htmlUnescape(s string) string { return html.UnescapeString(s) }

// TestBrowserThreads: in a real browser, an action's timeline shows its
// earlier appearance with the words that changed marked, and leads to it;
// a board's chart is drawn without script, each bar leading to the search
// that lists its actions; both read on a phone without sideways scrolling.
func TestBrowserThreads(t *testing.T) {
	ctx := newBrowser(t)
	ts, _, q1, q2 := threadServer(t, true)
	shots := newScreens(t)

	step(t, ctx, "open Q2's landlord guide", chromedp.Navigate(ts.URL+"/actions/"+refID(t, q2, "1.3")), chromedp.WaitReady(chromedp.CSS("footer")))
	type stepText struct{ Heading, Labels, Words string }
	steps := eval[[]stepText](t, ctx, `[...document.querySelectorAll('ol.steps li')].map(li => ({
		Heading: li.querySelector('h3').innerText, Labels: li.querySelector('.labels').innerText, Words: li.querySelector('.words').innerText}))`)
	if len(steps) != 2 || !strings.Contains(steps[0].Heading, "Quarter 1") || !strings.Contains(steps[1].Heading, "Quarter 2") ||
		!strings.Contains(steps[0].Labels, "New") || !strings.Contains(steps[1].Labels, "Slipped") || !strings.Contains(steps[1].Labels, "Reworded") {
		t.Fatalf("timeline %+v", steps)
	}
	if got := eval[string](t, ctx, `[...document.querySelectorAll('ol.steps li.current .words ins')].map(e => e.innerText).join(' | ')`); !strings.Contains(got, "landlords") {
		t.Errorf("added words %q", got)
	}
	if got := eval[string](t, ctx, `[...document.querySelectorAll('ol.steps li.current .words del')].map(e => e.innerText).join(' | ')`); !strings.Contains(got, "landlord guide") {
		t.Errorf("dropped words %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('ol.steps li a[href^="https://brackenford.example/"]').length`); n != 2 {
		t.Errorf("%d links to the papers, want 2", n)
	}
	shots.shot(ctx, "timeline")
	clickAndLoad(t, ctx, "ol.steps li:first-child h3 a")
	if got := eval[string](t, ctx, "location.pathname"); got != "/actions/"+refID(t, q1, "1.3") {
		t.Errorf("the first step leads to %s", got)
	}

	step(t, ctx, "open the board", chromedp.Navigate(ts.URL+"/boards/"+url.PathEscape(planBoard)), chromedp.WaitReady(chromedp.CSS("footer")))
	if n := eval[int](t, ctx, "document.scripts.length"); n != 0 {
		t.Errorf("the board page runs %d scripts", n)
	}
	bars := eval[[]string](t, ctx, `[...document.querySelectorAll('figure.chart svg a')].map(a => a.querySelector('.label').textContent + ' ' + a.querySelector('.count').textContent)`)
	if !slices.Contains(bars, "On track 7") || !slices.Contains(bars, "At risk 3") || !slices.Contains(bars, "Overdue 2") {
		t.Errorf("bars %v", bars)
	}
	if w := eval[float64](t, ctx, `document.querySelector('figure.chart svg rect').getBoundingClientRect().width`); w <= 0 {
		t.Errorf("the first bar is not drawn (width %v)", w)
	}
	shots.shot(ctx, "board")
	clickAndLoad(t, ctx, `figure.chart svg a.status-at_risk rect`)
	if got := innerText(t, ctx, "#results-h"); got != "3 actions" {
		t.Errorf("the at-risk bar leads to %q", got)
	}
	for _, page := range []string{"/boards/" + url.PathEscape(planBoard), "/actions/" + refID(t, q2, "1.3")} {
		step(t, ctx, "phone "+page, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
			chromedp.Navigate(ts.URL+page), chromedp.WaitReady(chromedp.CSS("footer")))
		if w := eval[int](t, ctx, "document.documentElement.scrollWidth"); w > 390 {
			t.Errorf("%s scrolls sideways on a phone: %dpx wide", page, w)
		}
		if page[1] == 'b' {
			if w := eval[float64](t, ctx, `document.querySelector('figure.chart svg').getBoundingClientRect().width`); w > 390 || w < 200 {
				t.Errorf("the chart is %vpx wide on a 390px phone", w)
			}
		}
		shots.view(ctx, "phone-"+strings.Split(page, "/")[1])
	}
}
