package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/ocr"
	"github.com/councilactions/councilactions/extract/pdf"
)

func TestTablesCommand(t *testing.T) {
	const file = "../../fixtures/pdf/report-portrait.pdf"
	var out bytes.Buffer
	if err := runTables(context.Background(), &out, &tablesOptions{format: "json", file: file}); err != nil {
		t.Fatal(err)
	}
	var tables []pdf.Table
	if err := json.Unmarshal(out.Bytes(), &tables); err != nil {
		t.Fatal(err)
	}
	if len(tables) != 2 || tables[0].Rows[0][0] != "Ref" || tables[1].Rows[0][0] != "Budget line" {
		t.Fatalf("tables: %+v", tables)
	}
	if c := tables[1].Cells; len(c) == 0 || c[0] != (pdf.TableCell{Row: 0, Col: 0, RowSpan: 1, ColSpan: 1, Text: "Budget line"}) {
		t.Errorf("budget cells: %+v", c)
	}

	out.Reset()
	if err := runTables(context.Background(), &out, &tablesOptions{format: "csv", file: file}); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&out)
	r.FieldsPerRecord = -1 // tables differ in width
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// header + 5 action rows + 5 budget rows
	if len(recs) != 11 || strings.Join(recs[2][:4], "|") != "1|1|2|A1" {
		t.Errorf("csv: %q", recs)
	}

	err = runTables(context.Background(), &out, &tablesOptions{format: "xml", file: file})
	if !errors.As(err, new(usageError)) {
		t.Errorf("bad --format: %v", err)
	}
	err = runTables(context.Background(), &out, &tablesOptions{format: "json", file: "../../fixtures/pdf/broken/scanned.pdf"})
	if err == nil || !strings.Contains(err.Error(), "scanned.pdf: no text layer") {
		t.Errorf("scanned: %v", err)
	}
}

// TestTablesOfAScan: tables reads a scanned paper by OCR as extract does —
// here a plan scanned askew, whose theme rows span the table (the column
// rules break off there) and whose hairline row rules the scan broke into
// dashes. Without tesseract it is skipped, except in CI.
func TestTablesOfAScan(t *testing.T) {
	if err := ocr.New(ocr.Config{}).Available(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	var out bytes.Buffer
	opts := &tablesOptions{format: "json", file: "../../fixtures/scanned/004_89f8b84181bf5b9a.scan300-skew.pdf", ocr: ocr.Config{CacheDir: t.TempDir()}}
	if err := runTables(context.Background(), &out, opts); err != nil {
		t.Fatal(err)
	}
	var tables []pdf.Table
	if err := json.Unmarshal(out.Bytes(), &tables); err != nil {
		t.Fatal(err)
	}
	var themes, firsts []string
	for _, tb := range tables {
		for _, r := range tb.Rows {
			if strings.HasPrefix(r[0], "Priority") {
				themes = append(themes, strings.Join(r, "|"))
			} else if strings.HasPrefix(r[0], "6.") {
				firsts = append(firsts, r[0])
			}
		}
	}
	want := []string{"Priority 1 - Housing for all||||||", "Priority 6 - Physical Activity||||||"}
	if len(themes) != 6 || themes[0] != want[0] || themes[5] != want[1] {
		t.Errorf("theme rows %q, want six, the first %q and the last %q", themes, want[0], want[1])
	}
	if !slices.Equal(firsts, []string{"6.a", "6.b", "6.c", "6.d", "6.e", "6.f"}) {
		t.Errorf("rows of priority 6: %q, want 6.a to 6.f each its own", firsts)
	}
}
