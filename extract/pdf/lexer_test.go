package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// show renders what the lexer reads, one operator a line: operands then
// the operator, numbers as %g, names with a slash, strings quoted, arrays
// bracketed, anything else as "?".
func lexShow(content string) string {
	var out []string
	lx := newLexer([]byte(content))
	for {
		op, args, ok := lx.next()
		if !ok {
			break
		}
		var parts []string
		for _, a := range args {
			parts = append(parts, operandString(a))
		}
		out = append(out, strings.Join(append(parts, string(op)), " "))
	}
	return strings.Join(out, "\n")
}

func operandString(o operand) string {
	switch o.kind {
	case kindNumber:
		return fmt.Sprintf("%g", o.num)
	case kindName:
		return "/" + string(o.b)
	case kindString:
		return fmt.Sprintf("%q", o.b)
	case kindArray:
		var parts []string
		for _, e := range o.elems {
			parts = append(parts, operandString(e))
		}
		return "[" + strings.Join(parts, " ") + "]"
	}
	return "?"
}

func TestLexer(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"numbers", "1 -2 +3.5 .25 -.5 4. cm", "1 -2 3.5 0.25 -0.5 4 cm"},
		{"malformed numbers read as far as they go", "--3 1.2.3 4-5 Td", "3 1.2 4 Td"},
		{"names with #xx", "/F1 12 Tf /A#20B BMC", "/F1 12 Tf\n/A B BMC"},
		{"literal escapes", `(a\(b\)c\\d\n\101\7x) Tj`, `"a(b)c\\d\nA\ax" Tj`},
		{"balanced parentheses", "(f(o)o) Tj", `"f(o)o" Tj`},
		{"line continuation and CRLF", "(ab\\\r\ncd\r\nef) Tj", `"abcd\nef" Tj`},
		{"hex with space and odd digit", "<48 65 6C6C 6F2> Tj", `"Hello " Tj`},
		{"TJ array with kerning", "[(Keep) -250 (going)] TJ", `["Keep" -250 "going"] TJ`},
		{"nested arrays stay contiguous", "[1 [2 3] 4] [5] d", "[1 [2 3] 4] [5] d"},
		{"hex strings inside nested dictionaries", "/Span <</A <</B <0a>>> /C 1 >> BDC", "/Span ? BDC"},
		{"dictionary operands are skipped", "/Span <</ActualText (x>>y) /N <<>> >> BDC EMC", "/Span ? BDC\nEMC"},
		{"comments", "% a comment (not a string\n1 0 0 1 0 0 cm", "1 0 0 1 0 0 cm"},
		{"inline image data is skipped", "q BI /W 2 /H 2 ID \x00EI\xffBT\n EI Q", "q\nBI\nQ"},
		{"booleans and null", "true false null op", "? ? ? op"},
		{"stray delimiters", ") > ] } { Q", "Q"},
		{"unterminated hex ends at the end", "(Hi) Tj <0A1B", `"Hi" Tj`},
		{"unterminated string ends at the end", "(Hi", ""},
		{"unterminated array ends at the end", "[(a) 1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lexShow(tt.in); got != tt.want {
				t.Errorf("lexed %q as\n%s\nwant\n%s", tt.in, got, tt.want)
			}
		})
	}
}

// TestLexerDeepArrays: nesting beyond the bound is skipped, not recursed.
func TestLexerDeepArrays(t *testing.T) {
	in := strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + " 1 Tw"
	want := strings.Repeat("[", maxArrayDepth) + "?" + strings.Repeat("]", maxArrayDepth) + " 1 Tw"
	if got := lexShow(in); got != want {
		t.Errorf("got %q", got)
	}
}

// FuzzLexer: any bytes lex to the end without panicking, every operator
// is consumed, and operands never point outside their buffers.
func FuzzLexer(f *testing.F) {
	for _, s := range []string{
		"BT /F1 10 Tf 72 700 Td (Page text) Tj ET",
		"[(Keep) -250 (going)] TJ <0A1B",
		"/Artifact <</Type /Pagination>> BDC q BI /W 1 ID x EI Q",
		"1 beginbfchar <01> <0041> endbfchar 1 beginbfrange <02> <04> [<0042> <0043>] endbfrange",
	} {
		f.Add([]byte(s))
	}
	// The fixtures' content is compressed; their raw bytes still make a
	// varied start for the fuzzer.
	files, _ := filepath.Glob("../../fixtures/pdf/*.pdf")
	for _, p := range files[:min(len(files), 3)] {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b[:min(len(b), 4096)])
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lx := newLexer(data)
		for steps := 0; ; steps++ {
			before := lx.pos
			op, args, ok := lx.next()
			if !ok {
				break
			}
			if lx.pos <= before && len(op) > 0 {
				t.Fatalf("operator %q at %d did not advance", op, before)
			}
			for _, a := range args {
				_ = operandString(a)
			}
			if steps > len(data)+1 {
				t.Fatalf("%d operators from %d bytes", steps, len(data))
			}
		}
	})
}

// TestOperandLimit: operands no operator could take (a million numbers, an
// array of a million) are dropped rather than held: memory stays bounded,
// and the operator after them still comes out with its own.
func TestOperandLimit(t *testing.T) {
	content := strings.Repeat("1 ", 1_000_000) + "(a) Tj [" + strings.Repeat("0 ", 1_000_000) + "(b)] TJ"
	lx := newLexer([]byte(content))
	op, args, ok := lx.next()
	if !ok || string(op) != "Tj" || len(args) == 0 || len(args) > maxOperands || string(args[len(args)-1].b) != "a" {
		t.Fatalf("first operator %q with %d operands", op, len(args))
	}
	op, args, ok = lx.next()
	if !ok || string(op) != "TJ" || len(args) != 1 || len(args[0].elems) != maxOperands {
		t.Fatalf("second operator %q, %d operands", op, len(args))
	}
	if len(lx.items) > maxOperands || cap(lx.args) > 2*maxOperands {
		t.Errorf("buffers hold %d items, room for %d operands", len(lx.items), cap(lx.args))
	}
}

// TestFontRef: fonts are shared across pages by the reference their
// resources name them with; a font written in place is named by the whole
// dictionary.
func TestFontRef(t *testing.T) {
	for _, c := range [][3]string{
		{"<</F1 5 0 R /F10 7 0 R>>", "F1", "5 0 R"},
		{"<</F1 5 0 R /F10 7 0 R>>", "F10", "7 0 R"},
		{"<</F2 <</Type /Font>> >>", "F2", "<</F2 <</Type /Font>> >> F2"},
		{"<nil>", "F1", "<nil> F1"},
	} {
		if got := fontRef(c[0], c[1]); got != c[2] {
			t.Errorf("fontRef(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
