// Package atomicfile is Casefile's one way of writing a file: all or
// nothing, durable once it returns, and with one permission policy.
//
// A write goes to a temporary file in the target's folder (so that the
// final rename never crosses a file system), is synced, renamed over the
// target, and the folder is synced so that the rename survives a power
// cut. A failure at any step removes the temporary file and leaves the
// target as it was.
//
// Permissions: a new file gets the mode 0666 less the process's umask, as
// a file made by os.Create would. A file that replaces an existing one
// keeps the permission bits of the file it replaces (its owner and group
// are those of the writing process; the system allows nothing else to an
// ordinary user).
//
// Only regular files are replaced. A target that is a folder, a symbolic
// link (such as /dev/stdout), a device (such as /dev/null), a FIFO or a
// socket is refused with ErrNotRegular or ErrIsDir before anything is
// written: renaming over it would replace the special file with a regular
// one. Standard output is the caller's business (Casefile's command line
// takes "-" for it).
//
// Temporary files are named ".NAME.tmp-PID-RANDOM" after the target NAME
// and the writing process. The temporary files of a process that no longer
// runs are removed when a later write to the same target finds them, and
// RemoveTemps removes this process's own (call it on SIGINT or SIGTERM).
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// ErrNotRegular is returned for a target that exists and is neither a
// regular file nor a folder: a symbolic link, a device, a FIFO or a socket.
var ErrNotRegular = errors.New("not a regular file")

// ErrIsDir is returned for a target that is a folder.
var ErrIsDir = errors.New("is a folder")

// ErrNoFolder is returned when the target's folder does not exist or is not
// a folder. It wraps fs.ErrNotExist.
var ErrNoFolder = fmt.Errorf("the folder does not exist: %w", fs.ErrNotExist)

// File is a write in progress: a temporary file beside the target. Write
// to it (or let another program write to TempName), then Commit or Abort.
type File struct {
	path string // the target
	dir  string
	tmp  string
	f    *os.File
	mode fs.FileMode // the mode to keep; 0: the umask's
	done bool
}

// Check reports whether path may be written: its folder exists and path is
// missing or a regular file. It returns the target's file info when it
// exists.
func Check(path string) (fs.FileInfo, error) {
	fi, err := os.Lstat(path)
	switch {
	case err == nil && fi.IsDir():
		return nil, &fs.PathError{Op: "write", Path: path, Err: ErrIsDir}
	case err == nil && !fi.Mode().IsRegular():
		return nil, &fs.PathError{Op: "write", Path: path, Err: ErrNotRegular}
	case err == nil:
		return fi, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	dir := filepath.Dir(path)
	if di, err := os.Stat(dir); err != nil || !di.IsDir() {
		return nil, &fs.PathError{Op: "write", Path: path, Err: ErrNoFolder}
	}
	return nil, nil
}

// Create starts writing path: it checks the target (see Check), removes
// the stale temporary files of dead processes for it, and creates the
// temporary file.
func Create(path string) (*File, error) {
	fi, err := Check(path)
	if err != nil {
		return nil, err
	}
	w := &File{path: path, dir: filepath.Dir(path)}
	if fi != nil {
		w.mode = fi.Mode().Perm()
	}
	removeStale(w.dir, filepath.Base(path))
	prefix := tempPrefix(filepath.Base(path)) + strconv.Itoa(os.Getpid()) + "-"
	for try := 0; ; try++ {
		name := filepath.Join(w.dir, prefix+randomSuffix())
		// 0666: the kernel applies the umask, as for os.Create.
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		if err != nil {
			return nil, err
		}
		w.f, w.tmp = f, name
		break
	}
	register(w.tmp)
	return w, nil
}

// Write writes p to the temporary file.
func (w *File) Write(p []byte) (int, error) { return w.f.Write(p) }

// Sync syncs what was written so far to the disk (Commit syncs too): a
// caller that places several files calls it on each before committing any.
func (w *File) Sync() error { return w.f.Sync() }

// TempName is the temporary file's path, for a program (such as SQLite)
// that writes the file by name. The File keeps its own handle open.
func (w *File) TempName() string { return w.tmp }

// Commit finishes the write: it syncs the temporary file, gives it its
// mode, renames it over the target and syncs the folder. On failure the
// temporary file is removed and the target left as it was.
func (w *File) Commit() error {
	return w.commit(func() error {
		// The target may have become a special file since Create.
		if _, err := Check(w.path); err != nil {
			return err
		}
		return os.Rename(w.tmp, w.path)
	})
}

// CommitNew is Commit for a target that must not exist: where the system
// has hard links the file is linked into place, which fails if something
// has been made at the target meanwhile (the error then wraps
// fs.ErrExist); elsewhere it is renamed after a last check.
func (w *File) CommitNew() error {
	return w.commit(func() error {
		err := os.Link(w.tmp, w.path)
		if err == nil {
			return os.Remove(w.tmp)
		}
		if errors.Is(err, fs.ErrExist) {
			return err
		}
		if _, serr := os.Lstat(w.path); serr == nil {
			return &fs.PathError{Op: "write", Path: w.path, Err: fs.ErrExist}
		}
		return os.Rename(w.tmp, w.path)
	})
}

func (w *File) commit(place func() error) (err error) {
	if w.done {
		return errors.New("atomicfile: the write is already finished")
	}
	defer func() {
		if err != nil {
			w.Abort()
		}
	}()
	if w.mode != 0 {
		if err := w.f.Chmod(w.mode); err != nil {
			return err
		}
	}
	if err := w.f.Sync(); err != nil {
		return err
	}
	if err := w.f.Close(); err != nil {
		return err
	}
	if err := place(); err != nil {
		return err
	}
	w.done = true
	unregister(w.tmp)
	return SyncDir(w.dir)
}

// Abort ends the write without touching the target and removes the
// temporary file (and a journal SQLite may have left beside it). It is
// safe to call after Commit, when it does nothing.
func (w *File) Abort() {
	if w.done {
		return
	}
	w.done = true
	w.f.Close()
	removeTemp(w.tmp)
	unregister(w.tmp)
}

// WriteFile writes what fill writes to path, all or nothing.
func WriteFile(path string, fill func(io.Writer) error) error {
	w, err := Create(path)
	if err != nil {
		return err
	}
	if err := fill(w); err != nil {
		w.Abort()
		return err
	}
	return w.Commit()
}

// SyncDir syncs a folder so that a rename in it is durable. Windows cannot
// sync a folder; there the rename is as durable as the system makes it.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// tempPrefix starts the names of the temporary files for a target name.
func tempPrefix(base string) string { return "." + base + ".tmp-" }

// lockedSet is a set of paths guarded by a mutex.
type lockedSet struct {
	sync.Mutex
	names map[string]bool
}

// live holds this process's temporary files that are not yet finished.
var live = lockedSet{names: map[string]bool{}}

func register(name string) {
	live.Lock()
	live.names[name] = true
	live.Unlock()
}

func unregister(name string) {
	live.Lock()
	delete(live.names, name)
	live.Unlock()
}

// RemoveTemps removes every temporary file this process is still writing
// and every folder MkdirTemp made that is not yet released,
// for a process that is about to end on a signal. Writes in progress then
// fail; their targets are left as they were.
func RemoveTemps() {
	live.Lock()
	for name := range live.names {
		removeTemp(name)
		delete(live.names, name)
	}
	live.Unlock()
	liveDirs.Lock()
	for dir := range liveDirs.names {
		os.RemoveAll(dir)
		delete(liveDirs.names, dir)
	}
	liveDirs.Unlock()
}

// removeTemp removes a temporary file and the journal SQLite may have made
// beside it.
func removeTemp(name string) {
	os.Remove(name)
	os.Remove(name + "-journal")
}

// removeStale removes the temporary files for target base in dir that were
// left by processes that no longer run.
func removeStale(dir, base string) {
	matches, err := filepath.Glob(filepath.Join(dir, globEscape(tempPrefix(base))+"*"))
	if err != nil {
		return
	}
	for _, m := range matches {
		rest := strings.TrimPrefix(filepath.Base(m), tempPrefix(base))
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() {
			continue
		}
		if !alive(pid) {
			removeTemp(strings.TrimSuffix(m, "-journal"))
		}
	}
}

// globEscape quotes the characters filepath.Match treats specially.
func globEscape(s string) string {
	if runtime.GOOS == "windows" { // no escapes there; such names are rare
		return strings.NewReplacer("*", "?", "[", "?").Replace(s)
	}
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}
