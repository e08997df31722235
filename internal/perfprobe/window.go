package perfprobe

import (
	"reflect"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// watchWindow waits for the app's window and instruments what it shows,
// again whenever the window's content is replaced (another case opened).
func (p *probe) watchWindow() {
	time.Sleep(300 * time.Millisecond) // fyne.CurrentApp logs while there is none
	for fyne.CurrentApp() == nil {
		time.Sleep(300 * time.Millisecond)
	}
	var last uintptr // the instrumented content, as a number: not kept alive
	for {
		var shown bool
		fyne.DoAndWait(func() {
			for _, w := range fyne.CurrentApp().Driver().AllWindows() {
				c := w.Content()
				if c == nil {
					continue
				}
				if id := reflect.ValueOf(c).Pointer(); id != last && p.instrument(c) {
					last = id
					shown = true
				}
			}
		})
		if shown {
			p.afterFrame(p.start, func(d time.Duration) {
				if p.shown == 0 {
					p.shown = d
				}
			})
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// afterFrame calls record with the time since start once the frame being
// prepared has been drawn: Fyne's loop runs queued functions only between
// frames, so a function queued while handling an event runs after the
// frame that shows the event's effect.
func (p *probe) afterFrame(start time.Time, record func(time.Duration)) {
	fyne.Do(func() {
		d := time.Since(start)
		p.mu.Lock()
		defer p.mu.Unlock()
		record(d)
	})
}

// instrument wraps the handlers of the tabs, lists and list filters under
// o and reports whether it found tabs and a list with rows in them.
func (p *probe) instrument(o fyne.CanvasObject) bool {
	var tabs []*container.AppTabs
	var lists []*widget.List
	var filters []*widget.Entry
	walk(o, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *container.AppTabs:
			tabs = append(tabs, w)
		case *widget.List:
			lists = append(lists, w)
		case *widget.Entry:
			if strings.HasPrefix(w.PlaceHolder, "Filter") {
				filters = append(filters, w)
			}
		}
	})
	filled := false
	for _, l := range lists {
		if l.Length != nil && l.Length() > 0 {
			filled = true
		}
	}
	if len(tabs) == 0 || !filled {
		return false
	}
	for _, t := range tabs {
		p.timeTabs(t)
	}
	for _, l := range lists {
		p.timeList(l)
	}
	for _, e := range filters {
		p.timeFilter(e)
	}
	return true
}

// layer is a widget laid over one object it shows, such as the wheel layer
// (kit.Wheel) around every list and form: the walk goes on into the object.
type layer interface {
	Target() fyne.CanvasObject
}

// walk visits o and the objects the window's containers hold.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) { walkIn(o, false, visit) }

// walkShown visits what is on screen: the selected tab, no hidden object.
func walkShown(o fyne.CanvasObject, visit func(fyne.CanvasObject)) { walkIn(o, true, visit) }

func walkIn(o fyne.CanvasObject, shown bool, visit func(fyne.CanvasObject)) {
	if o == nil || reflect.ValueOf(o).IsNil() || shown && !o.Visible() {
		return
	}
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, k := range c.Objects {
			walkIn(k, shown, visit)
		}
	case *container.AppTabs:
		for _, it := range c.Items {
			if !shown || it == c.Selected() {
				walkIn(it.Content, shown, visit)
			}
		}
	case *container.Split:
		walkIn(c.Leading, shown, visit)
		walkIn(c.Trailing, shown, visit)
	case *container.Scroll:
		walkIn(c.Content, shown, visit)
	case *container.ThemeOverride:
		walkIn(c.Content, shown, visit)
	case layer:
		walkIn(c.Target(), shown, visit)
	}
}

func (p *probe) timeTabs(t *container.AppTabs) {
	prev := t.OnSelected
	if cur := t.Selected(); cur != nil {
		p.mu.Lock()
		p.visited[cur.Text] = true
		p.tab = cur.Text
		p.mu.Unlock()
	}
	t.OnSelected = func(it *container.TabItem) {
		start := time.Now()
		p.mu.Lock()
		p.tab = it.Text
		p.mu.Unlock()
		if prev != nil {
			prev(it)
		}
		p.afterFrame(start, func(d time.Duration) {
			if p.visited[it.Text] {
				p.againBy[it.Text] = append(p.againBy[it.Text], ms(d))
				return
			}
			p.visited[it.Text] = true
			p.first[it.Text] = ms(d)
		})
	}
}

func (p *probe) timeList(l *widget.List) {
	prev := l.OnSelected
	if prev == nil {
		return
	}
	l.OnSelected = func(id widget.ListItemID) {
		start := time.Now()
		p.mu.Lock()
		tab := p.tab
		p.mu.Unlock()
		prev(id)
		p.afterFrame(start, func(d time.Duration) { p.rowsBy[tab] = append(p.rowsBy[tab], ms(d)) })
	}
}

func (p *probe) timeFilter(e *widget.Entry) {
	prev := e.OnChanged
	if prev == nil {
		return
	}
	e.OnChanged = func(s string) {
		start := time.Now()
		prev(s)
		handled := time.Since(start)
		p.mu.Lock()
		p.keys = append(p.keys, ms(handled))
		p.mu.Unlock()
		p.afterFrame(start, func(d time.Duration) { p.frames = append(p.frames, ms(d)) })
	}
}
