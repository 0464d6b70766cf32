"""Write-path benchmark: what BEGIN IMMEDIATE, the lock and checked undo cost.

    python tests/benchmarks/bench_write_path.py          # 500 actions, 2 writers x 500, 200 files
    python tests/benchmarks/bench_write_path.py --small  # a quick run (used by the test suite)

Prints its figures; asserts nothing (timings on a shared 2-core machine are noisy).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qualcoder_htl.services import Project  # noqa: E402

TEXT = "Intervju\nJ: Hur började det?\nIP: Det var skolan som ringde, och vi tackade ja.\n" * 20

WRITER = textwrap.dedent("""
    import json, sys, time
    from qualcoder_htl.core.errors import UserError
    from qualcoder_htl.services import Project
    from qualcoder_htl.store.database import Database
    path, prefix, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    p = Project(Database.open(path, lock=False), coder_name=prefix)
    sid = p.sources.list()[0].id
    code = p.codebook.create(prefix).result
    took, busy, raw = [], 0, 0
    for i in range(n):
        t = time.perf_counter()
        try:
            p.codings.add(sid, code, i % 100, i % 100 + 20)
        except UserError:
            busy += 1
        except Exception:
            raw += 1
        took.append(time.perf_counter() - t)
    p.close()
    print(json.dumps({"took": took, "busy": busy, "raw": raw}))
""")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    args = ap.parse_args()
    n_actions, n_files = (60, 20) if args.small else (500, 200)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "in"
        folder.mkdir()
        for i in range(n_files):
            (folder / f"intervju_{i:03}.txt").write_text(f"Nummer {i}\n{TEXT}", encoding="utf-8")
        path = tmp / "bench.qhtl"
        with Project.create(path, coder="bench") as p:
            t = time.perf_counter()
            p.importer.import_folder(folder)
            took = time.perf_counter() - t
            print(f"import of {n_files} files as one transaction: {took:.2f} s")
            t = time.perf_counter()
            p.undo()
            print(f"checked undo of that import: {time.perf_counter() - t:.2f} s")
            t = time.perf_counter()
            p.redo()
            print(f"checked redo of that import: {time.perf_counter() - t:.2f} s")
            sid = p.sources.list()[0].id
            code = p.codebook.create("Tema").result
            times = []
            for i in range(n_actions):
                t = time.perf_counter()
                p.codings.add(sid, code, i % 100, i % 100 + 20)
                times.append(time.perf_counter() - t)
            print(f"one writer, {n_actions} codings: median {ms(statistics.median(times))}, "
                  f"p95 {ms(p95(times))}")
        script = tmp / "writer.py"
        script.write_text(WRITER, encoding="utf-8")
        t = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, str(script), str(path), name, str(n_actions)],
                                  cwd=ROOT, stdout=subprocess.PIPE, text=True)
                 for name in ("anna", "bertil")]
        results = [json.loads(proc.communicate(timeout=600)[0]) for proc in procs]
        wall = time.perf_counter() - t
        took = [x for r in results for x in r["took"]]
        print(f"two processes x {n_actions} codings at once: {wall:.2f} s wall, median "
              f"{ms(statistics.median(took))}, p95 {ms(p95(took))}, max {ms(max(took))}, "
              f"busy {sum(r['busy'] for r in results)}, raw errors "
              f"{sum(r['raw'] for r in results)}")


if __name__ == "__main__":
    main()
