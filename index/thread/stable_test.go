package thread

import (
	"path/filepath"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// Thread ids stay put: linking the same papers again gives the same ids;
// with the ids they had passed in, a thread keeps its id when the paper
// of its first appearance goes, and no two threads share one.
func TestThreadIDsStable(t *testing.T) {
	dir := "../../fixtures/threads"
	doc := action.Document{Board: "Brackenford HWB"}
	q1 := extractFile(t, filepath.Join(dir, "brackenford-delivery-plan-q1.txt"), doc)
	q2 := extractFile(t, filepath.Join(dir, "brackenford-delivery-plan-q2.txt"), doc)
	run := func(prev map[string]string, exts ...action.Extraction) map[string]string {
		var papers []Paper
		var items []Item
		for _, e := range exts {
			papers = append(papers, paperOf(e))
			for _, it := range itemsOf(e) {
				it.Thread = prev[it.ID]
				items = append(items, it)
			}
		}
		b := Link(papers, items)
		checkThreads(t, b)
		out := map[string]string{}
		for _, r := range b.Items {
			out[r.ID] = r.Thread
		}
		return out
	}
	first := run(nil, q1, q2)
	// Afresh, and in the other order: the same ids.
	again := run(nil, q2, q1)
	for id, th := range first {
		if again[id] != th {
			t.Errorf("%s: thread %s, afresh %s", id, th, again[id])
		}
	}
	// Q1 goes: each Q2 action keeps the thread it had.
	without := run(first, q2)
	for _, a := range q2.Actions {
		if without[a.ID] != first[a.ID] {
			t.Errorf("q2 %s: thread %s became %s when q1 went", a.Ref, first[a.ID], without[a.ID])
		}
	}
	// Q1 comes back: still the same.
	back := run(without, q1, q2)
	for id, th := range first {
		if back[id] != th {
			t.Errorf("%s: thread %s, after q1 came back %s", id, th, back[id])
		}
	}
	// Two threads claiming one id: the one with more votes keeps it, the
	// other gets its own.
	claimed := map[string]string{}
	for _, a := range q1.Actions {
		claimed[a.ID] = "same"
	}
	split := run(claimed, q1)
	seen := map[string]bool{}
	for _, th := range split {
		if seen[th] {
			t.Errorf("thread %s given to two threads", th)
		}
		seen[th] = true
	}
	if !seen["same"] {
		t.Errorf("no thread kept the claimed id")
	}
}
