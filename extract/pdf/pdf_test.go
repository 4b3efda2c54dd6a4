package pdf_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/pdf"
	"github.com/councilactions/councilactions/extract/scoring"
)

const fixtures = "../../fixtures/pdf"

// seedPDFs are the PDF versions of the seed plans, each scored against the
// seed's gold actions through the whole pipeline.
var seedPDFs = map[string]float64{
	"000_086a73563f357bf8.lo-ruled.pdf":                0.95,
	"000_086a73563f357bf8.std-borderless.pdf":          0.95,
	"000_086a73563f357bf8.std-cid-ruled.pdf":           0.95,
	"000_086a73563f357bf8.lo-word.pdf":                 0.95,
	"001_6c1427c512f07a38.lo-ruled.pdf":                0.95,
	"001_6c1427c512f07a38.std-ruled.pdf":               0.95,
	"001_6c1427c512f07a38.std-borderless-norepeat.pdf": 0.95,
	"004_89f8b84181bf5b9a.lo-ruled.pdf":                0.95,
	"004_89f8b84181bf5b9a.lo-borderless.pdf":           0.95,
	"004_89f8b84181bf5b9a.std-borderless.pdf":          0.95,
}

func TestSeedPDFsScore(t *testing.T) {
	for name, want := range seedPDFs {
		t.Run(name, func(t *testing.T) {
			ext, err := extract.File(context.Background(), filepath.Join(fixtures, name), action.Document{})
			if err != nil {
				t.Fatal(err)
			}
			scoring.Require(t, scoring.GoldFor("../../fixtures/gold", name), ext, want)
			for _, a := range ext.Actions {
				if a.Page < 1 || a.Page > ext.Document.Pages {
					t.Errorf("ref %s: page %d outside 1..%d", a.Ref, a.Page, ext.Document.Pages)
				}
			}
		})
	}
}

func read(t testing.TB, name string) layout.Doc {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pdf.Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// TestLayout checks the lines the reader gives for each layout: one table
// with the seed's columns, every row with that many cells, the header found
// (wrapped header cells joined), rows on the right pages, page furniture
// marked.
func TestLayout(t *testing.T) {
	tests := []struct {
		name      string
		pages     int
		header    []string // the header row's cells
		furniture int      // lines marked as furniture
		record    bool     // rows joined from the rules
		pageOf    map[string]int
	}{
		{"000_086a73563f357bf8.lo-ruled.pdf", 3, []string{"No", "Action", "Responsible person/org.", "Comments", "Status"}, 0, true, map[string]int{"1": 1, "6": 2, "10": 3}},
		{"000_086a73563f357bf8.std-borderless.pdf", 2, []string{"No", "Action", "Responsible person/org.", "Comments", "Status"}, 4, false, map[string]int{"1": 1, "6": 2, "10": 2}},
		{"000_086a73563f357bf8.std-cid-ruled.pdf", 2, []string{"No", "Action", "Responsible person/org.", "Comments", "Status"}, 4, true, map[string]int{"1": 1, "6": 1, "10": 2}},
		{"000_086a73563f357bf8.lo-word.pdf", 5, []string{"No", "Action", "Responsible person/org.", "Comments", "Status"}, 0, true, map[string]int{"1": 1, "4": 2, "6": 3, "10": 5}},
		{"001_6c1427c512f07a38.lo-ruled.pdf", 4, []string{"", "Health Inequality Action:", "KPI Target:", "Expected Completion date:", "Responsible person/org:", "Expected Outcome:", "Quarterly Update: Q1, Q2, Q3,Q4"}, 0, true, map[string]int{"1": 1, "19": 4}},
		{"001_6c1427c512f07a38.std-ruled.pdf", 4, []string{"", "Health Inequality Action:", "KPI Target:", "Expected Completion date:", "Responsible person/org:", "Expected Outcome:", "Quarterly Update: Q1, Q2, Q3,Q4"}, 8, true, map[string]int{"1": 1, "19": 3}},
		{"001_6c1427c512f07a38.std-borderless-norepeat.pdf", 4, []string{"", "Health Inequality Action:", "KPI Target:", "Expected Completion date:", "Responsible person/org:", "Expected Outcome:", "Quarterly Update: Q1, Q2, Q3,Q4"}, 8, false, map[string]int{"1": 1, "8": 2, "19": 3}},
		{"004_89f8b84181bf5b9a.lo-borderless.pdf", 4, []string{"No.", "Objective", "What we will do", "By when", "Who will deliver this?", "Milestones", "Target/Outcome"}, 0, false, map[string]int{"1.a": 1, "6.f": 4}},
		{"004_89f8b84181bf5b9a.std-borderless.pdf", 4, []string{"No.", "Objective", "What we will do", "By when", "Who will deliver this?", "Milestones", "Target/Outcome"}, 8, false, map[string]int{"1.a": 1, "6.f": 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := read(t, tt.name)
			if doc.Pages != tt.pages {
				t.Errorf("pages = %d, want %d", doc.Pages, tt.pages)
			}
			tables := map[int]bool{}
			furniture, headers := 0, 0
			seen := map[string]int{}
			for _, l := range doc.Lines {
				if l.Page < 1 || l.Page > doc.Pages {
					t.Errorf("line %q on page %d", l.Text, l.Page)
				}
				if l.Furniture {
					furniture++
					if l.IsTable() {
						t.Errorf("furniture line in a table: %q", l.Text)
					}
					continue
				}
				if !l.IsTable() {
					continue
				}
				tables[l.Table] = true
				if len(l.Cells) != len(tt.header) {
					t.Errorf("row has %d cells, want %d: %q", len(l.Cells), len(tt.header), l.Text)
				}
				if strings.Join(l.CellTexts(), "|") == strings.Join(tt.header, "|") {
					headers++
					continue
				}
				if l.Record != tt.record {
					t.Errorf("Record = %v, want %v: %q", l.Record, tt.record, l.Text)
				}
				if ref := l.Cells[0].Text; ref != "" {
					if _, dup := seen[ref]; !dup {
						seen[ref] = l.Page
					}
				}
			}
			if len(tables) != 1 {
				t.Errorf("tables %v, want one", tables)
			}
			if headers < 1 {
				t.Errorf("header %q not found", tt.header)
			}
			if furniture != tt.furniture {
				t.Errorf("furniture lines = %d, want %d", furniture, tt.furniture)
			}
			for ref, page := range tt.pageOf {
				if seen[ref] != page {
					t.Errorf("row %s on page %d, want %d", ref, seen[ref], page)
				}
			}
		})
	}
}

// TestThemeRows: the priority rows that span 004's table come out as rows
// with their text whole in the first column.
func TestThemeRows(t *testing.T) {
	for _, name := range []string{"004_89f8b84181bf5b9a.lo-ruled.pdf", "004_89f8b84181bf5b9a.lo-borderless.pdf", "004_89f8b84181bf5b9a.std-borderless.pdf"} {
		doc := read(t, name)
		var themes []string
		for _, l := range doc.Lines {
			if l.IsTable() && strings.HasPrefix(l.Cells[0].Text, "Priority ") {
				if l.NonEmpty() != 1 || !l.Bold {
					t.Errorf("%s: theme row %q: %d cells filled, bold %v", name, l.Text, l.NonEmpty(), l.Bold)
				}
				themes = append(themes, l.Cells[0].Text)
			}
		}
		if len(themes) != 6 || themes[2] != "Priority 3 - Skills, Jobs & Income" {
			t.Errorf("%s: themes %q", name, themes)
		}
	}
}

// TestSubRows: 000's sub-rows under one number, drawn as a cell spanning
// them, come out as rows whose number cell is Spanned.
func TestSubRows(t *testing.T) {
	doc := read(t, "000_086a73563f357bf8.lo-ruled.pdf")
	spanned := 0
	for _, l := range doc.Lines {
		if l.IsTable() && l.Cells[0].Spanned {
			spanned++
			if l.Cells[4].Text == "" {
				t.Errorf("sub-row without its own status: %q", l.Text)
			}
		}
	}
	if spanned != 4 {
		t.Errorf("%d sub-rows, want 4 (refs 3, 5, 6, 9)", spanned)
	}
}

// TestWordSubRows: LibreOffice's print of the Word plan, whose number and
// action cells are merged over sub-rows. Row 3's sub-row starts page 2 and
// stays a row of its own; row 5's merged action cell runs on onto page 3
// beside nothing but the end of its second sub-row's comment, and that text
// goes to row 5 and to the sub-row, none of it lost.
func TestWordSubRows(t *testing.T) {
	doc := read(t, "000_086a73563f357bf8.lo-word.pdf")
	var rows []layout.Line
	for _, l := range doc.Lines {
		if l.Record && !slices.Equal(l.CellTexts(), []string{"No", "Action", "Responsible person/org.", "Comments", "Status"}) {
			rows = append(rows, l)
		}
	}
	row := func(ref string) int {
		for i, l := range rows {
			if l.Cells[0].Text == ref {
				return i
			}
		}
		t.Fatalf("no row %s", ref)
		return 0
	}
	r3 := row("3")
	if got := rows[r3].CellTexts()[2:]; !slices.Equal(got, []string{"Clir Boulter", "Cllr Boulter/ Adams in discussion with Arriva about potential transport from Wigston to South Wigston. Community Action Partnership transport details circulated & available to residents.", "Ongoing"}) {
		t.Errorf("row 3 owner, comments, status = %q", got)
	}
	if sub := rows[r3+1]; sub.Page != 2 || !sub.Cells[0].Spanned || sub.Cells[2].Text != "Clir Kaufman" || sub.Cells[4].Text != "Complete" {
		t.Errorf("row 3's sub-row on page %d: %q (number cell Spanned %v)", sub.Page, sub.Text, sub.Cells[0].Spanned)
	}
	r5 := row("5")
	if got := rows[r5].Cells[1].Text; !strings.Contains(got, "local education settings across the district") || !strings.HasSuffix(got, "nurseries to have Healthy Tots accreditation.") {
		t.Errorf("row 5 action = %q", got)
	}
	if sub := rows[r5+1]; !sub.Cells[0].Spanned || !sub.Cells[1].Spanned || sub.Cells[3].Text != "Trank plan and meetings ongoing." || sub.Cells[4].Text != "Ongoing" {
		t.Errorf("row 5's sub-row: %q", sub.Text)
	}
	if next := rows[r5+2]; next.Cells[0].Text != "6" {
		t.Errorf("row after row 5's sub-row: %q", next.Text)
	}
	for _, l := range rows {
		if l.Text != strings.Join(l.CellTexts(), "\t") {
			t.Errorf("line text %q is not its cells %q", l.Text, l.CellTexts())
		}
	}

	// The debugging view shows the same rows: page 2's table holds the
	// sub-row and row 5 whole; page 3's starts at row 6.
	data, err := os.ReadFile(filepath.Join(fixtures, "000_086a73563f357bf8.lo-word.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	tables, err := pdf.Tables(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 5 {
		t.Fatalf("%d tables, want one a page", len(tables))
	}
	if p2 := tables[1].Rows; len(p2) != 5 || p2[1][2] != "Clir Kaufman" || !strings.HasSuffix(p2[3][1], "accreditation.") {
		t.Errorf("page 2 rows %q", p2)
	}
	if p3 := tables[2].Rows; len(p3) < 2 || p3[1][0] != "6" {
		t.Errorf("page 3 rows %q", p3)
	}
}

// TestReport: a portrait report with prose around an action table and a
// budget table: the actions come from the action table only.
func TestReport(t *testing.T) {
	path := filepath.Join(fixtures, "report-portrait.pdf")
	ext, err := extract.File(context.Background(), path, action.Document{})
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, a := range ext.Actions {
		if a.Kind == "action" {
			refs = append(refs, a.Ref)
		}
		for _, budget := range []string{"60,000", "venue hire", "66,500"} {
			if strings.Contains(a.SourceText, budget) || strings.Contains(a.Action, budget) {
				t.Errorf("action from the budget table: %+v", a)
			}
		}
	}
	if strings.Join(refs, ",") != "A1,A2,A3,A4" {
		t.Errorf("action refs %q, want A1..A4", refs)
	}
	data, _ := os.ReadFile(path)
	tables, err := pdf.Tables(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 2 {
		t.Fatalf("%d tables, want 2", len(tables))
	}
	budget := tables[1]
	want := [][]string{
		{"Budget line", "2023/24 £", "2024/25 £", "Total £"},
		{"Community wellbeing grants", "60,000", "75,000", "135,000"},
	}
	for i, w := range want {
		if strings.Join(budget.Rows[i], "|") != strings.Join(w, "|") {
			t.Errorf("budget row %d = %q, want %q", i, budget.Rows[i], w)
		}
	}
	if last := budget.Rows[len(budget.Rows)-1]; last[0] != "Total" || last[3] != "150,000" {
		t.Errorf("budget last row %q", last)
	}
	if b := budget.BBox; !(b[0] < b[2] && b[1] < b[3]) || budget.Page != 1 {
		t.Errorf("budget page %d bbox %v", budget.Page, b)
	}
}

// TestBadFiles: broken, encrypted and scanned files give one clear line
// naming the file, and no panic.
func TestBadFiles(t *testing.T) {
	tests := []struct {
		file string
		want string
		is   error
	}{
		{"zero.pdf", "empty file", nil},
		{"truncated.pdf", "truncated PDF", nil},
		{"garbage.pdf", "malformed PDF", nil},
		{"notpdf.pdf", "", nil}, // detected as DOCX by its bytes; that reader says why
		{"scanned.pdf", "no text layer (scanned PDF?)", pdf.ErrNoText},
		{"encrypted-user-password.pdf", "encrypted PDF: a password is needed", pdf.ErrEncrypted},
		{"encrypted-aes256.pdf", "encrypted PDF: a password is needed", pdf.ErrEncrypted},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(fixtures, "broken", tt.file)
			_, err := extract.File(context.Background(), path, action.Document{})
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if !strings.Contains(msg, path) || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line naming %s and saying %q", msg, path, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
		})
	}
}

// TestOwnerPasswordOnly: a file encrypted with an empty user password opens.
func TestOwnerPasswordOnly(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures, "broken", "encrypted-owner-only.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pdf.Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Pages != 4 || !strings.Contains(doc.Lines[1].Text, "Health") {
		t.Errorf("pages %d, first lines %+v", doc.Pages, doc.Lines[:2])
	}
}

// FuzzRead: any bytes give lines or a one-line error. The seeds are small
// (see README's Development section for how to run it productively): the
// generated files of pdf.SmallPDFs, and the broken and encrypted fixtures.
func FuzzRead(f *testing.F) {
	for _, data := range pdf.SmallPDFs() {
		f.Add(data)
	}
	broken, _ := filepath.Glob(filepath.Join(fixtures, "broken", "*.pdf"))
	encrypted, _ := filepath.Glob(filepath.Join(fixtures, "encrypted", "*.pdf"))
	for _, n := range append(broken, encrypted...) {
		data, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) < 8<<10 {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := pdf.Reader{}.Read(context.Background(), data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error over several lines: %q", err)
			}
			return
		}
		for _, l := range doc.Lines {
			if l.Page < 1 || l.Page > doc.Pages {
				t.Errorf("line on page %d of %d", l.Page, doc.Pages)
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join(fixtures, "*.pdf"))
	benchRead(b, names)
}

// benchRead reads the papers over and over, reporting pages/s.
func benchRead(b *testing.B, names []string) {
	var files [][]byte
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	b.ReportAllocs()
	pages := 0
	for b.Loop() {
		for _, data := range files {
			doc, err := pdf.Reader{}.Read(context.Background(), data)
			if err != nil {
				b.Fatal(err)
			}
			pages += doc.Pages
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

// TestConcurrentReads: readers share no state, so papers can be read in
// parallel (run with -race).
func TestConcurrentReads(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join(fixtures, "*.pdf"))
	errs := make(chan error, len(names))
	for _, n := range names {
		go func() {
			data, err := os.ReadFile(n)
			if err == nil {
				_, err = pdf.Reader{}.Read(context.Background(), data)
			}
			errs <- err
		}()
	}
	for range names {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// BenchmarkRealWorld reads the real council papers in ../shared (skipped
// when absent): the reader and the table finder, in one process, as
// fixtures/pdf/bench.sh measures them beside pdftotext.
func BenchmarkRealWorld(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join("../../../shared/realworld/docs", "*.pdf"))
	if len(names) == 0 {
		b.Skip("no real papers in ../shared")
	}
	benchRead(b, names)
}
