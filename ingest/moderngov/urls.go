package moderngov

import (
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/councilactions/councilactions/ingest/crawl"
)

// Kind is what a ModernGov link points at.
type Kind int

const (
	Other    Kind = iota
	Listing       // ieListMeetings.aspx: a committee's meetings
	Meeting       // ieListDocuments.aspx: one meeting's papers
	ItemPage      // mgAi.aspx: one agenda item, with its minutes
	Document      // documents/…, mgConvert2PDF.aspx: a paper
)

// Link is a normalised ModernGov link.
type Link struct {
	URL       string
	Kind      Kind
	MeetingID string // for Meeting links
	Committee string // the CId of Meeting and Listing links, if given
	Immutable bool   // item papers (documents/s…) are meant never to change at their URL
	// Pack marks the generated agenda packs (documents/g…/Public reports
	// pack…, Supplement…), which repeat the item papers in one file; their
	// actions would be counted twice, so they are not fetched.
	Pack bool
	// Paper is the site's id of an item paper ("s20513"), the same
	// whether it is linked as documents/s20513/<name> or as
	// mgConvert2PDF.aspx?ID=20513 (the paper rendered as PDF); Convert
	// marks the second.
	Paper   string
	Convert bool
}

var rePack = regexp.MustCompile(`(?i)(reports?[ %20]+pack|supplement|agenda[ %20]+reports)`)

var (
	reCookieless = regexp.MustCompile(`^\((?:[A-Za-z]\([^()]*\))+\)$`)
	reDocFolder  = regexp.MustCompile(`(?i)^([a-z])(\d+)$`)
)

// Normalize resolves href against the page it is on and puts it in one
// canonical form, so that each meeting and document is fetched once however
// the site spells the link: MId, MID or MeetingId; cookieless "(S(…))" path
// segments; entity-encoded or space-containing hrefs; query parameters that
// do not change the document (documents/…?T=10). ok is false for links that
// are not http(s).
func Normalize(page *url.URL, href string) (Link, bool) {
	href = crawl.UnescapeHref(href)
	low := strings.ToLower(href)
	if href == "" || strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "mailto:") || strings.HasPrefix(href, "#") {
		return Link{}, false
	}
	href = strings.ReplaceAll(href, " ", "%20")
	href = strings.ReplaceAll(href, "\\", "/")
	u, err := page.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Link{}, false
	}
	u.Fragment, u.RawFragment = "", ""
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (u.Scheme == "http" && p == "80") || (u.Scheme == "https" && p == "443") {
		u.Host = u.Hostname()
	}
	// Drop ASP.NET cookieless session segments.
	segs := strings.Split(u.Path, "/")
	kept := segs[:0]
	for _, s := range segs {
		if !reCookieless.MatchString(s) {
			kept = append(kept, s)
		}
	}
	u.Path = strings.Join(kept, "/")
	u.RawPath = ""
	dir := path.Dir(u.Path)
	if !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	q := u.Query()
	page0 := strings.ToLower(path.Base(u.Path))
	l := Link{}
	switch page0 {
	case "ielistdocuments.aspx", "mgmeetingattendance.aspx", "ieissuedetails.aspx":
		if page0 != "ielistdocuments.aspx" {
			break
		}
		mid := param(q, "MId", "MeetingId", "MeetingID")
		if mid == "" {
			break
		}
		cid := param(q, "CId", "CommitteeId")
		l = Link{Kind: Meeting, MeetingID: mid, Committee: cid}
		u.Path = dir + "ieListDocuments.aspx"
		v := url.Values{}
		if cid != "" {
			v.Set("CId", cid)
		}
		v.Set("MId", mid)
		u.RawQuery = canonicalQuery(v, []string{"CId", "MId"})
	case "ielistmeetings.aspx":
		l = Link{Kind: Listing, Committee: param(q, "CId", "CommitteeId")}
		u.Path = dir + "ieListMeetings.aspx"
		u.RawQuery = q.Encode() // sorted by key, so one document has one key
	case "mgai.aspx":
		id := param(q, "ID", "AIId")
		if id == "" {
			break
		}
		l = Link{Kind: ItemPage}
		u.Path = dir + "mgAi.aspx"
		u.RawQuery = "ID=" + url.QueryEscape(id)
	case "mgconvert2pdf.aspx":
		id := param(q, "ID")
		if id == "" {
			break
		}
		u.Path = dir + "mgConvert2PDF.aspx"
		u.RawQuery = "ID=" + url.QueryEscape(id)
		if t := param(q, "T"); t != "" {
			// A meeting's generated paper, T saying which (as on the
			// documents/g… links: 1 the printed minutes, 10 the reports
			// pack), so T is part of what names it.
			l = Link{Kind: Document, Pack: t == "10"}
			u.RawQuery += "&T=" + url.QueryEscape(t)
			break
		}
		l = Link{Kind: Document, Immutable: true, Paper: "s" + id, Convert: true}
	default:
		if folder, ok := documentFolder(u.Path); ok {
			l = Link{Kind: Document, Immutable: strings.EqualFold(folder[:1], "s")}
			l.Pack = !l.Immutable && rePack.MatchString(path.Base(u.Path))
			if l.Immutable {
				l.Paper = "s" + folder[1:]
			}
			u.RawQuery = ""
		} else {
			u.RawQuery = q.Encode() // sorted by key, so one document has one key
		}
	}
	l.URL = u.String()
	return l, true
}

// documentFolder finds the g…/s… folder of a documents/ path.
func documentFolder(p string) (string, bool) {
	segs := strings.Split(p, "/")
	for i := 0; i+2 < len(segs); i++ {
		if strings.EqualFold(segs[i], "documents") && reDocFolder.MatchString(segs[i+1]) && segs[i+2] != "" {
			return segs[i+1], true
		}
	}
	return "", false
}

// param reads the first of the named query parameters, ignoring case.
func param(q url.Values, names ...string) string {
	for _, n := range names {
		for k, v := range q {
			if strings.EqualFold(k, n) && len(v) > 0 && strings.TrimSpace(v[0]) != "" {
				return strings.TrimSpace(v[0])
			}
		}
	}
	return ""
}

func canonicalQuery(v url.Values, order []string) string {
	var parts []string
	for _, k := range order {
		if x := v.Get(k); x != "" {
			parts = append(parts, k+"="+url.QueryEscape(x))
		}
	}
	return strings.Join(parts, "&")
}

// readPDFFirst are the formats of an item paper whose PDF rendering
// (mgConvert2PDF.aspx) is the better one to read: those the readers do not
// take (old Word and Excel, RTF, PowerPoint, OpenDocument).
var readPDFFirst = map[string]bool{".doc": true, ".xls": true, ".rtf": true, ".ppt": true, ".pptx": true, ".odt": true, ".ods": true}

// OnePerPaper keeps one link to each item paper that refs name twice — as
// documents/s<ID>/<name> and as mgConvert2PDF.aspx?ID=<ID> — so that it is
// fetched once: the file itself, or its PDF when the file is in a format
// of readPDFFirst. The kept link takes the place of the first, and the
// first item title either has.
func OnePerPaper(refs []crawl.Ref) []crawl.Ref {
	type seen struct {
		at      int
		convert bool
	}
	first := map[string]seen{}
	var out []crawl.Ref
	for _, r := range refs {
		l, ok := Normalize(&url.URL{}, r.URL)
		if !ok || l.Paper == "" {
			out = append(out, r)
			continue
		}
		prev, dup := first[l.Paper]
		if !dup {
			first[l.Paper] = seen{len(out), l.Convert}
			out = append(out, r)
			continue
		}
		kept := &out[prev.at]
		if prev.convert == l.Convert {
			continue // the same link again
		}
		file, convert := r.URL, kept.URL
		if l.Convert {
			file, convert = kept.URL, r.URL
		}
		want := file
		if readPDFFirst[strings.ToLower(path.Ext(file))] {
			want = convert
		}
		if kept.ItemTitle == "" {
			kept.ItemTitle = r.ItemTitle
		}
		kept.URL = want
		first[l.Paper] = seen{prev.at, want == convert}
	}
	return out
}
