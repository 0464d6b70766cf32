"""A researcher's field notes typed fast in lower case: attendance lists, roles and school
years in brackets, names cut short, by-names equated with a name, routes between towns; and
the type of a name that a place list holds too."""
import pytest

from qualcoder_htl.pseudonymise.detector import names_in_project

from .conftest import found, in_a_project


def persons(detector, text):
    return {t for t, typ in found(detector, text) if typ == "PERSON"}


ATTENDANCE = ("--- 3/4 (tors) möte htl-team, biblioteket 14.15–15.40\n"
              "närv: dragana (samordn), aida (rekt), saga r (kl.lär 6b), björn (spec), "
              "deniz (fr fritids), kwame (soc), jag.\n"
              "- börjar 10 min sent, projektor krånglar.\n")


def test_every_name_of_an_attendance_list(detector):
    got = persons(detector, ATTENDANCE)
    assert {"dragana", "aida", "saga", "björn", "deniz", "kwame"} <= got
    assert "jag" not in got and "projektor" not in got


def test_an_attendance_list_without_brackets(detector):
    got = persons(detector, "närv: pella, nasra, tuuli, björn, camilla och jag.\n")
    assert {"pella", "nasra", "tuuli", "björn", "camilla"} <= got


@pytest.mark.parametrize("text, name", [
    ("- ärende 2: sten (åk3) fredagar, löst enl tuuli.", "sten"),
    ("hon och tindra (åk2) oskiljaktiga, ögonen tindrar", "tindra"),
    ("- björn (spec) ritar karta över busslinjer", "björn"),
])
def test_a_word_like_name_before_a_school_year_or_a_role(detector, text, name):
    assert name in persons(detector, text)


def test_a_word_like_name_found_once_is_found_again_where_it_acts(detector):
    text = ("närv: saga r (kl.lär 6b), björn (spec).\n"
            "- björn skämtar igen om sten på sten.\n- saga rättar: \"bohdan\".\n")
    got = [s for s in detector.detect(text) if s.type == "PERSON"]
    assert sum(s.text == "björn" for s in got) == 2
    assert sum(s.text == "saga" for s in got) == 2
    # but not the ordinary word where nothing says it is the person
    assert not any(s.text == "sten" for s in got)


def test_the_same_words_in_ordinary_notes_stay(detector):
    text = "vi läste en saga om en björn som bodde under en sten.\n"
    assert not persons(detector, text)


def test_a_by_name_equated_with_a_name(detector):
    text = "- refl: aida kallar henne gaga (= dragana, smeknamn). dragana (samordn) ler."
    assert "gaga" in persons(detector, text)


def test_a_name_cut_short_in_notes(detector):
    text = ("Vi jobbar på Raukbacken, och Ugnsviken har samma upplägg.\n"
            "möte htl-team raukb, personalrummet. sen till ugnsv. kalk och sten.\n")
    got = set(found(detector, text))
    assert ("raukb", "PLACE") in got and ("ugnsv", "PLACE") in got
    assert not {t for t, _ in got} & {"kalk", "sten", "personalrummet"}


def test_a_name_cut_short_is_found_from_another_text_of_the_project(detector):
    interview = "Jag jobbar på Ugnsviken sedan tre år, det är en bra skola."
    notes = "möte htl-team ugnsv 14.15. tors: ugnsv igen."
    found_each = [detector.detect(interview), detector.detect(notes)]
    project = names_in_project(found_each)
    got = detector.with_project_names(notes, found_each[1], project)
    assert sum(s.text == "ugnsv" for s in got) == 2
    assert not any(s.text == "tors" for s in got)


@pytest.mark.parametrize("text, places", [
    ("äldre killar fr visby. sen hem.", {"visby"}),
    ("- boka båt 23/5 16.45 visby–nynäshamn, kvitto till arvid", {"visby", "nynäshamn"}),
])
def test_towns_in_lower_case_notes(detector, text, places):
    got = {t for t, typ in found(detector, text) if typ == "PLACE"}
    assert places <= got


def test_a_first_name_a_place_list_holds_is_a_person_where_she_acts(detector):
    assert ("Aga", "PERSON") in found(detector, "Och där var Aga viktig, hon ringde alla.")
    assert ("Aga", "PERSON") in found(detector, "Hon ringde mycket! Aga är bra.")
    assert ("Bradford", "PLACE") in found(detector, "Det går bra för Bradford i år.")


@pytest.mark.parametrize("text, name, typ", [
    ("Vi var i Marias klass hela hösten.", "Marias", "PERSON"),
    ("Vi bor i Annas hus nu.", "Annas", "PERSON"),
    ("Jag bor i Kalmars kommun.", "Kalmars", "PLACE"),  # like "Umeås kommun" (the word stays)
])
def test_a_genitive_after_i_is_whose_not_where(detector, text, name, typ):
    assert (name, typ) in found(detector, text)


def test_a_name_set_off_after_an_institution_noun_is_the_institution(detector):
    got = found(detector, "IP: Med fritidsgården, Kolmilan, jättebra. Hedda och jag startade.")
    assert ("Kolmilan", "WORKPLACE") in got
    assert not found(detector, "Jag ringde skolan, Socialtjänsten, BUP och alla.")


def test_a_first_name_after_a_finite_verb_is_a_person(detector):
    assert ("Lamin", "PERSON") in found(detector, "och nu har Lamin dagskift och Fatou har mellan.")
    assert ("Lamin", "PLACE") in found(detector, "Vi bor i Lamin nu.")


def test_a_workplace_after_an_institution_noun_keeps_its_type_whatever_its_ending(detector):
    assert ("Tallbacken", "WORKPLACE") in found(
        detector, "Jag är undersköterska på äldreboendet Tallbacken.")
    assert ("Furuhemmet", "WORKPLACE") in found(
        detector, "Jag jobbar på Furuhemmet, äldreboendet, som vikarie.")
    assert ("Tallbacken", "PLACE") in found(detector, "Vi bor i Tallbacken nu.")


def test_a_word_like_name_in_my_class_is_a_child(detector):
    assert ("Gift", "PERSON") in found(detector, "Jag tänker på Gift i min klass.")
    assert not found(detector, "Jag tänker på matte i min klass.")


@pytest.mark.parametrize("text, span, typ", [
    ("intervju elevhälsan hägerdalsskolan 2024-04-03", "hägerdalsskolan", "SCHOOL"),
    ("andrahandskontrakt via kyrkan (hägerdalskyrkan), går ut i aug", "hägerdalskyrkan",
     "WORKPLACE"),
    ("hembesök hos fam melnyk, hägerdalsgatan 7 lgh 1102 (får följa med)",
     "hägerdalsgatan 7 lgh 1102", "ADDRESS"),
    ("lillasyster zlata (4, förskolan humlan). pappan kvar", "humlan", "SCHOOL"),
    ("jobbar kväll på café syrenen. läser på åk 1-nivå", "syrenen", "WORKPLACE"),
    ("hembesök hos fam melnyk, bra", "melnyk", "PERSON"),
    ("azad äter inte i skolan, pirjo oroad. stig: känd sen tidigare", "stig", "PERSON"),
    ("- ricky (9) – mamma jolanda vill ej ha hembesök", "ricky", "PERSON"),
    ("- ricky (9) – mamma jolanda vill ej ha hembesök", "9", "AGE"),
    ("- oksana (mamma, 45), sasha (9, åk 3 hds)", "45", "AGE"),
    ("- salam (pappa till yousef åk 4) har ringt", "salam", "PERSON"),
])
def test_institutions_addresses_families_and_ages_in_lower_case_notes(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


@pytest.mark.parametrize("text", [
    "vi gick till grundskolan och högskolan och kulturskolan och ridskolan",
    "förskolan stänger tidigt. familjen är glad. obs: viktigt.",
    "Vi köpte bilen (2) och huset (mamma) i fjol.",
])
def test_ordinary_words_in_lower_case_notes_stay(detector, text):
    assert not found(detector, text)


@pytest.mark.parametrize("text, span, typ", [
    ("De går på föräldraträffar med föreningen Bro, de har varit på iftar.", "Bro", "WORKPLACE"),
    ("Hon går på förskolan Sol sedan i höstas.", "Sol", "SCHOOL"),
    ("eller mejl saga punkt lindgren snabel-a kvistuna punkt se så",
     "saga punkt lindgren snabel-a kvistuna punkt se", "EMAIL"),
    ("han spelar fotboll i hägerdals bk och har vunnit allt", "hägerdals bk", "WORKPLACE"),
    ("och det var koffi som fixade det åt oss", "koffi", "PERSON"),
])
def test_names_a_listed_word_or_lower_case_hides(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


@pytest.mark.parametrize("text", [
    "we meet at home at five and then at school",
    "det var svårt som fan. den förskolan är bra. hela föreningen var där.",
])
def test_no_address_or_name_in_ordinary_phrases(detector, text):
    assert not found(detector, text)


def test_a_word_set_off_after_a_kin_word_and_taken_up_by_a_pronoun(detector):
    assert ("Alla", "PERSON") in found(
        detector, "Vi säger Bodja. Och hennes mamma, Alla, hon bor också hos dem.")
    assert not found(detector, "Min pappa, Skatteverket, han ringde.")


def test_a_name_found_so_does_not_spread_over_the_project(detector):
    texts = ["Och hennes mamma, Alla, hon bor också hos dem.",
             "Det är en liten stad. Alla känner alla."]
    found_each = [detector.detect(t) for t in texts]
    project = names_in_project(found_each)
    got = detector.with_project_names(texts[1], found_each[1], project)
    assert not [s for s in got if s.type == "PERSON"]


def test_a_middle_name_and_a_bracketed_by_name_in_notes(detector):
    got = persons(detector, '- vh 5: faadumo osman nuur ("fado"), via mahad. tolk somaliska?')
    assert {"faadumo osman nuur", "fado"} <= got
    assert "via" not in got and "tolk" not in got
    assert "och" not in {w for p in persons(detector, "- anna och per kom sent") for w in p.split()}


def test_a_quoted_lower_case_word_after_a_name_is_no_by_name(detector):
    got = persons(detector, '- grönfors: mormor hilja – "grindvakt". använd försiktigt')
    assert "grindvakt" not in got


def test_a_word_like_name_before_a_caretaker_in_brackets(detector):
    assert "bo" in persons(detector, "dragan säger ja. bo (vaktm.) har nycklar om dragan är sjuk.")


@pytest.mark.parametrize("text, name", [
    ("- h-fallet: ringa när det är bra. bo l ändrade sitt sätt. bra exempel", "bo"),
    ("- alla k (ukr), samordningsnr, sa numret högt", "alla"),
])
def test_a_word_like_name_with_an_initial_before_a_verb_or_a_bracket(detector, text, name):
    assert name in persons(detector, text)


def test_no_name_before_a_one_letter_word(detector):
    assert not persons(detector, "vi ska bo i lägenhet. alla å alla kom, och bo o leva.")


NOTES_WITH_WORD_NAMES = ("Tjejgruppen leds av Saga Ek. Stig Berg och Luz Ortiz kom också.\n"
                         "- saga om en elev: \"det är ingen saga\"\n"
                         "- besök ugnen 17–19 (m luz + stig)\n"
                         "- en saga om troll. vi gick en stig. med stig och sten.\n"
                         "- alla fam har samma problem m bank\n")


def test_word_like_names_reporting_or_going_along_in_notes(detector):
    text = NOTES_WITH_WORD_NAMES
    got = {(s.start, s.text) for s in detector.detect(text) if s.type == "PERSON"}
    at = {text.index("- saga om") + 2: "saga", text.index("m luz") + 2: "luz",
          text.index("+ stig") + 2: "stig"}
    assert set(at.items()) <= got
    assert (text.index("en saga om") + 3, "saga") not in got  # the word
    assert (text.index("med stig och") + 4, "stig") not in got
    assert not [t for _, t in got if t == "bank"]


def test_an_arabic_surname_with_its_particle_in_notes(detector):
    got = persons(detector, "- intervju abu omar / yasser al-jubouri, ca 50 min")
    assert any("al-jubouri" in p for p in got)


def test_an_age_in_brackets_before_more_about_the_child(detector):
    got = found(detector, "Deltagare: Nour (13), Vilja (12, från Önneby, är på Tornet)")
    assert ("12", "AGE") in got
    assert ("12", "AGE") not in found(detector, "Vi bor i Malmö (12, 14 och 16 år gamla barn)")


def test_a_word_like_name_after_a_pastor_or_thanked_in_notes(detector):
    texts = ["IP: Betelkyrkan. Pastor Lars-Göran Vide. Jag heter Matte Berg, på Tornet.",
             "- nätverk: imam, pastor vide, gabriel y. (fotboll)\n"
             "- tacka matte på tornet för fokusgruppen\n"]
    got = {s.text for s in in_a_project(detector, texts) if s.type == "PERSON"}
    assert {"vide", "matte"} <= got
    assert ("Pastor", "PERSON") not in found(detector, texts[0])


def test_a_place_named_by_a_noun_in_lower_case_in_notes(detector):
    texts = ["Vi ses på fritidsgården Gläntan och på familjecentralen Ankaret.",
             "- yonas på gläntan ibland.\n- 50/50 skolan/ankaret sen jan.\n"
             "- rätta stavningen i nyckeln.\nVi gick till gläntan i skogen.\n"]
    text = texts[1]
    got = {(s.start, s.text) for s in in_a_project(detector, texts) if s.type == "WORKPLACE"}
    assert (text.index("gläntan"), "gläntan") in got and (text.index("ankaret"), "ankaret") in got
    assert (text.rindex("gläntan"), "gläntan") not in got  # prose, not notes: the glade


def test_a_youth_centre_named_by_a_noun_in_a_meeting_transcript_and_a_timed_chat(detector):
    project = ["IP: Jag jobbar på fritidsgården Fyren sedan 2019. Fyren har öppet fyra kvällar."]
    teams = ("Lindgren, Bo   6:13\nJag var på fyren en gång och spelade pingis. Fyren är bra.\n"
             "Lindgren, Bo   6:40\nDet är en fyr vid hamnen också, den gamla fyren.\n")
    chat = "maks_kov09 [19:02]: yo turnering på fyren lör?? ante sa ok\n"
    got = {(s.text, s.start) for s in in_a_project(detector, [*project, teams])}
    assert ("fyren", teams.index("på fyren") + 3) in got
    assert ("fyren", teams.index("gamla fyren") + 6) not in got
    got = {(s.text, s.start) for s in in_a_project(detector, [*project, chat])}
    assert ("fyren", chat.index("fyren")) in got


@pytest.mark.parametrize("name", ["kristina", "birgitta", "magdalena", "pettersson"])
def test_a_frequent_swedish_name_that_looks_like_a_compound_in_lower_case(detector, name):
    text = f"Almqvist, Dag   0:03:53\nJag vill säga att {name} på ekonomi har räknat på det.\n"
    assert (name, "PERSON") in found(detector, text)


def test_a_venue_named_by_a_noun_in_lower_case_in_prose_that_writes_it_capitalised_too(
        detector):
    from .conftest import in_a_project
    project = ["Jag jobbar på fritidsgården Fyren sedan 2019.\n"]
    text = ("Han älskar Fyren. Han säger: jag var på fyren hela kvällen. Sen gick vi ut "
            "till fyren på udden och tittade på båtarna.\n")
    got = [(s.text, s.start) for s in in_a_project(detector, [*project, text])
           if s.type == "WORKPLACE"]
    assert ("fyren", text.index("på fyren") + 3) in got
    assert ("fyren", text.index("till fyren") + 5) not in got  # the lighthouse
