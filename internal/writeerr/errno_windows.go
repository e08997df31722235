//go:build windows

package writeerr

import "golang.org/x/sys/windows"

// The system's error numbers for the failures Explain puts into words.
// Windows reports its own numbers, which syscall's ENOSPC, EROFS and
// ENAMETOOLONG (invented values there) never match.
var (
	// diskFull: the disk is full, or the user's quota is used up.
	diskFull = []error{windows.ERROR_DISK_FULL, windows.ERROR_HANDLE_DISK_FULL, windows.ERROR_DISK_QUOTA_EXCEEDED}
	// readOnlyDisk: the medium is write-protected.
	readOnlyDisk = []error{windows.ERROR_WRITE_PROTECT}
	// nameTooLong: the name or path is longer than the file system takes.
	nameTooLong = []error{windows.ERROR_FILENAME_EXCED_RANGE}
)
