//go:build !unix

package extract

import "time"

// cpuTime is not read here: the benchmarks report no CPU time.
func cpuTime() time.Duration { return 0 }
