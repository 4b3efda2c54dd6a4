// Package meta finds a paper's own title, date, period and kind in its text.
package meta

import (
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

// Meta is what a paper says of itself.
type Meta struct {
	Title  string
	Date   string
	Period string
}

// Find reads the title, date and period from the first lines of a paper.
func Find(ld layout.Doc) Meta { return Meta{} }

// Kind classifies the paper.
func Kind(ld layout.Doc, m Meta, found []action.Action) string { return action.DocOther }

// Year is the year analysts filter on: the meeting date's, else the paper's
// date's, else the period's first year.
func Year(meetingDate, date, period string) int {
	for _, d := range []string{meetingDate, date} {
		if y := action.YearOf(d); y > 0 {
			return y
		}
	}
	return action.YearOf(period)
}
