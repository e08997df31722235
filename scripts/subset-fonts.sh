#!/usr/bin/env bash
# subset-fonts.sh — makes the window's fonts, app/ui/uifont/faces/*.ttf,
# from the whole DejaVu fonts of the Go module github.com/go-fonts/dejavu
# (the version go.mod names), keeping the characters listed in
# app/ui/uifont/faces/ranges.txt with their kerning and other layout
# features, without TrueType hinting (Fyne's rasterizer does not read it)
# and without glyph names or FontForge's timestamp table (FFTM). The output is the same for the same input, so
# running it again changes nothing unless the list or the module did.
# uifont's tests check the faces against the list and the module.
# Needs go and pyftsubset (Debian: fonttools).
# Run from anywhere: scripts/subset-fonts.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pyftsubset >/dev/null || { echo "subset-fonts: pyftsubset is missing (apt-get install fonttools)" >&2; exit 1; }
faces=app/ui/uifont/faces
module=$(go list -m -f '{{.Dir}}' github.com/go-fonts/dejavu)
unicodes=$(grep -v '^#' "$faces/ranges.txt" | awk 'NF { print $1 }' | paste -sd, -)
for font in dejavusans/DejaVuSans dejavusansbold/DejaVuSans-Bold \
  dejavusansoblique/DejaVuSans-Oblique dejavusansboldoblique/DejaVuSans-BoldOblique \
  dejavusansmono/DejaVuSansMono; do
  pyftsubset "$module/$font.ttf" --unicodes="$unicodes" --layout-features='*' \
    --no-hinting --notdef-outline --drop-tables+=FFTM --name-IDs='*' --name-languages='*' \
    --output-file="$faces/${font#*/}.ttf"
done
cp "$module/LICENSE-DejaVu" "$faces/LICENSE"
chmod u+w "$faces/LICENSE"
ls -l "$faces"
