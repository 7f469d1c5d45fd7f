#!/usr/bin/env bash
# Check a built Linux bundle the way a person would meet it: a clean environment (no
# venv, no PYTHONPATH, an empty home), a display of its own (Xvfb), the launcher they
# double-click. Fails on any problem and says which.
#
#   packaging/check-bundle.sh [BUNDLE_DIR]     (default packaging/dist/competence-app)
#
# 1. the launcher starts the app and its window appears (xdotool) without an error
#    on its output; 2. the bundled command line imports a data file and exports the plan
#    as PDF (through WeasyPrint and the system's Pango), DOCX and ODT, each read back;
# 3. `doctor` finds no problem and knows every library's version; 4. the lowest glibc
#    the bundle needs, and that no library of the desktop's own came in.
# Needs: Xvfb, xdotool, pdfinfo (poppler-utils), unzip.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "${1:-$here/dist/competence-app}" && pwd)
fixture=$here/../tests/fixtures/data-file-v1.companion.json
work=$(mktemp -d /tmp/check-bundle.XXXXXX)
xvfb_pid= app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
for tool in Xvfb xdotool pdfinfo unzip; do
  command -v "$tool" >/dev/null || { echo "check-bundle needs $tool" >&2; exit 2; }
done

# A display of our own: Xvfb picks a free number and writes it to fd 3.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
display=:$(head -1 "$work/display")
mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"
clean=(env -i "HOME=$work/home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "DISPLAY=$display"
       "XDG_RUNTIME_DIR=$work/runtime" "COMPETENCE_APP_DATA_DIR=$work/data")
app=$bundle/competence-app
# Lines on stderr that are only the environment of this check, never a fault of the app.
noise='^$|dbus|D-Bus|org\.freedesktop|at-spi|accessibility bus|Matplotlib is building the font cache'

# 1. The window.
"${clean[@]}" "$app" --data-dir "$work/gui-data" >"$work/gui.out" 2>"$work/gui.err" &
app_pid=$!
start=$(date +%s.%N)
if DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name "Citizen Leadership Companion" >/dev/null 2>&1; then
  pass "the window appeared after $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s"
else
  fail "no window within 60 s"
fi
sleep 1
if ! kill -0 "$app_pid" 2>/dev/null; then
  fail "the app exited on its own"
fi
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=
if grep -Evi "$noise" "$work/gui.err" >"$work/gui.problems"; then
  fail "the app wrote to its error output:"; sed 's/^/      /' "$work/gui.problems"
else
  pass "nothing on the app's error output"
fi

# 2. The command line: import, then PDF, DOCX and ODT.
run() {  # run NAME ARGS...: the bundled command line in the clean environment
  local name=$1 status=0; shift
  "${clean[@]}" "$app" --data-dir "$work/data" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  if [ "$status" = 0 ]; then
    if grep -Evi "$noise" "$work/$name.err" >"$work/$name.problems"; then
      fail "$name wrote to its error output:"; sed 's/^/      /' "$work/$name.problems"
    fi
    return 0
  fi
  fail "$name exited with $status:"; sed 's/^/      /' "$work/$name.out" "$work/$name.err"
  return 1
}
run import import "$fixture" && pass "import: $(cat "$work/import.out")"
if run pdf export --format pdf --output "$work/plan.pdf"; then
  pages=$(pdfinfo "$work/plan.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  fonts=$(pdffonts "$work/plan.pdf" 2>/dev/null | tail -n +3 | awk '{print $1}' | sort -u | tr '\n' ' ' || true)
  if [ "${pages:-0}" -ge 1 ]; then pass "PDF: $pages pages, fonts: $fonts"; else fail "the PDF has no pages"; fi
fi
for format in docx odt; do
  if run "$format" export --format "$format" --output "$work/plan.$format"; then
    case $format in  # the app's own writers, not Qt's plainer stand-in for ODT
      docx) made_by=$(unzip -p "$work/plan.docx" word/document.xml 2>/dev/null | head -c 200 | grep -o 'w:document' | head -1 || true) ;;
      odt) made_by=$(unzip -p "$work/plan.odt" meta.xml 2>/dev/null | grep -o 'ODFPY/[0-9.]*' | head -1 || true) ;;
    esac
    if [ -n "$made_by" ]; then
      pass "$format: $(du -k "$work/plan.$format" | cut -f1) kB ($made_by)"
    else
      fail "the $format file was not made by the app's own $format writer"
    fi
  fi
done

# 3. The diagnostics.
"${clean[@]}" "$app" --data-dir "$work/data" doctor >"$work/doctor.out" 2>&1 || true
if grep -q "PROBLEM\|not recorded\|not installed" "$work/doctor.out"; then
  fail "doctor:"; grep "PROBLEM\|not recorded\|not installed" "$work/doctor.out" | sed 's/^/      /'
else
  pass "doctor: $(grep -E '^  (PySide6|matplotlib|jinja2|sqlite-utils|platformdirs|babel):' "$work/doctor.out" | tr -s ' ' | tr '\n' ';' || true)"
fi

# 4. What the bundle asks of the system.
pass "needs glibc $(python3 "$here/glibc_floor.py" --max "$bundle") or newer"
internal=$bundle/app/_internal
[ -d "$internal" ] || internal=$bundle/_internal  # bundles made before the launcher
host=$(cd "$internal" && ls | grep -E '^lib(stdc\+\+|gcc_s|glib-2|gobject|gio-2|dbus-1|systemd|fontconfig|freetype|X11|cups|gnutls|krb5|p11-kit|pango|harfbuzz|gtk-3|cairo)\.' | tr '\n' ' ' || true)
if [ -n "$host" ]; then fail "the desktop's own libraries are in the bundle: $host"; else pass "none of the desktop's own libraries are in the bundle"; fi
pass "size: $(du -sh "$bundle" | cut -f1)"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s) found."
  exit 1
fi
echo "The bundle works."
