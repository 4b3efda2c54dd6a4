// Package state keeps what a source's crawls have learnt — documents stored
// with their validators and sha256, meetings seen, cached pages, and the
// record of each run — in one bbolt file per source. The file's lock also
// keeps two processes from running one source at once.
package state

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ErrBusy is returned when another process holds the source's state.
var ErrBusy = errors.New("in use by another councilactions run")

var (
	bucketDocs     = []byte("docs")
	bucketMeetings = []byte("meetings")
	bucketPages    = []byte("pages")
	bucketRuns     = []byte("runs")
	bucketMeta     = []byte("meta")
)

// DB is one source's state.
type DB struct {
	db   *bolt.DB
	path string
}

// Open opens (creating) the state file for writing. It fails with ErrBusy
// when another process has it open for longer than wait.
func Open(path string, wait time.Duration) (*DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("state %s: %w", path, err)
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: wait})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("state %s: %w", path, ErrBusy)
		}
		return nil, fmt.Errorf("state %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketDocs, bucketMeetings, bucketPages, bucketRuns, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("state %s: %w", path, err)
	}
	return &DB{db: db, path: path}, nil
}

// OpenReadOnly opens an existing state file for reading; it returns
// os.ErrNotExist when there is none and ErrBusy when a run holds it.
func OpenReadOnly(path string, wait time.Duration) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: wait, ReadOnly: true})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("state %s: %w", path, ErrBusy)
		}
		return nil, fmt.Errorf("state %s: %w", path, err)
	}
	return &DB{db: db, path: path}, nil
}

// Close closes the file.
func (d *DB) Close() error { return d.db.Close() }

// Doc is what is kept of one document URL.
type Doc struct {
	URL          string    `json:"url"`
	Path         string    `json:"path,omitempty"` // stored file, once fetched
	SHA256       string    `json:"sha256,omitempty"`
	Size         int64     `json:"size,omitempty"`
	ContentType  string    `json:"content_type,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched,omitempty"` // when the bytes were last stored
	Checked      time.Time `json:"checked,omitempty"` // when the URL was last asked for
	Meeting      string    `json:"meeting,omitempty"` // meeting key
	MeetingDate  string    `json:"meeting_date,omitempty"`
	Committee    string    `json:"committee,omitempty"`
	ItemTitle    string    `json:"item_title,omitempty"`
	Err          string    `json:"err,omitempty"` // why the last fetch failed
	Permanent    bool      `json:"permanent,omitempty"`
}

// Meeting is one meeting and the documents it lists.
type Meeting struct {
	Key       string    `json:"key"`
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Date      string    `json:"date,omitempty"` // YYYY-MM-DD
	Title     string    `json:"title,omitempty"`
	Cancelled bool      `json:"cancelled,omitempty"`
	Complete  bool      `json:"complete,omitempty"` // every listed document stored
	Docs      []DocRef  `json:"docs,omitempty"`
	Checked   time.Time `json:"checked,omitempty"`
}

// DocRef is a document as a meeting lists it.
type DocRef struct {
	URL       string `json:"url"`
	ItemTitle string `json:"item_title,omitempty"`
}

// Page is a listing page kept for conditional GETs.
type Page struct {
	URL          string `json:"url"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	Body         []byte `json:"body,omitempty"`
}

// Run is the record of one run of a source.
type Run struct {
	Start  time.Time `json:"start"`
	End    time.Time `json:"end"`
	Kind   string    `json:"kind"`   // crawl or run
	Result string    `json:"result"` // ok, failed (the source or any paper), interrupted
	Counts Counts    `json:"counts"`
	Error  string    `json:"error,omitempty"` // why the source as a whole failed
	// Failures are the papers (and pages) that failed, and why; at most
	// MaxFailures, with the rest counted in FailuresOmitted.
	Failures        []Failure `json:"failures,omitempty"`
	FailuresOmitted int       `json:"failures_omitted,omitempty"`
}

// MaxFailures bounds the failures a run record keeps.
const MaxFailures = 200

// Counts is what one run did to a source's papers. It is the one count
// every report shows: the run's table and summary, status, /sources and
// the schedule's log.
type Counts struct {
	Meetings  int `json:"meetings,omitempty"`  // meetings seen (crawled sources)
	Cancelled int `json:"cancelled,omitempty"` // of which cancelled
	New       int `json:"new"`                 // papers indexed (crawl only: stored) for the first time
	Changed   int `json:"changed"`             // papers whose changed bytes were indexed (stored)
	Unchanged int `json:"unchanged"`           // papers already indexed (stored) as they are
	Failed    int `json:"failed"`              // papers (or meeting pages) not fetched, not read or not indexed
	Removed   int `json:"removed"`             // papers gone from the source, taken out of the index
	// Actions in the papers indexed; omitted for a crawl-only run.
	ActionsAdded   int `json:"actions_added,omitempty"`
	ActionsUpdated int `json:"actions_updated,omitempty"`
	ActionsRemoved int `json:"actions_removed,omitempty"`
}

// Add adds c2 to c.
func (c *Counts) Add(c2 Counts) {
	c.Meetings += c2.Meetings
	c.Cancelled += c2.Cancelled
	c.New += c2.New
	c.Changed += c2.Changed
	c.Unchanged += c2.Unchanged
	c.Failed += c2.Failed
	c.Removed += c2.Removed
	c.ActionsAdded += c2.ActionsAdded
	c.ActionsUpdated += c2.ActionsUpdated
	c.ActionsRemoved += c2.ActionsRemoved
}

// Failure is one paper or page that a run could not do.
type Failure struct {
	Paper string `json:"paper"` // its URL, or its path for a folder's paper
	Error string `json:"error"`
}

func get[T any](d *DB, bucket []byte, key string) (T, bool, error) {
	var v T
	found := false
	err := d.db.View(func(tx *bolt.Tx) error {
		data := tx.Bucket(bucket).Get([]byte(key))
		if data == nil {
			return nil
		}
		found = true
		return json.Unmarshal(data, &v)
	})
	if err != nil {
		return v, false, fmt.Errorf("state %s: read %s %q: %w", d.path, bucket, key, err)
	}
	return v, found, nil
}

func put(d *DB, bucket []byte, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	err = d.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put(key, data) })
	if err != nil {
		return fmt.Errorf("state %s: write %s %q: %w", d.path, bucket, key, err)
	}
	return nil
}

func all[T any](d *DB, bucket []byte) ([]T, error) {
	var out []T
	err := d.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, data []byte) error {
			var v T
			if err := json.Unmarshal(data, &v); err != nil {
				return fmt.Errorf("%q: %w", k, err)
			}
			out = append(out, v)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("state %s: read %s: %w", d.path, bucket, err)
	}
	return out, nil
}

// Doc returns the record of a document URL.
func (d *DB) Doc(url string) (Doc, bool, error) { return get[Doc](d, bucketDocs, url) }

// PutDoc records a document. Call it only once its file is in place.
func (d *DB) PutDoc(doc Doc) error { return put(d, bucketDocs, []byte(doc.URL), doc) }

// Docs returns every document record, in URL order.
func (d *DB) Docs() ([]Doc, error) { return all[Doc](d, bucketDocs) }

// Meeting returns a meeting by key.
func (d *DB) Meeting(key string) (Meeting, bool, error) { return get[Meeting](d, bucketMeetings, key) }

// PutMeeting records a meeting.
func (d *DB) PutMeeting(m Meeting) error { return put(d, bucketMeetings, []byte(m.Key), m) }

// Meetings returns every meeting, in key order.
func (d *DB) Meetings() ([]Meeting, error) { return all[Meeting](d, bucketMeetings) }

// Page returns a cached page.
func (d *DB) Page(url string) (Page, bool, error) { return get[Page](d, bucketPages, url) }

// PutPage caches a page.
func (d *DB) PutPage(p Page) error { return put(d, bucketPages, []byte(p.URL), p) }

// Meta returns a small named value ("" when unset).
func (d *DB) Meta(key string) (string, error) {
	v, _, err := get[string](d, bucketMeta, key)
	return v, err
}

// PutMeta sets a small named value.
func (d *DB) PutMeta(key, value string) error { return put(d, bucketMeta, []byte(key), value) }

// AddRun records a run; runs are kept in start order.
func (d *DB) AddRun(r Run) error {
	var key [8]byte
	binary.BigEndian.PutUint64(key[:], uint64(r.Start.UnixNano()))
	return put(d, bucketRuns, key[:], r)
}

// LastRun returns the latest run, if any.
func (d *DB) LastRun() (Run, bool, error) {
	var r Run
	found := false
	err := d.db.View(func(tx *bolt.Tx) error {
		_, data := tx.Bucket(bucketRuns).Cursor().Last()
		if data == nil {
			return nil
		}
		found = true
		return json.Unmarshal(data, &r)
	})
	if err != nil {
		return r, false, fmt.Errorf("state %s: read runs: %w", d.path, err)
	}
	return r, found, nil
}

// Runs returns every run record, oldest first.
func (d *DB) Runs() ([]Run, error) { return all[Run](d, bucketRuns) }
