package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// Generators of PDFs whose file structure is hostile: small files, made at
// test time, that once hung the library, overflowed its stack or made it
// allocate gigabytes.

// helloObjects are a one-page document's objects 1–5: catalog, pages, page,
// font and content, showing "Hello".
var helloObjects = []string{
	"<< /Type /Catalog /Pages 2 0 R >>",
	"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
	"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
	"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	streamObject("", "BT /F1 10 Tf 72 700 Td (Hello) Tj ET\n"),
}

func streamObject(dict, data string) string {
	return fmt.Sprintf("<< /Length %d %s >>\nstream\n%sendstream", len(data), dict, data)
}

// writeObjects writes "%PDF" and the objects numbered from 1, returning
// their offsets (offsets[0] is object 1's).
func writeObjects(out *bytes.Buffer, objs []string) []int {
	out.WriteString("%PDF-1.5\n")
	var offsets []int
	for i, body := range objs {
		offsets = append(offsets, out.Len())
		fmt.Fprintf(out, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	return offsets
}

// classicXref writes a cross-reference table for offsets, a trailer with
// extra entries, and the startxref; it returns the table's offset.
func classicXref(out *bytes.Buffer, offsets []int, extra string) int {
	at := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(out, "trailer\n<< /Size %d /Root 1 0 R %s >>\n", len(offsets)+1, extra)
	return at
}

func finish(out *bytes.Buffer, xref int) []byte {
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes()
}

// xentryW is one entry of a cross-reference stream: type, two fields.
type xentryW struct{ typ, f2, f3 int }

// streamXref writes a cross-reference stream as object num (W [1 4 2], no
// filter) with the entries and extra dictionary entries (which may
// override /Size and /Index, as later ones win), and finishes the file.
func streamXref(out *bytes.Buffer, num int, entries []xentryW, extra string) []byte {
	at := out.Len()
	var data bytes.Buffer
	for _, e := range entries {
		data.Write([]byte{byte(e.typ), byte(e.f2 >> 24), byte(e.f2 >> 16), byte(e.f2 >> 8), byte(e.f2), byte(e.f3 >> 8), byte(e.f3)})
	}
	fmt.Fprintf(out, "%d 0 obj\n%s\nendobj\n", num, streamObject(fmt.Sprintf("/Type /XRef /Size %d /W [1 4 2] /Root 1 0 R %s", len(entries), extra), data.String()))
	return finish(out, at)
}

// objectStream makes an object stream holding objs under the numbers nums.
func objectStream(nums []int, objs []string, extra string) string {
	var head, body strings.Builder
	for i, o := range objs {
		fmt.Fprintf(&head, "%d %d ", nums[i], body.Len())
		body.WriteString(o + "\n")
	}
	return streamObject(fmt.Sprintf("/Type /ObjStm /N %d /First %d %s", len(objs), head.Len(), extra), head.String()+body.String())
}

// compressed makes the hello document with objects 1–4 in object stream 6
// and a cross-reference stream 7. streamExtra goes into the object
// stream's dictionary, xrefExtra into the cross-reference stream's (later
// entries win); fix edits the entries before they are written.
func compressed(streamExtra, xrefExtra string, fix func([]xentryW)) []byte {
	return compressedAs([]int{1, 2, 3, 4}, streamExtra, xrefExtra, fix)
}

// compressedAs is compressed with the object stream listing objects 1–4
// under the numbers nums.
func compressedAs(nums []int, streamExtra, xrefExtra string, fix func([]xentryW)) []byte {
	var out bytes.Buffer
	objs := []string{"null", "null", "null", "null", helloObjects[4], objectStream(nums, helloObjects[:4], streamExtra)}
	offsets := writeObjects(&out, objs)
	entries := []xentryW{{0, 0, 65535}}
	for i := range 4 {
		entries = append(entries, xentryW{2, 6, i})
	}
	entries = append(entries, xentryW{1, offsets[4], 0}, xentryW{1, offsets[5], 0}, xentryW{1, out.Len(), 0})
	if fix != nil {
		fix(entries)
	}
	return streamXref(&out, 7, entries, xrefExtra)
}

// classic makes the hello document with a cross-reference table.
func classic() []byte {
	var out bytes.Buffer
	offsets := writeObjects(&out, helloObjects)
	return finish(&out, classicXref(&out, offsets, ""))
}

// prevLoop makes the hello document with two cross-reference tables whose
// /Prev point at each other, or, with self, one that points at itself.
func prevLoop(self bool) []byte {
	var out bytes.Buffer
	offsets := writeObjects(&out, helloObjects)
	// Offsets are written ten digits wide, so they can be filled in after.
	const hole = "/Prev 0000000000"
	first := classicXref(&out, offsets, hole)
	last := first
	if !self {
		last = classicXref(&out, offsets, hole)
	}
	data := finish(&out, last)
	fill := func(at, prev int) {
		i := bytes.Index(data[at:], []byte(hole)) + at
		copy(data[i:], fmt.Sprintf("/Prev %010d", prev))
	}
	fill(first, last)
	if !self {
		fill(last, first)
	}
	return data
}

// TestCompressedStructure: the generators make readable files, so that what
// the tests below refuse is the one thing each breaks.
func TestCompressedStructure(t *testing.T) {
	for name, data := range map[string][]byte{
		"object and xref streams": compressed("", "", nil),
		"classic table":           classic(),
	} {
		doc, err := Reader{}.Read(context.Background(), data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(doc.Lines) != 1 || doc.Lines[0].Text != "Hello" {
			t.Errorf("%s: lines %+v", name, doc.Lines)
		}
	}
}

// TestHostileStructure: each of these once hung the process, killed it with
// a stack overflow or ran it out of memory inside the library, where
// recover() cannot help; now each is refused in one line.
func TestHostileStructure(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"xref Prev to itself", prevLoop(true), "cross-reference sections loop"},
		{"two xref sections pointing at each other", prevLoop(false), "cross-reference sections loop"},
		// The catalog is said to be in stream 6, which lists it as 11: the
		// library looks on in the stream it extends, itself.
		{"object stream Extends itself", compressedAs([]int{11, 2, 3, 4}, "/Extends 6 0 R", "", nil), "/Extends loops"},
		{"object stream contains itself", compressed("", "", func(e []xentryW) { e[6] = xentryW{2, 6, 0} }),
			"itself inside an object stream"},
		{"object stream's Length in an object stream", compressed("/Length 2 0 R", "", nil),
			"refers to object 2, inside an object stream"},
		{"xref stream Size 1000000000", compressed("", "/Size 1000000000", nil), "claims 1000000000 objects"},
		{"xref stream Size 4e9", compressed("", "/Size 4000000000", nil), "claims 4000000000 objects"},
		{"xref stream Index [3000000000 1]", compressed("", "/Index [3000000000 1]", nil), "claims 3000000001 objects"},
		{"xref stream W [0 0 0], huge Index", compressed("", "/W [0 0 0] /Index [0 100000000]", nil), "/W [0 0 0] is not field widths"},
		{"xref stream W too wide", compressed("", "/W [1 1000000000 2]", nil), "is not field widths"},
		{"xref stream Index beyond its data", compressed("", "/Index [0 300]", nil), "its /Index needs 2100"},
		// The catalog is not among them, and no other 1 (the count made
		// a real, at the same length): the library reads on for all.
		{"object stream claims 1e11 objects", bytes.Replace(compressedAs([]int{11, 2, 3, 4}, "/N 100000000000", "", nil), []byte("/Count 1 "), []byte("/Count 1."), 1),
			"claims 100000000000 objects"},
		{"xref table claiming 3e9 objects", func() []byte {
			var out bytes.Buffer
			offsets := writeObjects(&out, helloObjects)
			at := out.Len()
			fmt.Fprintf(&out, "xref\n3000000000 1\n%010d 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R >>\n", offsets[0])
			return finish(&out, at)
		}(), "claims 3000000001 objects"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Reader{}.Read(context.Background(), tt.data)
			if err == nil {
				t.Fatal("read without error")
			}
			if msg := err.Error(); !strings.Contains(msg, tt.want) || !strings.HasPrefix(msg, "malformed PDF: ") || strings.Contains(msg, "\n") {
				t.Errorf("error %q, want one line with %q", msg, tt.want)
			}
			if errors.Is(err, ErrEncrypted) {
				t.Error("reported as encrypted")
			}
		})
	}
}

// TestSmallPDFs: the fuzz seeds read, but for the /Prev loop, so that the
// fuzzer starts from files that reach the content.
func TestSmallPDFs(t *testing.T) {
	seeds := SmallPDFs()
	want := []string{"Hello", "Hello", "Page text", "Hello", "Status"}
	for i, data := range seeds {
		doc, err := Reader{}.Read(context.Background(), data)
		if i == len(seeds)-1 {
			if err == nil {
				t.Error("the /Prev loop read")
			}
			continue
		}
		if err != nil || len(doc.Lines) == 0 || !strings.HasPrefix(doc.Lines[0].Text, want[i]) {
			t.Errorf("seed %d: err %v, lines %+v", i, err, doc.Lines)
		}
	}
}
