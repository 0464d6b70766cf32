"""Short forms a transcript links to a full name share its code and get a short pseudonym."""
import pytest

from qualcoder_htl.pseudonymise.nicknames import full_name_for, short_form
from qualcoder_htl.pseudonymise.replace import KeyBook

from .conftest import found


@pytest.mark.parametrize("text, short, full", [
    ("IP: Aleksandra, vi säger Ola, hon går i trean.", "Ola", "Aleksandra"),
    ("Marjatta – alla kallar henne Maja.", "Maja", "Marjatta"),
    ("Mohammed (Mo) kom sent.", "Mo", "Mohammed"),
    ("Sofi, det är kort för Sofia, ringde.", "Sofi", "Sofia"),
    ("Aleksandra Nowak, men vi säger bara Ola", "Ola", "Aleksandra Nowak"),
    ("hon heter Đurđica, vi kallar henne Đuka", "Đuka", "Đurđica"),
    ("Anna och Ola kom.", "Ola", None),  # two people, no link
    ("Ola, vi säger Ola", "Ola", None),  # the same word is not a short form
])
def test_full_name_for(text, short, full):
    assert full_name_for(text, short) == full


def test_short_form_shares_the_code_and_reads_as_a_short_name():
    book = KeyBook(salt="s")
    full, _ = book.entry_for("Aleksandra", "PERSON")
    short, _ = book.entry_for("Ola", "PERSON", full_name="Aleksandra")
    other, _ = book.entry_for("Karin", "PERSON")
    assert short.code == full.code and other.code != full.code
    assert short.pseudonym and short.pseudonym != full.pseudonym
    assert len(short.pseudonym) < len(full.pseudonym)
    assert short.pseudonym[0] == full.pseudonym[0]
    assert "Ola" not in short.pseudonym and "Aleks" not in short.pseudonym
    # the key read back: codes are counted once per code, the next person gets the next one
    again = KeyBook(list(book.entries), salt="s")
    fresh, _ = again.entry_for("Tomasz", "PERSON")
    assert fresh.code not in {e.code for e in book.entries}


def test_short_form_of_a_pseudonym():
    assert short_form("Josephine", ["Jane", "Jo", "Josefin"], set()) == "Jane"
    assert short_form("Josephine", [], set()) == "Jos"


def test_accepting_a_linked_short_form_in_a_project(project, add_text):
    sid = add_text("a.txt", "IP: Hon heter Aleksandra, vi säger Ola. Ola går i trean nu.\n"
                            "IP: Ola gillar skolan.")
    ps = project.pseudonymisation
    ps.detect()
    by_text = {}
    for o in ps.suggestions(sid):
        by_text.setdefault(o.text, []).append(o)
    assert "Aleksandra" in by_text and "Ola" in by_text
    ps.decide_all(by_text["Aleksandra"][0].id, True)
    ps.decide_all(by_text["Ola"][0].id, True)
    key = {e.original: e for e in ps.key_entries()}
    assert key["Ola"].code == key["Aleksandra"].code
    ps.set_policy("PERSON", "pseudonym")
    text = ps.pseudonymised_text(sid)
    assert "Ola" not in text and "Aleksandra" not in text
    assert key["Ola"].pseudonym in text and key["Aleksandra"].pseudonym in text
    ps.set_policy("PERSON", "code")
    assert ps.pseudonymised_text(sid).count(key["Ola"].code) == 4


def test_a_short_form_the_text_links_to_a_name_is_detected(detector):
    text = "IP: Vi har Aleksandra, vi säger Sunny, hon är nio. Hon heter Mehrangiz, vi " \
           "kallar henne Mehri. Men vi säger Hej till varandra."
    found = {(s.text, s.type) for s in detector.detect(text)}
    assert ("Sunny", "PERSON") in found and ("Mehri", "PERSON") in found
    assert not any(t == "Hej" for t, _ in found)


@pytest.mark.parametrize("text, short", [
    ("Jasmin: Jakub. Kuba är smeknamnet. Han gillar lego.", "Kuba"),
    ("Han heter Abdulkadir, Kadi är hans smeknamn.", "Kadi"),
])
def test_a_short_form_named_as_the_nickname_after_the_full_name(detector, text, short):
    start = text.index(short)
    assert any(s.start == start and s.type == "PERSON" for s in detector.detect(text))


def test_a_by_name_said_after_the_person_was_named(detector):
    text = "Vi pratade med dem. Björn Dahl, vår mentor. Vi säger Björnen. Han är stor."
    assert any(s.text == "Björnen" and s.type == "PERSON" for s in detector.detect(text))


def test_a_first_name_cut_short_even_where_it_is_an_english_word(detector):
    text = ("Semira Tesfamariam är brobyggare. Semi kom med kaffe. Vi vill tacka Hans och Semi "
            "och Bosse. Det står Wolters Kluwer i listan, och Foodora eller Wolt kör maten.\n")
    got = {(s.text, s.start) for s in detector.detect(text) if s.type == "PERSON"}
    assert {("Semi", text.index("Semi kom")), ("Semi", text.index("Semi och"))} <= got
    assert not [w for w, _ in got if w == "Wolt"]


def test_a_role_in_brackets_after_a_full_name_is_no_by_name(detector):
    text = ("Deltagare: Johanna Reinholdsson (Extern), Dag Vinberg\n\n"
            "[00:00:03] Johanna Reinholdsson (Extern)\nJa men då är inspelningen igång.\n")
    got = found(detector, text)
    assert ("Johanna Reinholdsson", "PERSON") in got
    assert not any(t == "Extern" for t, _ in got)


def test_a_notes_abbreviation_after_a_lower_case_name_is_no_surname(detector):
    got = found(detector, "- hamdis pnr från SIP-pappret: 198703122484. tas bort.\n")
    assert not any("pnr" in t for t, _ in got)
