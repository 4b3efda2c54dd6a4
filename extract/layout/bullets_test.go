package layout

import "testing"

func TestIsBullet(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'•', true}, {'▪', true}, {'➢', true}, {'·', true},
		// Dashes, asterisks and letters open other things too; each
		// reader decides on them.
		{'-', false}, {'*', false}, {'o', false}, {'§', false}, {'a', false},
	} {
		if got := IsBullet(c.r); got != c.want {
			t.Errorf("IsBullet(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}
