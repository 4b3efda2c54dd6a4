package pdf

import (
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/councilactions/councilactions/extract/pdf/stdfont"
)

// fontInfo is what layout needs of a font: how to decode its codes, how wide
// each glyph is, whether it is bold.
type fontInfo struct {
	name    string
	bold    bool
	twoByte bool
	enc     lpdf.TextEncoding
	family  stdfont.Family
	// Simple fonts: widths from FirstChar. Composite: cid widths and default.
	first  int
	widths []float64
	cidW   map[int]float64
	dw     float64
	scale  float64 // Type3 glyph space to thousandths
	known  bool    // the font carries widths
	decode map[int]string
	cmap   map[int]string // the ToUnicode cmap, consulted first
}

// loadFont reads a font dictionary. A font whose dictionary or cmap is
// malformed degrades to raw bytes and estimated widths rather than failing
// the page.
//
// The widths and cmap entries read are counted in b, ranges expanded, since
// ranges may overlap: a limit reached is the error, with the font as read.
func loadFont(v lpdf.Value, b *budget) (f *fontInfo, err error) {
	f = &fontInfo{decode: map[int]string{}, scale: 1}
	defer func() {
		if recover() != nil {
			f.enc = nil
		}
	}()
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[i+1:]
	}
	f.name = base
	f.family = stdfont.FamilyOf(base)
	desc := v.Key("FontDescriptor")
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		desc = d.Key("FontDescriptor")
		f.dw = 1000
		if dw := d.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = map[int]float64{}
		w := d.Key("W")
		// Codes are at most two bytes: a W array naming more is malformed.
		for i := 0; i < w.Len() && len(f.cidW) <= 1<<16; {
			c := int(w.Index(i).Int64())
			if i+1 < w.Len() && w.Index(i+1).Kind() == lpdf.Array {
				a := w.Index(i + 1)
				if err = b.fontEntries.Add(a.Len()); err != nil {
					return f, err
				}
				for j := 0; j < a.Len(); j++ {
					f.cidW[c+j] = a.Index(j).Float64()
				}
				i += 2
				continue
			}
			if i+2 < w.Len() {
				last := int(w.Index(i + 1).Int64())
				wd := w.Index(i + 2).Float64()
				if err = b.fontEntries.Add(min(max(0, last-c+1), 65536)); err != nil {
					return f, err
				}
				for c2 := c; c2 <= last && c2-c < 65536; c2++ {
					f.cidW[c2] = wd
				}
			}
			i += 3
		}
		f.known = true
	} else {
		f.first = int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		if err = b.fontEntries.Add(ws.Len()); err != nil {
			return f, err
		}
		f.widths = make([]float64, ws.Len())
		for i := range f.widths {
			f.widths[i] = ws.Index(i).Float64()
		}
		f.known = len(f.widths) > 0
		if v.Key("Subtype").Name() == "Type3" {
			if fm := v.Key("FontMatrix"); fm.Len() == 6 {
				f.scale = fm.Index(0).Float64() * 1000
			}
		}
	}
	lower := strings.ToLower(base)
	f.bold = strings.Contains(lower, "bold") || strings.Contains(lower, "black") ||
		strings.Contains(lower, "heavy") || strings.Contains(lower, "semibold") || strings.Contains(lower, "demi") ||
		desc.Key("FontWeight").Float64() >= 600 || desc.Key("Flags").Int64()&(1<<18) != 0
	if f.cmap, err = readToUnicode(v.Key("ToUnicode"), b); err != nil {
		return f, err
	}
	font := lpdf.Font{V: v}
	f.enc = font.Encoder()
	return f, nil
}

// text decodes one character code.
func (f *fontInfo) text(code int, raw []byte) string {
	if s, ok := f.decode[code]; ok {
		return s
	}
	s := f.decodeRaw(raw)
	f.decode[code] = s
	return s
}

func (f *fontInfo) decodeRaw(raw []byte) (s string) {
	defer func() {
		if recover() != nil {
			s = latin1(raw)
		}
	}()
	if t, ok := f.cmap[code(raw)]; ok {
		s = t
	} else if f.enc == nil {
		return latin1(raw)
	} else {
		s = f.enc.Decode(string(raw))
	}
	// Replacement runes and controls carry no text.
	s = strings.Map(func(r rune) rune {
		if r == '\ufffd' || r < 32 && r != '\t' {
			return -1
		}
		if r == '\u00a0' || r == '\t' {
			return ' '
		}
		return r
	}, s)
	return ligatures.Replace(s)
}

// ligatures expands the Latin ligature glyphs that fonts map a ligature to
// (Word, InDesign and LaTeX set "fi" as one glyph): the text is the letters.
//
// Word's bullets in the Symbol and Wingdings fonts come out at their
// private-use code points (U+F0B7, U+F0A7): they read as the bullets they
// show.
var ligatures = strings.NewReplacer("\uf0b7", "•", "\uf0a7", "▪", "\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

func latin1(raw []byte) string {
	r := make([]rune, len(raw))
	for i := 0; i < len(raw); i++ {
		r[i] = rune(raw[i])
	}
	return string(r)
}

// width returns the advance of code in thousandths of the font size.
func (f *fontInfo) width(code int, s string) float64 {
	if f.twoByte {
		if w, ok := f.cidW[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; f.known && i >= 0 && i < len(f.widths) {
		return f.widths[i] * f.scale
	}
	// No /Widths (standard-14 fonts): estimate from the standard metrics.
	if s == "" {
		return 0
	}
	var w float64
	for _, r := range s {
		w += stdfont.Width(f.family, f.bold, r)
	}
	return w
}
