package html

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/layout/layouttest"
)

// show writes a line compactly (layouttest.Show).
func show(l layout.Line) string { return layouttest.Show(l) }

func read(t *testing.T, r Reader, page string) []string {
	t.Helper()
	ld, err := r.Read(context.Background(), []byte(page))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if !ld.Flowing {
		t.Error("Doc.Flowing is false")
	}
	var out []string
	for _, l := range ld.Lines {
		out = append(out, show(l))
	}
	return out
}

func check(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string
	}{
		{
			name: "blocks, headings, bold",
			page: `<html><body><h1>Action Plan</h1><h3>Sub <i>heading</i></h3>
				<p><b>All bold</b> <strong>here</strong></p><p>Some <b>bold</b> text</p>
				<div>Direct text<p>and a paragraph</p>after</div>
				<p style="font-weight: bold">Styled bold</p><h2>Two<br>lines</h2><p>Not a heading</p></body></html>`,
			want: []string{"H1 Action Plan", "H3 Sub heading", "B All bold here", "P Some bold text",
				"P Direct text", "P and a paragraph", "P after", "B Styled bold", "H2 Two", "H2 lines", "P Not a heading"},
		},
		{
			name: "entities, white space, br",
			page: "<p>Health &amp; Wellbeing&nbsp;&nbsp;Board\n\t  &pound;5 &ndash; done&rsquo;s</p><p>RESOLVED:<br>That it be noted.</p><p>  </p>",
			want: []string{"P Health & Wellbeing Board £5 – done’s", "P RESOLVED:", "P That it be noted."},
		},
		{
			name: "furniture dropped",
			page: `<html><head><title>T</title><style>p{}</style></head><body><header>Site</header><nav>Menu</nav>
				<script>var x = "<p>no</p>";</script><noscript>Enable JS</noscript><p>Kept</p>
				<p hidden>Hidden</p><p style="display: none">None</p><form><p>In a form</p><input value="x"><button>Go</button></form>
				<footer>Copyright</footer><div role="navigation">Skip links</div>
				<main><article><header><h1>Article title</h1></header><p>Body</p><footer>Article footer</footer></article></main></body></html>`,
			want: []string{"P Kept", "P In a form", "H1 Article title", "P Body", "P Article footer"},
		},
		{
			name: "Word's Save as Web Page markup",
			page: "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body lang=EN-GB><div class=WordSection1>" +
				"<p class=MsoTitle><b><span style='font-size:14.0pt'>Action Plan<o:p></o:p></span></b></p>" +
				"<p class=MsoListParagraphCxSpFirst style='text-indent:-36.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>(i)<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>The first point.<o:p></o:p></p>" +
				"<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Next<span style='mso-spacerun:yes'>  </span>one.</p></div></body></html>",
			want: []string{"B Action Plan", "P (i) The first point.", "P Next one."},
		},
		{
			name: "ordered lists get markers, printed markers kept",
			page: `<ol type="i"><li>First</li><li>(ii) Printed</li><li>Third</li></ol>
				<ol start="3"><li>Three</li><li value="7">Seven</li><li>Eight</li></ol>
				<ol type="a"><li>Alpha</li></ol><ul><li>Bullet</li></ul>`,
			want: []string{"P (i) First", "P (ii) Printed", "P (iii) Third", "P 3. Three", "P 7. Seven", "P 8. Eight",
				"P (a) Alpha", "P Bullet"},
		},
		{
			name: "rowspan and colspan on a grid",
			page: `<table><thead><tr><th>No</th><th>Action</th><th>Owner</th><th>Status</th></tr></thead>
				<tbody><tr><td rowspan="2">3</td><td rowspan="2">Do it</td><td>Ann</td><td>Done</td></tr>
				<tr><td>Bob</td><td>Ongoing</td></tr>
				<tr><td>4</td><td colspan="2">Wide cell</td><td>Red</td></tr>
				<tr><td rowspan="2" colspan="2">Block</td><td>x</td><td>y</td></tr>
				<tr><td>z</td><td>w</td></tr></tbody></table>`,
			want: []string{
				"T1 | No | Action | Owner | Status",
				"T1 | 3 | Do it | Ann | Done",
				"T1 | ^ | ^ | Bob | Ongoing",
				"T1 | 4 | [2]Wide cell |  | Red",
				"T1 | [2]Block |  | x | y",
				"T1 | ^[2] |  | z | w",
			},
		},
		{
			name: "theme row spanning the table, bold",
			page: `<table><tr><th>Ref</th><th>Action</th><th>Lead</th></tr>
				<tr><td colspan="3"><strong>Priority 1 - Housing</strong></td></tr>
				<tr><td>1.a</td><td>Build</td><td>Planning</td></tr>
				<tr><td colspan="3">Plain theme</td></tr></table>`,
			want: []string{
				"T1 | Ref | Action | Lead",
				"T1b | [3]Priority 1 - Housing |  | ",
				"T1 | 1.a | Build | Planning",
				"T1 | [3]Plain theme |  | ",
			},
		},
		{
			name: "short rows padded, spans clipped at the table's end",
			page: `<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td rowspan="99">d</td></tr>
				<tr><td>e</td><td rowspan="0">f</td></tr><tr><td colspan="abc">g</td><td colspan="-2">h</td></tr></table>`,
			want: []string{
				"T1 | a | b | c | ",
				"T1 | d |  |  | ",
				"T1 | ^ | e | f | ",
				"T1 | ^ | g | ^ | h",
			},
		},
		{
			name: "head first, foot last, empty rows dropped, caption a line",
			page: `<table><caption>Table 1</caption><tfoot><tr><td>foot</td><td>f</td></tr></tfoot>
				<tbody><tr><td>body</td><td>b</td></tr><tr><td> </td><td></td></tr></tbody>
				<thead><tr><th>head</th><th>h</th></tr></thead></table>`,
			want: []string{"P Table 1", "T1 | head | h", "T1 | body | b", "T1 | foot | f"},
		},
		{
			name: "cell text: tags dropped, breaks and blocks become spaces",
			page: `<table><tr><th>A</th><th>B</th></tr><tr><td>one<br>two<p>three</p><ul><li>four</li><li>five</li></ul><span>six</span>&amp;<i>seven</i></td>
				<td><p><b>Recommendation 1:</b></p><p>Text</p><script>no</script></td></tr></table>`,
			want: []string{"T1 | A | B", "T1 | one two three four five six&seven | Recommendation 1: Text"},
		},
		{
			name: "layout tables give running text, the inner data table gives rows",
			page: `<table><tr><td><p>Left column</p></td><td>
				<table><tr><th>No</th><th>Action</th></tr><tr><td>1</td><td>Act</td></tr></table>
				<p>After inner</p></td></tr></table>
				<table><tr><td>One column</td></tr><tr><td>Second row</td></tr></table>
				<table><tr><td>One</td><td>row</td></tr></table>
				<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
				<table><tr><td><h2>Heading in a cell</h2></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>
				<table><tr><th>Real</th><th>Table</th></tr><tr><td>r</td><td>t</td></tr></table>`,
			want: []string{
				"P Left column", "T1 | No | Action", "T1 | 1 | Act", "P After inner",
				"P One column", "P Second row",
				"P One", "P row",
				"P a", "P b", "P c", "P d",
				"H2 Heading in a cell", "P x", "P y", "P z",
				"T2 | Real | Table", "T2 | r | t",
			},
		},
		{
			name: "ModernGov: only div#modgov, its link lists dropped, item numbers lead titles",
			page: `<html><body><div id="header"><p>Council website</p></div>
				<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
				<h2 class="mgSubTitleTxt">Health Report</h2>
				<div class="mgLinks"><ul class="mgActionList"><li><a href="#">Issue history</a></li></ul></div>
				<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>The Board noted.</p></div>
				<table id="mgItemTable" class="mgItemTable"><tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">7.</p></td>
				<td><p class="mgAiTitleTxt">Progress Report</p><div class="mgWordPara"><p>Text.</p></div></td></tr></table>
				<table><tr><td><p class="mgAiTitleTxt">8.</p></td><td><p class="mgAiTitleTxt">Unmarked table</p><div class="mgWordPara"><p>More.</p></div></td></tr>
				<tr><td><p class="mgAiTitleTxt">9.</p></td><td><p class="mgAiTitleTxt">Any other business</p></td></tr></table>
				</div><div id="footer"><p>Contact us</p></div></body></html>`,
			want: []string{"H1 Agenda item", "H2 Health Report", "P Minutes:", "P The Board noted.",
				"P 7. Progress Report", "P Text.", "P 8. Unmarked table", "P More.", "P 9. Any other business"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, read(t, Reader{}, tt.page), tt.want)
		})
	}
}

func cp1252(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCharsets(t *testing.T) {
	const text = "Budget £5,000 – the Board’s plan"
	pad := "<!-- " + strings.Repeat("padding ", 300) + "-->" // pushes the text past the first kilobyte
	utf16le := []byte{0xff, 0xfe}
	for _, r := range "<p>" + text + "</p>" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	tests := []struct {
		name        string
		data        []byte
		contentType string
	}{
		{"windows-1252 undeclared, past the first kilobyte", cp1252(t, "<html><head>"+pad+"</head><body><p>"+text+"</p></body></html>"), ""},
		{"utf-8 undeclared, past the first kilobyte", []byte("<html><head>" + pad + "</head><body><p>" + text + "</p></body></html>"), ""},
		{"meta charset after the first kilobyte", cp1252(t, "<html><head>"+pad+`<meta charset="windows-1252"></head><body><p>`+text+"</p></body></html>"), ""},
		{"meta charset in the body", cp1252(t, "<html><body><meta charset=\"windows-1252\"><p>"+text+"</p></body></html>"), ""},
		{"meta in a script is not a declaration", []byte("<script>var s = '<meta charset=\"windows-1252\">';</script><p>" + text + "</p>"), ""},
		{"meta http-equiv latin1 means windows-1252", cp1252(t, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>`+text+"</p></body></html>"), ""},
		{"utf-8 declared", []byte(`<meta charset="UTF-8"><p>` + text + "</p>"), ""},
		{"Content-Type header wins over meta", cp1252(t, `<meta charset="utf-8"><p>`+text+"</p>"), "text/html; charset=windows-1252"},
		{"Content-Type without charset", []byte("<p>" + text + "</p>"), "text/html"},
		{"utf-8 BOM wins over header", append([]byte("\xef\xbb\xbf"), "<p>"+text+"</p>"...), "text/html; charset=windows-1252"},
		{"utf-16le BOM", utf16le, ""},
		{"unknown label falls back to sniffing", cp1252(t, `<meta charset="klingon"><p>`+text+"</p>"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ld, err := ReadWithContentType(context.Background(), tt.data, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if len(ld.Lines) != 1 || ld.Lines[0].Text != text {
				var got []string
				for _, l := range ld.Lines {
					got = append(got, l.Text)
				}
				t.Errorf("got %q, want [%q]", got, text)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	row := func(n int) string {
		return "<tr>" + strings.Repeat("<td>x</td>", n) + "</tr>"
	}
	tests := []struct {
		name string
		page string
		err  string
	}{
		{"tables nested deeper than the limit", strings.Repeat("<table><tr><td>a</td><td>", MaxTableDepth+5) + "x", "tables nested more than 32 deep"},
		{"10k nested tables", strings.Repeat("<table><tr><td>", 10000) + "x" + strings.Repeat("</td></tr></table>", 10000), "nested"},
		{"100k-cell table", "<table>" + strings.Repeat(row(100), 1000) + "</table>", "table has more than 50000 cells"},
		{"colspans blow up the grid", "<table>" + strings.Repeat(`<tr><td colspan="999999">a</td><td>b</td></tr>`, 60) + "</table>", "table has more than 50000 cells"},
		{"wide row times many rows", "<table>" + `<tr><td colspan="1000">a</td><td colspan="1000">b</td></tr>` + strings.Repeat("<tr><td>a</td><td>b</td></tr>", 100) + "</table>", "table has more than 50000 cells"},
		{"rowspans blow up the grid", "<table>" + strings.Repeat(`<tr><td rowspan="65534">a</td><td>b</td></tr>`, 400) + "</table>", "table has more than 50000 cells"},
		{"page too big", "<p>" + strings.Repeat("x", MaxBytes) + "</p>", "over the"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Reader{}.Read(context.Background(), []byte(tt.page))
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("err = %v, want one containing %q", err, tt.err)
			}
		})
	}
}

func TestLimitsNotHit(t *testing.T) {
	// Big but legitimate: a 4 MB attribute, a 40k-cell table, deep divs.
	page := `<p title="` + strings.Repeat("a", 4<<20) + `">Kept</p><table>` +
		strings.Repeat("<tr>"+strings.Repeat("<td>x</td>", 40)+"</tr>", 1000) + "</table>" +
		strings.Repeat("<div>", 400) + "Deep" + strings.Repeat("</div>", 400)
	ld, err := Reader{}.Read(context.Background(), []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ld.Lines); n != 1002 || ld.Lines[0].Text != "Kept" || ld.Lines[1001].Text != "Deep" {
		t.Errorf("got %d lines, first %q", n, ld.Lines[0].Text)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	page := strings.Repeat("<p>x</p>", 10000)
	if _, err := (Reader{}).Read(ctx, []byte(page)); err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func fixtures(t testing.TB) []string {
	names, err := filepath.Glob("../../fixtures/html/*.html")
	if err != nil || len(names) == 0 {
		t.Fatalf("no HTML fixtures: %v", err)
	}
	return names
}

func FuzzRead(f *testing.F) {
	for _, name := range fixtures(f) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<table><tr><td rowspan=3 colspan=2>a</td></tr><tr><td>b<table><tr><td>c</td></tr></table></td></tr></table>`))
	f.Add([]byte("<ol type=i start=-5><li>x</li></ol>\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ld, err := Reader{}.Read(context.Background(), data)
		if err != nil {
			return
		}
		layouttest.CheckShape(t, ld)
	})
}

// BenchmarkRead reads a LibreOffice-exported plan and a 2,000-row table.
func BenchmarkRead(b *testing.B) {
	plan, err := os.ReadFile("../../fixtures/html/004_89f8b84181bf5b9a.libreoffice.html")
	if err != nil {
		b.Fatal(err)
	}
	big := []byte("<table><thead><tr><th>No</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>" +
		strings.Repeat(`<tr><td rowspan="2">1.a</td><td><p><b>Recommendation:</b></p><p>Work with partners to deliver the plan &amp; report.</p></td><td>Public Health</td><td>March 2023</td><td>Green</td></tr>
<tr><td>Second part of the action</td><td>Housing</td><td>2023/24</td><td>Amber</td></tr>`, 1000) + "</tbody></table>")
	for _, c := range []struct {
		name string
		data []byte
	}{{"plan", plan}, {"table2000rows", big}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			for b.Loop() {
				if _, err := (Reader{}).Read(context.Background(), c.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Nested lists and styled margins give each line its indent, which tells a
// clause's sub-points from the points around them.
func TestIndent(t *testing.T) {
	page := `<body><p>RESOLVED that the Cabinet:</p>
<ol type="a"><li>notes the report; and<ol type="i"><li>first part</li></ol></li></ol>
<p style="margin-left: 36pt; text-indent: -18pt">(b) agrees the plan</p>
<p style="margin-left:48px">(c) in pixels</p>
<blockquote><p>quoted</p></blockquote><p>back</p></body>`
	ld, err := Reader{}.Read(context.Background(), []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{
		"RESOLVED that the Cabinet:": 0, "(a) notes the report; and": 18, "(i) first part": 36,
		"(b) agrees the plan": 36, "(c) in pixels": 36, "quoted": 18, "back": 0,
	}
	for _, l := range ld.Lines {
		w, ok := want[l.Text]
		if !ok {
			t.Errorf("unexpected line %q", l.Text)
			continue
		}
		if l.Indent != w {
			t.Errorf("%q: indent %v, want %v", l.Text, l.Indent, w)
		}
		delete(want, l.Text)
	}
	for text := range want {
		t.Errorf("line %q missing", text)
	}
}
