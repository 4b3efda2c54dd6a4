package table

import (
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		header string
		want   field
	}{
		{"No", fRef}, {"No.", fRef}, {"Ref", fRef}, {"#", fRef}, {"Action No", fRef}, {"Priority number", fRef},
		{"Area(s) for action", fTheme}, {"Year", fDue},
		{"Action", fAction}, {"What we will do", fAction}, {"Health Inequality Action:", fAction}, {"Key Actions", fAction},
		{"Objective", fObjective}, {"Aim", fObjective},
		{"Responsible person/org.", fOwner}, {"Who will deliver this?", fOwner}, {"Lead", fOwner}, {"Owner", fOwner},
		{"Action owner", fOwner}, {"Lead Officer", fOwner},
		{"By when", fDue}, {"Expected Completion date:", fDue}, {"Timescale", fDue}, {"Deadline", fDue}, {"Target date", fDue},
		{"Status", fStatus}, {"RAG", fStatus}, {"RAG rating", fStatus},
		{"KPI Target:", fTarget}, {"Target", fTarget}, {"Measure of success", fTarget},
		{"Expected Outcome:", fOutcome},
		// One column for both a target and an outcome is the one named first.
		{"Target/Outcome", fTarget}, {"target / outcomes", fTarget}, {"Outcome / Target", fOutcome}, {"Outcomes/Targets", fOutcome},
		{"Milestones", fMilestones}, {"Time scale", fDue}, {"Targets and mile stones", fMilestones},
		{"Comments", fProgress}, {"Quarterly Update: Q1, Q2, Q3,Q4", fProgress}, {"Progress", fProgress}, {"Progress update", fProgress},
		{"Theme", fTheme}, {"By whom", fOwner}, {"Outputs", fTarget}, {"Progress to date", fProgress},
		{"Budget", fNone}, {"2023/24", fNone}, {"", fNone},
		{"Action/Target", fAction}, {"Recommendation made to:", fOwner}, {"Referred to", fOwner}, {"Action taken or Planned to Date", fProgress},
		{"Our goals", fObjective}, {"What we have committed to", fObjective}, {"What we mean", fExplain},
		{"Strategies / plans in place to deliver", fAction}, {"Strategy", fNone},
		// What a column says of an action, in the words councils use.
		{"We will", fAction}, {"Mitigating action", fAction}, {"Agreed action", fAction},
		{"How we will know", fTarget}, {"How we will monitor it", fTarget}, {"How will success be measured?", fTarget},
		{"Action taken", fProgress}, {"Actions taken to date", fProgress}, {"Action update", fProgress},
		{"Cabinet response", fProgress}, {"Management response", fProgress}, {"Response", fProgress},
		{"Finding", fObjective}, {"Governance issue", fObjective}, {"Negative impact identified", fObjective},
		{"Area for improvement", fObjective},
		{"What we heard", fExplain}, {"You said", fExplain},
		// A card's question names whoever sees or wants by any short noun
		// phrase; a longer run after "what" is no such question.
		{"What tenants will see", fOutcome}, {"What the village will see", fOutcome},
		{"What local families want", fObjective}, {"What our members want to achieve", fObjective},
		{"What we will see", fOutcome}, {"What you want", fObjective}, {"What everyone in the whole parish will see", fAction},
		{"Project Title", fAction}, {"Project Executive", fOwner}, {"Q1 BRAG", fStatus},
		{"How Financed", fExplain}, {"Resources required", fExplain}, {"Funding source", fExplain}, {"How we will deliver", fAction},
		// An organisational unit says who leads; only the whole cell.
		{"Directorate", fOwner}, {"Department", fOwner}, {"Team", fOwner}, {"Service area", fOwner},
		{"Team building", fNone},
		// So does a committee a town council gives each row to.
		{"Council Committee", fOwner}, {"Committee", fOwner}, {"Select Committee", fNone},
		// A date named by a state reached is the row's status; a
		// completion date, planned, its deadline.
		{"Date Complete", fStatus}, {"Date completed", fStatus}, {"Completion date", fDue},
		// A note's mark after a name is none of it; a timetable says when;
		// an action's milestone column is the action's.
		{"Response[iii]", fProgress}, {"Lead Officer[2]", fOwner}, {"Timetable", fDue}, {"Action / milestone", fAction},
	}
	for _, tt := range tests {
		if got := classify(tt.header); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

// TestFlatRoles: a header of one word a column can cut a run-together row
// only when its first column is the action and each other is an owner,
// a deadline or a status.
func TestFlatHeader(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // the names, joined by "|"; "" when no header
	}{
		{"Actions Lead Timescales", "Actions|Lead|Timescales"},
		{"Action Target Date Lead What does success look like? Status", "Action|Target Date|Lead|What does success look like?|Status"},
		{"Action What we will do and when What residents will see", "Action|What we will do and when|What residents will see"},
		{"Action Lead Officer Target Date RAG Status", "Action|Lead Officer|Target Date|RAG Status"},
		{"What we will do Who When", "What we will do|Who|When"},
		{"activities be approved to assure achievement of the Council's strategic aims", ""}, // a wrapped sentence's line
		{"Review the Action Plan", ""},
		{"What we will do: Implement revised governance arrangements for the local area", ""}, // a label and its value
		{"Lead Officer What we will do and when", ""},                                         // what is done must come first
	} {
		names, ok := FlatHeader(tc.text)
		if got := strings.Join(names, "|"); got != tc.want || ok != (tc.want != "") {
			t.Errorf("FlatHeader(%q) = %q, %v; want %q", tc.text, got, ok, tc.want)
		}
	}
}

// TestNumbersColumn: a column of the rows' numbers is named as the table
// reader names one, or by a longer name ending in a word for a number.
func TestNumbersColumn(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Ref", true},
		{"No.", true},
		{"Reference", true},
		{"Task number", true},
		{"Line no.", true},
		{"Action", false},
		{"Number of visits", false}, // a count, not the rows' numbers
		{"Lead", false},
		{"", false},
	} {
		if got := NumbersColumn(tc.name); got != tc.want {
			t.Errorf("NumbersColumn(%q) = %v; want %v", tc.name, got, tc.want)
		}
	}
}

func TestFlatRoles(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{[]string{"Actions", "Lead", "Timescales"}, "action owner due"},
		{[]string{"Action", "Status"}, "action status"},
		{[]string{"Action", "Outcome"}, ""},
		{[]string{"Action", "Target Date", "Lead", "What does success look like?", "Status"}, "action due owner text status"},
		{[]string{"Action", "Lead", "Outcome", "Date"}, ""}, // nothing ends the action before the outcome
		{[]string{"Action", "Date", "Outcome", "Progress"}, ""},
		{[]string{"Lead", "Action"}, ""},
	} {
		roles, ok := FlatRoles(tc.names)
		if got := strings.Join(roles, " "); got != tc.want || ok != (tc.want != "") {
			t.Errorf("FlatRoles(%q) = %q, %v; want %q", tc.names, got, ok, tc.want)
		}
	}
}

func TestParseHeaderRejects(t *testing.T) {
	for _, cells := range [][]string{
		{"Item", "2022/23", "2023/24", "Total"},                          // a budget table
		{"Action", "Cost"},                                               // nothing of who, when or status
		{"1", "Recruit volunteers", "Officers", "2021"},                  // a data row
		{"Owner", "Status"},                                              // nothing of what
		{"Action", "Lead", strings.Repeat("long ", 30)},                  // a cell too long for a header
		{"Area", "Description"},                                          // what, but no goal and nothing of who or when
		{"Our goals", "Budget", "2024/25"},                               // goals beside figures
		{"", "We will open a new gallery", "2010/11", "Museum partners"}, // a row of what will be done, not the header again
		// Risk registers list actions with owners and dates, but score risks.
		{"Risk", "Mitigating actions", "Risk owner", "Review by", "Rating"},
		{"Ref", "Risk description", "Further actions", "Owner", "Target date"},
		{"Ref", "Cause", "Likelihood", "Impact", "Further actions", "Owner", "Target date"},
		{"Action", "Risk owner", "Target date"},
		// A financial year does not make a grants or budget table a plan.
		{"Ref", "Project", "Organisation", "Financial year", "Sum granted"},
		{"No", "Project title", "Partners", "Target FY", "Value"},
	} {
		if _, ok := parseHeader(cells); ok {
			t.Errorf("parseHeader(%q) accepted", cells)
		}
	}
}

func TestIsRef(t *testing.T) {
	for _, s := range []string{"1", "12", "1.", "1.a", "6a", "(iv)", "iv", "2.3.1", "A1", "(1)", "a",
		"OS/24/07", "IA24-03.1", "SR (25/26) 01", "HWB/23/4", "CA12"} {
		if !isRef(s) {
			t.Errorf("isRef(%q) = false", s)
		}
	}
	for _, s := range []string{"", "Recommendation", "2022/23", "In South Wigston", "12345", "—", "12/03/2025", "Housing Scrutiny"} {
		if isRef(s) {
			t.Errorf("isRef(%q) = true", s)
		}
	}
}

// visual makes text-like lines: each string is a tab-separated line.
func visual(lines ...string) layout.Doc {
	var d layout.Doc
	for _, l := range lines {
		if strings.Contains(l, "\t") {
			d.Lines = append(d.Lines, layout.Row(1, strings.Split(l, "\t")...))
		} else {
			d.Lines = append(d.Lines, layout.Line{Text: l})
		}
	}
	return d
}

func TestFindWrappedRowsPartsAndThemes(t *testing.T) {
	d := visual(
		"Action Plan 2024",
		"Ref\tAction\tLead\tDeadline\tRAG",
		"Priority 1 - Healthy homes\t\t\t\t",
		"1\tInspect private rented\tHousing\tMarch 2024\tGreen",
		"\thomes for damp and mould.\tTeam\t\t",
		"\tProvide grants to owners.\tGrants Officer\tQ4 2023/24\tAmber",
		"",
		"Ref\tAction\tLead\tDeadline\tRAG", // repeated after a page break
		"\tand landlords\t\t\t",
		"2\tRun a stop smoking\tPublic Health / NHS\t2024\tNot",
		"\tservice\t\t\tstarted",
		"Narrative after the table is not part of it.",
	)
	res := Find(d)
	if len(res.Actions) != 3 {
		t.Fatalf("got %d actions, want 3: %+v", len(res.Actions), res.Actions)
	}
	a, b, c := res.Actions[0], res.Actions[1], res.Actions[2]
	check := func(name, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	check("1 action", a.Action, "Inspect private rented homes for damp and mould.")
	check("1 owner", strings.Join(a.Owner, "|"), "Housing Team")
	check("1 status", a.StatusRaw, "Green")
	check("1 theme", a.Theme, "Priority 1 - Healthy homes")
	check("1.2 ref", b.Ref+"/"+string(rune('0'+b.Part)), "1/2")
	check("1.2 action", b.Action, "Provide grants to owners. and landlords")
	check("1.2 due", b.DueRaw, "Q4 2023/24")
	check("1.2 status", b.StatusRaw, "Amber")
	check("2 owner", strings.Join(c.Owner, "|"), "Public Health|NHS")
	check("2 status", c.StatusRaw, "Not started")
	check("2 action", c.Action, "Run a stop smoking service")
	if !res.Used[1] || !res.Used[8] || res.Used[11] || res.Used[0] {
		t.Errorf("used lines wrong: %v", res.Used)
	}
}

func TestFindRecordsWithSpans(t *testing.T) {
	row := func(cells ...layout.Cell) layout.Line {
		return layout.Line{Cells: cells, Record: true, Table: 1}
	}
	c := func(s string) layout.Cell { return layout.Cell{Text: s} }
	span := layout.Cell{Spanned: true}
	d := layout.Doc{Flowing: true, Lines: []layout.Line{
		row(c("No"), c("Action"), c("Owner"), c("Status")),
		row(layout.Cell{Text: "Theme A", Span: 4}, c(""), c(""), c("")),
		row(c("1"), c("Do the first thing"), c("Ann"), c("Complete")),
		row(span, span, c("Bob"), c("Ongoing")),
		row(c("2"), c("Do the second thing"), c("Cat"), c("")),
		row(span, c("more of the second thing"), c(""), c("")),
	}}
	d.Lines[0].Cells = append([]layout.Cell{c("Objective")}, d.Lines[0].Cells...)
	d.Lines[1].Cells = append([]layout.Cell{c("")}, d.Lines[1].Cells...)
	d.Lines[2].Cells = append([]layout.Cell{c("Be healthy")}, d.Lines[2].Cells...)
	d.Lines[3].Cells = append([]layout.Cell{span}, d.Lines[3].Cells...)
	d.Lines[4].Cells = append([]layout.Cell{span}, d.Lines[4].Cells...)
	d.Lines[5].Cells = append([]layout.Cell{span}, d.Lines[5].Cells...)
	res := Find(d)
	if len(res.Actions) != 3 {
		t.Fatalf("got %d actions: %+v", len(res.Actions), res.Actions)
	}
	if a := res.Actions[1]; a.Ref != "1" || a.Part != 2 || a.Action != "" || a.Owner[0] != "Bob" || a.Theme != "Theme A" {
		t.Errorf("sub-row = %+v", a)
	}
	if a := res.Actions[2]; a.Action != "Do the second thing more of the second thing" || a.Objective != "Be healthy" {
		t.Errorf("continued row = %q", a.Action)
	}
}

func TestFindUnnumberedAndWrappedHeader(t *testing.T) {
	d := visual(
		"Objective\tAction\tExpected\tStatus",
		"\t\tCompletion date\t",
		"Reduce smoking\tFund a quit service\tMarch 2025\tOn track",
		"Improve air\tMonitor air quality at\tApril 2025\tDelayed",
		"\tten sites\t\t",
	)
	res := Find(d)
	if len(res.Actions) != 2 {
		t.Fatalf("got %d actions: %+v", len(res.Actions), res.Actions)
	}
	if a := res.Actions[1]; a.Objective != "Improve air" || a.Action != "Monitor air quality at ten sites" || a.DueRaw != "April 2025" {
		t.Errorf("second = %+v", a)
	}
}

// TestFindHeaderNameBrokenOff: a header whose last name stops at "for
// the" goes on in the line under it, though that line's words add no
// column the reader knows; it is no row.
func TestFindHeaderNameBrokenOff(t *testing.T) {
	d := visual(
		"Action\tLead\tStatus\tWhat is the outlook for the",
		"\t\t\tnext year?",
		"Fund a quit service\tPublic Health\tOn track\tGood",
		"Monitor air quality\tEnvironment team\tDelayed\tFair",
	)
	res := Find(d)
	var got []string
	for _, a := range res.Actions {
		got = append(got, a.Action)
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], "Fund a quit service") || !strings.HasPrefix(got[1], "Monitor air quality") {
		t.Errorf("got %q", got)
	}
}

func TestFindIgnoresOtherTables(t *testing.T) {
	d := visual(
		"Budget\t2023/24\t2024/25",
		"Staff\t£10,000\t£12,000",
		"Total\t£10,000\t£12,000",
	)
	if res := Find(d); len(res.Actions) != 0 {
		t.Errorf("budget table gave actions: %+v", res.Actions)
	}
}

func TestFindThemeColumnAndOwnUpdates(t *testing.T) {
	d := visual(
		"Theme\tAction\tLead\tProgress",
		"Housing\t1. Inspect homes\tAnn Lee\tStarted the survey.",
		"\t\tBob Day\tGrant scheme open.",
		"\t2. Fund repairs\tCat Roe\tNot yet",
		"\t\tJones\tbegun.",
		"Health\t3. Quit smoking service\tPublic Health\tLive.",
	)
	res := Find(d)
	want := []struct {
		ref, theme, owner string
		part              int
	}{
		{"1", "Housing", "Ann Lee", 1}, {"1", "Housing", "Bob Day", 2}, {"2", "Housing", "Cat Roe Jones", 1}, {"3", "Health", "Public Health", 1},
	}
	if len(res.Actions) != len(want) {
		t.Fatalf("got %d actions: %+v", len(res.Actions), res.Actions)
	}
	for i, w := range want {
		a := res.Actions[i]
		if a.Ref != w.ref || a.Theme != w.theme || strings.Join(a.Owner, " ") != w.owner || a.Part != w.part {
			t.Errorf("action %d = ref %q part %d theme %q owner %q, want %+v", i, a.Ref, a.Part, a.Theme, a.Owner, w)
		}
	}
}

func TestBlocks(t *testing.T) {
	d := visual(
		"Delivery plan",
		"Theme: Healthy weight",
		"Action 1: Recruit volunteers to run",
		"walking groups",
		"Lead: Health Improvement Officers",
		"Timescale: October 2021",
		"",
		"Status: Complete",
		"Action 2: Open a new cafe",
		"Lead officer: Jo Bloggs / Sam Smith",
		"Date: 5 March 2024", // a field of action 2 here, as it follows it
		"Present: Cllr A",
		"Action: Nothing else is said of this one",
	)
	res := Find(d)
	if len(res.Actions) != 2 {
		t.Fatalf("got %d actions: %+v", len(res.Actions), res.Actions)
	}
	a := res.Actions[0]
	if a.Ref != "1" || a.Action != "Recruit volunteers to run walking groups" || a.DueRaw != "October 2021" || a.StatusRaw != "Complete" || a.Theme != "Healthy weight" {
		t.Errorf("first block = %+v", a)
	}
	if b := res.Actions[1]; b.Ref != "2" || strings.Join(b.Owner, "|") != "Jo Bloggs|Sam Smith" || b.DueRaw != "5 March 2024" {
		t.Errorf("second block = %+v", b)
	}
	if res.Used[0] || !res.Used[2] || res.Used[12] {
		t.Errorf("used = %v", res.Used)
	}
}

// TestPriorityRatingInBlock: "Priority: High" among an action's lines
// rates it and belongs to it; it heads no theme and cuts no block.
func TestPriorityRatingInBlock(t *testing.T) {
	d := visual(
		"Improvement plan",
		"Action: Train every team leader on the new records policy.",
		"Priority: High",
		"Person responsible: Records Manager",
		"End date: May 2026",
		"Action: Publish the retention schedule on the website.",
		"Priority: Medium",
		"Person responsible: Web Editor",
		"End date: July 2026",
	)
	res := Find(d)
	if len(res.Actions) != 2 {
		t.Fatalf("got %d actions: %+v", len(res.Actions), res.Actions)
	}
	for i, want := range []string{"Records Manager|May 2026", "Web Editor|July 2026"} {
		a := res.Actions[i]
		if got := strings.Join(a.Owner, "+") + "|" + a.DueRaw; got != want || a.Theme == "High" || a.Theme == "Medium" {
			t.Errorf("block %d = %+v, want %s", i+1, a, want)
		}
	}
}

// TestNumberedTitleBlocks: a performance page's actions, each a numbered
// title over labelled lines, its section a field of its own; a numbered
// heading over prose, or a numbered line in a paragraph, heads no block.
func TestNumberedTitleBlocks(t *testing.T) {
	d := visual(
		"How we are doing on parks",
		"",
		"4.1.01 Play area renewal",
		"",
		"Section: Parks",
		"",
		"Due date: 31 March 2025",
		"",
		"Status: Amber",
		"",
		"Comments:",
		"",
		"Two of the five sites are done.",
		"",
		"4.01.02 Tree planting",
		"Directorate: Place",
		"Section: Green spaces",
		"Due date: 30 November 2024",
		"Status: Green",
		"",
		"4.2 Background",
		"The parks strategy was adopted in 2019 and runs to 2029.",
	)
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, strings.Join([]string{a.Ref, a.Action, a.Theme, a.DueRaw, a.StatusRaw, a.Progress}, "|"))
	}
	want := []string{
		"4.1.01|Play area renewal|Parks|31 March 2025|Amber|Two of the five sites are done.",
		"4.01.02|Tree planting|Green spaces|30 November 2024|Green|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUnitOwnsBlock: a tracker's block names the directorate that leads
// it, the owner, beside its section.
func TestUnitOwnsBlock(t *testing.T) {
	d := visual(
		"3.02.01 Resurface the market square",
		"Directorate: Environment and Streets",
		"Section: Highways",
		"Due date: 31 March 2025",
		"Status: Green",
	)
	res := Find(d)
	if len(res.Actions) != 1 || strings.Join(res.Actions[0].Owner, "+") != "Environment and Streets" {
		t.Errorf("got %+v, want one action owned by Environment and Streets", res.Actions)
	}
	// Beside a lead, before or after it, the unit gives way.
	for _, lines := range [][]string{
		{"Action: Resurface the market square", "Directorate: Environment", "Lead officer: Kim Lee", "Due date: May 2025"},
		{"Action: Resurface the market square", "Lead officer: Kim Lee", "Directorate: Environment", "Due date: May 2025"},
	} {
		res := Find(visual(lines...))
		if len(res.Actions) != 1 || strings.Join(res.Actions[0].Owner, "+") != "Kim Lee" || res.Actions[0].DueRaw != "May 2025" {
			t.Errorf("%q: got %+v, want one action owned by Kim Lee", lines, res.Actions)
		}
	}
	// In a table, a unit's column gives way to the column of who is
	// responsible.
	d = layout.Doc{Lines: []layout.Line{
		layout.Row(0, "Action", "Responsible organisation", "Team", "Due"),
		layout.Row(0, "Plant a hedge", "Town Council", "Parks", "May 2025"),
	}}
	if res := Find(d); len(res.Actions) != 1 || strings.Join(res.Actions[0].Owner, "+") != "Town Council" {
		t.Errorf("table: got %+v, want one action owned by the Town Council", res.Actions)
	}
}

// TestTitledBlockUpdate: on a page of paragraphs, the text between one
// numbered block's fields and the next numbered title is the first
// block's update, under a "Comments:" label or none; text after the last
// block that reaches no numbered title is no block's.
func TestTitledBlockUpdate(t *testing.T) {
	d := visual(
		"5.01.01 Open a youth hub",
		"",
		"Due date: 31 March 2025",
		"",
		"Status: Green",
		"",
		"",
		"The lease is signed. Fitting out starts in May.",
		"",
		"5.01.02 Review the grants scheme",
		"",
		"Due date: 30 June 2025",
		"",
		"Status: Amber",
		"",
		"Comments:",
		"",
		"Two panels have met.",
		"",
		"A third is booked for the autumn.",
		"",
		"5.01.03 Refresh the allotment rules",
		"",
		"Due date: 30 June 2025",
		"",
		"Status: Green",
		"",
		"We will report again in the new year.",
	)
	d.Flowing = true
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Ref+"|"+a.StatusRaw+"|"+a.Progress)
	}
	want := []string{
		"5.01.01|Green|The lease is signed. Fitting out starts in May.",
		"5.01.02|Amber|Two panels have met. A third is booked for the autumn.",
		"5.01.03|Green|",
	}
	sameLines(t, got, want)
	// Under a label the first paragraph is the update however the page
	// goes on; the page's closing prose after it is not.
	d = visual(
		"6.01.01 Mend the bridge",
		"",
		"Status: Amber",
		"",
		"Comments:",
		"",
		"Works start in March.",
		"",
		"Contact the parks team for a copy of this page.",
	)
	d.Flowing = true
	got = nil
	for _, a := range Find(d).Actions {
		got = append(got, a.Ref+"|"+a.StatusRaw+"|"+a.Progress)
	}
	sameLines(t, got, []string{"6.01.01|Amber|Works start in March."})
}

// TestOutcomeAsStatus: an "Outcome" column that records how a
// recommendation stands is its status; one that says what it achieved
// stays its outcome.
func TestOutcomeAsStatus(t *testing.T) {
	for _, c := range []struct{ outcome, status, kept string }{
		{"Actioned.", "Actioned", ""},
		{"Pending", "Pending", ""},
		{"Fewer people sleeping rough", "", "Fewer people sleeping rough"},
	} {
		a := fieldsAction(map[field]string{fAction: "That rents be frozen.", fOutcome: c.outcome}, "", 1, nil)
		if a.StatusRaw != c.status || a.Outcome != c.kept {
			t.Errorf("outcome %q: status %q, outcome %q; want %q, %q", c.outcome, a.StatusRaw, a.Outcome, c.status, c.kept)
		}
	}
}

// TestStateColumn: a column named by the state its rows reach
// ("Completed", "Done?") is their status: a status word there is read as
// any, and a "Yes" or a date says the row reached it.
func TestStateColumn(t *testing.T) {
	d := visual(
		"Action\tLead\tDone?",
		"Mend the bus shelter\tClerk\tYes",
		"Paint the railings\tClerk\t12/03/2026",
		"Plant the verges\tParks Officer\tOngoing",
		"Move the bench\tParks Officer\tNo",
	)
	var got []string
	for _, a := range Find(d).Actions {
		st := a.Status
		if st == "" {
			st = action.NormalizeStatus(a.StatusRaw)
		}
		got = append(got, a.Action+"|"+a.StatusRaw+"|"+st)
	}
	sameLines(t, got, []string{
		"Mend the bus shelter|Yes|complete",
		"Paint the railings|12/03/2026|complete",
		"Plant the verges|Ongoing|in_progress",
		"Move the bench|No|unknown",
	})

	// A date column named by the state: its date is when the row got
	// there, the row's status, not its deadline.
	d = visual(
		"Task\tProgress\tDate completed",
		"Fix the gate\tNew hinges fitted.\t3rd May 2025",
		"Clear the ditch\tContractor booked.\t",
		"Reseed the green\tSeed ordered.\tExpected April 2027",
		"Trim the hedge\tQuote sought.\tTarget: June 2027",
	)
	got = nil
	for _, a := range Find(d).Actions {
		got = append(got, a.Action+"|"+a.DueRaw+"|"+a.StatusRaw+"|"+a.Status)
	}
	// (A date there with a word of planning before it is when the row
	// is to get there: no state.)
	sameLines(t, got, []string{
		"Fix the gate||3rd May 2025|complete",
		"Clear the ditch|||",
		"Reseed the green||Expected April 2027|",
		"Trim the hedge||Target: June 2027|",
	})
}

// TestCommitteeColumn: a town council's plan gives each row to a
// committee; a log of several committees' actions names the committee
// that met beside its meeting, and that is no owner; nor is an owner's
// cell that holds a day's date.
func TestCommitteeColumn(t *testing.T) {
	show := func(d layout.Doc) []string {
		var got []string
		for _, a := range Find(d).Actions {
			got = append(got, a.Action+"|"+strings.Join(a.Owner, ";"))
		}
		return got
	}
	sameLines(t, show(visual(
		"Action\tCommittee\tDue",
		"Renew the allotment leases\tAmenities Committee\tMarch 2027",
	)), []string{"Renew the allotment leases|Amenities Committee"})
	sameLines(t, show(visual(
		"Meeting\tCommittee\tAction\tStatus",
		"4 June 2025\tAmenities Committee\tWrite to the bowls club about the lease\tComplete",
	)), []string{"Write to the bowls club about the lease|"})
	sameLines(t, show(visual(
		"Action\tLead\tStatus",
		"Object to the barn conversion\tAmenities Committee 4 June 2025\tComplete",
	)), []string{"Object to the barn conversion|"})
}

// A decision record's form is no action block: its status, dates and
// purpose record a decision.
func TestDecisionFormIsNoBlock(t *testing.T) {
	d := visual(
		"Decision Maker: Cabinet",
		"Decision status: For Determination",
		"Purpose:",
		"To receive any recommendations from the Scrutiny Committee.",
		"Publication date: 20/04/2021",
		"Date of decision: 20/04/2021",
	)
	if res := Find(d); len(res.Actions) != 0 {
		t.Errorf("got %+v", res.Actions)
	}
	d = visual(
		"LOCAL GOVERNMENT RE-ORGANISATION: THE TOWN'S PROPOSAL",
		"Outcome: Recommendations Approved",
		"Purpose:",
		"Content: The Executive resolved to approve the proposal.",
	)
	if res := Find(d); len(res.Actions) != 0 {
		t.Errorf("a heading in capitals and a decision's outcome read as an action: %+v", res.Actions)
	}
}

// A decisions list's next entry is never the value above it wrapped.
func TestEntryEndsBlock(t *testing.T) {
	d := layout.Doc{Lines: []layout.Line{
		{Text: "Action: Fund the play area projects from the parks reserve."},
		{Text: "Lead officer: Sam Green"},
		{Text: "20/02/2024 - Town Centre Fund ref: 521 Recommendations Approved"},
	}}
	res := Find(d)
	if len(res.Actions) != 1 || strings.Join(res.Actions[0].Owner, "|") != "Sam Green" {
		t.Errorf("got %+v", res.Actions)
	}
}

func TestFindAcrossRunningTitles(t *testing.T) {
	d := visual(
		"Ref\tAction\tLead\tStatus",
		"1\tRecruit\tAnn\tGreen",
		"Health and Wellbeing Board 23 May 2024",
		"Page 2",
		"Ref\tAction\tLead\tStatus",
		"\tvolunteers\t\t",
		"2\tTrain them\tBob\tAmber",
		"The table is followed by a long paragraph of prose that is not part of the table at all, and ends it.",
		"3\tNot a row\tCat\tRed",
	)
	res := Find(d)
	if len(res.Actions) != 2 || res.Actions[0].Action != "Recruit volunteers" {
		t.Fatalf("got %+v", res.Actions)
	}
	if res.Used[7] || res.Used[8] || !res.Used[2] {
		t.Errorf("used = %v", res.Used)
	}
}

func TestFindStopsAtAnotherTableAfterAGap(t *testing.T) {
	d := visual(
		"Action\tLead\tDeadline\tRAG\tUpdate",
		"Review discharge\tICB\tQ4 2023/24\tA\tStarted.",
		"",
		"Budget\t2023/24\t2024/25",
		"Reablement\t£1,200,000\t£1,250,000",
	)
	res := Find(d)
	if len(res.Actions) != 1 || res.Used[3] {
		t.Errorf("budget rows taken into the plan: %+v", res.Actions)
	}
}

// TestFindThemeHeadings: headings between tables of one shape are the
// themes of the rows below them, whether each table repeats its header or
// only the first has one; a heading above the first table is a theme only
// when its words say so; a running title between pages stays furniture.
func TestFindThemeHeadings(t *testing.T) {
	heading := func(text string) layout.Line { return layout.Line{Text: text, Heading: 2} }
	rows := func(lines ...string) []layout.Line { return visual(lines...).Lines }
	doc := func(parts ...[]layout.Line) layout.Doc {
		var d layout.Doc
		for _, p := range parts {
			d.Lines = append(d.Lines, p...)
		}
		return d
	}
	hdr := "Ref\tAction\tLead\tDeadline"
	tests := []struct {
		name string
		doc  layout.Doc
		want []string // ref:theme of each action
	}{
		{"each table with its header", doc(
			[]layout.Line{heading("Health and Wellbeing Action Plan"), heading("Priority 1 - Housing")},
			rows(hdr, "1.a\tInspect homes\tHousing\t2024"),
			[]layout.Line{heading("Priority 2 - Smoking")},
			rows(hdr, "2.a\tQuit service\tPublic Health\t2024", "2.b\tSchools\tPublic Health\t2025"),
		), []string{"1.a:Priority 1 - Housing", "2.a:Priority 2 - Smoking", "2.b:Priority 2 - Smoking"}},
		{"header on the first table only", doc(
			[]layout.Line{heading("Priority 1 - Housing")},
			rows(hdr, "1.a\tInspect homes\tHousing\t2024"),
			[]layout.Line{{Text: "Homes that keep people well", Bold: true}},
			rows("2.a\tQuit service\tPublic Health\t2024"),
		), []string{"1.a:Priority 1 - Housing", "2.a:Homes that keep people well"}},
		{"a line saying what the theme means between", doc(
			[]layout.Line{{Text: "Priority 3"}, {Text: "Fewer families in temporary homes, and for less time."}},
			rows(hdr, "3.a\tBuy homes\tHousing\t2025"),
		), []string{"3.a:Priority 3"}},
		{"two lines between are no theme's", doc(
			[]layout.Line{{Text: "Priority 3"}, {Text: "Fewer families in temporary homes."}, {Text: "Less time spent in them."}},
			rows(hdr, "3.a\tBuy homes\tHousing\t2025"),
		), []string{"3.a:"}},
		{"a title above the table is no theme", doc(
			[]layout.Line{heading("Health and Wellbeing Action Plan 2024")},
			rows(hdr, "1\tInspect homes\tHousing\t2024"),
		), []string{"1:"}},
		{"a running title before the repeated header is no theme", doc(
			rows(hdr, "1\tInspect homes\tHousing\t2024"),
			[]layout.Line{heading("Action Plan 2024"), {Text: "Page 2"}},
			rows(hdr, "2\tQuit service\tPublic Health\t2024"),
		), []string{"1:", "2:"}},
		{"a sentence between tables ends the table", doc(
			rows(hdr, "1\tInspect homes\tHousing\t2024"),
			[]layout.Line{{Text: "The board noted the plan.", Bold: true}},
			rows("2\tNot a row\tNobody\t2024"),
		), []string{"1:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Find(tt.doc).Actions {
				got = append(got, a.Ref+":"+a.Theme)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFindCards: one label-and-value table per action, under a heading
// that numbers it, gives one action per card; a two-column plan with a
// header row is still a table.
func TestFindCards(t *testing.T) {
	rec := func(label, value string) layout.Line {
		return layout.Line{Cells: []layout.Cell{{Text: label}, {Text: value}}, Record: true, Table: 1, Text: label + "\t" + value}
	}
	d := layout.Doc{Lines: []layout.Line{
		{Text: "Action 1", Heading: 3},
		rec("Action", "Recruit volunteer champions"),
		rec("Measure of success", "10 x volunteers"),
		rec("Target date", "October 2021"),
		rec("Lead Officer", "Health Improvement Officers"),
		rec("Status", "On track"),
		{Text: "Action 2", Heading: 3},
		rec("Action", "Run lung cancer campaigns"),
		rec("Target date", "March 2022"),
		rec("Status", "Not started"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, strings.Join([]string{a.Ref, a.Action, a.Target, a.DueRaw, strings.Join(a.Owner, "/"), a.StatusRaw}, "|"))
	}
	want := []string{
		"1|Recruit volunteer champions|10 x volunteers|October 2021|Health Improvement Officers|On track",
		"2|Run lung cancer campaigns||March 2022||Not started",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	plan := visual("Action\tLead", "Recruit volunteers\tJo Bloggs", "Run campaigns\tPublic Health")
	if n := len(Find(plan).Actions); n != 2 {
		t.Errorf("two-column plan: %d actions, want 2", n)
	}
}

// A strategy's table of goals needs no who or when: a goal alone is a
// commitment, a goal with its delivery an action.
func TestPledgeTables(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
		want []string // kind|objective|action
	}{
		{"goals and what they mean", [][]string{{"Our goals", "What we mean"},
			{"People are more active", "More walking and cycling"}, {"Carers are supported early", "Assessments offered"}},
			[]string{"commitment||People are more active", "commitment||Carers are supported early"}},
		{"commitments and their delivery", [][]string{{"What we have committed to", "Strategies / plans in place to deliver"},
			{"Work in a more integrated way", "Support district alliances"}},
			[]string{"action|Work in a more integrated way|Support district alliances"}},
		// A first goal that is a sentence holding a header word
		// ("benefits", "activities") is no card's label: the table is
		// read, not skipped as a card.
		{"first goal holding an outcome word", [][]string{{"Our goals", "What we mean"},
			{"Residents notice the first signs of frailty. They know where to turn and the benefits of asking early.", "Training for front-line staff"},
			{"Everyone can reach a falls service quickly", "Referral within two weeks"}},
			[]string{"commitment||Residents notice the first signs of frailty. They know where to turn and the benefits of asking early.",
				"commitment||Everyone can reach a falls service quickly"}},
		// A table of a strategy's aims, named and numbered, is one too.
		{"aims, each with its name (the two columns of what is done joined)", [][]string{{"Ref", "Aim name", "Aim"},
			{"3.1", "Heritage", "Care for the town's historic buildings"}, {"3.2", "Trees", "Plant a tree for every new home"}},
			[]string{"commitment||Heritage Care for the town's historic buildings", "commitment||Trees Plant a tree for every new home"}},
		{"first goal holding an action word", [][]string{{"Our goals", "What we mean"},
			{"Older people can join a range of low-cost activities that suit their interests", "Clubs in every district"}},
			[]string{"commitment||Older people can join a range of low-cost activities that suit their interests"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d layout.Doc
			for _, r := range tt.rows {
				l := layout.Row(1, r...)
				l.Record = true
				d.Lines = append(d.Lines, l)
			}
			var got []string
			for _, a := range Find(d).Actions {
				got = append(got, a.Kind+"|"+a.Objective+"|"+a.Action)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A strategy's goals table takes its theme from the section it sits in,
// headed in capitals maybe pages before, past the section's own
// sub-headings.
func TestPledgeTableSection(t *testing.T) {
	d := layout.Doc{Lines: []layout.Line{
		{Page: 14, Text: "PREVENTING WELL", Heading: 1},
		{Page: 14, Text: "Overview", Heading: 2},
		{Page: 14, Text: "More people are living longer."},
	}}
	for _, r := range [][]string{{"Our goals", "What we mean"}, {"People are more active", "More walking and cycling"}} {
		l := layout.Row(15, r...)
		l.Record = true
		d.Lines = append(d.Lines, l)
	}
	acts := Find(d).Actions
	if len(acts) != 1 || acts[0].Theme != "PREVENTING WELL" {
		t.Errorf("got %+v, want one commitment themed PREVENTING WELL", acts)
	}
}

// A cell merged down over rows that each bring their own objective applies
// to each of them; merged over rows that bring only a status, it is one
// action in parts, each with the merged owner.
func TestMergedCells(t *testing.T) {
	row := func(cells ...layout.Cell) layout.Line {
		l := layout.Line{Page: 1, Cells: cells, Record: true}
		return l
	}
	c := func(s string) layout.Cell { return layout.Cell{Text: s} }
	span := layout.Cell{Spanned: true}
	d := layout.Doc{Lines: []layout.Line{
		row(c("Objective"), c("Action"), c("Lead"), c("Status")),
		row(c("Grow our workforce"), c("People Strategy"), c("HR"), c("")),
		row(c("Look after our people"), span, span, c("")),
		row(c("Reduce sickness"), c("Wellbeing plan"), c("OD"), c("Green")),
		row(span, span, span, c("Amber")),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Objective+"|"+a.Action+"|"+strings.Join(a.Owner, ";")+"|"+a.StatusRaw)
	}
	want := []string{"Grow our workforce|People Strategy|HR|", "Look after our people|People Strategy|HR|",
		"Reduce sickness|Wellbeing plan|OD|Green", "||OD|Amber"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// Column roles from the header as a whole: partners beside a lead are not
// owners; a raised date is no deadline.
func TestWeakColumns(t *testing.T) {
	h, ok := parseHeader([]string{"Ref", "Action", "Lead", "Partners", "Date raised", "Deadline", "Status"})
	if !ok {
		t.Fatal("header not read")
	}
	want := []field{fRef, fAction, fOwner, fNone, fNone, fDue, fStatus}
	for i, f := range want {
		if h.cols[i] != f {
			t.Errorf("column %d = %v, want %v", i, h.cols[i], f)
		}
	}
	h, ok = parseHeader([]string{"Action", "Partners", "By when"})
	if !ok || h.cols[1] != fOwner {
		t.Errorf("partners alone: %v %v, want owner", ok, h.cols)
	}
}

// A plan's risks column is no risk register.
func TestRiskColumnInAPlan(t *testing.T) {
	if _, ok := parseHeader([]string{"Action", "Lead", "Target date", "Risks"}); !ok {
		t.Error("a plan with a risks column rejected")
	}
}

// Dates of what has happened are no deadline; a bare Date is one only when
// no column names the deadline; a response beside a progress column, and a
// recommendation beside the action agreed in answer to it, give way.
func TestWeakColumnsByRole(t *testing.T) {
	tests := []struct {
		cells []string
		want  []field
	}{
		{[]string{"Ref", "Date agreed", "Recommendation", "Cabinet response", "Lead officer", "Progress update", "Status"},
			[]field{fRef, fNone, fAction, fNone, fOwner, fProgress, fStatus}},
		{[]string{"No.", "Meeting date", "Action", "Officer responsible", "Due date", "Date completed", "Status"},
			[]field{fRef, fNone, fAction, fOwner, fDue, fNone, fStatus}},
		{[]string{"Date", "Action", "Lead", "Target date"}, []field{fNone, fAction, fOwner, fDue}},
		{[]string{"Action", "Lead", "Date"}, []field{fAction, fOwner, fDue}},
		{[]string{"Ref", "Finding", "Agreed action", "Owner", "Exec date", "Revised date"},
			[]field{fRef, fObjective, fAction, fOwner, fNone, fDue}},
		{[]string{"Recommendation", "Agreed action", "Owner", "Deadline"}, []field{fObjective, fAction, fOwner, fDue}},
		{[]string{"Recommendation", "Response", "Lead", "Timescale"}, []field{fAction, fProgress, fOwner, fDue}},
		{[]string{"What we will do", "Who will lead", "Working with", "By when"}, []field{fAction, fOwner, fNone, fDue}},
		// A column that names the deadline stays one beside the date it
		// is reviewed on; a review date alone is none. (A column named by
		// the state its rows reach is their status.)
		{[]string{"Action", "Implementation", "Who is responsible for action?", "Timescale & Review Date", "Achieved?"},
			[]field{fAction, fNone, fOwner, fDue, fStatus}},
		// Beside a status column, one named by a state gives way.
		{[]string{"Action", "Lead", "Completed", "Status"}, []field{fAction, fOwner, fNone, fStatus}},
		{[]string{"Action", "Lead", "Review date"}, []field{fAction, fOwner, fNone}},
		// An "Item" beside the rows' own numbers is what is done, and a
		// bare "Action" after it who does it; beside a column of who
		// leads, "Action" keeps its own sense.
		{[]string{"Serial No.", "Item", "Year", "Action", "Progress"}, []field{fRef, fAction, fDue, fOwner, fProgress}},
		{[]string{"No.", "Item", "Action", "Lead"}, []field{fRef, fRef, fAction, fOwner}},
		{[]string{"Item", "Action", "Progress"}, []field{fRef, fAction, fProgress}},
		{[]string{"Action", "Lead", "Target FY"}, []field{fAction, fOwner, fDue}},
		{[]string{"Action", "Lead", "Financial year"}, []field{fAction, fOwner, fDue}},
	}
	for _, tt := range tests {
		h, ok := parseHeader(tt.cells)
		if !ok {
			t.Errorf("%q: not read as a header", tt.cells)
			continue
		}
		for i, f := range tt.want {
			if h.cols[i] != f {
				t.Errorf("%q: column %q = %v, want %v", tt.cells, tt.cells[i], h.cols[i], f)
			}
		}
	}
}

// record makes a real row of table n.
func record(n int, bold bool, cells ...string) layout.Line {
	l := layout.Row(0, cells...)
	l.Record, l.Table, l.Bold = true, n, bold
	return l
}

// TestStatusHeadingRows: a row, or a heading between parts, that names the
// status of the actions under it gives them that status and is no theme.
func TestStatusHeadingRows(t *testing.T) {
	span := func(n int, text string) layout.Line {
		l := record(n, true, text, "", "", "")
		l.Cells[0].Span = 4
		return l
	}
	d := layout.Doc{Flowing: true, Lines: []layout.Line{
		record(1, true, "Ref", "Action", "Lead", "Target date"),
		span(1, "Completed actions"),
		record(1, false, "1", "Switch to a renewable tariff", "Facilities", "April 2025"),
		span(1, "Actions in progress"),
		record(1, false, "2", "Install solar panels", "Property", "March 2026"),
		span(1, "Priority 2 - Transport"),
		record(1, false, "3", "Electric pool cars", "Fleet", "2026/27"),
		{Text: "Actions not yet started", Heading: 3},
		record(2, true, "Ref", "Action", "Lead", "Target date"),
		record(2, false, "4", "Insulation campaign", "Climate Team", "Spring 2026"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Ref+":"+action.NormalizeStatus(a.StatusRaw)+":"+a.Theme)
	}
	want := []string{"1:complete:", "2:in_progress:", "3:in_progress:Priority 2 - Transport", "4:not_started:Priority 2 - Transport"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestTablesUnderHeadings: in a paper that flows, one table per part under
// headings with no theme words gives each part its heading, the first
// included; a table with its own header after the plan (a budget) and one
// that is a risk register are not part of it.
func TestTablesUnderHeadings(t *testing.T) {
	h := func(text string) layout.Line { return layout.Line{Text: text, Heading: 2} }
	d := layout.Doc{Flowing: true, Lines: []layout.Line{
		{Text: "Cost of Living Action Plan", Heading: 1},
		h("Helping people keep warm"),
		record(1, true, "Action", "Lead officer", "Timescale"),
		record(1, false, "Winter fuel top-up", "Benefits Manager", "November 2025"),
		h("Food and essentials"),
		record(2, true, "Action", "Lead officer", "Timescale"),
		record(2, false, "Food bank van", "Communities Manager", "October 2025"),
		h("Budget"),
		record(3, true, "Workstream", "Allocation £", "Lead officer"),
		record(3, false, "Warm spaces", "40,000", "Libraries Manager"),
		h("Risks"),
		record(4, true, "Risk", "Mitigating actions", "Risk owner"),
		record(4, false, "Too few volunteers", "Recruit more", "Libraries Manager"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Action+":"+a.Theme)
	}
	want := []string{"Winter fuel top-up:Helping people keep warm", "Food bank van:Food and essentials"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestWrappedRefsAndRatings: in text taken from a PDF, a register's code
// that wrapped in a narrow column ("IA24-" over "03.1") is one ref; a
// Priority column of ratings is no theme, so the theme row above stands.
func TestWrappedRefsAndRatings(t *testing.T) {
	d := visual(
		"Ref\tPriority\tAgreed action\tOwner\tTarget date",
		"Payroll (2024/25)\t\t\t\t",
		"IA24-\tHigh\tCheck contracts before\tPayroll\t31/07/2025",
		"03.1\t\tpaying new starters.\tManager\t",
		"IA24-\tLow\tBlock self-approval\tHead of HR\t30/09/2025",
		"03.2\t\tof overtime.\t\t",
	)
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Ref+"|"+a.Action+"|"+strings.Join(a.Owner, ";")+"|"+a.Theme)
	}
	want := []string{"IA24-03.1|Check contracts before paying new starters.|Payroll Manager|Payroll (2024/25)",
		"IA24-03.2|Block self-approval of overtime.|Head of HR|Payroll (2024/25)"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestCardsAsCouncilsWriteThem: a card's title row across both columns
// gives its ref and title; a label the card has no field for, and partners
// beside the lead, stay in the card; a status shown by the cell's fill is
// read; a heading above the cards is their theme, "Theme A: …" whole.
func TestCardsAsCouncilsWriteThem(t *testing.T) {
	rec := func(n int, label, value string) layout.Line {
		l := record(n, false, label, value)
		return l
	}
	title := func(n int, text string) layout.Line {
		l := record(n, true, text, "")
		l.Cells[0].Span = 2
		return l
	}
	shaded := func(n int, label, shade string) layout.Line {
		l := rec(n, label, "")
		l.Cells[1].Shade = shade
		return l
	}
	d := layout.Doc{Flowing: true, Lines: []layout.Line{
		{Text: "Outcome 4: Tackle the wider determinants", Heading: 2},
		title(1, "Action 4.2 – Healthy homes referrals"),
		rec(1, "Description", "Set up one referral route from GP practices"),
		rec(1, "Partners", "Primary care networks"),
		rec(1, "Lead", "Head of Private Sector Housing"),
		rec(1, "Working with", "Home Improvement Agency"),
		rec(1, "Completion date", "September 2025"),
		shaded(1, "RAG status", "Blue"),
		{Text: "Theme B: Places to meet", Heading: 2},
		{Text: "Action 5", Heading: 3},
		rec(2, "What we will do", "Open two community hubs"),
		rec(2, "Who will lead", "Head of Communities"),
		rec(2, "Supported by", "Parish councils"),
		rec(2, "How we will know", "Two hubs open"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, strings.Join([]string{a.Ref, a.Title, a.Action, strings.Join(a.Owner, "/"), a.DueRaw, a.StatusRaw, a.Target, a.Theme}, "|"))
	}
	want := []string{
		"4.2|Healthy homes referrals|Set up one referral route from GP practices|Head of Private Sector Housing|September 2025|Blue||Outcome 4: Tackle the wider determinants",
		"5||Open two community hubs|Head of Communities|||Two hubs open|Theme B: Places to meet",
	}
	sameLines(t, got, want)
}

// TestBlocksAnsweringRecommendations: "Recommendation N: …" then
// "Action: …" in any order of the other labels is one action whose
// objective is the recommendation; "Response: Agreed." belongs to it.
func TestBlocksAnsweringRecommendations(t *testing.T) {
	d := layout.Doc{Flowing: true}
	for _, s := range []string{
		"Recommendation 1: Set out a medium-term financial plan.",
		"Action: Publish a three-year plan with the budget.",
		"Lead: Chief Finance Officer",
		"Target date: February 2026",
		"Recommendation 2: Give scrutiny a role in the budget.",
		"Response: Agreed.",
		"Lead: Head of Democratic Services",
		"Target date: January 2026",
		"Action: Hold two budget scrutiny sessions.",
		"Status: Complete",
	} {
		d.Lines = append(d.Lines, layout.Line{Text: s})
	}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, strings.Join([]string{a.Ref, a.Objective, a.Action, strings.Join(a.Owner, "/"), a.DueRaw, a.StatusRaw}, "|"))
	}
	want := []string{
		"1|Set out a medium-term financial plan.|Publish a three-year plan with the budget.|Chief Finance Officer|February 2026|",
		"2|Give scrutiny a role in the budget.|Hold two budget scrutiny sessions.|Head of Democratic Services|January 2026|Complete",
	}
	sameLines(t, got, want)
}

// TestQuestionLabelledBlocks: a plan's cards written as questions with
// their answers after a colon. "What we want" and "What you will see"
// are the objective and the outcome, not two more actions beside "What we
// will do"; "Where are we now" is the position, and its second paragraph
// (a paragraph a line) belongs to it when another of the card's labels
// follows. A paragraph after the last card, no label after it, does not,
// nor does one before a numbered list's label ("KPI 1: …").
func TestQuestionLabelledBlocks(t *testing.T) {
	d := layout.Doc{Flowing: true}
	for _, s := range []string{
		"Priority A",
		"What we want: Every tenant can report a repair on the first call.",
		"What we will do: Move the repairs line to a single contact team with longer opening hours.",
		"Where are we now: Calls are passed between three offices and one in five is dropped.",
		"A trial of the single team ran in two wards last spring.",
		"What you will see: Repairs booked on the first call and a date given there and then.",
		"What we want: Damp is found before tenants have to tell us.",
		"What we will do: Survey every ground floor flat for damp over the next two years.",
		"Where are we now: Surveys happen only after a complaint.",
		"What you will see: A surveyor's visit and a written report for each flat.",
		"The board will look at these cards again in the autumn.",
		"What we want: Fewer empty homes.",
		"What we will do: Write to the owner of every home empty for a year.",
		"Where are we now: Letters go out only after a complaint.",
		"The measures we report on are listed below.", // a numbered list's label, no field of the card, follows
		"KPI 1: Homes brought back into use",
	} {
		d.Lines = append(d.Lines, layout.Line{Text: s})
	}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, strings.Join([]string{a.Objective, a.Action, a.Progress, a.Outcome}, "|"))
	}
	want := []string{
		"Every tenant can report a repair on the first call.|Move the repairs line to a single contact team with longer opening hours.|Calls are passed between three offices and one in five is dropped. A trial of the single team ran in two wards last spring.|Repairs booked on the first call and a date given there and then.",
		"Damp is found before tenants have to tell us.|Survey every ground floor flat for damp over the next two years.|Surveys happen only after a complaint.|A surveyor's visit and a written report for each flat.",
		"Fewer empty homes.|Write to the owner of every home empty for a year.|Letters go out only after a complaint.|",
	}
	sameLines(t, got, want)
}

// TestCardAfterThePlan: a real table of another shape straight after the
// plan's rows (Word drops the empty paragraph between) is not part of it.
func TestCardAfterThePlan(t *testing.T) {
	d := layout.Doc{Flowing: true, Lines: []layout.Line{
		record(1, true, "Mitigating action", "Responsible officer", "Target date"),
		record(1, false, "Keep the Saturday opening", "Waste Services Manager", "April 2026"),
		record(2, false, "Further action", "Add the hours to the booking system"),
		record(2, false, "Responsible officer", "Digital Services Lead"),
		record(2, false, "Timescale", "February 2026"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Action+"|"+strings.Join(a.Owner, "/")+"|"+a.DueRaw)
	}
	want := []string{"Keep the Saturday opening|Waste Services Manager|April 2026", "Add the hours to the booking system|Digital Services Lead|February 2026"}
	sameLines(t, got, want)
}

// sameLines fails the test when got and want differ, showing both.
func sameLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestStatusHeadingsOverAStatusColumn: a heading that names the status of
// the table under it gives its rows that status when their own status cell
// is empty (a RAG fill the reader could not see); a heading between two
// parts on one page of a paged paper is no running title.
func TestStatusHeadingsOverAStatusColumn(t *testing.T) {
	row := func(table int, cells ...string) layout.Line {
		l := record(table, false, cells...)
		l.Page = 1
		return l
	}
	d := layout.Doc{Lines: []layout.Line{
		{Page: 1, Text: "Actions in progress", Heading: 2},
		row(1, "Ref", "Action", "Lead officer", "Target date", "RAG"),
		row(1, "CP-04", "Review community buildings", "Head of Property", "December 2025", ""),
		row(1, "CP-07", "Food waste collections", "Waste Manager", "March 2026", "Amber"),
		{Page: 1, Text: "Actions completed this year", Heading: 2},
		row(2, "Ref", "Action", "Lead officer", "Target date", "RAG"),
		row(2, "CP-02", "Move customer services", "Customer Services Manager", "September 2025", ""),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Ref+":"+action.NormalizeStatus(a.StatusRaw))
	}
	sameLines(t, got, []string{"CP-04:in_progress", "CP-07:at_risk", "CP-02:complete"})
}

// TestHeaderRepeatedInLongWords: each slide repeats the header, one slide
// in words too long to read as a header; it is the header again, not a row.
func TestHeaderRepeatedInLongWords(t *testing.T) {
	d := layout.Doc{Lines: []layout.Line{
		{Text: "Shared outcome 5 ~ Public Health input", Heading: 3},
		record(1, true, "What we have committed to", "Strategies / plans in place to deliver"),
		record(1, false, "Work in a more integrated way", "Support district alliances"),
		{Text: "Shared outcome 5 ~ Growth input", Heading: 3},
		record(2, true, "What we have committed to", "Strategy / plan / Service in place to deliver"),
		record(2, false, "Improve access to services", "Community wardens"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Objective+"|"+a.Action+"|"+a.Theme)
	}
	sameLines(t, got, []string{"Work in a more integrated way|Support district alliances|Shared outcome 5 ~ Public Health input", "Improve access to services|Community wardens|Shared outcome 5 ~ Growth input"})
}

// TestRowWithOnlyAnOutcome: a row that says nothing of what is to be
// done, nor who, when or how far along, but only an outcome, is no action.
func TestRowWithOnlyAnOutcome(t *testing.T) {
	d := layout.Doc{Lines: []layout.Line{
		record(1, true, "Action", "Lead", "Due", "Outcome"),
		record(1, false, "Plant 200 trees", "Parks", "March 2026", "Greener streets"),
		record(1, false, "", "", "", "Carers get timely advice"),
		record(1, false, "Open two play areas", "Parks", "June 2026", "More play"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Action+"|"+a.Outcome)
	}
	if want := []string{"Plant 200 trees|Greener streets", "Open two play areas|More play"}; !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestLabelledLinesAlone: what a block's label says of its words — a
// strategy's "Commitment:" with only an outcome after it is a commitment
// (under "Action:" with a lead the same words are a plan's action); a line
// that numbers itself as an action ("Action 2: …") is one though nothing
// else is said of it, where a line labelled otherwise, alone, is not.
func TestLabelledLinesAlone(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"commitment or action by its label", []string{
			"Priority 1: the best start for every child",
			"Commitment: we will give every family access to the start for life offer.",
			"Outcome: flourish",
			"Priority 2: a chance to reach their potential",
			"Action: we will fund the reading programme in every nursery.",
			"Lead: Early Years Team",
			"Outcome: thrive",
		}, "commitment|we will give every family access to the start for life offer.| action|we will fund the reading programme in every nursery.|Early Years Team"},
		{"numbered action lines", []string{
			"Policy 1: Outdoor play improves children's health.",
			"Action 1: Work with public health partners to promote play areas (Ongoing)",
			"Action 2: Promote the play strategy to the health boards.",
			"Note: The policies are reviewed each year.",
		}, "action|Work with public health partners to promote play areas (Ongoing)| action|Promote the play strategy to the health boards.|"},
		{"numbered action lines that only tell progress in the past, and one still to do", []string{
			"The Chair highlighted some of the actions:",
			"Action 4: Work on the new skate park had now been completed.",
			"Action 6: It was noted that the tree survey was ongoing, with more visits planned.",
			"Action 9: The pavilion roof would be repaired before the summer.",
			"Action 10: Replace signs which were damaged in the storm.",
			"Action 11: Repair the fence the storm had knocked down.",
		}, "action|The pavilion roof would be repaired before the summer.| action|Replace signs which were damaged in the storm.| action|Repair the fence the storm had knocked down.|"},
		{"a commitment numbered on a line of its own, its words on the next, its lead under a label alone", []string{
			"Commitment 7",
			"Open a new library hub in the north of the borough",
			"Lead",
			"Libraries Service.",
			"Our progress",
			"The site has been chosen and the lease agreed.",
			"Commitment 8",
			"Review the mobile library routes",
			"Lead",
			"Libraries Service",
		}, "action|Open a new library hub in the north of the borough|Libraries Service action|Review the mobile library routes|Libraries Service"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Find(visual(tc.lines...))
			if got := shown(res.Actions, func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";") }); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// shown joins what show gives of each action, a space between.
func shown(as []action.Action, show func(action.Action) string) string {
	var out []string
	for _, a := range as {
		out = append(out, show(a))
	}
	return strings.Join(out, " ")
}

// A card set a label a line may go on with a label it has no field for
// ("Next steps") before one it has ("When this will happen"): that label
// and its value are the card's own, and the due under the label after
// them is still read.
func TestHeadedCardUnfieldedLabel(t *testing.T) {
	d := visual(
		"Commitment 7",
		"Open a new library hub in the north of the borough",
		"Lead",
		"Libraries Service.",
		"Our progress",
		"The site has been chosen.",
		"Next steps",
		"We will sign the lease and appoint the builders.",
		"When this will happen",
		"The hub will open in March 2026.",
		"Commitment 8",
		"Review the mobile library routes",
		"Lead",
		"Libraries Service",
	)
	d.Flowing = true
	res := Find(d)
	if len(res.Actions) != 2 {
		t.Fatalf("got %d actions, want 2", len(res.Actions))
	}
	for i := 6; i <= 9; i++ {
		if !res.Used[i] {
			t.Errorf("line %d (%q) not the card's", i, d.Lines[i].Text)
		}
	}
	if a := res.Actions[0]; !strings.Contains(a.DueRaw, "March 2026") {
		t.Errorf("due %q, want March 2026", a.DueRaw)
	}
}

func TestHeaderLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Action Responsibility":         true,
		"Action Lead Timescale Status":  true,
		"Action":                        false, // one column is no table
		"Lead Timescale":                false, // no action column
		"Actions agreed at the meeting": false,
		"Our actions this year":         false,
	} {
		if got := HeaderLine(text); got != want {
			t.Errorf("HeaderLine(%q) = %v, want %v", text, got, want)
		}
	}
}

// Labels set off with dashes: an "Action - …" line over two or more
// labelled points ("- target /outcome - …", "- year - …") is a block; a
// line with a dash and one point under it is not.
func TestDashLabelledBlocks(t *testing.T) {
	res := Find(visual(
		"Priority four",
		"Action - work with partners to find rough sleepers a home sooner",
		"- target /outcome - fewer people sleeping rough each winter",
		"- year - ongoing",
		"Action - open a winter shelter in the town centre",
		"- target /outcome - nobody sleeps out in severe weather",
		"- timescale - December 2026",
	))
	got := shown(res.Actions, func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + a.Target + "|" + a.DueRaw })
	want := "action|work with partners to find rough sleepers a home sooner|fewer people sleeping rough each winter|ongoing " +
		"action|open a winter shelter in the town centre|nobody sleeps out in severe weather|December 2026"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// The same wrapped to a width: a line that goes on with the one
	// before is passed over, and the block's lines read it as theirs.
	res = Find(visual(
		"Priority four, to make sure that nobody has to sleep rough in the district",
		"Action - work with partners across the district to find rough sleepers a",
		"home sooner",
		"- target /outcome - fewer people sleeping rough each winter in the town and",
		"  in the villages around it",
		"- year - ongoing",
		"Action - open a winter shelter in the town centre for the coldest months of",
		"the year",
		"- target /outcome - nobody sleeps out in severe weather",
		"- timescale - December 2026",
	))
	got = shown(res.Actions, func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + a.Target + "|" + a.DueRaw })
	want = "action|work with partners across the district to find rough sleepers a home sooner|fewer people sleeping rough each winter in the town and in the villages around it|ongoing " +
		"action|open a winter shelter in the town centre for the coldest months of the year|nobody sleeps out in severe weather|December 2026"
	if got != want {
		t.Errorf("wrapped: got  %q\nwant %q", got, want)
	}
	res = Find(visual("Action - open a winter shelter in the town centre", "- lead - Housing Options"))
	if len(res.Actions) != 0 {
		t.Errorf("one labelled point under a dash: got %v", res.Actions)
	}
	// Points with another bullet, each block numbered on the line above
	// it; once the paper has shown its blocks, a later one with a single
	// labelled point ("• year 2", its dash left out) is one of them too.
	res = Find(visual(
		"2.1",
		"Action - train front-desk staff to spot tenancies at risk",
		"  • target / outcome - more tenancies saved before notice is served",
		"  • year - ongoing",
		"2.2",
		"Action - pilot a rent deposit scheme with local landlords",
		"  • target / outcome - twenty households housed in the first year",
		"  • year 2",
	))
	got = shown(res.Actions, func(a action.Action) string { return a.Ref + "|" + a.Kind + "|" + a.Action + "|" + a.Target })
	want = "2.1|action|train front-desk staff to spot tenancies at risk|more tenancies saved before notice is served " +
		"2.2|action|pilot a rent deposit scheme with local landlords|twenty households housed in the first year"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A header cell's explanation in brackets is no part of its name, and does
// not make the cell too long to be a header.
func TestHeaderNote(t *testing.T) {
	h, ok := parseHeader([]string{"Action", "Lead Officer (including which department or organisation, and any other services involved)", "Timescale"})
	if !ok || h.cols[1] != fOwner {
		t.Errorf("parseHeader = %+v, %v", h, ok)
	}
}

// A header may set a short name after its first cell in small letters;
// wrapped text, or a first cell in small letters, is no header.
func TestHeaderInSmallLetters(t *testing.T) {
	h, ok := parseHeader([]string{"Action", "lead body", "Officer", "Due date"})
	if !ok || h.cols[1] != fOwner || h.cols[3] != fDue {
		t.Errorf("parseHeader = %+v, %v", h, ok)
	}
	for _, cells := range [][]string{
		{"action", "Lead", "Due date"},
		{"Action", "lead officers for topics such as", "Due date"},
	} {
		if _, ok := parseHeader(cells); ok {
			t.Errorf("parseHeader(%q) accepted", cells)
		}
	}
}

// A log whose rows a text copy ran into one line each, kept whole in the
// first column, is split where the owner's initials and a status in
// capitals fall; a row without them stays whole.
func TestRunTogetherRows(t *testing.T) {
	d := layout.Doc{Lines: []layout.Line{
		record(1, false, "Action", "Action Owner", "Status", "Update"),
		record(1, false, "002 New planters for the green, sizes and costs KP Outstanding No progress yet; KP to price three sizes", "", "", ""),
		record(1, false, "005 Summer fair committee KS/CP In progress Date set for August", "", "", ""),
		record(1, false, "009 Ask the school about parking at pick-up time", "", "", ""),
	}}
	var rows []string
	for _, a := range Find(d).Actions {
		rows = append(rows, strings.Join([]string{a.Ref, a.Action, strings.Join(a.Owner, "+"), a.StatusRaw, a.Progress}, "|"))
	}
	got := strings.Join(rows, "\n")
	want := "002|New planters for the green, sizes and costs|KP|Outstanding|No progress yet; KP to price three sizes\n" +
		"005|Summer fair committee|KS+CP|In progress|Date set for August\n" +
		"|009 Ask the school about parking at pick-up time|||"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestTrackerExport: a list exported whole from a tracking system has many
// columns of its own besides what, who and when; its rows print a code
// before the action, its bare Status beats the record's "Publish Status",
// and "Tasks" beside "Action" is a count, not the action.
func TestTrackerExport(t *testing.T) {
	header := []string{"Publish Status", "Summary", "Action", "Status", "Expected Completion Date", "Responsible Organisation",
		"Team", "Cost", "Funding Type", "Attachments", "Tasks", "Modified", "Modified By"}
	row := func(cells ...string) layout.Line { return record(1, false, cells...) }
	d := layout.Doc{Flowing: true, Lines: []layout.Line{
		record(1, true, header...),
		row("Pending", "The town has land fit for trees.", "GS1 Plant 5 hectares of woodland", "Slightly Off Track", "11/28/2029", "Town Council",
			"Parks", "", "Grant", "0", "3", "9/30/2024", "A Jones"),
		row("Pending", "A review is needed.", "GS2: Write a tree strategy", "Off Track", "1/30/2025", "Town Council",
			"Parks", "", "", "0", "2", "10/1/2024", "A Jones"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, strings.Join([]string{a.Ref, a.Action, action.NormalizeStatus(a.StatusRaw), action.NormalizeDue(a.DueRaw), strings.Join(a.Owner, ","), a.Objective}, "|"))
	}
	want := []string{
		"GS1|Plant 5 hectares of woodland|at_risk|2029-11-28|Town Council|",
		"GS2|Write a tree strategy|delayed|2025-01-30|Town Council|",
	}
	sameLines(t, got, want)
}

// TestNumberedThemeAndOwnColumns: a plan that names what, who and when may
// carry columns of its own ("Supporting", "Client Group"); a numbered
// heading between its header and its rows, where a text copy kept no bold,
// is the theme of the rows under it.
func TestNumberedThemeAndOwnColumns(t *testing.T) {
	row := func(cells ...string) layout.Line { return layout.Row(0, cells...) }
	d := layout.Doc{Lines: []layout.Line{
		row("Supporting", "Action", "Client Group", "Year", "Responsibility"),
		{Text: "2.1 Help people before they lose their homes"},
		row("Raise awareness", "Run a campaign on housing advice", "All", "Year 1", "Housing Advice"),
		row("", "Train staff in other agencies", "Vulnerable people", "Year 2", "Housing"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.Action+"|"+strings.Join(a.Owner, ",")+"|"+a.Theme)
	}
	want := []string{
		"Run a campaign on housing advice|Housing Advice|2.1 Help people before they lose their homes",
		"Train staff in other agencies|Housing|2.1 Help people before they lose their homes",
	}
	sameLines(t, got, want)
}

// TestDueClosingTheAction: with no column for it, a row says when in
// brackets at the end of its action; a doer in brackets is no date.
func TestDueClosingTheAction(t *testing.T) {
	d := layout.Doc{Lines: []layout.Line{
		record(1, true, "Action", "Partners"),
		record(1, false, "Open a weekly advice session (by June 2024)", ""),
		record(1, false, "Train staff in other agencies (ongoing)", "Health"),
		record(1, false, "Review the accommodation plan (by end of 2024).", ""),
		record(1, false, "Sign the lease (by the Clerk)", ""),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.DueRaw)
	}
	sameLines(t, got, []string{"June 2024", "", "end of 2024", ""})
}

// TestDueEndingTheAction: with no column for it, a month or a season and
// its year after "in" or "by" closing a row's action is when it is done;
// one inside the action, or under a due column, is not.
func TestDueEndingTheAction(t *testing.T) {
	d := layout.Doc{Lines: []layout.Line{
		record(1, true, "Action", "Partners"),
		record(1, false, "Pilot the new lettings rota in Autumn 2025", "Housing"),
		record(1, false, "Hold a tenants' forum by March 2026.", "Housing"),
		record(1, false, "Repeat the June 2024 survey of tenants", "Housing"),
		// (A date of what was done, after its participle, is no deadline.)
		record(1, false, "Act on the views of the tenants' panel set up in May 2024", "Housing"),
		record(1, false, "Answer the questions asked in Spring 2025.", "Housing"),
		record(1, false, "Set up in May 2026", "Housing"),
		record(1, false, "Open the new hub in Winter 2026", "Housing"),
	}}
	var got []string
	for _, a := range Find(d).Actions {
		got = append(got, a.DueRaw)
	}
	sameLines(t, got, []string{"Autumn 2025", "March 2026", "", "", "", "May 2026", "Winter 2026"})
	d = layout.Doc{Lines: []layout.Line{
		record(1, true, "Action", "Partners", "Target date"),
		record(1, false, "Pilot the new lettings rota in Autumn 2025", "Housing", "Ongoing"),
	}}
	got = nil
	for _, a := range Find(d).Actions {
		got = append(got, a.DueRaw)
	}
	sameLines(t, got, []string{"Ongoing"})
}

// TestLostHeadingThemes: in a copy that kept no headings, a short line
// standing alone (a line a paragraph, or between blank lines) heads the
// blocks under it, and the like line over a table's header heads its
// first part when lines of that shape head its later parts, and the whole
// table when it has one part (a lead-in there heads nothing); a card's
// label alone on its line heads nothing, a "Theme:" label is not
// replaced, and in a paper that marks its headings a plain line is none.
func TestLostHeadingThemes(t *testing.T) {
	themes := func(as []action.Action) string {
		return shown(as, func(a action.Action) string { return a.Ref + "=" + a.Theme })
	}
	cards := visual(
		"Keeping tenants safe in their homes",
		"Commitment 1",
		"Check every fire door in the tower blocks",
		"Lead",
		"Housing Repairs.",
		"Our progress",
		"Half of the doors have been checked.",
		"The rest are booked in.",
		"Next steps",
		"Replace the doors that failed.",
		"When this will happen",
		"By the end of the year.",
		"Commitment 2",
		"Write to every tenant about the checks",
		"Lead",
		"Tenancy Services.",
		"Listening to residents",
		"Commitment 3",
		"Hold a meeting on each estate every quarter",
		"Lead",
		"Tenancy Services.",
	)
	cards.Flowing = true
	if got, want := themes(Find(cards).Actions), "1=Keeping tenants safe in their homes 2=Keeping tenants safe in their homes 3=Listening to residents"; got != want {
		t.Errorf("cards: got  %q\nwant %q", got, want)
	}
	// In a paper whose lines read as a report (or minutes, a decision),
	// a short line alone is a cover's field or a name, no heading.
	if got, want := themes(FindIn(cards, action.DocReport).Actions), "1= 2= 3="; got != want {
		t.Errorf("cards in a report: got  %q\nwant %q", got, want)
	}
	labelled := visual(
		"Theme: Safer homes",
		"Action 1: Check every fire door",
		"Lead: Housing Repairs",
		"Further notes on the checks",
		"Action 2: Write to every tenant",
		"Lead: Tenancy Services",
	)
	labelled.Flowing = true
	if got, want := themes(Find(labelled).Actions), "1=Safer homes 2=Safer homes"; got != want {
		t.Errorf("labelled theme: got  %q\nwant %q", got, want)
	}
	styled := visual(
		"A plan for our homes",
		"Keeping tenants safe in their homes",
		"Commitment 1",
		"Check every fire door in the tower blocks",
		"Lead",
		"Housing Repairs.",
	)
	styled.Flowing = true
	styled.Lines[0].Heading = 1
	if got, want := themes(Find(styled).Actions), "1=A plan for our homes"; got != want {
		t.Errorf("headings kept: got  %q\nwant %q", got, want)
	}
	plan := visual(
		"1. Empty homes are known about and recorded",
		"",
		"Actions\tLead\tTimescales",
		"Keep a list of empty homes\tEmpty Homes Officer\tApril 2026",
		"Share the list with the council tax team\tEmpty Homes Officer\tJune 2026",
		"",
		"2. Owners are helped to bring homes back into use",
		"",
		"Offer loans for repairs\tHousing Manager\tMarch 2027",
	)
	plan.Lines[6] = layout.Row(1, "2. Owners are helped to bring homes back into use", "", "")
	plan.Lines[6].Bold = true
	if got, want := themes(Find(plan).Actions), "=1. Empty homes are known about and recorded =1. Empty homes are known about and recorded =2. Owners are helped to bring homes back into use"; got != want {
		t.Errorf("table: got  %q\nwant %q", got, want)
	}
	if got, want := themes(FindIn(plan, action.DocMinutes).Actions), "= = =2. Owners are helped to bring homes back into use"; got != want {
		t.Errorf("table in minutes: got  %q\nwant %q", got, want)
	}
	blocks := visual(
		"Published 4 May 2026",
		"Action: Check every fire door",
		"Lead: Housing Repairs",
		"Safer streets",
		"Action: Light every footpath",
		"Lead: Highways",
	)
	blocks.Flowing = true
	if got, want := themes(Find(blocks).Actions), "= =Safer streets"; got != want {
		t.Errorf("blocks under a date and a heading: got  %q\nwant %q", got, want)
	}
	if got, want := themes(FindIn(blocks, action.DocReport).Actions), "= ="; got != want {
		t.Errorf("blocks in a report: got  %q\nwant %q", got, want)
	}
	single := visual(
		"Cleaner streets",
		"",
		"Actions\tLead\tTimescales",
		"Sweep the market square weekly\tStreet Scene Manager\tMay 2026",
		"Add bins on the seafront\tStreet Scene Manager\tJuly 2026",
	)
	if got, want := themes(Find(single).Actions), "=Cleaner streets =Cleaner streets"; got != want {
		t.Errorf("one part: got  %q\nwant %q", got, want)
	}
	told := visual(
		"The table below sets out what we will do this year:",
		"",
		"Actions\tLead\tTimescales",
		"Sweep the market square weekly\tStreet Scene Manager\tMay 2026",
	)
	if got, want := themes(Find(told).Actions), "="; got != want {
		t.Errorf("a lead-in over the header: got  %q\nwant %q", got, want)
	}
	// A heading set with no blank line round it, wrapped over two lines
	// right above the header, is known by the letter that labels it;
	// unlabelled, or run on from a paragraph, the lines head nothing.
	labelledWrap := func(above ...string) layout.Doc {
		return visual(append(above,
			"Actions\tLead\tTimescales",
			"Sweep the market square weekly\tStreet Scene Manager\tMay 2026",
			"Add bins on the seafront\tStreet Scene Manager\tJuly 2026")...)
	}
	// A numbered paragraph or a report's section over the header says
	// something, or names the report's part: no theme of the rows. An
	// outcome set as a theme names a part, its verb and all. A line
	// describing a theme heading stands between it and the header; a
	// line leading in to the table does not.
	for _, tc := range []struct {
		name  string
		doc   layout.Doc
		theme string
	}{
		{"a numbered statement", labelledWrap("The committee met in May.", "3. The Council will report progress each quarter"), ""},
		{"a body asked, wrapped", labelledWrap("The committee met in May.", "2. The Board is asked to note the progress made on the actions in", "the table below"), ""},
		{"a report's section", labelledWrap("The committee met in May.", "4. Recommendations"), ""},
		{"an outcome with 'are'", labelledWrap("Places people enjoy", "2. Homes that are warm and safe"), "2. Homes that are warm and safe"},
		{"an outcome with 'have'", labelledWrap("Places people enjoy", "3. Children have the best start in life"), "3. Children have the best start in life"},
		{"an outcome with 'can'", labelledWrap("Places people enjoy", "B - People can get around the town safely"), "B - People can get around the town safely"},
		{"a description under the heading", visual("Priority 2 - Health", "", "Following the pandemic, we want everyone to live a long and healthy life.", "",
			"Actions\tLead\tTimescales", "Sweep the market square weekly\tStreet Scene Manager\tMay 2026"), "Priority 2 - Health"},
		{"a lead-in under the heading", visual("Priority 2 - Health", "", "The actions under all six priorities are listed in the table below:", "",
			"Actions\tLead\tTimescales", "Sweep the market square weekly\tStreet Scene Manager\tMay 2026"), ""},
	} {
		as := Find(tc.doc).Actions
		for _, a := range as {
			if a.Theme != tc.theme {
				t.Errorf("%s: got theme %q, want %q", tc.name, a.Theme, tc.theme)
			}
		}
		if len(as) == 0 {
			t.Errorf("%s: no rows read", tc.name)
		}
	}
	// Over blocks too, a labelled heading set close under another line
	// and wrapped heads the blocks under it.
	wrappedBlocks := visual(
		"Places people enjoy",
		"2. Keep the parks of the town safe and green for everyone who",
		"   visits them",
		"",
		"Action 1: Plant trees along the river path",
		"Lead: Parks Team",
	)
	if got, want := themes(Find(wrappedBlocks).Actions), "1=2. Keep the parks of the town safe and green for everyone who visits them"; got != want {
		t.Errorf("blocks under a wrapped heading: got  %q\nwant %q", got, want)
	}
	// In text wrapped at a width, a heading's phrase straight over a
	// block's first line heads it when what is above it has ended; the
	// last word of a paragraph going on there heads nothing.
	for _, tc := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"under a sentence", []string{"The plan will be looked at again by the board at the end of every year.",
			"Safer streets for everyone"}, "=Safer streets for everyone"},
		{"under another heading", []string{"Priority two", "Safer streets for everyone"}, "=Safer streets for everyone"},
		{"a paragraph going on", []string{"The plan will be looked at again by the board at the end of every year and by", "Safer Streets Partnership"}, "="},
		{"a sentence leading in", []string{"The plan will be looked at again by the board at the end of every year.", "Progress on each action is set out below"}, "="},
	} {
		d := visual(append(tc.lines, "Action: Light every footpath in the park", "Lead: Highways", "",
			"Our roads and paths are kept in good repair, and we will mend the worst of",
			"them first. The survey of the roads is done each spring by the highways team",
			"and its findings are sent to every ward councillor, who may ask for a road to",
			"be looked at again. Where a path is found unsafe it is closed until mended.")...)
		if got := themes(Find(d).Actions); got != tc.want {
			t.Errorf("heading over a block, %s: got  %q\nwant %q", tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name  string
		above []string
		want  string
	}{
		{"a lettered heading wrapped", []string{"Places people enjoy", "B - Keep the streets and the seafront clean and", "free of litter"},
			"=B - Keep the streets and the seafront clean and free of litter =B - Keep the streets and the seafront clean and free of litter"},
		{"a lettered heading broken twice", []string{"Places people enjoy", "B - Keep the streets and the seafront clean and free", "of", "litter"},
			"=B - Keep the streets and the seafront clean and free of litter =B - Keep the streets and the seafront clean and free of litter"},
		{"a numbered heading on one line", []string{"Places people enjoy", "2. Cleaner streets", "Page 3 of 9"},
			"=2. Cleaner streets =2. Cleaner streets"},
		{"an unlabelled phrase", []string{"Places people enjoy", "Keep the streets and the seafront clean and", "free of litter"}, "= ="},
		{"a label run on from a paragraph", []string{"We have cut the rounds to save money and so on the", "B - side of the town the bins are", "emptied less often"}, "= ="},
		{"a label going on as a sentence", []string{"Places people enjoy", "B - The streets are swept. Bins are", "emptied weekly"}, "= ="},
	} {
		d := labelledWrap(tc.above...)
		if strings.HasPrefix(tc.above[len(tc.above)-1], "Page ") {
			d.Lines[len(tc.above)-1].Furniture = true
		}
		if got := themes(Find(d).Actions); got != tc.want {
			t.Errorf("%s: got  %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// A plan copied as cards set a label a line: the labels that come again
// card after card fix the card's shape, the label naming the action gives
// the item and the others its fields, and a numbered heading over each
// card gives its ref, the words under it the card's objective.
func TestCardsALabelALine(t *testing.T) {
	show := func(a action.Action) string {
		return a.Kind + "|" + a.Ref + "|" + a.Theme + "|" + a.Objective + "|" + a.Action + "|" + strings.Join(a.Owner, ";") + "|" + a.DueRaw + "|" + a.Target + "|" + a.Progress
	}
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"numbered cards, the action under its own label", []string{
			"Keeping the town centre alive",
			"1. aim",
			"Fewer vacant shops on the high street.",
			"Measure",
			"Ten shops let again.",
			"Deadline",
			"June 2026",
			"Action",
			"Offer rate relief to new tenants.",
			"2. aim",
			"A cleaner market square.",
			"Visit the square each week.",
			"Measure",
			"No litter complaints.",
			"Deadline",
			"Ongoing",
			"Action",
			"Put in more bins.",
			"The council thanks its partners for their help.",
			"Contact us for more details.",
		}, "action|1|Keeping the town centre alive|Fewer vacant shops on the high street.|Offer rate relief to new tenants.||June 2026|Ten shops let again.| " +
			"action|2|Keeping the town centre alive|A cleaner market square. Visit the square each week.|Put in more bins.||Ongoing|No litter complaints.|"},
		{"every cell marked as a point, the card opened by its first label", []string{
			"- Goal",
			"- 1",
			"- Action for the year",
			"- Survey the allotments",
			"- Position now",
			"- Half of the plots surveyed",
			"- Goal",
			"- 2",
			"- Action for the year",
			"Publish a waiting list",
			"- Position now",
			"Not started",
		}, "action|||1|Survey the allotments||||Half of the plots surveyed action|||2|Publish a waiting list||||Not started"},
		{"a heading between the cards heads the ones after it", []string{
			"Commitment 1",
			"Check every fire door",
			"Lead",
			"Housing Repairs.",
			"Our progress",
			"Half the doors are done.",
			"Listening to residents",
			"Commitment 2",
			"Hold a meeting on each estate",
			"Lead",
			"Tenancy Services",
			"Our progress",
			"The first two were held.",
		}, "action|1|||Check every fire door|Housing Repairs|||Half the doors are done. " +
			"action|2|Listening to residents||Hold a meeting on each estate|Tenancy Services|||The first two were held."},
		{"a table's header copied a cell a line is no card", []string{
			"Action",
			"Lead",
			"Deadline",
			"Plant trees",
			"Parks team",
			"May 2026",
			"Action",
			"Lead",
			"Deadline",
			"Mend the fence",
			"Parks team",
			"April 2026",
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := visual(tc.lines...)
			d.Flowing = true
			res := Find(d)
			if got := shown(res.Actions, show); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// A real row's code of short parts set apart by spaces and dashes ("WST
// 24/25 - R C 02") is its ref, though too broken up for a number a
// visual line could give; a cell of words in the number's column is not.
func TestSpacedCodeRefs(t *testing.T) {
	d := layout.Doc{Flowing: true, Lines: []layout.Line{
		record(1, false, "Ref", "Action", "Status"),
		record(1, false, "WST 24/25 - R C 01", "We will collect garden waste weekly", "Green"),
		record(1, false, "WST 24/25 - R C 02", "We will open a second tip", "Amber"),
	}}
	res := Find(d)
	if len(res.Actions) != 2 || res.Actions[0].Ref != "WST 24/25 - R C 01" || res.Actions[1].Ref != "WST 24/25 - R C 02" ||
		res.Actions[1].Action != "We will open a second tip" {
		t.Errorf("got %+v", res.Actions)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"WST 24/25 - R C 02", true}, {"Phase 2", true}, {"Ask the parish 2", false}, {"A B C", false}, {"PLN 2024/2025 - H 07 - X 1", false}, {"May 2026", false}, {"Q1 2026", false}} {
		if got := spacedCode(c.s); got != c.want {
			t.Errorf("spacedCode(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestItemThenWhoByCells: "No. | Item | Action" reads Item as what is done
// and Action as who acts only where the Action cells name people; where
// they are sentences of what is to be done, Item is a topic and Action is
// the action, as the header alone would have it.
func TestItemThenWhoByCells(t *testing.T) {
	for _, c := range []struct {
		name string
		rows []string
		want []string
	}{
		{"the Action cells are sentences: they are what is done", []string{
			"No.\tItem\tAction\tDeadline",
			"1\tFootpaths\tWarden to clear the brambles on the church path\tMay 2026",
			"2\tBudget\tTreasurer to ask two banks for their terms\tJune 2026",
		}, []string{
			"Warden to clear the brambles on the church path||May 2026",
			"Treasurer to ask two banks for their terms||June 2026",
		}},
		{"the Action cells name who acts: the Item is what is done", []string{
			"No.\tItem\tAction\tDeadline",
			"1\tClear the brambles on the church path\tWarden\tMay 2026",
			"2\tAsk two banks for their terms\tTreasurer\tJune 2026",
		}, []string{
			"Clear the brambles on the church path|Warden|May 2026",
			"Ask two banks for their terms|Treasurer|June 2026",
		}},
		{"one role of many words holds no verb: the Item is still what is done", []string{
			"No.\tItem\tAction\tDeadline",
			"1\tWrite to the owners of the empty shop units\tDirector of Planning and Place Services\tMay 2026",
			"2\tAsk two banks for their terms\tTreasurer\tJune 2026",
			"3\tPrice a new gate for the allotments\tSite Steward\tJune 2026",
		}, []string{
			"Write to the owners of the empty shop units|Director of Planning and Place Services|May 2026",
			"Ask two banks for their terms|Treasurer|June 2026",
			"Price a new gate for the allotments|Site Steward|June 2026",
		}},
		{"a row whose Action cell is a clause, under a swap most rows bear out, keeps its Action cell as what is done", []string{
			"No.\tItem\tAction\tDeadline",
			"1\tMend the bus shelter roof\tWarden\tMay 2026",
			"2\tAsk the bank for a new card\tTreasurer\tJune 2026",
			"3\tFootpath\tClerk to chase the county about the stile\tJune 2026",
			"4\tRepaint the railings\tClerk + Cllrs Ames & Bell\tJuly 2026",
			"5\tSweep the hall steps\tCaretaker\tJuly 2026",
		}, []string{
			"Mend the bus shelter roof|Warden|May 2026",
			"Ask the bank for a new card|Treasurer|June 2026",
			"Clerk to chase the county about the stile||June 2026",
			"Repaint the railings|Clerk,Cllrs Ames & Bell|July 2026",
			"Sweep the hall steps|Caretaker|July 2026",
		}},
	} {
		d := visual(append([]string{"Parish action log"}, c.rows...)...)
		var got []string
		for _, a := range Find(d).Actions {
			got = append(got, a.Action+"|"+strings.Join(a.Owner, ",")+"|"+a.DueRaw)
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestWhoRowsNoneRead: rows whoRows cannot read (a log set a cell a line,
// whose lines are not table rows here, or rows of another width) leave the
// header's own reading of "Item | Action" standing; it is the cells that
// read as clauses that undo it.
func TestWhoRowsNoneRead(t *testing.T) {
	h := header{cols: make([]field, 4), swapped: true, item: 1, who: 2}
	cells := func(texts ...string) layout.Line {
		l := layout.Line{Text: strings.Join(texts, "\t")}
		for _, s := range texts {
			l.Cells = append(l.Cells, layout.Cell{Text: s})
		}
		return l
	}
	for _, c := range []struct {
		name string
		rows []layout.Line
		want bool
	}{
		{"no rows", nil, true},
		{"only prose lines", []layout.Line{{Text: "1"}, {Text: "Clear the brambles"}, {Text: "Warden"}}, true},
		{"rows of another width", []layout.Line{cells("1", "Clear the brambles", "Warden")}, true},
		{"a clause in every Action cell undoes it", []layout.Line{
			cells("1", "Footpaths", "Warden to clear the brambles on the church path", "May 2026"),
			cells("2", "Budget", "Treasurer to ask two banks for their terms", "June 2026"),
		}, false},
	} {
		if got := h.whoRows(c.rows); got != c.want {
			t.Errorf("%s: whoRows = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestNamesWho: a cell names who acts by its shape; a verb in Title Case
// before its object or particle is what is done, not a role.
func TestNamesWho(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Clerk", true},
		{"Cllr Ames", true},
		{"Head of Parks", true},
		{"Head Of Adult Social Care", true},
		{"Officer In Charge", true},
		{"Chase The Builder", false},
		{"Report On Flooding", false},
		{"Officer With Responsibility For Parks", true},
		{"Lead On Safeguarding", true},
		{"Chair The Panel", false},
		{"Lead The Audit", false},
		{"Clerk to write", false},
	} {
		if got := namesWho(c.text, strings.Fields(c.text)); got != c.want {
			t.Errorf("namesWho(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
