#!/bin/sh
# Install Casefile from this folder, for you alone (default: ~/.local) or
# for everyone (--prefix /usr/local, as root). No build tools needed.
#
#   ./install.sh [--prefix DIR]        install (again, replacing the old files)
#   ./install.sh [--prefix DIR] --uninstall
#
# It places bin/casefile, the .desktop entry (so Casefile is in the menu),
# the icons, the AppStream metadata and the .casefile file type, and
# refreshes the desktop's caches when their tools are there, so that
# double-clicking a .casefile file opens it in Casefile.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
id=org.casefile.Casefile
files="bin/casefile share/applications/$id.desktop share/metainfo/$id.metainfo.xml share/mime/packages/$id.xml"
for size in 16 32 48 64 128 256; do files="$files share/icons/hicolor/${size}x${size}/apps/$id.png"; done

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$prefix/share/mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true; fi
}

if [ "$action" = uninstall ]; then
  for f in $files; do rm -f "$prefix/$f"; done
  refresh
  echo "Casefile removed from $prefix (your cases are untouched)."
  exit 0
fi

for f in $files; do
  mkdir -p "$(dirname "$prefix/$f")"
  case "$f" in
    bin/*) install -m 0755 "$here/$f" "$prefix/$f" ;;
    *.desktop) sed "s|^Exec=casefile |Exec=\"$prefix/bin/casefile\" |" "$here/$f" > "$prefix/$f.tmp" && chmod 0644 "$prefix/$f.tmp" && mv "$prefix/$f.tmp" "$prefix/$f" ;;
    *) install -m 0644 "$here/$f" "$prefix/$f" ;;
  esac
done
refresh
echo "Casefile installed in $prefix."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "To run it from a terminal, add $prefix/bin to your PATH." ;; esac
