"""Hostile and oversized inputs, built with zipfile as an attacker would, and a way to import
one in a fresh process and measure that process's peak memory. Used by
tests/importers/test_bounded_inputs.py and tests/benchmarks/bench_inputs.py."""
from __future__ import annotations

import json
import os
import resource
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PARAGRAPH = ("<w:p><w:r><w:t>IP: Det var en lång dag på skolan och vi pratade om "
             "samverkan. </w:t></w:r></w:p>").encode()


def _stream_member(z: zipfile.ZipFile, name: str, head: bytes, body: bytes, tail: bytes,
                   size: int) -> None:
    with z.open(name, "w", force_zip64=size > 2000 * MiB) as f:
        f.write(head)
        chunk = body * max(1, (4 * MiB) // len(body))
        written = len(head)
        while written < size:
            f.write(chunk)
            written += len(chunk)
        f.write(tail)


def docx_bomb(path: Path, size: int = 200 * MiB, compression=zipfile.ZIP_DEFLATED) -> Path:
    """A .docx whose word/document.xml is ``size`` bytes of repeated paragraphs."""
    with zipfile.ZipFile(path, "w", compression) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        _stream_member(z, "word/document.xml",
                       f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>'.encode(),
                       PARAGRAPH, b"</w:body></w:document>", size)
    return path


def one_paragraph_docx(path: Path, size: int = 60 * MiB) -> Path:
    """A stored (unpacked) .docx whose one paragraph has millions of one-letter runs: within
    every size limit, but holding it as a tree would take gigabytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        _stream_member(z, "word/document.xml",
                       f'<w:document xmlns:w="{W_NS}"><w:body><w:p>'.encode(),
                       b"<w:r><w:t>x</w:t></w:r>", b"</w:p></w:body></w:document>", size)
    return path


def lying_docx(path: Path, real: int = 200 * MiB, claimed: int = 40_000) -> Path:
    """A .docx whose zip directory claims document.xml is ``claimed`` bytes; it is ``real``."""
    docx_bomb(path, real)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    pos = data.find(b"PK\x01\x02")  # central directory entries
    while pos != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46: pos + 46 + name_len]) == name:
            struct.pack_into("<I", data, pos + 24, claimed)  # uncompressed size
            local = struct.unpack_from("<I", data, pos + 42)[0]
            struct.pack_into("<I", data, local + 22, claimed)
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))
    return path


def odt_bomb(path: Path, size: int = 200 * MiB) -> Path:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        _stream_member(z, "content.xml",
                       f'<office:document-content xmlns:office="{office}" xmlns:text="{text}">'
                       f"<office:body><office:text>".encode(),
                       "<text:p>IP: Vi pratade om samverkan på skolan.</text:p>".encode(),
                       b"</office:text></office:body></office:document-content>", size)
    return path


QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="bomb" origin="test">
<Sources><TextSource guid="11111111-2222-3333-4444-555555555555" name="a"
 plainTextPath="internal://a.txt"/></Sources></Project>"""


def qdpx_bomb(path: Path, size: int = 500 * MiB, where: str = "source") -> Path:
    """A .qdpx whose source text (``where="source"``) or project file unpacks to ``size``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if where == "source":
            z.writestr("project.qde", QDE)
            _stream_member(z, "sources/a.txt", b"", b"IP: samverkan. ", b"", size)
        else:
            _stream_member(z, "project.qde",
                           b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0">'
                           b"<Notes>", b'<Note guid="x" name="n"/>', b"</Notes></Project>",
                           size)
    return path


def many_elements_qdpx(path: Path, elements: int = 2_100_000) -> Path:
    """A stored .qdpx whose project file is within the size limit but has more elements than
    any project (each costs memory once parsed into a tree)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        _stream_member(z, "project.qde",
                       b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0"><Notes>',
                       b"<N/>", b"</Notes></Project>", elements * 4)
    return path


def xlsx_bomb(path: Path, size: int = 200 * MiB) -> Path:
    """An attribute sheet whose first worksheet unpacks to ``size``."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.append(["fil", "Skola"])
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(name, data)
        _stream_member(z, "xl/worksheets/sheet1.xml",
                       f'<worksheet xmlns="{ns}"><sheetData>'.encode(),
                       b'<row><c t="inlineStr"><is><t>vh_01</t></is></c></row>',
                       b"</sheetData></worksheet>", size)
    return path


def sparse_txt(path: Path, size: int = 100 * MiB) -> Path:
    """A huge .txt that takes no disk space (a sparse file): its size alone must refuse it."""
    with open(path, "wb") as f:
        f.write(b"J: Hej!\n")
        f.truncate(size)
    return path


def long_txt(path: Path, size: int = 15 * MiB) -> Path:
    """A .txt under the file-size cap whose text is longer than any transcript."""
    line = "IP: Vi pratade länge om samverkan och om barnen på skolan.\n".encode()
    with open(path, "wb") as f:
        for _ in range(size // len(line)):
            f.write(line)
    return path


_LAUNCHER = (
    "import resource, subprocess, sys, json\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(json.dumps({'code': done.returncode, 'out': done.stdout, 'err': done.stderr,"
    " 'peak_kb': peak}))\n"
)


def import_in_child(project: Path, *args: str) -> dict:
    """``qualcoder-htl import project args...`` in a fresh process (started by a launcher,
    so that RUSAGE_CHILDREN holds that process alone); returns code, out, err, peak MB and
    seconds."""
    started = time.perf_counter()
    child = [sys.executable, "-c",
             "import sys; from qualcoder_htl.cli import main; sys.exit(main(sys.argv[1:]))",
             "-q", "--coder", "bomb", "import", str(project), *args]
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, *child], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "QHTL_LANG": "en"})
    result = json.loads(done.stdout)
    result["seconds"] = time.perf_counter() - started
    result["peak_mb"] = result.pop("peak_kb") / 1024
    return result


def own_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
