// Package html reads HTML papers — ModernGov item and meeting pages, Word's
// "Save as HTML", plain council pages — into a layout.Doc: one line per
// paragraph, heading or list item, and one line per row of each data table,
// with row and column spans laid out on a grid.
package html

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/limit"
	"github.com/councilactions/councilactions/extract/numeral"
)

// Limits against hostile pages. The parser itself refuses elements nested
// more than 512 deep.
const (
	// MaxBytes bounds the page size; a parsed DOM costs many times that.
	MaxBytes = 50 << 20
	// MaxTableDepth bounds how deep tables may nest inside table cells.
	MaxTableDepth = 32
	// MaxTableCells bounds one table's grid (rows × columns after spans).
	MaxTableCells = 50_000
	// MaxColspan and MaxRowspan are the HTML standard's own clamps.
	MaxColspan = 1000
	MaxRowspan = 65534
)

// Reader reads HTML papers. The zero value works; ContentType, when the
// caller has the HTTP Content-Type header, supplies its charset.
type Reader struct {
	ContentType string
}

// ReadWithContentType reads a page fetched with the given Content-Type header.
func ReadWithContentType(ctx context.Context, data []byte, contentType string) (layout.Doc, error) {
	return Reader{ContentType: contentType}.Read(ctx, data)
}

// Read decodes the page, keeps only the ModernGov content area when there is
// one, and turns what is left into lines.
func (r Reader) Read(ctx context.Context, data []byte) (layout.Doc, error) {
	if len(data) > MaxBytes {
		return layout.Doc{}, fmt.Errorf("html page is %d bytes, over the %d-byte limit", len(data), MaxBytes)
	}
	text, err := decode(data, r.ContentType)
	if err != nil {
		return layout.Doc{}, err
	}
	dom, err := goquery.NewDocumentFromReader(bytes.NewReader(text))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements") {
			return layout.Doc{}, fmt.Errorf("parse html: elements nested too deep: %w", err)
		}
		return layout.Doc{}, fmt.Errorf("parse html: %w", err)
	}
	root := dom.Find("div#modgov").First()
	if root.Length() == 0 {
		root = dom.Find("body").First()
	}
	if root.Length() == 0 {
		root = dom.Selection
	}
	w := &walker{ctx: ctx, cells: limit.NewCells()}
	for _, n := range root.Nodes {
		if err := w.block(n, 0); err != nil {
			return layout.Doc{}, err
		}
	}
	w.flush()
	return layout.Doc{Lines: w.lines, Flowing: true}, nil
}

// walker turns a DOM into lines: inline text gathers into the current line
// until a block boundary flushes it.
type walker struct {
	ctx    context.Context
	lines  []layout.Line
	buf    strings.Builder
	bold   bool // some of the line's text is bold
	plain  bool // some of the line's text is not bold
	head   int  // level of the heading being walked, 0 outside headings
	marker string
	// depth counts the lists and quotations around the text; margin is
	// the innermost block's own left margin from its style, in points.
	depth  int
	margin float64
	indent float64 // the indent of the line being gathered
	tables int
	nodes  int
	cells  *limit.Counter
}

// skipped elements hold no paper text: scripts, forms, and page furniture.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Nav: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Select: true, atom.Button: true, atom.Input: true, atom.Textarea: true,
	atom.Img: true, atom.Map: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
}

// blocks start and end a line of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Aside: true,
	atom.Address: true, atom.Figure: true, atom.Figcaption: true, atom.Center: true,
	atom.Hr: true, atom.Table: true, atom.Caption: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Form: true, atom.Fieldset: true,
	atom.Legend: true, atom.Details: true, atom.Summary: true, atom.Body: true, atom.Html: true,
}

func isBold(n *xhtml.Node) bool {
	switch n.DataAtom {
	case atom.B, atom.Strong:
		return true
	}
	st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(st, "font-weight:bold") || strings.Contains(st, "font-weight:700")
}

// furniture is ModernGov's navigation inside its content area: the lists
// of links to issue history, printable versions and the like.
var furniture = []string{"mgActionList", "mgLinks", "mgBreadCrumbs", "mgPrintLinks"}

func hidden(n *xhtml.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if class := attr(n, "class"); class != "" {
		for _, c := range strings.Fields(class) {
			for _, f := range furniture {
				if c == f {
					return true
				}
			}
		}
	}
	st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(st, "display:none") || attr(n, "aria-hidden") == "true"
}

// pageFurniture reports the site's banner, navigation and footer: a
// <header> or <footer> of the page (not of an <article> or <main>, where a
// header may hold the paper's title), or an element given such a role.
func pageFurniture(n *xhtml.Node) bool {
	switch attr(n, "role") {
	case "banner", "navigation", "contentinfo", "search":
		return true
	}
	if n.DataAtom != atom.Header && n.DataAtom != atom.Footer {
		return false
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
			return false
		}
	}
	return true
}

// tick checks for cancellation now and then.
func (w *walker) tick() error {
	w.nodes++
	if w.nodes%4096 == 0 {
		return w.ctx.Err()
	}
	return nil
}

// block walks a node in running text. tdepth is how many tables enclose it.
func (w *walker) block(n *xhtml.Node, tdepth int) error {
	return w.walk(n, tdepth, false)
}

func (w *walker) walk(n *xhtml.Node, tdepth int, bold bool) error {
	if err := w.tick(); err != nil {
		return err
	}
	switch n.Type {
	case xhtml.TextNode:
		w.text(n.Data, bold)
		return nil
	case xhtml.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if err := w.walk(c, tdepth, bold); err != nil {
				return err
			}
		}
		return nil
	case xhtml.ElementNode:
	default:
		return nil
	}
	if skipped[n.DataAtom] || hidden(n) || pageFurniture(n) {
		return nil
	}
	switch n.DataAtom {
	case atom.Br:
		w.flush()
		return nil
	case atom.Table:
		w.flush()
		return w.table(n, tdepth+1)
	}
	block := blocks[n.DataAtom]
	if block {
		w.flush()
	}
	nests := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Blockquote || n.DataAtom == atom.Dd
	outerMargin := w.margin
	if nests {
		w.depth++
	}
	if m, ok := leftMargin(attr(n, "style")); ok && block {
		w.margin = m
	}
	outer := w.head
	if lvl := headingLevel(n); lvl > 0 {
		w.head = lvl
	}
	if n.DataAtom == atom.Li {
		w.marker = listMarker(n)
	}
	bold = bold || isBold(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := w.walk(c, tdepth, bold); err != nil {
			return err
		}
	}
	if block {
		w.flush()
	}
	if nests {
		w.depth--
	}
	w.margin = outerMargin
	w.head = outer
	return nil
}

// marginPat reads a left margin or padding from an inline style, as Word's
// HTML and many CMS pages indent their lettered points.
var marginPat = regexp.MustCompile(`(?i)(?:margin|padding)-left\s*:\s*(-?[\d.]+)\s*(pt|px|em|cm|mm|in)?`)

// leftMargin is a style's left margin in points.
func leftMargin(style string) (float64, bool) {
	m := marginPat.FindStringSubmatch(style)
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, false
	}
	switch strings.ToLower(m[2]) {
	case "px":
		v *= 0.75
	case "em":
		v *= 12
	case "cm":
		v *= 28.35
	case "mm":
		v *= 2.835
	case "in":
		v *= 72
	}
	return max(0, v), true
}

func headingLevel(n *xhtml.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func (w *walker) text(s string, bold bool) {
	if strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " ")) != "" {
		if w.buf.Len() == 0 || strings.TrimSpace(w.buf.String()) == "" {
			w.indent = 18*float64(w.depth) + w.margin
		}
		if bold {
			w.bold = true
		} else {
			w.plain = true
		}
	}
	w.buf.WriteString(s)
}

// flush ends the current line.
func (w *walker) flush() {
	text := fold(w.buf.String())
	if text != "" {
		if w.marker != "" && !hasMarker.MatchString(text) {
			text = w.marker + " " + text
		}
		w.marker = ""
		w.lines = append(w.lines, layout.Line{Text: text, Heading: w.head, Bold: w.bold && !w.plain, Indent: w.indent})
	}
	w.buf.Reset()
	w.bold, w.plain = false, false
}

// hasMarker matches a list marker the author typed: "1.", "(iv)", "a)", "•".
var hasMarker = regexp.MustCompile(`^(\(?[0-9]{1,3}[a-z]?[.):]|\(?[a-zA-Z][.)]|\(?[ivxlcIVXLC]{1,7}[.)]|\([A-Za-z0-9]{1,7}\)|[` + layout.Bullets + `*–-])(\s|$)`)

// listMarker gives an <ol> item the marker a browser would print, in the
// form minutes write them: "3." for numbers, "(c)" for letters, "(iii)" for
// roman numerals. <ul> items get none.
func listMarker(li *xhtml.Node) string {
	ol := li.Parent
	if ol == nil || ol.DataAtom != atom.Ol {
		return ""
	}
	num := 1
	if s, err := strconv.Atoi(strings.TrimSpace(attr(ol, "start"))); err == nil {
		num = s
	}
	for c := ol.FirstChild; c != nil && c != li; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && c.DataAtom == atom.Li {
			num++
			if v, err := strconv.Atoi(strings.TrimSpace(attr(c, "value"))); err == nil {
				num = v + 1
			}
		}
	}
	if v, err := strconv.Atoi(strings.TrimSpace(attr(li, "value"))); err == nil {
		num = v
	}
	if num < 1 || num > 3999 {
		return strconv.Itoa(num) + "."
	}
	switch attr(ol, "type") {
	case "a":
		if num <= 26 {
			return "(" + string(rune('a'+num-1)) + ")"
		}
	case "A":
		if num <= 26 {
			return "(" + string(rune('A'+num-1)) + ")"
		}
	case "i", "I":
		r, _ := numeral.Roman(num) // num is within 1-3999, checked above
		if attr(ol, "type") == "I" {
			r = strings.ToUpper(r)
		}
		return "(" + r + ")"
	}
	return strconv.Itoa(num) + "."
}

// fold turns every run of white space, non-breaking spaces included, into
// one space and trims the ends.
func fold(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

func attr(n *xhtml.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *xhtml.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

var errTooDeep = errors.New("tables nested more than " + strconv.Itoa(MaxTableDepth) + " deep")
