"""parse_turns: labels at line start become turns; ordinary colons and headers do not."""
import pytest

from qualcoder_htl.importers.speakers import SpeakerOptions, parse_turns

EXCERPT = """Intervju med rektor, Lingbackeskolan
Datum: 2020-03-12
Respondent: Karin Åström, rektor

[00:00:05] J: Välkommen! Vill du börja med att berätta om HTL?
IP: Ja. Det var så här: vi fick ett uppdrag från förvaltningen.
Kl. 12:45 kom hon in, Anna alltså, och sa: nu kör vi.
Fråga: hur skulle vi hinna?

(00:01:10) J: Mm. Och sen?
Anna Söderlund: Får jag fylla i?
[Maria]: Ja, gör det.
Anna Söderlund: Vi började med elevhälsan.
[00:02:03.250] IP: Precis.\x20\x20
Skolan: den var liten då.

[Maria] Tack, det var allt.
12:45 J: Tack så mycket."""


def _spans(text, turns):
    return [(t.speaker, text[t.start:t.end], t.timestamp_ms, t.is_interviewer) for t in turns]


def test_realistic_excerpt():
    turns = parse_turns(EXCERPT, SpeakerOptions())
    assert _spans(EXCERPT, turns) == [
        ("J", "[00:00:05] J: Välkommen! Vill du börja med att berätta om HTL?", 5000, True),
        ("IP", "IP: Ja. Det var så här: vi fick ett uppdrag från förvaltningen.\n"
               "Kl. 12:45 kom hon in, Anna alltså, och sa: nu kör vi.\n"
               "Fråga: hur skulle vi hinna?", None, False),
        ("J", "(00:01:10) J: Mm. Och sen?", 70000, True),
        ("Anna Söderlund", "Anna Söderlund: Får jag fylla i?", None, False),
        ("Maria", "[Maria]: Ja, gör det.", None, False),
        ("Anna Söderlund", "Anna Söderlund: Vi började med elevhälsan.", None, False),
        ("IP", "[00:02:03.250] IP: Precis.  \nSkolan: den var liten då.", 123250, False),
        ("Maria", "[Maria] Tack, det var allt.", None, False),
        ("J", "12:45 J: Tack så mycket.", 765000, True),
    ]


def test_header_is_not_a_turn():
    turns = parse_turns(EXCERPT)
    assert EXCERPT[: turns[0].start].startswith("Intervju med rektor")
    assert "Respondent" not in {t.speaker for t in turns}  # one-off header label
    assert turns[0].start == EXCERPT.index("[00:00:05]")


@pytest.mark.parametrize(
    "line",
    [
        "Det var så här: vi gjorde det.",
        "Kl. 12:45 kom hon",
        "Hon sa: nej, det går inte.",
        "Datum: 2020-03-12",
        "Obs: ljudet bröts",
        "[skratt] ja precis",
        "[Paus]",
        "J:text utan mellanslag",
        "Enligt planen (version 2): vi börjar i augusti",
        "Ett två tre fyra: för långt",
        "En mycket lång etikett som inte kan vara ett namn alls: nej",
    ],
)
def test_false_positives(line):
    text = f"J: fråga\nIP: svar\n{line}\n{line}\nJ: nästa\nIP: svar"
    assert [t.speaker for t in parse_turns(text)] == ["J", "IP", "J", "IP"]


def test_single_name_label_needs_min_count():
    text = "J: Hur gick det?\nPetra: Bra.\nJ: Och sen?\nIP: Det vet jag inte."
    assert [t.speaker for t in parse_turns(text)] == ["J", "J", "IP"]
    loose = SpeakerOptions(min_name_count=1)
    assert [t.speaker for t in parse_turns(text, loose)] == ["J", "Petra", "J", "IP"]


def test_initials_and_numbered_labels():
    text = "I: Fråga\nAS: Svar\nI: Mer\nAS: Ja\nIP2: Jag med\nip 1: Och jag\nInt: Tack"
    turns = parse_turns(text)
    assert [(t.speaker, t.is_interviewer) for t in turns] == [
        ("I", True), ("AS", False), ("I", True), ("AS", False),
        ("IP2", False), ("IP 1", False), ("Int", True),
    ]


def test_configured_labels_match_case_insensitively_and_use_configured_spelling():
    text = "j: hej\nResp: hej hej"
    assert [(t.speaker, t.is_interviewer) for t in parse_turns(text)] == [
        ("J", True), ("Resp", False),
    ]


def test_custom_labels():
    opts = SpeakerOptions(interviewer_labels=("Johanna",), respondent_labels=("Elev",),
                          allow_names=False)
    text = "Johanna: Hej\nElev: Hej\nAnna: inte en etikett\nAnna: fortfarande inte"
    turns = parse_turns(text, opts)
    assert [(t.speaker, t.is_interviewer) for t in turns] == [("Johanna", True), ("Elev", False)]
    assert text[turns[1].start:turns[1].end].endswith("fortfarande inte")


def test_names_and_brackets_can_be_switched_off():
    text = "Anna: a\nBo: b\nAnna: c\nBo: d\n[Cia]: e\n[Cia]: f"
    assert parse_turns(text, SpeakerOptions(allow_names=False, bracket_names=False)) == []
    names = [t.speaker for t in parse_turns(text, SpeakerOptions(allow_names=False))]
    assert names == ["Cia", "Cia"]


def test_timestamps_can_be_switched_off():
    text = "[00:00:01] J: hej\nIP: hej\n00:00:03 J: hallå"
    turns = parse_turns(text, SpeakerOptions(timestamps=False))
    assert [(t.speaker, t.timestamp_ms) for t in turns] == [("IP", None)]


def test_timestamp_formats():
    text = "\n".join([
        "[00:12:45] J: a", "00:12:45 IP: b", "(00:12:45) J: c", "12:45 IP: d",
        "[00:12:45.123] J: e", "[01:02:03,5] IP: f", "[12:45] J: g", "IP: [00:00:09] h",
    ])
    assert [t.timestamp_ms for t in parse_turns(text)] == [
        765000, 765000, 765000, 765000, 765123, 3723500, 765000, 9000,
    ]


def test_timestamp_on_its_own_line_belongs_to_the_next_turn():
    text = "J: fråga\n\n[00:03:00]\nIP: svar\nmer svar\n[00:04:00]\nJ: nästa"
    turns = parse_turns(text)
    assert _spans(text, turns) == [
        ("J", "J: fråga", None, True),
        ("IP", "[00:03:00]\nIP: svar\nmer svar", 180000, False),
        ("J", "[00:04:00]\nJ: nästa", 240000, True),
    ]


def test_turn_end_excludes_blank_lines_and_trailing_spaces():
    text = "J: fråga   \n\n\n  \nIP:\nsvar på nästa rad  \n\n"
    turns = parse_turns(text)
    assert _spans(text, turns) == [
        ("J", "J: fråga", None, True),
        ("IP", "IP:\nsvar på nästa rad", None, False),
    ]


def test_offsets_are_code_points():
    text = "Rubrik 😀 med emoji\nJ: hej 😀\nIP: å"
    turns = parse_turns(text)
    assert [text[t.start:t.end] for t in turns] == ["J: hej 😀", "IP: å"]
    assert turns[0].start == len("Rubrik 😀 med emoji\n") == 19


def test_a_single_turn_text_keeps_its_turn():
    assert [t.speaker for t in parse_turns("Respondent: bara en rad")] == ["Respondent"]


def test_no_labels_no_turns():
    assert parse_turns("Bara löptext här.\nInga talare.") == []
    assert parse_turns("") == []

def test_uppercase_initials_that_spell_a_word_are_speakers():
    """Jonas Aho's initials are JA; "Ja:" at line start would be a sentence opener."""
    text = ("J: Hur började det?\nJA: Ja, det var i höstas.\nJ: Och sen?\n"
            "JA: Sen kom skolan.\nOBS: paus")
    turns = parse_turns(text, SpeakerOptions())
    assert [t.speaker for t in turns] == ["J", "JA", "J", "JA"]
