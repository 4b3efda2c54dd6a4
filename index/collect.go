package index

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Search finds hits in two passes. The first walks every match with bleve's
// searcher, a range of doc numbers per core, and ranks and counts them from
// the in-memory columns (columns.go): nothing is decoded per hit. The
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
	pre   orderPrefix // of order
	id    string
	// seg and doc place a kept hit in its snapshot, for reading its id
	// once the best are known.
	seg int
	doc uint64
}

// cmp orders a before b (negative) or after it (positive).
func (m sortMode) cmp(a, b *ranked) int {
	if c := m.cmpKey(a, b); c != 0 {
		return c
	}
	if c := a.pre.cmp(b.pre); c != 0 {
		return c
	}
	return strings.Compare(a.order, b.order)
}

// cmpKey is cmp on the score or date alone, 0 when they are equal.
func (m sortMode) cmpKey(a, b *ranked) int {
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
	return 0
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
	r := &ranked{order: after[1], pre: prefixOf(after[1])}
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

// collector is the state of one worker of a first pass: it takes the
// matches of one range of doc numbers, in doc-number order.
type collector struct {
	mode   sortMode
	size   int
	after  *ranked // nil on the first page
	facets bool

	segs    []*columns
	offsets []uint64 // each segment's first doc number
	seg     int      // the segment of the last hit
	counts  []int32  // by facet term number
	total   uint64
	top     topN
}

func (c *collector) hit(num uint64, score float64) error {
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
	if !col.isAction(doc) {
		// A paper's marker, or an appearance shown as another. buildQuery
		// keeps them out; this keeps a query it misjudges from showing one.
		return nil
	}
	// Total and facets describe the whole result, whatever the page.
	c.total++
	if c.facets {
		for _, t := range col.terms[col.at[doc]:col.at[doc+1]] {
			c.counts[t]++
		}
	}
	r := ranked{score: score}
	switch c.mode {
	case byDate:
		r.key = col.date[doc]
	case byDue:
		r.key = col.due[doc]
	}
	if len(c.top.hits) == c.size && (c.size == 0 || c.mode.cmpKey(&r, c.top.hits[0]) > 0) {
		return nil // most hits end here, on their score or date alone
	}
	r.order, r.pre = col.order[doc], col.pre[doc]
	if c.after != nil && c.mode.cmp(&r, c.after) <= 0 {
		return nil
	}
	c.keep(r, c.seg, uint64(doc))
	return nil
}

// keep offers a hit to the top N.
func (c *collector) keep(r ranked, seg int, doc uint64) {
	if len(c.top.hits) == c.size && (c.size == 0 || c.mode.cmp(&r, c.top.hits[0]) >= 0) {
		return // most hits end here, having allocated nothing
	}
	kept := r
	kept.seg, kept.doc = seg, doc
	if len(c.top.hits) < c.size {
		heap.Push(&c.top, &kept)
	} else {
		c.top.hits[0] = &kept
		heap.Fix(&c.top, 0)
	}
}

// workersFor is how many workers search a snapshot of docs docs: one per
// core from 50,000 docs on. (A variable for the tests.)
var workersFor = func(docs uint64) int {
	if docs < 50_000 {
		return 1
	}
	return runtime.GOMAXPROCS(0)
}

// collect runs the first pass. It runs bleve's searcher itself, on one
// snapshot, in as many ranges of doc numbers as there are cores, each
// range a searcher of its own advanced to its start: a query's cost is a
// walk of its matches, about 50-100 ns each in bleve, so a query matching
// half of a million actions takes some 50 ms on one core (BENCHMARKS.md).
func (ix *Index) collect(ctx context.Context, q query.Query, mode sortMode, size int, after *ranked, facets bool) (*collection, error) {
	is, err := ix.snapshot()
	if err != nil {
		return nil, err
	}
	defer is.Close()
	segs, offsets, err := ix.cols.forSnapshot(is)
	if err != nil {
		return nil, fmt.Errorf("read columns: %w", err)
	}
	var fs facetSet
	if facets {
		fs = ix.cols.dict.all()
	}
	nq := ix.unwrapSingles(ix.narrowPhrases(q), false)
	opts := search.SearcherOptions{}
	if mode != byRelevance {
		opts.Score = "none" // ranking needs no scores: bleve can skip them
	}
	want := collector{mode: mode, size: size, after: after, facets: facets}
	return inRanges(is, segs, offsets, fs, want, func(c *collector, lo, hi uint64) error {
		return ix.walk(ctx, is, nq, opts, lo, hi, c.hit)
	})
}

// inRanges splits the snapshot's doc numbers into a range per worker and
// has each worker find its range's hits (find calls c.hit) with a
// collector of its own, set as want; then merges what they found. The last
// range runs on past the columns, to any doc beyond them, which hit
// reports.
func inRanges(is *scorch.IndexSnapshot, segs []*columns, offsets []uint64, fs facetSet, want collector, find func(c *collector, lo, hi uint64) error) (*collection, error) {
	var docs uint64
	if n := len(segs); n > 0 {
		docs = offsets[n-1] + uint64(len(segs[n-1].order))
	}
	workers := max(1, workersFor(docs))
	parts := make([]*collector, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range parts {
		c := &collector{mode: want.mode, size: want.size, after: want.after, facets: want.facets, top: topN{mode: want.mode}, segs: segs, offsets: offsets}
		if want.facets {
			c.counts = make([]int32, len(fs.terms))
		}
		parts[w] = c
		lo, hi := docs*uint64(w)/uint64(workers), docs*uint64(w+1)/uint64(workers)
		if w == workers-1 {
			hi = ^uint64(0)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[w] = find(c, lo, hi)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return merge(is, parts, want.mode, want.size, fs, want.facets)
}

// merge puts the workers' results together and reads the ids of the best.
func merge(is *scorch.IndexSnapshot, parts []*collector, mode sortMode, size int, fs facetSet, facets bool) (*collection, error) {
	all := &collector{mode: mode, size: size, top: topN{mode: mode}}
	var counts []int32 // by value number
	if facets {
		counts = make([]int32, len(fs.values))
	}
	for _, c := range parts {
		all.total += c.total
		for t, n := range c.counts {
			if n != 0 {
				for _, v := range fs.terms[t] {
					counts[v] += n
				}
			}
		}
		for _, r := range c.top.hits {
			all.keep(*r, r.seg, r.doc)
		}
	}
	out := &collection{total: all.total, best: make([]*ranked, len(all.top.hits))}
	for i := len(out.best) - 1; i >= 0; i-- {
		out.best[i] = heap.Pop(&all.top).(*ranked)
	}
	// Only now the page's ids: reading an id touches the segment's stored
	// section, which reading every id kept in memory for good.
	ss := is.Segments()
	for _, r := range out.best {
		id, err := ss[r.seg].DocID(r.doc)
		if err != nil {
			return nil, fmt.Errorf("segment %d doc %d: %w", ss[r.seg].Id(), r.doc, err)
		}
		r.id = string(id)
	}
	if facets {
		out.facets = topValues(fs.values, counts)
	}
	return out, nil
}

// snapshot opens the index as it stands; Close it.
func (ix *Index) snapshot() (*scorch.IndexSnapshot, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	is, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		r.Close()
		return nil, fmt.Errorf("index reader %T is not scorch's", r)
	}
	return is, nil
}

// walk runs q's searcher over the doc numbers [lo, hi) of is, calling hit
// for each match with its doc number and score.
//
// A query that leaves words out ("+housing -older") walks the rest of
// the query and steps the left-out words' searcher along beside it,
// skipping each hit it lands on. That is what bleve's boolean searcher
// does, but bleve's also scores and recycles a match of its own at every
// hit: over a million actions this walk took 0.45-0.92 times its CPU per
// query, 0.74 in all (BenchmarkExclusion). The scores are the same, since
// bleve's scorer and query norm leave the left-out words out
// (TestExclusionWalkMatchesBleve).
func (ix *Index) walk(ctx context.Context, is *scorch.IndexSnapshot, q query.Query, opts search.SearcherOptions, lo, hi uint64, hit func(uint64, float64) error) (err error) {
	b, ok := q.(*query.BooleanQuery)
	if !ok || b.MustNot == nil || b.Must == nil || b.Filter != nil {
		return ix.walkAll(ctx, is, q, opts, lo, hi, hit)
	}
	// When the words to match are all stop words bleve runs the query as
	// everything but the left-out words: that stays bleve's.
	ms, err := b.Must.Searcher(ctx, is, ix.bi.Mapping(), opts)
	if err != nil {
		return err
	}
	_, none := ms.(*searcher.MatchNoneSearcher)
	if err := ms.Close(); err != nil {
		return err
	}
	if none {
		return ix.walkAll(ctx, is, q, opts, lo, hi, hit)
	}
	ns, err := b.MustNot.Searcher(ctx, is, ix.bi.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return err
	}
	defer func() {
		if cerr := ns.Close(); err == nil {
			err = cerr
		}
	}()
	sc := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(ns.DocumentMatchPoolSize(), 0), IndexReader: is}
	var cur *search.DocumentMatch // the left-out words' match at or after the last hit
	var at uint64                 // its doc number
	done := false                 // no more of them
	buf := make([]byte, 8)
	rest := *b
	rest.MustNot = nil
	return ix.walkAll(ctx, is, &rest, opts, lo, hi, func(num uint64, score float64) error {
		if !done && (cur == nil || at < num) {
			if cur != nil {
				sc.DocumentMatchPool.Put(cur)
			}
			cur, err = ns.Advance(sc, bindex.NewIndexInternalID(buf, num))
			if err != nil {
				return err
			}
			if cur == nil {
				done = true
			} else {
				at = cur.IndexInternalID.Value()
			}
		}
		if !done && at == num {
			return nil
		}
		return hit(num, score)
	})
}

// walkAll is walk with bleve's searcher for the whole of q.
func (ix *Index) walkAll(ctx context.Context, is *scorch.IndexSnapshot, q query.Query, opts search.SearcherOptions, lo, hi uint64, hit func(uint64, float64) error) (err error) {
	s, err := q.Searcher(ctx, is, ix.bi.Mapping(), opts)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := s.Close(); err == nil {
			err = cerr
		}
	}()
	sc := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: is}
	var d *search.DocumentMatch
	if lo > 0 {
		d, err = s.Advance(sc, bindex.NewIndexInternalID(nil, lo))
	} else {
		d, err = s.Next(sc)
	}
	for n := 0; err == nil && d != nil; n++ {
		num := d.IndexInternalID.Value()
		if num >= hi {
			break
		}
		if n%1024 == 0 {
			if err = ctxErr(ctx); err != nil {
				return err
			}
		}
		score := d.Score
		sc.DocumentMatchPool.Put(d)
		if err = hit(num, score); err != nil {
			return err
		}
		d, err = s.Next(sc)
	}
	return err
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

// unwrapSingles returns q without the layers bleve would wrap around a
// single searcher, where taking them off changes no score: a word
// (MatchQuery) becomes a disjunction of its one term, a filter of one
// value a disjunction of one, and each layer costs a call, a scorer and a
// merge of matches at every hit — a fifth of a word query's CPU over a
// million actions (BENCHMARKS.md). A layer is taken off only inside a
// conjunction or disjunction, which sets its children's query norm, as
// the layer passed its own on; a searcher at the top would keep the norm
// of 1 and score differently. One child's score is the layer's score
// bit for bit (0+s, s*1), so hits and sort keys stay the same
// (TestUnwrapSinglesSameScores). Like narrowPhrases, only the first pass
// runs the result; q is not changed.
func (ix *Index) unwrapSingles(q query.Query, inner bool) query.Query {
	each := func(qs []query.Query) []query.Query {
		out := make([]query.Query, len(qs))
		for i, c := range qs {
			out[i] = ix.unwrapSingles(c, true)
		}
		return out
	}
	switch q := q.(type) {
	case *query.MatchQuery:
		if !inner || q.Fuzziness != 0 {
			return q
		}
		term, field, ok := ix.oneTerm(q)
		if !ok {
			return q
		}
		t := query.NewTermQuery(term)
		t.SetField(field)
		t.SetBoost(q.BoostVal.Value())
		return t
	case *query.ConjunctionQuery:
		if inner && len(q.Conjuncts) == 1 {
			return ix.unwrapSingles(q.Conjuncts[0], true)
		}
		c := *q
		c.Conjuncts = each(q.Conjuncts)
		return &c
	case *query.DisjunctionQuery:
		if inner && len(q.Disjuncts) == 1 && q.Min <= 1 {
			return ix.unwrapSingles(q.Disjuncts[0], true)
		}
		d := *q
		d.Disjuncts = each(q.Disjuncts)
		return &d
	case *query.BooleanQuery:
		// With only words to match, bleve runs the boolean as its must
		// clause; otherwise its clauses are taken as they stand, since
		// walk runs a boolean's must clause on its own.
		if inner && q.Must != nil && q.Should == nil && q.MustNot == nil && q.Filter == nil {
			return ix.unwrapSingles(q.Must, true)
		}
		b := *q
		for _, sub := range []*query.Query{&b.Must, &b.Should} {
			if *sub != nil {
				*sub = ix.unwrapSingles(*sub, inner)
			}
		}
		// The words left out only exclude: no score or norm of theirs
		// counts, so even their outer layer goes.
		if b.MustNot != nil {
			b.MustNot = ix.unwrapSingles(b.MustNot, true)
		}
		return &b
	}
	return q
}

// oneTerm returns the term a word query looks up when its analyser makes
// exactly one of it, as MatchQuery.Searcher analyses it. The query strings
// parsed here never ask for automatic fuzziness, the one setting that
// cannot be read back.
func (ix *Index) oneTerm(q *query.MatchQuery) (term, field string, ok bool) {
	m := ix.bi.Mapping()
	field = q.FieldVal
	if field == "" {
		field = m.DefaultSearchField()
	}
	name := q.Analyzer
	if name == "" {
		name = m.AnalyzerNameForPath(field)
	}
	a := m.AnalyzerNamed(name)
	if a == nil {
		return "", "", false
	}
	tokens := a.Analyze([]byte(q.Match))
	if len(tokens) != 1 {
		return "", "", false
	}
	return string(tokens[0].Term), field, true
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
