"""Benchmark of the export guard. Prints, for the demo project with a key made from the gold
identifiers (``corpora/htl-demo/gold_identifiers.csv``, one accepted span per distinct
original):

1. the theme report, a .qdpx and the shared SQLite copy: total export time, the size of the
   file, and the time the guard alone takes to read the finished file back and check it;
2. how many metadata strings were written in pseudonymised form.

    python tests/benchmarks/bench_export_guard.py [--small]
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEMO = ROOT / "corpora" / "htl-demo"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true", help="a quick run (20 key entries)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("QUALCODER_HTL_DATA", str(Path(tmp) / "data"))
        from qualcoder_htl.services.demo import create_demo
        from qualcoder_htl.services.refi_export import export_qdpx

        project = create_demo(Path(tmp) / "demo.qhtl")
        ids = {s.name: s.id for s in project.sources.list()}
        seen: set[str] = set()
        with open(DEMO / "gold_identifiers.csv", encoding="utf-8", newline="") as f:
            rows = [r for r in csv.DictReader(f) if r["type"] in ("PERSON", "SCHOOL", "PLACE")]
        started = time.perf_counter()
        for r in rows:
            if r["text"] in seen or r["source"] not in ids:
                continue
            seen.add(r["text"])
            project.pseudonymisation.add_span(ids[r["source"]], int(r["start"]), int(r["end"]),
                                              r["type"])
            if args.small and len(seen) >= 20:
                break
        print(f"key: {len(seen)} originals marked in {time.perf_counter() - started:.1f} s")
        ps = project.pseudonymisation
        out = Path(tmp) / "out"
        out.mkdir()
        jobs = [("theme report (.docx)", lambda: project.analysis.export_report(
                    out / "rapport.docx"), lambda p: p),
                ("REFI-QDA (.qdpx)", lambda: export_qdpx(project, out / "delning.qdpx"),
                 lambda r: Path(r.path)),
                ("shared copy (.qhtl)", lambda: ps.export_copy(out / "kopia.qhtl",
                                                               allow_open=True),
                 lambda r: Path(r.path))]
        for name, run, path_of in jobs:
            started = time.perf_counter()
            result = run()
            total = time.perf_counter() - started
            path = path_of(result)
            started = time.perf_counter()
            ps.guard_file(path, path.name)
            guard = time.perf_counter() - started
            replaced = getattr(result, "metadata_replaced", 0)
            print(f"{name}: export {total:.2f} s, {path.stat().st_size / 1e6:.2f} MB, "
                  f"guard read-back {guard:.2f} s, {replaced} metadata strings pseudonymised")
        project.close()


if __name__ == "__main__":
    main()
