"""Which forms of a project's names are looked for in lower case, and as what: a name no word
shares ("emina"), a name that is a word too ("liv"), a name spelled with other diacritics
("şerko" for "Şêrko")."""
from __future__ import annotations

import re
from functools import lru_cache

from . import context, frequency, known, lexicon, names
from .capitals import role_word
from .letters import LOW, UP, L, fold, plain_spellings, whole_word
from .propagation import Coverage, per_forms
from .suggestions import PERSON, PLACE, PROPAGATED, SCHOOL, WORKPLACE, Suggestion
from .typing_rules import COMPOUND_SURNAME_ENDINGS


def respelled(words: set[str], forms: dict[str, str]) -> tuple[dict[str, str], set[str]]:
    """{word: type} of ``words`` that are a name of ``forms`` with other diacritics, or none,
    where that is no word ("şerko", "serko" where "şêrko" was found); and the person names
    so respelled that are words ("sule" where "şule" was found)."""
    folded, sounded = folded_lower_forms(forms), _sounded_lower_forms(forms)
    out, word_like = {}, set()
    for word in words:
        if len(word) < 4 or word in context.LANGUAGES:
            continue  # (not "farsi")
        typ = folded.get(fold(word)) \
            or (sounded.get(known.key(word)) if not lexicon.is_word(word) else None)
        if typ is None:
            continue
        if not lexicon.is_word(word) and frequency.zipf_sv(word) < 3.0 \
                and frequency.zipf_sv(fold(word)) < 3.0 and frequency.zipf_en(word) < 3.5:
            out[word] = typ  # (not "we solve everything" where Sölve was found)
        elif typ == PERSON and not names.is_function_word(word):
            word_like.add(word)
    return out, word_like


def respelled_capitals(text: str, found: list[Suggestion], forms: dict[str, str]
                       ) -> list[Suggestion]:
    """A name written with a capital but without the diacritics it was found with, where that
    is no word: "Alla: Altintas." where "Altıntaş" was found."""
    wanted = _respelled_capital_forms(forms)
    if len(wanted) > 16:  # (a project's many: the text's capitalised words, found in C, first)
        wanted = wanted & set(_CAPITALISED.findall(text))
    if not wanted:
        return []
    covered = Coverage(found)
    return [Suggestion(i, i + len(word), PERSON, word, PROPAGATED, 0.5)
            for word in wanted for i in _uncovered_words(text, word, covered)]


def _uncovered_words(text: str, word: str, covered: Coverage, at: int = 0) -> list[int]:
    """Where ``word`` stands whole in ``text`` and no suggestion covers it (its character
    ``at``)."""
    out, i = [], text.find(word)
    while i >= 0:
        if whole_word(text, i, i + len(word)) and not covered.covers(i + at):
            out.append(i)
        i = text.find(word, i + 1)
    return out


_CAPITALISED = re.compile(rf"(?<![{L}\-])[{UP}][{LOW}]{{3,}}(?![{L}\-])")


@per_forms
def _respelled_capital_forms(forms: dict[str, str]) -> frozenset[str]:
    """The capitalised plain spellings of the person names written with diacritics."""
    return frozenset(spelling for form, typ in forms.items()
                     if typ == PERSON and not form.isascii()
                     for spelling in _capital_spellings(form) if spelling not in forms)


@lru_cache(maxsize=65536)
def _capital_spellings(form: str) -> tuple[str, ...]:
    """The spellings of ``form`` without its diacritics, capitalised, that are no word."""
    out = []
    for plain in plain_spellings(form.lower()):
        if len(plain) >= 4 and plain != form.lower() and not lexicon.is_word(plain) \
                and frequency.zipf_sv(plain) < 3.0 and frequency.zipf_en(plain) < 3.5:
            out.append(plain[:1].upper() + plain[1:])
    return tuple(out)


def split_in_two(text: str, found: list[Suggestion], forms: dict[str, str]) -> list[Suggestion]:
    """A name of one word that speech-to-text wrote as two or three: "kol vreta", "torn
    backen", "Klöver mon skolan", "Mirja Kanga stalo" where Kolvreta, Tornbacken,
    Klövermonskolan and Kangastalo were found (in any case). Not an adjective before its
    noun ("en stor åkern" where Storåkern was found), a very common word before a word
    ("direkt tolk" where Direkt Tolk was found) nor a function word ("var dagen")."""
    joined, firsts = _joinable(forms)
    if not joined:
        return []
    words = text.lower().split()
    hits = set()
    for i in range(len(words) - 1):
        a = words[i]
        if a not in firsts:
            a = a.lstrip(_BEFORE_A_WORD)
            if a == words[i] or a not in firsts:
                continue  # (most words begin no name: a set's look-up decides quickly)
        b = words[i + 1].rstrip(_AFTER_A_WORD)
        if len(a) < 2 or len(b) < 2 or not a.isalpha() or a in _ADJECTIVES \
                or frequency.zipf_sv(a) >= 5.0 and lexicon.is_word(b) \
                or names.is_function_word(a) or names.is_function_word(b):
            continue
        c = words[i + 2].rstrip(_AFTER_A_WORD) if i + 2 < len(words) else ""
        if c and words[i + 1].isalpha() and len(a + b + c) >= 6 and a + b + c in joined:
            hits.add((a, b, c))
        elif len(a + b) >= 6 and a + b in joined:
            hits.add((a, b))
    if not hits:
        return []
    covered = Coverage(found)
    out = []
    for parts in hits:
        typ = joined["".join(parts)]
        for m in re.finditer(rf"(?<![{L}\-])" + r"[ \t]+".join(map(re.escape, parts))
                             + rf"(?![{L}\-])", text, re.IGNORECASE):
            if not (covered.covers(m.start()) and covered.covers(m.end() - 1)):
                out.append(Suggestion(m.start(), m.end(), typ, m.group(0), PROPAGATED, 0.5))
    return out


@per_forms
def _joinable(forms: dict[str, str]) -> tuple[dict[str, str], frozenset[str]]:
    """{lower-case form: type} of the one-word names of six letters or more that are no
    common word (also "Myrängsskolan", a school looked for in lower case only so split), and
    the beginnings of two letters or more they may be split after."""
    joined = {form.lower(): typ for form, typ in forms.items()
              if len(form) >= 6 and form.isalpha() and form[:1].isupper()
              and typ in (PERSON, PLACE, SCHOOL, WORKPLACE)
              and frequency.zipf_sv(form.lower()) < 3.0}
    return joined, frozenset(form[:i] for form in joined for i in range(2, len(form) - 1))


_AFTER_A_WORD = ".,;:!?)]\"”’'"
_BEFORE_A_WORD = "([\"“”'‘"
# adjectives that stand before a definite noun as themselves ("den stora skolan")
_ADJECTIVES = frozenset("""stor stora store liten lilla lille gammal gamla gamle ny nya nye hög
höga långa lång korta kort breda bred smala djupa fina gröna röda vita svarta blå gula bruna
övre nedre inre yttre norra södra östra västra mellersta bästa sista första hela halva""".split())


@per_forms
def folded_lower_forms(forms: dict[str, str]) -> dict[str, str]:
    """{lower-case form without diacritics: type} of the names looked for in lower case."""
    return {plain: typ for name, typ in lower_forms_of(forms)[0].items() if len(name) >= 4
            for plain in plain_spellings(name)}


@per_forms
def _sounded_lower_forms(forms: dict[str, str]) -> dict[str, str]:
    """{sound-alike key: type} of the person names looked for in lower case, as speech-to-text
    spells them ("jucka" of "Jukka", "mattsson" of "Matsson")."""
    return {known.key(name): typ for name, typ in lower_forms_of(forms)[0].items()
            if typ == PERSON and len(name) >= 4}


@per_forms
def lower_forms_of(forms: dict[str, str]
                    ) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """The lower-case forms of ``forms`` that are no ordinary words, with each one's type;
    those of the person names that are also words ("liv", "vilja", "maja"); and the first
    parts of the hyphenated ones ("emina" of "Emina-Liv")."""
    types: dict[str, str] = {}
    word_like = set()
    for form, typ in forms.items():
        kind = _lower_kind(form, typ)
        if kind == "name":
            types.setdefault(form.lower(), typ)
        elif kind == "word":
            word_like.add(form.lower())
    heads = frozenset(k.split("-")[0] for k in types if "-" in k)
    return types, frozenset(word_like), heads


@lru_cache(maxsize=65536)
def _lower_kind(form: str, typ: str) -> str | None:
    """"name" if the lower-case form is no ordinary word, "word" if it is one but the form is a
    person's name (a function word of three letters or more too: "dina", looked for only
    before an initial), None if it is not looked for in lower case."""
    low = form.lower()
    if len(low) < 2 or not form[:1].isupper():
        return None
    if low in context.LANGUAGES:
        return None  # "Dari", a boy's by-name, leaves "dari-tolk" a language everywhere else
    if typ == PERSON and role_word(form) and names.lookup(form) is None \
            or typ != PERSON and low.endswith(_KINDS) and lexicon.is_compound_word(low):
        return None  # a role, or a body named by what it is: found with a capital once
        # ("Familjebehandlare:", "Vuxenutbildningen", "Pilotskola A"), not spread in lower
        # case over a project's every "vuxenutbildningen"
    if len(low) == 2:  # "Lo": only as a chat's sender ("lo: ta med laddare")
        if typ == PERSON and not names.is_function_word(form) and form.isalpha():
            return "word"
        return None
    if not lexicon.is_word(low) and (
            frequency.zipf_sv(low) < 3.0
            or typ == PERSON and len(low) >= 4 and (
                _listed_first_name(form) or low.endswith(COMPOUND_SURNAME_ENDINGS))
            and frequency.zipf_sv(low) < 4.0 and frequency.zipf_en(low) < 4.0
            or typ == PERSON and len(low) == 3 and _listed_first_name(form)
            and frequency.zipf_sv(low) < 3.3 and frequency.zipf_en(low) < 3.0):  # "pim"
        return "name"  # ("rosie": a first name, "gardell": a surname, as frequent in Swedish
        # text as a name is)
    if typ == PERSON and (len(low) >= 3 or not names.is_function_word(form)):
        return "word"
    return None


# the endings of Swedish surnames that no ordinary word has ("arvidson", "lindkvist")
SWEDISH_SURNAME_ENDINGS = ("son", "ström", "qvist", "kvist", "gren", "berg", "lund", "holm")
# those of them a compound of words rarely ends in: a listed or shaped surname though its parts
# are words ("lindgren", "andersson", "hällström")
UNCOMPOUNDED_SURNAME_ENDINGS = ("sson", "gren", "ström", "qvist", "kvist")


def _listed_first_name(form: str) -> bool:
    """A listed first name as written, not a genitive of one ("Rosie", not "Tors")."""
    hit = names.lookup(form)
    return hit is not None and hit.kind == "first" and not hit.suffix and not hit.stop


# what a body or a document is, at the end of a compound: "vuxenutbildningen", "pilotskola",
# "följeforskningen", "delrapport" (not a place's own name: "slaggbacken", "lomtjärn")
_KINDS = ("utbildningen", "utbildning", "skola", "skolan", "skolorna", "forskningen",
          "forskning", "rapport", "rapporten", "centralen", "enheten", "förvaltningen")
