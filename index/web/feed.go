package web

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/thread"
)

// An Atom feed (RFC 4287) follows any search: /feed.atom with the search's
// parameters lists its actions that the last crawl found new or changed
// (changed_since: since another time), newest paper first. Written with
// encoding/xml: the format is small, and no module is needed for it.

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      string         `xml:"title"`
	Updated    string         `xml:"updated"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    atomText       `xml:"summary"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

// feedSize is how many entries a feed holds at most.
const feedSize = 100

func (s *Server) feed(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	req, err := parseRequest(q, s.today())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	req.Size, req.After, req.Facets, req.Highlight, req.Sort = feedSize, nil, false, false, "date"
	updated := time.Time{}
	if req.ChangedSince == "" {
		last, err := s.opts.Index.LastChanges()
		if err != nil {
			s.apiFail(w, r, err)
			return
		}
		updated = last
		req.ChangedSince = last.UTC().Format(time.RFC3339)
		if last.IsZero() {
			req.ChangedSince = "" // never crawled: nothing is news
		}
	}
	if len(req.Change) == 0 {
		// News is anything but "unchanged".
		req.Change = slices.DeleteFunc(slices.Clone(thread.Labels), func(c string) bool { return c == thread.Unchanged })
	}
	base := baseURL(r)
	feed := atomFeed{
		ID:     "urn:councilactions:feed:" + url.QueryEscape(canonicalQuery(q)),
		Title:  feedTitle(q),
		Author: atomPerson{Name: "councilactions"},
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + r.URL.RequestURI()},
			{Rel: "alternate", Type: "text/html", Href: base + withParams("/", searchParams(q))},
		},
	}
	if req.ChangedSince != "" {
		res, err := s.opts.Index.Search(r.Context(), req)
		if err != nil {
			s.apiFail(w, r, err)
			return
		}
		for _, h := range res.Hits {
			changed, _ := time.Parse(time.RFC3339, h.Changed)
			if changed.After(updated) {
				updated = changed
			}
			e := atomEntry{
				ID:      "urn:councilactions:action:" + h.ID + ":" + h.Changed,
				Title:   newsTitle(h),
				Updated: changed.UTC().Format(time.RFC3339),
				Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: base + "/actions/" + url.PathEscape(h.ID)}},
				Summary: atomText{Type: "text", Text: newsSummary(h)},
			}
			for _, c := range h.News {
				e.Categories = append(e.Categories, atomCategory{Term: c})
			}
			feed.Entries = append(feed.Entries, e)
		}
	}
	if updated.IsZero() {
		updated = time.Unix(0, 0)
	}
	feed.Updated = updated.UTC().Format(time.RFC3339)
	out, err := xml.MarshalIndent(feed, "", "  ")
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write([]byte(xml.Header))
		_, _ = w.Write(out)
	}
}

// newsTitle heads an entry with what is new and the action's words:
// "Slipped: Set up a warm spaces network …".
func newsTitle(h index.Hit) string {
	var labels []string
	for _, c := range h.News {
		labels = append(labels, changeLabel(c))
	}
	return strings.Join(labels, ", ") + ": " + shorten(firstNonEmpty(h.Action.Action, h.Title, hitHeading(h.Record)), headingLen)
}

func newsSummary(h index.Hit) string {
	parts := []string{"Status: " + statusLabel(h.Status)}
	if h.Due != "" {
		parts = append(parts, "due "+h.Due)
	}
	if len(h.Owner) > 0 {
		parts = append(parts, "owner "+strings.Join(h.Owner, "; "))
	}
	if h.TimesSeen > 1 {
		parts = append(parts, fmt.Sprintf("seen in %d papers since %s", h.TimesSeen, orDefault(h.FirstSeen, "an undated one")))
	}
	parts = append(parts, orDefault(h.Board, "(no board)")+" — "+h.DocumentTitle)
	return strings.Join(parts, " · ")
}

// baseURL is this server's address as the client used it, for the
// feed's absolute links.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// searchParams are the search's own parameters, without the feed's token.
func searchParams(q url.Values) url.Values {
	out := clone(q)
	out.Del("changed_since")
	return out
}

func canonicalQuery(q url.Values) string { return clone(q).Encode() }

func feedTitle(q url.Values) string {
	var parts []string
	if s := q.Get("q"); s != "" {
		parts = append(parts, fmt.Sprintf("%q", s))
	}
	for _, f := range filterParams {
		for _, v := range values(q, f) {
			parts = append(parts, facetLabel(f)+": "+valueLabel(f, v))
		}
	}
	if len(parts) == 0 {
		return "New and changed council actions"
	}
	return "New and changed council actions: " + strings.Join(parts, ", ")
}
