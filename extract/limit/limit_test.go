package limit

import (
	"errors"
	"fmt"
	"testing"
)

func TestCounter(t *testing.T) {
	c := New("glyphs", 10)
	if err := c.Add(10); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	if c.Left() != 0 {
		t.Errorf("left %d", c.Left())
	}
	err := c.Add(1)
	if err == nil || err.Error() != "too large to read: more than 10 glyphs" {
		t.Fatalf("over the limit: %v", err)
	}
	if wrapped := fmt.Errorf("page 3: %w", err); !errors.Is(wrapped, ErrExceeded) {
		t.Error("a wrapped limit error is not ErrExceeded")
	}
	var none Counter
	if none.Add(1<<40) != nil {
		t.Error("the zero counter has a limit")
	}
}
