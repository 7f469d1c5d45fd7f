#!/usr/bin/env bash
# Build "Citizen Leadership Companion.app" and a .dmg on macOS.
#
#   packaging/build-macos.sh
#
# Needs: Python 3.11+ from python.org (a universal2 build makes an app for Intel and
# Apple silicon alike) and the Xcode command line tools (iconutil, hdiutil, codesign).
# Not run by the project's CI (it has no Mac): see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv packaging/build/venv
packaging/build/venv/bin/pip install -q . pyinstaller
python=packaging/build/venv/bin/python

for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  packaging/build/venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

# The .icns is made from the PNGs that packaging/render_icons.py draws.
iconset=packaging/build/org.citizenleadership.Companion.iconset
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  cp "packaging/icons/hicolor/${size}x${size}/apps/org.citizenleadership.Companion.png" \
    "$iconset/icon_${size}x${size}.png"
done
for size in 16 32 128 256; do
  double=$((size * 2))
  cp "packaging/icons/hicolor/${double}x${double}/apps/org.citizenleadership.Companion.png" \
    "$iconset/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$iconset" -o packaging/build/org.citizenleadership.Companion.icns

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/competence-app.spec

app="packaging/dist/Citizen Leadership Companion.app"
"$app/Contents/MacOS/competence-app" --version

# Without a Developer ID the app is signed ad hoc: it runs on this Mac, and elsewhere after
# right-click > Open. With one, set CODESIGN_IDENTITY and notarise the .dmg (README).
codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" "$app"

version=$("$python" -c "import competence_app; print(competence_app.__version__)")
dmg="packaging/dist/CitizenLeadershipCompanion-$version-macos.dmg"
rm -f "$dmg"
hdiutil create -volname "Citizen Leadership Companion" -srcfolder "$app" -ov -format UDZO "$dmg"
echo "app: $app; disk image: $dmg"
