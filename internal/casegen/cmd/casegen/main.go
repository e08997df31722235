// Command casegen writes casegen's large case (the benchmark case: 10,000
// events) as Casefile JSON to standard output, for scripts that import it
// with `casefile import` (scripts/memcheck.sh). With -source-text N each
// of its 200 sources has about N bytes of text instead of 20 KB: memcheck's
// huge case, whose sources are long documents.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"casefile/app/exchange"
	"casefile/internal/casegen"
)

func main() {
	cfg := casegen.LargeConfig
	flag.IntVar(&cfg.SourceTextBytes, "source-text", cfg.SourceTextBytes, "about this many bytes of text in each source")
	flag.Parse()
	if cfg.SourceTextBytes < 0 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: casegen [-source-text BYTES] > case.json")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := exchange.Encode(w, casegen.Generate(cfg)); err != nil {
		fmt.Fprintf(os.Stderr, "casegen: the case could not be written: %v\n", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "casegen: the case could not be written: %v\n", err)
		os.Exit(1)
	}
}
