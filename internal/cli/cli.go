// Package cli is Casefile's command line: one file per subcommand (import,
// export, check) and the way into the window. main.go only wires it to the
// SQLite store and the Fyne window.
package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/app/ui"
)

// CLI is the command line: the subcommands and the way into the window.
type CLI struct {
	// Opener opens and creates case files (storage.Opener in the program).
	Opener app.Opener
	// Stdin is read by "import -"; nil means os.Stdin.
	Stdin io.Reader
	// Stdout and Stderr receive the output and the messages.
	Stdout, Stderr io.Writer
	// OpenWindow starts the window and returns when it closes.
	OpenWindow func(ui.Options) error
	// Version is printed by --version and shown in the window.
	Version string

	verbose bool // --verbose: print the cause of an error after its sentence
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
	args = c.takeVerbose(args)
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
	case "merge":
		err = c.mergeCmd(args[1:])
	case "check":
		err = c.checkCmd(args[1:])
	case "add-source":
		err = c.addSourceCmd(args[1:])
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
	fmt.Fprintf(c.Stderr, "casefile: %s\n", printable(errorText(err)))
	if c.verbose {
		for cause := errors.Unwrap(err); cause != nil; cause = errors.Unwrap(cause) {
			fmt.Fprintf(c.Stderr, "casefile: cause: %s\n", printable(cause.Error()))
			if _, ok := cause.(*app.Error); !ok {
				break // the rest of the chain is in this text already
			}
		}
	}
	return 1
}

// takeVerbose removes --verbose (or -v) from args, before any "--", and
// notes it.
func (c *CLI) takeVerbose(args []string) []string {
	out := make([]string, 0, len(args))
	for i, a := range args {
		if a == "--" {
			return append(out, args[i:]...)
		}
		if a == "--verbose" || a == "-verbose" || a == "-v" {
			c.verbose = true
			continue
		}
		out = append(out, a)
	}
	return out
}

// printable replaces the control characters in s (a terminal would act on
// them: a file name can hold escape codes) and invalid UTF-8 with visible
// escapes such as \x1b.
func printable(s string) string {
	if !strings.ContainsFunc(s, needsEscape) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case needsEscape(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsEscape reports whether r is a control character other than a
// newline or a tab.
func needsEscape(r rune) bool {
	return r != '\n' && r != '\t' && unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r)
}

// errorText is the sentence to show for err: a decode error lists its
// problems; an *app.Error reads as its message alone (the cause is for
// --verbose); anything else, which should not reach here, as a general
// sentence.
func errorText(err error) string {
	var de *exchange.DecodeError
	if errors.As(err, &de) {
		s := de.Error()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var ae *app.Error
	if errors.As(err, &ae) {
		return sentence(ae.Message)
	}
	return "The command could not be finished; run it again with --verbose to see why."
}

// sentence ends s with a full stop unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ".)") || strings.HasSuffix(s, "”") && strings.HasSuffix(strings.TrimSuffix(s, "”"), ".") {
		return s
	}
	return s + "."
}
