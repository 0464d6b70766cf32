"""The intercoder agreement table as Word, XLSX, plain text (the CLI) and JSON.

Every figure is printed with the number of characters it rests on and its plain-language
reading (``core.agreement.reading``), in the language asked for.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from docx.shared import Cm

from ..core.agreement import MEASURES, AgreementRow, AgreementTable, format_value
from ..core.agreement import format_units as _units
from ..core.agreement import measure_label as _measure
from ..core.messages import catalogue, msg
from .docx_style import (
    add_caption,
    new_document,
    new_table,
    page_number_footer,
    para,
    set_cell,
    text_width,
    update_fields_on_open,
)
from .labels import label, long_date

catalogue({
    "agreement.title": ("Intercoder agreement", "Överensstämmelse mellan kodare"),
    "agreement.coders": ("Coders: {names}.", "Kodare: {names}."),
    "agreement.uncoded.included": (
        "Text that no coder coded is counted (it adds agreement).",
        "Text som ingen kodare kodat räknas med (den ökar överensstämmelsen)."),
    "agreement.uncoded.excluded": (
        "Text that no coder coded is left out.",
        "Text som ingen kodare kodat är utelämnad."),
    "agreement.units_note": (
        "Units are characters of the text; each figure gives how many it rests on.",
        "Enheterna är tecken i texten; varje värde anger hur många det vilar på."),
    "agreement.section.total": ("All codes in all sources", "Alla koder i alla källor"),
    "agreement.section.codes": ("By code", "Per kod"),
    "agreement.section.sources": ("By source", "Per källa"),
    "agreement.col.code": ("Code", "Kod"),
    "agreement.col.source": ("Source", "Källa"),
    "agreement.col.measure": ("Measure", "Mått"),
    "agreement.col.value": ("Value", "Värde"),
    "agreement.col.units": ("Characters", "Tecken"),
    "agreement.col.reading": ("Reading", "Tolkning"),
    "agreement.col.level": ("Level", "Nivå"),
    "agreement.total": ("Total", "Totalt"),
    "agreement.sheet.summary": ("Summary", "Översikt"),
    "agreement.sheet.readings": ("Readings", "Tolkningar"),
})


def _t(key: str, language: str, **args) -> str:
    return msg(key, **args).text(language)


def _sections(table: AgreementTable) -> list[tuple[str, str, list[AgreementRow]]]:
    """(section title key, first-column key, rows)."""
    return [("agreement.section.total", "agreement.col.code", [table.total]),
            ("agreement.section.codes", "agreement.col.code", table.by_code),
            ("agreement.section.sources", "agreement.col.source", table.by_source)]


def _name(row: AgreementRow, language: str) -> str:
    return row.label if row.kind != "total" else _t("agreement.total", language)


def intro(table: AgreementTable, language: str) -> list[str]:
    """The lines that say what the table is of."""
    lines = [_t("agreement.coders", language, names=", ".join(table.coders)),
             _t("agreement.uncoded." + ("included" if table.include_uncoded else "excluded"),
                language),
             _t("agreement.units_note", language)]
    return lines + [n.text(language) for n in table.notes]


# --- Word -------------------------------------------------------------------------------------

def write_agreement_docx(path: str | Path, table: AgreementTable, *,
                         language: str = "sv") -> Path:
    """A Word report: what was compared, then per section a table with each figure's value,
    the characters it rests on and its reading (landscape, so the readings fit)."""
    title = _t("agreement.title", language)
    doc = new_document(language, title, landscape=True)
    section = doc.sections[0]
    page_number_footer(section, label("page", language))
    para(doc, "Title", title)
    doc.add_paragraph(" ".join(intro(table, language)) + " "
                      + f"{label('created', language)} "
                        f"{long_date(date.today().isoformat(), language)}.")
    available = text_width(section)
    fixed = [Cm(3.4), Cm(2.2), Cm(2.4)]
    first = Cm(6.0)
    widths = [first] + fixed + [available - first - sum(fixed)]
    for number, (title_key, first_key, rows) in enumerate(_sections(table), start=1):
        para(doc, "Heading 1", _t(title_key, language))
        add_caption(doc, label("table", language), number, _t(title_key, language))
        t = new_table(doc, 1 + len(rows) * len(MEASURES), 5, widths=widths)
        head = t.rows[0].cells
        for i, key in enumerate((first_key, "agreement.col.measure", "agreement.col.value",
                                 "agreement.col.units", "agreement.col.reading")):
            set_cell(head[i], _t(key, language), align="right" if i in (2, 3) else "left")
        r = 1
        for row in rows:
            for j, measure in enumerate(MEASURES):
                f = row.figures[measure]
                cells = t.rows[r].cells
                set_cell(cells[0], _name(row, language) if j == 0 else "", bold=True)
                set_cell(cells[1], _measure(measure, language))
                set_cell(cells[2], format_value(f, language), align="right")
                set_cell(cells[3], _units(f.units, language) if f.value is not None else "",
                         align="right")
                set_cell(cells[4], f.reading().text(language))
                r += 1
    update_fields_on_open(doc)
    path = Path(path)
    doc.save(path)
    return path


# --- XLSX -------------------------------------------------------------------------------------

def write_agreement_xlsx(path: str | Path, table: AgreementTable, *,
                         language: str = "sv") -> Path:
    """Two sheets: a summary (one line per code, source and the total, a column per
    measure) and the readings (one line per figure)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = _t("agreement.sheet.summary", language)[:31]
    head = [_t("agreement.col.level", language), _t("agreement.col.code", language)]
    head += [_measure(m, language) for m in MEASURES]
    head += [_t("agreement.col.units", language)]
    ws.append(head)
    readings = wb.create_sheet(_t("agreement.sheet.readings", language)[:31])
    readings.append([_t("agreement.col.level", language), _t("agreement.col.code", language),
                     _t("agreement.col.measure", language), _t("agreement.col.value", language),
                     _t("agreement.col.units", language),
                     _t("agreement.col.reading", language)])
    for sheet in (ws, readings):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    for title_key, _, rows in _sections(table):
        level = _t(title_key, language)
        for row in rows:
            name = _name(row, language)
            values = [row.figures[m].value for m in MEASURES]
            ws.append([level, name] + values + [row.figures["percent"].units])
            for m in MEASURES:
                f = row.figures[m]
                readings.append([level, name, _measure(m, language), f.value,
                                 f.units if f.value is not None else None,
                                 f.reading().text(language)])
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 3).number_format = "0.0%"
        for c in range(4, 3 + len(MEASURES)):
            ws.cell(r, c).number_format = "0.000"
    for r in range(2, readings.max_row + 1):
        is_percent = readings.cell(r, 3).value == _measure("percent", language)
        readings.cell(r, 4).number_format = "0.0%" if is_percent else "0.000"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 40
    readings.column_dimensions["A"].width = 24
    readings.column_dimensions["B"].width = 40
    readings.column_dimensions["C"].width = 22
    readings.column_dimensions["F"].width = 90
    ws.freeze_panes = "C2"
    info = wb.create_sheet("Info")
    for line in intro(table, language):
        info.append([line])
    path = Path(path)
    wb.save(path)
    return path


# --- text and JSON (the CLI) ------------------------------------------------------------------

def to_text(table: AgreementTable, language: str = "en", readings: bool = True) -> str:
    """Aligned plain text: per section one line per row; under each row its readings."""
    lines = [_t("agreement.title", language)] + intro(table, language)
    for title_key, first_key, rows in _sections(table):
        lines += ["", f"== {_t(title_key, language)}"]
        head = [_t(first_key, language)] + [_measure(m, language) for m in MEASURES]
        body = [[_name(row, language)] + [format_value(row.figures[m], language)
                                          for m in MEASURES] for row in rows]
        width0 = min(48, max(len(x[0]) for x in [head] + body))
        widths = [max(len(x[i]) for x in [head] + body) for i in range(1, len(head))]

        def fmt(cells: list[str], width0=width0, widths=widths) -> str:
            first = cells[0] if len(cells[0]) <= width0 else cells[0][:width0 - 1] + "…"
            return "  ".join([first.ljust(width0)] + [c.rjust(w) for c, w in
                                                        zip(cells[1:], widths, strict=True)])
        lines.append(fmt(head))
        for row, cells in zip(rows, body, strict=True):
            lines.append(fmt(cells))
            if readings:
                for m in MEASURES:
                    f = row.figures[m]
                    units = f" [{_units(f.units, language)}]" if f.value is not None else ""
                    lines.append(f"    {_measure(m, language)}{units}: "
                                 f"{f.reading().text(language)}")
    return "\n".join(lines)


def to_dict(table: AgreementTable, language: str = "en") -> dict:
    def row_dict(row: AgreementRow) -> dict:
        return {"kind": row.kind, "id": row.key, "name": _name(row, language),
                "figures": {m: {"value": f.value, "units": f.units,
                                "reading": f.reading().text(language)}
                            for m, f in row.figures.items()}}
    return {"coders": list(table.coders), "include_uncoded": table.include_uncoded,
            "notes": [n.text(language) for n in table.notes],
            "total": row_dict(table.total),
            "codes": [row_dict(r) for r in table.by_code],
            "sources": [row_dict(r) for r in table.by_source]}
