// Package thread follows commitments across the papers of one board: it
// links each action to its earlier appearance (the same commitment in an
// earlier version of a plan, the recommendation a plan's row answers),
// gathers the links into threads, and labels each appearance with what
// changed since the one before. It holds pure functions over actions;
// the index stores what they find.
package thread

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
)

// Paper is one paper of a board, as linking sees it.
type Paper struct {
	ID     string // document id
	Title  string
	Kind   string // action.Doc*
	Date   string // YYYY-MM-DD: the paper's date, or its meeting's; "" when unknown
	Period string // the plan period as written
	Year   int
}

// Item is one action of a paper.
type Item struct {
	ID     string
	Paper  string // Paper.ID
	Ref    string
	Part   int
	Kind   string // action.Kind*
	Title  string
	Theme  string
	Text   string // the action's words
	Owner  []string
	Due    string // YYYY-MM-DD or ""
	Status string // normalised
	// Thread is the thread the item was in before, if any: a thread keeps
	// its id while any of its items stays in it.
	Thread string
}

// Change labels: what an appearance changed since the one before.
const (
	New           = "new"            // no earlier appearance
	Unchanged     = "unchanged"      // nothing below changed
	StatusChanged = "status_changed" // another status, not complete
	Completed     = "completed"      // now complete, and was not
	Slipped       = "slipped"        // due moved later
	DueSet        = "due_set"        // a due date where there was none
	Reworded      = "reworded"       // its words changed
	Renumbered    = "renumbered"     // its ref changed
	Dropped       = "dropped"        // missing from the next version of its series
)

// Labels are the change labels, in the order they are listed.
var Labels = []string{New, StatusChanged, Completed, Slipped, DueSet, Reworded, Renumbered, Unchanged, Dropped}

// Signals a link can rest on (Result.By).
const (
	ByWording = "wording"
	ByRef     = "ref"
	ByOwner   = "owner"
	ByTheme   = "theme"
	ByCites   = "cites" // the row cites the recommendation's number
	ByRow     = "row"   // a sub-row with no words of its own, following its row
)

// Result is what linking found for one item.
type Result struct {
	ID         string
	Thread     string
	Prev       string   // the earlier appearance, "" when it is the first
	Confidence float64  // of the link to Prev, 0–1
	By         []string // the signals the link rests on
	// Answers is the recommendation or resolution this item answers: the
	// nearest one before it in its thread, or one its words follow though
	// another row carries its thread on.
	Answers   string
	Change    []string // labels, in Labels order
	FirstSeen string   // order date of the thread's first paper
	TimesSeen int      // appearances in the thread
	Slips     int      // slipped labels in the thread up to this appearance
}

// Board is the threads of one board.
type Board struct {
	Papers []Paper  // in paper order
	Series []Series // the series among them
	Items  []Result // in paper order, each paper's items in the order given
}

// Thresholds of a link, tuned on the seeds and the quarterly pair in the
// tests, where a wrong link costs more than a missed one.
const (
	minWording    = 0.5 // the words must agree this much whatever else does
	minConfidence = 0.6
	minShared     = 3 // content words two items share: "That the report be noted" links nothing
	// candidates scored in full per item, of those sharing its rarest words.
	candidates = 16
	// postingBudget bounds the item lists read for one item's candidates,
	// which keeps linking near-linear: a word in every item adds little.
	postingBudget = 2048
)

// item is an Item prepared for linking.
type item struct {
	Item
	paper  int32   // index in paper order
	seq    []int32 // content words in order, citation taken out
	words  []int32 // the distinct words, sorted
	weight float64
	ref    string
	cites  string // the ref its words cite ("Recommendation 6a:"), normalised
	owners []string
	theme  string

	prev, next int // -1 when none
	conf       float64
	by         []string
	answers    int
}

// Link threads one board's items. Papers are put in order by date
// (orderDate); items of one paper link only to earlier papers'.
func Link(papers []Paper, items []Item) Board {
	return link(papers, items, false)
}

func link(papers []Paper, items []Item, exhaustive bool) Board {
	papers = inOrder(papers)
	pos := make(map[string]int, len(papers))
	for i, p := range papers {
		pos[p.ID] = i
	}
	v := newVocab()
	its := make([]*item, 0, len(items))
	for _, in := range items {
		p, ok := pos[in.Paper]
		if !ok {
			continue // an item of a paper not given is not linked
		}
		it := &item{Item: in, paper: int32(p), ref: normRef(in.Ref), owners: ownerWords(in.Owner), theme: normTheme(in.Theme), prev: -1, next: -1, answers: -1}
		text := in.Text
		if c, rest := cited(text); c != "" {
			it.cites, text = c, rest
		}
		if strings.TrimSpace(text) != "" {
			// A title belongs to the words only with words of its own: a
			// sub-row's title is its row's.
			it.seq = v.sequence(in.Title + " \n " + text)
		}
		it.words = set(it.seq)
		for _, w := range it.words {
			v.df[w]++
		}
		its = append(its, it)
	}
	slices.SortStableFunc(its, func(a, b *item) int { return cmp.Compare(a.paper, b.paper) })
	w := v.weights(len(its))
	for _, it := range its {
		it.weight = weight(it.words, w)
	}
	l := &linker{its: its, w: w, postings: map[int32][]int32{}, exhaustive: exhaustive}
	l.link(papers)
	series := findSeries(papers)
	return Board{Papers: papers, Series: series, Items: l.results(papers, series)}
}

// linker links items paper by paper.
type linker struct {
	its      []*item
	w        []float64
	postings map[int32][]int32 // word → items of the papers done so far
	acc      []float64         // scratch: candidate → shared weight
	// By item, flat for the candidate loop: its paper, whether a later
	// item continues it, whether it is a recommendation or resolution.
	paperOf    []int32
	continued  []bool
	answerable []bool

	touched []int // scratch: candidates with weight
	best    []int // scratch: the best candidates
	// exhaustive scores every earlier item instead of those sharing rare
	// words: the all-pairs reference the tests hold the blocking to.
	exhaustive bool
}

// pair is a possible link from its[a] back to its[e].
type pair struct {
	a, e int
	conf float64
	by   []string
}

func (l *linker) link(papers []Paper) {
	l.acc = make([]float64, len(l.its))
	l.paperOf = make([]int32, len(l.its))
	l.continued = make([]bool, len(l.its))
	l.answerable = make([]bool, len(l.its))
	for i, it := range l.its {
		l.paperOf[i] = int32(it.paper)
		l.answerable[i] = answerable(it.Kind)
	}
	start := 0
	for start < len(l.its) {
		end := start
		for end < len(l.its) && l.its[end].paper == l.its[start].paper {
			end++
		}
		l.linkPaper(start, end)
		for i := start; i < end; i++ {
			for _, t := range l.its[i].words {
				l.postings[t] = append(l.postings[t], int32(i))
			}
		}
		start = end
	}
	l.answer()
}

// linkPaper links the items its[start:end], one paper's, to the ends of
// the threads of earlier papers: the best pairs first, each item and each
// thread end used once.
func (l *linker) linkPaper(start, end int) {
	var pairs []pair
	for a := start; a < end; a++ {
		// Only where a thread ends: a thread that goes on is linked to
		// where it has got to.
		for _, e := range l.candidates(a, threadEnds) {
			if p, ok := l.score(a, e); ok {
				pairs = append(pairs, p)
			}
		}
	}
	slices.SortStableFunc(pairs, func(x, y pair) int {
		return cmp.Or(cmp.Compare(y.conf, x.conf),
			cmp.Compare(l.its[y.e].paper, l.its[x.e].paper), // the latest version first
			cmp.Compare(x.a, y.a), cmp.Compare(x.e, y.e))
	})
	for _, p := range pairs {
		a, e := l.its[p.a], l.its[p.e]
		if a.prev >= 0 || e.next >= 0 {
			continue
		}
		a.prev, e.next, a.conf, a.by = p.e, p.a, min(p.conf, 1), p.by
		l.continued[p.e] = true
	}
	// A sub-row with no words of its own follows its row: part 2 of row 5
	// is the earlier paper's part 2 of the row that row 5 came from.
	for a := start; a < end; a++ {
		it := l.its[a]
		if it.prev >= 0 || len(it.words) > 0 || it.Part < 2 {
			continue
		}
		row := l.find(start, end, func(o *item) bool { return o.ref == it.ref && o.Part == 1 })
		if row < 0 || l.its[row].prev < 0 {
			continue
		}
		was := l.its[l.its[row].prev]
		e := l.find(0, start, func(o *item) bool {
			return o.paper == was.paper && o.ref == was.ref && o.Part == it.Part && o.next < 0
		})
		if e >= 0 {
			it.prev, l.its[e].next = e, a
			l.continued[e] = true
			it.conf, it.by = l.its[row].conf*0.9, []string{ByRow}
		}
	}
}

func (l *linker) find(from, to int, ok func(*item) bool) int {
	for i := from; i < to; i++ {
		if ok(l.its[i]) {
			return i
		}
	}
	return -1
}

// candidates are the earlier items kept by keep that share the most
// weight of a's rarest words. Words are read rarest first, and item lists
// from their most recent end, until postingBudget entries have been read:
// a word in every item costs no more than a rare one, and the latest
// papers, where an item's earlier appearance most likely is, come first.
func (l *linker) candidates(a int, want wanted) []int {
	it := l.its[a]
	if len(it.words) == 0 {
		return nil
	}
	if l.exhaustive {
		var all []int
		for e := range l.its {
			if l.its[e].paper < it.paper && len(l.its[e].words) > 0 && l.keep(e, want, it.paper) {
				all = append(all, e)
			}
		}
		return all
	}
	words := slices.Clone(it.words)
	slices.SortFunc(words, func(x, y int32) int { return cmp.Or(cmp.Compare(l.w[y], l.w[x]), cmp.Compare(x, y)) })
	touched := l.touched[:0]
	read := 0
	for _, t := range words {
		list := l.postings[t]
		if left := postingBudget - read; len(list) > left {
			list = list[len(list)-left:]
		}
		read += len(list)
		for _, e := range list {
			if !l.keep(int(e), want, it.paper) {
				continue
			}
			if l.acc[e] == 0 {
				touched = append(touched, int(e))
			}
			l.acc[e] += l.w[t]
		}
		if read >= postingBudget {
			break
		}
	}
	// The best few, by shared weight, the later item first on a tie.
	best := l.best[:0]
	for _, e := range touched {
		if len(best) == candidates && !l.better(e, best[len(best)-1]) {
			continue
		}
		i := len(best)
		if i < candidates {
			best = append(best, e)
		} else {
			i--
		}
		for ; i > 0 && l.better(e, best[i-1]); i-- {
			best[i] = best[i-1]
		}
		best[i] = e
	}
	for _, e := range touched {
		l.acc[e] = 0
	}
	l.touched, l.best = touched, best
	return slices.Clone(best)
}

// wanted says which earlier items an item's candidates may be.
type wanted int

const (
	threadEnds   wanted = iota // items no later item continues yet
	answerableIn               // recommendations and resolutions of earlier papers
)

// keep reports whether e is wanted as a candidate of an item of paper
// p. It reads the flat arrays rather than the items, as it runs for every
// entry of every word list read.
func (l *linker) keep(e int, want wanted, p int32) bool {
	if want == threadEnds {
		return !l.continued[e]
	}
	return l.answerable[e] && l.paperOf[e] < p
}

func (l *linker) better(x, y int) bool {
	return l.acc[x] > l.acc[y] || l.acc[x] == l.acc[y] && x > y
}

// score weighs the evidence that its[a] is its[e] again.
func (l *linker) score(ai, ei int) (pair, bool) {
	a, e := l.its[ai], l.its[ei]
	shared, n := overlap(a.words, e.words, l.w)
	if n < minShared {
		return pair{}, false
	}
	dice := 2 * shared / (a.weight + e.weight)
	// One side may add a preamble or drop a clause and still be the same
	// commitment: what the shorter says, the longer says too.
	contain := 0.85 * shared / min(a.weight, e.weight)
	wording := max(dice, contain)
	if wording < minWording {
		return pair{}, false
	}
	conf := wording
	by := []string{ByWording}
	if a.ref != "" && a.ref == e.ref && a.Part == e.Part {
		conf += 0.05 // small: refs shift when a row is dropped
		by = append(by, ByRef)
	}
	if sameOwner(a.owners, e.owners) {
		conf += 0.1
		by = append(by, ByOwner)
	}
	if a.theme != "" && a.theme == e.theme {
		conf += 0.05
		by = append(by, ByTheme)
	}
	if a.cites != "" && a.cites == e.ref && answerable(e.Kind) {
		conf += 0.1
		by = append(by, ByCites)
	}
	if conf < minConfidence {
		return pair{}, false
	}
	return pair{a: ai, e: ei, conf: conf, by: by}, true // not capped, so that it still orders
}

// answerable kinds are answered by actions: a report's recommendation, a
// committee's resolution.
func answerable(kind string) bool {
	return kind == action.KindRecommendation || kind == action.KindResolution
}

// answer finds what each action answers: the nearest recommendation or
// resolution before it in its thread, else one its words follow closely
// though another row carries that recommendation's thread on (a plan
// that splits one recommendation into two rows).
func (l *linker) answer() {
	for i, it := range l.its {
		if answerable(it.Kind) {
			continue
		}
		for p := it.prev; p >= 0; p = l.its[p].prev {
			if answerable(l.its[p].Kind) {
				it.answers = p
				break
			}
		}
		if it.answers >= 0 || it.prev >= 0 {
			continue
		}
		best, bestConf := -1, 0.0
		for _, e := range l.candidates(i, answerableIn) {
			if p, ok := l.score(i, e); ok && p.conf > bestConf {
				best, bestConf = e, p.conf
			}
		}
		it.answers = best
	}
}

// results gathers the links into threads and labels each appearance.
func (l *linker) results(papers []Paper, series []Series) []Result {
	out := make([]Result, len(l.its))
	threadOf := make([]int, len(l.its)) // root item of each item's thread
	size := map[int]int{}
	for i, it := range l.its {
		threadOf[i] = i
		if it.prev >= 0 {
			threadOf[i] = threadOf[it.prev] // prev comes earlier in its
		}
		size[threadOf[i]]++
	}
	ids := l.threadIDs(threadOf)
	// Series: which paper is the next version of which.
	nextVersion := map[int]int{}
	index := map[string]int{}
	for i, p := range papers {
		index[p.ID] = i
	}
	for _, s := range series {
		for k := 1; k < len(s.Papers); k++ {
			nextVersion[index[s.Papers[k-1]]] = index[s.Papers[k]]
		}
	}
	inPaper := map[[2]int]bool{} // (thread root, paper)
	for i, it := range l.its {
		inPaper[[2]int{threadOf[i], int(it.paper)}] = true
	}
	for i, it := range l.its {
		r := &out[i]
		root := l.its[threadOf[i]]
		*r = Result{ID: it.ID, Thread: ids[threadOf[i]], Confidence: round(it.conf), By: it.by,
			FirstSeen: orderDate(papers[root.paper]), TimesSeen: size[threadOf[i]]}
		if it.answers >= 0 {
			r.Answers = l.its[it.answers].ID
		}
		if it.prev >= 0 {
			r.Prev = l.its[it.prev].ID
			r.Change = changes(l.its[it.prev], it)
			r.Slips = out[it.prev].Slips
			if slices.Contains(r.Change, Slipped) {
				r.Slips++
			}
		} else {
			r.Change = []string{New}
		}
		if n, ok := nextVersion[int(it.paper)]; ok && !inPaper[[2]int{threadOf[i], n}] {
			r.Change = append(r.Change, Dropped)
		}
	}
	return out
}

// threadIDs names each thread (by its root item). A thread keeps the id
// most of its items had before, while no bigger thread claims it; else it
// is named after its first item, which gives the same id whenever the
// same papers are linked afresh.
func (l *linker) threadIDs(threadOf []int) map[int]string {
	votes := map[int]map[string]int{}
	for i, it := range l.its {
		if it.Thread == "" {
			continue
		}
		r := threadOf[i]
		if votes[r] == nil {
			votes[r] = map[string]int{}
		}
		votes[r][it.Thread]++
	}
	type claim struct {
		root  int
		id    string
		votes int
	}
	var claims []claim
	for r, vs := range votes {
		best := claim{root: r}
		for id, n := range vs {
			if n > best.votes || n == best.votes && id < best.id {
				best.id, best.votes = id, n
			}
		}
		claims = append(claims, best)
	}
	slices.SortFunc(claims, func(a, b claim) int { return cmp.Or(cmp.Compare(b.votes, a.votes), cmp.Compare(a.root, b.root)) })
	ids := map[int]string{}
	used := map[string]bool{}
	for _, c := range claims {
		if !used[c.id] {
			ids[c.root], used[c.id] = c.id, true
		}
	}
	for i := range l.its {
		r := threadOf[i]
		if _, ok := ids[r]; ok || r != i {
			continue
		}
		id := threadID(l.its[r].ID, 0)
		for n := 1; used[id]; n++ {
			id = threadID(l.its[r].ID, n)
		}
		ids[r], used[id] = id, true
	}
	return ids
}

// threadID names a thread after its first item.
func threadID(first string, n int) string {
	s := "thread\x00" + first
	if n > 0 {
		s += "\x00" + string(rune('0'+n%10)) + strings.Repeat("+", n/10)
	}
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// changes labels item a against its earlier appearance p.
func changes(p, a *item) []string {
	var out []string
	switch {
	case a.Status == p.Status || a.Status == action.StatusUnknown || a.Status == "":
	case a.Status == action.StatusComplete:
		out = append(out, Completed)
	default:
		out = append(out, StatusChanged)
	}
	switch {
	case a.Due != "" && p.Due != "" && a.Due > p.Due:
		out = append(out, Slipped)
	case a.Due != "" && p.Due == "":
		out = append(out, DueSet)
	}
	if len(a.seq) > 0 && !slices.Equal(a.seq, p.seq) {
		out = append(out, Reworded)
	}
	if a.ref != "" && p.ref != "" && a.ref != p.ref {
		out = append(out, Renumbered)
	}
	if len(out) == 0 {
		out = append(out, Unchanged)
	}
	return out
}

func round(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}
