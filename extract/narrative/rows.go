package narrative

import (
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/table"
)

// tableRow is a paragraph of a table that a copy flattened under its
// header line (see headerRows): the row's first cell, numbered, or one of
// the cells after it.
type tableRow struct {
	first bool
	due   string // a date alone among the row's later cells
}

// headerRows reads the rows of a table whose header line a copy kept
// ("Action What we will do and when What residents will see",
// "Recommendation Action Timescale") and whose rows each open with their
// number: "16. Better engagement with local businesses …", then, as
// paragraphs and bullets of their own, the row's other cells. Two or more
// points numbered one after the other make the rows; each is an action,
// and what lies between them is the row's other cells, no actions of
// their own, a date alone among them its deadline. The rows end at a
// heading the page marked, another header line, or a point numbered out
// of turn.
func headerRows(ps []paragraph) map[int]tableRow {
	out := map[int]tableRow{}
	for i := 0; i < len(ps); i++ {
		if !headerLine(ps[i]) {
			continue
		}
		rows := map[int]tableRow{}
		firsts, last, prev := 0, -1, ""
		k := i + 1
		for ; k < len(ps); k++ {
			p := ps[k]
			if headerLine(p) || p.level > 0 || p.bold || p.marker != "" && prev != "" && !markerFollows(prev, p.marker) && !bulletPat.MatchString(p.text) {
				break
			}
			if p.marker != "" && !bulletPat.MatchString(p.text) && (prev == "" || markerFollows(prev, p.marker)) {
				rows[k] = tableRow{first: true}
				firsts, last, prev = firsts+1, k, p.marker
				continue
			}
			if prev == "" {
				break // the first row must open with its number
			}
			rows[k] = tableRow{}
			if d := dateAlone(p.body); d != "" && rows[last].due == "" {
				rows[last] = tableRow{first: true, due: d}
			}
		}
		if firsts >= 2 {
			out[i] = tableRow{} // the header, no action either
			for j, r := range rows {
				out[j] = r
			}
			i = k - 1
		}
	}
	return out
}

// headerLine is a paragraph that names a flattened table's columns.
func headerLine(p paragraph) bool {
	if p.marker != "" || bulletPat.MatchString(p.text) || endsSentence(p.body) || strings.HasSuffix(p.body, ":") {
		return false
	}
	_, ok := table.FlatHeader(p.body)
	return ok
}

// dateAlone is s when s, its bullet left off, is a date and nothing else
// ("• December 2023", "June 2023").
func dateAlone(s string) string {
	s = strings.TrimSpace(bulletPat.ReplaceAllString(s, ""))
	if len(strings.Fields(s)) > 4 || action.NormalizeDue(s) == "" {
		return ""
	}
	return s
}

// tableRowItem is the action of a flattened table's row, read from its
// first cell.
func (f *finder) tableRowItem(p paragraph, r tableRow) {
	f.endBlocks()
	a := planned(strings.TrimSpace(p.body), f.opts.Date)
	a.Kind, a.Ref = action.KindAction, strings.TrimRight(p.marker, ".:")
	if r.due != "" {
		a.DueRaw, a.Due = r.due, resolveDue(r.due, f.opts.Date)
	}
	f.add(p, a)
}
