package scoring

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
)

// Items is the item-level view of an extraction against its gold, for real
// papers: how many of the gold's items were found (recall), how many of the
// extracted items are gold items (precision), and how right the fields of
// the found items are. Score, the python scorer's port, folds all three into
// one number; these keep them apart, as an analyst feels them apart.
type Items struct {
	Gold    int // gold items (one per ref group)
	Got     int // extracted items considered (in the gold's pages, less optional refs)
	Found   int // gold items matched to an extracted item
	Matched int // extracted items matched to a gold item
	// Fields right and scored over the found items (kind included, action
	// text not: its match is what found the item).
	FieldsRight, FieldsScored int
	// Document fields right and scored (title, date, period, kind).
	DocRight, DocScored int
	Problems            []string
	// Dues told apart from the fields. DueUnasked is found items that
	// carry a due where their gold item names none: the fields count only
	// what the gold names, so a due read from a date that only describes
	// a thing ("the 2023/24 budget") shows nowhere else. DueWrong is found
	// items whose due is not the one their gold item names, a missing due
	// included; these the fields count too, and they are told here to
	// weigh against DueUnasked. DueNotes tells the unasked ones, for sets
	// that may be read.
	DueUnasked, DueWrong int
	DueNotes             []string
	// FieldWrong counts the scored fields that were wrong, by gold field
	// name ("part" for each field of a part of an item not found); its
	// sum is FieldsScored-FieldsRight. KindSwaps counts the kind errors
	// again by the boundary crossed, "want>got" ("any" where the gold
	// allows several kinds, "none" where nothing was read). Pooled over
	// sets that may not be read, they say which field is weak without a
	// page's text.
	FieldWrong, KindSwaps map[string]int
}

// Recall is Found/Gold (1 when the gold has no items).
func (r Items) Recall() float64 { return ratio(r.Found, r.Gold) }

// Precision is Matched/Got (1 when nothing was extracted).
func (r Items) Precision() float64 { return ratio(r.Matched, r.Got) }

// FieldAccuracy is FieldsRight/FieldsScored.
func (r Items) FieldAccuracy() float64 { return ratio(r.FieldsRight, r.FieldsScored) }

// Add sums two results, for totals over many papers.
func (r Items) Add(o Items) Items {
	r.Gold += o.Gold
	r.Got += o.Got
	r.Found += o.Found
	r.Matched += o.Matched
	r.FieldsRight += o.FieldsRight
	r.FieldsScored += o.FieldsScored
	r.DocRight += o.DocRight
	r.DocScored += o.DocScored
	r.DueUnasked += o.DueUnasked
	r.DueWrong += o.DueWrong
	r.FieldWrong = addCounts(r.FieldWrong, o.FieldWrong)
	r.KindSwaps = addCounts(r.KindSwaps, o.KindSwaps)
	return r
}

// addCounts sums b into a copy of a: Items is passed by value, but its
// maps are shared with the caller's.
func addCounts(a, b map[string]int) map[string]int {
	if len(b) == 0 {
		return a
	}
	sum := maps.Clone(a)
	if sum == nil {
		sum = map[string]int{}
	}
	for k, n := range b {
		sum[k] += n
	}
	return sum
}

// FieldsWrong tells FieldWrong and then KindSwaps, most first.
func (r Items) FieldsWrong() string {
	var b strings.Builder
	b.WriteString("fields wrong:")
	writeCounts(&b, r.FieldWrong)
	if len(r.KindSwaps) > 0 {
		b.WriteString(" kinds:")
		writeCounts(&b, r.KindSwaps)
	}
	return b.String()
}

func writeCounts(b *strings.Builder, counts map[string]int) {
	names := slices.Collect(maps.Keys(counts))
	slices.SortFunc(names, func(x, y string) int {
		if d := counts[y] - counts[x]; d != 0 {
			return d
		}
		return strings.Compare(x, y)
	})
	for _, k := range names {
		fmt.Fprintf(b, " %s %d", k, counts[k])
	}
}

// Dues tells DueUnasked and DueWrong.
func (r Items) Dues() string {
	return fmt.Sprintf("dues unasked %d wrong %d", r.DueUnasked, r.DueWrong)
}

func (r Items) String() string {
	return fmt.Sprintf("recall %.3f (%d/%d) precision %.3f (%d/%d) fields %.3f (%d/%d) document %d/%d",
		r.Recall(), r.Found, r.Gold, r.Precision(), r.Matched, r.Got,
		r.FieldAccuracy(), r.FieldsRight, r.FieldsScored, r.DocRight, r.DocScored)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// ScoreItems reads a gold file like Score and measures got item by item.
// The gold document may limit itself to pages: [first, last]; extracted
// items from other pages are then left out.
func ScoreItems(gold io.Reader, got action.Extraction) (Items, error) {
	gdoc, golds, err := readGold(gold)
	if err != nil {
		return Items{}, err
	}
	doc, acts, err := gotValues(got)
	if err != nil {
		return Items{}, err
	}
	first, last, err := goldPages(gdoc)
	if err != nil {
		return Items{}, err
	}
	optional := map[string]bool{}
	refs, _ := gdoc.get("optional_refs").([]any)
	for _, r := range refs {
		optional[normRef(r)] = true
	}
	var considered []*object
	for _, a := range acts {
		if p := int(number(a.get("page"))); first > 0 && (p < first || p > last) {
			continue
		}
		considered = append(considered, a)
	}
	s := &itemScorer{acts: considered, used: make([]bool, len(considered)), optional: make([]bool, len(considered))}
	for _, grp := range itemGroups(golds) {
		s.group(grp)
	}
	for i, a := range considered {
		switch {
		case s.optional[i]:
		case s.used[i]:
			s.res.Matched++
			s.res.Got++
		case optional[normRef(a.get("ref"))]:
		default:
			s.res.Got++
			s.problem("spurious: ref %s %s", pyRepr(a.get("ref")), reprString(truncate(strOr(a, "action"), 80)))
		}
	}
	for _, field := range []string{"title", "date", "period", "kind"} {
		if gdoc.has(field) {
			s.res.DocScored++
			if valueOK(field, gdoc.get(field), doc.get(field), "") {
				s.res.DocRight++
			} else {
				s.problem("document %s: want %s got %s", field, truncate(pyJSON(gdoc.get(field)), 120), truncate(pyJSON(doc.get(field)), 120))
			}
		}
	}
	return s.res, nil
}

// goldPages reads the document's optional pages: [first, last].
func goldPages(gdoc *object) (first, last int, err error) {
	if !gdoc.has("pages") {
		return 0, 0, nil
	}
	list, ok := gdoc.get("pages").([]any)
	if !ok || len(list) != 2 {
		return 0, 0, fmt.Errorf("document pages must be [first, last]")
	}
	first, last = int(number(list[0])), int(number(list[1]))
	if first < 1 || last < first {
		return 0, 0, fmt.Errorf("document pages [%d, %d] is not a page range", first, last)
	}
	return first, last, nil
}

// refGroups gathers the gold parts that share one ref, in gold order.
func refGroups(golds []*object) []*refGroup {
	var groups []*refGroup
	seen := map[string]*refGroup{}
	for _, g := range golds {
		refs := goldRefs(g)
		key := fmt.Sprintf("%q", refs)
		if seen[key] == nil {
			seen[key] = &refGroup{refs: refs}
			groups = append(groups, seen[key])
		}
		seen[key].parts = append(seen[key].parts, g)
	}
	return groups
}

// itemGroups is refGroups with every unnumbered gold item a group of its
// own: the python scorer folds all of a paper's unnumbered items into one
// item of many parts, which would count a paper's resolutions as one.
func itemGroups(golds []*object) []*refGroup {
	var groups []*refGroup
	var numbered []*object
	for _, g := range golds {
		if refs := goldRefs(g); len(refs) == 1 && refs[0] == "" {
			groups = append(groups, &refGroup{refs: refs, parts: []*object{g}})
			continue
		}
		numbered = append(numbered, g)
	}
	return append(refGroups(numbered), groups...)
}

type itemScorer struct {
	acts     []*object
	used     []bool
	optional []bool // matched to an optional gold item
	res      Items
}

func (s *itemScorer) problem(format string, args ...any) {
	s.res.Problems = append(s.res.Problems, fmt.Sprintf(format, args...))
}

// kindName is a kind for the tally: "any" for a gold's choice of kinds,
// "none" for a kind not read.
func kindName(v any) string {
	switch k := v.(type) {
	case string:
		if k == "" {
			return "none"
		}
		return k
	case nil:
		return "none"
	}
	return "any"
}

// wrong counts n wrong values of the named field.
func (s *itemScorer) wrong(field string, n int) {
	if s.res.FieldWrong == nil {
		s.res.FieldWrong = map[string]int{}
	}
	s.res.FieldWrong[field] += n
}

// group matches one gold item: by ref when the text agrees, else by text
// alone (an item found under another ref or kind is still found; its kind
// and ref are then its fields' business).
func (s *itemScorer) group(grp *refGroup) {
	optional := truthy(grp.parts[0].get("optional"))
	if !optional {
		s.res.Gold++
	}
	kind := groupKind(grp)
	goldText := groupText(grp.parts)
	label := "ref " + grp.refs[0]
	if grp.refs[0] == "" {
		label = "ref " + pyStr(kind)
	}
	cands := s.byRef(grp, goldText, kind)
	if cands == nil {
		cands = s.byText(goldText, kind)
	}
	if cands == nil {
		if !optional {
			s.problem("%s: missing %s", label, reprString(truncate(pyStr(goldText), 80)))
		}
		return
	}
	for _, i := range cands {
		s.used[i] = true
	}
	if optional {
		// A doubtful item: finding it is neither right nor wrong.
		for _, i := range cands {
			s.optional[i] = true
		}
		return
	}
	s.res.Found++
	for n, p := range grp.parts {
		plabel := fmt.Sprintf("%s part %d", label, n+1)
		if n >= len(cands) {
			k := countFields(p, "ref", "part", "action")
			s.res.FieldsScored += k
			s.wrong("part", k)
			s.problem("%s: missing part (%d fields)", plabel, k)
			continue
		}
		a := s.acts[cands[n]]
		s.due(p, a, kind, plabel)
		for _, field := range p.keys {
			if field == "ref" || field == "part" || field == "action" || field == "optional" {
				continue
			}
			s.res.FieldsScored++
			gotval := fieldValue(a, field)
			if valueOK(field, p.get(field), gotval, kind) {
				s.res.FieldsRight++
			} else {
				s.wrong(field, 1)
				if field == "kind" {
					// Which kinds are taken for which: the weak
					// boundary, pooled without a page's text.
					if s.res.KindSwaps == nil {
						s.res.KindSwaps = map[string]int{}
					}
					s.res.KindSwaps[kindName(p.get(field))+">"+kindName(gotval)]++
				}
				s.problem("%s %s: want %s got %s", plabel, field, truncate(pyJSON(p.get(field)), 120), truncate(pyJSON(gotval), 120))
			}
		}
	}
}

// fieldValue is an extracted item's value of a gold field; of a field
// that allows several ("due|due_raw"), the first that is set.
func fieldValue(a *object, field string) any {
	if !strings.Contains(field, "|") {
		return a.get(field)
	}
	for _, f := range strings.Split(field, "|") {
		if truthy(a.get(f)) {
			return a.get(f)
		}
	}
	return ""
}

// due counts a found part's due against its gold: given where the gold
// names none (DueUnasked), or not the one it names, missing included
// (DueWrong). Where the gold names a due both normalised and as written,
// the normalised one is the one to meet.
func (s *itemScorer) due(gold, got *object, kind any, label string) {
	for _, field := range []string{"due", "due|due_raw", "due_raw"} {
		if !gold.has(field) {
			continue
		}
		if !valueOK(field, gold.get(field), fieldValue(got, field), kind) {
			s.res.DueWrong++
		}
		return
	}
	if truthy(got.get("due")) || truthy(got.get("due_raw")) {
		s.res.DueUnasked++
		s.res.DueNotes = append(s.res.DueNotes, fmt.Sprintf("%s: due %s not in gold: %s", label,
			reprString(pyStr(got.get("due_raw"))), reprString(truncate(strOr(got, "action"), 100))))
	}
}

// groupKind is the kind a group is matched as: a gold item that may be a
// commitment is matched as one, its text needing only the recall a
// commitment's does.
func groupKind(grp *refGroup) any {
	kind := grp.parts[0].get("kind")
	if o, ok := kind.(*object); ok {
		alts, _ := o.get("any").([]any)
		for _, k := range alts {
			if k == action.KindCommitment {
				kind = k
			}
		}
	}
	return kind
}

// Missing is a gold item ScoreItems would find missing in an extraction.
type Missing struct {
	// Takes tells whether an extracted item with this text would be
	// taken for it.
	Takes func(text string) bool
	// Optional is set for a doubtful item: finding it is neither right
	// nor wrong.
	Optional bool
	// Kinds are the kinds the gold accepts for it (more than one where
	// it gives a choice).
	Kinds []string
}

// Missed is the gold items ScoreItems would find missing in got. The
// learned second reader is trained on the paragraphs one takes.
func Missed(gold io.Reader, got action.Extraction) ([]Missing, error) {
	_, golds, err := readGold(gold)
	if err != nil {
		return nil, err
	}
	_, acts, err := gotValues(got)
	if err != nil {
		return nil, err
	}
	s := &itemScorer{acts: acts, used: make([]bool, len(acts)), optional: make([]bool, len(acts))}
	var missed []Missing
	for _, grp := range itemGroups(golds) {
		found, used := s.res.Found, countTrue(s.used)
		s.group(grp)
		optional := truthy(grp.parts[0].get("optional"))
		if s.res.Found > found || optional && countTrue(s.used) > used {
			continue
		}
		goldText, kind := groupText(grp.parts), groupKind(grp)
		missed = append(missed, Missing{Optional: optional, Kinds: kinds(grp.parts[0].get("kind")),
			Takes: func(text string) bool { return valueOK("action", goldText, text, kind) }})
	}
	return missed, nil
}

// kinds is a gold kind as a list: "resolution", or {"any": [...]}.
func kinds(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case *object:
		alts, _ := v.get("any").([]any)
		var out []string
		for _, a := range alts {
			if k, ok := a.(string); ok {
				out = append(out, k)
			}
		}
		return out
	}
	return nil
}

func countTrue(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// groupText is the gold action text of a group: its parts' text joined, or
// the first {"any": ...} alternative set.
func groupText(parts []*object) any {
	var texts []string
	for _, p := range parts {
		switch v := p.get("action").(type) {
		case string:
			texts = append(texts, v)
		case *object:
			return v
		}
	}
	return strings.Join(texts, " ")
}

// byRef is the unused extracted items under one of the group's refs, in
// part order, whose joined text agrees with the gold's.
func (s *itemScorer) byRef(grp *refGroup, goldText, kind any) []int {
	for _, r := range grp.refs {
		if r == "" {
			continue
		}
		var idx []int
		for i, a := range s.acts {
			if !s.used[i] && normRef(a.get("ref")) == r {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			continue
		}
		sort.SliceStable(idx, func(x, y int) bool { return partKey(s.acts[idx[x]]) < partKey(s.acts[idx[y]]) })
		if len(idx) > len(grp.parts) {
			idx = idx[:len(grp.parts)]
		}
		var got []string
		for _, i := range idx {
			got = append(got, strOr(s.acts[i], "action"))
		}
		if !truthy(goldText) || valueOK("action", goldText, strings.Join(got, " "), kind) {
			return idx
		}
	}
	return nil
}

// byText is the first unused extracted item whose text agrees with the
// gold's, preferring one of the gold's kind.
func (s *itemScorer) byText(goldText, kind any) []int {
	if !truthy(goldText) {
		return nil
	}
	other := -1
	for i, a := range s.acts {
		if s.used[i] || !valueOK("action", goldText, a.get("action"), kind) {
			continue
		}
		if exactText(a.get("kind")) == exactText(kind) {
			return []int{i}
		}
		if other < 0 {
			other = i
		}
	}
	if other >= 0 {
		return []int{other}
	}
	return nil
}
