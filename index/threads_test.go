package index

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
)

// quarter reads one version of the fictional quarterly plan
// (fixtures/threads) as a crawl of its board would give it.
func quarter(t *testing.T, q int) action.Extraction {
	t.Helper()
	name := []string{"", "brackenford-delivery-plan-q1.txt", "brackenford-delivery-plan-q2.txt"}[q]
	path := filepath.Join("..", "fixtures", "threads", name)
	url := "https://brackenford.example/documents/" + name
	ext, err := extract.File(context.Background(), path, action.Document{
		Source: url, URL: url, Board: "Brackenford HWB", Council: "Brackenford Borough Council",
		MeetingDate: []string{"", "2023-07-20", "2023-10-19"}[q], SHA256: name,
	})
	if err != nil {
		t.Fatal(err)
	}
	return ext
}

// byRef finds an extraction's action by ref.
func byRef(t *testing.T, ext action.Extraction, ref string) string {
	t.Helper()
	for _, a := range ext.Actions {
		if a.Ref == ref {
			return a.ID
		}
	}
	t.Fatalf("no action %s in %s", ref, ext.Document.Title)
	return ""
}

// allRecords exports the whole index.
func allRecords(t *testing.T, ix *Index) map[string]action.Record {
	t.Helper()
	out := map[string]action.Record{}
	if err := ix.Export(context.Background(), Request{}, func(r action.Record) error {
		out[r.ID] = r
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkIndexThreads holds what the index's threads must always be: every
// action in a thread; each thread one chain, its links to actions in the
// index and in the same thread; no thread id on two boards; nothing
// waiting to be linked.
func checkIndexThreads(t *testing.T, ix *Index) map[string]action.Record {
	t.Helper()
	recs := allRecords(t, ix)
	members := map[string][]action.Record{}
	for _, r := range recs {
		if r.Thread == "" {
			t.Errorf("%s (ref %s) has no thread", r.ID, r.Ref)
			continue
		}
		members[r.Thread] = append(members[r.Thread], r)
		if r.Previous == "" {
			continue
		}
		p, ok := recs[r.Previous]
		switch {
		case !ok:
			t.Errorf("%s (ref %s) follows %s, which is not in the index", r.ID, r.Ref, r.Previous)
		case p.Thread != r.Thread:
			t.Errorf("%s (ref %s) follows %s of another thread", r.ID, r.Ref, r.Previous)
		}
	}
	for id, ms := range members {
		firsts, boards := 0, map[string]bool{}
		for _, m := range ms {
			if m.Previous == "" {
				firsts++
			}
			boards[m.Board] = true
			if m.TimesSeen != len(ms) {
				t.Errorf("thread %s: %s says %d appearances, it has %d", id, m.ID, m.TimesSeen, len(ms))
			}
		}
		if firsts != 1 || len(boards) != 1 {
			t.Errorf("thread %s: %d first appearances, %d boards", id, firsts, len(boards))
		}
		got, err := ix.Thread(context.Background(), id)
		if err != nil || len(got) != len(ms) {
			t.Errorf("Thread(%s): %d records, %v; want %d", id, len(got), err, len(ms))
		}
		for i := 1; i < len(got); i++ {
			if got[i].Previous != got[i-1].ID {
				t.Errorf("Thread(%s): appearance %d does not follow the one before", id, i)
			}
		}
	}
	if dirty, err := ix.NeedsRelink(); err != nil || dirty {
		t.Errorf("boards still waiting to be linked (%v)", err)
	}
	return recs
}

func relink(t *testing.T, ix *Index, stamp time.Time) RelinkStats {
	t.Helper()
	st, err := ix.Relink(context.Background(), stamp)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func replace(t *testing.T, ix *Index, ext action.Extraction) {
	t.Helper()
	if _, err := ix.Replace(context.Background(), ext); err != nil {
		t.Fatal(err)
	}
}

func searchIDs(t *testing.T, ix *Index, r Request) []string {
	t.Helper()
	r.Size = 100
	res, err := ix.Search(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	sort.Strings(out)
	return out
}

func ids(t *testing.T, ext action.Extraction, refs ...string) []string {
	var out []string
	for _, r := range refs {
		out = append(out, byRef(t, ext, r))
	}
	sort.Strings(out)
	return out
}

// Threads in a real index on disk: linked when a board's papers change,
// searchable by change label, and unmoved by re-crawls, re-extraction, the
// removal of a paper and its return, and a reopened index.
func TestThreadsInIndex(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { ix.Close() }()
	q1, q2 := quarter(t, 1), quarter(t, 2)
	july := time.Date(2023, 7, 21, 3, 0, 0, 0, time.UTC)
	october := time.Date(2023, 10, 20, 3, 0, 0, 0, time.UTC)

	replace(t, ix, q1)
	if dirty, _ := ix.NeedsRelink(); !dirty {
		t.Fatal("a new paper did not mark its board to be linked")
	}
	if st := relink(t, ix, july); st.Boards != 1 || st.Actions != len(q1.Actions) || st.News != len(q1.Actions) {
		t.Errorf("first relink: %+v", st)
	}
	recs := checkIndexThreads(t, ix)
	for _, a := range q1.Actions {
		r := recs[a.ID]
		if !slices.Equal(r.Change, []string{"new"}) || r.TimesSeen != 1 || r.FirstSeen != "2023-07-20" || r.Changed != "2023-07-21T03:00:00Z" {
			t.Errorf("q1 %s: %+v", a.Ref, r.History)
		}
	}
	if last, err := ix.LastChanges(); err != nil || !last.Equal(july) {
		t.Errorf("last changes %v %v", last, err)
	}

	replace(t, ix, q2)
	relink(t, ix, october)
	first := checkIndexThreads(t, ix)
	// The labels, as filters and facets.
	for _, c := range []struct {
		req  Request
		want []string
	}{
		{Request{Change: []string{"slipped"}}, ids(t, q2, "1.2", "1.3", "3.2")},
		{Request{Change: []string{"dropped"}}, ids(t, q1, "2.2", "3.4")},
		{Request{Change: []string{"renumbered"}, Query: "weekly"}, ids(t, q2, "2.2", "3.4", "3.5")},
		{Request{Change: []string{"completed", "due_set"}}, ids(t, q2, "1.1", "2.3")},
		{Request{MinSlips: 1, Board: []string{"Brackenford HWB"}}, ids(t, q2, "1.2", "1.3", "3.2")},
		{Request{MinSlips: 2}, nil},
		{Request{Query: "change:reworded"}, ids(t, q2, "1.3", "3.1")},
		{Request{ChangedSince: "2023-10-20", Change: []string{"new"}}, ids(t, q2, "2.4", "3.6")},
		{Request{ChangedSince: october.Format(time.RFC3339), Change: []string{"dropped"}}, ids(t, q1, "2.2", "3.4")},
		{Request{ChangedSince: "2023-10-21"}, nil},
	} {
		if got := searchIDs(t, ix, c.req); !slices.Equal(got, c.want) {
			t.Errorf("%+v: %v, want %v", c.req, got, c.want)
		}
	}
	res, err := ix.Search(ctx, Request{Facets: true, Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	facet := map[string]int{}
	for _, f := range res.Facets["change"] {
		facet[f.Value] = f.Count
	}
	want := map[string]int{"new": 15, "dropped": 2, "unchanged": 2, "status_changed": 4, "completed": 1, "slipped": 3,
		"due_set": 1, "reworded": 2, "renumbered": 4}
	if !mapsEqual(facet, want) {
		t.Errorf("change facet %v, want %v", facet, want)
	}
	walk := first[byRef(t, q2, "2.2")]
	if walk.Previous != byRef(t, q1, "2.3") || walk.Thread != first[byRef(t, q1, "2.3")].Thread || walk.TimesSeen != 2 || walk.FirstSeen != "2023-07-20" {
		t.Errorf("q2 2.2 follows %s in thread %s: %+v", walk.Previous, walk.Thread, walk.History)
	}

	// Re-extraction and a re-crawl of the same bytes: nothing moves.
	replace(t, ix, q2)
	replace(t, ix, quarter(t, 2))
	if st := relink(t, ix, october.Add(24*time.Hour)); st.Actions != 0 {
		t.Errorf("relinking unchanged papers rewrote %d actions", st.Actions)
	}
	sameThreads(t, first, checkIndexThreads(t, ix), "re-extraction")

	// Q1 goes: Q2's actions keep their threads, now alone.
	if _, err := ix.RemoveDocument(ctx, action.ID(q1.Document.Identity(), "")); err != nil {
		t.Fatal(err)
	}
	relink(t, ix, october.Add(48*time.Hour))
	gone := checkIndexThreads(t, ix)
	for _, a := range q2.Actions {
		r := gone[a.ID]
		if r.Thread != first[a.ID].Thread || r.Previous != "" || r.TimesSeen != 1 || !slices.Equal(r.Change, []string{"new"}) {
			t.Errorf("q2 %s without q1: %+v (was thread %s)", a.Ref, r.History, first[a.ID].Thread)
		}
	}
	// Q1 comes back, and the index is reopened: as before.
	replace(t, ix, q1)
	relink(t, ix, october.Add(72*time.Hour))
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if ix, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	back := checkIndexThreads(t, ix)
	sameThreads(t, first, back, "q1 back")
	for id, r := range first {
		if !slices.Equal(back[id].Change, r.Change) || back[id].Previous != r.Previous {
			t.Errorf("%s (ref %s): %v after %v, was %v after %v", id, r.Ref, back[id].Change, back[id].Previous, r.Change, r.Previous)
		}
	}
}

// sameThreads: every action is in the thread it was in.
func sameThreads(t *testing.T, was, now map[string]action.Record, when string) {
	t.Helper()
	if len(was) != len(now) {
		t.Errorf("%s: %d actions, were %d", when, len(now), len(was))
	}
	for id, r := range was {
		if now[id].Thread != r.Thread {
			t.Errorf("%s: %s (ref %s) moved from thread %s to %s", when, id, r.Ref, r.Thread, now[id].Thread)
		}
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// A third version: the warm spaces network slips again, so its thread has
// slipped twice, and "slipped at least twice" finds it.
func TestSlippedTwice(t *testing.T) {
	ix := openTemp(t)
	q1, q2 := quarter(t, 1), quarter(t, 2)
	data, err := os.ReadFile(filepath.Join("..", "fixtures", "threads", "brackenford-delivery-plan-q2.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.NewReplacer("Quarter 2 update (October 2023)", "Quarter 3 update (January 2024)",
		"winter months\tCommunity Hubs Manager\tJanuary 2024", "winter months\tCommunity Hubs Manager\tMarch 2024").Replace(string(data))
	path := filepath.Join(t.TempDir(), "brackenford-delivery-plan-q3.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	q3, err := extract.File(context.Background(), path, action.Document{Source: "q3", URL: "https://brackenford.example/q3",
		Board: "Brackenford HWB", Council: "Brackenford Borough Council", MeetingDate: "2024-01-18"})
	if err != nil {
		t.Fatal(err)
	}
	for i, ext := range []action.Extraction{q1, q2, q3} {
		replace(t, ix, ext)
		relink(t, ix, time.Date(2023, time.Month(7+3*i), 21, 3, 0, 0, 0, time.UTC))
	}
	recs := checkIndexThreads(t, ix)
	if got := searchIDs(t, ix, Request{MinSlips: 2}); !slices.Equal(got, []string{byRef(t, q3, "1.2")}) {
		t.Errorf("slipped at least twice: %v", got)
	}
	r := recs[byRef(t, q3, "1.2")]
	if r.Slips != 2 || r.TimesSeen != 3 || !slices.Equal(r.Change, []string{"slipped"}) || r.Previous != byRef(t, q2, "1.2") {
		t.Errorf("q3 1.2: %+v", r.History)
	}
	// Q2 and Q3 are versions of one series: Q2's actions all go on, so
	// none is dropped there; Q1's two still are.
	if got := searchIDs(t, ix, Request{Change: []string{"dropped"}}); !slices.Equal(got, ids(t, q1, "2.2", "3.4")) {
		t.Errorf("dropped: %v", got)
	}
}
