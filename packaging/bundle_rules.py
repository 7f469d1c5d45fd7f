"""What goes into the bundle and what stays out: plain rules the spec applies.

Kept apart from competence-app.spec (which only PyInstaller can run) so that
tests/test_packaging.py can check them on every platform's file layout.
"""

from __future__ import annotations

import re
import sys
from pathlib import PurePath, PurePosixPath, PureWindowsPath

# Qt's own strings (standard buttons, file and print dialogs) for the languages the
# app speaks. Every other language file of Qt is left out (~20 MB).
QT_LANGUAGES = ("en", "es")
QT_TRANSLATIONS_KEPT = {f"qtbase_{lang}.qm" for lang in QT_LANGUAGES}

# Plugins the app never loads. Kept: platforms xcb, wayland, offscreen and minimal
# (windows and cocoa elsewhere); the image formats Qt draws icons and pictures from
# (svg, png, jpeg, gif, ico); the svg icon engine; the GTK 3 theme (GNOME's, Cinnamon's
# and Xfce's own file dialogs: Qt picks it there, as for the pip-installed app) and the
# xdg-desktop-portal theme (Flatpak, Snap, or QT_QPA_PLATFORMTHEME=xdgdesktopportal);
# input methods (compose keys, IBus) and CUPS printing. The GTK theme's GTK, GDK, cairo
# and Pango are the desktop's own, never bundled (see SYSTEM_LIBRARIES): a desktop
# without GTK simply gets Qt's dialogs.
PLUGIN_DIRS_DROPPED = {
    "designer",
    "qmltooling",
    "qmllint",
    "sqldrivers",
    "tls",
    "networkinformation",
    "egldeviceintegrations",
    "generic",
    "vectorimageformats",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
}
# By name without "lib" and the extension, so the same set fits .so, .dll and .dylib.
PLUGINS_DROPPED = {
    "qeglfs",
    "qlinuxfb",
    "qvnc",
    "qvkkhrdisplay",
    "qminimalegl",
    "qdirect2d",
    "qtiff",
    "qwebp",
    "qtga",
    "qwbmp",
}

# matplotlib's fonts the charts never use: they draw in DejaVu Sans (8.7 MB less).
MPL_FONTS_DROPPED = re.compile(r"^(STIX|cm[a-z]+10|DejaVuSerif|DejaVuSansMono)")
# Babel's locale data is ~36 MB; the app formats money in the languages it speaks.
BABEL_LOCALES_KEPT = re.compile(r"^(root|en|en_.*|es|es_.*)\.dat$")

# Linux: the host's libraries the bundle carries. Everything else the analysis finds in
# the system's folders (/lib, /usr/lib) is the desktop's own and stays out: the C++ and
# GCC run-time, glib, D-Bus, systemd, fontconfig, freetype, X11 and the core xcb
# libraries, Wayland, GTK, cairo, Pango and HarfBuzz (WeasyPrint and the GTK theme use
# the system's), CUPS (and with it gnutls, krb5, avahi, p11-kit: the app never goes on
# the network). Copies from the build machine would need its newer glibc and could clash
# with the libraries the desktop has already loaded.
# Kept: what Python's own modules link to and distributions ship in different versions
# (libffi 7 or 8, OpenSSL 1.1 or 3: WeasyPrint needs Python's ssl module to load, though
# it never fetches anything here), and the xcb helper libraries Qt's X11 support
# needs but a desktop does not always install (libxcb-cursor0 is missing on Ubuntu 22.04).
HOST_LIBRARIES_KEPT = re.compile(
    r"^lib(python3|ffi|sqlite3|crypto|ssl|bz2|lzma|mpdec|uuid"
    r"|xcb-(cursor|icccm|image|keysyms|render-util|util|xinerama|xinput|xkb)"
    r"|xkbcommon|xkbcommon-x11)\b"
)
SYSTEM_FOLDERS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")


def _parts(dest: str) -> tuple[str, ...]:
    # PyInstaller's destinations use the build platform's separator.
    path: PurePath = PureWindowsPath(dest) if "\\" in dest else PurePosixPath(dest)
    return path.parts


def _plugin_name(file_name: str) -> str:
    return re.sub(r"^lib|\.(so|dll|dylib)$", "", file_name)


def wanted(dest: str, platform: str = sys.platform) -> bool:
    """Whether a file the analysis collected (by its place in the bundle) ships."""
    parts = _parts(dest)
    if parts[:3] == ("matplotlib", "mpl-data", "sample_data"):
        return False
    if parts[:3] == ("matplotlib", "mpl-data", "fonts") and MPL_FONTS_DROPPED.match(parts[-1]):
        return False
    if parts[:2] == ("babel", "locale-data") and not BABEL_LOCALES_KEPT.match(parts[-1]):
        return False
    if parts[:2] == ("etc", "fonts") and platform.startswith("linux"):
        # WeasyPrint's hook copies /etc/fonts; Linux's own fontconfig reads the system's.
        # (On Windows and macOS it is the bundled fontconfig's configuration: it stays.)
        return False
    if parts[:2] == ("competence_app", "resources") and parts[-1].endswith(".ts"):
        return False  # translators' sources; the compiled .qm files ship
    if parts[:1] != ("PySide6",):
        return True
    # Linux and macOS wheels keep Qt under PySide6/Qt/, Windows ones directly in PySide6\.
    qt = parts[2:] if parts[1:2] == ("Qt",) else parts[1:]
    if qt[:1] == ("translations",):
        return qt[-1] in QT_TRANSLATIONS_KEPT
    if qt[:1] == ("plugins",) and len(qt) > 2:
        return qt[1] not in PLUGIN_DIRS_DROPPED and _plugin_name(qt[-1]) not in PLUGINS_DROPPED
    return True


def is_system_library(source: str) -> bool:
    """A Linux library from the host's folders that the desktop provides itself."""
    if not source.startswith(SYSTEM_FOLDERS):
        return False
    return not HOST_LIBRARIES_KEPT.match(PurePosixPath(source).name)
