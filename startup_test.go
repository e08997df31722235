package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestCommandLineIsQuiet runs the program in a child process (this test
// binary, whose package initialization is the program's) and checks that a
// command-line run prints only its own output: no Fyne complaints about a
// missing app or the C locale from code that runs at start-up.
func TestCommandLineIsQuiet(t *testing.T) {
	if os.Getenv("CASEFILE_TEST_MAIN") == "1" {
		os.Exit(run(strings.Fields(os.Getenv("CASEFILE_TEST_ARGS")), os.Stdout, os.Stderr))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCommandLineIsQuiet$")
	cmd.Env = append(os.Environ(), "CASEFILE_TEST_MAIN=1", "CASEFILE_TEST_ARGS=--version", "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("casefile --version: %v\n%s", err, stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "casefile ") {
		t.Errorf("stdout = %q", stdout.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr is not empty:\n%s", stderr.String())
	}
}
