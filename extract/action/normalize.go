package action

import (
	"strconv"
	"strings"
	"time"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// statusWords maps the phrases a paper uses to a status. A raw status matches
// when it equals a phrase or starts with it ("Delayed due to COVID").
// Longer phrases come first so that "not started" wins over "started".
var statusWords = []struct{ phrase, status string }{
	{"partially implemented", StatusInProgress},
	{"not implemented", StatusNotStarted},
	{"partially completed", StatusInProgress},
	{"action outstanding", StatusInProgress},
	// A tracker's note that opens by saying the action is done: "Action
	// completed. The figures went to the board."
	{"action completed", StatusComplete},
	{"action complete", StatusComplete},
	{"partially complete", StatusInProgress},
	{"no longer required", StatusCancelled},
	{"not yet due", StatusNotStarted},
	{"outstanding", StatusInProgress},
	{"superseded", StatusCancelled},
	{"on hold", StatusDelayed},
	{"deferred", StatusDelayed},
	{"paused", StatusDelayed},
	{"in hand", StatusInProgress},
	{"not yet started", StatusNotStarted},
	{"behind schedule", StatusDelayed},
	{"some slippage", StatusAtRisk},
	{"slightly off track", StatusAtRisk},
	{"slightly behind", StatusAtRisk},
	{"under control", StatusOnTrack},
	{"in progress", StatusInProgress},
	{"not started", StatusNotStarted},
	{"on target", StatusOnTrack},
	{"cancelled", StatusCancelled},
	{"withdrawn", StatusCancelled},
	{"completed", StatusComplete},
	{"off track", StatusDelayed},
	{"on track", StatusOnTrack},
	{"underway", StatusInProgress},
	{"achieved", StatusComplete},
	{"delivered", StatusComplete},
	{"actioned", StatusComplete},
	{"implemented", StatusComplete},
	{"complete", StatusComplete},
	{"canceled", StatusCancelled},
	{"on-going", StatusInProgress},
	{"ongoing", StatusInProgress},
	{"on going", StatusInProgress},
	{"overdue", StatusDelayed},
	{"delayed", StatusDelayed},
	{"slipped", StatusDelayed},
	{"started", StatusInProgress},
	{"at risk", StatusAtRisk},
	{"planned", StatusNotStarted},
	{"pending", StatusNotStarted},
	{"closed", StatusComplete},
	{"amber", StatusAtRisk},
	{"green", StatusOnTrack},
	{"blue", StatusComplete},
	{"done", StatusComplete},
	{"open", StatusInProgress},
	{"red", StatusDelayed},
}

// ragLetters are the one-letter RAG ratings some plans print in a status
// column.
var ragLetters = map[string]string{"r": StatusDelayed, "a": StatusAtRisk, "g": StatusOnTrack, "b": StatusComplete}

// allRAG: every word is a one-letter RAG rating.
func allRAG(ws []string) bool {
	for _, w := range ws {
		if _, ok := ragLetters[w]; !ok {
			return false
		}
	}
	return true
}

// NormalizeStatus maps a status as written to one of the Status constants.
func NormalizeStatus(raw string) string {
	s := strings.ToLower(strings.Join(strings.Fields(raw), " "))
	s = strings.TrimLeft(s, "-–•*:( ")
	if s == "" {
		return StatusUnknown
	}
	if st, ok := ragLetters[strings.TrimRight(s, ".")]; ok {
		return st
	}
	if ws := strings.Fields(s); len(ws) > 1 && allRAG(ws) {
		// "G A A R": a rating a quarter, in a tracker's quarterly
		// columns; the latest is the status now.
		return ragLetters[ws[len(ws)-1]]
	}
	if _, st := statusAt(s); st != "" {
		return st
	}
	if beingDone.MatchString(s) {
		// "Being implemented", "Being rolled out": the work is under way.
		return StatusInProgress
	}
	return StatusUnknown
}

// completionAhead: a status that opens with a word of completion goes on
// to a deadline with its year, dated after the date deadlines are read
// from — the meeting's, else the paper's own (Document.dueAnchor), as
// date is given — ("Completed by June 2027", "Complete – target March
// 2028" in a paper of 2026): the work is
// to be done by then, so the status says when, not that it is done; it
// reads as unknown (CONTRACT.md). A bare "Completed" stays complete
// whatever the row's due date says (work may be done ahead of its
// deadline), and so does a completion dated without a deadline's word.
func completionAhead(raw, date string) bool {
	if date == "" {
		return false
	}
	low := strings.ToLower(strings.Join(strings.Fields(raw), " "))
	phrase, st := statusAt(strings.TrimLeft(low, "-–•*:( "))
	if st != StatusComplete {
		return false
	}
	rest := strings.TrimLeft(low, "-–•*:( ")[len(phrase):]
	m := aheadDue.FindStringSubmatch(rest)
	if m == nil || !reYear.MatchString(m[2]) {
		return false
	}
	if m[1] == "by" && !dateOpens.MatchString(m[2]) {
		// "Completed by Parks, due review March 2027": "by" names who
		// did it; only a date straight after it is a deadline.
		return false
	}
	due := NormalizeDueAt(m[2], date)
	return due != "" && due > date
}

// aheadDue is a deadline's word after a status, then the date: "by June
// 2027", "– target March 2028", "(expected Q2 2027/28)".
var aheadDue = lazyre.New(`^\s*[-–—:,(]?\s*(by|before|no later than|due|expected|target(?:ed)?|planned|scheduled)(?:\s+(?:by|for|in|date|on))?\s*:?\s+(.+)$`)

// dateOpens is a date's first word, in lower case: a day, a month, a
// season or quarter, or "the end of …" ("june 2027", "the end of 2027",
// "q3 2027/28", "31 march 2027").
var dateOpens = lazyre.New(`^(?:the\s+)?(?:(?:end|close|middle|start)\s+of\s+(?:the\s+)?)?(?:\d|q[1-4]\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:spring|summer|autumn|winter|early|mid|late|year|financial)\b)`)

// beingDone is a status told in the passive present progressive: "being"
// and a past participle (regular, or one of the common irregular ones
// ending in -n or -t).
var beingDone = lazyre.New(`^being\s+[a-z-]+(?:ed|en|wn|lt|nt)\b`)

// statusAt is the status phrase low (in lower case) opens with and the
// status it means, or "", "".
func statusAt(low string) (phrase, status string) {
	for _, w := range statusWords {
		if low == w.phrase || (strings.HasPrefix(low, w.phrase) && !isWordChar(low[len(w.phrase)])) {
			if w.phrase == "delivered" && !deliveredAlone(low[len(w.phrase):]) {
				continue
			}
			return w.phrase, w.status
		}
	}
	return "", ""
}

// deliveredAlone: "delivered" is a status only alone, before punctuation
// or before a date ("Delivered", "Delivered – see note", "Delivered May
// 2025"). Before a word it opens a phrase that names who or how
// ("Delivered by the trust", "Delivered with partners"): a section of a
// plan's rows, not their state.
func deliveredAlone(rest string) bool {
	t := strings.TrimSpace(rest)
	return t == "" || !isWordChar(t[0]) || dateOpens.MatchString(t)
}

// StatusPrefix is the status phrase s opens with, as written ("In
// progress" in "In progress – date set"), or "" when it opens with none.
func StatusPrefix(s string) string {
	phrase, _ := statusAt(strings.ToLower(s))
	if len(phrase) > len(s) {
		return ""
	}
	return s[:len(phrase)]
}

// IsStatus reports whether raw reads as a status (it normalises to something
// other than unknown).
func IsStatus(raw string) bool { return NormalizeStatus(raw) != StatusUnknown }

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func isWordChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// startOnly is a date that says when something begins, not when it is
// due: "From April 2025", "Starting in June", with no end given.
var (
	startOnly = lazyre.New(`(?i)^(from|starting|commencing|beginning)\b`)
	spanEnd   = lazyre.New(`(?i)\b(to|until|till|by|through)\b|\s[–—-]\s`)
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "sept": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// monthName matches a month written in full or abbreviated.
const monthName = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	reDMY        = lazyre.New(`\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b`)
	reDayMonthYr = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthName + `,?\s+(\d{4})\b`)
	reMonthYear  = lazyre.New(`(?i)\b` + monthName + `[\s\-']*(\d{4}|\d{2})\b`)
	// quarterWords spells a quarter as its number: "in the first quarter
	// of 2023/24" is Q1 of that financial year.
	quarterWords = strings.NewReplacer("first quarter of ", "Q1 of ", "second quarter of ", "Q2 of ", "third quarter of ", "Q3 of ",
		"fourth quarter of ", "Q4 of ", "final quarter of ", "Q4 of ", "last quarter of ", "Q4 of ")
	// quarterNumber is a quarter spelt with its number after the word:
	// "Quarter 2 of 2024/25" is Q2 of that year.
	quarterNumber = lazyre.New(`(?i)\bquarter\s+([1-4])\s+(?:of\s+)?`)
	reQuarterFY   = lazyre.New(`(?i)\b([QH])([1-4])\s*(?:of\s+)?(?:FY\s*)?(\d{4}|\d{2})(?:\s*[/\-–]\s*(\d{2}|\d{4}))?\b|\b(\d{4}|\d{2})\s*[/\-–]\s*(?:\d{2}|\d{4})\s+([QH])([1-4])\b`)
	reFY          = lazyre.New(`\b(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})\b`)
	reShortFY     = lazyre.New(`\b(\d{2})\s*[/\-–]\s*(\d{2})\b`)
	reSeason      = lazyre.New(`(?i)\b(spring|summer|autumn|fall|winter)\s+'?(\d{4}|\d{2})\b`)
	reYear        = lazyre.New(`\b(19\d{2}|20\d{2})\b`)
)

// NormalizeDue turns a deadline as written into YYYY-MM-DD: the last day of
// the period it names (CONTRACT.md). Where several periods are written
// ("01/04/2023 - 31/03/2024") the last one counts. It returns "" for
// Ongoing, TBC and anything without a date.
func NormalizeDue(raw string) string {
	// Curly quotes stand for the apostrophe of a short year ("March ‘25").
	raw = strings.NewReplacer("‘", "'", "’", "'", "ʼ", "'", "′", "'").Replace(raw)
	if m := partOfYear.FindStringSubmatch(raw); m != nil {
		// The last day of the part of the year named: early (to April),
		// mid (to August), late (the year's end).
		end := map[string]string{"early": "-04-30", "mid": "-08-31", "late": "-12-31"}[strings.ToLower(m[1])]
		return m[2] + end
	}
	if m := halfOfYear.FindStringSubmatch(raw); m != nil {
		// "the second half of 2026": a calendar year's half ends in June
		// or December (a financial year's, "H2 2026/27", is read below).
		if strings.EqualFold(m[1], "first") {
			return m[2] + "-06-30"
		}
		return m[2] + "-12-31"
	}
	if m := weekCommencing.FindStringSubmatch(raw); m != nil {
		// "w/c 12 Feb 2024" names that week, which ends six days on.
		if start, err := time.Parse("2006-01-02", NormalizeDue(m[1])); err == nil {
			return start.AddDate(0, 0, 6).Format("2006-01-02")
		}
	}
	s := quarterNumber.ReplaceAllString(quarterWords.Replace(strings.TrimSpace(raw)), "Q$1 ")
	if s == "" || startOnly.MatchString(s) && !spanEnd.MatchString(s) {
		return ""
	}
	best, bestEnd := "", -1
	// Patterns are tried from the most to the least specific; a later
	// match wins only by ending further right, so "2024" inside
	// "31/03/2024" does not beat the full date.
	consider := func(re *lazyre.RE, read func(m []string) string) {
		// Matches may overlap ("2023 - 2023/24"), so search again from
		// each match's second byte rather than after its end.
		for off := 0; off < len(s); {
			loc := re.FindStringSubmatchIndex(s[off:])
			if loc == nil {
				return
			}
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = s[off+loc[2*i] : off+loc[2*i+1]]
				}
			}
			if end := off + loc[1]; end > bestEnd {
				if due := read(m); due != "" {
					best, bestEnd = due, end
				}
			}
			// Start again at the next word, not inside this one: "1/02/2024"
			// is no date in "31/02/2024".
			off += loc[0] + 1
			for off < len(s) && isAlnum(s[off-1]) && isAlnum(s[off]) {
				off++
			}
		}
	}
	consider(reDMY, func(m []string) string {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo > 12 && d <= 12 {
			// "12/23/2029" can only be month first, as systems made in
			// America export their dates.
			d, mo = mo, d
		}
		t, _ := validDate(fullYear(m[3]), mo, d)
		return t
	})
	consider(reDayMonthYr, func(m []string) string {
		d, _ := strconv.Atoi(m[1])
		t, _ := validDate(fullYear(m[3]), int(monthOf(m[2])), d)
		return t
	})
	consider(reQuarterFY, func(m []string) string {
		// "Q3 2023/24", "Q3 23/24", "Q3 2023" and "2023/24 Q3" all name
		// the third quarter of the financial year that starts in April
		// 2023; "H1 2023/24" its first half.
		kind, ns, ys := m[1], m[2], m[3]
		if kind == "" {
			kind, ns, ys = m[6], m[7], m[5]
		}
		n, _ := strconv.Atoi(ns)
		y := fullYear(ys)
		months := 3 // a quarter
		if strings.EqualFold(kind, "H") {
			if n > 2 {
				return ""
			}
			months = 6
		}
		end := time.Month(3 + months*n)
		if end > time.December {
			y, end = y+1, end-12
		}
		return lastDay(y, end)
	})
	consider(reMonthYear, func(m []string) string { return lastDay(fullYear(m[2]), monthOf(m[1])) })
	consider(reSeason, func(m []string) string {
		y := fullYear(m[2])
		switch strings.ToLower(m[1]) {
		case "spring":
			return lastDay(y, time.May)
		case "summer":
			return lastDay(y, time.August)
		case "autumn", "fall":
			return lastDay(y, time.November)
		}
		return lastDay(y+1, time.February)
	})
	consider(reFY, func(m []string) string {
		y1, _ := strconv.Atoi(m[1])
		end := 0
		if len(m[2]) == 2 {
			n, _ := strconv.Atoi(m[2])
			end = y1/100*100 + n
			if end < y1 {
				end += 100
			}
		} else {
			end, _ = strconv.Atoi(m[2])
		}
		// "2022/23" is a financial year; "2021-2023" a span of calendar years.
		if end > y1 && end-y1 <= 3 && (len(m[2]) == 2 || strings.Contains(m[0], "/")) {
			return lastDay(end, time.March)
		}
		if end > y1 {
			return lastDay(end, time.December)
		}
		return ""
	})
	consider(reShortFY, func(m []string) string {
		// "21/22" is the financial year 2021/22 only when the second year
		// follows the first; "03/04" (day and month?) and "21/12" are not.
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a < 10 || b != (a+1)%100 {
			return ""
		}
		return lastDay(fullYear(m[2]), time.March)
	})
	consider(reYear, func(m []string) string {
		y, _ := strconv.Atoi(m[1])
		return lastDay(y, time.December)
	})
	return best
}

func monthOf(name string) time.Month {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if m, ok := months[name]; ok {
		return m
	}
	if len(name) >= 3 {
		return months[name[:3]]
	}
	return 0
}

// fullYear reads a year of four digits or two; two-digit years pivot as
// POSIX strptime's %y does: 00–68 are 2000–2068, 69–99 are 1969–1999
// ("Dec-99" in a paper from 2000 is the past, not 2099).
func fullYear(s string) int {
	y, _ := strconv.Atoi(s)
	if len(s) == 2 {
		y += 2000
		if y >= 2069 {
			y -= 100
		}
	}
	return y
}

func validDate(y, m, d int) (string, bool) {
	if m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

func lastDay(y int, m time.Month) string {
	if m < 1 || m > 12 || y < 1900 || y > 2200 {
		return ""
	}
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

var (
	partOfYear     = lazyre.New(`(?i)^\s*(?:by\s+|in\s+|during\s+)?(early|mid|late)(?:[- ]?|\s+in\s+)((?:19|20)\d{2})\s*$`)
	halfOfYear     = lazyre.New(`(?i)^\s*(?:by\s+|in\s+|during\s+)?(?:the\s+)?(first|second)\s+half\s+of\s+(?:the\s+)?(?:year\s+)?((?:19|20)\d{2})\s*$`)
	weekCommencing = lazyre.New(`(?i)^\s*(?:(?:during|in|by|for|the)\s+)*(?:w/?c|week commencing|week beginning)\s+(.+)$`)
)

// ownerSep splits a cell that names several people or bodies. Only explicit
// list separators count: "Canals & Rivers Trust" is one body.
var ownerSep = lazyre.New(`\s*(?:/|;|\n|\s\+\s)\s*`)

// ditto is the word a table writes for "the same as above".
var ditto = lazyre.New(`(?i)\bditto\b`)

// SplitOwners splits an owner cell into the people or bodies it names.
// "ditto" in the cell, set under a name for each further point of its
// row ("Ann Lee" over "ditto" and "ditto", often run onto one line by a
// copy), repeats the name above it and names no one more: it is dropped,
// so a cell holding only "ditto" gives no owner at all (the name above
// it is not carried down).
func SplitOwners(raw string) []string {
	out := []string{}
	for _, p := range ownerSep.Split(raw, -1) {
		p = ditto.ReplaceAllString(p, " ")
		p = strings.Trim(strings.Join(strings.Fields(p), " "), " ,.")
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// YearOf returns the year of a YYYY-MM-DD date, or 0.
func YearOf(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0
	}
	return y
}
