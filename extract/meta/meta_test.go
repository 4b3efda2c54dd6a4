package meta

import (
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

// paged is lines as a PDF gives them: a page's, set as the page wraps them.
func paged(ls ...string) layout.Doc {
	d := lines(ls...)
	d.Pages = 1
	for i := range d.Lines {
		d.Lines[i].Page = 1
	}
	return d
}

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
		{"a date alone further down dates a page whose head gives none", lines("Salford Pathfinder Board", "Report of the Director", "Terms of reference", "Purpose", "To set out the board's role.", "Background", "The council applied in February 2011.", "Members", "The board has six members.", "Chair", "The chair rotates.", "Quorum", "Three members.", "", "26 July 2011"),
			Meta{Title: "Salford Pathfinder Board", Date: "2011-07-26"}},
		{"the meeting a page links to dates it", lines("Temporary accommodation project", "Decision Maker: Cabinet", "Outcome: Recommendations Approved", "Is Key decision?: Yes", "Is subject to call in?: Yes", "Purpose of report: to buy homes.", "A", "B", "C", "D", "E", "F", "G", "Related meeting:", "• Meeting of Cabinet, Tuesday, 1st April, 2025 5.15 pm (Item 173.)"),
			Meta{Title: "Temporary accommodation project", Date: "2025-04-01"}},
		{"a site's menu copied above the page is no part of its head", lines("• Calendar", "• Committees", "• Decisions", "• Election results", "• Forward Plans", "• Library", "• Meetings", "• Outside bodies", "• Parish councils", "• Search documents", "• Your councillors", "• Petitions", "Issue - decisions", "Temporary Accommodation Project"),
			Meta{Title: "Temporary Accommodation Project"}},
		{"a plan's numbered pillar is its page's title", lines("Pillar 2: Good schools and skills for all", "We will raise standards in every school."),
			Meta{Title: "Pillar 2: Good schools and skills for all"}},
		{"a breadcrumb trail names the page it ends on", lines("/ Village Council / Agendas / 3rd May 2021 Postponed", "", "The meeting is postponed."),
			Meta{Title: "3rd May 2021 Postponed", Date: "2021-05-03"}},
		{"'You are at' before the page's name", lines("You are at Village Plan/Action Plan (short version)", "", "Actions agreed by the group."),
			Meta{Title: "Village Plan/Action Plan (short version)"}},
		{"no phone number, link back, skip link or date for a title", lines("Access Keys:", "Skip main menu", "« Back to Minutes", "01234 567890", "Thursday, 2 November 2017", "Play area plans are up for discussion", "The council will discuss them."),
			Meta{Title: "Play area plans are up for discussion", Date: "2017-11-02"}},
		{"a title that stops on 'held on' goes on over the next line", lines("DRAFT Minutes of the Village Council Meeting held on", "Monday 11th April 2022 at 7.15 p.m.", "Present: Cllr A"),
			Meta{Title: "DRAFT Minutes of the Village Council Meeting held on Monday 11th April 2022 at 7.15 p.m", Date: "2022-04-11"}},
		{"updated date", lines("Oadby and Wigston Health and Wellbeing Board – Action Plan (updated 17 June 2020):", "", "No\tAction\tStatus"),
			Meta{Title: "Oadby and Wigston Health and Wellbeing Board – Action Plan (updated 17 June 2020)", Date: "2020-06-17"}},
		{"period line beats board line", lines("Oadby and Wigston Health and Wellbeing Board", "", "2021 – 2023 Health Inequalities Action Plan:", "\tAction\tOwner"),
			Meta{Title: "2021 – 2023 Health Inequalities Action Plan", Period: "2021 – 2023"}},
		{"a plan's subtitle gives its span of months",
			lines("Village Action Plan", "Work plan – Sept 2025 to March 2027 (to be reviewed)", "The council will mend the paths."),
			Meta{Title: "Village Action Plan", Period: "Sept 2025 to March 2027"}},
		{"a consultation's span under a plan's title is not the plan's period",
			lines("Village Action Plan", "Draft plan – consultation January 2026 to March 2026", "The council will mend the paths."),
			Meta{Title: "Village Action Plan"}},
		{"an old plan's span is not this plan's period",
			lines("Village Action Plan", "This plan replaces the plan of Jan 2019 - Dec 2023", "The council will mend the paths."),
			Meta{Title: "Village Action Plan"}},
		{"an update's span is not the plan's period",
			lines("Village Action Plan", "Progress update on the plan – April 2025 to September 2025", "The council will mend the paths."),
			Meta{Title: "Village Action Plan"}},
		{"a report's span is not the plan's period",
			lines("Play Areas Plan", "Report covering April 2025 - September 2025", "The council will mend the paths."),
			Meta{Title: "Play Areas Plan"}},
		{"a span of months away from the title is no period",
			lines("Village Action Plan", "Adopted by the parish council", "Work plan – Sept 2025 to March 2027", "The council will mend the paths."),
			Meta{Title: "Village Action Plan"}},
		{"under a plan's title, a subtitle that is a span of months alone is its period",
			lines("Village Action Plan", "May 2025 – April 2026", "The council will mend the paths."),
			Meta{Title: "Village Action Plan", Period: "May 2025 – April 2026"}},
		{"under a title naming no plan, a span of months alone is no period",
			lines("Village Hall Bookings", "May 2025 – April 2026", "The hall is booked most evenings."),
			Meta{Title: "Village Hall Bookings"}},
		{"a span of months in a line naming no plan is no period",
			lines("Village Action Plan", "Meetings from Sept 2025 to March 2027", "The council will mend the paths."),
			Meta{Title: "Village Action Plan"}},
		{"a web page's heading given twice at its top names it, colon and all", lines("Play Areas Plan: Year Two", "Play Areas Plan: Year Two", "Lead: Parks Manager", "We will mend the swings."),
			Meta{Title: "Play Areas Plan: Year Two"}},
		{"a letterhead given twice is a heading, not the plan's name under it", lines("Anytown Health Board", "", "Anytown Health Board", "2024 – 2026 Healthy Streets Action Plan:", "", "Action\tLead"),
			Meta{Title: "2024 – 2026 Healthy Streets Action Plan", Period: "2024 – 2026"}},
		{"the browser's title adds the site's name to the heading under it", lines("Roads we mended | Anytown Council", "Roads we mended", "Highways and footpaths", "This page lists the roads."),
			Meta{Title: "Roads we mended"}},
		{"a heading under a longer line it begins is no repeat of it", lines("Anytown Health Board Action Plan 2024", "Anytown Health Board", "We will open two clinics."),
			Meta{Title: "Anytown Health Board Action Plan 2024"}},
		{"the line under a ModernGov issue's header", lines("Issue - decisions", "", "Car Parks", "", "08/06/2021 - Car Parking Charges", "", "(1) That the progress on the car parking strategy be noted."),
			Meta{Title: "Car Parks", Date: "2021-06-08"}},
		{"an item's heading with its paper's size, under a meeting line", lines("Issue - meetings", "", "Meeting: 16/07/2024 - Audit Committee (Item 77)", "", "77 Internal Audit Progress Report pdf icon PDF 149 KB", "Minutes:", "The committee noted the report."),
			Meta{Title: "Internal Audit Progress Report", Date: "2024-07-16"}},
		{"an item's heading, its paper's size on the next line", lines("Council and democracy", "20 Weekly Food Waste Collections", "PDF 1 MB", "Additional documents:", "Minutes:"),
			Meta{Title: "Weekly Food Waste Collections"}},
		{"a ModernGov meeting header over its items' agenda text", lines("Agenda and minutes", "", "Harbour Panel - Tuesday, 15 September 2020 10.30 am", "", "Venue: Remote", "", "39/20", "", "APOLOGIES FOR ABSENCE", "", "The Chair to report apologies for absence."),
			Meta{Title: "Harbour Panel - Tuesday, 15 September 2020 10.30 am", Date: "2020-09-15"}},
		{"a minutes heading whose abbreviations hold full stops over a council's name in capitals", lines("ASHCOMBE PARISH COUNCIL", "DRAFT Minutes of the Parish Council Meeting held on Monday 9th March 2026 at 7.30 p.m. in the Village Hall", "1) Chairman"),
			Meta{Title: "DRAFT Minutes of the Parish Council Meeting held on Monday 9th March 2026 at 7.30 p.m. in the Village Hall", Date: "2026-03-09"}},
		{"a minutes heading that runs on into those present", lines("MINUTES OF THE MEETING OF OAKLEY TOWN COUNCIL HELD IN THE MARKET HALL ON TUESDAY 03 MARCH 2026. Present Cllr Brook - Chair, Cllr Vane – Vice Chair, Cllr Holt, Cllr Moss Clerk – J Rowe", "There were two members of the public present"),
			Meta{Title: "MINUTES OF THE MEETING OF OAKLEY TOWN COUNCIL HELD IN THE MARKET HALL ON TUESDAY 03 MARCH 2026", Date: "2026-03-03"}},
		{"a council's name before the run-on heading, the heading cut at its full stop and not at St.", lines("FERNLEY PARISH COUNCIL Minutes of the meeting held on 4 June 2026 at St. Anne's Hall. Mrs Hale asked about the bus shelter and the Clerk replied that the order had gone in last week and the shelter would be fitted in July."),
			Meta{Title: "FERNLEY PARISH COUNCIL Minutes of the meeting held on 4 June 2026 at St. Anne's Hall", Date: "2026-06-04"}},
		{"a meeting's name and date before 'Present:' on one line", lines("CABINET – 9 February 2026 Present: Councillors Ames (Leader), Bright (Deputy Leader), Cole, Dunn, Eyre, Frost, Gale, Hart, Ives, Jones, Kerr, Lamb, Mays and Nolan. Also present: the Chief Executive."),
			Meta{Title: "CABINET – 9 February 2026", Date: "2026-02-09"}},
		{"a heading whose date is written month first, over a parish's name", lines("Notes of the village meeting held on March 9th 2026", "Oakhurst Parish Council", "1. Apologies were given by Mrs Vane."),
			Meta{Title: "Notes of the village meeting held on March 9th 2026", Date: "2026-03-09"}},
		{"a month-first date with a comma", lines("Allotments Committee", "Meeting of Feb 2, 2026 at the Pavilion", "1. Apologies"),
			Meta{Title: "Allotments Committee", Date: "2026-02-02"}},
		{"a minutes heading longer than a title may be, on its own line", lines("Minutes of the Meeting of the Full Ashby Green Town Council Held at 7.00pm on Monday 2 February 2026 At the Council Chambers, Old Chapel House, Market Street, Ashby Green", "1. Apologies"),
			Meta{Title: "Minutes of the Meeting of the Full Ashby Green Town Council Held at 7.00pm on Monday 2 February 2026 At the Council Chambers, Old Chapel House, Market Street, Ashby Green", Date: "2026-02-02"}},
		{"a numbered item about past minutes is no heading", lines("Green Lane Allotments Committee", "4.1 Minutes of the meeting held on 3 March 2026 to be approved and signed by the Chair as a true record of that meeting, there being no corrections reported by any member present or by the Clerk."),
			Meta{Title: "Green Lane Allotments Committee", Date: "2026-03-03"}},
		{"ModernGov's decision details header, over a line that names a paper", lines("Decision details", "Library Opening Hours", "Decision Maker: Cabinet", "To update on the review of library opening hours and to outline the plan for next year"),
			Meta{Title: "Library Opening Hours"}},
		{"a meeting's name and date with a dash, over its agenda's sentence", lines("Toggle menu", "Licensing Committee - 12 March 2026", "Licensing Committee agenda and associated papers for the meeting on 12 March 2026"),
			Meta{Title: "Licensing Committee - 12 March 2026", Date: "2026-03-12"}},
		{"a site's furniture is no title", lines("You are here", "Loading...", "A- A A+", "Search site", "Millbrook Council homepage", "Our parks", "We will keep every park to a good standard."),
			Meta{Title: "Our parks"}},
		{"the heading under a lone 'Agenda item', not the item's summary under it", lines("Agenda item", "", "Bus Shelter Renewal", "", "A report setting out the options for replacing the shelters on the high street.", "Minutes:", "The committee noted the report."),
			Meta{Title: "Bus Shelter Renewal"}},
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
		{"a web page's furniture skipped", lines("Please enable JavaScript in your browser to use this page.", "Home > Council and Democracy > Decision details",
			"To report any issues with the information below please email the clerk", "Parking Provision for Electric Vehicles", "Decision Maker: Executive"),
			Meta{Title: "Parking Provision for Electric Vehicles"}},
		{"a charter's name beats its points; a bullet is never the title", lines("Skip to main content", "Planning Customer Charter", "Our aim is to provide an excellent service through these objectives:",
			"• Involve people in taking decisions that affect them", "• Process all planning applications on time"),
			Meta{Title: "Planning Customer Charter"}},
		{"a strategy page's numbered part names it, though it reads as a form's field", lines("Priority 2: Safer streets at night", "Why is this important?", "Streets should feel safe for everyone after dark."),
			Meta{Title: "Priority 2: Safer streets at night"}},
		{"a site's accessibility, cookie and chat controls skipped", lines("Web Chat Assistant Live Chat Software", "Accessibility settings", "",
			"To keep your choices as you move around the site, a cookie will be stored.", "", "Text size", "", "Agenda item", "", "Garden Waste Charges for 2026"),
			Meta{Title: "Garden Waste Charges for 2026"}},
		{"a body's name over its meeting's date and those present names the record, not the letterhead", lines("MILLBROOK TOWN COUNCIL", "1 Market Square", "Millbrook", "Town Clerk: Ms R Vale", "PLAY AREAS COMMITTEE", "14 MAY 2026 AT 7.00pm", "Present", "Councillor A Lowe (Chair)"),
			Meta{Title: "PLAY AREAS COMMITTEE", Date: "2026-05-14"}},
		{"a site's meeting page: the body's name over its date and venue", lines("Agenda and minutes", "Canal Partnership Board", "Tuesday, 3rd March, 2026 2.00 pm", "Venue: Lock House, Canal Street", "Items"),
			Meta{Title: "Canal Partnership Board", Date: "2026-03-03"}},
		{"a heading cut short over the date is no body's name", lines("Minutes of the meeting of Fernley Parish Council held on", "Monday 2nd March 2026", "Present: Cllr Ash"),
			Meta{Title: "Minutes of the meeting of Fernley Parish Council held on Monday 2nd March 2026", Date: "2026-03-02"}},
		{"a report's title under its meeting's date and author, not the committee's name above", lines("Parks and Open Spaces Scrutiny Committee", "", "12 March 2026", "", "Report of the Head of Green Spaces", "", "Trees for the Town Parks", "", "1. This report sets out the trees planted since the autumn."),
			Meta{Title: "Trees for the Town Parks", Date: "2026-03-12"}},
		{"an agenda item's report: its title under a date that lost the space before its year", lines("Agenda Item", "Leisure and", "Culture Committee", "5 October2026", "Swimming Pool Opening Hours", "Members are asked to note the new hours."),
			Meta{Title: "Swimming Pool Opening Hours", Date: "2026-10-05"}},
		{"a report's cover whose fields run a dozen lines sets its title under the date field", lines("Joint Parks Committee", "Report of the Director of Place", "Author: A Lowe, Parks Officer", "Telephone: 01234 567890", "Cabinet member responsible:", "Councillor B Hale", "Telephone: 01234 567891", "Second cabinet member responsible:", "Councillor C Moss", "Telephone: 01234 567892", "To: Joint Parks Committee", "DATE: 9 June 2026", "Bowling Green Leases", "(a) That the committee notes the leases."),
			Meta{Title: "Bowling Green Leases", Date: "2026-06-09"}},
		{"a numbered paragraph under the date is no report's title", lines("Report of the Treasurer", "Budget Monitoring Quarter 2", "Treasurer: C Moss", "4 November 2026", "1. This report updates members on spending."),
			Meta{Title: "Budget Monitoring Quarter 2", Date: "2026-11-04"}},
		{"a sentence a PDF wrapped under the date is no report's title", paged("Report of the Clerk", "Village Green Byelaws", "3 June 2026", "The Council is asked to agree the", "byelaws set out below."),
			Meta{Title: "Village Green Byelaws", Date: "2026-06-03"}},
		{"a title running on past a colon opens the paper alone, prose under it", lines("Village Green Plan: Review for the Spring Meeting", "The plan was sent to every household last winter and most of its actions are under way."),
			Meta{Title: "Village Green Plan: Review for the Spring Meeting"}},
		{"fields in a run are a form's, whatever their length", lines("Play Area Renewal", "Report Author: Jane Smith, Clerk to the Council", "Decision Maker: Full Council of the Parish", "The council is asked to agree the budget for the coming year, as set out below."),
			Meta{Title: "Play Area Renewal"}},
		{"a note set as a sentence is no title, though it names the minutes", lines("Parks Committee", "Draft minutes subject to approval at the next meeting.", "Minutes of a meeting of the Parks Committee held on 3 May 2022"),
			Meta{Title: "Minutes of a meeting of the Parks Committee held on 3 May 2022", Date: "2022-05-03"}},
		{"a skip link run into the site's first words is the site's", lines("Accessibility Skip to main content", "Play Areas Plan: Year Two", "To be reviewed each spring.", "Lead: Parks Manager"),
			Meta{Title: "Play Areas Plan: Year Two"}},
		{"a lone field of a form is no title", lines("Report Author: Jane Smith, Town Clerk", "The council is asked to agree the budget for the year, as set out in the tables below."),
			Meta{}},
		{"a purpose field under the council's name is no title", lines("Oakley Parish Council", "Purpose of the Report: To agree the budget for the year", "The council is asked to agree the budget for the year, as set out in the tables below."),
			Meta{Title: "Oakley Parish Council"}},
		{"a record's heading set as a sentence is still its title", lines("Oakley Parish Council", "Minutes of the annual meeting of the parish council held in the village hall.", "Present: Cllr A"),
			Meta{Title: "Minutes of the annual meeting of the parish council held in the village hall"}},
		{"a skip for waste is no skip link", lines("Hire of a Skip to Clear the Old Allotments", "The clerk has three quotes."),
			Meta{Title: "Hire of a Skip to Clear the Old Allotments"}},
		{"a table of contents' label names no paper", lines("Contents", "- Foreword", "- Introduction", "- Appendix A - Data"),
			Meta{}},
		{"empty", layout.Doc{}, Meta{}},
		{"an agenda item's heading that a PDF wrapped over two lines", paged(
			"Agenda item",
			"Report of the Parks Manager on the Renewal of the Play Equipment at",
			"Millfield Recreation Ground",
			"Minutes:",
			"The Parks Manager set out the condition of the play equipment at Millfield",
			"and the three options for its renewal that had been costed by the team this",
			"spring. Members asked how long each option would take to put in place and",
			"whether the ground would need to close while the new equipment was fitted in",
			"the summer. The Manager said the work would take about six weeks in total."),
			Meta{Title: "Report of the Parks Manager on the Renewal of the Play Equipment at Millfield Recreation Ground"}},
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
	decided := []action.Action{{Kind: action.KindResolution}}
	if k := Kind(lines("Decisions from the Cabinet", "Published on 3 November 2025", "The Cabinet has approved the Parks Policy."), Meta{}, Genre{}, decided); k != action.DocOther {
		t.Errorf("a news page telling of decisions: kind %q, want other", k)
	}
	if k := Kind(lines("Decision:", "The Cabinet approved the Parks Policy."), Meta{}, Genre{}, decided); k == action.DocOther {
		t.Errorf("a decision's page without a news sign: kind %q", k)
	}
	if k := Kind(lines("Plan"), Meta{Title: "Action Plan"}, Genre{}, plan); k != action.DocActionPlan {
		t.Errorf("plan kind = %s", k)
	}
	promised := []action.Action{{Kind: action.KindCommitment}}
	if k := Kind(lines("Plan"), Meta{Title: "Village Council Action Plan"}, Genre{}, promised); k != action.DocActionPlan {
		t.Errorf("a plan of commitments titled an action plan: kind %s", k)
	}
	if k := Kind(lines("Plan"), Meta{Title: "Parks Strategy Action Plan 2026 to 2030"}, Genre{}, promised); k != action.DocActionPlan {
		t.Errorf("a plan titled with its years 'to' each other: kind %s", k)
	}
	for _, title := range []string{"Governance Statement Action Plan 2026 Update", "Library Service Work Plan for 2025 to 2026", "Fire Service Improvement Plan Progress Update - May 2025", "Delivery Plan for Cleaner Streets: Litter"} {
		// A paper that names itself a plan, whatever kind of plan, and
		// promises what it plans, is one.
		if k := Kind(lines("Plan"), Meta{Title: title}, Genre{}, promised); k != action.DocActionPlan {
			t.Errorf("a plan of commitments titled %q: kind %s", title, k)
		}
	}
	for _, title := range []string{"Northtown Local Plan Regulation 19 Consultation", "Medium Term Financial Plan Refresh", "Oakley Neighbourhood Plan Referendum Version", "Response to the Draft Rail Plan", "Annual Statement on the Parks Plan"} {
		// A plan of land or money, or a paper about a plan, is no plan
		// of work, though it promises something.
		if k := Kind(lines("Plan"), Meta{Title: title}, Genre{}, promised); k == action.DocActionPlan {
			t.Errorf("no plan of work, titled %q: kind %s", title, k)
		}
	}
	// "Planning" is no plan: the title must name a plan by its word.
	if k := Kind(lines("Plan"), Meta{Title: "Planning Service Standards for Applicants"}, Genre{}, promised); k == action.DocActionPlan {
		t.Errorf("a title with 'planning': kind %s", k)
	}
	if k := Kind(lines("Plan"), Meta{Title: "Flood Action Plan - Summary of Progress"}, Genre{}, promised); k == action.DocActionPlan {
		t.Errorf("a report on an action plan: kind %s", k)
	}
	if k := Kind(lines("Agenda item", "The Board considered a report."), Meta{}, Genre{held: 1}, nil); k != action.DocMinutes {
		t.Errorf("minutes kind = %s", k)
	}
	// An issue's meetings page is the meeting's record of the item, its
	// decision fields and all.
	issueMet := lines("Issue - meetings", "Bus Station Lease", "Meeting: 04/03/2026 - Cabinet (Item 12)", "12 Bus Station Lease PDF 80 KB",
		"Decision:", "That the lease be renewed for five years.", "Reasons for the decision:", "The current lease ends in May.",
		"Other options considered:", "Letting the site on the open market.", "Decision Maker: Cabinet")
	if k := Kind(issueMet, Meta{Title: "Bus Station Lease"}, FindGenre(issueMet), decided); k != action.DocMinutes {
		t.Errorf("an issue's meetings page: kind %s, want minutes", k)
	}
	// So is one whose excerpt ends before the decision, giving nothing.
	issueCut := lines("Issue - meetings", "Parks Strategy", "Meeting: 04/03/2026 - Cabinet (Item 9)", "9 Parks Strategy PDF 120 KB",
		"This report set out the work of the parks team over the year.", "It was noted that the strategy ran until 2027 and set out")
	if k := Kind(issueCut, Meta{Title: "Parks Strategy"}, FindGenre(issueCut), nil); k != action.DocMinutes {
		t.Errorf("an issue's meetings page with nothing found: kind %s, want minutes", k)
	}
	// An issue's meetings page that gives only what was recommended to
	// another body is the meeting's record still.
	recommended := []action.Action{{Kind: action.KindRecommendation}}
	issueRec := lines("Issue - meetings", "Harbour Fees", "Meeting: 04/03/2026 - Cabinet (Item 14)", "Decision:", "RECOMMENDED TO COUNCIL", "i) To raise the mooring fees by five per cent.")
	if k := Kind(issueRec, Meta{Title: "Harbour Fees"}, FindGenre(issueRec), recommended); k != action.DocMinutes {
		t.Errorf("an issue's meetings page recommending: kind %s, want minutes", k)
	}
	// An agenda item's page: the item's description and the report's
	// recommendations, then "Minutes:" alone over what the meeting made
	// of it. The report's signs do not make it a report.
	itemPage := lines("Agenda item", "Library Opening Hours", "Report of the Head of Libraries.", "Recommendations:",
		"The Board is asked to agree the new opening hours.", "Minutes:", "The Board considered the report on opening hours and agreed the new hours.")
	if k := Kind(itemPage, Meta{Title: "Library Opening Hours"}, FindGenre(itemPage), recommended); k != action.DocMinutes {
		t.Errorf("an agenda item's page with its minutes: kind %s, want minutes", k)
	}
	// A report moved and seconded, or put to the vote, is minuted: the
	// lettered outcomes under it are the meeting's, not a notice's.
	moved := lines("Parks Byelaws", "The report was moved by Councillor Bell and seconded by Councillor Dunn.", "A. That Council agreed the new byelaws.")
	if k := Kind(moved, Meta{Title: "Parks Byelaws"}, FindGenre(moved), decided); k != action.DocMinutes {
		t.Errorf("a report moved and seconded: kind %s, want minutes", k)
	}
	// Apologies given by name record who was missing from a meeting that
	// took place, though nothing in its notes became an item.
	apologised := lines("Parks Committee Meeting 3 March 2026", "Apologies: Cllr Bell, the Clerk", "The chairman opened the meeting and explained the committee's role.")
	if k := Kind(apologised, Meta{Title: "Parks Committee Meeting 3 March 2026"}, FindGenre(apologised), nil); k != action.DocMinutes {
		t.Errorf("a meeting's notes with apologies by name: kind %s, want minutes", k)
	}
	// A page that tells who spoke at the meeting is its record, though
	// nothing else on it shows a meeting held.
	spoke := lines("To consider the parks update.", "The Parks Manager gave an update on the play areas.",
		"Councillor Ash asked whether the swings would be replaced.", "The Parks Manager would write to Councillor Ash with the dates.")
	if k := Kind(spoke, Meta{Title: "Parks update"}, FindGenre(spoke), promised); k != action.DocMinutes {
		t.Errorf("a page telling who spoke: kind %s, want minutes", k)
	}
	// So it is when no item was found on it: what members said shows
	// the meeting was held, as "Present:" does.
	discussed := lines("Agenda item", "Swimming Pool Hours", "Councillor Ash referred to the early opening hours and said they were popular.")
	if k := Kind(discussed, Meta{Title: "Swimming Pool Hours"}, FindGenre(discussed), nil); k != action.DocMinutes {
		t.Errorf("a meeting's discussion with no item: kind %s, want minutes", k)
	}
	procedural := lines("Agenda item", "The motion to adjourn, seconded by Councillor Birch, was put to the vote and carried.")
	if k := Kind(procedural, Meta{}, FindGenre(procedural), nil); k != action.DocMinutes {
		t.Errorf("a procedural motion put to the vote: kind %s, want minutes", k)
	}
	// A councillor quoted in a press release or a foreword, and a
	// standing order's rule for seconding, show no meeting on their own.
	for _, paper := range [][]string{
		{"New play area opens", "Councillor Ann Bell, Cabinet Member for Parks, said the children had chosen the slide."},
		{"Our parks strategy", "The Leader said the strategy would guide our work for ten years."},
		{"Standing orders", "A motion must be seconded by another member before it is debated."},
	} {
		ld := lines(paper...)
		if k := Kind(ld, Meta{Title: paper[0]}, FindGenre(ld), nil); k == action.DocMinutes {
			t.Errorf("%q: kind %s, want no minutes", paper[1], k)
		}
	}
	// A paper that names itself an action plan and shows no other genre
	// is one, though none of its rows was read.
	unread := lines("Parks Action Plan 2026", "Our parks team looks after forty sites across the town.")
	if k := Kind(unread, Meta{Title: "Parks Action Plan 2026"}, FindGenre(unread), nil); k != action.DocActionPlan {
		t.Errorf("an action plan whose rows were not read: kind %s, want action_plan", k)
	}
	// A charter's promises ("within 10 minutes") and a page saying how
	// complaints are resolved are no minutes; "Resolved that …" makes one.
	charter := lines("Our customer charter", "We will answer the phone within 10 minutes.", "Most complaints are resolved at the first stage.")
	if k := Kind(charter, Meta{Title: "Our customer charter"}, FindGenre(charter), promised); k == action.DocMinutes {
		t.Errorf("a charter: kind %s", k)
	}
	decidedPage := lines("Parish meeting", "Resolved that the grant be paid.", "The clerk will write to the hall.")
	if k := Kind(decidedPage, Meta{}, FindGenre(decidedPage), promised); k != action.DocMinutes {
		t.Errorf("a page recording a decision: kind %s", k)
	}
	// A page about minutes ("Minutes will appear in draft form until …")
	// that records no meeting held and gives no item is none.
	if k := Kind(lines("Minutes", "Minutes will appear in draft form until approved at the next meeting."), Meta{}, Genre{}, nil); k != action.DocOther {
		t.Errorf("a page about minutes: kind %s", k)
	}
	if k := Kind(lines("Annual Report"), Meta{Title: "Annual Report"}, Genre{}, []action.Action{{Kind: action.KindRecommendation}}); k != action.DocReport {
		t.Errorf("report kind = %s", k)
	}
	if k := Kind(lines("Report to the Cabinet", "Housing Plan"), Meta{Title: "Housing Plan"}, Genre{}, []action.Action{{Kind: action.KindAction}, {Kind: action.KindRecommendation}}); k != action.DocReport {
		t.Errorf("report with recommendations = %s", k)
	}
	// A member who spoke, told mid-paragraph, shows the meeting held.
	if k := Kind(lines("7 Bus Shelter", "That Cabinet agreed the new shelter. Councillor Reed thanked the officers for their work."), Meta{}, Genre{}, decided); k != action.DocMinutes {
		t.Errorf("a decision with a member's thanks told after it: kind %s, want minutes", k)
	}
	// A body's business told as done, or an officer's report submitted.
	for _, told := range []string{"The Board discussed the new play area.", "The Head of Parks submitted a report on the tree survey."} {
		if k := Kind(lines("Parks Board June 2026", told), Meta{}, Genre{}, decided); k != action.DocMinutes {
			t.Errorf("%q: kind %s, want minutes", told, k)
		}
	}
	// A paper headed as a report, with no meeting shown, is the report.
	if k := Kind(lines("Report of the Head of Parks", "Tree Survey", "1. The survey was carried out in spring and the team will replant."), Meta{Title: "Tree Survey"}, Genre{}, promised); k != action.DocReport {
		t.Errorf("a paper headed as a report: kind %s, want report", k)
	}
	// A report retells what happened before it, mid-line or as a body's
	// review or an officer's report submitted: no meeting is shown.
	for _, retold := range []string{"2.1 The bins were moved last autumn. The Chair asked that the move be looked at again. The team will move them back.",
		"2.1 Last winter the Committee reviewed the bin rota. The team will move the bins.",
		"2.1 The Head of Waste submitted a report to the Board in 2024. The team will move the bins."} {
		if k := Kind(lines("Report of the Head of Waste", "Bin Rota", retold), Meta{Title: "Bin Rota"}, Genre{}, promised); k != action.DocReport {
			t.Errorf("a report that retells %q: kind %s, want report", retold, k)
		}
	}
	// A heading below a site's banner names the page an action plan.
	if k := Kind(lines("Site news", "Litter Action Plan 2026 - 2027", "We will pick up litter every week."), Meta{Title: "Site news"}, Genre{}, promised); k != action.DocActionPlan {
		t.Errorf("a plan named by a heading under a banner: kind %s, want action_plan", k)
	}
	// A plan's column headings, one a line, make a page of rows no reader
	// took a plan; short lines naming neither who nor when do not.
	if k := Kind(lines("Cleaner streets", "Task", "Detail", "Lead Officer", "Target Date", "Sweep the square", "Weekly, from May"), Meta{Title: "Cleaner streets"}, Genre{}, nil); k != action.DocActionPlan {
		t.Errorf("a plan's column headings: kind %s, want action_plan", k)
	}
	if k := Kind(lines("Opening hours", "Monday", "Tuesday", "Wednesday", "Closed on Sundays"), Meta{Title: "Opening hours"}, Genre{}, nil); k != action.DocOther {
		t.Errorf("short lines without a plan's columns: kind %s, want other", k)
	}
	if k := Kind(lines("Hello"), Meta{Title: "Hello"}, Genre{}, nil); k != action.DocOther {
		t.Errorf("other kind = %s", k)
	}
	for _, tt := range []struct {
		meeting, date, period string
		want                  int
	}{{"2024-01-15", "2020-06-17", "", 2024}, {"", "2020-06-17", "2021 – 2023", 2020}, {"", "", "2021 – 2023", 2021}, {"", "", "2022/23", 2022}, {"", "", "Sept 2025 to March 2027", 2025}, {"", "", "", 0}} {
		if got := Year(tt.meeting, tt.date, tt.period); got != tt.want {
			t.Errorf("Year(%q,%q,%q) = %d, want %d", tt.meeting, tt.date, tt.period, got, tt.want)
		}
	}
}

// Forms and covers: the labelled subject beats the letterhead, a cover's
// stacked heading lines are one title, a signature block dates a decision.
func TestFindForms(t *testing.T) {
	head := func(level int, text string) layout.Line { return layout.Line{Page: 1, Heading: level, Text: text} }
	line := func(indent float64, text string) layout.Line { return layout.Line{Page: 1, Indent: indent, Text: text} }
	tests := []struct {
		name  string
		lines []layout.Line
		want  Meta
	}{
		{"subject field, carried on in its column", []layout.Line{
			line(0, "From: Jo Bloggs – Cabinet Member for Highways"), line(0, "To: County Council – 13 March 2025"),
			line(0, "Subject: Winter Gritting Routes and Salt"), line(100, "Stock Review"), line(0, "Classification: Unrestricted"),
			line(0, "Summary: This report sets out the routes."),
		}, Meta{Title: "Winter Gritting Routes and Salt Stock Review", Date: "2025-03-13"}},
		{"decision form: the title under its label, the date under the signature", []layout.Line{
			head(1, "NORTHSHIRE COUNCIL – RECORD OF DECISION"), {Page: 1, Bold: true, Text: "Subject Matter / Title of Decision"},
			line(0, "Library Opening Hours"), {Page: 1, Bold: true, Text: "Decision:"}, line(0, "I agree to:"),
			{Page: 3, Heading: 1, Indent: 200, Text: "4/2/2025"}, {Page: 3, Text: "........................"}, {Page: 3, Text: "signed date"},
		}, Meta{Title: "Library Opening Hours", Date: "2025-02-04"}},
		{"'Title of Item/Report' alone over the title", []layout.Line{
			line(0, "Decision Maker: Cabinet"), line(0, "Title of Item/Report"), line(0, "Parks Strategy 2026-2031"), line(0, "Record of the Decision"),
		}, Meta{Title: "Parks Strategy 2026-2031", Period: "2026-2031"}},
		{"record of decision: 'Decision Title' over the title, the date under its label with a note", []layout.Line{
			line(0, "Record of Executive Decision"), line(0, "Decision made by"), line(0, "Cllr Jo Ash"),
			line(0, "Decision Title"), line(0, "Library Opening Hours"),
			line(0, "Date of decision (same as date form signed)"), line(0, "10th September 2021"), line(0, "That the Leader:"),
		}, Meta{Title: "Library Opening Hours", Date: "2021-09-10"}},
		{"cover lines in one style", []layout.Line{
			head(2, "EASTSHIRE"), head(2, "JOINT CARERS STRATEGY"), head(2, "2021 TO 2024"), head(3, "Developed in partnership with"),
		}, Meta{Title: "EASTSHIRE JOINT CARERS STRATEGY 2021 TO 2024", Period: "2021 TO 2024"}},
		{"a running header is not prose", []layout.Line{
			line(0, "Health and Wellbeing Board – Thursday, 20 July 2023 – Minutes (subject to confirmation)"),
			head(1, "Minutes of the Health and Wellbeing Board held on Thursday, 20 July 2023"),
		}, Meta{Title: "Minutes of the Health and Wellbeing Board held on Thursday, 20 July 2023", Date: "2023-07-20"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Find(layout.Doc{Lines: tt.lines}); got != tt.want {
				t.Errorf("Find = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestFindGenre(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  Genre
	}{
		{"minutes", []string{"Minutes of a meeting of the Cabinet held on 3 May 2024", "Present: Cllr A", "Apologies for absence", "RESOLVED that the report be noted."},
			Genre{Kind: action.DocMinutes}},
		{"minutes that keep the agenda's wording under a heading naming the meeting held", []string{"Minutes of the Extra Ordinary Meeting of Oakley Parish Council held in the Village Hall on Tuesday 4th March 2026 at 6.30pm", "Those present: Cllr A Bell (Chair), Cllr C Dunn", "In attendance: E Fox (Clerk)", "1 To receive apologies and reasons for absence", "Cllr G Hale.", "2 To receive declarations of interest", "None.", "3 To consider the quotes for the bus shelter", "Proposed Cllr Bell, seconded Cllr Dunn."},
			Genre{Kind: action.DocMinutes}},
		{"report", []string{"From: Director", "To: Cabinet", "Subject: Roads", "Summary: x", "Recommendation:", "Cabinet is asked to agree the plan.", "Background", "Financial implications"},
			Genre{Kind: action.DocReport}},
		{"record of decision", []string{"RECORD OF DECISION", "Decision number: 24/1", "Key decision: YES", "Decision:", "Reason(s) for decision:", "Background"},
			Genre{Kind: action.DocDecision}},
		{"a decision page's fields, one naming the meeting the decision answers", []string{"That the Executive note the recommendations of the meeting of the Scrutiny Committee held on 2 July 2024.", "Other options considered and rejected by the Executive:", "Details of any conflict of interest declared by the Leader and any dispensation granted:"},
			Genre{Kind: action.DocDecision}},
		{"a ModernGov 'Agenda and minutes' page is minutes, whatever reports its items hold", []string{"Agenda and minutes", "Scrutiny Committee - Tuesday, 24th May, 2022 2.00 pm", "Report of the Scrutiny Support Unit.", "Summary: key decisions.", "Recommendations:", "The Committee notes the report and agrees the work programme."},
			Genre{Kind: action.DocMinutes}},
		{"proposed record", []string{"PROPOSED RECORD OF DECISION", "Decision number: 24/1", "Reason(s) for decision:", "Decision:"},
			Genre{Kind: action.DocDecision, Proposed: true}},
		{"a report that names its decision number", []string{"From: Leader", "To: Cabinet", "Decision Number: 24/115", "Subject: Plan", "Summary: x", "Recommendations:", "Background", "Key decision: yes"},
			Genre{Kind: action.DocReport}},
		{"an issue's decisions page", []string{"Issue - decisions", "Play Area Renewal", "12/03/2024 - Play Area Renewal", "RESOLVED: To approve the renewal of the two play areas."},
			Genre{Kind: action.DocDecision}},
		{"decisions in the words an agenda uses", []string{"Decision Maker: Parks Board", "Effective from: 14/02/2025", "Decision:", "1. To agree the plan.", "2. To confirm the budget.", "3. To approve the lease."},
			Genre{Kind: action.DocDecision}},
		{"an issue's decisions page whose dated decision is worded as an agenda's items", []string{"Issue - decisions", "Play Strategy", "22/03/2018 - Play Strategy: Findings from Consultation",
			"1. To note the draft Play Strategy.", "2. To note the consultation's outcome.", "3. To approve a summary for residents.", "4. To agree a launch date."},
			Genre{Kind: action.DocDecision}},
		{"an 'Agenda and decisions' page: its items read as an agenda's, but the meeting was held", []string{"Agenda and decisions", "Harbour Authority - Friday, 4th July, 2025 10.00 am",
			"Declarations of Interest", "To receive declarations of interest in any item.", "Minutes of the last meeting", "To consider the approval of the minutes of 6 June.", "That the minutes of 6 June be agreed as a correct record."},
			Genre{Kind: action.DocMinutes}},
		{"an agenda whose items are the minutes' headings", []string{"1. Minutes", "The Chair will move that the minutes of the last meeting be signed as a correct record.", "2. Apologies for absence", "3. Declarations of interest", "Recommendation from the Cabinet meeting held on 5 March 2026", "1) That Council adopt the Orchards Guide."},
			Genre{Kind: action.DocOther, Agenda: true}},
		{"a meeting page's 'Minutes:' labels, its items' other names", []string{"Agenda and minutes", "12.", "Disclosures of Interests", "Minutes:", "None were made.", "13.",
			"Minutes of Previous Meeting", "To approve the minutes of the previous meeting.", "Minutes:", "The minutes were confirmed as a correct record."},
			Genre{Kind: action.DocMinutes}},
		{"a meeting page as a table, its decisions in cells", []string{"Venue: Town Hall", "No.\tItem", "1\tTo receive declarations of interest.\t",
			"2\tTo confirm the minutes of the meeting held on 3 May 2026. Minutes: RESOLVED that the minutes be confirmed.", "3\tTo receive any announcements from the Mayor."},
			Genre{Kind: action.DocMinutes}},
		{"minutes whose only record is the minutes taken as read", []string{"To approve the Minutes of the Meeting held on 3 May 2026 as a correct record.", "The Minutes of the Meeting held on 3 May 2026 were taken as read, approved and signed by the Chairman.", "Declarations of Interest", "No interests were declared."},
			Genre{Kind: action.DocMinutes}},
		{"an agenda's item text, then the meeting's record of considering it", []string{"Minutes", "The Executive is asked to approve the minutes of the meeting held on 24 May.", "The Executive considered the minutes of the meeting held on 24 May.", "To approve the minutes of the meeting held on 24 May for signature by the Chair.", "Disclosures of Interest"},
			Genre{Kind: action.DocMinutes}},
		{"an agenda item's line, then the record of the body receiving what the item named", []string{"To consider any recommendations to Cabinet from other committees.", "(1) Parks Advisory Committee",
			"Cabinet received recommendations from the Parks Advisory Committee meeting held on 3 March 2026.", "Cabinet supported the committee's recommendations."},
			Genre{Kind: action.DocMinutes}},
		{"a summons to a meeting over the agenda set out below", []string{"To all members of the Parks Committee", "You are summoned to a meeting of the Parks Committee on Tuesday 3 March 2026 at 7 pm.",
			"Anyone who wishes to speak is requested to tell the Clerk by noon that day.", "The agenda is set out below.", "1 Apologies for Absence", "2 Declarations of Interest", "3 Public Session", "4 Play area inspection report"},
			Genre{Kind: action.DocOther, Agenda: true}},
		{"minutes whose attendance label is printed in two languages", []string{"Minutes 3 March 2026 Meeting of the Council", "Present / Presennol: Cllr A Bell (Chair), Cllr C Dunn",
			"1. To confirm that a quorum is present", "2. Apologies", "Cllr E Fox.", "3. Bus timetables", "The Clerk would ask the bus company for new timetables."},
			Genre{Kind: action.DocMinutes}},
		{"an old parish meeting's record: a meeting held on a day, the last minutes read and signed", []string{"MINUTES 1950-59", "A Parish Meeting was held in the Reading Room on Monday 6 March 1950 at 7pm.",
			"The minutes of the last meeting were read and duly signed.", "Mr Hall proposed the Vicar be Chairman again. Mr Dunn seconded. Carried."},
			Genre{Kind: action.DocMinutes}},
		{"a news post telling of a meeting held some time ago", []string{"Tree planting", "A well attended meeting was held at the end of April, with ideas on composting and tree planting discussed.", "A group will now be formed to plan the planting."},
			Genre{}},
		{"a decision page's status fields over its resolution", []string{"Decision status: Approved", "Is Key decision?: Yes", "Is subject to call in?: No", "RESOLVED that the grant be paid."},
			Genre{Kind: action.DocDecision}},
		// An agenda item's "To receive a report on …" and "The Panel is
		// invited to …" over the item's "Decision:" are no report's cover
		// fields: a cover's "To" is a label, "To: Cabinet".
		{"an item's agenda line over its decision is no report's 'To' field", []string{"6. PARK TOILETS PDF 1 MB", "To receive a report on the reopening of the park toilets.",
			"Decision:", "The Board", "(a) noted the opening hours;", "(b) agreed the cleaning contract.", "7. Parks Update", "The Board is invited to hear an update on the parks."},
			Genre{}},
		{"questions and answers", []string{"Question 1", "Question by A to B", "Answer", "Question 2", "Answer", "Question 3", "Answer"},
			Genre{Kind: action.DocOther}},
		{"a report's numbered section headings, each alone on its line", []string{"Highways Committee", "12 May 2026", "1. PURPOSE", "1.1 To set out how the verge policy has worked.",
			"2. RECOMMENDATIONS", "2.1 That members note the progress made.", "3. BACKGROUND", "3.1 The verge policy was adopted in 2020."},
			Genre{Kind: action.DocReport}},
		{"a club's minutes numbering a background and a recommendation over what it resolved", []string{"Bowls Club", "3. Background", "The green was relaid in 2019.", "4. Recommendations", "RESOLVED that the annual fee goes up by £10."},
			Genre{Kind: action.DocMinutes}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := FindGenre(lines(tt.lines...))
			if got := (Genre{Kind: g.Kind, Agenda: g.Agenda, Proposed: g.Proposed}); got != tt.want {
				t.Errorf("FindGenre = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// A decision form's field is a whole word: "Decision no" heads a record,
// "decision now" or "decision not" is prose; "implementation date" is a
// field, "implementation dates" a report's words. The status questions
// end in their own '?'.
func TestDecisionSignWholeWords(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Decision No: 2026/14", true},
		{"Implementation date: 1 May 2026", true},
		{"Is Key decision?: Yes", true},
		{"Is subject to call in?: No", true},
		{"The board made no decision now, as the decision nobody wanted was deferred.", false},
		{"A decision not to close the library was welcomed.", false},
		{"The implementation dates for the new bins are in the appendix.", false},
	} {
		if got := decisionSign.MatchString(tt.line); got != tt.want {
			t.Errorf("decisionSign(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// Apologies given by name show a meeting held; an agenda's item under
// the same label, still to receive them, does not.
func TestApologiesHeld(t *testing.T) {
	for _, tt := range []struct {
		line string
		held bool
	}{
		{"Apologies: Cllr Bell and Cllr Dunn", true},
		{"Apologies for absence: Tom Reed", true},
		{"Apologies: None", true},
		{"Apologies: To receive apologies for absence", false},
		{"Apologies: to receive any apologies", false},
	} {
		if got := FindGenre(lines(tt.line)).held > 0; got != tt.held {
			t.Errorf("%q: held %v, want %v", tt.line, got, tt.held)
		}
	}
}

func TestTitleLinkSize(t *testing.T) {
	if got := Find(lines("Minutes of the Previous Meeting PDF 220 KB", "To approve the minutes.")).Title; got != "Minutes of the Previous Meeting" {
		t.Errorf("title %q", got)
	}
}

func TestAgendaGenre(t *testing.T) {
	g := FindGenre(lines("Meeting Details", "Public Agenda Pack", "1 Apologies", "To receive any apologies.", "5 Minutes",
		"To confirm and sign the minutes of the meeting held on 17 February 2026.", "7 Date of Next Meeting", "To note the date of the next meeting."))
	if !g.Agenda || g.Kind != action.DocOther {
		t.Errorf("agenda genre = %+v", g)
	}
	if g := FindGenre(lines("Agenda and draft minutes", "Cabinet - Tuesday, 1st October, 2024 10.00 am", "Apologies for absence", "To confirm the minutes of the previous meeting.", "To consider the report upon the budget", "1. To endorse the budget.")); g.Agenda {
		t.Errorf("'Agenda and draft minutes' read as an agenda: %+v", g)
	}
	// A paper titled a record of decisions has decided, though its item
	// keeps the agenda's wording; the same item under no such title is
	// an agenda's.
	item := []string{"1. To consider and agree the following measures:", "a) Meetings.", "That the Parish Council agrees that no meetings of the council be held until June.", "Minutes of the meeting held in March were not signed."}
	if g := FindGenre(lines(append([]string{"April 2020 Decision Making Record"}, item...)...)); g.Agenda {
		t.Errorf("a record of decisions read as an agenda: %+v", g)
	}
	if g := FindGenre(lines(append([]string{"April 2020 Meeting"}, item...)...)); !g.Agenda {
		t.Errorf("the item under no record's title: %+v", g)
	}
	// A meeting page whose items keep the agenda's words ("To receive …",
	// "To note …", "To confirm …") but record "RESOLVED that …" was held.
	if g := FindGenre(lines("To receive Declarations of Interest.", "Councillor Kay declared an interest in Motion 2.", "To confirm the accuracy of the Minutes of the meeting held on 1 August 2024",
		"RESOLVED that the minutes be confirmed and signed by the Chair as a correct record.", "To note the attendance matrix from the last meeting", "RESOLVED that the attendance matrix be noted.")); g.Agenda {
		t.Errorf("a meeting that resolved read as an agenda: %+v", g)
	}
	// An agenda dated in its title, a meeting "to be held", its item
	// "Minutes :-" over the minutes to confirm: no meeting held yet.
	if g := FindGenre(lines("Westshire Council Agenda - 17 March 2026, 10:00", "A meeting to be held at the Civic Centre at 10:00 on 17 March 2026.",
		"1 Apologies for Absence", "5 Minutes :-", "(a) Confirm Draft Minutes of Meeting of Westshire Council held on Tuesday 20 January 2026")); !g.Agenda {
		t.Errorf("an agenda read as held: %+v", g)
	}
	g = FindGenre(lines("Cabinet Agenda", "Tuesday 4 March 2024", "1. Apologies for Absence", "2. Minutes", "3. Tree Planting Review"))
	if !g.Agenda {
		t.Errorf("an agenda by its title read as %+v", g)
	}
	g = FindGenre(lines("Minutes of the meeting", "Present: Cllr A", "Apologies were received from Cllr B.", "To receive the report.", "To note the update.", "Public Agenda Pack"))
	if g.Agenda {
		t.Errorf("minutes read as an agenda: %+v", g)
	}
}

// ModernGov decision pages: the dated line gives the decision's date, a
// page that is only a decision is a decision, agenda lines are no titles.
func TestDecisionPageMeta(t *testing.T) {
	m := Find(lines("Issue - decisions", "Approval of the minutes", "30/05/2024 - Minutes of the Parks Committee held on 3 April 2024 pdf icon PDF 137 KB", "The minutes were approved."))
	if m.Date != "2024-05-30" {
		t.Errorf("date %q, want 2024-05-30", m.Date)
	}
	if got := Find(lines("To note the update from the Parks Panel.", "Parks Panel update")).Title; got != "Parks Panel update" {
		t.Errorf("title %q", got)
	}
	if k := Kind(lines("That the Executive note the report."), Meta{}, Genre{}, []action.Action{{Kind: action.KindResolution}}); k != action.DocDecision {
		t.Errorf("kind %q, want decision", k)
	}
	if got := Find(lines("12/03/2024 - Bowls Green Outturn ref: 512    Recommendations Approved", "Decision Maker: Cabinet")).Title; got != "Bowls Green Outturn" {
		t.Errorf("decisions list title %q", got)
	}
	if got := Find(lines("Decision Maker: Parks Board", "1. To approve the plan.", "accept the revised plan for the")).Title; got != "" {
		t.Errorf("title %q from a clause or a wrapped line", got)
	}
	for _, page := range [][]string{
		{"Forthcoming Decisions", "04/03/2024 - Play Area Renewal", "The Council is seeking to renew the play area.", "Decision Maker: Head of Parks", "Decision due date: 01/05/2024"},
		{"Record of decisions", "We publish a record of decisions taken by officers and cabinet members.", "Decisions made at meetings are recorded in the minutes."},
		{"Decisions", "This includes decisions taken at Committee meetings.", "Minutes of the previous meeting are published on this page.", "Apologies for absence should be sent to the clerk."},
	} {
		if k := Kind(lines(page...), Meta{}, FindGenre(lines(page...)), nil); k != action.DocOther {
			t.Errorf("kind %q of a page that records no decision: %q", k, page[0])
		}
	}
	page := []string{"Decision status: Recommendations Approved", "Notice of proposed decision first published: 30/07/2021", "Decision due: 29 Sep 2021 by Cabinet Member"}
	if g := FindGenre(lines(page...)); g.forward {
		t.Errorf("an issue's page with its decision made read as a forward plan: %+v", g)
	}
	for _, page := range [][]string{
		{"Skip to content", "Committee Action Tracker 2024"},
		{"Meeting Summary", "Committee Action Tracker 2024"},
		{"Decision taken", "Committee Action Tracker 2024"},
		{"Background", "Committee Action Tracker 2024"},
		{"Meeting documents", "Committee Action Tracker 2024"},
		{"Return to Agenda", "Committee Action Tracker 2024"},
	} {
		if got := Find(lines(page...)).Title; got != "Committee Action Tracker 2024" {
			t.Errorf("title %q: a page's furniture or a label", got)
		}
	}
	// A decision's title may run on after a colon; the form's own fields
	// under the header, when the copy lost the title, are none.
	for _, c := range []struct {
		page []string
		want string
	}{
		{[]string{"Decision details", "Decision details", "Pool review: Year Two Findings", "Decision Maker: Cabinet", "Decision status: Recommendations Approved"}, "Pool review: Year Two Findings"},
		{[]string{"Decision details", "Decision status: Recommendations Approved", "Is Key decision?: No", "Decision:", "(1) The pool was closed."}, ""},
		{[]string{"Issue - meetings", "Meeting: 02/05/2023 - Cabinet (Item 7)", "Decision:", "That the pool be closed."}, ""},
	} {
		if got := Find(lines(c.page...)).Title; got != c.want {
			t.Errorf("title %q, want %q", got, c.want)
		}
	}
	if g := FindGenre(lines("Issue - decisions", "Decision made:", "That the lease be renewed.")); g.Kind != action.DocDecision {
		t.Errorf("genre %+v, want decision", g)
	}
}

func TestPlanOfWork(t *testing.T) {
	for title, want := range map[string]bool{
		"Parish Plan":                        true,
		"Harbour Action Plan 2025-26":        true,
		"Our five year plan for parks":       true,
		"Team Workplan":                      true,
		"Draft Local Plan":                   false, // land
		"Medium Term Financial Plan":         false, // money
		"Village Development Plan":           false,
		"Action Plan Monitoring Report":      false, // a report on a plan
		"Response to the Neighbourhood Plan": false,
		"Governance Statement – Action Plan": true, // names an action plan still
		"Committee minutes, 3 March":         false,
	} {
		if got := PlanOfWork(title); got != want {
			t.Errorf("PlanOfWork(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestCarriedLogMinutes: minutes that review the actions their last
// meeting set give those actions, and stay minutes; a plan's page of
// actions with no such log is a plan.
func TestCarriedLogMinutes(t *testing.T) {
	logged := []action.Action{{Kind: action.KindAction}, {Kind: action.KindAction}}
	if k := Kind(lines("Parks Group - Monday 2 March", "", "Apologies were received from two members.", "", "Actions from the last meeting", "", "Action: Clerk to book the hall.", "", "Done"), Meta{}, Genre{}, logged); k != action.DocMinutes {
		t.Errorf("minutes reviewing last meeting's actions: kind %q, want minutes", k)
	}
	if k := Kind(lines("Parks Group - Monday 2 March", "", "Apologies were received from two members.", "", "Actions for the year", "", "Book the hall.", "", "Done"), Meta{}, Genre{}, logged); k != action.DocActionPlan {
		t.Errorf("actions under no log of an earlier meeting's: kind %q, want action_plan", k)
	}
}
