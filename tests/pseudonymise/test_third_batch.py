"""Shapes found on the third batch of development transcripts (corpora/dev, ``*_c``): other
countries' phone numbers, a child named by her class, a family or gang named after someone,
institutions set off with a comma, associations of a people, schools after a town's name."""
import pytest

from .conftest import found


@pytest.mark.parametrize("text, span", [
    ("Och jag har bara min norska, +47 912 34 567, sorry.", "+47 912 34 567"),
    ("Hans finska nummer är +358 40 123 4567.", "+358 40 123 4567"),
    ("Ring kontoret i London, +44 (0)20 7946 0958, på fredag.", "+44 (0)20 7946 0958"),
])
def test_other_countries_phone_numbers(detector, text, span):
    assert (span, "PHONE") in found(detector, text)


@pytest.mark.parametrize("text", ["Det var +5 grader ute.", "Resultatet blev +12 procent.",
                                  "Poängen gick från 3 till +15 på ett år."])
def test_signed_numbers_are_no_phone_numbers(detector, text):
    assert not any(t == "PHONE" for _, t in found(detector, text))


@pytest.mark.parametrize("text, name", [
    ("Ett exempel: Nova i fyran. Hon slutade äta.", "Nova"),
    ("Saga i femman, hennes pappa frågade om läxorna.", "Saga"),
])
def test_a_child_named_by_her_class(detector, text, name):
    assert (name, "PERSON") in found(detector, text)


def test_a_tale_in_the_fourth_grade_is_no_name(detector):
    assert not any(t == "PERSON" for _, t in found(detector, "Vi läste en saga i fyran."))


@pytest.mark.parametrize("text, span", [
    ("I min klass hade vi en tuff period med Bergkvistgänget, tre pojkar.", "Bergkvistgänget"),
    ("Han har Karlssons-ungarna och hela den släkten.", "Karlssons-ungarna"),
])
def test_groups_named_after_someone(detector, text, span):
    assert (span, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text, span, typ", [
    ("Och hon hjälpte honom att gå med i en grupp på Kvarnen, fritidsgården.", "Kvarnen",
     "WORKPLACE"),
    ("Och Kvarnforshem, bostadsbolaget, det har varit svårt.", "Kvarnforshem", "WORKPLACE"),
    ("Jag hoppas att Afghanska kulturföreningen Omid kan hjälpa.",
     "Afghanska kulturföreningen Omid", "WORKPLACE"),
    ("Vi firade med Kurdiska föreningen i Kvarnfors i Folkets hus.",
     "Kurdiska föreningen i Kvarnfors", "WORKPLACE"),
    ("En kurs för mig, svenska, på Kvarnfors folkhögskola.", "Kvarnfors folkhögskola",
     "SCHOOL"),
    ("Pappan fick jobb på Kvarnfors Energi förra året.", "Kvarnfors Energi", "WORKPLACE"),
])
def test_institutions_beside_their_kind(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


@pytest.mark.parametrize("text", [
    "Och skolan, Socialtjänsten, familjecentralen, alla var med.",
    "Jag ringde på mobilen, familjecentralen, Socialtjänsten.",
    "Vi är med i Svenska kyrkan sedan länge.",
])
def test_lists_of_institutions_stay(detector, text):
    assert not any(t in ("WORKPLACE", "PERSON") for _, t in found(detector, text))


@pytest.mark.parametrize("text, span", [
    ("Det är barn på Lerbäcken som inte kommer till skolan.", "Lerbäcken"),
    ("IP: Från Qamishli, i Syrien. Vi kom 2015.", "Qamishli"),
    ("Vi är från Hải Phòng, men min mamma bor kvar.", "Hải Phòng"),
    ("Sen 2018 vi flyttade hit till Kvarnfors för jobbet.", "Kvarnfors"),
])
def test_places_typed_by_the_words_around_them(detector, text, span):
    types = {t for s, t in found(detector, text) if s == span}
    assert types == {"PLACE"}, found(detector, text)


def test_people_on_something_stay_people(detector):
    got = found(detector, "Jag väntade på Amra hela dagen, och Lina satt vid Ahmed.")
    assert ("Amra", "PERSON") in got and ("Ahmed", "PERSON") in got


def test_a_word_like_name_in_lower_case_as_a_subject(detector):
    """"Liv" is a name in this project; "liv är lite blyg" is her, "mitt liv är" is not."""
    project = {"Liv": "PERSON"}
    text = "Saba: liv är lite blyg. Men mitt liv är bra nu. Ett liv i Sverige."
    got = detector.with_project_names(text, detector.detect(text), project)
    hits = [(s.start, s.text) for s in got if s.text == "liv"]
    assert hits == [(text.index("liv"), "liv")]


# --- the fourth batch (corpora/dev, ``*_d``) ---------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Och från Biret Kuhmunen på Lingonheden.", "Biret Kuhmunen"),
    ("Seppo: Biret Kuhmunen. Hon är från en renskötarfamilj.", "Biret Kuhmunen"),
    ("Bara hans mormor säger Maxamed, på somaliskt sätt.", "Maxamed"),
    ("Det är de som har det stökigt. Ebbe, Otto, Sigge, Bris.", "Bris"),
    ("Det finns ett barn som heter Sky i hela byn.", "Sky"),
])
def test_word_like_and_unlisted_names_by_their_neighbours(detector, text, span):
    assert (span, "PERSON") in found(detector, text), found(detector, text)


@pytest.mark.parametrize("text, handle", [
    ("Han har ett användarnamn på Discord, LoloKing77, som alla vet.", "LoloKing77"),
    ("Hon hade ett konto på TikTok, sasha.w.2009, där hon la upp saker.", "sasha.w.2009"),
    ("Han sa det i morse. HevalTheBeast2015.", "HevalTheBeast2015"),
])
def test_user_names(detector, text, handle):
    assert (handle, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text", [
    "Vi körde Windows10 och PS5 på fritids.", "Vi kollade på TikTok, Instagram och Snapchat.",
    "Det blåser en frisk bris från havet.",
    "Och sen en från Socialtjänsten, Ivana Marić, hon var snäll.",
])
def test_what_only_looks_like_those_stays(detector, text):
    got = found(detector, text)
    assert not any(s in ("Windows10", "PS5", "TikTok", "Instagram", "Snapchat", "bris",
                         "Socialtjänsten") for s, _ in got), got


@pytest.mark.parametrize("text, span", [
    ("Årets Nobelpris i litteratur till Mo Yan lär öka takten.", "Mo Yan"),
    ("En ny generation ledare med Xi Jinping i spetsen.", "Xi Jinping"),
])
def test_a_short_family_name_before_the_given_name(detector, text, span):
    assert (span, "PERSON") in found(detector, text)


# --- the fifth batch (corpora/dev, ``*_e``) ----------------------------------------------------

@pytest.mark.parametrize("text, span, typ", [
    ("Min kusin Taras bodde redan här, han jobbar på gjuteriet.", "Taras", "PERSON"),
    ("Grannarna är snälla. Tant Maj på tredje våningen hjälper oss.", "Maj", "PERSON"),
    ("Sofiia kallar henne babusia Maj. Hon läser en saga för barnen.", "Maj", "PERSON"),
    ("Vi bor i Skärvalla. Sedan kopplade vi in Skärvallahem om en lägenhet.", "Skärvallahem",
     "WORKPLACE"),
])
def test_kin_before_a_name_and_a_towns_housing_company(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


def test_a_lower_case_name_after_the_coach_is_called(detector):
    text = 'Maks sa: "Pappa, tränaren heter sten, som en sten."'
    spans = [(s.start, s.text) for s in detector.detect(text) if s.text == "sten"]
    assert spans == [(text.index("sten"), "sten")]


def test_a_bath_house_is_no_housing_company(detector):
    assert not found(detector, "Det var ett Bostadshus och ett Radhus.")


@pytest.mark.parametrize("text, age", [
    ("en av tjejerna, Ros, 15, har sökt till musiklinjen", "15"),
    ("Seppo: Jo. Seppo Alatalo, 46. Född och uppvuxen här.", "46"),
    ("Ebbe, han är tio. Och Viola, sju. Båda går i skolan.", "sju"),
    ("Och jag är Dilan. 34. Född i Mardin.", "34"),
    ("Hon hade ansvar för hela familjen vid tolv års ålder.", "tolv"),
])
def test_ages_beside_a_name(detector, text, age):
    assert (age, "AGE") in found(detector, text)


@pytest.mark.parametrize("text", ["Se Tabell, 4. Avsnitt 2, 3.", "Kapitel Fem, 45.",
                                  "Kommunen, 2023.", "Anna. Tre saker till."])
def test_numbers_beside_words_are_no_ages(detector, text):
    assert not any(t == "AGE" for _, t in found(detector, text))


@pytest.mark.parametrize("text, span, typ", [
    ("Vi var i Gäddeby bygdegård hela kvällen.", "Gäddeby bygdegård", "WORKPLACE"),
    ("Innan dess var jag rektor på Lönnhults friskola.", "Lönnhults friskola", "SCHOOL"),
    ("Hon läser SFI på Tornvalls vuxenutbildning.", "Tornvalls vuxenutbildning", "SCHOOL"),
    ("Uppföljningen har genomförts av Institutet för Samhällsstudier i Mellannorrland.",
     "Institutet för Samhällsstudier i Mellannorrland", "WORKPLACE"),
])
def test_a_places_institutions(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


def test_a_national_institute_stays(detector):
    assert not found(detector, "Institutet för språk och folkminnen ger råd om namn.")


def test_a_day_with_an_abbreviated_month_and_a_stop(detector):
    """"12 feb." once crashed the date finder (the month read as a number)."""
    assert ("12 feb.", "DATE") in found(detector, "Nästa besök 12 feb. kl 10, hemma hos dem.")


# --- the sixth batch (corpora/dev, ``*_f``) ----------------------------------------------------

def test_word_like_nicknames_as_speaker_labels(detector):
    text = ("Dille: Ska jag börja? Jag heter Dilan men alla säger Dille.\n"
            "Ice: Ice. Och innan ni frågar.\nDille: Vad är HTL?\nIce: Jag tycker det är tryggt.\n"
            "Tolk: Hon säger att det är bra.\nTolk: Ja.\nBakgrund: Familjen kom 2015.\n")
    got = [(s.start, s.text) for s in detector.detect(text) if s.type == "PERSON"]
    for label in ("Dille", "Ice"):
        starts = [i for i, line in enumerate(text.split("\n")) if line.startswith(label + ":")]
        assert len([1 for _, t in got if t == label]) >= len(starts), got
    assert not any(t in ("Tolk", "Bakgrund") for _, t in got)


@pytest.mark.parametrize("text, span", [
    ("Och så har vi föräldrar som hjälper. Kubas mamma, Agnieszka, hon läser.", "Kubas"),
    ("Thai-svensk familj, deras son heter Bank, som banken.", "Bank"),
    ("Och nationellt var fokus på annat. Hallengren pratade om äldreomsorgen.", "Hallengren"),
])
def test_names_by_kin_naming_and_speech(detector, text, span):
    assert (span, "PERSON") in found(detector, text)


def test_a_countrys_government_stays(detector):
    assert not found(detector, "Sveriges regering beslutade och Polens president kom.")


def test_every_name_after_heter_in_a_list(detector):
    got = found(detector, "Namnen: barnen heter Precious, Gift, Hoa och Kaj. Flera är ord.")
    for name in ("Gift", "Kaj"):
        assert (name, "PERSON") in got, got
    assert not any(s == "är" for s, _ in found(detector, "hon heter nhung och är sju."))


def test_a_name_given_after_heter_spreads_through_the_text(detector):
    text = "Kebbe: Han heter Bank. Typ, bro.\nDille: Ice och Bank. Er familj är så random."
    from qualcoder_htl.pseudonymise import propagation
    first = detector.detect(text)
    got = detector.with_project_names(text, first, propagation.names_in(first))
    assert [s.start for s in got if s.text == "Bank"] == [text.index("Bank"),
                                                          text.rindex("Bank")]


# --- reference lists and citations ----------------------------------------------------------

def test_citations_and_reference_entries(detector):
    got = found(detector, "Enligt Marmot (2010) och Wilkinson och Pickett (2009) gäller det.")
    assert ("Pickett", "PERSON") in got
    got = found(detector, "Referenser\nAhlqvist, K. (2019). Tillit i skolan. Lund: Studentlitt.\n"
                          "Omar, H. & Nilsson, P. A. (2021). Brobyggare. Stockholm: Liber.")
    for span in ("Ahlqvist", "Omar", "Nilsson"):  # initials alone identify no one: they stay
        assert (span, "PERSON") in got, got


@pytest.mark.parametrize("text", ["Rapporten (2019) visar samma sak.",
                                  "Skolverket (2020) skriver om det."])
def test_a_report_or_authority_before_a_year_stays(detector, text):
    assert not found(detector, text)
