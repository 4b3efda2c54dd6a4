// Package scoring scores an extraction against a hand-checked gold file
// (fixtures/gold/*.gold.jsonl). It is a faithful Go port of
// fixtures/tools/score_actions.py, so that tests can hold a score without
// python: the same score, counts and problem lines.
//
// Every field the gold names is scored; a field it leaves out is not. Text
// fields are compared as bags of lower-case words (see textOK); status, due,
// kind and date must match exactly; a gold value {"any": [...]} accepts any
// of its alternatives. An extracted action whose ref the gold does not know
// (and does not list in the document's optional_refs) counts as one error.
// score = correct / (scored + spurious).
package scoring

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
)

// Result is the outcome of scoring one extraction.
type Result struct {
	Score    float64
	Correct  int // fields right
	Scored   int // fields the gold names
	Spurious int // extracted actions the gold does not know
	// Problems are the lines score_actions.py prints with --verbose.
	Problems []string
}

// String is the last line score_actions.py prints.
func (r Result) String() string {
	return fmt.Sprintf("score %.3f (%d/%d fields right, %d spurious actions)", r.Score, r.Correct, r.Scored, r.Spurious)
}

// ScoreFile scores got against the gold file at goldPath.
func ScoreFile(goldPath string, got action.Extraction) (Result, error) {
	f, err := os.Open(goldPath)
	if err != nil {
		return Result{}, fmt.Errorf("score: %w", err)
	}
	defer f.Close()
	r, err := Score(f, got)
	if err != nil {
		return Result{}, fmt.Errorf("score against %s: %w", goldPath, err)
	}
	return r, nil
}

// Score scores got against a gold file read from gold: one JSON object a
// line, first {"document": {...}}, then one gold action a line.
func Score(gold io.Reader, got action.Extraction) (Result, error) {
	gdoc, golds, err := readGold(gold)
	if err != nil {
		return Result{}, err
	}
	doc, acts, err := gotValues(got)
	if err != nil {
		return Result{}, err
	}
	s := &scorer{acts: acts, used: make([]bool, len(acts))}
	s.actions(golds)
	s.spurious(gdoc)
	for _, field := range []string{"title", "date", "period", "kind"} {
		if gdoc.has(field) {
			s.check("document", field, gdoc.get(field), doc.get(field), "")
		}
	}
	if total := s.res.Scored + s.res.Spurious; total > 0 {
		s.res.Score = float64(s.res.Correct) / float64(total)
	}
	return s.res, nil
}

type scorer struct {
	acts []*object // the extracted actions, as JSON
	used []bool    // acts already matched to a gold ref
	res  Result
}

func (s *scorer) problem(format string, args ...any) {
	s.res.Problems = append(s.res.Problems, fmt.Sprintf(format, args...))
}

func (s *scorer) check(label, field string, gold, got, kind any) {
	s.res.Scored++
	if valueOK(field, gold, got, kind) {
		s.res.Correct++
		return
	}
	s.problem("%s %s: want %s got %s", label, field, truncate(pyJSON(gold), 120), truncate(pyJSON(got), 120))
}

// refGroup is the gold parts that share one ref (or tuple of alternative refs).
type refGroup struct {
	refs  []string
	parts []*object
}

func (s *scorer) actions(golds []*object) {
	byRef := map[string][]int{}
	for i, a := range s.acts {
		r := normRef(a.get("ref"))
		byRef[r] = append(byRef[r], i)
	}
	for _, idx := range byRef {
		sort.SliceStable(idx, func(x, y int) bool {
			return partKey(s.acts[idx[x]]) < partKey(s.acts[idx[y]])
		})
	}

	for _, grp := range refGroups(golds) {
		s.group(grp, byRef)
	}
}

func (s *scorer) group(grp *refGroup, byRef map[string][]int) {
	parts := grp.parts
	kind := parts[0].get("kind")
	var cands []int
	for _, r := range grp.refs {
		cands = s.unused(byRef[r])
		if r == "" || len(cands) == 0 {
			// Unnumbered items (resolutions): find by kind and text.
			if i := s.byText(kind, parts[0].get("action")); i >= 0 {
				cands = []int{i}
			}
		}
		if len(cands) > 0 {
			break
		}
	}
	label := "ref " + grp.refs[0]
	if grp.refs[0] == "" {
		label = "ref " + pyStr(kind)
	}
	if len(cands) == 0 {
		n := 0
		for _, p := range parts {
			n += countFields(p, "ref", "part")
		}
		s.res.Scored += n
		s.problem("%s: missing (%d fields)", label, n)
		return
	}
	if len(cands) > len(parts) {
		cands = cands[:len(parts)]
	}
	for _, i := range cands {
		s.used[i] = true
	}

	// Action text is compared per ref, over all its parts, so where a
	// split falls does not matter.
	var goldAction, gotAction []string
	var anyAction any
	for _, p := range parts {
		switch v := p.get("action").(type) {
		case string:
			goldAction = append(goldAction, v)
		case *object:
			if anyAction == nil {
				anyAction = v
			}
		}
	}
	for _, i := range cands {
		gotAction = append(gotAction, strOr(s.acts[i], "action"))
	}
	if anyAction != nil {
		s.check(label, "action", anyAction, strings.Join(gotAction, " "), kind)
	} else if g := strings.Join(goldAction, " "); pyStrip(g) != "" {
		s.check(label, "action", g, strings.Join(gotAction, " "), kind)
	}

	for i, p := range parts {
		plabel := fmt.Sprintf("%s part %d", label, i+1)
		if i >= len(cands) || len(s.acts[cands[i]].keys) == 0 {
			n := countFields(p, "ref", "part", "action")
			s.res.Scored += n
			s.problem("%s: missing part (%d fields)", plabel, n)
			continue
		}
		a := s.acts[cands[i]]
		for _, field := range p.keys {
			if field == "ref" || field == "part" || field == "action" {
				continue
			}
			gval := p.get(field)
			if !strings.Contains(field, "|") {
				s.check(plabel, field, gval, a.get(field), kind)
				continue
			}
			// "outcome|target": the first of these the extraction filled.
			var gotval any = ""
			for _, f := range strings.Split(field, "|") {
				if truthy(a.get(f)) {
					gotval = a.get(f)
					break
				}
			}
			s.check(plabel, field, gval, gotval, kind)
		}
	}
}

// unused is idx without the actions already matched.
func (s *scorer) unused(idx []int) []int {
	var out []int
	for _, i := range idx {
		if !s.used[i] {
			out = append(out, i)
		}
	}
	return out
}

// byText finds the first unmatched action of the kind whose text holds the
// gold text; -1 if none.
func (s *scorer) byText(kind, goldAction any) int {
	want, ok := kind.(string) // an extracted kind is always a string
	for i, a := range s.acts {
		got, _ := a.get("kind").(string)
		if !s.used[i] && ok && got == want && textOK(goldAction, a.get("action"), false) {
			return i
		}
	}
	return -1
}

func (s *scorer) spurious(gdoc *object) {
	optional := map[string]bool{}
	refs, _ := gdoc.get("optional_refs").([]any) // readGold checked it
	for _, r := range refs {
		optional[normRef(r)] = true
	}
	for i, a := range s.acts {
		if s.used[i] || optional[normRef(a.get("ref"))] {
			continue
		}
		s.res.Spurious++
		s.problem("spurious: ref %s %s", pyRepr(a.get("ref")), reprString(truncate(strOr(a, "action"), 80)))
	}
}

// goldRefs is the normalised refs a gold action answers to.
func goldRefs(g *object) []string {
	alts := []any{g.get("ref")}
	if o, ok := g.get("ref").(*object); ok {
		alts, _ = o.get("any").([]any) // readGold checked it
	}
	refs := make([]string, len(alts))
	for i, r := range alts {
		refs[i] = normRef(r)
	}
	return refs
}

// partKey is python's a.get("part") or 0.
func partKey(a *object) float64 {
	if v := a.get("part"); truthy(v) {
		return number(v)
	}
	return 0
}

// strOr is python's str(a.get(k, "")).
func strOr(a *object, k string) string {
	if !a.has(k) {
		return ""
	}
	return pyStr(a.get(k))
}

// countFields counts the keys of o other than skip.
func countFields(o *object, skip ...string) int {
	n := 0
	for _, k := range o.keys {
		if !contains(skip, k) {
			n++
		}
	}
	return n
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// readGold reads a gold file and checks the shapes the scorer relies on,
// so that a malformed file gives an error naming the line.
func readGold(r io.Reader) (*object, []*object, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("read gold: %w", err)
	}
	// Python reads with universal newlines.
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	var gdoc *object
	var golds []*object
	for n, line := range strings.Split(string(data), "\n") {
		if pyStrip(line) == "" {
			continue
		}
		v, err := decodeJSON([]byte(line))
		if err != nil {
			return nil, nil, fmt.Errorf("gold line %d: %w", n+1, err)
		}
		o, ok := v.(*object)
		if ok {
			err = checkAny(o)
		} else {
			err = errors.New("not a JSON object")
		}
		if err == nil && gdoc == nil {
			gdoc, err = goldDocument(o)
		} else if err == nil {
			err = checkRef(o)
			golds = append(golds, o)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("gold line %d: %w", n+1, err)
		}
	}
	if gdoc == nil {
		return nil, nil, errors.New("gold is empty: want a {\"document\": ...} line")
	}
	return gdoc, golds, nil
}

func goldDocument(o *object) (*object, error) {
	d, ok := o.get("document").(*object)
	if !ok {
		return nil, errors.New(`first line must be {"document": {...}}`)
	}
	if d.has("optional_refs") {
		if _, ok := d.get("optional_refs").([]any); !ok {
			return nil, errors.New("optional_refs must be a list")
		}
	}
	return d, nil
}

func checkRef(g *object) error {
	if !g.has("ref") {
		return errors.New("gold action has no ref")
	}
	if o, ok := g.get("ref").(*object); ok {
		if alts, _ := o.get("any").([]any); len(alts) == 0 {
			return errors.New(`ref must be a string or {"any": [refs]}`)
		}
	}
	return nil
}

// checkAny makes sure every {"any": ...} holds a list of alternatives.
func checkAny(v any) error {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if err := checkAny(x); err != nil {
				return err
			}
		}
	case *object:
		if v.has("any") {
			if _, ok := v.get("any").([]any); !ok {
				return errors.New(`"any" must be a list of alternatives`)
			}
		}
		for _, k := range v.keys {
			if err := checkAny(v.vals[k]); err != nil {
				return err
			}
		}
	}
	return nil
}

// gotValues turns the extraction into JSON values, so that fields are read
// by their JSON names exactly as the python reads the extract output.
func gotValues(got action.Extraction) (*object, []*object, error) {
	data, err := json.Marshal(got)
	if err != nil {
		return nil, nil, fmt.Errorf("encode extraction: %w", err)
	}
	v, err := decodeJSON(data)
	if err != nil {
		return nil, nil, fmt.Errorf("decode extraction: %w", err)
	}
	root, _ := v.(*object)
	doc, ok := root.get("document").(*object)
	if !ok {
		doc = &object{vals: map[string]any{}}
	}
	list, _ := root.get("actions").([]any)
	acts := make([]*object, 0, len(list))
	for _, a := range list {
		if o, ok := a.(*object); ok {
			acts = append(acts, o)
		}
	}
	return doc, acts, nil
}
