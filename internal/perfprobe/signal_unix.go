//go:build unix

package perfprobe

import (
	"os"
	"os/signal"
	"syscall"
)

// onSignals runs report on every SIGUSR1 and layout on every SIGUSR2.
func onSignals(report, layout func()) {
	c := make(chan os.Signal, 4)
	signal.Notify(c, syscall.SIGUSR1, syscall.SIGUSR2)
	go func() {
		for s := range c {
			if s == syscall.SIGUSR1 {
				report()
			} else {
				layout()
			}
		}
	}()
}
