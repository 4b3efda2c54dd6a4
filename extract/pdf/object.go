package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
)

// A small parser of PDF objects as they sit in the file, for the checks
// made before the library opens it (xref.go) and for decryption
// (crypt.go). Values are nil, bool, int64, float64, pname, string (a
// string's bytes), []any, pdict and pref.
type (
	pname string
	pdict map[pname]any
	pref  struct{ num, gen int64 }
)

// maxNesting bounds arrays and dictionaries inside one another.
const maxNesting = 64

var errSyntax = errors.New("bad object syntax")

// scanner reads objects from data starting at pos.
type scanner struct {
	data []byte
	pos  int
}

func (s *scanner) skipSpace() {
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case isSpace(c):
			s.pos++
		case c == '%':
			for s.pos < len(s.data) && s.data[s.pos] != '\n' && s.data[s.pos] != '\r' {
				s.pos++
			}
		default:
			return
		}
	}
}

// keyword reads a run of regular characters ("obj", "R", "12").
func (s *scanner) keyword() string {
	s.skipSpace()
	start := s.pos
	for s.pos < len(s.data) && !isSpace(s.data[s.pos]) && !isDelim(s.data[s.pos]) {
		s.pos++
	}
	return string(s.data[start:s.pos])
}

// integer reads a non-negative integer token, or fails leaving pos alone.
func (s *scanner) integer() (int64, bool) {
	save := s.pos
	k := s.keyword()
	n, err := strconv.ParseInt(k, 10, 64)
	if err != nil || n < 0 || k[0] == '+' {
		s.pos = save
		return 0, false
	}
	return n, true
}

// value reads one object: a reference "12 0 R" is read as a pref.
func (s *scanner) value(depth int) (any, error) {
	if depth > maxNesting {
		return nil, fmt.Errorf("objects nested over %d deep", maxNesting)
	}
	s.skipSpace()
	if s.pos >= len(s.data) {
		return nil, errSyntax
	}
	switch c := s.data[s.pos]; {
	case c == '/':
		return s.name(), nil
	case c == '(':
		return s.literal(), nil
	case c == '<' && s.pos+1 < len(s.data) && s.data[s.pos+1] == '<':
		return s.dict(depth)
	case c == '<':
		return s.hexString(), nil
	case c == '[':
		s.pos++
		var a []any
		for {
			s.skipSpace()
			if s.pos >= len(s.data) {
				return nil, errSyntax
			}
			if s.data[s.pos] == ']' {
				s.pos++
				return a, nil
			}
			v, err := s.value(depth + 1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
	case c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.':
		if n, ok := s.integer(); ok {
			// "12 0 R" is a reference; anything else leaves the number.
			save := s.pos
			if g, ok := s.integer(); ok && s.keyword() == "R" {
				return pref{n, g}, nil
			}
			s.pos = save
			return n, nil
		}
		k := s.keyword()
		if n, err := strconv.ParseInt(k, 10, 64); err == nil {
			return n, nil
		}
		f, err := strconv.ParseFloat(k, 64)
		if err != nil {
			return nil, fmt.Errorf("bad number %.20q", k)
		}
		return f, nil
	}
	switch k := s.keyword(); k {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	case "":
		return nil, fmt.Errorf("unexpected %q", s.data[s.pos])
	default:
		return nil, fmt.Errorf("unexpected %.20q", k)
	}
}

// name, hexString and literal read with the content lexer's rules, from
// after the first byte.
func (s *scanner) name() pname { return pname(s.lex((*lexer).name)) }

func (s *scanner) hexString() string { return s.lex((*lexer).hex) }

func (s *scanner) literal() string { return s.lex((*lexer).literal) }

func (s *scanner) lex(read func(*lexer) []byte) string {
	lx := &lexer{data: s.data, pos: s.pos + 1}
	b := read(lx)
	s.pos = lx.pos
	return string(b)
}

func (s *scanner) dict(depth int) (pdict, error) {
	s.pos += 2 // "<<"
	d := pdict{}
	for {
		s.skipSpace()
		if s.pos+1 < len(s.data) && s.data[s.pos] == '>' && s.data[s.pos+1] == '>' {
			s.pos += 2
			return d, nil
		}
		if s.pos >= len(s.data) || s.data[s.pos] != '/' {
			return nil, errors.New("dictionary key is not a name")
		}
		k := s.name()
		v, err := s.value(depth + 1)
		if err != nil {
			return nil, err
		}
		d[k] = v
	}
}

// indirect is an object definition "num gen obj … endobj" read at an offset;
// for a stream, data is where its bytes start, else -1.
type indirect struct {
	num, gen int64
	v        any
	data     int
}

// readIndirect reads the object defined at off.
func readIndirect(data []byte, off int64) (indirect, error) {
	if off < 0 || off >= int64(len(data)) {
		return indirect{}, fmt.Errorf("offset %d outside the file", off)
	}
	s := &scanner{data: data, pos: int(off)}
	num, ok1 := s.integer()
	gen, ok2 := s.integer()
	if !ok1 || !ok2 || s.keyword() != "obj" {
		return indirect{}, fmt.Errorf("no object at offset %d", off)
	}
	v, err := s.value(0)
	if err != nil {
		return indirect{}, fmt.Errorf("object %d at offset %d: %w", num, off, err)
	}
	o := indirect{num: num, gen: gen, v: v, data: -1}
	if _, ok := v.(pdict); ok {
		save := s.pos
		if s.keyword() == "stream" {
			// The keyword ends with CR LF or LF (a lone CR is tolerated).
			if bytes.HasPrefix(s.data[s.pos:], []byte("\r\n")) {
				s.pos += 2
			} else if s.pos < len(s.data) && (s.data[s.pos] == '\n' || s.data[s.pos] == '\r') {
				s.pos++
			}
			o.data = s.pos
		} else {
			s.pos = save
		}
	}
	return o, nil
}

// Accessors that read a value as a type, zero when it is not one.

func (d pdict) int(k pname) (int64, bool) {
	n, ok := d[k].(int64)
	return n, ok
}

func (d pdict) name(k pname) pname {
	n, _ := d[k].(pname)
	return n
}

func (d pdict) dict(k pname) pdict {
	v, _ := d[k].(pdict)
	return v
}

func (d pdict) str(k pname) string {
	v, _ := d[k].(string)
	return v
}
