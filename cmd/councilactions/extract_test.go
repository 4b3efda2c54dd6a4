package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

const seed004 = "../../fixtures/seeds/004_89f8b84181bf5b9a.txt"

func TestExtractCommand(t *testing.T) {
	out, _, err := searchCLI(t, "extract", seed004, "--board", "Harborough")
	if err != nil {
		t.Fatal(err)
	}
	var ext action.Extraction
	if err := json.Unmarshal([]byte(out), &ext); err != nil {
		t.Fatalf("one file should print one object: %v", err)
	}
	if len(ext.Actions) != 25 || ext.Document.Board != "Harborough" || ext.Document.Kind != action.DocActionPlan {
		t.Errorf("got %d actions, document %+v", len(ext.Actions), ext.Document)
	}

	out, _, err = searchCLI(t, "extract", seed004, seed004, "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\n"); n != 50 {
		t.Errorf("jsonl printed %d lines, want 50", n)
	}

	out, _, err = searchCLI(t, "extract", seed004, "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 26 || rows[0][0] != "id" {
		t.Errorf("csv: %d rows, err %v", len(rows), err)
	}
}

func TestExtractCommandBadFilesDoNotStopTheBatch(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "photo.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte("\x00\x01\x02PNG"), 0o644)
	missing := filepath.Join(dir, "missing.pdf")

	out, errOut, err := searchCLI(t, "extract", empty, seed004, binary, missing)
	for _, f := range []string{empty, binary, missing} {
		if !strings.Contains(errOut, f+": ") {
			t.Errorf("stderr does not name %s:\n%s", f, errOut)
		}
	}
	if strings.Count(errOut, "\n") != 3 {
		t.Errorf("want one line per bad file:\n%s", errOut)
	}
	if err == nil || !strings.Contains(err.Error(), "3 of 4 files failed") {
		t.Errorf("err = %v, want 3 of 4 failed", err)
	}
	var exts []action.Extraction
	if err := json.Unmarshal([]byte(out), &exts); err != nil || len(exts) != 1 || len(exts[0].Actions) != 25 {
		t.Errorf("the good file was not printed whole: %v (%d)", err, len(exts))
	}
	if _, _, err := searchCLI(t, "extract", seed004, "--format", "xml"); err == nil {
		t.Error("an unknown --format is not an error")
	}
}
