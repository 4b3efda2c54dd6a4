package pipeline

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
)

func TestAlertConfigValidate(t *testing.T) {
	ok := AlertConfig{Name: "slips", Search: "board=Oadby&change=slipped", Webhook: "https://hooks.example/x"}
	if err := ok.Validate(0); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		a    AlertConfig
		want string
	}{
		{AlertConfig{Search: "change=slipped", Webhook: "https://h.example/"}, "alerts[3].name: required"},
		{AlertConfig{Name: "x", Search: "change=late", Webhook: "https://h.example/"}, `alerts[3].search: change: "late" is not one of`},
		{AlertConfig{Name: "x", Search: "stauts=delayed", Webhook: "https://h.example/"}, "alerts[3].search: stauts: unknown parameter; did you mean status?"},
		{AlertConfig{Name: "x", Search: "change=slipped", Webhook: "ftp://h.example/"}, `alerts[3].webhook: "ftp://h.example/" is not an http or https URL`},
	} {
		if err := c.a.Validate(3); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%+v: %v, want %q", c.a, err, c.want)
		}
	}
	cfg := DefaultConfig()
	cfg.Alerts = []AlertConfig{ok, ok}
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), `alerts[1].name: "slips" is used twice`) {
		t.Errorf("two alerts of one name: %v", err)
	}
}

// hook is a webhook that answers each post with the next status of its
// script (200 once the script ends), remembering the bodies, and may hold
// every post until released.
type hook struct {
	mu      sync.Mutex
	script  []int
	bodies  []alertBody
	hold    chan struct{}
	arrived chan struct{}
}

func (h *hook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.arrived != nil {
		h.arrived <- struct{}{}
	}
	if h.hold != nil {
		<-h.hold
	}
	data, _ := io.ReadAll(r.Body)
	var b alertBody
	if err := json.Unmarshal(data, &b); err != nil || r.Header.Get("Content-Type") != "application/json" {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.bodies = append(h.bodies, b)
	status := http.StatusOK
	if len(h.script) > 0 {
		status, h.script = h.script[0], h.script[1:]
	}
	w.WriteHeader(status)
}

// plannedIndex holds the quarterly plan's two versions, each linked by a
// run starting at its time.
func plannedIndex(t *testing.T) (*index.Index, time.Time) {
	t.Helper()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var at time.Time
	for q, name := range []string{"brackenford-delivery-plan-q1.txt", "brackenford-delivery-plan-q2.txt"} {
		ext, err := extract.File(context.Background(), filepath.Join("../../fixtures/threads", name), action.Document{Source: name, Board: "Brackenford HWB"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ix.Replace(context.Background(), ext); err != nil {
			t.Fatal(err)
		}
		at = time.Date(2023, time.Month(7+3*q), 21, 3, 0, 0, 0, time.UTC)
		if _, err := ix.Relink(context.Background(), at); err != nil {
			t.Fatal(err)
		}
	}
	return ix, at
}

// TestAlertsPosted: after a run, each alert's news is posted to its
// webhook as JSON, tried again after a 5xx, not after a 4xx, and never
// while the run waits.
func TestAlertsPosted(t *testing.T) {
	ix, secondRun := plannedIndex(t)
	h := &hook{script: []int{http.StatusServiceUnavailable, http.StatusBadGateway}}
	srv := httptest.NewServer(h)
	defer srv.Close()
	refused := &hook{script: []int{http.StatusNotFound}}
	gone := httptest.NewServer(refused)
	defer gone.Close()
	a := newAlerter()
	a.backoff = time.Millisecond
	alerts := []AlertConfig{
		{Name: "slips", Search: "change=slipped", Webhook: srv.URL + "/hook/secret"},
		{Name: "none", Search: "q=nothing+matches+this", Webhook: srv.URL + "/other"},
		{Name: "refused", Search: "board=Brackenford+HWB", Webhook: gone.URL},
	}
	a.notify(context.Background(), ix, alerts, secondRun)
	a.Wait()
	if len(h.bodies) != 3 {
		t.Fatalf("the slips webhook got %d posts, want 3 (two failures, then delivered)", len(h.bodies))
	}
	b := h.bodies[2]
	var actions []string
	for _, r := range b.Actions {
		actions = append(actions, r.Ref)
		if !slices.Contains(r.Change, "slipped") || r.Thread == "" {
			t.Errorf("posted action %s: %+v", r.Ref, r.History)
		}
	}
	slices.Sort(actions)
	if b.Alert != "slips" || b.Total != 3 || !slices.Equal(actions, []string{"1.2", "1.3", "3.2"}) || b.Since != "2023-10-21T03:00:00Z" {
		t.Errorf("body: %s %d %v since %s", b.Alert, b.Total, actions, b.Since)
	}
	if len(refused.bodies) != 1 || refused.bodies[0].Total != 13 {
		t.Errorf("the refusing webhook got %d posts (want 1: a 404 is not tried again)", len(refused.bodies))
	}
	// Nothing new since a later run: nothing is posted.
	h.bodies = nil
	a.notify(context.Background(), ix, alerts[:1], secondRun.Add(time.Hour))
	a.Wait()
	if len(h.bodies) != 0 {
		t.Errorf("%d posts with no news", len(h.bodies))
	}
}

// TestAlertsDoNotBlock: notify returns while the webhook has not answered.
func TestAlertsDoNotBlock(t *testing.T) {
	ix, secondRun := plannedIndex(t)
	h := &hook{hold: make(chan struct{}), arrived: make(chan struct{}, 1)}
	srv := httptest.NewServer(h)
	defer srv.Close()
	a := newAlerter()
	a.notify(context.Background(), ix, []AlertConfig{{Name: "slips", Search: "change=slipped", Webhook: srv.URL}}, secondRun)
	<-h.arrived // the post has reached the webhook, which holds it; notify has returned
	close(h.hold)
	a.Wait()
	if len(h.bodies) != 1 {
		t.Errorf("%d posts, want 1", len(h.bodies))
	}
}
