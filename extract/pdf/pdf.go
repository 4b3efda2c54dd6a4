// Package pdf reads pdf papers into a layout.Doc.
package pdf

import (
	"context"
	"errors"

	"github.com/councilactions/councilactions/extract/layout"
)

// Reader reads pdf papers.
type Reader struct{}

// Read is not implemented yet.
func (Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	return layout.Doc{}, errors.New("pdf papers are not supported yet")
}
