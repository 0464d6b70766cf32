"""Names the project found, written again with their case changed: a full name in lower case
("kolla med dag ström" where "Dag Ström" was found), a found first name before its surname in
lower case ("Annika storm"), and a name quoted in a note on how a tool wrote it ('Teams skrev
"Klara" som "klara"', '"sczesny" felstavat för Szczęsny'). ``lower_propagation.lower_case``
calls these first."""
from __future__ import annotations

import re

from . import frequency, lexicon, names
from .letters import LOW, UP, L
from .propagation import Coverage, per_forms
from .suggestions import PERSON, PROPAGATED, Suggestion


def quoted_as_a_tool_wrote(text: str, forms: dict[str, str]) -> list[Suggestion]:
    """A note on how a tool wrote a name: 'Teams skrev "Klara" som "klara"', '"sten" för
    "Sten"': the lower-case form quoted beside the name the project found is the name too."""
    if '"' not in text and "”" not in text:
        return []
    out = []
    for m in _QUOTED_PAIR.finditer(text):
        a, b = m.group("a"), m.group("b")
        for name, low, start in ((a, b, m.start("b")), (b, a, m.start("a"))):
            if name[:1].isupper() and low == name.lower() and forms.get(name) == PERSON:
                out.append(Suggestion(start, start + len(low), PERSON, low, PROPAGATED, 0.5))
    for m in _QUOTED_CORRECTED.finditer(text):
        low, name = m.group("low"), m.group("name")
        known = forms.get(low.capitalize()) == PERSON \
            or low in full_names_by_first_word(forms)  # (or a full name's first: "Hans Björk")
        if known and (
                m.group("verb") or name is not None and name.lower() == low) \
                or name is not None and forms.get(name) == PERSON \
                and m.group("to") is not None and low[:1] == name[:1].lower():
            # '"klara" i 0:03:35 rättat till Klara', '"hans" med litet h', '"sczesny"
            # felstavat för Szczęsny': a correction log quotes the name as the tool wrote it
            out.append(Suggestion(m.start("low"), m.end("low"), PERSON, low, PROPAGATED, 0.5))
    return out


# a quoted lower-case word, then what a correction log says of it on the same line
_QUOTED_CORRECTED = re.compile(
    rf"[\"”“](?P<low>[{LOW}][{L}\-]{{1,20}})[\"”“](?=[^\n]{{0,80}}?"
    rf"(?P<verb>rättat|rättad|ändrat|ändrad|korrigerat|med litet|med liten|gemen)"
    rf"|(?P<to> (?:felstavat för|felstavning av|=|→|->) )(?P<name>[{UP}][{L}\-]+))")


_QUOTED_PAIR = re.compile(r"[\"”“](?P<a>\w{2,20})[\"”“] (?:som|till|för|→|->|blev|=) "
                          r"[\"”“](?P<b>\w{2,20})[\"”“]")


_GENITIVE_OR_TAIL = re.compile(rf"(?:s(?![{L}]))?(?:-[{LOW}]+)?")


def lower_full_names(text: str, found: list[Suggestion], forms: dict[str, str],
                      present: frozenset[str]) -> list[Suggestion]:
    """A full name found with capitals, written in lower case elsewhere ("kolla med dag
    ström" where "Dag Ström" was found): both words together are the person, even where each
    alone is a word."""
    by_first = full_names_by_first_word(forms)
    if not by_first:
        return []
    # only the full names whose words all stand in this text (``present``, its lower-case
    # words) first: an alternation of a project's thousands of names is slow to run
    wanted = [full for word in present.intersection(by_first) for full in by_first[word]
              if all(part in present or part + "s" in present for part in full.split())]
    if not wanted:
        return []
    covered = Coverage(found)
    out = []
    finder = re.compile("|".join(map(re.escape, sorted(wanted, key=len, reverse=True))))
    for m in finder.finditer(text):
        a, b = m.start(), m.end()
        tail = _GENITIVE_OR_TAIL.match(text, b)  # "hans eks gamla", "hans ek-intervjun"
        b = tail.end() if tail else b
        if a > 0 and (text[a - 1].isalpha() or text[a - 1] == "-") \
                or b < len(text) and (text[b].isalpha() or text[b] == "-"):
            continue  # inside a longer word
        last = m.group(0).rsplit(" ", 1)[-1]
        if covered.covers(a) and (covered.covers(b - 1) or len(last) < 3
                                  or lexicon.is_word(last) and frequency.zipf_sv(last) >= 3.0):
            continue  # (but "abdirahman warsame" found, "warsame jama" of the project's
            # "Warsame Jama" goes on past it: the merge joins them; not an initial, "yonas g")
        out.append(Suggestion(a, b, PERSON, text[a:b], PROPAGATED, 0.6))
    return out


def lower_surnames_after(text: str, found: list[Suggestion], forms: dict[str, str]
                          ) -> list[Suggestion]:
    """A found first name, then its surname in lower case where the project found the full
    name ("Annika storm" where "Annika Storm" was found): a speech-to-text tool's habit."""
    out = []
    for s in found:
        if s.type != PERSON or " " in s.text or not s.text[:1].isupper():
            continue
        m = _LOWER_WORD_AFTER.match(text, s.end)
        surname = m.group(1).capitalize() if m is not None else ""
        if forms.get(f"{s.text} {surname}") == PERSON \
                and names.is_listed_person(surname, word_like_too=True):  # (not "Klara sig" where
            # a heading's "Klara Sig Själv" was found)
            out.append(Suggestion(s.start, m.end(1), PERSON, text[s.start:m.end(1)],
                                  PROPAGATED, 0.6))
    return out


_LOWER_WORD_AFTER = re.compile(rf" ([{LOW}][{L}\-]+)(?![{L}])")


@per_forms
def full_names_by_first_word(forms: dict[str, str]) -> dict[str, list[str]]:
    """{first word: [full names]} of the person names of more than one word, in lower case
    ("lilla Yasin" where "Lilla Yasin" opened a sentence is not looked for: only names
    written wholly in lower case are)."""
    out: dict[str, list[str]] = {}
    for form, typ in forms.items():
        if typ == PERSON and " " in form:
            low = form.lower()
            out.setdefault(low.split()[0], []).append(low)
            heard = _AS_HEARD.sub(lambda m: _HEARD[m.group(0)], low)
            if heard != low:  # "maj sundkvist" where "Maj Sundqvist" was found
                out[low.split()[0]].append(heard)
    return out


# how a speech-to-text tool spells what it hears: "Sundqvist" as "sundkvist", "Wennerholm"
# as "vennerholm", "Philip" as "filip"
_HEARD = {"qv": "kv", "w": "v", "ph": "f", "th": "t", "ck": "k"}
_AS_HEARD = re.compile("qv|w|ph|th|ck")


# a lower-case initial without a dot: "bo s och", "frid l undantaget"
_LOWER_INITIAL = re.compile(rf" ([{LOW}])(?![{L}\d])")


def surname_initial_after(text: str, end: int, word: str, forms: dict[str, str]) -> bool:
    """The initial of the surname of a full name found for this first name follows it in
    lower case, without a dot ("anmälan m maj b," where "Maj Björk" was found; "frid l"
    for Frid Lövgren): notes shorten names so, where a lone letter is otherwise a word ("i",
    "o", "e")."""
    m = _LOWER_INITIAL.match(text, end)
    if m is None:
        return False
    letter = m.group(1)
    return any(full.split()[1].startswith(letter)
               for full in full_names_by_first_word(forms).get(word, ()))
