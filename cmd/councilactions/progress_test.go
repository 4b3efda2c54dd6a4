//go:build linux

package main

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal and returns its two ends.
func openPTY(t *testing.T) (master, tty *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("unlock pty: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Skipf("pty number: %v", err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open pty: %v", err)
	}
	t.Cleanup(func() { s.Close(); m.Close() })
	return m, s
}

// TestProgressBarOnATerminal: on a terminal a run draws a bar with papers
// done of total, the rate, the source and the paper; anywhere else it
// draws nothing (and logs instead, see pipeline.LogProgress).
func TestProgressBarOnATerminal(t *testing.T) {
	master, tty := openPTY(t)
	b := newBar(tty)
	if b == nil {
		t.Fatal("no bar on a terminal")
	}
	clock := time.Date(2025, 1, 1, 3, 0, 0, 0, time.UTC)
	b.now = func() time.Time { return clock }
	b.draw("papers", "folder", 0, 40, "/srv/papers/a.pdf")
	clock = clock.Add(4 * time.Second)
	b.draw("papers", "folder", 10, 40, "/srv/papers/b.pdf")
	want := "\r\033[K███████·······················" + " 10/40 papers · 2.5/s · folder: b.pdf"
	var got []byte
	buf := make([]byte, 4096)
	for !bytes.Contains(got, []byte(want)) {
		master.SetReadDeadline(time.Now().Add(5 * time.Second))
		n, err := master.Read(buf)
		if err != nil {
			t.Fatalf("the bar drew %q, want it to end with %q (%v)", got, want, err)
		}
		got = append(got, buf[:n]...)
	}

	_, pipe, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pipe.Close()
	for _, w := range []io.Writer{pipe, &bytes.Buffer{}} {
		if newBar(w) != nil {
			t.Errorf("a bar on %T %v", w, w)
		}
	}
}
