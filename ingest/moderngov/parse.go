package moderngov

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/councilactions/councilactions/ingest/crawl"
)

// ListPage is what one ieListMeetings.aspx page gives.
type ListPage struct {
	Meetings []crawl.Meeting
	Next     []string // pages of earlier meetings
	// Years are the list's pages for one year (Year=2021), or for all
	// years (Year=0), by year.
	Years map[int]string
}

var reEarlier = regexp.MustCompile(`(?i)\b(earlier|previous|older)\b`)

// ParseMeetingList reads a committee's meeting list page. Meetings of
// another committee (a CId that is not committee) are left out.
func ParseMeetingList(page *url.URL, body []byte, committee string) (ListPage, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return ListPage{}, fmt.Errorf("parse %s: %w", page, err)
	}
	var out ListPage
	seen := map[string]bool{}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		l, ok := Normalize(page, href)
		if !ok {
			return
		}
		switch l.Kind {
		case Meeting:
			if committee != "" && l.Committee != "" && l.Committee != committee {
				return
			}
			if seen[l.MeetingID] {
				return
			}
			seen[l.MeetingID] = true
			text := crawl.CleanText(a.Text())
			title, _ := a.Attr("title")
			row := a.Closest("tr, li")
			if row.Length() == 0 {
				row = a.Parent()
			}
			around := crawl.Text(row)
			out.Meetings = append(out.Meetings, crawl.Meeting{
				Key: "mg:" + l.MeetingID, ID: l.MeetingID, URL: l.URL,
				Date:      firstNonEmpty(crawl.FindDate(text), crawl.FindDate(title), crawl.FindDate(around)),
				Title:     text,
				Cancelled: crawl.Cancelled(text) || crawl.Cancelled(title) || crawl.Cancelled(around),
			})
		case Listing:
			if committee != "" && l.Committee != "" && l.Committee != committee {
				return
			}
			if a.HasClass("mgTableNextLnk") || reEarlier.MatchString(a.Text()) {
				out.Next = append(out.Next, l.URL)
			}
			lu, _ := url.Parse(l.URL)
			if y, err := strconv.Atoi(param(lu.Query(), "Year")); err == nil && y >= 0 {
				if out.Years == nil {
					out.Years = map[int]string{}
				}
				out.Years[y] = l.URL
			}
		}
	})
	return out, nil
}

// ParseMeetingPage reads an ieListDocuments.aspx page: the meeting's
// papers (item papers, printed minutes and packs, agenda item pages) with
// the title of the item each belongs to.
func ParseMeetingPage(page *url.URL, body []byte) (crawl.Details, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return crawl.Details{}, fmt.Errorf("parse %s: %w", page, err)
	}
	det := crawl.Details{Date: meetingDate(doc), Cancelled: cancelledPage(doc)}
	seen := map[string]bool{}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		l, ok := Normalize(page, href)
		if !ok || (l.Kind != Document && l.Kind != ItemPage) || l.Pack || seen[l.URL] {
			return
		}
		seen[l.URL] = true
		title := ""
		if row := a.Closest("tr"); row.Length() > 0 && row.Closest(".mgItemTable, #mgItemTable").Length() > 0 {
			var parts []string
			row.Find(".mgAiTitleTxt").Each(func(_ int, t *goquery.Selection) { parts = append(parts, t.Text()) })
			title = itemTitle(strings.Join(parts, " "))
		}
		if title == "" || l.Kind == Document && !l.Immutable {
			// Printed minutes, agenda packs: the link says what they are.
			title = crawl.CleanTitle(a.Text())
		}
		if title == "" {
			title, _ = a.Attr("title")
			title = crawl.CleanTitle(title)
		}
		det.Docs = append(det.Docs, crawl.Ref{URL: l.URL, ItemTitle: title, Immutable: l.Immutable})
	})
	det.Docs = OnePerPaper(det.Docs)
	return det, nil
}

// content is the part of a page that ModernGov writes, without the
// council's own header, menus and footer.
func content(doc *goquery.Document) *goquery.Selection {
	for _, sel := range []string{".mgContent", "#modgov", "body"} {
		if c := doc.Find(sel).First(); c.Length() > 0 {
			return c
		}
	}
	return doc.Selection
}

// titleLines are the page's headings in order: the main title ("Agenda and
// minutes"), the subtitle lines under it (the committee, "Tuesday, 3rd
// March, 2026 7.30 pm", on some installs in one line), then the page's
// <title>.
func titleLines(doc *goquery.Document) []string {
	var out []string
	content(doc).Find("h1, h2, h3, .mgMainTitleTxt, .mgSubTitleTxt").Each(func(_ int, s *goquery.Selection) {
		if t := crawl.Text(s); t != "" {
			out = append(out, t)
		}
	})
	if t := crawl.CleanText(doc.Find("title").First().Text()); t != "" {
		out = append(out, t)
	}
	return out
}

// meetingDate is the first date a heading gives.
func meetingDate(doc *goquery.Document) string {
	for _, t := range titleLines(doc) {
		if d := crawl.FindDate(t); d != "" {
			return d
		}
	}
	return ""
}

// maxNoticeWords bounds a status notice standing on its own ("This meeting
// has been cancelled."): longer text is prose, which may mention a
// cancellation of something else.
const maxNoticeWords = 12

// cancelledPage says whether a meeting page marks its meeting cancelled, as
// ModernGov does in the subtitle with the date ("… 7.30 pm, CANCELLED", the
// papers list then saying that no documents are available), or in any
// heading, the page title, an element whose class names a status, or a
// short notice of its own in the content. The agenda items' titles and
// minutes and the links (to "Cancelled meetings", say) do not count.
func cancelledPage(doc *goquery.Document) bool {
	for _, t := range titleLines(doc) {
		if crawl.Cancelled(t) {
			return true
		}
	}
	found := false
	content(doc).Find("p, div, span, li, td, strong, b, em, [class*=Status], [class*=status]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if s.Closest(".mgItemTable, #mgItemTable, .mgWordPara, a").Length() > 0 {
			return true
		}
		t := crawl.Text(s)
		if len(strings.Fields(t)) > maxNoticeWords || crawl.Text(s.Find("a")) == t {
			return true
		}
		found = crawl.Cancelled(t)
		return !found
	})
	return found
}

var reItemNumber = regexp.MustCompile(`^\s*[0-9]+[a-z]?[.)]?\s+`)

// itemTitle strips an agenda item's number and, when the title is itself
// the link to the item's one paper, the size the link ends with.
func itemTitle(s string) string {
	return crawl.CleanTitle(reItemNumber.ReplaceAllString(crawl.CleanText(s), ""))
}

// node is an XML element with its text, names in lower case and without
// namespace: installs differ in both.
type node struct {
	name string
	text string
	kids []*node
}

func parseXML(data []byte) (*node, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > 200 {
				return nil, errors.New("xml nested too deeply")
			}
			n := &node{name: strings.ToLower(t.Name.Local)}
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top := stack[len(stack)-1]
			top.text += string(t)
		}
	}
	if len(root.kids) == 0 {
		return nil, errors.New("no xml element")
	}
	return root.kids[0], nil
}

// all finds the descendants named name.
func (n *node) all(name string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
		out = append(out, k.all(name)...)
	}
	return out
}

// get is the trimmed text of the first descendant named name.
func (n *node) get(name string) string {
	for _, k := range n.kids {
		if k.name == name {
			return strings.TrimSpace(k.text)
		}
		if v := k.get(name); v != "" {
			return v
		}
	}
	return ""
}

// ParseGetMeetings reads mgWebService.asmx/GetMeetings. An answer that is
// not the web service's XML is an error, so the caller falls back to HTML.
func ParseGetMeetings(base *url.URL, data []byte, committee string) ([]crawl.Meeting, error) {
	root, err := parseXML(data)
	if err != nil {
		return nil, fmt.Errorf("GetMeetings: %w", err)
	}
	if root.name == "html" {
		return nil, errors.New("GetMeetings: answered with an HTML page")
	}
	var out []crawl.Meeting
	seen := map[string]bool{}
	for _, m := range root.all("meeting") {
		id := m.get("meetingid")
		if id == "" || seen[id] {
			continue
		}
		if c := m.get("committeeid"); c != "" && committee != "" && c != committee {
			continue
		}
		seen[id] = true
		status := m.get("meetingstatus")
		l, _ := Normalize(base, "ieListDocuments.aspx?CId="+url.QueryEscape(committee)+"&MId="+url.QueryEscape(id))
		out = append(out, crawl.Meeting{
			Key: "mg:" + id, ID: id, URL: l.URL,
			Date:      crawl.FindDate(m.get("meetingdate")),
			Title:     firstNonEmpty(m.get("committeetitle"), m.get("meetingtitle")),
			Cancelled: crawl.Cancelled(status),
		})
	}
	if len(out) == 0 && root.name != "getmeetings" && len(root.all("meeting")) == 0 {
		return nil, fmt.Errorf("GetMeetings: unexpected answer <%s>", root.name)
	}
	return out, nil
}

// ParseGetMeeting reads mgWebService.asmx/GetMeeting: every linked document
// URL, with its agenda item's title, plus the item pages of items that have
// minutes.
func ParseGetMeeting(base *url.URL, data []byte) (crawl.Details, error) {
	root, err := parseXML(data)
	if err != nil {
		return crawl.Details{}, fmt.Errorf("GetMeeting: %w", err)
	}
	if root.name == "html" {
		return crawl.Details{}, errors.New("GetMeeting: answered with an HTML page")
	}
	if len(root.all("meetingid")) == 0 && root.name != "meeting" {
		return crawl.Details{}, fmt.Errorf("GetMeeting: unexpected answer <%s>", root.name)
	}
	det := crawl.Details{
		Date:      crawl.FindDate(root.get("meetingdate")),
		Cancelled: crawl.Cancelled(root.get("meetingstatus")),
	}
	seen := map[string]bool{}
	add := func(href, title string) {
		l, ok := Normalize(base, href)
		if !ok || (l.Kind != Document && l.Kind != ItemPage) || l.Pack || seen[l.URL] {
			return
		}
		seen[l.URL] = true
		det.Docs = append(det.Docs, crawl.Ref{URL: l.URL, ItemTitle: title, Immutable: l.Immutable})
	}
	var walk func(n *node, item string)
	walk = func(n *node, item string) {
		if n.name == "agendaitem" {
			item = itemTitle(n.get("agendaitemtitle"))
			if strings.TrimSpace(n.get("minutesnonemptyhtmlbody")) != "" {
				if id := n.get("agendaitemid"); id != "" {
					add("mgAi.aspx?ID="+url.QueryEscape(id), item)
				}
			}
		}
		for _, k := range n.kids {
			if k.name == "url" || k.name == "documenturl" {
				title := item
				if title == "" {
					title = crawl.CleanTitle(n.get("title"))
				}
				add(strings.TrimSpace(k.text), title)
				continue
			}
			walk(k, item)
		}
	}
	walk(root, "")
	det.Docs = OnePerPaper(det.Docs)
	return det, nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
