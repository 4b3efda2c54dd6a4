package thread

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
)

// paperOf and itemsOf turn an extraction into what Link takes.
func paperOf(ext action.Extraction) Paper {
	d := ext.Document
	return Paper{ID: action.ID(d.Identity(), ""), Title: d.Title, Kind: d.Kind, Date: d.Date, Period: d.Period, Year: d.Year}
}

func itemsOf(ext action.Extraction) []Item {
	p := paperOf(ext)
	var out []Item
	for _, a := range ext.Actions {
		out = append(out, Item{ID: a.ID, Paper: p.ID, Ref: a.Ref, Part: a.Part, Kind: a.Kind, Title: a.Title,
			Theme: a.Theme, Text: a.Action, Owner: a.Owner, Due: a.Due, Status: a.Status})
	}
	return out
}

// extractFile reads a fixture with the real extractor.
func extractFile(t testing.TB, path string, doc action.Document) action.Extraction {
	t.Helper()
	doc.Source = path
	ext, err := extract.File(context.Background(), path, doc)
	if err != nil {
		t.Fatalf("extract %s: %v", path, err)
	}
	return ext
}

// key names an item in the tests: "q2 3.4" or "000 6/2".
type key struct{ paper, ref string }

func (k key) String() string { return k.paper + " " + k.ref }

func itemKey(name string, a action.Action) key {
	ref := a.Ref
	if a.Part > 1 {
		ref += fmt.Sprintf("/%d", a.Part)
	}
	return key{name, ref}
}

// linked runs Link over named extractions and returns each item's result
// by key, and the key of each item id.
func linked(t *testing.T, exts map[string]action.Extraction) (Board, map[key]Result, map[string]key) {
	t.Helper()
	var papers []Paper
	var items []Item
	keys := map[string]key{}
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range exts {
			if !yield(n) {
				return
			}
		}
	})
	for _, n := range names {
		ext := exts[n]
		papers = append(papers, paperOf(ext))
		items = append(items, itemsOf(ext)...)
		for _, a := range ext.Actions {
			k := itemKey(n, a)
			if _, dup := keys[a.ID]; dup {
				t.Fatalf("%s: id %s twice", k, a.ID)
			}
			keys[a.ID] = k
		}
	}
	b := Link(papers, items)
	res := map[key]Result{}
	for _, r := range b.Items {
		res[keys[r.ID]] = r
	}
	return b, res, keys
}

// The quarterly pair: a fictional delivery plan published for quarter 1
// and again for quarter 2, with a completion, slips, rewording, a drop
// that shifts the refs after it (the renumbering trap: 2.3 comes back as
// 2.2, the Hollins Green clinic as 3.4, each with the same words), a new
// action under a ref an old one had, and one more new action.
func TestQuarterlyPair(t *testing.T) {
	dir := "../../fixtures/threads"
	exts := map[string]action.Extraction{
		"q1": extractFile(t, filepath.Join(dir, "brackenford-delivery-plan-q1.txt"), action.Document{Board: "Brackenford HWB"}),
		"q2": extractFile(t, filepath.Join(dir, "brackenford-delivery-plan-q2.txt"), action.Document{Board: "Brackenford HWB"}),
	}
	b, res, keys := linked(t, exts)

	// Q2 row → the Q1 row it continues ("" for none) and its labels.
	want := []struct {
		q2, prev string
		change   []string
	}{
		{"1.1", "1.1", []string{Completed}},
		{"1.2", "1.2", []string{StatusChanged, Slipped}},
		{"1.3", "1.3", []string{StatusChanged, Slipped, Reworded}},
		{"2.1", "2.1", []string{Unchanged}},
		{"2.2", "2.3", []string{Renumbered}},
		{"2.3", "2.4", []string{StatusChanged, DueSet, Renumbered}},
		{"2.4", "", []string{New}},
		{"3.1", "3.1", []string{Reworded}},
		{"3.2", "3.2", []string{Slipped}},
		{"3.3", "3.3", []string{Unchanged}},
		{"3.4", "3.5", []string{Renumbered}},
		{"3.5", "3.6", []string{StatusChanged, Renumbered}},
		{"3.6", "", []string{New}},
	}
	if n := len(exts["q2"].Actions); n != len(want) {
		t.Fatalf("q2 has %d actions, want %d: the fixture or the extractor changed", n, len(want))
	}
	continued := map[string]bool{}
	for _, w := range want {
		r, ok := res[key{"q2", w.q2}]
		if !ok {
			t.Errorf("q2 %s: no result", w.q2)
			continue
		}
		got := ""
		if r.Prev != "" {
			got = keys[r.Prev].ref
			if keys[r.Prev].paper != "q1" {
				t.Errorf("q2 %s: linked to %s", w.q2, keys[r.Prev])
			}
		}
		if got != w.prev {
			t.Errorf("q2 %s: linked to q1 %q (%.2f by %v), want %q", w.q2, got, r.Confidence, r.By, w.prev)
		}
		if !slices.Equal(r.Change, w.change) {
			t.Errorf("q2 %s: change %v, want %v", w.q2, r.Change, w.change)
		}
		if w.prev != "" {
			continued[w.prev] = true
			if p := res[key{"q1", w.prev}]; p.Thread != r.Thread || r.TimesSeen != 2 {
				t.Errorf("q2 %s: thread %s seen %d times, q1 %s in %s", w.q2, r.Thread, r.TimesSeen, w.prev, p.Thread)
			}
		} else if r.TimesSeen != 1 {
			t.Errorf("q2 %s: seen %d times, want 1", w.q2, r.TimesSeen)
		}
		if slips := boolInt(slices.Contains(w.change, Slipped)); r.Slips != slips {
			t.Errorf("q2 %s: %d slips, want %d", w.q2, r.Slips, slips)
		}
	}
	// Q1: every row is new; those Q2 does not carry on are dropped there.
	for _, a := range exts["q1"].Actions {
		r := res[itemKey("q1", a)]
		wantChange := []string{New}
		if !continued[a.Ref] {
			wantChange = append(wantChange, Dropped)
		}
		if !slices.Equal(r.Change, wantChange) {
			t.Errorf("q1 %s: change %v, want %v", a.Ref, r.Change, wantChange)
		}
		if r.FirstSeen != "2023-07-31" {
			t.Errorf("q1 %s: first seen %q, want the Q1 paper's date 2023-07-31 (from its title)", a.Ref, r.FirstSeen)
		}
	}
	if len(b.Series) != 1 || len(b.Series[0].Papers) != 2 || b.Series[0].Papers[0] != paperOf(exts["q1"]).ID {
		t.Errorf("series %+v, want one: q1 then q2", b.Series)
	}
	checkThreads(t, b)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkThreads holds what every board's threads must be: each item in one
// thread; within a thread a chain in paper order with one first item;
// links only backwards; thread ids unique to their thread.
func checkThreads(t *testing.T, b Board) {
	t.Helper()
	paperOfItem := map[string]int{}
	byID := map[string]Result{}
	order := map[string]int{}
	for i, p := range b.Papers {
		order[p.ID] = i
	}
	_ = order
	for i, r := range b.Items {
		if _, dup := byID[r.ID]; dup {
			t.Errorf("item %s twice", r.ID)
		}
		byID[r.ID] = r
		paperOfItem[r.ID] = i
	}
	members := map[string][]Result{}
	next := map[string]string{}
	for _, r := range b.Items {
		if r.Thread == "" {
			t.Errorf("item %s has no thread", r.ID)
		}
		members[r.Thread] = append(members[r.Thread], r)
		if r.Prev == "" {
			continue
		}
		p, ok := byID[r.Prev]
		if !ok {
			t.Errorf("item %s links to %s, which is not on the board", r.ID, r.Prev)
			continue
		}
		if p.Thread != r.Thread {
			t.Errorf("item %s (thread %s) links to %s of thread %s", r.ID, r.Thread, r.Prev, p.Thread)
		}
		if paperOfItem[r.Prev] >= paperOfItem[r.ID] {
			t.Errorf("item %s links forward to %s", r.ID, r.Prev)
		}
		if n, dup := next[r.Prev]; dup {
			t.Errorf("%s is continued twice: by %s and %s", r.Prev, n, r.ID)
		}
		next[r.Prev] = r.ID
		if r.Confidence < minConfidence || r.Confidence > 1 {
			t.Errorf("item %s: link confidence %.2f", r.ID, r.Confidence)
		}
	}
	for id, ms := range members {
		firsts := 0
		for _, m := range ms {
			if m.Prev == "" {
				firsts++
			}
			if m.TimesSeen != len(ms) {
				t.Errorf("thread %s: %s says seen %d times, the thread has %d", id, m.ID, m.TimesSeen, len(ms))
			}
		}
		if firsts != 1 {
			t.Errorf("thread %s has %d first appearances", id, firsts)
		}
	}
}

func TestSeriesKey(t *testing.T) {
	for _, c := range []struct {
		p           Paper
		key, period string
	}{
		{Paper{Kind: action.DocActionPlan, Title: "Joint Health and Wellbeing Delivery Plan 2023/24 – Quarter 1 update (July 2023)"}, "joint health and wellbeing delivery plan", "2023-2024"},
		{Paper{Kind: action.DocActionPlan, Title: "Joint Health and Wellbeing Delivery Plan 2023/24 - Q3 Update", Period: "2023/24"}, "joint health and wellbeing delivery plan", "2023-2024"},
		{Paper{Kind: action.DocActionPlan, Title: "Oadby and Wigston Health and Wellbeing Board – Action Plan (updated 17 June 2020)"}, "oadby and wigston health and wellbeing board action plan", ""},
		{Paper{Kind: action.DocActionPlan, Title: "2021 – 2023 Health Inequalities Action Plan", Period: "2021 – 2023"}, "health inequalities action plan", "2021-2023"},
		{Paper{Kind: action.DocActionPlan, Title: "Village Action Plan", Period: "Sept 2025 to March 2027"}, "village action plan", "2025-2027"},
		{Paper{Kind: action.DocActionPlan, Title: "Village Action Plan", Period: "Jan 2025 - Oct 2025"}, "village action plan", ""},
		{Paper{Kind: action.DocOther, Title: "Action Log as at 3rd March 2024"}, "action log", ""},
		{Paper{Kind: action.DocReport, Title: "Director of Public Health Annual Report 2023"}, "", ""},
		{Paper{Kind: action.DocMinutes, Title: "Minutes of the meeting held on 4 May 2023 (action log)"}, "", ""},
	} {
		key, period := seriesKey(c.p)
		if key != c.key || period != c.period {
			t.Errorf("%q: key %q period %q, want %q %q", c.p.Title, key, period, c.key, c.period)
		}
	}
}

func TestOrderDate(t *testing.T) {
	for _, c := range []struct {
		p    Paper
		want string
	}{
		{Paper{Date: "2020-06-17", Title: "Plan (July 2023)"}, "2020-06-17"},
		{Paper{Title: "Delivery Plan 2023/24 – Quarter 2 update (October 2023)"}, "2023-10-31"},
		{Paper{Title: "Delivery Plan 2023/24 – Quarter 3"}, "2023-12-31"},
		{Paper{Title: "Delivery Plan – Q4", Period: "2023/24"}, "2024-03-31"},
		{Paper{Title: "2021 – 2023 Health Inequalities Action Plan", Period: "2021 – 2023"}, "2021-01-01"},
		{Paper{Title: "Village Action Plan", Period: "Sept 2025 to March 2027"}, "2025-01-01"},
		{Paper{Title: "Report", Year: 2019}, "2019-01-01"},
		{Paper{Title: "Report"}, ""},
	} {
		if got := orderDate(c.p); got != c.want {
			t.Errorf("%+v: %q, want %q", c.p, got, c.want)
		}
	}
}

// FuzzPaperTitle: any title gives a series key of letters and spaces
// only, a period of two ordered years or none, and an order date that is
// a date or nothing; nothing panics.
func FuzzPaperTitle(f *testing.F) {
	for _, s := range []string{
		"Joint Health and Wellbeing Delivery Plan 2023/24 – Quarter 1 update (July 2023)",
		"Action Log as at 3rd March 2024", "2021 – 2023 Health Inequalities Action Plan",
		"Plan Q9 2023/24", "Plan 2099/00", "Plan Sept 2025 to March 2027", "Plan Dec 2026 - Jan 2026", "quarter four 1999-2000", "", "\xff\xfe plan",
	} {
		f.Add(s, "")
		f.Add(s, "2022/23")
	}
	f.Fuzz(func(t *testing.T, title, period string) {
		p := Paper{Kind: action.DocActionPlan, Title: title, Period: period}
		key, per := seriesKey(p)
		if strings.ContainsFunc(key, func(r rune) bool { return r >= '0' && r <= '9' }) {
			t.Errorf("%q: key %q has digits", title, key)
		}
		if per != "" && (len(per) != 9 || per[4] != '-' || per[:4] >= per[5:]) {
			t.Errorf("%q %q: period %q", title, period, per)
		}
		if d := orderDate(p); d != "" {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				t.Errorf("%q %q: order date %q", title, period, d)
			}
		}
	})
}

// FuzzLink: any words and refs give well-formed threads.
func FuzzLink(f *testing.F) {
	f.Add("Recommendation 6a: Social prescribing for all", "Social prescribing for all residents", "6", "6a", "2023-03-31", "")
	f.Add("That the report be noted", "That the report be noted", "", "", "", "2024-01-31")
	f.Add("co-ordination of co-ordination", "Rec. 1.2.3b - x y z w", "(iv)", "iv", "bad", "2023-13-45")
	f.Fuzz(func(t *testing.T, a, b, refA, refB, dueA, dueB string) {
		papers := []Paper{{ID: "p1", Kind: action.DocReport, Date: "2023-01-01"}, {ID: "p2", Kind: action.DocActionPlan, Date: "2023-06-01"}}
		items := []Item{
			{ID: "a", Paper: "p1", Ref: refA, Part: 1, Kind: action.KindRecommendation, Text: a, Due: dueA, Status: action.StatusUnknown},
			{ID: "b", Paper: "p2", Ref: refB, Part: 1, Kind: action.KindAction, Text: b, Due: dueB, Status: action.StatusDelayed},
			{ID: "c", Paper: "p2", Ref: refB, Part: 2, Kind: action.KindAction, Status: action.StatusComplete},
		}
		checkThreads(t, Link(papers, items))
	})
}
