package narrative

import (
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

func TestLogLine(t *testing.T) {
	tests := []struct {
		line             string
		ref, act, status string // act "" when the line is no action log line
	}{
		{"203/21 Send the signed contract to the contractor- Done", "203/21", "Send the signed contract to the contractor", "Done"},
		{"203/21 Order two new dog bins- Done two ordered from the supplier", "203/21", "Order two new dog bins", "Done"},
		{"- 18/04. Write to the bus company about the timetable. COMPLETED – NO ANSWER YET", "18/04", "Write to the bus company about the timetable", "COMPLETED"},
		{"- 18/09. Chase the highways team about the drain. ONGOING – CHASE AGAIN", "18/09", "Chase the highways team about the drain", "ONGOING"},
		{"02/03/22-04 Clerk to book the hall for the open day.Completed", "02/03/22-04", "Clerk to book the hall for the open day", "Completed"},
		{"02/03/22- 05 Draft survey to be circulated to members.- On going", "02/03/22-05", "Draft survey to be circulated to members", "On going"},
		{"AB to renew the insurance policy – Complete", "", "AB to renew the insurance policy", "Complete"},
		{"CD to paint the bus shelter - still in progress, to be finished by May", "", "CD to paint the bus shelter", "in progress"},
		{"12c Clerk To renew the cover on the hall's insurance. C/F by JD", "12c", "Clerk To renew the cover on the hall's insurance", "C/F"},
		{"KH – Meeting with the highways team (30.07.05) - completed", "", "KH – Meeting with the highways team (30.07.05)", "completed"},
		{"SM & KN – CCTV survey of the drain (17.01.08) - ongoing", "", "SM & KN – CCTV survey of the drain (17.01.08)", "ongoing"},
		// A dash between the number and the action.
		{"05/02/26-09-Treasurer to move the reserve to the savings account.Open.", "05/02/26-09", "Treasurer to move the reserve to the savings account", "Open"},
		// "Open" as a status, set off from what follows it (not "open
		// the hall").
		{"05/02/26-07 Clerk to order a new noticeboard.Open. Awaiting quotes.", "05/02/26-07", "Clerk to order a new noticeboard", "Open"},
		{"05/02/26-08 Caretaker to check the hall – open the hall at 9", "", "", ""},
		// A numbered line whose finished sentence is followed by a dash
		// and a note of what came of it: the action ends at its stop.
		{"07/05/26-03 Draft plan to be shown to the council for comment.– Shown at the meeting of 2 June 2026.", "07/05/26-03", "Draft plan to be shown to the council for comment", ""},
		{"07/05/26-08 Jo Bell to ask the school to host a meeting . Best date 4 May, else 11th. – Meeting held 4 May", "07/05/26-08", "Jo Bell to ask the school to host a meeting . Best date 4 May, else 11th", ""},
		{"Draft plan to be shown to the council for comment.– Shown in June", "", "", ""},
		{"07/05/26-04 Minutes of the last meeting.– Approved and signed", "", "", ""},
		// No status after the words, or no action before it.
		{"- 18/11. Ask the school about parking. NO ANSWER – CHASE", "", "", ""},
		{"Review the verges – complete the survey form by May", "", "", ""},
		{"Footpaths – ongoing", "", "", ""},
		{"The survey of the pond is complete.", "", "", ""},
		{"Minutes of the last meeting – approved and signed", "", "", ""},
	}
	for _, tc := range tests {
		ref, act, status, _, ok := logLine(tc.line)
		if ok != (tc.act != "") || ref != tc.ref || act != tc.act || status != tc.status {
			t.Errorf("logLine(%q) = %q, %q, %q, %v; want %q, %q, %q", tc.line, ref, act, status, ok, tc.ref, tc.act, tc.status)
		}
	}
}

// An action log under a minute numbered with its year: each line an
// action with how it stands, not a minute's title.
func TestActionLogLines(t *testing.T) {
	lines := []string{
		"Clerk's actions from the last meeting:", "",
		"203/21 Send the signed contract to the contractor- Done", "",
		"204/21 Order two new dog bins- Done", "",
		"206/21 Ask the county about the broken fingerpost-On-going- no reply yet", "",
		"AB to renew the insurance policy – Complete", "",
		"Item Who Action Done", "",
		"12 Clerk To renew the cover on the hall's insurance. Completed", "",
		"12c KL To take photographs of the drain and send them to the clerk. C/F by KL", "",
		"SM & KN – CCTV survey of the drain (17.01.08) - completed",
	}
	got := Find(doc(true, lines...), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string {
		return a.Kind + "|" + a.Ref + "|" + a.Action + "|" + a.Status + "|" + strings.Join(a.Owner, ",")
	}, []string{
		"action|203/21|Send the signed contract to the contractor|complete|",
		"action|204/21|Order two new dog bins|complete|",
		"action|206/21|Ask the county about the broken fingerpost|in_progress|",
		"action||AB to renew the insurance policy|complete|AB",
		// A row whose cells ran together: who, then what in the infinitive.
		"action|12|To renew the cover on the hall's insurance|complete|Clerk",
		"action|12c|To take photographs of the drain and send them to the clerk|unknown|KL",
		// Who, then what, then how it stands: the doers' initials lead.
		"action||CCTV survey of the drain (17.01.08)|complete|SM,KN",
	})
}

// TestActionLogUnderName: a person alone on a line with a colon heads the
// log's lines straight under them, which fall to them; a line after
// something else does not.
func TestActionLogUnderName(t *testing.T) {
	lines := []string{
		"- 31/05. Order the new notice board. COMPLETED",
		"Cllr Ash:",
		"- 31/08. Draft the hall's terms of hire. COMPLETED",
		"- 31/09. Price a new fence for the play area. ONGOING – CHASE",
		"No other actions.",
		"- 31/11. Book the hall for the fete. COMPLETED",
	}
	got := Find(doc(true, lines...), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string {
		return a.Ref + "|" + a.Action + "|" + strings.Join(a.Owner, ",")
	}, []string{
		"31/05|Order the new notice board|",
		"31/08|Draft the hall's terms of hire|Cllr Ash",
		"31/09|Price a new fence for the play area|Cllr Ash",
		"31/11|Book the hall for the fete|",
	})
}

// TestMatterRows: a clerk's list of matters still open, each its name,
// the date raised in brackets and where it stands, three or more in a
// row under the list's heading; one such line alone is a note.
func TestMatterRows(t *testing.T) {
	lines := []string{
		"Clerk's report to the meeting of 4 March 2026", "",
		"1. DONE SINCE THE LAST MEETING", "",
		"Grit bin refilled by the county", "",
		"2. MATTERS STILL OPEN", "",
		"Lease of the pavilion (12 Jan 26) Draft lease with the council's solicitor. Awaiting comments.", "",
		"Path behind the school (3 Feb 2026) Landowner to be asked for permission to clear it.", "",
		"Noticeboard at the green (17/02/26) Quote of £420 received.", "",
		"3. OTHER BUSINESS", "",
		"Christmas lights (1 Dec 25) The lights were taken down in January and stored at the hall.", "",
	}
	got := Find(doc(true, lines...), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + a.Status }, []string{
		"action|Lease of the pavilion (12 Jan 26) Draft lease with the council's solicitor. Awaiting comments.|in_progress",
		"action|Path behind the school (3 Feb 2026) Landowner to be asked for permission to clear it.|in_progress",
		"action|Noticeboard at the green (17/02/26) Quote of £420 received.|in_progress",
	})
}

// TestActionLogNewLines: a log's line straight after another of the log
// needs no status — it was raised at the meeting — when it has the log's
// number and names who is to act; a note after its last dash is its
// progress. The same line after something else is not read as the log's.
func TestActionLogNewLines(t *testing.T) {
	lines := []string{
		"24/03/25-04 Secretary to book the hall for the June fete. Completed",
		"24/03/25-05 Treasurer to open a savings account for the grant",
		"24/03/25-06 Chair to draft the leaflet for the open day – See item 7.",
		"24/03/25-07Clerk to send the agenda to all members",
		"The group then discussed the survey.",
		"24/03/25-08 Secretary to write to the county about the footpath",
	}
	got := Find(doc(true, lines...), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string {
		return a.Kind + "|" + a.Ref + "|" + a.Action + "|" + a.Progress + "|" + strings.Join(a.Owner, ",")
	}, []string{
		"action|24/03/25-04|Secretary to book the hall for the June fete||Secretary",
		"action|24/03/25-05|Treasurer to open a savings account for the grant||Treasurer",
		"action|24/03/25-06|Chair to draft the leaflet for the open day|See item 7|Chair",
	})
}

// TestActionLogNewLineLimits: a line read as the log's with no status
// must carry a number of the log's shape (a minute's sub-item "14c" after
// "09/05/24-03" is not one), a dash within its words is its own unless
// what follows reads as a note, and a page's first line follows no log.
func TestActionLogNewLineLimits(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + a.Progress }
	runFindCases(t, []findCase{
		{"a sub-item's number after a log line", action.DocMinutes, []string{
			"09/05/24-03 Treasurer to pay the mower invoice. Completed",
			"14c Vice Chair to thank the litter pickers – Agreed by all."},
			[]string{"action|Treasurer to pay the mower invoice|", "resolution|14c Vice Chair to thank the litter pickers – Agreed by all.|"}},
		{"a dash inside the action's words", action.DocMinutes, []string{
			"09/05/24-03 Treasurer to pay the mower invoice. Completed",
			"09/05/24-04 Clerk to ring the contractor – Green Lawns Ltd, about the verges"},
			[]string{"action|Treasurer to pay the mower invoice|", "action|Clerk to ring the contractor – Green Lawns Ltd, about the verges|"}},
		{"a dash before a note that is a sentence of its own", action.DocMinutes, []string{
			"09/05/24-03 Treasurer to pay the mower invoice. Completed",
			"09/05/24-04 Clerk to ring the contractor about the verges – A date has been offered."},
			[]string{"action|Treasurer to pay the mower invoice|", "action|Clerk to ring the contractor about the verges|A date has been offered"}},
		{"a page's first line follows no log line", action.DocMinutes, []string{
			"09/05/24-04 Clerk to ring the contractor about the verges"},
			nil},
	}, show)
}

// TestCarriedLog: under a line that heads the actions an earlier meeting
// set, each undertaking is a row of that log, an action, and the line
// telling how it stands is its status; the log's flattened column heads
// do not end it, and the next heading of the rules' own does.
func TestCarriedLog(t *testing.T) {
	lines := []string{
		"1. Welcome", "",
		"The chair opened the meeting.", "",
		"Actions carried from the spring meeting", "",
		"Action: Clerk to order new benches for the green.", "",
		"Completed, two benches delivered", "",
		"Action: Treasurer to move the reserve to the savings account.", "",
		"Outstanding Action Points – March to May", "",
		"Ref  Owner  Due Date  Status", "",
		"Action: Cllr Reed to ask the school about the crossing.", "",
		"Ongoing, a reply is awaited", "",
		"2. Allotments", "",
		"The warden will write to each plot holder about the water.",
	}
	got := Find(doc(true, lines...), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string {
		return a.Kind + "|" + a.Action + "|" + a.Status
	}, []string{
		// Before any log's heading ("carried from the spring meeting" is
		// not one), an undertaking stays one.
		"commitment|Clerk to order new benches for the green.|complete",
		"commitment|Treasurer to move the reserve to the savings account.|",
		"action|Cllr Reed to ask the school about the crossing.|in_progress",
		"commitment|The warden will write to each plot holder about the water.|",
	})
}

// TestCarriedLogEnds: in minutes with no heading after the log, a whole
// sentence that names nothing of the row above ends the log, and an
// undertaking after it is new business; a status in words of its own,
// naming the row's subject, does not.
func TestCarriedLogEnds(t *testing.T) {
	lines := []string{
		"Outstanding actions", "",
		"Cllr Ford will ask the school about the crossing.", "",
		"The school could not reply before the holidays.", "",
		"Cllr Ford will chase the highways team about the potholes.", "",
		"The treasurer presented the quarter's accounts.", "",
		"Cllr Gray will paint the bus shelter by July.",
	}
	got := Find(doc(true, lines...), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string { return a.Kind + "|" + a.Action }, []string{
		"action|Cllr Ford will ask the school about the crossing.",
		"action|Cllr Ford will chase the highways team about the potholes.",
		"commitment|Cllr Gray will paint the bus shelter by July.",
	})
}

// TestCarriedLogStatusLines: a row's status under it — no subject, a
// passive, a verb telling how the task stands — keeps the log going, so
// the next undertaking is still a row of it.
func TestCarriedLogStatusLines(t *testing.T) {
	for _, status := range []string{
		"Delivery expected in June.",
		"Still waiting for a reply.",
		"Awaiting quotes.",
		"The supplier has been contacted.",
		"Chased in May, no reply yet.",
	} {
		got := Find(doc(true, "Actions from the last meeting", "",
			"Clerk to order new benches for the quay.", "",
			status, "",
			"Clerk to write to the bank about the account."), nil, Options{Genre: action.DocMinutes})
		t.Run(status, func(t *testing.T) {
			expectItems(t, got, func(a action.Action) string { return a.Kind + "|" + a.Action }, []string{
				"action|Clerk to order new benches for the quay.",
				"action|Clerk to write to the bank about the account.",
			})
		})
	}
}

// TestNewBusiness: a subject of any shape and its finite verb of
// reporting or speaking open new business; a doing verb in the past
// tells a row's work, and a status has no subject of its own.
func TestNewBusiness(t *testing.T) {
	for in, want := range map[string]bool{
		"Cllr Smith and Cllr Jones reported on the fete.":  true,
		"A resident spoke about dog fouling on the green.": true,
		"The treasurer presented the quarter's accounts.":  true,
		"Members discussed the hedges.":                    true,
		"The contractor repaired the fence in May.":        false,
		"The supplier has been contacted.":                 false,
		"Delivery expected in June.":                       false,
		"Chased in May, no reply yet.":                     false,
		"Awaiting quotes.":                                 false,
	} {
		if got := newBusiness(in); got != want {
			t.Errorf("newBusiness(%q) = %v, want %v", in, got, want)
		}
	}
	got := Find(doc(true, "Actions from the last meeting", "",
		"Clerk to order new benches for the quay.", "",
		"A resident spoke about dog fouling on the green.", "",
		"The Chair will write to the bank about the account."), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string { return a.Kind + "|" + a.Action }, []string{
		"action|Clerk to order new benches for the quay.",
		"commitment|The Chair will write to the bank about the account.",
	})
}

func TestCarriedLogHeadAndColumns(t *testing.T) {
	for _, tc := range []struct {
		line     string
		log, col bool
	}{
		{"Actions from the previous meeting", true, false},
		{"Action points arising from the last minutes", true, false},
		{"Outstanding actions – January to April", true, false},
		{"Open action log", true, false},
		{"Ref  Owner  Due Date  Status", false, true},
		{"Item  Lead  Deadline  Progress", false, true},
		// A sentence about such actions, or a heading naming them at large.
		{"Actions from the last meeting were reviewed and all are done.", false, false},
		{"Actions for the coming year", false, false},
		{"The owner will report on the status by the due date.", false, false},
	} {
		if got := layout.CarriedLogHead(tc.line); got != tc.log {
			t.Errorf("CarriedLogHead(%q) = %v, want %v", tc.line, got, tc.log)
		}
		if got := logColumns(tc.line); got != tc.col {
			t.Errorf("logColumns(%q) = %v, want %v", tc.line, got, tc.col)
		}
	}
}
