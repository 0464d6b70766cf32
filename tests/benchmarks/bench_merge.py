"""Merge benchmark: a coder's copy with 20,000 codings merged into the master (issue #13), then
the same copy merged again (idempotent: nothing added).

    python tests/benchmarks/bench_merge.py          # 100 sources, 500,000 words, 20,000 codings
    python tests/benchmarks/bench_merge.py --small  # a quick run (used by the test suite)

Then the same with a pseudonymisation key: a copy without the key (pseudonymised text), whose
codings the merge moves back onto the original text.

The master is made by the synthetic corpus generator with half the codings (by forskare1); a
copy for forskare2 (``copy-for-coder``) gets the other half: forskare2's own codings of the
same passages with shifted boundaries, plus memos. The copy then holds all 20,000 codings;
merging it adds forskare2's 10,000 and finds forskare1's already there. Prints its figures;
asserts nothing (timings on a shared machine are noisy).
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
sys.path.insert(0, str(ROOT / "corpora"))

from synthetic import generate  # noqa: E402

from qualcoder_htl.services import Project  # noqa: E402
from qualcoder_htl.services.coder_copy import copy_for_coder  # noqa: E402
from qualcoder_htl.services.merge import merge  # noqa: E402
from qualcoder_htl.store import reads  # noqa: E402
from qualcoder_htl.store.database import utcnow  # noqa: E402


def code_in_copy(path: Path, seed: int = 2, coder_name: str = "forskare2") -> int:
    """forskare2 codes in the copy: forskare1's passages with shifted ends (bulk, one
    transaction), a memo per source. Returns the number of codings added."""
    rng = random.Random(seed)
    with Project.open(path) as copy:
        with copy.db.read() as conn:
            first = reads.coding_spans(conn)
            lengths = {s.id: s.char_count for s in reads.source_list(conn)}
        assert copy.coder.name == coder_name  # the copy's own coder (its row is there)
        coder = copy.coder.id
        rows, now = [], utcnow()
        for _, sid, cid, _, start, end, _ in first:
            start = max(0, start + rng.randint(-40, 40))
            end = min(lengths[sid], max(start + 1, end + rng.randint(-40, 40)))
            rows.append({"source_id": sid, "code_id": cid, "coder_id": coder, "start": start,
                         "end": end, "created_at": now, "is_key_quote": False,
                         "memo": "forskare2" if rng.random() < 0.05 else ""})
        copy.transaction(lambda w: w.insert_many("codings", rows))
        copy.transaction(lambda w: w.insert_many("memos", [
            {"text": f"Memo om källa {sid}", "coder_id": coder, "created_at": now,
             "updated_at": now, "source_id": sid, "code_id": None} for sid in lengths]))
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    args = ap.parse_args()
    n_src, n_words, per_coder = (10, 50_000, 1_000) if args.small else \
        (100, 500_000, 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        generate(tmp / "master.qhtl", n_src, n_words, per_coder)
        with Project.open(tmp / "master.qhtl", coder="forskare1") as master:
            n_master = len(master.codings.all())
            took = time.perf_counter()
            copy_for_coder(master, tmp / "forskare2.qhtl", "forskare2")
            took = time.perf_counter() - took
            added = code_in_copy(tmp / "forskare2.qhtl")
            print(f"master: {n_src} sources, {n_words:,} words, {n_master:,} codings "
                  f"(made in {time.perf_counter() - t:.1f} s); copy for a coder written in "
                  f"{took:.2f} s; the copy holds {n_master + added:,} codings ({added:,} new)")
            for label, dry in (("dry run", True), ("merge", False), ("second merge", False)):
                t = time.perf_counter()
                report = merge(master, tmp / "forskare2.qhtl", dry_run=dry)
                took = time.perf_counter() - t
                print(f"{label}: {took:.2f} s  [codings added {report.codings_added:,}, "
                      f"already there {report.codings_present:,}; memos added "
                      f"{report.memos_added}, already there {report.memos_present}; "
                      f"conflicts {len(report.conflicts)}]")
            t = time.perf_counter()
            master.undo()
            print(f"undo of the merge: {time.perf_counter() - t:.2f} s "
                  f"(codings back to {len(master.codings.all()):,})")
            pseudonymised_round(master, tmp)


def pseudonymised_round(master: Project, tmp: Path) -> None:
    """The same with a pseudonymisation key: one identifier per source marked, the copy
    without the key (pseudonymised text), the coder's codings moved back onto the originals."""
    import hashlib
    name = "Ingrid Svedberg"

    def add_name(w):  # a last line naming someone, in every source (offsets do not move)
        for s in master.sources.list():
            text = master.sources.get(s.id).text + f"\nIP: Jag pratade med {name}."
            w.update("sources", s.id, {"text": text, "char_count": len(text),
                                       "word_count": len(text.split()), "content_hash":
                                       hashlib.sha256(text.encode("utf-8")).hexdigest()})
    master.transaction(add_name)
    t = time.perf_counter()
    with master.batch("mark"):
        for s in master.sources.list():
            text = master.sources.get(s.id).text
            start = text.rindex(name)
            master.pseudonymisation.add_span(s.id, start, start + len(name), "PERSON")
    took = time.perf_counter()
    copy_for_coder(master, tmp / "forskare3.qhtl", "forskare3")
    took = time.perf_counter() - took
    with Project.open(tmp / "forskare3.qhtl") as copy:
        before = len(copy.codings.all())
    added = code_in_copy(tmp / "forskare3.qhtl", 3, "forskare3")
    print(f"with a key ({len(master.sources.list())} identifiers marked): "
          f"pseudonymised copy written in "
          f"{took:.2f} s, {before + added:,} codings in it ({added:,} new)")
    for label in ("merge of the pseudonymised copy", "second merge"):
        t = time.perf_counter()
        report = merge(master, tmp / "forskare3.qhtl")
        print(f"{label}: {time.perf_counter() - t:.2f} s  [codings added "
              f"{report.codings_added:,}, already there {report.codings_present:,}; sources "
              f"matched {report.sources_matched}, added {report.sources_added}; conflicts "
              f"{len(report.conflicts)}]")


if __name__ == "__main__":
    main()
