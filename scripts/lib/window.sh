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
# A server of an earlier run on the display may still be going away (a
# second try right after a first): it waits for that one's lock file to go
# first, and then for the lock to name the new server, so that the
# program is not started on the old one a moment before it closes. The
# server does not reset when its last client leaves (-noreset): the check
# itself is a client, and a program connecting while the server reset
# after it was refused ("Failed to open display").
start_xvfb() {
  local name=$1 display=$2 geometry=$3 lock=/tmp/.X${2#:}-lock
  for _ in $(seq 100); do [[ -e "$lock" ]] || break; sleep 0.1; done
  Xvfb "$display" -screen 0 "${geometry}x24" -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
  xvfb_pid=$!
  export DISPLAY=$display
  ours() { [[ -e "$lock" && "$(tr -d ' \n' 2>/dev/null <"$lock")" == "$xvfb_pid" ]] && xdotool getdisplaygeometry >/dev/null 2>&1; }
  for _ in $(seq 100); do ours && break; sleep 0.1; done
  kill -0 "$xvfb_pid" 2>/dev/null && ours ||
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

# ask_window STATS [PAUSE] asks the program ($app_pid, started with
# CASEFILE_MEMSTATS=STATS) where it is, by SIGUSR2, after PAUSE seconds
# (0.1) for the X server to hand over the last events, and waits up to
# 30 s for the answer in STATS.layout, which internal/perfprobe writes once
# the window has handled every event before the signal. The probe numbers
# its answers; the one waited for is the first numbered above what the
# file held before the signal. (A count kept in the script would fall
# behind when the function runs in a subshell, in $(…) or a pipeline, and
# an old answer would then pass for the new one.) Returns 1 when none came.
ask_window() {
  local file=$1.layout before
  sleep "${2:-0.1}"
  before=$(jq .seq "$file" 2>/dev/null || echo 0)
  kill -USR2 "$app_pid"
  for _ in $(seq 600); do
    (($(jq .seq "$file" 2>/dev/null || echo 0) > before)) && return 0
    sleep 0.05
  done
  return 1
}
