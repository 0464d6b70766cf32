"""Names of firms, clubs and other workplaces that no list knows, found by their shape.

- A company form at the end: "Bygg & Måleri i Norr AB", "Städ & Fönsterputs Öst AB", "Rena Hem
  i Norr AB": capitalised words, joined by "&", "och" or a lower-case "i", up to "AB", "HB" or
  "KB".
- A capitalised word followed by a capitalised kind of business: "Norrskens Åkeri", "Norrlast
  Logistik", "Kråkbergets Boxningsklubb", "Vindåkers Bostäder".
- A sports club's letters before its name: "IK Tallmon", "IFK Hällsjö".
- A congregation or association by its own name, hyphenated to what it is: "Al-Nur-föreningen".
- A person's name after an association's noun, or set off before what the association is
  ("Föreningen Víctor Jara", "Hiddo, kvinnoföreningen"): the association (``retype`` asks).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from . import frequency, lexicon, names
from .capitals import is_initial
from .institutions import is_authority
from .letters import LOW, UP, L
from .scanning import Words, near
from .suggestions import CAPITAL, PERSON, PLACE, SCHOOL, WORKPLACE, Suggestion

_CAP = rf"[{UP}][{L}\-]{{0,40}}"
# at most eight words before the company form: a long run of capitalised words (a list, a
# title) would otherwise be tried from every one of its words to its end
# (blanks on one line only: a name never runs on over a line break, "Oxhagsskolan\nMobil:")
_COMPANY = re.compile(rf"(?<![\w&])(?P<name>{_CAP}(?:[ \t](?:&|och|i|{_CAP})){{0,6}}?[ \t]{_CAP}"
                      rf"|{_CAP})[ \t](?:AB|HB|KB|Aktiebolag)(?![\w])")
BUSINESS_ENDINGS = ("åkeri", "åkeriet", "logistik", "måleri", "bygg", "byggare", "transport",
                    "transporter", "städ", "städservice", "fönsterputs", "klubb", "klubben",
                    "bostäder", "fastigheter", "assistans", "konsult", "konsulter", "service",
                    "entreprenad", "el", "rör", "bil", "motor", "verkstad", "café", "kafé",
                    "pizzeria", "restaurang", "nails", "beauty", "frisör", "livs", "import",
                    "export", "handel", "trafik", "buss", "taxi", "vård", "omsorg", "energi",
                    "vatten", "kraft", "spa", "sparbank", "bank", "gjuteri", "snickeri",
                    "tvätt", "tvätteri", "möbler", "glasbruk", "fisk", "varv", "analys",
                    "bemanning", "redovisning", "bageri", "konditori", "grill", "kebab",
                    "slakteri", "plåt", "golv", "däck", "bilvård", "såg", "sågverk", "kalk",
                    "bruk", "tidning", "bryggeri", "mejeri", "rökeri", "kök", "gruva", "trä",
                    "thai", "kyckling", "charkuteri", "metall", "elservice", "teknik")
_BEFORE_A_BUSINESS = re.compile(r"(?<![\w])(?:på|driver|äger|från)\s$")
# a local newspaper, named by its region's adjective or its town ("Skånska Dagbladet",
# "Norrländska Socialdemokraten", "Hallands Nyheter"; not the national "Svenska Dagbladet")
NEWSPAPER_ENDINGS = ("dagbladet", "socialdemokraten", "kuriren", "allehanda", "posten",
                     "bladet", "tidning", "tidningen", "nyheter", "folkblad", "korrespondenten")
# (a look-ahead, so that "Och Tångabergs Sparbank" is tried from "Tångabergs" too)
_PAIR = re.compile(rf"(?<![\w])(?=(?P<first>[{UP}][{LOW}]+(?:s)?)[ \t](?P<second>[{UP}][{LOW}]+)"
                   rf"(?![\w]))")
# the mines, mills and plants that a town lives on and is known by: to name the employer is to
# name the town (an employer, not a brand: not Volvo, IKEA or Scania, which people also buy)
_EMPLOYERS = ("LKAB", "SSAB", "Northvolt", "Boliden", "Ovako", "Outokumpu", "Billerud",
              "BillerudKorsnäs", "Sandvik", "Holmen", "Stora Enso", "Smurfit Kappa", "Höganäs AB",
              "Uddeholm", "Bofors", "Domsjö", "Korsnäs", "Vattenfall Ringhals")
_TOWN_EMPLOYER = re.compile(rf"(?<![\w\-])(?:{'|'.join(_EMPLOYERS)})(?:s|:s)?(?![\w\-])")
_EMPLOYER_WORDS = Words(*_EMPLOYERS)  # (where to run the pattern: a cheap search)
# a sports club by its town's initials and its kind: "KIF", "VIF", "RIF", "MIK", "KBK", "IFK"
# (not "SSK", a nurse; "GIF" is a picture)
# (a capital first, which the engine skips to, then what stands before it)
_CLUB_INITIALS = re.compile(rf"[{UP}](?<![\w\-][{UP}])[{UP}]?(?:IF|IK|BK|FK)"
                            rf"(?::s|s)?(?![\w\-])")
# a shop or a business in lower case after a capitalised genitive, its name: of a word
# ("praktik på Ripans bageri", "jobb på Kyrkbackens pizzeria"; no one writes "Skolans kök" so
# inside a sentence), of a place or a person ("Hallvallens såg", "Pims kök nere vid torget")
_SHOPS = frozenset("""bageri konditori kiosk pizzeria café kafé frisör frisörsalong salong
thaikök grill livs verkstad bilverkstad restaurang åkeri snickeri sågverk""".split())
_BUSINESSES = frozenset("""såg sågverk snickeri åkeri bageri konditori pizzeria gjuteri bruk kök
livs plåtslageri verkstad blommor grill kiosk""".split())
_SHOP_OF = re.compile(rf"(?<![{L}])(?P<owner>[{UP}][{LOW}]+s) "
                      rf"(?P<noun>{'|'.join(sorted(_SHOPS | _BUSINESSES, key=len, reverse=True))})"
                      rf"(?![{L}])")
_SHOP_WORDS = Words(*(_SHOPS | _BUSINESSES))
_NOT_BESIDE_A_BUSINESS = re.compile(r"[\w\-]")  # (the name's own edges: "Pims kök", not "x-Pims")
# "Pingstkyrkan Klippan", "Missionskyrkan i Ramnåsa": a congregation named by its place
_CHURCH = re.compile(rf"(?<![\w])[{UP}][{LOW}]+kyrkan (?:i )?[{UP}][{L}\-]+(?![\w])")
_CLUB = re.compile(rf"(?<![\w])(?:IK|IF|IFK|BK|FK|SK|GIF|AIF|FF|BoIS)[ \t](?P<name>[{UP}]"
                   rf"[{LOW}]+)(?![\w])")
# "Afghanska kulturföreningen Omid", "Kurdiska föreningen i Kvarnfors": an association of a
# people or faith, with its own name or its town after it
_ASSOCIATION = re.compile(
    rf"(?<![\w])[{UP}][{LOW}]+(?:ska|iska) [{LOW}]*(?:föreningen|förening|förbundet)"
    rf"(?: (?P<name>[{UP}][{L}\-]+)| i (?P<place>[{UP}][{L}\-]+))(?![\w])")
# "Korpsunda islamiska förening", "S:t Afrems syrisk-ortodoxa församling", "Lärkelövs
# islamiska center": a town's or a saint's congregation of a faith
_CONGREGATION = re.compile(
    rf"(?<![\w])(?P<name>(?:S:t |Sankt |Sankta )?[{UP}][{LOW}\-]+) "
    rf"(?:[{LOW}]+a|[{LOW}]+-[{LOW}]+a)(?: [{LOW}]+a)? "
    rf"(?:förening|församling|kyrka|moské|center|kulturcenter|kulturförening)(?![\w])")
_CONGREGATION_WORD = re.compile(r"(?:förening|församling|kyrka|moské|center)(?![\w])")
# "Al-Nur-föreningen", "Kidane Mehret-församlingen", "Fatih-moskén": a congregation or an
# association by its own name, hyphenated to what it is
_NAME_HYPHEN_KIND = re.compile(
    rf"(?<![\w\-])(?P<name>[{UP}][{L}]+(?:[ \-][{UP}][{L}]+){{0,2}})"
    rf"-(?:föreningen|församlingen|moskén|moskeen|kyrkan|klubben)(?![\w])")
# "Institutet för Samhällsstudier i Mellannorrland": an institute of a region, by its name
_INSTITUTE = re.compile(rf"(?<![\w])(?:Institutet|Centrum|Centret|Stiftelsen|Akademin|"
                        rf"Föreningen|Förbundet|Rådet) för (?:{_CAP}|[{LOW}]+)(?: (?:och|&) "
                        rf"(?:{_CAP}|[{LOW}]+))? i {_CAP}(?![\w])")
# "Kvarnfors folkhögskola", "Tallmons gymnasium"
_SCHOOL_AFTER = re.compile(rf"(?<![\w])[{UP}][{LOW}]+ (?:folkhögskola|gymnasium|gymnasieskola)"
                           rf"(?![\w])")
# cheap searches for a part every match of a pattern above holds (``scanning.near``): each
# pattern opens with a capital, tried at every position of a long text otherwise
_COMPANY_FORM = re.compile(r"[ \t](?:AB|HB|KB|Aktiebolag)(?![\w])")
_CHURCH_WORD = re.compile(r"kyrkan ")
_ASSOCIATION_WORD = re.compile(r"förening|förbundet")
# an association's one-word name set off beside the word for it: "Hooyo, den somaliska
# föreningen", "Hooyo, föreningen, alltså", "föreningen, Hooyo, som", "Hooyo. Det är vår
# förening"
_ASSOCIATION_SET_OFF = re.compile(
    rf"(?<![{L}\-])(?P<name>[{UP}][{LOW}]{{2,}})(?:, (?:den |vår )?(?:[{LOW}]+ska )?"
    rf"(?:[{LOW}]*föreningen|förbundet)[,.)]|\. Det är (?:vår|en) (?:[{LOW}]+ska )?"
    rf"[{LOW}]*förening\b)"
    rf"|(?<![{L}])[Ff]öreningen, (?P<name2>[{UP}][{LOW}]{{2,}}),")
# "ordförande i Hooyo": who chairs an association
_CHAIR_OF = re.compile(rf"(?<![{L}])ordförande i (?P<name>[{UP}][{LOW}]{{2,}})(?![{L}\-])")
_HYPHEN_KIND_WORD = re.compile(r"-(?:förening|församling|mosk|kyrkan|klubben)")
_INSTITUTE_WORD = re.compile(r"(?:Institutet|Centrum|Centret|Stiftelsen|Akademin|Föreningen|"
                             r"Förbundet|Rådet) för ")
_SCHOOL_WORD = re.compile(r" (?:folkhögskola|gymnasi)")
_CLUB_LETTERS = re.compile(r"(?:IK|IF|IFK|BK|FK|SK|GIF|AIF|FF|BoIS)[ \t]")
_NOT_FIRST = frozenset("""Och Men Så Att Som När Där Då Om För Med På I Av Till Från Hos Vid
Under Efter Innan Vi Jag Du Han Hon Hen De Dom Ni Den Det Här Nu Sen Sedan Alla Hela Vår Min
Din Sin Deras Hans Hennes Ja Nej Okej""".split())


def _opening_words_dropped(m: re.Match) -> tuple[int, list[str]]:
    """The start and words of a match's "name" group without the small words that open a
    sentence before it ("På", "Och")."""
    start = m.start("name")
    words = m.group("name").split()
    while words and words[0] in _NOT_FIRST:
        start += len(words[0]) + 1
        words = words[1:]
    return start, words


def find(text: str) -> Iterator[Suggestion]:
    for m in near(_COMPANY_FORM, _COMPANY, text, before=400, after=12):
        start, words = _opening_words_dropped(m)  # "På Bygg & Måleri AB"
        if words and words[0] not in ("&", "och", "i"):
            yield Suggestion(start, m.end(), WORKPLACE, text[start:m.end()], CAPITAL, 0.7)
    for m in _PAIR.finditer(text):
        first, second = m.group("first"), m.group("second")
        if second.lower().endswith(NEWSPAPER_ENDINGS) and first.endswith(("ska", "s")) \
                and frequency.zipf_sv(first) < 4.5 and not names.is_function_word(first):
            end = m.end("second")  # (a score its words do not spread from: "Svenska Dagbladet")
            yield Suggestion(m.start(), end, WORKPLACE, text[m.start():end], CAPITAL, 0.58)
            continue
        if first in _NOT_FIRST or names.is_function_word(first) or lexicon.is_generic(first) \
                or frequency.zipf_sv(first) >= 4.5 \
                or (lexicon.is_word(first.lower()) and not first.endswith("s")
                    and (frequency.zipf_sv(first) >= 2.5 or len(first) > 8)):  # (but a
            # short rare word names a firm: "Dalbo Städ")
            continue  # "Hej Klubben", "Socialtjänsten Vård och omsorg"
        if second.lower().endswith(BUSINESS_ENDINGS) and (
                len(second) >= 4 or second in ("Såg", "Kök", "Trä")):  # (not "Nya El", "Per Rör")
            end = m.end("second")  # (surer than a capital's guess at a person: "Baan Thai")
            yield Suggestion(m.start(), end, WORKPLACE, text[m.start():end], CAPITAL, 0.72)
    # "hon städar på LKAB", "jobbar på SSAB"
    for m in near(_EMPLOYER_WORDS, _TOWN_EMPLOYER, text, before=2, after=4):
        yield Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), CAPITAL, 0.7)
    for m in _CLUB_INITIALS.finditer(text):  # "spelar i KIF", "VIF:s damlag"
        before = text[max(0, m.start() - 30):m.start()].split()
        if m.group(0)[:3] != "GIF" and text[m.start() - 1:m.start()] != "(" \
                and not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha()):
            # (a short form in brackets after the full name is the short forms' to define)
            # (after its town's name, "Kärrtuna BBK", the club is one name with the town)
            yield Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), CAPITAL, 0.7)
    for m in near(_SHOP_WORDS, _SHOP_OF, text, before=40, after=4):
        if m.group("noun") in _SHOPS and _named_by_a_word(text, m):
            yield Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), CAPITAL, 0.6)
        if m.group("noun") in _BUSINESSES and _named_by_a_name(text, m):
            yield Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), CAPITAL, 0.72)
    for m in near(_CHURCH_WORD, _CHURCH, text, before=60, after=60):
        last = m.group(0).split()[-1]
        if " i " in m.group(0) and names.lookup(last) is not None:
            continue  # "Sofiakyrkan i Stockholm": a church in a town the lists know
        if not names.is_function_word(last) and not names.is_listed_person(last):
            yield Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), CAPITAL, 0.7)
    for m in near(_ASSOCIATION_WORD, _ASSOCIATION, text, before=60, after=60):
        yield Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), CAPITAL, 0.75)
    for m in near(_ASSOCIATION_WORD, _ASSOCIATION_SET_OFF, text, before=40, after=40):
        name = m.group("name") or m.group("name2")
        if _an_associations_name(name) and frequency.zipf_sv(name.lower()) < 3.5:
            # (not "Ungefär. Det är en förening för oss")
            start = m.start("name") if m.group("name") else m.start("name2")
            yield Suggestion(start, start + len(name), WORKPLACE, name, CAPITAL, 0.7)
            # "Hooyo, den somaliska föreningen", "föreningen, Hooyo, som vi startade",
            # "Genom Hooyo. Det är vår förening"
    for m in _CHAIR_OF.finditer(text) if "ordförande" in text else ():
        name = m.group("name")
        if _an_associations_name(name) and not lexicon.is_word(name.lower()) \
                and not lexicon.is_compound_word(name.lower()):
            # (not "ordförande i Kommunfullmäktige", a body any municipality has)
            yield Suggestion(m.start("name"), m.end("name"), WORKPLACE, name, CAPITAL, 0.7)
    for m in near(_CONGREGATION_WORD, _CONGREGATION, text, before=70, after=0):
        first = m.group("name").split()[-1]
        if not (names.is_function_word(first) or lexicon.is_generic(first)
                or first.endswith(("ska", "iska")) or is_authority(first)):
            yield Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), CAPITAL, 0.75)
    for m in near(_HYPHEN_KIND_WORD, _NAME_HYPHEN_KIND, text, before=60, after=20):
        start, words = _opening_words_dropped(m)  # "Och Fatih-moskén"
        last = re.split(r"[ \-]", m.group("name"))[-1]
        if words and not (lexicon.is_word(last.lower()) and frequency.zipf_sv(last) >= 3.0):
            yield Suggestion(start, m.end(), WORKPLACE, text[start:m.end()], CAPITAL, 0.85)
    for m in near(_INSTITUTE_WORD, _INSTITUTE, text, before=0, after=200):
        yield Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), CAPITAL, 0.75)
    for m in near(_SCHOOL_WORD, _SCHOOL_AFTER, text, before=50, after=20):
        first = m.group(0).split()[0]
        if first not in _NOT_FIRST and not names.is_function_word(first):
            yield Suggestion(m.start(), m.end(), SCHOOL, m.group(0), CAPITAL, 0.7)
    for m in near(_CLUB_LETTERS, _CLUB, text, before=0, after=60):
        yield Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), CAPITAL, 0.7)
    for m in _TRANSCRIBED_BY.finditer(text) if "ranskri" in text else ():
        words = m.group("firm").split()
        if not any(names.is_listed_person(w, ("first",)) for w in words):
            start = m.start("firm")  # "Transkription: Skrivbyrån Malmen, 2023-05-22"
            yield Suggestion(start, m.end("firm"), WORKPLACE, m.group("firm"), CAPITAL, 0.6)


# "Föreningen Víctor Jara", "kulturföreningen Nuur Hassan": named after someone
_ASSOCIATION_BEFORE = re.compile(
    rf"(?<![{L}])([{L}]*(?:[Ff]öreningen|[Ff]örbundet)|[Ss]tiftelsen) $")


# "Drom Nevo, den romska föreningen", "Medhane Alem, eritreanska kyrkan": set off after it
# (or a compound on the noun: "Hiddo, kvinnoföreningen", "Hiddo, den somaliska
# kvinnoföreningen")
_ASSOCIATION_AFTER = re.compile(rf", (?:den |det )?(?:[{LOW}]+ska [{LOW}]*|(?P<bare>[{LOW}]{{2,}}))"
                                rf"(?:föreningen|förbundet|församlingen|kyrkan|moskén|kören)"
                                rf"(?![{L}])")


def _an_associations_name(name: str) -> bool:
    """A word that may name an association: no function word, public body or listed name."""
    return not (names.is_function_word(name) or lexicon.is_generic(name) or is_authority(name)
                or names.is_listed_person(name, ("first", "surname")))


def _named_by_a_word(text: str, m: re.Match) -> bool:
    """"Ripans bageri": the genitive of a word no list has as a name, inside a sentence (a
    name's genitive is left to the names)."""
    owner = m.group("owner")
    stem = owner[:-1].lower()
    return not is_initial(text, m.start()) and names.lookup(owner) is None \
        and (lexicon.is_word(stem) or lexicon.is_compound_word(stem)) \
        and not is_authority(owner[:-1])


def _named_by_a_name(text: str, m: re.Match) -> bool:
    """"Hallvallens såg", "på Pims kök": the genitive of a name, not of a common word; a
    person's, or a kitchen, only where one works or eats ("i Ifrahs kök" is her kitchen)."""
    first = m.group("owner")
    base = first[:-1]
    if _NOT_BESIDE_A_BUSINESS.match(text, m.end()) \
            or m.start() > 0 and _NOT_BESIDE_A_BUSINESS.match(text, m.start() - 1):
        return False
    return not (names.is_function_word(first) or lexicon.is_generic(base)
                or lexicon.is_word(base.lower()) and frequency.zipf_sv(base.lower()) >= 3.5
                or lexicon.is_word(first.lower())
                or (names.is_listed_person(base, ("first",), word_like_too=True)
                    or m.group("noun") == "kök")
                and _BEFORE_A_BUSINESS.search(text, max(0, m.start() - 8), m.start()) is None)


def association_named_after(text: str, s: Suggestion) -> Suggestion | None:
    """A person's name right after an association's noun is the association's name; a
    capitalised noun is part of it ("Föreningen Víctor Jara"). So is one the noun is set off
    after ("Drom Nevo, den romska föreningen")."""
    if s.type == PLACE and s.text not in names.places() \
            and _ASSOCIATION_AFTER.match(text, s.end):
        return s.with_(type=WORKPLACE)  # "ett möte i Hiddo, kvinnoföreningen"
    if s.type != PERSON or text[s.end:s.end + 1] == ":":
        return None
    m = _ASSOCIATION_BEFORE.search(text, max(0, s.start - 40), s.start)
    if m is None:
        after = _ASSOCIATION_AFTER.match(text, s.end)
        if after is not None and not (after.group("bare") and all(
                names.is_listed_person(part.capitalize(), ("first",), word_like_too=True)
                for part in s.text.split("-"))):
            return s.with_(type=WORKPLACE)  # "Drom Nevo, den romska föreningen" (but not
            # "ros-marie, betelkyrkan lånar ut": a woman, then her church)
        return None
    start = m.start(1) if m.group(1)[:1].isupper() else s.start
    return Suggestion(start, s.end, WORKPLACE, text[start:s.end], s.source, s.score)


# a transcript's header naming the firm that transcribed it, in two capitalised words or more:
# "Transkribering: Norrskrift Transkribering.", "Transkription: Skrivbyrån Malmen, 2023-05-22"
_TRANSCRIBED_BY = re.compile(rf"(?m)^[ \t]*(?:Transkribering|Transkription|Transkriberat av|"
                             rf"Transkriberad av|Utskrift)[ \t]*:[ \t]*"
                             rf"(?P<firm>[{UP}][{L}\-]+(?: [{UP}][{L}\-]+){{1,3}})"
                             rf"(?=[ \t]*[.,;(]|[ \t]*$)")
