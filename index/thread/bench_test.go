package thread

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract/action"
)

// synthBoard makes a board of n actions: a plan of perActions rows
// published again and again, each version carrying most rows on (some
// reworded, slipped or with a new status), dropping a few and adding a
// few, with refs numbered afresh each time. Words come from a Zipf
// vocabulary, so that some are in every row and most in few. It returns
// the papers, the items and, for each item, the item it continues ("" for
// none): the true links.
func synthBoard(n, perVersion int, seed uint64) ([]Paper, []Item, map[string]string) {
	r := rand.New(rand.NewPCG(seed, 1))
	zipf := rand.NewZipf(r, 1.1, 2, 30000)
	word := func() string { return fmt.Sprintf("w%dx", zipf.Uint64()) }
	statuses := []string{action.StatusOnTrack, action.StatusAtRisk, action.StatusDelayed, action.StatusComplete, action.StatusNotStarted}
	type row struct {
		words  []string
		owner  string
		due    time.Time
		status string
		last   string // id of its last appearance
	}
	newRow := func() *row {
		ws := make([]string, 8+r.IntN(10))
		for i := range ws {
			ws[i] = word()
		}
		return &row{words: ws, owner: fmt.Sprintf("Officer %d", r.IntN(200)), due: time.Date(2023, time.Month(1+r.IntN(12)), 28, 0, 0, 0, 0, time.UTC), status: statuses[r.IntN(len(statuses))]}
	}
	var rows []*row
	for range perVersion {
		rows = append(rows, newRow())
	}
	var papers []Paper
	var items []Item
	truth := map[string]string{}
	for v := 0; len(items) < n; v++ {
		p := Paper{ID: fmt.Sprintf("paper%03d", v), Kind: action.DocActionPlan, Title: "Delivery plan",
			Date: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 3*v, 0).Format("2006-01-02")}
		papers = append(papers, p)
		var kept []*row
		for _, rw := range rows {
			if v > 0 && r.Float64() < 0.05 {
				continue // dropped
			}
			if v > 0 && r.Float64() < 0.15 {
				rw.words[r.IntN(len(rw.words))] = word() // reworded
			}
			if r.Float64() < 0.1 {
				rw.due = rw.due.AddDate(0, 3, 0)
			}
			if r.Float64() < 0.2 {
				rw.status = statuses[r.IntN(len(statuses))]
			}
			kept = append(kept, rw)
		}
		for range perVersion - len(kept) {
			kept = append(kept, newRow())
		}
		rows = kept
		for i, rw := range rows {
			if len(items) == n {
				break
			}
			id := fmt.Sprintf("%s-%d", p.ID, i)
			items = append(items, Item{ID: id, Paper: p.ID, Ref: fmt.Sprint(i + 1), Part: 1, Kind: action.KindAction,
				Text: strings.Join(rw.words, " "), Owner: []string{rw.owner}, Due: rw.due.Format("2006-01-02"), Status: rw.status})
			truth[id] = rw.last
			rw.last = id
		}
	}
	return papers, items, truth
}

// Blocking by rare words finds the links that scoring every earlier item
// finds, and both find the true ones.
func TestBlockingAgreesWithAllPairs(t *testing.T) {
	papers, items, truth := synthBoard(1500, 150, 7)
	blocked := link(papers, items, false)
	all := link(papers, items, true)
	checkThreads(t, blocked)
	prevAll := map[string]string{}
	for _, r := range all.Items {
		prevAll[r.ID] = r.Prev
	}
	differ, right, wrong, missed := 0, 0, 0, 0
	for _, r := range blocked.Items {
		if r.Prev != prevAll[r.ID] {
			differ++
		}
		switch {
		case r.Prev != "" && r.Prev == truth[r.ID]:
			right++
		case r.Prev != "":
			wrong++
		case truth[r.ID] != "":
			missed++
		}
	}
	t.Logf("%d items: %d links right, %d wrong, %d missed; %d differ from all pairs", len(items), right, wrong, missed, differ)
	if differ > 0 {
		t.Errorf("blocking linked %d items otherwise than all pairs", differ)
	}
	if wrong > 0 || missed > right/100 {
		t.Errorf("%d wrong links, %d missed of %d", wrong, missed, right+missed)
	}
}

// BenchmarkLink links boards of 10k and 100k actions (a 4,000-row plan
// in 3 and 25 versions), and the all-pairs reference beside blocking on
// smaller ones. Besides wall time it reports the process's CPU time per
// op, which a busy shared machine disturbs less.
func BenchmarkLink(b *testing.B) {
	run := func(name string, n, perVersion int, exhaustive bool) {
		papers, items, _ := synthBoard(n, perVersion, 1)
		b.Run(name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				link(papers, items, exhaustive)
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
	run("blocked/10000", 10_000, 4000, false)
	run("blocked/100000", 100_000, 4000, false)
	for _, n := range []int{1000, 4000} {
		run(fmt.Sprintf("blocked/%d", n), n, n/5, false)
		run(fmt.Sprintf("allpairs/%d", n), n, n/5, true)
	}
}

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
