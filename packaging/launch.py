"""Entry point of the PyInstaller bundle: what the `competence-app` console script does."""

import os
import sys

# WeasyPrint (every PDF, and printing) loads these from the system; the bundle does not
# carry them because every desktop (GNOME, KDE, Xfce, Cinnamon, MATE) has them already.
PANGO_LIBRARIES = ("libpango-1.0.so.0", "libpangoft2-1.0.so.0", "libharfbuzz.so.0")
PANGO_MISSING = (
    "Citizen Leadership Companion cannot make PDF documents or print on this computer:\n"
    "the Pango text library is missing. Everything else works, and Word and\n"
    "OpenDocument files can still be saved.\n\n"
    "To add it, install the package 'libpango-1.0-0' (Ubuntu, Debian, Linux Mint)\n"
    "or 'pango' (Fedora, openSUSE, Arch) with your software centre."
)


def _keep_matplotlib_cache() -> None:
    # PyInstaller's own matplotlib hook points MPLCONFIGDIR at a fresh temporary
    # folder (the spec leaves that hook out), so every chart would first spend seconds
    # rebuilding the font list. A one-folder build never moves its fonts, so the
    # list can live in the user's cache folder and be built once.
    if os.environ.get("MPLCONFIGDIR"):
        return
    from competence_app import APP_NAME

    if sys.platform.startswith("linux"):
        # The XDG rule platformdirs follows, without importing it at every start.
        cache = os.environ.get("XDG_CACHE_HOME", "").strip()
        cache = os.path.join(
            cache if os.path.isabs(cache) else os.path.expanduser("~/.cache"), APP_NAME
        )
    else:
        from platformdirs import user_cache_dir

        cache = user_cache_dir(APP_NAME, appauthor=False)
    os.environ["MPLCONFIGDIR"] = os.path.join(cache, "matplotlib")


def _library_folders() -> list[str]:
    arch = os.uname().machine
    folders = [f"/usr/lib/{arch}-linux-gnu", f"/lib/{arch}-linux-gnu", "/usr/lib64", "/lib64"]
    return folders + ["/usr/lib", "/lib", "/usr/local/lib"]


def missing_pango() -> list[str]:
    """The Pango libraries the system lacks. A look in the usual folders first (no
    loading, nothing slows the start); only for a name not found there, the loader's own
    search, so unusual layouts (NixOS, a custom LD_LIBRARY_PATH) are not misjudged."""
    import ctypes

    missing = []
    for name in PANGO_LIBRARIES:
        if any(os.path.exists(os.path.join(folder, name)) for folder in _library_folders()):
            continue
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def _tell(message: str) -> None:
    """The terminal always; a window too when started from the desktop (no terminal)."""
    print(message, file=sys.stderr)
    if sys.stderr.isatty() or not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return
    import subprocess

    from competence_app.environment import restore_for_children

    environ = dict(os.environ)
    restore_for_children(environ)
    for command in (
        ["zenity", "--warning", "--no-markup", "--width=460", "--text", message],
        ["kdialog", "--sorry", message],
        ["xmessage", "-center", "-buttons", "OK", message],
    ):
        try:
            subprocess.Popen(
                command, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        except OSError:
            continue
        return


def _check_system() -> None:
    if sys.platform.startswith("linux") and missing_pango():
        _tell(PANGO_MISSING)


if __name__ == "__main__":
    _keep_matplotlib_cache()
    _check_system()
    from competence_app.cli import main

    sys.exit(main())
