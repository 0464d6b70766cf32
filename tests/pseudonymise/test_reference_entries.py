"""A report's reference list: the authors' surnames are people, the place of publication is a
place (with its state), the publisher stays."""
import pytest

from .conftest import found

ENTRIES = """Referenser
Huxham, C. & Vangen, S. (2005). Managing to collaborate: The theory and practice of collaborative advantage. London: Routledge.
Lipsky, M. (2010). Street-level bureaucracy: Dilemmas of the individual in public services (30th anniversary ed.). New York: Russell Sage Foundation.
Bronfenbrenner, U. (1979). The ecology of human development: Experiments by nature and design. Cambridge, MA: Harvard University Press.
Danermark, B. (2000). Samverkan – himmel eller helvete? Örebro: Läromedia.
Hasenfeld, Y. (Red.). (2010). Human services as complex organizations (2nd ed.). Thousand Oaks, CA: Sage.
"""  # noqa: E501


def test_places_of_publication_are_places_with_their_state(detector):
    got = set(found(detector, ENTRIES))
    for place in ("London", "New York", "Cambridge, MA", "Örebro", "Thousand Oaks, CA"):
        assert (place, "PLACE") in got


def test_publishers_stay(detector):
    got = {t for t, _ in found(detector, ENTRIES)}
    for publisher in ("Routledge", "Russell Sage Foundation", "Sage", "Läromedia"):
        assert not any(publisher in t for t in got), publisher


def test_authors_are_people_whatever_their_ending(detector):
    got = set(found(detector, ENTRIES))
    for author in ("Huxham", "Vangen", "Lipsky", "Bronfenbrenner", "Danermark", "Hasenfeld"):
        assert (author, "PERSON") in got


def test_a_title_with_a_colon_is_no_place(detector):
    text = "Berg, A. (2019). Ungdomar: En studie om fritid. Lund: Studentlitteratur.\n"
    got = set(found(detector, text))
    assert ("Lund", "PLACE") in got
    assert "Ungdomar" not in {t for t, _ in got}


def test_authors_cited_in_the_text_are_people(detector):
    text = ("Det beskrivs i tidigare studier (Danermark & Kullberg, 1999; Wójcik, 2022). "
            "Danermark (2000) beskriver samverkan. Projekt dör ofta "
            "(Axelsson & Bihari Axelsson, 2013).")
    got = set(found(detector, text))
    # two authors are two people, each a span of its own
    assert {("Danermark", "PERSON"), ("Kullberg", "PERSON"), ("Axelsson", "PERSON"),
            ("Bihari Axelsson", "PERSON"), ("Wójcik", "PERSON")} == got


@pytest.mark.parametrize("text, authors", [
    ("(jfr Okonkwo-Lindahl & Ben Youssef 2019 om positiv selektion)",
     {"Okonkwo-Lindahl", "Ben Youssef"}),  # no firm for the ampersand
    ("Vi följer analysens upplägg (jfr Ahlström 2018; Nordin & Kaya 2020).",
     {"Ahlström", "Nordin", "Kaya"}),  # "Kaya", a place too, cited as an author
])
def test_authors_joined_by_an_ampersand_stay_two_people(detector, text, authors):
    got = set(found(detector, text))
    assert {(a, "PERSON") for a in authors} == got


def test_a_place_and_a_year_in_brackets_stay_a_place(detector):
    got = set(found(detector, "Konferensen (Göteborg 2019) var bra. Vi kom från Aleppo 2018, "
                              "sen hit."))
    assert {("Göteborg", "PLACE"), ("Aleppo", "PLACE")} == got


def test_a_municipality_cited_as_author_is_not_made_a_person(detector):
    got = set(found(detector, "Enligt Ekesunds kommun (2019) ska det göras."))
    assert not [t for t, typ in got if typ == "PERSON"]


def test_a_swedish_by_name_is_a_person(detector):
    got = set(found(detector, "Hon älskar Bosse på fritids, fritidsledaren."))
    assert ("Bosse", "PERSON") in got


def test_surnames_of_in_text_citations_nothing_else_found(detector):
    text = ("Detta stöder delrapport 1 (Vass m.fl. 2022) att de mest.\n"
            "Se vidare (jfr Hjärpe 2019; Lindeborg & Vestergaard 2021).\n"
            "Det kan jämföras med Nordenfalk och Ramírez Soto (2017), som visar.\n"
            "Samtalen beskrivs av Åkerblom Nyström (2017, s. 110).\n")
    people = {s.text for s in detector.detect(text) if s.type == "PERSON"}
    assert {"Vass", "Lindeborg", "Nordenfalk", "Åkerblom Nyström"} <= people


def test_bodies_surveys_and_places_in_citations_stay(detector):
    text = ("Enligt Skolverket (2019) och Skolinspektionens (2020) granskning ökar det.\n"
            "Läs mot LUPP-undersökningen och Đorđević (2021), som visar likheter.\n"
            "Konferensen (Göteborg 2019) var bra. Det vassa (2019) året.\n")
    found = {s.text: s.type for s in detector.detect(text)}
    assert not {"Skolverket", "Skolinspektionens", "LUPP-undersökningen"} & set(found)
    assert found.get("Göteborg") == "PLACE" and found.get("Đorđević") == "PERSON"


def test_a_titles_first_word_in_any_language_is_no_name(detector):
    text = ("Referenser\n"
            "Antonovsky, Aaron (1987). Unraveling the Mystery of Health. San Francisco: "
            "Jossey-Bass.\n"
            "Hämäläinen, Outi (2017). Relationell infrastruktur i välfärdens gränsland. Umeå: "
            "Boréa.\n"
            "Øvrebø, Ingvild (2020). Relasjonell kontinuitet i kommunale tjenester. Oslo: "
            "Universitetsforlaget.\n")
    got = {t for t, _ in found(detector, text)}
    assert not got & {"Unraveling", "Relationell", "Relasjonell"}
    assert "Antonovsky, Aaron" in got and "Umeå" in got


def test_a_town_opening_a_title_stays_where_the_text_names_it_too(detector):
    text = ("Harrsjöfors kommun har drivit HTL sedan 2019. I Harrsjöfors bor 9 000 personer.\n"
            "Referenser\n"
            "Lind, Vide (2020). Harrsjöfors i förändring. Umeå: Boréa.\n")
    starts = [s.start for s in detector.detect(text) if s.text == "Harrsjöfors"]
    assert text.rindex("Harrsjöfors") in starts


def test_a_cited_author_whose_surname_is_a_word_capitalised_mid_sentence(detector):
    text = ("Det framhålls också av Gädda (2020) och i Ask (2018). Trygghet (2021) är en "
            "rapport.\n")
    got = {s.text for s in detector.detect(text) if s.type == "PERSON"}
    assert {"Gädda", "Ask"} <= got
    assert "Trygghet" not in got  # a sentence's first word: perhaps a title
