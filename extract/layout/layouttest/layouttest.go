// Package layouttest shows layout lines compactly and compares them with
// golden files, for the readers' tests.
package layouttest

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

// Show writes a line compactly: "H2 text", "B text", "P text" for running
// text; "T1 | a | ^ | [2]b" for a table row, ^ marking a Spanned cell and
// [n] a Span; a bold row starts "T1b", a visual (non-record) row carries
// "!record".
func Show(l layout.Line) string {
	if l.Cells == nil {
		switch {
		case l.Heading > 0:
			return fmt.Sprintf("H%d %s", l.Heading, l.Text)
		case l.Bold:
			return "B " + l.Text
		}
		return "P " + l.Text
	}
	var b strings.Builder
	fmt.Fprintf(&b, "T%d", l.Table)
	if l.Bold {
		b.WriteString("b")
	}
	if !l.Record {
		b.WriteString("!record")
	}
	for _, c := range l.Cells {
		b.WriteString(" | ")
		if c.Spanned {
			b.WriteString("^")
		}
		if c.Span > 1 {
			fmt.Fprintf(&b, "[%d]", c.Span)
		}
		b.WriteString(c.Text)
	}
	if want := strings.Join(l.CellTexts(), "\t"); l.Text != want {
		fmt.Fprintf(&b, " (Text %q is not the cells joined)", l.Text)
	}
	return b.String()
}

// Dump shows every line of a document, one a line.
func Dump(ld layout.Doc) string {
	var b strings.Builder
	for _, l := range ld.Lines {
		b.WriteString(Show(l))
		b.WriteByte('\n')
	}
	return b.String()
}

// Golden compares got with the golden file, or rewrites it when update is
// set (go test -update).
func Golden(t testing.TB, golden, got string, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run Golden -update)", err)
	}
	if got != string(want) {
		t.Errorf("lines differ from %s (go test -run Golden -update to accept):\n%s", golden, diff(string(want), got))
	}
}

// diff shows the first lines that differ.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			out = append(out, "line "+strconv.Itoa(i+1)+":\n  want "+wl+"\n  got  "+gl)
		}
	}
	return strings.Join(out, "\n")
}

// CheckShape fails t when a reader's document breaks the shape every
// reader promises: a text line with no text, or a table whose rows have
// different numbers of cells. The readers' fuzz targets share it.
func CheckShape(t testing.TB, ld layout.Doc) {
	t.Helper()
	width := map[int]int{}
	for _, l := range ld.Lines {
		if l.Cells == nil {
			if l.Text == "" {
				t.Fatal("empty text line")
			}
			continue
		}
		if w, ok := width[l.Table]; ok && w != len(l.Cells) {
			t.Fatalf("table %d has rows of %d and %d cells", l.Table, w, len(l.Cells))
		}
		width[l.Table] = len(l.Cells)
	}
}
