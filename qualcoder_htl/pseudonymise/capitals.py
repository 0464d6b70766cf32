"""Capitalised words, whether they start a sentence, and the capitalisation rule.

Swedish capitalises proper nouns only (not months, weekdays, languages or nationalities), so a
capitalised word inside a sentence is a name unless something else explains it. At a sentence
start capitals say nothing; there a word counts only if no Swedish lexicon knows it.

Transcripts complicate "sentence start": a turn begins after a speaker label (``IP:``,
``[00:12:45] J:``), reported speech after a quote mark, and speech often runs on after ``...``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import context, english, frequency, institutions, lexicon, names, places, word_uses
from .ages import is_number_word
from .groups import group_compound, group_of
from .institutions import is_authority
from .letters import LOW, UP, L, contains_word
from .references import cited
from .suggestions import CAPITAL, PERSON, PLACE, SCHOOL, WORKPLACE, Suggestion
from .typing_rules import (
    CHAINS,
    COMPASS,
    PLACE_ENDINGS,
    SCHOOL_ENDINGS,
    STREET_ENDINGS,
    STRONG_SURNAME_ENDINGS,
    SURNAME_ENDINGS,
    WORKPLACE_PREFIXES,
    a_school_noun,
    infer_type,
    names_land,
)

# a capitalised word, with an Arabic article or particle glued on ("al-Assad", "el-Aziz",
# "bin-Laden" are names whose first letter is lower case)
PARTICLES = ("al", "el", "ul", "ad", "ud", "as", "ash", "at", "az", "an", "ar", "ibn", "bin",
             "abu", "ben", "bint")
# (after a slash only where a blank stands before it: the signature "/Ánte]", not
# "Komvux/SFI" or a web address)
CAP_TOKEN = re.compile(rf"(?:(?<=\.\.\.)|(?<![\w@./\-])|(?<=\s/)|(?<=^/))"
                       rf"(?:(?:{'|'.join(PARTICLES)})[\-‑])?"
                       rf"[{UP}][{L}]*(?:[\-'’:][{L}]+)*['’]?(?![\w@])")
_LABEL = re.compile(rf"\s*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?\s*)?"
                    rf"(?:[{UP}][{L}\-]*(?:\s[{UP}][{L}\-]*)?|[{UP}]{{1,3}})\s?:")
_OPENERS = "\"”“'‘’«»(–—-[*•·▪◦‣►>"
_ENDERS = ".!?…:;"


# Words that label a line or a turn in transcripts' headers: not names.
# labels for several speakers at once, not a person: "Alla: [skratt]"
CHORUS = frozenset("alla flera båda samtliga några många".split())
LABEL_WORDS = frozenset("""Respondent Respondenten Intervjuare Intervjuaren Deltagare Datum Plats
Tid Närvarande Moderator Observatör Anteckningar Kommentar Fråga Svar Int Resp IP Tema Ämne
Transkribering Transkriberad Transkriberat Ljudfil Längd Inspelning Intervju Fokusgrupp
Från Till Skickat Kopia Hemlig Bilaga Bilagor Tel Telefon Mobil Vxl Växel Fax Besöksadress
Postadress Adress Hemsida Webb E-post Epost Mejl Mail Frånvarande Dagordning Reflektion
Reflektioner Sammanfattning Beslut Övrigt Noteringar Protokoll Ordförande Sekreterare
Uppföljning Ansvarig Åtgärd Åtgärder Ärende Bakgrund Förslag Justerare Namnförtydligande
Samtalsledare Underskrift Protokollförare Närv Frånv Deltog Kallade""".split())
_NEXT_WORD = re.compile(rf" ([{UP}][{L}]*)")
# a chain's shop formats: "ICA Nära", "Coop Extra" name no shop in particular
_SHOP_FORMATS = frozenset("Nära Kvantum Maxi Supermarket Extra Forum Konsum Stormarknad".split())


def _shop_named_after(text: str, end: int) -> bool:
    """A capitalised name after a chain's: "ICA Kvarnbo", not "ICA Nära" or "på ICA"."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) not in _SHOP_FORMATS
# words after which a person stands more often than a thing: "med Taras", "och Taras"
_NAME_BEFORE = frozenset("med och hos till åt för om som".split())
_DEFINITE = ("en", "an", "et", "na", "orna", "arna", "erna")  # "Klockan är sju": a thing
# pronouns a transcriber capitalises by habit ("Jag och Min mamma")
_PRONOUNS = frozenset("""jag du han hon hen vi ni de dom min mitt mina din ditt dina sin sitt
sina vår vårt våra er ert era den det man inte aldrig alltid bara också just verkligen helt
mycket väldigt alla allt en ett""".split())  # and words stressed by a capital ("Inte Bra")


def _title_case_line(text: str, pos: int) -> bool:
    """Most words of the line are capitalised: a heading or a title, not a sentence."""
    lo, hi = max(0, pos - 300), min(len(text), pos + 300)  # bounded: a heading is short
    start = text.rfind("\n", lo, pos) + 1 or lo
    end = text.find("\n", pos, hi)
    words = text[start:end if end >= 0 else hi].split()
    caps = sum(w[:1].isupper() for w in words)
    return len(words) > 1 and caps * 2 > len(words)


# abbreviations written without a full stop ("Dnr KS 2019/0187": diarienummer)
ABBREVIATIONS = frozenset("""Dnr Dnr: Tfn Mobnr Telnr Pnr Ordf Sekr Bil Obs Ang Ev Mvh Ds
Adr Transkr Jfr Tel Mob Enl Ssk Vh Vhs Nr""".split())
# roles a speaker label may name instead of a person ("Tolk:", "Mamma:", "Läraren:")
ROLE_LABELS = frozenset("""mamma mamman pappa pappan tolk tolken elev eleven barn barnet lärare gäst
läraren flicka flickan pojke pojken dotter dottern son sonen bror brodern syster systern mormor
morfar farmor farfar moster faster morbror farbror förälder föräldern vårdnadshavare
vårdnadshavaren pedagog pedagogen specialpedagog specialpedagogen skolsköterska
skolsköterskan kurator kuratorn rektor rektorn fritidsledare fritidsledaren socialsekreterare
socialsekreteraren samordnare samordnaren brobyggare brobyggaren personal personalen alla
flera någon okänd röst kvinna man ungdom ungdomen ledare ledaren coach coachen sköterska
sköterskan psykolog psykologen lärarna specialläraren speciallärare kuratorerna assistent
elevassistent elevassistenten studievägledare socionom handläggare handläggaren strateg
strategen vaktmästare vaktmästaren""".split())


def speaks_again(word: str, text: str) -> bool:
    """Whether ``word`` labels at least two lines of the text (a speaker, not a heading)."""
    return _label_counts(text)[word] >= 2


def label_count(word: str, text: str) -> int:
    """How many lines of the text ``word`` labels alone ("Matte:")."""
    return _label_counts(text)[word]


_LINE_LABEL = re.compile(rf"(?m)^\s*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?\s*)?"
                         rf"([{UP}][{L}\-]*)\s?:")


@lru_cache(maxsize=8)
def _label_counts(text: str) -> Counter:
    """How many lines each capitalised word labels, counted once per text (every label token
    of a transcript asks)."""
    return Counter(m.group(1) for m in _LINE_LABEL.finditer(text))


def _word_as_label(word: str) -> bool:
    """A word that labels a speaker's lines is a name ("Dille:", "Ice:", "Stål:") unless it
    names a role or a part of the transcript, or is a very common word."""
    return not (word in LABEL_WORDS or word.lower() in ROLE_LABELS
                or (len(word) <= 3 and word.isupper()) or names.is_function_word(word)
                or frequency.zipf_sv(word) >= 4.5 or is_acronym(word)
                or len(word) >= 8 and lexicon.is_compound_word(word))  # "Observation:",
    # "Reflektion:": a field note's heading


@dataclass(frozen=True)
class CapToken:
    start: int
    end: int
    text: str
    initial: bool  # starts a sentence, a line or a turn
    label: bool  # is a speaker label ("IP:", "Anna:")


def next_on_line(text: str, tokens: list[CapToken], i: int) -> CapToken | None:
    """The capitalised word one blank after ``tokens[i]`` ("Anna Grip", "Mor Yakub"), or
    None: a word on the next line ("Rapsåkersskolan⏎Datum:") is no part of the same name."""
    if i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end + 1 \
            and text[tokens[i].end] == " ":
        return tokens[i + 1]
    return None


_BLANKS_AND_OPENERS = " \t\u00a0" + _OPENERS


def is_initial(text: str, start: int) -> bool:
    i = start - 1
    quoted = False
    while i >= 0 and text[i] in _BLANKS_AND_OPENERS:
        if text[i] in _OPENERS and text[i] not in "-–—":
            quoted = True
        i -= 1
    if i < 0 or text[i] == "\n" or quoted:
        return True
    if text[i] == "/" and i >= 1 and text[i - 1] == "/" or text[i] == "|":
        return True  # "// Men...": an overlapping turn begins; "| Stark |": a table's cell
    ch = text[i]
    if ch == "." and i >= 1 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalnum()):
        return False  # "M. Lund": an initial, not the end of a sentence
    if ch == "." and text[max(0, i - 4):i].lstrip(" \n(") == "fam" and i >= 3:
        return False  # "fam. Jama": the family, cut short, before its name
    if ch in _ENDERS:
        return True
    if ch in ")]":  # after "[...]", "(skratt)", a timestamp
        return True
    if ch.isdigit():  # "2.1 Grunden", "3 Resultat": a heading number at the line start
        j = i
        while j >= 0 and (text[j].isdigit() or text[j] in ".)"):
            j -= 1
        return j < 0 or text[j] == "\n"
    return False


def capitalised_tokens(text: str, only=None) -> list[CapToken]:
    """The capitalised words of ``text``; with ``only`` (a set of forms), just the words
    whose form, or form without a genitive, is in it (a project's second pass looks for
    its names and need not place every other word in its sentence)."""
    tokens = _all_capitalised_tokens(text)
    if only is None:
        return list(tokens)
    wanted = {form for form in {t.text for t in tokens} if _asked_for(form, only)}
    return [t for t in tokens if t.text in wanted]  # (each distinct word asked about once)


@lru_cache(maxsize=256)
def _all_capitalised_tokens(text: str) -> tuple[CapToken, ...]:
    """Every capitalised word of ``text``, placed in its sentence once (a project's second
    pass asks again)."""
    out = []
    for m in CAP_TOKEN.finditer(text):
        start, end = m.span()
        word = m.group(0)
        initial = is_initial(text, start)
        label = False
        if end < len(text) and text[end] == ":" and \
                (end + 1 == len(text) or text[end + 1] in " \t"):
            line_start = text.rfind("\n", 0, start) + 1
            label = bool(_LABEL.match(text, line_start)) and \
                _LABEL.match(text, line_start).end() == end + 1
        out.append(CapToken(start, end, word.rstrip(":"), initial, label))
    return tuple(out)


def _asked_for(form: str, only) -> bool:
    """The form, or the form without a genitive, a short form or a group of it, is in
    ``only``."""
    rest = form[1:]
    return form in only or names.strip_genitive(form) in only \
        or len(form) == 3 and form.endswith("s") and form[:2] in only \
        or any(form[:k] in only for k in range(max(4, len(form) - 3), len(form))) \
        or form.isupper() and form.capitalize() in only \
        or group_of(form, only) \
        or rest != rest.lower() and context.brand_like(form) \
        and any(p in only for p in context.camel_parts(form))
    # (the inner capital asked about before the brand: few words have one)


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """BUP, SFI:s, HTL-teamet, HTL-team: an acronym, alone or as the first part; also a
    speaker's initials that keep a second letter of the first name ("AzR" for Aziz Rahimi
    beside "AR")."""
    word = re.split(r"[-:]", word, maxsplit=1)[0]
    letters = [c for c in word if c.isalpha()]
    if len(word) == 3 and len(letters) == 3 and letters[0].isupper() and letters[1].islower() \
            and letters[2].isupper():
        return True
    return len(letters) >= 2 and all(c.isupper() for c in letters[: max(2, len(letters) - 1)])


# kin after a genitive name: "Sammes kusin", "Vildes lillebror" (not "Skolans lärare")
_GENITIVE_KIN = context.KIN | frozenset("""kusin kusiner lillebror lillasyster storebror
storasyster flickvän pojkvän sambo fru födelsedag födelsedagskalas namnsdag""".split())
_DEFINITE_GENITIVE = ("ans", "ens", "ets", "nas", "arnas", "ernas", "ornas", "ars", "ers")


def capital_rule(tok: CapToken, text: str = "") -> Suggestion | None:
    """The capitalisation rule for a word no list knows (lists are checked by the caller).
    ``text`` gives the words around the token, which decide a word-like case."""
    word = tok.text
    if text and word.lower().startswith(word_uses.FEASTS) and word_uses.celebrated(text, tok.start):
        return None  # "en Newroz-fest", "firade Newroz": the feast, not the woman named so
    if lexicon.is_generic(word) or lexicon.is_generic(word.rstrip("s")) \
            or lexicon.generic_compound(word) \
            or len(word) <= 5 and lexicon.is_generic(word.upper()) \
            or tok.initial and word.lower() in lexicon.SPOKEN:
        return None  # "Skatteverket", "Facebookgrupper", "Sverigebesöket", "Sfi" (SFI); "Hä",
        # "Wallah" opening a sentence (inside one, "på Paus" may be a café)
    if word in WORKPLACE_PREFIXES and not tok.initial and (
            word not in CHAINS or _shop_named_after(text, tok.end)):
        return Suggestion(tok.start, tok.end, WORKPLACE, word, CAPITAL, 0.4)  # "på ICA"
    if tok.label and text and len(word) >= 4 and word.isupper() \
            and contains_word(text, word.capitalize()) \
            and not lexicon.is_word(word.lower()):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.7)  # "FARZANA: Farzana."
    if is_acronym(word):
        return None  # BUP, SFI, AME: services, not people (a name beside them is caught)
    if word in ABBREVIATIONS or (word in LABEL_WORDS and text[tok.end:tok.end + 1] == ":"):
        return None  # "Dnr KS 2019/0187", "Tfn 070-...", "Närv: PN, KA"
    if text and _ABBREVIATED.match(text, tok.end) and names.lookup(word) is None:
        return None  # "Frånv.:", "Tel. +46", "Anteckn. TW": a word cut short, not a name
    if text and len(word) >= 3 and names.is_function_word(word) and word.istitle() \
            and not tok.initial and not tok.label and word.lower() not in _PRONOUNS \
            and not _title_case_line(text, tok.start):
        # "pratade med Som om", "Och Som på Kåtan": Swedish never capitalises a function
        # word inside a sentence; a transcriber does so for a name that is one too
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.5)
    if len(word) < 2 or names.is_function_word(word) or word.lower() in context.SIGN_OFFS \
            or not tok.label and is_number_word(word):  # ("Fjorton, blir femton")
        return None  # "Vi", "En" after a heading number are still function words; "Mvh"
    if not tok.label and role_word(word):
        return None  # "Hooyo ville inte", "Skolsköterskan, Elin", "till Telefontolk"
    if tok.label and text and speaks_again(word, text) and _word_as_label(word):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # "Dille:", "Ice:"
    if text and not tok.label and not names.is_function_word(word) and (
            ((not tok.initial or text[tok.start - 1:tok.start] in "\"”“'")
             and context.named_as(text, tok.start))
            or context.kin_after(text, tok.end) or _CALLED_AFTER.match(text, tok.end)):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.75)  # "kallar honom
        # Dari" (a language too), "Golf, hennes bror": the text says it is a name
    if text and not tok.label and word.endswith("s") and len(word) > 3 \
            and not word.lower().endswith(_DEFINITE_GENITIVE) \
            and context.word_after(text, tok.end) in _GENITIVE_KIN \
            and not names.is_function_word(word) and not names.is_function_word(word[:-1]):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # "Sammes kusin"
    if text and not tok.label and context.age_after(text, tok.end) \
            and not names.is_function_word(word) and not word.lower().endswith(_DEFINITE) \
            and not lexicon.is_generic(word) and not institutions.institution_word(word):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.75)  # "Vilda är sju"
    if text and not tok.label and context.kin_predicate(text, tok.end) \
            and not names.is_function_word(word) and not lexicon.is_generic(word) \
            and not word.lower().endswith(_DEFINITE) and not role_word(word) \
            and not institutions.institution_word(word):  # "Varg är min son" ("Ägaren
        # är min kusin" is no name)
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL,
                          0.6 if lexicon.is_word(word.lower()) else 0.75)
    if context.name_handle(word):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # "FilmonFlash"
    after_first = bool(text) and context.after_first_name(text, tok.start)
    if not after_first and (is_authority(word) or context.closed_class(word)
                            or english.common_english(word) or context.brand_like(word)):
        return None  # Skatteverket, Arabiska, Måndag, Ramadan, "Best practice", SchoolSoft
    if text and institutions.in_authority_name(text, tok.start):
        return None  # "Region Västernorrland"
    if text and min(frequency.zipf_en(p) for p in word.split("-")) >= 2.5 \
            and (english.english_around(text, tok.start, tok.end)
                 or english.english_sentence(text, tok.start, tok.end)):
        return None  # "Like a Swedish name", "psychology. Qualitative Research in"
    if tok.label:
        if (len(word) <= 3 and word.isupper()) or word in LABEL_WORDS or lexicon.is_word(word):
            return None  # initials and role words as speaker labels stay
        if len(word) >= 9 and lexicon.is_compound_word(word) and text \
                and not speaks_again(word, text):
            return None  # "Anmälningsplikt: vi var överens", "Metodfråga:": a note's heading
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)
    shaped = (word.lower().endswith(SCHOOL_ENDINGS) or word.lower().endswith(STREET_ENDINGS)
              or _strip_s(word).lower().endswith(PLACE_ENDINGS)
              or _strip_s(word).lower().endswith(STRONG_SURNAME_ENDINGS)
              or (_strip_s(word).lower().endswith(SURNAME_ENDINGS)
                  and not lexicon.has_word_ending(word)
                  and not lexicon.is_compound_word(_strip_s(word))))
    if text and (institutions.institution_apposition(text, tok.start, tok.end)
                 and not names.is_function_word(word)):
        return Suggestion(tok.start, tok.end, WORKPLACE, word, CAPITAL, 0.6)  # "Kvarnen, fritidsg."
    if text and lexicon.is_word(word) and frequency.zipf_sv(word) < 3.0 \
            and context.before_surname(text, tok.end):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.7)  # Biret Kuhmunen
    if text and lexicon.is_word(word) and frequency.zipf_sv(word) < 3.6 \
            and not (tok.initial and lexicon.has_word_ending(word)) \
            and context.word_before(text, tok.start) not in ("på", "till", "från", "hos", "i") \
            and context.in_list_of_names(text, tok.start, tok.end):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # Otto, Sigge, Bris
    if text and cited(text, tok.start, tok.end) and not lexicon.is_generic(word) \
            and not is_authority(word) and (not lexicon.is_word(word)
                                            or names.is_listed_person(word, ("surname",), True)):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.7)  # "Pickett (2009)"
    if text and housing_company(word, text):
        return Suggestion(tok.start, tok.end, WORKPLACE, word, CAPITAL, 0.6)  # Skärvallahem
    if text and not tok.initial \
            and housing_company(word, text, NAMED_AFTER_PLACE_TAILS, definite=True):
        return Suggestion(tok.start, tok.end, WORKPLACE, word, CAPITAL, 0.6)  # Glasbruks-
        # biblioteket where the text names Glasbruket
    if institutions.named_library(word):
        return Suggestion(tok.start, tok.end, WORKPLACE, word, CAPITAL, 0.6)  # Hamnbiblioteket
    if group_compound(word):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # Tranfamiljen
    if not tok.initial:
        if text and frequency.zipf_sv(word) < 3.0 and context.after_speech_verb(text, tok.start):
            return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # "säger Zäta"
        if text and context.named_as(text, tok.start):
            return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # "kallar mig Lärkan"
        if text and lexicon.is_word(word) and frequency.zipf_sv(word) < 1.5 \
                and _named_thing(word) and not lexicon.has_word_ending(word[:-1]) \
                and not institutions.institution_word(word) and not lexicon.generic_compound(word) \
                and context.word_before(text, tok.start) in ("på", "till", "från", "hos"):
            # "på Kolmilan": a rare word, capitalised where one goes to a place or a body
            return Suggestion(tok.start, tok.end, WORKPLACE, word, CAPITAL, 0.5)
        if text and lexicon.is_word(word) and frequency.zipf_sv(word) < 3.2 \
                and (_named_thing(word) or _named_thing(word, 14)
                     and infer_type(word, PLACE) == PLACE) \
                and not lexicon.has_word_ending(word[:-1]) \
                and not institutions.institution_word(word) and not lexicon.generic_compound(word) \
                and context.word_before(text, tok.start) in _TOWARDS_A_PLACE:
            # "från Gropen", "i Gropen", "upp mot Åsen": a neighbourhood called by a word
            # (a longer one only in the shape of a place: "från Strandängen", not "i
            # Tegelbruket", which the project may call a place or a works)
            return Suggestion(tok.start, tok.end, PLACE, word, CAPITAL, 0.5)
        if text and context.role_apposition(text, tok.start) \
                and not (len(word) > 7 and lexicon.is_compound_word(word)) \
                and not lexicon.generic_compound(word):  # not "min mamma, Socialtjänsten"
            return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # "min mentor, Stål"
        if text and institutions.institution_after(text, tok.end) and (
                not lexicon.is_word(word)
                or word.endswith("s") and frequency.zipf_sv(word) < 2.0):  # "Solgårdens"
            return Suggestion(tok.start, tok.end, WORKPLACE, word, CAPITAL, 0.6)  # X församling
        institution = institutions.after_institution_noun(text, tok.start) if text else None
        form_end = institutions.company_form_end(text, tok.end) if text else None
        if institution is not None or form_end is not None:
            typ = SCHOOL if institution and a_school_noun(institution) else WORKPLACE
            end = form_end or tok.end  # "Förskolan Ugglan", "Aapajärvi SK"
            return Suggestion(tok.start, end, typ, text[tok.start:end], CAPITAL, 0.6)
        if lexicon.is_word(word):
            noun = institutions.plain_institution_after(text, tok.end) \
                if text and word.endswith("s") else None
            if noun is not None:  # "Ekbackens skola", "Ljungs bibliotek": the name
                typ = SCHOOL if noun in ("skola", "förskola", "gymnasium") else WORKPLACE
                return Suggestion(tok.start, tok.end, typ, word, CAPITAL, 0.6)
            if after_first:
                return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # Anna Grip
            if text and frequency.zipf_sv(word) < 4.0 and context.after_name(text, tok.start):
                return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.5)  # Hällsjö Bruk
            if shaped and frequency.zipf_sv(word) < 4.0 and text \
                    and places.place_context(text, tok.start, nationality=False):
                return Suggestion(tok.start, tok.end, PLACE, word, CAPITAL, 0.5)  # i Rosengård
            before = context.words_before(text, tok.start, 1, keep_case=True) if text else ()
            if before and before[0][:1].isupper() and _named_thing(word) \
                    and before[0].lower().endswith(("bolaget", "föreningen", "gården")) \
                    and lexicon.is_compound_word(before[0].lower()):
                # "Städbolaget Glansen", "Fritidsgården Stationen": the kind, then the name
                return Suggestion(tok.start, tok.end, WORKPLACE, word, CAPITAL, 0.6)
            if before and (before[0] in WORKPLACE_PREFIXES or before[0] in COMPASS) \
                    and word not in _SHOP_FORMATS:
                return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.5)  # Café Kvarnen
            if before and before[0].lower() in context.KIN_AND_TITLES \
                    and frequency.zipf_sv(word) < 4.5:
                # "kusin Taras" (also a passive of "tara"), "fröken Sol", "mamma Ros"
                return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)
            if text and frequency.zipf_sv(word) == 0 and frequency.zipf_en(word) < 2.0 \
                    and len(word) >= 4 and not institutions.institution_word(word) \
                    and text[tok.end:tok.end + 1] != ":" and not lexicon.has_word_ending(word) \
                    and not word.lower().endswith(("arna", "erna", "orna", "arnas", "ernas",
                                                   "ornas", "ter", "ande")) \
                    and not lexicon.generic_compound(word) and (
                        context.subject_context(text, tok.end)
                                        or context.word_before(text, tok.start) in _NAME_BEFORE
                                        or context.person_context(text, tok.end)):
                # "med Taras i gruppen", "Taras är ukrainsk": a word form no one writes
                # (a passive of "tara"), capitalised where a person stands
                return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)
            if text and context.grade_context(text, tok.end) and not word.isupper() \
                    and not institutions.institution_word(word) and not role_word(word):
                return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.5)  # "typ
                # Lillen i trean": a child by-named with a word, named by her class
            if text and len(word) <= 6 and not word.isupper() \
                    and not institutions.institution_word(word) \
                    and context.subject_context(text, tok.end) \
                    and context.pronoun_follows(text, tok.end, within=50):
                # "Och Ro är ju inte med i dag för hon är sjuk": a short word, capitalised
                # inside a sentence, that acts and is taken up as "hon"
                return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.5)
            if text and frequency.zipf_sv(word) < 3.5 and _named_thing(word) \
                    and not word.lower().endswith(_TIMES_AND_STAGES) \
                    and not lexicon.has_word_ending(word[:-1]) \
                    and not institutions.institution_word(word) \
                    and context.word_before(text, tok.start) == "på":
                # "jobb på Stålet", "Ánte på Hettan": a plain word, capitalised where one
                # works or spends the evening, names the place (when no rule above did);
                # "bor på Glöden": where one lives is an area, and so is a hill or a
                # meadow ("på Backen", "på Ängen")
                area = names_land(word) or any(
                    w in places.MOVE_VERBS for w in context.words_before(text, tok.start, 4)[1:])
                return Suggestion(tok.start, tok.end, PLACE if area else WORKPLACE, word,
                                  CAPITAL, 0.6)
            # a word no name list knows, capitalised inside a sentence: a report's habit
            # ("Samverkan mellan Skola och Socialtjänst"), a title or a heading, not a name
            return None
        wordlike = lexicon.is_compound_word(_strip_s(word)) or lexicon.generic_compound(word) \
            or lexicon.has_word_ending(word)
        if not shaped and wordlike and not after_first and \
                not (text and (places.place_or_name_context(text, tok.start)
                               or context.family_named(text, tok.start)
                               or frequency.zipf_sv(word) == 0
                               and context.before_unknown_word(text, tok.end))):
            return None  # "Läslyftet", "Stockholmsenkäten": a programme or survey
        if not shaped and wordlike and not after_first and (
                institutions.institution_word(word)
                or word.lower().endswith(("arna", "erna", "orna"))):
            return None  # "till Elevhälsan", "till Ungdomsmottagningen", "till Fältarna": a
            # service or a group named by what it is, even where a place's name could stand
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.7)
    if shaped and not lexicon.is_word(word):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.5)  # "(Tjärnaskolan)"
    if text and _strip_s(word).lower().endswith(SURNAME_ENDINGS) \
            and not (lexicon.has_word_ending(word) and lexicon.is_compound_word(word)) \
            and frequency.zipf_sv(word) < 2.0 and context.subject_context(text, tok.end):
        return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6)  # "Hallengren pratade"
    if lexicon.is_compound_word(word) or lexicon.is_compound_word(_strip_s(word)):
        return None
    if frequency.zipf_sv(word) >= 3.0 or lexicon.has_word_ending(word):
        return None  # a common word lexicons lack ("Okej", "Sökningarna", "Utfordringen")
    return Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.5)


# times and school stages that a report may capitalise after "på": "på Sportlovet", "på
# Lågstadiet", "på Mötet"
_TIMES_AND_STAGES = ("lovet", "stadiet", "dagen", "kvällen", "helgen", "veckan", "mötet",
                     "året", "terminen", "rasten", "lektionen", "passet")


# roles that end compounds ("Skolsköterskan", "Telefontolk"); not kin, which ends surnames
# ("Hansdotter", "Karlsson")
_ROLE_TAILS = ("sköterska", "sköterskan", "lärare", "läraren", "pedagog", "pedagogen",
               "kurator", "kuratorn", "rektor", "rektorn", "tolk", "tolken", "samordnare",
               "samordnaren", "brobyggare", "brobyggaren", "ledare", "ledaren", "sekreterare",
               "sekreteraren", "handläggare", "handläggaren", "assistent", "assistenten",
               "psykolog", "psykologen", "team", "teamen", "teamet", "mentor", "mentorn",
               "tränare", "tränaren", "chef", "chefen", "ordförande", "ordföranden")


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def role_word(word: str) -> bool:
    """Kin, a role or a team named by what it is ("Hooyo", "Skolsköterskan", "Telefontolk",
    "Skolteamen"), however capitalised: no one's name."""
    low = word.lower()
    if names.is_swedish_person_name(word):
        return False  # "Bror", "Maj": Swedish names too
    return low in context.KIN_AND_TITLES or low in ROLE_LABELS or (
        low.endswith(_ROLE_TAILS) and lexicon.is_compound_word(low))


# what someone calls the person just named: "Tarasik, kallar hans mamma honom"
_CALLED_AFTER = re.compile(r",? (?:kallar|kallade|säger|sa) (?:hans|hennes|vi|de|dom|alla|hon|"
                           r"han|mamma|pappa|mamman|pappan)(?: \w+)? (?:honom|henne|hen)\b")


_TOWARDS_A_PLACE = frozenset("i från mot runt".split())


def _named_thing(word: str, longest: int = 10) -> bool:
    """A word in the shape of a place's or a club's name ("Kolmilan", "Gnistan", "Fyren"):
    a short noun in the definite singular, not a plural, a genitive or a derived noun
    ("Intervjuerna", "Kommunfullmäktiges", "Uppföljningen")."""
    low = word.lower()
    return len(low) <= longest and low.endswith(("an", "en", "et")) and not low.endswith(
        ("ningen", "heten", "elsen", "tionen", "andet", "endet", "erna", "arna", "orna"))


# a stop after a word, then a colon, a lower-case word, a digit or "+": an abbreviation
_ABBREVIATED = re.compile(rf"\.(?::|[ \t]*[{LOW}0-9+])")


# a municipal housing company named after its town: "Skärvallahem", "Kvarnforsbostäder"
HOUSING_TAILS = ("hem", "hems", "bostäder", "bostäders", "hus", "fastigheter", "gårdar")
# a library, a church or a hall named after its part of town: "Glasbruksbiblioteket"
NAMED_AFTER_PLACE_TAILS = ("biblioteket", "bibliotek", "kyrkan", "kyrka", "moskén", "hallen",
                           "församling", "församlingen")


def housing_company(word: str, text: str, tails: tuple[str, ...] = HOUSING_TAILS,
                    definite: bool = False) -> bool:
    """A town's name with a housing company's tail, where the text names the town too (or a
    list of places knows it); with ``tails`` another institution named so, and ``definite``
    where the place may be named in its definite form ("Glasbruket" for
    "Glasbruksbiblioteket")."""
    low = word.lower()
    suffix = "(?:en|et|n|t)?" if definite else ""
    for tail in tails:
        if low.endswith(tail) and len(word) - len(tail) >= 4:
            town = word[:len(word) - len(tail)]
            for form in (town, town[:-1] if town.endswith("s") else town):
                if form in names.places() or re.search(
                        rf"(?<![\w]){re.escape(form)}{suffix}(?![\w])", text):
                    return True
                if tails is HOUSING_TAILS and _inside_a_capitalised_word(form, word, text):
                    return True  # "Vångbostäder" where the town is Lidvången: a short form
    return False


def _inside_a_capitalised_word(part: str, word: str, text: str) -> bool:
    """``part`` (four letters or more) stands inside another capitalised word of the text than
    ``word``: "Vång" of "Lidvången"."""
    if len(part) < 4:
        return False
    low, part = text.lower(), part.lower()
    i = low.find(part)
    while i >= 0:
        start = i
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        end = i + len(part)
        while end < len(text) and text[end].isalpha():
            end += 1
        if text[start].isupper() and text[start:end] != word:
            return True
        i = low.find(part, i + 1)
    return False


def _strip_s(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
