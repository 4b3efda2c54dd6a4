package action

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// Record is one action with the fields of its document beside it: the shape
// of a JSONL line, a CSV row and an index entry.
type Record struct {
	Action
	History
	Provenance
	Source        string `json:"source"`
	SourceURL     string `json:"source_url"`
	Board         string `json:"board"`
	Council       string `json:"council"`
	DocumentTitle string `json:"document_title"`
	DocumentKind  string `json:"document_kind"`
	DocumentDate  string `json:"document_date"`
	Period        string `json:"period"`
	Year          int    `json:"year"`
	DocumentID    string `json:"document_id"`
	// MeetingDate is the meeting the paper belongs to (crawled papers).
	MeetingDate string `json:"meeting_date,omitempty"`
}

// Records pairs every action of e with its document.
func (e Extraction) Records() []Record {
	out := make([]Record, 0, len(e.Actions))
	for _, a := range e.Actions {
		out = append(out, NewRecord(e.Document, a))
	}
	return out
}

// NewRecord pairs one action with its document.
func NewRecord(d Document, a Action) Record {
	url := d.URL
	if url == "" {
		url = d.Source
	}
	return Record{
		Action: a, Source: d.Source, SourceURL: url, Board: d.Board, Council: d.Council,
		DocumentTitle: d.Title, DocumentKind: d.Kind, DocumentDate: d.Date,
		Period: d.Period, Year: d.Year, DocumentID: ID(d.Identity(), ""), MeetingDate: d.MeetingDate,
	}
}

// CSVColumns are the export columns of CONTRACT.md, in order.
var CSVColumns = []string{
	"id", "board", "council", "document_title", "document_kind", "document_date", "period",
	"ref", "part", "kind", "theme", "title", "objective", "action", "owner", "due_raw", "due",
	"status_raw", "status", "target", "outcome", "milestones", "progress", "page", "source_url",
	"thread", "change", "first_seen", "times_seen",
}

// CSVWriter writes records as the contract's CSV, guarded against formula
// injection. Call Flush (or check Error) when done.
type CSVWriter struct {
	w      *csv.Writer
	header bool
}

// NewCSVWriter writes to w; with bom it starts with a UTF-8 byte order mark,
// which Excel needs to read UTF-8.
func NewCSVWriter(w io.Writer, bom bool) (*CSVWriter, error) {
	if bom {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return nil, err
		}
	}
	return &CSVWriter{w: csv.NewWriter(w)}, nil
}

// Write writes one record, and the header row before the first.
func (c *CSVWriter) Write(r Record) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(CSVColumns); err != nil {
			return err
		}
	}
	return c.w.Write(CSVRow(r))
}

// CSVRow is a record's cells in the order of CSVColumns, guarded against
// formula injection.
func CSVRow(r Record) []string {
	row := []string{
		r.ID, r.Board, r.Council, r.DocumentTitle, r.DocumentKind, r.DocumentDate, r.Period,
		r.Ref, strconv.Itoa(r.Part), r.Kind, r.Theme, r.Title, r.Objective, r.Action.Action,
		strings.Join(r.Owner, "; "), r.DueRaw, r.Due, r.StatusRaw, r.Status, r.Target, r.Outcome,
		r.Milestones, r.Progress, strconv.Itoa(r.Page), r.SourceURL,
		r.Thread, strings.Join(r.Change, "; "), r.FirstSeen, "",
	}
	if r.TimesSeen > 0 {
		row[len(row)-1] = strconv.Itoa(r.TimesSeen)
	}
	for i, v := range row {
		row[i] = GuardCell(v)
	}
	return row
}

// Flush writes the header if nothing else was written, flushes, and returns
// the first error met.
func (c *CSVWriter) Flush() error {
	if !c.header {
		c.header = true
		if err := c.w.Write(CSVColumns); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

// GuardCell prefixes a cell that a spreadsheet would run as a formula.
func GuardCell(v string) string {
	if v == "" {
		return v
	}
	switch v[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + v
	}
	return v
}

// WriteJSONL writes one record a line.
func WriteJSONL(w io.Writer, recs []Record) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}
