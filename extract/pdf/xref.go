package pdf

import (
	"bytes"
	"errors"
	"fmt"
)

// The library reads the cross-reference chain and the object streams with
// no guard, and some of what it meets cannot be caught by recover(): a
// /Prev that points back loops for ever, a huge /Size or /Index allocates
// gigabytes before anything is read, an object stream that holds itself
// recurses until the stack overflows, and an /Extends chain that loops
// never ends. So this file walks the chain and the object streams itself
// before the library sees the file, and refuses such a file in one line.
// The same table serves decryption (crypt.go).

// Bounds on the file structure. An object number is at most maxObjects, or
// the file's length in bytes if smaller (an object takes more than a byte),
// since the library allocates a table entry for every number up to the
// largest. maxSections bounds the /Prev chain (incremental updates), and
// maxExtends an object stream's /Extends chain.
const (
	maxObjects  = 1 << 22
	maxSections = 1024
	maxExtends  = 64
	// maxObjStmBytes bounds an object stream decoded: the library decodes
	// it again for every object it looks up there.
	maxObjStmBytes = 16 << 20
)

// xentry is one cross-reference entry.
type xentry struct {
	kind byte  // 0 none, 1 at an offset in the file, 2 in an object stream
	off  int64 // kind 1: the offset; kind 2: the object stream's number
	gen  int64
}

// xrefs is the merged cross-reference table, the newest section first.
type xrefs struct {
	data    []byte
	limit   int64 // object numbers are below this
	entries []xentry
	trailer pdict // the newest trailer (an xref stream's dictionary)
	// spans holds where each trailer dictionary is, for decryption to
	// rename its /Encrypt.
	spans [][2]int
	// hybrid is set when a table's trailer named a cross-reference stream
	// by /XRefStm, which the library does not follow (flatten).
	hybrid bool
}

func (x *xrefs) get(num int64) xentry {
	if num < 0 || num >= int64(len(x.entries)) {
		return xentry{}
	}
	return x.entries[num]
}

// set records an entry unless a newer section gave the number one.
func (x *xrefs) set(num int64, e xentry) {
	if num >= int64(len(x.entries)) {
		x.entries = append(x.entries, make([]xentry, int(num)-len(x.entries)+1)...)
	}
	if x.entries[num].kind == 0 {
		x.entries[num] = e
	}
}

// tooMany is the error for an object number the file cannot hold.
func (x *xrefs) tooMany(what string, n int64) error {
	return fmt.Errorf("cross-reference %s claims %d objects, more than a %d-byte file can hold", what, n, len(x.data))
}

// readXrefs reads the cross-reference chain from the last startxref.
func readXrefs(data []byte) (*xrefs, error) {
	x := &xrefs{data: data, limit: min(maxObjects, int64(len(data)))}
	off, err := startXref(data)
	if err != nil {
		return nil, err
	}
	seen := map[int64]bool{}
	for n := 0; ; n++ {
		if seen[off] {
			return nil, fmt.Errorf("cross-reference sections loop (/Prev back to offset %d)", off)
		}
		if n == maxSections {
			return nil, fmt.Errorf("more than %d cross-reference sections", maxSections)
		}
		seen[off] = true
		trailer, err := x.section(off)
		if err != nil {
			return nil, err
		}
		if x.trailer == nil {
			x.trailer = trailer
		}
		// A hybrid file (Office's exports): the table's trailer names by
		// /XRefStm a stream with the entries of the objects packed in
		// object streams, which the table lists as free. Its entries come
		// after the table's own and before older sections'.
		if xs, ok := trailer["XRefStm"].(int64); ok && !seen[xs] {
			seen[xs] = true
			if _, err := x.stream(xs); err != nil {
				return nil, fmt.Errorf("/XRefStm: %w", err)
			}
			x.hybrid = true
		}
		prev, ok := trailer["Prev"]
		if !ok {
			return x, nil
		}
		if off, ok = prev.(int64); !ok {
			return nil, errors.New("cross-reference /Prev is not an offset")
		}
	}
}

// startXref finds the offset after the last "startxref".
func startXref(data []byte) (int64, error) {
	tail := data[max(0, len(data)-1024):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return 0, errors.New("missing final startxref")
	}
	s := &scanner{data: tail, pos: i + len("startxref")}
	off, ok := s.integer()
	if !ok {
		return 0, errors.New("startxref not followed by an offset")
	}
	return off, nil
}

// section reads the section at off, a table or a stream, into x and
// returns its trailer.
func (x *xrefs) section(off int64) (pdict, error) {
	if off < 0 || off >= int64(len(x.data)) {
		return nil, fmt.Errorf("cross-reference offset %d outside the file", off)
	}
	s := &scanner{data: x.data, pos: int(off)}
	if s.keyword() == "xref" {
		return x.table(s)
	}
	return x.stream(off)
}

// table reads a classic table: subsections "first count" of entries
// "offset gen n|f", then the trailer.
func (x *xrefs) table(s *scanner) (pdict, error) {
	bad := fmt.Errorf("bad cross-reference table at offset %d", s.pos)
	for {
		save := s.pos
		if s.keyword() == "trailer" {
			break
		}
		s.pos = save
		first, ok1 := s.integer()
		count, ok2 := s.integer()
		if !ok1 || !ok2 {
			return nil, bad
		}
		if first+count > x.limit || first+count < 0 {
			return nil, x.tooMany("table", first+count)
		}
		for i := range count {
			o, ok1 := s.integer()
			g, ok2 := s.integer()
			kind := s.keyword()
			if !ok1 || !ok2 || kind != "n" && kind != "f" {
				return nil, bad
			}
			// A free entry is not recorded, so that an older section's
			// object fills the number, as the library reads it.
			if kind == "n" {
				x.set(first+i, xentry{kind: 1, off: o, gen: g})
			}
		}
	}
	start := s.pos
	v, err := s.value(0)
	trailer, ok := v.(pdict)
	if err != nil || !ok {
		return nil, errors.New("cross-reference table not followed by a trailer dictionary")
	}
	x.spans = append(x.spans, [2]int{start, s.pos})
	if size, _ := trailer.int("Size"); size > x.limit {
		return nil, x.tooMany("/Size", size)
	}
	return trailer, nil
}

// stream reads a cross-reference stream (PDF 1.5).
func (x *xrefs) stream(off int64) (pdict, error) {
	o, err := readIndirect(x.data, off)
	if err != nil {
		return nil, fmt.Errorf("no cross-reference section at offset %d", off)
	}
	d, ok := o.v.(pdict)
	if !ok || o.data < 0 || d.name("Type") != "XRef" {
		return nil, fmt.Errorf("no cross-reference section at offset %d", off)
	}
	x.spans = append(x.spans, [2]int{int(off), o.data})
	size, ok := d.int("Size")
	if !ok || size < 0 {
		return nil, errors.New("cross-reference stream without a /Size")
	}
	if size > x.limit {
		return nil, x.tooMany("stream /Size", size)
	}
	ws, _ := d["W"].([]any)
	var w []int
	total := 0
	for _, v := range ws {
		n, ok := v.(int64)
		if !ok || n < 0 || n > 8 {
			return nil, fmt.Errorf("cross-reference stream /W %v is not field widths of 0 to 8 bytes", ws)
		}
		w = append(w, int(n))
		total += int(n)
	}
	if len(w) < 3 || len(w) > 8 || total == 0 {
		return nil, fmt.Errorf("cross-reference stream /W %v is not field widths of 0 to 8 bytes", ws)
	}
	index := []any{int64(0), size}
	if v, ok := d["Index"].([]any); ok {
		index = v
	}
	if len(index)%2 != 0 {
		return nil, errors.New("cross-reference stream /Index is not pairs")
	}
	entries := int64(0)
	for i := 0; i < len(index); i += 2 {
		first, ok1 := index[i].(int64)
		count, ok2 := index[i+1].(int64)
		if !ok1 || !ok2 || first < 0 || count < 0 {
			return nil, errors.New("cross-reference stream /Index is not pairs of numbers")
		}
		if first+count > x.limit {
			return nil, x.tooMany("stream /Index", first+count)
		}
		entries += count
	}
	need := int(entries) * total
	raw, err := streamBytes(x.data, d, o.data, nil)
	if err != nil {
		return nil, fmt.Errorf("cross-reference stream: %w", err)
	}
	// A PNG predictor adds a byte a row: room for one a field.
	dec, err := decodeStream(raw, d, 2*need+16)
	if err != nil && len(dec) < need {
		return nil, fmt.Errorf("cross-reference stream: %w", err)
	}
	if len(dec) < need {
		return nil, fmt.Errorf("cross-reference stream holds %d bytes, its /Index needs %d", len(dec), need)
	}
	dec = dec[:need]
	field := func(b []byte) int64 {
		var v uint64
		for _, c := range b {
			v = v<<8 | uint64(c)
		}
		return int64(v & (1<<63 - 1))
	}
	for i := 0; i < len(index); i += 2 {
		first, count := index[i].(int64), index[i+1].(int64)
		for k := range count {
			e := dec[:total]
			dec = dec[total:]
			typ := int64(1)
			if w[0] > 0 {
				typ = field(e[:w[0]])
			}
			f2, f3 := field(e[w[0]:w[0]+w[1]]), field(e[w[0]+w[1]:w[0]+w[1]+w[2]])
			switch typ {
			case 1:
				x.set(first+k, xentry{kind: 1, off: f2, gen: f3})
			case 2:
				x.set(first+k, xentry{kind: 2, off: f2})
			}
		}
	}
	return d, nil
}

// resolve follows a reference to an object stored at an offset; other
// values are returned as they are. An object inside an object stream, or
// missing, is nil.
func (x *xrefs) resolve(v any) any {
	r, ok := v.(pref)
	if !ok {
		return v
	}
	e := x.get(r.num)
	if e.kind != 1 {
		return nil
	}
	o, err := readIndirect(x.data, e.off)
	if err != nil || o.num != r.num {
		return nil
	}
	return o.v
}

// streamBytes returns a stream's raw bytes: its /Length from where its data
// starts. x resolves an indirect /Length; nil allows only a direct one.
func streamBytes(data []byte, d pdict, start int, x *xrefs) ([]byte, error) {
	v := d["Length"]
	if x != nil {
		v = x.resolve(v)
	}
	n, ok := v.(int64)
	if !ok || n < 0 {
		return nil, errors.New("stream without a /Length")
	}
	if int64(start)+n > int64(len(data)) {
		return nil, errors.New("stream /Length runs past the end of the file")
	}
	return data[start : start+int(n)], nil
}

// checkObjectStreams refuses what would make the library recurse or loop
// for ever when it looks an object up in an object stream: an object
// stream inside an object stream (itself, at worst), a dictionary of one
// that refers into an object stream, an /Extends chain that loops, and an
// object count or first offset beyond what its bytes hold.
func (x *xrefs) checkObjectStreams() error {
	checked := map[int64]bool{}
	for num, e := range x.entries {
		if e.kind != 2 {
			continue
		}
		// Follow the /Extends chain from the stream the entry names.
		seen := map[int64]bool{}
		for s, n := e.off, 0; s >= 0; n++ {
			if seen[s] {
				return fmt.Errorf("object stream %d: /Extends loops", s)
			}
			if checked[s] {
				break // and the rest of its chain
			}
			if n == maxExtends {
				return fmt.Errorf("object stream %d: /Extends chain over %d long", e.off, maxExtends)
			}
			seen[s] = true
			next, err := x.objectStream(s, num)
			if err != nil {
				return err
			}
			checked[s] = true
			s = next
		}
	}
	return nil
}

// objectStream checks object stream s, where object num is said to be,
// and returns the stream it extends, or -1.
func (x *xrefs) objectStream(s int64, num int) (int64, error) {
	e := x.get(s)
	if e.kind == 2 {
		return -1, fmt.Errorf("object %d is in object stream %d, which is itself inside an object stream", num, s)
	}
	if e.kind != 1 {
		return -1, nil // the library finds no stream there and says so
	}
	o, err := readIndirect(x.data, e.off)
	d, ok := o.v.(pdict)
	if err != nil || !ok || o.data < 0 {
		return -1, nil
	}
	// The library resolves the dictionary's references as it reads the
	// stream: one into an object stream would recurse.
	var inStream error
	walkRefs(d, 0, func(r pref) {
		if inStream == nil && x.get(r.num).kind == 2 {
			inStream = fmt.Errorf("object stream %d: its dictionary refers to object %d, inside an object stream", s, r.num)
		}
	})
	if inStream != nil {
		return -1, inStream
	}
	if raw, err := streamBytes(x.data, d, o.data, x); err == nil {
		if dec, err := decodeStream(raw, d, maxObjStmBytes); err == nil {
			if len(dec) > maxObjStmBytes {
				return -1, fmt.Errorf("object stream %d decodes to over %d MiB", s, maxObjStmBytes>>20)
			}
			nObj, _ := x.resolve(d["N"]).(int64)
			first, _ := x.resolve(d["First"]).(int64)
			// Each object's number and offset take at least four bytes.
			if nObj < 0 || first < 0 || first > int64(len(dec)) || nObj > first/2+1 {
				return -1, fmt.Errorf("object stream %d claims %d objects from byte %d of %d", s, nObj, first, len(dec))
			}
		}
	}
	ext, ok := d["Extends"].(pref)
	if !ok {
		return -1, nil
	}
	return ext.num, nil
}

// walkRefs calls f for each reference in v, to a bounded depth.
func walkRefs(v any, depth int, f func(pref)) {
	if depth > maxNesting {
		return
	}
	switch v := v.(type) {
	case pref:
		f(v)
	case []any:
		for _, e := range v {
			walkRefs(e, depth+1, f)
		}
	case pdict:
		for _, e := range v {
			walkRefs(e, depth+1, f)
		}
	}
}

// checkStructure reads the cross-reference chain and checks the object
// streams before the library opens the file; an encrypted file comes back
// decrypted (crypt.go).
func checkStructure(data []byte) ([]byte, error) {
	x, err := readXrefs(data)
	if err != nil {
		return nil, fmt.Errorf("malformed PDF: %w", err)
	}
	if x.trailer["Encrypt"] != nil {
		if data, err = decrypt(x); err != nil {
			return nil, err
		}
		x.data = data
	}
	if err := x.checkObjectStreams(); err != nil {
		return nil, fmt.Errorf("malformed PDF: %w", err)
	}
	if x.hybrid {
		return x.flatten(), nil
	}
	return data, nil
}

// flatten returns the file with a cross-reference stream appended that
// holds every entry the chain gave, so that the library, which reads only
// the table of a hybrid file, finds the objects kept in object streams too.
func (x *xrefs) flatten() []byte {
	root, ok := x.trailer["Root"].(pref)
	if !ok {
		return x.data // nothing the library could open either way
	}
	// The new stream's own number, above every number the file may use.
	num := int64(len(x.entries))
	if size, ok := x.trailer.int("Size"); ok && size > num && size <= x.limit {
		num = size
	}
	keys := fmt.Sprintf("/Root %d %d R", root.num, root.gen)
	if info, ok := x.trailer["Info"].(pref); ok {
		keys += fmt.Sprintf(" /Info %d %d R", info.num, info.gen)
	}
	// Entries of a type byte, an 8-byte offset or object stream number,
	// and a 2-byte generation.
	rows := make([]byte, 0, (num+1)*11)
	out := append(bytes.Clone(x.data), '\n')
	self := int64(len(out))
	for n := range num + 1 {
		e := x.get(n)
		typ, f2, f3 := e.kind, e.off, e.gen
		if n == num {
			typ, f2, f3 = 1, self, 0
		}
		if typ == 2 {
			f3 = 0 // the library finds the object in its stream by number
		}
		rows = append(rows, typ)
		for sh := 56; sh >= 0; sh -= 8 {
			rows = append(rows, byte(f2>>sh))
		}
		rows = append(rows, byte(f3>>8), byte(f3))
	}
	out = fmt.Appendf(out, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 8 2] %s /Length %d >>\nstream\n", num, num+1, keys, len(rows))
	out = append(out, rows...)
	out = fmt.Appendf(out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", self)
	return out
}
