package pdf

import (
	"context"
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/ocr"
)

// fakeOCR answers every page with the same words and rules, or an error.
type fakeOCR struct {
	page  ocr.Page
	err   error
	pages []int
	ppis  []float64 // the scan resolution passed for each page
}

func (f *fakeOCR) Page(ctx context.Context, data []byte, n int, ppi float64) (ocr.Page, error) {
	f.pages = append(f.pages, n)
	f.ppis = append(f.ppis, ppi)
	return f.page, f.err
}

// TestScannedPages: a page with only an image goes to OCR, and its words
// come back as lines and its rules as a ruled table, as a text layer's
// would; without OCR, or when OCR fails, the paper says why it has no text.
func TestScannedPages(t *testing.T) {
	data, err := os.ReadFile("../../fixtures/scanned/001_6c1427c512f07a38.scan200.pdf")
	if err != nil {
		t.Fatal(err)
	}
	// Points from the top left of an A4 landscape page (841.9 × 595.3).
	words := func(base float64, xs []float64, texts ...string) []ocr.Word {
		var out []ocr.Word
		for i, s := range texts {
			out = append(out, ocr.Word{X0: xs[i], X1: xs[i] + 8*float64(len(s)), Base: base, Size: 11, Text: s, Conf: 90})
		}
		return out
	}
	cols := []float64{110, 310, 510}
	var ws []ocr.Word
	ws = append(ws, words(60, []float64{100}, "Plan")...)
	ws = append(ws, words(115, cols, "Ref", "Action", "Lead")...)
	ws = append(ws, words(145, cols, "1", "Walk", "Jo")...)
	ws = append(ws, words(175, cols, "2", "Run", "Sam")...)
	var hr, vr []ocr.Rule
	for _, y := range []float64{100, 125, 155, 185} {
		hr = append(hr, ocr.Rule{X0: 100, Y0: y, X1: 700, Y1: y})
	}
	for _, x := range []float64{100, 300, 500, 700} {
		vr = append(vr, ocr.Rule{X0: x, Y0: 100, X1: x, Y1: 185})
	}
	fake := &fakeOCR{page: ocr.Page{Width: 841.92, Height: 595.44, Words: ws, HRules: hr, VRules: vr}}
	ld, err := Reader{OCR: fake}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if len(fake.pages) != 4 || fake.pages[3] != 4 {
		t.Errorf("OCR asked for pages %v, want 1–4", fake.pages)
	}
	// Each page's image is a 200 dpi scan drawn over the whole page.
	for i, ppi := range fake.ppis {
		if math.Abs(ppi-200) > 1 {
			t.Errorf("page %d: the scan's resolution passed as %.1f, want 200", i+1, ppi)
		}
	}
	var got []string
	for _, l := range ld.Lines[:4] {
		got = append(got, l.Text)
	}
	if want := "Plan|Ref\tAction\tLead|1\tWalk\tJo|2\tRun\tSam"; strings.Join(got, "|") != want {
		t.Errorf("lines %q, want %q", strings.Join(got, "|"), want)
	}
	if !ld.Lines[2].Record {
		t.Errorf("a row between rules is not a record: %+v", ld.Lines[2])
	}

	if _, err := (Reader{}).Read(context.Background(), data); !errors.Is(err, ErrNoText) {
		t.Errorf("no OCR: err = %v", err)
	}
	_, err = Reader{OCR: &fakeOCR{err: ocr.ErrNoEngine}}.Read(context.Background(), data)
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "apt-get install") {
		t.Errorf("no engine: err = %v", err)
	}
}
