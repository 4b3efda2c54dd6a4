package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

// apiHit is one hit as the API returns it.
type apiHit struct {
	index.Hit
	// After is the opaque key to pass as after= for the hits that follow this one.
	After string `json:"after,omitempty"`
	// Link is the hit's page on this server.
	Link string `json:"link"`
}

// apiResult is the body of /api/search.
type apiResult struct {
	Total     uint64                        `json:"total"`
	Hits      []apiHit                      `json:"hits"`
	Facets    map[string][]index.FacetCount `json:"facets"`
	NextAfter string                        `json:"next_after,omitempty"` // "" on the last page
}

// page is one page of a search: the hits shown and the key of the next page.
type page struct {
	req       index.Request
	res       *index.Result
	nextAfter string
}

// search runs the search that the query parameters describe, asking for one
// hit more than the page size to know whether a next page exists.
func (s *Server) search(ctx context.Context, r *http.Request) (page, error) {
	req, err := parseRequest(r.URL.Query(), s.today())
	if err != nil {
		return page{req: req}, err
	}
	size := req.Size
	req.Size = size + 1
	if s.searching != nil {
		s.searching(ctx)
	}
	res, err := s.opts.Index.Search(ctx, req)
	req.Size = size
	if err != nil {
		return page{req: req}, err
	}
	p := page{req: req, res: res}
	if len(res.Hits) > size {
		res.Hits = res.Hits[:size]
		p.nextAfter = encodeAfter(res.Hits[size-1].SortKey)
	}
	return p, nil
}

func (s *Server) today() string { return s.opts.Now().Format(time.DateOnly) }

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	p, err := s.search(r.Context(), r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := apiResult{Total: p.res.Total, Hits: make([]apiHit, 0, len(p.res.Hits)), Facets: p.res.Facets, NextAfter: p.nextAfter}
	for _, h := range p.res.Hits {
		h.Fragments = safeFragments(h.Fragments)
		out.Hits = append(out.Hits, apiHit{Hit: h, After: encodeAfter(h.SortKey), Link: "/actions/" + h.ID})
	}
	if out.Facets == nil {
		out.Facets = map[string][]index.FacetCount{}
	}
	writeJSON(w, http.StatusOK, out)
}

// apiAction is the body of /api/actions/{id}: the record (action, document
// fields and provenance) plus the document's link.
type apiAction struct {
	action.Record
	Link     string              `json:"link"`
	Copy     string              `json:"copy,omitempty"`     // this server's local copy of the paper (crawled papers)
	Document *index.DocumentInfo `json:"document,omitempty"` // the paper as indexed: sha256, crawl fields, when indexed
}

func (s *Server) apiAction(w http.ResponseWriter, r *http.Request) {
	rec, err := s.opts.Index.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := apiAction{Record: rec, Link: documentLink(rec)}
	if info, ok, err := s.opts.Index.Document(r.Context(), rec.DocumentID); err != nil {
		s.opts.Log.Warn("document of action", "document_id", rec.DocumentID, "err", err)
	} else if ok {
		out.Document = &info
		out.Copy = s.copyLink(info, rec.Page)
	}
	writeJSON(w, http.StatusOK, out)
}

// apiExport streams the contract's CSV of every action the filters match.
// The headers are sent with the first row, so that a bad query still gets a
// 400 with a JSON error.
func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) {
	req, err := parseRequest(r.URL.Query(), s.today())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	req.Facets, req.Highlight, req.After = false, false, nil
	out := &startOnWrite{w: w, start: func() {
		h := w.Header()
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="councilactions-%s.csv"`, s.opts.Now().Format("20060102")))
		w.WriteHeader(http.StatusOK)
	}}
	_, err = s.opts.Index.ExportTo(r.Context(), req, out, index.ExportFormat{})
	switch {
	case err != nil && !out.started:
		s.apiFail(w, r, err)
	case err != nil && clientGone(r, err):
		s.opts.Log.Info("export stopped: the client went away", "url", r.URL.String())
	case err != nil:
		// Too late for a status: the client sees a truncated file.
		s.opts.Log.Error("export failed part way", "url", r.URL.String(), "err", err)
	}
}

// startOnWrite sends the response's headers with its first bytes, so
// that an error before them still gets its status.
type startOnWrite struct {
	w       io.Writer
	start   func()
	started bool
}

func (s *startOnWrite) Write(p []byte) (int, error) {
	if !s.started {
		s.started = true
		s.start()
	}
	return s.w.Write(p)
}

// clientGone tells a client that hung up (its request cancelled, or the
// connection reset or closed under a write) from a failure of the server:
// the first is no error of ours.
func clientGone(r *http.Request, err error) bool {
	return r.Context().Err() != nil || errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, net.ErrClosed)
}

func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	st, err := s.sources(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"sources": st})
}

func (s *Server) sources(ctx context.Context) ([]pipeline.SourceStatus, error) {
	if s.opts.Sources == nil {
		return []pipeline.SourceStatus{}, nil
	}
	st, err := s.opts.Sources(ctx)
	if st == nil {
		st = []pipeline.SourceStatus{}
	}
	return st, err
}

// apiFail answers an error as JSON with the status it deserves.
func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.classify(r, err)
	writeError(w, status, msg)
}

// timeout is the budget of the request r.
func (s *Server) timeout(r *http.Request) time.Duration {
	if r.URL.Path == exportPath {
		return s.opts.ExportTimeout
	}
	return s.opts.SearchTimeout
}

// classify maps an error to an HTTP status and a message for the user;
// unexpected errors are logged and not shown.
func (s *Server) classify(r *http.Request, err error) (int, string) {
	switch {
	case errors.Is(err, index.ErrBadQuery):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound, fmt.Sprintf("no action with id %q", r.PathValue("id"))
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(r.Context().Err(), context.DeadlineExceeded):
		s.opts.Log.Warn("request stopped at its deadline", "url", r.URL.String())
		return http.StatusServiceUnavailable, fmt.Sprintf("the search took longer than %s and was stopped: narrow it with more words, fewer wildcards or a filter", s.timeout(r))
	case r.Context().Err() != nil:
		// Nobody reads this answer: the client has gone.
		s.opts.Log.Info("request stopped: the client went away", "url", r.URL.String())
		return http.StatusServiceUnavailable, "request cancelled"
	}
	s.opts.Log.Error("request failed", "url", r.URL.String(), "err", err)
	return http.StatusInternalServerError, "internal error; the server log has the details"
}
