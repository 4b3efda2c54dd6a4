package index

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// TestExportFile: the file holds what ExportTo writes, keeps the
// permissions of the file it replaces, and a failed export leaves the old
// file and no temporary behind.
func TestExportFile(t *testing.T) {
	ctx := context.Background()
	ix := loaded(t)
	var want bytes.Buffer
	n, err := ix.ExportTo(ctx, Request{}, &want, ExportFormat{BOM: true})
	if err != nil || n == 0 {
		t.Fatalf("ExportTo: %d, %v", n, err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "actions.csv")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := ix.ExportFile(ctx, Request{}, path, ExportFormat{BOM: true})
	if err != nil || got != n {
		t.Fatalf("ExportFile: %d, %v (want %d)", got, err, n)
	}
	b, _ := os.ReadFile(path)
	if !bytes.Equal(b, want.Bytes()) {
		t.Errorf("file differs from ExportTo's output")
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the replaced file's 0600", st.Mode().Perm())
	}

	// A cancelled export fails and leaves the file as it was.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := ix.ExportFile(cctx, Request{}, path, ExportFormat{JSONL: true}); err == nil {
		t.Fatal("cancelled export: no error")
	}
	if b2, _ := os.ReadFile(path); !bytes.Equal(b2, b) {
		t.Error("a failed export changed the file")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary %s left behind", e.Name())
		}
	}

	// Through a symbolic link the target is replaced and the link kept.
	link := filepath.Join(dir, "latest.csv")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.ExportFile(ctx, Request{}, link, ExportFormat{JSONL: true}); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", st.Mode(), err)
	}
	if b3, _ := os.ReadFile(path); bytes.Equal(b3, b) {
		t.Error("the link's target was not written")
	}

	// A new file gets 0644; a missing directory is a clear error.
	fresh := filepath.Join(dir, "new.jsonl")
	if _, err := ix.ExportFile(ctx, Request{}, fresh, ExportFormat{JSONL: true}); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(fresh); st.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v, want 0644", st.Mode().Perm())
	}
	if _, err := ix.ExportFile(ctx, Request{}, filepath.Join(dir, "no", "such.csv"), ExportFormat{}); err == nil || !strings.Contains(err.Error(), "such.csv") {
		t.Errorf("missing directory: %v", err)
	}
}

// TestExportToAsRecords: ExportTo's JSON lines (the stored records as they
// are) and CSV (rows made by several workers, in chunks) are byte for byte
// what writing Export's records with action.WriteJSONL and the CSV writer
// gives, for text that JSON escapes (<, >, &, a backslash, a quote, a line
// break) and for more records than a chunk holds.
func TestExportToAsRecords(t *testing.T) {
	ctx := context.Background()
	ix := openTemp(t)
	tricky := extraction("plans/tricky.html", "B & C <Board>", "C", `Say "no" to \u003c & \ paths`, "2021-01-01", 2021,
		act{ref: "1", text: "Use <b>bold</b> & \\u0026 carefully\nthen stop", owner: "A\\B", status: "=1+1"},
		act{ref: "2", text: "Plain words", theme: "-minus"})
	if _, err := ix.Replace(ctx, tricky); err != nil {
		t.Fatal(err)
	}
	c := newCorpus(4)
	for n := 0; n < 12; n++ {
		if _, err := ix.Replace(ctx, c.paper(n, 50)); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range []Request{{}, {Query: "lung"}, {Board: []string{"B & C <Board>"}}} {
		var recs []action.Record
		if err := ix.Export(ctx, r, func(rec action.Record) error { recs = append(recs, rec); return nil }); err != nil {
			t.Fatal(err)
		}
		var wantJSON, wantCSV bytes.Buffer
		if err := action.WriteJSONL(&wantJSON, recs); err != nil {
			t.Fatal(err)
		}
		cw, _ := action.NewCSVWriter(&wantCSV, true)
		for _, rec := range recs {
			cw.Write(rec)
		}
		cw.Flush()
		for _, f := range []ExportFormat{{JSONL: true}, {BOM: true}} {
			var got bytes.Buffer
			n, err := ix.ExportTo(ctx, r, &got, f)
			want := wantCSV.String()
			if f.JSONL {
				want = wantJSON.String()
			}
			if err != nil || n != len(recs) || got.String() != want {
				t.Errorf("%+v %+v: %d records (want %d), %v; output differs: %t", r, f, n, len(recs), err, got.String() != want)
			}
		}
		if r.Board != nil && !strings.Contains(wantJSON.String(), `<b>bold</b> & \\u0026`) {
			t.Errorf("the tricky record is not in the export: a test that cannot fail\n%s", wantJSON.String())
		}
	}
}
