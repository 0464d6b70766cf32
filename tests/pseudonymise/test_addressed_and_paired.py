"""Names that the words around them decide: a word-like name after a kin word ("dotter Lan"),
a person addressed ("ringde till Hope"), children's ages said in a pair ("Elyas sju och Amina
nio"), and a part of a place ("Lilla Essingen") against a person ("Lilla Jana")."""
import pytest

from .conftest import found


@pytest.mark.parametrize("text, span", [
    ("Vi pratade med hennes dotter Lan om skolan.", "Lan"),
    ("Jag ringde till Hope igår och hon svarade.", "Hope"),
    ("Sen sa jag till Amen att han fick gå hem.", "Amen"),
    ("Lilla Jana berättade om det.", "Lilla Jana"),
])
def test_a_person_by_the_words_before(detector, text, span):
    assert (span, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text", [
    "Jag ringde till Skatteverket igår.",
    "Han hade hopp om framtiden och sa till mig att det ordnar sig.",
    "Vi lånade pengar till lan-festen.",
])
def test_no_person_where_the_words_name_no_one(detector, text):
    assert not {t for t, typ in found(detector, text) if typ == "PERSON"}


def test_ages_said_in_a_pair_after_the_names(detector):
    got = found(detector, "Barnen är Elyas sju och Amina nio år.")
    assert {("sju", "AGE"), ("nio", "AGE"), ("Elyas", "PERSON"), ("Amina", "PERSON")} <= got


@pytest.mark.parametrize("text", [
    "Se Kapitel sju och Tabell nio i bilagan.",
    "Vi tog Linje fyra och Buss tre hem.",
])
def test_numbered_things_in_a_pair_are_no_ages(detector, text):
    assert not {t for t, typ in found(detector, text) if typ == "AGE"}


@pytest.mark.parametrize("text, span", [
    ("Det finns adresser där det är kritiskt, som till exempel Lilla Essingen.",
     "Lilla Essingen"),
    ("Vi bor på Norra Ormåsen sedan två år.", "Norra Ormåsen"),
    ("De flyttade till Lilla Edet förra året.", "Lilla Edet"),
])
def test_a_part_of_a_place_is_a_place(detector, text, span):
    assert (span, "PLACE") in found(detector, text)


@pytest.mark.parametrize("text, span", [
    ("Vi pratade med Lan... nej, Lành heter hon.", "Lan"),
    ("Det var Vide – förlåt, Sanna som ringde.", "Vide"),
])
def test_a_name_the_speaker_corrects_is_a_name(detector, text, span):
    assert (span, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text", [
    "Skolan... nej, Anna sa att det var fel.",
    "Det är svårt... nej, Anna sa det.",
])
def test_a_word_before_a_correction_stays(detector, text):
    assert {t for t, typ in found(detector, text) if typ == "PERSON"} == {"Anna"}


def test_a_short_word_that_acts_and_is_taken_up_as_hon_is_a_name(detector):
    assert ("Ro", "PERSON") in found(
        detector, "Bullen: Och Ro är ju inte med i dag för hon är sjuk.")
    assert not found(detector, "Vi tycker att Skolan är viktig för han lär sig mycket.")
