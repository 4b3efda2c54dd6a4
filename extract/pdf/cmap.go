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
// for text, so it is read here and consulted first.
//
// scratch is any dictionary: the cmap program's "findresource begin" needs
// one on the stack, and the library offers no way to make one.
func readToUnicode(strm, scratch lpdf.Value) (m map[int]string) {
	if strm.Kind() != lpdf.Stream || scratch.Kind() != lpdf.Dict {
		return nil
	}
	defer func() {
		if recover() != nil {
			m = nil // a broken cmap: fall back to the font's encoding
		}
	}()
	m = map[int]string{}
	n := 0
	lpdf.Interpret(strm, func(stk *lpdf.Stack, op string) {
		switch op {
		case "findresource":
			stk.Pop()
			stk.Pop()
			stk.Push(scratch)
		case "defineresource": // key value category → value
			stk.Pop()
			v := stk.Pop()
			stk.Pop()
			stk.Push(v)
		case "beginbfchar", "beginbfrange", "begincodespacerange":
			n = int(stk.Pop().Int64())
		case "endbfchar":
			for i := 0; i < n && stk.Len() >= 2; i++ {
				dst, src := stk.Pop(), stk.Pop()
				if len(m) < maxCmapEntries {
					m[code(src.RawString())] = utf16be(dst.RawString())
				}
			}
		case "endbfrange":
			for i := 0; i < n && stk.Len() >= 3; i++ {
				dst, hi, lo := stk.Pop(), code(stk.Pop().RawString()), code(stk.Pop().RawString())
				for c := lo; c <= hi && c-lo < 1<<16 && len(m) < maxCmapEntries; c++ {
					switch dst.Kind() {
					case lpdf.Array:
						m[c] = utf16be(dst.Index(c - lo).RawString())
					case lpdf.String:
						u := utf16.Decode(units(dst.RawString()))
						if len(u) > 0 {
							u[len(u)-1] += rune(c - lo)
						}
						m[c] = string(u)
					}
				}
			}
		case "endcodespacerange":
			for i := 0; i < 2*n && stk.Len() > 0; i++ {
				stk.Pop()
			}
		}
	})
	return m
}

// code reads a big-endian character code.
func code(s string) int {
	c := 0
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | int(s[i])
	}
	return c
}

func units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

func utf16be(s string) string { return string(utf16.Decode(units(s))) }
