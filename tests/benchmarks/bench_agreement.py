"""Agreement benchmark: two coders, 100,000 codings in all (issue #13: under 1 s).

    python tests/benchmarks/bench_agreement.py          # 200 sources, 100,000 codings
    python tests/benchmarks/bench_agreement.py --small  # a quick run (used by the test suite)

The first coder's codings come from the synthetic corpus generator; the second coder's are
the same passages with shifted boundaries, some recoded with another code, some left out, and
some new ones. Prints its figures; asserts nothing (timings on a shared machine are noisy).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))

from synthetic import generate  # noqa: E402

from qualcoder_htl.analysis.agreement import agreement_table  # noqa: E402
from qualcoder_htl.services import Project  # noqa: E402
from qualcoder_htl.store import reads  # noqa: E402
from qualcoder_htl.store.database import utcnow  # noqa: E402


def best(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def second_coder(p: Project, seed: int = 2) -> int:
    """Add "forskare2" with perturbed copies of forskare1's codings; returns how many."""
    rng = random.Random(seed)
    with p.db.read() as conn:
        first = reads.coding_spans(conn)
        lengths = {s.id: s.char_count for s in reads.source_list(conn)}
        code_ids = [c.id for c in reads.code_list(conn)]
    coder = p.transaction(lambda w: w.insert("coders", {"name": "forskare2",
                                                        "created_at": utcnow()}))[1]
    rows = []
    now = utcnow()
    for _, sid, cid, _, start, end, _ in first:
        if rng.random() < 0.1:  # left out
            continue
        if rng.random() < 0.1:
            cid = rng.choice(code_ids)
        start = max(0, start + rng.randint(-40, 40))
        end = min(lengths[sid], max(start + 1, end + rng.randint(-40, 40)))
        rows.append({"source_id": sid, "code_id": cid, "coder_id": coder, "start": start,
                     "end": end, "created_at": now, "is_key_quote": False, "memo": ""})
    while len(rows) < len(first):  # new passages only the second coder coded
        sid = rng.choice(list(lengths))
        start = rng.randrange(0, max(1, lengths[sid] - 200))
        rows.append({"source_id": sid, "code_id": rng.choice(code_ids), "coder_id": coder,
                     "start": start, "end": min(lengths[sid], start + rng.randint(20, 200)),
                     "created_at": now, "is_key_quote": False, "memo": ""})
    p.transaction(lambda w: w.insert_many("codings", rows))
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    args = ap.parse_args()
    n_src, n_words, per_coder = (20, 100_000, 5_000) if args.small else \
        (200, 1_000_000, 50_000)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        generate(tmp / "team.qhtl", n_src, n_words, per_coder)
        with Project.open(tmp / "team.qhtl", coder="forskare1") as p:
            n2 = second_coder(p)
            with p.db.read() as conn:
                n_all = len(reads.coding_spans(conn))
            n_codes = len(p.codebook.codes())
            print(f"generated: {n_src} sources, {n_words:,} words, {n_codes} codes, "
                  f"{n_all:,} codings ({n_all - n2:,} + {n2:,} by two coders) "
                  f"in {time.perf_counter() - t:.1f} s")
            a = p.agreement
            for include in (False, True):
                took, table = best(lambda include=include: a.table(
                    ["forskare1", "forskare2"], include_uncoded=include))
                f = table.total.figures
                print(f"agreement table, uncoded text {'counted' if include else 'left out'}: "
                      f"{took:.3f} s  [target < 1 s; {len(table.by_code)} codes × "
                      f"{len(table.by_source)} sources; total over {f['percent'].units:,} "
                      f"characters: {f['percent'].value:.1%} agree, kappa "
                      f"{f['kappa'].value:.3f}, alpha {f['alpha'].value:.3f}, cu-alpha "
                      f"{f['cu_alpha'].value:.3f}]")

            def read_only():
                with p.db.read() as conn:
                    return (reads.coding_spans(conn),
                            {s.id: s.char_count for s in reads.source_list(conn)})
            took_read, (spans, lengths) = best(read_only)
            print(f"  of which reading codings and source lengths: {took_read:.3f} s")
            coders = {c.id: i for i, c in enumerate(p.coders())}
            rows = [(s[1], s[2], coders[s[3]], s[4], s[5]) for s in spans]
            codes = {c.id: c.name for c in p.codebook.codes()}
            took, _ = best(lambda: agreement_table(lengths, rows, codes,
                                                   {sid: str(sid) for sid in lengths},
                                                   ["forskare1", "forskare2"]))
            print(f"  of which computing (analysis.agreement on plain tuples): {took:.3f} s")
            with tempfile.TemporaryDirectory() as out:
                took, _ = best(lambda: a.export(table, Path(out) / "a.docx"), repeat=1)
                print(f"Word export of the table: {took:.3f} s")


if __name__ == "__main__":
    main()
