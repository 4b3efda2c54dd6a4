package pdf

import "bytes"

// SmallPDFs are small PDFs for FuzzRead to start from, their streams not
// compressed, so that mutations reach the structure, the content and the
// fonts rather than only breaking Flate: a table, streams of objects and
// cross-references, a page with most operators, a CID font with a cmap and
// widths, fills in colour spaces named in the resources, and a /Prev loop.
func SmallPDFs() [][]byte {
	page := "BT /F1 10 Tf 72 700 Td (Page text) Tj 0 -14 Td 2 Tc 1 Tw 90 Tz 12 TL T* [(Keep) -250 (going)] TJ (next) ' 1 0 0 1 72 600 Tm (set) Tj ET\n" +
		"q 1 0 0 1 0 -100 cm /Fm1 Do Q 72 500 200 0.5 re f 72 480 m 272 480 l S 72 470 m 100 470 l 100 460 l h f\n" +
		"/Artifact BMC BT /F1 8 Tf 72 40 Td (Page 1) Tj ET EMC BI /W 1 /H 1 ID x EI\n"
	var cid bytes.Buffer
	offsets := writeObjects(&cid, []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F2 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
		streamObject("", "BT /F2 10 Tf 72 700 Td <00480065006C006C006F> Tj ET\n"),
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /DW 500 /W [72 [722] 101 108 556 111 [556]] >>",
		streamObject("", "begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n2 beginbfchar <0048> <0048> <0065> <0065> endbfchar\n1 beginbfrange <006C> <006F> <006C> endbfrange\nendcmap\n"),
	})
	// Fills in colour spaces of each kind the reader converts, and some it does not.
	colours := "BT /F1 10 Tf 72 700 Td (Status) Tj ET q 1 0 0 rg 72 600 40 20 re f /CS0 cs 0 1 0 scn 72 570 m 112 570 l 112 550 l h f Q\n" +
		"/CS1 cs 0 0.25 1 0 scn 92 520 m 92 531 83 540 72 540 c B 0.5 g 0 0 1 0 k /CS2 cs 1 scn /Pattern cs /P0 scn 72 500 40 20 re f*\n"
	return [][]byte{
		classic(),
		compressed("", "", nil),
		onePage(page, "/Rotate 90"),
		finish(&cid, classicXref(&cid, offsets, "")),
		onePageWith(colours, colourRes, colourObjs),
		prevLoop(false),
	}
}
