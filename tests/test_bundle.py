"""The Linux bundle and its helpers: what goes in, the launcher, the installer, the check.

The built bundle itself is checked by packaging/check-bundle.sh (the last test here), which
runs when packaging/build-linux.sh has made one and is skipped, with the reason, otherwise.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUNDLE = PACKAGING / "dist" / "competence-app"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = load("bundle_rules")
glibc_floor = load("glibc_floor")


# -- what goes in ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "qt",
    ["PySide6/Qt", "PySide6"],  # Linux and macOS wheels, Windows wheels
)
def test_qt_languages_and_plugins_are_trimmed_in_both_layouts(qt):
    sep = "\\" if qt == "PySide6" else "/"
    ext, lib = (".dll", "") if qt == "PySide6" else (".so", "lib")

    def path(*parts: str) -> str:
        return sep.join([*qt.split("/"), *parts])

    assert rules.wanted(path("translations", "qtbase_es.qm"))
    assert not rules.wanted(path("translations", "qtbase_fr.qm"))
    assert not rules.wanted(path("translations", "qtwebengine_de.qm"))
    assert not rules.wanted(path("plugins", "sqldrivers", f"{lib}qsqlite{ext}"))
    assert not rules.wanted(path("plugins", "imageformats", f"{lib}qtiff{ext}"))
    assert rules.wanted(path("plugins", "imageformats", f"{lib}qsvg{ext}"))
    assert rules.wanted(path("plugins", "platforms", f"{lib}qxcb{ext}"))


def test_the_gtk_theme_ships_for_the_desktops_own_file_dialogs():
    assert rules.wanted("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert rules.wanted("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so")


def test_fontconfig_configuration_ships_only_where_the_bundle_brings_fontconfig():
    assert not rules.wanted("etc/fonts/fonts.conf", "linux")
    assert rules.wanted("etc\\fonts\\fonts.conf", "win32")
    assert rules.wanted("etc/fonts/fonts.conf", "darwin")


def test_unused_fonts_and_locales_stay_out():
    fonts = "matplotlib/mpl-data/fonts/ttf/"
    assert rules.wanted(fonts + "DejaVuSans.ttf") and rules.wanted(fonts + "DejaVuSans-Bold.ttf")
    for name in ("STIXGeneral.ttf", "cmr10.ttf", "DejaVuSerif.ttf", "DejaVuSansMono-Bold.ttf"):
        assert not rules.wanted(fonts + name), name
    for kept in ("root.dat", "en.dat", "en_GB.dat", "es.dat", "es_419.dat"):
        assert rules.wanted(f"babel/locale-data/{kept}"), kept
    assert not rules.wanted("babel/locale-data/fr.dat")
    assert not rules.wanted("babel/locale-data/eo.dat")
    assert rules.wanted("babel/global.dat")


def test_the_desktops_own_libraries_stay_out_and_pythons_stay_in():
    lib = "/usr/lib/x86_64-linux-gnu/"
    for name in (
        "libstdc++.so.6",
        "libglib-2.0.so.0",
        "libdbus-1.so.3",
        "libsystemd.so.0",
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libX11.so.6",
        "libxcb.so.1",
        "libcups.so.2",
        "libgnutls.so.30",
        "libkrb5.so.3",
        "libp11-kit.so.0",
        "libpango-1.0.so.0",
        "libharfbuzz.so.0",
        "libgtk-3.so.0",
    ):
        assert rules.is_system_library(lib + name), name
    for name in (
        "libffi.so.8",
        "libsqlite3.so.0",
        "libcrypto.so.3",
        "libssl.so.3",
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxkbcommon-x11.so.0",
    ):
        assert not rules.is_system_library(lib + name), name
    # Wheels' own libraries and a Python built outside the system folders always ship.
    assert not rules.is_system_library(
        "/venv/lib/python3.11/site-packages/numpy.libs/libgfortran.so.5"
    )
    assert not rules.is_system_library("/home/me/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0")


def test_the_spec_builds_windowed_apps_on_macos_and_windows():
    spec = (PACKAGING / "competence-app.spec").read_text(encoding="utf-8")
    assert 'console=sys.platform.startswith("linux")' in spec
    assert "copy_metadata" in spec  # doctor reads library versions from it
    assert 'collect_submodules("competence_app")' in spec


def test_build_tools_are_pinned():
    lines = (PACKAGING / "requirements-build.txt").read_text(encoding="utf-8").splitlines()
    pins = [line for line in lines if line and not line.startswith("#")]
    assert pins and all(re.fullmatch(r"[a-z-]+==[0-9.]+", pin) for pin in pins), pins
    assert any(pin.startswith("pyinstaller==") for pin in pins)


def test_windows_build_stops_when_a_program_fails():
    lines = (PACKAGING / "build-windows.ps1").read_text(encoding="utf-8").splitlines()
    assert '$ErrorActionPreference = "Stop"' in lines
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("& ") or stripped.startswith("python "):
            following = " ".join(lines[number + 1 : number + 3])
            assert "$LASTEXITCODE -ne 0" in following, f"line {number + 1}: {stripped}"


def test_windows_installer_states_its_inno_setup_version():
    iss = (PACKAGING / "competence-app.iss").read_text(encoding="utf-8")
    assert "#if Ver < EncodeVer(6, 3, 0)" in iss and "x64compatible" in iss


def test_macos_build_signs_for_notarisation_and_offers_applications():
    script = (PACKAGING / "build-macos.sh").read_text(encoding="utf-8")
    assert "--options runtime --timestamp" in script
    assert "ln -s /Applications" in script
    assert "render_icons.py --iconset" in script  # up to 1024 px


# -- the glibc floor ------------------------------------------------------------------


def test_glibc_floor_reads_a_real_library():
    if shutil.which("objdump") is None:
        pytest.skip("objdump is not installed (binutils)")
    need = glibc_floor.needs(Path(sys.executable).resolve())
    assert need >= (2, 2), need


def test_runs_on_names_the_oldest_releases_with_that_glibc():
    words = glibc_floor.runs_on((2, 31))
    assert "Ubuntu 20.04" in words and "Debian 11" in words and "Linux Mint 20" in words
    assert "Red Hat Enterprise Linux 9" in words
    assert glibc_floor.runs_on((2, 36)).startswith("Ubuntu 24.04, Linux Mint 22, Debian 12")


# -- the launcher ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def launcher_folder(tmp_path_factory):
    """A bundle-shaped folder: the launcher (needing a glibc from the future), a stand-in
    program that prints its arguments, and an install.sh that says it ran."""
    if shutil.which("gcc") is None:
        pytest.skip("gcc is not installed (build-essential builds the launcher)")
    folder = tmp_path_factory.mktemp("bundle")

    def build(name: str, need: str) -> Path:
        target = folder / name
        result = subprocess.run(
            [
                "gcc",
                "-static",
                "-Os",
                "-o",
                str(target),
                f'-DNEED_GLIBC="{need}"',
                '-DRUNS_ON="Ubuntu 20.04 and newer."',
                str(PACKAGING / "launcher.c"),
            ],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot build the static launcher: {result.stderr[-300:]}")
        return target

    build("competence-app", "2.17")
    build("too-new", "99.0")
    os.link(folder / "competence-app", folder / "Install in my menu")
    (folder / "app").mkdir()
    program = folder / "app" / "competence-app"
    program.write_text('#!/bin/sh\necho "app: $*"\n')
    program.chmod(0o755)
    (folder / "install.sh").write_text('echo "installer ran"\n')
    return folder


def test_launcher_hands_over_with_the_same_arguments(launcher_folder):
    result = subprocess.run(
        [str(launcher_folder / "competence-app"), "export", "--output", "my plan.pdf"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "app: export --output my plan.pdf\n"


def test_launcher_says_plainly_when_the_system_is_too_old(launcher_folder):
    environ = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [str(launcher_folder / "too-new")], capture_output=True, text=True, timeout=30, env=environ
    )
    assert result.returncode == 1
    assert "cannot start on this computer: its system is too old" in result.stderr
    assert "glibc) 99.0 or newer; this computer has glibc 2." in result.stderr
    assert "It runs on Ubuntu 20.04 and newer." in result.stderr
    assert "app:" not in result.stdout


def test_install_in_my_menu_runs_the_installer(launcher_folder):
    result = subprocess.run(
        [str(launcher_folder / "Install in my menu")], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "installer ran\n"


# -- install.sh -----------------------------------------------------------------------


def test_install_and_uninstall_keep_the_persons_data(tmp_path):
    download = tmp_path / "download" / "competence-app"
    (download / "share" / "applications").mkdir(parents=True)
    (download / "share" / "metainfo").mkdir(parents=True)
    shutil.copy(
        PACKAGING / "org.citizenleadership.Companion.desktop", download / "share" / "applications"
    )
    shutil.copy(
        PACKAGING / "org.citizenleadership.Companion.metainfo.xml", download / "share" / "metainfo"
    )
    shutil.copytree(PACKAGING / "icons" / "hicolor", download / "share" / "icons" / "hicolor")
    shutil.copy(PACKAGING / "install.sh", download)
    (download / "competence-app").write_text("#!/bin/sh\n")
    (download / "competence-app").chmod(0o755)
    home = tmp_path / "home"
    data = home / ".local" / "share" / "Citizen Leadership Companion"
    data.mkdir(parents=True)
    (data / "companion.sqlite3").write_text("answers")
    environ = {"HOME": str(home), "PATH": "/usr/bin:/bin"}

    installed = subprocess.run(
        ["sh", str(download / "install.sh")],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert installed.returncode == 0, installed.stderr
    assert "Installed." in installed.stdout
    target = home / ".local" / "lib" / "competence-app"
    entry = (
        home / ".local" / "share" / "applications" / "org.citizenleadership.Companion.desktop"
    ).read_text()
    assert f'Exec="{target}/competence-app"' in entry
    assert (home / ".local" / "bin" / "competence-app").resolve() == target / "competence-app"
    assert stat.S_IMODE((target / "competence-app").stat().st_mode) & 0o100

    removed = subprocess.run(
        ["sh", str(target / "install.sh"), "--uninstall"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert removed.returncode == 0, removed.stderr
    assert "still in your data folder" in removed.stdout
    assert not target.exists()
    assert not (home / ".local" / "bin" / "competence-app").exists()
    assert (data / "companion.sqlite3").read_text() == "answers"


def test_the_archive_read_me_tells_how_to_install_without_a_terminal():
    text = (PACKAGING / "READ-ME.txt").read_text(encoding="utf-8")
    assert 'Double-click "Install in my menu"' in text
    assert "--uninstall" in text and "reflections and plans are kept" in text
    assert "@RUNS_ON@" in text  # build-linux.sh fills in the systems it runs on


# -- the built bundle -----------------------------------------------------------------


def test_the_built_bundle_starts_exports_and_knows_its_versions():
    if not (BUNDLE / "competence-app").exists():
        pytest.skip("no bundle built: packaging/build-linux.sh makes one (several minutes)")
    missing = [
        tool for tool in ("Xvfb", "xdotool", "pdfinfo", "unzip") if shutil.which(tool) is None
    ]
    if missing:
        pytest.skip(f"packaging/check-bundle.sh needs {', '.join(missing)}")
    result = subprocess.run(
        [str(PACKAGING / "check-bundle.sh"), str(BUNDLE)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The bundle works." in result.stdout


# -- the Pango check at start ---------------------------------------------------------


def test_missing_pango_is_named_and_present_pango_is_not(monkeypatch):
    launch = load("launch")
    assert launch.missing_pango() == []  # .ci/run installs Pango, as every desktop has it
    monkeypatch.setattr(launch, "PANGO_LIBRARIES", ("libpango-1.0.so.0", "libpango-0.99-gone.so.0"))
    assert launch.missing_pango() == ["libpango-0.99-gone.so.0"]
    assert (
        "libpango-1.0-0" in launch.PANGO_MISSING and "Everything else works" in launch.PANGO_MISSING
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux rule")
@pytest.mark.parametrize("xdg", [None, "/tmp/elsewhere-cache"])
def test_the_bundles_chart_font_cache_lives_where_platformdirs_puts_it(monkeypatch, xdg):
    """launch.py finds the user's cache folder without importing platformdirs at every
    start; it must still be the folder platformdirs would give."""
    from platformdirs import user_cache_dir

    from competence_app import APP_NAME

    launch = load("launch")
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    launch._keep_matplotlib_cache()
    expected = os.path.join(user_cache_dir(APP_NAME, appauthor=False), "matplotlib")
    assert os.environ["MPLCONFIGDIR"] == expected
