package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/plaintext"
	"github.com/councilactions/councilactions/extract/scoring"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// seedDir holds the seed papers and goldDir their hand-checked actions.
const (
	seedDir = "../fixtures/seeds"
	goldDir = "../fixtures/gold"
)

func seeds(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("seed papers: %v (%d found)", err, len(files))
	}
	return files
}

func goldFor(seed string) string {
	return filepath.Join(goldDir, strings.TrimSuffix(filepath.Base(seed), ".txt")+".gold.jsonl")
}

// TestSeedsScore holds every seed paper's extraction to its gold.
func TestSeedsScore(t *testing.T) {
	for _, f := range seeds(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			ext, err := File(context.Background(), f, action.Document{})
			if err != nil {
				t.Fatal(err)
			}
			scoring.Require(t, goldFor(f), ext, 0.95)
		})
	}
}

// TestSeedsGolden compares the whole extraction with testdata/NAME.json, so
// that a change to any field shows. Run with -update to accept changes.
func TestSeedsGolden(t *testing.T) {
	for _, f := range seeds(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			ext, err := File(context.Background(), f, action.Document{Source: "fixtures/seeds/" + name + ".txt"})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(ext, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
				t.Errorf("extraction differs from %s; run go test ./extract -update and review the diff", golden)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name    string
		path    string
		wantErr string // "" means no error and zero actions
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
		{"empty", write("empty.txt", nil), "empty file"},
		{"binary", write("image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")), "binary data"},
		{"no table", write("prose.txt", []byte("Just a letter.\nNothing is promised here.\n")), ""},
		{"directory", dir, "is a directory"},
		{"truncated pdf", write("bad.pdf", []byte("%PDF-1.7\n1 0 obj\n<<")), "bad.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext, err := File(context.Background(), tt.path, action.Document{})
			if tt.wantErr == "" {
				if err != nil || len(ext.Actions) != 0 {
					t.Errorf("got %d actions, err %v; want none and no error", len(ext.Actions), err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error for %s", tt.path)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.wantErr) || !strings.Contains(msg, filepath.Base(tt.path)) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line naming the file and saying %q", msg, tt.wantErr)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, ct, data, want string
	}{
		{"a.bin", "", "%PDF-1.4 …", FormatPDF},
		{"a.bin", "", "PK\x03\x04…", FormatDOCX},
		{"a.txt", "", "\ufeff<!DOCTYPE html><html>", FormatHTML},
		{"mgAi.aspx", "", "<div id=\"modgov\">", FormatHTML},
		{"Document.ashx", "application/pdf", "%%garbage", FormatPDF},
		{"x", "text/html; charset=windows-1252", "<p>hi</p>", FormatHTML},
		{"plan.txt", "", "No\tAction", FormatText},
	}
	for _, tt := range tests {
		if got := Detect(tt.name, tt.ct, []byte(tt.data)); got != tt.want {
			t.Errorf("Detect(%q, %q) = %s, want %s", tt.name, tt.ct, got, tt.want)
		}
	}
}

// FuzzDetect tells the format of mutated papers (zips opened to read their
// parts): never a panic, always one of the formats.
func FuzzDetect(f *testing.F) {
	for _, glob := range []string{"../fixtures/pdf/*.pdf", "../fixtures/docx/*.docx", "../fixtures/odt/*.odt", "../fixtures/variants/x0*", "../fixtures/html/000_*"} {
		names, _ := filepath.Glob(glob)
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(filepath.Base(name), "", data)
		}
	}
	f.Add("Document.ashx", "application/pdf", []byte("%%garbage"))
	formats := map[string]bool{FormatPDF: true, FormatHTML: true, FormatDOCX: true, FormatXLSX: true, FormatODT: true,
		FormatODS: true, FormatCSV: true, FormatText: true, formatZip: true, formatOLE: true}
	f.Fuzz(func(t *testing.T, name, contentType string, data []byte) {
		if got := Detect(name, contentType, data); !formats[got] {
			t.Fatalf("Detect(%q, %q) = %q, not a format", name, contentType, got)
		}
	})
}

// FuzzText runs the whole text path (reader, tables, narrative, meta) on
// arbitrary bytes: it must never panic, and what it finds must be finished.
func FuzzText(f *testing.F) {
	for _, s := range seeds(f) {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ext, err := Bytes(context.Background(), data, FormatText, action.Document{Source: "fuzz.txt"})
		if err != nil {
			return
		}
		for _, a := range ext.Actions {
			if a.ID == "" || a.Part < 1 || a.Status == "" || a.Owner == nil {
				t.Fatalf("unfinished action %+v", a)
			}
		}
	})
}

// TestMinutesEdgeInputs: inputs a review found mishandled. Uneven tab
// rows read as prose (once a panic), ACTION tags with en dashes (once cut
// mid-character), tags that name the action rather than its owner, and
// typewritten prose with two spaces after full stops (once cut into cells).
func TestMinutesEdgeInputs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // kind|action|owners of each action
	}{
		{"uneven tab rows", "Minutes of the Board\n\n1\tApologies\tThe Board noted apologies from several members who could not attend.\n2\tThe Chair would write to the ICB by March 2025.\n",
			[]string{"commitment|The Chair would write to the ICB by March 2025.|The Chair"}},
		{"tags", "Minutes of the Board\n\nThe Board noted the risk scores.\nACTION: Update Risk Register\n\nThe Board asked for a plan.\nACTION – Jo Bloggs\n\nThe report was noted.\nACTION – Noted\n",
			[]string{"commitment|Update Risk Register|", "commitment|The Board asked for a plan.|Jo Bloggs"}},
		{"typewritten prose", "Minutes of the Board\n\nThe Board welcomed the waste strategy.  Members asked about funding.  It was agreed that the Head of Waste\nwould circulate the recycling figures by 31 March 2025.  Officers would report back on enforcement.\n",
			[]string{"commitment|It was agreed that the Head of Waste would circulate the recycling figures by 31 March 2025.|the Head of Waste",
				"commitment|Officers would report back on enforcement.|Officers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext, err := Bytes(context.Background(), []byte(tt.text), FormatText, action.Document{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range ext.Actions {
				if !utf8.ValidString(a.Action) {
					t.Errorf("invalid UTF-8 in %q", a.Action)
				}
				got = append(got, a.Kind+"|"+a.Action+"|"+strings.Join(a.Owner, ";"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestColourOnlyStatus: a status column whose cells carry only a fill
// colour reads as the RAG words a reader would say; a coloured cell in
// another column, or a pale one, adds nothing.
func TestColourOnlyStatus(t *testing.T) {
	page := `<html><body><h1>Health Action Plan 2024</h1><table>
<tr><th>Ref</th><th>Action</th><th>Lead</th><th>RAG</th></tr>
<tr><td>1</td><td>Recruit volunteers</td><td>Public Health</td><td style="background-color: #FF0000"></td></tr>
<tr><td>2</td><td>Run campaigns</td><td bgcolor="#92D050">Housing</td><td bgcolor="#FFC000"></td></tr>
<tr><td>3</td><td>Review policy</td><td>Planning</td><td style="background:#00B050 none"></td></tr>
<tr><td>4</td><td>Train staff</td><td>HR</td><td style="background-color:#F2F2F2"></td></tr>
<tr><td>5</td><td>Close the pilot</td><td>ICB</td><td style="background-color:#0070C0">Complete</td></tr>
</table></body></html>`
	ext, err := Bytes(context.Background(), []byte(page), FormatHTML, action.Document{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range ext.Actions {
		got = append(got, a.Ref+"|"+strings.Join(a.Owner, ";")+"|"+a.StatusRaw+"|"+a.Status)
	}
	want := []string{
		"1|Public Health|Red|delayed",
		"2|Housing|Amber|at_risk",
		"3|Planning|Green|on_track",
		"4|HR||unknown",
		"5|ICB|Complete|complete",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Minutes that tag an action in their narrative and list it in their
// action log give it once, as the log's row.
func TestTaggedActionInLog(t *testing.T) {
	ld := layout.Doc{Flowing: true, Lines: []layout.Line{
		{Text: "Minutes of the meeting held on 25 February 2026"},
		{Text: "Present: Cllr Joan Maddox (Chair)"},
		{Text: "3.1 The needs assessment was two years old."},
		{Text: "ACTION: Sana Mirza – refresh the needs assessment (end of April 2026)"},
		{Text: "4.1 The Board discussed fire safety. The Chair would write to the housing provider."},
		layout.Row(0, "No.", "Action", "Owner", "Due", "Status"),
		layout.Row(0, "3.1", "Refresh the strategic needs assessment using the 2025 data.", "Sana Mirza", "April 2026", "Open"),
	}}
	ext := Analyse(ld, action.Document{})
	var got []string
	for _, a := range ext.Actions {
		got = append(got, a.Kind+"|"+a.Action)
	}
	want := []string{"action|Refresh the strategic needs assessment using the 2025 data.", "commitment|The Chair would write to the housing provider."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestGappedRowsActions: a plan whose " / " rows stand apart, a row's cell
// going on in a paragraph of its own under it, gives every row's action,
// not only those before the first such paragraph; the paragraph is the
// rest of the cell the row ended in.
func TestGappedRowsActions(t *testing.T) {
	text := "Village plan 2026\n\nAction / Lead / Date / Progress\nMend the fence by the pond / Parks Team / May 2026 / Posts ordered.\n" +
		"The gate waits for a quote from two firms.\nClean out the ditch on Mill Lane / Clerk / June 2026 / Not started.\n" +
		"Repaint the bus shelter / Cllr Hale / July 2026 / Paint bought.\n"
	expectText(t, text, func(a action.Action) string { return a.Action + "|" + strings.Join(a.Owner, ";") + "|" + a.Progress }, []string{
		"Mend the fence by the pond|Parks Team|Posts ordered. The gate waits for a quote from two firms.",
		"Clean out the ditch on Mill Lane|Clerk|Not started.", "Repaint the bus shelter|Cllr Hale|Paint bought."})
}

// TestPassiveNoteInPlan: a plan's point whose closing note names who is to
// do it in the passive ("– to be drafted by the Green Group") has that
// owner; the point beside it names none.
func TestPassiveNoteInPlan(t *testing.T) {
	page := "GREEN SPACES ACTION PLAN\n" +
		"The parish adopted this plan to guide its work on its green spaces over the next three years.\n" +
		"Trees and verges\n" +
		"- Review the mowing of the verges to leave more wild flowers in summer\n" +
		"- Add a tree survey to the parish tender papers and score it in the evaluation – to be drafted and checked by the Green Group\n"
	ld, err := plaintext.Reader{}.Read(t.Context(), []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range Analyse(ld, action.Document{}).Actions {
		got = append(got, strings.Join(a.Owner, "+")+"|"+a.Action)
	}
	want := []string{
		"|Review the mowing of the verges to leave more wild flowers in summer",
		"Green Group|Add a tree survey to the parish tender papers and score it in the evaluation – to be drafted and checked by the Green Group",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCutAtTheEnd: a copy cut short in the middle of its last point,
// which stops at an article, gives the points before it and not that
// one; a last point ending in a capital letter ("Appendix B") is whole.
func TestCutAtTheEnd(t *testing.T) {
	show := func(a action.Action) string { return a.Action }
	expectText(t, "Our plan for the year\n\nWe will:\n\n• open the new library on Mill Street\n• plant trees along the river path\n• publish a"+
		"\n", show, []string{"open the new library on Mill Street", "plant trees along the river path"})
	expectText(t, "Our plan for the year\n\nWe will:\n\n• open the new library on Mill Street\n• plant trees along the river path\n• follow the rules in Appendix B\n",
		show, []string{"open the new library on Mill Street", "plant trees along the river path", "follow the rules in Appendix B"})
	// Cut after a comma: the clause before it is whole and stays.
	cutMinutes := "Minutes of the Parks Committee\nHeld on 4 March 2022\n\n5. Parks Plan\n\nRESOLVED:\n\n1. That the parks plan for 2022-25 be approved.\n\n"
	expectText(t, cutMinutes+"2. That the service priorities for the year be noted, which\n", show,
		[]string{"That the parks plan for 2022-25 be approved.", "That the service priorities for the year be noted"})
	expectText(t, cutMinutes+"2. That the offer from the builders for mending the wall be taken up, the\n", show,
		[]string{"That the parks plan for 2022-25 be approved.", "That the offer from the builders for mending the wall be taken up"})
	expectText(t, cutMinutes+"2. That, if money allows, the offer for the wall be taken up, and\n", show,
		[]string{"That the parks plan for 2022-25 be approved.", "That, if money allows, the offer for the wall be taken up"})
	// Cut after a list's item: the list goes on, nothing is whole.
	expectText(t, cutMinutes+"2. That the Clerk order new cups, plates, spoons, the\n", show, []string{"That the parks plan for 2022-25 be approved."})
	// Cut inside the next point's first word: no item.
	expectText(t, cutMinutes+"2. Th\n", show, []string{"That the parks plan for 2022-25 be approved."})
	// Cut after a that-clause's subject, before its verb: nothing was
	// said of what was decided. (A short clause with its verb is whole.)
	expectText(t, cutMinutes+"6. Village Hall – Resolved: That the Hall\n", show, []string{"That the parks plan for 2022-25 be approved."})
	expectText(t, cutMinutes+"6. Bench repairs\n\nResolved that quotes\n", show, []string{"That the parks plan for 2022-25 be approved."})
	expectText(t, cutMinutes+"6. Village Hall – Resolved: That the Hall be let\n", show,
		[]string{"That the parks plan for 2022-25 be approved.", "That the Hall be let"})
	// A lower-case last word may be the clause's subjunctive verb: whole.
	expectText(t, cutMinutes+"6. Library – Resolved: That Cllr Amos chair\n", show,
		[]string{"That the parks plan for 2022-25 be approved.", "That Cllr Amos chair"})
	expectText(t, cutMinutes+"6. Drains – Resolved: That the Clerk enquire\n", show,
		[]string{"That the parks plan for 2022-25 be approved.", "That the Clerk enquire"})
	expectText(t, cutMinutes+"6. Drains – Resolved: That the Clerk of the\n", show, []string{"That the parks plan for 2022-25 be approved."})
	// A determiner and a word or two with no verb after them: cut.
	for _, cut := range []string{"That the footpath", "That the new", "That the parish council"} {
		expectText(t, cutMinutes+"6. Drains – Resolved: "+cut+"\n", show, []string{"That the parks plan for 2022-25 be approved."})
	}
}

// TestVerblessDeterminer: after a determiner only a clause with no room
// for its verb is cut; a plural subject's bare verb ends it whole, and
// a last word that cannot end a clause still shows the cut.
func TestVerblessDeterminer(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"That the footpath", true},
		{"That the new", true},
		{"That the parish council", true},
		{"That the Clerk of", true},
		{"That the Council the", true},
		{"That the fees rise", false},
		{"That all members attend", false},
		{"That all councillors attend", false},
		{"That the Clerk investigate", false},
	} {
		if got := verbless(c.text); got != c.want {
			t.Errorf("verbless(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
