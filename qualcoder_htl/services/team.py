"""Team coding settings (``project.team``): each coder's colour, blind coding, and which
sources a lead has assigned to which coder.

All of it lives in the project's key-value meta table (no schema change): ``coder_colour.<id>``
holds a ``#rrggbb`` colour, ``coder_blind.<id>`` is ``"1"`` while that coder codes blind, and
``source_assignments`` is JSON ``{source id: [coder ids]}``. Each setter is one transaction and
one undo step (it goes through ``Project.set_meta``).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable

from ..core.errors import UserError
from ..core.messages import catalogue, msg

catalogue({
    "team.bad_colour": ("{colour} is not a colour; use the form #3a7bd5.",
                        "{colour} är ingen färg; använd formen #3a7bd5."),
})

# distinct, readable on white; a coder's default is picked by id, so it never changes
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
           "#e377c2", "#7f7f7f", "#bcbd22")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
ASSIGNMENTS_KEY = "source_assignments"


def default_colour(coder_id: int) -> str:
    return PALETTE[(coder_id - 1) % len(PALETTE)] if coder_id > 0 else PALETTE[0]


class TeamService:
    def __init__(self, project):
        self.project = project

    # --- colours ---------------------------------------------------------------------------
    def colours(self) -> dict[int, str]:
        """{coder id: colour} for every coder in the project."""
        meta = self.project.meta()
        return {c.id: meta.get(f"coder_colour.{c.id}") or default_colour(c.id)
                for c in self.project.coders()}

    def colour(self, coder_id: int) -> str:
        return self.project.meta().get(f"coder_colour.{coder_id}") or default_colour(coder_id)

    def set_colour(self, coder_id: int, colour: str):
        colour = colour.strip()
        if not _COLOUR.fullmatch(colour):
            raise UserError(msg("team.bad_colour", colour=colour[:40]))
        return self.project.set_meta_many({f"coder_colour.{coder_id}": colour.lower()},
                                          "Coder colour")

    # --- blind coding ----------------------------------------------------------------------
    def is_blind(self, coder_id: int | None = None) -> bool:
        cid = self._coder_id(coder_id)
        return cid is not None and self.project.meta().get(f"coder_blind.{cid}") == "1"

    def set_blind(self, on: bool):
        """Blind coding for the current coder: others' codings are hidden from them."""
        self.project.check_writable()
        self.project._ensure_coder_row()
        cid = self.project.coder.id
        return self.project.set_meta_many({f"coder_blind.{cid}": "1" if on else ""},
                                          "Blind coding", drop_empty=True)

    def visible_coders(self) -> set[int] | None:
        """The coders whose codings the current coder may see: only their own while blind,
        everyone's (None) otherwise."""
        cid = self.project.coder.id
        if cid is None:
            return None
        return {cid} if self.is_blind(cid) else None

    def _coder_id(self, coder_id: int | None) -> int | None:
        return coder_id if coder_id is not None else self.project.coder.id

    # --- assignments -----------------------------------------------------------------------
    def assignments(self) -> dict[int, set[int]]:
        """{source id: coder ids assigned to it}."""
        raw = self.project.meta().get(ASSIGNMENTS_KEY) or "{}"
        try:
            data = json.loads(raw)
        except ValueError:
            return {}
        return {int(s): {int(c) for c in coders} for s, coders in data.items()}

    def assigned_sources(self, coder_id: int | None = None) -> set[int]:
        cid = self._coder_id(coder_id)
        return {s for s, coders in self.assignments().items() if cid in coders}

    def assign(self, coder_id: int, source_ids: Iterable[int]):
        """The sources assigned to ``coder_id`` become exactly ``source_ids``."""
        return self.set_assignments({coder_id: source_ids})

    def set_assignments(self, by_coder: dict[int, Iterable[int]]):
        """For each coder named, their assigned sources become exactly the ones given (the
        Assign sources dialog: several coders, one undo step); others keep theirs."""
        table = self.assignments()
        for coder_id, source_ids in by_coder.items():
            chosen = set(source_ids)
            for sid in set(table) | chosen:
                coders = table.setdefault(sid, set())
                if sid in chosen:
                    coders.add(coder_id)
                else:
                    coders.discard(coder_id)
        value = json.dumps({str(s): sorted(c) for s, c in sorted(table.items()) if c})
        return self.project.set_meta_many({ASSIGNMENTS_KEY: value}, "Assign sources")
