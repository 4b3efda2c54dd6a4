package narrative

import (
	"strings"
	"testing"
)

func TestInlineRun(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // marker: point, after the lead-in
		lead       string
	}{
		{"roman powers after to", "That powers pass to the Head of Parks to (i) open the new playground (ii) fix the old swings where needed and (iii) appoint a firm to paint the fences.",
			[]string{"(i): open the new playground", "(ii): fix the old swings where needed", "(iii): appoint a firm to paint the fences."}, "That powers pass to the Head of Parks to"},
		{"letters after a colon, joined by and", "The Board agreed to: (a) fund two more wardens, and (b) review the rota in June.",
			[]string{"(a): fund two more wardens", "(b): review the rota in June."}, "The Board agreed to"},
		{"numbers after to", "That the Clerk be asked to (1) write to the bus company; (2) ask for a new timetable.",
			[]string{"(1): write to the bus company", "(2): ask for a new timetable."}, "That the Clerk be asked to"},
		{"conditions are no deeds", "A lease be granted subject to (a) the tenant's bank reference and (b) to the rent being paid monthly.", nil, ""},
		{"a citation is no run", "That further to (1) above the Treasurer pay the grant.", nil, ""},
		{"a citation mid-list is no run", "That the fees in paragraph 4.2 (c) and (d) be set to (b) publish them.", nil, ""},
		{"one marker is no run", "That the Clerk be asked to (i) write to the bus company.", nil, ""},
		{"out of turn", "That the Clerk be asked to (i) write to the bus company (iii) ask for a new timetable.", nil, ""},
		{"no lead wanting them", "The Board noted (a) the new rota and (b) the cost of it.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lead, points := inlineRun(tt.text)
			var got []string
			for _, p := range points {
				got = append(got, p.ref+": "+p.text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || lead != tt.lead {
				t.Errorf("inlineRun(%q)\n got %q %q\nwant %q %q", tt.text, lead, got, tt.lead, tt.want)
			}
		})
	}
}

// TestInlineRunDecisions: a decision's powers run on in its sentence are
// one item each, its words carried; look-alikes stay whole.
func TestInlineRunDecisions(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"numbered clause with a roman run", []string{
			"Decision taken:",
			"1) That the tree strategy be endorsed and sent to Council in May.",
			"2) That, further to (1) above, authority be delegated to the Head of Parks to (i) publish the strategy (ii) make small changes to its wording and (iii) bid for grants to pay for the trees.",
		}, []string{
			"(1)|resolution|That the tree strategy be endorsed and sent to Council in May.",
			"(2)(i)|resolution|That, further to (1) above, authority be delegated to the Head of Parks to publish the strategy",
			"(2)(ii)|resolution|That, further to (1) above, authority be delegated to the Head of Parks to make small changes to its wording",
			"(2)(iii)|resolution|That, further to (1) above, authority be delegated to the Head of Parks to bid for grants to pay for the trees.",
		}},
		{"conditions stay in their decision", []string{
			"Decision taken:",
			"1) That the minutes be signed.",
			"2) That a lease be granted to the bowls club subject to (a) a bank reference and (b) to the rent being paid monthly.",
		}, []string{
			"(1)|resolution|That the minutes be signed.",
			"(2)|resolution|That a lease be granted to the bowls club subject to (a) a bank reference and (b) to the rent being paid monthly.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantFound(t, tt.lines, tt.want) })
	}
}

// wantFound checks the items Find reads in lines, as "ref|kind|action".
func wantFound(t *testing.T, lines, want []string) {
	t.Helper()
	var got []string
	for _, a := range Find(doc(false, lines...), nil, Options{}) {
		got = append(got, refKindAction(a))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
