package index

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index/thread"
)

// BoardSummary is what a board's page shows: its papers, and the plans and
// logs among them that it publishes in versions.
type BoardSummary struct {
	Board  string
	Papers []DocumentInfo // in paper order
	Series []SeriesSummary
}

// SeriesSummary is one series: its versions, and what its latest says.
type SeriesSummary struct {
	thread.Series
	Title    string         // the latest version's title
	Versions []DocumentInfo // oldest first
	Latest   VersionSummary
	// Previous is the version before the latest; nil for a plan
	// published once.
	Previous *DocumentInfo
}

// VersionSummary counts one version's actions.
type VersionSummary struct {
	Document DocumentInfo
	Actions  int
	Status   map[string]int // by status
	Overdue  int            // due before today and not complete or cancelled
	// Moved counts the labels of its actions against their earlier
	// appearances (slipped, completed, new …), and, as dropped, the
	// previous version's actions it leaves out.
	Moved map[string]int
	// SlippedTwice counts its actions whose due date has slipped at least
	// twice, over their threads.
	SlippedTwice int
}

// Boards lists the boards of the indexed papers, by name.
func (ix *Index) Boards(ctx context.Context) ([]string, error) {
	docs, err := ix.Documents(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, d := range docs {
		if d.Board != "" && !slices.Contains(out, d.Board) {
			out = append(out, d.Board)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return out, nil
}

// Board summarises one board (by its name as indexed), counting the
// latest version of each series on today (YYYY-MM-DD, for overdue);
// ErrNotFound when no paper has that board.
func (ix *Index) Board(ctx context.Context, board, today string) (BoardSummary, error) {
	docs, err := ix.Documents(ctx)
	if err != nil {
		return BoardSummary{}, err
	}
	sum := BoardSummary{Board: board}
	byID := map[string]DocumentInfo{}
	var papers []thread.Paper
	for _, d := range docs {
		if d.Board == board {
			byID[d.ID] = d
			papers = append(papers, paperOf(d))
		}
	}
	if len(byID) == 0 {
		return sum, fmt.Errorf("board %q: %w", board, ErrNotFound)
	}
	slices.SortStableFunc(papers, func(a, b thread.Paper) int {
		return strings.Compare(thread.OrderDate(a)+a.ID, thread.OrderDate(b)+b.ID)
	})
	for _, p := range papers {
		sum.Papers = append(sum.Papers, byID[p.ID])
	}
	// Each series, and each plan published once, which is a series of one
	// so far.
	series := thread.FindSeries(papers)
	inSeries := map[string]bool{}
	for _, s := range series {
		for _, id := range s.Papers {
			inSeries[id] = true
		}
	}
	for _, p := range papers {
		if !inSeries[p.ID] && p.Kind == action.DocActionPlan {
			series = append(series, thread.Series{ID: p.ID, Papers: []string{p.ID}})
		}
	}
	for _, s := range series {
		ss := SeriesSummary{Series: s}
		for _, id := range s.Papers {
			ss.Versions = append(ss.Versions, byID[id])
		}
		latest := ss.Versions[len(ss.Versions)-1]
		ss.Title = latest.Title
		if len(ss.Versions) > 1 {
			prev := ss.Versions[len(ss.Versions)-2]
			ss.Previous = &prev
		}
		if ss.Latest, err = ix.version(ctx, latest, ss.Previous, today); err != nil {
			return sum, err
		}
		sum.Series = append(sum.Series, ss)
	}
	return sum, nil
}

// version counts one version's actions by status and by change label.
func (ix *Index) version(ctx context.Context, doc DocumentInfo, prev *DocumentInfo, today string) (VersionSummary, error) {
	v := VersionSummary{Document: doc, Status: map[string]int{}, Moved: map[string]int{}}
	of := DocumentQuery(doc.ID)
	res, err := ix.Search(ctx, Request{Query: of, Facets: true, Size: 1})
	if err != nil {
		return v, fmt.Errorf("board: %s: %w", doc.Title, err)
	}
	v.Actions = int(res.Total)
	for _, f := range res.Facets["status"] {
		v.Status[f.Value] = f.Count
	}
	for _, f := range res.Facets["change"] {
		if f.Value != thread.Dropped { // dropped from the next version, which is not this one
			v.Moved[f.Value] = f.Count
		}
	}
	n, err := ix.Count(ctx, Request{Query: of, Overdue: true, Today: today})
	if err != nil {
		return v, fmt.Errorf("board: %s: %w", doc.Title, err)
	}
	v.Overdue = int(n)
	n, err = ix.Count(ctx, Request{Query: of, MinSlips: 2})
	if err != nil {
		return v, fmt.Errorf("board: %s: %w", doc.Title, err)
	}
	v.SlippedTwice = int(n)
	if prev != nil {
		n, err := ix.Count(ctx, Request{Query: DocumentQuery(prev.ID), Change: []string{thread.Dropped}})
		if err != nil {
			return v, fmt.Errorf("board: %s: %w", prev.Title, err)
		}
		if n > 0 {
			v.Moved[thread.Dropped] = int(n)
		}
	}
	return v, nil
}

// DocumentQuery is the query string that finds one paper's actions.
func DocumentQuery(documentID string) string { return fmt.Sprintf("document_id:%q", documentID) }
