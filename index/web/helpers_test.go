package web

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/ingest/state"
)

// seedDocs mirror the seed papers: the hand-checked gold actions of each,
// with the document fields a crawl of their boards would give.
var seedDocs = []struct {
	gold string
	doc  action.Document
}{
	{"000_086a73563f357bf8.gold.jsonl", action.Document{
		Kind: action.DocActionPlan, Title: "Oadby and Wigston Health and Wellbeing Board – Action Plan (updated 17 June 2020)",
		Date: "2020-06-17", Year: 2020, Board: "Oadby and Wigston HWB", Council: "Oadby and Wigston Borough Council",
		Source: "https://oadby-wigston.example/documents/action-plan-june-2020.pdf",
		URL:    "https://oadby-wigston.example/documents/action-plan-june-2020.pdf", Pages: 3,
	}},
	{"001_6c1427c512f07a38.gold.jsonl", action.Document{
		Kind: action.DocActionPlan, Title: "2021 – 2023 Health Inequalities Action Plan",
		Period: "2021 – 2023", Year: 2021, Board: "Oadby and Wigston HWB", Council: "Oadby and Wigston Borough Council",
		Source: "https://oadby-wigston.example/documents/health-inequalities-action-plan-2021-2023.pdf",
		URL:    "https://oadby-wigston.example/documents/health-inequalities-action-plan-2021-2023.pdf", Pages: 4,
	}},
	{"002_d4fdaa888dc2074a.gold.jsonl", action.Document{
		Kind: action.DocMinutes, Title: "Health Inequalities Report", Date: "2019-11-27", Year: 2019,
		Board: "Oadby and Wigston HWB", Council: "Oadby and Wigston Borough Council",
		Source: "https://oadby-wigston.example/ieListDocuments.aspx?MId=1201",
		URL:    "https://oadby-wigston.example/ieListDocuments.aspx?MId=1201",
	}},
	{"003_fe06bfacb4d91bfa.gold.jsonl", action.Document{
		Kind: action.DocMinutes, Title: "Progress Report on Community Health and Wellbeing Plans", Date: "2023-09-21", Year: 2023,
		Board: "Leicestershire HWB", Council: "Leicestershire County Council",
		Source: "papers/leicestershire/2023-09-21-minutes.txt",
	}},
	{"004_89f8b84181bf5b9a.gold.jsonl", action.Document{
		Kind: action.DocActionPlan, Title: "Health & Wellbeing Strategy Action Plan 2022/23", Period: "2022/23", Year: 2022,
		Board: "Harborough HWB", Council: "Harborough District Council",
		Source: "https://harborough.example/downloads/hwb-action-plan-2022-23.pdf",
		URL:    "https://harborough.example/downloads/hwb-action-plan-2022-23.pdf", Pages: 5,
	}},
}

// seedExtractions reads the gold actions of the seed papers.
func seedExtractions(t testing.TB) []action.Extraction {
	t.Helper()
	var out []action.Extraction
	for _, s := range seedDocs {
		f, err := os.Open(filepath.Join("..", "..", "fixtures", "gold", s.gold))
		if err != nil {
			t.Fatal(err)
		}
		ext := action.Extraction{Document: s.doc}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := bytes.TrimSpace(sc.Bytes())
			var fields map[string]any
			if len(line) == 0 || json.Unmarshal(line, &fields) != nil || fields["document"] != nil {
				continue // blank, or the gold file's document line
			}
			// Gold allows alternatives {"any": [...]}: take the first.
			for k, v := range fields {
				if m, ok := v.(map[string]any); ok {
					if alts, ok := m["any"].([]any); ok && len(alts) > 0 {
						fields[k] = alts[0]
					}
				}
			}
			b, _ := json.Marshal(fields)
			var a action.Action
			if err := json.Unmarshal(b, &a); err != nil {
				t.Fatalf("%s: %v", s.gold, err)
			}
			ext.Actions = append(ext.Actions, a)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		ext.Finish()
		out = append(out, ext)
	}
	return out
}

// evilExtraction is a paper whose text carries markup that must show as text.
func evilExtraction() action.Extraction {
	ext := action.Extraction{
		Document: action.Document{
			Kind: action.DocReport, Title: `Report <script>alert("title")</script>`, Date: "2024-01-10", Year: 2024,
			Board: "Test <b>Board</b>", Council: "Test Council", Source: "/srv/papers/evil.html",
		},
		Actions: []action.Action{{
			Ref: "1", Kind: action.KindRecommendation, Title: `Scripted <script>alert("t")</script>`,
			Action:     `Scrutinise the injected <script>alert("xss")</script> markup & <img src=x onerror=alert(1)> carefully`,
			Owner:      []string{`<i>Owner</i>`},
			StatusRaw:  "Delayed",
			DueRaw:     "March 2024",
			SourceText: `1	Scrutinise the injected <script>alert("xss")</script> markup`,
			Page:       0,
		}},
	}
	ext.Finish()
	return ext
}

// testToday is the date the test server takes for today.
var testToday = time.Date(2022, 6, 1, 12, 0, 0, 0, time.UTC)

// newTestIndex opens an index in a temp dir and loads exts.
func newTestIndex(t testing.TB, exts []action.Extraction) *index.Index {
	t.Helper()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	for _, e := range exts {
		if _, err := ix.Replace(context.Background(), e); err != nil {
			t.Fatalf("replace %s: %v", e.Document.Source, err)
		}
	}
	return ix
}

// newTestServer serves the seed papers and the evil one on loopback.
func newTestServer(t testing.TB, token string) (*httptest.Server, *index.Index) {
	t.Helper()
	ts, _, ix := newTestServerWith(t, func(o *Options) { o.Token = token })
	return ts, ix
}

// newTestServerWith is newTestServer with options changed by mod.
func newTestServerWith(t testing.TB, mod func(*Options)) (*httptest.Server, *Server, *index.Index) {
	t.Helper()
	ix := newTestIndex(t, append(seedExtractions(t), evilExtraction()))
	opts := Options{
		Index: ix,
		Now:   func() time.Time { return testToday },
		Log:   slog.New(slog.NewTextHandler(io.Discard, nil)),
		Sources: func(ctx context.Context) ([]pipeline.SourceStatus, error) {
			return []pipeline.SourceStatus{
				{Name: "oadby", Kind: "moderngov", Board: "Oadby and Wigston HWB", Schedule: "0 3 * * *",
					LastRun: testToday.Add(-3 * time.Hour), LastEnd: testToday.Add(-3*time.Hour + 95*time.Second), LastKind: "run",
					Result: "failed", Counts: state.Counts{Meetings: 4, New: 3, Changed: 1, Unchanged: 10, Failed: 2, ActionsAdded: 45},
					Failures: []state.Failure{
						{Paper: "https://oadby.example/documents/s123/plan.pdf", Error: "stopped after 1m0s, over its time budget (extract.timeout)"},
						{Paper: "/srv/papers/<b>minutes</b>.pdf", Error: "malformed PDF: <script>alert(1)</script>"},
					},
					NextRun: testToday.Add(15 * time.Hour)},
				{Name: "harborough <x>", Kind: "dir", Result: "never"},
			}, nil
		},
	}
	mod(&opts)
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts, srv, ix
}

// get fetches a URL and returns the response with its body read.
func get(t testing.TB, url string) (*http.Response, []byte) {
	t.Helper()
	return do(t, http.MethodGet, url, nil)
}

func do(t testing.TB, method, url string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

// searchAPI calls /api/search with a raw query string and decodes the result.
func searchAPI(t testing.TB, base, rawQuery string) apiResult {
	t.Helper()
	resp, body := get(t, base+"/api/search?"+rawQuery)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/api/search?%s: %d %s", rawQuery, resp.StatusCode, body)
	}
	var res apiResult
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatalf("/api/search?%s: %v", rawQuery, err)
	}
	return res
}
