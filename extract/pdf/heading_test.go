package pdf

import (
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/pdf/stdfont"
)

// setLine sets words a space apart from x at size in Helvetica.
func setLine(base, size, x float64, s string) *textLine {
	l := &textLine{base: base, size: size}
	for _, w := range strings.Fields(s) {
		wd := stdfont.StringWidth(stdfont.Helvetica, false, size, w)
		l.words = append(l.words, word{x0: x, x1: x + wd, size: size, text: w})
		x += wd + 0.28*size
	}
	return l
}

// TestWrappedHeading: a heading that wraps onto a second line of the same
// size is one heading; headings that merely follow each other, or a heading
// that stopped short of the right margin, stay apart.
func TestWrappedHeading(t *testing.T) {
	text := setLine
	const title = "Oadby and Wigston Health and Wellbeing Board – Action Plan (updated 17"
	// body is a paragraph line reaching the right margin, which the wrapped
	// title's first line stops short of by less than "June".
	right := text(0, 18, 48, title).x1() + 20
	body := func(base float64) *textLine {
		l := text(base, 10, 48, "The board agreed the plan below and asked for a report on it")
		l.words = append(l.words, word{x0: right - 30, x1: right, size: 10, text: "partners"})
		return l
	}
	// paragraph is enough body text to make 10pt the body size.
	paragraph := []*textLine{body(470), body(458), body(446), body(434)}
	var para []string
	for _, l := range paragraph {
		para = append(para, l.text())
	}
	tests := []struct {
		name  string
		lines []*textLine
		want  []string // the Doc's lines
	}{
		{
			name: "title wraps",
			lines: []*textLine{
				text(520, 18, 48, title),
				text(497, 18, 48, "June 2020)"),
			},
			want: []string{title + " June 2020)"},
		},
		{
			name: "two headings",
			lines: []*textLine{
				text(520, 18, 48, "Action Plan 2020"),
				text(497, 18, 48, "Priority 1 – Housing"),
			},
			want: []string{"Action Plan 2020", "Priority 1 – Housing"},
		},
		{
			name: "headings apart",
			lines: []*textLine{
				text(540, 18, 48, title),
				text(497, 18, 48, "June 2020)"),
			},
			want: []string{title, "June 2020)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg := &page{num: 1, w: 842, h: 595, lines: append(tt.lines, paragraph...)}
			want := append(tt.want, para...)
			doc, _ := analyse([]*page{pg})
			var got []string
			for _, l := range doc.Lines {
				if l.Text != "" { // paragraph breaks are TestParagraphs'
					got = append(got, l.Text)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("lines %q\nwant %q", got, want)
			}
			if doc.Lines[0].Heading == 0 {
				t.Error("first line is no heading")
			}
		})
	}
}
