package icdar

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract/pdf"
)

var (
	update = flag.Bool("update", false, "record the ICDAR figures in testdata/ (they may only rise)")
	setDir = flag.String("icdar", "", "score another directory of NAME.pdf with NAME-str.xml (e.g. the competition's US part) instead of ../shared/icdar2013; nothing is recorded")
	show   = flag.String("show", "", "log the true and the found tables of the file NAME, and the relations missed and wrong")
)

// euSet is the EU part of the competition set, shared beside the project.
const euSet = "../../../../shared/icdar2013"

// floorFile records the figures on the EU set. The means and the count of
// files with no table found hold as floors: a change may raise them, never
// lower them. The per-file figures are there to review what a change did.
const floorFile = "testdata/eu.txt"

// heldOut are EU files kept aside from development: rules are judged on the
// rest and checked here on files they were not made from.
var heldOut = []string{"eu-006", "eu-012", "eu-018", "eu-024"}

// perFile bounds the time one file may take: a reader that loops fails
// here instead of hanging the suite. No timing is asserted below it.
const perFile = 2 * time.Minute

// TestICDAR2013 runs the table finder (pdf.Tables, as `councilactions
// tables` prints it) over the ICDAR 2013 files and scores each against its
// ground truth with the competition's adjacency-relation measure.
func TestICDAR2013(t *testing.T) {
	dir := *setDir
	if dir == "" {
		dir = euSet
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) == 0 {
		t.Skipf("no ICDAR 2013 files in %s", dir)
	}
	slices.Sort(files)
	got := map[string]float64{}
	var all, held []float64
	empty := 0
	var report strings.Builder
	fmt.Fprintf(&report, "%-8s %6s %6s %6s %5s %5s %5s\n", "file", "P", "R", "F1", "truth", "found", "ok")
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".pdf")
		truth, err := readTruth(filepath.Join(dir, name+"-str.xml"))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		found, out := tablesOf(t, path)
		if _, again := tablesOf(t, path); !bytes.Equal(out, again) {
			t.Errorf("%s: two runs gave different tables", name)
		}
		s := Compare(truth, found)
		if name == *show {
			t.Log("\n" + explain(truth, found))
		}
		if len(found) == 0 {
			empty++
		}
		got[name] = s.F1()
		all = append(all, s.F1())
		if slices.Contains(heldOut, name) {
			held = append(held, s.F1())
		}
		fmt.Fprintf(&report, "%-8s %6.3f %6.3f %6.3f %5d %5d %5d\n", name, s.Precision(), s.Recall(), s.F1(), s.Truth, s.Found, s.Correct)
	}
	got["mean"] = mean(all)
	got["heldout"] = mean(held)
	got["empty"] = float64(empty)
	fmt.Fprintf(&report, "mean F1 %.3f over %d files (held out %s: %.3f); %d files with no table found", got["mean"], len(all), strings.Join(heldOut, " "), got["heldout"], empty)
	t.Log("\n" + report.String())
	if *setDir != "" {
		return
	}
	floors, err := readFloors(floorFile)
	if err != nil && !*update {
		t.Fatalf("%v (run go test ./extract/pdf/icdar -run ICDAR -update to record the figures)", err)
	}
	if err == nil {
		for _, k := range []string{"mean", "heldout"} {
			if got[k] < floors[k]-0.0005 {
				t.Errorf("%s F1 %.3f fell below its floor %.3f", k, got[k], floors[k])
			}
		}
		if got["empty"] > floors["empty"] {
			t.Errorf("%v files with no table found, up from %v", got["empty"], floors["empty"])
		}
		for name, f := range floors {
			if g, ok := got[name]; ok && strings.HasPrefix(name, "eu-") && g < f-0.0005 {
				t.Logf("%s: F1 %.3f, was %.3f", name, g, f)
			}
		}
	}
	if *update && !t.Failed() {
		if err := writeFloors(floorFile, got); err != nil {
			t.Fatal(err)
		}
	}
}

// tablesOf runs the table finder on one file as the tables command does,
// returning the tables for scoring and their JSON for comparing runs.
func tablesOf(t *testing.T, path string) ([]Table, []byte) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), perFile)
	defer cancel()
	tables, err := pdf.Tables(ctx, data)
	if err != nil {
		t.Errorf("%s: %v", filepath.Base(path), err)
	}
	out, err := json.Marshal(tables)
	if err != nil {
		t.Fatal(err)
	}
	var found []Table
	for _, tab := range tables {
		ft := Table{Page: tab.Page}
		for _, c := range tab.Cells {
			ft.Cells = append(ft.Cells, Cell{Row: c.Row, Col: c.Col, EndRow: c.Row + c.RowSpan - 1, EndCol: c.Col + c.ColSpan - 1, Text: c.Text})
		}
		found = append(found, ft)
	}
	return found, out
}

func readTruth(path string) ([]Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadStructure(f)
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func readFloors(path string) (map[string]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 2 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		v, err := strconv.ParseFloat(fs[1], 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", path, sc.Text(), err)
		}
		out[fs[0]] = v
	}
	return out, sc.Err()
}

func writeFloors(path string, got map[string]float64) error {
	var b strings.Builder
	b.WriteString("# ICDAR 2013 EU set: adjacency-relation F1 per file, the mean over all files and\n")
	b.WriteString("# over the held-out ones, and the files with no table found (TestICDAR2013;\n")
	b.WriteString("# rewrite with -update, which refuses a fall).\n")
	var names []string
	for k := range got {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		fmt.Fprintf(&b, "%s %.3f\n", k, got[k])
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// explain shows a file's true and found tables as grids, and the relations
// missed and found wrongly, for working on the table finder.
func explain(truth, found []Table) string {
	var b strings.Builder
	grid := func(title string, ts []Table) {
		for i, t := range ts {
			fmt.Fprintf(&b, "%s table %d, page %d\n", title, i+1, t.Page)
			rows := map[int][]string{}
			last := -1
			for _, c := range t.Cells {
				for len(rows[c.Row]) <= c.Col {
					rows[c.Row] = append(rows[c.Row], "")
				}
				span := ""
				if c.EndRow > c.Row || c.EndCol > c.Col {
					span = fmt.Sprintf("{%dx%d}", c.EndRow-c.Row+1, c.EndCol-c.Col+1)
				}
				rows[c.Row][c.Col] = strings.Join(strings.Fields(c.Text), " ") + span
				last = max(last, c.Row)
			}
			for r := 0; r <= last; r++ {
				fmt.Fprintf(&b, "  %2d | %s\n", r, strings.Join(rows[r], " | "))
			}
		}
	}
	grid("truth", truth)
	grid("found", found)
	want, got := map[Relation]int{}, map[Relation]int{}
	for _, t := range truth {
		for _, r := range Relations(t) {
			want[r]++
		}
	}
	for _, t := range found {
		for _, r := range Relations(t) {
			got[r]++
		}
	}
	list := func(title string, a, other map[Relation]int) {
		var out []string
		for r, n := range a {
			if n > other[r] {
				d := "→"
				if r.Down {
					d = "↓"
				}
				out = append(out, r.From+" "+d+" "+r.To)
			}
		}
		slices.Sort(out)
		fmt.Fprintf(&b, "%s (%d):\n  %s\n", title, len(out), strings.Join(out, "\n  "))
	}
	list("missed", want, got)
	list("wrong", got, want)
	return b.String()
}
