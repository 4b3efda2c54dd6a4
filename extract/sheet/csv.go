package sheet

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/councilactions/councilactions/extract/layout"
)

// CSVReader reads a CSV file (an action log exported from a spreadsheet)
// as one sheet: comma, semicolon or tab separated, UTF-8 (with or without
// a byte-order mark) or, failing that, Windows-1252 as Excel writes it.
type CSVReader struct{}

// Read reads the file's rows into a Grid and lays it out.
func (CSVReader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		dec, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return layout.Doc{}, fmt.Errorf("csv: %w", err)
		}
		data = dec
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return layout.Doc{}, errors.New("csv: binary data (a NUL byte), not text")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = delimiter(data)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	g := Grid{}
	cells := 0
	for n := 0; ; n++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return layout.Doc{}, fmt.Errorf("csv: %w", err)
		}
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return layout.Doc{}, err
			}
		}
		row := Row{N: n, Cells: make([]Cell, min(len(rec), MaxCols))}
		for c := range row.Cells {
			row.Cells[c].Text = rec[c]
		}
		cells += len(row.Cells)
		if cells > MaxCells || n >= MaxRows {
			return layout.Doc{}, fmt.Errorf("csv has more than %d cells or %d rows", MaxCells, MaxRows)
		}
		g.Rows = append(g.Rows, row)
	}
	doc := Doc([]Grid{g})
	if len(doc.Lines) == 0 {
		return layout.Doc{}, errors.New("csv: no text in any cell")
	}
	return doc, nil
}

// delimiter picks the separator that splits the first lines most evenly:
// the one found most often outside quotes, and the same number of times on
// each line.
func delimiter(data []byte) rune {
	best, bestScore := ',', -1
	for _, d := range []byte{',', ';', '\t'} {
		counts := lineCounts(data, d, 10)
		if len(counts) == 0 {
			continue
		}
		score := 0
		for _, c := range counts {
			if c > 0 && c == counts[0] {
				score += 2 + c
			} else if c > 0 {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = rune(d), score
		}
	}
	return best
}

// lineCounts counts d outside quotes on each of the first n records.
func lineCounts(data []byte, d byte, n int) []int {
	var out []int
	count, quoted := 0, false
	for _, b := range data {
		switch {
		case b == '"':
			quoted = !quoted
		case b == d && !quoted:
			count++
		case b == '\n' && !quoted:
			out = append(out, count)
			count = 0
			if len(out) == n {
				return out
			}
		}
	}
	if count > 0 {
		out = append(out, count)
	}
	return out
}
