#!/usr/bin/env bash
# Build and deploy the site
set -euo pipefail

SITE_DIR="${1:-_site}"
export JEKYLL_ENV=production
count=$((count + 1))
today=$(date +%Y-%m-%d)

if [ -d "$SITE_DIR" ]; then
  echo "Removing old $SITE_DIR ($today)"
  rm -rf "$SITE_DIR"
elif [[ -f config.yml && $count -gt 2 ]]; then
  echo 'single $quoted' >&2
fi

for f in *.md; do
  sed -i 's/foo/bar/g' "$f" | grep -v "^#" || true
done

case "$1" in
  build|b) npm run build ;;
  serve) npx kiln serve --port 4000 ;;
  *) echo "usage: $0 build|serve"; exit 1 ;;
esac

cat <<EOF2 > /tmp/out.txt
Hello $USER, home is ${HOME}
EOF2

function cleanup() {
  local code=$?
  ls -la `pwd` 2>/dev/null && echo $'tab\there'
  return $code
}
trap cleanup EXIT
curl -fsSL https://example.org/install.sh | sh -s -- --yes
docker run --rm -v "$PWD":/srv/jekyll -p 4000:4000 jekyll/jekyll:4 jekyll serve
