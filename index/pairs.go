package index

import (
	_ "embed"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Word pairs. The phrases field indexes each pair of neighbouring words as
// one term ("mental health"), so that a two-word phrase is a term lookup
// instead of bleve's phrase search, which checks word positions in every
// action holding both words: a third of the index for two common words.
// Only pairs of common words are indexed. A phrase with a rarer word is
// cheap for bleve's phrase search (few actions hold that word), while the
// pairs of rare words, most of them seen once, were most of the field's
// cost: indexing every pair took 40% of the CPU of indexing an action,
// these pairs some 15% (BENCHMARKS.md).

// pairWordsText lists the common words, as the English analyser stems
// them, one a line: every stem in at least four lines of the real papers
// in ../shared and this repository's fixtures (about 170,000 words). The
// list is part of the index's schema: an index built with another list
// would miss pairs, so changing it changes schemaVersion.
//
//go:embed pairwords.txt
var pairWordsText string

// pairFilterType is the registered name of the pair token filter.
const pairFilterType = "councilactions_common_pairs"

func init() {
	words := map[string]bool{}
	for _, w := range strings.Fields(pairWordsText) {
		words[w] = true
	}
	f := &pairFilter{words: words}
	err := registry.RegisterTokenFilter(pairFilterType, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return f, nil
	})
	if err != nil {
		panic(err)
	}
}

// pairFilter turns a stream of stemmed words into the pairs of neighbours
// that are both common words. Words a stop word kept apart (their
// positions not consecutive) make no pair, so that a pair never bridges a
// gap a phrase has.
type pairFilter struct{ words map[string]bool }

func (f *pairFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream
	for i := 1; i < len(in); i++ {
		a, b := in[i-1], in[i]
		if b.Position != a.Position+1 || !f.words[string(a.Term)] || !f.words[string(b.Term)] {
			continue
		}
		term := make([]byte, 0, len(a.Term)+1+len(b.Term))
		term = append(append(append(term, a.Term...), ' '), b.Term...)
		out = append(out, &analysis.Token{Term: term, Position: a.Position, Start: a.Start, End: b.End, Type: analysis.Shingle})
	}
	return out
}
