"""Intercoder agreement for the GUI and the CLI (``project.agreement``).

    table(coders, sources=None, codes=None, include_uncoded=False) -> AgreementTable
    export(table, path, language)                                  .docx or .xlsx, guarded

Reads the chosen coders' codings and the sources' lengths in one read transaction and hands
them to ``analysis.agreement`` (the measures and what exactly they compute are described
there). Exports go through the project's one export guard (``export_guard.export_record``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import chain
from pathlib import Path

import numpy as np

from ..analysis.agreement import agreement_table
from ..core.agreement import AgreementTable
from ..core.errors import NotFoundError, UserError
from ..core.messages import catalogue, msg
from ..store import reads

catalogue({
    "agreement.two_coders_needed": ("Choose at least two coders to compare.",
                                    "Välj minst två kodare att jämföra."),
    "agreement.same_coder": ("{name} is chosen twice; choose different coders.",
                             "{name} är vald två gånger; välj olika kodare."),
    "agreement.no_coder": ("No coder called {name} in this project (coders: {known}).",
                           "Ingen kodare som heter {name} i projektet (kodare: {known})."),
    "agreement.no_source": ("No source called {name}.", "Ingen källa som heter {name}."),
    "agreement.no_code": ("No code called {name}.", "Ingen kod som heter {name}."),
    "agreement.nothing_coded": (
        "None of the chosen coders has coded any of the chosen sources.",
        "Ingen av de valda kodarna har kodat någon av de valda källorna."),
    "agreement.format": ("Cannot export the agreement table as {fmt}; use .docx or .xlsx.",
                         "Kan inte exportera överensstämmelsetabellen som {fmt}; använd "
                         ".docx eller .xlsx."),
    "agreement.note.coder_empty": (
        "{name} has no codings in the chosen sources and codes.",
        "{name} har inga kodningar i de valda källorna och koderna."),
})

EXPORT_FORMATS = ("docx", "xlsx")


class AgreementService:
    def __init__(self, project):
        self.p = project

    def table(self, coders: Sequence[int | str], sources: Sequence[int | str] | None = None,
              codes: Sequence[int | str] | None = None,
              include_uncoded: bool = False) -> AgreementTable:
        """Agreement of ``coders`` (ids or names, at least two) on ``codes`` (ids, names or
        paths; default every code) in ``sources`` (ids or names; default every source any
        of the coders coded). ``include_uncoded``: count text no chosen coder coded."""
        with self.p.db.read() as conn:
            chosen = self._coders(reads.coder_list(conn), coders)
            all_codes = reads.code_list(conn)
            all_sources = reads.source_list(conn)
            spans = reads.coding_spans(conn, [c.id for c in chosen])
        code_labels = self._codes(all_codes, codes)
        # (id, source, code, coder, start, end, key quote) -> (source, code, coder index,
        # start, end), in numpy: 100,000 codings take milliseconds, not a Python loop
        flat = np.fromiter(chain.from_iterable(spans), dtype=np.int64, count=7 * len(spans))
        rows = flat.reshape(-1, 7)[:, 1:6].copy()
        coder_of = np.full(max(c.id for c in chosen) + 1, -1)
        coder_of[[c.id for c in chosen]] = np.arange(len(chosen))
        rows[:, 2] = coder_of[rows[:, 2]]
        if sources is None:
            coded = set(np.unique(rows[:, 0]).tolist())
            picked = [s for s in all_sources if s.id in coded]
            if not picked:
                raise UserError(msg("agreement.nothing_coded"))
        else:
            picked = self._sources(all_sources, sources)
        table = agreement_table({s.id: s.char_count for s in picked}, rows, code_labels,
                                {s.id: s.name for s in picked}, [c.name for c in chosen],
                                include_uncoded)
        counted = (np.isin(rows[:, 0], [s.id for s in picked])
                   & np.isin(rows[:, 1], list(code_labels)))
        used = set(np.unique(rows[counted, 2]).tolist())
        notes = tuple(msg("agreement.note.coder_empty", name=c.name)
                      for i, c in enumerate(chosen) if i not in used)
        return replace(table, notes=notes) if notes else table

    def export(self, table: AgreementTable, path: str | Path, language: str = "sv") -> Path:
        """Write the table as .docx (Word) or .xlsx, through the export guard."""
        from ..exporters.agreement import write_agreement_docx, write_agreement_xlsx
        from .export_guard import export_record

        path = Path(path)
        fmt = path.suffix.lstrip(".").lower()
        if fmt not in EXPORT_FORMATS:
            raise UserError(msg("agreement.format", fmt=fmt or path.name))
        write = write_agreement_docx if fmt == "docx" else write_agreement_xlsx
        return export_record(self.p, path, table,
                             lambda tmp, table: write(tmp, table, language=language),
                             "export.what.agreement")

    # --- choices ---------------------------------------------------------------------------
    @staticmethod
    def _coders(known, wanted: Sequence[int | str]):
        by_id = {c.id: c for c in known}
        by_name = {c.name.casefold(): c for c in known}
        out = []
        for w in wanted:
            c = by_id.get(w) if isinstance(w, int) else by_name.get(str(w).strip().casefold())
            if c is None:
                raise UserError(msg("agreement.no_coder", name=w,
                                    known=", ".join(c.name for c in known)))
            if c in out:
                raise UserError(msg("agreement.same_coder", name=c.name))
            out.append(c)
        if len(out) < 2:
            raise UserError(msg("agreement.two_coders_needed"))
        return out

    def _codes(self, known, wanted: Sequence[int | str] | None) -> dict[int, str]:
        """{code id: path} in codebook order (a parent before its children)."""
        paths = {c.id: self.p.codebook.path(c.id, known) for c in known}
        if wanted is None:
            return dict(sorted(paths.items(), key=lambda kv: kv[1].casefold()))
        out = {}
        for w in wanted:
            if isinstance(w, int) and w in paths:
                out[w] = paths[w]
                continue
            try:
                code = self.p.codebook.find(str(w))
            except NotFoundError:
                raise UserError(msg("agreement.no_code", name=w)) from None
            out[code.id] = paths[code.id]
        return out

    @staticmethod
    def _sources(known, wanted: Sequence[int | str]):
        by_id = {s.id: s for s in known}
        by_name = {s.name: s for s in known}
        stems = {}
        for s in known:
            stems.setdefault(s.name.rsplit(".", 1)[0], []).append(s)
        out = []
        for w in wanted:
            s = by_id.get(w) if isinstance(w, int) else by_name.get(str(w))
            if s is None and not isinstance(w, int) and len(stems.get(str(w), [])) == 1:
                s = stems[str(w)][0]
            if s is None:
                raise UserError(msg("agreement.no_source", name=w))
            if s not in out:
                out.append(s)
        return out
