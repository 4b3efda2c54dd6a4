package narrative

import (
	"fmt"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// TestPreviewAndEndsLists: a list naming the sections that follow, and a
// list of what is wanted before "To do this we will:", are not
// undertakings; the points under the sections' "We will:" are.
func TestPreviewAndEndsLists(t *testing.T) {
	runFindCases(t, []findCase{
		{name: "contents list restated as a heading", lines: []string{
			"Library Plan 2031",
			"The plan sets out three aims, which are:",
			"1. Widen opening hours across the county",
			"2. Grow the number of young readers",
			"3. Bring mobile services to outlying villages",
			"Aim 1: Widen opening hours across the county",
			"Many readers work through the day.",
			"We will:",
			"• Open every branch on Saturday afternoons.",
			"• Trial late evenings at the two largest branches.",
		}, want: []string{
			"commitment|Open every branch on Saturday afternoons.",
			"commitment|Trial late evenings at the two largest branches.",
		}},
		{name: "a list whose points do not come back stays", lines: []string{
			"Library Plan 2031",
			"We will:",
			"• Open every branch on Saturday afternoons.",
			"• Trial late evenings at the two largest branches.",
			"Opening hours",
			"Many readers work through the day.",
		}, want: []string{
			"commitment|Open every branch on Saturday afternoons.",
			"commitment|Trial late evenings at the two largest branches.",
		}},
	}, kindAction)
}

// TestEndsBeforeMeans: on a delivery plan's page, the points under "We
// want to:" are what the plan is for; those under "To do this we will:"
// straight after them are what it will do.
func TestEndsBeforeMeans(t *testing.T) {
	d := doc(true,
		"Priority two: cleaner parks",
		"",
		"We want to:",
		"",
		"  • reduce the litter left in parks after weekends",
		"  • develop pride in the parks among young people",
		"",
		"To do this we will:",
		"",
		"  • empty park bins on Sunday evenings",
		"  • put up new signs at each play area",
	)
	// (What the points serve, "To do this", is no part of each point:
	// they read as under a bare "We will:".)
	expectItems(t, Find(d, nil, Options{Title: "Parks delivery plan 2030", PlanOfWork: true}), kindAction, []string{
		"commitment|empty park bins on Sunday evenings",
		"commitment|put up new signs at each play area",
	})
	d = doc(true,
		"Priority three: quieter streets",
		"",
		"To achieve this, the Town Council will:",
		"",
		"  • fit speed signs on the main road",
		"  • ask the police to watch the school gates",
	)
	expectItems(t, Find(d, nil, Options{Title: "Streets delivery plan 2030", PlanOfWork: true}), kindAction, []string{
		"commitment|the Town Council will fit speed signs on the main road",
		"commitment|the Town Council will ask the police to watch the school gates",
	})
}

// TestPreviewPointsWork: whether a run of points comes back as a line is
// looked up, not scanned for: a page of thousands of short sections, each
// a line over two points, costs a few steps a paragraph (it once read
// every later paragraph again for each run).
func TestPreviewPointsWork(t *testing.T) {
	for _, n := range []int{10, 2000} {
		var lines []string
		for k := 0; k < n; k++ {
			lines = append(lines, fmt.Sprintf("Area %d", k),
				fmt.Sprintf("• sweep the square in ward %d weekly", k),
				fmt.Sprintf("• clear the drains in ward %d yearly", k))
		}
		lines = append(lines, "Sweep the square in ward 0 weekly")
		ps := paragraphs(doc(true, lines...), nil)
		work := 0
		marks := previewPointsCounted(ps, &work)
		if !marks[1] || marks[len(ps)-2] {
			t.Errorf("%d sections: the first run marked %v, the last %v; want true, false", n, marks[1], marks[len(ps)-2])
		}
		if work > 3*len(ps) {
			t.Errorf("%d sections: %d steps for %d paragraphs", n, work, len(ps))
		}
	}
}

// TestHeadsLabelledOnlyPlansFirst: a lone numbered point over a labelled
// line heads it only in a paper of no genre and over the first of the
// labelled series; a minutes item over the next item's "Item 6:" label,
// or a plan's point over "Stage 3:", is an item of its own.
func TestHeadsLabelledOnlyPlansFirst(t *testing.T) {
	tests := []struct {
		name  string
		opts  Options
		lines []string
		want  []string
	}{
		{"minutes item over the next item's label", Options{Genre: action.DocMinutes}, []string{
			"4. Play area",
			"5. The Clerk to fix the broken gate on the play area",
			"Item 6: Correspondence",
			"None had been received.",
		}, []string{"commitment|The Clerk to fix the broken gate on the play area"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectItems(t, Find(doc(true, tt.lines...), nil, tt.opts), kindAction, tt.want)
		})
	}
	for _, tt := range []struct {
		label string
		heads bool
	}{{"Policy 1: Safe routes to school are a shared task.", true}, {"Stage 3: the town centre", false}} {
		ps := paragraphs(doc(true, "Our work", "", "1. Help children and their parents ride to school safely and enjoy the journey there every day", "", tt.label), nil)
		got := headsLabelled(ps, "")
		for i, p := range ps {
			if p.marker != "" && got[i] != tt.heads {
				t.Errorf("point over %q: heads it %v, want %v", tt.label, got[i], tt.heads)
			}
		}
	}
}
