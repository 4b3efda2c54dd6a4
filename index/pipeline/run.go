// Package pipeline runs the whole job: it takes papers from the configured
// sources (ingest), extracts their actions (extract) and keeps the index
// current (index), one way, in that order.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/crawl"
	"github.com/councilactions/councilactions/ingest/fetch"
	"github.com/councilactions/councilactions/ingest/sources"
	"github.com/councilactions/councilactions/ingest/state"
	"github.com/councilactions/councilactions/version"
)

// IndexDir is where the index lives under the data dir.
func IndexDir(dataDir string) string { return filepath.Join(dataDir, "index") }

// StatePath is the crawl state and run record file of one source.
func StatePath(dataDir, source string) string {
	return filepath.Join(dataDir, "state", crawl.SafeName(source)+".db")
}

// stateWait is how long a run waits for another process to let go of a
// source's state before it reports the source busy.
const stateWait = 2 * time.Second

// Summary counts what one run did.
type Summary struct {
	Sources   int
	Documents DocCounts
	Actions   index.Change
	ByKind    map[string]int // actions found per kind, in changed documents
	ByBoard   map[string]int // actions found per board, in changed documents
	Failed    []Failure
	// Crawl adds up what the web sources' crawls did (meetings seen,
	// documents new / changed / unchanged / failed at their URLs).
	Crawl ingest.CrawlStats
	// PerSource is each source's result, in config order.
	PerSource []SourceResult
}

// SourceResult is what one source's run did.
type SourceResult struct {
	Name      string
	Kind      string
	Start     time.Time
	End       time.Time
	Crawl     ingest.CrawlStats // what the crawl (or the folder's listing) did
	Documents DocCounts         // extraction and indexing (not in crawl-only runs)
	Actions   index.Change
	Err       error // the source failed as a whole
	// Failed are the source's papers (and pages) that failed, the crawl's
	// and the index's.
	Failed []Failure
	// CrawlOnly: the run fetched and stored without indexing.
	CrawlOnly bool
	// Interrupted: the run was stopped (a signal) before it finished;
	// NotStarted: before it began, so nothing of it is recorded.
	Interrupted, NotStarted bool
}

// Counts are the source's counts as every report shows them.
func (r SourceResult) Counts() state.Counts {
	c := state.Counts{Meetings: r.Crawl.Meetings, Cancelled: r.Crawl.Cancelled, Failed: r.Crawl.Failed}
	if r.CrawlOnly {
		c.New, c.Changed, c.Unchanged = r.Crawl.New, r.Crawl.Changed, r.Crawl.Unchanged
		return c
	}
	d := r.Documents
	c.New, c.Changed, c.Unchanged, c.Removed = d.New, d.Changed, d.Unchanged, d.Removed
	c.Failed += d.Failed
	c.ActionsAdded, c.ActionsUpdated, c.ActionsRemoved = r.Actions.Added, r.Actions.Updated, r.Actions.Removed
	return c
}

// Result is "interrupted", "failed" (the source, or any of its papers) or
// "ok".
func (r SourceResult) Result() string {
	switch {
	case r.Interrupted:
		return "interrupted"
	case r.Err != nil || r.Counts().Failed > 0:
		return "failed"
	}
	return "ok"
}

// Total adds up the counts of every source.
func (s Summary) Total() state.Counts {
	var c state.Counts
	for _, r := range s.PerSource {
		c.Add(r.Counts())
	}
	return c
}

// DocCounts counts documents by what happened to them.
type DocCounts struct{ New, Changed, Unchanged, Failed, Removed int }

// Failure is one source or document that could not be done.
type Failure struct {
	Source string
	Path   string
	Err    error
}

func (f Failure) Error() string {
	msg := strings.TrimPrefix(f.Err.Error(), "source "+f.Source+": ")
	if f.Path != "" && !strings.HasPrefix(msg, f.Path) {
		return fmt.Sprintf("source %s: %s: %s", f.Source, f.Path, msg)
	}
	return fmt.Sprintf("source %s: %s", f.Source, msg)
}

// Reason is the failure without the source's name and the paper's path
// (which a report shows beside it).
func (f Failure) Reason() string {
	msg := strings.TrimPrefix(f.Err.Error(), "source "+f.Source+": ")
	return strings.TrimPrefix(strings.TrimPrefix(msg, f.Path), ": ")
}

// Progress is told, before each paper of a source is extracted and
// indexed, how many of its papers are done and which comes next; nil is
// fine.
type Progress func(source string, done, total int, path string)

// CrawlProgress is told about each meeting (or paper, for html sources) a
// crawl has done; nil is fine.
type CrawlProgress func(source string, done, total int, what string)

// Options tune a run. The zero value is what Run does.
type Options struct {
	Only          []string // only these sources
	Progress      Progress
	CrawlProgress CrawlProgress
	// CrawlOnly fetches and stores papers without extracting or indexing
	// them; the index may then be nil.
	CrawlOnly bool
	// Fetcher is shared by every crawl so that per-host limits hold across
	// sources; nil makes one from cfg.Crawl.
	Fetcher *fetch.Fetcher
	// IndexMu serialises index writes between runs that share an index
	// (the scheduler's); nil means a lock of this run's own.
	IndexMu *sync.Mutex
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Extract reads one paper; nil means extract.File, in this process.
	// Commands pass a sandbox.Extractor's, which holds the paper to its
	// time and memory budget in a child process.
	Extract sandbox.Func
	// Workers is how many papers are extracted at once (Extract must take
	// that many calls at once); 0 means one. The index takes them in the
	// source's order whatever order they finish in.
	Workers int
	// Version is the tool's version, recorded with a paper that failed so
	// that a new version tries it again; "" means version.Get().
	Version string

	// started is when RunWith began: the stamp of what its relinking finds
	// new or changed, one for the whole run.
	started time.Time
}

// Run takes every configured source (or only the named ones) through
// ingest → extract → index. Documents whose bytes are unchanged since they
// were indexed are skipped. A failing document or source is recorded in the
// summary and the rest go on.
func Run(ctx context.Context, cfg Config, ix *index.Index, only []string, progress Progress) (Summary, error) {
	return RunWith(ctx, cfg, ix, Options{Only: only, Progress: progress})
}

// Crawl fetches and stores the papers of every configured source (or only
// the named ones) without extracting them.
func Crawl(ctx context.Context, cfg Config, only []string, progress CrawlProgress) (Summary, error) {
	return RunWith(ctx, cfg, nil, Options{Only: only, CrawlProgress: progress, CrawlOnly: true})
}

// RunWith is Run with options. Sources are crawled concurrently, up to
// crawl.concurrency at once (the fetcher keeps each host polite); their
// documents are extracted and indexed one source at a time. Each source's
// run is recorded in its state for `status`.
func RunWith(ctx context.Context, cfg Config, ix *index.Index, opts Options) (Summary, error) {
	sum := Summary{ByKind: map[string]int{}, ByBoard: map[string]int{}}
	for _, name := range opts.Only {
		if _, err := cfg.Source(name); err != nil {
			return sum, err
		}
	}
	if ix == nil && !opts.CrawlOnly {
		return sum, errors.New("run: no index (use a crawl-only run)")
	}
	if opts.Fetcher == nil {
		opts.Fetcher = fetch.New(fetch.FromCrawl(cfg.Crawl))
	}
	if opts.IndexMu == nil {
		opts.IndexMu = &sync.Mutex{}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Extract == nil {
		opts.Extract = extract.File
	}
	if opts.Version == "" {
		opts.Version = version.Get()
	}
	opts.started = opts.Now()
	var picked []ingest.SourceConfig
	for _, sc := range cfg.Sources {
		if len(opts.Only) == 0 || contains(opts.Only, sc.Name) {
			picked = append(picked, sc)
		}
	}
	results := make([]SourceResult, len(picked))
	parts := make([]Summary, len(picked))
	workers := max(1, cfg.Crawl.Concurrency)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, len(picked)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				parts[i] = Summary{ByKind: map[string]int{}, ByBoard: map[string]int{}}
				if ctx.Err() != nil {
					results[i] = SourceResult{Name: picked[i].Name, Kind: picked[i].Kind, CrawlOnly: opts.CrawlOnly, Interrupted: true, NotStarted: true}
					continue
				}
				results[i] = runSource(ctx, cfg, picked[i], ix, opts, &parts[i])
			}
		}()
	}
	for i := range picked {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	for i, r := range results {
		sum.Sources++
		sum.PerSource = append(sum.PerSource, r)
		sum.add(parts[i])
		addCrawl(&sum.Crawl, r.Crawl)
		sum.Failed = append(sum.Failed, r.Failed...)
		if r.Err != nil && !r.Interrupted {
			sum.Failed = append(sum.Failed, Failure{Source: r.Name, Err: r.Err})
		}
	}
	if ctx.Err() != nil {
		return sum, ctx.Err()
	}
	return sum, nil
}

func addCrawl(to *ingest.CrawlStats, s ingest.CrawlStats) {
	to.Meetings += s.Meetings
	to.Cancelled += s.Cancelled
	to.New += s.New
	to.Changed += s.Changed
	to.Unchanged += s.Unchanged
	to.Failed += s.Failed
	to.Failures = append(to.Failures, s.Failures...)
}

// runSource crawls one source, indexes what changed (unless crawl-only) and
// records the run in the source's state. sum is the source's own; its
// paper failures are moved into the result's Failed.
func runSource(ctx context.Context, cfg Config, sc ingest.SourceConfig, ix *index.Index, opts Options, sum *Summary) SourceResult {
	res := SourceResult{Name: sc.Name, Kind: sc.Kind, Start: opts.Now(), CrawlOnly: opts.CrawlOnly}
	st, err := state.Open(StatePath(cfg.DataDir, sc.Name), stateWait)
	if err != nil {
		res.Err, res.End = err, opts.Now()
		slog.Error("source failed", "source", sc.Name, "err", trimSource(err, sc.Name))
		return res
	}
	defer st.Close()
	err = crawlAndIndex(ctx, cfg, sc, ix, opts, st, sum, &res)
	res.End = opts.Now()
	res.Interrupted = ctx.Err() != nil
	if err != nil && !res.Interrupted {
		res.Err = err
		slog.Error("source failed", "source", sc.Name, "err", trimSource(err, sc.Name))
	}
	for _, f := range res.Crawl.Failures {
		res.Failed = append(res.Failed, Failure{Source: sc.Name, Path: f.URL, Err: errors.New(f.Err)})
	}
	res.Failed = append(res.Failed, sum.Failed...)
	sum.Failed = nil
	if err := st.AddRun(runRecord(res)); err != nil {
		slog.Error("recording the run failed", "source", sc.Name, "err", err)
	}
	return res
}

// trimSource drops a leading "source NAME: " that the error repeats.
func trimSource(err error, name string) string {
	return strings.TrimPrefix(err.Error(), "source "+name+": ")
}

func crawlAndIndex(ctx context.Context, cfg Config, sc ingest.SourceConfig, ix *index.Index, opts Options, st *state.DB, sum *Summary, res *SourceResult) error {
	src, err := sources.Open(sc, crawl.Env{
		Fetcher: opts.Fetcher, State: st, DataDir: cfg.DataDir, Crawl: cfg.Crawl,
		Now: opts.Now, Progress: opts.CrawlProgress,
	})
	if err != nil {
		return err
	}
	docs, err := src.Documents(ctx)
	if c, ok := src.(ingest.Crawler); ok {
		res.Crawl = c.Stats()
	}
	if err != nil {
		return err
	}
	if opts.CrawlOnly {
		return nil
	}
	opts.IndexMu.Lock()
	defer opts.IndexMu.Unlock()
	// The source's counts are what got done, however the loop ends.
	defer func() { res.Documents, res.Actions = sum.Documents, sum.Actions }() // sum is this source's own
	// A disk still full since an earlier run of this process fails the
	// source before any paper is read.
	if err := ix.Sync(ctx); err != nil {
		return err
	}
	if docs, err = copiesLast(ctx, ix, sc.Name, docs); err != nil {
		return err
	}
	pw := &paperWriter{ix: ix, opts: opts, source: sc.Name, total: len(docs), sum: sum, lastSync: time.Now()}
	w := &pw.w
	listed, err := pw.indexPapers(ctx, docs, cfg.DataDir)
	if ctx.Err() != nil {
		// Interrupted: what was written is still counted once it is on disk.
		stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), interruptSyncWait)
		defer cancel()
		return errors.Join(ctx.Err(), err, w.sync(stop, ix, sum))
	}
	if errors.Is(err, index.ErrWrite) {
		return err // the papers not on disk are counted failed
	}
	if err != nil {
		return errors.Join(err, w.sync(ctx, ix, sum))
	}
	if opts.Progress != nil {
		opts.Progress(sc.Name, len(docs), len(docs), "")
	}
	if err := removeGone(ctx, ix, sc.Name, listed, &w.sum); err != nil {
		return errors.Join(err, w.sync(ctx, ix, sum))
	}
	// Link again the boards whose papers changed, this source's and any an
	// earlier run left marked.
	if _, err := ix.Relink(ctx, opts.started); err != nil {
		return errors.Join(err, w.sync(ctx, ix, sum))
	}
	return w.sync(ctx, ix, sum)
}

// A run counts a paper as indexed only once the index says it is on disk
// (Index.Sync), which it asks every syncEvery papers or syncInterval, and
// at the end of each source.
const (
	syncInterval      = 2 * time.Second
	interruptSyncWait = 10 * time.Second
)

// syncEvery is also the most papers written in one batch. (A variable
// for the full-disk test.)
var syncEvery = 32

// unsynced holds the counts of what was written to the index since the
// last Sync, and the papers written.
type unsynced struct {
	sum   Summary
	paths []string
}

// sync waits for the writes to reach the disk, then counts them. When they
// cannot (a full disk, an I/O error), the papers written since the last
// sync are counted failed, and the source fails, loudly, in one line:
// nothing is counted that may be lost, and the next run does those papers
// again.
func (w *unsynced) sync(ctx context.Context, ix *index.Index, sum *Summary) error {
	err := ix.Sync(ctx)
	if err == nil {
		sum.add(w.sum)
	} else if len(w.paths) > 0 {
		sum.Documents.Failed += len(w.paths)
		err = fmt.Errorf("%w (%d papers not written; the next run does them again)", err, len(w.paths))
	}
	*w = unsynced{}
	return err
}

// wrote counts a paper written to the index (new, else changed) and what
// it did to the actions shown.
func (w *unsynced) wrote(path string, wasIndexed bool, ch index.Change) {
	w.paths = append(w.paths, path)
	if !wasIndexed {
		w.sum.Documents.New++
	} else {
		w.sum.Documents.Changed++
	}
	w.sum.Actions.Add(ch)
}

// indexError marks a failure of the index itself, which fails the source:
// the papers after it would fail the same way.
type indexError struct{ err error }

func (e indexError) Error() string { return e.err.Error() }
func (e indexError) Unwrap() error { return e.err }

// fail counts a failed paper and logs it once.
func (s *Summary) fail(source, path string, err error) {
	s.Documents.Failed++
	f := Failure{Source: source, Path: path, Err: err}
	s.Failed = append(s.Failed, f)
	slog.Warn("paper failed", "source", source, "path", path, "err", f.Reason())
}

// add adds another summary's counts (not its sources) to s.
func (s *Summary) add(p Summary) {
	s.Documents.New += p.Documents.New
	s.Documents.Changed += p.Documents.Changed
	s.Documents.Unchanged += p.Documents.Unchanged
	s.Documents.Failed += p.Documents.Failed
	s.Documents.Removed += p.Documents.Removed
	s.Actions.Added += p.Actions.Added
	s.Actions.Updated += p.Actions.Updated
	s.Actions.Removed += p.Actions.Removed
	for k, v := range p.ByKind {
		s.ByKind[k] += v
	}
	for k, v := range p.ByBoard {
		s.ByBoard[k] += v
	}
	s.Failed = append(s.Failed, p.Failed...)
}

// copiesLast puts the source's papers that the index holds as copies of
// another (the same bytes) after the rest, so that a copy whose original
// changes in this run is read in its own right in this run.
func copiesLast(ctx context.Context, ix *index.Index, source string, docs []ingest.Document) ([]ingest.Document, error) {
	known, err := ix.Documents(ctx)
	if err != nil {
		return nil, err
	}
	copies := map[string]bool{}
	for _, d := range known {
		if d.SourceName == source && d.CopyOf != "" {
			copies[d.ID] = true
		}
	}
	if len(copies) == 0 {
		return docs, nil
	}
	out := make([]ingest.Document, 0, len(docs))
	var last []ingest.Document
	for _, d := range docs {
		if copies[action.ID(DocumentOf(d).Identity(), "")] {
			last = append(last, d)
		} else {
			out = append(out, d)
		}
	}
	return append(out, last...), nil
}

// removeGone takes out of the index the papers of a source that the source
// no longer lists (a file deleted or renamed in a folder), with their actions.
func removeGone(ctx context.Context, ix *index.Index, source string, listed map[string]bool, sum *Summary) error {
	docs, err := ix.Documents(ctx)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if d.SourceName != source || listed[d.ID] {
			continue
		}
		ch, err := ix.RemoveDocument(ctx, d.ID)
		if err != nil {
			return err
		}
		sum.Documents.Removed++
		sum.Actions.Added += ch.Added // decisions now shown from another paper of the meeting
		sum.Actions.Updated += ch.Updated
		sum.Actions.Removed += ch.Removed
		slog.Info("paper gone from its source: removed", "source", source, "paper", d.Source, "actions", ch.Removed)
	}
	return nil
}

// runRecord is what status shows of a run.
func runRecord(r SourceResult) state.Run {
	rec := state.Run{Start: r.Start, End: r.End, Kind: "run", Result: r.Result(), Counts: r.Counts()}
	if r.CrawlOnly {
		rec.Kind = "crawl"
	}
	if r.Err != nil {
		rec.Error = trimSource(r.Err, r.Name)
	}
	for i, f := range r.Failed {
		if i == state.MaxFailures {
			rec.FailuresOmitted = len(r.Failed) - i
			break
		}
		rec.Failures = append(rec.Failures, state.Failure{Paper: f.Path, Error: f.Reason()})
	}
	return rec
}

// day is the date part of an RFC 3339 time.
func day(rfc3339 string) string {
	if len(rfc3339) >= 10 {
		return rfc3339[:10]
	}
	return rfc3339
}

// storedPath is a crawled paper's file relative to the data dir, or "" for
// a paper kept elsewhere (a folder source's).
func storedPath(dataDir, path string) string {
	if dataDir == "" {
		return ""
	}
	rel, err := filepath.Rel(dataDir, path)
	if err != nil || !filepath.IsLocal(rel) {
		return ""
	}
	return filepath.ToSlash(rel)
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
