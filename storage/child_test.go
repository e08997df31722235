package storage

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"casefile/app"
)

// The tests start this test binary again as a child process to have a case
// file open in another process: childEnv names what the child does and
// childPathEnv the case file.
const (
	childEnv     = "CASEFILE_STORAGE_TEST_CHILD"
	childPathEnv = "CASEFILE_STORAGE_TEST_PATH"
)

// runChild is the child process's main: "hold" opens the case and waits
// until its stdin closes; "edit" adds events, each with three participants
// and a citation in one transaction, printing each id once committed.
func runChild(mode string) int {
	path := os.Getenv(childPathEnv)
	db, err := Open(path, Options{})
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	defer db.Close()
	switch mode {
	case "hold":
		fmt.Println("ready")
		io.Copy(io.Discard, os.Stdin)
		return 0
	case "edit":
		fmt.Println("ready")
		for i := 0; ; i++ {
			e := app.Event{
				Title:        fmt.Sprintf("Crash test event %d", i),
				Date:         app.Date{EDTF: "2023-06-20"},
				Description:  strings.Repeat("Something happened. ", 20),
				Participants: []string{"p1", "o1", "o3"},
				Citations:    []app.Citation{{Source: "s1", Note: fmt.Sprintf("citation %d", i)}},
			}
			if err := db.CreateEvent(&e); err != nil {
				fmt.Println("error:", err)
				return 1
			}
			fmt.Println(e.ID)
		}
	}
	return 2
}

// child is a running helper process.
type child struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines chan string
}

// startChild starts the test binary as a child in mode on the case at path
// and waits for it to say it is ready.
func startChild(tb testing.TB, mode, path string) *child {
	tb.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+mode, childPathEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		tb.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	c := &child{cmd: cmd, stdin: stdin, lines: make(chan string, 1<<16)}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			c.lines <- sc.Text()
		}
		close(c.lines)
	}()
	select {
	case l := <-c.lines:
		if l != "ready" {
			c.kill()
			tb.Fatalf("child: %s", l)
		}
	case <-time.After(20 * time.Second):
		c.kill()
		tb.Fatal("child did not start")
	}
	return c
}

// stop ends a "hold" child by closing its stdin.
func (c *child) stop() {
	c.stdin.Close()
	c.cmd.Wait()
}

// kill ends the child at once with SIGKILL.
func (c *child) kill() {
	c.cmd.Process.Kill()
	c.cmd.Wait()
}
