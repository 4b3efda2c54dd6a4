package narrative

import "testing"

// A clause whose own verb is recommend, after any label, fronted phrase or
// verb of deliberating, recommends on; a decision of the body's own before
// it, a noun, an officer or a participle does not.
func TestRecommendsOnward(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Forum recommends that the cycle route be extended to the station.", true},
		{"RESOLVED to recommend to the Transport Board that the fares be frozen.", true},
		{"The Sub-Committee RESOLVED to recommend the revised rules to the Trust Board.", true},
		{"That the Parish Council be recommended to adopt the tree policy.", true},
		{"That a recommendation be made to the Town Council that the grant be doubled.", true},
		{"recommend the Full Council to accept the audit findings and to publish them.", true},
		{"Recommend to the Assembly that the standing orders be revised.", true},
		{"That, pending the survey results, the Panel recommends to Cabinet that the depot stays open.", true},
		{"That in respect of the library review, the Working Group recommends that opening hours be kept.", true},
		{"That the Board considers and recommends the draft charter to the Assembly for adoption.", true},
		{"Members discussed the bids at length and agreed to recommend the sums shown in the table.", true},
		{"The Panel read the requests from the clubs and resolved to recommend two of them.", true},
		{"That the harbour plan be recommended to Council for adoption.", true},
		{"That the change to the rules of the Hall Committee be recommended to the Parish Council.", true},
		{"It was unanimously agreed that a recommendation be made to the Board that the fee be waived.", true},
		{"That the LRC recommend to Council that the byelaws be renewed.", true},
		{"The Committee recommended to full Council that the mooring fees rise.", true},

		// The body decides in its own right too.
		{"Approve the harbour plan and recommend it to the Town Council for adoption.", false},
		{"That the Board notes the audit and recommends the action plan to the Trust.", false},
		{"That the strategy be endorsed and sent to Council with a recommendation that it be adopted.", false},
		{"Agree the Panel's recommendation that the ferry timetable be changed.", false},
		{"That the recommendations of the review, which were recommended to the Executive, be approved.", false},
		// Recommending told of, not done.
		{"That the fencing recommended by the surveyor be installed.", false},
		{"That the recommended option for the depot be taken forward.", false},
		{"That the Forum's recommended route be signed.", false},
		{"That the footpaths recommended to stay open on the map be signed.", false},
		{"That the trees the arborist recommends be felled this winter.", false},
		{"The Director recommended that the depot be sold.", false},
		{"Cllr Oaks recommended that the grass be cut monthly.", false},
		{"RESOLVED not to recommend the scheme to the Board.", false},
		// Another body's recommending, still to come.
		{"It was agreed that the Steering Group would check the figures and recommend a budget.", false},
		{"That the Forum ask the Youth Panel to recommend a site for the skate park.", false},
		{"The hall was redecorated. The Committee recommends that the fees rise.", false},
		{"That the bins be emptied weekly.", false},
	}
	for _, tt := range tests {
		if got := recommendsOnward(tt.text); got != tt.want {
			t.Errorf("recommendsOnward(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
