#!/usr/bin/env bash
# dist-check.sh — prove dist/'s artefacts work, with no network:
#   Windows (under Wine in a fresh prefix, the window under Xvfb): the zip's
#   casefile.exe prints its version, imports the demo case into a folder with
#   non-ASCII letters and one with spaces, checks it, exports a PDF identical
#   to the Linux build's, refuses a second writer on a file open in the
#   window, and opens the window on a file named on the command line (a
#   screenshot goes to dist/check/window.png); the MSI installs per user,
#   registers .casefile and the Start-menu entry, and uninstalls cleanly.
#   Linux: the tarball installs into a temporary prefix and its binary works
#   on the demo case from a fresh folder; the .desktop entry, AppStream
#   metadata and MIME type validate.
# Prints a table of what it checked; exits 1 if anything failed.
# `dist-check.sh linux` checks only the Linux tarball (the Windows checks
# compare with its output, so they always run it first).
#
# Only the Wine TEST prefix gets a stand-in bcryptprimitives.dll (Go's
# runtime needs its ProcessPrng, which Wine 8 lacks; every supported Windows
# has it). Nothing shipped contains it.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
./scripts/ensure-debs.sh wine wine64 gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 xvfb xauth xdotool \
  imagemagick desktop-file-utils appstream shared-mime-info poppler-utils >&2 || exit 1

version=$(./scripts/buildinfo.sh version)
zip="$root/dist/casefile-$version-windows-amd64.zip"
msi="$root/dist/casefile-$version-windows-amd64.msi"
tarball="$root/dist/casefile-$version-linux-amd64.tar.xz"
parts=${*:-windows linux}
need=("$tarball"); [[ "$parts" == *windows* ]] && need+=("$zip" "$msi")
for f in "${need[@]}"; do
  [[ -f "$f" ]] || { echo "dist-check: $f is missing; run make dist first" >&2; exit 1; }
done
demo="$root/assets/demo/ashraf3.casefile.json"
out="$root/dist/check"
rm -rf "$out"; mkdir -p "$out"
tmp=$(mktemp -d /tmp/casefile-check.XXXXXX)

export LANG=C.UTF-8 LC_ALL=
export WINEPREFIX="$tmp/wine" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
xvfb_pid="" window_pid=""
cleanup() {
  [[ -n "$window_pid" ]] && kill "$window_pid" 2>/dev/null
  wineserver -k 2>/dev/null
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

results=() failed=0
# check NAME COMMAND...: run a check, note its result and time.
check() {
  local name=$1; shift
  local t0=$SECONDS log="$out/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-' | tr -s '-').log"
  if "$@" >"$log" 2>&1; then
    results+=("$(printf '%-4s %4ss  %s' ok $((SECONDS - t0)) "$name")")
  else
    results+=("$(printf '%-4s %4ss  %s  (see %s)' FAIL $((SECONDS - t0)) "$name" "${log#$root/}")")
    failed=1
  fi
  echo "${results[-1]}" >&2
}
fail() { echo "$*"; return 1; }

# --- Linux ---------------------------------------------------------------
lin="$tmp/linux"
mkdir -p "$lin"
tar -C "$lin" -xJf "$tarball"
pkg="$lin/casefile-$version-linux-amd64"
prefix="$tmp/linux prefix"   # a space on purpose
lbin="$prefix/bin/casefile"

linux_install() {
  "$pkg/install.sh" --prefix "$prefix" || return 1
  local id=org.casefile.Casefile
  for f in bin/casefile share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
    share/mime/packages/$id.xml share/icons/hicolor/256x256/apps/$id.png share/mime/application/x-casefile.xml; do
    [[ -e "$prefix/$f" ]] || fail "$f was not installed"
  done
  grep -q "^Exec=\"$prefix/bin/casefile\" %f" "$prefix/share/applications/$id.desktop" || fail "Exec does not name the installed binary"
}
linux_run() {
  local d="$tmp/fresh folder"; mkdir -p "$d"; cd "$d" || return 1
  "$lbin" --version | tee version.txt | grep -qx "casefile $version (.*)" || fail "unexpected --version: $(cat version.txt)"
  "$lbin" import "$demo" -o demo.casefile && "$lbin" check demo.casefile &&
    "$lbin" export demo.casefile --pdf "$tmp/linux.pdf" --date 2024-01-31 &&
    "$lbin" export demo.casefile --json "$tmp/linux.json"
}
linux_desktop() {
  local id=org.casefile.Casefile
  desktop-file-validate "$prefix/share/applications/$id.desktop" || return 1
  appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$id.metainfo.xml" || return 1
  # The shared MIME database of the prefix knows the type by name and by content.
  local t; t=$(XDG_DATA_DIRS="$prefix/share" XDG_DATA_HOME="$prefix/share" \
    gio info -a standard::content-type "$tmp/fresh folder/demo.casefile" 2>/dev/null | sed -n 's/.*content-type: //p')
  if [[ -n "$t" ]]; then [[ "$t" == application/x-casefile ]] || fail "content type $t"; fi
  grep -q 'x-casefile' "$prefix/share/mime/globs2" || fail "*.casefile not in globs2"
  grep -q 'x-casefile' "$prefix/share/mime/magic" || fail "no magic for the type"
}
linux_uninstall() {
  "$pkg/install.sh" --prefix "$prefix" --uninstall || return 1
  local left; left=$(find "$prefix" -type f ! -path '*/share/mime/*' ! -name '*.cache' | head)
  [[ -z "$left" ]] || fail "left behind: $left"
}
check "Linux: install.sh into a temporary prefix" linux_install
check "Linux: --version, import, check, export (fresh folder)" linux_run
check "Linux: .desktop, AppStream and MIME type validate" linux_desktop
check "Linux: install.sh --uninstall removes its files" linux_uninstall

# --- Windows: the exe itself ------------------------------------------------
if [[ "$parts" == *windows* ]]; then
win="$tmp/zip"
mkdir -p "$win"
unzip -q "$zip" -d "$win"
exe="$win/Casefile/casefile.exe"
exe_dlls() {
  local dlls; dlls=$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u)
  echo "$dlls"
  local bad; bad=$(grep -v -E '^(kernel32|user32|gdi32|advapi32|shell32|ole32|opengl32|winmm|ws2_32|imm32|dwmapi|ntdll|msvcrt|bcrypt|setupapi|shlwapi|comdlg32|comctl32|uxtheme|version|secur32|crypt32|userenv|iphlpapi|dnsapi|powrprof|mswsock|oleaut32|winspool\.drv|api-ms-win-[a-z0-9-]*)\.dll$' <<<"$dlls")
  [[ -z "$bad" ]] || fail "needs DLLs Windows does not have: $bad"
}
exe_resources() {
  grep -q -a 'PerMonitorV2' "$exe" || fail "no DPI-aware manifest"
  strings -el "$exe" | grep -qx "$version" || fail "no version information $version"
  strings -el "$exe" | grep -qx 'Casefile' || fail "no product name"
  x86_64-w64-mingw32-objdump -h "$exe" | grep -q '\.rsrc' || fail "no resource section"
}
check "Windows: casefile.exe needs only system DLLs" exe_dlls
check "Windows: icon, version information and DPI-aware manifest" exe_resources

# --- Windows under Wine -----------------------------------------------------
# Every Wine process gets the virtual display, from wineboot on: a Wine
# session whose desktop process started without one cannot open windows.
start_xvfb() {
  local n
  for n in 102 103 104 105 106 107 109 110 111 112; do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
    Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp -noreset >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$n"
    for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && return 0; sleep 0.2; done
    return 1
  done
  return 1
}
start_xvfb || { echo "dist-check: could not start Xvfb" >&2; exit 1; }
wine_prefix() {
  wineboot -i && wineserver -w || return 1
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    "$root/packaging/windows/bcryptprimitives-shim.c" -ladvapi32
}
check "Wine: fresh prefix (wineboot) with the test-only ProcessPrng shim" wine_prefix
user=$(whoami)
wuser="$WINEPREFIX/drive_c/users/$user"
wdir="C:\\users\\$user"
mkdir -p "$wuser/Çuçi" "$wuser/My cases" && cp "$demo" "$wuser/Çuçi/demo case.json"

wine_version() {
  wine "$exe" --version >"$tmp/wv.txt" || return 1
  cat "$tmp/wv.txt"
  [[ "$(tr -d '\r' <"$tmp/wv.txt")" == "$(cat "$tmp/fresh folder/version.txt")" ]] || fail "differs from Linux's"
}
wine_import() {
  wine "$exe" import "$wdir\\Çuçi\\demo case.json" -o "$wdir\\Çuçi\\demo.casefile" &&
    wine "$exe" import "$wdir\\Çuçi\\demo case.json" -o "$wdir\\My cases\\demo 2.casefile" &&
    wine "$exe" check "$wdir\\Çuçi\\demo.casefile" && wine "$exe" check "$wdir\\My cases\\demo 2.casefile" &&
    [[ -s "$wuser/Çuçi/demo.casefile" && -s "$wuser/My cases/demo 2.casefile" ]]
}
wine_export() {
  wine "$exe" export "$wdir\\Çuçi\\demo.casefile" --pdf "$wdir\\Çuçi\\briefing.pdf" --date 2024-01-31 &&
    wine "$exe" export "$wdir\\Çuçi\\demo.casefile" --json "$wdir\\Çuçi\\demo.json" || return 1
  cmp "$wuser/Çuçi/briefing.pdf" "$tmp/linux.pdf" || fail "the PDF differs from the Linux build's"
  cmp "$wuser/Çuçi/demo.json" "$tmp/linux.json" || fail "the JSON differs from the Linux build's"
  # Exporting again over the existing file: the atomic rename replaces it.
  wine "$exe" export "$wdir\\Çuçi\\demo.casefile" --pdf "$wdir\\Çuçi\\briefing.pdf" --date 2024-01-31 &&
    cmp "$wuser/Çuçi/briefing.pdf" "$tmp/linux.pdf"
}
check "Wine: --version (same as Linux)" wine_version
check "Wine: import and check in C:\\users\\…\\Çuçi and a folder with spaces" wine_import
check "Wine: export --pdf and --json identical to Linux, again over the file" wine_export

wine_window() {
  wine "$exe" "$wdir\\Çuçi\\demo.casefile" >"$out/window-stdout.log" 2>&1 &
  window_pid=$!
  local wid=""
  for _ in $(seq 180); do
    wid=$(xdotool search --onlyvisible --name 'Casefile|demo|Ashraf' 2>/dev/null | head -n1)
    [[ -n "$wid" ]] && break
    kill -0 "$window_pid" 2>/dev/null || fail "the window program ended: $(cat "$out/window-stdout.log")" || return 1
    sleep 1
  done
  [[ -n "$wid" ]] || fail "no window within 180 s" || return 1
  xdotool getwindowname "$wid"
  sleep 8 # let it draw the case
  import -window root "$out/window.png" && echo "screenshot: ${out#$root/}/window.png"
}
wine_second() {
  [[ -n "$window_pid" ]] && kill -0 "$window_pid" 2>/dev/null || fail "no window holds the file" || return 1
  local err
  if err=$(wine "$exe" import "$wdir\\Çuçi\\demo case.json" -o "$wdir\\Çuçi\\demo.casefile" --force 2>&1); then
    fail "a second process replaced the open case"
  fi
  echo "$err"
  grep -q 'open in another Casefile window' <<<"$err" || fail "not refused as open elsewhere"
  kill "$window_pid"; wait "$window_pid" 2>/dev/null; window_pid=""
}
check "Wine: the window opens on a file given on the command line" wine_window
check "Wine: a second process is refused the file open in the window" wine_second

lad="$wuser/AppData/Local/Programs/Casefile"
lnk="$wuser/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Casefile.lnk"
wine_msi_install() {
  cp "$msi" "$tmp/casefile.msi"
  wine msiexec /i "$tmp/casefile.msi" /qn || return 1
  wineserver -w
  [[ -f "$lad/casefile.exe" ]] || fail "casefile.exe not in %LOCALAPPDATA%\\Programs\\Casefile"
  [[ -f "$lnk" ]] || fail "no Start-menu entry"
  wine "$lad/casefile.exe" --version | tr -d '\r' | grep -qx "casefile $version (.*)" || fail "installed exe does not run"
  wine reg query 'HKCU\Software\Classes\.casefile' | tr -d '\r' | tee "$tmp/reg1" | grep -q 'Casefile.Case' || fail "no .casefile association"
  wine reg query 'HKCU\Software\Classes\Casefile.Case\shell\open\command' | tr -d '\r' | tee "$tmp/reg2" |
    grep -qi 'Programs\\Casefile\\casefile.exe" "%1"' || fail "no open command: $(cat "$tmp/reg2")"
  cat "$tmp/reg1" "$tmp/reg2"
  # No administrator rights: nothing went to the machine's folders or hive.
  [[ ! -e "$WINEPREFIX/drive_c/Program Files/Casefile" ]] || fail "installed under Program Files"
  ! wine reg query 'HKLM\Software\Classes\.casefile' >/dev/null 2>&1 || fail "registered machine-wide"
}
wine_msi_uninstall() {
  wine msiexec /x "$tmp/casefile.msi" /qn || return 1
  wineserver -w
  [[ ! -e "$lad" ]] || fail "left behind: $(ls -A "$lad")"
  [[ ! -e "$lnk" ]] || fail "the Start-menu entry is still there"
  ! wine reg query 'HKCU\Software\Classes\.casefile' >/dev/null 2>&1 || fail "the .casefile association is still there"
  ! wine reg query 'HKCU\Software\Classes\Casefile.Case' >/dev/null 2>&1 || fail "Casefile.Case is still there"
}
check "Wine: msiexec /i /qn installs per user (exe, Start menu, .casefile)" wine_msi_install
check "Wine: msiexec /x /qn removes what it installed" wine_msi_uninstall
fi

echo
echo "dist-check $version: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
printf '%s\n' "${results[@]}"
npass=$(printf '%s\n' "${results[@]}" | grep -c '^ok ')
nfail=$(printf '%s\n' "${results[@]}" | grep -c '^FAIL ')
[[ $failed != 0 ]] && echo "logs and the screenshot: ${out#$root/}"
echo "dist-check: $npass passed, $nfail failed"
[[ $failed == 0 ]]
