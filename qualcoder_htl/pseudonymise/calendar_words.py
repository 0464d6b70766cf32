"""The names of months and weekdays in Swedish, for the patterns that find dates and the rules
that keep a month or a day from being taken for a name or a house number."""
from __future__ import annotations

import re

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
                       "nov", "dec")
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
# how notes and chats cut a weekday short ("tors kl 13", "mån+ons"; not "tor", a name)
WEEKDAY_ABBREVIATIONS = frozenset(("mån", "tis", "ons", "tors", "fre", "lör", "sön"))


_DAYS = r"(?:mån|tis|ons|tors?|fre|lör|sön)(?:dag(?:en|ar)?)?"
# "tor kl 15", "tor 12/11", "tor em", "tor & fre", "tis-tor": a Thursday cut short
_THURSDAY_AFTER = re.compile(rf"(?:[ \t]+(?:kl\b|\d(?!\d* år)|em\b|fm\b|e\.m\.|f\.m\.|eftermiddag|"
                             rf"förmiddag|kväll|morgon|lunch)|[ \t]*(?:&|\+|/|o|och|eller|-)"
                             rf"[ \t]*{_DAYS}\b)")
_THURSDAY_BEFORE = re.compile(rf"(?:\b(?:på|nästa|varannan|denna|varje)|\b{_DAYS}[ \t]*"
                              rf"(?:&|\+|/|o|och|eller|-)|\b{_DAYS},)[ \t]*$")


def thursday_cut_short(text: str, start: int, end: int) -> bool:
    """"tor" where a note or a chat means Thursday ("på tor", "tor kl 15", "ons o tor"), not
    Tor, a man."""
    return _THURSDAY_AFTER.match(text, end) is not None \
        or _THURSDAY_BEFORE.search(text, max(0, start - 20), start) is not None
