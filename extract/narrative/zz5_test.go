package narrative

import (
	"fmt"
	"os"
	"testing"

	"github.com/councilactions/councilactions/extract/plaintext"
)

func TestZZ5(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("ZZ"))
	ld, _ := plaintext.Reader{}.Read(t.Context(), data)
	if os.Getenv("ZZPARA") != "" {
		for _, p := range paragraphs(ld, nil) {
			fmt.Printf("P m=%q h=%v | %.120s\n", p.marker, p.heading, p.text)
		}
	}
	for _, a := range Find(ld, nil, Options{Genre: os.Getenv("ZZG")}) {
		fmt.Printf("%q %s %v %.200s\n", a.Ref, a.Kind, a.Owner, a.Action)
	}
}
