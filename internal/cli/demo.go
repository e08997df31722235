package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/assets"
)

// dataDir returns Casefile's folder for the user's data:
// $XDG_DATA_HOME/Casefile, else ~/.local/share/Casefile; on macOS and
// Windows, Casefile under the user's configuration folder (Application
// Support, AppData\Roaming).
func dataDir() (string, error) {
	if runtime.GOOS != "darwin" && runtime.GOOS != "windows" {
		if x := os.Getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
			return filepath.Join(x, "Casefile"), nil
		}
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("finding the home folder: %w", err)
		}
		return filepath.Join(home, ".local", "share", "Casefile"), nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("finding the user's configuration folder: %w", err)
	}
	return filepath.Join(dir, "Casefile"), nil
}

// demoPath returns the path of the demo case in the user's data folder,
// creating it from the embedded Casefile JSON the first time.
func demoPath(opener app.Opener) (string, error) {
	dir, err := dataDir()
	if err != nil {
		return "", app.Internal(err, "Casefile cannot find a folder for its data.")
	}
	path := filepath.Join(dir, assets.DemoName)
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", app.Internal(err, "Casefile cannot create its data folder %s.", dir)
	}
	data, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil { // a build with a broken demo; the tests prevent it
		return "", app.Internal(err, "The demo case built into Casefile cannot be read.")
	}
	store, err := opener.Create(path, data, false)
	if err != nil {
		var ae *app.Error
		if errors.As(err, &ae) && ae.Code == app.ECONFLICT {
			if _, serr := os.Stat(path); serr == nil {
				return path, nil // created meanwhile by another Casefile
			}
		}
		return "", err
	}
	if err := store.Close(); err != nil {
		return "", app.Internal(err, "The demo case could not be closed after it was created.")
	}
	return path, nil
}
