// Command gen regenerates the files embedded by package assets. Run it with
// `go generate ./assets` from the repository root. It draws icon.png and
// rewrites demo/ashraf3.casefile.json in the canonical form the exchange
// encoder writes (anchoring every quote, so that start and end are right),
// refusing to write a demo case that has any error or warning.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"

	"casefile/app/exchange"
)

func main() {
	icon := flag.String("icon", "icon.png", "where to write the icon (empty: skip)")
	demo := flag.String("demo", "demo/ashraf3.casefile.json", "demo case to normalize in place (empty: skip)")
	flag.Parse()
	if *icon != "" {
		if err := writeIcon(*icon); err != nil {
			fail(err)
		}
	}
	if *demo != "" {
		if err := normalizeDemo(*demo); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}

func normalizeDemo(path string) error {
	in, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	d, warnings, err := exchange.Decode(bytes.NewReader(in))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if len(warnings) > 0 {
		return fmt.Errorf("%s: %d warnings, the first: %s", path, len(warnings), warnings[0])
	}
	var out bytes.Buffer
	if err := exchange.Encode(&out, d); err != nil {
		return err
	}
	if bytes.Equal(in, out.Bytes()) {
		return nil
	}
	return os.WriteFile(path, out.Bytes(), 0o644)
}

// The icon: a case folder (dark blue, with a tab) holding a timeline (a
// white line with three dots, the middle one a key event in amber) and,
// below it, the spread of a disputed figure (three bars of different
// lengths). It is drawn at four times the size and scaled down, which
// smooths the edges.
const (
	size  = 256
	scale = 4
)

var (
	folder    = color.NRGBA{0x1f, 0x3a, 0x5f, 0xff}
	folderTab = color.NRGBA{0x2e, 0x5a, 0x8c, 0xff}
	paper     = color.NRGBA{0xf4, 0xf1, 0xea, 0xff}
	ink       = color.NRGBA{0x1f, 0x3a, 0x5f, 0xff}
	amber     = color.NRGBA{0xe0, 0x8e, 0x0b, 0xff}
	muted     = color.NRGBA{0x8a, 0x9b, 0xb0, 0xff}
)

type shape func(x, y float64) bool

func roundRect(x0, y0, x1, y1, r float64) shape {
	return func(x, y float64) bool {
		if x < x0 || x > x1 || y < y0 || y > y1 {
			return false
		}
		cx := math.Max(x0+r, math.Min(x, x1-r))
		cy := math.Max(y0+r, math.Min(y, y1-r))
		return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
	}
}

func circle(cx, cy, r float64) shape {
	return func(x, y float64) bool { return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r }
}

func drawIcon() *image.NRGBA {
	layers := []struct {
		s shape
		c color.NRGBA
	}{
		{roundRect(24, 36, 120, 80, 12), folderTab},
		{roundRect(16, 56, 240, 228, 20), folder},
		{roundRect(36, 76, 220, 208, 10), paper},
		// timeline
		{roundRect(52, 110, 204, 116, 3), ink},
		{circle(76, 113, 10), ink},
		{circle(128, 113, 14), amber},
		{circle(180, 113, 10), ink},
		// a disputed figure: claims of different sizes
		{roundRect(52, 142, 196, 154, 6), muted},
		{roundRect(52, 162, 150, 174, 6), amber},
		{roundRect(52, 182, 110, 194, 6), ink},
	}
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < scale; sy++ {
				for sx := 0; sx < scale; sx++ {
					x := float64(px) + (float64(sx)+0.5)/scale
					y := float64(py) + (float64(sy)+0.5)/scale
					var c color.NRGBA
					for _, l := range layers {
						if l.s(x, y) {
							c = l.c
						}
					}
					fa := float64(c.A) / 255
					r += float64(c.R) * fa
					g += float64(c.G) * fa
					b += float64(c.B) * fa
					a += fa
				}
			}
			n := float64(scale * scale)
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / a)), G: uint8(math.Round(g / a)), B: uint8(math.Round(b / a)),
				A: uint8(math.Round(a / n * 255)),
			})
		}
	}
	return img
}

func writeIcon(path string) error {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, drawIcon()); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
