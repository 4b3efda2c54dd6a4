package clean

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"<b>Health &amp; Wellbeing</b>":         "Health & Wellbeing",
		"for <i>Mental Health</i> .":            "for Mental Health .",
		"a\u00a0\u00a0b\t\tc\n d":               "a b c d",
		"<u> </u>":                              "",
		"5 < 6 and 7 > 3":                       "5 < 6 and 7 > 3",
		"&lt;script&gt;alert(1)&lt;/script&gt;": "<script>alert(1)</script>",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJoin(t *testing.T) {
	tests := []struct{ prev, next, want string }{
		{"Recruit and train", "volunteers", "Recruit and train volunteers"},
		{"imple-", "mentation of the plan", "implementation of the plan"},
		{"HWBB Education Sub-", "group", "HWBB Education Sub-group"},
		{"co-", "ordination", "co-ordination"},
		{"school staff/", "parents", "school staff/parents"},
		{"Ends with a dash -", "next", "Ends with a dash - next"},
		{"", "first", "first"},
		{"last", "", "last"},
	}
	for _, tt := range tests {
		if got := Join(tt.prev, tt.next); got != tt.want {
			t.Errorf("Join(%q, %q) = %q, want %q", tt.prev, tt.next, got, tt.want)
		}
	}
}

// FuzzSpace checks Space's short cut for text already folded against
// folding it the long way.
func FuzzSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u2003b", "\u200b", "x\xffy z", "Lead officer"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Space(s), strings.Join(strings.FieldsFunc(s, isSpace), " "); got != want {
			t.Errorf("Space(%q) = %q, want %q", s, got, want)
		}
	})
}
