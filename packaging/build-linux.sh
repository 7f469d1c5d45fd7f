#!/usr/bin/env bash
# Build the one-folder Linux bundle and its archive (see packaging/README.md).
#
#   packaging/build-linux.sh [PYTHON]            a release: always in a fresh venv
#   packaging/build-linux.sh --use-env PYTHON    quick local build with PYTHON's own packages
#
# PYTHON (default python3) makes the fresh venv packaging/build/venv, into which the app
# and the pinned build tools (packaging/requirements-build.txt) are installed. With
# --use-env the given interpreter must already have both; the result is for trying
# things out, not for release (its packages are whatever that environment holds).
#
# Writes packaging/dist/competence-app/ and packaging/dist/competence-app-VERSION-linux-ARCH.tar.gz:
#   competence-app        the launcher a person double-clicks (checks the system first)
#   Install in my menu    the same launcher, which runs install.sh
#   install.sh            puts the folder in the person's menu; --uninstall takes it out
#   READ-ME.txt           plain words for whoever unpacked it
#   app/                  the program PyInstaller made
#   share/                the menu entry, AppStream metadata and icons
#
# Needs: python3-venv, binutils (strip, readelf, objdump), gcc with the static C library
# (build-essential), and GLIBC_TARGET (default 2.34) says how old a system it must start
# on: the build warns when it needs newer (STRICT_GLIBC=1 makes that an error).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
glibc_target=${GLIBC_TARGET:-2.34}

missing=()
for tool in strip readelf objdump gcc; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing build tools: ${missing[*]}. On Debian or Ubuntu: sudo apt install binutils build-essential python3-venv" >&2
  exit 1
fi

if [ "${1:-}" = "--use-env" ]; then
  python=${2:?--use-env needs the interpreter}
  if ! "$python" -c "import PyInstaller, competence_app" 2>/dev/null; then
    echo "$python needs the app and PyInstaller: $python -m pip install . -r packaging/requirements-build.txt" >&2
    exit 1
  fi
  pinned=$(sed -n 's/^pyinstaller==//p' packaging/requirements-build.txt)
  have=$("$python" -c "import PyInstaller; print(PyInstaller.__version__)")
  [ "$have" = "$pinned" ] || echo "warning: PyInstaller $have, the release build pins $pinned" >&2
  echo "warning: --use-env builds with $python's packages; release builds use a fresh venv" >&2
else
  base=${1:-python3}
  "$base" -c "import venv, ensurepip" 2>/dev/null || {
    echo "$base cannot make a venv. On Debian or Ubuntu: sudo apt install python3-venv" >&2
    exit 1
  }
  rm -rf packaging/build/venv
  "$base" -m venv packaging/build/venv
  packaging/build/venv/bin/pip install -q --upgrade pip
  packaging/build/venv/bin/pip install -q . -r packaging/requirements-build.txt
  python=packaging/build/venv/bin/python
fi

# Compiled translations are not kept in git; make them from the .ts sources.
if compgen -G "resources/translations/*.ts" >/dev/null; then
  lrelease=$("$python" -c "import shutil, sys, os; print(shutil.which('pyside6-lrelease', path=os.path.dirname(sys.executable)) or 'pyside6-lrelease')")
  for ts in resources/translations/*.ts; do
    "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  done
fi

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/build/pyinstaller --workpath packaging/build packaging/competence-app.spec

bundle=packaging/dist/competence-app
rm -rf "$bundle"
mkdir -p "$bundle"
mv packaging/build/pyinstaller/competence-app "$bundle/app"

# The lowest glibc the bundle can start with, from the symbol versions of its files.
need=$(python3 packaging/glibc_floor.py --max "$bundle/app")
runs_on=$(python3 packaging/glibc_floor.py --runs-on "$bundle/app")
if [ "$(printf '%s\n%s\n' "$glibc_target" "$need" | sort -V | tail -1)" != "$glibc_target" ]; then
  echo "warning: the bundle needs glibc $need, newer than the target $glibc_target:" >&2
  echo "  it runs on $runs_on Build on the oldest supported system (packaging/README.md)." >&2
  python3 packaging/glibc_floor.py --top 8 "$bundle/app" >&2
  [ "${STRICT_GLIBC:-0}" = 0 ] || exit 1
fi

# The launcher: static, so it starts on any Linux and can say when the system is too old.
gcc -static -Os -s -Wall -o "$bundle/competence-app" \
  -DNEED_GLIBC="\"$need\"" -DRUNS_ON="\"$runs_on\"" packaging/launcher.c
ln "$bundle/competence-app" "$bundle/Install in my menu"

# Desktop integration files travel with the program, for install.sh.
mkdir -p "$bundle/share/applications" "$bundle/share/metainfo" "$bundle/share/icons"
cp packaging/org.citizenleadership.Companion.desktop "$bundle/share/applications/"
cp packaging/org.citizenleadership.Companion.metainfo.xml "$bundle/share/metainfo/"
cp -R packaging/icons/hicolor "$bundle/share/icons/"
cp packaging/install.sh "$bundle/"
sed "s|@RUNS_ON@|$runs_on|" packaging/READ-ME.txt >"$bundle/READ-ME.txt"

# A quick proof that the frozen program runs at all; packaging/check-bundle.sh does more.
"$bundle/competence-app" --version

version=$("$python" -c "import competence_app; print(competence_app.__version__)")
archive="packaging/dist/competence-app-$version-linux-$(uname -m).tar.gz"
tar -C packaging/dist -czf "$archive" competence-app
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)); archive: $archive ($(du -sh "$archive" | cut -f1)); needs glibc $need"
