package index

import (
	"bytes"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
)

// csvRecord reads the fields of a CSV row (action.CSVColumns) out of a
// stored record, the JSON that json.Marshal made of an action.Record, and
// skips the rest. Decoding the whole record with encoding/json took four
// fifths of a CSV export's CPU; this reads the same values about ten times
// as fast. It knows the shape json.Marshal writes (exact keys, integers,
// strings and arrays of strings where the record has them); anything else
// is errUnexpected, and the caller decodes that record with encoding/json.
func csvRecord(rec []byte) (action.Record, error) {
	var r action.Record
	p := jsonScan{b: rec}
	if !p.byte('{') {
		return r, errUnexpected
	}
	if p.byte('}') {
		return r, p.end()
	}
	for {
		key, ok := p.key()
		if !ok {
			return r, errUnexpected
		}
		if s := csvStringField(&r, key); s != nil {
			ok = p.stringOrNull(s)
		} else if n := csvIntField(&r, key); n != nil {
			ok = p.int(n)
		} else if string(key) == "owner" {
			r.Owner, ok = p.strings()
		} else if string(key) == "change" {
			r.Change, ok = p.strings()
		} else if recordKeys[string(key)] {
			ok = p.skip()
		} else {
			return r, errUnexpected // encoding/json would match it loosely
		}
		if !ok {
			return r, errUnexpected
		}
		if p.byte('}') {
			return r, p.end()
		}
		if !p.byte(',') {
			return r, errUnexpected
		}
	}
}

var errUnexpected = errors.New("stored record not as json.Marshal writes it")

// recordKeys are the JSON keys of an action.Record's fields.
var recordKeys = jsonKeys(reflect.TypeFor[action.Record]())

// jsonKeys lists the keys json.Marshal writes for struct type t, its
// untagged embedded structs' fields among them.
func jsonKeys(t reflect.Type) map[string]bool {
	keys := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-" || !f.IsExported() && !f.Anonymous:
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			for k := range jsonKeys(f.Type) {
				keys[k] = true
			}
		case name == "":
			keys[f.Name] = true
		default:
			keys[name] = true
		}
	}
	return keys
}

// csvStringField is where a string field of a CSV row goes, by JSON key.
func csvStringField(r *action.Record, key []byte) *string {
	switch string(key) {
	case "id":
		return &r.ID
	case "board":
		return &r.Board
	case "council":
		return &r.Council
	case "document_title":
		return &r.DocumentTitle
	case "document_kind":
		return &r.DocumentKind
	case "document_date":
		return &r.DocumentDate
	case "period":
		return &r.Period
	case "ref":
		return &r.Ref
	case "kind":
		return &r.Kind
	case "theme":
		return &r.Theme
	case "title":
		return &r.Title
	case "objective":
		return &r.Objective
	case "action":
		return &r.Action.Action
	case "due_raw":
		return &r.DueRaw
	case "due":
		return &r.Due
	case "status_raw":
		return &r.StatusRaw
	case "status":
		return &r.Status
	case "target":
		return &r.Target
	case "outcome":
		return &r.Outcome
	case "milestones":
		return &r.Milestones
	case "progress":
		return &r.Progress
	case "source_url":
		return &r.SourceURL
	case "thread":
		return &r.Thread
	case "first_seen":
		return &r.FirstSeen
	}
	return nil
}

// csvIntField is where a number field of a CSV row goes, by JSON key.
func csvIntField(r *action.Record, key []byte) *int {
	switch string(key) {
	case "part":
		return &r.Part
	case "page":
		return &r.Page
	case "times_seen":
		return &r.TimesSeen
	}
	return nil
}

// jsonScan reads JSON from b at i. Its methods skip white space first and
// report false on anything they do not expect.
type jsonScan struct {
	b []byte
	i int
}

func (p *jsonScan) space() {
	for p.i < len(p.b) && (p.b[p.i] == ' ' || p.b[p.i] == '\n' || p.b[p.i] == '\t' || p.b[p.i] == '\r') {
		p.i++
	}
}

// byte consumes c if it comes next.
func (p *jsonScan) byte(c byte) bool {
	p.space()
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// end checks that nothing but white space follows.
func (p *jsonScan) end() error {
	p.space()
	if p.i != len(p.b) {
		return errUnexpected
	}
	return nil
}

// key reads an object key and its colon. Keys json.Marshal writes for a
// Record have no escapes.
func (p *jsonScan) key() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	start := p.i
	for p.i < len(p.b) && p.b[p.i] != '"' {
		if p.b[p.i] == '\\' {
			return nil, false
		}
		p.i++
	}
	if p.i == len(p.b) {
		return nil, false
	}
	key := p.b[start:p.i]
	p.i++
	return key, p.byte(':')
}

// stringOrNull reads a string into s, or null as "".
func (p *jsonScan) stringOrNull(s *string) bool {
	p.space()
	if p.literal("null") {
		*s = ""
		return true
	}
	v, ok := p.string()
	*s = v
	return ok
}

// literal consumes word if it comes next.
func (p *jsonScan) literal(word string) bool {
	if len(p.b)-p.i >= len(word) && string(p.b[p.i:p.i+len(word)]) == word {
		p.i += len(word)
		return true
	}
	return false
}

// string reads a quoted string, unescaped as encoding/json does. It
// looks for the closing quote with bytes.IndexByte, which reads many bytes
// at a time: most of a record is long strings.
func (p *jsonScan) string() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	start := p.i
	for {
		j := bytes.IndexByte(p.b[p.i:], '"')
		if j < 0 {
			return "", false
		}
		end := p.i + j
		p.i = end + 1
		k := end
		for k > start && p.b[k-1] == '\\' {
			k--
		}
		if (end-k)%2 == 1 {
			continue // an escaped quote
		}
		raw := p.b[start:end]
		if bytes.IndexByte(raw, '\\') >= 0 {
			return unescape(raw)
		}
		if !utf8.Valid(raw) {
			return "", false // encoding/json would replace the bad bytes
		}
		return string(raw), true
	}
}

// unescape decodes the inside of a string that has escapes.
func unescape(raw []byte) (string, bool) {
	if !utf8.Valid(raw) {
		return "", false // encoding/json would replace the bad bytes
	}
	out := make([]byte, 0, len(raw))
	for j := 0; j < len(raw); j++ {
		c := raw[j]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		if j+1 >= len(raw) {
			return "", false
		}
		j++
		switch raw[j] {
		case '"', '\\', '/':
			out = append(out, raw[j])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(raw, j+1)
			if !ok {
				return "", false
			}
			j += 4
			if utf16.IsSurrogate(r) {
				r2, ok := rune(-1), false
				if j+6 < len(raw) && raw[j+1] == '\\' && raw[j+2] == 'u' {
					r2, ok = hex4(raw, j+3)
				}
				if d := utf16.DecodeRune(r, r2); ok && d != utf8.RuneError {
					r = d
					j += 6
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", false
		}
	}
	return string(out), true
}

// hex4 reads the four hex digits at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(b[i:i+4]), 16, 16)
	return rune(n), err == nil
}

// int reads an integer.
func (p *jsonScan) int(n *int) bool {
	p.space()
	start := p.i
	if p.i < len(p.b) && p.b[p.i] == '-' {
		p.i++
	}
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
	}
	v, err := strconv.Atoi(string(p.b[start:p.i]))
	*n = v
	return err == nil && (p.i == len(p.b) || p.b[p.i] != '.' && p.b[p.i] != 'e' && p.b[p.i] != 'E')
}

// strings reads an array of strings, or null.
func (p *jsonScan) strings() ([]string, bool) {
	p.space()
	if p.literal("null") {
		return nil, true
	}
	if !p.byte('[') {
		return nil, false
	}
	out := []string{}
	if p.byte(']') {
		return out, true
	}
	for {
		s, ok := p.string()
		if !ok {
			return nil, false
		}
		out = append(out, s)
		if p.byte(']') {
			return out, true
		}
		if !p.byte(',') {
			return nil, false
		}
	}
}

// skip passes over any one value.
func (p *jsonScan) skip() bool {
	p.space()
	if p.i >= len(p.b) {
		return false
	}
	switch c := p.b[p.i]; {
	case c == '"':
		_, ok := p.string()
		return ok
	case c == '{' || c == '[':
		close := byte('}')
		if c == '[' {
			close = ']'
		}
		p.i++
		if p.byte(close) {
			return true
		}
		for {
			if c == '{' {
				if _, ok := p.key(); !ok {
					return false
				}
			}
			if !p.skip() {
				return false
			}
			if p.byte(close) {
				return true
			}
			if !p.byte(',') {
				return false
			}
		}
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	default: // a number
		start := p.i
		for p.i < len(p.b) && (p.b[p.i] == '-' || p.b[p.i] == '+' || p.b[p.i] == '.' || p.b[p.i] == 'e' || p.b[p.i] == 'E' || p.b[p.i] >= '0' && p.b[p.i] <= '9') {
			p.i++
		}
		return p.i > start
	}
}
