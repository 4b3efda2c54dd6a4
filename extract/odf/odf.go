// Package odf reads OpenDocument papers: text documents (.odt) as DOCX
// papers are read — headings, paragraphs, lists with their numbering,
// tables with merged cells — and spreadsheets (.ods) sheet by sheet
// through extract/sheet, as XLSX workbooks are. Both are zip packages
// whose content.xml holds the body and whose styles say which paragraphs
// are headings, which text is bold, which cells are filled and which
// sheets, rows and columns are hidden. The package is opened through
// extract/archive, with the limits every zip-based reader shares.
package odf

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/extract/archive"
)

// Mime types a package names in its "mimetype" entry.
const (
	MimeText  = "application/vnd.oasis.opendocument.text"
	MimeSheet = "application/vnd.oasis.opendocument.spreadsheet"
)

// MaxNodes bounds the elements and text runs read from content.xml.
const MaxNodes = 4_000_000

// ErrNotODF is returned for bytes that are not an OpenDocument package of
// the kind asked for.
var ErrNotODF = errors.New("not an OpenDocument file")

// node is one element of content.xml, or a run of text (name "").
type node struct {
	name  string // local name: "p", "table-cell"; "" for text
	attrs []xml.Attr
	kids  []*node
	text  string
}

// attr returns an attribute by local name.
func (n *node) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// count reads an attribute that repeats or spans ("3"), at least 1 and at
// most hi.
func (n *node) count(local string, hi int) int {
	v, err := strconv.Atoi(n.attr(local))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, hi)
}

// open checks the package's type and reads its styles and body.
func open(ctx context.Context, data []byte, kind, mime string) (*node, styles, error) {
	a, err := archive.Open(data, kind)
	if err != nil {
		if errors.Is(err, archive.ErrNotZip) {
			return nil, nil, fmt.Errorf("%w: %v", ErrNotODF, err)
		}
		return nil, nil, err
	}
	if a.Has("mimetype") {
		mt, err := a.ReadFile("mimetype")
		if err != nil {
			return nil, nil, err
		}
		if got := strings.TrimSpace(string(mt)); got != mime {
			return nil, nil, fmt.Errorf("%w: the package is %q, not %s", ErrNotODF, got, kind)
		}
	}
	if !a.Has("content.xml") {
		return nil, nil, fmt.Errorf("%w: the archive has no content.xml", ErrNotODF)
	}
	st := styles{}
	if a.Has("styles.xml") {
		root, err := parse(ctx, a, "styles.xml")
		if err != nil {
			return nil, nil, err
		}
		st.add(root)
	}
	root, err := parse(ctx, a, "content.xml")
	if err != nil {
		return nil, nil, err
	}
	st.add(root)
	return root, st, nil
}

// parse reads a part into a tree through the archive's XML guards.
func parse(ctx context.Context, a *archive.Archive, name string) (*node, error) {
	rc, err := a.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	x := archive.NewXML(ctx, rc)
	root := &node{}
	stack := []*node{root}
	nodes := 0
	for {
		tok, err := x.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name.Local, attrs: t.Attr}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
			nodes++
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 1 {
				top.kids = append(top.kids, &node{text: string(t)})
				nodes++
			}
		}
		if nodes > MaxNodes {
			return nil, fmt.Errorf("read %s: more than %d elements", name, MaxNodes)
		}
	}
	if len(stack) != 1 {
		return nil, fmt.Errorf("read %s: invalid XML: the part ends inside an element", name)
	}
	return root, nil
}

// find returns the first element of that name, depth first.
func find(n *node, name string) *node {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
		if f := find(k, name); f != nil {
			return f
		}
	}
	return nil
}

// style is what the reader needs of one style: its parent, and what it
// sets itself (nil or "" where it inherits).
type style struct {
	parent  string
	display string // the name shown to users ("Heading 1")
	outline int    // style:default-outline-level
	bold    *bool
	fill    string // fo:background-color
	hidden  bool   // a table not displayed
	list    string // style:list-style-name
	// numbering levels of a list style, 1-based
	levels map[int]listLevel
}

// listLevel is how one level of a numbered list writes its marker.
type listLevel struct {
	format, prefix, suffix string
	start                  int
	display                int // how many levels the marker shows ("1.2")
}

// styles are every named and automatic style, by name.
type styles map[string]*style

func (st styles) add(root *node) {
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch k.name {
			case "style", "default-style":
				st.addStyle(k)
				continue
			case "list-style":
				st.addList(k)
				continue
			case "body":
				continue // the content itself holds no style definitions
			}
			walk(k)
		}
	}
	walk(root)
}

func (st styles) addStyle(n *node) {
	s := &style{parent: n.attr("parent-style-name"), display: n.attr("display-name"), list: n.attr("list-style-name")}
	if s.display == "" {
		s.display = n.attr("name")
	}
	s.outline, _ = strconv.Atoi(n.attr("default-outline-level"))
	for _, p := range n.kids {
		switch p.name {
		case "text-properties":
			if w := p.attr("font-weight"); w != "" {
				b := w == "bold" || w >= "600" && w <= "900"
				s.bold = &b
			}
		case "table-cell-properties", "paragraph-properties":
			if c := p.attr("background-color"); c != "" && c != "transparent" {
				s.fill = c
			}
		case "table-properties":
			s.hidden = p.attr("display") == "false"
		}
	}
	st[n.attr("name")] = s
}

func (st styles) addList(n *node) {
	s := &style{levels: map[int]listLevel{}}
	for _, l := range n.kids {
		if l.name != "list-level-style-number" {
			continue
		}
		lv, err := strconv.Atoi(l.attr("level"))
		if err != nil || lv < 1 || lv > 10 {
			continue
		}
		start, err := strconv.Atoi(l.attr("start-value"))
		if err != nil {
			start = 1
		}
		disp, _ := strconv.Atoi(l.attr("display-levels"))
		s.levels[lv] = listLevel{format: l.attr("num-format"), prefix: l.attr("num-prefix"), suffix: l.attr("num-suffix"), start: start, display: max(1, min(disp, lv))}
	}
	st[n.attr("name")] = s
}

// chain walks a style and its parents, nearest first, until fn says stop.
func (st styles) chain(name string, fn func(*style) bool) {
	for i := 0; i < 32 && name != ""; i++ {
		s, ok := st[name]
		if !ok || fn(s) {
			return
		}
		name = s.parent
	}
}

// bold tells whether a style sets its text in bold.
func (st styles) bold(name string) bool {
	out := false
	st.chain(name, func(s *style) bool {
		if s.bold != nil {
			out = *s.bold
			return true
		}
		return false
	})
	return out
}

// fill is a style's background colour.
func (st styles) fill(name string) string {
	out := ""
	st.chain(name, func(s *style) bool {
		out = s.fill
		return out != ""
	})
	return out
}

// heading is the level a paragraph style gives: its outline level, or a
// name like "Heading 2" or "Title".
func (st styles) heading(name string) int {
	out := 0
	st.chain(name, func(s *style) bool {
		if s.outline > 0 {
			out = min(s.outline, 6)
			return true
		}
		if h := headingName(s.display); h > 0 {
			out = h
			return true
		}
		return false
	})
	return out
}

// listStyle is the list style a paragraph style numbers its paragraphs in.
func (st styles) listStyle(name string) string {
	out := ""
	st.chain(name, func(s *style) bool {
		out = s.list
		return out != ""
	})
	return out
}

// headingName reads "Heading 2", "Heading_20_2" or "Title" as a level.
func headingName(s string) int {
	s = strings.ToLower(strings.NewReplacer(" ", "", "_20_", "").Replace(s))
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

// textOf is the text of a paragraph or cell as shown: spaces (text:s),
// tabs and line breaks as spaces; notes, annotations, tracked deletions
// and other out-of-line text left out.
func textOf(n *node) string {
	var b strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch k.name {
			case "":
				b.WriteString(k.text)
			case "s":
				b.WriteString(strings.Repeat(" ", k.count("c", 100)))
			case "tab", "line-break":
				b.WriteString(" ")
			case "note", "annotation", "tracked-changes", "change", "bookmark-ref", "sequence-decls":
				// out of line, or not shown
			default:
				walk(k)
			}
		}
	}
	walk(n)
	return fold(b.String())
}

// fold turns runs of white space into one space and trims the ends.
func fold(s string) string {
	s = strings.ReplaceAll(s, "\u00ad", "")
	return strings.Join(strings.Fields(s), " ")
}
