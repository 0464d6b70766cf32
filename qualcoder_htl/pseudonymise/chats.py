"""Chats copied into a project: who wrote each message.

A line of an exported group chat opens with a clock time (perhaps a date) and its sender:
"[07:52] dag ekholm: god morgon", "[09:51, 2021-03-22] Pirre H 🌻: ...", "11/03/2024, 07:52 -
saga l: ...". The sender is a person whatever the case and whatever the name means as a word
("dag", "stig", "can"); a single word in brackets after the name is where they work ("can ö
(navet)"). A sender that is a phone number is left to the phone pattern.
"""
from __future__ import annotations

import re

from . import lexicon, names
from .capitals import LABEL_WORDS, ROLE_LABELS, role_word
from .letters import LOW, L
from .propagation import Coverage
from .suggestions import PERSON, PROPAGATED, WORKPLACE, Suggestion

# the clock time (with a date before or after it) that opens a chat line, then the sender
_CHAT_SENDER = re.compile(
    r"(?m)^[ \t]*(?:\[?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:,[ \t]*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})?\]?)[ \t]*(?:[-–][ \t]*)?"
    r"(?P<sender>[^\n:\[\]\"“”,.!?;]{1,40}?)[ \t]*:[ \t]")
_DATE = re.compile(r"\d[-/.]\d{1,2}[-/.]\d")
# a word of the sender's name: letters, perhaps a hyphen ("anna-karin")
_NAME_WORD = re.compile(rf"[{L}][{L}\-'’]*")
_WORKPLACE_IN_BRACKETS = re.compile(rf"\(([{LOW}][{L}\-]{{1,30}})\)")
# senders that are no one in particular
_NOT_PEOPLE = frozenset("""jag du admin system moderator ok okej meddelande närv frånv
agenda tema""".split())


def senders(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The name of each chat line's sender (a person), and a workplace in brackets after it."""
    if ":" not in text:
        return []
    covered = Coverage(found)
    out = []
    for m in _CHAT_SENDER.finditer(text):
        start, end = m.span("sender")
        sender = m.group("sender")
        if any(c.isdigit() for c in sender):
            continue  # "+46 70 174 06 33": a phone number, the phone pattern's
        bracket = _WORKPLACE_IN_BRACKETS.search(sender)
        words = list(_NAME_WORD.finditer(text, start, start + bracket.start() if bracket
                                         else end))
        # the name: its words of two letters or more, up to an initial ("mire h", "can ö")
        name = []
        for w in words:
            if len(w.group(0)) < 2:
                break
            name.append(w)
        first = name[0].group(0) if name else ""
        if not name or len(words) > 4 or first.lower() in _NOT_PEOPLE or first in LABEL_WORDS \
                or first.lower() in ROLE_LABELS or role_word(first) \
                or (first.isupper() and len(first) <= 3) \
                or names.is_function_word(first) and len(name) == 1:
            continue  # "IP:", "Intervjuare:", "Mamma:": an interview's labels, not a chat's
        stamp = text[m.start():start]
        if lexicon.is_word(first.lower()) and names.lookup(first.capitalize()) is None \
                and "[" not in stamp and not _DATE.search(stamp):
            continue  # "10:45 Tillbaka:", "14.00 Närv:": a note's time and heading; but
            # "2021-03-01 08:05 - Lek 🌸:", "[07:52] dag:" are a chat's senders
        a, b = name[0].start(), name[-1].end()
        if not covered.covers(a):  # (a score that spreads a capitalised sender's name)
            out.append(Suggestion(a, b, PERSON, text[a:b], PROPAGATED, 0.75))
        if bracket is not None:
            s = start + bracket.start(1)
            e = start + bracket.end(1)
            if not covered.covers(s):
                out.append(Suggestion(s, e, WORKPLACE, text[s:e], PROPAGATED, 0.5))
    return out
