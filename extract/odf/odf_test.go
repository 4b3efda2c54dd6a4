package odf

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/archive"
	"github.com/councilactions/councilactions/extract/layout/layouttest"
)

const ns = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"`

func pkg(t testing.TB, mime string, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("mimetype")
	io.WriteString(w, mime)
	for i := 0; i+1 < len(parts); i += 2 {
		w, _ := zw.Create(parts[i])
		io.WriteString(w, parts[i+1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func odt(t testing.TB, autoStyles, body string) []byte {
	return pkg(t, MimeText, "content.xml", `<office:document-content `+ns+`><office:automatic-styles>`+autoStyles+`</office:automatic-styles><office:body><office:text>`+body+`</office:text></office:body></office:document-content>`,
		"styles.xml", `<office:document-styles `+ns+`><office:styles><style:style style:name="Title" style:display-name="Title" style:family="paragraph"/><style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/><style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:styles></office:document-styles>`)
}

func ods(t testing.TB, autoStyles, body string) []byte {
	return pkg(t, MimeSheet, "content.xml", `<office:document-content `+ns+`><office:automatic-styles>`+autoStyles+`</office:automatic-styles><office:body><office:spreadsheet>`+body+`</office:spreadsheet></office:body></office:document-content>`)
}

func TestText(t *testing.T) {
	styles := `<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="i"/><text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="a"/></text:list-style>` +
		`<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1" text:start-value="4"/><text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/></text:list-style>` +
		`<text:list-style style:name="B"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>` +
		`<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>` +
		`<style:style style:name="bold" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>` +
		`<style:style style:name="red" style:family="table-cell"><style:table-cell-properties fo:background-color="#ff0000"/></style:style>`
	body := `<text:p text:style-name="P1">Minutes of the Board</text:p>` +
		`<text:h text:outline-level="2">Item 1</text:h>` +
		`<text:p text:style-name="bold">RESOLVED:</text:p>` +
		`<text:p>Some <text:span text:style-name="Strong">bold</text:span> and<text:s text:c="3"/>spaced<text:tab/>text<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note>.</text:p>` +
		`<text:list text:style-name="L1"><text:list-item><text:p>first</text:p></text:list-item><text:list-item><text:p>second</text:p><text:list><text:list-item><text:p>inner</text:p></text:list-item></text:list></text:list-item></text:list>` +
		`<text:p>between</text:p>` +
		`<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>third</text:p></text:list-item></text:list>` +
		`<text:list text:style-name="L1"><text:list-item><text:p>restarted</text:p></text:list-item></text:list>` +
		`<text:list text:style-name="L2"><text:list-item><text:p>four</text:p><text:list><text:list-item><text:p>four one</text:p></text:list-item></text:list></text:list-item><text:list-header><text:p>header</text:p></text:list-header></text:list>` +
		`<text:list text:style-name="B"><text:list-item><text:p>bullet</text:p></text:list-item></text:list>` +
		`<table:table><table:table-column table:number-columns-repeated="3"/>` +
		`<table:table-header-rows><table:table-row><table:table-cell><text:p>No</text:p></table:table-cell><table:table-cell><text:p>Action</text:p></table:table-cell><table:table-cell><text:p>Lead</text:p></table:table-cell></table:table-row></table:table-header-rows>` +
		`<table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>Priority 1</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>` +
		`<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>1</text:p></table:table-cell><table:table-cell><text:p>Walk</text:p><text:p>more</text:p></table:table-cell><table:table-cell table:style-name="red"><text:p>Jo</text:p></table:table-cell></table:table-row>` +
		`<table:table-row><table:covered-table-cell/><table:table-cell><text:p>Run</text:p></table:table-cell><table:table-cell/></table:table-row>` +
		`</table:table>` +
		`<table:table><table:table-row><table:table-cell><text:p>layout cell</text:p></table:table-cell></table:table-row></table:table>`
	ld, err := TextReader{}.Read(context.Background(), odt(t, styles, body))
	if err != nil {
		t.Fatal(err)
	}
	want := `H1 Minutes of the Board
H2 Item 1
B RESOLVED:
P Some bold and spaced text.
P (i) first
P (ii) second
P a. inner
P between
P (iii) third
P (i) restarted
P 4. four
P 4.1 four one
P header
P bullet
T1 | No | Action | Lead
T1 | [3]Priority 1 |  | 
T1 | 1 | Walk more | Jo
T1 | ^ | Run | 
P layout cell
`
	if got := layouttest.Dump(ld); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if ld.Lines[16].Cells[2].Shade != "Red" || ld.Lines[10].Indent != 18 || ld.Lines[11].Indent != 36 {
		t.Errorf("shade %q, indents %v %v", ld.Lines[16].Cells[2].Shade, ld.Lines[10].Indent, ld.Lines[11].Indent)
	}
}

func TestSheet(t *testing.T) {
	styles := `<style:style style:name="hid" style:family="table"><style:table-properties table:display="false"/></style:style>` +
		`<style:style style:name="amber" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffc000"/></style:style>`
	body := `<table:table table:name="Plan 2024"><table:table-column/><table:table-column table:visibility="collapse"/><table:table-column table:number-columns-repeated="16382"/>` +
		`<table:table-row><table:table-cell table:number-columns-spanned="4"><text:p>Action Plan 2024</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="3"/><table:table-cell table:number-columns-repeated="16380"/></table:table-row>` +
		`<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>` +
		`<table:table-row><table:table-cell><text:p>Ref</text:p></table:table-cell><table:table-cell><text:p>Secret</text:p></table:table-cell><table:table-cell><text:p>Action</text:p></table:table-cell><table:table-cell><text:p>Due</text:p></table:table-cell><table:table-cell><text:p>RAG</text:p></table:table-cell></table:table-row>` +
		`<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>x</text:p></table:table-cell><table:table-cell><office:annotation><dc:creator>Jo</dc:creator><text:p>on track</text:p></office:annotation><text:p>Walk</text:p></table:table-cell>` +
		`<table:table-cell office:value-type="date" office:date-value="2024-03-31"><text:p>03/31/24</text:p></table:table-cell><table:table-cell table:style-name="amber"/></table:table-row>` +
		`<table:table-row table:visibility="collapse"><table:table-cell><text:p>9</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"><text:p>hidden</text:p></table:table-cell></table:table-row>` +
		`<table:table-row><table:table-cell><text:p>2</text:p></table:table-cell><table:table-cell/><table:table-cell><text:p>Run</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2024-06-30"><text:p>June 2024</text:p></table:table-cell></table:table-row>` +
		`<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>` +
		`</table:table><table:table table:name="Hidden" table:style-name="hid"><table:table-row><table:table-cell><text:p>never</text:p></table:table-cell></table:table-row></table:table>`
	ld, err := SheetReader{}.Read(context.Background(), ods(t, styles, body))
	if err != nil {
		t.Fatal(err)
	}
	want := `P Action Plan 2024
T1 | Ref | Action | Due | RAG | Comments
T1 | 1 | Walk | 31 March 2024 |  | on track
T1 | 2 | Run | June 2024 |  | 
`
	if got := layouttest.Dump(ld); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if s := ld.Lines[2].Cells[3].Shade; s != "Amber" {
		t.Errorf("RAG shade %q, want Amber", s)
	}
}

func TestErrors(t *testing.T) {
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("content.xml")
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for n := 0; n <= archive.MaxEntryBytes; n += len(chunk) {
		w.Write(chunk)
	}
	zw.Close()
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><office:document-content ` + ns + `><office:body><office:text><text:p>&lol2;</text:p></office:text></office:body></office:document-content>`
	deep := strings.Repeat(`<table:table><table:table-row><table:table-cell>`, MaxTableDepth+1)
	wide := `<table:table>` + strings.Repeat(`<table:table-row>`+strings.Repeat(`<table:table-cell><text:p>x</text:p></table:table-cell>`, 100)+`</table:table-row>`, 600) + `</table:table>`
	spans := `<table:table>` + strings.Repeat(`<table:table-row><table:table-cell table:number-columns-repeated="99999"><text:p>x</text:p></table:table-cell></table:table-row>`, 2) + `</table:table>`
	tests := []struct {
		name string
		read func(context.Context, []byte) (any, error)
		data []byte
		err  string
	}{
		{"not a zip", readText, []byte("%PDF-1.4"), "not an OpenDocument file: not a zip archive"},
		{"a spreadsheet read as text", readText, ods(t, "", ""), `not an OpenDocument file: the package is "application/vnd.oasis.opendocument.spreadsheet", not odt`},
		{"no content", readSheet2, pkg(t, MimeSheet, "styles.xml", "<x/>"), "the archive has no content.xml"},
		{"zip bomb", readText, bomb.Bytes(), "content.xml decompresses to more than"},
		{"entity trick", readText, pkg(t, MimeText, "content.xml", laughs), "invalid XML"},
		{"truncated", readText, pkg(t, MimeText, "content.xml", `<office:document-content `+ns+`><office:body>`), "invalid XML"},
		{"XML nested too deep", readText, odt(t, "", strings.Repeat("<text:section>", 2000)), "XML elements nested more than 1000 deep"},
		{"tables nested too deep", readText, odt(t, "", deep+strings.Repeat(`</table:table-cell></table:table-row></table:table>`, MaxTableDepth+1)), "tables nested more than 32 deep"},
		{"60k-cell table", readText, odt(t, "", wide), "table has more than 50000 cells"},
		{"repeats blow up the grid", readText, odt(t, "", spans), "table has more than 50000 cells"},
		{"no text", readText, odt(t, "", "<text:p> </text:p>"), "odt: no text"},
		{"empty sheet", readSheet2, ods(t, "", `<table:table><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`), "ods: no text in any visible cell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.read(context.Background(), tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.err) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("err = %v, want one line containing %q", err, tt.err)
			}
			if strings.HasPrefix(tt.err, "not an OpenDocument") && !errors.Is(err, ErrNotODF) {
				t.Errorf("err = %v, want ErrNotODF", err)
			}
		})
	}
}

func readText(ctx context.Context, data []byte) (any, error)   { return TextReader{}.Read(ctx, data) }
func readSheet2(ctx context.Context, data []byte) (any, error) { return SheetReader{}.Read(ctx, data) }

func TestNumeral(t *testing.T) {
	for _, tt := range []struct {
		n          int
		format, is string
	}{{4, "i", "iv"}, {14, "I", "XIV"}, {1, "a", "a"}, {27, "A", "AA"}, {3, "1", "3"}, {0, "i", "0"}} {
		if got := listNumber(tt.n, tt.format); got != tt.is {
			t.Errorf("listNumber(%d, %q) = %q, want %q", tt.n, tt.format, got, tt.is)
		}
	}
}

func seeds(f *testing.F, pattern string) {
	names, _ := filepath.Glob(pattern)
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzText(f *testing.F) {
	seeds(f, "../../fixtures/odt/*.odt")
	f.Add(odt(f, "", `<text:list><text:list-item><table:table><table:table-row><table:covered-table-cell/></table:table-row></table:table></text:list-item></text:list>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if ld, err := (TextReader{}).Read(context.Background(), data); err == nil {
			layouttest.CheckShape(t, ld)
		}
	})
}

func FuzzSheet(f *testing.F) {
	seeds(f, "../../fixtures/variants/*.ods")
	f.Fuzz(func(t *testing.T, data []byte) {
		if ld, err := (SheetReader{}).Read(context.Background(), data); err == nil {
			layouttest.CheckShape(t, ld)
		}
	})
}

// FuzzContentXML fuzzes content.xml inside a valid package, which the
// mutations of zip bytes rarely reach.
func FuzzContentXML(f *testing.F) {
	f.Add([]byte(`<office:document-content ` + ns + `><office:body><office:text><text:list text:style-name="L1"><text:list-item><text:p>a</text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell table:number-rows-spanned="3" table:number-columns-spanned="2"><text:p>x</text:p></table:table-cell></table:table-row><table:table-row><table:covered-table-cell/><table:table-cell/></table:table-row></table:table></office:text></office:body></office:document-content>`))
	f.Add([]byte(`<office:document-content ` + ns + `><office:body><office:spreadsheet><table:table table:name="S"><table:table-row table:number-rows-repeated="5"><table:table-cell table:number-columns-repeated="3" table:number-rows-spanned="9"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`))
	f.Fuzz(func(t *testing.T, content []byte) {
		if ld, err := (TextReader{}).Read(context.Background(), pkg(t, MimeText, "content.xml", string(content))); err == nil {
			layouttest.CheckShape(t, ld)
		}
		if ld, err := (SheetReader{}).Read(context.Background(), pkg(t, MimeSheet, "content.xml", string(content))); err == nil {
			layouttest.CheckShape(t, ld)
		}
	})
}
