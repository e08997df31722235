// Command probe prints its build information; TestLinkerFlags builds it with
// the linker flags the Makefile passes.
package main

import (
	"fmt"

	"casefile/internal/buildinfo"
)

func main() { fmt.Print(buildinfo.Get()) }
