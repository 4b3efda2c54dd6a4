package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/archive"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/layout/layouttest"
)

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// mkzip builds an archive from name/content pairs, in order, stored
// uncompressed: quicker to make, which the fuzz targets need.
func mkzip(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: parts[i], Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, parts[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// mkdocx builds a document from the body's XML, with styles.xml if given.
func mkdocx(t testing.TB, body, styles string) []byte {
	t.Helper()
	parts := []string{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ` + ns + `><w:body>` + body + `</w:body></w:document>`}
	if styles != "" {
		parts = append(parts, "word/styles.xml", `<w:styles `+ns+`>`+styles+`</w:styles>`)
	}
	return mkzip(t, parts...)
}

func p(text string) string { return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>` }

func tc(props, body string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + body + `</w:tc>`
}

func tr(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }

func table(rows ...string) string { return `<w:tbl><w:tblGrid/>` + strings.Join(rows, "") + `</w:tbl>` }

// show writes a line compactly (layouttest.Show).
func show(l layout.Line) string { return layouttest.Show(l) }

func TestRead(t *testing.T) {
	const styles = `<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
		<w:style w:type="paragraph" w:styleId="MyTitle"><w:name w:val="Title"/><w:rPr><w:b/></w:rPr></w:style>
		<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Subheading"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
		<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`
	tests := []struct {
		name   string
		body   string
		styles string
		want   []string
	}{
		{
			name: "headings by style name, id, outline level",
			body: `<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Localised</w:t></w:r></w:p>
				<w:p><w:pPr><w:pStyle w:val="MyTitle"/></w:pPr><w:r><w:t>Titled</w:t></w:r></w:p>
				<w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t>Outline</w:t></w:r></w:p>
				<w:p><w:pPr><w:pStyle w:val="Heading4"/></w:pPr><w:r><w:t>By id</w:t></w:r></w:p>
				<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Direct outline</w:t></w:r></w:p>` + p("Plain"),
			styles: styles,
			want:   []string{"H1 Localised", "H1 Titled", "H3 Outline", "H4 By id", "H2 Direct outline", "P Plain"},
		},
		{
			name: "bold when every run is bold",
			body: `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>All </w:t></w:r><w:r><w:rPr><w:b w:val="true"/></w:rPr><w:t>bold</w:t></w:r></w:p>
				<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Part</w:t></w:r><w:r><w:t xml:space="preserve"> plain</w:t></w:r></w:p>
				<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Not bold</w:t></w:r></w:p>
				<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Strong style</w:t></w:r></w:p>
				<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>Bold mark only</w:t></w:r></w:p>`,
			styles: styles,
			want:   []string{"B All bold", "P Part plain", "P Not bold", "B Strong style", "P Bold mark only"},
		},
		{
			name: "tabs, breaks, hyphens; deleted text, field codes and fallbacks skipped",
			body: `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>(i)</w:t><w:tab/><w:t>First</w:t><w:br/><w:t>line</w:t></w:r></w:p>
				<w:p><w:r><w:t>co</w:t><w:noBreakHyphen/><w:t>ordinators</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>
				<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>
				<w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>Chosen</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Fallback</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
				<w:p><w:r><w:t>Health &amp; Wellbeing   Board</w:t></w:r></w:p><w:p/>` + p("  "),
			want: []string{"P (i) First line", "P co-ordinators", "P Chosen", "P Health & Wellbeing Board"},
		},
		{
			name: "gridSpan and vMerge on the grid",
			body: table(
				tr(tc("", p("No")), tc("", p("Action")), tc("", p("Owner")), tc("", p("Status"))),
				tr(tc(`<w:vMerge w:val="restart"/>`, p("3")), tc(`<w:vMerge w:val="restart"/>`, p("Do")+p("it")), tc("", p("Ann")), tc("", p("Done"))),
				tr(tc(`<w:vMerge/>`, `<w:p/>`), tc(`<w:vMerge w:val="continue"/>`, `<w:p/>`), tc("", p("Bob")), tc("", p("Ongoing"))),
				tr(tc("", p("4")), tc(`<w:gridSpan w:val="2"/>`, p("Wide")), tc("", p("Red"))),
				`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>`+tc("", p("after gap"))+`</w:tr>`,
			),
			want: []string{
				"T1 | No | Action | Owner | Status",
				"T1 | 3 | Do it | Ann | Done",
				"T1 | ^ | ^ | Bob | Ongoing",
				"T1 | 4 | [2]Wide |  | Red",
				"T1 |  | after gap |  | ",
			},
		},
		{
			name: "theme row spanning the table, bold",
			body: table(
				tr(tc("", p("Ref")), tc("", p("Action")), tc("", p("Lead"))),
				tr(tc(`<w:gridSpan w:val="3"/>`, `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Priority 1 - Housing</w:t></w:r></w:p>`)),
				tr(tc("", p("1.a")), tc("", p("Build")), tc("", p("Planning"))),
			),
			want: []string{"T1 | Ref | Action | Lead", "T1b | [3]Priority 1 - Housing |  | ", "T1 | 1.a | Build | Planning"},
		},
		{
			name: "a grouped header, merged cells beside a spanning group, is one row at the top only",
			body: table(
				tr(tc("", p("Overview")), tc("", p("2024"))),
				tr(tc(`<w:vMerge w:val="restart"/>`, p("No")), tc(`<w:vMerge w:val="restart"/>`, p("Action")), tc(`<w:gridSpan w:val="2"/>`, p("Progress"))),
				tr(tc(`<w:vMerge/>`, `<w:p/>`), tc(`<w:vMerge/>`, `<w:p/>`), tc("", p("Update")), tc("", p("RAG"))),
				tr(tc("", p("1")), tc("", p("Build")), tc("", p("Begun")), tc("", p("Red")))) +
				table(
					tr(tc(`<w:vMerge w:val="restart"/>`, p("No")), tc(`<w:vMerge w:val="restart"/>`, p("Action")), tc(`<w:gridSpan w:val="2"/>`, p("Progress"))),
					tr(tc(`<w:vMerge/>`, `<w:p/>`), tc(`<w:vMerge/>`, `<w:p/>`), tc("", p("Update")), tc("", p("RAG"))),
					tr(tc("", p("1")), tc("", p("Build")), tc("", p("Begun")), tc("", p("Red")))),
			want: []string{
				"T1 | Overview | 2024 |  | ",
				"T1 | No | Action | [2]Progress | ",
				"T1 | ^ | ^ | Update | RAG",
				"T1 | 1 | Build | Begun | Red",
				"T2 | No | Action | Progress Update | Progress RAG",
				"T2 | 1 | Build | Begun | Red",
			},
		},
		{
			name: "layout tables give running text, the inner data table gives rows",
			body: table(tr(tc("", p("Left")), tc("", table(tr(tc("", p("No")), tc("", p("Action"))), tr(tc("", p("1")), tc("", p("Act"))))+p("After inner")))) +
				table(tr(tc("", p("One column"))), tr(tc("", p("Second row")))) +
				table(tr(tc("", p("One")), tc("", p("row")))) +
				table(tr(tc("", p("Real")), tc("", p("Table"))), tr(tc("", p("r")), tc("", p("t")))),
			want: []string{"P Left", "T1 | No | Action", "T1 | 1 | Act", "P After inner",
				"P One column", "P Second row", "P One", "P row", "T2 | Real | Table", "T2 | r | t"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ld, err := Reader{}.Read(context.Background(), mkdocx(t, tt.body, tt.styles))
			if err != nil {
				t.Fatal(err)
			}
			if !ld.Flowing {
				t.Error("Doc.Flowing is false")
			}
			var got []string
			for _, l := range ld.Lines {
				got = append(got, show(l))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestMainPartFromRels(t *testing.T) {
	data := mkzip(t,
		"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`,
		"word/document2.xml", `<w:document `+ns+`><w:body>`+p("Second")+`</w:body></w:document>`)
	ld, err := Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if len(ld.Lines) != 1 || ld.Lines[0].Text != "Second" {
		t.Errorf("lines = %+v", ld.Lines)
	}
}

// bomb is a DOCX whose document.xml inflates to n bytes, a comment of
// spaces in valid XML: a few hundred kilobytes on disk.
func bomb(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, `<w:document `+ns+`><w:body><!--`)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for written := 0; written < n; written += len(chunk) {
		w.Write(chunk)
	}
	io.WriteString(w, `--></w:body></w:document>`)
	zw.Close()
	return buf.Bytes()
}

func TestErrors(t *testing.T) {
	many := func() []byte {
		var parts []string
		for i := 0; i <= archive.MaxEntries; i++ {
			parts = append(parts, fmt.Sprintf("f%d", i), "")
		}
		return mkzip(t, parts...)
	}
	deep := strings.Repeat(`<w:tbl><w:tr><w:tc>`, MaxTableDepth+1) + p("x") + strings.Repeat(`</w:tc></w:tr></w:tbl>`, MaxTableDepth+1)
	wide := `<w:tbl>` + strings.Repeat(`<w:tr>`+strings.Repeat(tc("", p("x")), 100)+`</w:tr>`, 1000) + `</w:tbl>`
	spans := `<w:tbl>` + strings.Repeat(`<w:tr>`+tc(`<w:gridSpan w:val="99999"/>`, p("x"))+`</w:tr>`, 60) + `</w:tbl>`
	tests := []struct {
		name string
		data []byte
		err  string
	}{
		{"not a zip", []byte("%PDF-1.4 not a docx"), "not a DOCX: not a zip archive"},
		{"zip without document", mkzip(t, "hello.txt", "hi"), "not a DOCX: the archive has no word/document.xml"},
		{"invalid XML", mkdocx(t, `<w:p><w:r><w:t>unclosed</w:r></w:p>`, ""), "invalid XML"},
		{"truncated XML", mkzip(t, "word/document.xml", `<w:document `+ns+`><w:body><w:tbl><w:tr>`), "invalid XML"},
		{"invalid styles", mkdocx(t, p("x"), `<w:style>`), "invalid XML"},
		{"too many entries", many(), "entries, over the limit"},
		{"zip bomb", bomb(t, archive.MaxEntryBytes+(2<<20)), "word/document.xml decompresses to more than"},
		{"tables nested too deep", mkdocx(t, deep, ""), "tables nested more than 32 deep"},
		{"100k-cell table", mkdocx(t, wide, ""), "table has more than 50000 cells"},
		{"XML nested too deep", mkdocx(t, strings.Repeat("<w:sdt>", 200000), ""), "XML elements nested more than 1000 deep"},
		{"grid spans blow up the grid", mkdocx(t, spans, ""), "table has more than 50000 cells"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Reader{}.Read(context.Background(), tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("err = %v, want one containing %q", err, tt.err)
			}
			if strings.HasPrefix(tt.err, "not a DOCX") && !errors.Is(err, ErrNotDOCX) {
				t.Errorf("err = %v, want ErrNotDOCX", err)
			}
		})
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (Reader{}).Read(ctx, mkdocx(t, strings.Repeat(p("x"), 5000), "")); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func FuzzRead(f *testing.F) {
	names, err := filepath.Glob("../../fixtures/docx/*.docx")
	if err != nil || len(names) == 0 {
		f.Fatalf("no DOCX fixtures: %v", err)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(mkdocx(f, table(tr(tc(`<w:vMerge/><w:gridSpan w:val="3"/>`, p("a"))), tr(tc("", table(tr(tc("", p("b"))))))), ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		ld, err := Reader{}.Read(context.Background(), data)
		if err != nil {
			return
		}
		layouttest.CheckShape(t, ld)
	})
}

// FuzzDocumentXML fuzzes the main part's XML inside a valid archive, which
// FuzzRead's mutations of zip bytes rarely reach.
//
// The seeds are small, so that each run is quick: bodies with the
// structures the reader handles, and the fixtures' documents under 16 KB.
func FuzzDocumentXML(f *testing.F) {
	for _, body := range []string{
		p("Plain") + numP("1", "0", "Numbered") + table(tr(tc("", p("a")), tc(`<w:gridSpan w:val="2"/>`, p("b"))), tr(tc(`<w:vMerge w:val="restart"/>`, p("c")), tc("", p("d")), tc("", p("e")))),
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Title</w:t></w:r><w:r><w:tab/><w:t>after a tab</w:t></w:r></w:p>`,
		`<w:p><w:ins><w:r><w:t>kept</w:t></w:r></w:ins><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r></w:p>`,
		`<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>` + p("Choose an item.") + `</w:sdtContent></w:sdt>` + table(tr(tc("", table(tr(tc("", p("nested"))))))),
	} {
		f.Add([]byte(`<w:document ` + ns + `><w:body>` + body + `</w:body></w:document>`))
	}
	names, _ := filepath.Glob("../../fixtures/docx/*.docx")
	for _, name := range names {
		zr, err := zip.OpenReader(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, zf := range zr.File {
			if zf.Name != "word/document.xml" {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				f.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				f.Fatal(err)
			}
			if len(data) < 16<<10 {
				f.Add(data)
			}
		}
		zr.Close()
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		ld, err := Reader{}.Read(context.Background(), mkzip(t, "word/document.xml", string(doc)))
		if err != nil {
			return
		}
		layouttest.CheckShape(t, ld)
	})
}

// lvl is one level of a numbering definition.
func lvl(ilvl, start, format, text string) string {
	return `<w:lvl w:ilvl="` + ilvl + `"><w:start w:val="` + start + `"/><w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/></w:lvl>`
}

// numP is a paragraph in list numID at level ilvl.
func numP(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// readTexts reads a document into its lines' texts, a table row's cells
// joined by "|".
func readTexts(t *testing.T, data []byte) []string {
	t.Helper()
	ld, err := Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range ld.Lines {
		if l.Cells != nil {
			got = append(got, strings.Join(l.CellTexts(), "|"))
		} else {
			got = append(got, l.Text)
		}
	}
	return got
}

func TestNumbering(t *testing.T) {
	numbering := `<w:numbering ` + ns + `>
		<w:abstractNum w:abstractNumId="0">
			` + lvl("0", "1", "lowerRoman", "(%1)") + `
			` + lvl("1", "1", "lowerLetter", "%2)") + `
		</w:abstractNum>
		<w:abstractNum w:abstractNumId="1">` + lvl("0", "3", "decimal", "%1.") + `</w:abstractNum>
		<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
		<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
		<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
		<w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num>
	</w:numbering>`
	body := numP("5", "0", "First") + numP("5", "1", "Sub") + numP("5", "1", "Sub two") + numP("5", "0", "") + numP("5", "0", "Third") +
		numP("5", "1", "Sub again") + numP("6", "0", "Three") + numP("6", "0", "(b) printed") + numP("7", "0", "Bullet") + numP("9", "0", "Unknown list")
	data := mkzip(t,
		"word/document.xml", `<w:document `+ns+`><w:body>`+body+`</w:body></w:document>`,
		"word/numbering.xml", numbering)
	got := readTexts(t, data)
	// Word prints the marker of an empty numbered paragraph too.
	want := []string{"(i) First", "a) Sub", "b) Sub two", "(ii)", "(iii) Third", "a) Sub again", "3. Three", "4. (b) printed", "Bullet", "Unknown list"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNumberingWordLists: lists as Word writes them, where the number is
// only in numbering.xml — restarted through lvlOverride, continued across
// w:num instances of one definition, given by a paragraph style, or alone
// in an otherwise empty ref cell.
func TestNumberingWordLists(t *testing.T) {
	numbering := `<w:numbering ` + ns + `>
		<w:abstractNum w:abstractNumId="1">
			` + lvl("0", "1", "decimal", "%1") + `
			` + lvl("1", "1", "lowerLetter", "%1.%2") + `
		</w:abstractNum>
		<w:abstractNum w:abstractNumId="2">` + lvl("0", "1", "decimal", "%1.") + `</w:abstractNum>
		<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
		<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride></w:num>
		<w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="46"/></w:lvlOverride></w:num>
		<w:abstractNum w:abstractNumId="3">` + lvl("0", "1", "decimal", "%1.") + `</w:abstractNum>
		<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
		<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
		<w:abstractNum w:abstractNumId="4"><w:styleLink w:val="Outline"/>` + lvl("0", "1", "decimal", "%1") + lvl("1", "1", "decimal", "%1.%2") + `</w:abstractNum>
		<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="Outline"/></w:abstractNum>
		<w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>
		<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>
		<w:abstractNum w:abstractNumId="6">` + lvl("0", "1", "decimalZero", "%1") + `</w:abstractNum>
		<w:num w:numId="8"><w:abstractNumId w:val="6"/></w:num>
	</w:numbering>`
	const styles = `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
		<w:style w:type="numbering" w:styleId="Outline"><w:name w:val="Outline"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>
		<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`
	styled := func(st, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + st + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	cases := []struct{ name, body, want string }{
		{"ref cells holding only a number",
			table(tr(tc("", p("Ref")), tc("", p("Action"))), tr(tc("", numP("1", "1", "")), tc("", p("Review"))), tr(tc("", numP("1", "1", "")), tc("", p("Inspect")))),
			"Ref|Action\n1.a|Review\n1.b|Inspect"},
		{"a restarted list starts where its override says",
			numP("1", "1", "One") + numP("2", "1", "Two") + numP("2", "1", "Three"),
			"1.a One\n2.a Two\n2.b Three"},
		{"numbered through the paragraph style",
			styled("Heading2", "Progress Report") + styled("ListNumber", "That the report be noted.") + styled("ListNumber", "That the Board be updated."),
			"46. Progress Report\n1. That the report be noted.\n2. That the Board be updated."},
		{"lists sharing an abstract definition share its count",
			numP("4", "0", "One") + p("Between") + numP("5", "0", "Two"),
			"1. One\nBetween\n2. Two"},
		{"a list made from a list style takes the style's levels",
			numP("7", "0", "Housing") + numP("7", "1", "Review the policy") + numP("7", "1", "Inspect homes"),
			"1 Housing\n1.1 Review the policy\n1.2 Inspect homes"},
		{"zero-padded numbers",
			numP("8", "0", "Review") + numP("8", "0", "Inspect"),
			"01 Review\n02 Inspect"},
		{"numId 0 turns the style's numbering off",
			`<w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Plain</w:t></w:r></w:p>`,
			"Plain"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := mkzip(t,
				"word/document.xml", `<w:document `+ns+`><w:body>`+c.body+`</w:body></w:document>`,
				"word/styles.xml", `<w:styles `+ns+`>`+styles+`</w:styles>`,
				"word/numbering.xml", numbering)
			if g := strings.Join(readTexts(t, data), "\n"); g != c.want {
				t.Errorf("got\n%s\nwant\n%s", g, c.want)
			}
		})
	}
}

// TestTextWordDoesNotShow: hidden runs, a content control's placeholder
// prompt and tracked deletions are not on the page; tracked insertions,
// hyperlinks and filled content controls are.
func TestTextWordDoesNotShow(t *testing.T) {
	numbering := `<w:numbering ` + ns + `><w:abstractNum w:abstractNumId="1">` + lvl("0", "1", "lowerRoman", "(%1)") +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`
	const del = `<w:del w:id="1" w:author="A"><w:r><w:delText>old </w:delText></w:r></w:del>`
	const ins = `<w:ins w:id="2" w:author="A"><w:r><w:t>new </w:t></w:r></w:ins>`
	cases := []struct{ name, body, want string }{
		{"hidden run",
			`<w:p><w:r><w:t xml:space="preserve">Review the policy </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>[draft note]</w:t></w:r><w:r><w:t>now</w:t></w:r></w:p>`,
			"Review the policy now"},
		{"placeholder prompt of an unfilled dropdown",
			`<w:sdt><w:sdtPr><w:showingPlcHdr/><w:dropDownList/></w:sdtPr><w:sdtContent>` + p("Choose an item.") + `</w:sdtContent></w:sdt>` +
				`<w:sdt><w:sdtPr><w:dropDownList/></w:sdtPr><w:sdtContent>` + p("Green") + `</w:sdtContent></w:sdt>`,
			"Green"},
		{"tracked changes and hyperlinks",
			`<w:p>` + del + ins + `<w:hyperlink r:id="x" xmlns:r="r"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>`,
			"new link"},
		{"text moved away, even in w:t",
			`<w:p><w:moveFrom w:id="5" w:author="A"><w:r><w:t>moved </w:t></w:r></w:moveFrom><w:r><w:t>kept</w:t></w:r></w:p>`,
			"kept"},
		{"a numbered paragraph deleted whole takes no number",
			numP("1", "0", "First") +
				`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr>` + del + `</w:p>` +
				numP("1", "0", "Second"),
			"(i) First\n(ii) Second"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := mkzip(t,
				"word/document.xml", `<w:document `+ns+`><w:body>`+c.body+`</w:body></w:document>`,
				"word/numbering.xml", numbering)
			if g := strings.Join(readTexts(t, data), "\n"); g != c.want {
				t.Errorf("got\n%s\nwant\n%s", g, c.want)
			}
		})
	}
}

// BenchmarkRead reads a LibreOffice-saved plan and a 2,000-row table.
func BenchmarkRead(b *testing.B) {
	plan, err := os.ReadFile("../../fixtures/docx/004_89f8b84181bf5b9a.libreoffice.docx")
	if err != nil {
		b.Fatal(err)
	}
	row := tr(tc(`<w:vMerge w:val="restart"/>`, p("1.a")), tc("", `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Recommendation:</w:t></w:r></w:p>`+p("Work with partners to deliver the plan &amp; report.")),
		tc("", p("Public Health")), tc("", p("March 2023")), tc("", p("Green"))) +
		tr(tc(`<w:vMerge/>`, `<w:p/>`), tc("", p("Second part of the action")), tc("", p("Housing")), tc("", p("2023/24")), tc("", p("Amber")))
	big := mkdocx(b, table(tr(tc("", p("No")), tc("", p("Action")), tc("", p("Owner")), tc("", p("Due")), tc("", p("Status"))), strings.Repeat(row, 1000)), "")
	for _, c := range []struct {
		name string
		data []byte
	}{{"plan", plan}, {"table2000rows", big}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := (Reader{}).Read(context.Background(), c.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestCellShade: a cell's w:shd fill comes through as a RAG word; pale or
// automatic fills as nothing.
func TestCellShade(t *testing.T) {
	body := table(
		tr(tc(``, p("Ref")), tc(``, p("RAG"))),
		tr(tc(``, p("1")), tc(`<w:shd w:val="clear" w:color="auto" w:fill="FF0000"/>`, ``)),
		tr(tc(``, p("2")), tc(`<w:shd w:val="clear" w:color="auto" w:fill="92D050"/>`, p(""))),
		tr(tc(``, p("3")), tc(`<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>`, p("x"))),
		tr(tc(``, p("4")), tc(`<w:shd w:val="clear" w:color="auto" w:fill="auto"/>`, p("y"))),
	)
	ld, err := Reader{}.Read(context.Background(), mkdocx(t, body, ""))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range ld.Lines {
		if len(l.Cells) == 2 {
			got = append(got, l.Cells[1].Shade)
		}
	}
	want := []string{"", "Red", "Green", "", ""}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("shades %q, want %q", got, want)
	}
}

// A paragraph's w:ind and its list level give its indent, which tells a
// clause's sub-points from the points around it.
func TestIndent(t *testing.T) {
	numbering := `<w:numbering ` + ns + `>
		<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "lowerLetter", "(%1)") + lvl("1", "1", "lowerRoman", "(%2)") + `</w:abstractNum>
		<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
	</w:numbering>`
	body := p("RESOLVED that the Board:") + numP("1", "0", "notes the report") + numP("1", "1", "first part") +
		`<w:p><w:pPr><w:ind w:left="1440" w:hanging="720"/></w:pPr><w:r><w:t>(c) set by hand</w:t></w:r></w:p>`
	data := mkzip(t,
		"word/document.xml", `<w:document `+ns+`><w:body>`+body+`</w:body></w:document>`,
		"word/numbering.xml", numbering)
	ld, err := Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range ld.Lines {
		got = append(got, fmt.Sprintf("%v %s", l.Indent, l.Text))
	}
	want := []string{"0 RESOLVED that the Board:", "18 (a) notes the report", "36 (i) first part", "72 (c) set by hand"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
