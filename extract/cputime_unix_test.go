//go:build unix

package extract

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, user and system, all
// its threads: on a shared machine a benchmark's wall time counts the
// waits for a core too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
