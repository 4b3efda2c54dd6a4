package scoring

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// These tests hold the port to score_actions.py itself. They need python3
// and skip without it; the golden numbers in scoreCases hold without it.

// pythonDriver runs score_actions.py on each (gold, got) pair in one
// process (a process each is slow), ending each output with a NUL line.
const pythonDriver = `
import contextlib, io, runpy, sys
script, pairs = sys.argv[1], sys.argv[2:]
for gold, got in zip(pairs[::2], pairs[1::2]):
    sys.argv = [script, gold, got, "--verbose"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(script, run_name="__main__")
    sys.stdout.write(out.getvalue() + "\x00\n")
`

type scored struct {
	goldPath string
	got      action.Extraction
}

// runPython returns what score_actions.py --verbose prints for each input.
func runPython(t *testing.T, inputs []scored) []string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH")
	}
	dir := t.TempDir()
	args := []string{"-c", pythonDriver, pythonScorer}
	for i, in := range inputs {
		// As `councilactions extract --format json` writes it.
		data, err := json.MarshalIndent(in.got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		gotPath := filepath.Join(dir, fmt.Sprintf("got%d.json", i))
		if err := os.WriteFile(gotPath, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, in.goldPath, gotPath)
	}
	out, err := exec.Command(py, args...).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("python scorer: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("python scorer: %v", err)
	}
	outputs := strings.Split(strings.TrimSuffix(string(out), "\x00\n"), "\x00\n")
	if len(outputs) != len(inputs) {
		t.Fatalf("python printed %d results for %d inputs", len(outputs), len(inputs))
	}
	return outputs
}

// goOutput is what the python would print for r.
func goOutput(r Result) string {
	return strings.Join(append(append([]string{}, r.Problems...), r.String()), "\n") + "\n"
}

func TestScoreMatchesPython(t *testing.T) {
	t.Parallel()
	var inputs []scored
	for _, tc := range scoreCases {
		goldPath, ex := caseExtraction(t, tc)
		inputs = append(inputs, scored{goldPath, ex})
	}
	outputs := runPython(t, inputs)
	for i, tc := range scoreCases {
		lines := strings.Split(strings.TrimSuffix(outputs[i], "\n"), "\n")
		if last := lines[len(lines)-1]; last != tc.want {
			t.Errorf("%s: python says %s, golden %s", tc.name, last, tc.want)
		}
		res, err := ScoreFile(inputs[i].goldPath, inputs[i].got)
		if err != nil {
			t.Fatal(err)
		}
		if got := goOutput(res); got != outputs[i] {
			t.Errorf("%s: Go prints\n%spython\n%s", tc.name, got, outputs[i])
		}
	}
}

// TestScoreMatchesPythonRandom scores randomly damaged copies of the gold
// (fixed seed) with both scorers; every line must be the same.
func TestScoreMatchesPythonRandom(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("short")
	}
	files, err := filepath.Glob(filepath.Join(goldDir, "*.gold.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	r := rand.New(rand.NewSource(7))
	var inputs []scored
	for range 120 {
		goldPath := files[r.Intn(len(files))]
		ex := perfectCopy(t, goldPath)
		for k := r.Intn(6); k > 0 && len(ex.Actions) > 0; k-- {
			damage(r, &ex)
		}
		inputs = append(inputs, scored{goldPath, ex})
	}
	outputs := runPython(t, inputs)
	distinct := map[string]bool{}
	for i, in := range inputs {
		res, err := ScoreFile(in.goldPath, in.got)
		if err != nil {
			t.Fatal(err)
		}
		distinct[res.String()] = true
		if got := goOutput(res); got != outputs[i] {
			t.Errorf("input %d (%s): Go prints\n%spython\n%s", i, filepath.Base(in.goldPath), got, outputs[i])
		}
	}
	if len(distinct) < 20 {
		t.Errorf("only %d distinct results: the damage is too weak to test much", len(distinct))
	}
}

// damage makes one random change of the kind extractors get wrong.
func damage(r *rand.Rand, ex *action.Extraction) {
	i := r.Intn(len(ex.Actions))
	a := &ex.Actions[i]
	switch r.Intn(12) {
	case 0:
		ex.Actions = append(ex.Actions[:i], ex.Actions[i+1:]...)
	case 1:
		ex.Actions = append(ex.Actions, *a)
	case 2:
		a.Ref = []string{"", "Rec " + a.Ref, "(" + a.Ref + ")", "Recommendation " + a.Ref + ".", "x" + a.Ref, "RESOLVED"}[r.Intn(6)]
	case 3:
		a.Action = damageText(r, a.Action)
	case 4:
		a.Status = []string{"", "Complete", " unknown ", "in_progress"}[r.Intn(4)]
	case 5:
		a.Owner = append(a.Owner, "Someone Else")
	case 6:
		a.Kind = []string{"action", "resolution", "commitment", "recommendation"}[r.Intn(4)]
	case 7:
		a.Progress = damageText(r, a.Progress)
	case 8:
		a.Part = r.Intn(3)
	case 9:
		j := r.Intn(len(ex.Actions))
		ex.Actions[i], ex.Actions[j] = ex.Actions[j], ex.Actions[i]
	case 10:
		a.Target, a.Outcome = a.Outcome, damageText(r, a.Target)
	case 11:
		ex.Document.Title = damageText(r, ex.Document.Title)
	}
}

func damageText(r *rand.Rand, s string) string {
	w := strings.Fields(s)
	switch r.Intn(6) {
	case 0:
		if len(w) > 0 {
			w = w[:r.Intn(len(w))]
		}
	case 1:
		w = append(w, "extra", "words", "&amp;", "<b>bold</b>", "Clir")
	case 2:
		return strings.ToUpper(s)
	case 3:
		return ""
	case 4:
		return s + " &#1;x &nGt; ’quoted’ \n İ \"it's\" \u00a0\u200b"
	}
	return strings.Join(w, " ")
}
