package plaintext

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/limit"
)

// TestLimits: text that would make more table cells or lines than a paper
// may, whichever way its cells are set, stops with the typed limit error;
// 20 MB of tab-separated cells once took 1.3 GB.
func TestLimits(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"tabs", strings.Repeat(strings.Repeat("a\t", 600)+"\n", 1000), "more than 500000 table cells"},
		{"one line of tabs", strings.Repeat("a\t", 600_000), "more than 500000 table cells"},
		{"columns set with spaces", strings.Repeat("Action  Owner  Status\n", 200_000), "more than 500000 table cells"},
		{"pipes", "| a | b |\n|---|---|\n" + strings.Repeat("| a | b | c |\n", 200_000), "more than 500000 table cells"},
		{"empty lines", strings.Repeat("\n", MaxLines), "more than 1000000 lines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Reader{}.Read(context.Background(), []byte(tt.text))
			if !errors.Is(err, limit.ErrExceeded) || !strings.HasSuffix(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
	// Under the limits a long paper reads.
	doc, err := Reader{}.Read(context.Background(), []byte(strings.Repeat("Action\tOwner\tStatus\n", 100_000)))
	if err != nil || len(doc.Lines) != 100_001 || len(doc.Lines[0].Cells) != 3 {
		t.Errorf("a 300,000-cell paper: %d lines, err %v", len(doc.Lines), err)
	}
}

// TestScanWork: a table reader's scans look at each line a few times at
// most, whatever the text repeats: a page of short lines with a wrapped
// table's header every dozen lines was once cut into cells to its end
// once for each header, and a long run of one-cell framed rows was
// scanned to its end once for each row.
func TestScanWork(t *testing.T) {
	block := "No.\nAction\nLead\n1\nRepaint the bandstand\nroof and replace its\nrotten benches\nGrounds Team\n" +
		"2\nClear the weeds from\nthe car park\nGrounds Team\n"
	tests := []struct{ name, text string }{
		{"wrapped tables, a header every dozen lines", strings.Repeat(block, 400)},
		{"framed rows of one cell", strings.Repeat("| Spare item |\n", 3000)},
	}
	for _, tt := range tests {
		steps := 0
		onScanStep = func() { steps++ }
		_, err := Reader{}.Read(context.Background(), []byte(tt.text))
		onScanStep = nil
		if n := strings.Count(tt.text, "\n"); err != nil || steps > 4*n {
			t.Errorf("%s: %d lines looked at for %d lines (err %v)", tt.name, steps, n, err)
		}
	}
}
