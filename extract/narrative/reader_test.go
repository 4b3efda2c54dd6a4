package narrative

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// TestReaderWeights: the committed weights parse, and a weights file that
// is not "feature<TAB>weight" lines is refused with its line named.
func TestReaderWeights(t *testing.T) {
	second, err := trainedReader()
	if err != nil {
		t.Fatal(err)
	}
	if len(second.w) < 100 {
		t.Fatalf("reader.weights holds %d weights; want the trained reader's thousands", len(second.w))
	}
	_, err = ParseWeights("# header\nrun=imp3\t0.5\nw1=agreed 0.3\n")
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

// TestSecondReader: on a web page, an aim set as a bullet that no rule
// reads (two bullets, a line, then two more: no run long enough to be a
// plan's list) is read by the learned reader as a commitment — one of the
// four here, the reader being no better than its training; the page's
// narrative is not, nor a line telling what was done. A PDF's lines (a
// paper of pages) are left to the rules, and so is a page watched for
// training. What it finds has the theme of the heading above it. (The
// same bullets in one run are a list of what the council will do, which
// the rules read; see TestBulletRunsOfDoing.)
func TestSecondReader(t *testing.T) {
	lines := []string{
		"Thornbury Vale Parish Council: our aims",
		"The council was formed in 1894 and serves about 3,000 residents.",
		"Over the next four years the council will focus on:",
		"Our aims",
		"• Support older residents to stay independent",
		"• Improve the village footpaths",
		"The parish",
		"• Promote local events",
		"• Continue to publish spending",
		"The clerk can be reached at the village hall on weekday mornings.",
		"Work has started on a map of the footpaths and the routes the council means to improve.",
	}
	Observe = func([]Candidate) {}
	if got := Find(doc(true, lines...), nil, Options{}); len(got) != 0 {
		t.Fatalf("the rules read %d items (%q): the reader is not what this tests", len(got), got[0].Action)
	}
	Observe = nil
	got := Find(doc(true, lines...), nil, Options{})
	expectItems(t, got, kindAction, []string{
		"commitment|Continue to publish spending",
	})
	// What it finds stands under the heading the rules read above it
	// ("The parish"), as their own items do, not under the paper's title.
	titled := Find(doc(true, lines...), nil, Options{Title: lines[0]})
	expectItems(t, titled, func(a action.Action) string { return a.Action + "|" + a.Theme }, []string{
		"Continue to publish spending|The parish",
	})
	// A paragraph printed twice, word for word, gives its item once.
	twice := append(append([]string{}, lines...), "The parish", "• Continue to publish spending")
	expectItems(t, Find(doc(true, twice...), nil, Options{}), kindAction, []string{
		"commitment|Continue to publish spending",
	})
	paged := doc(true, lines...)
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
		// A decision told with who took it is another meeting's.
		{"A review of the rules was agreed by Council in May.", true},
	}
	for _, tt := range tests {
		if got := reportsDone(tt.body); got != tt.want {
			t.Errorf("reportsDone(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestVetoes: the paragraphs the reader is never given, whatever its
// weights: words that stop mid-sentence, "will" that foretells a state,
// noting outside a meeting's record, and the vote on what is read
// elsewhere.
func TestVetoes(t *testing.T) {
	tests := []struct {
		name string
		veto func(string) bool
		body string
		want bool
	}{
		{"dangles", dangles, "It was unanimously agreed to", true},
		{"dangles", dangles, "RESOLVED that the Cabinet recommend that", true},
		{"dangles", dangles, "Promote local events that bring neighbours together", false},
		{"dangles", dangles, "Cabinet agreed to:", false}, // a colon's clauses are the rules' to read
		{"foretells", foretells, "We will receive the grant in two parts.", true},
		{"foretells", foretells, "We will be proud of what our borough achieves.", true},
		{"foretells", foretells, "We'll be in touch before the new collections start.", false},
		{"foretells", foretells, "We will be consulting residents this spring.", false},
		{"foretells", foretells, "The clerk will continue to chase the contractor.", false},
		{"foretells", foretells, "The council will plant 200 trees.", false},
		{"namesOtherPart", namesOtherPart, "Alternative options considered:", true},
		{"namesOtherPart", namesOtherPart, "Reasons for the decision:", true},
		{"namesOtherPart", namesOtherPart, "Outcomes", true},
		{"namesOtherPart", namesOtherPart, "Actions", false},
		{"namesOtherPart", namesOtherPart, "Decision:", false},
		{"movesOnly", movesOnly, "The recommendations were proposed and seconded and on being put to the vote were carried.", true},
		{"movesOnly", movesOnly, "Councillor Parfitt moved an amendment, seconded by Councillor Hill.", true},
		{"movesOnly", movesOnly, "It was proposed, seconded and agreed that the verge be cut.", false},
		{"asksOnly", asksOnly, "A Member asked if the survey results would be sent to the Panel.", true},
		{"asksOnly", asksOnly, "Cllr Oak queried why the bins were late. She asked whether a new round would start?", true},
		{"asksOnly", asksOnly, "A Member asked if the results would be sent. The Clerk agreed to send them.", false},
		{"asksOnly", asksOnly, "The survey results would be sent to the Panel.", false},
		{"asksOnly", asksOnly, "Members sought assurance that the hall would stay open. Officers confirmed that the lease ran until 2030.", true},
		{"asksOnly", asksOnly, "Cllr Fern asked for an update on the drains. The Clerk said that the county had been chased twice.", true},
		{"asksOnly", asksOnly, "Members sought assurance that the hall would stay open. Officers confirmed that they would write to the trustees.", false},
		{"asksOnly", asksOnly, "Officers confirmed that the lease ran until 2030.", false},
		{"asksOnly", asksOnly, "Members sought assurance that the Clerk would write to the trustees.", false},
		{"asksOnly", asksOnly, "Members talked about the summer fair and asked what was planned for it. Members were told that it fell in the same week as the show.", true},
		{"asksOnly", asksOnly, "Members asked what was planned for the fair. Members were told that the Clerk would book the marquee.", false},
		{"asksOnly", asksOnly, "Members asked what was planned for the fair. Members were told by the Clerk that it fell in the same week as the show.", true},
		{"asksOnly", asksOnly, "Members asked what was planned for the fair. Members were advised by the Chair that it fell in the same week as the show.", true},
		{"asksOnly", asksOnly, "Members asked what was planned for the fair. Members were told by the Clerk that the Chair would book the marquee.", false},
		{"notes in a plan", func(b string) bool { return notesOutsideMeeting(b, Options{}) }, "To note the clerk's report each month", true},
		{"notes in minutes", func(b string) bool { return notesOutsideMeeting(b, Options{Genre: action.DocMinutes}) }, "To note the clerk's report", false},
		{"notes in a plan", func(b string) bool { return notesOutsideMeeting(b, Options{}) }, "Noticeboards to be repainted", false},
		{"paper in minutes", func(b string) bool { return paperToldInRecord(b, Options{Genre: action.DocMinutes}) }, "The paper also set out the next stages, which a steering group would oversee.", true},
		{"paper in minutes", func(b string) bool { return paperToldInRecord(b, Options{Genre: action.DocMinutes}) }, "The report would be brought back to the panel in the spring.", false},
		{"paper in a plan", func(b string) bool { return paperToldInRecord(b, Options{}) }, "This plan sets out the steps the parish will take.", false},
	}
	for _, tt := range tests {
		if got := tt.veto(tt.body); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.name, tt.body, got, tt.want)
		}
	}
}

// TestKindModel: the kind model picks the kind its weights score highest,
// overruling the grammar's guess; weights without a kind model leave the
// guess; and examples teach each kind the gold accepts.
func TestKindModel(t *testing.T) {
	var ex []Example
	for range 20 {
		ex = append(ex, KindExamples(action.KindCommitment, []string{"bias", "w1=resolved"}, []string{action.KindResolution})...)
		ex = append(ex, KindExamples(action.KindCommitment, []string{"bias", "w1=clerk"}, []string{action.KindCommitment})...)
	}
	r := Merge(Train([]Example{{Features: []string{"bias"}}, {Features: []string{"bias"}}}, 2, 1e-3), Train(ex, 8, 1e-3))
	if got := r.Kind([]string{"bias", "w1=resolved"}, action.KindCommitment); got != action.KindResolution {
		t.Errorf("kind of a resolved paragraph the grammar took for a commitment: %s, want resolution", got)
	}
	if got := r.Kind([]string{"bias", "w1=clerk"}, action.KindCommitment); got != action.KindCommitment {
		t.Errorf("kind of the clerk's undertaking: %s, want commitment", got)
	}
	if got := Train(ex[:0], 1, 1e-3).Kind([]string{"bias"}, action.KindRecommendation); got != action.KindRecommendation {
		t.Errorf("without a kind model: %s, want the guess (recommendation)", got)
	}
	both := KindExamples("", []string{"bias"}, []string{action.KindAction, action.KindCommitment})
	var taught []string
	for i, e := range both {
		if e.Item {
			taught = append(taught, readerKinds[i])
		}
	}
	if strings.Join(taught, ",") != "action,commitment" {
		t.Errorf("an item the gold accepts as action or commitment teaches %v", taught)
	}
	if second, _ := trainedReader(); len(second.kinds) != len(readerKinds) {
		t.Errorf("the committed weights hold a kind model for %v, want all of %v", second.kinds, readerKinds)
	}
}

// TestUnderMotion: a motion printed before any vote is its text, not a
// decision: the points under "This council believes that:" or "This
// council, therefore, resolves:" give nothing, to the rules or the
// reader (284/17).
func TestUnderMotion(t *testing.T) {
	lines := []string{
		"Motions",
		"To consider the following motion submitted by Councillor R Pellow:",
		"This council believes that:",
		"1. To give young people leaving care a fair start, and to spare them debt while they learn to run a home, they should pay no council tax until they are 25.",
		"2. Young people leaving care are more likely than others to fall behind with bills.",
		"This council, therefore, resolves:",
		"1. To recommend to Cabinet that the Council Tax Support Scheme be changed so that care leavers in the district pay nothing.",
		"2. To work with the county council and the other billing authorities in the county to do the same.",
	}
	if got := Find(doc(true, lines...), nil, Options{}); len(got) != 0 {
		t.Errorf("a motion before any vote gave %d items (first %s %q), want none", len(got), got[0].Kind, got[0].Action)
	}
}

// TestUnderPointsNoted: the points under a lead-in that tells them as
// noted are closed to the reader; a point numbered on from the lead-in's
// own number ("3.2" after "3.1 … to note the following:") is the next
// paragraph of the record, and so are those after it.
func TestUnderPointsNoted(t *testing.T) {
	ps := paragraphs(doc(true,
		"3.1 The Group heard the yearly update. The Group was asked to note the following:",
		"(a) The play area had reopened.",
		"(b) The bowls club had a new lease.",
		"3.2 The Clerk will order the new litter bins by June.",
		"3.3 Cllr Birch will meet the bowls club in the spring.",
	), nil)
	cs := make([]Candidate, len(ps))
	for i := range cs {
		cs[i].Open = true
	}
	underPointsNoted(ps, cs)
	want := []bool{true, false, false, true, true}
	if len(ps) != len(want) {
		t.Fatalf("got %d paragraphs, want %d", len(ps), len(want))
	}
	for i, p := range ps {
		if cs[i].Open != want[i] {
			t.Errorf("%s %q: open %v, want %v", p.marker, p.body, cs[i].Open, want[i])
		}
	}
}

// TestListsWhatIs: in minutes, the points under a lead-in that says what
// something is ("The options open to the panel are as follows:") are
// closed to the reader; under a lead-in that decides ("The steps agreed
// were:") they are not, nor on a page that is not a meeting's record.
func TestListsWhatIs(t *testing.T) {
	tests := []struct {
		lead  string
		genre string
		want  bool
	}{
		{"The options open to the panel are as follows:", action.DocMinutes, true},
		{"Officers explained the review. The three new aims were:", action.DocMinutes, true},
		{"The steps agreed were:", action.DocMinutes, false},
		{"The options open to the panel are as follows:", "", false},
	}
	for _, tt := range tests {
		ps := paragraphs(doc(true, tt.lead, "1. The panel makes no comment and the decision stands.", "2. The panel refers the matter back to the cabinet."), nil)
		closed := listsWhatIs(ps, Options{Genre: tt.genre})
		for i := 1; i < len(ps); i++ {
			if got := closed[i]; got != tt.want {
				t.Errorf("under %q (%s), point %q: closed %v, want %v", tt.lead, tt.genre, ps[i].body, got, tt.want)
			}
		}
	}
}

// TestListsWhatIsWork: the lead-in over a run of points is found and read
// once for the run, not once a point: a run of thousands of bullets under
// one lead-in costs a few steps a point (it once walked back over every
// point above each one and read the lead-in again).
func TestListsWhatIsWork(t *testing.T) {
	for _, n := range []int{10, 3000} {
		lines := []string{"The sites put forward by residents were:"}
		for k := 0; k < n; k++ {
			lines = append(lines, fmt.Sprintf("• the verge by house number %d on the lane", k+1))
		}
		ps := paragraphs(doc(true, lines...), nil)
		steps := 0
		closed := listsWhatIsCounted(ps, Options{Genre: action.DocMinutes}, &steps)
		if !closed[len(ps)-1] {
			t.Errorf("%d points: the last point is not under the lead-in", n)
		}
		if steps > 2*len(ps)+2 {
			t.Errorf("%d points: %d steps for %d paragraphs", n, steps, len(ps))
		}
	}
}

// TestTrainFrom: trained from a prior, a feature the examples never show
// keeps its prior weight, one they show moves from it, the L2 penalty
// draws toward the prior rather than toward nothing, and Split parts the
// item model from the kind model as Merge joined them.
func TestTrainFrom(t *testing.T) {
	prior := Merge(Reader{w: map[string]float64{"unseen": 1.5, "good": -1}}, Reader{w: map[string]float64{"k=commitment|bias": 0.7}})
	items, kinds := prior.Split()
	if items.Len() != 2 || kinds.Len() != 1 || !slices.Equal(kinds.kinds, []string{action.KindCommitment}) {
		t.Fatalf("Split gave %v and %v (kinds %v), want the two item weights apart from the kind weight", items.w, kinds.w, kinds.kinds)
	}
	var ex []Example
	for range 20 {
		ex = append(ex, Example{Features: []string{"bias", "good"}, Item: true}, Example{Features: []string{"bias", "bad"}})
	}
	r := TrainFrom(items, ex, 8, 1e-3)
	if w := r.w["unseen"]; w != 1.5 {
		t.Errorf("a feature the examples never show: weight %v, want its prior's 1.5", w)
	}
	if r.w["good"] <= -1 {
		t.Errorf("a feature seen only with items: weight %v, want it above its prior's -1", r.w["good"])
	}
	if _, ok := r.w["k=commitment|bias"]; ok {
		t.Error("the item model holds the kind model's weight")
	}
	// Examples that teach nothing (as often with an item as without) draw
	// Train's weight to nothing; a strong penalty holds TrainFrom's near
	// its prior.
	flat := []Example{{Features: []string{"good"}, Item: true}, {Features: []string{"good"}}}
	if w := TrainFrom(items, flat, 50, 1).w["good"]; w > -0.7 {
		t.Errorf("held to its prior by the penalty, weight %v, want near -1", w)
	}
	if w := Train(flat, 50, 1).w["good"]; w < -0.2 {
		t.Errorf("Train's weight %v, want near nothing", w)
	}
}

// TestWatchedAsRead: a page watched for training opens to the reader only
// the paragraphs production would read: points under a body's terms of
// reference are its remit, closed to both.
func TestWatchedAsRead(t *testing.T) {
	lines := []string{
		"Thornbury Vale Parish Council: the footpaths group",
		"The group's terms of reference are:",
		"• Support older residents to stay independent",
		"• Continue to publish spending",
	}
	var open []string
	Observe = func(cs []Candidate) {
		for _, c := range cs {
			if c.Open {
				open = append(open, c.Body)
			}
		}
	}
	defer func() { Observe = nil }()
	Find(doc(true, lines...), nil, Options{})
	for _, b := range open {
		if strings.Contains(b, "older residents") || strings.Contains(b, "publish spending") {
			t.Errorf("a point of a remit is open to the watched reader: %q", b)
		}
	}
}
