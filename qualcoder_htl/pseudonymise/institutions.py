"""Institutions and public bodies beside a name: "fritidsgården Gnistan", "Kvarnen,
fritidsgården", "Flymåla pingstförsamling", "Hällsjö Elmontage AB", "Malmö universitet",
"Region Västernorrland". The words around say whether a capitalised word names an
institution, or is the place a public body is named after (which identifies no one)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import frequency, lexicon
from .context import WORD, words_before
from .typing_rules import COMPASS

# Nouns for an institution that take a name after them: "fritidsgården Gnistan", "Förskolan
# Trollsländan", "Bageriet Kanelen", "kyrkan Sankta Maria"
INSTITUTION_NOUNS = frozenset("""fritidsgården fritidsgård förskolan förskola skolan
bageriet bageri kaféet caféet café kafé restaurangen restaurang pizzerian föreningen förening
kyrkan församlingen moskén biblioteket familjecentralen vårdcentralen boendet äldreboendet
företaget firman butiken affären klubben gymmet hotellet konditoriet salongen
bostadsbolaget bostadsbolag fastighetsbolaget studieförbundet ungdomsgården ungdomsgård
ungdomshuset mötesplatsen träffpunkten fritidsklubben kulturhuset
""".split())


# a business named by a compound is a name when capitalised inside a sentence ("på
# Bruksbageriet", "Hamnkaféet"); a public facility is often capitalised when it is none
_BUSINESS_TAILS = frozenset("""bageriet bageri kaféet caféet café kafé restaurangen restaurang
pizzerian konditoriet salongen butiken affären hotellet gymmet firman företaget""".split())
_INSTITUTION_TAILS = tuple(n for n in INSTITUTION_NOUNS
                           if len(n) >= 5 and n not in _BUSINESS_TAILS) + (
    "gården", "centralen", "huset", "hemmet", "boendet", "biblioteket", "mottagningen",
    "kliniken", "enheten", "förvaltningen", "kontoret", "stationen", "hälsan", "vården",
    "tjänsten", "avdelningen", "skyddet", "teamet", "nämnden", "verksamheten")


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def institution_word(word: str) -> bool:
    """A generic facility named by what it is ("Fritidsgården", "Ungdomsgården",
    "Familjecentralen"), however it is capitalised; a business ("Bruksbageriet") and a
    town's church or congregation ("Hyttkyrkan", "Pingstkyrkan") are not, a national church
    ("Svenska kyrkan") is."""
    low = word.lower()
    if low.endswith("kyrkan") and len(low) >= 9 and not low.startswith(_DENOMINATIONS):
        return False  # (and "Pingstkyrkan", "Missionskyrkan": a town's congregation)
    return low.endswith(_INSTITUTION_TAILS)


def named_by_a_name(word: str) -> bool:
    """A facility named by a name before its kind, the whole no word of the lexicon and the
    name no common word: "Spinnarskolan", "Kolmilagården" (not "Fritidsgården",
    "Grundskolan", "Kvinnoföreningen")."""
    low = word.lower()
    tail = next((t for t in _NAMED_PLACE_TAILS if low.endswith(t)), None)
    if tail is None:
        return False
    head = low[:-len(tail)].rstrip("-s")
    return len(head) >= 4 and not lexicon.is_word(low) and frequency.zipf_sv(head) < 3.5


# the kinds of a place named by a name (not a body: "Kvinnoföreningen", "Integrationsenheten")
_NAMED_PLACE_TAILS = ("skolan", "gården", "hemmet", "biblioteket")
_DENOMINATIONS = ("katolska", "ortodoxa", "svenska", "moder", "hem", "by", "sjukhus", "skol")


def after_institution_noun(text: str, start: int) -> str | None:
    """The institution noun just before ("fritidsgården" in "fritidsgården Gnistan",
    "kyrkan, Medhane Alem"), or None: a capitalised word after it is the institution's name."""
    before = words_before(text, start, 1)
    if before and (before[0] in INSTITUTION_NOUNS or before[0].endswith(_ASSOCIATIONS)):
        return before[0]  # (also "kulturföreningen Pamir", "föräldraföreningen Hiddo")
    if text[start - 2:start] == ", ":
        before = words_before(text, start - 2, 2)
        gap = 0
        if len(before) == 2 and before[0] in ("här", "där"):
            gap = len(before[0]) + 1  # "en somalisk förening här, Midnimo"
            before = before[1:]
        word = WORD.match(text, start)
        if before and (before[0] in INSTITUTION_NOUNS or before[0].endswith(_ASSOCIATIONS)
                       or before[0].endswith(("förening", "förbund"))) \
                and before[0].endswith(("en", "et", "n", "förening", "förbund")) \
                and text[start - 2 - gap - len(before[0])].islower() \
                and word and not lexicon.is_word(word.group(0)) \
                and not (len(word.group(0)) > 10 and lexicon.is_compound_word(word.group(0))) \
                and not text.startswith(" från ", word.end()):
            return before[0]  # "kyrkan, Medhane Alem"; not "familjecentralen, Socialtjänsten"
            # nor "biblioteket, Dzenana från Röda Korset", someone from somewhere
    return None


_ASSOCIATIONS = ("föreningen", "förbundet")


# heads of compounds that name an institution after a place: "Flymåla pingstförsamling",
# "Skräddarbo byskola", "Ekbackens fotbollsklubb"
NAMED_INSTITUTION_HEADS = ("församling", "församlingen", "kyrka", "kyrkan", "skola", "skolan",
                           "klubb", "klubben", "förening", "föreningen", "moské", "moskén",
                           "boende", "boendet", "vårdcentral", "vårdcentralen", "bibliotek",
                           "biblioteket", "fritidsgård", "fritidsgården", "hem", "hemmet",
                           "sjukhus", "sjukhuset", "lärcentrum", "vuxenutbildning")
_INSTITUTION_AFTER = re.compile(rf" ([a-zåäö]+(?:{'|'.join(NAMED_INSTITUTION_HEADS)}))(?![\w])")


def institution_after(text: str, end: int) -> bool:
    """A compound institution noun just after: "Flymåla pingstförsamling", "Skräddarbo
    byskola" (the capitalised word is the place the institution is named after)."""
    m = _INSTITUTION_AFTER.match(text, end)
    return m is not None and lexicon.is_compound_word(m.group(1))


def plain_institution_after(text: str, end: int) -> str | None:
    """An institution noun in the indefinite form after a genitive: "Ekbackens skola",
    "Norrbackas bibliotek" (the genitive is the institution's name); the noun or None."""
    m = _PLAIN_INSTITUTION_AFTER.match(text, end)
    return m.group(1) if m else None


_PLAIN_INSTITUTION_AFTER = re.compile(r" (skola|förskola|gymnasium|lärcentrum|vuxenutbildning|"
                                      r"folkhögskola|bibliotek|kyrka|församling|"
                                      r"moské|vårdcentral|fritidsgård|äldreboende)(?![\w])")


def before_company_form(text: str, end: int) -> bool:
    """"AB", "HB", "KB" or "Ekonomisk förening" after: a company's name ("Rena Hem i Norr
    AB", "Hällsjö Elmontage AB")."""
    return company_form_end(text, end) is not None


_COMPANY_FORM = re.compile(r" (?:AB|HB|KB|Aktiebolag|IF|IK|BK|FF|FK|SK|AIF|GoIF)\b")


def company_form_end(text: str, end: int) -> int | None:
    """Where the company form after a name ends ("Aapajärvi SK", "Ekbackens IF")."""
    m = _COMPANY_FORM.match(text, end, end + 12)
    return m.end() if m else None


AUTHORITY_HEADS = frozenset("""Region Regionen Länsstyrelsen Landstinget Polisregion FoU
Kommunförbundet Förbundet Stiftelsen""".split())


_UNIVERSITY_AFTER = re.compile(r"s? (?:universitet|universitets|högskola|högskolas|"
                               r"tekniska högskola|University|College)\b")  # (a hospital
# is a workplace)


def before_university(text: str, end: int, start: int | None = None) -> bool:
    """"Malmö universitet", "Göteborgs universitet", "Högskolan i Halmstad", "Halmstad
    University": a public university named after its town, a body that identifies no one."""
    if _UNIVERSITY_AFTER.match(text, end, end + 30) is not None:
        return True
    return start is not None and _UNIVERSITY_BEFORE.search(text, max(0, start - 20),
                                                           start) is not None


_UNIVERSITY_BEFORE = re.compile(r"(?<![\w])(?:Högskolan|Universitetet) i $")


def in_authority_name(text: str, start: int) -> bool:
    """A region's name inside an authority's ("Region Västernorrland", "Länsstyrelsen
    Östergötland"): the authority, which identifies no one."""
    before = words_before(text, start, 2, keep_case=True)
    if before and text[start - 1] == " " and (
            before[0] in AUTHORITY_HEADS
            or len(before) == 2 and before[0] in COMPASS and before[1] in AUTHORITY_HEADS):
        return True  # (and "Länsstyrelsen Västra Götaland")
    word = WORD.match(text, start)
    if word is None or word.group(0) not in COMPASS:
        return False
    region = WORD.match(text, word.end() + 1)  # "Västra Götalandsregionen": one word
    return region is not None and region.group(0).endswith(_REGION_BODIES)


_REGION_BODIES = ("regionen", "landstinget", "länsstyrelsen")


# the definite nouns an institution's name stands beside, with a comma: "Kvarnen,
# fritidsgården", "föreningen, Hoa Sen,"
APPOSITION_NOUNS = frozenset("""fritidsgården förskolan föreningen kyrkan församlingen
moskén biblioteket familjecentralen bostadsbolaget fastighetsbolaget studieförbundet
kulturföreningen idrottsföreningen klubben caféet kaféet restaurangen äldreboendet boendet
gruppboendet ungdomsgården hotellet pizzerian salongen""".split())


def institution_apposition(text: str, start: int, end: int) -> str | None:
    """The institution noun beside a name with a comma, or None: "Kvarnen, fritidsgården",
    "Horseed, den somaliska föreningen",
    "Kvarnforshem, bostadsbolaget", "föreningen, Hoa Sen," (a name set off by commas)."""
    listed = start >= 2 and text[start - 2:start] == ", "  # "skolan, Socialtjänsten, ..."
    m = re.match(r", (?:the |(?:den|det) [a-zåäö]+a )?([a-zåäö]+)(?P<more>,? (?:och|eller)\b"
                 r"|, ?(?P<next>\w*))?", text[end:end + 60])  # "Horseed, den somaliska föreningen"
    if m and m.group(1) in APPOSITION_NOUNS and not listed:
        nxt = m.group("next")
        in_list = m.group("more") is not None and (
            nxt is None or nxt[:1].isupper() or nxt in INSTITUTION_NOUNS)
        if not in_list:  # "Kvarnforshem, bostadsbolaget, det ..." but not a list of them
            return m.group(1)
    if listed:
        before = words_before(text, start - 2, 1)  # the word before the comma
        noun_start = text.rfind(before[0], 0, start) if before else -1
        in_list = noun_start >= 2 and text[noun_start - 2:noun_start] == ", "
        if before and before[0] in APPOSITION_NOUNS and text[end:end + 1] in (",", ".", "") \
                and not in_list:
            return before[0]
    return None


AUTHORITY_ENDINGS = ("verket", "verkets", "myndigheten", "myndighetens", "inspektionen",
                     "kassan", "kassans", "förmedlingen", "förmedlingens", "styrelsen",
                     "styrelsens", "ombudsmannen", "domstolen", "institutet", "akademin",
                     "universitetet", "högskolan", "departementet", "nämnden", "rådet",
                     "kommissionen", "utredningen")


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def is_authority(word: str) -> bool:
    """A public body named by what it is (Skatteverket, Kronofogdemyndigheten,
    Skolinspektionen, Vetenskapsrådet): it identifies no one."""
    low = word.lower()
    return low.endswith(AUTHORITY_ENDINGS) and len(low) > 8 \
        and not (low.startswith(_INDUSTRIES) and "verket" in low)


# works named by what they make are firms, not authorities ("Valsverket", "Stålverket")
_INDUSTRIES = ("vals", "stål", "hytt", "såg", "kraft", "järn", "bruks", "pappers", "massa",
               "cement", "kalk", "tegel", "glas")


def named_library(word: str) -> bool:
    """A library named by its part of town ("Hamnbiblioteket", "Klitterbiblioteket"), not a
    kind of library ("Stadsbiblioteket", "Skolbiblioteket", "Barnbiblioteket")."""
    low = word.lower()
    for tail in ("biblioteket", "bibliotekets"):
        if low.endswith(tail) and len(low) - len(tail) >= 3:
            return not low.startswith(_KINDS_OF_LIBRARY)
    return False


_KINDS_OF_LIBRARY = ("stads", "skol", "barn", "folk", "kommun", "läns", "huvud", "universitets",
                     "högskole", "sjukhus", "gymnasie", "forsknings", "fängelse", "special",
                     "lands", "riks", "kungliga", "film", "musik", "bok", "e-", "ljud",
                     "digital", "fack", "filial", "närbibl", "bibliotek")
