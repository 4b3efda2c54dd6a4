// Package ocr reads the words of a scanned page — a PDF page with no text
// layer, only an image — with an OCR engine run as a separate process:
// poppler's pdftoppm renders the page, tesseract reads it. The page image
// is straightened first (a scan is often turned a degree or two), its
// table rules found and painted out (an engine reads a rule as "|"), and
// the engine's words come back with their boxes and baselines in page
// points, so that extract/pdf rebuilds lines and tables from them exactly
// as from a text layer. Results are cached on disk by the page image's
// hash; each page has its own time limit.
package ocr

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Modes of Config.Mode.
const (
	Auto = "auto" // read scanned pages when an engine is installed
	Off  = "off"  // never
)

// Config says whether and how scanned pages are read.
type Config struct {
	Mode        string        // Auto or Off; "" is Auto
	CacheDir    string        // where results are kept; "" keeps none
	PageTimeout time.Duration // one page's limit; 0 is DefaultPageTimeout
	DPI         int           // rendering resolution; 0 is DefaultDPI
	Lang        string        // tesseract language; "" is "eng"
}

// Defaults.
const (
	DefaultPageTimeout = 60 * time.Second
	DefaultDPI         = 300
)

// Validate checks the mode, naming the config key.
func (c Config) Validate() error {
	switch c.Mode {
	case "", Auto, Off:
	default:
		return fmt.Errorf("extract.ocr: %q is not auto or off", c.Mode)
	}
	if c.PageTimeout < 0 {
		return fmt.Errorf("extract.ocr_page_timeout: %v: must not be negative", c.PageTimeout)
	}
	return nil
}

// Environment variables that carry a Config to an extraction worker.
const (
	envMode    = "COUNCILACTIONS_WORKER_OCR"
	envCache   = "COUNCILACTIONS_WORKER_OCR_CACHE"
	envTimeout = "COUNCILACTIONS_WORKER_OCR_PAGE_TIMEOUT"
)

// Env is the config as environment variables, for a worker process.
func (c Config) Env() []string {
	return []string{envMode + "=" + c.Mode, envCache + "=" + c.CacheDir, envTimeout + "=" + c.PageTimeout.String()}
}

// FromEnv reads a config that Env wrote; unset or unreadable values are
// the defaults.
func FromEnv(getenv func(string) string) Config {
	c := Config{Mode: getenv(envMode), CacheDir: getenv(envCache)}
	if d, err := time.ParseDuration(getenv(envTimeout)); err == nil {
		c.PageTimeout = d
	}
	if c.Validate() != nil {
		c.Mode = Auto
	}
	return c
}

// Errors a caller may test for.
var (
	// ErrOff: OCR is turned off by the config.
	ErrOff = errors.New("OCR is off (extract.ocr)")
	// ErrNoEngine: no engine is installed.
	ErrNoEngine = errors.New("no OCR engine: install tesseract and poppler's pdftoppm to read scanned pages (Debian: apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils)")
)

// Word is one word the engine read, in page points measured from the
// page's top left: its left and right edges, its baseline and the size of
// its line's type.
type Word struct {
	X0, X1, Base, Size float64
	Text               string
	Conf               int // the engine's confidence, 0–100
}

// Rule is a drawn line of the page image in page points from the top left.
type Rule struct{ X0, Y0, X1, Y1 float64 }

// Page is what OCR found on one page.
type Page struct {
	Width, Height float64 // points
	Skew          float64 // degrees the scan was turned, now undone
	Words         []Word
	HRules        []Rule
	VRules        []Rule
}

// Engine reads scanned pages. It is safe for use by one paper at a time
// and may be shared across papers.
type Engine struct {
	cfg Config

	once      sync.Once
	tesseract string
	pdftoppm  string
	version   string // the engine and settings, part of every cache key
	findErr   error
}

// New makes an engine; the programs are looked for on first use.
func New(cfg Config) *Engine {
	if cfg.Mode == "" {
		cfg.Mode = Auto
	}
	if cfg.PageTimeout <= 0 {
		cfg.PageTimeout = DefaultPageTimeout
	}
	if cfg.DPI <= 0 {
		cfg.DPI = DefaultDPI
	}
	if cfg.Lang == "" {
		cfg.Lang = "eng"
	}
	return &Engine{cfg: cfg}
}

// pipeline names this package's own processing in cache keys: a change
// to rendering, straightening or rule removal makes old results stale.
const pipeline = "councilactions-ocr-3"

// find looks for the programs once.
func (e *Engine) find() error {
	e.once.Do(func() {
		if e.cfg.Mode == Off {
			e.findErr = ErrOff
			return
		}
		var err1, err2 error
		e.tesseract, err1 = exec.LookPath("tesseract")
		e.pdftoppm, err2 = exec.LookPath("pdftoppm")
		if err1 != nil || err2 != nil {
			e.findErr = ErrNoEngine
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		out, err := command(ctx, e.tesseract, "--version").Output()
		if err != nil {
			e.findErr = fmt.Errorf("%w (tesseract --version: %v)", ErrNoEngine, err)
			return
		}
		first, _, _ := strings.Cut(string(out), "\n")
		e.version = fmt.Sprintf("%s|%s|%s|dpi%d", pipeline, strings.TrimSpace(first), e.cfg.Lang, e.cfg.DPI)
	})
	return e.findErr
}

// Available reports whether scanned pages can be read, and if not why.
func (e *Engine) Available() error { return e.find() }

// Page reads page n (1-based) of the PDF in data, within the page time
// limit. ppi is the scan's own resolution when the caller knows it, else 0.
func (e *Engine) Page(ctx context.Context, data []byte, n int, ppi float64) (Page, error) {
	if err := e.find(); err != nil {
		return Page{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, e.cfg.PageTimeout)
	defer cancel()
	p, err := e.page(ctx, data, n, renderDPI(ppi, e.cfg.DPI))
	if err != nil && ctx.Err() == context.DeadlineExceeded {
		return Page{}, fmt.Errorf("page %d: OCR stopped after %s (extract.ocr_page_timeout)", n, e.cfg.PageTimeout)
	}
	return p, err
}

// renderDPI is the resolution to draw a scan of ppi pixels an inch at,
// near want: the scan's own when it is at least two thirds of want (each
// pixel drawn as one: 200 dpi is read at 200), else the smallest whole
// multiple of it from want up to half as much again (150 dpi at 300, 96 at
// 384), so that each of its pixels becomes a square of whole pixels. Drawn
// at 1.5 times its own, a scan's letters come out uneven and the engine
// misreads them ("HWBB" as "HWEBB"). A resolution not known, not sensible
// or above want: want.
func renderDPI(ppi float64, want int) int {
	own := int(math.Round(ppi))
	if own < 50 || own >= want || math.Abs(ppi-float64(own)) > 0.05*ppi {
		return want
	}
	if 3*own >= 2*want {
		return own
	}
	if r := own * ((want + own - 1) / own); 2*r <= 3*want {
		return r
	}
	return want
}

func (e *Engine) page(ctx context.Context, data []byte, n, dpi int) (Page, error) {
	img, err := e.render(ctx, data, n, dpi)
	if err != nil {
		return Page{}, err
	}
	sum := sha256.Sum256(append([]byte(fmt.Sprintf("%s|render%d\n", e.version, dpi)), img...))
	key := hex.EncodeToString(sum[:])
	if p, ok := cacheGet(e.cfg.CacheDir, key); ok {
		return p, nil
	}
	g, err := readPGM(img)
	if err != nil {
		return Page{}, fmt.Errorf("page %d: %w", n, err)
	}
	p := Page{Width: float64(g.w) * 72 / float64(dpi), Height: float64(g.h) * 72 / float64(dpi)}
	if p.Skew = g.skew(); p.Skew != 0 {
		g = g.rotate(-p.Skew)
	}
	hs, vs := g.rules(dpi)
	words, err := e.recognise(ctx, g, dpi)
	if err != nil {
		return Page{}, fmt.Errorf("page %d: %w", n, err)
	}
	pt := 72 / float64(dpi)
	for _, w := range words {
		if w.conf >= 0 && w.conf < minConf || strings.Trim(w.text, "|!") == "" {
			continue // a speck, or a rule left over read as "|"
		}
		p.Words = append(p.Words, Word{X0: float64(w.x0) * pt, X1: float64(w.x1) * pt, Base: w.base * pt, Size: w.size * pt, Text: w.text, Conf: w.conf})
	}
	for _, r := range hs {
		p.HRules = append(p.HRules, Rule{float64(r.x0) * pt, float64(r.y0+r.y1) / 2 * pt, float64(r.x1) * pt, float64(r.y0+r.y1) / 2 * pt})
	}
	for _, r := range vs {
		p.VRules = append(p.VRules, Rule{float64(r.x0+r.x1) / 2 * pt, float64(r.y0) * pt, float64(r.x0+r.x1) / 2 * pt, float64(r.y1) * pt})
	}
	cachePut(e.cfg.CacheDir, key, p)
	return p, nil
}

// minConf drops what the engine itself barely believes: specks and the
// edges of stamps read as letters.
const minConf = 20

// render has pdftoppm draw one page in grey at dpi.
func (e *Engine) render(ctx context.Context, data []byte, n, dpi int) ([]byte, error) {
	cmd := command(ctx, e.pdftoppm, "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), "-r", strconv.Itoa(dpi), "-gray", "-")
	out, err := run(ctx, cmd, data)
	if err != nil {
		return nil, fmt.Errorf("page %d: pdftoppm: %w", n, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("page %d: pdftoppm drew nothing", n)
	}
	return out, nil
}

// recognise runs tesseract over the page image (on its standard input)
// and reads its hOCR. One thread: pages are many and cores few.
func (e *Engine) recognise(ctx context.Context, g *gray, dpi int) ([]pxWord, error) {
	cmd := command(ctx, e.tesseract, "stdin", "stdout", "-l", e.cfg.Lang, "--dpi", strconv.Itoa(dpi), "--psm", "11", "hocr")
	cmd.Env = append(cmd.Environ(), "OMP_THREAD_LIMIT=1")
	out, err := run(ctx, cmd, g.pgm())
	if err != nil {
		return nil, fmt.Errorf("tesseract: %w", err)
	}
	words, err := parseHOCR(out)
	if err != nil {
		return nil, fmt.Errorf("tesseract's hOCR: %w", err)
	}
	return words, nil
}

// run feeds stdin to cmd and returns what it wrote; a failure carries
// the start of what it wrote to stderr, and a cancelled ctx is ctx's error.
func run(ctx context.Context, cmd *exec.Cmd, stdin []byte) ([]byte, error) {
	cmd.Stdin = bytes.NewReader(stdin)
	var out bytes.Buffer
	errOut := &limitedBuffer{max: 4096}
	cmd.Stdout, cmd.Stderr = &out, errOut
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("%v %s", err, oneLine(errOut.String()))
	}
	return out.Bytes(), nil
}

// command makes a child process that dies with its caller: killed when
// ctx ends, and (on Linux) when the process that started it dies, so
// that an extraction worker killed at its deadline leaves no engine
// running.
func command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.SysProcAttr = procAttr()
	cmd.WaitDelay = 2 * time.Second
	return cmd
}

// limitedBuffer keeps the start of what a program writes to stderr.
type limitedBuffer struct {
	buf bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *limitedBuffer) String() string { return b.buf.String() }

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
