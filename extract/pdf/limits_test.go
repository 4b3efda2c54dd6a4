package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/limit"
)

// manyPages is a document of pages pages that all draw one shared content
// stream, Flate-compressed, with resources res; extra objects are numbered
// from 6 on, for the resources to refer to. Objects: 1 catalog, 2 pages, 3
// Helvetica, 4 the content, 5 the resources.
type manyPages struct {
	pages   int
	content string
	res     string
	extra   []string
}

func (m manyPages) bytes() []byte {
	if m.res == "" {
		m.res = "<< /Font << /F1 3 0 R >> >>"
	}
	first := 6 + len(m.extra)
	var kids strings.Builder
	for i := range m.pages {
		fmt.Fprintf(&kids, "%d 0 R ", first+i)
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Count %d /Kids [%s] >>", m.pages, kids.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		flateObject("", m.content),
		m.res,
	}
	objs = append(objs, m.extra...)
	for range m.pages {
		objs = append(objs, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 5 0 R /Contents 4 0 R >>")
	}
	var out bytes.Buffer
	offsets := writeObjects(&out, objs)
	return finish(&out, classicXref(&out, offsets, ""))
}

// flateObject is a stream object holding data Flate-compressed.
func flateObject(dict, data string) string {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(data))
	zw.Close()
	return fmt.Sprintf("<< /Length %d /Filter /FlateDecode %s >>\nstream\n%s\nendstream", z.Len(), dict, z.Bytes())
}

// TestLimits: small files that ask for unbounded work – a form that draws
// itself, millions of glyphs, a huge cmap or /W, a stream shared by
// thousands of pages – stop at a per-document limit with a typed error,
// the paper's one failure, where they once took minutes and gigabytes.
func TestLimits(t *testing.T) {
	text := "BT /F1 10 Tf 72 700 Td (Hello) Tj ET\n"
	// A Type0 font with a ToUnicode cmap or /W of many overlapping ranges.
	cid := func(cmap, w string) []string {
		return []string{
			"<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>",
			"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /W [" + w + "] >>",
			flateObject("", "begincmap\n"+cmap+"endcmap\n"),
		}
	}
	cidRes := "<< /Font << /F1 3 0 R /F2 6 0 R >> >>"
	cidText := "BT /F2 10 Tf 72 700 Td <00480065> Tj ET\n"
	tests := []struct {
		name string
		doc  manyPages
		want string
	}{
		{"a form drawing itself ten times", manyPages{pages: 1, content: text + "/Fm1 Do\n",
			res: "<< /Font << /F1 3 0 R >> /XObject << /Fm1 6 0 R >> >>",
			extra: []string{flateObject("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources 5 0 R",
				strings.Repeat("/Fm1 Do ", 10)+text)}}, "Form XObjects drawn"},
		{"2.5M Tj on a page", manyPages{pages: 1, content: "BT /F1 10 Tf 72 700 Td " + strings.Repeat("(a) Tj ", 2_500_000) + "ET\n"},
			"glyphs on a page"},
		{"20M glyphs over 40 pages", manyPages{pages: 40, content: "BT /F1 1 Tf 72 700 Td (" + strings.Repeat("a", 500_000) + ") Tj ET\n"},
			"glyphs"},
		{"500k Do over a 50k-entry XObject dictionary", manyPages{pages: 1, content: text + strings.Repeat("/X7 Do ", 500_000),
			res: "<< /Font << /F1 3 0 R >> /XObject 6 0 R >>",
			extra: []string{func() string {
				var d strings.Builder
				d.WriteString("<<")
				for i := range 50_000 {
					fmt.Fprintf(&d, " /X%d 7 0 R", i)
				}
				return d.String() + " >>"
			}(), "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"}},
			"images and other XObjects drawn"},
		{"one 20 MB stream shared by 5,000 pages", manyPages{pages: 5000, content: text + strings.Repeat(" ", 20<<20)},
			"bytes of content decoded"},
		{"a ToUnicode cmap of 100k overlapping ranges", manyPages{pages: 1, content: cidText, res: cidRes,
			extra: cid(strings.Repeat("100 beginbfrange\n"+strings.Repeat("<0000><FFFF><0041>\n", 100)+"endbfrange\n", 1000), "")},
			"font widths and cmap entries"},
		{"a /W of 100k overlapping ranges", manyPages{pages: 1, content: cidText, res: cidRes,
			extra: cid("", strings.Repeat("0 65535 500 ", 100_000))},
			"font widths and cmap entries"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Reader{}.Read(context.Background(), tt.doc.bytes())
			var le *limit.Error
			if !errors.As(err, &le) || !errors.Is(err, limit.ErrExceeded) || !strings.HasSuffix(le.What, tt.want) {
				t.Fatalf("error %v, want a limit on %s", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error over several lines: %q", err)
			}
		})
	}
}

// TestManyPagesWarned: a file with more pages than are read says so.
func TestManyPagesWarned(t *testing.T) {
	doc, err := Reader{}.Read(context.Background(), manyPages{pages: maxPages + 10, content: "BT /F1 10 Tf 72 700 Td (Hello) Tj ET\n"}.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Pages != maxPages {
		t.Errorf("%d pages read, want %d", doc.Pages, maxPages)
	}
	want := fmt.Sprintf("only the first %d of %d pages read", maxPages, maxPages+10)
	if len(doc.Warnings) != 1 || doc.Warnings[0] != want {
		t.Errorf("warnings %q, want %q", doc.Warnings, want)
	}
}
