#!/bin/sh
# Put Citizen Leadership Companion in your applications menu, for you alone (no root needed).
#
#   ./install.sh              copy this folder to ~/.local/lib/competence-app and add the menu entry
#   ./install.sh --uninstall  take them away again (your data folder is never touched)
#
# Run it from the unpacked download (the folder holding competence-app and share/).
# Without a terminal, double-click "Install in my menu" in the folder instead: it checks
# the system like competence-app does, then runs this script, which then answers in a
# window (zenity, kdialog or xmessage) as well as on its output.
# PREFIX=/opt/somewhere ./install.sh installs elsewhere.
set -eu
app_id=org.citizenleadership.Companion
prefix=${PREFIX:-$HOME/.local}
here=$(cd "$(dirname "$0")" && pwd)
target=$prefix/lib/competence-app
sizes="16 24 32 48 64 128 256 512"

# Say how it went: on the terminal, and in a window when there is no terminal to read.
say() {
  echo "$1"
  [ -t 1 ] && return 0
  [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || return 0
  if command -v zenity >/dev/null 2>&1; then
    zenity --info --no-markup --width=420 --title "Citizen Leadership Companion" --text "$1" || true
  elif command -v kdialog >/dev/null 2>&1; then
    kdialog --title "Citizen Leadership Companion" --msgbox "$1" || true
  elif command -v xmessage >/dev/null 2>&1; then
    xmessage -center -buttons OK "$1" || true
  fi
}

refresh() {
  # Menus and icon themes notice new files sooner with these; neither is required.
  command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$prefix/bin/competence-app" \
    "$prefix/share/applications/$app_id.desktop" \
    "$prefix/share/metainfo/$app_id.metainfo.xml" \
    "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
  for size in $sizes; do
    rm -f "$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
  rm -rf "$target"
  refresh
  say "Removed. Your reflections and plans are still in your data folder."
  exit 0
fi

[ -x "$here/competence-app" ] || { say "Run this from the unpacked competence-app folder." >&2; exit 1; }
if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -R "$here" "$target"
fi
mkdir -p "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo" "$prefix/share/icons"
ln -sf "$target/competence-app" "$prefix/bin/competence-app"
# The menu may not search ~/.local/bin, so the entry names the program by its full path.
sed "s|^Exec=competence-app|Exec=\"$target/competence-app\"|" \
  "$here/share/applications/$app_id.desktop" >"$prefix/share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$prefix/share/metainfo/"
cp -R "$here/share/icons/hicolor" "$prefix/share/icons/"
refresh
done="Installed. Look for Citizen Leadership Companion in your applications menu
(you may need to log out and in again for it to appear), or type competence-app in a terminal."
if [ "$here" != "$target" ]; then
  done="$done
The downloaded folder is no longer needed: you can delete it."
fi
say "$done"
