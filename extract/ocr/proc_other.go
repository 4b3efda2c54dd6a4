//go:build !linux

package ocr

import "syscall"

func procAttr() *syscall.SysProcAttr { return nil }
