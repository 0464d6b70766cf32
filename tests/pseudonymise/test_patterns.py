"""Identifiers with a shape: personnummer with its checksum, phones, e-mail, addresses, dates,
ages."""
import pytest

from qualcoder_htl.pseudonymise import addresses, ages, patterns


def found(finder, text):
    return [(s.text, s.score) for s in finder(text)]


@pytest.mark.parametrize("pnr", ["101203-7014", "1012037014", "19101203-7014",
                                 "191012037014", "20101203-7014", "101203+7014"])
def test_personnummer_forms_with_valid_checksum(pnr):
    assert found(patterns.find_personnummer, f"Hans nummer är {pnr}.") == [(pnr, 1.0)]


def test_personnummer_checksum_decides_the_score():
    assert patterns.luhn_ok("1012037014")
    assert not patterns.luhn_ok("1012037015")
    # a wrong check digit still looks like a personnummer (a typing error identifies too)
    assert found(patterns.find_personnummer, "nummer 101203-7015") == [("101203-7015", 0.5)]
    # not a date: not a personnummer
    assert found(patterns.find_personnummer, "kod 101399-7014") == []


def test_samordningsnummer_day_plus_sixty():
    ten = "1012637010"
    check = (10 - sum((d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
                      for i, d in enumerate(map(int, ten[:9]))) % 10) % 10
    number = f"{ten[:6]}-{ten[6:9]}{check}"
    assert found(patterns.find_personnummer, f"samordningsnummer {number}") == [(number, 1.0)]


@pytest.mark.parametrize("phone", ["070-174 06 58", "0701740658", "070 174 06 58",
                                   "+46 70 174 06 58", "08-12 34 56", "0611-34 71 05",
                                   "0563-194 20", "031-123 45 67"])
def test_swedish_phone_numbers(phone):
    assert [t for t, _ in found(patterns.find_phone, f"Ring {phone} i morgon.")] == [phone]


def test_phone_not_years_scores_or_personnummer():
    text = "Det var 2019-2021, det slutade 3-1 och hon föddes 101203-7014."
    assert found(patterns.find_phone, text) == []


def test_a_chat_export_date_and_time_is_no_phone_number():
    text = "18/09/2026 21:47 - kajjen: ciwo är du kvar?\n03/10/2026 08:05 - ciwan: ja"
    assert found(patterns.find_phone, text) == []
    assert [t for t, _ in found(patterns.find_phone, "Ring 08/123 45 67.")] == ["08/123 45 67"]


def test_email():
    assert [t for t, _ in found(patterns.find_email, "Mejla anna.soderlund@alvbacka.se!")] \
        == ["anna.soderlund@alvbacka.se"]


def test_street_address_and_postcode():
    text = "Vi bor på Granvägen 14, 853 51 Älvbacka. Förut på Storgatan 3B och Björkstigen."
    assert [t for t, _ in found(addresses.find_address, text)] == [
        "Granvägen 14", "Storgatan 3B", "853 51 Älvbacka", "Björkstigen"]


@pytest.mark.parametrize("date", ["14 oktober", "den 14 oktober", "den 3:e mars",
                                  "14 oktober 2019", "2019-10-14", "åttonde oktober",
                                  "måndagen den 3 december", "14/10"])
def test_exact_dates(date):
    # the date alone: a leading "den" is the article, not part of it
    expected = date[4:] if date.startswith("den ") else date
    assert [t for t, _ in found(patterns.find_dates, f"Det var {date} som vi sågs.")] == \
        [expected]


def test_not_exact_dates():
    text = "Det var hösten 2019, i mars, och den första omgången på 1/3-15/3."
    assert [t for t, _ in found(patterns.find_dates, text)] == ["1/3"]


def test_a_month_of_a_year_is_suggested_with_a_lower_score():
    # "augusti 2023" tells when someone came or began: a date by the project's marking rules,
    # but weaker evidence than a day, so the reviewer sees it with a lower score
    text = "Jag har varit samordnare sen start, alltså augusti 2023. Vi kom i April 2022."
    dates = [s for s in patterns.find_dates(text)]
    assert [(s.text, s.score) for s in dates] == [("augusti 2023", 0.5), ("April 2022", 0.5)]


@pytest.mark.parametrize("text, date", [("Transkr.: JR 20/3-25. Intervjun", "20/3-25"),
                                        ("Datum: 29/3-22   Plats: samtalsrum", "29/3-22"),
                                        ("efter intervjun, 7/2 -23, ej för citat", "7/2 -23")])
def test_day_slash_month_dash_year(text, date):
    assert [t for t, _ in found(patterns.find_dates, text)] == [date]


@pytest.mark.parametrize("text,age", [
    ("min son, han är nio år.", "nio år"), ("en 12-åring som", "12-åring"),
    ("en tolvåring", "tolvåring"), ("hon fyller tio i december", "tio"),
    ("hon är tre, snart fyra", "tre"), ("en flicka på tio år", "tio år"),
    ("hon är 8 år gammal", "8 år gammal"), ("Och jag själv är sextiotvå, så.", "sextiotvå"),
    ('deltagare: Abdirahman "Abdi" (15), Rojhat (14)', "15"), ("Sunná L. (16), Wahid", "16")])
def test_ages(text, age):
    assert age in [t for t, _ in found(ages.find_ages, text)]


def test_durations_are_not_ages():
    text = "Jag har jobbat här i tre år. För två år sedan. Det är två skolor."
    assert found(ages.find_ages, text) == []


def test_a_month_and_a_short_year_in_notes():
    text = "- abdi h. – praktik från 1/6 2020, anst jan -21. kolla"
    assert "jan -21" in [t for t, _ in found(patterns.find_dates, text)]


def test_ages_in_brackets_after_the_speakers_initial():
    text = 'Deltagare: Khadar (K, 14), Bohdan "Bodja" (B, 15), Ánte (Á, 16).'
    assert sorted(t for t, _ in found(ages.find_ages, text)) == ["14", "15", "16"]


def test_an_abbreviated_month_with_a_whole_year_is_a_date():
    got = {t for t, _ in found(patterns.find_dates,
                               "papper från jan 2020. sen dec 2022 och feb. 2021.")}
    assert got == {"jan 2020", "dec 2022", "feb. 2021"}


def test_a_date_with_dots_opening_a_line_of_notes_and_no_address_over_a_line_break():
    text = "14.11.2023, Kajkaffet i Tallbacken\n12.3.25 fam.centralen, ca 75 min.\n2.1 Grunden\n"
    dates = [t for t, _ in found(patterns.find_dates, text)]
    assert dates == ["14.11.2023", "12.3.25"]  # (not "2.1", a heading's number)
    assert found(patterns.find_address, text) == []


@pytest.mark.parametrize("text, address", [
    ("- nazdar bor tallstigen – sahra känner henne.", "tallstigen"),
    ("- möte på kvarngatan 12b lgh 1104 kl 17", "kvarngatan 12b lgh 1104"),
    ("- Lgh 1102, tredje våningen.", "Lgh 1102"),
])
def test_streets_and_flats_as_notes_write_them(text, address):
    assert [t for t, _ in found(patterns.find_address, text)] == [address]


def test_a_common_noun_of_a_street_or_a_square_in_notes_is_no_address():
    text = "- bråk vid busstorget, sen till järnvägen."
    assert found(patterns.find_address, text) == []


def test_a_number_of_a_places_area_code_in_lower_case():
    from qualcoder_htl.pseudonymise.neighbours import lower_listed_places
    text = "Det är mitt gamla malmönummer (jobbmobil, umeånr). Telefonnummer och personnummer."
    assert [s.text for s in lower_listed_places(text, [])] == ["malmönummer", "umeånr"]


@pytest.mark.parametrize("text", [
    "Datum: 8 november 2023, kl. 13.00–14.10, konferensrummet",
    "Datum: 2024-03-14, 10.05–11.40",
    "Göran gick kl. 15.10.",
    "Sista bussen går 18.10, sen är det slut.",
    "[Inspelningen avslutas 19.05.]",
    "Tabell 5.1 visar frånvaron per skola.",
    "Det diskuteras i avsnitt 2.5 och i 6.4.",
    "vårdnadshavare (3.1), HTL-team skola (3.2)",
])
def test_a_clock_time_or_a_section_number_is_no_date(text):
    got = [s.text for s in patterns.find_all(text) if s.type == "DATE"]
    assert not [d for d in got if "." in d and len(d) <= 5], got


@pytest.mark.parametrize("text, date", [
    ("Vi ses 19.05 på Fyren.", "19.05"),
    ("Hon kom den 13.10 med papperen.", "13.10"),
    ("Mötet 3.2 blev inställt.", "3.2"),
])
def test_a_day_and_month_with_a_dot_is_still_a_date_elsewhere(text, date):
    assert date in [s.text for s in patterns.find_all(text) if s.type == "DATE"]


@pytest.mark.parametrize("text", [
    "Jag har varit anställd i två år och tre månader, men jag har gjort det gratis.",
    "Jag var bokförare, femton år på samma företag.",
    "Så det är snart två år. Innan mig var det Therese.",
    "Det blir snart trettio år, först som lärare.",
    "Målen var tre: minskad frånvaro, ökad trygghet.",
    "Hur länge har du jobbat där? Snart tre år, först via bemanning.",
])
def test_a_time_spent_is_no_age(text):
    assert not [s.text for s in ages.find_ages(text)]


@pytest.mark.parametrize("text, age", [
    ("Hur gammal är Yasin? Två år och två månader.", "Två år och två månader"),
    ("Hon är två år och tre månader nu.", "två år och tre månader"),
    ("Han är snart sju år.", "sju år"),
])
def test_an_age_said_exactly_or_after_its_verb_stays_an_age(text, age):
    assert age in [s.text for s in ages.find_ages(text)]
