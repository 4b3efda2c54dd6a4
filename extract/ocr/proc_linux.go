package ocr

import "syscall"

// procAttr has the kernel kill the engine if its parent dies first.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
