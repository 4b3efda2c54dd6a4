package index

import (
	"container/heap"
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Exports stream the stored records of the matching actions in export
// order without a search per page or per paper: one pass of bleve's
// searcher marks the matches in a bitset per segment (through the
// document-match hook, as Search counts facets), each segment's actions
// are walked in their order-key order (columns.sorted, made once per
// segment), the segments are merged by order key, and each record is read
// from its segment's stored fields. Memory is a bit per action of the
// index and a few per segment, whatever the size of the export.

// eachRecord calls fn with the stored record (JSON, as actionDoc wrote it)
// of every action q matches, in export order. rec is only valid during the
// call. The whole export reads one snapshot of the index.
func (ix *Index) eachRecord(ctx context.Context, q query.Query, fn func(rec []byte) error) error {
	m := &matches{cols: &ix.cols}
	req := bleve.NewSearchRequestOptions(q, 0, 0, false)
	req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}})
	req.Score = bleve.ScoreNone
	hctx := context.WithValue(ctxOrBackground(ctx), search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(m.start))
	_, err := ix.bi.SearchInContext(hctx, req)
	if m.is != nil {
		defer m.is.DecRef()
	}
	if err == nil {
		// bleve may end a search whose context is done without a word.
		err = ctxErr(ctx)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if m.is == nil {
		return nil
	}
	return m.each(ctx, fn)
}

// matches are the actions one export found: a bitset per segment.
type matches struct {
	cols    *columnCache
	is      *scorch.IndexSnapshot // held (AddRef) until the export ends
	segs    []*columns
	offsets []uint64
	bits    [][]uint64
	seg     int
	pool    *search.DocumentMatchPool
}

func (m *matches) start(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	is, ok := sc.IndexReader.(*scorch.IndexSnapshot)
	if !ok {
		return nil, false, fmt.Errorf("index reader %T is not scorch's", sc.IndexReader)
	}
	var err error
	if m.segs, m.offsets, err = m.cols.forSnapshot(is); err != nil {
		return nil, false, fmt.Errorf("read columns: %w", err)
	}
	is.AddRef()
	m.is = is
	m.bits = make([][]uint64, len(m.segs))
	for i, col := range m.segs {
		m.bits[i] = make([]uint64, (len(col.order)+63)/64)
	}
	m.pool = sc.DocumentMatchPool
	return m.hit, false, nil
}

func (m *matches) hit(d *search.DocumentMatch) error {
	if d == nil {
		return nil
	}
	num := d.IndexInternalID.Value()
	m.pool.Put(d)
	if num < m.offsets[m.seg] || m.seg+1 < len(m.offsets) && num >= m.offsets[m.seg+1] {
		m.seg = 0
		for m.seg+1 < len(m.offsets) && num >= m.offsets[m.seg+1] {
			m.seg++
		}
	}
	col, doc := m.segs[m.seg], num-m.offsets[m.seg]
	if doc >= uint64(len(col.order)) {
		return fmt.Errorf("doc %d beyond its segment's %d", num, len(col.order))
	}
	if col.isAction(int(doc)) { // not a marker, nor an appearance shown as another
		m.bits[m.seg][doc/64] |= 1 << (doc % 64)
	}
	return nil
}

// cursor walks one segment's matches in order.
type cursor struct {
	seg    int
	col    *columns
	sorted []uint32
	bits   []uint64
	i      int
}

func (c *cursor) doc() uint32 { return c.sorted[c.i] }

// next moves to the segment's next match; false when there is none.
func (c *cursor) next() bool {
	for c.i++; c.i < len(c.sorted); c.i++ {
		d := c.sorted[c.i]
		if c.bits[d/64]&(1<<(d%64)) != 0 {
			return true
		}
	}
	return false
}

// cursors is a heap of the segments' cursors by their current order key.
type cursors []*cursor

func (h cursors) Len() int { return len(h) }
func (h cursors) Less(i, j int) bool {
	return h[i].col.order[h[i].doc()] < h[j].col.order[h[j].doc()]
}
func (h cursors) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *cursors) Push(x any)   { *h = append(*h, x.(*cursor)) }
func (h *cursors) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

// each merges the segments' matches by order key and reads their records.
func (m *matches) each(ctx context.Context, fn func(rec []byte) error) error {
	segs := m.is.Segments()
	var h cursors
	for i, col := range m.segs {
		c := &cursor{seg: i, col: col, sorted: col.sorted(), bits: m.bits[i], i: -1}
		if c.next() {
			h = append(h, c)
		}
	}
	heap.Init(&h)
	// fn runs inside the visit: value is the segment's buffer, which the
	// next reader of any segment may reuse as soon as the visit returns.
	var found bool
	var ferr error
	visit := func(field string, _ byte, value []byte, _ []uint64) bool {
		if field == fieldRecord {
			found, ferr = true, fn(value)
			return false
		}
		return true
	}
	for n := 0; len(h) > 0; n++ {
		if n%1024 == 0 {
			if err := ctxErr(ctx); err != nil {
				return err
			}
		}
		c := h[0]
		found = false
		if err := segs[c.seg].VisitDocument(uint64(c.doc()), visit); err != nil {
			return fmt.Errorf("export: read action: %w", err)
		}
		if !found {
			id, _ := segs[c.seg].DocID(uint64(c.doc()))
			return fmt.Errorf("export: action %s has no stored record", id)
		}
		if ferr != nil {
			return ferr
		}
		if c.next() {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	return nil
}
