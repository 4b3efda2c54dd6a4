package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/thread"
)

// AlertConfig is a saved search whose news is posted to a webhook after
// each scheduled run: the actions the run found new or changed.
type AlertConfig struct {
	Name string `mapstructure:"name"`
	// Search is the search, as the parameters of / or /api/search:
	// "board=Oadby+and+Wigston+HWB&change=slipped".
	Search string `mapstructure:"search"`
	// Webhook is the http or https URL the news is posted to.
	Webhook string `mapstructure:"webhook"`
}

// Validate checks alert i; errors name the key at fault.
func (a AlertConfig) Validate(i int) error {
	key := fmt.Sprintf("alerts[%d]", i)
	if strings.TrimSpace(a.Name) == "" {
		return fmt.Errorf("%s.name: required", key)
	}
	if _, err := a.request(); err != nil {
		return fmt.Errorf("%s.search: %w", key, err)
	}
	u, err := url.Parse(a.Webhook)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%s.webhook: %q is not an http or https URL", key, a.Webhook)
	}
	return nil
}

// request is the saved search: news only (any label but unchanged unless
// the search names labels).
func (a AlertConfig) request() (index.Request, error) {
	v, err := url.ParseQuery(strings.TrimPrefix(strings.TrimSpace(a.Search), "?"))
	if err != nil {
		return index.Request{}, fmt.Errorf("%q: %w", a.Search, err)
	}
	r, err := index.ParseParams(v)
	if err != nil {
		return r, err
	}
	if len(r.Change) == 0 {
		for _, c := range thread.Labels {
			if c != thread.Unchanged {
				r.Change = append(r.Change, c)
			}
		}
	}
	return r, nil
}

// alertBody is what a webhook receives.
type alertBody struct {
	Alert   string          `json:"alert"`
	Search  string          `json:"search"`
	Since   string          `json:"since"` // RFC 3339: the run's start
	Total   int             `json:"total"`
	Actions []action.Record `json:"actions"` // at most maxAlertActions
}

// Delivery of alerts.
const (
	maxAlertActions = 500
	alertAttempts   = 4
)

// alerter posts alerts in the background, so that a slow or failing
// webhook never holds up a crawl; Wait lets them finish at shutdown.
type alerter struct {
	client  *http.Client
	backoff time.Duration // before the second attempt; doubled after each
	wg      sync.WaitGroup
}

func newAlerter() *alerter {
	return &alerter{client: &http.Client{Timeout: 30 * time.Second}, backoff: 2 * time.Second}
}

// notify finds each alert's news since the run started and posts what it
// finds, in the background. ctx ends the posting (at shutdown).
func (a *alerter) notify(ctx context.Context, ix *index.Index, alerts []AlertConfig, since time.Time) {
	for _, al := range alerts {
		body, err := news(ctx, ix, al, since)
		if err != nil {
			slog.Error("alert: search failed", "alert", al.Name, "err", err)
			continue
		}
		if body.Total == 0 {
			continue
		}
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			if err := a.post(ctx, al.Webhook, body); err != nil {
				slog.Error("alert: not delivered", "alert", al.Name, "webhook", redact(al.Webhook), "actions", body.Total, "err", err)
				return
			}
			slog.Info("alert delivered", "alert", al.Name, "actions", body.Total)
		}()
	}
}

// Wait waits for the posts in flight.
func (a *alerter) Wait() { a.wg.Wait() }

// news is an alert's actions found new or changed since a time.
func news(ctx context.Context, ix *index.Index, al AlertConfig, since time.Time) (alertBody, error) {
	r, err := al.request()
	if err != nil {
		return alertBody{}, err
	}
	r.ChangedSince = since.UTC().Format(time.RFC3339)
	body := alertBody{Alert: al.Name, Search: al.Search, Since: r.ChangedSince, Actions: []action.Record{}}
	err = ix.Export(ctx, r, func(rec action.Record) error {
		body.Total++
		if len(body.Actions) < maxAlertActions {
			body.Actions = append(body.Actions, rec)
		}
		return nil
	})
	return body, err
}

// post sends the body, trying again after failures and 5xx or 429
// answers, waiting longer each time.
func (a *alerter) post(ctx context.Context, webhook string, body alertBody) error {
	data, err := json.Marshal(body)
	if err != nil {
		return err
	}
	wait := a.backoff
	for attempt := 1; ; attempt++ {
		err = a.postOnce(ctx, webhook, data)
		if err == nil || attempt == alertAttempts || ctx.Err() != nil {
			return err
		}
		if pe, ok := err.(permanentError); ok {
			return pe.err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// permanentError is an answer that trying again will not change (4xx).
type permanentError struct{ err error }

func (e permanentError) Error() string { return e.err.Error() }

func (a *alerter) postOnce(ctx context.Context, webhook string, data []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, webhook, bytes.NewReader(data))
	if err != nil {
		return permanentError{err}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "councilactions alerts")
	resp, err := a.client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	switch {
	case resp.StatusCode < 300:
		return nil
	case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
		return fmt.Errorf("webhook answered %s", resp.Status)
	}
	return permanentError{fmt.Errorf("webhook answered %s", resp.Status)}
}

// redact keeps a webhook's secret path and query out of the log.
func redact(webhook string) string {
	u, err := url.Parse(webhook)
	if err != nil {
		return "(unreadable URL)"
	}
	return u.Scheme + "://" + u.Host + "/…"
}
