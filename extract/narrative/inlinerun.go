package narrative

import (
	"strconv"
	"strings"
)

// inlineRun splits a clause whose points run on inside its one sentence
// after a lead-in wanting them ("authority be delegated to the Director
// to (i) publish the plan (ii) amend it and (iii) bid for funds"): the
// lead-in ends in "to" or a colon, the markers count on from the first
// (i, ii, iii; a, b, c; 1, 2, 3), two or more, and each point opens with
// a verb the lead-in's "to" takes. A marker that starts no run ("further
// to (1) above") or points that are no deeds ("subject to (a) the
// contract …") leave the clause whole (nil).
func inlineRun(text string) (lead string, points []item) {
	padded := " " + text + " "
	locs := inlineList.FindAllStringSubmatchIndex(padded, -1)
	for i, loc := range locs {
		if first := padded[loc[2]:loc[3]]; first != "i" && first != "a" && first != "1" {
			continue
		}
		head := strings.TrimSpace(padded[:loc[0]])
		if !hasSuffixFold(head, " to") && !strings.HasSuffix(head, ":") {
			continue
		}
		run := countingRun(padded, locs[i:])
		if len(run) < 2 {
			continue
		}
		points = runPoints(padded, run)
		for _, p := range points {
			if w := firstWord(p.text); !knownVerb(w) && !planVerb[w] {
				return "", nil
			}
		}
		return strings.TrimRight(head, ": "), points
	}
	return "", nil
}

// countingRun keeps, of the bracketed markers locs (inlineList's matches
// in s), the first and those that count on from it in its own numbering
// (i, ii, iii …; a, b, c …; 1, 2, 3 …), passing over any out of turn:
// "(ii)" after "(i)", not the "(b)" of a citation between them.
func countingRun(s string, locs [][]int) [][]int {
	if len(locs) == 0 {
		return nil
	}
	run := locs[:1:1]
	want := nextMarker(s[locs[0][2]:locs[0][3]])
	for _, l := range locs[1:] {
		if s[l[2]:l[3]] == want {
			run = append(run, l)
			want = nextMarker(want)
		}
	}
	return run
}

// runPoints cuts s at the run's markers: each point, marker in brackets,
// without the "and", "or" or stop that joins it to the next.
func runPoints(s string, run [][]int) []item {
	var out []item
	for i, l := range run {
		end := len(s)
		if i+1 < len(run) {
			end = run[i+1][0]
		}
		t := strings.TrimSpace(s[l[1]:end])
		t = strings.TrimSpace(strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, " and"), " or"), ";,"))
		out = append(out, item{ref: "(" + s[l[2]:l[3]] + ")", text: t})
	}
	return out
}

// nextMarker is the marker after m in its own numbering.
func nextMarker(m string) string {
	if r := romanNext[m]; r != "" {
		return r
	}
	if len(m) == 1 && m[0] >= 'a' && m[0] < 'z' {
		return string(m[0] + 1)
	}
	if n, err := strconv.Atoi(m); err == nil {
		return strconv.Itoa(n + 1)
	}
	return ""
}
