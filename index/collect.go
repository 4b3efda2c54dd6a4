package index

import (
	"container/heap"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Search finds hits in two passes. The first walks every match with bleve's
// searcher and, through bleve's document-match hook, ranks and counts them
// from the in-memory columns (columns.go): nothing is decoded per hit. The
// second fetches the stored records and highlights of the page's hits only.

// sortMode is one of the orders of Request.Sort.
type sortMode int

const (
	byRelevance sortMode = iota // score, high first
	byDate                      // document date, newest first, undated last
	byDue                       // due date, soonest first, undated last
)

func parseSort(s string) (sortMode, error) {
	switch sortName(s) {
	case "relevance":
		return byRelevance, nil
	case "date":
		return byDate, nil
	case "due":
		return byDue, nil
	}
	return 0, fmt.Errorf("%w: sort %q: want relevance, due or date", ErrBadQuery, s)
}

// ranked is a hit's place in the order. Every order ends in the order key,
// unique per action, so that search-after pages neither repeat nor skip.
type ranked struct {
	score float64
	key   day // date or due
	order string
	id    string
}

// cmp orders a before b (negative) or after it (positive).
func (m sortMode) cmp(a, b *ranked) int {
	switch m {
	case byRelevance:
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
	case byDate, byDue:
		if a.key != b.key {
			switch {
			case a.key == 0:
				return 1
			case b.key == 0:
				return -1
			case (a.key > b.key) == (m == byDate):
				return -1
			}
			return 1
		}
	}
	return strings.Compare(a.order, b.order)
}

// sortKey is what a client passes back as After.
func (m sortMode) sortKey(r *ranked) []string {
	if m == byRelevance {
		return []string{strconv.FormatFloat(r.score, 'g', -1, 64), r.order}
	}
	return []string{r.key.String(), r.order}
}

func (m sortMode) parseAfter(after []string) (*ranked, error) {
	if len(after) != 2 {
		return nil, fmt.Errorf("%w: after: want 2 values (a hit's sort_key), got %d", ErrBadQuery, len(after))
	}
	r := &ranked{order: after[1]}
	if m == byRelevance {
		f, err := strconv.ParseFloat(after[0], 64)
		if err != nil {
			return nil, fmt.Errorf("%w: after: %q is not a score", ErrBadQuery, after[0])
		}
		r.score = f
	} else if r.key = dayOf(after[0]); r.key == 0 && after[0] != "" {
		return nil, fmt.Errorf("%w: after: %q is not a YYYY-MM-DD date", ErrBadQuery, after[0])
	}
	return r, nil
}

// topN keeps the best n hits, the worst on top.
type topN struct {
	mode sortMode
	hits []*ranked
}

func (t *topN) Len() int           { return len(t.hits) }
func (t *topN) Less(i, j int) bool { return t.mode.cmp(t.hits[i], t.hits[j]) > 0 }
func (t *topN) Swap(i, j int)      { t.hits[i], t.hits[j] = t.hits[j], t.hits[i] }
func (t *topN) Push(x any)         { t.hits = append(t.hits, x.(*ranked)) }
func (t *topN) Pop() any {
	h := t.hits[len(t.hits)-1]
	t.hits = t.hits[:len(t.hits)-1]
	return h
}

// collection is what the first pass found.
type collection struct {
	total  uint64
	best   []*ranked               // in order
	facets map[string][]FacetCount // when asked
}

// collector is the state of one first pass. bleve calls start once the
// query's snapshot is open, then hit for every match in doc-number order.
type collector struct {
	cols   *columnCache
	mode   sortMode
	size   int
	after  *ranked // nil on the first page
	facets bool

	pool    *search.DocumentMatchPool
	segs    []*columns
	offsets []uint64 // each segment's first doc number
	seg     int      // the segment of the last hit
	values  []facetValue
	counts  []int32 // by facet value number
	total   uint64
	top     topN
}

func (c *collector) start(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	is, ok := sc.IndexReader.(*scorch.IndexSnapshot)
	if !ok {
		return nil, false, fmt.Errorf("index reader %T is not scorch's", sc.IndexReader)
	}
	var err error
	if c.segs, c.offsets, err = c.cols.forSnapshot(is); err != nil {
		return nil, false, fmt.Errorf("read columns: %w", err)
	}
	if c.facets {
		c.values = c.cols.dict.all()
		c.counts = make([]int32, len(c.values))
	}
	c.pool = sc.DocumentMatchPool
	return c.hit, false, nil
}

func (c *collector) hit(d *search.DocumentMatch) error {
	if d == nil {
		return nil
	}
	num, score := d.IndexInternalID.Value(), d.Score
	c.pool.Put(d)
	// Hits come in doc-number order, so the segment rarely changes.
	if num < c.offsets[c.seg] || c.seg+1 < len(c.offsets) && num >= c.offsets[c.seg+1] {
		c.seg = 0
		for c.seg+1 < len(c.offsets) && num >= c.offsets[c.seg+1] {
			c.seg++
		}
	}
	col, doc := c.segs[c.seg], int(num-c.offsets[c.seg])
	if doc >= len(col.order) {
		return fmt.Errorf("doc %d beyond its segment's %d", num, len(col.order))
	}
	if col.order[doc] == "" {
		// Only actions have an order key. buildQuery keeps document markers
		// out; this keeps a query it misjudges from showing one.
		return nil
	}
	// Total and facets describe the whole result, whatever the page.
	c.total++
	if c.facets {
		for _, o := range col.ords[col.at[doc]:col.at[doc+1]] {
			c.counts[o]++
		}
	}
	r := ranked{score: score, order: col.order[doc]}
	switch c.mode {
	case byDate:
		r.key = col.date[doc]
	case byDue:
		r.key = col.due[doc]
	}
	if c.after != nil && c.mode.cmp(&r, c.after) <= 0 {
		return nil
	}
	if len(c.top.hits) == c.size && (c.size == 0 || c.mode.cmp(&r, c.top.hits[0]) >= 0) {
		return nil // most hits end here, having allocated nothing
	}
	kept := r
	kept.id = col.id[doc]
	if len(c.top.hits) < c.size {
		heap.Push(&c.top, &kept)
	} else {
		c.top.hits[0] = &kept
		heap.Fix(&c.top, 0)
	}
	return nil
}

// collect runs the first pass.
func (ix *Index) collect(ctx context.Context, q query.Query, mode sortMode, size int, after *ranked, facets bool) (*collection, error) {
	c := &collector{cols: &ix.cols, mode: mode, size: size, after: after, facets: facets, top: topN{mode: mode}}
	req := bleve.NewSearchRequestOptions(ix.narrowPhrases(q), 0, 0, false)
	req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}})
	if mode != byRelevance {
		req.Score = bleve.ScoreNone // ranking needs no scores: bleve can skip them
	}
	hctx := context.WithValue(ctxOrBackground(ctx), search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(c.start))
	if _, err := ix.bi.SearchInContext(hctx, req); err != nil {
		return nil, err
	}
	out := &collection{total: c.total, best: make([]*ranked, len(c.top.hits))}
	for i := len(out.best) - 1; i >= 0; i-- {
		out.best[i] = heap.Pop(&c.top).(*ranked)
	}
	if facets {
		out.facets = topValues(c.values, c.counts)
	}
	return out, nil
}

// narrowPhrases returns q with every phrase of two common words on the
// default field replaced by a lookup of its word pair (see fieldPhrases):
// the same hits, found without checking word positions. bleve's phrase
// searcher checks every action holding both words, even when ANDed with a
// narrower term, so the pair has to replace it rather than join it. Longer
// phrases, phrases with a stop word inside and phrases with a rarer word
// stay as they are. q itself is not changed: the second pass highlights
// with it.
func (ix *Index) narrowPhrases(q query.Query) query.Query {
	each := func(qs []query.Query) []query.Query {
		out := make([]query.Query, len(qs))
		for i, c := range qs {
			out[i] = ix.narrowPhrases(c)
		}
		return out
	}
	switch q := q.(type) {
	case *query.MatchPhraseQuery:
		if q.FieldVal != "" && q.FieldVal != "_all" {
			return q
		}
		pair, ok := ix.wordPair(q.MatchPhrase)
		if !ok {
			return q
		}
		t := query.NewTermQuery(pair)
		t.SetField(fieldPhrases)
		t.SetBoost(q.Boost())
		return t
	case *query.ConjunctionQuery:
		c := *q
		c.Conjuncts = each(q.Conjuncts)
		return &c
	case *query.DisjunctionQuery:
		d := *q
		d.Disjuncts = each(q.Disjuncts)
		return &d
	case *query.BooleanQuery:
		b := *q
		if q.Must != nil {
			b.Must = ix.narrowPhrases(q.Must)
		}
		if q.Should != nil {
			b.Should = ix.narrowPhrases(q.Should)
		}
		return &b
	}
	return q
}

// wordPair returns the indexed word pair that a phrase is, when it is
// two words, both common, with nothing before them that the analyser
// drops (a stop word leaves a gap the pair would not hold).
func (ix *Index) wordPair(phrase string) (string, bool) {
	m := ix.bi.Mapping()
	words, pairs := m.AnalyzerNamed(en.AnalyzerName), m.AnalyzerNamed(phraseAnalyzer)
	if words == nil || pairs == nil {
		return "", false
	}
	ws := words.Analyze([]byte(phrase))
	if len(ws) != 2 || ws[0].Position != 1 || ws[1].Position != 2 {
		return "", false
	}
	ps := pairs.Analyze([]byte(phrase))
	if len(ps) != 1 {
		return "", false
	}
	return string(ps[0].Term), true
}

// topValues turns counts by value number into the facets of Result: each
// facet's values with hits, by count then value, cut to facetSize.
func topValues(values []facetValue, counts []int32) map[string][]FacetCount {
	tops := make([]topCounts, len(facetNames))
	for o, n := range counts {
		if n > 0 {
			v := values[o]
			tops[v.facet].offer(FacetCount{Value: v.value, Count: int(n)})
		}
	}
	out := make(map[string][]FacetCount, len(facetNames))
	for i, name := range facetNames {
		out[name] = tops[i].sorted()
	}
	return out
}

// topCounts keeps the facetSize best counts offered, the worst on top, so
// that a facet of many values (themes, owners) costs no full sort.
type topCounts []FacetCount

func facetBefore(a, b FacetCount) bool {
	if a.Count != b.Count {
		return a.Count > b.Count
	}
	return a.Value < b.Value
}

func (t *topCounts) Len() int           { return len(*t) }
func (t *topCounts) Less(i, j int) bool { return facetBefore((*t)[j], (*t)[i]) }
func (t *topCounts) Swap(i, j int)      { (*t)[i], (*t)[j] = (*t)[j], (*t)[i] }
func (t *topCounts) Push(x any)         { *t = append(*t, x.(FacetCount)) }
func (t *topCounts) Pop() any {
	old := *t
	x := old[len(old)-1]
	*t = old[:len(old)-1]
	return x
}

func (t *topCounts) offer(c FacetCount) {
	if len(*t) < facetSize {
		heap.Push(t, c)
	} else if facetBefore(c, (*t)[0]) {
		(*t)[0] = c
		heap.Fix(t, 0)
	}
}

func (t topCounts) sorted() []FacetCount {
	out := make([]FacetCount, len(t))
	copy(out, t)
	slices.SortFunc(out, func(a, b FacetCount) int {
		if facetBefore(a, b) {
			return -1
		}
		if facetBefore(b, a) {
			return 1
		}
		return 0
	})
	return out
}
