package web

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/councilactions/councilactions/index"
)

// Page sizes.
const (
	defaultSize = 20
	maxSize     = 100
)

// filterParams are the facet filters, each repeatable (any of the values).
var filterParams = []string{"board", "council", "year", "status", "owner", "kind", "theme"}

// badParam is a query parameter the user must correct.
type badParam struct{ msg string }

func (e badParam) Error() string { return e.msg }

// parseRequest reads the search parameters shared by the API, the export
// and the pages. It returns the request with Size as asked (not yet +1).
func parseRequest(q url.Values, today string) (index.Request, error) {
	r := index.Request{
		Query:     strings.TrimSpace(q.Get("q")),
		Board:     values(q, "board"),
		Council:   values(q, "council"),
		Status:    values(q, "status"),
		Owner:     values(q, "owner"),
		Kind:      values(q, "kind"),
		Theme:     values(q, "theme"),
		Today:     today,
		Facets:    true,
		Highlight: true,
	}
	for _, y := range values(q, "year") {
		n, err := strconv.Atoi(y)
		if err != nil || n < 1900 || n > 2200 {
			return r, badParam{fmt.Sprintf("year: %q is not a year like 2023", y)}
		}
		r.Year = append(r.Year, n)
	}
	var err error
	if r.DueBefore, err = dateParam(q, "due_before"); err != nil {
		return r, err
	}
	if r.DueAfter, err = dateParam(q, "due_after"); err != nil {
		return r, err
	}
	if r.Overdue, err = boolParam(q, "overdue"); err != nil {
		return r, err
	}
	if q.Get("facets") != "" {
		// A script paging through results may skip the facet counts.
		if r.Facets, err = boolParam(q, "facets"); err != nil {
			return r, err
		}
	}
	switch s := q.Get("sort"); s {
	case "", "relevance", "due", "date":
		r.Sort = s
	default:
		return r, badParam{fmt.Sprintf("sort: %q is not relevance, due or date", s)}
	}
	r.Size = defaultSize
	if s := q.Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxSize {
			return r, badParam{fmt.Sprintf("size: %q is not a number from 1 to %d", s, maxSize)}
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
func values(q url.Values, key string) []string {
	var out []string
	for _, v := range q[key] {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func dateParam(q url.Values, key string) (string, error) {
	s := strings.TrimSpace(q.Get(key))
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", badParam{fmt.Sprintf("%s: %q is not a date like 2023-03-31", key, s)}
	}
	return s, nil
}

func boolParam(q url.Values, key string) (bool, error) {
	switch s := strings.ToLower(q.Get(key)); s {
	case "", "0", "false", "off", "no":
		return false, nil
	case "1", "true", "on", "yes":
		return true, nil
	default:
		return false, badParam{fmt.Sprintf("%s: %q is not true or false", key, s)}
	}
}

// encodeAfter makes a hit's sort key into the opaque "after" parameter.
func encodeAfter(key []string) string {
	if len(key) == 0 {
		return ""
	}
	b, _ := json.Marshal(key) // a []string always marshals
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeAfter(s string) ([]string, error) {
	bad := badParam{"after: not a key from a previous page (pass the next_after value unchanged)"}
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
