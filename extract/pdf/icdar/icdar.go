// Package icdar scores table structure the way the ICDAR 2013 table
// competition did (Göbel, Hassan, Oro and Orsi): every non-empty cell is
// related to its nearest non-empty neighbour to the right in each row it
// spans and below in each column it spans, and a document's relations as
// found are compared with its ground truth's, by text. The measure does not
// care where a table was drawn, only that neighbouring cells were kept
// apart and kept together as the truth has them, which is what an
// extraction rule reading the cells needs.
//
// The ground truth comes in the competition's "-str.xml" files: tables of
// regions of cells, each with its start and end row and column and its
// text.
package icdar

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Cell is one table cell: the rows and columns it covers (inclusive) and its
// text.
type Cell struct {
	Row, Col       int
	EndRow, EndCol int
	Text           string
}

// Table is one table on one page.
type Table struct {
	Page  int
	Cells []Cell
}

// maxCells bounds the cells read from one ground-truth file, maxSpan the
// rows or columns one cell may cover and maxArea the grid positions all
// the cells cover: the relations are counted per row and column spanned.
const (
	maxCells = 1 << 16
	maxSpan  = 1 << 10
	maxArea  = 1 << 20
)

// ReadStructure reads a competition "-str.xml" file.
func ReadStructure(r io.Reader) ([]Table, error) {
	var doc struct {
		Tables []struct {
			Regions []struct {
				Page  int `xml:"page,attr"`
				Cells []struct {
					StartRow int    `xml:"start-row,attr"`
					StartCol int    `xml:"start-col,attr"`
					EndRow   *int   `xml:"end-row,attr"`
					EndCol   *int   `xml:"end-col,attr"`
					Content  string `xml:"content"`
				} `xml:"cell"`
			} `xml:"region"`
		} `xml:"table"`
	}
	if err := xml.NewDecoder(io.LimitReader(r, 64<<20)).Decode(&doc); err != nil {
		return nil, fmt.Errorf("structure xml: %w", err)
	}
	var out []Table
	n, area := 0, 0
	for ti, t := range doc.Tables {
		for _, reg := range t.Regions {
			tab := Table{Page: reg.Page}
			for _, c := range reg.Cells {
				if n++; n > maxCells {
					return nil, fmt.Errorf("structure xml: more than %d cells", maxCells)
				}
				cell := Cell{Row: c.StartRow, Col: c.StartCol, EndRow: c.StartRow, EndCol: c.StartCol, Text: c.Content}
				if c.EndRow != nil {
					cell.EndRow = *c.EndRow
				}
				if c.EndCol != nil {
					cell.EndCol = *c.EndCol
				}
				if err := cell.validate(); err != nil {
					return nil, fmt.Errorf("structure xml: table %d: %w", ti+1, err)
				}
				if area += (cell.EndRow - cell.Row + 1) * (cell.EndCol - cell.Col + 1); area > maxArea {
					return nil, fmt.Errorf("structure xml: cells cover more than %d grid positions", maxArea)
				}
				tab.Cells = append(tab.Cells, cell)
			}
			out = append(out, tab)
		}
	}
	return out, nil
}

func (c Cell) validate() error {
	switch {
	case c.Row < 0 || c.Col < 0:
		return fmt.Errorf("cell at row %d col %d: negative start", c.Row, c.Col)
	case c.EndRow < c.Row || c.EndCol < c.Col:
		return fmt.Errorf("cell at row %d col %d: end before start", c.Row, c.Col)
	case c.EndRow-c.Row >= maxSpan || c.EndCol-c.Col >= maxSpan:
		return fmt.Errorf("cell at row %d col %d: spans over %d rows or columns", c.Row, c.Col, maxSpan)
	}
	return nil
}

// Relation is one adjacency: From's nearest non-empty neighbour To, to its
// right (Down false) or below it (Down true), by their normalised texts.
type Relation struct {
	From, To string
	Down     bool
}

// Normalize is the text a relation compares: the cell's text with every
// white-space character left out, so that where a cell's lines were wrapped
// or joined does not count.
func Normalize(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Relations lists a table's adjacency relations. A cell that spans rows has
// a right neighbour in each of them, one that spans columns a neighbour
// below in each; a neighbour met twice counts once. Empty cells are skipped
// over, as if absent.
func Relations(t Table) []Relation {
	type key struct{ row, col int }
	at := map[key]int{} // the non-empty cell covering each grid position
	for i, c := range t.Cells {
		if c.validate() != nil || Normalize(c.Text) == "" {
			continue
		}
		for r := c.Row; r <= c.EndRow; r++ {
			for k := c.Col; k <= c.EndCol; k++ {
				if _, taken := at[key{r, k}]; !taken {
					at[key{r, k}] = i
				}
			}
		}
	}
	maxRow, maxCol := 0, 0
	for k := range at {
		maxRow, maxCol = max(maxRow, k.row), max(maxCol, k.col)
	}
	var out []Relation
	for i, c := range t.Cells {
		if c.validate() != nil || Normalize(c.Text) == "" {
			continue
		}
		seen := map[int]bool{}
		add := func(j int, down bool) {
			if !seen[j] {
				seen[j] = true
				out = append(out, Relation{Normalize(c.Text), Normalize(t.Cells[j].Text), down})
			}
		}
		for r := c.Row; r <= c.EndRow; r++ {
			for k := c.EndCol + 1; k <= maxCol; k++ {
				if j, ok := at[key{r, k}]; ok && j != i {
					add(j, false)
					break
				}
			}
		}
		clear(seen)
		for k := c.Col; k <= c.EndCol; k++ {
			for r := c.EndRow + 1; r <= maxRow; r++ {
				if j, ok := at[key{r, k}]; ok && j != i {
					add(j, true)
					break
				}
			}
		}
	}
	return out
}

// Score is how a document's relations as found compare with the truth's.
type Score struct {
	Truth, Found, Correct int
}

// Compare scores the tables found in a document against its ground truth.
// Relations are matched as a multiset over the whole document, so a table
// found on the wrong page or split in two still earns the relations it got
// right.
func Compare(truth, found []Table) Score {
	want := map[Relation]int{}
	s := Score{}
	for _, t := range truth {
		for _, r := range Relations(t) {
			want[r]++
			s.Truth++
		}
	}
	for _, t := range found {
		for _, r := range Relations(t) {
			s.Found++
			if want[r] > 0 {
				want[r]--
				s.Correct++
			}
		}
	}
	return s
}

// Precision is the share of the relations found that are true; 0 when none
// were found.
func (s Score) Precision() float64 {
	if s.Found == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Found)
}

// Recall is the share of the true relations found.
func (s Score) Recall() float64 {
	if s.Truth == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Truth)
}

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
