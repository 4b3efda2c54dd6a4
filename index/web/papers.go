package web

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/index"
)

// papersPath serves the local copies of crawled papers, by document id, so
// that a paper stays readable when the council's link dies (and the demo's
// papers, whose sites end with the demo, stay reachable).
const papersPath = "/papers/"

// copyLink is the server's link to the local copy of a paper, at its page
// for a PDF; "" when there is none or the server has no data dir.
func (s *Server) copyLink(info index.DocumentInfo, page int) string {
	if s.opts.DataDir == "" || info.Stored == "" || !filepath.IsLocal(filepath.FromSlash(info.Stored)) {
		return ""
	}
	link := papersPath + url.PathEscape(info.ID)
	if page > 0 && strings.EqualFold(filepath.Ext(info.Stored), ".pdf") {
		link += "#page=" + strconv.Itoa(page)
	}
	return link
}

// paper serves a paper's stored copy. Only a file the index records as
// the paper's copy, inside the data dir, is ever served. A PDF opens in
// the browser; anything else (HTML, DOCX, text written by a council) is a
// download, sandboxed, so that it runs nothing on this site.
func (s *Server) paper(w http.ResponseWriter, r *http.Request) {
	info, ok, err := s.opts.Index.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		status, msg := s.classify(r, err)
		s.errorPage(w, r, status, msg)
		return
	}
	if !ok || s.copyLink(info, 0) == "" {
		s.errorPage(w, r, http.StatusNotFound, "No local copy of that paper.")
		return
	}
	f, err := os.Open(filepath.Join(s.opts.DataDir, filepath.FromSlash(info.Stored)))
	if err != nil {
		s.opts.Log.Warn("paper copy", "document_id", info.ID, "err", err)
		s.errorPage(w, r, http.StatusNotFound, "The local copy of that paper is gone.")
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		s.errorPage(w, r, http.StatusNotFound, "No local copy of that paper.")
		return
	}
	head := make([]byte, 1024)
	n, _ := f.Read(head)
	if _, err := f.Seek(0, 0); err != nil {
		s.errorPage(w, r, http.StatusInternalServerError, "The local copy cannot be read.")
		return
	}
	name := filepath.Base(info.Stored)
	if extract.Detect(name, info.ContentType, head[:n]) == extract.FormatPDF {
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Disposition", `inline; filename="`+safeFilename(name)+`"`)
	} else {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("Content-Disposition", `attachment; filename="`+safeFilename(name)+`"`)
		w.Header().Set("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'")
	}
	http.ServeContent(w, r, "", st.ModTime(), f)
}

// safeFilename keeps a file name fit for a quoted header parameter.
func safeFilename(name string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e || r == '"' || r == '\\' {
			return '_'
		}
		return r
	}, name)
}
