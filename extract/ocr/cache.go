package ocr

import (
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/councilactions/councilactions/internal/atomicfile"
)

// The cache keeps one JSON file a page, named by the hash of the page
// image and the engine's version and settings, in a folder of its first
// two hex digits. A file is written whole or not at all (a temporary file
// renamed into place), so a run killed mid-write leaves no half result.

func cachePath(dir, key string) string { return filepath.Join(dir, key[:2], key+".json") }

func cacheGet(dir, key string) (Page, bool) {
	if dir == "" {
		return Page{}, false
	}
	data, err := os.ReadFile(cachePath(dir, key))
	if err != nil {
		return Page{}, false
	}
	var p Page
	if err := json.Unmarshal(data, &p); err != nil {
		return Page{}, false // a damaged entry is read again
	}
	return p, true
}

func cachePut(dir, key string, p Page) {
	if dir == "" {
		return
	}
	if err := writeAtomic(cachePath(dir, key), p); err != nil {
		slog.Warn("ocr: result not cached", "err", err)
	}
}

func writeAtomic(path string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(path, data, 0o644)
}
