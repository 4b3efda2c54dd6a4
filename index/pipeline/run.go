package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/sources"
)

// IndexDir is where the index lives under the data dir.
func IndexDir(dataDir string) string { return filepath.Join(dataDir, "index") }

// Summary counts what one run did.
type Summary struct {
	Sources   int
	Documents DocCounts
	Actions   index.Change
	ByKind    map[string]int // actions found per kind, in changed documents
	ByBoard   map[string]int // actions found per board, in changed documents
	Failed    []Failure
}

// DocCounts counts documents by what happened to them.
type DocCounts struct{ New, Changed, Unchanged, Failed int }

// Failure is one source or document that could not be done.
type Failure struct {
	Source string
	Path   string
	Err    error
}

func (f Failure) Error() string {
	if f.Path != "" {
		return fmt.Sprintf("source %s: %s: %v", f.Source, f.Path, f.Err)
	}
	return fmt.Sprintf("source %s: %v", f.Source, f.Err)
}

// Progress is told about each document as it is done; nil is fine.
type Progress func(done, total int, path string)

// Run takes every configured source (or only the named ones) through
// ingest → extract → index. Documents whose bytes are unchanged since they
// were indexed are skipped. A failing document or source is recorded in the
// summary and the rest go on.
func Run(ctx context.Context, cfg Config, ix *index.Index, only []string, progress Progress) (Summary, error) {
	sum := Summary{ByKind: map[string]int{}, ByBoard: map[string]int{}}
	for _, sc := range cfg.Sources {
		if len(only) > 0 && !contains(only, sc.Name) {
			continue
		}
		sum.Sources++
		if err := runSource(ctx, cfg, sc, ix, &sum, progress); err != nil {
			if ctx.Err() != nil {
				return sum, ctx.Err()
			}
			sum.Failed = append(sum.Failed, Failure{Source: sc.Name, Err: err})
			slog.Error("source failed", "source", sc.Name, "err", err)
		}
	}
	for _, name := range only {
		if _, err := cfg.Source(name); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

func runSource(ctx context.Context, cfg Config, sc ingest.SourceConfig, ix *index.Index, sum *Summary, progress Progress) error {
	src, err := sources.New(sc, cfg.Crawl, cfg.DataDir)
	if err != nil {
		return err
	}
	docs, err := src.Documents(ctx)
	if err != nil {
		return err
	}
	for i, d := range docs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if progress != nil {
			progress(i, len(docs), d.Path)
		}
		if err := indexDocument(ctx, ix, d, sum); err != nil {
			if errors.Is(err, context.Canceled) {
				return err
			}
			sum.Documents.Failed++
			sum.Failed = append(sum.Failed, Failure{Source: sc.Name, Path: d.Path, Err: err})
			slog.Warn("document failed", "source", sc.Name, "path", d.Path, "err", err)
		}
	}
	if progress != nil {
		progress(len(docs), len(docs), "")
	}
	return nil
}

// indexDocument extracts one document and replaces its actions in the index,
// unless the index already holds this version of it.
func indexDocument(ctx context.Context, ix *index.Index, d ingest.Document, sum *Summary) error {
	doc := DocumentOf(d)
	old, err := ix.DocumentSHA(doc.Identity())
	if err != nil {
		return err
	}
	if old != "" && old == d.SHA256 {
		sum.Documents.Unchanged++
		return nil
	}
	ext, err := extract.File(ctx, d.Path, doc)
	if err != nil {
		return err
	}
	ch, err := ix.Replace(ctx, ext)
	if err != nil {
		return fmt.Errorf("index %s: %w", d.Path, err)
	}
	if old == "" {
		sum.Documents.New++
	} else {
		sum.Documents.Changed++
	}
	sum.Actions.Added += ch.Added
	sum.Actions.Updated += ch.Updated
	sum.Actions.Removed += ch.Removed
	for _, a := range ext.Actions {
		sum.ByKind[a.Kind]++
		sum.ByBoard[orUnknown(ext.Document.Board)]++
	}
	return nil
}

// DocumentOf carries what ingest knows of a paper into the document fields.
func DocumentOf(d ingest.Document) action.Document {
	src := d.Path
	if d.URL != "" {
		src = d.URL
	}
	return action.Document{
		Source: src, URL: d.URL, Board: d.Board, Council: d.Council,
		MeetingDate: d.MeetingDate, Committee: d.Committee, ItemTitle: d.ItemTitle,
		SourceName: d.Source, ContentType: d.ContentType,
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown board)"
	}
	return s
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
