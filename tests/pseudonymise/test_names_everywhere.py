"""Names of every origin and wherever a transcript puts them, words that stay words, and types
from context: the real detector (prepared lists, lexicon, word frequencies, the shipped model).
The sentences are written for these tests; none comes from the evaluation sets."""
import pytest

from qualcoder_htl.core.errors import UserError
from qualcoder_htl.pseudonymise import lists, names
from qualcoder_htl.pseudonymise.detector import Detector, names_in, names_in_project
from qualcoder_htl.pseudonymise.letters import UP, L
from qualcoder_htl.pseudonymise.patterns import find_personnummer, find_phone

from .conftest import found, spans


def removed(found, text: str, word: str) -> bool:
    """Is every character of each whole-word occurrence of ``word`` covered by a suggestion?"""
    import re
    hits = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))
    assert hits, word
    for m in hits:
        need = set(range(m.start(), m.end()))
        for s in found:
            need -= set(range(s.start, s.end))
        if need:
            return False
    return True


def test_letter_classes_cover_every_script():
    import re
    word = re.compile(f"[{UP}][{L}]*")
    text = "Đurić Wójcik Çelik Ağaoğlu Şule Łukasz Ëndrit Øberg İsmail Žaneta Ňuňo Ȟ"
    assert word.findall(text) == text.split()


@pytest.mark.parametrize("sentence, name", [
    ("Vi pratade med Jelena Kovačević igår.", "Jelena Kovačević"),
    ("Familjen Đurić flyttade hit förra året.", "Đurić"),
    ("Sen kom Małgorzata Wójcik till mötet.", "Małgorzata Wójcik"),
    ("Hennes bror Hüseyin Ağaoğlu jobbar där.", "Hüseyin Ağaoğlu"),
    ("Jag ringde till Şükrü Yıldırım på morgonen.", "Şükrü Yıldırım"),
    ("Det var Ëndrit som hjälpte oss.", "Ëndrit"),
    ("Diktatorn Bashar al-Assad nämndes.", "Bashar al-Assad"),
    ("Det sa Maria von Trapp en gång.", "Maria von Trapp"),
    ("Författaren C G Jung skrev om det.", "C G Jung"),
])
def test_names_of_many_origins(detector, sentence, name):
    found = detector.detect(sentence)
    assert (name, "PERSON") in spans(found)


def test_speaker_labels_brackets_genitives_and_compounds(detector):
    text = ("Tomasz: Ja, det stämmer.\n[Zeynep] sa att det var bra.\n"
            "Det var Jelenas mamma och Kovačević-familjen och Zeynepmamman.")
    found = detector.detect(text)
    for word in ("Tomasz", "Zeynep", "Jelenas", "Kovačević-familjen", "Zeynepmamman"):
        assert removed(found, text, word), word


def test_lower_case_names_seen_with_a_capital(detector):
    text = "IP: Jag pratade med Jelena igår. Sen sa jelena att jelenas bror kommer."
    found = detector.detect(text)
    assert removed(found, text, "jelena") and removed(found, text, "jelenas")
    # an ordinary word stays even when a name with that spelling was found
    text = "Liv kom sent. Hela hans liv handlar om fotboll."
    found = detector.detect(text)
    assert ("liv", "PERSON") not in spans(found)


def test_names_found_in_one_transcript_are_found_in_another():
    detector = Detector()
    first = detector.detect("Vi träffade Zeynep Arslan i skolan.")
    project = names_in(first)
    second_text = "sen ringde zeynep och arslan-familjen kom"
    alone = detector.detect(second_text)
    together = detector.with_project_names(second_text, alone, project)
    assert removed(together, second_text, "zeynep")
    assert removed(together, second_text, "arslan-familjen")


def test_word_like_names_by_context(detector):
    found = spans(detector.detect("Liv är nio år nu. Det finns en vilja att ändra."))
    assert ("Liv", "PERSON") in found
    assert not any(text.lower() == "vilja" for text, _ in found)
    found = spans(detector.detect("Inga barn var där. Hans mamma kom."))
    assert found == []


@pytest.mark.parametrize("sentence", [
    "Vi gick dit. En dag kom hon. Grunden är bra.",
    "Skatteverket och Försäkringskassan hjälpte till, och Kronofogdemyndigheten.",
    "Vi använder PBIS och Signs of Safety. Best practice är viktigt.",
    "Under Ramadan och Eid pratar hon Somaliska och Arabiska.",
    "2.1 Grunden för arbetet\nVi har sett att barnen mår bättre.",
    "De flyttade från Polen till Sverige och sen till Tyskland.",
])
def test_what_identifies_no_one_stays(detector, sentence):
    assert spans(detector.detect(sentence)) == []


def test_types_from_context(detector):
    found = spans(detector.detect("Karin Holmgren berättar om skolan i Sollefteå."))
    assert ("Karin Holmgren", "PERSON") in found
    assert ("Sollefteå", "PLACE") in found
    found = spans(detector.detect("Hon kommer från Skåne och bor nu i Västra Götaland."))
    assert ("Skåne", "PLACE") in found and ("Västra Götaland", "PLACE") in found
    found = spans(detector.detect("Hon kommer från staden Kvarnholt, nära ryska Ufa."))
    assert ("Kvarnholt", "PLACE") in found and ("Ufa", "PLACE") in found


def test_reference_entries_are_one_person_each(detector):
    found = spans(detector.detect("Referenser: Andersson, Karin (2019). "
                                  "Nilsson, Per & Ek, Lisa (2020)."))
    assert ("Andersson, Karin", "PERSON") in found
    assert ("Nilsson, Per", "PERSON") in found and ("Ek, Lisa", "PERSON") in found


@pytest.mark.parametrize("number", [
    "070-123 45 67", "0701234567", "08-123 456 78", "08123456", "031-12 34 56",
    "+46 70 123 45 67", "+46 (0)8-123 456 78", "0046 70 1234567", "(08) 12 34 56",
])
def test_phone_numbers_in_every_common_form(number):
    assert [s.text for s in find_phone(f"Ring {number} i morgon.")] == [number]


def test_personnummer_with_and_without_hyphen_and_century():
    good = ["811218-9876", "8112189876", "19811218-9876", "198112189876"]
    for pnr in good:
        [s] = find_personnummer(f"Numret är {pnr}.")
        assert s.text == pnr and s.score == 1.0
    [bad] = find_personnummer("Numret är 811218-9875.")  # a typo in the check digit
    assert bad.score < 1.0


def test_a_missing_list_stops_detection(monkeypatch, tmp_path):
    monkeypatch.setattr(lists, "lists_dir", lambda: tmp_path)
    with pytest.raises(UserError) as error:
        lists.read_list("names.tsv.gz")
    assert "names.tsv.gz" in str(error.value)


def test_swedish_list_names_win_in_inflected_lookups():
    hit = names.lookup("Annas")
    assert (hit.base, hit.suffix, hit.gender) == ("Anna", "s", "f")
    assert names.lookup("Annars") is None  # the word "annars", not a name's genitive


def test_particles_inside_a_name_but_not_the_words(detector):
    found = spans(detector.detect("Vi pratade med Juan de la Cruz och Ludwig van der Berg."))
    assert ("Juan de la Cruz", "PERSON") in found and ("Ludwig van der Berg", "PERSON") in found
    assert spans(detector.detect("Att de la ner allt, sa hon.")) == []


def test_word_like_names_beside_other_names_and_taken_up_by_a_pronoun(detector):
    assert ("Frid", "PERSON") in spans(detector.detect("Frid och Vide är tvillingar."))
    assert ("Hans", "PERSON") in spans(detector.detect("Hans och Björk kom sent."))
    assert ("Vilja", "PERSON") in spans(detector.detect("Vilja, hon är sju, går i ettan."))
    assert spans(detector.detect("Hans mamma och pappa kom.")) == []
    assert spans(detector.detect("Inga barn och inga vuxna.")) == []


def test_listed_names_in_lower_case_that_are_no_words(detector):
    text = "Vi ringde jelena och hennes mamma, och vilja var där."
    found = detector.detect(text)
    assert removed(found, text, "jelena")
    assert not any(s.text == "vilja" for s in found)  # a word as well as a name


def test_missing_word_frequency_data_stops_detection(monkeypatch, tmp_path):
    from qualcoder_htl.pseudonymise import frequency
    monkeypatch.setattr(frequency, "_tables", {})
    monkeypatch.setattr(frequency, "data_file", lambda lang: tmp_path / f"small_{lang}.gz")
    with pytest.raises(UserError) as error:
        frequency.zipf_sv("och")
    assert "wordfreq" in str(error.value)


def test_word_frequencies_are_wordfreqs_own():
    from wordfreq import zipf_frequency

    from qualcoder_htl.pseudonymise import frequency
    for word in ("och", "grunden", "skatteverket", "best", "practice", "hooyo"):
        assert frequency.zipf_sv(word) == zipf_frequency(word, "sv", wordlist="small")
        assert frequency.zipf_en(word) == zipf_frequency(word, "en", wordlist="small")


@pytest.mark.parametrize("text, name", [
    ("Logopeden, Inés de los Ríos, har henne.", "Inés de los Ríos"),
    ("Hon heter Marisol de los Santos egentligen.", "Marisol de los Santos"),
])
def test_a_spanish_or_filipino_name_with_its_particles(detector, text, name):
    assert (name, "PERSON") in found(detector, text)


def test_an_initial_s_genitive_does_not_spread_over_the_project(detector):
    texts = ["B lämnade ut Zeynep Y:s uppföljningsrapport.", "Y: Att det fortsätter.\nY: Ja."]
    found_each = [detector.detect(t) for t in texts]
    project = names_in_project(found_each)
    assert "Y" not in project
    assert not detector.with_project_names(texts[1], found_each[1], project)


@pytest.mark.parametrize("text, name", [
    ("Vi pratade med Jonne och hans pappa i går.", "Jonne"),
    ("På fritidsgården är det Sebbe som öppnar.", "Sebbe"),
    ("Kuratorn ringde till Cissi efter mötet.", "Cissi"),
    ("Idrottsläraren, Matte, tar dem på rasten.", "Matte"),
])
def test_common_swedish_by_names(detector, text, name):
    assert (name, "PERSON") in found(detector, text)
