// Package cmis crawls a committee of a CMIS (Civica CMIS5, DNN-based)
// site: Meetings.aspx and its year pages → ViewMeetingPublic meeting pages →
// the Document.ashx papers in each meeting's document lists.
package cmis

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/crawl"
	"github.com/councilactions/councilactions/ingest/fetch"
)

const maxListPages = 200

// Source is one CMIS committee.
type Source struct {
	cfg   ingest.SourceConfig
	env   crawl.Env
	stats ingest.CrawlStats
}

// New returns the source; nothing is fetched until Documents.
func New(cfg ingest.SourceConfig, env crawl.Env) *Source { return &Source{cfg: cfg, env: env} }

// Name is the configured name.
func (s *Source) Name() string { return s.cfg.Name }

// Stats describes the last Documents call.
func (s *Source) Stats() ingest.CrawlStats { return s.stats }

// Start is the meeting list to begin from: the configured URL when it names
// a page, else Meetings.aspx under it.
func Start(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(strings.ToLower(u.Path), ".aspx") {
		u = u.JoinPath("Meetings.aspx")
	}
	return u, nil
}

// Documents crawls what is new or changed and returns every stored paper.
func (s *Source) Documents(ctx context.Context) ([]ingest.Document, error) {
	c, err := crawl.New(s.cfg, s.env)
	if err != nil {
		return nil, err
	}
	defer func() { s.stats = c.Stats() }()
	start, err := Start(s.cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("source %s: url: %w", s.cfg.Name, err)
	}
	committee := strconv.Itoa(s.cfg.CommitteeID)
	meetings, err := s.meetings(ctx, c, start, committee)
	if err != nil {
		return nil, fmt.Errorf("source %s: meeting list: %w", s.cfg.Name, err)
	}
	details := func(ctx context.Context, m crawl.Meeting) (crawl.Details, error) {
		body, err := c.Page(ctx, m.URL)
		if err != nil {
			return crawl.Details{}, err
		}
		pu, _ := url.Parse(m.URL)
		return ParseMeetingPage(pu, body)
	}
	if err := c.Meetings(ctx, meetings, details); err != nil {
		return nil, fmt.Errorf("source %s: %w", s.cfg.Name, err)
	}
	docs, err := c.Documents()
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", s.cfg.Name, err)
	}
	return docs, nil
}

func (s *Source) meetings(ctx context.Context, c *crawl.Crawler, start *url.URL, committee string) ([]crawl.Meeting, error) {
	queue := []string{start.String()}
	visited := map[string]bool{}
	seen := map[string]bool{}
	var out []crawl.Meeting
	for len(queue) > 0 && len(visited) < maxListPages {
		next := queue[0]
		queue = queue[1:]
		if visited[next] {
			continue
		}
		visited[next] = true
		body, err := c.Page(ctx, next)
		if err != nil {
			if len(visited) == 1 || ctx.Err() != nil {
				return nil, err
			}
			c.Fail(next, err)
			continue
		}
		pu, _ := url.Parse(next)
		lp, err := ParseMeetingList(pu, body, committee)
		if err != nil {
			return nil, err
		}
		inRange := lp.Undated
		for _, m := range lp.Meetings {
			if c.InRange(m.Date) {
				inRange = true
				if m.Committee == committee && !seen[m.Key] {
					seen[m.Key] = true
					out = append(out, m.Meeting)
				}
			}
		}
		// Pages of other years are followed while they still hold meetings
		// on or after the since date.
		if inRange || len(lp.Meetings) == 0 && len(visited) == 1 {
			for _, p := range lp.Pages {
				if y := pageYear(p); y == 0 || c.Since() == "" || y >= sinceYear(c.Since()) {
					queue = append(queue, p)
				}
			}
		}
	}
	if len(out) == 0 && len(visited) == 1 {
		return nil, errors.New("no meetings of committee " + committee + " found on " + start.String())
	}
	return out, nil
}

// ListPage is what one meeting list page gives.
type ListPage struct {
	Meetings []ListedMeeting
	Pages    []string // other pages of the list (years, months, pages)
	Undated  bool     // some meeting had no readable date
}

// ListedMeeting is a meeting with the committee its link names.
type ListedMeeting struct {
	crawl.Meeting
	Committee string
}

var (
	reMeetingPath  = regexp.MustCompile(`(?i)/Meeting/(\d+)/Committee/(\d+)(?:/|$)`)
	reListingQuery = regexp.MustCompile(`(?i)(year|date|month|page|pg|start|from)`)
)

// MeetingLink reads the meeting and committee ids of a ViewMeetingPublic
// link, in the path form (…/Meeting/5871/Committee/796/Default.aspx) or the
// query form (…?…Meeting=5871&Committee=796, any case).
func MeetingLink(page *url.URL, href string) (u string, meeting, committee string, ok bool) {
	l, ok := resolve(page, href)
	if !ok {
		return "", "", "", false
	}
	if m := reMeetingPath.FindStringSubmatch(l.Path); m != nil {
		return l.String(), m[1], m[2], true
	}
	q := l.Query()
	meeting, committee = param(q, "Meeting", "MeetingId", "MId"), param(q, "Committee", "CommitteeId", "CId")
	if meeting != "" && strings.Contains(strings.ToLower(l.String()), "viewmeetingpublic") {
		return l.String(), meeting, committee, true
	}
	return "", "", "", false
}

// ParseMeetingList reads a Meetings.aspx page (or a committee's meeting
// page): meeting links, with date and cancellation from their text, and
// links to other pages of the list.
func ParseMeetingList(page *url.URL, body []byte, committee string) (ListPage, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return ListPage{}, fmt.Errorf("parse %s: %w", page, err)
	}
	var out ListPage
	seen := map[string]bool{}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		if u, mid, cid, ok := MeetingLink(page, href); ok {
			if seen[mid] {
				return
			}
			seen[mid] = true
			text := crawl.CleanText(a.Text())
			row := crawl.Text(a.Closest("tr, li"))
			date := crawl.FindDate(text)
			if date == "" {
				date = crawl.FindDate(row)
			}
			if date == "" {
				out.Undated = true
			}
			if cid == "" {
				cid = committee // a committee's own list omits it
			}
			out.Meetings = append(out.Meetings, ListedMeeting{
				Meeting: crawl.Meeting{
					Key: "cmis:" + mid, ID: mid, URL: u, Date: date, Title: text,
					Cancelled: crawl.Cancelled(text) || crawl.Cancelled(row),
				},
				Committee: cid,
			})
			return
		}
		l, ok := resolve(page, href)
		if !ok || !sameHost(l, page) {
			return
		}
		if strings.EqualFold(path.Base(l.Path), path.Base(page.Path)) && l.String() != page.String() &&
			l.RawQuery != "" && reListingQuery.MatchString(l.RawQuery) {
			out.Pages = append(out.Pages, l.String())
		}
	})
	return out, nil
}

// ParseMeetingPage reads a ViewMeetingPublic page: the papers in its
// document lists, each with its agenda item's title, and the meeting's date
// and status from the summary.
func ParseMeetingPage(page *url.URL, body []byte) (crawl.Details, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return crawl.Details{}, fmt.Errorf("parse %s: %w", page, err)
	}
	var det crawl.Details
	doc.Find("div.holder, .MeetingSummary tr, dl").Each(func(_ int, h *goquery.Selection) {
		label := strings.ToLower(crawl.CleanText(h.Find(".DNNLabel, th, dt").First().Text()))
		value := crawl.CleanText(h.Find(".Value, td, dd").First().Text())
		switch {
		case strings.HasPrefix(label, "date") && det.Date == "":
			det.Date = crawl.FindDate(value)
		case strings.HasPrefix(label, "status"):
			det.Cancelled = det.Cancelled || crawl.Cancelled(value)
		}
	})
	if det.Date == "" {
		det.Date = crawl.FindDate(crawl.CleanText(doc.Find("h1, h2, title").First().Text()))
	}
	seen := map[string]bool{}
	add := func(a *goquery.Selection) {
		href, _ := a.Attr("href")
		l, ok := resolve(page, href)
		if !ok || !strings.EqualFold(path.Base(l.Path), "Document.ashx") {
			return
		}
		u := canonical(l)
		if seen[u] {
			return
		}
		seen[u] = true
		det.Docs = append(det.Docs, crawl.Ref{URL: u, ItemTitle: itemTitle(a), Immutable: true})
	}
	doc.Find("div.CmisDocumentList a.TitleLink, li.DocumentListItem a.TitleLink").Each(func(_ int, a *goquery.Selection) { add(a) })
	// Installs that style their lists differently still link Document.ashx.
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) { add(a) })
	return det, nil
}

var reItemNumber = regexp.MustCompile(`^\s*[0-9]+[a-z]?[.)]?\s+`)

// itemTitle is the title of the agenda item a document link sits in, or
// the link's own text.
func itemTitle(a *goquery.Selection) string {
	item := a.Closest("[class*=AgendaItem], [class*=agendaitem]")
	for item.Length() > 0 {
		t := item.Find("[class*=AgendaItemTitle], [class*=Title]").Not(".TitleLink").Not("a").First()
		if s := crawl.CleanText(reItemNumber.ReplaceAllString(crawl.CleanText(t.Text()), "")); s != "" {
			return s
		}
		item = item.Parent().Closest("[class*=AgendaItem], [class*=agendaitem]")
	}
	return crawl.CleanTitle(a.Text())
}

func resolve(page *url.URL, href string) (*url.URL, bool) {
	href = crawl.UnescapeHref(href)
	low := strings.ToLower(href)
	if href == "" || strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "mailto:") || strings.HasPrefix(href, "#") {
		return nil, false
	}
	href = strings.ReplaceAll(href, " ", "%20")
	u, err := page.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, false
	}
	u.Fragment, u.RawFragment = "", ""
	u.Host = strings.ToLower(u.Host)
	return u, true
}

// canonical sorts a document URL's query so one document has one key.
func canonical(u *url.URL) string {
	c := *u
	c.RawQuery = c.Query().Encode() // Encode sorts by key
	return c.String()
}

func sameHost(a, b *url.URL) bool { return fetch.HostKey(a) == fetch.HostKey(b) }

func param(q url.Values, names ...string) string {
	for _, n := range names {
		for k, v := range q {
			if strings.EqualFold(k, n) && len(v) > 0 && v[0] != "" {
				return v[0]
			}
		}
	}
	return ""
}

var reYearInPath = regexp.MustCompile(`/Date/(\d{4})-`)

// pageYear is the year a list page is for (…?Year=2021, …/Date/2021-05-01/…),
// or 0 when it does not say.
func pageYear(u string) int {
	pu, err := url.Parse(u)
	if err != nil {
		return 0
	}
	v := param(pu.Query(), "Year")
	if v == "" {
		if m := reYearInPath.FindStringSubmatch(pu.Path); m != nil {
			v = m[1]
		}
	}
	y, err := strconv.Atoi(v)
	if err != nil || y < 1900 {
		return 0
	}
	return y
}

func sinceYear(since string) int {
	y, _ := strconv.Atoi(since[:min(4, len(since))])
	return y
}
