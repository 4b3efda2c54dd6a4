package xlsx

import (
	"context"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestCFMatches(t *testing.T) {
	cell := func(crit, v string) excelize.ConditionalFormatOptions {
		return excelize.ConditionalFormatOptions{Type: "cell", Criteria: crit, Value: v}
	}
	text := func(crit, v string) excelize.ConditionalFormatOptions {
		return excelize.ConditionalFormatOptions{Type: "text", Criteria: crit, Value: v}
	}
	formula := func(f string) excelize.ConditionalFormatOptions {
		return excelize.ConditionalFormatOptions{Type: "formula", Criteria: f}
	}
	between := excelize.ConditionalFormatOptions{Type: "cell", Criteria: "between", MinValue: "2", MaxValue: "3"}
	notBetween := excelize.ConditionalFormatOptions{Type: "cell", Criteria: "not between", MinValue: "2", MaxValue: "3"}
	tests := []struct {
		name     string
		opt      excelize.ConditionalFormatOptions
		v        string
		col, row int
		want     bool
	}{
		{"equal number", cell("equal to", "1"), "1", 5, 4, true},
		{"equal number as written", cell("equal to", "1"), "1.0", 5, 4, true},
		{"equal number, other", cell("equal to", "1"), "2", 5, 4, false},
		{"equal string ignores case", cell("equal to", `"Red"`), "RED", 5, 4, true},
		{"equal string, other", cell("equal to", `"Red"`), "Amber", 5, 4, false},
		{"string is not a number", cell("equal to", "1"), "one", 5, 4, false},
		{"not equal", cell("not equal to", `"Red"`), "Green", 5, 4, true},
		{"not equal, number and text", cell("not equal to", "1"), "x", 5, 4, true},
		{"greater than", cell("greater than", "50"), "75", 5, 4, true},
		{"greater than, numeric not textual", cell("greater than", "50"), "9", 5, 4, false},
		{"less than", cell("less than", "50"), "9", 5, 4, true},
		{"greater or equal", cell("greater than or equal to", "3"), "3", 5, 4, true},
		{"less or equal", cell("less than or equal to", "3"), "4", 5, 4, false},
		{"between", between, "2.5", 5, 4, true},
		{"between, edge", between, "3", 5, 4, true},
		{"between, outside", between, "4", 5, 4, false},
		{"not between", notBetween, "4", 5, 4, true},
		{"reference operand is not read", cell("equal to", "$F$1"), "1", 5, 4, false},
		{"formula operand is not read", cell("equal to", `"a"&"b"`), "ab", 5, 4, false},
		{"string with quotes", cell("equal to", `"say ""hi"""`), `say "hi"`, 5, 4, true},
		{"contains", text("containing", "delay"), "Delayed", 5, 4, true},
		{"contains, not", text("containing", "delay"), "On track", 5, 4, false},
		{"not contains", text("not containing", "delay"), "On track", 5, 4, true},
		{"begins", text("begins with", "comp"), "Complete", 5, 4, true},
		{"begins, not", text("begins with", "comp"), "Incomplete", 5, 4, false},
		{"ends", text("ends with", "risk"), "At risk", 5, 4, true},
		{"self, absolute column", formula(`$E2="Red"`), "red", 5, 4, true},
		{"self, relative", formula(`E2="Complete"`), "Complete", 5, 4, true},
		{"self, leading =", formula(`=E2>=3`), "4", 5, 4, true},
		{"self, not equal", formula(`E2<>"Red"`), "Green", 5, 4, true},
		{"self, false", formula(`$E2="Red"`), "Green", 5, 4, false},
		{"another column", formula(`$F2="Red"`), "Red", 5, 4, false},
		{"another row", formula(`E$2="Red"`), "Red", 5, 4, false},
		{"a function", formula(`ISNUMBER(SEARCH("Red",E2))`), "Red", 5, 4, false},
		{"a conjunction", formula(`AND(E2="Red",F2>1)`), "Red", 5, 4, false},
		{"colour scale", excelize.ConditionalFormatOptions{Type: "2_color_scale"}, "1", 5, 4, false},
		{"icon set", excelize.ConditionalFormatOptions{Type: "icon_set"}, "1", 5, 4, false},
	}
	for _, tt := range tests {
		// The rule's range starts at E2; the cell is at (col, row).
		rule := cfRule{ranges: [][4]int{{5, 2, 5, 20}}, opt: tt.opt}
		top, in := rule.covers(tt.col, tt.row)
		if !in {
			t.Fatalf("%s: cell not in range", tt.name)
		}
		if got := rule.matches(tt.v, tt.col, tt.row, top); got != tt.want {
			t.Errorf("%s: matches(%q) = %v, want %v", tt.name, tt.v, got, tt.want)
		}
	}
}

func TestCFShadeOrder(t *testing.T) {
	eq := func(v string) excelize.ConditionalFormatOptions {
		return excelize.ConditionalFormatOptions{Type: "cell", Criteria: "equal to", Value: v}
	}
	col := [][4]int{{5, 2, 5, 20}}
	stop := eq(`"Hold"`)
	stop.StopIfTrue = true
	rules := []cfRule{
		{ranges: col, opt: stop},                                  // no fill, stops the rest
		{ranges: col, opt: eq(`"Red"`)},                           // a font colour only
		{ranges: col, opt: eq(`"Red"`), fill: true, shade: "Red"}, // the first fill wins
		{ranges: col, opt: eq(`"Red"`), fill: true, shade: "Green"},
		{ranges: col, opt: eq(`"Hold"`), fill: true, shade: "Amber"},
		{ranges: col, opt: eq(`"Grey"`), fill: true, shade: ""}, // a fill, no RAG colour
		{ranges: [][4]int{{6, 2, 6, 20}}, opt: eq(`"Other"`), fill: true, shade: "Blue"},
	}
	tests := []struct {
		v         string
		col, row  int
		wantShade string
		wantOK    bool
	}{
		{"Red", 5, 3, "Red", true},
		{"Hold", 5, 3, "", false},
		{"Grey", 5, 3, "", true},
		{"Red", 5, 21, "", false}, // below the range
		{"Other", 5, 3, "", false},
		{"Other", 6, 3, "Blue", true},
	}
	for _, tt := range tests {
		shade, ok := cfShade(rules, tt.col, tt.row, tt.v)
		if shade != tt.wantShade || ok != tt.wantOK {
			t.Errorf("cfShade(%q at %d,%d) = %q, %v; want %q, %v", tt.v, tt.col, tt.row, shade, ok, tt.wantShade, tt.wantOK)
		}
	}
}

func TestParseSqref(t *testing.T) {
	got := parseSqref("E4:E20 $G$2 B9:A1 bad")
	want := [][4]int{{5, 4, 5, 20}, {7, 2, 7, 2}, {1, 1, 2, 9}}
	if len(got) != len(want) {
		t.Fatalf("parseSqref = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("parseSqref[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

// TestReadConditionalFill: a status column coloured only by conditional
// formatting, its values hidden by the ";;;" format, reads as the fills the
// rules give in priority order; a fixed fill under no matching rule still
// shows.
func TestReadConditionalFill(t *testing.T) {
	data := book(t, func(f *excelize.File) {
		hide, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr(";;;")})
		fixed, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr(";;;"), Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"0070C0"}}})
		dxf := func(c string) *int {
			i, _ := f.NewConditionalStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}})
			return &i
		}
		f.SetSheetRow("Sheet1", "A1", &[]any{"Ref", "Action", "RAG"})
		f.SetSheetRow("Sheet1", "A2", &[]any{"1", "Mend roads", 1})
		f.SetSheetRow("Sheet1", "A3", &[]any{"2", "Paint walls", "slipping"})
		f.SetSheetRow("Sheet1", "A4", &[]any{"3", "Plant trees", "G"})
		f.SetSheetRow("Sheet1", "A5", &[]any{"4", "Open library", "done"})
		f.SetCellStyle("Sheet1", "C2", "C4", hide)
		f.SetCellStyle("Sheet1", "C5", "C5", fixed)
		if err := f.SetConditionalFormat("Sheet1", "C2:C5", []excelize.ConditionalFormatOptions{
			{Type: "cell", Criteria: "==", Value: "1", Format: dxf("FF0000")},
			{Type: "text", Criteria: "containing", Value: "slip", Format: dxf("FFC000")},
			{Type: "formula", Criteria: `$C2="G"`, Format: dxf("00B050")},
		}); err != nil {
			t.Fatal(err)
		}
		// A rule of lower priority over a range whose name sorts first:
		// the priorities, not the ranges' order, decide.
		if err := f.SetConditionalFormat("Sheet1", "A1:C9", []excelize.ConditionalFormatOptions{
			{Type: "cell", Criteria: "==", Value: "1", Format: dxf("0070C0")},
		}); err != nil {
			t.Fatal(err)
		}
	})
	ld, err := Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Red", "Amber", "Green", "Blue"}
	for i, w := range want {
		l := ld.Lines[i+1]
		if len(l.Cells) < 3 || l.Cells[2].Shade != w || l.Cells[2].Text != "" {
			t.Errorf("row %d: cells %+v, want an empty RAG cell shaded %s", i+2, l.Cells, w)
		}
	}
}
