// Package filename turns a case title into a file name that every system
// the analysts use accepts: no character Windows forbids (< > : " / \ | ? *),
// no control or invisible formatting characters, none of Windows' reserved
// device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any extension), no
// leading or trailing dot or space, and short enough to leave room for the
// folder in Windows' 260-character paths. The save dialogs suggest it.
package filename

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxBase is the longest base name Name makes, in bytes of UTF-8 (so also at
// most that many UTF-16 units, which is how Windows counts).
const MaxBase = 100

// Fallback is the base name for a title with nothing usable in it.
const Fallback = "case"

// Name is a safe file name for a case titled title, ending in ext (such as
// ".pdf"; ext is appended as given and should be short ASCII).
func Name(title, ext string) string {
	return Base(title) + ext
}

// Base is the safe base name for title, without an extension.
func Base(title string) string {
	s := norm.NFC.String(clean(title))
	s = trimEnds(s)
	s = shorten(s, MaxBase)
	s = trimEnds(s)
	if s == "" {
		return Fallback
	}
	if Reserved(s) {
		s += "_"
	}
	return s
}

// clean replaces the characters Windows forbids (a colon or bar with a
// dash between spaces, a slash with a dash, a double quote with a single
// one; < > ? * with nothing or a space), drops control, formatting and
// private-use characters, and turns every run of white space into one space.
func clean(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ':' || r == '|':
			b.WriteString(" - ")
		case r == '/' || r == '\\':
			b.WriteByte('-')
		case r == '"':
			b.WriteByte('\'')
		case r == '<' || r == '>':
			b.WriteByte(' ')
		case r == '?' || r == '*' || r == utf8.RuneError:
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Co, unicode.Cs, unicode.Zl, unicode.Zp):
		case !unicode.IsPrint(r) && !unicode.IsMark(r):
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// trimEnds removes dots, spaces and dashes left at either end (Windows drops
// a trailing dot or space, and a leading dot hides a file elsewhere).
func trimEnds(s string) string {
	return strings.Trim(s, ". -_")
}

// shorten cuts s to at most max bytes, at a space when one is near the end,
// never inside a character or before a combining mark.
func shorten(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	for cut > 0 {
		r, _ := utf8.DecodeRuneInString(s[cut:])
		if !unicode.IsMark(r) && r != '\u200d' {
			break
		}
		cut--
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut*2/3 {
		cut = sp
	}
	return s[:cut]
}

// reservedNames are Windows' device names, reserved with any extension.
var reservedNames = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true,
}

// Reserved reports whether Windows reserves name (with or without an
// extension) for a device: CON, PRN, AUX, NUL, COM0–9 and LPT0–9 (also with
// the superscript digits ¹ ² ³), in any case, with trailing spaces ignored.
func Reserved(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	stem = strings.ToUpper(strings.TrimRight(stem, " "))
	if reservedNames[stem] {
		return true
	}
	for _, p := range []string{"COM", "LPT"} {
		if rest, ok := strings.CutPrefix(stem, p); ok {
			if len(rest) == 1 && rest[0] >= '0' && rest[0] <= '9' || rest == "¹" || rest == "²" || rest == "³" {
				return true
			}
		}
	}
	return false
}

// Problem says what makes name unsafe as a file name, or "" when it is
// safe: the rules Name keeps.
func Problem(name string) string {
	switch {
	case name == "":
		return "the name is empty"
	case !utf8.ValidString(name):
		return "the name is not valid UTF-8"
	case len(name) > 255:
		return "the name is longer than 255 bytes"
	case strings.ContainsAny(name, `<>:"/\|?*`):
		return `the name holds a character Windows forbids (< > : " / \ | ? *)`
	case strings.IndexFunc(name, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }) >= 0:
		return "the name holds a control or formatting character"
	case strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") || strings.HasPrefix(name, " "):
		return "the name begins with a space or ends with a dot or space"
	case strings.HasPrefix(name, "."):
		return "the name begins with a dot"
	case Reserved(name):
		return "Windows reserves the name for a device"
	}
	return ""
}
