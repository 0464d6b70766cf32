"""Parse every dev interview/report file with the demo markup parser; print per-file word counts
and identifier counts per type. Run from the repository root: python corpora/dev/check_markup.py"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "htl-demo"))
from markup_format import ID_TYPES, parse  # noqa: E402


def main() -> int:
    total = Counter()
    words_total = 0
    ok = True
    print(f"{'file':28} {'words':>6} {'ids':>5}")
    for path in sorted((HERE / "interviews").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        try:
            plain, ids, codes = parse(text, path.name)
        except Exception as e:  # noqa: BLE001
            print(f"{path.name}: PARSE ERROR {e}")
            ok = False
            continue
        if codes:
            print(f"{path.name}: unexpected coding markup")
            ok = False
        for s in ids:
            if plain[s.start:s.end] != s.text:
                print(f"{path.name}: offset mismatch {s}")
                ok = False
        n = len(plain.split())
        words_total += n
        total.update(s.type for s in ids)
        print(f"{path.name:28} {n:>6} {len(ids):>5}")
    print(f"{'TOTAL':28} {words_total:>6} {sum(total.values()):>5}")
    print()
    for t in sorted(ID_TYPES):
        print(f"{t:14} {total[t]:>4}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
