"""A transcriber's correction in brackets of what the recogniser wrote ("kål botten
[Kolbotten]", "glöden [Glöden]", "hans [Hans]"): the correction is a name, the misheard words
before it are that name, and so is the same misheard form elsewhere in the text. The real
detector; the sentences are written for these tests, none comes from the evaluation sets."""
import pytest

from .conftest import found, in_a_project

TEAMS = ("Ek, Maja   2:10\n"
         "Skillnaden mellan barnen i kål botten [Kolbotten] och resten av kommunen är stor. "
         "I kål botten bor många. På kål bottens skola är det mer blandat.\n"
         "Ek, Maja   2:40\n"
         "Och att glöden [Glöden] har fler tjejer nu. Men hans [Hans] och saga ringer runt. "
         "Det står inom [hakparentes] och [Tystnad]. Vi tappar glöden ibland.\n")


@pytest.mark.parametrize("word, typ", [
    ("Kolbotten", "PLACE"), ("kål botten", "PLACE"), ("Glöden", "PLACE"), ("glöden", "PLACE"),
    ("Hans", "PERSON"), ("hans", "PERSON"),
])
def test_corrected_names_and_their_misheard_words(detector, word, typ):
    assert (word, typ) in found(detector, TEAMS)


def test_the_same_misheard_words_elsewhere_and_their_genitive(detector):
    starts = {s.start for s in detector.detect(TEAMS) if s.text.lower().startswith("kål botten")}
    assert {TEAMS.index("I kål botten") + 2, TEAMS.index("På kål bottens") + 3} <= starts


def test_what_brackets_hold_that_spells_nothing_before_it_stays(detector):
    spans = {s.text for s in detector.detect(TEAMS)}
    assert not spans & {"hakparentes", "Tystnad"}
    assert TEAMS.rindex("glöden") not in {s.start for s in detector.detect(TEAMS)}


@pytest.mark.parametrize("said", [
    "so hal punkt rahimi snabel a ramnefors punkt se",
    "jökhan punkt yildirim snabel a ljung höga punkt se",
    "hans minus erik punkt mattsson snabel-a glimmerfors punkt se",
])
def test_an_address_read_aloud_with_words_split_in_two(detector, said):
    text = f"Och mig når du på {said}. Skicka gärna till maj också {said}. Det blev som {said}."
    emails = [s.text for s in detector.detect(text) if s.type == "EMAIL"]
    assert emails == [said, said, said]


def test_a_name_the_recogniser_split_in_words_is_the_name_found_elsewhere(detector):
    project = ["IP: Jag jobbar på Klövermonskolan sedan 2019. Vi bor i Tornbacken.",
               "IP: Tornbacken har en fritidsgård. Nermina och Vardagen, sa hon."]
    teams = ("Storm, Jonas   0:02:52\nOch närvaron på torn backen har gått upp. "
             "Inte på Klöver mon skolan lika mycket. Det var dagen efter. Ladda ner mina "
             "papper.\n")
    got = {s.text for s in in_a_project(detector, [*project, teams])}
    assert {"torn backen", "Klöver mon skolan"} <= got
    assert not got & {"var dagen", "ner mina", "var", "dagen", "ner", "mina"}


MEETING = ("Aydın, Nilüfer   0:00:55\nHej, nil ufer aydin [Nilüfer Aydın], jag är ordförande.\n"
           "Nordqvist, Vilja   2:51\nJag håller med dag [Dag]. Men bo [Bo], vi har svaret.\n"
           "Aydın, Nilüfer   3:10\nJa.\n")


def test_a_correction_of_several_names_and_of_a_short_name_in_a_meeting(detector):
    people = {s.text for s in detector.detect(MEETING) if s.type == "PERSON"}
    assert {"nil ufer aydin", "dag", "bo"} <= people


def test_a_meeting_label_whose_surname_is_a_town_is_a_person(detector):
    labels = [(s.text, s.type) for s in detector.detect(MEETING) if ", " in s.text]
    assert labels == [("Aydın, Nilüfer", "PERSON")] * 2


def test_the_poster_of_each_post_of_a_pasted_discord_chat(detector):
    text = ("--- Discord, inklistrat ---\nKubaLibre_PL — 16/10/2026 21:14\nyo vem kör?\n"
            "sagalund.mp3 — 2026-10-23 21:05\nlmao\nMEE6 — 16/10/2026 21:25\nGG, level 12!\n"
            "Han sa — 2026-10-23 21:07\nok\n")
    people = {s.text for s in detector.detect(text) if s.type == "PERSON"}
    assert {"KubaLibre_PL", "sagalund.mp3"} <= people
    assert not people & {"MEE6", "Han sa", "Han"}


SPLIT_MEETING = (
    "Lindkvist, Ove   0:00:12\nVälkommen alla. Vi börjar med en runda.\n"
    "Kallio, Ulf   0:00:31\nJa hej, ulf kal lio [Kallio], enhetschef på individ och familj.\n"
    "Lindkvist, Ove   0:01:02\nTack. Och familjebehandlaren på Navet, ta hmi na [Tahmina "
    "Sadeqi], har gjort hembesök. Kan du säga något, vo sef [Yousef]?\n"
    "Sadeqi, Tahmina   0:01:40\nGärna. Jag pratade med Farah Ahmad var sa me [Farah Warsame] "
    "i går om läxhjälpen.\n")


@pytest.mark.parametrize("words", [
    "ulf",  # the first name said before the corrected surname: "Kallio, Ulf" labels him
    "kal lio", "ta hmi na", "var sa me",
])
def test_more_names_the_recogniser_split_before_their_correction(detector, words):
    people = {s.text for s in detector.detect(SPLIT_MEETING) if s.type == "PERSON"}
    assert any(words in p for p in people), people


def test_a_correction_whose_first_letter_was_heard_as_another(detector):
    text = ("Holm, Stina   0:02:58\nKan du utveckla det, so raja [Zoraya]?\n"
            "Haidari, Zoraya   3:02\nAlltså, det handlar om tilliten.\n")
    people = {s.text for s in detector.detect(text) if s.type == "PERSON"}
    assert "so raja" in people


def test_words_before_a_correction_that_do_not_sound_like_it_stay(detector):
    text = ("Holm, Stina   0:02:58\nDet sa jag till henne i går [Zoraya Haidari] och sen "
            "gick vi hem [Kallio].\n")
    spans = {s.text for s in detector.detect(text)}
    assert not spans & {"i går", "går", "gick vi hem", "vi hem", "hem"}


def test_a_correction_given_as_an_editors_note(detector):
    text = ("Berg, Ulla   00:02:20\nOch ta hmi na [red. anm.: Tahmina] var den som ringde. Jag "
            "var på ett möte på kvarn backs skolan [red. anm.: Kvarnbacksskolan] i våras, och i "
            "ros hagen [Red. anm. Roshagen] bor de flesta.\nSadeqi, Tahmina   00:03:00\nJa.\n")
    got = found(detector, text)
    assert {("ta hmi na", "PERSON"), ("kvarn backs skolan", "SCHOOL")} <= got
    assert {"Roshagen", "ros hagen"} <= {t for t, _ in got}


def test_an_age_in_brackets_after_a_name_and_an_initial_without_its_dot(detector):
    text = "- orosanm. för farhad s (10) planeras, mamman zarmina har inte kommit\n"
    assert ("10", "AGE") in found(detector, text)


def test_an_age_set_off_after_a_name_in_notes(detector):
    text = "- berisha: drita ville ej hembesök. ardit 15, bråk.\n- maj olsson 81, språkcafé.\n"
    ages = [t for t, typ in sorted(found(detector, text)) if typ == "AGE"]
    assert ages == ["15", "81"]


def test_a_first_name_no_list_knows_before_a_surname_in_lower_case(detector):
    text = "Först Merja Kuusisto, sen bajro marković från vuxenutbildningen. En marković till."
    assert ("bajro marković", "PERSON") in found(detector, text)


def test_a_schools_initials_in_notes_and_chats(detector):
    from qualcoder_htl.pseudonymise.detector import names_in_project
    texts = ["IP: Jag jobbar på Lövbackens skola och på Kvarnhagsskolan.",
             "- möte på lbs 22/10, sen khs. sms till alla.\n- LBS har teammöte tor.\n"]
    first = [detector.detect(t) for t in texts]
    got = [(s.text, s.type) for s in detector.with_project_names(
        texts[1], first[1], names_in_project(first)) if s.type == "SCHOOL"]
    assert got == [("lbs", "SCHOOL"), ("khs", "SCHOOL"), ("LBS", "SCHOOL")]


def test_names_a_transcriber_marks_sic(detector):
    text = ("Där har saga [sic] och hennes team gjort ett jobb. Där sitter bo ståhl [sic] från "
            "ekonomi. Jelena, Jeljena [sic] i kallelsen. Det var helt fel [sic] skrivet. Han sa "
            "att dom komer [sic] sen.")
    people = {t for t, typ in found(detector, text) if typ == "PERSON"}
    assert {"saga", "bo ståhl", "Jeljena"} <= people
    assert not people & {"fel", "komer", "helt fel", "dom komer"}


def test_a_short_form_before_a_whole_name_in_brackets(detector):
    text = "- zuza (zuzanna kowalska), fam.centralen, kommer på tisdag.\n"
    assert ("zuza", "PERSON") in found(detector, text)


def test_a_surname_of_the_balkans_in_lower_case_without_its_diacritics(detector):
    text = "Vi pratade med dzenita mehmedbasic och sen med bajro karahodzovic om läxhjälpen."
    people = {t for t, typ in found(detector, text) if typ == "PERSON"}
    assert "bajro karahodzovic" in people


def test_a_word_like_name_set_off_as_one_of_a_group(detector):
    text = ("Det var rättvist, tycker jag. Vilja, en av eleverna, kom sent. Det gäller alla, "
            "en av oss också.")
    people = {t for t, typ in found(detector, text) if typ == "PERSON"}
    assert people == {"Vilja"}


def test_a_word_like_name_at_a_named_place_who_does_something(detector):
    text = "Svenska och arabiska. Vilja på Humlegården säger att hon är chef. Alla på Ugglan har."
    people = {t for t, typ in found(detector, text) if typ == "PERSON"}
    assert "Vilja" in people and "Alla" not in people


def test_the_corrections_type_holds_over_a_listed_surname_in_the_words(detector):
    text = ("Skillnaderna mellan barn i Fors näset [Forsnäset] och barn i resten av "
            "kommunen. Isolering i byarna, Orr bodarna [Orrbodarna] och Svartsjövallen.\n")
    got = found(detector, text)
    assert ("Fors näset", "PLACE") in got and ("Orr bodarna", "PLACE") in got


def test_a_corrected_place_after_a_word_of_where_is_a_place(detector):
    text = "Vi ser att de som kommer från Hässle rud [Hässlerud] blir kvar. Han sitter i " \
           "bilen från lille göl [Lillegöl], förlåt.\n"
    got = found(detector, text)
    for span in ("Hässle rud", "Hässlerud", "lille göl", "Lillegöl"):
        assert (span, "PLACE") in got, span


def test_a_corrected_person_after_med_stays_a_person(detector):
    assert ("maj britt storm", "PERSON") in found(
        detector, "Jag pratade med maj britt storm [Maj-Britt Storm] igår.\n")


def test_a_long_name_whose_first_sound_was_misheard(detector):
    text = "Barnen i Strandmon har det bättre än ute i själv es by [Tjälvesby]. Det syns.\n"
    got = found(detector, text)
    assert ("själv es by", "PLACE") in got and ("Tjälvesby", "PLACE") in got


def test_an_address_misheard_before_its_correction(detector):
    text = "Jag tänker på en familj med tre barn på tång vägen [Tångvägen] där vi kom in.\n"
    got = found(detector, text)
    assert ("tång vägen", "ADDRESS") in got and ("Tångvägen", "ADDRESS") in got


def test_a_short_word_before_a_longer_name_is_no_mishearing(detector):
    got = found(detector, "Vi hade möte med nil ufer aydin [Nilüfer Aydın] igår.\n")
    assert ("nil ufer aydin", "PERSON") in got


def test_a_name_the_recogniser_split_where_the_text_writes_it_whole(detector):
    text = ("Rostami, Shirin   0:00:36\nShirin Rostam i, enhetschef.\n"
            "Hägglund, Bo   0:03:52\nJa, Hägg lund här. Vi har Strandmon och strand mon.\n")
    got = found(detector, text)
    assert ("Shirin Rostam i", "PERSON") in got and ("Hägg lund", "PERSON") in got
    assert ("strand mon", "PLACE") in got


def test_an_initial_or_a_genitive_after_a_name_is_no_split_name(detector):
    text = "Vi träffade Ploys mamma och Tindras bror. ploy s. kom sen, och Tindra K. också.\n"
    got = found(detector, text)
    assert not {t for t, _ in got} & {"ploy s", "Tindra K"}
