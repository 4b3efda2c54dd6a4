package index

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
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
// source no longer has. It returns how many actions went.
func (ix *Index) RemoveDocument(ctx context.Context, documentID string) (int, error) {
	if err := ix.checkWritable(); err != nil {
		return 0, err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	old, err := ix.storedRecords(ctx, query.NewTermQuery(documentID), "document_id")
	if err != nil {
		return 0, fmt.Errorf("remove %s: read actions: %w", documentID, err)
	}
	info, found, err := ix.Document(ctx, documentID)
	if err != nil {
		return 0, fmt.Errorf("remove %s: %w", documentID, err)
	}
	b := ix.bi.NewBatch()
	for id := range old {
		b.Delete(id)
	}
	b.Delete(markerID(documentID))
	if found && len(old) > 0 {
		// Its board's threads lose these appearances.
		if err := ix.relinkLater(b, groupKey(info.Board, info.Council, documentID)); err != nil {
			return 0, fmt.Errorf("remove %s: %w", documentID, err)
		}
	}
	err = ix.bi.Batch(b)
	if err != nil {
		return 0, fmt.Errorf("remove %s: write batch: %w", documentID, err)
	}
	return len(old), nil
}

func (ix *Index) replace(ctx context.Context, ext action.Extraction, failed failure) (Change, error) {
	if err := ix.checkWritable(); err != nil {
		return Change{}, err
	}
	identity := ext.Document.Identity()
	if identity == "" {
		return Change{}, fmt.Errorf("replace: document has neither url nor source")
	}
	recs := ext.Records()
	seen := make(map[string]bool, len(recs))
	for i, r := range recs {
		if r.ID == "" {
			return Change{}, fmt.Errorf("replace %s: action %d (ref %q) has no id; call Extraction.Finish first", identity, i+1, r.Ref)
		}
		if seen[r.ID] {
			return Change{}, fmt.Errorf("replace %s: action id %s occurs twice", identity, r.ID)
		}
		seen[r.ID] = true
	}
	docID := action.ID(identity, "")

	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ctxErr(ctx); err != nil {
		return Change{}, err
	}

	old, err := ix.storedRecords(ctx, query.NewTermQuery(docID), "document_id")
	if err != nil {
		return Change{}, fmt.Errorf("replace %s: read old actions: %w", identity, err)
	}

	var ch Change
	b := ix.bi.NewBatch()
	for pos, r := range recs {
		prev, existed := old[r.ID]
		if existed {
			// The thread the action was in stays until the board is
			// linked again (Relink), which the change below asks for.
			r.History = prev.history()
		}
		d, err := actionDoc(r, orderKey(r.DocumentDate, r.DocumentID, pos))
		if err != nil {
			return Change{}, fmt.Errorf("replace %s: %w", identity, err)
		}
		if existed && prev.rec == d[fieldRecord] && prev.order == d[fieldOrder] {
			continue // unchanged, and in the same place
		}
		if err := b.Index(r.ID, d); err != nil {
			return Change{}, fmt.Errorf("replace %s: action %s: %w", identity, r.ID, err)
		}
		if existed {
			ch.Updated++
		} else {
			ch.Added++
		}
	}
	for id := range old {
		if !seen[id] {
			b.Delete(id)
			ch.Removed++
		}
	}
	// The board's threads change with its papers: a paper's actions, and
	// what orders and names it (its date, title, period, board).
	was, found, err := ix.Document(ctx, docID)
	if err != nil {
		return Change{}, fmt.Errorf("replace %s: %w", identity, err)
	}
	if ch != (Change{}) || !found || threadFieldsDiffer(was.Document, ext.Document) {
		groups := []string{groupKey(ext.Document.Board, ext.Document.Council, docID)}
		if found {
			groups = append(groups, groupKey(was.Board, was.Council, docID))
		}
		if err := ix.relinkLater(b, groups...); err != nil {
			return Change{}, fmt.Errorf("replace %s: %w", identity, err)
		}
	}
	info := DocumentInfo{Document: ext.Document, ID: docID, Actions: len(recs), Indexed: time.Now().UTC().Format(time.RFC3339), Error: failed.reason, Version: failed.version}
	infoJSON, err := json.Marshal(info)
	if err != nil {
		return Change{}, fmt.Errorf("replace %s: %w", identity, err)
	}
	if err := b.Index(markerID(docID), map[string]interface{}{fieldType: typeDocument, fieldDocInfo: string(infoJSON)}); err != nil {
		return Change{}, fmt.Errorf("replace %s: marker: %w", identity, err)
	}
	err = ix.bi.Batch(b)
	// Even a failed batch may have been partly applied; count afresh.
	if err != nil {
		return Change{}, fmt.Errorf("replace %s: write batch: %w", identity, err)
	}
	return ch, nil
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
	var out []DocumentInfo
	var after []string
	for {
		tq := query.NewTermQuery(typeDocument)
		tq.SetField(fieldType)
		req := bleve.NewSearchRequestOptions(tq, pageSize, 0, false)
		req.Fields = []string{fieldDocInfo}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := ix.bi.SearchInContext(ctxOrBackground(ctx), req)
		if err != nil {
			return nil, fmt.Errorf("index %s: list documents: %w", ix.dir, err)
		}
		for _, h := range res.Hits {
			s, _ := h.Fields[fieldDocInfo].(string)
			var info DocumentInfo
			if err := json.Unmarshal([]byte(s), &info); err != nil {
				return nil, fmt.Errorf("index %s: document %s: bad stored record: %w", ix.dir, h.ID, err)
			}
			out = append(out, info)
		}
		if len(res.Hits) < pageSize {
			return out, nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

// stored is what the index holds of one action: its record JSON and its
// order key (the record does not hold its position in the document).
type stored struct{ rec, order string }

// storedRecords returns id → stored record of every action whose field
// matches q.
func (ix *Index) storedRecords(ctx context.Context, q *query.TermQuery, field string) (map[string]stored, error) {
	q.SetField(field)
	out := map[string]stored{}
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(actionsOnly(q), pageSize, 0, false)
		req.Fields = []string{fieldRecord, fieldOrder}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := ix.bi.SearchInContext(ctxOrBackground(ctx), req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			rec, _ := h.Fields[fieldRecord].(string)
			order, _ := h.Fields[fieldOrder].(string)
			out[h.ID] = stored{rec: rec, order: order}
		}
		if len(res.Hits) < pageSize {
			return out, nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}
