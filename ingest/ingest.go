// Package ingest fetches council papers from their sources and keeps what it
// fetched. Each kind of site is a Source; the sub-packages implement them.
package ingest

import (
	"context"
	"fmt"
	"regexp"
	"time"

	"github.com/robfig/cron/v3"
)

// Source kinds.
const (
	KindModernGov = "moderngov"
	KindCMIS      = "cmis"
	KindHTML      = "html"
	KindDir       = "dir"
)

// Document is one stored paper and what is known of where it came from.
type Document struct {
	Source      string    `json:"source"` // the source's name
	URL         string    `json:"url,omitempty"`
	Path        string    `json:"path"` // local file holding the bytes
	Council     string    `json:"council,omitempty"`
	Board       string    `json:"board,omitempty"`
	Committee   string    `json:"committee,omitempty"`
	MeetingDate string    `json:"meeting_date,omitempty"` // YYYY-MM-DD
	ItemTitle   string    `json:"item_title,omitempty"`
	ContentType string    `json:"content_type,omitempty"`
	SHA256      string    `json:"sha256"`
	Fetched     time.Time `json:"fetched,omitempty"`
}

// Source is one place papers come from.
type Source interface {
	// Name is the source's configured name.
	Name() string
	// Documents fetches what is new or changed and returns every document
	// the source holds, stored on disk.
	Documents(ctx context.Context) ([]Document, error)
}

// SourceConfig is one entry of the config's sources list.
type SourceConfig struct {
	Name        string `mapstructure:"name"`
	Kind        string `mapstructure:"kind"`
	Council     string `mapstructure:"council"`
	Board       string `mapstructure:"board"`
	Path        string `mapstructure:"path"`         // dir
	URL         string `mapstructure:"url"`          // moderngov, cmis, html
	CommitteeID int    `mapstructure:"committee_id"` // moderngov, cmis
	Since       string `mapstructure:"since"`        // YYYY-MM-DD
	Schedule    string `mapstructure:"schedule"`     // cron expression
	// html sources: links to follow and links that are papers.
	Follow   []string `mapstructure:"follow"`
	Patterns []string `mapstructure:"patterns"`
}

// Validate checks one source; i is its place in the list, for messages.
func (s SourceConfig) Validate(i int) error {
	key := fmt.Sprintf("sources[%d]", i)
	if s.Name == "" {
		return fmt.Errorf("%s.name: required", key)
	}
	if err := s.validate(key); err != nil {
		return fmt.Errorf("%w (source %q)", err, s.Name)
	}
	return nil
}

// validate checks a named source; errors begin with the key at fault.
func (s SourceConfig) validate(key string) error {
	switch s.Kind {
	case KindDir:
		if s.Path == "" {
			return fmt.Errorf("%s.path: required for kind dir", key)
		}
	case KindModernGov, KindCMIS, KindHTML:
		if s.URL == "" {
			return fmt.Errorf("%s.url: required for kind %s", key, s.Kind)
		}
		if s.Kind != KindHTML && s.CommitteeID <= 0 {
			return fmt.Errorf("%s.committee_id: %d: required for kind %s, a positive number", key, s.CommitteeID, s.Kind)
		}
	case "":
		return fmt.Errorf("%s.kind: required (moderngov, cmis, html or dir)", key)
	default:
		return fmt.Errorf("%s.kind: %q is not one of moderngov, cmis, html, dir", key, s.Kind)
	}
	if s.Since != "" {
		if _, err := time.Parse("2006-01-02", s.Since); err != nil {
			return fmt.Errorf("%s.since: %q is not a YYYY-MM-DD date", key, s.Since)
		}
	}
	if s.Schedule != "" {
		if _, err := cron.ParseStandard(s.Schedule); err != nil {
			return fmt.Errorf("%s.schedule: %q is not a cron expression: %v", key, s.Schedule, err)
		}
	}
	for _, list := range []struct {
		name string
		res  []string
	}{{"follow", s.Follow}, {"patterns", s.Patterns}} {
		for j, re := range list.res {
			if _, err := regexp.Compile(re); err != nil {
				return fmt.Errorf("%s.%s[%d]: %q is not a regular expression: %v", key, list.name, j, re, err)
			}
		}
	}
	return nil
}

// CrawlConfig is the crawl section of the config.
type CrawlConfig struct {
	UserAgent        string        `mapstructure:"user_agent"`
	PerHostInterval  time.Duration `mapstructure:"per_host_interval"`
	Concurrency      int           `mapstructure:"concurrency"`
	Timeout          time.Duration `mapstructure:"timeout"`
	MaxFetchTime     time.Duration `mapstructure:"max_fetch_time"`
	Retries          int           `mapstructure:"retries"`
	MaxDocumentBytes ByteSize      `mapstructure:"max_document_bytes"`
	RecheckDays      int           `mapstructure:"recheck_days"` // recent meetings re-checked for new papers
}

// DefaultCrawl is the crawl config when the file says nothing.
func DefaultCrawl() CrawlConfig {
	return CrawlConfig{
		UserAgent:        "councilactions/0.1 (+https://github.com/councilactions/councilactions)",
		PerHostInterval:  time.Second,
		Concurrency:      4,
		Timeout:          60 * time.Second,
		MaxFetchTime:     10 * time.Minute,
		Retries:          3,
		MaxDocumentBytes: 50 << 20,
		RecheckDays:      90,
	}
}

// Validate checks the crawl settings.
func (c CrawlConfig) Validate() error {
	switch {
	case c.UserAgent == "":
		return fmt.Errorf("crawl.user_agent: required")
	case c.PerHostInterval < 0:
		return fmt.Errorf("crawl.per_host_interval: %v: must not be negative", c.PerHostInterval)
	case c.Concurrency < 1:
		return fmt.Errorf("crawl.concurrency: %d: must be at least 1", c.Concurrency)
	case c.Timeout <= 0:
		return fmt.Errorf("crawl.timeout: %v: must be positive", c.Timeout)
	case c.MaxFetchTime < c.Timeout:
		return fmt.Errorf("crawl.max_fetch_time: %v: must be at least crawl.timeout (%v)", c.MaxFetchTime, c.Timeout)
	case c.Retries < 0:
		return fmt.Errorf("crawl.retries: %d: must not be negative", c.Retries)
	case c.MaxDocumentBytes <= 0:
		return fmt.Errorf("crawl.max_document_bytes: %d: must be positive", c.MaxDocumentBytes)
	}
	return nil
}

// CrawlStats counts what one crawl of a source did.
type CrawlStats struct {
	Meetings  int            `json:"meetings"`  // meetings seen in the listing (since the source's since date)
	Cancelled int            `json:"cancelled"` // of which cancelled
	New       int            `json:"new"`       // documents stored for the first time
	Changed   int            `json:"changed"`   // documents whose bytes changed at a known URL
	Unchanged int            `json:"unchanged"` // documents known and not changed (most not even asked for)
	Failed    int            `json:"failed"`    // documents or pages that could not be fetched
	Failures  []CrawlFailure `json:"failures,omitempty"`
}

// CrawlFailure is one URL that could not be fetched.
type CrawlFailure struct {
	URL string `json:"url"`
	Err string `json:"err"`
}

// Crawler is a Source that fetches from the web; Stats describes its last
// Documents call.
type Crawler interface {
	Source
	Stats() CrawlStats
}
