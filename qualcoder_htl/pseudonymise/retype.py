"""The type of a found name from the words around it: PERSON or PLACE ("Karin Holmgren
berättar", "skolan i Sollefteå", "från Hargeisa"), one type for one name through a text
("Filmon svarade" … "med Filmon"), and a firm or a school named after a town ("Flymåla Trä",
"Taikons Plåt & Tak"). The detector calls ``retype`` on every merged suggestion and then
``consistent_types.consistent_types`` on the text's suggestions."""
from __future__ import annotations

import re

from . import context, institutions, lexicon, names, nicknames, places, workplaces
from .capitals import is_initial
from .consistent_types import AT_A_PLACE
from .groups import GROUP_TAILS
from .letters import LOW, UP, L
from .references import cited
from .speaker_labels import after_its_label
from .suggestions import CAPITAL, KNOWN, NAMES, PERSON, PLACE, SCHOOL, WORKPLACE, Suggestion
from .typing_rules import (
    COMPASS,
    NAME_PREFIXES,
    PLACE_ENDINGS,
    STRONG_SURNAME_ENDINGS,
    SURNAME_ENDINGS,
    a_school_noun,
    infer_type,
)

_WORD_AFTER = re.compile(rf" ([{L}]+)")
_PARTNERS = frozenset("Partner Partners Söner Son Döttrar Co Kompani Kompanjoner".split())
_AND_THEIR = re.compile(r" och (?:hans|hennes|hens) ")
_SQUARE_AFTER = re.compile(rf" (?:torg|centrum)(?![{L}\d])")
_REGION_AFTER = re.compile(rf" (?:Norr|Nord|Syd|Söder|Öst|Väst|Mitt)(?![{L}\d])")
_AMPERSAND_WORD = re.compile(rf" & [{UP}][{L}]+(?![{L}])")
_WORD_AND_AMPERSAND = re.compile(rf" [{UP}][{LOW}]+ & [{UP}][{L}]+(?![{L}])")  # "Zekis Däck &
# Service"


def _firm_word(text: str, start: int, word: str) -> bool:
    """A capitalised ordinary word right after a town's name, inside a sentence: the
    trade of a firm named after the town ("Flymåla Trä", "Kvarnfors Bygg")."""
    return ((lexicon.is_word(word) or lexicon.is_compound_word(word))
            and not names.is_function_word(word) and len(word) > 1
            and not lexicon.is_generic(word) and word not in COMPASS
            and not context.closed_class(word) and not is_initial(text, start)
            and _FIRM_END.match(text, start + len(word)) is not None)


_FIRM_END = re.compile(rf"[,.;)]|$| (?:AB|i|på|vid|och|som|efter|har|är|för|med|jobbar|sedan|"
                       rf"sen|nu|också|men|där|länge|igen|till|från)\b"
                       rf"| & [{UP}]")
# a name after these is a person's ("hon heter Paris", "vi kallar honom London")



def retype(text: str, s: Suggestion) -> Suggestion:
    if s.type != PERSON and after_its_label(text, s.start, s.text):
        return s.with_(type=PERSON)  # "Milan: Milan. Sexton snart.": the speaker's own name
    s = _retype_name(text, s)
    if s.source.startswith(KNOWN):
        return s
    named = workplaces.association_named_after(text, s)
    if named is not None:
        return named
    after = _REGION_AFTER.match(text, s.end) if s.type == WORKPLACE \
        else _SQUARE_AFTER.match(text, s.end) if s.type == PLACE else None
    if after is not None:  # "Textverkstaden Norr": the firm's region; "Ulvhamra centrum"
        s = Suggestion(s.start, after.end(), s.type, text[s.start:after.end()], s.source,
                       s.score)
    words = s.text.split()
    amp2 = _WORD_AND_AMPERSAND.match(text, s.end)
    if amp2 is not None and len(words) == 1 and (words[0].endswith("s")
                                                 or s.type in (PLACE, WORKPLACE)):
        return Suggestion(s.start, amp2.end(), WORKPLACE, text[s.start:amp2.end()], s.source,
                          s.score)  # "Zekis Däck & Service": the owner's firm
    amp = _AMPERSAND_WORD.match(text, s.end)
    if amp is not None and len(words) == 1 and amp.group(0)[3:] in _PARTNERS:
        return Suggestion(s.start, amp.end(), WORKPLACE, text[s.start:amp.end()], s.source,
                          s.score)  # "Lindahl & Partner", "Nilsson & Söner": a firm
    if amp is not None and (s.type == WORKPLACE or len(words) == 2 and (
            words[0].endswith("s") or lexicon.is_word(words[1])
            and not names.is_listed_person(words[1])) and not words[0].endswith(",")):
        # "Taikons Plåt & Tak", "Meharis Bil & Däck", "Öztürk Bil & Däck": a firm's name
        return Suggestion(s.start, amp.end(), WORKPLACE, text[s.start:amp.end()], s.source,
                          s.score)
    if s.type == PERSON and len(words) == 1 and s.text[:1].isupper() \
            and names.lookup(s.text) is None and text[s.start - 2:s.start] != ", ":
        noun = institutions.after_institution_noun(text, s.start)
        if noun is not None and noun not in ("skolan", "skola"):
            # "fritidsgården Kåsan (Myrbacken)": no listed name, so the body's own (but "i
            # skolan Anna sa" is a girl at school)
            return s.with_(type=SCHOOL if a_school_noun(noun) else WORKPLACE)
    trade = _TRADE_AFTER.match(text, s.end) if s.type in (PLACE, PERSON) \
        and len(words) == 1 and s.text.endswith("s") and names.lookup(s.text) is None else None
    if trade is not None and not lexicon.is_word(s.text) and _place_shaped(s.text[:-1]):
        # "Vålgårdens fjällhotell", "Rauksviks camping": a business named by its place (not
        # "Yings restaurang", a person's)
        return Suggestion(s.start, trade.end(), WORKPLACE, text[s.start:trade.end()], s.source,
                          s.score)
    town = not lexicon.is_word(s.text) and (
        s.type == PLACE or (s.type == PERSON and " " not in s.text
                            and context.word_before(text, s.start) in ("på", "hos")
                            and names.lookup(s.text) is None))
    if town:
        after = _WORD_AFTER.match(text[s.end:s.end + 30])
        if after and after.group(1)[:1].isupper() and _firm_word(text, s.end + 1,
                                                                 after.group(1)):
            end = s.end + len(after.group(0))  # "Flymåla Trä": a firm named by its town
            amp = _AMPERSAND_WORD.match(text, end)
            end = amp.end() if amp else end  # "Älvbacka Lager & Logistik"
            return Suggestion(s.start, end, WORKPLACE, text[s.start:end], s.source, s.score)
    if s.type in (PLACE, PERSON) and " " not in s.text and names.lookup(s.text) is None:
        before = context.words_before(text, s.start, 1, keep_case=True)
        if before and before[0] in _SCHOOL_BEFORE_TOWN and text[s.start - 1] == " ":
            start = s.start - len(before[0]) - 1  # "Komvux Ljungbäcka": the town's school
            return Suggestion(start, s.end, SCHOOL, text[start:s.end], s.source, s.score)
    if s.type in (PLACE, PERSON) and len(words) == 2 and _trade(words[1]) \
            and not names.is_listed_person(words[0], ("first",)) \
            and not lexicon.is_word(words[0]):
        return s.with_(type=WORKPLACE)  # "Mossbrunna Gjuteri", "Björnmyra Lokalvård"
    if s.type in (PLACE, PERSON) and _a_firm(words):
        return s.with_(type=WORKPLACE)
    if s.type in (PLACE, PERSON) and len(words) == 2 \
            and words[1].lower().endswith(workplaces.NEWSPAPER_ENDINGS):
        return s.with_(type=WORKPLACE)  # "Hallands Nyheter": a newspaper named by its region
    if s.type in (PLACE, PERSON) and len(words) >= 4 and words[-2] == "&" \
            and words[1].lower().endswith(workplaces.BUSINESS_ENDINGS) \
            and not names.is_listed_person(words[0], ("first",)):
        return s.with_(type=WORKPLACE)  # "Bengtssons Bygg & Mark": a firm, by its trade
    if s.type in (PERSON, PLACE) and len(words) == 1 and not s.source.startswith(NAMES) \
            and not names.is_listed_person(names.strip_genitive(s.text), ("first",)):
        body = _role_at(text, s.start)
        if body is not None:  # "imamen i Al-Huda", "rektorn på Kvarnbacken": where they work
            return s.with_(type=body)
    if s.type == PLACE and len(words) == 1 and _works_at(text, s.start) \
            and s.text not in names.places() and infer_type(s.text, "?") == "?":
        return s.with_(type=WORKPLACE)  # "jobbar på Nordväv", "praktik hos Gryteredsbagarn"
    if s.type == PERSON and len(words) <= 2 and s.source == CAPITAL \
            and context.word_before(text, s.start) == "på" and _works_at(text, s.start) \
            and not any(names.is_listed_person(names.strip_genitive(w), ("first",))
                        for w in words):
        return s.with_(type=WORKPLACE)  # "jobb på Kronoglas", "jobbar natt på Vänerpack",
        # "i köket på Krua Siam": no one works on a person
    return s


# a business's kind in lower case after the genitive of its place's name
_TRADE_AFTER = re.compile(rf" [{LOW}]*(?:hotell|pizzeria|restaurang|bageri|konditori|kiosk|"
                          rf"camping|vandrarhem|café|kafé|grill|frisör|sågverk|snickeri|åkeri|"
                          rf"verkstad|värdshus|pensionat|gästgiveri)(?![{L}])")


_WORK_BEFORE = frozenset("""jobbar jobbade jobbat jobba arbetar arbetade arbetat anställd
anställda praktik praktiserar praktiserade sommarjobb extrajobb jobb jobbet anställning
praktikplats""".split())


_ROLES_AT = {"imamen": WORKPLACE, "imam": WORKPLACE, "pastorn": WORKPLACE, "prästen": WORKPLACE,
             "ordföranden": WORKPLACE, "ordförande": WORKPLACE, "chefen": WORKPLACE,
             "tränaren": WORKPLACE, "ledaren": WORKPLACE, "föreståndaren": WORKPLACE,
             "rektorn": SCHOOL, "rektor": SCHOOL, "läraren": SCHOOL, "kuratorn": SCHOOL,
             "skolsköterskan": SCHOOL}


def _role_at(text: str, start: int) -> str | None:
    """The type of the body a role holder works at just before ("imamen i X", "rektorn på
    X"), or None."""
    before = context.words_before(text, start, 2)
    if len(before) == 2 and before[0] in ("i", "på", "för"):
        return _ROLES_AT.get(before[1])
    return None


def _works_at(text: str, start: int) -> bool:
    """"jobbar på X", and with a subject or an adverb between: "jobbar jag på X", "jobbade
    hon kvar på X", "jobbar nu på X"."""
    before = context.words_before(text, start, 4)
    if len(before) < 2 or before[0] not in ("på", "hos"):
        return False
    return before[1] in _WORK_BEFORE or len(before) >= 3 and before[1] in _BETWEEN_WORK_AND_AT \
        and before[2] in _WORK_BEFORE or len(before) == 4 and before[2] == "i" \
        and before[3] in _WORK_BEFORE  # "jobbar i köket på X"


_BETWEEN_WORK_AND_AT = frozenset("""jag du han hon hen vi ni de dom man nu kvar fortfarande
redan också även extra deltid heltid natt natten nätter kvällar helger skift""".split())


# a shop or a small firm named after its owner or its place: "Hằng Nails", "Shaam Livs"
_SHOP_WORDS = frozenset("""nails livs beauty pizzeria kiosk frisör café kafé bageri restaurang
import städ åkeri däck thaikök grill kebab sushi salong""".split())
# trades that are also surnames or words: a firm only after an owner's or a place's genitive
# ("Hallbergs Fisk", "Ekströms Möbler", "Tångeviks Varv"; not "Ola Fisk")
_OWNED_TRADES = frozenset("""fisk möbler varv glasbruk bil bilar däck bygg måleri rör städ åkeri el
vvs plåt""".split())  # "Åkerlunds Bil", "Nilssons Måleri"
# one word: "Gryteredsbagarn", "Torgkiosken"
_SHOP_TAILS = ("bagarn", "bageriet", "pizzerian", "kiosken", "frisören", "livs")
_COMPANY_FORMS = frozenset({"AB", "HB", "KB", "Aktiebolag"})


def _a_firm(words: list[str]) -> bool:
    """A span that names a firm by its form or its trade ("Skrivhjälpen i Sjuhärad AB",
    "Hằng Nails", "Gryteredsbagarn"), whatever the names inside it are."""
    last = words[-1] if words else ""
    if len(words) >= 2 and last in _COMPANY_FORMS:
        return True
    if len(words) == 2 and last.lower() in _OWNED_TRADES and words[0].endswith("s") \
            and len(words[0]) > 3:
        return True
    if len(words) in (2, 3) and last.lower() in _SHOP_WORDS:
        hit = names.lookup(last)
        return hit is None or bool(hit.suffix)  # (not a surname "Livs"; "Nails" only as Nail's;
        # "Abu Jamil Livs": an owner's by-name)
    if len(words) == 2 and words[0] in ("Sankta", "Sankt", "S:ta", "S:t") \
            and names.is_listed_person(words[1], ("first",), word_like_too=True):
        return True  # "Sankta Birgitta", "Sankt Mikael": a parish or a church by its saint
    low = last.lower()
    return len(words) == 1 and low.endswith(_SHOP_TAILS) \
        and len(low) >= max(len(t) for t in _SHOP_TAILS if low.endswith(t)) + 3 \
        and names.lookup(last) is None


def _trade(word: str) -> bool:
    """A trade that names a firm after its town or its owner ("Gjuteri", "Snickeri",
    "Lokalvård")."""
    low = word.lower()
    return (len(low) >= 5 or low in _SHORT_TRADES) \
        and low.endswith(workplaces.BUSINESS_ENDINGS + _TRADES) \
        and (lexicon.is_word(low) or lexicon.is_compound_word(low))


_SHORT_TRADES = frozenset("såg kök bruk kalk varv trä städ plåt glas".split())  # "Lidmyrens Såg",
# "Saigon Kök", "Norrforsa Trä"


_TRADES = ("eri", "verk", "bruk", "såg", "mejeri", "plast", "stål", "trä", "kem", "metall", "glas",
           "plåt", "el", "rör", "frakt", "transport", "städ", "bygg", "måleri", "konserv")


_SCHOOL_BEFORE_TOWN = frozenset("Vuxenutbildningen Lärcentrum Lärcenter".split())


# the rest of a speaker's label "Surname, First" from a meeting tool's transcript, with the
# time into the meeting or the line that starts or stops the transcription
_SURNAME_LABEL = re.compile(rf", [{UP}][{L}\-]+(?: [{UP}][{L}\-]+)?(?:[ \t]+\d{{1,2}}:\d{{2}}"
                            r"(?::\d{2})?|[ \t]+(?:started|stopped|startade|stoppade) "
                            r"(?:transcription|transkriberingen))[ \t]*$", re.MULTILINE)


def _retype_name(text: str, s: Suggestion) -> Suggestion:
    """PERSON or PLACE from the words around a name when its shape says nothing: "Karin
    Holmgren berättar" is a person, "skolan i Sollefteå" a place, "First Last" a person."""
    if s.type not in (PERSON, PLACE) or s.source.startswith(KNOWN):
        return s
    if s.type == PLACE and " " not in s.text and context.named_as(text, s.start):
        return s.with_(type=PERSON)  # "mina kompisar säger Dasha": a name (Dasha, a village)
    if s.type == PLACE and _SURNAME_LABEL.match(text, s.end) is not None \
            and (s.start == 0 or text[s.start - 1] == "\n"):
        return s.with_(type=PERSON)  # "Nyhammar, Petra   0:04": a meeting tool's speaker label
    shape = infer_type(s.text, "?")
    if shape == PLACE and s.type == PLACE and " " not in s.text \
            and s.text not in names.places() and not places.place_context(text, s.start) \
            and context.word_before(text, s.start) not in AT_A_PLACE \
            and (_coordinated(text, s.start, s.end) or context.person_context(text, s.end)):
        return s.with_(type=PERSON)  # "Liv och Filmon", "Filmon är tio år": a person,
        # whatever the name's ending
    words = s.text.split()
    if shape == PLACE and len(words) == 2 and words[0] in COMPASS \
            and not context.person_context(text, s.end) \
            and not names.is_listed_person(words[1], ("first",)):
        return s.with_(type=PLACE)  # "Lilla Essingen", "Norra Ormåsen": a part of a place
    if shape == PLACE and len(words) == 2 and words[0] in ("Lilla", "Stora") \
            and names.is_listed_person(words[1], ("first", "surname"), word_like_too=True) \
            and not places.place_context(text, s.start):
        return s.with_(type=PERSON)  # "Lilla Jana berättade", "Stora Anna": a girl, a woman
    if len(words) == 1 and context.family_named(text, s.start):
        return s.with_(type=PERSON)  # "en familj, Grönlid,": a surname, whatever its ending
    if shape != "?":
        return s  # a school, street or workplace ending decides
    if len(words) > 1 and words[0] in NAME_PREFIXES:
        words = words[1:]  # "S:t Moritz" is typed as "Moritz" would be
    first = names.lookup(words[0]) if words else None
    if first is None and words and words[0].islower():
        first = names.lookup(words[0].capitalize())  # "semhars" in notes: Semhar's
        if first is not None and first.stop and lexicon.is_word(words[0]):
            first = None  # "vid kajen": the quay, though Kajen is a name somewhere
    in_place = places.place_context(text, s.start)
    owner = first.base if first is not None and first.kind == "first" and first.suffix == "s" \
        else words[0][:-1] if first is None and words and words[0].endswith("s") \
        and names.is_listed_person(words[0][:-1], ("first",), word_like_too=True) else None
    if in_place and len(words) == 1 and owner is not None and words[0] not in names.places() \
            and (owner not in names.places() or names.is_swedish_person_name(owner)) \
            and _NOUN_AFTER.match(text, s.end):
        return s.with_(type=PERSON)  # "i Dags bil", "i Annas klass": whose, not where
    if len(words) == 1 and cited(text, s.start, s.end) \
            and not places.place_context(text, s.start) \
            and names.is_listed_person(s.text, word_like_too=True):
        return s.with_(type=PERSON)  # "(jfr Kaya 2019)": an author (not "till Malmö (2019)")
    if s.type == PLACE:
        if not in_place and len(words) == 1 and _AND_THEIR.match(text, s.end) is not None \
                and names.is_listed_person(s.text, ("first",), word_like_too=True):
            return s.with_(type=PERSON)  # "Santiago och hans kollegor": someone's
        if not in_place and len(words) == 1 and context.person_object(text, s.start) \
                and names.is_listed_person(s.text, ("first",), word_like_too=True):
            return s.with_(type=PERSON)  # "ringa Santiago": a person one calls
        if (context.person_context(text, s.end) and not in_place) or \
                (len(words) > 1 and first is not None and first.kind == "first"
                 and words[0] not in COMPASS):
            return s.with_(type=PERSON)  # "Karin Holmgren berättar", not "i Skåne trodde"
        if first is not None and first.kind == "first" and not first.stop \
                and not places.place_context(text, s.start) and len(words) == 1:
            return s.with_(type=PERSON)  # the model's LOC for a listed first name
        if len(words) == 1 and not in_place and s.text not in names.places() \
                and _coordinated(text, s.start, s.end):
            return s.with_(type=PERSON)  # "Liv och Filmon": a name among names
        return s
    # PERSON
    if context.word_before(text, s.start) in context.KIN_AND_TITLES \
            or _kin_till(text, s.start) \
            or context.word_before(text, s.start) in context.NAMING_VERBS \
            or context.after_a_role(text, s.start) \
            or len(words) == 1 and not places.place_context(text, s.start) \
            and (context.person_object(text, s.start) or _AND_THEIR.match(text, s.end)) \
            and names.is_listed_person(_as_a_name(names.strip_genitive(s.text)), ("first",),
                                       word_like_too=True):
        return s  # "kusin Taras", "hon heter Paris", "skolsköterskan, Aga", "ringa Santiago",
        # "Santiago och hans kollegor": people, whatever places share the name
    if len(words) == 1 and (s.text.lower().endswith(GROUP_TAILS) or "-" in s.text and (
            names.is_listed_person(s.text.split("-")[0], word_like_too=True))):
        return s  # "i Rut-gruppen", "från Grönforsfamiljen": named after a person
    if len(words) == 1 and not in_place and _coordinated(text, s.start, s.end):
        return s  # "Oksana och Taras, från Ukraina": a name among names
    if len(words) == 1 and (_a_turns_label(text, s)
                            or _BESIDE_A_PRONOUN.search(text, max(0, s.start - 12), s.start)
                            or _BESIDE_A_PRONOUN_AFTER.match(text, s.end)
                            and context.word_before(text, s.start) not in places.WHERE_WORDS):
        return s  # "Nada A: Jag var med", "jag och Nada pratar": a speaker, and someone named
        # beside "jag" (a first name a town shares; not "från Kemi och jag")
    if len(words) > 1 and (s.text in names.places()
                           or names.strip_genitive(s.text) in names.places()) \
            and not context.person_context(text, s.end):
        return s.with_(type=PLACE)  # "Los Angeles höll ...": a listed place of several words
    if len(words) > 1 and in_place and not any(names.lookup(w) for w in words) \
            and not context.person_context(text, s.end):
        return s.with_(type=PLACE)  # "vi är från Hải Phòng": no word of it is a listed name
    if len(words) != 1 or (context.person_context(text, s.end) and not in_place) \
            or nicknames.is_linked_short_form(text, s.start, s.end,
                                              context.word_before(text, s.start)):
        return s  # "Karin berättar", "Kadi (Abdulkadir)"
    if _after_a_listed_place(text, s) and names.lookup(s.text) is None:
        return s.with_(type=PLACE)  # "till Kabul och Herat": a place among places
    if context.word_before(text, s.start) in places.PLACE_PREPOSITIONS \
            and not names.is_swedish_person_name(names.strip_genitive(words[0]).capitalize()):
        return s.with_(type=PLACE)  # "i Arizona", "utanför Rio": people are not "in" anyone
    if places.place_noun_after(text, s.end) and (first is None or first.kind != "first"):
        return s.with_(type=PLACE)  # "Hällsjö kommun"
    if places.nested_place_after(text, s.end) and (first is None or first.kind != "first"):
        return s.with_(type=PLACE)  # "Qamishli, i Syrien"
    before = context.word_before(text, s.start)
    if before in ("på", "vid", "till") and _place_shaped(words[0]) \
            and (first is None or first.kind != "first"):
        return s.with_(type=PLACE)  # "på Lerbäcken", "vid Lerån": a neighbourhood, a river
    # the gazetteer is asked for the word as written, and for its base form only when the
    # word is no listed name itself ("Lars" is a name, not the genitive of a place "Lar")
    base = words[0] if first is not None and not first.suffix \
        else names.strip_genitive(words[0])
    in_gazetteer = base in names.places() or words[0] in names.places()
    if before in ("från", "vid") and s.text[:1].isupper() and not _message_from(text, s.start) \
            and (first is None or first.kind == "place"
                 or (words[0] in names.places() and not names.is_swedish_person_name(base))) \
            and not _coordinated(text, s.start, s.end):
        return s.with_(type=PLACE)  # "min man från Hargeisa", "från Erbil", "vid Kvikkjokk"
    if before == "till" and in_gazetteer and first is not None and first.kind == "surname" \
            and not context.person_context(text, s.end):
        return s.with_(type=PLACE)  # "Hur tog ni er till Lund?": the town a surname is named
        # after (one writes to a person, one goes to a town)
    if places.place_context(text, s.start) and (in_gazetteer or first is None
                                                 or first.kind != "first") \
            and not (s.text.endswith("s") and context.possessed_after(text, s.end)):
        # (not "i klaras lista", "i dags anteckningar": in a person's list)
        return s.with_(type=PLACE)  # "i Kalmar", "staden Sibut", "ryska Ufa"
    if in_gazetteer and not names.is_swedish_person_name(base) \
            and not context.after_first_name(text, s.start) \
            and not context.surname_initial_after(text, s.end) \
            and not (s.type == PERSON and before in ("med", "hos", "åt")) \
            and not (first is not None and first.kind == "first"
                     and (context.subject_context(text, s.end)
                          or context.pronoun_follows(text, s.end)
                          or before in context.VERBS)):
        # "med Taras"; "Aga är bra", "där var Aga viktig, hon ringde", "nu har Lamin
        # dagskift", "Taras B., åk 3": a first name too
        return s.with_(type=PLACE)  # "Berlins flygplatser", "Det går bra för Bradford"
    return s


def _as_a_name(word: str) -> str:
    """A word in lower case as a name is written ("bo" → "Bo"); other words as they are."""
    return word.capitalize() if word.islower() else word


def _kin_till(text: str, start: int) -> bool:
    """"pappa till jana", "mamman till Kuba": whose parent, not where to."""
    if text[max(0, start - 5):start] != "till ":
        return False  # (the cheap test first: it runs for every person found)
    before = context.words_before(text, start, 2)  # nearest first
    return len(before) == 2 and before[0] == "till" and (
        before[1] in context.KIN_AND_TITLES or before[1] in ("mamman", "pappan"))


def _after_a_listed_place(text: str, s: Suggestion) -> bool:
    """"Kabul och Herat", "Mosul eller Kirkuk": joined to a listed place just before."""
    before = context.words_before(text, s.start, 2, keep_case=True)
    if len(before) < 2 or before[0] not in ("och", "eller"):
        return False
    hit = names.lookup(before[1])
    return hit is not None and hit.kind == "place"


def _a_turns_label(text: str, s: Suggestion) -> bool:
    """The word labels a speaker's turn, or the speaker says it as her name: "Nada: Ja.",
    "Nada A: Jag var med", "[08:21] Nada:", "Eda: Eda, 14."."""
    if _LABELS_A_TURN.match(text, s.end) is None:
        return after_its_label(text, s.start, s.text) \
            and text[s.end:s.end + 1] in ".,!?"
    return _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, s.start) + 1, s.start) is not None


_LABELS_A_TURN = re.compile(rf"(?: [{UP}]\.?)?:[ \t]")
_LINE_OPENING = re.compile(r"[ \t]*(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]*)?")
_BESIDE_A_PRONOUN = re.compile(rf"(?<![{L}])(?:[Jj]ag|[Hh]on|[Hh]an) och $")
_BESIDE_A_PRONOUN_AFTER = re.compile(r" och (?:jag|hon|han)\b")
_coordinated = context.in_list_of_names  # "Ousmane och Lamin": a name among names


# "ett sms från Anna", "hälsningar från Biret": a person sends it
_MESSAGE_NOUNS = frozenset("""sms sms:et meddelande meddelandet brev brevet mejl mejlet mail
mailet samtal samtalet hälsningar hälsning svar svaret besked beskedet lapp lappen present
presenten hjälp hjälpen stöd stödet""".split())


def _message_from(text: str, start: int) -> bool:
    before = context.words_before(text, start, 2)
    return len(before) == 2 and before[1] in _MESSAGE_NOUNS


def _place_shaped(word: str) -> bool:
    """A place's shape: a place ending, or a compound of ordinary words that no surname
    ending explains ("Lerbäcken", "Gruvhöjden"; not "Lindberg")."""
    base = names.strip_genitive(word)
    low = base.lower()
    if low.endswith(SURNAME_ENDINGS) or low.endswith(STRONG_SURNAME_ENDINGS):
        return False
    return low.endswith(PLACE_ENDINGS) or low.endswith("ån") or lexicon.is_compound_word(low)


# a lower-case noun after a genitive: "Dags budget", "Annas klass" (not "i Annas, och")
_NOUN_AFTER = re.compile(r" (?!och\b|eller\b|men\b|som\b|är\b|var\b|har\b|i\b|på\b)"
                         r"[a-zåäö]{3,}")


def project_type(text: str, s: Suggestion, project_names: dict[str, str]) -> Suggestion:
    """A one-word name typed PERSON or PLACE by a rule or the model takes the type the
    project gives it ("HTL Ljungskär" where other transcripts say "i Ljungskär"), unless the
    words around it here say otherwise ("Ljungskär berättar", "i Ljungskär")."""
    if " " in s.text or s.type not in (PERSON, PLACE) or s.source.startswith((KNOWN, NAMES)):
        return s
    other = project_names.get(s.text) or project_names.get(names.strip_genitive(s.text))
    if other not in (PERSON, PLACE) or other == s.type:
        return s
    if other == PLACE and (context.person_context(text, s.end)
                           or names.is_listed_person(names.strip_genitive(s.text))):
        return s
    if other == PERSON and places.place_context(text, s.start):
        return s
    return s.with_(type=other)
