package action

import (
	"reflect"
	"testing"
	"time"
)

func TestNormalizeDue(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"by the 19th of July 2021", "2021-07-19"},
		{"October 2021", "2021-10-31"},
		{"From April 2025", ""}, // a start, not a deadline
		{"Starting in June 2025", ""},
		{"From April 2025 to March 2026", "2026-03-31"},
		{"From April 2025 – March 2026", "2026-03-31"},
		{"Oct 2021", "2021-10-31"},
		{"Oct-21", "2021-10-31"},
		{"Dec-99", "1999-12-31"},
		{"Jan-68", "2068-01-31"},
		{"Jan-69", "1969-01-31"},
		{"31/12/99", "1999-12-31"},
		{"Q5 2023/24", "2024-03-31"}, // no such quarter: the financial year is read
		{"Q4 21/22", "2022-03-31"},
		{"Q3 21-22", "2021-12-31"},
		{"Q1 22", "2022-06-30"},
		{"2021/22 Q4", "2022-03-31"},
		{"21/22", "2022-03-31"},
		{"21–22", "2022-03-31"},
		{"03/04", ""},                // a day and month, or a year long past: not read
		{"21/12", ""},                // not consecutive years
		{"11/12/2022", "2022-12-11"}, // the full date wins over "11/12"
		{"H1 2022/23", "2022-09-30"},
		{"H2 2022/23", "2023-03-31"},
		{"H3 2022/23", "2023-03-31"}, // no such half: the financial year is read
		{"Summer 22", "2022-08-31"},
		{"Spring '23", "2023-05-31"},
		{"Sept 2023", "2023-09-30"},
		{"31/03/2024", "2024-03-31"},
		{"31.03.2024", "2024-03-31"},
		{"1/2/24", "2024-02-01"},
		{"2022/23", "2023-03-31"},
		{"2022-23", "2023-03-31"},
		{"2022/24", "2024-03-31"},
		{"2022/2023", "2023-03-31"},
		{"Q1 2023/24", "2023-06-30"},
		{"Q2 2023/24", "2023-09-30"},
		{"Q3 2023/24", "2023-12-31"},
		{"the first quarter of 2023/24", "2023-06-30"},
		{"Quarter 3 of 2023/24", "2023-12-31"},
		{"quarter 1 2024/25", "2024-06-30"},
		{"April/May 2006", "2006-05-31"},
		{"the final quarter of 2024/25", "2025-03-31"},
		{"Q4 2023/24", "2024-03-31"},
		{"2023", "2023-12-31"},
		{"end of 2023", "2023-12-31"},
		{"Spring 2023", "2023-05-31"},
		{"Summer 2023", "2023-08-31"},
		{"Autumn 2023", "2023-11-30"},
		{"Winter 2023", "2024-02-29"},
		{"12 March 2024", "2024-03-12"},
		{"February 2024", "2024-02-29"},
		{"Q3 2023", "2023-12-31"},
		{"2023/24 Q4", "2024-03-31"},
		{"April 2023 - March 2024", "2024-03-31"},
		{"01/04/2023 - 31/03/2024", "2024-03-31"},
		{"1 April 2023 to 31 March 2024", "2024-03-31"},
		{"2019/20 - 2020/21", "2021-03-31"},
		{"Q1 2022/23 - Q4 2023/24", "2024-03-31"},
		{"March 2023 - 2023/24", "2024-03-31"},
		{"Ongoing", ""},
		{"TBC", ""},
		{"", ""},
		{"31/02/2024", "2024-12-31"}, // no such day: only the year is sure
		{"12/23/2029", "2029-12-23"}, // month first, as no month is 23
		{"1/30/2025 9:15 PM", "2025-01-30"},
		{"10/07/2024", "2024-07-10"}, // either way: day first, as in England
	}
	for _, tt := range tests {
		if got := NormalizeDue(tt.raw); got != tt.want {
			t.Errorf("NormalizeDue(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestNormalizeStatus(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"Complete", StatusComplete},
		{"COMPLETED", StatusComplete},
		{"Achieved", StatusComplete},
		{"Delivered", StatusComplete},
		{"Delivered.", StatusComplete},
		{"Delivered - June 2025", StatusComplete},
		{"Delivered April 2025", StatusComplete},
		// "Delivered" before a word names who or how: a plan's section.
		{"Delivered by the Borough", StatusUnknown},
		{"Delivered with partners", StatusUnknown},
		{"Delivered through the fund", StatusUnknown},
		{"Action completed. The report went to the board.", StatusComplete},
		{"Actioned.", StatusComplete},
		{"Implemented", StatusComplete},
		{"Partially implemented", StatusInProgress},
		{"Not implemented", StatusNotStarted},
		// "Being" and a participle: under way.
		{"Being rolled out to schools", StatusInProgress},
		{"Being drawn up", StatusInProgress},
		{"Being there for residents", StatusUnknown},
		{"Blue", StatusComplete},
		{"Ongoing", StatusInProgress},
		{"In progress", StatusInProgress},
		{"Started", StatusInProgress},
		{"On track", StatusOnTrack},
		{"Green", StatusOnTrack},
		{"Amber", StatusAtRisk},
		{"Some slippage", StatusAtRisk},
		{"Slightly Off Track", StatusAtRisk},
		{"Off Track", StatusDelayed},
		{"Slightly behind schedule", StatusAtRisk},
		{"Delayed due to COVID", StatusDelayed},
		{"Delayed due to\nCOVID", StatusDelayed},
		{"Off track", StatusDelayed},
		{"Red", StatusDelayed},
		{"Not started", StatusNotStarted},
		{"Not yet started", StatusNotStarted},
		{"Planned", StatusNotStarted},
		{"Withdrawn", StatusCancelled},
		{"No longer required", StatusCancelled},
		{"G", StatusOnTrack},
		{"A", StatusAtRisk},
		// A rating a quarter: the latest counts.
		{"G G A R", StatusDelayed},
		{"A G", StatusOnTrack},
		{"R", StatusDelayed},
		{"", StatusUnknown},
		{"Reddish", StatusUnknown},
		{"Greenfield site", StatusUnknown},
		{"See comments", StatusUnknown},
	}
	for _, tt := range tests {
		if got := NormalizeStatus(tt.raw); got != tt.want {
			t.Errorf("NormalizeStatus(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestSplitOwners(t *testing.T) {
	tests := []struct {
		raw  string
		want []string
	}{
		{"Jen Mackenzie / Veronika Quintyne", []string{"Jen Mackenzie", "Veronika Quintyne"}},
		{"Jen Mackenzie/ Veronika Quintyne", []string{"Jen Mackenzie", "Veronika Quintyne"}},
		{"Health & Wellbeing Canals & Rivers Trust", []string{"Health & Wellbeing Canals & Rivers Trust"}},
		{"HWBB Education Sub-group", []string{"HWBB Education Sub-group"}},
		{"Public Health; District Councils", []string{"Public Health", "District Councils"}},
		{"", []string{}},
		{"Ann Lee ditto ditto", []string{"Ann Lee"}},
		{"Ann Lee\nditto\nditto", []string{"Ann Lee"}},
		{"Ditto", []string{}},
		{"Dittons Parish Council", []string{"Dittons Parish Council"}},
	}
	for _, tt := range tests {
		if got := SplitOwners(tt.raw); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SplitOwners(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

// TestCompletionAhead: a status of completion that goes on to a deadline
// after the paper's date is a target, read as unknown; one dated before,
// a bare "Completed" (whatever the due date), or a paper with no date,
// stays complete.
func TestCompletionAhead(t *testing.T) {
	tests := []struct {
		raw, due, date, want string
	}{
		{"Completed by June 2027", "", "2026-09-01", StatusUnknown},
		{"Complete – target March 2028", "", "2026-09-01", StatusUnknown},
		{"Completed (expected Q2 2027/28)", "", "2026-09-01", StatusUnknown},
		{"Completed by June 2026", "", "2026-09-01", StatusComplete},
		{"Completed", "December 2027", "2026-09-01", StatusComplete},
		{"Completed June 2027", "", "2026-09-01", StatusComplete},
		{"Completed by June 2027", "", "", StatusComplete},
		{"In progress, due by June 2027", "", "2026-09-01", StatusInProgress},
		// ("by" names who did it: no deadline, though a date comes later.)
		{"Completed by the Wardens, next check April 2027", "", "2026-09-01", StatusComplete},
		{"Completed by 30 April 2027", "", "2026-09-01", StatusUnknown},
	}
	for _, tt := range tests {
		e := Extraction{Document: Document{Source: "p.txt", Date: tt.date}, Actions: []Action{{Kind: KindAction, StatusRaw: tt.raw, DueRaw: tt.due}}}
		e.Finish()
		if got := e.Actions[0].Status; got != tt.want {
			t.Errorf("status %q, due %q, paper of %q: %q, want %q", tt.raw, tt.due, tt.date, got, tt.want)
		}
	}
}

func TestFinishIDs(t *testing.T) {
	mk := func() Extraction {
		return Extraction{
			Document: Document{Source: "a.txt"},
			Actions: []Action{
				{Ref: "1", Kind: KindAction}, {Ref: "1", Part: 2, Kind: KindAction},
				{Ref: "1", Kind: KindAction}, // a second table numbering from 1
				{Kind: KindResolution}, {Kind: KindResolution},
			},
		}
	}
	a, b := mk(), mk()
	a.Finish()
	b.Finish()
	seen := map[string]bool{}
	for i := range a.Actions {
		if a.Actions[i].ID != b.Actions[i].ID {
			t.Errorf("action %d: id not stable across runs", i)
		}
		if seen[a.Actions[i].ID] {
			t.Errorf("action %d: id %s used twice", i, a.Actions[i].ID)
		}
		seen[a.Actions[i].ID] = true
		if a.Actions[i].Owner == nil || a.Actions[i].Status != StatusUnknown || a.Actions[i].Part < 1 {
			t.Errorf("action %d not finished: %+v", i, a.Actions[i])
		}
	}
	e := Extraction{Actions: []Action{{Action: "red \x1b[31malert\x07", SourceText: "a\tb\nc", Owner: []string{"x\x00y"}}}}
	e.Finish()
	if got := e.Actions[0]; got.Action != "red  [31malert " || got.SourceText != "a\tb\nc" || got.Owner[0] != "x y" {
		t.Errorf("control characters kept: %q %q %q", got.Action, got.SourceText, got.Owner)
	}
	// Repeated refs number on in order: the ids earlier versions gave.
	many := Extraction{Document: Document{Source: "m.txt"}}
	for i := 0; i < 4; i++ {
		many.Actions = append(many.Actions, Action{Ref: "(a)", Kind: KindResolution})
	}
	many.Finish()
	for i, key := range []string{"(a)\x001", "(a)\x001#2", "(a)\x001#3", "(a)\x001#4"} {
		if want := ID(many.Document.Identity(), key); many.Actions[i].ID != want {
			t.Errorf("repeated ref %d: id %s, want %s (key %q)", i, many.Actions[i].ID, want, key)
		}
	}
	c := mk()
	c.Document.URL = "https://example.gov.uk/doc.pdf"
	c.Finish()
	if c.Actions[0].ID == a.Actions[0].ID {
		t.Error("id does not depend on the document identity")
	}
}

func TestDueForms(t *testing.T) {
	for raw, want := range map[string]string{
		"March ‘25": "2025-03-31", "w/c 12 Feb 2024": "2024-02-18", "early 2025": "2025-04-30", "mid-2025": "2025-08-31", "late 2025": "2025-12-31",
		"early in 2026": "2026-04-30", "the second half of 2026": "2026-12-31", "first half of 2026": "2026-06-30",
	} {
		if got := NormalizeDue(raw); got != want {
			t.Errorf("NormalizeDue(%q) = %q, want %q", raw, got, want)
		}
	}
}

// A deadline without a year is the next such date after the paper's.
func TestNormalizeDueAt(t *testing.T) {
	tests := []struct{ raw, date, want string }{
		{"the end of March", "2024-11-20", "2025-03-31"},
		{"1st April", "2025-03-13", "2025-04-01"},
		// A week named by its first day, with or without its year, ends
		// six days on.
		{"during week commencing 19th April", "2021-04-14", "2021-04-25"},
		{"w/c 12 Feb", "2021-04-14", "2022-02-18"},
		{"during week commencing 19th April 2021", "2021-01-01", "2021-04-25"},
		{"by end of Q3", "2024-06-10", "2024-12-31"},
		{"by end of Q3", "2025-01-15", "2025-12-31"},
		{"Q4", "2024-06-10", "2025-03-31"},
		{"before the end of the year", "2024-05-23", "2024-12-31"},
		{"by the end of the financial year", "2024-05-23", "2025-03-31"},
		{"March 2026", "2024-05-23", "2026-03-31"},
		{"the Autumn", "2018-06-11", "2018-11-30"},
		{"in the spring", "2018-06-11", "2019-05-31"},
		{"the next meeting", "2024-05-23", ""},
		{"the end of March", "", ""},
	}
	for _, tt := range tests {
		if got := NormalizeDueAt(tt.raw, tt.date); got != tt.want {
			t.Errorf("NormalizeDueAt(%q, %q) = %q, want %q", tt.raw, tt.date, got, tt.want)
		}
	}
}

// FuzzNormalize reads mutated deadlines and statuses: a due date is empty
// or a real YYYY-MM-DD date, a status one of the contract's.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Oct-21", "Q4 21/22", "H1 2022/23", "Spring 2023", "11/12/2022", "From April 2025 to March 2026",
		"by the end of March", "Mid 2024", "March ‘25", "Ongoing", "Complete", "In progress – RAG amber", "2021–22", ""} {
		f.Add(s, "2023-06-14")
	}
	statuses := map[string]bool{StatusComplete: true, StatusInProgress: true, StatusOnTrack: true, StatusAtRisk: true,
		StatusDelayed: true, StatusNotStarted: true, StatusCancelled: true, StatusUnknown: true}
	f.Fuzz(func(t *testing.T, raw, date string) {
		for _, due := range []string{NormalizeDue(raw), NormalizeDueAt(raw, date)} {
			if due == "" {
				continue
			}
			if d, err := time.Parse("2006-01-02", due); err != nil || d.Format("2006-01-02") != due {
				t.Fatalf("due %q from %q (paper %q) is not a YYYY-MM-DD date", due, raw, date)
			}
		}
		if s := NormalizeStatus(raw); !statuses[s] {
			t.Fatalf("status %q from %q is not the contract's", s, raw)
		}
	})
}

func TestStatusPrefix(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"In progress Date set for August", "In progress"},
		{"Outstanding", "Outstanding"},
		{"ON HOLD awaiting the bank", "ON HOLD"},
		{"Not started", "Not started"},
		{"Opening hours to be set", ""},
		{"Greenway path repairs", ""},
	} {
		if got := StatusPrefix(c.in); got != c.want {
			t.Errorf("StatusPrefix(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
