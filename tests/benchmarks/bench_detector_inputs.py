"""Detection time on hostile inputs: long runs that a careless pattern tries from every position
to the end (a quadratic scan). Each input is 150,000-200,000 characters; detection of ordinary
text of that size takes under a second here, and so should each of these.

    python tests/benchmarks/bench_detector_inputs.py [--small]

Prints seconds per input and the slowest. ``--small`` uses inputs a tenth of the size (the
test run's quick mode).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from qualcoder_htl.pseudonymise.detector import Detector  # noqa: E402

CASES = {
    "capitalised words": "Anna Berg " * 20000,
    "names joined by och": "Anna och " * 20000,
    "digits and dashes": "12-" * 50000,
    "hyphenated names": "Anna-" * 40000,
    "digits": "0 " * 80000,
    "ages": "sju år " * 30000,
    "dates": "12 maj " * 25000,
    "numeric dates": "1/2 " * 40000,
    "speaker labels": "Anna:\n" * 30000,
    "lower-case names": "anna " * 40000,
    "capitals": "ANNA " * 40000,
    "particles": "Anna von der " * 15000,
    "initials": "A. " * 60000,
    "one long word": "a" * 200000,
    "one long capitalised word": "A" + "a" * 200000,
    "dots before an at": "a." * 80000 + "@x.se",
    "streets": "Storgatan " * 20000,
    "postcodes": "123 45 " * 25000,
    "personnummer parts": "850101-" * 25000,
    "quoted words": '"a" ' * 40000,
    "slashes": "A/" * 80000,
    "ellipses": "...A" * 50000,
    "bullets": "- a + " * 30000,
    "no blanks": "Anna,Berg;" * 20000,
    "chat lines": "09:20 Anna B: fråga lisa om mats\n" * 6000,
    "age questions": "Hur gamla ni är? Frid. Femton. " * 6000,
    "by-names": "Kuba, alltså Jakub, och Kuba " * 7000,
    "numbers read aloud": "noll sju noll " * 15000,
    "English words": "Using the School and Research " * 7000,
    "camel case": "FilmonFlash GolfKåtan " * 9000,
    "function words with capitals": "med Som om Och Som " * 10000,
    "letters with blanks": "g i f t " * 25000,
    "citations and references": "(Berg & Lund, 2019; Ek, 2020). Ek, A. (2019). T. Lund: X.\n"
                                * 3500,
    "notes in lower case": "mamma gülşen (åk 6) och pappa memo (ny samordn.) " * 4000,
    "e-mail read aloud": "saga punkt lindgren punkt at " * 7000,
    "chat senders in lower case": "[07:52] dag ekholm: tack stig, grattis dag\n" * 4500,
    "lower-case institutions": "fam melnyk, tranvägen 9 lgh 1102, förskolan humlan bk " * 3500,
    "files' names": "Xelil_hem_2021-05-19_a_b_c_d.docx " * 5000,
    "addresses against robots": "anna (at) skolan (dot) " * 8000,
    "a chat read out on one line": '"pim: hej / tor: ja / bo: ok ' * 6000,
    "senders after a time": "11 jan. 2021 07:42 – klara skola: hej\n" * 5000,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args()
    detector = Detector()
    detector.detect("Hej Anna, vi ses i Kvarnfors.")
    worst = ("", 0.0)
    for name, text in CASES.items():
        if args.small:
            text = text[: len(text) // 10]
        started = time.perf_counter()
        detector.detect(text)
        seconds = time.perf_counter() - started
        worst = max(worst, (name, seconds), key=lambda x: x[1])
        print(f"{name:26} {len(text):8,} characters  {seconds:6.2f} s")
    print(f"slowest: {worst[0]} {worst[1]:.2f} s (ordinary text of this size: under 1 s)")


if __name__ == "__main__":
    main()
