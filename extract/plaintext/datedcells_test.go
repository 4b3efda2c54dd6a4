package plaintext

import "testing"

// FuzzHasYear checks the short cut datedHeader takes: text with no four
// digits in a row holds no period name to take out.
func FuzzHasYear(f *testing.F) {
	for _, s := range []string{"", "Action Lead Due", "Actions 2026-2028", "Progress at Oct 2025", "Budget 2025/26", "Target 202", "Ref 12 345", "Q3 ２０２５"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !hasYear(s) && periodName.ReplaceAllString(s, "") != s {
			t.Errorf("hasYear(%q) = false, but periodName takes %q out", s, periodName.FindString(s))
		}
	})
}
