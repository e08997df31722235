package atomicfile

import (
	"crypto/rand"
	"encoding/hex"
)

// randomSuffix is eight random hex digits for a temporary file's name.
func randomSuffix() string {
	var b [4]byte
	_, _ = rand.Read(b[:]) // never fails on the systems Go supports
	return hex.EncodeToString(b[:])
}
