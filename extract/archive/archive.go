// Package archive opens the zip packages that office documents come in
// (DOCX, XLSX, ODT, ODS) within limits, so that a zip bomb or an archive
// of millions of entries costs an error, not the machine, and reads their
// XML parts through a guard against hostile nesting. Every zip-based
// reader goes through it, so the limits are the same for all of them.
package archive

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
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
	// MaxXMLDepth bounds element nesting in a part; office applications'
	// own documents stay within a few dozen levels.
	MaxXMLDepth = 1000
)

// ErrNotZip is returned for bytes that are not a zip archive.
var ErrNotZip = errors.New("not a zip archive")

// Archive is an opened package: its entries by name and what is left of
// the budget of uncompressed bytes.
type Archive struct {
	kind  string // "docx", "xlsx", …: names the file in errors
	files map[string]*zip.File
	order []*zip.File
	left  int64
}

// Open reads the archive's directory. kind names the format in errors.
func Open(data []byte, kind string) (*Archive, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrNotZip, err)
	}
	if len(zr.File) > MaxEntries {
		return nil, fmt.Errorf("%s has %d entries, over the limit of %d", kind, len(zr.File), MaxEntries)
	}
	a := &Archive{kind: kind, files: make(map[string]*zip.File, len(zr.File)), order: zr.File, left: MaxTotalBytes}
	for _, f := range zr.File {
		a.files[f.Name] = f
	}
	return a, nil
}

// Has reports whether the archive holds an entry of that name.
func (a *Archive) Has(name string) bool {
	_, ok := a.files[name]
	return ok
}

// Open opens an entry for reading. Its real size is measured first: the
// zip header's claim may lie, and inflating to the limit is far quicker
// than parsing up to it. The stream is limited all the same.
func (a *Archive) Open(name string) (io.ReadCloser, error) {
	f, ok := a.files[name]
	if !ok {
		return nil, fmt.Errorf("the archive has no %s", name)
	}
	if _, err := a.measure(f); err != nil {
		return nil, err
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", f.Name, err)
	}
	return &limited{r: rc, c: rc, name: f.Name}, nil
}

// ReadFile reads a whole entry within the limits.
func (a *Archive) ReadFile(name string) ([]byte, error) {
	rc, err := a.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return data, nil
}

// CheckAll measures every entry against the limits, for a package handed
// whole to a library that reads it by its own rules.
func (a *Archive) CheckAll() error {
	for _, f := range a.order {
		if _, err := a.measure(f); err != nil {
			return err
		}
	}
	return nil
}

// measure inflates an entry to count its bytes, within the entry's limit,
// and takes them from the archive's budget.
func (a *Archive) measure(f *zip.File) (int64, error) {
	rc, err := f.Open()
	if err != nil {
		return 0, fmt.Errorf("open %s: %w", f.Name, err)
	}
	n, err := io.Copy(io.Discard, &limited{r: rc, c: rc, name: f.Name})
	rc.Close()
	if err != nil {
		return n, fmt.Errorf("read %s: %w", f.Name, err)
	}
	a.left -= n
	if a.left < 0 {
		return n, fmt.Errorf("%s decompresses to more than %d bytes in all", a.kind, MaxTotalBytes)
	}
	return n, nil
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

// XML reads a part's tokens with the guards every reader needs: nesting
// bounded by MaxXMLDepth, the context checked every few thousand tokens,
// syntax errors (an undefined entity among them: the decoder expands none
// but XML's own five, so entity tricks fail here) reported as invalid XML.
type XML struct {
	ctx    context.Context
	d      *xml.Decoder
	depth  int
	tokens int
}

// NewXML starts reading r.
func NewXML(ctx context.Context, r io.Reader) *XML {
	return &XML{ctx: ctx, d: xml.NewDecoder(r)}
}

// Token returns the next token; io.EOF at the end.
func (x *XML) Token() (xml.Token, error) {
	tok, err := x.d.Token()
	if err != nil {
		return nil, xmlError(err)
	}
	x.tokens++
	if x.tokens%4096 == 0 {
		if err := x.ctx.Err(); err != nil {
			return nil, err
		}
	}
	switch tok.(type) {
	case xml.StartElement:
		x.depth++
		if x.depth > MaxXMLDepth {
			return nil, fmt.Errorf("XML elements nested more than %d deep", MaxXMLDepth)
		}
	case xml.EndElement:
		x.depth--
	}
	return tok, nil
}

// Skip passes over the rest of the element just started.
func (x *XML) Skip() error {
	if err := x.d.Skip(); err != nil {
		return xmlError(err)
	}
	x.depth--
	return nil
}

// Decode reads a whole small part into v (styles, relationships).
func Decode(r io.Reader, name string, v any) error {
	if err := xml.NewDecoder(r).Decode(v); err != nil {
		return fmt.Errorf("read %s: %w", name, xmlError(err))
	}
	return nil
}

func xmlError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) && !strings.HasPrefix(err.Error(), "invalid XML") {
		return fmt.Errorf("invalid XML: %w", err)
	}
	return err
}
