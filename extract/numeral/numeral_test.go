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
