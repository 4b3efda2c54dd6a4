package index

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilactions/councilactions/extract/action"
)

const (
	defaultSize = 20
	maxSize     = 1000
	pageSize    = 1000 // internal paging (Export, Replace, Documents)
	facetSize   = 50
)

// facetNames are the facets of Result.Facets, all counted from the one
// "facets" field (see facetTerms).
var facetNames = []string{"board", "council", "year", "status", "owner", "kind", "theme", "change"}

// Search runs a request. A malformed query returns an error wrapping ErrBadQuery.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) {
	if err := ix.checkOpen(); err != nil {
		return nil, err
	}
	q, err := ix.prepare(ctx, r, collectorSkips)
	if err != nil {
		return nil, err
	}
	sortBy := r.Sort
	if strings.TrimSpace(r.Query) == "" && sortName(sortBy) == "relevance" {
		// With no words to rank by, every score is equal: newest papers first.
		sortBy = "date"
	}
	mode, err := parseSort(sortBy)
	if err != nil {
		return nil, err
	}
	var after *ranked
	if len(r.After) > 0 {
		if after, err = mode.parseAfter(r.After); err != nil {
			return nil, err
		}
	}
	size := r.Size
	if size <= 0 {
		size = defaultSize
	}
	if size > maxSize {
		size = maxSize
	}
	today, err := r.today()
	if err != nil {
		return nil, err
	}
	var found *collection
	if scannable(r) {
		found, err = ix.scan(ctx, r, mode, size, after, r.Facets)
	} else {
		found, err = ix.collect(ctx, q, mode, size, after, r.Facets)
	}
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", r.Query, err)
	}
	hits, err := ix.fetch(ctx, q, found.best, r.Highlight)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", r.Query, err)
	}
	out := &Result{Total: found.total, Hits: make([]Hit, 0, len(hits))}
	for _, b := range found.best {
		h, ok := hits[b.id]
		if !ok {
			continue // replaced between the passes
		}
		rec, err := decodeRecord(h)
		if err != nil {
			return nil, err
		}
		hit := Hit{Record: rec, SortKey: mode.sortKey(b), OverdueDays: overdueDays(rec, today)}
		if mode == byRelevance {
			hit.Score = b.score
		}
		if len(h.Fragments) > 0 {
			hit.Fragments = map[string][]string(h.Fragments)
		}
		out.Hits = append(out.Hits, hit)
	}
	if r.Facets {
		out.Facets = found.facets
	}
	return out, nil
}

// today is the day overdue counts from, at midnight UTC.
func (r Request) today() (time.Time, error) {
	t := time.Now()
	if r.Today != "" {
		var ok bool
		if t, ok = parseDay(r.Today); !ok {
			return time.Time{}, fmt.Errorf("%w: today %q: want YYYY-MM-DD", ErrBadQuery, r.Today)
		}
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}

// overdueDays is how many days past its due date an action still open is
// on today; 0 when it is not overdue.
func overdueDays(rec action.Record, today time.Time) int {
	due, ok := parseDay(rec.Due)
	if !ok || !isOpen(rec.Status) || !due.Before(today) {
		return 0
	}
	return int(today.Sub(due).Hours() / 24)
}

// Overdue says how late an overdue hit is, in the largest unit that fits:
// "3 days overdue", "5 weeks overdue", "7 months overdue", "2 years
// overdue"; "" when it is not overdue.
func (h Hit) Overdue() string {
	d := h.OverdueDays
	n, unit := d, "day"
	switch {
	case d <= 0:
		return ""
	case d >= 730:
		n, unit = d/365, "year"
	case d >= 61:
		n, unit = d*12/365, "month"
	case d >= 14:
		n, unit = d/7, "week"
	}
	if n != 1 {
		unit += "s"
	}
	return fmt.Sprintf("%d %s overdue", n, unit)
}

// fetch loads the stored records, and highlights if asked, of the hits
// the first pass chose, by id. An action replaced since the first pass is
// missing from the map.
func (ix *Index) fetch(ctx context.Context, q query.Query, best []*ranked, highlight bool) (map[string]*search.DocumentMatch, error) {
	if len(best) == 0 {
		return nil, nil
	}
	ids := make([]string, len(best))
	for i, b := range best {
		ids[i] = b.id
	}
	// The query is needed only to find what to highlight; a phrase would
	// check word positions in every action holding its words.
	var fq query.Query = query.NewDocIDQuery(ids)
	if highlight {
		fq = query.NewConjunctionQuery([]query.Query{q, fq})
	}
	req := bleve.NewSearchRequestOptions(fq, len(ids), 0, false)
	req.Fields = []string{fieldRecord}
	if highlight {
		req.Highlight = bleve.NewHighlightWithStyle(html.Name)
		req.Highlight.Fields = textFields
	}
	res, err := ix.bi.SearchInContext(ctxOrBackground(ctx), req)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*search.DocumentMatch, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = h
	}
	return out, nil
}

// facetTermNames are the facets packed, in order, into each kind of facet
// term (see facetTerms).
var facetTermNames = map[string][]string{
	facetDocument: {"board", "council", "year"},
	facetAction:   {"status", "kind", "theme"},
	facetOwner:    {"owner"},
	facetChange:   {"change"},
}

func sortName(s string) string {
	if s == "" {
		return "relevance"
	}
	return s
}

// markers says whether a query must leave out document markers itself
// (Count, Export) or may leave that to Search's collector, which skips any
// doc without an order key and so spares the query the type term.
type markers bool

const (
	excludeMarkers markers = true
	collectorSkips markers = false
)

// prepare builds the query of r and expands its patterns into the words
// they match.
func (ix *Index) prepare(ctx context.Context, r Request, m markers) (query.Query, error) {
	q, err := buildQuery(r, m)
	if err != nil {
		return nil, err
	}
	return ix.expand(ctx, q)
}

// buildQuery ANDs the parsed query string with the request's filters and,
// where a query could match a document marker, the restriction to action
// entries.
func buildQuery(r Request, m markers) (query.Query, error) {
	user, err := parseQueryString(r.Query)
	if err != nil {
		return nil, err
	}
	var conj []query.Query
	if user != nil {
		conj = append(conj, user)
	}
	conj = append(conj, anyTerm("board", r.Board)...)
	conj = append(conj, anyTerm("council", r.Council)...)
	conj = append(conj, anyTerm("status", r.Status)...)
	conj = append(conj, anyTerm("owner", r.Owner)...)
	conj = append(conj, anyTerm("kind", r.Kind)...)
	conj = append(conj, anyTerm(fieldThemeFacet, r.Theme)...)
	conj = append(conj, anyTerm("document_kind", r.DocKind)...)
	hq, err := historyQueries(r)
	if err != nil {
		return nil, err
	}
	conj = append(conj, hq...)
	if len(r.Year) > 0 {
		var years []query.Query
		for _, y := range r.Year {
			v := float64(y)
			yq := query.NewNumericRangeInclusiveQuery(&v, &v, boolPtr(true), boolPtr(true))
			yq.SetField("year")
			years = append(years, yq)
		}
		conj = append(conj, query.NewDisjunctionQuery(years))
	}
	if r.DueAfter != "" || r.DueBefore != "" {
		var after, before time.Time
		if r.DueAfter != "" {
			t, ok := parseDay(r.DueAfter)
			if !ok {
				return nil, fmt.Errorf("%w: due_after %q: want YYYY-MM-DD", ErrBadQuery, r.DueAfter)
			}
			after = t
		}
		if r.DueBefore != "" {
			t, ok := parseDay(r.DueBefore)
			if !ok {
				return nil, fmt.Errorf("%w: due_before %q: want YYYY-MM-DD", ErrBadQuery, r.DueBefore)
			}
			before = t
		}
		dq := query.NewDateRangeInclusiveQuery(after, before, boolPtr(true), boolPtr(true))
		dq.SetField("due")
		conj = append(conj, dq)
	}
	if r.Overdue {
		day, err := r.today()
		if err != nil {
			return nil, err
		}
		dq := query.NewDateRangeInclusiveQuery(time.Time{}, day, nil, boolPtr(false))
		dq.SetField("due")
		// A term on the precomputed open flag, not a must-not on status,
		// which would walk every action.
		open := query.NewTermQuery("yes")
		open.SetField(fieldOpen)
		conj = append(conj, dq, open)
	}
	// Document markers index only their type, so any word or filter
	// leaves them out. Otherwise the type term does, and with no query it
	// alone selects every action, cheaper than match-all AND type. ANDing
	// it to every query cost a walk of its postings alongside every hit.
	if len(conj) == 0 || m == excludeMarkers && len(conj) == 1 && user != nil && mayMatchMarkers(user) {
		conj = append(conj, typeTerm())
	}
	if len(conj) == 1 {
		return conj[0], nil
	}
	return query.NewConjunctionQuery(conj), nil
}

// mayMatchMarkers reports whether a parsed query string can match a doc
// with no indexed fields: when it matches all, or has an exclusion. bleve
// runs an exclusion whose positive clauses match nothing — none written, or
// only stop words such as "the" — as match-all minus the excluded, so any
// exclusion counts.
func mayMatchMarkers(q query.Query) bool {
	some := func(qs []query.Query) bool {
		for _, c := range qs {
			if mayMatchMarkers(c) {
				return true
			}
		}
		return false
	}
	switch q := q.(type) {
	case *query.MatchAllQuery:
		return true
	case *query.BooleanQuery:
		if not, ok := q.MustNot.(*query.DisjunctionQuery); ok && len(not.Disjuncts) > 0 {
			return true
		}
		for _, c := range []query.Query{q.Must, q.Should} {
			if c != nil && mayMatchMarkers(c) {
				return true
			}
		}
		return false
	case *query.ConjunctionQuery:
		return some(q.Conjuncts)
	case *query.DisjunctionQuery:
		return some(q.Disjuncts)
	}
	return false
}

// actionsOnly restricts q to action entries, leaving out document markers.
func actionsOnly(q query.Query) query.Query {
	return query.NewConjunctionQuery([]query.Query{q, typeTerm()})
}

func typeTerm() query.Query {
	tq := query.NewTermQuery(typeAction)
	tq.SetField(fieldType)
	return tq
}

// anyTerm is a filter that matches any of values in field, or nothing to
// add when values is empty.
func anyTerm(field string, values []string) []query.Query {
	if len(values) == 0 {
		return nil
	}
	return []query.Query{query.NewDisjunctionQuery(anyTermQueries(field, values))}
}

func anyTermQueries(field string, values []string) []query.Query {
	qs := make([]query.Query, 0, len(values))
	for _, v := range values {
		tq := query.NewTermQuery(v)
		tq.SetField(field)
		qs = append(qs, tq)
	}
	return qs
}

func boolPtr(b bool) *bool { return &b }

// Get returns one action by id, or ErrNotFound. An appearance merged into
// another action is returned too, with SameAs naming that action.
func (ix *Index) Get(ctx context.Context, id string) (action.Record, error) {
	if err := ix.checkOpen(); err != nil {
		return action.Record{}, err
	}
	// An action merged into another is found too, and says which it is
	// shown as (SameAs).
	merged := query.NewTermQuery(typeMerged)
	merged.SetField(fieldType)
	q := query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery([]string{id}), query.NewDisjunctionQuery([]query.Query{typeTerm(), merged})})
	req := bleve.NewSearchRequestOptions(q, 1, 0, false)
	req.Fields = []string{fieldRecord}
	res, err := ix.bi.SearchInContext(ctxOrBackground(ctx), req)
	if err != nil {
		return action.Record{}, fmt.Errorf("get action %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return action.Record{}, fmt.Errorf("action %s: %w", id, ErrNotFound)
	}
	return decodeRecord(res.Hits[0])
}

// Export streams every action matching r (ignoring Size/After/Sort) in a
// stable order to fn: by document date, document, then the action's place
// in its document. It reads one snapshot of the index, a record at a time
// (stream.go), so memory stays bounded. An error from fn stops the export
// and is returned as is.
func (ix *Index) Export(ctx context.Context, r Request, fn func(action.Record) error) error {
	if err := ix.checkOpen(); err != nil {
		return err
	}
	q, err := ix.prepare(ctx, r, excludeMarkers)
	if err != nil {
		return err
	}
	return ix.eachRecord(ctx, q, func(rec []byte) error {
		var r action.Record
		if err := json.Unmarshal(rec, &r); err != nil {
			return fmt.Errorf("export: bad stored record: %w", err)
		}
		return fn(r)
	})
}

// Count returns how many actions match r.
func (ix *Index) Count(ctx context.Context, r Request) (uint64, error) {
	if err := ix.checkOpen(); err != nil {
		return 0, err
	}
	q, err := ix.prepare(ctx, r, excludeMarkers)
	if err != nil {
		return 0, err
	}
	res, err := ix.bi.SearchInContext(ctxOrBackground(ctx), bleve.NewSearchRequestOptions(q, 0, 0, false))
	if err != nil {
		return 0, fmt.Errorf("count: %w", err)
	}
	return res.Total, nil
}

func decodeRecord(h *search.DocumentMatch) (action.Record, error) {
	s, ok := h.Fields[fieldRecord].(string)
	if !ok {
		return action.Record{}, fmt.Errorf("action %s: no stored record", h.ID)
	}
	var rec action.Record
	if err := json.Unmarshal([]byte(s), &rec); err != nil {
		return action.Record{}, fmt.Errorf("action %s: bad stored record: %w", h.ID, err)
	}
	return rec, nil
}

func ctxOrBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
