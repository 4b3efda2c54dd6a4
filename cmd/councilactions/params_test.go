package main

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/index/web"
)

// TestAPIAndCLIRefuseAlike: the same bad search, given to the command line
// as flags and to the API as parameters, is refused by both (exit status 2,
// HTTP 400) with the same words, and the same good search, enum values in
// any case, finds the same actions.
func TestAPIAndCLIRefuseAlike(t *testing.T) {
	dataDir := searchDataDir(t)
	type answer struct {
		total uint64
		err   string // the message without the parameter's or flag's name
	}
	cli := func(args ...string) answer {
		out, _, err := searchCLI(t, append([]string{"search", "--json", "--data-dir", dataDir}, args...)...)
		if err != nil {
			var ue usageError
			if !errors.As(err, &ue) {
				t.Fatalf("search %q: %v is not a usage error (exit 2)", args, err)
			}
			return answer{err: afterName(err.Error())}
		}
		var res index.Result
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		return answer{total: res.Total}
	}
	// The CLI's searches ran first: the server below holds the index.
	type tcase struct {
		name string
		args []string
		v    url.Values
	}
	cases := []tcase{
		{"unknown status", []string{"--status", "late"}, url.Values{"status": {"late"}}},
		{"status in another case", []string{"--status", "Delayed"}, url.Values{"status": {"Delayed"}}},
		{"status as words", []string{"--status", "On track"}, url.Values{"status": {"On track"}}},
		{"kind in another case", []string{"--kind", "Action"}, url.Values{"kind": {"Action"}}},
		{"unknown kind", []string{"--kind", "promise"}, url.Values{"kind": {"promise"}}},
		{"unknown doc kind", []string{"--doc-kind", "memo"}, url.Values{"doc_kind": {"memo"}}},
		{"year in words", []string{"--year", "twenty"}, url.Values{"year": {"twenty"}}},
		{"years", []string{"--year", "2020,2022"}, url.Values{"year": {"2020,2022"}}},
		{"bad date", []string{"--due-before", "tomorrow"}, url.Values{"due_before": {"tomorrow"}}},
		{"bad today", []string{"--overdue", "--today", "soon"}, url.Values{"overdue": {"true"}, "today": {"soon"}}},
		{"bad sort", []string{"--sort", "owner"}, url.Values{"sort": {"owner"}}},
		{"sort in another case", []string{"--sort", "Due"}, url.Values{"sort": {"Due"}}},
		{"status field in the query", []string{"status:Delayed"}, url.Values{"q": {"status:Delayed"}}},
		{"unknown status in the query", []string{"status:late"}, url.Values{"q": {"status:late"}}},
		{"bad query", []string{`"unclosed`}, url.Values{"q": {`"unclosed`}}},
		{"costly query", []string{`/.{0,1000}e/`}, url.Values{"q": {`/.{0,1000}e/`}}},
		{"dangling OR", []string{"lung OR"}, url.Values{"q": {"lung OR"}}},
	}
	want := make([]answer, len(cases))
	for i, c := range cases {
		want[i] = cli(c.args...)
	}

	ix, err := index.Open(pipeline.IndexDir(dataDir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	srv, err := web.New(web.Options{Index: ix, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	api := func(v url.Values) (int, answer) {
		resp, err := http.Get(ts.URL + "/api/search?" + v.Encode())
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body struct {
			Total uint64
			Error string
		}
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, answer{total: body.Total, err: afterName(body.Error)}
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, got := api(c.v)
			if want[i].err != "" && status != http.StatusBadRequest || want[i].err == "" && status != http.StatusOK {
				t.Errorf("API status %d for CLI answer %+v", status, want[i])
			}
			if got != want[i] {
				t.Errorf("API %+v, CLI %+v", got, want[i])
			}
			if want[i].err == "" && want[i].total == 0 {
				t.Errorf("finds nothing: a case that cannot tell the two apart")
			}
		})
	}

	// What only a URL can get wrong.
	for _, tt := range []struct{ raw, msg string }{
		{"stauts=delayed", "stauts: unknown parameter; did you mean status?"},
		{"q=lung&q=cancer", "q: given 2 times; give it once"},
		{"sort=due&sort=date", "sort: given 2 times"},
		{"size=5&size=6", "size: given 2 times"},
	} {
		resp, err := http.Get(ts.URL + "/api/search?" + tt.raw)
		if err != nil {
			t.Fatal(err)
		}
		var body struct{ Error string }
		_ = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body.Error, tt.msg) {
			t.Errorf("%s: %d %q, want 400 saying %q", tt.raw, resp.StatusCode, body.Error, tt.msg)
		}
	}
}

// afterName drops the name a message starts with: "--status: …",
// "status: …" and "bad query: …" all give "…".
func afterName(msg string) string {
	if _, rest, ok := strings.Cut(msg, ": "); ok {
		return rest
	}
	return msg
}
