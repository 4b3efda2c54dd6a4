package web

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/ingest/state"
)

var pageNames = []string{"search", "action", "sources", "error", "board", "boards"}

func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"statusLabel": statusLabel,
		"changeLabel": changeLabel,
		"join":        strings.Join,
		"facetLabel":  facetLabel,
	}
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

// render executes a page into a buffer first, so that a template error
// becomes a 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].Execute(&buf, data); err != nil {
		s.opts.Log.Error("render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = buf.WriteTo(w)
	}
}

type errorView struct {
	Title   string
	Message string
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", errorView{Title: http.StatusText(status), Message: msg})
}

// searchView is what the search page shows.
type searchView struct {
	Title     string
	Q         string
	Sort      string
	DueBefore string
	DueAfter  string
	Overdue   bool
	Searched  bool
	Error     string
	Total     uint64
	Hits      []hitView
	Facets    []facetGroup
	Filters   []activeFilter
	Hidden    []hiddenField // the facet filters, kept when the form is sent again
	NextURL   string
	FirstURL  string
	CSVURL    string
	FeedURL   string // the feed of this search's new and changed actions
	ClearURL  string
	Examples  []link
	Sorts     []option
}

type hitView struct {
	ID            string
	URL           string
	Label         string        // kind, ref and title: "Recommendation 5: Education"
	Words         template.HTML // the action's own words, matches highlighted
	Snippet       template.HTML // where Words is cut short: the passage that matched
	Matches       []fieldMatch
	Owner         string
	Due           string
	DueRaw        string
	Status        string
	StatusRaw     string
	Board         string
	DocumentTitle string
	DocumentDate  string
	Page          int
	Kind          string
	Ref           string
	Overdue       string // "7 months overdue"
	Change        []string
	TimesSeen     int
	FirstSeen     string
	AlsoIn        int // other papers (or copies of its paper) it appears in
}

type fieldMatch struct {
	Field    string
	Fragment template.HTML
}

type facetGroup struct {
	Field  string
	Label  string
	Values []facetValue
}

type facetValue struct {
	Label  string
	Count  int
	Active bool
	URL    string
}

type activeFilter struct {
	Label     string
	RemoveURL string
}

type hiddenField struct{ Name, Value string }

type link struct{ Label, URL string }

type option struct {
	Value, Label string
	Selected     bool
}

var exampleQueries = []string{
	`healthy schools`,
	`"mental health"`,
	`owner:"HWBB Education Subgroup"`,
	`housing -homelessness`,
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if req, err := parseRequest(q, s.today()); err == nil {
		// Filters as the index has them, so that status=Delayed shows as the
		// delayed facet's filter.
		for key, vals := range map[string][]string{"status": req.Status, "kind": req.Kind} {
			if len(vals) > 0 {
				q[key] = vals
			}
		}
	}
	v := searchView{
		Title:     "Search council actions",
		Q:         q.Get("q"),
		Sort:      q.Get("sort"),
		DueBefore: q.Get("due_before"),
		DueAfter:  q.Get("due_after"),
		Searched:  len(q) > 0,
		ClearURL:  "/",
	}
	v.Overdue, _ = index.BoolParam(q, "overdue")
	if v.Q != "" {
		v.Title = v.Q + " – council actions"
	}
	for _, e := range exampleQueries {
		v.Examples = append(v.Examples, link{Label: e, URL: withParams("/", url.Values{"q": {e}})})
	}
	for _, o := range []option{{"relevance", "Relevance", false}, {"due", "Due date", false}, {"date", "Paper date (newest first)", false}} {
		o.Selected = o.Value == v.Sort || (v.Sort == "" && o.Value == "relevance")
		v.Sorts = append(v.Sorts, o)
	}
	for _, f := range filterParams {
		for _, val := range values(q, f) {
			v.Hidden = append(v.Hidden, hiddenField{f, val})
			v.Filters = append(v.Filters, activeFilter{
				Label:     facetLabel(f) + ": " + valueLabel(f, val),
				RemoveURL: withParams("/", without(q, f, val)),
			})
		}
	}
	p, err := s.search(r.Context(), r)
	if err != nil {
		status, msg := s.classify(r, err)
		v.Error = msg
		s.render(w, r, status, "search", v)
		return
	}
	v.Total = p.res.Total
	for _, h := range p.res.Hits {
		v.Hits = append(v.Hits, newHitView(h))
	}
	v.Facets = facetGroups(q, p.res.Facets)
	if p.nextAfter != "" {
		next := clone(q)
		next.Set("after", p.nextAfter)
		v.NextURL = withParams("/", next)
	}
	if q.Get("after") != "" {
		first := clone(q)
		first.Del("after")
		v.FirstURL = withParams("/", first)
	}
	v.CSVURL = withParams("/api/export.csv", exportParams(q))
	v.FeedURL = withParams("/feed.atom", exportParams(q))
	s.render(w, r, http.StatusOK, "search", v)
}

// exportParams are the search's parameters without those of paging.
func exportParams(q url.Values) url.Values {
	e := clone(q)
	for _, k := range []string{"after", "size", "sort"} {
		e.Del(k)
	}
	return e
}

func newHitView(h index.Hit) hitView {
	v := hitView{
		ID:            h.ID,
		URL:           "/actions/" + url.PathEscape(h.ID),
		Label:         hitHeading(h.Record),
		Owner:         strings.Join(h.Owner, "; "),
		Due:           h.Due,
		DueRaw:        h.DueRaw,
		Status:        h.Status,
		StatusRaw:     h.StatusRaw,
		Board:         h.Board,
		DocumentTitle: h.DocumentTitle,
		DocumentDate:  h.DocumentDate,
		Page:          h.Page,
		Kind:          h.Kind,
		Ref:           h.Ref,
		Overdue:       h.Overdue(),
		Change:        h.Change,
		TimesSeen:     h.TimesSeen,
		FirstSeen:     h.FirstSeen,
		AlsoIn:        len(h.AlsoIn),
	}
	// A hit is headed by what it says, not by its number: the action's
	// words from their start (or where a row has none the first of its
	// other texts), with the words that matched marked. Where the heading
	// is cut short, the passage that matched follows it.
	words := firstNonEmpty(h.Action.Action, h.Title, h.Progress, h.Objective, h.Target, h.SourceText, v.Label)
	heading := shorten(words, headingLen)
	var marked []string
	for _, frags := range h.Fragments {
		marked = append(marked, frags...)
	}
	v.Words = markMatches(heading, marked)
	if frags := h.Fragments["action"]; len(frags) > 0 && heading != words {
		v.Snippet = safeFragment(frags[0])
	}
	for _, f := range []string{"theme", "objective", "target", "outcome", "milestones", "progress"} {
		if frags := h.Fragments[f]; len(frags) > 0 {
			v.Matches = append(v.Matches, fieldMatch{Field: fieldLabel(f), Fragment: safeFragment(frags[0])})
		}
	}
	return v
}

// headingLen is about how many bytes of an action's words head a hit.
const headingLen = 200

// hitHeading names an action by kind, ref and title: "Recommendation 5: Education".
func hitHeading(r action.Record) string {
	h := valueLabel("kind", orDefault(r.Kind, "action"))
	if r.Ref != "" {
		h += " " + r.Ref
	}
	if r.Part > 1 {
		h += " (part " + strconv.Itoa(r.Part) + ")"
	}
	if r.Title != "" {
		h += ": " + r.Title
	}
	return h
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// shorten cuts s at a word boundary near n bytes.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
	}
	return s[:cut] + " …"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// facetGroups turns the index's facets into links that add or remove a filter.
func facetGroups(q url.Values, facets map[string][]index.FacetCount) []facetGroup {
	var out []facetGroup
	for _, f := range filterParams {
		counts := facets[f]
		active := map[string]bool{}
		for _, v := range values(q, f) {
			active[v] = true
		}
		if len(counts) == 0 && len(active) == 0 {
			continue
		}
		g := facetGroup{Field: f, Label: facetLabel(f)}
		seen := map[string]bool{}
		for _, c := range counts {
			seen[c.Value] = true
			fv := facetValue{Label: valueLabel(f, c.Value), Count: c.Count, Active: active[c.Value]}
			if fv.Active {
				fv.URL = withParams("/", without(q, f, c.Value))
			} else {
				fv.URL = withParams("/", with(q, f, c.Value))
			}
			g.Values = append(g.Values, fv)
		}
		// A chosen value always shows, so that it can be taken off again.
		for _, v := range values(q, f) {
			if !seen[v] {
				g.Values = append(g.Values, facetValue{Label: valueLabel(f, v), Active: true, URL: withParams("/", without(q, f, v))})
			}
		}
		out = append(out, g)
	}
	return out
}

func clone(q url.Values) url.Values {
	out := url.Values{}
	for k, vs := range q {
		if k == "token" {
			continue
		}
		for _, v := range vs {
			if v != "" {
				out[k] = append(out[k], v)
			}
		}
	}
	return out
}

// with adds a filter value; a new filter starts again at the first page.
func with(q url.Values, key, val string) url.Values {
	out := clone(q)
	out.Del("after")
	out.Add(key, val)
	return out
}

// without removes one filter value, back to the first page.
func without(q url.Values, key, val string) url.Values {
	out := clone(q)
	out.Del("after")
	var keep []string
	for _, v := range out[key] {
		if v != val {
			keep = append(keep, v)
		}
	}
	out.Del(key)
	for _, v := range keep {
		out.Add(key, v)
	}
	return out
}

func facetLabel(f string) string {
	switch f {
	case "kind":
		return "Kind"
	case "theme":
		return "Theme"
	case "change":
		return "Since the last paper"
	}
	return capitalise(f)
}

func valueLabel(field, v string) string {
	switch field {
	case "status":
		return statusLabel(v)
	case "kind":
		return capitalise(v)
	case "change":
		return changeLabel(v)
	}
	return v
}

func fieldLabel(f string) string { return capitalise(f) }

func statusLabel(s string) string {
	switch s {
	case "":
		return "Unknown"
	case action.StatusInProgress:
		return "In progress"
	case action.StatusOnTrack:
		return "On track"
	case action.StatusAtRisk:
		return "At risk"
	case action.StatusNotStarted:
		return "Not started"
	}
	return capitalise(s)
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// actionView is what the action page shows.
type actionView struct {
	Title    string
	R        action.Record
	Owner    string
	DocLink  string
	DocPath  string
	CopyLink string // the paper's local copy on this server
	Others   []hitView
	Fields   []field
	Timeline []threadStep // its thread, first appearance to last
	Answers  string       // the page of the recommendation it answers
	AlsoIn   []alsoView   // the other places it appears
}

// alsoView is one other place an action appears: its own page when it has
// one, else (a copy of the paper) the paper's address.
type alsoView struct{ URL, Paper, Board, Where string }

type field struct{ Label, Value string }

func (s *Server) actionPage(w http.ResponseWriter, r *http.Request) {
	rec, err := s.opts.Index.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		status, msg := s.classify(r, err)
		s.errorPage(w, r, status, msg)
		return
	}
	if rec.SameAs != "" {
		// The same decision as an action shown from another paper of
		// its meeting: that one's page names this place too.
		http.Redirect(w, r, "/actions/"+url.PathEscape(rec.SameAs), http.StatusFound)
		return
	}
	v := actionView{Title: hitHeading(rec), R: rec, Owner: strings.Join(rec.Owner, "; "), DocLink: documentLink(rec)}
	for _, a := range rec.AlsoIn {
		av := alsoView{Paper: cmp.Or(a.DocumentTitle, a.SourceURL), Board: a.Board}
		if a.ID != "" {
			av.URL = "/actions/" + url.PathEscape(a.ID)
		} else {
			av.URL = documentLink(action.Record{SourceURL: a.SourceURL, Action: action.Action{Page: a.Page}})
		}
		var where []string
		if a.Ref != "" {
			where = append(where, "item "+a.Ref)
		}
		if a.Page > 0 {
			where = append(where, "page "+strconv.Itoa(a.Page))
		}
		if av.URL == "" {
			where = append(where, a.SourceURL)
		}
		av.Where = strings.Join(where, ", ")
		v.AlsoIn = append(v.AlsoIn, av)
	}
	if v.DocLink == "" {
		v.DocPath = rec.SourceURL
	}
	v.Fields = []field{
		{"Kind", rec.Kind}, {"Ref", rec.Ref}, {"Part", strconv.Itoa(rec.Part)},
		{"Title", rec.Title}, {"Theme", rec.Theme}, {"Objective", rec.Objective},
		{"Action", rec.Action.Action}, {"Owner", v.Owner},
		{"Due", rec.Due}, {"Due as written", rec.DueRaw},
		{"Status", statusLabel(rec.Status)}, {"Status as written", rec.StatusRaw},
		{"Target", rec.Target}, {"Outcome", rec.Outcome}, {"Milestones", rec.Milestones},
		{"Progress", rec.Progress}, {"Page", pageText(rec.Page)},
		{"Board", rec.Board}, {"Council", rec.Council},
		{"Document", rec.DocumentTitle}, {"Document kind", rec.DocumentKind},
		{"Document date", rec.DocumentDate}, {"Period", rec.Period}, {"Year", yearText(rec.Year)},
		{"Source", rec.Source}, {"Action id", rec.ID}, {"Document id", rec.DocumentID},
	}
	if info, ok, err := s.opts.Index.Document(r.Context(), rec.DocumentID); err != nil {
		s.opts.Log.Warn("document of action", "document_id", rec.DocumentID, "err", err)
	} else if ok {
		v.CopyLink = s.copyLink(info, rec.Page)
		v.Fields = append(v.Fields,
			field{"Committee", info.Committee}, field{"Meeting date", info.MeetingDate},
			field{"Agenda item", info.ItemTitle}, field{"Crawl source", info.SourceName},
			field{"Pages", pageText(info.Pages)}, field{"Content type", info.ContentType},
			field{"SHA-256", info.SHA256}, field{"Indexed", info.Indexed},
		)
	}
	if rec.DocumentID != "" {
		// The paper's actions in its own order, which Export keeps.
		req := index.Request{Query: fmt.Sprintf("document_id:%q", rec.DocumentID)}
		err := s.opts.Index.Export(r.Context(), req, func(o action.Record) error {
			if o.ID != rec.ID {
				v.Others = append(v.Others, newHitView(index.Hit{Record: o}))
			}
			return nil
		})
		if err != nil {
			s.opts.Log.Warn("other actions of document", "document_id", rec.DocumentID, "err", err)
		}
	}
	if v.Timeline, err = s.timeline(r.Context(), rec); err != nil {
		s.opts.Log.Warn("thread of action", "thread", rec.Thread, "err", err)
	}
	if rec.Answers != "" {
		v.Answers = "/actions/" + url.PathEscape(rec.Answers)
	}
	s.render(w, r, http.StatusOK, "action", v)
}

func pageText(p int) string {
	if p <= 0 {
		return ""
	}
	return strconv.Itoa(p)
}

func yearText(y int) string {
	if y <= 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// documentLink is the web address of the action's paper, at its page when it
// is a PDF; "" for papers read from local files.
func documentLink(rec action.Record) string {
	u, err := url.Parse(rec.SourceURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.HasSuffix(u.Hostname(), ".invalid") {
		// (An .invalid host never resolves: the demo's sites are named so.)
		return ""
	}
	if rec.Page > 0 && strings.EqualFold(path.Ext(u.Path), ".pdf") {
		u.Fragment = "page=" + strconv.Itoa(rec.Page)
	}
	return u.String()
}

type sourcesView struct {
	Title   string
	Sources []sourceRow
	Error   string
}

// sourceRow is one source as the sources page shows it.
type sourceRow struct {
	Name, Kind, Board, Council string
	Result                     string
	LastRun, LastRunISO        string // "" when never run
	LastKind, Took             string
	Counts                     state.Counts
	Actions                    string // "" for a crawl-only run
	NextRun, NextRunISO        string // "" when not scheduled
	Schedule                   string
	Anchor                     string
	FailedText                 string
	Failures                   []failureRow // the source's own failure first
	Omitted                    int          // failures the run record did not keep
}

type failureRow struct{ Paper, Link, Reason string }

func (s *Server) sourcesPage(w http.ResponseWriter, r *http.Request) {
	v := sourcesView{Title: "Sources"}
	st, err := s.sources(r.Context())
	if err != nil {
		_, v.Error = s.classify(r, err)
	}
	for i, ss := range st {
		v.Sources = append(v.Sources, newSourceRow(i, ss))
	}
	s.render(w, r, http.StatusOK, "sources", v)
}

func newSourceRow(i int, ss pipeline.SourceStatus) sourceRow {
	row := sourceRow{Name: ss.Name, Kind: ss.Kind, Board: ss.Board, Council: ss.Council, Result: ss.Result,
		Counts: ss.Counts, Schedule: ss.Schedule, Anchor: strconv.Itoa(i + 1)}
	if !ss.LastRun.IsZero() {
		row.LastRun, row.LastRunISO = ss.LastRun.Local().Format("2006-01-02 15:04"), ss.LastRun.Format(time.RFC3339)
		row.LastKind, row.Took = ss.LastKind, ss.LastEnd.Sub(ss.LastRun).Round(time.Second).String()
		if ss.LastKind != "crawl" {
			c := ss.Counts
			row.Actions = fmt.Sprintf("%d added, %d updated, %d removed", c.ActionsAdded, c.ActionsUpdated, c.ActionsRemoved)
		}
	}
	if !ss.NextRun.IsZero() {
		row.NextRun, row.NextRunISO = ss.NextRun.Local().Format("2006-01-02 15:04"), ss.NextRun.Format(time.RFC3339)
	}
	if ss.LastError != "" {
		row.Failures = append(row.Failures, failureRow{Paper: "the source", Reason: ss.LastError})
	}
	for _, f := range ss.Failures {
		row.Failures = append(row.Failures, failureRow{Paper: f.Paper, Link: paperLink(f.Paper), Reason: f.Error})
	}
	row.Omitted = ss.FailuresOmitted
	switch n := ss.Counts.Failed; {
	case n == 1:
		row.FailedText = "1 paper failed"
	case n > 1:
		row.FailedText = fmt.Sprintf("%d papers failed", n)
	default:
		row.FailedText = "why"
	}
	return row
}

// paperLink is a failed paper's address when it is a web one.
func paperLink(p string) string {
	u, err := url.Parse(p)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
