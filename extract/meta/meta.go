// Package meta finds what a paper says of itself: its title, date, plan
// period and kind.
package meta

import (
	"regexp"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

// Meta is what a paper says of itself.
type Meta struct {
	Title  string
	Date   string
	Period string
}

// headLines is how many non-empty lines from the top a title may be in.
const headLines = 12

// maxTitleLen bounds a title: longer lines are prose.
const maxTitleLen = 160

var (
	// titleWords mark the lines that name what a paper is.
	titleWords = regexp.MustCompile(`(?i)\b(action plan|delivery plan|plan|strategy|minutes|report|review|update|progress|recommendations?|agenda|decisions?|notice)\b`)
	// labels are lines that head a paper without naming it.
	labels = regexp.MustCompile(`(?i)^(agenda item|agenda|item|minutes|appendix|annex|page|public|not protectively marked|official|draft)\b[\s\w.:]{0,12}$|^report (of|to|by|from)\b`)
	// reportLabel heads a report to a board ("Report to the Health and
	// Wellbeing Board").
	reportLabel = regexp.MustCompile(`(?i)^report (of|to|by|from)\b`)
	fullDate    = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	proseVerb   = regexp.MustCompile(`(?i)\b(was|were|is|are|had|has|have|been|would|will)\b`)
	periodPat   = regexp.MustCompile(`\b((?:19|20)\d{2}\s*[-–—/]\s*(?:(?:19|20)?\d{2}))\b`)
)

// Find reads the title, date and period from the head of a paper: the lines
// before its first table or numbered item.
func Find(ld layout.Doc) Meta {
	var m Meta
	head := headOf(ld)
	best, bestScore := "", 0
	for i, l := range head {
		text := lineText(l)
		if s := titleScore(l, text, i); s > bestScore {
			best, bestScore = text, s
		}
	}
	// A caption's label ("Table 1: …", "Appendix A – …") is no part of the
	// paper's title.
	m.Title = strings.TrimRight(captionLabel.ReplaceAllString(best, ""), " :.")
	for _, l := range head {
		if m.Date == "" {
			m.Date = dateIn(lineText(l))
		}
	}
	if p := periodPat.FindString(m.Title); p != "" && !fullDate.MatchString(m.Title) {
		m.Period = p
	}
	return m
}

var captionLabel = regexp.MustCompile(`(?i)^(table|figure|appendix|annex)\s+[A-Z0-9]{1,3}(\.\d+)?\s*[:.–—-]\s+`)

// headOf returns the first non-empty lines, stopping at a table header row
// or after headLines lines.
func headOf(ld layout.Doc) []layout.Line {
	var out []layout.Line
	for _, l := range ld.Lines {
		if l.Furniture {
			continue
		}
		if strings.TrimSpace(l.Text) == "" {
			continue
		}
		if l.IsTable() && l.NonEmpty() > 1 {
			break
		}
		out = append(out, l)
		if len(out) == headLines {
			break
		}
	}
	return out
}

func lineText(l layout.Line) string {
	if l.IsTable() {
		for _, c := range l.Cells {
			if t := strings.TrimSpace(c.Text); t != "" {
				return t
			}
		}
	}
	return strings.TrimSpace(l.Text)
}

// titleScore rates a line as the paper's title: words that name a paper,
// heading style and an early place count for it; labels, length and a
// sentence's full stop count against it.
func titleScore(l layout.Line, text string, i int) int {
	if text == "" || len(text) > maxTitleLen || labels.MatchString(text) {
		return 0
	}
	s := 1
	if titleWords.MatchString(text) {
		s += 4
	}
	if l.Heading > 0 {
		s += 3 - min(l.Heading, 3)/2
	}
	if l.Bold {
		s++
	}
	if i < 3 {
		s++
	}
	if strings.Count(text, ". ") > 0 || strings.HasPrefix(strings.ToLower(text), "that ") ||
		strings.HasSuffix(text, ".") && proseVerb.MatchString(text) {
		s -= 4 // prose, not a heading
	}
	return s
}

// dateIn finds a full date in text: "17 June 2020", "17/06/2020".
func dateIn(text string) string {
	m := fullDate.FindString(text)
	if m == "" {
		return ""
	}
	return action.NormalizeDue(m)
}

var minutesSigns = regexp.MustCompile(`(?i)\b(resolved|minutes|agenda item|the (board|committee|cabinet|council|panel) (considered|received|noted)|it was agreed|members (noted|asked|discussed)|supporting documents|apologies|presented (the|a) |decision sheet|record of decisions|decision notice)`)

// Kind classifies the paper by what was found in it and how it reads.
func Kind(ld layout.Doc, m Meta, g Genre, found []action.Action) string {
	counts := map[string]int{}
	for _, a := range found {
		counts[a.Kind]++
	}
	signs := 0
	for _, l := range ld.Lines {
		if !l.IsTable() && minutesSigns.MatchString(l.Text) {
			signs++
		}
	}
	title := strings.ToLower(m.Title)
	reported := false
	for _, l := range headOf(ld) {
		reported = reported || reportLabel.MatchString(lineText(l))
	}
	switch {
	case reported && counts[action.KindRecommendation] > 0:
		return action.DocReport
	case counts[action.KindAction] > 0 && counts[action.KindAction] >= counts[action.KindResolution]+counts[action.KindCommitment]+counts[action.KindRecommendation]:
		return action.DocActionPlan
	case g.Kind != "":
		return g.Kind
	case signs > 0 || counts[action.KindResolution] > 0 || counts[action.KindCommitment] > 0:
		return action.DocMinutes
	case strings.Contains(title, "plan") && counts[action.KindAction] > 0:
		return action.DocActionPlan
	case counts[action.KindRecommendation] > 0 || strings.Contains(title, "report"):
		return action.DocReport
	}
	return action.DocOther
}

// Year is the year analysts filter on: the meeting date's, else the paper's
// date's, else the period's first year.
func Year(meetingDate, date, period string) int {
	for _, d := range []string{meetingDate, date} {
		if y := action.YearOf(d); y > 0 {
			return y
		}
	}
	if p := periodPat.FindString(period); p != "" {
		return action.YearOf(p)
	}
	return 0
}
