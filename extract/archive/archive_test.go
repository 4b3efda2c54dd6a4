package archive

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func mkzip(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, parts[i+1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// spaces is an entry of n spaces: a few hundred kilobytes compressed.
func spaces(t testing.TB, zw *zip.Writer, name string, n int) {
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for written := 0; written < n; written += len(chunk) {
		w.Write(chunk)
	}
}

func TestLimits(t *testing.T) {
	many := func() []byte {
		var parts []string
		for i := 0; i <= MaxEntries; i++ {
			parts = append(parts, fmt.Sprintf("f%d", i), "")
		}
		return mkzip(t, parts...)
	}
	bomb := func(sizes ...int) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for i, n := range sizes {
			spaces(t, zw, fmt.Sprintf("part%d.xml", i), n)
		}
		zw.Close()
		return buf.Bytes()
	}
	tests := []struct {
		name string
		data []byte
		err  string
	}{
		{"not a zip", []byte("%PDF-1.4"), "not a zip archive"},
		{"too many entries", many(), "xlsx has 10001 entries, over the limit of 10000"},
		{"one part too big", bomb(MaxEntryBytes + 1<<20), "part0.xml decompresses to more than 67108864 bytes"},
		{"all parts too big", bomb(MaxEntryBytes-1<<20, MaxEntryBytes-1<<20, 4<<20), "xlsx decompresses to more than 134217728 bytes in all"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Open(tt.data, "xlsx")
			if err == nil {
				err = a.CheckAll()
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("err = %v, want one containing %q", err, tt.err)
			}
		})
	}
	if _, err := Open([]byte("nope"), "ods"); !errors.Is(err, ErrNotZip) {
		t.Errorf("err = %v, want ErrNotZip", err)
	}
}

func TestOpenAndRead(t *testing.T) {
	a, err := Open(mkzip(t, "a.xml", "<a>hi</a>"), "odt")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Has("a.xml") || a.Has("b.xml") {
		t.Fatal("Has is wrong")
	}
	data, err := a.ReadFile("a.xml")
	if err != nil || string(data) != "<a>hi</a>" {
		t.Fatalf("ReadFile = %q, %v", data, err)
	}
	if _, err := a.Open("b.xml"); err == nil || !strings.Contains(err.Error(), "has no b.xml") {
		t.Fatalf("err = %v", err)
	}
}

// TestXMLGuards: entity tricks and deep nesting fail as invalid XML or a
// depth error; nothing is expanded.
func TestXMLGuards(t *testing.T) {
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><a>&lol2;</a>`
	external := `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>`
	tests := []struct {
		name, xml, err string
	}{
		{"billion laughs", laughs, "invalid XML"},
		{"external entity", external, "invalid XML"},
		{"too deep", strings.Repeat("<a>", MaxXMLDepth+1), "nested more than 1000 deep"},
		{"truncated", "<a><b>", "invalid XML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := NewXML(context.Background(), strings.NewReader(tt.xml))
			var err error
			for err == nil {
				_, err = x.Token()
			}
			if !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("err = %v, want %q", err, tt.err)
			}
			var v struct{}
			if tt.name != "too deep" {
				if err := Decode(strings.NewReader(tt.xml), "x.xml", &v); err == nil || !strings.Contains(err.Error(), "read x.xml: invalid XML") {
					t.Fatalf("Decode err = %v", err)
				}
			}
		})
	}
}

func TestXMLCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	x := NewXML(ctx, strings.NewReader("<a>"+strings.Repeat("<b/>", 10000)+"</a>"))
	var err error
	for err == nil {
		_, err = x.Token()
	}
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
