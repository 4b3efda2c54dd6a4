package crawl

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"23 Jun 2020 6.00 pm", "2020-06-23"},
		{"Tuesday, 23rd June, 2020 6.00 pm", "2020-06-23"},
		{"Agenda for Board on Monday, 1st March, 2021, 2.00 pm", "2021-03-01"},
		{"15/10/2019", "2019-10-15"},
		{"meeting 2022-07-19 at noon", "2022-07-19"},
		{"June 5, 2018", "2018-06-05"},
		{"Sept 9 2019", "2019-09-09"},
		{"31 Feb 2020", ""},
		{"13/13/2020", ""},
		{"no date here", ""},
		{"4 Sep 2023 then 2020-01-01", "2023-09-04"},
	}
	for _, tt := range tests {
		if got := FindDate(tt.in); got != tt.want {
			t.Errorf("FindDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanTitleAndHref(t *testing.T) {
	if got := CleanTitle("  Action Plan\n  PDF 120 KB "); got != "Action Plan" {
		t.Errorf("CleanTitle = %q", got)
	}
	if got := UnescapeHref("a.aspx?CId=1&amp;amp;MId=2"); got != "a.aspx?CId=1&MId=2" {
		t.Errorf("UnescapeHref = %q", got)
	}
	for s, want := range map[string]bool{
		"10 Mar 2020 CANCELLED": true, "Tuesday, 3rd March, 2026 7.30 pm, Cancelled": true, "Meeting canceled": true,
		"(CANCELLED)": true, "Confirmed": false, "Licence cancellations sub-committee": false, "Cancel": false,
	} {
		if Cancelled(s) != want {
			t.Errorf("Cancelled(%q) = %v, want %v", s, !want, want)
		}
	}
	if got := SafeName("Printed minutes 23rd/Jun: 2020"); got != "Printed-minutes-23rd-Jun-2020" {
		t.Errorf("SafeName = %q", got)
	}
}

func FuzzFindDate(f *testing.F) {
	for _, s := range []string{"23 Jun 2020 6.00 pm", "Tuesday, 23rd June, 2020", "15/10/2019", "2022-07-19", "Sept 31 2019"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := FindDate(s)
		if d != "" && len(d) != 10 {
			t.Fatalf("FindDate(%q) = %q", s, d)
		}
	})
}

func TestText(t *testing.T) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(`<table><tr id="r"><td><a href="m">3 Mar 2026</a></td><td>Market Harborough</td><td>Cancelled</td></tr></table>
<p id="p">Tuesday, 3<sup>rd</sup> March <b>2026</b><br>Venue: the <i>Hall</i></p>`))
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"#r": "3 Mar 2026 Market Harborough Cancelled", "#p": "Tuesday, 3rd March 2026 Venue: the Hall"} {
		if got := Text(doc.Find(id)); got != want {
			t.Errorf("Text(%s) = %q, want %q", id, got, want)
		}
	}
}
