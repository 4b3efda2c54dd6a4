package thread

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"
)

// What an item says is compared as the index reads it: English words,
// stemmed, stop words out, so that "co-ordination" and "coordination",
// "schools" and "school" are one word, and "the" is none.

// english is the index's English analyser.
func english() analysis.Analyzer {
	a, err := registry.NewCache().AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		// The analyser is registered by the import above; without it
		// nothing in this package can work.
		panic("thread: English analyser: " + err.Error())
	}
	return a
}

// citation is a plan row's reference to what it answers at the start of
// its words: "Recommendation 6a: …", "Rec 3 -", "Resolution 2.1".
var citation = regexp.MustCompile(`^(?i)\s*(?:recommendation|rec\.?|resolution|minute)\s+(\d+[a-z]?(?:\.\d+[a-z]?)*)\b\s*[:.\-–—]?\s*`)

// cited splits a leading citation off an item's words: the ref it cites
// (normalised) and the rest.
func cited(s string) (ref, rest string) {
	m := citation.FindStringSubmatchIndex(s)
	if m == nil {
		return "", s
	}
	return normRef(s[m[2]:m[3]]), s[m[1]:]
}

// hyphenInWord joins words split by a hyphen ("co-ordination").
var hyphenInWord = regexp.MustCompile(`(\pL)-(\pL)`)

// vocab numbers the words of one board's items.
type vocab struct {
	an  analysis.Analyzer
	ids map[string]int32
	df  []int32 // items holding each word
}

func newVocab() *vocab { return &vocab{an: english(), ids: map[string]int32{}} }

// sequence returns the content words of s in order, numbered. Numbers
// alone ("2", "2023") are left out: they shift between versions and say
// little about what is promised.
func (v *vocab) sequence(s string) []int32 {
	s = hyphenInWord.ReplaceAllString(s, "$1$2")
	var out []int32
	for _, t := range v.an.Analyze([]byte(s)) {
		w := string(t.Term)
		if !hasLetter(w) {
			continue
		}
		id, ok := v.ids[w]
		if !ok {
			id = int32(len(v.df))
			v.ids[w] = id
			v.df = append(v.df, 0)
		}
		out = append(out, id)
	}
	return out
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// set returns the distinct words of a sequence, sorted.
func set(seq []int32) []int32 {
	out := slices.Clone(seq)
	slices.Sort(out)
	return slices.Compact(out)
}

// weights are the inverse document frequencies of the words: a word few
// items use tells more about which commitment an item is.
// items is how many items were counted into df.
func (v *vocab) weights(items int) []float64 {
	w := make([]float64, len(v.df))
	for i, d := range v.df {
		w[i] = math.Log(1 + float64(items)/float64(max(d, 1)))
	}
	return w
}

// overlap is the weight of the words two sorted sets share, and how many
// they share.
func overlap(a, b []int32, w []float64) (float64, int) {
	var sum float64
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			sum += w[a[i]]
			n++
			i++
			j++
		}
	}
	return sum, n
}

func weight(a []int32, w []float64) float64 {
	var sum float64
	for _, t := range a {
		sum += w[t]
	}
	return sum
}

// normRef makes refs comparable: "1.a", "1a" and "(1a)" are one ref.
func normRef(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// honorific words are left out of owners: "Cllr Boulter" (misread "Clir")
// and "Boulter" are one owner.
var honorific = map[string]bool{
	"dr": true, "cllr": true, "clir": true, "councillor": true, "mr": true, "mrs": true, "ms": true,
	"miss": true, "prof": true, "professor": true, "the": true, "and": true, "of": true,
}

// ownerWords are the words naming an item's owners, lower case.
func ownerWords(owners []string) []string {
	var out []string
	for _, o := range owners {
		for _, w := range strings.FieldsFunc(strings.ToLower(o), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			if !honorific[w] {
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sameOwner reports whether two owner lists share a name: half the words
// of the shorter list.
func sameOwner(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	n := 0
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); ok {
			n++
		}
	}
	return 2*n >= min(len(a), len(b))
}

// normTheme makes themes comparable: case, punctuation and a leading
// "Priority 1 -" numbering aside.
func normTheme(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.Join(f, " ")
}
