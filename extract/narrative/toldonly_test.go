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
		// News brought in from outside.
		{"The Clerk has received notice that a new warden, Tom Baker, will be taking over the park in May.", false},
		// Another body's decision, told.
		{"It was confirmed that the Board had approved all six proposals and that progress reports would be submitted in the spring.", false},
		{"It was confirmed that progress reports would be submitted to the committee in the spring.", true},
		// Work in hand, told.
		{"She told the Panel that a training day for parish clerks was being organised for June and that ward members would also be invited.", false},
		// History retold.
		{"At the time, members were told that a revised plan would be brought to the committee.", false},
		// A need with no one to meet it.
		{"There was a need for the group to meet more often, and Councillor Reed agreed that a small working party be set up to look at this.", false},
		// Progress told.
		{"Nine of the tasks had now been finished and would be taken off the next tracker.", false},
		// A speaker's account going on (its stop run into the next
		// sentence, as a copy leaves it).
		{"The Transport Lead continued, discussing the Cycle Routes Plan (CRP).This was a live plan that would be developed to provide a structure of what was going to be built in the town.", false},
		// A forecast of another body's work.
		{"In addition the group expected that the County Council would be consulting on the bus routes in the spring.", false},
		// A state said to last, and another's undertaking noted.
		{"Officers replied that the help was ongoing and would be in place for as long as families needed it.", false},
		{"The Council also notes that the Government has agreed to fund 500 new places over three years.", false},
		{"Officers replied that the new signs would be in place by the end of March.", true},
		// The room's own members asked for their views.
		{"The officer drew Members' attention to the draft charter and asked them to let her have any comments by the end of the month.", false},
		{"The Chair asked the Clerk to let the members have the figures by the end of the month.", true},
	}
	for _, tt := range tests {
		_, ok := commitment(tt.text, "2024-11-20", "minutes")
		if ok != tt.found {
			t.Errorf("commitment(%q) found = %v, want %v", tt.text, ok, tt.found)
		}
	}
}
