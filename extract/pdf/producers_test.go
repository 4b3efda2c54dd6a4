package pdf

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProducers: the 000 plan as each producer stores it (real exports
// made by fixtures/producers/gen.py and emulations by fixtures/cmd/mkpdf,
// in fixtures/variants) reads with its rows' words whole. The word and
// excel styles are hybrid files whose fonts sit in an object stream that
// only the trailer's /XRefStm finds; read as the library alone reads them
// they have no pages.
func TestProducers(t *testing.T) {
	files, err := filepath.Glob("../../fixtures/variants/p[0-9][0-9]_000_*.pdf")
	if err != nil || len(files) < 16 {
		t.Fatalf("producer fixtures: %v (%d found)", err, len(files))
	}
	// Phrases from the first rows and the last page: a cell's words in order.
	want := []string{"Developing further understanding", "Oadby & Wigston BC Health", "Cllr Kaufman"}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Reader{}.Read(context.Background(), data)
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, l := range doc.Lines {
				all = append(all, l.Text)
			}
			text := strings.Join(strings.Fields(strings.Join(all, " ")), " ")
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("%q not read", w)
				}
			}
		})
	}
}
