#!/usr/bin/env bash
# dist.sh — build what users download, into dist/:
#   casefile-VERSION-windows-amd64.zip   portable casefile.exe (icon, version
#                                        information, DPI-aware manifest)
#   casefile-VERSION-windows-amd64.msi   per-user installer (wixl)
#   casefile-VERSION-linux-amd64.tar.xz  binary, .desktop, icons, AppStream,
#                                        MIME type, install.sh
#   SHA256SUMS
# `dist.sh linux` or `dist.sh windows` builds only that part.
# The Windows build is a cgo cross-build with mingw-w64; the Go build cache
# keeps it to a link after the first time. Archives carry the commit's time
# as every file's time, so the same commit gives the same archives.
set -euo pipefail
cd "$(dirname "$0")/.."
GOFLAGS=-tags=$(./scripts/buildinfo.sh tags)
export GOFLAGS
./scripts/ensure-debs.sh gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 wixl msitools imagemagick zip xz-utils

version=$(./scripts/buildinfo.sh version)
ldflags=$(./scripts/buildinfo.sh ldflags)
date=$(./scripts/buildinfo.sh date)
commit=$(sed -n 's/.*buildinfo\.commit=\([^ ]*\).*/\1/p' <<<"$ldflags")
base=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([0-9.]*\)".*/\1/p' FyneApp.toml | head -n1)
build=$(sed -n 's/^[[:space:]]*Build[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' FyneApp.toml | head -n1)
IFS=. read -r major minor patch <<<"$base"
num="${major:-0}.${minor:-0}.${patch:-0}"      # the MSI's and manifest's x.y.z(.build)
epoch=$(date -u -d "$date" +%s)
day=${date%%T*}
id=org.casefile.Casefile

out=dist
work=$out/work
parts=${*:-windows linux}
mkdir -p "$out"
rm -f "$out/SHA256SUMS"
syso=rsrc_windows_amd64.syso
trap 'rm -f "$syso"' EXIT
step() { printf '== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)" >&2; }

icons() {
step "icons"
rm -rf "$work"
mkdir -p "$work/win"
convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 "$work/win/casefile.ico"
for size in 16 32 48 64 128 256; do
  mkdir -p "$work/icons/${size}x${size}"
  convert assets/icon.png -resize "${size}x${size}" -strip "$work/icons/${size}x${size}/$id.png"
done

}

windows() {
rm -f "$out"/casefile-*-windows-amd64.*
step "Windows resources"
sed "s/@NUMVERSION@/$num.${build:-0}/" packaging/windows/casefile.exe.manifest > "$work/win/casefile.exe.manifest"
cp packaging/windows/casefile.rc "$work/win/"
(cd "$work/win" && x86_64-w64-mingw32-windres -O coff \
  -DNUMVERSION_COMMAS="${major:-0},${minor:-0},${patch:-0},${build:-0}" \
  -DVERSION_STRING="\\\"$version\\\"" -DCOMMIT_STRING="\\\"commit $commit\\\"" \
  -i casefile.rc -o casefile.syso)
cp "$work/win/casefile.syso" "$syso"

step "Windows build (mingw-w64; minutes the first time)"
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
  go build -ldflags "-H=windowsgui $ldflags" -o "$work/win/casefile.exe" .
rm -f "$syso"

step "portable zip"
zdir="$work/zip/Casefile"
mkdir -p "$zdir"
cp "$work/win/casefile.exe" "$zdir/"
sed "s/@VERSION@/$version/g" packaging/windows/README.txt | sed 's/$/\r/' > "$zdir/README.txt"
find "$work/zip" -exec touch -h -d "@$epoch" {} +
zip_name="casefile-$version-windows-amd64.zip"
(cd "$work/zip" && TZ=UTC zip -X -q -r -9 "../../$zip_name" Casefile)

step "MSI (wixl)"
sed -e "s/@NUMVERSION@/$num/g" -e "s/@VERSION@/$version/g" -e "s|@EXE@|casefile.exe|g" -e "s|@ICO@|casefile.ico|g" \
  packaging/windows/casefile.wxs > "$work/win/casefile.wxs"
(cd "$work/win" && wixl -a x64 -o "../../casefile-$version-windows-amd64.msi" casefile.wxs)

}

linux() {
rm -f "$out"/casefile-*-linux-amd64.*
step "Linux build"
tname="casefile-$version-linux-amd64"
t="$work/$tname"
mkdir -p "$t/bin" "$t/share/applications" "$t/share/metainfo" "$t/share/mime/packages"
go build -ldflags "$ldflags" -o "$t/bin/casefile" .
cp packaging/linux/$id.desktop "$t/share/applications/"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$day/" packaging/linux/$id.metainfo.xml > "$t/share/metainfo/$id.metainfo.xml"
cp packaging/linux/$id.mime.xml "$t/share/mime/packages/$id.xml"
for size in 16 32 48 64 128 256; do
  mkdir -p "$t/share/icons/hicolor/${size}x${size}/apps"
  cp "$work/icons/${size}x${size}/$id.png" "$t/share/icons/hicolor/${size}x${size}/apps/"
done
install -m 0755 packaging/linux/install.sh "$t/install.sh"
tar -C "$work" --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
  -cf - "$tname" | xz -T1 -6 > "$out/$tname.tar.xz"

}

icons
for part in $parts; do
  case $part in
    windows|linux) "$part" ;;
    *) echo "dist.sh: unknown part $part (windows, linux)" >&2; exit 2 ;;
  esac
done
(cd "$out" && sha256sum casefile-"$version"-* > SHA256SUMS)
step "done"
ls -l "$out"/casefile-"$version"-* >&2
