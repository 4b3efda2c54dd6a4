package web

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

func TestAPISearchHealthySchools(t *testing.T) {
	ts, _ := newTestServer(t, "")
	res := searchAPI(t, ts.URL, "q="+url.QueryEscape("healthy schools"))
	if res.Total == 0 || len(res.Hits) == 0 {
		t.Fatalf("no hits")
	}
	var found bool
	for _, h := range res.Hits {
		if strings.Contains(h.Action.Action, "Healthy School Status") {
			found = true
			if !slices.Equal(h.Owner, []string{"HWBB Education Subgroup"}) || h.Due != "2022-03-31" {
				t.Errorf("Healthy School Status hit: owner %q due %q", h.Owner, h.Due)
			}
			if h.DocumentTitle != "2021 – 2023 Health Inequalities Action Plan" || h.Link != "/actions/"+h.ID {
				t.Errorf("hit document %q link %q", h.DocumentTitle, h.Link)
			}
			if frag := strings.Join(h.Fragments["action"], ""); !strings.Contains(frag, "<mark>Healthy</mark>") {
				t.Errorf("action fragment %q has no highlight", frag)
			}
		}
		if h.After == "" {
			t.Errorf("hit %s has no after key", h.ID)
		}
	}
	if !found {
		t.Errorf("Healthy School Status action not among the hits")
	}
	for _, f := range filterParams {
		if _, ok := res.Facets[f]; !ok {
			t.Errorf("facet %s missing; have %v", f, res.Facets)
		}
	}
	if got := res.Facets["status"]; len(got) == 0 {
		t.Errorf("no status facet counts")
	}
}

func TestAPIFilters(t *testing.T) {
	ts, _ := newTestServer(t, "")
	tests := []struct {
		query string
		total uint64
		check func(h apiHit) bool
	}{
		{"status=delayed", 3, func(h apiHit) bool { return h.Status == "delayed" }},
		{"q=health&status=delayed", 2, func(h apiHit) bool { return h.StatusRaw == "Delayed due to COVID" }},
		{"board=" + url.QueryEscape("Harborough HWB"), 25, func(h apiHit) bool { return h.Board == "Harborough HWB" }},
		{"board=" + url.QueryEscape("Harborough HWB") + "&board=" + url.QueryEscape("Leicestershire HWB"), 31, func(h apiHit) bool {
			return h.Board == "Harborough HWB" || h.Board == "Leicestershire HWB"
		}},
		{"council=" + url.QueryEscape("Leicestershire County Council"), 6, func(h apiHit) bool { return h.Council == "Leicestershire County Council" }},
		{"year=2020", 14, func(h apiHit) bool { return h.Year == 2020 }},
		{"kind=commitment", 5, func(h apiHit) bool { return h.Kind == "commitment" }},
		{"owner=" + url.QueryEscape("Joel Matthews"), 0, func(h apiHit) bool { return slices.Contains(h.Owner, "Joel Matthews") }},
		{"theme=" + url.QueryEscape("Priority 1 - Housing for all"), 0, func(h apiHit) bool { return h.Theme == "Priority 1 - Housing for all" }},
		{"due_after=2023-01-01&due_before=2023-03-31", 0, func(h apiHit) bool { return h.Due >= "2023-01-01" && h.Due <= "2023-03-31" }},
		// Today is 2022-06-01 in the test server.
		{"overdue=true", 8, func(h apiHit) bool {
			return h.Due != "" && h.Due < "2022-06-01" && h.Status != "complete" && h.OverdueDays > 0
		}},
		{"q=healthy+schools&status=delayed", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := searchAPI(t, ts.URL, tt.query+"&size=100")
			if tt.total > 0 && res.Total != tt.total {
				t.Errorf("total %d, want %d", res.Total, tt.total)
			}
			if tt.check == nil {
				if res.Total != 0 {
					t.Errorf("total %d, want 0", res.Total)
				}
				return
			}
			if res.Total == 0 {
				t.Fatalf("no hits")
			}
			if uint64(len(res.Hits)) != res.Total {
				t.Errorf("%d hits of %d", len(res.Hits), res.Total)
			}
			for _, h := range res.Hits {
				if !tt.check(h) {
					t.Errorf("hit %s (%s %q) does not match the filter", h.ID, h.Ref, h.Action.Action)
				}
			}
		})
	}
}

// TestAPIFacetCounts checks that each facet count is what filtering by that
// value gives.
func TestAPIFacetCounts(t *testing.T) {
	ts, _ := newTestServer(t, "")
	res := searchAPI(t, ts.URL, "q=health")
	for _, f := range []string{"board", "status", "kind", "year"} {
		for _, c := range res.Facets[f] {
			sub := searchAPI(t, ts.URL, "q=health&"+f+"="+url.QueryEscape(c.Value))
			if sub.Total != uint64(c.Count) {
				t.Errorf("facet %s=%s counts %d, filter gives %d", f, c.Value, c.Count, sub.Total)
			}
		}
	}
}

func TestAPIFacetsOff(t *testing.T) {
	ts, _ := newTestServer(t, "")
	res := searchAPI(t, ts.URL, "q=health&facets=false")
	if res.Total == 0 || len(res.Facets) != 0 {
		t.Errorf("facets=false: total %d, facets %v", res.Total, res.Facets)
	}
	if res := searchAPI(t, ts.URL, "q=health&facets=true"); len(res.Facets["status"]) == 0 {
		t.Errorf("facets=true: no facets")
	}
}

func TestAPIPagingAfter(t *testing.T) {
	ts, _ := newTestServer(t, "")
	for _, sort := range []string{"relevance", "due", "date"} {
		t.Run(sort, func(t *testing.T) {
			all := searchAPI(t, ts.URL, "q=health&size=100&sort="+sort)
			var paged []string
			after := ""
			for pages := 0; ; pages++ {
				if pages > 50 {
					t.Fatal("paging does not end")
				}
				q := "q=health&size=7&sort=" + sort
				if after != "" {
					q += "&after=" + after
				}
				res := searchAPI(t, ts.URL, q)
				if res.Total != all.Total {
					t.Fatalf("page total %d, want %d", res.Total, all.Total)
				}
				for _, h := range res.Hits {
					paged = append(paged, h.ID)
				}
				if res.NextAfter == "" {
					break
				}
				if len(res.Hits) != 7 {
					t.Fatalf("a page with a next page has %d hits", len(res.Hits))
				}
				if res.NextAfter != res.Hits[len(res.Hits)-1].After {
					t.Errorf("next_after is not the last hit's key")
				}
				after = res.NextAfter
			}
			var want []string
			for _, h := range all.Hits {
				want = append(want, h.ID)
			}
			if !slices.Equal(paged, want) {
				t.Errorf("paged ids (%d) differ from one page (%d):\n%v\n%v", len(paged), len(want), paged, want)
			}
		})
	}
}

func readCSV(t *testing.T, body []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], action.CSVColumns) {
		t.Fatalf("csv header %v", rows)
	}
	return rows[1:]
}

func TestAPIExportMatchesSearch(t *testing.T) {
	ts, _ := newTestServer(t, "")
	for _, q := range []string{"", "q=health&status=delayed", "board=" + url.QueryEscape("Harborough HWB"), "overdue=1", "q=nothingmatchesthis"} {
		t.Run(q, func(t *testing.T) {
			resp, body := get(t, ts.URL+"/api/export.csv?"+q)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
				t.Errorf("content type %q", ct)
			}
			if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment; filename=") {
				t.Errorf("content disposition %q", cd)
			}
			rows := readCSV(t, body)
			res := searchAPI(t, ts.URL, q+"&size=100")
			if uint64(len(rows)) != res.Total {
				t.Fatalf("%d csv rows, %d hits", len(rows), res.Total)
			}
			var ids, hitIDs []string
			for _, r := range rows {
				ids = append(ids, r[0])
			}
			for _, h := range res.Hits {
				hitIDs = append(hitIDs, h.ID)
			}
			slices.Sort(ids)
			slices.Sort(hitIDs)
			if !slices.Equal(ids, hitIDs) {
				t.Errorf("csv ids %v, hits %v", ids, hitIDs)
			}
		})
	}
}

func TestAPIAction(t *testing.T) {
	ts, _ := newTestServer(t, "")
	res := searchAPI(t, ts.URL, "q="+url.QueryEscape(`+"Healthy School Status" +target:schools`))
	if len(res.Hits) != 1 {
		t.Fatalf("%d hits", len(res.Hits))
	}
	resp, body := get(t, ts.URL+"/api/actions/"+res.Hits[0].ID)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	var got apiAction
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != res.Hits[0].ID || got.Target != "75% of schools" || got.DocumentID == "" || got.Source == "" {
		t.Errorf("action %+v", got)
	}
	if got.Document == nil || got.Document.ID != got.DocumentID || got.Document.Actions != 19 || got.Document.Indexed == "" || got.Document.Pages != 4 {
		t.Errorf("document %+v", got.Document)
	}
	if want := "https://oadby-wigston.example/documents/health-inequalities-action-plan-2021-2023.pdf"; !strings.HasPrefix(got.Link, want) {
		t.Errorf("link %q", got.Link)
	}
}

func TestAPIErrors(t *testing.T) {
	ts, _ := newTestServer(t, "")
	tests := []struct {
		method, path string
		status       int
		mention      string
	}{
		{"GET", "/api/search?year=twenty", 400, "year"},
		{"GET", "/api/search?due_before=31/03/2023", 400, "due_before"},
		{"GET", "/api/search?due_after=2023-02-30", 400, "due_after"},
		{"GET", "/api/search?sort=owner", 400, "sort"},
		{"GET", "/api/search?size=0", 400, "size"},
		{"GET", "/api/search?size=5000", 400, "size"},
		{"GET", "/api/search?overdue=maybe", 400, "overdue"},
		{"GET", "/api/search?facets=some", 400, "facets"},
		{"GET", "/api/search?after=!!!", 400, "after"},
		{"GET", "/api/search?after=" + encodeAfter([]string{"a", "b", "c", "d", "e", "f"}), 400, "after"},
		{"GET", "/api/search?q=" + url.QueryEscape(`title:"unclosed`), 400, "query"},
		{"GET", "/api/export.csv?year=x", 400, "year"},
		{"GET", "/api/export.csv?q=" + url.QueryEscape(`"unclosed`), 400, "query"},
		{"GET", "/api/actions/0000000000000000", 404, "0000000000000000"},
		{"GET", "/api/nothing", 404, "/api/nothing"},
		{"POST", "/api/search", 405, "POST"},
		{"DELETE", "/api/actions/0000000000000000", 405, "DELETE"},
		{"PUT", "/", 405, "PUT"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			resp, body := do(t, tt.method, ts.URL+tt.path, nil)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("content type %q", ct)
			}
			var e struct{ Error string }
			if err := json.Unmarshal(body, &e); err != nil || e.Error == "" {
				t.Fatalf("body %s is not a JSON error", body)
			}
			if !strings.Contains(strings.ToLower(e.Error), strings.ToLower(tt.mention)) {
				t.Errorf("error %q does not mention %q", e.Error, tt.mention)
			}
		})
	}
}

// TestAPISourcesAndHealth: /api/sources gives each source's last run, its
// counts and failures; what a source has not got (a never-run source's
// times and counts) is left out, not zero.
func TestAPISourcesAndHealth(t *testing.T) {
	ts, _ := newTestServer(t, "")
	resp, body := get(t, ts.URL+"/api/sources")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	var got struct {
		Sources []map[string]any
	}
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Sources) != 2 {
		t.Fatalf("sources %s", body)
	}
	oadby, never := got.Sources[0], got.Sources[1]
	counts, _ := oadby["counts"].(map[string]any)
	failures, _ := oadby["failures"].([]any)
	if oadby["name"] != "oadby" || oadby["result"] != "failed" || oadby["next_run"] == nil || oadby["last_run"] == nil ||
		counts["new"] != 3.0 || counts["failed"] != 2.0 || counts["actions_added"] != 45.0 || len(failures) != 2 {
		t.Errorf("oadby: %v", oadby)
	}
	if f, _ := failures[0].(map[string]any); f["paper"] != "https://oadby.example/documents/s123/plan.pdf" || !strings.Contains(f["error"].(string), "time budget") {
		t.Errorf("first failure: %v", failures[0])
	}
	for _, key := range []string{"last_run", "last_end", "next_run", "counts", "failures", "schedule"} {
		if _, ok := never[key]; ok {
			t.Errorf("a never-run source has %s: %v", key, never)
		}
	}
	if strings.Contains(string(body), "0001-01-01") || strings.Contains(string(body), "null") {
		t.Errorf("empty times or nulls in %s", body)
	}
	resp, body = get(t, ts.URL+"/healthz")
	if resp.StatusCode != 200 || !strings.Contains(string(body), "ok") {
		t.Errorf("healthz %d %s", resp.StatusCode, body)
	}
}

func TestSecurityHeaders(t *testing.T) {
	ts, _ := newTestServer(t, "")
	for _, p := range []string{"/", "/api/search", "/static/style.css", "/nowhere"} {
		resp, _ := get(t, ts.URL+p)
		h := resp.Header
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: CSP %q", p, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
			t.Errorf("%s: headers %v", p, h)
		}
	}
}

func TestTokenEnforced(t *testing.T) {
	ts, _ := newTestServer(t, "s3cret")
	bearer := http.Header{"Authorization": {"Bearer s3cret"}}
	wrong := http.Header{"Authorization": {"Bearer nope"}}
	cookie := http.Header{"Cookie": {"token=s3cret"}}
	tests := []struct {
		path   string
		header http.Header
		status int
	}{
		{"/api/search", nil, 401},
		{"/api/search", wrong, 401},
		{"/api/search?token=nope", nil, 401},
		{"/", nil, 401},
		{"/api/export.csv", nil, 401},
		{"/api/search", bearer, 200},
		{"/api/search", cookie, 200},
		{"/", cookie, 200},
		{"/healthz", nil, 200},
		{"/?q=health&token=s3cret", nil, 303},
		{"/api/search", http.Header{"Authorization": {"bearer s3cret"}}, 200},
	}
	for _, tt := range tests {
		resp, body := do(t, "GET", ts.URL+tt.path, tt.header)
		if resp.StatusCode != tt.status {
			t.Errorf("%s %v: status %d, want %d: %.200s", tt.path, tt.header, resp.StatusCode, tt.status, body)
		}
		if tt.status == 303 {
			if loc := resp.Header.Get("Location"); loc != "/?q=health" {
				t.Errorf("redirect to %q", loc)
			}
			var set *http.Cookie
			for _, c := range resp.Cookies() {
				if c.Name == "token" {
					set = c
				}
			}
			if set == nil || set.Value != "s3cret" || !set.HttpOnly {
				t.Errorf("cookie %+v", set)
			}
		}
	}
}

// TestTokenRedirectStaysOnSite: "//evil.example/?token=T" must not send the
// browser to another host once the cookie is set.
func TestTokenRedirectStaysOnSite(t *testing.T) {
	ts, _ := newTestServer(t, "s3cret")
	req, err := http.NewRequest("GET", ts.URL+"/?token=s3cret", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.URL.Path = "//evil.example/"
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if loc := resp.Header.Get("Location"); resp.StatusCode != 303 || !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") {
		t.Errorf("status %d, Location %q: want a redirect on this site", resp.StatusCode, loc)
	}
}

func TestCheckBind(t *testing.T) {
	tests := []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"localhost:8080", "", true},
		{"[::1]:8080", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"192.168.1.10:8080", "", false},
		{"0.0.0.0:8080", "t", true},
		{"nonsense", "t", false},
	}
	for _, tt := range tests {
		err := CheckBind(tt.addr, tt.token)
		if (err == nil) != tt.ok {
			t.Errorf("CheckBind(%q, %q) = %v, want ok=%v", tt.addr, tt.token, err, tt.ok)
		}
	}
}
