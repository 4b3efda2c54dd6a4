package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"

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
