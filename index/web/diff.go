package web

import (
	"html/template"
	"strings"
)

// wordDiff shows how an action's words changed between two appearances:
// words gone in <del>, words added in <ins>, the rest as they were, all
// escaped. Words are compared as written, so a reader sees exactly what
// the paper changed; the longest common subsequence keeps what stayed.
func wordDiff(was, now string) template.HTML {
	a, b := strings.Fields(was), strings.Fields(now)
	if len(a)*len(b) > maxDiffCells {
		// Too long to compare word by word: show both.
		return template.HTML("<del>" + template.HTMLEscapeString(was) + "</del> <ins>" + template.HTMLEscapeString(now) + "</ins>")
	}
	// lcs[i][j] is the common length of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	run := func(tag string, words []string) {
		if len(words) == 0 {
			return
		}
		if out.Len() > 0 {
			out.WriteByte(' ')
		}
		text := template.HTMLEscapeString(strings.Join(words, " "))
		if tag == "" {
			out.WriteString(text)
			return
		}
		out.WriteString("<" + tag + ">" + text + "</" + tag + ">")
	}
	var same, del, ins []string
	flush := func() {
		run("del", del)
		run("ins", ins)
		run("", same)
		same, del, ins = nil, nil, nil
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			if len(del) > 0 || len(ins) > 0 {
				flush()
			}
			same = append(same, a[i])
			i++
			j++
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			if len(same) > 0 {
				flush()
			}
			ins = append(ins, b[j])
			j++
		default:
			if len(same) > 0 {
				flush()
			}
			del = append(del, a[i])
			i++
		}
	}
	flush()
	return template.HTML(out.String())
}

// maxDiffCells bounds the comparison: two actions of 1,000 words each.
const maxDiffCells = 1_000_000
