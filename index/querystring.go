package index

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
)

// A query string is read as analysts read a search box: every word must
// match (ranked by bleve's scores), OR between two words or phrases means
// either, NOT or a leading - leaves a word out, and AND may be written but
// changes nothing. OR binds tighter than the implicit AND: `lung cancer OR
// smoking` is lung AND (cancer OR smoking). Each clause between the
// operators — a word, "a phrase", field:value, /regexp/, wild*card,
// fuzzy~1, word^2 — is bleve's query-string syntax, parsed by bleve on its
// own; only the way clauses combine is ours, since bleve's own parser ORs
// plain words and has no OR operator at all.

// Budget of a query string, checked before bleve parses it: bleve's
// query-string lexer is quadratic in a word's length, and every regular
// expression, wildcard or fuzzy term walks the term dictionary (expand.go).
const (
	maxQueryRunes = 1000 // characters in a query string
	maxClauses    = 40   // words, phrases and field:value clauses
	// maxExpanding is how many regexp, wildcard, prefix and fuzzy clauses
	// one query may hold: each walks the term dictionary.
	maxExpanding = 3
	// maxRepeat is the largest count in a regexp repetition such as
	// a{2,5}; larger counts multiply the automaton's states.
	maxRepeat = 10
	// maxRegexpSize bounds a regexp's size, counting a repetition as that
	// many copies of what it repeats.
	maxRegexpSize = 100
	// minFuzzyRunes is the shortest word searched with ~1 or ~2: a shorter
	// one is near most of the dictionary. maxFuzzyRunes is the longest:
	// bleve's automaton for a word of some hundreds of letters outgrows its
	// limit.
	minFuzzyRunes = 3
	maxFuzzyRunes = 50
)

// Operators between clauses. Only the upper-case words are operators; in
// lower case they are ordinary (stop) words.
const (
	opAnd = "AND"
	opOr  = "OR"
	opNot = "NOT"
)

// parseQueryString parses a query string, so that a mistake is reported as
// ErrBadQuery before anything runs, and checks its field names and budget.
// An empty query gives nil: no restriction.
func parseQueryString(s string) (query.Query, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	if n := utf8.RuneCountInString(s); n > maxQueryRunes {
		return nil, fmt.Errorf("%w: the query is %d characters long; at most %d", ErrBadQuery, n, maxQueryRunes)
	}
	q, err := combine(splitClauses(s))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %s", ErrBadQuery, quoted(s), err)
	}
	if n := countExpanding(q); n > maxExpanding {
		return nil, fmt.Errorf("%w: %s: %d wildcard, regular-expression or fuzzy terms; at most %d in one search", ErrBadQuery, quoted(s), n, maxExpanding)
	}
	if vq, ok := q.(query.ValidatableQuery); ok {
		if err := vq.Validate(); err != nil {
			return nil, fmt.Errorf("%w: %s: %s", ErrBadQuery, quoted(s), oneLine(err.Error()))
		}
	}
	return q, nil
}

// splitClauses cuts a query string at spaces outside quotes. A quote opens
// a phrase where bleve's lexer opens one: at the start of a clause or
// after a sign, colon or comparison; a backslash escapes the next
// character.
func splitClauses(s string) []string {
	var out []string
	var cur strings.Builder
	inQuote, escaped := false, false
	var prev rune // the last rune of the clause so far, 0 at its start
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
		prev = 0
	}
	for _, r := range s {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case inQuote:
			inQuote = r != '"'
		case r == '"' && strings.ContainsRune("\x00+-:><=", prev):
			inQuote = true
		case unicode.IsSpace(r):
			flush()
			continue
		}
		cur.WriteRune(r)
		prev = r
	}
	flush()
	return out
}

// unit is one term of the implicit AND: a clause, or clauses joined by OR.
type unit struct {
	not  bool
	alts []query.Query
}

// combine joins clauses: all must match, OR joins its neighbours into one
// unit, NOT and - exclude, + and AND change nothing.
func combine(clauses []string) (query.Query, error) {
	var units []unit
	pendingNot, pendingOr := false, false
	n := 0
	for i, c := range clauses {
		switch c {
		case opAnd, opOr, opNot:
			if err := checkOperator(clauses, i, pendingNot, pendingOr); err != nil {
				return nil, err
			}
			pendingNot, pendingOr = c == opNot, c == opOr
			continue
		}
		n++
		if n > maxClauses {
			return nil, fmt.Errorf("more than %d words, phrases or field:value terms", maxClauses)
		}
		not := pendingNot
		switch c[0] {
		case '-':
			not, c = true, c[1:]
		case '+':
			c = c[1:]
		}
		if c == "" {
			return nil, fmt.Errorf("a lone %q has no word to apply to (write -word or +word)", clauses[i][:1])
		}
		q, err := parseClause(c)
		if err != nil {
			return nil, err
		}
		if pendingOr {
			last := &units[len(units)-1]
			if not || last.not {
				return nil, fmt.Errorf("OR joins words to match, not words left out: write (a OR b) -c")
			}
			last.alts = append(last.alts, q)
		} else {
			units = append(units, unit{not: not, alts: []query.Query{q}})
		}
		pendingNot, pendingOr = false, false
	}
	if pendingNot || pendingOr {
		return nil, operatorErr(clauses[len(clauses)-1])
	}
	var must, not []query.Query
	for _, u := range units {
		q := u.alts[0]
		if len(u.alts) > 1 {
			// bleve's query-string booleans skip a clause that analyses to
			// nothing (a stop word) instead of letting it match nothing.
			q = query.NewBooleanQueryForQueryString(nil, u.alts, nil)
		}
		if u.not {
			not = append(not, q)
		} else {
			must = append(must, q)
		}
	}
	return query.NewBooleanQueryForQueryString(must, nil, not), nil
}

// checkOperator refuses an operator with nothing to join: at the start or
// end, or after another operator (NOT may follow AND).
func checkOperator(clauses []string, i int, pendingNot, pendingOr bool) error {
	op := clauses[i]
	switch {
	case i == len(clauses)-1:
		return operatorErr(op)
	case op != opNot && i == 0:
		return operatorErr(op)
	case pendingNot:
		return operatorErr(opNot)
	case pendingOr:
		return operatorErr(opOr)
	}
	return nil
}

func operatorErr(op string) error {
	where := "a word on each side (a " + op + " b)"
	if op == opNot {
		where = "a word after it (NOT b)"
	}
	return fmt.Errorf("%s needs %s; to search for the word itself write it in lower case", op, where)
}

// parseClause parses one clause with bleve's query-string parser and
// checks it. A clause bleve reads as several (rare: a:b:c) is ANDed too.
func parseClause(c string) (query.Query, error) {
	parsed, err := query.NewQueryStringQuery(c).Parse()
	if err != nil {
		msg := oneLine(err.Error())
		if msg == "syntax error" {
			msg = fmt.Sprintf(`%s: syntax error (write words, "a phrase", field:value, -word, a OR b, field:>=N or field:>="YYYY-MM-DD")`, quoted(c))
		}
		return nil, errors.New(msg)
	}
	var must, not []query.Query
	if b, ok := parsed.(*query.BooleanQuery); ok {
		must = append(must, clausesOf(b.Must)...)
		must = append(must, clausesOf(b.Should)...)
		not = clausesOf(b.MustNot)
	} else {
		must = []query.Query{parsed}
	}
	for _, qs := range [][]query.Query{must, not} {
		for i := range qs {
			if qs[i], err = checkQuery(qs[i], allowedFields()); err != nil {
				return nil, err
			}
		}
	}
	if len(must) == 1 && len(not) == 0 {
		return must[0], nil
	}
	return query.NewBooleanQueryForQueryString(must, nil, not), nil
}

// clausesOf lists the clauses bleve's parser put in a boolean's part.
func clausesOf(q query.Query) []query.Query {
	switch q := q.(type) {
	case *query.ConjunctionQuery:
		return q.Conjuncts
	case *query.DisjunctionQuery:
		return q.Disjuncts
	case nil:
		return nil
	}
	return []query.Query{q}
}

func allowedFields() map[string]bool {
	m := map[string]bool{"": true}
	for _, f := range queryFields() {
		m[f] = true
	}
	return m
}

// checkQuery walks a parsed clause: it rejects unknown field names, which
// would otherwise silently match nothing, and regular expressions,
// wildcards and fuzzy terms beyond the budget, and turns a phrase on a
// keyword field (owner:"Dr Kath Packham") into an exact match, since
// keyword fields keep no positions for phrase matching.
func checkQuery(q query.Query, allowed map[string]bool) (query.Query, error) {
	var err error
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, sub := range []*query.Query{&q.Must, &q.Should, &q.MustNot, &q.Filter} {
			if *sub != nil {
				if *sub, err = checkQuery(*sub, allowed); err != nil {
					return nil, err
				}
			}
		}
		return q, nil
	case *query.ConjunctionQuery:
		for i := range q.Conjuncts {
			if q.Conjuncts[i], err = checkQuery(q.Conjuncts[i], allowed); err != nil {
				return nil, err
			}
		}
		return q, nil
	case *query.DisjunctionQuery:
		for i := range q.Disjuncts {
			if q.Disjuncts[i], err = checkQuery(q.Disjuncts[i], allowed); err != nil {
				return nil, err
			}
		}
		return q, nil
	case *query.RegexpQuery:
		if err := checkRegexp(q.Regexp); err != nil {
			return nil, fmt.Errorf("regular expression /%s/: %s", q.Regexp, err)
		}
	case *query.WildcardQuery:
		if q.Wildcard == "*" && (q.FieldVal == "" || q.FieldVal == "_all") {
			// Every action has some word: match all, without listing
			// every word in the index.
			return query.NewMatchAllQuery(), nil
		}
		q.Wildcard = lowerWildcard(q.FieldVal, q.Wildcard)
		if err := checkWildcard(q.Wildcard); err != nil {
			return nil, fmt.Errorf("wildcard %s: %s", q.Wildcard, err)
		}
	case *query.MatchQuery:
		if err := checkFuzzy(q.Match, q.Fuzziness); err != nil {
			return nil, err
		}
		if valid, ok := enumValues[q.FieldVal]; ok {
			// status:Delayed and status:"in progress" mean the enum values.
			n, ok := NormaliseEnum(valid, q.Match)
			if !ok {
				return nil, fmt.Errorf("%s:%s: %q is not one of %s", q.FieldVal, q.Match, q.Match, strings.Join(valid, ", "))
			}
			q.Match = n
		}
	case *query.FuzzyQuery:
		if err := checkFuzzy(q.Term, q.Fuzziness); err != nil {
			return nil, err
		}
	case *query.MatchPhraseQuery:
		if isKeyword(q.FieldVal) {
			mq := query.NewMatchQuery(q.MatchPhrase)
			mq.SetField(q.FieldVal)
			mq.SetBoost(q.Boost())
			return checkQuery(mq, allowed)
		}
	}
	if fq, ok := q.(query.FieldableQuery); ok && !allowed[fq.Field()] {
		return nil, fmt.Errorf("unknown field %q (fields: %s)", fq.Field(), strings.Join(queryFields(), ", "))
	}
	return q, nil
}

// maxFuzziness is the largest edit distance bleve's fuzzy search allows.
const maxFuzziness = 2

func checkFuzzy(word string, fuzziness int) error {
	switch {
	case fuzziness == 0:
		return nil
	case fuzziness > maxFuzziness:
		return fmt.Errorf("fuzziness ~%d: at most ~%d", fuzziness, maxFuzziness)
	case utf8.RuneCountInString(word) < minFuzzyRunes+fuzziness-1:
		return fmt.Errorf("%s~%d: a word searched with ~%d needs at least %d letters", word, fuzziness, fuzziness, minFuzzyRunes+fuzziness-1)
	case utf8.RuneCountInString(word) > maxFuzzyRunes:
		return fmt.Errorf("a word searched with ~%d has at most %d letters", fuzziness, maxFuzzyRunes)
	}
	return nil
}

// checkRegexp measures a regular expression before anything compiles it:
// Go's parser refuses repetitions above 1000 only, and a pattern's cost
// grows with its size, repetitions multiplied out (see expand.go).
func checkRegexp(expr string) error {
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return errors.New(oneLine(err.Error()))
	}
	size, err := regexpSize(parsed)
	if err != nil {
		return err
	}
	if size > maxRegexpSize {
		return fmt.Errorf("too large (size %d, counting each repetition; at most %d)", size, maxRegexpSize)
	}
	return nil
}

// regexpSize counts a parsed regexp's nodes, each repetition {n,m} as m
// copies of what it repeats, and refuses a count above maxRepeat.
func regexpSize(re *syntax.Regexp) (int, error) {
	size := 1
	for _, sub := range re.Sub {
		n, err := regexpSize(sub)
		if err != nil {
			return 0, err
		}
		size += n
	}
	if re.Op == syntax.OpRepeat {
		count := max(re.Min, re.Max)
		if count > maxRepeat {
			return 0, fmt.Errorf("repetition {%d,%d}: at most %d", re.Min, re.Max, maxRepeat)
		}
		size *= max(count, 1)
	}
	return size, nil
}

// checkWildcard checks the regular expression bleve makes of a wildcard,
// and asks for at least one letter or digit: "*" alone or "?*" lists
// every word there is.
func checkWildcard(w string) error {
	if strings.Trim(w, "*?") == "" {
		return errors.New("give at least one letter with * or ?")
	}
	return checkRegexp(wildcardRegexp.Replace(w))
}

// wildcardRegexp turns a wildcard into the regular expression bleve runs.
var wildcardRegexp = strings.NewReplacer(
	"+", `\+`, "(", `\(`, ")", `\)`, "^", `\^`, "$", `\$`, ".", `\.`, "{", `\{`, "}", `\}`,
	"[", `\[`, "]", `\]`, "|", `\|`, `\`, `\\`, "*", ".*", "?", ".")

// countExpanding counts the clauses of q that expand into many terms.
func countExpanding(q query.Query) int {
	n := 0
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, sub := range []query.Query{q.Must, q.Should, q.MustNot, q.Filter} {
			if sub != nil {
				n += countExpanding(sub)
			}
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			n += countExpanding(c)
		}
	case *query.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			n += countExpanding(c)
		}
	case *query.RegexpQuery, *query.WildcardQuery, *query.PrefixQuery, *query.FuzzyQuery:
		n = 1
	case *query.MatchQuery:
		if q.Fuzziness > 0 {
			n = 1
		}
	}
	return n
}

func isKeyword(field string) bool {
	for _, f := range append(keywordFields, idFields...) {
		if f == field {
			return true
		}
	}
	return field == fieldThemeFacet
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// quoted quotes a query for a message, cut short if it is long.
func quoted(s string) string {
	if r := []rune(s); len(r) > 80 {
		s = string(r[:79]) + "…"
	}
	return strconv.Quote(s)
}
