"""Reference counts, computed the slow and obvious way (character sets), to check the fast
matrix code against."""
from __future__ import annotations


def covered_runs(spans):
    """Maximal runs of covered characters: codings that overlap or touch are one segment."""
    chars = set()
    for s, e in spans:
        chars.update(range(s, e))
    runs, start = [], None
    for i in sorted(chars):
        if start is None:
            start = prev = i
        elif i != prev + 1:
            runs.append((start, prev + 1))
            start = i
        prev = i
    if start is not None:
        runs.append((start, prev + 1))
    return runs


def cell(codings, texts, case_of, column_sources, n_column_sources):
    """All measures for the codings of one cell (already selected by code, coder, column)."""
    chosen = [c for c in codings if c.source_id in column_sources]
    by_source = {}
    for c in chosen:
        by_source.setdefault(c.source_id, []).append((c.start, c.end))
    segments = words = 0
    for sid, spans in by_source.items():
        runs = covered_runs(spans)
        segments += len(runs)
        words += sum(len(texts[sid][s:e].split()) for s, e in runs)
    people = set()
    for sid in by_source:
        if case_of.get(sid):
            people.update(("case", k) for k in case_of[sid])
        else:
            people.add(("source", sid))
    return {"coding_ids": tuple(sorted(c.id for c in chosen)), "segments": segments,
            "sources": len(by_source), "cases": len(people), "words": words,
            "share": (len(by_source) / n_column_sources) if n_column_sources else None}
