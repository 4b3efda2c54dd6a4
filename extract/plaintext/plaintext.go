// Package plaintext reads text papers: one line a line, tab-separated cells
// for table rows (as text copied from a PDF or exported from Word comes),
// or, in text without tabs, cells set in columns with spaces (as
// pdftotext -layout writes them; spaced.go), and form feeds between pages.
package plaintext

import (
	"bytes"
	"context"
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// Reader reads text papers.
type Reader struct{}

// ErrBinary is returned for bytes that are not text.
var ErrBinary = errors.New("binary data, not a text paper")

// MaxLines bounds a text paper's lines: each costs a line in the layout,
// and a file of empty lines could ask for millions.
const MaxLines = 1_000_000

// Read splits the text into lines, and table rows into cells.
func (Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	text, err := decode(data)
	if err != nil {
		return layout.Doc{}, err
	}
	if strings.Count(text, "\n") >= MaxLines {
		return layout.Doc{}, &limit.Error{What: "lines", Max: MaxLines}
	}
	cells := limit.NewCells()
	doc := layout.Doc{}
	page := 1
	paged := strings.Contains(text, "\f")
	raws := strings.Split(text, "\n")
	for i, raw := range raws {
		raw = strings.TrimRight(raw, "\r")
		for strings.HasPrefix(raw, "\f") {
			page++
			raw = raw[1:]
		}
		raws[i] = strings.ReplaceAll(raw, "\f", "")
		if ctx.Err() != nil {
			return layout.Doc{}, ctx.Err()
		}
		if tabs := strings.Count(raw, "\t"); tabs > 0 {
			if err := cells.Add(tabs + 1); err != nil {
				return layout.Doc{}, err
			}
		}
		l := line(raw)
		if paged {
			l.Page = page
		}
		doc.Lines = append(doc.Lines, l)
		if n := strings.Count(raw, "\f"); n > 0 {
			page += n
		}
	}
	if paged {
		doc.Pages = page
	}
	doc.Flowing = unwrapped(doc.Lines)
	table := 0 // numbers the tables the text renderings make, in one series
	if err := textTables(doc.Lines, raws, &table, cells, true); err != nil {
		return layout.Doc{}, err
	}
	if !tabbed(raws) {
		if err := spacedTables(doc.Lines, raws, doc.Flowing, cells); err != nil {
			return layout.Doc{}, err
		}
	}
	return doc, nil
}

// textTables rebuilds the tables a copy wrote out as lines of text (raws,
// one a line of lines): cells set apart by pipes, bars or slashes, run
// into one line under a header of names, glued together, or set a cell a
// line (numbered, or its points bulleted). A table's rows replace its lines in lines, numbered on from
// *table; the lines a row took in are left blank. broken lets a pipe
// table's rows be read across the lines a copy broke them over.
func textTables(lines []layout.Line, raws []string, table *int, cells *limit.Counter, broken bool) error {
	text := strings.Join(raws, "\n")
	if strings.Contains(text, "|") {
		if err := pipeTables(lines, raws, table, cells, broken); err != nil {
			return err
		}
		if err := cellTables(lines, raws, table, cells); err != nil {
			return err
		}
		if err := barTables(lines, raws, table, cells); err != nil {
			return err
		}
	}
	if strings.Contains(text, " / ") {
		if err := slashTables(lines, raws, table, cells); err != nil {
			return err
		}
	}
	for _, find := range []func([]layout.Line, []string, *int, *limit.Counter) error{datedCellTables, flatTables, numberedFlatTables, gluedTables, stackedTables, cellLineTables, wrappedTables, framedCellTables, statusRows} {
		if err := find(lines, raws, table, cells); err != nil {
			return err
		}
	}
	return nil
}

// Tables is textTables for another reader's lines: a PDF's prose, its
// wrapped lines joined a paragraph a line. The rebuilt rows are numbered
// from after+1, and the last number used is returned. A pipe table's rows
// are read across lines there as in a text (splitPipeRows), so a cell the
// copy set over two lines, its pipe after the second ("Minutes: AGREED:"
// over "That the notes be signed. |"), is one cell and the rows after it
// are still the table's: read a line a row, such a cell ended the table,
// and every row under it came out as prose. splitPipeRows counts cells
// by their pipes, not by where lines end, so a line the printer broke
// (joined again into its paragraph, or broken at a pipe) counts the same.
// (Read a line a row, a page set never read lost an item in an earlier
// round; the sets of the sixty-eighth round's end, read and never read,
// lost none read across lines, and two councils' meeting pages gained.)
func Tables(lines []layout.Line, raws []string, after int) (int, error) {
	table := after
	err := textTables(lines, raws, &table, limit.NewCells(), true)
	return table, err
}

// tabbed reports whether a tab anywhere in the text sets cells apart, text
// on both its sides; tabs that only indent a line ("\t\t\tAppendix 1" over
// columns set with spaces) leave the text's columns to the spaces.
func tabbed(raws []string) bool {
	for _, raw := range raws {
		if t := strings.TrimSpace(raw); strings.Contains(t, "\t") {
			return true
		}
	}
	return false
}

// line turns one raw line into a layout line: cells when it holds a tab.
func line(raw string) layout.Line {
	raw = strings.ReplaceAll(raw, "\f", "")
	if !strings.Contains(raw, "\t") {
		text := clean.Text(raw)
		// A text copy keeps a list's nesting as the spaces before its
		// points: about five points a space, as a PDF's indent is told.
		indent := float64(len(raw)-len(strings.TrimLeft(raw, " "))) * 5
		return layout.Line{Text: text, Bold: clean.IsBold(raw), Furniture: isPageNumber(text), Indent: indent}
	}
	parts := strings.Split(raw, "\t")
	l := layout.Line{Cells: make([]layout.Cell, len(parts))}
	texts := make([]string, len(parts))
	bold := true
	for i, p := range parts {
		texts[i] = clean.Text(p)
		l.Cells[i] = layout.Cell{Text: texts[i]}
		if texts[i] != "" && !clean.IsBold(p) {
			bold = false
		}
	}
	l.Text = strings.Join(texts, "\t")
	l.Bold = bold && l.NonEmpty() > 0
	return l
}

// unwrapped tells text written a paragraph a line (as text taken from a web
// page comes) from text wrapped at a width (as pdftotext and e-mail write
// it): most of its longer lines end a sentence or a clause, where wrapped
// text's lines mostly stop mid-sentence.
//
// Lines far longer than any width text is wrapped at (over 120
// characters, with no run of spaces a laid-out table would have) say the
// same: a web page's text, its headings and sentences a line each, whose
// sentences may end without a full stop.
//
// So does a text whose longer lines that stop mid-phrase are not carried
// on in lower case by the line after: a web page's headings and bullets,
// none ending in a stop, each a line ("How we will deliver …" over "- Ensure
// sufficient school places …"), where wrapped text goes on "… the" / "plan".
func unwrapped(lines []layout.Line) bool {
	long, ended, wide, open, carried := 0, 0, 0, 0, 0
	for i, l := range lines {
		t := strings.TrimSpace(l.Text)
		if l.IsTable() || len(t) < 40 {
			continue
		}
		long++
		if strings.ContainsAny(t[len(t)-1:], ".:;!?") {
			ended++
		} else if i+1 < len(lines) {
			open++
			if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[i+1].Text)); unicode.IsLower(r) {
				carried++
			}
		}
		if len(t) > 120 && !strings.Contains(t, "   ") {
			wide++
		}
	}
	return long >= 3 && (ended*10 >= long*7 || wide >= 3 && wide*10 >= long*3 || open >= 5 && carried*10 < open)
}

// pageNumber matches a page number printed on a line of its own.
var pageNumber = lazyre.New(`(?i)^(page\s+\d+(\s+of\s+\d+)?|-\s*\d+\s*-|(\d+)\s*/\s*(\d+)|\d{1,3})$`)

// isPageNumber: a line that is only a page number. "39/20" alone is no page
// 39 of 20 but a minute's number (minute 39 of 2020).
func isPageNumber(text string) bool {
	m := pageNumber.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	if m[3] != "" {
		n, _ := strconv.Atoi(m[3])
		of, _ := strconv.Atoi(m[4])
		return n <= of
	}
	return true
}

// decode returns the text of data: UTF-8 when it is valid, else
// windows-1252, the usual encoding of older council exports. Bytes with NULs
// or many control characters are not text at all.
func decode(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if looksBinary(data) {
		return "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", ErrBinary
	}
	return string(out), nil
}

func looksBinary(data []byte) bool {
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	control := 0
	for _, b := range sample {
		switch {
		case b == 0:
			return true
		case b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f':
			control++
		}
	}
	return control*20 > len(sample)
}
