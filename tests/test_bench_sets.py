"""The benchmark's scoring of the NER corpus by this project's marking rule: a run of place
tokens naming a country (genitive too) is neither gold nor an ordinary word; other places stay
gold."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import pseudonymise_sets as sets  # noqa: E402


def test_countries_are_ignored_and_towns_stay():
    text = "Hon flyttade från Nya Zeeland till Sveriges huvudstad Stockholm ."
    gold = []
    for word, typ in (("Nya", "PLACE"), ("Zeeland", "PLACE"), ("Sveriges", "PLACE"),
                      ("Stockholm", "PLACE")):
        start = text.index(word)
        gold.append((start, start + len(word), typ))
    out = sets._countries_ignored(text, gold, sets.countries())
    assert [t for _, _, t in out] == [sets.IGNORED, sets.IGNORED, sets.IGNORED, "PLACE"]


def test_a_part_of_a_country_is_ignored_as_the_country_is_but_a_part_of_a_town_stays():
    text = "Hon bodde i norra Syrien och sedan i södra Stockholm ."
    gold = []
    for word in ("norra", "Syrien", "södra", "Stockholm"):
        start = text.index(word)
        gold.append((start, start + len(word), "PLACE"))
    out = sets._countries_ignored(text, gold, sets.countries())
    assert [t for _, _, t in out] == [sets.IGNORED, sets.IGNORED, "PLACE", "PLACE"]
