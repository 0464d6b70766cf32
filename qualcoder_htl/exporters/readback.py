"""Read the text back out of an exported file, labelled by where it sits, so the export guard
checks exactly what would leave the machine (whatever code wrote it)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import docx


def texts_of(path: Path, fmt: str) -> dict[str, str]:
    """{where: text} for a .docx, .csv, .xlsx or .json file."""
    if fmt == "docx":
        return _docx(path)
    if fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            return {f"row {i}": " | ".join(row) for i, row in enumerate(csv.reader(f), 1)}
    if fmt == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, read_only=True)
        out = {}
        for ws in wb.worksheets:
            for i, row in enumerate(ws.iter_rows(values_only=True), 1):
                out[f"sheet {ws.title}, row {i}"] = " | ".join(str(v) for v in row if v is not None)
        wb.close()
        return out
    if fmt == "json":
        return {"JSON": json.dumps(json.loads(path.read_text(encoding="utf-8")),
                                   ensure_ascii=False)}
    raise ValueError(fmt)


def _docx(path: Path) -> dict[str, str]:
    document = docx.Document(str(path))
    out: dict[str, str] = {}
    heading = "the beginning"
    n = 0
    for p in document.paragraphs:
        if p.style is not None and p.style.name.startswith(("Heading", "Title")) and p.text:
            heading, n = p.text, 0
        n += 1
        if p.text:
            out[f"'{heading}', paragraph {n}"] = p.text
    for t, table in enumerate(document.tables, 1):
        for r, row in enumerate(table.rows, 1):
            out[f"table {t}, row {r}"] = " | ".join(c.text for c in row.cells)
    for s, section in enumerate(document.sections, 1):
        for part, name in ((section.header, "header"), (section.footer, "footer")):
            text = "\n".join(p.text for p in part.paragraphs if p.text)
            if text:
                out[f"{name} of section {s}"] = text
    return out
