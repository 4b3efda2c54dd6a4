package index

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilactions/councilactions/extract/action"
)

// act is a short way to write a fixture action.
type act struct {
	ref, kind, text, owner, due, status, theme, progress string
}

func extraction(source, board, council, title, date string, year int, acts ...act) action.Extraction {
	ext := action.Extraction{Document: action.Document{
		Source: source, Kind: action.DocActionPlan, Title: title, Date: date, Year: year,
		Board: board, Council: council, SHA256: "sha-" + source + "-" + date,
	}}
	for _, a := range acts {
		kind := a.kind
		if kind == "" {
			kind = action.KindAction
		}
		ext.Actions = append(ext.Actions, action.Action{
			Ref: a.ref, Kind: kind, Action: a.text, Owner: action.SplitOwners(a.owner),
			DueRaw: a.due, StatusRaw: a.status, Theme: a.theme, Progress: a.progress, Page: 1,
			SourceText: a.text,
		})
	}
	ext.Finish()
	return ext
}

// fixtures are three papers from two boards.
func fixtures() []action.Extraction {
	return []action.Extraction{
		extraction("plans/oadby-2020.pdf", "Oadby and Wigston HWB", "Oadby and Wigston", "Oadby Action Plan", "2020-06-17", 2020,
			act{ref: "1", text: "Deliver the healthy schools programme across all primary schools", owner: "Dr Kath Packham", due: "March 2021", status: "Complete", theme: "Priority 1 - Healthy lives"},
			act{ref: "2", text: "Reduce smoking prevalence and lung cancer screening gaps", owner: "Public Health / District Council", due: "October 2021", status: "Delayed due to COVID", theme: "Priority 2 - Smoking"},
			act{ref: "3", text: "Launch a lung health check pilot", owner: "CCG", due: "2022/23", status: "On track", theme: "Priority 2 - Smoking"},
			act{ref: "4", text: "Review housing standards for older people", owner: "Housing Team", due: "Ongoing", status: "", theme: "Priority 3 - Housing"},
		),
		extraction("plans/leics-2022.pdf", "Leicestershire HWB", "Leicestershire", "Leicestershire Joint Strategy Plan", "2022-03-01", 2022,
			act{ref: "1.a", text: "Expand cancer awareness campaigns in rural areas", owner: "Public Health", due: "31/12/2022", status: "Amber", theme: "Staying healthy"},
			act{ref: "1.b", text: "Improve access to mental health support for young people", owner: "CCG", due: "Q2 2022/23", status: "Cancelled", theme: "Staying healthy"},
			act{ref: "2", text: "Healthy schools network to meet termly", owner: "Education", due: "Summer 2023", status: "In progress", theme: "Best start"},
		),
		extraction("minutes/leics-2023.html", "Leicestershire HWB", "Leicestershire", "Minutes of the Board", "2023-05-10", 2023,
			act{kind: action.KindResolution, text: "RESOLVED that the annual report be noted", status: ""},
			act{kind: action.KindCommitment, text: "A report on lung cancer outcomes would be circulated to members", owner: "Director of Public Health", due: "June 2023", status: ""},
		),
	}
}

func openTemp(t testing.TB) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func loaded(t *testing.T) *Index {
	t.Helper()
	ix := openTemp(t)
	for _, ext := range fixtures() {
		if _, err := ix.Replace(context.Background(), ext); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

func refs(res *Result) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.DocumentTitle[:4]+":"+h.Ref+":"+h.Kind[:3])
	}
	return out
}

func sortedRefs(res *Result) []string {
	out := refs(res)
	sort.Strings(out)
	return out
}

func TestReplaceSemantics(t *testing.T) {
	ctx := context.Background()
	ix := openTemp(t)
	ext := fixtures()[0]

	ch, err := ix.Replace(ctx, ext)
	if err != nil {
		t.Fatal(err)
	}
	if ch != (Change{Added: 4}) {
		t.Fatalf("first replace: %+v", ch)
	}
	if sha, _ := ix.DocumentSHA(ext.Document.Identity()); sha != ext.Document.SHA256 {
		t.Fatalf("DocumentSHA = %q, want %q", sha, ext.Document.SHA256)
	}
	if sha, _ := ix.DocumentSHA("no/such/paper.pdf"); sha != "" {
		t.Fatalf("DocumentSHA of unknown = %q", sha)
	}

	// The same extraction again changes nothing and adds no duplicates.
	ch, err = ix.Replace(ctx, ext)
	if err != nil {
		t.Fatal(err)
	}
	if ch != (Change{}) {
		t.Fatalf("re-run: %+v", ch)
	}
	if n, _ := ix.Count(ctx, Request{}); n != 4 {
		t.Fatalf("after re-run: %d actions, want 4", n)
	}

	// A new version: row 2's status changed, row 4 gone, row 5 new.
	v2 := extraction("plans/oadby-2020.pdf", "Oadby and Wigston HWB", "Oadby and Wigston", "Oadby Action Plan", "2020-06-17", 2020,
		act{ref: "1", text: "Deliver the healthy schools programme across all primary schools", owner: "Dr Kath Packham", due: "March 2021", status: "Complete", theme: "Priority 1 - Healthy lives"},
		act{ref: "2", text: "Reduce smoking prevalence and lung cancer screening gaps", owner: "Public Health / District Council", due: "October 2021", status: "Complete", theme: "Priority 2 - Smoking"},
		act{ref: "3", text: "Launch a lung health check pilot", owner: "CCG", due: "2022/23", status: "On track", theme: "Priority 2 - Smoking"},
		act{ref: "5", text: "Open a new community pantry", owner: "Housing Team", due: "2024", status: "Planned", theme: "Priority 3 - Housing"},
	)
	v2.Document.SHA256 = "sha-v2"
	ch, err = ix.Replace(ctx, v2)
	if err != nil {
		t.Fatal(err)
	}
	if ch != (Change{Added: 1, Updated: 1, Removed: 1}) {
		t.Fatalf("v2: %+v", ch)
	}
	if sha, _ := ix.DocumentSHA(v2.Document.Identity()); sha != "sha-v2" {
		t.Fatalf("DocumentSHA after v2 = %q", sha)
	}
	res, err := ix.Search(ctx, Request{Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sortedRefs(res), []string{"Oadb:1:act", "Oadb:2:act", "Oadb:3:act", "Oadb:5:act"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("after v2: %v, want %v", got, want)
	}
	if _, err := ix.Get(ctx, ext.Actions[3].ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("removed row still there: %v", err)
	}
	got, err := ix.Get(ctx, v2.Actions[1].ID)
	if err != nil || got.Status != action.StatusComplete {
		t.Fatalf("updated row: %+v, %v", got.Status, err)
	}

	// A paper that now has no actions keeps its marker but loses its rows.
	empty := v2
	empty.Actions = nil
	empty.Finish()
	ch, err = ix.Replace(ctx, empty)
	if err != nil {
		t.Fatal(err)
	}
	if ch != (Change{Removed: 4}) {
		t.Fatalf("empty: %+v", ch)
	}
	if n, _ := ix.Count(ctx, Request{}); n != 0 {
		t.Fatalf("after empty: %d actions", n)
	}
	docs, err := ix.Documents(ctx)
	if err != nil || len(docs) != 1 || docs[0].Actions != 0 || docs[0].Title != "Oadby Action Plan" {
		t.Fatalf("Documents: %+v, %v", docs, err)
	}
}

func TestReplaceRejectsBadExtraction(t *testing.T) {
	ix := openTemp(t)
	ext := fixtures()[0]
	ext.Actions[1].ID = ext.Actions[0].ID
	if _, err := ix.Replace(context.Background(), ext); err == nil || !strings.Contains(err.Error(), "occurs twice") {
		t.Fatalf("duplicate ids: %v", err)
	}
	ext = fixtures()[0]
	ext.Actions[2].ID = ""
	if _, err := ix.Replace(context.Background(), ext); err == nil || !strings.Contains(err.Error(), "no id") {
		t.Fatalf("missing id: %v", err)
	}
	if n, _ := ix.Count(context.Background(), Request{}); n != 0 {
		t.Fatalf("a rejected extraction indexed %d actions", n)
	}
}

func TestMovedActionIsRewritten(t *testing.T) {
	ctx := context.Background()
	ix := openTemp(t)
	ext := fixtures()[0]
	if _, err := ix.Replace(ctx, ext); err != nil {
		t.Fatal(err)
	}
	// Same rows, reversed: the records are equal but the order is not.
	rev := ext
	rev.Actions = append([]action.Action(nil), ext.Actions...)
	for i, j := 0, len(rev.Actions)-1; i < j; i, j = i+1, j-1 {
		rev.Actions[i], rev.Actions[j] = rev.Actions[j], rev.Actions[i]
	}
	ch, err := ix.Replace(ctx, rev)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Updated != 4 {
		t.Fatalf("reordered: %+v", ch)
	}
	var got []string
	if err := ix.Export(ctx, Request{}, func(r action.Record) error { got = append(got, r.Ref); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"4", "3", "2", "1"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("export order %v, want %v", got, want)
	}
}

func TestSearchQueriesAndFilters(t *testing.T) {
	ix := loaded(t)
	tests := []struct {
		name string
		req  Request
		want []string
	}{
		{"match all", Request{}, []string{"Leic:1.a:act", "Leic:1.b:act", "Leic:2:act", "Minu::com", "Minu::res", "Oadb:1:act", "Oadb:2:act", "Oadb:3:act", "Oadb:4:act"}},
		{"word, stemmed", Request{Query: "schools"}, []string{"Leic:2:act", "Oadb:1:act"}},
		{"phrase", Request{Query: `"healthy schools programme"`}, []string{"Oadb:1:act"}},
		{"must and must not", Request{Query: "+lung -cancer"}, []string{"Oadb:3:act"}},
		{"field status", Request{Query: "status:delayed"}, []string{"Oadb:2:act"}},
		{"field owner exact", Request{Query: `owner:"Dr Kath Packham"`}, []string{"Oadb:1:act"}},
		{"owner by word", Request{Query: "packham"}, []string{"Oadb:1:act"}},
		{"field kind", Request{Query: "kind:commitment"}, []string{"Minu::com"}},
		{"field year", Request{Query: "year:2022"}, []string{"Leic:1.a:act", "Leic:1.b:act", "Leic:2:act"}},
		{"due range in query", Request{Query: `due:>="2023-01-01"`}, []string{"Leic:2:act", "Minu::com", "Oadb:3:act"}},
		{"theme words", Request{Query: "theme:smoking"}, []string{"Oadb:2:act", "Oadb:3:act"}},
		{"board filter", Request{Board: []string{"Leicestershire HWB"}}, []string{"Leic:1.a:act", "Leic:1.b:act", "Leic:2:act", "Minu::com", "Minu::res"}},
		{"board filter any of", Request{Board: []string{"Leicestershire HWB", "Oadby and Wigston HWB"}, Kind: []string{"resolution"}}, []string{"Minu::res"}},
		{"council and query", Request{Query: "lung", Council: []string{"Leicestershire"}}, []string{"Minu::com"}},
		{"year filter", Request{Year: []int{2020, 2023}, Query: "lung"}, []string{"Minu::com", "Oadb:2:act", "Oadb:3:act"}},
		{"status filter", Request{Status: []string{"unknown"}}, []string{"Minu::com", "Minu::res", "Oadb:4:act"}},
		{"owner filter multi-valued", Request{Owner: []string{"District Council"}}, []string{"Oadb:2:act"}},
		{"theme filter", Request{Theme: []string{"Staying healthy"}}, []string{"Leic:1.a:act", "Leic:1.b:act"}},
		{"doc kind filter", Request{DocKind: []string{"minutes"}}, nil},
		{"due after", Request{DueAfter: "2023-03-31"}, []string{"Leic:2:act", "Minu::com", "Oadb:3:act"}},
		{"due before inclusive", Request{DueBefore: "2021-10-31"}, []string{"Oadb:1:act", "Oadb:2:act"}},
		{"due between", Request{DueAfter: "2021-04-01", DueBefore: "2022-12-31"}, []string{"Leic:1.a:act", "Leic:1.b:act", "Oadb:2:act"}},
		{"overdue", Request{Overdue: true, Today: "2023-01-01"}, []string{"Leic:1.a:act", "Oadb:2:act"}},
		{"overdue later", Request{Overdue: true, Today: "2023-07-01"}, []string{"Leic:1.a:act", "Minu::com", "Oadb:2:act", "Oadb:3:act"}},
		{"overdue: due today is not overdue", Request{Overdue: true, Today: "2022-12-31"}, []string{"Oadb:2:act"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.Size = 100
			res, err := ix.Search(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if got := sortedRefs(res); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			if res.Total != uint64(len(tt.want)) {
				t.Fatalf("total %d, want %d", res.Total, len(tt.want))
			}
		})
	}
}

func TestBadQuery(t *testing.T) {
	ix := loaded(t)
	tests := []struct {
		name string
		req  Request
		msg  string
	}{
		{"unbalanced quote", Request{Query: `"healthy schools`}, "healthy schools"},
		{"lone plus", Request{Query: `lung +`}, `lone "+"`},
		{"bad regexp", Request{Query: `/[/`}, "regular expression"},
		{"bad date in query", Request{Query: `due:>"soon"`}, "invalid time"},
		{"dangling field", Request{Query: `status:`}, "status:"},
		{"unknown field", Request{Query: `stauts:delayed`}, `unknown field "stauts"`},
		{"lone AND", Request{Query: `AND`}, "AND needs a word on each side"},
		{"lone OR", Request{Query: `OR`}, "OR needs a word on each side"},
		{"lone NOT", Request{Query: `NOT`}, "NOT needs a word after it"},
		{"trailing OR", Request{Query: `lung OR`}, "OR needs"},
		{"leading OR", Request{Query: `OR lung`}, "OR needs"},
		{"leading AND", Request{Query: `AND lung`}, "AND needs"},
		{"trailing NOT", Request{Query: `lung NOT`}, "NOT needs a word after it"},
		{"OR OR", Request{Query: `lung OR OR cancer`}, "OR needs"},
		{"NOT OR", Request{Query: `lung NOT OR cancer`}, "NOT needs"},
		{"OR NOT", Request{Query: `lung OR NOT cancer`}, "OR needs"},
		{"OR with an exclusion", Request{Query: `lung OR -cancer`}, "OR joins words to match"},
		{"exclusion OR", Request{Query: `-lung OR cancer`}, "OR joins words to match"},
		{"unknown sort", Request{Sort: "owner"}, `sort "owner"`},
		{"bad date", Request{DueBefore: "31/12/2022"}, "due_before"},
		{"bad today", Request{Overdue: true, Today: "soon"}, "today"},
		{"after of wrong length", Request{After: []string{"x"}}, "after"},
		{"after with no score", Request{Query: "smoking", After: []string{"high", "x"}}, "not a score"},
		{"after with a bad date", Request{Sort: "due", After: []string{"soon", "x"}}, "not a YYYY-MM-DD date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ix.Search(context.Background(), tt.req)
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("err = %v, want ErrBadQuery", err)
			}
			if strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("message %q should be one line naming %q", err, tt.msg)
			}
			if err := ix.Export(context.Background(), tt.req, func(action.Record) error { return nil }); tt.req.Sort == "" && len(tt.req.After) == 0 && !errors.Is(err, ErrBadQuery) {
				t.Fatalf("export: err = %v, want ErrBadQuery", err)
			}
		})
	}
}

func TestFacets(t *testing.T) {
	ix := loaded(t)
	res, err := ix.Search(context.Background(), Request{Facets: true, Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]FacetCount{
		"board":   {{"Leicestershire HWB", 5}, {"Oadby and Wigston HWB", 4}},
		"council": {{"Leicestershire", 5}, {"Oadby and Wigston", 4}},
		"year":    {{"2020", 4}, {"2022", 3}, {"2023", 2}},
		"status":  {{"unknown", 3}, {"at_risk", 1}, {"cancelled", 1}, {"complete", 1}, {"delayed", 1}, {"in_progress", 1}, {"on_track", 1}},
		"owner":   {{"CCG", 2}, {"Public Health", 2}, {"Director of Public Health", 1}, {"District Council", 1}, {"Dr Kath Packham", 1}, {"Education", 1}, {"Housing Team", 1}},
		"kind":    {{"action", 7}, {"commitment", 1}, {"resolution", 1}},
		"theme":   {{"Priority 2 - Smoking", 2}, {"Staying healthy", 2}, {"Best start", 1}, {"Priority 1 - Healthy lives", 1}, {"Priority 3 - Housing", 1}},
		"change":  {}, // not linked (Relink) yet
	}
	if !reflect.DeepEqual(res.Facets, want) {
		t.Fatalf("facets:\n got %v\nwant %v", res.Facets, want)
	}
	if res.Total != 9 || len(res.Hits) != 1 {
		t.Fatalf("total %d hits %d", res.Total, len(res.Hits))
	}

	// Facets follow the query and filters.
	res, err = ix.Search(context.Background(), Request{Query: "lung", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Facets["board"]; !reflect.DeepEqual(got, []FacetCount{{"Oadby and Wigston HWB", 2}, {"Leicestershire HWB", 1}}) {
		t.Fatalf("board facet for lung: %v", got)
	}
	// Without Facets there are none.
	res, _ = ix.Search(context.Background(), Request{})
	if res.Facets != nil {
		t.Fatalf("facets not asked for: %v", res.Facets)
	}
}

func TestSortAndPaging(t *testing.T) {
	ix := loaded(t)
	ctx := context.Background()
	tests := []struct {
		sort string
		want []string
	}{
		// Due ascending, no due last (in export order among themselves).
		{"due", []string{"Oadb:1:act", "Oadb:2:act", "Leic:1.b:act", "Leic:1.a:act", "Oadb:3:act", "Minu::com", "Leic:2:act", "Oadb:4:act", "Minu::res"}},
		// Document date descending, then place in the paper.
		{"date", []string{"Minu::res", "Minu::com", "Leic:1.a:act", "Leic:1.b:act", "Leic:2:act", "Oadb:1:act", "Oadb:2:act", "Oadb:3:act", "Oadb:4:act"}},
		// With no query, relevance means nothing: newest papers first.
		{"", []string{"Minu::res", "Minu::com", "Leic:1.a:act", "Leic:1.b:act", "Leic:2:act", "Oadb:1:act", "Oadb:2:act", "Oadb:3:act", "Oadb:4:act"}},
	}
	for _, tt := range tests {
		t.Run(tt.sort, func(t *testing.T) {
			res, err := ix.Search(ctx, Request{Sort: tt.sort, Size: 100})
			if err != nil {
				t.Fatal(err)
			}
			if got := refs(res); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v\nwant %v", got, tt.want)
			}
			// Page through two at a time: the same order, no repeats.
			var paged []string
			var after []string
			for page := 0; page < 10; page++ {
				res, err := ix.Search(ctx, Request{Sort: tt.sort, Size: 2, After: after})
				if err != nil {
					t.Fatal(err)
				}
				paged = append(paged, refs(res)...)
				if len(res.Hits) < 2 {
					break
				}
				after = res.Hits[len(res.Hits)-1].SortKey
			}
			if !reflect.DeepEqual(paged, tt.want) {
				t.Fatalf("paged %v\nwant %v", paged, tt.want)
			}
		})
	}

	t.Run("relevance", func(t *testing.T) {
		res, err := ix.Search(ctx, Request{Query: "lung OR cancer", Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		all := refs(res)
		if len(all) != 4 {
			t.Fatalf("lung OR cancer: %v", all)
		}
		for i := 1; i < len(res.Hits); i++ {
			if res.Hits[i].Score > res.Hits[i-1].Score {
				t.Fatalf("not by score: %v", res.Hits)
			}
		}
		// Both words beat one.
		if top := all[0]; top != "Oadb:2:act" && top != "Minu::com" {
			t.Fatalf("top hit %s", top)
		}
		var paged []string
		var after []string
		for page := 0; page < 10; page++ {
			res, err := ix.Search(ctx, Request{Query: "lung OR cancer", Size: 1, After: after})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 {
				break
			}
			paged = append(paged, refs(res)...)
			after = res.Hits[0].SortKey
		}
		if !reflect.DeepEqual(paged, all) {
			t.Fatalf("paged %v\nwant %v", paged, all)
		}
	})

	t.Run("size cap and default", func(t *testing.T) {
		res, err := ix.Search(ctx, Request{})
		if err != nil || len(res.Hits) != 9 {
			t.Fatalf("default size: %d hits, %v", len(res.Hits), err)
		}
		res, err = ix.Search(ctx, Request{Size: 2})
		if err != nil || len(res.Hits) != 2 || res.Total != 9 {
			t.Fatalf("size 2: %d hits of %d, %v", len(res.Hits), res.Total, err)
		}
	})
}

func TestHighlightEscapesText(t *testing.T) {
	ctx := context.Background()
	ix := openTemp(t)
	ext := extraction("evil.html", "Board", "Council", "<b>Plan</b>", "2024-01-01", 2024,
		act{ref: "1", text: `Publish the <script>alert("x")</script> lung & heart plan`, owner: "A", status: "Green"},
	)
	if _, err := ix.Replace(ctx, ext); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(ctx, Request{Query: "lung", Highlight: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("%d hits", len(res.Hits))
	}
	frags := res.Hits[0].Fragments["action"]
	if len(frags) != 1 {
		t.Fatalf("fragments: %v", res.Hits[0].Fragments)
	}
	want := `Publish the &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; <mark>lung</mark> &amp; heart plan`
	if frags[0] != want {
		t.Fatalf("fragment\n got %s\nwant %s", frags[0], want)
	}
	// The record itself keeps the text as extracted.
	if !strings.Contains(res.Hits[0].Action.Action, "<script>") {
		t.Fatalf("record text changed: %q", res.Hits[0].Action.Action)
	}
	// A match in another field is highlighted there.
	res, err = ix.Search(ctx, Request{Query: "plan", Highlight: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Hits[0].Fragments["document_title"]; len(got) != 1 || got[0] != "&lt;b&gt;<mark>Plan</mark>&lt;/b&gt;" {
		t.Fatalf("title fragment: %v", res.Hits[0].Fragments)
	}
	// Without Highlight there are none.
	res, _ = ix.Search(ctx, Request{Query: "lung"})
	if res.Hits[0].Fragments != nil {
		t.Fatalf("unasked fragments: %v", res.Hits[0].Fragments)
	}
}

func TestGet(t *testing.T) {
	ix := loaded(t)
	ext := fixtures()[0]
	want := ext.Records()[1]
	got, err := ix.Get(context.Background(), want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Get:\n got %+v\nwant %+v", got, want)
	}
	if _, err := ix.Get(context.Background(), "ffffffffffffffff"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown id: %v", err)
	}
	// A document marker is not an action.
	if _, err := ix.Get(context.Background(), markerID(want.DocumentID)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("marker id: %v", err)
	}
}

func TestExport(t *testing.T) {
	ix := loaded(t)
	ctx := context.Background()
	var want []action.Record
	// Export order: document date, then place in the paper.
	exts := fixtures()
	for _, i := range []int{0, 1, 2} {
		want = append(want, exts[i].Records()...)
	}
	var got []action.Record
	if err := ix.Export(ctx, Request{Size: 1, Sort: "due"}, func(r action.Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("export:\n got %d records\nwant %d", len(got), len(want))
	}

	// Filtered export, as CSV: one row per action plus the header.
	var buf bytes.Buffer
	w, err := action.NewCSVWriter(&buf, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Export(ctx, Request{Board: []string{"Leicestershire HWB"}}, w.Write); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+5 {
		t.Fatalf("%d csv rows, want 6", len(rows))
	}

	// fn's error stops the export.
	stop := errors.New("stop")
	n := 0
	err = ix.Export(ctx, Request{}, func(action.Record) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("stop: %v after %d", err, n)
	}
}

func TestExportCSVGuard(t *testing.T) {
	ix := openTemp(t)
	ctx := context.Background()
	ext := extraction("formula.csv", "Board", "Council", "=HYPERLINK(\"http://x\")", "2024-01-01", 2024,
		act{ref: "1", text: "=cmd|' /C calc'!A0", owner: "@owner", status: "-1"},
	)
	if _, err := ix.Replace(ctx, ext); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w, _ := action.NewCSVWriter(&buf, false)
	if err := ix.Export(ctx, Request{}, w.Write); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	row := rows[1]
	for name, want := range map[string]string{"action": "'=cmd|' /C calc'!A0", "owner": "'@owner", "status_raw": "'-1", "document_title": `'=HYPERLINK("http://x")`} {
		if row[col[name]] != want {
			t.Errorf("%s = %q, want %q", name, row[col[name]], want)
		}
	}
}

// TestExportPaging exports more actions than one internal page holds.
func TestExportPaging(t *testing.T) {
	ix := openTemp(t)
	ctx := context.Background()
	var acts []act
	for i := 0; i < pageSize+pageSize/2; i++ {
		acts = append(acts, act{ref: fmt.Sprint(i + 1), text: fmt.Sprintf("action number %d", i+1), status: "Green"})
	}
	ext := extraction("big.pdf", "Board", "Council", "Big plan", "2024-01-01", 2024, acts...)
	if ch, err := ix.Replace(ctx, ext); err != nil || ch.Added != len(acts) {
		t.Fatalf("replace: %+v, %v", ch, err)
	}
	i := 0
	err := ix.Export(ctx, Request{}, func(r action.Record) error {
		if r.Ref != fmt.Sprint(i+1) {
			return fmt.Errorf("row %d has ref %s", i, r.Ref)
		}
		i++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if i != len(acts) {
		t.Fatalf("exported %d of %d", i, len(acts))
	}
}

func TestReopenKeepsData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ext := fixtures()[1]
	if _, err := ix.Replace(context.Background(), ext); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(context.Background(), Request{}); n != 3 {
		t.Fatalf("after reopen: %d actions", n)
	}
	if sha, _ := ix.DocumentSHA(ext.Document.Identity()); sha != ext.Document.SHA256 {
		t.Fatalf("sha after reopen: %q", sha)
	}
}

func TestLockInProcess(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir)
	want := fmt.Sprintf("index %s in use by pid %d (", dir, os.Getpid())
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("second Open: %v, want prefix %q", err, want)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	// Once closed, it opens again.
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
}

// TestLockOtherProcess holds the index here and opens it from a child
// process (this test binary re-run), which must fail naming our pid.
func TestLockOtherProcess(t *testing.T) {
	if dir := os.Getenv("COUNCILACTIONS_TEST_OPEN"); dir != "" {
		_, err := Open(dir)
		if err == nil {
			fmt.Println("OPENED")
			os.Exit(0)
		}
		fmt.Println(err)
		os.Exit(3)
	}
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockOtherProcess$")
	cmd.Env = append(os.Environ(), "COUNCILACTIONS_TEST_OPEN="+dir)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Fatalf("child: %v\n%s", err, out)
	}
	want := fmt.Sprintf("index %s in use by pid %d (", dir, os.Getpid())
	if !strings.HasPrefix(string(out), want) {
		t.Fatalf("child said %q, want prefix %q", out, want)
	}
}

func TestFacetsKeepTop50(t *testing.T) {
	ix := openTemp(t)
	var acts []act
	// Owner n holds n+1 actions: 60 owners, the busiest first in the facet.
	for n := 0; n < 60; n++ {
		for k := 0; k <= n%3; k++ {
			acts = append(acts, act{ref: fmt.Sprintf("%d.%d", n, k), text: "an action", owner: fmt.Sprintf("Owner %02d", n), status: "Green"})
		}
	}
	if _, err := ix.Replace(context.Background(), extraction("many.pdf", "B", "C", "T", "2024-01-01", 2024, acts...)); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Request{Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	owners := res.Facets["owner"]
	if len(owners) != facetSize {
		t.Fatalf("%d owner values, want %d", len(owners), facetSize)
	}
	// 20 owners with 3, then 20 with 2, in name order, then the first 10 with 1.
	if owners[0] != (FacetCount{"Owner 02", 3}) || owners[19] != (FacetCount{"Owner 59", 3}) ||
		owners[20] != (FacetCount{"Owner 01", 2}) || owners[49] != (FacetCount{"Owner 27", 1}) {
		t.Fatalf("owner facet order: %v", owners)
	}
	if got := res.Facets["status"]; !reflect.DeepEqual(got, []FacetCount{{"on_track", len(acts)}}) {
		t.Fatalf("status facet: %v", got)
	}
}

func TestCancelledContext(t *testing.T) {
	ix := loaded(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, Request{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("search: %v", err)
	}
	if err := ix.Export(ctx, Request{}, func(action.Record) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Fatalf("export: %v", err)
	}
	if _, err := ix.Replace(ctx, fixtures()[0]); !errors.Is(err, context.Canceled) {
		t.Fatalf("replace: %v", err)
	}
}

func TestClosedIndex(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := ix.Search(context.Background(), Request{}); err == nil {
		t.Fatal("search on a closed index")
	}
	if err := ix.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
}

// TestFacetsFollowReplace checks that facets count the whole result on
// every page, and that new segments written by Replace are counted.
func TestFacetsFollowReplace(t *testing.T) {
	ctx := context.Background()
	ix := openTemp(t)
	exts := fixtures()
	if _, err := ix.Replace(ctx, exts[0]); err != nil {
		t.Fatal(err)
	}
	first, err := ix.Search(ctx, Request{Facets: true, Size: 2})
	if err != nil {
		t.Fatal(err)
	}
	next, err := ix.Search(ctx, Request{Facets: true, Size: 2, After: first.Hits[1].SortKey})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(first.Facets, next.Facets) || len(next.Hits) != 2 || next.Hits[0].ID == first.Hits[0].ID {
		t.Fatalf("second page: %v hits, facets %v vs %v", len(next.Hits), next.Facets, first.Facets)
	}
	if _, err := ix.Replace(ctx, exts[1]); err != nil {
		t.Fatal(err)
	}
	after, err := ix.Search(ctx, Request{Facets: true, Size: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := []FacetCount{{"Oadby and Wigston HWB", 4}, {"Leicestershire HWB", 3}}
	if !reflect.DeepEqual(after.Facets["board"], want) {
		t.Fatalf("after replace: %v, want %v", after.Facets["board"], want)
	}
	// Overdue counts depend on the day.
	a, _ := ix.Search(ctx, Request{Facets: true, Overdue: true, Today: "2021-01-01"})
	b, _ := ix.Search(ctx, Request{Facets: true, Overdue: true, Today: "2023-01-01"})
	if reflect.DeepEqual(a.Facets["status"], b.Facets["status"]) {
		t.Fatalf("overdue facets ignore the day: %v", a.Facets["status"])
	}
}

// TestExportOrderMatchesBleve: Export, which merges the segments' actions
// by order key (stream.go), gives the actions a bleve search sorted by the
// order key gives, in the same order, on an index of several segments
// with deleted and rewritten actions, for all actions and for filtered
// searches.
func TestExportOrderMatchesBleve(t *testing.T) {
	ctx := context.Background()
	ix := synthetic(t, 7, 40)
	c := newCorpus(7)
	for n := 0; n < 40; n += 3 {
		p := c.paper(n, 20) // other actions, fewer: some go, some change
		if _, err := ix.Replace(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	more := []action.Extraction{
		// Same date as another paper, and no date at all.
		extraction("plans/same-day.pdf", "B", "C", "Same day", c.paper(1, 1).Document.Date, 2020, act{ref: "1", text: "lung one"}, act{ref: "2", text: "two"}),
		extraction("plans/undated.pdf", "B", "C", "Undated", "", 0, act{ref: "1", text: "lung undated"}),
	}
	for _, ext := range more {
		if _, err := ix.Replace(ctx, ext); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range []Request{{}, {Query: "lung"}, {Board: []string{"B"}}, {Query: "+housing -older"}, {Query: "", Status: []string{"delayed"}}, {Query: "nosuchword"}} {
		q, err := ix.prepare(ctx, r, excludeMarkers)
		if err != nil {
			t.Fatal(err)
		}
		req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{q, typeTerm()}), 100000, 0, false)
		req.SortBy([]string{fieldOrder})
		res, err := ix.bi.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for _, h := range res.Hits {
			want = append(want, h.ID)
		}
		if err := ix.Export(ctx, r, func(r action.Record) error { got = append(got, r.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: export gives %d actions, bleve %d, or another order", r, len(got), len(want))
		}
		if len(want) == 0 && r.Query != "nosuchword" {
			t.Errorf("%+v finds nothing: a test that cannot fail", r)
		}
	}
}

// TestConcurrentSearchAndReplace runs searches while papers are replaced;
// run with -race.
func TestConcurrentSearchAndReplace(t *testing.T) {
	ctx := context.Background()
	ix := loaded(t)
	done := make(chan error)
	go func() {
		for i := 0; i < 20; i++ {
			// Every action changes, so every batch rewrites them all.
			ext := fixtures()[i%3]
			ext.Document.SHA256 = fmt.Sprint(i)
			for k := range ext.Actions {
				ext.Actions[k].Progress = fmt.Sprintf("update %d", i)
			}
			if _, err := ix.Replace(ctx, ext); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for i := 0; ; i++ {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			if n, _ := ix.Count(ctx, Request{}); n != 9 {
				t.Fatalf("after concurrent replaces: %d actions", n)
			}
			return
		default:
		}
		res, err := ix.Search(ctx, Request{Query: "lung", Facets: true, Highlight: true})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 3 {
			t.Fatalf("search %d saw %d hits, want 3", i, res.Total)
		}
	}
}

func TestSchemaMismatch(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Replace(context.Background(), fixtures()[0]); err != nil {
		t.Fatal(err)
	}
	// Pretend an older version built it.
	if err := ix.bi.SetInternal(schemaKey, []byte("0")); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := OpenReader(dir); err == nil || !strings.Contains(err.Error(), `schema "0"`) {
		t.Fatalf("open for reading: %v", err)
	}
	_, err = Open(dir)
	if err == nil || !strings.Contains(err.Error(), `schema "0", this one needs "`+schemaVersion+`"`) {
		t.Fatalf("open: %v", err)
	}
	// The failed open released the lock: the error is the schema again.
	if _, err := Open(dir); err == nil || strings.Contains(err.Error(), "in use") {
		t.Fatalf("second open: %v", err)
	}
}
