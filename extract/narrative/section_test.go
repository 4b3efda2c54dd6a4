package narrative

import "testing"

// TestSectionPointsCompleteClause: under a section-numbered decision list,
// a clause that wants its object (its verbs alone, or ending on "of:")
// gives one decision per point numbered under it, its words carried; a
// clause whole before its colon keeps its parts as before.
func TestSectionPointsCompleteClause(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"verbs alone, then a clause ending on of", []string{
			"The Mayor in Cabinet decided to:",
			"",
			"3.1       Noted and Approved;",
			"",
			"3.1.1    the play area plan at Annex 1;",
			"",
			"3.1.2    the costed list of repairs at Annex 2; and",
			"",
			"3.2       Ask the Head of Parks to report back in the spring.",
			"",
			"3.3      RECOMMEND TO COUNCIL the approval of:",
			"",
			"3.3.1  the play area plan at Annex 1; and",
			"",
			"3.3.2  the charging scheme at Annex 3.",
		}, []string{
			"3.1.1|resolution|The Mayor in Cabinet decided to Noted and Approved the play area plan at Annex 1",
			"3.1.2|resolution|The Mayor in Cabinet decided to Noted and Approved the costed list of repairs at Annex 2",
			"3.2|resolution|The Mayor in Cabinet decided to ask the Head of Parks to report back in the spring.",
			"3.3.1|recommendation|The Mayor in Cabinet decided to RECOMMEND TO COUNCIL the approval of the play area plan at Annex 1",
			"3.3.2|recommendation|The Mayor in Cabinet decided to RECOMMEND TO COUNCIL the approval of the charging scheme at Annex 3.",
		}},
		{"a clause whole before its colon keeps its parts", []string{
			"The Mayor in Cabinet decided to:",
			"",
			"3.1       Ask the Head of Parks to report back in the spring.",
			"",
			"3.2       Approve the play area plan, which has two parts:",
			"",
			"3.2.1    new swings by the pond;",
			"",
			"3.2.2    a fence round the sand pit.",
		}, []string{
			"3.1|resolution|The Mayor in Cabinet decided to ask the Head of Parks to report back in the spring.",
			"3.2|resolution|The Mayor in Cabinet decided to approve the play area plan, which has two parts: 3.2.1 new swings by the pond; 3.2.2 a fence round the sand pit.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantFound(t, tt.lines, tt.want) })
	}
}
