"""Street addresses, postcodes and named squares: "Tumlarvägen 12, lgh 1101", "813 92
Gjutarbo", "vi bor på Granvägen", "de samlas vid Tjädertorget"."""
from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon, names
from .calendar_words import MONTH_ABBREVIATIONS, MONTHS
from .letters import DIGIT, LOW, UP, L
from .scanning import Words, first_letters, near
from .suggestions import ADDRESS, PATTERN, PLACE, Suggestion

STREET_SUFFIXES = ("vägen", "gatan", "stigen", "gränd", "gränden", "torget", "allén", "backe",
                   "backen", "plan", "leden", "platsen", "stråket", "slingan", "svängen",
                   "gången", "kroken", "ringen", "väg", "gata", "torg", "esplanaden", "kajen",
                   "promenaden", "udden", "liden", "branten", "höjden", "vägens", "gatans")
# a space inside an address, not a line break: "Fyrbacken\n12.3.25 ..." is a place, then a
# date on the next line
_S = r"[ \t\u00a0]"
# word lengths bounded: a long hyphenated run must not be tried from each of its capitals
_STREET_WORD = (rf"(?:[{UP}][{L}]{{1,40}}{_S})?[{UP}][{L}\-]{{0,40}}(?:{'|'.join(STREET_SUFFIXES)})"
                rf"|[{UP}][{L}\-]{{1,40}}{_S}(?:väg|gata|torg|allé|backe|plan|byväg|landsväg)")
# the floor after the number: "Storgatan 5, 2 tr", "nötholmsg. 9, 3 tr."
_FLOOR = rf"(?:,?{_S}\d{_S}?tr\.?(?![{L}\d]))?"
_ADDRESS = first_letters(f"[{UP}]", re.compile(
    rf"(?<![{L}])(?:{_STREET_WORD}){_S}\d{{1,4}}(?:{_S}?[A-Ha-h])?(?![\d{L}])"
    rf"(?:,?{_S}(?:lgh|lägenhet|lägenhetsnummer|vån(?:ing)?\.?){_S}?\d{{1,4}})?{_FLOOR}"))
# a street's name cut short before its number, in notes: "Rauklundsg. 14", "strandhagsv. 3",
# "spolbacksv 22", "snickargr 7" (vägen, gatan, gränd; v or g without the dot only after a
# genitive s, or before a number and a flat: "myrbackav 14b lgh 1102")
_ABBREVIATED_STREET = re.compile(
    rf"(?<![{L}\d.@/])(?P<street>[{L}]{{2,40}}(?:[vg]\.|s[vg](?={_S})|gr\.?(?={_S})"
    rf"|(?P<bare>[vg])(?={_S}\d{{1,4}}{_S}?[A-Ha-h]?,?{_S}(?:lgh|lägenhet)))){_S}?\d{{1,4}}"
    rf"(?:{_S}?[A-Ha-h])?(?![\d{L}]|[.,]\d)(?:,?{_S}(?:lgh|lägenhet)\.?{_S}?\d{{1,4}}(?!\d))?"
    rf"{_FLOOR}")
_POSTCODE = first_letters(r"[\dS]", re.compile(  # not over the line's end
    rf"(?<![\d\-])(?:SE-?\s?)?\d{{3}}\s?\d{{2}}(?=[ \t]+[{UP}])"
    rf"[ \t]+[{UP}][{L}\-]+(?: [{UP}][{L}\-]+)?"))
_WITH_A_FLAT = re.compile(r"(?:lgh|lägenhet)\.?\s?\d{4}$")
# a flat's number alone: "lgh 1304" (the four digits say the floor and the door)
_FLAT = re.compile(r"(?i:lgh)(?<!\w...)\.?:? ?\d{4}(?!\d)")  # ("lgh" first: found quickly)
_AFTER_A_HOUSE_NUMBER = re.compile(r"\d{1,4} ?[A-Ha-h]?,? $")
# a postcode and a town in lower case after an address's comma, as notes write it (with the
# street before it: "tranvägen 9, 616 35 kvistuna")
_POSTCODE_IN_NOTES = re.compile(rf"(?:(?<![{L}])[{LOW}][{L}\-]{{2,40}}\.? \d{{1,4}} ?[a-hA-H]?, "
                                rf"|(?<=\d, ))\d{{3}} ?\d{{2}}[ \t]+"
                                rf"(?P<town>[{LOW}][{L}\-]{{2,40}})")
_STREET_END_WORDS = ("vägen", "gatan", "stigen", "gränden", "allén")
_LOWER_STREET = re.compile(rf"(?<![{L}])(?P<where>på|bor|vid|till|från|mot) (?P<street>"
                           rf"[{LOW}]{{3,30}}(?:{'|'.join(_STREET_END_WORDS)}|torget))"
                           rf"(?P<number>[ \t]\d{{1,4}}(?:[ \t]?[a-hA-H])?(?![\d{L}])"
                           rf"(?:,?[ \t](?i:lgh)\.?[ \t]?\d{{4}})?)?(?![{L}\d@\-])")
_STREET_ALONE = first_letters(f"[{UP}]", re.compile(
    rf"(?<![{L}])[{UP}][{L}\-]{{0,40}}(?:{'|'.join(_STREET_END_WORDS)})(?![{L}])"))
# a square without a number is a place where people meet ("vid Tjädertorget"), with a number
# an address ("Tallmonstorget 2")
_SQUARE = first_letters(f"[{UP}]", re.compile(
    rf"(?<![{L}])[{UP}][{L}\-]{{1,40}}torget(?![{L}])(?!\s\d)"))


# words that open a street's own name ("Stora Nygatan", "Gamla Landsvägen"), and the heads
# that need a word before them ("Olof Palmes gata", "Kyrkans väg")
_STREET_PREFIXES = frozenset("""stora lilla gamla nya norra södra östra västra övre nedre
sankt s:t""".split())
_STREET_HEADS = ("väg", "gata", "torg", "allé", "backe", "plan", "byväg", "landsväg")


_A_PLAN_S_YEARS = re.compile(rf"[{UP}][{LOW}]+plan (?:19|20)\d\d\b")
_MONTH_AFTER = re.compile(r"\s(?i:" + "|".join(MONTHS + MONTH_ABBREVIATIONS) + r")\b")


# a postcode after a street's number with no town after it, as notes write it:
# "båtsholmsv 7, 613 47 (stod i ...)"
_POSTCODE_AFTER = re.compile(rf",? \d{{3}} ?\d{{2}}(?![\d{L}]|[ \t]+[{UP}])")


def _with_postcode(text: str, end: int) -> int:
    m = _POSTCODE_AFTER.match(text, end)
    return m.end() if m else end


# cheap anchors for ``near``: what every match holds (a digit after a blank, a house number's
# first digit after a blank or an abbreviation's dot, five digits of a postcode, a street's or
# a square's last word)
_NUMBER_AFTER_BLANK = re.compile(rf"[{DIGIT}](?<=\s[{DIGIT}])")
_NUMBER_AFTER_DOT_OR_BLANK = re.compile(rf"[{DIGIT}](?<=[.\s][{DIGIT}])")
_FIVE_DIGITS = re.compile(rf"[{DIGIT}]{{3}}\s?[{DIGIT}]{{2}}")
_STREET_ENDS = Words(*_STREET_END_WORDS)
_SQUARE_END = Words("torget")
_LOWER_STREET_ENDS = Words(*_STREET_END_WORDS, "torget")


def find_address(text: str) -> Iterator[Suggestion]:
    taken: list[tuple[int, int]] = []
    for m in near(_NUMBER_AFTER_BLANK, _ADDRESS, text, before=100, after=40):
        if _A_PLAN_S_YEARS.match(m.group(0)):
            continue  # "Projektplan 2019–2021", "Handlingsplan 2020": a document, not a street
        if _MONTH_AFTER.match(text, m.end()):
            continue  # "i Sågbacken 10 juni 2022": the day of a date, not a house's number
        start = m.start()
        first, _, rest = m.group(0).partition(" ")
        if rest and not rest[:1].isdigit() and not first.endswith("s") \
                and first.lower() not in _STREET_PREFIXES \
                and lexicon.is_word(first.lower()) and not rest.startswith(_STREET_HEADS):
            start += len(first) + 1  # "Hembesök Lotsuddsvägen 22": a note's word, not the name
        end = _with_postcode(text, m.end())
        taken.append((start, end))
        yield Suggestion(start, end, ADDRESS, text[start:end], PATTERN, 0.95)
    for m in near(_NUMBER_AFTER_DOT_OR_BLANK, _ABBREVIATED_STREET, text, before=50, after=40):
        street = m.group("street").rstrip(".").lower()
        if any(a <= m.start() < b for a, b in taken) or lexicon.is_word(street) \
                or len(street) < 6 and not _WITH_A_FLAT.search(m.group(0)) \
                or m.group("bare") and names.lookup(street.capitalize()):
            continue  # "jfr. 3", "bl.a" and words are no streets (nor "Gustav 3"); a short
            # one is, before a flat's number ("bor gbv 14b lgh 1102", "tångg. 14b lgh 1203")
        end = _with_postcode(text, m.end())
        taken.append((m.start(), end))
        yield Suggestion(m.start(), end, ADDRESS, text[m.start():end], PATTERN, 0.8)
    for m in near(_FIVE_DIGITS, _POSTCODE, text, before=8, after=100):
        yield Suggestion(m.start(), m.end(), ADDRESS, m.group(0), PATTERN, 0.9)
    for m in _FLAT.finditer(text) if "gh" in text or "GH" in text else ():
        if not any(a <= m.start() < b for a, b in taken) \
                and not _AFTER_A_HOUSE_NUMBER.search(text, max(0, m.start() - 8), m.start()):
            # "lgh 1304" alone in notes (after a house's number the street's rules take it)
            yield Suggestion(m.start(), m.end(), ADDRESS, m.group(0), PATTERN, 0.7)
    for m in near(_FIVE_DIGITS, _POSTCODE_IN_NOTES, text, before=64, after=48):
        if not lexicon.is_word(m.group("town")):  # "renhagsv 7, 982 63 siellajärvi"
            yield Suggestion(m.start(), m.end(), ADDRESS, m.group(0), PATTERN, 0.8)
    # notes write a street in lower case: "bor myrstigen", "bråk vid kärrhagstorget"
    for m in near(_LOWER_STREET_ENDS, _LOWER_STREET, text, before=48, after=24):
        if not any(a <= m.start("street") < b for a, b in taken) \
                and (m.group("number") or not lexicon.is_word(m.group("street"))
                     and not m.group("street").endswith("torget")):
            # (not "till järnvägen", "vid busstorget": a common noun; a square without a
            # number is a place where people meet)
            yield Suggestion(m.start("street"), m.end(), ADDRESS, text[m.start("street"):m.end()],
                             PATTERN, 0.6)
    # "vi bor på Granvägen": a street without number
    for m in near(_STREET_ENDS, _STREET_ALONE, text, before=48, after=8):
        if not any(a <= m.start() < b for a, b in taken):
            yield Suggestion(m.start(), m.end(), ADDRESS, m.group(0), PATTERN, 0.7)
    for m in near(_SQUARE_END, _SQUARE, text, before=48, after=8):  # "vid Tjädertorget"
        if not any(a <= m.start() < b for a, b in taken):
            yield Suggestion(m.start(), m.end(), PLACE, m.group(0), PATTERN, 0.7)
