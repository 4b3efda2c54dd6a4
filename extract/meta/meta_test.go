package meta

import (
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

func lines(ls ...string) layout.Doc {
	var d layout.Doc
	for _, l := range ls {
		if strings.Contains(l, "\t") {
			d.Lines = append(d.Lines, layout.Row(0, strings.Split(l, "\t")...))
		} else {
			d.Lines = append(d.Lines, layout.Line{Text: l})
		}
	}
	return d
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		doc  layout.Doc
		want Meta
	}{
		{"updated date", lines("Oadby and Wigston Health and Wellbeing Board – Action Plan (updated 17 June 2020):", "", "No\tAction\tStatus"),
			Meta{Title: "Oadby and Wigston Health and Wellbeing Board – Action Plan (updated 17 June 2020)", Date: "2020-06-17"}},
		{"period line beats board line", lines("Oadby and Wigston Health and Wellbeing Board", "", "2021 – 2023 Health Inequalities Action Plan:", "\tAction\tOwner"),
			Meta{Title: "2021 – 2023 Health Inequalities Action Plan", Period: "2021 – 2023"}},
		{"label skipped", lines("Agenda item", "", "Health Inequalities Report", "", "Dr Emily Maile (HEEM Fellow)"),
			Meta{Title: "Health Inequalities Report"}},
		{"title in a table cell", lines("Health & Wellbeing Strategy Action Plan 2022/23\t\t\t", "No.\tObjective\tBy when"),
			Meta{Title: "Health & Wellbeing Strategy Action Plan 2022/23", Period: "2022/23"}},
		{"meeting date", lines("Minutes of a meeting of the Health and Wellbeing Board held on Thursday, 5 March 2024", "Present: Cllr Smith"),
			Meta{Title: "Minutes of a meeting of the Health and Wellbeing Board held on Thursday, 5 March 2024", Date: "2024-03-05"}},
		{"report label skipped", lines("Report to the Health and Wellbeing Board", "Date of meeting: 14 March 2024", "Better Care Fund Plan 2023-25 Quarter 3 Return"),
			Meta{Title: "Better Care Fund Plan 2023-25 Quarter 3 Return", Date: "2024-03-14", Period: "2023-25"}},
		{"caption label dropped", lines("Table 1: Health & Wellbeing Strategy Action Plan 2022/23", "No.\tObjective\tBy when"),
			Meta{Title: "Health & Wellbeing Strategy Action Plan 2022/23", Period: "2022/23"}},
		{"appendix label dropped", lines("Appendix A – Health Inequalities Action Plan", "No.\tAction\tLead"),
			Meta{Title: "Health Inequalities Action Plan"}},
		{"empty", layout.Doc{}, Meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Find(tt.doc); got != tt.want {
				t.Errorf("Find = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestKindAndYear(t *testing.T) {
	plan := []action.Action{{Kind: action.KindAction}, {Kind: action.KindAction}}
	if k := Kind(lines("Plan"), Meta{Title: "Action Plan"}, Genre{}, plan); k != action.DocActionPlan {
		t.Errorf("plan kind = %s", k)
	}
	if k := Kind(lines("Agenda item", "The Board considered a report."), Meta{}, Genre{}, nil); k != action.DocMinutes {
		t.Errorf("minutes kind = %s", k)
	}
	if k := Kind(lines("Annual Report"), Meta{Title: "Annual Report"}, Genre{}, []action.Action{{Kind: action.KindRecommendation}}); k != action.DocReport {
		t.Errorf("report kind = %s", k)
	}
	if k := Kind(lines("Report to the Cabinet", "Housing Plan"), Meta{Title: "Housing Plan"}, Genre{}, []action.Action{{Kind: action.KindAction}, {Kind: action.KindRecommendation}}); k != action.DocReport {
		t.Errorf("report with recommendations = %s", k)
	}
	if k := Kind(lines("Hello"), Meta{Title: "Hello"}, Genre{}, nil); k != action.DocOther {
		t.Errorf("other kind = %s", k)
	}
	for _, tt := range []struct {
		meeting, date, period string
		want                  int
	}{{"2024-01-15", "2020-06-17", "", 2024}, {"", "2020-06-17", "2021 – 2023", 2020}, {"", "", "2021 – 2023", 2021}, {"", "", "2022/23", 2022}, {"", "", "", 0}} {
		if got := Year(tt.meeting, tt.date, tt.period); got != tt.want {
			t.Errorf("Year(%q,%q,%q) = %d, want %d", tt.meeting, tt.date, tt.period, got, tt.want)
		}
	}
}
