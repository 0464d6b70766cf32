"""A transcriber's correction in brackets of what the recogniser wrote ("kål botten
[Kolbotten]", "glöden [Glöden]", "hans [Hans]"): the correction is a name, the misheard words
before it are that name, and so is the same misheard form elsewhere in the text. The real
detector; the sentences are written for these tests, none comes from the evaluation sets."""
import pytest

from .conftest import found

TEAMS = ("Ek, Maja   2:10\n"
         "Skillnaden mellan barnen i kål botten [Kolbotten] och resten av kommunen är stor. "
         "I kål botten bor många. På kål bottens skola är det mer blandat.\n"
         "Ek, Maja   2:40\n"
         "Och att glöden [Glöden] har fler tjejer nu. Men hans [Hans] och saga ringer runt. "
         "Det står inom [hakparentes] och [Tystnad]. Vi tappar glöden ibland.\n")


@pytest.mark.parametrize("word, typ", [
    ("Kolbotten", "PLACE"), ("kål botten", "PLACE"), ("Glöden", "PLACE"), ("glöden", "PLACE"),
    ("Hans", "PERSON"), ("hans", "PERSON"),
])
def test_corrected_names_and_their_misheard_words(detector, word, typ):
    assert (word, typ) in found(detector, TEAMS)


def test_the_same_misheard_words_elsewhere_and_their_genitive(detector):
    starts = {s.start for s in detector.detect(TEAMS) if s.text.lower().startswith("kål botten")}
    assert {TEAMS.index("I kål botten") + 2, TEAMS.index("På kål bottens") + 3} <= starts


def test_what_brackets_hold_that_spells_nothing_before_it_stays(detector):
    spans = {s.text for s in detector.detect(TEAMS)}
    assert not spans & {"hakparentes", "Tystnad"}
    assert TEAMS.rindex("glöden") not in {s.start for s in detector.detect(TEAMS)}
