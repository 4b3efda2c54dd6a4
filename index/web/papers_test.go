package web

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// TestPaperCopies: /papers/{id} serves the copy the index records for a
// crawled paper — a PDF inline, anything else as a sandboxed download —
// and nothing outside the data dir, whatever the record says.
func TestPaperCopies(t *testing.T) {
	dataDir := t.TempDir()
	os.MkdirAll(filepath.Join(dataDir, "papers", "site"), 0o755)
	os.WriteFile(filepath.Join(dataDir, "papers", "site", "plan.pdf"), []byte("%PDF-1.4 a plan"), 0o644)
	os.WriteFile(filepath.Join(dataDir, "papers", "site", "page.html"), []byte("<html><script>alert(1)</script>"), 0o644)
	os.WriteFile(filepath.Join(filepath.Dir(dataDir), "secret.txt"), []byte("secret"), 0o644)
	var exts []action.Extraction
	for _, stored := range []string{"papers/site/plan.pdf", "papers/site/page.html", "../secret.txt", "papers/site/gone.pdf", ""} {
		ext := action.Extraction{
			Document: action.Document{Source: "https://council.example/" + stored, URL: "https://council.example/" + stored, Stored: stored, Title: stored},
			Actions:  []action.Action{{Ref: "1", Kind: action.KindAction, Action: "Do something about " + stored, Page: 2}},
		}
		ext.Finish()
		exts = append(exts, ext)
	}
	ix := newTestIndex(t, exts)
	ts, _, _ := newTestServerWith(t, func(o *Options) { o.Index, o.DataDir = ix, dataDir })
	docID := func(i int) string { return exts[i].Records()[0].DocumentID }

	resp, body := get(t, ts.URL+"/papers/"+docID(0))
	if resp.StatusCode != 200 || string(body) != "%PDF-1.4 a plan" || resp.Header.Get("Content-Type") != "application/pdf" ||
		!strings.HasPrefix(resp.Header.Get("Content-Disposition"), "inline") {
		t.Errorf("PDF copy: %d %q %v", resp.StatusCode, body, resp.Header)
	}
	resp, body = get(t, ts.URL+"/papers/"+docID(1))
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/octet-stream" ||
		!strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment") || !strings.HasPrefix(resp.Header.Get("Content-Security-Policy"), "sandbox") {
		t.Errorf("HTML copy: %d %v", resp.StatusCode, resp.Header)
	}
	for i, what := range map[int]string{2: "outside the data dir", 3: "a copy that is gone", 4: "no copy"} {
		if resp, body := get(t, ts.URL+"/papers/"+docID(i)); resp.StatusCode != 404 || strings.Contains(string(body), "secret") {
			t.Errorf("%s: %d %s", what, resp.StatusCode, body)
		}
	}

	// The action page and the API link the copy, at the PDF's page.
	rec := exts[0].Records()[0]
	_, body = get(t, ts.URL+"/actions/"+rec.ID)
	if want := `<a href="/papers/` + docID(0) + `#page=2">Open the paper at page 2</a> · <a href="https://council.example/papers/site/plan.pdf#page=2"`; !strings.Contains(string(body), want) {
		t.Errorf("action page lacks %s", want)
	}
	_, body = get(t, ts.URL+"/api/actions/"+rec.ID)
	if !strings.Contains(string(body), `"copy": "/papers/`+docID(0)+`#page=2"`) {
		t.Errorf("api action: %s", body)
	}
}
