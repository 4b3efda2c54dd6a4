package narrative

import "testing"

// TestDescribedDates: a date is a deadline where the preposition that
// governs it and the tense of its clause set one; a date a noun wears, a
// period a thing covers or a time something happened is none.
func TestDescribedDates(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		// Deadlines.
		{"The Clerk will report to the July 2031 Cabinet meeting.", "the July 2031"},
		{"A note on the hall lettings to go on the May Full Council agenda.", "the May"},
		{"The treasurer will finish the audit by the end of March.", "the end of March"},
		{"Officers to report back in June.", "June"},
		{"The path works to be done in the 2031/32 financial year.", "the 2031/32"},
		{"The hedges must be cut by the 2031 nesting season.", "the 2031"},
		{"The item was deferred to the June 2031 meeting.", "the June 2031"},
		{"The Clerk was asked to write to the bus company by 5 May.", "5 May"},
		{"Members were told that the new bins would arrive in June.", "June"},
		{"As far as the signs were concerned, a copy be sent to the next meeting.", "the next meeting"},
		{"The trial will run from 2031 to 2033.", "2033"},
		{"The survey will be open in May – June 2031.", "May – June 2031"},
		{"The plan will go to the meeting to be held on 9 June 2031.", "9 June 2031"},
		{"At the April meeting Cllr Lee reported that the Clerk would write during week commencing 9 May.", "week commencing 9 May"},
		{"The verge was cut. Next cut in June.", "June"},
		{"At the April meeting it is expected that the Clerk reports on the bins.", "the April"},
		// A past verb earlier in the sentence leaves a later deadline be.
		{"The Clerk will get the gate that was damaged repaired by June 2031.", "June 2031"},
		{"It was agreed the ditches need clearing before 1 April.", "1 April"},
		{"Prices were obtained and the Clerk orders the benches in July.", "July"},
		// A date before a noun that still sets a deadline.
		{"The Clerk will get the quotes in time for the 2031/32 budget.", "the 2031/32"},
		{"The pond will be cleared in the summer holidays.", "the summer"},
		{"The bulbs will be planted in the spring months.", "the spring"},
		{"The officer will report to the June Planning and Highways Liaison Committee.", "the June"},
		{"The officer will bring the plan to the March OSC.", "the March"},
		{"The officer will report to the March Roads and Rights of Way Liaison Committee.", "the March"},
		{"The Clerk will take the plan to the May Steering Group.", "the May"},
		// A relative clause's past verb is not its sentence's.
		{"In July 2031, members who were away will be shown the system by the Clerk.", "July 2031"},
		// An adverb between "be" and its participle.
		{"The draft scheme will be formally considered at the July 2031 meeting.", "the July 2031"},
		// "has been" arranges as often as it tells.
		{"A walkabout has been organised for 4 May.", "4 May"},
		{"Repairs have been commissioned for July 2031.", "July 2031"},
		// A span ends with its last date.
		{"The hedges will be laid in October to November 2031.", "October to November 2031"},
		{"The survey will run in Q1 – Q2 2031.", "Q1 – Q2 2031"},
		{"The pilot will run in 2031 - 2032.", "2031 - 2032"},
		{"The pilot will run in Q3 2031 to 2032, then stop.", "Q3 2031 to 2032"},
		// A bare year after a month's date is a count or a noun's, no span's end.
		{"The Clerk will hand out flyers in June 2031 to 2000 homes.", "June 2031"},
		{"The Clerk will report by March 2031 and 2036 goals will be set later.", "March 2031"},
		{"The Clerk will send the draft in May 2031 to 2031/32 grant holders.", "May 2031"},
		{"The pilot will run in 2033 to 2031.", "2033"},
		// A span no title wears.
		{"The council will fund the youth club 2031 to 2033.", "2033"},
		{"The council will pay the grant to Age UK 2031 to 2033.", "2033"},
		// Dates that describe.
		{"At the March 2031 meeting the Clerk was asked to order new benches.", ""},
		{"The grass cutting has been added to the 2031 maintenance schedule.", ""},
		{"The sum is to be included in the 2031/32 budget.", ""},
		// A name in capitals after the date is a thing's unless it names a body.
		{"The Clerk will draw up ideas for the 2031/32 Budget.", ""},
		{"The Clerk will draw up ideas for the 2031/32 budget.", ""},
		{"The council will give £200 to the 2031 Summer Fair.", ""},
		{"The Clerk will order the lights for the 2031 Christmas Market.", ""},
		{"The Clerk will add the survey to the 2031 Work Programme.", ""},
		{"There were errors on the June invoices, now put right.", ""},
		{"Progress in relation to the 2031/32 school year was noted.", ""},
		{"The approach for the 2031/32 school year was approved.", ""},
		{"The figures for Q3 were noted.", ""},
		{"The accounts for the year ended 31 March 2031 were approved.", ""},
		{"The Cabinet adopted the Parks Strategy 2031 to 2036.", ""},
		{"The Cabinet adopted the Local Plan Review 2031 to 2036.", ""},
		{"That the Play Strategy for Ruralshire, 2031 to 2036, be adopted.", ""},
		{"The update in relation to the 2031/32 Academic Year was noted.", ""},
		{"Members noted the report in relation to the Year Ahead Plan.", ""},
		{"The minutes of the meeting on 4 May 2031 were signed as a true record.", ""},
		{"That the minutes of the meeting held on 4 May be signed.", ""},
		{"Members noted that the play area was refurbished in 2030.", ""},
		{"Three tenders had been opened on 2 March.", ""},
		// A short phrase between a past participle and its date.
		{"The Clerk will renew the lease, which was signed by both parties in April 2031.", ""},
		{"The Clerk will file the plan, which was adopted by Cabinet in May 2031.", ""},
		{"The Clerk will publish the rules, which were approved at Full Council on 3 May 2031.", ""},
		{"It was agreed to order the benches in July.", "July"},
		{"It was agreed by members to order the benches in July.", "July"},
	} {
		if got := dueIn(tc.s); got != tc.want {
			t.Errorf("dueIn(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestWhenHeadingTitle: a heading that names a document by its years is
// no timetable's date; one that is a date alone still is.
func TestWhenHeadingTitle(t *testing.T) {
	for body, want := range map[string]bool{
		"Parks and Play Strategy 2031-2036": false,
		"Q3 2031/32":                        true,
		"Mar-31":                            true,
		"By June 2031":                      true,
		"Deadline 30 April 2031":            true,
		"Target date 30/04/2031":            true,
		"Complete by 30 April 2031":         true,
		"To be completed by 30 April 2031":  true,
		"Completed March 2031":              false,
	} {
		if _, ok := whenHeading(body); ok != want {
			t.Errorf("whenHeading(%q) = %v, want %v", body, ok, want)
		}
	}
}
