package index

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index/thread"
)

// The search parameters, read here for the command line (search, export)
// and the server (/, /api/search, /api/export.csv) alike, so that both
// accept and refuse the same things with the same words. The command line
// turns its flags into these names (--doc-kind is doc_kind).

// Enum values a filter or field:value may take.
var (
	Statuses = []string{
		action.StatusComplete, action.StatusInProgress, action.StatusOnTrack, action.StatusAtRisk,
		action.StatusDelayed, action.StatusNotStarted, action.StatusCancelled, action.StatusUnknown,
	}
	Kinds    = []string{action.KindAction, action.KindRecommendation, action.KindResolution, action.KindCommitment}
	DocKinds = []string{action.DocActionPlan, action.DocMinutes, action.DocReport, action.DocDecision, action.DocOther}
	Changes  = thread.Labels
)

// enumValues are the enums by parameter, and by field in a query.
var enumValues = map[string][]string{
	"status": Statuses, "kind": Kinds, "doc_kind": DocKinds, "document_kind": DocKinds, "change": Changes,
}

// sorts are the orders of Request.Sort.
var sorts = []string{"relevance", "due", "date"}

// Search parameters: those that may be repeated ("any of") and those given
// once.
var (
	listParams   = []string{"board", "council", "year", "status", "owner", "kind", "theme", "doc_kind", "change"}
	singleParams = []string{"q", "due_after", "due_before", "overdue", "today", "sort", "min_slips", "changed_since"}
)

// ParamError is a search parameter the user must correct. It counts as
// ErrBadQuery.
type ParamError struct {
	Param string // the parameter's name, as in a URL
	Msg   string // what is wrong, naming the bad value
}

func (e *ParamError) Error() string { return e.Param + ": " + e.Msg }

// Is makes errors.Is(err, ErrBadQuery) true.
func (e *ParamError) Is(target error) bool { return target == ErrBadQuery }

// ParseParams reads the search parameters in v into a Request. extra names
// further parameters, each given at most once, that the caller reads
// itself (a page size, a paging key); any other parameter, a repeated
// single one, a value that is not one of an enum's (compared without
// regard to case, spaces or hyphens: "In progress" is in_progress), a year
// or date that does not read as one, is a ParamError.
func ParseParams(v url.Values, extra ...string) (Request, error) {
	var r Request
	for _, key := range sortedKeys(v) {
		switch {
		case slices.Contains(listParams, key):
		case slices.Contains(singleParams, key) || slices.Contains(extra, key):
			if len(v[key]) > 1 {
				return r, &ParamError{key, fmt.Sprintf("given %d times; give it once", len(v[key]))}
			}
		default:
			return r, unknownParam(key, extra)
		}
	}
	r.Query = strings.TrimSpace(v.Get("q"))
	r.Board = ParamValues(v, "board")
	r.Council = ParamValues(v, "council")
	r.Owner = ParamValues(v, "owner")
	r.Theme = ParamValues(v, "theme")
	var err error
	if r.Status, err = enumParam(v, "status"); err != nil {
		return r, err
	}
	if r.Kind, err = enumParam(v, "kind"); err != nil {
		return r, err
	}
	if r.DocKind, err = enumParam(v, "doc_kind"); err != nil {
		return r, err
	}
	if err := historyParams(v, &r); err != nil {
		return r, err
	}
	for _, y := range ParamValues(v, "year") {
		for _, y := range strings.Split(y, ",") {
			n, err := ParseYear(y)
			if err != nil {
				return r, &ParamError{"year", err.Error()}
			}
			r.Year = append(r.Year, n)
		}
	}
	for _, d := range []struct {
		key string
		to  *string
	}{{"due_after", &r.DueAfter}, {"due_before", &r.DueBefore}, {"today", &r.Today}} {
		if *d.to, err = dateParam(v, d.key); err != nil {
			return r, err
		}
	}
	if r.Overdue, err = BoolParam(v, "overdue"); err != nil {
		return r, err
	}
	if s := strings.ToLower(strings.TrimSpace(v.Get("sort"))); s != "" {
		if !slices.Contains(sorts, s) {
			return r, &ParamError{"sort", fmt.Sprintf("%q is not %s", v.Get("sort"), orList(sorts))}
		}
		r.Sort = s
	}
	return r, nil
}

// ParseYear reads a year such as 2023.
func ParseYear(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1900 || n > 2200 {
		return 0, fmt.Errorf("%q is not a year like 2023", s)
	}
	return n, nil
}

// BoolParam reads a true/false parameter; absent is false.
func BoolParam(v url.Values, key string) (bool, error) {
	switch s := strings.ToLower(strings.TrimSpace(v.Get(key))); s {
	case "", "0", "false", "off", "no":
		return false, nil
	case "1", "true", "on", "yes":
		return true, nil
	}
	return false, &ParamError{key, fmt.Sprintf("%q is not true or false", v.Get(key))}
}

// NormaliseEnum returns the enum value that s names, compared without
// regard to case, spaces or hyphens, or false.
func NormaliseEnum(valid []string, s string) (string, bool) {
	n := strings.ToLower(strings.TrimSpace(s))
	n = strings.NewReplacer(" ", "_", "-", "_").Replace(n)
	return n, slices.Contains(valid, n)
}

func enumParam(v url.Values, key string) ([]string, error) {
	var out []string
	for _, s := range ParamValues(v, key) {
		n, ok := NormaliseEnum(enumValues[key], s)
		if !ok {
			return nil, &ParamError{key, fmt.Sprintf("%q is not one of %s", s, strings.Join(enumValues[key], ", "))}
		}
		out = append(out, n)
	}
	return out, nil
}

// ParamValues returns the non-empty values of a parameter.
func ParamValues(v url.Values, key string) []string {
	var out []string
	for _, s := range v[key] {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func dateParam(v url.Values, key string) (string, error) {
	s := strings.TrimSpace(v.Get(key))
	if s == "" {
		return "", nil
	}
	if _, ok := parseDay(s); !ok {
		return "", &ParamError{key, fmt.Sprintf("%q is not a date like 2023-03-31", s)}
	}
	return s, nil
}

// unknownParam names the parameter meant where the name is near one.
func unknownParam(key string, extra []string) error {
	known := slices.Concat(singleParams, listParams, extra)
	sort.Strings(known)
	msg := "unknown parameter"
	best := 3 // suggest only names within two edits
	for _, k := range known {
		if d := editDistance(key, k); d < best {
			best, msg = d, fmt.Sprintf("unknown parameter; did you mean %s?", k)
		}
	}
	return &ParamError{key, fmt.Sprintf("%s (parameters: %s)", msg, strings.Join(known, ", "))}
}

// editDistance is the Levenshtein distance between two short names.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func sortedKeys(v url.Values) []string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// orList writes "a, b or c".
func orList(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}
