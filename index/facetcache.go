package index

import (
	"encoding/json"
	"sync"
)

// facetCacheSize is how many requests' facet counts are kept.
const facetCacheSize = 64

// facetCache remembers the facet counts of recent requests until the next
// Replace, so that paging through a result, or coming back to the front
// page, does not count every hit's facets again: on a large result that
// counting costs far more than finding the page of hits.
type facetCache struct {
	mu    sync.Mutex
	gen   uint64 // bumped by every Replace
	off   bool   // for benchmarks of the uncached path
	m     map[string]map[string][]FacetCount
	order []string // keys, oldest first
}

// facetKey is what the facets of r depend on: the query and the filters,
// not the page, sort or highlighting.
func facetKey(r Request, today string) string {
	r.Sort, r.Size, r.After, r.Facets, r.Highlight = "", 0, nil, false, false
	r.Today = today
	b, _ := json.Marshal(r)
	return string(b)
}

// get returns a copy of the cached facets and the generation to store a
// fresh count under.
func (c *facetCache) get(key string) (map[string][]FacetCount, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.m[key]
	if !ok || c.off {
		return nil, c.gen
	}
	return copyFacets(f), c.gen
}

// put stores facets counted at generation gen, unless a Replace has come
// between.
func (c *facetCache) put(key string, gen uint64, f map[string][]FacetCount) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen || c.off {
		return
	}
	if c.m == nil {
		c.m = map[string]map[string][]FacetCount{}
	}
	if _, ok := c.m[key]; !ok {
		c.order = append(c.order, key)
	}
	c.m[key] = copyFacets(f)
	for len(c.order) > facetCacheSize {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
}

// invalidate drops every entry; Replace calls it after each batch.
func (c *facetCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.m = nil
	c.order = nil
}

func copyFacets(f map[string][]FacetCount) map[string][]FacetCount {
	out := make(map[string][]FacetCount, len(f))
	for k, v := range f {
		out[k] = append([]FacetCount{}, v...)
	}
	return out
}
