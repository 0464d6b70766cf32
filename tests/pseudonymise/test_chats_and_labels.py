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
    assert {"Braun, Virginia", "Clarke, Victoria"} <= got  # one person per author
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
    ("På kvällarna går de på stigen upp mot Åsen och tillbaka.", "Åsen", "PLACE"),
    ("Vi gick runt Gropen, sen var det tio minuter kvar.", "Gropen", "PLACE"),
    ("Vi bjöd in killarna från Stenbrottet på en kväll.", "Stenbrottet", "PLACE"),
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


def test_a_first_name_and_an_initial_as_a_speaker_label(detector):
    text = ("I2: Vem är du?\nAlla K: Alla heter jag, Alla Kovalenko. Jag är ny.\n"
            "Bo E: Och jag är rektor.\nAlla K: Hela tiden.\nRektor B: Ja.\nSkola A: Nej.\n")
    got = {(s.start, s.text) for s in detector.detect(text) if s.type == "PERSON"}
    assert (text.index("Alla K:"), "Alla") in got and (text.index("Bo E:"), "Bo") in got
    assert (text.rindex("Alla K:"), "Alla") in got
    assert not {t for _, t in got if t.startswith(("Rektor", "Skola"))}


def test_a_recording_s_timestamp_is_no_chat_for_a_name_that_is_a_word(detector):
    # "Matte" (Mattias) is a person elsewhere in the project; here "matte" is maths
    text = "[00:07:20] R: Jag har E i matte nu. Och C i svenska.\n[00:07:30] R: matte nu."
    got = detector.with_project_names(text, detector.detect(text), {"Matte": "PERSON"})
    assert not got
    chat = "[07:20] rezzo: hej matte nu?\n[07:21] matte: ja"
    assert [s.text for s in detector.with_project_names(chat, detector.detect(chat),
                                                         {"Matte": "PERSON"})
            if s.type == "PERSON" and s.text == "matte"]


def test_a_label_whose_speaker_says_its_name(detector):
    got = found(detector, "I: Namn och ålder?\nMiko: Miko. Tretton.\nJu: Juni, fjorton.\n")
    assert ("Miko", "PERSON") in got and ("Ju", "PERSON") not in got


def test_a_chat_sender_of_three_words_and_a_place_in_lower_case(detector):
    from qualcoder_htl.pseudonymise.detector import names_in_project
    texts = ["IP: Ungdomarna går till fritidsgården Ugglan. Ugglan har öppet till nio.",
             "[18:01] sevda (kerems mamma): Merhaba, Kerem ikväll på ugglan? Tack\n"
             "[18:03] nils: ja han kan komma\n"]
    first = [detector.detect(t) for t in texts]
    got = {(s.text, s.type) for s in detector.with_project_names(
        texts[1], first[1], names_in_project(first))}
    assert ("ugglan", "WORKPLACE") in got
    assert "Merhaba" not in {t for t, _ in got}  # a greeting, in Turkish


def test_an_association_named_beside_what_it_is(detector):
    text = "Och Wadajir, den somaliska föreningen, hade läxhjälp. Wadajir betyder tillsammans."
    assert [s.type for s in detector.detect(text) if s.text == "Wadajir"] == ["WORKPLACE"] * 2
