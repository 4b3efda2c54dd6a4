//go:build !linux

package sandbox

import "syscall"

// procAttr puts the worker in its own process group, so that a terminal's
// Ctrl-C or `timeout` reaches only the parent, which then kills it.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}
