"""Foundation benchmark: import, search and coding at the scale of a research group's archive.

    python tests/benchmarks/bench_foundation.py          # 1,000 sources, 5 M words, 100 k codings
    python tests/benchmarks/bench_foundation.py --small    # a quick run (used by the test suite)

Prints its figures; asserts nothing (timings on a shared 2-core machine are noisy).
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))

from synthetic import generate, write_txt_folder  # noqa: E402

from qualcoder_htl.services import Project  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    args = ap.parse_args()
    n_import, w_import = (20, 40_000) if args.small else (200, 1_000_000)
    n_src, n_words, n_codings = (50, 100_000, 2_000) if args.small else (1000, 5_000_000, 100_000)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "txt"
        write_txt_folder(folder, n_import, w_import)
        project = Project.create(tmp / "import.qhtl", coder="bench")
        t = time.perf_counter()
        report = project.importer.import_folder(folder)
        took = time.perf_counter() - t
        project.close()
        print(f"import: {report.count('imported')} files, {w_import:,} words in {took:.2f} s "
              f"= {w_import / took:,.0f} words/s")

        big = tmp / "big.qhtl"
        t = time.perf_counter()
        generate(big, n_src, n_words, n_codings)
        print(f"generate synthetic project: {n_src} sources, {n_words:,} words, "
              f"{n_codings:,} codings in {time.perf_counter() - t:.1f} s "
              f"({big.stat().st_size / 1e6:.0f} MB)")

        t = time.perf_counter()
        project = Project.open(big, coder="bench")
        sources = project.sources.list()
        codes = project.codebook.codes()
        counts = project.codebook.counts()
        print(f"open project + list sources and codebook with counts: "
              f"{ms(time.perf_counter() - t)}")
        t = time.perf_counter()
        info = project.info()
        print(f"info ({info['codings']:,} codings): {ms(time.perf_counter() - t)}")
        assert sum(n for n, _ in counts.values()) == info["codings"]

        for query in ("hembesök", "kuratorn mötet", "barn*", "samverkan OR tillit", "och"):
            t = time.perf_counter()
            hits = project.search.search(query)
            print(f"search {query!r}: {len(hits):,} hits in {ms(time.perf_counter() - t)}")
        t = time.perf_counter()
        hits = project.search.search("och", limit=1000)
        print(f"search 'och' first 1,000 hits (as the GUI asks): {len(hits):,} hits in "
              f"{ms(time.perf_counter() - t)}")
        t = time.perf_counter()
        hits = project.search.search("skola", whole_words=False, limit=1000)
        print(f"search 'skola' inside words: {len(hits):,} hits (limit 1000) in "
              f"{ms(time.perf_counter() - t)}")

        code = codes[-1].id
        add, remove, undo = [], [], []
        for i in range(200):
            sid = sources[i % len(sources)].id
            t = time.perf_counter()
            coding = project.codings.add(sid, code, 3000 + i, 3100 + i).result
            add.append(time.perf_counter() - t)
            t = time.perf_counter()
            project.codings.remove(coding)
            remove.append(time.perf_counter() - t)
            t = time.perf_counter()
            project.undo()
            undo.append(time.perf_counter() - t)
        for name, values in (("apply a code", add), ("remove a coding", remove),
                             ("undo", undo)):
            values.sort()
            print(f"{name}: median {ms(statistics.median(values))}, "
                  f"p95 {ms(values[int(len(values) * 0.95)])}")
        t = time.perf_counter()
        for s in sources[:100]:
            project.codings.for_source(s.id)
        print(f"codings of one source (avg of 100): {ms((time.perf_counter() - t) / 100)}")
        t = time.perf_counter()
        text = project.sources.get(sources[0].id).text
        print(f"load one source's text ({len(text.split()):,} words): "
              f"{ms(time.perf_counter() - t)}")
        project.close()
        print(f"peak memory (RSS): {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
