"""Quotes for the analysis service: a code's quotes grouped by an attribute's values (a
``QuoteExtract``), and the quotes of a matrix cell's codings (for ``cell_quotes``).

``QuotesMixin`` is part of ``services.analysis.AnalysisService``: every passage is cut from the
service's ``quote_text`` (through ``_quote_texts``) and cited with its ``_citations``.
"""
from __future__ import annotations

from ..analysis.citation import CitationStyle
from ..analysis.quotes import TurnIndex, build_extract, make_quote
from ..core.models import Coding
from ..core.results import Quote, QuoteExtract
from ..exporters.labels import check_language
from ..store import reads
from .analysis_scope import Filters, _Data


class QuotesMixin:
    """Quote extracts and drill-down quotes, for ``AnalysisService``."""

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
