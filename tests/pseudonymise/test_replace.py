"""Replacement policies, consistency, gender and inflection; the offset map."""
import pytest

from qualcoder_htl.pseudonymise import names
from qualcoder_htl.pseudonymise.offsets import Replacement, apply
from qualcoder_htl.pseudonymise.replace import (
    KeyBook,
    Policy,
    form_key,
    letter_code,
    normal,
    pronoun_replacements,
)


def test_labels_by_type_and_genitive():
    book, policy = KeyBook(salt="t"), Policy()
    assert book.replacement("Anna", "PERSON", policy) == "[namn]"
    assert book.replacement("Annas", "PERSON", policy) == "[namn]:s"
    assert book.replacement("Tjärnaskolans", "SCHOOL", policy) == "[skolan]:s"
    assert book.replacement("070-174 06 58", "PHONE", policy) == "[telefonnummer]"


def test_letter_codes_in_order_of_first_appearance():
    book, policy = KeyBook(salt="t"), Policy(default="code")
    assert [book.replacement(x, t, policy) for x, t in
            [("Anna", "PERSON"), ("Tjärnaskolan", "SCHOOL"), ("Moa", "PERSON"),
             ("Annas", "PERSON"), ("Lingbackeskolan", "SCHOOL")]] == \
        ["Person A", "Skola A", "Person B", "Person A:s", "Skola B"]
    assert letter_code(25) == "Z" and letter_code(26) == "AA"


def test_initials():
    book, policy = KeyBook(salt="t"), Policy(default="initials")
    assert book.replacement("Anna Söderlund", "PERSON", policy) == "A.S."
    assert book.replacement("Lars-Erik", "PERSON", policy) == "L.E."


def test_pseudonyms_keep_gender_and_inflection_and_are_consistent():
    book, policy = KeyBook(salt="t"), Policy(default="pseudonym")
    anna = book.replacement("Anna", "PERSON", policy)
    assert book.replacement("Annas", "PERSON", policy) == anna + "s"
    assert names.gender_of(anna) == "f"
    assert names.gender_of(book.replacement("Jonas", "PERSON", policy)) == "m"
    full = book.replacement("Anna Söderlund", "PERSON", policy)
    assert full.split()[0] == anna
    assert book.replacement("Söderlund", "PERSON", policy) == full.split()[1]
    school = book.replacement("Tjärnaskolan", "SCHOOL", policy)
    assert school.endswith("skolan") and school != "Tjärnaskolan"
    assert book.replacement("Tjärnaskolans", "SCHOOL", policy) == school + "s"
    # a new book over the stored entries gives the same replacements
    again = KeyBook(book.entries, salt="t")
    assert again.replacement("Annas", "PERSON", policy) == anna + "s"


def test_pseudonyms_differ_from_every_original_and_each_other():
    book, policy = KeyBook(salt="t"), Policy(default="pseudonym")
    by_spelling = {}  # spelling variants (Anette, Annette) are one original in the key
    for n in sorted(n for n in names.first_names_female() if names.gender_of(n) == "f")[:150]:
        by_spelling.setdefault(normal(n), n)
    firsts = list(by_spelling.values())
    for n in firsts:
        book.replacement(n, "PERSON", policy)
    # once every original is in the key, no pseudonym is another original
    out = [book.replacement(n, "PERSON", policy) for n in firsts]
    assert all(names.gender_of(x) == "f" for x in out)
    assert len(set(out)) == len(out)
    assert not set(out) & set(firsts)


def test_own_replacement_overrides_policy():
    book = KeyBook(salt="t")
    entry, _ = book.entry_for("Anna", "PERSON")
    entry.replacement = "[barnets mamma]"
    for how in ("label", "code", "pseudonym"):
        assert book.replacement("Annas", "PERSON", Policy(default=how)) == "[barnets mamma]:s"


def test_keep_policy():
    book = KeyBook(salt="t")
    assert book.replacement("Älvbacka", "PLACE", Policy({"PLACE": "keep"})) == "Älvbacka"


def test_form_key_groups_inflected_forms():
    assert form_key("Anna", "PERSON") == form_key("Annas", "PERSON") == form_key("Anna:s")
    assert form_key("Tjärnaskolan", "SCHOOL") == form_key("Tjärnaskolans", "SCHOOL")
    assert form_key("Jonas", "PERSON") != form_key("Jona", "PERSON")


def test_neutral_pronouns():
    text = "Han sa att hon och hennes bror gillar honom."
    new, _ = apply(text, pronoun_replacements(text))
    assert new == "Hen sa att hen och hens bror gillar hen."


def test_offset_map_both_ways_with_overlapping_codings():
    text = "Anna och Moa gick till Tjärnaskolan i går."
    reps = [Replacement(0, 4, "[namn]"), Replacement(9, 12, "X"),
            Replacement(23, 35, "[skolan]")]
    new, m = apply(text, reps)
    assert new == "[namn] och X gick till [skolan] i går."
    # a coding that overlaps a replacement grows to cover all of it
    assert new.__getitem__(slice(*m.span_to_new(2, 8))) == "[namn] och"
    assert new.__getitem__(slice(*m.span_to_new(13, 30))) == "gick till [skolan]"
    # untouched text maps exactly, both ways
    s, e = m.span_to_new(5, 8)
    assert new[s:e] == "och" and m.span_to_old(s, e) == (5, 8)
    s, e = m.span_to_new(36, 42)
    assert new[s:e] == "i går." and m.span_to_old(s, e) == (36, 42)
    # a span in the pseudonymised text maps back over the whole original
    assert text.__getitem__(slice(*m.span_to_old(1, 3))) == "Anna"
    with pytest.raises(ValueError):
        m.to_new(len(text) + 1)
    with pytest.raises(ValueError):
        apply(text, [Replacement(0, 4, "a"), Replacement(2, 6, "b")])
