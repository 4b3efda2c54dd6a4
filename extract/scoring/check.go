package scoring

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// GoldFor is the gold file of a fixture named after its seed
// ("000_….lo-ruled.pdf" → goldDir/000_….gold.jsonl).
func GoldFor(goldDir, fixture string) string {
	// A fixture that adds to its seed's text (a meeting page around the
	// minutes) has a gold of its own, named for it, in goldDir/pages.
	own := filepath.Join(goldDir, "pages", strings.TrimSuffix(filepath.Base(fixture), filepath.Ext(fixture))+".gold.jsonl")
	if _, err := os.Stat(own); err == nil {
		return own
	}
	seed, _, _ := strings.Cut(filepath.Base(fixture), ".")
	return filepath.Join(goldDir, seed+".gold.jsonl")
}

// Require fails t when ext scores below min against the gold file, listing
// what the scorer found wrong; a score short of 1 is logged.
func Require(t testing.TB, goldPath string, ext action.Extraction, min float64) Result {
	t.Helper()
	res, err := ScoreFile(goldPath, ext)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case res.Score < min:
		t.Errorf("%s, want at least %.2f\n%s", res, min, strings.Join(res.Problems, "\n"))
	case res.Score < 1:
		t.Logf("%s\n%s", res, strings.Join(res.Problems, "\n"))
	}
	return res
}
