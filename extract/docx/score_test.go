package docx_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/scoring"
)

// TestFixturesScore runs each DOCX fixture through the whole extraction and
// scores it against its seed's gold: the plans must do as well as their
// text seeds, the minutes (numbered by Word, not in the text) nearly so.
func TestFixturesScore(t *testing.T) {
	tests := []struct {
		file string
		min  float64
	}{
		{"000_086a73563f357bf8.docx", 0.95},
		{"001_6c1427c512f07a38.docx", 0.95},
		{"004_89f8b84181bf5b9a.docx", 0.95},
		{"000_086a73563f357bf8.libreoffice.docx", 0.95},
		{"001_6c1427c512f07a38.libreoffice.docx", 0.95},
		{"004_89f8b84181bf5b9a.libreoffice.docx", 0.95},
		{"003_fe06bfacb4d91bfa.docx", 0.9},
		{"003_fe06bfacb4d91bfa.libreoffice.docx", 0.9},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ext, err := extract.File(context.Background(), filepath.Join("../../fixtures/docx", tt.file), action.Document{})
			if err != nil {
				t.Fatal(err)
			}
			scoring.Require(t, scoring.GoldFor("../../fixtures/gold", tt.file), ext, tt.min)
		})
	}
}
