"""The fast scanning helpers: a pattern behind the first letters of its words finds exactly
what the pattern alone finds, and ``near`` what a full scan finds."""
import re

from qualcoder_htl.pseudonymise.scanning import first_letters, heads, near

TEXT = ("Mamma Sahra och pappa ćiro kom. farmor łucja (ålder okänd) ringde; Moster Ülkü och "
        "mamman tova, sedan lillebror 9. Mammaledig var hon inte.")


def test_heads_are_the_first_letters_of_the_words_in_either_case():
    assert heads(["mamma", "pappa", "moster"]) == "[mp]"
    assert heads(["mamma", "Pappa", "ćiro"], both_cases=True) == "[MPmpĆć]"
    assert heads(["(fd) rektor", "-chef"]) == r"[\(\-]"


def test_a_pattern_behind_its_heads_finds_what_it_found_alone():
    words = ["mamma", "pappa", "farmor", "moster", "mamman", "lillebror"]
    alone = re.compile(rf"(?<!\w)(?:{'|'.join(words)}) (?P<name>\w+)", re.IGNORECASE)
    behind = first_letters(heads(words, both_cases=True), alone)
    assert [m.span("name") for m in behind.finditer(TEXT)] \
        == [m.span("name") for m in alone.finditer(TEXT)]
    assert [m.group("name") for m in behind.finditer(TEXT)] \
        == ["Sahra", "ćiro", "łucja", "Ülkü", "tova", "9"]


def test_near_an_anchor_finds_what_the_full_scan_finds():
    pattern = re.compile(r"(?<!\w)lillebror \d+")
    assert [m.span() for m in near(re.compile(r"\d"), pattern, TEXT)] \
        == [m.span() for m in pattern.finditer(TEXT)]
