package index

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilactions/councilactions/extract/action"
)

// reference runs r with bleve's own collector: its sort on doc values and
// its facet builder. Search must give the same hits, total and facets.
func reference(t testing.TB, ix *Index, r Request) (ids []string, total uint64, facets map[string][]FacetCount) {
	t.Helper()
	q, err := buildQuery(r, excludeMarkers)
	if err != nil {
		t.Fatal(err)
	}
	q = ix.narrowPhrases(q) // checked on its own by TestPhrasePairs
	if r.Size == 0 {
		r.Size = defaultSize
	}
	if r.Sort == "" && strings.TrimSpace(r.Query) == "" {
		r.Sort = "date"
	}
	var order search.SortOrder
	tie := &search.SortField{Field: fieldOrder, Type: search.SortFieldAsString}
	switch r.Sort {
	case "", "relevance":
		order = search.SortOrder{&search.SortScore{Desc: true}, tie}
	case "date":
		order = search.SortOrder{&search.SortField{Field: fieldDateSort, Type: search.SortFieldAsString, Desc: true, Missing: search.SortFieldMissingLast}, tie}
	case "due":
		order = search.SortOrder{&search.SortField{Field: fieldDueSort, Type: search.SortFieldAsString, Missing: search.SortFieldMissingLast}, tie}
	}
	req := bleve.NewSearchRequestOptions(q, r.Size, 0, false)
	req.SortByCustom(order)
	req.Fields = []string{fieldRecord}
	req.AddFacet(fieldFacets, bleve.NewFacetRequest(fieldFacets, 1<<20))
	res, err := ix.bi.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	counts := map[string]int{}
	if f := res.Facets[fieldFacets]; f != nil && f.Terms != nil {
		for _, tf := range f.Terms.Terms() {
			counts[tf.Term] = tf.Count
		}
	}
	return ids, res.Total, referenceFacets(counts)
}

// synthetic opens a new index holding papers of 30 synthetic actions, each
// written by its own Replace, so that the index has several segments.
func synthetic(t *testing.T, seed uint64, papers int) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	c := newCorpus(seed)
	for n := 0; n < papers; n++ {
		if _, err := ix.Replace(context.Background(), c.paper(n, 30)); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

// TestSearchMatchesBleve checks the column-based ranking and counting
// against bleve's collector on an index of several segments, before and
// after documents are replaced (which deletes docs and adds segments).
func TestSearchMatchesBleve(t *testing.T) {
	ctx := context.Background()
	ix := synthetic(t, 7, 40)
	reqs := []Request{
		{Query: "smoking", Size: 15},
		{Query: "lung cancer", Size: 40},
		{Query: `"mental health"`, Size: 5},
		{Query: `"health and wellbeing" -"air quality"`, Size: 12},
		{Query: `lung "cancer of the lung" OR "screening"`, Size: 12, Sort: "due"},
		{Query: "+housing -older", Size: 25, Sort: "due"},
		{Query: "", Size: 30, Sort: "date"},
		{Query: "", Size: 30, Sort: "due"},
		{Query: "schools", Size: 10, Sort: "date", Year: []int{2017, 2019}},
		{Query: "vaccination", Size: 10, Status: []string{"delayed", "on_track"}},
		{Query: "", Size: 10, Overdue: true, Today: "2022-06-01", Sort: "due"},
		{Query: "term042", Size: 10},
		{Query: "nosuchword", Size: 10},
		// Filters only: due dates are answered from the columns (scan.go),
		// the others by bleve.
		{Query: " ", Size: 10, Year: []int{2017, 2019}, Status: []string{"delayed", "complete", "nosuchstatus"}},
		{Size: 10, Board: []string{"Board 07 Health and Wellbeing Board", "Board 11 Health and Wellbeing Board"}, Kind: []string{"recommendation"}, Sort: "due"},
		{Size: 10, Council: []string{"Council 03"}, DueAfter: "2018-01-01", DueBefore: "2019-06-30"},
		{Size: 10, DueAfter: "2018-01-01", DueBefore: "2019-06-30", Sort: "due"},
		{Size: 10, DueAfter: "2021-01-01"},
		{Size: 10, DueBefore: "2017-12-31", Status: []string{"complete"}, Sort: "due"},
		{Size: 10, Overdue: true, Today: "2021-03-01", Year: []int{2019}},
		{Size: 10, Board: []string{"no such board"}},
		{Size: 10, Owner: []string{""}},
	}
	check := func(stage string) {
		for _, r := range reqs {
			// One worker, and three: a range of doc numbers each.
			for _, workers := range []int{1, 3} {
				t.Run(fmt.Sprintf("%s/%d/%s/%s", stage, workers, r.Query, r.Sort), func(t *testing.T) {
					defer func(f func(uint64) int) { workersFor = f }(workersFor)
					workersFor = func(uint64) int { return workers }
					r.Facets = true
					got, err := ix.Search(ctx, r)
					if err != nil {
						t.Fatal(err)
					}
					ids, total, facets := reference(t, ix, r)
					var gotIDs []string
					for _, h := range got.Hits {
						gotIDs = append(gotIDs, h.ID)
					}
					if !reflect.DeepEqual(gotIDs, ids) {
						t.Errorf("hits\n%v\nwant\n%v", gotIDs, ids)
					}
					if got.Total != total {
						t.Errorf("total %d, want %d", got.Total, total)
					}
					if !reflect.DeepEqual(got.Facets, facets) {
						t.Errorf("facets\n%v\nwant\n%v", got.Facets, facets)
					}
					if total > 0 && len(ids) == 0 {
						t.Errorf("no hits of %d", total)
					}
				})
			}
		}
	}
	check("fresh")
	// Papers re-extracted with other actions: old docs are deleted, new
	// segments written.
	c2 := newCorpus(8)
	for n := 0; n < 40; n += 3 {
		if _, err := ix.Replace(ctx, c2.paper(n, 20)); err != nil {
			t.Fatal(err)
		}
	}
	check("replaced")
}

// TestPhrasePairs checks that a two-word phrase looked up as a word pair
// finds exactly the actions the phrase finds, and that other phrases are
// left to bleve's phrase search.
func TestPhrasePairs(t *testing.T) {
	ix := synthetic(t, 9, 20)
	tests := []struct {
		query  string
		paired bool
	}{
		{`"mental health"`, true},
		{`"Health Wellbeing"`, true}, // case and stemming as the text is analysed
		{`"lung cancer" smoking`, true},
		{`+"young people" -"older adults"`, true},
		{`"health and wellbeing"`, false}, // a stop word inside
		{`"physical activity support"`, false},
		{`action:"mental health"`, false}, // a phrase on one field
		{`"smoking"`, false},
		{`"health term042"`, false},        // a rare word: no pair indexed, and bleve is quick
		{`"mental health term042"`, false}, // one pair of common words, and a third word
		{`"the mental health"`, false},     // a stop word before
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := buildQuery(Request{Query: tt.query}, excludeMarkers)
			if err != nil {
				t.Fatal(err)
			}
			nq := ix.narrowPhrases(q)
			if paired := !reflect.DeepEqual(nq, q); paired != tt.paired {
				t.Fatalf("paired = %v, want %v", paired, tt.paired)
			}
			want, got := bleveIDs(t, ix, q), bleveIDs(t, ix, nq)
			if len(want) == 0 && tt.paired {
				t.Fatalf("%s finds nothing: a test that cannot fail", tt.query)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("pairs find %d actions, the phrase %d", len(got), len(want))
			}
		})
	}
}

// bleveIDs runs q with bleve's own collector and lists the ids it finds.
func bleveIDs(t *testing.T, ix *Index, q query.Query) []string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 10000, 0, false)
	req.SortBy([]string{"_id"})
	res, err := ix.bi.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out
}

// TestMarkersNeverHits: every kind of query string, including those that
// match all or only exclude, finds actions and never a document's marker.
func TestMarkersNeverHits(t *testing.T) {
	ctx := context.Background()
	ix := loaded(t)
	all, err := ix.Search(ctx, Request{})
	if err != nil || all.Total == 0 {
		t.Fatalf("match all: %v, %v", all, err)
	}
	for _, tt := range []struct {
		query  string
		all    bool // matches every action
		marker bool // must be ANDed with the type term
	}{
		{"*", true, true}, // every action has some word: match all
		{"-nosuchword", true, true},
		{"-nosuchword +*", true, true},
		{"smoking *", false, true},
		{"nosuchword OR *", true, true},
		{"smoking", false, false},
		{"+smoking -nosuchword", false, true},
		// A stop word analyses to nothing and its clause is dropped: bleve
		// runs what is left as match-all minus the exclusion.
		{"the -nosuchword", true, true},
		{"+the -nosuchword", true, true},
		{"& -nosuchword", true, true},
		{"status:delayed", false, false},
	} {
		t.Run(tt.query, func(t *testing.T) {
			res, err := ix.Search(ctx, Request{Query: tt.query, Size: maxSize})
			if err != nil {
				t.Fatal(err)
			}
			if tt.all && res.Total != all.Total || !tt.all && (res.Total == 0 || res.Total >= all.Total) {
				t.Errorf("total %d of %d actions", res.Total, all.Total)
			}
			if n, err := ix.Count(ctx, Request{Query: tt.query}); err != nil || n != res.Total {
				t.Errorf("Count %d (%v), Search total %d", n, err, res.Total)
			}
			var exported uint64
			if err := ix.Export(ctx, Request{Query: tt.query}, func(action.Record) error { exported++; return nil }); err != nil || exported != res.Total {
				t.Errorf("exported %d (%v), want %d", exported, err, res.Total)
			}
			for _, h := range res.Hits {
				if h.ID == "" || h.Action.Action == "" && h.Title == "" {
					t.Errorf("hit %+v is not an action", h)
				}
			}
			q, err := parseQueryString(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if got := mayMatchMarkers(q); got != tt.marker {
				t.Errorf("mayMatchMarkers = %v, want %v", got, tt.marker)
			}
		})
	}
	if !mayMatchMarkers(query.NewMatchAllQuery()) || !mayMatchMarkers(query.NewBooleanQuery(nil, []query.Query{query.NewMatchAllQuery()}, nil)) {
		t.Error("match-all queries must keep the type term")
	}
}

// TestWarm: Warm reads every segment's columns, so that a query reads none,
// and a closed index stops KeepWarm.
func TestWarm(t *testing.T) {
	ix := synthetic(t, 3, 5)
	if err := ix.Warm(); err != nil {
		t.Fatal(err)
	}
	ix.cols.mu.Lock()
	n := len(ix.cols.segs)
	ix.cols.mu.Unlock()
	if n == 0 {
		t.Fatal("no columns after Warm")
	}
	for _, col := range ix.cols.segs {
		if len(col.order) == 0 {
			t.Fatal("a segment left unread")
		}
	}
	done := make(chan struct{})
	go func() { ix.KeepWarm(context.Background(), time.Millisecond); close(done) }()
	ix.Close()
	<-done
	if err := ix.Warm(); err == nil {
		t.Error("Warm on a closed index: no error")
	}
}

// referenceFacets unpacks bleve's counts of the packed facet terms into
// the facets of Result, each sorted by count then value and cut to
// facetSize: what Search's value counting must give.
func referenceFacets(terms map[string]int) map[string][]FacetCount {
	sums := make(map[string]map[string]int, len(facetNames))
	for _, name := range facetNames {
		sums[name] = map[string]int{}
	}
	for term, n := range terms {
		parts := strings.Split(term, facetSep)
		names := facetTermNames[parts[0]]
		if len(parts) != len(names)+1 {
			continue
		}
		for i, name := range names {
			if v := parts[i+1]; v != "" {
				sums[name][v] += n
			}
		}
	}
	out := make(map[string][]FacetCount, len(facetNames))
	for name, m := range sums {
		counts := make([]FacetCount, 0, len(m))
		for v, n := range m {
			counts = append(counts, FacetCount{Value: v, Count: n})
		}
		sort.Slice(counts, func(i, j int) bool {
			if counts[i].Count != counts[j].Count {
				return counts[i].Count > counts[j].Count
			}
			return counts[i].Value < counts[j].Value
		})
		if len(counts) > facetSize {
			counts = counts[:facetSize]
		}
		out[name] = counts
	}
	return out
}

// TestSegmentOfMarkersOnly: a merged segment whose actions were all
// deleted keeps their fields in its field list but has no doc values at
// all (only paper markers are left); zapx panics when asked for doc values
// of such a segment, so the columns must ask only for the fields it can
// visit. Scorch makes such segments whenever a merge meets a segment whose
// actions a later batch rewrote (a run's linking does).
func TestSegmentOfMarkersOnly(t *testing.T) {
	ctx := context.Background()
	ix := openTemp(t)
	var ids []string
	for _, ext := range fixtures() {
		if _, err := ix.Replace(ctx, ext); err != nil {
			t.Fatal(err)
		}
		for _, r := range ext.Records() {
			ids = append(ids, r.ID)
		}
	}
	// The actions go, their papers' markers stay: only the markers are
	// live in the segments the papers were written to.
	b := ix.bi.NewBatch()
	for _, id := range ids {
		b.Delete(id)
	}
	if err := ix.bi.Batch(b); err != nil {
		t.Fatal(err)
	}
	if err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	if err := adv.(*scorch.Scorch).ForceMerge(ctx, nil); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(ctx, Request{Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 0 {
		t.Errorf("%d hits, want none", res.Total)
	}
	docs, err := ix.Documents(ctx)
	if err != nil || len(docs) != len(fixtures()) {
		t.Errorf("%d papers (%v), want %d", len(docs), err, len(fixtures()))
	}
	// A paper indexed after the merge is found beside the markers.
	if _, err := ix.Replace(ctx, fixtures()[0]); err != nil {
		t.Fatal(err)
	}
	res, err = ix.Search(ctx, Request{Query: "lung", Facets: true})
	if err != nil || res.Total != 2 {
		t.Errorf("lung: %v hits, %v; want 2", res, err)
	}
}

// TestPagesAcrossWorkers: paging with After through a result searched by
// several workers, a range of doc numbers each, gives every hit once, in
// the order one page of them all has.
func TestPagesAcrossWorkers(t *testing.T) {
	ctx := context.Background()
	ix := synthetic(t, 5, 30)
	defer func(f func(uint64) int) { workersFor = f }(workersFor)
	workersFor = func(uint64) int { return 3 }
	for _, r := range []Request{{Query: "smoking"}, {Sort: "due"}, {Query: "lung", Sort: "date"}} {
		all := r
		all.Size = 1000
		want, err := ix.Search(ctx, all)
		if err != nil || len(want.Hits) < 20 {
			t.Fatalf("%+v: %d hits, %v", r, len(want.Hits), err)
		}
		var got []string
		page := r
		page.Size = 7
		for {
			res, err := ix.Search(ctx, page)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			if len(res.Hits) < page.Size {
				break
			}
			page.After = res.Hits[len(res.Hits)-1].SortKey
		}
		var wantIDs []string
		for _, h := range want.Hits {
			wantIDs = append(wantIDs, h.ID)
		}
		if !reflect.DeepEqual(got, wantIDs) {
			t.Errorf("%+v: pages give %d hits, one page %d, or another order", r, len(got), len(wantIDs))
		}
	}
}

// TestExclusionWalkMatchesBleve: a query leaving words out is walked in
// two passes (walk), which must find exactly the docs bleve's boolean
// searcher finds (walkAll), with exactly its scores, over the whole index
// and in ranges; and Search must then rank as bleve's own collector does,
// hits and scores, with one worker and three. The index has deleted docs
// and several segments.
func TestExclusionWalkMatchesBleve(t *testing.T) {
	ctx := context.Background()
	ix := synthetic(t, 7, 40)
	c2 := newCorpus(8)
	for n := 0; n < 40; n += 4 {
		if _, err := ix.Replace(ctx, c2.paper(n, 20)); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		query    string
		twoPass  bool // walked in two passes, not by bleve's searcher
		markers  bool // bleve's query matches the markers too (Search skips them)
		someHits bool
	}{
		{"+housing -older", true, false, true},
		{"housing -older -smoking", true, false, true},
		{`"mental health" -housing`, true, false, true},
		{`lung -"lung cancer"`, true, false, true},
		{"lung cancer -screening -vaccination", true, false, true},
		{"smoking -the", true, false, true}, // a left-out stop word: nothing left out
		{"smoking OR carers -older", true, false, true},
		{"term042 -older", true, false, true},
		{"sch* -older", true, false, true},
		{"status:delayed -smoking", true, false, true},
		{"housing -housing", true, false, false},
		{"the -older", false, true, true}, // stop words only: bleve's match-all minus
		{"-older", false, true, true},
	}
	is, err := ix.snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer is.Close()
	var docs uint64
	for _, s := range is.Segments() {
		docs += s.Count()
	}
	ranges := [][2]uint64{{0, ^uint64(0)}, {0, docs / 3}, {docs / 3, 2 * docs / 3}, {2 * docs / 3, ^uint64(0)}}
	type scored map[uint64]float64
	for _, tc := range cases {
		q, err := ix.prepare(ctx, Request{Query: tc.query}, collectorSkips)
		if err != nil {
			t.Fatal(err)
		}
		q = ix.narrowPhrases(q)
		if b, ok := q.(*query.BooleanQuery); tc.twoPass && (!ok || b.MustNot == nil || b.Must == nil) {
			t.Fatalf("%s: %T is not a query with words to match and leave out", tc.query, q)
		}
		for _, rg := range ranges {
			got, want := scored{}, scored{}
			err := ix.walk(ctx, is, q, search.SearcherOptions{}, rg[0], rg[1], func(n uint64, s float64) error { got[n] = s; return nil })
			if err != nil {
				t.Fatal(err)
			}
			err = ix.walkAll(ctx, is, q, search.SearcherOptions{}, rg[0], rg[1], func(n uint64, s float64) error { want[n] = s; return nil })
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, docs %v: walk found %d docs, bleve's searcher %d, or other scores", tc.query, rg, len(got), len(want))
			}
			if rg[1] == ^uint64(0) && rg[0] == 0 && tc.someHits != (len(want) > 0) {
				t.Errorf("%s: %d hits", tc.query, len(want))
			}
		}
		if tc.markers {
			continue // bleve's collector would list the markers Search skips
		}
		req := bleve.NewSearchRequestOptions(q, 1000, 0, false)
		req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}, &search.SortField{Field: fieldOrder, Type: search.SortFieldAsString}})
		ref, err := ix.bi.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		for _, workers := range []int{1, 3} {
			func() {
				defer func(f func(uint64) int) { workersFor = f }(workersFor)
				workersFor = func(uint64) int { return workers }
				res, err := ix.Search(ctx, Request{Query: tc.query, Size: 1000})
				if err != nil {
					t.Fatal(err)
				}
				if res.Total != ref.Total || len(res.Hits) != len(ref.Hits) {
					t.Fatalf("%s, %d workers: %d hits of %d, bleve's collector %d of %d", tc.query, workers, len(res.Hits), res.Total, len(ref.Hits), ref.Total)
				}
				for i, h := range res.Hits {
					if h.ID != ref.Hits[i].ID || h.Score != ref.Hits[i].Score {
						t.Errorf("%s, %d workers: hit %d %s score %v, bleve's collector %s score %v", tc.query, workers, i, h.ID, h.Score, ref.Hits[i].ID, ref.Hits[i].Score)
						break
					}
				}
			}()
		}
	}
}

// TestUnwrapSinglesSameScores: the first pass's query without single
// layers (unwrapSingles) must find the same docs with the same scores, to
// the bit, as the query bleve builds, and must be a different tree for the
// queries it is there for.
func TestUnwrapSinglesSameScores(t *testing.T) {
	ctx := context.Background()
	ix := synthetic(t, 7, 40)
	cases := []struct {
		r       Request
		changed bool // unwrapSingles takes a layer off
	}{
		{Request{Query: "smoking"}, true},
		{Request{Query: "lung cancer"}, true},
		{Request{Query: "lung cancer smoking"}, true},
		{Request{Query: `"mental health"`}, false}, // a word pair already
		{Request{Query: `"health and wellbeing" carers`}, true},
		{Request{Query: "+housing -older"}, true},
		{Request{Query: "lung OR screening -older"}, true},
		{Request{Query: "housing -older -smoking"}, true},
		{Request{Query: "smoking -the"}, true},
		{Request{Query: "-older"}, true},
		{Request{Query: "the -older"}, true},
		{Request{Query: "housing -nosuchword"}, true},
		{Request{Query: `"mental health" -housing`}, true},
		{Request{Query: "status:delayed"}, true},
		{Request{Query: "smoking^3 carers"}, true},
		{Request{Query: "smoky~1"}, false}, // fuzzy: bleve's
		{Request{Query: "young people"}, true},
		{Request{Query: "the smoking"}, true}, // a stop word: no term
		{Request{Query: "schools", Board: []string{"Board 07 Health and Wellbeing Board"}}, true},
		{Request{Query: "vaccination", Status: []string{"delayed", "at_risk"}}, true},
		{Request{Year: []int{2020}}, false},
		{Request{Year: []int{2020}, Status: []string{"delayed"}}, true},
		{Request{Query: "carers", Year: []int{2017, 2019}, Kind: []string{"recommendation"}}, true},
		{Request{Overdue: true, Today: "2022-06-01"}, false},
		{Request{Query: "nosuchword"}, true},
	}
	is, err := ix.snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer is.Close()
	type hit struct {
		num   uint64
		score float64
	}
	walk := func(q query.Query) []hit {
		var out []hit
		err := ix.walk(ctx, is, q, search.SearcherOptions{}, 0, ^uint64(0), func(n uint64, s float64) error { out = append(out, hit{n, s}); return nil })
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, tc := range cases {
		q, err := ix.prepare(ctx, tc.r, collectorSkips)
		if err != nil {
			t.Fatal(err)
		}
		q = ix.narrowPhrases(q)
		before, _ := json.Marshal(q)
		u := ix.unwrapSingles(q, false)
		after, _ := json.Marshal(u)
		if again, _ := json.Marshal(q); string(again) != string(before) {
			t.Errorf("%+v: unwrapSingles changed its query", tc.r)
		}
		if changed := string(after) != string(before); changed != tc.changed {
			t.Errorf("%+v: changed %v, want %v:\n%s\n%s", tc.r, changed, tc.changed, before, after)
		}
		got, want := walk(u), walk(q)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: %d hits, want %d, or other scores", tc.r, len(got), len(want))
		}
		if len(want) == 0 && tc.r.Query != "nosuchword" {
			t.Errorf("%+v: no hits", tc.r)
		}
	}
}

// TestOrderPrefix: two order keys' prefixes, when they differ, order the
// keys as the keys order; when equal, the keys decide.
func TestOrderPrefix(t *testing.T) {
	keys := []string{"", "a", "a\x00", "a\x00b", "ab", "b",
		"2020-05-12/3f9a0c/000001", "2020-05-12/3f9a0c/000002", "2020-05-12/3f9a0d/000001",
		"2020-05-12/3f9a", "2020-05-12/3f9a0c", "2020-05-13/000000/000000", "0000-00-00/ffff/000009"}
	for _, a := range keys {
		for _, b := range keys {
			want := strings.Compare(a, b)
			got := prefixOf(a).cmp(prefixOf(b))
			if got != 0 && got != want {
				t.Errorf("%q, %q: prefixes order %d, keys %d", a, b, got, want)
			}
			if got == 0 && len(a) >= 16 && len(b) >= 16 && a[:16] != b[:16] {
				t.Errorf("%q, %q: equal prefixes of different first 16 bytes", a, b)
			}
			r1, r2 := &ranked{order: a, pre: prefixOf(a)}, &ranked{order: b, pre: prefixOf(b)}
			if c := byDate.cmp(r1, r2); c != want {
				t.Errorf("%q, %q: cmp %d, want %d", a, b, c, want)
			}
		}
	}
}

// TestLiveFacets: a segment's facet counts leave out its markers and its
// deleted docs, and are counted again when more docs are deleted.
func TestLiveFacets(t *testing.T) {
	col := &columns{
		order:   make([]string, 5),
		actions: []uint64{0b11011}, // doc 2 is a marker
		at:      []uint32{0, 2, 3, 3, 5, 6},
		terms:   []uint32{7, 8, 7, 7, 9, 8},
	}
	count := func(deleted *roaring.Bitmap) map[uint32]int32 {
		out := map[uint32]int32{}
		for _, tc := range col.liveFacets(deleted) {
			out[tc.term] += tc.n
		}
		return out
	}
	for _, tc := range []struct {
		deleted []uint32
		want    map[uint32]int32
	}{
		{nil, map[uint32]int32{7: 3, 8: 2, 9: 1}},
		{nil, map[uint32]int32{7: 3, 8: 2, 9: 1}}, // kept
		{[]uint32{0}, map[uint32]int32{7: 2, 8: 1, 9: 1}},
		{[]uint32{0, 3}, map[uint32]int32{7: 1, 8: 1}},
	} {
		var deleted *roaring.Bitmap
		if tc.deleted != nil {
			deleted = roaring.BitmapOf(tc.deleted...)
		}
		if got := count(deleted); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("deleted %v: %v, want %v", tc.deleted, got, tc.want)
		}
	}
}
