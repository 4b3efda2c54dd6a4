package index

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilactions/councilactions/extract/action"
)

// DocumentInfo is what the index remembers about one paper.
type DocumentInfo struct {
	action.Document
	ID      string `json:"id"`      // action.Record.DocumentID
	Actions int    `json:"actions"` // how many actions it has in the index
	Indexed string `json:"indexed"` // RFC 3339 time of the last Replace
	// Error says why this version of the paper could not be extracted;
	// it then has no actions, and is not tried again until its bytes or
	// the tool's version change.
	Error string `json:"error,omitempty"`
	// Version is the version of councilactions that recorded Error.
	Version string `json:"version,omitempty"`
	// CopyOf is the document id of the paper whose bytes this one repeats
	// (merge.go): it then has no actions of its own.
	CopyOf string `json:"copy_of,omitempty"`
}

// markerDoc is what bleve indexes for a paper's marker.
func markerDoc(info DocumentInfo) (map[string]interface{}, error) {
	infoJSON, err := json.Marshal(info)
	if err != nil {
		return nil, err
	}
	d := map[string]interface{}{fieldType: typeDocument, fieldDocInfo: string(infoJSON)}
	if info.SHA256 != "" {
		d[fieldSHA] = info.SHA256
	}
	if info.CopyOf != "" {
		d[fieldCopyOf] = info.CopyOf
	}
	return d, nil
}

// markerID is the index id of a document's marker entry. Action ids are hex,
// so the prefix cannot collide with one.
func markerID(documentID string) string { return "doc:" + documentID }

// Replace makes the index hold exactly ext's actions for its document,
// removing actions the document no longer has. It writes one batch.
// Actions whose stored record is unchanged are left alone and not counted.
func (ix *Index) Replace(ctx context.Context, ext action.Extraction) (Change, error) {
	return ix.replace(ctx, ext, failure{})
}

// ReplaceFailed records that this version of a paper (doc.SHA256) could not
// be extracted by the given version of the tool, and why: its old actions
// go, and Document then answers the failure, so that it is not tried
// again until its bytes or the tool change.
func (ix *Index) ReplaceFailed(ctx context.Context, doc action.Document, reason, version string) (Change, error) {
	return ix.replace(ctx, action.Extraction{Document: doc}, failure{reason, version})
}

// failure is why a paper has no actions, and which version found that.
type failure struct{ reason, version string }

// RemoveDocument deletes a paper's actions and its record, for a paper its
// source no longer has. Decisions it showed that other papers of its meeting
// also hold are shown from one of those instead.
func (ix *Index) RemoveDocument(ctx context.Context, documentID string) (Change, error) {
	if err := ix.checkWritable(); err != nil {
		return Change{}, err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	old, err := ix.storedWhere(ctx, termOn("document_id", documentID))
	if err != nil {
		return Change{}, fmt.Errorf("remove %s: read actions: %w", documentID, err)
	}
	info, found, err := ix.Document(ctx, documentID)
	if err != nil {
		return Change{}, fmt.Errorf("remove %s: %w", documentID, err)
	}
	extra, err := ix.originalMeetings(ctx, info.CopyOf)
	if err != nil {
		return Change{}, fmt.Errorf("remove %s: %w", documentID, err)
	}
	b := ix.bi.NewBatch()
	ch, err := ix.settle(ctx, b, paperWrite{id: documentID}, old, extra)
	if err != nil {
		return Change{}, fmt.Errorf("remove %s: %w", documentID, err)
	}
	b.Delete(markerID(documentID))
	if found && len(old) > 0 {
		// Its board's threads lose these appearances.
		if err := ix.relinkLater(b, groupKey(info.Board, info.Council, documentID)); err != nil {
			return Change{}, fmt.Errorf("remove %s: %w", documentID, err)
		}
	}
	err = ix.bi.Batch(b)
	if err != nil {
		return Change{}, fmt.Errorf("remove %s: write batch: %w", documentID, err)
	}
	return ch, nil
}

// originalMeetings are the meetings of the originals named (copy_of ids),
// whose actions list their copies.
func (ix *Index) originalMeetings(ctx context.Context, ids ...string) ([]string, error) {
	var out []string
	for _, id := range ids {
		if id == "" {
			continue
		}
		o, ok, err := ix.Document(ctx, id)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, paperMeeting(o.Document, o.ID))
		}
	}
	return out, nil
}

func termOn(field, value string) *query.TermQuery {
	tq := query.NewTermQuery(value)
	tq.SetField(field)
	return tq
}

func (ix *Index) replace(ctx context.Context, ext action.Extraction, failed failure) (Change, error) {
	return ix.write(ctx, ext, failed, "")
}

// write makes the index hold ext's actions for its paper (none when it
// failed, or is a copy of the paper copyOf), settling the meetings it
// touches, in one batch.
func (ix *Index) write(ctx context.Context, ext action.Extraction, failed failure, copyOf string) (Change, error) {
	ch, err := ix.writeMany(ctx, []paperIn{{ext: ext, failed: failed, copyOf: copyOf}})
	if err != nil {
		return Change{}, err
	}
	return ch[0], nil
}

// Paper is one paper's new state for ReplaceMany: its extraction, or,
// with Failure set, why the given Version of the tool could not extract
// it (as ReplaceFailed).
type Paper struct {
	Extraction action.Extraction
	Failure    string
	Version    string
}

// ReplaceMany is Replace (or ReplaceFailed) for many papers, in as few
// batches as it can: each paper is written whole, in order, as one paper
// after another would be, and papers that share no meeting (nor an
// original and its copy) share a batch. Writing a few thousand actions a
// batch costs about half the CPU of a batch per paper (BENCHMARKS.md). A
// paper may be given once. It returns each paper's change, in order; on an
// error, the batches before it are written.
func (ix *Index) ReplaceMany(ctx context.Context, papers []Paper) ([]Change, error) {
	in := make([]paperIn, len(papers))
	for i, p := range papers {
		in[i] = paperIn{ext: p.Extraction, failed: failure{p.Failure, p.Version}}
	}
	return ix.writeMany(ctx, in)
}

// BatchActions is about how many actions a bulk writer (run) gives
// ReplaceMany at once: enough that bleve's cost per batch (a segment to
// build, introduce and later merge) is small beside its cost per action.
const BatchActions = 2000

// paperIn is one paper to write: its actions, or why it has none.
type paperIn struct {
	ext    action.Extraction
	failed failure
	copyOf string
}

// paperRead is what writing a paper needs from the index, read before it
// is written: its old actions and marker, the meetings of the originals
// it stops or starts being a copy of, and every meeting and paper whose
// entries the write reads or rewrites (touches).
type paperRead struct {
	docID   string
	old     map[string]stored
	was     DocumentInfo
	found   bool
	extra   []string
	touches []string
}

func (ix *Index) writeMany(ctx context.Context, papers []paperIn) ([]Change, error) {
	if err := ix.checkWritable(); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, p := range papers {
		identity := p.ext.Document.Identity()
		if identity == "" {
			return nil, fmt.Errorf("replace: document has neither url nor source")
		}
		if id := markerID(action.ID(identity, "")); seen[id] {
			return nil, fmt.Errorf("replace %s: the paper is given twice", identity)
		} else {
			seen[id] = true
		}
		for i, a := range p.ext.Actions {
			if a.ID == "" {
				return nil, fmt.Errorf("replace %s: action %d (ref %q) has no id; call Extraction.Finish first", identity, i+1, a.Ref)
			}
			if seen[a.ID] {
				return nil, fmt.Errorf("replace %s: action id %s occurs twice", identity, a.ID)
			}
			seen[a.ID] = true
		}
	}

	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ctxErr(ctx); err != nil {
		return nil, err
	}
	changes := make([]Change, 0, len(papers))
	b := ix.bi.NewBatch()
	touched := map[string]bool{}
	var relink []string
	written := 0 // papers in batches written
	write := func() error {
		if len(relink) > 0 {
			if err := ix.relinkLater(b, relink...); err != nil {
				return err
			}
		}
		if err := ix.bi.Batch(b); err != nil {
			if len(papers) == 1 {
				return fmt.Errorf("replace %s: write batch: %w", papers[0].ext.Document.Identity(), err)
			}
			return fmt.Errorf("replace %d papers: write batch: %w", len(changes)-written, err)
		}
		written = len(changes)
		b, touched, relink = ix.bi.NewBatch(), map[string]bool{}, nil
		return nil
	}
	for _, p := range papers {
		identity := p.ext.Document.Identity()
		r, err := ix.readPaper(ctx, p)
		if err != nil {
			return nil, fmt.Errorf("replace %s: %w", identity, err)
		}
		if slices.ContainsFunc(r.touches, func(k string) bool { return touched[k] }) {
			// What it reads, an earlier paper of this batch writes: that
			// goes first, and the paper is read again.
			if err := write(); err != nil {
				return nil, err
			}
			if r, err = ix.readPaper(ctx, p); err != nil {
				return nil, fmt.Errorf("replace %s: %w", identity, err)
			}
		}
		ch, groups, err := ix.settlePaper(ctx, b, p, r)
		if err != nil {
			return nil, fmt.Errorf("replace %s: %w", identity, err)
		}
		changes = append(changes, ch)
		relink = append(relink, groups...)
		for _, k := range r.touches {
			touched[k] = true
		}
	}
	if err := write(); err != nil {
		return nil, err
	}
	return changes, nil
}

// readPaper reads what writing p needs.
func (ix *Index) readPaper(ctx context.Context, p paperIn) (paperRead, error) {
	r := paperRead{docID: action.ID(p.ext.Document.Identity(), "")}
	var err error
	if r.old, err = ix.storedWhere(ctx, termOn("document_id", r.docID)); err != nil {
		return r, fmt.Errorf("read old actions: %w", err)
	}
	if r.was, r.found, err = ix.Document(ctx, r.docID); err != nil {
		return r, err
	}
	// The originals it stops or starts being a copy of list it.
	if r.extra, err = ix.originalMeetings(ctx, r.was.CopyOf, p.copyOf); err != nil {
		return r, err
	}
	// The meetings settle reads and rewrites (its old and new actions'
	// and extra), and the papers whose markers it reads or rewrites (its
	// own, and its originals'; a copy's marker is read through the
	// meetings of its original).
	r.touches = append(r.touches, r.extra...)
	for _, s := range r.old {
		r.touches = append(r.touches, meetingOf(s.record()))
	}
	for _, a := range p.ext.Records() {
		r.touches = append(r.touches, meetingOf(a))
	}
	for _, id := range []string{r.docID, r.was.CopyOf, p.copyOf} {
		if id != "" {
			r.touches = append(r.touches, markerID(id))
		}
	}
	return r, nil
}

// settlePaper adds p's write to b, as read in r. It returns what changed
// among the shown actions and the groups whose threads it changes.
func (ix *Index) settlePaper(ctx context.Context, b *bleve.Batch, p paperIn, r paperRead) (Change, []string, error) {
	ext := p.ext
	recs := ext.Records()
	info := DocumentInfo{Document: ext.Document, ID: r.docID, Actions: len(recs), Indexed: time.Now().UTC().Format(time.RFC3339),
		Error: p.failed.reason, Version: p.failed.version, CopyOf: p.copyOf}
	ch, err := ix.settle(ctx, b, paperWrite{id: r.docID, info: &info, recs: recs}, r.old, r.extra)
	if err != nil {
		return Change{}, nil, err
	}
	// The board's threads change with its papers: a paper's actions, and
	// what orders and names it (its date, title, period, board).
	var groups []string
	if ch != (Change{}) || !r.found || threadFieldsDiffer(r.was.Document, ext.Document) {
		groups = append(groups, groupKey(ext.Document.Board, ext.Document.Council, r.docID))
		if r.found {
			groups = append(groups, groupKey(r.was.Board, r.was.Council, r.docID))
		}
	}
	marker, err := markerDoc(info)
	if err != nil {
		return Change{}, nil, err
	}
	if err := b.Index(markerID(r.docID), marker); err != nil {
		return Change{}, nil, fmt.Errorf("marker: %w", err)
	}
	return ch, groups, nil
}

// DocumentSHA returns the sha256 of the indexed version of the document with
// the given identity, or "" when it is not indexed.
func (ix *Index) DocumentSHA(identity string) (string, error) {
	info, ok, err := ix.Document(context.Background(), action.ID(identity, ""))
	if err != nil || !ok {
		return "", err
	}
	return info.SHA256, nil
}

// Document returns what the index remembers of one paper, by its document id
// (action.Record.DocumentID).
func (ix *Index) Document(ctx context.Context, documentID string) (DocumentInfo, bool, error) {
	if err := ix.checkOpen(); err != nil {
		return DocumentInfo{}, false, err
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{markerID(documentID)}), 1, 0, false)
	req.Fields = []string{fieldDocInfo}
	res, err := ix.bi.SearchInContext(ctxOrBackground(ctx), req)
	if err != nil {
		return DocumentInfo{}, false, fmt.Errorf("index %s: read document %s: %w", ix.dir, documentID, err)
	}
	if len(res.Hits) == 0 {
		return DocumentInfo{}, false, nil
	}
	s, _ := res.Hits[0].Fields[fieldDocInfo].(string)
	var info DocumentInfo
	if err := json.Unmarshal([]byte(s), &info); err != nil {
		return DocumentInfo{}, false, fmt.Errorf("index %s: document %s: bad stored record: %w", ix.dir, documentID, err)
	}
	return info, true, nil
}

// Documents lists every indexed paper, ordered by document id.
func (ix *Index) Documents(ctx context.Context) ([]DocumentInfo, error) {
	if err := ix.checkOpen(); err != nil {
		return nil, err
	}
	out, err := ix.markers(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("index %s: list documents: %w", ix.dir, err)
	}
	return out, nil
}

// stored is what the index holds of one action: its record JSON and its
// order key (the record does not hold its position in the document).
type stored struct{ rec, order string }

// record decodes the stored record; a bad one decodes empty, as a record
// nothing is known of.
func (s stored) record() action.Record {
	var r action.Record
	json.Unmarshal([]byte(s.rec), &r)
	return r
}

// storedRecords returns id → stored record of every shown action whose
// field matches q.
func (ix *Index) storedRecords(ctx context.Context, q *query.TermQuery, field string) (map[string]stored, error) {
	q.SetField(field)
	return ix.storedWhere(ctx, actionsOnly(q))
}

// storedWhere returns id → stored record of every action, shown or merged
// into another (typeMerged), that q matches.
func (ix *Index) storedWhere(ctx context.Context, q query.Query) (map[string]stored, error) {
	out := map[string]stored{}
	err := ix.eachByID(ctx, q, []string{fieldRecord, fieldOrder}, func(h *search.DocumentMatch) error {
		rec, _ := h.Fields[fieldRecord].(string)
		order, _ := h.Fields[fieldOrder].(string)
		out[h.ID] = stored{rec: rec, order: order}
		return nil
	})
	return out, err
}

// eachByID calls fn for every entry q matches, with the fields asked for,
// in id order, a page at a time.
func (ix *Index) eachByID(ctx context.Context, q query.Query, fields []string, fn func(*search.DocumentMatch) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, pageSize, 0, false)
		req.Fields = fields
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := ix.bi.SearchInContext(ctxOrBackground(ctx), req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if err := fn(h); err != nil {
				return err
			}
		}
		if len(res.Hits) < pageSize {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}
