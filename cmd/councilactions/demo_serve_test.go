package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

// demoIDs runs the demo into dir and returns its action ids, sorted.
func demoIDs(t *testing.T, dir string) []string {
	t.Helper()
	if out, _, err := searchCLI(t, "demo", "--data-dir", dir); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	out, _, err := searchCLI(t, "export", "--format", "jsonl", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec struct{ ID string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rec.ID)
	}
	sort.Strings(ids)
	return ids
}

// TestDemoIDsStableAndPapersServed: the demo's ids come from the papers'
// identity, not the ports its sites happened to get, so two demo runs
// give the same ids; and `serve` afterwards links every action to the
// paper's local copy, which it serves, rather than to the demo's sites,
// which ended with it.
func TestDemoIDsStableAndPapersServed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo-data")
	first := demoIDs(t, dir)
	second := demoIDs(t, filepath.Join(t.TempDir(), "other-demo"))
	if len(first) == 0 || strings.Join(first, ",") != strings.Join(second, ",") {
		t.Fatalf("two demo runs gave different ids (%d and %d)", len(first), len(second))
	}

	cmd, _, errOut := councilactions("serve", "--data-dir", dir, "--addr", "127.0.0.1:0")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}()
	base := serveURL(t, errOut)
	var act struct {
		Link, Copy string
		Page       int
		Document   struct{ SHA256 string }
	}
	if err := json.Unmarshal([]byte(httpGet(t, base+"/api/actions/"+first[0])), &act); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(act.Copy, "/papers/") || act.Link != "" {
		t.Fatalf("action links: copy %q, link %q; want a local copy and no dead demo link", act.Copy, act.Link)
	}
	copyURL := base + strings.SplitN(act.Copy, "#", 2)[0]
	body := httpGet(t, copyURL)
	sum := sha256.Sum256([]byte(body))
	if hex.EncodeToString(sum[:]) != act.Document.SHA256 {
		t.Errorf("%s is not the paper that was indexed", act.Copy)
	}
	resp, err := http.Get(copyURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	// The seed papers are text: a download, sandboxed.
	if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "sandbox") {
		t.Errorf("a text paper is served with %q, CSP %q", cd, resp.Header.Get("Content-Security-Policy"))
	}
	page := httpGet(t, base+"/actions/"+first[0])
	if !strings.Contains(page, `<a href="`+act.Copy+`">Open the paper`) || strings.Contains(page, `href="http://moderngov.demo.invalid`) {
		t.Errorf("the action page does not link the local copy:\n%s", page)
	}
	resp, err = http.Get(base + "/papers/0000000000000000")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("unknown paper: %d", resp.StatusCode)
	}
}

// TestDemoLeavesAServedDataDirAlone: a demo run on a data dir that serve
// has open is refused, naming the holder, and deletes nothing: serve goes
// on answering from it. Once serve stops, the demo rebuilds it.
func TestDemoLeavesAServedDataDirAlone(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo-data")
	ids := demoIDs(t, dir)
	cmd, _, errOut := councilactions("serve", "--data-dir", dir, "--addr", "127.0.0.1:0")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	base := serveURL(t, errOut)
	before := listFiles(t, dir)

	_, _, err := searchCLI(t, "demo", "--data-dir", dir)
	if err == nil || !strings.Contains(err.Error(), "in use by pid") {
		t.Errorf("demo on a served data dir: err = %v, want it refused naming the holder", err)
	}
	if after := listFiles(t, dir); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("the refused demo changed the data dir:\nbefore %v\nafter  %v", before, after)
	}
	var res struct{ Total int }
	if err := json.Unmarshal([]byte(httpGet(t, base+"/api/search?size=1")), &res); err != nil || res.Total != len(ids) {
		t.Errorf("serve after the refused demo: %d actions (%v), want %d", res.Total, err, len(ids))
	}

	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve stopped by SIGTERM: %v", err)
	}
	if again := demoIDs(t, dir); len(again) != len(ids) {
		t.Errorf("demo after serve stopped: %d actions, want %d", len(again), len(ids))
	}
	ix, err := index.Open(pipeline.IndexDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
}

// serveURL waits for a serve process to log its address.
func serveURL(t *testing.T, errOut interface{ String() string }) string {
	t.Helper()
	re := regexp.MustCompile(`url=(http://127\.0\.0\.1:\d+)/`)
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(errOut.String()); m != nil {
			return m[1]
		}
	}
	t.Fatalf("serve did not start:\n%s", errOut.String())
	return ""
}

// listFiles lists the files under dir, except the index's segment and
// snapshot files: the serving index merges its segments in the background
// whenever it likes, so which of those exist says nothing of the demo.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if strings.HasPrefix(rel, filepath.Join("index", "snapshots")) || strings.HasSuffix(rel, ".zap") {
			return nil
		}
		out = append(out, rel)
		return nil
	})
	return out
}
