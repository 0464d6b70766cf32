"""Draw the application icon and write it in the formats the three platforms want.

    QT_QPA_PLATFORM=offscreen python resources/icons/make_icon.py

Writes, beside this script: ``qualcoder-htl.png`` (512 px, the window icon and Linux),
``qualcoder-htl.ico`` (Windows: 16–256 px) and ``qualcoder-htl.icns`` (macOS: 16–1024 px).
The .ico and .icns hold PNG images, written here without any tool beyond Qt: a page of
transcript with coded passages highlighted and their coding bars in the margin.
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "qualcoder-htl"
CODES = ("#46b4c8", "#e6194b", "#f2b705")  # the coding colours of the demo codebook


def draw(size: int):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 64, size / 64)  # drawn on a 64-unit grid
    background = QPainterPath()
    background.addRoundedRect(QRectF(2, 2, 60, 60), 12, 12)
    p.fillPath(background, QColor("#1f4e66"))
    page = QPainterPath()
    page.addRoundedRect(QRectF(11, 9, 32, 46), 3, 3)
    p.fillPath(page, QColor("#fbfaf6"))
    lines = ((14, 15, 26), (14, 21, 23), (14, 27, 26), (14, 33, 20), (14, 39, 25), (14, 45, 17))
    marks = {1: 0, 2: 0, 4: 1, 5: 2}  # line -> code highlighted on it
    for n, (x, y, w) in enumerate(lines):
        if n in marks:
            colour = QColor(CODES[marks[n]])
            colour.setAlpha(110)
            p.fillRect(QRectF(x - 1, y - 2.2, w + 2, 4.4), colour)
        p.fillRect(QRectF(x, y - 0.9, w, 1.8), QColor("#44515a"))
    for code, (top, bottom) in enumerate(((19, 29), (37, 41), (43, 47))):
        bar = QPainterPath()
        bar.addRoundedRect(QRectF(47 + 4 * (code == 0), top, 3.2, bottom - top), 1.6, 1.6)
        p.fillPath(bar, QColor(CODES[code]))
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return image, bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon whose images are PNGs (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data),
                               offset + len(blobs))
        blobs += data
    return header + entries + blobs


ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family whose images are PNGs (macOS 10.7 and later)."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
                    for size, data in sorted(pngs.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    pngs = {size: draw(size)[1] for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    (HERE / f"{NAME}.png").write_bytes(pngs[512])
    (HERE / f"{NAME}.ico").write_bytes(ico({s: pngs[s] for s in (16, 24, 32, 48, 64, 128, 256)}))
    (HERE / f"{NAME}.icns").write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    print("wrote", ", ".join(f"{NAME}{ext}" for ext in (".png", ".ico", ".icns")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
