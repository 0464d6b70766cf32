"""A transcript a speech-to-text service wrote without capitals: names spelled letter by
letter, and children named with their ages."""
import pytest

from .conftest import found


@pytest.mark.parametrize("text, letters", [
    ("talare 2: ja gift g i f t det är ett vanligt namn", "g i f t"),
    ("talare 2: k w a b e n a och sen owusu-mensah", "k w a b e n a"),
])
def test_spelled_names(detector, text, letters):
    got = {t for t, typ in found(detector, text) if typ == "PERSON"}
    assert any(letters in t for t in got)


def test_the_word_a_spelling_spells_is_the_name(detector):
    got = {t for t, typ in found(detector, "ja gift g i f t det är ett vanligt namn")
           if typ == "PERSON"}
    assert any(t.startswith("gift") for t in got)


def test_three_letters_spell_a_name_only_after_it(detector):
    assert not found(detector, "vi pratade om s f i och det")


@pytest.mark.parametrize("text, name, age", [
    ("vi har tre barn precious är nio och hope är fyra", "precious", "nio"),
    ("vi har tre barn precious är nio och hope är fyra", "hope", "fyra"),
])
def test_lower_case_children_with_their_ages(detector, text, name, age):
    got = set(found(detector, text))
    assert (name, "PERSON") in got and (age, "AGE") in got


def test_a_word_before_an_age_that_is_no_name_stays(detector):
    assert ("bilen", "PERSON") not in set(found(detector, "bilen är tio år gammal"))


FILLER = "och sen så pratade vi lite om skolan och om hur det var hemma med allt " * 30


def test_names_that_are_words_where_a_person_stands_in_a_lower_case_transcript(detector):
    text = FILLER + "\ntalare 2: hope går på förskolan och sen ringde stig om det\n"
    got = set(found(detector, text))
    assert ("hope", "PERSON") in got and ("stig", "PERSON") in got


def test_the_same_words_stay_words_where_capitals_are_used(detector):
    text = ("Vi pratade om skolan. Hon har hope om framtiden. Han gick på en stig. "
            "Vi ringde skolan.") * 3
    assert not [t for t, typ in found(detector, text) if typ == "PERSON"]


def test_a_noun_in_its_definite_form_is_no_name_in_a_lower_case_transcript(detector):
    text = FILLER + "\nnu säger hon att magen är bra\n"
    assert ("magen", "PERSON") not in set(found(detector, text))


NOTES = """närv: emir (ny samordn., 2:a mötet!), Jonna E. (kurator)
  - syster ilgın åk 1, ingen frånvaro
  - mamma gülşen jobbar kvällar. kusin doğukan (åk 6) hämtar ilgın ibland
Min bror sajjad är kvar där. Mamma och pappa var hemma. Min mamma var sjuk. pappa sa nej.
"""


@pytest.mark.parametrize("name", ["emir", "gülşen", "doğukan", "sajjad"])
def test_names_in_lower_case_notes_by_kin_grade_and_role(detector, name):
    assert (name, "PERSON") in set(found(detector, NOTES))


def test_a_name_found_so_is_found_again_in_the_notes(detector):
    starts = [s.start for s in detector.detect(NOTES) if s.text == "ilgın"]
    assert len(starts) == 2


def test_kin_words_before_ordinary_words_find_nothing(detector):
    got = {t for t, _ in found(detector, NOTES)}
    assert not got & {"och", "var", "sa"}


# a speech-to-text transcript of a project where Dag, Saga, Stig and Blessing are people
PROJECT_NAMES = {"Dag": "PERSON", "Saga": "PERSON", "Stig": "PERSON", "Blessing": "PERSON",
                 "Gift": "PERSON", "Sasha": "PERSON", "Armas": "PERSON", "Bo": "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("talare 2: jag visste inte vad jag skulle göra och sen ringde dag en dag", "dag"),
    ("talare 1: dag som är samordnare", "dag"),
    ("talare 2: sen kom dag och saga kuratorn hit hem", "saga"),
    ("talare 2: i början var det stig och sen kom också stig från socialtjänsten", "stig"),
    ("talare 3: till slut ringde jag mamman blessing och det visade sig", "blessing"),
    ("talare 3: vi hade ju en flicka i ettan gift som kom till mig varje vecka", "gift"),
    ("talare 2: ja sasha han var sju när han kom", "sasha"),
    ("- romska familjen: tror det är åkerlunds, armas mamma. fråga försiktigt", "armas"),
])
def test_a_project_name_that_is_a_word_where_only_a_person_stands(detector, text, name):
    found = detector.detect(text)
    got = detector.with_project_names(text, found, PROJECT_NAMES)
    assert any(s.text == name and s.type == "PERSON" for s in got)


@pytest.mark.parametrize("text", [
    "talare 2: det var en bra dag och sen en dag till",
    "talare 1: vi läste en saga som är lång",
    "talare 2: de var aldrig gift tror jag",
])
def test_the_same_words_as_words_stay(detector, text):
    found = detector.detect(text)
    assert not [s for s in detector.with_project_names(text, found, PROJECT_NAMES)
                if s.type == "PERSON"]


@pytest.mark.parametrize("text, span", [
    ("talare 3: ja björn hallin ja han har varit väldigt bra", "björn hallin"),
    ("talare 2: ja dag ekholm först trodde jag att det var fel", "dag ekholm"),
])
def test_a_word_like_first_name_before_a_lower_case_surname(detector, text, span):
    assert (span, "PERSON") in found(detector, text)


def test_a_name_after_min_man_in_lower_case(detector):
    assert ("sherwan", "PERSON") in found(
        detector, "talare 2: min man sherwan han jobbar på hyttverken skift")


@pytest.mark.parametrize("line, name", [
    ("och då sa saga att han kunde börja på fritids", "saga"),
    ("och här sa dag till mig du gör ditt bästa", "dag"),
    ("vi var två från ifo jag och stig och jag tog hyttängen", "stig"),
    ("det var stig som fixade det på lovet", "stig"),
    ("de bor hos leyla och lina från kommunen", "lina"),
])
def test_word_like_names_said_to_speak_paired_or_clefted_in_a_lower_case_transcript(
        detector, line, name):
    text = FILLER + "\ntalare 2: " + line + "\n"
    assert (name, "PERSON") in set(found(detector, text))


@pytest.mark.parametrize("line", [
    "det var en stig som gick upp till huset",
    "hon sa en saga till barnen varje kväll",
])
def test_the_same_words_in_the_same_places_as_words(detector, line):
    text = FILLER + "\ntalare 2: " + line + "\n"
    got = set(found(detector, text))
    assert ("stig", "PERSON") not in got and ("saga", "PERSON") not in got


def test_a_house_number_before_a_month_is_a_day(detector):
    got = found(detector, "Fokusgruppen hölls i Sågbacken 10 juni 2022 med sex deltagare.")
    assert ("10 juni 2022", "DATE") in got and not [t for t, typ in got if typ == "ADDRESS"]


def test_a_lower_case_address_with_its_postcode(detector):
    got = found(detector, "- skicka inbjudan – ny adr kvarnlidsvägen 7 B, 923 34 ulvsele (flyttat)")
    assert ("kvarnlidsvägen 7 B, 923 34 ulvsele", "ADDRESS") in got


@pytest.mark.parametrize("text, name", [
    ("- sten = sektorchef, \"prata med en som bestämmer\"", "sten"),
    ("- resp = micke stål, steget. pratar mkt", "micke stål"),
])
def test_word_like_names_in_notes_by_a_role_or_a_first_name(detector, text, name):
    names = {"Sten": "PERSON", "Stål": "PERSON", "Micke": "PERSON"}
    got = detector.with_project_names(text, detector.detect(text), names)
    assert any(s.text == name and s.type == "PERSON" for s in got)


def test_a_word_said_twice_is_no_full_name(detector):
    text = 'Ánde: Och de säger "nam nam" när du kommer.'
    got = detector.with_project_names(text, detector.detect(text), {"Nam": "PERSON"})
    assert not [s for s in got if s.text == "nam nam"]


def test_a_name_that_is_a_pronoun_before_its_role_in_brackets(detector):
    text = "- hans (soc) slutade i dec.\n- alla (mamma, pappa, barn) kom till mötet.\n"
    got = {(s.text, s.start) for s in detector.detect(text) if s.type == "PERSON"}
    assert ("hans", 2) in got and not any(t == "alla" for t, _ in got)
