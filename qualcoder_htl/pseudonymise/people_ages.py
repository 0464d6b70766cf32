"""The ages of people found, where the age rules see no subject: after a name found in lower
case ("vuk är fjorton", "sasha (9, åk 3)") and right after any found name ("Maksym 7 år")."""
from __future__ import annotations

import re

from . import ages, context
from .letters import LOW, L
from .propagation import Coverage
from .scanning import Words, first_letters, near
from .suggestions import AGE, PERSON, PROPAGATED, Suggestion


def ages_of_found_people(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """An age right after any person found ("Maksym 7 år, Sara 9 år"), and after a person
    found in lower case ("vuk är fjorton", "amen är bara elva", "sasha (9, åk 3)"): the age
    rules ask for a subject they can see, a pronoun or a capitalised name."""
    covered = Coverage(found)
    out = []
    for s in found:
        if s.type != PERSON:
            continue
        m = _YEARS_RIGHT_AFTER.match(text, s.end)  # "Maksym 7 år, Dina 9 år", "maksym 7 år"
        if m is not None and not covered.covers(m.start("n")) \
                and m.group("n").lower() not in ("en", "ett") \
                and (not m.group("n").isdigit() or 0 < int(m.group("n")) <= 110):
            out.append(Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PROPAGATED, 0.5))
            continue
        m = _AGE_IN_A_LIST_LINE.match(text, s.end)  # "Miko (Mikołaj Wróbel), 14, åk 7"
        if m is not None and _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, s.start) + 1,
                                                     s.start) \
                and not covered.covers(m.start("n")) and 0 < int(m.group("n")) <= 110:
            out.append(Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PROPAGATED, 0.5))
            continue
        if not s.text[:1].islower():
            m = _AGE_WORD_IN_BRACKETS.match(text, s.end)  # "stod Maks (elva) här"
            if m is not None and not covered.covers(m.start("n")) \
                    and m.group("n").lower() not in ("en", "ett"):
                out.append(Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PROPAGATED,
                                      0.5))
                continue
            m = _AGE_BARE_IN_NOTES.match(text, s.end)  # "Barnen: Esme 14, lillebror 9."
            if m is not None and not m.group("then") and not covered.covers(m.start("n")) \
                    and 0 < int(m.group("n")) <= 19 \
                    and _CHILD_BEFORE.search(text, max(0, s.start - 60), s.start):
                out.append(Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PROPAGATED,
                                      0.5))
            continue
        m = _AGE_IN_BRACKETS_AFTER.match(text, s.end)  # "sasha (9, åk 3)", "oksana (mamma, 45)"
        if m is not None and not covered.covers(m.start("n")) and 0 < int(m.group("n")) <= 110:
            out.append(Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PROPAGATED, 0.5))
            continue
        m = _AGE_BARE_IN_NOTES.match(text, s.end)  # "sonen baran 14", "reza 17 går på"
        child = _CHILD_BEFORE.search(text, max(0, s.start - 60), s.start) is not None \
            or _SCHOOL_YEAR_SOON.match(text, s.end, s.end + 40) is not None
        if m is None and child:
            m = _AGE_BEFORE_A_WORD.match(text, s.end)  # "dottern sorina 14 slutat gå dit"
        set_off = m is not None and _SET_OFF_IN_NOTES.match(text, m.end("n")) is not None
        if m is not None and not covered.covers(m.start("n")) \
                and 0 < int(m.group("n")) <= (99 if set_off else 19) \
                and (m.groupdict().get("then") or child or set_off):
            out.append(Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PROPAGATED, 0.5))
            continue
        m = _AGE_AFTER_PERSON.match(text, s.end)
        if m is None or covered.covers(m.start("n")) or m.group("n").lower() in ("en", "ett"):
            continue
        if not ages.age_may_follow(text, m.end()):
            continue
        out.append(Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PROPAGATED, 0.5))
    out += _ages_in_a_roster(text, found, covered)
    # "lillebror 9.", "dotter 19, uppsala"
    for m in near(_KIN_ANCHOR, _KIN_AND_AGE, text, before=0, after=16):
        if not covered.covers(m.start("n")) and 0 < int(m.group("n")) <= 99:
            out.append(Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PROPAGATED, 0.5))
    return out


def _ages_in_a_roster(text: str, found: list[Suggestion], covered: Coverage
                      ) -> list[Suggestion]:
    """A line of notes that lists two people or more, each with a number after the name: a
    family's roster, the numbers their ages ("sahra 45 (enl. klara), libbe = liibaan, 15,
    ayaan 11.")."""
    by_line: dict[int, list[re.Match]] = {}
    for s in found:
        if s.type != PERSON:
            continue
        m = _NUMBER_AFTER_A_NAME.match(text, s.end)
        if m is not None and not covered.covers(m.start("n")) and 0 < int(m.group("n")) <= 99:
            by_line.setdefault(text.rfind("\n", 0, s.start), []).append(m)
    return [Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PROPAGATED, 0.5)
            for ms in by_line.values() if len({m.start() for m in ms}) >= 2 for m in ms]


_NUMBER_AFTER_A_NAME = re.compile(r",? (?P<n>\d{1,2})(?=[,;]|\.(?!\d)| \(|$)", re.MULTILINE)
# a child's or a sibling's word, then an age alone, in notes and lists
_KIN_AND_AGE = first_letters("[lLsSdDbB]", re.compile(
    r"(?<![\w])(?i:lillebror|lillasyster|storebror|storasyster|sonen|dottern|son|dotter|bror|"
    r"syster|brodern|systern) (?P<n>\d{1,2})(?=[,;)]|\.(?!\d)| (?:år|nu)\b)"))
_KIN_ANCHOR = Words(*"""lillebror lillasyster storebror storasyster son dotter bror syster
brodern""".split(), letter_before=False)  # (each word the pattern opens with, or its start)


def fractions_of_ages(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The fraction said after an age found ("nio och ett halvt", "två och halv", "12 och tre
    fjärdedelar", "Nio och fyra månader": the age, as precise as the speaker made it), and
    the age said again or corrected right after it ("Tolv. Nej, tolv och ett halvt.",
    "Åtta, nästan nio")."""
    out = []
    said = [s for s in found if s.type == AGE]
    for s in said:
        m = ages.AGE_CORRECTED.match(text, s.end)
        g = "n" if m is not None and m.group("n") else "f"
        if m is not None and m.group(g).lower() not in ("en", "ett"):
            said.append(Suggestion(m.start(g), m.end(g), AGE, m.group(g), PROPAGATED, 0.5))
            out.append(said[-1])
    for s in said:
        whole = ages.with_its_fraction(text, s)
        if whole.end > s.end:
            out.append(Suggestion(s.start, whole.end, AGE, whole.text, PROPAGATED, s.score))
    return out


# an age in words alone in brackets after a name: "Maks (elva)", "Zlata (fem år)"
_AGE_WORD_IN_BRACKETS = re.compile(rf" \((?P<n>{ages.NUMWORD})(?: år)?\)", re.IGNORECASE)
_AGE_IN_BRACKETS_AFTER = re.compile(rf"(?: [{L}]\.?)? \((?:(?:{'|'.join(sorted(context.KIN))}), )?"
                                    rf"(?P<n>\d{{1,3}})(?=[,)]| (?:nu|år)\))")  # "(14 nu)"


# a list of people, one a line, each with an age: "Miko (Mikołaj Wróbel), 14, åk 7",
# "- Ayan, 9, förskoleklass"
_AGE_IN_A_LIST_LINE = re.compile(r"(?: \([^()\n]{1,40}\))?, (?P<n>\d{1,2})(?=,|[ \t]*$)",
                                 re.MULTILINE)
_LINE_OPENING = re.compile(r"[ \t]*(?:[-–•*][ \t]+|\d{1,2}[.)][ \t]+)?")
# a child's age in digits after the name in notes: "sonen baran 14", "son jawad 14 då",
# "barnen: mursal 12, ahmad shah 9", "reza 17 går på kulan", "sonen azad 15 (16 i juni)"
_AGE_BARE_IN_NOTES = re.compile(r" (?P<n>\d{1,2})(?:(?P<then> (?:då|nu|går|gick|bor))\b"
                                r"|(?=[,;)]|\.(?!\d)| [–-] | \(|[ \t]*$))", re.MULTILINE)
# a number set off by a comma before a word in lower case: "arbër 15, bråk", "maj olsson 81,
# språkcaféet" (a name in notes, then the age, then what about her)
_SET_OFF_IN_NOTES = re.compile(rf", (?=[{LOW}])")
# a child's school year, growing a year older or a sibling's word shortly after the number
# ("hamdi 13, sjöbacka åk 7", "yazan 14 (född 4 juni 2009", "bohdan 15 (nu 16?)", "ilhaan 14
# storasyster", "farid 16 tolkar åt mamman")
_SCHOOL_YEAR_SOON = re.compile(r" \d{1,2}\b[^\n]*?(?:\båk ?\d|\(nu\b|\bfödd\b|\bfyller\b|\b(?:"
                               r"storasyster|storebror|lillasyster|lillebror|tolkar)\b)")
# an age before any word but a unit's ("sorina 14 slutat"; not "sorina 14 dagar")
_AGE_BEFORE_A_WORD = re.compile(r" (?P<n>\d{1,2}) (?!(?:dagar|dag|veckor|månader|timmar|min|"
                                r"minuter|gånger|st|kr|procent|personer|barn|elever|år|"
                                rf"sidor|km|mil)\b)(?=[{LOW}])")
# a word for a child shortly before the name: "sonen", "hennes son", "barnen:"
_CHILD_BEFORE = re.compile(r"(?i:\b(?:son|sonen|dotter|dottern|barnen|barnbarn|brodern|"
                           r"systern|lillebror|lillasyster|storebror|storasyster)\b)[^.;\n]{0,60}$")
# (not "Anna 7 år sedan", "Anna 3 år i rad"; not "SFI ett år": a time)
_YEARS_RIGHT_AFTER = re.compile(rf",? (?P<n>\d{{1,2}}|{ages.NUMWORD}) år(?![{L}\d])"
                                rf"(?! (?:sedan|sen|senare|tidigare|till|i rad|kvar|framåt))",
                                re.IGNORECASE)
_AGE_AFTER_PERSON = re.compile(rf" (?:är|var|blir|fyller|fyllde)(?: (?:bara|typ|snart|nästan|"
                               rf"redan|ju))? (?P<n>{ages.NUMBER})(?![{L}\d\-])",
                               re.IGNORECASE)
