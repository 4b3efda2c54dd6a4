// Package meta finds what a paper says of itself: its title, date, plan
// period and kind.
package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
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
	titleWords = lazyre.New(`(?i)\b(action plan|delivery plan|plan|strategy|minutes|report|review|update|progress|recommendations?|agenda|decisions?|notice|charter|standards|pledges?|promises?)\b`)
	// labels are lines that head a paper without naming it.
	labels = lazyre.New(`(?i)^(agenda item|agenda|item|minutes|appendix|annex|page|public|not protectively marked|official|draft)\b[\s\w.:]{0,12}$|^report (of|to|by|from)\b|^(decision details|issue details|issue - (decisions|meetings|details)|meeting details|meeting documents|meeting summary|background|decisions?(?: taken| made| reached)?|reasons? for (?:the )?decision|skip to (?:main )?content|(?:table of )?contents|agenda, decisions and minutes|agenda and minutes|agenda and decisions|decision notice|delegated decisions)$`)
	// reportLabel heads a report to a board ("Report to the Health and
	// Wellbeing Board").
	reportLabel = lazyre.New(`(?i)^report (of|to|by|from)\b`)
	fullDate    = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s*(\d{4})\b|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	// yearJoined is a month's name run into its year.
	yearJoined = lazyre.New(`([A-Za-z])(\d{4})$`)
	proseVerb  = lazyre.New(`(?i)\b(was|were|is|are|had|has|have|been|would|will)\b`)
	periodPat  = lazyre.New(`(?i)\b((?:19|20)\d{2}\s*(?:[-–—/]|\bto\b)\s*(?:(?:19|20)?\d{2}))\b`)
	// monthSpan is a span of months, each with its year: "Dec 2018 to
	// April 2020".
	// subtitleHead is a subtitle's words before its span when they name
	// a plan and nothing else: "Work plan – ", "Action plan for ".
	subtitleHead = lazyre.New(`(?i)^(?:[\w'’-]+\s+){0,2}?plan\s*(?:[-–—:,(]\s*)?(?:for\s+|from\s+)?$`)
	// planTitle is a title that names a plan.
	planTitle = lazyre.New(`(?i)\bplan\b`)
	spanYear  = lazyre.New(`(?:19|20)\d{2}`)
	monthSpan = lazyre.New(`(?i)\b(?:` + monthName + `)\.?\s+(?:19|20)\d{2}\s*(?:[-–—]|\bto\b)\s*(?:` + monthName + `)\.?\s+(?:19|20)\d{2}\b`)
)

// monthName is a month's name, whole or cut short.
const monthName = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

// subtitleSpan is the span of months a plan's subtitle gives it ("Work
// plan – Sept 2025 to March 2027"): the period the paper covers when its
// title names none. The subtitle is the first line after the title, both
// among the first three lines, and must name the plan itself before the
// span (planSpan); a span that a consultation, an old plan, an update or
// a report owns is not the plan's.
func subtitleSpan(lines []layout.Line, title string) string {
	if title == "" {
		return ""
	}
	for i := 0; i < len(lines) && i < 2; i++ {
		text := strings.TrimSpace(lineText(lines[i]))
		if text == "" || !strings.Contains(text, title) && !strings.Contains(title, text) {
			continue
		}
		for j := i + 1; j < len(lines) && j < 3; j++ {
			if sub := strings.TrimSpace(lineText(lines[j])); sub != "" {
				return planSpan(sub, planTitle.MatchString(title))
			}
		}
		return ""
	}
	return ""
}

// planSpan is the span of months in a subtitle whose words before it name
// a plan and nothing else ("Work plan – ", "Action plan for "): in
// "Draft plan – consultation January 2026 to March 2026" or "Progress
// update on the plan – April 2025 to September 2025" another noun owns
// the span. Under a plan's title (planned) a subtitle that is the span
// alone ("April 2024 – March 2025") is the plan's too: no other noun is
// there to own it.
func planSpan(sub string, planned bool) string {
	loc := monthSpan.FindStringIndex(sub)
	if loc == nil {
		return ""
	}
	alone := strings.TrimSpace(sub[:loc[0]]) == "" && strings.Trim(sub[loc[1]:], " .") == ""
	if !subtitleHead.MatchString(sub[:loc[0]]) && !(planned && alone) {
		return ""
	}
	return sub[loc[0]:loc[1]]
}

// Find reads the title, date and period from the head of a paper: the lines
// before its first table or numbered item.
func Find(ld layout.Doc) Meta {
	var m Meta
	head := headOf(ld)
	best, bestScore := "", 0
	prose := false // a paragraph of prose came before: the title is above it
	lines := coverLines(head)
	if t := repeatedHead(lines); t != "" {
		// The page's heading, given twice, is read once, as the heading
		// it is; the browser's title over it, with the site's name, is
		// not read.
		lines = lines[1:]
		lines[0].Text, lines[0].Cells, lines[0].Heading = t, nil, 1
	}
	for i, l := range lines {
		text := runOnHead(trailEnd(lineText(l)))
		s := titleScore(l, text, i)
		if s == 0 && loneColonTitle(lines, i, text) {
			s = titleScore(layout.Line{Heading: 3, Bold: l.Bold}, text, i)
		}
		if prose {
			s -= 3
		}
		if s > bestScore {
			best, bestScore = text, s
			if i+1 < len(lines) && openEnd.MatchString(text) && !lines[i+1].IsTable() {
				// "DRAFT Minutes of the Parish Council Meeting held on"
				// then "Monday 11th April 2022 …": the title goes on.
				best = text + " " + lineText(lines[i+1])
			}
		}
		prose = prose || isProse(l, text) && !webChrome.MatchString(text)
	}
	if t := meetingName(lines); t != "" {
		best = t
	}
	if t, item := issueTitle(head); t != "" {
		if item && ld.Pages > 0 {
			// A PDF's lines are read as they are set, but an agenda
			// item's heading may wrap over two: it is read whole.
			if whole, _ := issueTitle(headOf(layout.Unwrapped(ld))); whole != "" {
				t = whole
			}
		}
		best = t
	}
	// A report's cover names the report under its meeting's date, though
	// an agenda's "Agenda Item" label heads it.
	if t := reportTitle(headN(ld, reportHeadLines)); t != "" {
		best = t
	}
	// A form that labels its subject ("Subject:", "Title of Decision")
	// names the paper there, whatever its letterhead says.
	if t := labelledTitle(ld); t != "" {
		best = t
	}
	// A caption's label ("Table 1: …", "Appendix A – …") is no part of the
	// paper's title.
	m.Title = strings.TrimRight(captionLabel.ReplaceAllString(best, ""), " :.")
	// ModernGov prints a linked paper's type and size after its title
	// ("Parks Strategy PDF 94 KB") and a decision's date before it
	// ("12/02/2024 - Parks Strategy"): neither is part of the title.
	m.Title = strings.TrimSpace(linkSize.ReplaceAllString(m.Title, ""))
	if d := datedTitle.FindStringSubmatch(m.Title); d != nil {
		// A decisions list follows the title with the decision's
		// number and outcome: "… ref: 512 Recommendations Approved".
		m.Title = strings.TrimSpace(decisionRef.ReplaceAllString(m.Title[len(d[0]):], ""))
		if due := action.NormalizeDue(d[1]); due != "" {
			m.Date = due // the decision's date, not one the title names
		}
	}
	for _, l := range head {
		// "30/05/2024 - Minutes of the Parks Committee": a decision
		// page's dated line gives the decision's date.
		if d := datedTitle.FindStringSubmatch(lineText(l)); d != nil && m.Date == "" {
			m.Date = action.NormalizeDue(d[1])
		}
	}
	for _, l := range head {
		if m.Date == "" {
			m.Date = dateIn(lineText(l))
		}
	}
	if d := labelledDate(ld); d != "" {
		m.Date = d
	}
	if m.Date == "" {
		m.Date = laterDate(ld)
	}
	if p := periodPat.FindString(m.Title); p != "" && !fullDate.MatchString(m.Title) {
		m.Period = p
	}
	if m.Period == "" {
		m.Period = subtitleSpan(lines, m.Title)
	}
	return m
}

// repeatedHead is the heading a web page copied whole gives twice at its
// top: the page's title as the browser shows it, then the same words as
// the page's heading ("Play Areas: Year 2" over "Play Areas: Year 2", or
// "Play Areas | Anytown Council" over "Play Areas"). Given twice it is a
// heading, whatever its shape (with a colon it reads as a form's field),
// and the browser's title may add the site's name; a heading, not the
// paper's name for sure: a letterhead is given twice too. "" when the
// page does not begin so, or the line is a label or a sentence.
func repeatedHead(lines []layout.Line) string {
	if len(lines) < 2 {
		return ""
	}
	first, next := lineText(lines[0]), lineText(lines[1])
	if len(next) < 8 || len(next) > maxTitleLen || !strings.HasPrefix(first, next) {
		return ""
	}
	if rest := first[len(next):]; rest != "" && !siteSeparator.MatchString(rest) {
		// "Health Board Action Plan" over "Health Board": the second is
		// the start of the first, not it again.
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) && !unicode.IsDigit(r) ||
		labels.MatchString(next) || webChrome.MatchString(next) || dateOnly(next) || strings.HasSuffix(next, ".") {
		return ""
	}
	return next
}

// meetingName is the name of the body whose meeting the page records,
// set as a record's head sets it: the name on a line of its own, the
// meeting's date (and time) alone on the next, then those present or
// where the meeting was held ("Parks Board" / "Monday, 4th May, 2026
// 6.00 pm" / "Venue: Town Hall"). The name names the record, above the
// council's letterhead or a site's "Agenda and minutes". "" when the head
// is not so set, or the line above the date is a label, a form's field,
// a sentence or a heading cut short ("… held on").
func meetingName(lines []layout.Line) string {
	for i := 1; i+1 < len(lines); i++ {
		if lines[i].IsTable() || !meetingDate(lineText(lines[i])) {
			continue
		}
		if !attendLabel.MatchString(lineText(lines[i+1])) {
			return ""
		}
		name := lineText(lines[i-1])
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) || lines[i-1].IsTable() || len(name) > maxTitleLen ||
			labels.MatchString(name) || formLabel.MatchString(name) || webChrome.MatchString(name) || sentenceBreak.MatchString(name) ||
			strings.HasSuffix(name, ".") || openEnd.MatchString(name) || dateIn(name) != "" {
			return ""
		}
		return name
	}
	return ""
}

// reportTitle is the title a report's cover sets under the meeting it
// goes to: the meeting's date alone on a line or in a date field ("12
// March 2026", "Date: 12 March 2026"), perhaps the report's author under
// it ("Report of the Head of Parks"), then the report's own heading
// ("Allotment Rents Review"). The body's name above the date, or the
// council's, is the meeting's, not the report's. Only in a head that
// labels the paper a report or an agenda's item (a meeting's page sets
// the council's name under its date) and sets no line apart by its look
// (styled). "" when the line under the date (and the author) is a
// sentence, or a sentence's first line, a numbered paragraph, a label or
// a form's field.
func reportTitle(lines []layout.Line) string {
	reported := false
	for _, l := range lines {
		t := lineText(l)
		reported = reported || reportLabel.MatchString(t) || itemLabel.MatchString(t)
	}
	if !reported || styled(lines) {
		return ""
	}
	for i, l := range lines {
		t := lineText(l)
		if l.IsTable() || !meetingDate(t) && !(dateLabel.MatchString(t) && dateIn(t) != "") {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			next := lineText(lines[j])
			if reportLabel.MatchString(next) || itemLabel.MatchString(next) {
				continue // the report's author, or the item it is
			}
			if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) || lines[j].IsTable() || len(next) > maxTitleLen ||
				labels.MatchString(next) || formLabel.MatchString(next) || webChrome.MatchString(next) || sentenceBreak.MatchString(next) ||
				strings.HasSuffix(next, ".") || listMarker.MatchString(next) || numberedClause.MatchString(next) || dateIn(next) != "" ||
				fewLetters(next) || agendaLine.MatchString(next) {
				return ""
			}
			if proseVerb.MatchString(next) {
				return "" // a sentence's start: "The Panel is asked to note the"
			}
			if j+1 < len(lines) && !lines[j+1].IsTable() {
				// "Review of the Fees for" over "Allotments and Bowls": a
				// title a PDF set over two lines is read whole; one going
				// on in small letters is a sentence wrapped.
				more := lineText(lines[j+1])
				r, _ := utf8.DecodeRuneInString(more)
				if unicode.IsLower(r) {
					return ""
				}
				if (openEnd.MatchString(next) || strings.HasSuffix(next, "–") || strings.HasSuffix(next, "-")) && len(next)+len(more) < maxTitleLen {
					next += " " + more
				}
			}
			return next
		}
		return ""
	}
	return ""
}

// styled: a line of the head is set as a heading or in bold. Such a
// paper (a PDF's, a web page's) sets its title apart by its look, which
// titleScore reads; a copy that lost the look sets it apart only by
// where it stands.
func styled(lines []layout.Line) bool {
	for _, l := range lines {
		if l.Heading > 0 || l.Bold {
			return true
		}
	}
	return false
}

// reportHeadLines is how far down a report's cover may set its title:
// its fields (author, telephone, members responsible) may take a dozen
// lines above it.
const reportHeadLines = 16

// itemLabel numbers the agenda's item a report is: "Agenda Item 7",
// "AGENDA ITEM", "Item No. 4".
var itemLabel = lazyre.New(`(?i)^(?:agenda\s+)?item(?:\s+no\.?)?\s*[\d_]*$`)

// meetingDate: a line that is a date, perhaps with its weekday and the
// time the meeting began, and nothing else ("Friday 3rd July, 2026 10.30
// am", "3 JULY 2026 AT 7.00pm").
func meetingDate(text string) bool {
	rest := fullDate.ReplaceAllString(text, "")
	if rest == text {
		return false
	}
	rest = clockTime.ReplaceAllString(weekday.ReplaceAllString(rest, ""), "")
	return strings.Trim(rest, " ,.-–") == ""
}

var (
	clockTime = lazyre.New(`(?i)(?:\bat\s+)?\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?|hrs)?(?:\s|$)`)
	// attendLabel opens the list of those at a meeting, or where it was.
	attendLabel = lazyre.New(`(?i)^(?:present|in attendance|attendees|members present|venue|place)\b`)
)

// siteSeparator opens what a browser's title adds after the page's own:
// " | Anytown Council", " - Anytown Council".
var siteSeparator = lazyre.New(`^\s+[|–—-]\s`)

var (
	linkSize    = lazyre.New(`(?i)\s+(?:(?:pdf|word|excel)\s+icon\s+)?(?:PDF|DOCX?|XLSX?|HTML?)\s+[\d.,]+\s*[KMG]B\b.*$`)
	decisionRef = lazyre.New(`(?i)\s+ref:\s*\d+\b.*$`)
	datedTitle  = lazyre.New(`^(\d{1,2}/\d{1,2}/\d{4})\s+[-–—]\s+`)
)

// issueTitle is a ModernGov page's own title: the line under its "Issue -
// decisions" (or "Agenda item") header, or an item's heading printed with
// its paper's type and size ("135 Scrutiny Panels PDF 107 KB", or "PDF 1
// MB" on the next line), and whether it is an agenda item's. "" when the
// page has neither.
func issueTitle(head []layout.Line) (title string, item bool) {
	for i, l := range head {
		t := strings.TrimSpace(lineText(l))
		next := ""
		if i+1 < len(head) {
			next = strings.TrimSpace(lineText(head[i+1]))
		}
		if issueHeader.MatchString(t) && next != "" && len(next) <= maxTitleLen && !datedTitle.MatchString(next) && !proseVerb.MatchString(next) && !strings.HasSuffix(next, ":") && !issueHeader.MatchString(next) {
			// An agenda item's heading may name a report and its author
			// ("Report of the Treasurer: Fees for 2027") or run on after
			// a colon ("Play Strategy: Consultation Findings"), and so may
			// an issue's or a decision's; a line of the form's own fields
			// there is none.
			if item := agendaItemLabel.MatchString(t); item || !labels.MatchString(next) && !formField.MatchString(next) {
				return next, item
			}
		}
		if m := numberedItem.FindStringSubmatch(t); m != nil && (linkSize.MatchString(t) || paperSize.MatchString(next)) {
			return strings.TrimSpace(linkSize.ReplaceAllString(m[1], "")), false
		}
	}
	return "", false
}

var (
	// agendaItemLabel is a ModernGov item page's lone "Agenda item"
	// label: the heading under it names the item, though the summary
	// under that ("A report setting out …") reads more like a paper's
	// name.
	agendaItemLabel = lazyre.New(`(?i)^agenda\s+item$`)
	// issueHeader heads the page of one issue or item (the lone agenda
	// item label among them); the line under it is the page's title.
	issueHeader  = lazyre.New(`(?i)^(?:issue\s*-\s*(?:decisions|meetings|details)|decision\s+details|agenda\s+item)$`)
	numberedItem = lazyre.New(`^\d{1,4}\.?\s+([A-Z(].{2,200})$`)
	paperSize    = lazyre.New(`^(?:PDF|DOCX?)\s+[\d.,]+\s*[KMG]B$`)
)

// formField is a field of the ModernGov form an issue or decision
// page sets under its header ("Meeting: 16/07/2024 - …", "Decision
// status: Approved") when the copy lost the title above them. Its
// labels are the form's own, named because a title may have the same
// shape: "Play Areas: Year Two Review" names the decision.
var formField = lazyre.New(`(?i)^(?:decision\s+(?:maker|status|due|type)|meeting|date\s+of\s+decision|publication\s+date|decided\s+at\s+meeting|lead\s+(?:member|officer|director)|purpose)\s*:\s`)

var captionLabel = lazyre.New(`(?i)^(table|figure|appendix|annex)\s+[A-Z0-9]{1,3}(\.\d+)?\s*[:.–—-]\s+`)

// numberedPart is a strategy page's own heading, numbered as one of its
// parts: "Priority 6: End rough sleeping in Rotherham". It names the page
// though a form's field reads the same.
var numberedPart = lazyre.New(`(?i)^(?:priority|theme|ambition|outcome|objective|pillar|goal|aim|chapter|section|part)\s+\d{1,2}\s*[:.–—-]\s+\S`)

// menuItem is a bulleted link of one to three words in title case.
var menuItem = lazyre.New(`^[` + layout.Bullets + `*]\s+[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|&)){0,2}$`)

// headOf returns the first non-empty lines, stopping at a table header row
// or after headLines lines.
// newsSign is a news page's line: its publication date or byline, or
// the news section it is in.
var newsSign = lazyre.New(`(?i)^(?:(?:published|posted)(?:\s+on)?\s+(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|(?:latest\s+|meetings\s+latest\s+)?news|press\s+release|by\s+[A-Z][a-z]+\s+[A-Z][a-z]+)$`)

func headOf(ld layout.Doc) []layout.Line {
	return headN(ld, headLines)
}

// headN is headOf's lines, n at most.
func headN(ld layout.Doc, n int) []layout.Line {
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
		if menuItem.MatchString(strings.TrimSpace(l.Text)) {
			// "• Calendar", "• Committees", "• Forward Plans": the site's
			// menu, copied above the page, is no part of its head.
			continue
		}
		out = append(out, l)
		if len(out) == n {
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

// coverLines joins the heading lines a cover page sets one under another
// in one style ("WEST SUSSEX" / "JOINT DEMENTIA STRATEGY" / "2020 TO
// 2023") into one line, as the title they make together.
func coverLines(head []layout.Line) []layout.Line {
	var out []layout.Line
	for _, l := range head {
		if n := len(out); n > 0 && l.Heading > 0 && !l.IsTable() {
			prev := &out[n-1]
			if prev.Heading == l.Heading && !prev.IsTable() && prev.Page == l.Page && len(prev.Text)+len(l.Text) <= maxTitleLen {
				prev.Text = strings.TrimSpace(prev.Text) + " " + strings.TrimSpace(l.Text)
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// loneColonTitle is a title whose words run on past a colon ("Parish
// Plan: Review for the Annual Meeting"), which reads like a form's field
// but stands alone: it opens the paper, no other field sits beside it, and
// running text or a sentence follows. A form's fields come in runs ("Report of: …" over
// "To: Cabinet"), and their labels are short.
func loneColonTitle(lines []layout.Line, i int, text string) bool {
	if i > 1 || !formLabel.MatchString(text) || dateLabel.MatchString(text) {
		return false
	}
	label, value, _ := strings.Cut(text, ":")
	if len(strings.Fields(label)) < 2 || len(strings.Fields(value)) < 2 || strings.HasSuffix(text, ".") || particulars.MatchString(label) {
		return false
	}
	for j := max(0, i-1); j <= i+1 && j < len(lines); j++ {
		if j != i && formLabel.MatchString(lineText(lines[j])) {
			return false
		}
	}
	if i+1 >= len(lines) {
		return false
	}
	next := lineText(lines[i+1])
	return isProse(lines[i+1], next) || strings.HasSuffix(next, ".") && !listMarker.MatchString(next)
}

// sentenceCase is a line of six words or more set as a sentence is, most
// of its words in small letters ("Draft minutes subject to approval at
// the next meeting."): with its full stop, a note, not a heading, whose
// words a writer capitalises.
func sentenceCase(text string) bool {
	words := strings.Fields(text)
	small := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			small++
		}
	}
	return len(words) >= 6 && small*10 >= len(words)*6
}

// particulars are the words a form's labels name a paper's particulars by
// ("Report Author:", "Contact Officer:", "Wards Affected:", "Purpose of
// the Report:"): a line so labelled is a field, alone or not. A small
// class, since a title's words before its colon can be anything.
var particulars = lazyre.New(`(?i)\b(?:authors?|officers?|contacts?|wards?|purpose|portfolios?|members?|directors?|directorate|classification|status|decision|meeting|venue|time|exempt|key|responsible|lead|owner|telephone|email|tel)\b`)

// meetingRecord is a record's heading set as a sentence ("Minutes of the
// annual meeting of the parish council held in the hall."), which a
// full stop does not make a note.
var meetingRecord = lazyre.New(`(?i)^(?:(?:draft|confirmed|approved)\s+)?(?:minutes|notes|record)\s+of\b|\bmeeting\s+(?:of|held)\b`)

// isProse: a line of running text, not a heading — the title is above it.
func isProse(l layout.Line, text string) bool {
	return l.Heading == 0 && !l.Bold && !l.IsTable() && len(strings.Fields(text)) >= 10 &&
		(strings.HasSuffix(text, ".") || strings.Contains(text, ". "))
}

var (
	// titleLabel names the field a form gives its subject in: "Subject:",
	// "Title of report:", "Subject Matter / Title of Decision".
	titleLabel = lazyre.New(`(?i)^(?:subject(?:\s+matter)?(?:\s*/\s*title\s+of\s+(?:the\s+)?decision)?|(?:report\s+)?title(?:\s+of\s+(?:the\s+)?(?:report|decision|paper|item)(?:\s*/\s*(?:report|decision|paper|item))?)?|title\s+of\s+(?:the\s+)?(?:report|decision|paper|item)(?:\s*/\s*(?:report|decision|paper|item))?|(?:report|decision|item)\s+title|name\s+of\s+(?:the\s+)?(?:report|decision))\s*[:\-–]?\s*`)
	// formLabel starts another field of a form: "Classification:".
	formLabel = lazyre.New(`^[A-Z][\w()/&'?, -]{1,40}:\s|^[A-Z][\w()/&'?, -]{1,40}:$`)
	// dateLabel names a paper's own date: the meeting's or the decision's,
	// or the date a decision was signed.
	dateLabel = lazyre.New(`(?i)^(?:date\s+of\s+(?:the\s+)?(?:meeting|decision|committee)|meeting\s+date|decision\s+date|date\s+of\s+report|report\s+date|date(?:\s+signed)?|to)\s*[:\-–]`)
)

// fieldLine is a line as a form's field reads: text, or a two-cell table
// row of label and value ("Subject: | Tobacco Control Strategy") as one
// line. Furniture, blank lines and other table rows are none.
func fieldLine(l layout.Line) (layout.Line, bool) {
	if l.Furniture {
		return l, false
	}
	if l.IsTable() {
		var cells []string
		for _, c := range l.Cells {
			if t := strings.TrimSpace(c.Text); t != "" {
				cells = append(cells, t)
			}
		}
		if len(cells) != 2 || !strings.HasSuffix(cells[0], ":") {
			return l, false
		}
		return layout.Line{Page: l.Page, Text: cells[0] + " " + cells[1], Bold: l.Bold}, true
	}
	return l, strings.TrimSpace(l.Text) != ""
}

// labelledTitle is the value of a form's subject field among the first
// lines of the first page: on the label's own line or the next, carried on
// over lines set in to the value's column.
func labelledTitle(ld layout.Doc) string {
	var ls []layout.Line
	for _, l := range ld.Lines {
		l, ok := fieldLine(l)
		if !ok {
			continue
		}
		if len(ls) == 40 || l.Page > 2 {
			break
		}
		ls = append(ls, l)
	}
	for i, l := range ls {
		t := strings.TrimSpace(l.Text)
		loc := titleLabel.FindStringIndex(t)
		if loc == nil || loc[1] == 0 || !strings.Contains(t[:loc[1]], ":") && loc[1] != len(t) && !l.Bold {
			continue
		}
		value := strings.TrimSpace(t[loc[1]:])
		j := i + 1
		if value == "" {
			if j >= len(ls) {
				return ""
			}
			value, j = strings.TrimSpace(ls[j].Text), j+1
		}
		for ; j < len(ls) && ls[j].Indent >= 40 && !formLabel.MatchString(ls[j].Text) && len(value) < maxTitleLen; j++ {
			value += " " + strings.TrimSpace(ls[j].Text)
		}
		if formLabel.MatchString(value) || len(value) > maxTitleLen {
			return ""
		}
		return strings.TrimRight(value, " .:")
	}
	return ""
}

// labelledDate is the date a form gives the paper: the last full date on a
// date field of its first lines or its signature ("Date: 17/1/2025"), the
// meeting named in "To: County Council – 13 March 2025".
// dateLabelAlone is a form's date label on a line of its own, its value
// on the next: "Date of decision (same as date form signed)".
var dateLabelAlone = lazyre.New(`(?i)^date\s+of\s+(?:the\s+)?(?:meeting|decision)(?:\s*\([^)]{0,60}\))?\s*:?$`)

func labelledDate(ld layout.Doc) string {
	date, signed, prev := "", "", ""
	for _, l := range ld.Lines {
		l, ok := fieldLine(l)
		if !ok {
			continue
		}
		t := strings.TrimSpace(l.Text)
		if strings.Trim(t, ". _…") == "" {
			continue // the dotted line a signature goes on
		}
		if dateLabel.MatchString(t) || dateLabelAlone.MatchString(prev) {
			if d := dateIn(t); d != "" && date == "" {
				date = d
			}
		}
		// A signature block prints the date above its label: "17/1/2025"
		// over "signed date".
		if signedLabel.MatchString(t) && dateIn(prev) != "" {
			signed = dateIn(prev)
		}
		prev = t
	}
	if date == "" {
		date = signed
	}
	return date
}

var signedLabel = lazyre.New(`(?i)^(?:signed\s+date|date\s+signed|signature\s+date|signed\s+and\s+dated|date)$`)

// titleScore rates a line as the paper's title: words that name a paper,
// heading style and an early place count for it; labels, length and a
// sentence's full stop count against it.
func titleScore(l layout.Line, text string, i int) int {
	if text == "" || len(text) > maxTitleLen && !(len(text) <= 2*maxTitleLen && meetingHead.MatchString(text)) || labels.MatchString(text) || l.Heading == 0 && formLabel.MatchString(text) && !titleLabel.MatchString(text) && !captionLabel.MatchString(text) && !numberedPart.MatchString(text) {
		return 0 // a form's field ("Decision Maker: Cabinet") names no paper
	}
	if r, _ := utf8.DecodeRuneInString(text); unicode.IsLower(r) || numberedClause.MatchString(text) {
		return 0 // a wrapped sentence's middle, or a point ("3 in the case of …")
	}
	if webChrome.MatchString(text) || fewLetters(text) || dateOnly(text) {
		return 0 // the site's own furniture, copied with the page; a phone number; a date
	}
	if bulletStart.MatchString(text) {
		return 0 // a point of a list, never the paper's name
	}
	s := 1
	if titleWords.MatchString(text) || meetingLine.MatchString(text) {
		s += 4
	}
	if meetingLine.MatchString(text) {
		s += 2 // ModernGov's header names the meeting the page records
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
	if sentenceBreak.MatchString(text) || strings.HasPrefix(strings.ToLower(text), "that ") ||
		strings.HasSuffix(text, ".") && (proseVerb.MatchString(text) || sentenceCase(text) && !meetingRecord.MatchString(text)) {
		s -= 4 // prose, not a heading
	}
	if agendaLine.MatchString(listMarker.ReplaceAllString(text, "")) || strings.HasSuffix(text, ":") && leadVerbs.MatchString(text) {
		s -= 4 // what the agenda asks ("To note the update …"), a lead-in
	}
	return s
}

// meetingHead names the meeting a record is of: "Minutes of the Parish
// Council Meeting held on …", "At a Meeting of the FULL COUNCIL held at …",
// perhaps after the council's name. Such a heading, with its date, time
// and place, may run to twice a title's usual length. A numbered line
// ("4.1 Minutes of the meeting held on …") is an agenda's item, not one.
var meetingHead = lazyre.New(`(?i)^(?:[A-Z][\w'’&.,-]*\s+(?:[\w'’&.,-]+\s+){0,6}(?:council|committee|commissioners)\s+)?(?:(?:draft|confirmed|un-?confirmed|approved)\s+)?(?:(?:minutes?|record)\s+of\b.{0,200}?\b(?:meeting|held)\b|(?:at\s+)?an?\s+(?:\w+\s+){0,2}meeting\s+of\b.{0,200}?\s(?:was\s+)?held\b)`)

// presentLabel opens the list of those present, which a record whose line
// breaks were lost runs straight on from its heading.
var presentLabel = lazyre.New(`\s(?:Present|PRESENT|Those\s+present|Attendees|ATTENDEES|Members\s+present|MEMBERS\s+PRESENT)\b`)

// runOnHead is the heading at the start of a line that runs on into the
// record ("MINUTES OF … ON TUESDAY 06 OCTOBER 2020. Present Cllr …",
// "EXECUTIVE BOARD – 17 December 2012 Present: …"): the text before the
// list of those present, or the meeting's heading up to its first full
// stop. Other lines are as they are.
func runOnHead(text string) string {
	if len(text) <= maxTitleLen && !sentenceBreak.MatchString(text) {
		return text
	}
	end := -1
	if loc := presentLabel.FindStringIndex(text); loc != nil && loc[0] >= 12 && loc[0] <= 2*maxTitleLen {
		if head := text[:loc[0]]; meetingHead.MatchString(head) || dateIn(head) != "" {
			end = loc[0]
		}
	}
	if loc := meetingHead.FindStringIndex(text); loc != nil {
		for _, b := range sentenceBreak.FindAllStringIndex(text[loc[1]:], -1) {
			if at := loc[1] + b[0]; !abbreviated(text[:at]) {
				if end < 0 || at < end {
					end = at
				}
				break
			}
		}
	}
	if end < 0 || end > 2*maxTitleLen {
		return text
	}
	return strings.TrimRight(text[:end], " .,:;-–")
}

// abbreviated: text ends on a short word whose full stop is an
// abbreviation's ("St", "Mr", "p.m"), not a sentence's end.
func abbreviated(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if i := strings.LastIndexAny(w, "."); i >= 0 {
		w = w[i+1:]
	}
	return utf8.RuneCountInString(w) < 3 && strings.IndexFunc(w, unicode.IsDigit) < 0
}

// meetingLine is a meeting's header, its body's name and date after a
// dash: ModernGov's "Surrey Police and Crime Panel - Tuesday, 15 September
// 2020 10.30 am", other sites' "Full Council - 26 October 2022".
var meetingLine = lazyre.New(`^\S.{2,100}\s[-–]\s(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}$|\d{1,2}/\d{1,2}/\d{2,4}$)`)

// sentenceBreak is one sentence ending and another starting: a full stop
// before a capital ("… 7.30 p.m. in the Village Hall" has none).
var sentenceBreak = lazyre.New(`\.\s+[A-Z]`)

// bulletStart is a list's bullet at a line's start.
var bulletStart = lazyre.New(`^[` + layout.Bullets + `*\-]\s`)

// openEnd is a line that stops on a word no title ends with.
var openEnd = lazyre.New(`(?i)\s(?:held\s+on|on|of|at|for|the|and|to|in|from)$`)

// trailEnd reads a breadcrumb trail copied as a line ("/ Parish Council /
// Agendas / 24th March 2020 Cancelled", "You are at Parish Plan/Action
// Plan") as the page it ends on.
func trailEnd(text string) string {
	if m := youAreAt.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	if strings.Count(text, " / ") >= 2 {
		parts := strings.Split(text, " / ")
		return strings.TrimSpace(parts[len(parts)-1])
	}
	return text
}

var youAreAt = lazyre.New(`(?i)^you\s+are\s+(?:at|here)\s*:?\s+(.+)$`)

// fewLetters: text with fewer than three letters ("|", "01628 484024").
func fewLetters(text string) bool {
	n := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n < 3
}

// laterDate is the date of a page whose head gives none, from further
// down: a line that is a date alone ("26 July 2011" under a report's
// title block), or the meeting a ModernGov page links to ("Meeting of
// Cabinet, Tuesday, 1st April, 2025 5.15 pm"). Dates in sentences there
// are events the paper tells of.
func laterDate(ld layout.Doc) string {
	n := 0
	for _, l := range ld.Lines {
		t := strings.TrimSpace(lineText(l))
		if t == "" || l.IsTable() {
			continue
		}
		if n++; n > laterLines {
			break
		}
		if dateOnly(t) || meetingOf.MatchString(t) {
			if d := dateIn(t); d != "" {
				return d
			}
		}
	}
	return ""
}

// laterLines is how far down laterDate looks.
const laterLines = 40

var meetingOf = lazyre.New(`(?i)^\W*meeting of\b.{2,80}\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)

// dateOnly: a line that is a date and nothing else ("Thursday, 2 November
// 2017"), the page's publication, not its name.
func dateOnly(text string) bool {
	rest := fullDate.ReplaceAllString(text, "")
	rest = weekday.ReplaceAllString(rest, "")
	return rest != text && strings.Trim(rest, " ,.-–") == ""
}

var weekday = lazyre.New(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)

// webChrome is a web page's furniture that a copy keeps above its
// title: a breadcrumb trail ("Home > Council and Democracy > Decision
// details"), a script or cookie notice, a feedback prompt, the site's
// accessibility and chat controls ("Accessibility settings", "… Live Chat
// Software").
var webChrome = lazyre.New(`(?i)^home\s*[>›»]|^[«‹]|^(?:back|return)\s+to\b|^(?:if\s+you|please|click|for\s+more)\b|\S\s[>›»]\s.*\s[>›»]\s|\bjavascript\b|\bcookies?\b|^skip to\b|\bskip to (?:the )?(?:main )?(?:content|navigation|menu)\b|^skip\s+(?:main\s+)?(?:menu|navigation|content)\b|^access\s+keys\b|^toggle (?:menu|navigation)\b|^to report any issues\b|\bplease email\b|^accessibility\s+(?:settings|tools|options|statement)$|\blive chat\b|^colou?r preferences?$|^text size$|^(?:change|adjust)\s+(?:text|colou?rs?)\b|^you\s+are\s+(?:here|in)\b|^loading\W*$|^total\s+pages?\s*:|^file\s+type\s*:|^a-\s+a\s+a\+$|^search(?:\s+(?:site|this\s+site))?$|\s(?:homepage|logo)$`)

// numberedClause is a point numbered with no dot, its text in lower case.
var numberedClause = lazyre.New(`^\d{1,2}\s+[a-z]`)

// leadVerbs mark a lead-in ("Cabinet agreed the following
// recommendations:") rather than a title with a colon.
var leadVerbs = lazyre.New(`(?i)\b(agreed|resolved|decided|approved|noted|asked|recommended|requested|is|are|was|were)\b`)

// listMarker is a point's number or letter at a line's start.
var listMarker = lazyre.New(`^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+`)

// agendaLine is an agenda's instruction or timed line, no paper's title.
var agendaLine = lazyre.New(`(?i)^to\s+(note|receive|consider|approve|agree|confirm|discuss|endorse)\b|\(\d{1,3}\s*(?:minutes|mins?)\)\s*$`)

// monthFirst is a full date written month first, as some parish clerks
// write it: "November 24th 2025", "Nov 24, 2025".
var monthFirst = lazyre.New(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)

// dateIn finds a full date in text: "17 June 2020", "17/06/2020",
// "June 17th 2020".
func dateIn(text string) string {
	m := fullDate.FindString(text)
	if m == "" {
		if d := monthFirst.FindStringSubmatch(text); d != nil {
			// Read day first, the order the normaliser knows.
			return action.NormalizeDue(d[2] + " " + d[1] + " " + d[3])
		}
		return ""
	}
	// "13 December2016": a copy that lost the space before the year.
	return action.NormalizeDue(yearJoined.ReplaceAllString(m, "$1 $2"))
}

// minutesSigns are phrases that only minutes and decision notes carry.
var minutesSigns = []string{"minutes", "agenda item", "it was agreed", "supporting documents", "apologies",
	"presented the ", "presented a ", "decision sheet", "record of decisions", "decision notice",
	"members noted", "members asked", "members discussed"}

// procedureWords are a meeting's procedure, told only in its record: a
// motion or report "moved … and seconded by" a member, "put to the vote".
var procedureWords = []string{"seconded by", "put to the vote", "put to a vote"}

// onlyDuration: the line's only sign of minutes is a span of time ("we
// answer within 10 minutes").
func onlyDuration(low string) bool {
	return strings.Contains(low, "minutes") && !containsAny(durationMinutes.ReplaceAllString(low, ""), minutesSigns)
}

var durationMinutes = lazyre.New(`\b\d+\s*minutes\b`)

var resolvedWord = lazyre.New(`(?i)\bresolved\b`)

// allText is the text of a paper's lines outside tables, for a search of
// the whole.
func allText(ld layout.Doc) string {
	var b strings.Builder
	for _, l := range ld.Lines {
		if !l.IsTable() {
			b.WriteString(l.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// memberSpoke is a line telling what a member did at the meeting, at its
// start: "Councillor Ash thanked the officers", "The Chair welcomed …",
// "Cllr Birch asked whether …". A meeting's record tells who spoke; a
// report or a notice of decision does not.
var memberSpoke = lazyre.New(`(?i)^(?:the\s+)?(?:councillor|cllr|chair|chairman|leader|mayor|vice[- ]chair)\b[^.]{0,60}?\b(spoke|asked|thanked|responded|paid tribute|welcomed|queried|commented|replied|referred|mentioned|said|moved)\b`)

// spokeIn finds memberSpoke at the start of the line, or, when mid is set,
// of any sentence in it: a page that runs a meeting's record into one
// paragraph tells who spoke mid-line ("… gave an overview. Councillor Ash
// thanked the team."). (Sentences are cut at ". ", so a title written
// with its stop, "Cllr. Ash asked …", is not found; memberSpoke stops at
// a full stop too.)
func spokeIn(text string, mid bool) []string {
	if m := memberSpoke.FindStringSubmatch(text); m != nil || !mid {
		return m
	}
	for i := strings.Index(text, ". "); i >= 0; {
		rest := strings.TrimLeft(text[i+2:], " ")
		if m := memberSpoke.FindStringSubmatch(rest); m != nil {
			return m
		}
		j := strings.Index(text[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return nil
}

// quotedVerb is a verb of memberSpoke that a quote in a press release or
// a foreword uses as often as minutes do.
var quotedVerb = lazyre.New(`(?i)^(?:said|commented|mentioned)$`)

// ruledProcedure is procedure as a rule, in the modal ("a motion must be
// seconded by …"), not as a record of it.
var ruledProcedure = lazyre.New(`\b(?:must|shall|may|should|will|can|cannot|to)\s+(?:not\s+)?be\s+(?:seconded|put)\b`)

// bodyReceived is "the Board considered/received/noted": a meeting's
// business told as done. (A report looks ahead, "the Board is asked to
// consider".) bodyDiscussed, "the Board discussed/reviewed" or an
// officer's "… submitted a report", tells it as done too, but a report
// tells in the same words what happened before it ("In May the Board
// reviewed the policy"): it counts only in a paper not headed as a
// report, or beside a meeting held.
var receivedWords = []string{"considered", "received", "noted"}

var bodyReceived = lazyre.New(`(?i)\bthe (board|committee|cabinet|council|panel) (considered|received|noted)\b`)

var discussedWords = []string{"discussed", "reviewed", "submitted"}

var bodyDiscussed = lazyre.New(`(?i)\bthe (board|committee|cabinet|council|panel) (discussed|reviewed)\b|\bsubmitted (?:a|the) report\b`)

// Kind classifies the paper by what was found in it and how it reads.
func Kind(ld layout.Doc, m Meta, g Genre, found []action.Action) string {
	counts := map[string]int{}
	for _, a := range found {
		counts[a.Kind]++
	}
	// signs: a line only minutes and decision notes carry; told: a line
	// telling the meeting's proceedings, which shows it was held. A
	// councillor who "said" something may be a press release's quote
	// ("Councillor Ash, Cabinet Member for Parks, said …") or a
	// foreword's ("The Leader said the plan would …"), and a motion that
	// "must be seconded by" a member is a standing order's rule: such a
	// line shows a meeting only beside another sign of one (said).
	// A paper headed as a report retells what happened before it ("The
	// Chair asked that officers report back"): a member who spoke
	// mid-line, or a body that discussed or reviewed, shows a meeting
	// there only beside a meeting held.
	reported := false
	for _, l := range headOf(ld) {
		reported = reported || reportLabel.MatchString(lineText(l))
	}
	retold := !reported || g.held > 0
	signs, told, said := 0, false, false
	for _, l := range ld.Lines {
		if l.IsTable() {
			continue
		}
		low := strings.ToLower(l.Text)
		if containsAny(low, procedureWords) && !ruledProcedure.MatchString(low) {
			told = true
		} else if m := spokeIn(l.Text, retold); m != nil {
			told = told || !quotedVerb.MatchString(m[1])
			said = true
		} else if containsAny(low, procedureWords) {
			said = true
		}
		if signs == 0 && (containsAny(low, minutesSigns) && !onlyDuration(low) || containsAny(low, receivedWords) && bodyReceived.MatchString(l.Text) || retold && containsAny(low, discussedWords) && bodyDiscussed.MatchString(l.Text)) {
			signs++
		}
		if told && signs > 0 {
			break // one of each is enough
		}
	}
	told = told || said && (signs > 0 || g.held > 0)
	if told {
		signs = 1 // proceedings are a sign too
	}
	title := strings.ToLower(m.Title)
	news, planHead := false, false
	for _, l := range headOf(ld) {
		// A line of the head that ends naming an action plan ("Road
		// Safety Action Plan 2024 - 2025") names the paper as a title
		// does, though a site's banner above it was read as the title.
		// Any head line counts, not only a heading: an item's "5. Review
		// of the Climate Action Plan" does too, so the case below takes
		// it only for a paper that found items and no recommendation.
		planHead = planHead || planNamed.MatchString(strings.ToLower(strings.TrimSpace(lineText(l))))
		news = news || newsSign.MatchString(strings.TrimSpace(lineText(l)))
	}
	switch {
	case news && !g.record && g.held == 0:
		// A council's news page reporting what a meeting decided tells
		// of the decisions; it is not their record.
		return action.DocOther
	case g.minutesLabel:
		// "Minutes:" alone on a line: an agenda item's page that prints
		// the minute taken on it under its description and the report's
		// recommendations ("Minutes: The Board considered …"). What was
		// recommended above it is the report's, but the page is the
		// meeting's record.
		return action.DocMinutes
	case g.issueMeetings:
		// An issue's meetings page is the record of the item at each
		// meeting that took it: minutes, though its fields ("Decision:",
		// "Reasons for the decision") read as a decision notice's, and
		// though it gives only what the meeting recommended to another
		// body ("RECOMMENDED TO COUNCIL i) To raise the fees") or nothing
		// at all (the page cut before its decision).
		return action.DocMinutes
	case reported && counts[action.KindRecommendation] > 0,
		reported && g.Kind == "" && g.held == 0 && signs == 0:
		// A paper headed "Report of the Director" that shows no meeting
		// held and no sign of minutes is the report, whatever its items
		// read as ("The Committee agreed in May to monitor …" retold).
		return action.DocReport
	case g.Kind == action.DocMinutes && counts[action.KindResolution]+counts[action.KindCommitment] > 0:
		return action.DocMinutes // minutes with an action log at their end
	case signs > 0 && counts[action.KindAction] > 0 && carriedLog(ld):
		// Minutes that review the actions their last meeting set ("Actions
		// from the last minutes" over each with how it stands) stay
		// minutes, though those actions are all they gave.
		return action.DocMinutes
	case counts[action.KindAction] > 0 && counts[action.KindAction] >= counts[action.KindResolution]+counts[action.KindCommitment]+counts[action.KindRecommendation]:
		return action.DocActionPlan
	case g.forward && counts[action.KindResolution] == 0,
		g.Kind == action.DocDecision && !g.record && len(found) == 0,
		g.Kind == action.DocMinutes && g.held == 0 && !told && len(found) == 0:
		// A forward plan, or a page about decisions or meetings (how
		// they are made, where records are kept) that records none.
		return action.DocOther
	case g.Kind != "":
		return g.Kind
	case len(found) == 0 && (planNamed.MatchString(title) || planColumns(ld)):
		// A paper that shows no genre and names itself an action plan
		// ("Parks Action Plan 2026") is one, though none of its rows was
		// read. (One that gave items is judged by them below.)
		return action.DocActionPlan
	case len(found) == 0 && g.held == 0 && !told:
		// A page that names minutes or resolutions ("Minutes will appear
		// in draft form until …") but records no meeting held and gives
		// no item is about them, not one of them.
		return action.DocOther
	case signs == 0 && counts[action.KindResolution] > 0 && counts[action.KindCommitment] == 0 && counts[action.KindRecommendation] == 0:
		return action.DocDecision // a page that is only a decision
	case counts[action.KindResolution] > 0 || signs > 0 || (g.held > 0 || g.decided) && resolvedWord.MatchString(allText(ld)):
		// (A page that says how complaints are resolved, with no meeting
		// held and no decision recorded, is no minutes.)
		return action.DocMinutes
	case strings.Contains(title, "plan") && counts[action.KindAction] > 0,
		planNamed.MatchString(title) && len(found) > 0,
		planHead && len(found) > 0 && counts[action.KindRecommendation] == 0,
		PlanOfWork(title) && len(found) > 0 && counts[action.KindRecommendation] == 0:
		// A paper titled an action plan is one whatever its points are
		// called ("To maintain the defibrillators" is a commitment); "…
		// Action Plan - Summary of Progress" is a report on one.
		return action.DocActionPlan
	case counts[action.KindRecommendation] > 0 || strings.Contains(title, "report"):
		return action.DocReport
	}
	return action.DocOther
}

// planColumns: the page prints a plan's column headings, flattened one
// to a line, a run of three or more short lines without a full stop of
// which one names who leads and one when ("Task", "Lead Officer",
// "Target Date", "Progress"). Rows below it that no reader took still
// make the page a plan.
func planColumns(ld layout.Doc) bool {
	run, who, when := 0, false, false
	for _, l := range ld.Lines {
		t := strings.TrimSpace(l.Text)
		if l.Furniture || t == "" {
			continue
		}
		if l.IsTable() || len(strings.Fields(t)) > 4 || strings.HasSuffix(t, ".") {
			run, who, when = 0, false, false
			continue
		}
		run++
		who = who || columnWho.MatchString(t)
		when = when || columnWhen.MatchString(t)
		if run >= 3 && who && when {
			return true
		}
	}
	return false
}

// columnWho and columnWhen are the headings of a plan's columns for who
// leads an action and by when.
var (
	columnWho  = lazyre.New(`(?i)\b(?:responsib\w*|lead|owner|officer)\b`)
	columnWhen = lazyre.New(`(?i)\b(?:dates?|timescales?|milestones?|deadline|target|completion|due)\b`)
)

// planNamed is a title that ends naming the paper an action plan, perhaps
// with its years: "Parish Council Action Plan", "… Action Plan 2024-25",
// "Library Strategy Action Plan 2023 to 2033".
var planNamed = lazyre.New(`\baction plan[\s\d/–-]*(?:to\s+\d{4}[\s\d/–-]*)?$`)

// PlanOfWork reports whether a title names its paper a plan of work of any
// kind ("Parish Plan", "… Work Plan for 2024", "Improvement Plan Progress
// Update", "Our five year plan for waste") — not a plan of land or money,
// nor a paper about a plan (see reportOn and otherPlan).
func PlanOfWork(title string) bool {
	t := strings.ToLower(title)
	return planWord.MatchString(t) && !reportOn.MatchString(t) && !(otherPlan.MatchString(t) && !actionPlanWords.MatchString(t))
}

// planWord is a title that names its paper a plan of some kind.
var planWord = lazyre.New(`\b(?:plan|workplan)\b`)

// reportOn is a title that names a report on a plan rather than the plan:
// "Flood Action Plan - Summary of Progress", "… Plan Monitoring Report".
// (A progress update on a plan of work sets out the plan's actions again
// with where each stands, as a tracker does: "… Improvement Plan Progress
// Update" is the plan.)
var reportOn = lazyre.New(`\b(?:report|summary|monitoring|review)\b`)

// otherPlan is a title naming a plan that is not a plan of work: a
// council's plan for land ("Local Plan", "Neighbourhood Plan") or its
// money ("Medium Term Financial Plan"), whose papers promise in passing;
// or a paper about a plan rather than the plan ("… Plan Consultation",
// "Response to the Draft Plan", "Statement on the Plan"). A title that
// names an action plan names one still, though a statement's ("Annual
// Governance Statement – Action Plan Update").
var (
	otherPlan       = lazyre.New(`\b(?:local|neighbou?rhood|financial|development)\s+plan\b|\b(?:consultation|response|statement)\b`)
	actionPlanWords = lazyre.New(`\baction\s+plan\b`)
)

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
	if p := monthSpan.FindString(period); p != "" {
		// "Sept 2025 to March 2027": the first year is after the month.
		return action.YearOf(spanYear.FindString(p))
	}
	return 0
}

// carriedLog reports whether a line of the paper standing alone heads the
// actions an earlier meeting set, as a meeting's record reviews them.
func carriedLog(ld layout.Doc) bool {
	for i, l := range ld.Lines {
		if !l.Furniture && layout.CarriedLogHead(lineText(l)) && layout.StandsAlone(ld, i) {
			return true
		}
	}
	return false
}
