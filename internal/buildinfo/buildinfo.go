// Package buildinfo says which Casefile this is: the version, the commit it
// was built from and when that commit was made. `make build` and `make dist`
// set them with the linker:
//
//	-ldflags "-X casefile/internal/buildinfo.version=0.1.0
//	          -X casefile/internal/buildinfo.commit=7f5d859…
//	          -X casefile/internal/buildinfo.date=2026-12-02T13:53:03Z"
//
// A plain `go build` leaves them empty; Get then takes the commit and its
// time from what the Go toolchain records about the module's version control.
package buildinfo

import (
	"runtime/debug"
	"strings"
	"time"
)

// Set by the linker (-X); empty in a plain go build.
var (
	version string
	commit  string
	date    string
)

// Info is what --version and Help ▸ About show.
type Info struct {
	// Version is the release ("0.1.0", or "0.1.0-dev+7f5d859" between
	// releases); "dev" when nothing set it.
	Version string
	// Commit is the full commit id, "" when unknown; it ends in "-dirty"
	// when the work tree had changes.
	Commit string
	// Date is the commit's time in UTC, RFC 3339, "" when unknown. It is the
	// commit's, not the moment of the build, so that a build can be repeated
	// byte for byte.
	Date string
}

// Get returns this program's build information.
func Get() Info {
	return from(version, commit, date, debug.ReadBuildInfo)
}

// from fills the gaps in what the linker set from the toolchain's record.
func from(v, c, d string, read func() (*debug.BuildInfo, bool)) Info {
	info := Info{Version: v, Commit: c, Date: d}
	if info.Commit == "" || info.Date == "" {
		if bi, ok := read(); ok {
			var rev, at string
			dirty := false
			for _, s := range bi.Settings {
				switch s.Key {
				case "vcs.revision":
					rev = s.Value
				case "vcs.time":
					at = s.Value
				case "vcs.modified":
					dirty = s.Value == "true"
				}
			}
			if info.Commit == "" && rev != "" {
				info.Commit = rev
				if dirty {
					info.Commit += "-dirty"
				}
			}
			if info.Date == "" {
				info.Date = at
			}
		}
	}
	if info.Version == "" {
		info.Version = "dev"
	}
	if t, err := time.Parse(time.RFC3339, info.Date); err == nil {
		info.Date = t.UTC().Format(time.RFC3339)
	}
	return info
}

// ShortCommit is the commit's first 12 characters (and "-dirty").
func (i Info) ShortCommit() string {
	c, dirty := strings.CutSuffix(i.Commit, "-dirty")
	if len(c) > 12 {
		c = c[:12]
	}
	if dirty {
		c += "-dirty"
	}
	return c
}

// String is the one-line form: "0.1.0 (commit 7f5d859a1b2c, 2026-12-02)",
// with the parts that are known.
func (i Info) String() string {
	var extra []string
	if c := i.ShortCommit(); c != "" {
		extra = append(extra, "commit "+c)
	}
	if i.Date != "" {
		day, _, _ := strings.Cut(i.Date, "T")
		extra = append(extra, day)
	}
	if len(extra) == 0 {
		return i.Version
	}
	return i.Version + " (" + strings.Join(extra, ", ") + ")"
}
