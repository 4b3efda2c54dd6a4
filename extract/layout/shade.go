package layout

import (
	"strconv"
	"strings"
)

// Progress reports often give a status as a cell's colour alone: red,
// amber, green, and blue for done. Readers that see a cell's fill pass it
// on as Cell.Shade, named as the RAG word a reader of the paper would say;
// the table rules use it only for an empty status cell.

// ShadeOf names a fill colour as a RAG status word — "Red", "Amber",
// "Green" or "Blue" — or "" for pale, grey or other colours (header and
// zebra shading).
func ShadeOf(r, g, b uint8) string {
	hi := max(r, g, b)
	lo := min(r, g, b)
	if hi < 90 || float64(hi-lo) < 0.35*float64(hi) {
		return "" // dark, grey or pale
	}
	var hue float64
	d := float64(hi - lo)
	switch hi {
	case r:
		hue = 60 * (float64(g) - float64(b)) / d
	case g:
		hue = 60 * (2 + (float64(b)-float64(r))/d)
	default:
		hue = 60 * (4 + (float64(r)-float64(g))/d)
	}
	if hue < 0 {
		hue += 360
	}
	switch {
	case hue < 15 || hue >= 340:
		return "Red"
	case hue < 65:
		return "Amber" // orange and yellow both stand for amber
	case hue < 170:
		return "Green"
	case hue >= 195 && hue < 255:
		return "Blue"
	}
	return ""
}

// namedColours are the colour names a paper's HTML uses for RAG cells.
var namedColours = map[string][3]uint8{
	"red": {255, 0, 0}, "darkred": {139, 0, 0}, "orange": {255, 165, 0}, "darkorange": {255, 140, 0},
	"yellow": {255, 255, 0}, "gold": {255, 215, 0}, "amber": {255, 191, 0},
	"green": {0, 128, 0}, "lime": {0, 255, 0}, "limegreen": {50, 205, 50}, "forestgreen": {34, 139, 34},
	"blue": {0, 0, 255}, "royalblue": {65, 105, 225}, "dodgerblue": {30, 144, 255},
}

// ParseColour reads a colour as HTML and Word write it: "#ff0000", "#f00",
// "FF0000" (Word's fill), "rgb(255, 0, 0)" or a name.
func ParseColour(s string) (r, g, b uint8, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if c, found := namedColours[s]; found {
		return c[0], c[1], c[2], true
	}
	if strings.HasPrefix(s, "rgb(") && strings.HasSuffix(s, ")") {
		parts := strings.Split(s[4:len(s)-1], ",")
		if len(parts) != 3 {
			return 0, 0, 0, false
		}
		var v [3]uint8
		for i, p := range parts {
			n, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil || n < 0 || n > 255 {
				return 0, 0, 0, false
			}
			v[i] = uint8(n)
		}
		return v[0], v[1], v[2], true
	}
	s = strings.TrimPrefix(s, "#")
	if len(s) == 3 {
		s = string([]byte{s[0], s[0], s[1], s[1], s[2], s[2]})
	}
	if len(s) != 6 {
		return 0, 0, 0, false
	}
	n, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return 0, 0, 0, false
	}
	return uint8(n >> 16), uint8(n >> 8), uint8(n), true
}

// ShadeOfColour is ShadeOf a colour as written, "" when it does not parse.
func ShadeOfColour(s string) string {
	r, g, b, ok := ParseColour(s)
	if !ok {
		return ""
	}
	return ShadeOf(r, g, b)
}
