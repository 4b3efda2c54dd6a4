package web

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"testing"
)

// The Atom feed is also read by a feed library that readers' software
// uses, so "it parses" means more than "encoding/xml accepts it". No Go
// feed parser is an approved module here, so the test runs Python's
// feedparser (Debian's python3-feedparser, which .ci/run installs) over
// the same bytes: it flags any feed that is not well-formed (bozo), names
// the format it recognised, and resolves each entry's id, title, link and
// date the way feed readers do.

// feedparserScript reads a feed on stdin and prints what feedparser made
// of it as JSON.
const feedparserScript = `
import json, sys, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
    "bozo": bool(d.bozo),
    "error": str(d.get("bozo_exception", "")),
    "version": d.get("version", ""),
    "title": d.feed.get("title", ""),
    "entries": [{
        "id": e.get("id", ""),
        "title": e.get("title", ""),
        "link": e.get("link", ""),
        "dated": e.get("updated_parsed") is not None,
    } for e in d.entries],
}))
`

type parsedFeed struct {
	Bozo    bool
	Error   string
	Version string
	Title   string
	Entries []struct {
		ID, Title, Link string
		Dated           bool
	}
}

// feedparserPython finds a Python that has feedparser. Without one the
// check is skipped on a developer's machine but fails in CI.
func feedparserPython(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import feedparser").Run() == nil {
			return py
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set but no python3 with feedparser was found: apt-get install -y python3-feedparser")
	}
	t.Skip("no python3 with feedparser (apt-get install python3-feedparser)")
	return ""
}

// libraryReads checks that feedparser reads body as a well-formed Atom 1.0
// feed with the same entries, titles and links as f, every entry dated.
func libraryReads(t *testing.T, body []byte, f atom) {
	t.Helper()
	cmd := exec.Command(feedparserPython(t), "-c", feedparserScript)
	cmd.Stdin = bytes.NewReader(body)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("feedparser: %v", err)
	}
	var got parsedFeed
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("feedparser's output %q: %v", out, err)
	}
	if got.Bozo || got.Version != "atom10" {
		t.Errorf("feedparser: bozo %v (%s), format %q, want a well-formed atom10", got.Bozo, got.Error, got.Version)
	}
	if got.Title != f.Title {
		t.Errorf("feedparser: title %q, want %q", got.Title, f.Title)
	}
	if len(got.Entries) != len(f.Entries) {
		t.Fatalf("feedparser: %d entries, want %d", len(got.Entries), len(f.Entries))
	}
	for i, e := range got.Entries {
		want := f.Entries[i]
		if e.ID != want.ID || e.Title != want.Title || len(want.Links) == 0 || e.Link != want.Links[0].Href || !e.Dated {
			t.Errorf("feedparser: entry %d is %+v, want id %s, title %q, link %+v, a date", i, e, want.ID, want.Title, want.Links)
		}
	}
}

// TestFeedLibraryCatches: the check is not a rubber stamp — feedparser
// flags a feed that is not well-formed.
func TestFeedLibraryCatches(t *testing.T) {
	cmd := exec.Command(feedparserPython(t), "-c", feedparserScript)
	cmd.Stdin = bytes.NewReader([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>x &nbsp; y</title><entry><id>a</entry></feed>`))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var got parsedFeed
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if !got.Bozo {
		t.Errorf("feedparser took a broken feed as well-formed: %+v", got)
	}
}
