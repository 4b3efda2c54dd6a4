package pdf

import "github.com/councilactions/councilactions/extract/limit"

// Per-document limits (see extract/limit): what one PDF may cost the
// interpreter over all its pages, far above what a real paper needs (a
// 1,000-page agenda pack has some 4M glyphs and 50 MiB of content), so
// that a small file asking for more fails alone and fast. A page's own
// content, forms included, is bounded by maxContentBytes.
const (
	maxDecoded     = 256 << 20 // bytes of content, forms and cmaps decoded
	maxGlyphs      = 8_000_000
	maxPageGlyphs  = 500_000
	maxForms       = 50_000  // Form XObjects run
	maxDos         = 200_000 // other XObjects drawn: images
	maxFontEntries = 4_000_000
)

// budget counts one document's work against the limits.
type budget struct {
	decoded, glyphs, forms, dos, fontEntries *limit.Counter
}

func newBudget() *budget {
	return &budget{
		decoded:     limit.New("bytes of content decoded", maxDecoded),
		glyphs:      limit.New("glyphs", maxGlyphs),
		forms:       limit.New("Form XObjects drawn", maxForms),
		dos:         limit.New("images and other XObjects drawn", maxDos),
		fontEntries: limit.New("font widths and cmap entries", maxFontEntries),
	}
}

var errPageGlyphs = &limit.Error{What: "glyphs on a page", Max: maxPageGlyphs}

// charge counts n against c; once any limit is over, the interpreter stops.
func (in *interp) charge(c *limit.Counter, n int) bool {
	if in.err == nil {
		in.err = c.Add(n)
	}
	return in.err == nil
}
