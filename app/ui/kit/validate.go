package kit

import (
	"strings"

	"casefile/app"
)

// RequiredText validates a required text in a dialog ("Enter the event's
// title."): what names it.
func RequiredText(what string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return app.FieldError("", "Enter the %s.", what)
		}
		return nil
	}
}
