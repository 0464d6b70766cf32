"""Which kind of identifier a name is, from its shape: ``-skolan`` is a school, ``-vägen`` an
address, ``-dalen`` a place, ``Café X`` or ``X:s bibliotek`` a workplace."""
from __future__ import annotations

from .suggestions import ADDRESS, PERSON, PLACE, SCHOOL, WORKPLACE

SCHOOL_ENDINGS = ("skolan", "skola", "skolor", "skolorna", "gymnasiet", "gymnasium",
                  "förskolan", "förskola", "skolans", "gymnasiets")
# Institution nouns that make "<Place>s <noun>" (or "<Name> <noun>") a workplace.
WORKPLACE_NOUNS = frozenset("""
bibliotek biblioteket fritidsgård fritidsgården fritidsgårdar vårdcentral vårdcentralen
hälsocentral hälsocentralen familjecentral familjecentralen kyrka kyrkan församling
församlingen sporthall sporthallen simhall simhallen ungdomsgård ungdomsgården mottagning
mottagningen bibliotekets fritidsgårds idrottsplats idrottsplatsen fotbollsklubb bruk bruket
äldreboende äldreboendet boende boendet förening föreningen IF IK BK FF AIF GoIF AIK IFK BIS
BoIS GIF HC FK SK
sjukhus sjukhuset moské moskén skola skolan förskola förskolan gymnasium gymnasiet
sameby samebyn searvi vuxenutbildning vuxenutbildningen folkhögskola folkhögskolan
grundskola fritidshem lasarett lasarettet stadshus stadshuset kulturhus kulturhuset
medborgarhus medborgarhuset församlingshem församlingshemmet badhus badhuset museum museet
ungdomsmottagning ungdomsmottagningen kulturförening kulturföreningen idrottsförening
idrottsföreningen bostäder Bostäder Energi Vatten Kraft Taxi Buss bygdegård bygdegården
center friskola friskolan vuxenutbildning vuxenutbildningen folkhögskola folkhögskolan
komvux barnsjukhus barnsjukhuset
""".split())
WORKPLACE_ENDINGS = ("verken", "verket", "fabriken", "fabrik", "bruket", "varvet", "gruvan",
                     "industrier", "industri", "logistik", "lager", "åkeri", "åkeriet",
                     "bageri", "bageriet", "konsult", "bygg", "service", "center", "centret",
                     "kliniken", "apoteket", "hotell", "hotellet", "restaurang", "klubb",
                     "klubben", "måleri", "bostäder", "fastigheter", "snickeri", "gjuteri",
                     "tryckeri", "verkstad", "verkstaden", "kiosken", "pizzerian",
                     "tryckeriet", "snickeriet", "väveri", "väveriet", "spinneri",
                     "spinneriet", "bryggeri", "bryggeriet", "mejeri", "mejeriet",
                     "kyrkan", "församlingen",
                     # newspapers
                     "bladet", "posten", "tidning", "tidningen", "kuriren", "allehanda")
# a chain's name alone ("på ICA") identifies no one; its shop is named by its town ("ICA Kvarnbo")
CHAINS = frozenset("ICA Coop Hemköp Willys Lidl Konsum Apoteket Taxi".split())
WORKPLACE_PREFIXES = CHAINS | frozenset("""Café Kafé Cafét Restaurang
Pizzeria Bageri Konditori Hotell Bilverkstad Frisör Salong Gym Masjid""".split())
# Words that begin a name of any kind ("Sankt Olofs kyrka", "S:t Moritz", "San Sebastián")
NAME_PREFIXES = frozenset("Sankt S:t Saint San Santa Sankta".split())
PLACE_ENDINGS = ("dalen", "backen", "bo", "by", "byn", "näs", "näset", "vik", "viken", "torp",
                 "hult", "holmen", "berga", "stad", "köping", "sund", "ås", "ängen", "heden",
                 "hagen", "skogen", "stranden", "fors", "forsen", "ryd", "red", "mark", "tuna",
                 "vallen", "åker", "åkern", "sjön", "älven", "hamn", "hamnen", "landet", "höjden",
                 "lid", "liden", "mon", "myra", "udden", "gärde", "gärdet", "bodarna", "sätra",
                 "äng", "inge", "löv", "rum", "bölet", "kulla", "kullen", "torpet", "området",
                 "tjärn", "tjärnen", "slätt", "slätten", "berget", "åsen", "moen", "kusten",
                 "remsan", "öarna", "ön", "halvön", "ö", "gården", "gård", "torp", "bäcken",
                 "hyttan", "mossen", "träsk", "träsket", "myren", "bro", "bron",
                 # Sámi and Finnish lakes, rivers and fells: "Gávtsajávri", "Vuolusjohka"
                 "jávri", "jávre", "jaure", "johka", "várri", "järvi", "joki")
STREET_ENDINGS = ("vägen", "gatan", "stigen", "gränd", "gränden", "torget", "allén", "leden",
                  "stråket", "slingan", "svängen", "gången")
# Endings that make a capitalised word a surname in Swedish and in the languages families in
# Sweden speak (Andersson, Lindqvist, Hansdotter, Mujić, Kowalski, Ağaoğlu, Petrosyan).
SURNAME_ENDINGS = ("sson", "son", "dotter", "qvist", "kvist", "ström", "gren", "berg", "lund",
                   "dahl", "dal", "holm", "blad", "sköld", "stedt", "stad", "ander", "ius",
                   "ić", "vić", "ović", "ević", "ski", "cki", "wicz", "czyk", "oğlu", "yan",
                   "ian", "ov", "ova", "ev", "eva", "enko", "escu", "ides", "opoulos", "zadeh",
                   "poor", "pour", "nen", "inen", "lä")
# Endings no Swedish common noun has: a surname even when its parts are words (Gummesson,
# Hansdotter, Lindkvist)
STRONG_SURNAME_ENDINGS = ("sson", "dotter", "qvist", "kvist", "ström", "ić", "vić", "oğlu",
                          "zadeh", "opoulos")
# a surname of the Balkans as notes and recognisers write it, with or without its diacritics
# ("ahmetović", "hasanbegovic"): no Swedish word ends so
BALKAN_SURNAME_ENDINGS = ("ović", "ević", "ovic", "evic", "ovich", "evich")
# Surname endings also made of words, for a surname written in lower case: "rosvall",
# "gardell", "wessman"
COMPOUND_SURNAME_ENDINGS = SURNAME_ENDINGS + ("vall", "man", "ell")
COMPASS = frozenset("Östra Västra Norra Södra Övre Nedre Stora Lilla Gamla Nya Inre Yttre".split())


def a_school_noun(noun: str) -> bool:
    """"skolan", "Förskolan", "Lärcentrum", "vuxenutbildningen": a noun of a place of
    learning (its name is a SCHOOL)."""
    low = noun.lower()
    return "skol" in low or low.startswith(("lärcent", "vuxenutb"))


def _strip_genitive(word: str) -> str:
    if word.endswith((":s", ":n")):
        return word[:-2]
    if word.endswith("s") and len(word) > 4 and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_ASSOCIATION_WORDS = ("föreningen", "förening", "förbundet", "församlingen", "församling")


def infer_type(text: str, current: str, from_list: bool = False) -> str:
    """The type a span's shape says; ``current`` when it says nothing. A name from a name list
    (``from_list``) keeps PERSON unless a school, street or workplace ending says otherwise."""
    words = text.split()
    if not words:
        return current
    last = _strip_genitive(words[-1].strip(".,;"))
    low = last.lower()
    if low.endswith(SCHOOL_ENDINGS) or low.endswith("skol"):
        return SCHOOL
    if low.endswith(STREET_ENDINGS) and len(low) > 6:
        return PLACE if low.endswith("torget") and len(words) == 1 else ADDRESS  # a square
    if words[0] in WORKPLACE_PREFIXES or last in WORKPLACE_NOUNS or (
            len(words) > 1 and words[0].lower().endswith("kyrkan")) or \
            low in WORKPLACE_NOUNS or (low.endswith(WORKPLACE_ENDINGS) and len(low) > 7):
        return WORKPLACE
    if len(words) > 1 and "&" in words:
        return WORKPLACE
    if len(words) > 1 and any(w.lower().endswith(_ASSOCIATION_WORDS) for w in words[:-1]):
        return WORKPLACE  # "Afghanska kulturföreningen Omid", whatever else "Omid" is
    if from_list and current == PERSON:
        return PERSON
    if words[0] in COMPASS and len(words) > 1:
        return PLACE
    if (current in (PERSON, PLACE) or len(words) == 1 and current != SCHOOL) \
            and low.endswith(PLACE_ENDINGS) \
            and len(low) > 5:
        return PLACE
    return current


# the definite forms of land: a place named with one is an area ("på Backen", "på Udden")
_LANDFORMS = ("backen", "berget", "ängen", "udden", "holmen", "heden", "åsen", "dalen", "viken",
              "gärdet", "torget", "hamnen", "näset", "slätten", "skogen", "kullen", "höjden",
              "sjön", "myren", "liden", "stranden", "bäcken", "tjärnen", "malmen", "knallen",
              "hagen", "lyckan", "sluttningen", "gropen")


def names_land(word: str) -> bool:
    """A capitalised definite noun of land: an area's by-name ("Backen", "Udden"), not a
    workplace's ("Stålet", "Sågen")."""
    return word.lower().endswith(_LANDFORMS)
