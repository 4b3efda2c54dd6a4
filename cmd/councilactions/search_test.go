package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

// searchDataDir makes a data dir whose index holds two papers.
func searchDataDir(t *testing.T) string {
	t.Helper()
	dataDir := t.TempDir()
	ix, err := index.Open(pipeline.IndexDir(dataDir))
	if err != nil {
		t.Fatal(err)
	}
	exts := []action.Extraction{
		{
			Document: action.Document{Source: "plans/oadby.pdf", Kind: action.DocActionPlan, Title: "Oadby Action Plan", Date: "2020-06-17", Year: 2020, Board: "Oadby and Wigston HWB", Council: "Oadby and Wigston", SHA256: "a"},
			Actions: []action.Action{
				{Ref: "1", Kind: action.KindAction, Action: "Deliver the healthy schools programme", Owner: []string{"Dr Kath Packham"}, DueRaw: "March 2021", StatusRaw: "Complete", Page: 2},
				{Ref: "2", Kind: action.KindAction, Action: "Reduce <script>smoking</script> & lung cancer", Owner: []string{"Public Health", "District Council"}, DueRaw: "October 2021", StatusRaw: "Delayed", Page: 3},
				{Ref: "3", Kind: action.KindAction, Action: "=HYPERLINK(\"http://evil\") lung check", Owner: []string{"@CCG"}, StatusRaw: "On track", Page: 3},
			},
		},
		{
			Document: action.Document{Source: "plans/leics.pdf", Kind: action.DocActionPlan, Title: "Leicestershire Plan", Date: "2022-03-01", Year: 2022, Board: "Leicestershire HWB", Council: "Leicestershire", SHA256: "b"},
			Actions: []action.Action{
				{Ref: "1.a", Kind: action.KindAction, Action: "Expand lung cancer awareness", Owner: []string{"Public Health"}, DueRaw: "31/12/2022", StatusRaw: "Amber", Page: 1},
			},
		},
	}
	for _, ext := range exts {
		ext.Finish()
		if _, err := ix.Replace(context.Background(), ext); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dataDir
}

// searchCLI runs the root command with args and returns its stdout, stderr
// and error.
func searchCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := newRootCmd()
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	err := cmd.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

func TestSearchCommand(t *testing.T) {
	dataDir := searchDataDir(t)
	tests := []struct {
		name    string
		args    []string
		want    []string
		notWant []string
	}{
		{
			name: "ranked hits with facets",
			args: []string{"search", "lung cancer"},
			want: []string{
				"[2] Reduce <script>smoking</script> & lung cancer",
				"owner: Public Health; District Council · due: 2021-10-31 (October 2021) · status: delayed",
				"Oadby and Wigston HWB — Oadby Action Plan (2020-06-17)",
				"plans/oadby.pdf, page 3",
				"[1.a] Expand lung cancer awareness",
				"2 actions match.",
				"By board:  Leicestershire HWB 1 · Oadby and Wigston HWB 1",
				"By year:   2020 1 · 2022 1",
				"By status: at_risk 1 · delayed 1",
			},
			// Every word must match: the lung check has no cancer.
			notWant: []string{"<mark>", "&amp;", "&lt;", "healthy schools", "lung check"},
		},
		{
			name:    "filters",
			args:    []string{"search", "lung", "--board", "Leicestershire HWB", "--year", "2022"},
			want:    []string{"[1.a] Expand lung cancer awareness", "1 actions match."},
			notWant: []string{"[2]"},
		},
		{
			name: "overdue sorted by due",
			args: []string{"search", "--overdue", "--today", "2023-01-01", "--sort", "due"},
			want: []string{"1. [2] Reduce", "2. [1.a] Expand", "2 actions match.",
				// How late each is, on --today.
				"status: delayed · 14 months overdue", "status: at_risk · 1 day overdue"},
		},
		{
			name: "limit",
			args: []string{"search", "--limit", "1", "--sort", "date"},
			want: []string{"1. [1.a] Expand", "4 actions match (showing 1; use --limit or export for more)."},
		},
		{
			name: "nothing",
			args: []string{"search", "zebra"},
			want: []string{"No actions match."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := searchCLI(t, append(tt.args, "--data-dir", dataDir)...)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestSearchCommandJSON(t *testing.T) {
	dataDir := searchDataDir(t)
	out, _, err := searchCLI(t, "search", "smoking", "--json", "--data-dir", dataDir)
	if err != nil {
		t.Fatal(err)
	}
	var res index.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if res.Total != 1 || res.Hits[0].Ref != "2" || res.Hits[0].Status != "delayed" {
		t.Fatalf("result: %+v", res)
	}
	// Fragments are HTML with the extracted text escaped.
	if got := res.Hits[0].Fragments["action"]; len(got) != 1 || !strings.Contains(got[0], "&lt;script&gt;<mark>smoking</mark>&lt;/script&gt;") {
		t.Fatalf("fragments: %v", res.Hits[0].Fragments)
	}
	if len(res.Facets["board"]) != 1 {
		t.Fatalf("facets: %v", res.Facets)
	}
}

func TestSearchCommandErrors(t *testing.T) {
	dataDir := searchDataDir(t)
	tests := []struct {
		name  string
		args  []string
		usage bool
		msg   string
	}{
		{"bad query", []string{"search", `"unclosed`, "--data-dir", dataDir}, true, "bad query"},
		{"unknown field", []string{"search", "stauts:delayed", "--data-dir", dataDir}, true, `unknown field "stauts"`},
		{"bad status", []string{"search", "--status", "late", "--data-dir", dataDir}, true, `--status: "late" is not one of`},
		{"bad sort", []string{"search", "--sort", "owner", "--data-dir", dataDir}, true, `--sort: "owner" is not relevance, due or date`},
		{"bad date", []string{"search", "--due-before", "tomorrow", "--data-dir", dataDir}, true, `--due-before: "tomorrow" is not a date like 2023-03-31`},
		{"bad year", []string{"search", "--year", "twenty", "--data-dir", dataDir}, true, `--year: "twenty" is not a year like 2023`},
		{"bad status in the query", []string{"search", "status:late", "--data-dir", dataDir}, true, `status:late: "late" is not one of complete,`},
		{"no index", []string{"search", "lung", "--data-dir", t.TempDir()}, false, "run `councilactions run` (or `councilactions demo`) first"},
		{"export bad format", []string{"export", "--format", "xml", "--data-dir", dataDir}, true, "--format"},
		{"export bad query", []string{"export", "a:b:c", "--data-dir", dataDir}, true, "syntax error"},
		{"export no index", []string{"export", "--data-dir", t.TempDir()}, false, "no index at"},
		{"export query twice", []string{"export", "lung", "--query", "cancer", "--data-dir", dataDir}, true, "not both"},
		{"export bom with jsonl", []string{"export", "--format", "jsonl", "--bom", "--data-dir", dataDir}, true, "--bom"},
		{"export bad kind", []string{"export", "--kind", "promise", "--data-dir", dataDir}, true, `--kind: "promise"`},
		{"export index name with csv", []string{"export", "--index-name", "hwb", "--data-dir", dataDir}, true, "only for --format ndjson-bulk"},
		{"export mapping with jsonl", []string{"export", "--format", "jsonl", "--mapping", "m.json", "--data-dir", dataDir}, true, "only for --format ndjson-bulk"},
		{"export bad index name", []string{"export", "--format", "ndjson-bulk", "--index-name", "Council Actions", "--data-dir", dataDir}, true, `--index-name: "Council Actions"`},
		{"export index name starting with _", []string{"export", "--format", "ndjson-bulk", "--index-name", "_hwb", "--data-dir", dataDir}, true, `--index-name: "_hwb"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := searchCLI(t, tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			var ue usageError
			if errors.As(err, &ue) != tt.usage {
				t.Fatalf("usage error = %v, want %v (%v)", !tt.usage, tt.usage, err)
			}
			if strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("error %q should be one line with %q", err, tt.msg)
			}
		})
	}
}

func TestExportCommand(t *testing.T) {
	dataDir := searchDataDir(t)

	t.Run("csv to stdout, guarded", func(t *testing.T) {
		out, _, err := searchCLI(t, "export", "--data-dir", dataDir)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1+4 {
			t.Fatalf("%d rows, want header + 4", len(rows))
		}
		if strings.Join(rows[0], ",") != strings.Join(action.CSVColumns, ",") {
			t.Fatalf("header %v", rows[0])
		}
		// Stable order: paper date, then place in the paper.
		var order []string
		for _, r := range rows[1:] {
			order = append(order, r[7])
		}
		if strings.Join(order, " ") != "1 2 3 1.a" {
			t.Fatalf("order %v", order)
		}
		if rows[3][13] != `'=HYPERLINK("http://evil") lung check` || rows[3][14] != "'@CCG" {
			t.Fatalf("formula guard: %q %q", rows[3][13], rows[3][14])
		}
	})

	t.Run("query and filters to file with bom", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "out.csv")
		_, errOut, err := searchCLI(t, "export", "--query", "lung", "--status", "delayed", "--status", "at_risk", "-o", path, "--bom", "--data-dir", dataDir)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(errOut, "exported 2 actions to "+path) {
			t.Fatalf("stderr %q", errOut)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("\uFEFFid,board,")) {
			t.Fatalf("no BOM and header: %q", b[:20])
		}
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF")))).ReadAll()
		if err != nil || len(rows) != 3 {
			t.Fatalf("%d rows, %v", len(rows), err)
		}
		// No temporary file is left beside it.
		entries, _ := os.ReadDir(filepath.Dir(path))
		if len(entries) != 1 {
			t.Fatalf("dir holds %d files", len(entries))
		}
	})

	t.Run("jsonl", func(t *testing.T) {
		out, _, err := searchCLI(t, "export", "lung", "--format", "jsonl", "--board", "Oadby and Wigston HWB", "--data-dir", dataDir)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2 {
			t.Fatalf("%d lines:\n%s", len(lines), out)
		}
		var r action.Record
		if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
			t.Fatal(err)
		}
		if r.Ref != "2" || r.Action.Action != "Reduce <script>smoking</script> & lung cancer" || len(r.Owner) != 2 {
			t.Fatalf("record %+v", r)
		}
	})

	t.Run("a failed export leaves no file", func(t *testing.T) {
		for _, format := range []string{"csv", "ndjson-bulk"} {
			path := filepath.Join(t.TempDir(), "out."+format)
			if _, _, err := searchCLI(t, "export", "a:b:c", "--format", format, "-o", path, "--data-dir", dataDir); err == nil {
				t.Fatal("no error")
			}
			if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 0 {
				t.Fatalf("%s: left %d files", format, len(entries))
			}
		}
	})

	t.Run("ndjson-bulk and its mapping", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "actions.ndjson")
		_, errOut, err := searchCLI(t, "export", "lung", "--format", "ndjson-bulk", "--index-name", "hwb", "-o", path, "--data-dir", dataDir)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		var op map[string]map[string]string
		var r action.Record
		if len(lines) != 2*3 || json.Unmarshal([]byte(lines[0]), &op) != nil || json.Unmarshal([]byte(lines[1]), &r) != nil ||
			op["index"]["_index"] != "hwb" || op["index"]["_id"] != r.ID {
			t.Fatalf("%d lines:\n%s", len(lines), b)
		}
		mapping := filepath.Join(filepath.Dir(path), "actions.mapping.json")
		m, err := os.ReadFile(mapping)
		if err != nil || !bytes.Equal(m, index.BulkMapping) || !strings.Contains(errOut, mapping) {
			t.Fatalf("mapping: %v; stderr %q", err, errOut)
		}
	})
}

func TestFragmentText(t *testing.T) {
	frag := `Publish the &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; <mark>lung</mark> &amp; heart` + "\x1b[31m"
	if got, want := fragmentText(frag, marker{}), `Publish the <script>alert("x")</script> lung & heart [31m`; got != want {
		t.Errorf("plain: %q, want %q", got, want)
	}
	if got, want := fragmentText(frag, marker{"«", "»"}), `Publish the <script>alert("x")</script> «lung» & heart [31m`; got != want {
		t.Errorf("marked: %q, want %q", got, want)
	}
	// Text that merely looks like a mark stays text.
	if got, want := fragmentText("&lt;mark&gt;x&lt;/mark&gt;", marker{"«", "»"}), "<mark>x</mark>"; got != want {
		t.Errorf("escaped mark: %q, want %q", got, want)
	}
}
