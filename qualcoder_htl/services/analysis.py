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

The service is one class in four modules: this one (the quote-text seam, choices, citations,
matrices), ``analysis_scope`` (``Filters``, reading the project, scoping a call, columns),
``analysis_quotes`` (quote extracts, drill-down quotes) and ``analysis_report`` (the material
table, the report, the exports).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..analysis.citation import CitationStyle
from ..analysis.cooccurrence import build_cooccurrence
from ..analysis.matrix import build_matrix
from ..analysis.quotes import sort_quotes
from ..core.changes import Changes
from ..core.errors import NotFoundError, UserError
from ..core.messages import catalogue, msg
from ..core.models import Coding
from ..core.results import (
    COOCCURRENCE_MODES,
    MEASURES,
    Matrix,
    Quote,
    QuoteGroup,
    QuoteText,
)
from ..exporters.labels import check_language, label
from ..store import reads
from .analysis_quotes import QuotesMixin
from .analysis_report import ReportMixin
from .analysis_scope import ORDER_KEY, Filters, ScopeMixin, _Data

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
    "analysis.undo.order": (
        "Reorder columns",
        "Ändra kolumnordning"),
})

TEMPLATE_KEY = "citation_template"


class AnalysisService(QuotesMixin, ReportMixin, ScopeMixin):
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

    # --- the order of an attribute's values ------------------------------------------------
    def set_value_order(self, attribute: str | int, values: list[str]) -> Changes:
        """Keep the order of an attribute's values for matrix columns and quote groups (the
        researcher dragged a column); the values not named keep their natural order after."""
        with self.p.db.read() as conn:
            attr = self._find_attr(self._load(conn), attribute)
        values = [str(v) for v in values if v is not None and str(v).strip()]
        return self.p.set_meta_many({f"{ORDER_KEY}:{attr.id}": "\n".join(values)},
                                    msg("analysis.undo.order"))


__all__ = ["AnalysisService", "QuoteGroup"]
