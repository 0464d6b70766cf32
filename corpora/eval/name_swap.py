"""Frozen evaluation set (a): the demo corpus with every name, place, school and workplace
swapped for a new one, so that a detector developed on the demo can be measured on the same
kind of talk with names it has never seen.

    python3 corpora/eval/name_swap.py          # writes corpora/eval/swapped/<stem>.txt
    python3 corpora/eval/name_swap.py --check  # only checks that the committed files parse

Reads corpora/htl-demo/markup/*.txt (the `[[TYPE:surface]]` markup of WORLD.md) and the
hand-written name list corpora/eval/swap_names.csv (kind,name). Rules (see SWAP.md):

- every distinct original maps to one new name, the same across the whole corpus; a person's
  first name and surname are mapped separately (families keep a shared surname), first names
  keep the gender the demo shows, and the Polish pair Kowalski/Kowalska stays a -ski/-ska pair;
- Swedish inflection is kept: genitive -s (or ' after s, x, z), -skolan/-skolans, a short
  school form ("Lingbacke"), "Xs bibliotek", "X-familjen";
- PHONE, PERSONNUMMER, DATE, AGE and postcode+town keep their text; street names and the
  person names inside e-mail addresses are swapped (the municipality Älvbacka, which the
  study keeps, and its e-mail domain stay);
- speaker labels made of a respondent's initials ("AS:") get the new initials;
- a new name never occurs (as a capitalised word) anywhere in the demo text, and no word of
  an original identifier survives in the output outside what was unmarked in the demo.

The run is deterministic (fixed seed). Once committed, the output is frozen: do not rerun it
to "improve" it after looking at the detector's results.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent / "htl-demo"
OUT = HERE / "swapped"
NAMES_CSV = HERE / "swap_names.csv"
SEED = 20261202

sys.path.insert(0, str(DEMO))
from markup_format import parse  # noqa: E402

# The gender of every first name of the demo cast, as the demo shows it (WORLD.md, pronouns).
FEMALE = set("""Amal Amina Anna Ayan Birgit Birgitta Elin Eva Ewa Fatima Gunilla Hanna Hiba Hodan
Ilham Inga Jennie Jessica Johanna Karin Kerstin Leila Leyla Lina Lisa Malin Margareta Maria Moa
Nadia Natalia Nora Petra Sahra Samira Sanna Sara Sofia Therese Ulrika Ylva Zainab""".split())
MALE = set("""Adam Ahmad Ahmed Bo Dag Dennis Elton Emil Filip Fredrik Håkan Johan Jonas Karim
Kevin Lars-Erik Lasse Liam Marek Mattias Mikael Mohammed Oskar Petter Rashid Robert Robin Sami
Sten Theo Tomas Vincent Yusuf""".split())

# Workplaces of the demo by kind, so that a factory stays a firm and a café a café.
WORKPLACE_KIND = {"Sörbyverken": "industry", "ICA Kvarnbo": "shop", "Café Kvarnen": "cafe",
                  "Älvbacka Lager & Logistik": "logistics"}
WORKPLACE_ALIAS = {"ICA": "ICA Kvarnbo"}  # "jobbar på ICA": the same shop, its short name
KIND_WORDS = {
    "cafe": ("Café", "Kafé", "Konditori", "Bageri"),
    "shop": ("Livs", "Matmarknad", "Handel", "Delikatesser"),
    "industry": (" AB", "Mekaniska", "Verkstad", "Snickeri", "Industri", "verken", "bruket",
                 "Bygg", "Måleri"),
    "logistics": ("Åkeri", "Transport", "Lager", "Logistik", "Terminal"),
}
# "<place>s bibliotek": a municipal workplace named after its neighbourhood keeps that shape.
PLACE_NAMED = re.compile(r"^(?P<place>.+?)(?P<gen>s|') (?P<noun>bibliotek|fritidsgård)$")
STREET = re.compile(r"^(?P<name>\S+?)(?P<suffix>vägen|stigen|gatan|gränd|backen|torget)"
                    r"(?P<rest>\s+\d.*)$")
SCHOOL = re.compile(r"^(?P<stem>.+?)(?P<suffix>skolan|skolans)?$")
EMAIL = re.compile(r"^(?P<local>[^@]+)@(?P<domain>.+)$")
LABEL = re.compile(r"^(?P<label>[A-ZÅÄÖ]{2,3}):")
MARK = re.compile(r"\[\[([A-Z]+):([^\]]+?)\]\]")
KEEP_LABELS = {"IP"}
# Initials labels of people whose surname the text never writes out next to the first name.
LABEL_PEOPLE = {"RL": ("Robin", "Lindgren")}  # Jennie Lindgren's partner (vh_02)
WORD = re.compile(r"[^\W_]+")
MALE_ENDINGS = (("ski", "ska"), ("cki", "cka"), ("os", "ou"), ("is", "i"))
GENERIC_WORDS = {"Östra", "Västra", "Norra", "Södra", "Café", "ICA", "Lager", "Logistik",
                 "Älvbacka"}


def genitive(name: str) -> str:
    return name + "'" if name[-1] in "sxzSXZ" else name + "s"


def fold(text: str) -> str:
    """An e-mail form of a name: lower case ASCII, no spaces ("Đukić" → "dukic")."""
    special = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss"}
    text = "".join(special.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace(" ", "").replace("'", "")


def feminine(surname: str) -> str:
    for male, female in MALE_ENDINGS:
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def is_male_form(surname: str) -> bool:
    return any(surname.endswith(m) for m, _ in MALE_ENDINGS)


def read_pool(demo_words: set[str]) -> dict[str, list[str]]:
    """The hand-written names by kind, without any that occur capitalised in the demo."""
    pool: dict[str, list[str]] = defaultdict(list)
    with open(NAMES_CSV, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = row["name"].strip()
            if not name:
                continue
            if any(w in demo_words for w in WORD.findall(name) if w[0].isupper()):
                continue
            pool[row["kind"]].append(name)
    return pool


class Cast:
    """The originals of the demo: first names, surnames (with their bearers' gender), places,
    schools, workplaces, streets, and the people behind each e-mail and initials label."""

    def __init__(self, files: dict[str, str]):
        self.first: set[str] = set()
        self.surname: dict[str, set[str]] = defaultdict(set)  # surname → genders of bearers
        self.people: set[tuple[str, str]] = set()  # (first, surname) seen together
        self.places: set[str] = set()
        self.schools: set[str] = set()
        self.workplaces: set[str] = set()
        self.streets: set[tuple[str, str]] = set()
        spans = [(t, s) for text in files.values() for t, s in MARK.findall(text)]
        pairs = [sur.split() for typ, sur in spans if typ == "PERSON"]
        pairs = [w for w in pairs if len(w) == 2 and not w[0].endswith(".")]
        for _, last in pairs:
            self.surname.setdefault(last, set())
        for first, last in pairs:
            self.people.add((first, self._base_surname(last)))
        for last in [s for s in self.surname if s not in {p[1] for p in self.people}]:
            del self.surname[last]  # a genitive form ("Sundbergs"), not a surname of its own
        for first, last in self.people:
            self.first.add(first)
            self.surname[last].add(self.gender(first))
        for typ, surface in spans:
            if typ == "PERSON":
                for w in surface.split():
                    if not w.endswith(".") and self._base_surname(w) not in self.surname:
                        self.first.add(self.first_base(w))
            elif typ == "PLACE":
                self.places.add(surface)
            elif typ == "SCHOOL":
                self.schools.add(SCHOOL.match(surface).group("stem"))
            elif typ == "ADDRESS":
                m = STREET.match(surface)
                if m:
                    self.streets.add((m.group("name"), m.group("suffix")))
        for typ, surface in spans:
            if typ == "WORKPLACE":
                m = PLACE_NAMED.match(surface)
                if not (m and m.group("place") in self.places):
                    self.workplaces.add(WORKPLACE_ALIAS.get(surface, surface))

    def _base_surname(self, word: str) -> str:
        return word[:-1] if word.endswith("s") and word[:-1] in self.surname else word

    def first_base(self, word: str) -> str:
        if word in FEMALE or word in MALE:
            return word
        if word.endswith("s") and (word[:-1] in FEMALE or word[:-1] in MALE):
            return word[:-1]
        if "-" in word and word.split("-", 1)[1].islower():  # "Hassan-familjen"
            return word.split("-", 1)[0]
        raise SystemExit(f"first name {word!r} has no gender in FEMALE/MALE: add it")

    @staticmethod
    def gender(first: str) -> str:
        if first in FEMALE:
            return "f"
        if first in MALE:
            return "m"
        raise SystemExit(f"first name {first!r} has no gender in FEMALE/MALE: add it")


class Swap:
    """The mapping from every original to its replacement (drawn once, with a fixed seed)."""

    def __init__(self, cast: Cast, pool: dict[str, list[str]], seed: int = SEED):
        rng = random.Random(seed)
        for names in pool.values():
            rng.shuffle(names)
        self.cast = cast
        self.first: dict[str, str] = {}
        for first in sorted(cast.first):
            names = pool["first_f" if cast.gender(first) == "f" else "first_m"]
            hyphen = "-" in first
            pick = next((n for n in names if ("-" in n) == hyphen), names[0])
            names.remove(pick)
            self.first[first] = pick
        surnames = pool["surname"]
        self.surname: dict[str, str] = {}
        pair = [s for s in cast.surname if feminine(s) != s and feminine(s) in cast.surname]
        for male in sorted(pair):  # Kowalski / Kowalska: one -ski name in both forms
            pick = next(n for n in surnames if n.endswith("ski"))
            surnames.remove(pick)
            self.surname[male], self.surname[feminine(male)] = pick, feminine(pick)
        for last in sorted(cast.surname):
            if last in self.surname:
                continue
            genders = cast.surname[last]
            pick = next(n for n in surnames if genders == {"m"} or not is_male_form(n))
            surnames.remove(pick)
            self.surname[last] = feminine(pick) if genders == {"f"} else pick
        self.place = {p: pool["place"].pop() for p in sorted(cast.places)}
        self.school = {s: pool["school_stem"].pop() for s in sorted(cast.schools)}
        self.workplace: dict[str, str] = {}
        for w in sorted(cast.workplaces):
            words = KIND_WORDS.get(WORKPLACE_KIND.get(w, ""), ("",))
            names = pool["workplace"]
            pick = next((n for n in names if any(k in n for k in words)), names[0])
            names.remove(pick)
            self.workplace[w] = pick
        stems = pool["place_stem"]
        self.street = {(name, suffix): stems.pop() + suffix
                       for name, suffix in sorted(cast.streets)}
        self.email = {}
        for first, last in cast.people:
            self.email[f"{fold(first)}.{fold(last)}"] = (
                f"{fold(self.first[first])}.{fold(self.surname[last])}")
        self.initials = {}
        for first, last in sorted(cast.people | set(LABEL_PEOPLE.values())):
            old = first[0] + last[0]
            new = self.first[first][0] + _initial(self.surname[last])
            self.initials.setdefault(old, set()).add((first, last, new.upper()))

    # -- one span ---------------------------------------------------------------------------
    def person(self, surface: str) -> str:
        words = surface.split()
        out = []
        for i, w in enumerate(words):
            if re.fullmatch(r"[A-ZÅÄÖ]\.", w):  # "M. Lund": Mikael's new initial
                last = self.cast._base_surname(words[i + 1])
                firsts = [f for f, s in self.cast.people if s == last and f[0] == w[0]]
                out.append(self.first[firsts[0]][0].upper() + ".")
                continue
            is_first = w in self.cast.first or (w.endswith("s") and w[:-1] in self.cast.first)
            is_surname = (len(words) == 2 and i == 1) or (
                len(words) == 1 and not is_first
                and self.cast._base_surname(w) in self.cast.surname)
            out.append(self._word(w, self.surname if is_surname else self.first))
        return " ".join(out)

    @staticmethod
    def _word(w: str, table: dict[str, str]) -> str:
        if w in table:
            return table[w]
        if w.endswith("s") and w[:-1] in table:
            return genitive(table[w[:-1]])
        if "-" in w:
            head, tail = w.split("-", 1)
            if tail.islower() and head in table:
                return f"{table[head]}-{tail}"
        raise KeyError(w)

    def place_(self, surface: str) -> str:
        return self._word(surface, self.place)

    def school_(self, surface: str) -> str:
        m = SCHOOL.match(surface)
        stem, suffix = self.school[m.group("stem")], m.group("suffix") or ""
        if not suffix and stem.endswith("s"):  # short form of a linking-s stem
            stem = stem[:-1]
        return stem + suffix

    def workplace_(self, surface: str) -> str:
        m = PLACE_NAMED.match(surface)
        if m and m.group("place") in self.place:
            return f"{genitive(self.place[m.group('place')])} {m.group('noun')}"
        return self.workplace[WORKPLACE_ALIAS.get(surface, surface)]

    def address(self, surface: str) -> str:
        m = STREET.match(surface)
        if not m:
            return surface  # postcode and town: the municipality is kept
        return self.street[(m.group("name"), m.group("suffix"))] + m.group("rest")

    def email_(self, surface: str) -> str:
        m = EMAIL.match(surface)
        return f"{self.email[m.group('local')]}@{m.group('domain')}"

    def span(self, typ: str, surface: str) -> str:
        handler = {"PERSON": self.person, "PLACE": self.place_, "SCHOOL": self.school_,
                   "WORKPLACE": self.workplace_, "ADDRESS": self.address,
                   "EMAIL": self.email_}.get(typ)
        return handler(surface) if handler else surface

    def file(self, markup: str) -> str:
        lines = markup.split("\n")
        full = [(i, sur.split()) for i, line in enumerate(lines)
                for typ, sur in MARK.findall(line) if typ == "PERSON"]
        full = [(i, (w[0], self.cast._base_surname(w[1]))) for i, w in full
                if len(w) == 2 and not w[0].endswith(".")]
        here = ({p for _, p in full}, {p for i, p in full if i < 3})  # file, header
        out = []
        for line in lines:
            line = MARK.sub(lambda m: f"[[{m.group(1)}:{self.span(m.group(1), m.group(2))}]]",
                            line)
            out.append(self._label(line, here))
        return "\n".join(out)

    def _label(self, line: str, here: tuple[set, set]) -> str:
        """Initials labels ("AS:") follow the new name: the person of those initials named in
        the file's header, else in the file, else the only one in the corpus."""
        m = LABEL.match(line)
        if not m or m.group("label") in KEEP_LABELS:
            return line
        cands = self.initials.get(m.group("label"), set())
        for people in (here[1], here[0], None):
            chosen = {c[2] for c in cands if people is None or (c[0], c[1]) in people}
            if chosen:
                break
        if len(chosen) != 1:
            return line
        return chosen.pop() + line[len(m.group("label")):]


def _initial(surname: str) -> str:
    caps = [c for c in surname if c.isupper()]
    return caps[0] if caps else surname[0].upper()


def check(originals: dict[str, str], swapped: dict[str, str]) -> list[str]:
    """What must hold for every output file; returns the problems found."""
    problems = []
    id_words: set[str] = set()
    unmarked: set[str] = set()
    for stem, markup in originals.items():
        text, ids, _ = parse(markup, stem)
        mask = [False] * len(text)
        for s in ids:
            mask[s.start:s.end] = [True] * (s.end - s.start)
            if s.type in ("PERSON", "PLACE", "SCHOOL", "WORKPLACE"):
                id_words.update(w for w in WORD.findall(s.text) if w[0].isupper())
        unmarked.update(m.group() for m in WORD.finditer(text) if not mask[m.start()])
    leak_words = id_words - unmarked - GENERIC_WORDS
    for stem, markup in originals.items():
        _, ids, codes = parse(markup, stem)
        text2, ids2, codes2 = parse(swapped[stem], stem)
        if [s.type for s in ids] != [s.type for s in ids2]:
            problems.append(f"{stem}: identifier types differ")
        if [(c.key, c.key_quote) for c in codes] != [(c.key, c.key_quote) for c in codes2]:
            problems.append(f"{stem}: codings differ")
        for s in ids2:
            if text2[s.start:s.end] != s.text:
                problems.append(f"{stem}: span offsets wrong at {s}")
        leaks = {w for w in WORD.findall(text2) if w in leak_words}
        if leaks:
            problems.append(f"{stem}: original identifier words survive: {sorted(leaks)}")
    return problems


def demo_files() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8")
            for p in sorted((DEMO / "markup").glob("*.txt"))}


def generate(files: dict[str, str], seed: int = SEED) -> tuple[Swap, dict[str, str]]:
    """The mapping and the swapped markup of every file (nothing written)."""
    demo_words = set()
    for stem, markup in files.items():
        text, _, _ = parse(markup, stem)
        demo_words.update(w for w in WORD.findall(text) if w[0].isupper())
    swap = Swap(Cast(files), read_pool(demo_words), seed)
    return swap, {stem: swap.file(markup) for stem, markup in files.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the committed files")
    ap.add_argument("--mapping", action="store_true", help="print the mapping")
    args = ap.parse_args(argv)
    files = demo_files()
    if args.check:
        swapped = {stem: (OUT / f"{stem}.txt").read_text(encoding="utf-8") for stem in files}
    else:
        swap, swapped = generate(files)
        if args.mapping:
            for table in ("first", "surname", "place", "school", "workplace", "street"):
                for old, new in sorted(getattr(swap, table).items()):
                    print(f"{table:9} {old} → {new}")
        OUT.mkdir(exist_ok=True)
        for stem, markup in swapped.items():
            (OUT / f"{stem}.txt").write_text(markup, encoding="utf-8")
    problems = check(files, swapped)
    for p in problems:
        print("PROBLEM", p)
    words = sum(len(parse(m, s)[0].split()) for s, m in swapped.items())
    spans = sum(len(parse(m, s)[1]) for s, m in swapped.items())
    print(f"{len(swapped)} files, {words} words, {spans} identifier spans; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
