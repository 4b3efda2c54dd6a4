package narrative

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// givenNamePat matches one of givenName's names.
var givenNamePat = func() string {
	var ns []string
	for n := range givenName {
		ns = append(ns, n)
	}
	sort.Strings(ns) // (a fixed pattern, whatever the map's order)
	return `(?:` + strings.Join(ns, "|") + `)\b`
}()

// givenName holds first names common among English adults. Minutes of
// small councils and working groups often name who acts by first name
// alone ("Sylvia to email the link", "Matt will send them out"); a
// single capitalised word before "will" or "to" is otherwise as often a
// body or a thing ("Highways will", "Quotes to be"), so only a name
// known as one is read as a person. Names that are also words a
// sentence may open with (Will, Bill, Grant, May, June, Jan, Rod, Hope)
// are left out.
var givenName = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`
		Aaron Adam Adrian Alan Alastair Albert Alec Alex Alexander Alfie Alistair Andrew Andy Angus
		Anthony Antony Archie Arthur Barry Ben Benjamin Bernard Brian Bruce Callum Carl Charles Charlie
		Chris Christopher Clive Colin Craig Dale Damian Daniel Danny Darren Dave David Dennis Derek
		Dominic Donald Doug Douglas Duncan Eddie Edward Eric Euan Fred Freddie Gareth Gary Gavin Geoff
		Geoffrey George Gerald Gerry Gordon Graham Greg Gregory Harry Harvey Henry Hugh Iain Ian Jack
		Jake James Jamie Jason Jeff Jeremy Jim Jimmy Joe John Jon Jonathan Joseph Josh Julian Justin Karl
		Keith Ken Kenneth Kevin Kieran Leon Leonard Lewis Liam Luke Malcolm Marcus Martin Matt Matthew
		Michael Mick Mike Neil Nick Nicholas Nigel Noel Oliver Owen Patrick Paul Pete Peter Phil Philip
		Phillip Raymond Richard Rick Robert Robin Roger Ron Ronald Ross Roy Russell Ryan Sam Samuel Scott
		Sean Simon Stephen Steve Steven Stewart Stuart Terry Theo Thomas Tim Timothy Toby Tom Tony Trevor
		Victor Vince Wayne William
		Abigail Alice Alison Amanda Amy Andrea Angela Ann Anna Anne Annette Barbara Beth Bethany Beverley
		Brenda Carole Caroline Catherine Cathy Charlotte Cheryl Chloe Christine Claire Clare Debbie
		Deborah Debra Denise Diana Diane Donna Doreen Dorothy Eileen Elaine Eleanor Elizabeth Ellen Emily
		Emma Fiona Frances Gail Gemma Georgina Gill Gillian Hannah Harriet Heather Helen Hilary Irene
		Jackie Jacqueline Jane Janet Janice Jean Jennifer Jenny Jessica Jill Joan Joanna Joanne Josephine
		Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathryn Katie Kelly Kirsty Laura Lesley
		Linda Lindsay Lisa Liz Lorraine Louise Lucy Lynn Lynne Maggie Margaret Maria Marian Marie Marion
		Marilyn Mary Maureen Megan Melanie Michelle Miriam Moira Nancy Natalie Nicola Nikki Norma Olivia
		Pam Pamela Patricia Paula Pauline Philippa Rachel Rebecca Rita Rosemary Ruth Sally Samantha Sandra
		Sarah Sharon Sheila Shirley Sian Sophie Stella Sue Susan Suzanne Sylvia Tina Tracey Tracy Valerie
		Vanessa Vicky Victoria Wendy Yvonne Zoe`) {
		m[n] = true
	}
	return m
}()

// onlyGivenName reports whether who is one first name and nothing else.
func onlyGivenName(who string) bool {
	return givenName[strings.TrimSpace(who)]
}

// receives: a name's "will" or "would" and verb tell what is done to
// them or what they wish for, no deed of theirs: "will be sent a copy",
// "would be told", "would like to see it".
func receives(verb, next string) bool {
	if verb == "like" || verb == "prefer" {
		return true
	}
	return verb == "be" && (strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "en") || irregularPast[next])
}

// pluralWord: a capitalised plural, people spoken of as many
// ("Residents", "Trustees", "Churches"), no one's name. Names ending in
// "s" end so after a vowel or an s ("Rhys", "Lois", "Marcus", "Agnes",
// "Tobias"), where plurals seldom do but in "-ees", "-ies" or "-ches"
// ("Charities").
func pluralWord(w string) bool {
	l := strings.ToLower(w)
	if !strings.HasSuffix(l, "s") {
		return false
	}
	if strings.HasSuffix(l, "ees") || strings.HasSuffix(l, "ies") || strings.HasSuffix(l, "ches") || strings.HasSuffix(l, "shes") || strings.HasSuffix(l, "sses") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(l[:len(l)-1])
	return !strings.ContainsRune("aeiouys", r)
}

// speakerOwners names who undertakes a commitment by a single name that
// the paper itself shows to be a person's. Minutes call people by first
// name ("Priya will book the hall"); a name not among givenName's is still
// known as one where the paper has it report or speak ("Priya explained
// that …", "Items: Priya said …") or brings it in in full with a post
// ("Priya Osei, Head of Parks reported …"). A commitment with no owner
// whose subject, before "will" or "would" and a verb, is such a name is
// theirs. (A pronoun that speaks, or a post or body, which the other
// rules read, is not taken.)
func speakerOwners(out []action.Action, ps []paragraph) {
	known := map[string]bool{}
	for _, p := range ps {
		for _, m := range speaksAs.FindAllStringSubmatch(p.body, -1) {
			if w := m[1]; !notSpeaker[strings.ToLower(w)] && agent(w) == "" && !phraseOpener[strings.ToLower(w)] && !actorHead(w) && !pluralWord(w) {
				known[w] = true
			}
		}
	}
	if len(known) == 0 {
		return
	}
	for i := range out {
		a := &out[i]
		if a.Kind != action.KindCommitment || len(a.Owner) > 0 {
			continue
		}
		for _, m := range nameWill.FindAllStringSubmatch(a.Action, -1) {
			if known[m[1]] && !receives(m[2], m[3]) {
				a.Owner = []string{m[1]}
				break
			}
		}
	}
}

var (
	// speaksAs is a name, perhaps with a surname and a post after a
	// comma, that opens a sentence or follows a label's colon, then a
	// verb of reporting.
	speaksAs = lazyre.New(`(?:^|[.:;]\s+)(\p{Lu}\p{Ll}{2,})(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:,\s+[^,.;:]{3,80}?,?)?\s+(?:informed|reported|said|advised|explained|confirmed|updated|stated|told)\b`)
	// nameWill is a one-word name as a clause's subject, then "will" or
	// "would" and a verb.
	nameWill = lazyre.New(`(?:^|[.;:]\s+|\s+and\s+|,\s+)(\p{Lu}\p{Ll}{2,})\s+(?:will|would)\s+(?:\w+ly\s+)?([a-z]+)(?:\s+([a-z]+))?`)
	// notSpeaker: pronouns and quantifiers, which speak but name no one
	// (a closed class; posts, bodies and plurals are told by actorHead,
	// agent and pluralWord).
	notSpeaker = map[string]bool{"he": true, "she": true, "they": true, "we": true, "it": true, "who": true, "there": true, "everyone": true,
		"everybody": true, "somebody": true, "someone": true, "nobody": true, "all": true, "both": true, "many": true, "several": true,
		"few": true, "most": true, "none": true}
)
