package index

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Regular expressions and wildcards are expanded here into the words of
// the index they match, instead of by bleve. bleve compiles them into a
// vellum automaton first, and that automaton can grow exponentially
// (/.*a.{9}/ builds 10,000 states, ~0.3 s, before being refused; larger
// repetitions take minutes), with no way to stop it. Go's regexp package
// matches in time linear in the word, so walking the term dictionary with
// it costs at most words × pattern, and the walk checks the request's
// context as it goes.

// maxExpansion is how many different words one regexp or wildcard may
// match; more says the pattern is too broad to search by.
const maxExpansion = 1000

// expand replaces every regexp and wildcard clause in q by the words it
// matches. q is freshly built for the request and is changed in place.
func (ix *Index) expand(ctx context.Context, q query.Query) (query.Query, error) {
	var err error
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, sub := range []*query.Query{&q.Must, &q.Should, &q.MustNot, &q.Filter} {
			if *sub != nil {
				if *sub, err = ix.expand(ctx, *sub); err != nil {
					return nil, err
				}
			}
		}
	case *query.ConjunctionQuery:
		for i := range q.Conjuncts {
			if q.Conjuncts[i], err = ix.expand(ctx, q.Conjuncts[i]); err != nil {
				return nil, err
			}
		}
	case *query.DisjunctionQuery:
		for i := range q.Disjuncts {
			if q.Disjuncts[i], err = ix.expand(ctx, q.Disjuncts[i]); err != nil {
				return nil, err
			}
		}
	case *query.RegexpQuery:
		return ix.matchingWords(ctx, q.FieldVal, q.Regexp, q.Boost(), "/"+q.Regexp+"/")
	case *query.WildcardQuery:
		return ix.matchingWords(ctx, q.FieldVal, wildcardRegexp.Replace(q.Wildcard), q.Boost(), q.Wildcard)
	}
	return q, nil
}

// matchingWords is the disjunction of the words of field that expr
// matches whole, as bleve would have run it.
func (ix *Index) matchingWords(ctx context.Context, field, expr string, boost float64, written string) (query.Query, error) {
	// checkRegexp has bounded the pattern already; this compiles it as Go
	// runs it, anchored since a pattern must match the whole word.
	re, err := regexp.Compile(`^(?:` + expr + `)$`)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %s", ErrBadQuery, written, oneLine(err.Error()))
	}
	if field == "" {
		field = ix.bi.Mapping().DefaultSearchField()
	}
	// Only the words that start with the pattern's literal prefix need
	// looking at: sch* reads the words from "sch" on.
	prefix, _ := re.LiteralPrefix()
	dict, err := ix.bi.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return nil, fmt.Errorf("read words of %s: %w", field, err)
	}
	defer dict.Close()
	var words []query.Query
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctxErr(ctx); err != nil {
				return nil, err
			}
		}
		e, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("read words of %s: %w", field, err)
		}
		if e == nil {
			break
		}
		if !re.MatchString(e.Term) {
			continue
		}
		if len(words) == maxExpansion {
			return nil, fmt.Errorf("%w: %s matches more than %d different words; make it narrower", ErrBadQuery, written, maxExpansion)
		}
		tq := query.NewTermQuery(e.Term)
		tq.SetField(field)
		tq.SetBoost(boost)
		words = append(words, tq)
	}
	switch len(words) {
	case 0:
		// Matches no action. Not a match-none query: bleve's query-string
		// booleans drop those, as they drop stop words, and the rest of the
		// query would then match without this clause.
		return query.NewDocIDQuery(nil), nil
	case 1:
		return words[0], nil
	}
	return query.NewDisjunctionQuery(words), nil
}

// lowerWildcard lower-cases a wildcard on analysed text, whose indexed
// words are lower case, so that Immun* finds "immunisation"; keyword fields
// keep their case.
func lowerWildcard(field, w string) string {
	if isKeyword(field) {
		return w
	}
	return strings.ToLower(w)
}
