package pdf

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

// TestMonospaceProse: minutes typed as plain text and printed by
// LibreOffice (testdata/mono_minutes.txt, made into mono_minutes.pdf by
// "soffice --convert-to pdf") are set in Liberation Mono, whose word space
// is 0.6 of the size. Single spaces are no column gaps there: "No. Item"
// is no table header, and the prose under it, whose eight-letter first
// words line up on the letters' grid, is no table. The action table below,
// its columns padded with two spaces or more, still reads as a table.
func TestMonospaceProse(t *testing.T) {
	doc := readTestdata(t, "mono_minutes.pdf")
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

// TestMonospaceNumberedList: a numbered list typed as plain text, each
// number set apart from its point by a run of spaces, every point opening
// with the same words ("Agreed, the"), and a point's last word wrapped to
// the margin under its number, printed in a typewriter face. The run after
// the number is wide, but the single spaces after the shared words line up
// on the letters' grid only because the words are alike, and the short
// wrapped lines cross none of them: they are word spaces, no gutters, so
// the list is prose, not a table whose columns hold "Agreed," and "the" on
// every row. (Word spaces were told by their being narrower than half the
// size, which a typewriter face's, 0.6 of it, are not: a page set in one had
// none.) testdata/mono_list.txt was printed twice: by headless Chromium
// (each line a paragraph in DejaVu Sans Mono, as a browser prints a text
// page) into mono_list_chromium.pdf, and by testdata/text2pdf.py, a
// plain-text printer in the manner of text2pdf (each line a text object in
// standard-14 Courier, without /Widths), into mono_list_courier.pdf.
func TestMonospaceNumberedList(t *testing.T) {
	for _, name := range []string{"mono_list_chromium.pdf", "mono_list_courier.pdf"} {
		t.Run(name, func(t *testing.T) {
			doc := readTestdata(t, name)
			points := 0
			for _, l := range doc.Lines {
				if l.IsTable() {
					t.Errorf("list read as a table row: %q", l.CellTexts())
					continue
				}
				if text := strings.Join(strings.Fields(l.Text), " "); strings.Contains(text, ". Agreed, the ") {
					points++
				}
			}
			if points != 3 {
				t.Errorf("found %d of the 3 points whole", points)
			}
		})
	}
}

// readTestdata reads testdata/name with the PDF reader.
func readTestdata(t *testing.T, name string) layout.Doc {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
