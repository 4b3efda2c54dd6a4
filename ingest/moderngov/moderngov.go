// Package moderngov crawls a committee of a ModernGov (Civica) site: its
// meeting list, each meeting's papers and agenda item pages. It uses the
// site's mgWebService.asmx where that answers and the HTML pages where it
// does not.
package moderngov

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/crawl"
)

// maxListPages bounds how far "earlier meetings" paging goes.
const maxListPages = 200

// Source is one ModernGov committee.
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

// Root is the folder of the site's pages: the configured URL, or its folder
// when it names a page.
func Root(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, err
	}
	u.RawQuery, u.Fragment = "", ""
	if strings.HasSuffix(strings.ToLower(u.Path), ".aspx") || strings.HasSuffix(strings.ToLower(u.Path), ".asmx") {
		u.Path = u.Path[:strings.LastIndex(u.Path, "/")+1]
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath = ""
	return u, nil
}

// Documents crawls what is new or changed and returns every stored paper.
func (s *Source) Documents(ctx context.Context) ([]ingest.Document, error) {
	c, err := crawl.New(s.cfg, s.env)
	if err != nil {
		return nil, err
	}
	defer func() { s.stats = c.Stats() }()
	root, err := Root(s.cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("source %s: url: %w", s.cfg.Name, err)
	}
	committee := strconv.Itoa(s.cfg.CommitteeID)
	meetings, ws, err := s.meetings(ctx, c, root, committee)
	if err != nil {
		return nil, fmt.Errorf("source %s: meeting list: %w", s.cfg.Name, err)
	}
	details := func(ctx context.Context, m crawl.Meeting) (crawl.Details, error) {
		// The web service's GetMeeting gives the item papers with their
		// items; the meeting page also has the printed minutes and packs,
		// and installs differ in what each lists. Both are read and merged,
		// so that no paper is missed for want of one of them.
		var ws1 crawl.Details
		wsErr := errors.New("web service not used")
		if ws {
			u := root.JoinPath("mgWebService.asmx", "GetMeeting")
			u.RawQuery = "lMeetingId=" + url.QueryEscape(m.ID)
			body, err := c.Page(ctx, u.String())
			if err == nil {
				ws1, err = ParseGetMeeting(root, body)
			}
			if ctx.Err() != nil {
				return crawl.Details{}, ctx.Err()
			}
			wsErr = err
			if err != nil {
				slog.Debug("GetMeeting failed; reading the meeting page only", "source", s.cfg.Name, "meeting", m.ID, "err", err)
			}
		}
		body, err := c.Page(ctx, m.URL)
		if err != nil {
			if wsErr == nil {
				return ws1, nil
			}
			return crawl.Details{}, err
		}
		pu, _ := url.Parse(m.URL)
		page, err := ParseMeetingPage(pu, body)
		if err != nil {
			if wsErr == nil {
				return ws1, nil
			}
			return crawl.Details{}, err
		}
		if wsErr != nil {
			return page, nil
		}
		return merge(ws1, page), nil
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

// meetings lists the committee's meetings since the since date, from the
// web service when it answers, else from the HTML list and its pages of
// earlier meetings. ws tells whether the web service answered.
func (s *Source) meetings(ctx context.Context, c *crawl.Crawler, root *url.URL, committee string) ([]crawl.Meeting, bool, error) {
	from := "01/01/2000"
	if s.cfg.Since != "" {
		from = s.cfg.Since[8:10] + "/" + s.cfg.Since[5:7] + "/" + s.cfg.Since[0:4]
	}
	to := c.Now().AddDate(1, 0, 0).Format("02/01/2006")
	u := root.JoinPath("mgWebService.asmx", "GetMeetings")
	u.RawQuery = "lCommitteeId=" + url.QueryEscape(committee) + "&sFromDate=" + url.QueryEscape(from) + "&sToDate=" + url.QueryEscape(to)
	body, err := c.Page(ctx, u.String())
	if err == nil {
		ms, perr := ParseGetMeetings(root, body, committee)
		if perr == nil && len(ms) > 0 {
			return s.inRange(c, ms), true, nil
		}
		err = perr
	}
	if ctx.Err() != nil {
		return nil, false, ctx.Err()
	}
	slog.Info("web service did not answer; reading the HTML meeting list", "source", s.cfg.Name, "err", err)

	start := root.JoinPath("ieListMeetings.aspx")
	start.RawQuery = "CommitteeId=" + url.QueryEscape(committee)
	sinceYear := 0
	if len(s.cfg.Since) >= 4 {
		sinceYear, _ = strconv.Atoi(s.cfg.Since[:4])
	}
	queue := []string{start.String()}
	visited := map[string]bool{}
	seen := map[string]bool{}
	var all []crawl.Meeting
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
				return nil, false, err
			}
			c.Fail(next, err)
			continue
		}
		pu, _ := url.Parse(next)
		lp, err := ParseMeetingList(pu, body, committee)
		if err != nil {
			return nil, false, err
		}
		older := false // the page reaches back before the since date
		for _, m := range lp.Meetings {
			if !c.InRange(m.Date) {
				older = true
			}
			if !seen[m.Key] {
				seen[m.Key] = true
				all = append(all, m)
			}
		}
		if !older {
			queue = append(queue, lp.Next...)
		}
		// Sites that page the list by year: every year from the since
		// year on, or all years at once.
		for y, u := range lp.Years {
			if y == 0 || y >= sinceYear && y <= c.Now().Year()+1 {
				queue = append(queue, u)
			}
		}
	}
	if len(all) == 0 && len(visited) == 1 {
		return nil, false, errors.New("no meetings found on " + start.String())
	}
	return s.inRange(c, all), false, nil
}

func (s *Source) inRange(c *crawl.Crawler, ms []crawl.Meeting) []crawl.Meeting {
	var out []crawl.Meeting
	for _, m := range ms {
		if c.InRange(m.Date) {
			out = append(out, m)
		}
	}
	return out
}

// merge joins what the web service and the meeting page list, the web
// service's entries first; a date or cancellation from either counts.
func merge(a, b crawl.Details) crawl.Details {
	out := crawl.Details{Date: firstNonEmpty(a.Date, b.Date), Cancelled: a.Cancelled || b.Cancelled}
	// Cancelled counts only for a meeting without papers (crawl.Meetings).
	seen := map[string]bool{}
	for _, d := range append(append([]crawl.Ref(nil), a.Docs...), b.Docs...) {
		if !seen[d.URL] {
			seen[d.URL] = true
			out.Docs = append(out.Docs, d)
		}
	}
	out.Docs = OnePerPaper(out.Docs)
	return out
}
