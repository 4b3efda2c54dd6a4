package pdf

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// TestOpenTolerates: files that readers in the wild open although the
// library alone refuses them.
func TestOpenTolerates(t *testing.T) {
	good, err := os.ReadFile("../../fixtures/pdf/001_6c1427c512f07a38.std-ruled.pdf")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"as is", good},
		{"bytes before the header", append([]byte("Content-Type: application/pdf\r\n\r\n"), good...)},
		{"PDF 2.0 header", append([]byte("%PDF-2.0"), good[8:]...)},
		{"junk after %%EOF", append(append([]byte(nil), good...), bytes.Repeat([]byte("\x00junk"), 100)...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Reader{}.Read(context.Background(), tt.data)
			if err != nil {
				t.Fatal(err)
			}
			// 4 pages: title, header and rows, running headers and page numbers.
			if doc.Pages != 4 || len(doc.Lines) != 33 {
				t.Errorf("pages %d, %d lines", doc.Pages, len(doc.Lines))
			}
		})
	}
}

// TestStandardFontWidths: text in a standard-14 font without /Widths is
// placed with estimated widths, so its words come apart at the spaces and
// stay whole between them.
func TestStandardFontWidths(t *testing.T) {
	data, err := os.ReadFile("../../fixtures/pdf/000_086a73563f357bf8.std-borderless.pdf")
	if err != nil {
		t.Fatal(err)
	}
	pages, err := readPages(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	var got string
	for _, l := range pages[0].lines {
		if strings.HasPrefix(l.text(), "1 Recommendation 1") {
			got = l.text()
			for i := 1; i < len(l.words); i++ {
				if gap := l.words[i].x0 - l.words[i-1].x1; gap < 1 {
					t.Errorf("words %q and %q %.1fpt apart", l.words[i-1].text, l.words[i].text, gap)
				}
			}
		}
	}
	want := "1 Recommendation 1: Developing further understanding Further explore Dr Kath Packham Health profiles for the three towns have now been Complete"
	if got != want {
		t.Errorf("line\n got %q\nwant %q", got, want)
	}
}

// TestShort: recovered panics are reported in one bounded line.
func TestShort(t *testing.T) {
	s := short("malformed hex string <" + strings.Repeat("0A>\n", 500))
	if strings.Contains(s, "\n") || len([]rune(s)) > 161 {
		t.Errorf("short gave %d runes: %q", len([]rune(s)), s)
	}
}
