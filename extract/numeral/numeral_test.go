package numeral

import "testing"

func TestRoman(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
		ok   bool
	}{
		{1, "i", true}, {4, "iv", true}, {9, "ix", true}, {14, "xiv", true},
		{40, "xl", true}, {90, "xc", true}, {400, "cd", true}, {1994, "mcmxciv", true},
		{3999, "mmmcmxcix", true}, {0, "", false}, {-3, "", false}, {4000, "", false},
	} {
		got, ok := Roman(c.n)
		if got != c.want || ok != c.ok {
			t.Errorf("Roman(%d) = %q, %v; want %q, %v", c.n, got, ok, c.want, c.ok)
		}
	}
}

func TestFollows(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2", "3", true},
		{"2.3", "2.4", true},
		{"1.3", "2.1", true},
		{"1", "2.1", true},
		{"1b", "1c", true},
		{"(1c)", "(2a)", true},
		{"Q1", "Q2", true},
		{"PA 3", "PA 4", true},
		{"1*", "2", true},
		{"2.", "3.", true},
		{"2", "4", false},
		{"2", "2", false},
		{"1.3", "2.2", false},
		{"1.3", "2", false},
		{"1", "1.1", false},
		{"Q1", "PA 2", false},
		{"(1b)", "1c", false},
		{"Q1", "Q", false},
		{"", "1", false},
		{"Action 1", "Action 2", true},
		{"Aim 1", "Act 2", false},
		{"Ab 1", "Ac 1", false},
	} {
		if got := Follows(tt.a, tt.b); got != tt.want {
			t.Errorf("Follows(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOpens(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"1", "1.1", true},
		{"1.", "1.1", true},
		{"4.2", "4.2.1", true},
		{"1", "1.2", false},
		{"1", "2.1", false},
		{"1.1", "1.2", false},
		{"2", "3", false},
		{"", "1", false},
	} {
		if got := Opens(tt.a, tt.b); got != tt.want {
			t.Errorf("Opens(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
