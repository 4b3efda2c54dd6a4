// Package docx reads Word papers (.docx) into a layout.Doc: one line per
// paragraph and one line per row of each data table, with merged cells laid
// out on the table's grid. It reads word/document.xml as a stream, through
// size limits, so that a zip bomb costs an error, not the machine.
package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
)

// Limits against hostile files.
const (
	// MaxEntries bounds the number of files in the archive.
	MaxEntries = 10_000
	// MaxEntryBytes bounds the uncompressed size of one part we read,
	// whatever the zip header claims.
	MaxEntryBytes = 64 << 20
	// MaxTotalBytes bounds the uncompressed bytes read from all parts.
	MaxTotalBytes = 128 << 20
	// MaxTableDepth bounds how deep tables may nest inside table cells.
	MaxTableDepth = 32
	// MaxTableCells bounds one table's grid (rows × columns after spans).
	MaxTableCells = 50_000
	// MaxGridSpan clamps a cell's w:gridSpan; Word itself allows 63 columns.
	MaxGridSpan = 1000
	// MaxXMLDepth bounds element nesting in document.xml; Word's own
	// documents stay within a few dozen levels.
	MaxXMLDepth = 1000
)

// ErrNotDOCX is returned for bytes that are not a Word document.
var ErrNotDOCX = errors.New("not a DOCX")

// Reader reads DOCX papers.
type Reader struct{}

// Read opens the archive, reads the style names for headings, then streams
// the main document into lines.
func (Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return layout.Doc{}, fmt.Errorf("%w: not a zip archive (%v)", ErrNotDOCX, err)
	}
	if len(zr.File) > MaxEntries {
		return layout.Doc{}, fmt.Errorf("docx has %d entries, over the limit of %d", len(zr.File), MaxEntries)
	}
	files := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		files[f.Name] = f
	}
	budget := &budget{left: MaxTotalBytes}
	main := mainPart(files, budget)
	doc, ok := files[main]
	if !ok {
		return layout.Doc{}, fmt.Errorf("%w: the archive has no %s", ErrNotDOCX, main)
	}
	var styles map[string]style
	if f, ok := files[path.Join(path.Dir(main), "styles.xml")]; ok {
		styles, err = readStyles(f, budget)
		if err != nil {
			return layout.Doc{}, err
		}
	}
	var nums *numbering
	if f, ok := files[path.Join(path.Dir(main), "numbering.xml")]; ok {
		if nums, err = readNumbering(f, budget, styles); err != nil {
			return layout.Doc{}, err
		}
	}
	rc, err := open(doc, budget)
	if err != nil {
		return layout.Doc{}, err
	}
	defer rc.Close()
	p := &parser{ctx: ctx, styles: styles, nums: nums, cells: limit.NewCells()}
	if err := p.parse(rc); err != nil {
		return layout.Doc{}, fmt.Errorf("read %s: %w", main, err)
	}
	return layout.Doc{Lines: p.lines, Flowing: true}, nil
}

// mainPart finds the main document through the package relationships,
// falling back to the usual name.
func mainPart(files map[string]*zip.File, b *budget) string {
	const def = "word/document.xml"
	f, ok := files["_rels/.rels"]
	if !ok {
		return def
	}
	rc, err := open(f, b)
	if err != nil {
		return def
	}
	defer rc.Close()
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.NewDecoder(rc).Decode(&rels) != nil {
		return def
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.Target != "" {
			return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
		}
	}
	return def
}

// budget counts the uncompressed bytes read from all parts.
type budget struct{ left int64 }

func (b *budget) take(n int64) error {
	b.left -= n
	if b.left < 0 {
		return fmt.Errorf("docx decompresses to more than %d bytes in all", MaxTotalBytes)
	}
	return nil
}

// limited fails, rather than stopping quietly, when a part decompresses to
// more than MaxEntryBytes.
type limited struct {
	r    io.Reader
	c    io.Closer
	name string
	n    int64 // bytes read from this part
}

func (l *limited) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	l.n += int64(n)
	if l.n > MaxEntryBytes {
		return n, fmt.Errorf("%s decompresses to more than %d bytes", l.name, MaxEntryBytes)
	}
	return n, err
}

func (l *limited) Close() error { return l.c.Close() }

// open measures a part's real size before handing it to the XML decoder:
// the zip header's claim may lie, and inflating to the limit is far
// quicker than parsing up to it. The stream is limited all the same.
func open(f *zip.File, b *budget) (io.ReadCloser, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", f.Name, err)
	}
	n, err := io.Copy(io.Discard, &limited{r: rc, c: rc, name: f.Name})
	rc.Close()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name, err)
	}
	if err := b.take(n); err != nil {
		return nil, err
	}
	if rc, err = f.Open(); err != nil {
		return nil, fmt.Errorf("open %s: %w", f.Name, err)
	}
	return &limited{r: rc, c: rc, name: f.Name}, nil
}

// style is what a named style tells us: heading level, boldness, and the
// list its paragraphs are numbered in ("List Number", numbered headings).
type style struct {
	heading int
	bold    bool
	numID   string
	ilvl    int
}

// readStyles maps style ids to heading levels ("heading 1".."heading 6",
// "Title", or an outline level) and bold, whatever language the ids are in.
func readStyles(f *zip.File, b *budget) (map[string]style, error) {
	rc, err := open(f, b)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var doc struct {
		Styles []struct {
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
			PPr struct {
				Outline *struct {
					Val string `xml:"val,attr"`
				} `xml:"outlineLvl"`
				NumPr struct {
					NumID struct {
						Val string `xml:"val,attr"`
					} `xml:"numId"`
					Ilvl struct {
						Val string `xml:"val,attr"`
					} `xml:"ilvl"`
				} `xml:"numPr"`
			} `xml:"pPr"`
			RPr struct {
				B *struct {
					Val string `xml:"val,attr"`
				} `xml:"b"`
			} `xml:"rPr"`
		} `xml:"style"`
	}
	if err := xml.NewDecoder(rc).Decode(&doc); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("read %s: invalid XML: %w", f.Name, err)
		}
		return nil, fmt.Errorf("read %s: %w", f.Name, err)
	}
	out := make(map[string]style, len(doc.Styles))
	for _, s := range doc.Styles {
		st := style{heading: headingName(s.Name.Val)}
		if st.heading == 0 {
			st.heading = headingName(s.ID)
		}
		if st.heading == 0 && s.PPr.Outline != nil && len(s.PPr.Outline.Val) == 1 {
			if d := s.PPr.Outline.Val[0]; d >= '0' && d <= '5' {
				st.heading = int(d-'0') + 1
			}
		}
		if s.RPr.B != nil {
			st.bold = on(s.RPr.B.Val)
		}
		st.numID = s.PPr.NumPr.NumID.Val
		st.ilvl = clamp(s.PPr.NumPr.Ilvl.Val, MaxListLevels)
		out[s.ID] = st
	}
	return out, nil
}

// headingName reads "heading 2", "Heading2" or "Title" as a level.
func headingName(s string) int {
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	if s == "title" {
		return 1
	}
	if len(s) == len("heading1") && strings.HasPrefix(s, "heading") {
		if d := s[len(s)-1]; d >= '1' && d <= '6' {
			return int(d - '0')
		}
	}
	return 0
}

// on reads an OOXML boolean attribute; absent means true.
func on(v string) bool {
	switch strings.ToLower(v) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}
