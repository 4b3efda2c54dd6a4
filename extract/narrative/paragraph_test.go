package narrative

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
)

// unpunctuated is n wrapped lines of one paragraph that never ends: the
// shape of a text paper with no full stops.
func unpunctuated(n int) layout.Doc {
	d := layout.Doc{}
	for i := range n {
		d.Lines = append(d.Lines, layout.Line{Text: fmt.Sprintf("the officers would look at the matter of item %d again and then", i), Page: 1})
	}
	return d
}

// TestLongParagraphLinear: joining a paragraph's lines costs in proportion
// to its length. Re-reading the whole paragraph at each line (as the tag
// checks and the string joins once did) made 5,000 lines take 15 s; the
// bytes allocated show it without timing anything.
func TestLongParagraphLinear(t *testing.T) {
	alloc := func(n int) uint64 {
		d := unpunctuated(n)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ps := paragraphs(d, nil)
		runtime.ReadMemStats(&after)
		if len(ps) != 1 {
			t.Fatalf("%d lines gave %d paragraphs, want 1", n, len(ps))
		}
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := alloc(1000), alloc(4000)
	if large > 8*small {
		t.Errorf("4x the lines allocated %.1fx the bytes (%d vs %d): not linear", float64(large)/float64(small), large, small)
	}
}

// TestLongParagraphText: the text is the lines joined as clean.Join joins
// them, and a tag at the end of a long paragraph is still read as one.
func TestLongParagraphText(t *testing.T) {
	d := unpunctuated(50)
	d.Lines[10].Text = "the long-term review of the imple-"
	d.Lines[11].Text = "mentation plan and the co-"
	d.Lines[12].Text = "ordination work"
	want := ""
	for _, l := range d.Lines {
		want = clean.Join(want, l.Text)
	}
	d.Lines = append(d.Lines, layout.Line{Text: "which is ACTION:", Page: 1}, layout.Line{Text: "Jane Smith", Page: 1})
	ps := paragraphs(d, nil)
	if len(ps) != 1 {
		t.Fatalf("got %d paragraphs, want 1", len(ps))
	}
	if got := ps[0].text; got != want+" which is ACTION: Jane Smith" {
		t.Errorf("text differs from the lines joined one by one:\n got %q\nwant %q", got, want+" which is ACTION: Jane Smith")
	}
	if !strings.Contains(ps[0].text, "implementation plan and the co-ordination") {
		t.Errorf("hyphen joins lost: %q", ps[0].text)
	}
}

// TestBlankAfterEveryLine: a copy that set a blank line after every line
// keeps a sentence whole where it goes on in lower case; a lead-in, a
// finished sentence, a marker and a point still end their paragraph.
func TestBlankAfterEveryLine(t *testing.T) {
	d := doc(false,
		"The officer informed the meeting that a", "",
		"more detailed report would be submitted to the October meeting.", "",
		"That Cabinet recommend that Council agree to:-", "",
		"a.", "",
		"adopt the procurement strategy", "",
		"- and the contract rules", "",
		"the Chair closed the meeting.",
	)
	var got []string
	for _, p := range paragraphs(d, nil) {
		got = append(got, p.text)
	}
	want := []string{
		"The officer informed the meeting that a more detailed report would be submitted to the October meeting.",
		"That Cabinet recommend that Council agree to:-",
		"a. adopt the procurement strategy",
		"- and the contract rules",
		"the Chair closed the meeting.",
	}
	expectLines(t, got, want)
}

// TestHeadOverNumberedPoints: a short line that ends no sentence over a
// numbered point heads it, as over a bulleted one ("Parental Engagement"
// over "1. Officers to …"); a lead-in that decides does not.
func TestHeadOverNumberedPoints(t *testing.T) {
	ps := paragraphs(doc(true, "Parental Engagement and Support", "", "1. Officers to inform parents about attendance.", "",
		"The Board agreed", "", "2. That the plan be adopted."), nil)
	if len(ps) != 4 || !ps[0].heading || ps[2].heading {
		for _, p := range ps {
			t.Logf("heading=%v %q", p.heading, p.text)
		}
		t.Fatalf("want the first line a heading and the lead-in not")
	}
}

// TestLedPointsNoHeadings: the numbered points under a lead-in ending in
// a colon are its points, a short one in title case among them; items'
// numbered titles, each over its own text, stay headings.
func TestLedPointsNoHeadings(t *testing.T) {
	ps := paragraphs(doc(false, "RESOLVED – That the report be received and Members agree:", "1. To consider the draft plan",
		"2. The principle of a three-year rolling plan", "3. Where needed, begin work on the next refresh."), nil)
	for _, p := range ps {
		if p.heading {
			t.Errorf("%q read as a heading", p.text)
		}
	}
	ps = paragraphs(doc(true, "The Committee agreed the following:", "1. Parks Budget", "The spend was noted.", "2. Play Area Repairs", "The repairs were noted."), nil)
	if len(ps) != 5 || !ps[1].heading || !ps[3].heading {
		for _, p := range ps {
			t.Logf("heading=%v %q", p.heading, p.text)
		}
		t.Errorf("want the items' titles headings")
	}
}

// TestLettersUnderNumberedTitle: points lettered "a.", "b." under an
// item's numbered title are the title's list, though the title ends no
// sentence.
func TestLettersUnderNumberedTitle(t *testing.T) {
	ps := paragraphs(doc(false, "1. Allotments", "a. To map the plots across both sites.", "b. To draw up a yearly plan of repairs.",
		"2. Highways", "a. To survey every bus shelter."), nil)
	var got []string
	for _, p := range ps {
		got = append(got, p.marker+"|"+p.body)
	}
	expectLines(t, got, []string{"1|Allotments", "(a)|To map the plots across both sites.", "(b)|To draw up a yearly plan of repairs.", "2|Highways", "|a. To survey every bus shelter."})
}

// TestSlashMinutes: minutes numbered with their year, either way round,
// are the minutes' numbers when two or more count up; a lone "24/7" or a
// date is text.
func TestSlashMinutes(t *testing.T) {
	cases := []struct {
		name    string
		lines   []string
		markers []string
		heads   []bool
	}{
		{"year first", []string{"19/99 Apologies were received from Cllr Lamb.", "", "19/100 The minutes of the last meeting were approved.", "", "19/102 Planning", "", "No applications had been received."},
			[]string{"19/99", "19/100", "19/102", ""}, []bool{false, false, true, false}},
		{"year after, agenda wording over the record", []string{"129/21 To confirm the minutes of the meeting held on 4 November", "", "These were read and approved.", "", "130/21 Precept for 2022/23", "", "Resolved to set the precept at £60,000."},
			[]string{"129/21", "", "130/21", ""}, []bool{true, false, true, false}},
		{"a committee's letters before each number", []string{"F&G26/12 Apologies were received from Cllr Lamb.", "", "F&G27/12: The minutes of the last meeting were approved."},
			[]string{"F&G26/12", "F&G27/12"}, []bool{false, false}},
		{"a lone number", []string{"24/7 Support is available to residents.", "", "The council noted the service."},
			[]string{"", ""}, []bool{false, false}},
		{"not counting up", []string{"12/03 Parking on the green was discussed.", "", "15/09 Bins were raised."},
			[]string{"", ""}, []bool{false, false}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps := paragraphs(doc(true, c.lines...), nil)
			var markers []string
			var heads []bool
			for _, p := range ps {
				markers, heads = append(markers, p.marker), append(heads, p.heading)
			}
			if fmt.Sprint(markers) != fmt.Sprint(c.markers) || fmt.Sprint(heads) != fmt.Sprint(c.heads) {
				t.Errorf("markers %q headings %v, want %q %v", markers, heads, c.markers, c.heads)
			}
		})
	}
}

// TestSentenceGoesOn: a point's sentence goes on past a line's end (web
// text) or a blank line (a copy that set one after every line) when it
// stopped at a word no sentence ends with; a field that stops so is
// complete, and past a blank line so is a short label.
func TestSentenceGoesOn(t *testing.T) {
	tests := []struct {
		buf, next          string
		pastBlank, pastEnd bool
	}{
		{"(a) the Council approves the revised budget for the", "Village Hall as set out in the report;", true, true},
		{"(b) the Clerk writes to the contractor to confirm the works at", "Church Lane, and reports back in June; and", true, true},
		{"Cabinet is asked to approve the minutes of the meeting held on", "The minutes were approved.", false, false},
		{"Reasons for", "Members are asked to agree the budget.", false, true},
		{"(c) the reserve is held at £20,000.", "Members noted the report.", false, false},
		// A decision the page broke by hand, which a PDF's blank after
		// its short line split: at a word no sentence ends with, or
		// inside a name before the lead-in's colon.
		{"RESOLVED that the notes of the walk held on", "3 March be kept with the minutes.", true, false},
		{"That the grant be paid to the group led by the", "Tree Warden from April.", true, true},
		{"That the Board agrees that the Village", "Hall Trust be offered a lease on these terms:", true, true},
		// A title that stops so is whole; so is a decision that ends
		// with a name, whatever follows it.
		{"What the parish council hopes for", "To keep the lanes clear of mud.", false, true},
		{"That the report be sent to the Cabinet", "The Chair thanked the officers.", false, false},
		// A new sentence past a blank starts a paragraph, whatever word
		// the point before stopped on.
		{"(d) the Clerk orders the new bins as", "The Chair will write to the school.", false, true},
		{"(e) the Clerk buys a bench for the", "The hall will be painted in June.", false, true},
		{"(f) the Clerk writes to the builder with the", "It is to be done by May.", false, true},
		// A name in capitals goes on the point that stopped on "to".
		{"RESOLVED that the letter of objection be sent to", "The Highways Office before the deadline passes.", true, true},
	}
	for _, tc := range tests {
		if got := goesOnPastBlank([]byte(tc.buf), tc.next); got != tc.pastBlank {
			t.Errorf("goesOnPastBlank(%q, %q) = %v, want %v", tc.buf, tc.next, got, tc.pastBlank)
		}
		if got := sentenceGoesOn([]byte(tc.buf), tc.next); got != tc.pastEnd {
			t.Errorf("sentenceGoesOn(%q, %q) = %v, want %v", tc.buf, tc.next, got, tc.pastEnd)
		}
	}
}

// TestWrappedText: a text copy that keeps the page's line breaks (a
// copy of a PDF made by a converter) wraps sentences that run-in labels,
// short fields and statuses must not cut.
func TestWrappedText(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // the paragraphs' texts
	}{
		{
			name: "words before a run-in label end the wrapped sentence",
			lines: []string{"7.1 Election of Chair Resolved: Cllr Green was elected",
				"as Chair for the year. Resolved: the declaration of office was signed."},
			want: []string{"Election of Chair", "Resolved: Cllr Green was elected as Chair for the year.", "Resolved: the declaration of office was signed."},
		},
		{
			name:  "a short field goes on in lower case",
			lines: []string{"Resolved: the notes (as", "amended) were approved and signed."},
			want:  []string{"Resolved: the notes (as amended) were approved and signed."},
		},
		{
			name:  "a short field's next line in capitals is a paragraph of its own",
			lines: []string{"Date of decision: 12 May 2024", "Decision taken by the Cabinet Member."},
			want:  []string{"Date of decision: 12 May 2024", "Decision taken by the Cabinet Member."},
		},
		{
			name: "words with a stop before a run-in label end the wrapped sentence",
			lines: []string{"Chair's report. The Chair reminded members of the Online",
				"Meeting Rules. Resolved: to note the report."},
			want: []string{"Chair's report. The Chair reminded members of the Online Meeting Rules.", "Resolved: to note the report."},
		},
		{
			name: "a number that does not follow the open point's ends the wrapped sentence",
			lines: []string{"Clerk's report. The Clerk said the new contract would last for the next",
				"18 months. Resolved: to accept the report."},
			want: []string{"Clerk's report. The Clerk said the new contract would last for the next 18 months.", "Resolved: to accept the report."},
		},
		{
			name: "a numbered point before a run-in label is the list's next point",
			lines: []string{"Decision: RESOLVED to:", "1) Agree the fees for the hall; and",
				"2) Note the repairs still owed. Minutes: The treasurer spoke to the report."},
			want: []string{"Decision:", "RESOLVED to:", "1) Agree the fees for the hall; and", "2) Note the repairs still owed.",
				"Minutes:", "The treasurer spoke to the report."},
		},
		{
			name:  "a short field stopping at an article goes on",
			lines: []string{"Resolved: The", "Clerk to ask for a quote to mend the gate."},
			want:  []string{"Resolved: The Clerk to ask for a quote to mend the gate."},
		},
		{
			name: "a short line between a list's points is the point's last line",
			lines: []string{"1. Chair – Ann Green. Vice Chair – Bill Hunt. Secretary – Jo Brown.",
				"Treasurer – Sam Black", "", "2. The group's name to be chosen in the new year."},
			want: []string{"1. Chair – Ann Green. Vice Chair – Bill Hunt. Secretary – Jo Brown. Treasurer – Sam Black",
				"2. The group's name to be chosen in the new year."},
		},
		{
			name:  "a short line after a point is a heading where no point follows",
			lines: []string{"1. The hall's roof to be mended by March.", "Finance Matters", "", "The accounts were noted."},
			want:  []string{"1. The hall's roof to be mended by March.", "Finance Matters", "The accounts were noted."},
		},
		{
			name:  "a clause's comma goes on past a blank in lower case",
			lines: []string{"• To help older residents, those living alone,", "", "and carers by opening a drop-in room."},
			want:  []string{"• To help older residents, those living alone, and carers by opening a drop-in room."},
		},
		{
			name:  "a point ending with its tag ends before a blank",
			lines: []string{"b/f The notice board to be painted. Action: JB/WM", "", "b/f the bench is to be moved. Action: SC"},
			want:  []string{"b/f The notice board to be painted. Action: JB/WM", "b/f the bench is to be moved. Action: SC"},
		},
		{
			name:  "a tag goes on past a blank with what its people are to do",
			lines: []string{"Trees. No list of the trees is kept. ACTION: ME", "", "to draw a map of the council's trees."},
			want:  []string{"Trees. No list of the trees is kept. ACTION: ME to draw a map of the council's trees."},
		},
		{
			name:  "a tag on a line of its own is its point's last words",
			lines: []string{"b/f The hedge to be cut before the next term.", "Action: JB", "", "b/f the bench is to be moved. Action: SC"},
			want:  []string{"b/f The hedge to be cut before the next term. Action: JB", "b/f the bench is to be moved. Action: SC"},
		},
		{
			name: "a dashed point's line that came up to the wrap width goes on, whatever its next line's first letter",
			lines: []string{"- Keep the footpaths open and report any that need work, as agreed with",
				"Highways Officers and the wardens of the parish each spring.",
				"- Ask the district for a second bin by the bus shelter on the green.",
				"- Review this plan every year at the annual meeting of the parish in",
				"May, so that what was done is told to all who live here.",
				"Date of the next review: May 2026"},
			want: []string{"- Keep the footpaths open and report any that need work, as agreed with Highways Officers and the wardens of the parish each spring.",
				"- Ask the district for a second bin by the bus shelter on the green.",
				"- Review this plan every year at the annual meeting of the parish in May, so that what was done is told to all who live here.",
				"Date of the next review: May 2026"},
		},
		{
			name:  "a word cut at its hyphen goes on past a blank in lower case",
			lines: []string{"The Clerk said she would send an e-", "", "mail to the school about parking."},
			want:  []string{"The Clerk said she would send an e-mail to the school about parking."},
		},
		{
			name:  "a point numbered in square brackets after a finished sentence starts its own paragraph",
			lines: []string{"Members thanked the officers for their work on the scheme this year.", "[2] the revised plan for the scheme be agreed."},
			want:  []string{"Members thanked the officers for their work on the scheme this year.", "[2] the revised plan for the scheme be agreed."},
		},
		{
			name: "a colon the wrap left before a quoted title leads in to no list",
			lines: []string{"(a) That the annual report of the board be noted by the members present;",
				"(b) That the concerns set out by the Commissioner in her recent report:",
				"“Keeping Well at Home: Help for Older People” be sent to the Cabinet for",
				"its meeting in the spring of next year, with the comments of the board;",
				"(c) That the board meets again in the autumn to hear what has been done."},
			want: []string{"(a) That the annual report of the board be noted by the members present;",
				"(b) That the concerns set out by the Commissioner in her recent report: “Keeping Well at Home: Help for Older People” be sent to the Cabinet for its meeting in the spring of next year, with the comments of the board;",
				"(c) That the board meets again in the autumn to hear what has been done."},
		},
		{
			name:  "a title ending ':-' leads in to the next line as one ending ':' does",
			lines: []string{"2). Minutes of the meeting held on Monday 3 March:-", "The minutes were agreed and signed by the Chair."},
			want:  []string{"2). Minutes of the meeting held on Monday 3 March:-", "The minutes were agreed and signed by the Chair."},
		},
		{
			name: "a decision word the wrap moved to a line's start goes on with the sentence before",
			lines: []string{"The members looked at the three offers to repair the roof of the pavilion and",
				"agreed that the cheapest would do the work well enough, so it was unanimously",
				"RESOLVED to accept the offer from the firm in the high street.",
				"Cllr Green asked that the members be told when the date is known, and it was",
				"Resolved that the Clerk sends them the date once the firm has given one to her."},
			want: []string{"The members looked at the three offers to repair the roof of the pavilion and agreed that the cheapest would do the work well enough, so it was unanimously RESOLVED to accept the offer from the firm in the high street.",
				"Cllr Green asked that the members be told when the date is known, and it was Resolved that the Clerk sends them the date once the firm has given one to her."},
		},
		{
			name: "a decision word after a line broken short of the width, or after a finished sentence, opens its own paragraph",
			lines: []string{"The members looked at the three offers to repair the roof of the pavilion and",
				"agreed that the cheapest would do the work, and",
				"RESOLVED to accept the offer from the firm in the high street for the repair.",
				"Cllr Green asked that the members be told when the date is known to them all.",
				"Resolved that the Clerk sends them the date once the firm has given one to her."},
			want: []string{"The members looked at the three offers to repair the roof of the pavilion and agreed that the cheapest would do the work, and",
				"RESOLVED to accept the offer from the firm in the high street for the repair. Cllr Green asked that the members be told when the date is known to them all.",
				"Resolved that the Clerk sends them the date once the firm has given one to her."},
		},
		{
			name: "a decision word after a report left without its stop opens its own paragraph",
			lines: []string{"The members looked at the three offers to repair the roof of the pavilion and",
				"agreed that the cheapest would do the work well enough, so it was unanimously",
				"RESOLVED to accept the offer from the firm in the high street.",
				"Cllr Birch told members the fence by the pond was knocked down by a tractor",
				"RESOLVED that the Clerk asks for three prices for a new fence to go round it."},
			want: []string{"The members looked at the three offers to repair the roof of the pavilion and agreed that the cheapest would do the work well enough, so it was unanimously RESOLVED to accept the offer from the firm in the high street.",
				"Cllr Birch told members the fence by the pond was knocked down by a tractor",
				"RESOLVED that the Clerk asks for three prices for a new fence to go round it."},
		},
		{
			name:  "a status under its point is the point's last words",
			lines: []string{"- 14/03. Ask the garage whether they can plant the verge.", "COMPLETED"},
			want:  []string{"- 14/03. Ask the garage whether they can plant the verge. COMPLETED"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range paragraphs(doc(false, tt.lines...), nil) {
				got = append(got, p.text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestNumberedTitleAlone: in a text wrapped to a width, a numbered line
// of a few words that ends no sentence and names no act, over a line that
// opens a sentence, is its item's heading though no other numbered title
// counts up with it; one that stops at a word no sentence ends with, reads
// as a clause, or numbers a point under a lead-in goes on as before.
func TestNumberedTitleAlone(t *testing.T) {
	// Lines wrapped near 75 characters: the width the page was set to.
	opening := []string{
		"The chair opened the meeting at seven and thanked the members of the public",
		"for coming along on such a cold evening, and asked that phones be switched",
		"off while the council went through the items on the agenda for the night,",
		"which had been sent out to all members and put on the notice boards a week",
		"before, as the rules of the council require for every ordinary meeting",
	}
	tests := []struct {
		name  string
		lines []string
		want  []string // the paragraphs' texts after the opening one
	}{
		{
			name:  "a number with a stop and one word over a sentence",
			lines: []string{"7. Litter", "The Clerk reported that the bins by the shop were full again."},
			want:  []string{"7. Litter", "The Clerk reported that the bins by the shop were full again."},
		},
		{
			name:  "a bare number and two words over a councillor's report",
			lines: []string{"12 Village Hall", "Cllr Penn said the hall's boiler would be serviced in June."},
			want:  []string{"12 Village Hall", "Cllr Penn said the hall's boiler would be serviced in June."},
		},
		{
			name:  "a bracketed number over a decision",
			lines: []string{"4) Footpaths and Stiles", "RESOLVED to ask the farmer to mend the stile by the brook."},
			want:  []string{"4) Footpaths and Stiles", "RESOLVED to ask the farmer to mend the stile by the brook."},
		},
		{
			name:  "a title in small letters after its first word",
			lines: []string{"9. Grass cutting", "The contractor had missed the verges on the hill in May."},
			want:  []string{"9. Grass cutting", "The contractor had missed the verges on the hill in May."},
		},
		{
			name:  "a line stopping at an article goes on",
			lines: []string{"5. Report of the", "Treasurer on the half year was received and noted."},
			want:  []string{"5. Report of the Treasurer on the half year was received and noted."},
		},
		{
			name:  "a point in the imperative goes on",
			lines: []string{"2. Approve the budget", "The precept is set at the same sum as last year."},
			want:  []string{"2. Approve the budget The precept is set at the same sum as last year."},
		},
		{
			name:  "a clause's point goes on",
			lines: []string{"1. That members", "Note the new terms of the lease for the hall."},
			want:  []string{"1. That members Note the new terms of the lease for the hall."},
		},
		{
			name:  "a subject and its verb go on",
			lines: []string{"3. Members will", "Visit the play area on Saturday to see the new swings."},
			want:  []string{"3. Members will Visit the play area on Saturday to see the new swings."},
		},
		{
			name:  "a point under a lead-in goes on",
			lines: []string{"The council agreed:", "1. Parking Charges", "The charges stay as they are until the spring."},
			want:  []string{"The council agreed:", "1. Parking Charges The charges stay as they are until the spring."},
		},
		{
			name:  "a bare number after words no sentence ends with goes on",
			lines: []string{"The next meeting was moved to", "14 Church Street", "The room there holds thirty people at most."},
			want:  []string{"The next meeting was moved to 14 Church Street The room there holds thirty people at most."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append(append(slices.Clone(opening), ""), tt.lines...)
			var got []string
			for _, p := range paragraphs(doc(false, lines...), nil)[1:] {
				got = append(got, p.text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs %q\nwant %q", got, tt.want)
			}
		})
	}
}
