package plaintext

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	d, _ := Reader{}.Read(context.Background(), b)
	for _, l := range d.Lines {
		fmt.Printf("T%d R%v cells=%d | %.160q\n", l.Table, l.Record, len(l.Cells), l.Text)
	}
}
