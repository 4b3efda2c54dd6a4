package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
)

func TestSafeFragment(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"a <mark>word</mark> here", "a <mark>word</mark> here"},
		{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		// The index failed to escape: the markup still shows as text.
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{`<img src=x onerror=alert(1)> <mark>hit</mark>`, "&lt;img src=x onerror=alert(1)&gt; <mark>hit</mark>"},
		{"&amp;lt;b&amp;gt;", "&amp;lt;b&amp;gt;"},
		{"&#34;quoted&#34; &amp; more", "&#34;quoted&#34; &amp; more"},
		{"<mark>open only", "<mark>open only</mark>"},
		{"close only</mark> text", "close only text"},
		{"<mark><mark>twice</mark></mark>", "<mark>twice</mark>"},
		{"<MARK>upper</MARK>", "&lt;MARK&gt;upper&lt;/MARK&gt;"},
		{`<mark class="x">attr</mark>`, `&lt;mark class=&#34;x&#34;&gt;attr`},
	}
	for _, tt := range tests {
		if got := string(safeFragment(tt.in)); got != tt.want {
			t.Errorf("safeFragment(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzSafeFragment checks that whatever the index sends, the only markup
// that comes out is balanced <mark> tags.
func FuzzSafeFragment(f *testing.F) {
	for _, s := range []string{
		"a <mark>word</mark>", "&lt;script&gt;", "<script>x</script>", "<mark>", "</mark>",
		"Support local primary <mark>schools</mark> to achieve &#39;<mark>Healthy</mark> <mark>School</mark> Status&#39;",
		"&", "&#", "&#x3c;script&#x3e;", "<<mark>>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if err := onlyMarks(string(safeFragment(in))); err != nil {
			t.Fatalf("safeFragment(%q): %v", in, err)
		}
	})
}

// onlyMarks checks that the only markup in out is balanced <mark> tags.
func onlyMarks(out string) error {
	depth := 0
	rest := out
	for rest != "" {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			break
		}
		rest = rest[i:]
		switch {
		case strings.HasPrefix(rest, "<mark>"):
			depth++
			rest = rest[len("<mark>"):]
		case strings.HasPrefix(rest, "</mark>"):
			depth--
			rest = rest[len("</mark>"):]
		default:
			return fmt.Errorf("%q: stray markup", out)
		}
		if depth < 0 || depth > 1 {
			return fmt.Errorf("%q: unbalanced marks", out)
		}
	}
	if depth != 0 {
		return fmt.Errorf("%q: mark left open", out)
	}
	return nil
}

func TestMarkMatches(t *testing.T) {
	frags := []string{"…al <mark>schools</mark> and &#39;<mark>Healthy</mark> <mark>School</mark>&#39; s…", "<mark>a&lt;b</mark>"}
	tests := []struct{ text, want string }{
		{"Support local primary schools to achieve 'Healthy School Status'",
			"Support local primary <mark>schools</mark> to achieve &#39;<mark>Healthy</mark> <mark>School</mark> Status&#39;"},
		{"Schoolschools preschools school", "Schoolschools preschools school"}, // whole words only
		{"schools", "<mark>schools</mark>"},
		{"x a<b y <script>", "x <mark>a&lt;b</mark> y &lt;script&gt;"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(markMatches(tt.text, frags)); got != tt.want {
			t.Errorf("markMatches(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// FuzzMarkMatches: a heading is always escaped text with balanced marks.
func FuzzMarkMatches(f *testing.F) {
	f.Add("Support local schools", "<mark>schools</mark>")
	f.Add("a<b", "<mark>a&lt;b</mark> <mark>b")
	f.Add("é schoolé", "<mark>é</mark>")
	f.Fuzz(func(t *testing.T, text, frag string) {
		if err := onlyMarks(string(markMatches(text, []string{frag}))); err != nil {
			t.Fatalf("markMatches(%q, %q): %v", text, frag, err)
		}
	})
}

// scriptTag finds a real <script element; escaped text never matches.
var scriptTag = regexp.MustCompile(`(?i)<script|<img|<i>Owner|<b>Board`)

func TestPagesEscapeExtractedText(t *testing.T) {
	ts, _ := newTestServer(t, "")
	res := searchAPI(t, ts.URL, "q=script")
	if len(res.Hits) != 1 {
		t.Fatalf("%d hits for script", len(res.Hits))
	}
	id := res.Hits[0].ID
	// JSON fragments: the markup is escaped, the highlight kept.
	for field, frags := range res.Hits[0].Fragments {
		for _, f := range frags {
			if scriptTag.MatchString(f) {
				t.Errorf("API fragment %s has live markup: %s", field, f)
			}
		}
	}
	if f := strings.Join(res.Hits[0].Fragments["action"], ""); !strings.Contains(f, "&lt;<mark>script</mark>&gt;") {
		t.Errorf("API action fragment %q", f)
	}
	for _, p := range []string{"/?q=script", "/?q=scrutinise", "/?board=" + url.QueryEscape("Test <b>Board</b>"), "/actions/" + id, "/?q=" + url.QueryEscape("<script>alert(1)</script>")} {
		resp, body := get(t, ts.URL+p)
		if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusBadRequest {
			t.Fatalf("%s: status %d", p, resp.StatusCode)
		}
		page := string(body)
		if scriptTag.MatchString(page) {
			i := scriptTag.FindStringIndex(page)[0]
			t.Errorf("%s: live markup in page: …%s…", p, page[max(0, i-80):min(len(page), i+80)])
		}
		if !strings.Contains(page, "&lt;script&gt;") {
			t.Errorf("%s: escaped script text not shown", p)
		}
	}
	// The action page shows the raw source text, escaped.
	_, body := get(t, ts.URL+"/actions/"+id)
	if !strings.Contains(string(body), html.EscapeString(`1	Scrutinise the injected <script>alert("xss")</script> markup`)) {
		t.Errorf("action page lacks the escaped source text")
	}
	// A local file source is named, not linked.
	if !strings.Contains(string(body), "<code>/srv/papers/evil.html</code>") || strings.Contains(string(body), `href="/srv/papers`) {
		t.Errorf("local source not shown as a path")
	}
}

func TestSearchPage(t *testing.T) {
	ts, _ := newTestServer(t, "")
	resp, body := get(t, ts.URL+"/?q="+url.QueryEscape("healthy schools"))
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	page := string(body)
	for _, want := range []string{
		`<html lang="en-GB">`,
		`<label for="q">`,
		`value="healthy schools"`,
		`<h2 id="results-h">3 actions</h2>`,
		`Support local primary <mark>schools</mark> to achieve &#39;<mark>Healthy</mark> <mark>School</mark> Status&#39;`,
		`HWBB Education Subgroup`,
		`<time datetime="2022-03-31">2022-03-31</time>`,
		`href="/?q=healthy&#43;schools&amp;status=complete"`,
		`href="/api/export.csv?q=healthy&#43;schools"`,
		`<main id="main"`,
		`<nav aria-label="Main">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("search page lacks %s", want)
		}
	}
	// A chosen facet shows as active with a link that removes it.
	_, body = get(t, ts.URL+"/?q=health&status=delayed")
	page = string(body)
	for _, want := range []string{
		`<h2 id="results-h">2 actions</h2>`,
		`aria-current="true"`,
		`href="/?q=health" aria-label="Remove filter Status: Delayed"`,
		`<input type="hidden" name="status" value="delayed">`,
		`href="/api/export.csv?q=health&amp;status=delayed"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("filtered page lacks %s", want)
		}
	}
	// An enum in another case is the same filter.
	_, body = get(t, ts.URL+"/?q=health&status=Delayed")
	for _, want := range []string{`<h2 id="results-h">2 actions</h2>`, `href="/?q=health" aria-label="Remove filter Status: Delayed"`, `aria-current="true"`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("status=Delayed page lacks %s", want)
		}
	}
	// The first page links to the next; the next page back to the first.
	_, body = get(t, ts.URL+"/?q=health&size=5")
	next := regexp.MustCompile(`href="([^"]+)" rel="next"`).FindStringSubmatch(string(body))
	if next == nil {
		t.Fatal("no next page link")
	}
	resp, body = get(t, ts.URL+html.UnescapeString(next[1]))
	if resp.StatusCode != 200 || !strings.Contains(string(body), "First page") {
		t.Errorf("next page: %d, first page link missing", resp.StatusCode)
	}
	// The start page offers example queries.
	_, body = get(t, ts.URL+"/")
	if !strings.Contains(string(body), `href="/?q=healthy&#43;schools"`) {
		t.Errorf("no example queries on the start page")
	}
}

func TestSearchPageBadQuery(t *testing.T) {
	ts, _ := newTestServer(t, "")
	for _, q := range []string{"year=abc", "due_before=tomorrow", "q=" + url.QueryEscape(`"unclosed`)} {
		resp, body := get(t, ts.URL+"/?"+q)
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: status %d", q, resp.StatusCode)
		}
		if !strings.Contains(string(body), `role="alert"`) || !strings.Contains(string(body), "could not be run") {
			t.Errorf("%s: no error message on the page", q)
		}
	}
	resp, body := get(t, ts.URL+"/actions/nope")
	if resp.StatusCode != 404 || !strings.Contains(string(body), "no action with id") {
		t.Errorf("unknown action: %d", resp.StatusCode)
	}
}

func TestActionPage(t *testing.T) {
	ts, _ := newTestServer(t, "")
	res := searchAPI(t, ts.URL, "q="+url.QueryEscape(`+"Healthy School Status" +target:schools`))
	if len(res.Hits) != 1 {
		t.Fatalf("%d hits", len(res.Hits))
	}
	resp, body := get(t, ts.URL+"/actions/"+res.Hits[0].ID)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	page := string(body)
	for _, want := range []string{
		"<dt>Target</dt><dd>75% of schools</dd>",
		"<dt>Due as written</dt><dd>March 2022</dd>",
		"<dt>Owner</dt><dd>HWBB Education Subgroup</dd>",
		`href="https://oadby-wigston.example/documents/health-inequalities-action-plan-2021-2023.pdf"`,
		"Other actions in this paper",
		"Recruit and train volunteer Community Champions",
		"<dt>Pages</dt><dd>4</dd>",
		"<dt>Indexed</dt>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("action page lacks %s", want)
		}
	}
	// The other actions are those of the same document only, not this one.
	if n := strings.Count(page, `<li class="hit">`); n != 18 {
		t.Errorf("%d other actions, want 18 (the plan has 19)", n)
	}
	if strings.Contains(page, "Harborough") {
		t.Errorf("action page lists another paper's actions")
	}
}

func TestDocumentLink(t *testing.T) {
	tests := []struct {
		url  string
		page int
		want string
	}{
		{"https://x.example/a.pdf", 3, "https://x.example/a.pdf#page=3"},
		{"https://x.example/A.PDF", 2, "https://x.example/A.PDF#page=2"},
		{"https://x.example/a.pdf", 0, "https://x.example/a.pdf"},
		{"https://x.example/item.aspx?id=1", 4, "https://x.example/item.aspx?id=1"},
		{"/srv/papers/a.pdf", 3, ""},
		{"file:///srv/a.pdf", 3, ""},
		{"javascript:alert(1)", 0, ""},
	}
	for _, tt := range tests {
		var rec apiAction
		rec.SourceURL, rec.Page = tt.url, tt.page
		if got := documentLink(rec.Record); got != tt.want {
			t.Errorf("documentLink(%q, %d) = %q, want %q", tt.url, tt.page, got, tt.want)
		}
	}
}

// TestSourcesPage: the page shows what an operator needs of each source —
// last run, result, papers new / changed / failed, actions, next run — and
// what failed, with why, escaped.
func TestSourcesPage(t *testing.T) {
	ts, _ := newTestServer(t, "")
	resp, body := get(t, ts.URL+"/sources")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	page := string(body)
	for _, want := range []string{
		"oadby", "2022-06-01 09:00", "run, 1m35s", `<span class="badge result-failed">failed</span>`,
		`<span class="count">3 new</span>`, `<span class="count">1 changed</span>`, `<span class="count">2 failed</span>`,
		"10 unchanged, 0 removed; 4 meetings", "45 added, 0 updated, 0 removed", "2022-06-02 03:00", "0 3 * * *",
		`<a href="#failures-1">2 papers failed</a>`, `id="failures-1"`,
		`<a href="https://oadby.example/documents/s123/plan.pdf">https://oadby.example/documents/s123/plan.pdf</a>: stopped after 1m0s, over its time budget (extract.timeout)`,
		`<span class="path">/srv/papers/&lt;b&gt;minutes&lt;/b&gt;.pdf</span>: malformed PDF: &lt;script&gt;alert(1)&lt;/script&gt;`,
		"harborough &lt;x&gt;", "never", "not scheduled",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("sources page lacks %s", want)
		}
	}
	for _, raw := range []string{"actions_added", "indexed_new", "<script>alert"} {
		if strings.Contains(page, raw) {
			t.Errorf("sources page shows %s", raw)
		}
	}
}

func TestLabels(t *testing.T) {
	tests := []struct{ got, want string }{
		{statusLabel(""), "Unknown"},
		{statusLabel("in_progress"), "In progress"},
		{statusLabel("delayed"), "Delayed"},
		{valueLabel("kind", ""), ""},
		{valueLabel("kind", "recommendation"), "Recommendation"},
		{valueLabel("board", "élan board"), "élan board"},
		{capitalise("élan"), "Élan"},
		{facetLabel("board"), "Board"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// FuzzParseRequest feeds arbitrary query strings to the parameter parser:
// it must never panic, and what it accepts must be in range.
func FuzzParseRequest(f *testing.F) {
	for _, s := range []string{
		"q=healthy+schools&status=delayed&year=2021&year=2022",
		"due_before=2023-03-31&due_after=2022-04-01&overdue=true&sort=due&size=50",
		"after=" + encodeAfter([]string{"1.5", "abc"}), "after=%%%", "year=-1", "size=101", "facets=false",
		"board=Oadby+and+Wigston+HWB&board=&theme=Priority+1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		r, err := parseRequest(q, "2022-06-01")
		if err != nil {
			var pe *index.ParamError
			if !errors.As(err, &pe) || pe.Msg == "" || pe.Param == "" {
				t.Fatalf("parseRequest(%q): error %v is not a ParamError", raw, err)
			}
			return
		}
		if r.Size < 1 || r.Size > maxSize {
			t.Fatalf("parseRequest(%q): size %d", raw, r.Size)
		}
		for _, y := range r.Year {
			if y < 1900 || y > 2200 {
				t.Fatalf("parseRequest(%q): year %d", raw, y)
			}
		}
		if len(r.After) > 0 {
			back, err := decodeAfter(encodeAfter(r.After))
			if err != nil || !slices.Equal(back, r.After) {
				t.Fatalf("after key does not round-trip: %q", r.After)
			}
		}
	})
}

// A decision read from an agenda item's page and from the printed minutes
// is one hit that names the other place; the other place's page leads to
// it, and the API says which action it is shown as.
func TestMergedDecisionPages(t *testing.T) {
	paper := func(url, title string, texts ...string) action.Extraction {
		ext := action.Extraction{Document: action.Document{Source: url, URL: url, Kind: action.DocMinutes, Title: title,
			MeetingDate: "2019-10-15", Year: 2019, Board: "Oadby and Wigston HWB", Council: "Oadby and Wigston", SHA256: "sha " + url}}
		for _, s := range texts {
			ext.Actions = append(ext.Actions, action.Action{Kind: action.KindResolution, Action: s, Page: 3})
		}
		ext.Finish()
		return ext
	}
	item := paper("https://mg.example.gov.uk/mgAi.aspx?ID=5004", "Health Inequalities Report", "That the health inequalities report be noted")
	minutes := paper("https://mg.example.gov.uk/documents/g1600/Printed%20minutes.pdf", "Minutes of the Board",
		"That the Health Inequalities Report be noted.", "That the budget be approved.")
	ts, _, _ := newTestServerWith(t, func(o *Options) { o.Index = newTestIndex(t, []action.Extraction{item, minutes}) })

	res := searchAPI(t, ts.URL, "q=inequalities")
	if len(res.Hits) != 1 || len(res.Hits[0].AlsoIn) != 1 || res.Hits[0].AlsoIn[0].ID != minutes.Actions[0].ID {
		t.Fatalf("hits %+v; want the item page's decision, also in the minutes", res.Hits)
	}
	_, body := get(t, ts.URL+"/?q=inequalities")
	if !strings.Contains(string(body), "also in 1 other place") {
		t.Error("the search page does not say the hit appears elsewhere")
	}
	_, body = get(t, ts.URL+"/actions/"+item.Actions[0].ID)
	for _, want := range []string{"Also in", `href="/actions/` + minutes.Actions[0].ID + `">Minutes of the Board</a>`, "page 3"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("action page lacks %s", want)
		}
	}
	resp, _ := get(t, ts.URL+"/actions/"+minutes.Actions[0].ID)
	if resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != "/actions/"+item.Actions[0].ID {
		t.Errorf("the minutes' appearance: %d to %q; want a redirect to the item page's", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, body = get(t, ts.URL+"/api/actions/"+minutes.Actions[0].ID)
	var rec action.Record
	if err := json.Unmarshal(body, &rec); err != nil || resp.StatusCode != 200 || rec.SameAs != item.Actions[0].ID {
		t.Errorf("API: %d, same as %q (%v)", resp.StatusCode, rec.SameAs, err)
	}
}
