package pdf

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/councilactions/councilactions/extract/ocr"
)

// OCR reads the words of a scanned page; *ocr.Engine is one.
type OCR interface {
	// Page reads page n (1-based) of the PDF in data, a scan of ppi
	// pixels an inch (0 when not known).
	Page(ctx context.Context, data []byte, n int, ppi float64) (ocr.Page, error)
}

// readScans reads by OCR each page that has no text but draws an image,
// and returns the paper's glyph count with them. A page OCR cannot read
// is left empty with a warning; the first such error is returned, to say
// why a paper of scans alone has no text.
func readScans(ctx context.Context, engine OCR, data []byte, pages []*page, warnings *[]string, glyphs int) (int, error) {
	if engine == nil {
		return glyphs, nil
	}
	var first error
	for _, pg := range pages {
		if pg.glyphs > 0 || pg.images == 0 {
			continue
		}
		if ctx.Err() != nil {
			return glyphs, ctx.Err()
		}
		p, err := engine.Page(ctx, data, pg.num, pg.scanPPI)
		if err != nil {
			if first == nil {
				first = err
			}
			if !errors.Is(err, ocr.ErrOff) && !errors.Is(err, ocr.ErrNoEngine) {
				slog.Warn("pdf: scanned page not read", "page", pg.num, "err", err)
				*warnings = append(*warnings, fmt.Sprintf("page %d: scanned, and OCR failed: %v", pg.num, err))
			}
			continue
		}
		fromOCR(pg, p)
		glyphs += pg.glyphs
	}
	return glyphs, first
}

// noText is the error for a paper of scans that OCR did not read: why not,
// when OCR was tried.
func noText(ocrErr error) error {
	if ocrErr == nil {
		return ErrNoText
	}
	return fmt.Errorf("%w: %v", ErrNoText, ocrErr)
}

// fromOCR lays the words OCR found on a page out as glyphs, and its rules
// as rulings, in page space, so that lines and tables are rebuilt from
// them as from a text layer. Each word is one glyph followed by a space,
// so that words the engine told apart stay apart.
func fromOCR(pg *page, p ocr.Page) {
	sx, sy := 1.0, 1.0
	if p.Width > 0 && p.Height > 0 && pg.w > 0 && pg.h > 0 {
		sx, sy = pg.w/p.Width, pg.h/p.Height
	}
	gs := make([]glyph, 0, 2*len(p.Words))
	for _, w := range p.Words {
		size := max(w.Size*sy, 1)
		y := pg.h - w.Base*sy
		gs = append(gs, glyph{x0: w.X0 * sx, x1: w.X1 * sx, y: y, size: size, s: w.Text},
			glyph{x0: w.X1 * sx, x1: w.X1 * sx, y: y, size: size, s: " "})
	}
	pg.lines = makeLines(gs)
	pg.glyphs = len(p.Words)
	for _, r := range p.HRules {
		y := pg.h - r.Y0*sy
		pg.hsegs = append(pg.hsegs, segment{x0: r.X0 * sx, y0: y, x1: r.X1 * sx, y1: y})
	}
	for _, r := range p.VRules {
		pg.vsegs = append(pg.vsegs, segment{x0: r.X0 * sx, y0: pg.h - r.Y1*sy, x1: r.X1 * sx, y1: pg.h - r.Y0*sy})
	}
}
