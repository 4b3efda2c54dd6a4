package icdar

import (
	"slices"
	"strings"
	"testing"
)

func TestRelations(t *testing.T) {
	rel := func(rs []Relation) string {
		var out []string
		for _, r := range rs {
			d := "→"
			if r.Down {
				d = "↓"
			}
			out = append(out, r.From+d+r.To)
		}
		slices.Sort(out)
		return strings.Join(out, " ")
	}
	cell := func(r, c, r1, c1 int, text string) Cell { return Cell{r, c, r1, c1, text} }
	for _, tc := range []struct {
		name  string
		cells []Cell
		want  string
	}{
		{"2x2", []Cell{cell(0, 0, 0, 0, "a"), cell(0, 1, 0, 1, "b"), cell(1, 0, 1, 0, "c"), cell(1, 1, 1, 1, "d")},
			"a→b a↓c b↓d c→d"},
		{"empty cells are skipped over", []Cell{cell(0, 0, 0, 0, "a"), cell(0, 1, 0, 1, " "), cell(0, 2, 0, 2, "b"), cell(2, 0, 2, 0, "c")},
			"a→b a↓c"},
		{"a spanning header relates to each column under it", []Cell{cell(0, 0, 0, 1, "2020"), cell(1, 0, 1, 0, "n"), cell(1, 1, 1, 1, "%")},
			"2020↓% 2020↓n n→%"},
		{"a cell spanning rows relates to each row beside it", []Cell{cell(0, 0, 1, 0, "Area"), cell(0, 1, 0, 1, "x"), cell(1, 1, 1, 1, "y")},
			"Area→x Area→y x↓y"},
		{"white space does not count", []Cell{cell(0, 0, 0, 0, "to air\nkg/year"), cell(0, 1, 0, 1, "1 000")},
			"toairkg/year→1000"},
	} {
		if got := rel(Relations(Table{Cells: tc.cells})); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestCompare(t *testing.T) {
	truth := []Table{{Page: 1, Cells: []Cell{{0, 0, 0, 0, "a"}, {0, 1, 0, 1, "b"}, {1, 0, 1, 0, "c"}, {1, 1, 1, 1, "d"}}}}
	// The second row merged into the first: a→b is right, a b↓… lost.
	found := []Table{{Page: 1, Cells: []Cell{{0, 0, 0, 0, "a c"}, {0, 1, 0, 1, "b d"}}}}
	if s := Compare(truth, found); s != (Score{Truth: 4, Found: 1, Correct: 0}) {
		t.Errorf("merged rows: %+v", s)
	}
	if s := Compare(truth, truth); s.F1() != 1 || s.Precision() != 1 || s.Recall() != 1 {
		t.Errorf("truth against itself: %+v", s)
	}
	if s := Compare(truth, nil); s.F1() != 0 || s.Recall() != 0 || s.Precision() != 0 {
		t.Errorf("nothing found: %+v", s)
	}
	// A relation found twice counts once against one true one.
	twice := append(slices.Clone(truth), truth...)
	if s := Compare(truth, twice); s.Correct != 4 || s.Found != 8 {
		t.Errorf("found twice: %+v", s)
	}
}

func TestReadStructure(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<document filename="x.pdf">
  <table id="1"><region id="1" page="2">
    <cell id="1" start-row="0" start-col="1" end-col="2"><bounding-box x1="1" x2="2" y1="1" y2="2"/><content>Year</content></cell>
    <cell id="2" start-row="1" start-col="1"><content>n</content></cell>
  </region></table>
</document>`
	tables, err := ReadStructure(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []Table{{Page: 2, Cells: []Cell{{0, 1, 0, 2, "Year"}, {1, 1, 1, 1, "n"}}}}
	if len(tables) != 1 || tables[0].Page != 2 || !slices.Equal(tables[0].Cells, want[0].Cells) {
		t.Errorf("got %+v", tables)
	}
	for _, bad := range []string{
		`<document><table><region page="1"><cell start-row="2" end-row="1" start-col="0"/></region></table></document>`,
		`<document><table><region page="1"><cell start-row="-1" start-col="0"/></region></table></document>`,
		`<document><table><region page="1"><cell start-row="0" start-col="0" end-col="99999"/></region></table></document>`,
		`<document><table>`,
	} {
		if _, err := ReadStructure(strings.NewReader(bad)); err == nil {
			t.Errorf("no error for %s", bad)
		}
	}
}

func FuzzReadStructure(f *testing.F) {
	f.Add(`<document><table><region page="1"><cell start-row="0" start-col="0" end-col="1"><content>a</content></cell><cell start-row="1" start-col="0"><content>b</content></cell></region></table></document>`)
	f.Fuzz(func(t *testing.T, s string) {
		tables, err := ReadStructure(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, tab := range tables {
			for _, r := range Relations(tab) {
				if r.From == "" || r.To == "" {
					t.Fatalf("relation with an empty cell: %+v", r)
				}
			}
		}
	})
}
