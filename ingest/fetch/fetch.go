// Package fetch is the one polite HTTP client every crawled source shares:
// it honours robots.txt (with Crawl-delay), keeps a minimum interval between
// requests to a host, bounds how many hosts are fetched at once, retries
// what may succeed later, streams documents to disk through a size limit and
// never leaves the host it was asked to stay on.
package fetch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/robots"
)

// Config sets the fetcher's limits.
type Config struct {
	UserAgent   string
	Interval    time.Duration // minimum gap between two requests to one host
	Concurrency int           // hosts fetched at once
	Timeout     time.Duration // with no progress for this long, a request is abandoned
	// MaxTime bounds one attempt however it progresses, so that a server
	// dripping bytes cannot hold a slot for ever. Zero means ten minutes.
	MaxTime  time.Duration
	Retries  int   // further attempts after a retryable failure
	MaxBytes int64 // larger bodies are refused
	// Backoff is the wait before the first retry when the server does not
	// say (Retry-After); it doubles each time. Zero means one second.
	Backoff time.Duration
	// MaxRetryAfter bounds how long a Retry-After is honoured; a server
	// asking for longer fails the request. Zero means ten minutes.
	MaxRetryAfter time.Duration
	// MaxCrawlDelay bounds a robots.txt Crawl-delay. Zero means five minutes.
	MaxCrawlDelay time.Duration
	// Transport is the HTTP transport; nil means http.DefaultTransport.
	Transport http.RoundTripper
}

// FromCrawl turns the crawl section of the config into fetch limits.
func FromCrawl(c ingest.CrawlConfig) Config {
	return Config{
		UserAgent:   c.UserAgent,
		Interval:    c.PerHostInterval,
		Concurrency: c.Concurrency,
		Timeout:     c.Timeout,
		MaxTime:     c.MaxFetchTime,
		Retries:     c.Retries,
		MaxBytes:    int64(c.MaxDocumentBytes),
	}
}

// Errors a caller may want to tell apart.
var (
	ErrOffSite   = errors.New("outside the source's host")
	ErrDisallow  = errors.New("disallowed by robots.txt")
	ErrTooLarge  = errors.New("larger than max_document_bytes")
	ErrRedirects = errors.New("too many redirects")
	ErrTooSlow   = errors.New("slower than crawl.max_fetch_time")
)

// StatusError is an HTTP status the fetcher gave up on.
type StatusError struct {
	Status int
	URL    string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("GET %s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// Request is one GET.
type Request struct {
	URL string
	// Host is the only host (host[:port]) the request and its redirects may
	// reach; "" means the URL's own host.
	Host string
	// Validators from an earlier response, for a conditional GET.
	ETag, LastModified string
	// TempDir, when set, makes the body stream to a new file there
	// (Response.TempPath) instead of memory.
	TempDir string
}

// Response is a completed GET.
type Response struct {
	URL          string // after redirects
	Status       int
	NotModified  bool // 304: the caller's copy is current
	ContentType  string
	ETag         string
	LastModified string
	Filename     string // from Content-Disposition, if any
	Body         []byte // when the request had no TempDir
	TempPath     string // when it had: the caller renames or removes it
	Size         int64
	SHA256       string
}

// Fetcher is safe for concurrent use; share one between all sources so the
// per-host limits hold across them.
type Fetcher struct {
	cfg    Config
	client *http.Client
	slots  chan struct{} // hosts fetched at once

	mu    sync.Mutex
	hosts map[string]*hostState
}

// hostState serialises the requests to one host.
type hostState struct {
	lock chan struct{} // held for a whole request, body included
	next time.Time     // no request before this; guarded by lock
	last time.Time     // when the last request ended; guarded by lock

	robotsMu sync.Mutex // one robots.txt fetch at a time

	mu       sync.Mutex // guards the fields below
	rules    *robots.Rules
	rulesAt  time.Time
	interval time.Duration
}

func (h *hostState) gap() time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.interval
}

// robotsTTL is how long a robots.txt is trusted by a long-running process.
const robotsTTL = 24 * time.Hour

// New returns a fetcher with the given limits.
func New(cfg Config) *Fetcher {
	if cfg.Concurrency < 1 {
		cfg.Concurrency = 1
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = time.Second
	}
	if cfg.MaxRetryAfter <= 0 {
		cfg.MaxRetryAfter = 10 * time.Minute
	}
	if cfg.MaxCrawlDelay <= 0 {
		cfg.MaxCrawlDelay = 5 * time.Minute
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = time.Minute
	}
	if cfg.MaxTime <= 0 {
		cfg.MaxTime = 10 * time.Minute
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = 50 << 20
	}
	tr := cfg.Transport
	if tr == nil {
		tr = http.DefaultTransport
	}
	return &Fetcher{
		cfg: cfg,
		client: &http.Client{
			Transport: tr,
			// Redirects are followed by Get itself, so that each hop passes
			// the host, robots and interval checks.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		slots: make(chan struct{}, cfg.Concurrency),
		hosts: map[string]*hostState{},
	}
}

// HostKey is a URL's host in the form the fetcher compares: lower case,
// default port dropped.
func HostKey(u *url.URL) string {
	h := strings.ToLower(u.Hostname())
	port := u.Port()
	if port == "" || (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		return h
	}
	return h + ":" + port
}

func (f *Fetcher) host(key string) *hostState {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		h = &hostState{lock: make(chan struct{}, 1), interval: f.cfg.Interval}
		f.hosts[key] = h
	}
	return h
}

// Get fetches req.URL politely. A 304 is a success with NotModified set.
func (f *Fetcher) Get(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", req.URL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("GET %s: scheme %q is not http or https", req.URL, u.Scheme)
	}
	allowed := strings.ToLower(req.Host)
	if allowed == "" {
		allowed = HostKey(u)
	}
	for hop := 0; hop < 6; hop++ {
		if HostKey(u) != allowed {
			return nil, fmt.Errorf("GET %s: %w %s", u, ErrOffSite, allowed)
		}
		h := f.host(HostKey(u))
		rules, err := f.robotsFor(ctx, h, u)
		if err != nil {
			return nil, err
		}
		if !rules.Allowed(u) {
			return nil, fmt.Errorf("GET %s: %w", u, ErrDisallow)
		}
		resp, next, err := f.withRetries(ctx, h, u, req)
		if err != nil {
			return nil, err
		}
		if next == nil {
			return resp, nil
		}
		slog.Debug("redirect", "from", u.String(), "to", next.String())
		u = next
	}
	return nil, fmt.Errorf("GET %s: %w", req.URL, ErrRedirects)
}

// retryable marks a failure that another attempt may cure.
type retryable struct {
	err   error
	after time.Duration // the server's Retry-After, if it gave one
}

func (r *retryable) Error() string { return r.err.Error() }
func (r *retryable) Unwrap() error { return r.err }

func (f *Fetcher) withRetries(ctx context.Context, h *hostState, u *url.URL, req Request) (*Response, *url.URL, error) {
	for attempt := 0; ; attempt++ {
		resp, next, err := f.attempt(ctx, h, u, req)
		var re *retryable
		if err == nil || !errors.As(err, &re) {
			return resp, next, err
		}
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		if attempt >= f.cfg.Retries {
			return nil, nil, fmt.Errorf("%w (gave up after %d attempts)", re.err, attempt+1)
		}
		wait := f.cfg.Backoff << attempt
		if re.after > 0 {
			if re.after > f.cfg.MaxRetryAfter {
				return nil, nil, fmt.Errorf("%w: server asks to retry after %v, longer than %v", re.err, re.after, f.cfg.MaxRetryAfter)
			}
			wait = re.after
		}
		slog.Debug("retrying", "url", u.String(), "attempt", attempt+1, "wait", wait, "err", re.err)
		if err := sleep(ctx, wait); err != nil {
			return nil, nil, err
		}
	}
}

var errIdle = errors.New("timed out")

// attempt makes one request, holding the host for its whole length and
// waiting out the host's interval first.
func (f *Fetcher) attempt(ctx context.Context, h *hostState, u *url.URL, req Request) (*Response, *url.URL, error) {
	select {
	case h.lock <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	defer func() { <-h.lock }()
	if err := sleep(ctx, time.Until(h.next)); err != nil {
		return nil, nil, err
	}
	select {
	case f.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	defer func() {
		<-f.slots
		h.last = time.Now()
		if n := h.last.Add(h.gap()); n.After(h.next) {
			h.next = n
		}
	}()

	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	timer := time.AfterFunc(f.cfg.Timeout, func() { cancel(errIdle) })
	defer timer.Stop()
	deadline := time.AfterFunc(f.cfg.MaxTime, func() { cancel(ErrTooSlow) })
	defer deadline.Stop()

	hr, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, fmt.Errorf("GET %s: %w", u, err)
	}
	hr.Header.Set("User-Agent", f.cfg.UserAgent)
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := f.client.Do(hr)
	if err != nil {
		return nil, nil, f.transportError(ctx, actx, u, err)
	}
	defer resp.Body.Close()

	switch s := resp.StatusCode; {
	case s == http.StatusNotModified:
		return &Response{URL: u.String(), Status: s, NotModified: true,
			ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}, nil, nil
	case s >= 300 && s < 400 && resp.Header.Get("Location") != "":
		next, err := u.Parse(resp.Header.Get("Location"))
		if err != nil {
			return nil, nil, fmt.Errorf("GET %s: bad redirect %q: %w", u, resp.Header.Get("Location"), err)
		}
		return nil, next, nil
	case s == http.StatusTooManyRequests || s == http.StatusServiceUnavailable:
		after := retryAfter(resp.Header.Get("Retry-After"))
		if after > 0 {
			// The whole host asked for a pause, not just this URL.
			if n := time.Now().Add(after); n.After(h.next) {
				h.next = n
			}
		}
		return nil, nil, &retryable{err: &StatusError{Status: s, URL: u.String()}, after: after}
	case s >= 500 || s == http.StatusRequestTimeout:
		return nil, nil, &retryable{err: &StatusError{Status: s, URL: u.String()}}
	case s < 200 || s >= 300:
		return nil, nil, &StatusError{Status: s, URL: u.String()}
	}

	if resp.ContentLength > f.cfg.MaxBytes {
		return nil, nil, fmt.Errorf("GET %s: %w: Content-Length %d > %d", u, ErrTooLarge, resp.ContentLength, f.cfg.MaxBytes)
	}
	out := &Response{
		URL: u.String(), Status: resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Filename:     dispositionFilename(resp.Header.Get("Content-Disposition")),
	}
	body := &progressReader{r: resp.Body, timer: timer, timeout: f.cfg.Timeout}
	if err := f.readBody(out, body, req.TempDir); err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, nil, fmt.Errorf("GET %s: %w", u, err)
		}
		return nil, nil, f.transportError(ctx, actx, u, err)
	}
	return out, nil, nil
}

// readBody reads at most MaxBytes into memory or a temp file, hashing it.
func (f *Fetcher) readBody(out *Response, body io.Reader, tempDir string) error {
	sum := sha256.New()
	limited := io.LimitReader(body, f.cfg.MaxBytes+1)
	if tempDir == "" {
		data, err := io.ReadAll(io.TeeReader(limited, sum))
		if err != nil {
			return err
		}
		if int64(len(data)) > f.cfg.MaxBytes {
			return fmt.Errorf("%w: body over %d bytes", ErrTooLarge, f.cfg.MaxBytes)
		}
		out.Body, out.Size, out.SHA256 = data, int64(len(data)), hex.EncodeToString(sum.Sum(nil))
		return nil
	}
	if err := os.MkdirAll(tempDir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(tempDir, "fetch-*.part")
	if err != nil {
		return err
	}
	n, err := copyHashed(tmp, limited, sum)
	if err == nil && n > f.cfg.MaxBytes {
		err = fmt.Errorf("%w: body over %d bytes", ErrTooLarge, f.cfg.MaxBytes)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	out.TempPath, out.Size, out.SHA256 = tmp.Name(), n, hex.EncodeToString(sum.Sum(nil))
	return nil
}

func copyHashed(w io.Writer, r io.Reader, h hash.Hash) (int64, error) {
	return io.Copy(io.MultiWriter(w, h), r)
}

// transportError classifies a failed request: our own cancellation is
// final, and so is a server too slow to finish in MaxTime (trying again
// would hold the slot as long again); a timeout or network failure may be
// retried.
func (f *Fetcher) transportError(ctx, actx context.Context, u *url.URL, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if errors.Is(context.Cause(actx), ErrTooSlow) {
		return fmt.Errorf("GET %s: not done after %v: %w", u, f.cfg.MaxTime, ErrTooSlow)
	}
	if errors.Is(context.Cause(actx), errIdle) {
		return &retryable{err: fmt.Errorf("GET %s: no response for %v: %w", u, f.cfg.Timeout, errIdle)}
	}
	return &retryable{err: fmt.Errorf("GET %s: %w", u, err)}
}

// progressReader pushes the idle timeout back while bytes arrive.
type progressReader struct {
	r       io.Reader
	timer   *time.Timer
	timeout time.Duration
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.timer.Reset(p.timeout)
	}
	return n, err
}

// robotsFor returns the host's robots rules, fetching them when unknown or
// stale. A 4xx means no rules; a server error or unreachable host means
// nothing may be fetched for now (RFC 9309 §2.3.1).
func (f *Fetcher) robotsFor(ctx context.Context, h *hostState, u *url.URL) (*robots.Rules, error) {
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	h.mu.Lock()
	cached, at := h.rules, h.rulesAt
	h.mu.Unlock()
	if cached != nil && time.Since(at) < robotsTTL {
		return cached, nil
	}
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	var rules *robots.Rules
	for hop := 0; ; hop++ {
		resp, next, err := f.withRetries(ctx, h, ru, Request{})
		var se *StatusError
		switch {
		case err == nil && next == nil:
			rules = robots.Parse(resp.Body, agentToken(f.cfg.UserAgent))
		case err == nil && hop < 5 && HostKey(next) == HostKey(u):
			ru = next
			continue
		case err == nil:
			rules = robots.AllowAll() // redirected elsewhere: we may not follow
		case errors.As(err, &se) && se.Status >= 400 && se.Status < 500:
			rules = robots.AllowAll()
		case errors.Is(err, ErrTooLarge):
			rules = robots.AllowAll()
		case ctx.Err() != nil:
			return nil, ctx.Err()
		default:
			return nil, fmt.Errorf("robots.txt of %s unreachable, so nothing is fetched from it: %w", u.Host, err)
		}
		break
	}
	delay := rules.CrawlDelay
	if delay > f.cfg.MaxCrawlDelay {
		slog.Warn("robots.txt Crawl-delay capped", "host", u.Host, "crawl_delay", delay, "cap", f.cfg.MaxCrawlDelay)
		delay = f.cfg.MaxCrawlDelay
	}
	h.mu.Lock()
	h.rules, h.rulesAt = rules, time.Now()
	h.interval = max(f.cfg.Interval, delay)
	gap := h.interval
	h.mu.Unlock()
	// The robots.txt request itself set the next slot by the interval known
	// before it; the request that follows must keep the Crawl-delay too.
	select {
	case h.lock <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if n := h.last.Add(gap); n.After(h.next) {
		h.next = n
	}
	<-h.lock
	return rules, nil
}

// agentToken is the product token of a User-Agent ("councilactions/0.1 (+…)"
// → "councilactions"), which robots.txt groups name.
func agentToken(ua string) string {
	ua = strings.TrimSpace(ua)
	if i := strings.IndexAny(ua, "/ "); i >= 0 {
		ua = ua[:i]
	}
	return strings.ToLower(ua)
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}

func dispositionFilename(v string) string {
	if v == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(v)
	if err != nil {
		return ""
	}
	return params["filename"]
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
