package narrative

// Prose copied from a table: the columns and cells a paper's text kept
// without a rule, and the paragraphs cut from them.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// proseColumns finds the tables no rule used – a minutes table of "Minute
// No. | Minute", a decision sheet – and maps each of their rows to the
// column that holds the prose: the one with the most text in the table.
func proseColumns(ld layout.Doc, used []bool) map[int]int {
	out := map[int]int{}
	for i := 0; i < len(ld.Lines); {
		if !unusedRow(ld, used, i) {
			i++
			continue
		}
		// One table is a run of unused rows with the same table number.
		j := i
		var width []int
		for ; j < len(ld.Lines) && unusedRow(ld, used, j) && ld.Lines[j].Table == ld.Lines[i].Table; j++ {
			for c, cell := range ld.Lines[j].Cells {
				for len(width) <= c {
					width = append(width, 0)
				}
				width[c] += len(cell.Text)
			}
		}
		col := 0
		for c := range width {
			if width[c] > width[col] {
				col = c
			}
		}
		for k := i; k < j; k++ {
			// Rows may be shorter than the table (text rows all share
			// table 0): a row without the column reads its widest cell.
			if !isHeaderRow(ld.Lines[k]) {
				out[k] = min(col, widestCell(ld.Lines[k], col))
			}
		}
		i = j
	}
	return out
}

func unusedRow(ld layout.Doc, used []bool, i int) bool {
	return ld.Lines[i].IsTable() && !(i < len(used) && used[i]) && !ld.Lines[i].Furniture
}

// isHeaderRow: column names ("Minute No.", "Decision"), short and without a
// sentence, which read as a bare "Decision" lead-in if taken as prose.
func isHeaderRow(l layout.Line) bool {
	for _, c := range l.Cells {
		if len(strings.Fields(c.Text)) > 4 || strings.HasSuffix(strings.TrimSpace(c.Text), ".") && len(c.Text) > 4 {
			return false
		}
	}
	return true
}

// widestCell is col when the row has it, else the row's widest cell.
func widestCell(l layout.Line, col int) int {
	if col < len(l.Cells) {
		return col
	}
	best := 0
	for c, cell := range l.Cells {
		if len(cell.Text) > len(l.Cells[best].Text) {
			best = c
		}
	}
	return best
}

// cellBreak finds where a cell that ran its paragraphs together starts a
// new one: at a lettered or numbered point, a RESOLVED in capitals or a
// "Recommendation 6a -".
var cellBreak = lazyre.New(`\s(?:\((?:[ivxlc]{1,6}|[a-z]|\d{1,2})\)\s+[A-Z]|(?:RESOLVED|AGREED|DECIDED)\b|Recommendation\s+\d{1,3}[a-z]?\s*[-–—:]|(?:Decisions?|Minutes)\s*:\s)`)

// cellLabel is a ModernGov block label that heads a run of a cell's text:
// it stands as a paragraph of its own, as it does on the page.
var cellLabel = lazyre.New(`^(?:Decisions?|Minutes)\s*:\s*`)

// cellParagraphs reads a row's prose cell as paragraphs; one without a
// number of its own takes the row's first cell ("46") as its ref.
// onlyCell: l has text in column col and nowhere else.
func onlyCell(l layout.Line, col int) bool {
	for c, cell := range l.Cells {
		if c != col && strings.TrimSpace(cell.Text) != "" {
			return false
		}
	}
	return true
}

func cellParagraphs(l layout.Line, col int) []paragraph {
	text := clean.Space(l.Cells[col].Text)
	ref := ""
	if col > 0 {
		if first := clean.Space(l.Cells[0].Text); len(first) <= 12 && !strings.Contains(first, " ") {
			ref = strings.TrimSuffix(first, ".")
		}
	}
	var out []paragraph
	for text != "" {
		end := len(text)
		if loc := cellBreak.FindStringIndex(text[1:]); loc != nil {
			end = loc[0] + 2
		}
		chunk := strings.TrimSpace(text[:end])
		if m := cellLabel.FindString(chunk); m != "" && len(m) < len(chunk) {
			out = append(out, finish(paragraph{text: strings.TrimSpace(m), page: l.Page}))
			chunk = strings.TrimSpace(chunk[len(m):])
		}
		p := finish(paragraph{text: chunk, page: l.Page})
		if p.marker == "" {
			p.marker = ref
		}
		out = append(out, p)
		text = strings.TrimSpace(text[end:])
	}
	return out
}

// endsInTag: the paragraph so far ends in "ACTION:", or in "Action: Name"
// when the next line is bold (the tag's name set on its own line).
func endsInTag(t string, bold bool) bool {
	if !strings.Contains(strings.ToLower(t), "action") {
		return false
	}
	return bareTag.MatchString(t) || bold && openTag.MatchString(t)
}

// startsLower: text that opens with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// statusAlone: a line that is only how an action stands ("COMPLETED",
// "ONGOING – CHASE UP"), which a page wrapped under the point it closes:
// the point's last words, not the line after the points.
func statusAlone(text string) bool {
	l := logStatus.FindStringIndex(". " + text)
	return l != nil && l[0] == 0
}
