"""Names in every form, the stop-list, known identifiers, the capital rule, NER and overlaps,
with the real pipeline (Faker's lists, spacy-lookups-data's lexicon, the shipped model)."""
import pytest

from qualcoder_htl.pseudonymise import names, ner
from qualcoder_htl.pseudonymise.detector import Detector, DetectorOptions
from qualcoder_htl.pseudonymise.known import KnownIdentifier, KnownMatcher

from .conftest import TRANSCRIPT, spans


def test_the_shipped_model_loads_and_finds_people():
    assert ner.available()
    nlp = ner.load()
    doc = nlp("Statsministern Fredrik Reinfeldt besökte Göteborg i går.")
    assert any(e.label_ == "PER" and "Reinfeldt" in e.text for e in doc.ents)


def test_the_model_gives_the_same_entities_with_numpys_matrix_product():
    """``ner.load`` builds the model with numpy's matrix product (faster than thinc's own on
    its small matrices): the entities and their scores are those of the model as spaCy loads
    it by default."""
    import spacy

    sentences = ["Statsministern Fredrik Reinfeldt besökte Göteborg i går.",
                 "Vi pratade med Emina Mujić och Hüseyin Çelik på Ormåsskolan i Hällsjö.",
                 "Lina sa att Dag och Vide skulle komma till Socialtjänsten i Sundsvall."]
    default = spacy.load(ner.model_path())
    ours = ner.load()
    assert type(ours.get_pipe("ner").model.ops).__name__ == "BlasOps"
    assert type(default.get_pipe("ner").model.ops).__name__ != "BlasOps"
    for sentence in sentences:
        assert [(e.text, e.label_) for e in ours(sentence).ents] == \
            [(e.text, e.label_) for e in default(sentence).ents]
    found = ner.entities([(0, s) for s in sentences])
    assert ("Fredrik Reinfeldt", "PERSON") in {(s.text, s.type) for s in found}


def test_inflected_names(detector):
    text = "Vi träffade Annas mamma och Jonas' pappa. Sen kom Anna Söderlunds kollega."
    found = spans(detector.detect(text))
    assert ("Annas", "PERSON") in found
    assert ("Jonas'", "PERSON") in found
    assert ("Anna Söderlunds", "PERSON") in found


def test_name_lookup_handles_genitive_and_gender():
    hit = names.lookup("Annas")
    assert (hit.base, hit.suffix, hit.gender, hit.stop) == ("Anna", "s", "f", False)
    assert names.gender_of("Yusuf") == "m"


def test_stop_list_names_need_evidence(detector):
    assert {"Dag", "Hans", "Inga", "Bo", "Lisa", "Sten", "Berg"} <= names.stop_list()
    found = spans(detector.detect("Inga problem. Hans mamma var där. Vi pratade länge."))
    assert found == []
    # capitalised inside a sentence, or followed by a surname, it is a name
    found = spans(detector.detect("Då ringde Inga från skolan. Bo Sandberg kom också."))
    assert ("Inga", "PERSON") in found and ("Bo Sandberg", "PERSON") in found
    # lower case it is a word
    assert spans(detector.detect("Vi vill bo kvar, sa hon.")) == []


def test_a_name_found_once_is_found_at_a_sentence_start_too(detector):
    found = spans(detector.detect("Jag pratade med Inga igår. Inga sa att det var bra."))
    assert found.count(("Inga", "PERSON")) == 2


def test_capital_rule_for_unknown_names(detector):
    found = spans(detector.detect("Vi var hos Xiomara och i Kvarnbo igår."))
    assert ("Xiomara", "PERSON") in found
    assert ("Kvarnbo", "PLACE") in found
    # a capitalised ordinary word at a sentence start is no name; generic bodies are kept
    assert spans(detector.detect("Skolan ringde. Försäkringskassan också. BUP var med.")) == []


def test_schools_workplaces_and_compass_places(detector):
    found = spans(detector.detect("Hon jobbar på Tjärnadalens bibliotek nära Tjärnaskolan "
                                  "i Östra Sörby, och på Café Kvarnen."))
    assert ("Tjärnadalens bibliotek", "WORKPLACE") in found
    assert ("Tjärnaskolan", "SCHOOL") in found
    assert ("Östra Sörby", "PLACE") in found
    assert ("Café Kvarnen", "WORKPLACE") in found


def test_known_identifiers_in_inflected_compound_and_misspelt_forms():
    m = KnownMatcher([KnownIdentifier("Tjärnaskolan", "SCHOOL"),
                      KnownIdentifier("Anna Söderlund", "PERSON"),
                      KnownIdentifier("Lindqvist", "PERSON"),
                      KnownIdentifier("Inga Berg", "PERSON")])
    text = ("Tjärnaskolans elever, Tjärnaskolelever, Tjärnskolan. Söderlunds och Annas. "
            "Lindkvist. Inga problem? Nej, Inga kom. Ett berg och Berg. En annan.")
    found = [s.text for s in m.find(text)]
    for form in ("Tjärnaskolans", "Tjärnaskolelever", "Tjärnskolan", "Söderlunds", "Annas",
                 "Lindkvist", "Berg"):
        assert form in found
    assert "berg" not in found and "annan" not in found


def test_detector_uses_known_list():
    d = Detector([KnownIdentifier("Zorbaskolan", "SCHOOL")], DetectorOptions(use_ner=False))
    assert ("Zorbaskolans", "SCHOOL") in spans(d.detect("Zorbaskolans rektor sa nej."))


def test_suggestions_do_not_overlap_and_are_typed(detector):
    found = detector.detect(TRANSCRIPT)
    ordered = sorted(found, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        assert a.end <= b.start
    got = spans(found)
    for expected in [("14 oktober 2019", "DATE"), ("Yusuf", "PERSON"), ("nio år", "AGE"),
                     ("Annas", "PERSON"), ("Tjärnaskolan", "SCHOOL"), ("Inga", "PERSON"),
                     ("Inga Berg", "PERSON"), ("Lina", "PERSON"), ("Granvägen 14", "ADDRESS")]:
        assert expected in got, expected
    # "Inga problem": the word (a determiner before a lower-case noun opens the sentence),
    # though Inga is a name in this text; "men Inga på skolan ringde" is the name
    ingas = [s for s in found if s.text == "Inga"]
    assert [TRANSCRIPT[s.start - 4:s.start] for s in ingas] == ["men "]
    for s in found:
        assert TRANSCRIPT[s.start:s.end] == s.text and 0 < s.score <= 1


def test_keep_list_and_min_score():
    d = Detector(options=DetectorOptions(keep=frozenset({"Älvbacka"}), use_ner=False))
    assert spans(d.detect("Barnen i Älvbacka och Älvbackas skolor.")) == []


@pytest.mark.parametrize("label", ["IP: Ja.", "AS: Ja.", "Respondent: Ja."])
def test_speaker_labels_that_are_not_names(detector, label):
    assert spans(detector.detect(label)) == []


def test_names_as_speaker_labels(detector):
    assert ("Xiomara", "PERSON") in spans(detector.detect("J: Hej.\nXiomara: Hej hej."))
