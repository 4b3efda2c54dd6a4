package web

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
)

// hungUpWriter is a response whose client hangs up after its first 100
// bytes: the writes after them fail as they do on a reset connection.
type hungUpWriter struct {
	*httptest.ResponseRecorder
	written int
}

func (w *hungUpWriter) Write(p []byte) (int, error) {
	if room := 100 - w.written; room > 0 {
		n, _ := w.ResponseRecorder.Write(p[:min(room, len(p))])
		w.written += n
		if n == len(p) {
			return n, nil
		}
		return n, fmt.Errorf("write tcp 127.0.0.1:8080->127.0.0.1:51234: %w", syscall.ECONNRESET)
	}
	return 0, fmt.Errorf("write tcp 127.0.0.1:8080->127.0.0.1:51234: %w", syscall.ECONNRESET)
}

// TestExportClientHangingUpIsNotAnError: a client that hangs up part way
// through a CSV export is logged at INFO, not as an ERROR of the server.
func TestExportClientHangingUpIsNotAnError(t *testing.T) {
	logs := &syncBuffer{}
	_, srv, _ := newTestServerWith(t, func(o *Options) {
		o.Log = slog.New(slog.NewTextHandler(logs, nil))
	})
	w := &hungUpWriter{ResponseRecorder: httptest.NewRecorder()}
	srv.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/export.csv", nil))
	if w.Code != http.StatusOK || w.Body.Len() == 0 {
		t.Fatalf("the export did not start: %d %q", w.Code, w.Body)
	}
	if !strings.Contains(logs.String(), `level=INFO msg="export stopped: the client went away"`) || strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("log %q", logs.String())
	}
}
