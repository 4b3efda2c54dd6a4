package pdf

import (
	"errors"
	"io"

	lpdf "github.com/ledongthuc/pdf"
)

// errUnterminatedHex is a stream that ends inside a hex string. The
// library's lexer would loop for ever on it (readHexString takes the end of
// input for white space and never sees a '>'), so such streams are refused
// before they are interpreted.
var errUnterminatedHex = errors.New("stream ends inside a hex string")

// checkStream reads a stream (or an array of streams, read as one) and
// reports whether the lexer could hang on it. The cost is a second decode.
func checkStream(v lpdf.Value) error {
	var parts []lpdf.Value
	if v.Kind() == lpdf.Array {
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, v.Index(i))
		}
	} else {
		parts = []lpdf.Value{v}
	}
	hex := false // inside "<…" with only hex digits and white space since
	buf := make([]byte, 32<<10)
	for _, p := range parts {
		if p.Kind() != lpdf.Stream {
			continue
		}
		rd := p.Reader()
		for {
			n, err := rd.Read(buf)
			for _, c := range buf[:n] {
				switch {
				case hex:
					hex = c != '>' && (isHexDigit(c) || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0)
				case c == '<':
					hex = true
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				rd.Close()
				return err
			}
		}
		rd.Close()
	}
	if hex {
		return errUnterminatedHex
	}
	return nil
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
