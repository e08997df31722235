//go:build unix

package main

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"casefile/app/exchange"
	"casefile/internal/casegen"
	"casefile/storage"
)

// TestMain lets this test binary be the program in a child process (see
// startProgram), with the program's signal handling.
func TestMain(m *testing.M) {
	if args := os.Getenv("CASEFILE_FAULT_CHILD"); args != "" {
		removeTempsOnSignal()
		os.Exit(run(strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// startProgram starts casefile with args in a child process.
func startProgram(t *testing.T, env []string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), "CASEFILE_FAULT_CHILD="+strings.Join(args, "\x1f")), env...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// leftovers lists the files in dir that are not in keep.
func leftovers(t *testing.T, dir string, keep ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !strings.Contains(strings.Join(keep, "\x00")+"\x00", e.Name()+"\x00") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestKilledCommandsLeaveNothing kills import and export of the large case
// at random moments, with SIGKILL and with SIGTERM, and checks each time
// that the output is either absent (or as before) or complete, never
// partial; that SIGTERM leaves no temporary file; and that after the next
// run nothing of the killed one is left (temporary files of dead processes
// are removed when found), including the snapshot folder an export of a
// case open elsewhere makes.
func TestKilledCommandsLeaveNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("imports the large case several times")
	}
	dir := t.TempDir()
	tmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(tmp, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TMPDIR", tmp)
	large := filepath.Join(dir, "large.json")
	var doc bytes.Buffer
	if err := exchange.Encode(&doc, casegen.Large()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(large, doc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	c := filepath.Join(dir, "case.casefile")
	if code := run([]string{"import", large, "-o", c}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("import exited %d", code)
	}
	keep := []string{"large.json", "case.casefile", "tmp", "out.json", "new.casefile"}
	rng := rand.New(rand.NewPCG(8, uint64(time.Now().UnixNano())))
	for round := 0; round < 4; round++ {
		sig := []os.Signal{syscall.SIGKILL, syscall.SIGTERM}[round%2]
		var args []string
		var out string
		var wait time.Duration
		if round < 2 {
			out = filepath.Join(dir, "new.casefile")
			args = []string{"import", large, "-o", out, "--force"}
			wait = time.Duration(100+rng.IntN(1400)) * time.Millisecond
		} else {
			out = filepath.Join(dir, "out.json")
			args = []string{"export", c, "--json", out}
			wait = time.Duration(rng.IntN(400)) * time.Millisecond
		}
		var held *storage.DB
		if round >= 2 { // the case is open elsewhere: the export reads a snapshot
			var err error
			if held, err = storage.Open(c, storage.Options{}); err != nil {
				t.Fatal(err)
			}
		}
		cmd := startProgram(t, nil, args...)
		time.Sleep(wait)
		cmd.Process.Signal(sig)
		cmd.Wait()
		t.Logf("round %d: %v after %v: %v", round, sig, wait, cmd.ProcessState)
		if _, err := os.Stat(out); err == nil {
			var r bytes.Buffer
			if strings.HasSuffix(out, ".casefile") {
				if code := run([]string{"check", out}, &r, &r); code != 0 {
					t.Errorf("round %d: the killed import left a damaged %s: %s", round, out, r.String())
				}
			} else if b, _ := os.ReadFile(out); !bytes.Equal(b, doc.Bytes()) {
				t.Errorf("round %d: the killed export left a partial %s (%d of %d bytes)", round, out, len(b), doc.Len())
			}
		}
		if sig == syscall.SIGTERM {
			if l := leftovers(t, dir, keep...); len(l) > 0 {
				t.Errorf("round %d: SIGTERM left %q", round, l)
			}
			if l := leftovers(t, tmp); len(l) > 0 {
				t.Errorf("round %d: SIGTERM left %q in the temporary folder", round, l)
			}
		}
		// The next run of the same command cleans up after the killed one.
		if code := run(args, io.Discard, io.Discard); code != 0 {
			t.Fatalf("round %d: the next run exited %d", round, code)
		}
		if held != nil {
			held.Close()
		}
		if l := leftovers(t, dir, keep...); len(l) > 0 {
			t.Errorf("round %d: after the next run the folder holds %q", round, l)
		}
		if l := leftovers(t, tmp); len(l) > 0 {
			t.Errorf("round %d: after the next run the temporary folder holds %q", round, l)
		}
	}
}
