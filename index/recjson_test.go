package index

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// recordSamples are records whose JSON has what csvRecord must read: every
// CSV field, escapes of every kind, text beyond ASCII (and beyond the
// basic plane), empty and missing owners, nested fields it skips.
func recordSamples() []action.Record {
	full := action.Record{
		Action: action.Action{ID: "abc", Ref: "1.2", Part: 2, Kind: "action", Title: "T", Theme: "Priority 1 – Health",
			Objective: "O", Action: "Use <b>bold</b> & \"quotes\"\n\tthen \\ stop \u2028 é 😀 \x01", Owner: []string{"Dr A", "B & C"},
			DueRaw: "March ‘25", Due: "2025-03-31", StatusRaw: "=Delayed", Status: "delayed", Target: "+10%", Outcome: "-",
			Milestones: "@m", Progress: "p", Page: 7, SourceText: "source text is skipped"},
		History: action.History{Thread: "t1", Change: []string{"new", "slipped"}, FirstSeen: "2020-01-01", TimesSeen: 3, Slips: 1,
			LinkConfidence: 0.75, LinkedBy: []string{"wording"}, News: []string{"new"}},
		Provenance: action.Provenance{AlsoIn: []action.Appearance{{ID: "x", DocumentID: "d", SourceURL: "https://e/x?a=1&b=2", Page: 3}}},
		Source:     "s", SourceURL: "https://example.org/a?x=<y>", Board: "B", Council: "C", DocumentTitle: "D",
		DocumentKind: "action_plan", DocumentDate: "2020-02-02", Period: "2020-21", Year: 2020, DocumentID: "doc", MeetingDate: "2020-02-03",
	}
	bare := action.Record{Action: action.Action{ID: "z"}}
	empty := full
	empty.Owner = []string{}
	empty.Change = nil
	return []action.Record{full, bare, empty}
}

func TestCSVRecordAsEncodingJSON(t *testing.T) {
	for i, want := range recordSamples() {
		b, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		var dec action.Record
		if err := json.Unmarshal(b, &dec); err != nil {
			t.Fatal(err)
		}
		got, err := csvRecord(b)
		if err != nil {
			t.Fatalf("sample %d: %v\n%s", i, err, b)
		}
		if g, w := action.CSVRow(got), action.CSVRow(dec); !slices.Equal(g, w) {
			t.Errorf("sample %d:\ngot  %q\nwant %q", i, g, w)
		}
	}
}

// TestCSVRecordRefuses: what json.Marshal never writes for a Record is
// refused, for encoding/json to read instead.
func TestCSVRecordRefuses(t *testing.T) {
	for _, in := range []string{
		``, `[]`, `{"id":"a"`, `{"id":"a"} x`, `{"ID":"a"}`, `{"id":1}`, `{"part":"1"}`, `{"part":1.5}`, `{"page":1e3}`,
		`{"owner":"a"}`, `{"owner":[1]}`, `{"id":"\q"}`, `{"id":"\u12"}`, "{\"id\":\"\xff\"}",
		`{"unknown":1}`, `{"id":"a",}`,
	} {
		if r, err := csvRecord([]byte(in)); err == nil {
			t.Errorf("%q read as %+v", in, r)
		}
	}
}

func FuzzCSVRecord(f *testing.F) {
	for _, r := range recordSamples() {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"\ud83d\ude00\ud800x\udc00","owner":null,"also_in":[{"id":"q","page":1}],"year":-1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := csvRecord(b)
		var want action.Record
		if json.Unmarshal(b, &want) != nil {
			return // encoding/json refuses it: csvRecord may read it or not
		}
		if err != nil {
			return // read by encoding/json instead
		}
		if g, w := action.CSVRow(got), action.CSVRow(want); !reflect.DeepEqual(g, w) {
			t.Fatalf("%s:\ngot  %q\nwant %q", strings.ToValidUTF8(string(b), "?"), g, w)
		}
	})
}
