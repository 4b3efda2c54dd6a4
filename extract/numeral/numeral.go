// Package numeral writes list numbers as word processors and browsers show
// them, for the readers that rebuild a list's numbering from its format.
package numeral

import "strings"

var romanValues = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanDigits = []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}

// Roman writes n from 1 to 3999 in lower-case Roman numerals (4 is "iv");
// outside those it reports false, as a list format then falls back to
// digits.
func Roman(n int) (string, bool) {
	if n < 1 || n > 3999 {
		return "", false
	}
	var b strings.Builder
	for i, v := range romanValues {
		for n >= v {
			b.WriteString(romanDigits[i])
			n -= v
		}
	}
	return b.String(), true
}
