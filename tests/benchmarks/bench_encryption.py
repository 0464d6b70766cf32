"""The cost of encryption at rest: open, apply a code, search and the matrix on a large
project, encrypted (SQLCipher) against plain SQLite, with the ratio.

    python tests/benchmarks/bench_encryption.py                 # 1,000 sources, 5 M words
    python tests/benchmarks/bench_encryption.py --words 1000000 # a smaller project
    python tests/benchmarks/bench_encryption.py --small         # a quick run (the test suite)

The plain project is made with ``corpora/synthetic.py``; the encrypted one is a copy of it
encrypted with ``services.encryption.encrypt`` (timed too). Plain and encrypted runs alternate,
and each figure is the median of several, so the shared machine's noise falls on both.
Prints its figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))

from synthetic import generate  # noqa: E402

from qualcoder_htl.services import Project, encryption  # noqa: E402
from qualcoder_htl.store import cipher  # noqa: E402

PASSPHRASE = "korrekt häst batteri häftklammer"
QUERIES = ("hembesök", "barn*", "samverkan OR tillit", "och")


def median_of(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def open_project(path: Path, secret) -> Project:
    cipher.forget_all()  # each open derives the key from the passphrase, as a new session does
    project = Project.open(path, coder="bench", secret=secret)
    project.sources.list()
    project.codebook.counts()
    return project


def _open_known(path: Path) -> Project:
    project = Project.open(path, coder="bench")  # a plain file, or the key remembered
    project.sources.list()
    project.codebook.counts()
    return project


def measure(path: Path, secret, repeats: int) -> dict[str, float]:
    out = {"open (with the passphrase) + sources + codebook counts":
           median_of(lambda: open_project(path, secret).close(), repeats)}
    out["open (key known this session) + sources + codebook counts"] = median_of(
        lambda: _open_known(path).close(), repeats)
    project = open_project(path, secret)
    try:
        sources = project.sources.list()
        code = project.codebook.codes()[-1].id
        i = iter(range(10 ** 9))

        def apply_code():
            n = next(i)
            project.codings.add(sources[n % len(sources)].id, code, 3000 + n % 500, 3100 + n % 500)

        out["apply a code"] = median_of(apply_code, repeats * 10)
        out["undo"] = median_of(project.undo, repeats * 5)
        for q in QUERIES:
            out[f"search {q!r}"] = median_of(lambda q=q: project.search.search(q), repeats)
        out["search 'skola' inside words (1,000 hits)"] = median_of(
            lambda: project.search.search("skola", whole_words=False, limit=1000), repeats)
        out["matrix codes × organisational level"] = median_of(
            lambda: project.analysis.matrix(columns="org_level"), repeats)
    finally:
        project.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--words", type=int, default=5_000_000)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    words = 100_000 if args.small else args.words
    sources = 50 if args.small else max(50, words // 5000)
    codings = 2_000 if args.small else words // 50
    repeats = 2 if args.small else args.repeats

    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.qhtl"
        t = time.perf_counter()
        generate(plain, sources, words, codings)
        print(f"project: {sources} sources, {words:,} words, {codings:,} codings "
              f"({plain.stat().st_size / 1e6:.0f} MB), made in {time.perf_counter() - t:.1f} s")
        enc = Path(tmp) / "encrypted.qhtl"
        shutil.copyfile(plain, enc)
        t = time.perf_counter()
        encryption.encrypt(enc, PASSPHRASE)
        print(f"encrypt the project (sqlcipher_export, fsync, rename): "
              f"{time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        cipher.derive(PASSPHRASE, b"0123456789abcdef")
        print(f"derive the key from the passphrase (scrypt n=2^14, r=8): "
              f"{(time.perf_counter() - t) * 1000:.0f} ms (part of every first open)")

        results: dict[str, list[dict[str, float]]] = {"plain": [], "encrypted": []}
        for _ in range(2):  # alternate, so both see the same machine
            results["plain"].append(measure(plain, None, repeats))
            results["encrypted"].append(
                measure(enc, encryption.Secret(PASSPHRASE), repeats))
        print(f"{'':58} {'plain':>10} {'encrypted':>10} {'ratio':>7}")
        for name in results["plain"][0]:
            a = min(r[name] for r in results["plain"])
            b = min(r[name] for r in results["encrypted"])
            print(f"{name:58} {a * 1000:8.1f} ms {b * 1000:8.1f} ms {b / a:6.2f}×")


if __name__ == "__main__":
    main()
