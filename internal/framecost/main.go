// Command framecost measures what one frame of a Fyne window costs under
// the OpenGL driver it runs on (llvmpipe under Xvfb here): a window of
// 1366×768 showing N canvas objects of one kind, repainted every frame by
// an animation, prints the milliseconds a frame took over 100 frames.
// Fyne paints at most 60 frames a second, so 16.7 ms means "within a
// frame". Kinds: text, rect, circle, line, raster (unchanged objects),
// sametext (each text refreshed every frame, its words unchanged) and
// newtext (each text given new words every frame, so that Fyne makes a new
// texture for it). docs/BENCHMARKS.md gives the figures.
//
//	framecost KIND N
package main

import (
	"fmt"
	"image"
	"image/color"
	"os"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

const (
	warmUp   = 30  // frames before timing starts
	measured = 100 // frames timed
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: framecost text|rect|circle|line|raster|sametext|newtext N")
		os.Exit(2)
	}
	kind := os.Args[1]
	n, err := strconv.Atoi(os.Args[2])
	if err != nil || n < 0 {
		fmt.Fprintln(os.Stderr, "framecost: N is a number of objects")
		os.Exit(2)
	}
	a := app.New()
	w := a.NewWindow("framecost")
	c := container.NewWithoutLayout()
	var texts []*canvas.Text
	for i := 0; i < n; i++ {
		o, size := object(kind, i)
		if o == nil {
			fmt.Fprintf(os.Stderr, "framecost: no kind %q\n", kind)
			os.Exit(2)
		}
		if t, ok := o.(*canvas.Text); ok {
			texts = append(texts, t)
		}
		o.Resize(size)
		o.Move(fyne.NewPos(float32(i%20)*66, float32(i/20)*26))
		c.Add(o)
	}
	// A dot that changes colour every frame, so that every frame is painted.
	tick := canvas.NewRectangle(color.White)
	tick.Resize(fyne.NewSize(4, 4))
	tick.Move(fyne.NewPos(0, 740))
	c.Add(tick)
	w.SetContent(c)
	w.Resize(fyne.NewSize(1366, 768))
	frames := 0
	var start time.Time
	anim := fyne.NewAnimation(time.Hour, func(float32) {
		frames++
		switch frames {
		case warmUp:
			start = time.Now()
		case warmUp + measured:
			fmt.Printf("%s %d: %.1f ms a frame\n", kind, n, float64(time.Since(start).Microseconds())/measured/1000)
			a.Quit()
		}
		tick.FillColor = color.Gray{Y: uint8(255 * (frames % 2))}
		tick.Refresh()
		for i, t := range texts {
			switch kind {
			case "sametext":
				t.Refresh()
			case "newtext":
				t.Text = fmt.Sprintf("word %d %d", i, frames)
				t.Refresh()
			}
		}
	})
	anim.Start()
	w.ShowAndRun()
}

// object is the i-th object of a kind and its size, or nil for no kind.
func object(kind string, i int) (fyne.CanvasObject, fyne.Size) {
	switch kind {
	case "text", "sametext", "newtext":
		return canvas.NewText(fmt.Sprintf("word %d", i), color.Black), fyne.NewSize(60, 14)
	case "rect":
		return canvas.NewRectangle(color.NRGBA{R: 200, G: 100, B: 50, A: 255}), fyne.NewSize(60, 14)
	case "circle":
		return canvas.NewCircle(color.NRGBA{R: 50, G: 100, B: 200, A: 255}), fyne.NewSize(14, 14)
	case "line":
		return canvas.NewLine(color.Black), fyne.NewSize(60, 14)
	case "raster":
		return canvas.NewRaster(func(w, h int) image.Image {
			img := image.NewNRGBA(image.Rect(0, 0, w, h))
			for i := range img.Pix {
				img.Pix[i] = 128
			}
			return img
		}), fyne.NewSize(60, 3)
	}
	return nil, fyne.Size{}
}
