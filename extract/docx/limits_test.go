package docx

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/limit"
)

// TestLongLevelText: a 900-byte w:lvlText printed before each of 10,000
// paragraphs once made 9 MB of markers, half a minute of rules; a level
// text no list could have is read without its marker, and a real one in
// the same file still numbers.
func TestLongLevelText(t *testing.T) {
	numbering := `<w:numbering ` + ns + `>
		<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "decimal", strings.Repeat("%1.", 300)) + `</w:abstractNum>
		<w:abstractNum w:abstractNumId="1">` + lvl("0", "1", "decimal", "%1.") + `</w:abstractNum>
		<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
		<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
	</w:numbering>`
	body := strings.Repeat(numP("5", "0", "Item"), 10_000) + numP("6", "0", "Real")
	got := readTexts(t, mkzip(t, "word/document.xml", `<w:document `+ns+`><w:body>`+body+`</w:body></w:document>`, "word/numbering.xml", numbering))
	if len(got) != 10_001 || got[0] != "Item" || got[9_999] != "Item" || got[10_000] != "1. Real" {
		t.Errorf("%d lines, first %q, last %q", len(got), got[0], got[len(got)-1])
	}
}

// TestDocumentCells: tables under the one-table limit that together hold
// more cells than a paper may stop with the typed limit error.
func TestDocumentCells(t *testing.T) {
	row := tr(strings.Repeat("<w:tc/>", 200))
	tbl := `<w:tbl>` + strings.Repeat(row, 240) + `</w:tbl>` // 48,000 cells
	data := mkdocx(t, strings.Repeat(tbl+p("Between"), 11), "")
	_, err := Reader{}.Read(context.Background(), data)
	if !errors.Is(err, limit.ErrExceeded) || !strings.Contains(err.Error(), "more than 500000 table cells") {
		t.Fatalf("error %v, want the table cells limit", err)
	}
}
