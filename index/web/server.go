// Package web serves the action index to analysts: a JSON API and
// server-rendered search pages, read-only, over one open index.
package web

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure a Server.
type Options struct {
	// Index is searched; the server never writes to it.
	Index *index.Index
	// Sources reports the crawl status of each source; nil shows none.
	Sources func(ctx context.Context) ([]pipeline.SourceStatus, error)
	// Token, when set, must come with every request (see Handler).
	Token string
	// Now gives today's date for "overdue"; nil means time.Now.
	Now func() time.Time
	// Log gets one line per failed request; nil means slog.Default().
	Log *slog.Logger
	// SearchTimeout bounds each request's work on the index; a request
	// running longer is stopped and answered 503. 0 means 10 s.
	SearchTimeout time.Duration
	// ExportTimeout bounds a CSV export, which streams every matching
	// action; 0 means 10 minutes.
	ExportTimeout time.Duration
	// DataDir holds the crawled papers' copies that /papers/{id} serves;
	// "" serves none.
	DataDir string
}

// Default request budgets.
const (
	defaultSearchTimeout = 10 * time.Second
	defaultExportTimeout = 10 * time.Minute
)

// Server answers the API and the pages.
type Server struct {
	opts  Options
	pages map[string]*template.Template
	mux   *http.ServeMux

	// searching, when set, is called as a search starts (tests use it to
	// hold a search until its client has gone).
	searching func(context.Context)
}

// New builds a server over an open index.
func New(opts Options) (*Server, error) {
	if opts.Index == nil {
		return nil, errors.New("web: no index")
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.SearchTimeout <= 0 {
		opts.SearchTimeout = defaultSearchTimeout
	}
	if opts.ExportTimeout <= 0 {
		opts.ExportTimeout = defaultExportTimeout
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, pages: pages, mux: http.NewServeMux()}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.FS(static))))
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /api/search", s.apiSearch)
	s.mux.HandleFunc("GET /api/actions/{id}", s.apiAction)
	s.mux.HandleFunc("GET "+exportPath, s.apiExport)
	s.mux.HandleFunc("GET /api/sources", s.apiSources)
	s.mux.HandleFunc("GET /api/threads/{thread}", s.apiThread)
	s.mux.HandleFunc("GET /feed.atom", s.feed)
	s.mux.HandleFunc("GET /boards", s.boardsPage)
	s.mux.HandleFunc("GET /boards/{board}", s.boardPage)
	s.mux.HandleFunc("GET "+papersPath+"{id}", s.paper)
	s.mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no API endpoint %s", r.URL.Path))
	})
	s.mux.HandleFunc("GET /{$}", s.searchPage)
	s.mux.HandleFunc("GET /actions/{id}", s.actionPage)
	s.mux.HandleFunc("GET /sources", s.sourcesPage)
	s.mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusNotFound, "There is no page at "+r.URL.Path+".")
	})
	return s, nil
}

// ServeHTTP adds the security headers, refuses anything but GET and HEAD
// (the server never changes state), checks the token, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s is not allowed: this server is read-only", r.Method))
		return
	}
	if s.opts.Token != "" && r.URL.Path != "/healthz" && !s.authorised(w, r) {
		return
	}
	// Every request has a deadline; its context also ends when the client
	// goes, and the index stops searching on either.
	timeout := s.opts.SearchTimeout
	if r.URL.Path == exportPath {
		timeout = s.opts.ExportTimeout
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// exportPath is the CSV export, which gets the longer ExportTimeout.
const exportPath = "/api/export.csv"

// tokenCookie holds the token once a browser has visited /?token=T.
const tokenCookie = "token"

// authorised accepts "Authorization: Bearer T" or the token cookie. A
// request carrying ?token=T gets the cookie and is redirected to the same
// URL without the token, so that it does not stay in the address bar or
// history. It answers 401 itself when the token is missing or wrong.
func (s *Server) authorised(w http.ResponseWriter, r *http.Request) bool {
	// The scheme name is case-insensitive (RFC 7235).
	if scheme, auth, ok := strings.Cut(r.Header.Get("Authorization"), " "); ok && strings.EqualFold(scheme, "Bearer") && s.tokenOK(strings.TrimSpace(auth)) {
		return true
	}
	if c, err := r.Cookie(tokenCookie); err == nil && s.tokenOK(c.Value) {
		return true
	}
	q := r.URL.Query()
	if t := q.Get("token"); t != "" && s.tokenOK(t) {
		http.SetCookie(w, &http.Cookie{
			Name: tokenCookie, Value: t, Path: "/", HttpOnly: true,
			SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil,
		})
		q.Del("token")
		// Back to the same page on this server: a path starting "//" would
		// name another host.
		target := "/" + strings.TrimLeft(r.URL.EscapedPath(), "/")
		if enc := q.Encode(); enc != "" {
			target += "?" + enc
		}
		http.Redirect(w, r, target, http.StatusSeeOther)
		return false
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="councilactions"`)
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeError(w, http.StatusUnauthorized, "missing or wrong token: send Authorization: Bearer <token>")
	} else {
		s.errorPage(w, r, http.StatusUnauthorized, "This server needs its access token: open it once as /?token=… (the token is then kept in a cookie).")
	}
	return false
}

func (s *Server) tokenOK(got string) bool {
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.opts.Token)) == 1
}

// CheckBind refuses to listen beyond this machine without a token: an
// address whose host is not a loopback address (or empty, which means every
// interface) needs one.
func CheckBind(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("address %q: %w", addr, err)
	}
	if token != "" || isLoopback(host) {
		return nil
	}
	return fmt.Errorf("address %q is reachable from other machines: set a token (--token or server.token) or bind 127.0.0.1", addr)
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the client has gone; nothing to do
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// withParams returns path?query for the given values.
func withParams(path string, v url.Values) string {
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}
