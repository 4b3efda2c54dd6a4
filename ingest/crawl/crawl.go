// Package crawl holds what the web sources share: fetching pages through the
// shared fetcher with the source's state, deciding which documents need
// asking for again, storing documents atomically, and counting what a crawl
// did. The moderngov, cmis and html packages only know their sites' markup.
package crawl

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/fetch"
	"github.com/councilactions/councilactions/ingest/state"
	"github.com/councilactions/councilactions/internal/atomicfile"
)

// Env is what a web source needs from the run that starts it.
type Env struct {
	Fetcher *fetch.Fetcher
	State   *state.DB
	DataDir string
	Crawl   ingest.CrawlConfig
	// Now is the clock (tests move it); nil means time.Now.
	Now func() time.Time
	// Progress, when set, is told of each meeting as it is done.
	Progress func(source string, done, total int, what string)
}

// Crawler is one crawl of one web source.
type Crawler struct {
	cfg   ingest.SourceConfig
	env   Env
	Base  *url.URL
	Host  string // the only host requests may go to
	dir   string // data_dir/papers/<source>
	tmp   string // where bodies are streamed before the rename
	stats ingest.CrawlStats
}

// New prepares a crawl: it checks the source URL and removes what an
// interrupted crawl left half-written.
func New(cfg ingest.SourceConfig, env Env) (*Crawler, error) {
	if env.Fetcher == nil || env.State == nil {
		return nil, fmt.Errorf("source %s: crawl needs a fetcher and a state store", cfg.Name)
	}
	base, err := url.Parse(strings.TrimSpace(cfg.URL))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("source %s: url %q is not an http(s) URL", cfg.Name, cfg.URL)
	}
	if env.Now == nil {
		env.Now = time.Now
	}
	c := &Crawler{
		cfg: cfg, env: env, Base: base, Host: fetch.HostKey(base),
		dir: filepath.Join(env.DataDir, "papers", SafeName(cfg.Name)),
	}
	c.tmp = filepath.Join(c.dir, ".tmp")
	// Only one run holds a source's state at a time (the bbolt lock), so
	// anything in its temp folder is the leftover of a killed run.
	if err := os.RemoveAll(c.tmp); err != nil {
		return nil, fmt.Errorf("source %s: clean %s: %w", cfg.Name, c.tmp, err)
	}
	if err := os.MkdirAll(c.tmp, 0o755); err != nil {
		return nil, fmt.Errorf("source %s: %w", cfg.Name, err)
	}
	return c, nil
}

// Stats is what the crawl has done so far.
func (c *Crawler) Stats() ingest.CrawlStats { return c.stats }

// Config is the source's config.
func (c *Crawler) Config() ingest.SourceConfig { return c.cfg }

// Now is the crawl's clock.
func (c *Crawler) Now() time.Time { return c.env.Now() }

// Since is the source's since date ("" when unset).
func (c *Crawler) Since() string { return c.cfg.Since }

// Fail records a URL that could not be fetched.
func (c *Crawler) Fail(u string, err error) {
	c.stats.Failed++
	c.stats.Failures = append(c.stats.Failures, ingest.CrawlFailure{URL: u, Err: err.Error()})
	slog.Warn("fetch failed", "source", c.cfg.Name, "url", u, "err", err)
}

// Page fetches a page (listing, meeting) into memory. When the server gave
// validators last time, the GET is conditional and a 304 returns the cached
// body.
func (c *Crawler) Page(ctx context.Context, u string) ([]byte, error) {
	if len(u) > MaxURLBytes {
		return nil, fmt.Errorf("URL of %d bytes is longer than %d", len(u), MaxURLBytes)
	}
	cached, found, err := c.env.State.Page(u)
	if err != nil {
		return nil, err
	}
	req := fetch.Request{URL: u, Host: c.Host}
	if found {
		req.ETag, req.LastModified = cached.ETag, cached.LastModified
	}
	resp, err := c.env.Fetcher.Get(ctx, req)
	if err != nil {
		return nil, err
	}
	if resp.NotModified && found {
		return cached.Body, nil
	}
	if resp.ETag != "" || resp.LastModified != "" {
		if err := c.env.State.PutPage(state.Page{URL: u, ETag: resp.ETag, LastModified: resp.LastModified, Body: resp.Body}); err != nil {
			return nil, err
		}
	}
	return resp.Body, nil
}

// Meeting is a meeting as a listing shows it.
type Meeting struct {
	Key       string // unique within the source, e.g. "mg:1234"
	ID        string
	URL       string
	Date      string // YYYY-MM-DD, "" when the listing does not say
	Title     string
	Cancelled bool
}

// Details is what a meeting's own page (or web service answer) lists.
type Details struct {
	Docs      []Ref
	Date      string // when the page says and the listing did not
	Cancelled bool
}

// Ref is one document a meeting lists.
type Ref struct {
	URL       string
	ItemTitle string
	// Immutable documents (a URL meant always to name the same bytes) are
	// downloaded again only when the server gave validators, and only
	// while their meeting is recent (crawl.recheck_days); never otherwise.
	Immutable bool
}

// Recent says whether a meeting date falls in the window that is checked
// again for papers published late (minutes come weeks after). Undated and
// future meetings are recent.
func (c *Crawler) Recent(date string) bool {
	if date == "" {
		return true
	}
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return true
	}
	days := c.env.Crawl.RecheckDays
	return !d.Before(c.env.Now().AddDate(0, 0, -days).Truncate(24 * time.Hour))
}

// InRange says whether a meeting date is on or after the source's since date.
func (c *Crawler) InRange(date string) bool {
	return date == "" || c.cfg.Since == "" || date >= c.cfg.Since
}

// Meetings takes each meeting through its details and documents. details is
// asked only for meetings that may have changed: recent ones, and those not
// yet completely stored.
func (c *Crawler) Meetings(ctx context.Context, ms []Meeting, details func(context.Context, Meeting) (Details, error)) error {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Date > ms[j].Date })
	for i, m := range ms {
		if err := ctx.Err(); err != nil {
			return err
		}
		if c.env.Progress != nil {
			c.env.Progress(c.cfg.Name, i, len(ms), orStr(m.Date, m.Key))
		}
		if err := c.meeting(ctx, m, details); err != nil {
			return err
		}
	}
	if c.env.Progress != nil {
		c.env.Progress(c.cfg.Name, len(ms), len(ms), "")
	}
	return nil
}

func (c *Crawler) meeting(ctx context.Context, m Meeting, details func(context.Context, Meeting) (Details, error)) error {
	c.stats.Meetings++
	prev, found, err := c.env.State.Meeting(m.Key)
	if err != nil {
		return err
	}
	rec := state.Meeting{Key: m.Key, ID: m.ID, URL: m.URL, Date: orStr(m.Date, prev.Date), Title: orStr(m.Title, prev.Title), Cancelled: m.Cancelled}
	if m.Cancelled {
		// A cancelled meeting has no papers to fetch; it is recorded so
		// that status and later runs know of it.
		c.stats.Cancelled++
		rec.Checked = c.env.Now()
		rec.Complete = true
		return c.env.State.PutMeeting(rec)
	}
	recent := c.Recent(rec.Date)
	detailsFailed := false
	var refs []Ref
	if found && prev.Complete && !recent {
		for _, d := range prev.Docs {
			refs = append(refs, Ref{URL: d.URL, ItemTitle: d.ItemTitle})
		}
	} else {
		det, err := details(ctx, m)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			c.Fail(m.URL, err)
			if !found {
				return nil
			}
			// Keep what the last look found; the meeting is tried again next run.
			for _, d := range prev.Docs {
				refs = append(refs, Ref{URL: d.URL, ItemTitle: d.ItemTitle})
			}
			rec.Checked = prev.Checked
			recent, detailsFailed = false, true
		} else {
			refs = det.Docs
			if rec.Date == "" {
				rec.Date = det.Date
			}
			if det.Cancelled && len(det.Docs) == 0 {
				c.stats.Cancelled++
				rec.Cancelled, rec.Complete, rec.Checked = true, true, c.env.Now()
				return c.env.State.PutMeeting(rec)
			}
			rec.Checked = c.env.Now()
		}
	}
	complete := !detailsFailed
	for _, r := range refs {
		if !c.onSite(r.URL) {
			// Papers a council links on another host are not ours to fetch.
			slog.Debug("off-site link not followed", "source", c.cfg.Name, "url", r.URL)
			continue
		}
		rec.Docs = append(rec.Docs, state.DocRef{URL: r.URL, ItemTitle: r.ItemTitle})
		recheck := RecheckNever
		switch {
		case recent && r.Immutable:
			// A URL meant to name one version for ever is still replaced in
			// place now and then (a corrected report); while its meeting is
			// recent it is asked for again when the server gave validators,
			// which makes asking cheap (a 304).
			recheck = RecheckIfValidators
		case recent:
			recheck = RecheckAlways
		}
		ok, err := c.Document(ctx, r, rec, recheck)
		if err != nil {
			return err
		}
		complete = complete && ok
	}
	rec.Complete = complete
	return c.env.State.PutMeeting(rec)
}

// onSite says whether u is on the source's host.
func (c *Crawler) onSite(u string) bool {
	pu, err := url.Parse(u)
	return err == nil && fetch.HostKey(pu) == c.Host
}

// Recheck says when a stored document is asked for again.
type Recheck int

// MaxURLBytes bounds a document's URL.
const MaxURLBytes = 4096

func clipURL(u string) string {
	if len(u) > 200 {
		return u[:200] + "…"
	}
	return u
}

// RefetchAfter is how often a changeable paper of a recent meeting whose
// server gives no validators is downloaded again to compare its sha256.
const RefetchAfter = 7 * 24 * time.Hour

const (
	RecheckNever        Recheck = iota // stored is final
	RecheckAlways                      // conditional GET when possible, else a full GET (at most every RefetchAfter) and a sha comparison
	RecheckIfValidators                // only when the server gave ETag/Last-Modified
)

// Document makes sure one document is stored and current. It returns
// whether the document is stored; a failure is counted, not returned; only
// cancellation and state errors are returned.
func (c *Crawler) Document(ctx context.Context, r Ref, m state.Meeting, recheck Recheck) (bool, error) {
	if len(r.URL) > MaxURLBytes {
		// A hostile page's giant link must cost that link only: state keys
		// are bounded, and no real paper has such an address.
		c.Fail(clipURL(r.URL), fmt.Errorf("URL of %d bytes is longer than %d", len(r.URL), MaxURLBytes))
		return false, nil
	}
	rec, found, err := c.env.State.Doc(r.URL)
	if err != nil {
		return false, err
	}
	have := found && rec.Path != "" && fileHasSize(rec.Path, rec.Size)
	rec.URL = r.URL
	rec.Meeting, rec.MeetingDate, rec.ItemTitle = m.Key, orStr(m.Date, rec.MeetingDate), orStr(r.ItemTitle, rec.ItemTitle)
	rec.Committee = orStr(c.cfg.Board, c.cfg.Name)
	ask := !have
	switch {
	case have && recheck == RecheckAlways:
		// With validators asking is cheap (a 304); without, the bytes are
		// downloaded again only now and then.
		ask = rec.ETag != "" || rec.LastModified != "" || !c.env.Now().Before(rec.Checked.Add(RefetchAfter))
	case have && recheck == RecheckIfValidators:
		ask = rec.ETag != "" || rec.LastModified != ""
	case !have && found && rec.Permanent && recheck == RecheckNever:
		// It failed for good (too large, gone, disallowed) and its meeting
		// is old: do not ask again every run.
		c.Fail(r.URL, errors.New(rec.Err+" (earlier run)"))
		return false, nil
	}
	if !ask {
		c.stats.Unchanged++
		return true, c.env.State.PutDoc(rec)
	}
	req := fetch.Request{URL: r.URL, Host: c.Host, TempDir: c.tmp}
	if have {
		req.ETag, req.LastModified = rec.ETag, rec.LastModified
	}
	resp, err := c.env.Fetcher.Get(ctx, req)
	rec.Checked = c.env.Now()
	if err != nil {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		rec.Err, rec.Permanent = err.Error(), permanent(err)
		c.Fail(r.URL, err)
		return have, c.env.State.PutDoc(rec)
	}
	rec.Err, rec.Permanent = "", false
	if resp.NotModified || (have && resp.SHA256 == rec.SHA256) {
		if resp.TempPath != "" {
			os.Remove(resp.TempPath)
		}
		rec.ETag, rec.LastModified = orStr(resp.ETag, rec.ETag), orStr(resp.LastModified, rec.LastModified)
		c.stats.Unchanged++
		return true, c.env.State.PutDoc(rec)
	}
	dest := rec.Path
	if dest == "" {
		dest = c.pathFor(r.URL, m, resp)
	}
	if err := place(resp.TempPath, dest); err != nil {
		os.Remove(resp.TempPath)
		c.Fail(r.URL, err)
		return have, nil
	}
	if have {
		c.stats.Changed++
	} else {
		c.stats.New++
	}
	rec.Path, rec.SHA256, rec.Size = dest, resp.SHA256, resp.Size
	rec.ContentType, rec.ETag, rec.LastModified = resp.ContentType, resp.ETag, resp.LastModified
	rec.Fetched = c.env.Now()
	// Recorded only now that the file is in place: a crash before this
	// line leaves a URL that is simply fetched again.
	return true, c.env.State.PutDoc(rec)
}

// permanent says whether asking again soon is pointless.
func permanent(err error) bool {
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.Status >= 400 && se.Status < 500 && se.Status != 408 && se.Status != 429
	}
	return errors.Is(err, fetch.ErrTooLarge) || errors.Is(err, fetch.ErrDisallow) || errors.Is(err, fetch.ErrOffSite)
}

// place moves a fetched temp file to its final name atomically and makes
// the rename durable.
func place(tmp, dest string) error {
	dir := filepath.Dir(dest)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.Rename(tmp, dest); err != nil {
		return fmt.Errorf("store %s: %w", dest, err)
	}
	return atomicfile.SyncDir(dir)
}

func fileHasSize(p string, size int64) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular() && st.Size() == size
}

// pathFor names a new document's file: papers/<source>/<date>-<meeting>/
// <name>-<hash of URL>.<ext>. The hash keeps two URLs from sharing a file.
func (c *Crawler) pathFor(u string, m state.Meeting, resp *fetch.Response) string {
	folder := "other"
	if m.Key != "" {
		folder = SafeName(orStr(m.Date, "undated") + "-" + m.ID)
	}
	name, ext := "", ""
	if resp.Filename != "" {
		name = resp.Filename
	} else if pu, err := url.Parse(u); err == nil {
		name = path.Base(pu.Path)
		if q := pu.Query(); strings.HasSuffix(strings.ToLower(name), ".aspx") && q.Get("ID") != "" {
			name = strings.TrimSuffix(name, path.Ext(name)) + "-" + q.Get("ID") + path.Ext(name)
		}
	}
	ext = strings.ToLower(path.Ext(name))
	name = strings.TrimSuffix(name, path.Ext(name))
	if t := extFor(resp.ContentType); t != "" && (ext == "" || !knownExt[ext]) {
		ext = t
	}
	if ext == "" {
		ext = ".bin"
	}
	name = SafeName(name)
	if len(name) > 80 {
		name = name[:80]
	}
	return filepath.Join(c.dir, folder, name+"-"+shortHash(u)+ext)
}

var knownExt = map[string]bool{".pdf": true, ".html": true, ".htm": true, ".docx": true, ".txt": true, ".doc": true, ".xlsx": true, ".rtf": true,
	".xlsm": true, ".xls": true, ".ods": true, ".odt": true, ".csv": true}

func extFor(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	switch mt {
	case "application/pdf":
		return ".pdf"
	case "text/html", "application/xhtml+xml":
		return ".html"
	case "text/plain":
		return ".txt"
	case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
		return ".docx"
	case "application/msword":
		return ".doc"
	case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
		return ".xlsx"
	case "application/vnd.ms-excel.sheet.macroenabled.12":
		return ".xlsm"
	case "application/vnd.oasis.opendocument.spreadsheet":
		return ".ods"
	case "application/vnd.oasis.opendocument.text":
		return ".odt"
	case "text/csv":
		return ".csv"
	}
	return ""
}

// Documents lists every stored document of the source.
func (c *Crawler) Documents() ([]ingest.Document, error) {
	recs, err := c.env.State.Docs()
	if err != nil {
		return nil, err
	}
	var out []ingest.Document
	for _, r := range recs {
		if r.Path == "" || !fileHasSize(r.Path, r.Size) {
			continue
		}
		out = append(out, ingest.Document{
			Source: c.cfg.Name, URL: r.URL, Path: r.Path,
			Council: c.cfg.Council, Board: c.cfg.Board, Committee: orStr(r.Committee, c.cfg.Board),
			MeetingDate: r.MeetingDate, ItemTitle: r.ItemTitle, ContentType: r.ContentType,
			SHA256: r.SHA256, Fetched: r.Fetched,
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, nil
}

// SafeName makes a string usable as one file name component.
func SafeName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		ok := r == '.' || r == '_' || r == '-' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
		if ok {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.Trim(b.String(), "-.")
	if out == "" {
		return "x"
	}
	return out
}

func orStr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:4])
}
