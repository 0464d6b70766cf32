"""Identifiers with a shape that notes write their own way: a file's name with a date and a
name in it, an e-mail address written against robots, a postcode after a street without its
town, a personnummer whose check digit is wrong."""
from __future__ import annotations

import pytest


def found(detector, text):
    return {(s.text, s.type) for s in detector.detect(text)}


@pytest.mark.parametrize("text, date", [
    ("Fil: Xelil_hembesok_2021-05-19.docx", "2021-05-19"),
    ("Filnamn: ledn_omg2_int6_yilmaz_20211130.vtt", "20211130"),
    ("- ljudfil: semhar_210922.m4a", "210922"),
])
def test_a_date_in_a_files_name(detector, text, date):
    assert (date, "DATE") in found(detector, text)


def test_a_capitalised_name_in_a_files_name_and_what_is_no_date(detector):
    spans = found(detector, "Fil: Xelil_hembesok_2021-05-19.docx, Intervju_Skola_A.docx, "
                            "bild_2021-13-45.png, rapport_v3.docx")
    assert ("Xelil", "PERSON") in spans
    assert not any(t == "DATE" and "13-45" in s for s, t in spans)
    assert not any(s in ("Intervju", "Skola") for s, _ in spans)


@pytest.mark.parametrize("address", ["semhar.g(at)tanghamn.se", "anna[at]skolan.se",
                                     "bo (at) kommun (dot) se"])
def test_an_email_address_written_against_robots(detector, address):
    assert (address, "EMAIL") in found(detector, f"Mejla {address} om något.")


def test_at_in_brackets_without_an_address_is_no_email(detector):
    assert not any(t == "EMAIL" for _, t in found(detector, "Vi var (at) home, typ."))


def test_a_postcode_after_a_street_without_its_town(detector):
    spans = found(detector, "- adr tsega: båtsholmsv 7, 613 47 (stod i hennes anteckn.)\n"
                            "Hon bor på Granvägen 14, 300 meter bort.")
    assert ("båtsholmsv 7, 613 47", "ADDRESS") in spans
    assert ("Granvägen 14", "ADDRESS") in spans


@pytest.mark.parametrize("number", ["080316-5237", "090611-5028"])
def test_a_personnummer_with_a_wrong_check_digit_is_no_phone_number(detector, number):
    spans = {(s.text, s.type, s.score) for s in detector.detect(f"pnr {number} – ser fel ut?")}
    assert (number, "PERSONNUMMER", 0.5) in spans


def test_phone_numbers_with_an_area_code_stay_phone_numbers(detector):
    spans = found(detector, "Ring 0611-50 28 00 eller 0611-502800 eller 070-1740600.")
    assert {("0611-50 28 00", "PHONE"), ("0611-502800", "PHONE"),
            ("070-1740600", "PHONE")} <= spans


@pytest.mark.parametrize("text, firm", [
    ("Jag städar på Vålgårdens fjällhotell på helgerna.", "Vålgårdens fjällhotell"),
    ("Han jobbar på Rauksviks camping, hos Stig.", "Rauksviks camping"),
    ("Det var en uppstartsdag på Gransäters stadshotell i september.", "Gransäters stadshotell"),
])
def test_a_business_named_by_its_place_and_its_kind_in_lower_case(detector, text, firm):
    assert (firm, "WORKPLACE") in found(detector, text)


def test_a_persons_or_a_known_towns_business_keeps_its_name_alone(detector):
    spans = found(detector, "Jag har nagelsalongen, bredvid Yings restaurang. "
                            "Stockholms hotell är fulla.")
    assert not any(s.endswith(("restaurang", "hotell")) for s, _ in spans)


def test_a_body_named_after_its_noun_in_a_header_is_no_person(detector):
    text = ("Fokusgrupp ungdomar, fritidsgården Kåsan (Myrbacken)\n"
            "M: Vad betyder Kåsan för er?\n"
            "I: I skolan Anna sa att hon var trött.")
    types = {(s.text, s.start): s.type for s in detector.detect(text)}
    assert types[("Kåsan", text.index("Kåsan"))] == "WORKPLACE"
    assert types.get(("Anna", text.index("Anna"))) == "PERSON"


def test_a_range_of_days_is_one_date(detector):
    assert ("14–15 mars 2024", "DATE") in found(detector, "Till referensgruppen 14–15 mars 2024.")


def test_a_street_cut_short_without_its_dot_before_a_flat(detector):
    spans = found(detector, "- hembesök myrbackav 14b lgh 1102 var 17.10\nGustav 3 lgh 12 nej.")
    assert ("myrbackav 14b lgh 1102", "ADDRESS") in spans
    assert not any(t == "ADDRESS" and s.startswith("Gustav") for s, t in spans)


@pytest.mark.parametrize("club", ["Skellefteå AIK", "Nyköpings BIS"])
def test_a_towns_club_named_by_its_letters_after_the_town(detector, club):
    assert (club, "WORKPLACE") in found(detector, f"Hon spelade i {club} typ.")


def test_a_library_named_by_its_part_of_town_and_kinds_of_library(detector):
    spans = found(detector, "Vi har föräldragrupper på Hamnbiblioteket på kvällarna. "
                            "Stadsbiblioteket har öppet. Skolbiblioteket också.")
    assert ("Hamnbiblioteket", "WORKPLACE") in spans
    assert not any(s in ("Stadsbiblioteket", "Skolbiblioteket") for s, _ in spans)


def test_ages_in_notes_after_a_childs_name_or_a_kin_word(detector):
    text = ("- ny fam: mamma hilja, dottern sorina 14 slutat gå dit\n"
            "Barnen: Esme 14, lillebror 9. Nästa gång tis 12/10\n"
            "- egen son 12 år. dotter 19, uppsala.\nSonen har rum 14, bror 3 dagar.")
    ages = {(s.text, s.start) for s in detector.detect(text) if s.type == "AGE"}
    for where in ("14 slutat", "14, lillebror", "9. Nästa", "19, uppsala"):
        assert (where.split()[0].strip(".,"), text.index(where)) in ages, where
    assert not any(start in (text.index("14, bror"), text.index("3 dagar")) for _, start in ages)


def test_an_age_in_words_alone_in_brackets_after_a_name(detector):
    text = "Och i förra versionen stod Maks (elva) här. Anna (ett) sa."
    ages = {s.text for s in detector.detect(text) if s.type == "AGE"}
    assert ages == {"elva"}


@pytest.mark.parametrize("text, place", [
    ("Han bor i Hägersten i södra Stockholm.", "södra Stockholm"),
    ("Huset brann på norra Öland i fredags.", "norra Öland"),
    ("En olycka i sydvästra Värmland.", "sydvästra Värmland"),
])
def test_a_compass_point_belongs_to_the_place_after_it(detector, text, place):
    assert (place, "PLACE") in found(detector, text)


def test_a_compass_point_before_a_country_or_a_word_stays(detector):
    spans = found(detector, "Hon kom från norra Somalia. Vi gick till södra delen av skogen.")
    assert not any("norra" in s or "södra" in s for s, _ in spans)


@pytest.mark.parametrize("handle", ["tuvaaa_e", "antek_sapmi"])
def test_a_chats_sender_with_an_underscore_in_the_user_name(detector, handle):
    text = f"kago: om det e pizza\n{handle}: ta med ciwan han vill också\nkago: ok\n"
    assert (handle, "PERSON") in found(detector, text)


def test_a_phone_number_read_out_digit_by_digit(detector):
    assert ("0 7 0 1 7 4 0 6 9 1", "PHONE") in found(
        detector, "Numret är, vänta, 0 7 0 1 7 4 0 6 9 1. Eller mejla.")


@pytest.mark.parametrize("text, handle", [
    ('Och Arbër heter "ArbërOnTop16" på Fortnite.', "ArbërOnTop16"),
    ("Min är @şêxo_07 om du vill.", "@şêxo_07"),
    ("Hon heter zuzka.dąb09 på Snap.", "zuzka.dąb09"),
    ("Han kallar sig ŞerkoTheKing överallt.", "ŞerkoTheKing"),
])
def test_user_names_in_the_letters_of_every_script(detector, text, handle):
    assert (handle, "PERSON") in found(detector, text)


@pytest.mark.parametrize("number", ["noll åtta 465 00 447", "noll sju noll 174 06 38"])
def test_a_phone_number_read_out_half_in_words(detector, number):
    assert (number, "PHONE") in found(detector, f"Mig kan ni ringa, {number}. Det är mitt.")


def test_counting_from_nought_is_no_phone_number(detector):
    assert not [t for t, typ in found(detector, "Det blev noll 2 i matchen, noll, ett, två.")
                if typ == "PHONE"]


@pytest.mark.parametrize("word", ["Göteborgsnummer", "Stockholmsområdet", "Ölandssidan"])
def test_a_place_run_together_with_its_number_or_part(detector, word):
    assert (word, "PLACE") in found(detector, f"Det är ett gammalt {word}, sa hon.")


def test_a_country_or_a_word_run_together_stays(detector):
    assert not found(detector, "Det var Sverigedelen och Tallnummer sju.") & {
        ("Sverigedelen", "PLACE"), ("Tallnummer", "PLACE")}


def test_a_chats_sender_named_by_letters_and_a_year_but_not_a_numbered_role(detector):
    spans = found(detector, "mustiii_16: e ni på ankaret\nlovekingz09: ja kom ner\n"
                            "talare12: ja\n")
    assert ("lovekingz09", "PERSON") in spans
    assert not any(s.startswith("talare") for s, _ in spans)


def test_a_by_name_everyone_says(detector):
    text = "Hon beter sig som trettio. (skrattar) Bero, vi säger Bero, hon hade ont i magen."
    assert ("Bero", "PERSON") in found(detector, text)


@pytest.mark.parametrize("text, people", [
    ("Hon delar Lägesrapport_vt26_MajBritt_Ros_kommentarer_Sten.docx på skärmen.",
     ["MajBritt", "Ros", "Sten"]),
    ("Fil: HTL_barnteam_Haddad_Ek_Sol_uppfoljning.xlsx", ["Haddad", "Ek", "Sol"]),
    ("Se Rapport_Juni_2026_Dag.docx och Protokoll_Alla_Dag.docx.", []),
])
def test_word_like_names_in_a_file_name_that_names_people(detector, text, people):
    assert [s.text for s in detector.detect(text) if s.type == "PERSON"] == people


def test_a_file_named_without_its_extension(detector):
    got = found(detector, "Filen Holmgren_Storm_Ljung sparas på den krypterade disken. Mappen "
                          "heter Intervjuer_Ali_Berg.\n")
    assert {("Holmgren", "PERSON"), ("Storm", "PERSON"), ("Ljung", "PERSON"), ("Ali", "PERSON"),
            ("Berg", "PERSON")} <= set(got)


def test_a_discord_senders_line(detector):
    text = ("——— 27 februari 2026 ———\n"
            "mattek2010 — 21:15\nmeee. om mormor säger ok\n"
            "fridfrid_ — 21:17\nja!! men jag måste ta bussen först\n"
            "lilla.horvath — igår 21:22\nlilla jag kan inte cykla 4 mil\n")
    got = {t for t, typ in found(detector, text) if typ == "PERSON"}
    assert {"mattek2010", "fridfrid_", "lilla.horvath"} <= got
