package main

import (
	"errors"
	"testing"
)

// TestUsageErrorsExitTwo: whatever the user must correct on the command
// line is a usage error, which main turns into exit status 2.
func TestUsageErrorsExitTwo(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"bogus"},
		{"search", "--bogus"},
		{"search", "x", "--year", "twenty"},
		{"search", "a", "b"},
		{"extract"},
		{"extract", "x.txt", "--format", "xml"},
		{"run", "--source", "nope", "--data-dir", dir},
		{"--log-level", "loud", "status"},
		{"status", "--config", "/nonexistent/config.yaml"},
	} {
		_, _, err := searchCLI(t, args...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%q: err = %v, want a usage error", args, err)
		}
	}
}
