package robots

import (
	"net/url"
	"testing"
	"time"
)

const sample = `# a council's robots.txt
User-agent: *
Disallow: /mgSearchResults.aspx
Disallow: /private/
Allow: /private/public$
Crawl-delay: 2

User-agent: BadBot
User-agent: councilactions
Disallow: /documents/s*secret
Allow: /documents/
Disallow: /ie
Crawl-delay: 0.5

User-agent: otherbot
Disallow: /
`

func TestAllowed(t *testing.T) {
	ours := Parse([]byte(sample), "councilactions")
	star := Parse([]byte(sample), "someoneelse")
	tests := []struct {
		name  string
		rules *Rules
		path  string
		want  bool
	}{
		{"our group, not star", ours, "/mgSearchResults.aspx", true},
		{"our disallow", ours, "/ieListMeetings.aspx?CId=1", false},
		{"allow longer than disallow", ours, "/documents/s12/a.pdf", true},
		{"wildcard disallow longer", ours, "/documents/s12/topsecret.pdf", false},
		{"root allowed", ours, "/", true},
		{"star disallow", star, "/mgSearchResults.aspx", false},
		{"star prefix", star, "/private/x", false},
		{"star anchored allow", star, "/private/public", true},
		{"star anchored allow does not match longer", star, "/private/public2", false},
		{"star other", star, "/ieListMeetings.aspx", true},
		{"escaped path matches", star, "/%70rivate/x", false},
		{"disallow all", DisallowAll(), "/anything", false},
		{"allow all", AllowAll(), "/anything", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.rules.AllowedPath(tt.path); got != tt.want {
				t.Errorf("AllowedPath(%q) = %v, want %v", tt.path, got, tt.want)
			}
		})
	}
	if ours.CrawlDelay != 500*time.Millisecond {
		t.Errorf("our crawl-delay = %v, want 500ms", ours.CrawlDelay)
	}
	if star.CrawlDelay != 2*time.Second {
		t.Errorf("star crawl-delay = %v, want 2s", star.CrawlDelay)
	}
	other := Parse([]byte(sample), "otherbot")
	if other.AllowedPath("/x") {
		t.Error("otherbot should be disallowed everywhere")
	}
}

func TestAllowedURLWithSpaces(t *testing.T) {
	r := Parse([]byte("User-agent: *\nDisallow: /documents/g1/Printed minutes\n"), "x")
	u, err := url.Parse("http://h/documents/g1/Printed%20minutes%201.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if r.Allowed(u) {
		t.Error("a pattern with a space should match the escaped path")
	}
}

func TestEmptyDisallowAllowsAll(t *testing.T) {
	r := Parse([]byte("User-agent: *\nDisallow:\n"), "councilactions")
	if !r.AllowedPath("/x") {
		t.Error("empty Disallow must allow everything")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sample), "/documents/s1/secret.pdf")
	f.Add([]byte("User-agent: *\nDisallow: /*.pdf$\n"), "/a.pdf")
	f.Add([]byte("user-agent:councilactions\nallow:/\ndisallow:*\ncrawl-delay: 1e9"), "/%zz")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		r := Parse(data, "councilactions")
		_ = r.AllowedPath(path)
		if r.CrawlDelay < 0 {
			t.Fatalf("negative crawl-delay %v", r.CrawlDelay)
		}
	})
}
