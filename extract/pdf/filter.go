package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/ascii85"
	"errors"
	"fmt"
	"io"
)

// decodeStream applies a stream's filters to its raw bytes, for the
// structure checks (xref.go): FlateDecode, with or without a PNG predictor,
// and ASCII85Decode, the filters the library reads. At most limit+1 bytes
// come out, so a caller can tell a stream over its limit. A stream cut
// short gives what it decoded and the error.
func decodeStream(raw []byte, d pdict, limit int) ([]byte, error) {
	var filters []any
	var params []any
	switch f := d["Filter"].(type) {
	case nil:
	case pname:
		filters, params = []any{f}, []any{d["DecodeParms"]}
	case []any:
		filters = f
		params, _ = d["DecodeParms"].([]any)
	default:
		return nil, errors.New("bad /Filter")
	}
	out := raw
	for i, f := range filters {
		var p pdict
		if i < len(params) {
			p, _ = params[i].(pdict)
		}
		var err error
		if out, err = decodeOne(out, f, p, limit); err != nil {
			return out, err
		}
	}
	if len(out) > limit+1 {
		out = out[:limit+1]
	}
	return out, nil
}

func decodeOne(in []byte, filter any, p pdict, limit int) ([]byte, error) {
	var rd io.Reader
	switch filter {
	case pname("FlateDecode"), pname("Fl"):
		zr, err := zlib.NewReader(bytes.NewReader(in))
		if err != nil {
			return nil, err
		}
		rd = zr
	case pname("ASCII85Decode"), pname("A85"):
		clean := make([]byte, 0, len(in))
		for _, c := range in {
			if !isSpace(c) {
				clean = append(clean, c)
			}
		}
		clean, _, _ = bytes.Cut(clean, []byte("~>"))
		rd = ascii85.NewDecoder(bytes.NewReader(clean))
	default:
		return nil, fmt.Errorf("unsupported filter %v", filter)
	}
	out, err := io.ReadAll(io.LimitReader(rd, int64(limit)+1))
	if err != nil {
		return out, err
	}
	if pred, _ := p.int("Predictor"); pred >= 10 {
		return unpredict(out, p)
	} else if pred > 1 {
		return nil, fmt.Errorf("unsupported predictor %d", pred)
	}
	return out, nil
}

// unpredict undoes PNG prediction: rows of a filter-type byte, then the
// row's bytes, each predicted from its left, upper or both neighbours.
func unpredict(in []byte, p pdict) ([]byte, error) {
	cols, colors, bits := int64(1), int64(1), int64(8)
	if v, ok := p.int("Columns"); ok {
		cols = v
	}
	if v, ok := p.int("Colors"); ok {
		colors = v
	}
	if v, ok := p.int("BitsPerComponent"); ok {
		bits = v
	}
	if cols < 1 || colors < 1 || bits < 1 || cols > 1<<16 || colors > 32 || bits > 16 {
		return nil, errors.New("bad predictor parameters")
	}
	bpp := int(max(1, (colors*bits+7)/8))
	rowLen := int((cols*colors*bits + 7) / 8)
	prev := make([]byte, rowLen)
	out := make([]byte, 0, len(in)/(rowLen+1)*rowLen)
	for len(in) >= rowLen+1 {
		typ, row := in[0], in[1:rowLen+1]
		in = in[rowLen+1:]
		for i := range row {
			var left, upLeft byte
			if i >= bpp {
				left, upLeft = row[i-bpp], prev[i-bpp]
			}
			up := prev[i]
			switch typ {
			case 0:
			case 1:
				row[i] += left
			case 2:
				row[i] += up
			case 3:
				row[i] += byte((int(left) + int(up)) / 2)
			case 4:
				row[i] += paeth(left, up, upLeft)
			default:
				return nil, fmt.Errorf("bad PNG row filter %d", typ)
			}
		}
		out = append(out, row...)
		prev = row
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
