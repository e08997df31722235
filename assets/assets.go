// Package assets holds the files built into Casefile: the application icon
// and the demo case. It only embeds bytes; it imports nothing of ours.
package assets

import _ "embed" // for go:embed

//go:generate go run ./internal/gen

// DemoCase is the Ashraf-3 demo case as a Casefile JSON v1 document: the
// June 2023 police raid on an Iranian opposition camp in Albania, written
// for training from public press reports. It decodes with no errors and no
// warnings, and is byte for byte what the encoder writes for it.
//
//go:embed demo/ashraf3.casefile.json
var DemoCase []byte

// DemoName is the file name, without folder, under which the demo case is
// created in the user's data folder.
const DemoName = "Ashraf-3 demo.casefile"

// Icon is the application icon, a 256×256 PNG (drawn by internal/gen).
//
//go:embed icon.png
var Icon []byte
