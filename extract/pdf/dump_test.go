package pdf

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDump(t *testing.T) {
	f := os.Getenv("PDFDUMP")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	doc, err := Reader{}.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range doc.Lines {
		flag := ""
		if l.Furniture {
			flag += "F"
		}
		if l.Bold {
			flag += "B"
		}
		if l.Heading > 0 {
			flag += fmt.Sprint("H", l.Heading)
		}
		if l.Cells != nil {
			fmt.Printf("p%d t%d %s\t| %s\n", l.Page, l.Table, flag, strings.Join(l.CellTexts(), " | "))
		} else {
			fmt.Printf("p%d    %s\t%s\n", l.Page, flag, l.Text)
		}
	}
}
