package scoring

import (
	"encoding/json"
	"reflect"
	"testing"
)

// The expectations below were printed by score_actions.py's own functions.

func TestWords(t *testing.T) {
	tests := []struct {
		in   any
		want []string
	}{
		{"<b>Cllr</b> Smith &amp; Clir Jones", []string{"cllr", "smith", "cllr", "jones"}},
		{"Don’t stop", []string{"don", "t", "stop"}},
		{"&pound;5&nbsp;000", []string{"5", "000"}},
		{"caf&eacute; OK", []string{"caf", "ok"}},
		{"&#65;BC &#x42;", []string{"abc", "b"}},
		{"x&notit; y", []string{"x", "it", "y"}}, // longest legacy name: &not
		{"a&#1;b", []string{"ab"}},               // invalid code point dropped
		{"a&#128;b", []string{"a", "b"}},         // windows-1252 euro
		{"&#9a", []string{"a"}},                  // no semicolon before a letter
		{"&#4294967361;q", []string{"q"}},        // past U+10FFFF: U+FFFD, no wrap to 'A'
		{"AT&amp T", []string{"at", "t"}},        // legacy name without semicolon
		{"&nGt;x", []string{"x"}},                // a name Go's table lacks
		{"İstanbul", []string{"i", "stanbul"}},   // python lowers İ to i + dot
		{"a<br/>b<p class='x'>c</p>", []string{"a", "b", "c"}},
		{"tom&jerry", []string{"tom", "jerry"}},
		{"a\nb", []string{"a", "b"}},
		{[]any{"A B", "C"}, []string{"a", "b", "c"}},
		{nil, nil},
		{"", nil},
		{json.Number("3"), []string{"3"}},
		{json.Number("2.5"), []string{"2", "5"}},
		{json.Number("1e20"), []string{"1e", "20"}}, // python's repr 1e+20
		{&object{keys: []string{"any"}, vals: map[string]any{"any": []any{"x y", "z"}}}, []string{"any", "x", "y", "z"}},
	}
	for _, tt := range tests {
		if got := words(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("words(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTextOK(t *testing.T) {
	ten := "a b c d e f g h i j"
	tests := []struct {
		name          string
		gold, got     any
		needPrecision bool
		want          bool
	}{
		{"same", ten, ten, true, true},
		{"recall 9/10", ten, "a b c d e f g h i", true, true},
		{"recall 8/10", ten, "a b c d e f g h", true, false},
		{"precision 10/12 (0.83)", ten, ten + " x y", true, true},
		{"precision 10/13 (0.77)", ten, ten + " x y z", true, false},
		{"commitment ignores precision", ten, ten + " x y z w v u", false, true},
		{"commitment still needs recall", ten, "a b c", false, false},
		{"bag counts repeats", "a a b", "a b b", true, false},
		{"empty gold wants empty got", "", "", true, true},
		{"empty gold, got text", "", "x", true, false},
		{"got nothing", ten, nil, true, false},
		{"tags and case ignored", "Lead: <i>Cllr</i> Boulter", "lead cllr BOULTER", true, true},
		{"owner lists", []any{"Planning Policy", "Health & Wellbeing"}, []any{"Planning Policy Health & Wellbeing"}, true, true},
	}
	for _, tt := range tests {
		if got := textOK(tt.gold, tt.got, tt.needPrecision); got != tt.want {
			t.Errorf("%s: textOK(%q, %q) = %v, want %v", tt.name, tt.gold, tt.got, got, tt.want)
		}
	}
}

func TestNormRef(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{"Recommendation 3.", "3"},
		{"(iv)", "iv"},
		{"Rec. 2", "2"},
		{"No.5", "5"},
		{"Item 4:", "4"},
		{"recommendations 1", "s 1"}, // python tries "recommendation" first
		{nil, ""},
		{"  ACTION  1.a ", "1.a"},
		{"actions", "s"},
		{"rec\u00a02", "2"}, // python's \s takes a no-break space
		{"(1)", "1"},
		{json.Number("0"), ""}, // falsy, as in python
		{"RESOLVED", "resolved"},
	}
	for _, tt := range tests {
		if got := normRef(tt.in); got != tt.want {
			t.Errorf("normRef(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestValueOK(t *testing.T) {
	anyOf := func(alts ...any) *object {
		return &object{keys: []string{"any"}, vals: map[string]any{"any": alts}}
	}
	tests := []struct {
		name      string
		field     string
		gold, got any
		kind      any
		want      bool
	}{
		{"status ignores case and space", "status", "complete", " Complete ", "action", true},
		{"status exact", "status", "complete", "completed", "action", false},
		{"due exact", "due", "2021-10-31", "2021-10-30", "action", false},
		{"empty gold exact matches missing", "due", "", nil, "action", true},
		{"kind exact", "kind", "action", "action", nil, true},
		{"any alternative", "period", anyOf("2021-2023", "2021/23"), "2021/23", "", true},
		{"no alternative", "period", anyOf("2021-2023", "2021/23"), "2021", "", false},
		{"any of owner lists", "owner", anyOf([]any{"Planning Policy Health & Wellbeing"}, []any{"Planning Policy", "Health & Wellbeing"}),
			[]any{"Planning Policy"}, "action", false},
		{"any of owner lists, split", "owner", anyOf([]any{"A B C D"}, []any{"Planning Policy", "Health & Wellbeing"}),
			[]any{"Planning Policy", "Health & Wellbeing"}, "action", true},
		{"text field", "progress", "Work ongoing", "work  ongoing.", "action", true},
		{"commitment text needs recall only", "action", "would be monitored", "it was said this would be monitored going forward", "commitment", true},
		{"recommendation text needs precision", "action", "would be monitored", "it was said this would be monitored going forward", "recommendation", false},
	}
	for _, tt := range tests {
		if got := valueOK(tt.field, tt.gold, tt.got, tt.kind); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPythonValues(t *testing.T) {
	v, err := decodeJSON([]byte(`{"b": 1, "a": ["x", "b\n\"<é>` + "\u2028" + `\u0001"], "c": null, "d": true, "e": 1.5}`))
	if err != nil {
		t.Fatal(err)
	}
	// Key order kept, python's separators, no HTML escaping.
	wantJSON := `{"b": 1, "a": ["x", "b\n\"<é>` + "\u2028" + `\u0001"], "c": null, "d": true, "e": 1.5}`
	if got := pyJSON(v); got != wantJSON {
		t.Errorf("pyJSON = %s\nwant   %s", got, wantJSON)
	}
	wantRepr := `{'b': 1, 'a': ['x', 'b\n"<é>\u2028\x01'], 'c': None, 'd': True, 'e': 1.5}`
	if got := pyRepr(v); got != wantRepr {
		t.Errorf("pyRepr = %s\nwant   %s", got, wantRepr)
	}
	reprs := map[any]string{
		"it's":                       `"it's"`,
		`a"b'c`:                      `'a"b\'c'`,
		"\u00a0\u200b\U0001F600\x7f": `'\xa0\u200b` + "\U0001F600" + `\x7f'`,
		json.Number("1e16"):          "1e+16",
		json.Number("1234567.0"):     "1234567.0",
		json.Number("1e-5"):          "1e-05",
		json.Number("0.0001"):        "0.0001",
		json.Number("-0.0"):          "-0.0",
		json.Number("-0"):            "0",
	}
	for in, want := range reprs {
		if got := pyRepr(in); got != want {
			t.Errorf("pyRepr(%#v) = %s, want %s", in, got, want)
		}
	}
	if got := truncate("€uro", 2); got != "€u" {
		t.Errorf("truncate counts characters: got %q", got)
	}
	for _, bad := range []string{`{"a": 1} x`, `{"a": `, ``, `[1,]`} {
		if _, err := decodeJSON([]byte(bad)); err == nil {
			t.Errorf("decodeJSON(%q): no error", bad)
		}
	}
	if s := pyStr("it's"); s != "it's" {
		t.Errorf("pyStr of a string is the string, got %q", s)
	}
}
