package index

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/internal/atomicfile"
)

// ExportFormat is how ExportTo writes: the contract's CSV (with a byte
// order mark for Excel if BOM), JSON lines, or, with Bulk set, the JSON
// lines of a bulk load into the OpenSearch or Elasticsearch index named
// Bulk (see BulkMapping).
type ExportFormat struct {
	JSONL bool
	BOM   bool
	Bulk  string
}

// BulkMapping is the settings and mappings of an OpenSearch or
// Elasticsearch index for the actions of a Bulk export: PUT it as the
// index's body before loading. Its mapping is strict, so that a field the
// export has and it lacks fails the load instead of going unsearched
// (TestBulkMappingCoversRecords keeps the two together).
//
//go:embed bulkmapping.json
var BulkMapping []byte

// WriteBulkMapping writes BulkMapping to path, whole or not at all.
func WriteBulkMapping(path string) error {
	if err := atomicfile.Write(path, BulkMapping, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// ExportTo writes the actions matching r to w in Export's order and
// returns how many it wrote. JSON lines are the stored records as they
// are; CSV rows are made from them by every core at once, in order.
func (ix *Index) ExportTo(ctx context.Context, r Request, w io.Writer, f ExportFormat) (int, error) {
	if err := ix.checkOpen(); err != nil {
		return 0, err
	}
	q, err := ix.prepare(ctx, r, excludeMarkers)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var n int
	switch {
	case f.Bulk != "":
		name, _ := json.Marshal(f.Bulk) // a string always marshals
		op := []byte(`{"index":{"_index":` + string(name) + `,"_id":`)
		err = ix.eachRecord(ctx, q, func(rec []byte) error {
			n++
			return bulkLines(bw, op, rec)
		})
	case f.JSONL:
		err = ix.eachRecord(ctx, q, func(rec []byte) error {
			n++
			bw.Write(jsonLine(rec))
			return bw.WriteByte('\n')
		})
	default:
		n, err = ix.exportCSV(ctx, q, bw, f.BOM)
	}
	if err != nil {
		return n, err
	}
	return n, bw.Flush()
}

// bulkLines writes one action as the bulk API takes it: the operation
// (op, an index operation into the named index, completed with the
// action's id, so that loading again replaces rather than doubles), then
// the record.
func bulkLines(w *bufio.Writer, op, rec []byte) error {
	id, err := recordID(rec)
	if err != nil {
		return err
	}
	quoted, _ := json.Marshal(id) // a string always marshals
	w.Write(op)
	w.Write(quoted)
	w.WriteString("}}\n")
	w.Write(jsonLine(rec))
	return w.WriteByte('\n')
}

// recordID is the id of a stored record: its first key, as json.Marshal
// writes an action.Record, or else read by encoding/json.
func recordID(rec []byte) (string, error) {
	p := jsonScan{b: rec}
	if p.byte('{') {
		if key, ok := p.key(); ok && string(key) == "id" {
			if id, ok := p.string(); ok {
				return id, nil
			}
		}
	}
	var r action.Record
	if err := json.Unmarshal(rec, &r); err != nil {
		return "", fmt.Errorf("export: bad stored record: %w", err)
	}
	return r.ID, nil
}

// jsonLine is a stored record as action.WriteJSONL writes it: the stored
// JSON (json.Marshal's) with <, > and & unescaped. It rewrites rec.
func jsonLine(rec []byte) []byte {
	if !bytes.Contains(rec, []byte(`\u00`)) {
		return rec
	}
	out := rec[:0]
	for i := 0; i < len(rec); i++ {
		c := rec[i]
		if c != '\\' || i+1 >= len(rec) {
			out = append(out, c)
			continue
		}
		// An escape: \u003c, \u003e and \u0026 become their characters,
		// any other is kept whole (so that \\u003c stays as written).
		switch {
		case rec[i+1] == 'u' && i+5 < len(rec) && string(rec[i+2:i+6]) == "003c":
			out = append(out, '<')
			i += 5
		case rec[i+1] == 'u' && i+5 < len(rec) && string(rec[i+2:i+6]) == "003e":
			out = append(out, '>')
			i += 5
		case rec[i+1] == 'u' && i+5 < len(rec) && string(rec[i+2:i+6]) == "0026":
			out = append(out, '&')
			i += 5
		default:
			out = append(out, c, rec[i+1])
			i++
		}
	}
	return out
}

// csvChunk is a run of records made into CSV rows by one worker.
type csvChunk struct {
	recs []byte // the records, one after another
	ends []int  // where each ends in recs
	out  bytes.Buffer
	err  error
	done chan struct{}
}

// csvChunkSize is how many records a worker takes at once.
const csvChunkSize = 256

// exportCSV writes the contract's CSV of the actions q matches: the
// records are read in order, decoded and made into rows by every core, a
// chunk at a time, and the chunks written in order.
func (ix *Index) exportCSV(ctx context.Context, q query.Query, w io.Writer, bom bool) (int, error) {
	// The BOM and the header row, made apart: a csv.Writer flushes a
	// bufio.Writer it is given, and nothing may reach w before the query
	// has run (a server's error status goes with the first bytes).
	var head bytes.Buffer
	header, err := action.NewCSVWriter(&head, bom)
	if err == nil {
		err = header.Flush()
	}
	if err == nil {
		_, err = w.Write(head.Bytes())
	}
	if err != nil {
		return 0, err
	}
	workers := runtime.GOMAXPROCS(0)
	todo := make(chan *csvChunk, workers)
	inOrder := make(chan *csvChunk, 2*workers)
	// Chunks written go back to be filled again, so that their buffers
	// are made once.
	free := make(chan *csvChunk, 3*workers+1)
	for range workers {
		go func() {
			for c := range todo {
				c.err = c.rows()
				close(c.done)
			}
		}()
	}
	n := 0
	// A failed write (a client gone) stops the reading.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	written := make(chan error, 1)
	go func() {
		var err error
		for c := range inOrder {
			<-c.done
			if err == nil {
				err = c.err
			}
			if err == nil {
				_, err = w.Write(c.out.Bytes())
			}
			if err != nil {
				cancel()
			}
			c.recs, c.ends, c.err = c.recs[:0], c.ends[:0], nil
			c.out.Reset()
			c.done = make(chan struct{})
			select {
			case free <- c:
			default:
			}
		}
		written <- err
	}()
	newChunk := func() *csvChunk {
		select {
		case c := <-free:
			return c
		default:
		}
		c := &csvChunk{done: make(chan struct{}), ends: make([]int, 0, csvChunkSize)}
		c.recs = make([]byte, 0, csvChunkSize*1024)
		return c
	}
	c := newChunk()
	send := func() {
		inOrder <- c
		todo <- c
		c = newChunk()
	}
	err = ix.eachRecord(ctx, q, func(rec []byte) error {
		n++
		c.recs = append(c.recs, rec...)
		c.ends = append(c.ends, len(c.recs))
		if len(c.ends) == csvChunkSize {
			send()
		}
		return nil
	})
	if len(c.ends) > 0 {
		send()
	}
	close(todo)
	close(inOrder)
	// The writer's error is the cause when it stopped the reading.
	if werr := <-written; werr != nil {
		err = werr
	}
	return n, err
}

// rows decodes the chunk's records and writes their rows.
func (c *csvChunk) rows() error {
	c.out.Grow(len(c.recs))
	cw := csv.NewWriter(&c.out)
	start := 0
	for _, end := range c.ends {
		r, err := csvRecord(c.recs[start:end])
		if err != nil {
			r = action.Record{}
			if err := json.Unmarshal(c.recs[start:end], &r); err != nil {
				return fmt.Errorf("export: bad stored record: %w", err)
			}
		}
		if err := cw.Write(action.CSVRow(r)); err != nil {
			return err
		}
		start = end
	}
	cw.Flush()
	return cw.Error()
}

// ExportFile is ExportTo into the file at path, written whole or not at
// all (atomicfile). A file it replaces keeps its permissions.
func (ix *Index) ExportFile(ctx context.Context, r Request, path string, f ExportFormat) (n int, err error) {
	// Through a symbolic link, the file it points at is replaced, not the link.
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	err = atomicfile.WriteWith(path, mode, func(w io.Writer) (err error) {
		n, err = ix.ExportTo(ctx, r, w, f)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	return n, nil
}
