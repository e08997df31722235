// Command casegen writes casegen's large case (the benchmark case: 10,000
// events) as Casefile JSON to standard output, for scripts that import it
// with `casefile import` (scripts/memcheck.sh).
package main

import (
	"bufio"
	"fmt"
	"os"

	"casefile/app/exchange"
	"casefile/internal/casegen"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	if err := exchange.Encode(w, casegen.Large()); err != nil {
		fmt.Fprintf(os.Stderr, "casegen: the case could not be written: %v\n", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "casegen: the case could not be written: %v\n", err)
		os.Exit(1)
	}
}
