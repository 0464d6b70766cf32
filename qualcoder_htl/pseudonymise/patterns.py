"""Identifiers with a shape: personnummer, phone numbers, e-mail, dates, handles (street
addresses are in ``addresses``, ages in ``ages``; ``find_all`` runs them with the rest).

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
from .ages import find_ages, with_its_fraction
from .calendar_words import MONTH_ABBREVIATIONS, MONTHS
from .letters import DIGIT, LOW, UP, L
from .scanning import Words, first_letters, near
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

# (spaces, not line breaks: a number that ends a chat line is not joined to the next line's
# time, "070 174 06 95\n11.41 nada k:"; none begins after a slash: "18/09/2026 21:47" is a
# date and a time)
_SP = r"[ \t\u00a0]"  # a space inside a number (no line break)
_GAP = r"[ \t\u00a0\-]"  # a space or a hyphen
_PHONE = first_letters(r"[+0(]", re.compile(
    rf"(?<![\w+])(?:\+46|0046){_GAP}?(?:\(0\){_SP}?)?\d{{1,3}}(?:{_GAP}?\d{{2,4}}){{2,4}}(?![\d])"
    r"|(?<![\w\-+/])0\d{8,9}(?![\d])"
    r"|(?<![\w\-+/])0(?: \d){7,9}(?![\d])"  # read out digit by digit: "0 7 0 1 7 4 0 6 9 1"
    rf"|(?<![\w\-+/])0\d{{1,3}}{_SP}?[\-–/]?{_SP}?\d{{1,8}}(?:{_GAP}\d{{2,4}}){{0,3}}(?![\d])"
    rf"|(?<![\w(])\(0\d{{1,3}}\){_SP}?\d{{2,4}}(?:{_GAP}\d{{2,4}}){{0,3}}(?![\d])"
    # another country's number: "+47 912 34 567", "+358 40 123 4567", "+44 (0)20 7946 0958"
    rf"|(?<![\w+])\+(?!46)[1-9]\d{{0,2}}{_GAP}?(?:\(0\){_SP}?)?\d{{1,4}}(?:{_GAP}?\d{{2,4}}){{1,4}}"
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
                           rf"|{_DIGIT_WORD}|\d{{1,4}}))"  # or half in digits: "noll åtta 465 00"
                           rf"{{3,11}}(?![\w\-])", re.IGNORECASE)
_PAIR = re.compile(_PAIR_WORD, re.IGNORECASE)
_HUNDRED = re.compile(_HUNDRED_WORD, re.IGNORECASE)
_NOLL = Words("noll")


def find_spoken_phone(text: str) -> Iterator[Suggestion]:
    for m in near(_NOLL, _SPOKEN_PHONE, text, before=0, after=120):
        words = re.findall(r"\w+", m.group(0))
        digits = sum(len(w) if w.isdigit() else 3 if _HUNDRED.fullmatch(w)
                     else 2 if _PAIR.fullmatch(w) else 1 for w in words)
        if digits >= 7:  # a number, not "noll, ett, två" counted aloud
            yield Suggestion(m.start(), m.end(), PHONE, m.group(0), PATTERN, 0.8)


# a personnummer read aloud: "noll åtta noll två åtta nio, streck, fem ett sju sju" (six or
# eight digits, the hyphen said as "streck", four digits; pairs too: "noll åtta, tjugoåtta")
_SPOKEN_NUMBER_PART = rf"(?:{_PAIR_WORD}|{_DIGIT_WORD})(?:[ ,]+(?:{_PAIR_WORD}|{_DIGIT_WORD}))*"
_SPOKEN_PNR = re.compile(rf"(?<![\w\-])(?P<date>{_SPOKEN_NUMBER_PART})[ ,]+(?:bindestreck|streck|"
                         rf"minus)[ ,]+(?P<serial>{_SPOKEN_NUMBER_PART})(?![\w\-])", re.IGNORECASE)
_STRECK = Words("streck", "minus")
_DIGIT_VALUES = {w: str(i) for i, w in enumerate(
    "noll ett två tre fyra fem sex sju åtta nio".split())} | {"en": "1"}


def find_spoken_personnummer(text: str) -> Iterator[Suggestion]:
    if "streck" not in text and "minus" not in text:
        return
    for m in near(_STRECK, _SPOKEN_PNR, text, before=120, after=60):
        date, serial = (_spoken_digits(m.group(g)) for g in ("date", "serial"))
        if date is None or serial is None or len(date) not in (6, 8) or len(serial) != 4:
            continue
        cent = date[:2] if len(date) == 8 else None
        yymmdd = date[-6:]
        if not _plausible_date(cent, yymmdd[:2], yymmdd[2:4], yymmdd[4:]):
            continue
        score = 0.8 if luhn_ok(yymmdd + serial) else 0.5
        yield Suggestion(m.start(), m.end(), PERSONNUMMER, m.group(0), PATTERN, score)


def _spoken_digits(words: str) -> str | None:
    """"noll åtta, tjugoåtta" -> "0828"; None if a word is no digit or pair of digits."""
    out = []
    for w in re.findall(r"\w+", words.lower()):
        if w in _DIGIT_VALUES:
            out.append(_DIGIT_VALUES[w])
        elif _PAIR.fullmatch(w):
            out.append(_PAIR_VALUES.get(w) or _pair_value(w))
        else:
            return None
    return "".join(out)


_TEENS = "tio elva tolv tretton fjorton femton sexton sjutton arton nitton".split()
_PAIR_VALUES = {w: str(10 + i) for i, w in enumerate(_TEENS)}
_TENS = {w: str(i + 2) for i, w in enumerate(
    "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio".split())}


def _pair_value(word: str) -> str:
    for tens, digit in _TENS.items():
        if word.startswith(tens):
            rest = word[len(tens):]
            return digit + (_DIGIT_VALUES.get(rest, "0") if rest else "0")
    return "00"


_DATE_DASH_FOUR = re.compile(r"\d{6}[-–]\d{4}")


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
        if _DATE_DASH_FOUR.fullmatch(s) and _plausible_date(None, s[:2], s[2:4], s[4:6]):
            continue  # "080316-5237": a personnummer whose check digit is wrong (no area code
            # has six digits), found by find_personnummer
        yield Suggestion(start, start + len(s), PHONE, s, PATTERN, 0.95)


# --- e-mail ---------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# an address written so that robots miss it: "semhar.g(at)tanghamn.se", "anna[at]skolan.se",
# "anna (at) skolan (dot) se"
_EMAIL_OBFUSCATED = re.compile(
    r"(?<![\w.+-])[\w.+-]+ ?[(\[{](?i:at|snabel-?a)[)\]}] ?[\w-]+"
    r"(?:(?:\.| ?[(\[{](?i:dot|punkt)[)\]}] ?)[\w-]+)*(?:\.| ?[(\[{](?i:dot|punkt)[)\]}] ?)"
    r"[A-Za-z]{2,}(?![\w-])")


def find_email(text: str) -> Iterator[Suggestion]:
    if "@" in text:
        for m in _EMAIL.finditer(text):
            yield Suggestion(m.start(), m.end(), EMAIL, m.group(0), PATTERN, 1.0)
    if "at)" in text or "at]" in text or "AT)" in text or "AT]" in text:
        for m in _EMAIL_OBFUSCATED.finditer(text):
            yield Suggestion(m.start(), m.end(), EMAIL, m.group(0), PATTERN, 0.9)


# an address read aloud: "saga punkt lindgren snabel-a kvistuna punkt se"
# (a name or a domain the recogniser split in two: "so hal punkt rahimi snabel a ljung höga
# punkt se"; "hans minus erik punkt mattsson")
_SPOKEN_EMAIL = re.compile(
    r"(?i)(?<![\w.])[\w\-]+(?: [\w\-]+)?(?: (?:punkt|understreck|bindestreck|minus) [\w\-]+"
    r"(?: [\w\-]+)?){0,3} (?:snabel[- ]?a|at) [\w\-]+(?: [\w\-]+)?(?: punkt [\w\-]+){1,3}(?![\w])")
_BEFORE_AN_ADDRESS = frozenset("mig dig på till är mejla mejl maila mail adress adressen och "
                               "eller det den min mitt skriv också även bara alltså som att "
                               "han hon vi jag du de dom man ni sa säger".split())


def find_spoken_email(text: str) -> Iterator[Suggestion]:
    if "snabel" not in text and " at " not in text:
        return
    for m in _SPOKEN_EMAIL.finditer(text):
        said = m.group(0)
        if "punkt" not in said.lower() and "snabel" not in said.lower():
            continue
        first = said.split(" ", 1)[0]
        start = m.start() + len(first) + 1 if first.lower() in _BEFORE_AN_ADDRESS else m.start()
        yield Suggestion(start, m.end(), EMAIL, text[start:m.end()], PATTERN, 0.8)


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
    # (not a clock time's seconds before a name: "00:45:31 Maj-Britt:"; a range of days is
    # one date: "14–15 mars 2024")
    rf"(?<![\w\-:])(?:(?:{_WEEKDAY}\s)?den\s)?(?:[0-3]?\d\s?[–\-]\s?)?{_DAY}\s{_MONTH}"
    rf"(?:,?\s(?:19|20)\d{{2}}(?![\w\-])|\s{_YEAR_WORDS}(?![\w\-]))?"
    rf"(?![\w]|-(?-i:[{UP}]))"
    rf"|(?<![\w\-])(?:19|20)\d{{2}}-[01]\d-[0-3]\d(?![\w\-])"
    # a year first with dots or slashes, or run together: "2023.10.02", "20240301"
    rf"|(?<![\w\-./+])(?P<ymd>(?:19|20)\d{{2}}(?P<sep>[./])[01]\d(?P=sep)[0-3]\d)"
    rf"(?![\w\-/]|\.\d)"
    rf"|(?<![\w\-./+])(?P<compact>(?:19|20)\d{{2}}[01]\d[0-3]\d)(?![\w\-/]|[.,]\d)"
    rf"|(?<![\w\-/.])[0-3]?\d[/.][01]?\d(?:[/.](?:19|20)?\d{{2}}|[ \t](?:19|20)\d{{2}}"
    rf"| ?-(?:19|20)?\d{{2}}(?![\w/]|\.\d))?(?![\w/]|\.\d)"
    rf"|(?<![\w\-])(?P<month_year>(?:{'|'.join(MONTHS)})\s(?:19|20)\d{{2}}|{_MONTH} -\d{{2}}"
    rf"|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?\s(?:19|20)\d{{2}})"  # (and "jan 2020")
    rf"(?![\w\-])"
    rf"|(?<![\w\-])den\s[0-3]?\d:(?:e|a)(?![\w])",
    re.IGNORECASE)

# every date holds a month's name (at a word's start), digits around a date separator, or "3:e"
# (the look-ahead of first letters lets the engine skip every other position quickly)
# (three cheap anchors: a month's first letters where no letter stands before, a digit before
# "/", ".", "-" and a digit or before ":e"/":a", a run of eight digits from 19 or 20)
_DATE_ANCHOR = (Words(*"jan feb mar maj apr jun jul aug sep okt nov dec".split(),
                      letter_before=False),
                re.compile(rf"[{DIGIT}](?:[/.\-][{DIGIT}]|:[eaEA])"),
                re.compile(r"[12](?<!\d[12])(?:(?<=1)9|(?<=2)0)\d{6}(?!\d)"))


def find_dates(text: str) -> Iterator[Suggestion]:
    for m in near(_DATE_ANCHOR, _DATE, text):
        s = m.group(0)
        year_first = m.group("ymd") or m.group("compact")
        if year_first:
            digits = re.sub(r"\D", "", year_first)
            if 1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:8]) <= 31:
                yield Suggestion(m.start(), m.end(), DATE, s, PATTERN,
                                 0.6 if m.group("ymd") else 0.5)
            continue
        numeric = not any(c.isalpha() for c in s)  # "15/11 2022", not "12 feb."
        if numeric and ("/" in s or "." in s):
            if "." in s and s.count(".") < 2 and (m.start() == 0 or text[m.start() - 1] == "\n"):
                continue  # "2.1 Grunden": a heading's number, not a date ("14.11.2023" is)
            day, month = re.split(r"[/.\s\-]", s)[:2]
            if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
                continue
            if re.fullmatch(r"\d{1,2}\.\d{1,2}", s) and _time_or_section(text, m.start(), m.end()):
                continue  # "kl. 13.00–14.10", "bussen går 18.10", "Tabell 5.1": no date
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


def _time_or_section(text: str, start: int, end: int) -> bool:
    """Hours and minutes or a section's number written like a day and a month: after "kl."
    or a verb of timetables, in a range of times ("13.00–14.10"), or after "Tabell",
    "avsnitt", "se" or in brackets alone ("(3.2)")."""
    before = text[max(0, start - 16):start]
    minutes = end - start >= 4 and text[end - 3] == "."  # ("3.1" is no clock time)
    return minutes and (_TIME_BEFORE.search(before) is not None
                        or _TIME_AFTER.match(text, end) is not None) \
        or _SECTION_BEFORE.search(before) is not None \
        or text[start - 1:start] == "(" and text[end:end + 1] == ")"


_TIME_BEFORE = re.compile(r"(?:(?<![\w])(?:kl|klockan|går|avslutas|avslutades|startar|slutar|"
                          r"bussen|tåget)\.?|\d[.:]\d\d ?[–\-]) ?$", re.IGNORECASE)
_TIME_AFTER = re.compile(r" ?[–\-] ?\d{1,2}[.:]\d\d(?!\d)")
_SECTION_BEFORE = re.compile(r"(?<![\w])(?:tabell|figur|avsnitt|kapitel|bilaga|diagram|se|i) $",
                             re.IGNORECASE)


# --- user names and handles ------------------------------------------------------------------

# "LoloKing77", "HevalTheBeast2015": words run together with capitals, ending in digits
# (or with an English "The" inside: "MusseTheGoat", "LinaTheQueen")
_HANDLE_SHAPE = re.compile(rf"(?<![\w@./])(?:[{UP}][{LOW}]+(?:[{UP}][{LOW}]*)+\d{{2,4}}"
                           rf"|[{UP}][{LOW}]+The[{UP}][{LOW}]+\d*)(?![\w])")
# "sasha.w.2009", "@nur_07" after a word for an account, "Mitt är sunnaaa_l": its user name
# "D1L0_Qamishli": letters, digits and an underscore in one word
_HANDLE_UNDERSCORE = re.compile(rf"(?<![\w@./])(?=\w*\d)(?=\w*[{LOW}]{{2}})[{L}\d]+_\w+"
                                r"(?![\w]|\.\w|-\d)")  # not a file's name ("05_HTL.m4a",
# "Xelil_hembesok_2021-05-19.docx")
_HANDLE_AFTER = re.compile(
    r"(?:(?i:användarnamn(?:et)?|konto(?:t)?|gamertag|(?<![\w])tag(?:gen)?|nick|alias|"
    r"profil(?:en)?|Discord|TikTok|"
    r"Instagram|Insta|Snapchat|Snap|Twitch|Roblox|(?<![\w])(?i:mitt|min)(?= (?:är|heter) ))"
    r"(?:-?namn(?:et)?)?(?: på \w+)?"
    r"(?: (?:är|heter)(?: jag)?)?[,:]? [\"“”]?"
    rf"|heter [\"”“]?(?=[{LOW}][\w]*[._]\w[\w.]*(?:[\"”] (?:där|på)| på \w)))"
    rf"(?P<handle>@?[{L}][\w.]*\w)(?=[\s,.;:!?)\"”]|$)")
# a list of user names: "användarnamnen stormen, bodya.kh och saga_lq", "kontona lina_k och
# mo.ali" (a plain word counts where another in the list is shaped as a user name)
_HANDLE_LIST = re.compile(r"(?i:användarnamnen|kontona|gamertaggarna|profilerna)(?: på \w+)?:? "
                          r"(?P<list>[\"“”]?[\w.]+[\"“”]?(?:(?:, | och | & )[\"“”]?[\w.]+[\"“”]?)"
                          r"{1,6})")
_LIST_ITEM = re.compile(r"[\w.]*\w")
# a word every match of _HANDLE_AFTER holds: a cheap first search
_HANDLE_WORD = Words(*"""användarnamn konto gamertag tag nick alias profil discord tiktok insta
snap twitch roblox heter""".split(), "mitt är ", "mitt heter ", "min är ", "min heter ")
# a file's or a web site's name, not a user's: "rapport.docx", "skolan.se"
FILE_OR_SITE = re.compile(r"\.(?:docx?|pdf|txt|xlsx?|pptx?|jpe?g|png|mp[34]|m4a|wav|se|com|nu|"
                           r"org|net)$", re.IGNORECASE)
# "Min är @ibbe_08": an @-name anywhere (an e-mail address has a word before its @)
_AT_HANDLE = first_letters("@", re.compile(rf"(?<![\w.@])@[{L}][\w.]{{1,28}}[{L}\d](?![\w@])"))


# "roj.demir07", "wiki.nowak09", "rojin.sh07": a user name by its shape alone (a name, a dot
# or an underscore, a name or letters, and a year's digits), wherever it is written; not an
# e-mail address, a web address or a file ("v0.3", "kap.3", "htl.forskning@oru.se")
_HANDLE_DOTTED = first_letters(f"[{LOW}]", re.compile(
    rf"(?<![\w@./:-])[{LOW}]{{3,}}[{LOW}\d]*(?:[._][{LOW}]+)+[._]?\d{{2,4}}(?![\w@\-]|[.:/]\w)"))
# (also with several parts: "ploy.k.dance08")
# "endr1t.x", "m4rcus": a name with a digit for a letter, a user name (not "mp3", "covid19")
# (or a dotted one: "c1wan.k")
_HANDLE_LEET = re.compile(rf"(?<![\w@./:-])(?:[{LOW}]{{3,}}\d[{LOW}]+(?:[._][{LOW}\d]+)*"
                          rf"|[{LOW}]{{1,2}}\d[{LOW}]{{2,}}(?:[._][{LOW}\d]+)+)"
                          rf"(?![\w@]|[.:/]\w)")
_LETTER_DIGIT_LETTER = re.compile(rf"[{DIGIT}](?<=[{LOW}][{DIGIT}])(?=[{LOW}])")
# what every match of _HANDLE_SHAPE and of _HANDLE_DOTTED holds: a small letter before a
# capital ("LoloKing77"), a dot or an underscore inside a word ("roj.demir07")
_CAMEL = re.compile(rf"[{UP}](?<=[{LOW}][{UP}])")
_DOT_IN_A_WORD = re.compile(rf"[._](?<=[{LOW}\d][._])(?=[{LOW}\d])")
# a chat's sender with a dotted user name: "reber.ayd: ja", "09:12 arash.m: kan inte"
HANDLE_SENDER = re.compile(r"(?m)^[ \t]*(?:\[?\d{1,2}[:.]\d{2}\]?[ \t]+)?"
                            r"(?!www\.)(?P<handle>[^\W\d_]{3,}(?:(?:\.[^\W_]|_[^\W\d_])[\w.]*"
                            r"|(?<=[^\W\d_]{4})\d{2,4})|[^\W\d_]{2}_[^\W\d_][\w.]*):[ \t]")
# ("lovekingz09: ja kom ner", "xX_SagaEk_Xx: ni är så dumma")


# a Discord message's sender, on its own line before the message: "fridfrid_ — 21:17",
# "lilla.horvath — igår 21:22"
DISCORD_SENDER = re.compile(r"(?m)^[ \t]*(?P<handle>[^\W\d_][\w.\-]{2,31}) [—–] "
                             r"(?:(?i:idag|igår) (?:kl\.? )?)?\d{1,2}:\d{2}[ \t]*$")


_NUMBERED_ROLES = frozenset("""talare deltagare intervjuare respondent informant elev elever
förälder person tolk grupp fokusgrupp intervju""".split())


def find_handles(text: str) -> Iterator[Suggestion]:
    """User names: a person's name inside, or the person themself to whoever knows it."""
    for m in HANDLE_SENDER.finditer(text):
        start, handle = m.start("handle"), m.group("handle")
        if handle.rstrip("0123456789").lower() in _NUMBERED_ROLES:
            continue  # "talare12:", "deltagare3:": a role numbered, not a user name
        yield Suggestion(start, start + len(handle), PERSON, handle, PATTERN, 0.7)
    for m in DISCORD_SENDER.finditer(text) if "—" in text or "–" in text else ():
        start, handle = m.start("handle"), m.group("handle")
        if handle.rstrip("0123456789").lower() not in _NUMBERED_ROLES:
            yield Suggestion(start, start + len(handle), PERSON, handle, PATTERN, 0.7)
    for m in near(_CAMEL, _HANDLE_SHAPE, text, before=41, after=40):
        yield Suggestion(m.start(), m.end(), PERSON, m.group(0), PATTERN, 0.8)
    for m in _HANDLE_UNDERSCORE.finditer(text) if "_" in text else ():
        yield Suggestion(m.start(), m.end(), PERSON, m.group(0), PATTERN, 0.7)
    for m in near(_DOT_IN_A_WORD, _HANDLE_DOTTED, text, before=41, after=41):
        yield Suggestion(m.start(), m.end(), PERSON, m.group(0), PATTERN, 0.7)
    for m in near(_LETTER_DIGIT_LETTER, _HANDLE_LEET, text, before=41, after=41):
        if not FILE_OR_SITE.search(m.group(0)):
            yield Suggestion(m.start(), m.end(), PERSON, m.group(0), PATTERN, 0.7)
    for m in _AT_HANDLE.finditer(text):
        yield Suggestion(m.start(), m.end(), PERSON, m.group(0), PATTERN, 0.8)
    for m in _HANDLE_LIST.finditer(text) if "namnen " in text or "kontona " in text \
            or "taggarna " in text or "profilerna " in text else ():
        items = [i for i in _LIST_ITEM.finditer(text, m.start("list"), m.end("list"))
                 if i.group(0) not in ("och",)]
        if any(c.isdigit() or c in "._" for i in items for c in i.group(0)):
            for i in items:
                if sum(c.isalpha() for c in i.group(0)) >= 3:
                    yield Suggestion(i.start(), i.end(), PERSON, i.group(0), PATTERN, 0.7)
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
_SIGNATURE = re.compile(rf"(?m)(?:^|(?<=[.!?”\"’\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F] ))"
                        rf"[ \t>]*(?:(?i:kram|mvh|hälsningar|hälsning)[ \t]*)?/[ \t]*"
                        rf"(?P<name>[{UP}{LOW}][{LOW}][{L}\-]*)(?: [{L}]\.?)?[ \t]*"
                        rf"(?:$|(?=[\"”»]))")
# (after an emoji too, and with a surname's initial: "tack alla ❤️ /sel", "tack! /lotta s")


# "ring om nåt /klara": a listed first name signing the message at the line's end
_SIGNED_AT_LINE_END = re.compile(rf"(?m)(?<=[{L}\d] )/(?P<name>[{LOW}]{{2,20}})[ \t]*[\"”]?[ \t]*$")


def find_signatures(text: str) -> Iterator[Suggestion]:
    for m in _SIGNATURE.finditer(text):
        yield Suggestion(m.start("name"), m.end("name"), PERSON, m.group("name"), PATTERN, 0.8)
    for m in _SIGNED_AT_LINE_END.finditer(text) if " /" in text else ():
        if names.is_first_name_in_any_case(m.group("name")) \
                and not names.is_function_word(m.group("name")):
            yield Suggestion(m.start("name"), m.end("name"), PERSON, m.group("name"), PATTERN,
                             0.6)


# --- dates in a file's name --------------------------------------------------------------

# a recording's or a document's name: "Xelil_hembesok_2021-05-19.docx", "semhar_210922.m4a"
_FILE_NAME = re.compile(r"(?<![\w.\-])[\w\-.]+\.(?:docx?|pdf|txt|rtf|odt|xlsx?|m4a|mp[34]|wav|"
                        r"vtt|srt|jpe?g|png)(?![\w])", re.IGNORECASE)
_EXTENSION = re.compile(r"\.(?i:docx?|pdf|txt|rtf|odt|xlsx?|m4a|mp[34]|wav|vtt|srt|jpe?g|png)\b")
# a date between the name's separators: "2021-05-19", "20211130", "210922"
_DATE_IN_NAME = re.compile(r"(?<![^\W_])(?:(?P<cent>19|20)?(?P<yy>\d{2})(?P<sep>-?)(?P<mm>\d{2})"
                           r"(?P=sep)(?P<dd>\d{2}))(?![^\W_])")


# a capitalised word between a file name's separators: "Xelil" of "Xelil_hembesok_...",
# "AnnSofie" of "..._AnnSofie_Bäck_..." (a double name run together)
_WORD_IN_NAME = re.compile(rf"(?<![^\W_])[{UP}][{LOW}]{{1,30}}(?:[{UP}][{LOW}]{{2,30}})?(?![^\W_])")
_NUMBER_BESIDE = re.compile(r"(?:^|_)\d|\d(?:_|$)")


def _people_in_file_name(stem: str, offset: int, stem_end: int) -> Iterator[Suggestion]:
    """The capitalised words of a file name joined by underscores that are no ordinary
    words; where there is one, also the listed names among its words that are words too
    ("..._Warsame_Ek_Xelil_...", "..._AnnSofie_Bäck_kommentarer_Maj.docx"; not a month
    beside a number, "Rapport_Mars_2026")."""
    words = [m for m in _WORD_IN_NAME.finditer(stem, 0, stem_end)
             if len(m.group(0)) >= 3 or names.is_listed_person(m.group(0), word_like_too=True)]
    people = [m for m in words if not lexicon.is_word(m.group(0))
              and not lexicon.is_generic(m.group(0))]
    if people:
        people += [m for m in words if m not in people and lexicon.is_word(m.group(0))
                   and names.is_listed_person(m.group(0), word_like_too=True)
                   and not (m.group(0).lower() in MONTHS and _NUMBER_BESIDE.search(
                       stem[max(0, m.start() - 2):m.end() + 2]))]
    for m in sorted(people, key=lambda m: m.start()):
        yield Suggestion(offset + m.start(), offset + m.end(), PERSON, m.group(0), PATTERN, 0.5)


# a file named without its extension: "Filen Holmgren_Storm_Ljung sparas", "mappen heter
# Intervjuer_Ali_Berg"
_NAMED_FILE = re.compile(r"(?<![^\W_])(?i:filen|filnamnet|mappen|dokumentet)(?: (?:heter|hette|"
                         r"som heter|döptes till))?:? (?P<name>[^\W_][\w\-]*_[\w\-]+)(?!\w|\.\w)")


def find_file_names(text: str) -> Iterator[Suggestion]:
    """The dates in a recording's or a document's name, and the capitalised words in it that
    are no ordinary words: who or where the file is about ("Xelil_hembesok_2021-05-19.docx")."""
    if "_" in text:
        for named in _NAMED_FILE.finditer(text):
            yield from _people_in_file_name(named.group("name"), named.start("name"),
                                            len(named.group("name")))
    if _EXTENSION.search(text) is None:
        return  # (one quick search: most texts name no file)
    for name in _FILE_NAME.finditer(text):
        stem_end = name.group(0).rfind(".")
        if "_" in name.group(0):
            yield from _people_in_file_name(name.group(0), name.start(), stem_end)
        for m in _DATE_IN_NAME.finditer(name.group(0), 0, stem_end):
            if m.group("cent") is None and m.group("sep"):
                continue  # "05-19" alone is no date of a year
            if _plausible_date(m.group("cent") or "20", m.group("yy"), m.group("mm"),
                               m.group("dd")) and int(m.group("dd")) <= 31:
                start = name.start() + m.start()
                yield Suggestion(start, name.start() + m.end(), DATE, m.group(0), PATTERN, 0.8)


FINDERS = (find_personnummer, find_spoken_personnummer, find_phone, find_spoken_phone, find_email,
           find_spoken_email, find_address, find_dates, find_file_names, find_ages, find_handles,
           find_signatures)


def find_all(text: str) -> list[Suggestion]:
    """Every shaped identifier. The patterns see every dash a word processor writes (a
    non-breaking hyphen "100979‑5533", a minus sign) as the hyphen, one character for one, so
    offsets and the suggestions' text stay the original's."""
    plain = text.translate(_DASHES) if _ANY_DASH.search(text) else text
    out: list[Suggestion] = []
    for finder in FINDERS:
        out.extend(finder(plain))
    if plain is not text:
        out = [s.with_(text=text[s.start:s.end]) for s in out]
    return [with_its_fraction(text, s) if s.type == AGE else s for s in out]


# hyphens and dashes other than "-" and "–", which the patterns know already
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-",
                         "\ufe63": "-", "\uff0d": "-"})
_ANY_DASH = re.compile("[\u2010\u2011\u2012\u2212\ufe63\uff0d]")

