"""First names that a gazetteer also lists as places, typed as people where the words around
them say so: a kin word before, a role set off after, a verb of doing after. The sentences are
written for these tests; none comes from the evaluation sets."""
import re

import pytest

from qualcoder_htl.pseudonymise.detector import names_in_project

from .conftest import found


@pytest.mark.parametrize("text, name", [
    ("Jag har hand om min dotterson Ilo sedan hans mamma blev sjuk.", "Ilo"),
    ("Vi hälsar på hennes barnbarn Nada varje söndag.", "Nada"),
    ("Ilo åker buss en timme om dagen.", "Ilo"),
    ("Först kom Nada, kurator. Hon pratar inte kurdiska.", "Nada"),
    ("Vi pratade med Grace, skolsköterskan på Skarvudden, hon har koll.", "Grace"),
])
def test_a_listed_first_name_is_a_person_where_kin_role_or_deed_says_so(detector, text, name):
    assert (name, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text, place", [
    ("Vi bodde i Tensta, mamma jobbade där.", "Tensta"),
    ("Hon flyttade till Nada, rektor blev hon där.", "Nada"),
])
def test_a_place_before_a_comma_stays_a_place(detector, text, place):
    assert (place, "PLACE") in found(detector, text)


def test_a_word_in_the_genitive_before_a_plain_institution_noun_names_it(detector):
    got = found(detector, "Winta är fjorton, hon går på Ekbackens skola nu, i åttan.")
    assert ("Ekbackens skola", "SCHOOL") in got
    assert not found(detector, "Vi var på kommunens bibliotek och sen på Sveriges skolor.")


def test_the_place_a_school_is_named_after_is_a_place_elsewhere(detector):
    from qualcoder_htl.pseudonymise.detector import names_in_project
    texts = ["Hon är lärare på Tegelbrukets skola sedan i höstas.",
             "Jag är uppvuxen i Tegelbruket, och jag har jobbat där sen dess."]
    first = [detector.detect(t) for t in texts]
    project = names_in_project(first)
    assert project.get("Tegelbruket") == "PLACE"
    assert ("Tegelbruket", "PLACE") in {(s.text, s.type) for s in detector.with_project_names(
        texts[1], first[1], project)}


@pytest.mark.parametrize("text, name", [
    ("Vi träffades på en fest hos Föreningen Víctor Jara, den chilenska föreningen.",
     "Föreningen Víctor Jara"),
    ("Mammorna kommer från kvinnoföreningen Ubah varje tisdag.", "Ubah"),
    ("Han jobbar på ett städbolag, Städbolaget Glansen, i Huddinge.", "Glansen"),
])
def test_an_association_or_firm_named_after_a_kind_noun_is_a_workplace(detector, text, name):
    assert (name, "WORKPLACE") in found(detector, text)


@pytest.mark.parametrize("text, place", [
    ("Tomek jobbade först i Köpenhamn på bygge.", "Köpenhamn"),
    ("tomek jobbade först i danmark i köpenhamn på bygge", "köpenhamn"),
    ("Mormor bor i Helsingfors men är här mycket.", "Helsingfors"),
    ("Familjen flydde till Dadaab, lägret i Kenya.", "Dadaab"),
])
def test_swedish_names_of_foreign_cities_are_places(detector, text, place):
    assert (place, "PLACE") in found(detector, text)


@pytest.mark.parametrize("text", [
    "Agnieszka sa det. Min son, Kuba, var sex när vi kom.",
    "Agnieszka sa det. Kuba, han går i min klass.",
])
def test_a_country_used_as_a_by_name_set_off_or_taken_up_is_a_person(detector, text):
    assert ("Kuba", "PERSON") in found(detector, text)


def test_a_country_after_till_stays_a_country(detector):
    got = found(detector, "Agnieszka sa det. Vi åkte till Kuba, han tyckte det var varmt.")
    assert not any(t == "Kuba" for t, _ in got)


def test_a_name_that_splits_into_a_word_and_a_rare_short_tail_is_no_compound(detector):
    from qualcoder_htl.pseudonymise import lexicon
    assert not lexicon.is_compound_word("Valdrin")  # not "vald" + "rin"
    assert lexicon.is_compound_word("skolgården") and lexicon.is_compound_word("Bilplåt")
    got = found(detector, "Sten: Valdrin är bra, men han är lite av en ensamvarg.")
    assert ("Valdrin", "PERSON") in got


@pytest.mark.parametrize("text, whose", [
    ("Dag Lindqvist ringde. Och han körde oss dit, i Dags bil, han hämtade oss.", "Dags"),
    ("Linnea skickar dem. Nu är vi med i Linneas utskick och på mötena.", "Linneas"),
])
def test_a_genitive_after_i_before_what_is_owned_is_whose_not_where(detector, text, whose):
    assert (whose, "PERSON") in found(detector, text)


def test_an_author_cited_with_a_year_is_a_person(detector):
    text = "Verksamheten hade i uppdrag att samverka med dem (jfr Kaya 2019)."
    assert ("Kaya", "PERSON") in found(detector, text)


@pytest.mark.parametrize("text, places", [
    ("De små byarna i norr, Glimsta, Sjöbyle och Bastbo, omfattades aldrig.",
     ["Glimsta", "Sjöbyle", "Bastbo"]),
    ("Det gäller alla F–6-skolor i Tornbacken och Lövås.", ["Lövås"]),
])
def test_unknown_words_in_a_list_with_places_are_places(detector, text, places):
    got = found(detector, text)
    assert all((p, "PLACE") in got for p in places), got


@pytest.mark.parametrize("text, person", [
    ("Att Gun från Fyren och Dritan från boxningsklubben sitter med.", "Dritan"),
    ("Jag har en kusin i Frankfurt, Nahom, och de är vakna länge.", "Nahom"),
])
def test_a_person_beside_a_place_is_no_place(detector, text, person):
    assert (person, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text, firm", [
    ("Serhat jobbar nu på Bengtssons Bygg & Mark. Det är bra.", "Bengtssons Bygg & Mark"),
    ("Hon jobbar på Dalbo Städ tidiga morgnar.", "Dalbo Städ"),
    ("Vi tog hjälp av ett konsultbolag, Nordlys Analys, för en kalkyl.", "Nordlys Analys"),
])
def test_firms_named_by_their_trade(detector, text, firm):
    assert (firm, "WORKPLACE") in found(detector, text)


def test_a_title_case_heading_is_no_firm(detector):
    got = found(detector, "En Samhällsekonomisk Analys ligger utanför denna rapport.")
    assert not any("Analys" in t for t, _ in got)


def test_a_by_name_said_after_an_unlisted_full_name_is_that_person_throughout(detector):
    got = found(detector, "Sen Sakariye, vi säger Saki, han är åtta. Det började med Saki.")
    assert ("Saki", "PERSON") in got and ("Saki", "PLACE") not in got


@pytest.mark.parametrize("text, body", [
    ("SG: Genom föreningen. Drom Nevo, den romska föreningen. De hjälpte.", "Drom Nevo"),
    ("Det kom folk från Medhane Alem, eritreanska kyrkan, och från moskén.", "Medhane Alem"),
])
def test_a_name_with_an_association_set_off_after_it_is_the_association(detector, text, body):
    assert (body, "WORKPLACE") in found(detector, text)


@pytest.mark.parametrize("text, person", [
    ("Namnet betyder dag, enligt Mikko, och föreningen vill att det skrivs ut.", "Mikko"),
    ("Vi pratade med Anna, den nya kuratorn, igår.", "Anna"),
])
def test_a_person_before_a_comma_and_an_association_stays_a_person(detector, text, person):
    assert (person, "PERSON") in found(detector, text)


def test_a_long_list_with_a_sure_place_is_a_list_of_places(detector):
    got = found(detector, "Det gäller bussbarnen från byarna, från Stensnäs, Grönhult, Kåraboda. "
                          "De föräldrarna ser jag nästan aldrig.")
    assert {("Grönhult", "PLACE"), ("Kåraboda", "PLACE")} <= got


def test_workplaces_people_work_on(detector):
    got = found(detector, "Han har fått jobb på Norrberg Mineral ute vid gruvan.")
    assert not any(typ == "PERSON" for _, typ in got)
    got = found(detector, "Det sa en pojke från Mogadishu, han visste inte.")
    assert ("Mogadishu", "PLACE") in got


def test_a_known_neighbourhood_after_pa(detector):
    got = found(detector, "HANAN: I Malmö, på Rosengård. Sen flyttade vi till Gottsunda.")
    assert ("Rosengård", "PLACE") in got and ("Gottsunda", "PLACE") in got


@pytest.mark.parametrize("text, span, typ", [
    ("På sommaren tar vi färjan till Ålkistö och badar.", "Ålkistö", "PLACE"),  # an island
    ("Nu jobbar jag på Sundkonserven, i packningen.", "Sundkonserven", "WORKPLACE"),
    ("Hon jobbade på Fallsjö Plast hela livet.", "Fallsjö Plast", "WORKPLACE"),
])
def test_an_island_a_workplace_after_an_inverted_verb_and_a_town_s_firm(detector, text, span,
                                                                          typ):
    assert (span, typ) in found(detector, text)


@pytest.mark.parametrize("text", [
    "Det var Kuba som fixade det.",
    "Nesrîn: Jakub. Alla säger Kuba. Från arbetsmarknad.",
    "Hon kopplade mig till Kuba, Jakub Wiśniewski, på arbetsmarknad.",
])
def test_a_country_that_is_a_mans_by_name(detector, text):
    assert ("Kuba", "PERSON") in {(s.text, s.type) for s in detector.detect(text)}


def test_a_country_named_where_people_come_from_stays(detector):
    text = ("Vi har släkt i Kuba som bor där. De kom från Ukraina som flyktingar. "
            "Han är från Thailand, Niran Saetang, han jobbar här.")
    assert not [s for s in detector.detect(text) if s.text in ("Kuba", "Ukraina", "Thailand")]


def test_a_word_like_name_set_off_before_her_little_boy(detector):
    found = {(s.text, s.type) for s in detector.detect(
        "Hon var orolig för Tan, hennes lilla pojke, han är tyst. En tan på armen.")}
    assert ("Tan", "PERSON") in found
    assert ("tan", "PERSON") not in found


def test_a_surname_that_is_a_place_in_a_meeting_tools_label_is_a_person(detector):
    text = ("Nyhammar, Petra started transcription\n\nNyhammar, Petra   0:04\nSå, då börjar vi.\n\n"
            "Öberg, Hans   0:10\nJa. Jag bodde i Nyhammar, Dalarna, som barn.\n")
    got = found(detector, text)
    assert {("Nyhammar", "PERSON"), ("Nyhammar, Petra", "PERSON")} & got
    assert ("Nyhammar", "PLACE") in got  # the village in running text stays a place
    labels = {s.type for s in detector.detect(text) if s.start in (0, text.index("\n\n") + 2)}
    assert labels == {"PERSON"}


def test_a_country_with_a_surname_s_initial_in_a_list_of_people_is_a_person(detector):
    got = found(detector, "Närvarande: Dunja P., Israel M., Leo K. och Oman S. (tolk).")
    assert ("Israel", "PERSON") in got
    assert ("Oman", "PERSON") in got
    assert not [t for t, _ in found(detector, "Vi flög till Israel. M. tyckte det var varmt.")
                if t == "Israel"]


def test_a_country_explained_by_a_first_name_after_a_full_stop_is_that_person(detector):
    text = ("R: Oman. Alltså Omar, men alla säger Oman. Sexton.\n"
            "I: Och vakterna?\nR: De går efter mig, men inte efter Oman.\n"
            "R: Pappa kommer från Oman.\n")
    got = [(s.start, s.type) for s in detector.detect(text) if s.text == "Oman"]
    starts = [m.start() for m in re.finditer("Oman", text)]
    assert (starts[2], "PERSON") in got  # "efter Oman": the boy
    assert not [s for s, _ in got if s == starts[3]]  # "från Oman": the country


def test_a_meeting_tool_s_label_is_the_speaker_whatever_the_surname_means(detector):
    text = ("Ståhlberg, Johanna   0:00:05\nVälkomna.\n\nTallholm, Dag   0:00:19\n"
            "Ja, dag tallholm heter jag.\n\nEk Gunnel   0:00:46\nOch jag är Gunnel.\n\n"
            "Tallholm, Dag   0:01:12\nSyftet var ju det.\n")
    spans = [(s.start, s.end) for s in detector.detect(text) if s.type == "PERSON"]
    for label in ("Tallholm", "Dag", "Ek", "Gunnel"):
        for m in re.finditer(rf"^{label}\b|(?<=, ){label}\b", text, re.M):
            assert any(a <= m.start() and m.end() <= b for a, b in spans), label


def test_a_surname_of_a_meeting_label_is_found_in_lower_case_in_the_project(detector):
    texts = ["Tallholm, Dag   0:00:19\nJa, det stämmer.\n",
             "Vi pratade med dag tallholm igår, och tallholm sa nej.\n"]
    first = [detector.detect(t) for t in texts]
    project = names_in_project(first)
    got = {s.text for s in detector.with_project_names(texts[1], first[1], project)}
    assert {"dag tallholm", "tallholm"} <= got


def test_two_capitalised_words_and_a_time_with_no_first_name_are_no_label(detector):
    text = "Inledning Bakgrund   0:00:05\nVi börjar.\n"
    assert not [s for s in detector.detect(text) if s.type == "PERSON"]


def test_a_town_named_like_a_surname_after_till_is_the_town(detector):
    text = "Hur tog ni er till Lund? Marko körde dem.\nJag skrev till Lund, rektorn, igår.\n"
    types = {(s.text, s.start): s.type for s in detector.detect(text)}
    assert types[("Lund", text.index("Lund?"))] == "PLACE"
    assert types[("Lund", text.index("Lund, rektorn"))] == "PERSON"  # one writes to people


def test_where_someone_is_at_does_not_speak(detector):
    # "på X säger": the person before "på" says it; X stays a place or a body
    text = ("Björn Sandberg på Vålabo säger att det inte blir så. Hon är rädd att Vålabo "
            "ska riva husen. Mirela på Kolarbacken säger samma sak.\n")
    got = found(detector, text)
    assert ("Vålabo", "PERSON") not in got and ("Kolarbacken", "PERSON") not in got
    assert {t for t, _ in got} >= {"Vålabo", "Kolarbacken"}


def test_lilla_before_a_listed_surname_is_a_woman(detector):
    text = "I: Lilla?\n\nPirjo K: Lilla Farkas, skolsköterskan där. Hon är från Budapest.\n"
    assert ("Lilla Farkas", "PERSON") in found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("I: Hur började det?\nSamira A: Jag var med från start.\nNada B: Jag med.", "Nada"),
    ("I: Hur började det?\n[00:00:45] Eda: Och jag är Eda, fritids.", "Eda"),
    ("Vi har en grupp, och jag och Nada på familjecentralen pratar nästan varje dag.", "Nada"),
    ("Nada och jag ringde familjen samma kväll.", "Nada"),
])
def test_a_first_name_a_town_shares_is_a_person_as_a_label_or_beside_jag(detector, text, name):
    assert (name, "PERSON") in found(detector, text)
    assert (name, "PLACE") not in found(detector, text)


def test_a_town_beside_jag_after_from_stays_a_town(detector):
    text = "Hon är från Kemi och jag är från Haparanda, så hon retas."
    assert ("Kemi", "PLACE") in found(detector, text)
