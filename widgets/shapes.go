package widgets

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2/canvas"
)

// dashShape is a dot or bar with a dashed outline, which Fyne's vector
// primitives cannot draw: a raster that renders itself at whatever pixel
// size it is given, reusing its image.
type dashShape struct {
	r      *canvas.Raster
	round  bool
	stroke color.NRGBA
	fill   color.NRGBA
	img    *image.NRGBA
}

func newDashShape() *dashShape {
	d := &dashShape{}
	d.r = canvas.NewRaster(d.generate)
	return d
}

// set changes the look; hollow leaves the inside see-through,
// otherwise it is a light tint of the stroke colour.
func (d *dashShape) set(round bool, stroke color.Color, hollow bool, bg color.Color) {
	s := toNRGBA(stroke)
	f := color.NRGBA{} // hollow: see-through
	if !hollow {
		f = blendNRGBA(toNRGBA(bg), s, 0.35)
	}
	if d.round == round && d.stroke == s && d.fill == f {
		return
	}
	d.round, d.stroke, d.fill = round, s, f
	d.r.Refresh()
}

func toNRGBA(c color.Color) color.NRGBA {
	if c == nil {
		return color.NRGBA{}
	}
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

// blend mixes b into a by the fraction t.
func blendNRGBA(a, b color.NRGBA, t float64) color.NRGBA {
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return color.NRGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), max(a.A, b.A)}
}

func (d *dashShape) generate(w, h int) image.Image {
	if w <= 0 || h <= 0 {
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	}
	if d.img == nil || d.img.Rect.Dx() != w || d.img.Rect.Dy() != h {
		d.img = image.NewNRGBA(image.Rect(0, 0, w, h))
	}
	s := max(1, int(math.Round(float64(min(w, h))/7))) // stroke, in pixels
	dash := 3 * s
	clear(d.img.Pix)
	if d.round {
		s = max(2, int(math.Round(float64(min(w, h))/5)))
		cx, cy := float64(w)/2, float64(h)/2
		rad := math.Min(cx, cy)
		for y := range h {
			for x := range w {
				dx, dy := float64(x)+0.5-cx, float64(y)+0.5-cy
				dist := math.Hypot(dx, dy)
				switch {
				case dist > rad:
				case dist > rad-float64(s):
					a := math.Atan2(dy, dx) + math.Pi // 0..2π
					if int(a/(math.Pi/3))%2 == 0 {    // three dashes, three gaps
						d.img.SetNRGBA(x, y, d.stroke)
					} else {
						d.img.SetNRGBA(x, y, d.fill)
					}
				default:
					d.img.SetNRGBA(x, y, d.fill)
				}
			}
		}
		return d.img
	}
	for y := range h {
		for x := range w {
			edgeY := y < s || y >= h-s
			edgeX := x < s || x >= w-s
			switch {
			case edgeX:
				d.img.SetNRGBA(x, y, d.stroke)
			case edgeY && (x/dash)%2 == 0:
				d.img.SetNRGBA(x, y, d.stroke)
			default:
				d.img.SetNRGBA(x, y, d.fill)
			}
		}
	}
	return d.img
}
