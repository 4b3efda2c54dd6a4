package narrative

import "testing"

// A second party acts with the subject when it is a post, a team or a
// person named with a title (any of nameTitle's, singular or plural).
func TestCompanyActs(t *testing.T) {
	tests := []struct {
		company string
		want    bool
	}{
		{"the Clerk", true},
		{"Cllr Penn", true},
		{"Councillors Ames and Bell", true},
		{"Rev Hale", true},
		{"Mrs. Hale", true},
		{"the Allotment Society", false},
		{"the clubs", false},
	}
	for _, tc := range tests {
		if got := companyActs(tc.company); got != tc.want {
			t.Errorf("companyActs(%q) = %v, want %v", tc.company, got, tc.want)
		}
	}
}
