package crawl

import (
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
)

var (
	reDayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	reMonthDayYear = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reSlashDate    = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	reISODate      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

var months = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// FindDate returns the first date written in s as YYYY-MM-DD, or "". It
// reads the forms council sites use: "23 Jun 2020", "Tuesday, 23rd June,
// 2020", "23/06/2020" (day first, as in England) and "2020-06-23".
func FindDate(s string) string {
	type found struct {
		at      int
		y, m, d int
	}
	best := found{at: -1}
	consider := func(at, y, m, d int) {
		if m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
			return
		}
		if _, err := time.Parse("2006-01-02", fmt.Sprintf("%04d-%02d-%02d", y, m, d)); err != nil {
			return
		}
		if best.at < 0 || at < best.at {
			best = found{at, y, m, d}
		}
	}
	if m := reDayMonthYear.FindStringSubmatchIndex(s); m != nil {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		consider(m[0], y, months[strings.ToLower(s[m[4]:m[5]])], d)
	}
	if m := reMonthDayYear.FindStringSubmatchIndex(s); m != nil {
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		consider(m[0], y, months[strings.ToLower(s[m[2]:m[3]])], d)
	}
	if m := reSlashDate.FindStringSubmatchIndex(s); m != nil {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		consider(m[0], y, mo, d)
	}
	if m := reISODate.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		consider(m[0], y, mo, d)
	}
	if best.at < 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", best.y, best.m, best.d)
}

// reCancelled is the word that marks a meeting called off ("CANCELLED",
// "(Cancelled)", "Meeting canceled"), not "cancellation" or "cancel".
var reCancelled = regexp.MustCompile(`(?i)\bcancell?ed\b`)

// Cancelled says whether a listing's or page's words mark a meeting
// cancelled.
func Cancelled(s string) bool {
	return reCancelled.MatchString(s)
}

// blockTags are the elements a browser sets apart from what is around
// them, so that their words never run into their neighbours'.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true, "caption": true, "dd": true,
	"div": true, "dl": true, "dt": true, "footer": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "header": true, "hr": true, "li": true, "ol": true, "p": true, "section": true, "table": true,
	"tbody": true, "td": true, "tfoot": true, "th": true, "thead": true, "tr": true, "ul": true,
}

// Text is the text of a selection as a reader sees it, white space
// collapsed: unlike goquery's Text, the cells of a row and the blocks of a
// list are kept apart ("Market Harborough Cancelled", not
// "Market HarboroughCancelled").
func Text(sel *goquery.Selection) string {
	var b strings.Builder
	var walk func(s *goquery.Selection)
	walk = func(s *goquery.Selection) {
		s.Contents().Each(func(_ int, c *goquery.Selection) {
			name := goquery.NodeName(c)
			if name == "#text" {
				b.WriteString(c.Text())
				return
			}
			block := blockTags[name]
			if block {
				b.WriteByte(' ')
			}
			walk(c)
			if block {
				b.WriteByte(' ')
			}
		})
	}
	walk(sel)
	return CleanText(b.String())
}

// CleanText collapses white space.
func CleanText(s string) string { return strings.Join(strings.Fields(s), " ") }

var reSizeSuffix = regexp.MustCompile(`(?i)\s*\b(pdf|html|doc|docx|xls|xlsx|rtf|txt)\b\s*[\d.,]+\s*[kmg]?b\s*$`)

// CleanTitle removes what sites append to a document link's text, such as
// "PDF 120 KB".
func CleanTitle(s string) string {
	return CleanText(reSizeSuffix.ReplaceAllString(CleanText(s), ""))
}

// UnescapeHref undoes entity encoding an href may carry once too often
// ("&amp;amp;MId=1").
func UnescapeHref(h string) string {
	h = strings.TrimSpace(h)
	for i := 0; i < 3 && strings.Contains(h, "&"); i++ {
		u := html.UnescapeString(h)
		if u == h {
			break
		}
		h = u
	}
	return h
}
