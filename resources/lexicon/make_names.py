"""Write the Swedish lexicon and the name lists that pseudonymisation reads at run time.

    python resources/lexicon/make_names.py      # needs Faker and spacy-lookups-data

- ``sv_words.txt.gz``: lower-case Swedish word forms, and ``sv_proper.txt.gz``: capitalised
  ones, from the Swedish lemma table of spacy-lookups-data (MIT licence);
- ``names.tsv.gz``: first names (with gender where the list gives it) and surnames from the
  person providers of every Latin-script locale of Faker (MIT licence); ``sv`` marks the Swedish
  lists, which also serve as the pools for surrogate names.

Reading these prepared files takes a fraction of the time of building them from the packages,
and the app does not depend on which Faker locales an installer bundles. ``places.txt`` comes
from ``make_places.py``.
"""
from __future__ import annotations

import gzip
import importlib
import json
import pkgutil
import unicodedata
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent


def latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def attr(provider, name: str) -> set[str]:
    for klass in provider.__mro__:
        if name in klass.__dict__:
            value = klass.__dict__[name]
            if isinstance(value, (list, tuple, set, frozenset, dict)):
                return {str(v) for v in value}
            return set()
    return set()


def write_gz(name: str, lines: list[str]) -> None:
    with gzip.open(HERE / name, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")


def lexicon() -> None:
    data = resources.files("spacy_lookups_data") / "data" / "sv_lemma_lookup.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        table = json.load(f)
    words, proper = set(), set()
    for form, lemma in table.items():
        for w in (form, lemma):
            (proper if w[:1].isupper() else words).add(w)
    write_gz("sv_words.txt.gz", sorted(words))
    write_gz("sv_proper.txt.gz", sorted(proper))
    print(f"{len(words)} words, {len(proper)} proper nouns")


def names() -> None:
    import faker.providers.person as people

    rows: dict[tuple[str, str], set[str]] = {}  # (name, kind) -> genders/origins

    def add(names_, kind, tag):
        for n in names_:
            if len(n) > 1 and " " not in n and n[:1].isupper() and latin(n):
                rows.setdefault((n, kind), set()).add(tag)

    for mod in pkgutil.iter_modules(people.__path__):
        try:
            provider = importlib.import_module(f"{people.__name__}.{mod.name}").Provider
        except (ImportError, AttributeError):
            continue
        origin = "sv" if mod.name == "sv_SE" else "world"
        add(attr(provider, "first_names_female") | attr(provider, "first_names_female_islamic")
            | attr(provider, "first_names_female_est") | attr(provider, "first_names_female_rus"),
            "first", f"f:{origin}")
        add(attr(provider, "first_names_male") | attr(provider, "first_names_male_islamic")
            | attr(provider, "first_names_male_est") | attr(provider, "first_names_male_rus"),
            "first", f"m:{origin}")
        # and the surname lists some locales keep under other names (the Polish surnames are
        # "male_last_names" and "unisex_last_names": Wójcik, Kowalczyk)
        add(attr(provider, "last_names") | attr(provider, "last_names_female")
            | attr(provider, "last_names_male") | attr(provider, "last_names_unisex")
            | attr(provider, "unisex_last_names") | attr(provider, "male_last_names")
            | attr(provider, "last_names_islamic") | attr(provider, "last_names_est")
            | attr(provider, "last_names_rus"), "surname", f"-:{origin}")
    lines = []
    for (name, kind), tags in sorted(rows.items()):
        genders = {t.split(":")[0] for t in tags} - {"-"}
        gender = genders.pop() if len(genders) == 1 else "-"
        origin = "sv" if any(t.endswith(":sv") for t in tags) else "world"
        sv_genders = "".join(sorted(t[0] for t in tags if t.endswith(":sv") and t[0] != "-"))
        lines.append(f"{name}\t{kind}\t{gender}\t{origin}\t{sv_genders or '-'}")
    write_gz("names.tsv.gz", lines)
    print(f"{len(lines)} names")


if __name__ == "__main__":
    lexicon()
    names()
