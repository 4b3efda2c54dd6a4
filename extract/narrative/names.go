package narrative

import (
	"sort"
	"strings"
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
