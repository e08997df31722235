//go:build !windows

package writeerr

import "syscall"

// The system's error numbers for the failures Explain puts into words.
var (
	// diskFull: no space left, or the user's quota is used up.
	diskFull = []error{syscall.ENOSPC, syscall.EDQUOT}
	// readOnlyDisk: the file system is mounted read-only.
	readOnlyDisk = []error{syscall.EROFS}
	// nameTooLong: the name or path is longer than the file system takes.
	nameTooLong = []error{syscall.ENAMETOOLONG}
)
