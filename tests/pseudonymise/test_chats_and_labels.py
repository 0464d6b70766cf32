"""Chats, speaker labels and English in a Swedish transcript: user names built on names,
names in capitals or lower case where the text names the person elsewhere, word-like names
that label lines or carry an age, and the English words and abbreviations that are no names."""
import pytest

from .conftest import found


def people(detector, text):
    return {s.text for s in detector.detect(text) if s.type == "PERSON"}


# -- user names and chats --------------------------------------------------------------------

@pytest.mark.parametrize("text, handle", [
    ("Han heter JonatanMoose i spelet.", "JonatanMoose"),
    ("Dom spelar tillsammans, OnniTurbo och AmirTheGoat.", "OnniTurbo"),
    ("Dom spelar tillsammans, OnniTurbo och AmirTheGoat.", "AmirTheGoat"),
])
def test_a_camel_case_user_name_built_on_a_name_is_a_person(detector, text, handle):
    assert (handle, "PERSON") in found(detector, text)


def test_a_camel_case_user_name_built_on_a_name_found_in_the_text(detector):
    text = "Vi pratade med Filmon igår. Han spelar som FilmonFlash varje kväll."
    assert ("FilmonFlash", "PERSON") in found(detector, text)


def test_brands_in_camel_case_stay(detector):
    text = "Vi använder WhatsApp, SchoolSoft, PowerPoint och YouTube med familjerna."
    assert found(detector, text) == set()


CHAT = """Lisa Kvist är skolsköterska. Mats Ström och Frid Hassan kom också.
09:20 Ramona H: jag kommer kanske. fråga lisa om hon har tid idag?
16:50 Satu: han vill att mats ska komma och kolla datorn
frid: kommer ni ikv??"""


def test_lower_case_names_in_a_chat_where_the_text_names_them(detector):
    got = found(detector, CHAT)
    assert {("lisa", "PERSON"), ("mats", "PERSON"), ("frid", "PERSON")} <= got


def test_the_same_words_outside_a_chat_stay(detector):
    text = "Lisa Kvist är skolsköterska. Det var en lisa att komma hem och äta i frid."
    assert {t for t, _ in found(detector, text)} == {"Lisa Kvist"}


def test_a_name_with_an_s_spreads_but_not_the_word_without_it(detector):
    text = "Hans Pekkala är rektor. Han är snäll. Mats Ström lagar mat åt oss."
    got = {t for t, _ in found(detector, text)}
    assert "Han" not in got and "mat" not in got
    assert {"Hans Pekkala", "Mats Ström"} <= got


# -- labels and names in capitals ------------------------------------------------------------

def test_a_name_in_capitals_where_the_text_names_the_person(detector):
    text = ("Deltagare: Lisa Kvist, skolsköterska (LISA); Máret Kuoljok, skolpsykolog "
            "(MÁRET).\nMÁRET: Máret, psykolog.\nLISA: Jag är skolsköterska.")
    got = found(detector, text)
    assert ("MÁRET", "PERSON") in got and ("LISA", "PERSON") in got


def test_a_word_like_first_name_that_labels_lines_is_a_person(detector):
    text = "[00:00:31] Era: Ja. Jag skrev hela numret.\n[00:00:57] Era: Det var svårt.\n" \
           "Alla: [skratt]\nAlla: Ja!"
    assert people(detector, text) == {"Era"}


def test_a_name_with_an_age_in_brackets(detector):
    text = "Deltagare: Frid (15), Lo (14), Era (14) och Rêber (15)."
    assert {"Frid", "Lo", "Era", "Rêber"} <= people(detector, text)


def test_a_word_that_is_a_language_too_after_a_verb_of_naming(detector):
    assert "Dari" in people(detector, "Ja, alla kallar honom Dari, fast han heter Dariush.")


def test_a_word_with_a_possessed_kin_word_set_off_after_it(detector):
    text = "Som är guld. Och Golf, hennes bror, har också börjat där nu."
    assert "Golf" in people(detector, text)
    assert people(detector, "Skolan, min arbetsplats, ligger nära.") == set()


def test_a_word_coordinated_with_a_found_place(detector):
    text = "Mamma visade foton från Torneå och Kemi, och Lisa satt där."
    assert ("Kemi", "PLACE") in found(detector, text)
    text = "Hon pratar med Anna och Skolan varje dag."
    assert {t for t, _ in found(detector, text)} == {"Anna"}


# -- English and abbreviations ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Like a Swedish name, yes? Everyone in school thinks he is Swedish.",
    "Send it to me, please. My Swedish mail doesn't work.",
    "Collective Impact in Swedish Municipalities. Nordic Social Work Research.",
    "Rosén lämnade en kopia av underlaget (Dnr BUN 2022/0417) som vi läste.",
])
def test_english_words_and_abbreviations_are_no_names(detector, text):
    assert {t for t, typ in found(detector, text) if typ == "PERSON"} <= {"Rosén"}


def test_names_in_a_reference_beside_an_english_title(detector):
    text = ("Braun, Virginia & Clarke, Victoria (2006). Using thematic analysis in "
            "psychology. Qualitative Research in Psychology, 3.")
    got = {t for t, typ in found(detector, text) if typ == "PERSON"}
    assert {"Braun, Virginia", "Clarke", "Victoria"} <= got
    assert not {"Qualitative", "Using", "Research"} & {w for t in got for w in t.split()}


@pytest.mark.parametrize("number", ["0980-319014", "0980-31 90 14", "0980319014"])
def test_an_area_code_with_the_number_run_together(detector, number):
    assert (number, "PHONE") in found(detector, f"Nadia K: {number} skolsköterska")


def test_a_name_with_a_place_ending_and_an_age_is_a_person(detector):
    assert ("Filmon", "PERSON") in found(detector, "Filmon är tio år och går i fyran.")


# -- the second round from the same batches ----------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("SVAR KW: Nej, stryk. Skriv ”en av samordnarna”. /Kasia", "Kasia"),
    ("frid: kommer ni?\nreber.ayd: ja om det öppnar 18", "reber.ayd"),
    ("18:02 arash.m: kan inte, måste hämta", "arash.m"),
    ("Zozan har fyra barn, och Berfin är stor. Berfinmamman, sa Azad.", "Berfinmamman"),
    ("Namn nämnda: Tala, Arash, Oksana, samt ett personnummer.", "Tala"),
    ("Ramona stannade och pratade med Som om praktiken.", "Som"),
])
def test_people_the_second_round_finds(detector, text, span):
    assert (span, "PERSON") in found(detector, text)


def test_a_dotted_web_address_is_no_sender(detector):
    assert found(detector, "www.skolverket.se: läs mer där") == set()


def test_a_word_stressed_with_a_capital_is_no_name(detector):
    assert found(detector, "Det här är Inte Bra, sa hon.") == set()


def test_lower_case_signatures_of_a_named_person(detector):
    text = ("Vilja Persson är barnsekreterare. Vilja ringde igår.\n"
            "”hej rosita, vilja här från teamet. mvh vilja”\n"
            "Det är min fria vilja här i livet.")
    got = [s for s in detector.detect(text) if s.text == "vilja"]
    assert len(got) == 2 and all(s.start < text.index("Det är") for s in got)


def test_a_name_the_text_says_is_one_spreads_though_it_is_a_word(detector):
    text = "Och Golf, hennes bror, har börjat där. I: Förlåt, Golf? Linnea: Golf, ja."
    assert sum(1 for s in detector.detect(text) if s.text == "Golf") == 3


@pytest.mark.parametrize("text, span, typ", [
    ("Vi har en pappa som jobbar på Öztürk Bil & Däck ute vid hamnen.", "Öztürk Bil & Däck",
     "WORKPLACE"),
    ("Onni fick börja i skidklubben, i Aapajärvi SK, förra året.", "Aapajärvi SK",
     "WORKPLACE"),
    ("Med familjerna från Gropen har det varit svårt.", "Gropen", "PLACE"),
])
def test_firms_clubs_and_neighbourhoods_called_by_words(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


@pytest.mark.parametrize("text, kept", [
    ("Katarzyna Wójcik, följeforskare, Malmö universitet. Hon bor i Malmö.", "Malmö universitet"),
    ("IVO har begärt in uppgifter från skolan.", "IVO"),
    ("Mami blir arg, hon säger att vi glömmer.", "Mami"),
    ("Biblioteket har en bokcirkel som läser Ett öga rött i vår.", "Ett"),
    ("Två familjer har slussats vidare till Barnahus efter anmälan.", "Barnahus"),
])
def test_bodies_kin_words_and_titles_stay(detector, text, kept):
    text_spans = [(s.start, s.end) for s in detector.detect(text)]
    at = text.index(kept)
    assert not any(a <= at < b for a, b in text_spans)


def test_a_round_of_ages_after_the_question(detector):
    text = ("I: Berätta vilka ni är och hur gamla ni är?\n\n"
            "[00:00:42] Frid: Frid. Femton. Jag går i nian.\n"
            "[00:00:57] Era: Era, fjorton. Jag fyllde i februari.\n"
            "I: Och vad gör ni på fritiden?\nFrid: Fotboll. Två, tre gånger.\n")
    ages = {s.text for s in detector.detect(text) if s.type == "AGE"}
    assert ages == {"Femton", "fjorton"}


@pytest.mark.parametrize("text, spans", [
    ("Hon fick praktik på ICA Kvarnbo. Min mamma jobbar på ICA.", {("ICA Kvarnbo", "WORKPLACE")}),
    ("Hon är dotter till Jessica på ICA Nära.", {("Jessica", "PERSON")}),
    ("Pappan jobbar på Älvbacka Lager & Logistik sedan i fjol.",
     {("Älvbacka Lager & Logistik", "WORKPLACE")}),
    ("Ring Dilan, hon svarar alltid.", {("Dilan", "PERSON")}),
    ("08.30 möte i kommunhuset. Närv: PN (Pelle Nordin), KA.", {("Pelle Nordin", "PERSON")}),
])
def test_shops_firms_requests_and_minutes(detector, text, spans):
    assert found(detector, text) == spans


# -- from the ordinary interviews of _l and _m -------------------------------------------------

def test_a_youth_centre_called_by_a_word(detector):
    text = ("Sagal går på Bryggan på onsdagar. Joca har jobbat på Bryggan i åtta år. "
            "Vi åkte till bryggan vid sjön. En brygga är bra.")
    got = [(s.text, s.type) for s in detector.detect(text)]
    assert got.count(("Bryggan", "WORKPLACE")) == 2
    assert not any(t.lower() in ("bryggan", "brygga") for t, typ in got if typ != "WORKPLACE")


def test_nouns_a_report_capitalises_by_habit_stay(detector):
    text = ("Samverkan i Programmet har stärkts. Inom Programmet har Skolorna infört "
            "Rutiner för Uppföljning, och i Kommunen har Bryggan en Roll. Bryggan och "
            "Programmet nämns i Rapporten, liksom Processen och Strukturen.")
    assert not {t for t, _ in found(detector, text)} & {"Programmet", "Bryggan"}


@pytest.mark.parametrize("text, span, typ", [
    ("Hon läser: noll sju noll, ett sju fyra noll, sex fem tre. Det räcker.",
     "noll sju noll, ett sju fyra noll, sex fem tre", "PHONE"),
    ("deltagare: dino hasanbegovic, shiro (fritidsledare)", "dino hasanbegovic", "PERSON"),
    ("Prästen i Mor Yakub, abouna Gabriel, kom.", "Mor Yakub", "WORKPLACE"),
    ("Utredningen, som internt kallas Ahlgren-utredningen, visade det.", "Ahlgren-utredningen",
     "PERSON"),
    ("Och den lilla, Jude, är fyra och går på förskolan.", "Jude", "PERSON"),
    ("Och den lilla, Jude, är fyra och går på förskolan.", "fyra", "AGE"),
    ("Hon heter Gulalai. Hon är gammal, sjuttio.", "sjuttio", "AGE"),
    ("Yngsta barnet (elva månader) var med.", "elva månader", "AGE"),
])
def test_what_ordinary_interviews_hold(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


def test_a_score_is_no_phone_number(detector):
    assert found(detector, "Vi låg under med noll till ett i halvtid, sen tre mot två.") == set()


def test_listed_places_in_lower_case_after_a_preposition(detector):
    text = ("innan var jag i angered på en fritidsgård. de drar till göteborg. "
            "Min farsa kom från tuzla. Vi bor i lugn och ro och gick till skolgården.")
    got = {t for t, typ in found(detector, text) if typ == "PLACE"}
    assert got == {"angered", "göteborg", "tuzla"}


@pytest.mark.parametrize("text, span", [
    ("Och studie- och yrkesvägledaren, Meseret Alemu, har haft föräldraträffar.",
     "Meseret Alemu"),
    ("Vi har fyra barn: Sara, och sen Lina, Omar och lilla Jana.", "Jana"),
])
def test_names_a_lexicon_mistakes_for_compounds_or_words(detector, text, span):
    assert (span, "PERSON") in found(detector, text)


def test_an_unattested_word_form_where_a_person_stands(detector):
    text = "Märta satte honom med Taras i gruppen. Det var bra för alla."
    assert ("Taras", "PERSON") in found(detector, text)


@pytest.mark.parametrize("text, spans", [
    ("Dom kom hit varannan tisdag. Å Alvin fick prata med kuratorn.", {("Alvin", "PERSON")}),
    ("Sköterska: Jag har varit med sen start.\nSköterska: Hela tiden.", set()),
    ("BF: Vilket vi egentligen inte får. // Men... det är bra.", set()),
])
def test_dialect_role_labels_and_overlaps(detector, text, spans):
    assert found(detector, text) == spans


@pytest.mark.parametrize("text, span, typ", [
    ('Hennes pappa Sven-Olof, "Svenne", lärde mig köra skoter.', "Svenne", "PERSON"),
    ("Tetiana städar på Hotell Hjälmarstrand sedan i våras.", "Hotell Hjälmarstrand",
     "WORKPLACE"),
    ("Rojhat jobbar på Storhöga Fjällanläggning, Dilan läser.", "Storhöga Fjällanläggning",
     "WORKPLACE"),
    ("Han blev avstängd från Lindvreta Handboll efter ett bråk.", "Lindvreta Handboll",
     "WORKPLACE"),
    ("Jag kom hit när jag var tolv med mamma.", "tolv", "AGE"),
])
def test_nicknames_firms_and_ages_from_n_and_o(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


def test_a_quoted_title_after_a_name_stays(detector):
    assert "Boken" not in {t for t, _ in found(detector, 'Anna "Boken" sa hon, och log.')}


# -- from the report chapters of _p ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Frida Holm, forskningsassistent, Högskolan i Halmstad, skrev rapporten.",
    "This report presents the work of a team from Halmstad University.",
    "Unclear mandates, staff turnover and short funding were problems.",
    "Keywords: Cross-Professional Collaboration, Prevention, School, Formative Evaluation",
    "Delrapport 1 från följeforskningen (FoU Halland, Rapport 2020:2).",
    "Koppling till EHT | Stark | Svag",
])
def test_report_front_matter_and_tables_keep_their_words(detector, text):
    assert {t for t, typ in found(detector, text) if typ != "PERSON" or " " not in t} <= \
        {"Frida Holm"}
    assert not {t for t, _ in found(detector, text)} - {"Frida Holm"}


def test_a_campus_town_after_a_university_is_still_a_place(detector):
    text = "Dagtid studerar jag på Linnéuniversitetet i Växjö, socionom."
    assert ("Växjö", "PLACE") in found(detector, text)


def test_a_name_takes_the_type_the_project_gives_it(detector):
    from qualcoder_htl.pseudonymise.detector import names_in
    texts = ["Jag kom till Ljungskär 2016. Alla polacker i Ljungskär känner varandra.",
             "Ja, för Ljungskär har bara en brobyggare."]
    first = [detector.detect(t) for t in texts]
    project = {}
    for f in first:
        project.update(names_in(f))
    second = detector.with_project_names(texts[1], first[1], project)
    assert ("Ljungskär", "PLACE") in {(s.text, s.type) for s in second}


def test_a_by_name_explained_by_a_first_name_though_it_is_a_country(detector):
    text = ("Vi har tre barn. Kuba, alltså Jakub, han är tretton. Vi kom efter, jag och Kuba, "
            "i februari. Och Kuba fick börja på fritids. Vi åkte till Kuba på semester.")
    kuba = [s for s in detector.detect(text) if s.text == "Kuba"]
    assert len(kuba) == 3 and all(s.type == "PERSON" for s in kuba)
    assert all(s.start < text.index("till Kuba") for s in kuba)


def test_a_workplace_named_in_the_genitive_before_its_kind(detector):
    text = "Innan jobbade jag på Solgårdens äldreboende, och nu på Hagtorpa bibliotek."
    assert {("Solgårdens äldreboende", "WORKPLACE"), ("Hagtorpa bibliotek", "WORKPLACE")} <= \
        found(detector, text)


def test_a_month_name_with_a_role_set_off_after_it_is_a_person(detector):
    text = "Maj, vår kurator, ringde igår. I maj slutar hon."
    assert [(s.text, s.start) for s in detector.detect(text)] == [("Maj", 0)]


@pytest.mark.parametrize("text, span", [
    ("Lans pappa kom också. Vi träffade Lan igår på mötet.", "Lan"),
    ("Vi pratade med emina och hodan om det.", "hodan"),
])
def test_objects_of_verbs_for_people_and_lower_case_names_side_by_side(detector, text, span):
    assert (span, "PERSON") in found(detector, text)


def test_a_word_that_is_a_name_no_list_has_by_the_age_after_it(detector):
    text = ("Det är jag och tjejerna. Saga och Vilda. Vilda är sju och går i ettan. "
            "Vilda frågade varje fredag. Jag fixar frukost åt Vilda. Klockan är sju.")
    got = [(s.text, s.type) for s in detector.detect(text)]
    assert got.count(("Vilda", "PERSON")) == 4
    assert ("Klockan", "PERSON") not in got and got.count(("sju", "AGE")) == 1


def test_a_youth_centre_called_by_a_word_beside_a_name_repeated(detector):
    text = ("Vilda är sju. Vilda frågade. Vilda ritar. Vilda sover. Petter tipsade om en "
            "pappagrupp på Smedjan, på kvällar. Jag gick på en kurs på Smedjan.")
    assert sum(1 for s in detector.detect(text) if s.text == "Smedjan") == 2


@pytest.mark.parametrize("text, ages", [
    ("Utredningen gjordes i april. Han var sex då. Mamma var bra.", ["sex"]),
    ("Hamdi var åtta, Ayaan var sex. Och skolan ringde.", ["åtta", "sex"]),
    ("Han var elva, de var sjutton, arton.", ["elva", "sjutton", "arton"]),
    ("Klockan var sju. Johan är nio.", ["nio"]),
])
def test_ages_after_pronouns_names_and_in_a_row(detector, text, ages):
    assert [s.text for s in detector.detect(text) if s.type == "AGE"] == ages
