package web

import (
	"strconv"
	"strings"
)

// A version's status breakdown is drawn as an SVG bar chart in the page
// itself: no script, readable on a phone (it scales to the screen's width),
// each bar a link to the search that lists its actions, and the same
// figures written out beside it for screen readers and text browsers.

// chart is a horizontal bar chart of figures.
type chart struct {
	Width, Height int
	BarX          int // where the bars start, after the labels
	Rows          []chartRow
	Summary       string // what the chart says, as text
}

type chartRow struct {
	figure
	Y, TextY, Bar int // the row's top, its text's baseline, the bar's length
	CountX        int // where its count is written
}

// Geometry of the chart, in SVG units.
const (
	chartWidth  = 340
	chartLabelW = 120 // the labels' column
	chartCountW = 36  // room for the count after the longest bar
	chartRowH   = 30
	chartBarH   = 20
)

func barChart(figs []figure) chart {
	c := chart{Width: chartWidth, Height: max(1, len(figs)) * chartRowH, BarX: chartLabelW}
	most := 0
	for _, f := range figs {
		most = max(most, f.Count)
	}
	var said []string
	for i, f := range figs {
		bar := 0
		if most > 0 {
			bar = max(2, f.Count*(chartWidth-chartLabelW-chartCountW)/most)
		}
		c.Rows = append(c.Rows, chartRow{figure: f, Y: i*chartRowH + (chartRowH-chartBarH)/2, TextY: i*chartRowH + chartRowH/2 + 5, Bar: bar, CountX: chartLabelW + bar + 4})
		said = append(said, f.Label+" "+strconv.Itoa(f.Count))
	}
	c.Summary = strings.Join(said, ", ")
	return c
}
