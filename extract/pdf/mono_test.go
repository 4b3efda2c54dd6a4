package pdf

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestMonospaceProse: minutes typed as plain text and printed by
// LibreOffice (testdata/mono_minutes.txt, made into mono_minutes.pdf by
// "soffice --convert-to pdf") are set in Liberation Mono, whose word space
// is 0.6 of the size. Single spaces are no column gaps there: "No. Item"
// is no table header, and the prose under it, whose eight-letter first
// words line up on the letters' grid, is no table. The action table below,
// its columns padded with two spaces or more, still reads as a table.
func TestMonospaceProse(t *testing.T) {
	data, err := os.ReadFile("testdata/mono_minutes.pdf")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	var table []string
	for _, l := range doc.Lines {
		text := strings.TrimSpace(l.Text)
		switch {
		case strings.HasPrefix(text, "No. Item"), strings.HasPrefix(text, "Election"), strings.HasPrefix(text, "RESOLVED"), strings.HasPrefix(text, "Woodland"):
			if l.IsTable() {
				t.Errorf("prose read as a table row: %q", l.Text)
			}
		case l.IsTable():
			table = append(table, strings.Join(l.CellTexts(), " | "))
		}
	}
	joined := strings.Join(table, "\n")
	for _, want := range []string{"Action | Lead", "Mend the gate by the pond | Clerk"} {
		if !strings.Contains(joined, want) {
			t.Errorf("table rows lack %q; rows:\n%s", want, joined)
		}
	}
}
