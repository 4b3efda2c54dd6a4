package narrative

import (
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

func TestAgreedView(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		// A view agreed with: a state, told with "there" or "it" for
		// its subject, or a quality after "was/were".
		{"After some debate, it was agreed that there was a need to check whether the grant terms were fair.", true},
		{"Given the late hour, the Panel agreed that it would be useful for every member to have a week to read the bylaws.", true},
		{"Members unanimously agreed that the new forms were clearer and that the shorter layout would be a real help to callers.", true},
		{"The Board agreed that it was important that residents see the plan early.", true},
		// A thing settled: an act, a record, a time, a ruling.
		{"It was agreed that the clerk would write to the bus company.", false},
		{"It was agreed that the hedge should be cut back before May.", false},
		{"Members agreed that the notes of the last meeting were a true record.", false},
		{"It was agreed that the quotes were accepted as tabled.", false},
		{"It was agreed that there would be no rise in the precept this year.", false},
		{"The Board agreed that it would be helpful for the officer to come back in June, and that the officer would bring the figures.", false},
		{"It was agreed that the new forms were clearer and that the clerk would send them out.", false},
		// A view and then another sentence: the item holds more.
		{"It was agreed that there was a need for more seats. The clerk will order two.", false},
		// No "agreed that".
		{"There was a need to check the figures.", false},
	} {
		if got := agreedView(tc.text); got != tc.want {
			t.Errorf("agreedView(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestAskedOnly(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		// A question put, told as an indirect question.
		{"The Parks Officer asked who would be invited to report on the open day.", true},
		{"Cllr Rowe said the verges were a shared worry and requested information as to whether the county had looked at them.", true},
		{"Members queried when the new bins had been ordered.", true},
		// A request put as a question: someone could or would act.
		{"Cllr Rowe asked if the clerk could find out the opening dates.", false},
		{"Members asked whether officers would send round the figures.", false},
		// An undertaking before or after the question, or its answer.
		{"Members asked when the hall would reopen, and the clerk will press the owner for a date.", false},
		{"Members asked how the swings would be checked and were told that the parks team would check them weekly.", false},
		{"The clerk agreed to write and asked when the survey would be done.", false},
		// More than one sentence.
		{"Members asked when the hall would reopen. The clerk will find out.", false},
		// No question.
		{"Members asked the clerk to write to the owner.", false},
	} {
		if got := askedOnly(tc.text); got != tc.want {
			t.Errorf("askedOnly(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestViewsAndQuestionsFind: a view agreed with and a question put give no
// item in a paper's minutes, while the decision and the undertaking beside
// them still give theirs.
func TestViewsAndQuestionsFind(t *testing.T) {
	runFindCases(t, []findCase{
		{"a view agreed, then a decision", action.DocMinutes, []string{
			"5. Grants",
			"After some debate, it was agreed that there was a need to check whether the grant terms were fair.",
			"6. Fencing",
			"It was agreed that the fence should be mended before the summer.",
		}, []string{
			"resolution|6|It was agreed that the fence should be mended before the summer.|",
		}},
		{"a question put, then an undertaking", action.DocMinutes, []string{
			"7. Open day",
			"The Parks Officer asked who would be invited to report on the open day.",
			"Cllr Rowe said the verges were a shared worry and requested information as to whether the county had looked at them.",
			"8. Library",
			"The Clerk will write to the county about the library hours by the next meeting.",
		}, []string{
			"commitment||The Clerk will write to the county about the library hours by the next meeting.|The Clerk",
		}},
	}, showKindRefActionOwner)
}
