package index

import (
	"context"
	"errors"
	"testing"
)

// FuzzSearchQuery runs arbitrary query strings against a real index: a
// query either runs or fails with ErrBadQuery on one line, never with a
// panic or an internal error.
func FuzzSearchQuery(f *testing.F) {
	for _, s := range []string{
		"", "lung", `"healthy schools"`, "+lung -cancer", "status:delayed", `owner:"Dr Kath Packham"`,
		"year:2022", `due:>="2023-01-01"`, "year:>2020", "lung~1", "lung~5", "sch*", "/sch.*/", "/[/",
		"lung^2", `"unclosed`, "a:b:c", "stauts:x", "+", "-", "title:", `due:>"soon"`, "_all:lung",
		"theme_facet:x", "owner_text:packham", `ref:"1.a"`, "*", "?", "lung AND cancer", "NOT lung",
		"lung OR cancer smoking", "lung OR", "OR", "-lung OR x", `/.{0,100}e.{0,100}/`, "*e* *a* *o* *i*",
		"he~2", "ab~2 cd~2 ef~2 gh~2", "status:Delayed", "status:late", `kind:"In progress"`,
	} {
		f.Add(s)
	}
	ix, err := Open(f.TempDir() + "/index")
	if err != nil {
		f.Fatal(err)
	}
	defer ix.Close()
	for _, ext := range fixtures() {
		if _, err := ix.Replace(context.Background(), ext); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, q string) {
		res, err := ix.Search(context.Background(), Request{Query: q, Facets: true, Highlight: true})
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("query %q: error not marked as bad query: %v", q, err)
			}
			for _, c := range err.Error() {
				if c == '\n' {
					t.Fatalf("query %q: error on several lines: %q", q, err)
				}
			}
			return
		}
		if res.Total > 9 || uint64(len(res.Hits)) != res.Total {
			t.Fatalf("query %q: %d hits of %d", q, len(res.Hits), res.Total)
		}
	})
}
