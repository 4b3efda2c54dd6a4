package web

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"

	"github.com/councilactions/councilactions/index"
)

// Page sizes.
const (
	defaultSize = 20
	maxSize     = 100
)

// filterParams are the facet filters, each repeatable (any of the values).
var filterParams = []string{"board", "council", "year", "status", "owner", "kind", "theme", "change"}

// pageParams are the parameters of a page of results, beside the search's
// own (index.ParseParams); token is the access token a browser may bring.
var pageParams = []string{"size", "after", "facets", "token"}

// parseRequest reads the search parameters shared by the API, the export
// and the pages, with index.ParseParams as the command line does, then
// those of a page. It returns the request with Size as asked (not yet +1).
func parseRequest(q url.Values, today string) (index.Request, error) {
	r, err := index.ParseParams(q, pageParams...)
	if err != nil {
		return r, err
	}
	if r.Today == "" {
		r.Today = today
	}
	r.Facets, r.Highlight = true, true
	if q.Get("facets") != "" {
		// A script paging through results may skip the facet counts.
		if r.Facets, err = index.BoolParam(q, "facets"); err != nil {
			return r, err
		}
	}
	r.Size = defaultSize
	if s := q.Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxSize {
			return r, &index.ParamError{Param: "size", Msg: fmt.Sprintf("%q is not a number from 1 to %d", s, maxSize)}
		}
		r.Size = n
	}
	if a := q.Get("after"); a != "" {
		if r.After, err = decodeAfter(a); err != nil {
			return r, err
		}
	}
	return r, nil
}

// values returns the non-empty values of a repeatable parameter.
func values(q url.Values, key string) []string { return index.ParamValues(q, key) }

// encodeAfter makes a hit's sort key into the opaque "after" parameter.
func encodeAfter(key []string) string {
	if len(key) == 0 {
		return ""
	}
	b, _ := json.Marshal(key) // a []string always marshals
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeAfter(s string) ([]string, error) {
	bad := &index.ParamError{Param: "after", Msg: "not a key from a previous page (pass the next_after value unchanged)"}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, bad
	}
	var key []string
	if err := json.Unmarshal(b, &key); err != nil || len(key) == 0 {
		return nil, bad
	}
	return key, nil
}
