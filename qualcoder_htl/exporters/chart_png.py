"""The theme × level chart as a PNG image for Word, drawn without a GUI toolkit: numpy fills
the pixels, text comes from the glyph bitmaps in ``chart_font``, and the PNG is written with
zlib. ``add_theme_chart`` puts the heat map and its caption into a report.

The image is drawn at twice its printed resolution (about 250 dpi at 16 cm), so the text
stays sharp when printed."""
from __future__ import annotations

import io
import struct
import zlib
from functools import cache

import numpy as np
from docx.shared import Cm

from ..core.chart import ChartData, chart_data, column_rgb, format_value, heat_rgb, ink_on
from ..core.results import Matrix
from .docx_style import add_caption, text_width
from .labels import label

WIDTH = 1800  # pixels; printed at the text width
INK, GRID, FAINT = (26, 26, 26), (255, 255, 255), (110, 110, 110)
PAD, ROW_H, INDENT = 16, 46, 22


# --- text ---------------------------------------------------------------------------------
class _Font:
    def __init__(self, size: int, bold: bool):
        from .chart_font import CHARS, FONTS
        self.height, self.ascent, widths, data = FONTS[(size, bold)][0], FONTS[(size, bold)][1], \
            FONTS[(size, bold)][2], FONTS[(size, bold)][3]
        blob = np.frombuffer(zlib.decompress(__import__("base64").b64decode(data)), np.uint8)
        self.glyphs: dict[str, np.ndarray] = {}
        at = 0
        for ch, w in zip(CHARS, widths, strict=True):
            n = w * self.height
            self.glyphs[ch] = blob[at:at + n].reshape(self.height, w).astype(np.float32) / 255
            at += n

    def glyph(self, ch: str) -> np.ndarray:
        return self.glyphs.get(ch) if ch in self.glyphs else self.glyphs["?"]

    def width(self, text: str) -> int:
        return sum(self.glyph(ch).shape[1] for ch in text)

    def elide(self, text: str, room: int) -> str:
        """``text`` shortened with "…" at the end to fit ``room`` pixels."""
        if self.width(text) <= room:
            return text
        while text and self.width(text + "…") > room:
            text = text[:-1]
        return text.rstrip() + "…"

    def wrap(self, text: str, room: int, lines: int = 2) -> list[str]:
        """Words on up to ``lines`` lines of ``room`` pixels (the last elided)."""
        out, line = [], ""
        for word in text.replace("/", "/ ").split():
            trial = f"{line} {word}".strip().replace("/ ", "/")
            if self.width(trial) <= room or not line:
                line = trial
            else:
                out.append(line)
                line = word
        out.append(line)
        if len(out) > lines:
            out = out[:lines - 1] + [" ".join(out[lines - 1:])]
        return [self.elide(t, room) for t in out]


@cache
def font(size: int = 22, bold: bool = False) -> _Font:
    return _Font(size, bold)


class Canvas:
    def __init__(self, width: int, height: int):
        self.pixels = np.full((height, width, 3), 255, np.uint8)

    @property
    def size(self) -> tuple[int, int]:
        return self.pixels.shape[1], self.pixels.shape[0]

    def rect(self, x: int, y: int, w: int, h: int, rgb) -> None:
        W, H = self.size
        x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + w), min(H, y + h)
        if x1 > x0 and y1 > y0:
            self.pixels[y0:y1, x0:x1] = rgb

    def text(self, x: int, y: int, text: str, rgb=INK, f: _Font | None = None,
             align: str = "left") -> None:
        """``text`` with its top at ``y``; ``align`` "right" or "center" around ``x``."""
        f = f or font()
        if align == "right":
            x -= f.width(text)
        elif align == "center":
            x -= f.width(text) // 2
        colour = np.array(rgb, np.float32)
        W, H = self.size
        for ch in text:
            g = f.glyph(ch)
            h, w = g.shape
            x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + w), min(H, y + h)
            if x1 > x0 and y1 > y0:
                a = g[y0 - y:y1 - y, x0 - x:x1 - x, None]
                region = self.pixels[y0:y1, x0:x1].astype(np.float32)
                self.pixels[y0:y1, x0:x1] = (region * (1 - a) + colour * a + 0.5).astype(np.uint8)
            x += w

    def png(self) -> bytes:
        """The image as PNG bytes (8-bit RGB, no filter, zlib)."""
        W, H = self.size
        raw = np.zeros((H, W * 3 + 1), np.uint8)
        raw[:, 1:] = self.pixels.reshape(H, W * 3)

        def chunk(kind: bytes, data: bytes) -> bytes:
            return (struct.pack(">I", len(data)) + kind + data
                    + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
        return (b"\x89PNG\r\n\x1a\n"
                + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
                + chunk(b"pHYs", struct.pack(">IIB", 11811, 11811, 1))  # 300 dpi
                + chunk(b"IDAT", zlib.compress(raw.tobytes(), 6))
                + chunk(b"IEND", b""))


# --- charts -------------------------------------------------------------------------------
def _label_room(data: ChartData, width: int) -> int:
    f, bold = font(), font(22, True)
    widest = max((((bold if r.parent else f).width(r.label) + INDENT * r.depth)
                  for r in data.rows), default=0)
    return min(widest + PAD, width * 2 // 5)


def _row_label(c: Canvas, r, x: int, y: int, room: int, h: int) -> None:
    f = font(22, r.parent)
    indent = INDENT * r.depth
    c.text(x + indent, y + (h - f.height) // 2, f.elide(r.label, room - indent - PAD // 2),
           INK, f)


def heatmap_png(data: ChartData, width: int = WIDTH, decimal: str = ",") -> bytes:
    """Themes down, columns across, each cell shaded by its value and labelled with it."""
    f = font()
    left = _label_room(data, width)
    n = max(1, len(data.columns))
    cell_w = (width - left - PAD) // n
    headers = [f.wrap(t, cell_w - 8, 3) for t in data.columns]
    head_h = max((len(h) for h in headers), default=1) * f.height + PAD
    legend_h = f.height + 34
    height = PAD + head_h + ROW_H * len(data.rows) + PAD + legend_h + PAD
    c = Canvas(width, height)
    y = PAD
    for i, lines in enumerate(headers):
        x = left + i * cell_w + cell_w // 2
        top = y + head_h - PAD // 2 - len(lines) * f.height
        for k, line in enumerate(lines):
            c.text(x, top + k * f.height, line, INK, font(22, True), "center")
    y += head_h
    for r in data.rows:
        _row_label(c, r, PAD // 2, y, left, ROW_H)
        for i, value in enumerate(r.values):
            x = left + i * cell_w
            rgb = heat_rgb(data.fraction(value)) if value else (247, 247, 247)
            if r.parent and value:
                rgb = tuple(round(v * 0.35 + 236 * 0.65) for v in rgb)  # rolled up: a band
            c.rect(x + 1, y + 1, cell_w - 2, ROW_H - 2, rgb)
            text = format_value(value, data.measure, decimal) if value else "–"
            c.text(x + cell_w // 2, y + (ROW_H - f.height) // 2, text,
                   ink_on(rgb) if value else FAINT, font(22, r.parent), "center")
        y += ROW_H
    y += PAD
    # the scale: 0 … the largest leaf cell
    steps = 10
    bar_w = min(420, width - left - PAD)
    c.text(left, y + 2, "0", FAINT, f)
    x0 = left + f.width("0") + 10
    for s in range(steps):
        c.rect(x0 + s * bar_w // steps, y, bar_w // steps + 1, f.height,
               heat_rgb((s + 0.5) / steps))
    c.text(x0 + bar_w + 10, y + 2, format_value(data.top, data.measure, decimal), FAINT, f)
    return c.png()


def bars_png(data: ChartData, width: int = WIDTH, decimal: str = ",") -> bytes:
    """Per theme a group of horizontal bars, one per column in the column's colour."""
    f = font()
    left = _label_room(data, width)
    n = max(1, len(data.columns))
    bar_h, gap = 16, 18
    group_h = n * bar_h + gap
    legend = [(i, f.elide(t, 360)) for i, t in enumerate(data.columns)]
    legend_rows, x = 1, PAD
    for _, t in legend:
        w = 34 + f.width(t) + 26
        if x + w > width - PAD:
            legend_rows, x = legend_rows + 1, PAD
        x += w
    legend_h = legend_rows * (f.height + 8) + PAD
    height = PAD + legend_h + group_h * len(data.rows) + PAD
    c = Canvas(width, height)
    x, y = PAD, PAD
    for i, t in legend:
        w = 34 + f.width(t) + 26
        if x + w > width - PAD:
            x, y = PAD, y + f.height + 8
        c.rect(x, y + 4, 24, f.height - 8, column_rgb(i))
        c.text(x + 32, y, t, INK, f)
        x += w
    y = PAD + legend_h
    room = width - left - PAD - f.width("0000") - 12
    for r in data.rows:
        _row_label(c, r, PAD // 2, y, left, n * bar_h)
        c.rect(left - 2, y - gap // 4, 2, group_h - gap // 2, (200, 200, 200))
        for i, value in enumerate(r.values):
            length = round(room * data.fraction(value)) if not r.parent else round(
                room * min(1.0, value / max(data.top, max(r.values) or 1)))
            by = y + i * bar_h
            c.rect(left, by + 2, length, bar_h - 3, column_rgb(i))
            if value:
                small = font(22)
                c.text(left + length + 6, by + (bar_h - small.height) // 2,
                       format_value(value, data.measure, decimal), FAINT, small)
        y += group_h
    return c.png()


# --- Word ---------------------------------------------------------------------------------
def add_theme_chart(doc, matrix: Matrix, *, rows: list[int] | None = None, language: str = "sv",
                    measure: str = "segments", number: int = 1):
    """The theme × column heat map as a picture at the text width, with a numbered caption
    ("Figur 1. …"). Returns the caption paragraph; nothing when the matrix is empty."""
    data = chart_data(matrix, measure, rows)
    if data.empty:
        return None
    png = heatmap_png(data, decimal="," if language == "sv" else ".")
    doc.add_picture(io.BytesIO(png), width=min(text_width(doc.sections[-1]), Cm(16)))
    by = (matrix.column_title or label("total", language)).lower()
    return add_caption(doc, label("figure", language), number,
                       label("chart_caption", language, by=by))
