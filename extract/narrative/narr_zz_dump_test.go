package narrative

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/pdf"

	"github.com/councilactions/councilactions/extract/plaintext"
)

func TestZZParas(t *testing.T) {
	f := os.Getenv("ZZTXT")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	var d layout.Doc
	var err error
	if strings.HasSuffix(f, ".pdf") {
		d, err = pdf.Reader{}.Read(context.Background(), data)
	} else {
		d, err = plaintext.Reader{}.Read(context.Background(), data)
	}
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("flowing", d.Flowing)
	if os.Getenv("ZZLINES") != "" {
		for _, l := range d.Lines {
			fmt.Printf("t%d r%v cells%d | %s\n", l.Table, l.Record, len(l.Cells), l.Text)
		}
		return
	}
	for _, p := range paragraphs(d, nil) {
		fmt.Printf("L%d m%q h%v i%.0f | %s\n", p.line, p.marker, p.heading, p.indent, p.text)
	}
}
