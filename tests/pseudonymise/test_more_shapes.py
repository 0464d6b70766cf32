"""Shapes found on the second batch of development transcripts: firms and clubs by their shape,
ages set off after a name, greetings before a name, words that only look like compounds."""
import pytest

from .conftest import found


@pytest.mark.parametrize("text, span", [
    ("Paweł fick jobb på Bygg & Måleri i Norr AB.", "Bygg & Måleri i Norr AB"),
    ("jag jobbar på Städ & Fönsterputs Öst AB, jag städar", "Städ & Fönsterputs Öst AB"),
    ("en arbetsplatsolycka, på Norrskens Åkeri, och", "Norrskens Åkeri"),
    ("och nu spelar han i IK Tallmon, i P13.", "IK Tallmon"),
    ("självförsvar med Kråkbergets Boxningsklubb. Och", "Kråkbergets Boxningsklubb"),
    ("i Sankt Olofs församlingshem. Det var", "Sankt Olofs församlingshem"),
    ("mamman fick jobb på Vindåkers lasarett som barnmorska", "Vindåkers lasarett"),
])
def test_workplaces_by_shape(detector, text, span):
    assert (span, "WORKPLACE") in found(detector, text)


@pytest.mark.parametrize("text", [
    "Hon sa Hej Klubben.", "Vi pratade med Socialtjänsten Vård och omsorg.",
    "Vi läste Svenska Dagbladet.",
])
def test_no_workplace_from_ordinary_words(detector, text):
    assert not any(t == "WORKPLACE" for _, t in found(detector, text))


def test_ages_and_dates(detector):
    got = found(detector, "Nicolai, han är 12, Esmeralda, nio, och Django, sex. Bảo och Minh, "
                          "de är tio. Han är 15 år och tre månader nu. Datum 15/11 2022.")
    for span in ("12", "nio", "sex", "tio", "15 år och tre månader"):
        assert (span, "AGE") in got
    assert ("15/11 2022", "DATE") in got
    assert not any(t == "AGE" for _, t in found(detector, "Se Tabell, 4. Avsnitt 2, 3."))


def test_names_that_look_like_compounds_and_greetings(detector):
    got = found(detector, "Nu ringer Nermina mig. Tack Goran för i dag. Maria Tack berättar.")
    assert ("Nermina", "PERSON") in got and ("Goran", "PERSON") in got
    assert ("Maria Tack", "PERSON") in got
    assert not any(text.startswith("Tack ") for text, _ in got)


def test_lower_case_listed_names_even_frequent_ones(detector):
    got = found(detector, "jag pratade med anna igår och sen kom mehmet. En kille, dino, "
                          "blev slagen. Han kände liv i kroppen.")
    assert {("anna", "PERSON"), ("mehmet", "PERSON"), ("dino", "PERSON")} <= got
    assert not any(t == "liv" for t, _ in got)


def test_report_words_stay(detector):
    text = "2. Selektiv Nivå: Föräldrastöd och Föräldrasamverkan. Skattning och " \
           "Implementeringen av Föräldraträffar."
    assert found(detector, text) == set()


def test_a_lower_case_word_after_someone_heter_is_a_name(detector):
    got = found(detector, "hon heter nhung och är sju. Hennes bror, han kallas mo av alla.")
    assert {("nhung", "PERSON"), ("mo", "PERSON")} <= got
    assert found(detector, "Metoden heter trappan. Det heter som det heter.") == set()


def test_a_firm_named_by_what_it_makes_or_cooks(detector):
    text = ("Pappan jobbar natt på Hjortkulla Kyckling. Mamman driver Sawasdee Thai vid "
            "torget.\n")
    spans = [(s.start, s.end) for s in detector.detect(text) if s.type != "DATE"]
    for word in ("Hjortkulla", "Kyckling", "Sawasdee", "Thai"):
        at = text.index(word)
        assert any(a <= at < b for a, b in spans), word


def test_a_firm_named_by_what_it_cooks_is_a_workplace_not_a_person(detector):
    text = "Ja, jag jobbar på Sawasdee Thai, restaurangen vid torget.\n"
    assert ("Sawasdee Thai", "WORKPLACE") in {(s.text, s.type) for s in detector.detect(text)}


def test_a_firm_named_by_its_technology_or_its_wood_is_a_workplace(detector):
    text = ("Vaara Malmteknik tog emot sex feriepraktikanter. Han är på Tornedalens Bergteknik. "
            "Och samtidigt tog Tallmo Trä bort ett skift.\n")
    got = {(s.text, s.type) for s in detector.detect(text)}
    assert {("Vaara Malmteknik", "WORKPLACE"), ("Tornedalens Bergteknik", "WORKPLACE"),
            ("Tallmo Trä", "WORKPLACE")} <= got


def test_a_local_newspaper_is_a_workplace_and_a_national_one_stays(detector):
    text = ("Ja, det stod i Skånska Dagbladet. Ni nämner NSD – Norrländska Socialdemokraten? "
            "Och i Hallands Nyheter. Jag läser Svenska Dagbladet och Dagens Nyheter.\n")
    got = {(s.text, s.type) for s in detector.detect(text)}
    assert {("Skånska Dagbladet", "WORKPLACE"), ("Norrländska Socialdemokraten", "WORKPLACE"),
            ("Hallands Nyheter", "WORKPLACE")} <= got
    national = text.index("Svenska Dagbladet")
    assert not [s for s in detector.detect(text) if s.end > national]


def test_where_one_works_at_night_or_in_the_kitchen_is_a_workplace(detector):
    text = ("Hans mamma jobbar natt på Vänerpack och sover på morgonen. Den mamman jobbar i "
            "köket på Krua Siam vid torget. Hon jobbar på Anna Berg, som vi sa.\n")
    got = {(s.text, s.type) for s in detector.detect(text)}
    assert {("Vänerpack", "WORKPLACE"), ("Krua Siam", "WORKPLACE"),
            ("Anna Berg", "PERSON")} <= got


def test_a_shop_named_by_a_words_genitive_inside_a_sentence(detector):
    text = ("Han ordnade praktik på Ripans bageri på Gruvgatan. Nu jobbar jag på Kyrkbackens "
            "pizzeria. Skolans kök är stort. Jag har salongen bredvid Yings restaurang.\n")
    got = {(s.text, s.type) for s in detector.detect(text)}
    assert {("Ripans bageri", "WORKPLACE"), ("Kyrkbackens pizzeria", "WORKPLACE")} <= got
    assert not [t for t, _ in got if t.startswith(("Skolans", "Yings restaurang"))]


def test_the_mine_or_mill_a_town_lives_on_is_a_workplace_a_brand_is_kept(detector):
    text = ("Hon städar på LKAB då. Han jobbar på SSAB, natt. LKAB:s nya gruva. "
            "Vi köpte en Volvo på IKEA.\n")
    got = {(s.text, s.type) for s in detector.detect(text)}
    assert {("LKAB", "WORKPLACE"), ("SSAB", "WORKPLACE"), ("LKAB:s", "WORKPLACE")} <= got
    assert not {t for t, _ in got} & {"Volvo", "IKEA"}


def test_a_sports_club_by_its_initials_is_a_workplace(detector):
    text = "Han spelar i KIF. VIF:s damlag vann. Skicka en GIF. SSK ringde om såret.\n"
    got = {(s.text, s.type) for s in detector.detect(text)}
    assert {("KIF", "WORKPLACE"), ("VIF:s", "WORKPLACE")} <= got
    assert not {t for t, _ in got} & {"GIF", "SSK"}
