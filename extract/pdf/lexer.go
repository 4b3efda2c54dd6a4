package pdf

import (
	"bytes"
	"fmt"
	"io"

	lpdf "github.com/ledongthuc/pdf"
)

// Content streams and cmaps are tokenised here rather than by the library's
// Interpret: that one allocates a Value per operand, loops for ever on a
// stream that ends inside a hex string, and was two fifths of the reader's
// time. This lexer works on the decoded bytes in place, never goes
// backwards, and keeps its operands in buffers reused from one operator to
// the next.

// kind is an operand's type, as far as the interpreters care.
type kind uint8

const (
	kindOther  kind = iota // booleans, null, dictionaries, stray delimiters
	kindNumber             // integer or real
	kindName               // /Name, without the slash, #xx decoded
	kindString             // (literal) or <hex>, decoded to bytes
	kindArray              // [ … ]
)

// operand is one operand of an operator. b and elems point into the
// lexer's buffers and stay valid until the next call to next.
type operand struct {
	kind  kind
	num   float64
	b     []byte
	elems []operand
}

// name returns the operand as a name, or "" when it is not one.
func (o operand) name() string {
	if o.kind != kindName {
		return ""
	}
	return string(o.b)
}

// maxArrayDepth bounds nested arrays, which content never needs deep, and
// maxOperands the operands and array elements one operator may collect: a
// cmap's block holds at most a few hundred (the spec says 100).
const (
	maxArrayDepth = 16
	maxOperands   = 1 << 16
)

// lexer reads operators with their operands from decoded content.
type lexer struct {
	data  []byte
	pos   int
	args  []operand
	elems []operand // array elements, gathered then copied out (see array)
	items []operand // arrays' elements, for operand.elems
	strs  []byte    // names' and strings' bytes, for operand.b
}

func newLexer(data []byte) *lexer { return &lexer{data: data} }

// reset makes the lexer read data, keeping its buffers.
func (lx *lexer) reset(data []byte) { lx.data, lx.pos = data, 0 }

// next returns the next operator and its operands; ok is false at the end.
func (lx *lexer) next() (op []byte, args []operand, ok bool) {
	lx.args, lx.items, lx.strs, lx.elems = lx.args[:0], lx.items[:0], lx.strs[:0], lx.elems[:0]
	for {
		o, keyword, more := lx.token(0)
		if !more {
			return nil, lx.args, false
		}
		if keyword != nil {
			if string(keyword) == "BI" {
				lx.skipInlineImage()
			}
			return keyword, lx.args, true
		}
		lx.args = append(lx.args, o)
		if len(lx.args) > maxOperands || len(lx.items) > maxOperands {
			// No operator takes so many: what came before is garbage,
			// dropped so that memory stays bounded.
			lx.args, lx.items, lx.strs = lx.args[:0], lx.items[:0], lx.strs[:0]
		}
	}
}

// token reads one operand, or a keyword (an operator, or true/false/null
// which are returned as kindOther operands).
func (lx *lexer) token(depth int) (o operand, keyword []byte, ok bool) {
	d := lx.data
	for {
		lx.skipSpace()
		if lx.pos >= len(d) {
			return operand{}, nil, false
		}
		c := d[lx.pos]
		switch {
		case c == '/':
			lx.pos++
			return operand{kind: kindName, b: lx.name()}, nil, true
		case c == '(':
			lx.pos++
			return operand{kind: kindString, b: lx.literal()}, nil, true
		case c == '<' && lx.pos+1 < len(d) && d[lx.pos+1] == '<':
			lx.pos += 2
			lx.skipDict()
			return operand{}, nil, true
		case c == '<':
			lx.pos++
			return operand{kind: kindString, b: lx.hex()}, nil, true
		case c == '[':
			lx.pos++
			return lx.array(depth), nil, true
		case c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9':
			return operand{kind: kindNumber, num: lx.number()}, nil, true
		case isDelim(c):
			// A stray ')', '>', ']', '{' or '}': nothing to read.
			lx.pos++
			if c == ']' && depth > 0 {
				return operand{}, d[lx.pos-1 : lx.pos], true
			}
			continue
		}
		start := lx.pos
		for lx.pos < len(d) && !isSpace(d[lx.pos]) && !isDelim(d[lx.pos]) {
			lx.pos++
		}
		w := d[start:lx.pos]
		switch string(w) {
		case "true", "false", "null":
			return operand{}, nil, true
		}
		return operand{}, w, true
	}
}

// array reads elements up to the closing bracket. Elements of nested
// arrays are gathered on lx.elems and copied to lx.items when their array
// closes, so that an array's elements are contiguous.
func (lx *lexer) array(depth int) operand {
	if depth >= maxArrayDepth {
		lx.skipArray()
		return operand{}
	}
	start := len(lx.elems)
	for {
		o, kw, ok := lx.token(depth + 1)
		if !ok || string(kw) == "]" {
			break
		}
		if kw != nil || len(lx.elems)-start >= maxOperands {
			continue // an operator inside an array is malformed: ignore it; so are elements past the limit
		}
		lx.elems = append(lx.elems, o)
	}
	at := len(lx.items)
	lx.items = append(lx.items, lx.elems[start:]...)
	lx.elems = lx.elems[:start]
	return operand{kind: kindArray, elems: lx.items[at:len(lx.items):len(lx.items)]}
}

func (lx *lexer) skipArray() {
	depth := 1
	for lx.pos < len(lx.data) && depth > 0 {
		switch lx.data[lx.pos] {
		case '[':
			depth++
		case ']':
			depth--
		case '(':
			lx.pos++
			lx.literal()
			continue
		}
		lx.pos++
	}
}

// skipDict passes over an inline dictionary (a marked-content property
// list); the interpreters need none of its entries.
func (lx *lexer) skipDict() {
	depth := 1
	d := lx.data
	for lx.pos < len(d) && depth > 0 {
		switch c := d[lx.pos]; {
		case c == '(':
			lx.pos++
			lx.literal()
			continue
		case c == '<' && lx.pos+1 < len(d) && d[lx.pos+1] == '<':
			depth++
			lx.pos++
		case c == '<':
			// A hex string: its '>' must not be read as half of ">>".
			lx.pos++
			lx.hex()
			continue
		case c == '>' && lx.pos+1 < len(d) && d[lx.pos+1] == '>':
			depth--
			lx.pos++
		}
		lx.pos++
	}
}

func (lx *lexer) skipSpace() {
	d := lx.data
	for lx.pos < len(d) {
		c := d[lx.pos]
		if c == '%' {
			for lx.pos < len(d) && d[lx.pos] != '\n' && d[lx.pos] != '\r' {
				lx.pos++
			}
			continue
		}
		if !isSpace(c) {
			return
		}
		lx.pos++
	}
}

// number reads an integer or real. Malformed numbers ("--3", "1.2.3") read
// as far as they make sense, as viewers do.
func (lx *lexer) number() float64 {
	d := lx.data
	neg := false
	for lx.pos < len(d) && (d[lx.pos] == '+' || d[lx.pos] == '-') {
		neg = neg != (d[lx.pos] == '-')
		lx.pos++
	}
	var v float64
	for lx.pos < len(d) && d[lx.pos] >= '0' && d[lx.pos] <= '9' {
		v = v*10 + float64(d[lx.pos]-'0')
		lx.pos++
	}
	if lx.pos < len(d) && d[lx.pos] == '.' {
		lx.pos++
		scale := 0.1
		for lx.pos < len(d) && d[lx.pos] >= '0' && d[lx.pos] <= '9' {
			v += float64(d[lx.pos]-'0') * scale
			scale /= 10
			lx.pos++
		}
	}
	// Anything else glued on ("1.2.3", "4-5") is dropped up to a delimiter.
	for lx.pos < len(d) && !isSpace(d[lx.pos]) && !isDelim(d[lx.pos]) {
		lx.pos++
	}
	if neg {
		v = -v
	}
	return v
}

func (lx *lexer) name() []byte {
	d := lx.data
	start := len(lx.strs)
	for lx.pos < len(d) && !isSpace(d[lx.pos]) && !isDelim(d[lx.pos]) {
		c := d[lx.pos]
		if c == '#' && lx.pos+2 < len(d) && isHexDigit(d[lx.pos+1]) && isHexDigit(d[lx.pos+2]) {
			c = unhex(d[lx.pos+1])<<4 | unhex(d[lx.pos+2])
			lx.pos += 2
		}
		lx.strs = append(lx.strs, c)
		lx.pos++
	}
	return lx.strs[start:len(lx.strs):len(lx.strs)]
}

// literal reads a (string) after its opening parenthesis: balanced
// parentheses, backslash escapes, octal codes, line continuations.
func (lx *lexer) literal() []byte {
	d := lx.data
	start := len(lx.strs)
	depth := 1
	for lx.pos < len(d) {
		c := d[lx.pos]
		lx.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return lx.strs[start:len(lx.strs):len(lx.strs)]
			}
		case '\r':
			// An end of line in a string reads as \n, whatever it was.
			if lx.pos < len(d) && d[lx.pos] == '\n' {
				lx.pos++
			}
			c = '\n'
		case '\\':
			if lx.pos >= len(d) {
				break
			}
			e := d[lx.pos]
			lx.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if lx.pos < len(d) && d[lx.pos] == '\n' {
					lx.pos++
				}
				continue
			case '\n':
				continue
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v := int(e - '0')
				for k := 0; k < 2 && lx.pos < len(d) && d[lx.pos] >= '0' && d[lx.pos] <= '7'; k++ {
					v = v*8 + int(d[lx.pos]-'0')
					lx.pos++
				}
				c = byte(v)
			default:
				c = e // \( \) \\ and unknown escapes stand for themselves
			}
		}
		lx.strs = append(lx.strs, c)
	}
	return lx.strs[start:len(lx.strs):len(lx.strs)]
}

// hex reads a <hex string> after its '<'. White space is ignored, an odd
// last digit is padded with 0, and the end of the data closes the string.
func (lx *lexer) hex() []byte {
	d := lx.data
	start := len(lx.strs)
	var hi byte
	half := false
	for lx.pos < len(d) {
		c := d[lx.pos]
		lx.pos++
		if c == '>' {
			break
		}
		if !isHexDigit(c) {
			continue
		}
		if half {
			lx.strs = append(lx.strs, hi<<4|unhex(c))
		} else {
			hi = unhex(c)
		}
		half = !half
	}
	if half {
		lx.strs = append(lx.strs, hi<<4)
	}
	return lx.strs[start:len(lx.strs):len(lx.strs)]
}

// skipInlineImage passes over an inline image's dictionary and data: after
// ID, one white-space byte, then data up to an EI that stands alone.
func (lx *lexer) skipInlineImage() {
	d := lx.data
	i := bytes.Index(d[lx.pos:], []byte("ID"))
	if i < 0 {
		lx.pos = len(d)
		return
	}
	lx.pos += i + 3
	for lx.pos < len(d) {
		j := bytes.Index(d[lx.pos:], []byte("EI"))
		if j < 0 {
			lx.pos = len(d)
			return
		}
		at := lx.pos + j
		lx.pos = at + 2
		if at > 0 && isSpace(d[at-1]) && (lx.pos == len(d) || isSpace(d[lx.pos]) || isDelim(d[lx.pos])) {
			return
		}
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// maxContentBytes bounds one page's decoded content, its forms included
// (or one cmap): a few kilobytes of Flate can claim gigabytes, and a page
// may draw one form many times.
const maxContentBytes = 64 << 20

var errContentTooLarge = fmt.Errorf("content stream over %d MiB decoded", maxContentBytes>>20)

// readContent decodes a stream, or an array of streams read as one with
// white space between them, as a page's /Contents may be, into buf; more
// than limit bytes is an error.
func readContent(v lpdf.Value, buf []byte, limit int) ([]byte, error) {
	buf = buf[:0]
	read := func(s lpdf.Value) error {
		if s.Kind() != lpdf.Stream {
			return nil
		}
		rd := s.Reader()
		defer rd.Close()
		w := bytes.NewBuffer(buf)
		_, err := io.Copy(w, io.LimitReader(rd, int64(limit-len(buf)+1)))
		buf = w.Bytes()
		if err != nil {
			return err
		}
		if len(buf) > limit {
			return errContentTooLarge
		}
		buf = append(buf, '\n')
		return nil
	}
	if v.Kind() == lpdf.Array {
		for i := 0; i < v.Len(); i++ {
			if err := read(v.Index(i)); err != nil {
				return buf, err
			}
		}
		return buf, nil
	}
	return buf, read(v)
}
