package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

// pageOf makes a page of lines for the table finders.
func pageOf(lines ...*textLine) *page {
	return &page{num: 1, w: 595, h: 842, lines: lines}
}

func rowTexts(rows []string) string { return strings.Join(rows, " / ") }

// TestAlignedTable: a table with no rules and no action-plan header words
// is found from its aligned columns; a wrapped label stays in its row; the
// header's two lines make one row.
func TestAlignedTable(t *testing.T) {
	pg := pageOf(
		line(760, map[float64]string{72: "The figures below show the share of cases by origin in each country."}),
		line(730, map[float64]string{250: "Domestic", 350: "Imported", 450: "Total"}),
		line(718, map[float64]string{250: "(%)", 350: "(%)", 450: "(n)"}),
		line(700, map[float64]string{72: "Austria", 250: "86.2", 350: "13.8", 450: "3,375"}),
		line(688, map[float64]string{72: "Czech Republic and", 250: "98.6", 350: "1.4", 450: "17,655"}),
		line(676, map[float64]string{72: "its neighbours"}),
		line(664, map[float64]string{72: "Denmark", 250: "3.1", 350: "10.2", 450: "1,662"}),
		line(640, map[float64]string{72: "Source: the national reports for the year, with the figures rounded."}),
	)
	regs := findRegions(pg, nil)
	if len(regs) != 1 {
		t.Fatalf("%d regions, want 1", len(regs))
	}
	r := regs[0]
	if r.first != 1 || r.last != 6 || r.columns() != 4 {
		t.Fatalf("region lines %d-%d, %d columns; want 1-6 and 4", r.first, r.last, r.columns())
	}
	var got []string
	for _, l := range regionLines(pg, &r) {
		if !l.Record {
			t.Errorf("row %q is no record", l.Text)
		}
		got = append(got, strings.Join(l.CellTexts(), "|"))
	}
	want := []string{"|Domestic (%)|Imported (%)|Total (n)", "Austria|86.2|13.8|3,375", "Czech Republic and its neighbours|98.6|1.4|17,655", "Denmark|3.1|10.2|1,662"}
	if rowTexts(got) != rowTexts(want) {
		t.Errorf("rows\n %s\nwant\n %s", rowTexts(got), rowTexts(want))
	}
	// The same text over a chart's series (a slanting line across it) is
	// the chart's labels.
	pg.plots = []box{{x0: 80, y0: 650, x1: 480, y1: 740, stroked: true}}
	if regs := findRegions(pg, nil); len(regs) != 0 {
		t.Errorf("labels over a chart: %d tables", len(regs))
	}
}

// TestAlignedCaptions: a caption above a table and a note under it, set
// with a wide gap after their label ("Table 10:  Indicators …"), stay out
// of it.
func TestAlignedCaptions(t *testing.T) {
	pg := pageOf(
		line(760, map[float64]string{72: "Table 10:", 136: "Indicators of funding for upper secondary vocational"}),
		line(746, map[float64]string{136: "education and training in 2006"}),
		line(734, map[float64]string{425: "(%)"}),
		line(722, map[float64]string{72: "Indicators", 371: "Weight"}),
		line(712, map[float64]string{92: "Employment", 430: "40"}),
		line(700, map[float64]string{92: "Further studies", 430: "15"}),
		line(688, map[float64]string{92: "Dropping out", 430: "15"}),
		line(676, map[float64]string{92: "Qualifications", 430: "13"}),
		line(664, map[float64]string{92: "Teaching", 430: "11"}),
		line(652, map[float64]string{92: "Staff development", 430: "6"}),
		line(634, map[float64]string{72: "Source:", 107: "National Board of Education, 2006."}),
	)
	regs := findRegions(pg, nil)
	if len(regs) != 1 || regs[0].first < 2 || regs[0].last != 9 {
		t.Fatalf("regions %+v, want one of lines 2 or 3 to 9", regs)
	}
}

// TestAlignedNotTables: a bulleted list, numbered paragraphs, two columns of
// prose and boxes of text side by side line up their gaps too, and are no
// tables.
func TestAlignedNotTables(t *testing.T) {
	cases := map[string]*page{
		"bullets": pageOf(
			line(700, map[float64]string{72: "•", 90: "higher correlation levels for the countries which show"}),
			line(688, map[float64]string{90: "higher risk levels over the whole period;"}),
			line(676, map[float64]string{72: "•", 90: "lower correlation levels for all the countries in 2009"}),
			line(664, map[float64]string{72: "•", 90: "higher correlation levels for all countries considered"}),
			line(652, map[float64]string{72: "•", 90: "and a last point made in the same way as the others"}),
		),
		"numbered paragraphs": pageOf(
			line(700, map[float64]string{72: "1.", 100: "The Board noted the report and the figures it gave."}),
			line(688, map[float64]string{72: "2.", 100: "Members asked about the waiting times in the north."}),
			line(676, map[float64]string{72: "3.", 100: "The chair thanked the officers for their hard work."}),
		),
		"two columns of prose": pageOf(
			line(700, map[float64]string{72: "The council agreed the plan for the coming", 320: "year and asked officers to report back on"}),
			line(688, map[float64]string{72: "year after a long debate about the cost of", 320: "the progress made against each of its aims"}),
			line(676, map[float64]string{72: "the new services and who would pay for the", 320: "at the next meeting of the board in spring"}),
			line(664, map[float64]string{72: "changes that the officers had set out in it", 320: "when the first figures would be available"}),
		),
		"boxes side by side": pageOf(
			line(700, map[float64]string{72: "People with dementia"}),
			line(694, map[float64]string{320: "For supportive"}),
			line(688, map[float64]string{72: "and their carers", 200: "People with", 320: "communities where"}),
			line(682, map[float64]string{200: "dementia, along", 320: "people feel able"}),
			line(676, map[float64]string{72: "receive care and", 200: "with their families"}),
			line(670, map[float64]string{200: "and carers", 320: "to take part"}),
			line(664, map[float64]string{72: "support that is", 320: "in activities"}),
		),
	}
	for name, pg := range cases {
		if regs := findRegions(pg, nil); len(regs) != 0 {
			r := regs[0]
			t.Errorf("%s: a table of lines %d-%d, %d columns", name, r.first, r.last, r.columns())
		}
	}
}

// TestRuledBands: between two rules, a first-column cell that wraps in lower
// case, or cells centred at heights of their own (lines interleaved), make
// one row, and so does one that wraps at its edge or by hand onto a
// capital; two short cells starting in the first column make the rules
// untrusted.
func TestRuledBands(t *testing.T) {
	rules := []segment{{50, 720, 500, 720}, {50, 660, 500, 660}, {50, 560, 500, 560}, {50, 500, 500, 500}}
	r := region{bounds: []float64{50, 250, 500}, ruled: true, hrules: rules, x0: 50, y0: 500, x1: 500, y1: 720}
	pg := pageOf(
		line(705, map[float64]string{60: "Seashells must not close:", 260: "It is acknowledged that"}),
		line(692, map[float64]string{60: "part of the community", 260: "it plays an important role."}),
		line(679, map[float64]string{260: "Other services remain."}),
		line(640, map[float64]string{260: "The centre was purpose"}),
		line(634, map[float64]string{60: "Gateway is too small"}),
		line(628, map[float64]string{260: "built, but the services"}),
		line(622, map[float64]string{60: "for all the services"}),
		line(616, map[float64]string{260: "can move."}),
		line(540, map[float64]string{60: "First point", 260: "Answer one."}),
		line(528, map[float64]string{60: "Second point", 260: "Answer two."}),
	)
	rows, ok := recordLines(pg, &r, []int{0, 1, 2, 3, 4, 5, 6, 7})
	if !ok {
		t.Fatal("wrapped and centred cells: rules not trusted")
	}
	var got []string
	for _, l := range rows {
		got = append(got, strings.Join(l.CellTexts(), "|"))
	}
	want := []string{
		"Seashells must not close: part of the community|It is acknowledged that it plays an important role. Other services remain.",
		"Gateway is too small for all the services|The centre was purpose built, but the services can move.",
	}
	if rowTexts(got) != rowTexts(want) {
		t.Errorf("rows\n %s\nwant\n %s", rowTexts(got), rowTexts(want))
	}
	if _, ok := recordLines(pg, &r, []int{8, 9}); ok {
		t.Error("two rows between two rules read as one")
	}
	// A first-column cell that wraps at its edge onto a capitalised word,
	// or is broken by hand mid-sentence onto a line of its own (as
	// PowerPoint's tables are), is one cell; the other column's
	// paragraphs join its row.
	caps := pageOf(
		line(705, map[float64]string{60: "Deliver the activities set out in the", 260: "Train managers."}),
		line(692, map[float64]string{60: "Mental Health Commitment", 260: "Review the pilot."}),
		line(640, map[float64]string{60: "Support the Kent", 260: "Estates Partnership."}),
		line(628, map[float64]string{60: "Estates Partnership"}),
	)
	rows, ok = recordLines(caps, &r, []int{0, 1, 2, 3})
	got = got[:0]
	for _, l := range rows {
		got = append(got, strings.Join(l.CellTexts(), "|"))
	}
	want = []string{
		"Deliver the activities set out in the Mental Health Commitment|Train managers. Review the pilot.",
		"Support the Kent Estates Partnership|Estates Partnership.",
	}
	if !ok || rowTexts(got) != rowTexts(want) {
		t.Errorf("capitalised wraps: ok %v, rows\n %s\nwant\n %s", ok, rowTexts(got), rowTexts(want))
	}
	// A narrow reference column whose references wrap at a hyphen, under a
	// theme row that runs on across the columns: the theme row does not
	// widen the reference column's edge.
	narrow := region{bounds: []float64{50, 100, 500}, ruled: true, x0: 50, y0: 660, x1: 500, y1: 720,
		hrules: []segment{{50, 720, 500, 720}, {50, 700, 500, 700}, {50, 660, 500, 660}}}
	refs := pageOf(
		line(708, map[float64]string{53: "Community grants (2025/26)"}),
		line(690, map[float64]string{53: "IA24-", 105: "New starters were paid before"}),
		line(680, map[float64]string{53: "03.1", 105: "their contracts were signed."}),
	)
	rows, ok = recordLines(refs, &narrow, []int{0, 1, 2})
	got = got[:0]
	for _, l := range rows {
		got = append(got, strings.Join(l.CellTexts(), "|"))
	}
	want = []string{"Community grants (2025/26)|", "IA24-03.1|New starters were paid before their contracts were signed."}
	if !ok || rowTexts(got) != rowTexts(want) {
		t.Errorf("wrapped references: ok %v, rows\n %s\nwant\n %s", ok, rowTexts(got), rowTexts(want))
	}
}

// TestChartNoTable: a chart's gridlines and axes, with its tick labels and
// category names, are no ruled table; the same rules filled with a table's
// text are.
func TestChartNoTable(t *testing.T) {
	var h, v []segment
	for y := 500.0; y <= 640; y += 20 {
		h = append(h, segment{100, y, 400, y})
	}
	for _, x := range []float64{100, 250, 400} {
		v = append(v, segment{x, 500, x, 640})
	}
	chartPage := pageOf(
		line(625, map[float64]string{80: "300"}),
		line(585, map[float64]string{80: "200"}),
		line(545, map[float64]string{80: "100"}),
		line(490, map[float64]string{150: "Austria", 300: "Belgium"}),
	)
	chartPage.hsegs, chartPage.vsegs = h, v
	if regs := findRegions(chartPage, nil); len(regs) != 0 {
		t.Errorf("a chart read as %d tables", len(regs))
	}
	var ls []*textLine
	for y := 625.0; y > 500; y -= 20 {
		ls = append(ls, line(y, map[float64]string{110: "Austria", 260: "86.2"}))
	}
	tablePage := pageOf(ls...)
	tablePage.hsegs, tablePage.vsegs = h, v
	if regs := findRegions(tablePage, nil); len(regs) != 1 || !regs[0].ruled {
		t.Errorf("a ruled table: %d regions", len(regs))
	}
}

// TestSpanningRow: a ruled table's spanning header row is cut where rules
// are drawn through it: "2020" and "2021" each over their own two columns,
// a title over the whole table.
func TestSpanningRow(t *testing.T) {
	r := region{bounds: []float64{50, 150, 250, 350, 450}, ruled: true,
		vrules: []segment{{50, 500, 50, 700}, {250, 500, 250, 690}, {450, 500, 450, 700}, {150, 500, 150, 670}, {350, 500, 350, 670}}}
	cells := func(l layout.Line) string {
		var out []string
		for _, c := range l.Cells {
			out = append(out, fmt.Sprintf("%s/%d", c.Text, max(c.Span, 1)))
		}
		return strings.Join(out, " ")
	}
	years := line(680, map[float64]string{180: "2020", 380: "2021"})
	if got, want := cells(spanningRow(1, &r, years)), "2020/2 /1 2021/2 /1"; got != want {
		t.Errorf("years row %s, want %s", got, want)
	}
	title := line(695, map[float64]string{200: "Cases by year"})
	if got, want := cells(spanningRow(1, &r, title)), "Cases by year/4 /1 /1 /1"; got != want {
		t.Errorf("title row %s, want %s", got, want)
	}
}

// TestSpansColumns: a line runs across a ruled table's columns when a
// column rule drawn above and below it breaks off where it is and it has
// words either side — even when its words, placed by OCR, stand a wide
// space apart at the boundary; not when the rule goes through it, nor
// when the rule stops for good (rules in the header band only).
func TestSpansColumns(t *testing.T) {
	bounds := []float64{40, 85, 300, 500}
	frame := []segment{{40, 100, 40, 700}, {500, 100, 500, 700}}
	// "Priority 1 - Housing" with 6pt either side of the boundary at 85.
	theme := line(600, map[float64]string{45: "Priority", 91: "1 - Housing for all"})
	row := line(600, map[float64]string{45: "1.a", 91: "Review the policy"})
	for _, c := range []struct {
		name  string
		rules []segment
		l     *textLine
		want  bool
	}{
		{"the rule breaks off at the line", append([]segment{{85, 100, 85, 590}, {85, 615, 85, 700}, {300, 100, 300, 700}}, frame...), theme, true},
		{"the rule goes through the line", append([]segment{{85, 100, 85, 700}, {300, 100, 300, 700}}, frame...), theme, false},
		{"a row's words in their columns, rules through", append([]segment{{85, 100, 85, 700}, {300, 100, 300, 700}}, frame...), row, false},
		{"column rules in the header band only", append([]segment{{85, 650, 85, 700}, {300, 650, 300, 700}}, frame...), theme, false},
		{"the rule breaks off at a line whose words are all in one column", append([]segment{{85, 100, 85, 590}, {85, 615, 85, 700}, {300, 100, 300, 700}}, frame...), line(600, map[float64]string{91: "Housing for all"}), false},
	} {
		r := region{bounds: bounds, ruled: true, vrules: c.rules}
		if got := spansColumns(&r, c.l); got != c.want {
			t.Errorf("%s: spansColumns = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestAlignedHeaderCells: a header cell whose words are set wide apart and
// run past its column of figures is one cell; the last line of the
// paragraph above, whose gap (a ligature's) lines up by chance, is no row.
func TestAlignedHeaderCells(t *testing.T) {
	pg := pageOf(
		line(744, map[float64]string{80: "This table contains the frequency and the proportion of the respondents who answered correctly all of them"}),
		line(732, map[float64]string{80: "to three questions on the", 200: "nancial literacy task."}),
		line(720, map[float64]string{237: "Freq.", 306: "Percent", 445: "Fraction", 495: "of"}),
		line(708, map[float64]string{445: "Wealth Lost"}),
		line(694, map[float64]string{80: "I kept the assets", 237: "344", 306: "75.2", 445: "17.4%"}),
		line(682, map[float64]string{80: "I sold some of them", 237: "53", 306: "11.6", 445: "22.5%"}),
		line(670, map[float64]string{80: "I sold all of them", 237: "61", 306: "13.2", 445: "22.5%"}),
		line(658, map[float64]string{80: "Total", 237: "458", 306: "100.0", 445: "18.7%"}),
	)
	regs := findRegions(pg, nil)
	if len(regs) != 1 {
		t.Fatalf("%d regions, want 1", len(regs))
	}
	var got []string
	for _, l := range regionLines(pg, &regs[0]) {
		got = append(got, strings.Join(l.CellTexts(), "|"))
	}
	want := []string{"|Freq.|Percent|Fraction of Wealth Lost", "I kept the assets|344|75.2|17.4%", "I sold some of them|53|11.6|22.5%",
		"I sold all of them|61|13.2|22.5%", "Total|458|100.0|18.7%"}
	if rowTexts(got) != rowTexts(want) {
		t.Errorf("rows\n %s\nwant\n %s", rowTexts(got), rowTexts(want))
	}
}
