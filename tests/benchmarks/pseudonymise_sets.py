"""The evaluation sets of the pseudonymisation benchmark, and their token-level scoring.

Sets (``--set NAME`` in bench_pseudonymise.py):

- ``demo``: corpora/htl-demo/markup, the DEVELOPMENT set (the detector was developed on it);
- ``swap``: corpora/eval/swapped, the demo with every name swapped (frozen set (a), SWAP.md);
- ``ner``: the test split of the Swedish NER corpus (../shared/data/swedish-ner-corpus),
  sentences of news text; gold identifiers are its PER and LOC tokens, ORG is scored on its
  own, MISC is ignored (neither gold nor an "ordinary word");
- ``interviews``: corpora/eval/interviews/*.txt, hand-written transcripts in the demo markup
  (reported as missing while that folder is missing or empty).

Token level: a token is a maximal run of letters/digits; a gold token is a token inside a gold
span. A gold token is *removed* when suggestions cover every one of its characters, and
*typed* when, removed, every suggestion touching it has the gold type (NER corpus: PER →
PERSON, LOC → PLACE, ORG → WORKPLACE/SCHOOL/ORGANISATION). An ordinary word (a token outside
every gold span) is *kept* when no suggestion touches any of its characters; capitalised words
(first character upper case, any script) and lower-case words are counted apart.
"""
from __future__ import annotations

import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_MARKUP = ROOT / "corpora" / "htl-demo" / "markup"
SWAPPED = ROOT / "corpora" / "eval" / "swapped"
INTERVIEWS = ROOT / "corpora" / "eval" / "interviews"
NER_TEST = ROOT.parent / "shared" / "data" / "swedish-ner-corpus" / "test_corpus.txt"
NER_TRAIN = NER_TEST.with_name("train_corpus.txt")
DEV_INTERVIEWS = ROOT / "corpora" / "dev" / "interviews"

TOKEN = re.compile(r"[^\W_]+")
NER_TYPES = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG", "MISC": "MISC"}
ORG_TYPES = frozenset({"WORKPLACE", "SCHOOL", "ORGANISATION"})
IGNORED = "MISC"
TYPE_ORDER = ("PERSON", "PLACE", "SCHOOL", "WORKPLACE", "ADDRESS", "PHONE", "EMAIL",
              "PERSONNUMMER", "DATE", "AGE", "ORG")
TARGETS = {"PERSON recall": 0.99, "all recall": 0.97, "cap kept": 0.97, "lower kept": 0.99,
           "PERSON typed": 0.95, "PLACE typed": 0.85, "words/s": 50_000}


@dataclass
class Doc:
    name: str
    text: str
    gold: list[tuple[int, int, str]]  # start, end, type (ORG and MISC for the NER corpus)


@dataclass
class EvalSet:
    key: str
    title: str
    docs: list[Doc]
    development: bool = False
    note: str = ""


@dataclass
class Scores:
    gold: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)
    typed: Counter = field(default_factory=Counter)
    cap: int = 0
    cap_kept: int = 0
    lower: int = 0
    lower_kept: int = 0
    cap_suggested: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    mistyped: list[str] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0

    def recall(self, typ: str | None = None) -> float:
        types = [typ] if typ else [t for t in self.gold if t != "ORG"]
        n = sum(self.gold[t] for t in types)
        return sum(self.removed[t] for t in types) / n if n else float("nan")

    def type_accuracy(self, typ: str) -> float:
        return self.typed[typ] / self.removed[typ] if self.removed[typ] else float("nan")

    def figures(self) -> dict[str, float]:
        return {
            "PERSON recall": self.recall("PERSON"), "all recall": self.recall(),
            "cap kept": self.cap_kept / self.cap if self.cap else float("nan"),
            "lower kept": self.lower_kept / self.lower if self.lower else float("nan"),
            "PERSON typed": self.type_accuracy("PERSON"),
            "PLACE typed": self.type_accuracy("PLACE"),
            "words/s": self.words / self.seconds if self.seconds else float("nan"),
            "cpu words/s": self.words / self.cpu_seconds if self.cpu_seconds else float("nan"),
        }


# -- loading -------------------------------------------------------------------------------
def _parse_markup():
    sys.path.insert(0, str(ROOT / "corpora" / "htl-demo"))
    from markup_format import MarkupError, parse
    return parse, MarkupError


def load_markup_folder(folder: Path, limit: int | None = None,
                       pattern: str = "*.txt") -> tuple[list[Doc], list[str]]:
    """Docs of every file matching ``pattern`` in ``folder`` (markup of WORLD.md), and the
    files that failed."""
    parse, markup_error = _parse_markup()
    docs, bad = [], []
    for p in sorted(folder.glob(pattern))[:limit]:
        try:
            text, ids, _ = parse(p.read_text(encoding="utf-8"), p.name)
        except (markup_error, UnicodeDecodeError) as e:
            bad.append(f"{p.name}: {e}")
            continue
        docs.append(Doc(p.stem, text, [(s.start, s.end, s.type) for s in ids]))
    return docs, bad


COUNTRIES = Path(__file__).with_name("countries_sv.txt")


def countries() -> frozenset[str]:
    """Country names (``countries_sv.txt``, written for this benchmark, not the detector's)."""
    return frozenset(line.strip() for line in COUNTRIES.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


KEPT_BY_DESIGN = Path(__file__).with_name("kept_by_design_sv.txt")


def kept_by_design() -> frozenset[str]:
    """Names the issue's rule keeps (authorities, parties, nationwide brands, world regions,
    holidays, sports bodies), in lower case: ``kept_by_design_sv.txt``, written for this
    benchmark by a helper that read neither the corpus nor the detector."""
    return frozenset(line.strip().lower()
                     for line in KEPT_BY_DESIGN.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


# the words before a country that name a part of it
PARTS_OF_A_COUNTRY = frozenset("""norra södra västra östra nordvästra nordöstra sydvästra
sydöstra centrala mellersta""".split())


def _countries_ignored(text: str, gold: list, known: frozenset[str],
                       types: tuple[str, ...] = ("PLACE",), fold: bool = False,
                       parts: frozenset[str] = PARTS_OF_A_COUNTRY) -> list:
    """The gold with each run of adjacent tokens of one of ``types`` that names an entry of
    ``known`` (a genitive too; in lower case with ``fold``), or a part of one (a word of
    ``parts`` before it), marked IGNORED."""
    out, k = list(gold), 0
    while k < len(out):
        if out[k][2] not in types:
            k += 1
            continue
        j = k
        while j + 1 < len(out) and out[j + 1][2] == out[k][2] \
                and out[j + 1][0] == out[j][1] + 1:
            j += 1
        name = text[out[k][0]:out[j][1]]
        name = name.lower() if fold else name
        head, _, rest = name.partition(" ")
        if head.lower() in parts:
            name = rest  # "norra Syrien", "i centrala Mexiko": a part of a country is left as
            # the country is (the development corpus's gold marks neither)
        if name in known or name.endswith("s") and name[:-1] in known:
            for m in range(k, j + 1):
                out[m] = (out[m][0], out[m][1], IGNORED)
        k = j + 1
    return out


def load_ner(limit: int | None = None, path: Path = NER_TEST,
             ignore_countries: bool = False, ignore_kept: bool = False) -> list[Doc]:
    """One doc per sentence: the tokens joined by spaces, gold spans per labelled token.
    ``ignore_countries``: a run of place tokens that names a country (genitive too), or a part
    of one ("norra Syrien"), counts as neither gold nor an ordinary word, as this project's
    marking rule leaves countries;
    ``ignore_kept``: so does a run of place or organisation tokens that names an entry of
    ``kept_by_design_sv.txt``."""
    sys.path.insert(0, str(ROOT / "resources" / "models"))
    from train_ner import read_corpus
    known = countries() if ignore_countries or ignore_kept else frozenset()
    kept = kept_by_design() if ignore_kept else frozenset()
    docs = []
    for i, sentence in enumerate(read_corpus(path)[:limit]):
        parts, gold, pos = [], [], 0
        for token, label in sentence:
            if label != "O":
                gold.append((pos, pos + len(token), NER_TYPES.get(label, IGNORED)))
            parts.append(token)
            pos += len(token) + 1
        text = " ".join(parts)
        if known:
            gold = _countries_ignored(text, gold, known)
        if kept:
            gold = _countries_ignored(text, gold, kept, ("PLACE", "ORG"), fold=True,
                                      parts=frozenset())
        docs.append(Doc(f"sentence {i + 1}", text, gold))
    return docs


def load_sets(names: list[str], small: bool = False) -> tuple[list[EvalSet], list[str]]:
    """The sets asked for, and lines to print about sets that are missing."""
    limit = 5 if small else None
    sets, notes = [], []
    for key in names:
        if key == "demo":
            docs, _ = load_markup_folder(DEMO_MARKUP, limit)
            sets.append(EvalSet("demo", "development set: demo corpus markup (NOT an "
                                "evaluation: the detector was developed on it)", docs, True))
        elif key == "swap":
            docs, bad = load_markup_folder(SWAPPED, limit)
            if docs:
                sets.append(EvalSet("swap", "evaluation set (a): name swap of the demo "
                                    "(corpora/eval/swapped)", docs, note="; ".join(bad)))
            else:
                notes.append(f"(set swap: no files in {SWAPPED}; skipped)")
        elif key == "ner":
            if NER_TEST.is_file():
                sets.append(EvalSet("ner", "evaluation set (b): Swedish NER corpus, test split "
                                    "(PER+LOC gold, ORG apart, MISC ignored; one detection "
                                    "per sentence)", load_ner(300 if small else None)))
            else:
                notes.append(f"(set ner: no NER test split at {NER_TEST}; skipped)")
        elif key == "ner-nc":
            if NER_TEST.is_file():
                sets.append(EvalSet("ner-nc", "evaluation set (b) scored by this project's "
                                    "marking rule: as 'ner', with countries neither gold nor "
                                    "ordinary words (tests/benchmarks/countries_sv.txt)",
                                    load_ner(300 if small else None, ignore_countries=True)))
        elif key == "ner-kept":
            if NER_TEST.is_file():
                sets.append(EvalSet("ner-kept", "evaluation set (b) scored by the issue's "
                                    "definition of identifiers: as 'ner-nc', with "
                                    "authorities, parties, nationwide brands, world regions, "
                                    "holidays and sports bodies neither gold nor ordinary "
                                    "words (tests/benchmarks/kept_by_design_sv.txt, written "
                                    "blind for this benchmark)",
                                    load_ner(300 if small else None, ignore_kept=True)))
        elif key == "ner-dev":
            if NER_TRAIN.is_file():
                sets.append(EvalSet("ner-dev", "development set: the first 3,000 sentences of "
                                    "the Swedish NER corpus's TRAIN split (the model was "
                                    "trained on it: NOT an evaluation)",
                                    load_ner(300 if small else 3000, NER_TRAIN), True))
            else:
                notes.append(f"(set ner-dev: no NER train split at {NER_TRAIN}; skipped)")
        elif key == "ner-dev-kept":
            if NER_TRAIN.is_file():
                sets.append(EvalSet("ner-dev-kept", "development set: as 'ner-dev', scored "
                                    "like 'ner-kept' (countries and the kinds the issue keeps "
                                    "neither gold nor ordinary words; NOT an evaluation)",
                                    load_ner(300 if small else 3000, NER_TRAIN,
                                             ignore_kept=True), True))
            else:
                notes.append(f"(set ner-dev-kept: no NER train split at {NER_TRAIN}; skipped)")
        elif key == "dev-interviews":
            docs, bad = load_markup_folder(DEV_INTERVIEWS, limit) if DEV_INTERVIEWS.is_dir() \
                else ([], [])
            if docs:
                sets.append(EvalSet("dev-interviews", "development set: hand-written "
                                    "interviews the detector may be tuned on "
                                    "(corpora/dev/interviews)", docs, True))
            else:
                notes.append(f"(set dev-interviews: no parsable files in {DEV_INTERVIEWS})")
        elif key.startswith("dev-") and 5 <= len(key) <= 8:
            batch = key[4:]
            docs, bad = load_markup_folder(DEV_INTERVIEWS, limit, f"*_{batch}.txt") \
                if DEV_INTERVIEWS.is_dir() else ([], [])
            if docs:
                sets.append(EvalSet(key, f"development batch _{batch} of dev-interviews "
                                    f"(corpora/dev/interviews/*_{batch}.txt; its first figures "
                                    "were taken before any tuning on it)", docs, True))
            else:
                notes.append(f"(set {key}: no *_{batch}.txt in {DEV_INTERVIEWS})")
        elif key == "interviews":
            if not INTERVIEWS.is_dir():
                notes.append(f"(set interviews: {INTERVIEWS} is missing; skipped)")
                continue
            docs, bad = load_markup_folder(INTERVIEWS, limit)
            for line in bad:
                notes.append(f"(set interviews: {line}; file skipped)")
            if docs:
                sets.append(EvalSet("interviews", "evaluation set (c): hand-written interviews "
                                    "(corpora/eval/interviews)", docs))
            else:
                notes.append(f"(set interviews: no parsable *.txt in {INTERVIEWS}; skipped)")
    return sets, notes


# -- scoring -------------------------------------------------------------------------------
def _accepted(typ: str) -> frozenset[str]:
    return ORG_TYPES if typ == "ORG" else frozenset({typ})


def detect_as_a_project(detector, docs: list[Doc], sc: Scores) -> list[list]:
    """Detection as the project's service runs it: every text, then the names found in any
    of them looked for in all of them, in any case (``Detector.with_project_names``)."""
    from qualcoder_htl.pseudonymise.detector import names_in_project
    found = []
    t0, c0 = time.perf_counter(), time.process_time()
    for doc in docs:
        found.append(detector.detect(doc.text))
        sc.words += len(doc.text.split())
    project = names_in_project(found)
    found = [detector.with_project_names(doc.text, f, project)
             for doc, f in zip(docs, found, strict=True)]
    sc.seconds += time.perf_counter() - t0
    sc.cpu_seconds += time.process_time() - c0
    return found


def score(detector, docs: list[Doc], misses: int = 0, project: bool = True) -> Scores:
    """Token-level figures. ``project``: the texts are one project's transcripts (names found
    in one are looked for in the others); False for independent sentences (the NER corpus)."""
    sc = Scores()
    if project:
        all_found = detect_as_a_project(detector, docs, sc)
    for n, doc in enumerate(docs):
        text = doc.text
        if project:
            suggestions = all_found[n]
        else:
            t0, c0 = time.perf_counter(), time.process_time()
            suggestions = detector.detect(text)
            sc.seconds += time.perf_counter() - t0
            sc.cpu_seconds += time.process_time() - c0
            sc.words += len(text.split())
        cover: list[set[str] | None] = [None] * len(text)
        for s in suggestions:
            for i in range(max(0, s.start), min(len(text), s.end)):
                if cover[i] is None:
                    cover[i] = set()
                cover[i].add(s.type)
        gold_at: list[str | None] = [None] * len(text)
        for start, end, typ in doc.gold:
            for i in range(start, end):
                gold_at[i] = gold_at[i] or typ
        for m in TOKEN.finditer(text):
            a, b, word = m.start(), m.end(), m.group()
            typ = next((gold_at[i] for i in range(a, b) if gold_at[i]), None)
            chars = cover[a:b]
            touched = any(c is not None for c in chars)
            if typ is None:
                if word[0].isupper():
                    sc.cap += 1
                    sc.cap_kept += not touched
                    if touched:
                        sc.cap_suggested[word] += 1
                elif word[0].islower():
                    sc.lower += 1
                    sc.lower_kept += not touched
                continue
            if typ == IGNORED:
                continue
            sc.gold[typ] += 1
            if all(c is not None for c in chars):
                sc.removed[typ] += 1
                if set().union(*chars) <= _accepted(typ):
                    sc.typed[typ] += 1
                elif len(sc.mistyped) < misses:
                    context = text[max(0, a - 50):b + 30].replace("\n", " ⏎ ")
                    given = "/".join(sorted(set().union(*chars)))
                    sc.mistyped.append(f"{doc.name}: {typ} {word!r} as {given} in …{context}…")
            elif len(sc.misses) < misses:
                context = text[max(0, a - 50):b + 30].replace("\n", " ⏎ ")
                sc.misses.append(f"{doc.name}: {typ} {word!r} in …{context}…")
    return sc


def report(ev: EvalSet, sc: Scores, misses: int = 0) -> None:
    words = sum(len(d.text.split()) for d in ev.docs)
    print(f"\n== {ev.key}: {ev.title} ==\n{len(ev.docs)} texts, {words} words; token level "
          f"(known-identifier list empty)" + (f"; unreadable: {ev.note}" if ev.note else ""))
    print(f"{'type':13} {'tokens':>7} {'removed':>8} {'recall':>7} {'typed':>7}")
    for t in [t for t in TYPE_ORDER if sc.gold[t]] + sorted(set(sc.gold) - set(TYPE_ORDER)):
        label = "ORG (apart)" if t == "ORG" else t
        print(f"{label:13} {sc.gold[t]:7} {sc.removed[t]:8} {sc.recall(t):7.3f} "
              f"{sc.type_accuracy(t):7.3f}")
    f = sc.figures()
    n_all = sum(v for t, v in sc.gold.items() if t != "ORG")
    print(f"{'ALL ids':13} {n_all:7} {'':8} {f['all recall']:7.3f}   (ORG not included)")
    print(f"capitalised ordinary words kept: {f['cap kept']:.3f} ({sc.cap_kept}/{sc.cap}); "
          f"lower-case words kept: {f['lower kept']:.4f} ({sc.lower_kept}/{sc.lower})")
    print(f"speed: {f['words/s']:,.0f} words/s ({sc.seconds:.2f} s of detection, wall clock; "
          f"{f['cpu words/s']:,.0f} words/s by this process's CPU time, which the machine's "
          f"other load affects less)")
    if ev.development:  # an evaluation set's errors are not shown: nobody tunes on them
        top = ", ".join(f"{w} {n}" for w, n in sc.cap_suggested.most_common(30))
        print(f"most frequent capitalised ordinary words suggested: {top or '(none)'}")
    if misses:
        print(f"missed gold tokens (first {misses})"
              + ("" if ev.development else " — an EVALUATION set: whoever tunes the detector "
                 "must not read these, or the set stops measuring it") + ":")
        for line in sc.misses:
            print(f"  {line}")
        if sc.mistyped:
            print(f"removed gold tokens typed wrong (first {misses}):")
            for line in sc.mistyped:
                print(f"  {line}")


def table(rows: list[tuple[str, dict[str, float]]]) -> None:
    cols = list(TARGETS)
    print("\n== Summary (token level; * = below target; words/s is wall clock, cpu words/s "
          "the same detection timed by this process's CPU time) ==")
    print(f"{'set':12} " + " ".join(f"{c:>13}" for c in cols) + f" {'cpu words/s':>12}")
    for key, f in rows:
        cells = []
        for c in cols:
            v = f[c]
            mark = "*" if v == v and v < TARGETS[c] else " "
            cells.append(f"{v:12,.0f}{mark}" if c == "words/s" else f"{v:12.3f}{mark}")
        print(f"{key:12} " + " ".join(cells) + f" {f['cpu words/s']:12,.0f}")
    print(f"{'target':12} " + " ".join(
        f"{'≥' + format(TARGETS[c], ',.0f'):>13}" if c == "words/s"
        else f"{'≥' + format(TARGETS[c], '.2f'):>13}" for c in cols))
