package action

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSVWriter(t *testing.T) {
	doc := Document{Source: "plan.txt", Title: "Plan", Kind: DocActionPlan, Board: "=HYPERLINK(\"x\")"}
	acts := []Action{
		{ID: "a1", Ref: "1", Part: 1, Kind: KindAction, Action: "-2+3 cmd|' /C calc'!A0", Owner: []string{"A", "B"}, Status: StatusComplete},
		{ID: "a2", Ref: "2", Part: 1, Kind: KindAction, Action: "Line one\nline \"two\", with comma", Progress: "@SUM(1)"},
	}
	var buf bytes.Buffer
	w, err := NewCSVWriter(&buf, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range acts {
		if err := w.Write(NewRecord(doc, a)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "\uFEFFid,board,") {
		t.Fatalf("missing BOM or header: %q", buf.String()[:20])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || len(rows[0]) != len(CSVColumns) {
		t.Fatalf("got %d rows of %d columns", len(rows), len(rows[0]))
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	checks := []struct {
		row          int
		column, want string
	}{
		{1, "board", "'=HYPERLINK(\"x\")"},
		{1, "action", "'-2+3 cmd|' /C calc'!A0"},
		{1, "owner", "A; B"},
		{1, "source_url", "plan.txt"},
		{2, "action", "Line one\nline \"two\", with comma"},
		{2, "progress", "'@SUM(1)"},
		{2, "part", "1"},
	}
	for _, c := range checks {
		if got := rows[c.row][col[c.column]]; got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.column, got, c.want)
		}
	}
}

func TestCSVWriterEmptyHasHeader(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewCSVWriter(&buf, false)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(buf.String()); got != strings.Join(CSVColumns, ",") {
		t.Errorf("empty export = %q", got)
	}
}

func TestGuardCell(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+44 116": "'+44 116", "-x": "'-x", "@x": "'@x", "\tx": "'\tx", "\rx": "'\rx", "ok": "ok", "": ""} {
		if got := GuardCell(in); got != want {
			t.Errorf("GuardCell(%q) = %q, want %q", in, got, want)
		}
	}
}
