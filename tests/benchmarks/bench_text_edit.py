"""Text-edit benchmark: how long a transcript edit takes, with every span moved and the search
index rebuilt, at interview length and at ten times that.

    python tests/benchmarks/bench_text_edit.py          # 12,000 and 120,000 words
    python tests/benchmarks/bench_text_edit.py --small  # a quick run (used by the test suite)

Prints its figures; asserts nothing (timings on a shared 2-core machine are noisy).
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

from qualcoder_htl.core.text_diff import OffsetShift  # noqa: E402
from qualcoder_htl.services import Project  # noqa: E402

WORDS = ("och", "det", "att", "samverkan", "skolan", "barnen", "vi", "är", "inte", "mycket",
         "trygghet", "hälsa", "lärande", "socialtjänsten", "kuratorn", "hembesök", "mandat")


def transcript(words: int, rng: random.Random) -> str:
    lines, n, turn = [], 0, 0
    while n < words:
        k = rng.randint(8, 60)
        speaker = "J" if turn % 2 == 0 else "IP"
        lines.append(f"{speaker}: " + " ".join(rng.choice(WORDS) for _ in range(k)) + ".")
        n += k
        turn += 1
    return "\n".join(lines)


def edited(text: str, rng: random.Random, typos: int) -> str:
    lines = text.split("\n")
    for _ in range(typos):
        i = rng.randrange(len(lines))
        lines[i] = lines[i].replace(" och ", " och så ", 1)
    del lines[rng.randrange(len(lines))]  # a stray line removed
    return "\n".join(lines)


def run(words: int, codings: int, tmp: Path, rng: random.Random) -> None:
    text = transcript(words, rng)
    path = tmp / f"t{words}.txt"
    path.write_text(text, encoding="utf-8")
    project = Project.create(tmp / f"p{words}.qhtl", coder="bench")
    sid = project.importer.import_files([path]).results[0].source_id
    code = project.codebook.create("Tema").result
    for _ in range(codings):
        s = rng.randrange(len(text) - 200)
        project.codings.add(sid, code, s, s + rng.randint(20, 150))
    new = edited(text, rng, 5)
    t = time.perf_counter()
    OffsetShift(text, new)
    diff = time.perf_counter() - t
    t = time.perf_counter()
    result = project.sources.edit_text(sid, new).result
    took = time.perf_counter() - t
    t = time.perf_counter()
    project.undo()
    undo = time.perf_counter() - t
    print(f"edit text: {words:,} words, {len(project.codings.for_source(sid))} codings, "
          f"5 typos + 1 line removed: diff {diff * 1000:.0f} ms, edit with spans and index "
          f"{took * 1000:.0f} ms ({result.codings_moved} codings moved, "
          f"{result.codings_removed} removed), undo {undo * 1000:.0f} ms")
    project.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    args = ap.parse_args()
    rng = random.Random(7)
    sizes = [(3_000, 100)] if args.small else [(12_000, 500), (120_000, 3_000)]
    with tempfile.TemporaryDirectory() as tmp:
        for words, codings in sizes:
            run(words, codings, Path(tmp), rng)


if __name__ == "__main__":
    main()
