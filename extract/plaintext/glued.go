package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// gluedTables reads a table whose copy ran each row's cells together with
// nothing between them, as a web page's text does when its cells are
// joined bare: "ActivityCabinet MemberEnd date" over rows such as
// "Improve personalisation in careAdults’ ServicesOctober 2023". Where one
// cell ends shows only as a word that runs on into a capital ("careAdults")
// or a number into a name ("T05Siler"). A header whose glued names head a
// table of actions (table.HeaderCells), over two or more rows that split
// into no more cells than it names, is read as that table; a row with
// fewer cells leaves its last ones empty. A line that does not split, set
// between two rows, continues the last cell of the row before it when that
// row is full (the rest of a comment); else the table ends before it.
func gluedTables(lines []layout.Line, raws []string, tables *int, cells *limit.Counter) error {
	for i := 0; i < len(raws); i++ {
		if lines[i].IsTable() || len(raws[i]) > 120 || strings.ContainsAny(raws[i], "\t|") {
			continue
		}
		names := glueSplit(strings.TrimSpace(raws[i]))
		if len(names) < 2 {
			continue
		}
		if _, _, ok := table.HeaderCells(names); !ok {
			continue
		}
		width := len(names)
		rows := map[int][]string{}
		last, prev := i, -1 // last line read into the table; the row before
		next := -1          // the row after a run of lines that do not split
		for j := i + 1; j < len(raws); j++ {
			t := strings.TrimSpace(raws[j])
			if t == "" || lines[j].Furniture {
				continue
			}
			if lines[j].IsTable() || strings.ContainsAny(t, "\t|") {
				break
			}
			parts := glueSplit(t)
			if len(parts) > width {
				break
			}
			if len(parts) >= 2 {
				rows[j], prev, last = parts, j, j
				continue
			}
			// One piece: the rest of a full row's last cell, if a row
			// follows; else the table has ended.
			if next < j {
				next = nextRow(raws, lines, j+1, width) // once a run
			}
			if prev < 0 || next < 0 || len(rows[prev]) < width {
				break
			}
			rows[prev][width-1] += " " + t
			lines[j] = layout.Line{Page: lines[j].Page}
			last = j
		}
		if len(rows) < 2 {
			continue
		}
		*tables++
		if err := cells.Add(width * (len(rows) + 1)); err != nil {
			return err
		}
		lines[i] = tableRow(names, lines[i].Page, *tables, false)
		for j, parts := range rows {
			full := make([]string, width)
			copy(full, parts)
			lines[j] = tableRow(full, lines[j].Page, *tables, true)
		}
		i = last
	}
	return nil
}

// nextRow is the index of the next line from j that splits into two to
// width glued cells, passing blank lines and lines that do not split; -1
// when another kind of line comes first or none is left.
func nextRow(raws []string, lines []layout.Line, j, width int) int {
	for ; j < len(raws); j++ {
		t := strings.TrimSpace(raws[j])
		if t == "" {
			continue
		}
		if lines[j].IsTable() || strings.ContainsAny(t, "\t|") {
			return -1
		}
		if n := len(glueSplit(t)); n >= 2 && n <= width {
			return j
		} else if n > width {
			return -1
		}
	}
	return -1
}

// glueDate is a date that a glued row's last cell may start with straight
// after a word ("Health2025", "Health31 March 2024").
var glueDate = lazyre.New(`^(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})$`)

// glueSplit cuts a line where one glued cell ends and the next begins: a
// small letter, a closing bracket or a full stop run straight into a
// capital ("careAdults", "stem.Large"), a reference's digits into a
// capitalised word ("T05Siler"), or a word into a date that ends the line
// ("Health2025"). A capital that follows another ("TBC", "SEND") cuts only
// where the run begins.
func glueSplit(s string) []string {
	var out []string
	start := 0
	prev, _ := utf8.DecodeRuneInString(s)
	for i, r := range s {
		if i == 0 {
			continue
		}
		cut := false
		switch {
		case unicode.IsUpper(r):
			cut = unicode.IsLower(prev) && !camelWord(s, i) || prev == ')' || prev == '.' && i >= 2 && unicode.IsLower(rune(s[i-2]))
			if unicode.IsDigit(prev) {
				// "T05Siler": the digits close a reference that began the cell.
				head := s[start:i]
				cut = len(head) <= 8 && unicode.IsUpper(rune(head[0])) && !strings.Contains(head, " ")
			}
		case unicode.IsDigit(r):
			cut = unicode.IsLower(prev) && glueDate.MatchString(s[i:])
		}
		if cut {
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i
		}
		prev = r
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// camelWord reports whether the capital at i is inside a word written so
// ("iPad", "eBay"): one small letter begins the word before it. Names
// such as "McDonald" are cut; a row that so splits into more cells than
// its header names ends the table.
func camelWord(s string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLower(r) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i-size])
	return i == size || !unicode.IsLetter(before)
}
