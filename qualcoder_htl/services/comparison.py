"""Two coders' codings of one source compared and settled (``project.comparison``).

    disagreements(source_id, coder_a, coder_b) -> [Disagreement]   by position, then code
    settle(disagreement, choice)                                    one transaction, one undo

A disagreement is a stretch of text where one coder applied a code and the other did not
(adjacent stretches of the same code are one). Settling makes both coders' codings of that
code in that stretch the same: ``"a"`` (A's coding stands: B's follows it), ``"b"``, ``"both"``
(the union: whoever lacked it gets it) or ``"neither"`` (removed from both). Codings reaching
out of the stretch are trimmed or split at its edges, as "remove code from selection" does.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..core.errors import UserError
from ..core.messages import catalogue, msg
from ..store.database import utcnow
from ..store.writer import Writer

catalogue({
    "comparison.choice": ("Settle a disagreement with a, b, both or neither (not {choice}).",
                          "Avgör en oenighet med a, b, båda eller ingen (inte {choice})."),
    "comparison.stale": ("The codings changed since the comparison was made; compare again.",
                         "Kodningarna har ändrats sedan jämförelsen gjordes; jämför igen."),
})

CHOICES = ("a", "b", "both", "neither")


@dataclass(frozen=True)
class Disagreement:
    source_id: int
    code_id: int
    start: int
    end: int
    coder_a: int
    coder_b: int
    a_spans: tuple[tuple[int, int], ...]  # A's coverage inside [start, end)
    b_spans: tuple[tuple[int, int], ...]


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


def _differences(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal stretches where exactly one of the two coverages holds."""
    points = sorted({p for s, e in a + b for p in (s, e)})
    out: list[tuple[int, int]] = []
    for lo, hi in zip(points, points[1:], strict=False):
        in_a = any(s <= lo and hi <= e for s, e in a)
        in_b = any(s <= lo and hi <= e for s, e in b)
        if in_a != in_b:
            if out and out[-1][1] == lo:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
    return out


class ComparisonService:
    def __init__(self, project):
        self.p = project

    def disagreements(self, source_id: int, coder_a: int, coder_b: int) -> list[Disagreement]:
        cover: dict[tuple[int, int], list] = defaultdict(list)
        for c in self.p.codings.for_source(source_id):
            if c.coder_id in (coder_a, coder_b):
                cover[c.code_id, c.coder_id].append((c.start, c.end))
        out = []
        for code_id in {code for code, _ in cover}:
            a, b = _union(cover[code_id, coder_a]), _union(cover[code_id, coder_b])
            for s, e in _differences(a, b):
                out.append(Disagreement(source_id, code_id, s, e, coder_a, coder_b,
                                        _clip(a, s, e), _clip(b, s, e)))
        return sorted(out, key=lambda d: (d.start, d.end, d.code_id))

    def settle(self, d: Disagreement, choice: str):
        if choice not in CHOICES:
            raise UserError(msg("comparison.choice", choice=str(choice)[:20]))
        target = {"a": d.a_spans, "b": d.b_spans, "both": tuple(_union(d.a_spans + d.b_spans)),
                  "neither": ()}[choice]

        def do(w: Writer) -> None:
            for coder, now in ((d.coder_a, d.a_spans), (d.coder_b, d.b_spans)):
                rows = w.find("codings", source_id=d.source_id, code_id=d.code_id,
                              coder_id=coder)
                if _clip(_union((r["start"], r["end"]) for r in rows), d.start, d.end) != now:
                    raise UserError(msg("comparison.stale"))
                if now != target:
                    _set_coverage(w, rows, d, coder, target)
        return self.p.mutate("Settle a disagreement", do)


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
