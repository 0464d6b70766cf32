"""A quote extract as a Word file: one code (and its children), quotes grouped by level."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..core.jobs import Progress
from ..core.results import QuoteExtract
from .docx_style import (
    add_quote,
    heading,
    new_document,
    page_number_footer,
    para,
    running_header,
)
from .labels import label, long_date


def add_extract(doc, extract: QuoteExtract, *, language: str = "sv", group_level: int = 2,
                speaker: str = "always", show_context: bool = True, key_marker: bool = True,
                progress: Progress | None = None, done: int = 0, total: int = 0) -> int:
    """Headings per group and Quote paragraphs; returns how many quotes were written."""
    n = 0
    marker = label("key_quote", language) if key_marker else ""
    for group in extract.groups:
        heading(doc, f"{group.label} ({label('quotes_count', language, n=len(group.quotes))})",
                group_level)
        for q in group.quotes:
            add_quote(doc, q, speaker=speaker, show_context=show_context, key_marker=marker)
            n += 1
            if progress is not None and n % 50 == 0:
                progress.step(done + n, total, extract.code_name)
    return n


def write_quotes(path: str | Path, extract: QuoteExtract, *, language: str = "sv",
                 speaker: str = "always", progress: Progress | None = None) -> Path:
    progress = progress or Progress()
    total = len(extract.quotes)
    doc = new_document(language, label("quotes_title", language, code=extract.code_path))
    section = doc.sections[0]
    page_number_footer(section, label("page", language))
    running_header(section, extract.code_path)
    para(doc, "Title", label("quotes_title", language, code=extract.code_name))
    if extract.code_path != extract.code_name:
        para(doc, "Subtitle", extract.code_path)
    if extract.definition:
        p = doc.add_paragraph()
        p.add_run(f"{label('definition', language)}: ").bold = True
        p.add_run(extract.definition)
    lead = label("quotes_lead", language, by=extract.by.lower())
    pseudo = label("pseudonymised" if extract.pseudonymised else "not_pseudonymised", language)
    doc.add_paragraph(f"{lead} {pseudo} {label('created', language)} "
                      f"{long_date(date.today().isoformat(), language)}.")
    if not extract.groups:
        doc.add_paragraph(label("no_quotes", language))
    add_extract(doc, extract, language=language, group_level=2, speaker=speaker,
                progress=progress, total=total)
    path = Path(path)
    doc.save(path)
    progress.step(total, total, "")
    return path
