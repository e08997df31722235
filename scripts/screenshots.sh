#!/usr/bin/env bash
# screenshots.sh — run the real ./casefile window on a virtual display, open
# the demo case fresh (HOME is a temporary folder), visit every tab with
# Ctrl+1…7 and write docs/screenshots/{timeline,people,organizations,
# figures,sources,network,questions}.png. `make screenshots` builds first and installs Xvfb,
# xdotool and ImageMagick when they are missing.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${BIN:-./casefile}
OUT=${OUT:-docs/screenshots}
DISPLAY_NUM=${DISPLAY_NUM:-:99}
WIDTH=1280
HEIGHT=800

[[ -x "$BIN" ]] || { echo "screenshots: $BIN is missing; run make build first" >&2; exit 1; }
# shellcheck source=lib/window.sh
. scripts/lib/window.sh
need_tools screenshots Xvfb xdotool import
mkdir -p "$OUT"
make_scratch

start_xvfb screenshots "$DISPLAY_NUM" "${WIDTH}x${HEIGHT}"

# A fresh home: no preferences, no recent cases, so the demo case is
# imported anew and opened. Software OpenGL, a UTF-8 locale, and the light
# theme (the "system" choice follows FYNE_THEME) for the documentation.
scratch_home
export FYNE_THEME=${FYNE_THEME:-light}
"$BIN" >"$tmp/casefile.log" 2>&1 &
app_pid=$!

# Wait for the case window (its title ends in "— Casefile").
wid=""
for _ in $(seq 300); do
  wid=$(xdotool search --name ' — Casefile$' 2>/dev/null | head -n 1 || true)
  [[ -n "$wid" ]] && break
  kill -0 "$app_pid" 2>/dev/null || { echo "screenshots: casefile exited" >&2; cat "$tmp/casefile.log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$wid" ]] || { echo "screenshots: no case window appeared" >&2; cat "$tmp/casefile.log" >&2; exit 1; }

# Fill the screen (there is no window manager, so no decorations either).
xdotool windowmove "$wid" 0 0 windowsize "$wid" "$WIDTH" "$HEIGHT"
xdotool windowfocus "$wid" 2>/dev/null || true
sleep 2

shoot() { # key name
  xdotool mousemove 5 "$((HEIGHT - 5))"   # keep the pointer off the content
  xdotool key --clearmodifiers "$1"
  sleep 1.5
  import -window root "$OUT/$2.png"
  echo "wrote $OUT/$2.png"
}
shoot ctrl+1 timeline
shoot ctrl+2 people
shoot ctrl+3 organizations
shoot ctrl+4 figures
# Sources: open the analyst's summary (the second source by title), whose
# text carries the demo's highlighted quotes.
xdotool key --clearmodifiers ctrl+5
sleep 1
xdotool mousemove 200 230 click 1
sleep 1
shoot ctrl+5 sources
shoot ctrl+6 network
# Questions: the first question's matrix, with the keyboard's cursor on a cell.
shoot ctrl+7 questions

xdotool key --clearmodifiers ctrl+q
for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
  echo "screenshots: casefile did not quit on Ctrl+Q" >&2
fi
