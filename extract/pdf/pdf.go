// Package pdf reads PDF papers into a layout.Doc: text with positions from
// each page's content stream, grouped into words and visual lines, and table
// regions rebuilt from geometry (drawn rules where there are any, boxes
// drawn for each cell, else the white-space gutters shared by the table's
// lines) so that every line of a table comes out with one cell per column,
// as the text seeds do. Ruled tables and those found from the alignment of
// their text come out as real rows (Record), their cells' wrapped lines
// joined; unruled ones found by an action plan's header words as visual
// lines for extract/table to join.
//
// github.com/ledongthuc/pdf parses the file (xref, streams, filters); the
// file is decrypted here first (crypt.go), and the content streams are
// interpreted here, because its Page.Content() ignores the CTM for
// rectangles, drops m/l paths, never enters Form XObjects, measures
// two-byte fonts by their first byte, re-parses a font's cmap at every Tf
// and has no recover(). Its lexer loops for ever on a stream that ends
// inside a hex string, so content is tokenised by our own (lexer.go); its
// object layer loops, recurses or allocates without bound on some file
// structures, so those are checked before it opens a file (xref.go). Known
// limits, kept rather than forking the library: standard-14 fonts without
// /Widths are measured with built-in approximate metrics (stdfont); a
// broken cross-reference table is not rebuilt; rotated text is left out of
// the layout; Type3 glyph procedures are not run.
package pdf

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
)

// Errors a caller may test for.
var (
	ErrEncrypted = errors.New("encrypted PDF")
	ErrNoText    = errors.New("no text layer (scanned PDF?)")
	ErrNotPDF    = errors.New("not a PDF file")
)

// Reader reads PDF papers. With OCR set, a page with no text layer but an
// image (a scan) is read by OCR (ocr.go).
type Reader struct {
	OCR OCR
}

// Read extracts the lines of every page. A page that cannot be read is
// logged and skipped; the paper fails only when no page has text.
func (r Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	pages, warnings, err := readAll(ctx, data, r.OCR)
	if err != nil {
		return layout.Doc{}, err
	}
	doc := buildDoc(pages)
	doc.Warnings = warnings
	return doc, nil
}

// page is one page's words, lines and rulings.
type page struct {
	num    int
	w, h   float64
	lines  []*textLine
	hsegs  []segment
	vsegs  []segment
	images int
	glyphs int
	// scanPPI is the resolution of its largest image (pageContent.scanPPI).
	scanPPI float64
	plots   []box // slanting drawings: charts
	shades  []box // areas filled in a RAG colour (pageContent.shades)
	// grids are the ruled tables the rules make, found once (pageGrids).
	grids      []grid
	gridsFound bool
}

// pageGrids returns the page's ruled grids, finding them the first time.
func (pg *page) pageGrids() []grid {
	if !pg.gridsFound {
		pg.grids, pg.gridsFound = findGrids(pg.hsegs, pg.vsegs), true
	}
	return pg.grids
}

// readPages opens the file and extracts each page.
func readPages(ctx context.Context, data []byte) ([]*page, error) {
	pages, _, err := readAll(ctx, data, nil)
	return pages, err
}

// readAll is readPages with warnings of what was left unread, and scanned
// pages read by ocr when it is set.
func readAll(ctx context.Context, data []byte, ocr OCR) (pages []*page, warnings []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			pages, err = nil, fmt.Errorf("malformed PDF: %s", short(p))
		}
	}()
	r, err := open(data)
	if err != nil {
		return nil, nil, err
	}
	list, total := pageList(r)
	switch {
	case len(list) == 0:
		return nil, nil, errors.New("malformed PDF: no pages")
	case total < 0:
		warnings = append(warnings, fmt.Sprintf("page tree over %d nodes: only the first %d pages read", maxTreeNodes, len(list)))
	case total > len(list):
		warnings = append(warnings, fmt.Sprintf("only the first %d of %d pages read", len(list), total))
	}
	glyphs, images := 0, 0
	var sc scratch
	fonts := map[string]*fontInfo{}
	b := newBudget()
	for i, v := range list {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		pg, err := readPage(v, i+1, &sc, fonts, b)
		if errors.Is(err, limit.ErrExceeded) {
			return nil, nil, err
		}
		if err != nil {
			slog.Warn("pdf: page skipped", "page", i+1, "err", err)
			pg = &page{num: i + 1}
		}
		glyphs += pg.glyphs
		images += pg.images
		pages = append(pages, pg)
	}
	glyphs, ocrErr := readScans(ctx, ocr, data, pages, &warnings, glyphs)
	if ctx.Err() != nil {
		return nil, nil, ctx.Err()
	}
	if glyphs == 0 {
		if images > 0 {
			return nil, nil, noText(ocrErr)
		}
		return nil, nil, errors.New("no text in PDF")
	}
	return pages, warnings, nil
}

// open makes the library reader, working around what would refuse a
// readable file: bytes before the header, a PDF 2.0 header, junk after
// %%EOF. Encrypted files are decrypted with the empty user password.
func open(data []byte) (*lpdf.Reader, error) {
	start := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if start < 0 {
		return nil, ErrNotPDF
	}
	data = data[start:]
	if end := bytes.LastIndex(data, []byte("%%EOF")); end > 0 {
		data = data[:end+5]
	} else {
		return nil, errors.New("truncated PDF: no %%EOF marker")
	}
	if len(data) > 9 && (data[5] != '1' || data[8] != '\n' && data[8] != '\r') {
		// The library accepts only "%PDF-1.x" and a line end; the rest of
		// the header line is a comment, so the patch changes nothing else.
		d := append([]byte(nil), data...)
		copy(d, "%PDF-1.7")
		if d[8] == ' ' || d[8] == '\t' {
			d[8] = '\n'
		}
		data = d
	}
	data, err := checkStructure(data)
	if err != nil {
		return nil, err
	}
	r, err := lpdf.NewReaderEncrypted(bytes.NewReader(data), int64(len(data)), nil)
	if err != nil {
		// Encryption never reaches the library: checkStructure decrypts.
		msg := short(err)
		if strings.Contains(msg, "not a PDF") {
			return nil, fmt.Errorf("%w: %s", ErrNotPDF, strings.TrimPrefix(msg, "not a PDF file: "))
		}
		msg = strings.TrimPrefix(strings.TrimPrefix(msg, "malformed PDF: "), "malformed PDF file: ")
		return nil, fmt.Errorf("malformed PDF: %s", msg)
	}
	return r, nil
}

// scratch is what reading a page needs and the next may reuse (most of
// the reader's allocation): its glyphs, its decoded content and the
// lexer's buffers.
type scratch struct {
	glyphs  []glyph
	content []byte
	lex     lexer
}

// readPage extracts one page; a panic in the library or in our interpreter
// costs only this page, a limit of b the document.
func readPage(ref pageRef, num int, sc *scratch, fonts map[string]*fontInfo, b *budget) (pg *page, err error) {
	defer func() {
		if p := recover(); p != nil {
			pg, err = nil, fmt.Errorf("page %d: %s", num, short(p))
		}
	}()
	pg = &page{num: num}
	box := ref.cropBox
	if box.Len() != 4 {
		box = ref.mediaBox
	}
	x0, y0, x1, y1 := 0.0, 0.0, 612.0, 792.0
	if box.Len() == 4 {
		x0, y0, x1, y1 = box.Index(0).Float64(), box.Index(1).Float64(), box.Index(2).Float64(), box.Index(3).Float64()
		if x0 > x1 {
			x0, x1 = x1, x0
		}
		if y0 > y1 {
			y0, y1 = y1, y0
		}
	}
	w, h := x1-x0, y1-y0
	// Move the box to the origin and undo /Rotate, so that layout sees the
	// page as it is displayed.
	ctm := matrix{1, 0, 0, 1, -x0, -y0}
	switch ((ref.rotate.Int64() % 360) + 360) % 360 {
	case 90:
		ctm = ctm.mul(matrix{0, -1, 1, 0, 0, w})
		w, h = h, w
	case 180:
		ctm = ctm.mul(matrix{-1, 0, 0, -1, w, h})
	case 270:
		ctm = ctm.mul(matrix{0, 1, -1, 0, h, 0})
		w, h = h, w
	}
	pg.w, pg.h = w, h
	contents := ref.v.Key("Contents")
	if contents.IsNull() {
		return pg, nil
	}
	data, err := readContent(contents, sc.content, maxContentBytes)
	sc.content = data[:0]
	if err == nil {
		err = b.decoded.Add(len(data))
	}
	if err != nil {
		return nil, fmt.Errorf("page %d: %w", num, err)
	}
	if want := min(len(data)/4, 1<<16); cap(sc.glyphs) < want {
		// A guess from the content's length, so that the glyphs are not
		// copied over and over as the slice grows.
		sc.glyphs = make([]glyph, 0, want)
	}
	pc := pageContent{glyphs: sc.glyphs[:0]}
	defer func() { sc.glyphs = pc.glyphs[:0] }()
	in := &interp{pc: &pc, shared: fonts, decoded: len(data), budget: b, lex: &sc.lex}
	in.run(data, ref.resources, gstate{ctm: ctm, th: 1, fill: black, fillN: 1}, 0)
	if err := cmp.Or(in.err, b.glyphs.Add(len(pc.glyphs))); err != nil {
		return nil, fmt.Errorf("page %d: %w", num, err)
	}
	pg.w, pg.h = turnPage(&pc, w, h)
	pg.images, pg.scanPPI = pc.images, pc.scanPPI
	pg.plots = pc.plots
	pg.shades = pc.shades
	pg.glyphs = len(pc.glyphs)
	pg.lines = makeLines(pc.glyphs)
	bh, bv := boxRules(pc.boxes, pg.lines)
	pg.hsegs, pg.vsegs = append(pc.hsegs, bh...), append(pc.vsegs, bv...)
	return pg, nil
}

// maxPages bounds the pages read from one file, and maxTreeNodes the page
// tree nodes visited to find and count them (a tree may loop).
const (
	maxPages     = 5000
	maxTreeNodes = 20000
)

// pageList walks the page tree once, in order. The library's Page(i) walks
// it from the root for every page and has no guard against a tree that
// contains itself.
//
// The attributes a page may inherit are carried down the walk: the library
// re-parses an object at every lookup, so looking them up the Parent chain
// page after page was a twentieth of the reader's time.
//
// total counts the pages, those past maxPages too, or is -1 when the tree
// has more than maxTreeNodes nodes.
func pageList(r *lpdf.Reader) (out []pageRef, total int) {
	visited := 0
	var walk func(v lpdf.Value, up pageRef, depth int)
	walk = func(v lpdf.Value, up pageRef, depth int) {
		visited++
		if depth > 64 || visited > maxTreeNodes || v.Kind() != lpdf.Dict {
			return
		}
		up.v = v
		for _, a := range []struct {
			key string
			dst *lpdf.Value
		}{{"Resources", &up.resources}, {"MediaBox", &up.mediaBox}, {"CropBox", &up.cropBox}, {"Rotate", &up.rotate}} {
			if x := v.Key(a.key); !x.IsNull() {
				*a.dst = x
			}
		}
		if kids := v.Key("Kids"); v.Key("Type").Name() == "Pages" || kids.Kind() == lpdf.Array {
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i), up, depth+1)
			}
			return
		}
		if total++; len(out) < maxPages {
			out = append(out, up)
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), pageRef{}, 0)
	if visited > maxTreeNodes {
		total = -1
	}
	return out, total
}

// pageRef is a page dictionary with the attributes it inherits.
type pageRef struct {
	v, resources, mediaBox, cropBox, rotate lpdf.Value
}

// short renders a recovered panic or error in one line of bounded length:
// the library's parse errors can quote the rest of a stream.
func short(v any) string {
	s := strings.Join(strings.Fields(fmt.Sprint(v)), " ")
	if r := []rune(s); len(r) > 160 {
		s = string(r[:160]) + "…"
	}
	return s
}
