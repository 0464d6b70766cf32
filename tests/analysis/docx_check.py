"""Reading exported .docx files back with python-docx: styles, fields, tables, quotes."""
from __future__ import annotations

import docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MARKUP_STYLES = {"Quote Speaker", "Quote Context", "Quote Citation"}


def open_docx(path):
    return docx.Document(str(path))


def field_codes(element) -> list[str]:
    return [t.text.strip() for t in element.iter(f"{W}instrText")]


def styles_used(d) -> set[str]:
    return {p.style.name for p in d.paragraphs}


def headings(d, level: int) -> list[str]:
    return [p.text for p in d.paragraphs if p.style.name == f"Heading {level}"]


def quote_paragraphs(d) -> list:
    return [p for p in d.paragraphs if p.style.name == "Quote"]


def quote_text(paragraph) -> str:
    """The quoted passage of a Quote paragraph: its runs without label, context, citation."""
    return "".join(r.text for r in paragraph.runs
                   if r.style is None or r.style.name not in MARKUP_STYLES)


def run_text(paragraph, style: str) -> str:
    return "".join(r.text for r in paragraph.runs if r.style is not None and r.style.name == style)


def update_fields_set(d) -> bool:
    el = d.settings.element.find(f"{W}updateFields")
    return el is not None and el.get(f"{W}val") == "true"


def table_rows(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]
