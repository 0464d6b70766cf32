"""Shapes found on the development batches _g and _h: a name right after an ellipsis, what
someone is called, a youth centre or a congregation named by a word, firms and clubs named
after their town."""
import pytest

from .conftest import found


@pytest.mark.parametrize("text, name", [
    ("Doktor... (ohörbart) ...Nguyễn. Han är bra.", "Nguyễn"),
    ("Det var... (ohörbart) ...Gösta? Nej.", "Gösta"),
])
def test_a_name_right_after_an_ellipsis(detector, text, name):
    assert (name, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("Mina elever kallar mig Lärkan.", "Lärkan"),
    ("Alla kallade honom Stormen på den tiden.", "Stormen"),
])
def test_what_someone_is_called_is_a_name(detector, text, name):
    assert (name, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text, span, typ", [
    ("Och på Kolmilan, Tompa sa att han kan komma.", "Kolmilan", "WORKPLACE"),
    ("Sen kom hon från eritreanska kyrkan, Medhane Alem, med mat.", "Medhane Alem",
     "WORKPLACE"),
    ("Innan dess jobbade jag på Flymåla Trä, på kontoret.", "Flymåla Trä", "WORKPLACE"),
    ("Lokalen som Flymåla pingstförsamling lånar ut.", "Flymåla pingstförsamling",
     "WORKPLACE"),
    ("Det fanns en, Skräddarbo byskola, men de stängde.", "Skräddarbo byskola", "SCHOOL"),
    ("Fotbollsklubben Ekbackens IF nämns i båda.", "Ekbackens IF", "WORKPLACE"),
])
def test_institutions_named_by_a_word_or_a_town(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


@pytest.mark.parametrize("text", [
    "Jag var på Fritidsgården igår och på Ungdomsgården.",
    "Vi gick till Biblioteket och på Socialtjänsten sen.",
    "Jag ringde på mobilen, familjecentralen, Socialtjänsten.",
])
def test_generic_facilities_stay(detector, text):
    assert found(detector, text) == set()


def test_an_adverb_run_on_after_a_town_is_no_firm(detector):
    assert found(detector, "Vi åkte till Umeå Igår var det kallt.") == {("Umeå", "PLACE")}


def test_the_capitals_of_a_double_first_name_are_its_short_form(detector):
    text = "Gülşen: Och från socialen Per-Olof. Hüseyin: PO. Vi säger PO. Och PO kom hem till oss."
    starts = {s.start for s in detector.detect(text) if s.type == "PERSON"}
    assert all(m in starts for m in (text.index("PO."), text.index("PO. Och"),
                                     text.index("PO kom")))


def test_initials_as_speaker_labels_or_in_abbreviations_stay(detector):
    text = "PO: Jag heter Per-Olof.\nPO: Ja. Skicka till P.O. Box 12."
    assert {s.text for s in detector.detect(text)} == {"Per-Olof"}


def test_lower_case_names_labelling_a_notes_list(detector):
    text = "Att göra:\n- ayan + linnea: moskén fre\n- övrigt: inget"
    assert {s.text for s in detector.detect(text) if s.type == "PERSON"} == {"ayan", "linnea"}


@pytest.mark.parametrize("text, handle", [
    ("Hennes gamertag är minhanh_x, hon kör sönder alla.", "minhanh_x"),
    ("IP: D1L0_Qamishli. Efter stan där jag är född.", "D1L0_Qamishli"),
])
def test_user_names_with_an_underscore(detector, text, handle):
    assert (handle, "PERSON") in found(detector, text)


def test_the_answer_to_how_old_someone_is(detector):
    text = "I: Hur gammal är du?\n\nIP: Femton. Fyllde i november."
    assert ("Femton", "AGE") in found(detector, text)


def test_a_listed_first_name_in_capitals(detector):
    assert ("AHMED", "PERSON") in found(detector, 'Hon skrev "AHMED KOM HEM" till honom.')


def test_a_household_written_with_a_slash(detector):
    text = "Familjen Habtom/Tesfamariam (Kolarbacken): fortsätter."
    assert ("Habtom/Tesfamariam", "PERSON") in found(detector, text)


def test_a_particle_between_names(detector):
    text = "Maricel är filippinsk, Maricel dela Cruz, hon har en son."
    assert ("Maricel dela Cruz", "PERSON") in found(detector, text)


def test_a_lower_case_short_form_in_a_quoted_message(detector):
    text = 'Jalal kom sent. Nati skrev: "vem kör fotboll ikväll jalle tar med boll".'
    assert ("jalle", "PERSON") in found(detector, text)


def test_a_word_that_looks_like_a_names_genitive_stays(detector):
    assert ("annars", "PERSON") not in found(detector, 'Anna skrev "annars går vi hem".')


@pytest.mark.parametrize("text", [
    "I detta Kapitel redovisas resultaten från Intervjuerna med Skolteam.",
    "Programmet HTL bygger på Kommunfullmäktiges Beslut från 2019.",
    "Slutrapport från Uppföljningen 2019–2023.",
    "Personal i teamen och på Fritidsgårdarna kostar mest.",
    "Föräldrakurs. Det heter Komet. Tio gånger, på kvällen.",
    "Lagen om sekretess och Socialtjänstlagen (SoL) gäller.",
    "Insatser: PAX i Skolan, Trygghetsvandringar, längre öppettider.",
])
def test_a_reports_capitalised_nouns_and_named_programmes_stay(detector, text):
    assert not any(t in ("PERSON", "WORKPLACE", "SCHOOL") for _, t in found(detector, text))


def test_a_file_name_with_an_underscore_is_no_user_name(detector):
    assert found(detector, "Transkriberat av J, ljudfil 05_HTL.m4a. Barnet sover.") == set()


def test_a_plural_compound_after_a_name_is_not_part_of_it(detector):
    text = "Samtidigt lyfts Brobyggarnas Informationsinsatser tillsammans med regionen."
    spans = detector.with_project_names(text, detector.detect(text),
                                        {"Brobyggarnas": "PERSON"})
    assert "Brobyggarnas" in {s.text for s in spans}
    assert all("Informationsinsatser" not in s.text for s in spans)


def test_header_words_of_mails_and_notes_stay(detector):
    text = ("Från: Elin Wargentin\nSkickat: den 24 maj 2022 10:02\nKopia: Pelle Nordin\n"
            "Ämne: SV: möte\n\nFrånv.: LB (sjuk)\nTel. till Shirin skrivs på tavlan.\n"
            "Reflektion: mycket namn.\nReflektion: lite struktur.")
    taken = {s.text for s in detector.detect(text)}
    assert not taken & {"Skickat", "Kopia", "Frånv", "Tel", "Reflektion"}, taken
    assert {"Elin Wargentin", "Pelle Nordin", "Shirin"} <= taken


def test_a_postcode_and_town_stop_at_the_line_end(detector):
    text = "Besöksadress: Granlidsvägen 12, 872 31 Tjärnsund\nMobil: 070-174 06 09"
    assert ("872 31 Tjärnsund", "ADDRESS") in found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("Kram/Mirre", "Mirre"), ("Hälsningar\n/Elin", "Elin"), ("> /Kadir", "Kadir"),
    ("selam: bahar ringer 16.30. tack alla ❤️ /sel", "sel"),
    ("+46 70 174 06 71: juni har pnr nu. tack! /lotta s", "lotta"),
])
def test_a_signature_after_a_slash(detector, text, name):
    assert (name, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text", ["/B", "/WZ", "Se /usr/bin", "> Mvh"])
def test_initials_paths_and_sign_offs_are_no_signature(detector, text):
    assert not any(t == "PERSON" for _, t in found(detector, text))


def test_a_sign_off_is_not_part_of_the_name(detector):
    assert {s.text for s in detector.detect("> Mvh Tomasz")} == {"Tomasz"}


def test_an_age_in_brackets_after_a_name(detector):
    text = "Närvarande: Zainab (12), Hamza (12), Mykyta (11). Tabell (2) visar allt."
    ages = [s.text for s in detector.detect(text) if s.type == "AGE"]
    assert ages == ["12", "12", "11"]


def test_a_firm_named_with_an_ampersand(detector):
    text = "Pappan har en firma, Taikons Plåt & Tak, sedan länge."
    assert ("Taikons Plåt & Tak", "WORKPLACE") in found(detector, text)


@pytest.mark.parametrize("text", [
    "Vi remitterade till Elevhälsan och sen hörde Smittskyddet av sig.",
    "Vi gick till Ungdomsmottagningen och till Vårdcentralen.",
    "Hon går till fritids efter skolan, och han till Fältarna.",
])
def test_services_named_by_what_they_are_stay_after_a_preposition(detector, text):
    assert found(detector, text) == set()


def test_komvux_is_a_generic_school_but_its_town_is_found(detector):
    spans = found(detector, "Och jag läser på Komvux Ljungbäcka, vård och omsorg.")
    assert {t for t, _ in spans} == {"Ljungbäcka"}


@pytest.mark.parametrize("text, kept", [
    ("Ring mig imorgon, så pratar vi.", "Ring"),
    ("Hooyo grät när hon läste det.", "Hooyo"),
    ("Skolsköterskan, Elin, hon har haft grupper.", "Skolsköterskan"),
    ("Vi hänvisas till Telefontolk. Skolteamen är kvar.", "Telefontolk"),
])
def test_verbs_kin_and_roles_opening_a_sentence_stay(detector, text, kept):
    assert all(kept not in s.text for s in detector.detect(text))


def test_a_kin_word_that_is_a_swedish_name_is_still_a_name(detector):
    text = "Det var Bror som fixade det, Bror Enqvist, känner du honom?"
    assert ("Bror Enqvist", "PERSON") in found(detector, text)


def test_a_determiner_opening_a_sentence_is_not_the_name_it_shares(detector):
    text = "Mina föräldrar är från Šabac. Men Mina sa att hon kommer."
    spans = detector.with_project_names(text, detector.detect(text), {"Mina": "PERSON"})
    assert [text[s.start - 4:s.start] for s in spans if s.text == "Mina"] == ["Men "]


def test_a_name_opening_a_sentence_before_a_preposition_is_still_the_name(detector):
    text = "Inga problem där. Inga från skolan ringde sen."
    spans = detector.with_project_names(text, detector.detect(text), {"Inga": "PERSON"})
    assert [s.start for s in spans if s.text == "Inga"] == [text.index("Inga från")]


@pytest.mark.parametrize("text, span", [
    ("Jag läser på Vålens lärcentrum, sfi, kurs C.", "Vålens lärcentrum"),
    ("Hon läser svenska på Lärcentrum Hyttåsa, och sen praktik.", "Lärcentrum Hyttåsa"),
])
def test_a_centre_of_adult_learning_is_a_school(detector, text, span):
    assert (span, "SCHOOL") in found(detector, text)


def test_a_schools_nickname_is_the_school(detector):
    text = ("Yusuf går på Tjärnhöjdsskolan. Han trivs på Tjärnis. Sen gick han till Vallis, "
            "alltså Vallängsskolan.\n")
    got = found(detector, text)
    assert ("Tjärnis", "SCHOOL") in got
    notes = "Möte på Kvarnängens skola. Sen till kvarnis igen kl 13.\n"
    assert ("kvarnis", "SCHOOL") in found(detector, notes)


def test_an_areas_nickname_and_a_word_ending_in_is_stay(detector):
    text = ("Hon går på Rönnbackens skola och bor i Rönnis. Han spelar tennis efter skolan "
            "på Tennisskolan.\n")
    got = found(detector, text)
    assert ("Rönnis", "SCHOOL") not in got and not any(t.lower() == "tennis" for t, _ in got)


def test_an_institution_noun_opening_a_sentence_is_not_in_the_name(detector):
    got = found(detector, "Fritidsgården Kajutan ligger mitt i Höjdsala. Vi var där och på "
                          "Fritidsgården Lyktan. Föreningen Bron är undantaget.\n")
    assert ("Kajutan", "WORKPLACE") in got and ("Fritidsgården Lyktan", "WORKPLACE") in got
    assert ("Föreningen Bron", "WORKPLACE") in got
