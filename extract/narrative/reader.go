package narrative

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"math"
	"math/rand"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/internal/lazyre"

	"github.com/councilactions/councilactions/extract/layout"
)

// The second reader is a logistic regression over what a paragraph shows
// (its shape, first words, grammar and neighbours, not its topic's
// words), trained on the gold of the page sets read for tuning. It reads
// only the paragraphs the rules took nothing from, and adds an item where
// it is sure enough: the rules stay the first reader.

// Candidate is one paragraph as the second reader sees it: its text
// (without its marker), whether it may read it, and the features it is
// judged by.
type Candidate struct {
	Body string
	// Open is set when the reader may read it: the rules took no item
	// from it, it heads nothing, no label over it names it as something
	// other than an action ("Aim", "Outcomes"), and no veto of grammar
	// holds (it tells what was done or that a motion was moved, leads in
	// to clauses the rules read or stops mid-sentence, foretells a state,
	// or notes outside a meeting).
	Open bool
	// Covered is set when the rules took an item from it. Training
	// learns from these too what an item looks like and which kind it
	// is: the paragraphs the rules missed are too few to learn from alone.
	Covered  bool
	Features []string
	// Guess is the kind the rules' grammar gives it (training only).
	Guess string
}

// Observe, when set, is given each paper's candidates; training sets it,
// production leaves it nil.
var Observe func(cands []Candidate)

// readerThreshold is the score an open paragraph needs to be read as an
// item: at it, each set scored on a reader trained on the others, the
// reader was right about four times in five (the weights file's header has
// the figures); below it, wrong a third of the time or more. On sets never
// read its additions were right about half the time.
const readerThreshold = 0.8

//go:embed reader.weights
var readerWeights string

// trainedReader is the trained reader, parsed when a paper first needs it
// rather than at every start-up; a malformed weights file fails the tests
// (a paper read with it meanwhile would get no reader's items).
var trainedReader = sync.OnceValues(func() (Reader, error) { return ParseWeights(readerWeights) })

// Reader is a trained second reader: a weight for each feature, and the
// kinds its kind model was trained for.
type Reader struct {
	w     map[string]float64
	kinds []string
}

// withKinds notes which kinds r's weights hold a model for.
func withKinds(r Reader) Reader {
	r.kinds = nil
	for _, k := range readerKinds {
		prefix := "k=" + k + "|"
		for f := range r.w {
			if strings.HasPrefix(f, prefix) {
				r.kinds = append(r.kinds, k)
				break
			}
		}
	}
	return r
}

// Score is the reader's belief that a paragraph with these features holds
// an item the rules missed.
func (r Reader) Score(features []string) float64 { return sigmoid(r.sum(features)) }

func (r Reader) sum(features []string) float64 {
	s := 0.0
	for _, f := range features {
		s += r.w[f]
	}
	return s
}

// most is the most these features could add to a score.
func (r Reader) most(features []string) float64 {
	s := 0.0
	for _, f := range features {
		s += max(0, r.w[f])
	}
	return s
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// The kind model shares the reader's weights file: a one-against-the-rest
// logistic regression for each kind, its features named "k=<kind>|…".
// It sees the item's features, the grammar's tests and the grammar's own
// guess at the kind, and learns when to overrule the guess.
var readerKinds = []string{action.KindAction, action.KindCommitment, action.KindRecommendation, action.KindResolution}

// KindFeatures are a paragraph's features as the kind model for kind
// reads them.
func KindFeatures(kind, guess string, features []string) []string {
	out := make([]string, 0, len(features)+1)
	for _, f := range features {
		out = append(out, "k="+kind+"|"+f)
	}
	return append(out, "k="+kind+"|guess="+guess)
}

// KindExamples teach the kind model one item: its features under each
// kind, an item under the kinds its gold accepts.
func KindExamples(guess string, features, gold []string) []Example {
	out := make([]Example, len(readerKinds))
	for i, k := range readerKinds {
		out[i] = Example{Features: KindFeatures(k, guess, features), Item: slices.Contains(gold, k)}
	}
	return out
}

// Kind is the kind the kind model scores highest for an item with these
// features, or guess where the weights hold no kind model.
func (r Reader) Kind(features []string, guess string) string {
	best, top := guess, math.Inf(-1)
	for _, k := range r.kinds {
		if s := r.sum(KindFeatures(k, guess, features)); s > top {
			best, top = k, s
		}
	}
	return best
}

// Merge is one reader holding both readers' weights (their features are
// named apart).
func Merge(a, b Reader) Reader {
	m := Reader{w: make(map[string]float64, len(a.w)+len(b.w))}
	for f, w := range a.w {
		m.w[f] = w
	}
	for f, w := range b.w {
		m.w[f] = w
	}
	return withKinds(m)
}

// Len is how many weights r holds.
func (r Reader) Len() int { return len(r.w) }

// Split is r's item model and its kind model apart, as Merge joins them.
func (r Reader) Split() (items, kinds Reader) {
	items, kinds = Reader{w: map[string]float64{}}, Reader{w: map[string]float64{}}
	for f, w := range r.w {
		if strings.HasPrefix(f, "k=") {
			kinds.w[f] = w
		} else {
			items.w[f] = w
		}
	}
	return items, withKinds(kinds)
}

// ParseWeights reads "feature<TAB>weight" lines.
func ParseWeights(text string) (Reader, error) {
	r := Reader{w: map[string]float64{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, val, ok := strings.Cut(line, "\t")
		w, err := strconv.ParseFloat(val, 64)
		if !ok || err != nil {
			return Reader{}, fmt.Errorf("reader weights line %d: want feature<TAB>weight, got %q", n, line)
		}
		r.w[name] = w
	}
	return withKinds(r), sc.Err()
}

// Format writes the weights as ParseWeights reads them, sorted, without
// the ones too small to matter.
func (r Reader) Format(header string) []byte {
	names := make([]string, 0, len(r.w))
	for n, w := range r.w {
		if math.Abs(w) >= 0.001 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var b strings.Builder
	for _, l := range strings.Split(header, "\n") {
		b.WriteString("# " + l + "\n")
	}
	for _, n := range names {
		fmt.Fprintf(&b, "%s\t%.4f\n", n, r.w[n])
	}
	return []byte(b.String())
}

// Example is a paragraph the rules took nothing from, and whether the
// gold holds an item there.
type Example struct {
	Features []string
	Item     bool
}

// Train fits a reader by AdaGrad over shuffled examples (seeded, so the
// same gold gives the same weights), with an L2 penalty. Features seen in
// fewer than two examples are left out: they teach nothing general.
func Train(ex []Example, epochs int, l2 float64) Reader {
	return TrainFrom(Reader{}, ex, epochs, l2)
}

// TrainFrom is Train starting from prior's weights and drawn back toward
// them by the L2 penalty rather than toward nothing: a few new sets then
// adjust what many older ones taught instead of replacing it. A feature
// the new examples show too rarely keeps its prior weight.
func TrainFrom(prior Reader, ex []Example, epochs int, l2 float64) Reader {
	count := map[string]int{}
	for _, e := range ex {
		for _, f := range e.Features {
			count[f]++
		}
	}
	r := Reader{w: make(map[string]float64, len(prior.w))}
	for f, w := range prior.w {
		r.w[f] = w
	}
	g2 := map[string]float64{}
	rng := rand.New(rand.NewSource(1))
	order := rng.Perm(len(ex))
	for range epochs {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, i := range order {
			y := 0.0
			if ex[i].Item {
				y = 1
			}
			grad := r.Score(ex[i].Features) - y
			for _, f := range ex[i].Features {
				if count[f] < 2 {
					continue
				}
				gf := grad + l2*(r.w[f]-prior.w[f])
				g2[f] += gf * gf
				r.w[f] -= 0.05 * gf / (math.Sqrt(g2[f]) + 1e-8)
			}
		}
	}
	return withKinds(r)
}

// secondRead is what the reader finds in the paragraphs the rules left.
func (f *finder) secondRead(ps []paragraph, kept []action.Action) []action.Action {
	if f.paged || f.opts.Agenda {
		// It was trained on web pages and their text, not on PDFs' lines;
		// and nothing in an agenda is decided yet.
		return nil
	}
	cs := candidates(ps, kept, f.opts)
	underMotion(ps, cs)
	underPointsNoted(ps, cs)
	for i := range cs {
		_, row := f.rows[i]
		if f.unvoted[i] || row || f.remits[i] || f.whyAt[i] || f.previews[i] || f.toldAgain[ps[i].text] {
			// A motion's words, moved and not carried; a table row, a
			// remit, a preview, words told again: closed before training
			// watches too, so it learns from what production reads.
			cs[i].Open = false
		}
	}
	if Observe != nil {
		// Training: the reader is measured against the rules alone, so
		// it adds nothing while it is watched.
		for i := range cs {
			if cs[i].Open || cs[i].Covered {
				cs[i].Features = append(cs[i].Features, grammarFeatures(ps[i].body, f.opts.Genre)...)
				cs[i].Guess = secondKind(ps[i].body, f.opts)
			}
		}
		Observe(cs)
		return nil
	}
	second, _ := trainedReader()
	tests := second.weighTests(f.opts.Genre)
	var out []action.Action
	// taken holds the words of each paragraph an item was read from: a
	// page that prints its decision twice, word for word (above the
	// item's discussion and again below it), gives it once.
	taken := map[string]bool{}
	for i, c := range cs {
		if !c.Open {
			continue
		}
		said := strings.Join(strings.Fields(ps[i].text), " ")
		if taken[said] {
			continue
		}
		fs, ok := second.reaches(c.Features, ps[i].body, tests)
		if !ok {
			continue
		}
		p := ps[i]
		// Its theme is the heading the rules read above the paragraph
		// ("Our parks" over "• Keep the play areas open"), as their own
		// items there take it; the paper's title where none stands.
		a := action.Action{Ref: p.marker, Kind: second.Kind(fs, secondKind(p.body, f.opts)), Action: strings.TrimSpace(dropBullet(p.body)),
			Theme: cmp.Or(f.themeAt[i], f.opts.Title), Page: p.page, SourceText: p.text}
		if a.Action == "" {
			continue // a bullet with no words
		}
		if f.lostAt[i] != "" && (a.Kind == action.KindCommitment || a.Kind == action.KindAction) {
			a.Theme = f.lostAt[i] // as the rules' items under a lost heading
		}
		a.Owner = delegatedOwners(a.Action)
		a.DueRaw = dueIn(a.Action)
		a.Due = resolveDue(a.DueRaw, f.opts.Date)
		out = append(out, a)
		taken[said] = true
	}
	return out
}

// asksOnly: every sentence of the paragraph is a question put at the
// meeting, told or asked ("A member asked whether the plan would be
// published. Another asked why it was late."), or news sought there
// (soughtHere), or the reply told after one that names no one to act
// (repliedOnly: "… sought assurance that the hall would stay open.
// Officers confirmed that the lease ran to 2030."): no one undertakes
// an answer by being asked.
func asksOnly(body string) bool {
	sents := sentences(body)
	asked := false
	for _, s := range sents {
		switch {
		case strings.HasSuffix(s, "?") || askedAtMeeting(s) || soughtHere(s):
			asked = true
		case asked && repliedOnly(s):
		default:
			return false
		}
	}
	return len(sents) > 0
}

// reportsDone: the paragraph's first verb is in the past or perfect and
// nothing in it decides ("Work has taken place to identify …"): what was
// done, not what will be.
func reportsDone(body string) bool {
	for k, w := range lowerWords(body) {
		if k >= 10 {
			break
		}
		if auxiliary[w] {
			switch w {
			case "has", "have", "had", "was", "were":
				// A decision told with who took it ("was agreed by
				// Council in May") is another meeting's, retold.
				return !readsDecided(body) || decidedBy.MatchString(body)
			}
			return false
		}
	}
	return false
}

// decidedBy is a decision told in the past with who took it.
var decidedBy = lazyre.New(`\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:agreed|approved|adopted|decided|endorsed|resolved)\s+by\s+(?:the\s+)?[A-Z]`)

// foretells: the paragraph's first "will" foretells a state rather than
// undertakes an act: "We will receive the grant", "We will be proud",
// where "we will be consulting" and "we'll be in touch" act.
func foretells(body string) bool {
	ws := lowerWords(body)
	for k := 0; k+1 < len(ws) && k < 30; k++ {
		if ws[k] != "will" && ws[k] != "ll" { // "we'll" is "we", "ll"
			continue
		}
		switch next := ws[k+1]; {
		case next == "be" && k+2 < len(ws):
			return !strings.HasSuffix(ws[k+2], "ing") && !beActs[ws[k+2]]
		case next == "be" || next == "continue":
			return false
		default:
			return stateVerb[next]
		}
	}
	return false
}

// beActs are the words after "will be" that tell where or how one acts.
var beActs = map[string]bool{"in": true, "on": true, "at": true, "out": true, "back": true, "there": true, "available": true}

// movesOnly: the paragraph tells of a motion or amendment moved and
// decides nothing itself ("Councillor Parfitt moved an amendment,
// seconded by …"): what became of it is the rules' to read.
func movesOnly(body string) bool {
	return proposes.MatchString(body) && (!readsDecided(body) || voteOnWhatIsRead.MatchString(body))
}

// voteOnWhatIsRead is how the vote went on what is read elsewhere: "The
// recommendations were proposed and seconded and … were carried".
var voteOnWhatIsRead = lazyre.New(`(?i)^(?:the|these|this|its|their)\s+(?:recommendations?|motion|proposals?|amendments?|resolutions?)\s+(?:was|were)\s+(?:duly\s+)?(?:proposed|moved|seconded|put)\b`)

// secondKind: a paragraph that decides is a resolution (a recommendation
// in a report), any other a commitment.
func secondKind(body string, opts Options) string {
	switch {
	case !readsDecided(body):
		return action.KindCommitment
	case opts.Genre == action.DocReport:
		return action.KindRecommendation
	}
	return action.KindResolution
}

// readsDecided: the rules' tests of a decision hold in one of the paragraph's
// sentences, or a word of deciding opens it.
func readsDecided(body string) bool {
	words := lowerWords(body)
	for k, w := range words {
		if k >= 8 {
			break
		}
		switch w {
		case "agreed", "resolved", "approved", "decided", "agree", "resolve", "approve":
			if k > 0 && (words[k-1] == "not" || words[k-1] == "never") {
				continue // "It was not resolved: …" leaves the matter open
			}
			return true
		}
	}
	for _, s := range sentences(body) {
		if decidedBody(s) || subjunctive(s) || pronounDecided.MatchString(s) || capsDecided(s) || infinitiveDecision(s) {
			return true
		}
	}
	return false
}

// candidates describes each paragraph for the second reader.
func candidates(ps []paragraph, out []action.Action, opts Options) []Candidate {
	covered := coveredParagraphs(ps, out)
	classes := make([]string, len(ps))
	for i, p := range ps {
		classes[i] = firstClass(p.body)
	}
	cs := make([]Candidate, len(ps))
	whatIs := listsWhatIs(ps, opts)
	for i, p := range ps {
		namedOther := i > 0 && namesOtherPart(ps[i-1].body)
		// A lead-in whose clauses the rules read gave its items through
		// them (its colon, "the following … be made." or "… recommend
		// to the Board" before them);
		// words that stop mid-sentence are no item.
		leadIn := dangles(p.body) || i+1 < len(ps) && covered[i+1] && (endsInColon(p.body) || followingStop.MatchString(p.body) || asFollowsEnd.MatchString(p.body) || recommendsToList(p.body))
		cs[i] = Candidate{Body: p.body, Open: !covered[i] && !p.heading && !p.subhead && !namedOther && !leadIn && !reportsDone(p.body) && !movesOnly(p.body) && !asksOnly(p.body) && !foretells(p.body) && !notesOutsideMeeting(p.body, opts) && !underMeasures(ps, i) &&
			!paperToldInRecord(p.body, opts) && !whatIs[i],
			Covered: covered[i] && !p.heading && !p.subhead}
	}
	for i := range cs {
		if cs[i].Open || Observe != nil && cs[i].Covered {
			cs[i].Features = features(ps, covered, classes, i, opts)
		}
	}
	return cs
}

// underMotion closes the points under a motion's lead-in ("This council
// notes that:", "This council, therefore, resolves:"): they are its text
// as moved, which the rules read as decided only once a vote carries it.
func underMotion(ps []paragraph, cs []Candidate) {
	closeUnderLead(ps, cs, func(t string) bool { return motionLead.MatchString(t) || councilResolves.MatchString(t) })
}

// underPointsNoted closes the points under a lead-in that tells them as
// noted ("… the following points were noted:", "The Board was asked to
// note the following:"): what the meeting heard, which the rules read
// point by point for a deed someone undertook, not the meeting's
// decisions.
func underPointsNoted(ps []paragraph, cs []Candidate) {
	closeUnderLead(ps, cs, pointsNoted.MatchString)
}

// closeUnderLead closes the points under each lead-in that ends in a
// colon and that leads accepts. A point is marked, or opens with a
// bullet; a heading, an unmarked paragraph, or a point that goes on
// with the lead-in's own numbering ("2.2" after the lead-in "2.1 … the
// following:") ends them.
func closeUnderLead(ps []paragraph, cs []Candidate, leads func(string) bool) {
	lead := -1
	for i, p := range ps {
		point := p.marker != "" || bulletPat.MatchString(p.body)
		switch {
		case p.heading || p.subhead:
			lead = -1
		case lead >= 0 && point && !continuesLead(ps[lead].marker, p.marker):
			cs[i].Open = false
		default:
			lead = -1
			if t := strings.TrimSpace(p.body); endsInColon(t) && leads(t) {
				lead = i
			}
		}
	}
}

// continuesLead: marker numbers the point after the lead-in's own.
func continuesLead(lead, marker string) bool {
	return lead != "" && marker != "" && (markerFollows(lead, marker) || sectionFollows(lead, marker))
}

// namesOtherPart: a label over a part of the paper that holds no item: a
// part of a plan's priority ("Aims", "Outcomes"), or what closes a
// record's decision ("Alternative options considered:" over the option
// turned down, "Reasons for the decision:").
func namesOtherPart(label string) bool {
	return partLabel.MatchString(label) && !strings.HasPrefix(strings.ToLower(label), "action") ||
		len(label) < 60 && stops.MatchString(label) && strings.HasSuffix(label, ":")
}

// coveredParagraphs marks the paragraphs the rules took an item from, and
// those that say again what one of their items says (a motion's text
// before the resolution that carried it).
func coveredParagraphs(ps []paragraph, out []action.Action) []bool {
	src := map[string]bool{}
	said := make([]map[string]bool, len(out))
	for i, a := range out {
		src[a.SourceText] = true
		said[i] = wordSet(a.Action)
	}
	covered := make([]bool, len(ps))
	for i, p := range ps {
		if src[p.text] {
			covered[i] = true
			continue
		}
		// (Without a label: "RESOLVED that the Cabinet recommend that
		// Council" is carried whole into its clauses.)
		words := wordSet(resolvedLabel.ReplaceAllString(p.body, ""))
		for k, a := range out {
			if a.SourceText != "" && (strings.Contains(a.SourceText, p.text) || strings.Contains(p.text, a.SourceText)) || within(words, said[k]) {
				covered[i] = true
				break
			}
		}
	}
	return covered
}

// notesOutsideMeeting: "To note the clerk's report" in a plan or report
// undertakes nothing; only a meeting's record decides by noting.
func notesOutsideMeeting(body string, opts Options) bool {
	if opts.Genre == action.DocMinutes || opts.Genre == action.DocDecision {
		return false
	}
	ws := lowerWords(body)
	if len(ws) > 1 && ws[0] == "to" {
		ws = ws[1:]
	}
	return len(ws) > 0 && (ws[0] == "note" || ws[0] == "receive")
}

// paperToldInRecord: in a meeting's record, the paragraph opens with a
// paper telling what it says ("The report also set out the next steps,
// which a working group would take"): the paper's words, not the
// meeting's.
func paperToldInRecord(body string, opts Options) bool {
	return (opts.Genre == action.DocMinutes || opts.Genre == action.DocDecision) && paperTells(body)
}

// listsWhatIs tells, for each paragraph of ps, whether it is (in minutes)
// a point under a lead-in that says what something is ("The options open
// to the committee are as follows:", "The two new aims were:"): the points
// describe, as the paper before the meeting set them out; nothing in the
// lead-in decides or undertakes them. (Points under "The actions agreed
// were:" or "The Clerk will:" are led by a decision or a promise.) The
// lead-in is the paragraph above the run of points, found once for the
// run and read once, so a file of many points costs a step a point.
func listsWhatIs(ps []paragraph, opts Options) []bool {
	return listsWhatIsCounted(ps, opts, nil)
}

// listsWhatIsCounted is listsWhatIs, counting its steps in work where one
// is given (a test's).
func listsWhatIsCounted(ps []paragraph, opts Options, work *int) []bool {
	leadStep := func() {
		if work != nil {
			*work++
		}
	}
	out := make([]bool, len(ps))
	if opts.Genre != action.DocMinutes {
		return out
	}
	point := func(p paragraph) bool {
		return p.marker != "" || bulletPat.MatchString(strings.TrimSpace(p.text))
	}
	lead := -1                // the paragraph above the run of points that ps[i-1] ends
	readAt, what := -1, false // the lead-in last read, and what it says
	for i := range ps {
		leadStep()
		if i > 0 && !(point(ps[i-1]) && !ps[i-1].heading && !ps[i-1].subhead) {
			lead = i - 1 // ps[i-1] is no point of a run: it is the lead-in
		}
		if !point(ps[i]) || lead < 0 || ps[lead].heading || ps[lead].subhead {
			continue
		}
		if readAt != lead {
			leadStep()
			readAt, what = lead, copulaLeadIn(ps[lead].body)
		}
		out[i] = what
	}
	return out
}

// copulaLeadIn: the lead-in's last sentence tells what something is, its
// verb of being before the colon, and neither promises nor decides.
func copulaLeadIn(body string) bool {
	sents := sentences(body)
	if len(sents) == 0 {
		return false
	}
	last := strings.TrimSpace(sents[len(sents)-1])
	return copulaLead.MatchString(last) && !modalWord.MatchString(last) && !readsDecided(last)
}

// copulaLead ends a lead-in with a verb of being and its colon.
var copulaLead = lazyre.New(`(?i)\b(?:is|are|was|were)(?:\s+as\s+follows)?\s*:$`)

// dangles: the paragraph stops on a word no sentence ends with ("It was
// agreed to"): what it leads to follows it, or was cut off.
func dangles(body string) bool {
	ws := lowerWords(body)
	if len(ws) == 0 || endClass(body) != "word" {
		return false
	}
	switch ws[len(ws)-1] {
	case "to", "that", "and", "or", "the", "of", "for", "by", "with", "a", "an":
		return true
	}
	return false
}

// within: nine in ten of a's words, three or more, are in b.
func within(a, b map[string]bool) bool {
	return len(a) >= 3 && shared(a, b)*10 >= len(a)*9
}

// features are the names of what a paragraph shows: its shape, its first
// words, its tense, what the rules' tests of grammar find in it, and how
// its neighbours open and whether the rules took items from them. The
// words of its topic are left out: they tell one page from another, not
// an item from the rest.
func features(ps []paragraph, covered []bool, classes []string, i int, opts Options) []string {
	p := ps[i]
	g := "g=" + opts.Genre
	fs := []string{"bias", g}
	ws := lowerWords(p.body)
	add := func(f string) { fs = append(fs, f, g+"|"+f) }
	style := "none"
	if p.marker != "" {
		style = markerStyle(p.marker)
	}
	add("mk=" + style)
	textFeatures(p.body, ws, add)
	for k, w := range ws {
		if k >= 60 {
			break
		}
		switch w {
		case "will", "would", "shall", "should", "to", "must", "be", "that", "agreed", "resolved":
			if k+1 < len(ws) {
				add("after_" + w + "=" + ws[k+1])
			}
			add("has=" + w)
		}
	}
	cls := classes[i]
	add("fc=" + cls)
	same := 0
	for k := max(0, i-3); k < min(len(ps), i+4); k++ {
		if k != i && classes[k] == cls {
			same++
		}
	}
	add("run=" + cls + strconv.Itoa(min(same, 3)))
	if i > 0 {
		q := ps[i-1]
		add("pfc=" + classes[i-1])
		fs = append(fs, "pend="+endClass(q.body))
		if covered[i-1] {
			add("pcov")
		}
		if q.heading || q.subhead {
			add("phead")
		}
		if q.marker != "" && p.marker != "" && markerStyle(q.marker) == markerStyle(p.marker) {
			add("samemk")
		}
	} else {
		add("first")
	}
	if i+1 < len(ps) {
		add("nfc=" + classes[i+1])
		if covered[i+1] {
			add("ncov")
		}
	} else {
		add("last")
	}
	return fs
}

// textFeatures names the shape of text, whose words are ws: its length,
// how it ends, whether it is in capitals, how it opens, and its first
// auxiliary.
func textFeatures(text string, ws []string, add func(string)) {
	add("len=" + bucket(len(ws)))
	add("end=" + endClass(text))
	if isCapitals(text) {
		add("caps")
	}
	if len(ws) > 0 {
		add("w1=" + ws[0])
		add("shape1=" + shape(firstToken(text)))
	}
	if len(ws) > 1 {
		add("w12=" + ws[0] + "_" + ws[1])
	}
	for k, w := range ws {
		if k >= 10 {
			break
		}
		if auxiliary[w] {
			// The first auxiliary tells the tense: "has taken place"
			// reports, "will take" promises, "be taken" decides.
			add("aux=" + w)
			break
		}
	}
}

// lowerWords is s's words in lower case, each number "#" (a minute's
// number says nothing of what it holds).
func lowerWords(s string) []string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range ws {
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			ws[i] = "#"
		}
	}
	return ws
}

func firstToken(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// shape is a token's pattern of case: "Xx", "X", "x", "d".
func shape(tok string) string {
	var b strings.Builder
	last := rune(0)
	for _, r := range tok {
		c := 'o'
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b.WriteRune(c)
			last = c
		}
	}
	return b.String()
}

func bucket(n int) string {
	for _, b := range []int{2, 5, 10, 20, 40, 80} {
		if n <= b {
			return strconv.Itoa(b)
		}
	}
	return "many"
}

func endClass(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "empty"
	}
	switch c := s[len(s)-1]; c {
	case '.', ':', ';', '?', ',', ')':
		return string(c)
	}
	return "word"
}

var auxiliary = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true,
	"been": true, "be": true, "will": true, "would": true, "shall": true, "should": true, "must": true, "can": true, "may": true, "to": true}

// grammar names what the rules' own tests find in a paragraph's
// sentences, each name once.
func grammar(body string) []string {
	sents := sentences(body)
	var names []string
	for _, t := range grammarTests {
		if t.holds(sents) {
			names = append(names, t.name)
		}
	}
	return names
}

// grammarTest is one of the rules' tests, put to each sentence.
type grammarTest struct {
	name string
	test func(s string) bool
}

func (t grammarTest) holds(sents []string) bool {
	return slices.ContainsFunc(sents, t.test)
}

// grammarTests, roughly the cheap ones first: reaches stops putting them once the
// threshold is out of reach.
var grammarTests = []grammarTest{
	{"tobe", func(s string) bool { return strings.Contains(s, " to be ") }},
	{"pronoun", pronounDecided.MatchString},
	{"capsdec", capsDecided},
	{"infdec", infinitiveDecision},
	{"subj", subjunctive},
	{"decided", decidedBody},
	// The weights learnt this feature as any date a preposition leads,
	// describing or not (dateIn without deadlines); so it stays until
	// the reader is trained again.
	{"due", func(s string) bool { return dateIn(s, false) != "" }},
	{"delegate", func(s string) bool { return delegate(s) != "" }},
}

// weighedTest is a grammar test with its features for a paper's genre
// and the most they could add to a score.
type weighedTest struct {
	grammarTest
	features []string
	most     float64
}

// weighTests weighs the grammar's tests for a paper of genre.
func (r Reader) weighTests(genre string) []weighedTest {
	ws := make([]weighedTest, len(grammarTests))
	for i, t := range grammarTests {
		fs := asFeatures([]string{t.name}, genre)
		ws[i] = weighedTest{t, fs, r.most(fs)}
	}
	return ws
}

// reaches: the paragraph's score reaches the threshold. The grammar's
// tests are most of the reader's cost, so each is put only while the
// threshold can still be reached with the tests left; it returns the
// paragraph's features with the grammar's it found.
func (r Reader) reaches(features []string, body string, tests []weighedTest) ([]string, bool) {
	sum, rest := r.sum(features), 0.0
	for _, t := range tests {
		rest += t.most
	}
	if sigmoid(sum+rest) < readerThreshold {
		return nil, false
	}
	sents := sentences(body)
	fs := slices.Clip(features)
	for _, t := range tests {
		rest -= t.most
		if t.holds(sents) {
			fs = append(fs, t.features...)
			sum += r.sum(t.features)
		}
		if sigmoid(sum+rest) < readerThreshold {
			return nil, false
		}
	}
	return fs, true
}

// grammarFeatures are the names grammar gives a paragraph as features.
func grammarFeatures(body, genre string) []string { return asFeatures(grammar(body), genre) }

// asFeatures are names as features, alone and with the paper's genre.
func asFeatures(names []string, genre string) []string {
	var fs []string
	for _, n := range names {
		fs = append(fs, n, "g="+genre+"|"+n)
	}
	return fs
}

// firstClass is how a paragraph opens: a verb, an -ing word, "To", a name.
func firstClass(body string) string {
	body = strings.TrimLeft(body, "-–—* "+layout.Bullets)
	w := firstWord(body)
	if f := lowerWords(body); len(f) > 1 && auxiliary[f[1]] && f[1] != "to" {
		// "Work has taken place": a noun, the subject of what follows.
		return "subject"
	}
	switch {
	case w == "":
		return "none"
	case w == "To" || w == "to":
		return "to"
	case knownVerb(w) && w != strings.ToLower(w):
		return "imp"
	case strings.HasSuffix(w, "ing") && w != strings.ToLower(w):
		return "ger"
	case w == strings.ToUpper(w) && len(w) <= 4:
		return "initials"
	case w != strings.ToLower(w):
		return "cap"
	}
	return "lower"
}
