package pdf

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realDocs are the real council papers shared beside the project.
const realDocs = "../../../shared/realworld/docs"

// TestRealWorldText: lines of real papers from Word 365, Aspose.Words,
// PowerPoint and the Adobe PDF Library read whole: a superscript stays in
// its line ("21st"), a space of no width splits no word ("De mentia"), a
// name is not cut ("P eter").
func TestRealWorldText(t *testing.T) {
	if _, err := os.Stat(realDocs); err != nil {
		t.Skip("no real papers in ../shared")
	}
	for file, phrases := range map[string][]string{
		"kent-cabinet-2025-01-30-ics-delivery-plan-report.pdf": {"Health Cabinet Committee on 21st January, the support of the full Cabinet to"},
		"westsussex-dementia-strategy-2020-2023.pdf":           {"Dementia is not a natural part of growing old and, although dementia is more"},
		"kent-council-2025-03-13-cmpb-annual-report.pdf":       {"Council. Along with, Lt Col Peter Ellis who retired from the position of", "chaired by Cllr Bryan Sweetland"},
	} {
		data, err := os.ReadFile(filepath.Join(realDocs, file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Reader{}.Read(context.Background(), data)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, p := range phrases {
			found := false
			for _, l := range doc.Lines {
				found = found || strings.Contains(l.Text, p) || strings.Contains(strings.Join(l.CellTexts(), " "), p)
			}
			if !found {
				t.Errorf("%s: no line holds %q", file, p)
			}
		}
	}
}
