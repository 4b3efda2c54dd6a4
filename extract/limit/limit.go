// Package limit bounds the work one paper may cost a reader. A crawl meets
// whatever a council's site serves, for years, unattended: a small file
// that asks for gigabytes or hours must cost one failed paper, not the
// run. Each reader counts its work against a Counter per document; over
// the limit it stops with an *Error, which callers tell apart with
// errors.Is(err, limit.ErrExceeded).
package limit

import (
	"errors"
	"fmt"
)

// ErrExceeded is what every *Error is.
var ErrExceeded = errors.New("paper over a reading limit")

// Error is a paper that would cost more than a limit allows.
type Error struct {
	What string // what was counted: "glyphs", "table cells"
	Max  int64
}

func (e *Error) Error() string {
	return fmt.Sprintf("too large to read: more than %d %s", e.Max, e.What)
}

// Is makes errors.Is(err, ErrExceeded) hold for every limit.
func (e *Error) Is(target error) bool { return target == ErrExceeded }

// MaxCells bounds the table cells of one paper, in any format: a long
// plan has a few thousand.
const MaxCells = 500_000

// NewCells returns the counter of a paper's table cells.
func NewCells() *Counter { return New("table cells", MaxCells) }

// Counter counts one kind of work in one document. The zero Counter has no
// limit.
type Counter struct {
	What string
	Max  int64
	n    int64
}

// New returns a counter of what, at most max.
func New(what string, max int64) *Counter { return &Counter{What: what, Max: max} }

// Add counts n more, and returns an *Error once the count is over Max.
func (c *Counter) Add(n int) error {
	c.n += int64(n)
	if c.Max > 0 && c.n > c.Max {
		return &Error{What: c.What, Max: c.Max}
	}
	return nil
}

// Left is how much more may be counted.
func (c *Counter) Left() int64 { return max(0, c.Max-c.n) }
