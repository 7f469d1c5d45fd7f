#!/usr/bin/env bash
# Build "Citizen Leadership Companion.app" and a .dmg on macOS.
#
#   packaging/build-macos.sh [PYTHON]
#
# Needs: Python 3.11+ (python.org) and the Xcode command line tools (iconutil, hdiutil,
# codesign), and WeasyPrint's Pango from Homebrew (see packaging/README.md).
# The app runs on the processor of the Mac that builds it: arm64 (Apple silicon) or
# x86_64 (Intel), which the .dmg's name says. A universal2 Python alone does not make a
# universal app (numpy, matplotlib, Pillow and PySide6 install one architecture's
# wheels), so build once on each kind of Mac for both.
# With CODESIGN_IDENTITY="Developer ID Application: ..." the app is signed with the
# hardened runtime and a secure timestamp, as notarisation requires; without, ad hoc.
# Not run by the project's CI (it has no Mac): see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# Always a fresh venv with the pinned build tools.
rm -rf packaging/build/venv
"${1:-python3}" -m venv packaging/build/venv
packaging/build/venv/bin/pip install -q . -r packaging/requirements-build.txt
python=packaging/build/venv/bin/python
arch=$(uname -m)

for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  packaging/build/venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

# The .icns, up to 1024 px (icon_512x512@2x), drawn from the SVG by Qt.
iconset=packaging/build/org.citizenleadership.Companion.iconset
rm -rf "$iconset"
QT_QPA_PLATFORM=offscreen "$python" packaging/render_icons.py --iconset "$iconset"
iconutil -c icns "$iconset" -o packaging/build/org.citizenleadership.Companion.icns

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/competence-app.spec

app="packaging/dist/Citizen Leadership Companion.app"
"$app/Contents/MacOS/competence-app" --version
lipo -archs "$app/Contents/MacOS/competence-app"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  # Hardened runtime (--options runtime) and a secure timestamp: notarisation refuses
  # either missing. cffi (WeasyPrint) needs writable executable memory.
  codesign --force --deep --options runtime --timestamp \
    --entitlements packaging/entitlements.plist --sign "$CODESIGN_IDENTITY" "$app"
else
  # Ad hoc: runs on this Mac, elsewhere only after right-click > Open.
  codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

version=$("$python" -c "import competence_app; print(competence_app.__version__)")
dmg="packaging/dist/CitizenLeadershipCompanion-$version-macos-$arch.dmg"
# The disk image shows the app beside a shortcut to Applications, to drag it onto.
staging=packaging/build/dmg
rm -rf "$staging" "$dmg" && mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Citizen Leadership Companion" -srcfolder "$staging" -ov -format UDZO "$dmg"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
echo "app: $app ($arch); disk image: $dmg"
