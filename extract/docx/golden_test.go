package docx

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout/layouttest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestFixturesGolden pins the lines each DOCX fixture reads as, in
// layouttest.Show's form, in testdata/NAME.lines. Run with -update to accept a change.
func TestFixturesGolden(t *testing.T) {
	names, err := filepath.Glob("../../fixtures/docx/*.docx")
	if err != nil || len(names) == 0 {
		t.Fatalf("no DOCX fixtures: %v", err)
	}
	for _, name := range names {
		base := filepath.Base(name)
		t.Run(base, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			ld, err := Reader{}.Read(context.Background(), data)
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(base, ".docx")+".lines")
			layouttest.Golden(t, golden, layouttest.Dump(ld), *update)
		})
	}
}
