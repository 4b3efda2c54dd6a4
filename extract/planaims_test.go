package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// TestNumberedAimOverLabelledActions: in a plan, a lone numbered line with
// no stop straight over "Policy 1:" and its "Action 1:" lines heads them;
// only the labelled actions are items.
func TestNumberedAimOverLabelledActions(t *testing.T) {
	text := "School Travel Action Plan\n\n" +
		"Safer streets\n" +
		"1. Support pupils and their families to travel to school safely and make the most of the journey\n\n" +
		"Policy 1: The partners see safe routes to school as a shared task.\n\n" +
		"Action 1: Add a signed crossing outside the primary school (Ongoing)\n\n" +
		"Action 2: Review the speed limit on the school road with the police (2026)\n"
	ext, err := Bytes(context.Background(), []byte(text), FormatText, action.Document{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range ext.Actions {
		got = append(got, a.Ref+"|"+a.Action)
	}
	want := []string{
		"1|Add a signed crossing outside the primary school (Ongoing)",
		"2|Review the speed limit on the school road with the police (2026)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
