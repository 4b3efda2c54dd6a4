// Package stdfont holds approximate advance widths of the PDF standard-14
// fonts. PDFs that use them need not carry /Widths, so a reader must know the
// widths to place glyphs; the fixture writer uses the same figures to wrap text.
package stdfont

import "strings"

// Family is a standard-14 font family.
type Family int

// Families; Helvetica also stands for Arial and unknown sans fonts.
const (
	Helvetica Family = iota
	Times
	Courier
)

// FamilyOf guesses the family from a BaseFont name.
func FamilyOf(baseFont string) Family {
	f := strings.ToLower(baseFont)
	switch {
	case strings.Contains(f, "courier") || strings.Contains(f, "mono"):
		return Courier
	case strings.Contains(f, "times") || strings.Contains(f, "roman") || strings.Contains(f, "serif") && !strings.Contains(f, "sans"):
		return Times
	}
	return Helvetica
}

// helvetica holds Helvetica's widths for the printable ASCII range 32–126, in
// thousandths of the font size.
var helvetica = [95]uint16{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0–9
	278, 278, 584, 584, 584, 556, 1015, // : … @
	667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A–M
	722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N–Z
	278, 278, 278, 469, 556, 333, // [ … `
	556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a–m
	556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n–z
	334, 260, 334, 584, // { … ~
}

// Width returns the advance width of r in thousandths of the font size.
// Bold faces are about 5% wider; Times is about 10% narrower than Helvetica.
func Width(fam Family, bold bool, r rune) float64 {
	if fam == Courier {
		return 600
	}
	var w float64
	switch {
	case r >= 32 && r <= 126:
		w = float64(helvetica[r-32])
	case r == '–' || r == '‘' || r == '’':
		w = 556
		if r != '–' {
			w = 222
		}
	case r == '—':
		w = 1000
	case r == '“' || r == '”':
		w = 333
	case r == '£' || r == '€':
		w = 556
	default:
		w = 556
	}
	if bold {
		w *= 1.05
	}
	if fam == Times {
		w *= 0.9
	}
	return w
}

// StringWidth returns the width of s in points at the given size.
func StringWidth(fam Family, bold bool, size float64, s string) float64 {
	var w float64
	for _, r := range s {
		w += Width(fam, bold, r)
	}
	return w * size / 1000
}
