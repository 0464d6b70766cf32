"""Two or more coders' codings of one source compared and settled (``project.comparison``).

    disagreements(source_id, coder_a, coder_b, ...) -> [Disagreement]   by position, then code
    settle(disagreement, choice)                                         one transaction, one undo

A disagreement is a stretch of text where some of the coders applied a code and others did
not (adjacent stretches of the same code are one). Settling makes every coder's codings of that
code in that stretch the same: a coder's id (that coder's coding stands: the others follow it;
``"a"`` and ``"b"`` name the first and the second coder), ``"all"`` (the union: whoever lacked
it gets it; ``"both"`` for two) or ``"none"`` (removed from all; ``"neither"`` for two).
Codings reaching out of the stretch are trimmed or split at its edges, as "remove code from
selection" does.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..core.errors import UserError
from ..core.messages import catalogue, msg
from ..store.database import utcnow
from ..store.writer import Writer

catalogue({
    "comparison.choice": (
        "Settle a disagreement with a coder, all or none (not {choice}).",
        "Avgör en oenighet med en kodare, alla eller ingen (inte {choice})."),
    "comparison.stale": ("The codings changed since the comparison was made; compare again.",
                         "Kodningarna har ändrats sedan jämförelsen gjordes; jämför igen."),
    "comparison.undo.settle": ("Settle a disagreement", "Avgör en oenighet"),
})

CHOICES = ("a", "b", "both", "neither", "all", "none")  # or a coder's id


@dataclass(frozen=True)
class Disagreement:
    source_id: int
    code_id: int
    start: int
    end: int
    coders: tuple[int, ...]
    spans: tuple[tuple[tuple[int, int], ...], ...]  # each coder's coverage inside [start, end)

    # two coders, by their old names
    coder_a = property(lambda self: self.coders[0])
    coder_b = property(lambda self: self.coders[1])
    a_spans = property(lambda self: self.spans[0])
    b_spans = property(lambda self: self.spans[1])

    def coded_by(self) -> list[int]:
        """The coders who coded (part of) the stretch."""
        return [c for c, spans in zip(self.coders, self.spans, strict=True) if spans]


def _union(spans) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _clip(spans, start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple((max(s, start), min(e, end)) for s, e in spans if s < end and start < e)


def _differences(*coverages: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal stretches where the coverages do not all agree (some hold, some do not)."""
    points = sorted({p for cover in coverages for s, e in cover for p in (s, e)})
    out: list[tuple[int, int]] = []
    for lo, hi in zip(points, points[1:], strict=False):
        held = {any(s <= lo and hi <= e for s, e in cover) for cover in coverages}
        if len(held) > 1:
            if out and out[-1][1] == lo:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
    return out


class ComparisonService:
    def __init__(self, project):
        self.p = project

    def disagreements(self, source_id: int, *coders: int) -> list[Disagreement]:
        """The disagreements of two or more coders (ids, or one list of ids) on a source."""
        if len(coders) == 1 and not isinstance(coders[0], int):
            coders = tuple(coders[0])
        coders = tuple(dict.fromkeys(coders))
        cover: dict[tuple[int, int], list] = defaultdict(list)
        for c in self.p.codings.for_source(source_id):
            if c.coder_id in coders:
                cover[c.code_id, c.coder_id].append((c.start, c.end))
        out = []
        if len(coders) < 2:
            return out
        for code_id in {code for code, _ in cover}:
            each = [_union(cover[code_id, coder]) for coder in coders]
            for s, e in _differences(*each):
                out.append(Disagreement(source_id, code_id, s, e, coders,
                                        tuple(_clip(x, s, e) for x in each)))
        return sorted(out, key=lambda d: (d.start, d.end, d.code_id))

    def settle(self, d: Disagreement, choice: str | int):
        """Every coder's coverage of the stretch becomes the chosen one (see the module)."""
        choice = {"a": d.coders[0], "b": d.coders[1], "both": "all",
                  "neither": "none"}.get(choice, choice)
        if choice == "all":
            target = tuple(_union(x for spans in d.spans for x in spans))
        elif choice == "none":
            target = ()
        elif choice in d.coders and not isinstance(choice, bool):
            target = d.spans[d.coders.index(choice)]
        else:
            raise UserError(msg("comparison.choice", choice=str(choice)[:20]))

        def do(w: Writer) -> None:
            for coder, now in zip(d.coders, d.spans, strict=True):
                rows = w.find("codings", source_id=d.source_id, code_id=d.code_id,
                              coder_id=coder)
                if _clip(_union((r["start"], r["end"]) for r in rows), d.start, d.end) != now:
                    raise UserError(msg("comparison.stale"))
                if now != target:
                    _set_coverage(w, rows, d, coder, target)
        return self.p.mutate(msg("comparison.undo.settle"), do)


def _set_coverage(w: Writer, rows: list[dict], d: Disagreement, coder: int, target) -> None:
    """The coder's coverage of the code inside [d.start, d.end) becomes ``target``."""
    for r in rows:
        if r["end"] <= d.start or d.end <= r["start"]:
            continue
        left = r["start"] < d.start
        right = d.end < r["end"]
        if left and right:
            w.update("codings", r["id"], {"end": d.start})
            w.insert("codings", {**{k: v for k, v in r.items() if k not in ("id", "guid")},
                                 "start": d.end, "created_at": utcnow()})
        elif left:
            w.update("codings", r["id"], {"end": d.start})
        elif right:
            w.update("codings", r["id"], {"start": d.end})
        else:
            w.delete("codings", r["id"])
    for s, e in target:  # joined to a coding it touches, so a passage stays one coding
        kept = w.find("codings", source_id=d.source_id, code_id=d.code_id, coder_id=coder)
        before = next((r for r in kept if r["end"] == s), None)
        after = next((r for r in kept if r["start"] == e), None)
        if before is not None and after is not None:
            w.update("codings", before["id"], {"end": after["end"]})
            w.delete("codings", after["id"])
        elif before is not None:
            w.update("codings", before["id"], {"end": e})
        elif after is not None:
            w.update("codings", after["id"], {"start": s})
        else:
            w.insert("codings", {"source_id": d.source_id, "code_id": d.code_id,
                                 "coder_id": coder, "start": s, "end": e,
                                 "created_at": utcnow(), "is_key_quote": False, "memo": ""})
