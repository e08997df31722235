package atomicfile

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// MkdirTemp makes a private folder in the system's temporary folder, named
// PREFIX-PID-RANDOM, for files that live only while this process works on
// them (such as a snapshot of a case file). It first removes the folders
// with the same prefix that processes no longer running left behind. The
// folder is removed by release, or by RemoveTemps if the process is
// stopped by a signal first.
func MkdirTemp(prefix string) (dir string, release func(), err error) {
	parent := os.TempDir()
	removeStaleDirs(parent, prefix)
	dir, err = os.MkdirTemp(parent, prefix+"-"+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return "", nil, err
	}
	liveDirs.Lock()
	liveDirs.names[dir] = true
	liveDirs.Unlock()
	release = func() {
		os.RemoveAll(dir)
		liveDirs.Lock()
		delete(liveDirs.names, dir)
		liveDirs.Unlock()
	}
	return dir, release, nil
}

// liveDirs holds this process's temporary folders.
var liveDirs = struct {
	lockedSet
}{lockedSet{names: map[string]bool{}}}

// removeStaleDirs removes parent/PREFIX-PID-* folders of dead processes.
func removeStaleDirs(parent, prefix string) {
	matches, err := filepath.Glob(filepath.Join(parent, globEscape(prefix+"-")+"*"))
	if err != nil {
		return
	}
	for _, m := range matches {
		pidText, _, ok := strings.Cut(strings.TrimPrefix(filepath.Base(m), prefix+"-"), "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() || alive(pid) {
			continue
		}
		if fi, err := os.Lstat(m); err == nil && fi.IsDir() {
			os.RemoveAll(m)
		}
	}
}
