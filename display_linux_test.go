package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNoDisplayIsOneSentence opens the window where there is no display
// (Fyne's driver panics inside GLFW): the program says so in one sentence
// and exits with 1, with no stack trace; --verbose adds the cause. The
// child is this test binary as the program (TestMain), so that the window
// starts on the main thread as it does in casefile.
func TestNoDisplayIsOneSentence(t *testing.T) {
	home := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CASEFILE_FAULT_CHILD=--verbose", "DISPLAY=:59", "WAYLAND_DISPLAY=",
		"HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_DATA_HOME="+home, "LANG=C.UTF-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("without a display the program ended with %v, want exit status 1\n%s", err, stderr.String())
	}
	out := stderr.String()
	if strings.Contains(out, "panic:") || strings.Contains(out, "goroutine ") {
		t.Errorf("without a display the program printed a stack trace:\n%s", out)
	}
	if !strings.Contains(out, "casefile: Casefile could not open its window: the display or its graphics driver did not answer.") {
		t.Errorf("without a display the program did not say so in one sentence:\n%s", out)
	}
	if !strings.Contains(out, "casefile: cause: ") {
		t.Errorf("--verbose did not add the cause:\n%s", out)
	}
}
