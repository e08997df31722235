#!/usr/bin/env bash
# keyboard-tasks.sh — the core tasks of the user guide by keyboard alone, in
# the real window (issue 16). Builds ./casefile, imports the demo case into
# a temporary folder, starts the window under Xvfb at 1366x768 and drives it
# with `xdotool key` and `xdotool type` only (no pointer): a new event with
# a fuzzy date, a person with an alias and a relation, a claim on a
# disputed figure, a new event from a phrase selected in a source's text
# with Shift+arrows and the action bar reached by Tab, undo and redo,
# search, the PDF briefing; then Ctrl+Q, and a second start to see the case
# reopen. Each result is checked in the case file with `casefile export
# --json` (and pdftotext for the briefing). Nothing waits a fixed time for
# the window: the probe (internal/perfprobe, CASEFILE_MEMSTATS) answers
# SIGUSR2 once the window has handled every key so far, with the title, the
# tab, the open dialogs and the focused widget, and Tab is pressed until the
# focus is where a task needs it. `make keycheck` runs it; KEEP=DIR keeps
# a screenshot of each step there.
set -euo pipefail

cd "$(dirname "$0")/.."
DISPLAY_NUM=${DISPLAY_NUM:-:96}
KEEP=${KEEP:-}
GOFLAGS=-tags=$(./scripts/buildinfo.sh tags)
export GOFLAGS

# shellcheck source=lib/window.sh
. scripts/lib/window.sh
need_tools keycheck Xvfb xdotool jq pdftotext
make_scratch

if [[ -n "${BIN:-}" ]]; then cp "$BIN" "$tmp/casefile"; else go build -o "$tmp/casefile" .; fi
bin=$tmp/casefile
case=$tmp/case.casefile
"$bin" import assets/demo/ashraf3.casefile.json -o "$case" >/dev/null

start_xvfb keycheck "$DISPLAY_NUM" 1366x768
scratch_home
export FYNE_THEME=light
stats=$tmp/stats.jsonl
export CASEFILE_MEMSTATS=$stats

# fail prints the step that failed, the window's last answer, a screenshot
# (with KEEP) and the program's panic or its last lines, and exits.
fail() {
  echo "keycheck: FAILED: $*" >&2
  [[ -s "$tmp/state" ]] && echo "keycheck: the window's last answer: $(cat "$tmp/state")" >&2
  shot failed
  [[ -n "$app_pid" ]] && { grep -m1 -A12 -E "^(panic|fatal error)" "$tmp/app.log" || tail -20 "$tmp/app.log"; } >&2
  exit 1
}
pass() { echo "keycheck: ok: $*"; }

# state asks the window where it is and prints the case window's line of
# the probe's answer (also kept in $tmp/state for a failure's message).
state() {
  ask_window "$stats" || fail "the window did not answer"
  jq -c '[.windows[] | select(.title | endswith(" — Casefile"))][0] // {}' "$stats.layout" | tee "$tmp/state"
}
key() { xdotool key --clearmodifiers "$@"; state >/dev/null; }
typ() { xdotool type --delay 15 "$1"; state >/dev/null; }
shot() { [[ -z "$KEEP" ]] || { mkdir -p "$KEEP"; import -window root "$KEEP/$1.png"; }; }

# is JQ: the window's state satisfies the jq condition.
is() { state | jq -e "$1" >/dev/null; }

# becomes JQ: the window's state satisfies the jq condition within about
# five seconds (for what a key starts and the window finishes later, such
# as a dialog closing and another tab coming to the front).
becomes() {
  for _ in $(seq 25); do is "$1" && return 0; sleep 0.1; done
  return 1
}

# tab_to TEXT: presses Tab until the focused widget shows TEXT (a button's
# label, an entry's placeholder) or is of type TEXT.
tab_to() {
  local s=""
  for _ in $(seq 80); do
    xdotool key --clearmodifiers Tab
    s=$(state)
    jq -e --arg t "$1" '.focused.text == $t or .focused.placeholder == $t or .focused.type == $t' <<<"$s" >/dev/null && return 0
  done
  fail "Tab never reached “$1” (the focus is at $s)"
}

# until_case JQ WHAT: waits until the case file, read by the command line,
# satisfies JQ (the window saves a field when the typing pauses).
until_case() {
  for _ in $(seq 100); do
    "$bin" export "$case" --json - 2>/dev/null | jq -e "$1" >/dev/null && { pass "$2"; return 0; }
    sleep 0.1
  done
  fail "$2: the case file does not show it"
}

# start opens the case in the window and waits for it (by its title: the
# probe's signal handler is not installed before the window exists).
start() {
  "$bin" "$case" >>"$tmp/app.log" 2>&1 &
  app_pid=$!
  rm -f "$stats.layout"
  local wid=""
  for _ in $(seq 600); do
    wid=$(xdotool search --name ' — Casefile$' 2>/dev/null | head -n 1 || true)
    [[ -n "$wid" ]] && break
    kill -0 "$app_pid" 2>/dev/null || fail "casefile exited"
    sleep 0.1
  done
  [[ -n "$wid" ]] || fail "no case window appeared"
  xdotool windowmove "$wid" 0 0 windowsize "$wid" 1366 768
  xdotool windowfocus "$wid" 2>/dev/null || true
  state >/dev/null
}

start
shot 00-start

# 1. A new event with a fuzzy date.
key ctrl+1
tab_to "Add event"
key space
is '.dialogs == 1 and .focused.placeholder == "What happened"' || fail "New event does not open in its title"
typ "Hearing typed by keyboard"
key Tab
typ "early 1980s"
shot 01-new-event
key Return
is '.dialogs == 0' || fail "Enter did not add the event"
until_case '.events[] | select(.title == "Hearing typed by keyboard" and .date == "1980/1983" and .date_text == "early 1980s")' \
  "new event “early 1980s” is 1980/1983"

# 2. A person with an alias and a relation.
key ctrl+2
tab_to "Add person"
key space
typ "Keyboard Tester"
key Return
tab_to "Add alias"
key space
typ "K. Tester"
tab_to "Add relation…"
key space
is '.dialogs == 1' || fail "Add relation… opened no picker"
typ "Mujahedin"
key Return
is '.focused.placeholder | test("member of")' || fail "the picker did not go on to the relation's kind"
typ "member of"
shot 02-relation
key Return
is '.dialogs == 0' || fail "Enter did not save the relation"
until_case '(.people[] | select(.name == "Keyboard Tester") | .aliases[0].name == "K. Tester") and
  ([.people[] | select(.name == "Keyboard Tester") | .id] as $p | [.relations[] | select(.from == $p[0] and .to == "o-mek" and .kind == "member of")] | length == 1)' \
  "person with the alias K. Tester, member of the MEK"

# 3. A claim on a disputed figure (the first in the list: People injured in the raid).
key ctrl+4
tab_to "Add claim…"
key space
typ "summary of press"
key Return
is '.focused.placeholder | test("what the source said")' || fail "the new claim's phrase does not have the focus"
typ "some 1,200"
key Tab
shot 03-claim
until_case '.figures[] | select(.id == "f-injured") | .claims[] | select(.source == "src-summary" and .text == "some 1,200" and .low == 1200 and .qualifier == "approximate")' \
  "claim “some 1,200” from the analyst's summary on People injured"

# 4. A new event from a phrase selected with the keyboard.
key ctrl+5
tab_to "Filter sources…"
typ "summary of press"
tab_to "*widget.List"
key space
tab_to "*widgets.AnnotatedText"
key ctrl+Home
for _ in 1 2 3 4; do xdotool key --clearmodifiers ctrl+shift+Right; done
key Tab
is '.focused.text == "New event"' || fail "Tab from the selection does not reach the action bar"
shot 04-selection
key space
is '.dialogs == 1 and .focused.text == "Summary of press coverage"' || fail "New event from the selection is not filled in"
key Return
until_case '.events[] | select(.title == "Summary of press coverage" and .date == "2023-06-21") | .citations[0] |
  .source == "src-summary" and .quote.exact == "Summary of press coverage"' \
  "event from the selected phrase, dated 21 June 2023, quoting it"

# 5. Undo takes the event and its quote away in one step; Redo brings them back.
key ctrl+z
until_case '[.events[] | select(.title == "Summary of press coverage")] | length == 0' "Undo removed the event from the phrase"
key ctrl+shift+z
until_case '[.events[] | select(.title == "Summary of press coverage" and (.citations | length) == 1)] | length == 1' \
  "Redo brought it back with its quote"

# 6. Search finds the person by the alias and Enter opens it.
key ctrl+f
is '.dialogs == 1 and (.focused.placeholder | startswith("Find"))' || fail "Ctrl+F opened no search"
typ "K. Tester"
state >/dev/null
key Return
becomes '.dialogs == 0 and .tab == "People"' || fail "Enter in Find did not open the person"
shot 06-search
pass "Find “K. Tester” opened People"

# 7. The PDF briefing.
key ctrl+p
is '.dialogs == 1' || fail "Ctrl+P opened no briefing dialog"
key Return
is '.focused.text | endswith(".pdf")' || fail "the save dialog does not offer a file name"
key ctrl+a
typ "keyboard-briefing.pdf"
key Return
pdf=$HOME/Documents/keyboard-briefing.pdf
for _ in $(seq 300); do [[ -s "$pdf" ]] && is '.dialogs == 1' && break; sleep 0.1; done
[[ -s "$pdf" ]] || fail "the briefing was not written"
shot 07-written
key Escape
is '.dialogs == 0' || fail "Escape did not close the written-file dialog"
pdftotext "$pdf" - | tr -s ' \n' ' ' | grep -q "Hearing typed by keyboard" || fail "the briefing does not list the new event"
pass "briefing written, and pdftotext finds the new event"

# 8. Quit with Ctrl+Q; the case reopens.
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then fail "Ctrl+Q did not quit"; fi
wait "$app_pid" || true
app_pid=""
pass "Ctrl+Q quit"
start
is '.title == "Ashraf-3 camp raid, Albania (June 2023) — Casefile"' || fail "the case did not reopen"
shot 08-reopened
until_case '[.events[] | select(.title == "Hearing typed by keyboard")] | length == 1' "reopened with the new event"
xdotool key --clearmodifiers ctrl+q
wait "$app_pid" || true
app_pid=""
echo "keycheck: all tasks done by keyboard"
