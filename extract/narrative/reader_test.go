package narrative

import (
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// TestReaderWeights: the committed weights parse, and a weights file that
// is not "feature<TAB>weight" lines is refused with its line named.
func TestReaderWeights(t *testing.T) {
	if secondErr != nil {
		t.Fatal(secondErr)
	}
	if len(second.w) < 100 {
		t.Fatalf("reader.weights holds %d weights; want the trained reader's thousands", len(second.w))
	}
	_, err := ParseWeights("# header\nrun=imp3\t0.5\nw1=agreed 0.3\n")
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("a line without its tab: got %v, want an error naming line 3", err)
	}
	r, err := ParseWeights(string(second.Format("round trip")))
	if err != nil {
		t.Fatal(err)
	}
	for f, w := range second.w {
		if d := r.w[f] - w; d > 0.0001 || d < -0.0001 {
			t.Fatalf("%s: %v after Format and ParseWeights, want %v", f, r.w[f], w)
		}
	}
}

// TestTrain: a feature seen only with items gains weight, one seen only
// without loses it, one seen once teaches nothing, and the same examples
// give the same weights.
func TestTrain(t *testing.T) {
	var ex []Example
	for range 20 {
		ex = append(ex, Example{Features: []string{"bias", "good"}, Item: true},
			Example{Features: []string{"bias", "bad"}}, Example{Features: []string{"bias", "bad", "plain"}})
	}
	ex = append(ex, Example{Features: []string{"bias", "once"}, Item: true})
	r := Train(ex, 8, 1e-3)
	if p := r.Score([]string{"bias", "good"}); p < 0.65 {
		t.Errorf("score with the items' feature %.3f, want ≥ 0.65", p)
	}
	if p := r.Score([]string{"bias", "bad"}); p > 0.35 {
		t.Errorf("score with the non-items' feature %.3f, want ≤ 0.35", p)
	}
	if w := r.w["once"]; w != 0 {
		t.Errorf("a feature seen once has weight %v, want none", w)
	}
	if a, b := string(r.Format("")), string(Train(ex, 8, 1e-3).Format("")); a != b {
		t.Error("two trainings on the same examples gave different weights")
	}
}

// TestSecondReader: on a web page, aims set as bullets in the imperative
// under a heading no rule reads as a plan's are read by the learned reader
// as commitments; the page's
// narrative is not, nor a line telling what was done. A PDF's lines (a
// paper of pages) are left to the rules, and so is a page watched for
// training.
func TestSecondReader(t *testing.T) {
	lines := []string{
		"Thornbury Vale Parish Council: our aims",
		"The council was formed in 1894 and serves about 3,000 residents.",
		"Over the next four years the council will focus on:",
		"Our aims",
		"• Support older residents to stay independent in their own homes",
		"• Improve the condition of the village footpaths and cycle routes",
		"• Promote local events that bring neighbours together",
		"• Continue to publish the council's spending every quarter",
		"The clerk can be reached at the village hall on weekday mornings.",
		"Work has started on a map of the footpaths and the routes the council means to improve.",
	}
	got := Find(doc(true, lines...), nil, Options{})
	expectItems(t, got, kindAction, []string{
		"commitment|Support older residents to stay independent in their own homes",
		"commitment|Improve the condition of the village footpaths and cycle routes",
		"commitment|Promote local events that bring neighbours together",
		"commitment|Continue to publish the council's spending every quarter",
	})
	paged := doc(false, lines...)
	paged.Pages = 1
	for i := range paged.Lines {
		paged.Lines[i].Page = 1
	}
	if got := Find(paged, nil, Options{}); len(got) != 0 {
		t.Errorf("a paper of pages: the reader added %d items, want none (%q)", len(got), got[0].Action)
	}
	Observe = func([]Candidate) {}
	defer func() { Observe = nil }()
	if got := Find(doc(true, lines...), nil, Options{}); len(got) != 0 {
		t.Errorf("watched for training, the reader added %d items, want none", len(got))
	}
}

// TestSecondKind: what the reader finds is a resolution when it decides,
// a recommendation when a report proposes it, else a commitment.
func TestSecondKind(t *testing.T) {
	tests := []struct {
		body, genre, want string
	}{
		{"The grant to the youth club was agreed.", action.DocMinutes, action.KindResolution},
		{"That the new fees be approved from April.", action.DocReport, action.KindRecommendation},
		{"Clear the ditch beside the school lane before winter.", "", action.KindCommitment},
	}
	for _, tt := range tests {
		if got := secondKind(tt.body, Options{Genre: tt.genre}); got != tt.want {
			t.Errorf("secondKind(%q, %q) = %s, want %s", tt.body, tt.genre, got, tt.want)
		}
	}
}

// TestReportsDone: a paragraph whose first verb is past or perfect tells
// what was done and is not the reader's to read, unless it decides.
func TestReportsDone(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"Work has taken place to identify the activity across the partnership.", true},
		{"The hedges were cut in March by the contractor.", true},
		{"The grant to the youth club was agreed.", false},
		{"Improve the condition of the village footpaths.", false},
		{"The clerk will write to the county council about the verge.", false},
	}
	for _, tt := range tests {
		if got := reportsDone(tt.body); got != tt.want {
			t.Errorf("reportsDone(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}
