package narrative

import "testing"

// TestToldOnly: sentences of a meeting's record that tell the meeting
// something are no undertakings (toldOnly); their partners, which report
// an undertaking the plain way, still are.
func TestToldOnly(t *testing.T) {
	tests := []struct {
		text  string
		found bool
	}{
		// A question put, answered at the meeting; a request for a deed
		// is still one.
		{"Councillor Ames asked for clarification on the new bin rounds and asked for further information on the leaflets.", false},
		{"Councillor Ames asked that details of the bin rounds be circulated to all members.", true},
		// News or reassurance sought for the meeting itself; an update
		// asked for a later meeting, or to be sent, is a deed still.
		{"Councillor Lark asked for an update on the repairs to the play area.", false},
		{"Members sought assurance that the library would keep its Saturday hours.", false},
		{"Councillor Lark asked for an update on the repairs to the play area at the next meeting.", true},
		{"Councillor Lark requested an update on the play area repairs to be sent to all members.", true},
		// News brought in from outside.
		{"The Clerk has received notice that a new warden, Tom Baker, will be taking over the park in May.", false},
		// Another body's decision, told.
		{"It was confirmed that the Board had approved all six proposals and that progress reports would be submitted in the spring.", false},
		{"It was confirmed that progress reports would be submitted to the committee in the spring.", true},
		// Work in hand, told.
		{"She told the Panel that a training day for parish clerks was being organised for June and that ward members would also be invited.", false},
		// History retold.
		{"At the time, members were told that a revised plan would be brought to the committee.", false},
		// A need with no one to meet it; agreeing that something "be"
		// done names no one to do it either.
		{"There was a need for the group to meet more often, and Councillor Reed agreed that a small working party be set up to look at this.", false},
		// Progress told.
		{"Nine of the tasks had now been finished and would be taken off the next tracker.", false},
		// A speaker's account going on (its stop run into the next
		// sentence, as a copy leaves it).
		{"The Allotments Officer continued, outlining the Pond Works Schedule (PWS).This was a working list that would be kept up to date as the jobs were done.", false},
		// A forecast of another body's work.
		{"In addition the group expected that the County Council would be consulting on the bus routes in the spring.", false},
		// A state said to last, and another's undertaking noted.
		{"The warden said the patrols had started and would be in place for as long as the fly-tipping went on.", false},
		{"The Council also notes that the Government has agreed to fund 500 new places over three years.", false},
		{"Officers replied that the new signs would be in place by the end of March.", true},
		// The room's own members asked for their views.
		{"The planner pointed Members' eyes to the map of new paths and asked them to send her their thoughts before the summer.", false},
		{"The Chair asked the Clerk to let the members have the figures by the end of the month.", true},
	}
	for _, tt := range tests {
		_, ok := commitment(tt.text, "2024-11-20", "minutes")
		if ok != tt.found {
			t.Errorf("commitment(%q) found = %v, want %v", tt.text, ok, tt.found)
		}
	}
}

// TestToldOnlyBeside: a told clause does not veto an undertaking joined
// to it with a doer of its own; a noted undertaking is the council's own
// when one of its own made it; and pages of unknown kind keep their
// promises the same way.
func TestToldOnlyBeside(t *testing.T) {
	tests := []struct {
		text, genre string
		found       bool
	}{
		{"Cllr Moss asked for clarification on the rota and the Clerk agreed to email it round by Monday.", "minutes", true},
		{"Cllr Moss asked for more details about the rota; the Chair undertook to check with the volunteers.", "minutes", true},
		{"Cllr Moss asked for an update on the rota and the Clerk agreed to email it round by Monday.", "minutes", true},
		{"Were the new targets the right ones for the year ahead?", "minutes", false},
		{"There was a need for a new bench, and the Clerk agreed to get two quotes by April.", "minutes", true},
		{"The Clerk told members that the verges were being cut and that she would chase the county about the drains.", "minutes", true},
		{"At that time, the Chair agreed to meet the residents in the spring.", "minutes", true},
		{"The Treasurer continued, adding that he would bring the audit papers to the next meeting.", "minutes", true},
		{"The Committee notes that the Clerk has agreed to mend the noticeboard by June.", "decision", true},
		{"The Committee notes that the Water Board has agreed to mend the culvert by June.", "decision", false},
		{"There is a need to make the car park safer, and the Council will put in new lighting by 2027.", "", true},
		// The clause beside names no doer of its own: still told only.
		{"The Clerk told members that a litter pick was being planned and that local schools would be asked to help.", "minutes", false},
	}
	for _, tt := range tests {
		_, ok := commitment(tt.text, "2024-11-20", tt.genre)
		if ok != tt.found {
			t.Errorf("commitment(%q, %q) found = %v, want %v", tt.text, tt.genre, ok, tt.found)
		}
	}
}

// TestQuestionPoints: points that each ask the meeting a question, under
// the lead-in that puts them, are no items.
func TestQuestionPoints(t *testing.T) {
	runFindCases(t, []findCase{
		{"questions put", "", []string{
			"The Panel received an update on the work to draw up a delivery plan for its Village Wellbeing Strategy.",
			"The aim of the Strategy was to help every resident lead a healthy life. A draft delivery plan had been written setting out proposed steps, leads and measures for each of the priorities as listed below:",
			"1.         Safe lanes for walkers",
			"2.         Places for young people to meet",
			"3.         A well kept village green",
			"The draft plan was shown to the Panel and the Panel was asked:",
			"a) were the aims the right ones for the coming year?",
			"b) was anything left out of the list?",
		}, nil},
	}, kindAction)
}
