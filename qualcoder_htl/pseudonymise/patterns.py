"""Identifiers with a shape: personnummer, phone numbers, e-mail, dates, ages, handles (street
addresses are in ``addresses``, and ``find_all`` runs them with the rest).

Each ``find_*`` function yields ``Suggestion``s with source ``pattern``. A personnummer or
samordningsnummer with a correct Luhn check digit scores 1.0; one whose digits fail the check
(a typing error in a transcript still identifies someone) scores 0.5.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from . import lexicon, names
from .addresses import find_address
from .calendar_words import MONTH_ABBREVIATIONS, MONTHS
from .letters import LOW, UP, L  # noqa: F401  (letters of every script, for classes)
from .scanning import first_letters, near
from .suggestions import (
    AGE,
    DATE,
    EMAIL,
    PATTERN,
    PERSON,
    PERSONNUMMER,
    PHONE,
    Suggestion,
)

# --- personnummer and samordningsnummer --------------------------------------------------

_PNR = first_letters(r"\d", re.compile(
    r"(?<![\d\-–+])(?:(?P<cent>19|20)?(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    r"(?P<sep>[-–+ ]?)(?P<serial>\d{3})(?P<check>\d))(?![\d])"))  # (an en dash typed too)


def luhn_ok(ten_digits: str) -> bool:
    """The Luhn check over YYMMDDNNNC, as the Swedish Tax Agency computes it."""
    if len(ten_digits) != 10 or not ten_digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(ten_digits[:9]):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10 == int(ten_digits[9])


def _plausible_date(cent: str | None, yy: str, mm: str, dd: str) -> bool:
    month, day = int(mm), int(dd)
    if day > 60:  # samordningsnummer: the day plus 60
        day -= 60
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    year = int((cent or "20") + yy)
    try:
        date(year if cent else 2000, month, day)  # 2000 is a leap year: allows 29 Feb
    except ValueError:
        return False
    return True


def find_personnummer(text: str) -> Iterator[Suggestion]:
    for m in _PNR.finditer(text):
        if not m.group("sep") and not m.group("cent") and _looks_like_phone(m.group(0)) \
                and not _PNR_CUE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "0611215633" is a phone number, unless "pnr" stands before it
        if not _plausible_date(m.group("cent"), m.group("yy"), m.group("mm"), m.group("dd")):
            continue
        ten = m.group("yy") + m.group("mm") + m.group("dd") + m.group("serial") + m.group("check")
        score = 1.0 if luhn_ok(ten) else 0.5
        yield Suggestion(m.start(), m.end(), PERSONNUMMER, m.group(0), PATTERN, score)


_PNR_CUE = re.compile(r"(?i)\b(?:pnr|personnr|personnummer|samordningsnr|samordningsnummer)"
                     r"\b[^\n]*$")


def _looks_like_phone(digits: str) -> bool:
    return digits.startswith("0")  # 07x..., 08... without separator: a phone number


# --- phone numbers --------------------------------------------------------------------------

_PHONE = first_letters(r"[+0(]", re.compile(
    r"(?<![\w+])(?:\+46|0046)[\s\-]?(?:\(0\)\s?)?\d{1,3}(?:[\s\-]?\d{2,4}){2,4}(?![\d])"
    r"|(?<![\w\-+])0\d{8,9}(?![\d])"
    r"|(?<![\w\-+])0\d{1,3}\s?[\-–/]?\s?\d{1,8}(?:[\s\-]\d{2,4}){0,3}(?![\d])"
    r"|(?<![\w(])\(0\d{1,3}\)\s?\d{2,4}(?:[\s\-]\d{2,4}){0,3}(?![\d])"
    # another country's number: "+47 912 34 567", "+358 40 123 4567", "+44 (0)20 7946 0958"
    r"|(?<![\w+])\+(?!46)[1-9]\d{0,2}[\s\-]?(?:\(0\)\s?)?\d{1,4}(?:[\s\-]?\d{2,4}){1,4}"
    r"(?![\d])"))


# a number read aloud digit by digit: "noll sju noll, ett sju fyra noll, sex fem tre"
# or in pairs: "noll sjuttio, ett sju fyra, noll sex, fyrtiotvå"
_DIGIT_WORD = r"(?:noll|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)"
_PAIR_WORD = (r"(?:(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)"
              r"(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?"
              r"|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton)")
# or in threes: "noll sju noll, etthundrasjuttiofyra, noll sex trettioett"
_HUNDRED_WORD = (rf"(?:(?:ett|två|tre|fyra|fem|sex|sju|åtta|nio)?hundra"
                 rf"(?:{_PAIR_WORD}|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?)")
_SPOKEN_PHONE = re.compile(rf"(?<![\w\-])(?i:noll)(?:[ ,\-–]+(?:{_HUNDRED_WORD}|{_PAIR_WORD}"
                           rf"|{_DIGIT_WORD}))"
                           rf"{{3,11}}(?![\w\-])", re.IGNORECASE)
_PAIR = re.compile(_PAIR_WORD, re.IGNORECASE)
_HUNDRED = re.compile(_HUNDRED_WORD, re.IGNORECASE)
_NOLL = re.compile(r"(?i:noll)")


def find_spoken_phone(text: str) -> Iterator[Suggestion]:
    for m in near(_NOLL, _SPOKEN_PHONE, text, before=0, after=120):
        words = re.findall(r"\w+", m.group(0))
        digits = sum(3 if _HUNDRED.fullmatch(w) else 2 if _PAIR.fullmatch(w) else 1
                     for w in words)
        if digits >= 7:  # a number, not "noll, ett, två" counted aloud
            yield Suggestion(m.start(), m.end(), PHONE, m.group(0), PATTERN, 0.8)


def find_phone(text: str) -> Iterator[Suggestion]:
    for m in _PHONE.finditer(text):
        s = m.group(0).rstrip()
        start = m.start()
        digits = re.sub(r"\D", "", s.replace("(0)", ""))
        if s.startswith("+") and not s.startswith("+46"):  # another country's: 8-15 digits
            if not 8 <= len(digits) <= 15:
                continue
            yield Suggestion(start, start + len(s), PHONE, s, PATTERN, 0.9)
            continue
        if digits.startswith("46"):
            digits = "0" + digits[2:]
        elif digits.startswith("0046"):
            digits = "0" + digits[4:]
        if not 7 <= len(digits) <= 11 or digits.startswith("00"):
            continue
        if re.fullmatch(r"0\d{1,3}[-–]\d{1,2}", s):  # a score or a range, not a number
            continue
        yield Suggestion(start, start + len(s), PHONE, s, PATTERN, 0.95)


# --- e-mail ---------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")


def find_email(text: str) -> Iterator[Suggestion]:
    if "@" not in text:
        return
    for m in _EMAIL.finditer(text):
        yield Suggestion(m.start(), m.end(), EMAIL, m.group(0), PATTERN, 1.0)


# an address read aloud: "saga punkt lindgren snabel-a kvistuna punkt se"
_SPOKEN_EMAIL = re.compile(
    r"(?i)(?<![\w.])[\w\-]+(?: (?:punkt|understreck|bindestreck) [\w\-]+){0,3}"
    r" (?:snabel-?a|at) [\w\-]+(?: punkt [\w\-]+){1,3}(?![\w])")


def find_spoken_email(text: str) -> Iterator[Suggestion]:
    if "snabel" not in text and " at " not in text:
        return
    for m in _SPOKEN_EMAIL.finditer(text):
        if "punkt" in m.group(0).lower() or "snabel" in m.group(0).lower():
            yield Suggestion(m.start(), m.end(), EMAIL, m.group(0), PATTERN, 0.8)


# --- exact dates ----------------------------------------------------------------------------

ORDINAL_WORDS = (
    "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde",
    "tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde",
    "artonde", "nittonde", "tjugonde", "tjugoförsta", "tjugoandra", "tjugotredje",
    "tjugofjärde", "tjugofemte", "tjugosjätte", "tjugosjunde", "tjugoåttonde", "tjugonionde",
    "trettionde", "trettioförsta")
_MONTH = rf"(?:{'|'.join(MONTHS)}|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?)"
_DAY = rf"(?:[0-3]?\d(?::(?:e|a))?|{'|'.join(ORDINAL_WORDS)}|sista)"  # "sista oktober"
# a year said in words after the day and month: "första mars tjugonitton"
_YEAR_WORDS = (r"(?:nittonhundra[a-zåäö]+|tvåtusen[a-zåäö]*|tjugo(?:noll[a-zåäö]+|ett|två|tre|"
               r"fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|"
               r"arton|nitton|tjugo[a-zåäö]*))")
_WEEKDAY = r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?"
_DATE = re.compile(
    # (not a clock time's seconds before a name: "00:45:31 Maj-Britt:")
    rf"(?<![\w\-:])(?:(?:{_WEEKDAY}\s)?den\s)?{_DAY}\s{_MONTH}"
    rf"(?:,?\s(?:19|20)\d{{2}}(?![\w\-])|\s{_YEAR_WORDS}(?![\w\-]))?"
    rf"(?![\w]|-(?-i:[{UP}]))"
    rf"|(?<![\w\-])(?:19|20)\d{{2}}-[01]\d-[0-3]\d(?![\w\-])"
    rf"|(?<![\w\-/.])[0-3]?\d[/.][01]?\d(?:[/.](?:19|20)?\d{{2}}|\s(?:19|20)\d{{2}}"
    rf"| ?-(?:19|20)?\d{{2}}(?![\w/]|\.\d))?(?![\w/]|\.\d)"
    rf"|(?<![\w\-])(?P<month_year>(?:{'|'.join(MONTHS)})\s(?:19|20)\d{{2}}|{_MONTH} -\d{{2}}"
    rf"|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?\s(?:19|20)\d{{2}})"  # (and "jan 2020")
    rf"(?![\w\-])"
    rf"|(?<![\w\-])den\s[0-3]?\d:(?:e|a)(?![\w])",
    re.IGNORECASE)

# every date holds a month's name (at a word's start), digits around a date separator, or "3:e"
# (the look-ahead of first letters lets the engine skip every other position quickly)
_DATE_ANCHOR = re.compile(r"(?=[jJfFmMaAsSoOnNdD\d])"
                          r"(?:(?<![^\W\d_])(?i:jan|feb|ma[rj]|apr|ju[nl]|aug|sep|okt|nov|dec)"
                          r"|\d[/.\-]\d|\d:[eaEA])")


def find_dates(text: str) -> Iterator[Suggestion]:
    for m in near(_DATE_ANCHOR, _DATE, text):
        s = m.group(0)
        numeric = not any(c.isalpha() for c in s)  # "15/11 2022", not "12 feb."
        if numeric and ("/" in s or "." in s):
            if "." in s and (m.start() == 0 or text[m.start() - 1] == "\n"):
                continue  # "2.1 Grunden": a heading's number, not a date
            day, month = re.split(r"[/.\s\-]", s)[:2]
            if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
                continue
            score = 0.6
        elif s.lower().startswith("den ") and not any(mo in s.lower() for mo in MONTHS):
            score = 0.5  # "den 3:e": a day of an unnamed month
        elif m.group("month_year"):
            score = 0.5  # "augusti 2023": a month of a year, not a day
        else:
            score = 0.9
        if s[:1].isdigit() and re.fullmatch(r"\d{1,2}", s.split()[0]) and int(s.split()[0]) > 31:
            continue
        start = m.start()
        if s.lower().startswith("den "):  # "den 3:e november": the date without its article
            start, s = start + 4, s[4:]
        yield Suggestion(start, m.end(), DATE, s, PATTERN, score)


# --- ages -----------------------------------------------------------------------------------

_UNITS = ("ett", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
NUMBER_WORDS = ("ett", "en", "ettårs", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
                "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton",
                "arton", "nitton")
_TENS = ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio")
NUMWORD = (rf"(?:(?:{'|'.join(_TENS)})(?:{'|'.join(_UNITS)})?|{'|'.join(NUMBER_WORDS)}|hundra)")
_NUM = rf"(?:\d{{1,3}}|{NUMWORD})"
# "(elva månader)", "gammal, sjuttio": a baby's months, an age after "gammal"
_AGE_MONTHS = re.compile(rf"\((?P<n>{_NUM} månader)\)|(?i:gammal), (?P<m>{_NUM})(?![\w\-])")
# "lilla Nasteexo, hon är sju månader", "bebisen var bara fem månader": a baby's age (after
# someone, and not "för tre månader sedan")
_AGE_IN_MONTHS = first_letters("[äÄvVbBfF]", re.compile(
    rf"(?<![\w])(?:är|var|blir|blev|fyller|fyllde)(?: (?:bara|nästan|snart|typ|ju))?"
    rf" (?P<n>{_NUM} månader)(?![\w])(?! (?:sen|sedan|till|kvar)\b)", re.IGNORECASE))
_AGE_YEARS = re.compile(rf"(?<![\w\-])(?P<n>{_NUM})(?:,5)?\s(?:och\s(?:ett\s)?halvt\s)?år"
                        rf"(?P<gammal>\sgammal|\sgamla|\sgammalt"
                        rf"|\soch\s{_NUM}\smånader?(?:\sgammal|\sgamla|\sgammalt)?)?(?![\w])",
                        re.IGNORECASE)
_AGE_ARING = re.compile(rf"(?<![\w\-])(?:\d{{1,3}}[-:]?|{NUMWORD}|{NUMWORD}-)"
                        rf"åri(?:ng|ngen|ngar|ngarna|ngens|g|ga|ge)(?![\w])", re.IGNORECASE)
_AGE_BARE = first_letters("[äÄvVbBfFsSeE]", re.compile(
    rf"(?<![\w])(?P<verb>är|var|blir|blev|fyller|fyllde|fyllt|fylla|snart|e)"
    rf"(?:\s(?:ju|bara|typ|snart|väl|nästan|redan|nu|då|kanske|ungefär|runt|sådär))*"
    rf"\s(?P<n>{_NUM}(?:\soch\s(?:ett\s)?halvt)?)(?![\w\-])", re.IGNORECASE))
# the verb before its subject after an adverb: "Nu är jag 36.", "Själv är jag 61 och går i
# pension", "Då var hon bara sju" (not "Då var jag två år i Turkiet": a time spent)
_AGE_INVERTED = first_letters("[äÄvVbBfF]", re.compile(
    rf"(?<![\w])(?P<verb>är|var|blir|blev|fyller|fyllde)\s(?:jag|du|han|hon|hen)"
    rf"(?:\s(?:ju|bara|typ|snart|väl|nästan|redan|nu|då|ungefär))*"
    rf"\s(?P<n>{_NUM}(?:\soch\s(?:ett\s)?halvt)?)(?![\w\-])", re.IGNORECASE))
# a child or a young person's age set off after the word for them: "B (tjej, 15)", "omar
# (sonen, 19)", "kacper = sonen, 16, med i", "en kille, femton, han går inte här", "en
# dotter på nitton som pluggar"
_AGE_OF_A_CHILD = re.compile(
    r"(?<![\w])(?:tjej|kille|pojke|flicka|pojken|flickan|son|sonen|dotter|dottern|barnbarn|"
    r"barnbarnet|grabb|grabben|tjejen|killen)"
    rf"(?:, (?P<n>\d{{1,2}}|(?i:{NUMWORD}))(?=,\s|\)|\.\s)"
    # "en pojke på sexton skadades" (not "en kille på tre veckor")
    rf"| på (?P<p>(?i:{NUMWORD})|\d{{1,2}})(?= som\b| och\b|,|\.| (?:är|var|har|hade|blev|"
    rf"kom|dog|går|gick)\b| [a-zåäö]+(?:ade|ades|de|des|te|tes)\b))"
    # one child's age in brackets after the word for them: "yngsta dottern (fyra) hemma",
    # "1 storebror (17) som tolkar" (not "barnen (3)": how many)
    rf"|(?<![\w])(?:son|sonen|dotter|dottern|storebror|lillebror|storasyster|lillasyster|"
    rf"barnet|pojken|flickan|brodern|systern) \((?P<b>\d{{1,2}}|(?i:{NUMWORD}))\)"
    # a baby's months: "en dotter på fyra månader"
    rf"|(?<![\w])(?:son|dotter|bebis|baby|pojke|flicka|kille|tjej) på (?P<m>(?:\d{{1,2}}|"
    rf"(?i:{NUMWORD})) månader)(?![\w])")
# "Esmeralda, nio, och Django, sex": an age set off after a name in a list of children
_AGE_APPOSITION = re.compile(rf"(?<![\w])(?P<name>[{UP}][{LOW}]+(?: [{UP}][{LOW}]+)?)"
                             rf"(?P<sep>, |\. )(?P<n>(?i:{NUMWORD})|\d{{1,3}})"
                             rf"(?=,\s|\.\s|\.$|\s(?:och|år)\b"
                             # "Sol, femton i juni": the age a youth turns that month
                             rf"|\si\s(?:{'|'.join(MONTHS)})\b)")
# the start of a speaker's turn: "L: ", "[00:03:12] Vilma: "
_TURN_OPENING = re.compile(rf"(?m)^[ \t]*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*)?"
                           rf"[{UP}][{L}]{{0,20}}:[ \t]*$")
# "Elyas sju och Amina nio (år)", "Mujtaba femton, Zahir tolv, och lilla Sitara fyra",
# "Ilhan 15, Yonas 14 (kallas Yoni)":
# children's ages said right after their names, two or more in a row
_AGE_AFTER_NAME = re.compile(rf"(?<![\w])(?P<a>[{UP}][{LOW}]+) (?P<n>{NUMWORD}|\d{{1,2}})"
                             rf"(?=[,.;]| och\b| år\b| \(|[ \t]*$)", re.MULTILINE)
# the answer to "Hur gammal är du?" on the next turn: "IP: Femton. Fyllde i november."
_AGE_ANSWER = re.compile(rf"(?i:hur gammal) (?:(?:är|var|blir|blev) [^\n?]{{1,30}}|[^\n?]{{1,30}} "
                         rf"(?:är|var|blir|blev))\?[ \t]*\n"
                         rf"(?:[ \t]*\n)*(?:\[[\d:.]+\][ \t]*)?[^\n:]{{0,30}}:[ \t]*"
                         rf"(?:(?i:ja|hon|han|hen|jag|"
                         rf"hon är|han är|jag är|hen är)[, ]+)?(?P<n>(?i:{_NUM}))(?![\w\-])")
# a second age said right after an age: "Åtta, nästan nio.", "Nio. Nästan nio och ett
# halvt.", "Elva. Nej, tolv.", "han är nio. Nio och ett halvt" (``people_ages``)
AGE_CORRECTED = re.compile(rf"[,.]? (?:(?i:nästan|snart|nej,?|eller|typ) (?P<n>(?i:{_NUM}))"
                           rf"(?![\w\-])|(?P<f>(?i:{_NUM})) (?=(?:och|å) (?:ett |en )?halv))")
# a person's age in brackets after the name: "barnen Rojda (9), Baran (7)"
# (also after a quoted short form or an initial: 'Abdirahman "Abdi" (15)', "Sunná L. (16)")
# (and with the speaker's initial before the age: "Khadar (K, 14), Ánte (Á, 16)")
_AGE_BRACKETED = re.compile(rf"(?<![\w])(?P<name>[{UP}][{LOW}]+)"
                            rf"(?: [\"”“][{UP}][{LOW}]+[\"”“]| [{UP}]\.)? \((?:[{UP}]{{1,2}}, )?"
                            rf"(?P<n>\d{{1,2}})(?:\)|, )")  # (and "Vilja (12, från Önneby)")
# what every match of _AGE_BRACKETED holds
_BRACKETED_NUMBER = re.compile(rf"\((?:[{UP}]{{1,2}}, )?\d{{1,2}}(?:\)|, )")
# "vid tolv års ålder", "i femårsåldern"
_AGE_AT = re.compile(rf"(?<![\w])(?:vid|i) (?P<n>{_NUM}) års ålder(?![\w])", re.IGNORECASE)
# after "är"/"var" a bare number is an age only after someone ("hon är tre", "Moa var åtta")
# and before a pause or a small word ("hon är tio, det är...", "när Moa var åtta så")
_AGE_SUBJECT = re.compile(r"(?:\b(?i:han|hon|hen|som|jag|du|de|dom|båda|barnet|pojken|flickan|"
                          r"själv|"
                          r"sonen|dottern|tvillingarna|"
                          r"killen|tjejen|lillebror|lillasyster|storebror|storasyster|"
                          r"äldsta,|yngsta,|äldste,|yngste,|mellersta,|minsta,|"
                          # "den äldsta är tjugo, den yngsta är sju"
                          r"(?:den|min|vår|hans|hennes|deras) (?:äldsta|yngsta|äldste|yngste|"
                          r"mellersta|minsta|lilla|stora)"
                          # "min dotter är fyra", "hans lillebror är sju"
                          r"|(?:min|vår|hans|hennes|deras|din|er|mitt|vårt|ditt|ert) "
                          r"(?:egen |egna )?"
                          r"(?:son|dotter|pojke|flicka|barnbarn|kille|tjej|bror|syster|"
                          r"brorson|systerson|brorsdotter|systerdotter|kusin|mamma|pappa|"
                          r"mormor|morfar|farmor|farfar|fru|sambo))"
                          rf"|(?!(?:Klockan|Tiden|Timmen|Vädret|Vi|Ni|Det|De|Dom|Här|Där|Nu|"
                          rf"Då|Så)\b)[{UP}][{LOW}]+,?)\s$")
# a subject and an adverb before the verb of a subordinate clause: "fast jag bara är femton"
_SUBJECT_AND_ADVERB = re.compile(r"\b(?i:jag|du|han|hon|hen) (?:bara|ju|också|redan|nog|väl|"
                                 r"fortfarande|just|nu) $")
_AGE_NEXT = re.compile(r"^(?:\s*[,.;:!?()…\[\]\-–]|\s*$|\s(?:så|och|då|nu|snart|i|när|eller|den|"
                       r"men|med|typ|liksom|alltså|va|ju|år|hon|han|hen|dom|vi|jag|där|här|"
                       # the main clause after "när jag var tretton": "... kom jag hit"
                       r"var|hade|kom|fick|flyttade|bodde|började|slutade|tills|"
                       # "kom hit när jag var trettiotvå för ett vikariat", "som är tretton
                       # själv"
                       r"för|själv|också|med)\b"
                       # the main clause's verb before its subject: "när jag var 19 gifte jag
                       # mig"
                       r"|\s(?!(?:dagar|veckor|månader|timmar|minuter|gånger|kronor|kr|"
                       r"procent|stycken|st)\b)[a-zåäö]{2,}\s(?:jag|han|hon|hen|vi|dom|de)\b)",
                       re.IGNORECASE)  # (a run-on transcript: "zuzia är fem hon går på")
NUMBER = _NUM  # a number in digits or in words, up to "nittionio" and "hundra"
NUMBER_WORD = NUMWORD  # the same in words only


def age_may_follow(text: str, end: int) -> bool:
    """What follows a bare number fits an age: a pause, the end, or a small word."""
    return _AGE_NEXT.match(text[end:end + 12]) is not None


AGE_CUES = frozenset("är var blir blev fyller fyllde fyllt på bara snart nästan typ ungefär "
                     "kanske väl ju redan då nu runt cirka".split())
# duration, not age: "i tre år", "för två år sedan", "tre år senare"
_DURATION_BEFORE = re.compile(r"(?:\b(?:i|för|under|efter|sedan|sen|om|inom|varje|per|"
                              r"senaste|första|sista|några|alla|hela|två-|tre-)\s)$",
                              re.IGNORECASE)
_DURATION_AFTER = re.compile(r"^\s(?:sedan|sen|senare|tidigare|framåt|till|kvar|i\s+rad|"
                             r"innan|efter|av|har|med)\b", re.IGNORECASE)

# the words before "på"/"nästan"/"bara" ... N år: an age after a person or an age verb ("en
# pojke på sexton år", "hon är nästan sju år"), a duration after anything else ("tre rektorer
# på två år", "i nästan ett år", "inte bara tre år")
_PERSON_BEFORE_PA = frozenset("""pojke flicka kille tjej son dotter barn unge bror syster
kusin man kvinna mamma pappa elev""".split())
_AGE_VERB_BEFORE = re.compile(r"\b(?:är|var|blir|blev|fyller|fyllde|fyllt|gammal)"
                              r"(?:\s+(?:ju|bara|typ|snart|väl|nästan|redan|nu|då|kanske|"
                              r"ungefär|runt|cirka|sådär))*\s+$", re.IGNORECASE)


def _duration(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    if _AGE_VERB_BEFORE.search(before):
        return False
    words = before.lower().split()
    return not (len(words) >= 2 and words[-1] == "på" and words[-2] in _PERSON_BEFORE_PA)


# "de var sjutton, arton", "pojken var nio då, tio nu", "jag var 38, 39, sitta hemma"
# (not "som är typ sjutton, arton, de drar", "han var tio då, fyra... fjärde klass")
_AGE_MORE = re.compile(rf"(?: då)?, (?:(?:typ|nästan|snart) )?(?:(?P<now>nu )?"
                       rf"(?P<n>(?i:{NUMWORD})|\d{{1,2}})"
                       rf"(?(now)(?=,)|(?: nu)?(?=[!?]|\.(?!\.)|$|\n| och\b)))")
# a second child's age after the first, its verb left out: "Jawid är tio, Elyas sju."
_AGE_OF_THE_NEXT = re.compile(rf", (?:och )?(?P<name>[{UP}][{LOW}]+) "
                              rf"(?P<n>(?i:{NUMWORD})|\d{{1,2}})(?=[.,!?;]|[ \t]*$| och\b)",
                              re.MULTILINE)
_YEAR_ANCHOR = re.compile(r"(?<![\w])år(?![\w])", re.IGNORECASE)  # "sju år", "10,5 år gammal"
_ARING_ANCHOR = re.compile(r"åri(?:ng|g)", re.IGNORECASE)  # "sjuåring", "12-åriga"


def find_ages(text: str) -> Iterator[Suggestion]:
    for m in near(_YEAR_ANCHOR, _AGE_YEARS, text):
        before = text[max(0, m.start() - 12):m.start()]
        after = text[m.end():m.end() + 12]
        if not m.group("gammal"):
            if _DURATION_BEFORE.search(before) or _DURATION_AFTER.match(after):
                continue
            prev = before.rstrip()
            prev_word = prev.rsplit(None, 1)[-1].lower() if prev.split() else ""
            if prev_word not in AGE_CUES and not prev.endswith((",", "(")):
                continue
            if prev_word in AGE_CUES and _duration(text, m.start()):
                continue  # "tre rektorer på två år", "i nästan ett år", "inte bara tre år"
        n = m.group("n")
        if n.isdigit() and int(n) > 120:
            continue
        yield Suggestion(m.start(), m.end(), AGE, m.group(0), PATTERN,
                         0.9 if m.group("gammal") else 0.75)
    for m in near(_ARING_ANCHOR, _AGE_ARING, text):
        yield Suggestion(m.start(), m.end(), AGE, m.group(0), PATTERN, 0.9)
    for m in _AGE_INVERTED.finditer(text):  # "Nu är jag trettiofyra och åker skidor"
        n = m.group("n")
        if n.lower() in ("en", "ett") or (n.isdigit() and not 0 < int(n) <= 110):
            continue
        after = text[m.end():m.end() + 12]
        if _AGE_NEXT.match(after) and not (after.startswith(" år")
                                           and m.group("verb").lower() in ("var", "blev")):
            yield Suggestion(m.start("n"), m.end("n"), AGE, n, PATTERN, 0.5)
    for m in _AGE_BARE.finditer(text):
        n = m.group("n")
        if n.lower() in ("en", "ett") or (n.isdigit() and not 0 < int(n) <= 110):
            continue
        if m.group("verb").lower() in ("är", "var", "blir", "blev", "e"):  # ("som e sju")
            before = text[max(0, m.start() - 20):m.start()]
            if not _AGE_SUBJECT.search(before) and not _SUBJECT_AND_ADVERB.search(before):
                continue
            if not _AGE_NEXT.match(text[m.end():m.end() + 12]):
                continue
        yield Suggestion(m.start("n"), m.end("n"), AGE, n, PATTERN, 0.5)
        more = _AGE_MORE.match(text, m.end())  # "de var sjutton, arton"
        if more is not None:
            yield Suggestion(more.start("n"), more.end("n"), AGE, more.group("n"), PATTERN, 0.5)
            continue
        more = _AGE_OF_THE_NEXT.match(text, m.end())  # "Jawid är tio, Elyas sju."
        if more is not None and not names.is_function_word(more.group("name")) \
                and more.group("n").lower() not in ("en", "ett"):
            yield Suggestion(more.start("n"), more.end("n"), AGE, more.group("n"), PATTERN, 0.5)
    for m in _AGE_APPOSITION.finditer(text):
        n, name, sep = m.group("n"), m.group("name"), m.group("sep")
        words = name.split()
        if len(words) > 1 and names.is_function_word(words[0]):
            words = words[1:]  # "Och Viola, sju."
        # "Seppo Alatalo, 46.", "jag är Dilan. 34.": an adult's age after the name too
        adult = len(words) > 1 or sep == ". "
        if n.lower() in ("en", "ett") or (n.isdigit() and not 0 < int(n) <= (
                110 if adult else 25)):
            continue
        if sep == ". " and not n.isdigit() and not _TURN_OPENING.search(
                text, max(0, m.start() - 40), m.start()):
            continue  # "Anna. Tre saker till": only "Dilan. 34." after a sentence stop, or
            # a number word when the speaker opens with a name ("L: Luwam. Fjorton.")
        # a child's word-like name in a list ("Ros, 15,", "Viola, sju.") counts as a name
        child = len(words) == 1 and sep == ", "
        if any(lexicon.is_word(w.lower()) and not names.is_listed_person(w, word_like_too=child)
               for w in words):
            continue  # "Tabell, 4.", "Kapitel Fem, 45": words, not a name
        yield Suggestion(m.start("n"), m.end("n"), AGE, n, PATTERN, 0.5)
    yield from _ages_after_names(text)
    for m in _AGE_AT.finditer(text) if "ålder" in text else ():
        yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.7)
    for m in near(_BRACKETED_NUMBER, _AGE_BRACKETED, text, before=64, after=0):
        # "Zainab (12), Hamza (12)", "Serkan (14)"
        name = m.group("name")
        if names.is_listed_person(name, word_like_too=True) or not m.group(0).endswith(", ") \
                and not lexicon.is_word(name.lower()):  # (not "Malmö (12, 14 och 16 år")
            yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.6)
    for m in _AGE_ANSWER.finditer(text) if "ammal" in text else ():  # "Hur gammal är du?"
        yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.7)
    yield from _round_of_ages(text)
    if "månader" in text:
        for m in _AGE_IN_MONTHS.finditer(text):
            if _AGE_SUBJECT.search(text[max(0, m.start() - 20):m.start()]):
                yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.6)
    for m in _AGE_OF_A_CHILD.finditer(text):  # "(tjej, 15)", "en kille, femton, han"
        g = next(g for g in ("n", "p", "b", "m") if m.group(g))
        if m.group(g).lower() not in ("en", "ett"):
            yield Suggestion(m.start(g), m.end(g), AGE, m.group(g), PATTERN, 0.5)
    for m in _AGE_MONTHS.finditer(text) if "månader)" in text or "ammal, " in text else ():
        g = "n" if m.group("n") else "m"
        yield Suggestion(m.start(g), m.end(g), AGE, m.group(g), PATTERN, 0.6)


def _ages_after_names(text: str) -> Iterator[Suggestion]:
    found = []
    for m in _AGE_AFTER_NAME.finditer(text):
        name, n = m.group("a"), m.group("n")
        if n.lower() in ("en", "ett") or names.is_function_word(name) \
                or (n.isdigit() and not 0 < int(n) <= 25) \
                or (lexicon.is_word(name.lower())
                    and not names.is_listed_person(name, ("first",), word_like_too=True)):
            continue  # "Kapitel sju", "Buss tre", "Om tre"
        found.append(m)
    for i, m in enumerate(found):
        near_one = (i > 0 and m.start() - found[i - 1].end() <= 40) or \
            (i + 1 < len(found) and found[i + 1].start() - m.end() <= 40)
        if near_one:  # two or more in a row: a list of children and their ages
            yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.5)


# "Berätta vem ni är och hur gamla ni är?": each speaker after it gives a name and an age
# (also "vad heter ni, hur gamla, och var bor ni?", "Säg namn och ålder.")
_AGES_ASKED = re.compile(r"(?i:hur gamla\b|hur gammal (?:ni|man)\b|namn,? (?:och )?ålder)"
                         r"[^\n]{0,60}[?.:]")
# "Ishtar, fjorton", "Eh, Ploy. Fjorton.", "Malke. Fjorton år och... elva månader."
_TURN_AGE = re.compile(rf"[ \t]*(?:\[[\d:]+\][ \t]*)?[^\n:]{{1,30}}:[ \t]*"
                       rf"(?:(?i:eh|öh|ehm|ja|okej|alltså)[,.]?[ \t]+)?[^\n.,!?]{{1,40}}"
                       rf"[.,][ \t]*(?P<n>(?i:{_NUM})(?i: och (?:ett halvt|en halv))?"
                       rf"(?: år(?: och(?:\.\.\.|…)? (?i:{_NUM})"
                       rf" månader)?)?)(?=[ \t]*(?:[.,!]|år\b|\n|$))")


# the age said as a sentence of its own later in the turn: "Sofiia, med två i. Fjorton.",
# "Alltså Mikołaj egentligen men ingen kan säga det. Tretton. Lärkbacken.", "Berfîn. Med
# i-hatt. (skratt) Fjorton."
_AGE_SAID_ALONE = re.compile(rf"[.!?](?:[ \t]+\((?i:skratt|skrattar|paus|ohörbart)\))?[ \t]+"
                             rf"(?P<n>(?i:{_NUM}))(?: år)?[.!](?:[ \t]|$)", re.MULTILINE)
_INTERVIEWER_TURN = re.compile(r"[ \t]*(?:\[[\d:]+\][ \t]*)?(?:I\d?|J|F|Int|Intervjuare|"
                               r"Moderator|M)[ \t]*:")


def _round_of_ages(text: str) -> Iterator[Suggestion]:
    for q in _AGES_ASKED.finditer(text):
        pos = text.find("\n", q.end(), q.end() + 500)
        for _ in range(8):  # the next turns, each on its own line (a turn is short)
            if pos < 0 or pos > q.end() + 3000:
                break
            line_start = pos + 1
            while line_start < len(text) and text[line_start] == "\n":
                line_start += 1
            line_end = text.find("\n", line_start)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            if _INTERVIEWER_TURN.match(line) and "?" in line:
                break  # the next question: the round is over ("Vi skriver inte det." is not)
            m = _TURN_AGE.match(text, line_start) \
                or _AGE_SAID_ALONE.search(text, line_start, min(len(text), line_start + 160))
            if m is not None and m.start("n") < line_start + len(line):
                n = m.group("n")
                if not (n.isdigit() and not 0 < int(n) <= 110) and n.lower() not in ("en", "ett"):
                    yield Suggestion(m.start("n"), m.end("n"), AGE, n, PATTERN, 0.6)
            pos = text.find("\n", line_start, line_start + 1000)




# --- user names and handles ------------------------------------------------------------------

# "LoloKing77", "HevalTheBeast2015": words run together with capitals, ending in digits
# (or with an English "The" inside: "MusseTheGoat", "LinaTheQueen")
_HANDLE_SHAPE = re.compile(r"(?<![\w@./])(?:[A-Z][a-z]+(?:[A-Z][a-z]*)+\d{2,4}"
                           r"|[A-Z][a-z]+The[A-Z][a-z]+\d*)(?![\w])")
# "sasha.w.2009", "@nur_07" after a word for an account, "Mitt är sunnaaa_l": its user name
# "D1L0_Qamishli": letters, digits and an underscore in one word
_HANDLE_UNDERSCORE = re.compile(r"(?<![\w@./])(?=\w*\d)(?=\w*[a-z]{2})[A-Za-z\d]+_\w+"
                                r"(?![\w]|\.\w)")  # not a file's name ("05_HTL.m4a")
_HANDLE_AFTER = re.compile(
    r"(?:(?i:användarnamn(?:et)?|konto(?:t)?|gamertag|(?<![\w])tag(?:gen)?|nick|alias|"
    r"profil(?:en)?|Discord|TikTok|"
    r"Instagram|Insta|Snapchat|Snap|Twitch|Roblox|(?<![\w])(?i:mitt|min)(?= (?:är|heter) ))"
    r"(?:-?namn(?:et)?)?(?: på \w+)?"
    r"(?: (?:är|heter)(?: jag)?)?[,:]? [\"“”]?"
    r"|heter [\"”“]?(?=[a-z][\w]*[._]\w[\w.]*(?:[\"”] (?:där|på)| på \w)))"
    r"(?P<handle>@?[A-Za-z][\w.]*\w)(?=[\s,.;:!?)\"”]|$)")
# a word every match of _HANDLE_AFTER holds: a cheap first search
_HANDLE_WORD = re.compile(r"(?=[AaKkGgNnPpDdTtIiSsRrhMm])"
                          r"(?:[Aa]nvändarnamn|[Kk]onto|[Gg]amertag|[Tt]ag|[Nn]ick|[Aa]lias|[Pp]rofil|"
                          r"[Mm]i(?:tt|n) (?:är|heter) |"
                          r"[Dd]iscord|[Tt]ik[Tt]ok|[Ii]nsta|[Ss]nap|[Tt]witch|[Rr]oblox|heter)")
# a file's or a web site's name, not a user's: "rapport.docx", "skolan.se"
FILE_OR_SITE = re.compile(r"\.(?:docx?|pdf|txt|xlsx?|pptx?|jpe?g|png|mp[34]|m4a|wav|se|com|nu|"
                           r"org|net)$", re.IGNORECASE)
# "Min är @ibbe_08": an @-name anywhere (an e-mail address has a word before its @)
_AT_HANDLE = first_letters("@", re.compile(r"(?<![\w.@])@[A-Za-z][\w.]{1,28}[A-Za-z\d](?![\w@])"))


# "roj.demir07", "wiki.nowak09", "rojin.sh07": a user name by its shape alone (a name, a dot
# or an underscore, a name or letters, and a year's digits), wherever it is written; not an
# e-mail address, a web address or a file ("v0.3", "kap.3", "htl.forskning@oru.se")
_HANDLE_DOTTED = first_letters("[a-z]", re.compile(
    r"(?<![\w@./:-])[a-z]{3,}[a-z\d]*[._][a-z]+[._]?\d{2,4}(?![\w@]|[.:/]\w)"))
# what every match of _HANDLE_SHAPE and of _HANDLE_DOTTED holds: a small letter before a
# capital ("LoloKing77"), a dot or an underscore inside a word ("roj.demir07")
_CAMEL = re.compile(r"[a-z][A-Z]")
_DOT_IN_A_WORD = re.compile(r"[a-z\d][._][a-z\d]")
# a chat's sender with a dotted user name: "reber.ayd: ja", "09:12 arash.m: kan inte"
_HANDLE_SENDER = re.compile(r"(?m)^[ \t]*(?:\[?\d{1,2}[:.]\d{2}\]?[ \t]+)?"
                            r"(?!www\.)(?P<handle>[^\W\d_]{3,}\.[^\W_][\w.]*):[ \t]")


def find_handles(text: str) -> Iterator[Suggestion]:
    """User names: a person's name inside, or the person themself to whoever knows it."""
    for m in _HANDLE_SENDER.finditer(text):
        start, handle = m.start("handle"), m.group("handle")
        yield Suggestion(start, start + len(handle), PERSON, handle, PATTERN, 0.7)
    for m in near(_CAMEL, _HANDLE_SHAPE, text, before=40, after=40):
        yield Suggestion(m.start(), m.end(), PERSON, m.group(0), PATTERN, 0.8)
    for m in _HANDLE_UNDERSCORE.finditer(text) if "_" in text else ():
        yield Suggestion(m.start(), m.end(), PERSON, m.group(0), PATTERN, 0.7)
    for m in near(_DOT_IN_A_WORD, _HANDLE_DOTTED, text, before=40, after=40):
        yield Suggestion(m.start(), m.end(), PERSON, m.group(0), PATTERN, 0.7)
    for m in _AT_HANDLE.finditer(text):
        yield Suggestion(m.start(), m.end(), PERSON, m.group(0), PATTERN, 0.8)
    for m in near(_HANDLE_WORD, _HANDLE_AFTER, text, before=0, after=60):
        handle = m.group("handle")
        if sum(c.isalpha() for c in handle) >= 3 and not handle.lower().startswith("www") \
                and any(c.isdigit() or c in "._" for c in handle) \
                and not FILE_OR_SITE.search(handle):
            start = m.start("handle")
            yield Suggestion(start, start + len(handle), PERSON, handle, PATTERN, 0.8)


# --- signatures ------------------------------------------------------------------------------

# "/Elin", "Kram/Mirre", "> /Kadir" alone on a line or after its last sentence: who wrote
# the message (not "/B", "/WZ"), also closing a quoted message ('...efteråt? /Samir".')
_SIGNATURE = re.compile(rf"(?m)(?:^|(?<=[.!?”\"’] ))[ \t>]*"
                        rf"(?:(?i:kram|mvh|hälsningar|hälsning)[ \t]*)?/[ \t]*"
                        rf"(?P<name>[{UP}{LOW}][{LOW}][{L}\-]*)[ \t]*(?:$|(?=[\"”»]))")


def find_signatures(text: str) -> Iterator[Suggestion]:
    for m in _SIGNATURE.finditer(text):
        yield Suggestion(m.start("name"), m.end("name"), PERSON, m.group("name"), PATTERN, 0.8)


FINDERS = (find_personnummer, find_phone, find_spoken_phone, find_email, find_spoken_email,
           find_address, find_dates, find_ages, find_handles, find_signatures)


def find_all(text: str) -> list[Suggestion]:
    out: list[Suggestion] = []
    for finder in FINDERS:
        out.extend(finder(text))
    return [_with_a_half(text, s) if s.type == AGE else s for s in out]


def _with_a_half(text: str, s: Suggestion) -> Suggestion:
    """An age with its half: "tretton och en halv", "sju och ett halvt år"."""
    m = _HALF.match(text, s.end)
    if m is None:
        return s
    return Suggestion(s.start, m.end(), AGE, text[s.start:m.end()], s.source, s.score)


_HALF = re.compile(r" och (?:en halv|ett halvt)(?: år)?(?![\w])")

