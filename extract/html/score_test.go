package html_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/scoring"
)

// TestFixturesScore runs each HTML fixture through the whole extraction and
// scores it against its seed's gold: the plans must do as well as their
// text seeds, the minutes and ModernGov pages nearly so (a meeting page's title is the
// meeting's, not the item's).
func TestFixturesScore(t *testing.T) {
	tests := []struct {
		file string
		min  float64
	}{
		{"000_086a73563f357bf8.html", 0.95},
		{"001_6c1427c512f07a38.html", 0.95},
		{"004_89f8b84181bf5b9a.html", 0.95},
		{"000_086a73563f357bf8.libreoffice.html", 0.95},
		{"001_6c1427c512f07a38.libreoffice.html", 0.95},
		{"004_89f8b84181bf5b9a.libreoffice.html", 0.95},
		{"003_fe06bfacb4d91bfa.html", 0.9},
		{"003_fe06bfacb4d91bfa.libreoffice.html", 0.9},
		{"002_d4fdaa888dc2074a.mgAi.html", 0.9},
		{"003_fe06bfacb4d91bfa.mgAi.html", 0.9},
		{"003_fe06bfacb4d91bfa.ieListDocuments.html", 0.9},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ext, err := extract.File(context.Background(), filepath.Join("../../fixtures/html", tt.file), action.Document{})
			if err != nil {
				t.Fatal(err)
			}
			scoring.Require(t, scoring.GoldFor("../../fixtures/gold", tt.file), ext, tt.min)
		})
	}
}

// TestBytesPassesContentType checks that a crawled page's Content-Type
// header reaches the reader: its charset outranks the page's own.
func TestBytesPassesContentType(t *testing.T) {
	page := []byte("<html><head><meta charset=\"utf-8\"></head><body><h1>Plan \x96 2023</h1>" +
		"<p>RESOLVED: That the Board\x92s plan be noted.</p></body></html>")
	ext, err := extract.Bytes(context.Background(), page, extract.FormatHTML,
		action.Document{Source: "x.html", ContentType: "text/html; charset=windows-1252"})
	if err != nil {
		t.Fatal(err)
	}
	if ext.Document.Title != "Plan – 2023" {
		t.Errorf("title = %q, want %q", ext.Document.Title, "Plan – 2023")
	}
}
