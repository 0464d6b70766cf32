"""A group chat copied into the project, written in lower case: every message's sender is a
person whatever the name means as a word, and the senders' names are found again where the
messages address or pair them."""
import re

import pytest

from .conftest import people_in_project

CHAT = """— mån 11 mars 2024 —
[07:52] dag ekholm: god morgon alla! påminner om skolteam i morgon 13.15
[08:03] mire h: bra! dag kan du ta med frånvarosiffrorna
[08:22] can ö (navet): krya 💪
[15:47] stig k: jag kan inte i morgon heller, sjuk unge hemma
[10:06] mire h: tack stig
[08:06] dag ekholm: stig du är bäst
[07:31] seni 🌸: grattis dag!!! 💐
[09:00] seni 🌸: en dag till, varje dag samma sak, bra dag idag
[11:50] +46 70 174 06 33: hej! det är tor från biblioteket
[16:10] seni 🌸: mamma säger hej till stig och hej till alla
[16:12] dag ekholm: ses i morgon. hälsn dag
"""


@pytest.fixture(scope="module")
def suggestions(detector):
    return detector.detect(CHAT)


def at(suggestions, text, line):
    """The suggestions for ``text`` on the chat's line number ``line`` (0-based)."""
    start = sum(len(x) + 1 for x in CHAT.split("\n")[:line])
    end = start + len(CHAT.split("\n")[line])
    return [s for s in suggestions if s.text == text and start <= s.start < end]


@pytest.mark.parametrize("name, line", [
    ("dag ekholm", 1), ("can", 3), ("stig", 4), ("seni", 7),
])
def test_every_sender_is_a_person(suggestions, name, line):
    assert [s.type for s in at(suggestions, name, line)] == ["PERSON"]


def test_a_workplace_in_brackets_after_the_sender(suggestions):
    assert [s.type for s in at(suggestions, "navet", 3)] == ["WORKPLACE"]


@pytest.mark.parametrize("line", [2, 5, 6, 7])
def test_a_senders_word_like_name_where_a_message_addresses_or_names_him(suggestions, line):
    name = {2: "dag", 5: "stig", 6: "stig", 7: "dag"}[line]
    assert at(suggestions, name, line), (name, line)


def test_the_word_in_ordinary_use_stays(suggestions):
    assert not at(suggestions, "dag", 8)


def test_a_phone_number_as_sender_is_a_phone_number(suggestions):
    assert [s.type for s in suggestions if "174 06 33" in s.text] == ["PHONE"]


@pytest.mark.parametrize("text", [
    "[00:12:30] IP: Ja, det var så.\n[00:12:40] Intervjuare: Och sen?\n",
    "08.30 utv.gruppsmöte, kommunhuset, sal \"Granen\". Närv: PN, SR, MF\n",
    "10:45 Tillbaka: vi började igen.\n",
])
def test_an_interviews_labels_and_a_notes_headings_are_no_senders(detector, text):
    assert not [s for s in detector.detect(text) if s.type == "PERSON"]


def test_a_dated_chats_sender_that_is_a_word_is_a_person_and_found_in_the_project(detector):
    from qualcoder_htl.pseudonymise.detector import names_in_project
    chat = "2021-03-01 08:05 - Lek 🌸: hej hej 😊🌸\n2021-03-10 15:20 - Lek 🌸: tjejgruppen idag\n"
    interview = "IP: Och så har vi Lek, som har en tjejgrupp där på onsdagarna."
    found_each = [detector.detect(chat), detector.detect(interview)]
    assert sum(s.text == "Lek" and s.type == "PERSON" for s in found_each[0]) == 2
    project = names_in_project(found_each)
    got = detector.with_project_names(interview, found_each[1], project)
    assert any(s.text == "Lek" and s.type == "PERSON" for s in got)


def test_a_notes_bare_time_and_heading_word_is_no_sender(detector):
    assert not detector.detect("10:45 Tillbaka: barnen leker ute en stund.\n")


def test_a_number_or_a_time_that_ends_a_chat_line_is_not_joined_to_the_next_line(detector):
    text = ("[11.40] selam navet: alla välkomna 🙂 mitt nr 070 174 06 95\n"
            "11.41 nada k: välkommen selam!\n"
            "2026-10-24 08:02 - Kaj: mitt jobbnr är nytt btw 070-174 06 94\n"
            "2026-10-24 08:05 - Kaj: jag ringer henne 12.15\n"
            "2026-10-24 08:31 - Rosi: hej alla!\n")
    got = {(s.text, s.type) for s in detector.detect(text)}
    assert {("070 174 06 95", "PHONE"), ("070-174 06 94", "PHONE")} <= got
    dates = [s.start for s in detector.detect(text) if s.type == "DATE"]
    assert text.rindex("2026-10-24") in dates


def test_tor_cut_short_for_thursday_beside_tor_the_man(detector):
    text = ("2026-10-30 20:41 - tor: hej alla! påminner om läxhjälpen tor kl 15. /tor\n"
            "2026-10-31 10:00 - tor: ses på tor då. ons o tor funkar. fråga tor om nycklarna.\n"
            "2026-10-31 10:05 - lina: tor 14 år kommer också.\n")
    tors = [(s.start, s.end) for s in detector.detect(text) if s.text == "tor"]
    said = [m.start() for m in re.finditer(r"\btor\b", text)]
    days = {text.index("tor kl"), text.index("på tor") + 3, text.index("o tor") + 2}
    named = {said[0], said[2], said[3], said[6], said[7]}  # senders, signature, "fråga tor"
    assert named <= {a for a, _ in tors} and not days & {a for a, _ in tors}


def test_nada_as_nothing_beside_nada_the_girl(detector):
    text = ("Jag fattar nada i matte. Nada. Noll. Min mamma heter Nada, så hon blir arg.\n"
            "ok men budgeten = nada 😬\nnada k: tack! nada sa ok. kan nada få läxhjälp?\n")
    got = {(s.start, s.text) for s in detector.detect(text)}
    starts = {a for a, t in got if t.lower() == "nada"}
    nothing = {text.index("fattar nada") + 7, text.index("Nada. Noll"), text.index("= nada") + 2}
    girl = {text.index("heter Nada") + 6, text.index("nada k:"), text.index("nada sa"),
            text.index("kan nada") + 4}
    assert girl <= starts and not nothing & starts


def test_a_greeting_said_to_all_or_twice_beside_the_girl_greeted(detector):
    text = ("isik.yldrm — idag 18:03\nselam millet, vem e på gläntan ikväll\n"
            "emre_yldrm — idag 18:05\nselam kanka 👋 kan jag komma\n"
            "tor: hej selam! ja till 21. /tor\n")
    got = {(s.start, s.text.split()[0]) for s in detector.detect(text)}
    people = {a for a, t in got if t.lower() == "selam"}
    assert text.index("hej selam") + 4 in people
    assert not {text.index("selam millet"), text.index("selam kanka")} & people


def test_a_name_greeted_through_someone_or_signing_off_is_a_person(suggestions):
    assert at(suggestions, "stig", 10) and at(suggestions, "dag", 11)
    assert not at(suggestions, "alla", 10)


def test_a_decorated_handle_as_a_sender_is_a_person(detector):
    got = {(s.text, s.type) for s in detector.detect(
        "KingArash07: vem är med i squad\nxX_MatteW_Xx: jag. NoorTheGreat är afk\n")}
    assert ("xX_MatteW_Xx", "PERSON") in got


def test_a_meeting_tools_notice_that_someone_joined_names_the_person(detector):
    text = ("Engström, Per anslöt till mötet   0:05:31\n\nEngström, Per   0:06:08\n"
            "En journalist skrev om det.\n")
    got = {(s.text, s.type) for s in detector.detect(text)}
    assert ("Engström, Per", "PERSON") in got


def test_a_group_chats_list_of_members_is_people(detector):
    text = 'WhatsApp-grupp "glöden kväll" (medlemmar: selam, matte, đole, bosse, rand boet)\n'
    got = {s.text for s in detector.detect(text) if s.type == "PERSON"}
    assert {"selam", "matte", "đole", "bosse", "rand"} <= got


def test_a_name_addressed_at_a_sentences_end_in_a_meeting_transcript(detector):
    text = ("Ek, Hans   0:11:45\nDet är en bra poäng, dag. Jag tror att det är nästa steg.\n\n"
            "Almqvist, Dag   0:12:10\nJa. Mat, skola, bo. Det är vad familjerna frågar om.\n")
    got = [(s.text, s.start) for s in detector.detect(text) if s.type == "PERSON"]
    assert ("dag", text.index("dag.")) in got
    assert ("bo", text.index("bo.")) not in got  # the last item of a list


def test_a_word_after_a_comma_in_an_interview_stays_a_word(detector):
    text = "I: Har ni fått hjälp?\nDag: Ja, det är sant, bror. Men Bror själv var inte där.\n"
    assert ("bror", "PERSON") not in {(s.text, s.type) for s in detector.detect(text)}


def test_a_name_addressed_at_a_message_sent_by_a_user_name(detector):
    project = ["I: Vad heter ni?\nSaga: Saga.\nMatte: Matte. Fjorton.\nSaga: Ja.\nMatte: Nej.\n"]
    text = ("saga.lbb: matte du e så negativ\nmatte_korre10: realist\n"
            "berfo.xo: jag skriver. saga du rättar\nzizi_aydn11: ses på glöden tor??\n")
    people = {t for t, _ in people_in_project(detector, project, text)}
    assert {"matte", "saga"} <= people and "tor" not in people


def test_a_name_addressed_in_a_discord_message_under_its_sender(detector):
    project = ["I: Vad heter ni?\nMilo: Milo.\nJuni: Juni.\nMilo: Ja.\nJuni: Nej.\n"]
    text = ("KackeTheGoat10 — Igår 21:14\nnån som ska på fortnite ikväll? milo du lovade\n"
            "D1noBeg0vic — idag 21:15\njuni du bor inte ens bredvid mig\n"
            "m1lo_dmtr — Igår 21:16\nkan inte, det är juni nu och jag vet det\n")
    people = {(t, start) for t, start in people_in_project(detector, project, text)}
    assert ("milo", text.index("milo du")) in people and ("juni", text.index("juni du")) in people
    assert ("juni", text.index("juni nu")) not in people
