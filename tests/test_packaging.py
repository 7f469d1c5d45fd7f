"""What ships around the app: the desktop entry, AppStream metadata, icons, the bundle spec.

Cheap checks only: building the PyInstaller bundle takes minutes, so that is done by
packaging/build-linux.sh, not here.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from competence_app import APP_ID, APP_NAME, __version__
from competence_app.paths import resource_path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "competence-app.spec"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def console_script() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    scripts = {**project.get("scripts", {}), **project.get("gui-scripts", {})}
    (name,) = [name for name, target in scripts.items() if target == "competence_app.cli:main"]
    return name


def run_validator(*command: str) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (.ci/run installs it)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_desktop_file_is_valid():
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_valid_offline():
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_matches_the_app():
    entry = desktop_entry()
    # Qt uses the desktop file name to match windows with their menu entry and icon.
    assert DESKTOP.stem == APP_ID
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == console_script()


def test_metainfo_matches_the_app():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.find("launchable").text == DESKTOP.name
    assert component.find("provides/binary").text == console_script()
    versions = [release.get("version") for release in component.iter("release")]
    assert __version__ in versions
    assert component.find("content_rating") is not None


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_at_each_size(size):
    path = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size)


def test_scalable_icon_is_the_one_the_app_uses():
    shipped = resource_path("resources", "icons", f"{APP_ID}.svg")
    installed = PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert shipped.read_bytes() == installed.read_bytes(), "run packaging/render_icons.py"
    ET.parse(shipped)  # well-formed


def test_windows_icon_holds_the_sizes_explorer_asks_for():
    data = (PACKAGING / "icons" / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sides = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides


def test_window_icon_is_set(qapp):
    from competence_app.gui.shell.app import make_application

    assert not make_application().windowIcon().isNull()


def test_bundle_spec_carries_resources_and_forms():
    spec = SPEC.read_text(encoding="utf-8")
    # Where competence_app.paths.resource_path() looks first in a frozen build.
    assert '(str(ROOT / "resources"), "competence_app/resources")' in spec
    assert '(str(ROOT / "ui"), "competence_app/ui")' in spec
    assert "pyi_rth_mplconfig" in spec  # the font cache must outlive the run
    for script in ("build-linux.sh", "build-macos.sh", "build-windows.ps1", "install.sh"):
        assert (PACKAGING / script).is_file(), script
    assert (PACKAGING / "competence-app.iss").is_file()


def test_build_output_is_not_committed():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "/packaging/build/" in ignored and "/packaging/dist/" in ignored
