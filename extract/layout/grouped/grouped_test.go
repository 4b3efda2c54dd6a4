package grouped

import (
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

// TestCoveredTextUnevenRows: a row shorter than the column asked for gives
// no text, and a spanned cell whose row above is short keeps its own,
// rather than a panic. (The readers pad rows; nothing promises it.)
func TestCoveredTextUnevenRows(t *testing.T) {
	grid := [][]layout.Cell{
		{{Text: "Progress", Span: 2}},
		{{Text: "Ref"}, {Text: "Update"}, {Text: "RAG"}, {Text: "Notes", Spanned: true}},
	}
	tests := []struct {
		r, c int
		want string
	}{
		{1, 1, "Update"},
		{1, 3, "Notes"}, // spanned from a row that has no such column
		{0, 3, ""},
		{0, 0, "Progress"},
	}
	for _, tt := range tests {
		if got := coveredText(grid, tt.r, tt.c); got != tt.want {
			t.Errorf("coveredText(%d, %d) = %q, want %q", tt.r, tt.c, got, tt.want)
		}
	}
}
