package anchor_test

import (
	"fmt"

	"casefile/app"
	"casefile/app/anchor"
)

// The domain's app.Quote and anchor.Quote have the same fields, so a plain
// conversion goes between them.
func ExampleReanchor() {
	old := "The ministry said 312 people were injured. Doctors said some 100."
	q := app.Quote(anchor.Capture(old, 18, 41)) // "312 people were injured"

	edited := "UPDATED: The ministry said 313 people were injured. Doctors said some 100."
	r := anchor.Reanchor(old, edited, []anchor.Quote{anchor.Quote(q)})[0]
	fmt.Println(r.Method, r.Start, r.End, string([]rune(edited)[r.Start:r.End]))

	gone := "The ministry declined to comment."
	fmt.Println(anchor.Locate(gone, anchor.Quote(q)).Method)
	// Output:
	// fuzzy 27 50 313 people were injured
	// orphaned
}
