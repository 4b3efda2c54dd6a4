package narrative

import "strings"

// Cheap tests of what a pattern's match needs, asked before patterns that
// run over every line, paragraph or sentence: most text fails them, and
// the answer is the same as the pattern's alone.

// holdsWord reports whether s holds w (written in small ASCII letters) in
// any case. It stands before a (?i) pattern only for a word without k or
// s, which such a pattern also matches as the Kelvin sign and the long s.
func holdsWord(s, w string) bool {
	return holdsAnyWord(s, w)
}

// holdsAnyWord is holdsWord for any of ws.
func holdsAnyWord(s string, ws ...string) bool {
	low := strings.ToLower(s)
	for _, w := range ws {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// lostStopSpace reports whether s holds two small letters, a stop and a
// capital and small letter run on ("months.It was"), as closedStop needs.
func lostStopSpace(s string) bool {
	for i := 2; i+2 < len(s); i++ {
		if s[i] == '.' && lower(s[i-2]) && lower(s[i-1]) && s[i+1] >= 'A' && s[i+1] <= 'Z' && lower(s[i+2]) {
			return true
		}
	}
	return false
}

func lower(b byte) bool { return b >= 'a' && b <= 'z' }
