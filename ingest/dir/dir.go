// Package dir is the source for papers already on disk: every file below a
// folder is a document.
package dir

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/councilactions/councilactions/ingest"
)

// Source lists the papers in a folder.
type Source struct {
	cfg   ingest.SourceConfig
	stats ingest.CrawlStats
}

// Stats counts the entries of the last Documents call that could not be
// read (its other counts stay zero: a folder is not crawled). A paper that
// cannot be read is a failed paper, reported with the rest.
func (s *Source) Stats() ingest.CrawlStats { return s.stats }

func (s *Source) fail(path string, err error) {
	slog.Warn("paper failed", "source", s.cfg.Name, "path", path, "err", err)
	s.stats.Failed++
	s.stats.Failures = append(s.stats.Failures, ingest.CrawlFailure{URL: path, Err: err.Error()})
}

// New returns a folder source.
func New(cfg ingest.SourceConfig) *Source { return &Source{cfg: cfg} }

// Name is the configured name.
func (s *Source) Name() string { return s.cfg.Name }

// papers are the file endings the extractors read.
var papers = map[string]bool{".pdf": true, ".html": true, ".htm": true, ".docx": true, ".txt": true,
	".xlsx": true, ".xlsm": true, ".ods": true, ".odt": true, ".csv": true}

// Documents walks the folder. Hidden files and files of other kinds are
// skipped; the sha256 is computed so that unchanged files are not
// re-extracted.
func (s *Source) Documents(ctx context.Context) ([]ingest.Document, error) {
	var docs []ingest.Document
	s.stats = ingest.CrawlStats{}
	err := filepath.WalkDir(s.cfg.Path, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == s.cfg.Path {
				return err // the folder itself cannot be read
			}
			// One unreadable entry must not cost the rest of the folder.
			s.fail(path, err)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") && path != s.cfg.Path {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !papers[strings.ToLower(filepath.Ext(name))] {
			return nil
		}
		sum, err := fileSHA256(path)
		if err != nil {
			s.fail(path, err)
			return nil
		}
		docs = append(docs, ingest.Document{
			Source:  s.cfg.Name,
			Path:    path,
			Council: s.cfg.Council,
			Board:   s.cfg.Board,
			SHA256:  sum,
		})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", s.cfg.Path, err)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Path < docs[j].Path })
	return docs, nil
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
