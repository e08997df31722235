// Package cli is Casefile's command line: one file per subcommand (import,
// export, check) and the way into the window. main.go only wires it to the
// SQLite store and the Fyne window.
package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/app/ui"
)

// CLI is the command line: the subcommands and the way into the window.
type CLI struct {
	// Opener opens and creates case files (storage.Opener in the program).
	Opener app.Opener
	// Stdout and Stderr receive the output and the messages.
	Stdout, Stderr io.Writer
	// OpenWindow starts the window and returns when it closes.
	OpenWindow func(ui.Options) error
	// Version is printed by --version and shown in the window.
	Version string
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct {
	msg   string
	usage string // the subcommand's usage line
}

func (e *usageError) Error() string { return e.msg }

// usagef makes a usage error for the subcommand whose usage line is usage.
func usagef(usage, format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...), usage: usage}
}

// exitStatus ends a command with a status and no further message (the
// command has already said what it had to).
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// Run runs one command line and returns the exit status.
func (c *CLI) Run(args []string) int {
	if len(args) == 0 {
		return c.exit(c.window(nil))
	}
	var err error
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(c.Stdout, helpText)
	case "-version", "--version", "version":
		fmt.Fprintf(c.Stdout, "casefile %s\n", c.Version)
	case "import":
		err = c.importCmd(args[1:])
	case "export":
		err = c.exportCmd(args[1:])
	case "check":
		err = c.checkCmd(args[1:])
	default:
		err = c.window(args)
	}
	return c.exit(err)
}

// exit reports err on standard error and returns the exit status.
func (c *CLI) exit(err error) int {
	if err == nil {
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(c.Stderr, "casefile: %s\n", ue.msg)
		u := ue.usage
		if u == "" {
			u = usageLine
		} else {
			u = "usage: " + u
		}
		fmt.Fprintf(c.Stderr, "%s\n(casefile --help explains every command)\n", u)
		return 2
	}
	var es exitStatus
	if errors.As(err, &es) {
		return int(es)
	}
	fmt.Fprintf(c.Stderr, "casefile: %s\n", errorText(err))
	return 1
}

// errorText is the sentence to show for err: a decode error lists its
// problems; any other error reads as its message.
func errorText(err error) string {
	var de *exchange.DecodeError
	if errors.As(err, &de) {
		s := de.Error()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var ae *app.Error
	if errors.As(err, &ae) && ae.Code != app.EINTERNAL {
		return ae.Message
	}
	return err.Error()
}
