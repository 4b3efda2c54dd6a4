// Package plaintext reads text papers: tab-separated cells, one line a line.
package plaintext

import (
	"context"
	"errors"

	"github.com/councilactions/councilactions/extract/layout"
)

// Reader reads text papers.
type Reader struct{}

// Read splits the text into lines and tab-separated cells.
func (Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	return layout.Doc{}, errors.New("todo")
}
