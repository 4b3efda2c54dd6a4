package html

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode returns the page as UTF-8. The order is the browsers': byte order
// mark, then the HTTP Content-Type charset, then a <meta> declaration
// anywhere in the page. With none of those, a page that is valid UTF-8
// throughout is UTF-8, and anything else is windows-1252, which is what
// council sites mostly serve undeclared (Word's "Save as HTML" among them).
func decode(data []byte, contentType string) ([]byte, error) {
	var enc encoding.Encoding
	name := ""
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		enc, name = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	if enc == nil && contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			enc, name = lookup(params["charset"])
		}
	}
	if enc == nil {
		enc, name = lookup(metaCharset(data))
	}
	if enc == nil {
		if utf8.Valid(data) {
			return data, nil
		}
		enc, name = charmap.Windows1252, "windows-1252"
	}
	if name == "utf-8" {
		// A page that says UTF-8 is read as UTF-8; the parser turns any
		// invalid byte into U+FFFD.
		return data, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}

// lookup resolves a charset label the way browsers do (latin1 and ascii
// mean windows-1252); unknown labels and the UTF-16 family, which a
// declaration inside the bytes cannot truthfully name, give nil.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	enc, name := charset.Lookup(label)
	if enc == nil || strings.HasPrefix(name, "utf-16") || name == "replacement" {
		return nil, ""
	}
	return enc, name
}

// metaCharset finds the first <meta charset> or <meta http-equiv=
// "Content-Type"> declaration, however far into the page it is: a browser
// honours one in the body too, and pages exported from old tools put it
// there or after a kilobyte of scripts and styles.
func metaCharset(data []byte) string {
	z := xhtml.NewTokenizer(bytes.NewReader(data))
	z.SetMaxBuf(1 << 20)
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			return ""
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "meta":
				var cs, httpEquiv, content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch strings.ToLower(string(k)) {
					case "charset":
						cs = string(v)
					case "http-equiv":
						httpEquiv = strings.ToLower(string(v))
					case "content":
						content = string(v)
					}
				}
				if cs != "" {
					return cs
				}
				if httpEquiv == "content-type" {
					if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
						return params["charset"]
					}
				}
			}
		}
	}
}
