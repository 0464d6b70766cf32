"""Speed on QualCoder's benchmark corpus shape, where QualCoder was once faster (issue 11).

    python tests/benchmarks/bench_qualcoder_shape.py          # 200 x 5,000 words + one of 50,000
    python tests/benchmarks/bench_qualcoder_shape.py --small  # a quick run (used by the test suite)

The corpus: 200 transcripts of about 5,000 words and one of 50,000; 40 codes; 20,000 codings.
Each figure is printed against its target (applying a code with the repaint is measured by
bench_gui.py). Prints its figures; asserts nothing (timings on a shared 2-core machine are
noisy: searches print the best of three runs, the import also its own computing time).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))

from synthetic import THEMES, transcript, write_txt_folder  # noqa: E402

from qualcoder_htl.services import Project  # noqa: E402
from qualcoder_htl.store.database import utcnow  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def best(fn, repeat: int = 3):
    """(fastest time, result) of a few runs: on a shared machine the others' load only adds."""
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def add_codes_and_codings(project: Project, n_codes: int, n_codings: int, seed: int = 2) -> None:
    """``n_codes`` codes (themes with subthemes) and ``n_codings`` codings spread over every
    source, in one bulk transaction (no undo entry)."""
    rng = random.Random(seed)
    lengths = {s.id: s.char_count for s in project.sources.list()}
    levels = ("Ledningsgrupp", "HTL-team utvecklingsgrupp", "HTL-team skola", "HTL-team barn",
              "Familjer/vårdnadshavare")
    org = next(a.id for a in project.attributes.definitions() if a.role == "org_level")

    def bulk(w):
        ids, parent = [], None
        for i in range(n_codes):
            name = f"{THEMES[i % len(THEMES)]} {i + 1}"
            if i % 5 == 0:
                parent = project.codebook._insert(w, name, None, None, f"Om {name}")
                ids.append(parent)
            else:
                ids.append(project.codebook._insert(w, name, parent, None, f"Om {name}"))
        sids = sorted(lengths)
        for k, sid in enumerate(sids):
            w.insert("source_attribute_values", {"source_id": sid, "attribute_id": org,
                                                 "value": levels[k % len(levels)]})
        rows = []
        for k in range(n_codings):
            sid = sids[k % len(sids)]
            start = rng.randrange(0, max(1, lengths[sid] - 400))
            rows.append({"source_id": sid, "code_id": rng.choice(ids),
                         "coder_id": project.coder.id, "start": start,
                         "end": start + rng.randint(40, 300), "created_at": utcnow(),
                         "is_key_quote": False, "memo": ""})
        w.insert_many("codings", rows)
    project.transaction(bulk)


def bench_create(tmp: Path) -> None:
    times = []
    for i in range(7):
        t = time.perf_counter()
        Project.create(tmp / f"empty{i}.qhtl", coder="bench").close()
        times.append(time.perf_counter() - t)
    print(f"create an empty project: median {ms(statistics.median(times))}, "
          f"best {ms(min(times))}  [target < 100 ms; QualCoder 220 ms]")


def bench_import(tmp: Path, n: int, words: int) -> Project:
    folder = tmp / "txt"
    write_txt_folder(folder, n, n * words)
    project = Project.create(tmp / "shape.qhtl", coder="bench")
    t, cpu = time.perf_counter(), time.process_time()
    report = project.importer.import_folder(folder)
    took, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"import {report.count('imported')} transcripts of {words:,} words: {took:.2f} s "
          f"[target < 1 s; QualCoder 1.6 s] (of which this process computing {cpu:.2f} s; "
          f"the rest is waiting for the disk or for the other processes of a shared machine)")
    long = tmp / "long" / "lång_intervju.txt"
    long.parent.mkdir()
    long.write_text(transcript(random.Random(7), words * 10), encoding="utf-8")
    project.importer.import_files([long])
    return project


def bench_search(project: Project) -> Project:
    """Prints the searches; returns the project, opened again on the way."""
    words = project.info()["words"]
    # the first searches at once after opening fold the texts they read; from half a second
    # after opening a background thread folds them all (a user takes longer to type a query)
    t = time.perf_counter()
    first = project.search.search("skola", whole_words=False, limit=1000)
    t_first = time.perf_counter() - t
    t = time.perf_counter()
    hits = project.search.search("kuratorn mötet", whole_words=False)
    print(f"first searches at once after opening: 'skola' first {len(first):,} hits "
          f"{ms(t_first)}, 'kuratorn mötet' all {len(hits):,} hits "
          f"{ms(time.perf_counter() - t)} (folding the texts they read)")
    path = project.db.path
    project.close()
    project = Project.open(path, coder="bench")
    time.sleep(1.0)
    t = time.perf_counter()
    hits = project.search.search("kuratorn mötet", whole_words=False)
    print(f"the same a second after opening: 'kuratorn mötet' all {len(hits):,} hits "
          f"{ms(time.perf_counter() - t)}")
    for query in ("skola", "tillit", "kuratorn mötet", "och"):
        t_first, first = best(lambda q=query: project.search.search(q, whole_words=False,
                                                                      limit=1000))
        t_all, hits = best(lambda q=query: project.search.search(q, whole_words=False))
        print(f"substring search {query!r} over {words:,} words: first {len(first):,} hits "
              f"{ms(t_first)} [target < 50 ms], all {len(hits):,} hits {ms(t_all)} "
              f"[target < 300 ms]")
    took, hits = best(lambda: project.search.search("hembesök"))
    print(f"whole-word search 'hembesök': {len(hits):,} hits {ms(took)}")
    took, hits = best(lambda: project.search.search("ja"))
    print(f"whole-word search 'ja' (two letters: every text read): "
          f"{len(hits):,} hits {ms(took)}")
    return project


def bench_report(project: Project, tmp: Path) -> None:
    from qualcoder_htl.exporters.word_report import write_report
    n = len(project.sources.list())
    t = time.perf_counter()
    data = project.analysis.report_data(by="sources")
    gathered = time.perf_counter() - t
    path = write_report(tmp / "report.docx", data)
    took = time.perf_counter() - t
    print(f"Word report of every code by all {n} sources: {took:.1f} s (gathering "
          f"{gathered:.1f} s; {path.stat().st_size / 1e6:.1f} MB) [target < 20 s; "
          f"QualCoder 47 s]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--keep", help="also save the report .docx here (to look at it)")
    args = ap.parse_args()
    n, words, codes, codings = (20, 1_000, 40, 2_000) if args.small else \
        (200, 5_000, 40, 20_000)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        bench_create(tmp)
        project = bench_import(tmp, n, words)
        add_codes_and_codings(project, codes, codings)
        path = project.db.path
        project.close()  # the searches run on the project as a user opens it
        project = Project.open(path, coder="bench")
        project = bench_search(project)
        bench_report(project, tmp)
        if args.keep:
            import shutil
            shutil.copy(tmp / "report.docx", args.keep)
        project.close()


if __name__ == "__main__":
    main()
