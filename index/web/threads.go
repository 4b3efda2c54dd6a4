package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
)

// What the pages show of threads: an action's timeline (its appearances
// across papers), the thread as JSON, and each board's plans.

// threadStep is one appearance in a thread's timeline.
type threadStep struct {
	ID        string
	URL       string // its page here
	Current   bool   // the action the page is about
	Paper     string
	Date      string
	PaperURL  string // the paper at the action's page: the local copy, else the council's
	Kind      string
	Ref       string
	Status    string
	Due       string
	Change    []string
	Words     string        // its words, for the first appearance
	Diff      template.HTML // its words against the appearance before, changes marked
	Reworded  bool
	LinkedBy  string
	LinkScore string
}

// timeline returns the steps of rec's thread, first to last.
func (s *Server) timeline(ctx context.Context, rec action.Record) ([]threadStep, error) {
	if rec.Thread == "" {
		return nil, nil
	}
	recs, err := s.opts.Index.Thread(ctx, rec.Thread)
	if err != nil {
		return nil, err
	}
	var out []threadStep
	for i, r := range recs {
		st := threadStep{
			ID: r.ID, URL: "/actions/" + url.PathEscape(r.ID), Current: r.ID == rec.ID,
			Paper: r.DocumentTitle, Date: r.DocumentDate, Kind: valueLabel("kind", r.Kind), Ref: r.Ref,
			Status: r.Status, Due: r.Due, Change: r.Change, Words: words(r), PaperURL: documentLink(r),
			LinkedBy: strings.Join(r.LinkedBy, ", "),
		}
		if info, ok, err := s.opts.Index.Document(ctx, r.DocumentID); err == nil && ok {
			if l := s.copyLink(info, r.Page); l != "" {
				st.PaperURL = l
			}
			if st.Date == "" {
				st.Date = info.MeetingDate
			}
		}
		if r.LinkConfidence > 0 {
			st.LinkScore = fmt.Sprintf("%.2f", r.LinkConfidence)
		}
		if i > 0 {
			st.Diff = wordDiff(words(recs[i-1]), st.Words)
			st.Reworded = words(recs[i-1]) != st.Words
		}
		out = append(out, st)
	}
	return out, nil
}

// words are what an appearance says: its title and action.
func words(r action.Record) string {
	if r.Title != "" && !strings.Contains(r.Action.Action, r.Title) {
		return r.Title + ": " + r.Action.Action
	}
	return r.Action.Action
}

// paperURL links to an action's paper at its page: this server's copy,
// else the council's address.
func (s *Server) paperURL(ctx context.Context, r action.Record) string {
	if info, ok, err := s.opts.Index.Document(ctx, r.DocumentID); err == nil && ok {
		if l := s.copyLink(info, r.Page); l != "" {
			return l
		}
	}
	return documentLink(r)
}

// apiThread is the body of /api/threads/{thread}.
type apiThread struct {
	Thread      string       `json:"thread"`
	Board       string       `json:"board"`
	Appearances []apiAppears `json:"appearances"` // first to last
}

type apiAppears struct {
	action.Record
	Link  string `json:"link"`  // the action's page here
	Paper string `json:"paper"` // its paper at its page
}

func (s *Server) apiThread(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("thread")
	recs, err := s.opts.Index.Thread(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := apiThread{Thread: id, Board: recs[0].Board}
	for _, rec := range recs {
		out.Appearances = append(out.Appearances, apiAppears{Record: rec, Link: "/actions/" + rec.ID, Paper: s.paperURL(r.Context(), rec)})
	}
	writeJSON(w, http.StatusOK, out)
}

// changeLabel names a change label for people.
func changeLabel(c string) string {
	switch c {
	case "status_changed":
		return "Status changed"
	case "due_set":
		return "Due date set"
	}
	return capitalise(c)
}

// boardView is what a board's page shows.
type boardView struct {
	Title  string
	Board  string
	Series []seriesView
	Papers []paperView
}

type seriesView struct {
	Title    string
	Period   string
	Versions []paperView
	Latest   paperView
	Actions  int
	AllURL   string
	Chart    chart
	Moved    []figure // slipped, completed … since the previous version
	Previous string   // its title
}

type paperView struct {
	Title, Date, URL string
	Actions          int
}

// figure is one number on the page, linking to the actions it counts.
type figure struct {
	Label string
	Count int
	URL   string
	Class string
}

// chartStatuses are the bars of a version's chart, in order.
var chartStatuses = []string{
	action.StatusComplete, action.StatusOnTrack, action.StatusInProgress, action.StatusAtRisk,
	action.StatusDelayed, action.StatusNotStarted, action.StatusCancelled, action.StatusUnknown,
}

// movedLabels are the changes a board's page counts, in order.
var movedLabels = []string{"slipped", "completed", "status_changed", "due_set", "reworded", "renumbered", "new", "dropped"}

func (s *Server) boardPage(w http.ResponseWriter, r *http.Request) {
	board := r.PathValue("board")
	sum, err := s.opts.Index.Board(r.Context(), board, s.today())
	if err != nil {
		status, msg := s.classify(r, err)
		if errors.Is(err, index.ErrNotFound) {
			msg = fmt.Sprintf("No paper of a board named %q is indexed.", board)
		}
		s.errorPage(w, r, status, msg)
		return
	}
	v := boardView{Title: board, Board: board}
	search := func(doc string, extra url.Values) string {
		q := url.Values{"board": {board}, "q": {index.DocumentQuery(doc)}}
		for k, vs := range extra {
			q[k] = vs
		}
		return withParams("/", q)
	}
	for _, d := range sum.Papers {
		v.Papers = append(v.Papers, paperView{Title: d.Title, Date: d.Date, URL: search(d.ID, nil), Actions: d.Actions})
	}
	for _, ss := range sum.Series {
		sv := seriesView{Title: ss.Title, Period: ss.Period, Actions: ss.Latest.Actions}
		for _, d := range ss.Versions {
			sv.Versions = append(sv.Versions, paperView{Title: d.Title, Date: d.Date, URL: search(d.ID, nil), Actions: d.Actions})
		}
		latest := ss.Latest.Document
		sv.Latest = paperView{Title: latest.Title, Date: latest.Date, URL: search(latest.ID, nil), Actions: ss.Latest.Actions}
		sv.AllURL = sv.Latest.URL
		var bars []figure
		for _, st := range chartStatuses {
			if n := ss.Latest.Status[st]; n > 0 {
				bars = append(bars, figure{Label: statusLabel(st), Count: n, URL: search(latest.ID, url.Values{"status": {st}}), Class: "status-" + st})
			}
		}
		if ss.Latest.Overdue > 0 {
			bars = append(bars, figure{Label: "Overdue", Count: ss.Latest.Overdue, URL: search(latest.ID, url.Values{"overdue": {"true"}, "today": {s.today()}}), Class: "overdue"})
		}
		sv.Chart = barChart(bars)
		if ss.Previous != nil {
			sv.Previous = ss.Previous.Title
			for _, c := range movedLabels {
				n := ss.Latest.Moved[c]
				if n == 0 {
					continue
				}
				doc := latest.ID
				if c == "dropped" {
					doc = ss.Previous.ID // dropped actions are the previous version's
				}
				sv.Moved = append(sv.Moved, figure{Label: changeLabel(c), Count: n, URL: search(doc, url.Values{"change": {c}}), Class: "change-" + c})
				if c == "slipped" && ss.Latest.SlippedTwice > 0 {
					sv.Moved = append(sv.Moved, figure{Label: "Slipped at least twice", Count: ss.Latest.SlippedTwice,
						URL: search(doc, url.Values{"min_slips": {"2"}}), Class: "change-slipped"})
				}
			}
		}
		v.Series = append(v.Series, sv)
	}
	s.render(w, r, http.StatusOK, "board", v)
}

// boardsView lists the boards.
type boardsView struct {
	Title  string
	Boards []link
}

func (s *Server) boardsPage(w http.ResponseWriter, r *http.Request) {
	boards, err := s.opts.Index.Boards(r.Context())
	if err != nil {
		status, msg := s.classify(r, err)
		s.errorPage(w, r, status, msg)
		return
	}
	v := boardsView{Title: "Boards"}
	for _, b := range boards {
		v.Boards = append(v.Boards, link{Label: b, URL: "/boards/" + url.PathEscape(b)})
	}
	s.render(w, r, http.StatusOK, "boards", v)
}
