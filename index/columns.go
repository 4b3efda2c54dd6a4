package index

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Facet counts and sort keys are read from columns held in memory, one set
// per index segment, rather than by bleve's collector, which decodes every
// hit's doc values afresh for every query: over 100k actions that was nine
// tenths of a broad query's time. Segments never change once written (a
// merge makes a new one), so a segment's columns are built once, on the
// first query that meets it, and dropped when it leaves the index.

// columns are one segment's sort keys and facet terms, by local doc number.
type columns struct {
	once sync.Once
	err  error

	order []string // fieldOrder
	// pre holds the first 16 bytes of each order key, so that ranking
	// hits of equal score (all the hits of a keyword, say) compares
	// numbers here instead of reading each key's bytes from all over
	// the heap; the keys themselves are read only when these are equal.
	pre []orderPrefix
	// actions has bit n set when doc n is an action shown (type action):
	// not a paper's marker, nor an appearance shown as another (merged),
	// which has an order key too.
	actions []uint64
	date    []day // fieldDateSort
	due     []day // fieldDueSort
	// The packed facet terms of doc n are terms[at[n]:at[n+1]], numbered
	// by the cache's dictionary.
	at    []uint32
	terms []uint32

	// live is the facet counts of the segment's live actions, for the
	// scans that take them all (liveFacets).
	liveMu sync.Mutex
	live   liveCounts

	// byOrder is the segment's actions (docs with an order key) sorted by
	// it, for exports; made by the first export that meets the segment.
	sortOnce sync.Once
	byOrder  []uint32
}

// liveCounts are the facet counts of a segment's live actions with a
// given number of docs deleted: a segment's deletions only grow, so the
// number names the set.
type liveCounts struct {
	deleted uint64
	counts  []termCount // nil until counted
}

// termCount is how many actions hold a facet term.
type termCount struct {
	term uint32
	n    int32
}

// liveFacets returns the facet counts of the segment's actions not in
// deleted (nil: none deleted), counted on first use and again when more
// are deleted. Each query that lists everything counted them afresh:
// two fifths of its CPU.
func (col *columns) liveFacets(deleted *roaring.Bitmap) []termCount {
	var gone uint64
	if deleted != nil {
		gone = deleted.GetCardinality()
	}
	col.liveMu.Lock()
	defer col.liveMu.Unlock()
	if col.live.counts != nil && col.live.deleted == gone {
		return col.live.counts
	}
	byTerm := map[uint32]int32{}
	for doc := range col.order {
		if !col.isAction(doc) || deleted != nil && deleted.Contains(uint32(doc)) {
			continue
		}
		for _, t := range col.terms[col.at[doc]:col.at[doc+1]] {
			byTerm[t]++
		}
	}
	counts := make([]termCount, 0, len(byTerm))
	for t, n := range byTerm {
		counts = append(counts, termCount{t, n})
	}
	col.live = liveCounts{gone, counts}
	return counts
}

// sorted returns the segment's actions in export order.
func (col *columns) sorted() []uint32 {
	col.sortOnce.Do(func() {
		for doc, o := range col.order {
			if o != "" {
				col.byOrder = append(col.byOrder, uint32(doc))
			}
		}
		slices.SortFunc(col.byOrder, func(a, b uint32) int { return strings.Compare(col.order[a], col.order[b]) })
	})
	return col.byOrder
}

// orderPrefix is the first 16 bytes of an order key, big-endian, padded
// with zeros: two prefixes that differ order their keys as the keys
// order; equal ones leave it to the keys.
type orderPrefix struct{ hi, lo uint64 }

func prefixOf(s string) orderPrefix {
	var b [16]byte
	copy(b[:], s)
	return orderPrefix{binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:])}
}

func (p orderPrefix) cmp(q orderPrefix) int {
	if c := cmp.Compare(p.hi, q.hi); c != 0 {
		return c
	}
	return cmp.Compare(p.lo, q.lo)
}

// day is a date as the number yyyymmdd, so that comparing two is one
// instruction; 0 when there is none.
type day uint32

func dayOf(s string) day {
	t, ok := parseDay(s)
	if !ok {
		return 0
	}
	return day(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

func (d day) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}

// dictionary numbers facet values ("status" "delayed") for all segments
// alike, so that a query counts into one array. It numbers the packed
// facet terms too (one per doc and facet group, see facetTerms): a hit is
// counted by its 3-4 terms, not its 7-8 values, and each term's count is
// spread over its values once per query. It only grows: a value or term
// keeps its number.
type dictionary struct {
	mu     sync.Mutex
	ord    map[facetValue]uint32
	values []facetValue
	term   map[string]uint32
	packed [][]uint32 // by term number: the values the term holds
}

// facetValue is one value of one facet, the facet by its index in
// facetNames.
type facetValue struct {
	facet uint8
	value string
}

// facetSet is what the dictionary had numbered when a query began.
type facetSet struct {
	values []facetValue // by value number
	terms  [][]uint32   // by term number: the value numbers it holds
}

// number numbers a value; d.mu is held.
func (d *dictionary) number(v facetValue) uint32 {
	return intern(&d.ord, &d.values, v, func() facetValue { return v })
}

// intern returns key's number in ids; a new key gets the next number,
// and what it stands for (made by val) is appended to list.
func intern[K comparable, V any](ids *map[K]uint32, list *[]V, key K, val func() V) uint32 {
	if n, ok := (*ids)[key]; ok {
		return n
	}
	if *ids == nil {
		*ids = map[K]uint32{}
	}
	n := uint32(len(*list))
	*list = append(*list, val())
	(*ids)[key] = n
	return n
}

// all returns the values and terms numbered so far; later numbers are
// never below their lengths.
func (d *dictionary) all() facetSet {
	d.mu.Lock()
	defer d.mu.Unlock()
	return facetSet{d.values[:len(d.values):len(d.values)], d.packed[:len(d.packed):len(d.packed)]}
}

// termNumber returns the number of a packed facet term (see facetTerms),
// numbering it and the values it holds when new.
func (d *dictionary) termNumber(term string) uint32 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return intern(&d.term, &d.packed, term, func() []uint32 {
		var vals []uint32
		parts := strings.Split(term, facetSep)
		names := facetTermNames[parts[0]]
		if len(parts) == len(names)+1 {
			for i, name := range names {
				if v := parts[i+1]; v != "" {
					vals = append(vals, d.number(facetValue{uint8(slices.Index(facetNames, name)), v}))
				}
			}
		}
		return vals
	})
}

// columnFields are the doc-value fields read into columns.
var columnFields = []string{fieldOrder, fieldDateSort, fieldDueSort, fieldFacets}

// columnCache holds the columns of the segments seen lately, by segment id.
type columnCache struct {
	mu   sync.Mutex
	segs map[uint64]*columns
	dict dictionary
}

// forSnapshot returns the columns of every segment of a snapshot, in the
// snapshot's order, building those not yet built, and the first doc
// number of each segment.
func (c *columnCache) forSnapshot(is *scorch.IndexSnapshot) ([]*columns, []uint64, error) {
	segs := is.Segments()
	cols := make([]*columns, len(segs))
	offsets := make([]uint64, len(segs))
	c.mu.Lock()
	if c.segs == nil {
		c.segs = map[uint64]*columns{}
	}
	live := make(map[uint64]bool, len(segs))
	var next uint64
	for i, s := range segs {
		live[s.Id()] = true
		col, ok := c.segs[s.Id()]
		if !ok {
			col = &columns{}
			c.segs[s.Id()] = col
		}
		cols[i] = col
		// The snapshot numbers docs across segments this way (scorch's
		// introducer); deleted docs keep their numbers.
		offsets[i] = next
		next += uint64(s.FullSize())
	}
	// Merges retire segments; forget them once the cache holds twice what
	// one snapshot needs, so that searches on a slightly older snapshot
	// do not rebuild.
	if len(c.segs) > 2*len(segs)+8 {
		for id := range c.segs {
			if !live[id] {
				delete(c.segs, id)
			}
		}
	}
	c.mu.Unlock()
	// A fresh index's segments are read on every core: a million
	// actions' columns take about 2 s on one.
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, s := range segs {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer wg.Done()
			cols[i].once.Do(func() { cols[i].err = cols[i].build(s, &c.dict) })
			<-slots
		}()
	}
	wg.Wait()
	for i, s := range segs {
		if cols[i].err != nil {
			// Let a later query try again.
			c.mu.Lock()
			delete(c.segs, s.Id())
			c.mu.Unlock()
			return nil, nil, cols[i].err
		}
	}
	return cols, offsets, nil
}

// build reads a segment's doc values and ids.
func (col *columns) build(s *scorch.SegmentSnapshot, dict *dictionary) error {
	dv, ok := s.Segment().(segment.DocValueVisitable)
	if !ok {
		return fmt.Errorf("segment %d: no doc values", s.Id())
	}
	fields, err := visitable(dv)
	if err != nil {
		return fmt.Errorf("segment %d: %w", s.Id(), err)
	}
	n := int(s.FullSize())
	col.order = make([]string, n)
	col.pre = make([]orderPrefix, n)
	col.date = make([]day, n)
	col.due = make([]day, n)
	col.at = make([]uint32, n+1)
	numbered := map[string]uint32{} // the same terms recur from doc to doc
	var state segment.DocVisitState
	for doc := 0; doc < n; doc++ {
		state, err = dv.VisitDocValues(uint64(doc), fields, func(field string, term []byte) {
			switch field {
			case fieldOrder:
				col.order[doc] = string(term)
				col.pre[doc] = prefixOf(col.order[doc])
			case fieldDateSort:
				col.date[doc] = dayOf(string(term))
			case fieldDueSort:
				col.due[doc] = dayOf(string(term))
			case fieldFacets:
				t, ok := numbered[string(term)]
				if !ok {
					t = dict.termNumber(string(term))
					numbered[string(term)] = t
				}
				col.terms = append(col.terms, t)
			}
		}, state)
		if err != nil {
			return fmt.Errorf("segment %d doc %d: %w", s.Id(), doc, err)
		}
		col.at[doc+1] = uint32(len(col.terms))
	}
	return col.readActions(s.Segment(), n)
}

// readActions sets the actions bitset from the postings of the type term.
func (col *columns) readActions(seg segment.Segment, n int) error {
	col.actions = make([]uint64, (n+63)/64)
	dict, err := seg.Dictionary(fieldType)
	if err != nil {
		return fmt.Errorf("type dictionary: %w", err)
	}
	pl, err := dict.PostingsList([]byte(typeAction), nil, nil)
	if err != nil {
		return fmt.Errorf("type postings: %w", err)
	}
	it := pl.Iterator(false, false, false, nil)
	for {
		p, err := it.Next()
		if err != nil {
			return fmt.Errorf("type postings: %w", err)
		}
		if p == nil {
			return nil
		}
		if d := p.Number(); d < uint64(n) {
			col.actions[d/64] |= 1 << (d % 64)
		}
	}
}

// isAction reports whether doc is an action shown.
func (col *columns) isAction(doc int) bool { return col.actions[doc/64]&(1<<(doc%64)) != 0 }

// visitable returns those of columnFields that the segment holds doc
// values of. zapx must not be asked for any other: a merged segment keeps
// the fields of the docs it dropped in its field list, and when none of
// its docs has doc values left (only paper markers are live), asking it
// for one of them indexes an empty table and panics. Bleve's own sorting
// and facets ask only for these fields too.
func visitable(dv segment.DocValueVisitable) ([]string, error) {
	have, err := dv.VisitableDocValueFields()
	if err != nil {
		return nil, fmt.Errorf("doc value fields: %w", err)
	}
	var out []string
	for _, f := range columnFields {
		if slices.Contains(have, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

// Warm reads the columns of the segments not yet read, so that the next
// query does not pay for them: after Open that is every segment (about
// 2.5 s per million actions), after a merge the merged one.
func (ix *Index) Warm() error {
	if err := ix.checkOpen(); err != nil {
		return err
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		return fmt.Errorf("warm: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return fmt.Errorf("warm: %w", err)
	}
	defer r.Close()
	is, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return fmt.Errorf("warm: index reader %T is not scorch's", r)
	}
	_, _, err = ix.cols.forSnapshot(is)
	return err
}

// KeepWarm calls Warm now and then every interval until ctx ends or the
// index closes; serve runs it so that queries rarely meet a new segment.
func (ix *Index) KeepWarm(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := ix.Warm(); err != nil {
			if ix.closed.Load() {
				return
			}
			slog.Warn("index: warm", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
