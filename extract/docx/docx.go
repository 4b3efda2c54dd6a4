// Package docx reads docx papers into a layout.Doc.
package docx

import (
	"context"
	"errors"

	"github.com/councilactions/councilactions/extract/layout"
)

// Reader reads docx papers.
type Reader struct{}

// Read is not implemented yet.
func (Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	return layout.Doc{}, errors.New("docx papers are not supported yet")
}
