package html

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/limit"
)

// TestDocumentCells: tables each under the one-table limit that together
// hold more cells than a paper may stop with the typed limit error.
func TestDocumentCells(t *testing.T) {
	table := "<table>" + strings.Repeat("<tr>"+strings.Repeat("<td>x", 200), 240) + "</table><p>Between</p>" // 48,000 cells
	page := "<html><body>" + strings.Repeat(table, 11) + "</body></html>"
	_, err := Reader{}.Read(context.Background(), []byte(page))
	if !errors.Is(err, limit.ErrExceeded) || !strings.Contains(err.Error(), "more than 500000 table cells") {
		t.Fatalf("error %v, want the table cells limit", err)
	}
}
