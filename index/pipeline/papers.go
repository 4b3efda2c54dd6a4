package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest"
)

// A source's papers go through three stages. The lister, in the source's
// order, asks the index whether each paper changed and hands those that
// did to extraction, Options.Workers at once (each worker a process of
// its own, so every core reads a paper). The writer takes the papers in
// the source's order, whatever order their extraction finishes in, and
// writes them to the index in batches of about index.BatchActions actions
// (ReplaceMany: each paper whole), which costs about half the CPU of a
// batch per paper.

// paper is one listed paper on its way to the index.
type paper struct {
	i    int // its place in the source's list
	doc  ingest.Document
	meta action.Document // what the index records of it
	// found: the index has a version of it.
	found bool
	// unchanged: the index has this version; nothing to do.
	unchanged bool
	// copyOf, when set, is the indexed paper with the same bytes: the
	// paper is recorded as its copy, not read (index.ReplaceCopy).
	copyOf *index.DocumentInfo
	ext    action.Extraction
	// err is why it was not extracted: it failed before (failedBefore),
	// its extraction failed, or the index could not be asked.
	err          error
	failedBefore bool
	done         chan struct{} // closed once ext or err is set
	// flushed, on a marker sent in place of a paper, is closed once
	// everything before it is written.
	flushed chan struct{}
}

// paperWriter writes a source's papers to the index in order.
type paperWriter struct {
	ix     *index.Index
	opts   Options
	source string
	total  int
	sum    *Summary // the source's own

	w        unsynced // written, not yet known to be on disk
	lastSync time.Time
	// The batch being gathered, and when its first paper came.
	batch   []index.Paper
	papers  []*paper // the batch's papers that were extracted
	actions int
	since   time.Time
}

// flushAfter is how long a paper waits in a batch for others: a crawl
// finds papers slowly, and readers should see each soon.
const flushAfter = time.Second

// indexPapers takes docs through extraction into the index. It returns
// the listed papers' document ids, and an error that fails the source (the
// index or the extraction worker failed); on ctx's end it returns early.
func (pw *paperWriter) indexPapers(ctx context.Context, docs []ingest.Document, dataDir string) (map[string]bool, error) {
	workers := max(1, pw.opts.Workers)
	// stop ends the extractions in flight when the writer fails.
	stop, cancel := context.WithCancel(ctx)
	defer cancel()
	queue := make(chan *paper, 2*workers)
	slots := make(chan struct{}, workers)
	written := make(chan error, 1)
	go func() { written <- pw.write(ctx, cancel, queue) }()

	listed := make(map[string]bool, len(docs))
	sent := map[string]bool{} // papers and bytes (sha256) sent to the writer
	extracting := make(chan struct{}, len(docs))
	started := 0
	for i, d := range docs {
		p := &paper{i: i, doc: d, meta: DocumentOf(d), done: make(chan struct{})}
		p.meta.Stored = storedPath(dataDir, d.Path)
		id := action.ID(p.meta.Identity(), "")
		listed[id] = true
		if stop.Err() != nil {
			continue
		}
		// What the index says of a paper can change with the papers
		// before it that are not written yet: the same paper listed
		// again, the same bytes as one before (its copy), or the paper it
		// was a copy of (whose new version drops the copy). Then it is
		// asked again once those are written, as one paper after the
		// other would be.
		barrier := func() bool {
			m := &paper{flushed: make(chan struct{})}
			queue <- m
			select {
			case <-m.flushed:
				return true
			case <-stop.Done():
				return false
			}
		}
		if (sent[id] || sent[d.SHA256]) && !barrier() {
			continue
		}
		sent[id], sent[d.SHA256] = true, d.SHA256 != ""
		copyOf := pw.check(stop, p, id)
		if sent[copyOf] {
			if !barrier() {
				continue
			}
			pw.check(stop, p, id)
		}
		if p.err != nil || p.unchanged || p.copyOf != nil {
			close(p.done)
		} else {
			select {
			case slots <- struct{}{}:
			case <-stop.Done():
				continue
			}
			started++
			go func() {
				p.ext, p.err = pw.opts.Extract(stop, d.Path, p.meta)
				close(p.done)
				<-slots
				extracting <- struct{}{}
			}()
		}
		queue <- p
	}
	close(queue)
	err := <-written
	for range started {
		<-extracting
	}
	return listed, err
}

// check asks the index whether p needs extracting. It returns the paper
// the index has p as a copy of, if any.
func (pw *paperWriter) check(ctx context.Context, p *paper, id string) (copyOf string) {
	*p = paper{i: p.i, doc: p.doc, meta: p.meta, done: p.done}
	old, found, err := pw.ix.Document(ctx, id)
	if err != nil {
		p.err = indexError{err}
		return ""
	}
	p.found = found
	defer func() { copyOf = old.CopyOf }()
	if found && old.SHA256 == p.doc.SHA256 {
		switch {
		case old.Error == "":
			p.unchanged = true
		case old.Version == pw.opts.Version:
			p.err = fmt.Errorf("%s (since %s; tried again when the paper or councilactions changes)", old.Error, day(old.Indexed))
			p.failedBefore = true
			return
		}
	}
	if p.unchanged {
		return
	}
	// A paper is one paper by its bytes: the same bytes at another address
	// or from another source are recorded as a copy, not read again.
	p.meta.SHA256 = p.doc.SHA256
	orig, isCopy, err := pw.ix.Original(ctx, p.doc.SHA256, id)
	if err != nil {
		p.err = indexError{err}
		return
	}
	if isCopy {
		p.copyOf = &orig
	}
	return
}

// write takes the papers from queue in order until it closes or a failure
// of the index or the worker, which it returns after calling cancel (and
// letting the queue run dry).
func (pw *paperWriter) write(ctx context.Context, cancel func(), queue <-chan *paper) (err error) {
	defer func() {
		if err != nil {
			cancel()
			for range queue {
			}
		}
	}()
	for {
		var p *paper
		select {
		case p = <-queue:
		case <-pw.due(ctx):
			if err := pw.flush(ctx); err != nil {
				return err
			}
			continue
		}
		if p == nil {
			if ctx.Err() != nil {
				// Interrupted: the papers already read are written.
				stop, cancelStop := context.WithTimeout(context.WithoutCancel(ctx), interruptSyncWait)
				defer cancelStop()
				return pw.flush(stop)
			}
			return pw.flush(ctx)
		}
		if p.flushed != nil {
			err := pw.flush(ctx)
			close(p.flushed)
			if err != nil {
				return err
			}
			continue
		}
		for waiting := true; waiting; {
			select {
			case <-p.done:
				waiting = false
			case <-pw.due(ctx):
				if err := pw.flush(ctx); err != nil {
					return err
				}
			}
		}
		if pw.opts.Progress != nil && ctx.Err() == nil {
			pw.opts.Progress(pw.source, p.i, pw.total, p.doc.Path)
		}
		if err := pw.take(ctx, p); err != nil {
			return err
		}
	}
}

// due is when the batch must be written: never while it is empty, nor
// once the run is interrupted (the batch is written at the end).
func (pw *paperWriter) due(ctx context.Context) <-chan time.Time {
	if len(pw.batch) == 0 || ctx.Err() != nil {
		return nil
	}
	return time.After(time.Until(pw.since.Add(flushAfter)))
}

// take adds one paper to the batch, or counts why it is not there, and
// writes the batch when it is full.
func (pw *paperWriter) take(ctx context.Context, p *paper) error {
	if ctx.Err() != nil {
		return nil // interrupted: the papers not written are not counted
	}
	var ie indexError
	switch {
	case p.unchanged:
		pw.sum.Documents.Unchanged++
		return nil
	case errors.As(p.err, &ie) || errors.Is(p.err, sandbox.ErrUnavailable):
		// Not the paper's fault, and every paper after it would fail the
		// same way: the source fails, reported once, with the papers
		// before it written.
		pw.sum.Documents.Failed++
		return errors.Join(p.err, pw.flush(ctx))
	case p.failedBefore:
		pw.sum.fail(pw.source, p.doc.Path, p.err)
		return nil
	case p.copyOf != nil:
		// The batch may change its original: that is written first, and
		// the index asked again.
		if err := pw.flush(ctx); err != nil {
			return err
		}
		orig, isCopy, err := pw.ix.Original(ctx, p.doc.SHA256, action.ID(p.meta.Identity(), ""))
		if err != nil {
			pw.sum.Documents.Failed++
			return indexError{err}
		}
		if !isCopy {
			// No longer: it is read here, in its own right.
			p.copyOf = nil
			p.ext, p.err = pw.opts.Extract(ctx, p.doc.Path, p.meta)
			return pw.take(ctx, p)
		}
		ch, err := pw.ix.ReplaceCopy(ctx, p.meta, orig)
		if err != nil {
			pw.sum.Documents.Failed++
			return indexError{fmt.Errorf("index %s: %w", p.doc.Path, err)}
		}
		slog.Debug("same bytes as a paper already indexed: recorded as its copy", "paper", p.meta.Source, "original", orig.Source)
		pw.w.wrote(p.doc.Path, p.found, ch)
		return nil
	case p.err != nil:
		// Remember that this version cannot be read, so that the next run
		// does not spend its budget on it again; a new version is tried
		// afresh.
		pw.add(index.Paper{Extraction: action.Extraction{Document: p.meta}, Failure: p.err.Error(), Version: pw.opts.Version}, nil)
		pw.sum.fail(pw.source, p.doc.Path, p.err)
	default:
		pw.add(index.Paper{Extraction: p.ext}, p)
	}
	if pw.actions >= index.BatchActions || len(pw.batch) >= syncEvery {
		return pw.flush(ctx)
	}
	return nil
}

// add puts a paper in the batch; p is the extracted paper it holds, nil
// for the record of a failure.
func (pw *paperWriter) add(ip index.Paper, p *paper) {
	if len(pw.batch) == 0 {
		pw.since = time.Now()
	}
	pw.batch = append(pw.batch, ip)
	pw.papers = append(pw.papers, p)
	pw.actions += len(ip.Extraction.Actions)
}

// flush writes the batch, counts it as written (to be counted done once
// it is on disk) and asks the index whether it is on disk when it is time
// to.
func (pw *paperWriter) flush(ctx context.Context) error {
	if len(pw.batch) > 0 {
		changes, err := pw.ix.ReplaceMany(ctx, pw.batch)
		if err != nil {
			for _, p := range pw.papers {
				if p != nil {
					pw.sum.Documents.Failed++
				}
			}
			pw.batch, pw.papers, pw.actions = nil, nil, 0
			return indexError{fmt.Errorf("index: %w", err)}
		}
		for k, ch := range changes {
			pw.count(pw.papers[k], ch)
		}
		pw.batch, pw.papers, pw.actions = nil, nil, 0
	}
	if len(pw.w.paths) >= syncEvery || time.Since(pw.lastSync) >= syncInterval {
		if err := pw.w.sync(ctx, pw.ix, pw.sum); err != nil {
			return err
		}
		pw.lastSync = time.Now()
	}
	return nil
}

// count counts what writing one paper did, as written but not yet on
// disk; p is nil for the record of a failure.
func (pw *paperWriter) count(p *paper, ch index.Change) {
	w := &pw.w
	if p == nil {
		w.sum.Actions.Add(ch)
		return
	}
	w.wrote(p.doc.Path, p.found, ch)
	if w.sum.ByKind == nil {
		w.sum.ByKind, w.sum.ByBoard = map[string]int{}, map[string]int{}
	}
	for _, a := range p.ext.Actions {
		w.sum.ByKind[a.Kind]++
		w.sum.ByBoard[orUnknown(p.ext.Document.Board)]++
	}
}
