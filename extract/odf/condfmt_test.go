package odf

import (
	"slices"
	"testing"

	"github.com/councilactions/councilactions/extract/sheet"
)

// TestConditions: the condition types Calc writes for the rules action
// plans use, as they hold or not for a cell's value.
func TestConditions(t *testing.T) {
	vals := map[sheet.Pos]string{{Row: 3, Col: 7}: "G", {Row: 4, Col: 7}: "r"}
	at := func(r, c int) (string, bool) { v, ok := vals[sheet.Pos{Row: r, Col: c}]; return v, ok }
	base := sheet.Pos{Row: 3, Col: 7} // H4
	tests := []struct {
		cond, v string
		r, c    int
		want    bool
	}{
		{`=3`, "3", 3, 7, true},
		{`=3`, "3.5", 3, 7, false},
		{`="hold"`, "Hold", 3, 7, true},
		{`>=4`, "4", 3, 7, true},
		{`<>"done"`, "open", 3, 7, true},
		{`between(2,2.9)`, "2.5", 3, 7, true},
		{`not-between(2,2.9)`, "2.5", 3, 7, false},
		{`contains-text("slip")`, "Slipping", 3, 7, true},
		{`not-contains-text("slip")`, "on track", 3, 7, true},
		{`begins-with("complete")`, "Completed in May", 3, 7, true},
		{`ends-with("risk")`, "at risk", 3, 7, true},
		{`formula-is([.$H4]="G")`, "G", 3, 7, true},
		{`formula-is([.$H4]="R")`, "r", 4, 7, true},   // the row moves with the cell
		{`formula-is([.$H$4]="R")`, "r", 4, 7, false}, // an absolute row does not
		{`formula-is([.H4]<>"G")`, "G", 3, 7, false},
		{`=3`, "", 3, 7, false},      // an empty cell meets nothing
		{`=3`, "three", 3, 7, false}, // a word is no number
		{`duplicate`, "3", 3, 7, false},
		{`formula-is(SUM([.A1:.A3])>2)`, "3", 3, 7, false},
	}
	for _, tt := range tests {
		if got := holds(tt.cond, tt.v, tt.r, tt.c, base, at); got != tt.want {
			t.Errorf("holds(%s, %q at %d,%d) = %v, want %v", tt.cond, tt.v, tt.r, tt.c, got, tt.want)
		}
	}
}

func TestParseRanges(t *testing.T) {
	got := parseRanges(`'Priority 1'.H4:'Priority 1'.H8 'Priority 1'.$J$2 Sheet2.AA10:Sheet2.AB11`)
	want := []cellRange{{3, 7, 7, 7}, {1, 9, 1, 9}, {9, 26, 10, 27}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// FuzzCondition: any condition text and value are answered, never a panic.
func FuzzCondition(f *testing.F) {
	for _, s := range []string{`=3`, `between(2,2.9)`, `contains-text("a,b")`, `formula-is([.$H4]="G")`, `formula-is([.H0]="x")`, `>=`, `begins-with(`} {
		f.Add(s, "3")
	}
	at := func(r, c int) (string, bool) { return "G", r >= 0 && c >= 0 }
	f.Fuzz(func(t *testing.T, cond, v string) {
		holds(cond, v, 5, 5, sheet.Pos{Row: 3, Col: 7}, at)
		parseRanges(cond)
	})
}
