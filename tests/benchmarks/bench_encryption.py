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


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def open_project(path: Path, secret) -> Project:
    cipher.forget_all()  # each open derives the key from the passphrase, as a new session does
    project = Project.open(path, coder="bench", secret=secret)
    project.sources.list()
    project.codebook.counts()
    return project


def open_known(path: Path) -> Project:
    project = Project.open(path, coder="bench")  # a plain file, or the key remembered
    project.sources.list()
    project.codebook.counts()
    return project


def operations(project: Project) -> dict:
    sources = project.sources.list()
    code = project.codebook.codes()[-1].id
    counter = iter(range(10 ** 9))

    def apply_code():
        n = next(counter)
        project.codings.add(sources[n % len(sources)].id, code, 3000 + n % 500, 3100 + n % 500)

    def apply_and_undo():
        apply_code()
        project.undo()
    ops = {"apply a code": apply_code, "apply a code, then undo it": apply_and_undo}
    for q in QUERIES:
        ops[f"search {q!r}"] = lambda q=q: project.search.search(q)
    ops["search 'skola' inside words (1,000 hits)"] = (
        lambda: project.search.search("skola", whole_words=False, limit=1000))
    ops["matrix codes × organisational level"] = (
        lambda: project.analysis.matrix(columns="org_level"))
    return ops


def measure(plain: Path, enc: Path, secret, repeats: int) -> dict[str, tuple[list, list]]:
    """Each operation on the plain and the encrypted project in turn, ``repeats`` times."""
    out: dict[str, tuple[list, list]] = {}

    def both(name, on_plain, on_enc, n=repeats):
        a, b = out.setdefault(name, ([], []))
        on_plain()  # once untimed: first-use costs (numpy, compiled statements) fall on neither
        on_enc()
        for _ in range(n):
            a.append(timed(on_plain))
            b.append(timed(on_enc))
    both("open (with the passphrase) + sources + codebook counts",
         lambda: open_project(plain, None).close(), lambda: open_project(enc, secret).close())
    both("open (key known this session) + sources + codebook counts",
         lambda: open_known(plain).close(), lambda: open_known(enc).close())
    p, e = open_known(plain), open_known(enc)
    try:
        ops_p, ops_e = operations(p), operations(e)
        for name in ops_p:
            n = repeats * 10 if name.startswith("apply") else repeats
            both(name, ops_p[name], ops_e[name], n)
    finally:
        p.close()
        e.close()
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
        kdf = []
        for _ in range(5):
            t = time.perf_counter()
            cipher.derive(PASSPHRASE, b"0123456789abcdef")
            kdf.append(time.perf_counter() - t)
        print(f"derive the key from the passphrase (scrypt n=2^14, r=8): "
              f"{min(kdf) * 1000:.0f} ms (part of every first open)")

        secret = encryption.Secret(PASSPHRASE)
        results = measure(plain, enc, secret, repeats)
        print(f"{'(best of each; median in brackets)':58} {'plain':>10} {'encrypted':>10} "
              f"{'ratio':>7} {'(median ratio)':>14}")
        for name, (a, b) in results.items():
            ratio_median = statistics.median(b) / statistics.median(a)
            print(f"{name:58} {min(a) * 1000:8.1f} ms {min(b) * 1000:8.1f} ms "
                  f"{min(b) / min(a):6.2f}× {f'({ratio_median:.2f}×)':>14}")
        a, b = results["open (with the passphrase) + sources + codebook counts"]
        rest = min(b) - min(kdf)
        print(f"of the first open with the passphrase, all but the key derivation: "
              f"{rest * 1000:.1f} ms against {min(a) * 1000:.1f} ms plain "
              f"({rest / min(a):.2f}×); the derivation is the passphrase's protection, "
              f"paid once per session")


if __name__ == "__main__":
    main()
