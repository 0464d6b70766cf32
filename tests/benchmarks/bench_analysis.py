"""Analysis benchmark: a theme matrix over 100,000 codings and a report with 2,000 quotes.

    python tests/benchmarks/bench_analysis.py          # 100 k codings; report with 2,000 quotes
    python tests/benchmarks/bench_analysis.py --small  # a quick run (used by the test suite)

Targets (issue #5): matrix under 0.3 s, report under 5 s. Prints its figures; asserts
nothing (timings on a shared 2-core machine are noisy).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))

from synthetic import generate  # noqa: E402

from qualcoder_htl.services import Project  # noqa: E402
from qualcoder_htl.services.analysis_scope import Filters  # noqa: E402
from qualcoder_htl.store import reads  # noqa: E402


def best(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def s(seconds: float) -> str:
    return f"{seconds:.3f} s"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    args = ap.parse_args()
    n_src, n_words, n_codings = (100, 200_000, 10_000) if args.small else \
        (1000, 2_000_000, 100_000)
    r_src, r_words, r_quotes = (20, 40_000, 200) if args.small else (100, 400_000, 2_000)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        generate(tmp / "big.qhtl", n_src, n_words, n_codings)
        print(f"generated: {n_src} sources, {n_words:,} words, {n_codings:,} codings "
              f"in {time.perf_counter() - t:.1f} s")
        with Project.open(tmp / "big.qhtl", coder="bench") as p:
            a = p.analysis
            took, m = best(lambda: a.matrix(columns="org_level"))
            n = len(m.totals[0].coding_ids) and sum(
                len(m.totals[i].coding_ids) for i, r in enumerate(m.rows) if r.depth == 0)
            print(f"matrix over {n_codings:,} codings (themes x org level, segments, rolled up): "
                  f"{s(took)}  [target < 0.3 s; {n:,} codings counted in the top rows]")

            def read_only():
                with p.db.read() as conn:
                    return reads.coding_spans(conn)
            took_read, _ = best(read_only)
            print(f"  of which reading the codings: {s(took_read)}")
            for label, kw in (("sources", {"measure": "sources"}),
                              ("share", {"measure": "share"}),
                              ("cases", {"measure": "cases"}),
                              ("words", {"measure": "words"}),
                              ("not rolled up", {"rollup": False}),
                              ("by round, filtered by coder and level",
                               {"columns": "Omgång", "filters": Filters(
                                   coders=("forskare1",),
                                   values={"org_level": ("Ledningsgrupp", "HTL-team skola")})}),
                              ("by source (one column per source)", {"columns": "sources"})):
                took, _ = best(lambda kw=kw: a.matrix(**{"columns": "org_level", **kw}))
                print(f"matrix, {label}: {s(took)}")
            took, co = best(lambda: a.cooccurrence(mode="overlap"), 1)
            print(f"co-occurrence code x code (overlap) over {n_codings:,} codings: {s(took)}")
            took, co = best(lambda: a.cooccurrence(mode="turn"), 1)
            print(f"co-occurrence code x code (same turn): {s(took)}")
            took, cell = best(lambda: a.cell_quotes(m, 1, 0), 1)
            print(f"drill-down: quotes of one cell ({len(cell):,} quotes): {s(took)}")

        t = time.perf_counter()
        generate(tmp / "report.qhtl", r_src, r_words, r_quotes)
        print(f"generated: {r_src} sources, {r_words:,} words, {r_quotes:,} codings "
              f"in {time.perf_counter() - t:.1f} s")
        with Project.open(tmp / "report.qhtl", coder="bench") as p:
            times = []
            for i in range(3):
                t = time.perf_counter()
                data = p.analysis.report_data()
                gathered = time.perf_counter() - t
                from qualcoder_htl.exporters.word_report import write_report
                write_report(tmp / f"report{i}.docx", data)
                times.append((time.perf_counter() - t, gathered))
            total, gathered = min(times)
            quotes = sum(len(t.quotes.quotes) for t in data.themes if t.quotes)
            size = (tmp / "report0.docx").stat().st_size / 1e6
            print(f"report with {quotes:,} quotes: {s(total)} [target < 5 s] "
                  f"(gathering {s(gathered)}, writing {s(total - gathered)}; {size:.1f} MB)")
            print(f"  median of 3: {s(statistics.median(x for x, _ in times))}")


if __name__ == "__main__":
    main()
