"""Parse every file in corpora/eval/interviews/ with the demo's markup parser and print
per-file word counts and identifier counts per type.

Usage: python3 corpora/eval/check_markup.py
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "htl-demo"))
from markup_format import ID_TYPES, MarkupError, parse  # noqa: E402

TYPES = ["PERSON", "PLACE", "SCHOOL", "WORKPLACE", "ADDRESS", "PHONE", "EMAIL",
         "PERSONNUMMER", "DATE", "AGE"]
assert set(TYPES) == ID_TYPES


def main() -> int:
    files = sorted((HERE / "interviews").glob("*.txt"))
    total_words, total = 0, Counter()
    bad = 0
    short = {"PERSON": "PERS", "PLACE": "PLACE", "SCHOOL": "SCHOOL", "WORKPLACE": "WORK",
             "ADDRESS": "ADDR", "PHONE": "PHONE", "EMAIL": "EMAIL", "PERSONNUMMER": "PNR",
             "DATE": "DATE", "AGE": "AGE"}
    print(f"{'file':<14}{'words':>6}  " + " ".join(f"{short[t]:>6}" for t in TYPES) + "   all")
    for f in files:
        try:
            text, ids, codes = parse(f.read_text(encoding="utf-8"), f.name)
        except MarkupError as e:
            print("ERROR", e)
            bad += 1
            continue
        if codes:
            print(f"ERROR {f.name}: coding markup is not used in this corpus")
            bad += 1
        for s in ids:
            assert text[s.start:s.end] == s.text
        if "[[" in text or "]]" in text:
            print(f"ERROR {f.name}: leftover markup brackets")
            bad += 1
        words = len(text.split())
        c = Counter(s.type for s in ids)
        total_words += words
        total += c
        print(f"{f.stem:<14}{words:>6}  " + " ".join(f"{c[t]:>6}" for t in TYPES)
              + f"{sum(c.values()):>6}")
    print(f"{'TOTAL':<14}{total_words:>6}  " + " ".join(f"{total[t]:>6}" for t in TYPES)
          + f"{sum(total.values()):>6}")
    print(f"{len(files)} files, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
