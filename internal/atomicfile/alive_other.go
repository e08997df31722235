//go:build !unix

package atomicfile

import "os"

// alive reports whether a process with this id runs. On Windows
// os.FindProcess opens the process and fails when there is none.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p.Release()
	return true
}
