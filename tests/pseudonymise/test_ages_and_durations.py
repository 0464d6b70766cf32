"""An age is a person's; a number of years something lasted, or the size of a family, is
not."""
import pytest

from .conftest import found


@pytest.mark.parametrize("text", [
    "Vi har haft tre rektorer på två år.",
    "Hon kom varje tisdag, i nästan ett år.",
    "Inte bara tre år och sen slut.",
    "Efter typ fyra år i kö fick vi en fyra.",
    "Vi är fem i familjen.",
    "Vi är sex, sju polacker där.",
])
def test_durations_and_counts_are_no_ages(detector, text):
    assert not [t for t, typ in found(detector, text) if typ == "AGE"]


@pytest.mark.parametrize("text, age", [
    ("En pojke på sexton år skadades.", "sexton år"),
    ("Hon är nästan sju år.", "sju år"),
    ("Han är bara nio år.", "nio år"),
    ("Lo var sex år och gjorde frukost.", "sex år"),
    ("Ett barn på tre år ska inte vara ensamt.", "tre år"),
])
def test_ages(detector, text, age):
    assert (age, "AGE") in found(detector, text)


@pytest.mark.parametrize("text, ages", [
    ("Pojken var nio då, tio nu. Och alla var ju trötta.", ["nio", "tio"]),
    ("Flickan var fem, nu sex, i förskoleklass.", ["fem", "sex"]),
    ("De var sjutton, arton.", ["sjutton", "arton"]),
    ("De som är typ sjutton, arton, de drar till stan.", ["sjutton"]),
    ("Han var tio då, fyra... fjärde klass.", ["tio"]),
])
def test_a_second_age_after_the_first(detector, text, ages):
    assert sorted(t for t, typ in found(detector, text) if typ == "AGE") == sorted(ages)


def test_a_round_of_names_and_ages_goes_on_past_a_remark():
    from qualcoder_htl.pseudonymise.ages import find_ages
    text = ("J: Vad heter ni, hur gamla, och var bor ni?\n"
            "A: Ishtar, fjorton, här.\n"
            "J: Vi skriver inte det.\n"
            "Ploy: Eh, Ploy. Fjorton. Jag bor i stan.\n"
            "Malke: Malke. Fjorton år och... elva månader.\n"
            "J: Vad gör ni här?\n"
            "B: Bea. Tolv.")
    ages = [s.text for s in find_ages(text)]
    assert {"fjorton", "Fjorton", "Fjorton år och... elva månader"} <= set(ages)
    assert "Tolv" not in ages  # after the next question


@pytest.mark.parametrize("text, ages", [
    ("Jag har fem barn, den äldsta är tjugo, den yngsta är sju. Jag har jobbat här länge.",
     {"tjugo", "sju"}),
    ("Barnen: Maksym 7 år, Sara 9 år.", {"7", "9"}),
    ("- alla k (ukr), stryk det. maksym 7 år", {"7"}),
])
def test_ages_of_the_eldest_and_the_youngest_and_after_a_name(detector, text, ages):
    assert ages <= {t for t, typ in found(detector, text) if typ == "AGE"}


@pytest.mark.parametrize("text", [
    "Jag träffade Anna 7 år sedan.",
    "På Ångbacksskolan hade de Liisa ett år och sen ingen.",
])
def test_a_time_after_a_name_is_no_age(detector, text):
    assert not [t for t, typ in found(detector, text) if typ == "AGE"]


@pytest.mark.parametrize("text", [
    "I: Namn och ålder?\nMahad: Mahad. Femton och ett halvt. Nian.\nNour: Nour, fjorton.\n",
    # asked of everyone, "hur gammal ni är"
    "[00:00:04] ES: Kan vi ta en runda där ni säger förnamn, hur gammal ni är och vilken skola "
    "ni går på?\n[00:00:20] Nour: Nour, fjorton, går i åttan.\n"
    "[00:00:45] Mahad: Mahad. Femton och ett halvt. Nian.\n",
])
def test_an_age_and_a_half_in_a_round_of_ages(detector, text):
    got = {t for t, typ in found(detector, text) if typ == "AGE"}
    assert {"Femton och ett halvt", "fjorton"} <= got


def test_an_age_said_as_a_sentence_of_its_own_in_a_round(detector):
    text = ("I: Vi tar en runda, namn och ålder?\n[00:00:35] Sofiia: Sofiia, med två i. Fjorton.\n"
            "Miko: Miko. Alltså Mikołaj egentligen. Tretton. Lärkbacken.\n"
            "Ali: Jag bor där. Två bröder. Vi är fem.\n")
    got = {t for t, typ in found(detector, text) if typ == "AGE"}
    assert {"Fjorton", "Tretton"} <= got and not got & {"Två", "fem"}


def test_an_age_with_its_half(detector):
    assert ("tretton och en halv", "AGE") in found(detector, "Sol: Jag är tretton och en halv.")


def test_a_round_of_ages_goes_on_past_a_short_aside_that_asks_no_one():
    from qualcoder_htl.pseudonymise.ages import find_ages
    text = ("M1: Först en runda: säg vad du heter, hur gammal du är och vad du gör här.\n"
            "Klara: Jag heter Klara, jag är 16, jag går första året.\n"
            "M1: Är det Maj?\n"
            "Hêvî: Hêvî, fjorton.\n"
            "M1: Hur stavar du det?\n"
            "Hêvî: H, e med hatt, v, i med hatt.\n"
            "Klara: Ja! Alla känner mormor Maj.\n"
            "Tor: Tor. Femton. Nian på Färgeriängen.\n"
            "Sasha: Jag är Oleksandra men alla säger Sasha. Femton. Jag har bott här i två år.\n")
    assert {s.start for s in find_ages(text) if s.text == "Femton"} == {
        text.index("Femton"), text.rindex("Femton")}


@pytest.mark.parametrize("text, age", [
    ("Och att mormodern är 66. Stryk.", "66"),
    ("Pappan är 52 och jobbar natt.", "52"),
])
def test_the_age_of_a_parent_or_grandparent_named_by_kin(detector, text, age):
    assert (age, "AGE") in found(detector, text)


def test_a_parents_minutes_are_no_age(detector):
    assert not [t for t, typ in found(detector, "Mamman var 30 minuter sen.") if typ == "AGE"]


def test_a_round_of_ages_goes_on_past_a_question_to_one_speaker():
    from qualcoder_htl.pseudonymise.ages import find_ages
    text = ("I: Kan vi börja med en runda, namn och hur gamla ni är?\n"
            "Hêvî: Hêvî, fjorton.\n"
            "I: Hur stavar du det?\n"
            "Hêvî: H, e med hatt, v, i med hatt. Det betyder hopp.\n"
            "Ploy: Jag heter Patcharaporn men alla säger Ploy. Fjorton.\n")
    assert text.index("Fjorton") in {s.start for s in find_ages(text)}


def test_a_childs_age_in_notes_before_a_bracket(detector):
    from .conftest import in_a_project
    texts = ["Rêzan Xelîl, Berfîn och Azad kom på mötet.",
             "- barnen: mursal 11 (åk 5 på skolan), sonen azad 15 (16 i juni). azad med"]
    ages = {s.text for s in in_a_project(detector, texts) if s.type == "AGE"}
    assert {"11", "15"} <= ages


@pytest.mark.parametrize("text, age", [
    ("Jag var typ elva första gången jag översatte.", "elva"),
    ("– 9 deltagare, 5 tjejer. Tor äldst (16), Mariela och Saga yngst.", "16"),
    ("VH2 Zarghuna Noori, dotter Parwana, 15\nVH3 Linda Svensson", "15"),
    ("Och lite finska med farmor. Hon heter Aino och är nittiotvå.", "nittiotvå"),
])
def test_an_age_first_time_eldest_ending_a_list_line_or_after_a_name_given(detector, text, age):
    assert (age, "AGE") in {(s.text, s.type) for s in detector.detect(text)}


def test_a_count_the_first_time_is_no_age(detector):
    text = "Vi var tre första gången. Malmö, 2019\n"
    assert not [s for s in detector.detect(text) if s.type == "AGE"]


@pytest.mark.parametrize("text, age", [
    ("rojiinxx: kan hevi (min syster) komma? hon är 13\nsol.nyberg: självklart\n", "13"),
    ("20.15 xamda: kan ayaan komma, hon är bara 10\n20.17 nada k: tyvärr\n", "10"),
    ("Han kom med sin dotter Luwam, som då var fem. Mamman hade lämnat.", "fem"),
])
def test_an_age_that_ends_a_chat_line_or_follows_som_då(detector, text, age):
    assert (age, "AGE") in {(s.text, s.type) for s in detector.detect(text)}


def test_a_childs_age_in_notes_before_a_school_year_or_growing_older(detector):
    text = ("- farid 16 tolkar åt mamman (problem!)\n- hamdi 13, sjöbacka åk 7 -> kolla\n"
            "- yazan 14 (född 4 juni 2009 enl. bo)\n- möte m klara 13, sen lunch\n")
    ages = {s.text for s in detector.detect(text) if s.type == "AGE"}
    assert {"16", "13", "14"} <= ages
    assert text.rindex("13") not in {s.start for s in detector.detect(text)}
