package extract

import (
	"regexp"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/plaintext"
)

// TestWrappedAsWhole: a text copy whose lines were wrapped to a width (as
// a copy of a PDF's page has them) yields what the same text a line a
// paragraph yields: the paper's signs are read whole, its paragraphs
// rejoined.
func TestWrappedAsWhole(t *testing.T) {
	pages := []string{
		`Agenda item

Repairs to the Sports Hall Roof

Purpose of Report

The purpose of this report is to tell members about a survey of the sports hall roof at the leisure centre and to seek approval for the repairs the surveyor advised.

1.    The Cabinet Member for Leisure and Culture approves the repair of the sports hall roof (Appendix A - Surveyor's Report, version 2) and asks Property Services to let the contract for the work at once.

2.    The Cabinet Member for Leisure and Culture approves the programme of closures set out in section 4.

3.    The Cabinet Member for Leisure and Culture requests a report for information only to be brought back in the autumn on how the work went.

The Head of Property presented the report, which set out the survey's findings and what the repairs would cost the council over the next two years.

Clubs had written to the council from every part of the district to ask for the hall to reopen soon, to thank the staff, to complain about the noise from the works and to offer help from their members to the service while the hall was shut.`,
	}
	for _, page := range pages {
		// (As a PDF's lines, on a page, the same.)
		for _, paged := range []bool{false, true} {
			want := actionsOf(t, page, paged)
			if len(want) == 0 {
				t.Fatalf("no actions in the unwrapped page:\n%s", page)
			}
			for _, width := range []int{64, 80} {
				if got := actionsOf(t, wrapText(page, width), paged); strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("wrapped at %d (paged %v):\n%s\nwant\n%s", width, paged, strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			}
		}
	}
}

func actionsOf(t *testing.T, page string, paged bool) []string {
	t.Helper()
	ld, err := plaintext.Reader{}.Read(t.Context(), []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if paged {
		ld.Pages, ld.Flowing = 1, false
		for i := range ld.Lines {
			ld.Lines[i].Page = 1
		}
	}
	var out []string
	for _, a := range Analyse(ld, action.Document{}).Actions {
		out = append(out, a.Kind+"|"+a.Ref+"|"+a.Action)
	}
	return out
}

// wrapText wraps each line of text longer than width at spaces, a list
// point's later lines hung under its text. A table's row, its cells set
// apart by runs of spaces or by pipes, is kept whole: a PDF sets a table
// out, it does not wrap it.
func wrapText(text string, width int) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		words := strings.Fields(line)
		if len(line) <= width || len(words) < 2 || spacedCells.MatchString(leadMarker.ReplaceAllString(line, "")) || strings.Contains(line, " | ") || strings.HasSuffix(strings.TrimSpace(line), " |") {
			out = append(out, line)
			continue
		}
		cur, hang, rest := words[0], "", words[1:]
		if len(words[0]) <= 3 && strings.HasSuffix(words[0], ".") {
			at := strings.Index(line, words[1])
			cur, hang, rest = line[:at]+words[1], strings.Repeat(" ", at), words[2:]
		}
		for _, w := range rest {
			if len(cur)+1+len(w) > width {
				out = append(out, cur)
				cur = hang + w
				continue
			}
			cur += " " + w
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}

var (
	spacedCells = regexp.MustCompile(`\S {3,}\S`)
	leadMarker  = regexp.MustCompile(`^\s*\(?\w{1,3}[.)]\s+`) // "1.    The Cabinet …": a point's number, not a cell
)

// TestPDFWrapsAsText: minutes typed a paragraph a line
// (testdata/wrapped_resolved.txt) and printed to PDF as the page sets'
// PDF copies are (each line a <p> of its own in DejaVu Sans Mono 9pt, A4
// with 2cm margins, by "chromium --headless --print-to-pdf"), so that the
// wrap puts "RESOLVED" and "Resolved" at the start of a line, yield the
// same items from the PDF as from the text: the decision word the wrap
// moved goes on with the sentence that leads to it.
func TestPDFWrapsAsText(t *testing.T) {
	var got [2][]string
	for i, name := range []string{"testdata/wrapped_resolved.txt", "testdata/wrapped_resolved.pdf"} {
		x, err := File(t.Context(), name, action.Document{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range x.Actions {
			got[i] = append(got[i], a.Kind+"|"+a.Action)
		}
	}
	if len(got[0]) != 2 {
		t.Fatalf("the text gives %d items, want 2:\n%s", len(got[0]), strings.Join(got[0], "\n"))
	}
	if strings.Join(got[1], "\n") != strings.Join(got[0], "\n") {
		t.Errorf("the PDF gives\n%s\nthe text\n%s", strings.Join(got[1], "\n"), strings.Join(got[0], "\n"))
	}
}

// TestNumberedTitleWrapped: minutes that number an item with a short
// title on its own line ("7. Litter") and no other title counting up
// with it yield the item's undertaking without the title, whether the
// text keeps a paragraph a line or was wrapped to a width, and whether
// read as text or as a PDF's lines: the title is not the subject's first
// word.
func TestNumberedTitleWrapped(t *testing.T) {
	page := `Minutes of the meeting of the Parish Council held in the Reading Room

Present: Cllr Ash (Chair), Cllr Birch, Cllr Cedar and the Clerk

The Chair opened the meeting and thanked the two members of the public who had come along on such a wet night
7. Litter
The Clerk would write to the district council about the bins on the green and ask for them to be emptied every week
Cllr Birch had counted the bags of litter picked up by the volunteers in the spring and thanked all who took part`
	for _, width := range []int{0, 64, 80} {
		text := page
		if width > 0 {
			text = wrapText(page, width)
		}
		for _, paged := range []bool{false, true} {
			got := actionsOf(t, text, paged)
			if len(got) != 1 || !strings.HasPrefix(got[0], "commitment||The Clerk would write") {
				t.Errorf("wrapped at %d (paged %v): got %q, want the Clerk's undertaking alone", width, paged, got)
			}
		}
	}
}
