#!/usr/bin/env sh
# Builds the uploadable Teams app package: manifest.json with the real app id and host substituted,
# and the two icons, zipped into build/case-review-teams.zip.
#   MICROSOFT_APP_ID=<azure bot app id> BOT_HOST=<public host, no scheme> ./package.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
: "${MICROSOFT_APP_ID:?set MICROSOFT_APP_ID to the Azure Bot's Microsoft App ID}"
: "${BOT_HOST:?set BOT_HOST to the public host name of /api/messages, e.g. casereview.example.org}"
case "$MICROSOFT_APP_ID" in
  *[!0-9a-fA-F-]*|"") echo "MICROSOFT_APP_ID does not look like a GUID" >&2; exit 1 ;;
esac
build="$here/build"
rm -rf "$build/package" && mkdir -p "$build/package"
[ -f "$here/color.png" ] && [ -f "$here/outline.png" ] || python3 "$here/icons.py"
sed -e "s/{{MICROSOFT_APP_ID}}/$MICROSOFT_APP_ID/g" -e "s/{{BOT_HOST}}/$BOT_HOST/g" "$here/manifest.json" \
  > "$build/package/manifest.json"
cp "$here/color.png" "$here/outline.png" "$build/package/"
rm -f "$build/case-review-teams.zip"
python3 - "$build/package" "$build/case-review-teams.zip" <<'PY'
import os, sys, zipfile
src, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(src, name), name)
PY
echo "Wrote $build/case-review-teams.zip"
