// Package xlsx reads Excel workbooks (.xlsx, .xlsm) into a layout.Doc
// through github.com/xuri/excelize/v2: each visible sheet's shown rows and
// columns, with merged cells, fills (RAG by colour, fixed or from
// conditional formatting: see condfmt.go), the cached values of
// formulas, dates kept as serial numbers written out, and cell comments.
// extract/sheet lays the sheets out; extract/archive measures the package
// against the zip limits before excelize sees it.
package xlsx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/councilactions/councilactions/extract/archive"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/sheet"
)

// ErrNotXLSX is returned for bytes that are not an Excel workbook.
var ErrNotXLSX = errors.New("not an XLSX workbook")

// Reader reads XLSX and XLSM workbooks (macros are never run or read).
type Reader struct{}

// Read checks the package against the archive limits, then reads each
// visible sheet.
func (Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	a, err := archive.Open(data, "xlsx")
	if err != nil {
		if errors.Is(err, archive.ErrNotZip) {
			return layout.Doc{}, fmt.Errorf("%w: %v", ErrNotXLSX, err)
		}
		return layout.Doc{}, err
	}
	if !a.Has("xl/workbook.xml") {
		return layout.Doc{}, fmt.Errorf("%w: the archive has no xl/workbook.xml", ErrNotXLSX)
	}
	if err := a.CheckAll(); err != nil {
		return layout.Doc{}, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    archive.MaxTotalBytes,
		UnzipXMLSizeLimit: archive.MaxEntryBytes, // parts stay in memory: none is larger
	})
	if err != nil {
		return layout.Doc{}, fmt.Errorf("%w: %s", ErrNotXLSX, oneLine(err))
	}
	defer f.Close()
	r := &reader{ctx: ctx, f: f, styles: map[int]cellStyle{}, arch: a}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		r.date1904 = *props.Date1904
	}
	var grids []sheet.Grid
	for i, name := range f.GetSheetList() {
		if i >= sheet.MaxSheets {
			break
		}
		if visible, err := f.GetSheetVisible(name); err != nil || !visible {
			continue // a hidden sheet is not shown, so not read
		}
		g, err := r.sheet(name)
		if err != nil {
			return layout.Doc{}, fmt.Errorf("sheet %q: %w", name, err)
		}
		grids = append(grids, g)
	}
	doc := sheet.Doc(grids)
	if len(doc.Lines) == 0 {
		return layout.Doc{}, errors.New("xlsx: no text in any visible cell")
	}
	return doc, nil
}

type reader struct {
	ctx      context.Context
	f        *excelize.File
	styles   map[int]cellStyle
	date1904 bool
	cells    int
	rows     int
	rules    []cfRule // the current sheet's conditional formats
	arch     *archive.Archive
	paths    map[string]string // sheet name to its part, read when needed
}

// cellStyle is what a style index tells the reader.
type cellStyle struct {
	shade string
	bold  bool
	date  bool // a date (or time) number format
	month bool // the format writes the month as a word
}

func (r *reader) sheet(name string) (sheet.Grid, error) {
	g := sheet.Grid{Name: name, HiddenCols: map[int]bool{}}
	r.rules = r.cfRules(name)
	rows, err := r.f.Rows(name)
	if err != nil {
		return g, oneLineErr(err)
	}
	defer rows.Close()
	// The used range: cells past a row's last value may still show a
	// fill (a RAG cell coloured, not written in). Not every writer keeps
	// the sheet's dimension, so the widest row counts too.
	width := 0
	if ref, err := r.f.GetSheetDimension(name); err == nil {
		_, last, _ := strings.Cut(ref, ":")
		if c, _, err := excelize.CellNameToCoordinates(last); err == nil {
			width = min(c, sheet.MaxCols)
		}
	}
	type shown struct {
		n      int
		hidden bool
		vals   []string
	}
	var read []shown
	for n := 1; rows.Next(); n++ {
		if n%256 == 0 {
			if err := r.ctx.Err(); err != nil {
				return g, err
			}
		}
		vals, err := rows.Columns()
		if err != nil {
			return g, oneLineErr(err)
		}
		if len(vals) == 0 {
			continue
		}
		vals = vals[:min(len(vals), sheet.MaxCols)]
		r.cells += len(vals)
		r.rows++
		if r.cells > sheet.MaxCells || r.rows > sheet.MaxRows {
			return g, fmt.Errorf("more than %d cells or %d rows", sheet.MaxCells, sheet.MaxRows)
		}
		width = max(width, len(vals))
		read = append(read, shown{n: n, hidden: rows.GetRowOpts().Hidden, vals: vals})
	}
	if err := rows.Error(); err != nil {
		return g, oneLineErr(err)
	}
	for _, sr := range read {
		row := sheet.Row{N: sr.n - 1, Hidden: sr.hidden}
		if !sr.hidden {
			row.Cells = make([]sheet.Cell, width)
			for c := range width {
				v := ""
				if c < len(sr.vals) {
					v = sr.vals[c]
				}
				row.Cells[c] = r.cell(name, c+1, sr.n, v)
			}
		}
		g.Rows = append(g.Rows, row)
	}
	for c := 1; c <= width; c++ {
		col, _ := excelize.ColumnNumberToName(c)
		if visible, err := r.f.GetColVisible(name, col); err == nil && !visible {
			g.HiddenCols[c-1] = true
		}
	}
	merges, err := r.f.GetMergeCells(name, true)
	if err != nil {
		return g, oneLineErr(err)
	}
	for _, m := range merges {
		c0, r0, err0 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err0 == nil && err1 == nil {
			g.Merges = append(g.Merges, sheet.Range{R0: r0 - 1, C0: c0 - 1, R1: r1 - 1, C1: c1 - 1})
		}
	}
	comments, err := r.f.GetComments(name)
	if err == nil && len(comments) > 0 {
		g.Comments = map[sheet.Pos]string{}
		for _, cm := range comments {
			c, rn, err := excelize.CellNameToCoordinates(cm.Cell)
			if err != nil {
				continue
			}
			g.Comments[sheet.Pos{Row: rn - 1, Col: c - 1}] = commentText(cm)
		}
	}
	return g, nil
}

// cell reads one cell: its shown text, except that a date stored as a
// serial number is written out in words, whatever the locale's short
// format would make of it ("03-31-22").
func (r *reader) cell(name string, col, row int, shown string) sheet.Cell {
	axis, _ := excelize.CoordinatesToCellName(col, row)
	st := r.style(name, axis)
	if len(r.rules) > 0 {
		raw, _ := r.f.GetCellValue(name, axis, excelize.Options{RawCellValue: true})
		if shade, ok := cfShade(r.rules, col, row, raw); ok {
			st.shade = shade // a rule's fill shows over the cell's own
		}
	}
	if shown == "" {
		return sheet.Cell{Shade: st.shade}
	}
	out := sheet.Cell{Text: shown, Shade: st.shade, Bold: st.bold}
	if st.date && !st.month {
		raw, err := r.f.GetCellValue(name, axis, excelize.Options{RawCellValue: true})
		if serial, perr := strconv.ParseFloat(raw, 64); err == nil && perr == nil && serial > 0 {
			if t, err := excelize.ExcelDateToTime(serial, r.date1904); err == nil {
				out.Text = t.Format("2 January 2006")
			}
		}
	}
	return out
}

func (r *reader) style(name, axis string) cellStyle {
	idx, err := r.f.GetCellStyle(name, axis)
	if err != nil {
		return cellStyle{}
	}
	if st, ok := r.styles[idx]; ok {
		return st
	}
	var st cellStyle
	if s, err := r.f.GetStyle(idx); err == nil && s != nil {
		if s.Fill.Type == "pattern" && s.Fill.Pattern == 1 && len(s.Fill.Color) > 0 {
			st.shade = layout.ShadeOfColour(rgb(s.Fill.Color[0]))
		}
		st.bold = s.Font != nil && s.Font.Bold
		st.date, st.month = dateFormat(s.NumFmt, s.CustomNumFmt)
	}
	r.styles[idx] = st
	return st
}

// rgb drops the alpha byte of an ARGB colour ("FF00B050").
func rgb(c string) string {
	if len(c) == 8 {
		return c[2:]
	}
	return c
}

// dateFormat tells a date number format, and whether it names the month.
// Built-in formats 14–22 and 45–47 are dates and times, all numeric; a
// custom format is a date when, outside quoted text and [colours], it has
// a day or year code.
func dateFormat(id int, custom *string) (date, month bool) {
	if custom != nil && *custom != "" {
		f := strings.ToLower(quoted.ReplaceAllString(*custom, ""))
		return strings.ContainsAny(f, "dy"), strings.Contains(f, "mmm")
	}
	return id >= 14 && id <= 22 || id >= 45 && id <= 47, id >= 15 && id <= 17
}

var quoted = regexp.MustCompile(`"[^"]*"|\[[^\]]*\]|\\.`)

// commentText is a comment's text without the author's name that Excel
// puts before it ("Jo Bloggs:").
func commentText(cm excelize.Comment) string {
	text := cm.Text
	if text == "" {
		var b strings.Builder
		for _, run := range cm.Paragraph {
			b.WriteString(run.Text)
		}
		text = b.String()
	}
	if cm.Author != "" {
		text = strings.TrimPrefix(strings.TrimSpace(text), cm.Author+":")
	}
	return strings.TrimSpace(text)
}

func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }

func oneLineErr(err error) error { return errors.New(oneLine(err)) }
