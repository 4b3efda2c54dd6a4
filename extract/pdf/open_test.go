package pdf

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
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

// onePage makes a one-page PDF around a content stream, with Helvetica as
// F1, a form Fm1 that shows "In a form", and pageExtra in the page dictionary.
func onePage(content string, pageExtra ...string) []byte {
	return onePageWith(content, "", nil, pageExtra...)
}

// onePageWith is onePage with more page resources (res, written into the
// resource dictionary) and more objects, numbered from 7.
func onePageWith(content, res string, objs []string, pageExtra ...string) []byte {
	var out bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, out.Len())
		out.WriteString(strconv.Itoa(len(offsets)) + " 0 obj\n" + body + "\nendobj\n")
	}
	out.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Count 1 /Kids [3 0 R] >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> " + res + " >> /Contents 5 0 R " + strings.Join(pageExtra, " ") + " >>")
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	obj("<< /Length " + strconv.Itoa(len(content)) + " >>\nstream\n" + content + "endstream")
	form := "BT /F1 10 Tf 72 500 Td (In a form) Tj ET\n"
	obj("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Length " + strconv.Itoa(len(form)) + " >>\nstream\n" + form + "endstream")
	for _, o := range objs {
		obj(o)
	}
	xref := out.Len()
	out.WriteString("xref\n0 " + strconv.Itoa(len(offsets)+1) + "\n0000000000 65535 f \n")
	for _, o := range offsets {
		out.WriteString(fmt.Sprintf("%010d 00000 n \n", o))
	}
	out.WriteString("trailer\n<< /Size " + strconv.Itoa(len(offsets)+1) + " /Root 1 0 R >>\nstartxref\n" + strconv.Itoa(xref) + "\n%%EOF\n")
	return out.Bytes()
}

// TestContent: what the interpreter makes of content streams: artifacts
// are furniture, text in a Form XObject is read, the CTM applies to rules
// and text, rotated pages come out upright.
func TestContent(t *testing.T) {
	tests := []struct {
		name    string
		content string
		page    string   // more page dictionary entries
		want    []string // line texts, furniture marked with a leading *
	}{
		{"form xobject", "BT /F1 10 Tf 72 700 Td (Page text) Tj ET q 1 0 0 1 0 -100 cm /Fm1 Do Q\n", "",
			[]string{"Page text", "In a form"}},
		{"rotated page", "BT /F1 10 Tf 0 1 -1 0 300 72 Tm (Upright once turned) Tj ET\n", "/Rotate 90",
			[]string{"Upright once turned"}},
		{"page turned by /Rotate, content not", "BT /F1 10 Tf 72 700 Td (Landscape plan stored upright) Tj 0 -14 Td (second line) Tj ET\n", "/Rotate 90",
			[]string{"Landscape plan stored upright", "second line"}},
		{"text turned on the page", "BT /F1 10 Tf 0 1 -1 0 300 72 Tm (Runs up the page) Tj ET BT /F1 10 Tf 0 1 -1 0 314 72 Tm (and on) Tj ET BT /F1 10 Tf 0 -1 1 0 100 700 Tm (down) Tj ET\n", "",
			[]string{"Runs up the page", "and on"}},
		{"upside down", "BT /F1 10 Tf -1 0 0 -1 500 100 Tm (Upside down) Tj ET\n", "",
			[]string{"Upside down"}},
		{"artifact footer", "BT /F1 10 Tf 72 400 Td (Body text) Tj ET\n/Artifact <</Type /Pagination>> BDC BT /F1 8 Tf 72 300 Td (Draft for the Board) Tj ET EMC\n", "",
			[]string{"Body text", "*Draft for the Board"}},
		{"word spacing and TJ kerning", "BT /F1 10 Tf 5 Tw 72 400 Td [(Keep) -250 (going)] TJ 0 -20 Td (two words) Tj ET\n", "",
			[]string{"Keep going", "two words"}},
		{"superscript in its line", "BT /F1 12 Tf 72 400 Td (on the 21) Tj /F1 8 Tf 4 Ts (st) Tj /F1 12 Tf 0 Ts ( of January) Tj ET\n", "",
			[]string{"on the 21st of January"}},
		{"subscript in its line", "BT /F1 12 Tf 72 400 Td (CO) Tj /F1 8 Tf -2 Ts (2) Tj /F1 12 Tf 0 Ts ( emissions) Tj ET\n", "",
			[]string{"CO2 emissions"}},
		{"CTM scales text", "q 2 0 0 2 0 0 cm BT /F1 10 Tf 36 200 Td (Big) Tj ET Q BT /F1 10 Tf 72 300 Td (Small) Tj ET\n", "",
			[]string{"Big", "Small"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Reader{}.Read(context.Background(), onePage(tt.content, tt.page))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range doc.Lines {
				s := l.Text
				if s == "" {
					continue // paragraph breaks are TestParagraphs'
				}
				if l.Furniture {
					s = "*" + s
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("lines %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUnterminatedHex: a content stream that ends inside a hex string (on
// which the library's lexer loops for ever) is read up to there.
func TestUnterminatedHex(t *testing.T) {
	doc, err := Reader{}.Read(context.Background(), onePage("BT /F1 10 Tf 72 400 Td (Hi) Tj ET <0A1B \n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Lines) != 1 || doc.Lines[0].Text != "Hi" {
		t.Errorf("lines %v, want the one line Hi", doc.Lines)
	}
}

// TestRulings: the ways producers draw a table's rules all give rulings —
// stroked lines, thin filled rectangles, thin closed paths of lines filled
// (Word) — and filled areas, curves and unpainted paths give none.
func TestRulings(t *testing.T) {
	tests := []struct {
		name, content string
		h, v          int
	}{
		{"stroked lines", "72 500 m 300 500 l S 72 400 m 72 500 l S\n", 1, 1},
		{"thin filled rectangles", "72 500 228 0.5 re f 72 400 0.5 100 re f\n", 1, 1},
		{"thin closed paths filled", "q 1 0 0 1 72 500 cm 0 0 m 228 0 l 228 -0.48 l 0 -0.48 l f Q\n", 1, 0},
		{"shading is no rule", "72 400 228 100 re f\n", 0, 0},
		{"curves are no rule", "72 500 m 100 500.2 200 500.2 300 500 c 300 499.8 l f\n", 0, 0},
		{"unpainted path", "72 500 m 300 500 l n\n", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := readPages(context.Background(), onePage("BT /F1 10 Tf 72 700 Td (Text) Tj ET "+tt.content))
			if err != nil {
				t.Fatal(err)
			}
			if h, v := len(pages[0].hsegs), len(pages[0].vsegs); h != tt.h || v != tt.v {
				t.Errorf("%d horizontal and %d vertical rulings, want %d and %d", h, v, tt.h, tt.v)
			}
		})
	}
}

// TestLigatures: a ligature glyph reads as its letters.
func TestLigatures(t *testing.T) {
	f := &fontInfo{cmap: map[int]string{1: "\ufb01", 2: "\ufb03", 3: "\ufb02"}, decode: map[int]string{}}
	var got string
	for _, c := range []byte{1, 2, 3} {
		got += f.text(int(c), []byte{c})
	}
	if got != "fiffifl" {
		t.Errorf("ligatures read %q, want fiffifl", got)
	}
}
