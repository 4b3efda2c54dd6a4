// Package docx reads Word papers (.docx) into a layout.Doc: one line per
// paragraph and one line per row of each data table, with merged cells laid
// out on the table's grid. It reads word/document.xml as a stream, through
// size limits, so that a zip bomb costs an error, not the machine.
package docx

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/councilactions/councilactions/extract/archive"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
)

// Limits against hostile files; the archive's own (entries, sizes, XML
// nesting) are extract/archive's, shared by every zip-based reader.
const (
	// MaxTableDepth bounds how deep tables may nest inside table cells.
	MaxTableDepth = 32
	// MaxTableCells bounds one table's grid (rows × columns after spans).
	MaxTableCells = 50_000
	// MaxGridSpan clamps a cell's w:gridSpan; Word itself allows 63 columns.
	MaxGridSpan = 1000
)

// ErrNotDOCX is returned for bytes that are not a Word document.
var ErrNotDOCX = errors.New("not a DOCX")

// Reader reads DOCX papers.
type Reader struct{}

// Read opens the archive, reads the style names for headings, then streams
// the main document into lines.
func (Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	a, err := archive.Open(data, "docx")
	if err != nil {
		if errors.Is(err, archive.ErrNotZip) {
			return layout.Doc{}, fmt.Errorf("%w: %v", ErrNotDOCX, err)
		}
		return layout.Doc{}, err
	}
	main := mainPart(a)
	if !a.Has(main) {
		return layout.Doc{}, fmt.Errorf("%w: the archive has no %s", ErrNotDOCX, main)
	}
	var styles map[string]style
	if name := path.Join(path.Dir(main), "styles.xml"); a.Has(name) {
		if styles, err = readStyles(a, name); err != nil {
			return layout.Doc{}, err
		}
	}
	var nums *numbering
	if name := path.Join(path.Dir(main), "numbering.xml"); a.Has(name) {
		if nums, err = readNumbering(a, name, styles); err != nil {
			return layout.Doc{}, err
		}
	}
	rc, err := a.Open(main)
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
func mainPart(a *archive.Archive) string {
	const def = "word/document.xml"
	if !a.Has("_rels/.rels") {
		return def
	}
	rc, err := a.Open("_rels/.rels")
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
func readStyles(a *archive.Archive, name string) (map[string]style, error) {
	rc, err := a.Open(name)
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
	if err := archive.Decode(rc, name, &doc); err != nil {
		return nil, err
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
