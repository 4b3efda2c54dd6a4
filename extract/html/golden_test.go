package html

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestFixturesGolden pins the lines each HTML fixture reads as, in show's
// form, in testdata/NAME.lines. Run with -update to accept a change.
func TestFixturesGolden(t *testing.T) {
	for _, name := range fixtures(t) {
		base := filepath.Base(name)
		t.Run(base, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			ld, err := Reader{}.Read(context.Background(), data)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, l := range ld.Lines {
				b.WriteString(show(l))
				b.WriteByte('\n')
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(base, ".html")+".lines")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update)", err)
			}
			if b.String() != string(want) {
				t.Errorf("lines differ from %s (go test -run Golden -update to accept):\n%s", golden, diff(string(want), b.String()))
			}
		})
	}
}

// diff shows the first lines that differ.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			out = append(out, "line "+strconv.Itoa(i+1)+":\n  want "+wl+"\n  got  "+gl)
		}
	}
	return strings.Join(out, "\n")
}
