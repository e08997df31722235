package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// On Windows casefile.exe is linked as a window program (-H windowsgui), so
// it gets no console and, started from cmd or PowerShell, its output would
// vanish. attachConsole gives a command (--version, import, export, check)
// the console of the shell that started it, for whichever of standard
// output and standard error the shell did not redirect.
func init() { attachConsole() }

const attachParentProcess = ^uint32(0) // ATTACH_PARENT_PROCESS, (DWORD)-1

func attachConsole() {
	if len(os.Args) < 2 {
		return // the window, from a shortcut or Explorer
	}
	outOK, errOK := validStd(windows.STD_OUTPUT_HANDLE), validStd(windows.STD_ERROR_HANDLE)
	if outOK && errOK {
		return // both redirected (a pipe, a file): nothing to do
	}
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := attach.Call(uintptr(attachParentProcess)); r == 0 {
		return // started without a console (Explorer): nowhere to write
	}
	conout, err := windows.UTF16PtrFromString("CONOUT$")
	if err != nil {
		return
	}
	h, err := windows.CreateFile(conout, windows.GENERIC_READ|windows.GENERIC_WRITE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return
	}
	if !outOK {
		os.Stdout = os.NewFile(uintptr(h), "CONOUT$")
	}
	if !errOK {
		os.Stderr = os.NewFile(uintptr(h), "CONOUT$")
	}
}

// validStd reports whether the standard handle n leads somewhere.
func validStd(n uint32) bool {
	h, err := windows.GetStdHandle(n)
	if err != nil || h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}
