package table

import (
	"testing"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// TestPatternsCompile: the package's patterns, compiled on first use, all
// compile (MustCompile at start-up used to catch a malformed one).
func TestPatternsCompile(t *testing.T) {
	if err := lazyre.CheckAll(); err != nil {
		t.Fatal(err)
	}
}
