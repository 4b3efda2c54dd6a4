package layout

import "testing"

func TestShadeOfColour(t *testing.T) {
	tests := []struct{ colour, want string }{
		{"#FF0000", "Red"}, {"#c00000", "Red"}, {"red", "Red"}, {"rgb(230, 30, 40)", "Red"},
		{"#FFC000", "Amber"}, {"#ffbf00", "Amber"}, {"orange", "Amber"}, {"#FFFF00", "Amber"},
		{"#00B050", "Green"}, {"#92D050", "Green"}, {"green", "Green"}, {"#0f0", "Green"},
		{"#0070C0", "Blue"}, {"blue", "Blue"},
		{"#D9D9D9", ""}, {"#FFFFFF", ""}, {"#DEEAF6", ""}, {"#000000", ""}, {"auto", ""}, {"", ""},
		{"#800080", ""}, {"rgb(1,2)", ""}, {"#12345", ""},
	}
	for _, tt := range tests {
		if got := ShadeOfColour(tt.colour); got != tt.want {
			t.Errorf("ShadeOfColour(%q) = %q, want %q", tt.colour, got, tt.want)
		}
	}
}
