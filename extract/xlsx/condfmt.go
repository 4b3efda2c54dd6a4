package xlsx

import (
	"encoding/xml"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/councilactions/councilactions/extract/archive"
	"github.com/councilactions/councilactions/extract/layout"
)

// Action plans often colour a RAG column by conditional formatting: the
// cell holds a word or a score (sometimes hidden by the ";;;" number
// format) and a rule paints it. The reader works out the fill such a rule
// gives for the rule types action plans use — cellIs comparisons, the text
// rules, and an expression comparing the cell itself with a constant
// (=$E2="Red") — and ignores the rest (colour scales, data bars, icon
// sets, other formulas), which then paint nothing.

// cfRule is one conditional format rule over its ranges.
type cfRule struct {
	ranges [][4]int // c0, r0, c1, r1, 1-based and inclusive
	opt    excelize.ConditionalFormatOptions
	fill   bool   // the rule's format sets a fill
	shade  string // that fill as a RAG word, "" for other colours
}

// cfRules reads a sheet's rules in the order Excel applies them, by
// priority. excelize gives the rules per range, each range's rules in the
// order the worksheet lists them, but not their priorities: those are read
// from the worksheet beside it (cfPriorities).
func (r *reader) cfRules(name string) []cfRule {
	byRef, err := r.f.GetConditionalFormats(name)
	if err != nil || len(byRef) == 0 {
		return nil
	}
	prio := r.cfPriorities(name)
	refs := make([]string, 0, len(byRef))
	for ref := range byRef {
		refs = append(refs, ref)
	}
	sort.Strings(refs) // a fixed order for rules of no known priority
	var rules []cfRule
	var order []int
	for _, ref := range refs {
		ranges := parseSqref(ref)
		if len(ranges) == 0 {
			continue
		}
		for i, opt := range byRef[ref] {
			rule := cfRule{ranges: ranges, opt: opt}
			if opt.Format != nil {
				if st, err := r.f.GetConditionalStyle(*opt.Format); err == nil && st != nil && len(st.Fill.Color) > 0 && st.Fill.Type == "pattern" {
					rule.fill = true
					rule.shade = layout.ShadeOfColour(rgb(st.Fill.Color[0]))
				}
			}
			p := math.MaxInt
			if i < len(prio[ref]) {
				p = prio[ref][i]
			}
			rules = append(rules, rule)
			order = append(order, p)
		}
	}
	idx := make([]int, len(rules))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return order[idx[a]] < order[idx[b]] })
	sorted := make([]cfRule, len(rules))
	for i, k := range idx {
		sorted[i] = rules[k]
	}
	return sorted
}

// cfPriorities reads the priority of each rule of a sheet, per range in
// the order the worksheet lists them, as excelize gives the rules. A part
// that cannot be read gives none: the rules then keep the worksheet's
// order, which is their priority as Excel, LibreOffice and excelize write
// them.
func (r *reader) cfPriorities(name string) map[string][]int {
	path := r.sheetPath(name)
	if path == "" {
		return nil
	}
	rc, err := r.arch.Open(path)
	if err != nil {
		return nil
	}
	defer rc.Close()
	out := map[string][]int{}
	x := archive.NewXML(r.ctx, rc)
	ref := ""
	for {
		tok, err := x.Token()
		if err != nil {
			return out
		}
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Space != mainNS {
			continue
		}
		switch el.Name.Local {
		case "sheetData":
			if x.Skip() != nil {
				return out
			}
		case "conditionalFormatting":
			ref = attr(el, "sqref")
		case "cfRule":
			p, err := strconv.Atoi(attr(el, "priority"))
			if err != nil {
				p = math.MaxInt
			}
			out[ref] = append(out[ref], p)
		}
	}
}

const mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

// sheetPath finds a sheet's part through the workbook and its
// relationships, "" when they do not say.
func (r *reader) sheetPath(name string) string {
	if r.paths == nil {
		r.paths = map[string]string{}
		var wb struct {
			Sheets []struct {
				Name string `xml:"name,attr"`
				ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
			} `xml:"sheets>sheet"`
		}
		var rels struct {
			Rel []struct {
				ID     string `xml:"Id,attr"`
				Target string `xml:"Target,attr"`
			} `xml:"Relationship"`
		}
		if decodePart(r.arch, "xl/workbook.xml", &wb) != nil || decodePart(r.arch, "xl/_rels/workbook.xml.rels", &rels) != nil {
			return ""
		}
		for _, s := range wb.Sheets {
			for _, rel := range rels.Rel {
				if rel.ID == s.ID {
					target := strings.TrimPrefix(rel.Target, "/")
					if !strings.HasPrefix(target, "xl/") {
						target = "xl/" + target
					}
					r.paths[s.Name] = target
				}
			}
		}
	}
	return r.paths[name]
}

func decodePart(a *archive.Archive, name string, v any) error {
	rc, err := a.Open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	return archive.Decode(rc, name, v)
}

func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// parseSqref reads a space-separated list of cells and ranges ("E4:E20 G2").
func parseSqref(ref string) [][4]int {
	var out [][4]int
	for _, part := range strings.Fields(ref) {
		a, b, ok := strings.Cut(part, ":")
		if !ok {
			b = a
		}
		c0, r0, err0 := excelize.CellNameToCoordinates(strings.ReplaceAll(a, "$", ""))
		c1, r1, err1 := excelize.CellNameToCoordinates(strings.ReplaceAll(b, "$", ""))
		if err0 == nil && err1 == nil {
			out = append(out, [4]int{min(c0, c1), min(r0, r1), max(c0, c1), max(r0, r1)})
		}
	}
	return out
}

// cfShade is the fill the rules give the cell at col, row holding the raw
// value v: ok is false when no rule paints it.
func cfShade(rules []cfRule, col, row int, v string) (shade string, ok bool) {
	for _, rule := range rules {
		top, in := rule.covers(col, row)
		if !in || !rule.matches(v, col, row, top) {
			continue
		}
		if rule.fill {
			return rule.shade, true // the first fill in priority order wins
		}
		if rule.opt.StopIfTrue {
			return "", false
		}
	}
	return "", false
}

// covers tells whether the rule applies to the cell, and the top-left cell
// of the range it falls in (relative references count from there).
func (rule cfRule) covers(col, row int) ([2]int, bool) {
	for _, g := range rule.ranges {
		if col >= g[0] && col <= g[2] && row >= g[1] && row <= g[3] {
			return [2]int{g[0], g[1]}, true
		}
	}
	return [2]int{}, false
}

// matches evaluates the rule on the cell's raw value. Rules it does not
// read never match.
func (rule cfRule) matches(v string, col, row int, top [2]int) bool {
	o := rule.opt
	switch o.Type {
	case "cell":
		if o.Criteria == "between" || o.Criteria == "not between" {
			lo, ok1 := operand(o.MinValue)
			hi, ok2 := operand(o.MaxValue)
			if !ok1 || !ok2 {
				return false
			}
			in := compare(v, lo, ">=") && compare(v, hi, "<=")
			return in == (o.Criteria == "between")
		}
		want, ok := operand(o.Value)
		return ok && compare(v, want, cellOps[o.Criteria])
	case "text":
		text, needle := strings.ToLower(v), strings.ToLower(o.Value)
		switch o.Criteria {
		case "containing":
			return strings.Contains(text, needle)
		case "not containing":
			return !strings.Contains(text, needle)
		case "begins with":
			return strings.HasPrefix(text, needle)
		case "ends with":
			return strings.HasSuffix(text, needle)
		}
	case "formula":
		return selfComparison(o.Criteria, v, col, row, top)
	}
	return false
}

// cellOps are excelize's names for the cellIs operators.
var cellOps = map[string]string{
	"equal to": "=", "not equal to": "<>",
	"greater than": ">", "less than": "<",
	"greater than or equal to": ">=", "less than or equal to": "<=",
}

// operand reads a rule's constant: a number, or a string in quotes. A
// reference or a formula is not read (ok false).
func operand(s string) (string, bool) {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "="))
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		inner := s[1 : len(s)-1]
		if strings.Count(inner, `"`) != 2*strings.Count(inner, `""`) {
			return "", false // quotes that end the string: an expression
		}
		return strings.ReplaceAll(inner, `""`, `"`), true
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s, true
	}
	return "", false
}

// compare compares a cell's value with a constant as Excel does: as
// numbers when both are numbers, else as text ignoring case; a number and
// a text are never equal and never ordered here.
func compare(v, want, op string) bool {
	x, errX := strconv.ParseFloat(strings.TrimSpace(v), 64)
	y, errY := strconv.ParseFloat(want, 64)
	var c int
	switch {
	case errX == nil && errY == nil:
		c = cmpOrder(x < y, x > y)
	case errX != nil && errY != nil:
		c = strings.Compare(strings.ToLower(v), strings.ToLower(want))
	default:
		return op == "<>"
	}
	switch op {
	case "=":
		return c == 0
	case "<>":
		return c != 0
	case ">":
		return c > 0
	case "<":
		return c < 0
	case ">=":
		return c >= 0
	case "<=":
		return c <= 0
	}
	return false
}

func cmpOrder(less, more bool) int {
	switch {
	case less:
		return -1
	case more:
		return 1
	}
	return 0
}

// selfRule is an expression comparing one cell with a constant.
var selfRule = regexp.MustCompile(`^=?\s*(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)\s*(<>|<=|>=|=|<|>)\s*(.+?)\s*$`)

// selfComparison evaluates an expression rule that compares the cell
// itself with a constant (=$E2="Red", =E2>=3), the reference read
// relative to the range's top-left cell as Excel reads it. Any other
// formula is not read.
func selfComparison(formula, v string, col, row int, top [2]int) bool {
	m := selfRule.FindStringSubmatch(formula)
	if m == nil {
		return false
	}
	refCol, err1 := excelize.ColumnNameToNumber(m[2])
	refRow, err2 := strconv.Atoi(m[4])
	want, ok := operand(m[6])
	if err1 != nil || err2 != nil || !ok {
		return false
	}
	if m[1] == "" {
		refCol = col + refCol - top[0]
	}
	if m[3] == "" {
		refRow = row + refRow - top[1]
	}
	if refCol != col || refRow != row {
		return false // another cell's value: not read
	}
	return compare(v, want, m[5])
}
