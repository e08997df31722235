# window.sh — what the scripts that drive the real window under Xvfb share
# (keyboard-tasks.sh, memcheck.sh, screenshots.sh): checking the tools,
# a scratch folder cleaned up on exit with the program and Xvfb stopped,
# starting Xvfb and waiting until it answers, and a scratch home so that
# the window's preferences never touch the user's. Source it after
# `set -euo pipefail`; each function takes the calling script's name for
# its messages.

# need_tools NAME TOOL... exits 2 when a tool is missing.
need_tools() {
  local name=$1 tool
  shift
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$name: $tool is missing (make deps-test; jq: apt-get install jq)" >&2; exit 2; }
  done
}

# make_scratch sets tmp to a new folder, removed on exit after the
# program ($app_pid) and Xvfb ($xvfb_pid) are stopped.
make_scratch() {
  tmp=$(mktemp -d)
  xvfb_pid=""
  app_pid=""
  trap window_cleanup EXIT
}

window_cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}

# start_xvfb NAME DISPLAY WIDTHxHEIGHT starts Xvfb, exports DISPLAY and
# waits (up to 10 s) until the server answers; exits 2 when it does not.
start_xvfb() {
  local name=$1 display=$2 geometry=$3
  Xvfb "$display" -screen 0 "${geometry}x24" -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
  xvfb_pid=$!
  export DISPLAY=$display
  for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
  kill -0 "$xvfb_pid" 2>/dev/null && xdotool getdisplaygeometry >/dev/null 2>&1 ||
    { echo "$name: Xvfb did not start on $display (another one running there?)" >&2; cat "$tmp/xvfb.log" >&2; exit 2; }
}

# scratch_home gives the program a home of its own under $tmp (its
# preferences, recent cases and Documents folder), a UTF-8 locale and
# software GL.
scratch_home() {
  export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
  export LANG=C.UTF-8 LC_ALL=C.UTF-8 LIBGL_ALWAYS_SOFTWARE=1
  mkdir -p "$HOME/Documents"
}
