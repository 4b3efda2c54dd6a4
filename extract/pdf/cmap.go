package pdf

import (
	"unicode/utf16"

	lpdf "github.com/ledongthuc/pdf"
)

// maxCmapEntries bounds what one ToUnicode cmap may map.
const maxCmapEntries = 1 << 17

// readToUnicode reads a font's ToUnicode cmap into code → text. The library
// decodes with the font's /Encoding first and the cmap only when there is
// none, and does not use the cmap of a composite font whose encoding is a
// named or embedded CMap; the cmap is the one the spec makes authoritative
// for text, so it is read here and consulted first. A cmap that cannot be
// decoded gives nil: the font falls back to its encoding. The bytes decoded
// and the entries read, ranges expanded, are counted in b: a limit reached
// is the error.
func readToUnicode(strm lpdf.Value, b *budget) (m map[int]string, err error) {
	if strm.Kind() != lpdf.Stream {
		return nil, nil
	}
	defer func() {
		if recover() != nil {
			m = nil
		}
	}()
	data, err := readContent(strm, nil, maxContentBytes)
	if err != nil {
		return nil, nil
	}
	if err := b.decoded.Add(len(data)); err != nil {
		return nil, err
	}
	m = map[int]string{}
	lx := newLexer(data)
	for {
		op, args, ok := lx.next()
		if !ok {
			return m, nil
		}
		// Each block's entries are the operands of its end operator.
		switch string(op) {
		case "endbfchar":
			if err := b.fontEntries.Add(len(args) / 2); err != nil {
				return m, err
			}
			for i := 0; i+1 < len(args) && len(m) < maxCmapEntries; i += 2 {
				m[code(args[i].b)] = utf16be(args[i+1].b)
			}
		case "endbfrange":
			for i := 0; i+2 < len(args); i += 3 {
				lo, hi, dst := code(args[i].b), code(args[i+1].b), args[i+2]
				if err := b.fontEntries.Add(min(max(0, hi-lo+1), 1<<16)); err != nil {
					return m, err
				}
				for c := lo; c <= hi && c-lo < 1<<16 && len(m) < maxCmapEntries; c++ {
					switch dst.kind {
					case kindArray:
						if c-lo < len(dst.elems) {
							m[c] = utf16be(dst.elems[c-lo].b)
						}
					case kindString:
						u := utf16.Decode(units(dst.b))
						if len(u) > 0 {
							u[len(u)-1] += rune(c - lo)
						}
						m[c] = string(u)
					}
				}
			}
		}
	}
}

// code reads a big-endian character code.
func code(s []byte) int {
	c := 0
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | int(s[i])
	}
	return c
}

func units(s []byte) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

func utf16be(s []byte) string { return string(utf16.Decode(units(s))) }
