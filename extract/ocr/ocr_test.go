package ocr

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const hocr = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' title='bbox 0 0 3000 2000'>
 <div class='ocr_carea'><p class='ocr_par'>
  <span class='ocr_line' title="bbox 100 200 900 250; baseline 0.01 -10; x_size 40; x_descenders 10; x_ascenders 10">
   <span class='ocrx_word' title='bbox 100 205 300 240; x_wconf 95'>Recruit</span>
   <span class='ocrx_word' title='bbox 500 210 900 250; x_wconf 91'><strong>volunteers</strong> &amp; co</span>
   <span class='ocrx_word' title='bbox 950 210 960 250; x_wconf 91'> </span>
  </span>
  <span class='ocr_header' title="bbox 100 300 400 330; x_size 30">
   <span class='ocrx_word' title='bbox 100 300 400 330; x_wconf 12'>Plan</span>
  </span>
 </p></div>
 <span class='ocrx_word' title='bbox 10 10 20 20'>loose</span>
</div></body></html>`

func TestParseHOCR(t *testing.T) {
	words, err := parseHOCR([]byte(hocr))
	if err != nil {
		t.Fatal(err)
	}
	if len(words) != 4 {
		t.Fatalf("%d words, want 4: %+v", len(words), words)
	}
	// The baseline is the line's: 250 - 10 + 0.01 × (word centre - 100).
	if w := words[0]; w.text != "Recruit" || w.conf != 95 || math.Abs(w.base-(240+0.01*100)) > 1e-9 || w.size != 40 {
		t.Errorf("word 0 = %+v", w)
	}
	if w := words[1]; w.text != "volunteers & co" || math.Abs(w.base-(240+0.01*600)) > 1e-9 {
		t.Errorf("word 1 = %+v", w)
	}
	if w := words[2]; w.text != "Plan" || w.base != 330 || w.size != 30 || w.conf != 12 {
		t.Errorf("a line without a baseline: word 2 = %+v", w)
	}
	if w := words[3]; w.text != "loose" || w.base != 20 || w.size != 10 || w.conf != -1 {
		t.Errorf("a word outside any line: %+v", w)
	}
}

// page draws a synthetic scan: a ruled box and rows of "text" (short
// dashes of ink with paper between), turned by deg.
func page(deg float64) *gray {
	g := &gray{w: 1200, h: 800, pix: make([]byte, 1200*800)}
	for i := range g.pix {
		g.pix[i] = 255
	}
	set := func(x, y int) {
		if x >= 0 && y >= 0 && x < g.w && y < g.h {
			g.pix[y*g.w+x] = 0
		}
	}
	for x := 100; x <= 1100; x++ {
		for t := 0; t < 3; t++ {
			set(x, 100+t)
			set(x, 700+t)
		}
	}
	for y := 100; y <= 700; y++ {
		for t := 0; t < 3; t++ {
			set(100+t, y)
			set(600+t, y)
			set(1100+t, y)
		}
	}
	for row := 150; row < 680; row += 40 {
		for x := 130; x < 580; x += 14 {
			for dx := 0; dx < 8; dx++ {
				for dy := 0; dy < 18; dy++ {
					set(x+dx, row+dy)
				}
			}
		}
	}
	if deg != 0 {
		return g.rotate(deg)
	}
	return g
}

func TestSkewAndRules(t *testing.T) {
	for _, deg := range []float64{0, 1.2, -2} {
		g := page(deg)
		got := g.skew()
		if math.Abs(got-deg) > 0.11 {
			t.Errorf("turned %.1f°: skew %.2f", deg, got)
			continue
		}
		g = g.rotate(-got)
		hs, vs := g.rules(300)
		if len(hs) != 2 || len(vs) != 3 {
			t.Errorf("turned %.1f°: %d horizontal and %d vertical rules, want 2 and 3: %v %v", deg, len(hs), len(vs), hs, vs)
		}
		// The rules are painted out, the text is not.
		ink := 0
		for y := 95; y < 110; y++ {
			for x := 200; x < 1000; x++ {
				if g.at(x, y) < dark {
					ink++
				}
			}
		}
		if ink > 0 || g.inkCount(1) < 10000 {
			t.Errorf("turned %.1f°: %d ink pixels left on the top rule, %d in all", deg, ink, g.inkCount(1))
		}
	}
}

// TestRulesOfAScan: what rules() takes for a rule, drawn on a blank 300 dpi
// page — a hairline that scanning left as a staircase of dashes is one
// rule; what is not a rule stays ink.
func TestRulesOfAScan(t *testing.T) {
	blank := func() *gray {
		g := &gray{w: 1200, h: 400, pix: make([]byte, 1200*400)}
		for i := range g.pix {
			g.pix[i] = 255
		}
		return g
	}
	ink := func(g *gray, x0, y0, x1, y1 int) {
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				g.pix[y*g.w+x] = 0
			}
		}
	}
	for _, c := range []struct {
		name   string
		draw   func(g *gray)
		hs, vs int
	}{
		{"a solid rule", func(g *gray) { ink(g, 100, 200, 1100, 201) }, 1, 0},
		{"a straightened hairline: dashes 35 long with 13 of paper between, and on the row below 22 long under the gaps", func(g *gray) {
			for x := 100; x+35 < 1100; x += 48 {
				ink(g, x, 200, x+34, 200)
				ink(g, x+30, 201, x+51, 201)
			}
		}, 1, 0},
		{"the same dashes on one row: a dashed rule with gaps over the bridged length is not one", func(g *gray) {
			for x := 100; x+35 < 1100; x += 52 {
				ink(g, x, 200, x+34, 200)
			}
		}, 0, 0},
		{"a vertical hairline in steps", func(g *gray) {
			for y := 20; y+30 < 380; y += 40 {
				ink(g, 600, y, 600, y+29)
				ink(g, 601, y+25, 601, y+44)
			}
		}, 0, 1},
		{"letter stems of lines one under the other, 20 px apart, are not a rule", func(g *gray) {
			for y := 20; y+40 < 380; y += 60 {
				ink(g, 600, y, 603, y+39)
				ink(g, 604, y+18, 620, y+21) // the bar of an H
			}
		}, 0, 0},
		{"a dotted leader: dots shorter than a piece", func(g *gray) {
			for x := 100; x < 1000; x += 14 {
				ink(g, x, 200, x+7, 201)
			}
		}, 0, 0},
	} {
		g := blank()
		c.draw(g)
		hs, vs := g.rules(300)
		if len(hs) != c.hs || len(vs) != c.vs {
			t.Errorf("%s: %d horizontal and %d vertical rules, want %d and %d: %v %v", c.name, len(hs), len(vs), c.hs, c.vs, hs, vs)
		}
	}
}

// TestRenderDPI: a scan is drawn at its own resolution or a whole multiple
// of it, near the engine's.
func TestRenderDPI(t *testing.T) {
	for _, c := range []struct {
		ppi  float64
		want int
	}{
		{0, 300},     // not known
		{200, 200},   // its own: two thirds of 300 and more
		{200.4, 200}, // as measured from the page, rounded
		{240, 240},   // its own
		{150, 300},   // twice
		{96, 384},    // four times
		{72, 360},    // five times (288 is too few, 360 within half as much again)
		{100, 300},   // three times
		{300, 300},   // the engine's own
		{600, 300},   // drawn smaller
		{30, 300},    // not a scan's resolution
		{250, 250},   // its own
		{180, 360},   // twice
	} {
		if got := renderDPI(c.ppi, 300); got != c.want {
			t.Errorf("renderDPI(%v, 300) = %d, want %d", c.ppi, got, c.want)
		}
	}
}

func TestReadPGM(t *testing.T) {
	g, err := readPGM([]byte("P5\n# made by hand\n3 2\n255\n\x00\x01\x02\x03\x04\x05"))
	if err != nil || g.w != 3 || g.h != 2 || g.at(2, 1) != 5 {
		t.Fatalf("readPGM = %+v, %v", g, err)
	}
	if back, err := readPGM(g.pgm()); err != nil || string(back.pix) != string(g.pix) {
		t.Errorf("round trip: %v", err)
	}
	for _, bad := range []string{"P6\n1 1\n255\nx", "P5\n3 2\n65535\n", "P5\n3 2\n255\nab", "P5\n99999 99999\n255\n", "P5\n-1 2\n255\n"} {
		if _, err := readPGM([]byte(bad)); err == nil {
			t.Errorf("%q read", bad)
		}
	}
}

func TestCache(t *testing.T) {
	dir := t.TempDir()
	key := strings.Repeat("ab", 32)
	if _, ok := cacheGet(dir, key); ok {
		t.Fatal("hit in an empty cache")
	}
	want := Page{Width: 10, Words: []Word{{X0: 1, X1: 2, Base: 3, Size: 4, Text: "hi", Conf: 90}}}
	cachePut(dir, key, want)
	got, ok := cacheGet(dir, key)
	if !ok || len(got.Words) != 1 || got.Words[0] != want.Words[0] {
		t.Fatalf("cacheGet = %+v, %v", got, ok)
	}
	// No temporary file is left beside the entry; a damaged entry misses.
	entries, _ := os.ReadDir(filepath.Join(dir, "ab"))
	if len(entries) != 1 {
		t.Errorf("%d files in the cache folder, want 1", len(entries))
	}
	os.WriteFile(cachePath(dir, key), []byte("{"), 0o644)
	if _, ok := cacheGet(dir, key); ok {
		t.Error("a damaged entry was a hit")
	}
	cachePut("", key, want) // no cache: nothing happens
}

func TestConfig(t *testing.T) {
	for _, c := range []Config{{}, {Mode: Auto}, {Mode: Off, PageTimeout: time.Second}} {
		if err := c.Validate(); err != nil {
			t.Errorf("%+v: %v", c, err)
		}
	}
	if err := (Config{Mode: "on"}).Validate(); err == nil || !strings.HasPrefix(err.Error(), "extract.ocr: ") {
		t.Errorf("err = %v, want one naming extract.ocr", err)
	}
	if err := (Config{PageTimeout: -1}).Validate(); err == nil || !strings.HasPrefix(err.Error(), "extract.ocr_page_timeout: ") {
		t.Errorf("err = %v", err)
	}
	if _, err := New(Config{Mode: Off}).Page(context.Background(), nil, 1, 0); !errors.Is(err, ErrOff) {
		t.Errorf("off: err = %v", err)
	}
}

// fakeTools puts stand-ins for the engine's programs first on PATH.
func fakeTools(t *testing.T, tesseract string) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "pdftoppm"), []byte("#!/bin/sh\nprintf 'P5\\n2 2\\n255\\n\\377\\377\\377\\377'\n"), 0o755)
	os.WriteFile(filepath.Join(dir, "tesseract"), []byte("#!/bin/sh\n"+tesseract), 0o755)
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
}

func TestNoEngine(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := New(Config{}).Page(context.Background(), []byte("%PDF-1.4"), 1, 0)
	if !errors.Is(err, ErrNoEngine) || !strings.Contains(err.Error(), "apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils") {
		t.Errorf("err = %v, want one saying how to install an engine", err)
	}
}

// TestPageTimeout: an engine that hangs costs its page the page limit and
// an error naming it; it is killed, not waited for.
func TestPageTimeout(t *testing.T) {
	fakeTools(t, `if [ "$1" = --version ]; then echo "tesseract 9"; exit 0; fi
exec sleep 30
`)
	e := New(Config{PageTimeout: 300 * time.Millisecond})
	_, err := e.Page(context.Background(), []byte("%PDF-1.4"), 3, 0)
	if err == nil || !strings.Contains(err.Error(), "page 3: OCR stopped after 300ms (extract.ocr_page_timeout)") {
		t.Errorf("err = %v", err)
	}
}

// TestPageWithFakeEngine runs the whole page path with stand-in programs:
// the words come back in points, and a second read comes from the cache.
func TestPageWithFakeEngine(t *testing.T) {
	fakeTools(t, `if [ "$1" = --version ]; then echo "tesseract 9"; exit 0; fi
cat >/dev/null
cat <<'X'
`+hocr+`
X
`)
	cache := t.TempDir()
	e := New(Config{CacheDir: cache, DPI: 144})
	p, err := e.Page(context.Background(), []byte("%PDF-1.4"), 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if p.Width != 1 || len(p.Words) != 3 || p.Words[0].Text != "Recruit" || p.Words[0].X0 != 50 || p.Words[0].X1 != 150 {
		t.Fatalf("page = %+v", p) // 144 dpi: 2 pixels a point; "Plan" (confidence 12) left out
	}
	files, _ := filepath.Glob(filepath.Join(cache, "*", "*.json"))
	if len(files) != 1 {
		t.Fatalf("%d cache entries, want 1", len(files))
	}
	fakeTools(t, `if [ "$1" = --version ]; then echo "tesseract 9"; exit 0; fi
exit 1
`)
	e = New(Config{CacheDir: cache, DPI: 144})
	if p2, err := e.Page(context.Background(), []byte("%PDF-1.4"), 1, 0); err != nil || len(p2.Words) != 3 {
		t.Errorf("cached read: %+v, %v", p2, err)
	}
}

func FuzzHOCR(f *testing.F) {
	f.Add([]byte(hocr))
	f.Fuzz(func(t *testing.T, data []byte) {
		words, err := parseHOCR(data)
		if err != nil {
			return
		}
		for _, w := range words {
			if w.text == "" {
				t.Fatal("empty word")
			}
		}
	})
}

func FuzzPGM(f *testing.F) {
	f.Add([]byte("P5\n3 2\n255\n\x00\x01\x02\x03\x04\x05"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := readPGM(data)
		if err != nil {
			return
		}
		if len(g.pix) != g.w*g.h {
			t.Fatalf("%d pixels for %d×%d", len(g.pix), g.w, g.h)
		}
		if g.w*g.h < 1<<20 {
			g.skew()
			g.rules(300)
		}
	})
}
