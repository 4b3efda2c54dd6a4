package narrative

import (
	"fmt"
	"github.com/councilactions/councilactions/extract/plaintext"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

// refKindAction and kindAction show an item as the tests compare it.
func refKindAction(a action.Action) string { return a.Ref + "|" + a.Kind + "|" + a.Action }

func kindAction(a action.Action) string { return a.Kind + "|" + a.Action }

func doc(flowing bool, lines ...string) layout.Doc {
	d := layout.Doc{Flowing: flowing}
	for _, l := range lines {
		d.Lines = append(d.Lines, layout.Line{Text: l})
	}
	return d
}

func TestCommitments(t *testing.T) {
	tests := []struct {
		text   string
		want   string // the commitment's text; "" when there is none
		owner  string
		dueRaw string
		due    string
		genre  string // the page's genre; "" when unknown
	}{
		{text: "Sam Tyler will clear the ground alongside the churchyard railings.", want: "Sam Tyler will clear the ground alongside the churchyard railings.", owner: "Sam Tyler"},
		// A first name alone, if known as one, names who acts; another
		// capitalised word does not.
		{text: "Wendy will send the minutes to the Clerk each month.", want: "Wendy will send the minutes to the Clerk each month.", owner: "Wendy", genre: "minutes"},
		{text: "The Highways team will repair the drain in March.", want: "The Highways team will repair the drain in March.", owner: "The Highways team", dueRaw: "March", due: "2025-03-31", genre: "minutes"},
		{text: "Grant will be paid in March.", want: "", genre: "minutes"},
		// The meeting's whole membership set to do a meeting's business
		// with the item is the agenda's line; a councillor named acts,
		// whatever the verb.
		{text: "Councillors to consider the proposals set out in the paper.", want: "", genre: "minutes"},
		// With a second verb, a deadline or work done away from the
		// sitting, the members undertake it.
		{text: "Councillors to consider the builders' estimates and reply to the Treasurer by 4 June.", want: "Councillors to consider the builders' estimates and reply to the Treasurer by 4 June.", owner: "Councillors", dueRaw: "4 June", due: "2025-06-04", genre: "minutes"},
		{text: "Councillors to agree the text of the newsletter by email before it goes to print.", want: "Councillors to agree the text of the newsletter by email before it goes to print.", owner: "Councillors", genre: "minutes"},
		{text: "Cllr Hart to consider the quotes for the new gate.", want: "Cllr Hart to consider the quotes for the new gate.", owner: "Cllr Hart", genre: "minutes"},
		// A subject with a verb of its own before a later "to" is read
		// by the rules for "will", not taken whole as who acts; after an
		// "Action:" tag the sentence names who acts as it would untagged.
		{text: "Clerk will contact the external auditor to confirm the dates of the visit.", want: "Clerk will contact the external auditor to confirm the dates of the visit.", owner: "Clerk", genre: "minutes"},
		{text: "Action: The Treasurer will send every member a copy of the accounts.", want: "The Treasurer will send every member a copy of the accounts.", owner: "The Treasurer", genre: "minutes"},
		// In a paper, an impersonal expectation forecasts; an intention
		// is still the authors' own.
		{text: "It is expected that a revised charging policy will be brought to Cabinet in the spring.", want: "", genre: "report"},
		{text: "It is intended that a second tenant survey will be carried out across the estate.", want: "It is intended that a second tenant survey will be carried out across the estate.", genre: "report"},
		// One who is named to act in the expectation, or in a clause
		// joined to it, undertakes it; an adverb may come before
		// "expected".
		{text: "It is expected that the Head of Waste will present a new collection timetable to the Board in June 2025.", want: "It is expected that the Head of Waste will present a new collection timetable to the Board in June 2025.", owner: "the Head of Waste", dueRaw: "June 2025", due: "2025-06-30", genre: "report"},
		{text: "It is expected that the repairs will be finished by April 2025 and officers will report the results to ward members.", want: "It is expected that the repairs will be finished by April 2025 and officers will report the results to ward members.", owner: "officers", dueRaw: "April 2025", due: "2025-04-30", genre: "report"},
		{text: "It is therefore anticipated that a new parking policy will be drafted over the summer.", want: "", genre: "report"},
		// What an earlier paper said would be done is a report's
		// background: a paper undertakes nothing.
		{text: "The 2016 Verges Policy stated that the verges would be cut twice a year.", want: "", genre: "report"},
		{text: "The previous Cycling Strategy set out that the Council would review the routes annually.", want: "", genre: ""},
		// In a meeting's record, so does a paper laid before the meeting,
		// whatever its verb of telling; what is promised of the paper
		// itself stands.
		{text: "The report noted that the working group would meet the landowners before the summer.", want: "", genre: "minutes"},
		{text: "The briefing of the Parks Manager, circulated with the agenda, outlined the new rota and asked Members to adopt it.", want: "", genre: "minutes"},
		{text: "The report would be brought back to the committee in March.", want: "The report would be brought back to the committee in March.", dueRaw: "March", due: "2025-03-31", genre: "minutes"},
		// A post whose title ends in a paper's word is a person, not a
		// paper telling the meeting something.
		{text: "The Cabinet Member for Transport Strategy confirmed that he would send round the survey results.", want: "The Cabinet Member for Transport Strategy confirmed that he would send round the survey results.", owner: "The Cabinet Member for Transport Strategy", genre: "minutes"},
		// How each of a kind is dealt with, what a concession grants, a
		// notice of a meeting, and apologies and interests as an agenda
		// takes them, are no one's undertaking. (A time set before the
		// subject is not its quantifier.)
		{text: "Under the revised scheme each request for a grant would be judged by itself rather than by a fixed formula.", want: "", genre: "minutes"},
		{text: "Every ward plan would also be published on the website so that residents could read it.", want: "", genre: "minutes"},
		{text: "Each year a summary of the accounts will be provided to the committee.", want: "Each year a summary of the accounts will be provided to the committee.", genre: "minutes"},
		// (Here no "the" before the modal starts a subject after the
		// time, so only anySubject's second determiner, "an", tells the
		// time from the subject's quantifier.)
		{text: "Each winter an account of all grants will be published on the website.", want: "Each winter an account of all grants will be published on the website.", genre: "minutes"},
		{text: "Although a fuller costing would be tabled at the autumn meeting, several members thought it came too late.", want: "", genre: "minutes"},
		// A concession closed by a verb of its own, its comma left out,
		// grants nothing that vetoes the main clause's undertaking.
		{text: "Although the van has a flat tyre the Clerk will collect the bunting from the depot.", want: "Although the van has a flat tyre the Clerk will collect the bunting from the depot.", owner: "Clerk", genre: "minutes"},
		{text: "Whilst the survey is late the Parks Officer would circulate the early figures.", want: "Whilst the survey is late the Parks Officer would circulate the early figures.", owner: "the Parks Officer", genre: "minutes"},
		{text: "Notice is hereby given that a meeting of the Parks and Gardens Committee will be held on Monday 3rd March.", want: "", genre: "minutes"},
		{text: "Any apologies sent in beforehand will be read out by the vice-chair.", want: "", genre: "minutes"},
		{text: "This item allows the Chair to invite any member to declare an interest in the business.", want: "", genre: "minutes"},
		// A week named by its first day needs no "by"; a year cut short
		// after a curly apostrophe is the month's; a year after "for"
		// is the period a thing covers, no deadline.
		{text: "The Clerk will send the survey out w/c 9 Dec.", want: "The Clerk will send the survey out w/c 9 Dec.", owner: "The Clerk", dueRaw: "w/c 9 Dec", due: "2024-12-15", genre: "minutes"},
		{text: "The Clerk will report back on the costs in June ‘26.", want: "The Clerk will report back on the costs in June ‘26.", owner: "The Clerk", dueRaw: "June ‘26", due: "2026-06-30", genre: "minutes"},
		{text: "The Clerk will draft the events programme for 2025/26.", want: "The Clerk will draft the events programme for 2025/26.", owner: "The Clerk", genre: "minutes"},
		// Someone named with the body they come from acts, as an action
		// log names an outside partner; a name alone before "to" may be
		// the start of a phrase and does not.
		{text: "Priya Shah from the Environment Agency to send the flood map to the Clerk.", want: "Priya Shah from the Environment Agency to send the flood map to the Clerk.", owner: "Priya Shah", genre: "minutes"},
		// Members' hopes are no one's undertaking.
		{text: "Members hoped that recent talks with officers of the Police would ensure that the group was a success.", want: "", genre: "minutes"},
		{text: "Richard will no longer be our county councillor after the May elections.", want: "", genre: "minutes"},
		// An ask answered by its addressee in the next sentence was a
		// question put at the meeting; one not answered there stands.
		{text: "The Chair asked the Head of Legal to confirm whether to adjourn the hearing. The Head of Legal advised that the member had not sought an adjournment.", want: "", genre: "minutes"},
		// What a speaker retells of an earlier request or agreement, a
		// meeting where things will be discussed, and how any such thing
		// would be handled, undertake nothing.
		{text: "Robin Crofts noted Jackie Wright was requested to send the contact details to the Forum.", want: "", genre: "minutes"},
		{text: "Jackie Wright was requested to send the contact details to the Forum.", want: "Jackie Wright was requested to send the contact details to the Forum.", owner: "Jackie Wright", genre: "minutes"},
		{text: "Maggie Waller noted it had been agreed to seek clarification on the lease.", want: "", genre: "minutes"},
		{text: "He said that he was glad Councillor Pike had agreed to withdraw the remark at the next meeting.", want: "", genre: "minutes"},
		{text: "Councillor Pike agreed to withdraw the remark at the next meeting.", want: "Councillor Pike agreed to withdraw the remark at the next meeting.", owner: "Councillor Pike", dueRaw: "the next meeting", genre: "minutes"},
		{text: "Nicky Willis advised there is a headteachers' meeting where any outstanding questions will be discussed.", want: "", genre: "minutes"},
		{text: "Grants would be bid for where appropriate and volunteers would also be used.", want: "Grants would be bid for where appropriate and volunteers would also be used.", genre: "minutes"},
		// A speaker named with a post between commas that holds commas of
		// its own; a member asking for a place for himself undertakes
		// nothing.
		{text: "Councillor Ruth Ames, Chairman of the Council's Housing, Health and Leisure Committee, advised that she would discuss the scoping paper with her committee.", want: "Councillor Ruth Ames, Chairman of the Council's Housing, Health and Leisure Committee, advised that she would discuss the scoping paper with her committee.", owner: "Councillor Ruth Ames", genre: "minutes"},
		{text: "Councillor Baird requested that he be part of the working group that would be set up to lead the review.", want: "", genre: "minutes"},
		{text: "Atul Lad confirmed that any proposal to allocate outside the criteria would be brought to the Forum.", want: "", genre: "minutes"},
		// (The teller of a thing that would be brought, as of one that
		// would be submitted, undertakes it.)
		{text: "Atul Lad confirmed that the proposal to allocate outside the criteria would be brought to the Forum.", want: "Atul Lad confirmed that the proposal to allocate outside the criteria would be brought to the Forum.", owner: "Atul Lad", genre: "minutes"},
		{text: "[This report was not available at the time the agenda was printed and will be circulated separately.]", want: "", genre: "minutes"},
		{text: "The Officer said that no further letters would be sent to residents.", want: "", genre: "minutes"},
		{text: "She said that the fair would take place in the courtyard in May.", want: "", genre: "minutes"},
		{text: "The Head of Legal noted that the member had not requested that the hearing be adjourned.", want: "", genre: "minutes"},
		{text: "The Chair asked the Head of Legal to write to the member about the hearing. The Committee then considered the report.", want: "The Chair asked the Head of Legal to write to the member about the hearing.", owner: "Head of Legal", genre: "minutes"},
		// Who tells the meeting that a thing would be done, its doer
		// unnamed, undertakes it; so does the one named before "He would
		// …". A body or many who tell it are no one's promise.
		{text: "Asked about the repairs, the Estates Manager advised that a schedule would be circulated to members.", want: "Asked about the repairs, the Estates Manager advised that a schedule would be circulated to members.", owner: "the Estates Manager", genre: "minutes"},
		{text: "Ann Lowe, the Events Officer, confirmed that the final plans would be sent out in May.", want: "Ann Lowe, the Events Officer, confirmed that the final plans would be sent out in May.", owner: "the Events Officer", dueRaw: "May", due: "2025-05-31", genre: "minutes"},
		{text: "The Head of Leisure gave an overview of the pool works. He would also meet the swimming clubs.", want: "He would also meet the swimming clubs.", owner: "The Head of Leisure", genre: "minutes"},
		{text: "Members said that a schedule would be circulated to members.", want: "Members said that a schedule would be circulated to members.", genre: "minutes"},
		// "look at" undertakes where the speaker says he would; a paper
		// that "will look at" a matter only covers it.
		{text: "Mr Lane said he would look at the two old benches to see if they need painting.", want: "Mr Lane said he would look at the two old benches to see if they need painting.", owner: "Mr Lane", genre: "minutes"},
		{text: "The review will look at the costs of the service.", want: "", genre: "other"},
		// A plan's stage and what will be done in it.
		{text: "The third phase will be to lay level paths across the green.", want: "The third phase will be to lay level paths across the green.", genre: "other"},
		{text: "The third phase will be to lay level paths across the green.", want: "", genre: "minutes"},
		// In minutes, a thing to be done, its doer unnamed, is what comes
		// next; what a meeting does to a matter, a subject whose verb
		// comes before "to be", and a longer sentence are not.
		{text: "Quotes to be obtained for two new benches.", want: "Quotes to be obtained for two new benches.", genre: "minutes"},
		{text: "Draft for the footpath signs to be drawn up.", want: "Draft for the footpath signs to be drawn up.", genre: "minutes"},
		// A question put to someone is the ask's object; its own verbs do
		// not make a longer sentence of the ask.
		{text: "Warden of the nearby village to be asked whether they would lend the marquee.", want: "Warden of the nearby village to be asked whether they would lend the marquee.", genre: "minutes"},
		{text: "Owners of the field to be asked if it will be free for the fair.", want: "Owners of the field to be asked if it will be free for the fair.", genre: "minutes"},
		{text: "The bench to be moved was in poor repair.", want: "", genre: "minutes"},
		// A request the sentence then has someone take up is theirs.
		{text: "The Vice-Chair asked that the rota be pinned up in the pavilion, and the Facilities Officer undertook to see to it by the weekend.", want: "The Vice-Chair asked that the rota be pinned up in the pavilion, and the Facilities Officer undertook to see to it by the weekend.", owner: "the Facilities Officer", genre: "minutes"},
		{text: "Members asked that the figures be sent round.", want: "Members asked that the figures be sent round.", genre: "minutes"},
		// A semicolon closes a clause: who acts is named after it, not
		// the words of the clause before.
		{text: "Bus shelter: the cracked pane had been reported to the county twice without an answer; Cllr Ngata will raise it with the area officer.", want: "Bus shelter: the cracked pane had been reported to the county twice without an answer; Cllr Ngata will raise it with the area officer.", owner: "Cllr Ngata", genre: "minutes"},
		{text: "Bus shelter: the cracked pane had been reported to the county's street furniture officer twice without an answer; Cllr Ngata will raise it with him.", want: "Bus shelter: the cracked pane had been reported to the county's street furniture officer twice without an answer; Cllr Ngata will raise it with him.", owner: "Cllr Ngata", genre: "minutes"},
		{text: "The Clerk will write to the county; no other point was raised.", want: "The Clerk will write to the county; no other point was raised.", owner: "The Clerk", genre: "minutes"},
		// So is a question the thing carries, put by a verb of asking: its
		// verbs are the question's ("will be mended").
		{text: "A note to be posted to the water company asking when the leak by the stores will be mended.", want: "A note to be posted to the water company asking when the leak by the stores will be mended.", genre: "minutes"},
		{text: "An email to be sent to the owners enquiring whether the gate would stay locked at night.", want: "An email to be sent to the owners enquiring whether the gate would stay locked at night.", genre: "minutes"},
		{text: "The form to be sent asking about the bins was discussed at length.", want: "", genre: "minutes"},
		// Work handed on, told in reported speech, is the undertaking of
		// those it was handed to.
		{text: "The Chair told members that she had asked officers to draw up a timetable for the works.", want: "The Chair told members that she had asked officers to draw up a timetable for the works.", owner: "officers", genre: "minutes"},
		// Only a teller who speaks for the council's work hands it on so;
		// another's "that he had asked" is a complaint, and an ask that
		// was refused or is long past hands on nothing.
		{text: "A neighbour grumbled that he had asked the council to mend the fence twice.", want: "", genre: "minutes"},
		{text: "Mrs Lane said that she had asked the county to sweep the gutters in the spring last year but heard nothing.", want: "", genre: "minutes"},
		{text: "The Clerk reported that she had asked the roofer to come back but he had declined.", want: "", genre: "minutes"},
		{text: "The Clerk reported that she had asked the roofer to come back next month.", want: "The Clerk reported that she had asked the roofer to come back next month.", owner: "roofer", genre: "minutes"},
		// "Assist" and "supply" are deeds a named doer undertakes.
		{text: "The finance team would assist with the year-end accounts.", want: "The finance team would assist with the year-end accounts.", owner: "The finance team", genre: "minutes"},
		{text: "The Parish Council to supply chairs for the fete.", want: "The Parish Council to supply chairs for the fete.", owner: "The Parish Council", genre: "minutes"},
		// Who agreed is named before "had"; a title run in before a dash
		// is not part of the name.
		{text: "RM had agreed to ring the owner of the field.", want: "RM had agreed to ring the owner of the field.", owner: "RM", genre: "minutes"},
		{text: "Field gate – RM had agreed to ring the owner.", want: "Field gate – RM had agreed to ring the owner.", owner: "RM", genre: "minutes"},
		// A pair of dashes encloses an aside; who acts is before it.
		{text: "Cllr Peel – with the warden – will meet the farmer.", want: "Cllr Peel – with the warden – will meet the farmer.", owner: "Cllr Peel", genre: "minutes"},
		{text: "The Clerk – who is away until the autumn – will write to the owner.", want: "The Clerk – who is away until the autumn – will write to the owner.", owner: "The Clerk", genre: "minutes"},
		// A request that a thing be thought about puts it to a later
		// meeting; one that it be done is the meeting's request.
		{text: "A member asked that a new bench be considered for the green.", want: "", genre: "minutes"},
		{text: "A member asked that a new bench be ordered for the green.", want: "A member asked that a new bench be ordered for the green.", genre: "minutes"},
		// Only the weighing passive as the first verb after "that", with
		// no deed after it, puts the matter off; a deed first, or one
		// joined on after, is work asked for.
		{text: "Members asked that the Clerk get two prices so they can be considered in June.", want: "Members asked that the Clerk get two prices so they can be considered in June.", dueRaw: "June", due: "2025-06-30", genre: "minutes"},
		{text: "Members asked that prices be sought so that they can be debated in June.", want: "Members asked that prices be sought so that they can be debated in June.", dueRaw: "June", due: "2025-06-30", genre: "minutes"},
		{text: "The committee asked that the survey be discussed with the school and sent to parents.", want: "The committee asked that the survey be discussed with the school and sent to parents.", genre: "minutes"},
		{text: "The committee requested that the plan be looked at by the tree group and reported back.", want: "The committee requested that the plan be looked at by the tree group and reported back.", genre: "minutes"},
		{text: "A member asked that once the lease is signed that a notice board be considered for the hall.", want: "", genre: "minutes"},
		// "Due to" before an article is no one asked to act.
		{text: "Members welcomed the scheme and requested that due to the delays some slack be possible.", want: "", genre: "minutes"},
		// A person named after "and" with only "to" and a verb is who is
		// to act where the clause before is closed by a thing as its
		// object; not where that object names a person or could be a
		// body acting beside the one after "and".
		{text: "The meeting heard the talk on hedgerows and KB to send the slides round.", want: "The meeting heard the talk on hedgerows and KB to send the slides round.", owner: "KB", genre: "minutes"},
		{text: "Members thanked the volunteers and the Clerk to send a card.", want: "", genre: "minutes"},
		{text: "The meeting heard the talks of Mrs Lane and KB to send the slides round.", want: "", genre: "minutes"},
		{text: "The meeting heard the talk on hedgerows and KB to send the slides round.", want: "", genre: "report"},
		{text: "Members backed the club and Cllr Peel to bid for lottery money.", want: "", genre: "minutes"},
		{text: "Members pressed the county and Cllr Peel to mend the bridge.", want: "", genre: "minutes"},
		{text: "Members needed the warden and Cllr Peel to open the hall.", want: "", genre: "minutes"},
		{text: "Members thanked the speaker for this lively presentation and KB to send her a card.", want: "Members thanked the speaker for this lively presentation and KB to send her a card.", owner: "KB", genre: "minutes"},
		// Councillors named under one title in the plural act together;
		// a second verb joined by "and" shares the subject that opens
		// the sentence.
		{text: "Cllrs Hale and Reed will arrange the litter pick for May.", want: "Cllrs Hale and Reed will arrange the litter pick for May.", owner: "Cllr Hale|Cllr Reed", dueRaw: "May", due: "2025-05-31", genre: "minutes"},
		{text: "Councillors Hale, Reed and Moss will clear the pond.", want: "Councillors Hale, Reed and Moss will clear the pond.", owner: "Councillor Hale|Councillor Reed|Councillor Moss", genre: "minutes"},
		{text: "Cllr Reed has had no reply from the county and will write to them again.", want: "Cllr Reed has had no reply from the county and will write to them again.", owner: "Cllr Reed", genre: "minutes"},
		// Not where a clause with a subject of its own, reported without
		// "that" or relative, stands before "and".
		{text: "Cllr Reed was told the roofer is away and will come back in a fortnight.", want: "Cllr Reed was told the roofer is away and will come back in a fortnight.", genre: "minutes"},
		{text: "Cllr Reed has rung the roofer who is away and will write to the Clerk in a fortnight.", want: "Cllr Reed has rung the roofer who is away and will write to the Clerk in a fortnight.", genre: "minutes"},
		// Reported in minutes, a "was committed to" is a promise made
		// there when it has a deadline or a person who acts; without
		// either it tells a standing stance.
		{text: "The Chair confirmed that the Council was committed to resurfacing the car park by May.", want: "The Chair confirmed that the Council was committed to resurfacing the car park by May.", owner: "", dueRaw: "May", due: "2025-05-31", genre: "minutes"},
		{text: "Cllr Ash said that he was committed to running the quiz night.", want: "Cllr Ash said that he was committed to running the quiz night.", owner: "", genre: "minutes"},
		{text: "The Leader advised that the Council was committed to supporting the wellbeing of its residents.", want: "", genre: "minutes"},
		// A year in a phrase of its own after the committed clause tells when that was, no deadline.
		{text: "The Clerk advised that the Council was committed to backing the orchard scheme launched in 2021.", want: "", genre: "minutes"},
		{text: "The Clerk has reported the bench which is broken and will ask the county to mend it.", want: "The Clerk has reported the bench which is broken and will ask the county to mend it.", owner: "Clerk", genre: "minutes"},
		// An item's title run into its sentence, no colon or stop, before
		// the councillor who acts; words that join or a past form before
		// the councillor are the sentence's own.
		{text: "Village sign Cllr J Moss to ask the smith for a price.", want: "Village sign Cllr J Moss to ask the smith for a price.", owner: "Cllr J Moss", genre: "minutes"},
		// A title is a noun phrase: words that open a clause (a subject
		// and its verb, a negator, a condition or time put first, a
		// plea) are no title, and the sentence is read whole.
		{text: "Parents ask Cllr Moss to speak to the head teacher.", want: "", genre: "minutes"},
		{text: "Walkers expect Councillor Moss will mend the stile.", want: "", genre: "minutes"},
		{text: "Nobody wants Cllr Moss to write to the smith.", want: "", genre: "minutes"},
		{text: "Please ask Cllr Moss to ring the smith.", want: "", genre: "minutes"},
		{text: "Neither Cllr Moss nor Cllr Peel will attend the fair.", want: "", genre: "minutes"},
		{text: "If Cllr Moss is away, Cllr Peel will report back.", want: "If Cllr Moss is away, Cllr Peel will report back.", owner: "Cllr Peel", genre: "minutes"},
		{text: "After Cllr Moss spoke the Clerk will write to the smith.", want: "After Cllr Moss spoke the Clerk will write to the smith.", owner: "the Clerk", genre: "minutes"},
		{text: "Letter from Cllr Moss to ask the smith for a price.", want: "", genre: "minutes"},
		{text: "Thanked Cllr Moss to ask the smith for a price.", want: "", genre: "minutes"},
		// The thing may be named at length, with the places it is for.
		{text: "New litter bins for Mill Road and the green to be ordered.", want: "New litter bins for Mill Road and the green to be ordered.", genre: "minutes"},
		// Told in the past ("were to be asked"), the arrangement is
		// still what comes next.
		{text: "The Walking Group were to be asked to clear the bridleway.", want: "The Walking Group were to be asked to clear the bridleway.", genre: "minutes"},
		// Not one that came to nothing ("but …") or is long past.
		{text: "The Walking Group were to be asked to the fete but said no.", want: "", genre: "minutes"},
		{text: "The Scouts were to be consulted in 2018 but nobody followed it up.", want: "", genre: "minutes"},
		// A subject with a verb of its own wants a thing done; that is
		// no note of a thing to be done.
		{text: "Neighbours of the allotments asked for the ditch to be dredged.", want: "", genre: "minutes"},
		{text: "Mrs Lane grumbled that she wanted her verge to be trimmed.", want: "", genre: "minutes"},
		{text: "Request from the bowls club to be considered at the next meeting.", want: "", genre: "minutes"},
		{text: "Any requests need to be submitted in May.", want: "", genre: "minutes"},
		{text: "The area to be included in the lease was discussed.", want: "", genre: "minutes"},
		{text: "Quotes to be obtained for two new benches.", want: "", genre: "report"},
		// A condition opening the modal's clause inside the sentence
		// tells what follows whenever it holds; what is then to come back
		// to the members is still promised them.
		{text: "The Clerk reported that once fitted, the new gate would need to be inspected and a key would be issued to each allotment holder.", want: "", genre: "minutes"},
		{text: "She said the pump was old, but if it failed, a new one would be funded from the reserves.", want: "", genre: "minutes"},
		{text: "He explained that once the bulb sites had been chosen, the list would be shared with Members.", want: "He explained that once the bulb sites had been chosen, the list would be shared with Members.", genre: "minutes"},
		// A time set before "we" ("This year we will …", "In 2026 we will
		// …", after "and"), and deeds done to things: buying, opening.
		{text: "This year we will add two new bus routes to the hospital.", want: "This year we will add two new bus routes to the hospital.", genre: "other"},
		{text: "In 2026 we will open the new library in the market square.", want: "In 2026 we will open the new library in the market square.", dueRaw: "2026", due: "2026-12-31", genre: "other"},
		{text: "We made promises on parks and this year we will buy six new benches.", want: "We made promises on parks and this year we will buy six new benches.", genre: "other"},
		{text: "This year the Council will purchase two electric sweepers.", want: "This year the Council will purchase two electric sweepers.", owner: "the Council", genre: "other"},
		// The one event the promise waits for, or a time, before "we"
		// with no comma; a case that recurs ("When …") stays a standing
		// procedure.
		{text: "Once the survey is done we will publish its results on the website, with a short summary.", want: "Once the survey is done we will publish its results on the website, with a short summary.", genre: "other"},
		{text: "By 2027 we will plant a tree for every child born in the town.", want: "By 2027 we will plant a tree for every child born in the town.", dueRaw: "2027", due: "2027-12-31", genre: "other"},
		{text: "As part of this work we will train forty more volunteer wardens.", want: "As part of this work we will train forty more volunteer wardens.", genre: "other"},
		{text: "When a complaint comes in we will answer it within ten days, in writing.", genre: "other"},
		// So a purpose or a role fronted before "we", its comma left
		// out: what "we" will do for it, or in it, is still promised.
		{text: "To meet these goals we will replace the boilers in all three leisure centres.", want: "To meet these goals we will replace the boilers in all three leisure centres.", genre: "other"},
		{text: "As a landlord we will check every smoke alarm in our homes each year.", want: "As a landlord we will check every smoke alarm in our homes each year.", genre: "other"},
		{text: "We plan to set an example and as an employer we will pay the real living wage.", want: "We plan to set an example and as an employer we will pay the real living wage.", genre: "other"},
		// A "we will" clause that is itself the subject of a later verb,
		// or a question, is no promise.
		{text: "To claim that we will mend every road this year would mislead residents.", genre: "other"},
		{text: "To what degree we will hire outside help is still unclear.", genre: "other"},
		// A question word inside a purpose, or a verb in a relative
		// clause after the promise, leaves the promise standing.
		{text: "To learn how pupils get to school we will hold a travel survey that is run by the pupils.", want: "To learn how pupils get to school we will hold a travel survey that is run by the pupils.", genre: "other"},
		{text: "To find out what tenants want we will set up a panel which is chosen by lot.", want: "To find out what tenants want we will set up a panel which is chosen by lot.", genre: "other"},
		{text: "The café will open at nine on weekdays.", genre: "other"},
		// A reason before the time ("… and that is why this year we will
		// …"); going on with a deed ("continue to increase …") is one,
		// going on being is not.
		{text: "We promised cleaner streets and that is why this year we will hire four more street cleaners.", want: "We promised cleaner streets and that is why this year we will hire four more street cleaners.", genre: "other"},
		{text: "We promised fair pay and we will continue to increase the number of firms paying the living wage.", want: "We promised fair pay and we will continue to increase the number of firms paying the living wage.", genre: "other"},
		{text: "We will continue to face rising demand for temporary housing.", genre: "other"},
		{text: "The Clerk to make enquiries about the timing of the verge cutting.", want: "The Clerk to make enquiries about the timing of the verge cutting.", owner: "Clerk"},
		{text: "Cllr. Moss will remove the old padlock from the pavilion.", want: "Cllr. Moss will remove the old padlock from the pavilion.", owner: "Cllr. Moss"},
		{text: "The Clerk is to contact Mr Reed and Jo Hart asking them to quote for the work.", want: "The Clerk is to contact Mr Reed and Jo Hart asking them to quote for the work.", owner: "Clerk"},
		{text: "The Chair to advise the meeting that it will be recorded."},
		// A verb ending in -ly after "agreed to" is the verb, not an
		// adverb before it.
		{text: "Helen gave an account of the fair and agreed to supply the takings to the Treasurer.", want: "Helen gave an account of the fair and agreed to supply the takings to the Treasurer.", owner: "Helen", genre: "minutes"},
		// "is to" told in the past: the same undertaking, reported; what
		// was to have been done, and was not, is none.
		{text: "The Clerk was to write to the bus company about the shelter after the meeting.", want: "The Clerk was to write to the bus company about the shelter after the meeting.", owner: "Clerk", genre: "minutes"},
		{text: "The Clerk was to have written to the bus company about the shelter.", genre: "minutes"},
		// A phrase of time set before the subject is no part of who.
		{text: "Over the next two years the housing partnership will open four advice hubs.", want: "Over the next two years the housing partnership will open four advice hubs.", owner: "the housing partnership"},
		{text: "Sue and Jan were to write to the county about the verges.", want: "Sue and Jan were to write to the county about the verges.", owner: "Sue and Jan", genre: "minutes"},
		{text: "Cllrs to look into the cost of a defibrillator for the hall.", want: "Cllrs to look into the cost of a defibrillator for the hall.", owner: "Cllrs", genre: "minutes"},
		{text: "Ten graves will need work and the Clerk will write to each owner.", want: "Ten graves will need work and the Clerk will write to each owner.", owner: "the Clerk", genre: "minutes"},
		{text: "Clerk Action: to order two more dog bins for the playing field.", want: "Clerk Action: to order two more dog bins for the playing field.", owner: "Clerk", genre: "minutes"},
		// The chair running the meeting as it sits is its agenda, not an
		// undertaking; what the chair is to do after it is.
		{text: "The Chairwoman will open the meeting and take apologies."},
		{text: "The Town Mayor will call upon Councillor Bell to second the motion."},
		{text: "The Chair to rule on whether late items may be admitted."},
		{text: "The Vice-Chair will welcome the new youth councillors."},
		{text: "The Mayor to move, in accordance with Standing Order 6, the motion on the agenda."},
		{text: "The Chairman to move the noticeboard to the bus shelter.", want: "The Chairman to move the noticeboard to the bus shelter.", owner: "Chairman"},
		{text: "The Chairman to call the contractor about the fence.", want: "The Chairman to call the contractor about the fence.", owner: "Chairman"},
		{text: "The Chair will sign the grant letter at a later date.", want: "The Chair will sign the grant letter at a later date.", owner: "Chair"},
		// "is also to", a question asked ("if he would meet"), a thing
		// had done ("will have a banner made").
		{text: "Tom Hale is also to price new stickers for the bins.", want: "Tom Hale is also to price new stickers for the bins.", owner: "Tom Hale"},
		{text: "The clerk is to ask the designer if he would meet the council to show the site.", want: "The clerk is to ask the designer if he would meet the council to show the site.", owner: "clerk"},
		{text: "Ann Cole will have a sign made for the hall door.", want: "Ann Cole will have a sign made for the hall door.", owner: "Ann Cole"},
		{text: "Ann Cole will have a word with the school."},
		// Telling the meeting is reporting to it, whoever tells; telling
		// the public a procedure, or a survey informing a design, is not.
		{text: "He will inform the Council of any developments.", want: "He will inform the Council of any developments."},
		{text: "The Clerk will let the committee know the outcome.", want: "The Clerk will let the committee know the outcome.", owner: "The Clerk"},
		{text: "The chair to inform members of the public of the evacuation procedure."},
		{text: "The residents' survey will inform the design of the new play area."},
		{text: "A framework will let the Council call off places at agreed rates."},
		// A topic run in before a colon: who acts is after it. A record
		// of who came, or a priority's deed, names no one who acts.
		{text: "Drain at side of the lane, opposite school: Clerk to report to the county that the drain is blocked.", want: "Drain at side of the lane, opposite school: Clerk to report to the county that the drain is blocked.", owner: "Clerk"},
		{text: "Drain by the school: The Clerk will report the blocked drain to the county.", want: "Drain by the school: The Clerk will report the blocked drain to the county.", owner: "The Clerk"},
		{text: "Present: Clerk to make a note of those present."},
		{text: "Strategic Priority 1: Delivering Homes to meet the housing needs of our communities"},
		// When a meeting, a fete or an election is held is its notice.
		{text: "The next open meeting re flooding will be held on Friday 9th May."},
		{text: "It will be held on Monday 4th June at the village hall at 7pm."},
		{text: "The Summer Fete will be held on Saturday 12 July and all are welcome."},
		{text: "A by-election will be held if ten electors ask for one in writing."},
		{text: "Joint Commitment to carers sets out the county's priorities."},
		{text: "The Clerk will be on leave in August."},
		{text: "A meeting ID and passcode will be emailed to all members the day before."},
		{text: "Clerk to the Council – 25/05/2023"},
		{text: "It was unanimously agreed that the contractor should go ahead.", want: "It was unanimously agreed that the contractor should go ahead."},
		{text: "Lights 5 and 45 need a contractor's visit (Act Clerk)", want: "Lights 5 and 45 need a contractor's visit (Act Clerk)", owner: "Clerk"},
		{text: "(ACTION - Assistant Clerk)"},
		{text: "No contract would be drawn up for the new contractor but the work would be monitored by the Clerk."},
		{text: "It is said likely that the county's depot will be closed in the spring."},
		{text: "The Committee did not choose an area for review but the Chair agreed to meet the auditors to discuss it further.", want: "The Committee did not choose an area for review but the Chair agreed to meet the auditors to discuss it further.", owner: "the Chair"},
		{text: "In future the Kent Harbour, Ferry and Port Commission will publish each decision record.", want: "In future the Kent Harbour, Ferry and Port Commission will publish each decision record.", owner: "Kent Harbour, Ferry and Port Commission"},
		{text: "Membership lists of the Working Groups would be circulated to members.", want: "Membership lists of the Working Groups would be circulated to members."},
		{text: "There was no additional funding. This issue of funding would be monitored going forward.", want: "This issue of funding would be monitored going forward."},
		{text: "Healthwatch were welcome to take part and further conversations would take place outside of the meeting.", want: "Healthwatch were welcome to take part and further conversations would take place outside of the meeting."},
		{text: "The figure was wrong. It was agreed that this would be corrected after the meeting.", want: "It was agreed that this would be corrected after the meeting."},
		{text: "The Director of Public Health would circulate the summary by the end of March.", want: "The Director of Public Health would circulate the summary by the end of March.",
			owner: "The Director of Public Health", dueRaw: "the end of March", due: "2025-03-31"},
		{text: "ACTION: Head of Service to report back to the next meeting.", want: "Head of Service to report back to the next meeting.", owner: "Head of Service", dueRaw: "the next meeting"},
		// After an action tag, whoever is set "to" act is its owner, whatever
		// the verb: a member by initials, or two named together.
		{text: "ACTION: KT to resubmit.", want: "KT to resubmit.", owner: "KT"},
		{text: "ACTION: Clerk and KT to complete the grant form.", want: "Clerk and KT to complete the grant form.", owner: "Clerk and KT"},
		{text: "ACTION: Noticeboard to be repainted.", want: "Noticeboard to be repainted.", owner: ""},
		{text: "The Chair agreed to write to the ICB by 30/06/2025.", want: "The Chair agreed to write to the ICB by 30/06/2025.", owner: "The Chair", dueRaw: "30/06/2025", due: "2025-06-30"},
		{text: "The report would be circulated by the Clerk before the next meeting.", want: "The report would be circulated by the Clerk before the next meeting.", owner: "the Clerk", dueRaw: "the next meeting"},
		{text: "The Service Manager would develop a new referral pathway.", want: "The Service Manager would develop a new referral pathway.", owner: "The Service Manager"},
		{text: "Councillor Bray agreed to meet the residents in May.", want: "Councillor Bray agreed to meet the residents in May.", owner: "Councillor Bray", dueRaw: "May", due: "2025-05-31"},
		{text: "The Director would keep the Board informed of progress.", want: "The Director would keep the Board informed of progress.", owner: "The Director"},
		// How things are done as a rule is no undertaking; "generally"
		// elsewhere in the sentence says nothing of habit.
		{text: "The Commissioner will normally issue the annual report in time for the summer meeting.", want: ""},
		// A review on a standing cycle, by no one named, to no one named.
		{text: "The objectives will be reviewed every four years and monitored each year.", want: ""},
		{text: "Progress will be reported every 6 months over the life of the plan.", want: ""},
		// A report promised to a meeting, though it was only "noted".
		{text: "It was noted that a report on affordable housing would be presented to the next meeting.", want: "It was noted that a report on affordable housing would be presented to the next meeting.", dueRaw: "the next meeting"},
		// A councillor reporting what he would do; initials in brackets.
		{text: "Cllr Attridge indicated that he would approach the school again.", want: "Cllr Attridge indicated that he would approach the school again.", owner: "Cllr Attridge"},
		{text: "(PO) to sign at next meeting.", want: "(PO) to sign at next meeting.", owner: "(PO)", dueRaw: "next meeting"},
		// The meeting's own running, though a person is named.
		{text: "The Chairman to advise whether they have agreed to any items of urgent business being admitted to the agenda.", want: ""},
		{text: "The Chairperson will select the order of the matters to be heard.", want: ""},
		// When a matter comes before a later meeting, no one undertakes.
		{text: "This will be discussed further at the Town Council meeting on 20th May.", want: ""},
		{text: "The application would be considered at the Planning Committee meeting in June.", want: ""},
		{text: "Progress on the target will be reported to Cabinet annually.", want: "Progress on the target will be reported to Cabinet annually."},
		{text: "We will review all charges annually.", want: "We will review all charges annually."},
		{text: "Typically, a meeting will take place in November to discuss the budget.", want: ""},
		// What the agenda will carry is the meeting's standing practice.
		{text: "The written response will be published as a supplement to the agenda by 5pm one working day before the meeting.", want: ""},
		{text: "This decision will be taken under the urgency procedure.", want: ""},
		{text: "Councillor Ash, Chair of the Forum, will present this item.", want: ""},
		{text: "The Head of Parks will present the report to Cabinet in March.", want: "The Head of Parks will present the report to Cabinet in March.", owner: "The Head of Parks", dueRaw: "March", due: "2025-03-31"},
		{text: "Members were informed that the Children in Care Council plan, run and chair two of the Corporate Parenting Panel's meetings every year and that the first of these meetings will be held on 24 October.", want: ""},
		{text: "The key decision will be made by the Cabinet Member for Children in June.", want: ""},
		// A question put at the meeting, however it is worded, asks no one
		// to do anything.
		{text: "The Chairman requested an explanation as to why the report was being tabled at the meeting.", want: ""},
		// What would be done should something happen is a standing plan,
		// its condition said by inversion with no comma after it.
		{text: "Should an incident occur the council and its partners would respond as to any other fire.", want: ""},
		{text: "The Director would keep the Board generally informed of progress.", want: "The Director would keep the Board generally informed of progress.", owner: "The Director"},
		// A second verb shares the subject of the first.
		{text: "The Council will take the lead and will engage with residents on the plan.", want: "The Council will take the lead and will engage with residents on the plan.", owner: "The Council", genre: action.DocMinutes},
		// What a meeting noted someone would do to the paper or for it;
		// what it noted would happen is no one's undertaking.
		{text: "The committee noted that the officers would correct the dates in the table in paragraph 31.", want: "The committee noted that the officers would correct the dates in the table in paragraph 31.", owner: "the officers"},
		{text: "It was noted that the Parks Officer would contact the bowls club before the season.", want: "It was noted that the Parks Officer would contact the bowls club before the season.", owner: "the Parks Officer"},
		{text: "The committee noted that the new centre would open in May.", want: ""},
		{text: "Members requested that the Finance team provide advice on removing the bank from the list.", want: "Members requested that the Finance team provide advice on removing the bank from the list.", owner: "Finance team"},
		// Who an agreed "that" clause sets to act.
		{text: "It was agreed that the Democratic Advisor would contact officers for the missing information.", want: "It was agreed that the Democratic Advisor would contact officers for the missing information.", owner: "the Democratic Advisor"},
		// A request that names who is to act, in the subjunctive.
		{text: "Members noted the differences. They asked that officers make the information public for residents.", want: "They asked that officers make the information public for residents.", owner: "officers"},
		{text: "One topic could be the profile of children in care. The Committee requested that the Performance Manager develop a short presentation on the trends.", want: "The Committee requested that the Performance Manager develop a short presentation on the trends.", owner: "Performance Manager"},
		// The staff asked to act named by a plain plural, no post's name.
		{text: "The panel asked that managers provide dates for closing the open findings.", want: "The panel asked that managers provide dates for closing the open findings.", owner: "managers"},
		// One at the meeting asking that a thing be done; the one asked
		// named by a pronoun in the subjunctive, who the sentence before
		// names; a participle that does not end in -ed. A deciding body's
		// own "asked that" is the resolution it goes on to pass.
		{text: "The Vice-Chair asked that the rota of visits be sent round again.", want: "The Vice-Chair asked that the rota of visits be sent round again.", genre: "minutes"},
		{text: "Tom Okafor from the parking team was meant to speak in July. It was requested that he return with the survey in April.", want: "It was requested that he return with the survey in April.", owner: "Tom Okafor from the parking team", dueRaw: "April", due: "2025-04-30", genre: "minutes"},
		{text: "Members requested that a reminder about the count be put on the village noticeboard.", want: "Members requested that a reminder about the count be put on the village noticeboard.", genre: "minutes"},
		{text: "The Cabinet asked that the volunteers on the review group be praised for their work.", want: "", genre: "minutes"},
		// One member of the body, unnamed, asking that a thing be done is
		// the meeting's business as a named member's is; the body named
		// after "of" neither asks nor acts, so no one owns it unless the
		// request names who is to act. A member of the public's request
		// is a question put.
		{text: "A member of the Trust asked that the flood map be reissued to the wardens.", want: "A member of the Trust asked that the flood map be reissued to the wardens.", genre: "minutes"},
		{text: "One councillor requested that the Treasurer circulate the bank reconciliation.", want: "One councillor requested that the Treasurer circulate the bank reconciliation.", owner: "Treasurer", genre: "minutes"},
		{text: "A member of the public asked that the flood map be reissued to the wardens.", want: "", genre: "minutes"},
		// (However the page capitalises them.)
		{text: "A Member of the Press asked that the flood map be reissued to the wardens.", want: "", genre: "minutes"},
		// A phrasal verb's particle after a pronoun object: "follow this up".
		{text: "The Head of Leisure said she would follow this up with the operator.", want: "The Head of Leisure said she would follow this up with the operator.", owner: "The Head of Leisure"},
		// The authors' vow in so many words.
		{text: "We promise that you will be told about your rights.", want: "We promise that you will be told about your rights."},
		{text: "Between October 2025 and March 2026 the Parks Team will plant 450 trees.", want: "Between October 2025 and March 2026 the Parks Team will plant 450 trees.",
			owner: "the Parks Team", dueRaw: "March 2026", due: "2026-03-31"},
		{text: "The terms of reference would be re-considered at a future meeting.", want: "The terms of reference would be re-considered at a future meeting.", dueRaw: "", due: ""},
		{text: "The County Council and the Clinical Commissioning Group are committed to ensuring that people live well.",
			want: "The County Council and the Clinical Commissioning Group are committed to ensuring that people live well.", owner: "The County Council|Clinical Commissioning Group"},
		// A post's remit joined by "and" is one post; a second post with
		// its own article, or ending in a post's word, is another.
		{text: "The Head of Leisure and Cultural Services agreed to look into the opening hours.",
			want: "The Head of Leisure and Cultural Services agreed to look into the opening hours.", owner: "The Head of Leisure and Cultural Services", genre: "minutes"},
		{text: "The Head of Leisure and the Clerk agreed to look into the opening hours.",
			want: "The Head of Leisure and the Clerk agreed to look into the opening hours.", owner: "The Head of Leisure|Clerk", genre: "minutes"},
		// A person's title after "and" names another person, not more of
		// the post's remit.
		{text: "The Director of Finance and Councillor Okafor will check the grant claims.",
			want: "The Director of Finance and Councillor Okafor will check the grant claims.", owner: "The Director of Finance|Councillor Okafor", genre: "minutes"},
		{text: "The Head of Estates and Dr Patel agreed to walk the site before the spring.",
			want: "The Head of Estates and Dr Patel agreed to walk the site before the spring.", owner: "The Head of Estates|Dr Patel", dueRaw: "the spring", due: "2025-05-31", genre: "minutes"},
		{text: "The Clerk would circulate the revised policy before the end of the year.", want: "The Clerk would circulate the revised policy before the end of the year.", owner: "The Clerk", dueRaw: "the end of the year", due: "2024-12-31"},
		{text: "I have asked the Highways Manager to contact you directly.", want: "I have asked the Highways Manager to contact you directly.", owner: "Highways Manager"},
		{text: "KCC will provide parents with bus tickets for six months.", want: "KCC will provide parents with bus tickets for six months.", owner: "KCC"},
		{text: "The Family Hub service will still be available to local people online.", want: "The Family Hub service will still be available to local people online."},
		{text: "The new pathway will go live on 1st April.", want: "The new pathway will go live on 1st April.", dueRaw: "1st April", due: "2025-04-01"},
		{text: "If the decision goes ahead, officers will contact the two centres.", want: "If the decision goes ahead, officers will contact the two centres.", owner: "officers"},
		// not undertakings
		{text: "Where education is not suitable, officers will arrange more frequent visits."},
		{text: "Should an incident occur, the agencies would respond together."},
		{text: "Some services would be affected by the closure."},
		{text: "Our partners stand committed to ensure no member of the community is left behind."},
		// A stance told in the past is reported, whoever holds it.
		{text: "The Cabinet Member told the meeting that the Council was committed to keeping every branch library open.", genre: "minutes"},
		{text: "The Trust and the Council were committed to working with the tenants' forum.", genre: "minutes"},
		{text: "Normally, the Department would respond within two months."},
		{text: "The new scheme would provide support to 200 families."},
		{text: "The Board agreed to note the report."},
		{text: "Members noted that the report would be circulated."},
		{text: "It was reported that 40 people had attended."},
		{text: "A member asked whether the data would be shared?"},
		{text: "The teams would play an important role in the work."},
		{text: "Therefore the work would have to be carried out from existing funding."},
		{text: "The election results could have some impact on delivery."},
		{text: "There were Action Plans to go alongside the plans."},
		{text: "The Benefits Team will treat all its customers fairly and with courtesy.", want: "The Benefits Team will treat all its customers fairly and with courtesy.", owner: "The Benefits Team"},
		{text: "The case officer will visit every application site.", want: "The case officer will visit every application site.", owner: "The case officer"},
		{text: "This Delivery Plan will form the basis of performance reporting."},
		{text: "The Benefits Team will need more staff next year."},
		// A "will" joined on after a relative clause may be that
		// clause's subject's: the sentence undertakes, no one named.
		{text: "Cllr Dunn has phoned the plumber who is on holiday and will ring the Clerk on his return.", want: "Cllr Dunn has phoned the plumber who is on holiday and will ring the Clerk on his return.", genre: "minutes"},
		// Two plain plurals for people joined are one subject; the
		// company a subject keeps is an aside, not who acts.
		{text: "Councillors and officers will meet the bowls club on site.", want: "Councillors and officers will meet the bowls club on site.", owner: "Councillors and officers", genre: "minutes"},
		{text: "Officers along with the tenants will report back on the car park.", want: "Officers along with the tenants will report back on the car park.", owner: "Officers", genre: "minutes"},
		// A post or a person in company acts too, as in a decision.
		{text: "The Chair, together with the Clerk, will write to the allotment holders.", want: "The Chair, together with the Clerk, will write to the allotment holders.", owner: "Chair|Clerk", genre: "minutes"},
		{text: "The Clerk, along with the Cricket Club, will clear the ditch.", want: "The Clerk, along with the Cricket Club, will clear the ditch.", owner: "The Clerk", genre: "minutes"},
		{text: "The Mayor said the Council, along with the Clerk, will write to the tenants.", want: "The Mayor said the Council, along with the Clerk, will write to the tenants.", owner: "Council|Clerk", genre: "minutes"},
		// A colon inside a post's name sets off its remit, not an item's
		// title: the post acts, "would" or "will". A title before a
		// colon still gives way to who is named after it.
		{text: "The Head of Service: Sport and Active Lives would bring a revised pool timetable to Members.", want: "The Head of Service: Sport and Active Lives would bring a revised pool timetable to Members.", owner: "The Head of Service: Sport and Active Lives", genre: "minutes"},
		{text: "The Head of Service: Housing and Estates would bring the void figures to the next meeting.", want: "The Head of Service: Housing and Estates would bring the void figures to the next meeting.", owner: "The Head of Service: Housing and Estates", dueRaw: "the next meeting", genre: "minutes"},
		{text: "Blocked culvert on Mill Lane: Clerk to report it to the county.", want: "Blocked culvert on Mill Lane: Clerk to report it to the county.", owner: "Clerk", genre: "minutes"},
		{text: "Cllr Dunn has phoned the plumber and will ring the Clerk on Monday.", want: "Cllr Dunn has phoned the plumber and will ring the Clerk on Monday.", owner: "Cllr Dunn", genre: "minutes"},
	}
	for _, tt := range tests {
		got, ok := commitment(tt.text, "2024-11-20", tt.genre)
		if tt.want == "" {
			if ok {
				t.Errorf("commitment(%q) = %q, want none", tt.text, got.Action)
			}
			continue
		}
		if !ok {
			t.Errorf("commitment(%q): none found", tt.text)
			continue
		}
		if got.Action != tt.want {
			t.Errorf("commitment(%q).Action = %q, want %q", tt.text, got.Action, tt.want)
		}
		if o := strings.Join(got.Owner, "|"); o != tt.owner {
			t.Errorf("commitment(%q).Owner = %q, want %q", tt.text, o, tt.owner)
		}
		if got.DueRaw != tt.dueRaw || got.Due != tt.due {
			t.Errorf("commitment(%q) due = %q/%q, want %q/%q", tt.text, got.DueRaw, got.Due, tt.dueRaw, tt.due)
		}
	}
}

func TestResolutions(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // ref: text
	}{
		{"that be noted", []string{"That the progress of the plans be noted."}, []string{": That the progress of the plans be noted."}},
		{"resolved colon", []string{"RESOLVED:", "", "That the report be approved."}, []string{": That the report be approved."}},
		{"resolved inline", []string{"RESOLVED that the strategy be endorsed."}, []string{": that the strategy be endorsed."}},
		{"resolved dash", []string{"Resolved:- That the plan be adopted."}, []string{": That the plan be adopted."}},
		{"lettered", []string{"RESOLVED:", "(a) That the report be noted;", "(b) That the action plan be approved."},
			[]string{"(a): That the report be noted", "(b): That the action plan be approved."}},
		{"a vote note in brackets after the label is how it was carried, not the decision", []string{"RESOLVED: (Unanimous)", "A.    To note the consultation report", "B.    To approve the bus strategy at Appendix 3"},
			[]string{"(a): To note the consultation report", "(b): To approve the bus strategy at Appendix 3"}},
		{"inline list", []string{"RESOLVED: (a) That the report be noted; (b) That officers report back in March."},
			[]string{"(a): That the report be noted", "(b): That officers report back in March."}},
		{"numbered", []string{"RESOLVED", "(1) To note the update; and", "(2) To agree the plan."},
			[]string{"(1): To note the update", "(2): To agree the plan."}},
		{"list goes on in the next paragraph", []string{"Resolved – (a) that the report be noted;", "(b) that an update be presented to the Board in January 2024."},
			[]string{"(a): that the report be noted", "(b): that an update be presented to the Board in January 2024."}},
		{"resolved to: lead-in", []string{"The Board RESOLVED to:", "(a) note the progress of the Plans;", "(b) request that a further update be brought in March 2024."},
			[]string{"(a): The Board RESOLVED to note the progress of the Plans", "(b): The Board RESOLVED to request that a further update be brought in March 2024."}},
		{"it was resolved: the sentence whole", []string{"It was RESOLVED that the report be noted.", "It was resolved that the plan be adopted.", "It was agreed that officers would write to the ICB."},
			[]string{": It was RESOLVED that the report be noted.", ": It was resolved that the plan be adopted."}},
		{"body without the", []string{"Cabinet RESOLVED that the budget be approved.", "Members agreed that the report was helpful."},
			[]string{": Cabinet RESOLVED that the budget be approved."}},
		{"wider verbs", []string{"That a report be submitted to the next meeting."}, []string{": That a report be submitted to the next meeting."}},
		// The subjunctive read by its form, not a list of verbs: a plural
		// then a verb with no -s, or a post's name then one; the -s form,
		// a past or a word that points is no decision.
		{"bare verb after a plural", []string{"(1) That allotment rents climb by 3% from October.", "(2) That the hall charges remain at this year's level."},
			[]string{"(1): That allotment rents climb by 3% from October.", "(2): That the hall charges remain at this year's level."}},
		{"bare verb after a post", []string{"(1) That the Town Clerk double the grass cutting budget."}, []string{"(1): That the Town Clerk double the grass cutting budget."}},
		{"no bare verb: the -s form", []string{"(1) That the Town Clerk doubles the budget each year."}, nil},
		{"no bare verb: a past", []string{"(1) That the hall charges stayed low last year."}, nil},
		{"no bare verb: a word that points", []string{"(1) That these grounds seem fair to all."}, nil},
		// The verb ends the noun phrase, right after the head; a plural
		// modifier is no head, a past right after the phrase shows it was
		// all noun, and a verb of showing states a fact.
		{"no bare verb: a plural modifier", []string{"(1) That the sports pavilion roof leaked again."}, nil},
		{"no bare verb: a modifier before a noun", []string{"(1) That the works programme run late into May."}, nil},
		{"no bare verb: a past after the phrase", []string{"(1) That the parks department staff worked hard."}, nil},
		{"no bare verb: a verb of showing", []string{"(1) That the figures show a deficit this year.", "(2) That reports suggest the bridge is unsafe."}, nil},
		{"bare verb after a capitalised plural", []string{"(1) That Councillors attend the training in May."}, []string{"(1): That Councillors attend the training in May."}},
		{"bare verb after short modifiers", []string{"(1) That bus fares rise.", "(2) That car park charges rise by 5%."},
			[]string{"(1): That bus fares rise.", "(2): That car park charges rise by 5%."}},
		// An -ly word in the verb's slot, before a preposition, a
		// determiner or the end, is the verb; before a content word it is
		// the adverb.
		{"an -ly verb after a plural", []string{"(1) That amended tolls apply from June.", "(2) That stallholders comply.", "(3) That the contractor supply the topsoil."},
			[]string{"(1): That amended tolls apply from June.", "(2): That stallholders comply.", "(3): That the contractor supply the topsoil."}},
		{"an -ly adverb is no verb", []string{"(1) That residents mostly favour the plan."}, nil},
		{"an -ly adverb after the verb", []string{"(1) That the pond weed spread quickly last year."}, nil},
		// A singular head after "the" takes a bare verb where its
		// complement opens straight after it and no finite verb follows.
		{"bare verb after a singular head", []string{"(1) That the boat launch fee increase to £9.", "(2) That the mooring charge fall by a tenth."},
			[]string{"(1): That the boat launch fee increase to £9.", "(2): That the mooring charge fall by a tenth."}},
		{"no bare verb: a singular noun phrase", []string{"(1) That the boat fee increase of £2 was modest."}, nil},
		{"no bare verb: a finite verb later", []string{"(1) That the ferry charge rise in spring has cost trade."}, nil},
		// A post's remit in capitals after "of" is part of its name.
		{"bare verb after a post and its remit", []string{"(1) That the Keeper of the Town Records catalogue the maps."},
			[]string{"(1): That the Keeper of the Town Records catalogue the maps."}},
		{"no bare verb: a past after a remit", []string{"(1) That the Register of Walks held on file lists six routes."}, nil},
		{"a heading ends the block", []string{"RESOLVED:", "(a) note the report.", "47. Any Other Business", "(a) The Chair thanked members."},
			[]string{"(a): note the report."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Find(doc(true, tt.lines...), nil, Options{}) {
				if a.Kind == action.KindResolution {
					got = append(got, a.Ref+": "+a.Action)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRecommendations(t *testing.T) {
	d := doc(false,
		"Health Inequalities Report",
		"",
		"Recommendation 1 - Developing understanding:",
		"",
		"Explore the data",
		"by GP practice.",
		"",
		"Recommendation 6a - Communication:",
		"Create one resource.",
		"",
		"Supporting documents:",
		"The minutes go on here and would be circulated.",
	)
	got := Find(d, nil, Options{Title: "Health Inequalities Report"})
	if len(got) != 3 {
		t.Fatalf("got %d actions: %+v", len(got), got)
	}
	if a := got[0]; a.Ref != "1" || a.Title != "Developing understanding" || a.Action != "Explore the data by GP practice." || a.Kind != action.KindRecommendation {
		t.Errorf("first = %+v", a)
	}
	if a := got[1]; a.Ref != "6a" || a.Action != "Create one resource." {
		t.Errorf("second = %+v", a)
	}
	if a := got[2]; a.Kind != action.KindCommitment {
		t.Errorf("after the stop line: %+v", a)
	}
}

func TestRecommendationSection(t *testing.T) {
	d := doc(true, "RECOMMENDATIONS", "1. That the Board notes the report.", "2. Officers develop a delivery plan.", "3. Background", "3.1 Some history.")
	got := Find(d, nil, Options{})
	if len(got) != 2 || got[0].Ref != "1" || got[1].Ref != "2" || got[1].Kind != action.KindRecommendation {
		t.Fatalf("got %+v", got)
	}
}

func TestPointsAndThemes(t *testing.T) {
	d := doc(false,
		"7. PROGRESS REPORT ON PLANS",
		"",
		"(i)   The plans had resulted in closer working.",
		"",
		"(ii)  Membership lists would be circulated to",
		"members of the Board.",
		"",
		"(iii) Results could have some impact.",
	)
	got := Find(d, nil, Options{Title: "Minutes"})
	if len(got) != 1 {
		t.Fatalf("got %d: %+v", len(got), got)
	}
	if a := got[0]; a.Ref != "(ii)" || a.Theme != "PROGRESS REPORT ON PLANS" || a.Action != "Membership lists would be circulated to members of the Board." {
		t.Errorf("got %+v", a)
	}
}

func TestSentences(t *testing.T) {
	got := sentences("Dr. Smith spoke e.g. about data. It was agreed. (iv) Next one! Councillor R. Tan and Mrs S. J. Lee spoke. It is in Appendix B. Proposed D. Rimmer, seconded J. Hale. The hall shuts from 23rd. December. Clerk to ask Coun. Dale and Insp. Ray. Sent to all Cllrs. Done. P.C.S.O. Hart agreed to ask. It went to the N.H.S. The clerk will chase. Members backed the project.The Council agreed. See www.example.gov.uk for It.Mr.Smith and St.Mary spoke.")
	want := []string{"Dr. Smith spoke e.g. about data.", "It was agreed.", "(iv) Next one!", "Councillor R. Tan and Mrs S. J. Lee spoke.", "It is in Appendix B.", "Proposed D. Rimmer, seconded J. Hale.", "The hall shuts from 23rd. December.", "Clerk to ask Coun. Dale and Insp. Ray.", "Sent to all Cllrs.", "Done.", "P.C.S.O. Hart agreed to ask.", "It went to the N.H.S.", "The clerk will chase.", "Members backed the project.", "The Council agreed.", "See www.example.gov.uk for It.Mr.Smith and St.Mary spoke."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q", got)
	}
}

func TestRecommendedLeadIns(t *testing.T) {
	tests := []struct {
		lines []string
		want  []string
	}{
		// One recommendation is kept as the paper words it; a list's
		// points carry nobody ("It is recommended that" names no one).
		{[]string{"It is recommended that the Board notes the update."}, []string{": It is recommended that the Board notes the update."}},
		{[]string{"It is recommended that the Board: (a) notes the update; (b) agrees the plan."}, []string{"(a): notes the update", "(b): agrees the plan."}},
		{[]string{"The Board is asked to: (a) note the report; (b) approve the action plan."}, []string{"(a): The Board is asked to note the report", "(b): The Board is asked to approve the action plan."}},
		{[]string{"The Health and Wellbeing Board is recommended to:", "(a) Note the progress.", "(b) Agree the priorities."}, []string{"(a): The Health and Wellbeing Board is recommended to note the progress.", "(b): The Health and Wellbeing Board is recommended to agree the priorities."}},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range Find(doc(true, tt.lines...), nil, Options{}) {
			if a.Kind == action.KindRecommendation {
				got = append(got, a.Ref+": "+a.Action)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q: got %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// TestDatedDecision: a lead-in whose one deciding verb is dated in the
// past (a year or a month after "in", "since" or "during", perhaps after
// who decided) tells the history of what its points name; the lead-in is
// the paragraph's last sentence, so a date in a sentence before it does
// not count, nor does a date after a second deciding verb, nor an "in"
// before anything but a year or a month.
func TestDatedDecision(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Adopted in 2019, the charter set out four aims:", true},
		{"The compact agreed by the Board in March lists:", true},
		{"The rules approved by the Parish Council since 2021 cover:", true},
		{"Approved during 2022, the policy has three parts:", true},
		{"The survey closed in May. The Board agreed to:", false},
		{"The Board agreed in principle to:", false},
		{"The Board agreed to:", false},
		{"The Board approved in 2024 and agreed to:", false},
		{"Members agreed the budget. Adopted in 2021, the plan names:", true},
	} {
		if got := datedDecision(tt.text); got != tt.want {
			t.Errorf("datedDecision(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestResolutionDeadline(t *testing.T) {
	got := Find(doc(true, "RESOLVED that a further report be brought to the Board in March."), nil, Options{Date: "2024-05-23"})
	if len(got) != 1 || got[0].DueRaw != "March" || got[0].Due != "2025-03-31" {
		t.Errorf("got %+v", got)
	}
}

// TestDecisionDeadlines: the deadline a decision sets as written, and its
// date.
func TestDecisionDeadlines(t *testing.T) {
	tests := []struct{ text, dueRaw, due string }{
		// The month the next meeting falls in is its deadline; the name
		// of the body meeting stops before "in".
		{"RESOLVED that the costings be brought to the next meeting in June.", "the next meeting in June", "2024-06-30"},
		{"RESOLVED that the survey be signed off before the next meeting of the Parks Board in September.", "the next meeting of the Parks Board in September", "2024-09-30"},
		{"RESOLVED that the costings be brought to the next meeting.", "the next meeting", ""},
		// Two months joined by a slash: by the later.
		{"RESOLVED that the scheme be reviewed in March/April 2025.", "March/April 2025", "2025-04-30"},
		// A quarter written with its number after the word.
		{"RESOLVED that the plan go to the Scrutiny Panel in Quarter 2 of 2024/25.", "Quarter 2 of 2024/25", "2024-09-30"},
	}
	for _, tt := range tests {
		got := Find(doc(true, tt.text), nil, Options{Date: "2024-02-20"})
		if len(got) != 1 || got[0].DueRaw != tt.dueRaw || got[0].Due != tt.due {
			t.Errorf("%q: got %+v, want %q %q", tt.text, got, tt.dueRaw, tt.due)
		}
	}
}

func TestRecommendationEnds(t *testing.T) {
	for _, opener := range []string{
		"It was noted that the action plan would be refreshed.",
		"Members noted the report.",
		"In response to a question, the Director said more work was needed.",
		"47 The Board then considered the next item.",
	} {
		d := doc(true, "Recommendation 8 - Community Spaces:", "Review the contracts.", opener)
		got := Find(d, nil, Options{})
		if len(got) == 0 || got[0].Action != "Review the contracts." {
			t.Errorf("%q: got %+v", opener, got)
		}
	}
}

func TestNumberedTitles(t *testing.T) {
	d := doc(true, "The Board is recommended to consider the following:",
		"6. Social Prescribing – Ensure funding is fully maximised.",
		"6a. Improving Communication: Explore one single resource.",
		"7. ELR CCG to review – and prioritise the building.",
		"8. Officers develop a delivery plan – see Appendix A.",
		"9. Developing further understanding: Explore the data.")
	expectItems(t, Find(d, nil, Options{}), func(a action.Action) string { return a.Ref + "|" + a.Title + "|" + a.Action }, []string{"6|Social Prescribing|Ensure funding is fully maximised.", "6a|Improving Communication|Explore one single resource.",
		"7||ELR CCG to review – and prioritise the building.", "8||Officers develop a delivery plan – see Appendix A.",
		"9|Developing further understanding|Explore the data."})
}

// TestActionTagOwner: an "ACTION:" tag names the point's owner; one closing
// its point stays in the text as printed.
func TestActionTagOwner(t *testing.T) {
	tests := []struct {
		lines       []string
		text, owner string
	}{
		{[]string{"(v) Lists would be circulated by the end of September. ACTION: Caroline Trevithick"}, "Lists would be circulated by the end of September. ACTION: Caroline Trevithick", "Caroline Trevithick"},
		{[]string{"(x) Officers were asked to check the figures. ACTION: Hinckley and Bosworth BC"}, "Officers were asked to check the figures. ACTION: Hinckley and Bosworth BC", "Hinckley and Bosworth BC"},
		// the tag on a line of its own, which joins the point as if the
		// page had not wrapped it
		{[]string{"(vii) Further conversations would take place outside of the meeting.", "ACTION: Mike Sandys"}, "Further conversations would take place outside of the meeting. ACTION: Mike Sandys", "Mike Sandys"},
		{[]string{"ACTION: Head of Service to report back."}, "Head of Service to report back.", "Head of Service"},
		{[]string{"(v) Lists would be circulated. ACTION: Noted"}, "Lists would be circulated.", ""},
		// the name wrapped, in bold, onto the next line
		{[]string{"(v) Lists would be circulated. ACTION:", "**Caroline Trevithick"}, "Lists would be circulated. ACTION: Caroline Trevithick", "Caroline Trevithick"},
		{[]string{"(x) It was agreed that this would be corrected. ACTION: Hinckley and Bosworth", "**BC"}, "It was agreed that this would be corrected. ACTION: Hinckley and Bosworth BC", "Hinckley and Bosworth BC"},
		// a whole name, then the next point
		{[]string{"(vii) Talks would take place. ACTION: Mike Sandys", "(viii) Staff were involved."}, "Talks would take place. ACTION: Mike Sandys", "Mike Sandys"},
	}
	for _, tt := range tests {
		d := doc(false)
		for _, l := range tt.lines {
			// "**" marks a line set in bold.
			d.Lines = append(d.Lines, layout.Line{Text: strings.TrimPrefix(l, "**"), Bold: strings.HasPrefix(l, "**")})
		}
		got := Find(d, nil, Options{})
		if len(got) != 1 || got[0].Action != tt.text || strings.Join(got[0].Owner, "|") != tt.owner {
			t.Errorf("%q: got %+v", tt.lines, got)
		}
	}
}

func TestMarkers(t *testing.T) {
	tests := []struct{ text, marker string }{
		{"iv. This issue would be monitored.", "(iv)"},
		{"6a. Improving Communication", "6a"},
		{"46.2 The Board noted the plan.", "46.2"},
		{"(ii) Lists would be circulated.", "(ii)"},
		// A number run into its first word: one part needs its stop,
		// two or more do not; a year does not number.
		{"1.The Board noted the plan.", "1"},
		{"17.07.02Minutes of Previous Meeting", "17.07.02"},
		{"2016/27Declarations of Interest", "2016/27"},
		{"2016The year the hall opened.", ""},
	}
	for _, tt := range tests {
		if p := finish(paragraph{text: tt.text}); p.marker != tt.marker {
			t.Errorf("%q: marker %q, want %q", tt.text, p.marker, tt.marker)
		}
	}
	if p := finish(paragraph{text: "2016/27Declarations of Interest"}); p.body != "Declarations of Interest" {
		t.Errorf("closed marker's body = %q", p.body)
	}
	// A decimal number starts a paragraph before a capital only.
	got := paragraphs(doc(false, "46.1 The Board noted the plan, of which", "12.5 per cent was spent.", "46.2 Lists would be circulated."), nil)
	if len(got) != 2 || got[1].marker != "46.2" {
		t.Errorf("paragraphs = %+v", got)
	}
	// A wrapped line starting "that" goes on with its sentence.
	got = paragraphs(doc(false, "(iii) Reassurance was given", "that the Board would be updated.", "That the report be noted."), nil)
	if len(got) != 2 || got[0].body != "Reassurance was given that the Board would be updated." {
		t.Errorf("paragraphs = %+v", got)
	}
	// A decision record's field label on a line of its own starts a
	// paragraph, though the decision over it has no full stop.
	got = paragraphs(doc(false, "Decision", "That the statement of gambling policy be adopted", "Reason for Decision", "To meet the law's five-year review."), nil)
	if len(got) != 4 || got[1].text != "That the statement of gambling policy be adopted" || got[2].text != "Reason for Decision" {
		t.Errorf("paragraphs = %+v", got)
	}
}

// TestWrapBreaks: in text wrapped to a width, a line that ends its
// sentence short of the width, though the next line's first word would
// have fitted after it, ends its paragraph, as does a short line over a
// list's point; a line that ends a sentence near the width, or ends short
// mid-sentence, does not.
func TestWrapBreaks(t *testing.T) {
	page := strings.Join([]string{
		"Clerk's report on matters carried forward from the last two meetings of the",
		"council, with what has been done about each since then.",
		"Hedge cutting along the lane behind the school was finished by the contractor.",
		"A bench for the green is to be ordered by the clerk from the usual supplier",
		"once the grant has been paid.",
		"Notice board repairs are done.",
		"Speed survey results to be published in the next issue of the village magazine",
		"and on the website. Parking on the verge by the shop to be raised with police.",
		"What we will do",
		"- Put up a new notice board by the village hall and another one by the old",
		"  church on the green.",
		"- Ask the highways team to repaint the lines at the school crossing soon.",
	}, "\n")
	var got []string
	for _, p := range paragraphs(textDoc(t, page), nil) {
		got = append(got, p.body)
	}
	want := []string{
		"Clerk's report on matters carried forward from the last two meetings of the council, with what has been done about each since then.",
		"Hedge cutting along the lane behind the school was finished by the contractor. A bench for the green is to be ordered by the clerk from the usual supplier once the grant has been paid.",
		"Notice board repairs are done.",
		"Speed survey results to be published in the next issue of the village magazine and on the website. Parking on the verge by the shop to be raised with police.",
		"What we will do",
		"- Put up a new notice board by the village hall and another one by the old church on the green.",
		"- Ask the highways team to repaint the lines at the school crossing soon.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSignOffAndPageBreaks(t *testing.T) {
	d := doc(false,
		"RESOLVED:",
		"That the plans be noted.",
		"Chairman",
		"2.00 pm – 4.05 pm",
		"Chair's initials ________")
	got := Find(d, nil, Options{})
	if len(got) != 1 || got[0].Action != "That the plans be noted." {
		t.Errorf("signature block: got %+v", got)
	}
	for _, l := range []string{"Chairman", "Chair:", "Signed ..........", "Signed:", "The meeting closed at 4.05 pm", "2.00 pm – 4.05 pm", "2pm to 4pm"} {
		if !signOff.MatchString(l) {
			t.Errorf("%q is not a sign-off", l)
		}
	}
	for _, l := range []string{"Chairman thanked the officers.", "signed by the Chairman."} {
		if signOff.MatchString(l) {
			t.Errorf("%q is a sign-off", l)
		}
	}

	// A running header inside a sentence leaves the point whole; after a
	// full stop it ends the paragraph.
	d = layout.Doc{Lines: []layout.Line{
		{Text: "(iv) There was no funding and"},
		{Text: "Board – Minutes", Furniture: true},
		{Text: "Chair's initials ________ HWB 20.07.23"},
		{Text: "the issue would be monitored going forward."},
		{Text: "Board – Minutes", Furniture: true},
		{Text: "More text."},
	}}
	ps := paragraphs(d, nil)
	if len(ps) != 2 || ps[0].marker != "(iv)" || ps[0].body != "There was no funding and the issue would be monitored going forward." {
		t.Errorf("paragraphs = %+v", ps)
	}
}

func TestWrappedRecommendationTitle(t *testing.T) {
	d := layout.Doc{Lines: []layout.Line{
		{Text: "Recommendation 6a - Improving Communication across Organisations and with", Bold: true},
		{Text: "Local Residents:", Bold: true},
		{Text: "Explore one single resource."},
	}}
	got := Find(d, nil, Options{})
	if len(got) != 1 || got[0].Title != "Improving Communication across Organisations and with Local Residents" || got[0].Action != "Explore one single resource." {
		t.Errorf("got %+v", got)
	}
}

func TestProseInTables(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
		want []string // ref|kind|text
	}{
		{"decision sheet", [][]string{{"Minute No.", "Decision"}, {"43", "RESOLVED that the minutes be confirmed."}, {"46", "RESOLVED that the plans be noted."}},
			[]string{"43|resolution|that the minutes be confirmed.", "46|resolution|that the plans be noted."}},
		{"minute table with run-together paragraphs", [][]string{{"Minute No.", "Minute"},
			{"46", "Progress Report The Board considered a report. (v) Lists would be circulated to members. RESOLVED That the progress be noted."}},
			[]string{"(v)|commitment|Lists would be circulated to members.", "46|resolution|That the progress be noted."}},
		{"recommendations in a cell", [][]string{{"45", "Health Report Recommendation 1 - Understanding: Explore the data. Recommendation 2 - Education: Raise awareness."}},
			[]string{"1|recommendation|Understanding: Explore the data.", "2|recommendation|Education: Raise awareness."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d layout.Doc
			for _, r := range tt.rows {
				d.Lines = append(d.Lines, layout.Row(0, r...))
			}
			var got []string
			for _, a := range Find(d, nil, Options{}) {
				text := a.Action
				if a.Title != "" {
					text = a.Title + ": " + text
				}
				got = append(got, a.Ref+"|"+a.Kind+"|"+text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// Rows an action-plan table used are not read again.
	d := layout.Doc{Lines: []layout.Line{layout.Row(0, "1", "RESOLVED that the plans be noted.")}}
	if got := Find(d, []bool{true}, Options{}); len(got) != 0 {
		t.Errorf("used row read as prose: %+v", got)
	}
}

// TestSplitListNumbered: "1. That … 2. That …" run together (a Word list in
// one table cell) splits into numbered items, but only when the numbers
// count up from 1; so does "a) … b) …".
func TestSplitListNumbered(t *testing.T) {
	tests := []struct {
		text string
		want []item
	}{
		{"1. That the plans be noted. 2. That the update be presented in March.",
			[]item{{"1", "That the plans be noted."}, {"2", "That the update be presented in March."}}},
		{"That version 2. That is the one agreed. 3. That it be noted.",
			[]item{{"", "That version 2. That is the one agreed. 3. That it be noted."}}},
		{"(a) that the report be noted; (b) that it be published.",
			[]item{{"(a)", "that the report be noted"}, {"(b)", "that it be published."}}},
		// Letters closed by a bracket alone, in turn from "a" up to the
		// first out of turn.
		{"a) Approve the plan for the parks. b) To delegate its delivery to the Director c) Note the work done.",
			[]item{{"(a)", "Approve the plan for the parks."}, {"(b)", "To delegate its delivery to the Director"}, {"(c)", "Note the work done."}}},
		{"a) Approve the plan. c) Note the work done.",
			[]item{{"(a)", "Approve the plan. c) Note the work done."}}},
		// Bare capitals, in turn from "A" at the list's start, three or
		// more: an "A" after other words, or only "A" and "B" (the first
		// may be the article), make no list.
		{"A Note the new member. B Note the change of chair. C Agree the dates.",
			[]item{{"(a)", "Note the new member."}, {"(b)", "Note the change of chair."}, {"(c)", "Agree the dates."}}},
		{"Note the report. A Note the new member. B Note the change of chair. C Agree the dates.",
			[]item{{"", "Note the report. A Note the new member. B Note the change of chair. C Agree the dates."}}},
		{"A Village Fund grant be paid to the club. B Hale to collect it.",
			[]item{{"", "A Village Fund grant be paid to the club. B Hale to collect it."}}},
	}
	for _, tt := range tests {
		got := splitList(tt.text, "")
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("splitList(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDelegate(t *testing.T) {
	tests := map[string]string{
		"DELEGATE authority to the Director for Operational Services to explore the option":                                                         "Director for Operational Services",
		"DELEGATE any activity requiring capital spend as set out in the report to the Director of Infrastructure, in consultation with the Leader": "Director of Infrastructure",
		"DELEGATE to the Monitoring Officer to make the necessary changes":                                                                          "Monitoring Officer",
		"request the Director of Public Health to report back in March":                                                                             "Director of Public Health",
		"That the Head of Housing be asked to bring a further report":                                                                               "Head of Housing",
		// A resolution printed wholly in capitals names its post as one in
		// ordinary case does; its deciding body still owns nothing.
		"THAT THE DEPUTY CLERK SENDS THE SIGNED ACCOUNTS TO THE AUDITOR": "Deputy Clerk",
		"THAT MEMBERS NOTE THE QUARTERLY ACCOUNTS":                       "",
		// A verb that takes its object through "with" still sets its subject to work.
		"That, officers talk with the bowls club about the lease": "officers",
		// A passive's agent after "by" does the task: with a participle
		// joined before the one that tells it, and posts named in lower
		// case.
		"That a working party be formed and led by the Deputy Mayor to plan the fete": "Deputy Mayor",
		"the hedge survey to be conducted by the footpath officers next spring":       "footpath officers",
		"That the audit be set up and carried out by the Head of Finance":             "Head of Finance",
		"That the grant be noted and funded by the County":                            "",
		// Delegation given in the passive names whom it is given to.
		"That delegation be given to officers to settle the hire terms": "officers",
		// Delegation denied, refused by the clause's own verb, or given
		// to what the staff only own, names no one; a subject that takes
		// a second with it ("together with") names both, and the word
		// before "with" is no verb when it joins company.
		"That no delegation be given to staff to fix the prices":          "",
		"That the plea that delegation be given to staff be turned down":  "",
		"That the plea that delegation be given to officers be rejected":  "",
		"That delegation be given to the staff’s panel to fix the prices": "",
		// A refusal after the task is still the request's own verb.
		"Agreed that the motion that delegation be given to officers to set the boat fees be turned down": "",
		"The proposal that authority be delegated to officers to let the kiosk contract be declined":      "",
		// A refusal inside the task handed over refuses nothing.
		"That delegation be given to officers to rebook the halls which were turned down in June": "officers",
		"That delegation be given to officers to look again at the bids that were refused in May": "officers",
		"That delegation be given to officers to re-let sheds whose leases are declined":          "officers",
		"That delegation be given to the officers' panel to fix the prices":                       "",
		"That the Clerk, together with the Chair, meet the new tenant":                            "Clerk and the Chair",
		"That the wardens together with officers inspect the pond":                                "wardens and officers",
		"that the Chair, along with the Clerk, visit the allotments":                              "Chair and the Clerk",
		"That officers along with Cllr Penn meet the new tenant":                                  "officers and Cllr Penn",
		// Company that is no one acting for the council leaves the
		// subject before it as who acts.
		"That staff along with the tenants survey the car park": "staff",
		// A condition set first hides no one named after it.
		"Subject to the quotes, Cllr Penn to book the skip":                                                       "Cllr Penn",
		"Once the lease is signed, Cllr Penn will collect the keys":                                               "Cllr Penn",
		"That the Clerk in consultation with the Mayor write to the landowner":                                    "Clerk",
		"Authority is delegated to the Corporate Director, Community Wellbeing to take all operational decisions": "Corporate Director, Community Wellbeing",
		"GAVE authority to the Assistant Director – Finance to make changes to the plan":                          "Assistant Director – Finance",
		// A post's remit in brackets, commas and all, is its name's.
		"delegate authority to the Service Director (Legal, Governance and Commissioning) to enter into the contract": "Service Director (Legal, Governance and Commissioning)",
		"delegate to the Acting Corporate Director (Operations and Delivery) to issue the licences":                   "Acting Corporate Director (Operations and Delivery)",
		// A remit joined by "and" stays whole before a clause's verb.
		"that the power delegated to the Head of Leisure and Tourism is renewed for a year": "Head of Leisure and Tourism",
		"note the report":                        "",
		"Clerk to arrange the siting of the map": "Clerk",
		// A short list of posts delegated to: each an owner.
		"that decisions on grants are delegated to the Town Clerk, Chair and Treasurer": "Town Clerk, Chair and Treasurer",
		// Who acts, set after a dash at the decision's end.
		"a working party to clear the gutters to be arranged – RM & JE": "RM & JE",
		// A recommendation's "that" sets one person to act, a parish
		// councillor by initial and surname.
		"It was RECOMMENDED that PCllr J Hale would look again at the scheme": "PCllr J Hale",
		"It was agreed that Cllr Mrs D Fenn would write to the school":        "Cllr Mrs D Fenn",
		// An errand after the person a decision's "that" names.
		"RESOLVED that the Clerk order two new benches": "Clerk",
		"RESOLVED that the order book be closed":        "",
		// One councillor whose name ends in s, or spelt with one l, acts;
		// councillors in the plural decide.
		"Councillor Williams to organise the course":          "Councillor Williams",
		"councilor Evans to book the hall":                    "councilor Evans",
		"Councillors to agree the budget":                     "",
		"to write to the school about parking – AV to action": "AV",
		// One person a decision's "that" or "for" sets to act, after the
		// word that tells it was decided; a deciding body decides.
		"It was AGREED that the clerk would order a board for the shelter":                            "clerk",
		"that the Chairman sign the accounting statements":                                            "Chairman",
		"It was agreed that the Parish Clerk contact the school about the speeds":                     "Parish Clerk",
		"The Council RESOLVED for Peter Hart to complete the winter maintenance":                      "Peter Hart",
		"It was agreed to give £50 towards the gift RESOLVED Clerk to buy a voucher from the nursery": "Clerk",
		"It was RESOLVED that the Parish Council would write to the landowner":                        "",
		"It was agreed that Cllr Moss would welcome the visitors":                                     "",
		"the clerk will price signs and bins":                                                         "clerk",
		"Councillors will consider it in March":                                                       "",
		// A plural post set to act by a verb and its particle; a grant
		// named before whom it is delegated to.
		"That officers sign up to the county's tree pledge":                                              "officers",
		"That the delegation of approval for small changes to the timetable to the Town Clerk be agreed": "Town Clerk",
		// Who a passive names after "by": with "being", or a verb of
		// drawing up or keeping a thing.
		"That the hall be let for weddings, with any changes to the fees being agreed by the Head of Leisure":                                                     "Head of Leisure",
		"Noted that a walking route plan will be developed by the Rights of Way Group before the summer":                                                          "Rights of Way Group",
		"asks partners to review and report on progress every year":                                                                                               "partners",
		"ask officers to bring the plan back in the spring":                                                                                                       "officers",
		"the Director of Public Health be given delegated authority to award the contract":                                                                        "Director of Public Health",
		"Authorised the Executive Director Children and Education in consultation with the Cabinet Member for Schools, Skills and Equalities to develop the plan": "Executive Director Children and Education",
		"Grant delegation of approval to Executive Cllr for the final version of the strategy":                                                                    "Executive Cllr",
		"(3) the Director of Built Environment be granted delegated authority to publish a summary":                                                               "Director of Built Environment",
		"3. The Executive approved that minor changes could be agreed by the Climate Change Advisory Group before the next review":                                "Climate Change Advisory Group",
		"3. Agree that the delivery of the Plan is reported annually by the Learning Disability Partnership Board to the Care Partnership":                        "Learning Disability Partnership Board",
		"2. Start consultation with towns. The Head of Assets in consultation with the Portfolio Holder to transfer facilities as agreed":                         "Head of Assets",
		"3. Where parishes cannot fund provision the Head of Assets will consult with other interested parties":                                                   "Head of Assets",
		"3) Authority be delegated to the Assistant Director – Planning, Development and Regeneration to make any necessary changes":                              "Assistant Director – Planning, Development and Regeneration",
		"(b) That the Service Manager (Legal) in consultation with the Executive Head of Governance be authorised to make amendments":                             "Service Manager (Legal)",
		"delegate authority to the Cabinet Member for Economic Growth, Environment & Development Services to agree the final scheme":                              "Cabinet Member for Economic Growth, Environment & Development Services",
		"approve the plan and authorise delegated powers for the Executive Member People and Information to sign it off":                                          "Executive Member People and Information",
		"the Assistant Director Operations (in consultation with the Cabinet Member Sustainability) be authorised to set the charges":                             "Assistant Director Operations",
		"That the Lead Councillor with portfolio responsibility for Strategic Planning be authorised to make minor changes":                                       "Lead Councillor with portfolio responsibility for Strategic Planning",
		"That authority be delegated to the Strategic Director or Service Director, in accordance with the Scheme of Delegation":                                  "Strategic Director or Service Director",
		"authority be delegated to the Corporate Director, People Services following consultation with the Portfolio Holder":                                      "Corporate Director, People Services",
		"the convener of the Civic Events Working Group be authorised to convene a further meeting":                                                               "convener of the Civic Events Working Group",
		"approve the plan and ask officers to report back":                                                                                                        "",
		"Award delegated authority to the Section 151 Officer to consult with residents":                                                                          "Section 151 Officer",
		"the Director of Strategy, following consultation with the Leader of the Council, be authorised to make minor amendments":                                 "Director of Strategy",
		"agrees to delegate responsibility for decisions on grant awards to the Chief Finance Officer in consultation with the Leader":                            "Chief Finance Officer",
		"that the Team Leaders within the Housing Service be designated to approve small grants":                                                                  "Team Leaders within the Housing Service",
		"That delegated authority be granted to the Strategic Director with responsibility for Corporate Services to develop a plan":                              "Strategic Director with responsibility for Corporate Services",
		"the Acting Director of Finance,following consultation with the Leader, be authorised to make minor changes":                                              "Acting Director of Finance",
		"a response to the recommendations be submitted by the relevant Directorate to the July meeting":                                                          "relevant Directorate",
		"That authority be delegated to the relevant Cabinet Member, in consultation with the Executive Director, to agree contract awards":                       "Cabinet Member",
		"that relevant Heads of Service provide a full update on outstanding items":                                                                               "relevant Heads of Service",
		// An aside of whom the post consults, its closing comma left out,
		// or a comma before "be": the post is still who acts, not the one
		// consulted.
		"That the Head of Estates, in consultation with the Leader and the Chair of Audit be authorised to sign the lease": "Head of Estates",
		"the Head of Estates – Parks, be authorised following consultation with the Leader, to sign the lease":             "Head of Estates – Parks",
		"That the Treasurer, in consultation with the Chair of Finance, be authorised to move the reserves":                "Treasurer",
		// "Delegates" as a decision's first word; a post whose remit
		// follows a comma; a remit listed after "by".
		"Delegates authority to the Assistant Director, Housing, in consultation with the Head of Law, to let the contract": "Assistant Director, Housing",
		"The final allocation be determined by the Head of Parks, Leisure Services and Culture":                             "Head of Parks, Leisure Services and Culture",
		"That, the Clerk meet with the allotment holders":                                                                   "Clerk",
		// Asked in a that-clause: its subject, not a name inside its remit.
		"Requests that the Director of Adult Care and Housing continues to report progress to the Committee": "Director of Adult Care and Housing",
		"asks that the Head of Parks review the charges":                                                     "Head of Parks",
		// A that-clause's subject set to act by its grammar: a base verb,
		// "be" and a participle with "to", "be responsible", "be the lead",
		// or "would", "should", "will" or "shall" and a verb; its head is a
		// post or a team, not a thing or the body deciding; a post's remit
		// after a comma is part of its name, a second post is not.
		"That the Treasurer of the Trust draft a letter to the bank":                                 "Treasurer of the Trust",
		"the Head of Libraries prepare a costed options paper":                                       "Head of Libraries",
		"That the Deputy Leader for Sport be appointed to chair the review group":                    "Deputy Leader for Sport",
		"That the leaflets be posted in March and that the Events Team design a poster for the fair": "Events Team",
		"That the Mayor, Deputy Clerk and Estates Manager would set the opening hours":               "Mayor, Deputy Clerk and Estates Manager",
		"That the Director, Parks and Leisure, in consultation with the Chair, be asked to set fees": "Director, Parks and Leisure",
		"That the Director, Place, in consultation with the Leader, be asked to set fees":            "Director, Place",
		"That the Estates Officer be responsible for booking the hall":                               "Estates Officer",
		"That the Parks Manager be the lead for the litter pick":                                     "Parks Manager",
		"That the Events Team will staff the stall on the day":                                       "Events Team",
		"That the Events Team shall staff the stall on the day":                                      "Events Team",
		"That the Events Team, in liaison with the Chair, should staff the stall":                    "Events Team",
		"That the appropriate Head of Service be asked to reply to the residents":                    "Head of Service",
		"That the Director, Clerk, in consultation with the Leader, be asked to set fees":            "",
		// A post delegated to, or by whom a thing is done, ends at an
		// "and" that opens a new clause's subject and verb; a remit
		// joined by "and" stays the post's.
		"That authority be delegated to the Head of Housing and the Council will review the scheme in a year": "Head of Housing",
		"The final list be agreed by the Head of Parks and the Board will see it in May":                      "Head of Parks",
		"delegate to the Head of Housing and Regeneration to agree the fees":                                  "Head of Housing and Regeneration",
		"That the Bowls Club be the lead for the summer tournament":                                           "",
		"That the Local Plan be amended to include the new sites":                                             "",
		"That the Committee write to the minister about the closure":                                          "",
		"That the Events Team budget and its costings be brought back in June":                                "",
		"That the Director of Housing note the figures":                                                       "",
		"Officers were of the view that the hall should be repainted":                                         "",
		"The Head of Audit Endorsed work to develop a policy":                                                 "",
		// a second verb, joined by "and", asks someone to act
		"The Cabinet Member agrees the tariff and asks Parks, Sport and Leisure Services to publish it": "Parks, Sport and Leisure Services",
		"The Panel endorses the bid and asks that it be noted":                                          "",
		// (one in lower case, officers or partners, is named too; one
		// asked for something, not "to" act, is not set to act)
		"The Board approves the lease and asks officers to register it":      "officers",
		"The Board approves the lease and asks Councillor Hale for her view": "",
		// The one a verb that hands work on names is its object, up to
		// the task's "to" and verb, whatever its capitals; a name inside
		// the task (reported or referred to) or a post's remit after
		// "of" is not who acts, nor is a thing asked for, and a task the
		// meeting does itself names no one.
		"Delegate authority to the officers listed in the schedule to report back to the Environment Committee within three months": "officers listed in the schedule",
		"requests members of the forum to refer any concerns about the work of the Joint Parks Panel to the Chair":                  "members of the forum",
		"authorise the Director of Parks, Sport, and Events in consultation with the Cabinet Member for Leisure to submit the bid":  "Director of Parks, Sport, and Events",
		"asks members to note the revised figures":                                  "",
		"asks all councillors to sign up for the planning course":                   "councillors",
		"asks each ward member to report faulty street lights":                      "ward member",
		"asks the survey to be repeated in the spring":                              "",
		"Instruct Director of Housing.":                                             "",
		"Requests that the length of the Street Licences is set out on the website": "",
		// A closing note in the passive after a comma or dash names who
		// does the work, whatever its capitals; not a meeting deciding,
		// nor a thing.
		"That a register of repairs be kept, to be updated by the estates team.": "estates team",
		"Survey the verges – to be mapped and costed by the Parish Tree Group":   "Parish Tree Group",
		"That the hall be repainted – to be agreed by the new council":           "",
		"That the old grant schemes be closed, to be replaced by new schemes.":   "",
		// Nor who pays or holds it, nor a thing another gives.
		"That new goalposts be bought, to be paid for by the Sports Club":                   "",
		"That the hedge be laid, to be funded by the Village Trust":                         "",
		"Repair the footbridge – to be met by the Highways Authority":                       "",
		"Open a tool library – to be owned by the Residents Association":                    "",
		"That the broken sign be taken down, to be replaced by one made by the Scout Group": "",
		// A post told in the plain form to agree or approve settles it
		// itself, with or without a helper aside; noting stays the
		// meeting's.
		"That the Town Clerk approve the final wording of the lease":                                  "Town Clerk",
		"That the Head of Finance, working with the Mayor, agree the grant conditions with the Trust": "Head of Finance",
		"That the Treasurer, alongside the Chairman, confirm the bank signatories":                    "Treasurer",
		"That the Head of Finance welcome the auditor's letter":                                       "",
		"That Members approve the revised budget":                                                     "",
		// A count before lower-case posts names none of them.
		"That the plan be drafted and agreed by the two officers": "",
		"That the survey be carried out by the parish officers":   "parish officers",
		// A post whose remit names a body is still the post.
		"That the Chair of the Finance Committee approve the quote": "Chair of the Finance Committee",
		"That the Leader of the Council approve the bid":            "Leader of the Council",
	}
	for clause, want := range tests {
		if got := delegate(clause); got != want {
			t.Errorf("delegate(%q) = %q, want %q", clause, got, want)
		}
	}
	// A note of a meeting deciding names no one (doneBy reads some
	// such verbs on terms of its own).
	if got := passiveNote("That the verge be cut – to be determined by the Planning Panel"); got != "" {
		t.Errorf("passiveNote of a deciding note = %q, want none", got)
	}
}

// TestLowerPostSet: a subject in lower case set to work, by "to" and a
// verb or asked in the passive, is who acts when its head word is a post
// or a group; a thing, the deciding body or a meeting's own verb is not.
func TestLowerPostSet(t *testing.T) {
	tests := map[string]string{
		"The parks manager to meet the allotment holders in spring.":                  "parks manager",
		"The events officer was tasked with booking a band for the fete.":             "events officer",
		"That the grounds team be asked to trim the hedges by the lane.":              "grounds team",
		"that leave be granted so that staff who run the café be asked to restock it": "staff who run the café",
		"asks the volunteers to restock the café":                                     "",
		"ask volunteers to restock the café":                                          "",
		"The report to be circulated to members.":                                     "",
		"The council to note the accounts.":                                           "",
		"The members to approve the minutes.":                                         "",
		"the clerk asked officers to check the drains":                                "",
		"The cost of staff to rise next year.":                                        "",
		"The tree warden to be appointed next month.":                                 "",
		"It was noted that the parks officer was asked to mow the verge last year.":   "",
		"The new manager to start in May.":                                            "",
		"The new warden to join from April.":                                          "",
		"The grounds team to start the spring mowing in April.":                       "grounds team",
		"The parks officer to leave the side gate open for the fair.":                 "parks officer",
	}
	for clause, want := range tests {
		if got := lowerPostSet(clause); got != want {
			t.Errorf("lowerPostSet(%q) = %q, want %q", clause, got, want)
		}
	}
}

// TestOwnersOf: a name joining several who act gives each; a post whose
// remit is a list, or a body named with "and", is one.
func TestOwnersOf(t *testing.T) {
	for who, want := range map[string]string{
		"Town Clerk and Chair":                        "Town Clerk|Chair",
		"Clerk, Mayor and Deputy Mayor":               "Clerk|Mayor|Deputy Mayor",
		"Chair and Vice-Chair":                        "Chair|Vice-Chair",
		"Treasurer and the Head of Finance":           "Treasurer|Head of Finance",
		"Director of Housing, Planning and Transport": "Director of Housing, Planning and Transport",
		"Health and Wellbeing Board":                  "Health and Wellbeing Board",
		"Head of Parks and Leisure":                   "Head of Parks and Leisure",
		"Clerk":                                       "Clerk",
	} {
		if got := strings.Join(ownersOf(who), "|"); got != want {
			t.Errorf("ownersOf(%q) = %q, want %q", who, got, want)
		}
	}
}

// A decision record's reasons tell what the decision brings about; only an
// undertaking to report back is a commitment there.
func TestCommitmentsInDecisionRecords(t *testing.T) {
	for text, want := range map[string]bool{
		"An update on these queries will be provided to the next Cabinet Committee meeting.": true,
		"The Family Hub service will be delivered from within existing Family Hubs.":         false,
		"Officers will work with families to find other sessions.":                           false,
	} {
		if _, ok := commitment(text, "2025-01-17", action.DocDecision); ok != want {
			t.Errorf("commitment(%q) in a decision record = %v, want %v", text, ok, want)
		}
	}
}

// In web text, a decision's clause cut after a word no sentence ends with
// ("… to Cabinet in"), in a paragraph after the point's own, goes on in
// the few words after the blank line.
func TestClauseGoesOnAfterOpenWord(t *testing.T) {
	d := doc(true, "Decision:", "", "RESOLVED that", "", "(1) the revised parks charges be noted; and", "",
		"(2) officers be authorised to consult on a full", "", "parks plan to be brought to Cabinet in", "", "March 2027.", "", "Minutes:")
	got := Find(d, nil, Options{Genre: action.DocDecision})
	if len(got) != 2 || got[1].Action != "officers be authorised to consult on a full parks plan to be brought to Cabinet in March 2027." {
		t.Fatalf("got %+v, want the second clause whole", got)
	}
}

// A report that states its recommendations twice gives them once, with the
// number the later statement gives.
func TestRestatedRecommendations(t *testing.T) {
	d := doc(true,
		"Recommendation:", "The County Council is asked to:", "• AGREE the revised Terms of Reference; and", "• DELEGATE to the Monitoring Officer to make the changes.",
		"1. Introduction", "1.1 Some history.",
		"7. Recommendation", "The County Council is asked to:", "• AGREE the revised Terms of Reference; and", "• DELEGATE to the Monitoring Officer to make the changes.",
		"8. Summary", "Cabinet is asked to note the report.", "12. Recommendation", "12.1 Cabinet is asked to endorse this report.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocReport}), func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{"|The County Council is asked to AGREE the revised Terms of Reference", "|The County Council is asked to DELEGATE to the Monitoring Officer to make the changes.", "12.1|Cabinet is asked to note the report."})
}

// An "Action:" note of who is to act, after the minute that told the
// undertaking, is that undertaking again; a note of another act, or of
// the same act on another thing, is an item of its own.
func TestActionNoteRestates(t *testing.T) {
	tests := []findCase{
		{"the same doer, verb and thing", action.DocMinutes, []string{"Cllr Ames agreed to clear the blocked culvert behind the pavilion before the autumn.", "Action: Cllr Ames to clear the culvert by the pavilion."},
			[]string{"Cllr Ames agreed to clear the blocked culvert behind the pavilion before the autumn."}},
		{"asked, then the note", action.DocMinutes, []string{"The Parish Clerk was asked to contact the tree surgeon about the leaning willow.", "Action: Parish Clerk to contact the tree surgeon accordingly."},
			[]string{"The Parish Clerk was asked to contact the tree surgeon about the leaning willow."}},
		{"the note with a deadline", action.DocMinutes, []string{"The Clerk agreed to write to the vicar about the churchyard wall.", "Action: Clerk to write to the vicar about the churchyard wall by March"},
			[]string{"The Clerk agreed to write to the vicar about the churchyard wall."}},
		{"the note with a season", action.DocMinutes, []string{"Sam agreed to mend the broken stile.", "Action: Sam to mend the stile before winter."},
			[]string{"Sam agreed to mend the broken stile."}},
		{"another thing", action.DocMinutes, []string{"Cllr Ames agreed to clear the blocked culvert behind the pavilion before the autumn.", "Action: Cllr Ames to clear the litter bins on the green."},
			[]string{"Cllr Ames agreed to clear the blocked culvert behind the pavilion before the autumn.", "Cllr Ames to clear the litter bins on the green."}},
		{"another doer", action.DocMinutes, []string{"Cllr Ames agreed to clear the blocked culvert behind the pavilion before the autumn.", "Action: Clerk to clear the culvert behind the pavilion."},
			[]string{"Cllr Ames agreed to clear the blocked culvert behind the pavilion before the autumn.", "Clerk to clear the culvert behind the pavilion."}},
		{"the same thing, a clause after it", action.DocMinutes, []string{"Jo agreed to make the stile safe until it can be rebuilt.", "Action: Jo to make the stile safe until it is mended."},
			[]string{"Jo agreed to make the stile safe until it can be rebuilt."}},
		{"another verb, the same thing", action.DocMinutes, []string{"The Treasurer agreed to seek prices from two printers for the spring newsletter.", "Action: Treasurer to find two prices for the newsletter."},
			[]string{"The Treasurer agreed to seek prices from two printers for the spring newsletter."}},
		{"another verb and another thing", action.DocMinutes, []string{"The Treasurer agreed to seek prices from two printers for the spring newsletter.", "Action: Treasurer to pay the invoice for the newsletter."},
			[]string{"The Treasurer agreed to seek prices from two printers for the spring newsletter.", "Treasurer to pay the invoice for the newsletter."}},
		{"the same verb and place, another thing", action.DocMinutes, []string{"Jo agreed to write to the library about the roof.", "Action: Jo to write to the library about the car park."},
			[]string{"Jo agreed to write to the library about the roof.", "Jo to write to the library about the car park."}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Action })
}

// Under a report's introduction or background, what was agreed or noted
// before and told in the past is the paper's history; a promise in the
// future tense there, and the past told elsewhere, stay.
func TestBackgroundPast(t *testing.T) {
	tests := []findCase{
		{"agreed before, under the introduction", action.DocReport, []string{"1. Introduction", "1.1 So that the new rota works well the Board agreed to review it every quarter.", "2. Recommendations", "2.1 That the Board note this report."},
			[]string{"That the Board note this report."}},
		{"noted before, under the background", action.DocReport, []string{"Background", "1. At its spring meeting the Board noted that the depot lease would be renewed in the autumn.", "2. Recommendations", "2.1 That the Board note this report."},
			[]string{"That the Board note this report."}},
		{"a standing promise told in the present under the background", action.DocReport, []string{"1. Background", "1.1 The Board is committed to reviewing the rota every quarter."},
			[]string{"The Board is committed to reviewing the rota every quarter."}},
		{"a standing promise with a past verb in a clause of its own", action.DocReport, []string{"1. Background", "1.1 The Board is committed to reviewing the fees that were set in 2019 by the end of June."},
			[]string{"The Board is committed to reviewing the fees that were set in 2019 by the end of June."}},
		{"a promise under the introduction", action.DocReport, []string{"1. Introduction", "1.1 The Council will publish the rota on its website each quarter."},
			[]string{"The Council will publish the rota on its website each quarter."}},
		{"two of the section's names joined by a slash", action.DocReport, []string{"2. Context / Background", "2.1 In March 2023 the Panel agreed to keep the bus service running, and asked officers to look at the fares every year.", "3. Recommendations", "3.1 That the Panel note this report."},
			[]string{"That the Panel note this report."}},
		{"two of the section's names joined by an ampersand", action.DocReport, []string{"Introduction & Context", "1. In May 2023 the Board agreed to open the depot on Saturdays, and asked officers to report on its use each autumn.", "2. Recommendations", "2.1 That the Board note this report."},
			[]string{"That the Board note this report."}},
		{"a one-off promise by a date after a condition on one event, under the background", action.DocReport, []string{"1. Background", "1.1 Once the plot survey is finished, the Allotments Officer will send its findings to every tenant by 31 May 2026."},
			[]string{"Once the plot survey is finished, the Allotments Officer will send its findings to every tenant by 31 May 2026."}},
		{"a standing procedure after the same kind of condition, with no date, is no promise", action.DocReport, []string{"3. Lettings", "3.1 Once a plot falls vacant, officers will offer it to the next person on the waiting list."},
			nil},
		{"the past told elsewhere", action.DocReport, []string{"3. Progress", "3.1 So that the new rota works well the Board agreed to review it every quarter."},
			[]string{"So that the new rota works well the Board agreed to review it every quarter."}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Action })
}

// A ModernGov meeting page: the agenda asks, the decision decides, the
// minutes repeat it; a note of apologies under "Decision:" decides nothing;
// a list of grounds belongs to its decision.
func TestMeetingPage(t *testing.T) {
	d := doc(true,
		"57/25", "Apologies for Absence", "Decision:", "Apologies were received from Councillor Fretwell.",
		"61/25", "Leisure Centre Programme", "Cabinet is asked to:", "(a) approve the programme; and", "(b) delegate the award of the contract to the Head of Leisure.",
		"Decision:", "RESOLVED to:", "1. Approve the programme at a cost of £4.2m;", "2. Delegate the award of the contract to the Head of Leisure.",
		"Minutes:", "Members asked whether the pools would close.", "RESOLVED to:", "1. Approve the programme at a cost of £4.2m;", "2. Delegate the award of the contract to the Head of Leisure.",
		"62/25", "Exclusion of the Press and Public", "Decision:",
		"RESOLVED that the press and public be excluded for item 63/25 on the grounds that:", "(i) it involves exempt information; and", "(ii) the public interest favours it.",
		"63/25", "Land at Wharf Street", "Decision:", "The Cabinet agreed the recommendations set out in the exempt report.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";") }, []string{
		"resolution|Approve the programme at a cost of £4.2m|",
		"resolution|Delegate the award of the contract to the Head of Leisure.|Head of Leisure",
		"resolution|RESOLVED that the press and public be excluded for item 63/25 on the grounds that: (i) it involves exempt information (ii) the public interest favours it.|",
		"resolution|The Cabinet agreed the recommendations set out in the exempt report.|",
	})
}

// An election told in the item's prose and then recorded under
// "RESOLVED:" is one decision: the record's clause stands for both.
// (Another election's clause, naming another person, stays.)
func TestToldThenResolved(t *testing.T) {
	d := doc(true,
		"4", "Election of Chair", "With one nomination received, Councillor P Rowan was duly appointed as Chair of the Harbour Board for 2025/26.",
		"RESOLVED:", "That Councillor P Rowan be appointed Chair of the Harbour Board for 2025/26.",
		"5", "Election of Vice-Chair", "RESOLVED:", "That Councillor T Birch be appointed Vice-Chair of the Harbour Board for 2025/26.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), kindAction, []string{
		"resolution|That Councillor P Rowan be appointed Chair of the Harbour Board for 2025/26.",
		"resolution|That Councillor T Birch be appointed Vice-Chair of the Harbour Board for 2025/26.",
	})
	// A sentence that says more than the clause after it (a second
	// decision, someone to act) is not that clause told first.
	d = doc(true,
		"6", "Play area", "Members agreed that the play area budget of £5,000 be approved and that the Clerk order the new swings before the summer holidays.",
		"RESOLVED:", "That the play area budget of £5,000 be approved.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";") }, []string{
		"resolution|Members agreed that the play area budget of £5,000 be approved and that the Clerk order the new swings before the summer holidays.|Clerk",
		"resolution|That the play area budget of £5,000 be approved.|",
	})
}

// A decision page that prints its clauses with no label: the first list of
// "That … be …" clauses is the decision, and a clause that delegates names
// its owner.
func TestUnlabelledDecisionPage(t *testing.T) {
	d := doc(true, "Decision Maker: Cabinet", "To seek approval to consult on the units.",
		"1) That authority be delegated to the Executive Director of Adult Services to begin a consultation;",
		"2) That the results be reported to Cabinet in spring 2026.",
		"Reasons for the decision:", "Occupancy was low.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocDecision}), func(a action.Action) string {
		return a.Ref + "|" + a.Kind + "|" + strings.Join(a.Owner, ";") + "|" + a.Due
	}, []string{"(1)|resolution|Executive Director of Adult Services|", "(2)|resolution||2026-05-31"})
}

// A decision's number before a decision told in sentences: the whole
// paragraph is the decision, not just the sentence naming the body.
func TestNumberedDecisionSentence(t *testing.T) {
	d := doc(true, "Issue - decisions", "Skate Park", "14/06/2023 - Skate Park",
		"212/2023 The Cabinet approved the Panel's recommendations in section 4 of the report. Given the site's size the choice of fencing be delegated to the Head of Parks.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocDecision}), showKindRefActionOwner, []string{
		"resolution|212/2023|The Cabinet approved the Panel's recommendations in section 4 of the report. Given the site's size the choice of fencing be delegated to the Head of Parks.|Head of Parks"})
}

// Under a heading that looks forward, each point is a commitment, themed by
// the line that heads it.
func TestForwardPlan(t *testing.T) {
	d := doc(true, "Events in 2024", "• We held a conference in June.",
		"Looking to 2025", "Raising awareness in schools:", "• Work with headteachers across the county.",
		"• Recognise & Remember Task Group: publicise the events calendar in late 2025.",
		"Contacts", "• Jo Bloggs, 01234 567890")
	for _, i := range []int{0, 2, 6} {
		d.Lines[i].Heading = 1
	}
	expectItems(t, Find(d, nil, Options{Date: "2024-12-31", Genre: action.DocReport}), func(a action.Action) string {
		return a.Kind + "|" + a.Theme + "|" + a.Action + "|" + strings.Join(a.Owner, ";") + "|" + a.Due
	}, []string{"commitment|Raising awareness in schools|Work with headteachers across the county.||",
		"commitment|Raising awareness in schools|Recognise & Remember Task Group: publicise the events calendar in late 2025.|Recognise & Remember Task Group|2025-12-31"})
}

// A committee's request to an officer, a decision in capitals inside a
// sentence, and a promise inside a reported question.
func TestMinutesSentences(t *testing.T) {
	d := doc(true,
		"The Committee asked the Head of Facilities to send all members the footfall figures.",
		"Having considered the evidence, the Committee AGREED to refer the decision back to the Cabinet Member.",
		"The report did not show how the new scheme would be funded.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Kind + "|" + strings.Join(a.Owner, ";") }, []string{"commitment|Head of Facilities", "resolution|"})
}

// Minutes that record decisions without a label: told in the past tense, or
// a numbered list of verb-first clauses; a meeting's requests are
// commitments, one person's question ("A resident asked for an update …")
// is not.
func TestUnlabelledMinutes(t *testing.T) {
	d := doc(true,
		"The minutes of 26 November were agreed as a correct record. The action log was reviewed.",
		"Cabinet approved the recommendations as set out in the report.",
		"Members noted the update on the leisure contract.",
		"1. Approve the revised fees and charges;",
		"2. Note the consultation responses.",
		"The Committee requested that the footfall figures be circulated to all members.",
		"Members asked for a note setting out the cost of each option.",
		"A resident asked for an update on the bus shelter repairs.",
		"The options open to the Committee are:", "1. To take no further action.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), kindAction, []string{
		"resolution|The minutes of 26 November were agreed as a correct record.",
		"resolution|Cabinet approved the recommendations as set out in the report.",
		"resolution|Approve the revised fees and charges",
		"resolution|Note the consultation responses.",
		"commitment|The Committee requested that the footfall figures be circulated to all members.",
		"commitment|Members asked for a note setting out the cost of each option.",
	})
}

// An undertaking said again under each point it answers is one commitment.
func TestRepeatedCommitment(t *testing.T) {
	d := doc(true, "Our network of community workers will work with families who use the centre.",
		"Transport is a concern.", "Our network of community workers will work with families who use the centre.",
		"I've asked the Director of Highways to look into this.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocReport}), func(a action.Action) string { return a.Action + "|" + strings.Join(a.Owner, ";") }, []string{"Our network of community workers will work with families who use the centre.|", "I've asked the Director of Highways to look into this.|Director of Highways"})
}

// A lead-in that promises ("This strategy will ensure:") makes its points
// commitments that carry it; "The decision will:" lists criteria.
func TestWillLeadIn(t *testing.T) {
	d := doc(true, "This strategy will ensure:", "• Carers are identified early.", "• Carers have regular breaks.",
		"Key decision criteria. The decision will:", "a) result in significant savings; or", "b) affect two or more divisions.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocReport}), kindAction, []string{"commitment|This strategy will ensure Carers are identified early.", "commitment|This strategy will ensure Carers have regular breaks."})
}

// A resolution's ref includes its minute's number.
func TestMinuteRefs(t *testing.T) {
	d := doc(true, "57/25", "Minutes of the Previous Meeting", "RESOLVED that the minutes be approved as a correct record.",
		"61/25", "Leisure Centre Programme", "RESOLVED to:", "1. Approve the programme;", "2. Note the risks.",
		"33", "Highways", "RESOLVED –", "(a) that the plan be adopted;", "(b) that a report be brought in May.")
	var got []string
	for _, a := range Find(d, nil, Options{Genre: action.DocMinutes, Date: "2025-10-14"}) {
		got = append(got, a.Ref)
	}
	want := []string{"57/25", "61/25(1)", "61/25(2)", "33(a)", "33(b)"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("refs %q, want %q", got, want)
	}
}

// Lead-ins whose colon a rendering lost, and lists whose label it lost.
func TestLostPunctuation(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // kind|ref|action
	}{
		{"agreed that, no colon", []string{"Having considered a report, the Cabinet agreed that", "(1) the survey results be noted;", "(2) the draft strategy be approved for consultation; and"},
			[]string{"resolution|(1)|the Cabinet agreed that the survey results be noted", "resolution|(2)|the Cabinet agreed that the draft strategy be approved for consultation"}},
		{"RESOLVED that, no colon", []string{"RESOLVED that", "(1) the survey results be noted;", "(2) the strategy be approved."},
			[]string{"resolution|(1)|the survey results be noted", "resolution|(2)|the strategy be approved."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Find(doc(true, tt.lines...), nil, Options{Genre: action.DocDecision}) {
				got = append(got, a.Kind+"|"+a.Ref+"|"+a.Action)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// Decision pages whose labels a rendering lost: clauses with the body as
// subject, lower-case "that" items, a bare subjunctive after the mover.
func TestLabelLost(t *testing.T) {
	// want: kind|action
	tests := []findCase{
		{"body as subject", action.DocDecision, []string{"This report sets out a refreshed parks strategy.", "1. Cabinet noted the visitor survey results.", "2. Cabinet recommended the Parks Strategy to Council for adoption."},
			[]string{"resolution|Cabinet noted the visitor survey results.", "recommendation|Cabinet recommended the Parks Strategy to Council for adoption."}},
		{"lower-case that", action.DocMinutes, []string{"Members discussed the programme.", "1) that a briefing on allotment rents be added to the work programme;", "2) that consideration be given to a site visit."},
			[]string{"resolution|that a briefing on allotment rents be added to the work programme", "resolution|that consideration be given to a site visit."}},
		{"bare subjunctive", action.DocMinutes, []string{"It was moved by Councillor Ash, seconded by Councillor Birch and", "The parks plan be adopted.", "The plan would be reviewed by officers in due course."},
			[]string{"resolution|The parks plan be adopted.", "commitment|The plan would be reviewed by officers in due course."}},
		{"minutes' narrative", action.DocMinutes, []string{"(iii) The Board noted the update from the ICB."}, nil},
	}
	runFindCases(t, tests, kindAction)
}

// Undertakings by different people in one paragraph are two commitments
// (a request of a named officer after a passive that named nobody too); a
// fuller restatement of one stands for both.
func TestCommitmentsByAgent(t *testing.T) {
	d := doc(true, "The Chair would write to the rangers service. The committee officer agreed to send the invitation.",
		"Community Development Workers will work with families who use the centre and support their transition.",
		"Community Development Workers will work with families who use the centre and support their transition, linking in with the SEND service.",
		"The item was held to be confidential and would be taken in the private session. The Chair requested that the Clerk provide two separate action logs from now on.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Action + "|" + strings.Join(a.Owner, ";") }, []string{"The Chair would write to the rangers service.|The Chair", "The committee officer agreed to send the invitation.|The committee officer",
		"Community Development Workers will work with families who use the centre and support their transition, linking in with the SEND service.|Community Development Workers",
		"The item was held to be confidential and would be taken in the private session.|",
		"The Chair requested that the Clerk provide two separate action logs from now on.|Clerk"})
}

// More of how real pages record decisions and undertakings, and what they
// say that promises nothing.
func TestRealPhrasings(t *testing.T) {
	// want: kind|action|owner
	tests := []findCase{
		{"body line after the label", action.DocDecision, []string{"Decision:", "Cabinet:", "1. Approved the draft parks plan;", "2. Delegated authority to the Head of Parks to agree the final text."},
			[]string{"resolution|Cabinet Approved the draft parks plan|", "resolution|Cabinet Delegated authority to the Head of Parks to agree the final text.|Head of Parks"}},
		{"'as follows:' over numbered points the first a whole 'That' decision: each point decides, the lead-in nothing", action.DocMinutes, []string{"Cabinet considered the report of the allotments review, and RESOLVED as follows:", "1) That a waiting list be kept for each site.", "2) The appointment of a volunteer warden for each site.", "3) That rents be reviewed every two years."},
			[]string{"resolution|That a waiting list be kept for each site.|", "resolution|The appointment of a volunteer warden for each site.|", "resolution|That rents be reviewed every two years.|"}},
		{"the body's name on the label's line, its colon lost", action.DocDecision, []string{"Resolved:  The Harbour Board", "(i)  Noted the yearly accounts of the harbour trust.", "(ii)  Endorsed the dredging programme for the coming year; and", "(iii)  Agreed that the moorings review would come back in spring."},
			[]string{"resolution|The Harbour Board Noted the yearly accounts of the harbour trust.|", "resolution|The Harbour Board Endorsed the dredging programme for the coming year|", "resolution|The Harbour Board Agreed that the moorings review would come back in spring.|"}},
		{"accepted by reference", action.DocMinutes, []string{"The proposals in the paper were discussed and accepted."},
			[]string{"resolution|The proposals in the paper were discussed and accepted.|"}},
		{"relative who will", action.DocMinutes, []string{"Queries can go to the Parks Manager, who will obtain answers from the contractor."},
			[]string{"commitment|Queries can go to the Parks Manager, who will obtain answers from the contractor.|Parks Manager"}},
		{"expecting to", action.DocMinutes, []string{"The Head of Waste was expecting to present the findings to the October meeting."},
			[]string{"commitment|The Head of Waste was expecting to present the findings to the October meeting.|The Head of Waste"}},
		{"retold and procedural", action.DocMinutes, []string{"Following a paper, the advisory group had requested that the policy be adopted.",
			"The Chair agreed to vary the order of business to take item 4 after item 6."}, nil},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";") })
}

// An agenda item's own text says what the meeting will hear; the minutes
// say what it did. Bare capital letters number a list's clauses.
func TestAgendaTextAndLetters(t *testing.T) {
	d := doc(true, "57/25", "Park Works", "Jo Bloggs, Parks Manager, will provide the Councillors with a briefing on the works.",
		"Minutes:", "Members discussed the works. The Parks Manager would circulate the programme to members.",
		"58/25", "Strategy", "RESOLVED that:", "A In the light of the survey, Cabinet endorsed the strategy.", "B Cabinet agreed that the plan be published.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Kind + "|" + a.Ref + "|" + a.Action }, []string{"commitment||The Parks Manager would circulate the programme to members.",
		"resolution|58/25(a)|In the light of the survey, Cabinet endorsed the strategy.", "resolution|58/25(b)|Cabinet agreed that the plan be published."})
}

// "To the next meeting" is the date the paper gives its next meeting.
func TestNextMeetingDue(t *testing.T) {
	d := doc(true, "The Clerk would circulate the revised figures before the next meeting.",
		"Date of next meeting: Thursday 12 March 2026 at 2.00 pm")
	got := Find(d, nil, Options{Genre: action.DocMinutes, Date: "2026-01-15"})
	if len(got) != 1 || got[0].DueRaw != "the next meeting" || got[0].Due != "2026-03-12" {
		t.Errorf("got %+v", got)
	}
}

// A report numbers its recommendations as paragraphs of their section.
func TestSectionNumberedClauses(t *testing.T) {
	d := doc(true, "2. Recommendations", "The Health and Wellbeing Board is recommended to:",
		"2.1 approve the Tobacco Control Strategy;", "2.2 agree that the Tobacco Control Alliance leads the delivery; and",
		"3. Reasons for the recommendations", "3.1 Smoking remains the largest cause of the gap.",
		"8.1 Subject to the Board's approval, officers will launch the strategy on No Smoking Day, 11 March 2026.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocReport, Date: "2026-01-22"}), func(a action.Action) string {
		return a.Ref + "|" + a.Kind + "|" + strings.Join(a.Owner, ";") + "|" + a.Due
	}, []string{"2.1|recommendation||", "2.2|recommendation|Tobacco Control Alliance|", "8.1|commitment|officers|2026-03-11"})
}

// Under a report's background heading, a lead-in that dates its deciding
// verb before the paper's own date tells an earlier meeting's decisions:
// its points are read, not kept. The same lead-in dated on the paper's
// day, or outside a background section, is kept.
func TestRetoldLeadIn(t *testing.T) {
	d := doc(true, "1. Background", "1.1 On 9 October 2025 the Parks Panel agreed that:",
		"• the ward members should walk each play area and", "• a note of repairs should come to the next meeting.",
		"1.2 The Panel, in its report to Council (July, 2025), made the following recommendations:",
		"• Officers should publish the inspection rota;", "• The Panel should meet every quarter.",
		"2. Recommendations", "2.1 That the Panel agree the list of repairs at Appendix A.")
	show := func(a action.Action) string { return a.Kind + "|" + a.Ref + "|" + a.Action }
	expectItems(t, Find(d, nil, Options{Genre: action.DocReport, Date: "2026-01-20"}), show,
		[]string{"recommendation|2.1|That the Panel agree the list of repairs at Appendix A."})
	if got := Find(d, nil, Options{Genre: action.DocReport, Date: "2025-10-09"}); len(got) < 3 {
		t.Errorf("a lead-in dated on the paper's day retells nothing: got %d items", len(got))
	}
	d = doc(true, "Our year", "On 9 October 2025 the Parks Panel agreed that:",
		"• the ward members should walk each play area and", "• a note of repairs should come to the next meeting.")
	if got := Find(d, nil, Options{Genre: action.DocReport, Date: "2026-01-20"}); len(got) != 2 {
		t.Errorf("outside a background section the decisions are the paper's news: got %+v", got)
	}
	// A heading that only starts with such a word names an item's
	// subject, and a meeting's own record decides under any heading.
	for _, c := range []struct{ head, genre string }{
		{"4. Introduction of parking permits on Mill Road", action.DocReport},
		{"5. History Group request", action.DocReport},
		{"Background", action.DocMinutes},
	} {
		d = doc(true, c.head, "At its meeting on 2 December 2025 the Committee agreed that:",
			"a) the Clerk reply to the Group;", "b) the request be put on the next agenda.")
		if got := Find(d, nil, Options{Genre: c.genre, Date: "2026-01-20"}); len(got) != 2 {
			t.Errorf("%s under %q: got %d items, want the two decisions", c.genre, c.head, len(got))
		}
	}
	// The earlier meeting's date may open with "In", follow the body's
	// name with "on", or follow "meeting … in"; the heading may go on
	// ("Background to the report", "Background information").
	for _, c := range []struct{ head, lead string }{
		{"2. Background", "2.1 In October 2025 the Panel agreed that:"},
		{"2. Background", "2.1 The Panel on 9 October 2025 resolved that:"},
		{"2. Background", "2.1 At its meeting in October 2025 the Panel agreed that:"},
		{"2. Background to the report", "2.1 On 9 October 2025 the Panel agreed that:"},
		{"2. Background information", "2.1 On 9 October 2025 the Panel agreed that:"},
	} {
		d = doc(true, c.head, c.lead, "a) the Clerk write to the owner;", "b) the matter come back in the spring.")
		if got := Find(d, nil, Options{Genre: action.DocReport, Date: "2026-01-20"}); len(got) != 0 {
			t.Errorf("%q under %q retold: got %d items, want none", c.lead, c.head, len(got))
		}
	}
	// A date that only sets the scene before the verb is no earlier
	// meeting's: the paper's own advice follows.
	d = doc(true, "3. Background", "3.1 Having weighed the comments received by November 2025, officers recommended that:",
		"• the Board adopt the new fees from May 2026;", "• the Head of Leisure review the fees each year.")
	if got := Find(d, nil, Options{Genre: action.DocReport, Date: "2026-01-20"}); len(got) != 2 {
		t.Errorf("a scene-setting date retells nothing: got %d items", len(got))
	}
}

// A clause that ends in a colon keeps the list in another numbering under
// it; a "That X report …" clause is a decision with X as its owner; an
// agenda's formula is no decision.
func TestSubListsAndAgendas(t *testing.T) {
	d := doc(false, "43.", "HOMELESSNESS GRANT", "RESOLVED:", "(a) That the grant be spent as set out;", "(b) That the following charges be",
		"approved from 1 April 2026:", "(i) a nightly charge of £28; and", "(ii) a nightly charge of £41;", "(c) That the Director of Housing report on the grant.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Ref + "|" + a.Action + "|" + strings.Join(a.Owner, ";") }, []string{"43(a)|That the grant be spent as set out|",
		"43(b)|That the following charges be approved from 1 April 2026: (i) a nightly charge of £28; and (ii) a nightly charge of £41;|",
		"43(c)|That the Director of Housing report on the grant.|Director of Housing"})
	agenda := doc(true, "4 Exclusion of the Press and Public", "b) To formally pass the following resolution:-",
		"RESOLVED – That the public be excluded from the meeting for the item below.", "7 Date of Next Meeting", "To note that the next meeting will be held on 21 April 2026.")
	if got := Find(agenda, nil, Options{Genre: action.DocOther, Agenda: true}); len(got) != 0 {
		t.Errorf("agenda gave %+v", got)
	}
}

// A clause that only names what is done with the points numbered under it
// ("(a) To note the following:") gives a decision for each point, as such
// a lead-in over a list does; one that decides and lists the parts of its
// decision keeps them.
func TestClauseNamingItsPointsVerb(t *testing.T) {
	d := doc(true, "12 Audit findings", "RESOLVED:", "(a) To note the following:",
		"(i) the findings of the auditor as set out in the annex.", "(ii) the need for the findings to go to the Cabinet in full.",
		"(b) To approve the following charges for the hall:", "(i) a daily charge of £30; and", "(ii) an hourly charge of £8.",
		"(c) To ask the Director to finish the outstanding steps by March.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{
		"12(a)(i)|the findings of the auditor as set out in the annex.",
		"12(a)(ii)|the need for the findings to go to the Cabinet in full.",
		"12(b)|To approve the following charges for the hall: (i) a daily charge of £30; and (ii) an hourly charge of £8.",
		"12(c)|To ask the Director to finish the outstanding steps by March."})
}

// More decision pages as text renderings print them.
func TestDecisionRenderings(t *testing.T) {
	// want: kind|ref|action|owner
	tests := []findCase{
		// A lead-in's lettered clauses run on in one line, each in small
		// letters after its "a)" (310/02).
		{"run-on clauses in small letters", "", []string{"Recommendation(s): That Cabinet: a) adopts the flood plan as set out in Appendix B of this report b) allows the Strategy Group to confirm who sits on each group"},
			[]string{"recommendation|(a)|That Cabinet adopts the flood plan as set out in Appendix B of this report|", "recommendation|(b)|That Cabinet allows the Strategy Group to confirm who sits on each group|"}},
		// "That … be supported subject to:" is one decision; its points
		// are the conditions it holds on (309/20).
		{"conditions under a subjunctive lead", action.DocDecision, []string{"THE DECISION:", "That the new staff rota be supported subject to:",
			"(1) the rota being tried for a month;", "(2) staff being asked first; and", "(3) a review in the spring."},
			[]string{"resolution||That the new staff rota be supported subject to: (1) the rota being tried for a month (2) staff being asked first; and (3) a review in the spring.|"}},
		{"subjunctive clauses, no label", action.DocDecision, []string{"Decision Maker: Cabinet", "Is subject to call in?: No",
			"a) approval be given to lease the two park cafes;", "b) a strip of land beside the depot be transferred to the Parks budget.", "Report author: Jo Bloggs"},
			[]string{"resolution|(a)|approval be given to lease the two park cafes|", "resolution|(b)|a strip of land beside the depot be transferred to the Parks budget.|"}},
		// An officer's decision told with its verb alone under the
		// form's label (323/07).
		{"a labelled decision, its verb bare", action.DocDecision, []string{"Decision Maker: Director of Parks", "Decision:", "Approve the second phase of the play area works, subject to the tender result", "Reasons for the decision:", "The play area is worn out."},
			[]string{"resolution||Approve the second phase of the play area works, subject to the tender result|"}},
		{"a labelled decision told by its verb's noun", action.DocDecision, []string{"Decision Maker: Director of Transport", "Decision:", "Approval to award the bus shelter contract to the lowest bidder", "Lead officer: Jo Bloggs"},
			[]string{"resolution||Approval to award the bus shelter contract to the lowest bidder|"}},
		// Only under the form's "Decision:" label, and only a verb with its
		// object or a noun with what it decides: a field about the
		// decision keeps the label open for the decision after it; a
		// pointer, a title, or another label's sentence is no decision.
		{"a field about the decision over the bare verb", action.DocDecision, []string{"Decision Maker: Head of Fleet", "Decision:", "Authority to make this decision: Scheme of Delegation, Part 4",
			"Approve the purchase of two electric vans for the grounds team.", "Reasons for the decision:", "The old vans fail their tests."},
			[]string{"resolution||Approve the purchase of two electric vans for the grounds team.|"}},
		{"a deciding verb that takes 'to'", action.DocDecision, []string{"Decision Maker: Head of Parks", "Decision:", "Agree to the lease of the pavilion to the cricket club for ten years."},
			[]string{"resolution||Agree to the lease of the pavilion to the cricket club for ten years.|"}},
		{"a pointer under the label", action.DocDecision, []string{"Decision Maker: Head of Fleet", "Decision:", "Refer to the appended note for the exact terms."}, nil},
		{"a request's title under the label", action.DocDecision, []string{"Decision Maker: Head of Parks", "Decision:", "Request for new goalposts at the recreation ground"}, nil},
		{"the verb's noun telling who decides", action.DocDecision, []string{"Decision Maker: Leader", "Decision:", "Authority for this decision rests with the Leader of the Council"}, nil},
		{"the verb's noun under another label", action.DocDecision, []string{"RECOMMENDATION:", "Approval of the fees is a matter for the Town Council in March."}, nil},
		{"a pointer under a meeting's label", action.DocMinutes, []string{"14. Fees", "RESOLVED:", "Refer to minute 12 above."}, nil},
		{"a bare verb with its object under a meeting's label", action.DocMinutes, []string{"15. Benches", "RESOLVED:", "Approve the purchase of two benches for the green."},
			[]string{"resolution|15|Approve the purchase of two benches for the green.|"}},
		{"a bare verb in title case under the label", action.DocDecision, []string{"Decision Maker: Head of Parks", "Decision:", "Approve Option Two"},
			[]string{"resolution||Approve Option Two|"}},
		{"decision made, a vote noted", action.DocDecision, []string{"Decision made (Unanimously): That the cafe lease be renewed."},
			[]string{"resolution||That the cafe lease be renewed.|"}},
		{"decision made, no colon", action.DocDecision, []string{"Decision Made", "1. That the parks plan be adopted.", "2. That the Head of Parks be authorised to agree the lease."},
			[]string{"resolution|1|That the parks plan be adopted.|", "resolution|2|That the Head of Parks be authorised to agree the lease.|Head of Parks"}},
		{"body then", action.DocMinutes, []string{"The Cabinet then:-", "(1) Noted that the survey was complete;", "(2) Agreed that the plan be published."},
			[]string{"resolution|(1)|The Cabinet then Noted that the survey was complete|", "resolution|(2)|The Cabinet then Agreed that the plan be published.|"}},
		{"a motion before its vote", action.DocMinutes, []string{"This Council:", "i) Notes that the parks are popular;", "ii) Looks forward to the new plan."}, nil},
		{"two meetings' minutes", action.DocMinutes, []string{"RESOLVED that the minutes of the meeting of the Parks Board held on 3 March 2024 be signed as a correct record.",
			"RESOLVED that the minutes of the meeting of the Finance Board held on 3 March 2024 be signed as a correct record."},
			[]string{"resolution||that the minutes of the meeting of the Parks Board held on 3 March 2024 be signed as a correct record.|",
				"resolution||that the minutes of the meeting of the Finance Board held on 3 March 2024 be signed as a correct record.|"}},
		{"agreed the following recommendations", action.DocMinutes, []string{"Cabinet agreed the following recommendations:", "(a) That monitoring of the works be undertaken by the Parks Team;",
			"(b) That the convener of the Friends Working Group be authorised to call a meeting."},
			[]string{"resolution|(a)|That monitoring of the works be undertaken by the Parks Team|Parks Team",
				"resolution|(b)|That the convener of the Friends Working Group be authorised to call a meeting.|convener of the Friends Working Group"}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// Lead-ins and lists a rendering broke, and what is said that promises
// nothing.
func TestBrokenLeadIns(t *testing.T) {
	// want: kind|ref|action|owner
	tests := []findCase{
		{"lead-in with no colon, a roman without its point", action.DocDecision,
			[]string{"Having taken account of the comments, the Chief Executive agreed to use her urgency powers", "i. Approve the draft Parks Strategy, and", "ii Ask the Council to authorise changes to the text."},
			[]string{"resolution|(i)|the Chief Executive agreed to use her urgency powers approve the draft Parks Strategy, and|", "resolution|(ii)|the Chief Executive agreed to use her urgency powers ask the Council to authorise changes to the text.|Council"}},
		{"a heading glued under a clause, a long subject with commas", action.DocMinutes,
			[]string{"1. the parks report be noted", "2. the play area plan be approved.", "Cabinet Decision Record P2601", "1. the minutes of the Parks, Leisure and Culture Panel held on 3 May, 7 June and 9 July be received;", "2. the approach to moving the Friends Fund, the Bowls Fund and the Pavilion Fund into one Community Parks Fund be approved."},
			[]string{"resolution|1|the parks report be noted|", "resolution|2|the play area plan be approved.|", "resolution|1|the minutes of the Parks, Leisure and Culture Panel held on 3 May, 7 June and 9 July be received|", "resolution|2|the approach to moving the Friends Fund, the Bowls Fund and the Pavilion Fund into one Community Parks Fund be approved.|"}},
		{"first marker on the label's line", action.DocMinutes, []string{"RESOLVED (A) That the park plan be adopted.", "(B) That the Head of Parks be authorised to agree the lease."},
			[]string{"resolution|(a)|That the park plan be adopted.|", "resolution|(b)|That the Head of Parks be authorised to agree the lease.|Head of Parks"}},
		{"a list of names", action.DocMinutes, []string{"RESOLVED that appointments be made to the vacant seats on the friends forum, as follows:-", "Millbrook Park - J Green", "Riverside - A Patel"},
			[]string{"resolution||RESOLVED that appointments be made to the vacant seats on the friends forum, as follows:- Millbrook Park - J Green Riverside - A Patel|"}},
		{"reported speech", action.DocMinutes, []string{"The Chair advised that the reply had only just arrived and that he would forward it to the Panel Members."},
			[]string{"commitment||The Chair advised that the reply had only just arrived and that he would forward it to the Panel Members.|The Chair"}},
		{"a decision page's proposal at length, then its decision in the infinitive naming it shortly", action.DocDecision, []string{"Decision Maker: Cabinet", "Cabinet are asked to approve the Council's Play Strategy setting out how it will keep play areas safe and open.", "(1) To APPROVE the Play Strategy.", "Reasons for the decision:", "There is no duty to have one."},
			[]string{"resolution|(1)|To APPROVE the Play Strategy.|"}},
		{"proposal then its decision", action.DocMinutes, []string{"Council is asked to approve the Annual Report for submission to the Board.", "Minutes:", "Council resolved to approve the Annual Report for submission to the Board."},
			[]string{"resolution||Council resolved to approve the Annual Report for submission to the Board.|"}},
		{"an item's summary of what it asks, on a page whose kind is not yet known", "", []string{"Agenda item", "Play Areas Update", "Members and residents are invited to send ideas for the play areas to the clerk.", "Minutes:", "The Panel received the update."}, nil},
		{"an item's agenda undertaking on a page whose kind is not yet known", "", []string{"7 Highways Update", "The Area Engineer to report on the works done this year.", "Minutes:", "The Panel received the update."}, nil},
		{"an undertaking in the agenda's words of a page's first item, unnumbered, before its minutes", action.DocMinutes, []string{"Agenda item", "Play Areas Update", "The Panel will check the state of the play areas at each meeting.", "Minutes:", "The Panel received the update."}, nil},
		{"nothing promised", action.DocMinutes, []string{"The Parks Panel agreed to recommend that the Cabinet reply formally.",
			"Lead Members to update the Panel on the progress of their groups (10 minutes)", "The report, if agreed by Council, would be sent to the partnership."}, nil},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// Lists whose points wrap over several lines, with nothing but their
// numbering to tell where one point ends.
func TestWrappedLists(t *testing.T) {
	lines := []string{"Having heard the Members' views, the Chief Executive agreed to use her urgency powers", "i. Approve the draft Parks Strategy and send it to the",
		"Council for adoption on 3 March 2026, and", "ii Ask the Council to authorise changes to the text."}
	want := []string{"resolution|(i)|the Chief Executive agreed to use her urgency powers approve the draft Parks Strategy and send it to the Council for adoption on 3 March 2026, and|",
		"resolution|(ii)|the Chief Executive agreed to use her urgency powers ask the Council to authorise changes to the text.|Council"}
	expectItems(t, Find(doc(false, lines...), nil, Options{Genre: action.DocDecision}), showKindRefActionOwner, want)

	// A form's fields one a line, then points whose first word is left
	// alone on the marker's line.
	lines = []string{"Decision Maker: Parks Board", "Effective from: 14/02/2025", "Decision:", "1. To", "accept the revised plan for the", "bandstand, subject to the costs.", "2. To", "support a kiosk in the future."}
	want = []string{"resolution|1|To accept the revised plan for the bandstand, subject to the costs.|", "resolution|2|To support a kiosk in the future.|"}
	expectItems(t, Find(doc(false, lines...), nil, Options{Genre: action.DocDecision}), showKindRefActionOwner, want)
}

// Lists of decisions whose label was lost, in the shapes a decisions list
// prints them: past-tense verbs, a named subject with a base verb, a
// relative clause in a subjunctive's subject, and a point read only
// because its neighbours are decisions.
func TestUnlabelledLists(t *testing.T) {
	tests := []findCase{
		{"past tense, body left out", action.DocDecision, []string{"Effective from: 22/03/2024", "1. Noted the pavilion's running costs.", "2. Approved the bowls green changes set out in section 3."},
			[]string{"resolution|1|Noted the pavilion's running costs.|", "resolution|2|Approved the bowls green changes set out in section 3.|"}},
		{"named subject, base verb, and its sibling", action.DocDecision, []string{"Effective from: 22/05/2024", "(a) The council join the county tree planting scheme; and", "(b) The council publishes a tree charter (Appendix 2)."},
			[]string{"resolution|(a)|The council join the county tree planting scheme|", "resolution|(b)|The council publishes a tree charter (Appendix 2).|"}},
		{"a relative clause in the subject", action.DocDecision, []string{"(a) the cemetery fees be reviewed;", "(b) the leaflet for families who are new to the service be approved; and", "(c) the opening hours be extended"},
			[]string{"resolution|(a)|the cemetery fees be reviewed|", "resolution|(b)|the leaflet for families who are new to the service be approved|", "resolution|(c)|the opening hours be extended|"}},
		{"a relative clause with that", action.DocDecision, []string{"(a) the cemetery fees be reviewed;", "(b) the leaflet for families that are new to the service be approved; and", "(c) the opening hours be extended"},
			[]string{"resolution|(a)|the cemetery fees be reviewed|", "resolution|(b)|the leaflet for families that are new to the service be approved|", "resolution|(c)|the opening hours be extended|"}},
		{"members brief their bodies", action.DocMinutes, []string{"A plan had been drawn up for the river path.", "a) the river path plan be agreed;", "b) the Rivers Board monitor the work twice a year;", "c) Board Members brief the groups they sit on."},
			[]string{"resolution|(a)|the river path plan be agreed|", "resolution|(b)|the Rivers Board monitor the work twice a year|", "resolution|(c)|Board Members brief the groups they sit on.|Board Members"}},
		{"an officer deciding in the present tense", action.DocDecision, []string{"Effective from: 04/03/2024", "THAT the Head of Parks Approves the extension of the mowing contract.", "c) That the Executive Member delegates authority to the Head of Parks to sign the contracts."},
			[]string{"resolution||THAT the Head of Parks Approves the extension of the mowing contract.|", "resolution|(c)|That the Executive Member delegates authority to the Head of Parks to sign the contracts.|Head of Parks"}},
		{"a change recorded as made, after a decision", action.DocDecision, []string{"(i) that a fee be introduced for half plots; and", "(ii) that the fee for full plots has also been increased."},
			[]string{"resolution|(i)|that a fee be introduced for half plots|", "resolution|(ii)|that the fee for full plots has also been increased.|"}},
		{"a record's table as running text", action.DocMinutes, []string{"Play 1. That the swings be replaced, Councillor Green (Parks) 2. That £40,000 be added to the programme. 3. That this decision be not put into effect until after the Panel meeting on 20 March 2024."},
			[]string{"resolution|1|That the swings be replaced, Councillor Green (Parks)|", "resolution|2|That £40,000 be added to the programme.|", "resolution|3|That this decision be not put into effect until after the Panel meeting on 20 March 2024.|"}},
		{"a record's decisions a line each, verb first", action.DocDecision, []string{"Decision Maker: Cabinet Member for Parks", "Effective from: 11/03/2024", "Noted the results of the consultation on the play area", "Approved the designs for the play area.", "Delegated decisions from earlier years are available below."},
			[]string{"resolution||Noted the results of the consultation on the play area|", "resolution||Approved the designs for the play area.|"}},
		{"numbered infinitives, the label lost; the entry's summary is none", action.DocDecision, []string{"To approve the updated fencing", "Effective from: 12/03/2026", "1. To waive the rule requiring three quotes for the fencing contract.", "2. To directly contract with Millbury Fencing Ltd to repair the railings."},
			[]string{"resolution|1|To waive the rule requiring three quotes for the fencing contract.|", "resolution|2|To directly contract with Millbury Fencing Ltd to repair the railings.|"}},
		{"numbered infinitives, the verb in capitals, one leading in to its own points", action.DocDecision, []string{"Effective from: 12/03/2026", "(1) To ENDORSE the play strategy for 2026 to 2030; and", "(2) To DELEGATE authority to the Head of Parks, in consultation with the Cabinet Member, to:", "(i) agree the order in which the play areas are renewed; and", "(ii) agree minor changes to the strategy before it is published."},
			// (The powers are the Head of Parks's: who the delegation hands them to.)
			[]string{"resolution|(1)|To ENDORSE the play strategy for 2026 to 2030|", "resolution|(i)|agree the order in which the play areas are renewed|Head of Parks", "resolution|(ii)|agree minor changes to the strategy before it is published.|Head of Parks"}},
		{"a list's short points read as points, not headings, after a long one", "", []string{"Objectives for 2027/28", "The council has chosen these matters to work on:", "1. Look for new footpath links between the two villages and more places for children to play outdoors", "2. Update the Village Flood Plan", "3. Review the Need for a Design Statement"},
			[]string{"commitment|1|Look for new footpath links between the two villages and more places for children to play outdoors|", "commitment|2|Update the Village Flood Plan|", "commitment|3|Review the Need for a Design Statement|"}},
		{"a list whose short points open with a noun in -s keeps them as headings", "", []string{"The scheme has two kinds of award:", "1. Grants for Small Projects", "2. Help to clubs to buy equipment or to improve their grounds."},
			[]string{"commitment|2|Help to clubs to buy equipment or to improve their grounds.|"}},
		{"a labelled infinitive with no full stop", action.DocDecision, []string{"Decision:", "1. To approve updated allotment rents 2026-27", "Lead officer: Sam Green"},
			[]string{"resolution|1|To approve updated allotment rents 2026-27|"}},
		{"a body's promise in the third person over its points", "", []string{"Our staff pledges", "The Council commits to:", "• listening to its staff through a yearly survey", "• training every manager in fair recruitment", "The Parks Trust undertakes to:", "• open the gardens every weekend"},
			[]string{"commitment||The Council commits to listening to its staff through a yearly survey|", "commitment||The Council commits to training every manager in fair recruitment|", "commitment||The Parks Trust undertakes to open the gardens every weekend|"}},
		{"a decision's verb in capitals over gerund points", action.DocDecision, []string{"Effective from: 04/03/2026", "1) CONFIRMED the Town Council remains fully committed to:", "(i) Supporting the rebuilding of the pavilion;", "(ii) Honouring its grant agreement; and", "(iii) Meeting any other obligations."},
			[]string{"resolution|(i)|CONFIRMED the Town Council remains fully committed to Supporting the rebuilding of the pavilion|", "resolution|(ii)|CONFIRMED the Town Council remains fully committed to Honouring its grant agreement|", "resolution|(iii)|CONFIRMED the Town Council remains fully committed to Meeting any other obligations.|"}},
		{"a decision's verb in capitals over its points, and over its grounds", action.DocMinutes, []string{"AGREED the following changes to the allotment fees:", "(a) a half-plot rate of £30;", "(b) a concession for over-65s.", "RESOLVED that the public be excluded on the grounds that:", "(i) the item holds exempt information."},
			[]string{"resolution||AGREED the following changes to the allotment fees: (a) a half-plot rate of £30 (b) a concession for over-65s.|", "resolution||RESOLVED that the public be excluded on the grounds that: (i) the item holds exempt information.|"}},
		{"the lead-in's sibling point", action.DocDecision, []string{"Effective from: 04/03/2026", "1) CONFIRMED the Town Council remains fully committed to:", "(i) Supporting the rebuilding of the pavilion;", "(ii) Honouring its grant agreement.", "2) CONFIRMED it remains committed to opening the pavilion with the cricket club."},
			[]string{"resolution|(i)|CONFIRMED the Town Council remains fully committed to Supporting the rebuilding of the pavilion|", "resolution|(ii)|CONFIRMED the Town Council remains fully committed to Honouring its grant agreement.|", "resolution|(2)|CONFIRMED it remains committed to opening the pavilion with the cricket club.|"}},
		{"numbered decisions in the present passive", action.DocDecision, []string{"(1) A bid is to be made to the Travel Fund for the crossings.", "(2) Building of the route is approved following consultation.", "(3) The scheme would be reviewed."},
			[]string{"resolution|(1)|A bid is to be made to the Travel Fund for the crossings.|", "resolution|(2)|Building of the route is approved following consultation.|"}},
		{"a lettered run after the narrative, its label lost", action.DocMinutes, []string{"Members were asked to join the review groups.", "a. That Councillors Ash and Oak be appointed to the Play Group.", "b. The Councillors Elm and Yew be appointed to the Pond Group.", "c. That absent Members be given the chance to join.", "d. That scoping reports be brought to a future meeting."},
			[]string{"resolution|(a)|That Councillors Ash and Oak be appointed to the Play Group.|", "resolution|(b)|The Councillors Elm and Yew be appointed to the Pond Group.|", "resolution|(c)|That absent Members be given the chance to join.|", "resolution|(d)|That scoping reports be brought to a future meeting.|"}},
		{"a run of capital letters is a list as small ones are, and a decision in the past indicative is one", action.DocMinutes, []string{"Meeting: 12/03/2026 - Cabinet (Item 7)", "A. That Cabinet adopted the Allotments Plan for 2026.", "B. That delegated authority was given to the Director of Place to make minor changes to the Plan.", "The Cabinet Member presented the report."},
			[]string{"resolution|(a)|That Cabinet adopted the Allotments Plan for 2026.|", "resolution|(b)|That delegated authority was given to the Director of Place to make minor changes to the Plan.|Director of Place"}},
		{"the body deciding in the present", action.DocMinutes, []string{"Consideration has been given to the allotment fees.", "(i) Cabinet agrees to the splitting of the larger plots.", "(ii) Cabinet agrees to the provision of £20,000 for fencing."},
			[]string{"resolution|(i)|Cabinet agrees to the splitting of the larger plots.|", "resolution|(ii)|Cabinet agrees to the provision of £20,000 for fencing.|"}},
		{"a discussion's points stay points", action.DocMinutes, []string{"(i) The Parks Strategy set out the vision for the borough.", "(ii) There were action plans to go with it.", "(iii) Officers noted the work would have to be funded from existing budgets."},
			nil},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// Decisions in shapes a label's list takes less often: decimal numbers,
// an infinitive alone, the first marker after "that", a spaced bracket.
func TestLabelledShapes(t *testing.T) {
	tests := []findCase{
		{"numbered points run on into one line are each a decision", action.DocDecision, []string{
			"Decision:RESOLVED:", "1. That Cabinet noted the report and the task group's recommendations. 2. That Cabinet agreed to include the recommendations in the strategy.",
		}, []string{
			"resolution|1|That Cabinet noted the report and the task group's recommendations.|",
			"resolution|2|That Cabinet agreed to include the recommendations in the strategy.|",
		}},
		{"numbered points run on, joined by '; and', are each a recommendation", action.DocReport, []string{
			"Recommendations to the Board:", "1. The survey of the allotments be noted; and 2. A plan for the empty plots be brought to the next meeting.",
		}, []string{
			"recommendation|1|The survey of the allotments be noted|",
			"recommendation|2|A plan for the empty plots be brought to the next meeting.|",
		}},
		{"a cover copied a cell a line: the labels' column, then the values in order", action.DocReport, []string{
			"Purpose:", "Recommendations:", "Portfolio holder", "This report sets out how the parks budget was spent in the year.",
			"a) That the spending on the parks be noted.", "b) That the new pitch rates be agreed.", "Wards affected", "All",
		}, []string{
			"recommendation|(a)|That the spending on the parks be noted.|",
			"recommendation|(b)|That the new pitch rates be agreed.|",
		}},
		{"a label naming who agreed leaves its points their own words", action.DocDecision, []string{
			"AGREED UNANIMOUSLY BY THE CABINET MEMBERS PRESENT:", "1. To approve the strategy and action plan.", "2. To note the cost of reaching net zero.",
		}, []string{
			"resolution|1|To approve the strategy and action plan.|",
			"resolution|2|To note the cost of reaching net zero.|",
		}},
		{"a clause ending ':-' over bullets: the bullets are its words", action.DocMinutes, []string{
			"Minutes:", "", "RESOLVED – That:-", "",
			"1. the refreshed Parks Plan be supported;", "",
			"2. it be noted that:-", "",
			"·  the service plans were to be aligned with the Parks Plan; and", "",
			"·  from March, the plan's yearly review would be presented with the budget.",
		}, []string{
			"resolution|1|the refreshed Parks Plan be supported|",
			"resolution|2|it be noted that:- the service plans were to be aligned with the Parks Plan; and from March, the plan's yearly review would be presented with the budget.|",
		}},
		{"a quoted paragraph under a clause ending in a colon stands inside the numbered list, which goes on after it", action.DocMinutes, []string{
			"Minutes:", "", "RESOLVED:", "",
			"1. That the outcomes of the consultation with tenants be noted.", "",
			"2. That the Estates Promise be approved for the whole borough, which states that:", "",
			"“The Council promises that we will listen to our tenants and keep our estates clean.”", "",
			"3. That the commitments in Appendix 1 be approved for publication.", "",
			"4. That a plan is put in place to tell tenants about the promise.",
		}, []string{
			"resolution|1|That the outcomes of the consultation with tenants be noted.|",
			"resolution|2|That the Estates Promise be approved for the whole borough, which states that:|",
			"resolution|3|That the commitments in Appendix 1 be approved for publication.|",
			"resolution|4|That a plan is put in place to tell tenants about the promise.|",
		}},
		{"'Resolved that:' over paragraph-numbered subjunctive clauses; the call-in notice decides nothing", action.DocDecision, []string{
			"Decision:", "", "Resolved that:", "",
			"2.1 the Play Strategy be approved, subject to minor amendments.", "",
			"2.2 the play working group be formed with key partners.", "",
			"However, if the decision has not been called in by 5.00pm on 22 January, then it will be implemented.",
		}, []string{
			"resolution|2.1|the Play Strategy be approved, subject to minor amendments.|",
			"resolution|2.2|the play working group be formed with key partners.|",
		}},
		{"a decisions list: each dated entry its own record; a vote in brackets on the label is no decision; a label's bracketed note", action.DocDecision, []string{
			"Issue - decisions", "", "Parks plan refresh", "",
			"31/07/2026 - Parks plan refresh", "",
			"Resolved: (By 14 votes to none)", "", "To agree the parks plan.", "",
			"13/07/2026 - Parks plan refresh", "",
			"(1) That the progress made on the plan be noted.", "",
			"Recommended to Council (budget and policy framework):", "",
			"(2) To recommend that Council agree the plan.",
		}, []string{
			"resolution||To agree the parks plan.|",
			"resolution|(1)|That the progress made on the plan be noted.|",
			"recommendation|(2)|To recommend that Council agree the plan.|",
		}},
		{"under 'Decision:', a decision in the infinitive of any verb; 'Resolved' alone over the next, its colon lost", action.DocDecision, []string{
			"Decision Maker: Chief Executive", "",
			"Decision:", "", "Decision", "",
			"To enter into one-year leases for six homes from the trust.", "",
			"Resolved", "",
			"That the Director be delegated authority to agree the terms of the leases.", "",
			"Reasons for the decision:", "", "There is a shortage of homes.",
		}, []string{
			"resolution||To enter into one-year leases for six homes from the trust.|",
			"resolution||That the Director be delegated authority to agree the terms of the leases.|Director",
		}},
		{"under 'Decision:', a decision named by its noun ('Decision to award …') decides; its reasons do not", action.DocDecision, []string{
			"Decision Maker: Assistant Director - Property", "",
			"Decision:", "",
			"Decision to award a contract for six months to survey the council's depots.", "",
			"Reasons for the decision:", "",
			"There is no capacity to do this in house.",
		}, []string{
			"resolution||Decision to award a contract for six months to survey the council's depots.|",
		}},
		{"decimal numbers under the body's name", action.DocDecision, []string{"Decision:", "The Cabinet:", "1.1 Agreed that the kiosk grant would end in June.", "1.2 Noted the Friends Group's offer to run the kiosk."},
			[]string{"resolution|1.1|The Cabinet Agreed that the kiosk grant would end in June.|", "resolution|1.2|The Cabinet Noted the Friends Group's offer to run the kiosk.|"}},
		{"an infinitive alone after the label", action.DocMinutes, []string{"Minutes:", "The Head of Parks introduced a report on the orchards.", "RESOLVED:", "To note the report."},
			[]string{"resolution||To note the report.|"}},
		{"an infinitive after the narrative, its label lost", action.DocMinutes, []string{"Orchards Report", "Minutes:", "The Head of Parks introduced a report on the orchards.", "To recommend to Council the adoption of the orchards plan."},
			[]string{"recommendation||To recommend to Council the adoption of the orchards plan.|"}},
		{"the agenda's infinitive before the next label", action.DocMinutes, []string{"Minutes:", "None.", "To approve the minutes of the last meeting.", "Minutes:", "RESOLVED that the minutes be signed as a correct record."},
			[]string{"resolution||that the minutes be signed as a correct record.|"}},
		{"a decision printed again, shorter, in the minutes", action.DocMinutes, []string{"35 Approval of the Orchards Plan", "Decision:", "RESOLVED: That the Orchards Plan at Annex A to the report be approved for submission by 31 July 2026.", "Minutes:", "Members considered the plan.", "RESOLVED: That the Orchards Plan be approved for submission by 31 July 2026."},
			[]string{"resolution|35|That the Orchards Plan at Annex A to the report be approved for submission by 31 July 2026.|"}},
		{"who resolved, before the word", action.DocDecision, []string{"Decision:", "The Cabinet Member RESOLVED to approve the Play Area Plan 2026/27."},
			[]string{"resolution||The Cabinet Member RESOLVED to approve the Play Area Plan 2026/27.|"}},
		{"a list of names under 'the following'", action.DocMinutes, []string{"Decision:", "RESOLVED that the following volunteers receive a Town Award:", "1. Sam Green", "2. Jo Brown"},
			[]string{"resolution||RESOLVED that the following volunteers receive a Town Award: 1 Sam Green 2 Jo Brown|"}},
		{"documents listed below, under 'Summary of Decision'", action.DocDecision, []string{"Summary of Decision", "The Director of Parks has agreed to sign the documents listed below which are needed for the pavilion:", "1) Wayleave with the phone company", "2) Lease of the cafe"},
			[]string{"resolution||The Director of Parks has agreed to sign the documents listed below which are needed for the pavilion: (1) Wayleave with the phone company (2) Lease of the cafe|"}},
		{"a list of clauses under 'the following'", action.DocMinutes, []string{"Decision:", "RESOLVED that the following be agreed:", "1. That the kiosk lease be renewed.", "2. That the fees be frozen."},
			[]string{"resolution|1|That the kiosk lease be renewed.|", "resolution|2|That the fees be frozen.|"}},
		{"alike decisions in separate entries", action.DocDecision, []string{"04/03/2026 - Parks Board - 12 February 2026 ref: 497", "Decision:", "The minutes were noted.", "04/03/2026 - Pond Board - 14 February 2026 ref: 496", "Decision:", "The minutes were noted."},
			[]string{"resolution||The minutes were noted.|", "resolution||The minutes were noted.|"}},
		{"agreed by reference", action.DocDecision, []string{"Decision:", "AGREED RECOMMENDATIONS", "Reasons for decision – to keep rents in line with costs."},
			[]string{"resolution||AGREED RECOMMENDATIONS|"}},
		{"a point, then its agreement", action.DocDecision, []string{"Effective from: 11/03/2026", "3.1. To note the parks budget review.", "AGREED RECOMMENDATION and thanked the parks team"},
			[]string{"resolution|3.1|To note the parks budget review.|"}},
		{"ORDERED as a label's word", action.DocDecision, []string{"Decision:", "ORDERED that the Mayor:", "1. APPROVES the revised Parks Policy."},
			[]string{"resolution|1|ORDERED that the Mayor APPROVES the revised Parks Policy.|"}},
		{"the minutes approved, then who signs them", action.DocMinutes, []string{"3. Minutes of the last meeting", "The minutes of the meeting held on 2 March 2026 were approved as a correct record. Mrs Lark was authorised to sign them."},
			[]string{"resolution|3|The minutes of the meeting held on 2 March 2026 were approved as a correct record. Mrs Lark was authorised to sign them.|"}},
		{"who signs the minutes, and more promised", action.DocMinutes, []string{"3. Minutes of the last meeting", "The minutes of the meeting held on 2 March 2026 were approved as a correct record. Mrs Lark was authorised to sign them and to write to the bank about the new mandate."},
			[]string{"resolution|3|The minutes of the meeting held on 2 March 2026 were approved as a correct record.|", "commitment||Mrs Lark was authorised to sign them and to write to the bank about the new mandate.|Mrs Lark"}},
		{"the minutes agreed on a vote, then signed", action.DocMinutes, []string{"4. Minutes", "Mr Reed proposed that the minutes be approved, Mrs Kemp seconded, and all agreed. The minutes were then signed by the chair."},
			[]string{"resolution|4|Mr Reed proposed that the minutes be approved, Mrs Kemp seconded, and all agreed. The minutes were then signed by the chair.|"}},
		{"the agenda's ask, then what was done", action.DocMinutes, []string{"Minutes pdf icon PDF 102 KB", "Cabinet is asked to approve the minutes of the last meeting held on", "The minutes of the last meeting held on 5 February 2026 were approved as a correct record."},
			[]string{"resolution||The minutes of the last meeting held on 5 February 2026 were approved as a correct record.|"}},
		{"a record's field holding the decision, its list run in", action.DocDecision, []string{"Purpose:", "Content: The Executive resolved as follows: 1. To agree that the decision is exempt. 2. To note the views of the Friends. 3. To approve the new pavilion."},
			[]string{"resolution|1|To agree that the decision is exempt.|", "resolution|2|To note the views of the Friends.|", "resolution|3|To approve the new pavilion.|"}},
		{"sentence-case 'Resolved that' at a paragraph's start", action.DocMinutes, []string{"Minutes:", "Resolved that the Minutes of the previous meeting be confirmed and signed by the Chair."},
			[]string{"resolution||that the Minutes of the previous meeting be confirmed and signed by the Chair.|"}},
		{"a vote count in the lead-in, a lettered list inside a clause", action.DocDecision, []string{"Decision:", "The Committee resolved with 7 votes for, 2 abstentions and the Chair not voting:", "(1) To place on record its thanks for the services rendered by", "a. former Councillor Ash", "b. former Councillor Oak, and", "c. the late Elm Yew", "(2) That a Special Meeting be held in April."},
			[]string{"resolution|(1)|The Committee resolved To place on record its thanks for the services rendered by a. former Councillor Ash b. former Councillor Oak, and c. the late Elm Yew|", "resolution|(2)|That a Special Meeting be held in April.|"}},
		{"an officer's decision under 'Summary of Decision'", action.DocDecision, []string{"Decision Maker: Director of Parks", "Summary of Decision", "The Director of Parks has approved the signing of the cafe lease.", "Reasons for Decision", "This lets the cafe open."},
			[]string{"resolution||The Director of Parks has approved the signing of the cafe lease.|"}},
		{"a clerk's 'RESOLVED –' on items where there was nothing to decide", action.DocMinutes, []string{
			"Item 01/05 RESOLVED - Declarations of Interest: None were declared", "",
			"Item 02/05 Appeal on the barn conversion", "",
			"RESOLVED – Nothing to report at present.", "",
			"Item 03/05 Objections to the mast", "",
			"RESOLVED – None of the objections were upheld.", "",
			"Item 04/05 Planning application for the garage", "",
			"RESOLVED – No objection.",
		}, []string{
			"resolution||None of the objections were upheld.|",
			"resolution||No objection.|",
		}},
		{"an agenda's lettered 'To note …' list over the record that notes what it names, a condition set first", action.DocMinutes, []string{
			"To confirm the minutes of the meeting held on 4 May 2026.", "", "The minutes of the meeting held on 4 May 2026 were confirmed.", "",
			"(a) To note the minutes of the Parks Working Group held on 12 May 2026", "",
			"(b) To note the minutes of the Parks Working Group held on 9 June 2026", "",
			"Subject to the correction below, the minutes of the Parks Working Group meetings held on 12 May 2026 and 9 June 2026 were noted.",
		}, []string{
			"resolution||The minutes of the meeting held on 4 May 2026 were confirmed.|",
			"resolution||Subject to the correction below, the minutes of the Parks Working Group meetings held on 12 May 2026 and 9 June 2026 were noted.|",
		}},
		{"a lettered list of decisions, then a record of other business", action.DocMinutes, []string{
			"The report on the play areas was presented.", "",
			"(a) To approve the new swings for the park", "",
			"(b) To approve the repairs to the fence", "",
			"(c) To note the minutes of the Allotments Group", "",
			"The minutes of the Allotments Group were noted.",
		}, []string{
			"resolution|(a)|To approve the new swings for the park|",
			"resolution|(b)|To approve the repairs to the fence|",
			"resolution|(c)|The minutes of the Allotments Group were noted.|",
		}},
		{"the agenda's ask, then the decision that does what it asked in other words", action.DocMinutes, []string{
			"Footpaths Group Vacancy", "",
			"The Council is recommended to appoint Councillor Ray Hill, and one other member, to sit on the Footpaths Group.", "",
			"Resolved that Councillor Hill be appointed to the Footpaths Group and that the second place be filled in May.",
		}, []string{
			"resolution||that Councillor Hill be appointed to the Footpaths Group and that the second place be filled in May.|",
		}},
		{"an ask, then a decision on another matter", action.DocMinutes, []string{
			"Cabinet is recommended to approve the new parking charges.", "",
			"Resolved that the hall be repainted.",
		}, []string{
			"recommendation||Cabinet is recommended to approve the new parking charges.|",
			"resolution||that the hall be repainted.|",
		}},
		{"a list lettered with bare capitals run into the record, after a long story, its lead-in the last sentence", action.DocMinutes, []string{
			"Membership of Committees", "",
			"Minutes: The Board received a report setting out the changes to the membership of its committees since the last meeting of the Board in March. A further update was given to the Board on the changes to the membership of the Parks and the Housing Committees made since the report was published. It was resolved to: A Note the new substitute member from the Town Council on the Parks Committee. B Note the change of member from the Borough Council on the Housing Committee. C Note the appointment of Councillor Ann Hale as the Town Council's member of the Board.",
		}, []string{
			"resolution|(a)|Note the new substitute member from the Town Council on the Parks Committee.|",
			"resolution|(b)|Note the change of member from the Borough Council on the Housing Committee.|",
			"resolution|(c)|Note the appointment of Councillor Ann Hale as the Town Council's member of the Board.|",
		}},
		{"an article 'A' before a capitalised name, then an initial 'B', is no list: a list of bare capitals runs to C", action.DocMinutes, []string{
			"Minutes: The Board received a report on the parks. It was resolved to: A Village Fund grant be paid to the bowls club. B Hale to collect it.",
		}, nil},
		{"agenda lines over their records, labels lost", action.DocMinutes, []string{"To confirm the minutes of the last meeting.", "The minutes of the meeting held on 5 February 2026 were confirmed.", "The Committee is asked to consider and note the Forward Plan.", "The Committee received and noted the contents of the Forward Plan."},
			[]string{"resolution||The minutes of the meeting held on 5 February 2026 were confirmed.|", "resolution||The Committee received and noted the contents of the Forward Plan.|"}},
		{"'Resolved, that' with its comma", action.DocMinutes, []string{"Minutes:", "Resolved, that the minutes of the meeting held on 18 May 2026 be approved as a correct record."},
			[]string{"resolution||that the minutes of the meeting held on 18 May 2026 be approved as a correct record.|"}},
		{"who is authorised, an aside of who they act with, a slash, authority given", action.DocDecision, []string{"Decision:", "(i) Authorise the Strategic Director for Parks, in conjunction with the Leader of the Council, to finalise the plan;", "(ii) That delegated authority be given to the Chief Executive / Place Lead to sign the lease."},
			[]string{"resolution|(i)|Authorise the Strategic Director for Parks, in conjunction with the Leader of the Council, to finalise the plan|Strategic Director for Parks", "resolution|(ii)|That delegated authority be given to the Chief Executive / Place Lead to sign the lease.|Chief Executive / Place Lead"}},
		{"RESOLVED to cut from its verb", action.DocDecision, []string{"Decision:", "The Executive RESOLVED to", "RECOMMEND to Council that the budget be approved."},
			[]string{"recommendation||The Executive RESOLVED to RECOMMEND to Council that the budget be approved.|"}},
		{"a narrative under the label with a participle", action.DocDecision, []string{"Decision:", "The Board considered a report on the pooled budget. The budgets delegated by the Council would not change.", "1. That the pooled budget be noted."},
			[]string{"resolution|1|That the pooled budget be noted.|"}},
		{"the first marker after that", action.DocMinutes, []string{"RESOLVED that 1) the answer on bowls greens be noted;", "2) Officers check the greens and report back in the spring."},
			[]string{"resolution|(1)|the answer on bowls greens be noted|", "resolution|(2)|Officers check the greens and report back in the spring.|Officers"}},
		{"a space inside the bracket", action.DocMinutes, []string{"RESOLVED that:-", "(a )     Cabinet agree the tree risk register; and", "(b )     Cabinet notes that the register goes to the Scrutiny Panel."},
			[]string{"resolution|(a)|Cabinet agree the tree risk register|", "resolution|(b)|Cabinet notes that the register goes to the Scrutiny Panel.|"}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// A meeting page as text: each table row one line, its labels run in
// after the item's title, or lost altogether.
func TestMeetingPageRows(t *testing.T) {
	tests := []findCase{
		{"labels run in after the titles", action.DocMinutes, []string{
			"No. | Item |",
			"Declarations of Interest Minutes: None were declared by the members present. |",
			"Minutes of the Last Meeting PDF 80 KB Minutes: The minutes of the meeting held on 2 May 2024 were approved as a correct record. |",
			"Urgent Business To consider any urgent items. Additional documents: Minutes: There were no urgent items. |",
			"Exclusion of the Press RESOLVED: That the press be excluded for the next item. |",
			"Minutes: AGREED that the orchard lease be renewed for five years. |",
		}, []string{
			"resolution||The minutes of the meeting held on 2 May 2024 were approved as a correct record.|",
			"resolution||That the press be excluded for the next item.|",
			"resolution||that the orchard lease be renewed for five years.|",
		}},
		{"two labels on a row, a heading in capitals, a title ending in brackets", action.DocMinutes, []string{
			"MINUTES To confirm the Minutes of the meeting held on 3 March 2024 (previously circulated). Minutes: The Minutes of the meeting held on 3 March 2024 were approved as a correct record. |",
			"ITEM REQUIRING KEY DECISION To consider the following item:- Minutes: The following item was considered:- |",
			"Kiosk Lease PDF 122 KB Report of the Head of Parks. Decision: The Cabinet agreed to the kiosk lease. Minutes: Report of the Head of Parks on the kiosk lease. |",
		}, []string{
			"resolution||The Minutes of the meeting held on 3 March 2024 were approved as a correct record.|",
			"resolution||The Cabinet agreed to the kiosk lease.|",
		}},
		{"minutes signed, and a long subject", action.DocMinutes, []string{
			"The minutes of the proceedings of the meeting of the Council held on 2nd May 2024 were submitted and signed as a correct record.", "",
			"The minutes of the meeting held on 16 November 2023, which then reconvened on 20 November 2023, were agreed as a correct record.",
		}, []string{
			"resolution||The minutes of the proceedings of the meeting of the Council held on 2nd May 2024 were submitted and signed as a correct record.|",
			"resolution||The minutes of the meeting held on 16 November 2023, which then reconvened on 20 November 2023, were agreed as a correct record.|",
		}},
		{"a label and RESOLVED THAT on one line, rows of bare rules", action.DocMinutes, []string{
			"| No. | Item |", "|---|---|", "|", "Parks Strategy Report of the Cabinet Member Additional documents:", "Decision: RESOLVED THAT:",
			"1. the survey results are noted;", "2. the Strategy is adopted.", "|", "|", "Allotment rents Report of the Cabinet Member",
		}, []string{
			"resolution|1|the survey results are noted|",
			"resolution|2|the Strategy is adopted.|",
		}},
		{"the next item's title and its papers end a decision", action.DocMinutes, []string{
			"No. | Item |", "Allotments Board PDF 236 KB Additional documents: Minutes: The purpose of the report was to agree the Board's terms.",
			"DECISION: Cabinet agreed the revised Terms of Reference for the Allotments Board.", "Play Areas and Sports Pitches in the Town Centre Additional documents: |",
		}, []string{
			"resolution||Cabinet agreed the revised Terms of Reference for the Allotments Board.|",
		}},
		{"a decision under an item's title too long to be read as one is still the item's decision", action.DocMinutes, []string{
			"1. Election of a Chair and signing of the Declaration of Acceptance of Office",
			"It was resolved to elect Anna Reed as Chair for the coming year.",
			"",
			"2. Election of a Vice-Chair",
			"It was resolved to elect Tom Hale as Vice-Chair for the coming year.",
			"",
			"3. Apologies",
			"None were received.",
		}, []string{
			"resolution|1|It was resolved to elect Anna Reed as Chair for the coming year.|",
			"resolution|2|It was resolved to elect Tom Hale as Vice-Chair for the coming year.|",
		}},
		{"minutes numbered after their year, their points' spaces lost, under a title that opens with its date", action.DocMinutes, []string{
			"11 April 2023 Allotments Committee", "",
			"23.003.It was resolved to approve the minutes of the meeting of 6 March.", "",
			"23.004. The minutes of the Finance Committee held on 2 April were noted.", "",
			"23.006. Matters arising from plot inspections.", "",
			"i.It was resolved to write to the tenants whose sheds stand on the path.", "",
			"ii.It was resolved to recommend that the Council mend the northern path.", "",
			"23.007. Individual plots.", "",
			"1. It was resolved to offer half plots to new tenants.",
		}, []string{
			"resolution|23.003|It was resolved to approve the minutes of the meeting of 6 March.|",
			"resolution|23.004|The minutes of the Finance Committee held on 2 April were noted.|",
			"resolution|23.006(i)|It was resolved to write to the tenants whose sheds stand on the path.|",
			"recommendation|23.006(ii)|It was resolved to recommend that the Council mend the northern path.|",
			"resolution|23.007(1)|It was resolved to offer half plots to new tenants.|",
		}},
		{"a vote of all present in a sentence of its own ends the record it decides", action.DocMinutes, []string{
			"12. Planning applications",
			"Councillors recommended that permission should be granted. All present agreed.",
			"",
			"13. Election of Vice Chair",
			"There were no other nominations. All agreed. Cllr Ash was elected Vice Chair.",
			"",
			"14. Minutes",
			"The minutes of the last meeting were read and signed as a",
			"correct record.",
			"",
			"Proposed – Councillor Ash. Seconded - Councillor Oak. All in favour",
		}, []string{
			"resolution|12|Councillors recommended that permission should be granted. All present agreed.|",
			"resolution|13|Cllr Ash was elected Vice Chair.|",
			"resolution|14|The minutes of the last meeting were read and signed as a correct record.|",
		}},
		{"a form's fields stay whole", action.DocDecision, []string{
			"Key Decision: Yes",
			"Reason for Decision: The orchard lease ends this year and must be renewed.",
			"Date of Decision: 12 March 2024",
		}, nil},
		{"labels lost after the narrative", action.DocMinutes, []string{
			"Orchards Report", "",
			"A report of the Head of Parks, which had been circulated, was considered by the members.", "",
			"To note the report.", "",
			"Minutes of the Last Meeting", "",
			"The Chair asked that the name of the Friends Group be corrected.", "",
			"that the minutes of the meeting held on 2 May, as corrected, be signed as a true record.",
		}, []string{
			"resolution||To note the report.|",
			"resolution||that the minutes of the meeting held on 2 May, as corrected, be signed as a true record.|",
		}},
		{"an agenda's text is no decision", action.DocMinutes, []string{
			"Orchards Report", "",
			"The report sets out the plans for the orchards.", "",
			"To note the report.",
		}, nil},
		{"a marker alone on its line", action.DocDecision, []string{
			"Decision:", "1.", "To", "approve the orchard plan,", "subject to funding.", "2.", "To request a report on the", "kiosk by May.",
		}, []string{
			"resolution|1|To approve the orchard plan, subject to funding.|",
			"resolution|2|To request a report on the kiosk by May.|",
		}},
		{"a letter alone over a blank line, bullets in its clause", action.DocDecision, []string{
			"RESOLVED:", "", "That the Board recommend that Council agree to:-", "", "a.", "", "adopt the following documents:", "", "· Revised Byelaws", "", "· Tree Policy", "",
			"and update the Constitution to match.", "", "b.", "", "delegate authority to the Head of Legal to make small changes to the byelaws.",
		}, []string{
			"recommendation|(a)|the Board recommend that Council agree to adopt the following documents: Revised Byelaws Tree Policy and update the Constitution to match.|",
			"recommendation|(b)|the Board recommend that Council agree to delegate authority to the Head of Legal to make small changes to the byelaws.|Head of Legal",
		}},
		{"a decision label without its colon", action.DocMinutes, []string{
			"2. PLAY AREAS BUDGET", "", "Decision", "", "Cabinet noted the projected spend on play areas.", "", "Reasons for the decision", "", "As set out above.", "",
			"3. KIOSK", "", "Decision", "", "The kiosk lease would be discussed at the next meeting.",
		}, []string{
			"resolution|2|Cabinet noted the projected spend on play areas.|",
			"commitment||The kiosk lease would be discussed at the next meeting.|",
		}},
		{"a decision page's sections, hard-wrapped", action.DocDecision, []string{
			"Purpose of report", "To present a review of the Parks Plan.", "Decision", "Cabinet noted the review of the Parks Plan.", "Alternative options considered and rejected", "The Parks Panel leads on monitoring the plan.",
		}, []string{
			"resolution||Cabinet noted the review of the Parks Plan.|",
		}},
		{"a field's short value, then the decision told after the narrative", action.DocDecision, []string{
			"Is subject to call in?: Yes", "Cabinet considered a report of the Director on the parks.", "The recommendations in the report were considered and agreed. A decision record is attached.",
		}, []string{
			"resolution||The recommendations in the report were considered and agreed.|",
		}},
		{"a record's labels on successive lines", action.DocDecision, []string{
			"Is subject to call in?: No", "Decision taken", "Cabinet agreed the recommendations set out in the report.", "Reason for decision", "The Panel recommended the plan.",
		}, []string{
			"resolution||Cabinet agreed the recommendations set out in the report.|",
		}},
		{"a report's decision heading over a proposal", action.DocReport, []string{
			"Decision", "", "That the Cabinet approves the play area plan.",
		}, nil},
		{"points numbered with no dot", action.DocDecision, []string{
			"Decision:", "1 officers can replace the gates at the play area; and", "2 officers can award the contract except where:", "a) a ward Councillor asks for Cabinet to decide; or", "b) the lowest tender is over £20,000.", "3 in the case of 2a, the Portfolio Holder decides.", "",
			"The park is open for 12", "months of the year.",
		}, []string{
			"resolution|1|officers can replace the gates at the play area|",
			"resolution|2|officers can award the contract except where: (a) a ward Councillor asks for Cabinet to decide; or (b) the lowest tender is over £20,000.|",
			"resolution|3|in the case of 2a, the Portfolio Holder decides.|",
		}},
		{"a tracker's column labels", action.DocReport, []string{
			"Recommendation", "made to: |", "Action taken or", "Planned to Date |", "Outcome |",
		}, nil},
		{"seconded and resolved in one sentence, titles with their dates run in", action.DocMinutes, []string{
			"17/61 Grass cutting It was proposed by Councillor Hale, seconded by Councillor Pryce and resolved that the verges be cut in May.", "",
			"17/62 It was proposed by Councillor Hale, seconded by Councillor Pryce and unanimously agreed to renew the lease.", "",
			"17/63 Approval of the Minutes of the Meeting 9th July 2019 The Minutes of the above meeting were agreed by all Councillors and signed by the Chair.", "",
			"17/64 Councillor Hale proposed and Councillor Pryce seconded and Committee resolved that Standing Order 12 be suspended.",
		}, []string{
			"resolution|17/61|It was proposed by Councillor Hale, seconded by Councillor Pryce and resolved that the verges be cut in May.|",
			"resolution|17/62|It was proposed by Councillor Hale, seconded by Councillor Pryce and unanimously agreed to renew the lease.|",
			"resolution|17/63|The Minutes of the above meeting were agreed by all Councillors and signed by the Chair.|",
			"resolution|17/64|Councillor Hale proposed and Councillor Pryce seconded and Committee resolved that Standing Order 12 be suspended.|",
		}},
		{"agreed that, no one to act, after the item's narrative", action.DocMinutes, []string{
			"14/301 Play Area Working Group It was noted that the group has not met since June. It was agreed that the Town Council needs to see the inspection reports for the last three years.", "",
			"14/302 Footpath The surveyor had looked at the surface. It was agreed that the surface is not safe for the walking bus. It was agreed that the hedge needs cutting back before winter.", "",
			"14/303 Notice board It was noted that the glass is cracked. It was agreed that the Clerk would order a new pane.", "",
			"14/304 Website It was agreed that SS an", "",
			"14/305 Hedges The hedge has grown over the path. It was agreed that the hedge by the pond should be cut back to four feet.", "",
			"14/306 Reserves The rates have risen. It was agreed that the Clerk should ask the bank about a deposit account.",
		}, []string{
			"resolution|14/301|It was agreed that the Town Council needs to see the inspection reports for the last three years.|",
			"resolution|14/302|It was agreed that the surface is not safe for the walking bus.|",
			"resolution|14/302|It was agreed that the hedge needs cutting back before winter.|",
			"commitment|14/303|It was agreed that the Clerk would order a new pane.|the Clerk",
			// What should be done, no one named to do it, was settled;
			// someone who should act has undertaken to.
			"resolution|14/305|It was agreed that the hedge by the pond should be cut back to four feet.|",
			"commitment|14/306|It was agreed that the Clerk should ask the bank about a deposit account.|the Clerk",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectItems(t, Find(doc(false, tc.lines...), nil, Options{Genre: tc.genre}), showKindRefActionOwner, tc.want)
		})
	}
}

// Undertakings in phrasings met on real pages: a contraction, a phrase
// before the speaker, a passive with its own subject after an undertaking,
// and minutes taken as read.
func TestMorePhrasings(t *testing.T) {
	tests := []findCase{
		{"a body that has pledged to: its points", action.DocOther, []string{"The District Council has pledged to:", "• Declare a Climate Emergency", "• Report back to Council within six months with its plan"},
			[]string{"commitment||The District Council has pledged to Declare a Climate Emergency|", "commitment||The District Council has pledged to Report back to Council within six months with its plan|"}},
		{"'and we will' after a comma", action.DocOther, []string{"We are an ambitious council, and we will put residents at the centre of all we do."},
			[]string{"commitment||we will put residents at the centre of all we do.|"}},
		{"'We are … and will' promises from 'will'", action.DocOther, []string{"We are ambitious for our towns too and will work to help every village thrive."},
			[]string{"commitment||will work to help every village thrive.|"}},
		{"contraction", action.DocReport, []string{"We’ll publish a yearly report on the orchards each May."},
			[]string{"commitment||We’ll publish a yearly report on the orchards each May.|"}},
		{"we will, any act, after a run-in heading", action.DocOther, []string{"- Play and Sport - we will renew the play areas in every ward.", "We will plant 2,000 trees.", "We will continue to value our parks.", "We will need more volunteers."},
			[]string{"commitment||Play and Sport - we will renew the play areas in every ward.|", "commitment||We will plant 2,000 trees.|"}},
		{"available for a meeting, and a meeting's date", action.DocMinutes, []string{"He expected that the analysis would be available by the next Board meeting.", "Budget Panel – The next meeting of the Budget Panel will be held early 2026."},
			[]string{"commitment||He expected that the analysis would be available by the next Board meeting.|"}},
		{"an abbreviation in brackets, an adverb after the subject", action.DocReport, []string{"The District Council also committed to discussing this with partners (e.g. Island Matters) and to coming back to the team."},
			[]string{"commitment||The District Council also committed to discussing this with partners (e.g. Island Matters) and to coming back to the team.|The District Council"}},
		{"what is put to use acts", action.DocReport, []string{"Our network of Community Wardens will also be utilised to help residents through the change."},
			[]string{"commitment||Our network of Community Wardens will also be utilised to help residents through the change.|Our network of Community Wardens"}},
		{"agreed that, a hyphenated participle", action.DocMinutes, []string{"Members also agreed that the talk by the Schools Officer be re-arranged as soon as possible."},
			[]string{"resolution||Members also agreed that the talk by the Schools Officer be re-arranged as soon as possible.|"}}, // as "It was agreed that …" is
		// What members agreed be done, or would be, is what the meeting
		// settled; what they agreed was so is a view.
		{"members agreed that, settled", action.DocMinutes, []string{"Members agreed that the Committee's next review would be on loneliness and that the one after it would be on flooding."},
			[]string{"resolution||Members agreed that the Committee's next review would be on loneliness and that the one after it would be on flooding.|"}},
		{"members agreed that, a view", action.DocMinutes, []string{"Members agreed that the presentation had been useful."}, nil},
		{"a follow-up conducted", action.DocMinutes, []string{"A follow-up would be conducted on how the comments were presented."},
			[]string{"commitment||A follow-up would be conducted on how the comments were presented.|"}},
		{"expecting to bring, the subject first", action.DocMinutes, []string{"The Auditors had been appointed in April and were expecting to bring a report to the next Committee meeting."},
			[]string{"commitment||The Auditors had been appointed in April and were expecting to bring a report to the next Committee meeting.|The Auditors"}},
		{"a tracker's lead without its colon, a lettered list in a point", action.DocOther, []string{
			"Action - Leader to provide a written answer to Councillor Ash on the railings.",
			"Action - The Town Council commits to",
			"1. Work with the parishes to keep the verges clear and:",
			"a. Clear the litter from the main roads each month.",
			"b. Back the litter picking groups with equipment.",
			"2. Lobby Government to bring in higher fines for fly-tipping.",
		}, []string{
			"commitment||Leader to provide a written answer to Councillor Ash on the railings.|Leader",
			"commitment|1|The Town Council commits to Work with the parishes to keep the verges clear and: a. Clear the litter from the main roads each month. b. Back the litter picking groups with equipment.|",
			"commitment|2|The Town Council commits to Lobby Government to bring in higher fines for fly-tipping.|",
		}},
		{"a past tense not in -ed tells", action.DocMinutes, []string{"1) The Leader provided an update on the work.", "2) The Mayor made the following announcements:", "· There had been a good response to the week."}, nil},
		{"a priority spelt out in gerunds, and a 'we will' after a semicolon", action.DocOther, []string{"This means working with the friends groups to look after every park. It also means lighting the paths.", "We want to halve the waiting list; and we will keep running free growing classes."},
			[]string{"commitment||This means working with the friends groups to look after every park. It also means lighting the paths.|", "commitment||We want to halve the waiting list; and we will keep running free growing classes.|"}},
		{"kept up to date", action.DocMinutes, []string{"He explained that there would be some noise, but the Friends Group would be kept up-to-date with progress.", "Our approach will be informed by what residents tell us."},
			[]string{"commitment||He explained that there would be some noise, but the Friends Group would be kept up-to-date with progress.|"}},
		{"a plan's priorities, numbered, their points in the imperative", action.DocOther, []string{
			"Our priorities for the future", "Our priorities for the town.", "1. Green spaces", "• Better parks for every ward", "• Plant and care for 2,000 trees", "• Tackle litter in the town centre",
			"2. Good homes", "• Working with landlords on repairs", "• Improve the standard of new homes",
		}, []string{
			"commitment||Plant and care for 2,000 trees|", "commitment||Tackle litter in the town centre|", "commitment||Improve the standard of new homes|",
		}},
		{"minutes numbered 'Nos.'", action.DocMinutes, []string{"The Minutes of the Meeting held on 5 February 2026 (Minute Nos. 101 – 112) were approved as a correct record."},
			[]string{"resolution||The Minutes of the Meeting held on 5 February 2026 (Minute Nos. 101 – 112) were approved as a correct record.|"}},
		// (What was agreed be done, no one named to do it, is decided too.)
		{"agreed that the minutes be approved decides", action.DocMinutes, []string{"It was agreed that the minutes of the meeting held on 3 March be approved as a correct record.", "It was agreed that the figures be circulated to members."},
			[]string{"resolution||It was agreed that the minutes of the meeting held on 3 March be approved as a correct record.|", "resolution||It was agreed that the figures be circulated to members.|"}},
		{"a pronoun's undertaking, a report coming to a body", action.DocMinutes, []string{"In response, he advised that he would speak to the Parks Manager about the drain.", "The Chair reported on the review and that a report will come to Cabinet later in March."},
			[]string{"commitment||In response, he advised that he would speak to the Parks Manager about the drain.|", "commitment||The Chair reported on the review and that a report will come to Cabinet later in March.|"}},
		{"a post named with its remit after a comma undertakes", action.DocMinutes, []string{"The Executive Director, Finance and Resources advised Members that she would bring the tracker to the Corporate Management Team."},
			[]string{"commitment||The Executive Director, Finance and Resources advised Members that she would bring the tracker to the Corporate Management Team.|Executive Director, Finance and Resources"}},
		{"who undertook after an undertaking that named nobody", action.DocMinutes, []string{"In response, he advised that he would speak to the Chair about it. The Leader also undertook to liaise with the enforcement team about the land."},
			[]string{"commitment||In response, he advised that he would speak to the Chair about it.|", "commitment||The Leader also undertook to liaise with the enforcement team about the land.|The Leader"}},
		{"a change to a paper's words", action.DocMinutes, []string{"• The word 'rural' would be removed from the first paragraph of the Strategy.", "The trees would be removed as part of the works."},
			[]string{"commitment||The word 'rural' would be removed from the first paragraph of the Strategy.|"}},
		{"a phrase before the speaker", action.DocMinutes, []string{"Following the question, the Chair said that she would be discussing the pitch fees with the Director."},
			[]string{"commitment||Following the question, the Chair said that she would be discussing the pitch fees with the Director.|the Chair"}},
		{"a passive with its own subject", action.DocMinutes, []string{"The Leader said the Council would meet the traders about the market. A report on parking would be brought to the Cabinet in June."},
			[]string{"commitment||The Leader said the Council would meet the traders about the market.|the Council", "commitment||A report on parking would be brought to the Cabinet in June.|"}},
		{"a passive carrying the last on", action.DocMinutes, []string{"The Director would circulate the figures. These would be sent by March."},
			[]string{"commitment||The Director would circulate the figures. These would be sent by March.|The Director"}},
		{"thinking, not acting", action.DocMinutes, []string{"The Head of Parks would be considering a friends group for the lake."}, nil},
		{"taken as read", action.DocMinutes, []string{"The minutes of the meeting held on 3 March 2025 were taken as read and approved as a correct record."},
			[]string{"resolution||The minutes of the meeting held on 3 March 2025 were taken as read and approved as a correct record.|"}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// What a meeting's record says that promises nothing of its own, and a
// "That …:" lead under a label that its clauses carry.
func TestNothingPromised(t *testing.T) {
	tests := []findCase{
		{"a delegation's lead under the label", action.DocDecision, []string{"Decision:", "That, after consulting the Cabinet Member, delegated authority be granted to:", "1. the Head of Parks to agree the kiosk lease;", "2. the Head of Legal to sign it."},
			[]string{"resolution|1|delegated authority be granted to the Head of Parks to agree the kiosk lease|Head of Parks", "resolution|2|delegated authority be granted to the Head of Legal to sign it.|Head of Legal"}},
		{"the call-in period", action.DocDecision, []string{"Implementation of Decision:", "The decision will be implemented when the call-in period of five days is over."}, nil},
		{"a motion's words quoted before any vote", action.DocOther, []string{"I have drafted a short motion for our next meeting, which reads;", "This Council pledges to:", "1. Declare a climate emergency.", "2. Plant a tree for every child born in the parish."}, nil},
		{"the running order", action.DocMinutes, []string{"The Chair said that she would be taking the two orchard items first."}, nil},
		{"a body's role", action.DocOther, []string{"(a) The Parks Board:", "Its main role is to:-", "• set the parks policy", "• agree the parks budget"}, nil},
		{"standing rules", action.DocMinutes, []string{"Meetings of the Parks Board will be open to the public unless the business is exempt.", "A period of up to 15 minutes will be allowed for members of the public to ask questions at the meeting."}, nil},
		{"a rule for every case of a kind, whole or as a lead-in over its parts", action.DocOther, []string{"3.1 Every lease granted by the Council shall:-", "3.1.1 be in writing;", "3.1.2 be sealed by the Head of Legal.", "3.2 All meetings of the Parks Board shall take place in public."}, nil},
		{"a request to everyone at the meeting", action.DocMinutes, []string{"1.1 The Chair opened the meeting and asked everyone to give their names for the record."}, nil},
		{"a request to those present", action.DocMinutes, []string{"The Chair asked all those present to stand for a minute’s silence and the Council’s condolences were passed on to the family."}, nil},
		{"a meeting page's notices to its readers", action.DocMinutes, []string{
			"If you wish to attend please let us know. We will ask for contact details to be given so that we can reach you.",
			"Councillors and Officers attending the meeting will be signing in at the front desk.",
			"Public question time will last up to 20 minutes; questions will be taken in order of receipt.",
			"A copy of the record is attached. (Please note that the Chair of the Pond Committee will be invited to attend to help check it.)",
		}, nil},
		{"aims listed under 'we aim to', a body's next meeting, open business asked of members", action.DocOther, []string{
			"In everything we do we aim to:", "• Be open.", "• Be kind.",
			"The Parks Board will meet on 23 September to consider the plan.",
			"All Members are asked to submit any declarations in writing by noon on Friday.",
		}, nil},
		{"a page's statutory notice, how meetings are held and recorded", action.DocOther, []string{
			"This is a formal notice under the Local Authorities (Executive Arrangements) Regulations 2012 that parts of the meeting will be held in private.",
			"This meeting may be recorded for publication on the Council’s website; the Chair will confirm at the start whether it is being recorded.",
			"From 1 May all Committee meetings that are taking place will be held remotely via video link.",
			"Until the hall reopens, all of our meetings will be held electronically through a video call service.",
			"Sound recordings will be taken of every public meeting of the Board, closed sessions included.",
		}, nil},
		{"a page's papers put online whenever they are ready", action.DocOther, []string{
			"Draft notes of each gathering are posted on this page as soon as they have been typed up.",
			"We will add the draft minutes here as soon as we are able to after each meeting.",
		}, nil},
		{"who may speak at the meeting", action.DocMinutes, []string{"At the meeting a questioner will be invited to address a question orally to the Leader."}, nil},
		{"a member's view, a concern raised", action.DocMinutes, []string{
			"A Member highlighted that the newsletter could be improved and that the briefing would work better if given in person.",
			"Concern was raised that the free parking offered to shoppers had been taken by those working nearby.",
		}, nil},
		{"events announced, papers published as a rule", action.DocMinutes, []string{
			"The Mayor reminded Members that the town fair would be taking place on Monday.",
			"He noted that a quiz night would be held on 3rd May in support of the hospice.",
			"The Chair announced that the traffic light system would be used for speech timing at the meeting.",
			"The agenda for this meeting will be published 5 clear working days before the scheduled date of the meeting.",
			"The minutes will normally be published within 7 working days following the meeting.",
			"(A printed copy of the questions and replies will be available at the meeting)",
			"The agendas for these meetings will be published as normal on the Council's website.",
		}, nil},
		{"a body's sitting announced", action.DocMinutes, []string{
			"A MEETING of the PARISH COUNCIL will take place on THURSDAY MAY 7 at 7pm in the Village Hall.",
			"An Assembly of the Electors of the Parish will be held at the Church Rooms on Monday 3 June at 7.30pm to conduct the following business.",
		}, nil},
		{"a compound of a label's word", action.DocMinutes, []string{"Decision-making was delegated to cabinet members as the Mayor explained in June."}, nil},
		{"an agenda's procedural asks", action.DocReport, []string{"Members are requested to advise the Committee Officer of any apologies for this meeting.", "Members are invited to declare any interests they may have in any item of business.",
			"Members are asked to consider whether they have an interest to declare in any item.", "Members are requested to identify the item their interest relates to."}, nil},
		{"an earlier minute corrected, quoting it", action.DocMinutes, []string{"12.1 Councillor Ash asked that Minute 8.2 be changed to read ‘The Friends’ Group asked about the bins. Councillor Ash would update at the next meeting.’"}, nil},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// A committee's recommendations carried to another meeting, and a cover
// sheet's recommendation run in after its label.
func TestCarriedRecommendations(t *testing.T) {
	tests := []findCase{
		{"recommendation from another meeting", action.DocReport, []string{"Recommendation from the Cabinet Meeting held on 5 March 2026", "1) That Council adopt the Orchards Guide; and", "2) Withdraw the old Hedges Guide (2009)."},
			[]string{"recommendation|(1)|That Council adopt the Orchards Guide|", "recommendation|(2)|Withdraw the old Hedges Guide (2009).|"}},
		{"a colon in what a decision names", action.DocReport, []string{"Recommendation from the Cabinet Meeting held on 5 March 2026", "1) That Council adopt the Orchards Guide; and", "2) Withdraw The Old Guides: Hedges SPG (2003); and The Old Guides: Trees SPG (2004)."},
			[]string{"recommendation|(1)|That Council adopt the Orchards Guide|", "recommendation|(2)|Withdraw The Old Guides: Hedges SPG (2003); and The Old Guides: Trees SPG (2004).|"}},
		{"another body's recommendation on an agenda", action.DocOther, []string{"3.1 Tree Planting Review", "The Parks Sub-Committee on 20 February 2024 recommended that the Cabinet approve the tree review", "The Scrutiny Committee had recommended that the Cabinet wait."},
			[]string{"recommendation||The Parks Sub-Committee on 20 February 2024 recommended that the Cabinet approve the tree review|"}},
		{"the recommendation is to", action.DocReport, []string{"The recommendation is to implement option 2. The council will also publish a plan for the parks by May."},
			[]string{"recommendation||The recommendation is to implement option 2.|", "commitment||The council will also publish a plan for the parks by May.|The council"}},
		{"a closing recommendation after the list", action.DocDecision, []string{"Decision:", "The Cabinet:", "1) Accepted the Motion;", "2) Referred this back to Council in April", "It was therefore RECOMMENDED to Council that the Motion be accepted."},
			[]string{"resolution|(1)|The Cabinet Accepted the Motion|", "resolution|(2)|The Cabinet Referred this back to Council in April|", "recommendation||It was therefore RECOMMENDED to Council that the Motion be accepted.|"}},
		{"recommendations numbered R1., R2.", action.DocReport, []string{"Members are asked to:", "R1. Award delegated authority to the Finance Officer to consult with residents.", "R2. Agree the consultation timetable."},
			[]string{"recommendation|R1|Members are asked to Award delegated authority to the Finance Officer to consult with residents.|Finance Officer", "recommendation|R2|Members are asked to agree the consultation timetable.|"}},
		{"run in after the label", action.DocReport, []string{"Recommendations That Members note the orchards update"},
			[]string{"recommendation||That Members note the orchards update|"}},
		{"who reports is the owner", action.DocReport, []string{"Recommendations That the Head of Parks report back on the orchards in May"},
			[]string{"recommendation||That the Head of Parks report back on the orchards in May|Head of Parks"}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// findCase is one paper's lines and the items Find should give, each shown
// by the test's own show.
type findCase struct {
	name  string
	genre string
	lines []string
	want  []string
}

func runFindCases(t *testing.T, cases []findCase, show func(action.Action) string) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectItems(t, Find(doc(true, tc.lines...), nil, Options{Genre: tc.genre}), show, tc.want)
		})
	}
}

// TestWrappedFooterAndCapsHeading: in wrapped text, a page's footer
// that names the meeting and its date, and the next item's heading in
// capitals, are not the words of the unfinished point before them.
func TestWrappedFooterAndCapsHeading(t *testing.T) {
	d := doc(false,
		"EVENTS",
		"RESOLVED that:",
		"a) posters be put up at the park entrance",
		"Parks and Events 28.04.26",
		"b) signage boards be erected on the day of the fair",
		"PLAY AREA REPAIRS",
		"Members considered the report of the Clerk.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{
		"(a)|posters be put up at the park entrance",
		"(b)|signage boards be erected on the day of the fair",
	})
}

// TestWrappedBracketClose: a wrap that leaves a bracket's number and its
// close at a line's start ("… (Annex" over "2), which set out …") goes on
// with the sentence; "2)," numbers no point (291/05 as a PDF).
func TestWrappedBracketClose(t *testing.T) {
	d := doc(false,
		"7. Annual Report of the Internal Auditor",
		"RESOLVED that the Committee welcomed the annual report of the auditor (Annex",
		"2), which set out the work done in the second half of the year.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{
		"7|that the Committee welcomed the annual report of the auditor (Annex 2), which set out the work done in the second half of the year.",
	})
}

// TestWrappedBracketOpen: a wrap that leaves a bracket's number and its
// close at a line's start, where the line before opened the bracket ("…
// (set out in Appendix" over "3) which found …"), goes on with the
// sentence: "3)" numbers no point, and the points under the sentence are
// no list it leads. A line before that closed its brackets, or opened
// none, leaves "1)" a point's number.
func TestWrappedBracketOpen(t *testing.T) {
	tests := []struct {
		name  string
		genre string
		lines []string
		want  []string
	}{
		{"a decision's sentence goes on past the close", action.DocMinutes, []string{
			"4. Play areas",
			"RESOLVED that the Panel note the survey of the play areas (set out in Appendix",
			"3) which found two swings in need of repair."},
			[]string{"4|that the Panel note the survey of the play areas (set out in Appendix 3) which found two swings in need of repair."}},
		{"prose with a count under it is no list of points", action.DocMinutes, []string{
			"The plan carried a tracker of its measures (shown in Annex",
			"1) which gave the state of the measures at the half year:",
			"",
			"· Measures on target – 15 (75%)",
			"",
			"· Measures off target – 5 (25%)"},
			nil},
		{"a closed bracket before: the next line is a point", action.DocMinutes, []string{
			"RESOLVED that the Panel (having read the survey):",
			"1) agree that the swings be repaired;",
			"2) ask the Clerk to order new chains."},
			[]string{"(1)|the Panel (having read the survey) agree that the swings be repaired", "(2)|the Panel (having read the survey) ask the Clerk to order new chains."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectItems(t, Find(doc(false, tc.lines...), nil, Options{Genre: tc.genre}), func(a action.Action) string { return a.Ref + "|" + a.Action }, tc.want)
		})
	}
}

// TestWrappedColonAfterComma: a line that ends with a comma leaves its
// sentence open, so the next line's colon ends a clause of it ("… In
// addition," over "Cabinet agreed to adopt:"), not a form's label
// (291/06 as a PDF).
func TestWrappedColonAfterComma(t *testing.T) {
	d := doc(false,
		"RESOLVED: that Cabinet",
		"a) Set the hall hire charges for the coming year as proposed. In addition,",
		"Cabinet agreed to adopt:",
		"· Option A, to hold charges for local clubs;",
		"· Option C, to raise charges for private parties by five percent",
		"b) Ask the Clerk to publish the new charges on the website.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocDecision}), func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{
		"(a)|Cabinet set the hall hire charges for the coming year as proposed. In addition, Cabinet agreed to adopt: Option A, to hold charges for local clubs; Option C, to raise charges for private parties by five percent",
		"(b)|Cabinet ask the Clerk to publish the new charges on the website.",
	})
}

// TestBracketTagEndsPoint: in typed minutes set a line a point with no
// full stops, a point that ends with the note of who acts on it in
// brackets ("(Act Clerk)") is finished; the next line is another point,
// not its last words.
func TestBracketTagEndsPoint(t *testing.T) {
	d := doc(false,
		"5. Playing field",
		"The football club has asked for the goalposts to be moved.",
		"Need to find out who owns the goalposts (Act Clerk)",
		"County council to be reminded about the overgrown hedge (Action: Cllr Hope)",
		"Bins at the pavilion need emptying more often (Act JB + AP)")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Action + "|" + strings.Join(a.Owner, ",") }, []string{
		"Need to find out who owns the goalposts (Act Clerk)|Clerk",
		"County council to be reminded about the overgrown hedge (Action: Cllr Hope)|Cllr Hope",
		"Bins at the pavilion need emptying more often (Act JB + AP)|JB,AP",
	})
}

// expectItems fails t unless items, each shown by show, are want.
func expectItems(t *testing.T, items []action.Action, show func(action.Action) string, want []string) {
	t.Helper()
	var got []string
	for _, a := range items {
		got = append(got, show(a))
	}
	expectLines(t, got, want)
}

// expectLines fails t unless got is want, line for line, showing both.
func expectLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func showKindRefActionOwner(a action.Action) string {
	return a.Kind + "|" + a.Ref + "|" + a.Action + "|" + strings.Join(a.Owner, ";")
}

// TestPastDecisions: decisions recorded in the past tense in shapes the
// rules first missed on real meeting pages.
func TestPastDecisions(t *testing.T) {
	tests := []findCase{
		{"minutes confirmed 'then', and 'These minutes'", action.DocMinutes, []string{
			"The minutes of the meeting held on 2 May were then confirmed and signed as a true record.",
			"These minutes were approved and signed as a correct record.",
		}, []string{
			"resolution||The minutes of the meeting held on 2 May were then confirmed and signed as a true record.|",
			"resolution||These minutes were approved and signed as a correct record.|",
		}},
		{"an item's title run into its first sentence", action.DocMinutes, []string{"Minutes of Last Meeting The Minutes of the Board held on 4 June were confirmed and signed by the Chair."},
			[]string{"resolution||The Minutes of the Board held on 4 June were confirmed and signed by the Chair.|"}},
		{"a title run in, then narrative, gives nothing", action.DocMinutes, []string{"Orchards Update The Officer said the trees were planted."}, nil},
		{"minutes approved subject to amendments listed", action.DocMinutes, []string{"Minutes:", "The minutes of the meetings held on 2 May and 6 June, as circulated, were approved subject to two amendments:", "• In the minutes of 2 May, that Cllr Ash was present.", "• In the minutes of 6 June, that the vote was 9 to 2."},
			[]string{"resolution||The minutes of the meetings held on 2 May and 6 June, as circulated, were approved subject to two amendments: In the minutes of 2 May, that Cllr Ash was present. In the minutes of 6 June, that the vote was 9 to 2.|"}},
		{"minutes approved subject to amendments named at length", action.DocMinutes, []string{"RESOLVED, that the minutes of the meeting held on 2 May be approved as a correct record, subject to the following amendments to the minutes of 2 May 2026:", "· Bullet point six should read as:", "“The pond was cleared in April”."},
			[]string{"resolution||RESOLVED, that the minutes of the meeting held on 2 May be approved as a correct record, subject to the following amendments to the minutes of 2 May 2026: Bullet point six should read as:|"}},
		{"'That Council approved', a decision after the meeting's view", action.DocDecision, []string{
			"Decision:", "The Committee welcomed the potential for more trees. It was resolved that the Council proceed with the bid to the Trees Fund.",
			"Decision:", "That Council approved the recommendations set out in Appendix A of the report.",
		}, []string{
			"resolution||It was resolved that the Council proceed with the bid to the Trees Fund.|",
			"resolution||That Council approved the recommendations set out in Appendix A of the report.|",
		}},
		{"two items' decisions alike but for a word are two", action.DocMinutes, []string{
			"3", "Resolved:", "That the minutes of the ordinary meeting held on 16 May be approved as a correct record.",
			"4", "Resolved:", "That the minutes of the special meeting held on 16 May be approved as a correct record.",
		}, []string{
			"resolution|3|That the minutes of the ordinary meeting held on 16 May be approved as a correct record.|",
			"resolution|4|That the minutes of the special meeting held on 16 May be approved as a correct record.|",
		}},
		{"a subjunctive without 'That', a comma in its subject; a request reported", action.DocMinutes, []string{
			"The Minutes of the meeting of the Council held on Tuesday, 4 May 2026 be taken as read, confirmed and signed.",
			"The Portfolio Holder for Parks, Councillor Ash, requested the minutes be approved.",
		}, []string{"resolution||The Minutes of the meeting of the Council held on Tuesday, 4 May 2026 be taken as read, confirmed and signed.|"}},
		{"what the agenda asked, answered by the meeting's decision in the infinitive", action.DocMinutes, []string{
			"The Executive is asked to approve the minutes of the meeting held on 24 May.", "The Executive considered the minutes of the meeting held on 24 May.", "To approve the minutes of the meeting held on 24 May for signature by the Chair.",
		}, []string{"resolution||To approve the minutes of the meeting held on 24 May for signature by the Chair.|"}},
		{"a named meeting's decision", "", []string{"The Annual Meeting agreed the composition of the Council's committees for the year."},
			[]string{"resolution||The Annual Meeting agreed the composition of the Council's committees for the year.|"}},
		{"approved by the body at the meeting, in the passive", "", []string{"Updated plans for the parks were approved by Executive Board at the meeting, followed by a report on progress."},
			[]string{"resolution||Updated plans for the parks were approved by Executive Board at the meeting, followed by a report on progress.|"}},
		{"the open and exempt minutes, councillors approving today", "", []string{"The Open and Exempt Minutes of the Meeting held on 4 March were confirmed as a correct record.", "Councillors have today (Monday, 9 March) approved the first Parks Plan."},
			[]string{"resolution||The Open and Exempt Minutes of the Meeting held on 4 March were confirmed as a correct record.|", "resolution||Councillors have today (Monday, 9 March) approved the first Parks Plan.|"}},
		{"a minute's number, dash and title run in after the last item's text", action.DocMinutes, []string{"No interests were declared. 2 – Minutes The Minutes of the meeting held on 9 March were agreed as a correct record."},
			[]string{"resolution||The Minutes of the meeting held on 9 March were agreed as a correct record.|"}},
		{"a minute's number and title run in before a colon", action.DocMinutes, []string{"41/26 – MINUTES: The Minutes of the meeting of the Board held on 2 May were approved as a correct record."},
			[]string{"resolution||The Minutes of the meeting of the Board held on 2 May were approved as a correct record.|"}},
		{"a body's decision in the present perfect, councillors endorsing", "", []string{"The Cabinet has approved the new Parks Policy for the district.", "Councillors endorsed the housing strategy, which aims to build 500 homes."},
			[]string{"resolution||The Cabinet has approved the new Parks Policy for the district.|", "resolution||Councillors endorsed the housing strategy, which aims to build 500 homes.|"}},
		{"members agreeing in discussion decide nothing", action.DocMinutes, []string{"Members agreed that the presentation had been very useful."}, nil},
		{"the verb alone in capitals, after narrative", action.DocMinutes, []string{"Members discussed the bins. The Board NOTED the progress on the orchards plan."},
			[]string{"resolution||The Board NOTED the progress on the orchards plan.|"}},
		{"a passive that ends on its decision word in capitals, after narrative; with a body after it, it is not read so", action.DocMinutes, []string{"Members asked about the bins. With nothing more to add the summary of open items was DULY NOTED.", "", "A late apology had come from Councillor Ash. This was NOTED by the Trust."},
			[]string{"resolution||With nothing more to add the summary of open items was DULY NOTED.|"}},
		{"a passive in capitals after 'whether' or 'that' is asked about or reported, not decided", action.DocMinutes, []string{"Members talked about the pond. Cllr Finch wondered whether the fencing quote was APPROVED.", "", "Members talked about the hall. The Clerk said that the district's lottery bid was APPROVED."}, nil},
		{"a decisions page's numbered point, its verb in capitals", action.DocDecision, []string{"Decision:", "1) Board NOTED the priorities in the report."},
			[]string{"resolution|(1)|Board NOTED the priorities in the report.|"}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestAnnouncedDecisions: pages that announce a meeting's decisions as a
// list — council news, a meetings digest — rather than minute them.
func TestAnnouncedDecisions(t *testing.T) {
	t.Run("a lead-in on its own line in wrapped text, bullets alone on theirs", func(t *testing.T) {
		lines := []string{
			"The Leader said the money would help every town.",
			"The following decisions have today been approved:",
			"·",
			"£2m for new play areas in the three parks, so that",
			"every ward has one.",
			"·",
			"A longer lease for the community orchard.",
		}
		expectItems(t, Find(doc(false, lines...), nil, Options{}), showKindRefActionOwner, []string{
			"resolution||£2m for new play areas in the three parks, so that every ward has one.|",
			"resolution||A longer lease for the community orchard.|",
		})
	})
	tests := []findCase{
		{"outcomes as follows, a bullet's explanation between bullets", action.DocOther, []string{
			"The outcomes of the items considered at the Board on 3 March are as follows:",
			"• Board members agreed that the new Parks Plan can go to Council for adoption.",
			"The Parks Plan sets out how the parks will be looked after.",
			"The Chair said it was a good plan.",
			"• Board members noted the survey of park users.",
			"Published by the communications team.",
		}, []string{
			"resolution||Board members agreed that the new Parks Plan can go to Council for adoption.|",
			"resolution||Board members noted the survey of park users.|",
		}},
		{"a body after a preamble leads its bullets", action.DocOther, []string{
			"At the meeting, the committee:",
			"• Agreed to support the new benches.",
			"• Agreed the budget for 2026/27.",
		}, []string{
			"resolution||the committee Agreed to support the new benches.|",
			"resolution||the committee Agreed the budget for 2026/27.|",
		}},
		{"a body named as a heading leads nothing", action.DocOther, []string{
			"(c) The Cabinet:",
			"The cabinet is made up of the Leader and eight members.",
		}, nil},
		{"after a bullet list, a new list's lead-in ends it", action.DocMinutes, []string{
			"RESOLVED:",
			"• that the report be noted.",
			"Members discussed the following:",
			"• concerns were noted about the bins.",
		}, []string{
			"resolution||that the report be noted.|",
		}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestRecordShapes: how decisions lists and meeting pages number, label
// and annotate their decisions.
func TestRecordShapes(t *testing.T) {
	tests := []findCase{
		{"clauses numbered as a section's paragraphs on a decisions page", action.DocDecision, []string{
			"It was RESOLVED:-", "1.1 That the supply be published on an annual basis.", "1.2 That permissions be reviewed half yearly.", "1.3 That the report be circulated to all Members.",
		}, []string{
			"resolution|1.1|That the supply be published on an annual basis.|",
			"resolution|1.2|That permissions be reviewed half yearly.|",
			"resolution|1.3|That the report be circulated to all Members.|",
		}},
		{"a vote's tally after the decision", action.DocMinutes, []string{"RESOLVED:", "That the minutes of the meeting held on 5 May be confirmed as a correct record. (Vote: For – 20, Abstentions – 3)"},
			[]string{"resolution||That the minutes of the meeting held on 5 May be confirmed as a correct record.|"}},
		{"a label spaced out a letter at a time, capital-letter clauses", action.DocDecision, []string{
			"R E S O L V E D – that:", "A. a survey of the paths be undertaken.", "B. the results be reported to the Board.",
		}, []string{
			"resolution|(a)|a survey of the paths be undertaken.|",
			"resolution|(b)|the results be reported to the Board.|",
		}},
		{"a second label, alone or bulleted, decides nothing itself", action.DocDecision, []string{"Decision:", "Resolved", "(1) That Council be recommended to agree the plan.", "Decision:", "* RESOLVED", "That the budget be noted."},
			[]string{"recommendation|(1)|That Council be recommended to agree the plan.|", "resolution||That the budget be noted.|"}},
		{"a lead-in ending in a semicolon, a clause that reads like a title", action.DocDecision, []string{
			"Decision:", "RESOLVED: That Cabinet;", "1. Approved the Parks Plan subject to review, and", "2. Delegated to the Chief Executive final approval in consultation with the Leader",
		}, []string{
			"resolution|1|Cabinet Approved the Parks Plan subject to review, and|",
			"resolution|2|Cabinet Delegated to the Chief Executive final approval in consultation with the Leader|Chief Executive",
		}},
		{"a lead-in of two words ending in a full stop", action.DocDecision, []string{"Decision:", "RESOLVED: That Cabinet.", "· Approved the parks framework.", "· Supported the play strategy."},
			[]string{"resolution||Cabinet Approved the parks framework.|", "resolution||Cabinet Supported the play strategy.|"}},
		{"a numbering that starts over begins another list", action.DocMinutes, []string{
			"RESOLVED: That Cabinet:", "a) Noted the work of the panel;", "b) Endorsed the changes.", "a) A review of the rules was agreed by Council in May.", "b) Reviewing the rules would keep them lawful.",
		}, []string{
			"resolution|(a)|Cabinet Noted the work of the panel|",
			"resolution|(b)|Cabinet Endorsed the changes.|",
		}},
		{"a lead-in's numbered points run on after its colon", action.DocDecision, []string{"Content: The Committee considered the plan. RESOLVED: That the Committee agree to: 1. note the report of the Team; and 2. endorse the proposed Action Plan."},
			[]string{"resolution|1|note the report of the Team|", "resolution|2|endorse the proposed Action Plan.|"}},
		{"a lead-in's points run on, no label", action.DocDecision, []string{"That the Committee agree to: 1. note the report of the Team; and 2. endorse the proposed Action Plan."},
			[]string{"resolution|1|the Committee agree to note the report of the Team|", "resolution|2|the Committee agree to endorse the proposed Action Plan.|"}},
		{"what a committee puts to Council, in an agenda", action.DocOther, []string{"Budget Monitoring", "To Council:", "That the budget changes in appendix 1 be approved.", "That the capital changes in appendix 2 be approved."},
			[]string{"recommendation||That the budget changes in appendix 1 be approved.|", "recommendation||That the capital changes in appendix 2 be approved.|"}},
		{"a role whose remit lists its parts owns what is delegated to it", action.DocDecision, []string{"Decision:", "Delegated authority to the Executive Director for Parks, Leisure and Culture (DPLC), in consultation with the Leader, to conclude the lease."},
			[]string{"resolution||Delegated authority to the Executive Director for Parks, Leisure and Culture (DPLC), in consultation with the Leader, to conclude the lease.|Executive Director for Parks, Leisure and Culture (DPLC)"}},
		{"a record's field holding its numbered decisions in the infinitive", action.DocDecision, []string{"Content: 1. To note the new guidance. 2. To delegate authority to the Head of Parks to agree the lease."},
			[]string{"resolution|1|To note the new guidance.|", "resolution|2|To delegate authority to the Head of Parks to agree the lease.|Head of Parks"}},
		{"a planning decision with its reasons, after a speaker's permission", action.DocDecision, []string{
			"Decision:", "Councillor Ash was granted permission to speak and spoke in support of the application.", "RESOLVED THAT COMMITTEE:", "REFUSE planning permission for the following reason:-", "1. The proposal would harm the open countryside.",
		}, []string{"resolution||COMMITTEE REFUSE planning permission for the following reason:- 1 The proposal would harm the open countryside.|"}},
		{"a body's decisions numbered as a section's paragraphs under the label", action.DocMinutes, []string{"Decision:", "2.1 Cabinet noted the contents of the report.", "2.2 Cabinet noted the capital appraisals in Appendix 1."},
			[]string{"resolution|2.1|Cabinet noted the contents of the report.|", "resolution|2.2|Cabinet noted the capital appraisals in Appendix 1.|"}},
		{"a lead-in whose colon was lost after the subject its clauses complete", action.DocMinutes, []string{"RESOLVED that the Cabinet recommend that Council", "(i) consider the list of appointments tabled at the meeting;", "(ii) approve the list at its Annual meeting."},
			[]string{"recommendation|(i)|the Cabinet recommend that Council consider the list of appointments tabled at the meeting|", "recommendation|(ii)|the Cabinet recommend that Council approve the list at its Annual meeting.|"}},
		{"points with no verb of their own, completed by the line after them", action.DocMinutes, []string{"RESOLVED that:", "", "1. the public minutes 32 to 45; and", "", "2. the confidential minutes 46", "", "of the meeting held on 12 May be confirmed and signed by the Chair."},
			[]string{"resolution||1 the public minutes 32 to 45 2 the confidential minutes 46 of the meeting held on 12 May be confirmed and signed by the Chair.|"}},
		{"points that decide on their own stay apart", action.DocMinutes, []string{"RESOLVED that:", "1. the report be noted; and", "2. the plan be approved"},
			[]string{"resolution|1|the report be noted|", "resolution|2|the plan be approved|"}},
		{"an agenda's open business decides nothing", action.DocMinutes, []string{"Deputations", "To receive any deputations, of which notice has been lodged.", "There were no deputations at this meeting."}, nil},
		{"a notice's requests of its readers propose nothing", action.DocReport, []string{
			"All persons attending the meeting are requested to ensure that phones are switched to silent.",
			"You are invited to attend this meeting to consider the business below.",
			"Press and public are invited to watch the meeting online on the council's channel.",
			"Residents who wish to speak at the meeting are requested to email the Clerk by 5pm on Monday 3 March 2026.",
		}, nil},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestRunTogether: papers whose line breaks were lost (a page's text run
// into few lines, a printed report copied as one paragraph) still give
// their points, read from their numbering.
func TestRunTogether(t *testing.T) {
	tests := []findCase{
		{"a plan's page run into one line: its bullets after finished sentences or a heading in capitals are points of their own, the heading after the last none of it", "", []string{
			"The plan will be reviewed each spring, with the Clerk to fix the dates and tell the wardens in good time before each review of the plan takes place. " +
				"The plan covers the whole of the village and every house on the lower road that has flooded before. OBJECTIVES OF THIS PLAN • Identify the homes most at risk and draw up a way to help each of them. " +
				"• Identify the pumps, sandbags and other kit the village holds for use in a flood. • Provide the wardens' phone numbers up to date for the emergency services and the district council. " +
				"WARDENS In a flood the wardens act until the emergency services arrive, and they report to the chairman of the group on what they have done.",
		}, []string{
			"commitment||The plan will be reviewed each spring, with the Clerk to fix the dates and tell the wardens in good time before each review of the plan takes place.|",
			"commitment||Identify the homes most at risk and draw up a way to help each of them.|",
			"commitment||Identify the pumps, sandbags and other kit the village holds for use in a flood.|",
			"commitment||Provide the wardens' phone numbers up to date for the emergency services and the district council.|",
		}},
		{"a title in capitals with its date, the day's ordinal apart, runs into the decision", action.DocMinutes, []string{
			"Present: Councillors Ash and Elm.",
			"",
			"108/19 TO RECEIVE APOLOGIES FOR ABSENCE Apologies were received from Cllr Oak.",
			"",
			"109/19 TO APPROVE THE MINUTES OF THE MEETING HELD ON THE 3 rd MARCH 2019 The minutes of the meeting held on the 3 rd March 2019 were approved and signed.",
		}, []string{"resolution|109/19|The minutes of the meeting held on the 3 rd March 2019 were approved and signed.|"}},
		{"a title in capitals with its municipal year; a letter whose words open with its first roman number numbers each roman point under it; a list of names' initials", action.DocMinutes, []string{
			"11/19 APOLOGIES Apologies were received from Cllr Oak.",
			"",
			"12/19 APPOINTMENT OF MAYOR FOR 2019/2020 MUNICIPAL YEAR It was RESOLVED that Cllr Birch be the Mayor for the 2019/2020 Municipal Year.",
			"",
			"14/19 COMMITTEES 2019-2020 a) (i) Parks Committee - RESOLVED that membership consist of Cllrs Ash, C. Elm, S. Elm, McOak, Fir & Mayor ex officio (ii) RESOLVED that Cllr Ash be elected as Chairman.",
			"",
			"b) (i) Finance Committee - RESOLVED that membership consist of Cllrs Fir, D. Yew & Mayor ex officio (ii) RESOLVED that Cllr Fir be elected as Chairman.",
		}, []string{
			"resolution|12/19|It was RESOLVED that Cllr Birch be the Mayor for the 2019/2020 Municipal Year.|",
			"resolution|14/19(a)(i)|Parks Committee - RESOLVED that membership consist of Cllrs Ash, C. Elm, S. Elm, McOak, Fir & Mayor ex officio|",
			"resolution|14/19(a)(ii)|that Cllr Ash be elected as Chairman.|",
			"resolution|14/19(b)(i)|Finance Committee - RESOLVED that membership consist of Cllrs Fir, D. Yew & Mayor ex officio|",
			"resolution|14/19(b)(ii)|that Cllr Fir be elected as Chairman.|",
		}},
		{"an agenda's wording run into the record's first sentence", action.DocMinutes, []string{
			"Present: Councillors Ash and Elm.",
			"",
			"87/20 To receive apologies for absence Apologies were received from Cllr Oak.",
			"",
			"88/20 To receive and confirm the minutes of the last meeting (9th March) The minutes of the meeting held on March 9th were confirmed and signed.",
		}, []string{"resolution|88/20|The minutes of the meeting held on March 9th were confirmed and signed.|"}},
		{"a decision's label in small letters run in after the item's wording", action.DocMinutes, []string{
			"Present: Councillors Ash and Elm.",
			"",
			"3.0 To Accept Minutes of the Ordinary Meeting of the Parish Council held on 12 May 2020 Resolved: The minutes were accepted and signed by the Chairman",
		}, []string{"resolution||The minutes were accepted and signed by the Chairman|"}},
		{"minutes run together, a title in capitals holding its meeting's date", action.DocMinutes, []string{
			"Present: Councillors Fir and Yew. 21/19 APOLOGIES Apologies were received from Cllr Oak and Cllr Ash. 22/19 MINUTES OF 4 MARCH 2019 The minutes of the meeting were approved as a true record and signed by the Chairman. " +
				"23/19 PLAY AREA It was agreed that the clerk would order new bark for the swings. 24/19 CORRESPONDENCE None had been received since the last meeting.",
		}, []string{
			"resolution|22/19|The minutes of the meeting were approved as a true record and signed by the Chairman.|",
			"commitment|23/19|It was agreed that the clerk would order new bark for the swings.|the clerk",
		}},
		{"roman points under a short title inside a lettered point, the lettered run going on on the next line", action.DocMinutes, []string{
			"4. Matters Arising: / a) Roads: i)The county has no money for new passing places on the hill road. ii) Clerk to ask the residents of Mill Lane before requesting a no-through-road sign.",
			"b) Footpaths – Clerk to report the broken stile to the county.",
		}, []string{
			"commitment|(ii)|Clerk to ask the residents of Mill Lane before requesting a no-through-road sign.|Clerk",
			"commitment|(b)|Footpaths – Clerk to report the broken stile to the county.|Clerk",
		}},
		{"points numbered before a verb with a capital, after a mover and seconder", action.DocMinutes, []string{
			"Decision: Cllr Ash MOVED, Cllr Elm SECONDED and it was RESOLVED to: 1. Note the outcome of the consultation on the plan 2. Agree the seven priority areas set out in the plan. 3. Agree that the plan is reported each year to the Partnership Board",
		}, []string{
			"resolution|1|Note the outcome of the consultation on the plan|",
			"resolution|2|Agree the seven priority areas set out in the plan.|",
			"resolution|3|Agree that the plan is reported each year to the Partnership Board|",
		}},
		{"a decision said whole in its first sentence: a later sentence that decides is a decision of its own, one someone undertakes a commitment, narrative no part of it; a sentence going on from it, or a first sentence that is only the vote, keeps it whole", action.DocMinutes, []string{
			"4. It was RESOLVED to open a savings account for the hall fund. Clerk to arrange this with the bank. The hall treasurer reported a balance of £900. It was further RESOLVED to pay the caretaker's invoice.",
			"",
			"5. It was RESOLVED to object to the application on grounds of access to the lane. However, the council would accept a smaller scheme if the access were moved.",
			"",
			"6. It was RESOLVED to plant two oaks on the green this winter. The tree warden showed the places chosen on a plan.",
			"",
			"8. It was RESOLVED to renew the play area insurance for a year. It was further RESOLVED to ask for three quotes next spring.",
			"",
			"7. RESOLVED unanimously. Cllr Ford was elected to chair the working group.",
		}, []string{
			"resolution|4|It was RESOLVED to open a savings account for the hall fund.|",
			"resolution|4|It was further RESOLVED to pay the caretaker's invoice.|",
			"commitment|4|Clerk to arrange this with the bank.|Clerk",
			"resolution|5|It was RESOLVED to object to the application on grounds of access to the lane. However, the council would accept a smaller scheme if the access were moved.|",
			"resolution|6|It was RESOLVED to plant two oaks on the green this winter.|",
			"resolution|8|It was RESOLVED to renew the play area insurance for a year.|",
			"resolution|8|It was further RESOLVED to ask for three quotes next spring.|",
			"resolution|7|unanimously. Cllr Ford was elected to chair the working group.|",
		}},
		{"numbers before words that are no verbs are no points", action.DocMinutes, []string{
			"It was RESOLVED to: 1. Note the tables for Year 2. Quarter sales rose in Area 3. Review the prices in May.",
		}, []string{"resolution|1|Note the tables for Year 2. Quarter sales rose in Area 3. Review the prices in May.|"}},
		{"a label after a label of its own", action.DocMinutes, []string{
			"Additional documents: Decision: The minutes were AGREED as a correct record. Minutes: The minutes were AGREED as a correct record.",
		}, []string{"resolution||The minutes were AGREED as a correct record.|"}},
		{"a printed report's numbered sections run into one paragraph", action.DocReport, []string{
			"1.0 Purpose 1.1 Council considers the final proposals of the review of parish arrangements in the district. " +
				"2.0 Recommendations 2.1 Council are asked to note that, after the second consultation, the following proposals are not recommended:- (1) moving the boundary of the Town Council; and (2) renaming the wards of the Parish Council. " +
				"2.2 It is recommended that Council approve:- (1) the number of councillors on the Parish Council is reduced from eleven to eight; (2) the creation of a new Parish for the two villages. " +
				"3.0 Background 3.1 The review began in 2018.",
		}, []string{
			"recommendation|2.1|Council are asked to note that, after the second consultation, the following proposals are not recommended:- (1) moving the boundary of the Town Council; and (2) renaming the wards of the Parish Council.|",
			"recommendation|(1)|the number of councillors on the Parish Council is reduced from eleven to eight|",
			"recommendation|(2)|the creation of a new Parish for the two villages.|",
		}},
		{"minutes run together under bare numbers counting up (or numbers with the month and year), not a date's day", action.DocMinutes, []string{
			"Present: Councillors Ash, Birch and Elm. 212 Apologies for Absence RESOLVED that the apologies of Councillor Oak be received. " +
				"213 Declarations of Interest None were made. 214 Minutes RESOLVED that the minutes of the meeting held on 4 March be signed as a correct record. " +
				"215 Village Hall The clerk will ask the hall committee for a quote for the new doors. The committee meets on 14 April. 216 Any Other Business None.",
			"",
			"Present: Councillors Fir and Yew. 06.03.19 MINUTES The Minutes of the meeting of 4th February were approved as correct. 07.03.19 PLAY AREA It was agreed that the clerk would order new bark for the swings. 08.03.19 FINANCE The payments were agreed and signed by two councillors at the meeting. 09.03.19 CORRESPONDENCE Letters from the county council about the road closure were noted.",
		}, []string{
			"resolution|212|that the apologies of Councillor Oak be received.|",
			"resolution|214|that the minutes of the meeting held on 4 March be signed as a correct record.|",
			"commitment|215|The clerk will ask the hall committee for a quote for the new doors.|clerk",
			"resolution|06.03.19|The Minutes of the meeting of 4th February were approved as correct.|",
			"commitment|07.03.19|It was agreed that the clerk would order new bark for the swings.|the clerk",
			"resolution|08.03.19|The payments were agreed and signed by two councillors at the meeting.|",
		}},
		{"a run of minute numbers is counted across the labels that split its line; a title over run-on roman points", action.DocMinutes, []string{
			"Present: Councillors Ash, Birch and Elm. 731 Minutes of the meeting of 3 May had been sent to members with the agenda and were taken as read. " +
				"RESOLVED: That the chairman signs them. 732 Matters Arising i) Church Lane – the county council has mended the drain. ii) Bus Shelter – the glass is still cracked. " +
				"iii) It was agreed to buy a second dog waste bin for the playing field. 733 Correspondence i) A letter from the library asking for volunteers was noted. 734 Date of Next Meeting Tuesday 6 June.",
		}, []string{
			"resolution|731|That the chairman signs them.|",
			"resolution|732(iii)|It was agreed to buy a second dog waste bin for the playing field.|",
		}},
		{"minute numbers with a committee's letter before them run together", action.DocMinutes, []string{
			"Present: Councillors Ash and Elm. F.210 APOLOGIES F.210.1 RESOLVED: that the apologies of Councillor Oak were received. " +
				"F.211 DECLARATIONS OF INTEREST There were none. F.212 MINUTES OF THE LAST MEETING F.212.1 RESOLVED: that the minutes of the meeting held on 2 May were signed as a true record. " +
				"F.213 PAYMENTS The clerk will pay the grass cutting invoice once the work is checked. F.214 CLOSE The meeting closed at 8.40 pm.",
		}, []string{
			"resolution|F.210|that the apologies of Councillor Oak were received.|",
			"resolution|F.212|that the minutes of the meeting held on 2 May were signed as a true record.|",
			"commitment|F.213|The clerk will pay the grass cutting invoice once the work is checked.|clerk",
		}},
		{"a web page's decision broken after an auxiliary, over a blank line", action.DocMinutes, []string{
			"41 Minutes of the last meeting", "", "Resolved – That the minutes of the meeting held on 9 March be", "", "agreed as a correct record.",
			"", "42 Play strategy", "", "Resolved – That the draft strategy should", "", "go out to consultation in June.",
		}, []string{
			"resolution|41|That the minutes of the meeting held on 9 March be agreed as a correct record.|",
			"resolution|42|That the draft strategy should go out to consultation in June.|",
		}},
		{"minutes run together under headings in capitals, with no numbers: cut at the headings (a date in capitals may end one); a councillor unanimously elected", action.DocMinutes, []string{
			"Minutes of the meeting of the parish council held on 4 June 2019 in the village hall. Present: Cllrs Ash (Chair), Birch, Elm and Oak, and the clerk. " +
				"APOLOGIES FOR ABSENCE Apologies were received from Cllr Yew. ELECTION OF VICE CHAIRMAN There being no other names put forward, Cllr. Ruth Birch was nominated by Cllr. Ash. " +
				"Cllr. Ruth Birch was unanimously elected as Vice Chairman. TO APPROVE THE MINUTES OF THE MEETING HELD ON TUESDAY 7TH MAY 2019 Resolved: The minutes of 7th May were approved as a correct record. " +
				"HIGHWAYS The clerk will report the pothole on Mill Lane to the county council. The footpath by the school is still overgrown and NHS CCTV signs have gone up by the surgery.",
		}, []string{
			"resolution||Cllr. Ruth Birch was unanimously elected as Vice Chairman.|",
			"resolution||The minutes of 7th May were approved as a correct record.|",
			"commitment||The clerk will report the pothole on Mill Lane to the county council.|The clerk",
		}},
		{"a stop whose space was lost ends its sentence; a name's stop does not", action.DocMinutes, []string{
			"5. Approve dates of meetings for the next year.It was RESOLVED to hold meetings on the second Thursday of each month.", "",
			"6. Churchyard. It was RESOLVED that St.Mary's churchyard wall be repaired by Mr.Dodd.",
		}, []string{
			"resolution|5|It was RESOLVED to hold meetings on the second Thursday of each month.|",
			"resolution|6|It was RESOLVED that St.Mary's churchyard wall be repaired by Mr.Dodd.|",
		}},
		{"a sentence citing section numbers is not cut", action.DocReport, []string{
			"The Board is asked to note sections 2.1 Finance and 2.2 Staffing of the report, which set out the costs of the service over the three years of the plan and the posts it funds, and 3.1 Risks, which sets out what could delay it.",
		}, []string{"recommendation||The Board is asked to note sections 2.1 Finance and 2.2 Staffing of the report, which set out the costs of the service over the three years of the plan and the posts it funds, and 3.1 Risks, which sets out what could delay it.|"}},
		{"a gerund is not carried by an infinitive's lead", action.DocReport, []string{
			"The Cabinet is asked to:", "(a) altering the boundary of the ward;", "(b) approve the new ward names.",
		}, []string{
			"recommendation|(a)|altering the boundary of the ward|",
			"recommendation|(b)|The Cabinet is asked to approve the new ward names.|",
		}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestHeaderRows: a table flattened under its header line, each row
// opening with its number and its other cells set out under it as
// paragraphs and bullets: each row is one action, its bullets no actions
// of their own, a date alone among them its deadline; numbers after a
// letter ("R1:") count on as digits do.
func TestHeaderRows(t *testing.T) {
	ld := doc(true, "Parks action plan", "",
		"Recommendation Action Timescale", "",
		"R1: Create a friends group for every park in the district.", "",
		"• hold an open meeting in each ward", "• write a constitution for the groups", "• December 2026", "",
		"R2: Publish the results of the annual visitor survey.", "",
		"Ask the survey team to add questions about safety:", "",
		"• improve the lighting near the gates", "• June 2026", "",
		"R3:Review the charges for sports pitches.", "",
		"Action What we will do and when What visitors will see", "",
		"4. Better signs at park entrances.", "",
		"• Replace the old signs by spring 2027.", "",
		"5. Plant trees along the river walk.", "",
		"Work with the river trust on the planting.")
	expectItems(t, Find(ld, nil, Options{}), func(a action.Action) string { return a.Kind + "|" + a.Ref + "|" + a.Action + "|" + a.DueRaw }, []string{
		"action|R1|Create a friends group for every park in the district.|December 2026",
		"action|R2|Publish the results of the annual visitor survey.|June 2026",
		"action|R3|Review the charges for sports pitches.|",
		"action|4|Better signs at park entrances.|",
		"action|5|Plant trees along the river walk.|",
	})
}

// TestHeadedStatements: a strategy's parts named by number, each over
// one sentence of what will be done, are its commitments, numbered and
// titled by their headings and themed by the heading of their group;
// parts over sentences that describe promise nothing.
func TestHeadedStatements(t *testing.T) {
	ld := doc(false, "Museum service plan", "",
		"Collections for everyone", "",
		"Goal 1: Storage", "", "Create a dry and secure store for the reserve collection near the town centre.", "",
		"Goal 2: Access", "", "Open the stores to visiting school and community groups once a month.", "",
		"Goals for visitors", "",
		"Goal 3: Young visitors", "", "Deliver holiday workshops for families.", "",
		"Our context", "",
		"Aim 1: History", "", "The service began in a single room above the market hall.", "",
		"Aim 2: Staff", "", "The service employs eleven people across three sites.", "",
		"Aim 3: Budget", "", "The budget has fallen by a tenth since last year.")
	got := Find(ld, nil, Options{})
	expectItems(t, got, func(a action.Action) string { return a.Ref + "|" + a.Title + "|" + a.Theme + "|" + a.Action }, []string{
		"1|Storage|Collections for everyone|Create a dry and secure store for the reserve collection near the town centre.",
		"2|Access|Collections for everyone|Open the stores to visiting school and community groups once a month.",
		"3|Young visitors|Goals for visitors|Deliver holiday workshops for families.",
	})
}

// TestStrategyPromises: how strategies and plans set out what their
// authors will do, in shapes first missed on real strategy pages; and the
// look-alikes that promise nothing.
func TestStrategyPromises(t *testing.T) {
	tests := []findCase{
		{"what others listed is no promise; a pledge's lead-in makes its points the authors' promises again", action.DocOther, []string{
			"Our promises to you", "",
			"The youth forum worked with us on these promises.", "",
			"Qualities of a good carer were listed as:", "• kind and patient", "• keeps their word", "• helps with homework", "",
			"Good carers", "", "The leaving care pledge", "",
			"Our pledge to all children and young people who live in our care or have left it, and to every care leaver, is:",
			"• housing - \"We will help you find a safe home before you turn eighteen\"",
			"• money - \"We will show you how to plan a budget\"",
		}, []string{
			"commitment||housing - \"We will help you find a safe home before you turn eighteen\"|",
			"commitment||money - \"We will show you how to plan a budget\"|",
		}},
		{"a list of the powers a body keeps, though 'will' leads it, promises nothing", "", []string{
			"The Trust Board is responsible in law for all of the trust's work.", "",
			"However, only the Board will exercise the following functions:", "• Changes to the Trust's rules", "• Setting the annual budget", "• Borrowing money", "",
			"The Board is advised by the following officers:", "• Head of Paid Service", "• Finance Officer",
		}, nil},
		{"a promise whose points say what it is for", "", []string{
			"We will work within the Council and with the NHS through the Strategy to:", "• improve the health of our residents", "• reduce health inequalities across the borough",
		}, []string{
			"commitment||We will work within the Council and with the NHS through the Strategy to improve the health of our residents|",
			"commitment||We will work within the Council and with the NHS through the Strategy to reduce health inequalities across the borough|",
		}},
		{"priorities that are to do something, numbered in title case", "", []string{
			"Our Corporate Priorities are to:", "1. Make the district a fairer place", "2. Deliver on our climate commitment", "3. Protect our towns and villages", "Our Principles:", "These guide how we work.",
		}, []string{
			"commitment|1|Our Corporate Priorities are to make the district a fairer place|",
			"commitment|2|Our Corporate Priorities are to Deliver on our climate commitment|",
			"commitment|3|Our Corporate Priorities are to Protect our towns and villages|",
		}},
		{"a point wrapped after a comma goes on in lower case on a line of its own", "", []string{
			"Summary of actions", "• Improve the parks with particular care for the elderly,", "young and disabled by adding benches.", "• Plant more street trees.",
		}, []string{
			"commitment||Improve the parks with particular care for the elderly, young and disabled by adding benches.|",
			"commitment||Plant more street trees.|",
		}},
		{"a heading naming its points as actions, the page's marks lost", "", []string{
			"Summary of actions", "• Audit the schools in areas of poor air", "• Tackle idling vehicles at school gates",
		}, []string{
			"commitment||Audit the schools in areas of poor air|",
			"commitment||Tackle idling vehicles at school gates|",
		}},
		{"a numbered word under the actions is a page's counter, no action", "", []string{
			"Summary of actions", "• Audit the schools in areas of poor air", "4 views", "0 download",
		}, []string{
			"commitment||Audit the schools in areas of poor air|",
		}},
		{"a council's forward plan of decisions is no promise", "", []string{
			"Forward plan", "The plan lists the key decisions due to be taken:", "• to spend £500,000 or more; or", "• to change the budget framework.",
		}, nil},
		{"a lead-in naming its points as the body's actions", "", []string{
			"Our action headlines:", "• Improve awareness of dementia among the public", "• Continue to make progress against the plan",
		}, []string{
			"commitment||Improve awareness of dementia among the public|",
			"commitment||Continue to make progress against the plan|",
		}},
		{"actions numbered A1., A2. under a heading naming them", "", []string{
			"Priority actions", "A1. Create and carry out a plan to cut the council's energy use.", "A2. Replace the council's cars and vans with electric ones.",
		}, []string{
			"commitment|A1|Create and carry out a plan to cut the council's energy use.|",
			"commitment|A2|Replace the council's cars and vans with electric ones.|",
		}},
		{"we will have something in place, not have to or have an effect", "", []string{
			"We will have a relentless focus on reducing health inequalities over the life of this strategy.",
			"We will have to find savings of £2m next year.",
			"We will have an impact on the lives of many families.",
		}, []string{"commitment||We will have a relentless focus on reducing health inequalities over the life of this strategy.|"}},
		{"officers who would go to the market to find a supplier", action.DocMinutes, []string{
			"Grant funding of £15k had been found. Officers would go to the market in April to tender for an agency to run the campaign.",
		}, []string{"commitment||Officers would go to the market in April to tender for an agency to run the campaign.|Officers"}},
		{"a promise whose points say how", "", []string{
			"We will enable this through:", "• a new retrofit loan scheme", "• training local installers",
		}, []string{"commitment||a new retrofit loan scheme|", "commitment||training local installers|"}},
		{"a plan's actions that will be taken to do its points", "", []string{
			"The plan sets out actions that will be taken to:", "• build and retrofit homes", "• generate clean energy",
		}, []string{"commitment||build and retrofit homes|", "commitment||generate clean energy|"}},
		{"a plan telling what was promised years ago gives its history", "", []string{
			"The Council declared a climate emergency in September 2019 and committed to identifying how it could become carbon neutral.",
			"The Council has committed to planting 5,000 trees by 2027.",
		}, []string{"commitment||The Council has committed to planting 5,000 trees by 2027.|The Council"}},
		{"a sentence naming what follows as the plans, under headings of their own", "", []string{
			"Here is a brief summary of what we plan to do over the next five years:",
			"To support safe and green communities", "• Set out a plan to bring empty homes back into use.", "• Develop a framework for estate renewal.",
			"To make the best use of existing homes", "• Enable more homes to be adapted.",
		}, []string{
			"commitment||Set out a plan to bring empty homes back into use.|",
			"commitment||Develop a framework for estate renewal.|",
			"commitment||Enable more homes to be adapted.|",
		}},
		{"the following projects will be developed", "", []string{
			"The Green Plan is a programme running until 2050.", "In the first phase the following projects will be developed:", "• LED streetlights – a project to fit low energy lamps across the county.", "• A heat plan – low carbon heat for our buildings.",
		}, []string{
			"commitment||LED streetlights – a project to fit low energy lamps across the county.|",
			"commitment||A heat plan – low carbon heat for our buildings.|",
		}},
		{"a plan's numbered points each with who leads it", "", []string{
			"Five strategic objectives, with lead services identified:",
			"1. Helping people on low incomes to raise their income. Lead Service – Finance.",
			"2. Addressing the high cost of housing. Lead Service – Housing.",
		}, []string{
			"commitment|1|Helping people on low incomes to raise their income.|Finance",
			"commitment|2|Addressing the high cost of housing.|Housing",
		}},
		{"something that will be in place, or created, by a date", "", []string{
			"An implementation plan will be in place by early spring 2017.",
			"A new Officers' Board will be created to scrutinise delivery.",
		}, []string{
			"commitment||An implementation plan will be in place by early spring 2017.|",
			"commitment||A new Officers' Board will be created to scrutinise delivery.|",
		}},
		{"a body that will facilitate others' work", "", []string{
			"The Council will facilitate activity across the borough, working with residents and businesses.",
		}, []string{"commitment||The Council will facilitate activity across the borough, working with residents and businesses.|The Council"}},
		{"a body that will engage with others or continue its work", "", []string{
			"The Council will engage with local businesses to gain their support for cleaner air.",
			"The Council will continue to explore energy measures for its buildings.",
		}, []string{
			"commitment||The Council will engage with local businesses to gain their support for cleaner air.|The Council",
			"commitment||The Council will continue to explore energy measures for its buildings.|The Council",
		}},
		{"money a body will spend, but not money a rule requires it to invest", "", []string{
			"Over the next four years the Council will invest £40 million in its parks and libraries.",
			"The regulations require the Council to invest its reserves prudently.",
		}, []string{"commitment||Over the next four years the Council will invest £40 million in its parks and libraries.|the Council"}},
		{"a plan's deliverables after a long paragraph, and what we will receive", "", []string{
			"The plan sets out the programmes the administration will progress this year under its three ambitions. This plan includes some key deliverables which include:",
			"• A new leisure centre for the town", "• Faster repairs to council homes", "",
			"We will receive the grant in two parts.",
		}, []string{"commitment||A new leisure centre for the town|", "commitment||Faster repairs to council homes|"}},
		{"projects proposed under headings of their own", "", []string{
			"We are proposing to spend the fund on projects under the following themes:", "",
			"Town centres", "- Markets and events in the high street", "",
			"Skills", "- Apprenticeships for school leavers", "", "Contact us",
		}, []string{"commitment||Markets and events in the high street|", "commitment||Apprenticeships for school leavers|"}},
		{"a promise after a sentence adverb, or after 'and' with no comma", "", []string{
			"Equally we will help our partners shape their own plans.",
			"", "The policies are under review and we will consult tenants on the changes.",
		}, []string{
			"commitment||Equally we will help our partners shape their own plans.|",
			"commitment||The policies are under review and we will consult tenants on the changes.|",
		}},
		{"numbered aims under what we focus on, each heading its points", "", []string{
			"What we are focusing on now", "", "1. Cutting emissions from our buildings by:", "",
			"• Heating the depot with a heat pump.", "• Fitting solar panels to the town hall.", "",
			"2. Improving air quality by:", "", "• Planting trees along the ring road.",
		}, []string{
			"commitment||Heating the depot with a heat pump.|", "commitment||Fitting solar panels to the town hall.|",
			"commitment||Planting trees along the ring road.|",
		}},
		{"numbered priorities, each followed by how", "", []string{
			"Our priorities", "", "1. Homes for the future", "", "By working with housing associations to build 500 homes a year.", "",
			"2. Safer streets", "", "for example by funding more wardens in the town centre.",
		}, []string{
			"commitment|1|Homes for the future By working with housing associations to build 500 homes a year.|",
			"commitment|2|Safer streets for example by funding more wardens in the town centre.|",
		}},
		{"we will be in touch, or be doing something, but not be proud", "", []string{
			"We'll be in touch before the new collections start.", "",
			"We will be consulting residents on the changes this spring.", "",
			"We will be proud of what our borough achieves.",
		}, []string{
			"commitment||We'll be in touch before the new collections start.|",
			"commitment||We will be consulting residents on the changes this spring.|",
		}},
		{"the actions the authors say they are taking", "", []string{
			"Some of the actions we are taking to support wildlife:",
			"- Create new wildflower meadows at the country park.", "- Reducing the mowing of verges to help rewild them.",
		}, []string{
			"commitment||Create new wildflower meadows at the country park.|",
			"commitment||Reducing the mowing of verges to help rewild them.|",
		}},
		{"a timetable for implementation over its steps", "", []string{
			"Tree planting timetable for implementation",
			"• December: walk the sites with ward councillors.", "• January: confirm the sites and order the trees.",
		}, []string{
			"commitment||December: walk the sites with ward councillors.|",
			"commitment||January: confirm the sites and order the trees.|",
		}},
		{"the authors' own agreement or promise leads their points", "", []string{
			"For the next year, we have agreed to take forward the following projects, to:",
			"- improve the energy efficiency of 55 homes.", "",
			"Our pledges say that we promise to do our best to:", "1. Listen to your wishes.", "2. Provide you with a safe place to live.",
		}, []string{
			"commitment||improve the energy efficiency of 55 homes.|",
			"commitment|1|Listen to your wishes.|",
			"commitment|2|Provide you with a safe place to live.|",
		}},
		{"what will be co-created or designed", "", []string{
			"This plan will be co-created with residents through a series of workshops.", "",
			"New play areas will be designed with the schools that use them.",
		}, []string{
			"commitment||This plan will be co-created with residents through a series of workshops.|",
			"commitment||New play areas will be designed with the schools that use them.|",
		}},
		{"'We will:' over points under headings of their own, then what others are asked", "", []string{
			"We will:", "Be easy to reach", "• Offer different ways for you to contact us", "• Reply to letters within ten working days",
			"Treat you in the right way", "• Be friendly, helpful and polite", "• Be fair.",
			"In return, we ask you to:", "• Treat our staff with respect",
			"We will:", "• Empty bins on the day set", "What residents need to do:", "• Put the bin out by seven",
		}, []string{
			"commitment||Offer different ways for you to contact us|", "commitment||Reply to letters within ten working days|",
			"commitment||Be friendly, helpful and polite|",
			"commitment||Empty bins on the day set|",
		}},
		{"'We will:' over points in lower case that go on from it, whatever their verb; things named are no promise", "", []string{
			"Our customer care code is as follows.", "",
			"We will:", "",
			"• always be polite and helpful", "• involve tenants in improving the service", "• never argue with a tenant", "• periodically survey the estates",
			"• more homes for rent",
		}, []string{
			"commitment||always be polite and helpful|", "commitment||involve tenants in improving the service|",
			"commitment||never argue with a tenant|", "commitment||periodically survey the estates|",
		}},
		{"a bulleted point that opens with a known verb but reads alone as a title's words joins a list where half the points read as doing; a list of titles does not", "", []string{
			"Tree planting", "",
			"- Review/Update the council's tree policy to suit the new plan", "",
			"- Create/update a page on the website about the planting", "",
			"- Refer to the tree policy in comments on planning applications", "",
			"- Include Tree Warden reports in the council's annual report", "",
			"Publications", "",
			"- Forward Plan of Key Decisions for the year", "",
			"- Forward Plan of Other Decisions for the year", "",
		}, []string{
			"commitment||Review/Update the council's tree policy to suit the new plan|",
			"commitment||Create/update a page on the website about the planting|",
			"commitment||Refer to the tree policy in comments on planning applications|",
			"commitment||Include Tree Warden reports in the council's annual report|",
		}},
		{"'Your responsibilities:' gives the points after it to the reader", "", []string{
			"Our promise", "", "We will:", "", "• Collect missed bins within two days", "• Reply to letters within ten working days", "", "Your responsibilities:", "", "• Keep the bin on your land",
		}, []string{
			"commitment||Collect missed bins within two days|", "commitment||Reply to letters within ten working days|",
		}},
		{"'You can expect us to:' promises its points; 'In return we ask you to:' does not", "", []string{
			"Planning Service Customer Charter", "",
			"You can expect us to:", "",
			"• Be helpful and polite", "• Reply to letters within ten working days", "",
			"In return we ask you to:", "",
			"• Treat our staff with respect",
		}, []string{
			"commitment||You can expect us to Be helpful and polite|",
			"commitment||You can expect us to Reply to letters within ten working days|",
		}},
		{"a lead-in naming its points as the parts of 'our' promise; its first short point under it is no heading", "", []string{
			"Planning Customer Charter", "",
			"At the heart of what we do is our customer care promise, which has two standards:", "",
			"1. When dealing with you we aim to get it right first time", "",
			"2. We are here to help and will answer your comments.",
		}, []string{
			"commitment|1|When dealing with you we aim to get it right first time|",
			"commitment|2|We are here to help and will answer your comments.|",
		}},
		{"'You can expect the following standards …:' promises each point, whole", "", []string{
			"Our service standards", "",
			"You can expect the following standards to be met when you deal with us:", "",
			"• callers will be greeted promptly and politely", "• all letters will be answered within ten working days",
		}, []string{
			"commitment||callers will be greeted promptly and politely|",
			"commitment||all letters will be answered within ten working days|",
		}},
		{"a strategy that 'will achieve this by addressing four action points:' heads them", "", []string{
			"The strategy will achieve this by addressing two action points:", "",
			"1. Make an active lifestyle the easier choice.", "2. Ensure parks support families to be more active.",
		}, []string{
			"commitment|1|Make an active lifestyle the easier choice.|",
			"commitment|2|Ensure parks support families to be more active.|",
		}},
		{"verbs in -ise open a numbered run's points as the others do", "", []string{
			"The strategy sets out the following principles in managing the estate:", "",
			"1. Provide the right buildings in the right places for services.", "2. Optimise the value of the commercial estate for the council.", "3. Prioritise repairs that keep buildings safe and open.",
		}, []string{
			"commitment|1|Provide the right buildings in the right places for services.|",
			"commitment|2|Optimise the value of the commercial estate for the council.|",
			"commitment|3|Prioritise repairs that keep buildings safe and open.|",
		}},
		{"aims or a focus named for a year to come head their points in the imperative or the infinitive; the year before's do not", "", []string{
			"Objectives 2025 - 2028", "",
			"• To raise the profile of the council in every part of the parish", "",
			"Last year's objectives were met as follows:", "",
			"• to renew the play area fencing", "",
			"Focus for the current year 2025/2026 is as follows:", "",
			"• Continue to publish a newsletter each quarter", "• Replace the bus shelter on the green",
		}, []string{
			"commitment||To raise the profile of the council in every part of the parish|",
			"commitment||Continue to publish a newsletter each quarter|",
			"commitment||Replace the bus shelter on the green|",
		}},
		{"'We plan to' with its colon lost leads the points that complete it", "", []string{
			"We review the plan each year.", "",
			"We plan to", "",
			"• build 500 new council homes by 2027", "• improve the energy efficiency of older homes",
		}, []string{
			"commitment||We plan to build 500 new council homes by 2027|",
			"commitment||We plan to improve the energy efficiency of older homes|",
		}},
		{"'We will do this by' over points in -ing: each point is how the authors will do it, said whole", "", []string{
			"To make the town's care sector stronger and fairer.", "",
			"We will do this by", "",
			"• Running a campaign to recruit home care staff", "• Giving more support to unpaid carers.", "",
			"How we will measure our impact", "",
			"• Number of care staff recruited",
		}, []string{
			"commitment||Running a campaign to recruit home care staff|",
			"commitment||Giving more support to unpaid carers.|",
		}},
		{"a lone 'ü' (Wingdings' tick copied as a letter) is a bullet, at a line's start or between points run into one line", "", []string{
			"The Parish Council will:", "",
			"ü Use the survey results to support its projects", "",
			"ü Report on its work each year ü Reach more residents", "",
		}, []string{
			"commitment||The Parish Council will Use the survey results to support its projects|The Parish Council",
			"commitment||The Parish Council will Report on its work each year|The Parish Council",
			"commitment||The Parish Council will Reach more residents|The Parish Council",
		}},
		{"'How we will deliver the outcomes for …' however long heads its outcomes' headings, each over points in the imperative", "", []string{
			"What we want to achieve", "",
			"- Cleaner streets and open spaces in every ward", "",
			"How we will deliver the outcomes for safer, cleaner and greener streets and open spaces", "",
			"Cleaner streets and open spaces", "",
			"- Sweep the town centre streets every day", "- Clear fly-tipping within two days",
			"Greener streets", "",
			"- Plant street trees along the main routes",
		}, []string{
			"commitment||Sweep the town centre streets every day|",
			"commitment||Clear fly-tipping within two days|",
			"commitment||Plant street trees along the main routes|",
		}},
		{"'Our new strategy will work with schools to deliver:' (a plan named as the subject of 'will … to <verb>:') promises each point", "", []string{
			"Action Plan", "",
			"Our new strategy will work with schools to deliver:", "",
			"• cleaner air at the gates", "• safer crossings",
		}, []string{
			"commitment||Our new strategy will work with schools to deliver cleaner air at the gates|",
			"commitment||Our new strategy will work with schools to deliver safer crossings|",
		}},
		{"'The first action plan will have projects to deliver:' says what the plan will hold, no one's act", "", []string{
			"Action Plan", "",
			"The first action plan will have projects and initiatives to deliver:", "",
			"• improve air quality near schools", "• protect the river corridors",
		}, nil},
		{"a plan that will have points but whose later clause has someone who will act promises each point", "", []string{
			"Action Plan", "",
			"Our plan will have four themes, and we will work with the parish councils to deliver:", "",
			"• more litter bins", "• brighter street lights",
		}, []string{
			"commitment||Our plan will have four themes, and we will work with the parish councils to deliver more litter bins|",
			"commitment||Our plan will have four themes, and we will work with the parish councils to deliver brighter street lights|",
		}},
		{"'will have' before a past participle is the future perfect, an act, not what a plan holds", "", []string{
			"Action Plan", "",
			"This strategy will have allowed the council to:", "",
			"• open two new play areas", "• resurface the car park",
		}, []string{
			"commitment||This strategy will have allowed the council to open two new play areas|",
			"commitment||This strategy will have allowed the council to resurface the car park|",
		}},
		{"a plan that will hold someone to account, then 'we will use it to deliver:', promises each point", "", []string{
			"Action Plan", "",
			"The plan will hold the partners to their word and we will use it to deliver:", "",
			"• warmer homes", "• fewer empty shops",
		}, []string{
			"commitment||The plan will hold the partners to their word and we will use it to deliver warmer homes|",
			"commitment||The plan will hold the partners to their word and we will use it to deliver fewer empty shops|",
		}},
		{"a numbered run of a plan's objectives stays one run where a point opens with a verb a decision might ('Support …')", "", []string{
			"Key objectives", "",
			"1. Decarbonise the depot by replacing its oil boilers.", "2. Phase out diesel vans in the parks fleet.", "3. Support walking and cycling to work.", "4. Reduce the energy the libraries use.",
		}, []string{
			"commitment|1|Decarbonise the depot by replacing its oil boilers.|",
			"commitment|2|Phase out diesel vans in the parks fleet.|",
			"commitment|3|Support walking and cycling to work.|",
			"commitment|4|Reduce the energy the libraries use.|",
		}},
		{"a time set before 'we will:' is no subject of its own", "", []string{
			"Mental health", "",
			"Over the next four years we will:", "",
			"- Train the workforce in suicide prevention.", "- Work with partners to promote resilience.",
		}, []string{
			"commitment||Over the next four years we will Train the workforce in suicide prevention.|",
			"commitment||Over the next four years we will Work with partners to promote resilience.|",
		}},
		{"a run of three numbered points each opening with a known verb is a plan's actions; a run of options in the infinitive is not", "", []string{
			"4.2.1 - Prepare a rolling plan for the council's depots with a fabric first approach.",
			"4.2.2 - Develop a costed programme of heat pumps for the libraries.",
			"4.2.3 - Reduce water use in the leisure centres by a fifth.", "",
			"The options open to the committee are these.", "",
			"1. To take no further action on the matter.", "2. To refer the decision back to the Cabinet Member.", "3. To refer the matter to full Council.",
		}, []string{
			"commitment|4.2.1|Prepare a rolling plan for the council's depots with a fabric first approach.|",
			"commitment|4.2.2|Develop a costed programme of heat pumps for the libraries.|",
			"commitment|4.2.3|Reduce water use in the leisure centres by a fifth.|",
		}},
		{"what a board will consist of is no promise", "", []string{
			"The membership of the Board will consist of:", "(i) the Leader of the Council", "(ii) the Director of Public Health",
		}, nil},
	}
	runFindCases(t, tests, showKindRefActionOwner)
	// Subheadings a copy kept only as short lines over bulleted points
	// are the themes of the points under them.
	runFindCases(t, []findCase{
		{"short lines over points are their themes", "", []string{
			"Our five aims", "", "Helping residents to start well", "", "• We will open two more family hubs.", "",
			"Helping residents to age well", "", "• We will train 200 dementia friends.",
		}, []string{
			"commitment|Helping residents to start well|We will open two more family hubs.",
			"commitment|Helping residents to age well|We will train 200 dementia friends.",
		}},
	}, kindThemeAction)
	// Points set with dashes in plain text, one line each, after the
	// sentence naming them as priorities; the measures after another
	// heading are no priorities.
	ld := doc(false, "Our priorities", "We have 3 strategic priorities. These are to:", "- break drug supply chains", "- reduce the demand for drugs",
		"How we measure success", "We use the 6 outcomes set out in the national strategy. These are to:", "- reduce drug use", "- reduce drug-related crime")
	expectItems(t, Find(ld, nil, Options{}), showKindRefActionOwner, []string{
		"commitment||break drug supply chains|",
		"commitment||reduce the demand for drugs|",
	})
}

// TestMeetingShapes: more shapes of what a meeting decided and who is to
// act, from realpages12; and the meeting's own business that decides
// nothing.
func TestMeetingShapes(t *testing.T) {
	// roofMinutes is a parish meeting's minutes whose three items are
	// numbered "11/04/25", then second and third.
	roofMinutes := func(second, third string) []string {
		return []string{
			"Minutes of the Parish Council meeting held on 8 April 2025", "",
			"11/04/25     Apologies", "", "Cllr Ash (away)", "",
			second + "     Minutes of the meeting held on 11 March 2025", "", "Approved and signed as a correct record", "",
			third + "     Village Hall Roof", "", "It was resolved to accept the lower quote for the roof repair.",
		}
	}
	tests := []findCase{
		{"a body's noting told in one sentence, just before that body's decision told alike, is its first decision; another's noting is not", action.DocMinutes, []string{
			"Meeting: 04/04/2026 - Cabinet (Item 13)",
			"The report set out the views of the task group.",
			"The Cabinet noted the interim report of the Play Task Group.",
			"The Cabinet agreed that the report be looked at again in the summer to finish the work.",
			"Members noted the update on the parks.",
			"The Cabinet agreed that the parks plan be adopted.",
		}, []string{
			"resolution||The Cabinet noted the interim report of the Play Task Group.|",
			"resolution||The Cabinet agreed that the report be looked at again in the summer to finish the work.|",
			"resolution||The Cabinet agreed that the parks plan be adopted.|",
		}},
		{"a decision told in a sentence, then recorded as a clause under 'RESOLVED that:-': the clause stands for both, in its own place", action.DocMinutes, []string{
			"(1) The Officer gave an update on the cases.",
			"(2) The Committee agreed that it wished for a list of open cases to be put on the agenda for its future meetings.",
			"(3) RESOLVED that:-",
			"(a) the report be noted; and",
			"(b) a list of open cases be put on the agenda for future meetings of the Committee.",
		}, []string{
			"resolution|(a)|the report be noted|",
			"resolution|(b)|a list of open cases be put on the agenda for future meetings of the Committee.|",
		}},
		{"an agreement told in narrative, every word of its thing then recorded in a clause of the decision, gives the clause alone; one the decision does not record stands", action.DocMinutes, []string{
			"161 Update on the Governance Action Plan",
			"Members noted the progress made. They supported the new dates and agreed that the two open actions be carried forward to next year's plan.",
			"Members also requested that a briefing note on the open actions be circulated to members.",
			"RESOLVED – that (A) the progress made be received; and",
			"(B) the two open actions, as listed in the report, be carried forward to next year's plan.",
		}, []string{
			"commitment||Members also requested that a briefing note on the open actions be circulated to members.|",
			"resolution|161(a)|the progress made be received|",
			"resolution|161(b)|the two open actions, as listed in the report, be carried forward to next year's plan.|",
		}},
		{"a decision sentence whose colon was lost, over points that start in lower case with 'that' or 'to', leads them; 'supported' decides", action.DocMinutes, []string{
			"(1) Parks Advisory Committee",
			"Cabinet received recommendations from the committee. Cabinet supported the committee's recommendations.",
			"(a) that the committee reviews the quarterly parks reports;",
			"(b) that task groups are set up to work alongside officers;",
			"(c) to adopt the new play area programme.",
		}, []string{
			"resolution|(a)|that the committee reviews the quarterly parks reports|",
			"resolution|(b)|that task groups are set up to work alongside officers|",
			// (each point is one of the recommendations, whole: the lead's
			// verb already has them as its object)
			"resolution|(c)|to adopt the new play area programme.|",
		}},
		{"a meeting body's 'noted:' leads the points it noted", action.DocMinutes, []string{
			"Decision:",
			"The Local Committee (Parkside) noted:",
			"(i) The progress with the footway schemes for 2026/27.",
			"(ii) The budget position.",
		}, []string{
			"resolution|(i)|The Local Committee (Parkside) noted The progress with the footway schemes for 2026/27.|",
			"resolution|(ii)|The Local Committee (Parkside) noted The budget position.|",
		}},
		{"a lead-in ending in its verb, its colon lost, leads the numbered points that are its object", "", []string{
			"RECOMMENDATION: That Cabinet endorses",
			"1) The revised tree planting strategy for the district;",
			"2) The yearly budget for verge maintenance.",
			"Minutes:",
			"Decision: The Panel agrees",
			"(a) The changes to the grant scheme;",
			"(b) The timetable for the next funding round.",
		}, []string{
			"recommendation|(1)|Cabinet endorses The revised tree planting strategy for the district|",
			"recommendation|(2)|Cabinet endorses The yearly budget for verge maintenance.|",
			"resolution|(a)|The Panel agrees The changes to the grant scheme|",
			"resolution|(b)|The Panel agrees The timetable for the next funding round.|",
		}},
		{"a decision sentence over points that start in capitals is no lead-in", action.DocMinutes, []string{
			"(2) Allotments",
			"Cabinet noted the update.",
			"(a) The waiting list has fallen.",
			"(b) The new plots are let.",
		}, []string{
			"resolution|(2)|Cabinet noted the update.|",
		}},
		{"under 'That the following be noted:', the list having no noun of its own, each point is a decision with the lead's words", action.DocMinutes, []string{
			"12 Exclusions",
			"Members discussed the report.",
			"RESOLVED – That the following be noted:",
			"(a) The information contained within the submitted report;",
			"(b) The trends emerging within the new school year;",
		}, []string{
			"resolution|12(a)|the following be noted The information contained within the submitted report|",
			"resolution|12(b)|the following be noted The trends emerging within the new school year|",
		}},
		{"under a label, the sub-numbered points of 'That, in respect of …:' are each a decision, whole; the clause gives nothing apart", action.DocDecision, []string{
			"Decision:",
			"RESOLVED THAT",
			"1. the direction of the task group's recommendations be endorsed",
			"2. That, in respect of the responses at Appendix 2:",
			"2.1 a delivery programme is submitted to Cabinet in the summer;",
			"2.2 work can start before the programme where it fits existing budgets; and",
			"2.3 the champion role starts now.",
			"3. the Cabinet thanks the task group.",
		}, []string{
			"resolution|1|the direction of the task group's recommendations be endorsed|",
			"resolution|2.1|a delivery programme is submitted to Cabinet in the summer|",
			"resolution|2.2|work can start before the programme where it fits existing budgets|",
			"resolution|2.3|the champion role starts now.|",
			"resolution|3|the Cabinet thanks the task group.|",
		}},
		{"a point whose own verb recommends ('Recommended that …', 'That, it be recommended to the Finance Committee that …') is a recommendation, to whatever body", action.DocMinutes, []string{
			"The Panel:",
			"1) Considered the options in the report;",
			"2) Recommended that the town councils be consulted on a joint approach;",
			"3) Recommended the setting up of a working group to draw up a proposal for Cabinet.",
			"",
			"RESOLVED:",
			"1. That, the report be noted and,",
			"2. That, it be recommended to the Policy, Governance & Finance Committee that the grant be paid for 2025 and,",
			"3. That, a letter is sent to the club.",
		}, []string{
			"resolution|(1)|The Panel Considered the options in the report|",
			"recommendation|(2)|The Panel Recommended that the town councils be consulted on a joint approach|",
			"recommendation|(3)|The Panel Recommended the setting up of a working group to draw up a proposal for Cabinet.|",
			"resolution|1|That, the report be noted and,|",
			"recommendation|2|That, it be recommended to the Policy, Governance & Finance Committee that the grant be paid for 2025 and,|",
			"resolution|3|That, a letter is sent to the club.|",
		}},
		{"a vote told in fields ('Proposed: Cllr … Seconded: Cllr … Carried: Unanimously') after the decision is no decision of its own; a page's 'Music Minutes:' label is no record accepted", action.DocMinutes, []string{
			"Minutes To approve the minutes of the meeting held on 3 May. Minutes: Members considered the minutes of the meeting held on 3 May.",
			"Resolved that the minutes of the meeting held on 3 May be approved as a correct record.",
			"Proposed: Cllr Hale Seconded: Cllr Moss Carried: Unanimously |",
			"Music Minutes: Cllr Hale has booked two bands and the choir has been confirmed as well. |",
		}, []string{
			"resolution||that the minutes of the meeting held on 3 May be approved as a correct record.|",
		}},
		{"minutes numbered by a dotted code ending in the count ('PC.2021.15')", action.DocMinutes, []string{
			"PC.2021.14 Apologies: none",
			"",
			"PC.2021.15 Allotments",
			"",
			"It was RESOLVED to renew the allotment lease for five years.",
		}, []string{
			"resolution|PC.2021.15|It was RESOLVED to renew the allotment lease for five years.|",
		}},
		{"minutes numbered by a code ending in the count ('E/09.20/03'), a title run in before a semicolon; a proposal carried by 'This was seconded by … with all in favour.' or 'Seconded by … and agreed.'", action.DocMinutes, []string{
			"P/03.21/01 Apologies: none",
			"",
			"P/03.21/02 Minutes of the last meeting; The minutes were proposed by Cllr Hale, seconded by Cllr Moss and approved as a true record.",
			"",
			"P/03.21/03 Meetings; Cllr Hale asked about the timing. It was proposed by Cllr Green that the committee meets every two months. This was seconded by Cllr Moss with all in favour.",
			"",
			"P/03.21/04 Bins",
			"",
			"It was proposed by Cllr Green that a new bin be bought. Seconded by Cllr Hale and agreed.",
		}, []string{
			"resolution|P/03.21/02|The minutes were proposed by Cllr Hale, seconded by Cllr Moss and approved as a true record.|",
			"resolution|P/03.21/03|It was proposed by Cllr Green that the committee meets every two months. This was seconded by Cllr Moss with all in favour.|",
			"resolution|P/03.21/04|It was proposed by Cllr Green that a new bin be bought. Seconded by Cllr Hale and agreed.|",
		}},
		{"'The Executive is recommended:' over points numbered as sections, each 'To approve …'", action.DocReport, []string{
			"Recommendations",
			"",
			"The Executive is recommended:",
			"",
			"1.1 To approve the spending on the winter programme.",
			"",
			"1.2 To approve the framework for measuring its effect.",
		}, []string{
			"recommendation|1.1|The Executive is recommended to approve the spending on the winter programme.|",
			"recommendation|1.2|The Executive is recommended to approve the framework for measuring its effect.|",
		}},
		{"an issue page read as a report: under 'Minutes:' a sentence of what the committee decided is a decision; a point opening with a verb in capitals undertakes nothing", action.DocReport, []string{
			"12 Annual report of the committee",
			"The Committee is invited to agree the annual report.",
			"1.1 NOTE the duty of the Committee to publish an annual report.",
			"Minutes:",
			"The Chair thanked members for their work over the year.",
			"The Committee DELEGATED to the Scrutiny Officer, in consultation with the Chair, responsibility for the final layout of the report.",
		}, []string{
			"recommendation||The Committee is invited to agree the annual report.|",
			"resolution||The Committee DELEGATED to the Scrutiny Officer, in consultation with the Chair, responsibility for the final layout of the report.|Scrutiny Officer",
		}},
		{"an unnumbered 'that …' after a point ended by ';' is the list's next point, not the last one's tail", action.DocMinutes, []string{
			"Resolved: that:",
			"",
			"(i) the budget monitoring report be noted;",
			"",
			"(ii) that the Clerk write to the county council about the bus shelter;",
			"",
			"that the Treasurer check the insurance renewal terms.",
			"",
			"(a) that the Clerk obtain quotes for the fence;",
			"",
			"and for the gate.",
		}, []string{
			"resolution|(i)|the budget monitoring report be noted|",
			"resolution|(ii)|that the Clerk write to the county council about the bus shelter|Clerk",
			"resolution||that the Treasurer check the insurance renewal terms.|Treasurer",
			"resolution|(a)|that the Clerk obtain quotes for the fence and for the gate.|Clerk",
		}},
		{"a proposal then 'Resolved: Unanimously.' on its line is what was resolved; the label tells only the vote", action.DocMinutes, []string{
			"3) Apologies for absence",
			"None received. Cllr Hale proposed, seconded by Cllr Moss to accept illness as a reason for absence until June. Resolved: Unanimously.",
			"4) Minutes of the last meeting",
			"Cllr Moss proposed, seconded by Cllr Hale to sign the minutes of the meeting held on 2nd March. RESOLVED: by all present.",
		}, []string{
			"resolution||Cllr Hale proposed, seconded by Cllr Moss to accept illness as a reason for absence until June. Resolved: Unanimously.|",
			"resolution||Cllr Moss proposed, seconded by Cllr Hale to sign the minutes of the meeting held on 2nd March. RESOLVED: by all present.|",
		}},
		{"'RESOLVED that the following appointments be made.' leads its roman points past its stop; the minutes' next number ends them", action.DocMinutes, []string{
			"5. Representatives to outside bodies",
			"RESOLVED that the following appointments be made.",
			"i. Cllr Hart to the Village Hall Management Committee",
			"ii. Cllr Moss to the Footpaths Group",
			"6. Playground",
			"The Clerk reported on the inspection. It was agreed that the Clerk obtain quotes for new matting.",
			"7. Payments",
			"RESOLVED that the following payments be approved.",
			"8. Correspondence",
			"None.",
		}, []string{
			"resolution|5(i)|the following appointments be made Cllr Hart to the Village Hall Management Committee|",
			"resolution|5(ii)|the following appointments be made Cllr Moss to the Footpaths Group|",
			"resolution|6|It was agreed that the Clerk obtain quotes for new matting.|Clerk",
			"resolution|7|that the following payments be approved.|",
		}},
		{"a proposal carried by 'Resolution passed.', a word on it allowed before the vote; 'This proposal was seconded by Cllr M. Stone and …' carries the one before", action.DocMinutes, []string{
			"LITTER PICKER. It was proposed by Cllr Reed and seconded by the Chairman that Sam Green be appointed as the village litter picker. He had volunteered after the last one retired. Agreed, the resolution was passed.",
			"Bank report. The Clerk explained the statement. It was proposed by Cllr Hale and seconded by Cllr Moss that this be accepted. Resolution passed.",
			"As such Cllr L. Dunn proposed that the minutes of the last two meetings be deferred until the next meeting. This proposal was seconded by Cllr M. Stone and unanimously agreed.",
		}, []string{
			"resolution||It was proposed by Cllr Reed and seconded by the Chairman that Sam Green be appointed as the village litter picker. He had volunteered after the last one retired. Agreed, the resolution was passed.|",
			"resolution||It was proposed by Cllr Hale and seconded by Cllr Moss that this be accepted. Resolution passed.|",
			"resolution||As such Cllr L. Dunn proposed that the minutes of the last two meetings be deferred until the next meeting. This proposal was seconded by Cllr M. Stone and unanimously agreed.|",
		}},
		{"an agenda's 'To receive …' title with a member's words run in, after a paragraph told in the past, is the record, not a numbered decision", action.DocMinutes, []string{
			"It was noted that the ward councillor was unable to attend.",
			"2. To receive Declarations of Interest REF618 Cllr T. Lamb spoke to declare an interest as chairman of the cricket club.",
		}, nil},
		{"a bullet before 'Recommendation 1:' leaves it a recommendation, numbered; 'For Officers to …' names who acts", action.DocMinutes, []string{
			"The adviser presented the recommendations from the Scrutiny Committee.",
			"- Recommendation 1: For Cabinet to review how housing on small sites is reported.",
			"- Recommendation 2: For Officers to identify why completions are under target.",
		}, []string{
			"recommendation|1|For Cabinet to review how housing on small sites is reported.|",
			"recommendation|2|For Officers to identify why completions are under target.|Officers",
		}},
		{"a decision page's 'Decision:' over 'Noted.' decides that the report was noted", "", []string{
			"41 Annual Report of the Director of Public Health",
			"Report by the Director of Public Health.",
			"Decision:",
			"Noted.",
			"Minutes:",
			"Cabinet considered the report and thanked the Director.",
		}, []string{
			"resolution|41|Noted.|",
		}},
		{"'it was agreed for <someone> to <act>' is a decision told in the record", action.DocMinutes, []string{
			"6. Reports",
			"The Chair reported that bikes were being ridden across the new bowling green. It was agreed for the groundsman to put up two signs by the gate. Members thanked him.",
			"It was discussed for some time whether the hedge should be cut.",
		}, []string{
			"resolution|6|It was agreed for the groundsman to put up two signs by the gate.|",
		}},
		{"elections told by acceptance or by a long count: 'which he accepted', 'accepted the position and …', '… who was duly elected'", action.DocMinutes, []string{
			"1) Election of Chair – Cllr Dale proposed Cllr Finch and Cllr Hart seconded. Cllr Finch accepted the position and said she would serve for one year.",
			"2) Vice Chair – The Chair proposed Councillor Ian Reeve to act as Vice Chair which he accepted.",
			"3) Clerk's report – The Clerk proposed that the office hours be changed. Members would consider it in May.",
			"4) Election of Mayor – Councillor Bird, proposed by Councillor Day and seconded by Councillor Eyre, and Councillor Gale, proposed by Councillor Hale and seconded by Councillor Ince, were put forward. Ballot papers were handed out and counted by the Clerk, giving a majority of seven votes to five for Councillor Bird, who was duly elected as Mayor.",
		}, []string{
			"resolution|(1)|Election of Chair – Cllr Dale proposed Cllr Finch and Cllr Hart seconded. Cllr Finch accepted the position and said she would serve for one year.|",
			"resolution|(2)|Vice Chair – The Chair proposed Councillor Ian Reeve to act as Vice Chair which he accepted.|",
			"resolution|(4)|Election of Mayor – Councillor Bird, proposed by Councillor Day and seconded by Councillor Eyre, and Councillor Gale, proposed by Councillor Hale and seconded by Councillor Ince, were put forward. Ballot papers were handed out and counted by the Clerk, giving a majority of seven votes to five for Councillor Bird, who was duly elected as Mayor.|",
		}},
		{"a nomination seconded, then the nominee's acceptance of the office, is an election carried", action.DocMinutes, []string{
			"- To elect a Chair of the Council",
			"Cllr A Reed proposed Cllr B Lowe, Cllr C Dunn seconded. Cllr B Lowe duly accepted the office of Chair. The agenda then moved on.",
			"- To elect a Vice Chair",
			"Cllr B Lowe proposed Cllr A Reed. Cllr A Reed said he would think about it.",
		}, []string{
			"resolution||Cllr A Reed proposed Cllr B Lowe, Cllr C Dunn seconded. Cllr B Lowe duly accepted the office of Chair.|",
		}},
		{"a decision page's 'authorised <officer>, in consultation with …, to:' leads its lettered points, each a power given to the officer; a sentence that decides after them, under the same label, is its decision too; 'authorised under this Scheme' leads nothing", action.DocDecision, []string{
			"Highway Maintenance Plan",
			"Decision:",
			"The Cabinet authorised the Head of Highways, in consultation with the Portfolio Holder for Transport to:",
			"(a) publish the maintenance plan for the coming year",
			"(b) consult the parish councils on the list of roads to be resurfaced",
			"The Cabinet agreed the revised inspection intervals set out in the report.",
			"Reasons for the decision:",
			"The plan is a statutory duty. The Council approved the last plan in 2021.",
			"Decisions taken by the Clerk as generally authorised under this Scheme are set out below:",
			"• Repair of the bus shelter roof",
		}, []string{
			"resolution|(a)|The Cabinet authorised the Head of Highways to publish the maintenance plan for the coming year|Head of Highways",
			"resolution|(b)|The Cabinet authorised the Head of Highways to consult the parish councils on the list of roads to be resurfaced|Head of Highways",
			"resolution||The Cabinet agreed the revised inspection intervals set out in the report.|",
		}},
		{"under a 'Decision:' label, a later sentence in which the body notes a thing is its next decision, as the first is", action.DocMinutes, []string{
			"Meeting: 02/02/2026 - Cabinet (Item 7)",
			"7 Allotments Review",
			"The paper set out how the allotment sites had been run over the year.",
			"Decision:",
			"The Cabinet noted the views of the Allotments Forum, as given in part 3 of the paper.",
			"The Cabinet noted the allotments review for the year.",
			"Reasons:",
			"Members need to keep the sites under review.",
		}, []string{
			"resolution|7|The Cabinet noted the views of the Allotments Forum, as given in part 3 of the paper.|",
			"resolution|7|The Cabinet noted the allotments review for the year.|",
		}},
		{"a council that considered an application and resolved on it, after the application's title, decided; the title is not kept", action.DocMinutes, []string{
			"Parish Council", "Minutes of the meeting held on 3 June 2021", "",
			"21/4 Apologies were received from Cllr Oak.", "",
			"21/5 Planning 4 Mill Lane: a new porch. The Parish Council considered this application and resolved to support it.",
		}, []string{
			"resolution|21/5|The Parish Council considered this application and resolved to support it.|",
		}},
		{"a council's view of an application given in the present is its decision; what another body will send is not", action.DocMinutes, []string{
			"Parish Council", "Minutes of the planning meeting held on 3 June 2021", "",
			"PLANNING APPLICATIONS:", "",
			"21/00123/FUL Two new houses at Mill Lane – It was noted that the Village Society would also be sending comments. The Council object to the application because of the loss of parking on the lane.",
		}, []string{
			"resolution||The Council object to the application because of the loss of parking on the lane.|",
		}},
		{"a council's support for an application, or no objection to it, is its decision", action.DocMinutes, []string{
			"Parish Council", "Minutes of the planning meeting held on 3 June 2021", "",
			"PLANNING APPLICATIONS:", "",
			"21/00124/FUL A garden room at 2 Mill Lane – The Parish Council supports the application.", "",
			"21/00125/FUL A new shed at 9 Mill Lane – The Council has no objection to the application.",
		}, []string{
			"resolution||The Parish Council supports the application.|",
			"resolution||The Council has no objection to the application.|",
		}},
		{"the view on an application given by the members or the committee, in the past or the present, is the body's decision", action.DocMinutes, []string{
			"Town Council", "Minutes of the planning meeting held on 9 May 2022", "",
			"PLANNING APPLICATIONS:", "",
			"22/00310/FUL A loft conversion at 5 Kiln Road.", "Councillors objected to the application, as the dormer would dominate the street.", "",
			"22/00311/FUL A carport at 8 Kiln Road.", "The Committee raised no objection to this application.", "",
			"22/00312/FUL A new shopfront at 1 Market Place.", "Members support the proposal.",
		}, []string{
			"resolution||Councillors objected to the application, as the dormer would dominate the street.|",
			"resolution||The Committee raised no objection to this application.|",
			"resolution||Members support the proposal.|",
		}},
		{"minutes numbered as a count, then month and year, the count rising by one, take those codes as their refs", action.DocMinutes, roofMinutes("12/04/25", "13/04/25"), []string{
			"resolution|12/04/25|Approved and signed as a correct record|",
			"resolution|13/04/25|It was resolved to accept the lower quote for the roof repair.|",
		}},
		{"dates a day apart before what was done are no minute numbers", action.DocMinutes, []string{
			"Minutes of the Parish Council meeting held on 8 April 2025", "",
			"11/04/25 Litter pick – the Council agreed to lend the grabbers.", "",
			"12/04/25 Plant sale – the Council agreed to lend the tables.", "",
		}, []string{
			"resolution||11/04/25 Litter pick – the Council agreed to lend the grabbers.|",
			"resolution||12/04/25 Plant sale – the Council agreed to lend the tables.|",
		}},
		{"codes of that shape whose first number skips are dates, not a run of minute numbers", action.DocMinutes, roofMinutes("14/04/25", "17/04/25"), []string{
			"resolution||It was resolved to accept the lower quote for the roof repair.|",
		}},
		{"in a numbered list whose next point is a 'That …' decision, a first point in which the body notes a thing is a decision too", action.DocMinutes, []string{
			"Minutes of the Parks Scrutiny Panel held on 9 March 2026",
			"6 Second Quarter Parks Figures",
			"The paper gives the Panel a view of the visitor figures for the second quarter.",
			"(1) The Panel noted the visitor figures and thanked the rangers for their help.",
			"(2) That numbers of visitors by site be shown in later papers.",
		}, []string{
			"resolution|6(1)|The Panel noted the visitor figures and thanked the rangers for their help.|",
			"resolution|6(2)|That numbers of visitors by site be shown in later papers.|",
		}},
		{"lettered points run on in one paragraph with a stop ('a. … b. …') are points of their own: the words before the first are their title, an undertaking in one is not joined to another's, and a proposal naming only its mover and seconder carries the sentence before it", action.DocMinutes, []string{
			"7.2 To receive the minutes a. The minutes of the meeting held in May were approved as a true record. b. The Chairman read a letter from the allotment society. Some plots are overgrown. Clerk to write to the tenants concerned. c. Clerk to buy two new padlocks for the gates.",
			"7.3 Finance a. It was resolved to renew the insurance. b. It was resolved to pay the grass cutting invoice of £240.",
			"7.4 Bus shelter. The Clerk had two quotes for its repair. It was resolved to accept the lower quote. Proposed Mr B Hale, seconded by Mrs C Moss. All in favour.",
		}, []string{
			"resolution|(a)|The minutes of the meeting held in May were approved as a true record.|",
			"commitment|(b)|Clerk to write to the tenants concerned.|Clerk",
			"commitment|(c)|Clerk to buy two new padlocks for the gates.|Clerk",
			"resolution|(a)|It was resolved to renew the insurance.|",
			"resolution|(b)|It was resolved to pay the grass cutting invoice of £240.|",
			"resolution|7.4|It was resolved to accept the lower quote. Proposed Mr B Hale, seconded by Mrs C Moss. All in favour.|",
		}},
		{"an action tag with no colon, who acts and what they are to do after it ('Action Jenny – to check …', 'Action Clerk to write …'), is an undertaking; a numbered minute told in one sentence after a title in capitals is that sentence, its title left out", action.DocMinutes, []string{
			"2. MINUTES OF THE LAST MEETING The minutes of the meeting held on 4th March were agreed and signed.",
			"3. ACCOUNTS",
			"Cllr Rowe said a supplier had been paid twice. Action Jenny – to check all correct.",
			"The quote for the hedge was accepted. Action Clerk to write to the contractor.",
		}, []string{
			"resolution|2|The minutes of the meeting held on 4th March were agreed and signed.|",
			"commitment||Action Jenny – to check all correct.|Jenny",
			"commitment||Action Clerk to write to the contractor.|Clerk",
		}},
		{"an agenda's title for the minutes, in any case and up to their meeting's date, run in before the record ('Minutes of the previous meeting held on Wednesday 14th May 2019 The minutes were approved') is left out of what was decided", action.DocMinutes, []string{
			"35/19 Declarations of Interest None.",
			"36/19 Minutes of the previous meeting held on Wednesday 14th May 2019 The minutes were approved. Proposed Cllr A Shaw Seconded Cllr B Lowe.",
			"5. Minutes of the meetings held on 13th June 2024: The minutes of the meeting were proposed as correct records by Councillor Dean and seconded by Councillor Marsh.",
		}, []string{
			"resolution|36/19|The minutes were approved.|",
			"resolution|5|The minutes of the meeting were proposed as correct records by Councillor Dean and seconded by Councillor Marsh.|",
		}},
		{"a minute numbered with its year has its own numbered points ('24/65.2'), each its ref; a point of another minute's number is not one of them", action.DocMinutes, []string{
			"24/64 Minutes",
			"The minutes of the meeting held on 3 July were approved.",
			"24/65 Finance",
			"24/65.1 It was resolved to approve the budget for 2025.",
			"24/65.2 The following payments were approved.",
			"24/66 Highways",
			"24/65.3 The grit bins were approved.",
		}, []string{
			"resolution|24/64|The minutes of the meeting held on 3 July were approved.|",
			"resolution|24/65.1|It was resolved to approve the budget for 2025.|",
			"resolution|24/65.2|The following payments were approved.|",
		}},
		{"'It was agreed that the Clerk write to the Chief Executive to complain' decides, the Clerk to act: the post written to is not who acts, nor is 'Executive to complain' an undertaking's subject", action.DocMinutes, []string{
			"It was agreed that the Clerk write to the Chief Executive to complain about the potholes.",
			"It was resolved that the Clerk send a copy to the Head of Highways.",
		}, []string{
			"resolution||It was agreed that the Clerk write to the Chief Executive to complain about the potholes.|Clerk",
			"resolution||It was resolved that the Clerk send a copy to the Head of Highways.|Clerk",
		}},
		{"an action list's points, each what to do in the imperative then who after a dash, perhaps with when, are commitments of those named; a point with no one after its dash, or a title before its note, is not", action.DocMinutes, []string{
			"Minutes of the Steering Group held on 10 September 2019",
			"Finance actions.",
			"6. Prepare the budget template – D Berry by 2nd Oct.",
			"7. Circulate the survey forms, fill in the old answers – B Puzey, C Barron.",
			"8. Send out the newsletter – After the fete.",
			"9. Play area – the fence is still broken.",
		}, []string{
			"commitment|6|Prepare the budget template – D Berry by 2nd Oct.|D Berry",
			"commitment|7|Circulate the survey forms, fill in the old answers – B Puzey, C Barron.|B Puzey;C Barron",
		}},
		{"'RESOLVED Clerk to …' in a paragraph's run decides, who acts first", action.DocMinutes, []string{
			"Mr Green asked that invoices due before the next meeting be paid at once. RESOLVED Clerk to receive the invoices and pay them.",
		}, []string{
			"resolution||RESOLVED Clerk to receive the invoices and pay them.|",
		}},
		{"a sentence that opens 'Since Cllr …' is a clause, not a title before its record", action.DocMinutes, []string{
			"Correspondence from the Trust was received. Since Cllr Dale is also on the Trust's committee it was agreed to allow this to stand.",
		}, []string{
			"resolution||Since Cllr Dale is also on the Trust's committee it was agreed to allow this to stand.|",
		}},
		{"a decision page's bulleted clauses, each with the subjunctive be and no That, are its decisions; an agenda line with a clause after it is not", action.DocDecision, []string{
			"01/03/2025 - Garden Waste Pilot",
			"• The pilot be approved for three wards and to begin in April 2025;",
			"• Greenway Ltd be appointed to run the pilot;",
			"• Bins be supplied by the contractor at a cost of about £12k",
			"Background",
			"• The pilot was to be approved last year",
			"• The report be welcomed because it was clear",
		}, []string{
			"resolution||The pilot be approved for three wards and to begin in April 2025|",
			"resolution||Greenway Ltd be appointed to run the pilot|",
			"resolution||Bins be supplied by the contractor at a cost of about £12k|",
		}},
		{"a proposal in capitals ('PROPOSED … SECONDED and all AGREED') is carried, the item's title in capitals before it, '&' and all, left out; an agenda's wording before a colon is left out of its record", action.DocMinutes, []string{
			"Minutes of the Parish Council Meeting held on 12 June 2024",
			"5) To confirm minutes of the meeting held on 7th June 2024: The minutes had been sent out with the agenda and it was RESOLVED that they be accepted as a true record.",
			"4. TO CONFIRM & ACCEPT THE MINUTES OF THE MEETING OF 3RD MAY 2024 It was PROPOSED by Cllr A Ash that the minutes should be accepted as a true record. Cllr B Birch SECONDED and all AGREED. The Chair signed the minutes and a copy has been placed in minute book.",
		}, []string{
			"resolution|(5)|The minutes had been sent out with the agenda and it was RESOLVED that they be accepted as a true record.|",
			"resolution|4|It was PROPOSED by Cllr A Ash that the minutes should be accepted as a true record. Cllr B Birch SECONDED and all AGREED.|",
		}},
		{"an item whose outcome follows its title with the dash lost is decided; a lone 'All Agreed' or a title to be agreed is not; 'resolved unanimously that' is kept whole", action.DocMinutes, []string{
			"7. To Approve the Annual Return Approved.",
			"8. Notice of the Audit Dates 2024/25 Approved.",
			"9. All Agreed",
			"10. Budget for the Fete to be Agreed",
			"11. ELECTION OF CHAIR",
			"It was resolved unanimously that Cllr. P. Reed be elected Chair.",
		}, []string{
			"resolution|7|To Approve the Annual Return Approved.|",
			"resolution|8|Notice of the Audit Dates 2024/25 Approved.|",
			"resolution|11|It was resolved unanimously that Cllr. P. Reed be elected Chair.|",
		}},
		{"a decision's subject alone, then its points numbered from 1 each a verb, run into one line (after a record's field label too)", action.DocDecision, []string{
			"Decision Maker: County Council",
			"Content: That Council 1. Notes the approach taken to the value for money of cycling schemes; and 2. Endorses the delivery of schemes which support cycling.",
			"That Cabinet 1. Approves the plan; and 2. Delegates authority to the Director to sign.",
		}, []string{
			"resolution|1|That Council notes the approach taken to the value for money of cycling schemes|",
			"resolution|2|That Council endorses the delivery of schemes which support cycling.|",
			"resolution|1|That Cabinet approves the plan|",
			"resolution|2|That Cabinet delegates authority to the Director to sign.|Director",
		}},
		{"points an action column closed with initials that close another point too are actions of those people; initials closing one point alone are an acronym, and after a number a unit", action.DocMinutes, []string{
			"12/24 Highways",
			"Resolved to accept the report from the county councillor",
			"- Letter of thanks to the highways officer SP",
			"- Report the potholes on Church Road JB",
			"- Consider the gritting contract for next year's budget MW/SP",
			"- Forms to be returned to SLDC",
			"- Ask about the speed sign on the main road JB",
			"- Report of the Clerk, item 5. PDF 133 KB",
			"- Appendix A, item 5. PDF 90 KB",
		}, []string{
			"resolution||Resolved to accept the report from the county councillor|",
			"action||Letter of thanks to the highways officer|SP",
			"action||Report the potholes on Church Road|JB",
			"action||Consider the gritting contract for next year's budget|MW;SP",
			"action||Ask about the speed sign on the main road|JB",
		}},
		{"a page run into one line is cut at its minutes' numbers and at their lettered parts; a decision under a part has the part's number", action.DocMinutes, []string{
			"Minutes of the Meeting of Elmbridge Parish Council held on 3 June 2024 Present: Cllrs A. Ash (Chair), B. Birch, C. Cedar. Apologies: Cllr D. Oak. " +
				"P21 Apologies were received from Cllr Oak and accepted. P22 Police Report No officer attended and the Clerk read out the crime figures for May. " +
				"P23 Minutes P23(a) Resolved: that the Minutes of the Meeting of the Council held on 6 May 2024 be approved as a correct record. " +
				"P23(b) Matters Arising The Clerk reported that the bench on the green was still broken. Resolved: that the Clerk obtain three quotes for a new bench. " +
				"P24 Open Forum No members of the public were present.",
		}, []string{
			"resolution|P23(a)|that the Minutes of the Meeting of the Council held on 6 May 2024 be approved as a correct record.|",
			"resolution|P23(b)|that the Clerk obtain three quotes for a new bench.|Clerk",
		}},
		{"a vote told whole with the record of its decision after it is that decision once; an election before another decision, or a vote on another matter, stays its own", action.DocMinutes, []string{
			"Minutes of the Finance Committee of Oakhurst Parish Council, 9 April 2024",
			"4. Asset Register",
			"Councillors checked the register. Cllr Hale proposed that the register was accepted, Cllr Dunn seconded this and it was agreed by unanimous vote.",
			"It was resolved to accept the asset register for 2024, subject to full council approval.",
			"5. Officers",
			"Cllr Ross was nominated for Chairman by Cllr Hale and seconded by Cllr Dunn and was elected unanimously.",
			"It was agreed to review the need for a Vice-Chairman at a later meeting.",
			"6. Grass Cutting",
			"Cllr Dunn proposed that the verges be cut twice, Cllr Ross seconded this and it was agreed by unanimous vote.",
			"It was resolved to pay the hall invoice.",
		}, []string{
			"resolution|4|It was resolved to accept the asset register for 2024, subject to full council approval.|",
			"resolution|5|Cllr Ross was nominated for Chairman by Cllr Hale and seconded by Cllr Dunn and was elected unanimously.|",
			"resolution|5|It was agreed to review the need for a Vice-Chairman at a later meeting.|",
			"resolution|6|Cllr Dunn proposed that the verges be cut twice, Cllr Ross seconded this and it was agreed by unanimous vote.|",
			"resolution|6|It was resolved to pay the hall invoice.|",
		}},
		{"the last meeting's minutes put and seconded with no vote told are approved; another proposal so told, or minutes put to a counted vote, is not taken as carried here", action.DocMinutes, []string{
			"Minutes of Oakhurst Parish Council held on 9 April 2024",
			"112. Minutes of the last meeting Cllr Hale proposed and Cllr Dunn seconded to accept the minutes of 12 March. The Chair signed them.",
			"113. Allotments Cllr Hale proposed and Cllr Dunn seconded that the rents rise by five per cent. Members discussed the waiting list at length.",
			"114. Minutes of the Planning Committee Cllr Ross proposed and Cllr Dunn seconded that the minutes be accepted. Three voted in favour and two against.",
		}, []string{
			"resolution|112|Minutes of the last meeting Cllr Hale proposed and Cllr Dunn seconded to accept the minutes of 12 March.|",
		}},
		{"a proposal in capitals with its seconder, then a count ending in the motion carried or all in favour, is a decision", action.DocMinutes, []string{
			"Minutes of the Finance Committee held on 3 May 2022",
			"7. Minutes",
			"Cllr P Ames PROPOSED that the minutes of 5 April be confirmed; SECONDED by Cllr R Bell.  There voted 3 in favour, 1 against and the Motion was carried.",
			"8. Bulbs for the green",
			"Cllr R Bell PROPOSED buying bulbs for the green up to a cost of £60; SECONDED by Cllr P Ames.  All were in favour and it was agreed that any larger cost comes back to the committee for a further look before it is spent.",
		}, []string{
			"resolution|7|Cllr P Ames PROPOSED that the minutes of 5 April be confirmed; SECONDED by Cllr R Bell. There voted 3 in favour, 1 against and the Motion was carried.|",
			"resolution|8|Cllr R Bell PROPOSED buying bulbs for the green up to a cost of £60; SECONDED by Cllr P Ames. All were in favour and it was agreed that any larger cost comes back to the committee for a further look before it is spent.|",
		}},
		{"a decision run in after its own RESOLVED label is not a list under the agenda's line above it, though that line ends in a colon and announces items below", action.DocMinutes, []string{
			"Minutes of the Orchard Committee held on 8 February 2024",
			"To resolve to take any apologies in respect of the business listed below. Interests:",
			"RESOLVED unanimously to accept the apologies of Cllr Lee.",
		}, []string{
			"resolution||to accept the apologies of Cllr Lee.|",
		}},
		{"a body named in small letters after 'The' decides as one in capitals does", action.DocMinutes, []string{
			"Minutes of the Awards Committee held on 2 June 2015",
			"3.  Awards", "",
			"The bids were looked at in turn.", "",
			"The committee decided not to fund the cycling club this year.", "",
			"4. Any Other Business",
		}, []string{
			"resolution|3|The committee decided not to fund the cycling club this year.|",
		}},
		{"'It was Resolved:' over a member or officer named to do something is a decision; a bare name is not", action.DocMinutes, []string{
			"Minutes of the special meeting of Elmford Parish Council held on 3 March 2023",
			"It was Resolved: Cllr Penn to chair the meeting",
			"It was Resolved: the Clerk to order two new signs for the green.",
			"It was Resolved: Cllr Penn",
		}, []string{
			"resolution||Cllr Penn to chair the meeting|Cllr Penn",
			"resolution||the Clerk to order two new signs for the green.|Clerk",
		}},
		{"a numbered infinitive after a record that told its own decision is the next item's title, not a decision whose label was lost", action.DocMinutes, []string{
			"Minutes of the meeting of Brookby Parish Council held on 6 June 2023",
			"Present: Cllr Vane, Cllr Hope.",
			"Agenda Items",
			"1. Welcome & Apologies",
			"The Chair opened the meeting.",
			"Apologies were received from Cllr Vane. It was resolved to accept the reason given – all agreed.",
			"2. TO RECEIVE DECLARATIONS OF INTEREST IN ITEMS ON THIS AGENDA – being any interest not yet on the register.",
			"3. To consider the hedge by the school.",
			"The hedge had grown over the path. It was resolved to have it cut.",
		}, []string{
			"resolution|1|It was resolved to accept the reason given – all agreed.|",
			"resolution|3|It was resolved to have it cut.|",
		}},
		{"a body's decision told of an earlier time (last year, in a year right after the verb, at its last meeting) is history, in small letters or capitals; a time for the thing decided is no bar", action.DocMinutes, []string{
			"Minutes of the Grants Panel held on 8 July 2016",
			"2. Bids",
			"The panel decided last year not to fund the drama group, and the Clerk said the group had since closed.",
			"3. Hall",
			"The Committee agreed in 2014 to let the hall at cost, and the tenants have since left.",
			"4. Fete",
			"The Council decided at its last meeting to close the car park, and the signs are up.",
			"5. Summer",
			"The committee decided to hold the fete in June 2017.",
		}, []string{
			"resolution|5|The committee decided to hold the fete in June 2017.|",
		}},
		{"a decision followed by 'but' and what never came of it is history; a 'never' inside what was decided is not", action.DocMinutes, []string{
			"2. Skate park",
			"The Council approved the ramps in 2009 but they were never put up.",
			"3. Pond",
			"The Council approved the new railings but asked that the gate never be locked.",
			"4. Hall",
			"The Council approved the stage hire, but never for more than two days.",
			"5. Fees",
			"Members approved the room charges, but these are never to rise above five pounds.",
			"6. Bus shelter",
			"The Council approved the new shelter in 2015 but it never went ahead.",
			"7. Bandstand",
			"The Council approved the bandstand but this never came about.",
		}, []string{
			"resolution|3|The Council approved the new railings but asked that the gate never be locked.|",
			"resolution|4|The Council approved the stage hire, but never for more than two days.|",
			"resolution|5|Members approved the room charges, but these are never to rise above five pounds.|",
		}},
		{"a past time inside what was decided (an 'as previously …' aside, a participle's phrase) leaves the decision this meeting's; one that ends the clause after its object is history", action.DocMinutes, []string{
			"Minutes of the Grants Panel held on 8 July 2016",
			"2. Fencing",
			"The Council approved the price from the fencing firm, as previously discussed.",
			"3. Bridge",
			"The Council approved the mending of the bridge rail broken last winter by a fallen tree.",
			"4. Hall",
			"The Committee agreed the hall hire charges last year.",
		}, []string{
			"resolution|2|The Council approved the price from the fencing firm, as previously discussed.|",
			"resolution|3|The Council approved the mending of the bridge rail broken last winter by a fallen tree.|",
		}},
		{"an '-ed' word before a past time that ends the clause holds it only as a participle after a noun: not an infinitive's '-eed' verb, nor a short noun", action.DocMinutes, []string{
			"Minutes of the Grants Panel held on 8 July 2016",
			"2. Pond",
			"The Council decided not to proceed at its last meeting.",
			"3. Garden",
			"The Committee agreed the cost of a new potting shed last year.",
			"4. Verge",
			"The Committee approved a grant for the rose bed last summer.",
			"5. Wall",
			"The Council approved the mending of the churchyard wall damaged last winter.",
		}, []string{
			"resolution|5|The Council approved the mending of the churchyard wall damaged last winter.|",
		}},
		{"'resolved' over someone named to act decides only as a label opening its sentence; a thing settled, or left not resolved, decides nothing", action.DocMinutes, []string{
			"Minutes of the meeting of Ashby Parish Council held on 2 May 2023",
			"4. Drains",
			"The leak has been resolved: Mrs Dale to pay the plumber herself.",
			"5. Footpath",
			"It was not resolved: Cllr Rowe to bring it back next month.",
			"6. Working group",
			"It was resolved: Cllr Rowe to chair the working group.",
		}, []string{
			"resolution|6|Cllr Rowe to chair the working group.|Cllr Rowe",
		}},
		{"'resolved' over someone named to act is a label still with an adverb after 'It was', or a short phrase before it", action.DocMinutes, []string{
			"Minutes of the meeting of Ashby Parish Council held on 2 May 2023",
			"4. Stile",
			"It was therefore resolved: Cllr Rowe to mend the stile with the warden.",
			"5. Bins",
			"It was unanimously resolved: the Clerk to order a second bin.",
			"6. Lights",
			"After some debate, it was resolved: Cllr Dale to ask the county about the lights.",
		}, []string{
			"resolution|4|Cllr Rowe to mend the stile with the warden.|Cllr Rowe",
			"resolution|5|the Clerk to order a second bin.|Clerk",
			"resolution|6|Cllr Dale to ask the county about the lights.|Cllr Dale",
		}},
		{"a condition before 'it was resolved:' is part of what was decided and stays in its text; a procedural lead does not", action.DocMinutes, []string{
			"Minutes of the meeting of Ashby Parish Council held on 2 May 2023",
			"4. Boat",
			"If the buyer withdraws, it was resolved: the Clerk to advertise the boat again.",
			"5. Oak",
			"Subject to the survey, it was resolved: the Clerk to order the tree work.",
			"6. Lights",
			"Following a short debate, it was resolved: Cllr Dale to ask the county about the lights.",
		}, []string{
			"resolution|4|If the buyer withdraws, the Clerk to advertise the boat again.|Clerk",
			"resolution|5|Subject to the survey, the Clerk to order the tree work.|Clerk",
			"resolution|6|Cllr Dale to ask the county about the lights.|Cllr Dale",
		}},
		{"a decision run in after its label that names who is to act is a clause of its own, and takes no lead-in from the line above; an adverb before the label's colon is dropped", action.DocMinutes, []string{
			"Minutes of the Pond Committee held on 3 April 2024",
			"5. Pond",
			"Members read the note below from the bailiff:",
			"RESOLVED: the Clerk to buy three new buoys for the pond.",
			"6. Budget",
			"RESOLVED unanimously: The pond budget for next year is set at £900.",
		}, []string{
			"resolution|5|the Clerk to buy three new buoys for the pond.|Clerk",
			"resolution|6|The pond budget for next year is set at £900.|",
		}},
		{"a decision on its RESOLVED label's line keeps the lead-in above it unless that is an agenda title or the decision is a clause of its own; the label's adverb is dropped", action.DocMinutes, []string{
			"Minutes of the Pond Committee held on 3 April 2024",
			"To resolve to note any apologies for the items set out below. Apologies:",
			"RESOLVED by a majority to accept the apologies of Cllr Ford.",
			"5. Pond group",
			"Cllr Ford put forward the following members for the pond group:",
			"RESOLVED: Cllr Ross, Cllr Lane and Cllr Gray.",
		}, []string{
			"resolution||to accept the apologies of Cllr Ford.|",
			"resolution|5|Cllr Ford put forward the following members for the pond group: Cllr Ross, Cllr Lane and Cllr Gray.|",
		}},
		{"a vote line that only names the mover and seconder carries the proposal before it", action.DocMinutes, []string{
			"Minutes of the Amenities Committee held on 9 May 2022",
			"4. Benches",
			"Cllr J Moss proposed that two benches be bought for the green. Proposed by Cllr J Moss, seconded by Cllr K Reed and the motion was carried.",
			"5. Bins",
			"Councillor Moss proposed that a new bin be bought for the car park. Proposed by Cllr J Moss, seconded by Cllr K Reed and carried.",
		}, []string{
			"resolution|4|Cllr J Moss proposed that two benches be bought for the green. Proposed by Cllr J Moss, seconded by Cllr K Reed and the motion was carried.|",
			"resolution|5|Councillor Moss proposed that a new bin be bought for the car park.|",
		}},
		// (The proposal before another mover's carried motion is no
		// decision on its own either: what won is not it.)
		{"a vote line naming another mover, or putting a ', to <verb>' of its own, is a new proposal and carries none before it, nor leaves it decided", action.DocMinutes, []string{
			"Minutes of the Amenities Committee held on 9 May 2022",
			"4. Benches",
			"Cllr J Moss proposed that a sum of £300 be given to the bowls club. Proposed by Cllr P Lane, seconded by Cllr K Reed and the motion was carried.",
			"5. Hedges",
			"Cllr J Moss proposed that the hedge be cut back in March. Proposed by Cllr J Moss, seconded by Cllr K Reed, to leave the hedge until autumn, and the motion was carried.",
			"6. Paths",
			"Cllr J Moss proposed that the path to Lane Farm be gravelled. Proposed by Cllr P Lane, seconded by Cllr K Reed and the motion was carried.",
		}, []string{
			"resolution|5|Proposed by Cllr J Moss, seconded by Cllr K Reed, to leave the hedge until autumn, and the motion was carried.|",
		}},
		{"a count ending in the motion carried carries no proposal before a sentence that puts its own, no amendment, and nothing when more voted against", action.DocMinutes, []string{
			"Minutes of the Amenities Committee held on 9 May 2022",
			"4. Benches",
			"Cllr J Moss PROPOSED that two benches be ordered; SECONDED by Cllr K Reed. Cllr L Shaw proposed that the order wait for the spring; seconded by Cllr M Tull, and the motion was carried.",
			"5. Litter bins",
			"Cllr J Moss PROPOSED that a bin be put by the shop; SECONDED by Cllr K Reed. Cllr L Shaw then moved that the vote be taken at once, and the motion was carried.",
			"6. Hedges",
			"Cllr K Reed PROPOSED an amendment that only the north hedge be cut; SECONDED by Cllr L Shaw. There voted 1 in favour, 5 against and the motion was carried.",
			"7. Signs",
			"Cllr M Tull PROPOSED that the old signs be painted; SECONDED by Cllr J Moss. There voted 2 for and 4 against, and the motion was carried.",
		}, []string{
			"resolution|4|Cllr L Shaw proposed that the order wait for the spring; seconded by Cllr M Tull, and the motion was carried.|",
		}},
		{"a title, its dash, then the record in small letters decides as a sentence would, its title kept; a debate it followed, told with no comma, is no bar", action.DocMinutes, []string{
			"Minutes of the Parish Council meeting held on 4 March 2024",
			"6.1  Village Hall Car Park Resurfacing – it was agreed that the council accept the lower of the two quotes.",
			"6.2  Affiliation to the County Playing Fields Association – following discussion it was resolved not to renew the membership this year.",
			"6.3  Bench by the pond – after lengthy discussions it was resolved to move it nearer the path.",
		}, []string{
			"resolution|6.1|Village Hall Car Park Resurfacing – it was agreed that the council accept the lower of the two quotes.|",
			"resolution|6.2|Affiliation to the County Playing Fields Association – following discussion it was resolved not to renew the membership this year.|",
			"resolution|6.3|Bench by the pond – after lengthy discussions it was resolved to move it nearer the path.|",
		}},
		{"a decision numbered as the recommendation above it was, saying most of it in its own words, is that recommendation decided", action.DocDecision, []string{
			"Issue - meetings",
			"Meeting: 12/03/2024 - Executive (Item 41)",
			"Recommendation:",
			"That the Executive:",
			"     I.        Adopts the revised play area strategy set out in Annex 1.",
			"    II.        Notes the survey of play equipment attached as Annex 2.",
			"Decision:",
			"     I.        Agree to adopt the revised play area strategy set out in Annex 1;",
			"    II.        Note the survey of play equipment attached as Annex 2.",
		}, []string{
			"resolution|(i)|Agree to adopt the revised play area strategy set out in Annex 1|",
			"resolution|(ii)|Note the survey of play equipment attached as Annex 2.|",
		}},
		{"numbered decisions told whole under 'The following was RESOLVED:' are each a decision, not one list the lead-in names", action.DocDecision, []string{
			"Library opening hours",
			"The following was therefore RESOLVED:",
			"1.    The committee agreed to consult on shorter opening hours at two branch libraries from April.",
			"2.    The committee noted the petition from users of the mobile library and agreed to take no further action on it.",
			"Publication date: 02/05/2019",
		}, []string{
			"resolution|1|The committee agreed to consult on shorter opening hours at two branch libraries from April.|",
			"resolution|2|The committee noted the petition from users of the mobile library and agreed to take no further action on it.|",
		}},
		{"another bullet under a bulleted clause that ends in a colon is a part of it, though the copy kept no indent", action.DocDecision, []string{
			"Parking review",
			"Resolved to agree:",
			"·        to consult on:",
			"o   the new charges for the station car park",
			"o   the permit scheme for the old town;",
			"·        the timetable for the review; and",
			"·        the terms of reference of the member panel.",
		}, []string{
			"resolution||agree to consult on: the new charges for the station car park the permit scheme for the old town;|",
			"resolution||agree the timetable for the review|",
			"resolution||agree the terms of reference of the member panel.|",
		}},
		{"an item's title in capitals, ended by a full stop and run into its record, is no part of the decision", action.DocMinutes, []string{
			"MINUTES OF THE MEETING OF HOLLYBROOK PARISH COUNCIL HELD ON 9 MARCH 2022",
			"41/22 APOLOGIES. Councillor Reed sent apologies.",
			"42/22 CONFIRMATION OF THE LAST MEETING'S MINUTES. Councillors noted the minutes of the meeting held on 9 February 2022, and the Council Resolved they were a true record.",
		}, []string{
			"resolution|42/22|Councillors noted the minutes of the meeting held on 9 February 2022, and the Council Resolved they were a true record.|",
		}},
		{"a proposal is a decision when the next sentence tells its seconder and that it carried, or its own sentence says it was seconded by someone and agreed", action.DocMinutes, []string{
			"12 Minutes of the last meeting",
			"The Chair went through the minutes. Cllr Vale proposed that the minutes of the meeting held on 4 April 2023 be approved. Cllr Dunn seconded the motion, and it was carried unanimously.",
			"13 Bus shelter",
			"Cllr Moor proposed asking a glazier to quote for the broken panel, this was seconded by Cllr Mrs Hale and agreed.",
		}, []string{
			"resolution|12|Cllr Vale proposed that the minutes of the meeting held on 4 April 2023 be approved. Cllr Dunn seconded the motion, and it was carried unanimously.|",
			"resolution|13|Cllr Moor proposed asking a glazier to quote for the broken panel, this was seconded by Cllr Mrs Hale and agreed.|",
		}},
		{"a decision's bulleted clauses run on in one line are each a decision", action.DocMinutes, []string{
			"5. Street trading policy",
			"Members discussed the report.",
			"RESOLVED: · That the draft policy be put out to consultation for eight weeks. · That the Committee delegate the setting of fees to the Licensing Manager. |",
		}, []string{
			"resolution|5|That the draft policy be put out to consultation for eight weeks.|",
			"resolution|5|That the Committee delegate the setting of fees to the Licensing Manager.|",
		}},
		{"a note in capitals of who took the chair, after the decision, is none of it", action.DocMinutes, []string{
			"1. Appointment of Chair",
			"It was moved by Councillor Ash and seconded by Councillor Oak and:- RESOLVED: That Councillor Elm be appointed Chair of the Panel for the year. (COUNCILLOR ELM IN THE CHAIR)",
		}, []string{"resolution|1|That Councillor Elm be appointed Chair of the Panel for the year.|"}},
		{"a policy's aims numbered in a run, each opening with a verb in the imperative, are its commitments, though one has no full stop and one opens with an adverb", "", []string{
			"Green Policy",
			"",
			"4. Aims",
			"",
			"4.1 The council declared a nature emergency in 2021.",
			"",
			"4.2 Comply with all guidance on pesticides from the district council.",
			"",
			"4.3 Undergo training as a Wildlife Friendly Council",
			"",
			"4.4 Continually review and reduce our use of peat.",
		}, []string{
			"commitment|4.2|Comply with all guidance on pesticides from the district council.|",
			"commitment|4.3|Undergo training as a Wildlife Friendly Council|",
			"commitment|4.4|Continually review and reduce our use of peat.|",
		}},
		{"a point of two or three words that opens with a verb is one of a numbered run beside longer points; alone, or among headings, it is a title", "", []string{
			"Our priorities",
			"",
			"Priority A: a fair town",
			"",
			"1. Develop more affordable homes for young families.",
			"2. Support carers",
			"3. Strengthen our partnerships with local charities.",
			"",
			"Contents",
			"",
			"1. Support carers",
			"",
			"The council met in March.",
		}, []string{
			"commitment|1|Develop more affordable homes for young families.|",
			"commitment|2|Support carers|",
			"commitment|3|Strengthen our partnerships with local charities.|",
		}},
		{"a run of aims, each a paragraph opening with a verb or 'To' and one, short of ten words, not alone enough, are a page's commitments where at least half are doing paragraphs; two strong among six weak are not", "", []string{
			"What the parish council aims for",
			"",
			"To keep residents told of what the council decides and why it decides it.",
			"Support the village shop and the pub.",
			"Respond to every planning consultation within the time the district allows for it.",
			"Work with the school and the hall committee to open the field to all ages after hours.",
			"",
			"Our values",
			"",
			"To listen well.",
			"To be fair to everyone.",
			"Plant more trees in the churchyard and along the lanes to the south of the village green.",
			"To welcome newcomers.",
			"Keep the verges trimmed back from the junctions so that drivers can see the traffic coming.",
			"To act openly.",
			"To spend wisely.",
			"To share news.",
		}, []string{
			"commitment||To keep residents told of what the council decides and why it decides it.|",
			"commitment||Support the village shop and the pub.|",
			"commitment||Respond to every planning consultation within the time the district allows for it.|",
			"commitment||Work with the school and the hall committee to open the field to all ages after hours.|",
		}},
		{"a lead-in that tells what the body did before its list and ends 'and:' carries only its subject, if it kept one, into clauses in the past tense, not the verbs before the list", action.DocDecision, []string{
			"AGREED: That the Board welcomed the update, looked at the options for the depot and:",
			"",
			"i) noted the cost of moving the depot to the new site;",
			"",
			"ii) asked officers to report back on the lease in March.",
		}, []string{
			"resolution|(i)|noted the cost of moving the depot to the new site|",
			"resolution|(ii)|asked officers to report back on the lease in March.|officers",
		}},
		{"a page that sets its committee's quorum is its constitution: its wills are standing rules", "", []string{
			"Allotments Committee",
			"1. The Committee will elect a Chair at its first meeting after the Annual Meeting in May.",
			"2. Each meeting needs a quorum of 4 Councillors.",
			"3. The Committee will work within the Council's Financial Regulations.",
			"4. The Chair will give a report to the next Full Council meeting.",
		}, nil},
		{"an agenda's quorum under apologies makes minutes no constitution", action.DocMinutes, []string{
			"1. Apologies",
			"To receive any apologies for absence. The quorum for the Committee is 3 members.",
			"2. Allotments",
			"The water trough at plot 9 leaks. The Clerk will write to the tenant.",
		}, []string{
			"commitment||The Clerk will write to the tenant.|The Clerk",
		}},
		{"a proposal whose sentence ends with its motion carried is the decision; one put to a vote told after it is not", action.DocMinutes, []string{
			"4. Play area",
			"",
			"It was proposed by Councillor Ash and seconded by Councillor Elm that the swings be repainted in May – This motion was unanimously carried",
			"",
			"5. Hall lease",
			"",
			"A motion was proposed by Councillor Oak and seconded by Councillor Fir that the lease be renewed, and it was put to the vote.",
		}, []string{"resolution|4|It was proposed by Councillor Ash and seconded by Councillor Elm that the swings be repainted in May – This motion was unanimously carried|"}},
		{"a word processor's lone o bullets split a run-on paragraph, and a vote after its decision is no point", action.DocMinutes, []string{
			"3.4 Code of Conduct. o 0605 RESOLVED to adopt the new code for members. o Proposed by Cllr. Ash, seconded by Cllr. Oak, resolution carried. o 0606 RESOLVED to approve the minutes as read. o Proposed by Cllr Elm, seconded by Cllr. Oak, resolution carried.",
		}, []string{
			"resolution|3.4|0605 RESOLVED to adopt the new code for members.|",
			"resolution|3.4|0606 RESOLVED to approve the minutes as read.|",
		}},
		{"'Moved by …, Seconded by … and' leads to a decision whose label was lost: its clauses are decided (without the 'and', see the motions told as small councils tell them)", action.DocMinutes, []string{
			"Minutes", "",
			"Moved by Councillor Ash, Seconded by Councillor B Oak and", "",
			"(i) That the Council approve the cycling plan for 2025/26;", "",
			"(ii) That the yearly review of the plan be noted.",
		}, []string{
			"resolution|(i)|That the Council approve the cycling plan for 2025/26|",
			"resolution|(ii)|That the yearly review of the plan be noted.|",
		}},
		{"lone o bullets, each point closed by an ACTION tag whose verb has no object: the tag's who owns the point; a tag alone says what as well", action.DocMinutes, []string{
			"4. Matters Arising: Roads. o 3100 – Blocked gully by the school. Reported to the county. ACTION: AB to monitor o 3101 – Pothole on Mill Lane. Repair booked by the county. ACTION: CD to follow up o Verges – to be cut in June.",
			"",
			"The councillors liked the idea of a walk round the village before each meeting.",
			"",
			"ACTION: The Clerk to arrange.",
		}, []string{
			"commitment|4|3100 – Blocked gully by the school. Reported to the county. ACTION: AB to monitor|AB",
			"commitment|4|3101 – Pothole on Mill Lane. Repair booked by the county. ACTION: CD to follow up|CD",
			"commitment||The Clerk to arrange.|The Clerk",
		}},
		{"a point closed by who acts and a verb with no object, no ACTION tag before it: the whole point is theirs", action.DocMinutes, []string{
			"5.2 Footpath by the mill. The stile was reported broken and the farmer may have mended it since. PT to confirm.",
			"",
			"5.3 The bus shelter roof leaks again and a quote of £300 has come in. Clerk to instruct",
		}, []string{
			"commitment|5.2|Footpath by the mill. The stile was reported broken and the farmer may have mended it since. PT to confirm.|PT",
			"commitment|5.3|The bus shelter roof leaks again and a quote of £300 has come in. Clerk to instruct|Clerk",
		}},
		{"a closing 'X to verb' whose X names no doer marks nothing", action.DocMinutes, []string{
			"5.4 Village hall boiler. The engineer found a worn valve and a new part is on order. Costs to follow.",
		}, nil},
		{"outside minutes a closing 'X to verb' does not take in the point before it", "report", []string{
			"2.1 Income from the car parks fell over the winter months. Clerk to monitor.",
			"",
			"2.2 The grant for the play area ran out in March. Savings to continue.",
		}, []string{"commitment|2.1|Clerk to monitor.|Clerk"}},
		{"who is to act and a verb with a colon over numbered points (an action tag perhaps before it): each point is theirs; a lead-in naming no one is not read so", action.DocMinutes, []string{
			"6. Bridleways", "", "The state of the bridleways was discussed.", "",
			"ACTION: Rangers to report:", "",
			"1. Which gates were mended this winter", "",
			"2. Where the surface needs work before the summer.", "",
			"7. Newsletter", "", "Points to remember:", "",
			"1. The printer closes in August", "",
			"2. Copy is due a week before print.",
		}, []string{
			"commitment|1|Rangers to report Which gates were mended this winter|Rangers",
			"commitment|2|Rangers to report Where the surface needs work before the summer.|Rangers",
		}},
		{"a vote under an item's title alone is its decision", action.DocMinutes, []string{
			"4. Minutes of the meeting held on 3 May", "Proposed Cllr Ash, seconded Cllr Oak. Unanimously agreed.",
		}, []string{
			"resolution|4|Proposed Cllr Ash, seconded Cllr Oak. Unanimously agreed.|",
		}},
		{"a person named by an initial and surname acts", action.DocMinutes, []string{
			"9. Pavilion", "The electrics were inspected last week. G Gilbert will obtain a second quotation.",
		}, []string{
			"commitment||G Gilbert will obtain a second quotation.|G Gilbert",
		}},
		{"two agreed decisions in one paragraph are two points", action.DocMinutes, []string{
			"4. Matters arising",
			"It was agreed that the council would pay for a salt bin on Mill Lane (up to £200). It was agreed that the clerk to order the bin and Cllr Oak to ask the farmer about storing salt. Clerk & Cllr Oak to action.",
		}, []string{
			"commitment||It was agreed that the council would pay for a salt bin on Mill Lane (up to £200).|",
			"commitment||It was agreed that the clerk to order the bin and Cllr Oak to ask the farmer about storing salt.|Cllr Oak",
		}},
		{"two elections alike but for the post and the names are two decisions", action.DocMinutes, []string{
			"1. Election of Chair and Vice Chair",
			"It was proposed by Cllr Ash and seconded by Cllr Oak that Cllr Elm be Chair. All agreed.",
			"It was proposed by Cllr Yew and seconded by Cllr Oak that Cllr Ash be Vice Chair. All agreed.",
		}, []string{
			"resolution|1|It was proposed by Cllr Ash and seconded by Cllr Oak that Cllr Elm be Chair. All agreed.|",
			"resolution|1|It was proposed by Cllr Yew and seconded by Cllr Oak that Cllr Ash be Vice Chair. All agreed.|",
		}},
		{"posts filled under a lead-in naming the following, each its own decision", action.DocMinutes, []string{
			"4) To make the following appointments:", "The following were agreed:", "• Footpaths Officer – Sam Green", "• Village Hall representative – Jo Brown", "• Allotments: Cllr Ash", "5) To consider the audit report.",
		}, []string{
			"resolution||The following were agreed Footpaths Officer – Sam Green|",
			"resolution||The following were agreed Village Hall representative – Jo Brown|",
			"resolution||The following were agreed Allotments: Cllr Ash|",
		}},
		{"a numbered point after a list's bullets is the next item", action.DocMinutes, []string{
			"- Election of officers: It was RESOLVED to elect the following councillors to the following posts:", "- Vice Chair: Cllr Ash", "- Tree Warden: Mr Oak.",
			"3. Consider co-opting to fill the vacancy. It was RESOLVED to co-opt Mr Elm.",
		}, []string{
			"resolution||Vice Chair: Cllr Ash|",
			"resolution||Tree Warden: Mr Oak.|",
			"resolution|3|It was RESOLVED to co-opt Mr Elm.|",
		}},
		{"a numbered item after a decision's bullets is not one of them", action.DocMinutes, []string{
			"2. Grounds. RESOLVED that:", "• the grass be cut monthly;", "• the hedge be trimmed in March.", "3. Consider the audit report and the response to it.",
		}, []string{
			"resolution||the grass be cut monthly|",
			"resolution||the hedge be trimmed in March.|",
		}},
		{"an agenda's item kept in the minutes with its outcome after a dash: the outcome is what was decided, or nothing when it decides nothing", action.DocMinutes, []string{
			"Present: Councillors Ann Hill and Bob Lee. The clerk and two residents were also present.", "",
			"1. To receive apologies for absence – Councillors Cole and Dean.", "",
			"2. To receive declarations of interest – None", "",
			"3. To consider the minutes of the meeting held on the 12th October 2021 – It was RESOLVED to adopt the minutes as a true record.", "",
		}, []string{
			"resolution|3|It was RESOLVED to adopt the minutes as a true record.|",
		}},
		{"lettered points run on in a minute's line are points of their own; a decision labelled under a point takes its letter, under the minute's number with its year", action.DocMinutes, []string{
			"4460/20 CHAIRMAN'S REPORT a) The Chairman reminded members how the online meetings run. RESOLVED: To receive the information. b) A letter from the district council about grants for parishes was read out. RESOLVED: To write to thank the district council for the grant.", "",
			"4461/20 FINANCE a) Bank statement and budget - approved unanimously b) Schedule of invoices for payment - approved unanimously", "",
		}, []string{
			"resolution|4460/20(a)|To receive the information.|",
			"resolution|4460/20(b)|To write to thank the district council for the grant.|",
			"resolution|4461/20(a)|Bank statement and budget - approved unanimously|",
			"resolution|4461/20(b)|Schedule of invoices for payment - approved unanimously|",
		}},
		{"'Resolved:' after the item's wording on its line decides, under the minute's number with its year", action.DocMinutes, []string{
			"Present: Cllrs Ash, Birch and Elm.", "",
			"001/21 To elect a Chairman (and sign the declaration of office). Resolved: That Cllr Ash shall continue as Chairman until May 2022.", "",
			"002/21 To receive apologies for absence. Resolved: To accept the apologies of Cllr Oak.", "",
		}, []string{
			"resolution|001/21|That Cllr Ash shall continue as Chairman until May 2022.|",
			"resolution|002/21|To accept the apologies of Cllr Oak.|",
		}},
		{"a number before 'x' counts, it does not number a point", "", []string{
			"Summary of actions", "• Audit the schools in areas of poor air", "Bought this year:", "2 x benches for the green", "1 x litter bin for the bus stop",
		}, []string{
			"commitment||Audit the schools in areas of poor air|",
		}},
		{"who is to act after a note's topic and status set off by dashes, or after 'and' with a subject of their own, undertakes it", action.DocMinutes, []string{
			"17/18-65: Action items from the previous meeting:", "",
			"[d] Bridge Street – matters reported to the district – Clerk to chase again and copy in Cllr Reed.", "",
			"[e] The new bench is ready and the Chairman will collect it on 6th March.", "",
		}, []string{
			"commitment|(d)|Bridge Street – matters reported to the district – Clerk to chase again and copy in Cllr Reed.|Clerk",
			"commitment|(e)|The new bench is ready and the Chairman will collect it on 6th March.|Chairman",
		}},
		{"an undertaking in the last clause a sentence joins on with 'and' is read as if it stood alone, after a question, a telling or a first verb it shares the subject of; not after a condition, nor an event told", action.DocMinutes, []string{
			"6. Play area", "",
			"Councillors asked how the new swings would be inspected and were told that weekly checks would be arranged by the Parks Team.", "",
			"7. Road safety", "",
			"It was explained that the speed survey had closed, and the findings would be reported back at the July meeting.", "",
			"8. Website", "",
			"Talk turned to the website and the Deputy Clerk told members the host had changed and that she would circulate the new log-in details.", "",
			"9. Grants", "",
			"The Clerk has received the grant for the hall roof and will apply for the second tranche in the spring.", "",
			"10. Allotments", "",
			"If the bid succeeds, the pavilion will be reroofed, and the Clerk will order the tiles.", "",
			"Members were informed that the tenants' forum meets twice a year, and the next forum will be held on 4 May.", "",
			"11. Library", "",
			"Residents asked when the library would reopen, and the Clerk will press the county for a date.", "",
			"12. Planning", "",
			"The Town Council has no objection and would support the scheme.", "",
		}, []string{
			"commitment||Councillors asked how the new swings would be inspected and were told that weekly checks would be arranged by the Parks Team.|the Parks Team",
			"commitment||It was explained that the speed survey had closed, and the findings would be reported back at the July meeting.|",
			"commitment||Talk turned to the website and the Deputy Clerk told members the host had changed and that she would circulate the new log-in details.|",
			"commitment||The Clerk has received the grant for the hall roof and will apply for the second tranche in the spring.|Clerk",
			"commitment||Residents asked when the library would reopen, and the Clerk will press the county for a date.|Clerk",
		}},
		{"who is to act after a comma, past an adverb set between commas that joins the clauses, or after 'with', undertakes it", action.DocMinutes, []string{
			"4. Footpaths", "",
			"The stile was mended in June, however, Cllr Pike to ask when the path is next due to be cleared.", "",
			"5. Speakers", "",
			"A talk by the Tree Warden at a later meeting was also asked for, with the Deputy Clerk to find a date.", "",
			"6. Lighting", "",
			"The lamp on Mill Lane was fixed in May, however, the Clerk to report the one by the school.", "",
		}, []string{
			"commitment||The stile was mended in June, however, Cllr Pike to ask when the path is next due to be cleared.|Cllr Pike",
			"commitment||A talk by the Tree Warden at a later meeting was also asked for, with the Deputy Clerk to find a date.|Deputy Clerk",
			"commitment||The lamp on Mill Lane was fixed in May, however, the Clerk to report the one by the school.|Clerk",
		}},
		{"a lettered title over a labelled decision gives the decision its letter, so two alike under one minute stay two", action.DocMinutes, []string{
			"5. Correspondence", "",
			"a.) Hill Road Residents - Re: Thanks for the grant.", "",
			"It was RESOLVED: That this item be received and noted.", "",
			"b.) County Bank - Re: Change of account type.", "",
			"It was RESOLVED: That this item be received and noted.", "",
		}, []string{
			"resolution|5(a)|That this item be received and noted.|",
			"resolution|5(b)|That this item be received and noted.|",
		}},
		{"an undertaking told before a minute's decision is a commitment as much as one told after it; what the discussion before it reported, an aside in brackets or a standing rule is not", action.DocMinutes, []string{
			"(ii) Defibrillator", "",
			"The unit has been installed. The Clerk will contact the ambulance service to give them the code. The village hall had agreed to host it. (The Clerk reported that the grant cheque will arrive next week.) Where a key is needed the Clerk will hold it. It was agreed to add training to the next agenda. Tom Ray agreed to write a piece for the newsletter.",
		}, []string{
			"commitment||The Clerk will contact the ambulance service to give them the code.|The Clerk",
			"resolution||It was agreed to add training to the next agenda.|",
			"commitment||Tom Ray agreed to write a piece for the newsletter.|Tom Ray",
		}},
		{"an agreement that a named person or officer would do something is their commitment, however the agreement is printed, and names them as its owner", action.DocMinutes, []string{
			"4. Bus shelter", "",
			"The roof is leaking again. It was AGREED that the clerk would arrange for the repair to be done.", "",
			"5. Highways", "",
			"It was agreed that KD would write to highways about the potholes.", "",
			"6. Bridleway", "",
			"The rubble has been cleared. Councillor Hale said the edges were still rough. It was RESOLVED Councillor Hale will send photographs to the clerk.",
		}, []string{
			"commitment||It was AGREED that the clerk would arrange for the repair to be done.|the clerk",
			"commitment||It was agreed that KD would write to highways about the potholes.|KD",
			"commitment||It was RESOLVED Councillor Hale will send photographs to the clerk.|Councillor Hale",
		}},
		{"offices filled laid out as rows, not sentences: an office over its holder and seconder on lines of their own, or office, holder and proposer on one line with the seconder under it; each row is one resolution, however alike two rows read; rows under another title are not", action.DocMinutes, []string{
			"Election of Office Bearers", "",
			"Nominations were invited by the returning officer.", "",
			"a. Chairperson", "Ann Reid - nominated by Tom Hay", "- seconded by Lee Wong", "",
			"b. Treasurer", "Tom Hay - nominated by Ann Reid", "- seconded by Lee Wong", "",
			"Planning matters", "",
			"Nothing new had been lodged.", "",
			"4. Election of Officers", "",
			"Chairman Rob Kerr Proposed Ian Muir", "Seconded Dee Fox", "",
			"Secretary Dee Fox Proposed Ian Muir", "Seconded Rob Kerr", "",
			"5. Members present", "",
			"Secretary Jan Bell", "Treasurer Sam Roe",
		}, []string{
			"resolution|(a)|Chairperson Ann Reid - nominated by Tom Hay - seconded by Lee Wong|",
			"resolution|(b)|Treasurer Tom Hay - nominated by Ann Reid - seconded by Lee Wong|",
			"resolution|4|Chairman Rob Kerr Proposed Ian Muir Seconded Dee Fox|",
			"resolution|4|Secretary Dee Fox Proposed Ian Muir Seconded Rob Kerr|",
		}},
		{"minutes numbered in a run, whatever their titles run on into, number the points closed by a bracket only (i), ii) …) that their decisions run in, and the same point under two minutes is two decisions", action.DocMinutes, []string{
			"311 PRESENT: Cllr A Moss (Mayor), Cllrs B Lane, C Hart.", "",
			"312 Consideration was given to the minutes of the meeting of 4 May, which had been circulated to members with the agenda.", "",
			"RESOLVED: that the minutes be approved as a correct record.", "",
			"313 Canal Trust BOATYARD LEASE It was moved by Cllr Lane Seconded by Cllr Hart", "",
			"RESOLVED: i) that the letter be received. ii) that the lease be renewed for five years. iii) that the Trust be asked to mend the slipway.", "",
			"314 Twinning VISIT FROM THE TOWN OF ORNE", "",
			"RESOLVED: i) that the letter be received. ii) that the Mayor write to thank the hosts.",
		}, []string{
			"resolution|312|that the minutes be approved as a correct record.|",
			"resolution|313(i)|that the letter be received.|",
			"resolution|313(ii)|that the lease be renewed for five years.|",
			"resolution|313(iii)|that the Trust be asked to mend the slipway.|Trust",
			"resolution|314(i)|that the letter be received.|",
			"resolution|314(ii)|that the Mayor write to thank the hosts.|Mayor",
		}},
		{"the last meeting's minutes passed, however the sentence is built: after what else was done to them, under a title with a dash, with a vote told last, or with no verb at all", action.DocMinutes, []string{
			"1. Minutes", "",
			"The minutes of the 4th May meeting were tabled, read and accepted as a true record. Proposed K. Lowe Seconded P Marsh", "",
			"2. Minutes – of the meeting dated 9th June accepted as an accurate record and signed by the chair (proposed by KL seconded by PM).", "",
			"3. Approval of Minutes held on 7th July 2024 - The minutes had been sent to members and were unanimously approved save that Cllr. Marsh said she had not offered to inspect the swings.", "",
			"4. Minutes of 2nd August", "",
			"4.1 The revised minutes of 3rd April were also signed after min 41.2 was corrected to read the new wording.", "",
			"5. Minutes of previous meetings approved.",
		}, []string{
			"resolution|1|The minutes of the 4th May meeting were tabled, read and accepted as a true record.|",
			"resolution|2|Minutes – of the meeting dated 9th June accepted as an accurate record and signed by the chair (proposed by KL seconded by PM).|",
			"resolution|3|The minutes had been sent to members and were unanimously approved save that Cllr. Marsh said she had not offered to inspect the swings.|",
			"resolution|4.1|The revised minutes of 3rd April were also signed after min 41.2 was corrected to read the new wording.|",
			"resolution|5|Minutes of previous meetings approved.|",
		}},
		{"the minutes' acceptance proposed and seconded with no one against is the record passed; a vote told as 'All were in favour and …' carries it; a lost one does not", action.DocMinutes, []string{
			"3. Minutes of the Previous Meeting. Councillor Hale proposed and Councillor Boyd seconded the resolution that the minutes of the meeting held on 4 March having been circulated be approved. All were in favour and the minutes were duly signed by the Chairman.", "",
			"4. Approval of Minutes of Meeting held 2nd April: Cllr Long proposed and Cllr Brown seconded approval of the Minutes of 2nd April.", "",
			"5. Notes of the working group", "",
			"KB proposed adoption of the draft notes as the correct minutes of the meeting of 2 October, seconded by LM and resolved. The chairman duly signed the minutes.", "",
			"6. Minutes of the extraordinary meeting", "",
			"Cllr Hale proposed approval of the minutes of 1 June, seconded by Cllr Boyd. The proposal was lost.",
		}, []string{
			"resolution|3|Councillor Hale proposed and Councillor Boyd seconded the resolution that the minutes of the meeting held on 4 March having been circulated be approved. All were in favour and the minutes were duly signed by the Chairman.|",
			"resolution|4|Approval of Minutes of Meeting held 2nd April: Cllr Long proposed and Cllr Brown seconded approval of the Minutes of 2nd April.|",
			"resolution|5|KB proposed adoption of the draft notes as the correct minutes of the meeting of 2 October, seconded by LM and resolved.|",
		}},
		{"a vote told before the label carries no clause's words, and a vote cut off over its label is no resolution of its own", action.DocMinutes, []string{
			"12. Christmas lights", "",
			"It was proposed by Councillor Gill, seconded by Councillor Stone and RESOLVED:",
			"1. To approve a budget of £2,000 for the lights;",
			"2. The working group to confirm the arrangements at the next meeting.", "",
			"13. Minutes", "",
			"It was proposed, seconded and unanimously", "",
			"RESOLVED", "",
			"that the minutes of the meeting held on 4 May be approved.",
		}, []string{
			"resolution|12(1)|To approve a budget of £2,000 for the lights|",
			"resolution|12(2)|The working group to confirm the arrangements at the next meeting.|",
			"resolution|13|that the minutes of the meeting held on 4 May be approved.|",
		}},
		{"what members say under the item of their interests undertakes nothing; the next item's title, however numbered, ends it", action.DocMinutes, []string{
			"P24/101 ITEM 1 – Apologies", "",
			"None.", "",
			"P24/102 ITEM 2 – Councillors’ Disclosure of an Interest", "",
			"Councillor R Hale / Member of the District Council – will consider any same item at the District Council afresh.",
			"Councillor S Boyd / Item 4 – a neighbour of the applicant", "",
			"P24/103", "",
			"Allotments", "",
			"The Clerk will write to the tenants about the water charges.",
		}, []string{
			"commitment||The Clerk will write to the tenants about the water charges.|The Clerk",
		}},
		{"minutes run into one line are split at their numbers, a run counting up one by one; a date or a cited minute is no number of the run", action.DocMinutes, []string{
			"0324.01 APOLOGIES FOR ABSENCE – Cllr Reed. 0324.02 MINUTES of the meeting held on 12 FEBRUARY 2024 having been circulated were taken as read and confirmed as a true record. 0324.03 MATTERS ARISING a) Bus shelter. Minute 0124.05 refers. The glass panel had been replaced on 03.02 Monday. 0324.04 PLAY AREA. The Clerk is to obtain three quotes for new safety surfacing.",
		}, []string{
			"resolution|0324.02|MINUTES of the meeting held on 12 FEBRUARY 2024 having been circulated were taken as read and confirmed as a true record.|",
			"commitment|0324.04|The Clerk is to obtain three quotes for new safety surfacing.|Clerk",
		}},
		{"minutes still to pass are no decision: the agenda's 'to be approved', a site's line on when they are published", action.DocMinutes, []string{
			"1. Minutes to be approved and signed as a true record", "",
			"2. The Minutes of meetings are published here once they have been approved at the next meeting.",
		}, nil},
		{"a numbered line in the agenda's words whose record under it tells a decision is the item's title, not a decision of its own", action.DocMinutes, []string{
			"3/17 Public forum.", "",
			"Cllr Hale explained the new bus timetable to members.", "",
			"4/17 To approve the minutes of the meeting held on 6 March.", "",
			"Cllr Reed proposed the minutes be approved. It was resolved unanimously to approve the minutes of 6 March.", "",
			"5/17 To note the list of unpaid allotment rents for the year.", "",
			"The Clerk said that four rents were still unpaid and reminders had gone out.", "",
			"After discussion it was resolved to end the tenancies unless the rents are paid by 30 April.",
		}, []string{
			"resolution|4/17|It was resolved unanimously to approve the minutes of 6 March.|",
			"resolution|5/17|After discussion it was resolved to end the tenancies unless the rents are paid by 30 April.|",
		}},
		{"an item's title opening with whose it is ('Chairman’s welcome') names no one acting: the numbered titles over their records are no decisions", action.DocMinutes, []string{
			"[1] Chairman’s welcome and apologies for absence.", "",
			"Cllr Reed sent apologies.", "",
			"[2] Declarations of interests, if any.", "",
			"None were declared.", "",
			"[3] Correspondence.", "",
			"A letter from the school was read.",
		}, nil},
		{"a numbered clause broken over a blank line after a word no sentence ends with goes on; a short label ending so does not", action.DocMinutes, []string{
			"12. Budget", "",
			"RESOLVED that:", "",
			"(a) the Council approves the revised budget for the", "",
			"Village Hall as set out in the report;", "",
			"(b) the Clerk writes to the contractor to confirm the works at", "",
			"Church Lane, and reports back in June; and", "",
			"(c) the reserve is held at £20,000.", "",
			"Reasons for", "",
			"Members are asked to agree the budget.",
		}, []string{
			"resolution|12(a)|the Council approves the revised budget for the Village Hall as set out in the report|",
			"resolution|12(b)|the Clerk writes to the contractor to confirm the works at Church Lane, and reports back in June|Clerk", // the point carries on its lead's "that": the Clerk acts
			"resolution|12(c)|the reserve is held at £20,000.|",
			"recommendation||Members are asked to agree the budget.|",
		}},
		{"members who resolved to or resolved that decided, each sentence its own resolution, a post it names the owner; members who agreed that, or resolved their differences, did not", action.DocMinutes, []string{
			"  4. Bus shelter.", "",
			"Councillors resolved unanimously to replace the glass in the bus shelter.", "",
			"  5. Verge.", "",
			"Cllr Hale said the verge may be unregistered. Members resolved that the Clerk should search the land register. Members resolved not to buy the verge this year.", "",
			"  6. Hall.", "",
			"Members resolved their differences over the hall booking rules after a long debate.", "",
			"Members agreed that the hall was busier than last year.",
		}, []string{
			"resolution|4|Councillors resolved unanimously to replace the glass in the bus shelter.|",
			"resolution|5|Members resolved that the Clerk should search the land register.|Clerk",
			"resolution|5|Members resolved not to buy the verge this year.|",
		}},
		{"an agenda's 'following business' promises nothing; a point closed by 'Action Cllr X', no colon, is that councillor's, told whole", action.DocMinutes, []string{
			"The Council will convene to conduct the following business:", "",
			"  1. Play area signs.", "",
			"New signs for the play area are needed to replace the faded ones. Action Cllr Dale", "",
			"  1. Shelter repairs.", "",
			"The roofer will start on the bus shelter in August Action Cllr Dale", "",
			"  1. Verges.", "",
			"The verges were cut in May. Action: Cllr Moon to email the highways team.",
		}, []string{
			"commitment||New signs for the play area are needed to replace the faded ones. Action Cllr Dale|Cllr Dale",
			"commitment||The roofer will start on the bus shelter in August Action Cllr Dale|Cllr Dale",
			"commitment||Cllr Moon to email the highways team.|Cllr Moon",
		}},
		{"three paragraphs running that open with a verb are a charter's undertakings; stages named by number, or steps the reader takes, are not", "", []string{
			"Principles", "",
			"Actively promote the history and achievements of the town's many communities in schools and workplaces.", "",
			"Nurture, showcase and reward the talent in our neighbourhoods so that young people find role models.", "",
			"Tackle unfair treatment in housing and work. Those in power speak up when they see it happen.", "",
			"Phase 1. The first phase replaces the old swings and slide at the recreation ground this spring.", "",
			"Phase 2. The second phase adds a shelter and seating for parents near the new play equipment.", "",
			"Phase 3. The last phase lays a path around the field if funding can be found for the works.", "",
			"Check your collection day on the calendar before you put the bins out for the crews.", "",
			"Report a missed bin online within two working days so that your crew can come back.", "",
			"Request an extra recycling box through your account if one box is not enough for you.",
		}, []string{
			"commitment||Actively promote the history and achievements of the town's many communities in schools and workplaces.|",
			"commitment||Nurture, showcase and reward the talent in our neighbourhoods so that young people find role models.|",
			"commitment||Tackle unfair treatment in housing and work. Those in power speak up when they see it happen.|",
		}},
		{"'Our commitment' heads promises; a 'We will' lead-in ends where a point names a thing instead of going on from its verb", action.DocOther, []string{
			"Our commitment", "",
			"  • support active lifestyles and wellbeing",
			"  • deliver events and places to go for everyone", "",
			"We will", "",
			"  • Launch a social prescribing service for families",
			"  • Deliver the cost of living plan", "",
			"Measuring success", "",
			"  • the number of visits to leisure centres",
			"  • % of requests made online",
		}, []string{
			"commitment||support active lifestyles and wellbeing|",
			"commitment||deliver events and places to go for everyone|",
			"commitment||We will launch a social prescribing service for families|",
			"commitment||We will Deliver the cost of living plan|",
		}},
		{"minutes proposed and seconded, no vote told, are approved; an election carried 'by the Council'; a lost vote is nothing", action.DocMinutes, []string{
			"2. Minutes of the Last Meeting The minutes of the 9 March meeting were proposed for acceptance by Rob Hale and seconded by Ivy Dunn.", "",
			"3. Minutes of the April meeting were proposed by RH and seconded by KT.", "",
			"4. Election of Vice-Chair: Cllr Aske proposed Cllr Lowe, seconded by Cllr Penn and agreed by the Council.", "",
			"5. Tom Gale was proposed by Ivy Dunn and seconded by Rob Hale and approved by the Committee.", "",
			"6. The minutes of the May meeting were proposed by Cllr Ash and seconded by Cllr Birch. The vote was lost.", "",
			"7. The minutes were proposed by Cllr Ash and seconded by Cllr Birch.", "", "RESOLVED that the minutes of the meeting held on 2 June be approved.",
		}, []string{
			"resolution|2|The minutes of the 9 March meeting were proposed for acceptance by Rob Hale and seconded by Ivy Dunn.|",
			"resolution|3|Minutes of the April meeting were proposed by RH and seconded by KT.|",
			"resolution|4|Election of Vice-Chair: Cllr Aske proposed Cllr Lowe, seconded by Cllr Penn and agreed by the Council.|",
			"resolution|5|Tom Gale was proposed by Ivy Dunn and seconded by Rob Hale and approved by the Committee.|",
			"resolution|7|that the minutes of the meeting held on 2 June be approved.|",
		}},
		{"an item's record told in one sentence under its numbered title; a thing approved elsewhere is history", action.DocMinutes, []string{
			"1. Review of the parking charges – report by the Director of Place", "", "The report was noted, as recommended.", "",
			"2. Minutes of the last meeting", "", "The Minute of the meeting of 4 May was approved.", "",
			"3. Minutes of the Joint Panel", "", "The Minutes were noted by the Committee.", "",
			"4. Leisure strategy", "", "The strategy was approved by Cabinet in March 2021.",
		}, []string{
			"resolution|1|The report was noted, as recommended.|",
			"resolution|2|The Minute of the meeting of 4 May was approved.|",
			"resolution|3|The Minutes were noted by the Committee.|",
		}},
		{"the minutes of the last meeting accepted, however worded; an adjective, a thing to come or an agenda's wording is not", action.DocMinutes, []string{
			"1. Minutes of the last meeting 1 April: Examined and approved.", "",
			"2. Minutes of the June meeting. Accepted by the Council. Proposed by Sam Ingram and seconded by Jo Cole.", "",
			"3. Minutes of the Last Meeting – These Minutes were received, considered and approved by the Committee.", "",
			"4. Minutes", "", "The ordinary minutes of the meeting of 2 May were adopted and signed.", "",
			"5. Minutes of the previous meeting", "", "Approved and signed.", "",
			"6. Approved Minutes of the Annual Meeting 2021", "",
			"7. Website", "", "The approved minutes would be put on the website.", "",
			"8. To approve the minutes of the meeting held on 3 March", "",
			"9. Minutes", "", "The minutes of the meeting were submitted for approval as a correct record.",
		}, []string{
			"resolution|1|Minutes of the last meeting 1 April: Examined and approved.|",
			"resolution|2|Minutes of the June meeting. Accepted by the Council. Proposed by Sam Ingram and seconded by Jo Cole.|",
			"resolution|3|These Minutes were received, considered and approved by the Committee.|",
			"resolution|4|The ordinary minutes of the meeting of 2 May were adopted and signed.|",
			"resolution|5|Approved and signed.|",
		}},
		{"a resolution told after the item's narrative in its paragraph; a chair elected with no 'as'; minutes approved after an amendment", action.DocMinutes, []string{
			"4. Co-option", "", "Two applications were received for the vacancy. It was resolved to co-opt Ann Hale onto the Parish Council.", "",
			"5. Election of Chairman", "", "Cllr Mrs Dale was elected Chairman.", "",
			"6. Minutes", "", "The minutes were approved and signed by the Chairman after a minor amendment.",
		}, []string{
			"resolution|4|It was resolved to co-opt Ann Hale onto the Parish Council.|",
			"resolution|5|Cllr Mrs Dale was elected Chairman.|",
			"resolution|6|The minutes were approved and signed by the Chairman after a minor amendment.|",
		}},
		{"payments and accounts approved, however briefly; payments in line with an agreed budget, or a sum confirmed as owed, are not", action.DocMinutes, []string{
			"7. Finance", "", "Payments unanimously agreed.", "",
			"8. Accounts", "", "The end of year accounts were approved by the Council.", "",
			"9. Budget", "", "All payments made were in line with the agreed budget.", "",
			"10. The green", "", "After a meeting with the district, it was confirmed that the district expected payment of £1500 in legal fees.", "",
			"11. Work plan", "", "The work plan was AGREED by the Panel subject to the changes above.",
		}, []string{
			"resolution|7|Payments unanimously agreed.|",
			"resolution|8|The end of year accounts were approved by the Council.|",
			"resolution|11|The work plan was AGREED by the Panel subject to the changes above.|",
		}},
		// News of a decision, or its history, told in the same passive,
		// is none: a reporting verb before it, or a time or a verb of its
		// own in the condition after it.
		{"a decision in the passive reported, or told as history", action.DocMinutes, []string{
			"6. Fees", "", "The Clerk reported that the hall fees were approved by Cabinet subject to the outcome of the survey.", "",
			"7. Hedges", "", "The hedge policy was approved by the Board subject to funding in May 2019 and has not been looked at since.", "",
			"8. Verges", "", "The verge plan was approved by the Board subject to the route above.",
		}, []string{
			"resolution|8|The verge plan was approved by the Board subject to the route above.|",
		}},
		{"a doer's clause spliced on to a clause of its own with a comma or dash; after a phrase with no verb, or as a verb's object, it is not", action.DocMinutes, []string{
			"8. Street lights", "", "Both lights have power faults, Clerk to chase the contractor again.", "",
			"Insurance – the premium notice has not arrived – Clerk to phone the broker.", "",
			"9. Interests", "", "For interests declared, Councillors to tell the Chair before the item.", "",
			"10. Deputy", "", "The Mayor said he meant to appoint, by notice in writing, Councillor Ray Dunn to act as his deputy.",
		}, []string{
			"commitment||Both lights have power faults, Clerk to chase the contractor again.|Clerk",
			"commitment||Insurance – the premium notice has not arrived – Clerk to phone the broker.|Clerk",
		}},
		{"the deciding body's name alone as a label over its points, Wingdings bullets and all", action.DocMinutes, []string{
			"5. Budget monitoring", "", "The report was presented by the Leader.", "",
			"Cabinet –", "", "§  Noted the overall budget position set out in the report.", "§  Agreed the virements listed in Appendix 2.",
		}, []string{
			"resolution|5|Cabinet Noted the overall budget position set out in the report.|",
			"resolution|5|Cabinet Agreed the virements listed in Appendix 2.|",
		}},
		{"a dashed point's sentence going on in lower case on the next line, and who acts by first name", action.DocMinutes, []string{
			"3. Launch event", "",
			"- The slides were shown again as a reminder.",
			"- ACTION - Katherine will ask the district council for a talk on the",
			"new Local Plan for the group. All agreed it was needed.",
			"- Sylvia to email the link to all councillors.",
		}, []string{
			"commitment||ACTION - Katherine will ask the district council for a talk on the new Local Plan for the group.|Katherine",
			"commitment||Sylvia to email the link to all councillors.|Sylvia",
		}},
		{"a meeting page's decision, its lead-in cut by a blank line, printed again under Minutes", action.DocDecision, []string{
			"Decision:", "",
			"Having considered a report, and a talk by the Cabinet", "",
			"Member for Parks, Councillor Ray Holt, the Mayor agreed that", "",
			"(1) the revised parks charges be noted;", "",
			"(2) the new play area be approved; and", "",
			"(3) officers be authorised to consult on a full parks plan to be brought to Cabinet in", "",
			"March 2027.", "",
			"Minutes:", "",
			"Having considered a report, the Mayor, for the reasons given in the report:", "",
			"RESOLVED that", "",
			"(1) the revised parks charges be noted;", "",
			"(2) the new play area be approved; and", "",
			"(3) officers be authorised to consult on a full parks plan to be brought to Cabinet in March 2027.",
		}, []string{
			"resolution|(1)|the Mayor agreed that the revised parks charges be noted|",
			"resolution|(2)|the Mayor agreed that the new play area be approved|",
			"resolution|(3)|the Mayor agreed that officers be authorised to consult on a full parks plan to be brought to Cabinet in March 2027.|officers",
		}},
		{"a speaker's undertaking told with 'she would' (the one named before) or 'noted he would'", action.DocMinutes, []string{
			"5. Scrutiny work programme", "",
			"A member asked for the scoping paper. The Scrutiny Officer said it was in draft. She would ensure it was circulated to the Committee.", "",
			"The Chairman noted he would enquire why the briefing had been delayed.",
		}, []string{
			"commitment||She would ensure it was circulated to the Committee.|The Scrutiny Officer",
			"commitment||The Chairman noted he would enquire why the briefing had been delayed.|The Chairman",
		}},
		{"a planning committee's short answers under RESOLVED decide; a form's 'Key decision: Yes' does not", action.DocMinutes, []string{
			"5. Planning applications", "",
			"24/0117 Rear extension, 3 Mill Lane –", "", "RESOLVED – Recommend approval", "",
			"24/0121 Two dwellings, land off Back Lane –", "", "RESOLVED: No objection.", "",
			"Key decision: Yes",
		}, []string{
			"recommendation|5|Recommend approval|",
			"resolution|5|No objection.|",
		}},
		{"a register of actions: a bullet's title before a dash, or who acts set off by a dash or colon", action.DocMinutes, []string{
			"6. Register of actions", "",
			"• Phone box – Cllr Reed to find someone to restore the kiosk.",
			"• Village sign – awaiting a reply from the carpenter",
			"• HT – to share the stall space with the school", "",
			"7. Fete", "", "PB: will book the marquee for the fete.",
		}, []string{
			"commitment||Phone box – Cllr Reed to find someone to restore the kiosk.|Cllr Reed",
			"commitment||HT – to share the stall space with the school|HT",
			"commitment||PB: will book the marquee for the fete.|PB",
		}},
		{"the agenda's wording over each record, full stop and all, is the item's title", action.DocMinutes, []string{
			"1. To elect a chair for the meeting.", "", "Cllr Moss was elected to chair the meeting.", "",
			"2. To review and agree the questions for the hall survey.", "", "The questions were agreed with two changes. Cllr Reed to send them to the printer.", "",
			"3. To RESOLVE whether to exclude the press and public.", "", "It was RESOLVED to exclude the press and public for the next item.",
		}, []string{
			"resolution|1|Cllr Moss was elected to chair the meeting.|",
			"commitment||Cllr Reed to send them to the printer.|Cllr Reed",
			"resolution|3|It was RESOLVED to exclude the press and public for the next item.|",
		}},
		{"minutes accepted as a true record and signed in the meeting", action.DocMinutes, []string{
			"3. Minutes of the previous meeting", "",
			"These were accepted as a true record of proceedings and signed in the meeting by the Chair (Prop AB, Sec CD)",
		}, []string{
			"resolution|3|These were accepted as a true record of proceedings and signed in the meeting by the Chair (Prop AB, Sec CD)|",
		}},
		{"minutes numbered with their year: each its own minute, the agenda wording over the record a title; a bare 'Resolved to …' with its full stop lost still decides", action.DocMinutes, []string{
			"19/99 Apologies were received from Cllr Lamb.", "",
			"19/100 The minutes of the meeting held on 1 July were approved and signed as a correct record.", "",
			"19/101 Precept for the next financial year", "",
			"The budget forecast was presented to members.", "",
			"Resolved to approve next year's precept of £52,000",
		}, []string{
			"resolution|19/100|The minutes of the meeting held on 1 July were approved and signed as a correct record.|",
			"resolution|19/101|Resolved to approve next year's precept of £52,000|",
		}},
		{"an officer's record of decision: the officer named alone over the points they decided leads each", action.DocDecision, []string{
			"03/02/2025 - Approval to Tender the Street Lighting Contract", "",
			"The Chief Officer (Streets and Lighting):", "",
			"i)  noted the content of this report;", "",
			"ii)  authorised the procurement of a new lighting maintenance contract.",
		}, []string{
			"resolution|(i)|The Chief Officer (Streets and Lighting) noted the content of this report|",
			"resolution|(ii)|The Chief Officer (Streets and Lighting) authorised the procurement of a new lighting maintenance contract.|",
		}},
		{"someone directed or authorised to act undertakes it", action.DocMinutes, []string{
			"6. Signs", "",
			"The Clerk was directed to write to the highways team about the missing signs.",
		}, []string{
			"commitment||The Clerk was directed to write to the highways team about the missing signs.|Clerk",
		}},
		{"a meeting page whose item title runs into 'Decision: The Cabinet:' leads the numbered decisions under it; 'Recommended to Council …' among them recommends", "", []string{
			"Parks Procurement Plan PDF 410 KB Decision: The Cabinet:",
			"1.1. Noted the parks procurement plan and the contracts due for renewal this year. 1.1. |",
			"Sale of the Old Depot PDF 220 KB Decision: The Cabinet:",
			"1.1. Recommended to Council the sale of the old depot on Mill Lane to the housing company.",
		}, []string{
			"resolution|1.1|The Cabinet Noted the parks procurement plan and the contracts due for renewal this year.|",
			"recommendation|1.1|The Cabinet Recommended to Council the sale of the old depot on Mill Lane to the housing company.|",
		}},
		{"a long point that names the minutes in passing is no minutes' title: what follows is not their approval", action.DocMinutes, []string{
			"12. District councillor's report: Cllr Ash gave her report, which is attached to these minutes for members to read at home.", "",
			"Cllr Ash explained that she had decided to accept the officer's advice to approve the scheme.",
		}, nil},
		{"'It was decided …' or 'It was resolved …' with or without 'that' decides; so does a thing agreed 'by all' or 'unanimously' at the meeting, and 'The Accounts were duly approved'; resolving to recommend on to the council recommends", action.DocMinutes, []string{
			"7. Hall", "",
			"The caretaker's hours were talked over. It was decided the hall would stay shut on Sundays.", "",
			"8. Grants", "",
			"It was decided by majority vote to hold back the grant until the accounts arrive.", "",
			"9. Budget", "",
			"The draft budget was discussed and amended and agreed by all councillors.", "",
			"10. Accounts", "",
			"The Accounts were duly approved.", "",
			"11. Plan", "",
			"It was resolved to recommend the village plan to the Parish Council.", "",
			"12. Bus shelter", "",
			"The glass has been broken again. It was resolved the shelter would be repaired with plastic panels.",
		}, []string{
			"resolution|7|It was decided the hall would stay shut on Sundays.|",
			"resolution|8|It was decided by majority vote to hold back the grant until the accounts arrive.|",
			"resolution|9|The draft budget was discussed and amended and agreed by all councillors.|",
			"resolution|10|The Accounts were duly approved.|",
			"recommendation|11|It was resolved to recommend the village plan to the Parish Council.|",
			"resolution|12|It was resolved the shelter would be repaired with plastic panels.|",
		}},
		{"a pronoun's record under two titles decides two things, however alike the words; an amount agreed is part of the decision", action.DocMinutes, []string{
			"Minutes of Meeting: These were agreed.", "",
			"Office Expenses: This was agreed at £100 a year to cover printing and postage.", "",
			"Accounts for Payment: These were agreed.",
		}, []string{
			"resolution||These were agreed.|",
			"resolution||This was agreed at £100 a year to cover printing and postage.|",
			"resolution||These were agreed.|",
		}},
		{"a commissioner decides as a body does, and in a decision list 'has noted the report' or 'has established a fund' is the decision", action.DocDecision, []string{
			"Youth Fund", "",
			"The Commissioner has approved a grant of £5,000 to the youth club.", "",
			"Date of Decision: 2 September 2020", "",
			"Budget Monitoring", "",
			"The Police and Crime Commissioner has noted the budget monitoring report for the first quarter.", "",
			"Community Fund", "",
			"The Commissioner has established a Community Action Fund.", "",
			"Victims Service", "",
			"The Commissioner has noted that the service will be retendered next year.",
		}, []string{
			"resolution||The Commissioner has approved a grant of £5,000 to the youth club.|",
			"resolution||The Police and Crime Commissioner has noted the budget monitoring report for the first quarter.|",
			"resolution||The Commissioner has established a Community Action Fund.|",
		}},
		{"a decision to recommend on to the council, however said, is a recommendation; it still takes the place of the proposal it decided", action.DocMinutes, []string{
			"4. Code of Conduct", "",
			"RESOLVED: That the Committee recommends to Council that the current Code shall stay as it is.", "",
			"5. Licensing Policy", "",
			"RESOLVED that Council be recommended to approve the revised Licensing Policy.", "",
			"6. Hire charges", "",
			"RESOLVED that the hire charges be approved.", "",
			"7. Recovery Plan", "",
			"Committee is asked to recommend to Council that the Recovery Plan be approved.", "",
			"Decision: Committee resolved to recommend to Council that the Recovery Plan be approved.",
		}, []string{
			"recommendation|4|That the Committee recommends to Council that the current Code shall stay as it is.|",
			"recommendation|5|that Council be recommended to approve the revised Licensing Policy.|",
			"resolution|6|that the hire charges be approved.|",
			"recommendation|7|Committee resolved to recommend to Council that the Recovery Plan be approved.|",
		}},
		{"a proposal told as won in its own sentence or the one after, and an office filled by a seconded nomination, is a resolution; a proposed thing, a lost proposal and one whose vote goes untold are not", action.DocMinutes, []string{
			"1. Election of Chair", "",
			"Cllr Penrose proposed Cllr Aldous as Chair for the year, this was agreed unanimously.", "",
			"2. Election of Vice-Chair", "",
			"Cllr Aldous proposed Cllr Finch. This was seconded and CARRIED.", "",
			"3. Officers", "", "Nominations were taken for the posts.", "",
			"TREASURER – Ann Whitlow - nominated KP, seconded DA", "",
			"4. Minutes", "",
			"Cllr Finch proposed that the minutes of 4 March be signed as a true record. The council agreed unanimously and the Chair signed them.", "",
			"5. Budget", "",
			"The proposed budget was discussed at length. Cllr Moss proposed cutting the grass only twice. This was lost on the vote.", "",
			"6. Footpaths", "",
			"Cllr Moss proposed writing to the landowner about the stile. Cllr Aldous, as Chair, proposed that the footpath group be thanked, seconded by Cllr Finch.",
		}, []string{
			"resolution|1|Cllr Penrose proposed Cllr Aldous as Chair for the year, this was agreed unanimously.|",
			"resolution|2|Cllr Aldous proposed Cllr Finch. This was seconded and CARRIED.|",
			"resolution|3|TREASURER – Ann Whitlow - nominated KP, seconded DA|",
			"resolution|4|Cllr Finch proposed that the minutes of 4 March be signed as a true record. The council agreed unanimously and the Chair signed them.|",
		}},
		{"a report whose lines a copy ran into one: its labels in capitals start its paragraphs, and its recommendations are numbered with bare figures", "", []string{
			"ITEM NO. REPORT OF THE PARKS COMMITTEE TO COUNCIL 4th MAY, 2009 TITLE : ANNUAL REPORT OF THE PARKS COMMITTEE RECOMMENDATIONS : Council is recommended to approve the following : 1 note the work of the committee during the year; 2 agree the programme of park inspections for the coming year; 3 thank the volunteers who keep the town's parks open. EXECUTIVE SUMMARY : This report sets out the work of the Parks Committee during the year and the matters it will look at next. BACKGROUND DOCUMENTS : NONE ASSESSMENT OF RISK : LOW SOURCES OF FUNDING : NOT APPLICABLE CONTACT OFFICER : THE CLERK DETAILS The committee met four times and walked each of the parks with their friends groups, who raised the state of the paths and benches.",
		}, []string{
			"recommendation|1|Council is recommended to note the work of the committee during the year|",
			"recommendation|2|Council is recommended to agree the programme of park inspections for the coming year|",
			"recommendation|3|Council is recommended to thank the volunteers who keep the town's parks open.|",
		}},
		{"paragraph-numbered decisions: a clause that is only its verbs, or ends in a colon on a word that wants its object, is completed by each point numbered under it, one decision each; 'RECOMMEND TO FULL COUNCIL' recommends", action.DocDecision, []string{
			"Decision:", "",
			"The Cabinet Resolved to:", "",
			"2.1 Considered and Agreed;", "",
			"2.1.1 the Parks Strategy as set out in Appendix A;", "",
			"2.1.2 the consultation report in Appendix B; and", "",
			"2.2 Delegate authority to the Director of Place to make minor changes to the Strategy.", "",
			"2.3 For the reasons above RECOMMEND TO FULL COUNCIL the adoption of:", "",
			"2.3.1 the Parks Strategy as set out in Appendix A.",
		}, []string{
			"resolution|2.1.1|The Cabinet Resolved to Considered and Agreed the Parks Strategy as set out in Appendix A|",
			"resolution|2.1.2|The Cabinet Resolved to Considered and Agreed the consultation report in Appendix B|",
			"resolution|2.2|The Cabinet Resolved to delegate authority to the Director of Place to make minor changes to the Strategy.|Director of Place",
			"recommendation|2.3.1|The Cabinet Resolved to For the reasons above RECOMMEND TO FULL COUNCIL the adoption of the Parks Strategy as set out in Appendix A.|",
		}},
		{"a long subjunctive decision whose subject holds participles ('the updates proposed to the Plan … as presented at Appendix A') decides; a past verb before its object reports a request", action.DocDecision, []string{
			"The decision", "Resolved", "That –",
			"1. The progress being made and the updates proposed to the Parks Action Plan to improve play areas across the borough as presented at Appendix A of the report be noted;",
			"Publication date: 24/06/2022", "",
			"The Portfolio Holder, Cllr Ash, requested the minutes be approved.",
		}, []string{
			"resolution|1|The progress being made and the updates proposed to the Parks Action Plan to improve play areas across the borough as presented at Appendix A of the report be noted|",
		}},
		{"a decision page's numbered list in capitals: 'The Committee REVIEWED and APPROVED …', 'GAVE authority …'", action.DocDecision, []string{
			"Issue - decisions", "", "02/04/2019 - AUDIT PLAN", "",
			"Report 75/2019 was received from the Head of Audit.", "",
			"1. The Committee REVIEWED and APPROVED the audit plan for 2019/20; and", "",
			"2. GAVE authority to the Finance Director to make changes to the plan.",
		}, []string{
			"resolution|1|The Committee REVIEWED and APPROVED the audit plan for 2019/20|",
			"resolution|2|GAVE authority to the Finance Director to make changes to the plan.|Finance Director",
		}},
		{"once an unmarked decision list holds a decision in the infinitive, a later 'To …' sentence is one whatever its verb", action.DocDecision, []string{
			"Decision:", "", "Resolved:", "",
			"To adopt the revised lettings policy set out in Appendix 1.", "",
			"That the policy is presented to the Housing Panel at its next meeting.", "",
			"To complete a review of the allocations scheme with tenants' groups.", "",
			"Publication date: 20/01/2026",
		}, []string{
			"resolution||To adopt the revised lettings policy set out in Appendix 1.|",
			"resolution||That the policy is presented to the Housing Panel at its next meeting.|",
			"resolution||To complete a review of the allocations scheme with tenants' groups.|",
		}},
		{"the points under a lead-in that offers a choice ('must either:') are options, none decided", action.DocDecision, []string{
			"Having considered the proposed levy, the Board must either:", "",
			"a) agree the levy as proposed;", "",
			"b) agree it and make comments on its use; or", "",
			"c) veto the proposed levy.",
		}, nil},
		{"a decision numbered in square brackets, its label lost; the meeting asked to note undertakes nothing", action.DocMinutes, []string{
			"The Chair asked Members to note the announcements made since the last meeting.", "",
			"Minutes: The Head of Estates introduced the report on the depot lease.", "",
			"[1] the lease of the north depot be renewed for five years.",
		}, []string{
			"resolution|(1)|the lease of the north depot be renewed for five years.|",
		}},
		{"'That it be recommended to Full Council that:' under RESOLVED recommends its points on", action.DocMinutes, []string{
			"Decision:", "", "*RESOLVED –", "", "That it be recommended to Full Council that:", "",
			"1. The Delivery Plan for 2026/27 be approved.", "", "2. The revised commitments be approved.",
		}, []string{
			"recommendation|1|it be recommended to Full Council that The Delivery Plan for 2026/27 be approved.|",
			"recommendation|2|it be recommended to Full Council that The revised commitments be approved.|",
		}},
		{"a decision in the indicative where the subjunctive is usual ('That the Strategy is published for consultation')", action.DocDecision, []string{
			"Issue - decisions", "", "22/10/2025 - Parks Strategy", "",
			"1. That the Parks Strategy (Appendix 1) is published for consultation for eight weeks.", "",
			"2. That the changes to the consultation statement be approved.",
		}, []string{
			"resolution|1|That the Parks Strategy (Appendix 1) is published for consultation for eight weeks.|",
			"resolution|2|That the changes to the consultation statement be approved.|",
		}},
		{"a clause naming the cases it applies in ('in cases where;-') takes its lettered cases and the words that complete it as one decision", action.DocMinutes, []string{
			"RESOLVED that", "",
			"1) in cases where;-", "",
			"a) fees are statutory;", "",
			"b) fees are set by another body; or", "",
			"c) fees are set under separate rules,", "",
			"the requirement for a minimum 5% increase be waived;",
		}, []string{
			"resolution|(1)|in cases where;- (a) fees are statutory; (b) fees are set by another body; or (c) fees are set under separate rules, the requirement for a minimum 5% increase be waived;|",
		}},
		{"a delegation numbered as a point of an unlabelled decision list, its powers numbered under it (one 'to' where the power repeats it), the list going on after it", action.DocDecision, []string{
			"Decision Maker: Cabinet", "",
			"(i) That the draft Local Plan be approved for consultation.", "",
			"(ii) That the Director of Place, in consultation with the Cabinet Member for Planning, be given delegated authority to:", "",
			"(1) publish the draft plan for consultation", "",
			"(2) to undertake any minor corrections to the documents", "",
			"(iii) That a report be received at a future meeting summarising the consultation.",
		}, []string{
			"resolution|(i)|That the draft Local Plan be approved for consultation.|",
			"resolution|(1)|the Director of Place be given delegated authority to publish the draft plan for consultation|Director of Place",
			"resolution|(2)|the Director of Place be given delegated authority to undertake any minor corrections to the documents|Director of Place",
			"resolution|(iii)|That a report be received at a future meeting summarising the consultation.|",
		}},
		{"grounds set before a decision's list ('Having complied with …:') do not take its lead's place", action.DocMinutes, []string{
			"DECISION MADE: (CAB 16/17 18501)", "",
			"On consideration of the report, Cabinet agreed the following:", "",
			"Having complied with paragraph 15 of the Access to Information Rules:", "",
			"(i) To approve the admission arrangements for 2026/27.", "",
			"(ii) To note the consultation responses.",
		}, []string{
			"resolution|(i)|To approve the admission arrangements for 2026/27.|",
			"resolution|(ii)|To note the consultation responses.|",
		}},
		{"a clause giving delegated authority ending '… to:' over points in the bare verb: each point a power given, with the clause's words", action.DocMinutes, []string{
			"RECOMMENDED to Council that:", "",
			"(1) delegated authority be provided to the Director of Housing in consultation with the Cabinet Member to:", "",
			"a) approve a fund to buy homes for temporary accommodation", "",
			"b) appoint a provider to manage the homes", "",
			"(2) the total cost will not exceed £5m.",
		}, []string{
			"recommendation|(1)(a)|RECOMMENDED to Council that delegated authority be provided to the Director of Housing in consultation with the Cabinet Member to: approve a fund to buy homes for temporary accommodation|Director of Housing",
			"recommendation|(1)(b)|RECOMMENDED to Council that delegated authority be provided to the Director of Housing in consultation with the Cabinet Member to: appoint a provider to manage the homes|Director of Housing",
			"recommendation|(2)|RECOMMENDED to Council that the total cost will not exceed £5m.|",
		}},
		{"a decision page's lettered list whose first points are a body's decision in the bare verb or 'Consider and approve …'", action.DocDecision, []string{
			"Issue - decisions", "", "24/02/2023 - Review of the parks strategy", "",
			"a) Cabinet note and approve the mid-point review of the Parks Strategy 2020 – 2025;", "",
			"b) Consider and approve the approach to the new play areas; and", "",
			"c) Authority is delegated to the Director of Place to take the decisions needed.",
		}, []string{
			"resolution|(a)|Cabinet note and approve the mid-point review of the Parks Strategy 2020 – 2025|",
			"resolution|(b)|Consider and approve the approach to the new play areas|",
			"resolution|(c)|Authority is delegated to the Director of Place to take the decisions needed.|Director of Place",
		}},
		{"motions told as small councils tell them: mover and seconder over the motion and its outcome, a motion proposed, seconded and agreed, a decision reached on a recommendation", action.DocMinutes, []string{
			"1. Minutes", "", "Cllr Ash proposed, Cllr Bell seconded:", "",
			"The minutes of the meeting held on 4 June should be APPROVED.", "", "CARRIED 6 in favour, 1 abstention", "",
			"2. Hedges", "", "Cllr Ash proposed, Cllr Bell seconded:", "", "The hedges be cut in March.", "", "Members then discussed the verges.", "",
			"3. Public", "", "Motion to exclude the public was proposed, seconded and agreed unanimously. Motion carried.", "",
			"4. Budget", "", "It was RESOLVED upon a recommendation from the finance group to put the draft budget to the Council.",
		}, []string{
			"resolution|1|The minutes of the meeting held on 4 June should be APPROVED.|",
			"resolution|3|Motion to exclude the public was proposed, seconded and agreed unanimously.|",
			"resolution|4|It was RESOLVED upon a recommendation from the finance group to put the draft budget to the Council.|",
		}},
		// A motion named, moved and seconded by name and carried, in one
		// sentence, is its decision; one lost gives nothing (325/05).
		{"a motion moved and seconded by name and carried, another lost", action.DocMinutes, []string{
			"12 Petition on parking", "", "The Council received a petition about parking in the square.", "",
			"A motion to refer the petition to the Cabinet was moved by Councillor Ann Reed, seconded by Councillor Bob Hale and CARRIED.", "",
			"13 Petition on bins", "", "A motion to take no further action on the petition was moved by Councillor Cy Moss, seconded by Councillor Di Lowe and LOST.",
		}, []string{
			"resolution|12|A motion to refer the petition to the Cabinet was moved by Councillor Ann Reed, seconded by Councillor Bob Hale and CARRIED.|",
		}},
		// A proposal, then its seconder named and the vote in the next
		// sentence: the two are the decision (324/11).
		{"a proposal seconded by name and agreed by all in the next sentence", action.DocMinutes, []string{
			"31 Hall", "", "Cllr Moss proposed that the hall be painted in May. This was seconded by Cllr Lowe and all agreed.",
		}, []string{
			"resolution|31|Cllr Moss proposed that the hall be painted in May. This was seconded by Cllr Lowe and all agreed.|",
		}},
		{"a proposal seconded by name, a comma before 'and all agreed'", action.DocMinutes, []string{
			"32 Benches", "", "Cllr Hale proposed that two benches be bought for the green. This was seconded by Cllr Dyer, and all agreed.",
		}, []string{
			"resolution|32|Cllr Hale proposed that two benches be bought for the green. This was seconded by Cllr Dyer, and all agreed.|",
		}},
		{"a proposal seconded by a councillor whose title has a stop, 'and all agreed'", action.DocMinutes, []string{
			"33 Minutes", "", "The minutes of the May meeting had been sent round. Cllr. Hale proposed that they were a true record. This was seconded by Cllr. Dyer and all agreed.",
		}, []string{
			"resolution|33|Cllr. Hale proposed that they were a true record. This was seconded by Cllr. Dyer and all agreed.|",
		}},
		{"a proposal, the mover's word on it, then 'This was also agreed'", action.DocMinutes, []string{
			"34 Membership", "", "Ruth proposed that the youth seat be kept open for a year. This was agreed unanimously. Ruth also proposed that the panel meet in the library. She suggested the small room upstairs, which is free on Tuesdays. This was also agreed unanimously.",
		}, []string{
			"resolution|34|Ruth proposed that the youth seat be kept open for a year. This was agreed unanimously.|",
			"resolution|34|Ruth also proposed that the panel meet in the library. She suggested the small room upstairs, which is free on Tuesdays. This was also agreed unanimously.|",
		}},
		{"minutes numbered through the years ('1955 Minutes of …'), an agreement without 'that', a vote's outcome", action.DocMinutes, []string{
			"1953       The Chairman welcomed the members of the public", "",
			"1954       Public Participation. There was nothing to report.", "",
			"1955       Minutes of the meeting held on 5th November were approved and signed by the chairman.", "",
			"1956       Verges, It was agreed the Clerk would ask the contractor for a second cut.", "",
			"1957       Finance: The budget was discussed and it was voted 5 – 1 that the precept would remain at £2,000.",
		}, []string{
			"resolution|1955|Minutes of the meeting held on 5th November were approved and signed by the chairman.|",
			"commitment|1956|Verges, It was agreed the Clerk would ask the contractor for a second cut.|",
			"resolution|1957|The budget was discussed and it was voted 5 – 1 that the precept would remain at £2,000.|",
		}},
		{"an item's title and minute number run in before its decision: '7. Banking: 069/23: All Cllrs agreed …'", action.DocMinutes, []string{
			"6. Apologies: 068/23: None.", "",
			"7. Banking: 069/23: All Cllrs agreed that the reserve account should be closed.",
		}, []string{
			"resolution|7|All Cllrs agreed that the reserve account should be closed.|",
		}},
		{"a small council's minutes tell its decisions in their own words: the council or meeting agreed, all councillors agreed, an election, payments approved", action.DocMinutes, []string{
			"1. Minutes", "", "The meeting agreed the minutes were a true record and the Chair signed them.", "",
			"2. Cameras", "", "The council confirmed approval of the revised camera scheme.", "",
			"3. Bank", "", "All Cllrs agreed that the account should move to the co-operative bank.", "",
			"4. Chairman", "", "Councillor R. Tan was nominated and elected as Chairman for the year.", "",
			"Vice-Chairman", "", "Cllr. Ash nominated Cllr. Bell to be Vice-Chairman for the year.", "",
			"Chair of the meeting", "", "Cllr D Hume was voted to chair the meeting.", "",
			"5. Payments", "", "The following payments were approved: salt bins £84, hall hire £30.", "",
			"6. Climate", "", "The Parish Council resolves to recognise the climate emergency.", "",
			"7. Risk", "", "The Chairman introduced the revised risk assessment. This was accepted.",
		}, []string{
			"resolution|1|The meeting agreed the minutes were a true record and the Chair signed them.|",
			"resolution|2|The council confirmed approval of the revised camera scheme.|",
			"resolution|3|All Cllrs agreed that the account should move to the co-operative bank.|",
			"resolution|4|Councillor R. Tan was nominated and elected as Chairman for the year.|",
			"resolution|4|Cllr. Ash nominated Cllr. Bell to be Vice-Chairman for the year.|",
			"resolution|4|Cllr D Hume was voted to chair the meeting.|",
			"resolution|5|The following payments were approved: salt bins £84, hall hire £30.|",
			"resolution|6|The Parish Council resolves to recognise the climate emergency.|",
			"resolution|7|The Chairman introduced the revised risk assessment. This was accepted.|",
		}},
		{"all of a named body's members present agreed", action.DocMinutes, []string{
			"5. Meetings", "", "The Chair put forward a plan for four meetings a year, two of them held in schools.", "",
			"All Board members present agreed with the plan.",
		}, []string{
			"resolution|5|All Board members present agreed with the plan.|",
		}},
		{"'It was accepted by the meeting.' decides what the sentence before put; 'It was agreed that …' names its own matter", action.DocMinutes, []string{
			"Working group notes, 4 March 2026", "",
			"Attendees: Ann Lee (Chair), Bob Hart", "",
			"A revised list of footpaths was presented by BH with maps from the county. It was accepted by the meeting.", "",
			"It was agreed that the bridleway should be added to the list.",
		}, []string{
			"resolution||A revised list of footpaths was presented by BH with maps from the county. It was accepted by the meeting.|",
			"resolution||It was agreed that the bridleway should be added to the list.|",
		}},
		{"numbered 'That <name> <bare verb> …' points are decisions whatever the verb", action.DocMinutes, []string{
			"Chair's Announcements", "",
			"1. That thanks be expressed to the outgoing clerk.", "",
			"2. That the Mayor make representations to the minister on ferry funding.", "",
			"3. That the Chair lobby the port operator for earlier sailings.",
		}, []string{
			"resolution|1|That thanks be expressed to the outgoing clerk.|",
			"resolution|2|That the Mayor make representations to the minister on ferry funding.|Mayor",
			"resolution|3|That the Chair lobby the port operator for earlier sailings.|Chair",
		}},
		{"'The Panel's recommendations are that:' names its points as recommendations", "", []string{
			"The Panel's recommendations are that:", "",
			"• the basic allowance is raised by 2% from April", "• mileage rates continue to follow the national rates",
		}, []string{
			"recommendation||the basic allowance is raised by 2% from April|",
			"recommendation||mileage rates continue to follow the national rates|",
		}},
		{"a lead-in under the label whose colon is printed as a semicolon leads its points", action.DocReport, []string{
			"Recommendations", "",
			"That Full Council resolves to;", "",
			"1. Approve to extend the discount to care leavers up to 25;", "",
			"2. Approve the amended criteria in Annex A",
		}, []string{
			"recommendation|1|Full Council resolves to approve to extend the discount to care leavers up to 25|",
			"recommendation|2|Full Council resolves to approve the amended criteria in Annex A|",
		}},
		{"a report's 'That the Executive:' over its points, the label lost, recommends", action.DocReport, []string{
			"Wards Affected: All", "",
			"That the Executive:", "",
			"1. note the progress made on the resettlement scheme", "",
			"2. note the part played by hosts and volunteers.", "",
			"1. Executive summary", "",
			"1.1 This report gives an overview of the scheme.",
		}, []string{
			"recommendation|1|That the Executive note the progress made on the resettlement scheme|",
			"recommendation|2|That the Executive note the part played by hosts and volunteers.|",
		}},
		{"a committee named at length deciding in a list of decisions; the same sentence alone is another body's decision retold", action.DocDecision, []string{
			"The Chair introduced the tracker of the committee's recommendations.", "",
			"a. The Parks and Open Spaces Scrutiny Committee noted the progress of its earlier recommendations.", "",
			"b. The Parks and Open Spaces Scrutiny Committee agreed to review the tracker in June.",
		}, []string{
			"resolution|(a)|The Parks and Open Spaces Scrutiny Committee noted the progress of its earlier recommendations.|",
			"resolution|(b)|The Parks and Open Spaces Scrutiny Committee agreed to review the tracker in June.|",
		}},
		{"another body named at length, its decision retold alone on a decision page, decides nothing", action.DocDecision, []string{
			"Cabinet considered the response to scrutiny.", "",
			"The Parks and Open Spaces Scrutiny Committee agreed to recommend that Cabinet reply formally.",
		}, nil},
		{"a paragraph-numbered list of decisions is one list: a point in the present between two decisions decides too", action.DocDecision, []string{
			"2.1 Cabinet approved the harbour plan.", "",
			"2.2 Cabinet noted the consultation results.", "",
			"2.3 The plan is used to guide planning policy on the seafront", "",
			"2.4 Cabinet noted the timescales for the bid.",
		}, []string{
			"resolution|2.1|Cabinet approved the harbour plan.|",
			"resolution|2.2|Cabinet noted the consultation results.|",
			"resolution|2.3|The plan is used to guide planning policy on the seafront|",
			"resolution|2.4|Cabinet noted the timescales for the bid.|",
		}},
		{"'makes the following recommendations to Council:' leads its points; a delegation's powers in the infinitive, lettered, are each a recommendation with the clause's words; a response's parts stay its own", action.DocMinutes, []string{
			"The Cabinet makes the following recommendations to Council:", "",
			"1. That the asset plan for 2026 to 2031 is approved.", "",
			"2. That Council delegate authority to the Cabinet for 2026/27, subject to advice from the Property Board:", "",
			"a. to buy land and buildings costing up to £5m each; and", "",
			"b. to decide how each purchase is funded.", "",
			"3. That a response to the review be made by March:", "",
			"(a) to say which points are accepted; and", "",
			"(b) where accepted, to set out a plan.",
		}, []string{
			"recommendation|1|That the asset plan for 2026 to 2031 is approved.|",
			"recommendation|2(a)|That Council delegate authority to the Cabinet for 2026/27, subject to advice from the Property Board: to buy land and buildings costing up to £5m each; and|Cabinet",
			"recommendation|2(b)|That Council delegate authority to the Cabinet for 2026/27, subject to advice from the Property Board: to decide how each purchase is funded.|Cabinet",
			"recommendation|3|That a response to the review be made by March: (a) to say which points are accepted; and (b) where accepted, to set out a plan.|",
		}},
		{"a numbered 'That, in respect of …:' over its own sub-numbered points; a report's sections numbered so are no decisions", action.DocDecision, []string{
			"1. the direction of the task group's recommendations be endorsed", "",
			"2. That, in respect of the responses at Appendix 2:", "",
			"2.1 a delivery programme is submitted to Cabinet in the summer;", "",
			"2.2 work can start before the programme where it fits existing budgets.", "",
			"3. Options considered", "",
			"3.1 The options have been considered by the scrutiny committees.",
		}, []string{
			"resolution|1|the direction of the task group's recommendations be endorsed|",
			"resolution|2.1|a delivery programme is submitted to Cabinet in the summer|",
			"resolution|2.2|work can start before the programme where it fits existing budgets.|",
		}},
		{"'a.' numbers the first point under a lead that names its list, whose points, things named, make one decision", action.DocDecision, []string{
			"Agreed to recommend to Council the following:", "",
			"a. Adoption of the borrowing strategy for the next five years.", "",
			"b. Approval of the counterparty list at Appendix 3.",
		}, []string{
			"recommendation||Agreed to recommend to Council the following: (a) Adoption of the borrowing strategy for the next five years. (b) Approval of the counterparty list at Appendix 3.|",
		}},
		{"an agenda's motions, not yet moved, give nothing; the carried motion's 'That this Council resolves to:' decides", "", []string{
			"Motions will be taken in turn from the three groups.", "",
			"Council is asked to consider the following motions:", "",
			"1. Fair trade (proposed by Councillor Lee, seconded by Councillor Ray)", "",
			"To this end, Wyndham Borough Council resolves to ask the Cabinet to:", "",
			"1. Keep fair trade tea and coffee at council meetings.", "",
			"2. Promote fair trade in the council's newsletters.", "",
			"RESOLVED – That this Council resolves to:", "",
			"(1) ask the Cabinet to report on school streets by September;", "",
		}, []string{
			"resolution|(1)|this Council resolves to ask the Cabinet to report on school streets by September|Cabinet",
		}},
		{"a decision that forwards a run-in list '(i) … (ii) …' gives each point too", action.DocDecision, []string{
			"1) That the hardship policy be amended to include care leavers.", "",
			"2) That the report go to Council in December with a recommendation that; (i) the reduction scheme be reviewed and option 2 adopted (ii) the findings of the consultation be noted and (iii) that the impact assessment be noted.",
		}, []string{
			"resolution|(1)|That the hardship policy be amended to include care leavers.|",
			"resolution|(2)|That the report go to Council in December with a recommendation that; (i) the reduction scheme be reviewed and option 2 adopted (ii) the findings of the consultation be noted and (iii) that the impact assessment be noted.|",
			"resolution|(2)(i)|the reduction scheme be reviewed and option 2 adopted|",
			"resolution|(2)(ii)|the findings of the consultation be noted|",
			"resolution|(2)(iii)|that the impact assessment be noted.|",
		}},
		{"a parish council's proposed-seconded-carried decisions, in one sentence or after the sentence they carry; a formal vote whose RESOLVED follows is no decision", action.DocMinutes, []string{
			"3. Cllr Hill proposed the minutes be accepted as a true record, seconded Cllr Kirk, all in favour.", "",
			"6. It was agreed to ask for a precept of £12,000 next year. Proposed Cllr Dunn, seconded Cllr Kirk, all in favour. Clerk to send the claim form.", "",
			"7. It was proposed by Councillor Marsh and seconded by Councillor Lee that the minutes be approved.",
		}, []string{
			"resolution|3|Cllr Hill proposed the minutes be accepted as a true record, seconded Cllr Kirk, all in favour.|",
			"resolution|6|It was agreed to ask for a precept of £12,000 next year.|",
			"commitment|6|Clerk to send the claim form.|Clerk",
		}},
		{"votes told the clerks' ways: proposer and seconder then 'Passed by all …'; 'This was seconded by … and unanimously agreed'; 'all those at the meeting were in favour'", action.DocMinutes, []string{
			"3. RB proposed the minutes of 2nd May, seconded by TL. Passed by all as a true record of the meeting.", "",
			"4. It was proposed by Cllr Ray that Cllr Penn be elected as Acting Chair. This was seconded by Cllr Lowe and unanimously agreed by all present.", "",
			"5. The minutes were then proposed by Cllr Hill, seconded by Cllr Brady and all those at the meeting were in favour.",
		}, []string{
			"resolution|3|RB proposed the minutes of 2nd May, seconded by TL. Passed by all as a true record of the meeting.|",
			"resolution|4|It was proposed by Cllr Ray that Cllr Penn be elected as Acting Chair. This was seconded by Cllr Lowe and unanimously agreed by all present.|",
			"resolution|5|The minutes were then proposed by Cllr Hill, seconded by Cllr Brady and all those at the meeting were in favour.|",
		}},
		{"a parish's decisions in its own words, each sentence its own beside a vote read first: accounts agreed for payment, minutes found correct, 'Agreed by all that …'", action.DocMinutes, []string{
			"6. All accounts were received and agreed for payment.", "",
			"7. The minutes of the meeting held on 3rd May were found to be correct.", "",
			"8. The clerk showed a new quote. Agreed by all that the ladder be fitted in-house. DD proposed accepting the quote, DB seconded the proposal, agreed by all. Agreed by all that a letter of thanks be sent.",
		}, []string{
			"resolution|6|All accounts were received and agreed for payment.|",
			"resolution|7|The minutes of the meeting held on 3rd May were found to be correct.|",
			"resolution|8|DD proposed accepting the quote, DB seconded the proposal, agreed by all.|",
			"resolution|8|Agreed by all that the ladder be fitted in-house.|",
			"resolution|8|Agreed by all that a letter of thanks be sent.|",
		}},
		{"more of a parish's words for deciding: 'These were circulated, read, approved and signed …', a mover in brackets, 'RESOLVED unanimously to', 'AGREED (proposed …) to', cheque payments, a grant that was approved, 'The PC resolved', co-opted onto the council", action.DocMinutes, []string{
			"1. These were circulated, read, approved and signed as a correct record.", "",
			"2. These were approved (Proposed Mr Wright, seconded Mr Gray).", "",
			"3. After discussion it was RESOLVED unanimously to sign the minutes.", "",
			"4. After discussion it was AGREED (proposed Dr Vine, seconded Mr Park) to insert the new clause.", "",
			"5. Cheque payments to 7 July were approved for payment by the council.", "",
			"6. A community grant of £500 was approved for the church.", "",
			"7. The PC resolved to make no objection to the application.", "",
			"8. Mr Sam Lee was co-opted onto the Council.",
		}, []string{
			"resolution|1|These were circulated, read, approved and signed as a correct record.|",
			"resolution|2|These were approved (Proposed Mr Wright, seconded Mr Gray).|",
			"resolution|3|After discussion it was RESOLVED unanimously to sign the minutes.|",
			"resolution|4|After discussion it was AGREED (proposed Dr Vine, seconded Mr Park) to insert the new clause.|",
			"resolution|5|Cheque payments to 7 July were approved for payment by the council.|",
			"resolution|6|A community grant of £500 was approved for the church.|",
			"resolution|7|The PC resolved to make no objection to the application.|",
			"resolution|8|Mr Sam Lee was co-opted onto the Council.|",
		}},
		{"still more: signed by whom, minutes read and signed or proposed as correct, elected unanimously, 'Unanimously Resolved', resolved 'at this point', a nomination and 'All were in favour'; 'It was unanimously agreed to' over its list is its lead-in", action.DocMinutes, []string{
			"1. These were unanimously approved and signed by Mr Kaye.", "",
			"2. The last minutes were read and signed as correct.", "",
			"2a. Minutes from 17 July were accepted as a true record.", "",
			"3. The minutes of the meeting were proposed as correct records by Councillor Lowe.", "",
			"4. It was agreed unanimously that Cllr Owen be elected Vice Chairman.", "",
			"5. Those who were present Unanimously Resolved to take a vote by email.", "",
			"6. It was resolved at this point to suspend standing order 70.", "",
			"7. Peter Hall proposed Kay West become chair for the coming year. All in favour.", "",
			"8. It was unanimously agreed to",
		}, []string{
			"resolution|1|These were unanimously approved and signed by Mr Kaye.|",
			"resolution|2|The last minutes were read and signed as correct.|",
			"resolution|2a|Minutes from 17 July were accepted as a true record.|",
			"resolution|3|The minutes of the meeting were proposed as correct records by Councillor Lowe.|",
			"resolution|4|It was agreed unanimously that Cllr Owen be elected Vice Chairman.|",
			"resolution|5|Those who were present Unanimously Resolved to take a vote by email.|",
			"resolution|6|It was resolved at this point to suspend standing order 70.|",
			"resolution|7|Peter Hall proposed Kay West become chair for the coming year. All in favour.|",
		}},
		{"'It was unanimously agreed to' ending a paragraph, its colon lost, leads the lettered points under it", action.DocMinutes, []string{
			"5. Projects and budget", "The Committee considered the Clerk's reports. It was unanimously agreed to", "",
			"a. Set a standstill budget and take funds from reserves if needed.",
			"b. Recommend the projected budget to the Council.",
		}, []string{
			"resolution|5(a)|Set a standstill budget and take funds from reserves if needed.|",
			"recommendation|5(b)|Recommend the projected budget to the Council.|",
		}},
		{"'It was agreed to …' names no one who undertakes it: the meeting decided; 'It was agreed that the Clerk would …' is the Clerk's undertaking", action.DocMinutes, []string{
			"1. It was agreed to send a letter of congratulations to the sergeant.", "",
			"2. As the budget was not settled it was agreed to defer this item to a further meeting.", "",
			"3. It was agreed that the Clerk would write to the county.",
		}, []string{
			"resolution|1|It was agreed to send a letter of congratulations to the sergeant.|",
			"resolution|2|As the budget was not settled it was agreed to defer this item to a further meeting.|",
			"commitment|3|It was agreed that the Clerk would write to the county.|the Clerk",
		}},
		{"an item's title in title case run into its decision is no part of it; a subject is no title", action.DocMinutes, []string{
			"11. Payment of Accounts Cheque payments to 7 July were approved for payment by the council.", "",
			"12. The Parish Council agreed to review the Parish Plan which was first written in 2010.",
		}, []string{
			"resolution|11|Cheque payments to 7 July were approved for payment by the council.|",
			"resolution|12|The Parish Council agreed to review the Parish Plan which was first written in 2010.|",
		}},
		{"a proposal told before its seconder and vote, each a sentence of its own, is one decision however many sentences propose; a seconder without a vote decides nothing", action.DocMinutes, []string{
			"4. Minutes of the last meeting. Proposed to approve the minutes by Cllr Ray. Seconded by Cllr Penn. All in favour.", "",
			"8. Benches – Cllr Ray proposed that £900 is spent on two benches. Proposal that the council sets aside £100 a year for their upkeep. Seconded by Cllr Penn. All in favour.", "",
			"9. Cllr Ray proposed that the hall fees rise. Seconded by Cllr Penn.",
		}, []string{
			"resolution|4|Proposed to approve the minutes by Cllr Ray.|",
			"resolution|8|Benches – Cllr Ray proposed that £900 is spent on two benches. Proposal that the council sets aside £100 a year for their upkeep.|",
		}},
		{"a decision page's numbered decisions told in the past, no label", action.DocDecision, []string{
			"14/01/2019 - Devolution of the Adult Education Budget", "",
			"(1) The approach to commissioning the budget, as outlined within the report, was approved.", "",
			"(2) Authority was delegated to award contracts funded by the budget to the Director of Skills in consultation with the s151 Officer.", "",
			"(3) It was agreed that the Skills Board would monitor progress and recommend any changes.",
		}, []string{
			"resolution|(1)|The approach to commissioning the budget, as outlined within the report, was approved.|",
			"resolution|(2)|Authority was delegated to award contracts funded by the budget to the Director of Skills in consultation with the s151 Officer.|Director of Skills",
			// A board named for its remit, set to work by the meeting,
			// owns what it would do (the real page's gold names it).
			"resolution|(3)|It was agreed that the Skills Board would monitor progress and recommend any changes.|Skills Board",
		}},
		{"'RESOLVED UNANIMOUSLY to:' carries nothing of its label into its points", action.DocDecision, []string{
			"RESOLVED UNANIMOUSLY to:", "",
			"2.1 That Members approve the new rules.", "",
			"2.2 Members agree that the rules will be reviewed every year.",
		}, []string{
			"resolution|2.1|That Members approve the new rules.|",
			"resolution|2.2|Members agree that the rules will be reviewed every year.|",
		}},
		{"'Resolved to …' as a sentence decides, whole; a panel recommending in its own name; those present asked to introduce themselves", action.DocMinutes, []string{
			"The Chairman asked all parties present to introduce themselves.", "",
			"Resolved to reject the two event notices and to serve a counter notice on each.", "",
			"The panel recommended that members consider the revised policy and recommend it to full council.",
		}, []string{
			"resolution||Resolved to reject the two event notices and to serve a counter notice on each.|",
			"recommendation||The panel recommended that members consider the revised policy and recommend it to full council.|",
		}},
		{"a long-named office holder 'is RECOMMENDED to'", action.DocReport, []string{
			"The Cabinet Member for Safer and Stronger Communities is RECOMMENDED to approve the grants proposed in Annex 2",
		}, []string{
			"recommendation||The Cabinet Member for Safer and Stronger Communities is RECOMMENDED to approve the grants proposed in Annex 2|",
		}},
		{"a decision to recommend to another body is a recommendation; the page's 'Purpose:' restates what was asked", action.DocDecision, []string{
			"Purpose:", "",
			"Cabinet is asked to agree the plan to be recommended to Full Council for final sign off", "",
			"Decision:", "",
			"(1) To RECOMMEND that Council agrees that the plan can be submitted to the Board; and", "",
			"(2) To RECOMMEND that Council agrees that the plan be adopted.",
		}, []string{
			"recommendation|(1)|To RECOMMEND that Council agrees that the plan can be submitted to the Board|",
			"recommendation|(2)|To RECOMMEND that Council agrees that the plan be adopted.|",
		}},
		{"a decision page's Purpose restates what was asked; an empty Purpose over the decision's own field does not hide it", action.DocDecision, []string{
			"Purpose:", "",
			"To recommend to Council to establish a draft vision for the borough.", "",
			"Purpose:", "",
			"Content: The Executive resolved as follows: 1. To note the report. 2. To approve the plan.",
		}, []string{
			"resolution|1|To note the report.|",
			"resolution|2|To approve the plan.|",
		}},
		{"bullets after a numbered list that ended are its reasons, not more decisions", action.DocDecision, []string{
			"That the following recommendations be approved by Council:",
			"(1) That the draft strategy be adopted.",
			"(2) That authority be delegated to the Assistant Director to make minor changes.",
			"· The proposed strategy has been prepared to set out the council's priorities.",
			"· The timing of the meetings meant that comments could not be included.",
		}, []string{
			"resolution|(1)|That the draft strategy be adopted.|",
			"resolution|(2)|That authority be delegated to the Assistant Director to make minor changes.|Assistant Director",
		}},
		{"someone named who was asked to act, and a body asked to decide", action.DocMinutes, []string{
			"The Clerk was asked to convey the thanks of the Parish Council to the auditor.", "",
			"The Committee was asked to approve the strategy.",
		}, []string{"commitment||The Clerk was asked to convey the thanks of the Parish Council to the auditor.|Clerk"}},
		{"a group that would pull together or draw up what it is to bring", action.DocMinutes, []string{
			"After considering the issues the task group would pull together its recommendations for the Cabinet.",
		}, []string{"commitment||After considering the issues the task group would pull together its recommendations for the Cabinet.|the task group"}},
		{"points numbered with a stop and a bracket", action.DocMinutes, []string{
			"RESOLVED that:", "i.)  the co-opted members be re-appointed for the year;", "ii.)  Councillor Jones be appointed to the Health Scrutiny Sub-Committee.",
		}, []string{
			"resolution|(i)|the co-opted members be re-appointed for the year|",
			"resolution|(ii)|Councillor Jones be appointed to the Health Scrutiny Sub-Committee.|",
		}},
		{"each decision with its reason, the list going on after", action.DocDecision, []string{
			"RESOLVED: (i) That the principles in Option 2 be endorsed.", "REASON: To give the plan coherence.",
			"(ii) That the strategy be developed further with Members.", "REASON: So that the strategy can be refined.",
		}, []string{
			"resolution|(i)|That the principles in Option 2 be endorsed.|",
			"resolution|(ii)|That the strategy be developed further with Members.|",
		}},
		{"a copied numbered list whose items all print '1.', under 'namely:'", action.DocDecision, []string{
			"Decision:", "The Cabinet Member agreed the recommendations as outlined above namely:",
			"1. To approve the dog control order for three years.", "1. To delegate to the Head of Legal to seal and advertise the order.",
		}, []string{
			"resolution|1|To approve the dog control order for three years.|",
			"resolution|2|To delegate to the Head of Legal to seal and advertise the order.|Head of Legal",
		}},
		{"an inline list after a lead naming its meeting in brackets, its reasons run in after it", action.DocDecision, []string{
			"The Executive recommended to Full Council (at its meeting on 9 June 2022): 1. That the Local Plan be approved for submission. 2. That the Lead Councillor be authorised to make minor changes. Reason(s): 1. To submit the plan on time.",
		}, []string{
			"recommendation|1|That the Local Plan be approved for submission.|",
			"recommendation|2|That the Lead Councillor be authorised to make minor changes.|Lead Councillor",
		}},
		{"the next point's number left at the end of the line before", action.DocDecision, []string{
			"Decision:", "", "1. Cabinet approved the model for awarding the bus contracts 12 & 47. 2.", "",
			"Cabinet delegates authority to the Director for Places to award the contracts.",
		}, []string{
			"resolution|1|Cabinet approved the model for awarding the bus contracts 12 & 47.|",
			"resolution|2|Cabinet delegates authority to the Director for Places to award the contracts.|Director for Places",
		}},
		{"points lettered 'a.' under a lead-in of their own", action.DocDecision, []string{
			"Decision:", "The Cabinet Member approved:", "a. The prioritisation process in Annex A;",
			"b. The schemes to be funded from next year's budget; and", "c. To delegate authority to the Highways Manager to make minor changes.",
		}, []string{
			"resolution|(a)|The Cabinet Member approved The prioritisation process in Annex A|",
			"resolution|(b)|The Cabinet Member approved The schemes to be funded from next year's budget|",
			"resolution|(c)|The Cabinet Member approved To delegate authority to the Highways Manager to make minor changes.|Highways Manager",
		}},
		{"a body's decisions in the past, one a line, under 'that Cabinet:'", action.DocMinutes, []string{
			"that Cabinet:", "", "approved, in principle, the draft allocations policy", "",
			"noted the independent report on the review", "", "delegated authority to the Portfolio Holder for Housing to approve the final policy",
		}, []string{
			"resolution||Cabinet approved, in principle, the draft allocations policy|",
			"resolution||Cabinet noted the independent report on the review|",
			"resolution||Cabinet delegated authority to the Portfolio Holder for Housing to approve the final policy|Portfolio Holder for Housing",
		}},
		{"a report's proposals just before its 'Reasons for recommendations'", action.DocReport, []string{
			"That Cabinet consider the recommendations made by Overview and Scrutiny.",
			"That Cabinet decide which capital bids to recommend to full Council.",
			"Reasons for recommendations", "To set a balanced budget.",
		}, []string{
			"recommendation||That Cabinet consider the recommendations made by Overview and Scrutiny.|",
			"recommendation||That Cabinet decide which capital bids to recommend to full Council.|",
		}},
		{"a decision's own inner list, lettered after its first point and then numbered in roman", action.DocDecision, []string{
			"(a) Cabinet agreed to start the procurements listed in the appendix.",
			"(b) That authority be delegated to the Director of Finance to agree a. contract awards",
			"b. changes to contracts, including:", "i. scope ii. term iii. value",
			"(c) That the plan be published.",
		}, []string{
			"resolution|(a)|Cabinet agreed to start the procurements listed in the appendix.|",
			"resolution|(b)|That authority be delegated to the Director of Finance to agree a. contract awards b. changes to contracts, including: i. scope ii. term iii. value|Director of Finance",
			"resolution|(c)|That the plan be published.|",
		}},
		{"a decision's conditions lettered after its colon, the list numbered", action.DocDecision, []string{
			"Decision:", "", "In consultation with Cabinet, the Portfolio Holder for Leisure:", "",
			"1) Noted the closure of the old pool.", "",
			"2) Approved the design of a new pool at a new site to an early stage, using the project's existing budget, in order to build a sound case for a new swimming pool in the town, noting that work can only go further when:", "",
			"a) funding is found, and", "", "b) the pool costs the Council nothing to run", "",
			"3) Agreed to sell the old site.",
		}, []string{
			"resolution|(1)|Noted the closure of the old pool.|",
			"resolution|(2)|Approved the design of a new pool at a new site to an early stage, using the project's existing budget, in order to build a sound case for a new swimming pool in the town, noting that work can only go further when: a) funding is found, and b) the pool costs the Council nothing to run|",
			"resolution|(3)|Agreed to sell the old site.|",
		}},
		{"a table's cells a line each: numbers alone counting on, the lead-in's colon lost", action.DocMinutes, []string{
			"After a debate it was put to the vote.", "",
			"That Members approved", "1", "the end of the free bulky waste collection from 31 March;",
			"2", "a charge of £20 for each collection from 1 April; and",
			"3", "to delegate the setting of later charges to the Director of Environment.",
		}, []string{
			"resolution|1|That Members approved the end of the free bulky waste collection from 31 March|",
			"resolution|2|That Members approved a charge of £20 for each collection from 1 April|",
			"resolution|3|That Members approved to delegate the setting of later charges to the Director of Environment.|Director of Environment",
		}},
		{"a number alone that counts with no other is a page's, not a point's", action.DocMinutes, []string{
			"That the minutes be signed.", "7", "to delegate the setting of later charges to the Director of Environment.",
		}, []string{
			"resolution||That the minutes be signed.|",
		}},
		{"a portfolio holder's decisions in the present, each number run into its first word", action.DocDecision, []string{
			"01/10/2024 - Sports Grants",
			"1.The Portfolio Holder for Leisure, Health and Wellbeing approves the grants to local clubs.",
			"2.The portfolio Holder for Leisure, Health and Wellbeing approves the grant agreements with the clubs.",
		}, []string{
			"resolution|1|The Portfolio Holder for Leisure, Health and Wellbeing approves the grants to local clubs.|",
			"resolution|2|The portfolio Holder for Leisure, Health and Wellbeing approves the grant agreements with the clubs.|",
		}},
		{"the points under a body's remit ('shall have the following responsibilities:') are none; a list a decision leads in after it is read", "", []string{
			"Staffing Committee",
			"The Staffing Committee shall have the following responsibilities:",
			"a. to be responsible for staff recruitment;",
			"b. decide upon annual salary awards;",
			"c. appoint a member to seek advice in a dispute.",
			"The Council RESOLVED that:",
			"a. the pavilion be repainted;",
			"b. the Clerk order two new benches.",
		}, []string{
			"resolution|(a)|The Council RESOLVED that the pavilion be repainted|",
			"resolution|(b)|The Council RESOLVED that the Clerk order two new benches.|Clerk",
		}},
		{"a remit's bullets under 'shall be delegated … in the following matters:' are none; a decision to delegate the following is read", "", []string{
			"The Grounds Committee shall be delegated to act for the Council in the following matters:",
			"- Letting of the allotment plots",
			"- To set the charges for the sports pitches",
			"It was RESOLVED that the Clerk shall be delegated the following:",
			"- to order the new goal posts;",
			"- to book the grass cutting.",
		}, []string{
			"resolution||to order the new goal posts|",
			"resolution||to book the grass cutting.|",
		}},
		{"numbered points under a line titled 'Terms of Reference' and its 'In line with the standing orders –' are none", action.DocMinutes, []string{
			"5. Membership and Remit",
			"Terms of Reference",
			"In line with the standing orders –",
			"1. To advise the Council on its budgets.",
			"2. To make decisions on minor works up to £5,000.",
			"6. Any Other Business",
			"RESOLVED – That the Clerk obtain quotes for the fence.",
		}, []string{
			"resolution|6|That the Clerk obtain quotes for the fence.|Clerk",
		}},
		{"a nomination keeps the vote that carried it", action.DocMinutes, []string{
			"1. Election of Chairman",
			"Cllr Ash nominated Cllr Oak to continue within this role, Seconded by Sam Lee. All in Favour.",
		}, []string{
			"resolution|1|Cllr Ash nominated Cllr Oak to continue within this role, Seconded by Sam Lee. All in Favour.|",
		}},
		{"a request that something be done and the officer's bare 'agreed' after it are one undertaking, the officer's; a request that officers do something is theirs", action.DocMinutes, []string{
			"4. Parking review",
			"A Member welcomed the review and requested that maps be provided in large print to help residents read them. The Highways Manager agreed, noting that the team had already looked at this.",
			"Members requested that officers speak with the bus company to publicise the new times.",
		}, []string{
			"commitment||A Member welcomed the review and requested that maps be provided in large print to help residents read them. The Highways Manager agreed, noting that the team had already looked at this.|The Highways Manager",
			"commitment||Members requested that officers speak with the bus company to publicise the new times.|officers",
		}},
		{"a decision page's numbered 'That the Chair and Vice-Chair work with officers to …' is a resolution, not an undertaking whose owner is the clause", action.DocDecision, []string{
			"Decision details",
			"(1) That the Chair and Vice-Chair work with officers to bring forward a draft plan to the next meeting.",
		}, []string{
			"resolution|(1)|That the Chair and Vice-Chair work with officers to bring forward a draft plan to the next meeting.|Chair;Vice-Chair",
		}},
		{"points after 'The following points were proposed and agreed:', at the end of a long paragraph, are each a decision, though they open with verbs no name list has ('Declare a …', 'Pledge to …')", action.DocMinutes, []string{
			"After the county's own declaration last spring, at its Full Council meeting on 12 March the Town Council agreed to adopt a motion moved by Councillor Ash and seconded by Councillor Oak on the state of the river and the wildlife that depends on it along the whole of the valley. The following points were proposed and agreed:",
			"a) Declare a nature emergency",
			"b) Pledge to plant a tree for every child born in the town",
			"c) Work with the river trust on a plan for the banks",
		}, []string{
			"resolution|(a)|Declare a nature emergency|",
			"resolution|(b)|Pledge to plant a tree for every child born in the town|",
			"resolution|(c)|Work with the river trust on a plan for the banks|",
		}},
		{"a proposal carried 'nem con' in its sentence, one carried by 'a show of hands' after it, and one whose seconder's title has a stop ('Cllr. Oak and agreed that') are resolutions", action.DocMinutes, []string{
			"1. Hedges",
			"Cllr Ash proposed to adopt the revised Hedge Policy, seconded by Cllr Oak, approved nem con.",
			"2. Play area",
			"It was proposed and seconded that the Council first speak to the school about the field. There was a show of hands and all were in favour.",
			"3. Trees",
			"It was proposed by Cllr Ash, seconded by Cllr. Oak and agreed that the lime tree be pollarded.",
		}, []string{
			"resolution|1|Cllr Ash proposed to adopt the revised Hedge Policy, seconded by Cllr Oak, approved nem con.|",
			"resolution|2|It was proposed and seconded that the Council first speak to the school about the field. There was a show of hands and all were in favour.|",
			"resolution|3|It was proposed by Cllr Ash, seconded by Cllr. Oak and agreed that the lime tree be pollarded.|",
		}},
		{"a proposal that something 'be' done, its seconder named before 'seconded', then 'Carried.', is a resolution", action.DocMinutes, []string{
			"A Parish Meeting was held in the Reading Room on Monday 6 March 1950 at 7pm.",
			"Mr AB Hall proposed the Vicar be Chairman again.  Mr C Dunn seconded.  Carried.",
			"The Chairman proposed the Secretary be instructed to write to the Gas Company.  Mr Lee seconded this.  Carried.",
			"Mr Lee proposed the hall be painted.  Nobody seconded it.",
		}, []string{
			"resolution||Mr AB Hall proposed the Vicar be Chairman again. Mr C Dunn seconded. Carried.|",
			"resolution||The Chairman proposed the Secretary be instructed to write to the Gas Company. Mr Lee seconded this. Carried.|Secretary",
		}},
		{"a paragraph that RECOMMENDED in one sentence and went on to tell the discussion is the recommendation to that sentence; a deciding sentence after it stays with it", action.DocMinutes, []string{
			"3. Memorial bench. It was RECOMMENDED that the Clerk would order a new bench for the cemetery. This follows a survey of the old benches by members last year. Cllr Dunn said the old bench could go to the school.",
			"4. Hedges. It was RECOMMENDED that the hedge be cut in March. The quotation from Green Ltd was accepted. Members thanked the volunteers.",
		}, []string{
			"recommendation|3|Memorial bench. It was RECOMMENDED that the Clerk would order a new bench for the cemetery.|Clerk",
			"recommendation|4|Hedges. It was RECOMMENDED that the hedge be cut in March. The quotation from Green Ltd was accepted.|",
		}},
		{"'RECOMMENDED that Council approve:-' under 'Decision:' leads its points", action.DocMinutes, []string{
			"Decision:", "", "Agreed:", "", "RECOMMENDED that Council approve:-", "",
			"(1) the Skills Strategy; and", "(2) the action plan that goes with it.", "", "Reason for Decision: As in the report.",
		}, []string{
			"recommendation|(1)|RECOMMENDED that Council approve the Skills Strategy|",
			"recommendation|(2)|RECOMMENDED that Council approve the action plan that goes with it.|",
		}},
		{"numbered 'To note …' points after the item's narrative, no label", "", []string{
			"6 Changes to day services", "The questions from scrutiny and the officers' answers were noted.",
			"1. To note the plan for consultation on day services, to start on 1 November,",
			"2. To note the proposed model for day services. Later key decisions will come back to Cabinet in the spring.",
			"Action by:", "Head of Strategy",
		}, []string{
			"resolution|1|To note the plan for consultation on day services, to start on 1 November,|",
			"resolution|2|To note the proposed model for day services. Later key decisions will come back to Cabinet in the spring.|",
		}},
		{"numbered 'To …' points under a heading are an agenda's, not decisions", "", []string{
			"Agenda", "1. To approve the minutes of the last meeting.", "2. To note the chair's report.",
		}, nil},
		{"decisions in the infinitive one after another under 'Decision:', no markers", action.DocDecision, []string{
			"Decision:", "", "To agree the approach set out below for consultation on the draft strategy.", "",
			"To delegate authority to the Head of Leisure to agree the final documents.", "", "Publication date: 29/03/2018",
		}, []string{
			"resolution||To agree the approach set out below for consultation on the draft strategy.|",
			"resolution||To delegate authority to the Head of Leisure to agree the final documents.|Head of Leisure",
		}},
		{"'RECOMMENDED TO <body>:' on the line after a resolution is a recommendation of its own", action.DocMinutes, []string{
			"RESOLVED: That the progress on the key projects be noted.",
			"RECOMMENDED TO THE CABINET: That the Cabinet be asked to review air quality in the district.",
			"REASON FOR DECISIONS: To let the projects be reviewed.",
		}, []string{
			"resolution||That the progress on the key projects be noted.|",
			"recommendation||That the Cabinet be asked to review air quality in the district.|Cabinet",
		}},
		{"two points numbered one after the other are two decisions, however alike their words", action.DocDecision, []string{
			"06/07/2021 - Waste Collection", "Resolved", "",
			"(1) That the policies for separate food waste collection and paid garden waste (annex to the minutes) be approved.", "",
			"(2) That the plan for bringing in separate food waste collection and paid garden waste (annex to the minutes) be approved.",
		}, []string{
			"resolution|(1)|That the policies for separate food waste collection and paid garden waste (annex to the minutes) be approved.|",
			"resolution|(2)|That the plan for bringing in separate food waste collection and paid garden waste (annex to the minutes) be approved.|",
		}},
		{"a lead-in's first numbered clause that ends in a colon over its own roman list", action.DocDecision, []string{
			"08/03/2024 - Council Tax Premiums",
			"That Cabinet AGREED to recommend to Full Council to:",
			"1. Agree from 1 April 2024 to charge the premium for empty homes as the Act allows:",
			"i) 100% after one year", "ii) 200% after five years",
			"2. Agree to give owners of second homes a year's notice.",
		}, []string{
			"recommendation|1|Cabinet AGREED to recommend to Full Council to agree from 1 April 2024 to charge the premium for empty homes as the Act allows: (i) 100% after one year (ii) 200% after five years|",
			"recommendation|2|Cabinet AGREED to recommend to Full Council to agree to give owners of second homes a year's notice.|",
		}},
		{"recommendations 'agreed as follows:', the first with its own list numbered under it", action.DocMinutes, []string{
			"Members discussed the report.",
			"The group then turned to the report's recommendations, which were agreed as follows:",
			"(1) Recommend to Full Council that the strategy, which includes the following, be approved:",
			"1.1 The borrowing limits;", "1.2 The investment strategy.",
			"(2) Review the list of countries for investment.",
		}, []string{
			"recommendation|(1)|Recommend to Full Council that the strategy, which includes the following, be approved: 1.1 The borrowing limits; 1.2 The investment strategy.|",
			"resolution|(2)|Review the list of countries for investment.|",
		}},
		{"numbered 'That Council noted/instructed …' points with no label, the genre unread", "", []string{
			"Issue - decisions", "Strategy",
			"(1) That Council agreed the adoption of the Strategy.",
			"(2) That Council noted that savings were needed by April 2026.",
			"(3) That Council instructed the Executive Member for Finance to prepare savings options.",
		}, []string{
			"resolution|(1)|That Council agreed the adoption of the Strategy.|",
			"resolution|(2)|That Council noted that savings were needed by April 2026.|",
			"resolution|(3)|That Council instructed the Executive Member for Finance to prepare savings options.|",
		}},
		{"'considered and agreed' records a decision in a sentence", action.DocMinutes, []string{
			"8. Work programme",
			"The Committee considered and agreed its own work programme and the items listed for later meetings. It was noted that the plan would come back in March.",
		}, []string{
			"resolution|8|The Committee considered and agreed its own work programme and the items listed for later meetings.|",
		}},
		{"decisions numbered as a report's paragraphs, the first decided in a sentence", action.DocDecision, []string{
			"16/10/2019 - Town Centre Masterplan",
			"2.1 Cabinet approved the Town Centre Masterplan and the approach it sets out.",
			"2.2 Cabinet noted the results of the consultation.",
			"2.3 Cabinet noted the progress made on the bid for the high street fund.",
		}, []string{
			"resolution|2.1|Cabinet approved the Town Centre Masterplan and the approach it sets out.|",
			"resolution|2.2|Cabinet noted the results of the consultation.|",
			"resolution|2.3|Cabinet noted the progress made on the bid for the high street fund.|",
		}},
		{"a clause ending 'and in addition:' is followed by more decisions, not its parts", action.DocMinutes, []string{
			"RESOLVED:", "(a) that the minutes be noted;",
			"(b) that the report's recommendations be approved; and in addition:",
			"(i) that the flooding leaflet give the emergency numbers;", "(ii) that parish councils be asked to name a flood warden.",
		}, []string{
			"resolution|(a)|that the minutes be noted|",
			"resolution|(b)|that the report's recommendations be approved; and in addition:|",
			"resolution|(i)|that the flooding leaflet give the emergency numbers|",
			"resolution|(ii)|that parish councils be asked to name a flood warden.|",
		}},
		{"'Cabinet noted the appointments.' first and alone under 'Minutes:'", action.DocMinutes, []string{
			"4. Appointments", "Minutes:", "Cabinet noted the appointments.",
			"5. Budget", "Minutes:", "Cabinet noted that the budget was under pressure. The Leader thanked officers.",
		}, []string{
			"resolution|4|Cabinet noted the appointments.|",
		}},
		{"how the vote went, told before the decisions, decides nothing itself", action.DocMinutes, []string{
			"15 Annual Equality Report",
			"The recommendations were proposed and seconded and on being put to the vote were carried.",
			"(a) the annual report be noted;", "(b) the new policy be approved.",
		}, []string{
			"resolution|15(a)|the annual report be noted|",
			"resolution|15(b)|the new policy be approved.|",
		}},
		{"how the vote went on the report's recommendations, told over the decisions' label", action.DocMinutes, []string{
			"Parks Plan Progress", "",
			"Members welcomed the new wildflower verges.", "",
			"The recommendations as set out in the report were moved, seconded, voted on and carried.", "",
			"RESOLVED:", "",
			"1. That the progress report be approved.",
		}, []string{
			"resolution|1|That the progress report be approved.|",
		}},
		{"a lone decision set after a phrase, just before its reasons", action.DocDecision, []string{
			"14/03/2022 - Library Opening Hours",
			"Following the close of the consultation, to recommend to Council the adoption of the new opening hours.",
			"Reasons for Decision:", "The hours have not changed since 2009.",
		}, []string{
			"recommendation||Following the close of the consultation, to recommend to Council the adoption of the new opening hours.|",
		}},
		{"a clause with a verb of its own is no fronted phrase", action.DocDecision, []string{
			"14/03/2022 - Library Opening Hours",
			"Having been told of the consultation, to note the hours.",
			"Reasons for Decision:", "The hours have not changed since 2009.",
		}, nil},
		{"a body that has decided, its decisions lettered in the past participle", action.DocDecision, []string{
			"The Cabinet has", "",
			"(a) approved the project, to be funded from reserves; and", "",
			"(b) delegated the Corporate Director - Finance (Section 151), in consultation with the Leader, to make any consequential changes to budgets.",
		}, []string{
			"resolution|(a)|The Cabinet has approved the project, to be funded from reserves|",
			"resolution|(b)|The Cabinet has delegated the Corporate Director - Finance (Section 151), in consultation with the Leader, to make any consequential changes to budgets.|Corporate Director - Finance (Section 151)",
		}},
		{"web text whose line broke after 'the'", action.DocMinutes, []string{
			"RESOLVED that", "1) The Leisure Strategy and the", "Sports Pitch Strategy are endorsed; and",
			"2) Delegated authority be granted to the Head of Leisure to implement them.",
		}, []string{
			"resolution|(1)|The Leisure Strategy and the Sports Pitch Strategy are endorsed|",
			"resolution|(2)|Delegated authority be granted to the Head of Leisure to implement them.|Head of Leisure",
		}},
		{"a lead-in left alone and a vote that says nothing of the motion", action.DocMinutes, []string{
			"The Executive RESOLVED to RECOMMEND to Council that", "", "The proposal was carried unanimously.",
		}, nil},
		{"a subject alone under a label, its clauses lost", action.DocMinutes, []string{
			"RESOLVED: That the Board", "", "", "Apologies were received from Cllr Green.",
		}, nil},
		{"a resolution told impersonally, a body's delegation, and two who will act", action.DocMinutes, []string{
			"It was RESOLVED to approve the annual report.", "",
			"The Committee DELEGATED to the Scrutiny Manager the design of the final publication.", "",
			"The Chair and Vice-Chair will review the report and suggest any amendments.",
		}, []string{
			"resolution||It was RESOLVED to approve the annual report.|",
			"resolution||The Committee DELEGATED to the Scrutiny Manager the design of the final publication.|Scrutiny Manager",
			"commitment||The Chair and Vice-Chair will review the report and suggest any amendments.|The Chair;Vice-Chair",
		}},
		{"clauses lettered in capitals, the first on the label's line", action.DocMinutes, []string{
			"RESOLVED – that (A) the report be received; and", "",
			"(B) a further report on air quality be included in the new work programme.",
		}, []string{
			"resolution|(a)|the report be received|",
			"resolution|(b)|a further report on air quality be included in the new work programme.|",
		}},
		{"a web page's item title in capitals whose sentence goes on below it", action.DocMinutes, []string{
			"MINUTES OF THE PREVIOUS MEETING HELD May 3 2024", "were agreed as a correct record and duly signed.",
		}, []string{
			"resolution||MINUTES OF THE PREVIOUS MEETING HELD May 3 2024 were agreed as a correct record and duly signed.|",
		}},
		{"a lead naming its list with its colon lost, and what named bodies should do", action.DocMinutes, []string{
			"RESOLVED – that Cabinet endorse the following recommendations", "",
			"a) The Health & Wellbeing Board should ensure that the inequalities plan is refreshed in 2027.", "",
			"b) NHS partners should work with the Council on a shared prevention offer.",
		}, []string{
			"resolution|(a)|Cabinet endorse the following recommendations The Health & Wellbeing Board should ensure that the inequalities plan is refreshed in 2027.|Health & Wellbeing Board",
			"resolution|(b)|Cabinet endorse the following recommendations NHS partners should work with the Council on a shared prevention offer.|NHS partners",
		}},
		{"a label whose subject the clauses complete, the first clause with a list of its own", action.DocDecision, []string{
			"RESOLVED: that Cabinet",
			"a) Agree the parking fees for 2025-26. In addition, Cabinet agreed to implement:",
			"· Option B, to raise all fees by 10 percent;", "· Option C, to charge £1 an hour for long stays.",
			"b) Authorise the Head of Legal Services to publish the notice.",
		}, []string{
			"resolution|(a)|Cabinet agree the parking fees for 2025-26. In addition, Cabinet agreed to implement: Option B, to raise all fees by 10 percent; Option C, to charge £1 an hour for long stays.|",
			"resolution|(b)|Cabinet authorise the Head of Legal Services to publish the notice.|Head of Legal Services",
		}},
		{"a label alone after a decision's clause, and an effect foretold", action.DocMinutes, []string{
			"The Portfolio Holder thanked officers, adding that the expertise of the new team would reduce waiting times.",
			"RESOLVED that", "1) Members approve the business case for the new team.",
			"RECOMMENDED that",
		}, []string{
			"resolution|(1)|Members approve the business case for the new team.|",
		}},
		{"intentions and arrangements for a meeting, and a report requested", action.DocMinutes, []string{
			"It was the intention to submit a report on the market hall to the June meeting.",
			"", "The draft budget is to be submitted to the Scrutiny Panel for comment.",
			"", "A further report was requested for the next meeting.",
			"", "Councillor Ahmed will attend the next meeting to answer the questions submitted.",
		}, []string{
			"commitment||It was the intention to submit a report on the market hall to the June meeting.|",
			"commitment||The draft budget is to be submitted to the Scrutiny Panel for comment.|",
			"commitment||A further report was requested for the next meeting.|",
			"commitment||Councillor Ahmed will attend the next meeting to answer the questions submitted.|Councillor Ahmed",
		}},
		{"a recommendation labelled with whom it goes to", action.DocMinutes, []string{
			"Recommended to full Council: that the Council adopt the revised strategy.",
		}, []string{"recommendation||that the Council adopt the revised strategy.|"}},
		{"a label whose colon the page set on a line of its own", action.DocMinutes, []string{
			"RESOLVED", ":", "", "1. That the scrutiny report be received.", "2. That officers consider the responses and report back to the Executive.",
		}, []string{
			"resolution|1|That the scrutiny report be received.|",
			"resolution|2|That officers consider the responses and report back to the Executive.|officers",
		}},
		{"what it was agreed by a body should be done", action.DocMinutes, []string{
			"It was also agreed by the Board that the changes should be made before its next meeting.",
			"It was agreed there would be a further discussion of the allocation scheme.",
		}, []string{
			"commitment||It was also agreed by the Board that the changes should be made before its next meeting.|",
			"commitment||It was agreed there would be a further discussion of the allocation scheme.|",
		}},
		{"a body's decisions, one a sentence, in one paragraph", action.DocMinutes, []string{
			"The Board agreed to keep its meetings to two strategic discussions. The Board also agreed with shorter presentations.",
		}, []string{
			"resolution||The Board agreed to keep its meetings to two strategic discussions.|",
			"resolution||The Board also agreed with shorter presentations.|",
		}},
		{"someone named to be invited, the inviter unnamed", action.DocMinutes, []string{
			"Dr Jo Ash to be invited to future agenda setting meetings.",
			"Documents to be considered",
		}, []string{"commitment||Dr Jo Ash to be invited to future agenda setting meetings.|"}},
		{"a lead-in's 'That' alone on its line is no item", action.DocDecision, []string{
			"Decisions:", "Resolved to RECOMMEND: (to Council)", "That", "(1) the draft plan be approved for consultation;", "(2) the priorities be adopted.",
		}, []string{
			"resolution|(1)|the draft plan be approved for consultation|",
			"resolution|(2)|the priorities be adopted.|",
		}},
		{"a subjunctive decision that its points complete", action.DocDecision, []string{
			"Decision:", "That the Scheme of Delegation to Officers be updated to:-", "(a) replace 'Executive Head' with 'Strategic Director'; and", "(b) include a new delegation to Assistant Directors.",
		}, []string{
			"resolution|(a)|the Scheme of Delegation to Officers be updated to replace 'Executive Head' with 'Strategic Director'|",
			"resolution|(b)|the Scheme of Delegation to Officers be updated to include a new delegation to Assistant Directors.|",
		}},
		{"an officer's decision told in the present perfect on its decision page; the council's background is not", action.DocDecision, []string{
			"Approval of the sub-delegation scheme", "The Director of Public Health has approved the sub-delegation scheme attached as Appendix 1.",
			"The Council with its partners has agreed an approach to prevention.",
		}, []string{"resolution||The Director of Public Health has approved the sub-delegation scheme attached as Appendix 1.|"}},
		{"numbered decisions under a lead naming amendments are each a decision", action.DocDecision, []string{
			"Recommendations approved, subject to the following amendments to recommendations (2) and (3):",
			"(2) That officers be requested to report in the final quarter on the items below target.",
			"(3) That the responses to the issues raised be agreed.",
		}, []string{
			"resolution||Recommendations approved, subject to the following amendments to recommendations (2) and (3):|",
			"resolution|(2)|That officers be requested to report in the final quarter on the items below target.|officers",
			"resolution|(3)|That the responses to the issues raised be agreed.|",
		}},
		{"decision clauses just before the form's reasons, their label lost", action.DocReport, []string{
			"The Leader said she would be open to amendments.",
			"To note the feedback received from Scrutiny;", "That the Digital Strategy be adopted; and", "That an update be presented to Cabinet in a year.",
			"Reason for Decision:", "The council has been on a digital journey.",
		}, []string{
			"resolution||To note the feedback received from Scrutiny|",
			"resolution||That the Digital Strategy be adopted|",
			"resolution||That an update be presented to Cabinet in a year.|",
		}},
		{"a short lead-in left with no points is no item", action.DocMinutes, []string{
			"Cabinet RECOMMENDED that Council:",
		}, nil},
		{"a label with its condition ending in a dash heads its clauses", action.DocMinutes, []string{
			"RESOLVED - subject to advice from Legal -", "i) That the four Scrutiny Panels be established;", "ii) That the Terms of Reference be approved.",
		}, []string{
			"resolution|(i)|That the four Scrutiny Panels be established|",
			"resolution|(ii)|That the Terms of Reference be approved.|",
		}},
		{"a role named with a dash says she would act", action.DocMinutes, []string{
			"Members discussed missed bin collections. The Portfolio Holder – Environment advised she would take up these matters with the Head of Street Scene.",
		}, []string{"commitment||The Portfolio Holder – Environment advised she would take up these matters with the Head of Street Scene.|The Portfolio Holder – Environment"}},
		{"a decision in the present passive under its label; the reasons make none", action.DocDecision, []string{
			"Decision", "The updated Grant Policy as set out in Appendix 1 is approved.",
			"Reasons for decision:", "There is an urgent need to agree this so that:", "• Funding reaches businesses in need as soon as possible.", "• All funding is spent by 31 March.",
			"Background papers:", "The report.",
		}, []string{"resolution||The updated Grant Policy as set out in Appendix 1 is approved.|"}},
		{"a decision after the circumstances it was taken in, and the undertaking told after it", action.DocMinutes, []string{
			"Due to the lateness of the day, at the suggestion of the Mayor, Council agreed that written answers be given to all the questions. These would be circulated by e-mail to all Members.",
		}, []string{
			"resolution||Due to the lateness of the day, at the suggestion of the Mayor, Council agreed that written answers be given to all the questions.|",
			"commitment||These would be circulated by e-mail to all Members.|",
		}},
		{"members invited to suggest agenda items", action.DocMinutes, []string{
			"Members of the Board are invited to suggest future agenda items.",
		}, nil},
		{"'Agreed that' opening a paragraph of minutes decides", action.DocMinutes, []string{
			"The Lead Officer reported that the Board had been asked to take part in research.",
			"Agreed that the Board take part in the research into Health and Wellbeing Boards.",
		}, []string{"resolution||that the Board take part in the research into Health and Wellbeing Boards.|"}},
		{"'Agreed that' as a point of a lead-in's list stays a point", action.DocDecision, []string{
			"Decision:", "The Cabinet:", "1.1 Agreed that the Council would not renew the grant.", "1.2 Acknowledged the offer of the Credit Union.",
		}, []string{
			"resolution|1.1|The Cabinet Agreed that the Council would not renew the grant.|",
			"resolution|1.2|The Cabinet Acknowledged the offer of the Credit Union.|",
		}},
		{"a numbered title in title case heads the minute under it, a decision in capitals", action.DocMinutes, []string{
			"3. Declarations of interest.", "None.", "",
			"4. Acceptance of Minutes from 12 November 2024", "The minutes were ACCEPTED.",
		}, []string{"resolution|4|The minutes were ACCEPTED.|"}},
		{"the same words decided under two numbered items are two decisions", "", []string{
			"2. Stadium Event Postponement - Report by the Director of Finance.", "The recommendations were approved.",
			"3. Land Disposals Programme - Report by the Director of Regeneration.", "The recommendations were approved.",
		}, []string{
			"resolution|2|The recommendations were approved.|",
			"resolution|3|The recommendations were approved.|",
		}},
		{"a person named and then elected, appointed or co-opted is a resolution wherever the clause stands", action.DocMinutes, []string{
			"1. Apologies were received from Cllr Dunn.", "",
			"2. Election of Chair – Cllr Mrs Pike was elected Chair for the coming year.", "",
			"3. Working groups", "",
			"Footways – Peter Hale was co-opted.", "",
			"Offers were sought and Cllr J Rowe was elected as Vice Chair - proposed by Cllr Dunn, seconded by Cllr Pike.", "",
			"4. Officers", "",
			"Secretary: KT was appointed", "",
			"The following office-bearers were appointed: Chair Ann Lowe, Treasurer Ben Fry.", "",
			"5. The Clerk reported that a contractor was appointed to clear the drains.", "",
			"6. Mr Wills thanked the council; he was elected to the county council in 2019.",
		}, []string{
			"resolution|2|Election of Chair – Cllr Mrs Pike was elected Chair for the coming year.|",
			"resolution|3|Footways – Peter Hale was co-opted.|",
			"resolution|3|Offers were sought and Cllr J Rowe was elected as Vice Chair - proposed by Cllr Dunn, seconded by Cllr Pike.|",
			"resolution|4|Secretary: KT was appointed|",
			"resolution|4|The following office-bearers were appointed: Chair Ann Lowe, Treasurer Ben Fry.|",
		}},
		{"'Resolved to elect …' decides, its full stop lost; 'To elect the Chair:' over a record is the item's title", action.DocMinutes, []string{
			"12/21 Apologies were received from Cllr Dunn.", "",
			"13/21 To confirm the election of Cllr Ruth Ames as Chair", "",
			"Resolved to elect Cllr Ames", "",
			"14/21 To elect the Vice-Chair: Cllr Ames proposed Cllr Dunn, Cllr Lowe seconded and all agreed. Cllr Dunn signed the declaration of office.",
		}, []string{
			"resolution|13/21|Resolved to elect Cllr Ames|",
			"resolution|14/21|To elect the Vice-Chair: Cllr Ames proposed Cllr Dunn, Cllr Lowe seconded and all agreed.|",
		}},
		{"a thing put before the meeting and approved in one breath is its record; one approved by another body is not", action.DocMinutes, []string{
			"7. Clerk's report", "",
			"The Clerk's report was presented and approved.", "",
			"8. Local plan", "",
			"The District's plan was presented to members and approved by Cabinet in March.",
		}, []string{
			"resolution|7|The Clerk's report was presented and approved.|",
		}},
		{"a plan's targets lettered 'a.' under a short title are its points, 'l.To …' with its space lost among them", action.DocOther, []string{
			"Targets for 2026-27", "",
			"Work under way", "",
			"a. Keep the village hall booking system under review", "",
			"b. Carry out a yearly inspection of benches and bus shelters", "",
			"c. Press the county on the state of the footways", "",
			"d.To build reserves to half the precept over four years",
		}, []string{
			"commitment|(a)|Keep the village hall booking system under review|",
			"commitment|(b)|Carry out a yearly inspection of benches and bus shelters|",
			"commitment|(c)|Press the county on the state of the footways|",
			"commitment|(d)|To build reserves to half the precept over four years|",
		}},
		{"a lettered run goes on through a clause that leaves off ('… thanked by'), not under it", action.DocMinutes, []string{
			"9. The work of two volunteers was thanked by", "",
			"a. Mr Hart for the planters", "",
			"b. Mrs Quill for the newsletter",
		}, nil},
		{"'You can trust us to:' promises its points, as 'We will:' does, its lead carried into each", action.DocOther, []string{
			"Our service standards", "",
			"Fair treatment. You can trust us to:", "",
			"• Reply to letters within ten working days.", "",
			"• Explain our decisions clearly.",
		}, []string{
			"commitment||You can trust us to Reply to letters within ten working days.|",
			"commitment||You can trust us to Explain our decisions clearly.|",
		}},
		{"a decision split inside a name, then 'as follows:' over points each in the infinitive: each point a decision; reasons 'as follows' stay one", action.DocDecision, []string{
			"RESOLVED:",
			"That, so far as the law allows, the Cabinet agrees that the Local",
			"Parking Permit Scheme be changed from 1 May 2027 as follows:",
			"(i) To withdraw the second permit for new households;",
			"(ii) To cap visitor permits at 50 a year; and",
			"(iii) To offer a discount to electric vehicles.",
			"Reasons for the decision",
			"The Cabinet gave its reasons as follows:",
			"(a) demand for spaces has grown;",
			"(b) the scheme's costs have risen.",
		}, []string{
			"resolution|(i)|To withdraw the second permit for new households|",
			"resolution|(ii)|To cap visitor permits at 50 a year|",
			"resolution|(iii)|To offer a discount to electric vehicles.|",
		}},
		{"minutes numbered with committee letters and year ('B24/031'), one glued to its title: each decision under its minute's number", action.DocMinutes, []string{
			"B24/030 APOLOGIES",
			"None were received.",
			"B24/031 MINUTES OF THE LAST MEETING",
			"It was RESOLVED to confirm the minutes of the meeting held on 3 May.",
			"B24/032BENCH REPAIRS",
			"It was RESOLVED to accept the lower quote for the repairs.",
		}, []string{
			"resolution|B24/031|It was RESOLVED to confirm the minutes of the meeting held on 3 May.|",
			"resolution|B24/032|It was RESOLVED to accept the lower quote for the repairs.|",
		}},
		{"'… proposed and … seconded and it was Resolved (unanimously)' with no colon, over numbered points: each point a decision, nothing carried", action.DocOther, []string{
			"41 Play Area Renewal PDF 120 KB",
			"To receive the report of the Director.",
			"Additional documents:",
			"1. To accept the grant of £40,000 for the play areas.",
			"2. To go on to design and build the new equipment.",
			"The Executive Member (Leisure), Councillor Reed presented the report on the play areas.",
			"Members noted the state of the old equipment and supported the grant.",
			"The Executive Member (Leisure), Councillor Reed proposed and the Executive Member (Parks and Open Spaces), Councillor Shaw seconded and it was Resolved (unanimously)",
			"1. To accept the grant of £40,000 for the play areas.",
			"2. To go on to design and build the new equipment.",
		}, []string{
			"resolution|1|To accept the grant of £40,000 for the play areas.|",
			"resolution|2|To go on to design and build the new equipment.|",
		}},
		{"a report's lead-in with its colon set before 'That' ('… to recommend: That' over '1. …'): the point a recommendation", action.DocReport, []string{
			"Purpose of Report", "",
			"This report asks the Housing Advisory Committee to recommend: That", "",
			"1.   The Empty Homes Action Plan 2026-2030 be adopted by the Cabinet Member for Housing.",
		}, []string{
			"recommendation|1|This report asks the Housing Advisory Committee to recommend that The Empty Homes Action Plan 2026-2030 be adopted by the Cabinet Member for Housing.|",
		}},
		{"two recommendations in one paragraph, each a sentence opening 'THAT', in capitals: each its own", action.DocReport, []string{
			"RECOMMENDATIONS:",
			"THAT MEMBERS NOTE THE PROGRESS MADE ON THE PARKS PLAN. THAT LEAD MEMBERS HAVE REGARD TO THE PLAN IN THEIR TALKS WITH SERVICES.",
			"EXECUTIVE SUMMARY:",
			"The plan was agreed in May.",
		}, []string{
			"recommendation||THAT MEMBERS NOTE THE PROGRESS MADE ON THE PARKS PLAN.|",
			"recommendation||THAT LEAD MEMBERS HAVE REGARD TO THE PLAN IN THEIR TALKS WITH SERVICES.|",
		}},
		{"a lead-in whose colon was typed as a semicolon ('… having undertaken to;') over bullets: each bullet a decision", action.DocOther, []string{
			"Village Council Resolution on Nature Recovery", "",
			"To achieve this aim, we resolve to set up a nature group that will report back to this council in six months' time having undertaken to;",
			"• Agree its terms of reference and a timetable;",
			"• Map the parish's verges, hedges and ponds;",
			"• Call on the district council to fund new hedges.", "",
		}, []string{
			"resolution||Agree its terms of reference and a timetable|",
			"resolution||Map the parish's verges, hedges and ponds|",
			"resolution||Call on the district council to fund new hedges.|",
		}},
		{"'…, we:' leads in what the authors do, each point whole", action.DocOther, []string{
			"Overall Goals of the Council", "",
			"The purpose of the Council is to promote the good of the village, now and for the future. In order to do this, we:", "",
			"1. Represent and champion, above all with the district, the village's interests;",
			"2. Provide open and fair running of the hall and the playing field.",
		}, []string{
			"commitment|1|Represent and champion, above all with the district, the village's interests;|",
			"commitment|2|Provide open and fair running of the hall and the playing field.|",
		}},
		{"an item told as title, dash and outcome is what the meeting did, the outcome's verb last; one to come or told of the past is not", action.DocMinutes, []string{
			"3. Apologies – None", "",
			"4. Minutes of 2 March – Approved and signed", "",
			"5. Hall lettings – the new rates were discussed and a deposit of £50 agreed.", "",
			"6. Play area – repairs to be agreed at the next meeting", "",
			"7. Finance. Payments were listed in the schedule.", "",
			"a. bank reconciliation – checked and approved", "",
			"b. grass cutting contract – had been approved in 2023",
		}, []string{
			"resolution|4|Minutes of 2 March – Approved and signed|",
			"resolution|5|Hall lettings – the new rates were discussed and a deposit of £50 agreed.|",
			"resolution|7(a)|bank reconciliation – checked and approved|",
		}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestContactLineEnds: a paper's contact line, however long, is not run
// into the lead-in printed on the line after it.
func TestContactLineEnds(t *testing.T) {
	lines := []string{
		"Contact Officer: Jo Bell, Head of Housing Services, Tel: 01234 567890",
		"The Cabinet Member for Housing is RECOMMENDED to:",
		"(a) note the report;",
		"(b) ask the Head of Housing Services to report back in March.",
	}
	expectItems(t, Find(doc(false, lines...), nil, Options{Genre: action.DocReport}), showKindRefActionOwner, []string{
		"recommendation|(a)|The Cabinet Member for Housing is RECOMMENDED to note the report|",
		"recommendation|(b)|The Cabinet Member for Housing is RECOMMENDED to ask the Head of Housing Services to report back in March.|Head of Housing Services",
	})
}

// FuzzFind reads arbitrary lines as each kind of paper: the rules never
// panic, and every item they give has words.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"RESOLVED that:\n1. the public minutes; and\n2. the confidential minutes\nof the meeting held on 12 May be confirmed.",
		"Decision:\nRESOLVED: That Cabinet;\n1. Approved the plan, and\n2. Delegated to the Chief Executive final approval",
		"The following decisions have today been approved:\n·\n£2m for play areas\n·\nA lease for the orchard.",
		"Our priorities for the future\n1. Green spaces\n• Plant 200 trees\n• Better parks",
		"41/22 – MINUTES: The Minutes of the meeting were approved.\nContent: 1. To note the guidance. 2. To delegate authority to the Head.",
		"R E S O L V E D – that:\nA. a survey be undertaken.\nB. the results be reported.",
		"RESOLVED that the Cabinet recommend that Council\n(i) consider the list;\n(ii) approve it.",
		"7. Clerk's report\nThat the Clerk's report be noted.\nThe Clerk's report was presented and approved.",
		// A plan's table run into one line; clauses in small letters run on.
		"PLAN Priority Ref Action Update 1 Mend the gates at the park. Done in May. 2 Cut the hedges The contract was let. 3 Paint",
		"Recommendation(s): That Cabinet: a) adopts the plan b) allows the Group to confirm members",
		"Resolved:\nThe Harbour Board\n(i) Noted the report\n(ii) Endorsed the plan",
	} {
		f.Add(s)
	}
	genres := []string{"", action.DocMinutes, action.DocDecision, action.DocReport, action.DocOther}
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		for _, g := range genres {
			for _, a := range Find(doc(false, lines...), nil, Options{Genre: g, Date: "2026-05-01"}) {
				if strings.TrimSpace(a.Action) == "" {
					t.Fatalf("genre %q: an item without words: %+v", g, a)
				}
			}
		}
	})
}

// TestPlanPageParagraphs: on a page titled as an action plan, paragraphs
// in the imperative are its actions under the short line above them; a
// paragraph that opens with a noun ("Work has taken place …", "Report to
// the Committee …") and a minutes page with the same words are not.
func TestPlanPageParagraphs(t *testing.T) {
	lines := []string{
		"Physical Activity", "",
		"Support and promote the weight management services in the borough, including referrals from GPs.", "",
		"Continue to support the health checks campaign, working towards the targets set for the year.", "",
		"Work has taken place to identify the current activity across the partnership and its members.", "",
		"Report to the Health and Wellbeing Board on the progress made against each of these actions.",
	}
	expectItems(t, Find(doc(true, lines...), nil, Options{Title: "Health and Wellbeing Action Plan"}), kindThemeAction, []string{
		"commitment|Physical Activity|Support and promote the weight management services in the borough, including referrals from GPs.",
		"commitment|Physical Activity|Continue to support the health checks campaign, working towards the targets set for the year.",
	})
	expectItems(t, Find(doc(true, lines...), nil, Options{Title: "Health and Wellbeing Action Plan", Genre: action.DocMinutes}), kindThemeAction, nil)
}

// TestPlanPointShapes: on a page named a plan, runs of lines of one
// shape are its points though none says "will" or carries a bullet —
// lines in lower case opening with a verb, as a table copied a cell a
// line leaves them (the same shape elsewhere on the page too, a line the
// wrap or a comma carries on joined); numbered parts in the imperative
// with nothing under them, the short heading over each group their
// theme; projects set as paragraphs opening with an "-ing" form (on any
// page under a lead-in naming projects to come). A page
// not named a plan, lines of prose the wrap broke, parts named with a
// noun and a phrase set before its sentence give none.
func TestPlanPointShapes(t *testing.T) {
	show := func(a action.Action) string { return a.Ref + "|" + a.Kind + "|" + a.Theme + "|" + a.Action }
	cells := []string{
		"Parish Council",
		"Parish Council",
		"Footpath Group",
		"Parish Council",
		"review the play area fencing each spring",
		"to repair the benches by the pond",
		"the tree warden to survey the verges",
		"publish a leaflet of the village walks,",
		"showing the stiles and gates",
		"", "",
		"Parish Council",
		"to seek a grant for the hall roof",
		"", "",
		"The clerk keeps the plan and reports on it to the council each",
		"year; members will agree the changes and",
		"publish the plan again.",
	}
	page := append([]string{"Village Action Plan", ""}, cells...)
	expectItems(t, Find(doc(false, page...), nil, Options{Title: "Village Action Plan", PlanOfWork: true}), func(a action.Action) string {
		return show(a) + "|" + strings.Join(a.Owner, ";")
	}, []string{
		"|commitment|Village Action Plan|review the play area fencing each spring|Parish Council",
		"|commitment|Village Action Plan|to repair the benches by the pond|Parish Council",
		"|commitment|Village Action Plan|the tree warden to survey the verges|Footpath Group",
		"|commitment|Village Action Plan|publish a leaflet of the village walks, showing the stiles and gates|Parish Council",
		"|commitment|Village Action Plan|to seek a grant for the hall roof|Parish Council",
	})
	// A heading over a run, a blank line between, names no one; a cell
	// set a blank line over a run does, where the page sets it straight
	// above another run too.
	headed := []string{"Village Action Plan", "",
		"Parish Council",
		"review the bus shelter each spring",
		"repair the benches by the pond",
		"publish a leaflet of the village walks", "", "",
		"Parks and Open Spaces", "",
		"clear the ditch along the lane",
		"review the stiles by the church",
		"publish a map of the walks", "", "",
		"Parish Council", "",
		"to seek a grant for the hall roof",
	}
	expectItems(t, Find(doc(false, headed...), nil, Options{Title: "Village Action Plan", PlanOfWork: true}), func(a action.Action) string {
		return a.Action + "|" + strings.Join(a.Owner, ";")
	}, []string{
		"review the bus shelter each spring|Parish Council",
		"repair the benches by the pond|Parish Council",
		"publish a leaflet of the village walks|Parish Council",
		"clear the ditch along the lane|",
		"review the stiles by the church|",
		"publish a map of the walks|",
		"to seek a grant for the hall roof|Parish Council",
	})
	expectItems(t, Find(doc(false, append([]string{"Village Appraisal", ""}, cells...)...), nil, Options{Title: "Village Appraisal"}), show, []string{
		"|commitment|Village Appraisal|Parish Council to seek a grant for the hall roof",
	})
	parts := []string{
		"Reading for everyone", "",
		"Aim 1: Extend opening hours at the branch libraries", "",
		"Aim 2: Offer reading groups for older residents", "",
		"Digital skills", "",
		"Aim 3: Train volunteers to help people with computers", "",
		"Aim 4: Provide tablets to people with no internet at home", "",
		"Reporting", "",
		"Progress is reported to the library board twice a year.",
	}
	expectItems(t, Find(doc(true, parts...), nil, Options{Title: "Library Action Plan", PlanOfWork: true}), show, []string{
		"1|commitment|Reading for everyone|Extend opening hours at the branch libraries",
		"2|commitment|Reading for everyone|Offer reading groups for older residents",
		"3|commitment|Digital skills|Train volunteers to help people with computers",
		"4|commitment|Digital skills|Provide tablets to people with no internet at home",
	})
	expectItems(t, Find(doc(true,
		"Aim 1: Opening hours at the branch libraries", "",
		"Aim 2: Reading groups for older residents", "",
		"Aim 3: Volunteers who help people with computers",
	), nil, Options{Title: "Library Action Plan", PlanOfWork: true}), show, nil)
	projects := []string{
		"The council held two workshops to choose its projects for the next three years.", "",
		"Parking – asking the county council to paint lines outside the school gates at last.", "",
		"Improving the village hall by replacing the windows, insulating the roof and adding a ramp.", "",
		"Extending the allotments so that every household on the waiting list can have a plot soon.",
	}
	expectItems(t, Find(doc(true, projects...), nil, Options{Title: "Our Parish Plan", PlanOfWork: true}), show, []string{
		"|commitment|Our Parish Plan|Parking – asking the county council to paint lines outside the school gates at last.",
		"|commitment|Our Parish Plan|Improving the village hall by replacing the windows, insulating the roof and adding a ramp.",
		"|commitment|Our Parish Plan|Extending the allotments so that every household on the waiting list can have a plot soon.",
	})
	projects[2] = "Following the workshops in the spring, a youth group was formed to run the projects."
	expectItems(t, Find(doc(true, projects...), nil, Options{Title: "Our Parish Plan", PlanOfWork: true}), show, nil)
	// On any page, two or more such paragraphs under a lead-in naming
	// projects still to come; not under one naming projects done.
	ahead := []string{
		"The council has two projects planned for the coming year. These are:", "",
		"planting a row of fruit trees along the edge of the recreation ground by the brook.", "",
		"aiming to open a small library in the old telephone box once the repairs are done.",
	}
	expectItems(t, Find(doc(true, ahead...), nil, Options{}), show, []string{
		"|commitment||planting a row of fruit trees along the edge of the recreation ground by the brook.",
		"|commitment||aiming to open a small library in the old telephone box once the repairs are done.",
	})
	ahead[0] = "The projects the council finished last year were:"
	expectItems(t, Find(doc(true, ahead...), nil, Options{}), show, nil)
}

// TestPartLabelTheme: in a town plan whose sections each say "THE ISSUES"
// and "ACTIONS", the actions' theme is the section's own short heading
// above the part label, its style lost, not the label.
func TestPartLabelTheme(t *testing.T) {
	lines := []string{
		"Village Plan", "",
		"Transport & Travel", "",
		"THE ISSUES", "",
		"• Too few buses on Sundays", "",
		"ACTIONS", "",
		"• Lobby the county for a Sunday bus service", "",
		"• Investigate a community minibus scheme",
	}
	expectItems(t, Find(doc(true, lines...), nil, Options{Title: "Village Plan", PlanOfWork: true}), kindThemeAction, []string{
		"commitment|Transport & Travel|Lobby the county for a Sunday bus service",
		"commitment|Transport & Travel|Investigate a community minibus scheme",
	})
}

// TestPlanPageBullets: on a page titled as an action plan, a bullet under an
// area's heading that says what is to be done — in the imperative, or that
// something should be or needs to be done, or in the infinitive — is one
// of its actions; a bullet naming a thing, a short one, one to be noted
// and the same bullets in minutes are not.
// TestProjectPlanSteps: a project plan's stages list its steps as
// bullets in the imperative, verbs plans are written in among them
// ("Publicise …") and ones with their preposition ("Decide on …").
func TestProjectPlanSteps(t *testing.T) {
	lines := []string{
		"Stage 1", "", "Getting started (Complete)", "",
		"• Publicise the plan to residents and local groups", "",
		"• Decide on the boundary of the plan area", "",
		"• Recruit members for the steering group", "",
		"• The parish newsletter", "",
	}
	show := func(a action.Action) string { return a.Kind + "|" + a.Action }
	expectItems(t, Find(doc(true, lines...), nil, Options{Title: "The Project Plan"}), show, []string{
		"commitment|Publicise the plan to residents and local groups",
		"commitment|Decide on the boundary of the plan area",
		"commitment|Recruit members for the steering group",
	})
	// Under "Stage N" each short line is a step, whatever its grammar; a
	// line over bullets names the stage and says how its steps stand; a
	// line saying when the stage began, or prose, is no step.
	lines = []string{
		"Stage 1", "", "Getting started (Complete)", "",
		"• Agree the plan area with the district", "",
		"• Parish council sets up a working party", "",
		"Stage 2", "",
		"Started March 2019", "",
		"Drafting the policies.", "",
		"Public consultation on the draft.", "",
		"The timetable below shows where the work has reached. Each stage takes some months.", "",
		"Thank you for reading.", "",
	}
	show = func(a action.Action) string { return a.Status + "|" + a.Action }
	expectItems(t, Find(doc(true, lines...), nil, Options{Title: "Project Plan"}), show, []string{
		"complete|Agree the plan area with the district",
		"complete|Parish council sets up a working party",
		"|Drafting the policies.",
		"|Public consultation on the draft.",
	})
}

func TestPlanPageBullets(t *testing.T) {
	lines := []string{
		"Improvement areas and actions", "",
		"Records management", "",
		"• refresh the retention schedule for all service areas", "",
		"• guidance on shared drives should be rewritten for staff", "",
		"• our information asset register", "",
		"• train new starters", "",
		"• negotiate the lease of the pavilion with the club", "",
		"Complaints", "",
		"• a single route for logging complaints needs to be established", "",
		"• To answer every letter within ten working days", "",
		"• To note the clerk's report each month",
	}
	expectItems(t, Find(doc(true, lines...), nil, Options{Title: "Governance Action Plan"}), kindThemeAction, []string{
		"commitment|Records management|refresh the retention schedule for all service areas",
		"commitment|Records management|guidance on shared drives should be rewritten for staff",
		"commitment|Records management|negotiate the lease of the pavilion with the club",
		"commitment|Complaints|a single route for logging complaints needs to be established",
		"commitment|Complaints|To answer every letter within ten working days",
	})
	expectItems(t, Find(doc(true, lines...), nil, Options{Title: "Governance Action Plan", Genre: action.DocMinutes}), kindThemeAction, nil)
	// Under a lead-in that tells what was aimed at before, the bullets
	// are no plan's actions.
	expectItems(t, Find(doc(true,
		"The aims of the review were to:", "",
		"- Identify the local problems and the chances to overcome them", "",
		"- Deliver a plan to achieve the vision of the town",
	), nil, Options{Title: "Community Implementation Plan 2023-2028"}), kindThemeAction, nil)
}

// TestCouncilObjectives: a council's objectives for years to come, named
// under its own name ("Town Council Objectives 2018-2021"), head points in
// the infinitive as its commitments, under the heading or a short lead-in
// as their theme.
func TestCouncilObjectives(t *testing.T) {
	show := kindAction
	expectItems(t, Find(doc(true,
		"Town Council Objectives 2018-2021", "",
		"The council has set objectives under three themes:", "",
		"• To make its procedures simpler and quicker", "",
		"• To provide good parks and sports pitches for everyone",
	), nil, Options{}), show, []string{
		"commitment|To make its procedures simpler and quicker",
		"commitment|To provide good parks and sports pitches for everyone",
	})
	// A lead-in ending in a colon heads its points as their theme; one
	// told as a sentence, its subject and verb in it, leaves them the
	// heading above.
	theme := func(a action.Action) string { return a.Action + "|" + a.Theme }
	expectItems(t, Find(doc(true,
		"Town Council Objectives 2018-2021", "",
		"The parish council has chosen a dozen aims for the coming years, sorted into four groups:", "",
		"• To make its procedures simpler and quicker", "",
		"Our places:", "",
		"• To provide good parks and sports pitches for everyone",
	), nil, Options{}), theme, []string{
		"To make its procedures simpler and quicker|Town Council Objectives 2018-2021",
		"To provide good parks and sports pitches for everyone|Our places",
	})
	// With no heading read above it but the paper's title, the lead-in
	// is the best name the points have.
	expectItems(t, Find(doc(true,
		"Town Council Objectives 2018-2021", "",
		"The parish council has chosen a dozen aims for the coming years, sorted into four groups:", "",
		"• To make its procedures simpler and quicker",
	), nil, Options{Title: "Town Council Objectives 2018-2021"}), theme, []string{
		"To make its procedures simpler and quicker|The parish council has chosen a dozen aims for the coming years, sorted into four groups",
	})
}

// TestAimsLeadSentence: a sentence whose subject is the points after it,
// named as aims ("These aims and objectives are …"), leads them in though
// no colon ends it; aims that were met lead in nothing.
func TestAimsLeadSentence(t *testing.T) {
	show := kindAction
	expectItems(t, Find(doc(true,
		"Our Aims", "",
		"These aims and objectives are either new, under way or ongoing.", "",
		"1. Allotments", "",
		"a. To survey every plot before the spring", "",
		"b. To draw up a yearly list of repairs with dates", "",
	), nil, Options{}), show, []string{
		"commitment|To survey every plot before the spring",
		"commitment|To draw up a yearly list of repairs with dates",
	})
	expectItems(t, Find(doc(true,
		"Our Aims", "",
		"These aims and objectives were met in the last year.", "",
		"1. Allotments", "",
		"a. To survey every plot before the spring", "",
		"b. To draw up a yearly list of repairs with dates", "",
	), nil, Options{}), show, nil)
}

// TestPromiseUnderHeadings: "<post> will:" over short headings, each over
// bullets, promises every bullet (the post its owner, the heading its
// theme); a bullet ending in a colon is one of them, and bullets set in
// under it are its parts.
func TestPromiseUnderHeadings(t *testing.T) {
	d := layout.Doc{Flowing: true}
	for _, l := range []struct {
		text   string
		indent float64
	}{
		{"Audit charter", 0}, {"", 0},
		{"The Head of Audit will:", 0}, {"", 0},
		{"Strategy", 0}, {"", 0},
		{"• Develop and maintain an audit strategy", 10},
		{"• Review the strategy each year with the committee", 10}, {"", 0},
		{"Planning", 0}, {"", 0},
		{"• Agree an audit budget sufficient to meet:", 10},
		{"• this charter", 20},
		{"• the audit plan", 20},
		{"• Present the audit plan to the committee for approval", 10},
	} {
		d.Lines = append(d.Lines, layout.Line{Text: l.text, Indent: l.indent})
	}
	show := func(a action.Action) string {
		return a.Kind + "|" + a.Theme + "|" + a.Action + "|" + strings.Join(a.Owner, ";")
	}
	expectItems(t, Find(d, nil, Options{}), show, []string{
		"commitment|Strategy|The Head of Audit will Develop and maintain an audit strategy|The Head of Audit",
		"commitment|Strategy|The Head of Audit will review the strategy each year with the committee|The Head of Audit",
		"commitment|Planning|The Head of Audit will agree an audit budget sufficient to meet: • this charter • the audit plan|The Head of Audit",
		"commitment|Planning|The Head of Audit will Present the audit plan to the committee for approval|The Head of Audit",
	})
}

// TestPlannedParagraphs: under a heading that names what the authors plan
// to do, each paragraph in the imperative is an action of theirs —
// opening with an adverb or a phrasal verb too — and the background
// around them is not; a short line after such an action, its table
// flattened a cell a line, gives the action's owner or date, and a
// measure of success heads nothing. A title's words under "Forward Plan"
// are no action.
func TestPlannedParagraphs(t *testing.T) {
	show := func(a action.Action) string {
		return a.Kind + "|" + a.Theme + "|" + strings.Join(a.Owner, "+") + "|" + a.Due + "|" + a.Action
	}
	expectItems(t, Find(doc(true,
		"What we plan to do", "",
		"A partnership board brings together the voluntary, public and private sectors to agree a shared approach.", "",
		"Build on the work with tenants' groups to find local venues for cookery and growing sessions.", "",
		"Further develop the partnership with the leisure trust to widen take-up among older residents.", "",
		"Strengthen the ongoing work with employers to promote active travel among their staff.", "",
		"The change of responsibility gives a chance to work across planning and licensing teams.",
	), nil, Options{}), show, []string{
		"commitment|What we plan to do|||Build on the work with tenants' groups to find local venues for cookery and growing sessions.",
		"commitment|What we plan to do|||Further develop the partnership with the leisure trust to widen take-up among older residents.",
		"commitment|What we plan to do|||Strengthen the ongoing work with employers to promote active travel among their staff.",
	})
	expectItems(t, Find(doc(true,
		"Priority 2", "",
		"Review, test and refresh the allocations policy with partner landlords and tenants' panels", "",
		"Allocations Manager / Lettings Officer", "",
		"By March 2026", "",
		"Fewer refusals of offers made", "",
		"Publish clear advice on the council's website about the options open to applicants", "",
		"Customer Services Manager", "",
	), nil, Options{Title: "Allocations Action Plan", Date: "2025-04-01"}), show, []string{
		"commitment|Priority 2|Allocations Manager+Lettings Officer|2026-03-31|Review, test and refresh the allocations policy with partner landlords and tenants' panels",
		"commitment|Priority 2|Customer Services Manager||Publish clear advice on the council's website about the options open to applicants",
	})
	expectItems(t, Find(doc(true,
		"5. Forward Plan", "",
		"Forward Plan of Decisions to be taken by the Cabinet between January and March (Items 5.1 to 5.3).",
	), nil, Options{}), show, nil)
}

// TestMeasuresAreNoPromises: the points under "How will we measure
// progress?" (or "Key performance indicators") are measures of a plan's
// promises, not more of them, though each opens with a verb.
func TestMeasuresAreNoPromises(t *testing.T) {
	show := func(a action.Action) string { return a.Action }
	page := strings.Join([]string{
		"Active Lives", "",
		"Our priorities", "",
		"What are the key actions we will take?", "",
		"  1. Work with the leisure centre to open its pool to schools at weekends",
		"  2. Train GPs to refer patients to the walking groups",
		"  3. Support cycling clubs to map the borough's routes and publish the map",
		"  4. Work with employers to offer staff time to be active", "",
		"How will we measure progress? (Key indicators)", "",
		"  • Reduce the share of adults who are inactive",
		"  • Increase the number of children who swim 25 metres",
		"  • Increase cycle journeys to work",
		"  • Increase the number of walking group members",
	}, "\n")
	expectItems(t, Find(textDoc(t, page), nil, Options{Genre: action.DocOther, Title: "Active Lives"}), show, []string{
		"Work with the leisure centre to open its pool to schools at weekends",
		"Train GPs to refer patients to the walking groups",
		"Support cycling clubs to map the borough's routes and publish the map",
		"Work with employers to offer staff time to be active",
	})
}

// TestMeasuresLeadAway: under a heading of measures, points that open
// with a verb make no run of a plan's actions, and the learned reader is
// not offered them.
func TestMeasuresLeadAway(t *testing.T) {
	page := strings.Join([]string{
		"Measures of success", "",
		"  • Reduce the share of adults who are inactive",
		"  • Increase the number of children who swim 25 metres",
		"  • Increase cycle journeys to work",
		"  • Support more people into walking groups",
	}, "\n")
	ps := paragraphs(textDoc(t, page), nil)
	marks := imperativeRuns(ps)
	cs := candidates(ps, nil, Options{Genre: action.DocOther})
	for i, p := range ps {
		if bulletPat.MatchString(p.text) && (marks[i] || cs[i].Open) {
			t.Errorf("%q: a run's action %v, offered to the reader %v; want neither", p.body, marks[i], cs[i].Open)
		}
	}
}

// TestNestedUnderBullets: in a list of bullets each with its points set
// in deeper under it, each bullet is the title of its points, each point
// an action, a short line after a point its status; attendees listed with
// their councils under dashes are no such list.
func TestNestedUnderBullets(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + a.Title + "|" + a.Action + "|" + a.StatusRaw }
	page := strings.Join([]string{
		"Our actions", "",
		"  • Help staff understand sight loss",
		"",
		"    Run a short awareness session for every front desk team",
		"",
		"    In progress",
		"  • Make our buildings easier to find your way round",
		"",
		"    Put large print signs in the library and the leisure centre",
		"",
		"  • Other actions",
		"",
		"    Add an audio guide to the museum's website pages",
	}, "\n")
	expectItems(t, Find(textDoc(t, page), nil, Options{Genre: action.DocOther}), show, []string{
		"action|Help staff understand sight loss|Run a short awareness session for every front desk team|In progress",
		"action|Make our buildings easier to find your way round|Put large print signs in the library and the leisure centre|",
		"action|Other actions|Add an audio guide to the museum's website pages|",
	})
	// A paper of pages (a PDF) is read so too where its bullets' words
	// wrap back to the margin, so that the points stand deeper than them.
	pdfPage := strings.Join([]string{
		"Our actions", "",
		"  • Help staff understand sight loss and how it changes the way",
		"people find their way",
		"",
		"    Run a short awareness session for every front desk team",
		"",
		"    In progress",
		"  • Make our buildings easier to find your way round",
		"",
		"    Put large print signs in the library and the leisure centre",
	}, "\n")
	expectItems(t, Find(pagedDoc(t, pdfPage), nil, Options{Genre: action.DocOther}), show, []string{
		"action|Help staff understand sight loss and how it changes the way people find their way|Run a short awareness session for every front desk team|In progress",
		"action|Make our buildings easier to find your way round|Put large print signs in the library and the leisure centre|",
	})
	// But where a PDF sets a bullet's wrapped words in under its glyph,
	// a paragraph set in as far is more of the bullet's text, not a
	// point under it.
	hanging := strings.Join([]string{
		"The tests each new council must meet:", "",
		"  • Each new council should be large enough to buy",
		"    services well and stand a sudden loss of income",
		"",
		"    Including a look at what joining up could save and",
		"    what the move itself would cost.",
		"",
		"  • Each new council should put the services people use first",
		"",
		"    Including how it would keep care services whole and",
		"    join up what residents see.",
	}, "\n")
	for _, a := range Find(pagedDoc(t, hanging), nil, Options{Genre: action.DocOther}) {
		if a.Title != "" {
			t.Errorf("a bullet's wrapped words read as a point under it: %s", show(a))
		}
	}
	attendees := strings.Join([]string{
		"PRESENT:", "",
		"Councillor K Hale",
		"- North District Council",
		"         \"      D Brook",
		"- North District Council",
		"         \"      Mrs A Lane",
		"- South District Council",
	}, "\n")
	if got := nestedUnderBullets(paragraphs(textDoc(t, attendees), nil), nil); len(got) > 0 {
		t.Errorf("attendees read as headed points: %v", got)
	}
}

// TestStatusLabelUnderPoint: a status set under its own label ("Status:"
// over "Done") is the point's status, not the label.
func TestStatusLabelUnderPoint(t *testing.T) {
	show := func(a action.Action) string { return a.Title + "|" + a.Action + "|" + a.StatusRaw }
	page := strings.Join([]string{
		"Our actions", "",
		"  • Help staff understand sight loss",
		"",
		"    Run a short awareness session for every front desk team",
		"",
		"    Status:",
		"    Completed",
		"  • Make our buildings easier to find your way round",
		"",
		"    Put large print signs in the library and the leisure centre",
		"",
		"    Status:",
		"    In progress",
	}, "\n")
	expectItems(t, Find(textDoc(t, page), nil, Options{Genre: action.DocOther}), show, []string{
		"Help staff understand sight loss|Run a short awareness session for every front desk team|Completed",
		"Make our buildings easier to find your way round|Put large print signs in the library and the leisure centre|In progress",
	})
}

// TestCellBullets: bullets that are themselves a plan's actions, each with
// its lead and its status set in under it a line each, give the bullet
// as the action, the lines as its owners and status; a bullet whose
// lines have the same shape but a status of the plan's own words is read
// with them. Bullets with a point under them that is no status (a
// measure's target) are no such list.
func TestCellBullets(t *testing.T) {
	show := func(a action.Action) string {
		return a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";") + "|" + a.StatusRaw
	}
	page := strings.Join([]string{
		"Walking plan", "",
		"This page sets out the projects of the walking plan and who leads each one.",
		"We look at the plan again every spring and add new projects to it then.",
		"Each project shows how it stands at the last review of the plan.", "",
		"Projects:", "",
		"  • Village walking maps",
		"    Ann Hardy",
		"    On track",
		"  • Guided walks for new parents",
		"    Ann Hardy / Tom Reed",
		"    Completed",
		"", "Other projects:", "",
		"  • Benches on the river path",
		"    Sam Ohene",
		"    Needs funding",
		"", "Measures:", "",
		"  • Adults walking weekly",
		"    • Keep rising each year",
	}, "\n")
	want := []string{
		"action|Village walking maps|Ann Hardy|On track",
		"action|Guided walks for new parents|Ann Hardy;Tom Reed|Completed",
		"action|Benches on the river path|Sam Ohene|Needs funding",
	}
	expectItems(t, Find(textDoc(t, page), nil, Options{Genre: action.DocOther}), show, want)
	// A paper of pages (a PDF) sets the cells in under their bullet as
	// deep, and is read the same.
	paged := textDoc(t, page)
	paged.Pages = 1
	for i := range paged.Lines {
		paged.Lines[i].Page = 1
	}
	expectItems(t, Find(paged, nil, Options{Genre: action.DocOther}), show, want)
	// Two cards with known statuses say nothing of another list of the
	// paper: wishes with a place set in under each, or places with who
	// went and when.
	other := strings.Join([]string{
		"Cycling plan", "",
		"This page lists the cycling projects and who leads each one.",
		"It also sets out what riders asked for at the open evening.", "",
		"Projects:", "",
		"  • Cycle racks at the surgery",
		"    Priya Shah",
		"    On track",
		"  • Safer crossing on the bypass",
		"    Priya Shah / Dan Moss",
		"    Completed",
		"", "What riders asked for at the open evening in the autumn:", "",
		"  • Fewer potholes",
		"         Church Lane",
		"  • Lights on the path",
		"         Station Road",
		"", "Rides we led last summer:", "",
		"  • Canal towpath",
		"         Dan Moss",
		"         June 2025",
		"  • Forest loop",
		"         Priya Shah",
		"         Dry",
	}, "\n")
	expectItems(t, Find(textDoc(t, other), nil, Options{Genre: action.DocOther}), show, []string{
		"action|Cycle racks at the surgery|Priya Shah|On track",
		"action|Safer crossing on the bypass|Priya Shah;Dan Moss|Completed",
	})
}

// TestNumberedPartThemes: a line naming a part of a plan by its number
// ("Objective 2: …", however long) is the theme of the promises under it,
// on a page whose title says nothing of a plan.
func TestNumberedPartThemes(t *testing.T) {
	show := func(a action.Action) string { return a.Theme + "|" + a.Action }
	expectItems(t, Find(doc(true,
		"Our approach to loneliness", "",
		"Objective 2: Reach people who are isolated and help them back into the life of their neighbourhood", "",
		"We want everyone to have someone to turn to.", "",
		"We will:", "",
		"• Train library staff to spot the signs of loneliness.",
		"• Fund a telephone befriending line.", "",
		"Priority 3 – Carers",
		"We will:",
		"• Offer every carer a yearly check-in.",
	), nil, Options{Genre: action.DocOther, Title: "Our approach to loneliness"}), show, []string{
		"Objective 2: Reach people who are isolated and help them back into the life of their neighbourhood|Train library staff to spot the signs of loneliness.",
		"Objective 2: Reach people who are isolated and help them back into the life of their neighbourhood|Fund a telephone befriending line.",
		"Priority 3 – Carers|Offer every carer a yearly check-in.",
	})
}

// TestNumberedPartSeriesThemes: parts named by numbers that count on
// ("Priority 1: …", "Priority 2: …") are the themes of the points under
// them however long the sentence that names them.
func TestNumberedPartSeriesThemes(t *testing.T) {
	show := func(a action.Action) string { return a.Theme + "|" + a.Action }
	long := "Priority 1: To give every family in the district clear advice on the childcare and early years support that is on offer near them so that they can choose what suits them best."
	expectItems(t, Find(doc(true,
		"Our early years strategy",
		long,
		"We will meet this priority through:",
		"- Keeping our family information pages up to date.",
		"- Holding a drop-in session in each library every month.",
		"Priority 2: To make the most of the nursery places we have.",
		"We will meet this priority through:",
		"- Sharing spare places between settings.",
	), nil, Options{Genre: action.DocOther, Title: "Our early years strategy"}), show, []string{
		strings.TrimSuffix(long, ".") + "|Keeping our family information pages up to date.",
		strings.TrimSuffix(long, ".") + "|Holding a drop-in session in each library every month.",
		"Priority 2: To make the most of the nursery places we have|Sharing spare places between settings.",
	})
}

// TestPledges: the authors' vows — points under "We pledge:", even as
// infinitives; a sentence that promises in so many words; a numbered
// promise read whole; "-ing" points under "we will be doing the
// following.", their groups' heads and the page's title set apart though
// no blank line divides them.
func TestPledges(t *testing.T) {
	show := func(a action.Action) string { return a.Ref + "|" + a.Theme + "|" + a.Action }
	expectItems(t, Find(doc(false,
		"We agreed these promises with the young people's forum.", "",
		"We pledge:",
		"• To help you stay safe and lead a healthy life.",
		"• To celebrate what you achieve.",
		"", "Have your say", "",
		"Tell us if you are unhappy with the help you get.",
	), nil, Options{}), show, []string{
		"||To help you stay safe and lead a healthy life.",
		"||To celebrate what you achieve.",
	})
	expectItems(t, Find(doc(false,
		"1. We promise that you'll be told about your rights.", "",
		"2. We'll help you to live on your own when you are ready. This includes finding you a home.", "",
	), nil, Options{}), show, []string{
		"1||We promise that you'll be told about your rights.",
		"2||We'll help you to live on your own when you are ready. This includes finding you a home.",
	})
	expectItems(t, Find(doc(false,
		"Everyone has a part to play. That is why we commit to bringing key partners together to consider our plans.", "",
	), nil, Options{}), show, []string{
		"||That is why we commit to bringing key partners together to consider our plans.",
	})
	expectItems(t, Find(doc(false,
		"Museums - Our delivery",
		"To run museums people want to visit we will be doing the following.",
		"Keeping our buildings open and welcoming",
		"- Investing in the roofs and heating of the two town museums",
		"- Opening on Sunday afternoons through the summer months",
		"Reaching people who do not visit",
		"- Taking loan boxes into primary schools across the district",
		"- Working with care homes on reminiscence sessions",
	), nil, Options{}), show, []string{
		"|Keeping our buildings open and welcoming|Investing in the roofs and heating of the two town museums",
		"|Keeping our buildings open and welcoming|Opening on Sunday afternoons through the summer months",
		"|Reaching people who do not visit|Taking loan boxes into primary schools across the district",
		"|Reaching people who do not visit|Working with care homes on reminiscence sessions",
	})
	// A named body promising what follows owns the points; one that will
	// consider the following promises nothing.
	owned := func(a action.Action) string { return strings.Join(a.Owner, ";") + "|" + a.Action }
	expectItems(t, Find(doc(false,
		"Upper Brook Parish Council will embrace these aims and pursue the following objectives:",
		"• Cut the energy used in the village hall",
		"• Plant hedges along the recreation ground",
	), nil, Options{}), owned, []string{
		"Upper Brook Parish Council|Cut the energy used in the village hall",
		"Upper Brook Parish Council|Plant hedges along the recreation ground",
	})
	expectItems(t, Find(doc(false,
		"At its next meeting the Committee will consider the following matters:",
		"• Cut the energy used in the village hall",
		"• Plant hedges along the recreation ground",
	), nil, Options{}), owned, []string{
		"the Committee|At its next meeting the Committee will consider the following matters:",
	})
}

// TestAskedLeadAlone: "The Cabinet is RECOMMENDED to" on a line of its
// own after the report's particulars leads the lettered points under it,
// one "to" carried into "c) To approve …"; "Recommendations approved."
// after the last point is not the point's last words.
func TestAskedLeadAlone(t *testing.T) {
	show := refKindAction
	expectItems(t, Find(doc(false,
		"Contact: Sam Jones, Head of Waste Services",
		"Report by Director of Environment (CA9).",
		"The Cabinet is RECOMMENDED to",
		"a) Approve the start of work on options for running the recycling centres after 2027.",
		"b) Endorse the approach to the options set out in this paper.",
		"c) To approve the use of packaging funding for consultancy support.",
		"Recommendations approved.",
	), nil, Options{}), show, []string{
		"(a)|recommendation|The Cabinet is RECOMMENDED to approve the start of work on options for running the recycling centres after 2027.",
		"(b)|recommendation|The Cabinet is RECOMMENDED to endorse the approach to the options set out in this paper.",
		"(c)|recommendation|The Cabinet is RECOMMENDED to approve the use of packaging funding for consultancy support.",
	})
}

// TestPlanParts: a plan whose priorities each have an "Aim" and
// "Actions": the actions are its commitments, under their priority (the
// first too, a line of its own in a copy that kept no headings); the aim
// is none.
func TestPlanParts(t *testing.T) {
	expectItems(t, Find(doc(true,
		"Strategic priorities 2024 - 2027",
		"Prioritise prevention",
		"Aim",
		"To reduce harm by stopping people from becoming victims.",
		"Actions",
		"- Promote healthy relationships work with schools across the borough.",
		"- Share the learning from reviews with every agency in the partnership.",
		"Support victims",
		"Aim",
		"Help all victims return to normal life by meeting their health and housing needs.",
		"Actions",
		"- Review safe accommodation and how easy it is to reach.",
	), nil, Options{}), kindThemeAction, []string{
		"commitment|Prioritise prevention|Promote healthy relationships work with schools across the borough.",
		"commitment|Prioritise prevention|Share the learning from reviews with every agency in the partnership.",
		"commitment|Support victims|Review safe accommodation and how easy it is to reach.",
	})
}

// TestActionsAlone: "Actions" alone on its line over a strategy's numbered
// points heads them, as "Areas for action" and "How we will do it" head
// their points in the imperative (numbered on from an earlier list, "10."); a promise
// set after a phrase ("By 2030, we will take … including:") heads its
// bullets, verbs or not.
func TestActionsAlone(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + a.Ref + "|" + a.Action }
	tests := []struct {
		name        string
		lines, want []string
	}{
		{"'Actions' alone over points numbered on from an earlier list", []string{
			"Cutting our own emissions",
			"New ways of heating buildings are coming quickly and could help us.",
			"Actions",
			"10. Track the new heating options that could cut our emissions.",
			"11. Review carbon offsetting and write a policy on its use.",
		}, []string{
			"commitment|10|Track the new heating options that could cut our emissions.",
			"commitment|11|Review carbon offsetting and write a policy on its use.",
		}},
		{"a promise set after a phrase heads its bullets, verbs or not", []string{
			"Cleaner travel",
			"By 2025, we will do several things including:",
			"• Expand car clubs",
			"• More charging points for electric cars",
		}, []string{
			"commitment||Expand car clubs",
			"commitment||More charging points for electric cars",
		}},
		{"'Areas for action' and 'How we will do it' head their points in the imperative; a fact is none", []string{
			"Areas for action",
			"• Keep the childcare plan up to date with the latest needs.",
			"• Regularly review the grant programme for new places.",
			"• Unfortunately places are short.",
			"• Places are short in two districts.",
			"1. Good attendance – everyone who works with families has a part to play.",
			"How we will do it",
			"- Build a self-assessment for schools to rate their approach.",
		}, []string{
			"commitment||Keep the childcare plan up to date with the latest needs.",
			"commitment||Regularly review the grant programme for new places.",
			"commitment||Build a self-assessment for schools to rate their approach.",
		}},
		{"a paper's own budget promising, its points in -ing", []string{
			"The budget the council has set will deliver more for local services, including:",
			"- investing £10m in adult social care",
			"- keeping the council tax support scheme as it is",
		}, []string{
			"commitment||investing £10m in adult social care",
			"commitment||keeping the council tax support scheme as it is",
		}},
		{"'The planned activities … are:' over activities a line each, progress told after each", []string{
			"The planned activities to help us reach this goal are:",
			"Deliver our apprenticeship plan and beat the national target",
			"The plan is live and recruitment is under way in two services.",
			"Set up a volunteering scheme",
			"The staff volunteering policy began in October and teams are taking part.",
		}, []string{
			"commitment||Deliver our apprenticeship plan and beat the national target",
			"commitment||Set up a volunteering scheme",
		}},
		{"'We will … by:' promises its points; 'We will measure this by:' lists measures", []string{
			"We will improve take-up of childcare by:",
			"1. developing a communications plan to promote the childcare offer",
			"We will measure this by:",
			"• the take-up of the two-year entitlement",
			"• families' feedback",
		}, []string{
			"commitment|1|developing a communications plan to promote the childcare offer",
		}},
		{"a strategy's bullet is one point, however many of its sentences promise", []string{
			"The principles of the financial strategy are as follows:",
			"- The council will keep its general reserve at 5% of its budget. The council will aim to balance its budget without it.",
			"- Spending should stay within the budget set.",
		}, []string{
			"commitment||The council will keep its general reserve at 5% of its budget. The council will aim to balance its budget without it.",
		}},
		{"a section numbered '10.' with no 'Actions' over it is no action", []string{
			"Cutting our own emissions",
			"10. Track the new heating options that could cut our emissions.",
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectItems(t, Find(doc(true, tc.lines...), nil, Options{}), show, tc.want)
		})
	}
}

// TestCouncilWill: on a strategy's page the council speaking of itself
// in the third person promises as "we" does, whatever the act, and a
// point's heading run in before a dash names the commitment.
func TestCouncilWill(t *testing.T) {
	show := func(a action.Action) string { return a.Title + "|" + a.Action }
	expectItems(t, Find(doc(true,
		"The strategy focuses on three key areas, including:",
		"• collective responsibility – the Council will play its part to keep the borough tidy.",
		"• strong enforcement – the Council will target people who drop litter.",
		"• engagement – the Council will have regular dialogue with schools about litter.",
		"• managing expectations – the Council must be clear about what it can deliver.",
	), nil, Options{}), show, []string{
		"collective responsibility|collective responsibility – the Council will play its part to keep the borough tidy.",
		"strong enforcement|strong enforcement – the Council will target people who drop litter.",
		"engagement|engagement – the Council will have regular dialogue with schools about litter.",
	})
}

// TestFlatPlanRows: a plan's table whose rows a copy ran into one line
// each — a type cell, the action's number, the action to its last full
// stop, then its lead, priority and date with no full stop — gives each
// row's action, numbered, under the numbered section above, with the
// date its last cell names.
func TestFlatPlanRows(t *testing.T) {
	show := func(a action.Action) string {
		return a.Kind + "|" + a.Ref + "|" + a.Theme + "|" + a.Due + "|" + a.Action
	}
	expectItems(t, Find(doc(true,
		"1. Spotting and answering risk", "",
		"Business As Usual 1.1 Keep the weekly data review going. Offer access to partners. Public Health Knowledge Ongoing", "",
		"Project 1.2 Add more detail to the records kept. This work will be supported by a regional programme. Public Health and Police Knowledge December 2023",
	), nil, Options{Title: "Prevention action plan", Date: "2023-01-10"}), show, []string{
		"action|1.1|Spotting and answering risk||Keep the weekly data review going. Offer access to partners.",
		"action|1.2|Spotting and answering risk|2023-12-31|Add more detail to the records kept. This work will be supported by a regional programme.",
	})
}

// TestFlatPlanRowLeads: under a header set a name a line, the cells after
// a flat row's action are the lead's, a priority's and the date. The
// priorities' few values end several rows alike, so the words before
// the ending the rows share are the lead's (a date cut short where the
// copy stopped, "Octo", is left off first, as a whole one is); a header
// with no priority column gives the lead all the words before the date.
func TestFlatPlanRowLeads(t *testing.T) {
	show := func(a action.Action) string {
		return a.Ref + "|" + strings.Join(a.Owner, ";") + "|" + a.Due
	}
	for _, c := range []struct {
		lines, want []string
	}{
		{[]string{
			"1. Safer routes to school", "",
			"Type", "Action", "Lead body", "Priority", "Target date", "",
			"Project 1.1 Map the cycle routes near each school. Parks Team Green Travel March 2026", "",
			"Project 1.2 Count the riders each term. Parks Team and Police Green Travel Ongoing", "",
			"Core 1.3 Fit racks at the gates. Highways Safer Streets Ongoing", "",
			"Core 1.4 Paint the crossings again. Highways and Schools Safer Streets Octo",
		}, []string{
			"1.1|Parks Team|2026-03-31",
			"1.2|Parks Team and Police|",
			"1.3|Highways|",
			"1.4|Highways and Schools|",
		}},
		{[]string{
			"Type", "Action", "Lead body", "Target date", "",
			"Project 2.1 Open the new play area. Parks Team December 2026", "",
			"Project 2.2 Survey the trees. Tree Officer Ongoing",
		}, []string{
			"2.1|Parks Team|2026-12-31",
			"2.2|Tree Officer|",
		}},
		// Every row's cells end the same up to the whole of them: where
		// the lead's end and the priority's begin cannot be told, no
		// lead (not "Verge", the longest ending shared).
		{[]string{
			"Type", "Action", "Lead body", "Priority", "Target date", "",
			"Project 3.1 Sweep the lanes each spring. Verge Crew Clean Lanes March 2026", "",
			"Project 3.2 Clear the drains after storms. Verge Crew Clean Lanes Ongoing",
		}, []string{
			"3.1||2026-03-31",
			"3.2||",
		}},
		// A last cell that reads as no date gives no lead; the lead's
		// words end where the date's begin, a span of two with them.
		{[]string{
			"Type", "Action", "Lead body", "Target date", "",
			"Project 4.1 Replant the orchard rows. Verge Crew Medium term", "",
			"Project 4.2 Prune the old limes. Tree Warden TBC", "",
			"Project 4.3 Relay the bowling green. Verge Crew 2025 to 2027", "",
			"Project 4.4 Reseed the meadow strip. Tree Warden May 2025 - June 2026",
		}, []string{
			"4.1||",
			"4.2||",
			"4.3|Verge Crew|2027-12-31",
			"4.4|Tree Warden|2026-06-30",
		}},
	} {
		expectItems(t, Find(doc(true, c.lines...), nil, Options{Title: "Parks action plan", Date: "2025-01-10"}), show, c.want)
	}
}

// TestMilestones: under a heading of milestones each point is a step of
// the plan, however worded, due by the date heading over it; points under
// another heading are not.
func TestMilestones(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + a.Due + "|" + a.Action }
	page := strings.Join([]string{
		"Young carers are known and supported", "",
		"Expected outcomes", "",
		"  • Young carers are identified early in every school",
		"  • More young carers take up a break each year", "",
		"Milestones and outcomes", "",
		"By September 2027", "",
		"  • Young carers' assessment form revised with schools",
		"  • Carers' lead named in each secondary school", "",
		"By December 2027", "",
		"  • Young carers' card launched",
	}, "\n")
	expectItems(t, Find(textDoc(t, page), nil, Options{Genre: action.DocOther, Date: "2026-05-01"}), show, []string{
		"action|2027-09-30|Young carers' assessment form revised with schools",
		"action|2027-09-30|Carers' lead named in each secondary school",
		"action|2027-12-31|Young carers' card launched",
	})
}

// TestTimetableHeadings: a line that is only a date, or a span of two,
// heads a timetable's steps and is their deadline (a span's end) until
// another heading; a date before the paper's is an entry's, no deadline.
func TestTimetableHeadings(t *testing.T) {
	show := func(a action.Action) string { return a.Due + "|" + a.Action }
	expectItems(t, Find(doc(true,
		"Our revised timetable", "",
		"Winter 2025", "",
		"We will publish the draft parking strategy for comment.", "",
		"Spring 2026 to Summer 2026", "",
		"The council will hold drop-in sessions in each market town.", "",
		"How to take part", "",
		"We will post a leaflet to every household.", "",
		"March 2024", "",
		"We will report what people told us.",
	), nil, Options{Genre: "other", Date: "2025-09-01"}), show, []string{
		"2026-02-28|We will publish the draft parking strategy for comment.",
		"2026-08-31|The council will hold drop-in sessions in each market town.",
		"|We will post a leaflet to every household.",
		"|We will report what people told us.",
	})
}

// TestTimetableHeadingAsWritten: a heading that is one date keeps its
// words as the deadline written, "By" and all; a span gives its end.
func TestTimetableHeadingAsWritten(t *testing.T) {
	show := func(a action.Action) string { return a.DueRaw + "|" + a.Due + "|" + a.Action }
	expectItems(t, Find(doc(true,
		"Our revised timetable", "",
		"By June 2026", "",
		"We will publish the draft parking strategy for comment.", "",
		"Autumn 2026 to Winter 2026", "",
		"We will hold drop-in sessions in each market town.",
	), nil, Options{Genre: "other", Date: "2025-09-01"}), show, []string{
		"By June 2026|2026-06-30|We will publish the draft parking strategy for comment.",
		"Winter 2026|2027-02-28|We will hold drop-in sessions in each market town.",
	})
}

// TestNumberedPartTheme: "Priority 2 - To widen access to the service."
// names the part its promises belong to, its full stop notwithstanding.
func TestNumberedPartTheme(t *testing.T) {
	show := func(a action.Action) string { return a.Theme + "|" + a.Action }
	expectItems(t, Find(doc(true,
		"Our principles shape everything we do. Residents come first.",
		"Priority 1 - To make the service easier to reach.",
		"- We will open the library hub on Saturday mornings.",
		"- We will answer web enquiries within two working days.",
		"Priority 2: To listen to residents more widely.",
		"- We will hold a residents' panel twice a year.",
	), nil, Options{Genre: action.DocOther}), show, []string{
		"Priority 1 - To make the service easier to reach|We will open the library hub on Saturday mornings.",
		"Priority 1 - To make the service easier to reach|We will answer web enquiries within two working days.",
		"Priority 2: To listen to residents more widely|We will hold a residents' panel twice a year.",
	})
}

// TestRecommendationsPart: numbered "X to do" points under a heading that
// names a committee's recommendations, and under its subheadings, are
// recommendations; under a later numbered section they are undertakings
// again.
func TestRecommendationsPart(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + a.Ref + "|" + a.Action }
	lines := []string{
		"The Cabinet welcomed the review.", "",
		"SELECT COMMITTEE RECOMMENDATIONS", "",
		"Parental Engagement", "",
		"1. Officers to continue to work with schools to inform parents about attendance.", "",
		"Mental Health", "",
		"2. The Council to support schools in running welcome programmes.", "",
		"8. Next steps", "",
		"8.1 Officers to report back to the Board in March.",
	}
	d := doc(true, lines...)
	for i := range d.Lines {
		if t := d.Lines[i].Text; t == "SELECT COMMITTEE RECOMMENDATIONS" || t == "Parental Engagement" || t == "Mental Health" || t == "8. Next steps" {
			d.Lines[i].Heading = 2
		}
	}
	expectItems(t, Find(d, nil, Options{Genre: action.DocDecision}), show, []string{
		"recommendation|1|Officers to continue to work with schools to inform parents about attendance.",
		"recommendation|2|The Council to support schools in running welcome programmes.",
		"commitment|8.1|Officers to report back to the Board in March.",
	})
}

// TestTypedMinutes: a small council's minutes typed a line at a time, with
// no blank lines and no marking: "N) Title" lines counting up are the
// items' headings, not the first words of their text; "Resolved –" run in
// after the discussion decides to its sentence's end; "Agreed –" opens a
// line's decision.
func TestTypedMinutes(t *testing.T) {
	lines := []string{
		"Minutes of the Parish Council Meeting held on Monday 4th March 2024",
		"1) Apologies",
		"Cllr Brown and Cllr Green",
		"2) Minutes of the meeting held on 5th February",
		"The minutes were approved and signed by the chairman.",
		"3) Playing field",
		"The grass cutting contract ends in May and quotes are needed Resolved – to approve spending up to £600",
		"on a new bench.",
		"A new litter bin by the gate would be welcome.",
		"4) Village hall",
		"The roof inspection had found no faults.",
		"Agreed – a working party to clear the gutters to be arranged – JB & KT",
	}
	show := kindAction
	expectItems(t, Find(doc(false, lines...), nil, Options{Genre: action.DocMinutes}), show, []string{
		"resolution|The minutes were approved and signed by the chairman.",
		"resolution|to approve spending up to £600 on a new bench.",
		"resolution|a working party to clear the gutters to be arranged – JB & KT",
	})
	// "It was RESOLVED" on the line after a request's full stop is a
	// decision of its own (to recommend on, so a recommendation); the
	// request stays one too.
	expectItems(t, Find(doc(false,
		"Minutes of the Assets Committee", "",
		"A23/021 PURCHASE OF A TRAILER", "",
		"It was requested that an item be tabled at a future meeting on the disposal of green waste.",
		"It was RESOLVED to recommend to Full Council that it authorise the purchase of a trailer.",
	), nil, Options{Genre: action.DocMinutes}), show, []string{
		"commitment|It was requested that an item be tabled at a future meeting on the disposal of green waste.",
		"recommendation|It was RESOLVED to recommend to Full Council that it authorise the purchase of a trailer.",
	})
}

// TestTitledNotes: typed minutes that give each item a line, its title
// run into its note after a dash, read the note ("clerk to get quotes …"
// acts, its title naming it and kept before its words); a person named as
// acting on a numbered line is the item, not its heading; a note that
// does nothing gives nothing.
func TestTitledNotes(t *testing.T) {
	lines := []string{
		"Minutes",
		"A meeting of the parish council was held on Monday 5th of May 2025",
		"4. Apologies for absence-none",
		"5. Bench repair- district councillor and clerk to ask the county for a new bench",
		"6. Play area- clerk to get quotes for a safety inspection",
		"7. Hedges – the hedges were cut in April as planned",
		"8. Clerk to renew the insurance before June",
	}
	show := func(a action.Action) string {
		return a.Ref + "|" + a.Title + "|" + strings.Join(a.Owner, ";") + "|" + a.Action
	}
	expectItems(t, Find(doc(false, lines...), nil, Options{Genre: action.DocMinutes}), show, []string{
		"5|Bench repair|district councillor and clerk|Bench repair- district councillor and clerk to ask the county for a new bench",
		"6|Play area|clerk|Play area- clerk to get quotes for a safety inspection",
		"8||Clerk|Clerk to renew the insurance before June",
	})
	// A minutes table a cell a line: the minute's decimal number alone,
	// counting up, then its text (a bracketed reference to the minute it
	// follows up, a title, a note), then who acts by their initials.
	table := []string{
		"Minutes", "",
		"4.0", "", "Matters arising", "",
		"4.1", "", "The minutes of the last meeting were agreed as a true record.", "",
		"4.2", "", "(3.6) Village sign – JB to repaint the sign before the summer fair.", "", "JB", "",
		"4.3", "", "(3.8) Footpath – Now open again. Action complete.", "",
		"4.4", "", "(5.1) Bus shelter - KT & AL to ask the county for a new roof.", "", "KT",
	}
	expectItems(t, Find(doc(false, table...), nil, Options{Genre: action.DocMinutes}), show, []string{
		"4.1|||The minutes of the last meeting were agreed as a true record.",
		"4.2|Village sign|JB|Village sign – JB to repaint the sign before the summer fair.",
		"4.4|Bus shelter|KT & AL|Bus shelter - KT & AL to ask the county for a new roof.",
	})
}

// TestFlattenedAsked: a report a copy ran into one line holds its
// recommendations after "… is asked to:", lettered in the line; the
// heading's last word before it is no part of the lead.
func TestFlattenedAsked(t *testing.T) {
	cover := "Report for: ACTION Title Parks Framework Member Reporting Cllr A Green, Cabinet Member for Parks Contact Details Sam Brown, Director of Environment " +
		strings.Repeat("Keywords Parks, Trees, Play, Allotments, Biodiversity, Waste, Recycling. ", 8)
	line := cover + "1. Details of Recommendations Cabinet is asked to: a) Approve the Parks Framework 2025-35 for the borough. b) To delegate the tree planting plan to the Director of Environment. c) Note the work of friends' groups in the parks."
	show := refKindAction
	expectItems(t, Find(doc(false, line), nil, Options{}), show, []string{
		"(a)|recommendation|Cabinet is asked to approve the Parks Framework 2025-35 for the borough.",
		"(b)|recommendation|Cabinet is asked to delegate the tree planting plan to the Director of Environment.",
		"(c)|recommendation|Cabinet is asked to note the work of friends' groups in the parks.",
	})
}

// TestInfinitiveRuns: in minutes, an item's decisions numbered one after
// another, each a sentence in the infinitive, decide with no label; the
// agenda's "To receive …" and a lone infinitive do not.
func TestInfinitiveRuns(t *testing.T) {
	show := refKindAction
	expectItems(t, Find(doc(true,
		"Agenda and draft minutes", "",
		"4. To receive the minutes of the last meeting.", "",
		"5. To receive the budget report.", "",
		"To consider the report upon the Financial Strategy", "",
		"1. To endorse the updated Financial Strategy.", "",
		"2. To note the feedback from the Scrutiny Committee.", "",
		"To consider the report upon the parks", "",
		"1. To approve the parks plan.", "",
		"Members welcomed the plan.",
	), nil, Options{Genre: action.DocMinutes}), show, []string{
		"1|resolution|To endorse the updated Financial Strategy.",
		"2|resolution|To note the feedback from the Scrutiny Committee.",
	})
}

// TestTitledThats: a lettered or numbered title over an unnumbered "That
// …" decision heads it and gives it its number; the decision may be worded
// in the present ("recognises and agrees", "gives delegated authority").
func TestTitledThats(t *testing.T) {
	show := func(a action.Action) string { return a.Ref + "|" + a.Theme + "|" + a.Action }
	expectItems(t, Find(doc(true,
		"Schedule of decisions", "",
		"a) Meetings.", "",
		"That the Parish Council recognises and agrees that no meetings be held until June.", "",
		"b) Payments", "",
		"That the Parish Council gives delegated authority to the Clerk to make payments up to £500.", "",
		"c) The hall will reopen in June.", "",
		"That the hall's users are told of it.",
	), nil, Options{Genre: action.DocDecision}), show, []string{
		"(a)|Meetings|That the Parish Council recognises and agrees that no meetings be held until June.",
		"(b)|Payments|That the Parish Council gives delegated authority to the Clerk to make payments up to £500.",
	})
}

// TestListedHeads: numbered lines in the imperative, three or more one
// straight after another, head nothing: under "Our priorities" they are
// its points. The same lines heading the paper's sections later are its
// contents, and give nothing.
func TestListedHeads(t *testing.T) {
	list := []string{"Council Plan", "", "Our priorities", "",
		"1. Reduce the carbon the council emits",
		"2. Help people into work",
		"3. Build more homes for rent",
		"", "The plan runs to 2030."}
	show := func(a action.Action) string { return a.Ref + "|" + a.Action }
	expectItems(t, Find(doc(false, list...), nil, Options{}), show, []string{
		"1|Reduce the carbon the council emits",
		"2|Help people into work",
		"3|Build more homes for rent",
	})
	contents := append(list[:8:8], "", "1. Reduce the carbon the council emits", "", "Our buildings use less gas each year.", "",
		"2. Help people into work", "", "Jobs fairs are held in the town.", "",
		"3. Build more homes for rent", "", "Sites are being sought.")
	expectItems(t, Find(doc(false, contents...), nil, Options{}), show, nil)
	// Verbs plans are written in count, when no noun follows them.
	plans := []string{"Village Plan", "", "Our aims", "",
		"1. Protect the green spaces of the village",
		"2. Encourage small shops in the high street",
		"3. Incorporate wildlife areas in new housing",
		"", "The plan runs to 2030."}
	expectItems(t, Find(doc(false, plans...), nil, Options{}), show, []string{
		"1|Protect the green spaces of the village",
		"2|Encourage small shops in the high street",
		"3|Incorporate wildlife areas in new housing",
	})
}

// TestRunEdgeHeads: a point read as a title only for want of a full
// stop joins a run of imperatives at its edge; one the paper sets in bold
// is a heading there, over the two points left.
func TestRunEdgeHeads(t *testing.T) {
	lines := []string{"Tree Policy", "", "Aims", "",
		"1. Prepare a planting plan with the primary school", "",
		"2. Plant twenty oaks on the green by the pond.", "",
		"3. Review the hedges along the lanes each spring.", "",
		"The policy is reviewed each year."}
	show := func(a action.Action) string { return a.Ref + "|" + a.Action }
	expectItems(t, Find(doc(false, lines...), nil, Options{}), show, []string{
		"1|Prepare a planting plan with the primary school",
		"2|Plant twenty oaks on the green by the pond.",
		"3|Review the hedges along the lanes each spring.",
	})
	bold := doc(false, lines...)
	bold.Lines[4].Bold = true
	expectItems(t, Find(bold, nil, Options{}), show, []string{
		"2|Plant twenty oaks on the green by the pond.",
		"3|Review the hedges along the lanes each spring.",
	})
}

// TestActionStatusLines: minutes' actions arising, each tagged with who
// acts, take how they stand from the line under them ("Action ongoing –
// …", its rest the progress) or from the tag's own line ("… Action – The
// Clerk Action complete.").
func TestActionStatusLines(t *testing.T) {
	show := func(a action.Action) string {
		return a.Ref + "|" + a.Action + "|" + strings.Join(a.Owner, ";") + "|" + a.Status + "|" + a.Progress
	}
	expectItems(t, Find(doc(true,
		"Minutes of the meeting held on 8th January", "",
		"5. Actions arising from the minutes.",
		"1. Discuss car park ownership with the county solicitor. Action – The Clerk", "",
		"Action ongoing – The Clerk had written to the county.", "",
		"2. Distribute copies of the statement. Action – The Clerk Action complete.", "",
		"3. Repaint the noticeboard. Action – Mr Gray", "",
		"Action complete",
	), nil, Options{Genre: action.DocMinutes}), show, []string{
		"1|Discuss car park ownership with the county solicitor. Action – The Clerk|The Clerk|in_progress|The Clerk had written to the county.",
		"2|Distribute copies of the statement. Action – The Clerk|The Clerk|complete|",
		"3|Repaint the noticeboard. Action – Mr Gray|Mr Gray|complete|",
	})
	// The word "Action" left out: a status set off from its note says
	// how the action above stands; "Complete the form" is no status.
	expectItems(t, Find(doc(true,
		"Minutes of the meeting held on 8th January", "",
		"Actions from the last meeting:", "",
		"Action: Invite the fire service to the summer fair", "",
		"Completed, two officers will attend", "",
		"Action: Ask the county to clear the drains", "",
		"Ongoing", "",
		"Action: Send the leaflet to every household", "",
	), nil, Options{Genre: action.DocMinutes}), show, []string{
		"|Invite the fire service to the summer fair||complete|two officers will attend",
		"|Ask the county to clear the drains||in_progress|",
		"|Send the leaflet to every household|||",
	})
}

// TestResolvedAloneAnyPage: "Resolved" alone over "(1) That … be …" labels
// the numbered decisions under it whatever the page reads as; a page
// copied twice and cut off in its repeat gives no item for the cut-off
// words.
func TestResolvedAloneAnyPage(t *testing.T) {
	show := refKindAction
	expectItems(t, Find(doc(true,
		"Report of the Head of Planning", "",
		"In reaching their decisions, the Committee considered the officers' report.", "",
		"Resolved", "",
		"(1) That the previous decision to approve application 01/0662 be re-affirmed.", "",
		"(2) That the previous decision to approve application 10/0640 be re-affirmed.",
	), nil, Options{Genre: action.DocReport}), show, []string{
		"(1)|resolution|That the previous decision to approve application 01/0662 be re-affirmed.",
		"(2)|resolution|That the previous decision to approve application 10/0640 be re-affirmed.",
	})
	whole := action.Action{Action: "That the new Parks Strategy be approved and adopted."}
	for _, tt := range []struct {
		last string
		keep int
	}{
		{"That the new Parks Strat", 1},                 // cut off in the repeat
		{"That the new Parks Strategy be approved.", 2}, // a whole sentence of its own
		{"That the new", 2},                             // too short to tell
	} {
		if got := cutRepeat([]action.Action{whole, {Action: tt.last}}); len(got) != tt.keep {
			t.Errorf("cutRepeat(…, %q) kept %d, want %d", tt.last, len(got), tt.keep)
		}
	}
}

// TestReportByHeadings: a numbered item's title with the report it takes
// ("3. Disposals Programme - Report by the Director of Finance.") heads
// the record under it, though it ends in a full stop.
func TestReportByHeadings(t *testing.T) {
	expectItems(t, Find(doc(true,
		"Committee record - 23 April 2020", "",
		"2. Events Programme - Report by the Executive Director of Finance.", "",
		"The recommendations were approved, confirming the city's bid.", "",
		"4. Asset Transfer Request - Report by the Director of Governance.", "",
		"Committee agreed to continue any decision until a later date.",
	), nil, Options{Genre: action.DocMinutes}), kindThemeAction, []string{
		"resolution|Events Programme - Report by the Executive Director of Finance|The recommendations were approved, confirming the city's bid.",
		"resolution|Asset Transfer Request - Report by the Director of Governance|Committee agreed to continue any decision until a later date.",
	})
}

// TestResolvedInSentence: "Resolved that …" opening a sentence after the
// item's agenda wording on its line decides; so does "Resolved, proposed
// by …, seconded by …, that …", its mover and seconder no part of it; a
// last sentence that only says how it was carried is no part of it either.
func TestResolvedInSentence(t *testing.T) {
	show := kindAction
	expectItems(t, Find(doc(true,
		"3. To confirm the minutes of the meeting held on 2nd June. Resolved that the minutes be signed as a true record. Unanimously agreed.", "",
		"6. Churchyard", "",
		"Members discussed the yearly grant. Resolved, proposed by Cllr Hale, seconded by Cllr Moss, that £300 be given towards mowing the churchyard.", "",
		"RESOLVED, moved by Cllr Hale and seconded by Cllr Moss, that the bench quote be accepted.",
	), nil, Options{Genre: action.DocMinutes}), show, []string{
		"resolution|that the minutes be signed as a true record.",
		"resolution|that £300 be given towards mowing the churchyard.",
		"resolution|that the bench quote be accepted.",
	})
}

// TestHeadOverLeadIn: a short line over a lead-in heads the points under
// it, the theme they carry ("How we work" over "As an Executive, we commit
// that we will:").
func TestHeadOverLeadIn(t *testing.T) {
	d := doc(true,
		"Our Strategic Plan 2026-29", "",
		"How we work", "",
		"As an Executive, we commit that we will:", "",
		"• Listen to residents before every major decision.", "",
		"Our core aims", "",
		"We will:", "",
		"• Build the right homes in the right places.",
	)
	show := func(a action.Action) string { return a.Theme + "|" + a.Action }
	expectItems(t, Find(d, nil, Options{}), show, []string{
		"How we work|we commit that we will Listen to residents before every major decision.",
		"Our core aims|Build the right homes in the right places.",
	})
}

// TestBulletRunsOfDoing: on a page of no stated kind, three or more
// bullets one after another, each opening with a verb in the imperative
// or a long "-ing" form, are the page's list of what it will do, whatever
// its title; a short "-ing" bullet names a priority, and a list told in
// the past or aimed at before is no plan.
func TestBulletRunsOfDoing(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + a.DueRaw }
	runFindCases(t, []findCase{
		{"imperatives under a priority", "", []string{
			"What we will work on this year", "",
			"Better homes", "",
			"- Review the tenancy strategy by March 2026", "",
			"- Improve the repairs service for older tenants", "",
			"- Build forty new homes on the depot site",
		}, []string{
			"commitment|Review the tenancy strategy by March 2026|March 2026",
			"commitment|Improve the repairs service for older tenants|",
			"commitment|Build forty new homes on the depot site|",
		}},
		{"long -ing bullets under a lead-in", "", []string{
			"Our priorities for the coming years are:", "",
			"• Working with our partners to cut fuel poverty and help residents claim what they are owed.", "",
			"• Reducing the number of people sleeping rough in the town centre through outreach and support.", "",
			"• Providing a youth service in every ward that young people help to shape and run.",
		}, []string{
			"commitment|Working with our partners to cut fuel poverty and help residents claim what they are owed.|",
			"commitment|Reducing the number of people sleeping rough in the town centre through outreach and support.|",
			"commitment|Providing a youth service in every ward that young people help to shape and run.|",
		}},
		{"short -ing bullets name priorities", "", []string{
			"And three new priorities:", "",
			"• Supporting safer and fairer neighbourhoods", "",
			"• Promoting learning and reducing inequality", "",
			"• Supporting a greener local economy",
		}, nil},
		{"short imperatives under a lead-in", "", []string{
			"Our five promises to residents are:", "",
			"• Put residents first", "",
			"• Be open in our decisions", "",
			"• Protect green spaces", "",
			"• Plant more trees",
		}, []string{
			"commitment|Put residents first|",
			"commitment|Be open in our decisions|",
			"commitment|Protect green spaces|",
			"commitment|Plant more trees|",
		}},
		{"aims in the infinitive, numbered or bulleted; an agenda's 'To receive …' is no aim, nor what a body's role is", "", []string{
			"Highways", "",
			"1. To seek better repairs of the lanes and verges.", "",
			"2. To raise the village's parking problems with the county.", "",
			"3. To identify, log and report flooding on the main road.", "",
			"Role of a parish council", "",
			"• To give views on planning applications in the parish", "",
			"• To undertake small projects that benefit residents", "",
			"• To help other tiers of local government hear residents", "",
			"Agenda", "",
			"• To receive apologies for absence from members", "",
			"• To consider the clerk's report for the month", "",
			"• To approve the minutes of the last meeting",
		}, []string{
			"commitment|To seek better repairs of the lanes and verges.|",
			"commitment|To raise the village's parking problems with the county.|",
			"commitment|To identify, log and report flooding on the main road.|",
		}},
		{"a list told in the past", "", []string{
			"Last year the team:", "",
			"• Reviewed the tenancy strategy with tenants", "",
			"• Improved the repairs service for older tenants", "",
			"• Built forty new homes on the depot site",
		}, nil},
	}, show)
}

// TestLetteredHeads: a typed paper's lettered items' titles on lines of
// their own, counting up over their records, are headings; a record is
// not read with its title run into it.
func TestLetteredHeads(t *testing.T) {
	lines := []string{
		"3.         Matters considered",
		"a)  20 mph zone", "The chairman has written again but has no reply from the highways team",
		"b)  Footpath railing", "Ann and Bob reported that they have mended the railing by the farm.",
		"c)  Council thanks to Village maintenance volunteers", "Jem will write to the many people of the village who give their time to keep it tidy.",
		"d)  Bus shelter", "Agreed that the shelter will be repainted in the spring.",
	}
	expectItems(t, Find(doc(false, lines...), nil, Options{Genre: action.DocMinutes}), showKindRefActionOwner, []string{
		"commitment||Jem will write to the many people of the village who give their time to keep it tidy.|",
		"resolution|3(d)|Agreed that the shelter will be repainted in the spring.|",
	})
}

// TestMinuteTitle: a title in title case, of up to twelve words, run
// into "It was …" or "The …" splits off its record.
func TestMinuteTitle(t *testing.T) {
	for _, tt := range []struct{ body, title, rest string }{
		{"Grass cutting It was proposed by Cllr Hale, seconded by Cllr Pryce and resolved that the verges be cut.", "Grass cutting", "It was proposed by Cllr Hale, seconded by Cllr Pryce and resolved that the verges be cut."},
		{"Review of the Standing Orders and Financial Regulations of the Council The Clerk presented the revised documents.", "Review of the Standing Orders and Financial Regulations of the Council", "The Clerk presented the revised documents."},
		{"The minutes were accepted.", "", ""},
	} {
		if title, rest := minuteTitle(tt.body); title != tt.title || rest != tt.rest {
			t.Errorf("minuteTitle(%q) = %q, %q; want %q, %q", tt.body, title, rest, tt.title, tt.rest)
		}
	}
}

// TestCapsTitle: a title in capitals, however long, whose date is written
// in mixed case ("2nd") or ends in its year, then its record.
func TestCapsTitle(t *testing.T) {
	body := "TO APPROVE AND SIGN THE MINUTES OF THE MEETING OF THE PARKS COMMITTEE HELD ON 2nd DECEMBER 2019 The minutes were accepted, proposed by Cllr Boyd, seconded by Cllr Gray and carried."
	m := capsTitle.FindStringSubmatch(body)
	if m == nil || m[2] != "The minutes were accepted, proposed by Cllr Boyd, seconded by Cllr Gray and carried." {
		t.Errorf("capsTitle(%q) = %q", body, m)
	}
}

// TestSentenceBrokenOverLines: in web text, a line of five words or more
// left open, over one that goes on in lower case, is one sentence the
// copy broke; not after a tag's initials, nor over a point lettered in
// lower case.
func TestSentenceBrokenOverLines(t *testing.T) {
	expectItems(t, Find(doc(true,
		"12. Minutes", "",
		"RESOLVED: that the minutes of the meeting held on 3 May", "",
		"be confirmed as a correct record and signed by the Chair.", "",
		"13. Matters arising", "",
		"b/f The new gate by the pond to be fitted. Action: JB", "",
		"b/f The bench by the hall to be painted. Action: WM", "",
	), nil, Options{Genre: action.DocMinutes}), showKindRefActionOwner, []string{
		"resolution|12|that the minutes of the meeting held on 3 May be confirmed as a correct record and signed by the Chair.|",
		"commitment||b/f The new gate by the pond to be fitted. Action: JB|JB",
		"commitment||b/f The bench by the hall to be painted. Action: WM|WM",
	})
	for _, tt := range []struct {
		line, next string
		want       bool
	}{
		{"RESOLVED: that the minutes of the meeting held on 3 May", "be confirmed as a correct record.", true},
		{"b/f The new gate by the pond to be fitted. Action: JB", "b/f The bench by the hall to be painted.", false},
		{"i. Assess how well the plan has worked in the light of decisions", "j. Review how the council tells residents", false},
		{"i. Assess how well the plan has worked in the light of decisions", "l.To build up the reserves", false},
		{"that the hall be let to the club on Fridays; and", "that the fee be set at £20.", false},
		{"The group will visit the new play area in Northumberland", "next week with the clerk.", true}, // a word ending in "and" is no "and"
		{"The minutes were signed", "as a true record.", false},                                         // four words: a title, perhaps
	} {
		if got := cutMidClause([]byte(tt.line), tt.next); got != tt.want {
			t.Errorf("cutMidClause(%q, %q) = %v, want %v", tt.line, tt.next, got, tt.want)
		}
	}
	// A line that stops on an owner's name goes on, whatever the next
	// line opens with.
	for _, tt := range []struct {
		line, next string
		want       bool
	}{
		{"That the Chair and Vice Chair review the Committee’s", "Work Programme.", true},
		{"(b) That the Clerk write to the County Council's", "Highways Officer.", true},
		{"That the Clerk write to St Mary's", "The hall is booked.", true},
		{"The plan was agreed", "The Clerk will order the signs.", false},
	} {
		if got := sentenceGoesOn([]byte(tt.line), tt.next); got != tt.want {
			t.Errorf("sentenceGoesOn(%q, %q) = %v, want %v", tt.line, tt.next, got, tt.want)
		}
	}
}

// An agenda item's title with a nil return ("Declarations of Interest –
// none") is no decision, whatever its first word or the decision after it.
func TestNilReturns(t *testing.T) {
	page := "MINUTES ORDINARY MEETING OF THE PARISH COUNCIL Held at the Hall March 3rd 2021 at 7pm\n\n" +
		"Present : Cllr A. Ash (Chair) Cllr B. Birch\n\n" +
		"1. Apologies – Cllr Oak on holiday. 2. Declarations of Interest Pecuniary Interest – none. Other Interests – none declared. 3. Grants of Dispensation – none requested 4. To approve the Minutes a. The minutes of the meeting held on 2 February 2021 were approved and signed by the Chair. b. The new Standing Orders were approved by the Council and signed by the Chair.\n\n" +
		"5. Reports\n\na) The Clerk has paid the grass cutting contractor.\n"
	d := textDoc(t, page)
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), showKindRefActionOwner, []string{
		"resolution|4(a)|The minutes of the meeting held on 2 February 2021 were approved and signed by the Chair.|",
		"resolution|4(b)|The new Standing Orders were approved by the Council and signed by the Chair.|",
	})
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Declarations of Interest – none. Other Interests – none recorded.", true},
		{"Grants of dispensation: nil", true},
		{"Public Participation - none present", false},
		{"The Clerk confirmed there were none.", false},
		{"Grants – none requested; the Clerk will write to the club.", false},
	} {
		if got := nilReturn(tt.text); got != tt.want {
			t.Errorf("nilReturn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// kindThemeAction shows an item as its kind, theme and text, for tests
// that check what a plan's page is read as and under which heading.
func kindThemeAction(a action.Action) string { return a.Kind + "|" + a.Theme + "|" + a.Action }

// TestAtSignGoesOn: a point's line that ends in "@" (its "at") goes on
// past a blank line; it is no title of its own.
func TestAtSignGoesOn(t *testing.T) {
	d := doc(false,
		"Publicity actions.", "",
		"7. Send the survey form to every household in the parish – J Hale.", "",
		"8. Book a stall to show the draft plan at the summer fete @", "",
		"12th June on the recreation ground – J Hale by the July meeting.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{
		"7|Send the survey form to every household in the parish – J Hale.",
		"8|Book a stall to show the draft plan at the summer fete @ 12th June on the recreation ground – J Hale by the July meeting.",
	})
}

// TestSignOffMidSentence: in typed minutes, "Chairman." on the line after
// "… signed by the" ends the decision's sentence; it is no sign-off.
func TestSignOffMidSentence(t *testing.T) {
	page := "4.    MINUTES\n\n" +
		"      The minutes of the last meeting had been circulated. It was proposed, seconded and\n\n" +
		"      RESOLVED that they were a correct record and that they were duly signed by the\n" +
		"      Chairman.\n\n" +
		"5.    GRANTS\n\n      None were made.\n\n" +
		"      Chairman\n"
	d := textDoc(t, page)
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), showKindRefActionOwner, []string{
		"resolution|4|that they were a correct record and that they were duly signed by the Chairman.|",
	})
}

// pagedDoc is textDoc set on a page, as a PDF's lines are.
func pagedDoc(t *testing.T, page string) layout.Doc {
	t.Helper()
	d := textDoc(t, page)
	d.Pages = 1
	for i := range d.Lines {
		d.Lines[i].Page = 1
	}
	return d
}

// textDoc reads page as the text reader reads a plain-text paper.
func textDoc(t *testing.T, page string) layout.Doc {
	t.Helper()
	d, err := plaintext.Reader{}.Read(t.Context(), []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSecondedSubList: a lead-in whose mover a copy set apart carries only
// its label; a clause's "to:" over lettered points that edit a plan gives
// each point, with the clause's words, as a decision of its own (321/19).
func TestSecondedSubList(t *testing.T) {
	got := Find(doc(true,
		"It was proposed by Councillor Hale, seconded by Councillor Dyer and RESOLVED to:",
		"",
		"1.    Approve the design of the plan and publish it on the website;",
		"",
		"2.    Ask the Parks Committee to:",
		"",
		"a)    Remove the aim on allotments as no land is available;",
		"",
		"b)    Move the aim on verges to the climate section.",
	), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{
		"1|RESOLVED to approve the design of the plan and publish it on the website",
		"2(a)|RESOLVED to ask the Parks Committee to: Remove the aim on allotments as no land is available;",
		"2(b)|RESOLVED to ask the Parks Committee to: Move the aim on verges to the climate section.",
	})
}

// TestInfinitiveSubPoints: a numbered decision told in the past that ends
// in a colon over lettered points each in the infinitive ("2. Approved the
// steps below:" over "a. To prepare …", "b. To set up …") gives each point,
// with the clause's words and its own deadline, as a decision of its own;
// a clause not told in the past keeps its points (303/19).
func TestInfinitiveSubPoints(t *testing.T) {
	got := Find(textDoc(t, "That Cabinet:\n"+
		"1. Noted the outcome of the review of the library service.\n"+
		"2. Approved the next steps required after the review, as outlined in the report (points 4 to 6):\n"+
		"a. To prepare a recovery plan by 31 March 2027;\n"+
		"b. To set up a steering group with the two partner councils.\n"+
		"3. Authorised the Head of Libraries to agree the terms of the partnership.\n"+
		"4. Noted that a further update will come to Cabinet in the autumn.\n"), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{
		"1|Cabinet Noted the outcome of the review of the library service.",
		"2(a)|Cabinet Approved the next steps required after the review, as outlined in the report (points 4 to 6): To prepare a recovery plan by 31 March 2027;",
		"2(b)|Cabinet Approved the next steps required after the review, as outlined in the report (points 4 to 6): To set up a steering group with the two partner councils.",
		"3|Cabinet Authorised the Head of Libraries to agree the terms of the partnership.",
		"4|Cabinet Noted that a further update will come to Cabinet in the autumn.",
	})
	if len(got) > 1 && got[1].Due != "2027-03-31" {
		t.Errorf("2(a) due %q, want the point's own deadline 2027-03-31", got[1].Due)
	}
	// A clause that only takes note of steps ("Noted the work officers
	// have in hand:") decides none of them.
	got = Find(textDoc(t, "That Cabinet:\n"+
		"1. Noted the progress report.\n"+
		"2. Noted the steps the service has already begun:\n"+
		"a. To train the new wardens by May 2026;\n"+
		"b. To open the second depot.\n"), nil, Options{Genre: action.DocMinutes})
	for _, a := range got {
		if a.Due != "" || strings.HasPrefix(a.Ref, "2(") {
			t.Errorf("noted steps became decisions: %s|%s|%s", a.Ref, a.Action, a.Due)
		}
	}
	// Other verbs that decide or hand on what is to be done lead in to
	// their points as "Approved" does.
	for _, v := range []string{"Delegated", "Decided", "Supported", "Commissioned"} {
		got = Find(textDoc(t, "That Cabinet:\n"+
			"1. Received the annual report.\n"+
			"2. "+v+" the actions the team will take:\n"+
			"a. To prepare a list of the town's trees by June 2026;\n"+
			"b. To set up a tree warden scheme.\n"), nil, Options{Genre: action.DocMinutes})
		refs := []string{}
		for _, a := range got {
			refs = append(refs, a.Ref)
		}
		if strings.Join(refs, " ") != "1 2(a) 2(b)" {
			t.Errorf("%s: refs %v, want 1 2(a) 2(b)", v, refs)
		}
	}
	// A clause not told in the past keeps its infinitives: a group's
	// duties in its terms of reference are the words it approves.
	got = Find(textDoc(t, "RESOLVED:\n"+
		"1. That the report be noted.\n"+
		"2. That the terms of reference of the working group be amended to read:\n"+
		"a. To review the grants made each year;\n"+
		"b. To report to the Council twice a year.\n"), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{
		"1|That the report be noted.",
		"2|That the terms of reference of the working group be amended to read: a. To review the grants made each year; b. To report to the Council twice a year.",
	})
}

// TestLetteredDeeds: a list of works to be done, lettered "a." with or
// without a space after the stop, gives each deed under its lead; and a
// decision ending "as follows and attached;" leads in to its lettered
// points as a colon would (292/02, 292/19).
func TestLetteredDeeds(t *testing.T) {
	got := Find(doc(true,
		"5. Churchyard inspection",
		"The committee agreed that the following works were needed:",
		"a.All moss cleared from the lych gate roof.",
		"b.The gravel path raked level from the gate to the tap.",
		"c. The yew by the north wall be checked by a tree surgeon.",
		"6. Business plan",
		"It was proposed by Councillor Hale, seconded by Councillor Dyer and RESOLVED to approve the changes to the business plan as follows and attached;",
		"a. Remove the aim to open a second allotment site, as no land is available,",
		"b. Move the aim on wildflower verges to the climate section.",
	), nil, Options{Genre: action.DocMinutes})
	expectItems(t, got, func(a action.Action) string { return a.Ref + "|" + a.Action }, []string{
		"5(a)|The committee agreed that the following works were needed All moss cleared from the lych gate roof.",
		"5(b)|The committee agreed that the following works were needed The gravel path raked level from the gate to the tap.",
		"5(c)|The committee agreed that the following works were needed The yew by the north wall be checked by a tree surgeon.",
		"6(a)|Remove the aim to open a second allotment site, as no land is available,",
		"6(b)|Move the aim on wildflower verges to the climate section.",
	})
}

// TestBareThat: "That:" alone leads in to its bullets, each a
// recommendation of a report's (291/20).
func TestBareThat(t *testing.T) {
	got := Find(doc(true,
		"Purpose of the report",
		"1. This report sets out progress on the council's recovery plan.",
		"2. That:",
		"• progress on the plan since March is noted;",
		"• the revised plan at Appendix A is agreed; and",
		"• quarterly reports to the committee are noted.",
	), nil, Options{Genre: action.DocReport})
	expectItems(t, got, kindAction, []string{
		"recommendation|progress on the plan since March is noted",
		"recommendation|the revised plan at Appendix A is agreed",
		"recommendation|quarterly reports to the committee are noted.",
	})
}

// TestOneLinePlanRows: a plan's table that a copy ran into one line, header
// and rows together, gives an action a row, from the row's number to the
// next; the header's update column straight after the action's leaves the
// row's first sentence as the action (its stop maybe lost), the rest its
// progress, and a last row cut short out. Bare numbers count only under a
// header that names their column; minutes are not read so. (This is the
// one reader of the shape: the text reader cuts no such line into rows.)
func TestOneLinePlanRows(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + a.Ref + "|" + a.Action + "|" + a.Progress }
	parksReview := "PARKS PLAN REVIEW AREA 2 - GREEN SPACES Aim Ref Action Progress up to 31 March 2026 Keep every park open all year. " +
		"1 Repair the paths in the north parks. Two of the paths were relaid in 2 phases by 30 June. " +
		"2 Agree a grounds contract for the Category A parks with the two towns The contract was let in May and runs to 2030. " +
		"3 Plant trees along the river walk. Ninety trees went in over the winter and more are planned for the autumn. " +
		"4 Open a cafe in the main park. The cafe opened at Easter. 5 Publish a map of the"
	cases := []struct {
		name, genre, line string
		want              []string
	}{
		{"numbered rows under a header naming their column", "",
			"Green Spaces Plan 2025 Contents Plan 3 Annex 9 Parks and Verges Ref Action Priority Timescale Lead (with partners) 1 Plant new hedges along the northern verges of the estate High Year 1 Parks Team Hedges planted and watered through the summer. 2 Repair the benches and bins around the duck pond Medium Year 2 Parks Team Benches back in use. 3 Survey the old orchard and agree how it is to be kept Low Year 3 Friends Group Survey written up.",
			[]string{
				"action|1|Plant new hedges along the northern verges of the estate High Year 1 Parks Team Hedges planted and watered through the summer.|",
				"action|2|Repair the benches and bins around the duck pond Medium Year 2 Parks Team Benches back in use.|",
				"action|3|Survey the old orchard and agree how it is to be kept Low Year 3 Friends Group Survey written up.|",
			}},
		{"lettered rows, a star marking some", "",
			"Safer Streets Plan (draft) Aim: fewer thefts from cars in the town centre. Action Lead Partner Outcome Completion Date 2a Fit brighter lamps in the two main car parks Town Council Lamps fitted Within one year 2b Print a leaflet on locking cars and hiding bags Town Council / Police More people aware Within six months 2c* Hold a stall at the Saturday market twice a year Police Residents told in person Ongoing",
			[]string{
				"action|2a|Fit brighter lamps in the two main car parks Town Council Lamps fitted Within one year|",
				"action|2b|Print a leaflet on locking cars and hiding bags Town Council / Police More people aware Within six months|",
				"action|2c*|Hold a stall at the Saturday market twice a year Police Residents told in person Ongoing|",
			}},
		{"an update column after the action's", "",
			"THEME 2 - MORE PLACES TO PLAY Priority Ref Action Update to 31 May 2024 Give every ward a play area within walking distance. 1 Refurbish the play area on Mill Lane. Work began in April and the new swings are in. 2 Find a site for a play area in the east ward. Two sites were looked at and one was turned down. 3 Agree a yearly check of all play equipment. The first checks were done in May.",
			[]string{
				"action|1|Refurbish the play area on Mill Lane.|Work began in April and the new swings are in.",
				"action|2|Find a site for a play area in the east ward.|Two sites were looked at and one was turned down.",
				"action|3|Agree a yearly check of all play equipment.|The first checks were done in May.",
			}},
		// The same, the action's stop lost before an article that opens
		// the update ("… two towns The contract …"; not before a letter
		// that names something, "Category A"); numbers out of turn ("2
		// phases", "30 June") start no row, and a last row the copy cut
		// short ("5 Publish a map of the") is left out.
		{"an update column after the action's, a stop lost", "", parksReview,
			[]string{
				"action|1|Repair the paths in the north parks.|Two of the paths were relaid in 2 phases by 30 June.",
				"action|2|Agree a grounds contract for the Category A parks with the two towns|The contract was let in May and runs to 2030.",
				"action|3|Plant trees along the river walk.|Ninety trees went in over the winter and more are planned for the autumn.",
				"action|4|Open a cafe in the main park.|The cafe opened at Easter.",
			}},
		// With no update column after the action's, the whole row is
		// the action.
		{"no update column", "", strings.Replace(strings.TrimSuffix(parksReview, " The cafe opened at Easter. 5 Publish a map of the"), "Progress up to", "Lead up to", 1),
			[]string{
				"action|1|Repair the paths in the north parks. Two of the paths were relaid in 2 phases by 30 June.|",
				"action|2|Agree a grounds contract for the Category A parks with the two towns The contract was let in May and runs to 2030.|",
				"action|3|Plant trees along the river walk. Ninety trees went in over the winter and more are planned for the autumn.|",
				"action|4|Open a cafe in the main park.|",
			}},
		{"bare numbers under a header that names no number column", "",
			"Delivery Plan Action Lead Timescale Outcome The plan sets out what the partners will do over the next three years. 1 Partners met in March and agreed the terms of the group. 2 Partners met in June and looked at the figures for the year. 3 Partners met in September and heard from the schools about their work.",
			nil},
		{"minutes run into a line", action.DocMinutes,
			"Minutes of the meeting Item Action Lead Date 1a Apologies were received from two members of the group. 1b Declarations of interest: none were made at this meeting. 1c Minutes of the last meeting were read and signed as a true record by the chair.",
			nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []action.Action
			for _, a := range Find(doc(true, tc.line), nil, Options{Genre: tc.genre}) {
				if a.Kind == action.KindAction {
					got = append(got, a)
				}
			}
			expectItems(t, got, show, tc.want)
		})
	}
}

// TestPlanNames: a paper titled a plan by any of the names plans go by
// (a business plan, a work programme, a service plan) reads its
// paragraphs in the imperative as what it will do, as an action plan
// does; a report does not.
func TestPlanNames(t *testing.T) {
	lines := []string{
		"Green Spaces", "",
		"Plant two hundred new trees along the main roads of the town by the end of the year.", "",
		"Improve the paths in the walled garden and open the garden to visitors on summer weekends.", "",
		"The parks budget was set in February after a long debate.",
	}
	for _, title := range []string{"Parks Business Plan 2024-26", "Open Spaces Work Programme", "Green Spaces Service Plan 2025 to 2030"} {
		expectItems(t, Find(doc(true, lines...), nil, Options{Title: title}), kindThemeAction, []string{
			"commitment|Green Spaces|Plant two hundred new trees along the main roads of the town by the end of the year.",
			"commitment|Green Spaces|Improve the paths in the walled garden and open the garden to visitors on summer weekends.",
		})
	}
	expectItems(t, Find(doc(true, lines...), nil, Options{Title: "Parks Annual Report"}), kindThemeAction, nil)
}

func showKindRefAction(a action.Action) string { return a.Kind + "|" + a.Ref + "|" + a.Action }

// TestFlattenedReportRecommendations: a report's cover sheet that a copy
// ran into one line, its "Recommendations:" label in the middle and the
// report's numbered sections after it: the recommendation is the text
// after the label, up to the next section's number and title in
// capitals.
func TestFlattenedReportRecommendations(t *testing.T) {
	flat := doc(true, "ASHVALE BOROUGH COUNCIL Report of: Head of Culture To: Cabinet 2nd May 2024 Author: Kim Lowe, Museums Officer "+
		"Subject: Museum Opening Hours Purpose: This report sets out how the museum could open on Sundays through the year, drawing on a count of "+
		"visitors at the weekend events held last summer and on what the volunteers who staff the front desk have told officers about the days they can give. "+
		"Recommendations: 1) Cabinet agrees to open the museum on Sundays from September. This will let more families visit. "+
		"1.0 BACKGROUND 1.1 The museum has opened from Tuesday to Saturday since it moved to the old library building in 2009, and its visitor numbers have "+
		"fallen in each of the last three years. 1.2 The weekend events drew more than twice the visitors of an ordinary Saturday. 1.3 The upper rooms of the "+
		"building have had no heating since the boiler failed.")
	expectItems(t, Find(flat, nil, Options{}), showKindRefAction, []string{
		"recommendation|(1)|Cabinet agrees to open the museum on Sundays from September. This will let more families visit.",
	})
}

// TestRecommendationHeadingEnds: a numbered recommendation's words go
// on over the paragraphs that explain it, not past the heading of the
// paper's next part.
func TestRecommendationHeadingEnds(t *testing.T) {
	headed := doc(true,
		"Recommendation 1: The Council should light the path by the river.",
		"Recommendation 2: The Council should mend the fence at the pond.",
		"Background",
		"The park is used by many walkers after dark in the winter months.")
	expectItems(t, Find(headed, nil, Options{Genre: action.DocReport}), showKindRefAction, []string{
		"recommendation|1|The Council should light the path by the river.",
		"recommendation|2|The Council should mend the fence at the pond.",
	})
}

// TestBareRecommendationPoints: under a "Recommendations" label with no
// lead-in, points in the imperative or the infinitive whose bullets the
// copy lost are the recommendations.
func TestBareRecommendationPoints(t *testing.T) {
	bare := doc(true,
		"Recommendations",
		"Approve the new cycle routes for the town centre.",
		"To note the results of the consultation.",
		"Background",
		"The routes were drawn up last year with the cycling forum.")
	expectItems(t, Find(bare, nil, Options{Genre: action.DocReport}), showKindRefAction, []string{
		"recommendation||Approve the new cycle routes for the town centre.",
		"recommendation||To note the results of the consultation.",
	})
}

// TestWrappedClausePoints: in wrapped text, a lead-in's points that lost
// their bullets, each line ending its clause with a semicolon well short
// of the width, are points of their own.
func TestWrappedClausePoints(t *testing.T) {
	wrapped := doc(false,
		"The library service has run a pilot of longer opening hours at two of its",
		"branches over the winter, and this report sets out what the users said.",
		"",
		"The Board is recommended to:",
		"extend the longer hours to all branches;",
		"note the cost of the extra staff; and",
		"ask officers to report back in a year.",
		"",
		"Most of the users who answered the survey asked for the pilot to carry on,",
		"and many of them said that they would visit more often in the evenings.")
	expectItems(t, Find(wrapped, nil, Options{Genre: action.DocReport}), showKindRefAction, []string{
		"recommendation||The Board is recommended to extend the longer hours to all branches",
		"recommendation||The Board is recommended to note the cost of the extra staff",
		"recommendation||The Board is recommended to ask officers to report back in a year.",
	})
}

// TestMovedWordsNotCarried: the words of a motion or an amendment printed
// under the lead-in that moves them are no items unless a vote carries
// them: not when the vote went against them, nor when the copy stops
// before any vote.
func TestMovedWordsNotCarried(t *testing.T) {
	tests := []findCase{
		{"an amendment's points, lost on the vote, give nothing", action.DocMinutes, []string{
			"Cllr Reed moved and Cllr Lowe seconded an amendment that the plan be changed as follows:",
			"Objectives",
			"• Keep the town's library open on Saturdays",
			"• Plant two hundred street trees by the spring",
			"On being put to the vote the amendment was lost.",
		}, nil},
		{"a motion's clauses, the copy ending before its vote, give nothing", action.DocMinutes, []string{
			"A motion, proposed by Cllr Reed and seconded by Cllr Lowe, was submitted as follows:",
			"That the Council asks the Leader to write to the minister about the bus routes.",
			"That the Council sets up a working group on river pollution.",
		}, nil},
	}
	runFindCases(t, tests, kindAction)

	// A paper of pages (a PDF) is read as before: the lost amendment's
	// points still give their items there.
	paged := doc(true, tests[0].lines...)
	paged.Pages = 1
	for i := range paged.Lines {
		paged.Lines[i].Page = 1
	}
	if got := Find(paged, nil, Options{Genre: action.DocMinutes}); len(got) == 0 {
		t.Errorf("a paper of pages: no items, want the rules' reading as before")
	}
}

// TestLeadInDue: a promise under a lead-in is due when its own words say
// ("by June 2027"), else when the lead-in says for all its points, with
// "by" before the date or the deadline set before the lead-in's subject
// up to its year; a date before the paper's sets no deadline.
func TestLeadInDue(t *testing.T) {
	show := func(a action.Action) string { return a.Action + "|" + a.DueRaw + "|" + a.Due }
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the point's own date", []string{
			"The Clerk will:", "• order two benches for the green by June 2027", "• ask the county about the verges",
		}, []string{
			"The Clerk will order two benches for the green by June 2027|June 2027|2027-06-30",
			"The Clerk will ask the county about the verges||",
		}},
		{"the lead-in's date, for each point", []string{
			"By March 2027 the Clerk will:", "• order two benches for the green", "• ask the county about the verges by January 2027",
		}, []string{
			"By March 2027 the Clerk will order two benches for the green|March 2027|2027-03-31",
			"By March 2027 the Clerk will ask the county about the verges by January 2027|January 2027|2027-01-31",
		}},
		{"a deadline set before the subject, up to its year", []string{
			"Our parks", "By the end of the winter season (28 February 2027) we will have:",
			"• planted a hedge along the school lane", "• repaired the bridge over the brook",
		}, []string{
			"planted a hedge along the school lane|By the end of the winter season (28 February 2027)|2027-02-28",
			"repaired the bridge over the brook|By the end of the winter season (28 February 2027)|2027-02-28",
		}},
		// The span before the subject ends at the subject: a number
		// after it is the subject's or the deed's, not the deadline's
		// year; a subject after the year leaves the span whole.
		{"a fronted phrase's span ends at the subject", []string{
			"Our woods", "Before the first frost the 2030 Woodland Group will:",
			"• clear the ride beside the pond", "• mend the stile on the north path",
		}, []string{
			"Before the first frost the 2030 Woodland Group will clear the ride beside the pond||",
			"Before the first frost the 2030 Woodland Group will mend the stile on the north path||",
		}},
		{"a fronted deadline set before a named subject", []string{
			"Our woods", "Before the end of the planting season (31 March 2027) the Wildlife Trust will:",
			"• clear the ride beside the pond", "• mend the stile on the north path",
		}, []string{
			"clear the ride beside the pond|Before the end of the planting season (31 March 2027)|2027-03-31",
			"mend the stile on the north path|Before the end of the planting season (31 March 2027)|2027-03-31",
		}},
		{"a date before the paper's", []string{
			"The Clerk will:", "• write again about the letter sent in May 2025", "• ask the county about the verges",
		}, []string{
			"The Clerk will write again about the letter sent in May 2025||",
			"The Clerk will ask the county about the verges||",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectItems(t, Find(doc(true, tc.lines...), nil, Options{Date: "2026-09-01"}), show, tc.want)
		})
	}
}

// TestPlanOwnerReach: the post or body a plan's lead-in names before
// "will:" owns the points further down that name no owner, through its
// headings and aims, until another's lead-in, a lead-in naming no one, a
// point with its own owner or a table ends its reach; in minutes it owns
// only its own points.
func TestPlanOwnerReach(t *testing.T) {
	show := func(a action.Action) string { return a.Action + "|" + strings.Join(a.Owner, ";") }
	// (Read as plain text, whose short lines over points are headings.)
	for _, tc := range []findCase{
		{"through headings, an aim and an actions label, until another's lead-in", "", []string{
			"Safer streets 2026-2028", "",
			"In setting out its aims for the next two years the community safety partnership will:", "",
			"Fewer repeat victims", "", "Aim", "", "To cut the harm that repeat offending does to victims.", "",
			"Actions", "", "- Fund a second victim support worker.", "- Map the hot spots of antisocial behaviour.", "",
			"Support victims", "", "Actions", "", "- Open a weekend helpline.", "",
			"Our partners will:", "", "- Share incident data every quarter.",
		}, []string{
			"Fund a second victim support worker.|the community safety partnership",
			"Map the hot spots of antisocial behaviour.|the community safety partnership",
			"Open a weekend helpline.|the community safety partnership",
			"Share incident data every quarter.|",
		}},
		{"'As a Board, we' names who 'we' are; 'We will:' alone names no one", "", []string{
			"How we work", "",
			"As a Board, we promise that we will:", "",
			"• Publish our papers a week before each meeting.", "• Review our budget with residents each spring.", "",
			"Our aims", "", "We will:", "", "• Build three new play areas.",
		}, []string{
			"we promise that we will publish our papers a week before each meeting.|Board",
			"we promise that we will review our budget with residents each spring.|Board",
			"Build three new play areas.|",
		}},
		{"a point with its own owner ends the reach", "", []string{
			"Our approach", "",
			"In the first year of the plan and in the light of the survey the housing partnership will:", "",
			"Empty homes", "", "Actions", "",
			"- Survey the empty homes in the district.", "- Housing Team: inspect the hostels twice a year.", "- Review the lettings policy.",
		}, []string{
			"Survey the empty homes in the district.|the housing partnership",
			"Housing Team: inspect the hostels twice a year.|Housing Team",
			"Review the lettings policy.|",
		}},
		{"a heading naming another body ends the reach", "", []string{
			"Cleaner parks 2026-2028", "",
			"In setting out its aims for the next two years the parks partnership will:", "",
			"Litter", "", "Actions", "", "- Empty the bins on the common daily.", "",
			"Police actions", "", "- Walk the riverside path each evening.", "",
			"Partnership actions", "", "- Recruit six litter wardens.", "",
			"Actions for the District Council", "", "- Mend the lights in the car park by June.",
		}, []string{
			"Empty the bins on the common daily.|the parks partnership",
			"Walk the riverside path each evening.|",
			"Recruit six litter wardens.|",
			"Mend the lights in the car park by June.|",
		}},
		// The owner stays with the points it reached: when a label's
		// decisions take the place of the points before them, none of
		// them takes it.
		{"the points reached are dropped for the decisions after them", "", []string{
			"The youth services partnership will:", "", "- Recruit two mentors.", "",
			"Safer parks", "", "Actions", "", "- Run a summer sports camp.", "",
			"Decision:", "", "1. Approve the fees for the pavilion.", "", "2. Sell the old store on Bank Street.",
		}, []string{
			"Approve the fees for the pavilion.|",
			"Sell the old store on Bank Street.|",
		}},
		{"two posts named with 'and the' are two owners", "", []string{
			"The Head of Leisure and the Site Warden will:", "", "- Reseed the bowling green.",
		}, []string{
			"The Head of Leisure and the Site Warden will Reseed the bowling green.|The Head of Leisure;Site Warden",
		}},
		{"minutes: a lead-in owns its own points only", action.DocMinutes, []string{
			"The Board will:", "", "• Review the bus timetable with the operator.", "",
			"Actions", "", "- Repaint the shelter on the green.",
		}, []string{
			"The Board will review the bus timetable with the operator.|The Board",
			"Repaint the shelter on the green.|",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectItems(t, Find(doc(false, tc.lines...), nil, Options{Genre: tc.genre}), show, tc.want)
		})
	}
	// A title over the lead-in, with no line between, is no part of it:
	// the points carry the lead-in alone, and its owner.
	d := doc(false, "Our plan for 2026", "As a Board, we will:", "- Review the allocation policy by March 2027.")
	expectItems(t, Find(d, nil, Options{}), show, []string{"we will review the allocation policy by March 2027.|Board"})
	// A table between ends the reach: its rows say who does what.
	d = doc(false, "In the first year of the plan and in the light of the survey the housing partnership will:", "", "Empty homes", "", "Actions", "", "- Survey the empty homes in the district.", "")
	d.Lines = append(d.Lines, layout.Line{Text: "Measure | Baseline", Cells: []layout.Cell{{Text: "Measure"}, {Text: "Baseline"}}}, layout.Line{Text: ""})
	d.Lines = append(d.Lines, doc(false, "Lettings", "", "Actions", "", "- Review the lettings policy.").Lines...)
	expectItems(t, Find(d, nil, Options{}), show, []string{
		"Survey the empty homes in the district.|the housing partnership",
		"Review the lettings policy.|",
	})
}

// TestPromiseOwner: who a promise's lead-in names as doing its points.
func TestPromiseOwner(t *testing.T) {
	for _, tc := range []struct{ lead, want string }{
		{"The head of the finance team will:", "The head of the finance team"},
		{"Over the next two years the community safety partnership will:", "the community safety partnership"},
		{"In setting out its aims for 2026 the housing partnership will also:", "the housing partnership"},
		{"As an Executive, we undertake that we will:", "Executive"},
		{"As the Safeguarding Board we will:", "the Safeguarding Board"},
		{"We will:", ""},
		{"The Council will:", ""},
		{"As a council we will:", ""},
		{"This strategy will:", ""},
		{"In the coming year the Council will:", ""},
		// A post's name holds its own "the": the inner subject is looked
		// for only after a phrase of time or place, and "to", "at" and
		// "in" join a post's name there.
		{"The Warden to the Allotment Board will:", "The Warden to the Allotment Board"},
		{"Head of the Parks Service will:", "Head of the Parks Service"},
		{"In its second year the Warden to the Allotment Board will:", "the Warden to the Allotment Board"},
		// The one reading of a fronted phrase of time, as the sentences
		// have: the subject after it, named in capitals or not; "our …"
		// is the authors, as "Our partnership will:" is.
		{"During 2027 Age UK Northtown will:", "Age UK Northtown"},
		{"Over the next year our partnership will:", ""},
		// A title the copy ran into the lead-in (a page wrapped short).
		{"Our Priorities for 2026 to 2029 In its first year the youth partnership will:", "the youth partnership"},
	} {
		if got := promiseOwner(tc.lead); got != tc.want {
			t.Errorf("promiseOwner(%q) = %q, want %q", tc.lead, got, tc.want)
		}
	}
}

// TestLostHeadingTheme: in a copy that kept no headings, a short line
// standing alone (between blank lines, or a line a paragraph) that gives
// no item heads the promises under it in place of the paper's title; a
// heading the rules read themselves ("Priority 1: …") is not replaced by
// such a line, and a question ("How will we get there") or a label set
// over each of three cards heads nothing.
func TestLostHeadingTheme(t *testing.T) {
	opts := Options{Title: "Our Equality Promises"}
	expectItems(t, Find(doc(false,
		"Our Equality Promises", "",
		"Working with our communities", "",
		"We will publish the make-up of the district's population each year.", "",
		"We will train every member of staff in equality law.", "",
		"Listening and improving", "",
		"We will ask residents how our services could be easier to use.",
	), nil, opts), kindThemeAction, []string{
		"commitment|Working with our communities|We will publish the make-up of the district's population each year.",
		"commitment|Working with our communities|We will train every member of staff in equality law.",
		"commitment|Listening and improving|We will ask residents how our services could be easier to use.",
	})
	// A report's short lines alone are its cover's fields and names, and
	// a line giving a date or a telephone number is none in any paper.
	report := doc(false,
		"Our Equality Promises", "",
		"Jo Bell, Head of Service", "",
		"We will publish the make-up of the district's population each year.", "",
		"Enquiries 01632 960123", "",
		"We will train every member of staff in equality law.",
	)
	expectItems(t, Find(report, nil, Options{Title: opts.Title, Genre: action.DocReport}), kindThemeAction, []string{
		"commitment|Our Equality Promises|We will publish the make-up of the district's population each year.",
		"commitment|Our Equality Promises|We will train every member of staff in equality law.",
	})
	expectItems(t, Find(doc(false,
		"Our Equality Promises", "",
		"Updated 12 March 2026", "",
		"We will publish the make-up of the district's population each year.", "",
		"Enquiries 01632 960123", "",
		"We will train every member of staff in equality law.",
	), nil, opts), kindThemeAction, []string{
		"commitment|Our Equality Promises|We will publish the make-up of the district's population each year.",
		"commitment|Our Equality Promises|We will train every member of staff in equality law.",
	})
	expectItems(t, Find(doc(true,
		"Priority 1: Safer streets for everyone",
		"Share this page on social media",
		"We will light every footpath in the town centre.",
		"How will we get there",
		"We will meet the police each month to agree where to patrol.",
	), nil, opts), kindThemeAction, []string{
		"commitment|Priority 1: Safer streets for everyone|We will light every footpath in the town centre.",
		"commitment|Priority 1: Safer streets for everyone|We will meet the police each month to agree where to patrol.",
	})
	expectItems(t, Find(doc(true,
		"Provision 1",
		"Commentary",
		"We will answer every complaint within ten days.",
		"Provision 2",
		"Commentary",
		"We will log every complaint on the day it arrives.",
		"Provision 3",
		"Commentary",
		"We will review the policy each year.",
	), nil, opts), kindThemeAction, []string{
		"commitment|Provision 1|We will answer every complaint within ten days.",
		"commitment|Provision 2|We will log every complaint on the day it arrives.",
		"commitment|Provision 3|We will review the policy each year.",
	})
}

// TestHowHeadingTheme: "How we will do it" under a numbered priority
// whose title runs in before a dash names no theme: its points are the
// priority's, under the title.
func TestHowHeadingTheme(t *testing.T) {
	expectItems(t, Find(doc(true,
		"1. Better training – Everyone who works with families has a part to play, and we will build their skills.",
		"How we will do it",
		"- Offer a training course for school governors.",
		"- Share good practice between schools.",
	), nil, Options{}), kindThemeAction, []string{
		"commitment||we will build their skills.",
		"commitment|Better training|Offer a training course for school governors.",
		"commitment|Better training|Share good practice between schools.",
	})
}

// TestSameDoerGoesOn: "The Clerk" and "Clerk" are one doer, so a
// paragraph's second sentence naming the clerk without the article goes
// on with the first's undertaking rather than starting another.
func TestSameDoerGoesOn(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + strings.Join(a.Owner, ";") + "|" + a.Action }
	expectItems(t, Find(doc(true,
		"Year end: The Clerk will send the year end papers to every member. Clerk will keep the register of assets up to date.",
	), nil, Options{Genre: action.DocMinutes}), show, []string{
		"commitment|The Clerk|Year end: The Clerk will send the year end papers to every member. Clerk will keep the register of assets up to date.",
	})
}

// TestDoerAfterDecision: who acts on what a minute decided is its
// commitment's owner — one who agreed to act after the meeting's decision
// in the same sentence ("… it was decided …, so the Clerk agreed to …"),
// one named by initials in a tag at the point's end ("Action PW"), or one
// a bracketed tag names after a decision ("(Action: Clerk)").
func TestDoerAfterDecision(t *testing.T) {
	tests := []findCase{
		{"agreed after a decision", action.DocMinutes, []string{
			"c) Old noticeboard – nobody knew who had put it up but it was decided that it was no longer used so the Clerk agreed to take it down before the spring."},
			[]string{"commitment|Old noticeboard – nobody knew who had put it up but it was decided that it was no longer used so the Clerk agreed to take it down before the spring.|the Clerk"}},
		{"agreed after an agreement", action.DocMinutes, []string{
			"It was agreed to list the bus shelter for the June agenda but meanwhile Cllr Hale agreed to ring the bus company."},
			[]string{"commitment|It was agreed to list the bus shelter for the June agenda but meanwhile Cllr Hale agreed to ring the bus company.|Cllr Hale"}},
		{"initials tag", action.DocMinutes, []string{
			"b) Village sign – the Vice-Chairman is still waiting for the second quote which he would chase.      Action PW"},
			[]string{"commitment|Village sign – the Vice-Chairman is still waiting for the second quote which he would chase. Action PW|PW"}},
		{"a name ending in 'Action' and capitals is no initials tag", action.DocMinutes, []string{
			"The clerk will write to Friends of the Lake and Clean Water Action UK."},
			[]string{"commitment|The clerk will write to Friends of the Lake and Clean Water Action UK.|The clerk"}},
		{"bracketed tag after a decision", action.DocMinutes, []string{
			"Members resolved that the verge be cut twice this year. (Action: Clerk)."},
			[]string{"resolution|Members resolved that the verge be cut twice this year.|Clerk"}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";") })
}

// TestPronounAfterConnective: "she" after a connective ("Therefore, she
// would …") is the officer who spoke in the sentence before; one who
// agreed that a report "would be brought" undertook to bring it.
func TestPronounAfterConnective(t *testing.T) {
	d := doc(true, "A member said the record of the last meeting left out the talk on parking. The Democratic Services Officer advised that the record had to be complete. Therefore, she would update the minutes before the next meeting.",
		"In reply, the Area Lead agreed that a report on the markets would be brought to the autumn meeting.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string { return strings.Join(a.Owner, ";") }, []string{
		"The Democratic Services Officer", "the Area Lead"})
}

// TestPointsNotedLeadIn: the points a discussion noted are no list of
// recommendations, though the lead-in says members were invited to ask.
func TestPointsNotedLeadIn(t *testing.T) {
	tests := []findCase{
		{"points noted", action.DocMinutes, []string{
			"Members were invited to ask questions, in which the following points were noted:",
			"• The Harbour Master agreed to send Members the dredging timetable.",
			"• It was confirmed that the slipway had reopened in March."},
			[]string{"commitment|The Harbour Master agreed to send Members the dredging timetable.|The Harbour Master"}},
		// What a report put to the meeting to note, told in the past:
		// progress heard, no recommendations; a point that tells a deed
		// to come is still read on its own.
		{"points a report asked the meeting to note", action.DocMinutes, []string{
			"The Panel took a paper on its working groups. The Panel was asked to particularly note the following:",
			"(1) The Parks Group had not yet finished its plan and might need help from the Panel to move faster.",
			"(2) The Roads Group had set four actions in its plan.",
			"(3) Recycling rates were now showing as green, a large gain which should be celebrated.",
			"(4) The Treasurer agreed to send Members the depot figures in May."},
			[]string{"commitment|The Treasurer agreed to send Members the depot figures in May.|The Treasurer"}},
		// A report's own ask, in the present, still proposes.
		{"a report asking to note", action.DocReport, []string{
			"Cabinet is asked to note the following:",
			"(1) the progress made by the working groups;",
			"(2) the new dates for the depot works."},
			[]string{"recommendation|Cabinet is asked to note the following: (1) the progress made by the working groups (2) the new dates for the depot works.|"}},
		// The points run on in one line, their bullets inline: what each
		// says is the discussion's, not a clause for the second reader.
		{"noted points run inline", action.DocMinutes, []string{
			"2.1 The Panel went through its draft review - the following key points were noted: · It was felt that much good practice was open to members already. · That closer ties between the panels' remits would be welcomed. · That one way of tracking actions would be appreciated by all members.",
			"2.2 Resolved: that the review be agreed."},
			[]string{"resolution|that the review be agreed.|"}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";") })
}

// TestBracketedLabel: a label closed by a note in brackets instead of a
// colon ("Recommendation (to Council: 4 March 2026)") labels the clauses
// under it, here as recommendations on a decision page.
func TestBracketedLabel(t *testing.T) {
	d := doc(true, "Decision Maker: Executive", "Decision:", "Recommendation (to Council: 4 March 2026)",
		"(1) That the calendar of meetings for next year be approved.",
		"(2) That the Head of Democratic Services be authorised to set the calendar in later years.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocDecision}), func(a action.Action) string {
		return a.Ref + "|" + a.Kind + "|" + strings.Join(a.Owner, ";")
	}, []string{"(1)|recommendation|", "(2)|recommendation|Head of Democratic Services"})
}

// TestPowersDelegated: on a decision page with no label, the powers
// numbered under a delegation ("(2) To DELEGATE authority to the Director
// …, to:" over "(i) agree …") are the delegate's to use.
func TestPowersDelegated(t *testing.T) {
	d := doc(true, "Issue - decisions", "Parks Review", "12/03/2026 - Parks Review",
		"(1) To ENDORSE the aims set out in the review; and",
		"(2) To DELEGATE authority to the Director of Place, in consultation with the Cabinet Member for Parks, to:",
		"(i) agree how progress against the aims is measured; and",
		"(ii) agree small changes to the plan before it is published.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocDecision}), func(a action.Action) string {
		return a.Ref + "|" + strings.Join(a.Owner, ";")
	}, []string{"(1)|", "(i)|Director of Place", "(ii)|Director of Place"})
}

// TestActionTagWithRef: a tag on a line of its own that names who acts
// and then the number of the point it closes ("Action: JB/KL 2.3", a
// log's cells run together) names the point's owner; it is no
// undertaking of its own.
func TestActionTagWithRef(t *testing.T) {
	runFindCases(t, []findCase{
		{"initials and the point's number", "minutes", []string{"2.3 Sam will print a leaflet about the fair and send it to every house.", "", "Action: JB/KL 2.3", "",
			"2.4 The Clerk will book the hall for the spring meeting.", "", "Action: MW 2.4"},
			[]string{"commitment|2.3|Sam will print a leaflet about the fair and send it to every house.|JB/KL", "commitment|2.4|The Clerk will book the hall for the spring meeting.|MW"}},
	}, func(a action.Action) string {
		return a.Kind + "|" + a.Ref + "|" + a.Action + "|" + strings.Join(a.Owner, "/")
	})
}

// TestDelegatedGrantOwner: a decision read as "X to act" whose subject is
// a grant ("Delegated authority to the Head of Leisure to …") is owned by
// the post the grant names, not by the grant's words.
func TestDelegatedGrantOwner(t *testing.T) {
	items := Find(doc(true, "Agenda item", "", "Leisure centre hours", "", "",
		"·        Approved the new opening hours for the pools;", "",
		"·        Agreed that the hours be reviewed in May 2026; and", "",
		"·        Delegated authority to the Director of Leisure Services to take forward the new timetable with the swimming clubs.", "", "",
		"Report: Cabinet approval of the new opening hours", "",
		"1.     The Council wants its pools open when residents can use them."), nil, Options{})
	found := false
	for _, a := range items {
		if strings.HasPrefix(a.Action, "Delegated authority") {
			found = true
			if o := strings.Join(a.Owner, "|"); o != "Director of Leisure Services" {
				t.Errorf("owner = %q, want %q", o, "Director of Leisure Services")
			}
		}
	}
	if !found {
		t.Errorf("no item for the delegation in %v", items)
	}
}

// TestLeadInLists: the points under a lead-in that ends in a colon, each
// an item, read by the lead-in's shape, the points' markers and the form
// the points share.
func TestLeadInLists(t *testing.T) {
	tests := []findCase{
		// A body named alone after a phrase set before it, commas and all:
		// its bullets' verbs in the past complete it.
		{"a body after a fronted phrase", action.DocDecision, []string{
			"Issue - decisions",
			"After hearing the report, the officers' answers and the views of residents, the Panel:",
			"• Approved the tree survey for the three parks in May. This will cover the old orchard too.",
			"• Approved the hire of a surveyor.",
			"• Noted the cost of the survey.",
		}, []string{
			"resolution||the Panel Approved the tree survey for the three parks in May. This will cover the old orchard too.|",
			"resolution||the Panel Approved the hire of a surveyor.|",
			"resolution||the Panel Noted the cost of the survey.|",
		}},
		// Aims in the infinitive under a lead-in: a verb the lists do not
		// know ("rehouse") keeps the form, and the run.
		{"aims in the infinitive", "", []string{
			"Waste service aims",
			"The Council has four aims for the new service:",
			"1. To provide a weekly collection that is easy to use.",
			"2. To encourage people to recycle more of their waste.",
			"3. To rehouse the depot in a building that suits the fleet",
			"4. To examine how the depot can run more cheaply.",
		}, []string{
			"commitment|1|To provide a weekly collection that is easy to use.|",
			"commitment|2|To encourage people to recycle more of their waste.|",
			"commitment|3|To rehouse the depot in a building that suits the fleet|",
			"commitment|4|To examine how the depot can run more cheaply.|",
		}},
		// A list's tenth point follows its ninth, though a number of two
		// figures may elsewhere be a minute's.
		{"a tenth point", "", []string{
			"Parks service standards 2026",
			"The ten standards set out that we promise to do our best to:",
			"1. Reply to letters within a week.", "2. Keep you told of progress.", "3. Visit each park once a month.",
			"4. Repair broken swings quickly.", "5. Publish the survey results.", "6. Meet the friends groups twice a year.",
			"7. Plant new trees each winter.", "8. Clear litter from the paths.", "9. Mow the grass each fortnight.",
			"10. Commit to visiting every park, including those outside the town.",
		}, []string{
			"commitment|1|Reply to letters within a week.|", "commitment|2|Keep you told of progress.|", "commitment|3|Visit each park once a month.|",
			"commitment|4|Repair broken swings quickly.|", "commitment|5|Publish the survey results.|", "commitment|6|Meet the friends groups twice a year.|",
			"commitment|7|Plant new trees each winter.|", "commitment|8|Clear litter from the paths.|", "commitment|9|Mow the grass each fortnight.|",
			"commitment|10|Commit to visiting every park, including those outside the town.|",
		}},
		// "agreed to:" over lines that each open with a verb, their bullets
		// lost: each completes the lead-in; a lead-in of another kind ends
		// them.
		{"a lead-in's to over plain lines", action.DocMinutes, []string{
			"Park survey",
			"The Panel agreed to:",
			"Widen the survey to the allotments.",
			"Publish the results online.",
			"Create a page for each park.",
			"What this means for residents:",
			"Better information about the parks.",
		}, []string{
			"resolution||The Panel agreed to Widen the survey to the allotments.|",
			"resolution||The Panel agreed to publish the results online.|",
			"resolution||The Panel agreed to Create a page for each park.|",
		}},
		// A label naming what follows as actions still to take: each
		// line under it, a sentence of its own, is one, whatever its
		// grammar.
		{"lines under an action label", action.DocDecision, []string{
			"Issue - decisions",
			"Closure of the footpath for repairs",
			"Actions required:",
			"Notify the parish council.",
			"Put up signs at both ends of the path.",
			"A check of the surface by the ranger.",
		}, []string{
			"commitment||Notify the parish council.|",
			"commitment||Put up signs at both ends of the path.|",
			"commitment||A check of the surface by the ranger.|",
		}},
		// Topics' headings among a label's decisions, each over points
		// numbered under its own number: the points are the decisions.
		{"topics among decisions", action.DocMinutes, []string{
			"4. Cover for the clerk",
			"It was RESOLVED:",
			"4.1 Post:",
			"4.1.1 The Chair would collect the post each Monday.",
			"4.1.2 Letters would be answered within a week.",
			"4.2 Payments:",
			"4.2.1 Invoices would be paid by the Vice-Chair.",
		}, []string{
			"resolution|4.1.1|The Chair would collect the post each Monday.|Chair",
			"resolution|4.1.2|Letters would be answered within a week.|",
			"resolution|4.2.1|Invoices would be paid by the Vice-Chair.|",
		}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestPaperTells: a paper as the subject telling the meeting something;
// a post whose title ends in a paper's word is no paper.
func TestPaperTells(t *testing.T) {
	for s, want := range map[string]bool{
		"The annual report of the Treasurer showed that the reserves had grown.":  true,
		"The draft plan set out how the verges would be cut.":                     true,
		"The Lead Member for Waste policy said that she would write to them.":     false,
		"The Cabinet Member for Transport Strategy confirmed that he would call.": false,
	} {
		if got := paperTells(s); got != want {
			t.Errorf("paperTells(%q) = %v, want %v", s, got, want)
		}
	}
}

// Who acts on a decision or an undertaking, read from its grammar or the
// page's labels: a list's points carrying on their lead's "that", an
// "Action by:" label over a post, a that-clause after "It was agreed",
// initials in brackets closing an undertaking (not an abbreviation spelt
// out before them).
func TestOwnersFromDecisionShapes(t *testing.T) {
	tests := []findCase{
		{"points after a lead's that", action.DocMinutes, []string{"7. Allotments", "It was RESOLVED that:", "(a) the annual rents be held;", "(b) Greenway Trust CIC brings a plan for the orchard to the next meeting."},
			[]string{"resolution|7(a)|the annual rents be held|", "resolution|7(b)|Greenway Trust CIC brings a plan for the orchard to the next meeting.|Greenway Trust CIC"}},
		{"action by label under the decisions", action.DocDecision, []string{"Decision:", "1. To adopt the play strategy.", "2. To consult on the new fees.", "Action by:", "HEAD OF LEISURE SERVICES"},
			[]string{"resolution|1|To adopt the play strategy.|HEAD OF LEISURE SERVICES", "resolution|2|To consult on the new fees.|HEAD OF LEISURE SERVICES"}},
		{"agreed that a post named with its remit", action.DocMinutes, []string{"4. Leisure", "It was agreed that the Portfolio Holder Leisure and Sport provide a note on the pool in the spring."},
			[]string{"resolution|4|It was agreed that the Portfolio Holder Leisure and Sport provide a note on the pool in the spring.|Portfolio Holder Leisure and Sport"}},
		{"initials in brackets", action.DocMinutes, []string{"Present: Cllr R. Tate (Chair), Cllr M. Lowe", "5. Hall", "Members discussed the chairs. A quote for new chairs will be brought to the next Hall Committee meeting (RT)."},
			[]string{"commitment||A quote for new chairs will be brought to the next Hall Committee meeting (RT).|RT"}},
		{"an abbreviation in brackets", action.DocMinutes, []string{"5. Hall", "Members discussed the lettings. A quote for the hall will be brought to the next meeting of the Village Youth Club (VYC)."},
			[]string{"commitment||A quote for the hall will be brought to the next meeting of the Village Youth Club (VYC).|"}},
		{"a clause joined by 'and' after a comma: its subject, not the conjunction", action.DocMinutes, []string{"5. Play area", "Members looked at the quotes for new swings, and the Clerk would then send the grant form to the district."},
			[]string{"commitment||Members looked at the quotes for new swings, and the Clerk would then send the grant form to the district.|the Clerk"}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestActionByNamesSomeone: the line under "Action by:" owns the
// decisions above it only when it names a person or a post; a status
// ("Under way") or a date there names no one.
func TestActionByNamesSomeone(t *testing.T) {
	runFindCases(t, []findCase{
		{"a post", action.DocDecision, []string{"Decision:", "1. To adopt the tree strategy.", "2. To consult on the parking charges.", "Action by:", "Director of Place"},
			[]string{"resolution|1|To adopt the tree strategy.|Director of Place", "resolution|2|To consult on the parking charges.|Director of Place"}},
		{"a status", action.DocDecision, []string{"Decision:", "1. To adopt the tree strategy.", "2. To consult on the parking charges.", "Action by:", "Ongoing"},
			[]string{"resolution|1|To adopt the tree strategy.|", "resolution|2|To consult on the parking charges.|"}},
	}, showKindRefActionOwner)
}

// TestSubjunctiveNotPastOfSameForm: a body, a plain verb, its particle
// and object read as a decision in the subjunctive ("the Wardens clear
// out the ditch"), but not when the verb's past is its base form ("cut",
// "let", "shut", "hit"): then the minutes tell what was done.
func TestSubjunctiveNotPastOfSameForm(t *testing.T) {
	for s, want := range map[string]bool{
		"the Parks Team clear out the ditch behind the hall": true,
		"The Town Council cut back the trees along the path": false,
		"The Grounds Team let out the field to the club":     false,
		"The Wardens shut off the gas to the kiosk":          false,
	} {
		if _, got := namedSubjunctive(s); got != want {
			t.Errorf("namedSubjunctive(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAfterConcessionClosingComma: the concession ends at the comma
// after which only the main clause's subject comes before its modal, not
// at the concession's own commas ("Though rents, rates and fees have
// gone up, …").
func TestAfterConcessionClosingComma(t *testing.T) {
	for s, want := range map[string]string{
		"Though rents, rates and fees have gone up, the Treasurer will hold the hall charge.": "the Treasurer will hold the hall charge.",
		"Though rents, rates and fees have gone up the Treasurer will hold the hall charge.":  "the Treasurer will hold the hall charge.",
		"Although late, the Clerk will send the agenda.":                                      "the Clerk will send the agenda.",
		"Although the van has a flat tyre the Clerk will collect the bunting.":                "the Clerk will collect the bunting.",
	} {
		if got := afterConcession(s); got != want {
			t.Errorf("afterConcession(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestBracketedCapitalsNoOne: capitals in brackets closing an undertaking
// are no one's initials when they say it is still to be confirmed
// ("(TBC)") or when the page spells them out as an abbreviation
// elsewhere ("Rural Transport Fund (RTF)" above "… from the fund (RTF)."),
// or when no one the page names answers to them.
func TestBracketedCapitalsNoOne(t *testing.T) {
	runFindCases(t, []findCase{
		{"still to be confirmed", action.DocMinutes, []string{"5. Hall", "Members discussed the heating. A quote for a new boiler will be brought to the next meeting (TBC)."},
			[]string{"commitment||A quote for a new boiler will be brought to the next meeting (TBC).|"}},
		{"an abbreviation spelt out further up", action.DocMinutes, []string{"4. Buses", "Members welcomed news of the Rural Transport Fund (RTF).", "5. Hall", "Members discussed the minibus. A bid for the minibus will be made to the fund (RTF)."},
			[]string{"commitment||A bid for the minibus will be made to the fund (RTF).|"}},
		// Capitals no one on the page answers to name a thing, spelt out
		// or not; those of a person named, or used as a person is, name
		// who acts.
		{"capitals that are no one's", action.DocMinutes, []string{"Present: Cllr P. Dean, Cllr K. Lowe", "5. Hall", "Members discussed the car park. A costed list of play equipment will be brought to the next meeting (CIL)."},
			[]string{"commitment||A costed list of play equipment will be brought to the next meeting (CIL).|"}},
		{"a person's initials from a titled name", action.DocMinutes, []string{"Present: Cllr P. Dean, Cllr K. Lowe", "5. Hall", "Members discussed the car park. A plan of the bays will be brought to the next meeting (PD)."},
			[]string{"commitment||A plan of the bays will be brought to the next meeting (PD).|PD"}},
		{"a person's initials from a first name and surname", action.DocMinutes, []string{"Present: Jane Ashby, Tom Reeve", "5. Hall", "Members discussed the car park. A plan of the bays will be brought to the next meeting (JA)."},
			[]string{"commitment||A plan of the bays will be brought to the next meeting (JA).|JA"}},
		{"capitals used as a person elsewhere", action.DocMinutes, []string{"4. Path", "The path is flooding again. Action: MW", "5. Hall", "Members discussed the car park. A plan of the bays will be brought to the next meeting (MW)."},
			[]string{"commitment||The path is flooding again. Action: MW|MW", "commitment||A plan of the bays will be brought to the next meeting (MW).|MW"}},
	}, showKindRefActionOwner)
}

// Deadlines said in a few more ways: a part of the year before "in", a
// half of a year, two dates joined by "and" (the last counts), a named
// body's next meeting, and a meeting still to be held on a date.
func TestDueInMoreForms(t *testing.T) {
	for s, want := range map[string]string{
		"The Clerk will update members early in 2026.":                   "early in 2026",
		"The wardens will run a litter pick in the second half of 2026.": "the second half of 2026",
		"Officers to report to the board in May 2026 and October 2026.":  "May 2026 and October 2026",
		"A note will come to the next Parks Board meeting.":              "the next Parks Board meeting",
		"The plan will go to the meeting to be held on 9 June 2026.":     "9 June 2026",
	} {
		if got := dueIn(s); got != want {
			t.Errorf("dueIn(%q) = %q, want %q", s, got, want)
		}
	}
	if pastEventIn("the plan be put to the meeting to be held on 9 June 2026") {
		t.Error("a meeting to be held on a date read as past")
	}
	if !pastEventIn("the minutes of the meeting held on 9 June 2025 be signed") {
		t.Error("a meeting held on a date not read as past")
	}
}

// TestRefAloneRows: a plan's table copied a cell a line, each row's
// number alone on its line before the action. Two numbers counting on
// with a code or without make the rows; a lone number, or numbers that
// do not count on, head nothing.
func TestRefAloneRows(t *testing.T) {
	tests := []findCase{
		{"rows numbered with a code", "", []string{
			"Aim 3. Quieter neighbourhoods",
			"NS 003.01", "Introduce a noise reporting line open at weekends", "Jo Bloggs",
			"A contractor has been chosen and the line is being tested with two housing estates.",
			"NS 003.02", "Review the licensing conditions for late venues", "Sam Smith",
		}, []string{
			"action|NS 003.01|Introduce a noise reporting line open at weekends|Jo Bloggs",
			"action|NS 003.02|Review the licensing conditions for late venues|Sam Smith",
		}},
		{"a lone number and numbers that do not count on", "", []string{
			"NS 003.01", "Introduce a noise reporting line open at weekends", "Some text between.",
			"NS 003.05", "Review the licensing conditions for late venues",
			"NS 004.01", "Consult traders on loading bays",
		}, nil},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestWhatTheCouncilWillDo: a heading that names the council, not "we",
// as the one that will do the points under it; a copy's second level of
// bullets ("o") goes with the point above it, while a list whose points
// all open with "o" keeps one item a point.
func TestWhatTheCouncilWillDo(t *testing.T) {
	tests := []findCase{
		{"the council named in the heading, sub-points joined", "", []string{
			"The parish council looks after the green and the pond.",
			"What the Parish Council will do",
			"* Plant native hedges along the edge of the green",
			"* It will cut the verges less often in the spring",
			"* Manage the pond for wildlife by:",
			"o clearing the weed each autumn",
			"o leaving one bank unmown",
		}, []string{
			"commitment||Plant native hedges along the edge of the green|the Parish Council",
			"commitment||It will cut the verges less often in the spring|the Parish Council",
			"commitment||Manage the pond for wildlife by: clearing the weed each autumn leaving one bank unmown|the Parish Council",
		}},
		{"one level of hollow bullets", "", []string{
			"What the Partnership will do",
			"o Publish a map of the cycle routes",
			"o Hold a ride for new cyclists each month",
		}, []string{
			"commitment||Publish a map of the cycle routes|the Partnership",
			"commitment||Hold a ride for new cyclists each month|the Partnership",
		}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestWhatDoerWillDoHeading: a heading of what will be done names its
// doer by the shape of a noun phrase — "the" and a few words, or a few
// capitalised words — not from a list of bodies, and ends with "do" (or
// a colon); a line that runs on after "do" is a sentence. The points
// under it are the doer's: it is their owner.
func TestWhatDoerWillDoHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"What the Parish Clerk will do":                          true,
		"What Housing Services will do":                          true,
		"What Friends of the Meadow plan to do":                  true,
		"WHAT THE LIBRARY SERVICE WILL DO":                       true,
		"What the town council will do":                          true,
		"What the Lottery Board will do: fund two new posts":     true,
		"What we will do and when":                               true,
		"What the new owners will do with the barn is not known": false,
		"What some people will do":                               false,
	} {
		if got := aheadHeading.MatchString(s); got != want {
			t.Errorf("aheadHeading(%q) = %v, want %v", s, got, want)
		}
		if got := promiseHeading.MatchString(s); got != want {
			t.Errorf("promiseHeading(%q) = %v, want %v", s, got, want)
		}
	}
	runFindCases(t, []findCase{
		{"a post named in the heading", "", []string{
			"What the Parish Clerk will do",
			"* Publish the minutes online within a week",
			"* Keep a list of the defects reported",
		}, []string{
			"commitment||Publish the minutes online within a week|the Parish Clerk",
			"commitment||Keep a list of the defects reported|the Parish Clerk",
		}},
		// With a colon the heading reads as a lead-in: its words are not
		// carried into the points, and its doer is still the owner.
		{"a post named in a heading set as a lead-in", "", []string{
			"What the Parish Clerk will do:",
			"* Publish the minutes online within a week",
		}, []string{
			"commitment||Publish the minutes online within a week|the Parish Clerk",
		}},
		{"a heading whose doer holds a verb", "", []string{
			"What the report says the council will do:",
			"* Publish the minutes online within a week",
		}, []string{
			"commitment||Publish the minutes online within a week|",
		}},
		// A document or a sum is no doer: the points stay the authors'.
		{"the paper named in the heading", "", []string{
			"What the Strategy will do",
			"* Publish the minutes online within a week",
		}, []string{
			"commitment||Publish the minutes online within a week|",
		}},
		{"the money named in the heading", "", []string{
			"What the new funding will do",
			"* Keep a list of the defects reported",
		}, []string{
			"commitment||Keep a list of the defects reported|",
		}},
		// A later heading or lead-in that names no doer of its own ends
		// the heading's doer.
		{"a later numbered heading", "", []string{
			"What the Parish Clerk will do",
			"* Publish the minutes online within a week",
			"",
			"2. The Drainage Board",
			"* Clear the ditch beside the mill lane",
		}, []string{
			"commitment||Publish the minutes online within a week|the Parish Clerk",
			"commitment||Clear the ditch beside the mill lane|",
		}},
		{"a later lead-in", "", []string{
			"What the Parish Clerk will do",
			"* Publish the minutes online within a week",
			"",
			"Working with the Wardens:",
			"* Walk the footpaths every quarter",
		}, []string{
			"commitment||Publish the minutes online within a week|the Parish Clerk",
			"commitment||Walk the footpaths every quarter|",
		}},
	}, showKindRefActionOwner)
}

// TestDoneHeadingTheme: a plan's progress page puts each outcome as a
// numbered part with a word before its name ("Outcomes theme 2: …") and
// under it "What we've done" over what was done and what comes next. The
// numbered part is the theme of every point under it; "What we've done"
// names only a part of each outcome's entry, as "What we will do" does.
func TestDoneHeadingTheme(t *testing.T) {
	show := func(a action.Action) string { return a.Theme + "|" + a.Action }
	d := doc(true,
		"Review of care plans", "",
		"This page is updated every term with the progress made.", "",
		"Outcomes theme 2: Reviews happen on time", "",
		"What we’ve done", "",
		"Two more review officers joined the assessment team in May.", "",
		"By the end of the summer term we will have:", "",
		"  • cleared the backlog of reviews older than a year",
		"  • written to every family whose review is late", "",
		"Outcomes theme 3: Families hear from us", "",
		"What we have done so far", "",
		"A newsletter went out to families in June.", "",
		"By the end of the summer term we will have:", "",
		"  • set up a phone line for families",
	)
	for i := range d.Lines {
		// The copy kept its headings' marks (an HTML page's h2 and h3).
		if t := d.Lines[i].Text; strings.HasPrefix(t, "Outcomes theme") || strings.HasPrefix(t, "What we") {
			d.Lines[i].Heading = 2
		}
	}
	expectItems(t, Find(d, nil, Options{Genre: action.DocOther, Title: "Review of care plans"}), show, []string{
		"Outcomes theme 2: Reviews happen on time|By the end of the summer term we will have cleared the backlog of reviews older than a year",
		"Outcomes theme 2: Reviews happen on time|By the end of the summer term we will have written to every family whose review is late",
		"Outcomes theme 3: Families hear from us|By the end of the summer term we will have set up a phone line for families",
	})
}

// TestQualifiedNumberedPartTheme: a word before a numbered part's name
// ("Outcomes theme 1: …", "Key priority 2 – …") leaves it the part's
// name, as "Strategic priority 1" is, in a copy that kept no heading marks.
func TestQualifiedNumberedPartTheme(t *testing.T) {
	show := func(a action.Action) string { return a.Theme + "|" + a.Action }
	expectItems(t, Find(doc(true,
		"Our plan is reviewed every spring. Residents shape it.",
		"Outcomes theme 1: Streets are cleaner",
		"- We will empty the town centre bins twice a day.",
		"Key priority 2 – Parks are safer",
		"- We will light the main paths through the park.",
	), nil, Options{Genre: action.DocOther}), show, []string{
		"Outcomes theme 1: Streets are cleaner|We will empty the town centre bins twice a day.",
		"Key priority 2 – Parks are safer|We will light the main paths through the park.",
	})
}

// TestThatDoesAdverbAndThanks: an adverb may stand between a that-clause's
// subject and its bare verb, and is not part of who acts; a vote of thanks
// ("That the Club warmly thank …") decides as the meeting's, with no owner.
func TestThatDoesAdverbAndThanks(t *testing.T) {
	d := doc(false, "Election of Chair", "It was proposed by Mrs Hale that Ms Okafor be elected Chair.",
		"a)    That Ms Okafor be elected Chair of the Allotments Club until May 2027;",
		"b)    That the Club warmly thank Mr P. Lowe for his years as Chair.",
		"c)    That the Site Warden promptly report any vacant plots to the Secretary.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string {
		return a.Ref + "|" + a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";")
	}, []string{"(a)|resolution|That Ms Okafor be elected Chair of the Allotments Club until May 2027|",
		"(b)|resolution|That the Club warmly thank Mr P. Lowe for his years as Chair.|",
		"(c)|resolution|That the Site Warden promptly report any vacant plots to the Secretary.|Site Warden"})
}

// TestThankByPost: a post asked to thank someone acts for the meeting and
// owns the act; a body's vote of thanks has no owner.
func TestThankByPost(t *testing.T) {
	d := doc(false, "Helpers", "RESOLVED:",
		"a)    That the Secretary thank the litter pickers in writing;",
		"b)    That the Forum warmly thank Ms Tran for her years as Secretary.")
	expectItems(t, Find(d, nil, Options{Genre: action.DocMinutes}), func(a action.Action) string {
		return a.Ref + "|" + a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";")
	}, []string{"(a)|resolution|That the Secretary thank the litter pickers in writing|Secretary",
		"(b)|resolution|That the Forum warmly thank Ms Tran for her years as Secretary.|"})
}

// TestApostropheAsOpeningMark: a ‘ typed between letters is an apostrophe,
// not a quotation opening that never closes, so what follows it in the
// paragraph is still read, and so is one after a letter or a digit
// ("walkers‘", "1980‘s"); a quotation opened after a space or a dash still
// hides its words.
func TestApostropheAsOpeningMark(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + a.Action }
	runFindCases(t, []findCase{
		{"typed apostrophe", action.DocMinutes, []string{"A resident spoke about the bell at St. Mary‘s Church. It was suggested that the parish ask the church for a share. The Chair agreed to ask the churchwarden before the next meeting."},
			[]string{"commitment|The Chair agreed to ask the churchwarden before the next meeting."}},
		{"a quotation", action.DocMinutes, []string{"The minute was amended to read ‘the hall was booked. The Clerk will write to the school.’"},
			nil},
		{"an apostrophe after a plural", action.DocMinutes, []string{"The walkers‘ comments on the stiles were heard. The Chair agreed to ask the landowner before the next meeting."},
			[]string{"commitment|The Chair agreed to ask the landowner before the next meeting."}},
		{"an apostrophe after a year", action.DocMinutes, []string{"The pond has silted up since the 1980‘s. The Chair agreed to ask the landowner before the next meeting."},
			[]string{"commitment|The Chair agreed to ask the landowner before the next meeting."}},
		{"a quotation after a dash", action.DocMinutes, []string{"The minute was amended -‘the hall was booked. The Clerk will write to the school.’"},
			nil},
	}, show)
}

// TestBracketTagOwnLine: an action tag in brackets on the line after a
// point ("(ACTION - Treasurer)") names who acts on it, as the tag does
// without brackets, and stays in the point's text as a bracket at the
// line's end would.
func TestBracketTagOwnLine(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + strings.Join(a.Owner, ";") }
	runFindCases(t, []findCase{
		{"tag in brackets on its own line", action.DocMinutes, []string{"To review the hall bookings.", "RESOLVED to keep the hire charges as they are.", "A new booking form will be produced for the website.", "(ACTION - Treasurer)", "To consider the hedge by the car park."},
			[]string{"resolution|to keep the hire charges as they are.|", "commitment|A new booking form will be produced for the website. (ACTION - Treasurer)|Treasurer"}},
		{"tag without brackets on its own line", action.DocMinutes, []string{"RESOLVED to keep the hire charges as they are.", "A new booking form will be produced for the website.", "Action: Treasurer"},
			[]string{"resolution|to keep the hire charges as they are.|", "commitment|A new booking form will be produced for the website.|Treasurer"}},
		{"two tag lines in brackets", action.DocMinutes, []string{"To review the pavilion.", "A new booking form will be produced for the club website.", "(ACTION - Secretary)", "(ACTION - Groundsman)", "To consider the nets."},
			[]string{"commitment|A new booking form will be produced for the club website. (ACTION - Secretary) (ACTION - Groundsman)|Secretary;Groundsman"}},
		{"a tag line the point already ends with", action.DocMinutes, []string{"A new booking form will be produced for the club website (ACTION - Secretary).", "(ACTION - Secretary)"},
			[]string{"commitment|A new booking form will be produced for the club website (ACTION - Secretary).|Secretary"}},
	}, show)
}

// TestThatSiblingAnyMood: in an unlabelled list of that-clauses that
// decide, a point that opens with "that" is one of them though its verb is
// in the indicative and a modal stands in a clause inside it.
func TestThatSiblingAnyMood(t *testing.T) {
	show := func(a action.Action) string { return a.Ref + "|" + a.Kind }
	runFindCases(t, []findCase{
		{"indicative between subjunctives", action.DocMinutes, []string{"Play Areas Review", "The Panel considered a report on the state of the play areas.",
			"(a)    that the survey of the play areas be discussed at the next meeting;",
			"(b)    that, at its next meeting, the Panel considers how the cost of repairs could be cut; and",
			"(c)    that the report be noted."},
			[]string{"(a)|resolution", "(b)|resolution", "(c)|resolution"}},
		{"a point told in the past between subjunctives", action.DocMinutes, []string{"Bus Shelters", "The Panel considered a report on the bus shelters.",
			"(a)    that the report be noted;",
			"(b)    that Members had raised whether the shelters could be painted, and officers said they would ask the bus company;",
			"(c)    that the shelters be cleaned in spring."},
			[]string{"(a)|resolution", "(c)|resolution"}},
	}, show)
}

// TestSpeakerOwners: a one-word name the common first names do not hold
// owns the commitment it is the subject of where the paper shows it to be
// a person's: speaking after a label's colon, or brought in in full with a
// post. A pronoun that speaks owns nothing.
func TestSpeakerOwners(t *testing.T) {
	show := func(a action.Action) string { return a.Kind + "|" + strings.Join(a.Owner, "+") + "|" + a.Action }
	runFindCases(t, []findCase{
		{name: "speaks after a label", genre: action.DocMinutes, lines: []string{
			"Minutes of the Fete Committee held on 4 March 2025", "",
			"Stalls: Orla informed the committee that twelve stalls are booked. More traders have asked and Orla will update at the next meeting.",
		}, want: []string{
			"commitment|Orla|More traders have asked and Orla will update at the next meeting.",
		}},
		{name: "brought in with a post", genre: action.DocMinutes, lines: []string{
			"Minutes of the Health Board held on 4 March 2025", "",
			"Tunde Bakare, Head of Leisure reported that the pool would reopen in May.", "",
			"Tunde would keep the Board informed of progress.",
		}, want: []string{
			"commitment|Tunde|Tunde would keep the Board informed of progress.",
		}},
		{name: "a pronoun", genre: action.DocMinutes, lines: []string{
			"Minutes of the Fete Committee held on 4 March 2025", "",
			"Stalls: She informed the committee that twelve stalls are booked. She will update the committee at the next meeting.",
		}, want: []string{
			"commitment||She will update the committee at the next meeting.",
		}},
		{name: "sent a copy, or wishing", genre: action.DocMinutes, lines: []string{
			"Minutes of the Fete Committee held on 4 March 2025", "",
			"Stalls: Orla informed the committee that twelve stalls are booked. The list of stallholders will be emailed round and Orla would be sent a copy.", "",
			"Raffle: Orla said the prizes were donated. The rules will be drafted by May; Orla would like to read them first.",
		}, want: []string{
			"commitment||The list of stallholders will be emailed round and Orla would be sent a copy.",
			"commitment||The rules will be drafted by May; Orla would like to read them first.",
		}},
		{name: "a name with an accent; people spoken of as many", genre: action.DocMinutes, lines: []string{
			"Minutes of the Fete Committee held on 4 March 2025", "",
			"Rota: Siân explained that more helpers are needed. More people have offered and Siân will update at the next meeting.", "",
			"Parking: Volunteers informed the committee that the field floods. The hire firm has been asked and Volunteers will update at the next meeting.", "",
			"Stalls: Charities informed the committee that ten stalls are booked. More traders have asked and Charities will update at the next meeting.",
		}, want: []string{
			"commitment|Siân|More people have offered and Siân will update at the next meeting.",
			"commitment||The hire firm has been asked and Volunteers will update at the next meeting.",
			"commitment||More traders have asked and Charities will update at the next meeting.",
		}},
	}, show)
}

// TestMinutesItemFields: the kind and owner of items minutes record,
// read from the sentence's grammar: a decision told after a fronted
// circumstance or with "would be" a state, the meeting agreeing to act
// itself, leave given to someone to act, who told the meeting what will
// be done, and a person named by an initial and a surname after a tag.
func TestMinutesItemFields(t *testing.T) {
	tests := []findCase{
		{"a fronted circumstance, then it was resolved", action.DocMinutes, []string{"Following a complaint about the gate, it was resolved that it would be better for walkers to close it behind them."},
			[]string{"resolution||Following a complaint about the gate, it was resolved that it would be better for walkers to close it behind them.|"}},
		{"agreed that a review would be on a topic", action.DocMinutes, []string{"Members agreed that the next review would be on street lighting and that the one after would be on parking."},
			[]string{"resolution||Members agreed that the next review would be on street lighting and that the one after would be on parking.|"}},
		{"the meeting agreeing to act itself, joined on", action.DocMinutes, []string{"The Chair reported that Mrs Dale had retired and Council agreed to send her flowers."},
			[]string{"resolution||The Chair reported that Mrs Dale had retired and Council agreed to send her flowers.|"}},
		{"another council agreeing to act", action.DocMinutes, []string{"The Chair reported that the County Council agreed to mend the kerb."},
			[]string{"commitment||The Chair reported that the County Council agreed to mend the kerb.|the County Council"}},
		{"a post and a councillor named", action.DocMinutes, []string{"7. Website", "RESOLVED that the checks be carried out by the Chair and Cllr Ames each month."},
			[]string{"resolution|7|that the checks be carried out by the Chair and Cllr Ames each month.|Chair;Cllr Ames"}},
		{"leave to act", action.DocMinutes, []string{"RESOLVED:", "1. To approve the Events Team to book the hall for the summer fair.", "2. To approve the cost of the hall."},
			[]string{"resolution|1|To approve the Events Team to book the hall for the summer fair.|Events Team", "resolution|2|To approve the cost of the hall.|"}},
		{"the teller joined on by and", action.DocMinutes, []string{"Questions were asked about the bins and the Waste Manager advised Members that costs had risen and that she would bring a revised budget to the next meeting."},
			[]string{"commitment||Questions were asked about the bins and the Waste Manager advised Members that costs had risen and that she would bring a revised budget to the next meeting.|the Waste Manager"}},
		{"a paper told of, who told", action.DocMinutes, []string{"The Town Clerk advised that, in future, the Annual Grants report would include the dates of every grant made."},
			[]string{"commitment||The Town Clerk advised that, in future, the Annual Grants report would include the dates of every grant made.|The Town Clerk"}},
		{"an initial and a surname after a tag", action.DocMinutes, []string{"Action: P Ash to write to the school about parking."},
			[]string{"commitment||P Ash to write to the school about parking.|P Ash"}},
		// A neighbouring council, or a body told of after "reported
		// that", agreeing to act is its undertaking, not the meeting's
		// decision; nor does a report decide for a meeting.
		{"a town council named in a parish's minutes", action.DocMinutes, []string{"The Chair reported that the Town Council agreed to repaint the shelter."},
			[]string{"commitment||The Chair reported that the Town Council agreed to repaint the shelter.|the Town Council"}},
		{"a council told of as agreeing", action.DocMinutes, []string{"Cllr Lee advised that the Council agreed to pay for the defibrillator."},
			[]string{"commitment||Cllr Lee advised that the Council agreed to pay for the defibrillator.|the Council"}},
		{"a council agreeing, in a report", action.DocReport, []string{"The motion was passed and Council agreed to plant 500 trees."},
			[]string{"commitment||The motion was passed and Council agreed to plant 500 trees.|Council"}},
		// A fronted phrase with its comma left out before a teller who
		// says "she would …": the teller owns it.
		{"a teller after a fronted phrase, no comma", action.DocMinutes, []string{"After comments from Cllr Grey and Cllr Hunt the Clerk confirmed that she would chase the insurers."},
			[]string{"commitment||After comments from Cllr Grey and Cllr Hunt the Clerk confirmed that she would chase the insurers.|the Clerk"}},
		// A person word inside the subject that is not its head leaves
		// a thing's "would be" settled.
		{"agreed that a person's paper would be an item", action.DocMinutes, []string{"Members agreed that the Mayor's update would be a regular item at each meeting."},
			[]string{"resolution||Members agreed that the Mayor's update would be a regular item at each meeting.|"}},
		{"agreed that a meeting of persons would be on a day", action.DocMinutes, []string{"It was agreed that the annual meeting of councillors would be on 12 May."},
			[]string{"resolution||It was agreed that the annual meeting of councillors would be on 12 May.|"}},
		// "and" joining two nouns of the item is no second verb: the
		// members' bare agenda line stays business.
		{"an agenda line with nouns joined by and", action.DocMinutes, []string{"Councillors to consider the prices for railings and benches to the green."}, nil},
		// Where a person "would be" is their undertaking.
		{"agreed that a person would be somewhere", action.DocMinutes, []string{"Members agreed that the Clerk would be on hand on Friday to let the surveyor in."},
			[]string{"commitment||Members agreed that the Clerk would be on hand on Friday to let the surveyor in.|the Clerk"}},
		// Approving a body "to be" acted on gives it no leave to act.
		{"a passive after leave", action.DocMinutes, []string{"RESOLVED:", "1. To approve the Youth Team to be re-formed in the autumn.", "2. To approve the Events Team to run the fun day."},
			[]string{"resolution|1|To approve the Youth Team to be re-formed in the autumn.|", "resolution|2|To approve the Events Team to run the fun day.|Events Team"}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestDueAfterModal: an undertaking's deadline is the date after its
// "would", not a date the sentence tells before it.
func TestDueAfterModal(t *testing.T) {
	tests := []findCase{
		{"a date told before, one undertaken after", action.DocMinutes, []string{"The survey had slipped to May 2026 and would be brought to the Board in July 2026."},
			[]string{"commitment|The survey had slipped to May 2026 and would be brought to the Board in July 2026.|2026-07-31"}},
		// A date that opens the sentence sets the deadline of what
		// follows; a later date told in it does not.
		{"a fronted date, a later clause dated", action.DocMinutes, []string{"In June 2026 the Clerk will write to the growers, and the bulbs will be planted in October 2026."},
			[]string{"commitment|In June 2026 the Clerk will write to the growers, and the bulbs will be planted in October 2026.|2026-06-30"}},
		// An opening "On <date>" tells what was done then; the later
		// clause's own date is its deadline.
		{"a past date opening, a later undertaking dated", action.DocReport, []string{"On 12 February 2026 the Board chose the route and officers will bring the designs back in November 2026."},
			[]string{"commitment|On 12 February 2026 the Board chose the route and officers will bring the designs back in November 2026.|2026-11-30"}},
		{"a fronted date, a period named after", action.DocMinutes, []string{"By 15 May 2026 the Treasurer will send members the budget for the year ending in March 2027."},
			[]string{"commitment|By 15 May 2026 the Treasurer will send members the budget for the year ending in March 2027.|2026-05-15"}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Kind + "|" + a.Action + "|" + a.Due })
}

// TestDecidedToRecommend: a decision whose own verb is to recommend to
// another body lists recommendations, whatever deciding verb heads it; a
// label with its first point run in heads the points after it, the form's
// reasons below them giving no label of their own.
func TestDecidedToRecommend(t *testing.T) {
	runFindCases(t, []findCase{
		{"'agreed to recommend that' over numbered points", action.DocMinutes, []string{
			"Park Strategy", "", "The Board Member set out the strategy.", "",
			"The Board agreed to recommend that –", "",
			"1. Council notes the survey results.", "", "2. Council adopts the strategy.",
		}, []string{
			"recommendation|1|The Board agreed to recommend that Council notes the survey results.|",
			"recommendation|2|The Board agreed to recommend that Council adopts the strategy.|",
		}},
		{"'RESOLVED: to recommend to Council to:' over roman points", action.DocMinutes, []string{
			"RESOLVED: to recommend to Council to:", "",
			"(i) allow the Head of Parks to correct minor errors in the strategy, and", "",
			"(ii) adopt the strategy from 1 June 2026.",
		}, []string{
			"recommendation|(i)|recommend to Council to allow the Head of Parks to correct minor errors in the strategy, and|Head of Parks",
			"recommendation|(ii)|recommend to Council to adopt the strategy from 1 June 2026.|",
		}},
		{"'agreed that –' over points that recommend nothing stays resolutions", action.DocMinutes, []string{
			"The Board agreed that –", "",
			"1. the survey results be noted.", "", "2. the strategy be adopted.",
		}, []string{
			"resolution|1|The Board agreed that the survey results be noted.|",
			"resolution|2|The Board agreed that the strategy be adopted.|",
		}},
		// Another's recommending in a clause of the decision ("the steps the
		// Inspector recommends", "the changes staff recommend") leaves
		// the decision the body's own.
		{"'RESOLVED that the Board accepts the steps the Inspector recommends:' stays resolutions", action.DocMinutes, []string{
			"RESOLVED that the Board accepts the steps the Inspector recommends:", "",
			"(a) the boiler be serviced twice a year; and", "",
			"(b) the store room be locked at night.",
		}, []string{
			"resolution|(a)|the Board accepts the steps the Inspector recommends the boiler be serviced twice a year|",
			"resolution|(b)|the Board accepts the steps the Inspector recommends the store room be locked at night.|",
		}},
		{"'agreed that the changes staff recommend be made, as follows:' stays a resolution", action.DocMinutes, []string{
			"The Board agreed that the changes staff recommend be made, as follows:", "",
			"(a) the boiler be serviced twice a year; and", "",
			"(b) the store room be locked at night.",
		}, []string{
			"resolution||The Board agreed that the changes staff recommend be made, as follows: (a) the boiler be serviced twice a year; and (b) the store room be locked at night.|",
		}},
		{"'resolved that the Panel recommends to Council:' lists recommendations", action.DocMinutes, []string{
			"It was resolved that the Panel recommends to Council:", "",
			"(a) the boiler be serviced twice a year; and", "",
			"(b) the store room be locked at night.",
		}, []string{
			"recommendation|(a)|the Panel recommends to Council the boiler be serviced twice a year|",
			"recommendation|(b)|the Panel recommends to Council the store room be locked at night.|",
		}},
		{"a label with its first point run in heads the next point above the reasons", action.DocDecision, []string{
			"Issue - decisions", "", "12/03/2026 - Changes to the Rules", "",
			"RECOMMENDED: 1) That Council approve the changed rules.", "",
			"2) That the Head of Legal be given delegated authority to correct minor errors in the rules.", "",
			"Reason for Decision", "", "To keep the rules up to date.",
		}, []string{
			"recommendation|(1)|That Council approve the changed rules.|",
			"recommendation|(2)|That the Head of Legal be given delegated authority to correct minor errors in the rules.|Head of Legal",
		}},
	}, showKindRefActionOwner)
}

// TestNotedAfterConsidering: a body that considered a paper and then
// noted leads the points it noted; a point among them that decides in
// words of its own (an infinitive, or the body named deciding) takes no
// "noted" before it.
func TestNotedAfterConsidering(t *testing.T) {
	runFindCases(t, []findCase{
		{"'considered the report and NOTED:' over numbered points", action.DocMinutes, []string{
			"Issue details", "", "Changes to the Parking Policy - KEY/01/26", "",
			"The Board received a report on the consultation.", "",
			"The Board considered the report and NOTED:", "",
			"1.  the proposed changes to the parking policy;", "",
			"2.  the replies to the consultation;", "",
			"3.  To approve the proposed changes to the policy.", "",
			"4.  In approving the policy the Board NOTED the comments of the panel.",
		}, []string{
			"resolution|1|The Board considered the report and NOTED the proposed changes to the parking policy|",
			"resolution|2|The Board considered the report and NOTED the replies to the consultation|",
			"resolution|3|To approve the proposed changes to the policy.|",
			"resolution|4|In approving the policy the Board NOTED the comments of the panel.|",
		}},
		// A thing noted may tell of a body deciding in a clause of its
		// own; it is noted still.
		{"a noted point that mentions a body deciding keeps 'noted'", action.DocMinutes, []string{
			"Minutes of the Leisure Board", "", "4. Pool Budget", "",
			"The Board noted:", "",
			"(a) the pool's running costs this year;", "",
			"(b) the cut in hours which the Cabinet agreed in March; and", "",
			"(c) the repairs to the pool roof the Council approved last year.",
		}, []string{
			"resolution|4(a)|The Board noted the pool's running costs this year|",
			"resolution|4(b)|The Board noted the cut in hours which the Cabinet agreed in March|",
			"resolution|4(c)|The Board noted the repairs to the pool roof the Council approved last year.|",
		}},
	}, showKindRefActionOwner)
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"The Board NOTED the comments of the panel.", true},
		{"In approving the policy the Board NOTED the comments.", true},
		{"Having heard the tenants, the Local Panel agreed the fees.", true},
		{"the cut in hours which the Cabinet agreed in March", false},
		{"the repairs to the pool roof the Council approved last year", false},
		{"on the plan the Board approved in May", false},
	} {
		if got := ownDecider.MatchString(tt.s); got != tt.want {
			t.Errorf("ownDecider(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestCapsVerbFirst: a minute's decision given by its verb in capitals,
// the body left out ("NOTED the …"), decides, and so does the verb set
// alone on its line over its object in lower case; a verb in capitals
// over a line that starts a sentence of its own does not take it in.
func TestCapsVerbFirst(t *testing.T) {
	runFindCases(t, []findCase{
		{"verb and object on one line", action.DocMinutes, []string{
			"12 Parks report", "", "The Committee considered a report on the parks.", "", "NOTED the update report on the parks.",
		}, []string{"resolution|12|NOTED the update report on the parks.|"}},
		{"verb alone over its object", action.DocMinutes, []string{
			"Minutes:", "", "The Committee considered a report on the audit actions.", "",
			"NOTED", "", "the update report on the outstanding audit actions.",
		}, []string{"resolution||NOTED the update report on the outstanding audit actions.|"}},
		{"a heading in capitals over a sentence is no decision", action.DocMinutes, []string{
			"NOTED ITEMS", "", "The Committee heard about the parks.",
		}, nil},
		// "noted that …" tells what was said and stays narrative, on one
		// line or with the verb set over it.
		{"'NOTED that …' is no decision", action.DocMinutes, []string{
			"9 Library report", "", "The Librarian gave an update.", "", "NOTED that the mobile library had new stops and that loans were up.",
		}, nil},
		{"'NOTED' over 'that …' is no decision", action.DocMinutes, []string{
			"9 Library report", "", "The Librarian gave an update.", "", "NOTED", "", "that the mobile library had new stops.",
		}, nil},
		{"'AGREED that …' decides", action.DocMinutes, []string{
			"9 Library report", "", "The Librarian gave an update.", "", "AGREED that the mobile library be given two new stops.",
		}, []string{"resolution|9|that the mobile library be given two new stops.|"}},
	}, showKindRefActionOwner)
	for _, tt := range []struct {
		buf, next string
		want      bool
	}{
		{"NOTED", "the report", true},
		{"AGREED ", "that the fees rise", true},
		{"NOTED", "that the fees rose", false},
		{"Noted", "the report", false},
		{"NOTES", "the report", false},
		{"THE REPORT", "the report", false},
	} {
		if got := capsVerbAlone([]byte(tt.buf), tt.next); got != tt.want {
			t.Errorf("capsVerbAlone(%q) = %v, want %v", tt.buf, got, tt.want)
		}
	}
}

// TestUnstoppedVerbLines: under a lead-in whose "to" wants a verb, once
// one line is taken as a clause, the next lines that open with a verb and
// go on to its object are clauses too, though they end with no stop.
func TestUnstoppedVerbLines(t *testing.T) {
	runFindCases(t, []findCase{
		{"unstopped verb lines under 'resolves to:'", action.DocReport, []string{
			"Recommendations: That the Panel resolves to:", "",
			"Note the earlier choice of a budget review, agree that the Housing Panel supports it", "",
			"Select the topic of the second review from: parks, roads and libraries.", "",
			"Appoint a chair to the review group and decide how many members it has", "",
			"Background", "", "The review groups report in spring.",
		}, []string{
			"recommendation||the Panel resolves to note the earlier choice of a budget review, agree that the Housing Panel supports it|",
			"recommendation||the Panel resolves to Select the topic of the second review from: parks, roads and libraries.|",
			"recommendation||the Panel resolves to appoint a chair to the review group and decide how many members it has|",
		}},
		// A bare "RESOLVED to:" wants a verb as "agreed to:" does: the
		// lines under it that open with one are its points, stopped or
		// not.
		{"lines opening with a verb under a bare 'RESOLVED to:'", action.DocMinutes, []string{
			"7. Footpaths", "",
			"RESOLVED to:", "",
			"Buy two new stiles for the north path.", "",
			"Mend the gate by the ford.", "",
			"8. Trees", "",
			"RESOLVED to:", "",
			"Plant a hedge along the school field", "",
			"Ask the warden to water it in summer", "",
			"Members thanked the volunteers.",
		}, []string{
			"resolution|7|Buy two new stiles for the north path.|",
			"resolution|7|Mend the gate by the ford.|",
			"resolution|8|Plant a hedge along the school field|",
			"resolution|8|Ask the warden to water it in summer|",
		}},
		// Only the unstopped-lines path reads "Hold" and "Invite" here (no
		// base verb list takes them); the agenda's next heading, opening
		// with a word that may be a verb, ends the list.
		{"unstopped lines under 'agreed to:', the next heading ends them", action.DocMinutes, []string{
			"Minutes of the Leisure Panel", "", "4. Pool Review", "",
			"The Panel agreed to:", "",
			"Widen the pool survey to all users of the leisure centre.", "",
			"Hold a meeting with the swimming clubs in the spring", "",
			"Invite the clubs to name a member of the review group", "",
			"Update on the sports hall lighting", "",
			"The Manager said the new lights had been fitted in May and worked well.",
		}, []string{
			"resolution|4|The Panel agreed to Widen the pool survey to all users of the leisure centre.|",
			"resolution|4|The Panel agreed to Hold a meeting with the swimming clubs in the spring|",
			"resolution|4|The Panel agreed to invite the clubs to name a member of the review group|",
		}},
		{"a short title with no determiner after its first word ends the list", action.DocMinutes, []string{
			"Minutes of the Leisure Panel", "", "4. Pool Review", "",
			"The Panel agreed to:", "",
			"Widen the pool survey to all users of the leisure centre.", "",
			"Draft budget for the leisure centre", "",
			"The Manager presented the draft budget, which showed a small surplus.",
		}, []string{
			"resolution|4|The Panel agreed to Widen the pool survey to all users of the leisure centre.|",
		}},
		// No verb list knows "Pick", "Elect" or "Bid": a first word its
		// object follows is the verb the lead-in's "to" wants; a line whose
		// first word a finite verb follows, or that opens with a
		// preposition, is a sentence of its own and ends the list.
		{"lines opening with verbs no list knows under 'resolves to:'", action.DocReport, []string{
			"Recommendations: That the Panel resolves to:", "",
			"Pick the venue for the summer fair from the three offered.", "",
			"Elect a treasurer for the fair from among the Panel's members", "",
			"Bid their share of the grant to the county fund", "",
			"Members agreed the venue list at the last meeting.", "",
			"After the fair the Panel will review the costs.",
		}, []string{
			"recommendation||the Panel resolves to Pick the venue for the summer fair from the three offered.|",
			"recommendation||the Panel resolves to Elect a treasurer for the fair from among the Panel's members|",
			"recommendation||the Panel resolves to Bid their share of the grant to the county fund|",
		}},
	}, showKindRefActionOwner)
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Pick the venue for the fair.", true},
		{"Elect a treasurer from the members", true},
		{"This report sets out the options for the fair.", false},
		{"After the fair the Panel will review the costs.", false},
		{"Following the fair a review will be held.", false},
		{"Members agreed the venue list at the last meeting.", false},
		{"Officers will write to the owners of the field.", false},
		{"Finally the costs of the fair were set out.", false},
	} {
		if got := verbOpens(tt.s); got != tt.want {
			t.Errorf("verbOpens(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Appoint a chair to the group", true},
		{"Seek nominations from the groups and ask each to name two members", true},
		{"Seek nominations from the groups.", true},
		{"Note: the groups report in spring", false},
		{"Select Committee on Parks", false},
		{"Agree it", false},
		{"Update on the library opening hours", false},
		{"Review of the parking charges for the year ahead and beyond", false},
		{"Draft plan for the town centre", false},
		// A number in figures opens a counted object as a determiner
		// does; a date or a number before a preposition does not.
		{"Choose 4 trustees for the charity", true},
		{"Meeting 14 June at the hall", false},
		{"Section 2 of the plan", false},
	} {
		if got := verbThenObject(tt.s); got != tt.want {
			t.Errorf("verbThenObject(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestSectionNumberedInfinitives: a decision page whose label was lost
// numbers its decisions as the report's paragraphs ("2.1 to note …");
// the section's first point in the infinitive starts the run, and each
// point in the infinitive after it is one more decision, whatever its
// verb. A point numbered later in a section, alone, starts nothing.
func TestSectionNumberedInfinitives(t *testing.T) {
	runFindCases(t, []findCase{
		{"a run from the section's first point", action.DocDecision, []string{
			"Decision details", "", "Parks Review", "", "Decision Maker: Cabinet", "",
			"2.1 to note the findings of the parks review.", "",
			"2.2 to note the next steps for the parks service.", "",
			"2.3 to endorse the publication of the review report.", "",
			"Publication date: 26/09/2026",
		}, []string{
			"resolution|2.1|to note the findings of the parks review.|",
			"resolution|2.2|to note the next steps for the parks service.|",
			"resolution|2.3|to endorse the publication of the review report.|",
		}},
		{"a later point alone starts nothing", action.DocDecision, []string{
			"Decision details", "", "Parks Review", "", "Decision Maker: Cabinet", "",
			"4.3 to reach this the service will widen the paths.",
		}, nil},
		// A report's aims in the infinitive are no decisions: their verbs
		// decide nothing, or their heading says what they are.
		{"aims under 'Purpose of the report'", action.DocDecision, []string{
			"Decision details", "", "Library Review", "", "Decision Maker: Cabinet", "",
			"Purpose of the report", "",
			"1.1 To set out what the library review found.", "",
			"1.2 To provide members with the cost of each choice.", "",
			"Publication date: 26/09/2026",
		}, nil},
		{"deciding verbs under 'Summary'", action.DocDecision, []string{
			"Decision details", "", "Library Review", "", "Decision Maker: Cabinet", "",
			"Summary", "",
			"1.1 To note the findings of the library review.", "",
			"1.2 To endorse the next steps.", "",
			"Publication date: 26/09/2026",
		}, nil},
		{"an infinitive of purpose before its own main clause", action.DocDecision, []string{
			"Decision details", "", "Library Review", "", "Decision Maker: Cabinet", "",
			"3.1 To support this review the council set aside £20,000.", "",
			"3.2 To note the findings of the library review.", "",
			"Publication date: 26/09/2026",
		}, nil},
		{"a verb no decision takes starts no run", action.DocDecision, []string{
			"Decision details", "", "Library Review", "", "Decision Maker: Cabinet", "",
			"3.1 To review the libraries the council hired advisers in 2025.", "",
			"Publication date: 26/09/2026",
		}, nil},
	}, showKindRefActionOwner)
}

// TestBodyAloneUnderLabel: "Decision:" then the body's name alone, its
// colon lost, over lettered points in the past leads them; a point in a
// numbering above the list's after its "…; and" and last point is the
// paper's next item, not one more clause; one in a lower numbering is the
// last point's own list.
func TestBodyAloneUnderLabel(t *testing.T) {
	runFindCases(t, []findCase{
		{"'The Cabinet' alone under 'Decision:'", action.DocMinutes, []string{
			"6. PARK PLAN", "To receive a report on the park plan.", "Decision:", "The Cabinet",
			"(a) commented on the delivery of the park plan;",
			"(b) noted the progress made towards its aims; and",
			"(c) approved the updated park plan.",
			"7. Tree Report", "The trees are to be surveyed in spring by the contractor.",
		}, []string{
			"resolution|6(a)|The Cabinet commented on the delivery of the park plan|",
			"resolution|6(b)|The Cabinet noted the progress made towards its aims|",
			"resolution|6(c)|The Cabinet approved the updated park plan.|",
		}},
		// The next item's number over a sentence that reads as one more
		// point: only the closed list keeps it out.
		{"a closed list ends at the next item's number", action.DocMinutes, []string{
			"Decision:", "The Cabinet",
			"(a) commented on the delivery of the park plan;",
			"(b) noted the progress made towards its aims; and",
			"(c) approved the updated park plan.",
			"2. Questions from the public were answered by the Leader.",
		}, []string{
			"resolution|(a)|The Cabinet commented on the delivery of the park plan|",
			"resolution|(b)|The Cabinet noted the progress made towards its aims|",
			"resolution|(c)|The Cabinet approved the updated park plan.|",
		}},
		// A list in a lower numbering under the closed list's last point
		// is that point's own: both its points, not the first alone.
		{"a sub-list under the closed list's last point", action.DocMinutes, []string{
			"Minutes of the Cabinet", "", "6. Hall Hire", "", "RESOLVED that:", "",
			"1. the report be noted; and", "",
			"2. the following charges be approved from 1 April 2027.", "",
			"(a) the main hall will cost £30 an hour;", "",
			"(b) the small room will cost £12 an hour.", "",
			"7. Tree Report", "", "The trees are to be surveyed in spring.",
		}, []string{
			"resolution|6(1)|the report be noted|",
			"resolution|6(2)|the following charges be approved from 1 April 2027.|",
			"resolution|6(a)|the main hall will cost £30 an hour|",
			"resolution|6(b)|the small room will cost £12 an hour.|",
		}},
	}, showKindRefActionOwner)
	for _, tt := range []struct {
		ref  string
		rank int
	}{
		{"4", 0}, {"2.1", 0}, {"(a)", 1}, {"(ii)", 2}, {"", 3},
	} {
		if got := markerRank(tt.ref); got != tt.rank {
			t.Errorf("markerRank(%q) = %d, want %d", tt.ref, got, tt.rank)
		}
	}
	out := []action.Action{{SourceText: "(a) noted the plan;"}, {SourceText: "(b) noted the risks; and"}, {SourceText: "(c) approved the plan."}}
	for _, tt := range []struct {
		clauses []int
		want    bool
	}{
		{[]int{0, 1, 2}, true},
		{[]int{0, 1}, false},
		{[]int{2}, false},
	} {
		if got := listClosed(out, tt.clauses); got != tt.want {
			t.Errorf("listClosed(%v) = %v, want %v", tt.clauses, got, tt.want)
		}
	}
}

// TestBeingAside: a point between two decisions of an unlabelled list
// that names its sum with an aside in the participle (", being the
// balance of …,") is a decision too; "being" there is no finite verb.
func TestBeingAside(t *testing.T) {
	runFindCases(t, []findCase{
		{"a lettered point with a 'being' aside", action.DocDecision, []string{
			"Decision details", "", "Play Strategy", "", "Decision Maker: Cabinet", "",
			"(a) the Play Strategy, as set out at Appendix A, be approved;", "",
			"(b) in addition to the sum set aside in March, a further £5,000, being the balance of the old grant, be hereby allocated to the play plan; and", "",
			"(c) the Head of Parks be authorised to order the plan's actions.", "",
			"Publication date: 20/09/2026",
		}, []string{
			"resolution|(a)|the Play Strategy, as set out at Appendix A, be approved|",
			"resolution|(b)|in addition to the sum set aside in March, a further £5,000, being the balance of the old grant, be hereby allocated to the play plan|",
			"resolution|(c)|the Head of Parks be authorised to order the plan's actions.|Head of Parks",
		}},
	}, showKindRefActionOwner)
}

// TestDecisionProposed: "Decision Proposed" alone over its words labels a
// decision not yet taken, a recommendation; a short acronym opening the
// next sentence ("PTP outcomes agreed …") is no verb in capitals, so no
// clause of it.
func TestDecisionProposed(t *testing.T) {
	runFindCases(t, []findCase{
		{"a forward plan's proposed decision", "", []string{
			"View Forward Plan Item", "", "Decision Proposed",
			"Decision to recommend that the choice to adopt the Parks Plan is taken to Full Council", "",
			"PTP outcomes agreed at the board.", "",
			"Decision added to the Forward Plan: 15.04.26",
		}, []string{
			"recommendation||Decision to recommend that the choice to adopt the Parks Plan is taken to Full Council|",
		}},
		{"a verb in capitals still opens a clause", action.DocMinutes, []string{
			"RESOLVED:", "", "APPROVE the parks budget.", "", "ENDORSE the tree survey.",
		}, []string{
			"resolution||APPROVE the parks budget.|",
			"resolution||ENDORSE the tree survey.|",
		}},
		// A short verb in capitals no list knows, its object opened by a
		// determiner, is a clause all the same; the list goes on past it.
		{"short verbs in capitals over their objects", action.DocMinutes, []string{
			"Minutes of the Cabinet", "", "8. Old Library", "", "RESOLVED:", "",
			"APPROVE the transfer of the old library.", "",
			"LEND the books to the school for a year.", "",
			"NOTE the views of the friends group.",
		}, []string{
			"resolution|8|APPROVE the transfer of the old library.|",
			"resolution|8|LEND the books to the school for a year.|",
			"resolution|8|NOTE the views of the friends group.|",
		}},
		{"'I agree to:' over short verbs in capitals", action.DocDecision, []string{
			"Record of Decision", "", "I agree to:", "",
			"APPROVE the transfer of the old library.", "",
			"LEND the books to the school for a year.", "",
			"HIRE the hall to the choir.", "",
			"NOTE the views of the friends group.",
		}, []string{
			"resolution||I agree to APPROVE the transfer of the old library.|",
			"resolution||I agree to LEND the books to the school for a year.|",
			"resolution||I agree to HIRE the hall to the choir.|",
			"resolution||I agree to NOTE the views of the friends group.|",
		}},
	}, showKindRefActionOwner)
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"LEND the books to the school", true},
		{"PAY their grant to the club", true},
		{"LTP outcomes agreed at the board.", false},
		{"PTP BOARD minutes", false},
	} {
		if got := capsVerbObject(tt.s); got != tt.want {
			t.Errorf("capsVerbObject(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestRecommendedMark: "*Recommended to Council" alone under numbered
// decisions marks them as recommendations to Council: only the unlabelled
// run directly above it, which a label, a heading or an unnumbered
// decision ends. A mark with no such run is a heading over the list
// after it.
func TestRecommendedMark(t *testing.T) {
	runFindCases(t, []findCase{
		{"the mark under a numbered run", action.DocMinutes, []string{
			"Recommendations of the Parks Committee", "",
			"Consideration was given to the committee's recommendation on the parks budget.", "",
			"(1) the parks budget position at 30 June, be noted; and", "",
			"(2) the Parks Strategy for 2027/28, be adopted.", "",
			"*Recommended to Council",
		}, []string{
			"recommendation|(1)|the parks budget position at 30 June, be noted|",
			"recommendation|(2)|the Parks Strategy for 2027/28, be adopted.|",
		}},
		// Points numbered under the minute ("7(1)") are marked alike; the
		// resolutions of the item before stay resolutions.
		{"the mark under an item's points, the item before left alone", action.DocMinutes, []string{
			"Minutes of the Leisure Committee", "",
			"6. Swimming Pool", "", "RESOLVED that:", "",
			"(1) the pool's opening hours be noted; and", "", "(2) the new lane fees be approved.", "",
			"7. Allotments", "", "The committee discussed the allotments review.", "",
			"(1) the waiting list at 1 May, be noted; and", "", "(2) the allotment rules for 2027, be adopted.", "",
			"*Recommended to Council",
		}, []string{
			"resolution|6(1)|the pool's opening hours be noted|",
			"resolution|6(2)|the new lane fees be approved.|",
			"recommendation|7(1)|the waiting list at 1 May, be noted|",
			"recommendation|7(2)|the allotment rules for 2027, be adopted.|",
		}},
		// Set as a heading over a list, the mark labels the list below
		// it; the labelled decisions above stay resolutions.
		{"the mark as a heading over the list after it", action.DocMinutes, []string{
			"Minutes of the Leisure Committee", "",
			"Swimming Pool", "", "RESOLVED that:", "",
			"(1) the pool's opening hours be noted; and", "", "(2) the new lane fees be approved.", "",
			"Allotment Rents", "", "RECOMMENDED TO COUNCIL", "",
			"(1) that the allotment rents for 2027 be approved; and", "",
			"(2) that the Clerk be authorised to set the water charges.",
		}, []string{
			"resolution|(1)|the pool's opening hours be noted|",
			"resolution|(2)|the new lane fees be approved.|",
			"recommendation|(1)|that the allotment rents for 2027 be approved|",
			"recommendation|(2)|that the Clerk be authorised to set the water charges.|Clerk",
		}},
		{"the labelled decisions directly above keep their kind", action.DocMinutes, []string{
			"Swimming Pool", "", "RESOLVED that:", "",
			"(1) the pool's opening hours be noted; and", "", "(2) the new lane fees be approved.", "",
			"*Recommended to Council",
		}, []string{
			"resolution|(1)|the pool's opening hours be noted|",
			"resolution|(2)|the new lane fees be approved.|",
		}},
		{"a decision set apart by an unnumbered one stays as it was", action.DocMinutes, []string{
			"Allotments", "", "The committee discussed the allotments review.", "",
			"(1) the waiting list at 1 May, be noted; and", "", "(2) the allotment rules for 2027, be adopted.", "",
			"The committee agreed that the gates be repainted.", "",
			"*Recommended to Council",
		}, []string{
			"resolution|(1)|the waiting list at 1 May, be noted|",
			"resolution||The committee agreed that the gates be repainted.|",
			"resolution|(2)|the allotment rules for 2027, be adopted.|",
		}},
	}, showKindRefActionOwner)
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"*Recommended to Council", true},
		{"RECOMMENDED TO FULL COUNCIL", true},
		{"Recommended to Council that the fees rise.", false},
		{"Recommended to Cabinet", true},
		{"Recommended to the Parks Officer", false},
	} {
		if got := recommendedMark.MatchString(tt.s); got != tt.want {
			t.Errorf("recommendedMark(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestInvitedAgendaLine: on a meeting's page — minutes, or items carrying
// "Decision:" — a body "invited to" do something is the item's agenda
// text, whatever the verb; in a report it is the recommendation.
func TestInvitedAgendaLine(t *testing.T) {
	runFindCases(t, []findCase{
		{"minutes: the item's agenda line asks nothing", action.DocMinutes, []string{
			"Minutes of the Parks Board", "", "5. Pond Works", "",
			"The Board is invited to watch a film on the pond works and to comment on it.", "",
			"RESOLVED that the pond works go ahead in May.",
		}, []string{
			"resolution|5|that the pond works go ahead in May.|",
		}},
		{"a page of items under 'Decision:' labels, its genre unknown", "", []string{
			"4. Tree Survey", "", "To receive the tree survey.", "", "Decision:", "",
			"The Board agreed to fell the two dead oaks.", "",
			"5. Pond Works", "",
			"The Board is invited to watch a film on the pond works.",
		}, []string{
			"resolution|4|The Board agreed to fell the two dead oaks.|",
		}},
		{"a report: the body invited to decide is recommended", action.DocReport, []string{
			"Pond Works", "", "The Board is invited to approve the pond works.",
		}, []string{
			"recommendation||The Board is invited to approve the pond works.|",
		}},
	}, showKindRefActionOwner)
}

// TestWrapAtAs: a line of flowing text that stops on "as", which no
// sentence ends with, goes on into the next line ("… were approved as"
// over "a fair record."), as it does at "the" or "of".
func TestWrapAtAs(t *testing.T) {
	runFindCases(t, []findCase{
		{"as over the rest", action.DocMinutes, []string{
			"1. Interests: none were declared.",
			"2. Last meeting: the notes were approved as",
			"a fair record of the discussion.",
			"3. Bins: It was agreed that two new bins be bought for the park.",
		}, []string{
			"2|resolution|Last meeting: the notes were approved as a fair record of the discussion.",
			"3|resolution|It was agreed that two new bins be bought for the park.",
		}},
		{"the over the rest, as before", action.DocMinutes, []string{
			"4. Bins: It was agreed that two new bins be bought for the",
			"park by the caretaker.",
		}, []string{
			"4|resolution|It was agreed that two new bins be bought for the park by the caretaker.",
		}},
	}, refKindAction)
}

// TestPurposesAfterDecisions: a decision page that lost its labels sets
// its decisions ("That … be done"), then why they were made as a list
// numbered from the start again, each point "To" and a verb no decision
// takes. The purposes are not decisions; a page deciding in the
// infinitive, or a list that goes on numbering, keeps its points.
func TestPurposesAfterDecisions(t *testing.T) {
	tests := []findCase{
		{"purposes restart the numbering", action.DocDecision, []string{
			"1. That the allotment rents rise by two per cent from April be approved.",
			"2. That the waiting list be reopened to new tenants.",
			"1. To keep the allotments self-funding over the next five years.",
			"2. To give residents on the list a fair chance of a plot.",
		}, []string{"That the allotment rents rise by two per cent from April be approved.", "That the waiting list be reopened to new tenants."}},
		{"roman points after a subjunctive with its That lost", action.DocDecision, []string{
			"(i) The lease of the boathouse to the rowing club be granted for ten years;",
			"(ii) The Head of Estates be authorised to settle the lease's terms.",
			"(i) To secure the boathouse's upkeep at no cost to the town; and",
			"(ii) To widen use of the river by young people.",
		}, []string{"The lease of the boathouse to the rowing club be granted for ten years", "The Head of Estates be authorised to settle the lease's terms."}},
		{"an unnumbered purpose straight after the decisions", action.DocDecision, []string{
			"Decision status: Recommendations Approved", "Is Key decision?: No",
			"1. That the allotment rents rise by two per cent from April be approved.",
			"2. That the waiting list be reopened to new tenants;",
			"To ensure that the Board is kept fully informed of the survey's results and picks the measures which should be taken forward for more work.",
		}, []string{"That the allotment rents rise by two per cent from April be approved.", "That the waiting list be reopened to new tenants"}},
		{"a list that goes on numbering keeps its point", action.DocDecision, []string{
			"1. That the allotment rents rise by two per cent from April be approved.",
			"2. To publish the new rents on the notice board before March.",
		}, []string{"That the allotment rents rise by two per cent from April be approved.", "To publish the new rents on the notice board before March."}},
		{"a restarted list deciding in the infinitive with other verbs is kept", action.DocDecision, []string{
			"1. That the allotment rents rise by two per cent from April be approved.",
			"2. That the waiting list be reopened to new tenants.",
			"1. To award the hedge cutting contract to the cheapest firm.",
			"2. To commission a count of the bats in the churchyard.",
		}, []string{"That the allotment rents rise by two per cent from April be approved.", "That the waiting list be reopened to new tenants.",
			"To award the hedge cutting contract to the cheapest firm.", "To commission a count of the bats in the churchyard."}},
		{"a restarted list deciding in the infinitive is kept", action.DocDecision, []string{
			"1. That the allotment rents rise by two per cent from April be approved.",
			"1. To approve the tenancy agreement for the new plots.",
		}, []string{"That the allotment rents rise by two per cent from April be approved.", "To approve the tenancy agreement for the new plots."}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Action })
}

// TestReasonsLabelForms: a decision form's reasons field under a label of
// one word ("Reasons:") or its label wrapped to two lines ("Reasons" over
// "for Decisions") holds why it was decided, neither a promise nor a
// decision; between a decision's numbered clauses the bare word still
// gives that clause's reason, the list going on after it.
func TestReasonsLabelForms(t *testing.T) {
	tests := []findCase{
		{"a label of one word", action.DocDecision, []string{
			"Decision:", "The Board noted the yearly report on the parks.",
			"Reasons:", "There is a legal duty for Clerks of Councils to keep an Asset Register and Parish Councils to publish the register.",
		}, []string{"resolution||The Board noted the yearly report on the parks.|"}},
		{"the label wrapped", action.DocDecision, []string{
			"Decisions", "1. That the grants set out in the schedule be awarded.",
			"Reasons", "for Decisions", "1. Members were required to approve any grant above the limit, and officers will check each award.",
		}, []string{"resolution|1|That the grants set out in the schedule be awarded.|"}},
		{"the bare word between numbered clauses", action.DocDecision, []string{
			"RESOLVED: (i) That the hedge survey be carried out in spring.", "Reason:", "So the survey sees the nesting season.",
			"(ii) That the ranger report the survey's findings in the autumn.",
		}, []string{"resolution|(i)|That the hedge survey be carried out in spring.|", "resolution|(ii)|That the ranger report the survey's findings in the autumn.|"}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestWholeClauseSibling: a clause stated whole over its own parts ("(b)
// That the rents be set as follows:" over "(i) …", "(ii) …") ends where
// the next point of its own numbering begins: "(c)" is its sibling, a
// decision of its own, whatever its first word.
func TestWholeClauseSibling(t *testing.T) {
	show := func(a action.Action) string { return a.Ref + "|" + a.Kind + "|" + a.Action }
	// Under a numbered minute the refs carry its number ("14(b)"); the
	// clauses' own markers still follow.
	for _, head := range []string{"Minutes:", "14. Allotments"} {
		minute := ""
		if head != "Minutes:" {
			minute = "14"
		}
		expectItems(t, Find(doc(true,
			head, "",
			"RESOLVED:", "",
			"(a) That the treasurer's report be received.", "",
			"(b) That the allotment rents be set as follows:", "",
			"(i) a full plot at forty pounds;", "",
			"(ii) a half plot at twenty pounds.", "",
			"(c) The revised map of the site be adopted for the next season.",
		), nil, Options{Genre: action.DocMinutes}), show, []string{
			minute + "(a)|resolution|That the treasurer's report be received.",
			minute + "(b)|resolution|That the allotment rents be set as follows: (i) a full plot at forty pounds; (ii) a half plot at twenty pounds.",
			minute + "(c)|resolution|The revised map of the site be adopted for the next season.",
		})
	}
}

// TestItemPurpose: an item's purpose line ("To consider …") that its
// decision follows straight away, under a label or as numbered clauses,
// is the agenda's, not a decision; one with no such decision after it
// is read as before.
func TestItemPurpose(t *testing.T) {
	tests := []findCase{
		{"before numbered clauses", action.DocDecision, []string{
			"Decision details", "Parks Plan update", "Decision Maker: Cabinet.", "Decision status: Recommendations Approved", "Is subject to call in?: Yes",
			"To consider the progress made on the Parks Plan and whether it is still needed to track the works.",
			"1. That progress on the Parks Plan be noted.",
			"2. That the last open actions move to the service plans and the Parks Plan be closed.",
			"Reasons for the decision:", "The plan has done its work."},
			[]string{"resolution|That progress on the Parks Plan be noted.", "resolution|That the last open actions move to the service plans and the Parks Plan be closed."}},
		{"before the decision's label", action.DocMinutes, []string{
			"Recommendations from the Scrutiny Panels",
			"To consider recommendations from the scrutiny panels on matters not otherwise on the Cabinet agenda.",
			"Decision:", "Cabinet was told that one recommendation had come from the Place Panel.",
			"RESOLVED that the Place Panel's recommendation on street lights be agreed."},
			[]string{"resolution|that the Place Panel's recommendation on street lights be agreed."}},
		// Under the decision's own label the line is what was decided,
		// whatever follows it.
		{"under a decision label, minutes after", action.DocMinutes, []string{
			"5 Allotments yearly report", "Decision:", "To receive the yearly report of the allotments officer.",
			"Minutes:", "Members talked over the report at length."},
			[]string{"resolution|To receive the yearly report of the allotments officer."}},
		{"under RESOLVED, clauses after", action.DocMinutes, []string{
			"6 Small grants", "RESOLVED:", "To consider the late grant bids at the next meeting.",
			"1. That the youth club be given £300.", "2. That the choir be given £100."},
			[]string{"resolution|To consider the late grant bids at the next meeting.", "resolution|That the youth club be given £300.", "resolution|That the choir be given £100."}},
		{"no decision straight after it", action.DocDecision, []string{
			"Decision details", "Parks Plan update", "Decision Maker: Cabinet.",
			"To consider the progress made on the Parks Plan.",
			"Reasons for the decision:", "The plan has done its work."},
			[]string{"resolution|To consider the progress made on the Parks Plan."}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Kind + "|" + a.Action })
}

// TestOfficersComments: what a report's statutory officers say of it, and
// its implications fields, under their label or run in after it, is the
// report's effect, no decision or undertaking; the decision beside it
// stays.
func TestOfficersComments(t *testing.T) {
	tests := []findCase{
		{"under the officers' labels", action.DocDecision, []string{
			"12", "Parks Plan", "Decision:", "That the Parks Plan be adopted.",
			"Monitoring Officer:", "The Parks Plan will make sure that the Council meets its duties under the 1990 Act to keep its parks safe.",
			"Deputy S.151 Officer:", "The plan needs no new money now. Funding for any later measures will be put forward for approval.",
			"Advice", "Members asked about the lake."},
			[]string{"resolution|That the Parks Plan be adopted."}},
		{"run in after the label", action.DocReport, []string{
			"Consultation: All residents", "Financial Impact: Costs will be available in the final report once settled", "Contact: the Head of Parks"},
			nil},
		// Any few words before "implications" or "comments" make the
		// label, as do an officer's title and "comments".
		{"labels read by their shape", action.DocReport, []string{
			"Staffing and legal implications:", "The Council will meet the extra hours from reserves.",
			"Section 151 Officer comments:", "The Council will fund the works from the repairs budget.",
			"Sustainability implications:", "The Council will publish a carbon assessment."},
			nil},
		// A paragraph that opens with a label of its own is not the one
		// under the bare label.
		{"a decision's label after the bare label", action.DocDecision, []string{
			"Cemetery rules", "Legal implications:", "RESOLVED: That the revised cemetery rules be adopted."},
			[]string{"resolution|That the revised cemetery rules be adopted."}},
		// In minutes what follows such a label is what was said at the
		// meeting.
		{"minutes: a label then a decision", action.DocMinutes, []string{
			"7 Cemetery rules", "Legal implications:", "RESOLVED: That the revised cemetery rules be adopted."},
			[]string{"resolution|That the revised cemetery rules be adopted."}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Kind + "|" + a.Action })
}

// TestSiblingLines: the line is unmarked in the paragraphs themselves,
// heading and subheading both, so every later reader sees one record.
func TestSiblingLines(t *testing.T) {
	ps := siblingLines([]paragraph{
		{marker: "4", body: "BANKING", heading: true},
		{body: "Fees went up."},
		{body: "Cllr Hale to write to the bank", heading: true, subhead: true},
		{marker: "5", body: "ALLOTMENTS", heading: true},
	})
	if ps[2].heading || ps[2].subhead {
		t.Errorf("the line between items 4 and 5: heading %v, subhead %v; want neither", ps[2].heading, ps[2].subhead)
	}
	ps = siblingLines([]paragraph{
		{marker: "4", body: "BANKING", heading: true},
		{body: "Reserve account", heading: true, subhead: true},
		{marker: "1", body: "Cllr Hale to write to the bank", heading: true},
	})
	if !ps[1].subhead {
		t.Errorf("a line over a point numbered afresh lost its subheading")
	}
}

// TestLineBetweenSiblingItems: an unstopped line that stands between two
// items numbered one after the other ("4." then "5.") is the first item's
// text, not a subheading over the second; a line over points in another
// numbering still heads them.
func TestLineBetweenSiblingItems(t *testing.T) {
	tests := []findCase{
		{"capitals, blank lines", action.DocMinutes, []string{"MINUTES", "4. BANKING", "", "Cllr Hale to write to the highways team about the broken kerb", "", "5. ALLOTMENTS", "", "No report this month."},
			[]string{"commitment|Cllr Hale to write to the highways team about the broken kerb"}},
		{"bracketed numbers", action.DocMinutes, []string{"MINUTES", "4) Banking", "Cllr Hale to write to the highways team about the broken kerb", "5) Allotments", "No report this month."},
			[]string{"commitment|Cllr Hale to write to the highways team about the broken kerb"}},
		{"two lines between the titles", action.DocMinutes, []string{"MINUTES", "4. BANKING", "The bank has raised its fees.", "Cllr Hale to write to the bank about the fees", "5. ALLOTMENTS", "No report this month."},
			[]string{"commitment|Cllr Hale to write to the bank about the fees"}},
		{"a number skipped", action.DocMinutes, []string{"MINUTES", "4. BANKING", "Cllr Hale to write to the bank about the fees", "6. ALLOTMENTS", "No report this month."},
			[]string{"commitment|Cllr Hale to write to the bank about the fees"}},
		{"over lettered points", action.DocMinutes, []string{"MINUTES", "4. BANKING", "Reserve account", "a) Cllr Hale will write to the bank about the new mandate.", "b) The Chair will sign the new mandate.", "5. ALLOTMENTS", "No report this month."},
			[]string{"commitment|Cllr Hale will write to the bank about the new mandate.", "commitment|The Chair will sign the new mandate."}},
	}
	runFindCases(t, tests, kindAction)
}

// TestBulletedRecord: a record set as a bullet under its item decides as
// it would with no bullet before it, a promise of the formality after the
// decision ("and will be signed") included.
func TestBulletedRecord(t *testing.T) {
	tests := []findCase{
		{"approved, then a formality to come", action.DocMinutes, []string{"MINUTES", "12. Minutes of the last meeting", "• The minutes of the meeting on 4 March were agreed and will be signed by the Chair when she next attends.", "13. Footpaths", "• Nothing to add."},
			[]string{"12|resolution|The minutes of the meeting on 4 March were agreed and will be signed by the Chair when she next attends."}},
		{"another body's decision in a report's bullet", action.DocMinutes, []string{"MINUTES", "7. Clerk's report", "• The County Council agreed to resurface the lane in 2026.", "8. Footpaths", "• Nothing to add."},
			[]string{"|commitment|The County Council agreed to resurface the lane in 2026."}},
		{"the meeting's own decision in a bullet", action.DocMinutes, []string{"MINUTES", "7. Play area", "• The Council agreed to replace the swings in the spring.", "8. Footpaths", "• Nothing to add."},
			[]string{"7|resolution|The Council agreed to replace the swings in the spring."}},
		{"the paper's own named body in a bullet", action.DocMinutes, []string{"Minutes of the Parish Council", "7. Benches", "• The Parish Council agreed to buy two benches for the quay.", "8. Footpaths", "• Nothing to add."},
			[]string{"7|resolution|The Parish Council agreed to buy two benches for the quay."}},
		{"the paper's body named in full, the bullet by its last words", action.DocMinutes, []string{"Minutes of the Wigton Parish Council", "7. Benches", "• The Parish Council agreed to buy two benches for the quay.", "8. Footpaths", "• Nothing to add."},
			[]string{"7|resolution|The Parish Council agreed to buy two benches for the quay."}},
	}
	runFindCases(t, tests, refKindAction)
}

// TestCapsDecisionAfterTitle: an item's title run in before its decision
// in capitals, the title ending in a number or a dash (and the motion's
// steps), is cut from the decision; a subject before the capitals, or a
// vote's count, stays.
func TestCapsDecisionAfterTitle(t *testing.T) {
	tests := []findCase{
		{"a title ending in a number", action.DocMinutes, []string{"MINUTES", "9. Yearly Return 2023/24 Section 1 RESOLVED that the Chair sign the statement of accounts.", "10. Date of next meeting"},
			[]string{"9|resolution|RESOLVED that the Chair sign the statement of accounts."}},
		{"a dash and the motion's steps", action.DocMinutes, []string{"MINUTES", "9. To approve and sign the notes of the meeting held on 3rd June 2024 - PROPOSED; SECONDED; RESOLVED that the notes of the meeting held on 3rd June 2024 be approved as a correct record", "10. Date of next meeting"},
			[]string{"9|resolution|RESOLVED that the notes of the meeting held on 3rd June 2024 be approved as a correct record"}},
		{"a subject stays", action.DocMinutes, []string{"MINUTES", "9. The Finance and General Purposes Committee RESOLVED that the budget for 2025 be approved.", "10. Date of next meeting"},
			[]string{"9|resolution|The Finance and General Purposes Committee RESOLVED that the budget for 2025 be approved."}},
		{"a vote's count stays", action.DocMinutes, []string{"MINUTES", "9. By 6 votes to 2 RESOLVED that the fence be replaced.", "10. Date of next meeting"},
			[]string{"9|resolution|By 6 votes to 2 RESOLVED that the fence be replaced."}},
		{"a body, then a date, stays", action.DocMinutes, []string{"MINUTES", "9. Full Council on 12 May 2024 RESOLVED that the precept be set at £40,000.", "10. Date of next meeting"},
			[]string{"9|resolution|Full Council on 12 May 2024 RESOLVED that the precept be set at £40,000."}},
		{"a body's meeting and its date stay", action.DocMinutes, []string{"MINUTES", "9. The Council meeting of 12 May 2024 RESOLVED that the precept be set at £40,000.", "10. Date of next meeting"},
			[]string{"9|resolution|The Council meeting of 12 May 2024 RESOLVED that the precept be set at £40,000."}},
		{"a majority stays", action.DocMinutes, []string{"MINUTES", "9. By a majority of 6 to 2 RESOLVED that the fence be replaced.", "10. Date of next meeting"},
			[]string{"9|resolution|By a majority of 6 to 2 RESOLVED that the fence be replaced."}},
		{"carried by a count stays", action.DocMinutes, []string{"MINUTES", "9. Carried by 6 to 2 RESOLVED that the fence be replaced.", "10. Date of next meeting"},
			[]string{"9|resolution|Carried by 6 to 2 RESOLVED that the fence be replaced."}},
		{"a short title", action.DocMinutes, []string{"MINUTES", "9. Grants for 2025 RESOLVED that £300 be awarded to the youth club.", "10. Date of next meeting"},
			[]string{"9|resolution|RESOLVED that £300 be awarded to the youth club."}},
		{"a short title, its number a year", action.DocMinutes, []string{"MINUTES", "9. Yearly Return 2024 RESOLVED that the return be approved.", "10. Date of next meeting"},
			[]string{"9|resolution|RESOLVED that the return be approved."}},
		{"steps naming their movers", action.DocMinutes, []string{"MINUTES", "9. To approve the minutes of the meeting held on 3 June 2024 - PROPOSED by Cllr Hale, SECONDED by Cllr Moss, RESOLVED that the minutes be approved and signed.", "10. Date of next meeting"},
			[]string{"9|resolution|RESOLVED that the minutes be approved and signed."}},
		{"steps in title case", action.DocMinutes, []string{"MINUTES", "9. To approve the minutes of the meeting held on 3 June 2024 - Proposed; Seconded; RESOLVED that the minutes be approved and signed.", "10. Date of next meeting"},
			[]string{"9|resolution|RESOLVED that the minutes be approved and signed."}},
		{"steps joined by and", action.DocMinutes, []string{"MINUTES", "9. To approve the minutes of the meeting held on 3 June 2024 - PROPOSED, SECONDED and RESOLVED that the minutes be approved and signed.", "10. Date of next meeting"},
			[]string{"9|resolution|RESOLVED that the minutes be approved and signed."}},
		{"a dotted date in the title", action.DocMinutes, []string{"MINUTES", "9. To approve the minutes of the meeting held on 3.6.24 - RESOLVED that the minutes be approved and signed.", "10. Date of next meeting"},
			[]string{"9|resolution|RESOLVED that the minutes be approved and signed."}},
	}
	runFindCases(t, tests, refKindAction)
}

// TestAssentAfterReport: a sentence that opens with what members raised
// or queried, then joins on by "and" a clause whose own subject, of the
// meeting's own side, agrees, offers or undertakes to act, is that
// subject's undertaking, kept whole as when no report opens it. Not
// when the "and" is inside what was reported, nor for another body.
func TestAssentAfterReport(t *testing.T) {
	tests := []findCase{
		{"offered to", action.DocMinutes, []string{"MINUTES", "6. LIGHTING", "Members raised worries about the cost of the new lights and the Clerk offered to obtain a second quote."},
			[]string{"commitment|Members raised worries about the cost of the new lights and the Clerk offered to obtain a second quote."}},
		{"agreed to, a post", action.DocMinutes, []string{"MINUTES", "6. WASTE", "Councillors queried the late collections in the west of the parish and the Waste Officer agreed to speak to the contractor."},
			[]string{"commitment|Councillors queried the late collections in the west of the parish and the Waste Officer agreed to speak to the contractor."}},
		{"a post in small letters", action.DocMinutes, []string{"MINUTES", "6. LIGHTING", "Members raised worries about the cost of the new lights and the clerk offered to obtain a second quote."},
			[]string{"commitment|Members raised worries about the cost of the new lights and the clerk offered to obtain a second quote."}},
		{"a pronoun", action.DocMinutes, []string{"MINUTES", "6. LIGHTING", "Members raised worries about the cost of the new lights and she offered to obtain a second quote."},
			[]string{"commitment|Members raised worries about the cost of the new lights and she offered to obtain a second quote."}},
		{"volunteered", action.DocMinutes, []string{"MINUTES", "6. LIGHTING", "Members raised worries about the cost of the new lights and the Clerk volunteered to obtain a second quote."},
			[]string{"commitment|Members raised worries about the cost of the new lights and the Clerk volunteered to obtain a second quote."}},
		{"two bodies in what was welcomed", action.DocMinutes, []string{"MINUTES", "6. ROADS", "Members welcomed the news that the Environment Agency and Highways England agreed to fund the crossing."},
			nil},
		{"two bodies in what was queried", action.DocMinutes, []string{"MINUTES", "6. ROADS", "Members queried why the District Council and the County Council agreed to share the cost of the crossing."},
			nil},
		{"another body, after a report", action.DocMinutes, []string{"MINUTES", "6. BUSES", "Members raised worries about the bus service and the County Council agreed to review the timetable in March."},
			nil},
		{"news told, then another body", action.DocMinutes, []string{"MINUTES", "6. BUSES", "It was reported that the bus company had cut the service and the County Council agreed to review the timetable in March."},
			nil},
		// A comma before the "and" closes what was queried; one member
		// named by the title reports as members do.
		{"a question closed by a comma", action.DocMinutes, []string{"MINUTES", "6. HALL", "Members queried whether the hall hire rates covered the heating, and the Bookings Officer offered to work out the cost."},
			[]string{"commitment|Members queried whether the hall hire rates covered the heating, and the Bookings Officer offered to work out the cost."}},
		{"one member named", action.DocMinutes, []string{"MINUTES", "6. HALL", "Councillor Ibe queried whether the hall hire rates covered the heating, and the Bookings Officer offered to work out the cost."},
			[]string{"commitment|Councillor Ibe queried whether the hall hire rates covered the heating, and the Bookings Officer offered to work out the cost."}},
		{"one member, the and inside the question", action.DocMinutes, []string{"MINUTES", "6. ROADS", "Cllr Ibe queried why the District Council and the County Council agreed to share the cost of the crossing."},
			nil},
	}
	runFindCases(t, tests, kindAction)
}

// TestRecordOverProposal: the last meeting's minutes put for approval in
// the agenda's words give way to the record that they were approved; put
// alone, with no record of them, the agenda's words are left to the
// rules that read them.
func TestRecordOverProposal(t *testing.T) {
	tests := []findCase{
		{"agenda list then the record", action.DocMinutes, []string{
			"Agenda and Meeting Notes - 02.03.2021",
			"To be held on Tuesday 2nd March 2021",
			"Village Hall, Mill Lane - 7pm",
			"1. Apologies",
			"2. Notes of the last meeting held on Tuesday 5th January to be approved as the minutes",
			"3. Footpaths",
			"4. Village hall roof",
			"Next meeting to be held on Tuesday 4th May 2021 at the Village Hall",
			"Agenda Prepared by the Chair",
			"Tuesday 2nd March 2021 7 pm - Held at the Village Hall",
			"20. Attended by: Cllrs Ash (Chair), Birch, Rowan.",
			"21. Minutes of Meeting on Tuesday 5th January 2021 were approved and signed.",
			"22. Footpaths: the stile on the east path is broken. Action: Cllr Birch to ask the landowner to mend it.",
		}, []string{"resolution|Minutes of Meeting on Tuesday 5th January 2021 were approved and signed.", "commitment|Cllr Birch to ask the landowner to mend it."}},
		{"the Board asked, then the record", action.DocMinutes, []string{
			"Minutes of the last meeting",
			"The Board is asked to approve the minutes of the meeting of 9 June as a correct record.",
			"The minutes of the meeting of 9 June were agreed as a correct record.",
		}, []string{"resolution|The minutes of the meeting of 9 June were agreed as a correct record."}},
		{"a task that names minutes is no proposal", action.DocMinutes, []string{
			"2. Minutes",
			"The minutes of the spring meeting were approved and signed by the Chair.",
			"5. Open day",
			"Clerk to type up the open day's minutes, to be approved at the next meeting.",
		}, []string{"resolution|The minutes of the spring meeting were approved and signed by the Chair.", "commitment|Clerk to type up the open day's minutes, to be approved at the next meeting."}},
		{"another thing the minutes bring is put", action.DocMinutes, []string{
			"2. Minutes",
			"The minutes of the spring meeting were approved and signed by the Chair.",
			"5. Allotments",
			"RESOLVED that the minutes of the Allotments Group held on 3 March be received and its proposals to be adopted.",
		}, []string{"resolution|The minutes of the spring meeting were approved and signed by the Chair.", "resolution|that the minutes of the Allotments Group held on 3 March be received and its proposals to be adopted."}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Kind + "|" + a.Action })
	// A proposal with no record of its own is not this rule's to drop.
	if got := recordOverProposal([]action.Action{{Kind: action.KindRecommendation, Action: "The Board is asked to approve the minutes of 9 June."}}); len(got) != 1 {
		t.Errorf("a lone proposal was dropped: %v", got)
	}
}

// TestAgendaTitleOverRecord: on a meeting page without labels, a "To …"
// line after the last item's narrative is the decision that closes that
// item only when no record of its own follows it; with its record under
// it, prose of its own, it is the next item's title.
func TestAgendaTitleOverRecord(t *testing.T) {
	tests := []findCase{
		{"unnumbered title over its record, the item above decided", action.DocMinutes, []string{
			"The footpath survey was discussed and it was resolved to thank the volunteers.",
			"To review the playground inspection log and agree any repairs.",
			"The Clerk reported that two swings had worn chains and one gate was loose.",
		}, []string{"resolution|The footpath survey was discussed and it was resolved to thank the volunteers."}},
		{"the decision closing an undecided item, prose after it", action.DocMinutes, []string{
			"The footpath survey was discussed by members.",
			"To note the survey.",
			"Members talked about the state of the allotment hedges for some time.",
		}, []string{"resolution|To note the survey."}},
		{"a title opening its own item after undecided narrative", action.DocMinutes, []string{
			"The report was noted by members.",
			"To consider the allotment rents for next year.",
			"The Clerk explained that the rents had not changed since 2019.",
		}, nil},
		{"a title after a discussion told in the past", action.DocMinutes, []string{
			"Members discussed the hedges at length.",
			"To review the grass cutting contract for the playing field.",
			"The Clerk reported that the contractor had raised his price.",
		}, nil},
		{"the closing decision points back at the report above", action.DocMinutes, []string{
			"5. Pond",
			"A report on the state of the village pond was considered by members.",
			"To note the report.",
			"Members discussed the state of the footpaths at some length.",
		}, []string{"resolution|To note the report."}},
		{"the closing decision points back at what was reported", action.DocMinutes, []string{
			"5. Pond",
			"The Clerk reported on the state of the village pond.",
			"To note the report.",
			"Members discussed the footpaths at some length after that.",
		}, []string{"resolution|To note the report."}},
		{"the closing decision points back past 'the contents of'", action.DocMinutes, []string{
			"5. Pond",
			"A report on the state of the village pond was considered by members.",
			"To note the contents of the report.",
			"Members discussed the footpaths at some length after that.",
		}, []string{"resolution|To note the contents of the report."}},
		{"the closing decision points back though the next paragraph says the same", action.DocMinutes, []string{
			"5. Pond",
			"A report on the state of the village pond was considered by members.",
			"To note the report.",
			"The Clerk's report on the footpaths was then discussed.",
		}, []string{"resolution|To note the report."}},
		{"numbered title over its record", action.DocMinutes, []string{
			"The spending to date was noted by members.",
			"6. To review the insurance schedule as agreed at the last meeting.",
			"The schedule is attached at appendix C and the renewal falls in June.",
		}, nil},
		{"the decision that closes the item stays", action.DocMinutes, []string{
			"The spending to date was discussed by members.",
			"To note the spending report.",
			"Allotments",
		}, []string{"resolution|To note the spending report."}},
	}
	runFindCases(t, tests, func(a action.Action) string { return a.Kind + "|" + a.Action })
}

// TestColonTails: unnumbered words under a numbered clause that ends in a
// colon, with the next clause of the list after them, are the clause's
// own, and the list goes on after them; a full sentence there is not.
func TestColonTails(t *testing.T) {
	tests := []findCase{
		{"sums under the colon join their clause and the list goes on", action.DocDecision, []string{
			"RESOLVED that",
			"1) the library budget be approved;",
			"2) the grants for reading groups be approved as follows:",
			"2031/32 £4,000",
			"2032/33 £4,500;",
			"3) the opening hours be kept; and",
			"4) the report be noted."},
			[]string{"resolution|(1)|the library budget be approved|", "resolution|(2)|the grants for reading groups be approved as follows: 2031/32 £4,000 2032/33 £4,500|", "resolution|(3)|the opening hours be kept|", "resolution|(4)|the report be noted.|"}},
		{"five lines of sums join their clause", action.DocDecision, []string{
			"RESOLVED that",
			"1) the library budget be approved;",
			"2) the grants for reading groups be approved as follows:",
			"2029/30 £3,000",
			"2030/31 £3,500",
			"2031/32 £4,000",
			"2032/33 £4,500",
			"2033/34 £5,000;",
			"3) the report be noted."},
			[]string{"resolution|(1)|the library budget be approved|", "resolution|(2)|the grants for reading groups be approved as follows: 2029/30 £3,000 2030/31 £3,500 2031/32 £4,000 2032/33 £4,500 2033/34 £5,000|", "resolution|(3)|the report be noted.|"}},
		{"the colon's last line of figures ends in a full stop", action.DocDecision, []string{
			"RESOLVED that",
			"1) the library budget be approved;",
			"2) the grants for reading groups be approved as follows:",
			"2031/32 £4,000",
			"2032/33 £4,500.",
			"3) the report be noted."},
			[]string{"resolution|(1)|the library budget be approved|", "resolution|(2)|the grants for reading groups be approved as follows: 2031/32 £4,000 2032/33 £4,500.|", "resolution|(3)|the report be noted.|"}},
	}
	runFindCases(t, tests, showKindRefActionOwner)
}

// TestFiguresLine: the colon's last line of figures ends on a sum or a
// year; words in capitals or a speaker's label make it a sentence.
func TestFiguresLine(t *testing.T) {
	for in, want := range map[string]bool{
		"Guides £4,500.":          true,
		"2032/33 £4,500.":         true,
		"Total 2024.":             true,
		"Noted £4,500 WAS SPENT.": false,
		"Cllr Smith: 2024.":       false,
		"The grants were set.":    false,
	} {
		if got := figuresLine(in); got != want {
			t.Errorf("figuresLine(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestColonTailSentence: under a numbered clause that ends in a colon, a
// full sentence is no words of the clause, and lines ending on a
// semicolon are its entries though their short capitalised words look
// like headings; either way the list goes on after them.
func TestColonTailSentence(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a sentence under the colon", []string{
			"RESOLVED that",
			"1) the library budget be approved;",
			"2) the grants for reading groups be approved as follows:",
			"The grants were set out in the appendix.",
			"3) the report be noted.",
		}, []string{
			"(1)|the library budget be approved",
			"(2)|the grants for reading groups be approved as follows:",
			"(3)|the report be noted.",
		}},
		{"entries ending on semicolons", []string{
			"RESOLVED that",
			"1) the swimming pool budget be approved;",
			"2) the lane hire charges be set as follows:",
			"Swim clubs £40;",
			"Schools £25;",
			"3) the report be noted.",
		}, []string{
			"(1)|the swimming pool budget be approved",
			"(2)|the lane hire charges be set as follows: Swim clubs £40; Schools £25",
			"(3)|the report be noted.",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectItems(t, Find(doc(true, tc.lines...), nil, Options{Genre: action.DocDecision}), func(a action.Action) string { return a.Ref + "|" + a.Action }, tc.want)
		})
	}
}

// TestPointsRecommendedOn: the points under a clause whose verb
// recommends on to another body are recommendations, whether the clause
// is a label's words ending at the body, its colon lost (no item of its
// own), or a point of the list ending in a dash over points numbered in
// another style; the list's next sibling decides again. (Only kinds are
// compared in the second case: the roman points carry the lead-in's
// subject without its verb, a defect of their text.)
func TestPointsRecommendedOn(t *testing.T) {
	runFindCases(t, []findCase{
		{"a label's clause ending at the body it recommends to", action.DocDecision, []string{
			"Item 4 – Parking review",
			"RESOLVED that the Transport Panel recommend to the Board",
			"1. That the charges in the town centre car parks be frozen for a year.",
			"2. That a survey of residents' parking be carried out.",
		}, []string{
			"1|recommendation|That the charges in the town centre car parks be frozen for a year.",
			"2|recommendation|That a survey of residents' parking be carried out.",
		}},
	}, refKindAction)
	runFindCases(t, []findCase{
		{"a point ending in a dash over roman points", action.DocDecision, []string{
			"RESOLVED that the Board -", "",
			"a)     notes the annual report on the parks;", "",
			"b)     recommends to the Town Council that –", "",
			"i)       the tree policy be revised to cover hedges;",
			"ii)      the budget for planting be doubled from April;", "",
			"c)      asks officers to report back in June.",
		}, []string{"(a)|resolution", "(b)|recommendation", "(i)|recommendation", "(ii)|recommendation", "(c)|resolution"}},
	}, func(a action.Action) string { return a.Ref + "|" + a.Kind })
}

// TestPairedSubjectOwners: a decision's that-clause whose subject is two
// names, each with its article, sets both to act, whatever the head words
// and however long the second one's remit; two deciding bodies, or a
// meeting's verb, set no one.
func TestPairedSubjectOwners(t *testing.T) {
	runFindCases(t, []findCase{
		{"two posts not known by their head words", action.DocMinutes, []string{"6. Fees", "Resolved: that:", "(i) the list be noted;", "(ii) that the Chair write to the ward members about the fees;", "that the Bursar and the Registrar write to the other trustees to explain the fees."},
			[]string{"resolution|6(i)|the list be noted|", "resolution|6(ii)|that the Chair write to the ward members about the fees|Chair",
				"resolution|6|that the Bursar and the Registrar write to the other trustees to explain the fees.|Bursar;Registrar"}},
		{"a lower-case member and a long remit", action.DocMinutes, []string{"9. Parks", "RESOLVED: (c) That the Mayor and the Cabinet member for Parks and Open Spaces discuss with the Chair of the Scrutiny Committee how best to run the review."},
			[]string{"resolution|9(c)|That the Mayor and the Cabinet member for Parks and Open Spaces discuss with the Chair of the Scrutiny Committee how best to run the review.|Mayor;Cabinet member for Parks and Open Spaces"}},
		{"two deciding bodies noting", action.DocMinutes, []string{"9. Parks", "RESOLVED: (c) That the Cabinet and the Council note the review."},
			[]string{"resolution|9(c)|That the Cabinet and the Council note the review.|"}},
		{"a post told of, not told to act", action.DocMinutes, []string{"9. Parks", "RESOLVED: (c) That the Mayor and the Deputy Mayor attends the review."},
			[]string{"resolution|9(c)|That the Mayor and the Deputy Mayor attends the review.|"}},
	}, showKindRefActionOwner)
}

// TestTellerAfterFrontedPhrase: who tells the meeting what will be done
// undertakes it when a phrase stands before them too, with a comma (the
// article then in lower case) or without one; one who tells only what
// happened undertakes nothing.
func TestTellerAfterFrontedPhrase(t *testing.T) {
	runFindCases(t, []findCase{
		{"a comma after the phrase, a post not known by its head word", action.DocMinutes, []string{"5. Bridge", "With regard to the footbridge, the Warden advised that notes on its repair would be sent to this Panel and the Paths Group."},
			[]string{"commitment||With regard to the footbridge, the Warden advised that notes on its repair would be sent to this Panel and the Paths Group.|the Warden"}},
		{"no comma after the phrase", action.DocMinutes, []string{"5. Bridge", "At the June meeting Cllr Hale indicated that she would approach the school again in the first week of July."},
			[]string{"commitment||At the June meeting Cllr Hale indicated that she would approach the school again in the first week of July.|Cllr Hale"}},
		{"a report of what was done", action.DocMinutes, []string{"5. Bridge", "At the June meeting the Warden reported that the footbridge had been mended."}, nil},
	}, showKindRefActionOwner)
}

// TestTagClosesDecision: an action tag that closes a decision names who
// carries it out, on its own line under the decision or run onto the
// paragraph's end (a person by initial and surname counting as initials
// do, after a sentence's end); it names the owner of the last item the
// paragraph gave only, and words run on into a name are no tag.
func TestTagClosesDecision(t *testing.T) {
	runFindCases(t, []findCase{
		{"a tag in brackets on the line under the decision", action.DocMinutes, []string{"Allotments", "A tenant asked for the gate to be locked at night.", "RESOLVED unanimously to write to all tenants setting out the gate rules. The lock will be changed once more.", "(ACTION - Asst Clerk)", "Meeting started at 7pm"},
			[]string{"resolution||to write to all tenants setting out the gate rules.|Asst Clerk"}},
		{"initial and surname run onto the paragraph's end", action.DocMinutes, []string{"28. Orchard", "It was agreed to ask Mary Lane if she would like to join the group as a resident.  Action T Ash"},
			[]string{"resolution|28|It was agreed to ask Mary Lane if she would like to join the group as a resident.|T Ash"}},
		{"the tag closes the undertaking after the decision, not the decision", action.DocMinutes, []string{"28. Orchard", "It was resolved to buy the trees. Cllr Tom Ash agreed to plant them before the frost. Action T Ash"},
			[]string{"resolution|28|It was resolved to buy the trees.|", "commitment||Cllr Tom Ash agreed to plant them before the frost. Action T Ash|T Ash"}},
		{"words run on into a name", action.DocMinutes, []string{"28. Orchard", "It was agreed to send the bid to the Climate Action B Group"},
			[]string{"resolution|28|It was agreed to send the bid to the Climate Action B Group|"}},
	}, showKindRefActionOwner)
}

// TestThatPostMay: a that-clause giving a post leave ("may") or a charge
// ("is to") names the post, its name joined by "to" as well as "of";
// a body deciding, or a post that may only be something, names no one.
func TestThatPostMay(t *testing.T) {
	runFindCases(t, []findCase{
		{"leave to a post with its remit", action.DocDecision, []string{"Decision", "RESOLVED to (b) approve that the Cabinet Member for Parks may submit the draft plan to the Department for review;"},
			[]string{"resolution|(b)|approve that the Cabinet Member for Parks may submit the draft plan to the Department for review|Cabinet Member for Parks"}},
		{"a charge to a post named with 'to'", action.DocMinutes, []string{"4. Play area", "It was RESOLVED: That the Assistant Clerk to the Council is to find out more on the grant and report back in May."},
			[]string{"resolution|4|It was RESOLVED: That the Assistant Clerk to the Council is to find out more on the grant and report back in May.|Assistant Clerk to the Council"}},
		{"a body deciding", action.DocMinutes, []string{"4. Play area", "It was RESOLVED: That the Parish Council may fund the new swings from reserves."},
			[]string{"resolution|4|It was RESOLVED: That the Parish Council may fund the new swings from reserves.|"}},
		{"what a post may be", action.DocMinutes, []string{"4. Play area", "It was RESOLVED: That the Treasurer may be away in May and the accounts be signed by the Chair."},
			[]string{"resolution|4|It was RESOLVED: That the Treasurer may be away in May and the accounts be signed by the Chair.|"}},
	}, showKindRefActionOwner)
}

// TestAfterFrontedPhrase: the subject after a phrase put before it with
// no comma starts after the phrase's last plain word; an article and
// the joining words within a name stay in it.
func TestAfterFrontedPhrase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"At the June meeting Cllr Hale", "Cllr Hale"},
		{"In reply to Cllr Hale the Warden", "the Warden"},
		{"During the walk the Head of the Parks Service", "the Head of the Parks Service"},
		{"After the vote the Director for Housing and Planning", "the Director for Housing and Planning"},
		{"Cllr Hale", "Cllr Hale"},
		{"after the vote", ""},
	} {
		if got := afterFrontedPhrase(tc.in); got != tc.want {
			t.Errorf("afterFrontedPhrase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestJoinedUndertakings: two undertakings joined by "and", each clause
// with its own subject who acts, give two commitments, each owned by its
// own subject; an "and" inside one clause's object parts nothing.
func TestJoinedUndertakings(t *testing.T) {
	runFindCases(t, []findCase{
		{"offered and agreed", action.DocMinutes, []string{"The Treasurer offered to price the new benches and the Chair agreed to walk the footpath."}, []string{
			"commitment||The Treasurer offered to price the new benches|The Treasurer",
			"commitment||the Chair agreed to walk the footpath.|The Chair",
		}},
		{"a reported would after an undertaking", action.DocMinutes, []string{"Cllr Penn undertook to count the swifts' nests, and Cllr Rowe would ask the vicar about the tower."}, []string{
			"commitment||Cllr Penn undertook to count the swifts' nests|Cllr Penn",
			"commitment||Cllr Rowe would ask the vicar about the tower.|Cllr Rowe",
		}},
		{"and inside the object", action.DocMinutes, []string{"The Treasurer offered to price the benches and the bins for the green."}, []string{
			"commitment||The Treasurer offered to price the benches and the bins for the green.|The Treasurer",
		}},
	}, showKindRefActionOwner)
}

// TestPurposeDone: straight under its own numbered "To …" line, a record
// in the past passive whose verb is the one the line put (or its noun's)
// is the item's decision; a verb the line does not name, or a record
// not straight under its line, is the item's narrative.
func TestPurposeDone(t *testing.T) {
	runFindCases(t, []findCase{
		{"the verb the line put", action.DocMinutes, []string{"4. To renew the hedge-laying contract", "The contract with Ash Rural was renewed for three more years."}, []string{
			"resolution|4|The contract with Ash Rural was renewed for three more years.|",
		}},
		{"the line's noun of the verb", action.DocMinutes, []string{"6. To consider the extension of the cemetery lease", "The lease was extended to 2031."}, []string{
			"resolution|6|The lease was extended to 2031.|",
		}},
		{"a verb the line does not name", action.DocMinutes, []string{"4. To renew the hedge-laying contract", "The contract was awarded in 2019 after a tender."}, nil},
		{"not straight under its line", action.DocMinutes, []string{"4. To renew the hedge-laying contract", "Members compared the two quotes.", "The contract was renewed for three more years."}, nil},
	}, showKindRefActionOwner)
}
