"""The report's material and the theme report, and the exports of the analysis service.

``ReportMixin`` is part of ``services.analysis.AnalysisService``: the material table and
overview (sources per group and round, or per kind, group and round with the period), the theme
report's data gathered in one pass, and the exports of a matrix (.docx, .csv, .xlsx, .json), a
quote extract and the report (.docx), each written through the export guard.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..analysis.citation import CitationStyle
from ..analysis.overview import crosstab, material_overview
from ..core.errors import UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..core.models import MATERIAL_KIND_NAMES, Coding
from ..core.results import (
    CrossTable,
    MaterialOverview,
    Matrix,
    QuoteExtract,
    QuoteText,
    ReportData,
    ThemeSection,
)
from ..exporters.labels import check_language, label
from ..store import reads
from .analysis_scope import Filters, _Data

catalogue({
    "analysis.bad_format": (
        "Cannot export a matrix as {format!r}; use .docx, .csv, .xlsx or .json.",
        "Kan inte exportera en matris som {format!r}; använd .docx, .csv, .xlsx eller .json."),
    "analysis.no_folder": (
        "The folder {path} does not exist.",
        "Mappen {path} finns inte."),
    "analysis.is_folder": (
        "{path} is a folder.",
        "{path} är en mapp."),
})

EXPORT_FORMATS = ("docx", "csv", "xlsx", "json")
# the report's material table: the overview by kind, group, round and period ("overview"), the
# plain sources-per-group-and-round table ("plain"), or the overview when sources have dates
MATERIAL_TABLES = ("auto", "overview", "plain")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

catalogue({"report.material_choice": (
    "The material table is one of {choices}, not {value!r}.",
    "Materialtabellen är en av {choices}, inte {value!r}.")})


class ReportMixin:
    """The material table, the report and the exports, for ``AnalysisService``."""

    # --- the material table and the report -------------------------------------------------
    def material_table(self, rows: str = "respondent_group", columns: str = "round",
                       filters: Filters | None = None, language: str = "sv") -> CrossTable:
        """Sources per respondent group (else organisational level) and round."""
        with self.p.db.read() as conn:
            d = self._load(conn)
            scope = self._scope(d, filters, language)
        row_attr = self._attr_with_values(d, [rows, "respondent_group", "org_level"])
        col_attr = self._attr_with_values(d, [columns])
        row_vals = self._value_map(d, row_attr)
        col_vals = self._value_map(d, col_attr)
        col_labels = col_vals
        if col_attr is not None and col_attr.value_type == "number":
            col_labels = {s: f"{col_attr.name} {v}" for s, v in col_vals.items()}
        col_order = [f"{col_attr.name} {v}" if col_attr.value_type == "number" else v
                     for v in self._ordered(col_attr, col_vals.values())] if col_attr else []
        return crosstab(scope.sources, row_vals, col_labels,
                        row_order=self._ordered(row_attr, row_vals.values()),
                        column_order=col_order,
                        row_title=row_attr.name if row_attr else label("all_sources", language),
                        column_title=col_attr.name if col_attr else "",
                        missing_label=label("no_value" if row_attr else "all_sources",
                                            language),
                        words={s: d.sources[s].word_count for s in scope.sources})

    def material_overview(self, filters: Filters | None = None,
                          language: str = "sv") -> MaterialOverview:
        """Sources per kind of material (the source attribute "Materialtyp", else an
        interview), respondent group (else organisational level) and round, with the period
        of their dates."""
        with self.p.db.read() as conn:
            d = self._load(conn)
            scope = self._scope(d, filters, language)
        kind_attr = next((a for a in d.attributes if a.applies_to == "source"
                          and (a.role == "kind" or a.name.casefold() in MATERIAL_KIND_NAMES)),
                         None)
        group_attr = self._attr_with_values(d, ["respondent_group", "org_level"])
        round_attr = self._attr_with_values(d, ["round"])
        dates = {s: v[:10] for s, v in self._value_map(
            d, self._attr_with_values(d, ["date"])).items() if _ISO_DATE.match(v)}
        groups, rounds = self._value_map(d, group_attr), self._value_map(d, round_attr)
        return material_overview(
            scope.sources, self._value_map(d, kind_attr), groups, rounds, dates,
            default_kind=label("kind_interview", language),
            group_order=self._ordered(group_attr, groups.values()),
            round_order=self._ordered(round_attr, rounds.values()),
            group_title=group_attr.name if group_attr else label("all_sources", language),
            round_title=round_attr.name if round_attr else label("round", language),
            missing_label=label("no_value", language),
            words={s: d.sources[s].word_count for s in scope.sources})

    def report_data(self, by: str | int = "org_level", filters: Filters | None = None,
                    context: str | int | None = None, key_only: bool = False,
                    max_quotes: int | None = None, include_empty: bool = False,
                    language: str = "sv", progress: Progress | None = None,
                    material: str = "auto") -> ReportData:
        """Everything the theme report shows, gathered in one pass. ``material``: one of
        ``MATERIAL_TABLES``."""
        check_language(language)
        if material not in MATERIAL_TABLES:
            raise UserError(msg("report.material_choice", choices=", ".join(MATERIAL_TABLES),
                                value=material))
        progress = progress or Progress()
        matrix = self.matrix(columns=by, measure="segments", filters=filters, rollup=True,
                             language=language)
        with self.p.db.read() as conn:
            d = self._load(conn)
            scope = self._scope(d, filters, language)
            spec = self._columns(d, by, scope.sources, True, language)
            codings = reads.coding_list(conn)
            if scope.coder_ids is not None:
                codings = [c for c in codings if c.coder_id in scope.coder_ids]
            turns = self._turns(conn, {c.source_id for c in codings if c.source_id in spec.members})
            counts = reads.counts(conn)
        by_code: dict[int, list[Coding]] = {}
        for c in codings:
            by_code.setdefault(c.code_id, []).append(c)
        themes = []
        rows = list(matrix.rows)
        texts: dict[int, QuoteText] = {}
        turn_indexes: dict = {}  # each source's turns mapped into its quote text, once
        style = self.citation_style()
        for i, row in enumerate(rows):
            progress.step(i, len(rows), row.name)
            if matrix.totals[i].empty and not include_empty:
                continue
            children = [j for j, r in enumerate(rows)
                        if d.tree.codes[r.code_id].parent_id == row.code_id
                        and (include_empty or not matrix.totals[j].empty)]
            extract = None
            if by_code.get(row.code_id):
                extract = self._extract(d, row.code_id, by_code[row.code_id], spec, turns,
                                        context, True, key_only, texts, style, turn_indexes)
                if max_quotes is not None:
                    extract = replace(extract, groups=tuple(
                        replace(g, quotes=g.quotes[:max_quotes]) for g in extract.groups))
            themes.append(ThemeSection(row.code_id, row.name, row.path, row.depth,
                                       d.tree.codes[row.code_id].definition, i,
                                       tuple(children), extract))
        progress.step(len(rows), len(rows), "")
        in_scope = set(scope.sources)
        stats = {"sources": len(in_scope),
                 "words": sum(d.sources[s].word_count for s in in_scope),
                 "codes": counts["codes"],
                 "codings": sum(1 for c in codings if c.source_id in in_scope)}
        note = self._citation_note(d, style, sorted(in_scope), language)
        if not texts and in_scope:
            self._quote_texts([min(in_scope)], texts)
        pseudonymised = bool(texts) and all(t.pseudonymised for t in texts.values())
        material_table = self.material_table(filters=filters, language=language)
        overview = None
        if material != "plain":
            overview = self.material_overview(filters=filters, language=language)
            if material == "auto" and not overview.first:
                overview = None  # no dates: the plain table says as much
        subtitle = (f"{label('report_subtitle', language)}: "
                    f"{label('report_lead', language, by=matrix.column_title.lower())}")
        return ReportData(self.p.name, subtitle, date.today().isoformat(), stats,
                          material_table, matrix, themes, note, pseudonymised, overview)

    def _citation_note(self, d: _Data, style: CitationStyle, scope: list[int],
                       language: str) -> str:
        """'…till exempel (Intervju 1, ledningsgrupp) och (Intervju, vårdnadshavare 1).':
        one example per template in use, from the lowest-numbered source that uses it."""
        from ..analysis.quotes import natural_key

        group_attr = next((a for a in d.attributes if a.role == "respondent_group"), None)
        cites = self._citations(d, scope, style)
        examples: dict[str, str] = {}
        for sid in sorted(scope, key=lambda s: natural_key(cites[s])):
            group = d.values.get(sid, {}).get(group_attr.id) if group_attr else None
            examples.setdefault(style.template_for(group), cites[sid])
        if not examples:
            return ""
        shown = list(examples.values())
        joined = (", ".join(shown[:-1]) + f" {label('and', language)} " + shown[-1]
                  if len(shown) > 1 else shown[0])
        return label("citation_note", language, examples=joined)

    # --- exports ---------------------------------------------------------------------------
    def export_matrix(self, matrix: Matrix, path: str | Path, fmt: str | None = None,
                      heat: bool = True, language: str = "sv",
                      progress: Progress | None = None) -> Path:
        """Write a matrix as .docx (Word table), .csv, .xlsx or .json (format from the file
        name unless ``fmt`` is given)."""
        from ..exporters import tabular, word_matrix

        path = Path(path)
        fmt = (fmt or path.suffix.lstrip(".")).lower()
        if fmt not in EXPORT_FORMATS:
            raise UserError(msg("analysis.bad_format", format=fmt))

        def write(tmp: Path, matrix: Matrix) -> None:
            if fmt == "docx":
                word_matrix.write_matrix(tmp, matrix, language=language, heat=heat,
                                         progress=progress)
            elif fmt == "csv":
                tabular.write_csv(tmp, matrix, language=language, progress=progress)
            elif fmt == "xlsx":
                tabular.write_xlsx(tmp, matrix, language=language, heat=heat,
                                   progress=progress)
            else:
                import json
                tmp.write_text(json.dumps(tabular.to_dict(matrix, language),
                                          ensure_ascii=False, indent=1), encoding="utf-8")
        return self._guarded(path, matrix, write, "export.what.matrix")

    def export_quotes(self, extract: QuoteExtract, path: str | Path, language: str = "sv",
                      speaker: str = "always", progress: Progress | None = None) -> Path:
        from ..exporters.word_quotes import write_quotes

        return self._guarded(Path(path), extract, lambda tmp, extract: write_quotes(
            tmp, extract, language=language, speaker=speaker, progress=progress),
            "export.what.quotes")

    def export_report(self, path: str | Path, by: str | int = "org_level",
                      language: str = "sv", filters: Filters | None = None,
                      context: str | int | None = None, key_only: bool = False,
                      max_quotes: int | None = None, speaker: str = "exchanges",
                      progress: Progress | None = None, material: str = "auto") -> Path:
        """The theme report as .docx. ``progress`` runs once from 0 to 100: gathering the
        data takes the first fifth, writing the rest; cancelling stops either part.
        ``material``: one of ``MATERIAL_TABLES``."""
        from ..exporters.word_report import write_report

        path = Path(path)
        _check_writable(path)
        progress = progress or Progress()
        data = self.report_data(by, filters, context, key_only, max_quotes, language=language,
                                progress=_part(progress, 0, 20), material=material)
        return self._guarded(path, data, lambda tmp, data: write_report(
            tmp, data, language=language, speaker=speaker, progress=_part(progress, 20, 100)),
            "export.what.report")

    def _guarded(self, path: Path, record, write, what: str) -> Path:
        """Once the project has a key: every title, name and value in ``record`` and the
        file name in pseudonymised form (counted in the returned path's
        ``metadata_replaced``); ``write(tmp, record)`` writes the file in a private working
        folder, the export guard reads it back whole, and only then is it moved to ``path``.
        A refused or failed export leaves no file behind."""
        from .export_guard import export_record

        _check_writable(path)
        return export_record(self.p, path, record, write, what)


def _part(progress: Progress, lo: int, hi: int) -> Progress:
    """A Progress for one part of a job, reporting into [lo, hi] of the whole (0–100)."""
    def step(done: int, total: int, label: str) -> None:
        progress.step(lo + (hi - lo) * done // max(total, 1), 100, label)
    return Progress(step)


def _check_writable(path: Path) -> None:
    if not path.parent.exists():
        raise UserError(msg("analysis.no_folder", path=path.parent))
    if path.exists() and path.is_dir():
        raise UserError(msg("analysis.is_folder", path=path))
