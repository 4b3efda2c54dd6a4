package index

import (
	"context"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract/action"
)

// crawled is a crawled paper of the Oadby board's meeting on meetingDate.
func crawled(url, title, meetingDate, sha string, acts ...act) action.Extraction {
	ext := action.Extraction{Document: action.Document{
		Source: url, URL: url, Kind: action.DocMinutes, Title: title, Year: 2019, MeetingDate: meetingDate,
		Board: "Oadby and Wigston HWB", Council: "Oadby and Wigston", SHA256: sha,
	}}
	for _, a := range acts {
		ext.Actions = append(ext.Actions, action.Action{Ref: a.ref, Kind: a.kind, Action: a.text, Page: 2, SourceText: a.text})
	}
	ext.Finish()
	return ext
}

func docID(ext action.Extraction) string { return action.ID(ext.Document.Identity(), "") }

// shown is every action search shows, by id, checked against export.
func shown(t *testing.T, ix *Index) map[string]action.Record {
	t.Helper()
	res, err := ix.Search(context.Background(), Request{Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]action.Record{}
	for _, h := range res.Hits {
		out[h.ID] = h.Record
	}
	n := 0
	if err := ix.Export(context.Background(), Request{}, func(action.Record) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != len(out) || uint64(n) != res.Total {
		t.Errorf("search shows %d (total %d), export %d", len(out), res.Total, n)
	}
	return out
}

func write(t *testing.T, ix *Index, ext action.Extraction) Change {
	t.Helper()
	ch, err := ix.Replace(context.Background(), ext)
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

// A decision read from an agenda item's page and again from the printed
// minutes is one decision, shown once, naming the other place; the n-th
// "That the report be noted" of each paper pair up, so two in the minutes
// stay two; another meeting's are its own. When the paper it is shown from
// goes, it is shown from the other.
func TestDecisionsMergedWithinAMeeting(t *testing.T) {
	ix := openTemp(t)
	ctx := context.Background()
	res, com := action.KindResolution, action.KindCommitment
	item := crawled("https://mg.example.gov.uk/mgAi.aspx?ID=5004", "Health Inequalities Report", "2019-10-15", "sha-item",
		act{kind: res, text: "That the Health Inequalities Report be noted."},
		act{kind: com, text: "The Director would circulate the figures to members."},
		act{kind: res, text: "That the report be noted"})
	minutes := crawled("https://mg.example.gov.uk/documents/g1600/Printed%20minutes.pdf", "Minutes", "2019-10-15", "sha-minutes",
		act{ref: "4", kind: res, text: "the health inequalities report be NOTED"},
		act{kind: com, text: "The Director would circulate the figures to members"},
		act{ref: "5", kind: res, text: "That the report be noted."},
		act{ref: "7", kind: res, text: "That the report be noted."},
		act{ref: "8", kind: res, text: "That the budget be approved."})
	later := crawled("https://mg.example.gov.uk/mgAi.aspx?ID=6001", "Annual Report", "2020-01-20", "sha-later",
		act{kind: res, text: "That the report be noted"})
	itemIDs := []string{item.Actions[0].ID, item.Actions[1].ID, item.Actions[2].ID}
	minIDs := []string{minutes.Actions[0].ID, minutes.Actions[1].ID, minutes.Actions[2].ID}

	write(t, ix, item)
	if ch := write(t, ix, minutes); ch != (Change{Added: 2, Updated: 3}) {
		t.Errorf("minutes after the item page: %+v; want 2 added, and the item page's 3 updated with where else they appear", ch)
	}
	write(t, ix, later)
	got := shown(t, ix)
	if len(got) != 6 {
		t.Fatalf("%d actions shown, want 6 (3 of the item page, 2 more of the minutes, 1 of the later meeting)", len(got))
	}
	for i, id := range itemIDs {
		also := got[id].AlsoIn
		if len(also) != 1 || also[0].ID != minIDs[i] || also[0].DocumentID != docID(minutes) || also[0].SourceURL != minutes.Document.URL || also[0].Page != 2 {
			t.Errorf("item page action %d: also in %+v; want the minutes' appearance", i, also)
		}
		r, err := ix.Get(ctx, minIDs[i])
		if err != nil || r.SameAs != id {
			t.Errorf("minutes' appearance %d: same as %q (%v), want %s", i, r.SameAs, err, id)
		}
	}
	if ch := write(t, ix, minutes); ch != (Change{}) {
		t.Errorf("the same minutes again changed %+v", ch)
	}
	if _, err := ix.Relink(ctx, time.Now()); err != nil {
		t.Fatal(err)
	}
	if r := shown(t, ix)[itemIDs[0]]; r.TimesSeen != 1 || len(r.AlsoIn) != 1 {
		t.Errorf("after linking threads: seen %d times, also in %d places; want once, and the minutes", r.TimesSeen, len(r.AlsoIn))
	}

	// The item page goes: its decisions are shown from the minutes.
	ch, err := ix.RemoveDocument(ctx, docID(item))
	if err != nil {
		t.Fatal(err)
	}
	if ch != (Change{Added: 3, Removed: 3}) {
		t.Errorf("removing the item page: %+v, want its 3 removed and the minutes' 3 shown", ch)
	}
	got = shown(t, ix)
	for _, id := range minIDs {
		if r, ok := got[id]; !ok || len(r.AlsoIn) != 0 || r.SameAs != "" {
			t.Errorf("minutes' %s: shown %v, %+v", id, ok, r.Provenance)
		}
	}
	if len(got) != 6 {
		t.Errorf("%d shown after the removal, want 6", len(got))
	}

	// It comes back: what is shown stays shown, the page is where else.
	if ch := write(t, ix, item); ch != (Change{Updated: 3}) {
		t.Errorf("the item page back: %+v, want the minutes' 3 updated", ch)
	}
	got = shown(t, ix)
	if len(got) != 6 || len(got[minIDs[0]].AlsoIn) != 1 || got[minIDs[0]].AlsoIn[0].ID != itemIDs[0] {
		t.Errorf("%d shown; minutes' first also in %+v", len(got), got[minIDs[0]].AlsoIn)
	}
	// Its wording changes: the decision is its own again.
	item.Actions[0].Action = "That the Health Inequalities Report be deferred."
	item.Actions[0].ID = ""
	item.Finish()
	if ch := write(t, ix, item); ch != (Change{Added: 1, Updated: 1}) {
		t.Errorf("a reworded decision: %+v, want it shown and the minutes' one updated", ch)
	}
	if n := len(shown(t, ix)); n != 7 {
		t.Errorf("%d shown, want 7", n)
	}
}

// A paper with the bytes of one already indexed is its copy: no actions of
// its own, the original's naming it; the copy goes when the original
// changes or goes, or when it goes itself.
func TestCopyOfAPaper(t *testing.T) {
	ix := openTemp(t)
	ctx := context.Background()
	plan := crawled("https://mg.example.gov.uk/documents/s20513/Plan.pdf", "Action Plan", "2020-06-23", "sha-plan",
		act{ref: "1", kind: action.KindAction, text: "Deliver the healthy schools programme"},
		act{ref: "2", kind: action.KindAction, text: "Launch a lung health check pilot"})
	write(t, ix, plan)
	elsewhere := action.Document{Source: "https://cmis.example.gov.uk/Document.ashx?id=9", URL: "https://cmis.example.gov.uk/Document.ashx?id=9",
		Board: "Harborough HWB", Council: "Harborough", MeetingDate: "2020-07-01", SHA256: "sha-plan"}
	copyID := action.ID(elsewhere.Identity(), "")
	addCopy := func() {
		t.Helper()
		orig, ok, err := ix.Original(ctx, "sha-plan", copyID)
		if err != nil || !ok || orig.ID != docID(plan) {
			t.Fatalf("original of the copy: %+v %v %v", orig, ok, err)
		}
		if ch, err := ix.ReplaceCopy(ctx, elsewhere, orig); err != nil || ch != (Change{Updated: 2}) {
			t.Fatalf("ReplaceCopy: %+v %v; want the plan's 2 actions updated", ch, err)
		}
	}
	if _, ok, _ := ix.Original(ctx, "sha-plan", docID(plan)); ok {
		t.Error("a paper is its own original")
	}
	addCopy()
	got := shown(t, ix)
	if len(got) != 2 {
		t.Fatalf("%d shown, want the plan's 2", len(got))
	}
	for _, r := range got {
		if len(r.AlsoIn) != 1 || r.AlsoIn[0].DocumentID != copyID || r.AlsoIn[0].SourceURL != elsewhere.URL || r.AlsoIn[0].Board != "Harborough HWB" || r.AlsoIn[0].ID != "" {
			t.Errorf("%s also in %+v", r.Ref, r.AlsoIn)
		}
	}
	info, found, err := ix.Document(ctx, copyID)
	if err != nil || !found || info.CopyOf != docID(plan) || info.Title != "Action Plan" || info.Actions != 0 || info.Year != 2020 {
		t.Errorf("the copy's record: %+v %v %v", info, found, err)
	}
	if orig, ok, _ := ix.Original(ctx, "sha-plan", "another"); !ok || orig.ID != docID(plan) {
		t.Errorf("a copy is never an original: %+v", orig)
	}

	// The copy goes: the plan no longer names it.
	if _, err := ix.RemoveDocument(ctx, copyID); err != nil {
		t.Fatal(err)
	}
	for _, r := range shown(t, ix) {
		if len(r.AlsoIn) != 0 {
			t.Errorf("%s still also in %+v", r.Ref, r.AlsoIn)
		}
	}

	// The original changes: the copy is one no longer, and is read again.
	addCopy()
	plan.Document.SHA256 = "sha-plan-2"
	if ch := write(t, ix, plan); ch != (Change{Updated: 2}) {
		t.Errorf("the plan changed: %+v", ch)
	}
	if _, found, _ := ix.Document(ctx, copyID); found {
		t.Error("the copy of the plan's old bytes is still recorded")
	}
	for _, r := range shown(t, ix) {
		if len(r.AlsoIn) != 0 {
			t.Errorf("%s still also in %+v", r.Ref, r.AlsoIn)
		}
	}

	// The original goes: so does its copy's record.
	plan.Document.SHA256 = "sha-plan"
	write(t, ix, plan)
	addCopy()
	if _, err := ix.RemoveDocument(ctx, docID(plan)); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := ix.Document(ctx, copyID); found {
		t.Error("the copy of a removed paper is still recorded")
	}
	if n := len(shown(t, ix)); n != 0 {
		t.Errorf("%d shown, want none", n)
	}
}
