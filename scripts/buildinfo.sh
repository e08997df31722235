#!/usr/bin/env bash
# buildinfo.sh version|ldflags|date|tags — what internal/buildinfo is given,
# and the build tags every build of Casefile uses.
#   version: FyneApp.toml's Version when HEAD carries the tag v<Version> and
#            the work tree is clean, else <Version>-dev.
#   ldflags: the -X flags that set version, commit and date.
#   date:    the commit's time, UTC, RFC 3339 (SOURCE_DATE_EPOCH wins).
#   tags:    sqlite_fts5 (SQLite's full-text search, which case files need)
#            and no_emoji (Fyne leaves out its emoji font, which it would
#            parse once per text style: emoji come from the system's fonts,
#            like any script the bundled fonts lack; docs/ARCHITECTURE.md).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == tags ]]; then echo "sqlite_fts5,no_emoji"; exit 0; fi
base=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml | head -n1)
[[ -n "$base" ]] || { echo "buildinfo.sh: no Version in FyneApp.toml" >&2; exit 1; }
commit="" date="" clean=0
if git rev-parse --verify -q HEAD >/dev/null 2>&1; then
  commit=$(git rev-parse HEAD)
  if git diff --quiet HEAD -- 2>/dev/null; then clean=1; else commit="$commit-dirty"; fi
  date=$(TZ=UTC git log -1 --date=iso-strict-local --format=%cd HEAD | sed 's/+00:00$/Z/')
fi
if [[ -n "${SOURCE_DATE_EPOCH:-}" ]]; then
  date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
fi
version="$base-dev"
if [[ $clean == 1 ]] && [[ "$(git tag --points-at HEAD 2>/dev/null)" == *"v$base"* ]]; then
  version="$base"
fi
p=casefile/internal/buildinfo
case "${1:-}" in
  version) echo "$version" ;;
  date) echo "$date" ;;
  ldflags) echo "-X $p.version=$version -X $p.commit=$commit -X $p.date=$date" ;;
  *) echo "usage: buildinfo.sh version|ldflags|date|tags" >&2; exit 2 ;;
esac
