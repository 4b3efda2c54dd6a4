package sandbox

import "syscall"

// procAttr puts the worker in its own process group, so that a terminal's
// Ctrl-C or `timeout` reaches only the parent, which then kills it; and has
// the kernel kill it if the parent dies first (kill -9), so that no worker
// outlives its run.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
