package plaintext

import (
	"strings"
	"testing"
)

// A table a copy set a cell a line, a pipe after each cell and one before
// each row's first: the pipe before a line's text opens a row, a bare
// pipe is an empty cell, and the first row of two cells or more is the
// header, a row of one cell before it its caption. A header of years is
// a timeline, each of its cells a row of what is done and its year. Rows
// wider than the header, or fewer than two, are no such table, and a
// cell no pipe ends is the text after the table.
func TestFramedCellTables(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a timeline under its caption",
			"| Planned works and actions |\n| 2026 |\n2027 |\n2028 |\n" +
				"| Resurface the high street |\n|\nRepaint the bandstand |\n" +
				"| Close the old depot |\nOpen the new depot |\n|\n" +
				"More works may be added as funds allow.\n",
			[]string{
				"1|false|false|Planned works and actions\tYear",
				"1|false|true|Resurface the high street\t2026",
				"1|false|true|Repaint the bandstand\t2028",
				"1|false|true|Close the old depot\t2026",
				"1|false|true|Open the new depot\t2027",
			}},
		{"a table of actions, a cell over two lines",
			"| Action |\nLead |\nWhen |\n" +
				"| Mend the fence round\nthe play area |\nClerk |\nMay 2026 |\n" +
				"| Order new bins |\nChair |\n|\n",
			[]string{
				"1|false|false|Action\tLead\tWhen",
				"1|false|true|Mend the fence round the play area\tClerk\tMay 2026",
				"1|false|true|Order new bins\tChair\t",
			}},
		{"rows wider than the header",
			"| Action |\nLead |\n| Mend the fence |\nClerk |\nMay 2026 |\n| Order bins |\nChair |\nJune 2026 |\n",
			nil},
	}
	for _, tt := range tests {
		got := tableLines(t, tt.text, tableRowBoldRecord)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}
