#!/usr/bin/env bash
# Regenerates the expected outputs of the Liquid cases with real Jekyll (4.3.1 here):
#  - cases/*.html are pages of the fixture site (site/); their `_site` output → expected/<name>.html
#  - errors/*.html are built one at a time; Jekyll's error message → expected/errors/<name>.txt
#    (or "BUILT" when Jekyll renders it without error).
# Run from anywhere: bash tests/liquid/regen.sh   (needs `jekyll` on PATH; CI uses the committed files)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v jekyll >/dev/null || { echo "jekyll not installed" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$here/expected/errors"
cp -r "$here/site/." "$work/site"
mkdir -p "$work/site/cases"
cp "$here"/cases/* "$work/site/cases/"
jekyll build --safe --future -q -s "$work/site" -d "$work/site/_site"
for f in "$here"/cases/*.html; do
  n="$(basename "$f")"
  cp "$work/site/_site/cases/$n" "$here/expected/$n"
done

for f in "$here"/errors/*.html; do
  n="$(basename "$f" .html)"
  rm -rf "$work/err"
  cp -r "$here/site/." "$work/err"
  cp "$f" "$work/err/$n.html"
  if jekyll build --safe --future -s "$work/err" -d "$work/err/_site" >"$work/out.txt" 2>&1; then
    echo "BUILT" >"$here/expected/errors/$n.txt"
  else
    # Jekyll's message lines, without the absolute scratch path and the Ruby backtrace.
    grep -v '^\s*from \|^/usr/\|Configuration file:\|Source:\|Destination:\|Incremental build:\|Generating\.\.\.\|^\s*$' "$work/out.txt" \
      | sed "s#$work/err/##g; s/\x1b\[[0-9;]*m//g" | head -n 12 >"$here/expected/errors/$n.txt"
  fi
done
# Ruby value semantics (strftime, Time.parse, slugify, Float#to_s) straight from Ruby/Jekyll.
(cd "$here" && TZ=America/New_York ruby ruby-golden.rb "$here/expected/ruby.json" 2>/dev/null)
echo "expected outputs regenerated in $here/expected"
