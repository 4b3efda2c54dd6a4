package narrative

import (
	"strings"
	"testing"
)

// FuzzGuards checks each cheap test against the pattern it stands before:
// where the pattern matches, the test must pass.
func FuzzGuards(f *testing.F) {
	for _, s := range []string{
		"", "12 months.It was RESOLVED", "Cllr Hart asked for clarification on the costs",
		"The Clerk advised that the fete would be held in June", "THE CHAIR SAID THAT IT WILL TAKE PLACE",
		"the following points were noted:", "agreed as follows;", "If you have any questions",
		"asked for further DETAILS about the scheme", "x.Yz", "ab.Cd",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range []struct {
			name  string
			match bool
			guard bool
		}{
			{"closedStop", closedStop.MatchString(s), lostStopSpace(s)},
			{"eventNotice", eventNotice.MatchString(s), holdsWord(s, "that")},
			{"readerAddressed", readerAddressed.MatchString(s), holdsWord(s, "you")},
			{"asFollowsEnd", asFollowsEnd.MatchString(s), holdsWord(s, "follow")},
			{"questionPut", questionPut.MatchString(s), holdsAnyWord(s, "clarification", "information", "explanation", "detail")},
			{"pointsNoted", pointsNoted.MatchString(s), strings.HasSuffix(s, ":") || strings.HasSuffix(s, ":-")},
			{"semicolonLead", semicolonLead.MatchString(s), strings.HasSuffix(s, ";")},
			{"inlineLead", inlineLead.MatchString(s) || listAfterColon.MatchString(s), strings.Contains(s, ":")},
		} {
			if g.match && !g.guard {
				t.Errorf("%s matches %q, but its guard fails", g.name, s)
			}
		}
	})
}
