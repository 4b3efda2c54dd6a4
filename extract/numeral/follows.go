package numeral

import (
	"strconv"
	"strings"
	"unicode"
)

// Follows reports whether b numbers the row or point after a, in the same
// form: 3 after 2, 2.4 after 2.3, 2.1 after 1.3 or after 1, 1c after 1b,
// (2a) after (1c), Q2 after Q1, PA 4 after PA 3. A count that goes up
// restarts the counts below it at 1 (or a); a star after either is a mark,
// not part of the number. The readers that rebuild a copied table's rows
// from their numbers ask it where the next row starts.
func Follows(a, b string) bool {
	fa, ca := counts(strings.TrimSuffix(a, "*"))
	fb, cb := counts(strings.TrimSuffix(b, "*"))
	if len(ca) == 0 || len(cb) == 0 {
		return false
	}
	switch {
	case fa == fb: // as many counts, one "#" each
	case len(cb) == len(ca)+1 && strings.HasPrefix(fb, fa):
		// A level deeper: "2.1" after "1".
	default:
		return false
	}
	for d := range ca {
		if ca[d] == cb[d] {
			continue
		}
		if cb[d] != ca[d]+1 {
			return false
		}
		for _, rest := range cb[d+1:] {
			if rest != 1 {
				return false
			}
		}
		return true
	}
	return false
}

// Opens reports whether b numbers the first point under a, a level
// deeper: 1.1 under 1 (or 1.), 2.3.1 under 2.3. Follows leaves this out,
// as a point's own sub-points are no next row; a reader that knows a
// row to be a section's heading asks it whether the rows under it begin.
func Opens(a, b string) bool {
	fa, ca := counts(strings.TrimSuffix(a, "*"))
	fb, cb := counts(strings.TrimSuffix(b, "*"))
	if len(ca) == 0 || len(cb) != len(ca)+1 || !strings.HasPrefix(fb, fa) || cb[len(ca)] != 1 {
		return false
	}
	for d := range ca {
		if ca[d] != cb[d] {
			return false
		}
	}
	return true
}

// counts splits a number into its form and its counts: each run of digits,
// and each small letter standing alone (not in a word: "Action 2"), is a
// count ("1.2" is 1, 2 in "#.#"; "(3b)" is 3, 2 in "(##)"); what is left
// is the form, a trailing full stop dropped.
func counts(s string) (form string, ns []int) {
	var f strings.Builder
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); {
		r := rune(s[i])
		switch {
		case unicode.IsDigit(r):
			j := i
			for j < len(s) && unicode.IsDigit(rune(s[j])) {
				j++
			}
			n, _ := strconv.Atoi(s[i:j])
			ns = append(ns, n)
			f.WriteByte('#')
			i = j
		case r >= 'a' && r <= 'z' && !letterAt(s, i-1) && !letterAt(s, i+1):
			ns = append(ns, int(r-'a')+1)
			f.WriteByte('#')
			i++
		default:
			f.WriteByte(s[i])
			i++
		}
	}
	return strings.TrimSuffix(f.String(), "."), ns
}

// letterAt is whether s has a letter at byte i.
func letterAt(s string, i int) bool {
	return i >= 0 && i < len(s) && unicode.IsLetter(rune(s[i]))
}
