// Package web crawls a council's own pages: from a start URL it follows the
// links that match the source's follow patterns and stores the links that
// match its paper patterns, staying on the start URL's host.
package web

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/crawl"
	"github.com/councilactions/councilactions/ingest/fetch"
	"github.com/councilactions/councilactions/ingest/state"
)

// maxPages bounds one crawl of a site's pages.
const maxPages = 500

// DefaultPattern is what a paper link looks like when the config gives no patterns.
const DefaultPattern = `(?i)\.(pdf|docx|odt|xlsx|xlsm|ods|csv|txt)(\?|$)`

// Source is one site of a council's own.
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

// Compile compiles the follow and paper patterns.
func Compile(cfg ingest.SourceConfig) (follow, papers []*regexp.Regexp, err error) {
	for _, p := range cfg.Follow {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("follow pattern %q: %w", p, err)
		}
		follow = append(follow, re)
	}
	pats := cfg.Patterns
	if len(pats) == 0 {
		pats = []string{DefaultPattern}
	}
	for _, p := range pats {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("paper pattern %q: %w", p, err)
		}
		papers = append(papers, re)
	}
	return follow, papers, nil
}

// Link is a link found on a page.
type Link struct {
	URL  string
	Text string
}

// ParseLinks returns the page's links on its own host, resolved and
// without fragments, in page order and once each.
func ParseLinks(page *url.URL, body []byte) ([]Link, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", page, err)
	}
	var out []Link
	seen := map[string]bool{}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		href = crawl.UnescapeHref(href)
		low := strings.ToLower(href)
		if href == "" || strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "mailto:") || strings.HasPrefix(href, "#") {
			return
		}
		u, err := page.Parse(strings.ReplaceAll(href, " ", "%20"))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || fetch.HostKey(u) != fetch.HostKey(page) {
			return
		}
		u.Fragment, u.RawFragment = "", ""
		u.Host = strings.ToLower(u.Host)
		if seen[u.String()] {
			return
		}
		seen[u.String()] = true
		out = append(out, Link{URL: u.String(), Text: crawl.CleanText(a.Text())})
	})
	return out, nil
}

func matchAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// Documents crawls what is new or changed and returns every stored paper.
func (s *Source) Documents(ctx context.Context) ([]ingest.Document, error) {
	follow, papers, err := Compile(s.cfg)
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", s.cfg.Name, err)
	}
	c, err := crawl.New(s.cfg, s.env)
	if err != nil {
		return nil, err
	}
	defer func() { s.stats = c.Stats() }()
	queue := []string{c.Base.String()}
	visited := map[string]bool{}
	found := map[string]bool{}
	var refs []Link
	for len(queue) > 0 && len(visited) < maxPages {
		next := queue[0]
		queue = queue[1:]
		if visited[next] {
			continue
		}
		visited[next] = true
		body, err := c.Page(ctx, next)
		if err != nil {
			if len(visited) == 1 || ctx.Err() != nil {
				return nil, fmt.Errorf("source %s: %w", s.cfg.Name, err)
			}
			c.Fail(next, err)
			continue
		}
		pu, _ := url.Parse(next)
		links, err := ParseLinks(pu, body)
		if err != nil {
			c.Fail(next, err)
			continue
		}
		for _, l := range links {
			switch {
			case matchAny(papers, l.URL):
				if !found[l.URL] {
					found[l.URL] = true
					refs = append(refs, l)
				}
			case matchAny(follow, l.URL) && !visited[l.URL]:
				queue = append(queue, l.URL)
			}
		}
	}
	for i, l := range refs {
		if s.env.Progress != nil {
			s.env.Progress(s.cfg.Name, i, len(refs), l.URL)
		}
		m := state.Meeting{Date: crawl.FindDate(l.Text), Title: s.cfg.Board}
		if _, err := c.Document(ctx, crawl.Ref{URL: l.URL, ItemTitle: crawl.CleanTitle(l.Text)}, m, crawl.RecheckIfValidators); err != nil {
			return nil, fmt.Errorf("source %s: %w", s.cfg.Name, err)
		}
	}
	docs, err := c.Documents()
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", s.cfg.Name, err)
	}
	return docs, nil
}
