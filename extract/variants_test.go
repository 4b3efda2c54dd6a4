package extract

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/scoring"
)

// variantDir holds layouts the seeds do not show, made from the seeds' gold
// rows by fixtures/variants/gen.py (HTML, and PDFs printed by Chromium),
// gen_minutes.py (minutes) and gen_docx.py (Word's numbering, merged cells,
// tracked changes), text as pdftotext -layout writes it (columns set
// with spaces), and spreadsheets by fixtures/cmd/mksheets, each with its
// own gold.
const variantDir = "../fixtures/variants"

// variantFloors records each variant file's score. A score may rise, never
// fall below its floor; run go test ./extract -run TestVariants -update to
// record scores after an improvement.
const variantFloors = variantDir + "/scores.txt"

func TestVariants(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join(variantDir, "*.gold.jsonl"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("variants: %v (%d found)", err, len(golds))
	}
	floors, err := readFloors(variantFloors, 1)
	if err != nil && !*update {
		t.Fatalf("%v (run go test ./extract -run TestVariants -update to create it)", err)
	}
	got := map[string][]float64{}
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.jsonl")
		for _, ext := range []string{".html", ".pdf", ".txt", ".docx", ".xlsx", ".ods", ".odt", ".csv"} {
			file := name + ext
			path := filepath.Join(variantDir, file)
			if _, err := os.Stat(path); err != nil {
				continue
			}
			t.Run(file, func(t *testing.T) {
				x, err := File(context.Background(), path, action.Document{})
				if err != nil {
					t.Fatal(err)
				}
				res, err := scoring.ScoreFile(g, x)
				if err != nil {
					t.Fatal(err)
				}
				got[file] = []float64{res.Score}
				f, ok := floors[file]
				floor := 0.0
				if ok {
					floor = f[0]
				}
				switch {
				case *update:
				case !ok:
					t.Errorf("%s has no recorded score (run with -update)", file)
				case res.Score < floor-0.0005:
					t.Errorf("score %.3f fell below %.3f:\n%s\n%s", res.Score, floor, res, strings.Join(res.Problems, "\n"))
				case res.Score > floor+0.0005:
					t.Logf("score %.3f is above its floor %.3f: record it with -update", res.Score, floor)
				}
			})
		}
	}
	if *update {
		if err := writeFloors(variantFloors, "Score of each variant against its gold (TestVariants; rewrite with -update).", got); err != nil {
			t.Fatal(err)
		}
	}
}

// readFloors reads a table of recorded scores: a name, then n numbers, a line.
func readFloors(path string, n int) (map[string][]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != n+1 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		v := make([]float64, n)
		for i := range v {
			if v[i], err = strconv.ParseFloat(fields[i+1], 64); err != nil {
				return nil, fmt.Errorf("%s: bad line %q", path, line)
			}
		}
		out[fields[0]] = v
	}
	return out, sc.Err()
}

// writeFloors rewrites a table of recorded scores, names sorted, atomically.
func writeFloors(path, header string, scores map[string][]float64) error {
	names := make([]string, 0, len(scores))
	for n := range scores {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# " + header + "\n")
	for _, n := range names {
		b.WriteString(n)
		for _, v := range scores[n] {
			fmt.Fprintf(&b, " %.3f", v)
		}
		b.WriteString("\n")
	}
	return writeAtomic(path, []byte(b.String()))
}

// writeAtomic replaces path with data, never leaving it half written.
func writeAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
