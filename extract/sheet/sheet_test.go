package sheet

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout/layouttest"
)

func cells(texts ...string) []Cell {
	out := make([]Cell, len(texts))
	for i, t := range texts {
		out[i] = Cell{Text: t}
	}
	return out
}

func TestDoc(t *testing.T) {
	tests := []struct {
		name string
		g    []Grid
		want string
	}{
		{"title block, spacer column, theme row spanning, note at the foot",
			[]Grid{{Name: "Plan", Rows: []Row{
				{N: 0, Cells: cells("Health Action Plan 2024")},
				{N: 2, Cells: cells("Ref", "", "Action", "Lead")},
				{N: 3, Cells: cells("Priority 1 - Housing")},
				{N: 4, Cells: cells("1", "", "Build homes", "Housing\n team")},
				{N: 6, Cells: cells("Key: R = red")},
			}, Merges: []Range{{0, 0, 0, 3}, {3, 0, 3, 3}}}},
			"P Health Action Plan 2024\nT1 | Ref | Action | Lead\nT1 | [3]Priority 1 - Housing |  | \nT1 | 1 | Build homes | Housing team\nT1 | Key: R = red |  | \n"},
		{"sheet name heads a sheet without a title; default names do not",
			[]Grid{{Name: "2022-23", Rows: []Row{{N: 0, Cells: cells("No", "Action")}, {N: 1, Cells: cells("1", "Act")}}},
				{Name: "Sheet2", Rows: []Row{{N: 0, Cells: cells("No", "Action")}}},
				{Name: "Empty"}},
			"H2 2022-23\nT1 | No | Action\nT1 | 1 | Act\nT2 | No | Action\n"},
		{"hidden rows and columns, a merge reaching down two columns",
			[]Grid{{Rows: []Row{
				{N: 0, Cells: cells("Ref", "Secret", "Objective", "Action")},
				{N: 1, Cells: cells("1", "x", "Be well", "Walk")},
				{N: 2, Hidden: true, Cells: cells("9", "x", "Hidden", "Row")},
				{N: 3, Cells: cells("2", "x", "", "Run")},
			}, HiddenCols: map[int]bool{1: true}, Merges: []Range{{1, 2, 3, 2}, {0, 1, 0, 1}}}},
			"T1 | Ref | Objective | Action\nT1 | 1 | Be well | Walk\nT1 | 2 | ^ | Run\n"},
		{"comments in a column of their own",
			[]Grid{{Rows: []Row{
				{N: 0, Cells: cells("Ref", "Action")},
				{N: 1, Cells: cells("1", "Walk")},
				{N: 2, Cells: cells("2", "Run")},
			}, Comments: map[Pos]string{{1, 1}: "late", {1, 0}: "see note", {5, 0}: "off the grid"}}},
			"T1 | Ref | Action | Comments\nT1 | 1 | Walk | see note late\nT1 | 2 | Run | \n"},
		{"a merge whose first cell is hidden shows nothing",
			[]Grid{{Rows: []Row{
				{N: 0, Hidden: true, Cells: cells("Gone", "")},
				{N: 1, Cells: cells("a", "b")},
			}, Merges: []Range{{0, 0, 1, 0}, {5, 5, 2, 2}, {-1, -1, 0, 0}}}},
			"T1 | a | b\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := layouttest.Dump(Doc(tt.g)); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestCSV(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"comma, BOM, quoted commas and line breaks", "\ufeffAction log\r\n\r\nRef,Action,Owner\r\n1,\"Walk, run\",\"Public\nHealth\"\r\n",
			"P Action log\nT1 | Ref | Action | Owner\nT1 | 1 | Walk, run | Public Health\n"},
		{"semicolons", "Ref;Action;Owner\n1;Walk, run;Housing\n", "T1 | Ref | Action | Owner\nT1 | 1 | Walk, run | Housing\n"},
		{"tabs", "Ref\tAction\n1\tWalk\n", "T1 | Ref | Action\nT1 | 1 | Walk\n"},
		{"windows-1252", "Ref,Action\n1,Caf\xe9 \x96 open\n", "T1 | Ref | Action\nT1 | 1 | Café – open\n"},
		{"ragged rows, stray quote", "Ref,Action,Lead\n1,Say \"hi\" now\n2,Run,Jo,extra\n", "T1 | Ref | Action | Lead | \nT1 | 1 | Say \"hi\" now |  | \nT1 | 2 | Run | Jo | extra\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ld, err := CSVReader{}.Read(context.Background(), []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if got := layouttest.Dump(ld); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
	for _, bad := range []string{",,,\n,,\n", "a\x00b,c\n"} {
		if _, err := (CSVReader{}).Read(context.Background(), []byte(bad)); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: err = %v, want one line", bad, err)
		}
	}
}

func TestCSVLimits(t *testing.T) {
	wide := strings.Repeat("x,", MaxCols+50) + "\n"
	ld, err := CSVReader{}.Read(context.Background(), []byte(wide+wide))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ld.Lines[0].Cells); n != MaxCols {
		t.Errorf("%d cells, want %d", n, MaxCols)
	}
	big := strings.Repeat(strings.Repeat("x,", 400)+"\n", MaxCells/400+10)
	if _, err := (CSVReader{}).Read(context.Background(), []byte(big)); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("err = %v, want the cell limit", err)
	}
}

func FuzzCSV(f *testing.F) {
	names, _ := filepath.Glob("../../fixtures/variants/*.csv")
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("Ref;Action\n1;\"a\"\"b\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ld, err := CSVReader{}.Read(context.Background(), data)
		if err != nil {
			return
		}
		layouttest.CheckShape(t, ld)
	})
}
