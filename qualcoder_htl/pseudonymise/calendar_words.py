"""The names of months and weekdays in Swedish, for the patterns that find dates and the rules
that keep a month or a day from being taken for a name or a house number."""
from __future__ import annotations

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
                       "nov", "dec")
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
# how notes and chats cut a weekday short ("tors kl 13", "mån+ons"; not "tor", a name)
WEEKDAY_ABBREVIATIONS = frozenset(("mån", "tis", "ons", "tors", "fre", "lör", "sön"))

