//go:build race

package sandbox

// raceEnabled: the race detector maps terabytes of shadow memory, which a
// data limit would refuse, so race builds run their workers unlimited.
const raceEnabled = true
