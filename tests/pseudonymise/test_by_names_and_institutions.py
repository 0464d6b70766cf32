"""What the `_y` batch showed: a country that is a boy's by-name ("Kuba") wherever the text
shows it is a person, a phone number read aloud in pairs, a mosque named "Masjid X", and a
name an institution noun made a school once that the text otherwise makes a person."""
import pytest

from qualcoder_htl.pseudonymise.detector import names_in_project

from .conftest import found, in_a_project


@pytest.mark.parametrize("text, spans", [
    ("Kubas mamma ringde. Sen kom Kuba hem.", {"Kubas", "Kuba"}),
    ("Han och Kuba och Bohdan, de tre musketörerna. Kuba är bäst.", {"Kuba", "Bohdan"}),
    ("Mamman till Kuba, Gosia, ringde.", {"Kuba", "Gosia"}),
    ("Saga: Kuba är lillebror. Han går i trean.", {"Kuba"}),
    ("Det var ren i brödet. Kuba trodde det var kebab.", {"Kuba"}),
    ("Hon är mamma till Mali i fyran, och gift med Bo.", {"Mali"}),
    ("Ploy är stor, det är lillasystern, Mali. De leker.", {"Mali"}),
    ("Sten märkte det först. Pojken, Kuba, kom dit varje kväll.", {"Kuba"}),
])
def test_a_country_used_as_a_by_name_is_a_person(detector, text, spans):
    got = {t for t, typ in found(detector, text) if typ == "PERSON"}
    assert spans <= got


@pytest.mark.parametrize("text", [
    "Vi åkte till Kuba på semester. Kuba är fint.",
    "Polen och Ukraina har tagit emot många. Anna och Polen.",
    "Hon kommer från Syrien och Anna från Polen.",
    "I Kuba tror man på revolutionen, sa han.",
    "De flyttade till Mali i fyran.",
    "Vi har familjer från Syrien, Mali, Eritrea.",
])
def test_a_country_stays_a_country(detector, text):
    got = {t for t, _ in found(detector, text)}
    assert not got & {"Kuba", "Polen", "Ukraina", "Syrien"}


def test_a_person_is_not_grown_over_the_word_hem(detector):
    assert ("Kuba", "PERSON") in found(detector, "Kubas mamma ringde. Sen kom Kuba hem.")


@pytest.mark.parametrize("text, span", [
    ("hon har hans nummer här, noll sjuttio, ett sju fyra, noll sex, fyrtiotvå. Bra.",
     "noll sjuttio, ett sju fyra, noll sex, fyrtiotvå"),
    ("vänta... noll sju noll, etthundrasjuttiofyra, noll sex trettioett. Nej.",
     "noll sju noll, etthundrasjuttiofyra, noll sex trettioett"),
])
def test_a_phone_number_read_in_pairs(detector, text, span):
    assert (span, "PHONE") in found(detector, text)


@pytest.mark.parametrize("text", [
    "Vi räknade noll, ett, två, tre, fyra och sen var det klart.",
    "Det stod noll till ett i halvtid och sen tjugo mot trettio.",
])
def test_counting_aloud_is_no_phone_number(detector, text):
    assert not {t for t, typ in found(detector, text) if typ == "PHONE"}


def test_a_mosque_named_masjid(detector):
    assert ("Masjid al-Furqan", "WORKPLACE") in found(
        detector, "Vi har varit på Masjid al-Furqan och på Familjecentralen.")


def test_a_name_the_text_makes_a_person_more_often_is_a_person(detector):
    text = ("Det finns en kvinna som pratar somaliska, som jobbar på skolan, Deeqa. "
            "Och Deeqa ringde henne. Deeqa sa att det var bra.")
    assert {typ for t, typ in found(detector, text) if t == "Deeqa"} == {"PERSON"}


# -- what the `_x` batch showed ----------------------------------------------------------------

def test_a_speaker_label_in_capitals_whose_name_the_text_writes(detector):
    text = ("M: Vem vill börja?\n\nFARZANA: Farzana. Tre barn.\n\nM: Och ni andra?\n\n"
            "FARZANA: För mig var det polisen först.\n\nSFI: Det är bra.")
    got = found(detector, text)
    assert ("FARZANA", "PERSON") in got and not {t for t, _ in got} & {"SFI", "M"}


@pytest.mark.parametrize("text, ages", [
    ("Tre barn. Mujtaba femton, Zahir tolv, och lilla Sitara fyra. Från Herat.",
     {"femton", "tolv", "fyra"}),
    ("Tre pojkar. Minh femton, Đức åtta, och Khang som är två.", {"femton", "åtta", "två"}),
])
def test_ages_in_a_list_of_children(detector, text, ages):
    assert ages <= {t for t, typ in found(detector, text) if typ == "AGE"}


def test_one_name_and_a_number_is_no_age(detector):
    text = "Jag gav Anna tre. Stina kom hem."
    assert not {t for t, typ in found(detector, text) if typ == "AGE"}


def test_a_group_named_by_a_hyphenated_surname(detector):
    got = found(detector, "Nu spelar han innebandy med Čaušević-grabbarna på rasterna.")
    assert ("Čaušević-grabbarna", "PERSON") in got
    assert not found(detector, "Vi pratade om SFI-gruppen och Teams-killarna.")


@pytest.mark.parametrize("surname", ["Wójcik", "Kamiński", "Kowalczyk", "Çelik", "Somby",
                                     "Kovačević", "Krasniqi", "Nguyễn"])
def test_surnames_of_many_origins_are_listed_and_found_in_lower_case(detector, surname):
    from qualcoder_htl.pseudonymise import names
    assert surname in names.surnames_all()
    low = surname.lower()
    assert (low, "PERSON") in found(detector, f"vi pratade med {low} igår om skolan")


def test_a_place_called_by_a_common_noun_the_text_never_writes_in_lower_case(detector):
    text = ("Jag bor uppe på Berget med mamma och pappa. Då är alla där, hela Berget. "
            "Vi har mycket att göra i skolan.")
    assert [t for t, _ in found(detector, text) if t == "Berget"]
    text2 = ("Jag bor uppe på Berget med mamma. Då är alla där, hela Berget. Sen gick vi "
             "upp på berget och tittade.")
    assert not [t for t, _ in found(detector, text2) if t == "Berget"]


# -- what the `_za` batch showed ---------------------------------------------------------------

def test_a_youth_centre_named_after_its_noun(detector):
    text = ("Plats: ett grupprum på ungdomsgården Kometen i Kärrdalen. Och så började "
            "läxhjälpen här på Kometen på tisdagar.")
    assert [typ for t, typ in found(detector, text) if t == "Kometen"] == ["WORKPLACE"]


def test_a_short_form_explained_by_the_full_name(detector):
    text = ("Samme är Samir, han är från samma block. En gång skolkade jag med Samme. "
            "Anna är Lisa i pjäsen.")
    got = {(t, typ) for t, typ in found(detector, text)}
    assert ("Samme", "PERSON") in got and ("Samir", "PERSON") in got


def test_a_word_like_name_in_the_genitive_before_kin(detector):
    assert ("Sammes", "PERSON") in found(detector, "Stora Yasin var där, han är Sammes kusin.")
    assert not found(detector, "Skolans lärare och flickans mamma kom.")


@pytest.mark.parametrize("text, handle", [
    ("Hans snap är dille.kometen. Sen gick vi.", "dille.kometen"),
    ("Min är @ibbe_08, noll åtta som i Stockholm.", "@ibbe_08"),
    ("Jag heter hodan.x på TikTok. Skriv inte det.", "hodan.x"),
    ("Sunná: Mitt är sunnaaa_l. Tre a.", "sunnaaa_l"),
])
def test_user_names_said_in_an_interview(detector, text, handle):
    assert (handle, "PERSON") in found(detector, text)


@pytest.mark.parametrize("text", ["Min är trasig.", "Mitt är bättre.", "Min är typ. Ja."])
def test_mine_is_no_user_name_without_a_user_name_shape(detector, text):
    assert not found(detector, text)


def test_an_e_mail_address_is_no_user_name(detector):
    got = found(detector, "Mejla anna.berg@skolan.se om det.")
    assert {typ for _, typ in got} == {"EMAIL"}


def test_an_age_after_the_eldest(detector):
    got = found(detector, "Jag har tre barn. Abdullahi, den äldsta, är sjutton.")
    assert ("sjutton", "AGE") in got


def test_the_project_gives_a_name_the_type_most_texts_give_it():
    from qualcoder_htl.pseudonymise.suggestions import Suggestion
    place = [Suggestion(0, 5, "PLACE", "Hodan", "capital", 0.7)]
    person = [Suggestion(0, 5, "PERSON", "Hodan", "capital", 0.7)]
    assert names_in_project([place, person, person])["Hodan"] == "PERSON"
    assert names_in_project([place, place, person])["Hodan"] == "PLACE"


@pytest.mark.parametrize("text, span, typ", [
    ('Jag heter Dille. Det kommer meddelanden: "dille e du där". Dille svarar.', "dille",
     "PERSON"),
    ("Okej, på Snapchat heter jag rebin.slemani07. Skriv inte det.", "rebin.slemani07",
     "PERSON"),
    ('Hon vill bli något med TikTok. Hon heter "hodan.x" där.', "hodan.x", "PERSON"),
    ("Hon blir fjorton den 7 maj, då ska hon få en ny telefon.", "fjorton", "AGE"),
])
def test_more_of_what_young_people_say(detector, text, span, typ):
    assert (span, typ) in found(detector, text)


def test_a_file_name_is_no_user_name(detector):
    assert not found(detector, "Filen heter rapport.docx på servern.")


def test_an_age_after_a_name_found_in_lower_case(detector):
    got = found(detector, "Vi pratade om Vuk. talare 2: men vuk är fjorton och det är bra")
    assert ("fjorton", "AGE") in got
    assert not [t for t, typ in found(detector, "Vi pratade om Vuk. sen var vuk tre gånger där")
                if typ == "AGE"]


def test_a_lower_case_name_before_its_role(detector):
    got = found(detector, "talare 2: det var sol samordnaren på skolan som ringde mig")
    assert ("sol", "PERSON") in got
    assert not found(detector, "vi pratade med nya rektorn och sen andra kuratorn och ena "
                               "tränaren och lilla läraren")


def test_a_school_before_its_grades(detector):
    got = found(detector, "Skola: Tornhagsskolan F–6, Tornhagsvägen 40")
    assert ("Tornhagsskolan", "SCHOOL") in got


def test_a_common_noun_in_a_firm_s_genitive_does_not_spread_over_the_project(detector):
    texts = ["Hon städar på Hamnens Städ på morgnarna.", "Nu är det blandat. Hamnen har växt."]
    assert not in_a_project(detector, texts)


def test_a_region_without_a_state_of_its_own_is_a_place_a_country_is_kept(detector):
    text = ("I Kurdistan ringer man inte läraren. Hon kommer från Burco, i Somaliland. "
            "Vi flydde från Syrien via Turkiet.\n")
    got = found(detector, text)
    assert {("Kurdistan", "PLACE"), ("Somaliland", "PLACE")} <= got
    assert not {t for t, _ in got} & {"Syrien", "Turkiet"}


def test_a_boy_named_like_a_country_is_found_across_the_project_but_the_country_stays(
        detector):
    from .conftest import in_a_project
    project = ["I: Vilka är ni?\n\nKuba: Kuba. Alltså Jakub, men alla säger Kuba.\n"]
    got = {(s.text, s.type, s.start) for s in in_a_project(
        detector, [*project, "Selam: Min mamma fick jobb genom Kuba. Han var snäll.\n"
                   "Musse: Men sen hjälpte Kuba min pappa. Vi åkte till Kuba en gång.\n"])}
    kubas = sorted(start for text, typ, start in got if text == "Kuba")
    assert len(kubas) == 2  # the two boys, not the country after "till"
    assert all(typ == "PERSON" for text, typ, _ in got if text == "Kuba")


def test_works_named_by_what_they_make_are_workplaces_not_authorities(detector):
    from qualcoder_htl.pseudonymise import institutions
    assert not institutions.is_authority("Valsverket")
    assert institutions.is_authority("Skatteverket")
    text = ("Många polska pappor jobbade på Valsverket. När Valsverket stängde blev några "
            "kvar utan jobb, och vi skrev till Skatteverket.\n")
    got = found(detector, text)
    assert ("Valsverket", "WORKPLACE") in got and "Skatteverket" not in {t for t, _ in got}


def test_a_long_noun_naming_a_place_the_text_goes_to(detector):
    text = ("Jag bor på Tegelbruket med mamma. Alla på Tegelbruket känner henne, och vi "
            "går till Tegelbruket efter skolan.\n")
    assert [t for t, _ in found(detector, text) if t == "Tegelbruket"]
