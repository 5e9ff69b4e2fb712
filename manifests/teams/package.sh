#!/usr/bin/env sh
# Builds the uploadable Teams app package: manifest.json with the real app id and host substituted,
# and the two icons, zipped into build/case-review-teams.zip.
#   MICROSOFT_APP_ID=<azure bot app id> BOT_HOST=<public host, e.g. casereview.example.org> ./package.sh
# Needs a POSIX shell, sed, and one of zip, jar (from a JDK) or python3 to write the zip; python3 also
# redraws the icons (icons.py) if color.png or outline.png is missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
: "${MICROSOFT_APP_ID:?set MICROSOFT_APP_ID to the Azure Bot's Microsoft App ID}"
: "${BOT_HOST:?set BOT_HOST to the public host name of /api/messages, e.g. casereview.example.org}"
case "$MICROSOFT_APP_ID" in
  *[!0-9a-fA-F-]*|"") echo "MICROSOFT_APP_ID does not look like a GUID" >&2; exit 1 ;;
esac
# The manifest wants the bare host name: a scheme and a trailing slash are dropped, anything else is refused.
host=${BOT_HOST#https://}
host=${host#http://}
host=${host%/}
case "$host" in
  *[!A-Za-z0-9.-]*|"")
    echo "BOT_HOST must be the bot's public host name only, e.g. casereview.example.org (got \"$BOT_HOST\")" >&2
    exit 1 ;;
esac
have() { command -v "$1" >/dev/null 2>&1; }
build="$here/build"
rm -rf "$build/package" && mkdir -p "$build/package"
if [ ! -f "$here/color.png" ] || [ ! -f "$here/outline.png" ]; then
  have python3 || { echo "color.png or outline.png is missing and redrawing them (icons.py) needs python3" >&2; exit 1; }
  python3 "$here/icons.py"
fi
sed -e "s/{{MICROSOFT_APP_ID}}/$MICROSOFT_APP_ID/g" -e "s/{{BOT_HOST}}/$host/g" "$here/manifest.json" \
  > "$build/package/manifest.json"
cp "$here/color.png" "$here/outline.png" "$build/package/"
zipfile="$build/case-review-teams.zip"
rm -f "$zipfile"
if have zip; then
  (cd "$build/package" && zip -q -X "$zipfile" manifest.json color.png outline.png)
elif have jar; then
  (cd "$build/package" && jar --create --no-manifest --file "$zipfile" manifest.json color.png outline.png)
elif have python3; then
  python3 - "$build/package" "$zipfile" <<'PY'
import os, sys, zipfile
src, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(src, name), name)
PY
else
  echo "package.sh needs zip, jar (from a JDK) or python3 to write the zip; none is installed" >&2
  exit 1
fi
echo "Wrote $zipfile"
