//go:build !unix

package perfprobe

// onSignals does nothing where there is no SIGUSR1: the probe then only
// times, and scripts/memcheck.sh (which needs Xvfb) does not run there.
func onSignals(report, layout func()) {}
