package index

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index/thread"
)

// Threads. Each action carries its History (the thread it is in, how it
// changed since its earlier appearance), found by package thread over all
// the papers of its board. A write that changes a board's papers (Replace,
// ReplaceFailed, RemoveDocument) marks the board to be linked again, in the
// same batch, and Relink links every marked board afresh: the pipeline
// calls it after each source, and a run that stops before leaves the mark
// for the next.

// Internal keys of the thread state.
var (
	// relinkKey holds the groups waiting to be linked again, as JSON.
	relinkKey = []byte("councilactions.relink")
	// changesKey holds the stamp (RFC 3339) of the last Relink that found
	// something new or changed: the last crawl that brought news.
	changesKey = []byte("councilactions.changes")
)

// groupOf is the board whose papers an action is linked across: the board
// (within its council), else the council, else its paper alone.
func groupOf(r action.Record) string {
	return groupKey(r.Board, r.Council, r.DocumentID)
}

func groupKey(board, council, documentID string) string {
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
	switch {
	case strings.TrimSpace(board) != "":
		return "board:" + norm(council) + "/" + norm(board)
	case strings.TrimSpace(council) != "":
		return "council:" + norm(council)
	}
	return "paper:" + documentID
}

// history reads the History out of a stored record.
func (s stored) history() action.History {
	var r action.Record
	if err := json.Unmarshal([]byte(s.rec), &r); err != nil {
		return action.History{}
	}
	return r.History
}

// dirtyGroups returns the groups waiting to be linked again.
func (ix *Index) dirtyGroups() ([]string, error) {
	b, err := ix.bi.GetInternal(relinkKey)
	if err != nil || len(b) == 0 {
		return nil, err
	}
	var groups []string
	if err := json.Unmarshal(b, &groups); err != nil {
		return nil, fmt.Errorf("index %s: groups to relink: %w", ix.dir, err)
	}
	return groups, nil
}

// relinkLater adds groups to the relink list in batch b, so that the
// write and the mark land together.
func (ix *Index) relinkLater(b *bleve.Batch, groups ...string) error {
	have, err := ix.dirtyGroups()
	if err != nil {
		return err
	}
	n := len(have)
	for _, g := range groups {
		if !slices.Contains(have, g) {
			have = append(have, g)
		}
	}
	if len(have) == n {
		return nil
	}
	slices.Sort(have)
	list, err := json.Marshal(have)
	if err != nil {
		return err
	}
	b.SetInternal(relinkKey, list)
	return nil
}

// threadFieldsDiffer reports whether a paper's new fields change how its
// board is linked: its order, series or board.
func threadFieldsDiffer(a, b action.Document) bool {
	return a.Title != b.Title || a.Date != b.Date || a.MeetingDate != b.MeetingDate || a.Period != b.Period ||
		a.Year != b.Year || a.Kind != b.Kind || a.Board != b.Board || a.Council != b.Council
}

// NeedsRelink reports whether some board waits to be linked again.
func (ix *Index) NeedsRelink() (bool, error) {
	if err := ix.checkOpen(); err != nil {
		return false, err
	}
	g, err := ix.dirtyGroups()
	return len(g) > 0, err
}

// RelinkStats counts what Relink did.
type RelinkStats struct {
	Boards  int // boards linked again
	Actions int // actions whose history it rewrote
	News    int // of them, new or with other change labels: what alerts report
}

// Relink links again every board whose papers changed since it was last
// linked, each in one batch that also takes it off the list. stamp is when
// the run that wrote the changes started: actions it finds new or changed
// carry it as History.Changed, and it becomes LastChanges.
func (ix *Index) Relink(ctx context.Context, stamp time.Time) (RelinkStats, error) {
	var st RelinkStats
	if err := ix.checkWritable(); err != nil {
		return st, err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	groups, err := ix.dirtyGroups()
	if err != nil || len(groups) == 0 {
		return st, err
	}
	docs, err := ix.Documents(ctx)
	if err != nil {
		return st, fmt.Errorf("relink: %w", err)
	}
	for _, g := range groups {
		if err := ctxErr(ctx); err != nil {
			return st, err
		}
		n, news, err := ix.relinkGroup(ctx, g, docs, stamp)
		if err != nil {
			return st, fmt.Errorf("relink %s: %w", g, err)
		}
		st.Boards++
		st.Actions += n
		st.News += news
	}
	return st, nil
}

// relinkGroup links one group's actions and rewrites those whose history
// changed. It returns how many it rewrote, and how many of them are news.
func (ix *Index) relinkGroup(ctx context.Context, group string, docs []DocumentInfo, stamp time.Time) (int, int, error) {
	old, err := ix.storedRecords(ctx, query.NewTermQuery(group), fieldGroup)
	if err != nil {
		return 0, 0, err
	}
	recs := make(map[string]action.Record, len(old))
	var items []thread.Item
	inGroup := map[string]bool{}
	for id, s := range old {
		var r action.Record
		if err := json.Unmarshal([]byte(s.rec), &r); err != nil {
			return 0, 0, fmt.Errorf("action %s: bad stored record: %w", id, err)
		}
		recs[id] = r
		inGroup[r.DocumentID] = true
		items = append(items, thread.Item{
			ID: r.ID, Paper: r.DocumentID, Ref: r.Ref, Part: r.Part, Kind: r.Kind, Title: r.Title, Theme: r.Theme,
			Text: r.Action.Action, Owner: r.Owner, Due: r.Due, Status: r.Status, Thread: r.Thread,
		})
	}
	var papers []thread.Paper
	for _, d := range docs {
		if inGroup[d.ID] {
			papers = append(papers, paperOf(d))
		}
	}
	board := thread.Link(papers, items)
	linked := make(map[string]thread.Result, len(board.Items))
	for _, res := range board.Items {
		linked[res.ID] = res
	}
	b := ix.bi.NewBatch()
	rewritten, news := 0, 0
	for id, r := range recs {
		res, ok := linked[id]
		if !ok {
			// Its paper has no marker: the action stands alone.
			res = thread.Result{ID: id, Thread: id, Change: []string{thread.New}, TimesSeen: 1}
		}
		h := action.History{
			Thread: res.Thread, Change: res.Change, FirstSeen: res.FirstSeen, TimesSeen: res.TimesSeen,
			Slips: res.Slips, Previous: res.Prev, LinkConfidence: res.Confidence, LinkedBy: res.By,
			Answers: res.Answers, Changed: r.Changed, News: r.News,
		}
		// News is the labels this run found that the action did not have:
		// all of them when the index had not linked it before.
		var added []string
		for _, c := range h.Change {
			if r.Thread == "" || !slices.Contains(r.Change, c) {
				added = append(added, c)
			}
		}
		if len(added) > 0 {
			h.Changed, h.News = stamp.UTC().Format(time.RFC3339), added
			if !slices.Equal(added, []string{thread.Unchanged}) {
				news++
			}
		}
		if historyEqual(r.History, h) {
			continue
		}
		r.History = h
		d, err := actionDoc(r, old[id].order)
		if err != nil {
			return 0, 0, err
		}
		if err := b.Index(id, d); err != nil {
			return 0, 0, fmt.Errorf("action %s: %w", id, err)
		}
		rewritten++
	}
	groups, err := ix.dirtyGroups()
	if err != nil {
		return 0, 0, err
	}
	left, err := json.Marshal(slices.DeleteFunc(groups, func(g string) bool { return g == group }))
	if err != nil {
		return 0, 0, err
	}
	b.SetInternal(relinkKey, left)
	if news > 0 {
		b.SetInternal(changesKey, []byte(stamp.UTC().Format(time.RFC3339)))
	}
	if err := ix.bi.Batch(b); err != nil {
		return 0, 0, fmt.Errorf("write batch: %w", err)
	}
	slog.Debug("relinked", "group", group, "actions", len(recs), "rewritten", rewritten, "news", news)
	return rewritten, news, nil
}

func historyEqual(a, b action.History) bool {
	return a.Thread == b.Thread && slices.Equal(a.Change, b.Change) && a.FirstSeen == b.FirstSeen &&
		a.TimesSeen == b.TimesSeen && a.Slips == b.Slips && a.Previous == b.Previous &&
		a.LinkConfidence == b.LinkConfidence && slices.Equal(a.LinkedBy, b.LinkedBy) &&
		a.Answers == b.Answers && a.Changed == b.Changed && slices.Equal(a.News, b.News)
}

// paperOf is a paper as linking sees it: dated by its own date, else its
// meeting's.
func paperOf(d DocumentInfo) thread.Paper {
	date := d.Date
	if date == "" {
		date = d.MeetingDate
	}
	return thread.Paper{ID: d.ID, Title: d.Title, Kind: d.Kind, Date: date, Period: d.Period, Year: d.Year}
}

// LastChanges is when the last run that found new or changed actions
// started (zero when none has).
func (ix *Index) LastChanges() (time.Time, error) {
	if err := ix.checkOpen(); err != nil {
		return time.Time{}, err
	}
	b, err := ix.bi.GetInternal(changesKey)
	if err != nil || len(b) == 0 {
		return time.Time{}, err
	}
	t, err := time.Parse(time.RFC3339, string(b))
	if err != nil {
		return time.Time{}, fmt.Errorf("index %s: last changes %q: %w", ix.dir, b, err)
	}
	return t, nil
}

// Thread returns the appearances of one thread, first to last (each one's
// Previous is the one before it), or ErrNotFound.
func (ix *Index) Thread(ctx context.Context, id string) ([]action.Record, error) {
	if err := ix.checkOpen(); err != nil {
		return nil, err
	}
	var recs []action.Record
	err := ix.Export(ctx, Request{Query: fmt.Sprintf("thread:%q", id)}, func(r action.Record) error {
		recs = append(recs, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("thread %s: %w", id, ErrNotFound)
	}
	return chainOrder(recs), nil
}

// chainOrder puts a thread's records in link order, first to last: each
// after its Previous. Records whose Previous is not among them (a thread
// read while it was being linked again) start a chain of their own, in
// export order.
func chainOrder(recs []action.Record) []action.Record {
	byID := make(map[string]bool, len(recs))
	for _, r := range recs {
		byID[r.ID] = true
	}
	next := map[string][]action.Record{}
	var firsts []action.Record
	for _, r := range recs {
		if r.Previous != "" && byID[r.Previous] {
			next[r.Previous] = append(next[r.Previous], r)
		} else {
			firsts = append(firsts, r)
		}
	}
	out := make([]action.Record, 0, len(recs))
	var walk func(r action.Record)
	walk = func(r action.Record) {
		out = append(out, r)
		for _, n := range next[r.ID] {
			walk(n)
		}
	}
	for _, f := range firsts {
		walk(f)
	}
	return out
}

// historyParams reads the thread filters: change (any of the labels),
// min_slips (a count) and changed_since (a date or time).
func historyParams(v url.Values, r *Request) error {
	var err error
	if r.Change, err = enumParam(v, "change"); err != nil {
		return err
	}
	if s := strings.TrimSpace(v.Get("min_slips")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return &ParamError{"min_slips", fmt.Sprintf("%q is not a count like 2", s)}
		}
		r.MinSlips = n
	}
	if s := strings.TrimSpace(v.Get("changed_since")); s != "" {
		if _, ok := parseSince(s); !ok {
			return &ParamError{"changed_since", fmt.Sprintf("%q is not a date like 2024-03-31 or a time like 2024-03-31T02:00:00Z", s)}
		}
		r.ChangedSince = s
	}
	return nil
}

// parseSince reads a date (its start, UTC) or an RFC 3339 time.
func parseSince(s string) (time.Time, bool) {
	if t, ok := parseDay(s); ok {
		return t, true
	}
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}

// historyQueries are the thread filters of r. With ChangedSince, the
// change labels asked for are those found since then (News): "slipped
// since Monday", not "found since Monday, and slipped once".
func historyQueries(r Request) ([]query.Query, error) {
	labels := "change"
	if r.ChangedSince != "" {
		labels = "news"
	}
	out := anyTerm(labels, r.Change)
	if r.MinSlips > 0 {
		n := float64(r.MinSlips)
		q := query.NewNumericRangeInclusiveQuery(&n, nil, boolPtr(true), nil)
		q.SetField("slips")
		out = append(out, q)
	}
	if r.ChangedSince != "" {
		t, ok := parseSince(r.ChangedSince)
		if !ok {
			return nil, fmt.Errorf("%w: changed_since %q: want YYYY-MM-DD or an RFC 3339 time", ErrBadQuery, r.ChangedSince)
		}
		q := query.NewDateRangeInclusiveQuery(t.UTC(), time.Time{}, boolPtr(true), nil)
		q.SetField("changed")
		out = append(out, q)
	}
	return out, nil
}
