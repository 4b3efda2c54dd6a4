package index

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// TestReplaceManyAsReplaceEach: papers written together in one batch leave
// the index as writing them one by one does, and count the same changes —
// new papers, a changed one (a row gone, a row changed), an unchanged one,
// and a failed one.
func TestReplaceManyAsReplaceEach(t *testing.T) {
	ctx := context.Background()
	c := newCorpus(3)
	first := []action.Extraction{c.paper(0, 12), c.paper(1, 7), c.paper(2, 9)}
	changed := first[0]
	changed.Actions = append([]action.Action{}, changed.Actions[:11]...)
	changed.Actions[0].StatusRaw = "Complete"
	changed.Document.SHA256 = "changed"
	changed.Finish()
	failed := first[1].Document
	failed.SHA256 = "unreadable"
	second := []Paper{
		{Extraction: changed},
		{Extraction: first[2]}, // unchanged
		{Extraction: action.Extraction{Document: failed}, Failure: "truncated PDF", Version: "v1"},
		{Extraction: c.paper(3, 5)},
		{Extraction: c.paper(4, 0)},
	}

	each, many := openTemp(t), openTemp(t)
	var eachChanges []Change
	for _, round := range [][]Paper{papersOf(first), second} {
		for _, p := range round {
			var ch Change
			var err error
			if p.Failure != "" {
				ch, err = each.ReplaceFailed(ctx, p.Extraction.Document, p.Failure, p.Version)
			} else {
				ch, err = each.Replace(ctx, p.Extraction)
			}
			if err != nil {
				t.Fatal(err)
			}
			eachChanges = append(eachChanges, ch)
		}
	}
	var manyChanges []Change
	for _, round := range [][]Paper{papersOf(first), second} {
		ch, err := many.ReplaceMany(ctx, round)
		if err != nil {
			t.Fatal(err)
		}
		manyChanges = append(manyChanges, ch...)
	}
	if !reflect.DeepEqual(manyChanges, eachChanges) {
		t.Errorf("changes: together %+v, one by one %+v", manyChanges, eachChanges)
	}
	want := []Change{{Added: 12}, {Added: 7}, {Added: 9}, {Updated: 1, Removed: 1}, {}, {Removed: 7}, {Added: 5}, {}}
	if !reflect.DeepEqual(eachChanges, want) {
		t.Errorf("changes one by one %+v, want %+v", eachChanges, want)
	}
	if got, want := exportJSONL(t, many), exportJSONL(t, each); got != want || got == "" {
		t.Errorf("the indexes differ:\n%s\nand\n%s", got, want)
	}
	for _, ix := range []*Index{each, many} {
		info, ok, err := ix.Document(ctx, action.ID(failed.Identity(), ""))
		if err != nil || !ok || info.Error != "truncated PDF" || info.Actions != 0 {
			t.Errorf("failed paper: %+v, %v, %v", info, ok, err)
		}
		docs, err := ix.Documents(ctx)
		if err != nil || len(docs) != 5 {
			t.Errorf("documents: %d, %v", len(docs), err)
		}
	}
}

func papersOf(exts []action.Extraction) []Paper {
	out := make([]Paper, len(exts))
	for i, e := range exts {
		out[i] = Paper{Extraction: e}
	}
	return out
}

func exportJSONL(t *testing.T, ix *Index) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := ix.ExportTo(context.Background(), Request{}, &buf, ExportFormat{JSONL: true}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestReplaceManyRefusesRepeats: a paper given twice, or an action id in
// two papers, fails the whole call and writes nothing.
func TestReplaceManyRefusesRepeats(t *testing.T) {
	ctx := context.Background()
	ix := openTemp(t)
	c := newCorpus(5)
	a, b := c.paper(0, 3), c.paper(1, 3)
	clash := b
	clash.Actions = append([]action.Action{}, b.Actions...)
	clash.Actions[0].ID = a.Actions[0].ID
	for _, tt := range []struct {
		name   string
		papers []Paper
		want   string
	}{
		{"paper twice", []Paper{{Extraction: a}, {Extraction: b}, {Extraction: a}}, "given twice"},
		{"action in two papers", []Paper{{Extraction: a}, {Extraction: clash}}, "occurs twice"},
		{"no identity", []Paper{{Extraction: a}, {Extraction: action.Extraction{}}}, "neither url nor source"},
	} {
		if _, err := ix.ReplaceMany(ctx, tt.papers); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
	if n, err := ix.Count(ctx, Request{}); n != 0 || err != nil {
		t.Fatalf("refused calls indexed %d actions (%v)", n, err)
	}
}

// TestReplaceManyMeeting: papers of one meeting, written together, read
// each other as one paper after another would (the second one's decision
// that the first already holds is shown once, from the first), and the
// same paper's copy of another is as one by one.
func TestReplaceManyMeeting(t *testing.T) {
	ctx := context.Background()
	c := newCorpus(8)
	var papers []Paper
	for i := 0; i < 4; i++ {
		p := c.paper(i, 6)
		p.Document.Board, p.Document.Council, p.Document.Date = "Board X", "Council X", "2024-03-05"
		p.Actions[2].Action = "Note the annual report of the director"
		p.Actions[2].Kind = action.KindResolution
		p.Finish()
		papers = append(papers, Paper{Extraction: p})
	}
	papers = append(papers, Paper{Extraction: c.paper(9, 5)}) // another meeting
	each, many := openTemp(t), openTemp(t)
	var want []Change
	for _, p := range papers {
		ch, err := each.Replace(ctx, p.Extraction)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, ch)
	}
	got, err := many.ReplaceMany(ctx, papers)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("changes: together %+v, one by one %+v", got, want)
	}
	if want[1] != (Change{Added: 5, Updated: 1}) {
		t.Errorf("the second paper of the meeting changed %+v; want its shared decision not shown again, the first one's listing it", want[1])
	}
	if a, b := exportJSONL(t, many), exportJSONL(t, each); a != b || !strings.Contains(a, `"also_in"`) {
		t.Errorf("the indexes differ, or nothing was merged:\n%s\n%s", a, b)
	}
}
