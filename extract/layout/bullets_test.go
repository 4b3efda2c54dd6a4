package layout

import "testing"

func TestIsBullet(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'•', true}, {'▪', true}, {'➢', true}, {'·', true},
		// A tick marks a thing done as often as it opens a point; dashes,
		// asterisks and letters open other things too; each
		// reader decides on them.
		{'✓', false}, {'-', false}, {'*', false}, {'o', false}, {'§', false}, {'a', false},
	} {
		if got := IsBullet(c.r); got != c.want {
			t.Errorf("IsBullet(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}
