package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/ocr"
	"github.com/councilactions/councilactions/extract/scoring"
)

// TestSpreadsheetScores holds the spreadsheet and OpenDocument fixtures to
// 0.95 of their gold: the workbooks and the CSV log of fixtures/variants
// (TestVariants holds them to their recorded scores besides), and the seed
// papers' Word fixtures saved by LibreOffice as ODT, against the seeds'
// gold. x05, whose RAG column is coloured by conditional formatting
// alone, is held to 1.
func TestSpreadsheetScores(t *testing.T) {
	files := map[string]string{}
	for _, name := range []string{"x01_004_workbook.xlsx", "x02_001_calc.xlsx", "x03_004_workbook.ods", "x04_000_action_log.csv", "x05_004_condfmt.xlsx"} {
		path := filepath.Join(variantDir, name)
		files[path] = strings.TrimSuffix(path, filepath.Ext(path)) + ".gold.jsonl"
	}
	odts, _ := filepath.Glob("../fixtures/odt/*.odt")
	if len(odts) < 4 {
		t.Fatalf("%d ODT fixtures, want 4", len(odts))
	}
	for _, path := range odts {
		files[path] = scoring.GoldFor("../fixtures/gold", path)
	}
	for path, gold := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			x, err := File(context.Background(), path, action.Document{})
			if err != nil {
				t.Fatal(err)
			}
			floor := 0.95
			if strings.HasPrefix(filepath.Base(path), "x05_") {
				floor = 1 // a status read from conditional formatting, as from a fill
			}
			scoring.Require(t, gold, x, floor)
		})
	}
}

// TestDetectContent: the reader is chosen by what the bytes are, not by
// the name; a name that promises a binary format the bytes lack, and
// archives no reader takes, fail in one line naming the file.
func TestDetectContent(t *testing.T) {
	read := func(name string) []byte {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	xlsxData := read(filepath.Join(variantDir, "x01_004_workbook.xlsx"))
	docxData := read("../fixtures/docx/001_6c1427c512f07a38.docx")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"plan.docx", xlsxData, FormatXLSX},
		{"plan.xlsm", xlsxData, FormatXLSX},
		{"plan.xlsx", docxData, FormatDOCX},
		{"Document.ashx", xlsxData, FormatXLSX},
		{"log.csv", []byte("Ref,Action\n1,Walk\n"), FormatCSV},
		{"old.xls", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"), formatOLE},
		{"odt", zipWith(t, "mimetype", "application/vnd.oasis.opendocument.text"), FormatODT},
		{"ods", zipWith(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet"), FormatODS},
		{"photos.zip", zipWith(t, "a.jpg", "x"), formatZip},
	}
	for _, tt := range tests {
		if got := Detect(tt.name, "", tt.data); got != tt.want {
			t.Errorf("Detect(%s) = %s, want %s", tt.name, got, tt.want)
		}
	}
	dir := t.TempDir()
	files := []struct{ name, data, err string }{
		{"page.xlsx", "<!DOCTYPE html><html><body>Not found</body></html>", "named .xlsx but its content is an HTML page, not XLSX"},
		{"notes.pdf", "just some words", "not a PDF file"},
		{"notes.odt", "just some words", "named .odt but its content is text, not ODT"},
		{"old.xls", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "an old-style Office file"},
		{"photos.zip", string(zipWith(t, "a.jpg", "x")), "a zip archive that is not a Word, Excel or OpenDocument file"},
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := os.WriteFile(path, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := File(context.Background(), path, action.Document{})
		if err == nil || !strings.Contains(err.Error(), f.err) || !strings.Contains(err.Error(), f.name) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want one line naming it and saying %q", f.name, err, f.err)
		}
	}
}

func zipWith(t *testing.T, name, content string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, content)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// scannedFloors records the scanned fixtures' scores (rewrite with -update).
const scannedFloors = "../fixtures/scanned/scores.txt"

// TestScannedScores reads the scanned seed plans (fixtures/scanned, page
// images only) by OCR: each must score at least 0.85 of its seed's gold
// and not fall below its recorded score. Without tesseract and pdftoppm
// it is skipped, except in CI, which installs them.
func TestScannedScores(t *testing.T) {
	if err := byDefault.ocr.Available(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	floors, err := readFloors(scannedFloors, 1)
	if err != nil && !*update {
		t.Fatalf("%v (run go test ./extract -run TestScannedScores -update to create it)", err)
	}
	scans, _ := filepath.Glob("../fixtures/scanned/*.pdf")
	if len(scans) != 2 {
		t.Fatalf("%d scanned fixtures, want 2", len(scans))
	}
	got := map[string][]float64{}
	for _, path := range scans {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			x, err := File(context.Background(), path, action.Document{})
			if err != nil {
				t.Fatal(err)
			}
			res := scoring.Require(t, scoring.GoldFor("../fixtures/gold", path), x, 0.85)
			got[name] = []float64{res.Score}
			if f, ok := floors[name]; ok && !*update && res.Score < f[0]-0.0005 {
				t.Errorf("score %.3f fell below %.3f", res.Score, f[0])
			}
		})
	}
	if *update {
		if err := writeFloors(scannedFloors, "Score of each scanned fixture read by OCR (TestScannedScores; rewrite with -update).", got); err != nil {
			t.Fatal(err)
		}
	}
}

// TestScannedWithoutOCR: a paper of scans says why it has no text, and
// with no engine, how to install one.
func TestScannedWithoutOCR(t *testing.T) {
	path := "../fixtures/scanned/001_6c1427c512f07a38.scan200.pdf"
	_, err := New(ocr.Config{Mode: ocr.Off}).File(context.Background(), path, action.Document{})
	if err == nil || !strings.Contains(err.Error(), "no text layer (scanned PDF?): OCR is off (extract.ocr)") || !strings.Contains(err.Error(), path) {
		t.Errorf("off: err = %v", err)
	}
	t.Setenv("PATH", t.TempDir())
	_, err = New(ocr.Config{}).File(context.Background(), path, action.Document{})
	if err == nil || !strings.Contains(err.Error(), "apt-get install tesseract-ocr") || strings.Contains(err.Error(), "\n") {
		t.Errorf("no engine: err = %v", err)
	}
}

// TestCSVItemThenAction: a log in CSV headed "No.,Item,Action,Deadline"
// whose Action cells are sentences keeps them as the action; the Item
// cells are topics, not what is done, and nobody is read as the owner.
func TestCSVItemThenAction(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.csv")
	data := "No.,Item,Action,Deadline\n" +
		"1,Footpaths,Warden to clear the brambles on the church path,May 2026\n" +
		"2,Budget,Treasurer to ask two banks for their terms,June 2026\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := File(context.Background(), path, action.Document{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range x.Actions {
		got = append(got, a.Action+"|"+strings.Join(a.Owner, ",")+"|"+a.DueRaw)
	}
	want := []string{
		"Warden to clear the brambles on the church path||May 2026",
		"Treasurer to ask two banks for their terms||June 2026",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}
