package pdf_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/pdf"
)

// TestRuleStyles: one small action plan drawn with rules short of a full
// grid (fixtures/cmd/mkpdf, rules.go): a frame round the table with no
// rules inside it (Chromium), column rules in the header band only
// (LibreOffice), and a full grid whose rules stop short of each other at
// every crossing (the built-in writer). Each reads as one table of the
// plan's five columns under its header, every cell's words in its column.
// The gapped grid's rules make each row a record, its wrapped cells whole;
// the other two have no rules between rows, so a row is a visual line, as
// in any unruled table, and the lines a row's ref starts make its cells.
// TestVariants scores the same files against their gold.
func TestRuleStyles(t *testing.T) {
	want := []string{
		"Ref|Action|Lead|Due|Status",
		"1|Replace the broken benches along the river path and repaint the railings by the footbridge before the summer season begins|Parks Manager|June 2026|Ongoing",
		"2|Publish the walled garden's new opening hours|Communications Officer|April 2026|Complete",
		"3|Survey the play areas for worn safety surfacing|Head of Leisure|September 2026|Not started",
		"4|Agree a grazing licence for the meadow|Estates Lead|March 2027|On track",
	}
	for _, tt := range []struct {
		name    string
		records bool // rows come whole from the rules
	}{
		{"r01_rules_frame.pdf", false},
		{"r02_rules_header_band.pdf", false},
		{"r03_rules_gaps.pdf", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("../../fixtures/variants", tt.name))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := pdf.Reader{}.Read(context.Background(), data)
			if err != nil {
				t.Fatal(err)
			}
			tables := map[int]bool{}
			var rows [][]string
			for _, l := range doc.Lines {
				if !l.IsTable() {
					continue
				}
				tables[l.Table] = true
				cells := l.CellTexts()
				if len(cells) != len(strings.Split(want[0], "|")) {
					t.Errorf("%d cells, want 5: %q", len(cells), l.Text)
					continue
				}
				if len(rows) > 0 && l.Record != tt.records {
					t.Errorf("Record = %v, want %v: %q", l.Record, tt.records, l.Text)
				}
				if len(rows) > 0 && !tt.records && cells[0] == "" {
					// A visual line carrying on the row above.
					last := rows[len(rows)-1]
					for c, s := range cells {
						if s != "" {
							last[c] = strings.TrimSpace(last[c] + " " + s)
						}
					}
					continue
				}
				rows = append(rows, cells)
			}
			if len(tables) != 1 {
				t.Errorf("%d tables, want 1", len(tables))
			}
			var got []string
			for _, r := range rows {
				got = append(got, strings.ReplaceAll(strings.Join(r, "|"), "’", "'"))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("rows\n %s\nwant\n %s", strings.Join(got, "\n "), strings.Join(want, "\n "))
			}
		})
	}
}
