package odf

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/sheet"
)

// SheetReader reads OpenDocument spreadsheets (.ods).
type SheetReader struct{}

// maxRows bounds the sheet row numbers a spreadsheet may reach (Calc's
// own limit); repeated empty rows only move the count on.
const maxRows = 1 << 20

// Read reads each displayed sheet into a grid and lays them out.
func (SheetReader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	root, st, err := open(ctx, data, "ods", MimeSheet)
	if err != nil {
		return layout.Doc{}, err
	}
	body := find(root, "spreadsheet")
	if body == nil {
		return layout.Doc{}, fmt.Errorf("%w: content.xml has no spreadsheet", ErrNotODF)
	}
	var n counts
	var grids []sheet.Grid
	for _, t := range body.kids {
		if t.name != "table" || len(grids) >= sheet.MaxSheets {
			continue
		}
		if s := st[t.attr("style-name")]; s != nil && s.hidden {
			continue // a sheet not displayed is not read
		}
		g, err := readSheet(t, st, &n)
		if err != nil {
			return layout.Doc{}, fmt.Errorf("sheet %q: %w", t.attr("name"), err)
		}
		grids = append(grids, g)
	}
	doc := sheet.Doc(grids)
	if len(doc.Lines) == 0 {
		return layout.Doc{}, errors.New("ods: no text in any visible cell")
	}
	return doc, nil
}

// counts are what a workbook has read so far, against the sheet limits.
type counts struct{ cells, rows int }

func readSheet(t *node, st styles, n *counts) (sheet.Grid, error) {
	g := sheet.Grid{Name: t.attr("name"), HiddenCols: map[int]bool{}}
	col := 0
	var rows []*node
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch k.name {
			case "table-column":
				rep := k.count("number-columns-repeated", sheet.MaxCols)
				for range rep {
					if col < sheet.MaxCols && k.attr("visibility") != "" && k.attr("visibility") != "visible" {
						g.HiddenCols[col] = true
					}
					col++
				}
			case "table-row":
				rows = append(rows, k)
			case "table-columns", "table-header-columns", "table-column-group",
				"table-rows", "table-header-rows", "table-row-group":
				walk(k)
			}
		}
	}
	walk(t)
	// raw holds each read row's cell values, for the conditional formats.
	var raw [][]string
	r := 0
	for _, row := range rows {
		if r >= maxRows {
			break
		}
		rep := row.count("number-rows-repeated", maxRows)
		hidden := row.attr("visibility") != "" && row.attr("visibility") != "visible"
		cs, vals, merges, comments, err := readRow(row, st, r)
		if err != nil {
			return g, err
		}
		if len(cs) == 0 {
			r += rep // empty rows, often a million of them, only count
			continue
		}
		for i := 0; i < rep && r < maxRows; i++ {
			n.cells += len(cs)
			n.rows++
			if n.cells > sheet.MaxCells || n.rows > sheet.MaxRows {
				return g, fmt.Errorf("more than %d cells or %d rows", sheet.MaxCells, sheet.MaxRows)
			}
			g.Rows = append(g.Rows, sheet.Row{N: r, Hidden: hidden, Cells: cs})
			raw = append(raw, vals)
			if i == 0 {
				g.Merges = append(g.Merges, merges...)
				for p, c := range comments {
					if g.Comments == nil {
						g.Comments = map[sheet.Pos]string{}
					}
					g.Comments[p] = c
				}
			}
			r++
		}
	}
	if cf := find(t, "conditional-formats"); cf != nil {
		paintConditional(cf, st, &g, raw)
	}
	return g, nil
}

// readRow reads one row's cells up to its last one with text or a fill,
// the merges it starts and its cells' comments.
func readRow(row *node, st styles, r int) ([]sheet.Cell, []string, []sheet.Range, map[sheet.Pos]string, error) {
	var out []sheet.Cell
	var vals []string
	var merges []sheet.Range
	var comments map[sheet.Pos]string
	c := 0
	for _, k := range row.kids {
		if k.name != "table-cell" && k.name != "covered-table-cell" {
			continue
		}
		rep := k.count("number-columns-repeated", sheet.MaxCols)
		cell, val := sheet.Cell{}, ""
		if k.name == "table-cell" {
			cell = readCell(k, st)
			val = cellValue(k, cell.Text)
			if cs, rs := k.count("number-columns-spanned", sheet.MaxCols), k.count("number-rows-spanned", maxRows); cs > 1 || rs > 1 {
				merges = append(merges, sheet.Range{R0: r, C0: c, R1: r + rs - 1, C1: c + cs - 1})
			}
			if a := find(k, "annotation"); a != nil && c < sheet.MaxCols {
				if note := annotation(a); note != "" {
					if comments == nil {
						comments = map[sheet.Pos]string{}
					}
					comments[sheet.Pos{Row: r, Col: c}] = note
				}
			}
		}
		if cell == (sheet.Cell{}) && val == "" {
			c += rep // empty cells, often thousands repeated, only count
			continue
		}
		for range rep {
			if c >= sheet.MaxCols {
				break
			}
			for len(out) < c {
				out = append(out, sheet.Cell{})
				vals = append(vals, "")
			}
			out = append(out, cell)
			vals = append(vals, val)
			c++
		}
		if c >= sheet.MaxCols {
			break
		}
	}
	return out, vals, merges, comments, nil
}

// readCell reads what a cell shows. A date whose shown text has no word
// in it (a locale's "03/31/23") is written out from its value instead.
func readCell(k *node, st styles) sheet.Cell {
	var paras []string
	for _, p := range k.kids {
		if p.name == "p" || p.name == "h" {
			if t := textOf(p); t != "" {
				paras = append(paras, t)
			}
		}
	}
	cell := sheet.Cell{Text: strings.Join(paras, " ")}
	style := k.attr("style-name")
	cell.Shade = layout.ShadeOfColour(st.fill(style))
	cell.Bold = cell.Text != "" && st.bold(style)
	if k.attr("value-type") == "date" && !strings.ContainsFunc(cell.Text, unicode.IsLetter) {
		v := k.attr("date-value")
		if t, err := time.Parse("2006-01-02", v[:min(len(v), 10)]); err == nil {
			cell.Text = t.Format("2 January 2006")
		}
	}
	return cell
}

// annotation is a comment's text without its author and date.
func annotation(a *node) string {
	var parts []string
	for _, k := range a.kids {
		if k.name == "p" || k.name == "list" {
			if t := textOf(k); t != "" {
				parts = append(parts, t)
			}
		}
	}
	return strings.Join(parts, " ")
}
