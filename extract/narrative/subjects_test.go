package narrative

import (
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// TestPairedSubjects: two who act, joined by "and" and each with its own
// article or title, are both the owners of what a meeting agreed they
// would do, a post and a councillor either way round.
func TestPairedSubjects(t *testing.T) {
	runFindCases(t, []findCase{
		{"a post and a councillor, resolved", action.DocMinutes, []string{"6. Office cover", "6.1 It was RESOLVED to hire a locum clerk for two meetings.", "It was also RESOLVED:", "6.2 Post:", "6.2.1 The Vice-Chair and Cllr Okafor would check the parish inbox each Monday."},
			[]string{"resolution|6.1|It was RESOLVED to hire a locum clerk for two meetings.|", "resolution|6.2.1|It was also RESOLVED The Vice-Chair and Cllr Okafor would check the parish inbox each Monday.|Vice-Chair;Cllr Okafor"}},
		// (A guard: read before "and the" was; the case after it is the
		// one that needs it.)
		{"a councillor and a post, resolved", action.DocMinutes, []string{"6. Office cover", "6.1 It was RESOLVED to hire a locum clerk for two meetings.", "It was also RESOLVED:", "6.2 Post:", "6.2.1 Cllr Okafor and the Clerk would renew the domain name."},
			[]string{"resolution|6.1|It was RESOLVED to hire a locum clerk for two meetings.|", "resolution|6.2.1|It was also RESOLVED Cllr Okafor and the Clerk would renew the domain name.|Cllr Okafor;Clerk"}},
		// (A commitment's owner is split into its names later, by
		// action.SplitOwners.)
		{"a councillor and a titled post, agreed", action.DocMinutes, []string{"Members discussed the depot lease. It was agreed that Councillor Brennan and the Estates Manager would walk the site together before the renewal."},
			[]string{"commitment||It was agreed that Councillor Brennan and the Estates Manager would walk the site together before the renewal.|Councillor Brennan and the Estates Manager"}},
	}, showKindRefActionOwner)
}

// TestAgreedWouldOwner: a decision that records what the meeting agreed
// someone named would do owns that doer, a board or a sub-committee too.
func TestAgreedWouldOwner(t *testing.T) {
	runFindCases(t, []findCase{
		{"a sub-committee", action.DocMinutes, []string{"4. Market square", "(i) It was RESOLVED that the Paving Sub-committee would ask the county for its view on the kerb plans."},
			[]string{"resolution|4(i)|It was RESOLVED that the Paving Sub-committee would ask the county for its view on the kerb plans.|Paving Sub-committee"}},
	}, showKindRefActionOwner)
	// On a body's own page that body, named in full, decides.
	runFindCases(t, []findCase{
		{"the page's own body", action.DocDecision, []string{"Grounds Committee", "Decisions", "(1) The report was noted.", "(2) It was agreed that the Grounds Committee would look at the mowing budget again in June."},
			[]string{"resolution|(1)|The report was noted.|", "resolution|(2)|It was agreed that the Grounds Committee would look at the mowing budget again in June.|"}},
		{"another body on the page", action.DocDecision, []string{"Grounds Committee", "Decisions", "(1) The report was noted.", "(2) It was agreed that the Play Areas Panel would look at the mowing budget again in June."},
			[]string{"resolution|(1)|The report was noted.|", "resolution|(2)|It was agreed that the Play Areas Panel would look at the mowing budget again in June.|Play Areas Panel"}},
	}, showKindRefActionOwner)
	// The deciding body itself, or a body named by its kind alone,
	// decides; a plural post decides together; a body's verb of
	// deciding is no task, though a post's is: a clerk approving
	// invoices does the office's work.
	expectDelegates(t, map[string]string{
		"It was agreed that the Lettings Panel would set the hire rates":   "Lettings Panel",
		"It was RESOLVED that the Town Council would object to the scheme": "",
		"It was agreed that the Board would meet again in June":            "",
		"It was agreed that Councillors would review it in May":            "",
		"It was agreed that the Clerk would approve the invoices":          "Clerk",
		"It was agreed that the Lettings Panel would approve the rates":    "",
		// Only what was agreed: not a "that" told as noted or heard.
		"It was noted that the Water Board would survey the brook in June":                       "",
		"The update was noted and members heard that the Roads Team would patch the lane in May": "",
		// A passive acts on who it names.
		"It was agreed that the Roads Team would be told about the pothole":                   "",
		"It was agreed that the Budget and the Asset Plan would be brought to Cabinet in May": "",
		// A "That" in capitals opens the decision as well.
		"That the Youth Forum would gather views and report back":           "Youth Forum",
		"RESOLVED: That the Lighting Sub-committee would seek three quotes": "Lighting Sub-committee",
	})
}

// TestHelperAside: an aside between commas that names whom the subject
// works with or is helped by is not part of who acts, whether the verb
// after it is a modal or a bare subjunctive; an aside that goes on
// listing names is left for the rules that read lists.
func TestHelperAside(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the Parks Board, with support from ward officers, would review the bids", "the Parks Board would review the bids"},
		{"the Leisure Team, in conjunction with Members, choose three sites", "the Leisure Team choose three sites"},
		{"the Clerk, assisted by the Treasurer, to draft the budget", "the Clerk to draft the budget"},
		{"the Director, in consultation with the Mayor, the Leader and the Clerk, to agree the terms", "the Director, in consultation with the Mayor, the Leader and the Clerk, to agree the terms"},
		{"the Director, in consultation with the Mayor, and the Treasurer, to agree the terms", "the Director, in consultation with the Mayor, and the Treasurer, to agree the terms"},
		{"the Director, in consultation with the Mayor, Councillor Ash and the Clerk", "the Director, in consultation with the Mayor, Councillor Ash and the Clerk"},
		// The aside read by its shape: "with" or "alongside" after a word
		// or two, or in brackets.
		{"the Parks Board, working with ward officers, would review the bids", "the Parks Board would review the bids"},
		{"the Parks Board, in collaboration with the schools, would review the bids", "the Parks Board would review the bids"},
		{"the Parks Board, alongside the Friends Group, would review the bids", "the Parks Board would review the bids"},
		{"the Parks Board (with help from ward officers) would review the bids", "the Parks Board would review the bids"},
	}
	for _, tc := range tests {
		if got := dropHelperAside(tc.in); got != tc.want {
			t.Errorf("dropHelperAside(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	runFindCases(t, []findCase{
		{"a modal after the aside", action.DocDecision, []string{"Decisions", "(1) The report on the grant round was noted.", "(2) It was agreed that the Parks Board, with support from ward officers, would review the bids each quarter."},
			[]string{"resolution|(1)|The report on the grant round was noted.|", "resolution|(2)|It was agreed that the Parks Board, with support from ward officers, would review the bids each quarter.|Parks Board"}},
		{"a commitment agreed in minutes", action.DocMinutes, []string{"Members discussed the spring planting. It was agreed that the Friends Group, with help from the Clerk, would plant the bulbs along the green."},
			[]string{"commitment||It was agreed that the Friends Group, with help from the Clerk, would plant the bulbs along the green.|the Friends Group"}},
		// (A guard: read before the aside was dropped too.)
		{"a subjunctive after the aside", action.DocDecision, []string{"RESOLVED that:", "(1) the Leisure Team, in conjunction with Members, choose three sites for new benches;"},
			[]string{"resolution|(1)|the Leisure Team, in conjunction with Members, choose three sites for new benches|Leisure Team"}},
		{"a member's undertaking with a helper", action.DocMinutes, []string{"4. Verges", "Cllr Ford, with the warden, will ask the county to cut the verges."},
			[]string{"commitment||Cllr Ford, with the warden, will ask the county to cut the verges.|Cllr Ford"}},
	}, showKindRefActionOwner)
}

// TestPostRemit: a post's remit may follow a colon, or a comma and two
// parts joined by "and" or "&", and is part of the post's name.
func TestPostRemit(t *testing.T) {
	expectDelegates(t, map[string]string{
		"That the Group Head of Service: Waste & Streets be given delegated authority to vary the rounds": "Group Head of Service: Waste & Streets",
		// (A guard: read before the remit was.)
		"That the Assistant Head of Service: Libraries be asked to review the opening hours":          "Assistant Head of Service: Libraries",
		"Authority be delegated to the Deputy Director, Parks and Open Spaces to let the kiosk lease": "Deputy Director, Parks and Open Spaces",
		// No word before the post.
		"Authority be delegated to the Head of Service: Leisure to let the cafe":       "Head of Service: Leisure",
		"Authority be delegated to the Director, Roads and Transport to let the depot": "Director, Roads and Transport",
		// After a colon a post's holder is named, not a remit; after a
		// bare post's comma, another post.
		"That the Finance Officer: Ann Lee be asked to pay the invoice":                   "",
		"That the Director, Clerk, in consultation with the Leader, be asked to set fees": "",
	})
}

// TestThatClauseDecides: a decision written in its that-clause form is a
// resolution, though the clause holds a modal that would otherwise read
// as an undertaking: a numbered point that opens "That", or a note that
// runs on into "Resolved: That".
func TestThatClauseDecides(t *testing.T) {
	runFindCases(t, []findCase{
		{"numbered that-clauses, one with a modal", action.DocDecision, []string{
			"Decision details", "Allotment rules 2026",
			"1. That the revised allotment rules be adopted.",
			"2. That, where a plot is left untended, the allotment warden shall write to the tenant within a month.",
		}, []string{
			"resolution|1|That the revised allotment rules be adopted.|",
			"resolution|2|That, where a plot is left untended, the allotment warden shall write to the tenant within a month.|",
		}},
		{"a note run on into its resolution", action.DocMinutes, []string{
			"To review the hall hire charges – It was proposed, seconded and Resolved: That subject to the changes agreed the new charges would be used from April.",
		}, []string{
			"resolution||To review the hall hire charges – It was proposed, seconded and Resolved: That subject to the changes agreed the new charges would be used from April.|",
		}},
		// "Agreed" with its label's colon, and the word in any capitals.
		{"agreed with its colon", action.DocMinutes, []string{
			"To set the pitch fees – It was proposed, seconded and Agreed: That subject to the changes agreed the new fees would be used from May.",
		}, []string{
			"resolution||To set the pitch fees – It was proposed, seconded and Agreed: That subject to the changes agreed the new fees would be used from May.|",
		}},
		{"resolved in small letters", action.DocMinutes, []string{
			"To set the pitch fees – proposed, seconded and resolved: that subject to the changes agreed the new fees would be used from May.",
		}, []string{
			"resolution||To set the pitch fees – proposed, seconded and resolved: that subject to the changes agreed the new fees would be used from May.|",
		}},
		// A decision told of in passing is not this record's.
		{"an earlier decision told of", action.DocMinutes, []string{
			"Matters arising. After the spring meeting, where it was Resolved that the ditch would be cleared, the Clerk will book the digger for July.",
		}, []string{
			"commitment||After the spring meeting, where it was Resolved that the ditch would be cleared, the Clerk will book the digger for July.|",
		}},
		// In a report a numbered "That …" is its argument, not a
		// decision.
		{"a report's numbered that-clause", action.DocReport, []string{
			"4. Background",
			"4.1 That the fund will shrink next year is plain; the Treasurer will report the choices to the Board in July.",
		}, []string{
			"commitment|4.1|That the fund will shrink next year is plain; the Treasurer will report the choices to the Board in July.|",
		}},
	}, showKindRefActionOwner)
}

// TestThatSubject: the first word after "That" decides whether it opens a
// that-clause's subject.
func TestThatSubject(t *testing.T) {
	for in, want := range map[string]bool{
		"That the warden will write to the tenant.":            true,
		"That it will be reviewed in May.":                     true,
		"That volunteers will clear the ditch.":                true,
		"That members will set the fees in June.":              true,
		"That subject to a grant the warden will buy a gate.":  true,
		"That Ann Lee will chair the group.":                   true,
		"That, where a plot is empty, the warden will write.":  true,
		"That said, the warden will write.":                    false,
		"That when funds allow the warden will buy a gate.":    false,
		"That is, the warden will write.":                      false,
		"Thatched roofs will be repaired.":                     false,
		"That planning permission be refused.":                 true,
		"That means the Clerk will write to the county again.": false,
		"That may change, so the Clerk will write.":            false,
		"That seems fair, so the Clerk will write.":            false,
		"That led the Clerk to write to the county.":           false,
		"That includes the Clerk's costs.":                     false,
		"That must wait until the Clerk writes.":               false,
		// An -ed adjective or -s noun and then the subject's noun.
		"That delegated authority be given to the Clerk.":  true,
		"That approved funding be spent.":                  true,
		"That named officers will review the lease terms.": true,
		"That caused them to be late.":                     false,
		"That revised fees start from April.":              true,
	} {
		if got := thatSubject(in); got != want {
			t.Errorf("thatSubject(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestFirstHandOver: the first hand-over in a decision's clause names
// who acts; a later one is a further step by someone else.
func TestFirstHandOver(t *testing.T) {
	expectDelegates(t, map[string]string{
		// A delegation, then a second post authorised to take part.
		"That (a) authority be delegated to the Director of Housing, in consultation with the Mayor, to settle the lease, and (b) the Treasurer be authorised to sign it": "Director of Housing",
		// A request, then who approves what comes of it.
		"To ask the Head of Leisure to redraft the pool timetable before it is approved by the Portfolio Holder for Sport":  "Head of Leisure",
		"To ask the Head of Leisure to redraft the pool timetable, before being approved by the Portfolio Holder for Sport": "Head of Leisure",
		"That officers be asked to redraft the rota, before it is approved by the Portfolio Holder for Leisure":             "officers",
		"The Clerk to redraft the rota before it is signed off by the Chair":                                                "Clerk",
		// A verb that hands over with no one named before the step: who
		// the step is done by acts.
		"Asks for a survey of the hedges to be carried out by the Tree Officer":  "Tree Officer",
		"Commission an audit of the halls to be undertaken by the Head of Audit": "Head of Audit",
		// (Guards, read before the first hand-over was: with no
		// hand-over before it, who the step is done by acts.)
		"That the timetable be adopted, with any changes being agreed by the Head of Leisure": "Head of Leisure",
		"That the Treasurer be authorised to sign the lease":                                  "Treasurer",
	})
}

// expectDelegates checks who delegate reads from each clause.
func expectDelegates(t *testing.T, want map[string]string) {
	t.Helper()
	for clause, who := range want {
		if got := delegate(clause); got != who {
			t.Errorf("delegate(%q) = %q, want %q", clause, got, who)
		}
	}
}
