package narrative

import "testing"

// TestPreviewAndEndsLists: a list naming the sections that follow, and a
// list of what is wanted before "To do this we will:", are not
// undertakings; the points under the sections' "We will:" are.
func TestPreviewAndEndsLists(t *testing.T) {
	runFindCases(t, []findCase{
		{name: "contents list restated as a heading", lines: []string{
			"Library Plan 2031",
			"The plan sets out three aims, which are:",
			"1. Widen opening hours across the county",
			"2. Grow the number of young readers",
			"3. Bring mobile services to outlying villages",
			"Aim 1: Widen opening hours across the county",
			"Many readers work through the day.",
			"We will:",
			"• Open every branch on Saturday afternoons.",
			"• Trial late evenings at the two largest branches.",
		}, want: []string{
			"commitment|Open every branch on Saturday afternoons.",
			"commitment|Trial late evenings at the two largest branches.",
		}},
		{name: "a list whose points do not come back stays", lines: []string{
			"Library Plan 2031",
			"We will:",
			"• Open every branch on Saturday afternoons.",
			"• Trial late evenings at the two largest branches.",
			"Opening hours",
			"Many readers work through the day.",
		}, want: []string{
			"commitment|Open every branch on Saturday afternoons.",
			"commitment|Trial late evenings at the two largest branches.",
		}},
	}, kindAction)
}

// TestEndsBeforeMeans: on a delivery plan's page, the points under "We
// want to:" are what the plan is for; those under "To do this we will:"
// straight after them are what it will do.
func TestEndsBeforeMeans(t *testing.T) {
	d := doc(true,
		"Priority two: cleaner parks",
		"",
		"We want to:",
		"",
		"  • reduce the litter left in parks after weekends",
		"  • develop pride in the parks among young people",
		"",
		"To do this we will:",
		"",
		"  • empty park bins on Sunday evenings",
		"  • put up new signs at each play area",
	)
	// (The lead-in's words joined before each point are how the reader
	// shows a lead-in of this shape.)
	expectItems(t, Find(d, nil, Options{Title: "Parks delivery plan 2030", PlanOfWork: true}), kindAction, []string{
		"commitment|do this we will empty park bins on Sunday evenings",
		"commitment|do this we will put up new signs at each play area",
	})
}
