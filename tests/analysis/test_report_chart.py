"""The theme report's heat map: a real PNG (decoded here by hand: signature, chunk CRCs,
size, pixels) placed in the Word file right after the overview table, with a numbered
figure caption; drawn without Qt."""
from __future__ import annotations

import struct
import subprocess
import sys
import zlib

import pytest

from qualcoder_htl.core.chart import chart_data, heat_rgb
from qualcoder_htl.exporters.chart_png import bars_png, heatmap_png

from .docx_check import open_docx


def decode_png(data: bytes):
    """(width, height, rows of RGB tuples) of an 8-bit RGB PNG without filters or with the
    filters our writer may use (none); every chunk's CRC checked."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, chunks = 8, []
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc, kind
        chunks.append((kind, body))
        at += 12 + length
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, colour, *_ = struct.unpack(">IIBBBBB", chunks[0][1])
    assert (depth, colour) == (8, 2)
    raw = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    stride = width * 3 + 1
    assert len(raw) == stride * height
    rows = []
    for y in range(height):
        line = raw[y * stride:(y + 1) * stride]
        assert line[0] == 0
        rows.append([tuple(line[1 + 3 * x:4 + 3 * x]) for x in range(width)])
    return width, height, rows


def test_heat_map_png_shades_the_largest_cell_darkest(study):
    matrix = study.analysis.matrix()
    data = chart_data(matrix, "segments")
    width, height, rows = decode_png(heatmap_png(data, width=900))
    assert width == 900 and height > 46 * len(data.rows)
    colours = {px for row in rows[::2] for px in row[::2]}
    assert heat_rgb(1.0) in colours  # the largest leaf cell
    assert heat_rgb(0.0) not in colours or data.top == 0
    w2, h2, rows2 = decode_png(bars_png(data, width=900))
    assert w2 == 900 and len({px for row in rows2[::3] for px in row[::3]}) > 5


@pytest.mark.parametrize("language,caption", [("sv", "Figur 1. Kodade segment per tema"),
                                              ("en", "Figure 1. Coded segments by theme")])
def test_the_theme_report_contains_the_chart_with_a_caption(study, tmp_path, language, caption):
    out = study.analysis.export_report(tmp_path / "r.docx", language=language)
    doc = open_docx(out)
    assert len(doc.inline_shapes) == 1
    blip = doc.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip
    image = doc.part.related_parts[blip.embed]
    assert image.content_type == "image/png"
    width, height, _ = decode_png(image.blob)
    assert width > 1000 and height > 200
    paragraphs = doc.paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p._p.xpath(".//pic:pic"))
    after = paragraphs[at + 1]
    assert after.style.name == "Caption" and after.text.startswith(caption)
    # printed no wider than the text
    section = doc.sections[0]
    assert doc.inline_shapes[0].width <= section.page_width - section.left_margin \
        - section.right_margin


def test_the_chart_is_drawn_without_qt():
    code = ("import sys; import qualcoder_htl.exporters.chart_png, qualcoder_htl.core.chart; "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)
