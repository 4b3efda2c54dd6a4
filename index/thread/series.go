package thread

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
)

// A series is a plan or log a board publishes again and again: the
// quarterly delivery plan with new RAG ratings, the action log carried
// from meeting to meeting. It is found, not configured: papers of one
// board are versions of one series when their titles say the same once
// dates, quarters and words such as "updated" are taken out, and their
// plan periods are the same.

// Series is one plan or log and its versions, oldest first.
type Series struct {
	ID     string   `json:"id"`
	Key    string   `json:"key"`    // the title with dates and version words taken out
	Period string   `json:"period"` // "2023-2024"; "" when the papers name none
	Papers []string `json:"papers"` // paper ids, in paper order
}

var (
	monthNames = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`
	// periodRe is a plan period in a title or period field: 2021 – 2023,
	// 2022/23, 2022-2025.
	periodRe = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:/|-|–|—|to)\s*((?:19|20)?\d\d)\b`)
	// monthSpanRe is a period of months, each with its year, as a plan's
	// subtitle gives it: "Sept 2025 to March 2027".
	monthSpanRe = regexp.MustCompile(`(?i)\b(?:` + monthNames + `)\.?\s+((?:19|20)\d\d)\s*(?:-|–|—|to)\s*(?:` + monthNames + `)\.?\s+((?:19|20)\d\d)\b`)
	// dateWords are what changes from one version's title to the next.
	dateWords = []*regexp.Regexp{
		regexp.MustCompile(`\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`),
		regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:` + monthNames + `)\b`),
		regexp.MustCompile(`\b(?:` + monthNames + `|spring|summer|autumn|winter)\b`),
		regexp.MustCompile(`\b(?:q|quarter\s*)[1-4]\b|\bquarter\s+(?:one|two|three|four)\b|\b(?:first|second|third|fourth)\s+quarter\b|\bh[12]\b`),
		regexp.MustCompile(`\b(?:as\s+at|as\s+of|updated?|updates|version|v\d+(?:\.\d+)?|draft|final|revised|refreshed|refresh|position|edition|issue|progress|quarterly|monthly|annual)\b`),
		regexp.MustCompile(`\b(?:19|20)\d\d\b`),
	}
	// seriesWords name a paper that is published in versions.
	seriesWords = regexp.MustCompile(`\b(?:plan|log|tracker|tracking|register)\b`)
)

// seriesKey is the title of a paper with what changes between its versions
// taken out, and the plan period it names; key "" means it is no version
// of anything.
func seriesKey(p Paper) (key, period string) {
	if p.Kind == action.DocMinutes || p.Kind == action.DocDecision {
		return "", ""
	}
	title := strings.ToLower(p.Title)
	period = normPeriod(p.Period)
	if period == "" {
		period = normPeriod(title)
	}
	title = periodRe.ReplaceAllString(title, " ")
	for _, re := range dateWords {
		title = re.ReplaceAllString(title, " ")
	}
	var words []string
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return !('a' <= r && r <= 'z') && r < 0x80 || r == '–' || r == '—'
	}) {
		if w != "" {
			words = append(words, w)
		}
	}
	key = strings.Join(words, " ")
	if p.Kind != action.DocActionPlan && !seriesWords.MatchString(key) {
		return "", ""
	}
	return key, period
}

// normPeriod reads the first plan period in s as "2022-2023".
// A span of months ("Sept 2025 to March 2027") counts by its years.
func normPeriod(s string) string {
	m := periodRe.FindStringSubmatchIndex(s)
	if ms := monthSpanRe.FindStringSubmatchIndex(s); ms != nil && (m == nil || ms[0] < m[0]) {
		m = ms
	}
	if m == nil {
		return ""
	}
	return yearSpan(s[m[2]:m[3]], s[m[4]:m[5]])
}

// yearSpan is "2022-2023" for a start year and an end year of two or four
// digits; "" unless the end comes after the start.
func yearSpan(start, end string) string {
	if len(end) == 2 {
		end = start[:2] + end
	}
	if end <= start {
		return ""
	}
	return start + "-" + end
}

// FindSeries returns the series among papers: two or more papers with
// one key and period, each series' papers in paper order.
func FindSeries(papers []Paper) []Series {
	return findSeries(inOrder(papers))
}

// inOrder returns papers in paper order: by OrderDate, then id.
func inOrder(papers []Paper) []Paper {
	papers = slices.Clone(papers)
	slices.SortStableFunc(papers, func(a, b Paper) int {
		return cmp.Or(strings.Compare(orderDate(a), orderDate(b)), strings.Compare(a.ID, b.ID))
	})
	return papers
}

// OrderDate is the date that puts a paper in order (see orderDate).
func OrderDate(p Paper) string { return orderDate(p) }

// findSeries returns the series among papers (already in paper order):
// two or more papers with one key and period.
func findSeries(papers []Paper) []Series {
	byKey := map[string]*Series{}
	var keys []string
	for _, p := range papers {
		key, period := seriesKey(p)
		if key == "" {
			continue
		}
		k := key + "\x00" + period
		s, ok := byKey[k]
		if !ok {
			h := sha256.Sum256([]byte("series\x00" + k))
			s = &Series{ID: hex.EncodeToString(h[:8]), Key: key, Period: period}
			byKey[k] = s
			keys = append(keys, k)
		}
		s.Papers = append(s.Papers, p.ID)
	}
	var out []Series
	for _, k := range keys {
		if s := byKey[k]; len(s.Papers) > 1 {
			out = append(out, *s)
		}
	}
	slices.SortFunc(out, func(a, b Series) int { return strings.Compare(a.Key+a.Period, b.Key+b.Period) })
	return out
}

// orderDate is the date that puts a paper in order: its own date, else
// the date its title names ("Quarter 2 update (October 2023)"), else the
// start of its plan period, else the start of its year; "" sorts first.
func orderDate(p Paper) string {
	if p.Date != "" {
		return p.Date
	}
	if d := titleDate(p.Title, p.Period); d != "" {
		return d
	}
	if per := normPeriod(p.Period); per != "" {
		return per[:4] + "-01-01"
	}
	if per := normPeriod(strings.ToLower(p.Title)); per != "" {
		return per[:4] + "-01-01"
	}
	if p.Year > 0 {
		return strconv.Itoa(p.Year) + "-01-01"
	}
	return ""
}

var (
	titleMonth   = regexp.MustCompile(`(?i)\b(?:` + monthNames + `)\s+(?:19|20)\d\d\b`)
	titleQuarter = regexp.MustCompile(`(?i)\b(?:q|quarter\s*)([1-4])\b|\bquarter\s+(one|two|three|four)\b`)
	quarterWords = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4"}
)

// titleDate is the last day of the month or the financial quarter a title
// names: "(October 2023)" is 2023-10-31, "Quarter 2" of the plan period
// 2023/24 is 2023-09-30; "" when it names neither.
func titleDate(title, period string) string {
	if m := titleMonth.FindString(title); m != "" {
		return action.NormalizeDue(m)
	}
	m := titleQuarter.FindStringSubmatch(title)
	if m == nil {
		return ""
	}
	q := m[1]
	if q == "" {
		q = quarterWords[strings.ToLower(m[2])]
	}
	per := normPeriod(period)
	if per == "" {
		per = normPeriod(strings.ToLower(title))
	}
	if per == "" {
		return ""
	}
	return action.NormalizeDue("Q" + q + " " + per[:4] + "/" + per[7:])
}
