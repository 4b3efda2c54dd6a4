package odf

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/sheet"
)

// A RAG column in a Calc action plan is often coloured by conditional
// formatting: the cell holds a word or a score and a rule paints it.
// Calc keeps the rules beside the sheet (calcext:conditional-formats), each
// a range and its conditions in the order Calc tries them, the first that
// holds giving the cell a style. As for Excel's workbooks (extract/xlsx),
// the reader works out the fill of the rule types action plans use —
// comparisons, between, the text rules and a formula comparing the cell
// with a constant — and leaves the rest (colour scales, data bars, icon
// sets, other formulas), which then paint nothing.

// cellValue is what a cell's conditions compare: its number, date or
// string value where the file gives one, else its shown text.
func cellValue(k *node, text string) string {
	for _, a := range []string{"value", "date-value", "string-value", "boolean-value"} {
		if v := k.attr(a); v != "" {
			return v
		}
	}
	return text
}

// paintConditional gives the cells its ranges cover the fill their first
// holding condition's style sets, where they have no fill of their own.
func paintConditional(cf *node, st styles, g *sheet.Grid, raw [][]string) {
	rowAt := make(map[int]int, len(g.Rows)) // sheet row number to index in g.Rows
	for i, row := range g.Rows {
		rowAt[row.N] = i
	}
	at := func(r, c int) (string, bool) {
		i, ok := rowAt[r]
		if !ok {
			return "", false
		}
		if c < len(raw[i]) {
			return raw[i][c], true
		}
		return "", true
	}
	type condition struct {
		value, shade string
		base         sheet.Pos
	}
	for _, f := range cf.kids {
		if f.name != "conditional-format" {
			continue
		}
		ranges := parseRanges(f.attr("target-range-address"))
		var conds []condition
		for _, k := range f.kids {
			if k.name == "condition" {
				base, _ := parseCell(k.attr("base-cell-address"))
				shade := layout.ShadeOfColour(st.fill(st.byDisplay(k.attr("apply-style-name"))))
				conds = append(conds, condition{k.attr("value"), shade, base})
			}
		}
		for i := range g.Rows {
			row := &g.Rows[i]
			for c := range row.Cells {
				cell := &row.Cells[c]
				if cell.Shade != "" || !inRanges(ranges, row.N, c) {
					continue
				}
				for _, cond := range conds {
					if holds(cond.value, raw[i][c], row.N, c, cond.base, at) {
						cell.Shade = cond.shade
						break
					}
				}
			}
		}
	}
}

// cellRange is a rectangle of cells, 0-based and inclusive.
type cellRange struct{ r0, c0, r1, c1 int }

func inRanges(rs []cellRange, r, c int) bool {
	for _, x := range rs {
		if r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1 {
			return true
		}
	}
	return false
}

// parseRanges reads "'Plan'.H4:'Plan'.H8 'Plan'.J4", a space-separated
// list of cells and ranges, each perhaps naming its sheet.
func parseRanges(s string) []cellRange {
	var out []cellRange
	for _, part := range fieldsOutsideQuotes(s) {
		from, to, ok := strings.Cut(part, ":")
		if !ok {
			to = from
		}
		a, okA := parseCell(from)
		b, okB := parseCell(to)
		if okA && okB {
			out = append(out, cellRange{min(a.Row, b.Row), min(a.Col, b.Col), max(a.Row, b.Row), max(a.Col, b.Col)})
		}
	}
	return out
}

// fieldsOutsideQuotes splits at spaces not inside a quoted sheet name
// ("'Priority 1'.H4").
func fieldsOutsideQuotes(s string) []string {
	var out []string
	quoted, start := false, -1
	for i, ch := range s {
		switch {
		case ch == '\'':
			quoted = !quoted
		case ch == ' ' && !quoted:
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

var cellAddr = regexp.MustCompile(`\$?([A-Za-z]{1,3})\$?(\d{1,7})$`)

// parseCell reads "'Plan'.$H$4" or "H4" as a 0-based position.
func parseCell(s string) (sheet.Pos, bool) {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	m := cellAddr.FindStringSubmatch(s)
	if m == nil {
		return sheet.Pos{}, false
	}
	col := 0
	for _, ch := range strings.ToUpper(m[1]) {
		col = col*26 + int(ch-'A'+1)
	}
	row, _ := strconv.Atoi(m[2])
	return sheet.Pos{Row: row - 1, Col: col - 1}, row > 0
}

var (
	cmpCond     = regexp.MustCompile(`^(<=|>=|!=|<>|=|<|>)\s*(.+)$`)
	callCond    = regexp.MustCompile(`^(between|not-between|contains-text|not-contains-text|begins-with|ends-with)\((.*)\)$`)
	formulaCond = regexp.MustCompile(`^formula-is\(\s*\[\.(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})\]\s*(=|<>)\s*(.+?)\s*\)$`)
)

// holds tells whether a condition holds for cell (r, c) with value v.
// Calc compares text without regard to case.
func holds(cond, v string, r, c int, base sheet.Pos, at func(r, c int) (string, bool)) bool {
	cond = strings.TrimSpace(cond)
	if m := formulaCond.FindStringSubmatch(cond); m != nil {
		// "[.$H4]="G"": the cell the formula names, moved as the rule
		// moves from its base cell to this one where its column or row
		// has no "$".
		ref, ok := parseCell(m[2] + m[4])
		if !ok {
			return false
		}
		row, col := ref.Row, ref.Col
		if m[3] == "" {
			row += r - base.Row
		}
		if m[1] == "" {
			col += c - base.Col
		}
		got, _ := at(row, col)
		return compare(got, "=", m[6]) == (m[5] == "=")
	}
	if m := callCond.FindStringSubmatch(cond); m != nil {
		args := splitArgs(m[2])
		lv := strings.ToLower(v)
		switch m[1] {
		case "between", "not-between":
			if len(args) != 2 {
				return false
			}
			in := compare(v, ">=", args[0]) && compare(v, "<=", args[1])
			return in == (m[1] == "between")
		case "contains-text":
			return len(args) == 1 && strings.Contains(lv, strings.ToLower(unquote(args[0])))
		case "not-contains-text":
			return len(args) == 1 && !strings.Contains(lv, strings.ToLower(unquote(args[0])))
		case "begins-with":
			return len(args) == 1 && strings.HasPrefix(lv, strings.ToLower(unquote(args[0])))
		case "ends-with":
			return len(args) == 1 && strings.HasSuffix(lv, strings.ToLower(unquote(args[0])))
		}
	}
	if m := cmpCond.FindStringSubmatch(cond); m != nil {
		return compare(v, m[1], m[2])
	}
	return false
}

// compare compares a cell's value with a constant: as numbers when both
// are, else as text without regard to case ("Red" is "red"). An empty
// cell meets no comparison.
func compare(v, op, k string) bool {
	if strings.TrimSpace(v) == "" {
		return false
	}
	k = strings.TrimSpace(k)
	a, errA := strconv.ParseFloat(strings.TrimSpace(v), 64)
	b, errB := strconv.ParseFloat(k, 64)
	var d int
	switch {
	case errA == nil && errB == nil:
		d = cmpFloat(a, b)
	case strings.HasPrefix(k, "\""):
		d = strings.Compare(strings.ToLower(v), strings.ToLower(unquote(k)))
	default:
		return false // a number against text, or a formula the reader does not evaluate
	}
	switch op {
	case "=":
		return d == 0
	case "!=", "<>":
		return d != 0
	case "<":
		return d < 0
	case ">":
		return d > 0
	case "<=":
		return d <= 0
	case ">=":
		return d >= 0
	}
	return false
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return strings.ReplaceAll(s[1:len(s)-1], `""`, `"`)
	}
	return s
}

// splitArgs splits a condition's arguments at commas outside quotes.
func splitArgs(s string) []string {
	var out []string
	quoted, start := false, 0
	for i, ch := range s {
		switch {
		case ch == '"':
			quoted = !quoted
		case ch == ',' && !quoted:
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// byDisplay is the name of the style a condition applies: Calc names it
// by its display name ("ConditionalStyle_1"), which the file encodes as
// the style's name ("ConditionalStyle_5f_1").
func (st styles) byDisplay(name string) string {
	if _, ok := st[name]; ok {
		return name
	}
	for n, s := range st {
		if s.display == name {
			return n
		}
	}
	return name
}
