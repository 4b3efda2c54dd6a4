package pdf

import (
	lpdf "github.com/ledongthuc/pdf"

	"github.com/councilactions/councilactions/extract/layout"
)

// Action plans often show a status only as a cell's fill: red, amber or
// green. The interpreter keeps the non-stroking colour (set by g, rg, k,
// or sc and scn in the space cs chose; saved and restored with q and Q),
// and areas filled in a RAG colour are kept on the page as shades, which
// give the table cells they lie behind their RAG word (shadeCells).

// colour is a fill colour in RGB; ok is false for one the reader does not
// convert (a pattern, a separation, Lab, an indexed colour).
type colour struct {
	r, g, b uint8
	ok      bool
}

// black is the initial fill colour of a page and of a colour space.
var black = colour{ok: true}

// deviceColour converts the components of a device colour space: one is
// gray, three RGB and four CMYK, each from 0 to 1. Other counts give a
// colour that is not ok.
func deviceColour(v ...float64) colour {
	c := func(x float64) uint8 { return uint8(255*min(1, max(0, x)) + 0.5) }
	switch len(v) {
	case 1:
		return colour{c(v[0]), c(v[0]), c(v[0]), true}
	case 3:
		return colour{c(v[0]), c(v[1]), c(v[2]), true}
	case 4:
		// The naive conversion: what a viewer without a colour profile shows.
		k := 1 - min(1, max(0, v[3]))
		return colour{c((1 - v[0]) * k), c((1 - v[1]) * k), c((1 - v[2]) * k), true}
	}
	return colour{}
}

// word names the colour as a RAG status (layout.ShadeOf), "" for none.
func (c colour) word() string {
	if !c.ok {
		return ""
	}
	return layout.ShadeOf(c.r, c.g, c.b)
}

// spaceComponents returns how many components a colour space named by cs
// has when the reader converts it to RGB — 1, 3 or 4 — and 0 for one it
// does not. ICC-based spaces count by their component count, as a
// viewer would fall back to the device space of that many; calibrated
// gray and RGB as their device spaces.
func spaceComponents(name string, res lpdf.Value) int {
	switch name {
	case "DeviceGray", "G", "CalGray":
		return 1
	case "DeviceRGB", "RGB", "CalRGB":
		return 3
	case "DeviceCMYK", "CMYK":
		return 4
	case "Pattern", "":
		return 0
	}
	return spaceValue(res.Key("ColorSpace").Key(name))
}

// spaceValue is spaceComponents of a colour space written out: a name or
// an array whose first element names its family.
func spaceValue(v lpdf.Value) int {
	switch v.Kind() {
	case lpdf.Name:
		return spaceComponents(v.Name(), lpdf.Value{})
	case lpdf.Array:
		switch v.Index(0).Name() {
		case "CalGray":
			return 1
		case "CalRGB":
			return 3
		case "ICCBased":
			if n := v.Index(1).Key("N").Int64(); n == 1 || n == 3 || n == 4 {
				return int(n)
			}
		}
	}
	return 0
}

// setFill applies a colour operator's operands to the fill colour: for sc
// and scn, numbers as many as the space has components; anything else (a
// pattern's name, a separation's tint) leaves a colour the reader does not
// know.
func (g *gstate) setFill(args []operand) {
	if g.fillN == 0 || len(args) != g.fillN {
		g.fill = colour{}
		return
	}
	var v [4]float64
	for i, a := range args {
		if a.kind != kindNumber {
			g.fill = colour{}
			return
		}
		v[i] = a.num
	}
	g.fill = deviceColour(v[:g.fillN]...)
}
