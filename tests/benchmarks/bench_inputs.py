"""Bounded inputs: time and peak memory of importing hostile or oversized files (each refused),
and of a long but real interview (accepted), each in a fresh process.

    python tests/benchmarks/bench_inputs.py          # 200 MB bombs, a 200,000-word interview
    python tests/benchmarks/bench_inputs.py --small  # smaller (used by the test suite)

Prints its figures; asserts nothing. Target: under 500 MB peak for every refused input.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qualcoder_htl.services import Project  # noqa: E402
from tests import bombs  # noqa: E402


def long_interview_docx(path: Path, words: int) -> Path:
    import docx
    d = docx.Document()
    answer = "IP: Vi pratade länge om samverkan och om barnen på skolan, och om hur det blev."
    question = "J: Hur gick det sen?"
    written = i = 0
    while written < words:
        line = question if i % 2 else answer
        d.add_paragraph(line)
        written += len(line.split())
        i += 1
    d.save(path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    args = ap.parse_args()
    big = (70 if args.small else 200) * bombs.MiB
    words = 20_000 if args.small else 200_000
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        project = d / "p.qhtl"
        Project.create(project, coder="bench").close()
        cases = [
            ("docx bomb", lambda p: bombs.docx_bomb(p, big), "bomb.docx"),
            ("docx, lying zip header", lambda p: bombs.lying_docx(p, big), "lying.docx"),
            ("docx stored, 60 MB XML", lambda p: bombs.docx_bomb(
                p, 60 * bombs.MiB, zipfile.ZIP_STORED), "stored.docx"),
            ("docx, one paragraph, 2.6M runs", bombs.one_paragraph_docx, "one.docx"),
            ("odt bomb", lambda p: bombs.odt_bomb(p, big), "bomb.odt"),
            ("qdpx, source text bomb", lambda p: bombs.qdpx_bomb(p, 2 * big), "bomb.qdpx"),
            ("qdpx, project file bomb", lambda p: bombs.qdpx_bomb(p, 300 * bombs.MiB, "qde"),
             "qde.qdpx"),
            ("txt, 100 MB sparse", bombs.sparse_txt, "huge.txt"),
            ("txt, 15 MB of text", bombs.long_txt, "long.txt"),
        ]
        print(f"{'input':30} {'file':>9} {'result':8} {'time':>7} {'peak':>8}  message")
        for label, make, name in cases:
            path = make(d / name)
            r = bombs.import_in_child(project, str(path))
            line = next((x for x in (r["out"] + r["err"]).splitlines() if "error" in x), "")
            message = line.split(": ", 2)[-1][:70]
            print(f"{label:30} {path.stat().st_size / 1024:>7.0f}KB "
                  f"{'refused' if r['code'] else 'accepted':8} {r['seconds']:>6.1f}s "
                  f"{r['peak_mb']:>6.0f}MB  {message}")
            path.unlink()
        started = time.perf_counter()
        interview = long_interview_docx(d / "lang_intervju.docx", words)
        built = time.perf_counter() - started
        r = bombs.import_in_child(project, str(interview))
        print(f"{f'docx, {words:,} words':30} {interview.stat().st_size / 1024:>7.0f}KB "
              f"{'accepted' if r['code'] == 0 else 'refused':8} {r['seconds']:>6.1f}s "
              f"{r['peak_mb']:>6.0f}MB  (built in {built:.1f}s)")


if __name__ == "__main__":
    main()
