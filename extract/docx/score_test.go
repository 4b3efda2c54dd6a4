package docx_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
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

// TestVariantsScore scores the Word layouts that fixtures/variants/gen_docx.py
// builds from the seeds' gold (TestVariants reads only HTML, PDF and text).
// The scorer finds an action whose ref it misses by its text, so the plans'
// refs — in Word's numbering, not in the text — are checked one by one too.
func TestVariantsScore(t *testing.T) {
	tests := []struct {
		name     string
		min      float64
		checkRef bool
	}{
		{"d01_000_autonum_vmerge_sdt", 1, true},
		{"d02_001_tracked_breaks_links", 1, true},
		{"d03_004_vmerge_theme_multilevel", 1, true},
		{"d06_003_minutes_autonum", 1, false},
		// "1. That …" and "2. That …" in one cell run together: the
		// narrative splits a cell only at "(a)"-style points.
		{"d07_003_minutes_table_cells", 0.82, false},
		{"d08_001_placeholders_hidden_deleted", 1, true},
		{"d09_003_minutes_deleted_point", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := filepath.Join("../../fixtures/variants", tt.name)
			ext, err := extract.File(context.Background(), base+".docx", action.Document{})
			if err != nil {
				t.Fatal(err)
			}
			scoring.Require(t, base+".gold.jsonl", ext, tt.min)
			if !tt.checkRef {
				return
			}
			var got []string
			for _, a := range ext.Actions {
				got = append(got, strings.Trim(a.Ref, "(). "))
			}
			if want := goldRefs(t, base+".gold.jsonl"); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("refs %v, want %v", got, want)
			}
		})
	}
}

// goldRefs lists a gold file's refs, one per row, as the plans write them.
func goldRefs(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var refs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var row struct {
			Ref *string `json:"ref"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		if row.Ref != nil {
			refs = append(refs, strings.Trim(*row.Ref, "(). "))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return refs
}
