package action

import (
	"strconv"
	"strings"
	"time"

	"github.com/councilactions/councilactions/internal/lazyre"
)

// bareSeason is a season named without its year.
var bareSeason = lazyre.New(`\b(?:spring|summer|autumn|winter)\b`)

// NormalizeDueAt is NormalizeDue for a paper dated date (YYYY-MM-DD): a
// deadline that leaves out its year ("the end of March", "1st April", "by
// end of Q3", "the end of the year") is the next such date after the paper's,
// as its readers take it. Without a date, or for text that names no time,
// it is NormalizeDue's answer.
func NormalizeDueAt(raw, date string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if due := NormalizeDue(raw); due != "" {
		return due
	}
	ref, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	if m := weekCommencing.FindStringSubmatch(raw); m != nil {
		// "week commencing 19th April", its year the paper's: the week
		// that day starts, which ends six days on.
		if start, err := time.Parse("2006-01-02", NormalizeDueAt(m[1], date)); err == nil {
			return start.AddDate(0, 0, 6).Format("2006-01-02")
		}
	}
	low := strings.ToLower(raw)
	y := ref.Year()
	// next is the first of the candidates, one a year, on or after date.
	next := func(at func(year int) string) string {
		for yr := y - 1; yr <= y+1; yr++ {
			if d := at(yr); d != "" && d >= date {
				return d
			}
		}
		return ""
	}
	switch {
	case endOfFinancialYear.MatchString(low):
		return next(func(yr int) string { return strconv.Itoa(yr) + "-03-31" })
	case endOfYear.MatchString(low):
		return next(func(yr int) string { return strconv.Itoa(yr) + "-12-31" })
	}
	if m := bareQuarter.FindStringSubmatch(low); m != nil {
		// A financial quarter with no year: Q1 ends in June, Q4 in the
		// March after.
		q, _ := strconv.Atoi(m[1])
		return next(func(yr int) string {
			return NormalizeDue("Q" + strconv.Itoa(q) + " " + strconv.Itoa(yr) + "/" + strconv.Itoa((yr+1)%100))
		})
	}
	if season := bareSeason.FindString(low); season != "" {
		// "in the Autumn": the season's next end.
		return next(func(yr int) string { return NormalizeDue(season + " " + strconv.Itoa(yr)) })
	}
	month := monthWord.FindString(low)
	if month == "" {
		return ""
	}
	// "1st April" is that day; "March" the month's end.
	if d := dayOfMonth.FindStringSubmatch(low); d != nil {
		month = d[1] + " " + month
	}
	return next(func(yr int) string { return NormalizeDue(month + " " + strconv.Itoa(yr)) })
}

var (
	endOfFinancialYear = lazyre.New(`\b(end of (the |this )?(financial|municipal) year|year[- ]end)\b`)
	endOfYear          = lazyre.New(`\b(end of (the |this )?(calendar )?year|by the year'?s end)\b`)
	bareQuarter        = lazyre.New(`\bq([1-4])\b`)
	monthWord          = lazyre.New(`\b(jan(uary)?|feb(ruary)?|march|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b`)
	dayOfMonth         = lazyre.New(`\b(\d{1,2})(?:st|nd|rd|th)?\s+[a-z]+\b`)
)
