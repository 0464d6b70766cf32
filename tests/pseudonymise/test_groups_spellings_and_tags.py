"""Names the project knows, written again in lower case inside a compound, spelled another way
or built into a user name; and the words beside them that stay."""
from __future__ import annotations

from .conftest import in_a_project

PROJECT = ["Vi träffade Zuzanna Kowalczyk och hennes mamma. Rektor Oksana Hrytzenko kom.",
           "Fältanteckning från mötet."]


def person_spans(detector, text):
    return {(s.text, s.start) for s in in_a_project(detector, PROJECT + [text])
            if s.type == "PERSON"}


def test_a_family_or_parent_named_after_a_known_name_in_lower_case(detector):
    text = ("- ringer kowalczykmamman efter lunch\n- hrytzenkogänget kom sent\n"
            "- hrytzenkos-ungarna var där\n- se fältanteckningarna")
    found = person_spans(detector, text)
    for word in ("kowalczykmamman", "hrytzenkogänget", "hrytzenkos-ungarna"):
        assert (word, text.index(word)) in found, word
    assert not any(w.startswith("fältanteckning") for w, _ in found)


def test_a_known_name_spelled_with_other_diacritics_in_lower_case(detector):
    project = ["Mamma Rojin och pappa Şêrko kom, och Sölve från kommunen."]
    text = "- abdi tycker att şerko borde träffa jarre. serko sa nej.\nwe solve everything"
    found = {(s.text, s.start) for s in in_a_project(detector, project + [text])
             if s.type == "PERSON"}
    for word in ("şerko", "serko"):
        assert (word, text.index(word)) in found, word
    assert not any(w == "solve" for w, _ in found)
