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
	expectText(t, text, refAction, []string{
		"1|Add a signed crossing outside the primary school (Ongoing)",
		"2|Review the speed limit on the school road with the police (2026)",
	})
}

// refAction shows an action by its ref and words.
func refAction(a action.Action) string { return a.Ref + "|" + a.Action }

// expectText reads text as a text file and compares its actions, each as
// show gives it, with want, in order.
func expectText(t *testing.T, text string, show func(action.Action) string, want []string) {
	t.Helper()
	ext, err := Bytes(context.Background(), []byte(text), FormatText, action.Document{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range ext.Actions {
		got = append(got, show(a))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAimsBeforeActionTableAndReasons: the goals listed before a plan's action
// table are what it aims at; the table's rows are its actions. The
// reasons listed under "Reason for Decision" are no further decision.
func TestAimsBeforeActionTableAndReasons(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // ref|action of each item
	}{
		{"goals before the table", "Empty Homes Action Plan 2026\n\nIntroduction\n\n" +
			"This plan sets out how the council will bring empty homes back into use.\n\nOur goals:\n\n" +
			"  • Reduce the number of homes left empty for over two years\n" +
			"  • Increase the number of owners given advice on letting\n\n" +
			"| Ref | Action | Lead | Due |\n| --- | --- | --- | --- |\n" +
			"| 1 | Survey every home empty for over a year | Housing Standards | March 2027 |\n" +
			"| 2 | Write to each owner with an offer of a free visit | Empty Homes Officer | June 2027 |\n",
			[]string{"1|Survey every home empty for over a year", "2|Write to each owner with an offer of a free visit"}},
		{"promises before the table stay", "Empty Homes Action Plan 2026\n\nWe will:\n\n" +
			"  • Write to every owner of a home left empty for two years to offer them a free visit from an officer.\n\n" +
			"| Ref | Action | Lead | Due |\n| --- | --- | --- | --- |\n" +
			"| 1 | Survey every home empty for over a year | Housing Standards | March 2027 |\n",
			[]string{"1|Survey every home empty for over a year", "|Write to every owner of a home left empty for two years to offer them a free visit from an officer."}},
		{"short promises before the table stay", "Dog Control Plan 2026\n\nWhat we will do\n\nWe will:\n\n" +
			"  • Put up new signs at every park gate\n" +
			"  • Hire a dog warden for the summer months\n\n" +
			"Appendix: the action table\n\n" +
			"| Ref | Action | Lead | Due |\n| --- | --- | --- | --- |\n" +
			"| 1 | Count the bins in each park | Parks Team | May 2027 |\n",
			[]string{"1|Count the bins in each park", "|Put up new signs at every park gate", "|Hire a dog warden for the summer months"}},
		{"reasons under the decision", "Decision details\n\nLibrary Opening Hours Review\n\nDecision Made\n" +
			"  1. That the revised opening hours be approved.\nReason for Decision\n" +
			"  1. The new rota will free staff to open branches on Saturday afternoons.\n" +
			"  2. It will let the service meet the demand shown in the survey.\n",
			[]string{"1|That the revised opening hours be approved."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectText(t, tt.text, refAction, tt.want)
		})
	}
}
