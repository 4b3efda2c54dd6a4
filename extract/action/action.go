// Package action holds the extracted-action model shared by extraction, the
// index, the API and the CSV export. Field names follow CONTRACT.md.
package action

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
)

// Document kinds.
const (
	DocActionPlan = "action_plan"
	DocMinutes    = "minutes"
	DocReport     = "report"
	DocDecision   = "decision" // a record of decision or decision notice
	DocOther      = "other"
)

// Action kinds.
const (
	KindAction         = "action"
	KindRecommendation = "recommendation"
	KindResolution     = "resolution"
	KindCommitment     = "commitment"
)

// Statuses, as normalised by NormalizeStatus.
const (
	StatusComplete   = "complete"
	StatusInProgress = "in_progress"
	StatusOnTrack    = "on_track"
	StatusAtRisk     = "at_risk"
	StatusDelayed    = "delayed"
	StatusNotStarted = "not_started"
	StatusCancelled  = "cancelled"
	StatusUnknown    = "unknown"
)

// Document describes one paper.
type Document struct {
	Source  string `json:"source"`
	Kind    string `json:"kind"`
	Title   string `json:"title"`
	Date    string `json:"date"`
	Period  string `json:"period"`
	Year    int    `json:"year"`
	Board   string `json:"board"`
	Council string `json:"council"`
	Pages   int    `json:"pages"`
	SHA256  string `json:"sha256"`

	// Additions to the contract, filled when the paper was crawled.
	URL         string `json:"url,omitempty"`
	MeetingDate string `json:"meeting_date,omitempty"`
	Committee   string `json:"committee,omitempty"`
	ItemTitle   string `json:"item_title,omitempty"`
	SourceName  string `json:"source_name,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	// Stored is the crawled paper's local copy, relative to the data dir
	// (slash-separated), which serve offers when the council's link dies.
	Stored string `json:"stored,omitempty"`
}

// Action is one commitment found in a paper.
type Action struct {
	ID         string   `json:"id"`
	Ref        string   `json:"ref"`
	Part       int      `json:"part"`
	Kind       string   `json:"kind"`
	Title      string   `json:"title"`
	Theme      string   `json:"theme"`
	Objective  string   `json:"objective"`
	Action     string   `json:"action"`
	Owner      []string `json:"owner"`
	DueRaw     string   `json:"due_raw"`
	Due        string   `json:"due"`
	StatusRaw  string   `json:"status_raw"`
	Status     string   `json:"status"`
	Target     string   `json:"target"`
	Outcome    string   `json:"outcome"`
	Milestones string   `json:"milestones"`
	Progress   string   `json:"progress"`
	Page       int      `json:"page"`
	SourceText string   `json:"source_text"`
}

// Extraction is what extract prints for one file.
type Extraction struct {
	Document Document `json:"document"`
	Actions  []Action `json:"actions"`
}

// Identity is what makes a document the same document across re-runs: its
// URL when it was crawled, else its source path.
func (d Document) Identity() string {
	if d.URL != "" {
		return d.URL
	}
	return d.Source
}

// dueAnchor is the date a deadline without a year is read from: the
// meeting's, else the paper's own.
func (d Document) dueAnchor() string {
	if d.MeetingDate != "" {
		return d.MeetingDate
	}
	return d.Date
}

// Finish fills the derived fields of every action (id, normalised status and
// due, owner list never nil, part at least 1). Extractors call it last.
func (e *Extraction) Finish() {
	seen := map[string]int{}
	used := map[string]bool{}
	next := map[string]int{}
	for i := range e.Actions {
		a := &e.Actions[i]
		a.clean()
		if a.Part < 1 {
			a.Part = 1
		}
		if a.Owner == nil {
			a.Owner = []string{}
		}
		if a.Status == "" {
			a.Status = NormalizeStatus(a.StatusRaw)
		}
		if a.Status == StatusComplete && completionAhead(a.StatusRaw, e.Document.dueAnchor()) {
			// "Completed by June 2027" in a paper of 2026 is a target,
			// not a record that the work is done.
			a.Status = StatusUnknown
		}
		if a.Due == "" {
			a.Due = NormalizeDueAt(a.DueRaw, e.Document.dueAnchor())
		}
		key := a.Ref + "\x00" + strconv.Itoa(a.Part)
		if a.Ref == "" {
			// Unnumbered items (resolutions, commitments) are told apart by kind and order.
			key = a.Kind + "\x00" + strconv.Itoa(seen[a.Kind])
			seen[a.Kind]++
		}
		if used[key] {
			// Two tables may both number a row "1": keep ids unique, in
			// order. next remembers where each key's count got to, so a
			// thousand "(a)"s cost a thousand steps, not half a million.
			base := key
			n := max(next[base], 2)
			for ; used[key]; n++ {
				key = a.Ref + "\x00" + strconv.Itoa(a.Part) + "#" + strconv.Itoa(n)
			}
			next[base] = n
		}
		used[key] = true
		a.ID = ID(e.Document.Identity(), key)
	}
	if e.Actions == nil {
		e.Actions = []Action{}
	}
	e.Document.Title = noControl(e.Document.Title)
}

// clean drops control characters from every text field: a paper's stray
// escape sequence must not reach a terminal through the CSV or JSON.
func (a *Action) clean() {
	for _, f := range []*string{&a.Ref, &a.Title, &a.Theme, &a.Objective, &a.Action, &a.DueRaw, &a.StatusRaw,
		&a.Target, &a.Outcome, &a.Milestones, &a.Progress, &a.SourceText} {
		*f = noControl(*f)
	}
	for i := range a.Owner {
		a.Owner[i] = noControl(a.Owner[i])
	}
}

// noControl replaces control characters other than newline and tab with a
// space.
func noControl(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return ' '
		}
		return r
	}, s)
}

// ID derives a stable action id from the document identity and a key unique
// within the document.
func ID(identity, key string) string {
	h := sha256.Sum256([]byte(identity + "\x00" + key))
	return hex.EncodeToString(h[:8])
}
