// Package html reads html papers into a layout.Doc.
package html

import (
	"context"
	"errors"

	"github.com/councilactions/councilactions/extract/layout"
)

// Reader reads html papers.
type Reader struct{}

// Read is not implemented yet.
func (Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	return layout.Doc{}, errors.New("html papers are not supported yet")
}
