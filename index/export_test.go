package index

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
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

// TestBulkMappingCoversRecords: the bulk mapping maps every key an
// exported record can have, with a type its Go field's values load into,
// and nothing else (its mapping is strict: an unmapped key fails a load).
func TestBulkMappingCoversRecords(t *testing.T) {
	var m struct {
		Mappings struct {
			Dynamic    string                     `json:"dynamic"`
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"mappings"`
	}
	if err := json.Unmarshal(BulkMapping, &m); err != nil {
		t.Fatal(err)
	}
	if m.Mappings.Dynamic != "strict" {
		t.Errorf("dynamic %q, want strict", m.Mappings.Dynamic)
	}
	checkMapped(t, "", reflect.TypeFor[action.Record](), m.Mappings.Properties)
}

// checkMapped checks the properties against the JSON fields of struct t.
func checkMapped(t *testing.T, path string, st reflect.Type, props map[string]json.RawMessage) {
	t.Helper()
	keys := jsonKeys(st)
	for k := range keys {
		if _, ok := props[k]; !ok {
			t.Errorf("%s%s: not in the bulk mapping", path, k)
		}
	}
	fields := map[string]reflect.Type{}
	var walk func(reflect.Type)
	walk = func(st reflect.Type) {
		for i := 0; i < st.NumField(); i++ {
			f := st.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.Anonymous && name == "" {
				walk(f.Type)
			} else if name != "" {
				fields[name] = f.Type
			}
		}
	}
	walk(st)
	allowed := map[reflect.Kind][]string{
		reflect.String: {"keyword", "text", "date"}, reflect.Int: {"integer"}, reflect.Float64: {"float"},
	}
	for k, raw := range props {
		if !keys[k] {
			t.Errorf("%s%s: mapped, but no record has it", path, k)
			continue
		}
		var p struct {
			Type       string                     `json:"type"`
			Properties map[string]json.RawMessage `json:"properties"`
		}
		if err := json.Unmarshal(raw, &p); err != nil {
			t.Fatal(err)
		}
		ft := fields[k]
		if ft == nil {
			t.Errorf("%s%s: a record's key, but no field of %s", path, k, st)
			continue
		}
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem() // a list loads as its values
		}
		if ft.Kind() == reflect.Struct {
			if p.Type != "object" {
				t.Errorf("%s%s: %s, want object", path, k, p.Type)
			}
			checkMapped(t, path+k+".", ft, p.Properties)
			continue
		}
		if !slices.Contains(allowed[ft.Kind()], p.Type) {
			t.Errorf("%s%s: mapped as %q, but its values are %s", path, k, p.Type, ft.Kind())
		}
	}
}

// TestBulkExport: a bulk export is pairs of lines, the operation (index
// into the named index under the action's id) then the record, as the
// JSON lines export gives it.
func TestBulkExport(t *testing.T) {
	ctx := context.Background()
	ix := loaded(t)
	var bulk, lines bytes.Buffer
	n, err := ix.ExportTo(ctx, Request{}, &bulk, ExportFormat{Bulk: `councilactions "2026"`})
	if err != nil || n == 0 {
		t.Fatalf("%d, %v", n, err)
	}
	if _, err := ix.ExportTo(ctx, Request{}, &lines, ExportFormat{JSONL: true}); err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(bulk.String(), "\n"), "\n")
	want := strings.Split(strings.TrimSuffix(lines.String(), "\n"), "\n")
	if len(got) != 2*len(want) || len(want) != n {
		t.Fatalf("%d bulk lines for %d records", len(got), len(want))
	}
	for i, rec := range want {
		var op map[string]map[string]string
		if err := json.Unmarshal([]byte(got[2*i]), &op); err != nil {
			t.Fatal(err)
		}
		var r action.Record
		json.Unmarshal([]byte(rec), &r)
		if op["index"]["_index"] != `councilactions "2026"` || op["index"]["_id"] != r.ID || r.ID == "" || len(op) != 1 {
			t.Errorf("line %d: %s for record %s", 2*i+1, got[2*i], r.ID)
		}
		if got[2*i+1] != rec {
			t.Errorf("line %d: %s, want the record %s", 2*i+2, got[2*i+1], rec)
		}
	}
}
