package index

import (
	"fmt"
	"sync"

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

	id    []string // external id
	order []string // fieldOrder
	date  []string // fieldDateSort, "" when missing
	due   []string // fieldDueSort, "" when missing
	// The facet terms of doc n are terms[ords[at[n]:at[n+1]]].
	at    []uint32
	ords  []uint32
	terms []string
}

// columnFields are the doc-value fields read into columns.
var columnFields = []string{fieldOrder, fieldDateSort, fieldDueSort, fieldFacets}

// columnCache holds the columns of the segments seen lately, by segment id.
type columnCache struct {
	mu   sync.Mutex
	segs map[uint64]*columns
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
	for i, s := range segs {
		cols[i].once.Do(func() { cols[i].err = cols[i].build(s) })
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
func (col *columns) build(s *scorch.SegmentSnapshot) error {
	dv, ok := s.Segment().(segment.DocValueVisitable)
	if !ok {
		return fmt.Errorf("segment %d: no doc values", s.Id())
	}
	n := int(s.FullSize())
	col.id = make([]string, n)
	col.order = make([]string, n)
	col.date = make([]string, n)
	col.due = make([]string, n)
	col.at = make([]uint32, n+1)
	termOrd := map[string]uint32{}
	var state segment.DocVisitState
	var err error
	for doc := 0; doc < n; doc++ {
		state, err = dv.VisitDocValues(uint64(doc), columnFields, func(field string, term []byte) {
			switch field {
			case fieldOrder:
				col.order[doc] = string(term)
			case fieldDateSort:
				col.date[doc] = string(term)
			case fieldDueSort:
				col.due[doc] = string(term)
			case fieldFacets:
				o, ok := termOrd[string(term)]
				if !ok {
					o = uint32(len(col.terms))
					col.terms = append(col.terms, string(term))
					termOrd[col.terms[o]] = o
				}
				col.ords = append(col.ords, o)
			}
		}, state)
		if err != nil {
			return fmt.Errorf("segment %d doc %d: %w", s.Id(), doc, err)
		}
		col.at[doc+1] = uint32(len(col.ords))
		id, err := s.DocID(uint64(doc))
		if err != nil {
			return fmt.Errorf("segment %d doc %d: %w", s.Id(), doc, err)
		}
		col.id[doc] = string(id)
	}
	return nil
}
