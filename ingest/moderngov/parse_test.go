package moderngov

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/fixtures/sites"
	"github.com/councilactions/councilactions/ingest/crawl"
)

func TestNormalize(t *testing.T) {
	page, _ := url.Parse("https://Democracy.Example.gov.uk:443/(S(abc123xyz))/ieListMeetings.aspx?CId=220")
	tests := []struct {
		href      string
		want      string
		kind      Kind
		immutable bool
	}{
		{"ieListDocuments.aspx?CId=220&MId=1620&Ver=4", "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=220&MId=1620", Meeting, false},
		{"ieListDocuments.aspx?CId=220&MID=1620", "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=220&MId=1620", Meeting, false},
		{"/ieListDocuments.aspx?cid=220&meetingid=1620#x", "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=220&MId=1620", Meeting, false},
		{"(S(zzz))/ieListDocuments.aspx?CId=220&amp;amp;MeetingId=1620", "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=220&MId=1620", Meeting, false},
		{"documents/s20513/Action Plan.pdf", "https://democracy.example.gov.uk/documents/s20513/Action%20Plan.pdf", Document, true},
		{"documents/s20514/Action Log.xlsx", "https://democracy.example.gov.uk/documents/s20514/Action%20Log.xlsx", Document, true},
		{"documents/s20515/Plan.ods", "https://democracy.example.gov.uk/documents/s20515/Plan.ods", Document, true},
		{"https://democracy.example.gov.uk/documents/s20513/Action%20Plan.pdf?$LO$=1", "https://democracy.example.gov.uk/documents/s20513/Action%20Plan.pdf", Document, true},
		{"documents/g1620/Printed minutes 23rd-Jun-2020 18.00 Board.pdf?T=1", "https://democracy.example.gov.uk/documents/g1620/Printed%20minutes%2023rd-Jun-2020%2018.00%20Board.pdf", Document, false},
		{"mgAi.aspx?ID=5004&amp;x=1", "https://democracy.example.gov.uk/mgAi.aspx?ID=5004", ItemPage, false},
		{"mgConvert2PDF.aspx?ID=174193", "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=174193", Document, true},
		{"mgConvert2PDF.aspx?ID=174193&amp;$LO$=1", "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=174193", Document, true},
		{"mgConvert2PDF.aspx?ID=1620&T=1", "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=1620&T=1", Document, false},
		{"ieListMeetings.aspx?PG=2&CId=220", "https://democracy.example.gov.uk/ieListMeetings.aspx?CId=220&PG=2", Listing, false},
		{"documents/g1620/Public reports pack 23rd-Jun-2020 18.00 Board.pdf?T=10", "https://democracy.example.gov.uk/documents/g1620/Public%20reports%20pack%2023rd-Jun-2020%2018.00%20Board.pdf", Document, false},
		{"mgCommitteeDetails.aspx?ID=220", "https://democracy.example.gov.uk/mgCommitteeDetails.aspx?ID=220", Other, false},
	}
	for _, tt := range tests {
		l, ok := Normalize(page, tt.href)
		if !ok {
			t.Errorf("Normalize(%q) not ok", tt.href)
			continue
		}
		if l.URL != tt.want || l.Kind != tt.kind || l.Immutable != tt.immutable {
			t.Errorf("Normalize(%q) = %q kind %d immutable %v, want %q kind %d immutable %v", tt.href, l.URL, l.Kind, l.Immutable, tt.want, tt.kind, tt.immutable)
		}
	}
	if l, _ := Normalize(page, "documents/g1620/Public reports pack 23rd-Jun-2020.pdf"); !l.Pack {
		t.Error("a reports pack should be marked as a pack")
	}
	if l, _ := Normalize(page, "documents/g1620/Printed minutes 23rd-Jun-2020.pdf"); l.Pack {
		t.Error("printed minutes are not a pack")
	}
	if l, _ := Normalize(page, "mgConvert2PDF.aspx?ID=1620&T=10"); !l.Pack {
		t.Error("a reports pack rendered by mgConvert2PDF should be marked as a pack")
	}
	for _, href := range []string{"documents/s174193/Report.docx", "mgConvert2PDF.aspx?id=174193"} {
		if l, _ := Normalize(page, href); l.Paper != "s174193" {
			t.Errorf("Normalize(%q): paper %q, want s174193", href, l.Paper)
		}
	}
	for _, bad := range []string{"", "javascript:void(0)", "mailto:clerk@example.gov.uk", "#top", "ftp://x/y"} {
		if _, ok := Normalize(page, bad); ok {
			t.Errorf("Normalize(%q) should not be a link", bad)
		}
	}
}

func TestParseMeetingList(t *testing.T) {
	page, _ := url.Parse("https://mg.example.gov.uk/ieListMeetings.aspx?CId=220")
	body := []byte(`<html><body><div class="mgContent"><ul class="mgBulletList">
<li><a href="ieListDocuments.aspx?CId=220&amp;MId=3&amp;Ver=4">22 Jun 2021 6.00 pm</a></li>
<li><a href="ieListDocuments.aspx?CId=220&amp;MID=3">22 Jun 2021 6.00 pm</a></li>
<li><a href="ieListDocuments.aspx?CId=220&amp;MId=2">17 Mar 2020 6.00 pm</a> CANCELLED</li>
<li><a href="ieListDocuments.aspx?CId=999&amp;MId=9">1 Jan 2021</a></li>
<li><a href="ieListDocuments.aspx?MId=1" title="Link to meeting details for 15/10/2019">Meeting</a></li>
</ul><a class="mgTableNextLnk" href="ieListMeetings.aspx?CId=220&amp;PG=2">Earlier</a>
<a href="ieListMeetings.aspx?CId=220&amp;Year=2019">Previous meetings</a>
<a href="ieListMeetings.aspx?CId=220&amp;Year=2030">Future</a></div></body></html>`)
	lp, err := ParseMeetingList(page, body, "220")
	if err != nil {
		t.Fatal(err)
	}
	type m struct {
		id, date  string
		cancelled bool
	}
	want := []m{{"3", "2021-06-22", false}, {"2", "2020-03-17", true}, {"1", "2019-10-15", false}}
	if len(lp.Meetings) != len(want) {
		t.Fatalf("meetings %+v", lp.Meetings)
	}
	for i, w := range want {
		g := lp.Meetings[i]
		if g.ID != w.id || g.Date != w.date || g.Cancelled != w.cancelled || g.Key != "mg:"+w.id {
			t.Errorf("meeting %d = %+v, want %+v", i, g, w)
		}
	}
	if len(lp.Next) != 2 {
		t.Errorf("next pages %v, want the two earlier links", lp.Next)
	}
}

// fixturePages fetches pages of the fake site, to seed the fuzz targets.
func fixturePages(f *testing.F, ws bool, paths ...string) [][]byte {
	site := &sites.ModernGovSite{Site: sites.Site{PapersDir: "../../fixtures/seeds", Committees: sites.SeedModernGov(), PerPage: 2}, WebService: ws}
	site.Committees[0].Meetings[0].Items[1].Minutes = "RESOLVED"
	var out [][]byte
	for _, p := range paths {
		rec := httptest.NewRecorder()
		site.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://mg.example.gov.uk"+p, nil))
		out = append(out, rec.Body.Bytes())
	}
	return out
}

func FuzzParseMeetingList(f *testing.F) {
	for _, p := range fixturePages(f, false, "/ieListMeetings.aspx?CommitteeId=220", "/ieListMeetings.aspx?CId=220&PG=2") {
		f.Add(p)
	}
	f.Add([]byte(`<a href="ieListDocuments.aspx?CId=1&amp;amp;MId=2">31 Feb 2020</a>`))
	page, _ := url.Parse("https://mg.example.gov.uk/ieListMeetings.aspx?CId=220")
	f.Fuzz(func(t *testing.T, data []byte) {
		lp, err := ParseMeetingList(page, data, "220")
		if err != nil {
			return
		}
		for _, m := range lp.Meetings {
			if m.ID == "" || m.Key != "mg:"+m.ID {
				t.Fatalf("meeting without id: %+v", m)
			}
		}
	})
}

func FuzzParseMeetingPage(f *testing.F) {
	for _, p := range fixturePages(f, false, "/ieListDocuments.aspx?CId=220&MId=1600", "/ieListDocuments.aspx?CId=220&MId=1620", "/mgAi.aspx?ID=5004") {
		f.Add(p)
	}
	page, _ := url.Parse("https://mg.example.gov.uk/ieListDocuments.aspx?CId=220&MId=1")
	f.Fuzz(func(t *testing.T, data []byte) {
		det, err := ParseMeetingPage(page, data)
		if err != nil {
			return
		}
		for _, d := range det.Docs {
			if _, err := url.Parse(d.URL); err != nil {
				t.Fatalf("bad document URL %q", d.URL)
			}
		}
	})
}

func FuzzParseWebService(f *testing.F) {
	for _, p := range fixturePages(f, true, "/mgWebService.asmx/GetMeetings?lCommitteeId=220", "/mgWebService.asmx/GetMeeting?lMeetingId=1600", "/mgWebService.asmx/GetMeeting?lMeetingId=1620") {
		f.Add(p)
	}
	f.Add([]byte(`<html><body>Error</body></html>`))
	base, _ := url.Parse("https://mg.example.gov.uk/")
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseGetMeetings(base, data, "220")
		ParseGetMeeting(base, data)
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"ieListDocuments.aspx?CId=220&amp;MId=1620", "(S(x))/documents/s1/a b.pdf?T=9", "mgAi.aspx?ID=1", "%zz", "//other.example.org/documents/g1/x"} {
		f.Add(s)
	}
	page, _ := url.Parse("https://mg.example.gov.uk/ieListMeetings.aspx?CId=220")
	f.Fuzz(func(t *testing.T, href string) {
		l, ok := Normalize(page, href)
		if !ok {
			return
		}
		u, err := url.Parse(l.URL)
		if err != nil {
			t.Fatalf("Normalize(%q) = %q, which does not parse: %v", href, l.URL, err)
		}
		// Normalising is idempotent: the canonical form is its own canonical form.
		l2, ok := Normalize(u, l.URL)
		if !ok || l2.URL != l.URL {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", href, l.URL, l2.URL)
		}
	})
}

func TestParseMeetingPage(t *testing.T) {
	page, _ := url.Parse("https://mg.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2")
	body := []byte(`<html><head><title>Agenda for Planning Committee on Wednesday, 18th March, 2026, 6.00 pm</title></head><body>
<div class="mgContent"><ul class="mgActionList">
<li><a href="documents/g2/Public reports pack 18th-Mar-2026 18.00 Planning Committee.pdf?T=10">Agenda reports pack PDF 5 MB</a></li>
<li><a href="documents/g2/Printed minutes 18th-Mar-2026 18.00 Planning Committee.pdf?T=1">Printed minutes PDF 154 KB</a></li></ul>
<table id="mgItemTable">
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">5.</p></td>
<td><p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="documents/s90579/Minutes.pdf">Minutes of the previous meeting PDF 154 KB</a></p></td></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">6.</p></td>
<td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=777">25/03195/FUL Mansfield College</a></p>
<ul class="mgBulletList"><li><a href="documents/s90588/report.pdf">Report PDF 896 KB</a></li>
<li><a href="(S(abc))/documents/s90588/report.pdf">Report again</a></li></ul></td></tr>
</table></div></body></html>`)
	det, err := ParseMeetingPage(page, body)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ url, item string }{
		{"https://mg.example.gov.uk/documents/g2/Printed%20minutes%2018th-Mar-2026%2018.00%20Planning%20Committee.pdf", "Printed minutes"},
		{"https://mg.example.gov.uk/documents/s90579/Minutes.pdf", "Minutes of the previous meeting"},
		{"https://mg.example.gov.uk/mgAi.aspx?ID=777", "25/03195/FUL Mansfield College"},
		{"https://mg.example.gov.uk/documents/s90588/report.pdf", "25/03195/FUL Mansfield College"},
	}
	if det.Date != "2026-03-18" || det.Cancelled {
		t.Errorf("date %q cancelled %v", det.Date, det.Cancelled)
	}
	if len(det.Docs) != len(want) {
		t.Fatalf("docs %+v", det.Docs)
	}
	for i, w := range want {
		if det.Docs[i].URL != w.url || det.Docs[i].ItemTitle != w.item {
			t.Errorf("doc %d = %+v, want %+v", i, det.Docs[i], w)
		}
	}
}

// A meeting page says its meeting is cancelled where ModernGov puts a
// meeting's state — the subtitle with the date, a heading, a status
// element, a notice of its own — and not in agenda items or links.
func TestParseMeetingPageCancelled(t *testing.T) {
	page, _ := url.Parse("https://mg.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2")
	const head = `<html><head><title>Agenda for Licensing Committee on Tuesday, 3rd March, 2026, 7.30 pm</title></head><body>
<div id="site-header"><h2>Council and democracy</h2><aside><h3>News</h3><p>Bin collections cancelled</p></aside></div>
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda</h1></div><div class="mgContent">`
	const tail = `</div></div></body></html>`
	tests := []struct {
		name, body string
		cancelled  bool
	}{
		{"subtitle with the date", `<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Licensing Committee</h2>
<p class="mgSubTitleTxt">Tuesday, 3rd March, 2026 7.30 pm, CANCELLED</p></div>
<p class="mgSubTitleTxt">No documents are available for this meeting</p><p>Contact: Jo Bloggs</p>`, true},
		{"one subtitle line", `<h2 class="mgSubTitleTxt">Licensing Committee - Tuesday, 3rd March, 2026 7.30 pm, Cancelled</h2>`, true},
		{"status element", `<h2 class="mgSubTitleTxt">Licensing Committee</h2><p>Tuesday, 3rd March, 2026 7.30 pm <span class="mgMeetingStatus">(CANCELLED)</span></p>`, true},
		{"notice of its own", `<h2 class="mgSubTitleTxt">Licensing Committee, 3rd March, 2026</h2><div class="notice"><p><strong>This meeting has been cancelled.</strong></p></div>`, true},
		{"no papers yet", `<h2 class="mgSubTitleTxt">Licensing Committee - Tuesday, 3rd March, 2026 7.30 pm</h2>
<p>No documents are available for this meeting</p>`, false},
		{"an item about cancellations", `<h2 class="mgSubTitleTxt">Licensing Committee - Tuesday, 3rd March, 2026 7.30 pm</h2>
<table class="mgItemTable"><tr><td><p class="mgAiTitleTxt">4. Cancelled licences</p>
<div class="mgWordPara"><p>The hearing was cancelled.</p></div></td></tr></table>`, false},
		{"a link to cancelled meetings", `<h2 class="mgSubTitleTxt">Licensing Committee - Tuesday, 3rd March, 2026 7.30 pm</h2>
<p><a href="mgCalendarMonthView.aspx">Cancelled meetings</a></p>`, false},
		{"prose that mentions a cancellation", `<h2 class="mgSubTitleTxt">Licensing Committee - Tuesday, 3rd March, 2026 7.30 pm</h2>
<p>The February meeting, which was cancelled because of snow, was moved to this date and members were told by email.</p>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			det, err := ParseMeetingPage(page, []byte(head+tt.body+tail))
			if err != nil {
				t.Fatal(err)
			}
			if det.Cancelled != tt.cancelled || det.Date != "2026-03-03" {
				t.Errorf("cancelled %v date %q; want %v and 2026-03-03", det.Cancelled, det.Date, tt.cancelled)
			}
		})
	}
}

func TestParseMeetingListByYear(t *testing.T) {
	page, _ := url.Parse("https://mg.example.gov.uk/ieListMeetings.aspx?CommitteeId=220")
	body := []byte(`<table class="mgTable"><tr><td><a href="ieListDocuments.aspx?CId=220&amp;MId=7">Board meeting</a></td><td>Tuesday, 4th May, 2021 2.00 pm</td></tr></table>
<p><a href="ieListMeetings.aspx?CId=220&amp;Year=2020">2020</a> <a href="ieListMeetings.aspx?CId=220&amp;Year=0">All</a></p>`)
	lp, err := ParseMeetingList(page, body, "220")
	if err != nil {
		t.Fatal(err)
	}
	if len(lp.Meetings) != 1 || lp.Meetings[0].Date != "2021-05-04" {
		t.Errorf("meetings %+v; the date is in the row, not the link", lp.Meetings)
	}
	if len(lp.Years) != 2 || lp.Years[2020] == "" || lp.Years[0] == "" {
		t.Errorf("years %v", lp.Years)
	}
}

// One item paper linked as its file and as its PDF rendering is fetched
// once: the file, unless the readers do not take its format.
func TestOnePerPaper(t *testing.T) {
	const site = "https://mg.example.gov.uk/"
	tests := []struct {
		name string
		in   []crawl.Ref
		want []string
	}{
		{"pdf file first", []crawl.Ref{{URL: site + "documents/s1/Report.pdf", ItemTitle: "Report"}, {URL: site + "mgConvert2PDF.aspx?ID=1"}, {URL: site + "documents/s2/Plan.pdf"}},
			[]string{site + "documents/s1/Report.pdf", site + "documents/s2/Plan.pdf"}},
		{"rendering first", []crawl.Ref{{URL: site + "mgConvert2PDF.aspx?ID=1"}, {URL: site + "documents/s1/Report.docx", ItemTitle: "Report"}},
			[]string{site + "documents/s1/Report.docx"}},
		{"old Word", []crawl.Ref{{URL: site + "documents/s1/Report.doc", ItemTitle: "Report"}, {URL: site + "mgConvert2PDF.aspx?ID=1"}},
			[]string{site + "mgConvert2PDF.aspx?ID=1"}},
		{"other papers kept", []crawl.Ref{{URL: site + "documents/g5/Printed%20minutes.pdf"}, {URL: site + "mgAi.aspx?ID=7"}, {URL: site + "mgConvert2PDF.aspx?ID=5&T=1"}, {URL: site + "mgConvert2PDF.aspx?ID=3"}},
			[]string{site + "documents/g5/Printed%20minutes.pdf", site + "mgAi.aspx?ID=7", site + "mgConvert2PDF.aspx?ID=5&T=1", site + "mgConvert2PDF.aspx?ID=3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := OnePerPaper(tt.in)
			var urls []string
			for _, r := range got {
				urls = append(urls, r.URL)
				if strings.Contains(r.URL, "/s1/") || strings.Contains(r.URL, "ID=1") {
					if r.ItemTitle != "Report" {
						t.Errorf("%s: item title %q, want the pair's", r.URL, r.ItemTitle)
					}
				}
			}
			if strings.Join(urls, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %v\nwant %v", urls, tt.want)
			}
		})
	}
}
