package table

import (
	"regexp"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
)

// labelled matches a line that names its field: "Lead officer: Jo Bloggs",
// "Action 3: Review the policy".
var labelled = regexp.MustCompile(`^([A-Za-z][A-Za-z /&()?'’-]{0,40}?)\s*(?:(\d{1,3}(?:\.\d{1,3})*[a-z]?)\s*)?:\s*(.*)$`)

// block is one action written as labelled lines.
type block struct {
	ref    string
	page   int
	fields map[field]string
	lines  []int
	source []string
}

// blocks finds actions written as runs of labelled lines instead of a table
// row — the same header words, one field a line:
//
//	Action 1: Recruit volunteers
//	Lead: Health Improvement Officers
//	Timescale: October 2021
//
// A run counts when it says what will be done and one more thing about it
// (who, when, status, target, outcome or progress).
func blocks(ld layout.Doc, used []bool) []action.Action {
	var out []action.Action
	var cur *block
	var last field
	theme := ""
	flush := func() {
		if cur != nil && cur.complete() {
			out = append(out, cur.action(theme))
			for _, i := range cur.lines {
				used[i] = true
			}
		}
		cur, last = nil, fNone
	}
	for i, l := range ld.Lines {
		if used[i] || l.IsTable() || l.Furniture {
			flush()
			continue
		}
		text := clean.Space(l.Text)
		if text == "" {
			continue // a blank line may sit between the lines of one block
		}
		f, ref, value := fieldLine(text)
		isLabel := f != fNone || labelled.MatchString(text) && len(text) < 60
		switch {
		case f == fTheme:
			flush()
			theme = value
		case f == fNone && !isLabel && cur != nil && last != fNone && !ld.Flowing:
			cur.fields[last] = clean.Join(cur.fields[last], text) // wrapped value
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
		case f == fNone:
			flush()
		default:
			if cur != nil && (f == fAction || f == fRef) && (cur.fields[fAction] != "" || cur.ref != "") {
				flush()
			} else if cur != nil && cur.fields[f] != "" {
				flush()
			}
			if cur == nil {
				cur = &block{page: l.Page, fields: map[field]string{}}
			}
			if f == fRef {
				cur.ref = normRef(value)
			} else {
				cur.fields[f] = value
				if ref != "" && cur.ref == "" {
					cur.ref = ref
				}
			}
			cur.lines = append(cur.lines, i)
			cur.source = append(cur.source, text)
			last = f
		}
	}
	flush()
	return out
}

// fieldLine reads "Label: value" with a label that the header synonyms know.
func fieldLine(text string) (field, string, string) {
	m := labelled.FindStringSubmatch(text)
	if m == nil || len(strings.Fields(m[1])) > 4 {
		return fNone, "", ""
	}
	f := classify(m[1])
	if f == fTitle {
		f = fNone
	}
	return f, m[2], strings.TrimSpace(m[3])
}

func (b *block) complete() bool {
	if b.fields[fAction] == "" && b.fields[fObjective] == "" {
		return false
	}
	for _, f := range []field{fOwner, fDue, fStatus, fTarget, fOutcome, fProgress, fMilestones} {
		if b.fields[f] != "" {
			return true
		}
	}
	return false
}

func (b *block) action(theme string) action.Action {
	if b.fields[fAction] == "" {
		b.fields[fAction], b.fields[fObjective] = b.fields[fObjective], ""
	}
	a := fieldsAction(b.fields, theme, b.page, b.source)
	a.Ref = b.ref
	return a
}
