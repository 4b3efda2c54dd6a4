package index

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// TestQueryOperators: several words mean all of them, OR joins its
// neighbours, NOT and - leave out, AND and + change nothing, and phrases
// and field:value work beside them.
func TestQueryOperators(t *testing.T) {
	ix := loaded(t)
	lungCancer := []string{"Minu::com", "Oadb:2:act"}
	tests := []struct {
		query string
		want  []string
	}{
		{"lung cancer", lungCancer},
		{"lung AND cancer", lungCancer},
		{"+lung +cancer", lungCancer},
		{"cancer lung", lungCancer},
		{"lung OR cancer", []string{"Leic:1.a:act", "Minu::com", "Oadb:2:act", "Oadb:3:act"}},
		// OR binds tighter than the implicit AND: (lung OR housing) AND smoking.
		{"lung OR housing smoking", []string{"Oadb:2:act", "Oadb:3:act"}},
		{"smoking lung OR housing", []string{"Oadb:2:act", "Oadb:3:act"}},
		{"housing OR lung OR schools", []string{"Leic:2:act", "Minu::com", "Oadb:1:act", "Oadb:2:act", "Oadb:3:act", "Oadb:4:act"}},
		{"lung NOT cancer", []string{"Oadb:3:act"}},
		{"lung AND NOT cancer", []string{"Oadb:3:act"}},
		{"lung -cancer", []string{"Oadb:3:act"}},
		{"NOT lung NOT schools", []string{"Leic:1.a:act", "Leic:1.b:act", "Minu::res", "Oadb:4:act"}},
		// Lower-case and, or, not are words (stop words, so dropped).
		{"mental and health", []string{"Leic:1.b:act"}},
		{"the lung", []string{"Minu::com", "Oadb:2:act", "Oadb:3:act"}},
		{"lung OR the", []string{"Minu::com", "Oadb:2:act", "Oadb:3:act"}},
		{`"lung cancer" status:delayed`, []string{"Oadb:2:act"}},
		{`"lung cancer" OR "mental health"`, []string{"Leic:1.b:act", "Minu::com", "Oadb:2:act"}},
		{`owner:"Dr Kath Packham" schools`, []string{"Oadb:1:act"}},
		{`schools -owner:"Dr Kath Packham"`, []string{"Leic:2:act"}},
		{"status:delayed OR status:at_risk", []string{"Leic:1.a:act", "Oadb:2:act"}},
		{"lung nosuchword", nil},
		{"lung nosuch*", nil},
		{"lung OR nosuch*", []string{"Minu::com", "Oadb:2:act", "Oadb:3:act"}},
		{"lung -nosuch*", []string{"Minu::com", "Oadb:2:act", "Oadb:3:act"}},
		{"Scho* OR /hous.*/", []string{"Leic:2:act", "Oadb:1:act", "Oadb:4:act"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := ix.Search(context.Background(), Request{Query: tt.query, Size: 100})
			if err != nil {
				t.Fatal(err)
			}
			if got := sortedRefs(res); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			n, err := ix.Count(context.Background(), Request{Query: tt.query})
			if err != nil || n != res.Total {
				t.Fatalf("Count %d (%v), Search total %d", n, err, res.Total)
			}
		})
	}
}

// TestQueryRanking: every word must match, and the actions matching them
// best come first.
func TestQueryRanking(t *testing.T) {
	ix := synthetic(t, 3, 20)
	res, err := ix.Search(context.Background(), Request{Query: "housing term042", Size: maxSize})
	if err != nil {
		t.Fatal(err)
	}
	one, _ := ix.Count(context.Background(), Request{Query: "term042"})
	either, _ := ix.Count(context.Background(), Request{Query: "housing OR term042"})
	if res.Total == 0 || res.Total >= one || one >= either {
		t.Fatalf("housing term042 %d, term042 %d, housing OR term042 %d: AND must narrow", res.Total, one, either)
	}
	for i, h := range res.Hits {
		if i > 0 && h.Score > res.Hits[i-1].Score {
			t.Fatalf("hit %d scores %v after %v", i, h.Score, res.Hits[i-1].Score)
		}
	}
}

// TestQueryBudget: the costly searches of issue 16 are refused before
// bleve parses them or builds anything, each with a message saying why.
func TestQueryBudget(t *testing.T) {
	ix := loaded(t)
	many := func(term string, n int) string { return strings.TrimSpace(strings.Repeat(term+" ", n)) }
	tests := []struct {
		name, query, msg string
	}{
		{"huge regexp repetition", `/.{0,1000}e.{0,1000}/`, "repetition {0,1000}: at most 10"},
		{"large regexp repetition", `/.{0,100}e.{0,100}/`, "repetition {0,100}"},
		{"regexp too large", `/(a.{10}){10}/`, "too large"},
		{"regexp nested repetition", `/((a{10}){10}){10}/`, "too large"},
		{"many wildcards", `*e* *a* *o* *i*`, "4 wildcard, regular-expression or fuzzy terms; at most 3"},
		{"many fuzzy words", `health~2 lung~2 cancer~2 school~2`, "at most 3"},
		{"fuzzy short word", `he~2`, "needs at least 4 letters"},
		{"fuzziness too high", `health~3`, "at most ~2"},
		{"fuzzy long word", strings.Repeat("ab", 450) + "~2", "has at most 50 letters"},
		{"wildcard with no letter", `?*`, "at least one letter"},
		{"100k-character word", strings.Repeat("a", 100_000), "100000 characters long; at most 1000"},
		{"900 KB word", strings.Repeat("é", 450_000), "at most 1000"},
		{"too many words", many("lung", maxClauses+1), fmt.Sprintf("more than %d words", maxClauses)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for name, run := range map[string]func() error{
				"search": func() error { _, err := ix.Search(context.Background(), Request{Query: tt.query}); return err },
				"count":  func() error { _, err := ix.Count(context.Background(), Request{Query: tt.query}); return err },
				"export": func() error {
					return ix.Export(context.Background(), Request{Query: tt.query}, func(action.Record) error { return nil })
				},
			} {
				err := run()
				if !errors.Is(err, ErrBadQuery) || !strings.Contains(err.Error(), tt.msg) || len(err.Error()) > 300 {
					t.Fatalf("%s: err = %.300v, want a short ErrBadQuery saying %q", name, err, tt.msg)
				}
			}
		})
	}
	// Within the budget each of these runs.
	for _, q := range []string{`/.{0,5}e.{0,5}/`, `*e* *a* *o*`, `health~2 lung~2 cancer~2`, many("lung", maxClauses)} {
		if _, err := ix.Search(context.Background(), Request{Query: q}); err != nil {
			t.Errorf("%s: %v", q, err)
		}
	}
}

// TestPatternsAsBleve: a regexp or wildcard expanded into the words it
// matches finds what bleve's own automaton finds; one matching too many
// words is refused.
func TestPatternsAsBleve(t *testing.T) {
	ix := synthetic(t, 5, 10)
	for _, pattern := range []string{"/term0[0-4].*/", "/.*ea.*/", "sch*", "h?alth", "/[a-c].*/", "owner:*Officer*", "/zzz.*/", "document_title:/plan/"} {
		t.Run(pattern, func(t *testing.T) {
			q, err := parseQueryString(pattern)
			if err != nil {
				t.Fatal(err)
			}
			want := bleveIDs(t, ix, q)
			if len(want) == 0 && pattern != "/zzz.*/" {
				t.Fatal("bleve finds nothing: a test that cannot fail")
			}
			eq, err := ix.expand(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if countExpanding(eq) != 0 {
				t.Fatalf("not expanded: %#v", eq)
			}
			if got := bleveIDs(t, ix, eq); !reflect.DeepEqual(got, want) {
				t.Fatalf("expanded finds %d actions, bleve %d", len(got), len(want))
			}
		})
	}

	// A paper of 1,100 different words: a pattern matching them all is
	// refused, a narrower one runs.
	ext := action.Extraction{Document: action.Document{Source: "many-words.txt", Title: "Words", SHA256: "many"}}
	for i := 0; i < 11; i++ {
		var words []string
		for j := 0; j < 100; j++ {
			words = append(words, fmt.Sprintf("w%04d", i*100+j))
		}
		ext.Actions = append(ext.Actions, action.Action{Kind: action.KindAction, Action: strings.Join(words, " ")})
	}
	ext.Finish()
	if _, err := ix.Replace(context.Background(), ext); err != nil {
		t.Fatal(err)
	}
	_, err := ix.Search(context.Background(), Request{Query: "w*"})
	if !errors.Is(err, ErrBadQuery) || !strings.Contains(err.Error(), "w* matches more than 1000 different words") {
		t.Fatalf("w*: %v", err)
	}
	if res, err := ix.Search(context.Background(), Request{Query: "w05*"}); err != nil || res.Total != 1 {
		t.Fatalf("w05*: %v, %v", res, err)
	}
}

// TestSearchCancelled: a search, count or export whose context is done
// stops with the context's error, also in the middle of expanding a
// pattern.
func TestSearchCancelled(t *testing.T) {
	ix := loaded(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, q := range []string{"lung", "sch*", ""} {
		if _, err := ix.Search(ctx, Request{Query: q, Facets: true}); !errors.Is(err, context.Canceled) {
			t.Errorf("search %q: %v", q, err)
		}
		if _, err := ix.Count(ctx, Request{Query: q}); !errors.Is(err, context.Canceled) {
			t.Errorf("count %q: %v", q, err)
		}
		if err := ix.Export(ctx, Request{Query: q}, func(action.Record) error { return nil }); !errors.Is(err, context.Canceled) {
			t.Errorf("export %q: %v", q, err)
		}
	}
}

// TestOverdue: a hit past its due date and still open says by how much, on
// the request's today; others say nothing.
func TestOverdue(t *testing.T) {
	ix := loaded(t)
	res, err := ix.Search(context.Background(), Request{Today: "2023-01-01", Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, h := range res.Hits {
		if h.Overdue() != "" {
			got[h.DocumentTitle[:4]+":"+h.Ref] = fmt.Sprintf("%d %s", h.OverdueDays, h.Overdue())
		}
	}
	want := map[string]string{
		// Due 2021-10-31, delayed; due 2022-12-31, amber. The complete
		// (2021-03-31) and cancelled (2022-09-30) ones are not overdue.
		"Oadb:2":   "427 14 months overdue",
		"Leic:1.a": "1 1 day overdue",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("overdue %v, want %v", got, want)
	}
	for days, text := range map[int]string{
		0: "", 1: "1 day overdue", 13: "13 days overdue", 14: "2 weeks overdue", 60: "8 weeks overdue",
		61: "2 months overdue", 364: "11 months overdue", 729: "23 months overdue", 730: "2 years overdue",
	} {
		if got := (Hit{OverdueDays: days}).Overdue(); got != text {
			t.Errorf("%d days: %q, want %q", days, got, text)
		}
	}
}
