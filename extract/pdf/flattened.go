package pdf

import (
	"math"
	"regexp"
	"strings"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/plaintext"
	"github.com/councilactions/councilactions/extract/table"
)

// A table that a copy flattened into text before it was printed (its cells
// run into one line under a header of names, set apart by pipes or
// slashes, or set a cell a line) has no columns on the page for the
// geometry to find: only its words say it is a table, as they do in the
// text the copy made. The text reader rebuilds such tables from whole
// lines, a row a line; on the page a long row wraps, and each row that
// stops short of the margin is a paragraph of its own:
//
//	Task Lead Deadline
//	Repaint the pavilion doors before the summer
//	fete Parks Officer June 2025
//	Mend the bench Clerk May 2025
//
// So the page's prose is handed to the text reader's table rules as the
// text had it: each paragraph one line, its wrapped lines joined, and a
// blank line only where the page leaves a line's space (a short line that
// ends a paragraph at the usual spacing is no blank line in the text).
// Where they find a table its rows replace the paragraphs they took in;
// the rest of the page is left as the PDF reader read it.

// para is one line of the text the page's prose reads as: a paragraph
// (its lines doc.Lines[first:last+1]), a blank line the spacing shows, a
// table row the geometry made, or furniture.
type para struct {
	first, last int
	line        layout.Line
	raw         string
}

// flattenedTables rebuilds the tables of doc's prose that a copy had
// flattened into text; gaps marks the blank lines of doc that stand for
// a line's space on the page, the others having only ended a paragraph.
func flattenedTables(doc layout.Doc, gaps map[int]bool) layout.Doc {
	var ps []para
	soft := map[int]bool{} // paragraphs after which a short line's blank stood
	lastTable := 0
	open := false // the last para is prose a wrapped line goes on
	for i, l := range doc.Lines {
		lastTable = max(lastTable, l.Table)
		t := strings.TrimSpace(l.Text)
		switch {
		case l.IsTable():
			ps = append(ps, para{first: i, last: i, line: l, raw: strings.Join(l.CellTexts(), "\t")})
			open = false
		case l.Furniture:
			ps = append(ps, para{first: i, last: i, line: l, raw: t})
			open = false
		case t == "" && gaps[i]:
			ps = append(ps, para{first: i, last: i, line: l})
			open = false
		case t == "":
			if len(ps) > 0 {
				soft[len(ps)-1] = true
			}
			open = false
		case open && l.Heading == 0 && !opensLine(ps, t):
			p := &ps[len(ps)-1]
			p.last = i
			p.raw = clean.Join(p.raw, t)
			p.line.Text = strings.TrimSpace(p.raw)
			p.line.Bold = p.line.Bold && l.Bold
		default:
			// The text's own indent, as the text reader reads it back
			// (about five points a space).
			ps = append(ps, para{first: i, last: i, line: l, raw: strings.Repeat(" ", int(math.Round(l.Indent/5))) + t})
			open = l.Heading == 0
		}
	}
	ps = cellLineRows(ps)
	lines := make([]layout.Line, len(ps))
	raws := make([]string, len(ps))
	for k, p := range ps {
		lines[k], raws[k] = p.line, p.raw
	}
	if n, err := plaintext.Tables(lines, raws, lastTable); err != nil || n == lastTable {
		return doc
	}
	// rebuilt tells the paragraphs a table took in.
	rebuilt := func(k int) bool {
		return lines[k].IsTable() != ps[k].line.IsTable() || lines[k].Text != ps[k].line.Text
	}
	out := doc
	out.Lines = make([]layout.Line, 0, len(doc.Lines))
	for k, p := range ps {
		if rebuilt(k) {
			if strings.TrimSpace(lines[k].Text) != "" || lines[k].IsTable() {
				out.Lines = append(out.Lines, lines[k])
			}
		} else {
			out.Lines = append(out.Lines, doc.Lines[p.first:p.last+1]...)
		}
		// A paragraph's end is kept as the blank line the PDF reader
		// gives it, but not between the rows of a rebuilt table.
		if soft[k] && (!rebuilt(k) || k+1 < len(ps) && !rebuilt(k+1)) {
			out.Lines = append(out.Lines, layout.Line{Page: p.line.Page})
		}
	}
	return out
}

// opensLine tells a line of the page that began a line of the text, though
// the line above (the last of ps, its paragraph so far) ran to the margin: a
// list's point ("2.1 ", "• "), as layout.Unwrapped has it; a row framed by
// pipes ("| 3 | Mend the gate |") under one that closed its row with a
// pipe; or any line under a lone cell closed by a pipe ("Order new bins
// |"), as a copy that sets a table's cells a line each ends them, unless
// the line goes on with more cells of a row the printer broke after its
// first ("Clerk | April |"); or the rule of dashes under a pipe table's
// header ("---|---|---|"), which the printer may have set on the header's
// last line's heels, being one word too long to fit beside it (but not
// the rest of a rule too wide for a line).
func opensLine(ps []para, t string) bool {
	above, before := ps[len(ps)-1].raw, ""
	if len(ps) > 1 {
		before = ps[len(ps)-2].raw
	}
	if firstRow(before, above, t) {
		return true
	}
	closed := strings.HasSuffix(above, "|")
	single := strings.Count(above, "|") == 1 && !strings.Contains(strings.TrimSuffix(t, "|"), "|")
	return layout.OpensPoint(t) || closed && (strings.HasPrefix(t, "|") || single) || numberedRow(above, t) ||
		cellRule.MatchString(t) && !cellRule.MatchString(above)
}

// firstRow tells a line that opens a table flattened with pipes, under
// prose the printer ran to the margin: the line is a whole row, three
// cells or more closed by a pipe ("Task | Lead | When |"), and neither its
// paragraph so far (above) nor the one before it (before) holds a pipe, so
// no table is open whose first cell could have wrapped onto it. The line
// that carries on a row's long first cell ("the lane | Clerk | May |") has
// the table's header or rows above it; and as only a header opens a
// table under prose, the line's first cell must name a column, which the
// wrapped tail of a header's own long first cell ("March | Owner | When
// |") does not.
func firstRow(before, above, t string) bool {
	first, _, _ := strings.Cut(t, "|")
	return !strings.Contains(before, "|") && !strings.Contains(above, "|") &&
		strings.HasSuffix(t, "|") && strings.Count(t, "|") >= 3 &&
		table.ColumnRole(strings.TrimSpace(first)) != ""
}

// numberedRow tells a line that opens a numbered row of a table flattened
// with slashes: its line starts with a clause's number of two or more
// levels and no stop ("2.3 Mend the gate / Clerk / May"), and the
// paragraph above it already holds cells set apart by slashes. The printer
// may have filled the row above to the margin, so only the number shows
// that a new row begins; in prose, where "1.5 million" may open a line,
// no slashes stand between cells.
func numberedRow(above, t string) bool {
	return strings.Contains(above, " / ") && rowNumber.MatchString(t)
}

// rowNumber is a clause's number of two or more levels, then a space.
var rowNumber = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,3})+ +\S`)

// cellLineRows joins the cells of a pipe table that the copy set a cell or
// a few a line back into rows, as many cells a row as the rule under the
// header marks. Each line closed by a pipe is a paragraph of its own there
// (see opensLine), and the text reader's rules read a pipe table's lines
// a row each on a printed page:
//
//	| Task | Lead | Start | End |
//	|---|---|---|---|
//	Mend the gate by the
//	green |
//	Parks Officer |
//	May | June |
//	Paint the hall |
//	…
//
// reads "Mend the gate by the green | Parks Officer | May | June |" as its
// first row. Only a run of lines that end cells with a pipe is joined,
// none opening with one, each row's cells adding up to the rule's width,
// two rows or more. A row's last cell may lack its pipe where the text
// ends or a line's space follows, as a copy leaves it off; and the text
// may end inside a row, two of its cells or more ended (a page cut
// short): that row is read as far as it goes. A run whose cells pass the
// width is left as the lines it was.
func cellLineRows(ps []para) []para {
	// closed counts the cells a paragraph ends with pipes: "Clerk |" one,
	// "May | June |" two; 0 for any other line.
	closed := func(p para) int {
		t := strings.TrimSpace(p.raw)
		if p.line.IsTable() || p.line.Furniture || len(t) < 2 || !strings.HasSuffix(t, "|") || strings.HasPrefix(t, "|") || cellRule.MatchString(t) {
			return 0
		}
		return strings.Count(t, "|")
	}
	// open tells the last cell of a row, its pipe left off: text with
	// none, the text's end or a line's space after it.
	open := func(k int) bool {
		t := strings.TrimSpace(ps[k].raw)
		return t != "" && !ps[k].line.IsTable() && !ps[k].line.Furniture && !strings.Contains(t, "|") &&
			(k+1 == len(ps) || strings.TrimSpace(ps[k+1].raw) == "" && !ps[k+1].line.IsTable())
	}
	var out []para
	for i := 0; i < len(ps); i++ {
		out = append(out, ps[i])
		if i == 0 || !cellRule.MatchString(ps[i].raw) || !strings.Contains(ps[i-1].raw, "|") {
			continue
		}
		width := len(ruleDashes.FindAllString(ps[i].raw, -1))
		var rows []para
		var cells []string
		first := i + 1
		k := i + 1
		for ; k < len(ps) && width >= 2; k++ {
			n := closed(ps[k])
			// (A cell without its pipe ends a row, or the text cut short
			// inside a row.)
			last := n == 0 && open(k) && (len(cells) == width-1 || k+1 == len(ps) && len(cells) >= 2)
			if n == 0 && !last || len(cells)+max(n, 1) > width {
				break
			}
			t := strings.TrimSuffix(strings.TrimSpace(ps[k].raw), "|")
			for _, c := range strings.Split(t, "|") {
				cells = append(cells, strings.TrimSpace(c))
			}
			if len(cells) == width {
				rows = append(rows, joinRow(ps[first:k+1], cells))
				cells, first = nil, k+1
			}
		}
		if k == len(ps) && len(cells) >= 2 {
			// The text ends inside a row: a page cut short, read as far
			// as it goes.
			rows = append(rows, joinRow(ps[first:k], cells))
			first = k
		}
		if len(rows) < 2 && !(len(rows) == 1 && first == len(ps)) {
			continue
		}
		out = append(out, rows...)
		i = first - 1
	}
	return out
}

// joinRow makes one paragraph of a row's cells, the paragraphs ps it
// took.
func joinRow(ps []para, cells []string) para {
	row := ps[0]
	row.last = ps[len(ps)-1].last
	row.raw = strings.Join(cells, " | ") + " |"
	row.line.Text = row.raw
	return row
}

// cellRule is the rule under a pipe table's header ("|---|---|", "---|:---:"),
// ruleDashes one column's dashes in it.
var (
	cellRule   = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	ruleDashes = regexp.MustCompile(`-{3,}`)
)
