#!/usr/bin/env bash
# Build the one-folder Linux bundle: packaging/dist/competence-app/competence-app.
#
#   packaging/build-linux.sh [PYTHON]
#
# PYTHON is an interpreter with the app and PyInstaller installed (default: python3);
# with none given and no PyInstaller in python3, a build venv is made in packaging/build/venv.
# Then packs packaging/dist/competence-app-VERSION-linux-ARCH.tar.gz with the .desktop
# file, the metainfo and the icons beside the program (see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

python=${1:-python3}
if ! "$python" -c "import PyInstaller, competence_app" 2>/dev/null; then
  if [ $# -ge 1 ]; then
    echo "$python needs the app and PyInstaller: $python -m pip install . pyinstaller" >&2
    exit 1
  fi
  python3 -m venv packaging/build/venv
  packaging/build/venv/bin/pip install -q . pyinstaller
  python=packaging/build/venv/bin/python
fi

# Compiled translations are not kept in git; make them from the .ts sources if there are any.
if compgen -G "resources/translations/*.ts" >/dev/null; then
  lrelease=$("$python" -c "import shutil, sys, os; print(shutil.which('pyside6-lrelease', path=os.path.dirname(sys.executable)) or 'pyside6-lrelease')")
  for ts in resources/translations/*.ts; do
    "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  done
fi

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/competence-app.spec

bundle=packaging/dist/competence-app
# Desktop integration files travel with the program, for install.sh.
mkdir -p "$bundle/share/applications" "$bundle/share/metainfo" "$bundle/share/icons"
cp packaging/org.citizenleadership.Companion.desktop "$bundle/share/applications/"
cp packaging/org.citizenleadership.Companion.metainfo.xml "$bundle/share/metainfo/"
cp -R packaging/icons/hicolor "$bundle/share/icons/"
cp packaging/install.sh "$bundle/"

# A quick proof that the frozen program runs at all.
"$bundle/competence-app" --version

version=$("$python" -c "import competence_app; print(competence_app.__version__)")
archive="packaging/dist/competence-app-$version-linux-$(uname -m).tar.gz"
tar -C packaging/dist -czf "$archive" competence-app
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)); archive: $archive ($(du -sh "$archive" | cut -f1))"
