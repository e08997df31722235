//go:build unix

package storage

import "syscall"

// accessWrite reports whether the system lets this process write path.
func accessWrite(path string) bool {
	const wOK = 2 // W_OK
	return syscall.Access(path, wOK) == nil
}
