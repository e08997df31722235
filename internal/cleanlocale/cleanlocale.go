// Package cleanlocale quiets Fyne's start-up complaint about C locales.
//
// Fyne reads the message language from LC_ALL, LC_MESSAGES or LANG when its
// lang package initializes, and logs "Error parsing user locale C" for the
// common "C.UTF-8" (the default of many containers and CI machines), on
// every run, command-line runs included. Importing this package from main
// (for its side effect) sets LC_MESSAGES=C in that case, which Fyne reads
// as "no preference" (English), before Fyne initializes: Go initializes
// packages in import-path order once their imports are ready, and
// casefile/... sorts before fyne.io/.... Only the message language is
// touched; LC_CTYPE, and with it text input, keeps the UTF-8 setting.
package cleanlocale

import (
	"os"
	"strings"
)

func init() { apply(os.Getenv, os.Setenv) }

// apply sets LC_MESSAGES=C when the message locale in effect is a C or
// POSIX locale with a charset suffix, such as "C.UTF-8".
func apply(getenv func(string) string, setenv func(string, string) error) {
	if getenv("LC_ALL") != "" {
		return // LC_ALL overrides LC_MESSAGES; leave the user's choice alone
	}
	loc := getenv("LC_MESSAGES")
	if loc == "" {
		loc = getenv("LANG")
	}
	if strings.HasPrefix(loc, "C.") || strings.HasPrefix(loc, "POSIX.") {
		_ = setenv("LC_MESSAGES", "C")
	}
}
