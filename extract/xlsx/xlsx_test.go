package xlsx

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
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/councilactions/councilactions/extract/archive"
	"github.com/councilactions/councilactions/extract/layout/layouttest"
)

// book builds a workbook in memory with fn and returns its bytes.
func book(t testing.TB, fn func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	fn(f)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRead(t *testing.T) {
	data := book(t, func(f *excelize.File) {
		red, _ := f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FF0000"}}})
		date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		month, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("mmm-yy")})
		f.SetSheetName("Sheet1", "2023-24")
		f.SetCellValue("2023-24", "A1", "Action Plan 2023-24")
		f.MergeCell("2023-24", "A1", "E1")
		f.SetSheetRow("2023-24", "A3", &[]any{"Ref", "Action", "Hidden", "Due", "Lead", "RAG"})
		f.SetSheetRow("2023-24", "A4", &[]any{"1", "Recruit volunteers", "secret", time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC), "Public Health"})
		f.SetCellStyle("2023-24", "D4", "D4", date)
		f.SetCellStyle("2023-24", "F4", "F4", red)
		f.SetSheetRow("2023-24", "A5", &[]any{"2", "Withdrawn", "", "", "Nobody"})
		f.SetRowVisible("2023-24", 5, false)
		f.SetSheetRow("2023-24", "A6", &[]any{"3", "Run campaigns", "", time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC), "Housing"})
		f.SetCellStyle("2023-24", "D6", "D6", month)
		f.SetSheetRow("2023-24", "A7", &[]any{"", "", "", "", "Planning"})
		f.MergeCell("2023-24", "A6", "A7")
		f.MergeCell("2023-24", "B6", "B7")
		f.SetColVisible("2023-24", "C", false)
		f.AddComment("2023-24", excelize.Comment{Cell: "E4", Author: "Jo", Text: "Jo:On track"})
		f.NewSheet("Secret")
		f.SetCellValue("Secret", "A1", "never shown")
		f.SetSheetVisible("Secret", false)
		f.NewSheet("Sheet3")
		f.SetSheetRow("Sheet3", "A1", &[]any{"No", "Action"})
	})
	ld, err := Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"P Action Plan 2023-24",
		"T1 | Ref | Action | Due | Lead | RAG | Comments",
		"T1 | 1 | Recruit volunteers | 31 March 2024 | Public Health |  | On track",
		"T1 | 3 | Run campaigns | Jun-24 | Housing |  | ",
		"T1 | ^ | ^ |  | Planning |  | ",
		"T2 | No | Action",
	}
	if got := layouttest.Dump(ld); got != strings.Join(want, "\n")+"\n" {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	if shade := ld.Lines[2].Cells[4].Shade; shade != "Red" {
		t.Errorf("RAG cell shade %q, want Red", shade)
	}
}

func TestDateFormat(t *testing.T) {
	tests := []struct {
		id          int
		custom      string
		date, month bool
	}{
		{0, "", false, false},
		{14, "", true, false},
		{17, "", true, true},
		{2, "", false, false},
		{0, "dd/mm/yyyy", true, false},
		{0, "mmmm yyyy", true, true},
		{0, `0.0"d"`, false, false},
		{0, "[Red]0.00", false, false},
		{0, "hh:mm", false, false},
	}
	for _, tt := range tests {
		var c *string
		if tt.custom != "" {
			c = &tt.custom
		}
		if d, m := dateFormat(tt.id, c); d != tt.date || m != tt.month {
			t.Errorf("dateFormat(%d, %q) = %v, %v; want %v, %v", tt.id, tt.custom, d, m, tt.date, tt.month)
		}
	}
}

func mkzip(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, _ := zw.Create(parts[i])
		io.WriteString(w, parts[i+1])
	}
	zw.Close()
	return buf.Bytes()
}

func TestErrors(t *testing.T) {
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	io.WriteString(must(zw.Create("xl/workbook.xml")), "<workbook/>")
	w := must(zw.Create("xl/worksheets/sheet1.xml"))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for n := 0; n <= archive.MaxEntryBytes; n += len(chunk) {
		w.Write(chunk)
	}
	zw.Close()
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="&lol2;" sheetId="1" r:id="rId1"/></sheets></workbook>`
	tests := []struct {
		name string
		data []byte
		err  string
	}{
		{"not a zip", []byte("%PDF-1.4"), "not an XLSX workbook: not a zip archive"},
		{"no workbook", mkzip(t, "word/document.xml", "<w/>"), "not an XLSX workbook: the archive has no xl/workbook.xml"},
		{"zip bomb", bomb.Bytes(), "xl/worksheets/sheet1.xml decompresses to more than"},
		{"entity trick", mkzip(t, "xl/workbook.xml", laughs, "[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ld, err := Reader{}.Read(context.Background(), tt.data)
			if err == nil {
				t.Fatalf("no error; lines\n%s", layouttest.Dump(ld))
			}
			if !strings.Contains(err.Error(), tt.err) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("err = %q, want one line containing %q", err, tt.err)
			}
			if strings.HasPrefix(tt.err, "not an XLSX") && !errors.Is(err, ErrNotXLSX) {
				t.Errorf("err = %v, want ErrNotXLSX", err)
			}
		})
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func ptr[T any](v T) *T { return &v }

func FuzzRead(f *testing.F) {
	names, _ := filepath.Glob("../../fixtures/variants/*.xlsx")
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(book(f, func(x *excelize.File) {
		x.SetSheetRow("Sheet1", "A1", &[]any{"Ref", "Action"})
		x.MergeCell("Sheet1", "A2", "B3")
	}))
	f.Fuzz(func(t *testing.T, data []byte) {
		ld, err := Reader{}.Read(context.Background(), data)
		if err != nil {
			return
		}
		layouttest.CheckShape(t, ld)
	})
}
