// Package index keeps the bleve index of extracted actions and answers
// searches over it with facets, filters and highlights.
package index

import (
	"context"
	"errors"

	"github.com/councilactions/councilactions/extract/action"
)

// Index is an open action index. One process owns it at a time.
type Index struct{}

// ErrNotImplemented is temporary.
var ErrNotImplemented = errors.New("not implemented")

// Open opens (creating if needed) the index under dir.
func Open(dir string) (*Index, error) { return nil, ErrNotImplemented }

// Close closes the index.
func (ix *Index) Close() error { return nil }

// Change counts what Replace did to one document's actions.
type Change struct{ Added, Updated, Removed int }

// Replace makes the index hold exactly ext's actions for its document,
// removing actions the document no longer has.
func (ix *Index) Replace(ctx context.Context, ext action.Extraction) (Change, error) {
	return Change{}, ErrNotImplemented
}

// DocumentSHA returns the sha256 of the indexed version of the document with
// the given identity, or "" when it is not indexed.
func (ix *Index) DocumentSHA(identity string) (string, error) { return "", ErrNotImplemented }

// Request is a search: a bleve query string plus filters.
type Request struct {
	Query     string   // bleve query-string syntax; "" matches all
	Board     []string // each filter: any of the values
	Council   []string
	Year      []int
	Status    []string
	Owner     []string
	Kind      []string
	Theme     []string
	DocKind   []string
	DueBefore string // YYYY-MM-DD, inclusive
	DueAfter  string // YYYY-MM-DD, inclusive
	Overdue   bool   // due before Today and status not complete/cancelled
	Today     string // YYYY-MM-DD; "" means the real today
	Sort      string // relevance (default), due, date
	Size      int    // hits per page; 0 means 20
	After     []string // search-after key from the previous page's last hit
	Facets    bool
	Highlight bool
}

// Hit is one matching action.
type Hit struct {
	action.Record
	Score     float64             `json:"score"`
	Fragments map[string][]string `json:"fragments,omitempty"` // field → highlighted HTML fragments (extracted text escaped)
	SortKey   []string            `json:"sort_key,omitempty"`   // pass as After for the next page
}

// FacetCount is one facet value and how many hits have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Result is one page of hits.
type Result struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets,omitempty"` // board, council, year, status, owner, kind, theme
}

// Search runs a request. A malformed query returns an error wrapping ErrBadQuery.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) { return nil, ErrNotImplemented }

// ErrBadQuery marks a query the user must correct.
var ErrBadQuery = errors.New("bad query")

// Get returns one action by id, or ErrNotFound.
func (ix *Index) Get(ctx context.Context, id string) (action.Record, error) {
	return action.Record{}, ErrNotImplemented
}

// ErrNotFound is returned by Get for an unknown id.
var ErrNotFound = errors.New("not found")

// Export streams every action matching r (ignoring Size/After) in a stable
// order to fn.
func (ix *Index) Export(ctx context.Context, r Request, fn func(action.Record) error) error {
	return ErrNotImplemented
}
