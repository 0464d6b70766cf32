"""Analysis for the GUI and the CLI: matrices, co-occurrence, quotes, citations and exports.

Reads go through ``store.reads`` in one read transaction per call; the computing is done by
``analysis`` on plain records, the files are written by ``exporters``.

The one place quote text comes from is ``AnalysisService.quote_text`` (the seam the
pseudonymisation work replaces): every quote, drill-down and export cuts its passages from
what that function returns.

For a matrix view, a quote view and an export dialog (``project.analysis``):

    measures(lang), column_choices(lang)         choices for the combo boxes
    matrix(rows, columns, measure, filters, rollup)
                                                 -> Matrix; cells[r][c] is a Cell with every
                                                    measure but words (switch measure freely)
    cooccurrence(codes, mode, filters, rollup)   -> Matrix, code × code
    cell_quotes(matrix, r, c, context)           drill-down (c=None: the row's total);
    cell_codings(matrix, r, c)                   ... or the Coding records behind a cell
    quotes(code, by, include_children, filters, context, key_only)
                                                 -> QuoteExtract (groups of Quote)
    project.codings.set_key_quote(coding_id)     key-quote marking (undoable)
    material_table / material_overview(filters, lang)
                                                 the report's material: sources per group and
                                                    round, or per kind, group and round with
                                                    the period (report material="auto" picks)
    export_matrix / export_quotes / export_report(..., progress=Progress(callback))
    citation_style(), set_citation_template(template, group), citations()
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ..analysis import columns as colspec
from ..analysis.citation import CitationStyle
from ..analysis.codetree import CodeTree
from ..analysis.cooccurrence import build_cooccurrence
from ..analysis.matrix import build_matrix
from ..analysis.ordering import sort_values
from ..analysis.overview import crosstab, material_overview
from ..analysis.quotes import TurnIndex, build_extract, make_quote, sort_quotes
from ..core.changes import Changes
from ..core.errors import NotFoundError, UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..core.models import (
    MATERIAL_KIND_NAMES,
    AttributeDef,
    Case,
    Code,
    Coding,
    SourceSummary,
)
from ..core.results import (
    COOCCURRENCE_MODES,
    MEASURES,
    CrossTable,
    MaterialOverview,
    Matrix,
    Quote,
    QuoteExtract,
    QuoteGroup,
    QuoteText,
    ReportData,
    ThemeSection,
)
from ..exporters.labels import check_language, label
from ..store import reads

catalogue({
    "analysis.empty_template": (
        "A citation template must not be empty.",
        "En citeringsmall får inte vara tom."),
    "analysis.bad_measure": (
        "Unknown measure {measure!r}; use one of {measures}.",
        "Okänt mått {measure!r}; använd ett av {measures}."),
    "analysis.bad_mode": (
        "Unknown co-occurrence mode {mode!r}; use overlap or turn.",
        "Okänt samförekomstsätt {mode!r}; använd overlap eller turn."),
    "analysis.bad_format": (
        "Cannot export a matrix as {format!r}; use .docx, .csv, .xlsx or .json.",
        "Kan inte exportera en matris som {format!r}; använd .docx, .csv, .xlsx eller .json."),
    "analysis.no_attribute": (
        "No attribute called {name!r}. Attributes: {names}.",
        "Inget attribut heter {name!r}. Attribut: {names}."),
    "analysis.no_coder": (
        "No coder called {name!r}.",
        "Ingen kodare heter {name!r}."),
    "analysis.no_folder": (
        "The folder {path} does not exist.",
        "Mappen {path} finns inte."),
    "analysis.is_folder": (
        "{path} is a folder.",
        "{path} är en mapp."),
    "analysis.undo.order": (
        "Reorder columns",
        "Ändra kolumnordning"),
})

TEMPLATE_KEY = "citation_template"
ORDER_KEY = "value_order"  # "value_order:<attribute id>": values, one a line (dragged columns)
SOURCE_COLUMNS = {"sources", "source", "källor", "källa"}
CASE_COLUMNS = {"cases", "case", "fall"}
EXPORT_FORMATS = ("docx", "csv", "xlsx", "json")
# the report's material table: the overview by kind, group, round and period ("overview"), the
# plain sources-per-group-and-round table ("plain"), or the overview when sources have dates
MATERIAL_TABLES = ("auto", "overview", "plain")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

catalogue({"report.material_choice": (
    "The material table is one of {choices}, not {value!r}.",
    "Materialtabellen är en av {choices}, inte {value!r}.")})


@dataclass(frozen=True)
class Filters:
    """Which codings count. Empty fields mean "all".

    ``coders``: coder ids or names. ``values``: {attribute name or role: accepted values};
    a source must match every attribute given (a case attribute matches when any of the
    source's cases has an accepted value). ``sources``: only these source ids."""

    coders: tuple[int | str, ...] = ()
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sources: tuple[int, ...] = ()


@dataclass
class _Data:
    """What one analysis call reads from the project."""

    codes: list[Code]
    tree: CodeTree
    sources: dict[int, SourceSummary]
    attributes: list[AttributeDef]
    values: dict[int, dict[int, str]]
    cases: list[Case]
    case_values: dict[int, dict[int, str]]
    value_orders: dict[int, tuple[str, ...]] = field(default_factory=dict)

    @property
    def respondents(self) -> dict[int, tuple[int, ...]]:
        out: dict[int, list[int]] = {}
        for case in self.cases:
            for sid in case.source_ids:
                out.setdefault(sid, []).append(case.id)
        return {sid: tuple(ids) for sid, ids in out.items()}


@dataclass(frozen=True)
class _Scope:
    sources: list[int]
    coder_ids: list[int] | None
    description: str


class AnalysisService:
    def __init__(self, project):
        self.p = project
        # during ``_quote_texts``: the key read once (a function), or False for "no key"
        self._batch_pseudonymiser = None

    # --- THE seam: where quote text comes from ---------------------------------------------
    def quote_text(self, source_id: int) -> QuoteText:
        """The text that quotes of ``source_id`` are cut from.

        The stored text until the project has a pseudonymisation key; from then on the
        pseudonymised text (``pseudonymised=True``) with ``offset`` mapping stored-text offsets
        (codings, turns) into it. Every quote of every drill-down, extract and export is cut
        from what this returns."""
        pseudonymised = self._batch_pseudonymiser
        if pseudonymised is None and self.p.pseudonymisation.active():
            pseudonymised = self.p.pseudonymisation.pseudonymiser()
        if pseudonymised:
            ps = pseudonymised(source_id)
            return QuoteText(source_id, ps.text, True, ps.offsets.to_new)
        with self.p.db.read() as conn:
            text = reads.source_texts(conn, [source_id]).get(source_id)
        if text is None:
            raise NotFoundError(msg("error.no_source_id", id=source_id))
        return QuoteText(source_id, text)

    def _quote_texts(self, source_ids: Iterable[int],
                     cache: dict[int, QuoteText] | None = None) -> dict[int, QuoteText]:
        ids = list(source_ids)
        cache = {} if cache is None else cache
        missing = sorted(set(ids) - set(cache))
        if missing:
            # one check for a key and one reading of it for the whole batch, not per source
            pseudo = self.p.pseudonymisation
            self._batch_pseudonymiser = pseudo.pseudonymiser() if pseudo.active() else False
            try:
                for sid in missing:
                    cache[sid] = self.quote_text(sid)
            finally:
                self._batch_pseudonymiser = None
        return {sid: cache[sid] for sid in ids}

    # --- choices for a dialog --------------------------------------------------------------
    def measures(self, language: str = "sv") -> list[tuple[str, str]]:
        return [(m, label(m, language)) for m in MEASURES]

    def column_choices(self, language: str = "sv") -> list[tuple[str, str]]:
        """(value for ``columns``, label): attributes with values, then sources and cases."""
        with self.p.db.read() as conn:
            attrs = reads.attribute_list(conn)
            used = {aid for vals in reads.source_values(conn).values() for aid in vals}
            used |= {aid for vals in reads.case_values(conn).values() for aid in vals}
        out = [(a.name, a.name) for a in attrs if a.id in used]
        out += [("sources", label("sources", language)), ("cases", label("case", language))]
        return out

    # --- citations -------------------------------------------------------------------------
    def citation_style(self) -> CitationStyle:
        from .project import DEFAULT_CITATION

        meta = self.p.meta()
        overrides = {k[len(TEMPLATE_KEY) + 1:]: v for k, v in meta.items()
                     if k.startswith(TEMPLATE_KEY + ":") and v.strip()}
        return CitationStyle(meta.get(TEMPLATE_KEY) or DEFAULT_CITATION, overrides)

    def set_citation_template(self, template: str, group: str | None = None) -> Changes:
        """The project's citation template, or (``group``) the one for a respondent group's
        value, e.g. ``set_citation_template("Intervju, {Respondentgrupp} {Intervjunummer}",
        group="vårdnadshavare")``. An empty template for a group removes the exception."""
        if not template.strip() and group is None:
            raise UserError(msg("analysis.empty_template"))
        key = TEMPLATE_KEY if group is None else f"{TEMPLATE_KEY}:{group.strip()}"
        return self.p.set_meta(key, template.strip())

    def citations(self, source_ids: Iterable[int] | None = None) -> dict[int, str]:
        with self.p.db.read() as conn:
            d = self._load(conn)
        return self._citations(d, source_ids if source_ids is not None else d.sources)

    def _citations(self, d: _Data, source_ids: Iterable[int],
                   style: CitationStyle | None = None) -> dict[int, str]:
        style = style or self.citation_style()
        names = {a.id: a.name for a in d.attributes if a.applies_to == "source"}
        roles = {a.id: a.role for a in d.attributes if a.applies_to == "source" and a.role}
        out = {}
        for sid in source_ids:
            vals = d.values.get(sid, {})
            out[sid] = style.label({names[a]: v for a, v in vals.items() if a in names},
                                   {roles[a]: v for a, v in vals.items() if a in roles},
                                   d.sources[sid].name if sid in d.sources else "")
        return out

    # --- matrices --------------------------------------------------------------------------
    def matrix(self, rows: Iterable[int | str] | None = None, columns: str | int | None = None,
               measure: str = "segments", filters: Filters | None = None, rollup: bool = True,
               include_missing: bool = True, language: str = "sv") -> Matrix:
        """Codes × ``columns`` (an attribute's name or role, "sources" or "cases"; by default
        the organisational level, or the first attribute with values when there is none).

        ``rows``: code ids or names/paths (default: every code, in codebook order). Each
        cell's ``coding_ids`` are its drill-down (``cell_quotes``)."""
        check_language(language)
        if measure not in MEASURES:
            raise UserError(msg("analysis.bad_measure", measure=measure,
                                measures=", ".join(MEASURES)))
        row_codes = self._code_ids(rows)
        with self.p.db.read() as conn:
            d = self._load(conn)
            scope = self._scope(d, filters, language)
            spec = self._columns(d, columns, scope.sources, include_missing, language)
            spans = reads.coding_spans(conn, coder_ids=scope.coder_ids)
            texts = (reads.source_texts(conn, sorted(spec.members)) if measure == "words"
                     else None)
        return build_matrix(d.tree, spans, spec, row_codes=row_codes, rollup=rollup,
                            respondents=d.respondents, texts=texts, measure=measure,
                            description=scope.description)

    def cooccurrence(self, codes: Iterable[int | str] | None = None, mode: str = "overlap",
                     filters: Filters | None = None, rollup: bool = False,
                     language: str = "sv") -> Matrix:
        """Code × code: overlapping codings (``mode="overlap"``) or shared turns ("turn")."""
        if mode not in COOCCURRENCE_MODES:
            raise UserError(msg("analysis.bad_mode", mode=mode))
        code_ids = self._code_ids(codes)
        with self.p.db.read() as conn:
            d = self._load(conn)
            scope = self._scope(d, filters, language)
            spans = reads.coding_spans(conn, coder_ids=scope.coder_ids)
            turns: dict[int, list[tuple[int, int]]] = {}
            if mode == "turn":
                for t in reads.turn_list(conn):
                    turns.setdefault(t.source_id, []).append((t.start, t.end))
        return build_cooccurrence(d.tree, spans, code_ids=code_ids, rollup=rollup, mode=mode,
                                  turns=turns, scope=set(scope.sources),
                                  respondents=d.respondents,
                                  title=label(mode, language), description=scope.description)

    def cell_codings(self, matrix: Matrix, row: int, column: int | None) -> list[Coding]:
        """The codings behind a cell (``column=None``: the row's total)."""
        cell = matrix.totals[row] if column is None else matrix.cells[row][column]
        with self.p.db.read() as conn:
            return reads.codings_by_ids(conn, list(cell.coding_ids))

    def cell_quotes(self, matrix: Matrix, row: int, column: int | None,
                    context: str | int | None = None, key_first: bool = True) -> list[Quote]:
        """The quotes behind a cell, key quotes first, each with its citation."""
        codings = self.cell_codings(matrix, row, column)
        group = matrix.columns[column].label if column is not None else ""
        return sort_quotes(self._quotes_of(codings, group, context), key_first)

    # --- quotes ----------------------------------------------------------------------------
    def quotes(self, code: int | str, by: str | int = "org_level", include_children: bool = True,
               filters: Filters | None = None, context: str | int | None = None,
               key_first: bool = True, key_only: bool = False, include_missing: bool = True,
               language: str = "sv") -> QuoteExtract:
        """The quotes of a code (and the codes below it) grouped by an attribute's values.

        ``context``: None, "turn" (the rest of the speaker turn) or a number of characters."""
        check_language(language)
        code_id = self._code_ids([code])[0]
        with self.p.db.read() as conn:
            d = self._load(conn)
            scope = self._scope(d, filters, language)
            spec = self._columns(d, by, scope.sources, include_missing, language)
            wanted = d.tree.descendants(code_id) if include_children else [code_id]
            codings = reads.coding_list(conn, code_ids=wanted)
            if scope.coder_ids is not None:
                codings = [c for c in codings if c.coder_id in scope.coder_ids]
            turns = self._turns(conn, {c.source_id for c in codings})
        return self._extract(d, code_id, codings, spec, turns, context, key_first, key_only)

    def _extract(self, d: _Data, code_id: int, codings: list[Coding], spec, turns,
                 context, key_first: bool, key_only: bool, texts: dict | None = None,
                 style: CitationStyle | None = None,
                 turn_indexes: dict | None = None) -> QuoteExtract:
        used = {c.source_id for c in codings if c.source_id in spec.members}
        code = d.tree.codes[code_id]
        return build_extract(
            codings, code_id=code_id, code_name=code.name, code_path=d.tree.path(code_id),
            definition=code.definition, paths={cid: d.tree.path(cid) for cid in d.tree.codes},
            texts=self._quote_texts(used, texts), names={s: d.sources[s].name for s in used},
            turns=turns, groups=spec, citations=self._citations(d, used, style),
            context=context, key_first=key_first, key_only=key_only,
            turn_indexes=turn_indexes)

    def _quotes_of(self, codings: list[Coding], group: str, context) -> list[Quote]:
        with self.p.db.read() as conn:
            d = self._load(conn)
            turns = self._turns(conn, {c.source_id for c in codings})
        used = {c.source_id for c in codings}
        texts, cites = self._quote_texts(used), self._citations(d, used)
        indexes = {s: TurnIndex.of(turns.get(s, []), texts[s]) for s in used}
        out = []
        for c in codings:
            q = make_quote(c, texts[c.source_id], indexes[c.source_id],
                           source_name=d.sources[c.source_id].name,
                           code_path=d.tree.path(c.code_id), citation=cites[c.source_id],
                           group=group, context=context)
            if q is not None:
                out.append(q)
        return out

    @staticmethod
    def _turns(conn, source_ids: set[int]) -> dict[int, list]:
        out: dict[int, list] = {}
        for sid in sorted(source_ids):
            out[sid] = reads.turn_list(conn, sid)
        return out

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

    # --- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _load(conn) -> _Data:
        codes = reads.code_list(conn)
        orders = {int(k.split(":", 1)[1]): tuple(v.split("\n"))
                  for k, v in reads.meta(conn).items()
                  if k.startswith(ORDER_KEY + ":") and k.split(":", 1)[1].isdigit() and v}
        return _Data(codes, CodeTree.of(codes), {s.id: s for s in reads.source_list(conn)},
                     reads.attribute_list(conn), reads.source_values(conn), reads.case_list(conn),
                     reads.case_values(conn), orders)

    def _code_ids(self, codes: Iterable[int | str] | None) -> list[int] | None:
        if codes is None:
            return None
        out = []
        for c in codes:
            if isinstance(c, int):
                self.p.codebook.get(c)
                out.append(c)
            else:
                out.append(self.p.codebook.find(str(c)).id)
        return out

    @staticmethod
    def _default_columns(d: _Data) -> str | int:
        """The organisational level when the project has it, else the first attribute that
        has values, else one column per source."""
        used = {aid for vals in d.values.values() for aid in vals}
        source_attrs = [a for a in d.attributes if a.applies_to == "source" and a.id in used]
        level = next((a for a in source_attrs if a.role == "org_level"), None)
        chosen = level or (source_attrs[0] if source_attrs else None)
        return chosen.id if chosen else "sources"

    @staticmethod
    def _find_attr(d: _Data, name: str | int) -> AttributeDef:
        if isinstance(name, int):
            for a in d.attributes:
                if a.id == name:
                    return a
            raise NotFoundError(msg("error.no_attribute_id", id=name))
        wanted = name.strip().casefold()
        for applies in ("source", "case"):
            for a in d.attributes:
                if a.applies_to == applies and (a.name.casefold() == wanted or a.role == name):
                    return a
        names = ", ".join(a.name for a in d.attributes)
        raise NotFoundError(msg("analysis.no_attribute", name=name, names=names))

    def _attr_with_values(self, d: _Data, names: list[str]) -> AttributeDef | None:
        for name in names:
            try:
                a = self._find_attr(d, name)
            except NotFoundError:
                continue
            if a.applies_to == "source" and any(a.id in v for v in d.values.values()):
                return a
        return None

    @staticmethod
    def _value_map(d: _Data, attr: AttributeDef | None) -> dict[int, str]:
        if attr is None:
            return {}
        return {sid: vals[attr.id] for sid, vals in d.values.items() if attr.id in vals}

    @staticmethod
    def _ordered(attr: AttributeDef | None, values: Iterable[str]) -> list[str]:
        if attr is None:
            return []
        return sort_values(values, attr.value_type, attr.role, attr.choices)

    def _scope(self, d: _Data, filters: Filters | None, language: str) -> _Scope:
        filters = filters or Filters()
        sources = set(d.sources)
        words = []
        if filters.sources:
            sources &= set(filters.sources)
            words.append(f"{len(sources)} {label('sources', language).lower()}")
        for name, accepted in filters.values.items():
            attr = self._find_attr(d, name)
            accepted_set = {str(v) for v in accepted}
            if attr.applies_to == "source":
                sources = {s for s in sources if d.values.get(s, {}).get(attr.id) in accepted_set}
            else:
                ok_cases = {cid for cid, vals in d.case_values.items()
                            if vals.get(attr.id) in accepted_set}
                members = {s for c in d.cases if c.id in ok_cases for s in c.source_ids}
                sources &= members
            words.append(f"{attr.name}: {', '.join(sorted(accepted_set))}")
        coder_ids = None
        if filters.coders:
            known = {c.id: c for c in self.p.coders()}
            by_name = {c.name.casefold(): c.id for c in known.values()}
            coder_ids = []
            for c in filters.coders:
                cid = c if isinstance(c, int) else by_name.get(str(c).casefold())
                if cid not in known:
                    raise NotFoundError(msg("analysis.no_coder", name=c))
                coder_ids.append(cid)
            words.append(f"{'Kodare' if language == 'sv' else 'Coders'}: "
                         f"{', '.join(known[c].name for c in coder_ids)}")
        ordered = sorted(sources, key=lambda s: d.sources[s].name)
        return _Scope(ordered, coder_ids, "; ".join(words))

    @staticmethod
    def _order(d: _Data, attr: AttributeDef) -> tuple[str, ...]:
        """The attribute's value order: as its columns were dragged, else its choices."""
        dragged = d.value_orders.get(attr.id, ())
        return dragged + tuple(c for c in attr.choices if c not in dragged)

    def set_value_order(self, attribute: str | int, values: list[str]) -> Changes:
        """Keep the order of an attribute's values for matrix columns and quote groups (the
        researcher dragged a column); the values not named keep their natural order after."""
        with self.p.db.read() as conn:
            attr = self._find_attr(self._load(conn), attribute)
        values = [str(v) for v in values if v is not None and str(v).strip()]
        return self.p.set_meta_many({f"{ORDER_KEY}:{attr.id}": "\n".join(values)},
                                    msg("analysis.undo.order"))

    def _columns(self, d: _Data, columns: str | int | None, scope: list[int],
                 include_missing: bool, language: str) -> colspec.ColumnSpec:
        if columns is None:
            columns = self._default_columns(d)
        if isinstance(columns, str) and columns.strip().casefold() in SOURCE_COLUMNS:
            return colspec.by_source({s: d.sources[s].name for s in scope}, scope,
                                     label("source", language))
        if isinstance(columns, str) and columns.strip().casefold() in CASE_COLUMNS:
            return colspec.by_case(d.cases, scope, label("case", language), include_missing,
                                   label("no_case", language))
        attr = self._find_attr(d, columns)
        missing = label("no_value", language)
        if attr.applies_to == "case":
            return colspec.by_case_attribute(
                attr.name, {cid: v[attr.id] for cid, v in d.case_values.items() if attr.id in v},
                d.cases, scope, value_type=attr.value_type, role=attr.role,
                choices=self._order(d, attr), include_missing=include_missing,
                missing_label=missing)
        return colspec.by_attribute(attr.name, self._value_map(d, attr), scope,
                                    value_type=attr.value_type, role=attr.role,
                                    choices=self._order(d, attr),
                                    include_missing=include_missing,
                                    missing_label=missing,
                                    prefix=f"{attr.name} " if attr.value_type == "number"
                                    else "")


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


__all__ = ["AnalysisService", "Filters", "QuoteGroup"]
