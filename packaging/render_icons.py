"""Render the app icon's PNG sizes (and the Windows .ico) from its one SVG.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py --iconset DIR.iconset


The SVG in resources/icons/ is the only source: the app's window icon is drawn from
it, and this script writes packaging/icons/hicolor/ (the freedesktop.org layout that
packaging/install.sh copies) and packaging/icons/org.citizenleadership.Companion.ico.
Qt draws the PNGs, so the result does not depend on which SVG tool a machine has.
Run it again after changing the SVG, and commit what it writes. With --iconset it
writes instead the macOS icon set (16 to 512 points, each also at twice the pixels, so up
to 1024 px) that build-macos.sh turns into the .icns with iconutil; that is not committed.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.citizenleadership.Companion"
SOURCE = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows Explorer asks for


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


# macOS's icon set: icon_NxN.png and icon_NxN@2x.png (2N pixels) for each N.
ICONSET_POINTS = (16, 32, 128, 256, 512)


def write_iconset(renderer: QSvgRenderer, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for points in ICONSET_POINTS:
        for suffix, pixels in (("", points), ("@2x", 2 * points)):
            target = folder / f"icon_{points}x{points}{suffix}.png"
            if not render(renderer, pixels).save(str(target), "PNG"):
                print(f"cannot write {target}", file=sys.stderr)
                return 1
    print(f"wrote the macOS icon set (up to 1024 px) in {folder}")
    return 0


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    if sys.argv[1:2] == ["--iconset"]:
        return write_iconset(renderer, Path(sys.argv[2]))
    hicolor = ICONS / "hicolor"
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable / f"{APP_ID}.svg")
    for size in SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{APP_ID}.png"
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
    # Qt's ICO writer stores one image per file, so the sizes are packed here by hand.
    write_ico(ICONS / f"{APP_ID}.ico", [render(renderer, size) for size in ICO_SIZES])
    print(f"wrote {len(SIZES)} PNGs and an .ico under {ICONS.relative_to(ROOT)}")
    return 0


def write_ico(target: Path, images: list[QImage]) -> None:
    """An .ico holding PNG-compressed images, which Windows Vista and later read."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        blobs.append(bytes(data))
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256  # 0 means 256 in the ICO format
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    target.write_bytes(header + entries + b"".join(blobs))


if __name__ == "__main__":
    sys.exit(main())
