#!/usr/bin/env bash
# check-clients.sh BIN OUTDIR — export the demo case and the timeline edge
# cases (decades, ranges, open ranges, dates before the common era) with the
# casefile binary BIN, and render each TimelineJS export with the real
# TimelineJS build in headless Chromium (check-timelinejs.js), and read each
# FollowTheMoney export with the real FtM library (check-ftm.js).
# Screenshots and reports go to OUTDIR.
set -euo pipefail
bin=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
"$bin" import "$here/timeline-edges.json" -o "$out/edges.casefile" --force >/dev/null
"$bin" export "$out/edges.casefile" --timelinejs "$out/edges.timeline.json"
"$bin" export "$out/edges.casefile" --ftm "$out/edges.ftm.json"
"$bin" import "$here/../../assets/demo/ashraf3.casefile.json" -o "$out/demo.casefile" --force >/dev/null
"$bin" export "$out/demo.casefile" --timelinejs "$out/demo.timeline.json"
"$bin" export "$out/demo.casefile" --ftm "$out/demo.ftm.json"
node "$here/check-ftm.js" "$out/demo.ftm.json" "$out/edges.ftm.json"
node "$here/check-timelinejs.js" "$out" "$out/demo.timeline.json" "$out/edges.timeline.json"
